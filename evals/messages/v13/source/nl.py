"""v13 Dutch and Flemish client messages, hand-written (data-at, 7 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml",
     "headers": {"From": ("Chloë Verbeeck", "chloe.verbeeck@bouwteam-verbeeck.example.be"),
                 "To": ("Jens Claeys", "jens@claeys-stabiliteit.example.be"),
                 "Subject": "Werfvergadering Residentie Scheldezicht",
                 "Date": "Mon, 07 Dec 2026 08:31:00 +0100",
                 "Message-ID": "<v13nl001@bouwteam-verbeeck.example.be>"},
     "body": """
Dag Jens,

Zoals afgesproken plannen we de volgende werfvergadering voor Residentie Scheldezicht op donderdag 17/12 om 14u, in de werfkeet aan de Kaai.
Kan je tegen vrijdag laten weten of je erbij bent? Dan stuur ik de agenda rond.

Met vriendelijke groeten
Chloë Verbeeck
Projectleider – Bouwteam Verbeeck bv
T 03 000 00 00
""",
     "label": {"recipient_name": "Chloë Verbeeck", "recipient_name_alternatives": ["Chloë"],
               "sender_name": "Jens Claeys", "sender_name_alternatives": ["Jens"],
               "meeting": "de volgende werfvergadering voor Residentie Scheldezicht",
               "meeting_alternatives": ["werfvergadering", "Werfvergadering Residentie Scheldezicht"],
               "meeting_time": "donderdag 17/12 om 14u", "meeting_time_iso": "2026-12-17T14:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.txt",
     "text": """
Hoi Ruben, Daan hier. Zaterdag om 11.15 uur knippen + baard trimmen gaat niet lukken, moet werken. Kan donderdag 10 om 17.00 uur of vrijdag 11 om 17.45? Groet!
""",
     "label": {"recipient_name": "Daan", "sender_name": "Ruben",
               "meeting": "knippen + baard trimmen", "meeting_alternatives": ["knippen", "baard trimmen"],
               "meeting_time": "Zaterdag om 11.15 uur", "meeting_time_iso": "2026-12-12T11:15",
               "proposed_times": ["donderdag 10 om 17.00 uur", "vrijdag 11 om 17.45"],
               "proposed_times_iso": ["2026-12-10T17:00", "2026-12-11T17:45"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},
    {"file": "003.eml",
     "headers": {"From": ("Maaike Schröder", "maaike.schroder@example.nl"),
                 "To": ("Femke de Wit", "femke@dewit-loopbaan.example.nl"),
                 "Subject": "Re: Your intake on Tuesday",
                 "Date": "Tue, 08 Dec 2026 09:47:00 +0100",
                 "Message-ID": "<v13nl003@example.nl>",
                 "In-Reply-To": "<intake-312@dewit-loopbaan.example.nl>"},
     "body": """
Beste Femke,

Ik moet de intake van vanmiddag 13.30 uur helaas afzeggen, mijn dochter is ziek en ik kan geen opvang regelen. Moet ik die dan toch betalen? Ik lees in jullie voorwaarden iets over 24 uur.

Groetjes,
Maaike

Verstuurd vanaf mijn iPhone

> On 3 Dec 2026, at 14:10, Femke de Wit <femke@dewit-loopbaan.example.nl> wrote:
>
> Dear Maaike, this confirms your career intake on Tuesday 8 December, 1.30-3pm, at our Utrecht office.
""",
     "label": {"recipient_name": "Maaike Schröder", "recipient_name_alternatives": ["Maaike"],
               "sender_name": "Femke de Wit", "sender_name_alternatives": ["Femke"],
               "meeting": "de intake", "meeting_alternatives": ["intake", "Your intake on Tuesday"],
               "meeting_time": "vanmiddag 13.30 uur", "meeting_time_iso": "2026-12-08T13:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation", "cancellation_policy"],
               "quoted_from": "> On 3 Dec 2026, at 14:10, Femke de Wit <femke@dewit-loopbaan.example.nl> wrote:"}},
    {"file": "004.txt",
     "text": """
Goedemiddag mevrouw Bakker,

Mijn excuses dat ik afgelopen vrijdag om kwart over drie niet op ons gesprek over de aangifte ben verschenen. Ik had het in mijn agenda op volgende week staan.

Met vriendelijke groet,
W. Hoekstra
""",
     "label": {"recipient_name": "W. Hoekstra", "recipient_name_alternatives": ["Hoekstra"],
               "sender_name": "Bakker", "sender_name_alternatives": ["mevrouw Bakker"],
               "meeting": "ons gesprek over de aangifte", "meeting_alternatives": ["gesprek over de aangifte", "ons gesprek"],
               "meeting_time": "afgelopen vrijdag om kwart over drie", "meeting_time_iso": "2026-12-04T15:15",
               "proposed_times": [], "proposed_times_iso": [], "kind": "absence_notice",
               "suggested_intents": ["no_show_followup"]}},
    {"file": "005.eml",
     "headers": {"From": ("Liesbeth Dewaële", "liesbeth.dewaele@example.be"),
                 "To": ("", "info@kleienco.example.be"),
                 "Subject": "Vraag over annuleren",
                 "Date": "Wed, 09 Dec 2026 19:02:00 +0100",
                 "Message-ID": "<v13nl005@example.be>"},
     "body": """
Goeieavond,

Wat zijn jullie annuleringsvoorwaarden voor de workshops? Krijg ik mijn geld terug als ik een week op voorhand afzeg, of enkel een tegoedbon?
Ik ben overdag moeilijk bereikbaar, liefst mailen of bellen na 18u.

