"""v16 Dutch client messages (Netherlands and Flanders), hand-written (data-bi, 8 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml",
     "headers": {"From": ("Griet Van den Bossche", "griet.vandenbossche@ondernemersnetwerk-leie.example.be"),
                 "To": ("Koen Maes", "koen@maes-advies.example.be"),
                 "Subject": "Uitnodiging infosessie nieuwe subsidieregeling",
                 "Date": "Mon, 11 Jan 2027 10:05:00 +0100",
                 "Message-ID": "<v16nl001.3e9d@ondernemersnetwerk-leie.example.be>"},
     "body": """
Dag Koen,

Wij organiseren op donderdag 28 januari om kwart over tien een infosessie over de nieuwe subsidieregeling voor kmo's, in ons kantoor aan de Kortrijksesteenweg in Gent. Ook Pieter-Jan en Liesbeth van het agentschap zijn erbij.

Zou jij een korte toelichting willen geven, een twintigtal minuutjes? Laat je iets weten tegen vrijdag?

Met vriendelijke groeten,

Griet Van den Bossche
Projectcoördinator
Ondernemersnetwerk Leie vzw
+32 9 243 17 80

Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Heeft u het per vergissing ontvangen, gelieve de afzender te verwittigen en het bericht te verwijderen.
""",
     "label": {"recipient_name": "Griet Van den Bossche", "recipient_name_alternatives": [],
               "sender_name": "Koen Maes", "sender_name_alternatives": ["Koen"],
               "meeting": "een infosessie",
               "meeting_alternatives": ["infosessie", "infosessie over de nieuwe subsidieregeling",
                                        "Uitnodiging infosessie nieuwe subsidieregeling"],
               "meeting_time": "donderdag 28 januari om kwart over tien", "meeting_time_iso": "2027-01-28T10:15",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.txt",
     "text": """
Hoi Sanne,
sorry voor de late melding maar ik moet morgen om 9u afzeggen, mijn zoontje heeft de hele nacht overgegeven en mijn man zit in het buitenland. Moet ik de sessie dan toch betalen? Laat maar weten.
Groetjes,
Lieve
""",
     "label": {"recipient_name": "Lieve", "recipient_name_alternatives": [],
               "sender_name": "Sanne", "sender_name_alternatives": [],
               "meeting": "de sessie", "meeting_alternatives": ["sessie"],
               "meeting_time": "morgen om 9u", "meeting_time_iso": "2026-12-07T09:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation", "cancellation_policy"]}},
    {"file": "003.eml",
     "headers": {"From": ("Joëlle de Wit", "joelle.dewit@havenlogistiek.example.nl"),
                 "To": ("Bas Hendriks", "bas@hendriks-hrm.example.nl"),
                 "Subject": "RE: Evaluatiegesprek Q4",
                 "Date": "Thu, 14 Jan 2027 16:12:00 +0100",
                 "Message-ID": "<v16nl003.c0f1@havenlogistiek.example.nl>",
                 "In-Reply-To": "<v16nl003-orig@hendriks-hrm.example.nl>"},
     "body": """
Hoi Bas,

Volgende week dinsdag lukt me toch niet, er is last minute een audit ingepland en Gerard wil dat ik erbij ben. Kunnen we het evaluatiegesprek verplaatsen naar woensdag 27 januari om half drie of vrijdag 29 om 11.00 uur?

Groet,
Joëlle

-----Oorspronkelijk bericht-----
Van: Bas Hendriks <bas@hendriks-hrm.example.nl>
Verzonden: dinsdag 12 januari 2027 09:14
Aan: Joëlle de Wit <joelle.dewit@havenlogistiek.example.nl>
Onderwerp: Evaluatiegesprek Q4

Hoi Joëlle,
Zullen we dinsdag 19 januari om 10.00 uur het evaluatiegesprek doen? Bij jullie op kantoor.
Groet, Bas
""",
     "label": {"recipient_name": "Joëlle de Wit", "recipient_name_alternatives": ["Joëlle"],
               "sender_name": "Bas Hendriks", "sender_name_alternatives": ["Bas"],
               "meeting": "het evaluatiegesprek",
               "meeting_alternatives": ["evaluatiegesprek", "Evaluatiegesprek Q4", "RE: Evaluatiegesprek Q4"],
               "meeting_time": "Volgende week dinsdag", "meeting_time_iso": "2027-01-19",
               "proposed_times": ["woensdag 27 januari om half drie", "vrijdag 29 om 11.00 uur"],
               "proposed_times_iso": ["2027-01-27T14:30", "2027-01-29T11:00"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "-----Oorspronkelijk bericht-----"}},
    {"file": "004.txt",
     "text": """
