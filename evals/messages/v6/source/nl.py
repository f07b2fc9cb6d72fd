"""Dutch client messages for the held-out v6 set (Netherlands incl. Friesland and Limburg, Flanders), written by hand with their labels."""

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.txt",
        "text": """
Dag Jelle,

Zou je volgende week eens kunnen langskomen voor een eerste verkenning van de verbouwing van ons praktijkpand in Lier? We denken aan do 10 dec. om 13u45, dan zijn zowel mijn vennoot als ik vrij. Past dat niet, dan kan het ook vrijdagvoormiddag.

Parkeren kan achter het gebouw, ingang via de Kartuizersvest.

Groetjes,
Annelies Verbruggen
Tandartsenpraktijk Verbruggen & Claes
""",
        "label": {
            "recipient_name": "Annelies Verbruggen", "recipient_name_alternatives": ["Annelies"],
            "sender_name": "Jelle", "sender_name_alternatives": [],
            "meeting": "een eerste verkenning van de verbouwing van ons praktijkpand",
            "meeting_alternatives": ["eerste verkenning", "de verbouwing van ons praktijkpand in Lier",
                                     "verbouwing van ons praktijkpand"],
            "meeting_time": "do 10 dec. om 13u45", "meeting_time_iso": "2026-12-10T13:45",
            "proposed_times": ["vrijdagvoormiddag"], "proposed_times_iso": ["2026-12-11"],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "002.eml",
        "headers": {
            "From": ("Sjoerd Hoekstra", "s.hoekstra@hoekstra-zuivel.nl"),
            "To": ("Hiske de Wit", "mirjam@dewit-pensioenadvies.nl"),
            "Subject": "Re: Evaluatie pensioenregeling – dinsdag 8 december",
            "Date": "Sat, 05 Dec 2026 09:03:00 +0100",
            "Message-ID": "<CAJ3hoekstraQm1x@mail.gmail.com>",
            "In-Reply-To": "<20261204162200.dewit.8812@dewit-pensioenadvies.nl>",
        },
        "body": """
Hoi Hiske,

Dinsdag 8 december om 10.00 uur lukt me helaas toch niet voor de evaluatie van de pensioenregeling: onze accountant heeft precies dan de jaarafsluiting ingepland.

Kan het ook een week later, dinsdag 15 december, zelfde tijd? Of anders woensdag 16-12 tussen 13.00 en 15.00 uur, dan schuif ik wel wat.

Groet,
Sjoerd

Sjoerd Hoekstra
Directeur | Hoekstra Zuivel B.V.
T 0513 000 274

Op vr 4 dec 2026 om 16:22 schreef Hiske de Wit <mirjam@dewit-pensioenadvies.nl>:
> Beste Sjoerd,
> Hierbij bevestig ik onze evaluatie op dinsdag 8 december om 10.00 uur bij jullie op kantoor.
> Met vriendelijke groet,
> Hiske de Wit
""",
        "label": {
            "recipient_name": "Sjoerd Hoekstra", "recipient_name_alternatives": ["Sjoerd"],
            "sender_name": "Hiske de Wit", "sender_name_alternatives": ["Hiske"],
            "meeting": "de evaluatie van de pensioenregeling",
            "meeting_alternatives": ["evaluatie van de pensioenregeling", "Evaluatie pensioenregeling"],
            "meeting_time": "Dinsdag 8 december om 10.00 uur", "meeting_time_iso": "2026-12-08T10:00",
            "proposed_times": ["dinsdag 15 december, zelfde tijd", "woensdag 16-12 tussen 13.00 en 15.00 uur"],
            "proposed_times_iso": ["2026-12-15T10:00", "2026-12-16T13:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "Op vr 4 dec 2026 om 16:22 schreef Hiske de Wit <mirjam@dewit-pensioenadvies.nl>:",
            "quoted_until": None,
        },
    },
    {
        "file": "003.txt",
        "text": """
hoi Floor, sorry sorry, moet de nulmeting van morgenochtend 8.45 afzeggen, mijn dochter is net naar de spoedeisende hulp gebracht (gebroken pols, niks ernstigs maar ik moet bij haar blijven). ik weet dat het binnen 24 uur is, reken maar gewoon af wat je normaal rekent.
groetjes Yvonne

Verzonden vanaf mijn Galaxy
""",
        "label": {
            "recipient_name": "Yvonne", "recipient_name_alternatives": [],
            "sender_name": "Floor", "sender_name_alternatives": [],
            "meeting": "de nulmeting", "meeting_alternatives": ["nulmeting", "de nulmeting van morgenochtend"],
            "meeting_time": "morgenochtend 8.45", "meeting_time_iso": "2026-12-07T08:45",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "004.eml",
        "headers": {
            "From": ("Nesrin Çelik", "ingrid@stichting-groenhof.nl"),
            "To": ("Thijs Verhoeven", "thijs@verhoeven-subsidieadvies.nl"),
            "Subject": "Fwd: Uitnodiging toelichtingsbijeenkomst Klimaatsubsidie 2027",
            "Date": "Fri, 04 Dec 2026 12:40:00 +0100",
            "Message-ID": "<CAM5groenhofZp0w@mail.gmail.com>",
        },
        "body": """
Hoi Thijs,

Zie hieronder. Ik kan er zelf niet bij zijn (bestuursvergadering), zou jij namens Stichting Groenhof willen gaan? Jij kent de regeling toch het best.

Dank je!
Nesrin

---------- Doorgestuurd bericht ---------
Van: Gemeente Utrecht - Team Subsidies <subsidies@utrecht-voorbeeld.nl>
Date: do 3 dec 2026 om 14:10
Subject: Uitnodiging toelichtingsbijeenkomst Klimaatsubsidie 2027
To: <info@stichting-groenhof.nl>

Geachte heer/mevrouw,

Graag nodigen wij u uit voor de toelichtingsbijeenkomst over de Klimaatsubsidie 2027 op maandag 14 december a.s. van 19.30 tot 21.00 uur in het Stadskantoor, zaal 2.07. Inloop vanaf 19.00 uur.

Aanmelden kan tot en met woensdag 9 december via dit e-mailadres.

Met vriendelijke groet,
Team Subsidies
""",
        "label": {
            "recipient_name": "Nesrin Çelik", "recipient_name_alternatives": ["Nesrin"],
            "sender_name": "Thijs Verhoeven", "sender_name_alternatives": ["Thijs"],
            "meeting": "de toelichtingsbijeenkomst over de Klimaatsubsidie 2027",
            "meeting_alternatives": ["toelichtingsbijeenkomst", "toelichtingsbijeenkomst over de Klimaatsubsidie 2027",
                                     "Uitnodiging toelichtingsbijeenkomst Klimaatsubsidie 2027"],
            "meeting_time": "maandag 14 december a.s. van 19.30 tot 21.00 uur", "meeting_time_iso": "2026-12-14T19:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "005.txt",
        "text": """
Geachte heer Dijkgraaf,

Tot mijn spijt moet ik constateren dat ik ons overleg van vrijdag 15.30 uur over de bedrijfsovername heb gemist. Door een storing op het spoor tussen Zwolle en Amersfoort heb ik ruim twee uur vastgestaan, en mijn telefoon was leeg, zodat ik u niet kon bereiken.

Mijn excuses voor het ongemak. Zou u mij een nieuwe afspraak willen geven? Mijn voorkeur gaat uit naar maandagmiddag 14 december of dinsdag de 15e vanaf half twee.

Met vriendelijke groet,

drs. G.J. (Gert-Jan) Mulder
Mulder Installatietechniek
""",
        "label": {
            "recipient_name": "drs. G.J. (Gert-Jan) Mulder",
            "recipient_name_alternatives": ["G.J. (Gert-Jan) Mulder", "Gert-Jan", "Mulder"],
            "sender_name": "Dijkgraaf", "sender_name_alternatives": ["heer Dijkgraaf"],
            "meeting": "ons overleg",
            "meeting_alternatives": ["overleg", "de bedrijfsovername"],
            "meeting_time": "vrijdag 15.30 uur", "meeting_time_iso": "2026-12-04T15:30",
            "proposed_times": ["maandagmiddag 14 december", "dinsdag de 15e vanaf half twee"],
            "proposed_times_iso": ["2026-12-14", "2026-12-15T13:30"],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Jan-Baptist Van den Eynde", "jb.vandeneynde@brouwerijdekroon.be"),
            "To": ("Kaat Peeters", "kaat@peeters-teamcoaching.be"),
            "Subject": "Workshop teamcoaching 11/12 gaat niet door",
            "Date": "Wed, 02 Dec 2026 16:58:00 +0100",
            "Message-ID": "<DB9PR02MB7312KROON@DB9PR02MB7312.eurprd02.prod.outlook.com>",
        },
        "html": True,
        "body": """
Dag Kaat,

Slecht nieuws: door de reorganisatie die vandaag werd aangekondigd, moeten we de workshop teamcoaching van vrijdag 11 december (9u-12u30) annuleren. Het is gewoon niet het moment om met het team rond de tafel te zitten.

Ik laat je in januari weten of en wanneer we hem kunnen hernemen. Uiteraard vergoeden we de voorbereiding die je al gedaan hebt, stuur maar een factuur.

Vriendelijke groeten,
Jan-Baptist

Jan-Baptist Van den Eynde
HR-manager | Brouwerij De Kroon bv
Mechelsesteenweg 8, 2800 Mechelen

Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde(n). Hebt u dit bericht per vergissing ontvangen, gelieve de afzender te verwittigen en het bericht te verwijderen.
""",
        "label": {
            "recipient_name": "Jan-Baptist Van den Eynde", "recipient_name_alternatives": ["Jan-Baptist"],
            "sender_name": "Kaat Peeters", "sender_name_alternatives": ["Kaat"],
            "meeting": "de workshop teamcoaching",
            "meeting_alternatives": ["workshop teamcoaching", "Workshop teamcoaching 11/12"],
            "meeting_time": "vrijdag 11 december (9u-12u30)", "meeting_time_iso": "2026-12-11T09:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "007.txt",
        "text": """
Goedemiddag,

Via de website van Bijlesbureau Rekenwonder zag ik dat jullie ook aan huis komen. Voordat ik mijn zoon (havo 4, wiskunde B) aanmeld: wat zijn jullie voorwaarden als een les vervalt? Hij heeft op woensdag training en die wordt soms pas op dinsdagavond verplaatst. Moet ik dan de les betalen, en tot wanneer kan ik kosteloos afzeggen?

Bellen mag ook, ik ben op werkdagen na 17.30 uur bereikbaar op 06-12345678.

Met vriendelijke groet,
Samira Bouzidi
""",
        "label": {
            "recipient_name": "Samira Bouzidi", "recipient_name_alternatives": ["Samira"],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "de les", "meeting_alternatives": ["een les", "les"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "008.eml",
        "headers": {
            "From": ("Wietske Bosma", "w.bosma@bosma-metaal.nl"),
            "To": ("Jurre Kuipers", "jurre@kuipers-kwaliteit.nl"),
            "Subject": "RE: Nieuwe datum audit ISO 9001",
            "Date": "Thu, 03 Dec 2026 13:27:00 +0100",
            "Message-ID": "<AS8PR04MB8820BOSMA@AS8PR04MB8820.eurprd04.prod.outlook.com>",
            "In-Reply-To": "<20261203104811.kuipers.311@kuipers-kwaliteit.nl>",
        },
        "charset": "iso-8859-1",
        "body": """
Hallo Jurre,

Prima, dan zien we je op woensdag 9 december om 8.30 uur voor de interne audit ISO 9001. Graag wel even melden bij de portier, het terrein is vanaf 8.00 uur open.

Kun je de auditchecklist vooraf mailen? Dan legt Joost de procedures alvast klaar.

Groet,
Wietske Bosma
KAM-coördinator
Bosma Metaalbewerking B.V. | Heerenveen

From: Jurre Kuipers <jurre@kuipers-kwaliteit.nl>
Sent: Thursday, December 3, 2026 10:48 AM
To: Wietske Bosma <w.bosma@bosma-metaal.nl>
Subject: Nieuwe datum audit ISO 9001

Hoi Wietske, zoals besproken verschuiven we de audit naar woensdag 9 december, 8.30 uur. Past dat?
Jurre
""",
        "label": {
            "recipient_name": "Wietske Bosma", "recipient_name_alternatives": ["Wietske"],
            "sender_name": "Jurre Kuipers", "sender_name_alternatives": ["Jurre"],
            "meeting": "de interne audit ISO 9001",
            "meeting_alternatives": ["interne audit ISO 9001", "audit ISO 9001", "Nieuwe datum audit ISO 9001"],
            "meeting_time": "woensdag 9 december om 8.30 uur", "meeting_time_iso": "2026-12-09T08:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
            "quoted_from": "From: Jurre Kuipers <jurre@kuipers-kwaliteit.nl>", "quoted_until": None,
        },
    },
    {
        "file": "009.eml",
        "headers": {
            "From": ("Marjolein Claessens-Oosterhuis", "m.claessens@sintjozefcollege-voorbeeld.nl"),
            "To": ("Rutger Smeets", "rutger@smeets-loopbaan.nl"),
            "Subject": "Verzoek: spreker ouderavond loopbaanoriëntatie",
            "Date": "Mon, 30 Nov 2026 20:15:00 +0100",
            "Message-ID": "<0d6b1f7e-jozef-4c2a-a1b9@sintjozefcollege-voorbeeld.nl>",
        },
        "cte": "base64",
        "body": """
Beste heer Smeets,

Namens het Sint-Jozefcollege wil ik u graag uitnodigen als spreker op onze ouderavond over loopbaanoriëntatie, op dinsdag 12 januari 2027 om 19.30 uur in de aula. We denken aan een praatje van een half uur, met daarna ruimte voor vragen.

Een korte voorbespreking, telefonisch of via Teams, zou fijn zijn. Ik ben bereikbaar op maandag, dinsdag en donderdag.

Met hartelijke groet,

Marjolein Claessens-Oosterhuis
Teamleider bovenbouw
Sint-Jozefcollege, Roermond
""",
        "label": {
            "recipient_name": "Marjolein Claessens-Oosterhuis", "recipient_name_alternatives": ["Marjolein"],
            "sender_name": "Rutger Smeets", "sender_name_alternatives": ["heer Smeets", "Smeets"],
            "meeting": "onze ouderavond over loopbaanoriëntatie",
            "meeting_alternatives": ["ouderavond", "ouderavond over loopbaanoriëntatie", "spreker ouderavond loopbaanoriëntatie"],
            "meeting_time": "dinsdag 12 januari 2027 om 19.30 uur", "meeting_time_iso": "2027-01-12T19:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "010.txt",
        "text": """
Op 4 december 2026 14:05 schreef Gerben Hendriks:
> Beste Ilse, ik stel voor om de sparringsessie te houden op maandag 7 december om 11.00 uur of dinsdag 8 december om 16.00 uur.
> Groet, Gerben

Hoi Gerben,

Helaas kan ik op beide momenten niet voor onze sparringsessie, ik sta die twee dagen op de Vakbeurs Zorg in Utrecht. Wat dacht je van donderdagochtend 10 december om kwart voor negen? Of vrijdag 11-12, tussen de middag (12.15)?

Groetjes,
Ilse
""",
        "label": {
            "recipient_name": "Ilse", "recipient_name_alternatives": [],
            "sender_name": "Gerben", "sender_name_alternatives": [],
            "meeting": "onze sparringsessie", "meeting_alternatives": ["sparringsessie"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": ["donderdagochtend 10 december om kwart voor negen", "vrijdag 11-12, tussen de middag (12.15)"],
            "proposed_times_iso": ["2026-12-10T08:45", "2026-12-11T12:15"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "Op 4 december 2026 14:05 schreef Gerben Hendriks:", "quoted_until": "> Groet, Gerben",
        },
    },
]
