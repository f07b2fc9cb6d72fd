"""English (US, UK, Irish, Scottish, Australian) client messages for the held-out v4 set, written by hand with their labels."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.txt", "text": """
Hey Priya,
You around Thursday arvo, say 3ish, to go over the new onboarding flow? Happy to come to you.
Cheers,
Lachlan
""", "label": {
        "recipient_name": "Lachlan", "sender_name": "Priya",
        "meeting": "the new onboarding flow", "meeting_alternatives": ["new onboarding flow", "go over the new onboarding flow"],
        "meeting_time": "Thursday arvo, say 3ish", "meeting_time_iso": "2026-12-10T15:00",
        "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},

    {"file": "002.eml", "headers": {
        "From": ("Renée Castillo", "renee.castillo@brightlinehealth.example.com"),
        "To": ("Marcus Webb", "marcus@webbadvisory.com"),
        "Subject": "RE: Q1 roadmap review",
        "Date": "Wed, 02 Dec 2026 16:45:00 -0600",
        "Message-ID": "<SA1PR-castillo-1202-1645@brightlinehealth.example.com>",
        "In-Reply-To": "<webb-1130-0902@webbadvisory.com>"},
        "body": """
Hi Marcus,

Something's come up on our end and I need to push our Q1 roadmap review, currently on the books for Thu 12/10 from 1-2:30pm CT.
Would either Mon 12/14 at 10am or Tue 12/15 at 3:30pm work instead? Please let me know by EOD Friday so I can update the invite.

Thanks,
Renée

Renée Castillo | Director of Product | Brightline Health
O: (512) 555-0187

-----Original Message-----
From: Marcus Webb <marcus@webbadvisory.com>
Sent: Monday, November 30, 2026 9:02 AM
To: Castillo, Renée <renee.castillo@brightlinehealth.example.com>
Subject: Q1 roadmap review

Renée, confirming Thursday 12/10, 1:00-2:30pm CT, on Zoom. Marcus
""", "label": {
        "recipient_name": "Renée Castillo", "recipient_name_alternatives": ["Renée"],
        "sender_name": "Marcus Webb", "sender_name_alternatives": ["Marcus"],
        "meeting": "our Q1 roadmap review", "meeting_alternatives": ["Q1 roadmap review"],
        "meeting_time": "Thu 12/10 from 1-2:30pm CT", "meeting_time_iso": "2026-12-10T13:00",
        "proposed_times": ["Mon 12/14 at 10am", "Tue 12/15 at 3:30pm"],
        "proposed_times_iso": ["2026-12-14T10:00", "2026-12-15T15:30"],
        "kind": "reschedule_request", "suggested_intents": ["reschedule"],
        "quoted_from": "-----Original Message-----"}},

    {"file": "003.txt", "text": """
Hi Gemma,

Really sorry to do this so late, but I'll have to cancel tomorrow's 9.15 viewing at Elm Row. Our buyer has pulled out of the chain and we can't go ahead with anything until that's sorted.
I'll be in touch once things settle.

Best,
Oliver Grant

Sent from my iPhone
""", "label": {
        "recipient_name": "Oliver Grant", "recipient_name_alternatives": ["Oliver"],
        "sender_name": "Gemma",
        "meeting": "viewing at Elm Row", "meeting_alternatives": ["9.15 viewing at Elm Row", "tomorrow's 9.15 viewing at Elm Row"],
        "meeting_time": "tomorrow's 9.15", "meeting_time_iso": "2026-12-07T09:15",
        "proposed_times": [], "proposed_times_iso": [],
        "kind": "cancellation", "suggested_intents": ["late_cancellation"]}},

    {"file": "004.eml", "headers": {
        "From": ("Aoife Ó Súilleabháin", "aoife@cairdearts.example.ie"),
        "To": ("Niamh Doyle", "niamh@doylegrants.ie"),
        "Subject": "Missed call this morning - so sorry",
        "Date": "Tue, 08 Dec 2026 10:20:00 +0000",
        "Message-ID": "<DU2PR-osuilleabhain-0812-1020@cairdearts.example.ie>"},
        "html": True,
        "body": """
Hi Niamh,

I'm mortified, I completely missed our call this morning at half nine about the Arts Council grant application. The school run went sideways and I only saw the Teams reminder at ten.
Could we do tomorrow at 2 instead, or any time Thursday?

Thanks a million,
Aoife

Aoife Ó Súilleabháin
Development Officer, Cairde Community Arts
+353 1 555 0123
Office hours: Tue–Thu, 9.30–4.00

