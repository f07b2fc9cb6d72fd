"""Dutch v14 tone cases: 6 situations, layout 3/2 1/1 2/3 2/2 1/3 3/1."""

from __future__ import annotations

SITS = {
    1: {"intent": "switch_to_call", "recipient_name": "mevrouw Ingeborg Tjepkema", "sender_name": "Ruben Hoogakker",
        "tone": "formal", "relationship": "key", "meeting": "overleg over de jaarafsluiting",
        "meeting_time": "donderdag 10 december om 13.00 uur"},
    2: {"intent": "delegate", "recipient_name": "Floor Wubbolts", "sender_name": "Jasper Veenstrakamp",
        "tone": "friendly", "relationship": "new", "meeting": "kennismaking over de verbouwing van de zolder",
        "meeting_time": "woensdag 16 december om 16.00 uur", "colleague_name": "Merel Brinkhuis"},
    3: {"intent": "no_show_followup", "recipient_name": "de heer Koen Stapelvoort", "sender_name": "Anouk Wieringhorst",
        "tone": "formal", "relationship": "regular", "meeting": "controle van de brandmeldinstallatie",
        "meeting_time": "vrijdag 4 december om 8.00 uur",
        "proposed_times": ["dinsdag 15 december om 8.00 uur", "donderdag 17 december om 8.00 uur"],
        "policy": {"notice_hours": 24, "fee_percent": 50}},
    4: {"intent": "decline", "recipient_name": "Sanne Oosterbroekx", "sender_name": "Thijs Kolkmeijer",
        "tone": "friendly", "relationship": "key", "meeting": "brainstorm over de voorjaarscampagne",
        "meeting_time": "maandag 11 januari om 10.00 uur"},
    5: {"intent": "cancellation_policy", "recipient_name": "de heer Marnix Ellenbroek", "sender_name": "Femke Roozenhout",
        "tone": "formal", "relationship": "new", "meeting": "eerste intakebehandeling",
        "meeting_time": "dinsdag 5 januari om 9.15 uur", "policy": {"notice_hours": 24, "fee_percent": 75}},
    6: {"intent": "shorten", "recipient_name": "Dirkje Molenkampen", "sender_name": "Bram Eijkelenboom",
        "tone": "friendly", "relationship": "regular", "meeting": "overleg over de webshop",
        "meeting_time": "dinsdag 22 december om 14.00 uur", "duration_minutes": 20},
}

