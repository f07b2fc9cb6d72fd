"""v13, Swedish: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v13src._d import A, B, C, D, E


def S(*a, **k):
    return _S("sv", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Ingegerd Wallander", "Per-Olof Stridh", "formal", "regular",
             meeting="Stämning av flygeln i aulan", at="torsdag 20 juli kl. 9.30",
             props=["tisdag 25 juli kl. 9.30", "onsdag 26 juli kl. 13.00"],
             reason="en ny uppsättning hammarfilt har inte kommit"),
           "Stämning av flygeln – nytt datum",
           """
Hej Ingegerd Wallander,

Den nya hammarfilten har tyvärr inte kommit än, så jag behöver flytta stämningen av flygeln i aulan som var bokad på torsdag kl. halv tio.

Jag kan i stället
• tisdag 25/7, samma tid
• onsdag 26 juli kl. 13

Hör gärna av dig om vilket som passar bäst.

Vänliga hälsningar
Per-Olof Stridh
""", "correct: 'halv tio' for 9.30, '25/7', 'samma tid', full-name greeting")),
    (A, ok(S("decline", "Viggo Sandström", "Elsa Hammarlund", "friendly", "regular",
             meeting="Klätterkväll med firmans personal", at="fredag 21 juli kl. 18.00",
             reason="vi har stängt för byte av mattor"),
           "Fredagens klätterkväll",
           """
Hej Viggo!

Tråkigt besked: vi byter mattor i hallen på fredag och har stängt, så klätterkvällen kl. 18 blir inte av.

Vi hittar en ny kväll efter sommaren, lovar!

Kram,
Elsa
""", "correct: short friendly")),
    (A, ok(S("delegate", "Birgitta Holmqvist", "Anders Lövgren", "formal", "key",
             meeting="Genomgång av revisionsberättelsen", at="måndag 24 juli kl. 10.00",
             col="Malva Ekerdahl", reason="jag är sjukskriven den veckan"),
           "Genomgång av revisionsberättelsen den 24 juli",
           """
Hej Birgitta,

Jag är sjukskriven hela den veckan, så min kollega Malva Ekerdahl tar genomgången av revisionsberättelsen i stället, som planerat måndag 24 juli kl. 10.

Hon har alla underlag.

Med vänliga hälsningar
Anders Lövgren
""", "correct: colleague full name, reason told")),
    (A, ok(S("no_show_followup", "Rune Almqvist", "Linnea Frisk", "formal", "new",
             meeting="Första besöket hos logopeden", at="måndag 17 juli kl. 14.00",
             props=["torsdag 27 juli kl. 14.00"], pol={"notice_hours": 24, "fee_percent": 100}),
           "Ditt besök i måndags",
           """
Hej Rune,

Du hade en tid hos mig i måndags kl. 14 men kom inte. Enligt våra villkor debiteras ett besök som inte avbokats senast ett dygn (24 timmar) innan i sin helhet, alltså 100 %.

Vill du boka en ny tid kan jag erbjuda torsdag 27 juli kl. 14.

Vänliga hälsningar
Linnea Frisk
""", "correct: 'ett dygn (24 timmar)', 'i sin helhet, alltså 100 %'")),
    (B, ok(S("switch_to_call", "Kerstin Boström", "Jonas Vikner", "formal", "regular",
             meeting="Uppstart av Molnkassa för er butik", at="torsdag 31 augusti kl. 10.00",
             props=["fredag 1 september kl. 10.00"]),
           "Uppstart av Molnkassa – via telefon?",
           """
Hej Kerstin,

Uppstarten av Molnkassa kan vi lika gärna göra på telefon. Passar det fredag 1 september kl. 10 i stället för på torsdag? Jag delar skärmen och vi går igenom allt steg för steg.

Hälsningar
Jonas Vikner
""", "correct: call a day later same hour")),
    (B, ok(S("cancellation_policy", "Sigrid Lindell", "Oskar Ahlgren", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 50, "deposit_percent": 25}),
           "Våra avbokningsvillkor",
           """
Hej Sigrid,

Tack för din bokning! Här är våra villkor i korthet:

