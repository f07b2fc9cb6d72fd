# English tone cases, dev split. Hand-written by the data-tone helper; see ../README.md.

SITS = {
    "tone-en01": dict(intent="reschedule", recipient_name="Ms. Rachel Thompson", sender_name="David Clarke",
                      meeting="the quarterly account review", meeting_time="Tuesday 12 November at 10:00",
                      reason="an urgent family matter",
                      proposed_times=["Thursday 14 November at 10:00", "Friday 15 November at 15:00"],
                      tone="formal", relationship="key"),
    "tone-en02": dict(intent="late_cancellation", recipient_name="Mr. James Walker", sender_name="Olivia Bennett",
                      meeting="the site inspection", meeting_time="Monday 4 November at 9:00",
                      reason="a last-minute conflict", proposed_times=["Wednesday 13 November at 9:00"],
                      policy=dict(notice_hours=48, fee_percent=30), tone="formal", relationship="regular"),
    "tone-en03": dict(intent="decline", recipient_name="Margaret Hughes", sender_name="Tom Harris",
                      meeting="the launch lunch for the new collection", meeting_time="Friday 8 November at 12:30",
                      reason="a fully booked week", tone="friendly", relationship="regular"),
    "tone-en04": dict(intent="no_show_followup", recipient_name="Daniel Evans", sender_name="Priya Shah",
                      meeting="our introductory meeting", meeting_time="Tuesday 5 November at 11:00",
                      proposed_times=["Monday 18 November at 11:00", "Tuesday 19 November at 16:00"],
                      tone="formal", relationship="new"),
    "tone-en05": dict(intent="cancellation_policy", recipient_name="Laura Mitchell", sender_name="Ben Carter",
                      policy=dict(notice_hours=24, deposit_percent=20), tone="formal", relationship="new"),
    "tone-en06": dict(intent="shorten", recipient_name="Chloe Turner", sender_name="Sam Wright",
                      meeting="the website kick-off workshop", meeting_time="Wednesday 20 November at 14:00",
                      duration_minutes=45, reason="I need to be in Manchester that evening", tone="friendly", relationship="key"),
    "tone-en07": dict(intent="delegate", recipient_name="Dr. Robert Green", sender_name="Hannah Lewis",
                      meeting="the annual contract review", meeting_time="Thursday 21 November at 9:30",
                      colleague_name="Michael Patel", reason="my parental leave, which starts on 18 November",
                      tone="formal", relationship="key"),
    "tone-en08": dict(intent="switch_to_call", recipient_name="Jack Robinson", sender_name="Emily Wood",
                      meeting="the weekly check-in", meeting_time="Monday 25 November at 10:00",
                      reason="the announced rail strike", tone="friendly", relationship="regular"),
    "tone-en09": dict(intent="switch_to_email", recipient_name="Mrs. Susan Hall", sender_name="Andrew King",
                      meeting="the meeting about the maintenance quote", meeting_time="Wednesday 27 November at 15:00",
                      reason="only a few figures are left to check", tone="formal", relationship="regular"),
    "tone-en10": dict(intent="late_cancellation", recipient_name="Sophie Allen", sender_name="Luke Baker",
                      meeting="the photo shoot for the catalogue", meeting_time="Thursday 7 November at 14:00",
                      reason="illness", proposed_times=["Tuesday 19 November at 14:00"],
                      policy=dict(notice_hours=48, fee_percent=50), tone="friendly", relationship="key"),
    "tone-en11": dict(intent="decline", recipient_name="Mr. Richard Scott", sender_name="Catherine Young",
                      meeting="the annual gala dinner", meeting_time="Saturday 30 November at 19:30",
                      reason="a long-standing family commitment", tone="formal", relationship="key"),
    "tone-en12": dict(intent="reschedule", recipient_name="Grace Adams", sender_name="Owen Morgan",
                      meeting="the discovery call", meeting_time="Tuesday 26 November at 16:00",
                      reason="because we've had a change of plans",
                      proposed_times=["Wednesday 27 November at 16:00", "Thursday 28 November at 10:00"],
                      tone="friendly", relationship="new"),
}

