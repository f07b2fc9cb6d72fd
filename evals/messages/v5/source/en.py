"""v5 English client messages (hand-written by data-k; US, UK, Irish, Scottish, Australian)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.txt", "text": """
Hi Marisol,

Hope you had a good Thanksgiving! Would you be free to walk us through the Q1 content calendar on 12/10 at 2:30pm ET? If that doesn't work, Friday the 11th anytime after 11 works for me too.

Thanks!
Derek Olsen
Marketing Lead | Brightwater Coffee Co.
(503) 555-0147
""", "label": {"recipient_name": "Derek Olsen", "recipient_name_alternatives": ["Derek"], "sender_name": "Marisol",
              "meeting": "the Q1 content calendar", "meeting_alternatives": ["Q1 content calendar"],
              "meeting_time": "12/10 at 2:30pm ET", "meeting_time_iso": "2026-12-10T14:30",
              "proposed_times": ["Friday the 11th anytime after 11"], "proposed_times_iso": ["2026-12-11T11:00"],
              "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.eml", "headers": {
        "From": ("Ciarán Byrne", "c.byrne@loughdergfoods.ie"),
        "To": ("Helen Marsh", "helen@marshlegal.co.uk"),
        "Subject": "RE: Contract review",
        "Date": "Thu, 03 Dec 2026 15:58:00 +0000", "Message-ID": "<DB7PR03MB4122.eurprd03@loughdergfoods.ie>",
        "In-Reply-To": "<LO2P265MB0917@marshlegal.co.uk>"},
     "body": """
Hi Helen,

Would it be possible to push our contract review back a week? Tuesday 8 December at 11.00 is looking tricky now that the auditors are in. Tuesday 15th at the same time would be ideal, or Wednesday 16th after 2.

Kind regards,
Ciarán

Ciarán Byrne | Finance Director | Lough Derg Foods Ltd

-----Original Message-----
From: Helen Marsh <helen@marshlegal.co.uk>
Sent: 01 December 2026 09:12
To: Byrne, Ciarán <c.byrne@loughdergfoods.ie>
Subject: Contract review

Hi Ciarán, confirming Tuesday 8 December at 11.00 at our Dublin office. Helen
""", "label": {"recipient_name": "Ciarán Byrne", "recipient_name_alternatives": ["Ciarán"],
              "sender_name": "Helen Marsh", "sender_name_alternatives": ["Helen"],
              "meeting": "our contract review", "meeting_alternatives": ["contract review", "Contract review"],
              "meeting_time": "Tuesday 8 December at 11.00", "meeting_time_iso": "2026-12-08T11:00",
              "proposed_times": ["Tuesday 15th at the same time", "Wednesday 16th after 2"],
              "proposed_times_iso": ["2026-12-15T11:00", "2026-12-16T14:00"],
              "kind": "reschedule_request", "suggested_intents": ["reschedule"],
              "quoted_from": "-----Original Message-----"}},
    {"file": "003.txt", "text": """
hey Dev - really sorry, can't make our training session at 4pm today, kid's school called. can we redo it next week? I know it's last minute so happy to pay the session fee.

- Brooke

Sent from my Galaxy
""", "label": {"recipient_name": "Brooke", "sender_name": "Dev",
              "meeting": "our training session", "meeting_alternatives": ["training session"],
              "meeting_time": "4pm today", "meeting_time_iso": "2026-12-06T16:00",
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"]}},
    {"file": "004.eml", "headers": {
        "From": ("Chloé Brennan", "chloe.brennan@prairieharvest.example"),
        "To": ("Sam Okafor", "sam@okafor-procurement.com"),
        "Subject": "Fwd: Invitation: Vendor selection board meeting",
        "Date": "Fri, 04 Dec 2026 08:02:00 -0600", "Message-ID": "<CAM8fwd-vsb-7741@prairieharvest.example>"},
     "body": """
Sam,

FYI - forwarding the board's invite. Could you present the vendor shortlist in my place? I'll be out on leave.

Thanks,
Chloé

---------- Forwarded message ---------
From: Board Office <board@prairieharvest.example>
Date: Thu, Dec 3, 2026 at 4:45 PM
Subject: Invitation: Vendor selection board meeting
To: Chloé Brennan <chloe.brennan@prairieharvest.example>

You are invited to the vendor selection board meeting.
When: Thursday, December 17, 2026 9:00 AM-10:30 AM (UTC-06:00) Central Time
Where: Boardroom 2B / Zoom
Please RSVP by Dec 11.
""", "label": {"recipient_name": "Chloé Brennan", "recipient_name_alternatives": ["Chloé"],
              "sender_name": "Sam Okafor", "sender_name_alternatives": ["Sam"],
              "meeting": "the vendor selection board meeting",
              "meeting_alternatives": ["vendor selection board meeting", "Vendor selection board meeting", "the vendor shortlist"],
              "meeting_time": "Thursday, December 17, 2026 9:00 AM-10:30 AM", "meeting_time_iso": "2026-12-17T09:00",
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "invitation", "suggested_intents": INV}},
    {"file": "005.txt", "text": """
G'day Tamsin,

Apologies - I completely forgot our site inspection yesterday arvo at 3. Totally my fault. Are you free Tuesday or Wednesday morning instead?

Cheers,
Mick Lawson
Lawson Landscaping
""", "label": {"recipient_name": "Mick Lawson", "recipient_name_alternatives": ["Mick"], "sender_name": "Tamsin",
              "meeting": "our site inspection", "meeting_alternatives": ["site inspection"],
              "meeting_time": "yesterday arvo at 3", "meeting_time_iso": "2026-12-05T15:00",
              "proposed_times": ["Tuesday", "Wednesday morning"], "proposed_times_iso": ["2026-12-08", "2026-12-09"],
              "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},
    {"file": "006.eml", "headers": {
        "From": ("Marcus O'Neill", "marcus.oneill@fastmail.example"),
        "To": ("Anna Reyes", "frontdesk@reyes-physio.example"),
        "Subject": "Question about late cancellation fee",
        "Date": "Tue, 01 Dec 2026 19:22:00 -0800", "Message-ID": "<4b7e9a10-1c2d-4e5f@fastmail.example>"},
     "body": """