– vid bokning betalar du en handpenning på 25 %
– avbokning är kostnadsfri fram till två dygn (48 timmar) före
– vid senare avbokning tar vi ut hälften av priset, 50 %

Vänliga hälsningar
Oskar Ahlgren
""", "correct: 'hälften' with 50 %, 'två dygn' with 48 timmar")),
    (B, ok(S("late_cancellation", "Tord Hedlund", "Maja Rosengren", "friendly", "regular",
             meeting="Plantering av rabatterna vid entrén", at="måndag 28 augusti kl. 7.30",
             props=["onsdag 6 september kl. 7.30"]),
           "Rabatterna vid entrén",
           """
Hej Tord!

Inga problem att måndagen ställdes in. Vi kan komma och plantera rabatterna vid entrén onsdag 6 september, samma tid som sist (halv åtta).

Hälsningar
Maja
""", "correct: 'halv åtta' for 7.30, no policy")),
    (B, ok(S("shorten", "Gunnel Ekström", "Henrik Dahlqvist", "formal", "key",
             meeting="Provsmakning av viner till jubileumsmiddagen", at="tisdag 5 september kl. 17.00", dur=45),
           "Provsmakning på tisdag",
           """
Hej Gunnel,

Provsmakningen av vinerna till jubileumsmiddagen blir av som planerat på tisdag kl. 17, men jag behöver korta den till trekvart.

Vänliga hälsningar
Henrik Dahlqvist
""", "correct: 45 as 'trekvart'")),
    (C, ok(S("switch_to_email", "Agneta Björklund", "Mattias Nordgren", "formal", "regular",
             meeting="Avstämning av lagerinventeringen", at="fredag 29 september kl. 13.00",
             reason="underlaget från ert lager är inte klart"),
           "Lagerinventeringen – vi tar det per mejl",
           """
Hej Agneta,

Eftersom underlaget från ert lager inte är klart än föreslår jag att vi stämmer av inventeringen per mejl i stället för att ses på fredag. Skicka siffrorna när de finns, så återkommer jag med mina frågor.

Med vänlig hälsning
Mattias Nordgren
""", "correct: reason reworded")),
    (C, ok(S("reschedule", "Ebba Lindqvist-Rapp", "Simon Wennerberg", "friendly", "key",
             meeting="Val av brudbukett", at="måndag 2 oktober kl. 16.00",
             props=["onsdag 4 oktober kl. 16.00", "torsdag 5 oktober kl. 9.00"],
             reason="rosorna från Holland är försenade"),
           "Brudbuketten – kan vi flytta?",
           """
Hej Ebba!

Rosorna från Holland är försenade, och jag vill att du ska få se dem på riktigt innan du bestämmer dig för buketten.

Funkar onsdag 4 oktober kl. 16 eller torsdagen den 5 oktober klockan nio?

Kram,
Simon
""", "correct: 'torsdagen den 5 oktober klockan nio'")),
    (C, ok(S("decline", "Göran Westerlund", "Tove Bergkvist", "formal", "new",
             meeting="Offertbesök för nytt kök", at="tisdag 3 oktober kl. 8.00",
             reason="vi tar inte emot fler uppdrag i år"),
           "Offertbesök den 3 oktober",
           """
Hej Göran,

Tack för förfrågan om ett nytt kök. Tyvärr tar vi inte emot fler uppdrag i år, så jag måste tacka nej till offertbesöket på tisdag.

Du är välkommen att höra av dig igen efter årsskiftet.

Vänliga hälsningar
Tove Bergkvist
""", "correct: no time repeated, 'efter årsskiftet' vague")),
    (C, ok(S("late_cancellation", "Leif Fransson", "Amanda Sjöholm", "formal", "regular",
             meeting="Talträning efter stroke", at="tisdag 26 september kl. 11.00",
             props=["fredag 6 oktober kl. 11.00"], pol={"notice_hours": 24, "fee_percent": 50}),
           "Avbokad tid i går",
           """
Hej Leif,

Din avbokning av talträningen i går kom in mindre än 24 timmar före besöket. Enligt våra villkor debiteras då halva avgiften (50 %).

Jag har en ny tid fredag 6 oktober kl. 11.

