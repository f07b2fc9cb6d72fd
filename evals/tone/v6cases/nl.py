"""Dutch v6 tone cases: SITS (situation fields without id/language) and CASES (sit, label, flaw, subject, body, note)."""

SITS = {
    1: {"intent": "reschedule", "recipient_name": "mevrouw ir. Willemijn Tjeerdsma", "sender_name": "Bart Oudeboom",
        "tone": "formal", "relationship": "key",
        "meeting": "stuurgroepoverleg over de uitbreiding van het distributiecentrum",
        "meeting_time": "donderdag 17 december om 13.00 uur",
        "proposed_times": ["maandag 21 december om 13.00 uur", "dinsdag 22 december om 9.00 uur"],
        "reason": "een spoedoverleg met de gemeente over de vergunning"},
    2: {"intent": "shorten", "recipient_name": "Sanne Wolthuis", "sender_name": "Joris Hoekema",
        "tone": "friendly", "relationship": "regular", "meeting": "fotoshoot voor de nieuwe menukaart",
        "meeting_time": "woensdag 9 december om 14.00 uur", "duration_minutes": 60,
        "reason": "een tweede opdracht die later die middag is ingepland"},
    3: {"intent": "switch_to_call", "recipient_name": "de heer mr. Koen Verbruggen", "sender_name": "Fatima Ouali",
        "tone": "formal", "relationship": "new", "meeting": "kennismakingsgesprek over de jaarrekening van uw stichting",
        "meeting_time": "maandag 14 december om 10.30 uur", "reason": "de sneeuwval die voor maandag voorspeld is"},
    4: {"intent": "no_show_followup", "recipient_name": "Mieke Dijkstra-Brouwer", "sender_name": "Thijs Veldkamp",
        "tone": "friendly", "relationship": "key", "meeting": "coachingsgesprek over de nieuwe teamindeling",
        "meeting_time": "woensdag 2 december om 16.00 uur", "proposed_times": ["donderdag 10 december om 16.00 uur"]},
    5: {"intent": "switch_to_email", "recipient_name": "mevrouw Petra Heemskerk", "sender_name": "Ruud Scholtens",
        "tone": "formal", "relationship": "regular", "meeting": "bespreking van de offerte voor het nieuwe dak",
        "meeting_time": "vrijdag 11 december om 15.00 uur", "reason": "er staan nog maar twee kleine punten open"},
    6: {"intent": "delegate", "recipient_name": "Lotte Boschloo", "sender_name": "Ayoub Ezzahiri",
        "colleague_name": "Femke Nijhuis", "tone": "friendly", "relationship": "new",
        "meeting": "intakegesprek voor de huwelijksreis naar Japan", "meeting_time": "dinsdag 5 januari om 19.00 uur",
        "reason": "de uitvaart van mijn grootvader"},
    7: {"intent": "late_cancellation", "recipient_name": "de heer dr. Maarten Vossenberg", "sender_name": "Ingrid Postma",
        "tone": "formal", "relationship": "key", "meeting": "jaarlijkse controle van de koelinstallatie",
        "meeting_time": "donderdag 3 december om 8.00 uur", "proposed_times": ["dinsdag 15 december om 8.00 uur"],
        "policy": {"notice_hours": 24, "fee_percent": 75}},
    8: {"intent": "cancellation_policy", "recipient_name": "Daan Hofstede", "sender_name": "Evi Smulders",
        "tone": "friendly", "relationship": "new", "policy": {"notice_hours": 24, "fee_percent": 100}},
}

