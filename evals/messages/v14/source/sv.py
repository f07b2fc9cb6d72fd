"""v14 Swedish client messages, hand-written (data-ax, 7 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.txt",
     "text": """
Hej Johanna!

Vi på Björkängens förskola skulle vilja bjuda in dig till vår planeringsdag i januari. Tänkte att du kunde hålla i passet om språkutveckling den 8 januari kl 13-ish, ca en timme inkl. frågor. Rektor Agneta Holm och ett 20-tal pedagoger kommer att vara med. Säg till om det funkar!

Mvh
Malin Öberg
Biträdande förskolechef
070-123 45 67
""",
     "label": {"recipient_name": "Malin Öberg", "recipient_name_alternatives": ["Malin"],
               "sender_name": "Johanna",
               "meeting": "passet om språkutveckling",
               "meeting_alternatives": ["vår planeringsdag", "planeringsdag", "språkutveckling"],
               "meeting_time": "den 8 januari kl 13-ish", "meeting_time_iso": "2027-01-08T13:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.eml",
     "headers": {"From": ("Åsa Lindqvist", "asa.lindqvist@example.se"),
                 "To": ("Henrik Sjöberg", "henrik@sjoberg-radgivning.example.se"),
                 "Subject": "Förlåt!",
                 "Date": "Tue, 08 Dec 2026 09:03:00 +0100",
                 "Message-ID": "<v14sv002.e71@example.se>"},
     "body": """
Hej Henrik,

Förlåt för igår kl. 16, jag satt fast i ett möte som drog över och sen dog batteriet på mobilen. Inte alls meningen att bara utebli. Kan vi hitta en ny tid? Torsdag efter lunch funkar för min del.

/Åsa

Skickat från Outlook för iOS
""",
     "label": {"recipient_name": "Åsa Lindqvist", "recipient_name_alternatives": ["Åsa"],
               "sender_name": "Henrik Sjöberg", "sender_name_alternatives": ["Henrik"],
               "meeting": None, "meeting_alternatives": [],
               "meeting_time": "igår kl. 16", "meeting_time_iso": "2026-12-07T16:00",
               "proposed_times": ["Torsdag efter lunch"], "proposed_times_iso": ["2026-12-10"],
               "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},
    {"file": "003.txt",
     "text": """
Hej Erik,
kan vi flytta vårt samtal på tisdag kl. 10.30? Jag har fått förhinder, revisorn kommer just då. Onsdag samma tid eller fredag kl 8.15 passar mig bra.
Hälsningar
Karin Nyström
Ekonomichef, Nyströms Bygg AB
""",
     "label": {"recipient_name": "Karin Nyström", "recipient_name_alternatives": ["Karin"],
               "sender_name": "Erik",
               "meeting": "vårt samtal", "meeting_alternatives": ["samtal"],
               "meeting_time": "tisdag kl. 10.30", "meeting_time_iso": "2026-12-08T10:30",
               "proposed_times": ["Onsdag samma tid", "fredag kl 8.15"],
               "proposed_times_iso": ["2026-12-09T10:30", "2026-12-11T08:15"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},
    {"file": "004.eml",
     "headers": {"From": ("Göran Ekström", "goran.ekstrom@ekstromdahl.example.se"),
                 "To": ("Linnea Berg", "linnea@berg-hallbarhet.example.se"),
                 "Subject": "Workshop om hållbarhetsrapporten",
                 "Date": "Wed, 09 Dec 2026 13:47:00 +0100",
                 "Message-ID": "<v14sv004.GV3P@ekstromdahl.example.se>"},
     "body": """
Hej Linnea,

Tack för senast! Som vi pratade om vill vi gärna ha en halvdagsworkshop med dig om hållbarhetsrapporten innan årsskiftet. Förslag: tisdag den 22 december kl. 9–12 hos oss på Kungsgatan 44. Från vår sida kommer jag, Sofia Lund (CFO) och Ahmed Karimi från inköp. Lunch ingår förstås.

