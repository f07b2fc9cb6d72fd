"""v17 Dutch client messages (Netherlands, Flanders), hand-written (data-bl, 8 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml",
     "headers": {"From": ("Chloë Janssens", "chloe.janssens@dijleland.example.be"),
                 "To": ("Pieter De Smet", "pieter@desmet-coaching.example.be"),
                 "Subject": "Uitnodiging: workshop 'Samen sterker' – do 25/02",
                 "Date": "Tue, 09 Feb 2027 10:30:00 +0100",
                 "Message-ID": "<v17nl001.9b1d@dijleland.example.be>"},
     "body": """
Dag Pieter,

Zoals besproken aan de telefoon: we zouden graag hebben dat jij de workshop 'Samen sterker' begeleidt voor ons team van de klantendienst, op donderdag 25 februari van 9u tot 12u30 in ons kantoor in Mechelen (Schaliënhoevedreef 20, 3e verdieping). We zijn met een 18-tal.

Kan je dat bevestigen tegen het einde van de week? Dan kan ik de zaal vastleggen.

Alvast bedankt!

Met vriendelijke groeten,
Chloë Janssens
HR Business Partner
Dijleland Verzekeringen NV
T +32 15 28 44 10

Disclaimer: dit bericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht per vergissing ontvangen, gelieve de afzender te verwittigen en het bericht te verwijderen.
""",
     "label": {"recipient_name": "Chloë Janssens", "recipient_name_alternatives": ["Chloë"],
               "sender_name": "Pieter De Smet", "sender_name_alternatives": ["Pieter"],
               "meeting": "de workshop 'Samen sterker'",
               "meeting_alternatives": ["workshop", "Samen sterker", "workshop 'Samen sterker'",
                                        "Uitnodiging: workshop 'Samen sterker' – do 25/02"],
               "meeting_time": "donderdag 25 februari van 9u tot 12u30", "meeting_time_iso": "2027-02-25T09:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.txt",
     "text": """
Hoi Sanne,

