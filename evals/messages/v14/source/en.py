"""v14 English client messages (US, Australian, UK, Irish, Scottish, Singapore), hand-written (data-ax, 7 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml",
     "headers": {"From": ("Dana Whitfield", "dana.whitfield@crestline.example.com"),
                 "To": ("Priya Raman", "priya@ramanadvisory.example.com"),
                 "Subject": "Re: Board prep call 12/10",
                 "Date": "Thu, 03 Dec 2026 17:22:00 -0500",
                 "Message-ID": "<CAv14en001+dw@mail.example.com>",
                 "In-Reply-To": "<pr-8812@ramanadvisory.example.com>"},
     "body": """
Hi Priya,

Confirming we're still on for the board prep call on 12/10 at 3:30pm ET. I've added our controller, Luis Ortega, to the invite. Could you send the draft deck by Tuesday EOD so Luis has time to review?

Thanks!
Dana

Dana Whitfield
VP Finance | Crestline Outdoor Co.
(303) 555-0147

On Wed, Dec 2, 2026 at 9:14 AM Priya Raman <priya@ramanadvisory.example.com> wrote:
> Hi Dana, does Thursday 12/10 at 2pm ET still work for the board prep call? Happy to shift to 3:30 if that's easier for your side.
> Priya
""",
     "html": True,
     "label": {"recipient_name": "Dana Whitfield", "recipient_name_alternatives": ["Dana"],
               "sender_name": "Priya Raman", "sender_name_alternatives": ["Priya"],
               "meeting": "the board prep call", "meeting_alternatives": ["board prep call", "Board prep call 12/10"],
               "meeting_time": "12/10 at 3:30pm ET", "meeting_time_iso": "2026-12-10T15:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": [],
               "quoted_from": "On Wed, Dec 2, 2026 at 9:14 AM Priya Raman <priya@ramanadvisory.example.com> wrote:"}},
    {"file": "002.txt",
     "text": """
G'day Brooke,

Keen to catch up before Chrissy re the new fit-out for the Surry Hills store. Are you free Thursday arvo, say 3ish? Jase and Kirra from the design team will come along too. Can do our office or yours, whatever's easier for you.

Cheers
Todd

Todd McAllister | Store Development Lead
Harbour & Co Retail
M 0412 345 678
""",
     "label": {"recipient_name": "Todd McAllister", "recipient_name_alternatives": ["Todd"],
               "sender_name": "Brooke",
               "meeting": "the new fit-out for the Surry Hills store",
               "meeting_alternatives": ["new fit-out for the Surry Hills store", "new fit-out", "catch up"],
               "meeting_time": "Thursday arvo, say 3ish", "meeting_time_iso": "2026-12-10T15:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "003.eml",
     "headers": {"From": ("José Álvarez", "jose.alvarez@example.com"),
                 "To": ("Megan Clarke", "megan@clarkecoaching.example.com"),
                 "Subject": "Today's session",
                 "Date": "Wed, 09 Dec 2026 07:58:00 -0500",
                 "Message-ID": "<v14en003.b5e0@example.com>"},
     "body": """
Hi Megan,

So sorry to do this last minute but I have to cancel our 10am today. My flight back from Denver got canceled and I'm stuck at the airport until at least noon. I know your policy is 24 hours, I'm fine paying the late fee, just let me know how much. Can we look at next week instead?

José

Sent from my iPhone
""",
     "label": {"recipient_name": "José Álvarez", "recipient_name_alternatives": ["José"],
               "sender_name": "Megan Clarke", "sender_name_alternatives": ["Megan"],
               "meeting": "Today's session", "meeting_alternatives": ["session", "our 10am today"],
               "meeting_time": "10am today", "meeting_time_iso": "2026-12-09T10:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation", "cancellation_policy"]}},
    {"file": "004.txt",
     "text": """
Hi Rachel,

Any chance we could move our mortgage review on Tuesday at 11? I've just been told I'm needed at a conference in Leeds all day Tuesday. Would tomorrow at half past two work instead, or Wednesday morning first thing (9.15)?

