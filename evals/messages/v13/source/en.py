"""v13 English client messages (UK, Irish, US, Australian), hand-written (data-at, 7 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml",
     "headers": {"From": ("Siobhán Ní Bhriain", "siobhan.nibhriain@corrib-foods.example.ie"),
                 "To": ("Owen Price", "owen@price-analytics.example.co.uk"),
                 "Subject": "Quarterly business review – December",
                 "Date": "Mon, 07 Dec 2026 11:48:00 +0000",
                 "Message-ID": "<v13en001@corrib-foods.example.ie>"},
     "body": """
Hi Owen,

Hope you're keeping well. We'd like to hold the quarterly business review on Wed 16 Dec, 2:30–4pm GMT, on Teams as usual. Could you let me know by close of play Friday so I can send the pack round?

Thanks a million,
Siobhán

Siobhán Ní Bhriain | Commercial Manager | Corrib Foods Ltd
This e-mail and any attachments are confidential and intended solely for the addressee.
""",
     "label": {"recipient_name": "Siobhán Ní Bhriain", "recipient_name_alternatives": ["Siobhán"],
               "sender_name": "Owen Price", "sender_name_alternatives": ["Owen"],
               "meeting": "the quarterly business review", "meeting_alternatives": ["quarterly business review", "Quarterly business review – December"],
               "meeting_time": "Wed 16 Dec, 2:30–4pm GMT", "meeting_time_iso": "2026-12-16T14:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.txt",
     "text": """
hey Dan, any chance we can move our Thursday session this week? Thursday 7pm is out, it's the kids' nativity play 🎄 same time next week, or Fri 11th at 8.30am? cheers, Mel
""",
     "label": {"recipient_name": "Mel", "sender_name": "Dan",
               "meeting": "our Thursday session", "meeting_alternatives": ["Thursday session", "session"],
               "meeting_time": "Thursday 7pm", "meeting_time_iso": "2026-12-10T19:00",
               "proposed_times": ["same time next week", "Fri 11th at 8.30am"],
               "proposed_times_iso": ["2026-12-17T19:00", "2026-12-11T08:30"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},
    {"file": "003.eml",
     "headers": {"From": ("Renée Okafor", "renee.okafor@example.co.uk"),
                 "To": ("Tom Whitaker", "tom@whitaker-tutoring.example.co.uk"),
                 "Subject": "RE: Zoë - maths tutoring this week",
                 "Date": "Wed, 09 Dec 2026 13:20:00 +0000",
                 "Message-ID": "<v13en003@example.co.uk>",
                 "In-Reply-To": "<tw-5520@whitaker-tutoring.example.co.uk>"},
     "body": """
Hi Tom,

So sorry for the short notice but Zoë has come home from school with a temperature, so we'll have to cancel her maths lesson at 4:15 today. Happy to pay for it of course, just add it to the next invoice.

Best,
Renée

-----Original Message-----
From: Tom Whitaker <tom@whitaker-tutoring.example.co.uk>
Sent: 06 December 2026 18:02
To: Renée Okafor <renee.okafor@example.co.uk>
Subject: Zoë - maths tutoring this week

Hi Renée, just confirming Zoë's lesson on Wednesday 9th, 4.15-5.15pm. Tom
""",
     "html": True,
     "label": {"recipient_name": "Renée Okafor", "recipient_name_alternatives": ["Renée"],
               "sender_name": "Tom Whitaker", "sender_name_alternatives": ["Tom"],
               "meeting": "her maths lesson", "meeting_alternatives": ["maths lesson", "maths tutoring"],
               "meeting_time": "4:15 today", "meeting_time_iso": "2026-12-09T16:15",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation", "cancellation_policy"],
               "quoted_from": "-----Original Message-----"}},
    {"file": "004.txt",
     "text": """
Hi Priya,
Really sorry I missed my physio appt this morning at 9:40 – overslept after a night shift, no excuse. Let me know what I owe.
Craig
""",
     "label": {"recipient_name": "Craig", "sender_name": "Priya",
               "meeting": "my physio appt", "meeting_alternatives": ["physio appt", "physio"],
               "meeting_time": "this morning at 9:40", "meeting_time_iso": "2026-12-06T09:40",
               "proposed_times": [], "proposed_times_iso": [], "kind": "absence_notice",
               "suggested_intents": ["no_show_followup"]}},
    {"file": "005.txt",
     "text": """
Hi Hannah,

We're thinking of booking the family photo session on 12/19 at 10am at Washington Park. Before we pay the deposit, what's your cancellation policy if the weather is bad or one of the kids gets sick?

Thanks!
José Álvarez

Sent from my iPhone
""",
     "label": {"recipient_name": "José Álvarez", "recipient_name_alternatives": ["José"],
               "sender_name": "Hannah", "sender_name_alternatives": [],
               "meeting": "the family photo session", "meeting_alternatives": ["family photo session", "photo session"],
               "meeting_time": "12/19 at 10am", "meeting_time_iso": "2026-12-19T10:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "006.eml",
     "headers": {"From": ("Greg Turner", "greg.turner@harbourline.example.com"),
                 "To": ("Nadia Costa", "nadia@costa-consulting.example.com"),
                 "Subject": "Fwd: Invitation: Vendor onboarding kickoff @ Tue Dec 15, 2026 10am - 11am (EST)",
                 "Date": "Tue, 08 Dec 2026 08:14:00 -0500",
                 "Message-ID": "<v13en006@harbourline.example.com>"},
     "body": """
Can you make this one?

Sent from my iPhone

