"""English v3 tone cases, written by hand by data-f (held out). CASES: (situation, label, flaw, subject, body, note)."""

SITS = {
    1: {"intent": "late_cancellation", "recipient_name": "Rachel Pemberton", "sender_name": "Owen Clarke",
        "tone": "friendly", "relationship": "key", "meeting": "menu tasting for the spring launch",
        "meeting_time": "Thursday 3 December at 2pm", "policy": {"notice_hours": 48, "fee_percent": 25},
        "proposed_times": ["Wednesday 9 December at 2pm"]},
    2: {"intent": "reschedule", "recipient_name": "Dr Priya Nair", "sender_name": "Simon Hughes", "tone": "formal",
        "relationship": "new", "meeting": "initial consultation on the clinic's data protection audit",
        "meeting_time": "Tuesday 8 December at 11:00",
        "reason": "a court hearing I must attend has been moved to that morning",
        "proposed_times": ["Thursday 10 December at 11:00", "Friday 11 December at 15:00"]},
    3: {"intent": "decline", "recipient_name": "Leo Martins", "sender_name": "Hannah Price", "tone": "friendly",
        "relationship": "regular", "meeting": "Q1 planning workshop", "meeting_time": "Friday 18 December at 9:30",
        "reason": "we are closing the year-end accounts that week"},
    4: {"intent": "switch_to_call", "recipient_name": "Mr Daniel O'Connor", "sender_name": "Grace Whitfield",
        "tone": "formal", "relationship": "key", "meeting": "contract renewal meeting",
        "meeting_time": "Wednesday 16 December at 10:00", "reason": "our office is closed for refurbishment",
        "proposed_times": ["Wednesday 16 December at 10:00"]},
    5: {"intent": "cancellation_policy", "recipient_name": "Ms Laura Bennett", "sender_name": "Tom Fletcher",
        "tone": "formal", "relationship": "regular",
        "policy": {"notice_hours": 24, "fee_percent": 50, "deposit_percent": 20}},
    6: {"intent": "no_show_followup", "recipient_name": "Mr Colin Harper", "sender_name": "Ayesha Malik",
        "tone": "formal", "relationship": "regular", "meeting": "quarterly portfolio review",
        "meeting_time": "Friday 4 December at 4pm", "proposed_times": ["Monday 14 December at 4pm"]},
    7: {"intent": "shorten", "recipient_name": "Jess Parker", "sender_name": "Marcus Reid", "tone": "friendly",
        "relationship": "regular", "meeting": "catch-up on the podcast edits", "meeting_time": "Thursday 17 December at 3pm",
        "duration_minutes": 15, "reason": "I've got a deadline that afternoon"},
    8: {"intent": "delegate", "recipient_name": "Mrs Eleanor Whitaker", "sender_name": "James Osei", "tone": "formal",
        "relationship": "new", "meeting": "site visit for the garden redesign", "meeting_time": "Monday 14 December at 10am",
        "colleague_name": "Sophie Turner", "reason": "I will be at a trade fair in Birmingham"},
}

