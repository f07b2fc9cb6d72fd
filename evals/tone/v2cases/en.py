"""English tone v2 cases, written by hand by data-a (2026-12-06/07). Held out."""

from __future__ import annotations

SITS = {
    1: dict(intent="reschedule", recipient_name="Ms Victoria Hammond", sender_name="Daniel Frost", tone="formal",
            relationship="key", meeting="Board briefing on the Atlas merger", meeting_time="Wednesday 20 January at 10:00",
            reason="a court hearing I have been called to",
            proposed_times=["Thursday 21 January at 10:00", "Friday 22 January at 15:00"]),
    2: dict(intent="no_show_followup", recipient_name="Mr Alan Pritchard", sender_name="Sophie Grant", tone="formal",
            relationship="regular", meeting="Mortgage review appointment", meeting_time="Friday 4 December at 11:00",
            proposed_times=["Friday 11 December at 11:00"]),
    3: dict(intent="late_cancellation", recipient_name="Holly Bennett", sender_name="Marcus Lee", tone="friendly",
            relationship="regular", meeting="Personal training session", meeting_time="Tuesday 8 December at 7:00",
            proposed_times=["Thursday 10 December at 7:00"], policy={"notice_hours": 24, "fee_percent": 50}),
    4: dict(intent="decline", recipient_name="Mr Rajesh Kumar", sender_name="Eleanor Briggs", tone="formal",
            relationship="new", meeting="Introductory meeting about your payroll service",
            meeting_time="Thursday 28 January at 14:00", reason="we have just signed with another provider"),
    5: dict(intent="switch_to_call", recipient_name="Beth Collins", sender_name="Aaron Price", tone="friendly",
            relationship="regular", meeting="Coffee catch-up in Bath", meeting_time="Friday 15 January at 9:30",
            proposed_times=["Friday 15 January at 12:30"], reason="my car is in the garage"),
    6: dict(intent="cancellation_policy", recipient_name="Dr Fiona Mackay", sender_name="Neil Ferguson", tone="formal",
            relationship="regular", meeting="Annual equipment service at your clinic",
            meeting_time="Monday 1 February at 8:00", policy={"notice_hours": 72, "fee_percent": 25}),
    7: dict(intent="shorten", recipient_name="Jamie Ross", sender_name="Kirsty Allan", tone="friendly",
            relationship="key", meeting="Quarterly planning session", meeting_time="Tuesday 26 January at 13:00",
            duration_minutes=45, reason="school pick-up"),
    8: dict(intent="delegate", recipient_name="Mrs Patricia Doyle", sender_name="Gareth Hughes", tone="formal",
            relationship="regular", meeting="Handover of the finished kitchen", meeting_time="Wednesday 3 February at 10:00",
            colleague_name="Tomasz Nowak", reason="I am on another site in Cardiff that week"),
}

