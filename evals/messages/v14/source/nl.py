"""v14 Dutch client messages (Netherlands and Flanders), hand-written (data-ax, 7 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml",
     "headers": {"From": ("Zoë van Rijn", "zoe.vanrijn@example.nl"),
                 "To": ("Maarten Visser", "maarten@visserfotografie.example.nl"),
                 "Subject": "Vanmiddag",
                 "Date": "Tue, 08 Dec 2026 08:05:00 +0100",
                 "Message-ID": "<v14nl001.4410@example.nl>"},
     "body": """
Hoi Maarten,

Balen, maar ik moet de fotoshoot van vanmiddag om kwart over twee afzeggen. Mijn zoontje is vannacht ziek geworden en ik krijg geen oppas geregeld.
Ik weet dat het kort dag is, rekenen jullie dan de volledige sessie of alleen een deel? Laat maar weten, dan plannen we iets nieuws in januari.

Groetjes,
Zoë

Verstuurd vanaf mijn iPhone
""",
     "label": {"recipient_name": "Zoë van Rijn", "recipient_name_alternatives": ["Zoë"],
               "sender_name": "Maarten Visser", "sender_name_alternatives": ["Maarten"],
               "meeting": "de fotoshoot", "meeting_alternatives": ["fotoshoot", "sessie"],
               "meeting_time": "vanmiddag om kwart over twee", "meeting_time_iso": "2026-12-08T14:15",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation", "cancellation_policy"]}},
    {"file": "002.txt",
     "text": """
Dag Pieter,

Zouden jullie volgende week eens kunnen langskomen voor een kennismaking? Wij zitten in Gent, vlakbij het Sint-Pietersstation (parking achteraan). Dinsdag om 10u of woensdag in de voormiddag, zoiets? Onze zaakvoerder Koen Van Damme zou er ook graag bij zijn.

Met vriendelijke groeten,
Lies Verhaegen
Office manager – Verhaegen Interieur bv
09 234 56 78

De informatie in dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.
""",
     "label": {"recipient_name": "Lies Verhaegen", "recipient_name_alternatives": ["Lies"],
               "sender_name": "Pieter",
               "meeting": "een kennismaking", "meeting_alternatives": ["kennismaking"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": ["Dinsdag om 10u", "woensdag in de voormiddag"],
               "proposed_times_iso": ["2026-12-08T10:00", "2026-12-09"],
               "kind": "invitation", "suggested_intents": INV}},
    {"file": "003.eml",
     "headers": {"From": ("Bakker, Anaïs", "a.bakker@zorggroepdelinde.example.nl"),
                 "To": ("Ruud Hoekstra", "ruud@hoekstra-advies.example.nl"),
                 "Subject": "RE: Jaargesprek 2026",
                 "Date": "Tue, 08 Dec 2026 10:20:00 +0100",
                 "Message-ID": "<v14nl003.AS8PR@zorggroepdelinde.example.nl>",
                 "In-Reply-To": "<rh-20261204-1602@hoekstra-advies.example.nl>"},
     "body": """
Hallo Ruud,

Ik moet helaas schuiven met ons jaargesprek van donderdag 10.00 uur: er is bij ons onverwacht een interne audit ingepland die de hele dag duurt. Kan het ook maandag 14 december om 13.30 uur? Anders vrijdag 18 december om 9.00 uur.

Met vriendelijke groet,

Anaïs Bakker
HR-adviseur | Zorggroep De Linde
T 030 765 43 21 | Bereikbaar ma-wo-do

Van: Ruud Hoekstra <ruud@hoekstra-advies.example.nl>
Verzonden: vrijdag 4 december 2026 16:02
Aan: Bakker, Anaïs <a.bakker@zorggroepdelinde.example.nl>
Onderwerp: Jaargesprek 2026

Beste Anaïs,

Hierbij bevestig ik ons jaargesprek op donderdag 10 december om 10.00 uur bij jullie op locatie.

Groet,
Ruud
""",
     "label": {"recipient_name": "Anaïs Bakker", "recipient_name_alternatives": ["Bakker, Anaïs", "Anaïs"],
               "sender_name": "Ruud Hoekstra", "sender_name_alternatives": ["Ruud"],
               "meeting": "ons jaargesprek", "meeting_alternatives": ["jaargesprek", "Jaargesprek 2026"],
               "meeting_time": "donderdag 10.00 uur", "meeting_time_iso": "2026-12-10T10:00",
               "proposed_times": ["maandag 14 december om 13.30 uur", "vrijdag 18 december om 9.00 uur"],
               "proposed_times_iso": ["2026-12-14T13:30", "2026-12-18T09:00"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "Van: Ruud Hoekstra <ruud@hoekstra-advies.example.nl>"}},
    {"file": "004.txt",
     "text": """
