"""v11, Swedish: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v11src._d import A, B, C, D, E


def S(*a, **k):
    return _S("sv", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Ylva Hedenstierna", "Petter Lindqvist-Öhman", "formal", "new",
             meeting="Intervju för tjänsten som lönespecialist", at="torsdag 15 juli kl. 13.00",
             props=["tisdag 20 juli kl. 13.00", "onsdag 21 juli kl. 9.30"],
             reason="rekryterande chef har blivit sjuk"),
           "Ny tid för din intervju",
           """
Hej Ylva,

Rekryterande chef har tyvärr blivit sjuk, och hon vill gärna vara med på intervjun för tjänsten som lönespecialist. Vi behöver därför flytta den.

Passar tisdag 20 juli, samma tid som tidigare (kl. 13), eller onsdag 21 juli vid halv tio? Hör av dig med det som passar bäst.

Vänliga hälsningar
Petter Lindqvist-Öhman
""", "correct: first name in formal Swedish mail, 'samma tid som tidigare (kl. 13)', 'vid halv tio'")),
    (A, ok(S("late_cancellation", "Signe Åkerlund", "Hampus Strandberg", "friendly", "regular",
             meeting="Familjefotografering på stranden i Torekov", at="måndag 12 juli kl. 19.00",
             props=["fredag 16 juli kl. 19.00"], reason="avbokning en timme innan via sms",
             pol={"notice_hours": 24, "deposit_percent": 50}),
           "Ny kväll i Torekov?",
           """
Hej Signe!

Tråkigt att det inte blev av i går kväll. Jag fick ditt sms en timme innan, så ingen fara med det.

Bara som en påminnelse om hur jag jobbar: handpenningen är hälften av priset (50 %) och avbokning ska helst ske ett dygn innan (24 timmar).

Jag har fredag 16 juli klockan sju ledig. Kvällsljuset i Torekov brukar vara magiskt då.

Kram,
Hampus
""", "correct: 'i går kväll' = Mon 12 July, 'hälften av priset (50 %)' bound to the deposit, 'klockan sju' for 19.00")),
    (A, ok(S("shorten", "Vilgot Rydberg", "Maria Sundelin", "formal", "regular",
             meeting="Årlig tandundersökning med röntgen", at="måndag 19 juli kl. 10.00", dur=30,
             reason="röntgenapparaten servas samma eftermiddag och vi har därför färre tider"),
           "Din tandundersökning måndag",
           """
Hej Vilgot Rydberg,

På måndag servas vår röntgenapparat och vi har därför något färre tider den dagen. Vi behåller din årliga undersökning kl. 10, men den kommer att ta en halvtimme.

Välkommen!

Med vänlig hälsning
Maria Sundelin
""", "correct: full name greeting, 'en halvtimme' for 30 minutes")),
    (A, ok(S("switch_to_email", "Gustav Ljungkvist", "Karin Ekebom", "formal", "regular",
             meeting="Genomgång av gödselplanen för höstsådden", at="onsdag 21 juli kl. 8.00",
             reason="jordproverna visar inga överraskningar"),
           "Gödselplanen på mejl",
           """
Hej Gustav,

Jordproverna från dina skiften visar inga överraskningar, så vi behöver nog inte ses på onsdag för att gå igenom gödselplanen inför höstsådden.

Jag mejlar den till dig i dag i stället. Säg till om något ser konstigt ut, så ringer jag.

Hälsningar
Karin Ekebom
""", "correct: 'i dag' not a slot, reason paraphrased")),
    (B, ok(S("decline", "Tove Almgren", "Emil Forsgren", "formal", "key",
             meeting="Lanseringsfest för den nya bokningsappen", at="fredag 27 augusti kl. 17.00",
             reason="jag är på en kundleverans i Umeå hela veckan"),
           "Lanseringsfesten på fredag",
           """
Hej Tove,

Tack för inbjudan till lanseringsfesten för den nya bokningsappen, vad roligt att den äntligen är ute!

Tyvärr är jag i Umeå hela veckan för en kundleverans och hinner inte tillbaka till fredag. Jag skålar för er på distans.

Vänliga hälsningar
Emil Forsgren
""", "correct: 'skålar för er på distans' idiom, no new date")),
    (B, ok(S("delegate", "Elin Grönvall", "Matilda Runesson", "friendly", "regular",
             meeting="Visning av festlokalen på Ulriksdal", at="onsdag 25 augusti kl. 16.30",
             col="Jonna Källström", reason="jag är bortrest på ett bröllop i Visby"),
           "Visningen på onsdag",
           """