Beste meneer Claes,

Excuses dat ik niet op ons gesprek van gisteren om 14u ben verschenen. Ik stond anderhalf uur vast op de E40 en mijn gsm was plat, dus ik kon u ook niet verwittigen.

Schikt donderdag om kwart over tien? Mijn schoonbroer Dirk komt dan mee om de plannen van de verbouwing te bekijken.

Vriendelijke groeten,
Hilde Vermeulen
""",
     "label": {"recipient_name": "Hilde Vermeulen", "recipient_name_alternatives": [],
               "sender_name": "Claes", "sender_name_alternatives": ["meneer Claes"],
               "meeting": "ons gesprek", "meeting_alternatives": ["gesprek"],
               "meeting_time": "gisteren om 14u", "meeting_time_iso": "2026-12-05T14:00",
               "proposed_times": ["donderdag om kwart over tien"], "proposed_times_iso": ["2026-12-10T10:15"],
               "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},
    {"file": "005.eml",
     "headers": {"From": ("Maarten Kooijmans", "m.kooijmans@example.nl"),
                 "To": ("Esther Dijkstra", "praktijk@dijkstra-therapie.example.nl"),
                 "Subject": "Vraag over annuleringsvoorwaarden",
                 "Date": "Wed, 06 Jan 2027 20:41:00 +0100",
                 "Message-ID": "<v16nl005.77ab@example.nl>"},
     "body": """
Goedenavond mevrouw Dijkstra,

Mijn vrouw en ik overwegen een traject relatietherapie bij u (de zes gesprekken uit uw folder). Voordat we boeken: wat zijn uw annuleringsvoorwaarden? Ik werk in ploegendienst en kan niet altijd ver vooruit plannen. Moeten we een afspraak die we te laat afzeggen volledig betalen?

Met vriendelijke groet,
Maarten Kooijmans

Verstuurd vanaf mijn iPhone
""",
     "label": {"recipient_name": "Maarten Kooijmans", "recipient_name_alternatives": [],
               "sender_name": "Esther Dijkstra", "sender_name_alternatives": ["Dijkstra", "mevrouw Dijkstra"],
               "meeting": "een traject relatietherapie",
               "meeting_alternatives": ["traject relatietherapie", "relatietherapie", "de zes gesprekken"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "006.txt",
     "text": """
Hoi Daan!

Top, dan zien we elkaar vrijdag om 12.30 uur voor de lunch bij het Pakhuis. Ik neem Femke mee, zij doet bij ons de marketing en wil je graag leren kennen.

Tot dan!
Ruben
""",
     "label": {"recipient_name": "Ruben", "recipient_name_alternatives": [],
               "sender_name": "Daan", "sender_name_alternatives": [],
               "meeting": "de lunch", "meeting_alternatives": ["lunch"],
               "meeting_time": "vrijdag om 12.30 uur", "meeting_time_iso": "2026-12-11T12:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},
    {"file": "007.eml",
     "headers": {"From": ("Ilse Verhoeven", "ilse@verhoeven-bakkerij.example.nl"),
                 "To": ("Thijs Bakker", "thijs@bakker-merkadvies.example.nl"),
                 "Subject": "Re: Voorstel merkstrategie",
                 "Date": "Tue, 05 Jan 2027 11:20:00 +0100",
                 "Message-ID": "<v16nl007.19c4@verhoeven-bakkerij.example.nl>",
                 "In-Reply-To": "<v16nl007-orig@bakker-merkadvies.example.nl>"},
     "html": True,
     "body": """
Hoi Thijs,

Dank voor het voorstel, ziet er goed uit! Zullen we de workshop merkstrategie doen op dinsdag 19 januari van 13.00 tot 16.00 uur? Dan kan Noor van de winkel ook aansluiten, en mijn vader als hij zin heeft.

Hartelijke groet,
Ilse

