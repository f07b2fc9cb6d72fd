"""English (US, UK, Irish, Scottish) v3 client messages and their labels, written by hand by data-f (held out)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.txt", "text": """
hey Marcus - any chance we can push our call about the Q1 content calendar from Tues 12/8 at 2:30pm? My flight got moved up. Could do Wed 12/9 anytime after 11am ET, or Thu 12/10 at 4pm.
also fyi our office closes at 3pm on Fridays in December
thx!
Kayla

Sent from my iPhone
""", "label": {
        "recipient_name": "Kayla", "sender_name": "Marcus",
        "meeting": "our call about the Q1 content calendar",
        "meeting_alternatives": ["Q1 content calendar", "the Q1 content calendar", "call about the Q1 content calendar"],
        "meeting_time": "Tues 12/8 at 2:30pm", "meeting_time_iso": "2026-12-08T14:30",
        "proposed_times": ["Wed 12/9 anytime after 11am ET", "Thu 12/10 at 4pm"],
        "proposed_times_iso": ["2026-12-09T11:00", "2026-12-10T16:00"],
        "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},

    {"file": "002.eml", "headers": {
        "From": ("Siobhán Ní Bhriain", "s.nibhriain@wit-galway.ie"),
        "To": ("Graham Whitcombe", "graham@whitcombecatering.ie"),
        "Subject": "Invitation: Annual review of the catering contract",
        "Date": "Tue, 01 Dec 2026 11:30:00 +0000",
        "Message-ID": "<20261201113000.6d2f@wit-galway.ie>"},
     "html": True,
     "body": """
Dear Mr Whitcombe,

I am writing to invite you to the annual review of our catering contract, which will take place on Thursday 17 December at 11am at our Galway campus (Room 2.14, Áras Moyola).

Could you please confirm your attendance by close of business on Friday 11 December? Parking permits are issued by reception between 8am and 10am.

Kind regards,

Siobhán Ní Bhriain
Facilities Manager
Western Institute of Technology

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Tá an ríomhphost seo faoi rún.
""", "label": {
        "recipient_name": "Siobhán Ní Bhriain", "sender_name": "Graham Whitcombe",
        "sender_name_alternatives": ["Mr Whitcombe", "Whitcombe"],
        "meeting": "the annual review of our catering contract",
        "meeting_alternatives": ["annual review of our catering contract", "Annual review of the catering contract",
                                 "Invitation: Annual review of the catering contract"],
        "meeting_time": "Thursday 17 December at 11am", "meeting_time_iso": "2026-12-17T11:00",
        "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},

    {"file": "003.eml", "headers": {
        "From": ("Okafor, Chidi", "chidi.okafor@brightwaterhealth.com"),
        "To": ("Rebecca Lyons", "rebecca@lyonsbrandlab.com"),
        "Subject": "Re: Confirmed: brand strategy workshop, Mon 12/7",
        "Date": "Mon, 07 Dec 2026 08:05:00 -0500",
        "Message-ID": "<BN8PR12MB3377D1@brightwaterhealth.com>",
        "In-Reply-To": "<20261204151200.c0de@lyonsbrandlab.com>"},
     "body": """
Hi Rebecca,

I'm so sorry to do this at the last minute, but I have to cancel our brand strategy workshop this morning at 10:00. Our CEO has called an emergency board meeting and the whole leadership team has to be there.

I know your cancellation terms - please go ahead and invoice the late fee. I'll be in touch later this week to rebook.

Best,
Chidi

Chidi Okafor | VP Marketing | Brightwater Health
Office hours: Mon-Thu 8:30am-5pm ET

On Fri, Dec 4, 2026 at 3:12 PM Rebecca Lyons <rebecca@lyonsbrandlab.com> wrote:
> Hi Chidi, confirming the brand strategy workshop on Monday, December 7, 10:00 AM - 12:30 PM at your offices.
> Best, Rebecca
""", "label": {
        "recipient_name": "Chidi Okafor", "recipient_name_alternatives": ["Okafor, Chidi", "Chidi"],
        "sender_name": "Rebecca Lyons", "sender_name_alternatives": ["Rebecca"],
        "meeting": "brand strategy workshop",
        "meeting_alternatives": ["our brand strategy workshop", "Confirmed: brand strategy workshop, Mon 12/7"],
        "meeting_time": "this morning at 10:00", "meeting_time_iso": "2026-12-07T10:00",
        "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
        "suggested_intents": ["late_cancellation", "cancellation_policy"],
        "quoted_from": "On Fri, Dec 4, 2026 at 3:12 PM Rebecca Lyons <rebecca@lyonsbrandlab.com> wrote:"}},

    {"file": "004.txt", "text": """
