"""English client messages for the v9 held-out set (Cardiff, New Zealand, New York, Singapore, Manchester, Boston, Lagos, Belfast, Vancouver, Manila)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Siân Prydderch", "sian.prydderch@taffhousing.example.org.uk"),
            "To": ("Gareth Llewellyn", "gareth@llewellyn-governance.co.uk"),
            "Subject": "Board away day – would you facilitate?",
            "Date": "Tue, 01 Dec 2026 16:44:00 +0000",
            "Message-ID": "<LO2P265MB3318.prydderch@taffhousing.example.org.uk>",
        },
        "body": """
Hi Gareth,

Hope you're well. Our chair was very taken with your governance session at the sector conference, and we'd love
you to facilitate our board away day on Thursday 17th December, 10am–4pm, at the Norwegian Church in Cardiff Bay.

We're mostly looking at the risk appetite statement and the board skills audit. Lunch will be at 12.30 and
there's a 15-minute break mid-afternoon.

Could you let me know by Friday whether you're able to do it, and your day rate?

Diolch / Thanks,
Siân

Siân Prydderch
Company Secretary | Taff Housing Association
029 2055 7711
""",
        "label": {
            "recipient_name": "Siân Prydderch", "recipient_name_alternatives": ["Siân"],
            "sender_name": "Gareth Llewellyn", "sender_name_alternatives": ["Gareth"],
            "meeting": "our board away day", "meeting_alternatives": ["board away day", "away day"],
            "meeting_time": "Thursday 17th December, 10am–4pm", "meeting_time_iso": "2026-12-17T10:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INV,
        },
    },
    {
        "file": "002.txt",
        "text": """
Kia ora Tama, any chance we can shift the site meeting from Tuesday 8am? Concrete truck's been bumped to
Tuesday morning so I need to be on the other job 🙄 Weds 8am or Thurs 10ish work for me
Cheers, Nikau
""",
        "label": {
            "recipient_name": "Nikau", "recipient_name_alternatives": [],
            "sender_name": "Tama", "sender_name_alternatives": [],
            "meeting": "the site meeting", "meeting_alternatives": ["site meeting"],
            "meeting_time": "Tuesday 8am", "meeting_time_iso": "2026-12-08T08:00",
            "proposed_times": ["Weds 8am", "Thurs 10ish"],
            "proposed_times_iso": ["2026-12-09T08:00", "2026-12-10T10:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Rachel Goldberg-Nuñez", "rachel.gn@gmail.com"),
            "To": ("Daniel Okafor", "daniel@okaforwealth.com"),
            "Subject": "Re: Portfolio review Monday",
            "Date": "Mon, 14 Dec 2026 06:52:00 -0500",
            "Message-ID": "<8E5B27C4-1F0A-4D7E-9C33@gmail.com>",
            "In-Reply-To": "<review-1214.okafor@okaforwealth.com>",
        },
        "body": """
Daniel,

I'm so sorry to do this, but I have to cancel our portfolio review at 9:30 this morning. My flight back from
Miami was cancelled and I won't land at LaGuardia until noon. Happy to pay the session fee, of course. I'll
call your office to rebook once I'm home.

Rachel

Sent from my iPhone

On Dec 11, 2026, at 4:15 PM, Daniel Okafor <daniel@okaforwealth.com> wrote:

> Hi Rachel, confirming your portfolio review on Monday, December 14 at 9:30 AM at our Madison Ave office.
> Best, Daniel
""",
        "label": {
            "recipient_name": "Rachel Goldberg-Nuñez", "recipient_name_alternatives": ["Rachel"],
            "sender_name": "Daniel Okafor", "sender_name_alternatives": ["Daniel"],
            "meeting": "our portfolio review", "meeting_alternatives": ["portfolio review"],
            "meeting_time": "9:30 this morning", "meeting_time_iso": "2026-12-14T09:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"],
            "quoted_from": "On Dec 11, 2026, at 4:15 PM, Daniel Okafor <daniel@okaforwealth.com> wrote:",
        },
    },
    {
        "file": "004.txt",
        "text": """
Hi Wei Ling,