Hej Elin!

Jag är iväg på ett bröllop i Visby den här veckan, så jag kan inte visa festlokalen på Ulriksdal på onsdag.

Min kollega Jonna Källström tar visningen i stället, halv fem precis som vi sagt. Hon vet allt om lokalen och har mina anteckningar om er gästlista.

Kram,
Matilda
""", "correct: 'halv fem' for 16.30, reason paraphrased")),
    (B, ok(S("cancellation_policy", "Rasmus Wiklander", "Annika Holmqvist", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Välkommen till kliniken",
           """
Hej Rasmus,

Välkommen som ny patient hos oss!

Vi vill gärna informera om våra avbokningsregler: en tid som avbokas senare än ett dygn (24 timmar) innan debiteras fullt ut. Vi hoppas att du förstår att vi annars inte hinner erbjuda tiden till någon annan.

Med vänlig hälsning
Annika Holmqvist
""", "correct: policy without a meeting, 'ett dygn (24 timmar)', 'fullt ut' for 100 %")),
    (B, ok(S("switch_to_call", "Bertil Sjöholm", "Linnea Kjellberg", "formal", "regular",
             meeting="Genomgång av fastighetsvärderingen i Nacka", at="torsdag 26 augusti kl. 14.00",
             props=["torsdag 26 augusti kl. 15.30"], reason="mätbilen är inne på reparation"),
           "Värderingen i Nacka – telefon i stället?",
           """
Hej Bertil,

Vår mätbil står på verkstad, så jag kan tyvärr inte ta mig ut till Nacka på torsdag. Kan vi ta genomgången av fastighetsvärderingen per telefon i stället, samma dag klockan halv fyra?

Jag skickar underlaget i förväg så att du har det framför dig.

Vänliga hälsningar
Linnea Kjellberg
""", "correct: 'klockan halv fyra' for 15.30, 'står på verkstad' for 'är inne på reparation'")),
    (C, ok(S("no_show_followup", "Oskar Lindahl", "Sara Bergkvist", "formal", "new",
             meeting="Videointervju för tjänsten som lagerchef", at="tisdag 14 september kl. 10.00",
             props=["måndag 20 september kl. 10.00", "tisdag 21 september kl. 14.00"]),
           "Vår intervju i tisdags",
           """
Hej Oskar,

Vi hade en videointervju inbokad i tisdags kl. 10 för tjänsten som lagerchef, men du dök aldrig upp i mötet. Jag hoppas att allt är bra och att det bara var tekniken som krånglade.

Om du fortfarande är intresserad kan vi ses måndag 20 september klockan tio eller tisdag 21 september klockan två.

Vänliga hälsningar
Sara Bergkvist
""", "correct: 'i tisdags kl. 10' = Tue 14 Sept, 'klockan två' for 14.00")),
    (C, ok(S("reschedule", "Hanna Lövgren", "Stefan Widmark", "friendly", "regular",
             meeting="Halkbanekörning i Sigtuna", at="fredag 17 september kl. 11.00",
             props=["fredag 24 september kl. 11.00"], reason="halkbanan stänger för underhåll"),
           "Halkan flyttas en vecka",
           """
Hej Hanna!

Halkbanan i Sigtuna stänger för underhåll i morgon, så vi får skjuta på din halkbanekörning. Vi tar den i stället fredagen därpå, den 24:e, samma tid klockan elva.

Glöm inte körkortstillståndet!

Hälsningar
Stefan
""", "correct: 'i morgon' = Fri 17 Sept, 'fredagen därpå, den 24:e', 'klockan elva'")),
    (C, ok(S("late_cancellation", "Ebba Ståhlberg", "Johan Tornberg", "formal", "regular",
             meeting="Tandblekning med skena", at="onsdag 15 september kl. 16.15",
             props=["torsdag 23 september kl. 16.15"], reason="avbokning på morgonen samma dag",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Avbokad tandblekning",
           """
Hej Ebba,

Vi har tagit emot din avbokning av tandblekningen i går kl. 16.15, som kom in på morgonen samma dag.

Enligt våra villkor debiterar vi halva avgiften (50 %) när en tid avbokas med kortare varsel än två dygn (48 timmar).

