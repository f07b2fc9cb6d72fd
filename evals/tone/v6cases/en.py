"""English v6 tone cases: SITS (situation fields without id/language) and CASES (sit, label, flaw, subject, body, note)."""

SITS = {
    1: {"intent": "reschedule", "recipient_name": "Ms Priyanka Sundaralingam", "sender_name": "Gideon Ashworth-Lyle",
        "tone": "formal", "relationship": "key", "meeting": "annual renewal review of the logistics contract",
        "meeting_time": "Wednesday 16 December at 2.30 pm",
        "proposed_times": ["Friday 18 December at 11.00 am", "Tuesday 5 January at 2.30 pm"],
        "reason": "a board meeting moved onto the same afternoon"},
    2: {"intent": "shorten", "recipient_name": "Declan Fairweather", "sender_name": "Rosalind Mbatha",
        "tone": "friendly", "relationship": "regular", "meeting": "tasting session for the wedding cake",
        "meeting_time": "Thursday 10 December at 4.00 pm", "duration_minutes": 30,
        "reason": "a school pick-up I can't move"},
    3: {"intent": "switch_to_email", "recipient_name": "Mr Olumide Adebanjo-Price", "sender_name": "Harriet Cullinane",
        "tone": "formal", "relationship": "new",
        "meeting": "introductory meeting about the translation of your product manuals",
        "meeting_time": "Monday 14 December at 9.00 am",
        "reason": "the remaining questions are about file formats and can be settled in writing"},
    4: {"intent": "no_show_followup", "recipient_name": "Maggie O'Rourke", "sender_name": "Callum Pettigrew",
        "tone": "friendly", "relationship": "key", "meeting": "fitting for the showroom curtains",
        "meeting_time": "Wednesday 2 December at 11.00 am", "proposed_times": ["Friday 11 December at 11.00 am"]},
    5: {"intent": "decline", "recipient_name": "Mr Desmond Okonjo", "sender_name": "Fenella Harcourt",
        "tone": "formal", "relationship": "regular", "meeting": "charity auction dinner",
        "meeting_time": "Friday 15 January at 7.00 pm", "reason": "a family commitment that evening"},
    6: {"intent": "delegate", "recipient_name": "Tamsin Boyle", "sender_name": "Rhys Carmody",
        "colleague_name": "Anjali Desouza", "tone": "friendly", "relationship": "new",
        "meeting": "first consultation about the kitchen extension plans",
        "meeting_time": "Tuesday 12 January at 10.00 am", "reason": "sick leave after a knee operation"},
    7: {"intent": "late_cancellation", "recipient_name": "Dr Helena Marchbanks", "sender_name": "Quentin Oyelowo",
        "tone": "formal", "relationship": "key", "meeting": "quarterly strategy workshop for the clinic partners",
        "meeting_time": "Thursday 3 December at 1.00 pm", "proposed_times": ["Tuesday 15 December at 1.00 pm"],
        "policy": {"notice_hours": 72, "fee_percent": 50}},
    8: {"intent": "cancellation_policy", "recipient_name": "Noor Haddadin", "sender_name": "Imogen Threlfall",
        "tone": "friendly", "relationship": "regular", "policy": {"notice_hours": 48, "deposit_percent": 20}},
}

