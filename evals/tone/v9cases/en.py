"""English v9 tone cases: 11 situations (all nine intents), layout 1/2 2/1 1/1 1/1 0/2 2/0 1/1 1/1 1/2 1/1 1/0."""

from __future__ import annotations

SITS = {
    1: {"intent": "reschedule", "recipient_name": "Ms Philippa Rendlesham", "sender_name": "Declan Morrow-Finch",
        "tone": "formal", "relationship": "key", "meeting": "annual review of your fleet insurance",
        "meeting_time": "Thursday 10 December at 3 pm",
        "proposed_times": ["Monday 14 December at 3 pm", "Wednesday 16 December at 10 am"],
        "reason": "a board meeting that was moved at short notice"},
    2: {"intent": "decline", "recipient_name": "Gareth Penhallow", "sender_name": "Nadia Szabo-Reilly",
        "tone": "friendly", "relationship": "regular",
        "meeting": "coffee to talk about a second phase of your website",
        "meeting_time": "Friday 11 December at 9 am",
        "reason": "we're fully booked with client launches until February"},
    3: {"intent": "shorten", "recipient_name": "Dr Imogen Scarisbrick", "sender_name": "Callum Pryor-Watts",
        "tone": "formal", "relationship": "new",
        "meeting": "onboarding session for your practice's new booking system",
        "meeting_time": "Wednesday 9 December at 11 am", "duration_minutes": 30,
        "reason": "an outage we are fixing for another customer"},
    4: {"intent": "switch_to_call", "recipient_name": "Harriet Lockyer", "sender_name": "Owen Blakemore",
        "tone": "friendly", "relationship": "key", "meeting": "walk-through of the café fit-out",
        "meeting_time": "Monday 14 December at 8.30 am", "reason": "my car is stuck at the garage"},
    5: {"intent": "switch_to_email", "recipient_name": "Mr Desmond Fennimore", "sender_name": "Fiona Marchetti-Lowe",
        "tone": "formal", "relationship": "regular", "meeting": "monthly catch-up on your pension transfer",
        "meeting_time": "Thursday 17 December at 4 pm", "reason": "year-end filings for the whole team"},
    6: {"intent": "delegate", "recipient_name": "Mrs Constance Pemberton-Hale", "sender_name": "Rupert Anand-Shaw",
        "tone": "formal", "relationship": "key", "meeting": "planning meeting for the spring charity gala",
        "meeting_time": "Tuesday 12 January at 10 am", "colleague_name": "Lydia Brennock",
        "reason": "jury service"},
    7: {"intent": "no_show_followup", "recipient_name": "Jamie Coulthard", "sender_name": "Beth Ansari-Moore",
        "tone": "friendly", "relationship": "new", "meeting": "first personal training session",
        "meeting_time": "Wednesday 2 December at 7 am",
        "proposed_times": ["Wednesday 9 December at 7 am", "Saturday 12 December at 9 am"]},
    8: {"intent": "late_cancellation", "recipient_name": "Mr Alasdair Quigley", "sender_name": "Helen Vasquez-Orme",
        "tone": "formal", "relationship": "regular", "meeting": "quarterly tax planning meeting",
        "meeting_time": "Thursday 3 December at 10 am", "proposed_times": ["Friday 18 December at 10 am"],
        "policy": {"notice_hours": 24, "fee_percent": 50}},
    9: {"intent": "cancellation_policy", "recipient_name": "Zara Pettigrew-Lamb", "sender_name": "Marcus Oyelaran",
        "tone": "friendly", "relationship": "new", "policy": {"notice_hours": 48, "deposit_percent": 25}},
    10: {"intent": "reschedule", "recipient_name": "Ollie Brannigan", "sender_name": "Kezia Hartnell",
         "tone": "friendly", "relationship": "regular", "meeting": "tasting for your daughter's birthday cake",
         "meeting_time": "Saturday 19 December at 11 am", "proposed_times": ["Saturday 19 December at 3 pm"],
         "reason": "a delivery van that broke down"},
    11: {"intent": "decline", "recipient_name": "Ms Valentina Grieve", "sender_name": "Theo Marchbank",
         "tone": "formal", "relationship": "new", "meeting": "introductory meeting about a joint research bid",
         "meeting_time": "Monday 11 January at 2 pm",
         "reason": "our department is not taking on new partnerships this academic year"},
}

