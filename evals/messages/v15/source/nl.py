"""v15 Dutch (and Flemish) client messages, hand-written (data-be, 8 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml",
     "headers": {"From": ("Griet Vanhoutte", "griet.vanhoutte@stad-roeselare.example.be"),
                 "To": ("Pieter-Jan De Smet", "pj.desmet@desmet-advies.example.be"),
                 "Subject": "Uitnodiging klankbordgroep mobiliteitsplan",
                 "Date": "Mon, 07 Dec 2026 09:03:00 +0100",
                 "Message-ID": "<v15nl001.a7@stad-roeselare.example.be>"},
     "body": """
Dag Pieter-Jan,

Zoals afgesproken met schepen Declercq nodigen we u graag uit op de tweede klankbordgroep van het mobiliteitsplan, op donderdag 17 december van 19u tot 21u30 in de raadzaal van het stadhuis. Er is een broodje voorzien vanaf 18u30.

Zou u ons kunnen laten weten of u erbij bent? Dan kan Jens de presentatie van uw bureau op de agenda zetten.

Met vriendelijke groeten,

Griet Vanhoutte
Beleidsmedewerker mobiliteit
Stad Roeselare – Botermarkt 2
T 051 26 21 84

Dit bericht is uitsluitend bestemd voor de geadresseerde. / Ce message est exclusivement destiné au destinataire.
""",
     "label": {"recipient_name": "Griet Vanhoutte", "recipient_name_alternatives": [],
               "sender_name": "Pieter-Jan De Smet", "sender_name_alternatives": ["Pieter-Jan"],
               "meeting": "klankbordgroep van het mobiliteitsplan",
               "meeting_alternatives": ["de tweede klankbordgroep van het mobiliteitsplan", "klankbordgroep",
                                        "Uitnodiging klankbordgroep mobiliteitsplan", "klankbordgroep mobiliteitsplan"],
               "meeting_time": "donderdag 17 december van 19u tot 21u30", "meeting_time_iso": "2026-12-17T19:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.txt",
     "text": """
Hoi Sanne,

Sorry sorry, ik was gisteren om kwart over tien gewoon vergeten dat we de intake hadden 🙈 Mijn dochter was ziek en ik zat de hele ochtend bij de huisarts. Kunnen we het inhalen? Woensdag om 13.00 uur zou goed uitkomen.

Groetjes,
Marloes
""",
     "label": {"recipient_name": "Marloes", "sender_name": "Sanne",
               "meeting": "de intake", "meeting_alternatives": ["intake"],
               "meeting_time": "gisteren om kwart over tien", "meeting_time_iso": "2026-12-05T10:15",
               "proposed_times": ["Woensdag om 13.00 uur"], "proposed_times_iso": ["2026-12-09T13:00"],
               "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},
    {"file": "003.txt",
     "text": """
Beste Thomas,
Helaas moet ik de massage van vanavond om 19.30 uur afzeggen, ik ben net gebeld door de school van mijn zoon dat hij is gevallen. Ik weet dat het erg kort dag is. Ik betaal uiteraard de annuleringskosten als dat nodig is.
Vriendelijke groet,
Annelies Mulder

Verstuurd vanaf mijn iPhone
""",
     "label": {"recipient_name": "Annelies Mulder", "recipient_name_alternatives": ["Annelies"],
               "sender_name": "Thomas", "meeting": "de massage", "meeting_alternatives": ["massage"],
               "meeting_time": "vanavond om 19.30 uur", "meeting_time_iso": "2026-12-06T19:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation", "cancellation_policy"]}},
    {"file": "004.eml",
     "headers": {"From": ("Joëlle Verbeeck", "joelle.verbeeck@verbeeck-interieur.example.be"),
                 "To": ("Maarten Claes", "maarten@claes-architecten.example.be"),
                 "Subject": "RE: werfbezoek Kortrijk",
                 "Date": "Tue, 08 Dec 2026 07:55:00 +0100",
                 "Message-ID": "<v15nl004.e5@verbeeck-interieur.example.be>",
                 "In-Reply-To": "<v15nl004-o@claes-architecten.example.be>"},
     "body": """
Hallo Maarten,

Voor het werfbezoek van morgen om 8u30 moet ik passen: de aannemer, Filip Maes, kan pas vrijdag. Kunnen we het verzetten naar vrijdag 11/12 om 9u? Of anders maandag in de namiddag.

Mvg,
Joëlle