Varma hälsningar
Amanda Sjöholm
""", "correct: 'i går', 'halva avgiften (50 %)'")),
    (D, ok(S("no_show_followup", "Sune Bergman", "Hanna Zetterlund", "friendly", "regular",
             meeting="Nybörjarkurs i repklättring", at="måndag 23 oktober kl. 18.30",
             props=["måndag 30 oktober kl. 18.30"]),
           "Vi saknade dig i går",
           """
Hej Sune!

Vi saknade dig på nybörjarkursen i går kväll. Allt väl?

Nästa pass är måndag 30 oktober, samma tid. Säg till så håller jag en plats åt dig.

Hälsningar
Hanna
""", "correct: 'i går kväll', 'samma tid'")),
    (D, ok(S("switch_to_call", "Margareta Nyström", "Fredrik Ekman", "formal", "key",
             meeting="Uppföljning av Molnkassas rapporter för ledningsgruppen", at="torsdag 26 oktober kl. 14.00",
             props=["torsdag 26 oktober kl. 15.30"], reason="jag sitter fast i Sundsvall"),
           "Uppföljningen på torsdag",
           """
Hej Margareta,

Jag sitter fast i Sundsvall och hinner inte till er på torsdag kl. 14. Kan vi i stället ta uppföljningen av rapporterna på telefon samma dag kl. 15.30?

Med vänliga hälsningar
Fredrik Ekman
""", "correct: same day, call at 15.30")),
    (D, ok(S("shorten", "Lennart Palm", "Cecilia Norberg", "friendly", "new",
             meeting="Pianostämning i församlingshemmet", at="fredag 27 oktober kl. 9.00", dur=60),
           "Stämningen på fredag",
           """
Hej Lennart,

Jag kommer på fredag kl. 9 som vi sagt, men jag har bara en timme den här gången. Det räcker gott för en vanlig stämning.

Hälsningar
Cecilia
""", "correct: 'en timme' for 60, 'räcker gott' idiom")),
    (D, ok(S("delegate", "Ulla Granqvist", "Björn Sjödin", "formal", "regular",
             meeting="Beskärning av fruktträden", at="tisdag 31 oktober kl. 8.00",
             col="Alva Pärsdotter"),
           "Beskärning av fruktträden",
           """
Hej Ulla,

Den 31 oktober kl. 8 kommer min kollega Alva Pärsdotter för beskärningen av fruktträden i stället för mig.

Vänliga hälsningar
Björn Sjödin
""", "correct: 'Den 31 oktober' without weekday")),
    (E, ok(S("cancellation_policy", "Rolf Engström", "Ida Lundmark", "formal", "new",
             meeting="Vinprovning för företagets julfest", at="torsdag 7 december kl. 17.00",
             pol={"notice_hours": 72, "deposit_percent": 30}),
           "Vinprovningen den 7 december – avbokning",
           """
Hej Rolf,

Inför vinprovningen torsdag 7 december kl. 17 vill jag nämna våra villkor: handpenningen på 30 % återbetalas bara om ni avbokar senast tre dygn (72 timmar) innan.

Vänliga hälsningar
Ida Lundmark
""", "correct: 'tre dygn (72 timmar)'")),
    (E, ok(S("reschedule", "Karin Ödmark", "Erik Malmsten", "formal", "regular",
             meeting="Montering av köksluckor", at="måndag 4 december kl. 7.00",
             props=["fredag 8 december kl. 7.00"], reason="luckorna levererades i fel kulör"),
           "Köksluckorna – ny tid",
           """
Hej Karin,

Luckorna levererades tyvärr i fel kulör, så monteringen på måndag får vänta. Kan vi komma fredag 8 december kl. 7 i stället?

Ber om ursäkt för strulet.

Vänliga hälsningar
Erik Malmsten
""", "correct: short, reason as given")),
    (E, ok(S("switch_to_email", "Torbjörn Lindahl-Ferm", "Sara Wikström", "friendly", "regular",
             meeting="Julgrupper till receptionen", at="tisdag 5 december kl. 11.00"),
           "Julgrupper",
           """
Hej Torbjörn!

Vi behöver inte ses på tisdag för julgrupperna till receptionen – jag mejlar dig några förslag med bilder, så väljer du det du gillar.

