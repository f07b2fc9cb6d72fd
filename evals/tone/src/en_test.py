# English tone cases, TEST split (held out: never tune a scorer on these). Hand-written by the data-tone helper.

SITS = {
    "tone-en13": dict(intent="delegate", recipient_name="Margaret Hughes", sender_name="Chris Porter",
                      meeting="the planning session for the spring campaign", meeting_time="Thursday 28 November at 15:00",
                      colleague_name="Aisha Khan", reason="I'm on a training course in Leeds that day",
                      tone="friendly", relationship="key"),
    "tone-en14": dict(intent="late_cancellation", recipient_name="Mr. Paul Fisher", sender_name="Rebecca Stone",
                      meeting="the office photo shoot", meeting_time="Friday 8 November at 10:00",
                      reason="a staff illness", proposed_times=["Thursday 21 November at 10:00"],
                      policy=dict(notice_hours=48, fee_percent=50), tone="formal", relationship="regular"),
    "tone-en15": dict(intent="decline", recipient_name="Tom Price", sender_name="Lucy Reed",
                      meeting="the Christmas drinks after the product launch", meeting_time="Thursday 12 December at 17:00",
                      reason="I'm ill", tone="friendly", relationship="regular"),
    "tone-en16": dict(intent="switch_to_email", recipient_name="Ms. Rachel Thompson", sender_name="Mark Sullivan",
                      meeting="the kick-off meeting for the ERP rollout", meeting_time="Tuesday 3 December at 14:00",
                      reason="the open points are mostly technical and easier to answer in writing",
                      tone="formal", relationship="key"),
    "tone-en17": dict(intent="no_show_followup", recipient_name="Mrs. Helen Ward", sender_name="Gareth Jones",
                      meeting="the office handover", meeting_time="Wednesday 6 November at 15:00",
                      proposed_times=["Monday 18 November at 15:00"], tone="formal", relationship="regular"),
    "tone-en18": dict(intent="shorten", recipient_name="Zoe Campbell", sender_name="Ryan Murphy",
                      meeting="the brand workshop", meeting_time="Wednesday 4 December at 9:00",
                      duration_minutes=60, reason="I have another client meeting in the afternoon",
                      tone="friendly", relationship="new"),
    "tone-en19": dict(intent="cancellation_policy", recipient_name="Dr. Anil Mehta", sender_name="Fiona Grant",
                      policy=dict(notice_hours=48, fee_percent=25, deposit_percent=10), tone="formal", relationship="new"),
    "tone-en20": dict(intent="reschedule", recipient_name="Mr. Jonathan Blake", sender_name="Sarah Collins",
                      meeting="the board presentation", meeting_time="Friday 29 November at 11:00",
                      reason="owing to illness", proposed_times=["Tuesday 3 December at 11:00", "Wednesday 4 December at 14:00"],
                      tone="formal", relationship="key"),
}

