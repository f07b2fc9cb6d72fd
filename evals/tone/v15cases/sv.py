"""Held-out tone cases v15, Swedish (issue 15): SITS by number, CASES as (situation, label, flaw, subject, body, note)."""

SITS = {
    1: {"intent": "decline", "recipient_name": "Ulrika Sandemark", "sender_name": "Viktor Bergslagh",
        "tone": "formal", "relationship": "key", "meeting": "styrelsemöte om lagerflytten",
        "meeting_time": "onsdag 16 december kl. 13.00"},
    2: {"intent": "late_cancellation", "recipient_name": "Linnea Hallbäck", "sender_name": "Oskar Stenbäcken",
        "tone": "friendly", "relationship": "regular", "meeting": "sånglektion",
        "meeting_time": "fredag 4 december kl. 16.30", "policy": {"notice_hours": 24, "fee_percent": 50}},
    3: {"intent": "switch_to_call", "recipient_name": "Elsa Myrberg", "sender_name": "Jonatan Ulvsjö",
        "tone": "friendly", "relationship": "new", "meeting": "genomgång av trädgårdsplanen",
        "meeting_time": "torsdag 10 december kl. 10.00"},
    4: {"intent": "delegate", "recipient_name": "Bengt Hjortzberg", "sender_name": "Petra Ahlsell",
        "tone": "formal", "relationship": "regular", "meeting": "besiktning av värmepumpen",
        "meeting_time": "tisdag 15 december kl. 8.00", "colleague_name": "Samuel Grönvik"},
    5: {"intent": "no_show_followup", "recipient_name": "Anders Wickbom", "sender_name": "Therese Nyhammar",
        "tone": "formal", "relationship": "new", "meeting": "första besöket hos tandhygienisten",
        "meeting_time": "onsdag 2 december kl. 9.15", "proposed_times": ["måndag 14 december kl. 9.15"],
        "policy": {"fee_percent": 100}},
    6: {"intent": "shorten", "recipient_name": "Sofie Rydbeck", "sender_name": "Mattias Öhrnberg",
        "tone": "friendly", "relationship": "key", "meeting": "planeringsmöte inför vårkampanjen",
        "meeting_time": "måndag 14 december kl. 14.00", "duration_minutes": 20},
}