Dear Ms Achterberg,

Please accept my apologies for missing our appointment on Thursday afternoon to go over the planning application for the barn conversion. My train from Exeter was cancelled and I couldn't get a signal to let you know.

Would Tuesday 15th at 2.30pm or Wednesday 16th at 10am suit instead?

Yours sincerely,
Rupert Cavendish-Hale
""", "label": {
        "recipient_name": "Rupert Cavendish-Hale", "sender_name": "Achterberg",
        "sender_name_alternatives": ["Ms Achterberg"],
        "meeting": "the planning application for the barn conversion",
        "meeting_alternatives": ["planning application for the barn conversion", "our appointment"],
        "meeting_time": "Thursday afternoon", "meeting_time_iso": "2026-12-03",
        "proposed_times": ["Tuesday 15th at 2.30pm", "Wednesday 16th at 10am"],
        "proposed_times_iso": ["2026-12-15T14:30", "2026-12-16T10:00"],
        "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},

    {"file": "005.eml", "headers": {
        "From": ("Dana Kowalski", "dana.kowalski@midwestgrain.coop"),
        "To": ("Priyanka Raman", "priyanka@ramansecurity.com"),
        "Subject": "FW: Vendor security assessment – kickoff",
        "Date": "Thu, 03 Dec 2026 14:22:00 -0600",
        "Message-ID": "<CH2PR11MB4485A7@midwestgrain.coop>"},
     "body": """
Hi Priyanka,

Forwarding the invite from our CISO's office. We'd really like you to join since you ran last year's assessment. Let me know if the time works and I'll have them add you directly.

Thanks,
Dana

Dana Kowalski
Procurement Lead, Midwest Grain Cooperative
(312) 555-0147

-----Original Appointment-----
From: Security Office <security@midwestgrain.coop>
Sent: Wednesday, December 2, 2026 9:41 AM
To: Dana Kowalski; Procurement Team
Subject: Vendor security assessment – kickoff
When: Wednesday, December 16, 2026 1:00 PM-2:30 PM (UTC-06:00) Central Time (US & Canada).
Where: Microsoft Teams Meeting
""", "label": {
        "recipient_name": "Dana Kowalski", "recipient_name_alternatives": ["Dana"],
        "sender_name": "Priyanka Raman", "sender_name_alternatives": ["Priyanka"],
        "meeting": "Vendor security assessment – kickoff",
        "meeting_alternatives": ["Vendor security assessment", "FW: Vendor security assessment – kickoff"],
        "meeting_time": "Wednesday, December 16, 2026 1:00 PM-2:30 PM", "meeting_time_iso": "2026-12-16T13:00",
        "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},

    {"file": "006.txt", "text": """
Hi there,

Quick question before I book the 6-week leadership course for two of my team leads: if one of them can't make a session, can they swap to another date, or do we lose it? And what's your refund policy if we cancel the whole thing before it starts?

We'd be looking at the January intake. Happy to chat on the phone - I'm free most days before 9.30am.

Cheers,
Liam O'Donoghue
Operations Manager | Kestrel Freight

Sent from Outlook for Android
""", "label": {
        "recipient_name": "Liam O'Donoghue", "recipient_name_alternatives": ["Liam"], "sender_name": None,
        "meeting": "the 6-week leadership course",
        "meeting_alternatives": ["6-week leadership course", "leadership course"],
        "meeting_time": None, "meeting_time_iso": None, "proposed_times": [], "proposed_times_iso": [],
        "kind": "policy_question", "suggested_intents": ["cancellation_policy"]}},

    {"file": "007.eml", "headers": {
        "From": ("Hamish McAllister", "hamish.mcallister@glenviewdistillers.co.uk"),
        "To": ("Tanvi Shah", "tanvi@shahadvisory.co.uk"),
        "Subject": "RE: Board pack review – Monday",
        "Date": "Wed, 09 Dec 2026 16:02:00 +0000",
        "Message-ID": "<LO2P265MB5012C8@glenviewdistillers.co.uk>",
        "In-Reply-To": "<20261209114700.e7b3@shahadvisory.co.uk>"},
     "body": """
Hi Tanvi,

Monday at 9.15 is fine by me. Could you send the slides over by Friday lunchtime? I'd also like to bring Fiona Grant from our finance team - hope that's OK.

All the best,
Hamish

Hamish McAllister
Chief Operating Officer | Glenview Distillers Ltd
Please note I do not work on Fridays.