CASES = [
    ("tone-en01", "good", None, "Quarterly account review: new date",
     """Dear Ms Thompson,

An urgent family matter means I have to ask you to move our quarterly account review, planned for Tuesday 12 November at 10:00. I'm sorry for the inconvenience.

Would either of these suit you?
- Thursday 14 November at 10:00
- Friday 15 November at 15:00

If neither works, I'll gladly fit around your diary.

Kind regards,
David Clarke""", "formal, proportionate apology"),
    ("tone-en01", "bad", "grovelling", "My deepest apologies",
     """Dear Ms Thompson,

I honestly don't know how to apologise enough. An urgent family matter means I can't make our quarterly account review on Tuesday 12 November at 10:00, and I feel terrible about letting you down like this. I completely understand if you're disappointed in me, and I can only hope you'll forgive me.

If you could possibly spare me a little more of your valuable time, I could do Thursday 14 November at 10:00 or Friday 15 November at 15:00, or any other time at all, evenings and weekends included.

With my most abject apologies,
David Clarke""", "self-abasing"),
    ("tone-en01", "bad", "wrong_register", "moving tues",
     """hey rach

urgent family thing came up so tues 12 nov 10:00 review's off, sorry!! thurs 14 nov 10:00 or fri 15 nov 15:00 work for u? lmk

cheers
David Clarke""", "text-message register to a formal key client"),

    ("tone-en02", "good", None, "Site inspection on 4 November: new date",
     """Dear Mr Walker,

I understand that a last-minute conflict meant the site inspection on Monday 4 November at 9:00 could not go ahead. I'd suggest we rebook it for Wednesday 13 November at 9:00; could you let me know if that works?

For completeness, cancellations made less than 48 hours before a visit are charged at 30% of the fee.

Kind regards,
Olivia Bennett""", "firm and courteous policy reminder"),
    ("tone-en02", "bad", "passive_aggression", "Site inspection, 4 November",
     """Dear Mr Walker,

As I already told you when we signed, cancellations within 48 hours are charged at 30%. Apparently it bears repeating.

I've noted your last-minute conflict regarding the site inspection on Monday 4 November at 9:00. I can come back on Wednesday 13 November at 9:00, assuming it actually goes ahead this time.

Regards,
Olivia Bennett""", "'As I already told you', 'assuming it actually goes ahead this time'"),
    ("tone-en02", "bad", "blame", "Cancelled site inspection",
     """Dear Mr Walker,

Your last-minute cancellation of the site inspection on Monday 4 November at 9:00 caused us real problems: our engineer was already on the road and we had turned another client away for you. A bit more planning on your side would have avoided this.

In line with our terms (less than 48 hours: 30%), the fee will be charged. New date: Wednesday 13 November at 9:00.

Olivia Bennett""", "blames and lectures"),

    ("tone-en03", "good", None, "Lunch on 8 November",
     """Hi Margaret,

Thanks so much for inviting me to the launch lunch for the new collection on Friday 8 November! Sadly that week is fully booked for me, so I won't be able to make it.

I'd love to see the collection, though; could you send me the deck when you get a chance?

Best,
Tom Harris""", "warm and short"),
    ("tone-en03", "bad", "coldness", "Lunch",
     """Unable to attend the launch lunch for the new collection on Friday 8 November at 12:30. Fully booked week.

Tom Harris""", "no greeting, no thanks, friendly relationship"),
    ("tone-en03", "bad", "bureaucratic_distance", "Re: Invitation – launch lunch",
     """Dear Ms Hughes,

We hereby acknowledge receipt of your invitation in respect of the launch lunch for the new collection scheduled for Friday 8 November at 12:30. Following review, it has been determined that the undersigned's schedule is fully booked during the week in question. Accordingly, the invitation cannot be accepted at this time.

Yours faithfully,
Tom Harris""", "officialese, 'the undersigned', for a friendly invitation"),

    ("tone-en04", "good", None, "Our meeting on 5 November",
     """Dear Mr Evans,

I'm sorry we missed each other for our introductory meeting on Tuesday 5 November at 11:00; I hope nothing is wrong.

If you'd still like to meet, I could offer:
- Monday 18 November at 11:00
- Tuesday 19 November at 16:00

Kind regards,
Priya Shah""", "concerned, no reproach"),
    ("tone-en04", "bad", "sarcasm", "Our meeting",
     """Dear Mr Evans,

Thank you for the lovely half hour of solitude on Tuesday 5 November at 11:00, which I spent waiting for you in the meeting room for our introductory meeting. Highly recommended.

Should you ever feel like actually turning up, I'm free on Monday 18 November at 11:00 or Tuesday 19 November at 16:00.

Regards,
Priya Shah""", "ironic thanks"),
    ("tone-en04", "bad", "condescension", "Missed appointment",
     """Dear Mr Evans,

You didn't come to our introductory meeting on Tuesday 5 November at 11:00. This is common with new clients who aren't yet used to keeping a professional diary, so I'd suggest writing the next one down somewhere you'll actually see it.

I can see you on Monday 18 November at 11:00 or Tuesday 19 November at 16:00.

Priya Shah""", "talks down to a new client"),

    ("tone-en05", "good", None, "Our cancellation terms",
     """Dear Ms Mitchell,

Welcome aboard, we're delighted to be working with you. So that everything is clear from the start, here are our cancellation terms:
- a 20% deposit is due at booking;
- cancellations need to reach us at least 24 hours in advance.

If anything is unclear, just let me know.

Kind regards,
Ben Carter""", "welcoming and clear"),
    ("tone-en05", "good", None, "Cancellation terms",
     """Dear Ms Mitchell,

For your information, we ask for a 20% deposit at booking and at least 24 hours' notice for any cancellation.

Thank you for understanding; we look forward to working with you.

Best regards,
Ben Carter""", "very short, firm, polite"),
    ("tone-en05", "bad", "condescension", "Please read this carefully",
     """Dear Ms Mitchell,

In our experience new clients rarely read the small print, so I'll explain our terms as simply as I can.

Deposit: 20% at booking. Cancellation: at least 24 hours before, which means the day before at the same time, not the same morning.

Do read this again if it isn't clear straight away.

Ben Carter""", "explains as to a child"),

    ("tone-en06", "good", None, "Wednesday's workshop: a shorter version?",
     """Hi Chloe,

Would you be OK with us running the website kick-off workshop on Wednesday 20 November at 14:00 in 45 minutes? I need to be in Manchester that evening. I'll put together a tight agenda so we cover what matters.

Let me know if that works for you!

See you Wednesday,
Sam Wright""", "friendly, asks rather than imposes"),
    ("tone-en06", "bad", "mock_enthusiasm", "AMAZING NEWS!!!",
     """Hi Chloe!!!

Amazing news: the website kick-off workshop on Wednesday 20 November at 14:00 is going to be just 45 minutes!!! Isn't that fantastic? Fewer meetings = more happiness!!! OK, it's really because I need to be in Manchester that evening, but what a treat!!!

So excited!!!
Sam Wright""", "forced cheer"),
    ("tone-en06", "good", None, "Wednesday",
     """Hi Chloe,

I need to be in Manchester on Wednesday evening: could we keep the kick-off workshop at 14:00 as planned but do it in 45 minutes? Thanks!

Sam Wright""", "very short"),

    ("tone-en07", "good", None, "Annual contract review on 21 November",
     """Dear Dr Green,

From 18 November I will be on parental leave, so the annual contract review on Thursday 21 November at 9:30 will be led by my colleague Michael Patel. I am handing the full file over to him beforehand.

Thank you for your continued trust.

Kind regards,
Hannah Lewis""", "formal handover, no promise during leave"),
    ("tone-en07", "bad", "over_familiarity", "Hiya Rob!",
     """Hiya Robbie!

Big news: I'm off on parental leave from 18 November, so my mate Michael Patel will do the contract review with you on Thursday 21 November at 9:30. He's a right laugh, you two will have a blast!

Hugs and kisses,
Hannah Lewis""", "nickname, 'hugs and kisses' to a formal key client"),
    ("tone-en07", "bad", "phishing_like", "URGENT: verification required",
     """Dear Dr Green,

Due to my parental leave from 18 November, Michael Patel will take over the annual contract review on Thursday 21 November at 9:30.

To transfer your file, you MUST confirm your login details (username and password) and your company's bank details within 24 hours using the link below:
http://contract-verify-secure.info/login

Failure to do so will result in your contract being suspended.

Hannah Lewis""", "urgent link, credentials, bank details, threat"),

    ("tone-en08", "good", None, "Monday by phone?",
     """Hi Jack,

With the rail strike announced for Monday, shall we do the weekly check-in at 10:00 by phone rather than in person? Same time, I'll ring you?

Have a good weekend,
Emily Wood""", "short, warm"),
    ("tone-en08", "good", None, "Monday 10:00",
     """Hi Jack,

Rail strike on Monday: shall we keep the check-in at 10:00 but do it on Teams or by phone, whichever you prefer?

Cheers,
Emily Wood""", "very short"),
    ("tone-en08", "bad", "hostile", "Monday",
     """Jack,

With this rail strike I'm not trekking across town for the weekly check-in on Monday 25 November at 10:00. Honestly, given how little we have to talk about, it should have been a phone call from the start. We're doing it by phone, end of.

Emily Wood""", "aggressive, dismissive"),

    ("tone-en09", "good", None, "Maintenance quote: finishing by email",
     """Dear Mrs Hall,

Ahead of our meeting about the maintenance quote on Wednesday 27 November at 15:00: only a few figures are left to check. To save you the time, may I suggest we settle them by email? I'll send you a summary tomorrow, and if anything needs discussing we can of course have a quick call.

Kind regards,
Andrew King""", "formal, serves the client's time"),
    ("tone-en09", "bad", "sarcasm", "The quote meeting",
     """Dear Mrs Hall,

Since an hour-long meeting is clearly essential to check three figures, I wouldn't dream of depriving you of the pleasure. But if you could bring yourself to read an email, we might all be spared the meeting on Wednesday 27 November at 15:00.

Regards,
Andrew King""", "ironic"),
    ("tone-en09", "bad", "passive_aggression", "RE: maintenance quote meeting",
     """Dear Mrs Hall,

Per my last email, only a few figures are left to check, which can easily be done in writing. To reiterate my proposal once more: let's drop the meeting on Wednesday 27 November at 15:00 and handle it by email.

Hopefully that's clearer now,
Andrew King""", "'per my last email', 'to reiterate', 'hopefully that's clearer now'"),

    ("tone-en10", "good", None, "Photo shoot: get well soon",
     """Hi Sophie,

First things first: I hope you're feeling better. For the photo shoot for the catalogue we had on Thursday 7 November at 14:00, how about Tuesday 19 November at 14:00 instead?

Just so it's said: our terms charge 50% for cancellations within 48 hours; we can talk that through calmly once you're back on your feet.

Warm wishes,
Luke Baker""", "warm, policy gentle"),
    ("tone-en10", "bad", "blame", "Cancelled photo shoot",
     """Sophie,

Your cancellation of the photo shoot for the catalogue on Thursday 7 November at 14:00 left us in a real bind: studio booked, photographer paid, all for nothing. I get that you were ill, but you could have let us know sooner.

The 50% for cancellations within 48 hours will be charged. We can redo it on Tuesday 19 November at 14:00.

Luke Baker""", "blames a sick key client"),
    ("tone-en10", "bad", "mock_enthusiasm", "No problem at all!!!",
     """Hi Sophie!!!

No problem at all!!! Setting up a whole studio for the photo shoot for the catalogue on Thursday 7 November at 14:00 and then packing it all away again was SO much fun!!! Hope the illness is over so we can do it for real on Tuesday 19 November at 14:00, yay!!!

Oh, a cheerful little reminder: cancelling within 48 hours = 50%!!!

Luke Baker""", "fake cheer carrying a reproach"),

    ("tone-en11", "good", None, "Annual gala dinner on 30 November",
     """Dear Mr Scott,

Thank you very much for your kind invitation to the annual gala dinner on Saturday 30 November at 19:30. I'm afraid a long-standing family commitment means I won't be able to attend.

I wish you a wonderful evening and look forward to seeing you again soon.

Kind regards,
Catherine Young""", "gracious decline of an event"),
    ("tone-en11", "bad", "grovelling", "I am so terribly sorry",
     """Dear Mr Scott,

I am so terribly, terribly sorry, and I'm almost ashamed to write this: because of a long-standing family commitment I cannot attend the annual gala dinner on Saturday 30 November at 19:30. I know how much the evening means to you and I will never forgive myself for letting you down. Please don't hold it against me.

With endless apologies,
Catherine Young""", "shame, repeated apologies"),
    ("tone-en11", "good", None, "Gala dinner",
     """Dear Mr Scott,

Thank you for the invitation to the gala dinner on 30 November. A long-standing family commitment keeps me away that evening, I'm sorry to say; I hope it is a splendid night.

Kind regards,
Catherine Young""", "short and gracious"),

    ("tone-en12", "good", None, "Our call on Tuesday",
     """Hi Grace,

We've had a change of plans, so I can't do our discovery call on Tuesday 26 November at 16:00 after all. Could we move it to Wednesday 27 November at 16:00 or Thursday 28 November at 10:00?

Sorry for the shuffle, and speak soon,
Owen Morgan""", "friendly with a new client"),
    ("tone-en12", "bad", "phishing_like", "Action required: confirm your slot",
     """Hi Grace,

Because we've had a change of plans, our discovery call on Tuesday 26 November at 16:00 has moved. To keep your slot (Wednesday 27 November at 16:00 or Thursday 28 November at 10:00), click the secure link below within 2 hours and enter your card details, otherwise your account will be closed:
https://bit.ly/confirm-slot-payment

Owen Morgan""", "urgent link, card details"),
    ("tone-en12", "bad", "coldness", "Change",
     """Discovery call Tuesday 26 November 16:00 cancelled (change of plans). Available: Wednesday 27 November 16:00, Thursday 28 November 10:00. Reply with choice.

Owen Morgan""", "telegraphic, no greeting, friendly note to a new client"),
]

