"""English client messages of the v8 set (UK, Irish, Australian, Canadian, US, Indian, South African), by hand (data-w)."""

from __future__ import annotations

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

CALENDAR = """
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Laura Pietrowski:mailto:l.pietrowski@midwest-freight-example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Dan Kowalczyk:mailto:dan.k@lakeshore-cold-example.com
SUMMARY:Q1 Vendor Review - Logistics
DTSTART;TZID=Central Standard Time:20261215T100000
DTEND;TZID=Central Standard Time:20261215T113000
UID:040000008200E00074C5B7101A82E0080000000070C1F
LOCATION:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Mòrag Sinclair", "morag.sinclair@leithgardens-example.org.uk"),
            "To": ("Tom Ashworth", "tom@ashworth-governance.co.uk"),
            "Subject": "Trustees' meeting - would you join us?",
            "Date": "Tue, 01 Dec 2026 19:42:00 +0000",
            "Message-ID": "<c41e7b0a-55d2@leithgardens-example.org.uk>",
        },
        "body": """
Dear Tom,

Following our chat at the Christmas fair, the board would be delighted if you could attend
our quarterly trustees' meeting on Wednesday 16th December at 6.30pm, in the back room of St Andrew's church
hall, to talk us through the new charity governance code. Twenty minutes or so, then questions.

Tea and mince pies from 6pm. Could you let me know by Friday so I can add you to the agenda?

With best wishes,
Mòrag

Mòrag Sinclair
Chair, Leith Walk Community Gardens (SCIO)
""",
        "label": {
            "recipient_name": "Mòrag Sinclair", "recipient_name_alternatives": ["Mòrag"],
            "sender_name": "Tom Ashworth", "sender_name_alternatives": ["Tom"],
            "meeting": "our quarterly trustees' meeting",
            "meeting_alternatives": ["trustees' meeting", "quarterly trustees' meeting", "Trustees' meeting"],
            "meeting_time": "Wednesday 16th December at 6.30pm", "meeting_time_iso": "2026-12-16T18:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
    {
        "file": "002.txt",
        "text": """
Hey Priya, any chance we can push our catch-up re the website from Tues arvo to Thurs morning? Something's
come up with a supplier. I'm free from 9:30 Thurs or anytime Fri before lunch if that's easier.
Cheers, Dazza
""",
        "label": {
            "recipient_name": "Dazza", "recipient_name_alternatives": [],
            "sender_name": "Priya", "sender_name_alternatives": [],
            "meeting": "our catch-up re the website",
            "meeting_alternatives": ["catch-up", "our catch-up"],
            "meeting_time": "Tues arvo", "meeting_time_iso": "2026-12-08",
            "proposed_times": ["from 9:30 Thurs", "anytime Fri before lunch"],
            "proposed_times_iso": ["2026-12-10T09:30", "2026-12-11"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Renée Tremblay-Walsh", "renee.tw@rogers-example.com"),
            "To": ("Gurpreet Sandhu", "gurpreet@sandhu-kitchens.ca"),
            "Subject": "RE: Kitchen design consultation - Thursday",
            "Date": "Thu, 10 Dec 2026 10:48:00 -0500",
            "Message-ID": "<YT3PR01MB6120.CANPRD01.PROD.OUTLOOK.COM>",
            "In-Reply-To": "<sandhu.1208.1615@sandhu-kitchens.ca>",
        },
        "body": """
Hi Gurpreet,

I'm so sorry, but I have to cancel our kitchen design consultation at 2:00 p.m. today. My son's daycare just
called, he's running a fever and I need to pick him up. I know this is last minute. I'll email you next week
to find another time.

Renée

Get Outlook for iOS

From: Gurpreet Sandhu <gurpreet@sandhu-kitchens.ca>
Sent: Tuesday, December 8, 2026 4:15 PM
To: Renée Tremblay-Walsh <renee.tw@rogers-example.com>
Subject: Kitchen design consultation - Thursday

