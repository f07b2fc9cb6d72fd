"""English held-out tone cases v12: eight situations, layout 1/2 2/1 1/1 2/2 1/2 2/1 1/1 2/2 (good/bad)."""

from __future__ import annotations

SITS = {
    1: {"intent": "switch_to_email", "recipient_name": "Ms Philippa Quarrington", "sender_name": "Desmond Clowes",
        "tone": "formal", "relationship": "key", "meeting": "quarterly review of the freight tender",
        "meeting_time": "Wednesday 9 December at 11:00", "reason": "a customs audit at the port"},
    2: {"intent": "delegate", "recipient_name": "Hattie Pennock", "sender_name": "Callum Inverarity",
        "tone": "friendly", "relationship": "regular", "meeting": "kick-off for the bakery rebrand",
        "meeting_time": "Thursday 17 December at 14:00", "colleague_name": "Rowan Featherstone"},
    3: {"intent": "late_cancellation", "recipient_name": "Mr Anand Kesavan", "sender_name": "Beatrice Tremlett",
        "tone": "formal", "relationship": "regular", "meeting": "pre-audit walkthrough of the warehouse",
        "meeting_time": "Wednesday 2 December at 08:30", "proposed_times": ["Tuesday 15 December at 08:30"],
        "policy": {"notice_hours": 48, "fee_percent": 50}},
    4: {"intent": "reschedule", "recipient_name": "Jolene Tregunna", "sender_name": "Ewan Lisgar",
        "tone": "friendly", "relationship": "key", "meeting": "tasting session for the spring menu",
        "meeting_time": "Friday 11 December at 16:00",
        "proposed_times": ["Monday 14 December at 16:00", "Tuesday 15 December at 12:30"],
        "reason": "a supplier delivery that slipped to Friday"},
    5: {"intent": "no_show_followup", "recipient_name": "Mr Theodore Blandwick", "sender_name": "Priya Sandhoo",
        "tone": "formal", "relationship": "new", "meeting": "initial consultation on your conservatory plans",
        "meeting_time": "Tuesday 1 December at 10:00", "proposed_times": ["Thursday 10 December at 10:00"]},
    6: {"intent": "decline", "recipient_name": "Dr Imelda Corrigan", "sender_name": "Nathaniel Brough",
        "tone": "formal", "relationship": "regular", "meeting": "year-end celebration for your partners",
        "meeting_time": "Friday 18 December at 18:30", "reason": "a family commitment"},
    7: {"intent": "shorten", "recipient_name": "Kit Ambrose", "sender_name": "Saoirse Dunleavy",
        "tone": "friendly", "relationship": "new", "meeting": "onboarding session for the booking app",
        "meeting_time": "Wednesday 13 January at 09:30", "duration_minutes": 40,
        "reason": "a second client launch that morning"},
    8: {"intent": "cancellation_policy", "recipient_name": "Mrs Lavinia Fennimore-Hale", "sender_name": "Graham Oduya",
        "tone": "formal", "relationship": "key", "policy": {"notice_hours": 72, "fee_percent": 25}},
}