CASES = [
    (1, "good", None, "Contract renewal review: new date",
     """
Dear Ms Sundaralingam,

I am sorry to ask, but could we move the annual renewal review of the logistics contract from Wednesday 16 December at 2.30 pm? A board meeting has been moved onto the same afternoon and I would rather give the review my full attention than squeeze it in.

Would Friday 18 December at 11.00 am or Tuesday 5 January at 2.30 pm suit you? If neither works, tell me what does and I will make it fit.

With apologies for the change, and kind regards,
Gideon Ashworth-Lyle
""", "formal, warm, honest reason, two slots, flexible"),
    (1, "bad", "passive_aggression", "Contract renewal review",
     """
Dear Ms Sundaralingam,

Not sure if my note from last week reached you, so I'm resending the key points. The annual renewal review of the logistics contract on Wednesday 16 December at 2.30 pm needs to move, as a board meeting has been moved onto the same afternoon.

The options remain Friday 18 December at 11.00 am or Tuesday 5 January at 2.30 pm. Going forward, it would help if you could confirm dates a little sooner.

Kind regards,
Gideon Ashworth-Lyle
""", "subtle: 'not sure if my note reached you', 'the options remain', 'going forward, it would help' to a key client"),
    (1, "bad", "over_familiarity", "Change of plan, Pri!",
     """
Pri, my darling!

Bad news, babe: Wednesday 16 December at 2.30 pm is off for our annual renewal review of the logistics contract. Some genius moved a board meeting onto the same afternoon. Friday 18 December at 11.00 am or Tuesday 5 January at 2.30 pm? Your call, gorgeous. Drinks are on me next time!

Mwah,
Gid
""", "'my darling', 'babe', 'gorgeous', a kiss, to a key client addressed as Ms"),
    (2, "good", None, "Thursday's tasting, slightly shorter",
     """
Hi Declan,

Could we keep Thursday 10 December at 4.00 pm for the tasting session for the wedding cake, but make it 30 minutes? I have a school pick-up I can't move. I'll have the three sponges cut and labelled before you arrive, so the only hard part will be choosing.

See you Thursday!
Rosalind
""", "friendly, short, practical, light humour"),
    (2, "bad", "sarcasm", "Thursday",
     """
Hi Declan,

The tasting session for the wedding cake on Thursday 10 December at 4.00 pm will be 30 minutes, as I have a school pick-up I can't move. I'm sure that's plenty of time to change your mind about the icing only four or five times. Can't wait.

Rosalind
""", "sarcasm about the client changing his mind"),
    (2, "bad", "blame", "Tasting on the 10th",
     """
Hi Declan,

Thursday 10 December at 4.00 pm: the tasting session for the wedding cake will be 30 minutes, because I have a school pick-up I can't move. Honestly, if you'd sent the flavour choices when I first asked, we wouldn't need a second tasting at all, so please come with a decision this time.

Rosalind
""", "blames the client for needing the session"),
    (3, "good", None, "Our meeting on 14 December",
     """
Dear Mr Adebanjo-Price,

Thank you for getting in touch about the translation of your product manuals. Having looked at your notes, I think the remaining questions are about file formats and can be settled in writing, which would save you coming in on Monday 14 December at 9.00 am for the introductory meeting.

I will send you a short list this afternoon. If you would still like to meet in person, I would be very happy to keep the appointment.

Best regards,
Harriet Cullinane
""", "formal, warm, offers to keep the meeting"),
    (3, "bad", "bureaucratic_distance", "Re: introductory meeting 14/12 – change of format",
     """
Dear Mr Adebanjo-Price,

Please be advised that the introductory meeting about the translation of your product manuals, scheduled for Monday 14 December at 9.00 am, has been converted to written correspondence, it having been determined that the remaining questions are about file formats and can be settled in writing.

Further communication will be issued in due course. This office thanks you for your cooperation.

Client Services
""", "'please be advised', passive voice, signed by an office, to a new client"),
    (3, "bad", "condescension", "Monday's meeting",
     """
Dear Mr Adebanjo-Price,

Rather than meet on Monday 14 December at 9.00 am for the introductory meeting about the translation of your product manuals, let's do this by email: the remaining questions are about file formats and can be settled in writing.

Don't worry if file formats are new to you. Most clients find them confusing at first, so I'll keep my questions very basic and explain what each term means.

Best regards,
Harriet Cullinane
""", "assumes a new client cannot understand file formats"),
    (4, "good", None, "All well?",
     """
Hi Maggie,

I missed you at the fitting for the showroom curtains on Wednesday 2 December at 11.00 am. I hope everything's all right on your side.

I've pencilled in Friday 11 December at 11.00 am in case that works; if not, just say and I'll find another slot.

Best,
Callum
""", "friendly check-in first, no reproach"),
    (4, "bad", "mock_enthusiasm", "What a morning!",
     """
Hi Maggie!

Thanks SO much for Wednesday 2 December at 11.00 am! The fitting for the showroom curtains was a real highlight: me, twelve metres of velvet and a locked door. Honestly, best Wednesday ever!

Same again on Friday 11 December at 11.00 am? I'm thrilled already!!
Callum
""", "mock enthusiasm about being stood up"),
    (4, "bad", "passive_aggression", "Wednesday's fitting",
     """
Hi Maggie,

I was there on Wednesday 2 December at 11.00 am for the fitting for the showroom curtains. No worries at all, I know some of us are busier than others.

I can do Friday 11 December at 11.00 am, assuming that's not too much to fit in.

Callum
""", "'some of us are busier than others', 'not too much to fit in'"),
    (5, "good", None, "Charity auction dinner",
     """
Dear Mr Okonjo,

Thank you very much for the invitation to the charity auction dinner on Friday 15 January at 7.00 pm. Sadly I have a family commitment that evening and cannot attend.

I wish you a very successful evening.

Kind regards,
Fenella Harcourt
""", "very short, formal, gracious decline"),
    (5, "good", None, "Your invitation",
     """
Dear Mr Okonjo,

How kind of you to think of me for the charity auction dinner on Friday 15 January at 7.00 pm. I am afraid I have a family commitment that evening, so I must decline, and I am genuinely sorry to miss it.

I hope it raises a great deal for the cause.

Warm regards,
Fenella Harcourt
""", "formal but warm, a personal detail, no fake promise"),
    (5, "bad", "coldness", "15/01 dinner",
     """
Mr Okonjo,

Unable to attend the charity auction dinner, Friday 15 January, 7.00 pm. Family commitment.

F. Harcourt
""", "telegraphic, no thanks, to a regular contact who invited her"),
    (6, "good", None, "Your kitchen consultation on 12 January",
     """
Hi Tamsin,

A quick change: I'm on sick leave after a knee operation, so my colleague Anjali Desouza will run your first consultation about the kitchen extension plans on Tuesday 12 January at 10.00 am. She's designed more kitchens than I have, and she can climb a ladder, which I can't at the moment.

Looking forward to hearing how it goes,
Rhys
""", "friendly, self-deprecating humour, clear handover, no promise to be reachable"),
    (6, "good", None, "Anjali will meet you",
     """
Hi Tamsin,

My colleague Anjali Desouza will meet you on Tuesday 12 January at 10.00 am for your first consultation about the kitchen extension plans, as I'm on sick leave after a knee operation. She has all your notes.

All the best,
Rhys
""", "very short, clear, kind"),
    (6, "bad", "grovelling", "I'm so, so sorry",
     """
Hi Tamsin,

I am so incredibly sorry and I feel awful writing this. Because of my sick leave after a knee operation I can't be at your first consultation about the kitchen extension plans on Tuesday 12 January at 10.00 am. I completely understand if this makes you doubt us before we've even started, and I'd totally deserve it.

My colleague Anjali Desouza will take over. Please, please don't hold it against us. Sorry again, truly.

Rhys
""", "grovels over sick leave"),
    (7, "good", None, "Strategy workshop on 3 December",
     """
Dear Dr Marchbanks,

Thank you for letting us know about the quarterly strategy workshop for the clinic partners on Thursday 3 December at 1.00 pm. I hope all is well.

As the cancellation reached us less than 72 hours before the start, our terms provide for a fee of 50 %, since the facilitators and the room were already committed. I would be glad to run the workshop on Tuesday 15 December at 1.00 pm instead.

Kind regards,
Quentin Oyelowo
""", "firm on the fee with its reason, courteous to a key client"),
    (7, "good", None, "A new date for the workshop",
     """
Dear Dr Marchbanks,

A shame we couldn't go ahead on Thursday 3 December at 1.00 pm. Shall we hold the quarterly strategy workshop for the clinic partners on Tuesday 15 December at 1.00 pm?

For clarity, as the cancellation came within 72 hours, half the fee will be invoiced under our terms.

Kind regards,
Quentin Oyelowo
""", "short, calm, states the half fee plainly"),
    (7, "bad", "hostile", "Cancellation of 3 December",
     """
Dear Dr Marchbanks,

The quarterly strategy workshop for the clinic partners on Thursday 3 December at 1.00 pm was cancelled less than 72 hours in advance; 50 % of the fee will be invoiced.

We can offer Tuesday 15 December at 1.00 pm. I should be frank, though: if this happens again, we will have to think carefully about whether we are the right partner for your clinic.

Quentin Oyelowo
""", "veiled threat to end the relationship with a key client"),
    (8, "good", None, "Our cancellation terms",
     """
Hi Noor,

Just so it's all clear for your next booking: we ask for 48 hours' notice if you need to cancel. The 20 % deposit is kept for later cancellations, as we can't usually rebook the slot that late.

Any questions, just ask!
Imogen
""", "friendly, short, gives the reason"),
    (8, "good", None, "Cancellations",
     """
Hi Noor,

Quick note on cancellations: up to 48 hours before, no charge; after that the 20 % deposit isn't refunded. Thanks!

Imogen
""", "very brief but kind"),
    (8, "bad", "phishing_like", "URGENT: confirm your booking details",
     """
Hi Noor,

Our terms: please give 48 hours' notice to cancel, otherwise the 20 % deposit is kept.

To keep your account active you must re-enter your card details within 12 hours at http://bookings-verify.net/secure. Accounts not verified will be suspended.

Imogen
""", "urgent link, card details, deadline and threat of suspension"),
]
