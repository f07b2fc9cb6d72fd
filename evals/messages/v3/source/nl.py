"""Dutch (incl. Flemish) v3 client messages and their labels, written by hand by data-f (held out)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.txt", "text": """
Hoi Wouter,
Sorry, ik moet onze afspraak voor de keukenplannen van dinsdag om 9u30 verzetten, de kinderen hebben plots geen school (pedagogische studiedag). Kan het donderdag om 13u of vrijdag in de voormiddag?
Ik ben morgen de hele dag op kantoor als je liever belt (tot 17u).
Groetjes,
Elke

Verstuurd vanaf mijn iPhone
""", "label": {
        "recipient_name": "Elke", "sender_name": "Wouter",
        "meeting": "onze afspraak voor de keukenplannen",
        "meeting_alternatives": ["de keukenplannen", "afspraak voor de keukenplannen"],
        "meeting_time": "dinsdag om 9u30", "meeting_time_iso": "2026-12-08T09:30",
        "proposed_times": ["donderdag om 13u", "vrijdag in de voormiddag"],
        "proposed_times_iso": ["2026-12-10T13:00", "2026-12-11"],
        "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},

    {"file": "002.eml", "headers": {
        "From": ("Anaïs Verbeke", "anais.verbeke@dereie.be"),
        "To": ("Koen Claes", "koen@claes-events.be"),
        "Subject": "Uitnodiging: evaluatie van het zomerfestival 2026",
        "Date": "Tue, 01 Dec 2026 14:03:00 +0100",
        "Message-ID": "<20261201140300.0c77@dereie.be>"},
     "html": True,
     "body": """
Geachte heer Claes,

Graag nodigen wij u uit voor de evaluatie van het zomerfestival 2026, op woensdag 16 december van 10.00 tot 12.00 uur in ons cultuurcentrum (zaal 2).

Wij stellen het op prijs als u uw aanwezigheid bevestigt vóór vrijdag 11 december. Parkeren kan gratis op de parking aan de achterzijde.

Met vriendelijke groeten,

Anaïs Verbeke
Coördinator evenementen
Cultuurcentrum De Reie
T +32 50 44 12 80 – bereikbaar ma-do van 9 tot 16 uur

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Ce message est destiné exclusivement à son destinataire.
""", "label": {
        "recipient_name": "Anaïs Verbeke", "sender_name": "Koen Claes",
        "sender_name_alternatives": ["heer Claes", "Claes"],
        "meeting": "de evaluatie van het zomerfestival 2026",
        "meeting_alternatives": ["evaluatie van het zomerfestival 2026",
                                 "Uitnodiging: evaluatie van het zomerfestival 2026"],
        "meeting_time": "woensdag 16 december van 10.00 tot 12.00 uur", "meeting_time_iso": "2026-12-16T10:00",
        "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},

    {"file": "003.eml", "headers": {
        "From": ("Jeroen Smits", "jeroen.smits@ziggo.nl"),
        "To": ("Marieke Dekker", "marieke@dekkercoaching.nl"),
        "Subject": "Re: Bevestiging intake vandaag 11.00 uur",
        "Date": "Wed, 09 Dec 2026 07:55:00 +0100",
        "Message-ID": "<b3c1e0aa-71f2@ziggo.nl>",
        "In-Reply-To": "<20261208163000.5e21@dekkercoaching.nl>"},
     "body": """
Goedemorgen Marieke,

Helaas moet ik de intake van vanochtend om 11.00 uur afzeggen; mijn dochter is met koorts van school gehaald en ik moet thuisblijven. Ik weet dat het kort dag is.

Ik bel je volgende week om een nieuwe afspraak te maken.

Met vriendelijke groet,
Jeroen Smits

Op di 8 dec 2026 om 16:30 schreef Marieke Dekker <marieke@dekkercoaching.nl>:
> Beste Jeroen,
> Hierbij bevestig ik de intake van woensdag 9 december om 11.00 uur in mijn praktijk aan de Oudegracht.
> Groet, Marieke
""", "label": {
        "recipient_name": "Jeroen Smits", "recipient_name_alternatives": ["Jeroen"],
        "sender_name": "Marieke Dekker", "sender_name_alternatives": ["Marieke"],
        "meeting": "de intake", "meeting_alternatives": ["intake", "Bevestiging intake vandaag 11.00 uur"],
        "meeting_time": "vanochtend om 11.00 uur", "meeting_time_iso": "2026-12-09T11:00",
        "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
        "suggested_intents": ["late_cancellation"],
        "quoted_from": "Op di 8 dec 2026 om 16:30 schreef Marieke Dekker <marieke@dekkercoaching.nl>:"}},

    {"file": "004.txt", "text": """
Beste meneer Verhagen,

Mijn excuses dat ik gisteren niet ben komen opdagen voor de bezichtiging van het bedrijfspand aan de Havenweg. Ik zat vast in de file op de A12 en mijn telefoon was leeg, dus ik kon u niet eens bellen.