CASES = [
    (1, "good", None, "Freight tender review: written update instead",
     """
Dear Ms Quarrington,

I'm afraid a customs audit at the port has landed on Wednesday 9 December at 11:00, the time of our quarterly review of the freight tender. Rather than move it into the holidays, may I send you the review in writing by Tuesday evening? It will cover the bids, our recommendation and the two open questions, and I will happily call you afterwards if anything needs discussing.

My apologies for the change, and thank you for your flexibility.

Kind regards,
Desmond Clowes
""", "formal, warm, offers something better than a cancellation"),
    (1, "bad", "bureaucratic_distance", "Quarterly review – change of format",
     """
Dear Ms Quarrington,

Kindly note that, owing to a customs audit at the port, the quarterly review of the freight tender scheduled for Wednesday 9 December at 11:00 will be conducted by email, as per our standard procedure for operational conflicts. Please be advised that any questions should be submitted in writing.

We trust this is in order and thank you in advance for your cooperation.

Yours faithfully,
Desmond Clowes
""", "only cold formulas to a key client: 'kindly note', 'as per our standard procedure', 'please be advised'"),
    (1, "bad", "phishing_like", "ACTION REQUIRED: confirm your review access",
     """
Dear Ms Quarrington,

Due to a customs audit at the port, the quarterly review of the freight tender on Wednesday 9 December at 11:00 will move to email. To receive the documents, please confirm your account details and password at the secure link below within 24 hours, otherwise access to the tender file will be suspended.

https://tender-review-secure.example-verify.net/login

Regards,
Desmond Clowes
""", "asks for credentials via an odd link with urgency"),
    (2, "good", None, "Rowan will run the kick-off",
     """
Hi Hattie,

I can't make the kick-off for the bakery rebrand on Thursday 17 December at 14:00, sorry about that. Rowan Featherstone will run it instead. Rowan did the packaging for the two cafés you liked so much, so you're in very good hands, and I'll read every note afterwards.

Cheers,
Callum
""", "friendly, colleague praised concretely"),
    (2, "good", None, "Thursday's kick-off",
     """
Hi Hattie,

Quick one: Rowan Featherstone will lead the kick-off for the bakery rebrand on Thursday 17 December at 14:00 instead of me. Same time, same place, fully briefed. Sorry for the swap!

Callum
""", "very short but kind"),
    (2, "bad", "condescension", "Kick-off on the 17th",
     """
Hi Hattie,

Just so you know, Rowan Featherstone will be taking the kick-off for the bakery rebrand on Thursday 17 December at 14:00 instead of me. Rowan's perfectly capable of handling the basics, and a kick-off is mostly introductions anyway, so it should be fine.

Speak soon,
Callum
""", "faint praise of the colleague and dismissive of the meeting"),
    (3, "good", None, "New date for the warehouse walkthrough",
     """
Dear Mr Kesavan,

Thank you for letting us know about the pre-audit walkthrough of the warehouse on Wednesday 2 December at 08:30. We can do it on Tuesday 15 December at 08:30, if that suits you.

As agreed in our terms, cancellations with less than 48 hours' notice are charged at 50 % of the session fee, so you will see this on the next invoice. I know that is unwelcome news; please call me if you would like to talk it through.

Kind regards,
Beatrice Tremlett
""", "firm on the fee, 'as agreed' used kindly"),
    (3, "bad", "blame", "Re: cancelled walkthrough",
     """
Dear Mr Kesavan,

Thank you for your message about the pre-audit walkthrough of the warehouse on Wednesday 2 December at 08:30. To explain the charge: our two auditors had already travelled up the night before, the hotel was non-refundable, the client file had been prepared over the weekend, and the slot had been turned down for another client, all because the cancellation only reached us that morning. That is why 50 % is charged for cancellations with less than 48 hours' notice.

We can offer Tuesday 15 December at 08:30.

Kind regards,
Beatrice Tremlett
""", "over-explaining that piles the blame on the client"),
    (4, "good", None, "Can we move the tasting?",
     """
Hi Jolene,

Bad news and good news. The bad: a supplier delivery that slipped to Friday means I can't do our tasting session for the spring menu on Friday 11 December at 16:00. The good: the produce will be even fresher if we do it on Monday 14 December at 16:00 or Tuesday 15 December at 12:30. Which suits you?

Sorry for the shuffle,
Ewan
""", "humour that lands, clear"),
    (4, "good", None, "Tasting: new time",
     """
Hi Jolene,

Unfortunately I need to move our tasting session for the spring menu from Friday 11 December at 16:00, because of a supplier delivery that slipped to Friday. Would Monday 14 December at 16:00 or Tuesday 15 December at 12:30 work? Sorry again, and thanks for bearing with me.

Ewan
""", "'unfortunately' and 'again' used kindly, short"),
    (4, "bad", "passive_aggression", "Tasting session",
     """
Hi Jolene,

Hope your week's going well! A supplier delivery that slipped to Friday means we'll need to move the tasting session for the spring menu on Friday 11 December at 16:00. Monday 14 December at 16:00 or Tuesday 15 December at 12:30 would both work this end.

As per my last email, it would really help to have your final guest numbers by then.

Best,
Ewan
""", "friendly mail, 'as per my last email' in the last clause"),
    (4, "bad", "grovelling", "I am so, so sorry",
     """
Dear Jolene,

I am so terribly sorry. I feel awful having to ask this of you, of all people, after everything you have done for us: a supplier delivery that slipped to Friday means I cannot hold the tasting session for the spring menu on Friday 11 December at 16:00. I completely understand if you are furious.

If you could possibly find it in you to consider Monday 14 December at 16:00 or Tuesday 15 December at 12:30, I would be forever grateful. Again, my deepest, most sincere apologies.

Ewan
""", "grovelling"),
    (5, "good", None, "Our consultation on 1 December",
     """
Dear Mr Blandwick,

We had pencilled in your initial consultation on your conservatory plans for Tuesday 1 December at 10:00 and missed you; I hope all is well. I have kept Thursday 10 December at 10:00 free for you, should that be convenient. If another time is easier, just let me know.

With kind regards,
Priya Sandhoo
""", "formal and warm with a new client, no reproach"),
    (5, "bad", "passive_aggression", "Your consultation",
     """
Dear Mr Blandwick,

I hope all is well. I waited for you on Tuesday 1 December at 10:00 for your initial consultation on your conservatory plans; I had turned down two other visits to keep the morning free for you, but of course these things happen.

I can offer Thursday 10 December at 10:00. I'll keep the morning clear again.

Kind regards,
Priya Sandhoo
""", "guilt trip posing as reassurance"),
    (5, "bad", "wrong_register", "hey - missed you!",
     """
hey Theo,

no worries at all about Tuesday 1 December at 10:00, stuff happens lol. fancy another go at the initial consultation on your conservatory plans on Thursday 10 December at 10:00?

cheers x
Priya
""", "far too casual for a formal first contact with a new client"),
    (6, "good", None, "Your year-end celebration",
     """
Dear Dr Corrigan,

Thank you very much for the kind invitation to the year-end celebration for your partners on Friday 18 December at 18:30. I'm sorry to say I have a family commitment that evening and cannot come. Please raise a glass for me; I look forward to seeing you in the new year.

Warm regards,
Nathaniel Brough
""", "formal, warm, clear no"),
    (6, "good", None, "Thank you for the invitation",
     """
Dear Dr Corrigan,

I must decline your invitation to the year-end celebration for your partners on Friday 18 December at 18:30, because of a family commitment. Thank you for thinking of me, and a very happy end of year to you all.

Kind regards,
Nathaniel Brough
""", "blunt, very short but kind"),
    (6, "bad", "condescension", "Re: year-end celebration",
     """
Dear Dr Corrigan,

Thank you for the invitation to the year-end celebration for your partners on Friday 18 December at 18:30. Unfortunately I have a family commitment. For next year, you may find that invitations sent before the end of November get a much better response; December diaries fill up quickly, as most event organisers know.

Kind regards,
Nathaniel Brough
""", "unsolicited lecture on how to organise events"),
    (7, "good", None, "Onboarding on 13 January",
     """
Hi Kit,

Welcome aboard! One small change: a second client launch that morning means our onboarding session for the booking app on Wednesday 13 January at 09:30 will be 40 minutes rather than the full hour. I'll send a short checklist beforehand so we can spend those minutes on your questions, not on my slides.

See you then,
Saoirse
""", "friendly welcome, effort to keep value"),
    (7, "bad", "mock_enthusiasm", "GREAT news about your onboarding!!!",
     """
Hi Kit!!!

Exciting news: thanks to a second client launch that morning, your onboarding session for the booking app on Wednesday 13 January at 09:30 is now a super-efficient 40 minutes!!! Less time, more fun! Honestly, who even needs a full hour?!

Can't WAIT,
Saoirse
""", "mock enthusiasm dressing up a cut"),
    (8, "good", None, "A note on our cancellation terms",
     """
Dear Mrs Fennimore-Hale,

As we start planning next year's schedule together, I wanted to set out our cancellation terms clearly, so there are no surprises on either side: sessions can be moved free of charge up to 72 hours beforehand; after that, 25 % of the fee applies.

In practice, with a client of your standing, we always try to find a solution first. Thank you for another year of working together.

Kind regards,
Graham Oduya
""", "formal but warm, policy clear"),
    (8, "good", None, "Reminder: cancellation terms",
     """
Dear Mrs Fennimore-Hale,

A brief reminder, as agreed at our last meeting: changes are free up to 72 hours before a session, and 25 % of the fee applies after that.

With best wishes,
Graham Oduya
""", "'reminder' and 'as agreed' used kindly, very short"),
    (8, "bad", "hostile", "Our cancellation terms",
     """
Dear Mrs Fennimore-Hale,

I hope you are well, and thank you for your continued business. Just to restate our terms: sessions may be moved free of charge up to 72 hours beforehand, after which 25 % of the fee applies.

We very much value our relationship and would be sorry to have to reconsider it.

Kind regards,
Graham Oduya
""", "warm opening, veiled threat about the relationship as the last line"),
    (8, "bad", "coldness", "Cancellation terms",
     """
Dear Mrs Fennimore-Hale,

Please find below our cancellation terms, which apply without exception. Notice period: 72 hours. Late cancellation charge: 25 % of the fee. We trust this is clear.

Regards,
Graham Oduya
""", "cold politeness formulas to a key client; 'we trust this is clear'"),
]
