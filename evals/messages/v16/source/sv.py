"""v16 Swedish client messages (Sweden and Finland-Swedish), hand-written (data-bi, 8 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.txt",
     "text": """
Hej Johanna!

Vi kör en planeringsdag för vårens kampanj på torsdag, kl 13-ish på kontoret på Södermalm. Kan du vara med? Erik och Malin från byrån kommer också, och jag bjuder på fika :)

/Oskar
""",
     "label": {"recipient_name": "Oskar", "recipient_name_alternatives": [],
               "sender_name": "Johanna", "sender_name_alternatives": [],
               "meeting": "en planeringsdag",
               "meeting_alternatives": ["planeringsdag", "planeringsdag för vårens kampanj"],
               "meeting_time": "torsdag, kl 13-ish", "meeting_time_iso": "2026-12-10T13:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.eml",
     "headers": {"From": ("Åsa Löfgren", "asa.lofgren@lofgrenberg.example.se"),
                 "To": ("Henrik Sjöberg", "henrik@sjoberg-redovisning.example.se"),
                 "Subject": "Återbud idag",
                 "Date": "Thu, 21 Jan 2027 07:58:00 +0100",
                 "Message-ID": "<v16sv002.a61f@lofgrenberg.example.se>"},
     "body": """
Hej Henrik,

Jag måste tyvärr lämna återbud till vårt möte idag kl. 10.30, vaknade med feber. Förlåt att det blir så sent. Jag hör av mig när jag är på benen igen, Tobias kan skicka över underlagen till bokslutet under tiden.

Mvh
Åsa Löfgren
Ekonomichef, Löfgren & Berg AB
070-412 88 31

Skickat från min iPhone
""",
     "label": {"recipient_name": "Åsa Löfgren", "recipient_name_alternatives": [],
               "sender_name": "Henrik Sjöberg", "sender_name_alternatives": ["Henrik"],
               "meeting": "vårt möte", "meeting_alternatives": ["möte"],
               "meeting_time": "idag kl. 10.30", "meeting_time_iso": "2027-01-21T10:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation"]}},
    {"file": "003.eml",
     "headers": {"From": ("Björn Ekström", "bjorn.ekstrom@norrvik.example.se"),
                 "To": ("Karin Lund", "karin.lund@lund-ekonomi.example.se"),
                 "Subject": "Sv: Workshop om budget 2027",
                 "Date": "Mon, 11 Jan 2027 13:40:00 +0100",
                 "Message-ID": "<CAv16sv003b@mail.example.se>",
                 "In-Reply-To": "<v16sv003-orig@lund-ekonomi.example.se>"},
     "body": """
Hej Karin,

Tyvärr krockar onsdagens workshop med ett styrelsemöte som flyttats. Skulle det gå att ta den på fredag den 15:e kl. 9 i stället, eller måndag 18/1 efter lunch?

Hälsningar
Björn

Den 8 jan. 2027 kl. 16:12 skrev Karin Lund <karin.lund@lund-ekonomi.example.se>:
> Hej Björn!
> Välkommen på workshop om budget 2027 onsdag 13 januari kl. 13.00 hos oss.
> Karin
""",
     "label": {"recipient_name": "Björn Ekström", "recipient_name_alternatives": ["Björn"],
               "sender_name": "Karin Lund", "sender_name_alternatives": ["Karin"],
               "meeting": "onsdagens workshop",
               "meeting_alternatives": ["workshop", "Workshop om budget 2027", "Sv: Workshop om budget 2027"],
               "meeting_time": "onsdagens", "meeting_time_iso": "2027-01-13",
               "proposed_times": ["fredag den 15:e kl. 9", "måndag 18/1 efter lunch"],
               "proposed_times_iso": ["2027-01-15T09:00", "2027-01-18"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "Den 8 jan. 2027 kl. 16:12 skrev Karin Lund <karin.lund@lund-ekonomi.example.se>:"}},
    {"file": "004.txt",
     "text": """
Hej Lars,
förlåt!! Jag glömde helt bort vårt samtal i fredags kl. 11, satt fast i ett kundmöte som drog över och sen var det helg. Kan vi ta det på tisdag istället, typ kl 14?
/Sofia Nyberg
""",
     "label": {"recipient_name": "Sofia Nyberg", "recipient_name_alternatives": ["Sofia"],
               "sender_name": "Lars", "sender_name_alternatives": [],
               "meeting": "vårt samtal", "meeting_alternatives": ["samtal"],
               "meeting_time": "i fredags kl. 11", "meeting_time_iso": "2026-12-04T11:00",
               "proposed_times": ["tisdag istället, typ kl 14"], "proposed_times_iso": ["2026-12-08T14:00"],
               "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},
    {"file": "005.eml",
     "headers": {"From": ("Göran Wikström", "goran@wikstrombygg.example.se"),
                 "To": ("Elin Håkansson", "elin.hakansson@ledarskapsakademin.example.se"),
                 "Subject": "Fråga om faktura – avbokad session",
                 "Date": "Fri, 15 Jan 2027 10:02:00 +0100",
                 "Message-ID": "<v16sv005.0b3c@wikstrombygg.example.se>"},
     "body": """
Hej Elin,

Jag fick fakturan för januari idag och ser att sessionen den 7 januari är debiterad fullt, trots att jag avbokade dagen innan via mejl till Jessica. Vad gäller egentligen för avbokningar hos er? Jag hittar inget om det i avtalet.

