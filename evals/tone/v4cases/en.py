"""English v4 tone cases: SITS (situation fields without id/language) and CASES (sit, label, flaw, subject, body, note)."""

SITS = {
    1: {"intent": "switch_to_email", "recipient_name": "Ms Deborah Okafor", "sender_name": "Nathan Price", "tone": "formal",
        "relationship": "key", "meeting": "quarterly budget review", "meeting_time": "Thursday 17 December at 2pm",
        "reason": "the figures are final and only two items are left to approve"},
    2: {"intent": "late_cancellation", "recipient_name": "Tom Gallagher", "sender_name": "Priya Raman", "tone": "friendly",
        "relationship": "key", "meeting": "headshot session", "meeting_time": "Friday 4 December at 11am",
        "policy": {"notice_hours": 48, "fee_percent": 50}},
    3: {"intent": "decline", "recipient_name": "Dr Alan Whitfield", "sender_name": "Grace Thornton", "tone": "formal",
        "relationship": "regular", "meeting": "panel discussion at the regional health forum",
        "meeting_time": "Tuesday 22 December at 4pm", "reason": "I have a board meeting that afternoon"},
    4: {"intent": "no_show_followup", "recipient_name": "Mrs Olivia Brennan", "sender_name": "Lucy Carter", "tone": "formal",
        "relationship": "new", "meeting": "initial consultation", "meeting_time": "Thursday 3 December at 10:30",
        "policy": {"notice_hours": 24, "fee_percent": 25}, "proposed_times": ["Tuesday 15 December at 10:30"]},
    5: {"intent": "delegate", "recipient_name": "Ms Catherine Hale", "sender_name": "Owen Fletcher", "tone": "formal",
        "relationship": "key", "meeting": "renewal meeting for the facilities contract", "meeting_time": "Monday 14 December at 3pm",
        "colleague_name": "Dr Miriam Stone", "reason": "I'm on jury service that week"},
    6: {"intent": "shorten", "recipient_name": "Ben Adeyemi", "sender_name": "Sarah Whitlock", "tone": "friendly",
        "relationship": "regular", "meeting": "website copy review", "meeting_time": "Wednesday 9 December at 11am",
        "duration_minutes": 30, "reason": "a client emergency has eaten my morning"},
    7: {"intent": "cancellation_policy", "recipient_name": "Jess Morgan", "sender_name": "Chloe Reid", "tone": "friendly",
        "relationship": "new", "policy": {"notice_hours": 24, "fee_percent": 50, "deposit_percent": 20}},
    8: {"intent": "reschedule", "recipient_name": "Mr Declan Fitzgerald", "sender_name": "Hannah Pryce", "tone": "formal",
        "relationship": "new", "meeting": "discovery call", "meeting_time": "Friday 11 December at 9am",
        "reason": "I've been called to an urgent site visit",
        "proposed_times": ["Monday 14 December at 9am", "Tuesday 15 December at 1pm"]},
}