Van: Maarten Claes <maarten@claes-architecten.example.be>
Verzonden: donderdag 3 december 2026 16:02
Aan: Joëlle Verbeeck <joelle.verbeeck@verbeeck-interieur.example.be>
Onderwerp: werfbezoek Kortrijk

Dag Joëlle, zullen we woensdag 9/12 om 8u30 op de werf afspreken? Groeten, Maarten
""",
     "label": {"recipient_name": "Joëlle Verbeeck", "recipient_name_alternatives": ["Joëlle"],
               "sender_name": "Maarten Claes", "sender_name_alternatives": ["Maarten"],
               "meeting": "het werfbezoek", "meeting_alternatives": ["werfbezoek", "werfbezoek Kortrijk",
                                                                    "RE: werfbezoek Kortrijk"],
               "meeting_time": "morgen om 8u30", "meeting_time_iso": "2026-12-09T08:30",
               "proposed_times": ["vrijdag 11/12 om 9u", "maandag in de namiddag"],
               "proposed_times_iso": ["2026-12-11T09:00", "2026-12-14"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "Van: Maarten Claes <maarten@claes-architecten.example.be>"}},
    {"file": "005.txt",
     "text": """
Goedemorgen mevrouw Jansen,

Dank voor de bevestiging van de workshop 'Presenteren met impact' op dinsdag 15 december om half tien. Mag mijn collega Ruud Hoekstra ook aansluiten? En kunt u de syllabus vooraf mailen?

Met vriendelijke groet,

drs. Wilma Brouwer
Teamleider Communicatie | Gemeente Zwolle
06-41 22 98 73
""",
     "label": {"recipient_name": "Wilma Brouwer", "recipient_name_alternatives": ["drs. Wilma Brouwer"],
               "sender_name": "Jansen", "sender_name_alternatives": ["mevrouw Jansen"],
               "meeting": "de workshop 'Presenteren met impact'",
               "meeting_alternatives": ["workshop 'Presenteren met impact'", "Presenteren met impact", "de workshop",
                                        "workshop"],
               "meeting_time": "dinsdag 15 december om half tien", "meeting_time_iso": "2026-12-15T09:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},
    {"file": "006.eml",
     "headers": {"From": ("Bram Hoogendijk", "bram.hoogendijk@example.nl"),
                 "To": ("", "info@praktijkdelinde.example.nl"),
                 "Subject": "vraag over no-show kosten",
                 "Date": "Mon, 07 Dec 2026 20:14:00 +0100",
                 "Message-ID": "<v15nl006.c4@example.nl>"},
     "body": """
Goedenavond,

Ik kreeg vandaag een rekening van € 65 voor de afspraak van woensdag 2 december, die ik 's ochtends om 8 uur telefonisch heb afgemeld. Hoeveel uur van tevoren moet je afmelden om niets te betalen? Dat staat nergens op jullie site.

Met groet,
Bram Hoogendijk
""",
     "label": {"recipient_name": "Bram Hoogendijk", "recipient_name_alternatives": [],
               "sender_name": None, "meeting": "de afspraak", "meeting_alternatives": ["afspraak"],
               "meeting_time": "woensdag 2 december", "meeting_time_iso": "2026-12-02",
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "007.txt",
     "text": """
hey Lotte, heb je volgende week tijd voor een kop koffie? wil graag even sparren over de subsidieaanvraag voor het festival voordat ik hem bij de provincie indien. Dinsdag rond kwart voor twaalf bij Lokaal? of donderdag na vijven
x Femke
""",
     "label": {"recipient_name": "Femke", "sender_name": "Lotte",
               "meeting": "een kop koffie", "meeting_alternatives": ["kop koffie", "sparren over de subsidieaanvraag"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": ["Dinsdag rond kwart voor twaalf", "donderdag na vijven"],
               "proposed_times_iso": ["2026-12-08T11:45", "2026-12-10T17:00"],
               "kind": "invitation", "suggested_intents": INV}},
    {"file": "008.txt",
     "text": """
Dag meneer Peeters,

Ik zou ons gesprek over de verkoop van het appartement graag verplaatsen. Het stond voor maandag om 14u, maar mijn zus Hilde kan enkel later in de week mee. Zou donderdag 10/12 om 16u kunnen? Zo niet, dan vrijdagvoormiddag.