Hi Renée, just confirming Thursday, Dec. 10 at 2 p.m. at our Etobicoke showroom. Bring the floor plan if you can!
Gurpreet
""",
        "label": {
            "recipient_name": "Renée Tremblay-Walsh", "recipient_name_alternatives": ["Renée"],
            "sender_name": "Gurpreet Sandhu", "sender_name_alternatives": ["Gurpreet"],
            "meeting": "our kitchen design consultation",
            "meeting_alternatives": ["kitchen design consultation", "Kitchen design consultation - Thursday"],
            "meeting_time": "2:00 p.m. today", "meeting_time_iso": "2026-12-10T14:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation"],
            "quoted_from": "From: Gurpreet Sandhu <gurpreet@sandhu-kitchens.ca>",
        },
    },
    {
        "file": "004.eml",
        "headers": {
            "From": ("Dan Kowalczyk", "dan.k@lakeshore-cold-example.com"),
            "To": ("Aisling Brennan", "aisling@brennan-supplychain.com"),
            "Subject": "FW: Q1 Vendor Review - Logistics",
            "Date": "Fri, 04 Dec 2026 15:37:00 -0600",
            "Message-ID": "<CH2PR11MB4432.namprd11.prod.outlook.com>",
        },
        "calendar": CALENDAR,
        "body": """
Aisling,

Forwarding the invite from Midwest Freight. I'm out that week for my daughter's wedding - can you attend in my
place and walk them through the temperature-excursion numbers? If you can't make it, let me know by Wednesday
and I'll ask them to move it.

Thanks,
Dan

Dan Kowalczyk | Director of Operations
Lakeshore Cold Storage | Chicago, IL
(312) 555-0187

-----Original Appointment-----
From: Laura Pietrowski <l.pietrowski@midwest-freight-example.com>
Sent: Thursday, December 3, 2026 9:05 AM
To: Laura Pietrowski; Dan Kowalczyk
Subject: Q1 Vendor Review - Logistics
When: Tuesday, December 15, 2026 10:00 AM-11:30 AM (UTC-06:00) Central Time (US & Canada).
Where: Microsoft Teams Meeting

Agenda: on-time delivery, claims, Q1 volumes. Please come with your Q4 numbers.
""",
        "label": {
            "recipient_name": "Dan Kowalczyk", "recipient_name_alternatives": ["Dan"],
            "sender_name": "Aisling Brennan", "sender_name_alternatives": ["Aisling"],
            "meeting": "Q1 Vendor Review - Logistics",
            "meeting_alternatives": ["Q1 Vendor Review", "Vendor Review"],
            "meeting_time": "Tuesday, December 15, 2026 10:00 AM-11:30 AM", "meeting_time_iso": "2026-12-15T10:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
    {
        "file": "005.txt",
        "text": """
Dear Sir,

We are planning to book the pre-purchase home inspection for our flat in Whitefield. Kindly let me know your
cancellation policy. In case we are postponing the inspection with less than one day notice, whether the
visiting charges will be levied? Also please confirm if the advance amount is refundable.

Please revert at the earliest.

Regards,
Venkatesh Iyer
+91 98450 00000
""",
        "label": {
            "recipient_name": "Venkatesh Iyer", "recipient_name_alternatives": ["Venkatesh"],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "the pre-purchase home inspection",
            "meeting_alternatives": ["home inspection", "pre-purchase home inspection", "the inspection"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Siobhán Ó Briain", "siobhan.obriain@yahoo-example.ie"),
            "To": ("Ravi Menon", "ravi@menon-property.ie"),
            "Subject": "Re: Lease renewal meeting",
            "Date": "Sat, 05 Dec 2026 10:30:00 +0000",
            "Message-ID": "<1733394600.77812@yahoo-example.ie>",
            "In-Reply-To": "<menon.lease.1203@menon-property.ie>",
        },
        "cte": "base64",
        "body": """
Hi Ravi,

Would it be possible to move the lease renewal meeting from Friday the 11th at 11? The solicitor can't be
there that morning and I'd rather have her with me.
I could do Monday 14th at 11 or Tuesday 15th any time after 2.

Thanks a mil,
Siobhán

Sent from Yahoo Mail on Android