Vi kan erbjuda en ny tid torsdag 23 september, kvart över fyra.

Med vänlig hälsning
Johan Tornberg
""", "correct: 'halva avgiften (50 %)', 'två dygn (48 timmar)', 'kvart över fyra' for 16.15")),
    (C, ok(S("switch_to_email", "Kristoffer Nyblom", "Alva Sandström", "formal", "regular",
             meeting="Avstämning av specifikationen för kundportalen", at="måndag 20 september kl. 13.00",
             reason="det är bara ett par frågor kvar att besvara"),
           "Specen för kundportalen",
           """
Hej Kristoffer,

Det är bara ett par frågor kvar att reda ut i specifikationen för kundportalen. Jag tror att vi löser dem snabbare över mejl än på ett möte på måndag.

Jag skickar frågorna i eftermiddag, så svarar du när det passar.

Hälsningar
Alva Sandström
""", "correct: 'ett par frågor' from the reason, 'i eftermiddag' not a slot")),
    (D, ok(S("decline", "Göran Hellström", "Frida Westerlund", "formal", "regular",
             meeting="Skördefest hos Lantbrukarnas lokalavdelning", at="lördag 16 oktober kl. 15.00",
             reason="jag är på rådgivarkonferens i Uppsala hela helgen"),
           "Skördefesten",
           """
Hej Göran,

Stort tack för inbjudan till skördefesten. Tyvärr sitter jag på en rådgivarkonferens i Uppsala hela helgen och kan inte komma den 16 oktober.

Hälsa alla och ha en riktigt trevlig fest!

Vänliga hälsningar
Frida Westerlund
""", "correct: 'den 16 oktober' without weekday")),
    (D, ok(S("delegate", "Agnes Råberg", "Viktor Enqvist", "formal", "key",
             meeting="Porträttfotografering för ledningsgruppen", at="tisdag 12 oktober kl. 9.00",
             col="Nora Hammarlund", reason="jag har brutit handleden"),
           "Fotograferingen på tisdag",
           """
Hej Agnes,

Jag har tyvärr brutit handleden och kan inte hålla i kameran på ett tag.

Porträttfotograferingen av ledningsgruppen på tisdag blir ändå av som planerat, klockan nio: min kollega Nora Hammarlund tar över. Hon har samma utrustning och känner till ljuset i era lokaler.

Med vänliga hälsningar
Viktor Enqvist
""", "correct: 'klockan nio' for 9.00")),
    (D, ok(S("shorten", "Margareta Dahlén", "Anders Fjellström", "formal", "regular",
             meeting="Besiktning inför köpet av radhuset", at="onsdag 13 oktober kl. 13.00", dur=90,
             reason="jag har en förrättning i Täby direkt efteråt"),
           "Besiktningen på onsdag",
           """
Hej Margareta,

Jag har en förrättning i Täby direkt efter besiktningen på onsdag. Vi börjar klockan ett som planerat, men jag behöver begränsa besiktningen av radhuset till en och en halv timme.

Det räcker gott för ett radhus i den storleken, så du behöver inte oroa dig.

Vänliga hälsningar
Anders Fjellström
""", "correct: 'en och en halv timme' for 90 minutes, 'klockan ett' for 13.00")),
    (D, ok(S("no_show_followup", "Leo Häggström", "Camilla Norrby", "friendly", "regular",
             meeting="Körlektion i stadstrafik", at="torsdag 7 oktober kl. 15.30",
             props=["tisdag 12 oktober kl. 15.30", "torsdag 14 oktober kl. 8.00"]),
           "Körlektionen i går",
           """
Hej Leo!

Jag väntade på dig vid trafikskolan i går halv fyra, men du kom aldrig. Hoppas allt är okej!

Vill du boka om lektionen i stadstrafik kan jag tisdag 12/10 samma tid, eller torsdag 14/10 klockan åtta på morgonen.

Hälsningar
Camilla
""", "correct: 'i går halv fyra' = Thu 7 Oct 15.30, '12/10 samma tid', 'klockan åtta på morgonen'")),
    (E, ok(S("cancellation_policy", "Ingrid Björklöf", "Tobias Rehn", "formal", "new",
             meeting="Bröllopsfotografering i Skeppsholmskyrkan", at="lördag 20 november kl. 14.00",
             pol={"notice_hours": 336, "fee_percent": 50, "deposit_percent": 25}),
           "Villkor för bröllopsfotograferingen",
           """
