"""English v14 tone cases: 7 situations, layout 2/1 1/2 1/1 3/2 2/2 1/3 2/1."""

from __future__ import annotations

SITS = {
    1: {"intent": "no_show_followup", "recipient_name": "Mr Desmond Fairweatherby", "sender_name": "Priya Walmsgrove",
        "tone": "formal", "relationship": "key", "meeting": "site walk-through of the new warehouse",
        "meeting_time": "Tuesday 1 December at 2 pm",
        "proposed_times": ["Wednesday 9 December at 2 pm", "Friday 11 December at 10 am"]},
    2: {"intent": "switch_to_call", "recipient_name": "Kit Ashworthy", "sender_name": "Delia Trevaskis",
        "tone": "friendly", "relationship": "new", "meeting": "kick-off for the podcast series",
        "meeting_time": "Monday 14 December at 3 pm"},
    3: {"intent": "delegate", "recipient_name": "Ms Rosalind Brackenbury", "sender_name": "Owen Tredinnick",
        "tone": "formal", "relationship": "regular", "meeting": "tax planning session",
        "meeting_time": "Wednesday 6 January at 11 am", "colleague_name": "Farah Quddusi"},
    4: {"intent": "late_cancellation", "recipient_name": "Jules Hatherleigh", "sender_name": "Nina Ebuehi",
        "tone": "friendly", "relationship": "key", "meeting": "menu tasting for the company party",
        "meeting_time": "Friday 4 December at 6 pm", "proposed_times": ["Thursday 17 December at 6 pm"],
        "policy": {"notice_hours": 48, "fee_percent": 25}},
    5: {"intent": "decline", "recipient_name": "Dr Anselm Kittredge", "sender_name": "Beatrice Mountjoy",
        "tone": "formal", "relationship": "new", "meeting": "introductory call about a sponsorship deal",
        "meeting_time": "Thursday 10 December at 4 pm"},
    6: {"intent": "reschedule", "recipient_name": "Callum Birtwhistle", "sender_name": "Hannah Strudwick",
        "tone": "friendly", "relationship": "regular", "meeting": "fitting for the bridesmaid dresses",
        "meeting_time": "Saturday 12 December at 10 am", "proposed_times": ["Saturday 19 December at 10 am"]},
    7: {"intent": "cancellation_policy", "recipient_name": "Mrs Eleanor Pugsley", "sender_name": "Gareth Penrhyn",
        "tone": "formal", "relationship": "regular", "meeting": "annual boiler service and flue check",
        "meeting_time": "Monday 4 January at 8 am", "policy": {"notice_hours": 24, "fee_percent": 60}},
}