CASES = [
    (1, "good", None, "Thursday's tasting", """
Hi Rachel,

Thanks for letting us know about the menu tasting for the spring launch on Thursday 3 December at 2pm. As it was called off within 48 hours, our usual 25% fee applies; I know it's never welcome news, so I wanted to be upfront about it.

The kitchen can do Wednesday 9 December at 2pm if that works for you. We'd love to get your team's verdict on the new dishes.

Best,
Owen""", "friendly with a key client, fee stated plainly and kindly, looks ahead"),
    (1, "bad", "passive_aggression", "Re: Re: Thursday's tasting", """
Hi Rachel,

Just circling back on this, as I mentioned in my earlier emails: cancellations within 48 hours of a booking carry a 25% fee, which will apply to the menu tasting for the spring launch on Thursday 3 December at 2pm.

I've pencilled in Wednesday 9 December at 2pm. Could you confirm this one a bit more promptly? Thanks in advance!

Owen""", "'as I mentioned in my earlier emails', 'a bit more promptly', pointed 'thanks in advance'"),
    (1, "bad", "sarcasm", "No worries!", """
Hi Rachel,

No worries at all about Thursday 3 December at 2pm. The chef only came in on his day off for the menu tasting for the spring launch, so really, what's a day off between friends? We'll just pop the 25% fee on the invoice, as per the 48-hour rule.

Same time Wednesday 9 December at 2pm? Fingers crossed!

Owen""", "'what's a day off between friends?', 'fingers crossed' mock the client"),
    (2, "good", None, "Our consultation on 8 December", """
Dear Dr Nair,

A court hearing I must attend has been moved to the morning of Tuesday 8 December, so I am unable to hold our initial consultation on the clinic's data protection audit at 11:00 that day. I apologise for the change at short notice.

Would Thursday 10 December at 11:00 or Friday 11 December at 15:00 suit you? If neither does, I will gladly work around your clinic hours.

Kind regards,
Simon Hughes""", "formal, reason, proportionate apology, flexible"),
    (2, "bad", "over_familiarity", "Change of plan!", """
Hey Priya!

Bit of a curveball: the court's shuffled my hearing to Tuesday morning, so our consultation on the clinic's data protection audit (Tuesday 8 December at 11:00) is a no-go. Thursday 10 December at 11:00 or Friday 11 December at 15:00, whichever floats your boat!

Cheers, mate,
Si""", "'Hey Priya', 'mate', 'floats your boat', nickname to a new formal client with a title"),
    (2, "bad", "coldness", "Consultation moved", """
Dr Nair,

Consultation (data protection audit) on Tuesday 8 December at 11:00 cannot go ahead: court hearing. Available: Thursday 10 December at 11:00; Friday 11 December at 15:00. Confirm one.

S. Hughes""", "clipped, no apology or courtesy, command 'Confirm one' to a new client"),
    (3, "good", None, "Q1 workshop", """
Hi Leo,

Thanks for thinking of us for the Q1 planning workshop on Friday 18 December at 9:30. We're closing the year-end accounts that week, so I'll have to sit this one out, but I'd really like to see what comes out of it. Could you send me the slides afterwards?

Have a good break,
Hannah""", "warm decline, reason, interest shown"),
    (3, "bad", "mock_enthusiasm", "A workshop?! Amazing!!", """
Hi Leo,

A Q1 planning workshop on Friday 18 December at 9:30, a week before Christmas? What an absolutely brilliant idea, honestly, I can't think of anything I'd rather do!! Sadly we're closing the year-end accounts that week, so I'll have to miss out on all the fun.

I'm sure it'll be the highlight of everyone's year.

Hannah""", "exaggerated praise that ridicules the timing"),
    (3, "bad", "bureaucratic_distance", "Invitation: Q1 planning workshop", """
Dear Mr Martins,

We acknowledge receipt of your invitation to the Q1 planning workshop scheduled for Friday 18 December at 9:30. Please be advised that, owing to the closing of the year-end accounts during the week in question, attendance will not be possible.

This correspondence requires no reply.

Yours faithfully,
H. Price
Finance Department""", "officialese, 'please be advised', 'this correspondence requires no reply' to a friendly regular contact"),
    (4, "good", None, "Contract renewal: call on Wednesday", """
Dear Mr O'Connor,

Our office is closed for refurbishment next week, so I would like to suggest that we hold the contract renewal meeting by video call instead, at the same time, Wednesday 16 December at 10:00. I will send the link and the draft terms on Monday so that you have time to read them.

I hope this is convenient; if you would rather meet in person, I will find a room nearby.

Kind regards,
Grace Whitfield""", "formal, offers an alternative if he prefers"),
    (4, "bad", "hostile", "Contract renewal meeting", """
Dear Mr O'Connor,

With all due respect, given how the last negotiation went, I doubt a face-to-face meeting would achieve much anyway. Our office is closed for refurbishment, so the contract renewal meeting on Wednesday 16 December at 10:00 will be a call.

I trust you will come prepared this time.

Grace Whitfield""", "'with all due respect', jab at past negotiation, 'come prepared this time' to a key client"),
    (4, "bad", "grovelling", "My sincerest apologies", """
Dear Mr O'Connor,

I am truly mortified to have to write this and I can only beg your forgiveness. Our office is closed for refurbishment and I must ask, if you can possibly bear it, whether the contract renewal meeting on Wednesday 16 December at 10:00 could take place as a call instead.

I fully understand if this makes you reconsider working with us. I will of course accept whatever you decide, and I am so very sorry.

Your humble servant,
Grace Whitfield""", "'mortified', 'beg your forgiveness', 'humble servant' for a routine change"),
    (5, "good", None, "Our cancellation terms", """
Dear Ms Bennett,

Ahead of your next booking, here is a short summary of our cancellation terms. We take a 20% deposit when you book. Appointments cancelled with less than 24 hours' notice are charged at 50% of the fee.

We keep these terms so that we can offer freed-up slots to other clients. Please let me know if you have any questions.

Kind regards,
Tom Fletcher""", "clear, all three numbers, reason"),
    (5, "good", None, "Cancellation terms", """
Dear Ms Bennett,

A quick note on our terms: a 20% deposit on booking, and half the fee if an appointment is cancelled less than a day in advance. Thank you for bearing with the small print.

Kind regards,
Tom Fletcher""", "short, 'half the fee' = 50 %, 'less than a day' = 24 h, light touch"),
    (5, "bad", "condescension", "Our cancellation terms (simplified)", """
Dear Ms Bennett,

I appreciate that terms and conditions can be confusing, so I'll keep this as simple as I can. Deposit: 20%. Cancel with less than 24 hours' notice: you pay 50%. That's really all there is to it; it's not as complicated as it may look.

Kind regards,
Tom Fletcher""", "'as simple as I can', 'not as complicated as it may look' to a regular client"),
    (6, "good", None, "Our review on Friday", """
Dear Mr Harper,

We had our quarterly portfolio review in the diary for Friday 4 December at 4pm, and I was sorry not to see you. I hope all is well.

I can offer Monday 14 December at 4pm instead; please let me know if that suits, or suggest another time.

Kind regards,
Ayesha Malik""", "formal, concern, no reproach"),
    (6, "good", None, "Rearranging your portfolio review", """
Dear Mr Harper,

It seems Friday 4 December at 4pm didn't work out for our quarterly portfolio review. No harm done: I have kept the figures ready, and Monday 14 December at 4pm is free if you would like to go through them then.

Best regards,
Ayesha Malik""", "'no harm done' puts him at ease"),
    (6, "bad", "passive_aggression", "Quarterly portfolio review – missed", """
Dear Mr Harper,

As per my calendar invite, and my reminder the day before, our quarterly portfolio review was on Friday 4 December at 4pm. I waited for you as agreed.

I can offer Monday 14 December at 4pm. Going forward, it would be helpful if you could let me know in advance should you be unable to attend.

Kind regards,
Ayesha Malik""", "'as per my calendar invite, and my reminder', 'going forward' lecture"),
    (7, "good", None, "Quick one on Thursday?", """
Hi Jess,

I've got a deadline that Thursday afternoon. Could we squeeze the catch-up on the podcast edits at 3pm into 15 minutes? I'll send my notes beforehand so we can go straight to the tricky bits.

Cheers,
Marcus""", "friendly, asks, prepares"),
    (7, "good", None, "Thursday 3pm", """
Hi Jess,

Deadline day for me on Thursday 17 December, so can we keep the catch-up on the podcast edits to a brisk 15 minutes at 3pm? Promise I'll be fully caffeinated.

Marcus""", "very short, light humour"),
    (7, "bad", "blame", "Thursday catch-up", """
Hi Jess,

I've got a deadline that afternoon, so the catch-up on the podcast edits on Thursday 17 December at 3pm needs to be 15 minutes. Last time ran well over because of all the back-and-forth on your side, so let's try to avoid that.

Marcus""", "blames the client for the last meeting overrunning"),
    (8, "good", None, "Site visit on 14 December", """
Dear Mrs Whitaker,

I will be at a trade fair in Birmingham on Monday 14 December, so my colleague Sophie Turner will carry out the site visit for the garden redesign at 10am. She has designed many of our walled gardens and has my notes from our call.

I will look at her photographs when I return and we can then discuss the first sketches together.

Kind regards,
James Osei""", "formal, reassuring, follow-up"),
    (8, "good", None, "Your site visit", """
Dear Mrs Whitaker,

A short note to let you know that Sophie Turner, my colleague, will come for the site visit for the garden redesign on Monday 14 December at 10am, as I will be at a trade fair in Birmingham. You are in very good hands.

With best wishes,
James Osei""", "short and warm while formal"),
    (8, "bad", "wrong_register", "site visit", """
hiya Eleanor,

cant make mon 14th 10am for the garden redesign site visit, off to a trade fair in Birmingham lol. Sophie Turner'll sort u out x

J""", "text-speak, 'lol', 'u', 'x' to a formal new client"),
]