Återkom gärna senast fredag så att jag hinner boka rummet.

Vänliga hälsningar
Göran Ekström
Hållbarhetsansvarig
Ekström & Dahl Logistik AB
+46 8 555 123 45
""",
     "cte": "base64",
     "label": {"recipient_name": "Göran Ekström", "recipient_name_alternatives": ["Göran"],
               "sender_name": "Linnea Berg", "sender_name_alternatives": ["Linnea"],
               "meeting": "en halvdagsworkshop med dig om hållbarhetsrapporten",
               "meeting_alternatives": ["halvdagsworkshop", "Workshop om hållbarhetsrapporten"],
               "meeting_time": "tisdag den 22 december kl. 9–12", "meeting_time_iso": "2026-12-22T09:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "005.eml",
     "headers": {"From": ("Ebba Söderström", "ebba.soderstrom@example.se"),
                 "To": ("Oskar Lundgren", "oskar@lundgrenfoto.example.se"),
                 "Subject": "Avbokning av fotograferingen den 12 december",
                 "Date": "Thu, 03 Dec 2026 20:10:00 +0100",
                 "Message-ID": "<v14sv005-44aa@example.se>"},
     "body": """
Hej Oskar,

Tyvärr måste vi avboka familjefotograferingen lördag den 12 december kl. 11.00. Min man har blivit inkallad att jobba hela den helgen.

Får vi tillbaka handpenningen på 500 kr, eller kan den flyttas till en ny tid i vår?

Med vänlig hälsning
Ebba Söderström
""",
     "label": {"recipient_name": "Ebba Söderström", "recipient_name_alternatives": ["Ebba"],
               "sender_name": "Oskar Lundgren", "sender_name_alternatives": ["Oskar"],
               "meeting": "familjefotograferingen",
               "meeting_alternatives": ["fotograferingen", "Avbokning av fotograferingen den 12 december"],
               "meeting_time": "lördag den 12 december kl. 11.00", "meeting_time_iso": "2026-12-12T11:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["reschedule", "cancellation_policy"]}},
    {"file": "006.txt",
     "text": """
Hej Anna!
Perfekt, då ses vi på måndag kl. 9 på ert kontor. Jag tar med köpekontraktet och Patriks id-handling. Behöver vi ta med något mer?
/Jonas

Den fre 4 dec. 2026 kl. 15:32 skrev Anna Wikström <anna@wikstrom-juridik.example.se>:
> Hej Jonas,
> Jag kan erbjuda måndag 7/12 kl. 9.00 eller tisdag 8/12 kl. 14.00 för genomgången av köpekontraktet.
> Vänliga hälsningar
> Anna
""",
     "label": {"recipient_name": "Jonas", "sender_name": "Anna",
               "meeting": None, "meeting_alternatives": [],
               "meeting_time": "måndag kl. 9", "meeting_time_iso": "2026-12-07T09:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": [],
               "quoted_from": "Den fre 4 dec. 2026 kl. 15:32 skrev Anna Wikström <anna@wikstrom-juridik.example.se>:"}},
    {"file": "007.txt",
     "text": """
hej maria, jag måste tyvärr ställa in hundträningen idag kl 14, båda barnen har feber 🤒 hör av mig när de är friska igen. sorry för sent besked!
lena

Skickat från min iPhone
""",
     "label": {"recipient_name": "lena", "sender_name": "maria",
               "meeting": "hundträningen", "meeting_alternatives": [],
               "meeting_time": "idag kl 14", "meeting_time_iso": "2026-12-06T14:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation"]}},
    {"file": "008.eml",
     "headers": {"From": ("Per-Olof Näslund", "per-olof.naslund@kakelklinker.example.se"),
                 "To": ("Camilla Forsberg", "camilla@forsberg-ledarskap.example.se"),
                 "Subject": "Fråga om avbokningsregler inför kursstart",
                 "Date": "Mon, 07 Dec 2026 08:34:00 +0100",
                 "Message-ID": "<v14sv008.HE1P@kakelklinker.example.se>"},
     "body": """
