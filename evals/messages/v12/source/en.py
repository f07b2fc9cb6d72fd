"""English client messages of the v12 set (hand-written, with their labels). See ../README.md."""

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Zoë Pieterse", "zoe.pieterse@capelogistics.example.co.za"),
            "To": ("Daniel Brooks", "daniel@brooks-safety.example.co.za"),
            "Subject": "Site walk-through – Epping warehouse",
            "Date": "Fri, 04 Dec 2026 14:22:00 +0200",
            "Message-ID": "<za.v12en001.zp.1422@capelogistics.example.co.za>",
        },
        "body": """
Hi Daniel

Hope you're well. Now that the contractors have handed over, we'd like you to join us for a site walk-through of the new warehouse in Epping on Wednesday 16 Dec at 10h00, so you can sign off the fire and safety layout before we go live in January.

We'll meet at the security gate on Gunners Circle. Please RSVP by Friday 11 December so I can get you a visitor's permit.

Kind regards
Zoë Pieterse
Operations Manager | Cape Logistics (Pty) Ltd
Tel: +27 21 000 1234
""",
        "label": {
            "recipient_name": "Zoë Pieterse", "recipient_name_alternatives": [],
            "sender_name": "Daniel Brooks", "sender_name_alternatives": ["Daniel"],
            "meeting": "a site walk-through of the new warehouse in Epping",
            "meeting_alternatives": ["site walk-through of the new warehouse", "site walk-through",
                                     "Site walk-through – Epping warehouse"],
            "meeting_time": "Wednesday 16 Dec at 10h00", "meeting_time_iso": "2026-12-16T10:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "002.txt",
        "text": """
Hiya Becky, any chance I can move Biscuit's groom from Tues 2.15pm? Work have put me on a late 🙄
Could do Thurs after 12 or same time the week after if that's easier x
Jo
""",
        "label": {
            "recipient_name": "Jo", "recipient_name_alternatives": [],
            "sender_name": "Becky", "sender_name_alternatives": [],
            "meeting": "Biscuit's groom", "meeting_alternatives": ["groom"],
            "meeting_time": "Tues 2.15pm", "meeting_time_iso": "2026-12-08T14:15",
            "proposed_times": ["Thurs after 12", "same time the week after"],
            "proposed_times_iso": ["2026-12-10T12:00", "2026-12-15T14:15"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Chloé Hart", "chloe.hart@example.com"),
            "To": ("Michael Osei", "michael@osei-cpa.example.com"),
            "Subject": "RE: Year-end tax planning call",
            "Date": "Tue, 08 Dec 2026 11:48:00 -0500",
            "Message-ID": "<BN8PR-v12en003-chart@example.com>",
            "In-Reply-To": "<osei-20261203-0915@osei-cpa.example.com>",
            "References": "<osei-20261203-0915@osei-cpa.example.com>",
        },
        "html": True,
        "body": """
Hi Michael,

I'm so sorry to do this last minute, but I need to cancel our tax planning call at 3:30 PM today. My father was admitted to Mass General this morning and I'm heading there now.

I'll reach out once things settle down, hopefully before the 31st so we can still make the year-end contributions.

Chloé

From: Michael Osei <michael@osei-cpa.example.com>
Sent: Thursday, December 3, 2026 9:15 AM
To: Chloé Hart <chloe.hart@example.com>
Subject: Year-end tax planning call

Hi Chloé,
Confirming our year-end tax planning call on Tuesday, December 8 from 3:30 to 4:30 PM ET. I'll send a Zoom link the day before.
Best,
Michael
""",
        "label": {
            "recipient_name": "Chloé Hart", "recipient_name_alternatives": ["Chloé"],
            "sender_name": "Michael Osei", "sender_name_alternatives": ["Michael"],
            "meeting": "our tax planning call",
            "meeting_alternatives": ["tax planning call", "Year-end tax planning call"],
            "meeting_time": "3:30 PM today", "meeting_time_iso": "2026-12-08T15:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation"],
            "quoted_from": "From: Michael Osei <michael@osei-cpa.example.com>",
            "quoted_until": None,
        },
    },
    {
        "file": "004.txt",
        "text": """
Hi Priya,

Our team would like to invite you for a lunch-and-learn on ESG reporting on Thurs 17/12, 12.30pm to 2pm at our office at Raffles Place (Level 23, Meeting Room Orchid). Lunch will be provided; about 25 pax will attend.

Kindly reply by 10 Dec so we can order the food. Do let me know also if you need a projector or HDMI cable.

Thanks and regards,
Wei Ling (Tan Wei Ling)
HR Executive, Meridian Shipping Pte Ltd
""",
        "label": {
            "recipient_name": "Tan Wei Ling", "recipient_name_alternatives": ["Wei Ling"],
            "sender_name": "Priya", "sender_name_alternatives": [],
            "meeting": "a lunch-and-learn on ESG reporting",
            "meeting_alternatives": ["lunch-and-learn on ESG reporting", "lunch-and-learn"],
            "meeting_time": "Thurs 17/12, 12.30pm to 2pm", "meeting_time_iso": "2026-12-17T12:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "005.eml",
        "headers": {
            "From": ("Aoife Ní Bhraonáin", "aoife.nibhraonain@example.ie"),
            "To": ("Cathal Ó Brolcháin", "cathal@obrolchain-coaching.example.co.uk"),
            "Subject": "Yesterday",
            "Date": "Fri, 04 Dec 2026 09:30:00 +0000",
            "Message-ID": "<v12en005.aoife.0930@example.ie>",
        },
        "body": """
Hi Cathal,

Apologies for missing our Thursday session yesterday at 2 - I had it in my diary for 4pm and only copped it when your text came through. Completely my own fault.

Happy to pay for the slot, obviously. Could we get back on track next week?

Aoife

Sent from my iPhone
""",
        "label": {
            "recipient_name": "Aoife Ní Bhraonáin", "recipient_name_alternatives": ["Aoife"],
            "sender_name": "Cathal Ó Brolcháin", "sender_name_alternatives": ["Cathal"],
            "meeting": "our Thursday session", "meeting_alternatives": ["Thursday session", "session"],
            "meeting_time": "yesterday at 2", "meeting_time_iso": "2026-12-03T14:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Raúl Domínguez", "raul.dominguez@harborfoods.example.com"),
            "To": ("Kate Lindqvist", "kate@lindqvist-finance.example.com"),
            "Subject": "Fwd: Invitation: Quarterly Board Review @ Thu Dec 17, 2026 2pm - 4pm (EST)",
            "Date": "Wed, 02 Dec 2026 17:55:00 -0500",
            "Message-ID": "<CAHf-v12en006-raul@harborfoods.example.com>",
        },
        "body": """
Kate - can you make this? Would love to have you there for the budget part.

---------- Forwarded message ---------
From: Janet Powell <jpowell@harborfoods.example.com>
Date: Wed, Dec 2, 2026 at 4:10 PM
Subject: Invitation: Quarterly Board Review @ Thu Dec 17, 2026 2pm - 4pm (EST)
To: <raul.dominguez@harborfoods.example.com>

Quarterly Board Review
Thursday Dec 17, 2026 ⋅ 2pm – 4pm (Eastern Time - New York)
Harbor Foods HQ, 3rd floor boardroom, 200 Atlantic Ave, Boston MA
Join with Google Meet: meet.google.com/hfb-qrtr-rvw
""",
        "label": {
            "recipient_name": "Raúl Domínguez", "recipient_name_alternatives": [],
            "sender_name": "Kate Lindqvist", "sender_name_alternatives": ["Kate"],
            "meeting": "Quarterly Board Review", "meeting_alternatives": ["Board Review"],
            "meeting_time": "Thursday Dec 17, 2026 ⋅ 2pm – 4pm (Eastern Time - New York)",
            "meeting_time_iso": "2026-12-17T14:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "007.txt",
        "text": """
Dear Mr. Otieno,

RE: MANAGEMENT STRATEGY RETREAT – LAKE NAIVASHA

We regret to inform you that the management strategy retreat scheduled for 15th–16th December at Lake Naivasha Country Club has been cancelled, as the Board has called an extraordinary meeting on the same dates. We shall communicate new dates in the new year.

Kindly advise whether the 30% deposit already paid for your facilitation can be carried forward to the new dates, or whether it is refundable.

Our office is open 8.00am to 5.00pm, Monday to Friday, should you wish to call.

Yours faithfully,

Grace Wanjiru
Administration Manager
Tana Agro Processors Ltd, Nairobi
""",
        "label": {
            "recipient_name": "Grace Wanjiru", "recipient_name_alternatives": [],
            "sender_name": "Otieno", "sender_name_alternatives": ["Mr. Otieno"],
            "meeting": "the management strategy retreat",
            "meeting_alternatives": ["management strategy retreat", "MANAGEMENT STRATEGY RETREAT – LAKE NAIVASHA",
                                     "strategy retreat"],
            "meeting_time": "15th–16th December", "meeting_time_iso": "2026-12-15",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule", "cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "008.txt",
        "text": """
Hi Hannah,

Neither of those works I'm afraid - I'm in Leeds all Monday and Tuesday is the kids' nativity. Could we do the drawings review on Wednesday 16th at 4.45pm instead, or failing that Friday 18th first thing, 8am? Either at the house or on Teams is fine.

Cheers,
Kieran

On Fri, 4 Dec 2026 at 16:20, Hannah Dwyer <hannah@dwyer-architects.example.co.uk> wrote:

> Hi Kieran,
>
> The planning drawings for the kitchen extension are ready. Could we go through them on Monday 14th at 11:00 or Tuesday 15th at 14:00? It'll take about an hour.
>
> Best wishes,
> Hannah
""",
        "label": {
            "recipient_name": "Kieran", "recipient_name_alternatives": [],
            "sender_name": "Hannah", "sender_name_alternatives": [],
            "meeting": "the drawings review", "meeting_alternatives": ["drawings review"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": ["Wednesday 16th at 4.45pm", "Friday 18th first thing, 8am"],
            "proposed_times_iso": ["2026-12-16T16:45", "2026-12-18T08:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "On Fri, 4 Dec 2026 at 16:20, Hannah Dwyer <hannah@dwyer-architects.example.co.uk> wrote:",
            "quoted_until": None,
        },
    },
    {
        "file": "009.txt",
        "text": """
Hi Rhys,

Just confirming the measuring-up appointment for the curtains on Mon 14th between 8 and 10am. Should I take the old blinds down before you come, or will you want to see how they hang? Also, is it OK to pay by bank transfer?

I'm working from home that day but have a call at 11, so if you're running late just text.

Diolch,
Carys Pritchard
""",
        "label": {
            "recipient_name": "Carys Pritchard", "recipient_name_alternatives": ["Carys"],
            "sender_name": "Rhys", "sender_name_alternatives": [],
            "meeting": "the measuring-up appointment for the curtains",
            "meeting_alternatives": ["measuring-up appointment for the curtains", "measuring-up appointment"],
            "meeting_time": "Mon 14th between 8 and 10am", "meeting_time_iso": "2026-12-14T08:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "010.eml",
        "headers": {
            "From": ("Mereana Tūhoe", "mereana.t@example.co.nz"),
            "To": ("", "bookings@tepuna-spa.example.co.nz"),
            "Subject": "Cancellation policy?",
            "Date": "Sat, 05 Dec 2026 19:12:00 +1300",
            "Message-ID": "<nz.v12en010.mt.1912@example.co.nz>",
        },
        "cte": "base64",
        "body": """
Kia ora,

I'm thinking of booking a 90-minute hot stone massage for my partner's birthday on Sat 19 Dec at 11:00. Before I pay the deposit online, what's your cancellation policy? He's a nurse and his roster sometimes changes at short notice, so I'd like to know how much notice you need to move it without losing the deposit.

Ngā mihi,
Mereana
""",
        "label": {
            "recipient_name": "Mereana Tūhoe", "recipient_name_alternatives": ["Mereana"],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "a 90-minute hot stone massage",
            "meeting_alternatives": ["90-minute hot stone massage", "hot stone massage"],
            "meeting_time": "Sat 19 Dec at 11:00", "meeting_time_iso": "2026-12-19T11:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
]