CASES = [
    # 1: switch_to_call, formal, key -- 3 good, 2 bad
    (1, "good", None, "Overleg over de jaarafsluiting telefonisch?",
     """Geachte mevrouw Tjepkema,

Zou u het goed vinden als we het overleg over de jaarafsluiting van donderdag 10 december om 13.00 uur telefonisch houden? De cijfers zijn zo goed als rond en dan hoeft u niet voor een uur overleg heen en weer te rijden.

Ik bel u op het afgesproken tijdstip, tenzij u liever toch langskomt.

Met vriendelijke groet,
Ruben Hoogakker""",
     "gives the client the benefit and the choice"),
    (1, "good", None, "Donderdag telefonisch",
     """Geachte mevrouw Tjepkema,

Mijn voorstel: we doen het overleg over de jaarafsluiting donderdag 10 december om 13.00 uur telefonisch. Ik stuur u woensdag de stukken.

Met vriendelijke groet,
Ruben Hoogakker""",
     "two sentences, formal, no apology needed"),
    (1, "good", None, "Overleg jaarafsluiting",
     """Geachte mevrouw Tjepkema,

Helaas lukt het mij niet om donderdag 10 december om 13.00 uur bij u op kantoor te zijn. Het overleg over de jaarafsluiting wil ik graag wel laten doorgaan, dan telefonisch of via video, wat u het prettigst vindt.

Excuses voor de wijziging.

Met vriendelijke groet,
Ruben Hoogakker""",
     "professional apology, 'helaas' used plainly"),
    (1, "bad", "over_familiarity", "Ff bellen donderdag?",
     """Hé Ingeborg!

Donderdag 10 december om 13.00 uur, dat overleg over de jaarafsluiting: zullen we gewoon even bellen? Scheelt jou gedoe en mij file 😄 Ik bel je wel, dan kletsen we meteen even bij over de kerst.

Groetjes,
Ruben""",
     "'Hé', jij, 'ff', emoji and chit-chat to a formal key client"),
    (1, "bad", "blame", "Overleg over de jaarafsluiting",
     """Geachte mevrouw Tjepkema,

Het overleg over de jaarafsluiting van donderdag 10 december om 13.00 uur doen we telefonisch. Ik heb begrepen dat er bij u opnieuw geen vergaderruimte vrij is, en het lijkt mij zonde om weer in de kantine te moeten zitten.

Ik bel u op het afgesproken tijdstip.

Met vriendelijke groet,
Ruben Hoogakker""",
     "pins the switch on the client's office ('opnieuw', 'weer in de kantine')"),

    # 2: delegate, friendly, new -- 1 good, 1 bad
    (2, "good", None, "Kennismaking woensdag: Merel komt",
     """Hoi Floor,

Woensdag 16 december om 16.00 uur kan ik er zelf helaas niet bij. Mijn collega Merel Brinkhuis komt in mijn plaats voor de kennismaking over de verbouwing van de zolder. Zij heeft al tientallen zolders omgebouwd en weet van jouw plannen.

Tot snel!
Jasper""",
     "friendly, colleague introduced with a reason to trust her"),
    (2, "bad", "coldness", "Wijziging contactpersoon",
     """Floor,

Kennismaking over de verbouwing van de zolder van woensdag 16 december om 16.00 uur: Merel Brinkhuis neemt het over. Vragen voortaan aan haar.

Jasper Veenstrakamp""",
     "curt handover to a new client who was addressed friendly; no greeting, no thanks, 'voortaan'"),

    # 3: no_show_followup, formal, regular -- 2 good, 3 bad
    (3, "good", None, "Controle van de brandmeldinstallatie",
     """Geachte heer Stapelvoort,

Onze monteur stond vrijdag 4 december om 8.00 uur voor de controle van de brandmeldinstallatie bij u voor een dichte deur. Ik hoop dat alles in orde is.

Kunnen we de controle inplannen op dinsdag 15 december om 8.00 uur of donderdag 17 december om 8.00 uur? Zoals afgesproken in het contract brengen we bij afzeggingen binnen 24 uur 50% van het tarief in rekening; dat geldt ook voor vrijdag.

Met vriendelijke groet,
Anouk Wieringhorst""",
     "facts of the no-show, fee held firmly, 'zoals afgesproken' neutral"),
    (3, "good", None, "Nieuwe afspraak brandmeldinstallatie",
     """Geachte heer Stapelvoort,

Vrijdag 4 december om 8.00 uur is de controle van de brandmeldinstallatie niet doorgegaan, omdat er niemand aanwezig was. Voor vrijdag rekenen we volgens onze voorwaarden (minder dan 24 uur van tevoren afgemeld) 50% van het tarief.

Een nieuwe datum: dinsdag 15 december om 8.00 uur of donderdag 17 december om 8.00 uur. Laat u mij weten welke u past?

Met vriendelijke groet,
Anouk Wieringhorst""",
     "plain and firm, no reproach"),
    (3, "bad", "condescension", "Controle van de brandmeldinstallatie",
     """Geachte heer Stapelvoort,

Vrijdag 4 december om 8.00 uur was er niemand voor de controle van de brandmeldinstallatie. Wellicht is het goed om te weten dat zo'n controle wettelijk verplicht is; veel mensen realiseren zich dat niet.

Nieuwe opties: dinsdag 15 december om 8.00 uur of donderdag 17 december om 8.00 uur. Bij afzeggen binnen 24 uur rekenen wij 50%.

Met vriendelijke groet,
Anouk Wieringhorst""",
     "explains the obvious to a regular client ('veel mensen realiseren zich dat niet')"),
    (3, "bad", "hostile", "Controle van de brandmeldinstallatie",
     """Geachte heer Stapelvoort,

Vrijdag 4 december om 8.00 uur kon de controle van de brandmeldinstallatie niet plaatsvinden. Wij rekenen 50% omdat er niet binnen 24 uur is afgezegd.

U kunt kiezen uit dinsdag 15 december om 8.00 uur of donderdag 17 december om 8.00 uur. Ik wijs u er voor de volledigheid op dat uw verzekeraar bij een brand zonder geldig keuringsrapport wel eens lastige vragen zou kunnen stellen.

Anouk Wieringhorst""",
     "veiled threat in the final sentence, dressed as 'voor de volledigheid'"),
    (3, "bad", "passive_aggression", "Controle van de brandmeldinstallatie",
     """Geachte heer Stapelvoort,

Vrijdag 4 december om 8.00 uur stond onze monteur voor niets klaar voor de controle van de brandmeldinstallatie. Het zal ongetwijfeld een drukke ochtend zijn geweest.

Ik hoor graag of dinsdag 15 december om 8.00 uur of donderdag 17 december om 8.00 uur wél uitkomt. De 50% bij afzegging binnen 24 uur stond overigens gewoon in de bevestiging.

Met vriendelijke groet,
Anouk Wieringhorst""",
     "'Het zal ongetwijfeld', 'wél', 'stond overigens gewoon in de bevestiging'"),

    # 4: decline, friendly, key -- 2 good, 2 bad
    (4, "good", None, "Brainstorm 11 januari",
     """Hoi Sanne,

Dank voor de uitnodiging! Bij de brainstorm over de voorjaarscampagne op maandag 11 januari om 10.00 uur kan ik er helaas niet bij. Ik zou het zonde vinden om niets bij te dragen, dus ik stuur je vrijdag ervoor vijf ideeën op papier.

Veel plezier en succes,
Thijs""",
     "warm no with a concrete contribution"),
    (4, "good", None, "Helaas, maandag niet",
     """Hoi Sanne,

Nee, maandag 11 januari om 10.00 uur red ik niet, sorry. Als jullie na de brainstorm over de voorjaarscampagne een tweede ronde doen, ben ik er graag bij.

Groet,
Thijs""",
     "blunt 'Nee' but friendly and open"),
    (4, "bad", "sarcasm", "Brainstorm over de voorjaarscampagne",
     """Hoi Sanne,

Leuk, weer een brainstorm over de voorjaarscampagne! Die van de herfst leverde ook zo veel op. Maandag 11 januari om 10.00 uur moet ik helaas passen, maar ik ben benieuwd welke post-its het dit keer gaan halen.

Groet,
Thijs""",
     "sarcastic about the value of the client's brainstorms"),
    (4, "bad", "passive_aggression", "Maandag 11 januari",
     """Hoi Sanne,

Bedankt voor de uitnodiging voor de brainstorm over de voorjaarscampagne op maandag 11 januari om 10.00 uur. Ik kan helaas niet; ik zit die week tot over mijn oren in jullie decemberbestelling, die nog steeds niet is goedgekeurd.

Maar ik begrijp dat er prioriteiten zijn. Veel succes!

Thijs""",
     "guilt trip about the unapproved order, 'maar ik begrijp dat er prioriteiten zijn'"),

    # 5: cancellation_policy, formal, new -- 1 good, 3 bad
    (5, "good", None, "Uw eerste intakebehandeling op 5 januari",
     """Geachte heer Ellenbroek,

Welkom in onze praktijk. Uw eerste intakebehandeling staat gepland op dinsdag 5 januari om 9.15 uur.

Kunt u onverhoopt niet komen, laat het ons dan uiterlijk 24 uur van tevoren weten. Bij later afmelden of niet verschijnen brengen wij 75% van het tarief in rekening. Dat is nodig omdat we de tijd voor u vrijhouden.

Met vriendelijke groet,
Femke Roozenhout""",
     "firm policy, brief reason, welcoming"),
    (5, "bad", "condescension", "Afmeldbeleid",
     """Geachte heer Ellenbroek,

Uw eerste intakebehandeling is op dinsdag 5 januari om 9.15 uur. Afmelden kan tot 24 uur van tevoren; daarna rekenen wij 75%.

We merken dat nieuwe patiënten het belang van een afspraak nakomen soms onderschatten. Herstel begint nu eenmaal bij discipline, ook buiten de behandelkamer.

Met vriendelijke groet,
Femke Roozenhout""",
     "moralising lecture about discipline to a patient not yet seen"),
    (5, "bad", "wrong_register", "Je intake",
     """Hoi Marnix,

Je eerste intakebehandeling staat op dinsdag 5 januari om 9.15 uur. Kun je niet, app dan even minstens 24 uur van tevoren, anders moeten we 75% rekenen. Balen, maar zo werkt het.

Tot dan!
Femke""",
     "je/jij, 'Hoi', 'app even', 'balen' to a new formal client"),
    (5, "bad", "passive_aggression", "Eerste intakebehandeling",
     """Geachte heer Ellenbroek,

Hierbij de bevestiging van uw eerste intakebehandeling op dinsdag 5 januari om 9.15 uur.

Zoals in onze algemene voorwaarden staat, die u bij aanmelding ongetwijfeld aandachtig heeft doorgenomen, brengen wij 75% in rekening als u niet 24 uur van tevoren afmeldt. Wij gaan er dan ook van uit dat dit geen verrassing zal zijn.

Met vriendelijke groet,
Femke Roozenhout""",
     "'ongetwijfeld aandachtig heeft doorgenomen', 'geen verrassing' insinuate the client will not read"),

    # 6: shorten, friendly, regular -- 3 good, 1 bad
    (6, "good", None, "Webshopoverleg korter",
     """Hoi Dirkje,

Zullen we het overleg over de webshop van dinsdag 22 december om 14.00 uur in 20 minuten doen? Er staan maar twee punten open en zo houden we allebei wat lucht voor de kerstdrukte.

Groetjes,
Bram""",
     "friendly, shared reason"),
    (6, "good", None, "Dinsdag 20 minuten",
     """Hoi Dirkje,

Dinsdag 22 december om 14.00 uur houd ik het overleg over de webshop graag kort: 20 minuten. Ik heb daarna een afspraak die ik niet kan verzetten.

Tot dinsdag,
Bram""",
     "direct about his own constraint"),
    (6, "good", None, "Overleg over de webshop",
     """Hoi Dirkje,

Kleine herinnering en een voorstel: het overleg over de webshop is dinsdag 22 december om 14.00 uur. Ik stel voor dat we er 20 minuten voor nemen en de rest per mail doen. Is dat goed voor jou?

Groet,
Bram""",
     "'herinnering' used kindly, asks for agreement"),
    (6, "bad", "bureaucratic_distance", "Betreft: duur overleg 22-12",
     """Geachte mevrouw Molenkampen,

Hierbij delen wij u mede dat de duur van het overleg over de webshop, gepland op dinsdag 22 december om 14.00 uur, met ingang van heden wordt teruggebracht tot 20 minuten.

Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.

Hoogachtend,
Bram Eijkelenboom""",
     "officialese ('Hierbij delen wij u mede', 'Hoogachtend') to a friendly regular contact"),
]