This email and any attachments are confidential and intended solely for the addressee. Tá an ríomhphost seo faoi rún.
""", "label": {
        "recipient_name": "Aoife Ó Súilleabháin", "recipient_name_alternatives": ["Aoife"],
        "sender_name": "Niamh Doyle", "sender_name_alternatives": ["Niamh"],
        "meeting": "our call this morning at half nine about the Arts Council grant application",
        "meeting_alternatives": ["the Arts Council grant application", "Arts Council grant application", "our call", "call"],
        "meeting_time": "this morning at half nine", "meeting_time_iso": "2026-12-08T09:30",
        "proposed_times": ["tomorrow at 2", "any time Thursday"], "proposed_times_iso": ["2026-12-09T14:00", "2026-12-10"],
        "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},

    {"file": "005.txt", "text": """
Hello,

We're looking at booking your facilitation services for our leadership offsite in the spring.
Could you send over your terms, specifically what happens if we need to cancel or reduce numbers within 14 days of the date? Our procurement team will also need your W-9.

Regards,
Tanya Okonkwo-Hale
Operations Manager | Redwood & Pike LLP
Please note our office is closed Dec 24 - Jan 1.
""", "label": {
        "recipient_name": "Tanya Okonkwo-Hale", "recipient_name_alternatives": ["Tanya"],
        "sender_name": None,
        "meeting": "our leadership offsite", "meeting_alternatives": ["leadership offsite", "your facilitation services"],
        "meeting_time": None, "meeting_time_iso": None, "proposed_times": [], "proposed_times_iso": [],
        "kind": "policy_question", "suggested_intents": ["cancellation_policy"]}},

    {"file": "006.eml", "headers": {
        "From": ("Zoë Hargreaves", "zoe.hargreaves@northmoor-retail.example.co.uk"),
        "To": ("Tom Aldridge", "tom@aldridge-data.co.uk"),
        "Subject": "Fwd: Invitation: Vendor onboarding kickoff @ Wed 16 Dec 2026 11:00 - 12:00 (GMT)",
        "Date": "Fri, 04 Dec 2026 17:20:00 +0000",
        "Message-ID": "<CAH2-hargreaves-0412-1720@mail.gmail.com>"},
        "body": """
Tom, forwarding this in case you can join. It'd be great to have you walk them through the data migration bit.
Zoë

---------- Forwarded message ---------
From: Harriet Osei <harriet.osei@northmoor-retail.example.co.uk>
Date: Fri, 4 Dec 2026 at 16:58
Subject: Invitation: Vendor onboarding kickoff @ Wed 16 Dec 2026 11:00 - 12:00 (GMT)
To: <zoe.hargreaves@northmoor-retail.example.co.uk>

Vendor onboarding kickoff
When: Wednesday 16 Dec 2026 11:00 – 12:00 (Greenwich Mean Time - London)
Joining info: meet.google.com/xqe-kbpt-rwa
Organiser: Harriet Osei

Reply for zoe.hargreaves@northmoor-retail.example.co.uk: Yes / No / Maybe
""",
        "calendar": """
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261216T110000Z
DTEND:20261216T120000Z
DTSTAMP:20261204T165800Z
ORGANIZER;CN=Harriet Osei:mailto:harriet.osei@northmoor-retail.example.co.uk
UID:7kq2v0northmoorkickoff@google.com
SUMMARY:Vendor onboarding kickoff
END:VEVENT
END:VCALENDAR
""", "label": {
        "recipient_name": "Zoë Hargreaves", "recipient_name_alternatives": ["Zoë"],
        "sender_name": "Tom Aldridge", "sender_name_alternatives": ["Tom"],
        "meeting": "Vendor onboarding kickoff", "meeting_alternatives": ["onboarding kickoff"],
        "meeting_time": "Wednesday 16 Dec 2026 11:00 – 12:00", "meeting_time_iso": "2026-12-16T11:00",
        "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},

    {"file": "007.txt", "text": """
Morning Fraser,

Any chance we could shift the site visit at the distillery on Wednesday at half ten? The still house is being recommissioned that week and it'll be chaos.
Same time on Wed 16th or Thurs 17th would suit us.