Hej Ingrid,

Inför bröllopsfotograferingen i Skeppsholmskyrkan lördag 20 november kl. 14 vill jag sammanfatta mina villkor:

– handpenning: 25 % av priset vid bokning
– vid avbokning senare än två veckor (336 timmar) före bröllopet debiteras 50 % av priset

Hör gärna av dig om något är oklart.

Vänliga hälsningar
Tobias Rehn
""", "correct: 'två veckor (336 timmar)', each percentage with its own term")),
    (E, ok(S("switch_to_call", "Ronja Gustavsson", "Mikael Berglöf", "friendly", "regular",
             meeting="Utvecklingssamtal om karriärbytet", at="torsdag 11 november kl. 17.00",
             reason="jag sitter fast i Luleå efter ett inställt flyg"),
           "Vi tar det på telefon",
           """
Hej Ronja!

Mitt flyg hem från Luleå är inställt, så jag hinner inte tillbaka till kontoret i morgon. Ska vi ta vårt samtal om karriärbytet på telefon i stället, fortfarande klockan fem?

Jag ringer dig!

Hälsningar
Mikael
""", "correct: 'i morgon' = Thu 11 Nov, 'klockan fem' for 17.00, a call at the meeting time")),
    (E, ok(S("reschedule", "Felicia Boström", "Louise Adolfsson", "formal", "key",
             meeting="Provsmakning av bröllopsmenyn på Villa Sjövik", at="fredag 12 november kl. 18.00",
             props=["fredag 19 november kl. 18.00", "lördag 20 november kl. 12.00"],
             reason="kökschefen är sjuk"),
           "Provsmakningen på Villa Sjövik",
           """
Hej Felicia,

Kökschefen på Villa Sjövik är sjuk och kan inte laga provsmakningsmenyn på fredag. Vi flyttar därför provsmakningen.

Jag kan erbjuda:
• fredag 19 november kl. 18.00
• lördag 20 november kl. 12.00

Säg vilket som passar er bäst, så bokar jag.

Varma hälsningar
Louise Adolfsson
""", "correct: bullet list of the given slots")),
    (E, ok(S("late_cancellation", "Arvid Nordenskjöld", "Sofia Lindroth", "formal", "regular",
             meeting="Kurs i fruktträdsbeskärning", at="tisdag 9 november kl. 9.00",
             props=["tisdag 16 november kl. 9.00"], reason="avbokning kvällen innan",
             pol={"notice_hours": 72, "fee_percent": 25}),
           "Beskärningskursen i går",
           """
Hej Arvid,

Vi fick din avbokning av kursen i fruktträdsbeskärning kvällen innan. Synd att du missade den!

Som det står i kursvillkoren tar vi ut en fjärdedel av kursavgiften (25 %) vid avbokning senare än tre dygn (72 timmar) före kursstart.

Vill du gå nästa tillfälle har vi platser tisdag 16 november kl. 9.

Vänliga hälsningar
Sofia Lindroth
""", "correct: 'en fjärdedel av kursavgiften (25 %)', 'tre dygn (72 timmar)'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("wrong_language_neighbour", S("reschedule", "Cecilia Wahlgren", "Henrik Östlund", "formal", "regular",
                                          meeting="Kalibrering av kundens nya CRM-integration", at="fredag 16 juli kl. 10.00",
                                          props=["tisdag 20 juli kl. 10.00"], reason="leverantörens API ligger nere"),
            "Ny tid for kalibreringen",
            """
Hei Cecilia,

Leverandørens API er nede, så vi må dessverre flytte kalibreringen av den nye CRM-integrasjonen.

Passer det for deg tirsdag 20. juli klokken 10? Gi meg gjerne beskjed så snart du kan.

Med vennlig hilsen
Henrik Östlund
""", "whole draft in Norwegian (bokmål) for a Swedish situation")),
    (A, bad("time_swapped", S("reschedule", "Maja Hesselgren", "David Karlberg", "formal", "regular",
                              meeting="Utprovning av bettskena", at="onsdag 14 juli kl. 8.30",
                              props=["onsdag 14 juli kl. 15.00"], reason="tandteknikern levererar skenan först vid lunch"),
            "Utprovning av bettskena",
            """
Hej Maja,

Tandteknikern levererar inte din bettskena förrän vid lunch i morgon. Vi behöver därför flytta utprovningen från klockan tre till halv nio samma dag.