Hoi Eva,
Bedankt voor de training van vrijdag, echt top!! Zou je de slides nog kunnen mailen? Dan kan ik ze doorsturen naar Jeroen en Fatima, die er helaas niet bij konden zijn.
Groetjes Lotte

Verstuurd vanaf mijn Samsung Galaxy
""",
     "label": {"recipient_name": "Lotte", "sender_name": "Eva",
               "meeting": "de training", "meeting_alternatives": ["training", "de training van vrijdag"],
               "meeting_time": "vrijdag", "meeting_time_iso": "2026-12-04",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},
    {"file": "005.eml",
     "headers": {"From": ("Noël Janssens", "noel.janssens@example.be"),
                 "To": ("Dr. Hilde Vandenberghe", "praktijk@vandenberghe-kine.example.be"),
                 "Subject": "Vraag ivm annulatie",
                 "Date": "Wed, 09 Dec 2026 21:14:00 +0100",
                 "Message-ID": "<v14nl005-9e1f@example.be>"},
     "body": """
Dag dokter Vandenberghe,

Ik kreeg vandaag een factuur van €35 voor de consultatie van 2 december, waar ik niet op geraakt ben. Ik had nochtans gebeld om 8u30 die ochtend, maar blijkbaar was dat te laat? Hoeveel op voorhand moet je eigenlijk annuleren? Dat stond nergens op de afspraakbevestiging.

Met vriendelijke groeten,
Noël Janssens
0475 12 34 56
""",
     "label": {"recipient_name": "Noël Janssens", "recipient_name_alternatives": ["Noël"],
               "sender_name": "Dr. Hilde Vandenberghe",
               "sender_name_alternatives": ["Hilde Vandenberghe", "dokter Vandenberghe", "Vandenberghe"],
               "meeting": "de consultatie", "meeting_alternatives": ["consultatie", "de consultatie van 2 december"],
               "meeting_time": "2 december", "meeting_time_iso": "2026-12-02",
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "006.txt",
     "text": """
Goeiemiddag Wim,

Sorry sorry sorry, ik ben de les van gisteren om kwart over tien totaal vergeten. Ik was ervan overtuigd dat het pas volgende week was... Kan ik die ergens inhalen? Donderdagavond om 19u zou mij goed passen, anders een andere avond.

Mvg
Joris
""",
     "label": {"recipient_name": "Joris", "sender_name": "Wim",
               "meeting": "de les", "meeting_alternatives": ["les", "de les van gisteren"],
               "meeting_time": "gisteren om kwart over tien", "meeting_time_iso": "2026-12-05T10:15",
               "proposed_times": ["Donderdagavond om 19u"], "proposed_times_iso": ["2026-12-10T19:00"],
               "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},
    {"file": "007.eml",
     "headers": {"From": ("Thijs Brouwer", "t.brouwer@brouwer-ict.example.nl"),
                 "To": ("Femke Jansen", "femke@jansen-projectadvies.example.nl"),
                 "Subject": "Fwd: Uitnodiging: Stuurgroep digitalisering @ wo 16 dec 2026 13:00 - 14:30 (CET)",
                 "Date": "Fri, 04 Dec 2026 12:30:00 +0100",
                 "Message-ID": "<CAv14nl007=Fb@mail.example.com>"},
     "body": """
Femke, zie hieronder. Kun jij hierbij zijn? Ik zit die middag bij de notaris, dus ik kan er zelf niet heen.

Thijs

---------- Doorgestuurd bericht ---------
Van: Marloes Smit <m.smit@gemeente-zwolle.example.nl>
Date: do 3 dec 2026 om 17:41
Subject: Uitnodiging: Stuurgroep digitalisering @ wo 16 dec 2026 13:00 - 14:30 (CET)
To: <t.brouwer@brouwer-ict.example.nl>

Stuurgroep digitalisering
woensdag 16 december 2026 ⋅ 13:00 – 14:30
Tijdzone: Europe/Amsterdam
Locatie: Stadhuis Zwolle, zaal 2.14

