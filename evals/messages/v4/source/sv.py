"""Swedish (Sweden, Finland-Swedish) client messages for the held-out v4 set, written by hand with their labels."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml", "headers": {
        "From": ("Åsa Nordqvist", "asa.nordqvist@nordqvistfastigheter.example.se"),
        "To": ("Mikael Berg", "mikael@bergenergi.se"),
        "Subject": "Inbjudan till uppstartsmöte energideklarationer",
        "Date": "Wed, 02 Dec 2026 13:05:00 +0100",
        "Message-ID": "<HE1PR-nordqvist-0212-1305@nordqvistfastigheter.example.se>"},
        "html": True,
        "body": """
Hej Mikael!

Vi på Nordqvist Fastigheter vill gärna bjuda in dig till ett uppstartsmöte om energideklarationerna för våra fastigheter i Västerås.
Passar torsdag 10 december kl. 13.00–14.30 hos oss på Kopparbergsvägen?

Vänliga hälsningar
Åsa Nordqvist
Förvaltare, Nordqvist Fastigheter AB
Växel: 021-12 34 56 (vardagar 8–16)
""", "label": {
        "recipient_name": "Åsa Nordqvist", "recipient_name_alternatives": ["Åsa"],
        "sender_name": "Mikael Berg", "sender_name_alternatives": ["Mikael"],
        "meeting": "ett uppstartsmöte om energideklarationerna",
        "meeting_alternatives": ["uppstartsmöte om energideklarationerna", "uppstartsmöte", "Inbjudan till uppstartsmöte energideklarationer"],
        "meeting_time": "torsdag 10 december kl. 13.00–14.30", "meeting_time_iso": "2026-12-10T13:00",
        "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},

    {"file": "002.txt", "text": """
Hej Karin,
Jag måste tyvärr flytta vår genomgång av bokslutet på tisdag kl 9, revisorn kan bara då.
Funkar onsdag 16/12 kl 10 eller fredag den 18:e på förmiddagen?
Mvh
Lars Öhman
""", "label": {
        "recipient_name": "Lars Öhman", "recipient_name_alternatives": ["Lars"],
        "sender_name": "Karin",
        "meeting": "vår genomgång av bokslutet", "meeting_alternatives": ["genomgång av bokslutet", "bokslutet"],
        "meeting_time": "tisdag kl 9", "meeting_time_iso": "2026-12-08T09:00",
        "proposed_times": ["onsdag 16/12 kl 10", "fredag den 18:e på förmiddagen"],
        "proposed_times_iso": ["2026-12-16T10:00", "2026-12-18"],
        "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},

    {"file": "003.eml", "headers": {
        "From": ("Pär Sjöström", "par.sjostrom@gmail.example.com"),
        "To": ("Elin Dahl", "elin@dahl-handledning.se"),
        "Subject": "Avbokning idag",
        "Date": "Tue, 08 Dec 2026 06:48:00 +0100",
        "Message-ID": "<6E0B2C7D-SJOSTROM-0812@gmail.example.com>"},
        "body": """
Hej Elin,

Tyvärr måste jag ställa in handledningen i dag kl. 08.30, jag är hemma och vabbar (dottern har 39 graders feber).
Jag förstår om ni debiterar för sent avbokad tid. Går det att boka en ny tid nästa vecka?

Hälsningar
Pär

Skickat från min iPad
""", "label": {
        "recipient_name": "Pär Sjöström", "recipient_name_alternatives": ["Pär"],
        "sender_name": "Elin Dahl", "sender_name_alternatives": ["Elin"],
        "meeting": "handledningen", "meeting_alternatives": ["handledning"],
        "meeting_time": "i dag kl. 08.30", "meeting_time_iso": "2026-12-08T08:30",
        "proposed_times": [], "proposed_times_iso": [],
        "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"]}},

    {"file": "004.txt", "text": """