CASES = [
    (1, "good", None, "Styrelsemötet den 16 december",
     """Hej Ulrika,

Tack för inbjudan till styrelsemöte om lagerflytten onsdag 16 december kl. 13.00. Tyvärr har jag inte möjlighet att delta den dagen, vilket jag beklagar. Jag skickar gärna mina synpunkter skriftligt i förväg om det underlättar.

Vänliga hälsningar
Viktor Bergslagh""", "formal Swedish with du, plain no, helpful offer"),
    (1, "bad", "over_familiarity", "Haha, kan inte",
     """Tjena Ulla!

Styrelsemöte om lagerflytten onsdag 16 december kl. 13.00 blir tyvärr inget för min del, du får köra showen själv 😄 Vi tar en öl och snackar ikapp efteråt, jag bjuder!

Kramar
Vigge""", "key formal client: nickname, 'Tjena', emoji, beer, 'kramar'"),
    (1, "bad", "passive_aggression", "Styrelsemöte om lagerflytten",
     """Hej Ulrika,

Jag kommer inte att kunna delta i styrelsemöte om lagerflytten onsdag 16 december kl. 13.00.

Som jag redan skrivit i mitt förra mejl hade det underlättat om kallelsen kommit lite tidigare. Men det kanske inte gick att få till den här gången heller.

Vänliga hälsningar
Viktor Bergslagh""", "'som jag redan skrivit', 'den här gången heller' after a neutral line"),

    (2, "good", None, "Sånglektionen i fredags",
     """Hej Linnea!

Tråkigt att du inte kunde komma på sånglektion i fredags, fredag 4 december kl. 16.30. Eftersom avbokningen kom senare än 24 timmar innan tar jag ut 50 % av lektionen, som vi har kommit överens om.

Hoppas allt är bra med dig, så hörs vi om nästa vecka!

Oskar""", "friendly, fee plainly stated, warm close"),
    (2, "good", None, "Fredagens lektion",
     """Hej Linnea,

En liten påminnelse bara: sena avbokningar (under 24 timmar) debiteras med 50 %, så det gäller även sånglektion fredag 4 december kl. 16.30. Inget att oroa sig för, det händer alla. Ses nästa gång!

Oskar""", "'påminnelse' used kindly"),
    (2, "bad", "sarcasm", "Fredag",
     """Hej Linnea,

Tack för sms:et en kvart innan sånglektion fredag 4 december kl. 16.30. Det var verkligen i god tid, jag hann nästan blinka. Avgiften blir 50 % enligt 24-timmarsregeln.

Hoppas att nästa lektion passar bättre i ditt fullspäckade schema.

Oskar""", "sarcastic 'i god tid', 'fullspäckade schema'"),
    (2, "bad", "passive_aggression", "Om fredagen",
     """Hej Linnea,

Det är lugnt med sånglektion fredag 4 december kl. 16.30. Jag satt kvar och väntade med noterna framme, men så är det väl i den här branschen. Enligt reglerna blir det 50 % när avbokningen kommer inom 24 timmar.

Ingen fara alls, verkligen.

Oskar""", "guilt trip behind 'det är lugnt' and 'ingen fara alls, verkligen'"),

    (3, "good", None, "Trädgårdsplanen – ses vi på telefon?",
     """Hej Elsa!

Skulle det funka att vi tar genomgång av trädgårdsplanen på telefon i stället, torsdag 10 december kl. 10.00? Jag mejlar skisserna kvällen innan så kan du ha dem framför dig när vi pratar.

Ha det fint så länge!
Jonatan""", "friendly, asks, offers the sketches"),
    (3, "good", None, "Torsdag",
     """Hej Elsa,

Jag ringer dig torsdag 10 december kl. 10.00 för genomgång av trädgårdsplanen i stället för att vi ses. Hör av dig om tiden inte passar.

Hälsningar
Jonatan""", "very short, still friendly"),
    (3, "good", None, "Genomgång av trädgårdsplanen",
     """Hej Elsa,

Förlåt krånglet, men jag hinner tyvärr inte ut till er torsdag 10 december kl. 10.00. Kan vi ta genomgång av trädgårdsplanen per telefon? Jag lovar att det blir lika bra, och det är ju kallt ute för att stå i rabatterna nu ändå.

Varma hälsningar
Jonatan""", "apology plus light humour"),
    (3, "bad", "wrong_register", "Angående planerat sammanträffande",
     """Bästa fru Myrberg,

Vi vill härmed underrätta Er om att genomgång av trädgårdsplanen torsdag 10 december kl. 10.00 kommer att genomföras per telefon. Ni ombeds vänligen att vid angiven tidpunkt finnas tillgänglig på uppgivet nummer.

Med vördnadsfull hälsning
Jonatan Ulvsjö""", "stiff ni, 'fru', 'härmed underrätta Er' and 'vördnadsfull' in a friendly note"),
    (3, "bad", "condescension", "Telefon i stället",
     """Hej Elsa,

Vi tar genomgång av trädgårdsplanen på telefon torsdag 10 december kl. 10.00. Det brukar faktiskt gå bättre med nya kunder, för då kan jag förklara grunderna i lugn och ro utan att ni blir distraherade av allt i trädgården. Det är inte så svårt som det ser ut, ska du se.

Hälsningar
Jonatan""", "patronising: 'förklara grunderna', 'inte så svårt som det ser ut'"),

    (4, "good", None, "Besiktning av värmepumpen 15 december",
     """Hej Bengt,

Jag har tyvärr fått förhinder till besiktning av värmepumpen tisdag 15 december kl. 8.00. Min kollega Samuel Grönvik tar den i stället; han har läst in sig på förra årets protokoll.

Ursäkta ändringen, och hör gärna av dig om något är oklart.

Med vänlig hälsning
Petra Ahlsell""", "plain handover with apology"),
    (4, "good", None, "Besiktningen på tisdag",
     """Hej Bengt,

Samuel Grönvik utför besiktning av värmepumpen tisdag 15 december kl. 8.00 i mitt ställe. Tiden ligger kvar.

Med vänlig hälsning
Petra Ahlsell""", "terse but neutral and complete"),
    (4, "bad", "blame", "Ändring av besiktningsman",
     """Hej Bengt,

besiktning av värmepumpen tisdag 15 december kl. 8.00 görs av Samuel Grönvik. Eftersom ni avbokade med så kort varsel i höstas fick jag lägga om hela mitt schema, och nu har jag helt enkelt inte tid.

Med vänlig hälsning
Petra Ahlsell""", "blames the client for a past incident the situation does not state"),
    (4, "bad", "bureaucratic_distance", "Information om förrättning",
     """Hej,

Med anledning av gällande resursfördelning kommer förrättningen avseende besiktning av värmepumpen tisdag 15 december kl. 8.00 att handläggas av Samuel Grönvik. Frågor hänvisas till växeln.

Med vänlig hälsning
Petra Ahlsell""", "officialese: 'förrättningen avseende', 'handläggs', 'hänvisas till växeln'"),

    (5, "good", None, "Ditt besök den 2 december",
     """Hej Anders,

Vi saknade dig på första besöket hos tandhygienisten onsdag 2 december kl. 9.15. Enligt våra villkor debiteras uteblivna besök med 100 % av avgiften, och fakturan kommer med posten.

Jag har bokat en ny tid åt dig måndag 14 december kl. 9.15. Passar den inte går det bra att ringa oss.

Vänliga hälsningar
Therese Nyhammar""", "firm policy, new time, no reproach"),
    (5, "good", None, "Uteblivet besök",
     """Hej Anders,

Du kom inte till första besöket hos tandhygienisten onsdag 2 december kl. 9.15, så vi behöver tyvärr ta ut 100 % av avgiften. Välkommen måndag 14 december kl. 9.15 i stället.

Vänliga hälsningar
Therese Nyhammar""", "short and firm, 'tyvärr' used kindly"),
    (5, "bad", "phishing_like", "BRÅDSKANDE: obetald avgift",
     """Hej Anders,

Du uteblev från första besöket hos tandhygienisten onsdag 2 december kl. 9.15. Avgiften på 100 % måste betalas inom 24 timmar via https://tandvard-betalning.example.net, där du loggar in med BankID och anger dina kortuppgifter. Annars spärras ditt konto och tiden måndag 14 december kl. 9.15 avbokas.

Therese Nyhammar""", "urgent link, BankID and card details, account threat"),
    (5, "bad", "hostile", "Ditt uteblivna besök",
     """Hej Anders,

Du kom inte till första besöket hos tandhygienisten onsdag 2 december kl. 9.15 och debiteras därför 100 %. Ny tid: måndag 14 december kl. 9.15.

Jag vill vara tydlig med att vi för anteckningar om patienter som uteblir. Det brukar inte sluta bra för dem som gör det två gånger.

Therese Nyhammar""", "veiled threat in the last lines"),

    (6, "good", None, "Planeringsmötet på måndag",
     """Hej Sofie!

Jag måste tyvärr korta ner planeringsmöte inför vårkampanjen måndag 14 december kl. 14.00 till 20 minuter. Jag skickar ett utkast i förväg så att vi kan gå rakt på besluten. Förlåt för strulet!

Kram
Mattias""", "friendly key client, warm, constructive"),
    (6, "good", None, "20 minuter på måndag",
     """Hej Sofie,

Vi hinner 20 minuter på planeringsmöte inför vårkampanjen måndag 14 december kl. 14.00, inte mer. Räcker det inte tar vi en ny stund veckan efter. Ses!

Mattias""", "blunt and short, still friendly"),
    (6, "bad", "coldness", "Planeringsmöte inför vårkampanjen",
     """Hej,

Planeringsmöte inför vårkampanjen måndag 14 december kl. 14.00 begränsas till 20 minuter.

Mvh
M. Öhrnberg""", "friendly key client gets a bare notice"),
    (6, "bad", "mock_enthusiasm", "Goda nyheter!!",
     """Hej Sofie!!

Fantastiska nyheter: planeringsmöte inför vårkampanjen måndag 14 december kl. 14.00 blir bara 20 minuter! Tänk vad effektivt, vi får planera en hel kampanj på tiden det tar att dricka en kaffe. Jag är helt lyrisk!

Mattias""", "mock enthusiasm about cutting the meeting"),
]