Passar det?

Med vänlig hälsning
David Karlberg
""", "hours swapped: the fitting is at 8.30 and moves to 15.00")),
    (A, bad("policy_invented", S("late_cancellation", "Albin Sjödin", "Pernilla Åberg", "formal", "regular",
                                 meeting="Riskettan-utbildning", at="måndag 12 juli kl. 17.00",
                                 props=["måndag 19 juli kl. 17.00"], reason="avbokning en halvtimme innan"),
            "Riskettan i går",
            """
Hej Albin,

Vi fick din avbokning av riskettan-utbildningen en halvtimme innan start i går.

Eftersom avbokningen kom så sent debiterar vi halva kursavgiften, enligt våra villkor.

Nästa tillfälle är måndag 19 juli kl. 17. Vill du att vi bokar in dig?

Vänliga hälsningar
Pernilla Åberg
""", "half the course fee charged: no policy given")),
    (A, bad("link_invented", S("switch_to_call", "Jesper Lundmark", "Elsa Hagström", "formal", "key",
                               meeting="Workshop om appens nya betalflöde", at="torsdag 22 juli kl. 10.00",
                               reason="halva teamet sitter i Göteborg den veckan"),
            "Workshop på distans",
            """
Hej Jesper,

Halva teamet sitter i Göteborg den veckan, så jag föreslår att vi kör workshopen om appens nya betalflöde digitalt, torsdag kl. 10 som planerat.

Länk till mötet: https://zoom.us/j/84120937561

Vänliga hälsningar
Elsa Hagström
""", "a meeting link nobody gave")),
    (B, bad("time_recap_wrong", S("switch_to_call", "Kjell Rosenlund", "Amanda Grip", "formal", "regular",
                                  meeting="Gårdsbesök om betesplanen", at="tisdag 24 augusti kl. 13.00",
                                  props=["onsdag 25 augusti kl. 8.00"], reason="bilen gick sönder i morse"),
            "Betesplanen – vi ringer",
            """
Hej Kjell,

Bilen gick sönder i morse och jag kommer inte ut till gården i morgon. Kan vi ta betesplanen på telefon i stället, onsdag klockan åtta?

Jag ringer dig alltså på onsdag klockan ett.

Vänliga hälsningar
Amanda Grip
""", "recap names one o'clock (the old hour); the call is at 8.00")),
    (B, bad("weekday_wrong", S("reschedule", "Tilda Engström", "Simon Ahlqvist", "friendly", "regular",
                               meeting="Fotografering av förlovningsbilder i Slottsskogen", at="torsdag 26 augusti kl. 18.30",
                               props=["tisdag 31 augusti kl. 18.30"], reason="det ska regna hela torsdagen"),
            "Ny dag: onsdag 31 augusti",
            """
Hej Tilda!

Det ska regna hela torsdagen, så vi flyttar förlovningsbilderna i Slottsskogen. Vad sägs om tisdag 31 augusti, samma tid (halv sju)?

Hälsningar
Simon
""", "subject says 'onsdag 31 augusti'; 31 August 2027 is a Tuesday (body right)")),
    (B, bad("percent_swapped", S("late_cancellation", "Moa Lindblad", "Erik Tengvall", "formal", "regular",
                                 meeting="Implantatkontroll", at="fredag 20 augusti kl. 11.00",
                                 props=["onsdag 25 augusti kl. 11.00"], reason="avbokning samma morgon",
                                 pol={"notice_hours": 24, "fee_percent": 60, "deposit_percent": 20}),
            "Din implantatkontroll",
            """
Hej Moa,

Vi fick din avbokning av implantatkontrollen i fredags morse.

Vi vill påminna om våra villkor: handpenningen är 60 % och vid avbokning senare än 24 timmar innan debiteras 20 % av behandlingskostnaden.

Vi har en ny tid onsdag 25 augusti kl. 11.

Med vänlig hälsning
Erik Tengvall
""", "deposit 20 % and fee 60 % given; the mail swaps them")),
    (B, bad("number_invented", S("decline", "Patrik Höglund", "Jenny Alvarsson", "formal", "new",
                                 meeting="Upphandlingsmöte om bemanning av kundtjänst", at="fredag 27 augusti kl. 9.00",
                                 reason="vi har inte kapacitet att ta nya uppdrag i höst"),
            "Upphandlingen av bemanning",
            """
Hej Patrik,

