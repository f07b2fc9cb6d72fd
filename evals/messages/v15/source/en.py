"""v15 English client messages (US, UK, Irish, Scottish, Australian, Singapore), hand-written (data-be, 8 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml",
     "headers": {"From": ("Zoë Hartley-Nunez", "zoe.hartley@brightpath.example.com"),
                 "To": ("Daniel Okafor", "daniel@okafor-consulting.example.com"),
                 "Subject": "Cancellation terms before we sign",
                 "Date": "Mon, 07 Dec 2026 10:05:00 -0500",
                 "Message-ID": "<v15en001.77@brightpath.example.com>"},
     "html": True,
     "body": """
Hi Daniel,

Before our procurement team signs off on the coaching package, could you clarify your cancellation terms? Specifically: how much notice do you need to move a session without a charge, and what happens if one of our VPs cancels same-day? Rachel in Legal asked me to get this in writing.

Thanks so much,
Zoë

Zoë Hartley-Nunez
Director, People & Culture | BrightPath Health
(617) 555-0148
""",
     "label": {"recipient_name": "Zoë Hartley-Nunez", "recipient_name_alternatives": ["Zoë"],
               "sender_name": "Daniel Okafor", "sender_name_alternatives": ["Daniel"],
               "meeting": "the coaching package", "meeting_alternatives": ["coaching package", "a session"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "002.txt",
     "text": """
G'day Mel,
Any chance you could swing by the site to go over the landscaping plans with me and Dazza? Wednesday arvo, say 2ish? Happy to shout you a coffee after.
Cheers
Brendan
""",
     "label": {"recipient_name": "Brendan", "sender_name": "Mel",
               "meeting": "go over the landscaping plans", "meeting_alternatives": ["the landscaping plans",
                                                                                   "landscaping plans"],
               "meeting_time": "Wednesday arvo, say 2ish", "meeting_time_iso": "2026-12-09T14:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "003.eml",
     "headers": {"From": ("Siobhán Gallagher", "s.gallagher@example.ie"),
                 "To": ("Conor Walsh", "conor@walsh-accountants.example.ie"),
                 "Subject": "RE: Tax return review",
                 "Date": "Tue, 08 Dec 2026 09:14:00 +0000",
                 "Message-ID": "<v15en003.3a@example.ie>",
                 "In-Reply-To": "<v15en003-o@walsh-accountants.example.ie>"},
     "body": """
Hi Conor,

Would it be awful if we pushed Thursday's review back? My mam's having a procedure that morning and I'd like to be with her. Could we do Monday the 14th at half ten instead, or failing that tomorrow at half past two if that's not too short notice?

Thanks a million,
Siobhán

-----Original Message-----
From: Conor Walsh <conor@walsh-accountants.example.ie>
Sent: 01 December 2026 15:22
To: Siobhán Gallagher <s.gallagher@example.ie>
Subject: Tax return review

Hi Siobhán, I've pencilled in Thursday 10 December at 11am for us to go through your return. Conor
""",
     "label": {"recipient_name": "Siobhán Gallagher", "recipient_name_alternatives": ["Siobhán"],
               "sender_name": "Conor Walsh", "sender_name_alternatives": ["Conor"],
               "meeting": "Thursday's review", "meeting_alternatives": ["review", "Tax return review",
                                                                       "RE: Tax return review"],
               "meeting_time": "Thursday", "meeting_time_iso": "2026-12-10",
               "proposed_times": ["Monday the 14th at half ten", "tomorrow at half past two"],
               "proposed_times_iso": ["2026-12-14T10:30", "2026-12-09T14:30"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "-----Original Message-----"}},
    {"file": "004.txt",
     "text": """
Dear Dr Fitzgerald,

I'm so sorry about yesterday at 3.15. I had the appointment in my diary but completely lost track of time at work, and by the time I remembered the clinic was closed. I know Aoife at reception tried to ring me.

Could I book in again? Any morning next week suits.

Kind regards,
Niamh Brennan
""",
     "label": {"recipient_name": "Niamh Brennan", "recipient_name_alternatives": ["Niamh"],
               "sender_name": "Fitzgerald", "sender_name_alternatives": ["Dr Fitzgerald"],
               "meeting": "the appointment", "meeting_alternatives": ["appointment"],
               "meeting_time": "yesterday at 3.15", "meeting_time_iso": "2026-12-05T15:15",
               "proposed_times": [], "proposed_times_iso": [], "kind": "absence_notice",
               "suggested_intents": ["no_show_followup"]}},
    {"file": "005.eml",
     "headers": {"From": ("Eilidh MacKenzie", "eilidh.mackenzie@example.scot"),
                 "To": ("Fraser Duncan", "fraser@duncan-physio.example.scot"),
                 "Subject": "tonight",
                 "Date": "Tue, 08 Dec 2026 15:47:00 +0000",
                 "Message-ID": "<v15en005.c1@example.scot>"},
     "body": """
Hi Fraser, really sorry but I'll have to cancel my physio at 6.30 tonight - the car's packed in and there's no buses out our way till later. Apologies for the short notice.
Eilidh

Sent from my phone
""",
     "label": {"recipient_name": "Eilidh MacKenzie", "recipient_name_alternatives": ["Eilidh"],
               "sender_name": "Fraser Duncan", "sender_name_alternatives": ["Fraser"],
               "meeting": "my physio", "meeting_alternatives": ["physio"],
               "meeting_time": "6.30 tonight", "meeting_time_iso": "2026-12-08T18:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation"]}},
    {"file": "006.eml",
     "headers": {"From": ("Priya Raghunathan", "priya.r@lumenhr.example.sg"),
                 "To": ("Marcus Tan", "marcus.tan@tan-advisory.example.sg"),
                 "Cc": [("Wei Ling Goh", "weiling.goh@lumenhr.example.sg")],
                 "Subject": "Quarterly review – adding a colleague",
                 "Date": "Mon, 07 Dec 2026 17:32:00 +0800",
                 "Message-ID": "<v15en006.5d@lumenhr.example.sg>"},
     "body": """