Forwarding the invite below. I'm in Jakarta that whole week, so could you attend on my behalf? You know the
vendor file better than anyone anyway. Dial-in details are in the calendar invite if you'd rather join remotely.

Thanks!
Arjun

________________________________
From: Procurement Office <procurement@straitsbank.example.sg>
Sent: Thursday, 3 December 2026 5:42 pm
To: Arjun Menon <arjun.menon@meridian-advisory.sg>
Subject: Vendor due-diligence briefing

Dear Mr Menon,

You are invited to the vendor due-diligence briefing on Wednesday, 16 December 2026, 2:30 pm – 4:00 pm (SGT),
Level 21, Straits Bank Tower. Registration closes at 12 noon on 14 December.

Regards,
Procurement Office
""",
        "label": {
            "recipient_name": "Arjun", "recipient_name_alternatives": ["Arjun Menon"],
            "sender_name": "Wei Ling", "sender_name_alternatives": [],
            "meeting": "the vendor due-diligence briefing",
            "meeting_alternatives": ["vendor due-diligence briefing", "the invite"],
            "meeting_time": "Wednesday, 16 December 2026, 2:30 pm – 4:00 pm (SGT)",
            "meeting_time_iso": "2026-12-16T14:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INV,
        },
    },
    {
        "file": "005.txt",
        "text": """
Hi Shreya,

Thanks for sending the proposal for the resilience workshops through - the team liked it a lot.

One thing before I get sign-off: what's your policy if we have to cancel or postpone a session at short notice?
With the rail strikes this winter there's a real chance half the team can't get into Manchester on the day.
Is there a cut-off after which the full fee is due, and could a session switch to online instead?

Many thanks,
Chloé Ashworth
People & Culture Lead
Northern Quarter Studios
""",
        "label": {
            "recipient_name": "Chloé Ashworth", "recipient_name_alternatives": [],
            "sender_name": "Shreya", "sender_name_alternatives": [],
            "meeting": "the resilience workshops", "meeting_alternatives": ["resilience workshops", "session"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Jessica Thibodeau", "jthibodeau@harborlightbio.example.com"),
            "To": ("Owen Pruitt", "owen@pruittanalytics.com"),
            "Subject": "Re: Q4 check-in",
            "Date": "Tue, 08 Dec 2026 17:26:00 -0500",
            "Message-ID": "<CAH3c7yQ1rp@harborlightbio.example.com>",
            "In-Reply-To": "<q4-checkin.pruitt@pruittanalytics.com>",
        },
        "body": """
On Mon, Dec 7, 2026 at 9:03 AM Owen Pruitt <owen@pruittanalytics.com> wrote:
> Hi Jess,
> Sending the deck ahead of our Thursday call (3:00-3:45 PM ET).
> Let me know if the churn numbers look off.
> Owen

Thanks Owen, deck looks great.

Bad news though: our CFO just scheduled the budget review on top of it. Can we push
our quarterly check-in call on Thursday 12/10 at 3 PM ET? I could do Friday 12/11 at 11 AM or Monday 12/14 anytime after 1.

Jess
--
Jessica Thibodeau | VP Operations | Harborlight Bio | Cambridge, MA
""",
        "label": {
            "recipient_name": "Jessica Thibodeau", "recipient_name_alternatives": ["Jess"],
            "sender_name": "Owen Pruitt", "sender_name_alternatives": ["Owen"],
            "meeting": "our quarterly check-in call",
            "meeting_alternatives": ["quarterly check-in call", "Q4 check-in", "check-in"],
            "meeting_time": "Thursday 12/10 at 3 PM ET", "meeting_time_iso": "2026-12-10T15:00",
            "proposed_times": ["Friday 12/11 at 11 AM", "Monday 12/14 anytime after 1"],
            "proposed_times_iso": ["2026-12-11T11:00", "2026-12-14T13:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "On Mon, Dec 7, 2026 at 9:03 AM Owen Pruitt <owen@pruittanalytics.com> wrote:",
            "quoted_until": "> Owen",
        },
    },
    {
        "file": "007.txt",
        "text": """
Good afternoon Sir,

I write to inform you that we will no longer be able to hold the customer service training
on Monday 21st December by 10am as planned. Management has directed that all staff be at the Ikeja branch for
the year-end stock count that week.