Dank u,
Liesbeth
""",
     "label": {"recipient_name": "Liesbeth Dewaële", "recipient_name_alternatives": ["Liesbeth"],
               "sender_name": None, "meeting": "de workshops", "meeting_alternatives": ["workshops"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "006.eml",
     "headers": {"From": ("Jüri van der Meulen", "j.vandermeulen@hoogland-zorg.example.nl"),
                 "To": ("Iris Smit", "iris@smit-advies.example.nl"),
                 "Subject": "FW: Kwartaaloverleg kwaliteit & veiligheid",
                 "Date": "Thu, 10 Dec 2026 14:25:00 +0100",
                 "Message-ID": "<v13nl006@hoogland-zorg.example.nl>"},
     "body": """
Iris, kun jij hierbij aansluiten? Graag even een seintje.

Jüri

Van: Secretariaat Hoogland Zorg <secretariaat@hoogland-zorg.example.nl>
Verzonden: donderdag 10 december 2026 13:58
Aan: Jüri van der Meulen <j.vandermeulen@hoogland-zorg.example.nl>
Onderwerp: Kwartaaloverleg kwaliteit & veiligheid
Wanneer: woensdag 16 december 2026 09:00-10:30 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
Waar: Locatie De Linde, vergaderzaal 2
""",
     "html": True,
     "label": {"recipient_name": "Jüri van der Meulen", "recipient_name_alternatives": ["Jüri"],
               "sender_name": "Iris Smit", "sender_name_alternatives": ["Iris"],
               "meeting": "Kwartaaloverleg kwaliteit & veiligheid", "meeting_alternatives": ["Kwartaaloverleg"],
               "meeting_time": "woensdag 16 december 2026 09:00-10:30", "meeting_time_iso": "2026-12-16T09:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "007.txt",
     "text": """
Dag Pieter,

We laten de fotoshoot van het nieuwe pand op maandag 21 december 10u vallen: de aannemer is niet klaar, de gevel staat nog in de stellingen. Kost het iets om nu te annuleren? Dan plannen we in het voorjaar opnieuw.

Mvg
Karolien
""",
     "label": {"recipient_name": "Karolien", "sender_name": "Pieter",
               "meeting": "de fotoshoot van het nieuwe pand", "meeting_alternatives": ["fotoshoot"],
               "meeting_time": "maandag 21 december 10u", "meeting_time_iso": "2026-12-21T10:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["reschedule", "cancellation_policy"]}},
    {"file": "008.eml",
     "headers": {"From": ("Hendrikx, Bram", "bram.hendrikx@hendrikx-logistiek.example.nl"),
                 "To": ("Sanne Mulder", "sanne@mulder-ict.example.nl"),
                 "Subject": "Re: Demo planningssoftware",
                 "Date": "Mon, 07 Dec 2026 16:40:00 +0100",
                 "Message-ID": "<v13nl008@hendrikx-logistiek.example.nl>",
                 "In-Reply-To": "<demo-51@mulder-ict.example.nl>"},
     "body": """
Hoi Sanne,

Morgen 10.00 uur wordt lastig, er is een audit. Zelfde tijd volgende week? Of anders donderdag 17 in de namiddag.

Bram Hendrikx
Hoofd planning

Op ma 7 dec 2026 om 11:20 schreef Sanne Mulder <sanne@mulder-ict.example.nl>:
> Hoi Bram, ik kom morgen om 10.00 uur langs voor de demo van de planningssoftware. Tot dan!
""",
     "label": {"recipient_name": "Bram Hendrikx", "recipient_name_alternatives": ["Hendrikx, Bram", "Bram"],
               "sender_name": "Sanne Mulder", "sender_name_alternatives": ["Sanne"],
               "meeting": "Demo planningssoftware", "meeting_alternatives": ["Demo"],
               "meeting_time": "Morgen 10.00 uur", "meeting_time_iso": "2026-12-08T10:00",
               "proposed_times": ["Zelfde tijd volgende week", "donderdag 17 in de namiddag"],
               "proposed_times_iso": ["2026-12-15T10:00", "2026-12-17"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "Op ma 7 dec 2026 om 11:20 schreef Sanne Mulder <sanne@mulder-ict.example.nl>:"}},
    {"file": "009.txt",
     "text": """
Beste,

Namens het bestuur nodig ik u uit op de jaarvergadering van tennisclub De Wissel, di 22/12 om 19u30 in het clubhuis. Inschrijven kan tot 18/12.

Sportieve groeten,
Koen Vermeulen
secretaris
""",
     "label": {"recipient_name": "Koen Vermeulen", "recipient_name_alternatives": ["Koen"],
               "sender_name": None,
               "meeting": "de jaarvergadering van tennisclub De Wissel",
               "meeting_alternatives": ["jaarvergadering"],
               "meeting_time": "di 22/12 om 19u30", "meeting_time_iso": "2026-12-22T19:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "010.txt",
     "text": """
Goeiemorgen,

Kan ik de presentatie van donderdag om 9.00 uur ook online volgen? Zo ja, graag de Teams-link.

Gaëtan Peeters

Verstuurd vanaf mijn Samsung Galaxy
""",
     "label": {"recipient_name": "Gaëtan Peeters", "recipient_name_alternatives": ["Gaëtan"],
               "sender_name": None,
               "meeting": "de presentatie", "meeting_alternatives": ["presentatie"],
               "meeting_time": "donderdag om 9.00 uur", "meeting_time_iso": "2026-12-10T09:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},
]
