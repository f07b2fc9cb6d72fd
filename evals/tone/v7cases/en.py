"""English v7 tone cases: SITS (situation fields without id/language) and CASES (sit, label, flaw, subject, body, note).

Layout: 10 situations (4, 3, 3, then seven of 2); situation 7 has two goods. Most bad drafts are subtle: one barbed
clause in a polite mail, courtesy formulas used coldly, guilt-tripping, veiled threats, lecturing.
"""

SITS = {
    1: {"intent": "reschedule", "recipient_name": "Ms Philippa Tregarthen", "sender_name": "Owen Castellanos",
        "tone": "formal", "relationship": "key", "meeting": "board briefing on the Harwick acquisition",
        "meeting_time": "Wednesday 9 December at 10:00",
        "proposed_times": ["Friday 11 December at 10:00", "Monday 14 December at 15:00"],
        "reason": "a regulator's inspection that was brought forward"},
    2: {"intent": "late_cancellation", "recipient_name": "Dr Anselm Whitlingham", "sender_name": "Rosalind Achebe-Marsh",
        "tone": "formal", "relationship": "key", "meeting": "quarterly valuation workshop",
        "meeting_time": "Wednesday 2 December at 14:00", "proposed_times": ["Wednesday 16 December at 14:00"],
        "policy": {"notice_hours": 48, "fee_percent": 50}},
    3: {"intent": "decline", "recipient_name": "Tamsin Oakeshott", "sender_name": "Declan Ashgrove",
        "tone": "friendly", "relationship": "new", "meeting": "coffee to discuss a podcast sponsorship",
        "meeting_time": "Thursday 10 December at 11:30",
        "reason": "our sponsorship budget for next year is already committed"},
    4: {"intent": "shorten", "recipient_name": "Marcus Adeyemi-Holt", "sender_name": "Bethan Carwardine",
        "tone": "friendly", "relationship": "key", "meeting": "tasting of the spring small-plates menu",
        "meeting_time": "Tuesday 8 December at 14:00", "duration_minutes": 45,
        "reason": "a delivery inspection at 15:00"},
    5: {"intent": "switch_to_call", "recipient_name": "Mr Rupert Ellingham", "sender_name": "Nadia Farouk",
        "tone": "formal", "relationship": "new", "meeting": "first consultation on the listed-building application",
        "meeting_time": "Thursday 17 December at 9:30", "reason": "the rail strike that day"},
    6: {"intent": "switch_to_email", "recipient_name": "Jo Pemberton-Sykes", "sender_name": "Ravi Thirunavukkarasu",
        "tone": "friendly", "relationship": "regular", "meeting": "catch-up on the newsletter redesign",
        "meeting_time": "Monday 14 December at 16:00", "reason": "back-to-back client workshops all week"},
    7: {"intent": "delegate", "recipient_name": "Mrs Gwendolyn Farrant", "sender_name": "Callum Strachan",
        "colleague_name": "Ifeoma Okonkwo-Reid", "tone": "formal", "relationship": "regular",
        "meeting": "annual review of your pension portfolio", "meeting_time": "Tuesday 12 January at 11:00",
        "reason": "a hospital stay in early January"},
    8: {"intent": "no_show_followup", "recipient_name": "Leo Hardcastle", "sender_name": "Mia Zawadzka",
        "tone": "friendly", "relationship": "regular", "meeting": "evening piano lesson",
        "meeting_time": "Thursday 3 December at 18:00", "proposed_times": ["Thursday 10 December at 18:00"]},
    9: {"intent": "cancellation_policy", "recipient_name": "Mr Lachlan Brereton", "sender_name": "Eleanor Quartermaine",
        "tone": "formal", "relationship": "new", "policy": {"notice_hours": 72, "fee_percent": 30}},
    10: {"intent": "no_show_followup", "recipient_name": "Ms Imogen Saltonstall", "sender_name": "Hugo Varley-Stott",
         "tone": "formal", "relationship": "key", "meeting": "site visit at the Canal Street warehouse",
         "meeting_time": "Friday 4 December at 8:30", "proposed_times": ["Tuesday 8 December at 8:30"]},
}

