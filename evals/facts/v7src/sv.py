"""Hand-written Swedish records of the held-out v7 fact set (issue 13): 20 correct, 20 flawed."""

from __future__ import annotations

from v2src._rec import S, bad, ok

A, B, C, D, E = "2027-01-12", "2027-03-30", "2027-06-17", "2027-09-22", "2027-11-23"

RECORDS = [
    # ---------------------------------------------------------------- correct
    (A, ok(S("sv", "reschedule", "Ingegerd Palmqvist", "Mattias Hedenström", "formal", "key",
             meeting="Genomgång av underhållsplanen för bostadsrättsföreningen Linden", at="onsdag 13 januari kl. 18.00",
             props=("tisdag 19 januari kl. 18.00", "torsdag 21 januari kl. 17.30"),
             reason="besiktningsprotokollet har inte kommit"),
           "Underhållsplanen – nytt datum",
           """Hej Ingegerd,

Besiktningsprotokollet har ännu inte kommit, och utan det blir genomgången av underhållsplanen för bostadsrättsföreningen Linden i morgon ganska tunn.

Jag föreslår i stället tisdagen den 19 januari, samma tid (kl. 18), eller torsdagen den 21 januari vid halv sex.

Hör gärna av dig om vilket som passar bäst.

Vänliga hälsningar
Mattias Hedenström""",
           "correct: first name in formal Swedish mail, 'tisdagen den 19 januari, samma tid (kl. 18)', 'vid halv sex' for 17.30, 'i morgon'")),
    (B, ok(S("sv", "reschedule", "Oskar Lindvall", "Elin Fagerberg", "friendly", "regular",
             meeting="Körövning inför vårkonserten", at="torsdag 1 april kl. 19.00",
             props=("onsdag 7 april kl. 19.00",), reason="kyrkan är bokad för en begravning"),
           "Körövningen flyttas",
           """Hej Oskar!

Kyrkan är bokad för en begravning på torsdag, så körövningen inför vårkonserten blir onsdag 7/4 i stället, samma tid som vanligt. Säg till de andra basarna också!

Kram,
Elin""",
           "correct: 'onsdag 7/4', 'samma tid som vanligt' for 19.00")),
    (C, ok(S("sv", "reschedule", "Göran Wikström", "Ylva Sandberg", "formal", "regular",
             meeting="Besiktning av takomläggningen", at="fredag 25 juni kl. 8.00",
             props=("måndag 28 juni kl. 8.00", "tisdag 29 juni kl. 13.00"), reason="midsommar gör att hantverkarna är lediga"),
           "Besiktning av taket – två nya tider",
           """Hej Göran Wikström,

Eftersom det är midsommarafton fredagen den 25 juni är hantverkarna lediga, och besiktningen av takomläggningen kan därför inte göras då. Vi kan i stället erbjuda:

• måndag 28 juni kl. 8.00
• tisdag 29 juni kl. 13

Vilken tid passar bäst?

Med vänlig hälsning
Ylva Sandberg""",
           "correct: full name without title, list, 'kl. 13' for 13.00, reason paraphrased (midsommarafton)")),
    (D, ok(S("sv", "reschedule", "Kristina Öhman", "Anders Björkqvist", "formal", "new",
             meeting="Första möte om arvsskiftet", at="fredag 24 september kl. 10.00",
             props=("torsdag 30 september kl. 10.00",), reason="bouppteckningen är inte registrerad"),
           "Möte om arvsskiftet – torsdag 30 september",
           """Hej Kristina,

Bouppteckningen är tyvärr ännu inte registrerad, och vi kan därför inte gå vidare med arvsskiftet på fredag. Skulle torsdag den 30 september klockan tio passa i stället?

Med vänliga hälsningar
Anders Björkqvist""",
           "correct: 'klockan tio', 'torsdag den 30 september'")),
    (E, ok(S("sv", "decline", "Lennart Sjöholm", "Malin Ekdahl", "formal", "regular",
             meeting="Frukostseminarium om hållbar upphandling", at="fredag 26 november kl. 7.30",
             reason="jag är på kundbesök i Umeå"),
           "Frukostseminariet på fredag",
           """Hej Lennart,

Tack för inbjudan till frukostseminariet om hållbar upphandling. Jag är tyvärr på kundbesök i Umeå på fredag och kan inte komma.

Lycka till med seminariet!

Vänliga hälsningar
Malin Ekdahl""",
           "correct: short, reason as given")),
    (A, ok(S("sv", "decline", "Jonas Ekwall", "Sara Lindholm", "friendly", "key",
             meeting="Skidhelg i Sälen", at="fredag 15 januari kl. 16.00",
             reason="jag har brutit handleden"),
           "Sälen utan mig",
           """Hej Jonas!

Jag har lyckats bryta handleden (fråga inte…), så skidhelgen i Sälen får bli utan mig den här gången. Åk en extra backe för min skull!

Kram
Sara""",
           "correct: 'Åk en extra backe för min skull' (idiom), reason restated")),
    (B, ok(S("sv", "shorten", "Britt-Marie Hallberg", "Johan Nyström", "formal", "regular",
             meeting="Uppföljning av kvalitetsrevisionen", at="fredag 9 april kl. 13.00", dur=45,
             reason="jag måste hinna till ett tåg kl. 14.30"),
           "Uppföljning på fredag – tre kvart",
           """Hej Britt-Marie,

På fredag måste jag hinna till ett tåg halv tre. Går det bra att vi kortar uppföljningen av kvalitetsrevisionen till tre kvart, med start kl. 13 som planerat?

Vänliga hälsningar
Johan Nyström""",
           "correct: 'tre kvart' for 45, 'halv tre' for the reason's 14.30")),
    (C, ok(S("sv", "shorten", "Ebba Rosén", "Viktor Almgren", "friendly", "regular",
             meeting="Gitarrlektion", at="onsdag 23 juni kl. 17.00", dur=30,
             reason="jag ska hämta på förskolan"),
           "Kortare lektion på onsdag",
           """Hej Ebba!

På onsdag ska jag hämta på förskolan, så vi kör en halvtimme i stället för den vanliga lektionen. Klockan fem som vanligt?

Hälsningar
Viktor""",
           "correct: 'en halvtimme' for 30, 'klockan fem' for 17.00")),
    (D, ok(S("sv", "switch_to_call", "Per-Olof Dahlgren", "Hanna Lundin", "formal", "key",
             meeting="Avstämning om leveransavtalet", at="torsdag 23 september kl. 9.30",
             reason="tågen mellan Uppsala och Stockholm står still"),
           "Avstämningen i morgon – per telefon",
           """Hej Per-Olof,

Tågtrafiken mellan Uppsala och Stockholm står still, så jag kommer inte att hinna in till kontoret i morgon. Kan vi ta avstämningen om leveransavtalet per telefon i stället, kl. halv tio som planerat?

Jag ringer dig.

Vänliga hälsningar
Hanna Lundin""",
           "correct: 'kl. halv tio' for 9.30, 'i morgon' (ref Wed 22)")),
    (E, ok(S("sv", "switch_to_call", "Linnea Holmgren", "Fredrik Strand", "friendly", "regular",
             meeting="Fika om föreningens hemsida", at="torsdag 25 november kl. 15.00",
             props=("torsdag 25 november kl. 16.00",), reason="jag har vabb"),
           "Ses inte på torsdag – ringa?",
           """Hej Linnea!

Jag vabbar på torsdag, så det blir ingen fika. Kan vi prata om föreningens hemsida på telefon i stället? Helst vid fyra i stället för tre, då sover lillen.

Hörs!
Fredrik""",
           "correct: 'vid fyra i stället för tre' keeps roles, 'vabbar'")),
    (A, ok(S("sv", "switch_to_email", "Agneta Forsberg", "Peter Holm", "formal", "regular",
             meeting="Genomgång av årsredovisningen för syföreningen", at="torsdag 21 januari kl. 14.00",
             reason="det återstår bara ett par småfrågor"),
           "Årsredovisningen – vi tar det per mejl",
           """Hej Agneta,

Det återstår bara ett par småfrågor kring årsredovisningen, så jag tror inte att vi behöver ses på torsdag. Jag mejlar dem till dig i stället.

Vänliga hälsningar
Peter Holm""",
           "correct: 'ett par småfrågor' from the reason")),
    (C, ok(S("sv", "switch_to_email", "Hugo Blomqvist", "Tove Engström", "friendly", "new",
             meeting="Samtal om sommarjobbet", at="måndag 21 juni kl. 11.00",
             reason="jag är ute på resa hela veckan"),
           "Sommarjobbet – vi mejlar",
           """Hej Hugo,

Kul att du vill sommarjobba hos oss! Jag är ute och reser hela nästa vecka, så vi tar det per mejl i stället för att ses på måndag. Skicka gärna dina frågor, så svarar jag så fort jag kan.

Hälsningar
Tove""",
           "correct: 'nästa vecka' (ref Thu 17, meeting Mon 21)")),
    (B, ok(S("sv", "delegate", "Rolf Berglund", "Camilla Hedlund", "formal", "regular",
             meeting="Slutbesiktning av badrummet", at="tisdag 6 april kl. 9.00",
             col="Emir Hodžić", reason="jag ligger på sjukhus"),
           "Slutbesiktningen – Emir Hodžić tar över",
           """Hej Rolf,

Jag ligger tyvärr på sjukhus just nu. Slutbesiktningen av badrummet blir ändå av på tisdag kl. 9, men det är min kollega Emir Hodžić som kommer.

Med vänlig hälsning
Camilla Hedlund""",
           "correct: non-ASCII colleague name, 'kl. 9'")),
    (D, ok(S("sv", "delegate", "Sofie Wahlberg", "Niklas Granqvist", "friendly", "regular",
             meeting="Provsmakning av bröllopstårtan med hallon", at="måndag 27 september kl. 15.00",
             col="Alva Sundin", reason="jag är på en konditorimässa i Köpenhamn"),
           "Tårtprovningen – Alva tar hand om er",
           """Hej Sofie!

På måndag är jag på en konditorimässa i Köpenhamn, men provsmakningen av bröllopstårtan blir av som planerat kl. tre. Alva tar hand om er, hon vet precis vad ni har önskat.

Hälsningar
Niklas""",
           "correct: colleague by first name, 'kl. tre' for 15.00")),
    (E, ok(S("sv", "no_show_followup", "Margareta Lund", "Stefan Ahlberg", "formal", "regular",
             meeting="Rådgivning om privat pensionssparande", at="fredag 19 november kl. 13.00",
             props=("måndag 29 november kl. 13.00", "tisdag 30 november kl. 10.00")),
           "Vårt möte i fredags",
           """Hej Margareta,

I fredags kl. 13 hade vi bokat rådgivning om ditt privata pensionssparande, men du dök tyvärr inte upp. Jag hoppas att allt är bra.

Vill du boka en ny tid kan jag erbjuda måndagen den 29 november vid samma tid, eller tisdagen den 30 november kl. 10.

Vänliga hälsningar
Stefan Ahlberg""",
           "correct: past 'i fredags kl. 13', 'måndagen den 29 november vid samma tid'")),
    (A, ok(S("sv", "no_show_followup", "Albin Håkansson", "Julia Nordin", "friendly", "regular",
             meeting="Idrottsmassage för löpare", at="måndag 11 januari kl. 18.30",
             pol={"fee_percent": 100}),
           "Igår kväll",
           """Hej Albin,

Jag väntade på dig igår kväll halv sju för idrottsmassagen, men du kom aldrig. Som vi har kommit överens om debiteras en uteblivelse utan avbokning fullt ut, alltså 100 %.

Hör av dig när du vill boka nytt!
Julia""",
           "correct: 'igår kväll halv sju' for mån 11 jan 18.30, 'fullt ut, alltså 100 %'")),
    (C, ok(S("sv", "late_cancellation", "Gunnar Eklöf", "Maja Lindström", "formal", "new",
             meeting="Guidad kajaktur i skärgården", at="tisdag 15 juni kl. 9.00",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Din avbokning av kajakturen",
           """Hej Gunnar,

Vi har tagit emot din avbokning av den guidade kajakturen i skärgården i tisdags. Enligt våra villkor är avbokning kostnadsfri fram till två dygn (48 timmar) innan; därefter debiteras hälften av priset (50 %).

Välkommen tillbaka en annan gång!

Vänliga hälsningar
Maja Lindström""",
           "correct: 'två dygn (48 timmar)', 'hälften av priset (50 %)', 'i tisdags'")),
    (D, ok(S("sv", "late_cancellation", "Ronja Axelsson", "David Nyberg", "friendly", "key",
             meeting="Keramikkurs", at="måndag 20 september kl. 18.00",
             props=("måndag 4 oktober kl. 18.00",), pol={"deposit_percent": 25},
             reason="hon fick förhinder på jobbet"),
           "Keramiken – ny chans 4 oktober",
           """Hej Ronja!

Tråkigt att jobbet satte stopp i måndags! Eftersom avbokningen kom i sista stund behåller vi handpenningen på 25 %, men du är varmt välkommen måndag 4 oktober, samma tid.

Kram,
David""",
           "correct: given deposit 25 % kept, 'i sista stund' idiom, 'samma tid'")),
    (B, ok(S("sv", "cancellation_policy", "Karl-Johan Strömberg", "Lisa Vikander", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Våra avbokningsregler",
           """Hej Karl-Johan,

Välkommen som ny kund! Här är våra avbokningsregler: du kan avboka eller flytta en tid utan kostnad fram till ett dygn (24 timmar) innan. Vid senare avbokning debiteras hela beloppet, 100 %.

Vänliga hälsningar
Lisa Vikander""",
           "correct: 'ett dygn (24 timmar)', 'hela beloppet, 100 %'")),
    (E, ok(S("sv", "cancellation_policy", "Ellinor Boström", "Henrik Sjödin", "formal", "regular",
             meeting="Fotografering av företagets ledningsgrupp", at="måndag 29 november kl. 10.00",
             pol={"notice_hours": 72, "deposit_percent": 30}),
           "Fotograferingen den 29 november – villkor",
           """Hej Ellinor,

Inför fotograferingen av ledningsgruppen måndagen den 29 november kl. 10 vill jag påminna om våra villkor: handpenningen är 30 %, och avbokning är kostnadsfri fram till tre dygn (72 timmar) innan. Därefter behålls handpenningen.

Vänliga hälsningar
Henrik Sjödin""",
           "correct: 'tre dygn (72 timmar)', given deposit kept after the notice")),
    # ---------------------------------------------------------------- flawed
    (A, bad("time_swapped", S("sv", "reschedule", "Eva-Lena Marklund", "Tobias Wennerlund", "formal", "regular",
             meeting="Planeringsmöte för vårterminens kurser", at="tisdag 19 januari kl. 10.00",
             props=("tisdag 19 januari kl. 13.00",), reason="jag har tandläkartid på förmiddagen"),
           "Planeringsmötet på tisdag – ny tid",
           """Hej Eva-Lena,

Jag har fått en tandläkartid på tisdag förmiddag. Kan vi flytta planeringsmötet för vårterminens kurser från kl. 13 till kl. 10 samma dag?

Vänliga hälsningar
Tobias Wennerlund""",
           "'från kl. 13 till kl. 10' inverts old (10.00) and new (13.00)")),
    (B, bad("time_recap_wrong", S("sv", "reschedule", "Lars-Göran Frisk", "Annika Söderlund", "formal", "key",
             meeting="Förhandling om hyresavtalet för butikslokalen", at="onsdag 31 mars kl. 14.00",
             props=("tisdag 6 april kl. 14.00", "onsdag 7 april kl. 9.00"), reason="vår jurist är sjuk"),
           "Hyresförhandlingen – nya tider",
           """Hej Lars-Göran,

Vår jurist är sjuk, så förhandlingen om hyresavtalet för butikslokalen kan inte hållas i morgon. Vi föreslår tisdag 6 april kl. 14 eller onsdag 7 april kl. 9.

Jag håller preliminärt onsdag kl. 14 tills jag hör av dig.

Vänliga hälsningar
Annika Söderlund""",
           "recap 'onsdag kl. 14' mixes the offered slots (onsdag is at 9)")),
    (C, bad("weekday_wrong", S("sv", "switch_to_email", "Mikael Borgenstam", "Therese Wiklund", "formal", "regular",
             meeting="Genomgång av offerten för städtjänster", at="onsdag 30 juni kl. 10.00",
             reason="offerten är redan färdig"),
           "Offerten – torsdag 30 juni per mejl",
           """Hej Mikael,

Offerten för städtjänsterna är redan klar, så jag mejlar den hellre än att vi ses på onsdag. Hör av dig om något är oklart.

Vänliga hälsningar
Therese Wiklund""",
           "subject 'torsdag 30 juni' (30 June 2027 is a Wednesday)")),
    (D, bad("percent_swapped", S("sv", "late_cancellation", "Ulf Stenberg", "Jenny Lövgren", "formal", "regular",
             meeting="Konferenspaket på Hotell Skogsbrynet", at="tisdag 21 september kl. 8.30",
             pol={"notice_hours": 72, "fee_percent": 50, "deposit_percent": 20}),
           "Avbokat konferenspaket",
           """Hej Ulf,

Vi har tagit emot avbokningen av konferenspaketet, som kom mindre än 72 timmar innan. Enligt villkoren behåller vi handpenningen på 50 % och debiterar en avbokningsavgift på 20 %.

Vänliga hälsningar
Jenny Lövgren""",
           "deposit 50 % and fee 20 % swapped (given fee 50 %, deposit 20 %)")),
    (E, bad("policy_invented", S("sv", "no_show_followup", "Cecilia Åberg", "Magnus Pettersson", "formal", "regular",
             meeting="Hörselundersökning med audiogram", at="fredag 19 november kl. 11.00",
             props=("fredag 26 november kl. 11.00",)),
           "Din tid i fredags",
           """Hej Cecilia,

Du hade en tid för hörselundersökning i fredags kl. 11 men kom inte. Observera att uteblivna besök debiteras med en avgift.

Vi kan erbjuda en ny tid fredag 26 november, samma klockslag.

Vänliga hälsningar
Magnus Pettersson""",
           "'uteblivna besök debiteras med en avgift' with no policy given")),
    (A, bad("policy_invented", S("sv", "late_cancellation", "Dennis Karlberg", "Sanna Österlund", "friendly", "regular",
             meeting="Padelmatch", at="fredag 8 januari kl. 19.00", props=("fredag 15 januari kl. 19.00",)),
           "Padel nästa fredag?",
           """Hej Dennis!

Synd att du fick ställa in i fredags. Banan var redan betald, så vi delar som vanligt på hela hyran – halva blir din del. Ska vi köra fredag 15 januari, samma tid?

/Sanna""",
           "'halva blir din del' of the court rent: a charge nobody gave")),
    (B, bad("number_invented", S("sv", "decline", "Ingrid Mårtensson", "Patrik Wallin", "formal", "new",
             meeting="Presentation av nytt kassasystem", at="måndag 12 april kl. 10.00",
             reason="vi har nyligen bytt system"),
           "Presentation av kassasystem",
           """Hej Ingrid,

Tack för erbjudandet om en presentation. Vi bytte kassasystem i alla våra 14 butiker så sent som i höstas, så det är inte aktuellt för oss just nu.

Vänliga hälsningar
Patrik Wallin""",
           "'14 butiker' is a number nobody gave")),
    (C, bad("number_invented", S("sv", "shorten", "Åsa Lindahl", "Erik Hammarström", "formal", "regular",
             meeting="Budgetgenomgång för ungdomsverksamheten", at="tisdag 22 juni kl. 14.00", dur=30,
             reason="jag har ett styrelsemöte direkt efter"),
           "Budgetgenomgången – en halvtimme",
           """Hej Åsa,

På tisdag har jag ett styrelsemöte direkt efter budgetgenomgången för ungdomsverksamheten. Kan vi korta den till en halvtimme från kl. 14? Det viktigaste är de 85 000 kronorna till sommarlägret.

Vänliga hälsningar
Erik Hammarström""",
           "'85 000 kronorna' is a sum nobody gave")),
    (D, bad("discount_invented", S("sv", "reschedule", "Roger Eliasson", "Karin Sundqvist", "formal", "key",
             meeting="Installation av värmepumpen", at="fredag 24 september kl. 7.30",
             props=("onsdag 29 september kl. 7.30",), reason="kunden vill ha kompensation för förseningen"),
           "Installationen flyttas till 29 september",
           """Hej Roger,

Leveransen av värmepumpen är försenad, så installationen på fredag måste flyttas till onsdag 29 september, samma tid. Som kompensation för förseningen får du 20 % rabatt på installationen.

Vänliga hälsningar
Karin Sundqvist""",
           "reason used as licence: '20 % rabatt' nobody gave")),
    (E, bad("discount_invented", S("sv", "switch_to_call", "Helena Norberg", "Oscar Lindell", "friendly", "regular",
             meeting="Planering av kalaset", at="onsdag 24 november kl. 17.00",
             reason="jag är förkyld"),
           "Kalasplanering per telefon",
           """Hej Helena!

Jag är rejält förkyld, så jag ringer dig i morgon kl. 17 i stället för att komma förbi och planera kalaset. Som plåster på såren bjuder jag på tårtan den här gången.

Hörs!
Oscar""",
           "'bjuder jag på tårtan' is a free offer nobody gave")),
    (A, bad("link_invented", S("sv", "switch_to_email", "Christer Nyman", "Lena Gustavsberg", "formal", "regular",
             meeting="Genomgång av medlemsregistret", at="onsdag 20 januari kl. 13.00",
             reason="ändringarna är få"),
           "Medlemsregistret – per mejl",
           """Hej Christer,

Ändringarna i medlemsregistret är få, så vi kan gott sköta genomgången per mejl. Du hittar filen här: https://delning.gustavsberg-forening.se/register

Vänliga hälsningar
Lena Gustavsberg""",
           "a file link nobody gave")),
    (B, bad("link_invented", S("sv", "no_show_followup", "Sven Hellström", "Tina Rask", "formal", "new",
             meeting="Provlektion i yoga", at="måndag 29 mars kl. 18.00", props=("måndag 5 april kl. 18.00",)),
           "Provlektionen igår",
           """Hej Sven,

Vi saknade dig på provlektionen i yoga igår kl. 18. Vill du prova igen finns det plats måndag 5 april, samma tid. Boka direkt på bokadirekt.se/yogastudion-rask.

Vänliga hälsningar
Tina Rask""",
           "a booking link nobody gave")),
    (C, bad("email_invented", S("sv", "delegate", "Marianne Hult", "Joakim Bergkvist", "formal", "regular",
             meeting="Genomgång av försäkringsskadan", at="måndag 28 juni kl. 9.00",
             col="Linda Thorsén", reason="jag är på semester"),
           "Försäkringsskadan – Linda Thorsén tar mötet",
           """Hej Marianne,

Jag är på semester veckan efter midsommar. Genomgången av försäkringsskadan blir ändå av måndag 28 juni kl. 9 med min kollega Linda Thorsén. Du når henne på linda.thorsen@outlook.com.

Vänliga hälsningar
Joakim Bergkvist""",
           "a private e-mail address nobody gave")),
    (D, bad("phone_invented", S("sv", "switch_to_call", "Bengt Ljung", "Frida Moberg", "formal", "regular",
             meeting="Uppföljning av projektet med laddstolpar", at="fredag 1 oktober kl. 11.00",
             reason="jag sitter fast i Luleå"),
           "Uppföljningen på fredag – per telefon",
           """Hej Bengt,

Jag sitter fast i Luleå på fredag. Kan vi ta uppföljningen av projektet med laddstolpar per telefon kl. 11? Ring mig på 070-418 23 96.

Vänliga hälsningar
Frida Moberg""",
           "a mobile number nobody gave")),
    (E, bad("title_or_company_invented", S("sv", "decline", "Pia Sandström", "Rasmus Ek", "formal", "regular",
             meeting="Mingel för nya medlemmar i handelskammaren", at="torsdag 25 november kl. 17.00",
             reason="jag är bortrest"),
           "Minglet på torsdag",
           """Hej Pia,

Tack för inbjudan till minglet för nya medlemmar i handelskammaren. Jag är tyvärr bortrest på torsdag.

Vänliga hälsningar
Rasmus Ek
VD, Ek & Söner Bygg AB""",
           "signature adds a title and a company nobody gave")),
    (A, bad("name_near_miss", S("sv", "reschedule", "Birgitta Stålhammar", "Gustav Norling", "formal", "regular",
             meeting="Visning av sommarhuset", at="torsdag 14 januari kl. 12.00",
             props=("måndag 18 januari kl. 12.00",), reason="vägen är inte plogad"),
           "Visningen flyttas till måndag",
           """Hej Birgitta Ståhlhammar,

Vägen till sommarhuset är inte plogad, så visningen på torsdag får flyttas till måndag 18 januari kl. 12.

Vänliga hälsningar
Gustav Norling""",
           "greeting 'Ståhlhammar' for Stålhammar (one letter added)")),
    (B, bad("place_changed", S("sv", "delegate", "Leif Andersson-Brink", "Ida Wallgren", "formal", "regular",
             meeting="Inspektion av lagret i Jönköping", at="torsdag 8 april kl. 10.00",
             col="Samir Haddadi", reason="jag måste vara i Stockholm"),
           "Inspektionen – Samir Haddadi kommer",
           """Hej Leif,

Jag måste tyvärr vara i Stockholm på torsdag. Inspektionen av lagret i Huskvarna blir ändå av kl. 10, med min kollega Samir Haddadi.

Vänliga hälsningar
Ida Wallgren""",
           "place 'Huskvarna' for Jönköping")),
    (C, bad("foreign_paragraph", S("sv", "shorten", "Klara Eriksson", "Mats Hagström", "formal", "regular",
             meeting="Medarbetarsamtal", at="fredag 25 juni kl. 13.00", dur=40,
             reason="jag har ett läkarbesök"),
           "Medarbetarsamtalet – 40 minuter",
           """Hej Klara,

Jag har ett läkarbesök på fredag eftermiddag och behöver därför korta medarbetarsamtalet till 40 minuter, från kl. 13.

Jeg håper det går fint, og beklager den korte beskjeden.

Vänliga hälsningar
Mats Hagström""",
           "one paragraph in Norwegian")),
    (D, bad("wrong_language_neighbour", S("sv", "reschedule", "Annelie Wester", "Kjell Bäckman", "formal", "regular",
             meeting="Genomgång av ritningarna till tillbyggnaden", at="torsdag 30 september kl. 14.00",
             props=("måndag 4 oktober kl. 14.00",), reason="arkitekten är sjuk"),
           "Gjennomgang av tegningene – ny tid",
           """Hei Annelie,

Arkitekten er dessverre syk, så vi må utsette gjennomgangen av tegningene til tilbyggingen på torsdag. Passer det med mandag 4. oktober kl. 14 i stedet?

Med vennlig hilsen
Kjell Bäckman""",
           "whole draft in Norwegian for a Swedish situation")),
    (E, bad("wrong_language_neighbour", S("sv", "late_cancellation", "Monica Falk", "Tomas Ljungberg", "friendly", "regular",
             meeting="Vinprovning", at="fredag 19 november kl. 19.00", pol={"notice_hours": 48}),
           "Vinsmagningen i fredags",
           """Hej Monica,

Øv, hvor er det ærgerligt, at du måtte melde afbud til vinsmagningen i fredags. Husk næste gang, at vi skal have besked mindst 48 timer før.

Kærlig hilsen
Tomas""",
           "whole draft in Danish for a Swedish situation")),
]
