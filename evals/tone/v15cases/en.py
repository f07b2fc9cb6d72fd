"""Held-out tone cases v15, English (issue 15): SITS by number, CASES as (situation, label, flaw, subject, body, note)."""

SITS = {
    1: {"intent": "shorten", "recipient_name": "Ms Philippa Wetherden", "sender_name": "Callum Prestwick",
        "tone": "formal", "relationship": "key", "meeting": "budget review for the Leeds fit-out",
        "meeting_time": "Thursday 10 December at 3 pm", "duration_minutes": 40},
    2: {"intent": "decline", "recipient_name": "Josie Hartigan", "sender_name": "Marcus Polkinghorne",
        "tone": "friendly", "relationship": "regular", "meeting": "open studio evening",
        "meeting_time": "Friday 18 December at 7 pm"},
    3: {"intent": "late_cancellation", "recipient_name": "Mr Desmond Ockenden", "sender_name": "Priya Nandakumar",
        "tone": "formal", "relationship": "new", "meeting": "initial tax planning session",
        "meeting_time": "Thursday 3 December at 2 pm", "policy": {"notice_hours": 48, "fee_percent": 40}},
    4: {"intent": "reschedule", "recipient_name": "Harriet Cobbold", "sender_name": "Ewan Macaskill",
        "tone": "friendly", "relationship": "key", "meeting": "catering tasting for the gala",
        "meeting_time": "Wednesday 16 December at 12:30", "proposed_times": ["Monday 4 January at 12:30"]},
    5: {"intent": "switch_to_email", "recipient_name": "Mr Alistair Rusholme", "sender_name": "Bethan Gwilliam",
        "tone": "formal", "relationship": "regular", "meeting": "quarterly portfolio check-in",
        "meeting_time": "Tuesday 15 December at 9:30 am"},
    6: {"intent": "cancellation_policy", "recipient_name": "Dr Imogen Staveley", "sender_name": "Rory Inglethorpe",
        "tone": "formal", "relationship": "new", "meeting": "first portrait sitting",
        "meeting_time": "Tuesday 12 January at 11 am", "policy": {"notice_hours": 72, "deposit_percent": 30}},
    7: {"intent": "delegate", "recipient_name": "Tom Ferriby", "sender_name": "Alice Wendover",
        "tone": "friendly", "relationship": "new", "meeting": "kitchen design consultation",
        "meeting_time": "Monday 14 December at 10 am", "colleague_name": "Nikhil Arundel"},
}