Begin forwarded message:

From: Google Calendar <calendar-notification@google.example.com>
Date: December 8, 2026 at 8:02:11 AM EST
To: greg.turner@harbourline.example.com
Subject: Invitation: Vendor onboarding kickoff @ Tue Dec 15, 2026 10am - 11am (EST)

Vendor onboarding kickoff
When: Tuesday Dec 15, 2026 ⋅ 10am – 11am (Eastern Time - New York)
Where: Harbourline HQ, 4th floor, Room Pier
""",
     "label": {"recipient_name": "Greg Turner", "recipient_name_alternatives": ["Greg"],
               "sender_name": "Nadia Costa", "sender_name_alternatives": [],
               "meeting": "Vendor onboarding kickoff", "meeting_alternatives": ["onboarding kickoff"],
               "meeting_time": "Tuesday Dec 15, 2026 ⋅ 10am – 11am", "meeting_time_iso": "2026-12-15T10:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "007.txt",
     "text": """
Hi Fiona,

Unfortunately we need to cancel our group's booking for the wine tasting at Harbour Hall on Sat 19th, 6.30pm – half the team has come down with the flu. Is the $200 deposit refundable, or can it go towards a date in February?

Kind regards,
Liam Nguyen
Events Coordinator, Bayside Physio (Brisbane)
""",
     "label": {"recipient_name": "Liam Nguyen", "recipient_name_alternatives": ["Liam"],
               "sender_name": "Fiona", "sender_name_alternatives": [],
               "meeting": "the wine tasting at Harbour Hall", "meeting_alternatives": ["wine tasting"],
               "meeting_time": "Sat 19th, 6.30pm", "meeting_time_iso": "2026-12-19T18:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["reschedule", "cancellation_policy"]}},
    {"file": "008.eml",
     "headers": {"From": ("Ashok Menon", "ashok.menon@menon-textiles.example.co.uk"),
                 "To": ("Claire Dumas", "claire.dumas@dumas-traduction.example.fr"),
                 "Subject": "Re: Relecture du catalogue",
                 "Date": "Mon, 07 Dec 2026 15:35:00 +0000",
                 "Message-ID": "<v13en008@menon-textiles.example.co.uk>",
                 "In-Reply-To": "<cd-417@dumas-traduction.example.fr>"},
     "body": """
Dear Claire,

Thank you – unfortunately Tuesday at 11 is no good for me any more, I'm stuck in a supplier meeting all morning. Could we do tomorrow after lunch instead, or Thursday 10th at 3.15pm UK time?

Kind regards,
Ashok

Le lun. 7 déc. 2026 à 09:14, Claire Dumas <claire.dumas@dumas-traduction.example.fr> a écrit :
> Bonjour Ashok, je vous propose de faire la relecture du catalogue ensemble mardi 8 décembre à 12h (heure de Paris). Bien à vous, Claire
""",
     "label": {"recipient_name": "Ashok Menon", "recipient_name_alternatives": ["Ashok"],
               "sender_name": "Claire Dumas", "sender_name_alternatives": ["Claire"],
               "meeting": "Relecture du catalogue", "meeting_alternatives": ["catalogue"],
               "meeting_time": "Tuesday at 11", "meeting_time_iso": "2026-12-08T11:00",
               "proposed_times": ["tomorrow after lunch", "Thursday 10th at 3.15pm UK time"],
               "proposed_times_iso": ["2026-12-08", "2026-12-10T15:15"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "Le lun. 7 déc. 2026 à 09:14, Claire Dumas <claire.dumas@dumas-traduction.example.fr> a écrit :"}},
    {"file": "009.txt",
     "text": """
Hi there,

Got your details from Sam at the chamber. Would you be up for a coffee to talk through the franchise proposal? Monday 14th, 8am-ish at the Grind on Main St works for me – I'm at the shop 6am–2pm weekdays so early is best.

Cheers,
Dwayne Kowalski
Kowalski's Bakery
""",
     "label": {"recipient_name": "Dwayne Kowalski", "recipient_name_alternatives": ["Dwayne"],
               "sender_name": None,
               "meeting": "a coffee to talk through the franchise proposal",
               "meeting_alternatives": ["the franchise proposal", "franchise proposal", "a coffee"],
               "meeting_time": "Monday 14th, 8am-ish", "meeting_time_iso": "2026-12-14T08:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "010.eml",
     "headers": {"From": ("Priyanka Raghunathan", "priyanka.r@tessellate.example.sg"),
                 "To": ("Marcus Lee", "marcus.lee@lee-advisory.example.sg"),
                 "Cc": [("Wei Ling Tan", "weiling.tan@tessellate.example.sg")],
                 "Subject": "Board prep call Friday",
                 "Date": "Wed, 09 Dec 2026 09:30:00 +0800",
                 "Message-ID": "<v13en010@tessellate.example.sg>"},
     "body": """
Hi Marcus,

Looping in Wei Ling, our new CFO, for the board prep call on Friday at 16:00. Could you please share the deck with her beforehand, ideally by Thursday noon?

Thanks,
Priyanka
""",
     "cte": "base64",
     "label": {"recipient_name": "Priyanka Raghunathan", "recipient_name_alternatives": ["Priyanka"],
               "sender_name": "Marcus Lee", "sender_name_alternatives": ["Marcus"],
               "meeting": "the board prep call", "meeting_alternatives": ["board prep call", "Board prep call Friday"],
               "meeting_time": "Friday at 16:00", "meeting_time_iso": "2026-12-11T16:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},
]
