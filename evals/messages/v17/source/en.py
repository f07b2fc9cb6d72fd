"""v17 English client messages (US, Ireland, Scotland, Wales, India, Singapore, Australia), hand-written (data-bl, 8 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml",
     "headers": {"From": ("Renée Olson", "renee.olson@harborline-health.example.com"),
                 "To": ("Marcus Hale", "marcus@haleconsulting.example.com"),
                 "Subject": "Q1 roadmap workshop – Feb 24",
                 "Date": "Tue, 09 Feb 2027 14:05:00 -0500",
                 "Message-ID": "<v17en001.6f2b@harborline-health.example.com>"},
     "body": """
Hi Marcus,

Hope you're doing well! We'd love to have you join our Q1 roadmap workshop on Wednesday, 2/24 from 1:00 to 4:30pm ET at our Boston office (10th floor, ask for me at the front desk). It'd be great if you could walk the group through the findings from your December review - 20 mins or so.

Can you let me know by Friday so I can finalize the agenda?

Thanks so much,
Renée

Renée Olson
Director of Product Operations
Harborline Health, Inc.
(617) 555-0142

CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended recipient(s) and may contain confidential information. If you are not the intended recipient, please notify the sender and delete all copies.
""",
     "label": {"recipient_name": "Renée Olson", "recipient_name_alternatives": ["Renée"],
               "sender_name": "Marcus Hale", "sender_name_alternatives": ["Marcus"],
               "meeting": "our Q1 roadmap workshop",
               "meeting_alternatives": ["Q1 roadmap workshop", "Q1 roadmap workshop – Feb 24", "workshop"],
               "meeting_time": "Wednesday, 2/24 from 1:00 to 4:30pm ET", "meeting_time_iso": "2027-02-24T13:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.txt",
     "text": """
Hi Dr Byrne,

I'm really sorry but I have to cancel my check-up tomorrow morning at 9.15 - my childminder has let me down and I can't bring the two small lads with me.

I know it's very short notice, apologies. I'll ring the surgery during the week to rebook.

Thanks,
Aoife Brennan
""",
     "label": {"recipient_name": "Aoife Brennan", "recipient_name_alternatives": ["Aoife"],
               "sender_name": "Byrne", "sender_name_alternatives": ["Dr Byrne"],
               "meeting": "my check-up", "meeting_alternatives": ["check-up"],
               "meeting_time": "tomorrow morning at 9.15", "meeting_time_iso": "2026-12-07T09:15",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation"]}},
    {"file": "003.eml",
     "headers": {"From": ("Seán Ó Briain", "sean.obriain@lirfoods.example.ie"),
                 "To": ("Rachel Moore", "rachel@moore-advisory.example.ie"),
                 "Subject": "RE: Our call on Thursday",
                 "Date": "Mon, 08 Feb 2027 09:30:00 +0000",
                 "Message-ID": "<v17en003.c8e9@lirfoods.example.ie>",
                 "In-Reply-To": "<v17en003-orig.4b@moore-advisory.example.ie>"},
     "html": True,
     "body": """
Hi Rachel,

Apologies, I need to push our call on Thursday at 3pm - the board meeting got moved on top of it.

Would Friday the 12th at 11 work? Or Monday 15 Feb at 2.30pm?

Thanks,
Seán

Seán Ó Briain | Head of Finance | Lir Foods Ltd
M: +353 87 555 0199

________________________________
From: Rachel Moore <rachel@moore-advisory.example.ie>
Sent: 05 February 2027 17:10
To: Seán Ó Briain <sean.obriain@lirfoods.example.ie>
Subject: Our call on Thursday