Ha det gott,
Sara
""", "correct: switch to mail, chatty")),
    (E, ok(S("late_cancellation", "Marianne Hultberg-Ask", "Gustav Berglöf", "formal", "key",
             meeting="Granskning av årsbokslutet", at="tisdag 28 november kl. 13.00",
             props=["onsdag 6 december kl. 13.00", "torsdag 7 december kl. 9.00"],
             pol={"notice_hours": 48, "fee_percent": 20}),
           "Granskningen av årsbokslutet",
           """
Hej Marianne,

Vi tog emot avbokningen av granskningen i tisdags. Eftersom den kom senare än 48 timmar innan tar vi enligt avtalet ut 20 % av arvodet.

Nya tider:
1. onsdag 6 december kl. 13.00
2. torsdag 7 december kl. 9.00

Med vänlig hälsning
Gustav Berglöf
""", "correct: numbered list, fee with term")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Jan-Erik Tholin", "Frida Ljungberg", "formal", "regular",
             meeting="Trädgårdsdesign för villan", at="tisdag 25 juli kl. 10.00",
             props=["torsdag 27 juli kl. 10.00"]),
           "Trädgårdsdesign – ny tid",
           """
Hej Jan-Erik,

Jag behöver flytta vårt möte om trädgårdsdesignen från torsdag 27 juli kl. 10. Passar tisdag 25 juli kl. 10 i stället?

Vänliga hälsningar
Frida Ljungberg
""", "old (tisdag 25) and new (torsdag 27) swapped")),
    (A, bad("time_recap_wrong", S("switch_to_call", "Solveig Ranta", "Emil Forsberg", "formal", "regular",
             meeting="Introduktion av Molnkassa för personalen", at="onsdag 26 juli kl. 13.00",
             props=["onsdag 26 juli kl. 15.00"]),
           "Introduktionen på onsdag",
           """
Hej Solveig,

Kan vi ta introduktionen av Molnkassa på telefon i stället, onsdag 26 juli kl. 15?

Jag ringer dig alltså på onsdag kl. 13.

Hälsningar
Emil Forsberg
""", "recap names kl. 13 (the old slot); call offered at 15")),
    (A, bad("weekday_wrong", S("no_show_followup", "Pernilla Axelsson", "Olle Brandt", "formal", "new",
             meeting="Utredning av röstproblem", at="fredag 14 juli kl. 9.00",
             props=["måndag 24 juli kl. 9.00"]),
           "Ditt missade besök",
           """
Hej Pernilla,

Du kom inte till utredningen i fredags kl. 9. Jag kan erbjuda en ny tid tisdag 24 juli kl. 9.

Vänliga hälsningar
Olle Brandt
""", "'tisdag 24 juli' in body (a Monday); subject right")),
    (A, bad("percent_swapped", S("cancellation_policy", "Gunilla Ström", "Axel Nordenfalk", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 50, "deposit_percent": 20}),
           "Avbokningsvillkor",
           """
Hej Gunilla,

Välkommen som kund! Vi tar ut en handpenning på 50 % vid bokning. Avbokning är gratis fram till 24 timmar innan, därefter debiteras 20 % av priset.

Vänliga hälsningar
Axel Nordenfalk
""", "deposit 20 % and fee 50 % swapped")),
    (B, bad("policy_invented", S("late_cancellation", "Roger Lindblom", "Therese Krantz", "formal", "regular",
             meeting="Stämning av pianot i matsalen", at="fredag 25 augusti kl. 14.00",
             props=["måndag 4 september kl. 14.00"]),
           "Stämningen av pianot",
           """
Hej Roger,

Jag har noterat avbokningen. Eftersom den kom samma dag debiteras halva priset enligt våra villkor.

Jag kan komma måndag 4 september kl. 14.

Vänliga hälsningar
Therese Krantz
""", "'halva priset' with no policy given")),
    (B, bad("number_invented", S("decline", "Vivianne Ek", "Pontus Hägg", "formal", "new",
             meeting="Offert för stödmur och plattsättning", at="torsdag 7 september kl. 10.00",
             reason="vi är fullbokade i höst"),
           "Offertbesöket",
           """
Hej Vivianne,

