"""v18 English client messages (US, UK, Irish, Scottish, Australian, NZ, Canadian, Indian), hand-written (data-bp, 8 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml",
     "headers": {"From": ("José Ramírez", "jramirez@prairieag.example.com"),
                 "To": ("Dana Whitfield", "dana@whitfield-coaching.example.com"),
                 "Subject": "Invitation: Q2 Sales Kickoff - Thursday, March 18",
                 "Date": "Tue, 02 Mar 2027 15:20:00 -0600",
                 "Message-ID": "<v18en001.77aa@prairieag.example.com>"},
     "body": """
Hi Dana,

Hope you're doing well! We'd love to have you facilitate the negotiation block at our Q2 sales kickoff on Thursday, 3/18 from 9:00 to 11:30am CT at our Omaha office (about 40 reps, some joining remote).

Could you let me know by end of next week if that works? Happy to jump on a quick call to go over the agenda.

Thanks,
José

José Ramírez | VP Sales Enablement
Prairie Ag Supply, Inc.
(402) 555-0188

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee(s) and may contain confidential information. If you received this in error, please notify the sender and delete it.
""",
     "label": {"recipient_name": "José Ramírez", "recipient_name_alternatives": ["José"],
               "sender_name": "Dana", "sender_name_alternatives": ["Dana Whitfield"],
               "meeting": "our Q2 sales kickoff",
               "meeting_alternatives": ["Q2 sales kickoff", "Q2 Sales Kickoff", "the negotiation block",
                                        "Invitation: Q2 Sales Kickoff - Thursday, March 18"],
               "meeting_time": "Thursday, 3/18 from 9:00 to 11:30am CT", "meeting_time_iso": "2027-03-18T09:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.txt",
     "text": """
Hi Rachel,

So sorry but I'm going to have to cancel tomorrow's 11.30 physio appointment - my knee's actually feeling loads better but my boss has dropped a site audit on me first thing and I can't get out of it. Really sorry for the short notice.

I'll ring the clinic to rebook when I know my week.

Thanks,
Hannah Price

Sent from my phone
""",
     "label": {"recipient_name": "Hannah Price", "recipient_name_alternatives": ["Hannah"],
               "sender_name": "Rachel", "sender_name_alternatives": [],
               "meeting": "physio appointment",
               "meeting_alternatives": ["tomorrow's 11.30 physio appointment", "physio"],
               "meeting_time": "tomorrow's 11.30", "meeting_time_iso": "2026-12-07T11:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation"]}},
    {"file": "003.eml",
     "headers": {"From": ("Siobhán Ní Bhriain", "siobhan.nibhriain@corklabs.example.ie"),
                 "To": ("Conor Walsh", "conor@walsh-digital.example.ie"),
                 "Subject": "RE: Website handover call",
                 "Date": "Tue, 09 Mar 2027 09:41:00 +0000",
                 "Message-ID": "<v18en003.3f5b@corklabs.example.ie>",
                 "In-Reply-To": "<v18en003-orig.0e@walsh-digital.example.ie>"},
     "body": """
Hi Conor,

Apologies, I need to move our call on Thursday at 2 - we've an audit visit from the HSE that's just been confirmed for the same afternoon.

Would Friday morning at 10 suit you, or Monday 15th at 2? Either is grand for me.

Thanks a million,
Siobhán

Siobhán Ní Bhriain
Operations Manager | Cork Labs Ltd
+353 21 555 4410

________________________________
From: Conor Walsh <conor@walsh-digital.example.ie>
Sent: Monday 8 March 2027 17:26
To: Siobhán Ní Bhriain <siobhan.nibhriain@corklabs.example.ie>
Subject: Website handover call