Hi Marcus,

Just confirming our quarterly review on Friday 11 Dec, 3pm at your office. I've copied Wei Ling, our new finance lead - hope it's ok if she joins us. Could you also send the deck by Thursday noon?

Best regards,
Priya Raghunathan
Head of Operations, Lumen HR Pte Ltd
+65 6225 0193

CONFIDENTIALITY: This email is intended only for the addressee and may contain privileged information.
""",
     "label": {"recipient_name": "Priya Raghunathan", "recipient_name_alternatives": ["Priya"],
               "sender_name": "Marcus Tan", "sender_name_alternatives": ["Marcus"],
               "meeting": "our quarterly review", "meeting_alternatives": ["quarterly review", "Quarterly review"],
               "meeting_time": "Friday 11 Dec, 3pm", "meeting_time_iso": "2026-12-11T15:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},
    {"file": "007.txt",
     "text": """
Hey Jordan -

Our board chair, Linda Alvarez, wants to do a strategy offsite in January and I'd love your help facilitating. Can we hop on a quick call to scope it? Tomorrow at 1:30pm ET works, or next Thursday anytime after 11.

Thanks!
Tyler

Tyler Brooks | Executive Director
Riverbend Community Foundation
(503) 555-0172
""",
     "label": {"recipient_name": "Tyler Brooks", "recipient_name_alternatives": ["Tyler"],
               "sender_name": "Jordan", "meeting": "a quick call to scope it",
               "meeting_alternatives": ["a quick call", "quick call", "a strategy offsite"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": ["Tomorrow at 1:30pm ET", "next Thursday anytime after 11"],
               "proposed_times_iso": ["2026-12-07T13:30", "2026-12-10T11:00"],
               "kind": "invitation", "suggested_intents": INV}},
    {"file": "008.txt",
     "text": """
Hi Hannah,

Afraid we'll have to cancel the team-building workshop on the 18th (10:00-16:00). Our MD, Graham, has announced a restructure and it's not the right moment. We'd still like to do it in the spring if you have dates. Will the deposit carry over?

Many thanks,
Olivia Pemberton
Office Manager, Halden & Cross LLP
""",
     "label": {"recipient_name": "Olivia Pemberton", "recipient_name_alternatives": ["Olivia"],
               "sender_name": "Hannah", "meeting": "the team-building workshop",
               "meeting_alternatives": ["team-building workshop", "workshop"],
               "meeting_time": "the 18th (10:00-16:00)", "meeting_time_iso": "2026-12-18T10:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["reschedule", "cancellation_policy"]}},
    {"file": "009.txt",
     "text": """
Hi Mr Lim,

So sorry, can we shift the site inspection for the condo reno from tmr 10am to Thurs 10 Dec 2pm? My contractor Ah Seng says the tiles only arrive Wed. If Thurs cannot then Fri morning also can.

Thanks ah
Jasmine Koh
""",
     "label": {"recipient_name": "Jasmine Koh", "recipient_name_alternatives": ["Jasmine"],
               "sender_name": "Lim", "sender_name_alternatives": ["Mr Lim"],
               "meeting": "the site inspection", "meeting_alternatives": ["site inspection",
                                                                          "the site inspection for the condo reno"],
               "meeting_time": "tmr 10am", "meeting_time_iso": "2026-12-07T10:00",
               "proposed_times": ["Thurs 10 Dec 2pm", "Fri morning"],
               "proposed_times_iso": ["2026-12-10T14:00", "2026-12-11"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},
    {"file": "010.eml",
     "headers": {"From": ("Rhiannon Prys-Jones", "rhiannon@cadair-events.example.co.uk"),
                 "To": ("Sam Whitaker", "sam@whitaker-pr.example.co.uk"),
                 "Subject": "Fw: Invitation: Press launch planning @ Tue 15 Dec 2026 11:00 - 12:00 (GMT)",
                 "Date": "Mon, 07 Dec 2026 12:09:00 +0000",
                 "Message-ID": "<v15en010.ab@cadair-events.example.co.uk>"},
     "body": """
Sam - forwarding this as you'll need to be in it, Gareth's asked for PR to be there. Shout if the time's a problem.
Rhi

---------- Forwarded message ---------
From: Gareth Lloyd <gareth.lloyd@cadair-events.example.co.uk>
Date: Fri, 4 Dec 2026 at 16:48
Subject: Invitation: Press launch planning @ Tue 15 Dec 2026 11:00 - 12:00 (GMT)
To: <rhiannon@cadair-events.example.co.uk>

Press launch planning
Tuesday 15 December 2026 ⋅ 11:00 – 12:00
Meeting room 2, Cardiff Bay office
Google Meet joining info: meet.example.com/xqa-rtpw-kzm
""",
     "label": {"recipient_name": "Rhiannon Prys-Jones", "recipient_name_alternatives": ["Rhi"],
               "sender_name": "Sam Whitaker", "sender_name_alternatives": ["Sam"],
               "meeting": "Press launch planning",
               "meeting_alternatives": ["Invitation: Press launch planning"],
               "meeting_time": "Tuesday 15 December 2026 ⋅ 11:00 – 12:00", "meeting_time_iso": "2026-12-15T11:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
]
