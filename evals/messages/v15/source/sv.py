"""v15 Swedish client messages, hand-written (data-be, 8 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml",
     "headers": {"From": ("Åsa Lindqvist", "asa.lindqvist@example.se"),
                 "To": ("Henrik Sjöberg", "henrik@sjoberg-coaching.example.se"),
                 "Subject": "Idag",
                 "Date": "Tue, 08 Dec 2026 10:41:00 +0100",
                 "Message-ID": "<v15sv001.15@example.se>"},
     "body": """
Hej Henrik!

Förlåt att jag hör av mig så sent, men jag kommer inte kunna komma på vårt samtal idag kl 13. Min pappa har åkt in på akuten och jag är på väg till Sundsvall. Tar du ut avgift för det här så förstår jag, säg bara till.

Mvh Åsa

Skickat från min iPhone
""",
     "label": {"recipient_name": "Åsa Lindqvist", "recipient_name_alternatives": ["Åsa"],
               "sender_name": "Henrik Sjöberg", "sender_name_alternatives": ["Henrik"],
               "meeting": "vårt samtal", "meeting_alternatives": ["samtal"],
               "meeting_time": "idag kl 13", "meeting_time_iso": "2026-12-08T13:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation", "cancellation_policy"]}},
    {"file": "002.txt",
     "text": """
Hej Johanna,

Vi på Brf Tallbacken skulle gärna vilja att du kommer och berättar om energideklarationen på vårt extra föreningsmöte. Det blir onsdag 16 december kl. 18.30 i föreningslokalen. Räkna med ungefär en timme inklusive frågor. Kassören, Bengt Ahlström, skickar underlagen i förväg.

Vänliga hälsningar
Karin Nyberg
Ordförande, Brf Tallbacken
070-412 88 35
""",
     "label": {"recipient_name": "Karin Nyberg", "recipient_name_alternatives": ["Karin"],
               "sender_name": "Johanna", "meeting": "vårt extra föreningsmöte",
               "meeting_alternatives": ["extra föreningsmöte", "föreningsmöte", "energideklarationen"],
               "meeting_time": "onsdag 16 december kl. 18.30", "meeting_time_iso": "2026-12-16T18:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "003.eml",
     "headers": {"From": ("Björn Ekström", "bjorn.ekstrom@ekstrom-bygg.example.se"),
                 "To": ("Linnéa Håkansson", "linnea@hakansson-redovisning.example.se"),
                 "Subject": "SV: Genomgång bokslut",
                 "Date": "Mon, 07 Dec 2026 13:18:00 +0100",
                 "Message-ID": "<v15sv003.8e@ekstrom-bygg.example.se>",
                 "In-Reply-To": "<v15sv003-o@hakansson-redovisning.example.se>"},
     "body": """
Hej Linnéa,

Torsdag funkar tyvärr inte längre, jag måste till en besiktning i Västerås. Kan vi ta genomgången istället på fredag kl 13-ish? Annars måndag 14/12 kl. 8.

/Björn

Björn Ekström
VD, Ekström Bygg AB
08-550 123 40

-----Ursprungligt meddelande-----
Från: Linnéa Håkansson <linnea@hakansson-redovisning.example.se>
Skickat: den 2 december 2026 09:31
Till: Björn Ekström <bjorn.ekstrom@ekstrom-bygg.example.se>
Ämne: Genomgång bokslut

Hej Björn, då säger vi torsdag 10/12 kl. 10 för genomgången av bokslutet. /Linnéa
""",
     "label": {"recipient_name": "Björn Ekström", "recipient_name_alternatives": ["Björn"],
               "sender_name": "Linnéa Håkansson", "sender_name_alternatives": ["Linnéa"],
               "meeting": "genomgången", "meeting_alternatives": ["Genomgång bokslut", "SV: Genomgång bokslut"],
               "meeting_time": "Torsdag", "meeting_time_iso": "2026-12-10",
               "proposed_times": ["fredag kl 13-ish", "måndag 14/12 kl. 8"],
               "proposed_times_iso": ["2026-12-11T13:00", "2026-12-14T08:00"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "-----Ursprungligt meddelande-----"}},
    {"file": "004.txt",
     "text": """
Hej Erik! Tack för senast. Inför workshopen om medarbetarsamtal på tisdag kl 9: kan du skicka agendan till mig och Petra innan fredag? Vi har bokat Stora salen. /Malin
""",
     "label": {"recipient_name": "Malin", "sender_name": "Erik",
               "meeting": "workshopen om medarbetarsamtal",
               "meeting_alternatives": ["workshopen", "medarbetarsamtal"],
               "meeting_time": "tisdag kl 9", "meeting_time_iso": "2026-12-08T09:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},
    {"file": "005.eml",
     "headers": {"From": ("Göran Östlund", "goran.ostlund@example.se"),
                 "To": ("Sofia Berg", "sofia@berg-juridik.example.se"),
                 "Subject": "Missat möte",
                 "Date": "Mon, 07 Dec 2026 08:02:00 +0100",
                 "Message-ID": "<v15sv005.6b@example.se>"},
     "body": """
Hej Sofia

Jag ber om ursäkt för att jag inte dök upp i fredags kl. 15 angående bouppteckningen. Jag hade skrivit fel datum i kalendern, helt mitt fel. Går det att boka en ny tid? Jag kan i princip när som helst nästa vecka utom onsdag.

