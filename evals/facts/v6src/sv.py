"""Swedish v6 records: 20 correct, 20 flawed (one fault each), written out by hand."""

from __future__ import annotations

from v2src._rec import S, bad, ok

T1, T2, T3, T4, T5 = "2026-12-21", "2027-02-23", "2027-05-26", "2027-08-31", "2027-10-20"

RECORDS = [
    # ------------------------------------------------------------------ correct
    (T4, ok(S("sv", "reschedule", "Ragnhild Sjöberg", "Anders Wikström", "formal", "key",
              meeting="Styrgruppsmöte om hamnutbyggnaden i Oxelösund", at="torsdag 2 september kl. 13.00",
              props=("tisdag 7 september kl. 9.30", "onsdag 8 september kl. 13.00"),
              reason="länsstyrelsens besked har skjutits upp"),
            "Styrgruppsmöte hamnutbyggnaden – nya tider",
            """
Hej Ragnhild,

Länsstyrelsen har skjutit upp sitt besked, och utan det har vi inte mycket att besluta om på torsdagens styrgruppsmöte om hamnutbyggnaden i Oxelösund. Jag föreslår därför att vi flyttar mötet till

- tisdag 7 september kl. halv tio, eller
- onsdag 8 september kl. 13.00.

Hör av dig om vilken tid som passar bäst.

Vänliga hälsningar
Anders Wikström
""", "correct: formal Swedish mail by first name, 'kl. halv tio' for 9.30, list of slots")),
    (T1, ok(S("sv", "reschedule", "Olle Bergkvist", "Frida Lantz", "friendly", "regular",
              meeting="Genomgång av julbordsbokningarna", at="tisdag 22 december kl. 10.00",
              props=("tisdag 29 december kl. 10.00",), reason="jag har fått influensa"),
            "Julbordsgenomgången – nästa tisdag?",
            """
Hej Olle!

Jag har dragit på mig influensan och ligger nerbäddad, så genomgången av julbordsbokningarna i morgon får vänta. Kan vi ta den nästa tisdag, den 29:e, samma tid?

Ha det gott så länge!
Frida
""", "correct: 'i morgon' (today Mon 21), 'samma tid', 'den 29:e'")),
    (T2, ok(S("sv", "reschedule", "Göran Wallin", "Emelie Forsberg", "formal", "new",
              meeting="Visning av lokalen på Kungsgatan", at="torsdag 25 februari kl. 15.00",
              props=("måndag 1 mars kl. 16.30",)),
            "Visning Kungsgatan – måndag 1 mars",
            """
Hej Göran Wallin,

Tyvärr måste jag flytta visningen av lokalen på Kungsgatan som vi bokat på torsdag klockan tre. Skulle måndagen den 1 mars kl. 16.30 fungera för dig i stället?

Ber om ursäkt för besväret.

Med vänlig hälsning
Emelie Forsberg
""", "correct: full name greeting, 'klockan tre' for 15.00, 'måndagen den 1 mars'")),
    (T3, ok(S("sv", "reschedule", "Karolina Ek", "Petter Holm", "formal", "regular",
              meeting="Avstämning om skolskjutsupphandlingen", at="fredag 28 maj kl. 8.30",
              props=("torsdag 3 juni kl. 8.30",), reason="ett akut ärende i kommunstyrelsen"),
            "Avstämning skolskjuts: torsdag 3 juni",
            """
Hej Karolina,

Ett akut ärende i kommunstyrelsen har hamnat på fredag förmiddag, så jag behöver flytta vår avstämning om skolskjutsupphandlingen. Passar torsdagen den 3 juni, samma tid (halv nio)?

Vänligen
Petter Holm
""", "correct: 'samma tid (halv nio)', reason paraphrased")),
    (T5, ok(S("sv", "decline", "Gunnel Ekdahl", "Martin Sandberg", "formal", "new",
              meeting="Demonstration av ert bokföringssystem", at="onsdag 27 oktober kl. 14.00",
              reason="vi har redan bytt system i år"),
            "Demonstrationen 27 oktober",
            """
Hej Gunnel Ekdahl,

Tack för erbjudandet om en demonstration av ert bokföringssystem. Vi bytte dock system tidigare i år, så det vore inte rätt att ta er tid i anspråk på onsdag den 27 oktober.

Jag sparar gärna era uppgifter till framtiden.

Med vänliga hälsningar
Martin Sandberg
""", "correct: 'onsdag den 27 oktober', reason paraphrased")),
    (T2, ok(S("sv", "decline", "Jonas Lundqvist", "Maja Strand", "friendly", "key",
              meeting="Kickoff för vårens löparklubb", at="lördag 6 mars kl. 9.00",
              reason="jag är på fjällen den helgen"),
            "Kickoffen på lördag",
            """
Hej Jonas!

Vad roligt med kickoffen för vårens löparklubb! Tyvärr är jag på fjällen den helgen, så jag får stå över den här gången. Spring en extra kilometer för mig!

Kram,
Maja
""", "correct: idiom 'spring en extra kilometer' (no fact)")),
    (T1, ok(S("sv", "shorten", "Birger Nyström", "Sara Åkesson", "formal", "regular",
              meeting="Budgetmöte för fastighetsunderhållet", at="onsdag 23 december kl. 9.00", dur=30),
            "Budgetmötet på onsdag",
            """
Hej Birger,

Inför onsdagens budgetmöte för fastighetsunderhållet: skulle vi kunna korta det till en halvtimme? Jag skickar underlaget i förväg så att vi kan gå direkt på besluten.

Med vänlig hälsning
Sara Åkesson
""", "correct: 'en halvtimme' for 30")),
    (T4, ok(S("sv", "shorten", "Linnéa Dahlgren", "Oskar Hed", "friendly", "regular",
              meeting="Planering av höstens kurshelger", at="fredag 3 september kl. 13.00", dur=45),
            "Kortare planering på fredag?",
            """
Hej Linnéa!

Kan vi köra planeringen av höstens kurshelger på fredag på tre kvart i stället? Jag har det mesta klart, så det går i en handvändning.

Hörs!
Oskar
""", "correct: 'tre kvart' for 45, idiom 'i en handvändning'")),
    (T3, ok(S("sv", "switch_to_call", "Torbjörn Lindahl", "Hanna Vikström", "formal", "key",
              meeting="Leverantörsmöte om förpackningsmaterial", at="måndag 31 maj kl. 10.00",
              props=("måndag 31 maj kl. 14.00",), reason="tågen mellan Stockholm och Uppsala är inställda"),
            "Leverantörsmötet blir ett samtal",
            """
Hej Torbjörn,

Eftersom tågen mellan Stockholm och Uppsala är inställda på måndag föreslår jag att vi tar leverantörsmötet om förpackningsmaterial per telefon i stället, samma dag kl. 14.00.

Vänliga hälsningar
Hanna Vikström
""", "correct: 'samma dag kl. 14.00'")),
    (T5, ok(S("sv", "switch_to_call", "Agneta Persson", "Viktor Blom", "friendly", "regular",
              meeting="Genomgång av trädgårdsritningen", at="fredag 22 oktober kl. 11.00",
              props=("måndag 25 oktober kl. 8.00",)),
            "Ritningen – vi ringer i stället",
            """
Hej Agneta!

Ritningen till trädgården är i stort sett klar, så vi behöver inte ses. Jag ringer dig på måndag klockan åtta i stället, om det passar?

Ha en fin helg!
Viktor
""", "correct: 'klockan åtta' for 8.00, 'på måndag'")),
    (T2, ok(S("sv", "switch_to_email", "Kjell Åström", "Ida Nordenfelt", "formal", "regular",
              meeting="Genomgång av försäkringsvillkoren", at="fredag 26 februari kl. 10.00",
              reason="det gäller bara ett par ändrade villkor"),
            "Försäkringsvillkoren via e-post",
            """
Hej Kjell,

Eftersom det bara gäller ett par ändrade villkor tänker jag att vi kan sköta genomgången av försäkringsvillkoren via e-post i stället för att ses på fredag. Jag skickar en sammanfattning inom kort.

Med vänlig hälsning
Ida Nordenfelt
""", "correct: 'ett par ändrade villkor' from the reason")),
    (T4, ok(S("sv", "switch_to_email", "Berit Hellström", "Lukas Norberg", "formal", "key",
              meeting="Kvartalsrapport för vindkraftsparken", at="måndag 6 september kl. 13.30",
              props=("måndag 13 september kl. 13.30",)),
            "Kvartalsrapporten skriftligt",
            """
Hej Berit,

Jag föreslår att jag skickar kvartalsrapporten för vindkraftsparken skriftligt i stället för att vi går igenom den på måndag. Vill du ändå diskutera den muntligt kan vi ses måndagen därpå, den 13 september, vid halv två.

Vänliga hälsningar
Lukas Norberg
""", "correct: 'måndagen därpå, den 13 september, vid halv två' for 13.30")),
    (T5, ok(S("sv", "delegate", "Mikael Fors", "Elin Sjögren", "formal", "regular",
              meeting="Besiktning av ventilationen i skolan", at="torsdag 28 oktober kl. 7.30",
              col="Jesper Lund", reason="jag är på utbildning i Luleå"),
            "Besiktningen av ventilationen",
            """
Hej Mikael,

Jag är på utbildning i Luleå nästa vecka, så besiktningen av ventilationen i skolan på torsdag den 28 oktober kl. 7.30 görs av min kollega Jesper Lund. Han har varit med vid de tidigare besiktningarna.

Med vänlig hälsning
Elin Sjögren
""", "correct: colleague full name, 'torsdag den 28 oktober'")),
    (T3, ok(S("sv", "delegate", "Annika Berglöf", "Niklas Hammar", "friendly", "key",
              meeting="Provsmakning av bröllopstårtan", at="onsdag 2 juni kl. 15.00",
              col="Tove Lindqvist"),
            "Provsmakningen nästa onsdag",
            """
Hej Annika!

Jag kan tyvärr inte vara med på provsmakningen av bröllopstårtan nästa onsdag, men Tove tar hand om er kl. 15 precis som planerat. Hon har gjort de flesta av våra tårtor i år!

Kram,
Niklas
""", "correct: colleague by first name, 'nästa onsdag' (2 June, today Wed 26 May)")),
    (T1, ok(S("sv", "no_show_followup", "Henrik Sundin", "Lovisa Grahn", "formal", "new",
              meeting="Första rådgivningsmötet om pension", at="fredag 18 december kl. 14.00",
              props=("tisdag 5 januari kl. 14.00", "torsdag 7 januari kl. 10.00")),
            "Vårt möte i fredags",
            """
Hej Henrik Sundin,

Jag väntade på dig i fredags kl. 14 till vårt första rådgivningsmöte om pension. Jag hoppas att allt är väl.

Om du vill boka en ny tid kan jag erbjuda tisdag den 5 januari kl. 14.00 eller torsdag den 7 januari kl. 10.00.

Vänliga hälsningar
Lovisa Grahn
""", "correct: past meeting 'i fredags' (18 Dec)")),
    (T4, ok(S("sv", "no_show_followup", "Ebba Falk", "Rasmus Öhrvall", "friendly", "regular",
              meeting="Simlektion för nybörjare", at="måndag 30 augusti kl. 17.00",
              props=("torsdag 2 september kl. 17.00",), pol={"notice_hours": 24, "fee_percent": 100}),
            "Simlektionen i går",
            """
Hej Ebba!

Vi saknade dig på simlektionen i går kl. fem – är allt okej? Vill du ta igen den kan du komma på torsdag samma tid.

En liten påminnelse bara: lektioner som inte avbokas senast ett dygn (24 timmar) innan debiteras fullt ut, alltså 100 %.

Hälsningar
Rasmus
""", "correct: 'i går kl. fem', 'ett dygn (24 timmar)', 'fullt ut, alltså 100 %'")),
    (T2, ok(S("sv", "late_cancellation", "Per-Erik Hagström", "Sofia Lindgren", "formal", "key",
              meeting="Konferensmiddag för ledningsgruppen", at="måndag 22 februari kl. 18.00",
              props=("torsdag 4 mars kl. 18.00",), reason="flera i ledningsgruppen blev sjuka",
              pol={"notice_hours": 48, "fee_percent": 50, "deposit_percent": 20}),
            "Konferensmiddagen",
            """
Hej Per-Erik,

Tack för att du hörde av dig om konferensmiddagen i går, och krya på er alla i ledningsgruppen. Vi kan ordna en ny middag torsdag den 4 mars kl. 18.00.

Enligt våra villkor debiteras hälften av priset (50 %) vid avbokning senare än 48 timmar innan, och handpenningen på 20 % återbetalas inte.

Med vänlig hälsning
Sofia Lindgren
""", "correct: 'hälften av priset (50 %)', handpenning 20 % with its own term")),
    (T5, ok(S("sv", "late_cancellation", "Sixten Moberg", "Ylva Carlsson", "friendly", "regular",
              meeting="Massagebehandling", at="tisdag 19 oktober kl. 16.00",
              pol={"notice_hours": 24, "fee_percent": 50}),
            "Behandlingen i går",
            """
Hej Sixten!

Inga problem med avbokningen i sista stund i går, sånt händer. Jag måste bara påminna om att avbokningar senare än 24 timmar innan debiteras med halva priset, dvs. 50 %. Säg till när du vill boka en ny tid!

Hälsningar
Ylva
""", "correct: 'i sista stund' idiom, 'halva priset, dvs. 50 %'")),
    (T3, ok(S("sv", "cancellation_policy", "Marianne Thorén", "David Eklund", "formal", "new",
              pol={"notice_hours": 72, "deposit_percent": 25}),
            "Våra avbokningsregler",
            """
Hej Marianne Thorén,

Välkommen som kund hos oss! Här är våra avbokningsregler: vid bokning betalar du en handpenning på 25 %, och avbokning ska ske senast tre dygn (72 timmar) innan. Vid senare avbokning behåller vi handpenningen.

Med vänlig hälsning
David Eklund
""", "correct: policy without meeting, 'tre dygn (72 timmar)'")),
    (T1, ok(S("sv", "cancellation_policy", "Ulrika Boman", "Tobias Wennberg", "friendly", "key",
              meeting="Vinprovning i källaren", at="onsdag 30 december kl. 19.00",
              pol={"notice_hours": 48, "fee_percent": 30}),
            "Vinprovningen nästa vecka",
            """
Hej Ulrika!

Vad kul att ni kommer på vinprovningen i källaren onsdag den 30 december! Bara så att det är sagt: avbokar ni senare än två dygn innan (48 timmar) tar vi ut 30 % av priset.

Vi ses!
Tobias
""", "correct: 'två dygn innan (48 timmar)', fee 30 %")),
    # ------------------------------------------------------------------ flawed
    (T5, bad("time_swapped", S("sv", "reschedule", "Lennart Blomqvist", "Cecilia Rydén", "formal", "regular",
                               meeting="Möte om nya parkeringsavtalet", at="måndag 25 oktober kl. 10.00",
                               props=("tisdag 2 november kl. 10.00",)),
             "Parkeringsavtalet – ny tid",
             """
Hej Lennart,

Jag behöver tyvärr flytta vårt möte om det nya parkeringsavtalet från tisdag den 2 november. Skulle måndag den 25 oktober kl. 10.00 passa i stället?

Med vänlig hälsning
Cecilia Rydén
""", "old date (25 Oct) offered as the new one, new date (2 Nov) given as the one moved")),
    (T2, bad("time_recap_wrong", S("sv", "switch_to_call", "Inger Malmberg", "Jakob Stenlund", "formal", "new",
                                   meeting="Offertgenomgång för taklagningen", at="onsdag 24 februari kl. 13.00",
                                   props=("onsdag 24 februari kl. 15.30",)),
             "Offertgenomgången per telefon",
             """
Hej Inger Malmberg,

Jag föreslår att vi tar offertgenomgången för taklagningen per telefon i morgon, kl. 15.30 i stället för på plats.

Jag ringer dig alltså i morgon klockan tre. Hör av dig om det inte passar.

Vänliga hälsningar
Jakob Stenlund
""", "closing recap 'i morgon klockan tre' (15.00), not the offered 15.30")),
    (T1, bad("weekday_wrong", S("sv", "no_show_followup", "Sture Hallberg", "Amanda Roos", "formal", "regular",
                                meeting="Hörselundersökning", at="torsdag 17 december kl. 9.00",
                                props=("måndag 11 januari kl. 9.00",)),
             "Din hörselundersökning",
             """
Hej Sture,

Vi hade en tid för din hörselundersökning i torsdags kl. 9, men du kom inte. Jag hoppas att allt är bra.

Vi kan erbjuda en ny tid tisdag den 11 januari kl. 9.00.

Med vänlig hälsning
Amanda Roos
""", "body 'tisdag den 11 januari'; 11 January 2027 is a Monday")),
    (T4, bad("percent_swapped", S("sv", "cancellation_policy", "Harald Lövgren", "Josefin Bäck", "formal", "new",
                                  meeting="Fotografering av företagsporträtt", at="fredag 10 september kl. 10.00",
                                  pol={"notice_hours": 48, "fee_percent": 35, "deposit_percent": 15}),
             "Villkor inför fotograferingen",
             """
Hej Harald,

Inför fotograferingen av företagsporträtt fredag den 10 september vill jag påminna om våra villkor: handpenningen är 35 % och vid avbokning senare än 48 timmar innan debiteras 15 % av priset.

Med vänlig hälsning
Josefin Bäck
""", "deposit 35 % and fee 15 % swapped (given fee 35, deposit 15)")),
    (T3, bad("policy_invented", S("sv", "reschedule", "Solveig Engström", "Fredrik Ahl", "friendly", "regular",
                                  meeting="Pianostämning", at="torsdag 27 maj kl. 12.00",
                                  props=("fredag 4 juni kl. 12.00",)),
             "Pianostämningen",
             """
Hej Solveig!

Jag måste tyvärr flytta pianostämningen i morgon. Går det bra fredag den 4 juni vid lunch i stället? Ingen fara om den inte passar, ombokningar är alltid gratis hos mig.

Hälsningar
Fredrik
""", "'ombokningar är alltid gratis': a policy promise in words, no policy given")),
    (T5, bad("policy_invented", S("sv", "late_cancellation", "Vera Lindblad", "Patrik Sjöholm", "formal", "key",
                                  meeting="Hyra av festlokalen", at="måndag 18 oktober kl. 17.00",
                                  props=("fredag 29 oktober kl. 17.00",)),
             "Festlokalen",
             """
Hej Vera,

Tack för beskedet om avbokningen av festlokalen i måndags. Vi kan erbjuda fredag den 29 oktober kl. 17.00 i stället.

Eftersom avbokningen kom samma dag debiteras hela hyran enligt våra villkor.

Med vänlig hälsning
Patrik Sjöholm
""", "'debiteras hela hyran': policy in words, no policy given")),
    (T2, bad("number_invented", S("sv", "delegate", "Rune Gustavsson", "Elsa Mårtensson", "formal", "regular",
                                  meeting="Värdering av sommarhuset på Orust", at="tisdag 2 mars kl. 11.00",
                                  col="Felix Granath"),
             "Värderingen av sommarhuset",
             """
Hej Rune,

Jag har fått förhinder tisdag den 2 mars, så värderingen av sommarhuset på Orust görs av min kollega Felix Granath kl. 11.00. Han räknar med att vara klar inom två timmar.

Med vänlig hälsning
Elsa Mårtensson
""", "'inom två timmar' duration nobody gave")),
    (T4, bad("number_invented", S("sv", "switch_to_email", "Tuva Lindström", "Gustav Eriksson", "friendly", "regular",
                                  meeting="Genomgång av hyresgästenkäten", at="onsdag 1 september kl. 15.00"),
             "Enkäten på mejl",
             """
Hej Tuva!

Vi kan väl ta genomgången av hyresgästenkäten på mejl i stället för i morgon? Kort sagt var 78 % nöjda, så det är mest detaljer kvar. Jag skickar sammanställningen separat.

Hälsningar
Gustav
""", "'78 % nöjda' statistic nobody gave")),
    (T1, bad("discount_invented", S("sv", "reschedule", "Claes Ivarsson", "Moa Backman", "formal", "key",
                                    meeting="Leverans och montering av köksluckor", at="tisdag 29 december kl. 8.00",
                                    props=("fredag 8 januari kl. 8.00",),
                                    reason="fabriken har levererat fel färg; kunden har frågat om kompensation"),
             "Köksluckorna – ny leveransdag",
             """
Hej Claes,

Fabriken har tyvärr levererat luckor i fel färg, så vi måste flytta leveransen och monteringen av köksluckorna till fredag den 8 januari kl. 8.00.

Som kompensation bjuder vi på monteringen.

Med vänlig hälsning
Moa Backman
""", "free assembly offered because the reason mentions a compensation request")),
    (T3, bad("discount_invented", S("sv", "shorten", "Barbro Nylander", "Kalle Hedberg", "friendly", "key",
                                    meeting="Frisörbesök med färgning", at="fredag 28 maj kl. 10.00", dur=60),
             "Fredag – lite kortare",
             """
Hej Barbro!

På fredag klockan tio hinner jag tyvärr bara en timme, så vi kör klippningen men skjuter färgningen till nästa gång. Den nästa gången får du 20 % rabatt för besväret!

Kram,
Kalle
""", "20 % discount nobody gave")),
    (T5, bad("link_invented", S("sv", "switch_to_call", "Arvid Sandström", "Nora Holmgren", "formal", "new",
                                meeting="Intervju om praktikplatsen", at="torsdag 21 oktober kl. 13.00",
                                props=("fredag 22 oktober kl. 13.00",)),
             "Intervjun blir digital",
             """
Hej Arvid,

Jag föreslår att vi håller intervjun om praktikplatsen som videosamtal på fredag kl. 13.00 i stället. Du ansluter via teams.microsoft.com/l/intervju-sandstrom.

Vänliga hälsningar
Nora Holmgren
""", "video link nobody gave")),
    (T2, bad("link_invented", S("sv", "decline", "Signe Wahlgren", "Anton Lager", "formal", "regular",
                                meeting="Mässmöte om nya produktkatalogen", at="torsdag 25 februari kl. 11.00",
                                reason="katalogen är inte klar än"),
             "Mötet på torsdag",
             """
Hej Signe,

Tack för inbjudan till mässmötet om den nya produktkatalogen. Eftersom katalogen inte är klar än avstår jag på torsdag. Den preliminära versionen finns dock redan på www.lagerprodukter.se/katalog2027.

Med vänlig hälsning
Anton Lager
""", "bare 'www…' link nobody gave")),
    (T4, bad("email_invented", S("sv", "no_show_followup", "Ingemar Dahl", "Rebecka Sundqvist", "formal", "new",
                                 meeting="Första mötet om bouppteckningen", at="fredag 27 augusti kl. 10.00",
                                 props=("tisdag 7 september kl. 10.00",)),
             "Mötet i fredags",
             """
Hej Ingemar,

Vi skulle ha träffats i fredags kl. 10 för det första mötet om bouppteckningen. Jag hoppas att inget har hänt.

Jag kan erbjuda en ny tid tisdag den 7 september kl. 10.00. Skicka gärna handlingarna i förväg till rebecka.sundqvist@gmail.com.

Vänliga hälsningar
Rebecka Sundqvist
""", "private e-mail address nobody gave")),
    (T1, bad("phone_invented", S("sv", "delegate", "Majken Svärd", "Henrik Wall", "formal", "regular",
                                 meeting="Överlämning av nycklarna till kontoret", at="måndag 4 januari kl. 9.00",
                                 col="Lina Ström"),
             "Nyckelöverlämningen 4 januari",
             """
Hej Majken,

Måndag den 4 januari kl. 9.00 tar min kollega Lina Ström hand om överlämningen av nycklarna till kontoret. Du når henne på 070-482 19 63 om något skulle krångla.

Med vänlig hälsning
Henrik Wall
""", "colleague's mobile number nobody gave")),
    (T3, bad("title_or_company_invented", S("sv", "switch_to_email", "Åke Lindell", "Therese Granlund", "formal", "key",
                                            meeting="Genomgång av revisionsrapporten", at="tisdag 1 juni kl. 13.00"),
             "Revisionsrapporten",
             """
Hej Åke,

Jag föreslår att vi hanterar genomgången av revisionsrapporten via e-post i stället för att ses på tisdag. Jag skickar mina kommentarer separat.

Med vänlig hälsning
Therese Granlund
Auktoriserad revisor, Granlund Revision AB
""", "title and company under the signature nobody gave")),
    (T2, bad("name_near_miss", S("sv", "shorten", "Gunvor Ahlström", "Pontus Kjellberg", "formal", "regular",
                                 meeting="Workshop om arbetsmiljöplanen", at="fredag 5 mars kl. 9.00", dur=90),
             "Workshopen den 5 mars",
             """
Hej Gunvor Almström,

Skulle vi kunna korta workshopen om arbetsmiljöplanen fredag den 5 mars till en och en halv timme? Jag skickar en agenda i förväg.

Med vänlig hälsning
Pontus Kjellberg
""", "'Almström' for Ahlström (one letter changed)")),
    (T4, bad("place_changed", S("sv", "reschedule", "Birgitta Wiklander", "Isak Modig", "formal", "key",
                                meeting="Platsbesök på lagret i Borås", at="torsdag 9 september kl. 10.00",
                                props=("måndag 13 september kl. 10.00",)),
             "Platsbesöket – ny dag",
             """
Hej Birgitta,

Jag behöver tyvärr flytta platsbesöket på lagret i Alingsås torsdag den 9 september. Passar måndag den 13 september kl. 10.00?

Med vänlig hälsning
Isak Modig
""", "the warehouse is in Borås; the mail says Alingsås")),
    (T5, bad("foreign_paragraph", S("sv", "decline", "Ove Jakobsson", "Klara Svedberg", "formal", "new",
                                    meeting="Presentation av ert nya städkoncept", at="tisdag 26 oktober kl. 14.00"),
             "Presentationen 26 oktober",
             """
Hej Ove Jakobsson,

Tack för erbjudandet om en presentation av ert nya städkoncept tisdag den 26 oktober.

Vi har dessverre ikke behov for en ny leverandør akkurat nå, men vi tar gjerne kontakt igjen senere.

Med vänlig hälsning
Klara Svedberg
""", "the decline paragraph is Norwegian in a Swedish mail")),
    (T3, bad("wrong_language_neighbour", S("sv", "reschedule", "Lisa Edvinsson", "Mattias Rönn", "friendly", "regular",
                                           meeting="Träningsplanering inför loppet", at="fredag 28 maj kl. 17.00",
                                           props=("tisdag 1 juni kl. 17.00",)),
             "Flytte treningsplanleggingen?",
             """
Hei Lisa!

Jeg må dessverre flytte treningsplanleggingen før løpet på fredag. Passer det for deg tirsdag 1. juni klokken 17 i stedet?

Hilsen
Mattias
""", "whole draft in Norwegian for a Swedish situation")),
    (T1, bad("wrong_language_neighbour", S("sv", "switch_to_call", "Mona Tidholm", "Jens Bergfors", "formal", "regular",
                                           meeting="Årsgenomgång av hyresavtalet", at="onsdag 30 december kl. 10.00",
                                           props=("onsdag 30 december kl. 14.00",)),
             "Årsgennemgang over telefonen",
             """
Hej Mona,

Jeg foreslår, at vi tager årsgennemgangen af lejeaftalen over telefonen i stedet for at mødes, onsdag den 30. december kl. 14.00.

Med venlig hilsen
Jens Bergfors
""", "whole draft in Danish for a Swedish situation")),
]
