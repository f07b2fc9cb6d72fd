"""Dutch client messages for the v9 held-out set (Utrecht, Antwerp, Rotterdam, Nijmegen, Eindhoven, The Hague, Ghent, Groningen, Hasselt, Amersfoort)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Gülşen Yılmaz", "g.yilmaz@woonstichting-lekdijk.nl"),
            "To": ("Maarten de Wit", "maarten@dewit-energieadvies.nl"),
            "Subject": "Uitnodiging strategiegesprek verduurzaming",
            "Date": "Thu, 03 Dec 2026 15:31:00 +0100",
            "Message-ID": "<AS8PR09MB7714.lekdijk@woonstichting-lekdijk.nl>",
        },
        "body": """
Beste Maarten,

Namens de directie nodig ik je graag uit voor het strategiegesprek over de verduurzaming van ons bezit in
Kanaleneiland. We willen jouw doorrekening van de warmtepompvarianten graag samen doornemen.

Datum: donderdag 17 december, 13:00-15:00
Locatie: kantoor Lekdijk, Vleutenseweg 300, vergaderzaal 'De Vecht'

De inloop met lunch is vanaf 12.30 uur. Zou je vóór woensdag willen laten weten of je erbij kunt zijn?

Met vriendelijke groet,

Gülşen Yılmaz
Programmamanager Vastgoed
Woonstichting Lekdijk | Utrecht
T 030 555 92 10
""",
        "label": {
            "recipient_name": "Gülşen Yılmaz", "recipient_name_alternatives": [],
            "sender_name": "Maarten de Wit", "sender_name_alternatives": ["Maarten"],
            "meeting": "het strategiegesprek over de verduurzaming",
            "meeting_alternatives": ["strategiegesprek", "Uitnodiging strategiegesprek verduurzaming"],
            "meeting_time": "donderdag 17 december, 13:00-15:00", "meeting_time_iso": "2026-12-17T13:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INV,
        },
    },
    {
        "file": "002.txt",
        "text": """
Hey Toon, kan ons afspraak voor het tuinontwerp van dinsdagnamiddag (14u) verzet worden? Ik moet onverwacht
naar Gent voor't werk 😕 woensdagvoormiddag of donderdag rond 11u zou mij beter passen. Laat maar iets weten!
Groetjes Evi
""",
        "label": {
            "recipient_name": "Evi", "recipient_name_alternatives": [],
            "sender_name": "Toon", "sender_name_alternatives": [],
            "meeting": "ons afspraak voor het tuinontwerp",
            "meeting_alternatives": ["afspraak voor het tuinontwerp", "tuinontwerp"],
            "meeting_time": "dinsdagnamiddag (14u)", "meeting_time_iso": "2026-12-08T14:00",
            "proposed_times": ["woensdagvoormiddag", "donderdag rond 11u"],
            "proposed_times_iso": ["2026-12-09", "2026-12-10T11:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Anouk Verhoef", "anouk.verhoef@gmail.com"),
            "To": ("Chloë Bakker", "chloe@bakker-loopbaan.nl"),
            "Subject": "Re: Bevestiging afspraak woensdag",
            "Date": "Wed, 09 Dec 2026 08:40:00 +0100",
            "Message-ID": "<CAF7kq+Zr0v9@mail.gmail.com>",
            "In-Reply-To": "<bevestiging-0912@bakker-loopbaan.nl>",
            "References": "<bevestiging-0912@bakker-loopbaan.nl>",
        },
        "body": """
Hoi Chloë,

Balen, maar ik moet ons loopbaangesprek van vanmiddag half drie afzeggen. Mijn teamleider heeft op het
laatste moment een reorganisatieoverleg gepland waar ik niet onderuit kan.

Geldt hiervoor je annuleringsregeling, of kan ik hem kosteloos verzetten? Ik hoor het wel.

Groet,
Anouk

Op di 8 dec 2026 om 16:12 schreef Chloë Bakker <chloe@bakker-loopbaan.nl>:
> Hoi Anouk, hierbij bevestig ik onze afspraak van woensdag 9 december om 14.30 uur op mijn praktijk
> aan de Mauritsweg. Tot dan! Chloë
""",
        "label": {
            "recipient_name": "Anouk Verhoef", "recipient_name_alternatives": ["Anouk"],
            "sender_name": "Chloë Bakker", "sender_name_alternatives": ["Chloë"],
            "meeting": "ons loopbaangesprek", "meeting_alternatives": ["loopbaangesprek", "afspraak"],
            "meeting_time": "vanmiddag half drie", "meeting_time_iso": "2026-12-09T14:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"],
            "quoted_from": "Op di 8 dec 2026 om 16:12 schreef Chloë Bakker <chloe@bakker-loopbaan.nl>:",
        },
    },
    {
        "file": "004.txt",
        "text": """
