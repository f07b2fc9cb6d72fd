"""Held-out tone cases v8, English (written by hand by data-aa; layout 2/1 1/2 2/2 1/2 2/1 1/1 2/1 1/2)."""

from __future__ import annotations

SITS = {
    1: {"intent": "reschedule", "recipient_name": "Ms Philippa Dunmore", "sender_name": "Rupert Ashcombe",
        "tone": "formal", "relationship": "key", "meeting": "annual review of the fleet insurance portfolio",
        "meeting_time": "Tuesday 8 December at 11:00",
        "proposed_times": ["Thursday 10 December at 11:00", "Friday 11 December at 14:30"],
        "reason": "a regulator's visit to our office"},
    2: {"intent": "no_show_followup", "recipient_name": "Keziah Trelawny", "sender_name": "Dominic Farthing",
        "tone": "friendly", "relationship": "new", "meeting": "first consultation about your garden studio",
        "meeting_time": "Thursday 3 December at 10:00", "proposed_times": ["Wednesday 9 December at 10:00"]},
    3: {"intent": "late_cancellation", "recipient_name": "Mr Alistair Tregothnan", "sender_name": "Imogen Stalbridge",
        "tone": "formal", "relationship": "regular", "meeting": "dental hygiene appointment",
        "meeting_time": "Friday 4 December at 15:20", "proposed_times": ["Monday 14 December at 15:20"],
        "policy": {"notice_hours": 24, "fee_percent": 50}},
    4: {"intent": "cancellation_policy", "recipient_name": "Ms Anjali Ravensworth", "sender_name": "Thomas Kilbride",
        "tone": "formal", "relationship": "new", "policy": {"notice_hours": 72, "deposit_percent": 40}},
    5: {"intent": "delegate", "recipient_name": "Hattie Bramwell-Oakes", "sender_name": "Callum Brackenridge",
        "tone": "friendly", "relationship": "key", "meeting": "walkthrough of the new payroll dashboard",
        "meeting_time": "Wednesday 16 December at 9:30", "colleague_name": "Priyanka Lowther",
        "reason": "jury service"},
    6: {"intent": "decline", "recipient_name": "Mr Desmond Aylward", "sender_name": "Harriet Quince",
        "tone": "formal", "relationship": "regular", "meeting": "lunch meeting about sponsoring the rowing regatta",
        "meeting_time": "Friday 18 December at 12:30",
        "reason": "our sponsorship budget for next year is already committed"},
    7: {"intent": "shorten", "recipient_name": "Tamsin Greenhalgh", "sender_name": "Oliver Pennycook",
        "tone": "friendly", "relationship": "regular", "meeting": "catch-up on the bakery's new website copy",
        "meeting_time": "Monday 14 December at 13:00", "duration_minutes": 20,
        "reason": "a dentist appointment I couldn't move"},
    8: {"intent": "switch_to_call", "recipient_name": "Dr Ewan Culloden", "sender_name": "Beatrix Hollins",
        "tone": "formal", "relationship": "key", "meeting": "steering meeting on the hospital kitchen refit",
        "meeting_time": "Tuesday 5 January at 10:00", "reason": "the snow forecast for the north-west"},
}

