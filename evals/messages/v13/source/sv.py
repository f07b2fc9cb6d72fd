"""v13 Swedish client messages, hand-written (data-at, 7 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml",
     "headers": {"From": ("Åsa Lindqvist", "asa.lindqvist@skargardsbuss.example.se"),
                 "To": ("Henrik Sjöberg", "henrik@sjoberg-it.example.se"),
                 "Subject": "Styrgruppsmöte digitaliseringsprojektet",
                 "Date": "Mon, 07 Dec 2026 13:05:00 +0100",
                 "Message-ID": "<v13sv001@skargardsbuss.example.se>"},
     "body": """
Hej Henrik,

Vi kör nästa styrgruppsmöte för digitaliseringsprojektet tisdag 15 december kl. 10.00–11.30 här på kontoret i Norrtälje. Fika finns från 9.45.
OSA senast torsdag så jag kan beställa lunch.

Vänliga hälsningar
Åsa Lindqvist
Verksamhetsutvecklare, Skärgårdsbuss AB
070-000 00 00
""",
     "label": {"recipient_name": "Åsa Lindqvist", "recipient_name_alternatives": ["Åsa"],
               "sender_name": "Henrik Sjöberg", "sender_name_alternatives": ["Henrik"],
               "meeting": "nästa styrgruppsmöte för digitaliseringsprojektet",
               "meeting_alternatives": ["styrgruppsmöte", "Styrgruppsmöte digitaliseringsprojektet"],
               "meeting_time": "tisdag 15 december kl. 10.00–11.30", "meeting_time_iso": "2026-12-15T10:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.txt",
     "text": """
Hej Elin! Måste tyvärr flytta färgningen av bryn och fransar på tisdag kl 17 😕 Går det ons 16/12 kl 18 eller tors 17/12 vid 12-tiden? /Sara
""",
     "label": {"recipient_name": "Sara", "sender_name": "Elin",
               "meeting": "färgningen av bryn och fransar", "meeting_alternatives": ["bryn och fransar", "färgningen"],
               "meeting_time": "tisdag kl 17", "meeting_time_iso": "2026-12-08T17:00",
               "proposed_times": ["ons 16/12 kl 18", "tors 17/12 vid 12-tiden"],
               "proposed_times_iso": ["2026-12-16T18:00", "2026-12-17T12:00"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},
    {"file": "003.eml",
     "headers": {"From": ("Märta Öberg", "marta.oberg@example.se"),
                 "To": ("Jonas Hellström", "jonas@hellstrom-redovisning.example.se"),
                 "Subject": "SV: Genomgång av bokslutet",
                 "Date": "Thu, 10 Dec 2026 08:02:00 +0100",
                 "Message-ID": "<v13sv003@example.se>",
                 "In-Reply-To": "<hr-2201@hellstrom-redovisning.example.se>"},
     "body": """
Hej Jonas,
jag blir tyvärr tvungen att ställa in dagens genomgång kl. 14, jag är hemma och vabbar. Hör av mig när det lugnat ner sig.
/Märta

Skickat från min iPhone

Från: Jonas Hellström <jonas@hellstrom-redovisning.example.se>
Skickat: den 4 december 2026 15:21
Till: Märta Öberg <marta.oberg@example.se>
Ämne: Genomgång av bokslutet

Hej Märta! Då ses vi torsdag 10/12 kl. 14.00–15.00 för genomgången av bokslutet.
""",
     "label": {"recipient_name": "Märta Öberg", "recipient_name_alternatives": ["Märta"],
               "sender_name": "Jonas Hellström", "sender_name_alternatives": ["Jonas"],
               "meeting": "dagens genomgång", "meeting_alternatives": ["genomgång", "Genomgång av bokslutet"],
               "meeting_time": "dagens genomgång kl. 14", "meeting_time_iso": "2026-12-10T14:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation"],
               "quoted_from": "Från: Jonas Hellström <jonas@hellstrom-redovisning.example.se>"}},
    {"file": "004.txt",
     "text": """
Hej!
Förlåt att jag inte dök upp i förmiddags, jag hade skrivit fel dag i kalendern 🙈 Hoppas det inte ställde till det för mycket.
Kram Ylva
""",
     "label": {"recipient_name": "Ylva", "sender_name": None, "meeting": None,
               "meeting_time": "i förmiddags", "meeting_time_iso": "2026-12-06",
               "proposed_times": [], "proposed_times_iso": [], "kind": "absence_notice",
               "suggested_intents": ["no_show_followup"]}},
    {"file": "005.eml",
     "headers": {"From": ("Göran Nyström", "goran.nystrom@example.se"),
                 "To": ("", "bokning@bathuset.example.se"),
                 "Subject": "Avbokning julbord?",
                 "Date": "Tue, 08 Dec 2026 21:40:00 +0100",
                 "Message-ID": "<v13sv005@example.se>"},
     "body": """
Hej,

Vi har bokat julbordet för 14 pers. fredag 18/12 kl 19. Vad gäller om några av oss får förhinder, kan man avboka platser och i så fall hur sent? Blir det någon avgift?
Ni svarar väl på mejl även efter kl. 17?