Med vänlig hälsning
Göran Östlund
""",
     "label": {"recipient_name": "Göran Östlund", "recipient_name_alternatives": ["Göran"],
               "sender_name": "Sofia Berg", "sender_name_alternatives": ["Sofia"],
               "meeting": "bouppteckningen", "meeting_alternatives": ["Missat möte"],
               "meeting_time": "i fredags kl. 15", "meeting_time_iso": "2026-12-04T15:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "absence_notice",
               "suggested_intents": ["no_show_followup"]}},
    {"file": "006.txt",
     "text": """
Tja Oskar,
ska vi ses och kolla på nya hemsidan? Jag och Leila har några frågor om webbshoppen. Funkar tors kl 10 eller fre eftermiddag för dig? Vi kan ses på kontoret eller köra Teams.
Hälsningar
Ahmed
""",
     "label": {"recipient_name": "Ahmed", "sender_name": "Oskar",
               "meeting": "kolla på nya hemsidan", "meeting_alternatives": ["nya hemsidan", "webbshoppen"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": ["tors kl 10", "fre eftermiddag"],
               "proposed_times_iso": ["2026-12-10T10:00", "2026-12-11"],
               "kind": "invitation", "suggested_intents": INV}},
    {"file": "007.txt",
     "text": """
Hej!
Jag funderar på att boka en familjekonsultation hos er i januari. Vad gäller om man behöver avboka? Blir det någon avgift om man avbokar samma dag, t.ex. om barnen blir sjuka?
Tack på förhand
Mvh Emelie Sandberg
""",
     "label": {"recipient_name": "Emelie Sandberg", "recipient_name_alternatives": [],
               "sender_name": None, "meeting": "en familjekonsultation",
               "meeting_alternatives": ["familjekonsultation"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "008.txt",
     "text": """
Hej Anders,

Vi behöver tyvärr ställa in styrelseutbildningen den 15 december kl. 9–12. Två av ledamöterna, bl.a. Kjell Persson, kan inte delta och vi vill att alla är med. Vi återkommer med förslag på datum i februari.

Vänliga hälsningar

Ulrika Franzén
Kanslichef
Svenska Seglarförbundet, region Öst
Tel 08-699 45 10
""",
     "label": {"recipient_name": "Ulrika Franzén", "recipient_name_alternatives": ["Ulrika"],
               "sender_name": "Anders", "meeting": "styrelseutbildningen",
               "meeting_alternatives": [],
               "meeting_time": "den 15 december kl. 9–12", "meeting_time_iso": "2026-12-15T09:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["reschedule"]}},
    {"file": "009.eml",
     "headers": {"From": ("Märta Lundgren", "marta.lundgren@region-norr.example.se"),
                 "To": ("Jonas Öberg", "jonas.oberg@oberg-konsult.example.se"),
                 "Subject": "VB: Strategidag IT 2027",
                 "Date": "Tue, 08 Dec 2026 09:26:00 +0100",
                 "Message-ID": "<v15sv009.2a@region-norr.example.se>"},
     "cte": "base64",
     "body": """
Hej Jonas,
vidarebefordrar inbjudan från Per. Vi vill gärna att du håller i eftermiddagspasset. Hör av dig!
Märta

Från: Per Wikström <per.wikstrom@region-norr.example.se>
Skickat: den 4 december 2026 14:05
Till: IT-ledningsgruppen
Ämne: Strategidag IT 2027
När: den 21 december 2026 09:00-16:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
Var: Hotell Norrland, Umeå

Välkomna till strategidagen!
""",
     "label": {"recipient_name": "Märta Lundgren", "recipient_name_alternatives": ["Märta"],
               "sender_name": "Jonas Öberg", "sender_name_alternatives": ["Jonas"],
               "meeting": "Strategidag IT 2027", "meeting_alternatives": ["strategidagen", "VB: Strategidag IT 2027",
                                                                         "eftermiddagspasset"],
               "meeting_time": "den 21 december 2026 09:00-16:00", "meeting_time_iso": "2026-12-21T09:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "010.eml",
     "headers": {"From": ("Lars-Åke Nordström", "larsake@nordstrom-fastigheter.example.se"),
                 "To": ("Camilla Wahlberg", "camilla@wahlberg-arkitekter.example.se"),
                 "Subject": "Flytta visningen?",
                 "Date": "Mon, 07 Dec 2026 17:50:00 +0100",
                 "Message-ID": "<v15sv010.0f@nordstrom-fastigheter.example.se>"},
     "body": """
Hej Camilla

Skulle vi kunna flytta visningen av lokalerna på Storgatan från onsdag kl. 14.30 till torsdag samma tid? Hyresgästen, fru Dahl, har fått förhinder.

Hälsningar
Lars-Åke Nordström
Nordström Fastigheter AB

Detta e-postmeddelande kan innehålla konfidentiell information. Om du inte är avsedd mottagare, vänligen radera meddelandet.
""",
     "label": {"recipient_name": "Lars-Åke Nordström", "recipient_name_alternatives": ["Lars-Åke"],
               "sender_name": "Camilla Wahlberg", "sender_name_alternatives": ["Camilla"],
               "meeting": "visningen av lokalerna på Storgatan",
               "meeting_alternatives": ["visningen", "visningen av lokalerna", "Flytta visningen?"],
               "meeting_time": "onsdag kl. 14.30", "meeting_time_iso": "2026-12-09T14:30",
               "proposed_times": ["torsdag samma tid"], "proposed_times_iso": ["2026-12-10T14:30"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},
]