Heeft u deze week nog een moment? Donderdagmiddag na 14.00 uur zou mij goed uitkomen.

Vriendelijke groet,
Samira Bouzid
Bouzid Logistiek B.V.
""", "label": {
        "recipient_name": "Samira Bouzid", "sender_name": "Verhagen", "sender_name_alternatives": ["meneer Verhagen"],
        "meeting": "de bezichtiging van het bedrijfspand aan de Havenweg",
        "meeting_alternatives": ["bezichtiging van het bedrijfspand", "de bezichtiging"],
        "meeting_time": "gisteren", "meeting_time_iso": "2026-12-05",
        "proposed_times": ["Donderdagmiddag na 14.00 uur"], "proposed_times_iso": ["2026-12-10T14:00"],
        "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},

    {"file": "005.eml", "headers": {
        "From": ("Sven de Wit", "s.dewit@zorgverzekeraar-noord.nl"),
        "To": ("Yara Koster", "yara@kosteradvies.nl"),
        "Subject": "Fwd: Strategiesessie klantenservice 2027",
        "Date": "Thu, 03 Dec 2026 16:42:00 +0100",
        "Message-ID": "<CAH2kqP0vZ@mail.gmail.com>"},
     "body": """
Hoi Yara,

Zie hieronder de uitnodiging van onze directeur. Zou jij als externe adviseur willen aanschuiven? Je hoeft alleen het tweede deel bij te wonen, maar het hele programma staat erin.

Groet,
Sven

---------- Doorgestuurd bericht ---------
Van: Ellen Brouwer <e.brouwer@zorgverzekeraar-noord.nl>
Date: wo 2 dec 2026 om 09:10
Subject: Strategiesessie klantenservice 2027
To: MT Klantenservice <mt-ks@zorgverzekeraar-noord.nl>

Beste collega's,

De strategiesessie klantenservice 2027 vindt plaats op maandag 14 december van 13.00 tot 17.00 uur in De Kampen, Zwolle. Om 12.30 uur staat er een lunch klaar.

Ellen Brouwer
Directeur Klantenservice
""", "label": {
        "recipient_name": "Sven de Wit", "recipient_name_alternatives": ["Sven"],
        "sender_name": "Yara Koster", "sender_name_alternatives": ["Yara"],
        "meeting": "Strategiesessie klantenservice 2027",
        "meeting_alternatives": ["strategiesessie klantenservice 2027", "De strategiesessie klantenservice 2027",
                                 "Fwd: Strategiesessie klantenservice 2027"],
        "meeting_time": "maandag 14 december van 13.00 tot 17.00 uur", "meeting_time_iso": "2026-12-14T13:00",
        "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},

    {"file": "006.txt", "text": """
Goedemiddag,

Ik wil graag een reeks van vijf massages boeken voor mijn moeder (cadeau). Wat gebeurt er als ze een afspraak moet afzeggen? Hoeveel uur van tevoren moet dat, en betaalt ze dan iets?

Jullie webshop zegt dat bestellingen vóór 18 december 12.00 uur binnen moeten zijn voor levering vóór Kerst, klopt dat?

Alvast bedankt,
Hanneke Vos

Verzonden vanuit Outlook voor Android
""", "label": {
        "recipient_name": "Hanneke Vos", "sender_name": None,
        "meeting": "een reeks van vijf massages", "meeting_alternatives": ["vijf massages", "massages"],
        "meeting_time": None, "meeting_time_iso": None, "proposed_times": [], "proposed_times_iso": [],
        "kind": "policy_question", "suggested_intents": ["cancellation_policy"]}},

    {"file": "007.eml", "headers": {
        "From": ("Ruud van der Linden", "r.vanderlinden@vandervlies-bouw.nl"),
        "To": ("Femke Hermans", "femke@hermansplanning.nl"),
        "Subject": "RE: Afspraak jaarplanning 2027",
        "Date": "Fri, 04 Dec 2026 11:20:00 +0100",
        "Message-ID": "<AM9PR03MB7719B0@vandervlies-bouw.nl>",
        "In-Reply-To": "<20261203150200.aa31@hermansplanning.nl>"},
     "body": """
Hoi Femke,

Prima, dan zien we elkaar dinsdag 15 december om 14.00 uur. Mijn collega Bart Jacobs van Inkoop schuift ook aan, kun je hem een uitnodiging sturen? Zijn adres is b.jacobs@vandervlies-bouw.nl.

Groet,
Ruud

Ruud van der Linden | Projectleider | Van der Vlies Bouw
Bereikbaar ma t/m vr tot 16.00 uur

________________________________
Van: Femke Hermans <femke@hermansplanning.nl>
Verzonden: donderdag 3 december 2026 15:02
Aan: Ruud van der Linden <r.vanderlinden@vandervlies-bouw.nl>
Onderwerp: Afspraak jaarplanning 2027