Cheers,
Isla MacLeod
Glen Arran Distillers
""", "label": {
        "recipient_name": "Isla MacLeod", "recipient_name_alternatives": ["Isla"],
        "sender_name": "Fraser",
        "meeting": "the site visit at the distillery", "meeting_alternatives": ["site visit at the distillery", "site visit"],
        "meeting_time": "Wednesday at half ten", "meeting_time_iso": "2026-12-09T10:30",
        "proposed_times": ["Wed 16th", "Thurs 17th"], "proposed_times_iso": ["2026-12-16T10:30", "2026-12-17T10:30"],
        "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},

    {"file": "008.eml", "headers": {
        "From": ("Anand Raghunathan", "anand.r@cobaltcloud.example.com"),
        "To": ("Claire Whitfield", "claire@whitfieldagile.com"),
        "Subject": "Cancellation: Agile coaching workshop Dec 17-18",
        "Date": "Thu, 03 Dec 2026 14:05:00 -0800",
        "Message-ID": "<BY5PR-raghunathan-1203-1405@cobaltcloud.example.com>"},
        "body": """
Dear Claire,

Please accept this email as notice that we need to cancel the two-day Agile coaching workshop scheduled for December 17–18. Our reorg announcement this week has changed the team's priorities for Q1.

Per our SOW, could you confirm whether any cancellation fee applies at two weeks' notice?

Kind regards,
Anand Raghunathan
Engineering Manager, Cobalt Cloud Inc.

CONFIDENTIALITY NOTICE: This message is intended only for the named recipient(s) and may contain privileged information. If you received it in error, please notify the sender and delete it.
""", "label": {
        "recipient_name": "Anand Raghunathan", "recipient_name_alternatives": ["Anand"],
        "sender_name": "Claire Whitfield", "sender_name_alternatives": ["Claire"],
        "meeting": "the two-day Agile coaching workshop",
        "meeting_alternatives": ["two-day Agile coaching workshop", "Agile coaching workshop"],
        "meeting_time": "December 17–18", "meeting_time_iso": "2026-12-17",
        "proposed_times": [], "proposed_times_iso": [],
        "kind": "cancellation", "suggested_intents": ["reschedule", "cancellation_policy"]}},

    {"file": "009.txt", "text": """
Hi Dr Mensah,

Thanks for confirming the board briefing on Friday 11th at 8:30am.
Could you send the slides by Wednesday noon so we can circulate them? Also, our chair, Gillian Frost, will dial in rather than attend in person.

Best wishes,
Rachel

Rachel Adeyemi
Company Secretary, Thamesbank Housing Trust
""", "label": {
        "recipient_name": "Rachel Adeyemi", "recipient_name_alternatives": ["Rachel"],
        "sender_name": "Mensah", "sender_name_alternatives": ["Dr Mensah"],
        "meeting": "the board briefing", "meeting_alternatives": ["board briefing"],
        "meeting_time": "Friday 11th at 8:30am", "meeting_time_iso": "2026-12-11T08:30",
        "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},

    {"file": "010.eml", "headers": {
        "From": ("José Ibáñez", "jose.ibanez@lumenstudio.example.com"),
        "To": ("Dana Pruitt", "dana@pruitt-a11y.com"),
        "Subject": "Re: Great meeting you!",
        "Date": "Tue, 01 Dec 2026 11:30:00 -0500",
        "Message-ID": "<F1A2B3C4-IBANEZ-1201@lumenstudio.example.com>",
        "In-Reply-To": "<pruitt-1201-0914@pruitt-a11y.com>"},
        "body": """
Hi Dana,

Great to meet you at the conference! We'd love to have you in for a lunch-and-learn on accessibility for our design team.
Would Wednesday Dec 9th, noon-1 or Friday the 11th, 12:30 work? Lunch is on us.

Best,
José

Sent from my iPhone

On Tue, Dec 1, 2026 at 9:14 AM Dana Pruitt <dana@pruitt-a11y.com> wrote:
> Hi José, lovely to meet you yesterday. Happy to chat about accessibility any time next week.
> Dana
""", "label": {
        "recipient_name": "José Ibáñez", "recipient_name_alternatives": ["José"],
        "sender_name": "Dana Pruitt", "sender_name_alternatives": ["Dana"],
        "meeting": "a lunch-and-learn on accessibility",
        "meeting_alternatives": ["lunch-and-learn on accessibility", "lunch-and-learn"],
        "meeting_time": None, "meeting_time_iso": None,
        "proposed_times": ["Wednesday Dec 9th, noon-1", "Friday the 11th, 12:30"],
        "proposed_times_iso": ["2026-12-09T12:00", "2026-12-11T12:30"],
        "kind": "invitation", "suggested_intents": INV,
        "quoted_from": "On Tue, Dec 1, 2026 at 9:14 AM Dana Pruitt <dana@pruitt-a11y.com> wrote:"}},
]
