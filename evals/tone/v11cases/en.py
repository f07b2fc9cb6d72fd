"""English v11 tone cases (hand-written by data-am, 2026-12-07). Layout 2/2 1/1 1/2 2/1 1/1 1/2 2/1 1/1 1/1."""

from __future__ import annotations

SITS = {
    1: {"intent": "late_cancellation", "recipient_name": "Ms Philippa Grennan-Hoyle", "sender_name": "Marcus Fairleigh",
        "tone": "formal", "relationship": "key",
        "meeting": "quarterly board pack review", "meeting_time": "Thursday 3 December at 9 am",
        "proposed_times": ["Tuesday 15 December at 9 am"], "policy": {"notice_hours": 48, "fee_percent": 50}},
    2: {"intent": "reschedule", "recipient_name": "Toby Wrenfield", "sender_name": "Esme Wickstead",
        "tone": "friendly", "relationship": "new",
        "meeting": "kick-off meeting for your podcast artwork", "meeting_time": "Wednesday 9 December at 11 am",
        "proposed_times": ["Thursday 10 December at 11 am", "Monday 14 December at 3 pm"],
        "reason": "a burst pipe in our studio"},
    3: {"intent": "decline", "recipient_name": "Mr Desmond Okonjo-Reeve", "sender_name": "Alys Carnsew",
        "tone": "formal", "relationship": "regular",
        "meeting": "lunch to discuss next year's sponsorship", "meeting_time": "Friday 18 December at 12:30",
        "reason": "our sponsorship budget is frozen until April"},
    4: {"intent": "delegate", "recipient_name": "Nadia Pemberton-Oakes", "sender_name": "Jack Ellingworth",
        "tone": "friendly", "relationship": "key", "colleague_name": "Rhiannon Tsang",
        "meeting": "walkthrough of the new booking system", "meeting_time": "Tuesday 12 January at 10 am",
        "reason": "jury service"},
    5: {"intent": "switch_to_email", "recipient_name": "Dr Verity Lansdowne", "sender_name": "Oliver Strangways",
        "tone": "formal", "relationship": "new",
        "meeting": "introductory meeting about your grant application", "meeting_time": "Monday 14 December at 2 pm",
        "reason": "a clash with an audit visit"},
    6: {"intent": "no_show_followup", "recipient_name": "Mrs Hilary Cottingham", "sender_name": "Neil Brassington",
        "tone": "formal", "relationship": "regular",
        "meeting": "annual boiler service", "meeting_time": "Wednesday 2 December at 8 am",
        "proposed_times": ["Friday 11 December at 8 am"]},
    7: {"intent": "shorten", "recipient_name": "Kofi Bramhall", "sender_name": "Lorna Abercairn",
        "tone": "friendly", "relationship": "regular",
        "meeting": "monthly coaching session", "meeting_time": "Thursday 17 December at 4 pm",
        "duration_minutes": 30, "reason": "my son's nativity play"},
    8: {"intent": "cancellation_policy", "recipient_name": "Ruby Ellacombe", "sender_name": "Sam Threlkeld",
        "tone": "friendly", "relationship": "new", "policy": {"notice_hours": 24, "deposit_percent": 25}},
    9: {"intent": "switch_to_call", "recipient_name": "Mr Emlyn Treharne", "sender_name": "Joanna Mallaband",
        "tone": "formal", "relationship": "regular",
        "meeting": "site meeting about the extension drawings", "meeting_time": "Friday 11 December at 10 am",
        "reason": "the flooding on the A38"},
}