Dag Ruben,

Zie hieronder de uitnodiging van de provincie. Ik zou het fijn vinden als jij meegaat en de tien minuten over
onze pilot met hergebruikt staal voor je rekening neemt. Kun je?

Hartelijke groet,
Marloes Hendriks
Hendriks Bouw B.V., Nijmegen

Begin doorgestuurd bericht:

Van: Provincie Gelderland – Team Circulair <circulair@gelderland.example.nl>
Onderwerp: Uitnodiging kennissessie circulair bouwen
Datum: 3 december 2026 om 14:05:12 CET
Aan: Marloes Hendriks <m.hendriks@hendriksbouw.nl>

Geachte mevrouw Hendriks,

Graag nodigen wij u uit voor de kennissessie circulair bouwen
op woensdag 16 december van 15.30 tot 17.00 uur in het Huis der Provincie, Arnhem.
Aanmelden kan tot en met 10 december.
""",
        "label": {
            "recipient_name": "Marloes Hendriks", "recipient_name_alternatives": [],
            "sender_name": "Ruben", "sender_name_alternatives": [],
            "meeting": "de kennissessie circulair bouwen",
            "meeting_alternatives": ["kennissessie circulair bouwen", "kennissessie"],
            "meeting_time": "woensdag 16 december van 15.30 tot 17.00 uur", "meeting_time_iso": "2026-12-16T15:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INV,
        },
    },
    {
        "file": "005.txt",
        "text": """
Goedemiddag mevrouw Van Rooij,

Ik heb vandaag uw factuur 2026-0412 ontvangen. Daarop staat de sessie van dinsdag 24 november volledig
in rekening gebracht als 'niet geannuleerd'. Ik heb die afspraak echter de vrijdag ervoor telefonisch
afgezegd bij uw assistente.

Kunt u mij uitleggen welke annuleringstermijn u hanteert en of dat hier van toepassing is?

Met vriendelijke groet,
ir. Hans Koolen
Eindhoven
""",
        "label": {
            "recipient_name": "Hans Koolen", "recipient_name_alternatives": ["ir. Hans Koolen"],
            "sender_name": "Van Rooij", "sender_name_alternatives": ["mevrouw Van Rooij"],
            "meeting": "de sessie van dinsdag 24 november", "meeting_alternatives": ["sessie", "afspraak"],
            "meeting_time": "dinsdag 24 november", "meeting_time_iso": "2026-11-24",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Rafaël Mertens", "r.mertens@minvws.example.nl"),
            "To": ("Drs. Ingrid Visser", "i.visser@visser-organisatieadvies.nl"),
            "Subject": "RE: Startgesprek verandertraject",
            "Date": "Thu, 10 Dec 2026 11:18:00 +0100",
            "Message-ID": "<DB9PR03MB8120.mertens@minvws.example.nl>",
            "In-Reply-To": "<intake-2026-1210@visser-organisatieadvies.nl>",
        },
        "body": """
Geachte mevrouw Visser,

Dank voor uw voorstel. Helaas kan ik op geen van beide momenten; die dagen zit ik de hele dag in de Kamer.
Zou het startgesprek volgende week dinsdag om 10.00 uur kunnen, of anders woensdag 16-12 vanaf 13.00 uur?

Met vriendelijke groet,

R. Mertens
Afdelingshoofd Bedrijfsvoering

-----Oorspronkelijk bericht-----
Van: Ingrid Visser <i.visser@visser-organisatieadvies.nl>
Verzonden: woensdag 9 december 2026 17:02
Aan: Mertens, Rafaël <r.mertens@minvws.example.nl>
Onderwerp: Startgesprek verandertraject

Geachte heer Mertens, voor het startgesprek kan ik maandag 14 december om 9.00 uur of donderdag 17 december
om 15.00 uur. Met vriendelijke groet, Ingrid Visser
""",
        "cte": "base64",
        "label": {
            "recipient_name": "Rafaël Mertens", "recipient_name_alternatives": ["R. Mertens"],
            "sender_name": "Drs. Ingrid Visser", "sender_name_alternatives": ["Ingrid Visser", "mevrouw Visser"],
            "meeting": "het startgesprek", "meeting_alternatives": ["startgesprek", "Startgesprek verandertraject"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": ["volgende week dinsdag om 10.00 uur", "woensdag 16-12 vanaf 13.00 uur"],
            "proposed_times_iso": ["2026-12-15T10:00", "2026-12-16T13:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "-----Oorspronkelijk bericht-----",
        },
    },
    {
        "file": "007.txt",
        "text": """
Beste mevrouw Claeys,

Wij moeten de opleiding 'Omgaan met agressie aan het loket' van maandag 14/12 (9u-16u) helaas annuleren: door
een storing in ons nieuwe ticketsysteem kunnen we die dag geen twaalf medewerkers missen.

