"""English client messages for the held-out v6 set (India, US Midwest/Vermont, Australia, Scotland, New Zealand, Wales,
Canada, South Africa, Yorkshire), written by hand with their labels."""

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.txt",
        "text": """
Dear Ms. Fernandes,

Greetings from Sahyadri Agro Exports!

We would like to invite you for a discussion on the FSSAI compliance audit for our Nashik unit. The meeting is scheduled on 10/12/2026 at 11:00 AM IST at our Pune office (Baner Road). Our MD and plant head will be present.

Kindly revert with your confirmation at the earliest.

Thanks & Regards,
Rohit Deshpande
Manager – Quality Assurance
Sahyadri Agro Exports Pvt. Ltd.
+91 20 0000 4417
""",
        "label": {
            "recipient_name": "Rohit Deshpande", "recipient_name_alternatives": ["Rohit"],
            "sender_name": "Fernandes", "sender_name_alternatives": ["Ms. Fernandes"],
            "meeting": "a discussion on the FSSAI compliance audit",
            "meeting_alternatives": ["FSSAI compliance audit", "discussion on the FSSAI compliance audit",
                                     "the FSSAI compliance audit for our Nashik unit", "The meeting"],
            "meeting_time": "10/12/2026 at 11:00 AM IST", "meeting_time_iso": "2026-12-10T11:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "002.eml",
        "headers": {
            "From": ("Shelby Kowalczyk", "dkowalczyk@prairieline.com"),
            "To": ("Ximena Peña", "ximena@pena-pricing.com"),
            "Subject": "RE: Q1 pricing review - Tue 12/8",
            "Date": "Thu, 03 Dec 2026 08:12:00 -0600",
            "Message-ID": "<BY5PR17MB3921PLL@BY5PR17MB3921.namprd17.prod.outlook.com>",
            "In-Reply-To": "<CAPena7Hq2xZ@mail.gmail.com>",
        },
        "body": """
Hi Ximena,

Apologies, but I need to push our Q1 pricing review on Tuesday, 12/8 at 3:00 PM CT. Our CFO just called an all-hands for that afternoon.

Would either of these work instead?
• Thu 12/10, 9-10am CT
• Mon 12/14, anytime after 1:30

Thanks for being flexible!

Shelby

Shelby Kowalczyk | Director, Revenue Operations
Prairie Line Logistics | Omaha, NE
o: 402-555-0198

________________________________
From: Ximena Peña <ximena@pena-pricing.com>
Sent: Tuesday, December 1, 2026 11:16 AM
To: Shelby Kowalczyk <dkowalczyk@prairieline.com>
Subject: Q1 pricing review - Tue 12/8

Hi Shelby, confirming our Q1 pricing review on Tue 12/8 at 3pm Central. Talk then!
Ximena
""",
        "label": {
            "recipient_name": "Shelby Kowalczyk", "recipient_name_alternatives": ["Shelby"],
            "sender_name": "Ximena Peña", "sender_name_alternatives": ["Ximena"],
            "meeting": "our Q1 pricing review", "meeting_alternatives": ["Q1 pricing review"],
            "meeting_time": "Tuesday, 12/8 at 3:00 PM CT", "meeting_time_iso": "2026-12-08T15:00",
            "proposed_times": ["Thu 12/10, 9-10am CT", "Mon 12/14, anytime after 1:30"],
            "proposed_times_iso": ["2026-12-10T09:00", "2026-12-14T13:30"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "________________________________", "quoted_until": None,
        },
    },
    {
        "file": "003.txt",
        "text": """
Hi Bec, so sorry to do this but I'm going to have to cancel our session tomorrow at 9.30 – Lachie's come down with gastro and I can't get anyone to mind him. Can we rebook for sometime next week? Cheers, Tash

Sent from Yahoo Mail on Android
""",
        "label": {
            "recipient_name": "Tash", "recipient_name_alternatives": [],
            "sender_name": "Bec", "sender_name_alternatives": [],
            "meeting": "our session", "meeting_alternatives": ["session"],
            "meeting_time": "tomorrow at 9.30", "meeting_time_iso": "2026-12-07T09:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "004.eml",
        "headers": {
            "From": ("Eilidh NicLeòid", "eilidh@nesstrust.org.uk"),
            "To": ("Callum Fraser", "callum@fraser-planning.co.uk"),
            "Subject": "FW: Stakeholder workshop – Inverness harbour regeneration",
            "Date": "Fri, 04 Dec 2026 16:02:00 +0000",
            "Message-ID": "<LO2P265MB4410NESS@LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM>",
        },
        "body": """
Callum,

See below – the council have finally set a date. I can't make it (I'm in Lerwick that week), so could you go along on our behalf and take notes? If you can't, let me know and I'll ask Morag.

Thanks,
Eilidh

Eilidh NicLeòid
Development Officer | Ness Community Trust

From: Harbour Regeneration Team <regeneration@highland-example.gov.uk>
Sent: 04 December 2026 14:37
To: Eilidh NicLeòid <eilidh@nesstrust.org.uk>
Subject: Stakeholder workshop – Inverness harbour regeneration

Dear colleague,

You are invited to a stakeholder workshop on the Inverness harbour regeneration masterplan.

When: Wednesday 16 December 2026 10:00-13:00 (GMT) Greenwich Mean Time : Edinburgh, Dublin, Lisbon, London
Where: Town House, High Street, Inverness (Council Chamber)

Tea and coffee from 9.30. Please confirm attendance by Friday 11 December.
""",
        "calendar": """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:Microsoft Exchange Server 2019
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000090F1harbour
DTSTAMP:20261204T143700Z
DTSTART;TZID=GMT Standard Time:20261216T100000
DTEND;TZID=GMT Standard Time:20261216T130000
SUMMARY:Stakeholder workshop – Inverness harbour regeneration
LOCATION:Town House\\, High Street\\, Inverness (Council Chamber)
END:VEVENT
END:VCALENDAR
""",
        "label": {
            "recipient_name": "Eilidh NicLeòid", "recipient_name_alternatives": ["Eilidh"],
            "sender_name": "Callum Fraser", "sender_name_alternatives": ["Callum"],
            "meeting": "stakeholder workshop",
            "meeting_alternatives": ["a stakeholder workshop", "Stakeholder workshop – Inverness harbour regeneration",
                                     "Inverness harbour regeneration masterplan",
                                     "a stakeholder workshop on the Inverness harbour regeneration masterplan"],
            "meeting_time": "Wednesday 16 December 2026 10:00-13:00", "meeting_time_iso": "2026-12-16T10:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "005.txt",
        "text": """
Kia ora Hemi,

I'm mortified – I completely forgot our check-in about the packaging redesign on Thursday at 4. I was stuck in a site meeting in Ōtaki with no reception and it went clean out of my head. Really sorry to have left you waiting on Zoom.

Could we try again on Tuesday from 10? I'm free till 2. Otherwise Wed 9th at 8am, before things get busy.

Ngā mihi,
Aroha Te Whata
Marketing Lead, Kāpiti Coast Honey Co.
""",
        "label": {
            "recipient_name": "Aroha Te Whata", "recipient_name_alternatives": ["Aroha"],
            "sender_name": "Hemi", "sender_name_alternatives": [],
            "meeting": "our check-in about the packaging redesign",
            "meeting_alternatives": ["check-in", "check-in about the packaging redesign", "packaging redesign"],
            "meeting_time": "Thursday at 4", "meeting_time_iso": "2026-12-03T16:00",
            "proposed_times": ["Tuesday from 10", "Wed 9th at 8am"],
            "proposed_times_iso": ["2026-12-08T10:00", "2026-12-09T08:00"],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Rhodri Llŷr Evans", "rhodri.evans@tafvalleyha.org.uk"),
            "To": ("Anjali Chauhan", "anjali@chauhan-governance.co.uk"),
            "Subject": "Cancellation – board governance review, 17 Dec",
            "Date": "Tue, 01 Dec 2026 09:18:00 +0000",
            "Message-ID": "<CWLP123MB5567TAF@CWLP123MB5567.GBRP123.PROD.OUTLOOK.COM>",
        },
        "cte": "base64",
        "body": """
Dear Anjali,

I am writing to cancel the board governance review session booked for Thursday 17th December, 2 till 5pm, at our Cardiff office. Our Chair has resigned with immediate effect and the board has asked that the review wait until a successor is appointed, most likely in the spring.

Could you let me know whether any cancellation charge applies under our engagement letter? I would rather know now than be surprised by the invoice.

With best wishes,

Dr Rhodri Llŷr Evans
Company Secretary
Taf Valley Housing Association

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. / Mae'r e-bost hwn yn gyfrinachol.
""",
        "label": {
            "recipient_name": "Rhodri Llŷr Evans", "recipient_name_alternatives": ["Dr Rhodri Llŷr Evans", "Rhodri"],
            "sender_name": "Anjali Chauhan", "sender_name_alternatives": ["Anjali"],
            "meeting": "the board governance review session",
            "meeting_alternatives": ["board governance review", "board governance review session"],
            "meeting_time": "Thursday 17th December, 2 till 5pm", "meeting_time_iso": "2026-12-17T14:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule", "cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "007.txt",
        "text": """
Hey Jordan – quick question on the invoice you sent Friday. There's a $75 "late cancellation" line for the 11/30 session. I cancelled that one around 7am the same day because of the snowstorm (schools and half of Burlington were closed). Is that really the policy even for weather closures? I didn't see it in the contract. Not trying to be difficult, just want to understand how it works going forward.

Thx,
Kelsey
--
Kelsey Whitford-Ames
Practice Manager, Whitford Ames Dental
""",
        "label": {
            "recipient_name": "Kelsey Whitford-Ames", "recipient_name_alternatives": ["Kelsey"],
            "sender_name": "Jordan", "sender_name_alternatives": [],
            "meeting": "the 11/30 session", "meeting_alternatives": ["session"],
            "meeting_time": "11/30", "meeting_time_iso": "2026-11-30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "008.eml",
        "headers": {
            "From": ("Geneviève Tremblay-Singh", "g.tremblaysingh@northlake-credit.ca"),
            "To": ("Desmond Oyelaran", "desmond@oyelaran-data.ca"),
            "Subject": "Thanks for Thursday + slides?",
            "Date": "Sat, 05 Dec 2026 10:44:00 -0500",
            "Message-ID": "<CAGts1nghNLCU0@mail.gmail.com>",
        },
        "html": True,
        "body": """
Hi Desmond,

Thanks again for Thursday's data governance session – the team found it really useful, especially the part on retention schedules.

Two small things:
1. Could you send over the deck and the RACI template you showed?
2. For the follow-up sessions in January, please add my colleague Tomasz Wiśniewski (t.wisniewski@northlake-credit.ca) to the invites.

No rush – anytime before the holidays is fine.

Cheers,
Geneviève

Geneviève Tremblay-Singh
Chief Data Officer, Northlake Credit Union
Toronto, ON | 416-555-0133
""",
        "label": {
            "recipient_name": "Geneviève Tremblay-Singh", "recipient_name_alternatives": ["Geneviève"],
            "sender_name": "Desmond Oyelaran", "sender_name_alternatives": ["Desmond"],
            "meeting": "data governance session",
            "meeting_alternatives": ["Thursday's data governance session"],
            "meeting_time": "Thursday", "meeting_time_iso": "2026-12-03",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [], "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "009.eml",
        "headers": {
            "From": ("Anél Botha", "anel.botha@bolandfruit.co.za"),
            "To": ("Keegan Pillay", "keegan@pillay-energy.co.za"),
            "Subject": "Re: Solar PPA term sheet",
            "Date": "Wed, 02 Dec 2026 15:30:00 +0200",
            "Message-ID": "<CAKbotha2PpA9@mail.gmail.com>",
            "In-Reply-To": "<CAJpillay1TsX4@mail.gmail.com>",
        },
        "body": """
Hi Keegan

Thanks, the term sheet makes sense in principle but our CFO has a few questions on the escalation clause. Could we get everyone round a table? I was thinking Monday week, the 14th, at half past nine, at our offices in Stellenbosch. If mornings are tricky we can do 15:00 the same day.

Load-shedding schedule permitting, there'll be coffee!

Kind regards
Anél

Anél Botha
Financial Manager | Boland Fruit Packers (Pty) Ltd
Tel: 021 000 5582

On Tue, Dec 1, 2026 at 4:10 PM Keegan Pillay <keegan@pillay-energy.co.za> wrote:
> Hi Anél, please find attached the revised term sheet for the solar PPA. Happy to walk you through it.
> Keegan
""",
        "label": {
            "recipient_name": "Anél Botha", "recipient_name_alternatives": ["Anél"],
            "sender_name": "Keegan Pillay", "sender_name_alternatives": ["Keegan"],
            "meeting": "the term sheet",
            "meeting_alternatives": ["term sheet", "Solar PPA term sheet", "the escalation clause"],
            "meeting_time": "Monday week, the 14th, at half past nine", "meeting_time_iso": "2026-12-14T09:30",
            "proposed_times": ["15:00 the same day"], "proposed_times_iso": ["2026-12-14T15:00"],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": "On Tue, Dec 1, 2026 at 4:10 PM Keegan Pillay <keegan@pillay-energy.co.za> wrote:",
            "quoted_until": None,
        },
    },
    {
        "file": "010.txt",
        "text": """
Hiya Femi,

Any chance we could move Wednesday's site walk-round at the mill to Friday, same time (quarter to eight)? I know it's early but the lads start at 8. Failing that, Monday the 14th first thing.

Ta,
Shaz
Sharon Ackroyd | Operations | Calder Mill Textiles

Get Outlook for Android
________________________________
From: Femi Oduya <femi@oduya-safety.co.uk>
Sent: Thursday, December 3, 2026 4:41:08 PM
To: Sharon Ackroyd <s.ackroyd@caldermill.co.uk>
Subject: Site walk-round

Hi Sharon, I've pencilled in the site walk-round for Wednesday 9 Dec at 7:45. Femi
""",
        "label": {
            "recipient_name": "Sharon Ackroyd", "recipient_name_alternatives": ["Shaz", "Sharon"],
            "sender_name": "Femi", "sender_name_alternatives": [],
            "meeting": "site walk-round",
            "meeting_alternatives": ["Wednesday's site walk-round at the mill", "site walk-round at the mill"],
            "meeting_time": "Wednesday", "meeting_time_iso": "2026-12-09",
            "proposed_times": ["Friday, same time (quarter to eight)", "Monday the 14th first thing"],
            "proposed_times_iso": ["2026-12-11T07:45", "2026-12-14"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "________________________________", "quoted_until": None,
        },
    },
]
