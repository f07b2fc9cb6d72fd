"""Swedish client messages of the v11 set (hand-written, with their labels). See ../README.md."""

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

CAL_001 = """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008-rv-vardmoten-q1
DTSTAMP:20261202T071400Z
DTSTART;TZID=W. Europe Standard Time:20261216T090000
DTEND;TZID=W. Europe Standard Time:20261216T103000
SUMMARY:Avstämning digitala vårdmöten Q1
LOCATION:Microsoft Teams-möte
ORGANIZER;CN=Region Västmanland Kalender:mailto:kalender@regionvastmanland.example.se
END:VEVENT
END:VCALENDAR
"""

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Åsa Wennerholm", "asa.wennerholm@vardcentralen-norra.example.se"),
            "To": ("Oskar Berglund", "oskar@berglund-ehalsa.example.se"),
            "Subject": "VB: Avstämning digitala vårdmöten Q1",
            "Date": "Wed, 02 Dec 2026 08:40:00 +0100",
            "Message-ID": "<HE1PR-al-021226-0840@vardcentralen-norra.example.se>",
        },
        "calendar": CAL_001,
        "body": """
Hej Oskar!

Kan du ta det här mötet åt mig? Se inbjudan nedan. Jag har utvecklingssamtal hela den förmiddagen och du kan ju systemet bättre än jag.

Tack på förhand!
/Åsa

Från: Region Västmanland Kalender <kalender@regionvastmanland.example.se>
Skickat: den 2 december 2026 08:14
Till: Wennerholm Åsa <asa.wennerholm@vardcentralen-norra.example.se>
Ämne: Avstämning digitala vårdmöten Q1
När: den 16 december 2026 09:00–10:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
Var: Microsoft Teams-möte
""",
        "label": {
            "recipient_name": "Åsa Wennerholm", "recipient_name_alternatives": ["Åsa", "Wennerholm Åsa"],
            "sender_name": "Oskar Berglund", "sender_name_alternatives": ["Oskar"],
            "meeting": "Avstämning digitala vårdmöten Q1",
            "meeting_alternatives": ["Avstämning digitala vårdmöten", "det här mötet"],
            "meeting_time": "den 16 december 2026 09:00–10:30", "meeting_time_iso": "2026-12-16T09:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
    {
        "file": "002.txt",
        "text": """
Hej Linnea!
Tyvärr blir det krångel med pianostämningen på tisdag kl. 13, hantverkarna river i hallen hela veckan och pianot står fullt med damm 🙈
Går det att ta det i morgon efter lunch i stället? Annars två veckor framåt, samma tid.
Hälsningar Gunnel
""",
        "label": {
            "recipient_name": "Gunnel", "recipient_name_alternatives": [],
            "sender_name": "Linnea", "sender_name_alternatives": [],
            "meeting": "pianostämningen", "meeting_alternatives": [],
            "meeting_time": "tisdag kl. 13", "meeting_time_iso": "2026-12-08T13:00",
            "proposed_times": ["i morgon efter lunch", "två veckor framåt, samma tid"],
            "proposed_times_iso": ["2026-12-07", "2026-12-22T13:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Björn Tjärnlund", "bjorn.tjarnlund@forskolanlarkan.example.se"),
            "To": ("Malin Nyström", "malin@nystrom-handledning.example.se"),
            "Subject": "Re: Handledning onsdag",
            "Date": "Wed, 09 Dec 2026 11:20:00 +0100",
            "Message-ID": "<CAM-be-091226-1120@forskolanlarkan.example.se>",
            "In-Reply-To": "<mn-20261207-1605@nystrom-handledning.example.se>",
        },
        "body": """
Hej Malin,

Jag måste tyvärr ställa in grupphandledningen i dag kl. 15.00. Magsjukan har slagit till på förskolan och vi har knappt personal nog att hålla öppet till kl. 17.
Självklart betalar jag för passet enligt era villkor, det är ju inte ditt fel. Jag hör av mig nästa vecka om en ny tid.

Mvh
Björn Tjärnlund
Förskolechef, Förskolan Lärkan
Linköpings kommun

Den mån 7 dec. 2026 kl 16:05 skrev Malin Nyström <malin@nystrom-handledning.example.se>:
> Hej Björn!
> Välkommen på onsdag den 9/12 kl. 15–16.30, vi ses i mitt rum på Drottninggatan.
> Hälsningar Malin
""",
        "label": {
            "recipient_name": "Björn Tjärnlund", "recipient_name_alternatives": ["Björn"],
            "sender_name": "Malin Nyström", "sender_name_alternatives": ["Malin"],
            "meeting": "grupphandledningen", "meeting_alternatives": ["Handledning onsdag", "passet"],
            "meeting_time": "i dag kl. 15.00", "meeting_time_iso": "2026-12-09T15:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"],
            "quoted_from": "Den mån 7 dec. 2026 kl 16:05 skrev Malin Nyström <malin@nystrom-handledning.example.se>:",
        },
    },
    {
        "file": "004.txt",
        "text": """
Hej Peter,

Jag vill be om ursäkt för att jag aldrig dök upp på vår genomgång av årsbokslutet i torsdags kl. 10.30. Julrushen i butiken tog helt över och jag glömde bort att titta i kalendern.
Har du möjlighet att ta det någon gång nästa vecka? Helst före lunch, eftermiddagarna är det fullt i butiken.

Mvh
Karin Fagerström
Fagerströms Blommor AB, Karlstad
054-55 12 03

Skickat från min iPhone
""",
        "label": {
            "recipient_name": "Karin Fagerström", "recipient_name_alternatives": ["Karin"],
            "sender_name": "Peter", "sender_name_alternatives": [],
            "meeting": "vår genomgång av årsbokslutet",
            "meeting_alternatives": ["genomgång av årsbokslutet"],
            "meeting_time": "i torsdags kl. 10.30", "meeting_time_iso": "2026-12-03T10:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
        },
    },
    {
        "file": "005.eml",
        "headers": {
            "From": ("Jessica Söderholm", "jessica.soderholm@skargardsmejeri.example.fi"),
            "To": ("Stina Lundberg", "stina@lundberg-event.example.fi"),
            "Subject": "Teambuildingdag i januari – avbokningsvillkor?",
            "Date": "Fri, 04 Dec 2026 13:25:00 +0200",
            "Message-ID": "<7f3e2a10-js@skargardsmejeri.example.fi>",
        },
        "body": """
Hej Stina,

Vi på Skärgårdsmejeriet funderar på att boka en teambuildingdag för ca 25 personer, preliminärt fredag 15.1 i Esbo.
Innan vi bestämmer oss vill jag veta vad som gäller vid avbokning: debiteras hela summan om vi avbokar senare än två veckor före, och kan man byta datum utan kostnad om det blir mycket snö?

Jag nås bäst mellan kl. 9 och 11 på 040 555 2817.

Med vänliga hälsningar
Jessica Söderholm
HR-koordinator, Skärgårdsmejeriet Ab, Helsingfors
""",
        "label": {
            "recipient_name": "Jessica Söderholm", "recipient_name_alternatives": ["Jessica"],
            "sender_name": "Stina Lundberg", "sender_name_alternatives": ["Stina"],
            "meeting": "en teambuildingdag", "meeting_alternatives": ["teambuildingdag", "Teambuildingdag i januari"],
            "meeting_time": "fredag 15.1", "meeting_time_iso": "2027-01-15",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Göran Pettersson", "goran.pettersson@brf-vatterglimten.example.se"),
            "To": ("Erik Sandberg", "erik.sandberg@sandberg-juridik.example.se"),
            "Subject": "Styrelseutbildningen 10 december",
            "Date": "Thu, 03 Dec 2026 19:02:00 +0100",
            "Message-ID": "<0102019a-gp-brfv@brf-vatterglimten.example.se>",
        },
        "html": True,
        "body": """
Hej Erik,

Vi behöver tyvärr flytta styrelseutbildningen den 10 december kl. 13.00–16.00, eftersom halva styrelsen jobbar på mässan på Elmia den dagen.
Skulle du kunna tisdag 15/12 kl. 9–12 eller torsdag 17/12 från kl. 13? Lokalen i föreningens samlingssal är ledig båda dagarna.

Vänliga hälsningar
Göran Pettersson
Ordförande, BRF Vätterglimten, Jönköping
""",
        "label": {
            "recipient_name": "Göran Pettersson", "recipient_name_alternatives": ["Göran"],
            "sender_name": "Erik Sandberg", "sender_name_alternatives": ["Erik"],
            "meeting": "styrelseutbildningen", "meeting_alternatives": ["Styrelseutbildningen 10 december"],
            "meeting_time": "den 10 december kl. 13.00–16.00", "meeting_time_iso": "2026-12-10T13:00",
            "proposed_times": ["tisdag 15/12 kl. 9–12", "torsdag 17/12 från kl. 13"],
            "proposed_times_iso": ["2026-12-15T09:00", "2026-12-17T13:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "007.txt",
        "text": """
Hej Johanna!

Tråkiga nyheter: vi får ställa in norrskensfotokursen den 18 dec kl 20, det är för få anmälda från jobbet sedan flygbolaget strök kvällsflyget från Arlanda.
Vi tar gärna en ny kurs efter nyår i stället, när ljuset kommer tillbaka lite. Jag återkommer med datum.

Hälsningar från Leif i Kiruna
Leif Nutti, LKAB-klubben
""",
        "label": {
            "recipient_name": "Leif Nutti", "recipient_name_alternatives": ["Leif"],
            "sender_name": "Johanna", "sender_name_alternatives": [],
            "meeting": "norrskensfotokursen", "meeting_alternatives": [],
            "meeting_time": "den 18 dec kl 20", "meeting_time_iso": "2026-12-18T20:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "008.txt",
        "text": """
Hej Anders,

Bekräftar radonmätningen måndag 14/12 kl. 08.15 i källaren på Gruvgatan 7. Portkoden är 1947, jag möter upp vid tvättstugan.
Finns det något vi behöver förbereda, t.ex. stänga ventilationen? Och kan fakturan ställas till samfälligheten i stället för till mig privat?

Tack!
Maja Grönvall
Falu Gruvgatans samfällighet
""",
        "label": {
            "recipient_name": "Maja Grönvall", "recipient_name_alternatives": ["Maja"],
            "sender_name": "Anders", "sender_name_alternatives": [],
            "meeting": "radonmätningen", "meeting_alternatives": [],
            "meeting_time": "måndag 14/12 kl. 08.15", "meeting_time_iso": "2026-12-14T08:15",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
        },
    },
    {
        "file": "009.txt",
        "text": """
Hej Sofia!

Vi skulle vilja bjuda in dig att leda en workshop om cirkulära affärsmodeller för vår ledningsgrupp, onsdagen den 13 januari, 13.00–16.30 på Väveriet i Borås. Vi bjuder på middag efteråt för den som vill stanna.
Svara gärna senast den 18/12, så att vi hinner skicka ut underlaget före jul.

Vänliga hälsningar
Emil Rask
VD, Väveriet i Sjuhärad AB
""",
        "label": {
            "recipient_name": "Emil Rask", "recipient_name_alternatives": ["Emil"],
            "sender_name": "Sofia", "sender_name_alternatives": [],
            "meeting": "en workshop om cirkulära affärsmodeller",
            "meeting_alternatives": ["workshop om cirkulära affärsmodeller", "workshop"],
            "meeting_time": "onsdagen den 13 januari, 13.00–16.30", "meeting_time_iso": "2027-01-13T13:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
    {
        "file": "010.eml",
        "headers": {
            "From": ("Nils Wahlgren", "nils.wahlgren@oresundslogistik.example.se"),
            "To": ("Ylva Berg", "ylva@berg-dataskydd.example.se"),
            "Subject": "Re: Dataskyddsgenomgång",
            "Date": "Wed, 02 Dec 2026 10:47:00 +0100",
            "Message-ID": "<AM0PR-nw-021226@oresundslogistik.example.se>",
            "In-Reply-To": "<yb-20261201-0912@berg-dataskydd.example.se>",
        },
        "charset": "iso-8859-1",
        "body": """
Hej Ylva,

Tack för ditt mejl. Ja, vi vill gärna träffa dig för en första genomgång av vårt GDPR-arbete här i Helsingborg.
Passar måndag 14 december kl. 10 eller onsdag 16/12 kl. 14.30? Vår IT-chef kan tyvärr inte på torsdagar.

Hälsningar
Nils Wahlgren
Ekonomichef, Öresunds Logistik AB

Den tis 1 dec. 2026 kl 09:12 skrev Ylva Berg <ylva@berg-dataskydd.example.se>:
> Hej Nils,
> Jag hörde av Camilla att ni ser över er hantering av personuppgifter. Ska vi ses en timme för en genomgång?
> Vänligen, Ylva Berg
""",
        "label": {
            "recipient_name": "Nils Wahlgren", "recipient_name_alternatives": ["Nils"],
            "sender_name": "Ylva Berg", "sender_name_alternatives": ["Ylva"],
            "meeting": "en första genomgång av vårt GDPR-arbete",
            "meeting_alternatives": ["genomgång av vårt GDPR-arbete", "Dataskyddsgenomgång"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": ["måndag 14 december kl. 10", "onsdag 16/12 kl. 14.30"],
            "proposed_times_iso": ["2026-12-14T10:00", "2026-12-16T14:30"],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": "Den tis 1 dec. 2026 kl 09:12 skrev Ylva Berg <ylva@berg-dataskydd.example.se>:",
        },
    },
]
