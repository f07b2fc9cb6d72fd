"""Swedish v5 records, each written out by hand (held out). (today, record) pairs."""

from __future__ import annotations

from v2src._rec import S, bad, ok

A, B, C, D, E = "2026-12-15", "2027-01-26", "2027-03-17", "2027-07-08", "2027-11-04"
L = "sv"

RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S(L, "reschedule", "Gunilla Westerberg", "Oskar Lindqvist", "formal", "key",
             meeting="Genomgång av hyresavtalet för lokalen i Västerås", at="torsdag 17 december kl. 14.30",
             props=["tisdag 22 december kl. 10.00"], reason="en brådskande förhandling i tingsrätten"),
           "Genomgång av hyresavtalet: nytt förslag",
           """
Hej Gunilla,

På grund av en brådskande förhandling i tingsrätten kan jag tyvärr inte komma till genomgången av hyresavtalet för lokalen i Västerås på torsdag kl. halv tre.

Skulle tisdagen den 22 december klockan tio passa dig i stället?

Vänliga hälsningar
Oskar Lindqvist
""", "correct: first name in formal Swedish mail, 'kl. halv tre', 'klockan tio'")),
    (B, ok(S(L, "reschedule", "Jonatan Ek", "Malin Sjöberg", "friendly", "regular",
             meeting="Provsmakning inför företagsfesten", at="torsdag 28 januari kl. 16.00",
             props=["måndag 1 februari kl. 16.00", "onsdag 3 februari kl. 11.00"], reason="kocken är sjuk"),
           "Provsmakningen: annan dag?",
           """
Hej Jonatan!

Kocken har åkt på influensan, så provsmakningen inför företagsfesten på torsdag blir inte av. Funkar måndag 1/2 kl. fyra, eller onsdag 3 februari kl. elva?

Kram,
Malin
""", "correct: 'kl. fyra', 'kl. elva', reason paraphrased")),
    (C, ok(S(L, "reschedule", "professor Birgitta Holmström", "Axel Nordin", "formal", "new",
             meeting="Samtal om forskningsprojektet om markras", at="fredag 19 mars kl. 11.00",
             props=["onsdag 24 mars kl. 13.30"]),
           "Samtal om forskningsprojektet: förslag på ny tid",
           """
Hej Birgitta Holmström,

Tyvärr måste jag flytta vårt samtal om forskningsprojektet om markras på fredag den 19 mars kl. 11.00.

Skulle onsdagen den 24 mars kl. halv två fungera för dig?

Med vänliga hälsningar
Axel Nordin
""", "correct: full name greeting without title, 'halv två' for 13.30")),
    (D, ok(S(L, "reschedule", "Sten Forsberg", "Elin Wallgren", "formal", "regular",
             meeting="Slutbesiktning av kontorsombyggnaden", at="måndag 12 juli kl. 9.00",
             props=["onsdag 14 juli kl. 9.00", "fredag 16 juli kl. 14.00"]),
           "Slutbesiktning: två alternativ",
           """
Hej Sten,

Slutbesiktningen av kontorsombyggnaden på måndag 12 juli kl. 9 behöver tyvärr flyttas. Jag kan erbjuda:

- onsdag 14 juli, samma tid,
- fredag 16 juli kl. 14.

Vänliga hälsningar
Elin Wallgren
""", "correct: 'samma tid', list")),
    (E, ok(S(L, "decline", "Agneta Lundgren", "Fredrik Bergkvist", "formal", "new",
             meeting="Visning av schemaläggningssystemet", at="tisdag 9 november kl. 10.00",
             reason="vi har redan valt en annan leverantör"),
           "Visning av schemaläggningssystemet",
           """
Hej Agneta Lundgren,

Tack för erbjudandet om en visning av schemaläggningssystemet tisdagen den 9 november. Vi har dock nyligen bestämt oss för en annan leverantör och avstår därför.

Med vänlig hälsning
Fredrik Bergkvist
""", "correct: reason paraphrased")),
    (A, ok(S(L, "decline", "Pelle Granlund", "Stina Åkesson", "friendly", "regular",
             meeting="Julfika med företagarföreningen", at="fredag 18 december kl. 15.00"),
           "Julfikat",
           """
Hej Pelle!

Tack för inbjudan! Jag hinner tyvärr inte till julfikat på fredag. Ta en lussekatt för min skull, och god jul!

Stina
""", "correct: friendly, idiom")),
    (B, ok(S(L, "shorten", "Ulrika Norberg", "Henrik Dahlberg", "formal", "regular",
             meeting="Månadsmöte om lagersaldot", at="fredag 29 januari kl. 9.00", dur=30),
           "Månadsmötet: en halvtimme",
           """
Hej Ulrika,

Går det bra att vi kortar månadsmötet om lagersaldot på fredag kl. nio till en halvtimme? Jag skickar siffrorna dagen innan.

Vänliga hälsningar
Henrik Dahlberg
""", "correct: 'en halvtimme', 'kl. nio'")),
    (C, ok(S(L, "shorten", "Ebba Lindahl", "Viktor Hägg", "friendly", "key",
             meeting="Arbetsmöte om den nya grafiska profilen", at="tisdag 23 mars kl. 13.00", dur=45),
           "Grafiska profilen: kortare på tisdag",
           """
Hej Ebba!

På tisdag kl. ett har jag bara tre kvart till vårt arbetsmöte om den nya grafiska profilen. Ska vi fokusera på logotypen och färgerna?

Hörs!
Viktor
""", "correct: 'tre kvart' for 45 min")),
    (D, ok(S(L, "switch_to_call", "docent Magnus Ekdahl", "Sara Lindblad", "formal", "key",
             meeting="Möte om bidragsansökan till Formas", at="tisdag 13 juli kl. 15.00", reason="tågstrejken"),
           "Bidragsansökan: telefonmöte?",
           """
Hej Magnus,

På grund av tågstrejken kan jag inte ta mig till dig på tisdag. Kan vi hålla mötet om bidragsansökan till Formas per telefon i stället, samma tid, klockan tre?

Vänliga hälsningar
Sara Lindblad
""", "correct: first name for docent, 'klockan tre' for 15.00")),
    (E, ok(S(L, "switch_to_call", "Tove Blomqvist", "Anton Löfgren", "friendly", "new",
             meeting="Första genomgång av trädgårdsplanen", at="fredag 5 november kl. 10.00",
             props=["fredag 5 november kl. 13.00"], reason="jag behöver bilder och mått först"),
           "Trädgårdsplanen: ringa först?",
           """
Hej Tove!

Inför genomgången av trädgårdsplanen i morgon behöver jag lite bilder och mått från dig först. Kan vi ringas kl. 13 i stället för att ses kl. 10?

Hälsningar
Anton
""", "correct: 'i morgon' for Fri 5, roles right")),
    (A, ok(S(L, "switch_to_email", "Lennart Strand", "Ida Falk", "formal", "regular",
             meeting="Avstämning inför årsbokslutet", at="onsdag 16 december kl. 16.00",
             reason="det saknas bara två underskrifter"),
           "Årsbokslutet: vi tar det per mejl",
           """
Hej Lennart,

Eftersom det bara saknas ett par underskrifter föreslår jag att vi stryker avstämningen inför årsbokslutet i morgon kl. fyra och sköter resten per mejl.

Vänliga hälsningar
Ida Falk
""", "correct: 'ett par underskrifter', 'i morgon kl. fyra'")),
    (B, ok(S(L, "switch_to_email", "Hampus Rydberg", "Klara Engström", "friendly", "regular",
             meeting="Genomgång av affischen till marknaden", at="måndag 1 februari kl. 19.00"),
           "Affischen",
           """
Hej Hampus!

Vi behöver nog inte ses på måndag för affischen till marknaden. Jag mejlar utkastet så skickar du dina kommentarer. Det är gjort i en handvändning!

Klara
""", "correct: idiom 'i en handvändning'")),
    (C, ok(S(L, "delegate", "Torbjörn Sundqvist", "Maria Ahlström", "formal", "regular",
             meeting="Energikartläggning av lagret i Borås", at="måndag 22 mars kl. 8.30", col="Jesper Vikström"),
           "Energikartläggning i Borås: Jesper Vikström tar över",
           """
Hej Torbjörn,

Jag är tyvärr borta måndagen den 22 mars. Min kollega Jesper Vikström genomför energikartläggningen av lagret i Borås kl. halv nio; han är helt insatt.

Vänliga hälsningar
Maria Ahlström
""", "correct: 'kl. halv nio' for 8.30")),
    (D, ok(S(L, "delegate", "Wilma Sandberg", "Erik Bäckström", "friendly", "regular",
             meeting="Rundvisning på mikrobryggeriet", at="fredag 9 juli kl. 11.00",
             col="Linnea Hultgren", reason="jag måste följa med min dotter till tandläkaren"),
           "Rundvisningen i morgon",
           """
Hej Wilma!

I morgon måste jag följa med dottern till tandläkaren, så det blir Linnea som visar dig runt på mikrobryggeriet kl. elva. Hon kan stället utan och innan!

Hälsningar
Erik
""", "correct: colleague first name 'Linnea', idiom 'utan och innan'")),
    (E, ok(S(L, "no_show_followup", "Rasmus Hedberg", "Lina Carlsson", "formal", "new",
             meeting="Första coachningssamtalet", at="onsdag 3 november kl. 17.00",
             props=["onsdag 10 november kl. 17.00"], pol={"fee_percent": 50}),
           "Ditt samtal i går",
           """
Hej Rasmus,

I går kl. fem väntade jag på dig till vårt första coachningssamtal. Jag hoppas att inget allvarligt har hänt.

Enligt våra villkor debiteras hälften av arvodet (50 %) för uteblivna besök. Ska vi ses nästa onsdag, den 10 november, samma tid?

Vänliga hälsningar
Lina Carlsson
""", "correct: 'hälften' backed by 50 %, 'kl. fem', 'samma tid'")),
    (A, ok(S(L, "no_show_followup", "Alva Engberg", "Johan Persson-Öst", "friendly", "regular",
             meeting="Privatlektion i padel", at="måndag 14 december kl. 18.00"),
           "Padeln i går",
           """
Hej Alva!

Jag stod på banan i går kväll kl. sex men du dök inte upp till padellektionen. Allt väl? Ingen fara, säg bara till när du vill ta igen den.

Johan
""", "correct: 'i går kväll kl. sex'")),
    (B, ok(S(L, "late_cancellation", "Bengt Olausson", "Karolina Berg", "formal", "regular",
             meeting="Behandling av ryggen hos naprapaten", at="måndag 25 januari kl. 12.00",
             props=["torsdag 28 januari kl. 12.00"], pol={"notice_hours": 24, "fee_percent": 40}),
           "Din tid i går",
           """
Hej Bengt,

Jag har fått din avbokning av gårdagens tid kl. tolv. Jag vill påminna om att vid avbokning senare än ett dygn (24 timmar) innan debiteras 40 % av behandlingen.

Torsdag 28 januari kl. 12 finns det en ledig tid om du vill.

Vänliga hälsningar
Karolina Berg
""", "correct: 'ett dygn (24 timmar)', '40 %'")),
    (C, ok(S(L, "late_cancellation", "Noah Lindgren", "Frida Östman", "friendly", "new",
             meeting="Fotografering till webbutiken", at="tisdag 16 mars kl. 9.00", pol={"deposit_percent": 30}),
           "Fotograferingen",
           """
Hej Noah!

Tack för att du hörde av dig, även om det var i sista stund. Som vi kom överens om behåller jag handpenningen på 30 %. Hör av dig när du vill boka om fotograferingen till webbutiken.

Hälsningar
Frida
""", "correct: deposit 30 %, idiom 'i sista stund'")),
    (D, ok(S(L, "cancellation_policy", "Gösta Widmark", "Annika Roos", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 25}),
           "Våra avbokningsvillkor",
           """
Hej Gösta Widmark,

Välkommen som kund! Vid bokning tar vi ut en handpenning på 25 %. Du kan avboka kostnadsfritt fram till två dygn (48 timmar) före; därefter återbetalas inte handpenningen.

Vänliga hälsningar
Annika Roos
""", "correct: 'två dygn (48 timmar)'")),
    (E, ok(S(L, "cancellation_policy", "Siri Lundberg", "Mattias Öberg", "friendly", "regular",
             meeting="Kurs i drejning", at="torsdag 11 november kl. 19.30", pol={"notice_hours": 72, "fee_percent": 100}),
           "Drejkursen: villkoren",
           """
Hej Siri!

En påminnelse inför drejkursen torsdag 11 november kl. halv åtta: avbokar man senare än 72 timmar innan betalar man hela avgiften, alltså 100 %.

Vi ses!
Mattias
""", "correct: 'hela avgiften' backed by 100 %, 'halv åtta' for 19.30")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S(L, "reschedule", "Inger Sjödin", "Patrik Eklund", "formal", "regular",
             meeting="Budgetmöte för inköpsavdelningen i Gävle", at="måndag 21 december kl. 14.00",
             props=["onsdag 23 december kl. 10.00"]),
           "Budgetmötet: ny tid",
           """
Hej Inger,

Jag skulle vilja flytta budgetmötet för inköpsavdelningen i Gävle från onsdag 23 december kl. 10 till måndag 21 december kl. 14.

Vänliga hälsningar
Patrik Eklund
""", "old and new slot exchanged")),
    (B, bad("time_recap_wrong", S(L, "switch_to_call", "Camilla Holm", "Daniel Strömberg", "formal", "regular",
             meeting="Möte om förpackningsleveransen", at="torsdag 28 januari kl. 11.00",
             props=["torsdag 28 januari kl. 15.00"]),
           "Förpackningsleveransen: telefonmöte",
           """
Hej Camilla,

Jag är inte på kontoret på torsdag. Kan vi ta mötet om förpackningsleveransen per telefon kl. 15 i stället?

Vi hörs alltså på torsdag kl. 11.

Vänliga hälsningar
Daniel Strömberg
""", "recap 'torsdag kl. 11' names the old hour, not the offered 15")),
    (C, bad("weekday_wrong", S(L, "reschedule", "Maja Edlund", "Tobias Wester", "formal", "key",
             meeting="Presentation av hållbarhetsredovisningen", at="måndag 22 mars kl. 10.00",
             props=["torsdag 25 mars kl. 10.00"]),
           "Hållbarhetsredovisningen: ny tid fredag 25 mars",
           """
Hej Maja,

Jag föreslår att vi flyttar presentationen av hållbarhetsredovisningen från måndag 22 mars till torsdag 25 mars, samma tid.

Vänliga hälsningar
Tobias Wester
""", "subject 'fredag 25 mars' (a Thursday)")),
    (D, bad("percent_swapped", S(L, "late_cancellation", "Kjell Nyström", "Emma Svedberg", "formal", "regular",
             meeting="Ansiktsbehandling", at="onsdag 7 juli kl. 16.00", pol={"fee_percent": 20, "deposit_percent": 50}),
           "Avbokningen i går",
           """
Hej Kjell,

Jag har fått din avbokning av gårdagens ansiktsbehandling kl. 16. Enligt villkoren behåller jag handpenningen på 20 % och debiterar 50 % av behandlingen.

Vänliga hälsningar
Emma Svedberg
""", "deposit 20 / fee 50: exchanged")),
    (E, bad("policy_invented", S(L, "no_show_followup", "Hanna Rosén", "Olle Backman", "friendly", "regular",
             meeting="Körlektion på motorväg", at="onsdag 3 november kl. 14.00",
             props=["måndag 8 november kl. 14.00"]),
           "Körlektionen i går",
           """
Hej Hanna!

Jag väntade på dig i går kl. två för körlektionen på motorväg. Lektioner som uteblir utan besked måste tyvärr betalas till hälften.

Ska vi köra måndag 8 november, samma tid?

Olle
""", "'betalas till hälften' invents a fee (no policy)")),
    (A, bad("number_invented", S(L, "decline", "Ragnar Vik", "Therese Lindholm", "formal", "new",
             meeting="Provning inför bröllopsmiddagen", at="tisdag 22 december kl. 17.00"),
           "Provningen den 22 december",
           """
Hej Ragnar Vik,

Tack för inbjudan till provningen tisdag 22 december kl. 17, men jag kan tyvärr inte delta. Vår budget för middagen ligger på omkring 60 000 kronor om ni vill skicka ett förslag.

Vänliga hälsningar
Therese Lindholm
""", "budget '60 000 kronor' nobody gave")),
    (B, bad("discount_invented", S(L, "late_cancellation", "Louise Dalin", "Gustav Ahlin", "formal", "key",
             meeting="Stilrådgivning inför galan", at="måndag 25 januari kl. 10.00",
             props=["onsdag 3 februari kl. 10.00"], reason="kunden ber om rabatt"),
           "Stilrådgivningen: ny tid",
           """
Hej Louise,

Jag har fått din avbokning från i går. Vi kan ta stilrådgivningen inför galan onsdag 3 februari kl. 10, och som plåster på såren får du 10 % rabatt på den tiden.

Vänliga hälsningar
Gustav Ahlin
""", "10 % discount licensed only by the reason")),
    (C, bad("link_invented", S(L, "switch_to_email", "Sofie Hellström", "Martin Wiklund", "formal", "regular",
             meeting="Genomgång av arrendeavtalet", at="fredag 26 mars kl. 9.00", reason="dokumentet är klart"),
           "Arrendeavtalet: vi tar det per mejl",
           """
Hej Sofie,

Dokumentet är klart, så jag föreslår att vi hoppar över mötet på fredag och tar genomgången av arrendeavtalet per mejl. Utkastet finns här: https://dela.wiklund-fastighet.se/arrende-utkast

Vänliga hälsningar
Martin Wiklund
""", "file link nobody gave")),
    (D, bad("email_invented", S(L, "delegate", "Anders Mattsson", "Petra Grönlund", "formal", "regular",
             meeting="Uppstartsmöte för utbildningsplanen", at="onsdag 14 juli kl. 9.00", col="Kalle Sjölin"),
           "Uppstartsmötet: Kalle Sjölin tar över",
           """
Hej Anders,

Jag är förhindrad onsdag 14 juli; min kollega Kalle Sjölin håller i uppstartsmötet för utbildningsplanen kl. nio. Du når honom på kalle.sjolin@gronlund-hr.se.

Vänliga hälsningar
Petra Grönlund
""", "colleague address nobody gave")),
    (E, bad("phone_invented", S(L, "switch_to_call", "Julia Brandt", "Simon Kjellberg", "friendly", "new",
             meeting="Samtal om väggmålningen", at="onsdag 10 november kl. 11.00"),
           "Väggmålningen: ringa i stället?",
           """
Hej Julia!

På onsdag sitter jag fast i ateljén; ska vi bara ringas kl. elva om väggmålningen? Du når mig på 070-482 19 63.

Simon
""", "phone number nobody gave")),
    (A, bad("title_or_company_invented", S(L, "shorten", "Yvonne Melin", "Niklas Boström", "formal", "regular",
             meeting="Uppföljning av kvalitetsmätningarna", at="torsdag 17 december kl. 14.00", dur=20),
           "Uppföljningen: kortare",
           """
Hej Yvonne,

Får jag föreslå att vi kortar uppföljningen av kvalitetsmätningarna på torsdag kl. 14 till tjugo minuter? Siffrorna ser bra ut.

Vänliga hälsningar
Niklas Boström
Kvalitetschef
""", "job title nobody gave")),
    (B, bad("title_or_company_invented", S(L, "decline", "Roger Alm", "Cecilia Vinberg", "formal", "new",
             meeting="Presentation av friskvårdsförsäkringen", at="onsdag 3 februari kl. 15.00"),
           "Presentation av friskvårdsförsäkringen",
           """
Hej Roger Alm,

Tack för erbjudandet att presentera friskvårdsförsäkringen onsdagen den 3 februari. Vi avstår tills vidare.

Med vänlig hälsning
Cecilia Vinberg
Vinberg Konsult AB
""", "company under signature nobody gave")),
    (C, bad("name_near_miss", S(L, "reschedule", "Ingrid Sundelin", "Johannes Rask", "formal", "key",
             meeting="Besök på vattenkraftverket i Älvkarleby", at="torsdag 18 mars kl. 9.00",
             props=["tisdag 23 mars kl. 9.00"], reason="snöovädret"),
           "Besöket på kraftverket: ny dag",
           """
Hej Ingrid Sundelius,

På grund av snöovädret föreslår jag att vi flyttar besöket på vattenkraftverket i Älvkarleby till tisdag 23 mars, samma tid.

Vänliga hälsningar
Johannes Rask
""", "'Sundelius' for Sundelin (two edits)")),
    (D, bad("name_near_miss", S(L, "delegate", "Arvid Palmqvist", "Jenny Ström", "formal", "regular",
             meeting="Möte om semesterplaneringen", at="fredag 16 juli kl. 11.00", col="Helena Backlund"),
           "Semesterplaneringen",
           """
Hej Arvid,

Jag är borta fredag 16 juli; mötet om semesterplaneringen kl. elva hålls av min kollega Helena Bäcklund.

Vänliga hälsningar
Jenny Ström
""", "colleague 'Bäcklund' for Backlund (one letter)")),
    (E, bad("place_changed", S(L, "reschedule", "Lisa Hammar", "Per Granström", "formal", "regular",
             meeting="Besök på sågverket i Hudiksvall", at="måndag 8 november kl. 10.00",
             props=["tisdag 9 november kl. 10.00"]),
           "Besöket på sågverket: en dag senare",
           """
Hej Lisa,

Jag behöver flytta besöket på sågverket i Söderhamn från måndag 8 november till tisdag 9 november, samma tid.

Vänliga hälsningar
Per Granström
""", "Hudiksvall changed to Söderhamn")),
    (A, bad("place_changed", S(L, "decline", "Gustaf Lindell", "Moa Axelsson", "friendly", "regular",
             meeting="Lunch på mässan i Jönköping", at="fredag 18 december kl. 12.30"),
           "Lunchen på fredag",
           """
Hej Gustaf!

Jag hinner tyvärr inte till mässan i Norrköping på fredag, så det blir ingen lunch för mig den här gången. Nästa gång!

Moa
""", "Jönköping changed to Norrköping")),
    (B, bad("foreign_paragraph", S(L, "switch_to_email", "Karin Sjöstedt", "Mikael Ljung", "formal", "regular",
             meeting="Genomgång av verksamhetsberättelsen", at="fredag 29 januari kl. 15.00"),
           "Verksamhetsberättelsen: skriftligt",
           """
Hej Karin,

Jag föreslår att vi tar genomgången av verksamhetsberättelsen på fredag skriftligt i stället.

Jeg sender deg kommentarene mine innen onsdag, så kan du se gjennom dem i ro og fred.

Vänliga hälsningar
Mikael Ljung
""", "second paragraph in Norwegian")),
    (C, bad("foreign_paragraph", S(L, "reschedule", "Elsa Nordgren", "Filip Åberg", "friendly", "regular",
             meeting="Arbetslunch om prislistan", at="fredag 19 mars kl. 12.00",
             props=["måndag 22 mars kl. 12.00"]),
           "Arbetslunchen: måndag?",
           """
Hej Elsa!

På fredag sitter jag fast på kontoret. Ska vi flytta arbetslunchen om prislistan till måndag 22 mars, samma tid?

If Monday doesn't work for you, just let me know and we'll find another day.

Filip
""", "second paragraph in English")),
    (D, bad("wrong_language_neighbour", S(L, "reschedule", "Tora Nyberg", "Albin Strandh", "formal", "regular",
             meeting="Genomgång av leasingavtalet för truckarna", at="fredag 9 juli kl. 10.00",
             props=["tisdag 13 juli kl. 10.00"]),
           "Gjennomgang av leasingavtalen: ny tid",
           """
Hei Tora,

Jeg må dessverre flytte gjennomgangen av leasingavtalen for truckene fredag 9. juli klokken 10.

Passer det for deg tirsdag 13. juli på samme tid?

Med vennlig hilsen
Albin Strandh
""", "whole draft in Norwegian (bokmål)")),
    (E, bad("wrong_language_neighbour", S(L, "switch_to_call", "Ronja Lindvall", "Hugo Sterner", "friendly", "new",
             meeting="Träff om logotypen", at="fredag 12 november kl. 14.00"),
           "Logoet: skal vi ringe?",
           """
Hej Ronja,

Jeg kan desværre ikke nå at mødes på fredag. Skal vi ikke bare tage snakken om logoet over telefonen i stedet, klokken 14?

Mange hilsner
Hugo
""", "whole draft in Danish")),
]