Op 4 jan. 2027 om 17:02 heeft Thijs Bakker <thijs@bakker-merkadvies.example.nl> het volgende geschreven:

> Hoi Ilse,
> In de bijlage het voorstel voor de merkstrategie. Ik hoor graag wanneer het jullie schikt.
> Groet, Thijs
""",
     "label": {"recipient_name": "Ilse Verhoeven", "recipient_name_alternatives": ["Ilse"],
               "sender_name": "Thijs Bakker", "sender_name_alternatives": ["Thijs"],
               "meeting": "de workshop merkstrategie", "meeting_alternatives": ["workshop merkstrategie", "workshop"],
               "meeting_time": "dinsdag 19 januari van 13.00 tot 16.00 uur", "meeting_time_iso": "2027-01-19T13:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV,
               "quoted_from": "Op 4 jan. 2027 om 17:02 heeft Thijs Bakker <thijs@bakker-merkadvies.example.nl> het volgende geschreven:"}},
    {"file": "008.txt",
     "text": """
Beste Wouter,

Ik zie net dat onze afspraak van woensdag om 15.00 uur (de belastingaangifte van de bv) samenvalt met de ouderavond van mijn dochter. Kan het ook maandag 14 december 's ochtends, of anders dinsdag de 15e na de lunch?

Alvast bedankt,
Anouk Smits
Smits Interieurbouw
06-18 44 90 27
""",
     "label": {"recipient_name": "Anouk Smits", "recipient_name_alternatives": [],
               "sender_name": "Wouter", "sender_name_alternatives": [],
               "meeting": "onze afspraak", "meeting_alternatives": ["afspraak", "de belastingaangifte van de bv"],
               "meeting_time": "woensdag om 15.00 uur", "meeting_time_iso": "2026-12-09T15:00",
               "proposed_times": ["maandag 14 december 's ochtends", "dinsdag de 15e na de lunch"],
               "proposed_times_iso": ["2026-12-14", "2026-12-15"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},
    {"file": "009.eml",
     "headers": {"From": ("Françoise Goossens", "hr@goossens-textiel.example.be"),
                 "To": ("Jeroen Wouters", "jeroen.wouters@privacy-academie.example.be"),
                 "Subject": "Annulatie opleiding 3 februari",
                 "Date": "Mon, 18 Jan 2027 09:30:00 +0100",
                 "Message-ID": "<v16nl009.d4e2@goossens-textiel.example.be>"},
     "body": """
Goedemorgen Jeroen,

Helaas moeten we de opleiding GDPR van woensdag 3 februari (9u-12u30) annuleren: de helft van het team staat dan op de beurs in Kortrijk. We willen ze graag in maart opnieuw inplannen, ik laat nog iets weten zodra ik de planning van Stijn heb.

Met vriendelijke groeten,

Françoise Goossens
HR-verantwoordelijke
Goossens Textiel nv
T +32 56 20 44 91

Dit bericht is vertrouwelijk. / Ce message est confidentiel.
""",
     "label": {"recipient_name": "Françoise Goossens", "recipient_name_alternatives": [],
               "sender_name": "Jeroen Wouters", "sender_name_alternatives": ["Jeroen"],
               "meeting": "de opleiding GDPR",
               "meeting_alternatives": ["opleiding GDPR", "opleiding", "Annulatie opleiding 3 februari"],
               "meeting_time": "woensdag 3 februari (9u-12u30)", "meeting_time_iso": "2027-02-03T09:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["reschedule"]}},
    {"file": "010.txt",
     "text": """
Hallo Evelien,

Zou je volgende week een keer kunnen langskomen voor een kennismakingsgesprek? Dinsdag na half vier of donderdag de hele dag kan bij mij. Mijn compagnon Gert schuift ook aan.

Groet,
Hans Mulder
Mulder Installatietechniek
06-41 22 87 30
""",
     "label": {"recipient_name": "Hans Mulder", "recipient_name_alternatives": [],
               "sender_name": "Evelien", "sender_name_alternatives": [],
               "meeting": "een kennismakingsgesprek", "meeting_alternatives": ["kennismakingsgesprek"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": ["Dinsdag na half vier", "donderdag de hele dag"],
               "proposed_times_iso": ["2026-12-08T15:30", "2026-12-10"],
               "kind": "invitation", "suggested_intents": INV}},
]