# Second batch: subtler cases, and good drafts that use phrases a naive cue list would flag.
SITS.update({
    "tone-en21": dict(intent="no_show_followup", recipient_name="Ms. Natalie Brooks", sender_name="David Clarke",
                      meeting="our monthly review", meeting_time="Tuesday 3 December at 10:00",
                      proposed_times=["Thursday 5 December at 10:00"], tone="formal", relationship="key"),
    "tone-en22": dict(intent="decline", recipient_name="Ian Foster", sender_name="Kate Simmons",
                      meeting="the 10th anniversary party", meeting_time="Friday 13 December at 19:00",
                      reason="my sister's wedding", tone="friendly", relationship="key"),
    "tone-en23": dict(intent="late_cancellation", recipient_name="Mr. Neil Harper", sender_name="Joanna Price",
                      meeting="the advisory session", meeting_time="Wednesday 4 December at 14:00",
                      reason="an internal meeting", proposed_times=["Tuesday 10 December at 14:00"],
                      policy=dict(notice_hours=24, fee_percent=50), tone="formal", relationship="regular"),
})

CASES += [
    ("tone-en21", "good", None, "Our monthly review",
     """Dear Ms Brooks,

I'm just following up, as we didn't manage to meet for our monthly review on Tuesday 3 December at 10:00. I hope all is well with you.

Would Thursday 5 December at 10:00 suit you? I'm happy to find another time if that's easier.

Kind regards,
David Clarke""", "'just following up' here is neutral courtesy"),
    ("tone-en21", "bad", "passive_aggression", "Monthly review, 3 December",
     """Dear Ms Brooks,

Unless I'm mistaken, you weren't able to attend our monthly review on Tuesday 3 December at 10:00. I appreciate your diary is considerably busier than mine.

If it's not too much trouble, might I suggest Thursday 5 December at 10:00?

Kind regards,
David Clarke""", "'unless I'm mistaken', 'your diary is busier than mine', 'if it's not too much trouble'"),
    ("tone-en21", "bad", "coldness", "Absence: monthly review",
     """Ms Brooks,

You were absent from the monthly review on Tuesday 3 December at 10:00. Next slot: Thursday 5 December at 10:00. Please confirm.

David Clarke""", "correct but icy towards a key client"),

    ("tone-en22", "good", None, "Anniversary party: I have a good excuse",
     """Hi Ian,

You won't believe it: my sister has picked Friday 13 December to get married! So I'll be at the wedding and will miss your 10th anniversary party, sadly.

Have a fantastic evening, and I'm counting on you for photos!

Best,
Kate Simmons""", "light humour, warm"),
    ("tone-en22", "bad", "sarcasm", "Anniversary party",
     """Hi Ian,

What a shame, I'd been so looking forward to spending my Friday night listening to speeches about your ten glorious years! Sadly my sister's wedding is the same day, Friday 13 December. I'll get over it somehow.

Kate Simmons""", "mock regret mocking the client's event"),
    ("tone-en22", "good", None, "Friday night",
     """Hi Ian,

So sorry, I'm at my sister's wedding on Friday night! Have a brilliant anniversary party, and tell me all about it.

Kate Simmons""", "very short, warm"),

    ("tone-en23", "good", None, "Advisory session on 4 December",
     """Dear Mr Harper,

Thank you for letting me know about the advisory session on Wednesday 4 December at 14:00; I understand that internal meetings sometimes take priority at short notice.

As per our terms, cancellations within 24 hours are charged at 50%. I know that's never welcome, and I appreciate your understanding.

Shall we pick things up on Tuesday 10 December at 14:00?

Kind regards,
Joanna Price""", "firm policy with empathy; 'as per our terms' is neutral"),
    ("tone-en23", "bad", "condescension", "Advisory session, 4 December",
     """Dear Mr Harper,

I completely understand that an internal meeting seemed more important. Just so we're clear, let me explain once more what "within 24 hours" means in our terms: it means the advisory session on Wednesday 4 December at 14:00 is charged at 50%.

If it's easier for you, we can continue on Tuesday 10 December at 14:00.

Joanna Price""", "re-explaining a simple rule"),
    ("tone-en23", "bad", "hostile", "Cancellation on 4 December",
     """Mr Harper,

With all due respect, cancelling the advisory session on Wednesday 4 December at 14:00 for an internal meeting shows how little you value our work. The 50% will be charged, and I should warn you that this is the last time we will accept this kind of behaviour.

Tuesday 10 December at 14:00, if you can be bothered to turn up.

Joanna Price""", "hostility behind a polite formula"),
]