Hi Seán, confirming our call on Thursday 11 Feb at 15:00 re the audit prep. Talk then, Rachel
""",
     "label": {"recipient_name": "Seán Ó Briain", "recipient_name_alternatives": ["Seán"],
               "sender_name": "Rachel Moore", "sender_name_alternatives": ["Rachel"],
               "meeting": "our call",
               "meeting_alternatives": ["call", "our call on Thursday", "Our call on Thursday", "RE: Our call on Thursday"],
               "meeting_time": "Thursday at 3pm", "meeting_time_iso": "2027-02-11T15:00",
               "proposed_times": ["Friday the 12th at 11", "Monday 15 Feb at 2.30pm"],
               "proposed_times_iso": ["2027-02-12T11:00", "2027-02-15T14:30"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "________________________________"}},
    {"file": "004.txt",
     "text": """
Dear Ms. Iyer,

Kindly accept my apologies for yesterday at 4 pm. Due to a family emergency I could neither come nor inform you on time.

Could we please fix a new slot on Tuesday at 4 pm or any time on Wednesday? I will be grateful.

Regards,
Rohit Malhotra
+91 98450 12345
""",
     "label": {"recipient_name": "Rohit Malhotra", "recipient_name_alternatives": ["Rohit"],
               "sender_name": "Iyer", "sender_name_alternatives": ["Ms. Iyer"],
               "meeting": None, "meeting_alternatives": [],
               "meeting_time": "yesterday at 4 pm", "meeting_time_iso": "2026-12-05T16:00",
               "proposed_times": ["Tuesday at 4 pm", "any time on Wednesday"],
               "proposed_times_iso": ["2026-12-08T16:00", "2026-12-09"],
               "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},
    {"file": "005.eml",
     "headers": {"From": ("Zoë Tan", "zoe.tan@lionbridge-cap.example.sg"),
                 "To": ("Priya Raman", "priya@ramancoaching.example.sg"),
                 "Subject": "Cancellation policy?",
                 "Date": "Wed, 03 Feb 2027 20:10:00 +0800",
                 "Message-ID": "<v17en005.1d4f@lionbridge-cap.example.sg>"},
     "body": """
Hi Priya,

Thinking of booking the 3-session package for my team's leadership coaching. Just wanted to check first - what's your cancellation policy? E.g. if someone falls sick the day before, do we still pay for that session?

Cheers,
Zoë
""",
     "label": {"recipient_name": "Zoë Tan", "recipient_name_alternatives": ["Zoë"],
               "sender_name": "Priya Raman", "sender_name_alternatives": ["Priya"],
               "meeting": "leadership coaching",
               "meeting_alternatives": ["the 3-session package", "3-session package"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "006.txt",
     "text": """
Morning Callum,

Just confirming we're all set for the site visit on Thursday at 10am. Could you send over the agenda and the H&S induction form before then?

Also, Fiona from procurement will be joining us, hope that's no bother.

Cheers,
Alasdair
""",
     "label": {"recipient_name": "Alasdair", "recipient_name_alternatives": [],
               "sender_name": "Callum", "sender_name_alternatives": [],
               "meeting": "the site visit", "meeting_alternatives": ["site visit"],
               "meeting_time": "Thursday at 10am", "meeting_time_iso": "2026-12-10T10:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},
    {"file": "007.eml",
     "headers": {"From": ("José Alvarez", "jose.alvarez@brightpath-retail.example.com"),
                 "To": ("Hannah Cole", "hannah@colesystems.example.com"),
                 "Subject": "Fwd: Invitation: Vendor demo - Acme CRM @ Thu Feb 18, 2027 10am - 11am (EST)",
                 "Date": "Fri, 12 Feb 2027 11:45:00 -0500",
                 "Message-ID": "<CAv17en007j@mail.brightpath-retail.example.com>"},
     "body": """
Hey Hannah,

fwd'ing this - could you sit in on the demo for us? You know the integration side better than anyone here.

-J

---------- Forwarded message ---------
From: Dana Whitaker <dana.whitaker@acmecrm.example.com>
Date: Thu, Feb 11, 2027 at 4:02 PM
Subject: Invitation: Vendor demo - Acme CRM @ Thu Feb 18, 2027 10am - 11am (EST)
To: <jose.alvarez@brightpath-retail.example.com>

