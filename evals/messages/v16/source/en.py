"""v16 English client messages (US, Irish, Australian, Scottish, Welsh, Indian, Singapore), hand-written (data-bi,
8 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.txt",
     "text": """
Hi Megan,

Would you be free to join a quick call next Thursday at 3pm ET to walk through the Q1 forecast? Dana from finance will dial in too, and maybe Josh if he's back from Denver.

Thanks!
Tyler

Tyler Brooks | Director of Operations | Redwood Pet Supply
(503) 555-0192
""",
     "label": {"recipient_name": "Tyler Brooks", "recipient_name_alternatives": ["Tyler"],
               "sender_name": "Megan", "sender_name_alternatives": [],
               "meeting": "a quick call", "meeting_alternatives": ["quick call", "the Q1 forecast"],
               "meeting_time": "next Thursday at 3pm ET", "meeting_time_iso": "2026-12-10T15:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.eml",
     "headers": {"From": ("Siobhán O'Rourke", "siobhan.orourke@example.ie"),
                 "To": ("Gareth Hughes", "gareth@hughes-coaching.example.co.uk"),
                 "Subject": "Today's session",
                 "Date": "Fri, 22 Jan 2027 08:20:00 +0000",
                 "Message-ID": "<v16en002.4a1b@example.ie>"},
     "body": """
Morning Gareth,

Really sorry to do this so late but I'm going to have to cancel our session at half two today - my childminder has just rung in sick and there's no one else to mind the kids. Happy to pay the late fee, of course. Let me know what works next week.

Thanks a million,
Siobhán

Sent from my phone
""",
     "label": {"recipient_name": "Siobhán O'Rourke", "recipient_name_alternatives": ["Siobhán"],
               "sender_name": "Gareth Hughes", "sender_name_alternatives": ["Gareth"],
               "meeting": "our session", "meeting_alternatives": ["session", "Today's session"],
               "meeting_time": "half two today", "meeting_time_iso": "2027-01-22T14:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation", "cancellation_policy"]}},
    {"file": "003.eml",
     "headers": {"From": ("Chloé Dubois-Warner", "cdwarner@harborpoint.example.com"),
                 "To": ("Ryan Patel", "ryan.patel@patel-sourcing.example.com"),
                 "Subject": "RE: Vendor review – Thursday",
                 "Date": "Mon, 25 Jan 2027 09:05:00 -0500",
                 "Message-ID": "<v16en003.91f0@harborpoint.example.com>",
                 "In-Reply-To": "<v16en003-orig@patel-sourcing.example.com>"},
     "html": True,
     "body": """
Hi Ryan,

Unfortunately Thursday's vendor review won't work on our end anymore - our CFO, Linda Park, got pulled into board prep. Could we push it to Tuesday 2/2 at 11:00am or Wednesday 2/3 any time after 1?

Best,
Chloé

Chloé Dubois-Warner | Procurement Lead
Harbor Point Logistics
O: (617) 555-0148

-----Original Message-----
From: Ryan Patel <ryan.patel@patel-sourcing.example.com>
Sent: Friday, January 22, 2027 4:47 PM
To: Chloé Dubois-Warner <cdwarner@harborpoint.example.com>
Subject: Vendor review – Thursday

Hi Chloé, confirming the vendor review on Thursday 1/28 at 2:00pm ET. I'll send a Zoom link.
Ryan
""",
     "label": {"recipient_name": "Chloé Dubois-Warner", "recipient_name_alternatives": ["Chloé"],
               "sender_name": "Ryan Patel", "sender_name_alternatives": ["Ryan"],
               "meeting": "Thursday's vendor review",
               "meeting_alternatives": ["vendor review", "Vendor review – Thursday", "RE: Vendor review – Thursday"],
               "meeting_time": "Thursday's", "meeting_time_iso": "2027-01-28",
               "proposed_times": ["Tuesday 2/2 at 11:00am", "Wednesday 2/3 any time after 1"],
               "proposed_times_iso": ["2027-02-02T11:00", "2027-02-03T13:00"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "-----Original Message-----"}},
    {"file": "004.txt",
     "text": """