CASES = [
    (1, "good", None, "Quarterly budget review: by email?", """
Dear Ms Okafor,

The figures are final and only two items are left to approve, so I'd suggest we settle them by email rather than meet for the quarterly budget review on Thursday 17 December at 2pm. I'll send both items with my recommendation tomorrow morning; if you'd still prefer to talk them through, the slot stays in both our diaries.

Kind regards,
Nathan Price
""", "formal, reasoned, keeps the meeting as an option"),
    (1, "bad", "passive_aggression", "RE: RE: Quarterly budget review", """
Dear Ms Okafor,

Per my last email, the figures are final and only two items are left to approve. As I've already mentioned, there is really no need for the quarterly budget review on Thursday 17 December at 2pm; we can do this by email.

I trust that's clear now. Going forward, it may save us both some time if the earlier messages are read first.

Regards,
Nathan Price
""", "'per my last email', 'as I've already mentioned', 'I trust that's clear now', 'going forward'"),
    (1, "bad", "sarcasm", "Quarterly budget review", """
Dear Ms Okafor,

I know how much everyone looks forward to an hour of reading spreadsheets aloud, but the figures are final and only two items are left to approve. Perhaps we could spare ourselves the thrill of the quarterly budget review on Thursday 17 December at 2pm and handle it by email instead. I'll try to contain my disappointment.

Regards,
Nathan Price
""", "mocking the meeting, 'spare ourselves the thrill', 'contain my disappointment'"),
    (2, "good", None, "Friday's headshots", """
Hi Tom,

Sorry we didn't get to do your headshot session on Friday 4 December at 11am. As it was cancelled within 48 hours, I'll need to charge half the fee, as per the booking terms. Let me know when suits you for a new date and I'll hold the studio for you.

Best,
Priya
""", "friendly, fee stated plainly, 'half the fee' = 50 %"),
    (2, "bad", "sarcasm", "Friday, then", """
Hi Tom,

Thanks so much for letting me know about Friday's headshot session (Friday 4 December at 11am) with such generous notice. I'd set up the lights and everything, but I'm sure they enjoyed the rest. Anyway, the 48-hour rule means 50% of the fee applies.

Priya
""", "ironic 'such generous notice', 'I'm sure they enjoyed the rest'"),
    (2, "bad", "blame", "Late cancellation fee", """
Hi Tom,

You cancelled the headshot session on Friday 4 December at 11am well inside 48 hours, which left me with a dead morning and a cancelled booking I'd turned away for you. This is exactly why I have a 50% fee, and honestly it's on you to check your diary before you book.

Priya
""", "'it's on you', guilt-tripping a key client"),
    (3, "good", None, "Regional health forum panel, 22 December", """
Dear Dr Whitfield,

Thank you for inviting me to the panel discussion at the regional health forum on Tuesday 22 December at 4pm. I'm afraid I have a board meeting that afternoon and must decline. I hope the discussion goes well.

Kind regards,
Grace Thornton
""", "short, gracious, no invented alternative"),
    (3, "bad", "coldness", "Panel discussion", """
Dr Whitfield,

Not available for the panel discussion at the regional health forum on Tuesday 22 December at 4pm. I have a board meeting that afternoon.

G. Thornton
""", "clipped refusal, no thanks"),
    (3, "bad", "grovelling", "So very sorry", """
Dear Dr Whitfield,

I am so terribly sorry, and I feel dreadful even writing this. I have a board meeting that afternoon, so I cannot join the panel discussion at the regional health forum on Tuesday 22 December at 4pm. I know I'm letting you and everyone down and I completely understand if you never ask me again. Please, please forgive me.

With my most abject apologies,
Grace Thornton
""", "'I feel dreadful', 'most abject apologies' for a schedule clash"),
    (4, "good", None, "Your initial consultation on 3 December", """
Dear Mrs Brennan,

We had you booked for an initial consultation on Thursday 3 December at 10:30, but didn't see you, and I hope all is well. Under our terms, appointments missed without 24 hours' notice are charged at 25%, and an invoice will follow.

If you'd like to rebook, I can offer Tuesday 15 December at 10:30.

Kind regards,
Lucy Carter
""", "formal, caring, factual"),
    (4, "bad", "condescension", "Your missed appointment", """
Dear Mrs Brennan,

It seems our initial consultation on Thursday 3 December at 10:30 slipped your mind. Not to worry, new clients often find booking systems a bit confusing. To make it easy: if you don't give 24 hours' notice, you pay 25%. I've put you in for Tuesday 15 December at 10:30; perhaps write it down somewhere you'll see it.

Lucy Carter
""", "'new clients often find booking systems a bit confusing', 'perhaps write it down'"),
    (4, "bad", "hostile", "Missed appointment – final notice", """
Mrs Brennan,

You did not turn up to your initial consultation on Thursday 3 December at 10:30 and did not have the courtesy to tell us. 25% is now owed, as you failed to give 24 hours' notice. Tuesday 15 December at 10:30 is available; miss that too and don't bother booking again.

Lucy Carter
""", "accusatory and threatening, 'final notice' to a new client"),
    (5, "good", None, "Facilities contract renewal, 14 December", """
Dear Ms Hale,

I'm on jury service that week, so I won't be at our renewal meeting for the facilities contract on Monday 14 December at 3pm. My colleague Dr Miriam Stone will lead it in my place; she drafted the renewal terms with me, and she'll be in touch beforehand to confirm.

Kind regards,
Owen Fletcher
""", "formal, reassuring, no promise to stay reachable during jury service"),
    (5, "good", None, "Monday 14 December: Dr Miriam Stone", """
Dear Ms Hale,

A quick note: I've been called for jury service that week, so Dr Miriam Stone will take our renewal meeting for the facilities contract on Monday 14 December at 3pm. You'll be in excellent hands.

With best wishes,
Owen Fletcher
""", "very short, warm, dignified"),
    (5, "bad", "over_familiarity", "Jury duty, can you believe it", """
Cathy, darling!

Guess who's been summoned to do their civic duty? Yours truly, on jury service that week! So my brilliant colleague Dr Miriam Stone will hold your hand at the renewal meeting for the facilities contract on Monday 14 December at 3pm. Don't go signing anything without me, you naughty thing. Hugs!

Owen xx
""", "'Cathy, darling', 'you naughty thing', kisses to a formal key client"),
    (6, "good", None, "Copy review: 30 mins?", """
Hi Ben,

A client emergency has eaten my morning, so could we keep Wednesday's website copy review (Wednesday 9 December at 11am) to 30 minutes? I'll focus on the home and pricing pages and send notes on the rest afterwards.

Thanks,
Sarah
""", "friendly, practical"),
    (6, "good", None, "Wednesday's review", """
Hi Ben,

Slightly shorter one today, sorry: a client emergency has eaten my morning, so I've got 30 minutes for the website copy review at 11am on Wednesday 9 December. Same link as usual.

Sarah
""", "short, apologetic without fuss"),
    (6, "bad", "passive_aggression", "Website copy review (again)", """
Hi Ben,

As I mentioned on Monday, and again yesterday, a client emergency has eaten my morning, so the website copy review on Wednesday 9 December at 11am will be 30 minutes. No worries if that didn't land the first two times! Just so we're all on the same page.

Sarah
""", "'as I mentioned on Monday, and again yesterday', 'no worries if that didn't land'"),
    (7, "good", None, "Before your first class", """
Hi Jess,

Welcome, and thanks for booking! A quick note on how bookings work here: a 20% deposit secures your spot, and if you need to cancel, just let us know at least 24 hours before. Later than that, 50% of the price applies.

See you soon,
Chloe
""", "friendly welcome with all three numbers"),
    (7, "good", None, "Our cancellation policy", """
Hi Jess,

So glad you're joining us. One practical bit: we take a 20% deposit when you book, and cancellations need 24 hours' notice, otherwise we charge 50%. It keeps classes fair for everyone on the waiting list.

Chloe
""", "explains the why, concise"),
    (7, "bad", "bureaucratic_distance", "Notification of applicable cancellation terms", """
Dear Client,

Please be advised that, pursuant to the applicable terms and conditions, a deposit of 20% is payable upon booking. Cancellations received less than 24 hours prior to the scheduled session shall incur a charge of 50%. Receipt of this notice constitutes acceptance of the aforementioned terms.

Chloe Reid
""", "'Dear Client', 'pursuant to', 'aforementioned' in a friendly welcome"),
    (8, "good", None, "Your discovery call on Friday 11 December", """
Dear Mr Fitzgerald,

I've been called to an urgent site visit and can't make our discovery call on Friday 11 December at 9am. I'm sorry to move it at short notice. Would Monday 14 December at 9am or Tuesday 15 December at 1pm work for you instead?

Kind regards,
Hannah Pryce
""", "formal, proportionate apology, two options"),
    (8, "good", None, "Moving our discovery call", """
Dear Mr Fitzgerald,

I'm sorry to do this before we've even spoken: I've been called to an urgent site visit, so I need to move our discovery call on Friday 11 December at 9am. I could do Monday 14 December at 9am or Tuesday 15 December at 1pm; whichever suits you best.

Best regards,
Hannah Pryce
""", "candid, dignified"),
    (8, "bad", "mock_enthusiasm", "Exciting update!!!", """
Hi Declan!!!

Amazing news: I've been called to an urgent site visit, so our discovery call on Friday 11 December at 9am is moving!!! How fun is that?! Monday 14 December at 9am or Tuesday 15 December at 1pm, SO many exciting options!!! Can't wait!!!

Hannah 🎉
""", "'amazing news' for a reschedule, exclamation pile-up, first name to a new formal contact"),
]