CASES = [
    # 1: no_show_followup, formal, key -- 2 good, 1 bad
    (1, "good", None, "Site walk-through of the new warehouse",
     """Dear Mr Fairweatherby,

We missed you on Tuesday 1 December at 2 pm for the site walk-through of the new warehouse. I hope nothing is wrong.

I would be glad to show you round on Wednesday 9 December at 2 pm or Friday 11 December at 10 am, whichever suits you better.

Kind regards,
Priya Walmsgrove""",
     "concern, no reproach, two options"),
    (1, "good", None, "New date for the walk-through",
     """Dear Mr Fairweatherby,

Just a short note after Tuesday 1 December at 2 pm. The site walk-through of the new warehouse can easily be rearranged: would Wednesday 9 December at 2 pm or Friday 11 December at 10 am work?

With best wishes,
Priya Walmsgrove""",
     "very short, gracious to a key client"),
    (1, "bad", "over_familiarity", "Where'd you get to?! 😂",
     """Des!

Did you get lost on the way to the site walk-through of the new warehouse on Tuesday 1 December at 2 pm? 😂 No drama, mate. Wednesday 9 December at 2 pm or Friday 11 December at 10 am, your call. First round's on you next time!

Cheers,
Priya""",
     "nickname, 'mate', teasing and emoji to a formal key client"),

    # 2: switch_to_call, friendly, new -- 1 good, 2 bad
    (2, "good", None, "Kick-off by phone?",
     """Hi Kit,

Would you mind if we did the kick-off for the podcast series on Monday 14 December at 3 pm as a call rather than in the studio? At this stage it is mostly about ideas, and a call saves you the trip across town.

I'll ring you at 3 unless you'd rather meet in person.

Best,
Delia""",
     "friendly, reason, client can refuse"),
    (2, "bad", "bureaucratic_distance", "Change of meeting format",
     """Dear Kit Ashworthy,

Please be advised that the kick-off for the podcast series scheduled for Monday 14 December at 3 pm will be conducted by telephone. This change is in line with our current operational arrangements.

Should you have any queries, please do not hesitate to contact the undersigned.

Yours faithfully,
D. Trevaskis""",
     "form-letter distance ('Please be advised', 'the undersigned') in a friendly first contact"),
    (2, "bad", "sarcasm", "Kick-off for the podcast series",
     """Hi Kit,

Let's do the kick-off for the podcast series on Monday 14 December at 3 pm by phone. I know the studio is very glamorous, but I suspect you'll survive the disappointment of not seeing our broken coffee machine.

Talk then,
Delia""",
     "sarcastic remark mid-mail, mocking the client's presumed expectations"),

    # 3: delegate, formal, regular -- 1 good, 1 bad
    (3, "good", None, "Tax planning session on 6 January",
     """Dear Ms Brackenbury,

My colleague Farah Quddusi will lead your tax planning session on Wednesday 6 January at 11 am, as I cannot be there myself. Farah has your file and last year's notes, and she has handled many plans like yours.

Please let me know if you would prefer a different arrangement.

Kind regards,
Owen Tredinnick""",
     "colleague introduced with competence, client offered a choice"),
    (3, "bad", "blame", "Tax planning session",
     """Dear Ms Brackenbury,

Farah Quddusi will take your tax planning session on Wednesday 6 January at 11 am. I had kept that week clear for you, but as your documents arrived three weeks late last time, I have had to shuffle my whole January around.

Kind regards,
Owen Tredinnick""",
     "delegation blamed on the client's past lateness"),

    # 4: late_cancellation, friendly, key -- 3 good, 2 bad
    (4, "good", None, "Tasting: shall we try the 17th?",
     """Hi Jules,

No worries at all about Friday 4 December at 6 pm. Shall we do the menu tasting for the company party on Thursday 17 December at 6 pm instead?

As it was within 48 hours, the usual 25% fee applies this time, and I'll put it on the final invoice so you don't get a separate bill.

Warm wishes,
Nina""",
     "fee firm but eased practically; 'this time' neutral"),
    (4, "good", None, "Menu tasting",
     """Jules,

Totally understand. The chef has promised to keep the good cheese for Thursday 17 December at 6 pm, if that works for the menu tasting for the company party.

For Friday 4 December at 6 pm we'll charge the 25% late fee, as it was under 48 hours.

See you soon,
Nina""",
     "humour that lands, fee plainly stated"),
    (4, "good", None, "New date for your tasting",
     """Hi Jules,

Sorry we missed you on Friday 4 December at 6 pm. I've pencilled in Thursday 17 December at 6 pm for the menu tasting for the company party.

I can't waive the 25% for cancellations within 48 hours, I'm afraid; it's the same for every client. Everything else stays exactly as planned.

Best,
Nina""",
     "plain refusal to waive the fee, polite"),
    (4, "bad", "passive_aggression", "Menu tasting for the company party",
     """Hi Jules,

Don't worry about Friday 4 December at 6 pm! The team had stayed late to prep all eight courses, but honestly, it's fine, these things happen to some people more than others.

Thursday 17 December at 6 pm for the menu tasting for the company party? The 25% for cancelling within 48 hours will apply.

Nina""",
     "guilt trip and 'to some people more than others' wrapped in reassurance"),
    (4, "bad", "mock_enthusiasm", "Exciting news!!",
     """Hi Jules!!

We were absolutely thrilled to hear from you twenty minutes before the menu tasting for the company party on Friday 4 December at 6 pm! Nothing gets the kitchen going like a surprise!

Thursday 17 December at 6 pm would be amazing, and the 25% late fee (under 48 hours) is our little festive treat to ourselves!

Nina""",
     "over-the-top cheer that is really annoyance"),

    # 5: decline, formal, new -- 2 good, 2 bad
    (5, "good", None, "Introductory call about a sponsorship deal",
     """Dear Dr Kittredge,

Thank you for suggesting an introductory call about a sponsorship deal on Thursday 10 December at 4 pm. I'm afraid it is not something we can take further at the moment, so I would rather not take up your time.

Should that change, I will gladly get in touch.

Kind regards,
Beatrice Mountjoy""",
     "clear no without a stated reason, courteous"),
    (5, "good", None, "Thursday 10 December",
     """Dear Dr Kittredge,

Thank you for the invitation. I won't be able to join the introductory call about a sponsorship deal on Thursday 10 December at 4 pm, and I don't want to keep you waiting for an answer: it's a no for now.

With best wishes,
Beatrice Mountjoy""",
     "blunt but polite refusal"),
    (5, "bad", "condescension", "Re: introductory call about a sponsorship deal",
     """Dear Dr Kittredge,

I will not be taking the introductory call about a sponsorship deal on Thursday 10 December at 4 pm.

A word of advice, since you are clearly new to this: sponsorship is built on relationships, not cold calls, and it generally pays to understand an organisation's priorities before asking for its time.

Regards,
Beatrice Mountjoy""",
     "moralising lecture to a stranger"),
    (5, "bad", "hostile", "Introductory call",
     """Dear Dr Kittredge,

Thank you, but I will not be joining the introductory call about a sponsorship deal on Thursday 10 December at 4 pm.

This is the third approach from your agency this month. I would prefer not to have to raise it with your director, so I trust this will be the last.

Regards,
Beatrice Mountjoy""",
     "veiled threat to escalate, in the closing lines"),

    # 6: reschedule, friendly, regular -- 1 good, 3 bad
    (6, "good", None, "Could we move the fitting?",
     """Hi Callum,

I'm so sorry, but I need to move the fitting for the bridesmaid dresses from Saturday 12 December at 10 am. Would Saturday 19 December at 10 am work for you and the girls? The dresses will be ready either way, and there is plenty of time before the wedding.

Thanks for bearing with me,
Hannah""",
     "warm apology, reassurance about the deadline"),
    (6, "bad", "passive_aggression", "Fitting for the bridesmaid dresses",
     """Hi Callum,

As mentioned in my earlier email, which may have got buried, the fitting for the bridesmaid dresses on Saturday 12 December at 10 am has to move. Saturday 19 December at 10 am is the new slot.

It would be great to get a reply this time, just so I can plan.

Thanks,
Hannah""",
     "'as mentioned in my earlier email', 'may have got buried', 'this time'"),
    (6, "bad", "coldness", "Rescheduling",
     """Callum,

The fitting for the bridesmaid dresses on Saturday 12 December at 10 am is moved to Saturday 19 December at 10 am. Confirm.

Hannah Strudwick""",
     "one-word command and no warmth to a friendly regular client"),
    (6, "bad", "grovelling", "I am so, so sorry",
     """Hi Callum,

I feel absolutely awful. I have to move the fitting for the bridesmaid dresses from Saturday 12 December at 10 am and I know I've let you all down terribly. I completely understand if you never want to work with me again.

If you could possibly forgive me, would Saturday 19 December at 10 am be OK? Again, I'm so sorry.

Hannah""",
     "catastrophising self-abasement over a simple move"),

    # 7: cancellation_policy, formal, regular -- 2 good, 1 bad
    (7, "good", None, "Your annual boiler service and flue check on 4 January",
     """Dear Mrs Pugsley,

Your annual boiler service and flue check is booked for Monday 4 January at 8 am. As in previous years, please let us know at least 24 hours ahead if you need to cancel; later cancellations are charged at 60% of the visit.

We look forward to seeing you then.

Kind regards,
Gareth Penrhyn""",
     "policy reminder to a regular client, plain and friendly"),
    (7, "good", None, "Reminder: annual boiler service and flue check",
     """Dear Mrs Pugsley,

A quick reminder of our terms ahead of your annual boiler service and flue check on Monday 4 January at 8 am: 24 hours' notice for cancellations, otherwise 60% of the fee. That's all!

Best regards,
Gareth Penrhyn""",
     "short reminder, 'reminder' used neutrally"),
    (7, "bad", "passive_aggression", "Annual boiler service: cancellation terms",
     """Dear Mrs Pugsley,

Your annual boiler service and flue check is on Monday 4 January at 8 am.

I'm sure there is no need to remind you this year, but just in case: cancellations with less than 24 hours' notice are charged at 60%. We wouldn't want a repeat of last winter, would we?

Kind regards,
Gareth Penrhyn""",
     "'I'm sure there is no need to remind you', a dig at last winter as a tag question"),
]