Hi Dr Nguyen,

So sorry I missed my appointment yesterday arvo at 4 - completely slipped my mind with the kids on school holidays. Could I book in for Thursday morning instead? Happy to take whatever's free.

Cheers,
Brooke Taylor
0412 556 093
""",
     "label": {"recipient_name": "Brooke Taylor", "recipient_name_alternatives": [],
               "sender_name": "Nguyen", "sender_name_alternatives": ["Dr Nguyen"],
               "meeting": "my appointment", "meeting_alternatives": ["appointment"],
               "meeting_time": "yesterday arvo at 4", "meeting_time_iso": "2026-12-05T16:00",
               "proposed_times": ["Thursday morning"], "proposed_times_iso": ["2026-12-10"],
               "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},
    {"file": "005.eml",
     "headers": {"From": ("Zoë Fairbairn", "zoe.fairbairn@fairbairn-muir.example.co.uk"),
                 "To": ("Isla Grant", "isla@grant-leadership.example.co.uk"),
                 "Subject": "Cancellation terms for the leadership workshop",
                 "Date": "Tue, 05 Jan 2027 19:30:00 +0000",
                 "Message-ID": "<v16en005.6c2e@fairbairn-muir.example.co.uk>"},
     "body": """
Dear Isla,

Thank you for sending through the proposal for the two-day leadership workshop. Before I get sign-off from Neil, could you clarify your cancellation terms? In particular, if we had to postpone with less than a fortnight's notice, would the deposit be refunded or carried over?

Kind regards,

Zoë Fairbairn
Head of People | Fairbairn & Muir Ltd, Edinburgh

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
""",
     "label": {"recipient_name": "Zoë Fairbairn", "recipient_name_alternatives": [],
               "sender_name": "Isla Grant", "sender_name_alternatives": ["Isla"],
               "meeting": "the two-day leadership workshop",
               "meeting_alternatives": ["two-day leadership workshop", "leadership workshop",
                                        "Cancellation terms for the leadership workshop"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "006.txt",
     "text": """
Hi Mr Tan,

Just to confirm I will be attending the onboarding session on Wed 9 Dec at 10am. Can I bring my colleague Priya along? She will be handling the account from Jan. Also pls share the deck beforehand if possible.

Thanks & regards,
Arjun Menon
""",
     "label": {"recipient_name": "Arjun Menon", "recipient_name_alternatives": [],
               "sender_name": "Tan", "sender_name_alternatives": ["Mr Tan"],
               "meeting": "the onboarding session", "meeting_alternatives": ["onboarding session"],
               "meeting_time": "Wed 9 Dec at 10am", "meeting_time_iso": "2026-12-09T10:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},
    {"file": "007.eml",
     "headers": {"From": ("Rhys Pritchard", "rhys.pritchard@dyfi-outdoor.example.co.uk"),
                 "To": ("Fiona Walsh", "fiona@walsh-marketing.example.co.uk"),
                 "Subject": "Fwd: Invitation: Spring campaign kick-off @ Thu 21 Jan 2027 10:00 - 11:30 (GMT)",
                 "Date": "Wed, 13 Jan 2027 12:02:00 +0000",
                 "Message-ID": "<v16en007.f03d@dyfi-outdoor.example.co.uk>"},
     "body": """
Fiona - forwarding this so you've got it, would be great to have you there for the creative bit. Ellie's running it.
R.

---------- Forwarded message ---------
From: Ellie Marsh <ellie.marsh@dyfi-outdoor.example.co.uk>
Date: Wed, 13 Jan 2027 at 11:40
Subject: Invitation: Spring campaign kick-off @ Thu 21 Jan 2027 10:00 - 11:30 (GMT)
To: <rhys.pritchard@dyfi-outdoor.example.co.uk>