Mvh Göran Nyström
""",
     "label": {"recipient_name": "Göran Nyström", "recipient_name_alternatives": ["Göran"],
               "sender_name": None, "meeting": "julbordet", "meeting_alternatives": ["julbord", "julbordet för 14 pers."],
               "meeting_time": "fredag 18/12 kl 19", "meeting_time_iso": "2026-12-18T19:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "006.eml",
     "headers": {"From": ("Björn Källström", "bjorn.kallstrom@nordvik-fastigheter.example.se"),
                 "To": ("Karin Ljung", "karin@ljung-ekonomi.example.se"),
                 "Subject": "VB: Budgetavstämning Q1",
                 "Date": "Wed, 09 Dec 2026 10:11:00 +0100",
                 "Message-ID": "<v13sv006@nordvik-fastigheter.example.se>"},
     "body": """
Se nedan, kan du vara med?

-----Ursprungligt möte-----
Från: Ekonomi Nordvik <ekonomi@nordvik-fastigheter.example.se>
Skickat: den 9 december 2026 09:47
Till: Björn Källström
Ämne: Budgetavstämning Q1
När: den 14 december 2026 13:00-14:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
Var: Microsoft Teams-möte
""",
     "calendar": """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Nordvik//SV
METHOD:REQUEST
BEGIN:VEVENT
UID:v13sv006@nordvik-fastigheter.example.se
DTSTART;TZID=W. Europe Standard Time:20261214T130000
DTEND;TZID=W. Europe Standard Time:20261214T140000
SUMMARY:Budgetavstämning Q1
LOCATION:Microsoft Teams-möte
END:VEVENT
END:VCALENDAR
""",
     "label": {"recipient_name": "Björn Källström", "recipient_name_alternatives": [],
               "sender_name": "Karin Ljung", "sender_name_alternatives": [],
               "meeting": "Budgetavstämning Q1", "meeting_alternatives": ["Budgetavstämning"],
               "meeting_time": "den 14 december 2026 13:00-14:00", "meeting_time_iso": "2026-12-14T13:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "007.txt",
     "text": """
Hej Mats,

Vi behöver tyvärr avboka besiktningen av badrummet den 21 dec kl. 8, renoveringen har dragit ut på tiden. Jag återkommer när plattsättaren är klar, troligen i januari.

Hälsningar
Anneli Strand
Storgatan 4, Umeå
""",
     "label": {"recipient_name": "Anneli Strand", "recipient_name_alternatives": ["Anneli"],
               "sender_name": "Mats", "sender_name_alternatives": [],
               "meeting": "besiktningen av badrummet", "meeting_alternatives": ["besiktningen"],
               "meeting_time": "den 21 dec kl. 8", "meeting_time_iso": "2026-12-21T08:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["reschedule"]}},
    {"file": "008.eml",
     "headers": {"From": ("Pär Sandén", "par.sanden@example.se"),
                 "To": ("Linnea Berg", "linnea@bergcoaching.example.se"),
                 "Subject": "Re: Nästa coachingsamtal",
                 "Date": "Mon, 07 Dec 2026 19:30:00 +0100",
                 "Message-ID": "<v13sv008@example.se>",
                 "In-Reply-To": "<lb-0771@bergcoaching.example.se>"},
     "body": """
Hej Linnea,

Tack, men onsdag kl. 9 passar inte längre, jag måste till Göteborg. Går det bättre onsdag om två veckor, samma tid? Annars tisdag 15/12 kl. 13.15.

Pär

On Mon, 7 Dec 2026 at 10:02, Linnea Berg <linnea@bergcoaching.example.se> wrote:
> Hi Pär, I have us down for our next coaching session on Wednesday 9 December at 9:00. See you then!
> Linnea
""",
     "label": {"recipient_name": "Pär Sandén", "recipient_name_alternatives": ["Pär"],
               "sender_name": "Linnea Berg", "sender_name_alternatives": ["Linnea"],
               "meeting": "Nästa coachingsamtal", "meeting_alternatives": ["coachingsamtal"],
               "meeting_time": "onsdag kl. 9", "meeting_time_iso": "2026-12-09T09:00",
               "proposed_times": ["onsdag om två veckor, samma tid", "tisdag 15/12 kl. 13.15"],
               "proposed_times_iso": ["2026-12-23T09:00", "2026-12-15T13:15"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "On Mon, 7 Dec 2026 at 10:02, Linnea Berg <linnea@bergcoaching.example.se> wrote:"}},
    {"file": "009.txt",
     "text": """
Hej Kalle!

Vi i styrelsen undrar om du kan komma på styrelsemötet tors 17/12 kl 18.30 i föreningslokalen och berätta om stambytet? Svara gärna innan fredag.

Mvh
Lena Åberg
Ordförande, BRF Eken
""",
     "label": {"recipient_name": "Lena Åberg", "recipient_name_alternatives": ["Lena"],
               "sender_name": "Kalle", "sender_name_alternatives": [],
               "meeting": "styrelsemötet", "meeting_alternatives": ["stambytet"],
               "meeting_time": "tors 17/12 kl 18.30", "meeting_time_iso": "2026-12-17T18:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "010.txt",
     "text": """
Hej Fredrik,
Bekräftar mötet imorgon kl. 10. Kan du mejla dagordningen i kväll så jag hinner läsa på tåget?
Tack!
Sofia Wikström
Skickat från Outlook för iOS
""",
     "label": {"recipient_name": "Sofia Wikström", "recipient_name_alternatives": ["Sofia"],
               "sender_name": "Fredrik", "sender_name_alternatives": [],
               "meeting": "mötet", "meeting_alternatives": [],
               "meeting_time": "imorgon kl. 10", "meeting_time_iso": "2026-12-07T10:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},
]