We shall revert with a new date in January. Kindly bear with us.

Thank you.

Mrs. Folake Adeyemi
Head, Human Resources
Eko Fresh Foods Ltd, Lagos
""",
        "label": {
            "recipient_name": "Folake Adeyemi", "recipient_name_alternatives": ["Mrs. Folake Adeyemi"],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "the customer service training", "meeting_alternatives": ["customer service training", "training"],
            "meeting_time": "Monday 21st December by 10am", "meeting_time_iso": "2026-12-21T10:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "008.eml",
        "headers": {
            "From": ("Ciarán Quinn", "ciaranquinn@btinternet.com"),
            "To": ("Mark Doherty", "mark@dohertymortgages.co.uk"),
            "Subject": "Yesterday",
            "Date": "Wed, 09 Dec 2026 08:03:00 +0000",
            "Message-ID": "<1931870a.44c2@btinternet.com>",
        },
        "body": """
Morning Mark,

So sorry, I completely missed our mortgage review at 2 o'clock yesterday. The wee one was sent home from
school sick and it went clean out of my head.

Could we try again Friday at half ten? If not, any morning next week suits.

Cheers,
Ciarán
07700 900 418
""",
        "cte": "base64",
        "label": {
            "recipient_name": "Ciarán Quinn", "recipient_name_alternatives": ["Ciarán"],
            "sender_name": "Mark Doherty", "sender_name_alternatives": ["Mark"],
            "meeting": "our mortgage review", "meeting_alternatives": ["mortgage review"],
            "meeting_time": "2 o'clock yesterday", "meeting_time_iso": "2026-12-08T14:00",
            "proposed_times": ["Friday at half ten"], "proposed_times_iso": ["2026-12-11T10:30"],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
        },
    },
    {
        "file": "009.txt",
        "text": """
Hi Naomi,

Quick one ahead of the budget walkthrough Thursday at 11: our CFO, Harjit, uses a wheelchair. Is your boardroom
on Hastings St step-free, or should we book the room at our place instead? Happy either way.

Thanks,
Danielle
Danielle Kowalczyk | Controller | Salish Coast Outfitters
Vancouver, BC
""",
        "label": {
            "recipient_name": "Danielle Kowalczyk", "recipient_name_alternatives": ["Danielle"],
            "sender_name": "Naomi", "sender_name_alternatives": [],
            "meeting": "the budget walkthrough", "meeting_alternatives": ["budget walkthrough"],
            "meeting_time": "Thursday at 11", "meeting_time_iso": "2026-12-10T11:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
        },
    },
    {
        "file": "010.eml",
        "headers": {
            "From": ("Ma. Cristina Dela Peña", "cdelapena@luzonpay.example.ph"),
            "To": ("Ben Hartley", "ben.hartley@hartley-hr-systems.com"),
            "Subject": "Invitation: Kick-off meeting – payroll migration",
            "Date": "Fri, 04 Dec 2026 15:10:00 +0800",
            "Message-ID": "<SG2PR06MB5040.delapena@luzonpay.example.ph>",
        },
        "body": """
Dear Mr. Hartley,

Good day!

On behalf of LuzonPay, we would like to invite you to the kick-off meeting for the payroll migration project
on Dec. 15 (Tue) at 9:00 AM Manila time, via Zoom. Our IT and Finance heads will be joining.

Kindly confirm your attendance on or before Friday, Dec. 11 so we can send the link.

Thank you and God bless.

Respectfully yours,
Ma. Cristina Dela Peña
Project Coordinator, LuzonPay Inc.
Makati City
""",
        "html": True,
        "label": {
            "recipient_name": "Ma. Cristina Dela Peña", "recipient_name_alternatives": ["Cristina Dela Peña"],
            "sender_name": "Ben Hartley", "sender_name_alternatives": ["Mr. Hartley"],
            "meeting": "the kick-off meeting for the payroll migration project",
            "meeting_alternatives": ["kick-off meeting", "Kick-off meeting – payroll migration"],
            "meeting_time": "Dec. 15 (Tue) at 9:00 AM Manila time", "meeting_time_iso": "2026-12-15T09:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INV,
        },
    },
]