Spring campaign kick-off
Thursday 21 January 2027 ⋅ 10:00 – 11:30
Time zone: Europe/London
Google Meet joining info
Video call link: https://meet.example.com/abc-defg-hij

Invitation from Google Calendar
""",
     "label": {"recipient_name": "Rhys Pritchard", "recipient_name_alternatives": ["R."],
               "sender_name": "Fiona Walsh", "sender_name_alternatives": ["Fiona"],
               "meeting": "Spring campaign kick-off",
               "meeting_alternatives": ["Invitation: Spring campaign kick-off",
                                        "Fwd: Invitation: Spring campaign kick-off @ Thu 21 Jan 2027 10:00 - 11:30 (GMT)"],
               "meeting_time": "Thursday 21 January 2027 ⋅ 10:00 – 11:30", "meeting_time_iso": "2027-01-21T10:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "008.txt",
     "text": """
Hi Aoife,

I'm afraid we'll have to cancel the site visit on Monday the 14th, the planners have pushed back our meeting with them and there's no point going out to the farm before that. Will the booking fee carry over to a new date?

Thanks,
Declan
""",
     "label": {"recipient_name": "Declan", "recipient_name_alternatives": [],
               "sender_name": "Aoife", "sender_name_alternatives": [],
               "meeting": "the site visit", "meeting_alternatives": ["site visit"],
               "meeting_time": "Monday the 14th", "meeting_time_iso": "2026-12-14",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["reschedule", "cancellation_policy"]}},
    {"file": "009.eml",
     "headers": {"From": ("Raj Malhotra", "raj.malhotra@kestrel-infotech.example.in"),
                 "To": ("Emily Carter", "emily.carter@carter-advisory.example.co.uk"),
                 "Subject": "Re: Project review meeting",
                 "Date": "Thu, 07 Jan 2027 22:15:00 +0530",
                 "Message-ID": "<CAv16en009r@mail.kestrel-infotech.example.in>",
                 "In-Reply-To": "<v16en009-orig@carter-advisory.example.co.uk>"},
     "body": """
Hi Emily,

Sorry for the short notice, but tomorrow at 2.30 pm IST clashes with a client escalation that Vikram has asked me to lead. Can we do the project review on Monday the 11th, same time, or Tuesday morning at 10?

Regards,
Raj Malhotra
Senior Manager - Delivery
Kestrel Infotech Pvt. Ltd., Pune
+91 98220 41577

On Wed, 6 Jan 2027 at 18:04, Emily Carter <emily.carter@carter-advisory.example.co.uk> wrote:
> Hi Raj, let's do the project review meeting on Friday 8 Jan at 9am GMT / 2.30 pm IST.
> Emily
""",
     "label": {"recipient_name": "Raj Malhotra", "recipient_name_alternatives": [],
               "sender_name": "Emily Carter", "sender_name_alternatives": ["Emily"],
               "meeting": "the project review",
               "meeting_alternatives": ["project review", "Project review meeting", "Re: Project review meeting"],
               "meeting_time": "tomorrow at 2.30 pm IST", "meeting_time_iso": "2027-01-08T14:30",
               "proposed_times": ["Monday the 11th, same time", "Tuesday morning at 10"],
               "proposed_times_iso": ["2027-01-11T14:30", "2027-01-12T10:00"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "On Wed, 6 Jan 2027 at 18:04, Emily Carter <emily.carter@carter-advisory.example.co.uk> wrote:"}},
    {"file": "010.txt",
     "text": """
Hiya Jamie,

Fancy a coffee on Tuesday at 10ish at the wee place on the Grassmarket to chat about the new website? Kirsty and Ross from the shop might tag along if they can get cover.

Let me know!
Morag x
""",
     "label": {"recipient_name": "Morag", "recipient_name_alternatives": [],
               "sender_name": "Jamie", "sender_name_alternatives": [],
               "meeting": "a coffee", "meeting_alternatives": ["coffee", "the new website"],
               "meeting_time": "Tuesday at 10ish", "meeting_time_iso": "2026-12-08T10:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
]