Tack för att ni tänkte på oss för bemanningen av er kundtjänst.

Vi har tyvärr inte kapacitet att ta nya uppdrag i höst, eftersom våra 18 rekryterare redan är fullbelagda, så jag tackar nej till mötet på fredag.

Vänliga hälsningar
Jenny Alvarsson
""", "'18 rekryterare' is a number nobody gave")),
    (C, bad("discount_invented", S("switch_to_email", "Vera Östberg", "Klara Nyqvist", "formal", "regular",
                                   meeting="Budgetmöte om bröllopet", at="tisdag 21 september kl. 18.00",
                                   reason="paret vill veta om det går att få rabatt på paketet"),
            "Budgeten för bröllopet",
            """
Hej Vera,

Ni undrade om det går att få rabatt på paketet. Jag tror att vi kan reda ut budgeten över mejl i stället för att ses på tisdag.

Jag kan erbjuda 12 % rabatt på helhetspaketet, och skickar en uppdaterad offert i kväll.

Varma hälsningar
Klara Nyqvist
""", "a 12 % discount because the reason mentions a request")),
    (C, bad("email_invented", S("delegate", "Harald Fornander", "Ida Rönnqvist", "formal", "regular",
                                meeting="Lantmäteriförrättning för fastighetsregleringen", at="torsdag 23 september kl. 10.00",
                                col="Gunnar Eriksson-Löf", reason="jag är föräldraledig från och med måndag"),
            "Förrättningen på torsdag",
            """
Hej Harald,

Jag är föräldraledig från och med måndag, så förrättningen för fastighetsregleringen på torsdag kl. 10 leds av min kollega Gunnar Eriksson-Löf.

Du når honom direkt på gunnar.eriksson-lof@matkonsult.se om du har frågor innan dess.

Vänliga hälsningar
Ida Rönnqvist
""", "an e-mail address nobody gave")),
    (C, bad("phone_invented", S("no_show_followup", "Noah Kvist", "Lena Björkman", "friendly", "regular",
                                meeting="Uppkörningsträning", at="onsdag 15 september kl. 14.00",
                                props=["måndag 20 september kl. 14.00"]),
            "Lektionen i går",
            """
Hej Noah!

Jag väntade på dig i går klockan två för uppkörningsträningen, men du dök inte upp. Hoppas allt är bra.

Vi kan köra måndag 20 september, samma tid. Sms:a mig på 070-318 44 92 så bokar jag!

Hälsningar
Lena
""", "a mobile number nobody gave")),
    (C, bad("wrong_language_neighbour", S("delegate", "Gunilla Ekdahl", "Jonas Mörk", "formal", "regular",
                                          meeting="Arbetsmiljöintervjuer med lagerpersonalen", at="måndag 20 september kl. 8.00",
                                          col="Emma Wallén", reason="jag måste vara på en förhandling i Malmö"),
            "Interviews med lagerpersonalet",
            """
Kære Gunilla,

Jeg skal desværre deltage i en forhandling i Malmö mandag den 20. september og kan derfor ikke gennemføre arbejdsmiljøinterviewene med lagerpersonalet.

Min kollega Emma Wallén overtager, og tidspunktet er uændret: klokken 8.

Med venlig hilsen
Jonas Mörk
""", "whole draft in Danish for a Swedish situation")),
    (D, bad("title_or_company_invented", S("reschedule", "Oliver Grankvist", "Nellie Fagerström", "formal", "regular",
                                           meeting="Demo av lagerappen", at="tisdag 12 oktober kl. 14.00",
                                           props=["torsdag 14 oktober kl. 14.00"], reason="testservern är nere"),
            "Demon av lagerappen",
            """
Hej Oliver,

Testservern är nere och vi hinner inte få upp den till tisdag. Kan vi flytta demon av lagerappen till torsdag 14 oktober, samma tid?

Vänliga hälsningar
Nellie Fagerström
Teknisk projektledare, Appvarvet Sundsvall AB
""", "signature adds a title and a company nobody gave")),
    (D, bad("name_near_miss", S("shorten", "Birgitta Lundqvist", "Hugo Sandell", "formal", "regular",
                                meeting="Uppföljning av chefsrekryteringen", at="måndag 11 oktober kl. 15.00", dur=30,
                                reason="jag har en slutintervju klockan halv fyra"),
            "Uppföljningen på måndag",
            """
Hej Birgitta Lundkvist,