Vendor demo - Acme CRM
Thursday Feb 18, 2027 ⋅ 10am – 11am
Eastern Time - New York
Join with Google Meet: meet.google.com/xqv-htkp-rdw
""",
     "label": {"recipient_name": "José Alvarez", "recipient_name_alternatives": ["J"],
               "sender_name": "Hannah Cole", "sender_name_alternatives": ["Hannah"],
               "meeting": "Vendor demo - Acme CRM",
               "meeting_alternatives": ["the demo", "demo",
                                        "Invitation: Vendor demo - Acme CRM @ Thu Feb 18, 2027 10am - 11am (EST)",
                                        "Fwd: Invitation: Vendor demo - Acme CRM @ Thu Feb 18, 2027 10am - 11am (EST)"],
               "meeting_time": "Thursday Feb 18, 2027 ⋅ 10am – 11am", "meeting_time_iso": "2027-02-18T10:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "008.txt",
     "text": """
Hiya Gareth,

Bad news I'm afraid - we need to cancel the boiler service on Wednesday 16th (the 8am slot). We're selling the house and the new owners will sort their own.

Do we owe you anything for cancelling?

Diolch,
Bethan Rees
""",
     "label": {"recipient_name": "Bethan Rees", "recipient_name_alternatives": ["Bethan"],
               "sender_name": "Gareth", "sender_name_alternatives": [],
               "meeting": "the boiler service", "meeting_alternatives": ["boiler service"],
               "meeting_time": "Wednesday 16th (the 8am slot)", "meeting_time_iso": "2026-12-16T08:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["reschedule", "cancellation_policy"]}},
    {"file": "009.eml",
     "headers": {"From": ("Aarav Shah", "aarav.shah@example.in"),
                 "To": ("Emily Clarke", "emily@clarkecoaching.example.co.uk"),
                 "Subject": "Re: Coaching session – new time?",
                 "Date": "Thu, 04 Feb 2027 19:20:00 +0530",
                 "Message-ID": "<CAv17en009s@mail.example.in>",
                 "In-Reply-To": "<v17en009-orig.2e@clarkecoaching.example.co.uk>"},
     "body": """
On Thu, 4 Feb 2027 at 11:02, Emily Clarke <emily@clarkecoaching.example.co.uk> wrote:
> Hi Aarav,
> I can offer Tuesday 9 Feb at 10:00 or Wednesday 10 Feb at 16:00 UK time for our next session.
> Emily

Hi Emily,

Neither works, sorry - I'm travelling to Pune that week. Could we do Monday 15th at 9:30 UK time instead? Or Tues 16th, same time.

Best,
Aarav
""",
     "label": {"recipient_name": "Aarav Shah", "recipient_name_alternatives": ["Aarav"],
               "sender_name": "Emily Clarke", "sender_name_alternatives": ["Emily"],
               "meeting": "Coaching session",
               "meeting_alternatives": ["Coaching session – new time?", "Re: Coaching session – new time?"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": ["Monday 15th at 9:30 UK time", "Tues 16th, same time"],
               "proposed_times_iso": ["2027-02-15T09:30", "2027-02-16T09:30"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "On Thu, 4 Feb 2027 at 11:02, Emily Clarke <emily@clarkecoaching.example.co.uk> wrote:",
               "quoted_until": "> Emily"}},
    {"file": "010.txt",
     "text": """
G'day Tom,

Keen to grab lunch and pick your brain about the restructure? Reckon you'd have some good ideas after the Westpac job.

I'm free Tuesday or Thursday, say 12.30 at the usual spot on Darby St?

Cheers,
Mick

Sent from my phone
""",
     "label": {"recipient_name": "Mick", "recipient_name_alternatives": [],
               "sender_name": "Tom", "sender_name_alternatives": [],
               "meeting": "lunch", "meeting_alternatives": ["grab lunch"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": ["Tuesday", "Thursday, say 12.30"],
               "proposed_times_iso": ["2026-12-08T12:30", "2026-12-10T12:30"],
               "kind": "invitation", "suggested_intents": INV}},
]