CASES = [
(1, "good", None, "Atlas board briefing: request to reschedule", """
Dear Ms Hammond,

I have been called to a court hearing on Wednesday 20 January and, regrettably, will not be able to attend the board briefing on the Atlas merger at 10:00. I apologise for the inconvenience.

Would Thursday 21 January at 10:00 or Friday 22 January at 15:00 suit you? If neither works, I will gladly fit around your diary.

Kind regards,
Daniel Frost
""", "formal, proportionate apology, options and flexibility"),
(1, "bad", "passive_aggression", "RE: Atlas board briefing", """
Dear Ms Hammond,

Per my last email, I have a court hearing on Wednesday 20 January, so the Atlas board briefing at 10:00 cannot go ahead. I am repeating this as I have not yet had a reply.

As previously stated, the alternatives are Thursday 21 January at 10:00 or Friday 22 January at 15:00. I would be grateful for a response this time.

Regards,
Daniel Frost
""", "'per my last email', 'as previously stated', 'this time'"),
(1, "bad", "over_familiarity", "Atlas – bit of a shuffle, sorry Vic!", """
Hey Vic!

Total pain, but I've got to be in court on Wed 20 Jan so the Atlas board briefing at 10 is a no-go. Thu 21 Jan at 10 or Fri 22 Jan at 3pm – your call, lovely!

Big hugs,
Danny
""", "nickname, 'lovely', 'big hugs' to a formal key client"),
(2, "good", None, "Your mortgage review", """
Dear Mr Pritchard,

We had your mortgage review booked for Friday 4 December at 11:00, but I didn't see you. I hope everything is all right.

If it suits you, I could see you on Friday 11 December at 11:00. Just let me know.

Kind regards,
Sophie Grant
""", "neutral, concerned, offers a time"),
(2, "bad", "sarcasm", "Friday's appointment", """
Dear Mr Pritchard,

Thank you for a wonderfully peaceful Friday morning. I had your mortgage review at 11:00 entirely to myself, with a coffee and some lovely silence. It may be the smoothest meeting I've ever had.

Should you ever feel like actually coming in, Friday 11 December at 11:00 is free.

Kind regards,
Sophie Grant
""", "ironic thanks for the no-show"),
(2, "bad", "blame", "Missed appointment on 4 December", """
Dear Mr Pritchard,

You did not attend your mortgage review on Friday 4 December at 11:00, and did not let us know. That slot could have gone to another client, and I had to rearrange my whole morning because of it.

I can offer Friday 11 December at 11:00, and will expect you to attend this time.

Regards,
Sophie Grant
""", "reproach; 'will expect you to attend this time'"),
(3, "good", None, "Tomorrow's session", """
Hi Holly,

Thanks for letting me know about tomorrow morning. I can move you to Thursday 10 December at 7am instead, if that works.

Just so you know for next time: cancelling less than 24 hours before means half the session is still charged. I know that's no fun, so thanks for understanding!

Marcus
""", "friendly, clear and kind about the policy"),
(3, "bad", "condescension", "Your cancellation", """
Hi Holly,

I see you're cancelling tomorrow's 7am session. Since hardly anyone bothers to read the terms, I'll spell it out: cancelling with less than 24 hours' notice means paying 50% of the session. It's really not that complicated.

I can do Thursday 10 December at 7am – maybe pop it in your calendar this time.

Marcus
""", "'hardly anyone bothers to read', 'not that complicated', 'this time'"),
(3, "bad", "mock_enthusiasm", "Amazing news!!", """
Hi Holly!!

Wow, a cancellation the night before for tomorrow's 7am session, I just LOVE surprises like that!!! Honestly, nothing makes my day more.

And the cherry on top: 50% of the session gets charged, since it's under 24 hours' notice. Brilliant, right?

Shall we try Thursday 10 December at 7am? Can't wait!!

Marcus
""", "fake delight at a late cancellation"),
(4, "good", None, "Your payroll service", """
Dear Mr Kumar,

Thank you for proposing an introductory meeting about your payroll service on Thursday 28 January at 14:00. We have just signed with another provider, so I will decline rather than take up your time.

I appreciate you getting in touch, and wish you every success.

Kind regards,
Eleanor Briggs
""", "firm, honest decline with courtesy"),
(4, "bad", "coldness", "Meeting", """
Mr Kumar,

Not interested. We have signed with another provider. The meeting on 28 January will not take place.

Eleanor Briggs
""", "curt, no thanks, 'not interested'"),
(4, "bad", "grovelling", "So sorry to let you down", """
Dear Mr Kumar,

I am so terribly sorry, and I really hope you can forgive me, but I'm afraid I have to turn down the introductory meeting about your payroll service on Thursday 28 January at 14:00. We have just signed with another provider, and I feel awful about it, truly.

I hope this doesn't ruin your week. Please don't think badly of us; if there is anything at all I can do to make it up to you, just say.

With my deepest apologies,
Eleanor Briggs
""", "over-apologises for a routine decline to a new vendor"),
(5, "good", None, "Coffee on Friday", """
Hi Beth,

My car's in the garage on Friday, so I can't get over to Bath for our 9.30 coffee. Could we do a call at 12.30 the same day instead? We'll have the coffee next time, I promise.

Aaron
""", "short, warm"),
(5, "good", None, "Coffee, but make it a phone call", """
Hi Beth,

The garage is holding my car hostage on Friday, so our coffee catch-up in Bath at 9.30 isn't going to happen in person. Fancy a call at 12.30 the same day? You'll have to imagine the flat white.

Speak Friday,
Aaron
""", "light humour, friendly"),
(5, "bad", "bureaucratic_distance", "Change to arrangements: 15 January", """
Dear Ms Collins,

Please be advised that the coffee meeting scheduled to take place in Bath on Friday 15 January at 9:30 cannot proceed due to vehicle unavailability. It is proposed that the meeting be conducted by telephone on the same date at 12:30. Kindly confirm your acceptance at your earliest convenience.

Yours faithfully,
Aaron Price
""", "officialese ('please be advised', 'yours faithfully') to a friendly regular"),
(6, "good", None, "Your equipment service on 1 February", """
Dear Dr Mackay,

Ahead of your annual equipment service on Monday 1 February at 8:00, a quick reminder of our terms: if you need to move or cancel, please let us know at least 72 hours beforehand; later cancellations are charged at 25% of the service fee.

It helps us keep engineers free for every clinic. Please get in touch if you have any questions.

Kind regards,
Neil Ferguson
""", "firm, plain, gives the why"),
(6, "good", None, "See you on 1 February", """
Dear Dr Mackay,

We're looking forward to your clinic's annual equipment service on Monday 1 February at 8:00. As always, if plans change, three days' notice (72 hours) lets us rebook the engineer without any charge; after that a 25% fee applies.

Thank you, as ever, for working with us.

Best wishes,
Neil Ferguson
""", "warm reminder to a regular client"),
(6, "bad", "hostile", "Cancellation terms", """
Dr Mackay,

With all due respect, I want to be absolutely clear this year: cancel less than 72 hours before the service on Monday 1 February at 8:00 and you will be charged 25%, no exceptions and no discussion. We are not a charity and our engineers' time is not there to be wasted.

Neil Ferguson
""", "'with all due respect', 'we are not a charity', hostile to a regular client"),
(7, "good", None, "Planning session on the 26th", """
Hi Jamie,

Could we keep the quarterly planning session on Tuesday 26 January at 1pm to 45 minutes? I've got school pick-up straight after. I'll send the agenda round beforehand so we can get through it.

Thanks,
Kirsty
""", "short, clear"),
(7, "good", None, "A tight 45 minutes", """
Hi Jamie,

Confession: school pick-up waits for no one, not even quarterly planning. Could we do Tuesday's 1pm session in a tight 45 minutes? I'll come fully prepared, so we won't need longer.

Thanks a million,
Kirsty
""", "candid, humorous, warm"),
(7, "bad", "passive_aggression", "Planning session (again)", """
Hi Jamie,

As I said before, I have school pick-up on Tuesday. So, just to reiterate: the quarterly planning session at 1pm will run for 45 minutes, max. Thanks in advance for actually sticking to it this time.

Kirsty
""", "'as I said before', 'just to reiterate', 'actually … this time'"),
(8, "good", None, "Your kitchen handover on 3 February", """
Dear Mrs Doyle,

I'm on another site in Cardiff that week, so I won't be there for the handover of your finished kitchen on Wednesday 3 February at 10:00. My colleague Tomasz Nowak will take you through everything; he has worked on your kitchen from the start.

I'll ring you afterwards to make sure you're happy with it all.

Kind regards,
Gareth Hughes
""", "reassuring handover"),
(8, "good", None, "Kitchen handover", """
Dear Mrs Doyle,

A quick note: Tomasz Nowak will do the handover of your kitchen on Wednesday 3 February at 10:00, as I'm on another site in Cardiff that week. He knows the job inside out.

Kind regards,
Gareth Hughes
""", "short, courteous"),
(8, "bad", "condescension", "Kitchen handover", """
Dear Mrs Doyle,

I'm on another site in Cardiff that week, so Tomasz Nowak will do the handover of your kitchen on Wednesday 3 February at 10:00. He'll go through how everything works very slowly and step by step, so there's no confusion this time.

Regards,
Gareth Hughes
""", "talks down to the client, implies she was confused before"),
]