Many thanks,
Gareth Hughes

Sent from my Samsung Galaxy smartphone.
""",
     "label": {"recipient_name": "Gareth Hughes", "recipient_name_alternatives": ["Gareth"],
               "sender_name": "Rachel",
               "meeting": "our mortgage review", "meeting_alternatives": ["mortgage review"],
               "meeting_time": "Tuesday at 11", "meeting_time_iso": "2026-12-08T11:00",
               "proposed_times": ["tomorrow at half past two", "Wednesday morning first thing (9.15)"],
               "proposed_times_iso": ["2026-12-07T14:30", "2026-12-09T09:15"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},
    {"file": "005.eml",
     "headers": {"From": ("Søren Holm", "soren.holm@larkfield.example.co.uk"),
                 "To": ("Kate Fenwick", "kate@fenwick-payments.example.co.uk"),
                 "Subject": "FW: Vendor review – payments platform",
                 "Date": "Fri, 04 Dec 2026 16:05:00 +0000",
                 "Message-ID": "<v14en005.LO2P@larkfield.example.co.uk>"},
     "body": """
Kate – see below, can you make next Thursday? It'd really help to have you in the room when we go through the SLA numbers. Tariq and Ben will be there from procurement.

Søren

Søren Holm
Head of Operations, Larkfield Bank plc
+44 20 7946 0321

-----Original Appointment-----
From: Tariq Aziz <tariq.aziz@larkfield.example.co.uk>
Sent: 04 December 2026 14:30
To: Søren Holm; Ben Carter
Subject: Vendor review – payments platform
When: 10 December 2026 10:00-11:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
Where: Meeting room 4B / Teams

Agenda to follow.

This message is confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it.
""",
     "label": {"recipient_name": "Søren Holm", "recipient_name_alternatives": ["Søren"],
               "sender_name": "Kate Fenwick", "sender_name_alternatives": ["Kate"],
               "meeting": "Vendor review – payments platform", "meeting_alternatives": ["Vendor review"],
               "meeting_time": "10 December 2026 10:00-11:30", "meeting_time_iso": "2026-12-10T10:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "006.txt",
     "text": """
Hi there,

I'm thinking of booking the 6-week Pilates block for my mam as a Christmas present. Just wondering what happens if she has to miss one or cancel at short notice, would she lose the class or can it be moved? And is there any refund if she can't finish the block at all?

Thanks a mil,
Gráinne O'Sullivan
087 123 4567
""",
     "label": {"recipient_name": "Gráinne O'Sullivan", "recipient_name_alternatives": ["Gráinne"],
               "sender_name": None,
               "meeting": "the 6-week Pilates block", "meeting_alternatives": ["6-week Pilates block", "Pilates block"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "007.eml",
     "headers": {"From": ("Marisol Peña", "marisol.pena@example.co.uk"),
                 "To": ("Dr Alan Reid", "reception@reid-physio.example.co.uk"),
                 "Subject": "Missed appointment this afternoon",
                 "Date": "Mon, 07 Dec 2026 19:40:00 +0000",
                 "Message-ID": "<v14en007-3c9d@example.co.uk>"},
     "body": """
Dear Dr Reid,

I'm so sorry I missed my appointment at 4:15 this afternoon. I got the date muddled and had it in my diary for Tuesday. I do still need the follow-up on my knee, so could I book in for another slot? I'm free any morning this week except Thursday.

Kind regards,
Marisol Peña

--
Sent from Outlook for Android
""",
     "label": {"recipient_name": "Marisol Peña", "recipient_name_alternatives": ["Marisol"],
               "sender_name": "Dr Alan Reid", "sender_name_alternatives": ["Alan Reid", "Dr Reid"],
               "meeting": "my appointment",
               "meeting_alternatives": ["appointment", "the follow-up on my knee", "Missed appointment this afternoon"],
               "meeting_time": "4:15 this afternoon", "meeting_time_iso": "2026-12-07T16:15",
               "proposed_times": [], "proposed_times_iso": [], "kind": "absence_notice",
               "suggested_intents": ["no_show_followup"]}},
    {"file": "008.txt",
     "text": """
