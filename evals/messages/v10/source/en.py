"""English client messages of the v10 set (Seattle, Aotearoa New Zealand, Cardiff, Singapore, Lagos, Nairobi,
Manchester, Halifax (Nova Scotia), Belfast, New York), written by hand with their labels."""

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Joaquín Ramírez-Ortega", "joaquin.ramirez@cascadiafreight.example.com"),
            "To": ("Anjali Natarajan", "anjali@natarajan-ux.example.com"),
            "Subject": "Invite: dispatch app design review",
            "Date": "Tue, 01 Dec 2026 14:22:00 -0800",
            "Message-ID": "<CAB7ramirez1201@mail.gmail.com>",
        },
        "body": """
Hi Anjali,

Hope the move went well! We'd love to have you at our dispatch-app design review on Thursday, 12/10 from 1:00–3:30 PM PT at our Pioneer Square office (3rd floor, the big conference room by the kitchen). Lunch is at noon if you want to come early.

Could you let me know by EOD Friday? Badge requests need two business days.

Thanks!
Joaquín

Joaquín Ramírez-Ortega | Director of Product
Cascadia Freight Labs
(206) 555-0147

Sent from my iPhone
""",
        "label": {
            "recipient_name": "Joaquín Ramírez-Ortega", "recipient_name_alternatives": ["Joaquín"],
            "sender_name": "Anjali Natarajan", "sender_name_alternatives": ["Anjali"],
            "meeting": "our dispatch-app design review",
            "meeting_alternatives": ["dispatch-app design review", "design review", "Invite: dispatch app design review"],
            "meeting_time": "Thursday, 12/10 from 1:00–3:30 PM PT", "meeting_time_iso": "2026-12-10T13:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "002.txt",
        "text": """
Kia ora Tamati! Sorry to be a pain but I need to move our chat about the website quote on Tues at 10, school just rang and I've got to pick up my youngest. Would Wed 9 Dec, 2.30ish or Thurs first thing (8am) work instead? Cheers, Mereana 🙂
""",
        "label": {
            "recipient_name": "Mereana", "recipient_name_alternatives": [],
            "sender_name": "Tamati", "sender_name_alternatives": [],
            "meeting": "our chat about the website quote",
            "meeting_alternatives": ["chat about the website quote", "website quote"],
            "meeting_time": "Tues at 10", "meeting_time_iso": "2026-12-08T10:00",
            "proposed_times": ["Wed 9 Dec, 2.30ish", "Thurs first thing (8am)"],
            "proposed_times_iso": ["2026-12-09T14:30", "2026-12-10T08:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Siân Llewelyn", "sian@llewelynceramics.example.co.uk"),
            "To": ("Emyr Pritchard", "emyr@pritchard-mentoring.example.co.uk"),
            "Subject": "Today's session - so sorry",
            "Date": "Fri, 11 Dec 2026 07:05:00 +0000",
            "Message-ID": "<7a3c90b1-llewelyn@llewelynceramics.example.co.uk>",
        },
        "body": """
Morning Emyr,

I'm really sorry but I won't make our mentoring session at 9.15 this morning. I've been up half the night with a migraine and can't look at a screen, let alone drive to Pontcanna.

I know it's well inside your 24-hour window, so please just invoice me for the session as normal, that's only fair.

Could we look at something next week instead? Any afternoon apart from Wednesday works.

Diolch,
Siân

--
Siân Llewelyn
Llewelyn Ceramics
07700 900418
""",
        "label": {
            "recipient_name": "Siân Llewelyn", "recipient_name_alternatives": ["Siân"],
            "sender_name": "Emyr Pritchard", "sender_name_alternatives": ["Emyr"],
            "meeting": "our mentoring session",
            "meeting_alternatives": ["mentoring session", "the session", "Today's session"],
            "meeting_time": "9.15 this morning", "meeting_time_iso": "2026-12-11T09:15",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "004.eml",
        "headers": {
            "From": ("Nguyễn Thu Hà", "ha.nguyen@mekonglink.example.sg"),
            "To": ("Marcus Koh", "marcus.koh@kohanalytics.example.sg"),
            "Subject": "Fwd: Panel invitation – ASEAN Supply Chain Forum",
            "Date": "Wed, 02 Dec 2026 17:30:00 +0800",
            "Message-ID": "<CAKnguyen0212@mail.gmail.com>",
        },
        "body": """
Hi Marcus,

Forwarding the invite from the Chamber below. They've asked me to sit on the panel but I'd much rather you did it, since it's your logistics data. Would you be able to go in my place? If not, could you at least come along?

Best,
Hà

---------- Forwarded message ---------
From: Events Team <events@sgchamber.example.sg>
Date: Mon, 30 Nov 2026 at 10:15
Subject: Panel invitation – ASEAN Supply Chain Forum
To: Nguyễn Thu Hà <ha.nguyen@mekonglink.example.sg>

Dear Ms Nguyễn,

We are pleased to invite you to join the panel "Resilient Supply Chains after 2026" at the ASEAN Supply Chain Forum on Wednesday, 16 December 2026, 2:30pm – 3:45pm (SGT), Marina Bay Sands Expo, Level 4, Room Orchid 4202.
Registration opens at 1:30pm. Kindly confirm your participation by 9 December.

Warm regards,
Events Team
""",
        "calendar": """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SG Chamber//Events//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ascf-panel-20261216@sgchamber.example.sg
DTSTAMP:20261130T021500Z
DTSTART;TZID=Asia/Singapore:20261216T143000
DTEND;TZID=Asia/Singapore:20261216T154500
SUMMARY:Panel: Resilient Supply Chains after 2026 (ASEAN Supply Chain Forum)
LOCATION:Marina Bay Sands Expo\\, Level 4\\, Orchid 4202
END:VEVENT
END:VCALENDAR
""",
        "label": {
            "recipient_name": "Nguyễn Thu Hà", "recipient_name_alternatives": ["Hà", "Thu Hà"],
            "sender_name": "Marcus Koh", "sender_name_alternatives": ["Marcus"],
            "meeting": "ASEAN Supply Chain Forum",
            "meeting_alternatives": ["the panel", "the ASEAN Supply Chain Forum",
                                     "Panel invitation – ASEAN Supply Chain Forum",
                                     "Resilient Supply Chains after 2026"],
            "meeting_time": "Wednesday, 16 December 2026, 2:30pm – 3:45pm", "meeting_time_iso": "2026-12-16T14:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "005.txt",
        "text": """
Good afternoon Ma,

Trust you are doing well. Please I want to find out about your cancellation policy before I pay for the 6-session package. If I cancel a session on short notice, will it be forfeited or can it be carried over? Also, do you refund the balance if I am transferred to Abuja before I finish?

I will be expecting your response.

Thank you.
Regards,
Oluwaseun Bakare-Eze
""",
        "label": {
            "recipient_name": "Oluwaseun Bakare-Eze", "recipient_name_alternatives": [],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "the 6-session package",
            "meeting_alternatives": ["6-session package", "a session"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "006.txt",
        "text": """
Dear Fergal,

Further to our earlier correspondence, I regret that I will be unable to attend the site visit to the Thika plant scheduled for Monday 14th December at 10:00 hrs, as I have been summoned to a board meeting in Mombasa that week.

Could we kindly move it to Thursday 17th December, same time, or Friday 18th at 14:00 hrs? Please advise which suits you.

Kind regards,
Wanjiru Kamau
Operations Manager, Highlands Dairy Co-operative
+254 20 555 0188

Sent from my Huawei phone

From: Fergal Gallagher <fergal@gallagher-engineering.example.ie>
Sent: Wednesday, November 25, 2026 4:10 PM
To: Wanjiru Kamau <w.kamau@highlandsdairy.example.co.ke>
Subject: Site visit - Thika plant

Hi Wanjiru,
I land in Nairobi on Sunday 13th; the site visit is confirmed for Monday 14th December, 10:00-13:00.
Best,
Fergal
""",
        "label": {
            "recipient_name": "Wanjiru Kamau", "recipient_name_alternatives": [],
            "sender_name": "Fergal", "sender_name_alternatives": [],
            "meeting": "the site visit to the Thika plant",
            "meeting_alternatives": ["site visit to the Thika plant", "the site visit", "site visit"],
            "meeting_time": "Monday 14th December at 10:00 hrs", "meeting_time_iso": "2026-12-14T10:00",
            "proposed_times": ["Thursday 17th December, same time", "Friday 18th at 14:00 hrs"],
            "proposed_times_iso": ["2026-12-17T10:00", "2026-12-18T14:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "From: Fergal Gallagher <fergal@gallagher-engineering.example.ie>", "quoted_until": None,
        },
    },
    {
        "file": "007.txt",
        "text": """
Hiya Becks, gutted but I'll have to cancel our PT session tomorrow at 7am, put my back out lifting the Christmas tree into the house 🙈 Will message you when I'm back on my feet. Sorry for the short notice!
Dave
""",
        "label": {
            "recipient_name": "Dave", "recipient_name_alternatives": [],
            "sender_name": "Becks", "sender_name_alternatives": [],
            "meeting": "our PT session", "meeting_alternatives": ["PT session"],
            "meeting_time": "tomorrow at 7am", "meeting_time_iso": "2026-12-07T07:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "008.eml",
        "headers": {
            "From": ("Zoé Thériault", "zoe.theriault@eastlink.example.ca"),
            "To": ("Callum Donnelly", "callum.donnelly@donnelly-mortgages.example.ca"),
            "Subject": "Missed appointment on Saturday",
            "Date": "Mon, 07 Dec 2026 10:02:00 -0400",
            "Message-ID": "<5c1d77e3-theriault@eastlink.example.ca>",
        },
        "body": """
Hi Callum,

I owe you an apology. I completely missed our mortgage renewal meeting on Saturday at 11:30. My daughter's hockey tournament in Truro ran late and I lost track of time; I should have at least called.

If you still have room, I could come by Wednesday after 4 or any time Friday morning.

Sorry again,
Zoé Thériault
""",
        "label": {
            "recipient_name": "Zoé Thériault", "recipient_name_alternatives": [],
            "sender_name": "Callum Donnelly", "sender_name_alternatives": ["Callum"],
            "meeting": "our mortgage renewal meeting",
            "meeting_alternatives": ["mortgage renewal meeting", "mortgage renewal"],
            "meeting_time": "Saturday at 11:30", "meeting_time_iso": "2026-12-05T11:30",
            "proposed_times": ["Wednesday after 4", "any time Friday morning"],
            "proposed_times_iso": ["2026-12-09T16:00", "2026-12-11"],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "009.txt",
        "text": """
Hi Bronagh,

All good for the planning workshop on Thursday at half two. One thing: my colleague Róisín uses a wheelchair, is there step-free access to the room? If not we're happy to host it in our offices on the Ormeau Road.

Ta,
Pádraig
""",
        "label": {
            "recipient_name": "Pádraig", "recipient_name_alternatives": [],
            "sender_name": "Bronagh", "sender_name_alternatives": [],
            "meeting": "the planning workshop", "meeting_alternatives": ["planning workshop"],
            "meeting_time": "Thursday at half two", "meeting_time_iso": "2026-12-10T14:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "010.eml",
        "html": True,
        "headers": {
            "From": ("Natalia Wiśniewska", "nwisniewska@hudsonridge.example.com"),
            "To": ("Miriam Stein", "miriam@steinlaw.example.com"),
            "Subject": "Re: Deposition prep – Dec 15",
            "Date": "Thu, 03 Dec 2026 16:48:00 -0500",
            "Message-ID": "<BN8PR12MB.wisniewska.20261203@hudsonridge.example.com>",
            "In-Reply-To": "<CAFstein1130@mail.gmail.com>",
        },
        "body": """
Hi Miriam,

Unfortunately we need to cancel the deposition prep meeting on Tuesday, December 15th at 9:30am. Opposing counsel just agreed to postpone the deposition itself to late January, so there's no point prepping now.

Let's plan to reschedule once we have the new date; I'd guess the week of January 18.

Best regards,
Natalia

Natalia Wiśniewska
General Counsel | Hudson Ridge Properties LLC
212-555-0193

CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain attorney-client privileged information. If you are not the intended recipient, please notify the sender and delete it.

On Mon, Nov 30, 2026 at 3:12 PM Miriam Stein <miriam@steinlaw.example.com> wrote:
> Natalia, confirming deposition prep on Tuesday 12/15 at 9:30 AM at our office. Please bring the lease files.
> Miriam
""",
        "label": {
            "recipient_name": "Natalia Wiśniewska", "recipient_name_alternatives": ["Natalia"],
            "sender_name": "Miriam Stein", "sender_name_alternatives": ["Miriam"],
            "meeting": "the deposition prep meeting",
            "meeting_alternatives": ["deposition prep meeting", "deposition prep", "Deposition prep – Dec 15"],
            "meeting_time": "Tuesday, December 15th at 9:30am", "meeting_time_iso": "2026-12-15T09:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule"],
            "quoted_from": "On Mon, Nov 30, 2026 at 3:12 PM Miriam Stein <miriam@steinlaw.example.com> wrote:",
            "quoted_until": None,
        },
    },
]