On Thu, 3 Dec 2026 at 11:02, Ravi Menon <ravi@menon-property.ie> wrote:
> Hi Siobhán,
> I've booked the meeting room for Friday 11 December, 11:00-12:00, to go through the lease renewal.
> Ravi
""",
        "label": {
            "recipient_name": "Siobhán Ó Briain", "recipient_name_alternatives": ["Siobhán"],
            "sender_name": "Ravi Menon", "sender_name_alternatives": ["Ravi"],
            "meeting": "the lease renewal meeting",
            "meeting_alternatives": ["lease renewal meeting", "Lease renewal meeting"],
            "meeting_time": "Friday the 11th at 11", "meeting_time_iso": "2026-12-11T11:00",
            "proposed_times": ["Monday 14th at 11", "Tuesday 15th any time after 2"],
            "proposed_times_iso": ["2026-12-14T11:00", "2026-12-15T14:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "On Thu, 3 Dec 2026 at 11:02, Ravi Menon <ravi@menon-property.ie> wrote:",
        },
    },
    {
        "file": "007.txt",
        "text": """
Hi Jess,

Sorry to do this but we'll have to cancel the dog-training session on Saturday 19 Dec (10-11am) - we're
going to my in-laws' in Cornwall for Christmas after all. Do we lose the £40 deposit or can it be carried
over to January? Happy either way, just let me know.

Thanks,
Gemma (& Biscuit)
""",
        "label": {
            "recipient_name": "Gemma", "recipient_name_alternatives": [],
            "sender_name": "Jess", "sender_name_alternatives": [],
            "meeting": "the dog-training session",
            "meeting_alternatives": ["dog-training session", "session"],
            "meeting_time": "Saturday 19 Dec (10-11am)", "meeting_time_iso": "2026-12-19T10:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule", "cancellation_policy"],
        },
    },
    {
        "file": "008.eml",
        "headers": {
            "From": ("Anél Coetzee", "anel@botha-wines-example.co.za"),
            "To": ("Marc Dubois", "marc@dubois-crm.com"),
            "Subject": "Missed onboarding call",
            "Date": "Mon, 07 Dec 2026 08:12:00 +0200",
            "Message-ID": "<8d2e0c11-anel@botha-wines-example.co.za>",
        },
        "body": """
Morning Marc,

Apologies for missing our onboarding call on Thursday at 15h00. Load-shedding took out the Wi-Fi at the
farm and my phone died shortly after, so I couldn't even let you know.

Could we try again on Wednesday 9 Dec at 10h00 SA time? Otherwise any morning this week works.

Kind regards,
Anél Coetzee
Botha Family Wines | Stellenbosch
""",
        "label": {
            "recipient_name": "Anél Coetzee", "recipient_name_alternatives": ["Anél"],
            "sender_name": "Marc Dubois", "sender_name_alternatives": ["Marc"],
            "meeting": "our onboarding call",
            "meeting_alternatives": ["onboarding call", "Missed onboarding call"],
            "meeting_time": "Thursday at 15h00", "meeting_time_iso": "2026-12-03T15:00",
            "proposed_times": ["Wednesday 9 Dec at 10h00 SA time"], "proposed_times_iso": ["2026-12-09T10:00"],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
        },
    },
    {
        "file": "009.txt",
        "text": """
Hi there,

Quick question ahead of the closing on Tuesday at 1:30pm: should I bring the original deed or is a copy
fine? And is there parking at your building or should I use the garage on Lamar?

Thanks!
Marcus Bell

Sent from my iPhone
""",
        "label": {
            "recipient_name": "Marcus Bell", "recipient_name_alternatives": ["Marcus"],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "the closing", "meeting_alternatives": ["closing"],
            "meeting_time": "Tuesday at 1:30pm", "meeting_time_iso": "2026-12-08T13:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
        },
    },
    {
        "file": "010.txt",
        "text": """
Hiya Sam,

Fancy joining us for our year-end planning session? It's on 17/12 at half nine, at our office above the
bakery on Gloucester Road. We'd love your take on next year's festival budget before we sign anything off.
Pastries from 9, obviously.

Cheers,
Ellie

Ellie Marsh | Founder, Hopscotch Events | Bristol
""",
        "label": {
            "recipient_name": "Ellie Marsh", "recipient_name_alternatives": ["Ellie"],
            "sender_name": "Sam", "sender_name_alternatives": [],
            "meeting": "our year-end planning session",
            "meeting_alternatives": ["year-end planning session", "planning session"],
            "meeting_time": "17/12 at half nine", "meeting_time_iso": "2026-12-17T09:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
]
