"""English client messages for the held-out v7 set (Singapore, London, Cork, Lagos, New York, San Francisco,
Nairobi, Belfast, Manchester, Boston), written by hand with their labels."""

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Priya Raghunathan", "priya.r@straitsharbour.example.sg"),
            "To": ("James Hartley", "james@hartley-advisory.co.uk"),
            "Subject": "Invitation: Working session on data governance framework – 14 Dec",
            "Date": "Wed, 02 Dec 2026 10:45:00 +0800",
            "Message-ID": "<SG2PR06MB5310.priya@straitsharbour.example.sg>",
        },
        "body": """
Dear Mr. Hartley,

Greetings from Singapore! Further to your proposal on our regional data-governance framework, our leadership team would like to invite you to an in-person working session at our Marina Bay office on 14 Dec (Mon), 2.30pm to 5.30pm SGT.

The session will cover the gap assessment findings and the roadmap for Malaysia and Indonesia. Our CFO will join for the last hour.

As our building security requires visitor registration, please send us the name on your passport by 9 Dec COB. Our office hours are 8.30am to 6pm, Monday to Friday.

Thank you and best regards,
Priya Raghunathan
Head of Risk & Compliance (APAC)
Straits Harbour Capital Pte. Ltd.
+65 6812 4470
""",
        "label": {
            "recipient_name": "Priya Raghunathan", "recipient_name_alternatives": ["Priya"],
            "sender_name": "James Hartley", "sender_name_alternatives": ["Hartley", "Mr. Hartley"],
            "meeting": "an in-person working session",
            "meeting_alternatives": ["in-person working session", "working session",
                                     "Working session on data governance framework"],
            "meeting_time": "14 Dec (Mon), 2.30pm to 5.30pm SGT", "meeting_time_iso": "2026-12-14T14:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "002.txt",
        "text": """
Hi Tom,
Annoyingly I've been called for jury duty this week 🙃 so I need to move our wholesale pricing review on Tues 8th @ 2:30. Could we do Mon 21st, same time, or any time after 11 on Weds 23rd? Happy to do it over Zoom if that's easier for you.
Cheers,
Hannah
--
Hannah Okafor-Reid
Founder, Lark & Loam Ceramics
Sent from my iPhone
""",
        "label": {
            "recipient_name": "Hannah Okafor-Reid", "recipient_name_alternatives": ["Hannah"],
            "sender_name": "Tom", "sender_name_alternatives": [],
            "meeting": "our wholesale pricing review",
            "meeting_alternatives": ["wholesale pricing review", "pricing review"],
            "meeting_time": "Tues 8th @ 2:30", "meeting_time_iso": "2026-12-08T14:30",
            "proposed_times": ["Mon 21st, same time", "any time after 11 on Weds 23rd"],
            "proposed_times_iso": ["2026-12-21T14:30", "2026-12-23T11:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"], "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Aoife Ní Mhurchú", "aoife.nimhurchu@eircom.example.ie"),
            "To": ("Declan Murphy", "declan@murphymortgages.ie"),
            "Subject": "Cancelling today's appointment",
            "Date": "Thu, 10 Dec 2026 07:05:00 +0000",
            "Message-ID": "<a81c2f7e-snb-20261210@eircom.example.ie>",
        },
        "body": """
Hi Declan,

So sorry to do this on the morning of it, but I have to cancel our mortgage appointment at 10 this morning. The young lad woke up with a temperature and there's no one to mind him.

I'll ring the office later on to rebook, probably for sometime after Christmas now.

Thanks a million,
Aoife

Aoife Ní Mhurchú
Ballincollig, Co. Cork

Sent from my Galaxy
""",
        "label": {
            "recipient_name": "Aoife Ní Mhurchú", "recipient_name_alternatives": ["Aoife"],
            "sender_name": "Declan Murphy", "sender_name_alternatives": ["Declan"],
            "meeting": "our mortgage appointment",
            "meeting_alternatives": ["mortgage appointment", "today's appointment", "appointment"],
            "meeting_time": "10 this morning", "meeting_time_iso": "2026-12-10T10:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation"], "quoted_from": None,
            "quoted_until": None,
        },
    },
    {
        "file": "004.eml",
        "headers": {
            "From": ("Tèmítópé Adéyemí", "temitope@sunridgepower.example.ng"),
            "To": ("Chukwuemeka Obi", "emeka.obi@obi-energyconsult.example.ng"),
            "Subject": "Fwd: Invitation: Stakeholder Consultation on Off-Grid Power for Markets",
            "Date": "Wed, 02 Dec 2026 08:10:00 +0100",
            "Message-ID": "<CAJx7Tq2-temi-1202@sunridgepower.example.ng>",
        },
        "cte": "base64",
        "body": """
Hi Chukwuemeka,

Please see the invitation below from the Ministry. I'll be travelling to Accra that week, so I'd like you to represent us and take them through the solar mini-grid numbers. Let me know if you need anything from our side before then.

Regards,
Tèmítópé

Tèmítópé Adéyemí | Managing Director | Sunridge Power Ltd, Lekki

---------- Forwarded message ---------
From: Ministry of Energy Events <events@energy.example.gov.ng>
Date: Tue, 1 Dec 2026 at 15:22
Subject: Invitation: Stakeholder Consultation on Off-Grid Power for Markets
To: <info@sunridgepower.example.ng>


Dear Sir/Madam,

You are cordially invited to a Stakeholder Consultation on Off-Grid Power for Markets, holding on Thursday, 17th December 2026 at 10:00 a.m. prompt at the Ministry's Conference Hall, Alausa, Ikeja.

Kindly confirm attendance on or before Friday, 11th December 2026. Registration commences at 9:00 a.m.

Signed,
Permanent Secretary
""",
        "label": {
            "recipient_name": "Tèmítópé Adéyemí", "recipient_name_alternatives": ["Tèmítópé"],
            "sender_name": "Chukwuemeka Obi", "sender_name_alternatives": ["Chukwuemeka"],
            "meeting": "Stakeholder Consultation on Off-Grid Power for Markets",
            "meeting_alternatives": ["Stakeholder Consultation", "the invitation below from the Ministry"],
            "meeting_time": "Thursday, 17th December 2026 at 10:00 a.m.", "meeting_time_iso": "2026-12-17T10:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "005.txt",
        "text": """
Hi Dana,

Hope you had a great Thanksgiving! Our board has asked me to invite you to the strategy portion of our board retreat on Saturday, 1/9, from 9:00 am–1:00 pm ET at the Greenpoint Community Center (2nd floor meeting room). We'd love for you to walk us through the foundation landscape for 2027 — about 45 minutes, whenever works best within that window.

Could you RSVP by 12/18? Breakfast will be served starting at 8:30.

Thanks so much,
Rachel Goldberg-Sims
Executive Director
Greenpoint Youth Rowing
(718) 555-0193
""",
        "label": {
            "recipient_name": "Rachel Goldberg-Sims", "recipient_name_alternatives": ["Rachel"],
            "sender_name": "Dana", "sender_name_alternatives": [],
            "meeting": "the strategy portion of our board retreat",
            "meeting_alternatives": ["board retreat", "strategy portion of our board retreat",
                                     "foundation landscape for 2027"],
            "meeting_time": "Saturday, 1/9, from 9:00 am–1:00 pm ET", "meeting_time_iso": "2027-01-09T09:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Zoë Castellanos-Núñez", "zoe@tidepoolapps.example.com"),
            "To": ("Arjun Mehta", "arjun@mehta-research.com"),
            "Subject": "Re: Usability debrief – scheduling",
            "Date": "Fri, 04 Dec 2026 16:48:00 -0800",
            "Message-ID": "<3C9E1B7A-44F2-4D0B-8A6E-71F5C2D9B0E4@tidepoolapps.example.com>",
            "In-Reply-To": "<CAM4arjun-1203@mehta-research.com>",
        },
        "html": True,
        "body": """
Hey Arjun,

Quick heads-up: our eng lead is out Wed–Thu next week, so we can't do the usability debrief on Wed 12/9 at 10am PT after all. Would Mon 12/14, 1–2pm PT work instead? Or Tue 12/15 first thing (8:30)?

Sorry for the shuffle!
Zoë

Zoë Castellanos-Núñez | Product Manager, Tidepool Apps
San Francisco, CA

On Dec 3, 2026, at 09:14, Arjun Mehta <arjun@mehta-research.com> wrote:

> Hi Zoë, confirming the usability debrief for Wednesday, December 9 at 10:00 AM PT on Google Meet.
> Arjun
""",
        "label": {
            "recipient_name": "Zoë Castellanos-Núñez", "recipient_name_alternatives": ["Zoë"],
            "sender_name": "Arjun Mehta", "sender_name_alternatives": ["Arjun"],
            "meeting": "the usability debrief",
            "meeting_alternatives": ["usability debrief", "debrief"],
            "meeting_time": "Wed 12/9 at 10am PT", "meeting_time_iso": "2026-12-09T10:00",
            "proposed_times": ["Mon 12/14, 1–2pm PT", "Tue 12/15 first thing (8:30)"],
            "proposed_times_iso": ["2026-12-14T13:00", "2026-12-15T08:30"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "On Dec 3, 2026, at 09:14, Arjun Mehta <arjun@mehta-research.com> wrote:",
            "quoted_until": None,
        },
    },
    {
        "file": "007.txt",
        "text": """
Dear Ms. Achieng,

I regret to inform you that we will not be able to proceed with the team-building facilitation scheduled for Friday 18th December from 8am. Our year-end closing has been brought forward and the whole finance team will be in the office that day.

We would like to reschedule to the second half of January. Kindly advise whether the 30% deposit we paid on 20th November can be carried over to the new date, or whether it is forfeited under your terms.

Yours sincerely,
Wanjirũ Kamau
Finance Manager, Savanna Agro Exporters Ltd
Nairobi
""",
        "label": {
            "recipient_name": "Wanjirũ Kamau", "recipient_name_alternatives": ["Wanjirũ"],
            "sender_name": "Achieng", "sender_name_alternatives": ["Ms. Achieng"],
            "meeting": "the team-building facilitation",
            "meeting_alternatives": ["team-building facilitation", "team-building"],
            "meeting_time": "Friday 18th December from 8am", "meeting_time_iso": "2026-12-18T08:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule", "cancellation_policy"], "quoted_from": None,
            "quoted_until": None,
        },
    },
    {
        "file": "008.eml",
        "headers": {
            "From": ("Conor McKeown", "conor@mckeowncoldstorage.example.co.uk"),
            "To": ("Gráinne Doherty", "grainne@doherty-structural.co.uk"),
            "Subject": "Friday - apologies",
            "Date": "Mon, 07 Dec 2026 08:55:00 +0000",
            "Message-ID": "<LO2P265MB4471.mckeown@mckeowncoldstorage.example.co.uk>",
        },
        "body": """
Hi Gráinne,

Apologies for Friday - I completely missed our site meeting on Friday at 3pm at the Duncrue Street warehouse. I was stuck at a planning hearing in Lisburn that ran way over, and my phone was off. I gather you waited the best part of half an hour; I'm really sorry.

Could we try again this week? Thursday at 9.30 would suit, or Friday any time after 2.

Best,
Conor

Conor McKeown
Operations Director | McKeown Cold Storage
Duncrue Street, Belfast

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. McKeown Cold Storage Ltd, registered in Northern Ireland.
""",
        "label": {
            "recipient_name": "Conor McKeown", "recipient_name_alternatives": ["Conor"],
            "sender_name": "Gráinne Doherty", "sender_name_alternatives": ["Gráinne"],
            "meeting": "our site meeting",
            "meeting_alternatives": ["site meeting", "site meeting on Friday at 3pm at the Duncrue Street warehouse"],
            "meeting_time": "Friday at 3pm", "meeting_time_iso": "2026-12-04T15:00",
            "proposed_times": ["Thursday at 9.30", "Friday any time after 2"],
            "proposed_times_iso": ["2026-12-10T09:30", "2026-12-11T14:00"],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"], "quoted_from": None,
            "quoted_until": None,
        },
    },
    {
        "file": "009.txt",
        "text": """
Hiya,

Just had your invoice through for the "late cancellation" of Matty's maths tutoring session on 30 Nov. We texted at about 4pm the day before to say he had a temperature, which I thought was plenty of notice? Can you point me to where the 24-hour rule is written down, as I don't remember it in the sign-up form.

Thanks,
Jo Whitfield (Matty's mum)
""",
        "label": {
            "recipient_name": "Jo Whitfield", "recipient_name_alternatives": ["Jo"],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "Matty's maths tutoring session",
            "meeting_alternatives": ["maths tutoring session", "tutoring session"],
            "meeting_time": "30 Nov", "meeting_time_iso": "2026-11-30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"], "quoted_from": None,
            "quoted_until": None,
        },
    },
    {
        "file": "010.txt",
        "text": """
Hi Dr. Feldman,

Just confirming we're all set for the 1:1 kickoff on the leadership assessment tomorrow at 11:00 am ET. I couldn't find a Zoom link in the calendar invite - could you resend it? Also, is there anything I should fill out beforehand? I'm in back-to-back meetings until 10:30 but will check email before then.

Thanks,
Kevin

Kevin O'Sullivan-Barnes
VP, Clinical Operations | Harborlight Health
617-555-0148

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited.
""",
        "label": {
            "recipient_name": "Kevin O'Sullivan-Barnes", "recipient_name_alternatives": ["Kevin"],
            "sender_name": "Feldman", "sender_name_alternatives": ["Dr. Feldman"],
            "meeting": "the 1:1 kickoff on the leadership assessment",
            "meeting_alternatives": ["1:1 kickoff", "kickoff", "leadership assessment"],
            "meeting_time": "tomorrow at 11:00 am ET", "meeting_time_iso": "2026-12-07T11:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [], "quoted_from": None, "quoted_until": None,
        },
    },
]