Hej Johan!
Förlåt förlåt, jag glömde helt bort vår coachingsession i torsdags kl. 17. Hade skrivit in den på fel vecka i kalendern.
Kan vi ta en ny tid? Ring gärna mellan 12 och 13, då har jag lunch.
/Maja
""", "label": {
        "recipient_name": "Maja", "sender_name": "Johan",
        "meeting": "vår coachingsession", "meeting_alternatives": ["coachingsession"],
        "meeting_time": "i torsdags kl. 17", "meeting_time_iso": "2026-12-03T17:00",
        "proposed_times": [], "proposed_times_iso": [],
        "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},

    {"file": "005.eml", "headers": {
        "From": ("Göran Lindqvist", "goran@lindqvistmaleri.example.se"),
        "To": ("Annika Holm", "annika.holm@holmledarskap.se"),
        "Subject": "SV: Offert ledarskapsdag",
        "Date": "Thu, 03 Dec 2026 11:40:00 +0100",
        "Message-ID": "<GV0P-lindqvist-0312-1140@lindqvistmaleri.example.se>",
        "In-Reply-To": "<holm-0112-1012@holmledarskap.se>"},
        "body": """
Hej Annika,

Tack för offerten för ledarskapsdagen, den ser bra ut.
Innan vi skriver på: vad gäller om vi behöver avboka eller flytta dagen med kort varsel? Tillkommer någon avgift, och i så fall hur stor?

MVH
Göran Lindqvist
VD, Lindqvist Måleri AB

Den tis 1 dec. 2026 kl. 10:12 skrev Annika Holm <annika.holm@holmledarskap.se>:
> Hej Göran,
> Här kommer offerten för ledarskapsdagen den 21 januari, 9.00–16.00, för tolv arbetsledare.
> Hälsningar, Annika
""", "label": {
        "recipient_name": "Göran Lindqvist", "recipient_name_alternatives": ["Göran"],
        "sender_name": "Annika Holm", "sender_name_alternatives": ["Annika"],
        "meeting": "ledarskapsdagen", "meeting_alternatives": ["Offert ledarskapsdag", "ledarskapsdag"],
        "meeting_time": None, "meeting_time_iso": None, "proposed_times": [], "proposed_times_iso": [],
        "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
        "quoted_from": "Den tis 1 dec. 2026 kl. 10:12 skrev Annika Holm <annika.holm@holmledarskap.se>:"}},

    {"file": "006.txt", "text": """
Hej Sanna,

Se nedan. Kan du vara med och presentera resultaten från kundundersökningen? Det vore jättebra.

Hälsningar
Kristoffer

---------- Vidarebefordrat meddelande ---------
Från: Eva Lund <eva.lund@brf-solrosen.example.se>
Datum: fre 4 dec. 2026 kl. 09:31
Ämne: Styrelsemöte december
Till: Kristoffer Ek <kristoffer.ek@brf-solrosen.example.se>

Hej alla,
Välkomna till styrelsemöte måndag 14 december kl. 18.00 i föreningslokalen, Storgatan 5. Fika från 17.30.
Anmälan senast 10/12.
Eva
""", "label": {
        "recipient_name": "Kristoffer", "recipient_name_alternatives": ["Kristoffer Ek"],
        "sender_name": "Sanna",
        "meeting": "styrelsemöte", "meeting_alternatives": ["Styrelsemöte december"],
        "meeting_time": "måndag 14 december kl. 18.00", "meeting_time_iso": "2026-12-14T18:00",
        "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},

    {"file": "007.eml", "headers": {
        "From": ("Ingrid Ålund", "ingrid.alund@alundsjarn.example.se"),
        "To": ("Peter Nyström", "peter@nystrom-logistik.se"),
        "Subject": "Leveransgenomgång 9/12",
        "Date": "Fri, 04 Dec 2026 15:30:00 +0100",
        "Message-ID": "<alund-0412-1530-77@alundsjarn.example.se>"},
        "charset": "iso-8859-1",
        "body": """
Hej Peter!

Vi behöver tyvärr skjuta på leveransgenomgången som är bokad 9/12 kl. 14:00 - vår lagerchef är sjuk hela nästa vecka.
Kan vi ta den den 15 december kl. 14:00 i stället, eller samma tid dagen efter?
Tacksam för svar senast måndag.