Hej Camilla,

Vi funderar på att boka er ledarskapsutbildning för fyra av våra teamledare (start i januari). Innan vi skickar in anmälan vill jag förstå era avbokningsvillkor: hur sent kan man avboka utan kostnad, och går det att byta deltagare om någon blir sjuk?

Jag nås enklast på telefon mellan kl. 8 och 10.

Mvh
Per-Olof Näslund
HR-chef | Svenska Kakel & Klinker AB
08-555 987 00

Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för adressaten.
""",
     "label": {"recipient_name": "Per-Olof Näslund", "recipient_name_alternatives": ["Per-Olof"],
               "sender_name": "Camilla Forsberg", "sender_name_alternatives": ["Camilla"],
               "meeting": "er ledarskapsutbildning", "meeting_alternatives": ["ledarskapsutbildning"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "009.txt",
     "text": """
Den 2 dec. 2026 kl. 19:40 skrev Eva Hallberg <eva.hallberg@fastighetsservice.example.se>:
> Hej!
> Vi har bokat in styrelsemötet torsdag 10/12 kl. 18.00 i föreningslokalen.
> /Eva

Hej Eva,
torsdag går tyvärr inte för mig, jag är på tjänsteresa i Umeå hela veckan. Kan vi ta styrelsemötet måndag 14/12 kl. 18 istället? Eller tisdagen därpå, samma tid.
/Fredrik
""",
     "label": {"recipient_name": "Fredrik", "sender_name": "Eva",
               "meeting": "styrelsemötet", "meeting_alternatives": [],
               "meeting_time": "torsdag", "meeting_time_iso": "2026-12-10",
               "proposed_times": ["måndag 14/12 kl. 18", "tisdagen därpå, samma tid"],
               "proposed_times_iso": ["2026-12-14T18:00", "2026-12-15T18:00"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "Den 2 dec. 2026 kl. 19:40 skrev Eva Hallberg <eva.hallberg@fastighetsservice.example.se>:",
               "quoted_until": "> /Eva"}},
    {"file": "010.eml",
     "headers": {"From": ("Jörgen Åkesson", "jorgen.akesson@kommun.example.se"),
                 "To": ("Sara Nilsson", "sara@nilsson-it.example.se"),
                 "Subject": "VB: Uppstartsmöte – nytt intranät",
                 "Date": "Fri, 04 Dec 2026 11:15:00 +0100",
                 "Message-ID": "<v14sv010.DB9P@kommun.example.se>"},
     "body": """
Hej Sara,

Vidarebefordrar inbjudan från Lina. Hinner du vara med? Det vore bra om du kunde dra arkitekturdelen, ca 20 min.

/J

Från: Lina Karlsson <lina.karlsson@kommun.example.se>
Skickat: den 3 december 2026 16:48
Till: Jörgen Åkesson <jorgen.akesson@kommun.example.se>
Ämne: Uppstartsmöte – nytt intranät
När: den 15 december 2026 13:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
Var: Microsoft Teams-möte

Hej!
Välkomna till uppstartsmötet för det nya intranätet. Dagordning kommer.
/Lina
""",
     "label": {"recipient_name": "Jörgen Åkesson", "recipient_name_alternatives": ["Jörgen"],
               "sender_name": "Sara Nilsson", "sender_name_alternatives": ["Sara"],
               "meeting": "Uppstartsmöte – nytt intranät",
               "meeting_alternatives": ["uppstartsmötet för det nya intranätet", "inbjudan från Lina"],
               "meeting_time": "den 15 december 2026 13:00-15:00", "meeting_time_iso": "2026-12-15T13:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
]