Vänliga hälsningar
Göran Wikström
VD, Wikström Bygg AB

Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för adressaten.
""",
     "label": {"recipient_name": "Göran Wikström", "recipient_name_alternatives": [],
               "sender_name": "Elin Håkansson", "sender_name_alternatives": ["Elin"],
               "meeting": "sessionen den 7 januari", "meeting_alternatives": ["sessionen", "avbokad session"],
               "meeting_time": "den 7 januari", "meeting_time_iso": "2027-01-07",
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "006.txt",
     "text": """
Hej Mikael,

Tack för senast! Kan du skicka dagordningen inför styrgruppsmötet på onsdag kl. 9.30? Jag vill gärna ta med Petra från inköp, hon har några frågor om leveransavtalet.

Mvh
Annika Berglund
Inköpschef
""",
     "label": {"recipient_name": "Annika Berglund", "recipient_name_alternatives": [],
               "sender_name": "Mikael", "sender_name_alternatives": [],
               "meeting": "styrgruppsmötet", "meeting_alternatives": [],
               "meeting_time": "onsdag kl. 9.30", "meeting_time_iso": "2026-12-09T09:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},
    {"file": "007.eml",
     "headers": {"From": ("Jönsson, Ulrika", "ulrika.jonsson@kommun.example.se"),
                 "To": ("Peter Almqvist", "peter@almqvist-arbetsmiljo.example.se"),
                 "Subject": "VB: Inbjudan: Frukostseminarium – nya arbetsmiljöregler",
                 "Date": "Tue, 12 Jan 2027 14:55:00 +0100",
                 "Message-ID": "<v16sv007.5dd8@kommun.example.se>"},
     "body": """
Hej Peter,

Vidarebefordrar inbjudan från Kristina, tror att det här är något för dig. Säg till om du vill ha min plats, jag kan ändå inte den dagen.

Ulrika Jönsson
HR-partner, Sektor utbildning

________________________________
Från: Kristina Holm <kristina.holm@kommun.example.se>
Skickat: den 12 januari 2027 10:31
Till: Jönsson, Ulrika <ulrika.jonsson@kommun.example.se>
Ämne: Inbjudan: Frukostseminarium – nya arbetsmiljöregler
När: den 26 januari 2027 07:30-09:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
Plats: Konferensrum Ådalen, plan 4

Välkommen på frukostseminarium om de nya arbetsmiljöreglerna. Frukost serveras från 07.15.
""",
     "label": {"recipient_name": "Ulrika Jönsson", "recipient_name_alternatives": ["Jönsson, Ulrika"],
               "sender_name": "Peter Almqvist", "sender_name_alternatives": ["Peter"],
               "meeting": "Frukostseminarium – nya arbetsmiljöregler",
               "meeting_alternatives": ["Frukostseminarium", "frukostseminarium",
                                        "Inbjudan: Frukostseminarium – nya arbetsmiljöregler"],
               "meeting_time": "den 26 januari 2027 07:30-09:00", "meeting_time_iso": "2027-01-26T07:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "008.txt",
     "text": """
Hej Fredrik,

Jag behöver tyvärr avboka vår coachingträff den 16/12 kl. 15. Vi flyttar upp till Umeå över jul och allt är kaos just nu. Hör av mig i januari för en ny tid!

Hälsningar,
Ingrid
""",
     "label": {"recipient_name": "Ingrid", "recipient_name_alternatives": [],
               "sender_name": "Fredrik", "sender_name_alternatives": [],
               "meeting": "vår coachingträff", "meeting_alternatives": ["coachingträff"],
               "meeting_time": "den 16/12 kl. 15", "meeting_time_iso": "2026-12-16T15:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["reschedule"]}},
    {"file": "009.eml",
     "headers": {"From": ("Mårten Söderholm", "marten.soderholm@soderholm-trading.example.fi"),
                 "To": ("Anna Lindqvist", "anna@lindqvist-event.example.fi"),
                 "Subject": "Lunch nästa vecka?",
                 "Date": "Wed, 20 Jan 2027 11:11:00 +0200",
                 "Message-ID": "<v16sv009.e7a0@soderholm-trading.example.fi>"},
     "cte": "base64",
     "body": """
Hej Anna,

Det var länge sedan! Ska vi äta lunch nästa vecka och prata om samarbetet kring mässan i Vasa? Jag kan tisdag eller torsdag, kl. 11.30 passar mig bäst. Jonas från vår marknadsavdelning hänger kanske med.

Hälsningar,
Mårten

Mårten Söderholm
Försäljningsdirektör
Söderholm Trading Ab
+358 40 712 3390
""",
     "label": {"recipient_name": "Mårten Söderholm", "recipient_name_alternatives": ["Mårten"],
               "sender_name": "Anna Lindqvist", "sender_name_alternatives": ["Anna"],
               "meeting": "lunch", "meeting_alternatives": ["äta lunch", "Lunch nästa vecka?"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": ["tisdag", "torsdag, kl. 11.30"],
               "proposed_times_iso": ["2027-01-26T11:30", "2027-01-28T11:30"],
               "kind": "invitation", "suggested_intents": INV}},
    {"file": "010.txt",
     "text": """
Hej Camilla! Kan vi flytta mötet på måndag kl 10 till samma tid på onsdag? Barnen är sjuka och jag måste vabba. Sorry!!
Niklas

Skickat från min Samsung Galaxy-smartphone.
""",
     "label": {"recipient_name": "Niklas", "recipient_name_alternatives": [],
               "sender_name": "Camilla", "sender_name_alternatives": [],
               "meeting": "mötet", "meeting_alternatives": [],
               "meeting_time": "måndag kl 10", "meeting_time_iso": "2026-12-07T10:00",
               "proposed_times": ["samma tid på onsdag"], "proposed_times_iso": ["2026-12-09T10:00"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},
]