Med vänlig hälsning
Ingrid Ålund
Inköpsansvarig, Ålunds Järn AB
""", "label": {
        "recipient_name": "Ingrid Ålund", "recipient_name_alternatives": ["Ingrid"],
        "sender_name": "Peter Nyström", "sender_name_alternatives": ["Peter"],
        "meeting": "leveransgenomgången", "meeting_alternatives": ["Leveransgenomgång 9/12", "leveransgenomgång"],
        "meeting_time": "9/12 kl. 14:00", "meeting_time_iso": "2026-12-09T14:00",
        "proposed_times": ["den 15 december kl. 14:00", "samma tid dagen efter"],
        "proposed_times_iso": ["2026-12-15T14:00", "2026-12-16T14:00"],
        "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},

    {"file": "008.txt", "text": """
Hej!
Jag vill avboka min tid för fotvård den 17 december kl. 11.15. Jag återkommer när jag vet mer om min operation.
Tack!
Vänligen
Birgitta Karlsson

Skickat från E-post för Windows
""", "label": {
        "recipient_name": "Birgitta Karlsson", "recipient_name_alternatives": ["Birgitta"],
        "sender_name": None,
        "meeting": "min tid för fotvård", "meeting_alternatives": ["fotvård"],
        "meeting_time": "den 17 december kl. 11.15", "meeting_time_iso": "2026-12-17T11:15",
        "proposed_times": [], "proposed_times_iso": [],
        "kind": "cancellation", "suggested_intents": ["reschedule"]}},

    {"file": "009.eml", "headers": {
        "From": ("Emil Forsberg", "emil@forsbergscykel.example.se"),
        "To": ("Hanna Åberg", "hanna@abergwebb.se"),
        "Subject": "Re: Genomgång nya webbplatsen",
        "Date": "Mon, 07 Dec 2026 08:15:00 +0100",
        "Message-ID": "<CAOx-forsberg-0712-0815@mail.gmail.com>",
        "In-Reply-To": "<aberg-0412-1602@abergwebb.se>"},
        "body": """
Hej Hanna,
Bekräftar att vi ses på onsdag kl. 15 för genomgången av nya webbplatsen. Jag tar med vår marknadsansvarige Linnea Falk, hoppas det är okej.
Kan du skicka agendan i förväg?
/Emil

Emil Forsberg | Forsbergs Cykel
Öppettider butik: mån–fre 10–18, lör 10–14

Den fre 4 dec. 2026 kl. 16:02 skrev Hanna Åberg <hanna@abergwebb.se>:
> Hej Emil,
> Jag kan tisdag 8/12 kl. 10 eller onsdag 9/12 kl. 15. Vilket passar bäst?
> Hanna
""", "label": {
        "recipient_name": "Emil Forsberg", "recipient_name_alternatives": ["Emil"],
        "sender_name": "Hanna Åberg", "sender_name_alternatives": ["Hanna"],
        "meeting": "genomgången av nya webbplatsen",
        "meeting_alternatives": ["Genomgång nya webbplatsen", "nya webbplatsen"],
        "meeting_time": "onsdag kl. 15", "meeting_time_iso": "2026-12-09T15:00",
        "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": [],
        "quoted_from": "Den fre 4 dec. 2026 kl. 16:02 skrev Hanna Åberg <hanna@abergwebb.se>:"}},

    {"file": "010.txt", "text": """
Hej Tobias,

Vi skulle vilja träffa dig för en intervju om tjänsten som projektledare.
Passar det tisdag 8.12 kl. 10 eller torsdag 10.12 kl. 14.30? Intervjun tar ungefär en timme och hålls på vårt kontor i Vasa.

Med vänliga hälsningar
Camilla Westerholm
HR-koordinator, Westerholm Trä Ab
""", "label": {
        "recipient_name": "Camilla Westerholm", "recipient_name_alternatives": ["Camilla"],
        "sender_name": "Tobias",
        "meeting": "en intervju om tjänsten som projektledare",
        "meeting_alternatives": ["intervju om tjänsten som projektledare", "intervju", "Intervjun"],
        "meeting_time": None, "meeting_time_iso": None,
        "proposed_times": ["tisdag 8.12 kl. 10", "torsdag 10.12 kl. 14.30"],
        "proposed_times_iso": ["2026-12-08T10:00", "2026-12-10T14:30"],
        "kind": "invitation", "suggested_intents": INV}},
]