Hoi Ruud,
Zullen we de jaarplanning 2027 bespreken op dinsdag 15 december om 14.00 uur, of liever woensdag 16 december om 10.00 uur?
Femke
""", "label": {
        "recipient_name": "Ruud van der Linden", "recipient_name_alternatives": ["Ruud"],
        "sender_name": "Femke Hermans", "sender_name_alternatives": ["Femke"],
        "meeting": "Afspraak jaarplanning 2027", "meeting_alternatives": ["jaarplanning 2027"],
        "meeting_time": "dinsdag 15 december om 14.00 uur", "meeting_time_iso": "2026-12-15T14:00",
        "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": [],
        "quoted_from": "________________________________"}},

    {"file": "008.txt", "text": """
Hey Lieke!

Zin om volgende week een keer te lunchen en te kletsen over de nieuwe website van de bakkerij? Woensdag 9 december rond 12.30 uur of donderdag 10 december, zelfde tijd, zou voor mij top zijn, bij De Zoete Inval om de hoek.

Ik moet wel uiterlijk om 14.00 uur terug zijn voor de leverancier.

Liefs, Nina
""", "label": {
        "recipient_name": "Nina", "sender_name": "Lieke",
        "meeting": "de nieuwe website van de bakkerij",
        "meeting_alternatives": ["nieuwe website van de bakkerij", "lunchen"],
        "meeting_time": None, "meeting_time_iso": None,
        "proposed_times": ["Woensdag 9 december rond 12.30 uur", "donderdag 10 december, zelfde tijd"],
        "proposed_times_iso": ["2026-12-09T12:30", "2026-12-10T12:30"],
        "kind": "invitation", "suggested_intents": INV}},

    {"file": "009.eml", "headers": {
        "From": ("Dirk Peeters", "dirk.peeters@peeters-transport.be"),
        "To": ("Evi Lambrechts", "evi@lambrechts-boekhouding.be"),
        "Subject": "Verplaatsing vergadering jaarafsluiting",
        "Date": "Mon, 07 Dec 2026 13:37:00 +0100",
        "Message-ID": "<9e4d2b61.pt@peeters-transport.be>"},
     "cte": "base64",
     "body": """
Geachte mevrouw Lambrechts,

Door een onverwachte audit van ons transportbedrijf moet ik u vragen om onze vergadering over de jaarafsluiting van donderdag 10 december om 10 uur te verplaatsen.

Zou maandag 21 december om 10 uur of dinsdag 22 december om half drie passen? Ik kom uiteraard naar uw kantoor in Mechelen.

Met vriendelijke groeten,

Dirk Peeters
Zaakvoerder – Peeters Transport bv
Industrieweg 14, 2800 Mechelen
Kantooruren: 8u–17u
""", "label": {
        "recipient_name": "Dirk Peeters", "sender_name": "Evi Lambrechts",
        "sender_name_alternatives": ["mevrouw Lambrechts", "Lambrechts"],
        "meeting": "onze vergadering over de jaarafsluiting",
        "meeting_alternatives": ["vergadering over de jaarafsluiting", "jaarafsluiting",
                                 "Verplaatsing vergadering jaarafsluiting"],
        "meeting_time": "donderdag 10 december om 10 uur", "meeting_time_iso": "2026-12-10T10:00",
        "proposed_times": ["maandag 21 december om 10 uur", "dinsdag 22 december om half drie"],
        "proposed_times_iso": ["2026-12-21T10:00", "2026-12-22T14:30"],
        "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},

    {"file": "010.txt", "text": """
> Op 3 dec. 2026 om 10:15 heeft Tessa Mertens <tessa@mertensvertalingen.nl> het volgende geschreven:
>
> Beste Olaf, ik bevestig onze workshop contractvertaling op vrijdag 18 december om 9.30 uur.
> Groet, Tessa

Beste Tessa,

Helaas moet ik de workshop van vrijdag 18 december afzeggen: ons budget voor dit jaar is bevroren. Moet ik iets betalen, nu ik ruim een week van tevoren annuleer?

Begin januari kijk ik graag naar een nieuwe datum.

Met vriendelijke groet,
Olaf Jansma
""", "label": {
        "recipient_name": "Olaf Jansma", "recipient_name_alternatives": ["Olaf"], "sender_name": "Tessa",
        "meeting": "de workshop", "meeting_alternatives": ["workshop"],
        "meeting_time": "vrijdag 18 december", "meeting_time_iso": "2026-12-18",
        "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
        "suggested_intents": ["reschedule", "cancellation_policy"],
        "quoted_from": "> Op 3 dec. 2026 om 10:15 heeft Tessa Mertens <tessa@mertensvertalingen.nl> het volgende geschreven:",
        "quoted_until": "> Groet, Tessa"}},
]