-----Original Message-----
From: Tanvi Shah <tanvi@shahadvisory.co.uk>
Sent: 09 December 2026 11:47
To: Hamish McAllister <hamish.mcallister@glenviewdistillers.co.uk>
Subject: Board pack review – Monday

Hi Hamish, would Monday 14 December at 9.15am work for the board pack review, at your office in Perth?
Tanvi
""", "label": {
        "recipient_name": "Hamish McAllister", "recipient_name_alternatives": ["Hamish"],
        "sender_name": "Tanvi Shah", "sender_name_alternatives": ["Tanvi"],
        "meeting": "Board pack review", "meeting_alternatives": ["Board pack review – Monday"],
        "meeting_time": "Monday at 9.15", "meeting_time_iso": "2026-12-14T09:15",
        "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": [],
        "quoted_from": "-----Original Message-----"}},

    {"file": "008.txt", "text": """
Hiya Declan,

Would you be around for a coffee next Tuesday, the 15th, say half ten? I want to pick your brain about the new loyalty app before we go to tender. My shout!

I'm off from the 18th till after New Year, so it'd be great to get it in before then.

Aoife
""", "label": {
        "recipient_name": "Aoife", "sender_name": "Declan",
        "meeting": "the new loyalty app",
        "meeting_alternatives": ["new loyalty app", "a coffee", "pick your brain about the new loyalty app"],
        "meeting_time": "next Tuesday, the 15th, say half ten", "meeting_time_iso": "2026-12-15T10:30",
        "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},

    {"file": "009.eml", "headers": {
        "From": ("Marisol Gutiérrez", "mgutierrez@solanobiolabs.com"),
        "To": ("Jonathan Pierce", "jpierce@piercecapital.com"),
        "Subject": "Request to reschedule: quarterly investor update",
        "Date": "Mon, 07 Dec 2026 09:40:00 -0800",
        "Message-ID": "<SJ0PR19MB6021B4@solanobiolabs.com>"},
     "cte": "base64", "html": True,
     "body": """
Dear Mr. Pierce,

I am writing on behalf of Dr. Evelyn Zhao, who has been called to testify before the state legislature and will be unable to attend the quarterly investor update scheduled for Thursday, December 10 at 1:00 p.m. PT.

Dr. Zhao would be grateful if the meeting could be moved to Monday, December 14 at 1:00 p.m. PT or Tuesday, December 15 at 9:30 a.m. PT. Please note that our offices close at 4:00 p.m. on December 24.

With kind regards,

Marisol Gutiérrez
Executive Assistant to Dr. Evelyn Zhao, CEO
Solano BioLabs, Inc.
""", "label": {
        "recipient_name": "Marisol Gutiérrez",
        "recipient_name_alternatives": ["Dr. Evelyn Zhao", "Evelyn Zhao", "Dr. Zhao"],
        "sender_name": "Jonathan Pierce", "sender_name_alternatives": ["Mr. Pierce", "Pierce"],
        "meeting": "the quarterly investor update",
        "meeting_alternatives": ["quarterly investor update", "Request to reschedule: quarterly investor update"],
        "meeting_time": "Thursday, December 10 at 1:00 p.m. PT", "meeting_time_iso": "2026-12-10T13:00",
        "proposed_times": ["Monday, December 14 at 1:00 p.m. PT", "Tuesday, December 15 at 9:30 a.m. PT"],
        "proposed_times_iso": ["2026-12-14T13:00", "2026-12-15T09:30"],
        "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},

    {"file": "010.txt", "text": """
Hi Sam,

Afraid we need to cancel the team photoshoot on Friday 18 December - half the team will be off with the winter bug going round, and the rest are on holiday from the 21st. Nothing to rearrange for now; we'll be in touch in the new year. Do we owe anything for cancelling at this point?

Thanks for understanding,
Grace

From: Sam Okonjo <sam@okonjophoto.co.uk>
Sent: 01 December 2026 10:03
To: Grace Hollingsworth <grace@hollingsworth-pr.co.uk>
Subject: Team photoshoot - 18 Dec

Hi Grace, all set for your team photoshoot on Friday 18 December at 9:30, studio 3.
Sam
""", "label": {
        "recipient_name": "Grace", "sender_name": "Sam",
        "meeting": "the team photoshoot", "meeting_alternatives": ["team photoshoot"],
        "meeting_time": "Friday 18 December", "meeting_time_iso": "2026-12-18",
        "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
        "suggested_intents": ["reschedule", "cancellation_policy"],
        "quoted_from": "From: Sam Okonjo <sam@okonjophoto.co.uk>"}},
]
