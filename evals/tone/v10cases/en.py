"""English v10 tone cases (hand-written by data-ai, 2026-12-07). Layout 1/1 2/1 1/2 1/1 2/2 1/1 1/1 2/1 1/2."""

from __future__ import annotations

SITS = {
    1: {"intent": "decline", "recipient_name": "Mr Declan Ashworth-Pryce", "sender_name": "Harriet Quennell",
        "tone": "formal", "relationship": "new",
        "meeting": "demo of your inventory forecasting software", "meeting_time": "Wednesday 16 December at 2 pm",
        "reason": "our budget for next year is already committed"},
    2: {"intent": "reschedule", "recipient_name": "Priya Venkataraghavan", "sender_name": "Callum Everard",
        "tone": "friendly", "relationship": "key",
        "meeting": "menu tasting for the January product launch", "meeting_time": "Thursday 10 December at 12:30",
        "proposed_times": ["Tuesday 15 December at 12:30", "Wednesday 6 January at 12:30"],
        "reason": "our head chef is off sick"},
    3: {"intent": "late_cancellation", "recipient_name": "Mrs Gwendolyn Tarrant", "sender_name": "Owen Lathbury",
        "tone": "formal", "relationship": "regular",
        "meeting": "portrait sitting for the company annual report", "meeting_time": "Friday 4 December at 10 am",
        "proposed_times": ["Monday 14 December at 10 am"], "policy": {"notice_hours": 48, "fee_percent": 50}},
    4: {"intent": "switch_to_call", "recipient_name": "Dr Imogen Halloran", "sender_name": "Rupert Vaskin",
        "tone": "formal", "relationship": "key",
        "meeting": "contract renewal meeting at your Leeds office", "meeting_time": "Tuesday 15 December at 11 am",
        "reason": "the rail strike"},
    5: {"intent": "cancellation_policy", "recipient_name": "Ellis Abernethy", "sender_name": "Rosie Pendlebury",
        "tone": "friendly", "relationship": "new", "policy": {"notice_hours": 24, "deposit_percent": 20}},
    6: {"intent": "delegate", "recipient_name": "Mr Alistair Drummond-Keyes", "sender_name": "Fiona Strachan-Ower",
        "tone": "formal", "relationship": "regular", "colleague_name": "Dev Chaudhry",
        "meeting": "review of your pension transfer", "meeting_time": "Monday 11 January at 3 pm",
        "reason": "compassionate leave"},
    7: {"intent": "no_show_followup", "recipient_name": "Shona McAteer", "sender_name": "Gareth Bowdery",
        "tone": "friendly", "relationship": "regular",
        "meeting": "bike fitting session", "meeting_time": "Wednesday 2 December at 5:30 pm",
        "proposed_times": ["Saturday 12 December at 9 am"]},
    8: {"intent": "shorten", "recipient_name": "Ms Leonie Castellane", "sender_name": "Adrian Thewlis",
        "tone": "formal", "relationship": "new",
        "meeting": "first planning session for your office move", "meeting_time": "Friday 18 December at 9:30 am",
        "duration_minutes": 30, "reason": "a court deadline the same morning"},
    9: {"intent": "switch_to_email", "recipient_name": "Hamish Tullochgorm", "sender_name": "Bryony Ashdown",
        "tone": "friendly", "relationship": "regular",
        "meeting": "catch-up on the website copy", "meeting_time": "Thursday 17 December at 4 pm",
        "reason": "a family emergency"},
}