Hi Dr. Reyes,

I got an invoice for a "late cancellation fee" for the appointment I moved last week. I gave you about 30 hours notice. What exactly is your cancellation window, and is it business hours or calendar hours?

The front desk said they're open 8-5 M-F but nobody picked up.

Thanks,
Marcus O'Neill
""", "label": {"recipient_name": "Marcus O'Neill", "recipient_name_alternatives": ["Marcus"],
              "sender_name": "Anna Reyes", "sender_name_alternatives": ["Dr. Reyes"],
              "meeting": None, "meeting_alternatives": [], "meeting_time": None, "meeting_time_iso": None,
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "policy_question", "suggested_intents": ["cancellation_policy"]}},
    {"file": "007.txt", "text": """
Morning Fiona,

Just confirming I'll see you Thursday at 10 for the kitchen design consult. Could you send over the address of the showroom and whether there's parking? I've also added my partner Graham to this thread.

Best,
Alasdair

On Fri, 4 Dec 2026 at 17:03, Fiona McLeod <fiona@mcleodinteriors.co.uk> wrote:
> Hi Alasdair, Thursday 10 December at 10am is booked in for your consult.
> Fiona
""", "label": {"recipient_name": "Alasdair", "sender_name": "Fiona",
              "meeting": "the kitchen design consult", "meeting_alternatives": ["kitchen design consult"],
              "meeting_time": "Thursday at 10", "meeting_time_iso": "2026-12-10T10:00",
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "other", "suggested_intents": [],
              "quoted_from": "On Fri, 4 Dec 2026 at 17:03, Fiona McLeod <fiona@mcleodinteriors.co.uk> wrote:"}},
    {"file": "008.eml", "html": True, "headers": {
        "From": ("Noël Fitzgerald", "noel.fitzgerald@hartwell-logistics.example"),
        "To": ("Laura Chen", "laura@chen-facilitation.com"),
        "Subject": "Cancellation: strategy offsite Dec 14",
        "Date": "Mon, 30 Nov 2026 12:40:00 -0500", "Message-ID": "<BN8PR12MB3300.namprd12@hartwell-logistics.example>"},
     "body": """
Dear Laura,

I'm writing to cancel our strategy offsite scheduled for Monday, December 14th, 9 AM – 4 PM. Following the restructuring announced this morning, all off-site events are on hold until further notice. We would like to rebook in the new year.

Best regards,

Noël Fitzgerald
VP Operations, Hartwell Logistics

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient and may contain privileged information. If you received it in error, please delete it and notify the sender.
""", "label": {"recipient_name": "Noël Fitzgerald", "recipient_name_alternatives": ["Noël"],
              "sender_name": "Laura Chen", "sender_name_alternatives": ["Laura"],
              "meeting": "our strategy offsite", "meeting_alternatives": ["strategy offsite"],
              "meeting_time": "Monday, December 14th, 9 AM – 4 PM", "meeting_time_iso": "2026-12-14T09:00",
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "cancellation", "suggested_intents": ["reschedule"]}},
    {"file": "009.eml", "cte": "base64", "headers": {
        "From": ("Małgorzata Nowak", "m.nowak@fenwickdale.example.co.uk"),
        "To": ("Ben Harris", "ben@harris-automation.co.uk"),
        "Subject": "Warehouse automation – kick-off call",
        "Date": "Sat, 05 Dec 2026 10:30:00 +0000", "Message-ID": "<20261205103000.Q7731@fenwickdale.example.co.uk>"},
     "body": """
Hi Ben,

We're kicking off the warehouse automation project and I'd love you to join the kick-off call. How about Wed 9th Dec, 15:00–16:00 UK time? Teams link to follow.

Many thanks,
Gosia

Małgorzata Nowak
Project Manager, Fenwick & Dale
Working hours: Mon–Thu, 8am–4pm
""", "label": {"recipient_name": "Małgorzata Nowak", "recipient_name_alternatives": ["Gosia"],
              "sender_name": "Ben Harris", "sender_name_alternatives": ["Ben"],
              "meeting": "the kick-off call",
              "meeting_alternatives": ["kick-off call", "the warehouse automation project", "warehouse automation project"],
              "meeting_time": "Wed 9th Dec, 15:00–16:00 UK time", "meeting_time_iso": "2026-12-09T15:00",
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "invitation", "suggested_intents": INV}},
    {"file": "010.txt", "text": """
Hi Arturo,

Something's come up - can we move tomorrow's 9:15 call about the grant application to later in the week? Thursday 12/10 at 1pm or Friday 12/11 at 10:30am would both work for me. Need to submit by 12/18 so sooner is better!

Thanks so much,
Dana Whitfield
Executive Director, Riverbend Youth Arts
""", "label": {"recipient_name": "Dana Whitfield", "recipient_name_alternatives": ["Dana"], "sender_name": "Arturo",
              "meeting": "call about the grant application", "meeting_alternatives": ["the grant application", "grant application"],
              "meeting_time": "tomorrow's 9:15", "meeting_time_iso": "2026-12-07T09:15",
              "proposed_times": ["Thursday 12/10 at 1pm", "Friday 12/11 at 10:30am"],
              "proposed_times_iso": ["2026-12-10T13:00", "2026-12-11T10:30"],
              "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},
]
