"""Dutch and Flemish client messages of the v11 set (hand-written, with their labels). See ../README.md."""

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Anaïs De Smet", "anais.desmet@stad-gent.example.be"),
            "To": ("Pieter-Jan Maes", "pj.maes@maes-ingenieurs.example.be"),
            "Subject": "Uitnodiging stuurgroep renovatie Vooruitgang",
            "Date": "Fri, 04 Dec 2026 14:40:00 +0100",
            "Message-ID": "<DB9PR-ads-041226-1440@stad-gent.example.be>",
        },
        "body": """
Dag Pieter-Jan,

Graag nodig ik je uit op de volgende stuurgroep van het renovatieproject Vooruitgang, op dinsdag 12 januari om 14u in het Administratief Centrum (zaal 2.14).
We bekijken er de timing van fase 2 en de meerkost voor de asbestsanering; jouw toelichting bij de stabiliteitsstudie zou heel welkom zijn.
Broodjes zijn voorzien vanaf 12u30 voor wie wat vroeger komt.

Laat je me tegen vrijdag 18/12 iets weten?

Met vriendelijke groeten,
Anaïs De Smet
Projectleider Stadsvernieuwing
Stad Gent
""",
        "label": {
            "recipient_name": "Anaïs De Smet", "recipient_name_alternatives": ["Anaïs"],
            "sender_name": "Pieter-Jan Maes", "sender_name_alternatives": ["Pieter-Jan"],
            "meeting": "de volgende stuurgroep van het renovatieproject Vooruitgang",
            "meeting_alternatives": ["stuurgroep van het renovatieproject Vooruitgang", "stuurgroep",
                                     "stuurgroep renovatie Vooruitgang"],
            "meeting_time": "dinsdag 12 januari om 14u", "meeting_time_iso": "2027-01-12T14:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
    {
        "file": "002.txt",
        "text": """
Hoi Sanne!
Balen, Bram (de hond 🐶) heeft een ontstoken poot dus de puppytraining van maandag half elf gaat hem niet worden.
Kan het zelfde tijd volgende week? Of anders woensdag na de lunch, dan ben ik toch vrij.
Groetjes Ilse
""",
        "label": {
            "recipient_name": "Ilse", "recipient_name_alternatives": [],
            "sender_name": "Sanne", "sender_name_alternatives": [],
            "meeting": "de puppytraining", "meeting_alternatives": ["puppytraining"],
            "meeting_time": "maandag half elf", "meeting_time_iso": "2026-12-07T10:30",
            "proposed_times": ["zelfde tijd volgende week", "woensdag na de lunch"],
            "proposed_times_iso": ["2026-12-14T10:30", "2026-12-09"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Mariëlle Kuipers", "marielle.kuipers@ziggo.example.nl"),
            "To": ("Joost Brinkman", "joost@brinkman-financieel.example.nl"),
            "Subject": "Afspraak vanmiddag",
            "Date": "Tue, 08 Dec 2026 10:55:00 +0100",
            "Message-ID": "<2b7e4c10-mk-0812@ziggo.example.nl>",
        },
        "body": """
Beste Joost,

Helaas moet ik ons pensioengesprek van vanmiddag 13.30 uur afzeggen. Mijn dochter is net ziek opgehaald van de opvang en mijn man zit in Duitsland.
Ik bel morgenochtend even met je secretariaat voor een nieuwe afspraak.

Excuses voor het late bericht.
Mariëlle

Verzonden vanaf mijn Samsung Galaxy-smartphone.
""",
        "label": {
            "recipient_name": "Mariëlle Kuipers", "recipient_name_alternatives": ["Mariëlle"],
            "sender_name": "Joost Brinkman", "sender_name_alternatives": ["Joost"],
            "meeting": "ons pensioengesprek", "meeting_alternatives": ["pensioengesprek", "Afspraak vanmiddag",
                                                                       "afspraak"],
            "meeting_time": "vanmiddag 13.30 uur", "meeting_time_iso": "2026-12-08T13:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation"],
        },
    },
    {
        "file": "004.eml",
        "headers": {
            "From": ("Rob Hendriks", "r.hendriks@limburgzorgdata.example.nl"),
            "To": ("Claire Dubois", "claire@duboisanalytics.example.co.uk"),
            "Subject": "Re: Data visualisation workshop",
            "Date": "Wed, 02 Dec 2026 15:18:00 +0100",
            "Message-ID": "<CAK-rh-021226-1518@limburgzorgdata.example.nl>",
            "In-Reply-To": "<cd-20261201-1602@duboisanalytics.example.co.uk>",
        },
        "html": True,
        "body": """
Hallo Claire,

Excuses dat ik in het Nederlands antwoord, dat gaat wat sneller. Woensdag de 9e lukt helaas niet meer voor de workshop datavisualisatie: er is die dag een externe audit ingepland en het hele team moet beschikbaar zijn.
Zou donderdag 10/12 om 9.30 uur kunnen, of anders vrijdag 11/12 tussen 14 en 16 uur? Het lokaal in Maastricht is op beide dagen vrij.

Met vriendelijke groet,
Rob Hendriks
Teamlead BI, Limburg Zorgdata

On Tue, 1 Dec 2026 at 16:02, Claire Dubois <claire@duboisanalytics.example.co.uk> wrote:
> Hi Rob,
> Just confirming the data visualisation workshop for your team on Wednesday 9 December, 1pm to 5pm.
> Best,
> Claire
""",
        "label": {
            "recipient_name": "Rob Hendriks", "recipient_name_alternatives": ["Rob"],
            "sender_name": "Claire Dubois", "sender_name_alternatives": ["Claire"],
            "meeting": "de workshop datavisualisatie",
            "meeting_alternatives": ["workshop datavisualisatie", "Data visualisation workshop", "workshop"],
            "meeting_time": "Woensdag de 9e", "meeting_time_iso": "2026-12-09",
            "proposed_times": ["donderdag 10/12 om 9.30 uur", "vrijdag 11/12 tussen 14 en 16 uur"],
            "proposed_times_iso": ["2026-12-10T09:30", "2026-12-11T14:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "On Tue, 1 Dec 2026 at 16:02, Claire Dubois <claire@duboisanalytics.example.co.uk> wrote:",
        },
    },
    {
        "file": "005.txt",
        "text": """
Hoi Wouter,

Sorry sorry sorry voor gisteren om 11 uur!! Ik stond keurig op tijd voor de deur... van jullie oude adres in Zwolle-Zuid 🤦‍♀️ en toen was mijn batterij ook nog leeg.
Wanneer kan ik alsnog langskomen? Ik ben deze week elke ochtend vrij behalve donderdag.

Groetjes,
Femke
""",
        "label": {
            "recipient_name": "Femke", "recipient_name_alternatives": [],
            "sender_name": "Wouter", "sender_name_alternatives": [],
            "meeting": None, "meeting_alternatives": [],
            "meeting_time": "gisteren om 11 uur", "meeting_time_iso": "2026-12-05T11:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Hüseyin Yılmaz", "h.yilmaz@kpnmail.example.nl"),
            "To": ("", "administratie@fysiodelinde.example.nl"),
            "Subject": "Vraag over factuur november",
            "Date": "Mon, 07 Dec 2026 09:02:00 +0100",
            "Message-ID": "<9c1d7e22-hy@kpnmail.example.nl>",
        },
        "cte": "base64",
        "body": """
Geachte heer/mevrouw,

Op de factuur van november staat een bedrag van € 42,50 voor "niet nagekomen afspraak" voor de behandeling van 19 november.
Ik heb die afspraak op 18 november rond 16.45 uur telefonisch afgezegd, dus ruim een halve dag van tevoren.
Kunt u mij uitleggen wat uw annuleringsvoorwaarden precies zijn? Hoe lang van tevoren moet je afzeggen om niets te hoeven betalen?

Met vriendelijke groet,
H. Yılmaz
Patiëntnummer 20814
""",
        "label": {
            "recipient_name": "Hüseyin Yılmaz", "recipient_name_alternatives": ["H. Yılmaz"],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "de behandeling", "meeting_alternatives": ["de behandeling van 19 november", "behandeling", "afspraak"],
            "meeting_time": "19 november", "meeting_time_iso": "2026-11-19",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
        },
    },
    {
        "file": "007.txt",
        "text": """
Beste Marrit,

Namens ons team wil ik de rondleiding door het gemaal op zaterdag 19 december (aanvang 10.00 uur) helaas annuleren. Door de hoge waterstanden moeten bijna al mijn collega's die week stand-by staan.
Krijgen we de aanbetaling van € 150 terug, of wordt er bij annulering iets in rekening gebracht? We komen in het voorjaar graag alsnog.

Met groet,

Sietske Hoekstra
Teamleider Peilbeheer
Wetterskip Fryslân, Leeuwarden
T 058 555 12 90 (bereikbaar ma t/m do tot 16.00 uur)

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.

Verstuurd vanaf mijn iPad
""",
        "label": {
            "recipient_name": "Sietske Hoekstra", "recipient_name_alternatives": ["Sietske"],
            "sender_name": "Marrit", "sender_name_alternatives": [],
            "meeting": "de rondleiding door het gemaal",
            "meeting_alternatives": ["rondleiding door het gemaal", "rondleiding"],
            "meeting_time": "zaterdag 19 december (aanvang 10.00 uur)", "meeting_time_iso": "2026-12-19T10:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule", "cancellation_policy"],
        },
    },
    {
        "file": "008.eml",
        "headers": {
            "From": ("Ingrid van der Sluijs", "i.vandersluijs@netbeheer-haaglanden.example.nl"),
            "To": ("Ewout Bakker", "e.bakker@bakker-energieadvies.example.nl"),
            "Subject": "Uitnodiging rondetafelgesprek netcongestie 17 december",
            "Date": "Tue, 01 Dec 2026 11:30:00 +0100",
            "Message-ID": "<AS8PR-ivds-011226@netbeheer-haaglanden.example.nl>",
        },
        "html": True,
        "body": """
Geachte heer Bakker,

Graag nodigen wij u uit voor het rondetafelgesprek over netcongestie op bedrijventerreinen, op donderdag 17 december a.s. van 15.00 tot 17.00 uur in ons kantoor aan de Laan van Nieuw Oost-Indië in Den Haag.
Met ondernemers, de gemeente en een aantal adviseurs willen we verkennen hoe energiehubs de wachtrij kunnen verkorten. Na afloop is er gelegenheid tot napraten met een hapje en een drankje.

Aanmelden kan tot en met vrijdag 11 december via deze e-mail.

Met vriendelijke groet,

Ingrid van der Sluijs
Stakeholdermanager
Netbeheer Haaglanden
""",
        "label": {
            "recipient_name": "Ingrid van der Sluijs", "recipient_name_alternatives": ["Ingrid"],
            "sender_name": "Ewout Bakker", "sender_name_alternatives": ["heer Bakker", "Bakker"],
            "meeting": "het rondetafelgesprek over netcongestie",
            "meeting_alternatives": ["rondetafelgesprek over netcongestie op bedrijventerreinen",
                                     "rondetafelgesprek netcongestie", "rondetafelgesprek"],
            "meeting_time": "donderdag 17 december a.s. van 15.00 tot 17.00 uur", "meeting_time_iso": "2026-12-17T15:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
    {
        "file": "009.txt",
        "text": """
Dag Lotte,

Kort berichtje: ik bevestig de werfbespreking van woensdag om 8u45 aan het huis in de Kapelstraat.
Mag ik nog vragen om de aangepaste offerte voor de keuken vooraf door te mailen, zodat ik ze met mijn vrouw kan overlopen? Ik ben telefonisch bereikbaar tussen 12u en 13u30.

Groeten,
Kris Jacobs
Hasselt
""",
        "label": {
            "recipient_name": "Kris Jacobs", "recipient_name_alternatives": ["Kris"],
            "sender_name": "Lotte", "sender_name_alternatives": [],
            "meeting": "de werfbespreking", "meeting_alternatives": ["werfbespreking"],
            "meeting_time": "woensdag om 8u45", "meeting_time_iso": "2026-12-09T08:45",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
        },
    },
    {
        "file": "010.txt",
        "text": """
Hoi Yvonne,

Leuk dat je contact opneemt! Kom gerust langs voor een eerste verkennend gesprek bij ons op de TU-campus, dan laat ik je meteen het lab zien.
Ik kan maandag 14 december om 11:00 of dinsdag 15 december om 15:30, zeg maar wat jou het beste uitkomt. Reken op ongeveer een uur.

Hartelijke groet,
Bart Dekker
Hoofd R&D, Delft Sensing B.V.

Van: Yvonne Smit <yvonne@smit-subsidieadvies.example.nl>
Verzonden: donderdag 3 december 2026 17:12
Aan: Bart Dekker <b.dekker@delftsensing.example.nl>
Onderwerp: Kennismaking subsidieadvies

Beste Bart,
Via Annelies hoorde ik dat jullie een MIT-aanvraag overwegen. Zullen we eens kennismaken?
Groet, Yvonne Smit
""",
        "label": {
            "recipient_name": "Bart Dekker", "recipient_name_alternatives": ["Bart"],
            "sender_name": "Yvonne", "sender_name_alternatives": [],
            "meeting": "een eerste verkennend gesprek", "meeting_alternatives": ["verkennend gesprek"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": ["maandag 14 december om 11:00", "dinsdag 15 december om 15:30"],
            "proposed_times_iso": ["2026-12-14T11:00", "2026-12-15T15:30"],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": "Van: Yvonne Smit <yvonne@smit-subsidieadvies.example.nl>",
        },
    },
]