Wij willen de opleiding zeker in het voorjaar laten doorgaan. Kan het voorschot worden teruggestort, of blijft
het staan voor een volgende datum?

Vriendelijke groeten,

Lieselot Van de Velde
Diensthoofd Burgerzaken – Stad Gent
""",
        "label": {
            "recipient_name": "Lieselot Van de Velde", "recipient_name_alternatives": [],
            "sender_name": "Claeys", "sender_name_alternatives": ["mevrouw Claeys"],
            "meeting": "de opleiding 'Omgaan met agressie aan het loket'",
            "meeting_alternatives": ["opleiding", "Omgaan met agressie aan het loket"],
            "meeting_time": "maandag 14/12 (9u-16u)", "meeting_time_iso": "2026-12-14T09:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule", "cancellation_policy"],
        },
    },
    {
        "file": "008.eml",
        "headers": {
            "From": ("Joost Wierenga", "joostwierenga@ziggo.nl"),
            "To": ("Noëlle Huizinga", "noelle@huizinga-belastingadvies.nl"),
            "Subject": "sorry!",
            "Date": "Tue, 08 Dec 2026 07:55:00 +0100",
            "Message-ID": "<E1B2C3D4-5566-4F77@ziggo.nl>",
        },
        "body": """
Hoi Noëlle,

Sorry!! Ik was het gesprek over de aangifte van gisteren om kwart over negen compleet vergeten, stond in de
verkeerde week in mijn agenda. Kan het donderdag ook? Ik ben de hele dag thuis.

Joost

Verstuurd vanaf mijn iPhone
""",
        "label": {
            "recipient_name": "Joost Wierenga", "recipient_name_alternatives": ["Joost"],
            "sender_name": "Noëlle Huizinga", "sender_name_alternatives": ["Noëlle"],
            "meeting": "het gesprek over de aangifte", "meeting_alternatives": ["gesprek over de aangifte", "gesprek"],
            "meeting_time": "gisteren om kwart over negen", "meeting_time_iso": "2026-12-07T09:15",
            "proposed_times": ["donderdag"], "proposed_times_iso": ["2026-12-10"],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
        },
    },
    {
        "file": "009.txt",
        "text": """
Dag Kristof,

Zou je de offerte voor de website nog eens kunnen doorsturen vóór ons werkoverleg van vrijdag om 10u? Ik vind ze
niet meer terug in mijn mailbox en ik wil ze eerst met Jan overlopen.

Onze boekhouding is enkel 's voormiddags open (8u30-12u), dus voor de betaling van het voorschot moet je bij
mij zijn.

Merci en tot vrijdag!
Sarah

Sarah Vanhoof – Bakkerij Vanhoof, Hasselt
""",
        "label": {
            "recipient_name": "Sarah Vanhoof", "recipient_name_alternatives": ["Sarah"],
            "sender_name": "Kristof", "sender_name_alternatives": [],
            "meeting": "ons werkoverleg", "meeting_alternatives": ["werkoverleg"],
            "meeting_time": "vrijdag om 10u", "meeting_time_iso": "2026-12-11T10:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
        },
    },
    {
        "file": "010.eml",
        "headers": {
            "From": ("Zoë van der Heijden", "zoe@heijden-kinderopvang.nl"),
            "To": ("Femke Bos", "femke@bos-hrsupport.nl"),
            "Subject": "Kennismaking?",
            "Date": "Mon, 07 Dec 2026 20:14:00 +0100",
            "Message-ID": "<7c1d0e2a.heijden@heijden-kinderopvang.nl>",
        },
        "body": """
Goedenavond Femke,

Via Marieke van De Kleine Eik kreeg ik uw naam. Wij groeien hard (drie locaties in Amersfoort, bijna 60
medewerkers) en lopen vast op roosters en verzuim. Heeft u tijd voor een oriënterend gesprek?
Ik dacht aan overmorgen, of anders maandag de 14e om 10 uur, bij ons op de locatie Vathorst.

Hartelijke groet,
Zoë van der Heijden
directeur-eigenaar Kinderopvang Van der Heijden

Verzonden vanuit Outlook voor Android
""",
        "html": True,
        "label": {
            "recipient_name": "Zoë van der Heijden", "recipient_name_alternatives": [],
            "sender_name": "Femke Bos", "sender_name_alternatives": ["Femke"],
            "meeting": "een oriënterend gesprek", "meeting_alternatives": ["oriënterend gesprek", "Kennismaking?"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": ["overmorgen", "maandag de 14e om 10 uur"],
            "proposed_times_iso": ["2026-12-09", "2026-12-14T10:00"],
            "kind": "invitation", "suggested_intents": INV,
        },
    },
]