CASES = [
    (1, "good", None, "Harwick board briefing: request to move",
     """
Dear Ms Tregarthen,

I am sorry to ask, but because of a regulator's inspection that was brought forward, I cannot give the board briefing on the Harwick acquisition on Wednesday 9 December at 10:00 the attention it deserves.

Would Friday 11 December at 10:00 or Monday 14 December at 15:00 suit you? If neither works, please tell me what does and I will fit around it.

With best regards,
Owen Castellanos
""", "formal, warm, reason and two slots, genuinely flexible"),
    (1, "bad", "passive_aggression", "Harwick board briefing",
     """
Dear Ms Tregarthen,

Owing to a regulator's inspection that was brought forward, I need to move the board briefing on the Harwick acquisition from Wednesday 9 December at 10:00. I can offer Friday 11 December at 10:00 or Monday 14 December at 15:00.

I realise diaries on your side tend to fill up quickly, so an early reply would be appreciated this time.

Kind regards,
Owen Castellanos
""", "a single barbed closing line ('this time') in an otherwise polite request to a key client"),
    (1, "bad", "hostile", "Harwick briefing: new date",
     """
Dear Ms Tregarthen,

Because of a regulator's inspection that was brought forward, the board briefing on the Harwick acquisition on Wednesday 9 December at 10:00 has to move. Friday 11 December at 10:00 or Monday 14 December at 15:00 are available.

I would gently point out that our team has shown a great deal of flexibility on this deal. I trust that will be remembered when the next phase is being allocated.

Regards,
Owen Castellanos
""", "veiled pressure about future work, framed 'gently', to a key client"),
    (1, "bad", "over_familiarity", "Harwick - small wrinkle!",
     """
Pip!

Nightmare week - a regulator's inspection that was brought forward, so the board briefing on the Harwick acquisition on Wednesday 9 December at 10:00 is toast. Friday 11 December at 10:00 or Monday 14 December at 15:00? You pick, boss lady. Drinks on me next time, you've earned them putting up with me ;)

xx
Owen
""", "nickname, 'boss lady', kisses to a formal key client"),

    (2, "good", None, "Valuation workshop: a new date",
     """
Dear Dr Whitlingham,

Thank you for letting us know about the quarterly valuation workshop on Wednesday 2 December at 14:00. I would be glad to hold it on Wednesday 16 December at 14:00 instead.

As the cancellation came within 48 hours of the start, our terms provide for a fee of 50% of the session, which will appear on this month's invoice. The fee covers the preparation our analysts had already done for your portfolio, and that work will of course carry over to the new date.

With kind regards,
Rosalind Achebe-Marsh
""", "firm on the fee with its reason, courteous, offers the new date"),
    (2, "good", None, "Workshop on 16 December",
     """
Dear Dr Whitlingham,

No need to apologise: these things happen. Shall we hold the quarterly valuation workshop on Wednesday 16 December at 14:00? Please note that, as the session of Wednesday 2 December at 14:00 was cancelled with less than 48 hours' notice, half the fee (50%) is due under our terms.

Warm regards,
Rosalind Achebe-Marsh
""", "short, warm and firm"),
    (2, "bad", "coldness", "Cancellation of 2 December",
     """
Dear Dr Whitlingham,

We acknowledge receipt of your cancellation of the quarterly valuation workshop scheduled for Wednesday 2 December at 14:00. Please be reminded that cancellations made less than 48 hours in advance incur a charge of 50%, which has been applied accordingly.

Should you wish to reschedule, Wednesday 16 December at 14:00 is available. We thank you for your attention to this matter.

Yours faithfully,
R. Achebe-Marsh
""", "politeness formulas used coldly ('we acknowledge receipt', 'we thank you for your attention to this matter') to a key client"),

    (3, "good", None, "Thanks for thinking of us",
     """
Hi Tamsin,

Thanks so much for reaching out - I've listened to a couple of episodes and really enjoyed them. I have to be straight with you, though: our sponsorship budget for next year is already committed, so there's no point in me taking up your time with the coffee to discuss a podcast sponsorship on Thursday 10 December at 11:30.

I hope you find a great partner, and I'll keep listening either way.

Best,
Declan
""", "friendly, honest decline to a new contact, no fake follow-up"),
    (3, "bad", "condescension", "Re: podcast sponsorship",
     """
Hi Tamsin,

Thanks for the note. I'll pass on the coffee to discuss a podcast sponsorship on Thursday 10 December at 11:30, as our sponsorship budget for next year is already committed.

A small tip, since you're just starting out: sponsors usually decide budgets in the summer, so it's worth doing your homework on timing before you pitch. It'll save everyone a bit of time.

Best,
Declan
""", "unsolicited lecture to a new contact ('since you're just starting out', 'do your homework')"),
    (3, "bad", "sarcasm", "Podcast sponsorship",
     """
Hi Tamsin,

What a generous offer - a chance to pay for coffee and a podcast in the same week! Sadly our sponsorship budget for next year is already committed, so I'll have to miss the coffee to discuss a podcast sponsorship on Thursday 10 December at 11:30. I'm sure your listeners (both of them) will understand.

Cheers,
Declan
""", "sarcastic mockery of the podcast's audience"),

    (4, "good", None, "Tasting on Tuesday - a shorter one",
     """
Hi Marcus,

Quick one about the tasting of the spring small-plates menu on Tuesday 8 December at 14:00: could we keep it to 45 minutes? I've got a delivery inspection at 15:00 that I can't move. I'll have the plates lined up before you arrive so we don't lose a minute on the good bits.

See you Tuesday,
Bethan
""", "friendly with a key client, practical, no fuss"),
    (4, "bad", "passive_aggression", "Tuesday's tasting",
     """
Hi Marcus,

As I mentioned on Friday (and in the email before that), the tasting of the spring small-plates menu on Tuesday 8 December at 14:00 will need to be 45 minutes because of a delivery inspection at 15:00. Just flagging it again so there are no surprises on the day.

Thanks,
Bethan
""", "'as I mentioned … and in the email before that', 'just flagging it again': per-my-last-email to a key client"),

    (5, "good", None, "Your consultation on 17 December by telephone",
     """
Dear Mr Ellingham,

With the rail strike that day, I would rather not risk keeping you waiting for the first consultation on the listed-building application on Thursday 17 December at 9:30. Could we hold it by telephone at the same time? I will send you the two or three documents worth having to hand beforehand, and I will call you.

Kind regards,
Nadia Farouk
""", "formal and considerate to a new client, takes the initiative"),
    (5, "bad", "condescension", "Consultation on 17 December",
     """
Dear Mr Ellingham,

Because of the rail strike that day, the first consultation on the listed-building application on Thursday 17 December at 9:30 will take place by telephone.

I should explain that listed-building consent is considerably more involved than most homeowners imagine, so please do read the guidance notes I sent before we speak; it is difficult to make progress otherwise.

Kind regards,
Nadia Farouk
""", "lecturing a new client ('more involved than most homeowners imagine', 'difficult to make progress otherwise')"),

    (6, "good", None, "Newsletter catch-up by email?",
     """
Hi Jo,

I've got back-to-back client workshops all week, so I don't think I can do our catch-up on the newsletter redesign on Monday 14 December at 16:00 justice. Could we do it by email instead? I'll send you my notes on the new layout beforehand, and you can reply whenever suits.

Thanks, and sorry for the switch!
Ravi
""", "friendly, apologetic but not grovelling, concrete"),
    (6, "bad", "bureaucratic_distance", "Newsletter",
     """
Hi Jo,

Due to back-to-back client workshops all week, the catch-up on the newsletter redesign on Monday 14 December at 16:00 will be replaced by email correspondence. Please submit any comments in writing. Thank you for your understanding.

Regards,
R. Thirunavukkarasu
""", "'will be replaced by email correspondence', 'please submit any comments in writing': office-speak in a friendly request"),

    (7, "good", None, "Your annual review on 12 January",
     """
Dear Mrs Farrant,

I am writing to let you know that, because of a hospital stay in early January, I will not be able to conduct the annual review of your pension portfolio on Tuesday 12 January at 11:00 myself. My colleague Ifeoma Okonkwo-Reid will meet you instead. She knows your account well.

Everything else stays as arranged. Thank you for your understanding, and I wish you a peaceful Christmas.

Kind regards,
Callum Strachan
""", "formal but warm handover, reassuring, no promise to stay reachable"),
    (7, "good", None, "Annual review: Ifeoma will see you",
     """
Dear Mrs Farrant,

A hospital stay in early January means I will miss the annual review of your pension portfolio on Tuesday 12 January at 11:00. Ifeoma Okonkwo-Reid will take it; you could not be in better hands.

With best wishes,
Callum Strachan
""", "very brief but kind"),

    (8, "good", None, "Missed you on Thursday",
     """
Hi Leo,

We missed you at your evening piano lesson on Thursday 3 December at 18:00 - I hope everything's all right. Shall I keep Thursday 10 December at 18:00 for you? Bring the Chopin if you've been practising, and come anyway if you haven't.

Mia
""", "friendly, caring, light humour"),
    (8, "bad", "passive_aggression", "Thursday's lesson",
     """
Hi Leo,

You didn't make it to your evening piano lesson on Thursday 3 December at 18:00. Don't worry about it - I only turned down another student for that slot, so it's really no big deal.

I can do Thursday 10 December at 18:00 if you'd still like to come.

Mia
""", "guilt-trip disguised as reassurance ('I only turned down another student … no big deal')"),

    (9, "good", None, "Our cancellation terms",
     """
Dear Mr Brereton,

Welcome, and thank you for choosing us. Before your first booking, a brief word on our cancellation terms: appointments can be cancelled or moved free of charge up to 72 hours in advance. After that, we charge 30% of the appointment, as we usually cannot offer the time to someone else at short notice.

Please do not hesitate to ask if anything is unclear.

Kind regards,
Eleanor Quartermaine
""", "formal welcome, clear terms with their reason"),
    (9, "bad", "blame", "Cancellation terms",
     """
Dear Mr Brereton,

Regrettably, because a number of clients have treated appointments as optional, we have had to introduce the following: cancellations made less than 72 hours in advance will be charged at 30%. We trust you will not be one of them.

Kind regards,
Eleanor Quartermaine
""", "blames other clients and insinuates the new one may be like them"),

    (10, "good", None, "Canal Street site visit",
     """
Dear Ms Saltonstall,

We were sorry not to see you at the site visit at the Canal Street warehouse on Friday 4 December at 8:30; I hope nothing is wrong. Would Tuesday 8 December at 8:30 suit you for another visit? If it does not, I am happy to find another morning.

Kind regards,
Hugo Varley-Stott
""", "formal, concerned, offers a slot and flexibility"),
    (10, "bad", "hostile", "Site visit of 4 December",
     """
Dear Ms Saltonstall,

Our surveyor waited for you at the site visit at the Canal Street warehouse on Friday 4 December at 8:30. We can offer Tuesday 8 December at 8:30.

I should mention that the warehouse has attracted interest from other parties, and we cannot promise to hold it for clients who are unable to commit to a visit.

Regards,
Hugo Varley-Stott
""", "veiled threat to give the warehouse to others, to a key client after one missed visit"),
]