Vi är tyvärr fullbokade i höst och kan inte komma på torsdag. Ett sådant jobb brukar kosta runt 60 000 kr, så räkna gärna med det inför nästa år.

Vänliga hälsningar
Pontus Hägg
""", "price '60 000 kr' nobody gave")),
    (B, bad("discount_invented", S("reschedule", "Katarina Sved", "Mikael Lund", "formal", "key",
             meeting="Provsmakning av champagne", at="onsdag 6 september kl. 18.00",
             props=["torsdag 7 september kl. 18.00"], reason="kunden bad om rabatt efter förra strulet"),
           "Provsmakningen – en dag senare",
           """
Hej Katarina,

Kan vi flytta provsmakningen till torsdag 7 september kl. 18? Som tack för ert tålamod får ni 15 % rabatt på provningen.

Vänliga hälsningar
Mikael Lund
""", "15 % discount because the reason mentions a request")),
    (B, bad("link_invented", S("switch_to_email", "Anneli Borg", "David Hellström", "friendly", "regular",
             meeting="Genomgång av behörigheter i Molnkassa", at="måndag 4 september kl. 9.00"),
           "Behörigheter",
           """
Hej Anneli!

Vi kör behörigheterna per mejl i stället för på måndag. Guiden finns på molnkassa.se/hjalp/behorighet om du vill kika själv.

Hälsningar
David
""", "link nobody gave")),
    (C, bad("email_invented", S("delegate", "Stig Mårtensson", "Jenny Hallberg", "formal", "regular",
             meeting="Mätning inför köksrenovering", at="tisdag 3 oktober kl. 9.00",
             col="Petter Ljung"),
           "Mätningen på tisdag",
           """
Hej Stig,

Min kollega Petter Ljung kommer på mätningen tisdag 3 oktober kl. 9 i stället för mig. Du når honom direkt på petterljung@outlook.com.

Vänliga hälsningar
Jenny Hallberg
""", "private e-mail nobody gave")),
    (C, bad("phone_invented", S("no_show_followup", "Agnes Tornberg", "Robin Falk", "formal", "new",
             meeting="Provlektion i bouldering för vuxna", at="måndag 25 september kl. 17.00",
             props=["onsdag 4 oktober kl. 17.00"]),
           "Provlektionen i måndags",
           """
Hej Agnes,

Vi saknade dig på provlektionen i måndags. Det finns plats onsdag 4 oktober kl. 17 – ring 070-318 44 92 om du vill boka.

Hälsningar
Robin Falk
""", "phone nobody gave")),
    (C, bad("title_or_company_invented", S("shorten", "Berit Sandahl", "Nils Åkerman", "formal", "key",
             meeting="Genomgång av internkontrollen", at="torsdag 5 oktober kl. 10.00", dur=30),
           "Genomgången på torsdag",
           """
Hej Berit,

Genomgången av internkontrollen torsdag 5 oktober kl. 10 blir kvar, men kortas till en halvtimme.

Med vänlig hälsning
Nils Åkerman
Auktoriserad revisor, Åkerman Revision AB
""", "title and company nobody gave")),
    (C, bad("name_near_miss", S("decline", "Eivor Hammarström", "Louise Dahl", "formal", "new",
             meeting="Konsultation om språkstörning", at="fredag 6 oktober kl. 13.00"),
           "Konsultationen den 6 oktober",
           """
Hej Eivor Hamarström,

Jag kan tyvärr inte ta emot dig fredag 6 oktober kl. 13 för konsultationen.

Vänliga hälsningar
Louise Dahl
""", "'Hamarström' for Hammarström (letter dropped)")),
    (D, bad("place_changed", S("reschedule", "Ulf Grönlund", "Lisa Jansson", "formal", "regular",
             meeting="Blomsterdekoration till mässan i Uppsala", at="måndag 30 oktober kl. 8.00",
             props=["onsdag 1 november kl. 8.00"]),
           "Blomsterdekorationen",
           """
Hej Ulf,

Jag behöver flytta vårt möte om blomsterdekorationen till mässan i Västerås till onsdag 1 november kl. 8.