Deelnemers
Marloes Smit - organisator
t.brouwer@brouwer-ict.example.nl
""",
     "calendar": """
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20261216T130000
DTEND;TZID=Europe/Amsterdam:20261216T143000
DTSTAMP:20261203T164100Z
ORGANIZER;CN=Marloes Smit:mailto:m.smit@gemeente-zwolle.example.nl
UID:v14nl007-stuurgroep@google.com
SUMMARY:Stuurgroep digitalisering
LOCATION:Stadhuis Zwolle\\, zaal 2.14
END:VEVENT
END:VCALENDAR
""",
     "label": {"recipient_name": "Thijs Brouwer", "recipient_name_alternatives": ["Thijs"],
               "sender_name": "Femke Jansen", "sender_name_alternatives": ["Femke"],
               "meeting": "Stuurgroep digitalisering", "meeting_alternatives": [],
               "meeting_time": "woensdag 16 december 2026 ⋅ 13:00 – 14:30", "meeting_time_iso": "2026-12-16T13:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "008.txt",
     "text": """
Beste Sander,

Helaas moeten we de kerstworkshop bloemschikken op zaterdag 19 december (14.00-16.00 uur) annuleren: er hebben zich te weinig collega's ingeschreven. Jammer, want vorig jaar was het echt een succes. Misschien in het voorjaar een nieuwe poging?

Hartelijke groet,
Ingrid Mulder
Personeelsvereniging Hanzehof
""",
     "label": {"recipient_name": "Ingrid Mulder", "recipient_name_alternatives": ["Ingrid"],
               "sender_name": "Sander",
               "meeting": "de kerstworkshop bloemschikken",
               "meeting_alternatives": ["kerstworkshop bloemschikken", "kerstworkshop"],
               "meeting_time": "zaterdag 19 december (14.00-16.00 uur)", "meeting_time_iso": "2026-12-19T14:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["reschedule"]}},
    {"file": "009.eml",
     "headers": {"From": ("Frédéric Claes", "frederic@claes-zonen.example.be"),
                 "To": ("Annelies Wouters", "annelies.wouters@kassa-advies.example.be"),
                 "Subject": "Opleiding nieuwe kassasoftware",
                 "Date": "Mon, 07 Dec 2026 17:55:00 +0100",
                 "Message-ID": "<v14nl009.5b2c@claes-zonen.example.be>"},
     "body": """
Dag Annelies,

Zoals telefonisch besproken zouden we graag de opleiding voor onze medewerkers van de winkel in Leuven inplannen. Voorstel: maandag 21/12 om half drie, in de refter boven de winkel (ingang via de achterkant, Brusselsestraat 112). Er zullen een achttal mensen zijn, o.a. Jolien en Stijn van de kassa. Past dat voor u?

Alvast bedankt,

Frédéric Claes
Zaakvoerder
Claes & Zonen bv
+32 16 22 33 44

Disclaimer: dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). / Ce message est destiné exclusivement au(x) destinataire(s) mentionné(s).
""",
     "label": {"recipient_name": "Frédéric Claes", "recipient_name_alternatives": ["Frédéric"],
               "sender_name": "Annelies Wouters", "sender_name_alternatives": ["Annelies"],
               "meeting": "de opleiding voor onze medewerkers",
               "meeting_alternatives": ["opleiding voor onze medewerkers", "de opleiding", "opleiding",
                                        "Opleiding nieuwe kassasoftware"],
               "meeting_time": "maandag 21/12 om half drie", "meeting_time_iso": "2026-12-21T14:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "010.txt",
     "text": """
Hoi Lisa,
Morgen lukt me toch niet, we hebben op het werk een crisisoverleg dat niet te verzetten is. Kunnen we de coachsessie verschuiven naar woensdag om kwart voor vijf? Of donderdag 10 december tussen de middag (12.30)?
Groet, Mark

Op 4 dec. 2026, om 09:12 heeft Lisa Kramer <lisa@kramer-coaching.example.nl> het volgende geschreven:

> Hoi Mark,
> Even ter herinnering: onze coachsessie staat op maandag 7 december om 16.00 uur, online via Zoom.
> Groet, Lisa
""",
     "label": {"recipient_name": "Mark", "sender_name": "Lisa",
               "meeting": "de coachsessie", "meeting_alternatives": ["coachsessie"],
               "meeting_time": "Morgen", "meeting_time_iso": "2026-12-07",
               "proposed_times": ["woensdag om kwart voor vijf", "donderdag 10 december tussen de middag (12.30)"],
               "proposed_times_iso": ["2026-12-09T16:45", "2026-12-10T12:30"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "Op 4 dec. 2026, om 09:12 heeft Lisa Kramer <lisa@kramer-coaching.example.nl> het volgende geschreven:"}},
]