CASES = [
    ("tone-en13", "good", None, "Thursday's planning session",
     """Hi Margaret,

I'm on a training course in Leeds on Thursday, so my colleague Aisha Khan will run the planning session for the spring campaign at 15:00. She's got all our notes and is really looking forward to meeting you.

Have a great session!
Chris Porter""", "warm handover"),
    ("tone-en13", "good", None, "Aisha will see you Thursday",
     """Hi Margaret,

Quick heads-up: I'm away on a course in Leeds on Thursday 28 November, so Aisha Khan will take the spring campaign planning session at 15:00. She's fully up to speed.

Thanks!
Chris Porter""", "short, friendly"),
    ("tone-en13", "bad", "coldness", "Change of attendee",
     """Margaret,

Aisha Khan will attend the planning session for the spring campaign on Thursday 28 November at 15:00 instead of me. Training course in Leeds.

Chris Porter""", "curt, no warmth, to a friendly key client"),

    ("tone-en14", "good", None, "Office photo shoot on 8 November",
     """Dear Mr Fisher,

I'm sorry to hear about the staff illness that meant the office photo shoot on Friday 8 November at 10:00 had to be cancelled; I hope they recover quickly. I'd suggest rebooking for Thursday 21 November at 10:00.

As set out in our terms, cancellations within 48 hours are charged at 50% of the fee; the invoice will follow separately.

Kind regards,
Rebecca Stone""", "empathetic and firm"),
    ("tone-en14", "bad", "phishing_like", "Cancellation fee due within 24 hours",
     """Dear Mr Fisher,

Following your cancellation of the office photo shoot (Friday 8 November at 10:00), the 50% cancellation fee must be paid WITHIN 24 HOURS to sort code 20-00-00, account 55779911, or by card at this link: http://quick-secure-payments.co/fee

Your new date of Thursday 21 November at 10:00 will only be confirmed once payment is received.

Rebecca Stone""", "payment details and link under time pressure"),
    ("tone-en14", "bad", "sarcasm", "What a lovely surprise",
     """Dear Mr Fisher,

What a lovely surprise to hear, the evening before, that a staff illness had put paid to the office photo shoot on Friday 8 November at 10:00. Illnesses do have remarkable timing.

We will of course charge the 50% for cancellations within 48 hours. Thursday 21 November at 10:00, health permitting.

Rebecca Stone""", "ironic about the client's reason"),

    ("tone-en15", "good", None, "Thursday drinks",
     """Hi Tom,

Gutted, but I'm ill and won't make the Christmas drinks after the product launch on Thursday. I was really looking forward to it!

Raise a glass for me, and congratulations on the launch.

Best,
Lucy Reed""", "warm, colloquial but professional"),
    ("tone-en15", "good", None, "Drinks",
     """Hi Tom,

I'm ill, so I'll have to miss Thursday's drinks, sorry! Have a brilliant evening.

Lucy Reed""", "very short"),
    ("tone-en15", "bad", "bureaucratic_distance", "Notification of non-attendance",
     """Dear Mr Price,

Please be advised that, due to illness, the undersigned will be unable to attend the Christmas drinks following the product launch scheduled for Thursday 12 December at 17:00. Kindly update your attendance records accordingly.

Yours faithfully,
Lucy Reed""", "officialese to a friendly regular contact"),

    ("tone-en16", "good", None, "ERP rollout kick-off: answers in writing",
     """Dear Ms Thompson,

Looking at the open points for the kick-off meeting for the ERP rollout on Tuesday 3 December at 14:00, most are technical and, I think, easier to answer properly in writing. Would you be happy for me to send you a full written response this week instead? We can of course still meet if you'd prefer.

Kind regards,
Mark Sullivan""", "formal, gives the client the choice"),
    ("tone-en16", "bad", "over_familiarity", "Rach, let's skip it ;)",
     """Rach!

Between you and me, these kick-off meetings are a snooze ;) The open points for the ERP rollout kick-off on Tuesday 3 December at 14:00 are mostly technical and easier in writing anyway, so let's ditch it and I'll email you. Drinks on me next time, babe!

xx
Mark Sullivan""", "nickname, 'babe', kisses to a formal key client"),
    ("tone-en16", "bad", "condescension", "ERP kick-off",
     """Dear Ms Thompson,

The open points for the kick-off meeting for the ERP rollout on Tuesday 3 December at 14:00 are mostly technical, and in my experience non-technical managers find these hard to follow in a meeting. I'll put it all in writing instead, in plain language, so you can take your time with it.

Kind regards,
Mark Sullivan""", "implies the key client cannot follow"),

    ("tone-en17", "good", None, "Office handover",
     """Dear Mrs Ward,

We had the office handover booked for Wednesday 6 November at 15:00 but unfortunately missed each other. I hope everything is all right.

Would Monday 18 November at 15:00 work instead? If another time suits you better, just let me know.

Kind regards,
Gareth Jones""", "concerned, no reproach"),
    ("tone-en17", "bad", "passive_aggression", "Circling back (again)",
     """Dear Mrs Ward,

Just circling back on this, as I mentioned in my previous emails. Not sure if they reached you, but the office handover was on Wednesday 6 November at 15:00, and we were there.

Going forward, could you let us know if you can't make it? Monday 18 November at 15:00 is available, if that works.

Thanks in advance,
Gareth Jones""", "'just circling back', 'as I mentioned', 'not sure if they reached you', 'going forward'"),
    ("tone-en17", "bad", "hostile", "Office handover",
     """Mrs Ward,

This is frankly unacceptable. We waited for nothing at the office handover on Wednesday 6 November at 15:00. If you can't keep an appointment, perhaps you should find another contractor. Monday 18 November at 15:00, and I expect you to actually be there.

Gareth Jones""", "hostile, threatens the relationship"),

    ("tone-en18", "good", None, "Wednesday's workshop: an hour?",
     """Hi Zoe,

Really looking forward to the brand workshop on Wednesday 4 December at 9:00! I have another client meeting in the afternoon, so would you be happy to keep it to an hour? I'll send a short agenda beforehand so we make the most of it.

Best,
Ryan Murphy""", "friendly with a new client"),
    ("tone-en18", "good", None, "Wednesday 9:00",
     """Hi Zoe,

Could we keep Wednesday's brand workshop to an hour? I've got another client meeting that afternoon. Agenda to follow tomorrow.

Thanks,
Ryan Murphy""", "very short"),
    ("tone-en18", "bad", "grovelling", "I'm so sorry",
     """Hi Zoe,

I'm so, so sorry to even ask this, and I completely understand if you say no. I have another client meeting in the afternoon, and I was wondering if there's any chance at all we might keep the brand workshop on Wednesday 4 December at 9:00 to just an hour? I feel awful about it. Please don't think badly of us. I'll do whatever it takes to make it up to you.

So sorry again,
Ryan Murphy""", "over-apologising for a normal request"),

    ("tone-en19", "good", None, "Our cancellation terms",
     """Dear Dr Mehta,

As promised on the phone, here are our cancellation terms:
- a 10% deposit is payable at booking;
- cancellations need at least 48 hours' notice;
- cancellations with less notice are charged at 25% of the fee.

Please don't hesitate to ask if anything is unclear. We look forward to working with you.

Kind regards,
Fiona Grant""", "'as promised on the phone' is not passive aggression"),
    ("tone-en19", "good", None, "Cancellation terms",
     """Dear Dr Mehta,

Kindly note our cancellation terms: a 10% deposit at booking, and 48 hours' notice for cancellations; later cancellations are charged at 25%.

Many thanks,
Fiona Grant""", "firm and brief, polite"),
    ("tone-en19", "bad", "hostile", "READ BEFORE BOOKING",
     """Dr Mehta,

Let me be very clear from the start: we take a 10% deposit, and if you cancel with less than 48 hours' notice you WILL pay 25%. No excuses, no exceptions, no negotiation. We've had enough of clients who think the rules don't apply to them.

Fiona Grant""", "threatening, shouting"),

    ("tone-en20", "good", None, "Board presentation: new date",
     """Dear Mr Blake,

Owing to illness, I'm afraid I need to move the board presentation on Friday 29 November at 11:00. I apologise for the inconvenience.

Could either of these work for you?
- Tuesday 3 December at 11:00
- Wednesday 4 December at 14:00

Kind regards,
Sarah Collins""", "formal, brief"),
    ("tone-en20", "bad", "wrong_register", "yo, need to move fri",
     """Yo Jon,

Been sick as a dog so Friday 29 Nov 11:00 board thing is a no-go lol. Tues 3 Dec 11:00 or Weds 4 Dec 14:00? Whatevs works for you mate.

Sarah Collins""", "slang register to a formal key client"),
    ("tone-en20", "good", None, "Board presentation on 29 November",
     """Dear Mr Blake,

I'm unwell and must ask to move Friday's board presentation. Would Tuesday 3 December at 11:00 or Wednesday 4 December at 14:00 suit you? My apologies for the change.

Kind regards,
Sarah Collins""", "short, formal"),
]

