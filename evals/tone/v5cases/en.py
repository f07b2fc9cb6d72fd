"""English v5 tone cases: SITS (situation fields without id/language) and CASES (sit, label, flaw, subject, body, note)."""

SITS = {
    1: {"intent": "reschedule", "recipient_name": "Ms Priyanka Raghunathan", "sender_name": "Callum Ashworth",
        "tone": "formal", "relationship": "key",
        "meeting": "contract renewal review for the Harbourside fit-out",
        "meeting_time": "Thursday 17 December at 11:00",
        "reason": "a site inspection that the council has moved to that morning",
        "proposed_times": ["Monday 21 December at 11:00", "Tuesday 22 December at 14:00"]},
    2: {"intent": "late_cancellation", "recipient_name": "Declan Moriarty", "sender_name": "Bethany Fairclough",
        "tone": "friendly", "relationship": "regular",
        "meeting": "one-to-one Pilates session",
        "meeting_time": "Tuesday 1 December at 7:30",
        "proposed_times": ["Tuesday 8 December at 7:30"],
        "policy": {"notice_hours": 12, "fee_percent": 100}},
    3: {"intent": "switch_to_call", "recipient_name": "Dr Olufemi Adeyemi-Clarke", "sender_name": "Harriet Penhaligon",
        "tone": "formal", "relationship": "new",
        "meeting": "initial consultation about your practice's IT support",
        "meeting_time": "Wednesday 9 December at 16:00",
        "reason": "a server delivery at our office that I have to sign for that afternoon"},
    4: {"intent": "delegate", "recipient_name": "Gareth Llewellyn", "sender_name": "Saoirse Byrne",
        "tone": "friendly", "relationship": "key",
        "meeting": "menu tasting for your New Year's Eve dinner",
        "meeting_time": "Tuesday 29 December at 18:00",
        "reason": "a family wedding abroad", "colleague_name": "Tom Ekanayake"},
    5: {"intent": "decline", "recipient_name": "Mrs Rosalind Whitcombe", "sender_name": "Ifeanyi Nwachukwu",
        "tone": "formal", "relationship": "regular",
        "meeting": "annual review of the foundation's investment portfolio",
        "meeting_time": "Monday 14 December at 10:00",
        "reason": "a court hearing that has been listed for the same morning"},
    6: {"intent": "no_show_followup", "recipient_name": "Jade Whitfield-Ng", "sender_name": "Marcus Thornbury",
        "tone": "friendly", "relationship": "new",
        "meeting": "first driving lesson",
        "meeting_time": "Friday 4 December at 8:00",
        "proposed_times": ["Thursday 10 December at 8:00", "Saturday 12 December at 9:00"]},
    7: {"intent": "cancellation_policy", "recipient_name": "Mr Anselm Kowalczyk", "sender_name": "Georgina Trevelyan",
        "tone": "formal", "relationship": "new",
        "policy": {"notice_hours": 48, "fee_percent": 50, "deposit_percent": 20}},
    8: {"intent": "switch_to_email", "recipient_name": "Nadia Bensalem", "sender_name": "Rory Sinclair-Hume",
        "tone": "friendly", "relationship": "key",
        "meeting": "coffee catch-up on the spring print run",
        "meeting_time": "Friday 11 December at 10:30",
        "reason": "back-to-back press checks all week"},
}