Hi Siobhán, I've sent a Teams invite for Thursday 11 March at 14:00 for the handover. Conor
""",
     "label": {"recipient_name": "Siobhán Ní Bhriain", "recipient_name_alternatives": ["Siobhán"],
               "sender_name": "Conor", "sender_name_alternatives": ["Conor Walsh"],
               "meeting": "our call",
               "meeting_alternatives": ["call", "our call on Thursday at 2", "Website handover call",
                                        "RE: Website handover call"],
               "meeting_time": "Thursday at 2", "meeting_time_iso": "2027-03-11T14:00",
               "proposed_times": ["Friday morning at 10", "Monday 15th at 2"],
               "proposed_times_iso": ["2027-03-12T10:00", "2027-03-15T14:00"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "________________________________"}, "html": True},
    {"file": "004.txt",
     "text": """
hey Dave

sorry mate, completely spaced on yesterday arvo. had the footy on and totally lost track of time, my bad. are you still keen to come have a look? tuesday after 3 works for me if thats ok

cheers
Shane
0412 555 907
""",
     "label": {"recipient_name": "Shane", "recipient_name_alternatives": [],
               "sender_name": "Dave", "sender_name_alternatives": [],
               "meeting": None, "meeting_alternatives": [],
               "meeting_time": "yesterday arvo", "meeting_time_iso": "2026-12-05",
               "proposed_times": ["tuesday after 3"], "proposed_times_iso": ["2026-12-08T15:00"],
               "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},
    {"file": "005.eml",
     "headers": {"From": ("Zoë Thompson", "zoe.thompson@mailbox.example.nz"),
                 "To": ("Kōwhai Hair & Makeup", "bookings@kowhai-hair.example.nz"),
                 "Subject": "Cancellation policy?",
                 "Date": "Sat, 06 Mar 2027 20:14:00 +1300",
                 "Message-ID": "<v18en005.1bd9@mailbox.example.nz>"},
     "body": """
Kia ora,

I'm keen to book a hair and makeup trial with you before my wedding in November, but just wanted to check your cancellation policy first. If I have to move the trial, how much notice do you need, and do I lose the deposit?

Cheers,
Zoë
""",
     "label": {"recipient_name": "Zoë Thompson", "recipient_name_alternatives": ["Zoë"],
               "sender_name": None, "sender_name_alternatives": [],
               "meeting": "a hair and makeup trial",
               "meeting_alternatives": ["hair and makeup trial", "the trial", "trial"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "006.txt",
     "text": """
Dear Sir,

Kindly share the Zoom link for the review meeting scheduled on 10th December at 3 PM IST. Also please confirm whether our CFO Mr. Menon needs to join or only the accounts team.

Thanks & Regards,
Ramesh Iyer
Senior Manager - Finance
Shree Lakshmi Textiles Pvt. Ltd., Coimbatore
+91 98450 55512
""",
     "label": {"recipient_name": "Ramesh Iyer", "recipient_name_alternatives": ["Ramesh"],
               "sender_name": None, "sender_name_alternatives": [],
               "meeting": "the review meeting",
               "meeting_alternatives": ["review meeting", "the review meeting scheduled on 10th December at 3 PM IST"],
               "meeting_time": "10th December at 3 PM IST", "meeting_time_iso": "2026-12-10T15:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},
    {"file": "007.eml",
     "headers": {"From": ("Chloé Barnes", "chloe.barnes@harrowgate-homes.example.co.uk"),
                 "To": ("Priya Shah", "priya@shah-strategy.example.co.uk"),
                 "Subject": "Fwd: Invitation: Board strategy offsite @ Fri 26 Mar 2027 9am - 5pm (GMT)",
                 "Date": "Mon, 08 Mar 2027 11:18:00 +0000",
                 "Message-ID": "<v18en007.a402@harrowgate-homes.example.co.uk>"},
     "body": """
Priya - forwarding the invite below. The board would really like you to run the afternoon session on the five-year plan. Any chance you're free?

C.

---------- Forwarded message ---------
From: Board Office <board@harrowgate-homes.example.co.uk>
Date: Mon, 8 Mar 2027 at 09:02
Subject: Invitation: Board strategy offsite @ Fri 26 Mar 2027 9am - 5pm (GMT)
To: <chloe.barnes@harrowgate-homes.example.co.uk>