Met vriendelijke groeten,
Rita Wouters
0476 33 21 08
""",
     "label": {"recipient_name": "Rita Wouters", "recipient_name_alternatives": [],
               "sender_name": "Peeters", "sender_name_alternatives": ["meneer Peeters"],
               "meeting": "ons gesprek over de verkoop van het appartement",
               "meeting_alternatives": ["ons gesprek", "gesprek", "de verkoop van het appartement"],
               "meeting_time": "maandag om 14u", "meeting_time_iso": "2026-12-07T14:00",
               "proposed_times": ["donderdag 10/12 om 16u", "vrijdagvoormiddag"],
               "proposed_times_iso": ["2026-12-10T16:00", "2026-12-11"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},
    {"file": "009.eml",
     "headers": {"From": ("Sjoerd van der Poel", "s.vanderpoel@poel-logistiek.example.nl"),
                 "To": ("Ingrid Smits", "ingrid.smits@smits-fiscaal.example.nl"),
                 "Subject": "Afzeggen overleg jaarrekening",
                 "Date": "Mon, 07 Dec 2026 11:20:00 +0100",
                 "Message-ID": "<v15nl009.9d@poel-logistiek.example.nl>"},
     "body": """
Beste Ingrid,

Helaas moeten we het overleg over de jaarrekening van vrijdag 18 december (10.00 uur) annuleren: onze controller, Esther Boersma, is met zwangerschapsverlof gegaan en haar vervanger begint pas in januari. Kunnen we na de jaarwisseling een nieuwe datum prikken? Is de aanbetaling dan nog geldig?

Met vriendelijke groet,

Sjoerd van der Poel
Directeur | Van der Poel Logistiek B.V.
+31 (0)50 311 42 90

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.
""",
     "label": {"recipient_name": "Sjoerd van der Poel", "recipient_name_alternatives": [],
               "sender_name": "Ingrid Smits", "sender_name_alternatives": ["Ingrid"],
               "meeting": "het overleg over de jaarrekening",
               "meeting_alternatives": ["overleg over de jaarrekening", "het overleg", "overleg jaarrekening",
                                        "Afzeggen overleg jaarrekening"],
               "meeting_time": "vrijdag 18 december (10.00 uur)", "meeting_time_iso": "2026-12-18T10:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["reschedule", "cancellation_policy"]}},
    {"file": "010.eml",
     "headers": {"From": ("Koen Ruijsbroek", "koen@ruijsbroek-media.example.nl"),
                 "To": ("Daphne Kok", "daphne@kok-copy.example.nl"),
                 "Subject": "Fwd: Uitnodiging: Kick-off campagne Zomerfris @ wo 16 dec 2026 14:00 - 15:30",
                 "Date": "Mon, 07 Dec 2026 15:37:00 +0100",
                 "Message-ID": "<v15nl010.41@ruijsbroek-media.example.nl>"},
     "calendar": """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20261216T140000
DTEND;TZID=Europe/Amsterdam:20261216T153000
SUMMARY:Kick-off campagne Zomerfris
LOCATION:Zomerfris hoofdkantoor, Utrecht
ORGANIZER;CN=Mirjam Dekker:mailto:m.dekker@zomerfris.example.nl
UID:v15nl010-kickoff@zomerfris.example.nl
END:VEVENT
END:VCALENDAR
""",
     "body": """
Daphne, zie onder. Kun jij hierbij zijn? De klant wil de copywriter er graag bij hebben.
K.

---------- Doorgestuurd bericht ---------
Van: Mirjam Dekker <m.dekker@zomerfris.example.nl>
Date: vr 4 dec 2026 om 10:12
Subject: Uitnodiging: Kick-off campagne Zomerfris @ wo 16 dec 2026 14:00 - 15:30
To: <koen@ruijsbroek-media.example.nl>

Kick-off campagne Zomerfris
Wanneer: woensdag 16 dec 2026 14:00 – 15:30 (CET)
Waar: Zomerfris hoofdkantoor, Utrecht
Deelnemers: Mirjam Dekker, Koen Ruijsbroek
""",
     "label": {"recipient_name": "Koen Ruijsbroek", "recipient_name_alternatives": [],
               "sender_name": "Daphne Kok", "sender_name_alternatives": ["Daphne"],
               "meeting": "Kick-off campagne Zomerfris",
               "meeting_alternatives": ["Kick-off", "Uitnodiging: Kick-off campagne Zomerfris"],
               "meeting_time": "woensdag 16 dec 2026 14:00 – 15:30", "meeting_time_iso": "2026-12-16T14:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
]
