"""Hand-written Swedish records of the held-out v8 fact set (issue 13): 20 correct, 20 flawed."""

from __future__ import annotations

from v2src._rec import S, bad, ok

A, B, C, D, E = "2027-02-16", "2027-04-07", "2027-05-19", "2027-09-02", "2027-10-28"

RECORDS = [
    # ---------------------------------------------------------------- correct
    (A, ok(S("sv", "reschedule", "Ingegerd Lindqvist-Holm", "Mattias Örnberg", "formal", "key",
             meeting="Genomgång av ritningarna till förskolan i Alingsås", at="torsdag 18 februari kl. 10.00",
             props=("tisdag 23 februari kl. 10.00", "onsdag 24 februari kl. 13.30"),
             reason="konstruktören har fått förhinder"),
           "Ritningarna till förskolan – ny tid",
           """Hej Ingegerd,

Vår konstruktör har tyvärr fått förhinder på torsdag, och utan honom blir genomgången av ritningarna till förskolan i Alingsås ganska halvhjärtad.

Skulle det passa att flytta den till tisdagen den 23 februari, samma tid, eller onsdag 24/2 kl. halv två?

Ber om ursäkt för besväret.

Vänliga hälsningar
Mattias Örnberg""",
           "correct: first name in formal Swedish mail, 'tisdagen den 23 februari, samma tid', 'onsdag 24/2 kl. halv två' for 13.30")),
    (A, ok(S("sv", "decline", "Oskar Rehnberg", "Linnea Bäckström", "friendly", "regular",
             meeting="Vinterbad och bastukväll vid sjön", at="fredag 19 februari kl. 18.00",
             reason="jag ligger hemma med halsfluss"),
           "Bastukvällen",
           """Hej Oskar!

Tråkigt nog ligger jag däckad med halsfluss, så det blir ingen bastukväll för mig på fredag. Ta ett extra dopp för min skull!

Kram,
Linnea""",
           "correct: reason paraphrased ('däckad med halsfluss'), idiom 'ta ett extra dopp för min skull'")),
    (A, ok(S("sv", "switch_to_email", "Gunnel Åkerlund", "Henrik Falkenström", "formal", "new",
             meeting="Möte om offerten för fönsterbytet", at="måndag 22 februari kl. 9.00",
             reason="det återstår bara ett par frågor om fönstermåtten"),
           "Offerten för fönsterbytet",
           """Hej Gunnel,

Det återstår bara ett par frågor om måtten innan offerten för fönsterbytet är klar. I stället för att ses på måndag föreslår jag att vi tar dem per mejl – jag skickar frågorna i ett separat meddelande.

Med vänlig hälsning
Henrik Falkenström""",
           "correct: 'ett par frågor' from the reason, no deadline, 'måndag' for 22 februari")),
    (A, ok(S("sv", "no_show_followup", "Birger Hallengren", "Annika Tornberg", "formal", "regular",
             meeting="Deklarationsrådgivning", at="måndag 15 februari kl. 14.00", props=("fredag 26 februari kl. 14.00",)),
           "Vårt möte igår",
           """Hej Birger,

Vi skulle ha setts igår klockan två för deklarationsrådgivningen, men du dök inte upp. Jag hoppas att allt är väl.

Vill du boka en ny tid kan jag erbjuda fredag 26 februari, samma tid.

Vänliga hälsningar
Annika Tornberg""",
           "correct: 'igår klockan två' for måndag 15 kl. 14.00 from tisdag 16, 'samma tid'")),
    (B, ok(S("sv", "late_cancellation", "Agneta Sundqvist", "Johan Ekelund", "formal", "regular",
             meeting="Hudvårdsbehandling på salongen", at="tisdag 6 april kl. 17.30",
             props=("tisdag 13 april kl. 17.30", "torsdag 15 april kl. 12.00"), reason="ett akut möte på jobbet",
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Din behandling igår",
           """Hej Agneta,

Tack för att du hörde av dig, och vad tråkigt att ett akut möte på jobbet kom emellan.

Enligt våra villkor debiteras halva priset (50 %) när en tid avbokas senare än ett dygn (24 timmar) innan, så det gäller tyvärr även gårdagens behandling.

Vill du boka om kan jag erbjuda tisdag 13 april, samma tid, eller torsdag 15 april kl. tolv.

Vänliga hälsningar
Johan Ekelund""",
           "correct: 'halva priset (50 %)', 'ett dygn (24 timmar)', 'kl. tolv' for 12.00, 'gårdagens' for tisdag 6")),
    (B, ok(S("sv", "late_cancellation", "Elsa Lundmark", "Viktor Hellgren", "friendly", "regular",
             meeting="Provlektion i keramikdrejning", at="fredag 9 april kl. 18.00",
             props=("fredag 16 april kl. 18.00",), reason="hennes son har vattkoppor"),
           "Drejningen på fredag",
           """Hej Elsa!

Inga problem alls – vattkoppor går ju inte att planera. Krya på honom!

Vi tar provlektionen fredagen därpå i stället, den 16:e, samma tid. Funkar det?

Hälsningar
Viktor""",
           "correct: no policy given and none stated, 'fredagen därpå … den 16:e, samma tid'")),
    (B, ok(S("sv", "shorten", "Kristoffer Almqvist", "Sara Lindholm-Eek", "formal", "new",
             meeting="Uppstartsmöte om den nya intranätsidan", at="torsdag 8 april kl. 13.00", dur=45,
             reason="jag måste hinna med tåget till Uppsala"),
           "Uppstartsmötet i morgon – lite kortare",
           """Hej Kristoffer,

I morgon eftermiddag måste jag hinna med tåget till Uppsala. Går det bra att vi kortar uppstartsmötet om den nya intranätsidan till tre kvart? Vi börjar som planerat klockan ett.

Jag skickar en kort agenda i förväg så att vi hinner det viktigaste.

Med vänlig hälsning
Sara Lindholm-Eek""",
           "correct: 'tre kvart' for 45 minutes, 'klockan ett' for 13.00, 'i morgon' for torsdag 8 from onsdag 7")),
    (B, ok(S("sv", "delegate", "Margareta Holmqvist", "Per-Erik Sandahl", "formal", "key",
             meeting="Styrgruppsmöte för projektet Nya Hamnen", at="onsdag 14 april kl. 10.00",
             col="Åsa Nordlander", reason="jag ska opereras i knät"),
           "Styrgruppsmötet den 14 april",
           """Bästa Margareta,

Jag ska opereras i knät och kan därför inte leda styrgruppsmötet för Nya Hamnen onsdagen den 14 april.

Min kollega Åsa Nordlander tar över mötet klockan tio. Hon har följt projektet från start och har alla underlag.

Med vänliga hälsningar
Per-Erik Sandahl""",
           "correct: 'Bästa Margareta', 'onsdagen den 14 april', 'klockan tio', meeting shortened to 'Nya Hamnen'")),
    (C, ok(S("sv", "cancellation_policy", "Lennart Wahlbeck", "Maria Brolin-Ek", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 100}),
           "Våra avbokningsregler",
           """Hej Lennart,

Välkommen som ny kund! Innan din första tid vill jag nämna våra avbokningsregler: avboka senast två dygn (48 timmar) i förväg. Vid senare avbokning debiteras hela beloppet.

Vänliga hälsningar
Maria Brolin-Ek""",
           "correct: policy without meeting, 'två dygn (48 timmar)', 'hela beloppet' for 100 %")),
    (C, ok(S("sv", "reschedule", "Selma Haraldsson", "Nils Grankvist", "friendly", "regular",
             meeting="Fågelskådning vid Hornborgasjön", at="lördag 22 maj kl. 6.00",
             props=("söndag 23 maj kl. 6.00", "lördag 29 maj kl. 5.30"), reason="det ska regna hela lördagen"),
           "Tranorna får vänta",
           """Hej Selma!

Det ska tydligen regna hela lördagen, så fågelskådningen vid Hornborgasjön får flyttas. Kan du söndag 23 maj i stället, också kl. sex? Annars lördagen efter, den 29:e, vid halv sex.

Ta med termosen!
Nils""",
           "correct: 'också kl. sex', 'den 29:e, vid halv sex' for 5.30, subject 'Tranorna' is the birds, no fact")),
    (C, ok(S("sv", "switch_to_call", "Torbjörn Engvall", "Katarina Wiklund", "formal", "regular",
             meeting="Avstämning om budgeten för kulturfestivalen", at="tisdag 25 maj kl. 15.00",
             props=("tisdag 25 maj kl. 15.30",), reason="jag sitter fast i Luleå efter ett inställt flyg"),
           "Budgetavstämningen – via telefon",
           """Hej Torbjörn,

Mitt flyg blev inställt och jag sitter fast i Luleå ett par dagar till. Kan vi ta avstämningen om festivalbudgeten på telefon i stället? Tisdag 25 maj vid halv fyra i stället för tre skulle passa mig bra.

Vänliga hälsningar
Katarina Wiklund""",
           "correct: 'vid halv fyra i stället för tre' (new and old time in their roles), 'ett par dagar' vague, not a number fact")),
    (C, ok(S("sv", "switch_to_email", "Hugo Backman", "Emelie Forsgren", "friendly", "regular",
             meeting="Fika om loppisens affischer", at="torsdag 20 maj kl. 15.00", reason="jag har tappat rösten"),
           "Affischerna",
           """Hej Hugo,

Jag har helt tappat rösten, så fikat i morgon blir nog bara pinsamt tyst. Ska vi köra affischerna till loppisen via mejl i stället? Jag skickar mina skisser ikväll.

Kram
Emelie""",
           "correct: 'i morgon' for torsdag 20 from onsdag 19, reason paraphrased with a joke")),
    (D, ok(S("sv", "no_show_followup", "Tilda Nyberg", "Jonas Rydell", "friendly", "regular",
             meeting="Personlig träning på gymmet", at="onsdag 1 september kl. 7.00",
             props=("måndag 6 september kl. 7.00",), pol={"notice_hours": 12, "fee_percent": 100}),
           "Passet igår",
           """Hej Tilda!

Jag väntade på dig igår morse vid sju, men du kom aldrig. Allt okej?

Bara en påminnelse: pass som inte avbokas minst 12 timmar innan debiteras fullt ut.

Ska vi köra måndag 6 september, samma tid?

Jonas""",
           "correct: 'igår morse vid sju' for onsdag 1 kl. 7.00, 'fullt ut' for 100 %, 'samma tid'")),
    (D, ok(S("sv", "decline", "Ulf Grönqvist", "Helena Ståhl", "formal", "key",
             meeting="Invigning av logistikcentret i Eskilstuna", at="fredag 10 september kl. 11.00",
             reason="vi har styrelsemöte samma förmiddag"),
           "Invigningen i Eskilstuna",
           """Hej Ulf,

Stort tack för inbjudan till invigningen av ert logistikcenter i Eskilstuna fredag nästa vecka. Tyvärr har vi styrelsemöte just den förmiddagen, så jag kan inte komma.

Jag hoppas att jag får en rundvisning vid ett senare tillfälle, och önskar er en riktigt fin invigning.

Med vänliga hälsningar
Helena Ståhl""",
           "correct: 'fredag nästa vecka' for 10 september from torsdag 2, no later date invented")),
    (D, ok(S("sv", "shorten", "Ebba Tornqvist-Lind", "Axel Dahlgren", "friendly", "regular",
             meeting="Veckomöte om skolans hemsida", at="måndag 6 september kl. 8.15", dur=20,
             reason="jag ska på utvecklingssamtal"),
           "Veckomötet på måndag",
           """Hej Ebba,

På måndag ska jag på utvecklingssamtal direkt efter vårt veckomöte om hemsidan, så kan vi hålla det till tjugo minuter? Kvart över åtta som vanligt.

/Axel""",
           "correct: 'tjugo minuter' for 20, 'kvart över åtta' for 8.15")),
    (D, ok(S("sv", "delegate", "Wilma Sjögren", "Isak Berglind", "friendly", "new",
             meeting="Provlektion i bouldering", at="tisdag 7 september kl. 17.00", col="Moa Kjellberg",
             reason="jag har stukat handleden"),
           "Din provlektion på tisdag",
           """Hej Wilma!

Jag har lyckats stuka handleden, så jag kan inte hålla din provlektion i bouldering på tisdag. Moa Kjellberg tar den i stället, kl. 17 som vanligt. Hon är grym på nybörjare!

Ha det kul på väggen,
Isak""",
           "correct: colleague full name, 'kl. 17', idiom-like 'på väggen'")),
    (E, ok(S("sv", "reschedule", "Bengt-Åke Lindfors", "Camilla Persdotter", "formal", "regular",
             meeting="Besiktning av balkongrenoveringen", at="fredag 29 oktober kl. 9.00",
             props=("onsdag 3 november kl. 9.00",), reason="besiktningsmannen är sjuk"),
           "Besiktningen flyttas",
           """Hej Bengt-Åke,

Besiktningsmannen har blivit sjuk, så besiktningen av balkongrenoveringen i morgon måste tyvärr flyttas.

Passar onsdag 3 november, också klockan nio?

Vänliga hälsningar
Camilla Persdotter""",
           "correct: 'i morgon' for fredag 29 from torsdag 28, 'också klockan nio'")),
    (E, ok(S("sv", "switch_to_email", "Charlotta von Essen", "Magnus Lundberg-Ali", "formal", "key",
             meeting="Genomgång av hyresavtalet för butikslokalen", at="tisdag 2 november kl. 14.00",
             reason="det är bara två punkter kvar att justera"),
           "Hyresavtalet – två punkter",
           """Hej Charlotta,

Det är bara två punkter kvar att justera i hyresavtalet för butikslokalen. För att spara din tid föreslår jag att vi löser dem per mejl i stället för att ses på tisdag.

Jag skickar mina förslag till formuleringar separat.

Vänliga hälsningar
Magnus Lundberg-Ali""",
           "correct: 'två punkter' from the reason, first name in formal Swedish mail")),
    (E, ok(S("sv", "cancellation_policy", "Rasmus Ahlgren", "Stina Vikström", "friendly", "regular",
             meeting="Bröllopsfotografering i Visby", at="lördag 6 november kl. 13.00",
             pol={"notice_hours": 72, "deposit_percent": 25}),
           "Inför fotograferingen den 6 november",
           """Hej Rasmus!

Så roligt att bröllopsfotograferingen i Visby är bokad. Bara så att allt är tydligt: jag tar en handpenning på 25 %, och om ni behöver avboka vill jag veta det minst tre dygn (72 timmar) innan.

Vi ses lördag klockan ett!
Stina""",
           "correct: 'tre dygn (72 timmar)', 'handpenning på 25 %', 'lördag klockan ett' for 13.00")),
    (E, ok(S("sv", "switch_to_call", "Ingrid Mellqvist", "Fredrik Östlund", "formal", "new",
             meeting="Besök på tryckeriet i Norrköping", at="måndag 1 november kl. 10.00",
             props=("måndag 1 november kl. 10.30", "tisdag 2 november kl. 8.30"),
             reason="tryckpressarna står still för service"),
           "Besöket på tryckeriet",
           """Hej Ingrid,

Tryckpressarna står still för service på måndag, så det finns inte mycket att visa på tryckeriet i Norrköping just då.

Kan vi ta ett samtal i stället? Jag föreslår måndag 1 november kl. halv elva eller tisdag 2 november kl. halv nio.

Med vänlig hälsning
Fredrik Östlund""",
           "correct: 'kl. halv elva' for 10.30, 'kl. halv nio' for 8.30")),
    # ---------------------------------------------------------------- flawed
    (A, bad("wrong_language_neighbour", S("sv", "reschedule", "Lars-Göran Hedin", "Therese Malmsten", "formal", "regular",
                                          meeting="Planeringsmöte inför vårmarknaden", at="onsdag 17 februari kl. 15.00",
                                          props=("måndag 22 februari kl. 15.00",), reason="lokalen är dubbelbokad"),
            "Planleggingsmøtet – ny tid",
            """Hei Lars-Göran,

Lokalet er dessverre dobbeltbooket i morgen, så vi må flytte planleggingsmøtet før vårmarkedet.

Passer det med mandag 22. februar kl. 15.00 i stedet?

Vennlig hilsen
Therese Malmsten""",
            "wrong_language_neighbour: the whole mail is in Norwegian (Bokmål)")),
    (A, bad("policy_invented", S("sv", "late_cancellation", "Sofia Edqvist", "Daniel Hammarlund", "friendly", "regular",
                                 meeting="Massagebehandling för ryggen", at="måndag 15 februari kl. 16.00",
                                 props=("torsdag 25 februari kl. 16.00",), reason="hon hade glömt bort tiden"),
            "Massagen igår",
            """Hej Sofia,

Ingen fara, det händer alla att glömma en tid!

Normalt tar vi ut halva avgiften vid sena avbokningar, men den här gången släpper vi det. Vill du komma torsdag 25 februari kl. 16 i stället?

Hälsningar
Daniel""",
            "policy_invented: 'halva avgiften vid sena avbokningar' though no policy was given")),
    (A, bad("number_invented", S("sv", "decline", "Per Vallgren", "Jenny Åslund", "formal", "regular",
                                 meeting="Mingel för nya medlemmar i handelsföreningen", at="torsdag 25 februari kl. 17.30",
                                 reason="jag är föräldraledig"),
            "Minglet den 25 februari",
            """Hej Per,

Tack för inbjudan till minglet för nya medlemmar. Eftersom jag är föräldraledig kommer jag inte, men jag hoppas att ni får en trevlig kväll med alla era 140 medlemsföretag.

Vänliga hälsningar
Jenny Åslund""",
            "number_invented: '140 medlemsföretag', a count nobody gave")),
    (A, bad("time_swapped", S("sv", "reschedule", "Kerstin Alsterlind", "Mikael Bodén", "formal", "new",
                              meeting="Samråd om detaljplanen för kvarteret Tranan", at="tisdag 23 februari kl. 10.00",
                              props=("fredag 26 februari kl. 13.00",), reason="planarkitekten är på kurs"),
            "Samrådet om kvarteret Tranan",
            """Hej Kerstin,

Vår planarkitekt är på kurs nästa vecka. Vi behöver därför flytta samrådet om detaljplanen från tisdag kl. 13 till fredag 26 februari kl. 10.

Med vänlig hälsning
Mikael Bodén""",
            "time_swapped: hours exchanged (meeting at 10, new slot at 13)")),
    (B, bad("discount_invented", S("sv", "switch_to_call", "Roger Blomdahl", "Pernilla Carlsund", "formal", "key",
                                   meeting="Möte om reklamationen av köksluckorna", at="fredag 9 april kl. 10.00",
                                   props=("fredag 9 april kl. 11.00",), reason="kunden är missnöjd och vill ha prisavdrag"),
            "Reklamationen av köksluckorna",
            """Hej Roger,

Jag förstår att du är missnöjd med köksluckorna, och jag vill gärna reda ut det snabbt. Kan vi ta det på telefon på fredag kl. 11 i stället för att ses?

Redan nu kan jag erbjuda 20 % rabatt på luckorna.

Vänliga hälsningar
Pernilla Carlsund""",
            "discount_invented: 20 % off offered because the reason mentions a price reduction request")),
    (B, bad("link_invented", S("sv", "reschedule", "Eva-Lena Forsman", "Gustav Lindell", "formal", "regular",
                               meeting="Årlig genomgång av pensionssparandet", at="torsdag 8 april kl. 14.00",
                               props=("tisdag 13 april kl. 14.00", "onsdag 14 april kl. 9.00"),
                               reason="jag har fått förhinder"),
            "Genomgången av pensionssparandet",
            """Hej Eva-Lena,

Jag har tyvärr fått förhinder i morgon. Kan vi ses tisdag 13 april kl. 14 eller onsdag 14 april kl. 9 i stället? Boka gärna själv via bokning.lindellradgivning.se.

Vänliga hälsningar
Gustav Lindell""",
            "link_invented: a booking address nobody gave")),
    (B, bad("percent_swapped", S("sv", "cancellation_policy", "Jörgen Tidholm", "Malin Frisk", "formal", "regular",
                                 meeting="Konferensdag på herrgården", at="torsdag 15 april kl. 9.00",
                                 pol={"notice_hours": 168, "fee_percent": 50, "deposit_percent": 20}),
            "Villkor för konferensdagen",
            """Hej Jörgen,

Inför konferensdagen på herrgården den 15 april vill jag påminna om villkoren: vi tar ut en handpenning på 50 %, och vid avbokning senare än en vecka (168 timmar) innan debiteras 20 % av priset.

Vänliga hälsningar
Malin Frisk""",
            "percent_swapped: deposit 50 % and fee 20 % (given: fee 50, deposit 20)")),
    (B, bad("policy_invented", S("sv", "no_show_followup", "Ronja Wessman", "Felix Sandberg", "formal", "new",
                                 meeting="Porträttfotografering i studion", at="måndag 5 april kl. 11.00",
                                 props=("måndag 12 april kl. 11.00",)),
            "Fotograferingen i måndags",
            """Hej Ronja,

Vi hade bokat porträttfotografering i studion i måndags, men du kom inte. Jag hoppas att allt är bra.

Enligt våra villkor behåller vi handpenningen när man uteblir. Vill du boka en ny tid kan jag erbjuda måndag 12 april kl. 11.

Vänliga hälsningar
Felix Sandberg""",
            "policy_invented: a kept deposit though no policy was given")),
    (C, bad("number_invented", S("sv", "shorten", "Sten Karlgren", "Lovisa Hagström", "formal", "regular",
                                 meeting="Workshop om vårdcentralens nya tidbokning", at="fredag 21 maj kl. 13.00", dur=60,
                                 reason="vi har personalmöte efteråt"),
            "Workshopen på fredag",
            """Hej Sten,

Vi har personalmöte direkt efter workshopen om den nya tidbokningen. Går det bra att vi håller den till en timme? Då hinner vi gå igenom de 14 frågorna från personalen.

Vänliga hälsningar
Lovisa Hagström""",
            "number_invented: '14 frågorna', a count nobody gave")),
    (C, bad("discount_invented", S("sv", "late_cancellation", "Annelie Strömgren", "Robin Eklöf", "friendly", "regular",
                                   meeting="Hundtrim i salongen", at="tisdag 18 maj kl. 10.00",
                                   props=("tisdag 25 maj kl. 10.00",),
                                   reason="hunden blev sjuk och hon ber att slippa avgiften",
                                   pol={"notice_hours": 24, "fee_percent": 50}),
            "Trimningen igår",
            """Hej Annelie!

Vad tråkigt att hunden blev sjuk, jag hoppas att hen mår bättre. Eftersom avbokningen kom senare än 24 timmar innan tar vi enligt villkoren ut 50 % av priset, men du får 15 % rabatt på nästa besök.

Ska vi säga tisdag 25 maj kl. 10?

Robin""",
            "discount_invented: 15 % off the next visit because the reason asks to skip the fee")),
    (C, bad("weekday_wrong", S("sv", "switch_to_call", "Hans-Olof Brink", "Jessica Nordin", "formal", "regular",
                               meeting="Genomgång av anbudet för skolskjutsarna", at="onsdag 26 maj kl. 13.00",
                               props=("torsdag 27 maj kl. 13.00",), reason="jag är på annan ort hela onsdagen"),
            "Anbudet för skolskjutsarna",
            """Hej Hans-Olof,

Jag är på annan ort hela onsdagen. Kan vi ta genomgången av anbudet på telefon i stället, fredag 27 maj kl. 13?

Vänliga hälsningar
Jessica Nordin""",
            "weekday_wrong: 'fredag 27 maj' (27 maj 2027 is a Thursday)")),
    (C, bad("email_invented", S("sv", "delegate", "Lisbeth Öhman", "Tobias Rask", "formal", "new",
                                meeting="Introduktion i ekonomisystemet", at="måndag 24 maj kl. 9.00",
                                col="Nora Åberg", reason="jag har blivit sjukskriven"),
            "Introduktionen på måndag",
            """Hej Lisbeth,

Jag har blivit sjukskriven och kan inte hålla introduktionen i ekonomisystemet på måndag. Min kollega Nora Åberg tar över, kl. 9 som planerat. Du når henne på nora.aberg@outlook.com.

Vänliga hälsningar
Tobias Rask""",
            "email_invented: a private address for the colleague")),
    (D, bad("wrong_language_neighbour", S("sv", "decline", "Gunilla Pettersson-Rydh", "Kasper Ljungqvist", "formal", "regular",
                                          meeting="Branschlunch om hållbara förpackningar", at="torsdag 9 september kl. 12.00",
                                          reason="jag är på mässa i Hamburg"),
            "Frokost om bæredygtig emballage",
            """Kære Gunilla,

Tak for invitationen til frokosten om bæredygtig emballage torsdag den 9. september. Desværre er jeg på messe i Hamburg den dag, så jeg må melde afbud.

Venlig hilsen
Kasper Ljungqvist""",
            "wrong_language_neighbour: the whole mail is in Danish")),
    (D, bad("link_invented", S("sv", "switch_to_call", "Arvid Lundkvist", "Hanna Sjövall", "formal", "regular",
                               meeting="Uppföljning av rekryteringen av lagerchef", at="fredag 3 september kl. 10.00",
                               props=("fredag 3 september kl. 14.00",), reason="jag sitter i intervjuer hela förmiddagen"),
            "Uppföljningen i morgon",
            """Hej Arvid,

Jag sitter i intervjuer hela förmiddagen i morgon. Kan vi ta uppföljningen av rekryteringen som ett samtal kl. 14 i stället?

Här är länken: https://teams.microsoft.com/l/meetup-join/19%3ameeting_lagerchef

Vänliga hälsningar
Hanna Sjövall""",
            "link_invented: a Teams link nobody gave")),
    (D, bad("time_recap_wrong", S("sv", "reschedule", "Yvonne Kullberg", "Erik Stålnacke", "formal", "new",
                                  meeting="Visning av radhuset på Ekvägen", at="måndag 6 september kl. 17.00",
                                  props=("onsdag 8 september kl. 18.00", "torsdag 9 september kl. 17.30"),
                                  reason="säljaren är bortrest"),
            "Visning onsdag 8 september kl. 17.30",
            """Hej Yvonne,

Säljaren är bortrest, så visningen av radhuset på Ekvägen på måndag måste flyttas. Jag kan erbjuda onsdag 8 september kl. 18 eller torsdag 9 september kl. halv sex.

Vänliga hälsningar
Erik Stålnacke""",
            "time_recap_wrong: the subject mixes the two offered slots (onsdag with 17.30)")),
    (D, bad("phone_invented", S("sv", "no_show_followup", "Åke Bernhardsson", "Sanna Lövgren", "formal", "regular",
                                meeting="Synundersökning hos optikern", at="tisdag 31 augusti kl. 15.30",
                                props=("tisdag 7 september kl. 15.30",)),
            "Din synundersökning",
            """Hej Åke,

Du hade en tid för synundersökning i tisdags kl. halv fyra, men vi såg dig aldrig. Jag hoppas att allt är som det ska.

Vi kan erbjuda tisdag 7 september, samma tid. Ring gärna på 070-318 42 96 och bekräfta.

Vänliga hälsningar
Sanna Lövgren""",
            "phone_invented: a mobile number nobody gave")),
    (E, bad("title_or_company_invented", S("sv", "switch_to_email", "Leif Arnesson", "Veronika Strand", "formal", "regular",
                                           meeting="Möte om skyltningen i entrén", at="onsdag 3 november kl. 11.00",
                                           reason="förslagen är nästan klara"),
            "Skyltningen i entrén",
            """Hej Leif,

Förslagen till skyltningen i entrén är nästan klara. Jag föreslår att jag mejlar över dem i stället för att vi ses på onsdag, så kan du titta i lugn och ro.

Vänliga hälsningar
Veronika Strand
AD, Strand & Co Reklambyrå""",
            "title_or_company_invented: a title and an agency under the signature")),
    (E, bad("name_near_miss", S("sv", "reschedule", "Märta Gyllenhök", "Oliver Frid", "friendly", "regular",
                                meeting="Visning av konstverken till hotellobbyn", at="fredag 29 oktober kl. 13.00",
                                props=("tisdag 2 november kl. 13.00",), reason="ramarna är inte klara"),
            "Visningen av konstverken",
            """Hej Märtha!

Ramarna är inte klara än, så visningen av konstverken till hotellobbyn i morgon får vänta. Funkar tisdag 2 november, samma tid?

Hälsningar
Oliver""",
            "name_near_miss: 'Märtha' for Märta (one letter added)")),
    (E, bad("place_changed", S("sv", "delegate", "Bertil Rönnqvist", "Ylva Hedenius", "formal", "key",
                               meeting="Kundbesök på fabriken i Borås", at="torsdag 4 november kl. 10.00",
                               col="Samir Khoury-Lindén", reason="jag är föräldraledig från november"),
            "Besöket den 4 november",
            """Hej Bertil,

Från november är jag föräldraledig, så min kollega Samir Khoury-Lindén tar emot dig vid besöket på fabriken i Ulricehamn torsdag 4 november kl. 10. Han känner produktionen utan och innan.

Vänliga hälsningar
Ylva Hedenius""",
            "place_changed: 'fabriken i Ulricehamn' for the factory in Borås")),
    (E, bad("foreign_paragraph", S("sv", "reschedule", "Ann-Charlotte Widén", "Marcus Eliasson", "formal", "regular",
                                   meeting="Smakprovning av julbordsmenyn", at="måndag 1 november kl. 15.00",
                                   props=("fredag 5 november kl. 15.00",), reason="kocken är sjuk"),
            "Smakprovningen av julbordet",
            """Hej Ann-Charlotte,

Vår kock är tyvärr sjuk, så smakprovningen av julbordsmenyn på måndag måste flyttas.

Vi kan i stedet mødes fredag den 5. november kl. 15, hvis det passer dig.

Vänliga hälsningar
Marcus Eliasson""",
            "foreign_paragraph: the slot paragraph is in Danish")),
]