Board strategy offsite
Friday 26 March 2027 ⋅ 9am – 5pm
Swinton Park, Masham
RSVP by 19 March
""",
     "label": {"recipient_name": "Chloé Barnes", "recipient_name_alternatives": ["C.", "Chloé"],
               "sender_name": "Priya", "sender_name_alternatives": ["Priya Shah"],
               "meeting": "Board strategy offsite",
               "meeting_alternatives": ["strategy offsite", "offsite", "the afternoon session on the five-year plan",
                                        "Fwd: Invitation: Board strategy offsite @ Fri 26 Mar 2027 9am - 5pm (GMT)"],
               "meeting_time": "Friday 26 March 2027 ⋅ 9am – 5pm", "meeting_time_iso": "2027-03-26T09:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "008.txt",
     "text": """
Hello Mr Reid,

I'm afraid we'll have to cancel the carpet fitting booked for Thursday 17th December at 8am. The flat sale has fallen through and we won't have the keys after all. Could you let me know whether the deposit is refundable, or if it can be held for a later date?

Kind regards,
Morag Fraser
""",
     "label": {"recipient_name": "Morag Fraser", "recipient_name_alternatives": ["Morag"],
               "sender_name": "Reid", "sender_name_alternatives": ["Mr Reid"],
               "meeting": "the carpet fitting",
               "meeting_alternatives": ["carpet fitting", "the carpet fitting booked for Thursday 17th December at 8am"],
               "meeting_time": "Thursday 17th December at 8am", "meeting_time_iso": "2026-12-17T08:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["reschedule", "cancellation_policy"]}},
    {"file": "009.eml",
     "headers": {"From": ("Renée Lavoie", "renee.lavoie@northshore-dental.example.ca"),
                 "To": ("Aaron Cole", "aaron@colephoto.example.ca"),
                 "Subject": "Re: Portfolio review",
                 "Date": "Wed, 10 Mar 2027 07:52:00 -0500",
                 "Message-ID": "<v18en009.52ce@northshore-dental.example.ca>",
                 "In-Reply-To": "<v18en009-orig.e1@colephoto.example.ca>"},
     "body": """
On Tue, Mar 9, 2027 at 4:10 PM Aaron Cole <aaron@colephoto.example.ca> wrote:
> Hi Renée,
> You're booked in for the portfolio review on Friday, March 12 at 1:30 pm at the studio.
> Aaron

Hi Aaron, could we push Friday's review to next week? Our clinic is short-staffed this week. Tuesday the 16th at 1:30 or Wednesday the 17th any time after lunch would both be fine.

Thanks!
Renée
""",
     "label": {"recipient_name": "Renée Lavoie", "recipient_name_alternatives": ["Renée"],
               "sender_name": "Aaron", "sender_name_alternatives": ["Aaron Cole"],
               "meeting": "Friday's review",
               "meeting_alternatives": ["review", "Portfolio review", "Re: Portfolio review"],
               "meeting_time": "Friday", "meeting_time_iso": "2027-03-12",
               "proposed_times": ["Tuesday the 16th at 1:30", "Wednesday the 17th any time after lunch"],
               "proposed_times_iso": ["2027-03-16T13:30", "2027-03-17"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "On Tue, Mar 9, 2027 at 4:10 PM Aaron Cole <aaron@colephoto.example.ca> wrote:",
               "quoted_until": "> Aaron"}},
    {"file": "010.txt",
     "text": """
Hi Ciarán,

Fancy a coffee sometime this week to chat about the grant application? I'm around Wednesday or Friday morning, anywhere near Smithfield suits me.

Niamh
""",
     "label": {"recipient_name": "Niamh", "recipient_name_alternatives": [],
               "sender_name": "Ciarán", "sender_name_alternatives": [],
               "meeting": "a coffee", "meeting_alternatives": ["coffee", "a coffee sometime this week"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": ["Wednesday", "Friday morning"],
               "proposed_times_iso": ["2026-12-09", "2026-12-11"],
               "kind": "invitation", "suggested_intents": INV}},
]