Jag har en slutintervju klockan halv fyra på måndag, så jag föreslår att vi håller uppföljningen av chefsrekryteringen kort: en halvtimme från klockan tre.

Vänliga hälsningar
Hugo Sandell
""", "'Lundkvist' for Lundqvist (one letter changed)")),
    (D, bad("place_changed", S("reschedule", "Sture Bengtsson", "Ellinor Hasselblad", "formal", "regular",
                               meeting="Fältvandring i vallodlingen utanför Skara", at="onsdag 13 oktober kl. 9.00",
                               props=["måndag 18 oktober kl. 9.00"], reason="det är varning för storm på onsdag"),
            "Fältvandringen flyttas",
            """
Hej Sture,

SMHI varnar för storm på onsdag, så vi flyttar fältvandringen i vallodlingen utanför Lidköping till måndag 18 oktober kl. 9.

Vänliga hälsningar
Ellinor Hasselblad
""", "the field walk is outside Skara; the mail says Lidköping")),
    (D, bad("foreign_paragraph", S("switch_to_email", "Siv Carlander", "Rickard Palm", "formal", "regular",
                                   meeting="Urval av bilder till årsredovisningen", at="fredag 15 oktober kl. 10.00",
                                   reason="bildurvalet går lika bra att göra digitalt"),
            "Bildurvalet",
            """
Hej Siv,

Bildurvalet till årsredovisningen går lika bra att göra digitalt, så vi behöver inte ses på fredag.

Jeg sender deg et utvalg av de beste bildene i morgen, så kan du markere dem du liker best.

Vänliga hälsningar
Rickard Palm
""", "one paragraph in Norwegian")),
    (E, bad("policy_invented", S("no_show_followup", "Hjalmar Ek", "Cornelia Lindén", "formal", "regular",
                                 meeting="Rotfyllning", at="måndag 8 november kl. 13.30",
                                 props=["fredag 12 november kl. 13.30"]),
            "Din tid i måndags",
            """
Hej Hjalmar,

Du hade en tid för rotfyllning hos oss i måndags kl. 13.30 men kom inte. Vi hoppas att inget har hänt.

Uteblivna besök debiteras enligt vår prislista.

Vi har en ny tid fredag 12 november, samma tid.

Med vänlig hälsning
Cornelia Lindén
""", "a no-show charge by price list: no policy given")),
    (E, bad("number_invented", S("switch_to_email", "Lars-Erik Wennberg", "Anneli Skog", "formal", "regular",
                                 meeting="Genomgång av överlåtelsebesiktningen", at="tisdag 16 november kl. 11.00",
                                 reason="protokollet är färdigt och tydligt"),
            "Besiktningsprotokollet",
            """
Hej Lars-Erik,

Protokollet från överlåtelsebesiktningen är färdigt och tydligt, så vi behöver inte gå igenom det på tisdag.

Jag mejlar det i dag. Det är 23 sidor, men det viktigaste finns i sammanfattningen på första sidan.

Vänliga hälsningar
Anneli Skog
""", "'23 sidor' is a number nobody gave")),
    (E, bad("discount_invented", S("reschedule", "Majken Lundell", "Therese Brink", "friendly", "regular",
                                   meeting="Genomgång av dukningen inför bröllopet", at="torsdag 11 november kl. 17.00",
                                   props=["måndag 15 november kl. 17.00"],
                                   reason="brudparet frågar om rabatt eftersom mötet redan flyttats en gång"),
            "Dukningen – ny tid",
            """
Hej Majken!

Jag vet att vi redan har flyttat en gång, förlåt! Kan vi ta genomgången av dukningen måndag 15 november klockan fem i stället?

Som plåster på såren bjuder jag på blomsterdekorationen till tårtbordet.

Kram,
Therese
""", "a free decoration (an unpriced waiver) offered because the reason mentions a request")),
    (E, bad("link_invented", S("cancellation_policy", "Torbjörn Axelsson", "Malin Hellgren", "formal", "new",
                               pol={"notice_hours": 48, "fee_percent": 50}),
            "Avbokningsregler för fotograferingen",
            """
Hej Torbjörn,

Tack för din bokning! Vid avbokning senare än 48 timmar före fotograferingen debiteras 50 % av priset.

Alla villkor finns också på hellgrenfoto.se/villkor.

Vänliga hälsningar
Malin Hellgren
""", "a link (no scheme) nobody gave")),
]