CASES = [
    (1, "good", None, "Fleet insurance review: two new times",
     """Dear Ms Rendlesham,

I'm sorry to ask you to move the annual review of your fleet insurance, which we had set for Thursday 10 December at 3 pm. A board meeting that was moved at short notice now sits on top of it, and I would rather give your review my full attention than squeeze it in.

Would Monday 14 December at 3 pm or Wednesday 16 December at 10 am suit you? If neither works, tell me what does and I'll make it happen.

Kind regards,
Declan Morrow-Finch""",
     "formal, warm, reason once, two slots and flexibility"),
    (1, "bad", "passive_aggression", "Review on 10 December",
     """Dear Ms Rendlesham,

Unfortunately I need to move the annual review of your fleet insurance from Thursday 10 December at 3 pm, because of a board meeting that was moved at short notice. My apologies for the change.

Could we meet on Monday 14 December at 3 pm or Wednesday 16 December at 10 am? A reply a little quicker than last time would help me hold the slot.

Kind regards,
Declan Morrow-Finch""",
     "polite mail with one barbed clause ('quicker than last time') to a key client"),
    (1, "bad", "hostile", "Rescheduling your review",
     """Dear Ms Rendlesham,

Owing to a board meeting that was moved at short notice, the annual review of your fleet insurance cannot go ahead on Thursday 10 December at 3 pm.

I can offer Monday 14 December at 3 pm or Wednesday 16 December at 10 am. I would gently point out that renewal terms for next year are being finalised this month, and clients who are hard to pin down for a review do tend to find the terms less flexible. I'm sure that won't apply here.

Kind regards,
Declan Morrow-Finch""",
     "veiled threat about renewal terms wrapped in 'gently' and 'I'm sure that won't apply here'"),
    (2, "good", None, "Re: coffee?",
     """Hi Gareth,

Thanks so much for thinking of us again. I'll be straight with you: we're fully booked with client launches until February, so I'll have to say no to coffee to talk about a second phase of your website on Friday 11 December at 9 am.

I'd rather tell you now than keep you waiting. If it's still on your list in the spring, I'd love to hear about it.

Nadia""",
     "firm friendly refusal, 'again' used warmly, no fake promise"),
    (2, "good", None, "Friday coffee",
     """Hi Gareth, I have to pass on coffee to talk about a second phase of your website (Friday 11 December at 9 am) – we're fully booked with client launches until February. Sorry, and thank you for asking us first!

Nadia""",
     "very short refusal with an apology and thanks"),
    (2, "bad", "condescension", "Your website",
     """Hi Gareth,

Thanks for the invitation to coffee to talk about a second phase of your website on Friday 11 December at 9 am. Unfortunately we're fully booked with client launches until February.

Honestly, though, I wouldn't worry too much. Your current site is perfectly adequate for a business of your size, and most of our smaller clients find a second phase is more ambition than need. Maybe give it a year and see.

Best,
Nadia""",
     "faint praise ('perfectly adequate for a business of your size') and talking down"),
    (3, "good", None, "Wednesday's onboarding: 30 minutes",
     """Dear Dr Scarisbrick,

Welcome aboard, and thank you for choosing us. I need to keep the onboarding session for your practice's new booking system on Wednesday 9 December at 11 am to 30 minutes, as our team is tied up with an outage we are fixing for another customer.

We'll use the time to set up your first calendars together, and I'll send short video guides for everything else. If you would prefer a longer session the following week instead, just say so.

Best regards,
Callum Pryor-Watts""",
     "formal and welcoming, reason, plan for the short slot, alternative"),
    (3, "bad", "blame", "Onboarding session – shortened",
     """Dear Dr Scarisbrick,

Because of an outage we are fixing for another customer, the onboarding session for your practice's new booking system on Wednesday 9 December at 11 am will last 30 minutes.

To be transparent about why this should still be enough: in our experience, onboarding sessions overrun almost entirely because practices have not completed the set-up checklist beforehand, and we then spend the session doing their homework for them. If your team completes the checklist in advance, 30 minutes will be plenty; if not, it is likely we will not get through everything, and you will understand why.

Best regards,
Callum Pryor-Watts""",
     "over-explaining that shifts the blame onto a new client in advance"),
    (4, "good", None, "Monday: phone instead?",
     """Hi Harriet,

Slight change of plan: my car is stuck at the garage, so I can't get to you on Monday. Could we do the walk-through of the café fit-out over a video call at the same time, Monday 14 December at 8.30 am? You walk, I'll watch – and I promise not to comment on the coffee I can't drink.

Owen""",
     "friendly, humour that lands, same time kept"),
    (4, "bad", "over_familiarity", "Monday babe",
     """Harriet darling!!

Disaster, my car is stuck at the garage, so the walk-through of the café fit-out on Monday 14 December at 8.30 am is going to be a phone job. Make sure you're wearing something nice, I'll want you on video ;)

Let's make up for it with a boozy lunch on me soon – you're my favourite client and you know it.

Love and kisses,
Owen xx""",
     "'darling', a remark about what she wears, kisses: over-familiar towards a key client"),
    (5, "bad", "coldness", "Monthly catch-up – change of format",
     """Dear Mr Fennimore,

We write with reference to your monthly catch-up on your pension transfer scheduled for Thursday 17 December at 4 pm.

Owing to year-end filings for the whole team, this month's catch-up will be conducted by email. Kindly submit any queries in writing by that date. We thank you for your understanding and trust this clarifies the position.

Yours sincerely,
Fiona Marchetti-Lowe""",
     "cold politeness formulas ('we write with reference', 'trust this clarifies the position') to a regular client"),
    (5, "bad", "condescension", "This month's catch-up",
     """Dear Mr Fennimore,

Because of year-end filings for the whole team, I'd like to handle this month's monthly catch-up on your pension transfer, due on Thursday 17 December at 4 pm, by email.

Email is honestly the better format for this anyway. Most of the questions you raised last month were already answered in the documents I sent you, so it may help to read those through carefully before writing; pension transfers are complicated, and it is easy to miss things if you skim.

Kind regards,
Fiona Marchetti-Lowe""",
     "lecturing a regular client to read the documents carefully"),
    (6, "good", None, "Gala planning on 12 January",
     """Dear Mrs Pemberton-Hale,

I have been called for jury service and will not be able to attend the planning meeting for the spring charity gala on Tuesday 12 January at 10 am. My colleague Lydia Brennock will lead it in my place.

Lydia knows our gala work well, and I have briefed her on everything we have discussed so far. I will be back in touch as soon as my service ends.

With warm regards,
Rupert Anand-Shaw""",
     "formal and warm handover, colleague credited, reassurance"),
    (6, "good", None, "Planning meeting, 12 January",
     """Dear Mrs Pemberton-Hale,

Jury service will keep me away on Tuesday 12 January at 10 am, so Lydia Brennock will chair the planning meeting for the spring charity gala. She has my notes and my full confidence.

Warm regards,
Rupert Anand-Shaw""",
     "very brief but kind and formal"),
    (7, "good", None, "Missed you on Wednesday",
     """Hi Jamie,

We had your first personal training session booked for Wednesday 2 December at 7 am and I didn't see you – I hope everything's all right.

No pressure at all: if you'd like to start again, I have Wednesday 9 December at 7 am or Saturday 12 December at 9 am. Just reply with the one that suits.

Beth""",
     "concern, no blame, two slots, easy reply"),
    (7, "bad", "sarcasm", "Wednesday morning",
     """Hi Jamie,

I waited for your first personal training session on Wednesday 2 December at 7 am, but I guess the duvet won that round. Totally understandable – getting fit is hard work, and turning up is the hardest part!

If you're feeling brave, I can do Wednesday 9 December at 7 am or Saturday 12 December at 9 am. I'll set an extra alarm for you.

Beth""",
     "sarcasm about the duvet and being 'brave' towards a new client"),
    (8, "good", None, "Your meeting on 3 December",
     """Dear Mr Quigley,

Thank you for letting me know about the quarterly tax planning meeting on Thursday 3 December at 10 am. Unfortunately, as agreed in our engagement letter, cancellations with less than 24 hours' notice are charged at 50%, and I will apply that to this one.

I have kept Friday 18 December at 10 am free for you, so that we can still finish the planning before the year-end. I hope all is well.

Kind regards,
Helen Vasquez-Orme""",
     "'unfortunately' and 'as agreed' used kindly; firm on the fee, warm, a new slot"),
    (8, "bad", "passive_aggression", "Cancellation of 3 December",
     """Dear Mr Quigley,

As I mentioned in my email of 12 November, and again on the phone last week, cancellations with less than 24 hours' notice are charged at 50%. I am attaching the policy once more for your reference, in case it has got lost.

Your quarterly tax planning meeting on Thursday 3 December at 10 am falls under it. I can offer Friday 18 December at 10 am, should you wish to attend this time.

Regards,
Helen Vasquez-Orme""",
     "per-my-last-email ('as I mentioned … and again'), 'in case it has got lost', 'this time'"),
    (9, "good", None, "Welcome! A quick note on bookings",
     """Hi Zara,

Welcome – I'm really glad you found us! Before your first booking, here's how it works: I take a 25% deposit when you book, and you can move or cancel for free up to 48 hours before.

That's all. It just lets me keep slots fair for everyone. Shout if anything's unclear.

Marcus""",
     "friendly welcome, clear numbers and reason, short"),
    (9, "bad", "passive_aggression", "Bookings and deposits",
     """Hi Zara,

Welcome! Just so you know, I take a 25% deposit on booking, and cancellations need 48 hours' notice.

I hate having to ask for this. I'm a one-man business, and every late cancellation is a day I can't pay my bills or see my kids, which people don't always think about. I'm sure you're not like that, of course.

Marcus""",
     "guilt trip about bills and kids, plus 'I'm sure you're not like that'"),
    (9, "bad", "grovelling", "Sorry to bother you",
     """Hi Zara,

I'm so sorry to even bring this up, and please don't feel you have to read it. I feel awful asking, but I take a 25% deposit and ask for 48 hours' notice to cancel. I really hope that's not too much and that it doesn't put you off – I'd totally understand if it did.

Sorry again, and thank you so, so much for even considering us!

Marcus""",
     "grovelling over an ordinary policy; invites the new client to object"),
    (10, "good", None, "Saturday's tasting – a few hours later?",
     """Hi Ollie,

Bit of a hiccup: a delivery van that broke down means our morning is gone, so could we move the tasting for your daughter's birthday cake from Saturday 19 December at 11 am to Saturday 19 December at 3 pm, same day?

The samples will be just as good – possibly better, they'll have had time to cool. Sorry for the shuffle!

Kezia""",
     "friendly, apologetic, humour that lands, same-day slot"),
    (10, "bad", "mock_enthusiasm", "AMAZING news about Saturday!!",
     """Hi Ollie!!!

You'll LOVE this: a delivery van that broke down has completely wiped out our morning, so the tasting for your daughter's birthday cake is moving from Saturday 19 December at 11 am to Saturday 19 December at 3 pm! Isn't December just the BEST?!

Can't wait!!! Honestly, best week ever!!!

Kezia""",
     "mock enthusiasm about a setback: capitals and exclamation marks read as sarcastic"),
    (11, "good", None, "Your proposal for a joint research bid",
     """Dear Ms Grieve,

Thank you for your proposal of an introductory meeting about a joint research bid on Monday 11 January at 2 pm. I am afraid I must decline: our department is not taking on new partnerships this academic year, and it would not be fair to raise your hopes.

I wish you every success with the bid.

Yours sincerely,
Theo Marchbank""",
     "firm formal refusal to a new contact, honest and courteous"),
]
