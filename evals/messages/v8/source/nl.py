"""Dutch and Flemish client messages of the v8 set, written by hand (data-w, 7 December 2026). All made up."""

from __future__ import annotations

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Daniëlle Hermans", "d.hermans@woonstichting-maasdal.nl"),
            "To": ("Koen van Leeuwen", "koen@vanleeuwen-bouwadvies.nl"),
            "Subject": "Uitnodiging kick-off verbouwing Wyckerpoort",
            "Date": "Tue, 01 Dec 2026 14:36:00 +0100",
            "Message-ID": "<2f9c0e44.maasdal@woonstichting-maasdal.nl>",
        },
        "body": """
Beste Koen,

Hierbij nodig ik je graag uit voor de kick-off van het verbouwingsproject Wyckerpoort, op
dinsdag 15 december a.s. om 13.30 uur in ons kantoor aan de Meerssenerweg in Maastricht. De aannemer en twee
bewonersvertegenwoordigers schuiven ook aan. Vanaf 13.00 uur is er inloop met koffie en vlaai.

Wil je laten weten of je erbij bent? Dan kan ik de agenda vóór 10 december rondsturen.

Met vriendelijke groet,

Daniëlle Hermans
Projectleider vastgoed
Woonstichting Maasdal
043 000 2291
""",
        "label": {
            "recipient_name": "Daniëlle Hermans", "recipient_name_alternatives": ["Daniëlle"],
            "sender_name": "Koen van Leeuwen", "sender_name_alternatives": ["Koen"],
            "meeting": "de kick-off van het verbouwingsproject Wyckerpoort",
            "meeting_alternatives": ["kick-off", "Uitnodiging kick-off verbouwing Wyckerpoort",
                                     "kick-off van het verbouwingsproject"],
            "meeting_time": "dinsdag 15 december a.s. om 13.30 uur", "meeting_time_iso": "2026-12-15T13:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
    {
        "file": "002.txt",
        "text": """
Hoi Jens, sorry hé maar morgenvoormiddag om 10u lukt echt niet voor de opmeting van de veranda, ik moet met
ons moeke naar de dokter. Kan het woensdag rond 14u? Of anders vrijdag na de middag, vanaf half twee.
Laat maar iets weten!
Groetjes, Lies
""",
        "label": {
            "recipient_name": "Lies", "recipient_name_alternatives": [],
            "sender_name": "Jens", "sender_name_alternatives": [],
            "meeting": "de opmeting van de veranda",
            "meeting_alternatives": ["opmeting", "opmeting van de veranda"],
            "meeting_time": "morgenvoormiddag om 10u", "meeting_time_iso": "2026-12-07T10:00",
            "proposed_times": ["woensdag rond 14u", "vrijdag na de middag, vanaf half twee"],
            "proposed_times_iso": ["2026-12-09T14:00", "2026-12-11T13:30"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Noël Brinkman", "noel.brinkman@ziggo.nl"),
            "To": ("Sarita Ramdin", "sarita@ramdin-fiscaal.nl"),
            "Subject": "RE: Bevestiging gesprek erfbelasting",
            "Date": "Thu, 10 Dec 2026 11:20:00 +0100",
            "Message-ID": "<AS8PR10MB6690.eurprd10.prod.outlook.com>",
            "In-Reply-To": "<ramdin.0912.1602@ramdin-fiscaal.nl>",
        },
        "body": """
Beste Sarita,

Ik moet ons gesprek van vanmiddag om 15.00 uur helaas afzeggen: mijn vader is vanochtend opgenomen in het
Spaarne Gasthuis en ik ga nu naar hem toe. Ik weet dat u bij afzeggen binnen 24 uur de kosten in rekening
mag brengen; stuurt u de factuur gerust. Ik neem volgende week contact op voor een nieuwe afspraak.

Met vriendelijke groet,
Noël Brinkman

Verzonden vanuit Outlook voor iOS

Van: Sarita Ramdin <sarita@ramdin-fiscaal.nl>
Datum: woensdag 9 december 2026 om 16:02
Aan: Noël Brinkman <noel.brinkman@ziggo.nl>
Onderwerp: Bevestiging gesprek erfbelasting

Beste heer Brinkman,
Hierbij bevestig ik ons gesprek over de aangifte erfbelasting op donderdag 10 december, 15:00-16:00, op mijn
kantoor in Haarlem.
Met vriendelijke groet, Sarita Ramdin
""",
        "label": {
            "recipient_name": "Noël Brinkman", "recipient_name_alternatives": [],
            "sender_name": "Sarita Ramdin", "sender_name_alternatives": ["Sarita"],
            "meeting": "ons gesprek",
            "meeting_alternatives": ["gesprek", "Bevestiging gesprek erfbelasting", "gesprek erfbelasting"],
            "meeting_time": "vanmiddag om 15.00 uur", "meeting_time_iso": "2026-12-10T15:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"],
            "quoted_from": "Van: Sarita Ramdin <sarita@ramdin-fiscaal.nl>",
        },
    },
    {
        "file": "004.eml",
        "headers": {
            "From": ("Jiska Zijlstra-Ünal", "j.zijlstra@wonenaandevecht.nl"),
            "To": ("Pieter-Jan Vos", "pj.vos@vos-planning.nl"),
            "Subject": "Fwd: Uitnodiging bewonersavond renovatie Assendorp",
            "Date": "Thu, 03 Dec 2026 09:12:00 +0100",
            "Message-ID": "<CAB4uX1q8@mail.gmail.com>",
        },
        "body": """
Hoi Pieter-Jan,

Zie hieronder de uitnodiging van de gemeente. Zou jij mee kunnen gaan om de planning van de renovatie toe te
lichten? Vijf minuten is genoeg, de rest doe ik.

Groet,
Jiska

---------- Doorgestuurd bericht ---------
Van: Wijkteam Assendorp <wijkteam.assendorp@zwolle-voorbeeld.nl>
Date: wo 2 dec 2026 om 14:55
Subject: Uitnodiging bewonersavond renovatie Assendorp
To: <j.zijlstra@wonenaandevecht.nl>

Beste partners,

Graag nodigen wij u uit voor de bewonersavond over de renovatie van de Assendorperstraat e.o.
op maandag 14 december, aanvang 19.00 uur, in wijkcentrum De Enk. Ontvangst met koffie vanaf 18.30 uur.

Met vriendelijke groet,
Wijkteam Assendorp
""",
        "label": {
            "recipient_name": "Jiska Zijlstra-Ünal", "recipient_name_alternatives": ["Jiska"],
            "sender_name": "Pieter-Jan Vos", "sender_name_alternatives": ["Pieter-Jan"],
            "meeting": "de bewonersavond over de renovatie van de Assendorperstraat e.o.",
            "meeting_alternatives": ["bewonersavond", "Uitnodiging bewonersavond renovatie Assendorp",
                                     "de bewonersavond"],
            "meeting_time": "maandag 14 december, aanvang 19.00 uur", "meeting_time_iso": "2026-12-14T19:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
    {
        "file": "005.txt",
        "text": """
Beste mevrouw Verhaeghe,

Wij overwegen om bij u een coachingtraject te boeken voor ons team van werfleiders (acht sessies van een
halve dag). Voor we beslissen: hoe zit het met annuleren? Als een sessie pas de dag zelf wordt afgezegd,
wordt die dan toch aangerekend? En hoeveel dagen op voorhand moeten we u verwittigen om kosteloos te
verplaatsen?

Met vriendelijke groeten,

Ward Dewulf
Zaakvoerder Dewulf Dakwerken bv
Sint-Kruis (Brugge)
""",
        "label": {
            "recipient_name": "Ward Dewulf", "recipient_name_alternatives": ["Ward"],
            "sender_name": "Verhaeghe", "sender_name_alternatives": ["mevrouw Verhaeghe"],
            "meeting": "een coachingtraject",
            "meeting_alternatives": ["coachingtraject", "een sessie", "sessie"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Fenna Wiersma-Çakır", "fenna@wiersma-zuivel.nl"),
            "To": ("Bram Dijkhuis", "b.dijkhuis@dijkhuis-koeltechniek.nl"),
            "Subject": "Re: Jaargesprek onderhoudscontract",
            "Date": "Fri, 04 Dec 2026 13:02:00 +0100",
            "Message-ID": "<7c1d2a90-fenna@wiersma-zuivel.nl>",
            "In-Reply-To": "<dijkhuis.20261204.0915@dijkhuis-koeltechniek.nl>",
        },
        "html": True,
        "body": """
Op 04-12-2026 om 09:15 schreef Bram Dijkhuis:
> Beste Fenna,
>
> Ik heb ons jaargesprek ingepland op dinsdag 8 december om 11.00 uur bij jullie op de boerderij.
>
> Groet, Bram

Hoi Bram,

Dinsdag de 8e gaat helaas niet meer, dan komt de veearts voor de hele stal. Kunnen we
ons jaargesprek over het onderhoudscontract verplaatsen naar donderdag 17/12 om 11 uur? Maandag 21/12 om 9.30 uur kan ook.

Groeten uit Leeuwarden,
Fenna Wiersma
""",
        "label": {
            "recipient_name": "Fenna Wiersma-Çakır", "recipient_name_alternatives": ["Fenna Wiersma", "Fenna"],
            "sender_name": "Bram Dijkhuis", "sender_name_alternatives": ["Bram"],
            "meeting": "ons jaargesprek",
            "meeting_alternatives": ["jaargesprek", "Jaargesprek onderhoudscontract",
                                     "ons jaargesprek over het onderhoudscontract"],
            "meeting_time": "Dinsdag de 8e", "meeting_time_iso": "2026-12-08",
            "proposed_times": ["donderdag 17/12 om 11 uur", "Maandag 21/12 om 9.30 uur"],
            "proposed_times_iso": ["2026-12-17T11:00", "2026-12-21T09:30"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "Op 04-12-2026 om 09:15 schreef Bram Dijkhuis:",
            "quoted_until": "> Groet, Bram",
        },
    },
    {
        "file": "007.txt",
        "text": """
Beste Marloes,

Helaas moeten we de teamdag voor onze monteurs op vrijdag 18 december (9.00-16.00 uur) afblazen. De helft van de monteurs zit
die week op een spoedklus in Antwerpen en met de rest heeft het weinig zin. We bellen je in het nieuwe jaar
om iets anders te plannen; van 24 december tot en met 3 januari zijn we dicht.

Sorry voor het gedoe en bedankt voor het voorbereidende werk.

Groet,
Henk Oomen
Oomen Installatietechniek, Breda
T 076 000 1122
""",
        "label": {
            "recipient_name": "Henk Oomen", "recipient_name_alternatives": ["Henk"],
            "sender_name": "Marloes", "sender_name_alternatives": [],
            "meeting": "de teamdag voor onze monteurs", "meeting_alternatives": ["teamdag"],
            "meeting_time": "vrijdag 18 december (9.00-16.00 uur)", "meeting_time_iso": "2026-12-18T09:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "008.eml",
        "headers": {
            "From": ("Joëlle Verbeek", "joelle.verbeek@kpnmail.nl"),
            "To": ("Mark Pronk", "mark@pronkhypotheken.nl"),
            "Subject": "Sorry voor zaterdag",
            "Date": "Mon, 07 Dec 2026 07:55:00 +0100",
            "Message-ID": "<5e0b1a77.joelle@kpnmail.nl>",
        },
        "cte": "base64",
        "body": """
Goedemorgen Mark,

Wat vervelend: ik was het adviesgesprek over onze hypotheek van zaterdag om kwart over tien helemaal vergeten.
Mijn vriend dacht dat ik het had verzet en ik dacht dat hij het had gedaan... U heeft vast op ons zitten wachten, excuses.

Kan het deze week nog, bijvoorbeeld donderdagavond na 18.00 uur? We willen graag voor de kerst weten waar we
aan toe zijn.

Groetjes,
Joëlle

Verstuurd vanaf mijn Samsung Galaxy-smartphone.
""",
        "label": {
            "recipient_name": "Joëlle Verbeek", "recipient_name_alternatives": ["Joëlle"],
            "sender_name": "Mark Pronk", "sender_name_alternatives": ["Mark"],
            "meeting": "het adviesgesprek over onze hypotheek", "meeting_alternatives": ["adviesgesprek"],
            "meeting_time": "zaterdag om kwart over tien", "meeting_time_iso": "2026-12-05T10:15",
            "proposed_times": ["donderdagavond na 18.00 uur"], "proposed_times_iso": ["2026-12-10T18:00"],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
        },
    },
    {
        "file": "009.txt",
        "text": """
Goedemorgen,

Voor de audit van woensdag 9/12 om 8.15 uur: waar kan ik het beste parkeren en bij welke ingang moet ik
me melden? Onze receptie is pas vanaf 9 uur bemand, dus ik wil niet voor een dichte deur staan.

Alvast bedankt.
R. Hoogendoorn
Kwaliteitsmanager, Delftse Precisie BV
""",
        "label": {
            "recipient_name": "R. Hoogendoorn", "recipient_name_alternatives": [],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "de audit", "meeting_alternatives": ["audit"],
            "meeting_time": "woensdag 9/12 om 8.15 uur", "meeting_time_iso": "2026-12-09T08:15",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
        },
    },
    {
        "file": "010.txt",
        "text": """
Dag meneer Claes,

Graag nodig ik u uit voor een kennismakingsgesprek op donderdag 17/12 om 10u30 op ons kantoor in Mechelen
(Grote Markt 21, 2de verdieping). Onze directeur en de verantwoordelijke van de boekhouding zullen aanwezig
zijn; reken op ongeveer anderhalf uur.

Gelieve te bevestigen tegen vrijdag.

Met vriendelijke groeten,
An Verstraeten
HR-verantwoordelijke, Kempische Verpakkingen nv
""",
        "label": {
            "recipient_name": "An Verstraeten", "recipient_name_alternatives": ["An"],
            "sender_name": "Claes", "sender_name_alternatives": ["meneer Claes"],
            "meeting": "een kennismakingsgesprek", "meeting_alternatives": ["kennismakingsgesprek"],
            "meeting_time": "donderdag 17/12 om 10u30", "meeting_time_iso": "2026-12-17T10:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
]