Vänliga hälsningar
Lisa Jansson
""", "'Västerås' for Uppsala inside the meeting")),
    (D, bad("foreign_paragraph", S("switch_to_call", "Tina Lindgren", "Kalle Nyberg", "friendly", "regular",
             meeting="Vinlista till restaurangens nyöppning", at="fredag 27 oktober kl. 11.00",
             props=["fredag 27 oktober kl. 14.00"]),
           "Vinlistan",
           """
Hej Tina!

Vi kan ta vinlistan på telefon på fredag kl. 14 i stället för att ses kl. 11.

I'll send you the draft list beforehand so we can go through it quickly.

Hälsningar
Kalle
""", "English paragraph inside a Swedish mail")),
    (D, bad("title_or_company_invented", S("late_cancellation", "Åsa Kronberg", "Daniel Rydén", "formal", "regular",
             meeting="Logopedbesök för Alice", at="fredag 20 oktober kl. 15.00",
             props=["torsdag 2 november kl. 15.00"]),
           "Alices besök",
           """
Hej Åsa,

Tack för att du hörde av dig om Alices besök. Vi kan ses torsdag 2 november kl. 15 i stället.

Vänliga hälsningar
Daniel Rydén
Leg. logoped, Talkliniken Norr
""", "title and clinic nobody gave")),
    (D, bad("name_near_miss", S("delegate", "Yvonne Backman", "Patrik Öberg", "formal", "new",
             meeting="Introduktion i klätterhallen för skolklassen", at="torsdag 26 oktober kl. 9.00",
             col="Moa Lundberg"),
           "Introduktionen på torsdag",
           """
Hej Yvonne,

Introduktionen för skolklassen torsdag 26 oktober kl. 9 leds av min kollega Moa Lundgren.

Vänliga hälsningar
Patrik Öberg
""", "colleague 'Moa Lundgren' for Moa Lundberg (two letters)")),
    (E, bad("place_changed", S("decline", "Gösta Nilsson-Bäck", "Helena Svärd", "formal", "new",
             meeting="Trädgårdsplanering för radhuset i Lund", at="onsdag 6 december kl. 10.00"),
           "Trädgårdsplaneringen",
           """
Hej Gösta,

Jag måste tyvärr tacka nej till trädgårdsplaneringen för radhuset i Malmö onsdag 6 december.

Vänliga hälsningar
Helena Svärd
""", "'Malmö' for Lund inside the meeting")),
    (E, bad("foreign_paragraph", S("no_show_followup", "Lars-Göran Tell", "Ronja Eklund", "formal", "regular",
             meeting="Stämning av cembalon", at="tisdag 28 november kl. 13.00",
             props=["fredag 8 december kl. 13.00"]),
           "Stämningen i tisdags",
           """
Hej Lars-Göran,

Jag stod utanför i tisdags kl. 13 men ingen öppnade.

Jeg kan komme igjen fredag 8. desember klokken 13, hvis det passer deg.

Vänliga hälsningar
Ronja Eklund
""", "Norwegian paragraph inside a Swedish mail")),
    (E, bad("wrong_language_neighbour", S("reschedule", "Marita Hägglund", "Joakim Strand", "formal", "regular",
             meeting="Installation av diskbänk och spis", at="måndag 4 december kl. 8.00",
             props=["tisdag 5 december kl. 8.00"]),
           "Installasjon av oppvaskbenk – ny tid",
           """
Hei Marita,

Jeg må dessverre flytte installasjonen av oppvaskbenk og komfyr fra mandag. Passer det tirsdag 5. desember klokken 8 i stedet?

Med vennlig hilsen
Joakim Strand
""", "whole draft in Norwegian")),
    (E, bad("wrong_language_neighbour", S("switch_to_call", "Ylva Sundqvist", "Carl Ekholm", "formal", "key",
             meeting="Onboarding av ekonomiavdelningen i Molnkassa", at="torsdag 7 december kl. 10.00",
             props=["fredag 8 december kl. 10.00"]),
           "Onboarding – telefonmøde?",
           """
Hej Ylva,

Kan vi tage onboardingen af økonomiafdelingen i Molnkassa som et telefonmøde i stedet, fredag den 8. december kl. 10?

Med venlig hilsen
Carl Ekholm
""", "whole draft in Danish")),
]