sorry sorry, ik moet onze intake van morgen om 8.45 afzeggen. De auto start niet en er rijden geen treinen door werkzaamheden, ik krijg het echt niet geregeld. Ik weet dat het last minute is :(

Kan het volgende week ergens?

Groetjes,
Mark

Verstuurd vanaf mijn iPhone
""",
     "label": {"recipient_name": "Mark", "recipient_name_alternatives": [],
               "sender_name": "Sanne", "sender_name_alternatives": [],
               "meeting": "onze intake", "meeting_alternatives": ["intake"],
               "meeting_time": "morgen om 8.45", "meeting_time_iso": "2026-12-07T08:45",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation"]}},
    {"file": "003.eml",
     "headers": {"From": ("Joël de Wit", "joel.dewit@noordzee-logistiek.example.nl"),
                 "To": ("Femke Bakker", "femke@bakker-advies.example.nl"),
                 "Subject": "Re: Onze call over het jaarplan",
                 "Date": "Tue, 09 Feb 2027 09:12:00 +0100",
                 "Message-ID": "<CAv17nl003k@mail.noordzee-logistiek.example.nl>",
                 "In-Reply-To": "<v17nl003-orig.e2@bakker-advies.example.nl>"},
     "body": """
Hoi Femke,

Ik moet helaas onze call van donderdag om 11.00 uur verzetten, ik zit die dag onverwacht bij een klant in Groningen.

Zou vrijdag 12 februari om 9.30 uur kunnen, of anders maandag 15 februari na 14.00 uur?

Groet,
Joël

--
Joël de Wit | Operations Manager
Noordzee Logistiek B.V.
+31 (0)10 412 88 30

Op ma 8 feb 2027 om 14:03 schreef Femke Bakker <femke@bakker-advies.example.nl>:
> Hoi Joël,
> Hierbij de bevestiging van onze call op donderdag 11 februari om 11:00 over het jaarplan.
> Groet, Femke
""",
     "label": {"recipient_name": "Joël de Wit", "recipient_name_alternatives": ["Joël"],
               "sender_name": "Femke Bakker", "sender_name_alternatives": ["Femke"],
               "meeting": "onze call",
               "meeting_alternatives": ["call", "Onze call over het jaarplan", "Re: Onze call over het jaarplan"],
               "meeting_time": "donderdag om 11.00 uur", "meeting_time_iso": "2027-02-11T11:00",
               "proposed_times": ["vrijdag 12 februari om 9.30 uur", "maandag 15 februari na 14.00 uur"],
               "proposed_times_iso": ["2027-02-12T09:30", "2027-02-15T14:00"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "Op ma 8 feb 2027 om 14:03 schreef Femke Bakker <femke@bakker-advies.example.nl>:"}},
    {"file": "004.txt",
     "text": """
Dag meneer Wouters,

Mijn excuses voor gisteren, ik was onze afspraak voor de opmeting van de ramen totaal vergeten (ze stond verkeerd in mijn agenda, op de 12e). Heel vervelend dat u voor niets bent gekomen.

Kan u eventueel woensdag in de voormiddag nog eens langskomen? Of donderdag vanaf 16u, dan ben ik zeker thuis.

Met vriendelijke groeten,
Hilde Peeters
Gsm 0495 12 34 56
""",
     "label": {"recipient_name": "Hilde Peeters", "recipient_name_alternatives": ["Hilde"],
               "sender_name": "Wouters", "sender_name_alternatives": ["meneer Wouters"],
               "meeting": "de opmeting van de ramen",
               "meeting_alternatives": ["opmeting", "onze afspraak voor de opmeting van de ramen", "afspraak"],
               "meeting_time": "gisteren", "meeting_time_iso": "2026-12-05",
               "proposed_times": ["woensdag in de voormiddag", "donderdag vanaf 16u"],
               "proposed_times_iso": ["2026-12-09", "2026-12-10T16:00"],
               "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},
    {"file": "005.eml",
     "headers": {"From": ("Noël Verhoeven", "noel.verhoeven@example.nl"),
                 "To": ("Marieke Vos", "praktijk@vos-therapie.example.nl"),
                 "Subject": "Vraag over annuleringsvoorwaarden",
                 "Date": "Mon, 01 Feb 2027 20:15:00 +0100",
                 "Message-ID": "<v17nl005.44f7@example.nl>"},
     "body": """
Beste mevrouw Vos,

Mijn partner en ik willen graag starten met relatietherapie bij u. Voordat we de eerste sessie inplannen: wat zijn uw annuleringsvoorwaarden? Ik werk in ploegendienst en kan niet altijd ver vooruit plannen.

Moet een sessie betaald worden als we een dag van tevoren afzeggen?

Met vriendelijke groet,
Noël Verhoeven
""",
     "label": {"recipient_name": "Noël Verhoeven", "recipient_name_alternatives": [],
               "sender_name": "Marieke Vos", "sender_name_alternatives": ["Vos", "mevrouw Vos"],
               "meeting": "relatietherapie", "meeting_alternatives": ["de eerste sessie", "sessie"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "006.txt",
     "text": """
Hoi Thijs,

Top, dan zien we elkaar dinsdag om 10.00 uur voor de kwartaalreview. Kun je de cijfers vooraf mailen? Dan kan ik ze nog even doornemen.

En ik neem Yvonne van finance mee, als dat oké is.

Groetjes,
Lotte
""",
     "label": {"recipient_name": "Lotte", "recipient_name_alternatives": [],
               "sender_name": "Thijs", "sender_name_alternatives": [],
               "meeting": "de kwartaalreview", "meeting_alternatives": ["kwartaalreview"],
               "meeting_time": "dinsdag om 10.00 uur", "meeting_time_iso": "2026-12-08T10:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},
    {"file": "007.eml",
     "headers": {"From": ("Sjoerd Heeringa", "s.heeringa@waddenzorg.example.nl"),
                 "To": ("Ellen de Groot", "ellen@degroot-training.example.nl"),
                 "Subject": "FW: Training Gespreksvaardigheden 23-02-2027",
                 "Date": "Fri, 05 Feb 2027 15:31:00 +0100",
                 "Message-ID": "<v17nl007.0c8e@waddenzorg.example.nl>"},
     "body": """
Hoi Ellen,

Zie hieronder. Kun jij deze training geven in plaats van Martin? Hij is dan met ouderschapsverlof.
Laat je even weten of dat past?

Sjoerd

Van: Opleidingen Waddenzorg <opleidingen@waddenzorg.example.nl>
Verzonden: donderdag 4 februari 2027 11:47
Aan: Sjoerd Heeringa <s.heeringa@waddenzorg.example.nl>
Onderwerp: Training Gespreksvaardigheden 23-02-2027
Wanneer: dinsdag 23 februari 2027 13:00-17:00 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
Waar: Leeuwarden, zaal De Blauwe Kamer

Training Gespreksvaardigheden voor teamleiders, module 2.
""",
     "label": {"recipient_name": "Sjoerd Heeringa", "recipient_name_alternatives": ["Sjoerd"],
               "sender_name": "Ellen de Groot", "sender_name_alternatives": ["Ellen"],
               "meeting": "Training Gespreksvaardigheden",
               "meeting_alternatives": ["deze training", "training", "Training Gespreksvaardigheden 23-02-2027",
                                        "FW: Training Gespreksvaardigheden 23-02-2027",
                                        "Training Gespreksvaardigheden voor teamleiders"],
               "meeting_time": "dinsdag 23 februari 2027 13:00-17:00", "meeting_time_iso": "2027-02-23T13:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "008.txt",
     "text": """
Beste Jeroen,

Helaas moet ik de coachingsessie van donderdag 17 december (14.00 uur) annuleren. Ik word die week aan mijn knie geopereerd en mag daarna een tijdje niet rijden.

Ik neem in januari weer contact op voor een nieuwe datum.

Met vriendelijke groet,
Astrid Mulder
""",
     "label": {"recipient_name": "Astrid Mulder", "recipient_name_alternatives": [],
               "sender_name": "Jeroen", "sender_name_alternatives": [],
               "meeting": "de coachingsessie", "meeting_alternatives": ["coachingsessie"],
               "meeting_time": "donderdag 17 december (14.00 uur)", "meeting_time_iso": "2026-12-17T14:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["reschedule"]}},
    {"file": "009.eml",
     "headers": {"From": ("Frédéric Mertens", "fred.mertens@example.be"),
                 "To": ("Katrien Goossens", "katrien@goossens-design.example.be"),
                 "Subject": "Re: Koffie volgende week?",
                 "Date": "Wed, 10 Feb 2027 13:05:00 +0100",
                 "Message-ID": "<v17nl009.b7a2@example.be>",
                 "In-Reply-To": "<v17nl009-orig.d1@goossens-design.example.be>"},
     "html": True,
     "body": """
Hoi Katrien,

Woensdag gaat voor mij toch niet meer, er is een stakingsdag aangekondigd en dan raak ik niet in Gent.

Kunnen we de koffie verplaatsen naar vrijdag 19/2 om half tien? Of maandag 22/2, zelfde uur.

Groetjes,
Frédéric

Verstuurd vanaf mijn iPhone

Op 10 feb. 2027 om 11:20 heeft Katrien Goossens <katrien@goossens-design.example.be> het volgende geschreven:

> Dag Frédéric,
> Zin in een koffie woensdag 17/2 om 9u30 bij Max op de Korenmarkt?
> Katrien
""",
     "label": {"recipient_name": "Frédéric Mertens", "recipient_name_alternatives": ["Frédéric"],
               "sender_name": "Katrien Goossens", "sender_name_alternatives": ["Katrien"],
               "meeting": "de koffie",
               "meeting_alternatives": ["koffie", "Koffie volgende week?", "Re: Koffie volgende week?"],
               "meeting_time": "Woensdag", "meeting_time_iso": "2027-02-17",
               "proposed_times": ["vrijdag 19/2 om half tien", "maandag 22/2, zelfde uur"],
               "proposed_times_iso": ["2027-02-19T09:30", "2027-02-22T09:30"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "Op 10 feb. 2027 om 11:20 heeft Katrien Goossens <katrien@goossens-design.example.be> het volgende geschreven:"}},
    {"file": "010.txt",
     "text": """
Goedemiddag meneer Van Dijk,

Dank voor het toesturen van de tekeningen. Graag zou ik een keer met u om tafel gaan om de offerte voor de verbouwing door te nemen, er zijn nog een paar posten die ik niet goed begrijp.

Schikt het u dinsdag 15 december om 16.00 uur bij ons op kantoor (Stationsweg 4, Amersfoort)?

Met vriendelijke groet,

ir. Sven Kok
Projectleider
Kok Vastgoed B.V.
033 - 462 18 90
""",
     "label": {"recipient_name": "Sven Kok", "recipient_name_alternatives": ["ir. Sven Kok"],
               "sender_name": "Van Dijk", "sender_name_alternatives": ["meneer Van Dijk"],
               "meeting": "de offerte voor de verbouwing door te nemen",
               "meeting_alternatives": ["de offerte voor de verbouwing", "offerte voor de verbouwing", "offerte"],
               "meeting_time": "dinsdag 15 december om 16.00 uur", "meeting_time_iso": "2026-12-15T16:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
]
