"""English client messages of the v11 set (hand-written, with their labels). See ../README.md."""

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Siobhán Ní Chonaill", "siobhan.nichonaill@liffeyhousing.example.ie"),
            "To": ("Declan Fennelly", "declan@fennellygovernance.example.ie"),
            "Subject": "Board strategy away-day – 14 January",
            "Date": "Mon, 07 Dec 2026 10:05:00 +0000",
            "Message-ID": "<DB7PR-snc-071226-1005@liffeyhousing.example.ie>",
        },
        "body": """
Hi Declan,

I hope you're keeping well. The board would love you to facilitate our strategy away-day on Thursday 14 January, 9.30am–4pm, at the Marker Hotel on Grand Canal Square.
We'd like to spend the morning on the 2027–2030 plan and the afternoon on board succession. Lunch will be served at 1pm.

Could you let me know by Friday 18th December whether you're available, and send on your fee for the day?

Many thanks,
Siobhán

Siobhán Ní Chonaill
Company Secretary
Liffey Housing Association CLG
""",
        "label": {
            "recipient_name": "Siobhán Ní Chonaill", "recipient_name_alternatives": ["Siobhán"],
            "sender_name": "Declan Fennelly", "sender_name_alternatives": ["Declan"],
            "meeting": "our strategy away-day",
            "meeting_alternatives": ["strategy away-day", "Board strategy away-day"],
            "meeting_time": "Thursday 14 January, 9.30am–4pm", "meeting_time_iso": "2027-01-14T09:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
    {
        "file": "002.txt",
        "text": """
Hey Jordan - any chance we could push our coaching call tomorrow at 11am to the same time next week? My manager just dropped a quarterly review on me 😩 Or Wed after 3 works too if that's easier.
Thx!!
Kayla

Sent from my iPhone
""",
        "label": {
            "recipient_name": "Kayla", "recipient_name_alternatives": [],
            "sender_name": "Jordan", "sender_name_alternatives": [],
            "meeting": "our coaching call", "meeting_alternatives": ["coaching call"],
            "meeting_time": "tomorrow at 11am", "meeting_time_iso": "2026-12-07T11:00",
            "proposed_times": ["the same time next week", "Wed after 3"],
            "proposed_times_iso": ["2026-12-14T11:00", "2026-12-09T15:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Eilidh MacLeod", "eilidh.macleod@btinternet.example.com"),
            "To": ("Fiona Grant", "fiona@grantandgather.example.co.uk"),
            "Subject": "RE: Menu tasting Friday",
            "Date": "Fri, 04 Dec 2026 09:10:00 +0000",
            "Message-ID": "<LO2P265-em-041226-0910@btinternet.example.com>",
            "In-Reply-To": "<fg-20261202-1745@grantandgather.example.co.uk>",
        },
        "body": """
Hi Fiona,

I'm so sorry, but we'll have to cancel the menu tasting this afternoon at 2.30pm. Callum's gran was taken into the Royal Infirmary last night and we're heading through to Glasgow this morning.
We'll be in touch about another date once things settle down. Apologies again for the short notice.

Eilidh

-----Original Message-----
From: Fiona Grant <fiona@grantandgather.example.co.uk>
Sent: 02 December 2026 17:45
To: Eilidh MacLeod <eilidh.macleod@btinternet.example.com>
Subject: Menu tasting Friday

Hi Eilidh,
Just confirming your menu tasting on Friday 4th at 2:30pm at our Leith kitchen. Allow about 90 minutes.
Fiona
""",
        "label": {
            "recipient_name": "Eilidh MacLeod", "recipient_name_alternatives": ["Eilidh"],
            "sender_name": "Fiona Grant", "sender_name_alternatives": ["Fiona"],
            "meeting": "the menu tasting", "meeting_alternatives": ["menu tasting", "Menu tasting Friday"],
            "meeting_time": "this afternoon at 2.30pm",
            "meeting_time_iso": "2026-12-04T14:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation"],
            "quoted_from": "-----Original Message-----",
        },
    },
    {
        "file": "004.txt",
        "text": """
Hi Priya,

I'm so sorry I missed the bathroom renovation consult on Friday at 4.15pm. My flight back from Perth was delayed by three hours and I had no reception on the plane, so I couldn't even let you know.
Is there any chance of squeezing me in again before Christmas? Mornings suit me best.

Cheers,
Tom Beaumont
0412 555 019
""",
        "label": {
            "recipient_name": "Tom Beaumont", "recipient_name_alternatives": ["Tom"],
            "sender_name": "Priya", "sender_name_alternatives": [],
            "meeting": "the bathroom renovation consult", "meeting_alternatives": ["bathroom renovation consult"],
            "meeting_time": "Friday at 4.15pm", "meeting_time_iso": "2026-12-04T16:15",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
        },
    },
    {
        "file": "005.eml",
        "headers": {
            "From": ("Renée Fortier", "renee.fortier@rogers.example.ca"),
            "To": ("Devon Clarke", "devon@clarkephotostudio.example.ca"),
            "Subject": "Portrait course – cancellation policy?",
            "Date": "Sun, 06 Dec 2026 20:14:00 -0500",
            "Message-ID": "<b41e8f0a-rf@rogers.example.ca>",
        },
        "body": """
Hi Devon,

I'd like to sign my daughter up for your four-session portrait course starting in January (she's 15 and very keen!).
Before I pay, what is your policy if she's sick on the day - do you offer make-up sessions, and how much notice do you need if we have to cancel a session to get a refund?

I'm easiest to reach on weekdays after 5:30 p.m.

Thanks so much,
Renée Fortier
""",
        "label": {
            "recipient_name": "Renée Fortier", "recipient_name_alternatives": ["Renée"],
            "sender_name": "Devon Clarke", "sender_name_alternatives": ["Devon"],
            "meeting": "your four-session portrait course",
            "meeting_alternatives": ["four-session portrait course", "portrait course", "Portrait course"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
        },
    },
    {
        "file": "006.txt",
        "text": """
Hi Ms. Okafor,

Confirming our estate planning meeting on 12/15 at 10:30 a.m. at your office on LaSalle St.
Should I bring the original deed to the lake house or is a copy fine? Also, does your building validate parking, or should I take the train in?

Best,
Greg Kowalczyk
(312) 555-0147
""",
        "label": {
            "recipient_name": "Greg Kowalczyk", "recipient_name_alternatives": ["Greg"],
            "sender_name": "Okafor", "sender_name_alternatives": ["Ms. Okafor"],
            "meeting": "our estate planning meeting",
            "meeting_alternatives": ["estate planning meeting"],
            "meeting_time": "12/15 at 10:30 a.m.", "meeting_time_iso": "2026-12-15T10:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
        },
    },
    {
        "file": "007.eml",
        "headers": {
            "From": ("Aditya Kulkarni", "aditya.kulkarni@sahyadriauto.example.in"),
            "To": ("Laura Harrington", "laura.harrington@harrington-lean.example.co.uk"),
            "Subject": "Invitation: vendor walkthrough, Chakan plant",
            "Date": "Thu, 03 Dec 2026 15:48:00 +0530",
            "Message-ID": "<CAAK-ak-031226-1548@sahyadriauto.example.in>",
        },
        "html": True,
        "body": """
Dear Ms. Harrington,

Greetings from Sahyadri Auto Components.

Further to your proposal, we would like to invite you for a vendor walkthrough of our Chakan plant, so that you can see the press shop and the paint line before finalising the scope of the lean assessment.
We can offer either Tuesday, 15 Dec at 11:00 AM IST or Thursday, 17 Dec at 3:00 PM IST. Kindly note that the plant gate closes to visitors at 5:30 PM and safety induction takes about 20 minutes.

Kindly confirm at your earliest convenience.

Warm regards,
Aditya Kulkarni
Head – Operational Excellence
Sahyadri Auto Components Pvt. Ltd., Pune
""",
        "label": {
            "recipient_name": "Aditya Kulkarni", "recipient_name_alternatives": ["Aditya"],
            "sender_name": "Laura Harrington", "sender_name_alternatives": ["Ms. Harrington", "Harrington"],
            "meeting": "a vendor walkthrough of our Chakan plant",
            "meeting_alternatives": ["vendor walkthrough", "vendor walkthrough, Chakan plant"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": ["Tuesday, 15 Dec at 11:00 AM IST", "Thursday, 17 Dec at 3:00 PM IST"],
            "proposed_times_iso": ["2026-12-15T11:00", "2026-12-17T15:00"],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
    {
        "file": "008.txt",
        "text": """
On 3 Dec 2026, at 14:22, Hannah Cole <hannah@colegardendesign.example.co.uk> wrote:
> Hi Ollie,
> Lovely to speak earlier. I've pencilled in the planting plan review for Thursday at 10 at your place in Clifton.
> Best wishes,
> Hannah Cole | Cole Garden Design

Hi Hannah,

Afraid Thursday at ten no longer works for the planting plan review - the scaffolders have moved their start date and the garden will be a building site that morning.
Could we do Monday 14th at half nine instead? Otherwise I'm around most afternoons that week.

Cheers,
Ollie Pritchard
""",
        "label": {
            "recipient_name": "Ollie Pritchard", "recipient_name_alternatives": ["Ollie"],
            "sender_name": "Hannah", "sender_name_alternatives": [],
            "meeting": "the planting plan review", "meeting_alternatives": ["planting plan review"],
            "meeting_time": "Thursday at ten", "meeting_time_iso": "2026-12-10T10:00",
            "proposed_times": ["Monday 14th at half nine"],
            "proposed_times_iso": ["2026-12-14T09:30"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "On 3 Dec 2026, at 14:22, Hannah Cole <hannah@colegardendesign.example.co.uk> wrote:",
            "quoted_until": "> Hannah Cole | Cole Garden Design",
        },
    },
    {
        "file": "009.eml",
        "headers": {
            "From": ("José Álvarez", "jose.alvarez@hillcountrysolar.example.com"),
            "To": ("Brenda Whitfield", "brenda@whitfieldfacilitation.example.com"),
            "Subject": "Team offsite Dec 17 - need to cancel",
            "Date": "Tue, 01 Dec 2026 16:40:00 -0600",
            "Message-ID": "<SJ0PR-ja-011226-1640@hillcountrysolar.example.com>",
        },
        "cte": "base64",
        "body": """
Hi Brenda,

Unfortunately we need to cancel the team offsite on Thursday, Dec. 17 (9am–1pm). Corporate put a freeze on all discretionary spend through Q1 and I only found out at 3pm today.
Does the $500 deposit carry over to a future date, or is it forfeited under your terms? We'd really like to rebook in the spring once the budget opens up.

Thanks for understanding,
José

José Álvarez | Operations Manager
Hill Country Solar, Austin TX
""",
        "label": {
            "recipient_name": "José Álvarez", "recipient_name_alternatives": ["José"],
            "sender_name": "Brenda Whitfield", "sender_name_alternatives": ["Brenda"],
            "meeting": "the team offsite", "meeting_alternatives": ["team offsite", "Team offsite Dec 17"],
            "meeting_time": "Thursday, Dec. 17 (9am–1pm)", "meeting_time_iso": "2026-12-17T09:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule", "cancellation_policy"],
        },
    },
    {
        "file": "010.txt",
        "text": """
Hi there,

Would you be free to call over tomorrow after lunch for a chat about the new shopfront signage? The council want the planning drawings before the 18th and I'd like to get your thoughts on the lettering first.
I'm in the shop from 7am till 6 every day bar Sunday, so just ask for me at the counter.

Thanks a million,
Noreen O'Driscoll
O'Driscoll's Victualler, Oliver Plunkett St, Cork
""",
        "label": {
            "recipient_name": "Noreen O'Driscoll", "recipient_name_alternatives": ["Noreen"],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "a chat about the new shopfront signage",
            "meeting_alternatives": ["chat about the new shopfront signage", "the new shopfront signage"],
            "meeting_time": "tomorrow after lunch", "meeting_time_iso": "2026-12-07",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
]