Hi Niamh,
Just to let you know we won't need the Christmas party venue walk-through on Friday 18th at 11 after all, the committee went with the hotel in the end. Sorry for the messing! Thanks a million for all your help, really appreciated.
Declan

Declan Byrne
Social Committee, Kilbride Engineering
""",
     "label": {"recipient_name": "Declan Byrne", "recipient_name_alternatives": ["Declan"],
               "sender_name": "Niamh",
               "meeting": "the Christmas party venue walk-through",
               "meeting_alternatives": ["Christmas party venue walk-through", "venue walk-through", "walk-through"],
               "meeting_time": "Friday 18th at 11", "meeting_time_iso": "2026-12-18T11:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["reschedule"]}},
    {"file": "009.eml",
     "headers": {"From": ("Rajesh Subramaniam", "rajesh.s@pacificcold.example.sg"),
                 "To": ("Wei Ling Tan", "weiling@tanassociates.example.sg"),
                 "Subject": "Re: Site visit – Tuas warehouse",
                 "Date": "Tue, 08 Dec 2026 22:41:00 +0800",
                 "Message-ID": "<v14en009.SG2P@pacificcold.example.sg>",
                 "In-Reply-To": "<wlt-1207-1710@tanassociates.example.sg>"},
     "body": """
Hi Wei Ling,

Sorry ah, Thursday 9.30am cannot make it, our MD just called an urgent meeting. Can we shift the site visit to Fri 11 Dec 2pm? If not, Mon 14 Dec 10am also ok.

Thanks & regards
Rajesh

Sent from my phone

-----Original Message-----
From: Wei Ling Tan <weiling@tanassociates.example.sg>
Sent: Monday, December 7, 2026 5:10 PM
To: Rajesh Subramaniam <rajesh.s@pacificcold.example.sg>
Subject: Site visit – Tuas warehouse

Hi Rajesh, confirming the site visit on Thursday 10 Dec, 9.30am–12pm. Please arrange safety shoes for two.
Wei Ling
""",
     "label": {"recipient_name": "Rajesh Subramaniam", "recipient_name_alternatives": ["Rajesh"],
               "sender_name": "Wei Ling Tan", "sender_name_alternatives": ["Wei Ling"],
               "meeting": "the site visit", "meeting_alternatives": ["site visit", "Site visit – Tuas warehouse"],
               "meeting_time": "Thursday 9.30am", "meeting_time_iso": "2026-12-10T09:30",
               "proposed_times": ["Fri 11 Dec 2pm", "Mon 14 Dec 10am"],
               "proposed_times_iso": ["2026-12-11T14:00", "2026-12-14T10:00"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "-----Original Message-----"}},
    {"file": "010.txt",
     "text": """
Dear Ms Okonkwo,

Further to our telephone conversation on Friday, I should be grateful if you would attend a meeting of the Finance and General Purposes Committee on Wednesday 16 December at 6.30 pm in the Burgh Halls, Linlithgow, to present your findings on the reserves policy. Councillor Fiona Grant will chair, and the papers will be circulated by Monday.

Yours sincerely,

Alasdair Kerr
Clerk to the Trustees
Linlithgow Community Trust
Tel: 01506 123 456

Linlithgow Community Trust is a Scottish Charitable Incorporated Organisation. This email and any attachment are confidential and intended only for the addressee.
""",
     "label": {"recipient_name": "Alasdair Kerr", "recipient_name_alternatives": ["Alasdair"],
               "sender_name": "Okonkwo", "sender_name_alternatives": ["Ms Okonkwo"],
               "meeting": "a meeting of the Finance and General Purposes Committee",
               "meeting_alternatives": ["meeting of the Finance and General Purposes Committee",
                                        "Finance and General Purposes Committee"],
               "meeting_time": "Wednesday 16 December at 6.30 pm", "meeting_time_iso": "2026-12-16T18:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
]
