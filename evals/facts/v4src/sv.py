"""Swedish v4 records, each written out by hand (held out). (today, record) pairs."""

from __future__ import annotations

from v2src._rec import S, bad, ok

A, B, C, D, E = "2026-12-10", "2027-02-09", "2027-04-21", "2027-06-24", "2027-10-05"
L = "sv"

RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S(L, "reschedule", "Gunilla Sandström", "Per-Olof Nyberg", "formal", "key",
             meeting="Genomgång av budgeten för Vinterprojektet", at="tisdag 15 december kl. 13.00",
             props=["torsdag 17 december kl. 9.30", "fredag 18 december kl. 13.00"],
             reason="ett akut styrelsemöte"),
           "Budgetgenomgången flyttas",
           """
Hej Gunilla,

Ett akut styrelsemöte har lagts på tisdag eftermiddag, så jag kan tyvärr inte ha genomgången av budgeten för Vinterprojektet kl. 13.

Skulle torsdag den 17 december kl. halv tio eller fredag den 18:e, samma tid som nu, passa dig?

Vänliga hälsningar
Per-Olof Nyberg
""", "correct: first-name greeting in formal Swedish mail, 9.30 as 'halv tio', 'samma tid som nu' for 13.00")),
    (B, ok(S(L, "reschedule", "Linnea Rosengren", "Oskar Tegnér", "friendly", "regular",
             meeting="Fika om höstkatalogen", at="onsdag 10 februari kl. 15.00",
             props=["fredag 12 februari kl. 10.00"], reason="jag har blivit förkyld"),
           "Fikat i morgon",
           """
Hej Linnea!

Jag har åkt på en rejäl förkylning, så fikat om höstkatalogen i morgon kl. tre får vi skjuta på. Funkar fredag kl. tio i stället?

Kram
Oskar
""", "correct: 'i morgon kl. tre' (today Tue 9, meeting Wed 10 15.00), 'fredag kl. tio'")),
    (C, ok(S(L, "reschedule", "advokat Mikael Forsgren", "Ebba Lindqvist", "formal", "new",
             meeting="Genomgång av aktieägaravtalet", at="fredag 23 april kl. 10.00",
             props=["tisdag 27 april kl. 14.00"], reason="en förhandling som dragit ut på tiden"),
           "Genomgång av aktieägaravtalet",
           """
Hej Mikael Forsgren,

En förhandling har dragit ut på tiden, och jag behöver därför flytta vår genomgång av aktieägaravtalet på fredag kl. 10.

Skulle tisdagen den 27 april kl. 14 fungera för dig?

Med vänliga hälsningar
Ebba Lindqvist
""", "correct: 'Hej Mikael Forsgren' for advokat Mikael Forsgren, 'tisdagen den 27 april kl. 14'")),
    (D, ok(S(L, "reschedule", "Håkan Berglund", "Sofia Engström", "formal", "regular",
             meeting="Besiktning av lagerlokalen i Borås", at="måndag 28 juni kl. 8.00",
             props=["onsdag 30 juni kl. 8.00", "fredag 2 juli kl. 13.00"], reason="ett inställt tåg"),
           "Besiktningen i Borås",
           """
Hej Håkan,

Mitt tåg till Borås på måndag morgon är inställt, så besiktningen av lagerlokalen behöver flyttas.

Jag kan onsdag den 30 juni vid samma tid, klockan åtta, eller fredag den 2 juli kl. 13. Säg till vad som passar bäst.

Vänliga hälsningar
Sofia Engström
""", "correct: 'klockan åtta' for 8.00, 'vid samma tid'")),
    (E, ok(S(L, "decline", "Torbjörn Ekholm", "Maja Wikström", "formal", "new",
             meeting="Demonstration av bokningssystemet", at="tisdag 12 oktober kl. 10.00",
             reason="vi har nyss skrivit avtal med en annan leverantör"),
           "Demonstration 12 oktober",
           """
Hej Torbjörn,

Tack för inbjudan till demonstrationen av bokningssystemet den 12 oktober. Vi har nyss skrivit avtal med en annan leverantör, så jag avstår den här gången.

Lycka till!

Vänliga hälsningar
Maja Wikström
""", "correct: polite decline")),
    (A, ok(S(L, "decline", "Elsa Holmgren", "Viktor Sjöberg", "friendly", "key",
             meeting="Julbord med kunderna", at="fredag 18 december kl. 18.00",
             reason="min dotters luciakonsert har flyttats"),
           "Julbordet",
           """
Hej Elsa!

Tusen tack för inbjudan till julbordet, men min dotters luciakonsert har flyttats till fredag kväll. Jag måste tyvärr stå över. Ta en sill för min skull!

Kram
Viktor
""", "correct: idiom 'tusen tack', 'en sill' is not a fact")),
    (B, ok(S(L, "shorten", "Jonas Lundgren", "Karin Hellström", "formal", "regular",
             meeting="Projektmöte om ombyggnaden av stationen", at="torsdag 18 februari kl. 13.00",
             dur=45, reason="en platsbesiktning senare på eftermiddagen"),
           "Projektmötet 18 februari",
           """
Hej Jonas,

Jag har en platsbesiktning senare på eftermiddagen på torsdag. Kan vi korta projektmötet om ombyggnaden av stationen till tre kvart, fortfarande med start kl. 13?

Vänliga hälsningar
Karin Hellström
""", "correct: 45 min as 'tre kvart'")),
    (D, ok(S(L, "shorten", "Ida Nordin", "Emil Sundqvist", "friendly", "regular",
             meeting="Planering av midsommarfesten", at="fredag 25 juni kl. 9.00", dur=30,
             reason="jag ska hämta barnen vid tio"),
           "Planeringen i morgon",
           """
Hej Ida!

Jag måste hämta barnen vid tio i morgon, så kan vi köra planeringen av midsommarfesten på en halvtimme från nio?

Hörs!
Emil
""", "correct: 30 min as 'en halvtimme', 'från nio', 'i morgon' (today Thu 24)")),
    (C, ok(S(L, "switch_to_call", "Margareta Ljung", "Anders Björklund", "formal", "key",
             meeting="Årsmöte på kontoret i Umeå", at="måndag 26 april kl. 11.00",
             reason="flygstrejken"),
           "Årsmötet den 26 april",
           """
Hej Margareta,

På grund av flygstrejken kommer jag inte till Umeå på måndag. Skulle vi kunna ha årsmötet per telefon i stället, som planerat kl. 11?

Bästa hälsningar
Anders Björklund
""", "correct: same time kept, Umeå from the meeting")),
    (E, ok(S(L, "switch_to_call", "Filip Dahlberg", "Alva Persson", "friendly", "new",
             meeting="Kaffe om podcasten", at="torsdag 7 oktober kl. 14.00",
             props=["torsdag 7 oktober kl. 14.30"], reason="min cykel gick sönder"),
           "Kaffe på torsdag",
           """
Hej Filip!

Cykeln har gått sönder, så kan vi ringas i stället för att ta en kaffe om podcasten på torsdag? Gärna halv tre i stället för två.

Hörs!
Alva
""", "correct: 14.30 as 'halv tre', 14.00 as 'två' (old)")),
    (B, ok(S(L, "switch_to_email", "Stefan Östlund", "Hanna Blom", "formal", "regular",
             meeting="Möte om offerten för ventilationen", at="måndag 15 februari kl. 9.00",
             reason="det återstår bara två frågor"),
           "Ventilationsofferten via mejl",
           """
Hej Stefan,

Det återstår bara två frågor kring offerten för ventilationen, så jag föreslår att vi tar dem via mejl i stället för att ses på måndag. Jag skickar frågorna i morgon.

Vänliga hälsningar
Hanna Blom
""", "correct: 'två frågor' from the reason")),
    (C, ok(S(L, "switch_to_email", "Tove Sjögren", "Axel Marklund", "friendly", "key",
             meeting="Idémöte om jubileumsboken", at="onsdag 28 april kl. 15.00",
             props=["onsdag 5 maj kl. 15.00"], reason="fullspäckad kalender"),
           "Jubileumsboken",
           """
Hej Tove!

Kalendern är fullspäckad just nu. Ska vi samla idéerna till jubileumsboken på mejl först och sedan ringas onsdagen den 5 maj kl. 15?

Ha det gott!
Axel
""", "correct: 'onsdagen den 5 maj kl. 15'")),
    (D, ok(S(L, "delegate", "professor Lars Hedin", "Cecilia Norén", "formal", "key",
             meeting="Granskningsmöte för forskningsansökan", at="torsdag 1 juli kl. 10.00",
             col="Johan Ekman", reason="jag är på konferens i Tallinn"),
           "Granskningsmötet 1 juli",
           """
Hej Lars,

Jag är på konferens i Tallinn den veckan, så min kollega Johan Ekman leder granskningsmötet för forskningsansökan torsdag den 1 juli kl. 10. Han är helt insatt.

Vänliga hälsningar
Cecilia Norén
""", "correct: 'Hej Lars' for professor Lars Hedin (normal in Swedish)")),
    (E, ok(S(L, "delegate", "Moa Lindberg", "Erik Hagström", "friendly", "regular",
             meeting="Sista provningen av brudklänningen", at="måndag 11 oktober kl. 17.00",
             col="Signe Wallin", reason="semester"),
           "Provningen på måndag",
           """
Hej Moa!

Jag har semester nästa vecka, så på provningen av brudklänningen på måndag kl. fem tar Signe hand om dig. Hon vet allt!

Kram
Erik
""", "correct: colleague by first name, 17.00 as 'kl. fem'")),
    (A, ok(S(L, "no_show_followup", "Bengt Ahlqvist", "Agneta Falk", "formal", "regular",
             meeting="Rådgivning om pensionssparande", at="tisdag 8 december kl. 16.00",
             props=["måndag 14 december kl. 16.00"]),
           "Vår träff i tisdags",
           """
Hej Bengt,

Jag väntade på dig i tisdags kl. 16 för rådgivningen om pensionssparande och hoppas att allt är väl.

Vill du komma måndagen den 14 december på samma tid i stället?

Vänliga hälsningar
Agneta Falk
""", "correct: 'i tisdags' for 8 Dec (today Thu 10), 'samma tid'")),
    (B, ok(S(L, "no_show_followup", "Wilma Strand", "Noah Bergqvist", "friendly", "new",
             meeting="Provlektion i keramik", at="måndag 8 februari kl. 18.00",
             props=["måndag 15 februari kl. 18.00"], pol={"notice_hours": 24, "fee_percent": 50}),
           "Provlektionen i går",
           """
Hej Wilma!

Vi saknade dig på provlektionen i keramik i går kväll, hoppas allt är bra.

Du är välkommen nästa måndag kl. sex i stället. En liten påminnelse: avbokar man senare än ett dygn (24 timmar) innan debiterar vi hälften, alltså 50 %.

Hälsningar
Noah
""", "correct: 'nästa måndag' = 15 Feb, 'ett dygn (24 timmar)', 'hälften'")),
    (C, ok(S(L, "late_cancellation", "Birgitta Åström", "Magnus Lind", "formal", "regular",
             meeting="Behandling hos naprapaten", at="tisdag 20 april kl. 8.30",
             props=["måndag 26 april kl. 8.30"], pol={"notice_hours": 24, "fee_percent": 100}),
           "Din behandling i går",
           """
Hej Birgitta,

Tack för att du hörde av dig om behandlingen i går. Vi kan ta emot dig måndagen den 26 april kl. halv nio.

Enligt våra villkor debiteras hela avgiften vid avbokning senare än 24 timmar innan.

Vänliga hälsningar
Magnus Lind
""", "correct: 'hela avgiften' for 100 %, 8.30 as 'halv nio'")),
    (D, ok(S(L, "late_cancellation", "Gustav Eklund", "Frida Mattsson", "friendly", "regular",
             meeting="Personlig träning", at="onsdag 23 juni kl. 7.00",
             pol={"notice_hours": 12, "deposit_percent": 20}),
           "Passet i går",
           """
Hej Gustav!

Inga problem med gårdagens pass. Bara så du vet: avbokar man senare än 12 timmar innan behåller vi handpenningen på 20 %.

Vi bokar ett nytt pass när det passar dig!
Frida
""", "correct: numbers as given, no slot invented")),
    (E, ok(S(L, "cancellation_policy", "Roger Lindholm", "Annika Westerberg", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Våra avbokningsvillkor",
           """
Hej Roger,

Här kommer våra avbokningsvillkor: du kan avboka kostnadsfritt fram till två dygn (48 timmar) innan. Därefter debiterar vi halva avgiften, 50 %.

Vänliga hälsningar
Annika Westerberg
""", "correct: policy without meeting, 'två dygn', 'halva avgiften'")),
    (A, ok(S(L, "cancellation_policy", "Klara Nyström", "Jakob Östberg", "friendly", "key",
             meeting="Kurs i julbak", at="onsdag 16 december kl. 18.30",
             pol={"notice_hours": 72, "fee_percent": 75, "deposit_percent": 25}),
           "Julbaket på onsdag",
           """
Hej Klara!

Inför kursen i julbak på onsdag kl. halv sju: handpenningen är 25 %, och avbokar du senare än tre dygn (72 timmar) innan blir 75 % av priset kvar att betala.

Vi ses!
Jakob
""", "correct: 18.30 as 'halv sju', 'tre dygn (72 timmar)'")),
    # ------------------------------------------------------------------ flawed
    (B, bad("time_swapped", S(L, "reschedule", "Ingrid Bäckström", "Pontus Lövgren", "formal", "regular",
             meeting="Genomgång av årsredovisningen för 2026", at="onsdag 17 februari kl. 10.00",
             props=["fredag 19 februari kl. 14.00"], reason="en revision"),
           "Årsredovisningen",
           """
Hej Ingrid,

På grund av en revision kan jag inte fredag den 19 februari kl. 14. Kan vi flytta genomgången av årsredovisningen till onsdag den 17 februari kl. 10?

Vänliga hälsningar
Pontus Lövgren
""", "meeting and proposed times exchanged")),
    (C, bad("time_recap_wrong", S(L, "reschedule", "Olle Forsberg", "Sara Nordqvist", "friendly", "regular",
             meeting="Lunch om utställningen", at="torsdag 22 april kl. 12.00",
             props=["tisdag 27 april kl. 12.00"], reason="en tandläkartid"),
           "Lunchen",
           """
Hej Olle!

Jag har fått en tandläkartid i morgon, så lunchen om utställningen får flyttas. Tisdag den 27 april kl. tolv?

Då ses vi på tisdag kl. 13!
Sara
""", "closing recap says 13, offered 12")),
    (D, bad("weekday_wrong", S(L, "switch_to_email", "Ulla Granlund", "Tobias Rydén", "formal", "regular",
             meeting="Möte om skyltningen", at="tisdag 29 juni kl. 14.00"),
           "Skyltningen: mejl i stället",
           """
Hej Ulla,

Jag föreslår att vi hanterar mötet om skyltningen via mejl i stället för att ses onsdag den 29 juni kl. 14.

Vänliga hälsningar
Tobias Rydén
""", "body: 'onsdag den 29 juni' (29 June 2027 is a Tuesday)")),
    (E, bad("percent_swapped", S(L, "cancellation_policy", "Lennart Sjödin", "Elin Hammar", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 60, "deposit_percent": 10}),
           "Avbokningsvillkor",
           """
Hej Lennart,

Vi tar ut en handpenning på 60 % vid bokning. Avbokar du senare än 24 timmar innan debiteras 10 % av priset.

Vänliga hälsningar
Elin Hammar
""", "fee 60 % and deposit 10 % exchanged")),
    (A, bad("policy_invented", S(L, "late_cancellation", "Vera Lindahl", "Mattias Roos", "formal", "regular",
             meeting="Fotografering av produktsortimentet", at="onsdag 9 december kl. 9.00",
             props=["tisdag 15 december kl. 9.00"]),
           "Fotograferingen i går",
           """
Hej Vera,

Tack för beskedet om gårdagens fotografering av produktsortimentet. Vi kan göra den tisdag den 15 december kl. 9.

Observera att vi vid sena avbokningar debiterar hälften av priset.

Vänliga hälsningar
Mattias Roos
""", "policy invented in words ('hälften'), no policy given")),
    (C, bad("policy_invented", S(L, "no_show_followup", "Stina Hallberg", "Rasmus Öberg", "friendly", "new",
             meeting="Introduktion på gymmet", at="måndag 19 april kl. 17.00",
             props=["torsdag 22 april kl. 17.00"]),
           "Introduktionen i måndags",
           """
Hej Stina!

Vi saknade dig på introduktionen på gymmet i måndags. Välkommen i morgon kl. fem i stället! Tänk på att avboka minst ett dygn innan nästa gång.

Hälsningar
Rasmus
""", "notice period 'ett dygn' invented, no policy given")),
    (B, bad("name_near_miss", S(L, "decline", "Katarina Wennberg", "Lukas Holm", "formal", "regular",
             meeting="Seminarium om hållbar logistik", at="torsdag 25 februari kl. 9.00"),
           "Seminariet 25 februari",
           """
Hej Katarina Wenberg,

Tack för inbjudan till seminariet om hållbar logistik den 25 februari. Tyvärr har jag inte möjlighet att delta.

Vänliga hälsningar
Lukas Holm
""", "'Wenberg' for Wennberg (dropped letter)")),
    (D, bad("name_near_miss", S(L, "delegate", "Göran Nilsson", "Petra Lundmark", "formal", "key",
             meeting="Kvartalsmöte om leveranserna", at="måndag 5 juli kl. 10.00",
             col="Amanda Sjölander"),
           "Kvartalsmötet 5 juli",
           """
Hej Göran,

Kvartalsmötet om leveranserna måndagen den 5 juli kl. 10 leds av min kollega Amanda Sjölund, som är väl insatt.

Vänliga hälsningar
Petra Lundmark
""", "colleague 'Sjölund' for Sjölander (near miss)")),
    (E, bad("discount_invented", S(L, "switch_to_call", "Henrik Zetterberg", "Lina Borg", "formal", "new",
             meeting="Möte om städtjänster", at="onsdag 13 oktober kl. 9.00",
             reason="kunden frågade om rabatt"),
           "Möte om städtjänster",
           """
Hej Henrik,

Kan vi ta mötet om städtjänster per telefon på onsdag kl. 9? Eftersom du frågade kan vi erbjuda 20 % rabatt första månaden.

Vänliga hälsningar
Lina Borg
""", "20 % rabatt invented, licensed only by the reason")),
    (A, bad("discount_invented", S(L, "reschedule", "Sven Ahlberg", "Emma Jonsson", "formal", "key",
             meeting="Leveransmöte för vårkollektionen", at="måndag 14 december kl. 10.00",
             props=["onsdag 16 december kl. 10.00"], reason="förseningar från vår leverantör"),
           "Leveransmötet flyttas",
           """
Hej Sven,

På grund av förseningar från vår leverantör flyttar vi leveransmötet för vårkollektionen till onsdag den 16 december kl. 10. Som kompensation får ni fri frakt på nästa order.

Vänliga hälsningar
Emma Jonsson
""", "free shipping offered, licensed only by the reason")),
    (B, bad("link_invented", S(L, "switch_to_email", "Anneli Lundberg", "Mats Sundberg", "formal", "regular",
             meeting="Genomgång av ritningarna", at="fredag 12 februari kl. 13.00",
             reason="kunden vill se ritningarna i förväg"),
           "Ritningarna",
           """
Hej Anneli,

I stället för genomgången på fredag kan du titta på ritningarna här: https://filer.sundbergbygg.se/ritningar. Ställ gärna frågor via mejl.

Vänliga hälsningar
Mats Sundberg
""", "link invented, licensed only by the reason")),
    (D, bad("link_invented", S(L, "no_show_followup", "Jenny Palm", "Kristian Moberg", "friendly", "regular",
             meeting="Coachingsamtal", at="tisdag 22 juni kl. 15.00",
             props=["onsdag 30 juni kl. 15.00"]),
           "Samtalet i tisdags",
           """
Hej Jenny!

Jag saknade dig på coachingsamtalet i tisdags. Boka gärna onsdag den 30 juni kl. 15 via calendly.com/kristianmoberg.

Hälsningar
Kristian
""", "booking link invented")),
    (E, bad("email_invented", S(L, "delegate", "Yvonne Ström", "Patrik Ek", "formal", "regular",
             meeting="Besiktning av fastigheten", at="fredag 8 oktober kl. 8.00",
             col="Oscar Lindblad"),
           "Besiktningen på fredag",
           """
Hej Yvonne,

Besiktningen av fastigheten på fredag kl. 8 görs av min kollega Oscar Lindblad. Du når honom på oscar.lindblad@gmail.com.

Vänliga hälsningar
Patrik Ek
""", "colleague's private e-mail invented")),
    (A, bad("phone_invented", S(L, "switch_to_call", "Rune Backman", "Therese Norberg", "formal", "regular",
             meeting="Avstämning om renoveringen", at="torsdag 17 december kl. 14.00"),
           "Avstämningen på torsdag",
           """
Hej Rune,

Kan vi ta avstämningen om renoveringen per telefon på torsdag kl. 14 i stället? Ring mig på 070-318 44 92.

Vänliga hälsningar
Therese Norberg
""", "phone number invented")),
    (B, bad("number_invented", S(L, "decline", "Ronja Svedberg", "Daniel Nyqvist", "formal", "new",
             meeting="Presentation av tryckeritjänster", at="tisdag 16 februari kl. 10.00"),
           "Presentationen den 16 februari",
           """
Hej Ronja,

Tack för erbjudandet om en presentation den 16 februari. Vi har redan ett tryckeriavtal på 30 000 kronor per år och avstår därför.

Vänliga hälsningar
Daniel Nyqvist
""", "amount '30 000 kronor' invented")),
    (C, bad("title_or_company_invented", S(L, "shorten", "Camilla Lund", "Fredrik Åkesson", "formal", "regular",
             meeting="Styrgruppsmöte", at="torsdag 29 april kl. 9.00", dur=60),
           "Styrgruppsmötet 29 april",
           """
Hej Camilla,

Kan vi korta styrgruppsmötet på torsdag den 29 april till en timme, fortfarande kl. 9?

Vänliga hälsningar
Fredrik Åkesson
Vd, Åkesson Konsult AB
""", "title and company invented in the signature")),
    (D, bad("place_changed", S(L, "decline", "Jessica Bergman", "Niklas Wahlberg", "formal", "regular",
             meeting="Mässan i Jönköping", at="onsdag 30 juni kl. 9.00"),
           "Mässan 30 juni",
           """
Hej Jessica,

Tack för inbjudan till mässan i Linköping den 30 juni. Tyvärr har jag inte möjlighet att komma i år.

Vänliga hälsningar
Niklas Wahlberg
""", "place changed: Linköping for Jönköping")),
    (E, bad("foreign_paragraph", S(L, "reschedule", "Thomas Lindén", "Ellen Borgström", "formal", "regular",
             meeting="Genomgång av hyresavtalet", at="torsdag 7 oktober kl. 13.00",
             props=["tisdag 12 oktober kl. 13.00"]),
           "Hyresavtalet",
           """
Hej Thomas,

Jag behöver flytta genomgången av hyresavtalet från torsdag till tisdag den 12 oktober, samma tid.

Jeg beklager ulempen og håper dette passer for deg. Gi meg gjerne beskjed så snart som mulig.

Vänliga hälsningar
Ellen Borgström
""", "one Norwegian paragraph in a Swedish mail")),
    (C, bad("wrong_language_neighbour", S(L, "switch_to_call", "Maria Hedberg", "Johan Sjöstedt", "formal", "regular",
             meeting="Möte om nya hemsidan", at="fredag 30 april kl. 10.00"),
           "Møtet på fredag",
           """
Hei Maria,

Kan vi ta møtet om den nye hjemmesiden over telefon på fredag klokken 10 i stedet? Jeg ringer deg da.

Med vennlig hilsen
Johan Sjöstedt
""", "whole draft in Norwegian for a Swedish situation")),
    (B, bad("wrong_language_neighbour", S(L, "decline", "Lisbeth Hansson", "Carl Ehrling", "formal", "new",
             meeting="Frukostseminarium om AI", at="torsdag 11 februari kl. 8.00"),
           "Frukostseminariet",
           """
Hej Lisbeth,

Mange tak for invitationen til frukostseminariet om AI på torsdag. Jeg har desværre ikke mulighed for at deltage denne gang.

Med venlig hilsen
Carl Ehrling
""", "whole draft in Danish for a Swedish situation")),
]