CASES = [
    # 1 late cancellation, formal, key: 2 good, 2 bad
    (1, "good", None, "Board pack review – new date",
     """
Dear Ms Grennan-Hoyle,

Thank you for letting us know about the quarterly board pack review on Thursday 3 December at 9 am. As the change came within 48 hours, our usual 50% fee applies; it will appear on this month's invoice.

I have held Tuesday 15 December at 9 am for you and will keep the papers exactly as they are. Please let me know if that suits.

Kind regards,
Marcus Fairleigh
""", "formal, fee held firmly, no reproach"),
    (1, "good", None, "Re: Thursday's review",
     """
Dear Philippa,

No problem at all, and thank you for the notice. Unfortunately, as it was inside 48 hours, the quarterly board pack review on Thursday 3 December at 9 am is charged at 50%. Would Tuesday 15 December at 9 am work instead?

Best wishes,
Marcus
""", "short; 'unfortunately' used kindly with a long-standing key client"),
    (1, "bad", "bureaucratic_distance", "Late cancellation – 03/12",
     """
Dear Ms Grennan-Hoyle,

Kindly note that, as per our cancellation policy, cancellations received less than 48 hours before an engagement are chargeable at 50% of the agreed fee. Your cancellation of the quarterly board pack review scheduled for Thursday 3 December at 9 am falls within this provision.

An alternative slot may be made available on Tuesday 15 December at 9 am, subject to confirmation.

We trust this clarifies the position.

Yours sincerely,
Accounts Team
p.p. Marcus Fairleigh
""", "made only of polite formulas ('Kindly note', 'as per', 'We trust this clarifies'), no insult"),
    (1, "bad", "phishing_like", "ACTION REQUIRED: cancellation fee",
     """
Dear Customer,

Your quarterly board pack review on Thursday 3 December at 9 am was cancelled less than 48 hours in advance and a 50% fee is now outstanding.

To avoid suspension of your account, please confirm your card details and settle the balance within 24 hours using the secure link below:
https://fairleigh-payments-verify.co/secure-login

Once payment is received we will confirm Tuesday 15 December at 9 am.

Billing Department
Marcus Fairleigh
""", "reads like phishing: 'Dear Customer', urgency, card details through a link, account suspension"),

    # 2 reschedule, friendly, new: 1 good, 1 bad
    (2, "good", None, "Our kick-off – a soggy change of plan",
     """
Hi Toby,

Not the start I'd planned: a burst pipe in our studio means I need to move our kick-off meeting for your podcast artwork on Wednesday 9 December at 11 am. Sorry about that!

Could you do Thursday 10 December at 11 am or Monday 14 December at 3 pm? We'll meet in the café next door either way, so at least the coffee's guaranteed.

Looking forward to it,
Esme
""", "friendly with a new client, light humour that lands"),
    (2, "bad", "mock_enthusiasm", "Exciting news!!!",
     """
Hi Toby!!!

Amazing news: a burst pipe in our studio means our kick-off meeting for your podcast artwork on Wednesday 9 December at 11 am is off!!! Honestly, best week EVER!!! 🎉🎉

Thursday 10 December at 11 am or Monday 14 December at 3 pm — can't WAIT!!!

Esme xx
""", "mock enthusiasm about a problem, to a new client"),

    # 3 decline, formal, regular: 1 good, 2 bad
    (3, "good", None, "Sponsorship lunch on 18 December",
     """
Dear Mr Okonjo-Reeve,

Thank you for the invitation to lunch to discuss next year's sponsorship on Friday 18 December at 12:30. I have to say no this time: our sponsorship budget is frozen until April, and I would rather not take your time when I cannot commit to anything.

I'll be in touch as soon as the budget is released, and I hope we can pick this up then.

With best regards,
Alys Carnsew
""", "firm refusal, dignified, keeps the door open"),
    (3, "bad", "condescension", "Your lunch invitation",
     """
Dear Mr Okonjo-Reeve,

Thank you for the invitation to lunch to discuss next year's sponsorship on Friday 18 December at 12:30. I will have to decline, as our sponsorship budget is frozen until April.

It may help to know, for future approaches, that sponsorship decisions are made at the start of the financial year, not in the run-up to Christmas; most organisations in our sector work this way, and timing one's request accordingly tends to get a better hearing.

Kind regards,
Alys Carnsew
""", "lecturing in the middle of a polite refusal"),
    (3, "bad", "grovelling", "I'm so terribly sorry",
     """
Dear Mr Okonjo-Reeve,

I am so terribly, terribly sorry. I feel awful having to tell you that I cannot join you for lunch to discuss next year's sponsorship on Friday 18 December at 12:30 — our sponsorship budget is frozen until April. I know how much effort you put into arranging this and I hate to let you down.

Please, please don't think badly of us. I will make it up to you somehow, I promise.

With my deepest apologies,
Alys Carnsew
""", "grovelling over a routine refusal"),

    # 4 delegate, friendly, key: 2 good, 1 bad
    (4, "good", None, "Booking system walkthrough on 12 January",
     """
Hi Nadia,

I've been called up for jury service, so my colleague Rhiannon Tsang will run the walkthrough of the new booking system on Tuesday 12 January at 10 am. She built most of the reporting screens you asked about, so you're in very good hands.

I'll check in with you the week after to hear how it went.

Best,
Jack
""", "friendly, genuine praise of the colleague"),
    (4, "good", None, "Change of host for the 12th",
     """
Hi Nadia, quick one: jury service keeps me away, so Rhiannon Tsang will take the walkthrough of the new booking system on Tuesday 12 January at 10 am. Same link, same agenda. Thanks for understanding!

Jack
""", "very short but kind"),
    (4, "bad", "over_familiarity", "Jury service, lol",
     """
Nadia, my darling!!

Guess who's been summoned for jury service 🙄⚖️ So Rhiannon Tsang is doing the walkthrough of the new booking system on Tuesday 12 January at 10 am. Be nice to her, she's not as much fun as me 😘

Drinks on me when I'm free — and you can tell me all the gossip from your board, as usual!

Big hugs,
Jacky
""", "pet names, kisses and gossip with a key client"),

    # 5 switch to email, formal, new: 1 good, 1 bad
    (5, "good", None, "Our meeting on 14 December",
     """
Dear Dr Lansdowne,

I am sorry to say that I have a clash with an audit visit that I cannot move, so I will not be able to hold our introductory meeting about your grant application on Monday 14 December at 2 pm. Rather than keep you waiting, may I suggest we begin by email? If you send me the draft, I will return detailed comments by Friday, and we can meet once you have seen them.

With kind regards,
Oliver Strangways
""", "formal but warm, concrete help"),
    (5, "bad", "coldness", "Meeting 14/12",
     """
Dear Dr Lansdowne,

Owing to a clash with an audit visit, the introductory meeting about your grant application on Monday 14 December at 2 pm will not take place. Please submit your documents by email.

Regards,
O. Strangways
""", "terse, no apology or welcome to a new client"),

    # 6 no-show, formal, regular: 1 good, 2 bad
    (6, "good", None, "Your boiler service",
     """
Dear Mrs Cottingham,

Our engineer called for your annual boiler service on Wednesday 2 December at 8 am but couldn't get an answer. I hope everything is all right.

We can come back on Friday 11 December at 8 am; just reply to confirm, or let us know if another time would be easier.

Kind regards,
Neil Brassington
""", "concern first, easy next step"),
    (6, "bad", "passive_aggression", "Re: Re: annual boiler service",
     """
Dear Mrs Cottingham,

As per my last email, your annual boiler service was booked for Wednesday 2 December at 8 am, and, as I said at the time, someone needs to be home to let the engineer in.

I have rebooked you for Friday 11 December at 8 am. Please do make a note of it.

Regards,
Neil Brassington
""", "'As per my last email', 'as I said', 'Please do make a note'"),
    (6, "bad", "passive_aggression", "Wednesday's visit",
     """
Dear Mrs Cottingham,

Please don't worry about Wednesday 2 December at 8 am. Our engineer did wait outside in the sleet for forty minutes for your annual boiler service, and then missed another job because of it, but these things happen and I'm sure he'll be fine.

We can return on Friday 11 December at 8 am.

Kind regards,
Neil Brassington
""", "guilt trip posing as reassurance"),

    # 7 shorten, friendly, regular: 2 good, 1 bad
    (7, "good", None, "Shorter session on the 17th",
     """
Hi Kofi,

A small request: could we keep our monthly coaching session on Thursday 17 December at 4 pm to 30 minutes? It's my son's nativity play, and I've been told that sheep number three cannot be late.

Let's use the time for your two top priorities; send them over if you like.

Lorna
""", "friendly humour, clear, considerate"),
    (7, "good", None, "Thursday, 30 minutes",
     """
Hi Kofi, sorry, my son's nativity play means our monthly coaching session on Thursday 17 December at 4 pm has to be 30 minutes. Same link. See you then!

Lorna
""", "blunt but kind, very short"),
    (7, "bad", "blame", "Thursday's session",
     """
Hi Kofi,

Hope the new role is going brilliantly!

I need to cut our monthly coaching session on Thursday 17 December at 4 pm to 30 minutes because of my son's nativity play. To be honest, it wouldn't matter so much if we hadn't lost most of November's session to you logging in late and not having done the exercises, so we really can't afford to waste any of it this time.

Speak Thursday!
Lorna
""", "cheerful opening and close around a reproachful middle"),

    # 8 cancellation policy, friendly, new, no meeting: 1 good, 1 bad
    (8, "good", None, "How cancellations work with us",
     """
Hi Ruby,

Welcome aboard! One quick thing before your first booking: we take a 25% deposit, and if you cancel at least 24 hours ahead, you get it back in full. That's it, really.

Any questions, just shout.

Sam
""", "short, warm, clear to a new client"),
    (8, "bad", "sarcasm", "Our cancellation policy",
     """
Hi Ruby,

Welcome! Here's our policy: we take a 25% deposit at booking, and it's refunded if you cancel at least 24 hours ahead.

I know, riveting stuff, but I've found it saves a lot of awkward emails later with people who were absolutely sure they'd never been told.

Sam
""", "sarcastic last paragraph implying the new client will argue"),

    # 9 switch to call, formal, regular: 1 good, 1 bad
    (9, "good", None, "Friday's site meeting",
     """
Dear Mr Treharne,

Because of the flooding on the A38, I would rather not risk the drive on Friday. Could we hold the site meeting about the extension drawings by phone instead, at the same time, Friday 11 December at 10 am? I'll email the marked-up drawings on Thursday so we can go through them together.

Kind regards,
Joanna Mallaband
""", "formal, practical, asks rather than tells"),
    (9, "bad", "hostile", "Site meeting – Friday",
     """
Dear Mr Treharne,

Because of the flooding on the A38, the site meeting about the extension drawings on Friday 11 December at 10 am will be held by phone. I'll send the drawings on Thursday.

I should add that this is the last change I can absorb on this project; if the drawings are revised again after Friday, we will have to reconsider whether we can continue with it.

Kind regards,
Joanna Mallaband
""", "polite mail ending with a veiled threat to drop the client"),
]
