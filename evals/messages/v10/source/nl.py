"""Dutch client messages of the v10 set (Utrecht, Groningen, Antwerp, Eindhoven, Rotterdam, Nijmegen, Leuven,
Amsterdam, Zeeland, Paramaribo), written by hand with their labels."""

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Chloë de Graaff", "c.degraaff@domstadwonen.example.nl"),
            "To": ("Lieuwe Verhoeven", "lieuwe@verhoeven-energieadvies.nl"),
            "Subject": "Uitnodiging kick-off duurzaamheidsscan",
            "Date": "Mon, 30 Nov 2026 15:26:00 +0100",
            "Message-ID": "<AM9PR05MB.degraaff.20261130@domstadwonen.example.nl>",
        },
        "body": """
Beste Lieuwe,

Graag nodig ik je uit voor de kick-off van de duurzaamheidsscan op dinsdag 8 december van 10.30 tot 12.00 uur bij ons op kantoor (Catharijnesingel 51, 4e verdieping). Aansluitend is er een broodjeslunch.

Wil je uiterlijk donderdag laten weten of je erbij bent? Dan meld ik je aan bij de receptie.

Met vriendelijke groet,

Chloë de Graaff
Projectleider Vastgoed | Domstad Wonen
T 030 555 2190

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Indien u dit bericht ten onrechte heeft ontvangen, verzoeken wij u het te verwijderen en de afzender te informeren.
""",
        "label": {
            "recipient_name": "Chloë de Graaff", "recipient_name_alternatives": [],
            "sender_name": "Lieuwe Verhoeven", "sender_name_alternatives": ["Lieuwe"],
            "meeting": "de kick-off van de duurzaamheidsscan",
            "meeting_alternatives": ["kick-off van de duurzaamheidsscan", "kick-off",
                                     "Uitnodiging kick-off duurzaamheidsscan"],
            "meeting_time": "dinsdag 8 december van 10.30 tot 12.00 uur", "meeting_time_iso": "2026-12-08T10:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "002.txt",
        "text": """
Moi Jorieke! Ik moet helaas het kennismakingsgesprek van morgenochtend (9.00) verzetten, de kinderopvang is dicht ivm stormschade 🙈 Kan het ook woensdag om kwart voor twee of donderdag na 3 uur? Groetjes Hilde
""",
        "label": {
            "recipient_name": "Hilde", "recipient_name_alternatives": [],
            "sender_name": "Jorieke", "sender_name_alternatives": [],
            "meeting": "het kennismakingsgesprek", "meeting_alternatives": ["kennismakingsgesprek"],
            "meeting_time": "morgenochtend (9.00)", "meeting_time_iso": "2026-12-07T09:00",
            "proposed_times": ["woensdag om kwart voor twee", "donderdag na 3 uur"],
            "proposed_times_iso": ["2026-12-09T13:45", "2026-12-10T15:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Maïté Verstraeten", "maite.verstraeten@telenet.example.be"),
            "To": ("Jan Peeters", "jan@peeters-boekhouding.be"),
            "Subject": "RE: Afspraak dinsdag 8/12",
            "Date": "Tue, 08 Dec 2026 10:31:00 +0100",
            "Message-ID": "<DB8P191MB.verstraeten.1031@telenet.example.be>",
            "In-Reply-To": "<peeters.20261204.1602@peeters-boekhouding.be>",
        },
        "body": """
Dag Jan,

Ik moet onze afspraak van deze namiddag om 14u jammer genoeg annuleren: mijn zoontje is ziek thuisgebleven van school en ik vind zo snel geen opvang. Excuses voor het late bericht.
Kan je me laten weten of je daar iets voor aanrekent? Dan weet ik dat.
Zullen we volgende week iets nieuws inplannen?

Mvg,
Maïté

Verstuurd vanaf mijn iPhone

Van: Jan Peeters <jan@peeters-boekhouding.be>
Verzonden: vrijdag 4 december 2026 16:02
Aan: Maïté Verstraeten <maite.verstraeten@telenet.example.be>
Onderwerp: Afspraak dinsdag 8/12

Dag Maïté,
Ter bevestiging: bespreking van de jaarafrekening op dinsdag 8/12 om 14u00 op ons kantoor in Berchem. Breng gerust de aanslagbiljetten mee.
Groeten,
Jan
""",
        "label": {
            "recipient_name": "Maïté Verstraeten", "recipient_name_alternatives": ["Maïté"],
            "sender_name": "Jan Peeters", "sender_name_alternatives": ["Jan"],
            "meeting": "onze afspraak van deze namiddag",
            "meeting_alternatives": ["onze afspraak", "afspraak", "Afspraak dinsdag 8/12"],
            "meeting_time": "deze namiddag om 14u", "meeting_time_iso": "2026-12-08T14:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"],
            "quoted_from": "Van: Jan Peeters <jan@peeters-boekhouding.be>", "quoted_until": None,
        },
    },
    {
        "file": "004.txt",
        "text": """
Beste Ruben,

Helaas kan ik op geen van beide voorgestelde momenten voor de migratiesessie; die week zit ik twee dagen op ons depot in Venlo.
Zou maandag 14 december tussen 13.00 en 15.00 uur kunnen, of dinsdag de 15e 's ochtends vroeg (vanaf 8 uur)?

Met vriendelijke groet,

Ingrid Bosmans
Officemanager | Kempen Logistiek B.V.
040 555 3380

Op vr 4 dec 2026 om 11:20 schreef Ruben Hendriks <ruben@hendriks-ict.nl>:
> Beste Ingrid,
> Voor de migratiesessie kan ik woensdag 9 december om 10.00 uur of donderdag 10 december om 14.30 uur.
> Groet, Ruben
""",
        "label": {
            "recipient_name": "Ingrid Bosmans", "recipient_name_alternatives": [],
            "sender_name": "Ruben", "sender_name_alternatives": [],
            "meeting": "de migratiesessie", "meeting_alternatives": ["migratiesessie"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": ["maandag 14 december tussen 13.00 en 15.00 uur",
                               "dinsdag de 15e 's ochtends vroeg (vanaf 8 uur)"],
            "proposed_times_iso": ["2026-12-14T13:00", "2026-12-15T08:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "Op vr 4 dec 2026 om 11:20 schreef Ruben Hendriks <ruben@hendriks-ict.nl>:",
            "quoted_until": None,
        },
    },
    {
        "file": "005.eml",
        "html": True,
        "headers": {
            "From": ("Dewi Soerjadi", "d.soerjadi@maashaven-shipping.example.nl"),
            "To": ("Jolien Bakker", "jolien@bakker-teamcoaching.nl"),
            "Subject": "Vraag over annuleringsvoorwaarden offerte",
            "Date": "Thu, 03 Dec 2026 13:44:00 +0100",
            "Message-ID": "<c3e81a70-soerjadi@maashaven-shipping.example.nl>",
        },
        "body": """
Goedemiddag Jolien,

Dank voor de offerte voor de teamcoaching-trajecten. Voordat we tekenen nog één vraag: wat zijn jullie voorwaarden als we een sessie moeten annuleren of verplaatsen? In de offerte staat "kosteloos annuleren tot 5 werkdagen vooraf", maar wat gebeurt er daarna: betalen we dan de helft of het hele bedrag?

Ik moet het uiterlijk vrijdag 11 december aan onze controller voorleggen.

Hartelijke groet,

Dewi Soerjadi
HR-adviseur | Maashaven Shipping
010 555 7712
""",
        "label": {
            "recipient_name": "Dewi Soerjadi", "recipient_name_alternatives": [],
            "sender_name": "Jolien Bakker", "sender_name_alternatives": ["Jolien"],
            "meeting": "de teamcoaching-trajecten",
            "meeting_alternatives": ["teamcoaching-trajecten", "een sessie"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Daphnée Hermsen", "daphnee.hermsen@stichting-oostwarm.example.nl"),
            "To": ("Bas van Leeuwen", "bas@vanleeuwen-energie.nl"),
            "Subject": "FW: Themabijeenkomst Warmtenet Oost",
            "Date": "Fri, 04 Dec 2026 12:10:00 +0100",
            "Message-ID": "<VI1PR08MB.hermsen.20261204@stichting-oostwarm.example.nl>",
        },
        "body": """
Hoi Bas,

Zie hieronder. Zou jij mee willen gaan om een kwartiertje over de haalbaarheidsstudie te vertellen? Als het jou niet lukt, kan Femke misschien in jouw plaats?

Groet,
Daphnée

-----Oorspronkelijke afspraak-----
Van: Wijkbureau Oost <wijkbureau-oost@nijmegen.example.nl>
Verzonden: woensdag 2 december 2026 14:58
Aan: Daphnée Hermsen; Bewonerscommissie Hengstdal
Onderwerp: Themabijeenkomst Warmtenet Oost
Wanneer: donderdag 17 december 2026 19:30-21:30 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
Waar: Buurthuis De Klokkenberg, Wolfskuilseweg 12

Beste bewoners en betrokkenen,
Graag nodigen wij u uit voor de themabijeenkomst over het warmtenet in Oost. De zaal is open vanaf 19.00 uur.
""",
        "label": {
            "recipient_name": "Daphnée Hermsen", "recipient_name_alternatives": ["Daphnée"],
            "sender_name": "Bas van Leeuwen", "sender_name_alternatives": ["Bas"],
            "meeting": "de themabijeenkomst over het warmtenet in Oost",
            "meeting_alternatives": ["themabijeenkomst", "Themabijeenkomst Warmtenet Oost",
                                     "themabijeenkomst over het warmtenet in Oost"],
            "meeting_time": "donderdag 17 december 2026 19:30-21:30", "meeting_time_iso": "2026-12-17T19:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "007.txt",
        "text": """
Dag mevrouw Goossens,

De bijles wiskunde voor Lotte op woensdag 16/12 om 16u30 mag geschrapt worden: ze heeft die week examens en wil thuis blokken.
Na de kerstvakantie mag het terug opgestart worden, bv. woensdag 6 januari zelfde uur?

Vriendelijke groeten,
Koen Stijns (papa van Lotte)
""",
        "label": {
            "recipient_name": "Koen Stijns", "recipient_name_alternatives": [],
            "sender_name": "Goossens", "sender_name_alternatives": ["mevrouw Goossens"],
            "meeting": "De bijles wiskunde", "meeting_alternatives": ["bijles wiskunde", "bijles"],
            "meeting_time": "woensdag 16/12 om 16u30", "meeting_time_iso": "2026-12-16T16:30",
            "proposed_times": ["woensdag 6 januari zelfde uur"], "proposed_times_iso": ["2027-01-06T16:30"],
            "kind": "cancellation", "suggested_intents": ["reschedule"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "008.eml",
        "cte": "base64",
        "headers": {
            "From": ("Sjaak Rietveld", "sjaak.rietveld@example-post.nl"),
            "To": ("Linda Vos", "linda@vosmakelaardij.example.nl"),
            "Subject": "Bezichtiging Javastraat 118-II",
            "Date": "Mon, 07 Dec 2026 08:12:00 +0100",
            "Message-ID": "<1f0c7d2e-rietveld@example-post.nl>",
        },
        "body": """
Beste mevrouw Vos,

Mijn excuses dat we niet op de kijkafspraak van zaterdag half vijf zijn verschenen. We stonden vast op de A10 na een ongeluk en in de tunnel had mijn telefoon geen bereik, dus ik kon u niet eens bellen. Heel vervelend dat u voor niets heeft staan wachten.

We zijn nog steeds erg geïnteresseerd in het appartement aan de Javastraat. Zou woensdagavond rond zevenen nog kunnen?

Met vriendelijke groet,
Sjaak Rietveld
06-55 42 19 07
""",
        "label": {
            "recipient_name": "Sjaak Rietveld", "recipient_name_alternatives": [],
            "sender_name": "Linda Vos", "sender_name_alternatives": ["mevrouw Vos"],
            "meeting": "de kijkafspraak",
            "meeting_alternatives": ["kijkafspraak", "Bezichtiging Javastraat 118-II"],
            "meeting_time": "zaterdag half vijf", "meeting_time_iso": "2026-12-05T16:30",
            "proposed_times": ["woensdagavond rond zevenen"], "proposed_times_iso": ["2026-12-09T19:00"],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "009.txt",
        "text": """
Hallo Stijn,

Even ter bevestiging: de jaarlijkse voortgangsbespreking is vrijdag de 11e om 13.15 uur bij jullie in Middelburg.
Mag onze boekhouder, Gert-Jan, ook aanschuiven? En zou je de agenda vooraf kunnen sturen?

Groeten,
Ria Verhulst
Zeeuwse Mosselhandel
""",
        "label": {
            "recipient_name": "Ria Verhulst", "recipient_name_alternatives": [],
            "sender_name": "Stijn", "sender_name_alternatives": [],
            "meeting": "de jaarlijkse voortgangsbespreking", "meeting_alternatives": ["jaarlijkse voortgangsbespreking", "voortgangsbespreking"],
            "meeting_time": "vrijdag de 11e om 13.15 uur", "meeting_time_iso": "2026-12-11T13:15",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "010.txt",
        "text": """
Goedemorgen meneer Rozenblad,

Ik hoop dat alles goed met u is. Voor onze online bespreking over het exportplan van donderdag 10 december om 10.00 uur Nederlandse tijd heb ik een probleem: die ochtend moet ik hier in Paramaribo naar de bank voor de kredietaanvraag.
Kunnen we het verzetten naar vrijdag 11 december, 9.00 uur Surinaamse tijd? Anders maandag 14 december, ook om 9.00 uur.

Met vriendelijke groeten,
Rajesh Ramdin
Ramdin Agro N.V., Paramaribo
""",
        "label": {
            "recipient_name": "Rajesh Ramdin", "recipient_name_alternatives": [],
            "sender_name": "Rozenblad", "sender_name_alternatives": ["meneer Rozenblad"],
            "meeting": "onze online bespreking over het exportplan",
            "meeting_alternatives": ["online bespreking", "onze online bespreking", "exportplan"],
            "meeting_time": "donderdag 10 december om 10.00 uur", "meeting_time_iso": "2026-12-10T10:00",
            "proposed_times": ["vrijdag 11 december, 9.00 uur", "maandag 14 december, ook om 9.00 uur"],
            "proposed_times_iso": ["2026-12-11T09:00", "2026-12-14T09:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": None, "quoted_until": None,
        },
    },
]