CASES = [
    (1, "good", None, "Annual review: two new times", """
Dear Ms Dunmore,

I am sorry to ask, but could we move the annual review of the fleet insurance portfolio from Tuesday 8 December at 11:00? Unfortunately a regulator's visit to our office has been fixed for that morning and I need to be there.

Would Thursday 10 December at 11:00 or Friday 11 December at 14:30 suit you? If neither works, I will fit around your diary.

Kind regards,
Rupert Ashcombe
""", "'unfortunately' and an apology used plainly; two slots and real flexibility"),
    (1, "good", None, "Moving Tuesday's review", """
Dear Ms Dunmore,

A regulator's visit to our office means I can't hold the annual review of the fleet insurance portfolio on Tuesday 8 December at 11:00. Thursday 10 December at 11:00 or Friday 11 December at 14:30 would both work on our side; which would you prefer?

Best regards,
Rupert Ashcombe
""", "short, direct, courteous"),
    (1, "bad", "passive_aggression", "Annual review of the fleet insurance portfolio", """
Dear Ms Dunmore,

I'm afraid a regulator's visit to our office means the annual review of the fleet insurance portfolio can no longer take place on Tuesday 8 December at 11:00. I'm sorry for the change.

Could we meet on Thursday 10 December at 11:00 or Friday 11 December at 14:30 instead? It would help if the renewal figures could reach us beforehand this time, rather than on the day.

Kind regards,
Rupert Ashcombe
""", "one barbed clause ('this time, rather than on the day') in an otherwise polite mail to a key client"),
    (2, "good", None, "Everything OK?", """
Hi Keziah,

I was sorry to miss you on Thursday 3 December at 10:00 for our first consultation about your garden studio. I hope nothing's wrong. These things happen, especially in December.

If you'd still like to talk it through, I've kept Wednesday 9 December at 10:00 free for you. And if you've changed your plans, no hard feelings at all.

Best,
Dominic
""", "warm check-in to a new client, one slot, graceful exit"),
    (2, "bad", "passive_aggression", "Thursday's consultation", """
Hi Keziah,

I waited for you on Thursday 3 December at 10:00 for our first consultation about your garden studio. No problem at all, honestly: I'd only driven forty minutes and turned down another job to be there, but these things happen.

I could do Wednesday 9 December at 10:00, if that's not too much trouble.

Dominic
""", "guilt trip dressed as 'no problem at all, honestly'"),
    (2, "bad", "blame", "Missed consultation on 3 December", """
Hi Keziah,

You weren't there on Thursday 3 December at 10:00 for our first consultation about your garden studio. Just so you understand the knock-on effect: I had measured the site from your photos, printed three layouts, paid for parking and rearranged a client in the afternoon, none of which can be recovered now.

I can offer Wednesday 9 December at 10:00. Please let me know either way so this doesn't happen again.

Dominic
""", "over-explains his costs so that the new client carries the blame"),
    (3, "good", None, "Your appointment on 4 December", """
Dear Mr Tregothnan,

Thank you for letting us know about your dental hygiene appointment on Friday 4 December at 15:20. As agreed when you registered, cancellations with less than 24 hours' notice are charged at 50%, so a small invoice will follow.

We have kept Monday 14 December at 15:20 for you; just reply to confirm, or call us if another time suits better.

Kind regards,
Imogen Stalbridge
""", "'as agreed' used kindly; fee stated without reproach, easy rebooking"),
    (3, "good", None, "Rebooking your appointment", """
Dear Mr Tregothnan,

Sorry you couldn't make your dental hygiene appointment on Friday 4 December at 15:20; I hope all is well. As it was cancelled within 24 hours, our 50% fee applies. Would Monday 14 December at 15:20 work for you?

With best wishes,
Imogen Stalbridge
""", "short, firm, warm"),
    (3, "bad", "passive_aggression", "Re: Your appointment", """
Dear Mr Tregothnan,

Per my previous email, which I have copied below for your convenience, cancellations with less than 24 hours' notice are charged at 50%. This applies to your dental hygiene appointment on Friday 4 December at 15:20.

I can offer Monday 14 December at 15:20. As I said, it would be helpful to have at least a day's notice going forward.

Regards,
Imogen Stalbridge
""", "per-my-last-email, 'for your convenience', 'as I said'"),
    (3, "bad", "coldness", "Appointment cancellation", """
Dear Mr Tregothnan,

We acknowledge your cancellation of the dental hygiene appointment on Friday 4 December at 15:20. In accordance with our terms, a fee of 50% applies to cancellations made within 24 hours. An alternative appointment is available on Monday 14 December at 15:20.

We thank you for your cooperation.

Yours sincerely,
The Practice
""", "cold politeness: acknowledgement formulas, no warmth, no person"),
    (4, "good", None, "Before your first session", """
Dear Ms Ravensworth,

Welcome, and thank you for booking with us. So that nothing comes as a surprise, here is how our bookings work: we take a 40% deposit when you book, and you can move or cancel free of charge up to 72 hours before. After that the deposit is kept, because we can rarely fill the slot at short notice.

If anything is unclear, just reply and I'll explain.

Kind regards,
Thomas Kilbride
""", "policy to a new client, clear reason, welcoming"),
    (4, "bad", "condescension", "Our cancellation policy (please read)", """
Dear Ms Ravensworth,

In my experience new clients tend not to read the terms, so I will spell them out simply. When you book, you pay a 40% deposit. If you cancel less than 72 hours before, you lose it. It really is that straightforward, and it saves everyone a lot of awkwardness later.

Kind regards,
Thomas Kilbride
""", "lecturing a new client, 'new clients tend not to read the terms'"),
    (4, "bad", "bureaucratic_distance", "Terms and conditions: cancellation", """
Dear Client,

Please be advised that all bookings are subject to a deposit of 40% of the fee. Cancellations received less than 72 hours prior to the scheduled service will result in forfeiture of the deposit. These terms are non-negotiable and apply in all cases.

This communication is issued for information purposes.

Client Services
""", "legalistic template voice to a named new client"),
    (5, "good", None, "Wednesday's walkthrough", """
Hi Hattie,

I've been called up for jury service, so I won't be at the walkthrough of the new payroll dashboard on Wednesday 16 December at 9:30. Priyanka Lowther will run it instead. She knows that dashboard better than I do, so you're in better hands than mine.

I'll check in once the court lets me go.

Cheers,
Callum
""", "warm handover with a self-deprecating joke that lands"),
    (5, "good", None, "Payroll walkthrough", """
Hi Hattie,

Quick heads-up: jury service means Priyanka Lowther will take the walkthrough of the new payroll dashboard on Wednesday 16 December at 9:30. She has all my notes. Sorry not to be there!

Callum
""", "very short but kind"),
    (5, "bad", "over_familiarity", "Hatts!!", """
Hatts my darling!!

Guess who's been summoned for jury service? Yep, yours truly, so the walkthrough of the new payroll dashboard on Wednesday 16 December at 9:30 will be Priyanka Lowther. Be gentle with her, she's not as fun as me 😘 Drinks on me when I'm out of the slammer, babe!

Cal xx
""", "'my darling', 'babe', kisses to a key client"),
    (6, "good", None, "Regatta sponsorship lunch", """
Dear Mr Aylward,

Thank you for thinking of us again for the regatta. I'm afraid I must decline the lunch meeting about sponsoring the rowing regatta on Friday 18 December at 12:30: our sponsorship budget for next year is already committed, and I would rather not take up your time when I can't say yes.

I hope the regatta has a splendid year.

Kind regards,
Harriet Quince
""", "firm refusal; 'again' used kindly; honest, no fake follow-up"),
    (6, "bad", "sarcasm", "Lunch on 18 December", """
Dear Mr Aylward,

What a tempting invitation: a lunch meeting about sponsoring the rowing regatta on Friday 18 December at 12:30, right before Christmas, when we famously have nothing else to do. Sadly our sponsorship budget for next year is already committed, so I shall have to survive without the canapés.

Regards,
Harriet Quince
""", "sarcasm at the invitation's timing"),
    (7, "good", None, "Monday: 20 minutes?", """
Hi Tamsin,

Could we keep our catch-up on the bakery's new website copy on Monday 14 December at 13:00, but make it 20 minutes? I have a dentist appointment I couldn't move (the dentist, sadly, outranks even your croissants).

I'll send my notes on the homepage beforehand so we can go straight to the decisions.

Oliver
""", "humour that lands, a prepared shorter meeting"),
    (7, "good", None, "Shorter catch-up on Monday", """
Hi Tamsin,

Sorry, Monday needs to be shorter: our catch-up on the bakery's new website copy on Monday 14 December at 13:00 will be 20 minutes, because of a dentist appointment I couldn't move. If you'd rather have the full hour another day, just say.

Oliver
""", "short apology, alternative offered"),
    (7, "bad", "condescension", "Monday catch-up", """
Hi Tamsin,

Our catch-up on the bakery's new website copy on Monday 14 December at 13:00 will need to be 20 minutes, as I have a dentist appointment I couldn't move. Honestly that should be plenty: your last draft was quite good for someone without a writing background, so there isn't too much to fix.

Oliver
""", "faint praise that belittles ('quite good for someone without a writing background')"),
    (8, "good", None, "Tuesday's steering meeting by phone", """
Dear Dr Culloden,

Given the snow forecast for the north-west, I would rather not risk the drive to the hospital. Could we hold the steering meeting on the hospital kitchen refit on Tuesday 5 January at 10:00 by video call instead? I will circulate the revised layout and the contractor's programme the day before, so we lose nothing by not being in the room.

With kind regards,
Beatrix Hollins
""", "formal but warm to a key client, keeps the slot, prepares the call"),
    (8, "bad", "hostile", "Steering meeting, 5 January", """
Dear Dr Culloden,

Owing to the snow forecast for the north-west, the steering meeting on the hospital kitchen refit on Tuesday 5 January at 10:00 will be a phone call.

I would ask that all decisions be taken on that call. I should say, candidly, that our crews are in high demand in January, and projects that keep slipping tend to lose their place in the queue.

Regards,
Beatrix Hollins
""", "veiled threat about losing their place in the queue"),
    (8, "bad", "grovelling", "I am so terribly sorry", """
Dear Dr Culloden,

I am so terribly sorry to do this to you, and I completely understand if you are furious. Because of the snow forecast for the north-west, I wondered, only if it isn't a huge imposition, whether the steering meeting on the hospital kitchen refit on Tuesday 5 January at 10:00 could possibly be a phone call instead? I feel dreadful even asking and will of course accept whatever you decide.

With my deepest apologies,
Beatrix Hollins
""", "grovelling over a sensible weather decision"),
]