CASES = [
    # 1 decline, formal, new: 1 good, 1 bad
    (1, "good", None, "Your software demo",
     """
Dear Mr Ashworth-Pryce,

Thank you for offering us a demo of your inventory forecasting software on Wednesday 16 December at 2 pm. I'll be honest: our budget for next year is already committed, so it would not be fair to take up your afternoon.

If you are happy to, please get in touch again next autumn, when we plan the following year.

Kind regards,
Harriet Quennell
""", "firm, honest refusal that respects the other person's time"),
    (1, "bad", "coldness", "Demo – 16 December",
     """
Dear Mr Ashworth-Pryce,

Thank you for your email. Please be advised that we will not be attending the demo of your inventory forecasting software on Wednesday 16 December at 2 pm, as our budget for next year is already committed.

We trust this is in order.

Yours faithfully,
Harriet Quennell
""", "only cold formulas ('please be advised', 'we trust this is in order'); nothing rude, nothing warm"),

    # 2 reschedule, friendly, key: 2 good, 1 bad
    (2, "good", None, "Tasting: new date?",
     """
Hi Priya,

Bad news, I'm afraid: our head chef is off sick, and I'd rather not run the menu tasting for the January product launch without her. Could we move it from Thursday 10 December at 12:30 to Tuesday 15 December at 12:30 or Wednesday 6 January at 12:30?

Sorry for the shuffle. It'll be worth the wait.

Best,
Callum
""", "warm and direct to a key client"),
    (2, "good", None, "Moving Thursday's tasting",
     """
Hi Priya,

The kitchen is one chef short this week (our head chef is off sick, and nobody else is allowed near her sauces), so I'd like to move the menu tasting for the January product launch from Thursday 10 December at 12:30.

Would Tuesday 15 December at 12:30 or Wednesday 6 January at 12:30 work for you? Either way, come hungry.

Callum
""", "humour that lands, facts clear"),
    (2, "bad", "over_familiarity", "Tasting, darling",
     """
Priya darling!!

Disaster, our head chef is off sick, so the menu tasting for the January product launch on Thursday 10 December at 12:30 is off. Tuesday 15 December at 12:30 or Wednesday 6 January at 12:30, babe? You'll say yes anyway, you always do 😘

Mwah,
Cal
""", "'darling', 'babe', kisses to a key client"),

    # 3 late_cancellation, formal, regular: 1 good, 2 bad
    (3, "good", None, "Your portrait sitting",
     """
Dear Mrs Tarrant,

Thank you for letting me know about the portrait sitting for the company annual report on Friday 4 December at 10 am. As it was cancelled within 48 hours, our usual 50% fee applies; I hope you understand that the studio and lighting had already been set up.

I would be glad to photograph you on Monday 14 December at 10 am instead.

Kind regards,
Owen Lathbury
""", "fee held firmly and kindly, with a new slot"),
    (3, "bad", "bureaucratic_distance", "Late cancellation – fee notice",
     """
Dear Mrs Tarrant,

Kindly note that, as per our cancellation policy, cancellations made less than 48 hours before a booking are subject to a fee of 50%. Your portrait sitting for the company annual report on Friday 4 December at 10 am falls within this category and will be invoiced accordingly.

Should you wish to rebook, availability exists on Monday 14 December at 10 am.

Regards,
Accounts
""", "only polite formulas ('kindly note', 'as per our policy'), signed by a department; no insult"),
    (3, "bad", "passive_aggression", "Friday's sitting",
     """
Dear Mrs Tarrant,

Please don't worry at all about the portrait sitting for the company annual report on Friday 4 December at 10 am. I had turned away another client for that morning and spent the evening before setting up the lights, but these things happen, and I'm sure you had your reasons.

Because it was within 48 hours, there is a 50% fee. I could do Monday 14 December at 10 am, if that suits you better this time.

Kind regards,
Owen Lathbury
""", "guilt trip posing as reassurance, 'this time'"),

    # 4 switch_to_call, formal, key: 1 good, 1 bad
    (4, "good", None, "Tuesday's meeting by video",
     """
Dear Dr Halloran,

With the rail strike on Tuesday, I would rather not risk arriving late to our contract renewal meeting at your Leeds office. Could we hold it by video call at the same time, Tuesday 15 December at 11 am? I will send the link and the draft terms the day before.

I am sorry not to see you in person, and will gladly come up in the new year.

With best wishes,
Rupert Vaskin
""", "formal and warm, reason once"),
    (4, "bad", "passive_aggression", "Contract renewal: video call",
     """
Dear Dr Halloran,

Because of the rail strike, I'd like to hold our contract renewal meeting at your Leeds office by video call instead, at the same time, Tuesday 15 December at 11 am. I'll send the link and the draft terms on Monday.

I'm sorry for the change and look forward to speaking. It would be lovely if, this time, the signed copy came back before the deadline rather than after it.

With best wishes,
Rupert Vaskin
""", "polite mail whose one barbed sentence sits at the very end"),

    # 5 cancellation_policy, friendly, new: 2 good, 2 bad
    (5, "good", None, "Welcome, and a quick note on bookings",
     """
Hi Ellis,

Lovely to have you with us! One practical thing before your first session: we ask for a 20% deposit when you book, and if you need to cancel, just let us know at least 24 hours ahead and the deposit moves to your next booking.

Any questions, just reply here.

Rosie
""", "warm welcome, policy clear"),
    (5, "good", None, "Booking terms",
     """
Hi Ellis,

Quick one: bookings need a 20% deposit, and cancellations need 24 hours' notice. That's all. Looking forward to meeting you!

Rosie
""", "very short but kind"),
    (5, "bad", "condescension", "How bookings work",
     """
Hi Ellis,

Welcome aboard! Since it's your first time with a studio like ours, let me walk you through how bookings work, as new clients often get this wrong. You pay a 20% deposit when you book. If you cancel, you need to do so at least 24 hours before. That means the day before, not the morning of. It's really not complicated once you get the hang of it.

Rosie
""", "lecturing a new client as if they could not read a policy"),
    (5, "bad", "hostile", "Our booking terms",
     """
Hi Ellis,

Great to have you with us! Our terms are simple: a 20% deposit when you book, and at least 24 hours' notice to cancel.

Just so you know, we're a small studio with a long waiting list, and people who cancel late tend to find it rather harder to get a slot afterwards. I'm sure that won't be you!

Rosie
""", "friendly frame around a veiled threat"),

    # 6 delegate, formal, regular: 1 good, 1 bad
    (6, "good", None, "Your pension transfer review",
     """
Dear Mr Drummond-Keyes,

I am on compassionate leave from next week, so my colleague Dev Chaudhry will hold the review of your pension transfer on Monday 11 January at 3 pm. He has worked on your file with me since the summer and has all my notes.

I will be back later in January and look forward to hearing how it went.

Kind regards,
Fiona Strachan-Ower
""", "formal but warm handover"),
    (6, "bad", "condescension", "Review on 11 January",
     """
Dear Mr Drummond-Keyes,

Owing to compassionate leave, the review of your pension transfer on Monday 11 January at 3 pm will be taken by Dev Chaudhry.

Dev is still fairly junior, but he should manage perfectly well with a straightforward case like yours.

Kind regards,
Fiona Strachan-Ower
""", "faint praise of the colleague that also belittles the client's affairs"),

    # 7 no_show_followup, friendly, regular: 1 good, 1 bad
    (7, "good", None, "Missed you on Wednesday",
     """
Hi Shona,

We missed you at your bike fitting session on Wednesday 2 December at 5:30 pm. Hope all's well. Shall I pencil you in for Saturday 12 December at 9 am?

Gareth
""", "very short, kind, no blame"),
    (7, "bad", "passive_aggression", "Re: bike fitting",
     """
Hi Shona,

Per my last email, your bike fitting session was on Wednesday 2 December at 5:30 pm. I've attached that email again for reference, in case it got lost.

I can offer Saturday 12 December at 9 am. Do let me know if you will be attending this one.

Gareth
""", "'per my last email', the re-attached email, 'if you will be attending this one'"),

    # 8 shorten, formal, new: 2 good, 1 bad
    (8, "good", None, "Friday's planning session",
     """
Dear Ms Castellane,

I must apologise: a court deadline the same morning means I can give only 30 minutes to our first planning session for your office move on Friday 18 December at 9:30 am. I would rather tell you now than cut you short on the day.

To make the most of it, I will send a short list of questions beforehand. If you would prefer a full session in January instead, I will arrange it.

Yours sincerely,
Adrian Thewlis
""", "apologetic but dignified, offers a choice"),
    (8, "good", None, "30 minutes on Friday",
     """
Dear Ms Castellane,

Unfortunately our first planning session for your office move on Friday 18 December at 9:30 am will have to be 30 minutes, because of a court deadline the same morning. Thank you for bearing with me.

Yours sincerely,
Adrian Thewlis
""", "blunt and short but courteous, 'unfortunately' used plainly"),
    (8, "bad", "blame", "Friday's session: 30 minutes",
     """
Dear Ms Castellane,

Because of a court deadline the same morning, our first planning session for your office move on Friday 18 December at 9:30 am will last 30 minutes.

To be clear about why that is enough: in my experience, sessions overrun when clients arrive without floor plans, without a headcount and without a decision-maker in the room. If you bring all three, 30 minutes is ample; if not, any delay will unfortunately be on your side rather than mine.

Yours sincerely,
Adrian Thewlis
""", "over-explains in advance so that any problem is the new client's fault"),

    # 9 switch_to_email, friendly, regular: 1 good, 2 bad
    (9, "good", None, "Thursday",
     """
Hi Hamish,

I have a family emergency to deal with, so I can't make our catch-up on the website copy on Thursday 17 December at 4 pm. I'll send you my comments by email instead; nothing in them is urgent.

Thanks for understanding,
Bryony
""", "short, honest, kind"),
    (9, "bad", "mock_enthusiasm", "Change of plan!!",
     """
Hi Hamish!!

Good news (kind of!): a family emergency means our catch-up on the website copy on Thursday 17 December at 4 pm is now an email instead!!! Even better, right? I know how much you LOVE reading long emails about commas!

Can't wait for your thoughts!!!
Bryony
""", "mock enthusiasm and a dig at the client"),
    (9, "bad", "blame", "Website copy – by email",
     """
Hi Hamish,

I hope you're keeping well and that the launch prep is going smoothly!

Because of a family emergency I'll have to switch Thursday's catch-up on the website copy (Thursday 17 December at 4 pm) to email. Honestly, that may work better anyway: the last two calls went round in circles because the copy hadn't been read beforehand, and we lost a fair bit of time there. In writing, at least everything stays on the record.

Speak soon,
Bryony
""", "warm opening, then a reproachful middle about earlier calls"),
]