# Second batch: subtler cases.
SITS.update({
    "tone-en24": dict(intent="switch_to_call", recipient_name="Dan Cooper", sender_name="Amy Ellis",
                      meeting="our meeting at the office", meeting_time="Monday 16 December at 9:30",
                      reason="the trains are on strike", tone="friendly", relationship="regular"),
    "tone-en25": dict(intent="reschedule", recipient_name="Mr. Edward Hayes", sender_name="Laura Quinn",
                      meeting="the budget review", meeting_time="Thursday 19 December at 15:00",
                      reason="a trip our management has scheduled", proposed_times=["Friday 20 December at 10:00"],
                      tone="formal", relationship="key"),
})

CASES += [
    ("tone-en24", "good", None, "Monday morning by phone?",
     """Hi Dan,

The trains have decided Monday is a great day for a strike, naturally the day of our meeting at the office! Shall we keep 9:30 but do it by phone? I'll ring you if that works.

Have a good one,
Amy Ellis""", "light humour about the strike"),
    ("tone-en24", "bad", "bureaucratic_distance", "Change to meeting format",
     """Dear Mr Cooper,

In view of the ongoing industrial action affecting rail services, it has been determined that the meeting scheduled for Monday 16 December at 9:30 shall take place by telephone. Dial-in particulars will be communicated in due course.

Please take note of the above.

Amy Ellis""", "impersonal 'it has been determined' to a friendly regular contact"),
    ("tone-en24", "good", None, "Monday 9:30",
     """Hi Dan,

Train strike on Monday: shall we do our 9:30 by phone? Thanks!

Amy Ellis""", "one-line friendly request"),

    ("tone-en25", "good", None, "Budget review on 19 December",
     """Dear Mr Hayes,

I'm genuinely sorry: a trip our management has scheduled means I must ask to move the budget review on Thursday 19 December at 15:00. I know this is a busy time for you.

Could we hold it on Friday 20 December at 10:00 instead? If that doesn't suit, I'll work around your availability.

Kind regards,
Laura Quinn""", "stronger apology that fits a key client: not grovelling"),
    ("tone-en25", "bad", "blame", "Budget review",
     """Dear Mr Hayes,

A trip our management has scheduled means I can't hold the budget review on Thursday 19 December at 15:00. To be honest, booking a budget review for 19 December, right in the year-end crunch, wasn't your best idea; next time let's get in earlier.

I'd suggest Friday 20 December at 10:00.

Laura Quinn""", "shifts the blame onto the client's choice of date"),
    ("tone-en25", "bad", "mock_enthusiasm", "Great news about our review!",
     """Dear Mr Hayes,

Great news: thanks to a trip our management has scheduled, our budget review on Thursday 19 December at 15:00 becomes an even more efficient review on Friday 20 December at 10:00! An extra day to polish your numbers, how lucky is that!

Enthusiastically yours,
Laura Quinn""", "spins an inconvenience as good news"),
]