CASES = [
    (1, "good", None, "Harbourside renewal review: could we move it?", """
Dear Ms Raghunathan,

I am sorry to ask, but the council has moved a site inspection to the morning of Thursday 17 December, which clashes with our contract renewal review for the Harbourside fit-out at 11:00.

Would Monday 21 December at 11:00 or Tuesday 22 December at 14:00 suit you instead? I will keep both free until I hear from you.

With apologies for the change, and kind regards,
Callum Ashworth
""", "formal, apologetic but dignified, holds both slots"),
    (1, "bad", "passive_aggression", "RE: Harbourside renewal review", """
Dear Ms Raghunathan,

Per my last email, the council has moved a site inspection to the morning of Thursday 17 December, so the contract renewal review for the Harbourside fit-out at 11:00 cannot go ahead as planned.

As previously flagged, the alternatives are Monday 21 December at 11:00 or Tuesday 22 December at 14:00. I'd be grateful for a reply this time.

Kind regards,
Callum Ashworth
""", "'per my last email', 'as previously flagged', 'a reply this time' to a key client"),
    (1, "bad", "over_familiarity", "Harbourside - the usual chaos!", """
Hey Pri!

Council strikes again, haha: they've shoved a site inspection onto Thursday 17 December, right when we were meant to do the contract renewal review for the Harbourside fit-out at 11:00. Typical!

Monday 21 December at 11:00 or Tuesday 22 December at 14:00? You know I'd rather see you than a council inspector any day, gorgeous. x

Cal
""", "nickname, 'gorgeous', kiss to a key client addressed as Ms"),

    (2, "good", None, "Tuesday's session", """
Hi Declan,

Sorry we missed each other on Tuesday 1 December at 7:30. Shall we book your next one-to-one Pilates session for Tuesday 8 December at 7:30?

As the cancellation came in with less than 12 hours' notice, the session is charged in full, as with everyone. Hope all's well, and see you Tuesday.

Best,
Bethany
""", "friendly, firm on the full fee, not defensive"),
    (2, "bad", "sarcasm", "Tuesday", """
Hi Declan,

Thanks so much for letting me know about Tuesday 1 December at 7:30 just in time for me to be already up, dressed and at the studio. Really, the early start was lovely, I'm sure my one-to-one Pilates session with an empty mat was very productive.

It's charged in full, as it was under 12 hours' notice. Tuesday 8 December at 7:30, if you can make it.

Bethany
""", "sarcastic thanks about the early start"),
    (2, "bad", "blame", "Cancellation on 1 December", """
Hi Declan,

Cancelling Tuesday's one-to-one Pilates session (1 December at 7:30) with under 12 hours' notice meant I turned away someone else who wanted that slot, so that's on you, I'm afraid. It does make it hard to plan around you.

The session is charged in full. We can do Tuesday 8 December at 7:30.

Bethany
""", "'that's on you', 'hard to plan around you'"),

    (3, "good", None, "Our consultation on 9 December: by phone?", """
Dear Dr Adeyemi-Clarke,

Thank you for booking an initial consultation about your practice's IT support. I have a server delivery at our office that I have to sign for on the afternoon of Wednesday 9 December, so I would like to hold our meeting by phone at the same time, 16:00, rather than in person.

If you would prefer to meet face to face, please say so and I will find another date that works.

Kind regards,
Harriet Penhaligon
""", "formal, clear, gives the new client a real choice"),
    (3, "bad", "condescension", "Wednesday 9 December", """
Dear Dr Adeyemi-Clarke,

Because of a server delivery at our office that I have to sign for that afternoon, our initial consultation about your practice's IT support on Wednesday 9 December at 16:00 will be by phone.

Don't worry if you're not very technical; most doctors aren't, and I'm used to keeping things very simple. Just have a pen ready.

Kind regards,
Harriet Penhaligon
""", "subtle: 'most doctors aren't', 'keeping things very simple', 'have a pen ready'"),
    (3, "bad", "phishing_like", "Action required: confirm your consultation", """
Dear Dr Adeyemi-Clarke,

Due to a server delivery at our office that I have to sign for that afternoon, your initial consultation about your practice's IT support on Wednesday 9 December at 16:00 will now take place by phone.

To keep your booking, please confirm within 12 hours by logging in with your practice's admin password here: http://it-consult-verify.co/secure-login. Unconfirmed bookings are cancelled automatically.

Kind regards,
Harriet Penhaligon
""", "asks for an admin password through an unknown link with urgency: phishing-like"),

    (4, "good", None, "Tasting on the 29th: Tom's got you", """
Hi Gareth,

I'm away for a family wedding abroad, so I'll miss the menu tasting for your New Year's Eve dinner on Tuesday 29 December at 18:00, which I'm genuinely sad about.

Tom Ekanayake will host it. He knows the menu as well as I do, so you're in very good hands, and I've left him all my notes on your guests.

Have a brilliant evening, and eat something for me.
Saoirse
""", "friendly, warm, humour that lands with a key client"),
    (4, "bad", "coldness", "Menu tasting 29/12", """
Hello,

Please note I will be unavailable on Tuesday 29 December (family wedding abroad). The menu tasting for your New Year's Eve dinner at 18:00 will be conducted by Tom Ekanayake.

Regards,
S. Byrne
""", "no name, 'please note', 'conducted by', initials, to a friendly key client"),
    (4, "bad", "bureaucratic_distance", "Notification of change of point of contact", """
Dear Mr Llewellyn,

This is to inform you that, owing to the attendance of the undersigned at a family wedding abroad, responsibility for the menu tasting for your New Year's Eve dinner scheduled for Tuesday 29 December at 18:00 has been reassigned to Tom Ekanayake, who will act as your designated point of contact for the purposes of this event.

Please direct all further enquiries accordingly.

Yours faithfully,
Saoirse Byrne
""", "'the undersigned', 'reassigned', 'designated point of contact' to a friendly key client"),

    (5, "good", None, "Portfolio review on 14 December", """
Dear Mrs Whitcombe,

I am afraid I must decline the annual review of the foundation's investment portfolio on Monday 14 December at 10:00. A court hearing has been listed for the same morning, and I have no say in the court's timetable.

I am sorry to miss it and hope the review goes well.

Yours sincerely,
Ifeanyi Nwachukwu
""", "formal, short, no false promise"),
    (5, "good", None, "14 December", """
Dear Mrs Whitcombe,

Thank you for including me. Unfortunately a court hearing has been listed for the morning of Monday 14 December, so I will not be able to attend the annual review of the foundation's investment portfolio at 10:00.

With best wishes,
Ifeanyi Nwachukwu
""", "very brief, formal but warm"),
    (5, "bad", "bureaucratic_distance", "Re: Annual review – non-attendance", """
Dear Mrs Whitcombe,

We write to advise that Mr Nwachukwu is unable to attend the annual review of the foundation's investment portfolio on Monday 14 December at 10:00, a court hearing having been listed for the same morning. This communication should be taken as formal notice of non-attendance.

We trust this is in order.

Yours faithfully,
pp. Ifeanyi Nwachukwu
""", "third person about himself, 'formal notice of non-attendance', 'we trust this is in order'"),

    (6, "good", None, "Missed you on Friday", """
Hi Jade,

I waited for you for your first driving lesson on Friday at 8:00 and didn't see you, so I hope nothing's wrong.

If you'd still like to start, I can do Thursday 10 December at 8:00 or Saturday 12 December at 9:00. Just reply with whichever suits.

Cheers,
Marcus
""", "friendly, concerned, no reproach"),
    (6, "good", None, "Shall we try again?", """
Hi Jade,

No harm done about Friday. Fancy Thursday 10 December at 8:00 or Saturday 12 December at 9:00 for your first driving lesson?

Marcus
""", "very brief and kind"),
    (6, "bad", "mock_enthusiasm", "What a lesson!!", """
Hi Jade!!

Your first driving lesson on Friday 4 December at 8:00 was AMAZING! I sat in the car for a whole hour with the engine running and got to know the dashboard really well. Best Friday ever, honestly!!

Can't wait to do it all again on Thursday 10 December at 8:00 or Saturday 12 December at 9:00!!! 😄

Marcus
""", "mock enthusiasm about the no-show"),

    (7, "good", None, "Our cancellation terms", """
Dear Mr Kowalczyk,

Welcome, and thank you for choosing us. So that there are no surprises later, here are our cancellation terms:

- a 20% deposit is taken when you book;
- if you cancel with less than 48 hours' notice, 50% of the fee is charged.

We keep these simple and apply them to everyone. Please let me know if anything is unclear.

Yours sincerely,
Georgina Trevelyan
""", "formal, welcoming, all three numbers right"),
    (7, "good", None, "Cancellation terms", """
Dear Mr Kowalczyk,

A short note before your first booking: we take a 20% deposit, and cancellations with less than 48 hours' notice are charged at half the fee.

Kind regards,
Georgina Trevelyan
""", "very short, correct; 'half the fee' for 50%"),
    (7, "bad", "passive_aggression", "Our terms (again)", """
Dear Mr Kowalczyk,

As clearly set out in our terms, which I trust you have now had a chance to read, we take a 20% deposit on booking and charge 50% of the fee for cancellations made with less than 48 hours' notice.

I hope this avoids any misunderstanding going forward.

Kind regards,
Georgina Trevelyan
""", "subtle: 'as clearly set out', 'which I trust you have now had a chance to read', 'going forward' to a new client"),

    (8, "good", None, "Friday coffee → email?", """
Hi Nadia,

I'm stuck in back-to-back press checks all week, and I'd be terrible company at our coffee on Friday 11 December at 10:30.

Could we do the spring print run by email instead? I'll send the proofs and my questions today, and the coffee's on me next time.

Thanks for bearing with me,
Rory
""", "friendly, warm, owns it, key client"),
    (8, "good", None, "Friday", """
Hi Nadia,

Press checks back to back all week, sorry. Can we swap Friday's 10:30 coffee catch-up for email on the spring print run? Proofs coming your way shortly.

Rory
""", "very brief but kind"),
    (8, "bad", "grovelling", "I'm so sorry", """
Dear Nadia,

I feel absolutely dreadful writing this and I completely understand if you never want to work with me again. Because of back-to-back press checks all week, I have to ask whether we could possibly, if it isn't too much trouble, do our coffee catch-up on the spring print run by email instead of on Friday 11 December at 10:30.

I know it's inexcusable. Please forgive me. I'll do absolutely anything to make it up to you.

Abjectly,
Rory
""", "grovelling: 'never want to work with me again', 'inexcusable', 'abjectly'"),
]