CASES = [
    (1, "good", None, "Budget review on Thursday",
     """Dear Ms Wetherden,

I'm afraid I'll need to keep Thursday's budget review for the Leeds fit-out, Thursday 10 December at 3 pm, to 40 minutes. I'll circulate the cost summary beforehand so we can spend the time on decisions rather than figures.

Apologies for the squeeze, and thank you for your understanding.

Kind regards,
Callum Prestwick""", "plain apology, constructive plan"),
    (1, "good", None, "Budget review: 40 minutes",
     """Dear Ms Wetherden,

The budget review for the Leeds fit-out on Thursday 10 December at 3 pm will need to be 40 minutes rather than the full hour. If anything is left open, I'll follow up the same afternoon.

Kind regards,
Callum Prestwick""", "short, formal, firm"),
    (1, "bad", "over_familiarity", "Quick one!",
     """Hi Pippa!

Total nightmare week, so the budget review for the Leeds fit-out on Thursday 10 December at 3 pm is getting chopped to 40 minutes, sorry lovely! You know me, I'll make it up to you with a long lunch. xx

Cal""", "key formal client: nickname, 'lovely', kisses"),
    (1, "bad", "passive_aggression", "Budget review for the Leeds fit-out",
     """Dear Ms Wetherden,

Just to let you know that the budget review for the Leeds fit-out on Thursday 10 December at 3 pm will now be 40 minutes.

As per my last email, it would help enormously to have your team's sign-off on the flooring before we meet. I appreciate things get missed, so I've attached it again for ease.

Kind regards,
Callum Prestwick""", "'as per my last email', 'I appreciate things get missed … again for ease'"),

    (2, "good", None, "Open studio evening",
     """Hi Josie,

Thanks so much for the invite to the open studio evening on Friday 18 December at 7 pm. I'm really sorry, but I can't make it this time. I hope it's a brilliant night, and I'd love to see the new pieces another day.

Marcus""", "warm, plain no, 'this time' used kindly"),
    (2, "good", None, "Friday 18th",
     """Hi Josie,

I'll have to say no to Friday 18 December at 7 pm, sadly; I can't make it. Have a great open studio evening!

Marcus""", "two lines, friendly"),
    (2, "bad", "coldness", "Re: open studio evening",
     """Josie,

Not attending the open studio evening on Friday 18 December at 7 pm.

M. Polkinghorne""", "friendly regular contact gets a curt one-liner"),

    (3, "good", None, "Your initial tax planning session",
     """Dear Mr Ockenden,

Thank you for letting us know about the initial tax planning session on Thursday 3 December at 2 pm. As the cancellation came within 48 hours of the appointment, our terms provide for a fee of 40% of the session, which will appear on your invoice.

We'd be glad to book you in again whenever suits you.

Yours sincerely,
Priya Nandakumar""", "thanks first, policy stated neutrally, door open"),
    (3, "bad", "condescension", "Initial tax planning session",
     """Dear Mr Ockenden,

Regarding your cancellation of the initial tax planning session on Thursday 3 December at 2 pm: a 40% fee applies, as notice was under 48 hours.

I would gently point out that good tax planning starts with good personal organisation. Clients who keep their appointments tend to get far more out of the process.

Yours sincerely,
Priya Nandakumar""", "moralising: 'good tax planning starts with good personal organisation'"),
    (3, "bad", "hostile", "Cancellation fee",
     """Dear Mr Ockenden,

Your initial tax planning session on Thursday 3 December at 2 pm was cancelled with less than 48 hours' notice, so a fee of 40% is due.

We expect prompt payment. Unpaid fees are passed to our collections partner, and I'm sure neither of us wants that to be how our working relationship begins.

Yours sincerely,
Priya Nandakumar""", "veiled threat of collections to a new client"),

    (4, "good", None, "Tasting: can we move it?",
     """Hi Harriet,

I'm so sorry, I need to move our catering tasting for the gala on Wednesday 16 December at 12:30. Could we do Monday 4 January at 12:30 instead? The chef says the winter menu will be at its best by then, so you won't lose out.

Speak soon,
Ewan""", "friendly apology with a proposal"),
    (4, "good", None, "New date for the tasting",
     """Hi Harriet,

Change of plan on my side: could the catering tasting for the gala move from Wednesday 16 December at 12:30 to Monday 4 January at 12:30? Sorry for the shuffle, and thanks!

Ewan""", "short, warm, clear"),
    (4, "bad", "grovelling", "I am so sorry",
     """Dear Harriet,

I feel absolutely terrible writing this and I completely understand if you're furious with me. I have to move the catering tasting for the gala on Wednesday 16 December at 12:30. Would Monday 4 January at 12:30 be at all possible? I know I don't deserve your patience. Please, please forgive me.

Ewan""", "abject apology out of proportion"),
    (4, "bad", "passive_aggression", "Catering tasting for the gala",
     """Hi Harriet,

I need to move the catering tasting for the gala from Wednesday 16 December at 12:30 to Monday 4 January at 12:30. The kitchen had already ordered in for it, but I suppose we'll just find a use for it somehow.

No problem at all, honestly.

Ewan""", "guilt trip and 'no problem at all, honestly'"),

    (5, "good", None, "Quarterly check-in by email",
     """Dear Mr Rusholme,

Would you mind if we handled the quarterly portfolio check-in of Tuesday 15 December at 9:30 am by email this time? I'll send the summary and my recommendations on Monday, and of course I'm happy to talk it through by phone if you'd prefer.

Kind regards,
Bethan Gwilliam""", "asks, offers a call"),
    (5, "good", None, "Portfolio check-in",
     """Dear Mr Rusholme,

We'll do the quarterly portfolio check-in on Tuesday 15 December at 9:30 am by email instead of meeting. The figures follow tomorrow. Sorry for the change.

Kind regards,
Bethan Gwilliam""", "brief and firm, with an apology"),
    (5, "bad", "bureaucratic_distance", "Notification of change",
     """Dear Sir,

Kindly note that the quarterly portfolio check-in scheduled for Tuesday 15 December at 9:30 am will henceforth be conducted via written correspondence. Any queries arising should be submitted through the appropriate channel.

Yours faithfully,
Client Services, on behalf of Bethan Gwilliam""", "'kindly note', 'appropriate channel', faceless sign-off to a regular client"),
    (5, "bad", "blame", "Quarterly portfolio check-in",
     """Dear Mr Rusholme,

The quarterly portfolio check-in on Tuesday 15 December at 9:30 am will be handled by email. Frankly, since you haven't returned the risk questionnaire, there isn't much a meeting could achieve at this point.

Kind regards,
Bethan Gwilliam""", "blames the client for a missing questionnaire not in the situation"),

    (6, "good", None, "Your first portrait sitting",
     """Dear Dr Staveley,

Thank you for booking your first portrait sitting on Tuesday 12 January at 11 am. To confirm the date we ask for a 30% deposit. It is refundable if you cancel at least 72 hours before; after that, I'm afraid it can't be returned.

I look forward to meeting you.

Yours sincerely,
Rory Inglethorpe""", "firm policy with 'I'm afraid', warm welcome"),
    (6, "bad", "wrong_register", "Hey!",
     """Hey Imogen!

Stoked you've booked the first portrait sitting, Tuesday 12 January at 11 am, gonna be epic. Quick heads-up: 30% deposit up front, and if you bail less than 72 hours before, that's gone, yeah? Cheers!

Rory""", "slang and first name to a new formal client"),
    (6, "bad", "sarcasm", "Deposit and cancellations",
     """Dear Dr Staveley,

For your first portrait sitting on Tuesday 12 January at 11 am we require a 30% deposit, non-refundable within 72 hours.

I'm sure a doctor, of all people, appreciates how much fun it is when people simply don't turn up.

Yours sincerely,
Rory Inglethorpe""", "sarcastic closing dig at the client"),

    (7, "good", None, "Kitchen design consultation",
     """Hi Tom,

Thanks for getting in touch! I won't be able to do the kitchen design consultation on Monday 14 December at 10 am myself, but my colleague Nikhil Arundel will. He's designed some of our favourite kitchens and I've passed on your notes.

Any questions, just shout.

Alice""", "friendly handover to a new client"),
    (7, "good", None, "Monday's consultation",
     """Hi Tom,

Nikhil Arundel will take your kitchen design consultation on Monday 14 December at 10 am instead of me. Same time, same place. Sorry for the swap!

Alice""", "very short and friendly"),
    (7, "bad", "mock_enthusiasm", "Amazing news!!!",
     """Hi Tom!!!

Amazing news: you won't be stuck with me for the kitchen design consultation on Monday 14 December at 10 am! Nikhil Arundel is taking over, lucky you! Honestly, best thing that could have happened to your kitchen!!!

Alice""", "over-the-top mock enthusiasm about a handover"),
]