CASES = [
    (1, "good", None, "Stuurgroepoverleg 17 december verzetten",
     """
Geachte mevrouw Tjeerdsma,

Helaas moet ik u vragen het stuurgroepoverleg over de uitbreiding van het distributiecentrum van donderdag 17 december om 13.00 uur te verzetten. Op dat moment is er een spoedoverleg met de gemeente over de vergunning, en dat wil ik niet aan een ander overlaten: de uitkomst is ook voor u van belang.

Zou maandag 21 december om 13.00 uur of dinsdag 22 december om 9.00 uur u schikken? Ik neem de uitkomst van het gesprek met de gemeente dan meteen mee.

Met vriendelijke groet,
Bart Oudeboom
""", "formal, warm, links the reason to the client's interest, two slots"),
    (1, "bad", "passive_aggression", "Stuurgroepoverleg",
     """
Geachte mevrouw Tjeerdsma,

Zoals reeds eerder per mail aangegeven, en ik neem aan dat die inmiddels gelezen is, kan het stuurgroepoverleg over de uitbreiding van het distributiecentrum van donderdag 17 december om 13.00 uur niet doorgaan vanwege een spoedoverleg met de gemeente over de vergunning.

Ik stel maandag 21 december om 13.00 uur of dinsdag 22 december om 9.00 uur voor. Graag uw reactie, ditmaal binnen een redelijke termijn.

Met vriendelijke groet,
Bart Oudeboom
""", "'zoals reeds eerder per mail aangegeven', 'ik neem aan dat die inmiddels gelezen is', 'ditmaal'"),
    (1, "bad", "over_familiarity", "Ff verzetten hoor",
     """
Hoi Willemijntje!

Donderdag 17 december om 13.00 uur gaat 'm niet worden met dat stuurgroepoverleg over de uitbreiding van het distributiecentrum, ik moet naar een spoedoverleg met de gemeente over de vergunning, altijd wat met die ambtenaren haha. Maandag 21 december om 13.00 uur of dinsdag 22 december om 9.00 uur? Zeg het maar, schat!

Dikke knuffel,
Bartje
""", "diminutive, 'schat', 'dikke knuffel' to a key client addressed as mevrouw ir."),
    (2, "good", None, "Shoot woensdag iets korter",
     """
Hoi Sanne,

Kunnen we de fotoshoot voor de nieuwe menukaart van woensdag 9 december om 14.00 uur in 60 minuten doen? Later die middag heb ik een tweede opdracht ingepland. Als de gerechten om twee uur klaarstaan, haal ik het makkelijk, en ik zorg dat de lampen al klaarstaan.

Tot woensdag!
Joris
""", "friendly, short, practical"),
    (2, "bad", "sarcasm", "Woensdag",
     """
Hoi Sanne,

De fotoshoot voor de nieuwe menukaart van woensdag 9 december om 14.00 uur duurt 60 minuten, want ik heb later die middag een tweede opdracht ingepland. Maar jullie zijn natuurlijk altijd zó stipt, dus dat gaat vast vanzelf goed.

Joris
""", "sarcasm: 'jullie zijn natuurlijk altijd zó stipt'"),
    (2, "bad", "blame", "Fotoshoot 9 december",
     """
Hoi Sanne,

De fotoshoot voor de nieuwe menukaart van woensdag 9 december om 14.00 uur wordt 60 minuten: later die middag heb ik een tweede opdracht ingepland. Vorige keer stond ik een uur te wachten omdat jullie keuken niet op tijd klaar was, dus zorg er nu wel voor dat alles om twee uur klaarstaat, anders is het jullie probleem.

Joris
""", "blames the client's kitchen for last time, 'anders is het jullie probleem'"),
    (3, "good", None, "Ons gesprek van maandag telefonisch?",
     """
Geachte heer Verbruggen,

Voor maandag wordt flinke sneeuwval voorspeld. Zou u het goed vinden om ons kennismakingsgesprek over de jaarrekening van uw stichting op maandag 14 december om 10.30 uur telefonisch te voeren? Dan hoeft u niet de weg op en beginnen we gewoon op tijd.

Ik bel u op het nummer dat u mij doorgeeft. Ik kijk uit naar onze kennismaking.

Met vriendelijke groet,
Fatima Ouali
""", "formal u, asks, puts the client's comfort first"),
    (3, "bad", "bureaucratic_distance", "Wijziging vorm kennismakingsgesprek d.d. 14-12",
     """
Geachte heer Verbruggen,

Hierbij delen wij u mede dat het kennismakingsgesprek over de jaarrekening van uw stichting, gepland op maandag 14 december om 10.30 uur, in verband met de sneeuwval die voor maandag voorspeld is, telefonisch zal plaatsvinden.

Wij verzoeken u vriendelijk doch dringend om op het genoemde tijdstip bereikbaar te zijn.

Hoogachtend,
namens de afdeling Financiële Dienstverlening,
F. Ouali
""", "'hierbij delen wij u mede', 'vriendelijk doch dringend', signed on behalf of a department, to a new client"),
    (3, "bad", "condescension", "Maandag telefonisch",
     """
Geachte heer Verbruggen,

Vanwege de sneeuwval die voor maandag voorspeld is, houden we het kennismakingsgesprek over de jaarrekening van uw stichting op maandag 14 december om 10.30 uur telefonisch.

Geen zorgen: een jaarrekening lijkt ingewikkeld, maar ik leg het zo uit dat ook iemand zonder financiële achtergrond het kan volgen. Pak er gerust pen en papier bij.

Met vriendelijke groet,
Fatima Ouali
""", "talks down to a lawyer about a set of accounts"),
    (4, "good", None, "Alles goed?",
     """
Hoi Mieke,

Ik miste je woensdag 2 december om 16.00 uur bij ons coachingsgesprek over de nieuwe teamindeling. Ik hoop dat alles in orde is!

Donderdag 10 december om 16.00 uur heb ik nog plek. Past dat, of zal ik iets anders zoeken?

Groet,
Thijs
""", "friendly check-in, no reproach, new slot"),
    (4, "bad", "mock_enthusiasm", "Wat een middag!",
     """
Hoi Mieke!

Super bedankt voor woensdag 2 december om 16.00 uur! Ons coachingsgesprek over de nieuwe teamindeling was echt top: lekker rustig, niemand die me onderbrak, de koffie helemaal voor mij alleen. Een aanrader!

Zullen we donderdag 10 december om 16.00 uur nog zo'n topsessie doen? Ik kan niet wachten!!
Thijs
""", "mock thanks for a meeting the client missed"),
    (4, "bad", "passive_aggression", "Woensdag",
     """
Hoi Mieke,

Woensdag 2 december om 16.00 uur zat ik klaar voor ons coachingsgesprek over de nieuwe teamindeling. Ik heb je nog geappt en gebeld, maar dat zal wel niet zijn aangekomen. Geeft niks hoor, ik ben het inmiddels gewend.

Donderdag 10 december om 16.00 uur kan ook, als je er dan wel bent.

Thijs
""", "'dat zal wel niet zijn aangekomen', 'ik ben het inmiddels gewend', 'als je er dan wel bent'"),
    (5, "good", None, "Offerte nieuw dak: per mail afronden?",
     """
Geachte mevrouw Heemskerk,

Voor de bespreking van de offerte voor het nieuwe dak op vrijdag 11 december om 15.00 uur staan er nog maar twee kleine punten open. Mag ik u voorstellen die per mail af te handelen? Dat scheelt u een middag.

Ik stuur u morgen beide punten met een korte toelichting. Wilt u liever toch even zitten, dan houd ik vrijdag gewoon vrij.

Met vriendelijke groet,
Ruud Scholtens
""", "formal, helpful, keeps the meeting open if preferred"),
    (5, "good", None, "Vrijdag 11 december",
     """
Geachte mevrouw Heemskerk,

Er staan nog maar twee kleine punten open in de offerte voor het nieuwe dak. Zullen we die per mail afhandelen in plaats van vrijdag 11 december om 15.00 uur bij elkaar te komen? U ontvangt ze vandaag nog van mij.

Met vriendelijke groet,
Ruud Scholtens
""", "short, formal, kind"),
    (5, "bad", "coldness", "Offerte dak",
     """
Mevrouw Heemskerk,

Bespreking offerte nieuw dak vrijdag 11 december 15.00 uur vervalt. Nog twee punten open, die gaan per mail.

R. Scholtens
""", "telegraphic cancellation to a regular client, no greeting, no explanation of the benefit"),
    (6, "good", None, "Intakegesprek 5 januari",
     """
Hoi Lotte,

Ik kan helaas niet bij het intakegesprek voor de huwelijksreis naar Japan zijn, dinsdag 5 januari om 19.00 uur: dan is de uitvaart van mijn grootvader. Mijn collega Femke Nijhuis neemt het van me over. Jullie reis is bij haar in heel goede handen.

Alvast veel plezier met plannen,
Ayoub
""", "friendly, dignified mention of a funeral, no promise to stay reachable"),
    (6, "good", None, "Femke helpt jullie verder",
     """
Hoi Lotte,

Dinsdag 5 januari om 19.00 uur ontvangt mijn collega Femke Nijhuis jullie voor het intakegesprek voor de huwelijksreis naar Japan; ik ben die dag bij de uitvaart van mijn grootvader. Femke weet alles wat jullie me al vertelden.

Hartelijke groet,
Ayoub
""", "short, warm, clear"),
    (6, "bad", "grovelling", "Het spijt me zo ontzettend",
     """
Hoi Lotte,

Het spijt me echt verschrikkelijk en ik schaam me diep dat ik dit moet schrijven: ik kan dinsdag 5 januari om 19.00 uur niet bij jullie intakegesprek voor de huwelijksreis naar Japan zijn, want dan is de uitvaart van mijn grootvader. Ik weet dat dit onvergeeflijk is voor zo'n belangrijke reis.

Mijn collega Femke Nijhuis neemt het over. Ik hoop zó dat jullie ons niet laten vallen. Nogmaals duizendmaal excuses, ik voel me er echt rot over.

Ayoub
""", "grovels over a funeral, asks not to be dropped"),
    (7, "good", None, "Controle koelinstallatie 3 december",
     """
Geachte heer Vossenberg,

Wij hebben uw afzegging voor de jaarlijkse controle van de koelinstallatie van donderdag 3 december om 8.00 uur ontvangen. Omdat die binnen 24 uur voor de afspraak binnenkwam, brengen wij volgens onze voorwaarden 75 % van het tarief in rekening: de monteur en zijn dag waren al voor u vrijgemaakt.

Graag komen wij op dinsdag 15 december om 8.00 uur alsnog langs.

Met vriendelijke groet,
Ingrid Postma
""", "firm on the fee with its reason, respectful"),
    (7, "good", None, "Nieuwe afspraak koelinstallatie",
     """
Geachte heer Vossenberg,

Jammer dat de jaarlijkse controle van de koelinstallatie op donderdag 3 december om 8.00 uur niet doorging. Zullen we dinsdag 15 december om 8.00 uur aanhouden?

Voor de volledigheid: de afzegging kwam binnen 24 uur, dus volgens onze voorwaarden wordt 75 % van het tarief gefactureerd. Dank voor uw begrip.

Met vriendelijke groet,
Ingrid Postma
""", "short, calm, clear about the fee"),
    (7, "bad", "hostile", "Afzegging 3 december",
     """
Geachte heer Vossenberg,

Uw afzegging voor de jaarlijkse controle van de koelinstallatie van donderdag 3 december om 8.00 uur kwam binnen 24 uur. Wij brengen daarom 75 % van het tarief in rekening.

Nieuwe afspraak: dinsdag 15 december om 8.00 uur. Ik wijs u er wel op dat wij bij een volgende keer ons onderhoudscontract met u zullen heroverwegen. Er zijn genoeg klanten die wel op hun afspraken komen.

Ingrid Postma
""", "threatens the contract and compares the key client with others"),
    (8, "good", None, "Even iets over afzeggen",
     """
Hoi Daan,

Welkom bij de salon! Eén praktisch dingetje: kun je niet komen, laat het dan minstens 24 uur van tevoren weten. Bij later afzeggen rekenen we de volledige behandeling, omdat we die plek dan niet meer kunnen vullen.

Tot snel in de stoel,
Evi
""", "friendly welcome, states the full fee with its reason"),
    (8, "good", None, "Afspraken en afzeggen",
     """
Hoi Daan,

Fijn dat je bij ons een afspraak hebt gemaakt. Afzeggen kan tot 24 uur vooraf kosteloos; daarna betaal je 100 %. Vragen? Stuur gerust een berichtje.

Groetjes,
Evi
""", "very short, warm"),
    (8, "bad", "phishing_like", "Actie vereist: bevestig je afspraak",
     """
Hoi Daan,

Welkom! Onze voorwaarden: afzeggen tot 24 uur vooraf is gratis, daarna betaal je 100 %.

Om je afspraak te behouden moet je binnen 24 uur je gegevens en IBAN bevestigen via deze link: http://salon-bevestig.info/klant. Doe je dat niet, dan vervalt je reservering automatisch.

Evi
""", "urgent link asking for bank details with a deadline and a threat"),
]
