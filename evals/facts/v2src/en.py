"""English v2 records, written by hand by data-a (2026-12-06/07). Reference date: 2026-12-07 (a Monday)."""

from __future__ import annotations

from ._rec import S as _S, bad, ok


def S(*a, **k):
    return _S("en", *a, **k)


RECORDS = [
# ------------------------------------------------------------------ correct
ok(S("reschedule", "Sarah Hughes", "James Whitfield", "formal", "key",
     meeting="Quarterly accounts review", at="Tuesday 15 December at 10:00",
     props=["Thursday 17 December at 14:30", "Friday 18 December at 9:00"],
     reason="an unexpected trip to another client"),
   "Quarterly accounts review: two new times",
   """
Dear Ms Hughes,

I've had to schedule an unplanned visit to another client, so I'm afraid I need to move our quarterly accounts review on Tuesday 15 December at 10am.

Would Thursday 17th at 2.30pm suit you, or alternatively Friday 18th at 9am?

My apologies for the change.

Kind regards,
James Whitfield
""", "correct: 'Ms Hughes', '17th at 2.30pm', '18th at 9am', reason paraphrased"),

ok(S("decline", "Tom Baker", "Lucy Grant", "friendly", "regular",
     meeting="New Year networking drinks in Leeds", at="Thursday 14 January at 17:30",
     reason="already booked that evening"),
   "Drinks on the 14th",
   """
Hi Tom,

Thanks so much for the invite to the New Year networking drinks in Leeds! Sadly I'm already booked on the evening of Thursday 14 January, so I'll have to sit this one out.

Have one for me!

Lucy
"""),

ok(S("shorten", "Dr Priya Patel", "Andrew Collins", "formal", "new",
     meeting="Review of the lease agreement", at="Wednesday 20 January at 11:00", dur=30),
   "Lease review on Wednesday 20 January",
   """
Dear Dr Patel,

Thank you for making time to review the lease agreement with me on Wednesday 20 January at 11am.

So as not to take up too much of your day, could we keep it to half an hour? I'll send my questions over in advance.

Yours sincerely,
Andrew Collins
""", "correct: 30 minutes as 'half an hour'"),

ok(S("switch_to_call", "Megan O'Connor", "Chris Walsh", "friendly", "key",
     meeting="Lunch at your Manchester office", at="Friday 8 January at 12:30",
     props=["Thursday 7 January at 16:00"], reason="rail strike"),
   "Our lunch in Manchester",
   """
Hi Megan,

With the rail strike on Friday I don't think I'll make it up to Manchester for our 12.30 lunch.

Could we have a call the day before instead, Thursday 7 January around 4pm? We'll do the lunch properly as soon as the trains are running.

Speak soon,
Chris
"""),

ok(S("switch_to_email", "Mr David Clarke", "Helen Price", "formal", "regular",
     meeting="Quote review meeting", at="Thursday 14 January at 15:00"),
   "Quote review: shall we finish by email?",
   """
Dear Mr Clarke,

Regarding our quote review meeting on Thursday 14 January at 3pm, I'd suggest we settle the remaining points by email; there are only a few left.

I'll send you my comments shortly. If anything needs a proper discussion, we can of course pick up the phone.

Best regards,
Helen Price
"""),

ok(S("delegate", "Professor Alan Reid", "Fiona Murray", "formal", "key",
     meeting="Annual practice audit", at="Tuesday 2 February at 9:00", col="Rachel Green",
     reason="scheduled surgery"),
   "Your audit on 2 February",
   """
Dear Professor Reid,

I'm having some scheduled surgery and will not be able to carry out your annual practice audit myself on Tuesday 2 February at 9:00.

My colleague Rachel Green will lead it in my place. She knows your practice well, and I will brief her fully beforehand.

Yours sincerely,
Fiona Murray
"""),

ok(S("no_show_followup", "Sam Turner", "Nina Scott", "friendly", "regular",
     meeting="Coaching session", at="Friday 4 December at 18:00", props=["Wednesday 9 December at 18:00"]),
   "All OK?",
   """
Hi Sam,

I was expecting you on Friday at 6 for our coaching session. Hope everything's alright!

If you like, we can pick it up this Wednesday, 9 December, same time. Just let me know.

Nina
""", "correct: 18:00 as 'at 6', 'same time' for the proposed 18:00"),

ok(S("late_cancellation", "Ms Joanna Hill", "Mark Ellis", "formal", "new",
     meeting="Studio photo shoot", at="Tuesday 8 December at 14:00",
     props=["Tuesday 15 December at 14:00"], pol={"notice_hours": 48, "fee_percent": 50}),
   "Your photo shoot",
   """
Dear Ms Hill,

Thank you for letting me know that you need to cancel tomorrow's studio photo shoot, Tuesday 8 December at 2pm.

I can offer you a new session on Tuesday 15 December at the same time.

Please note that, under our terms, cancellations made less than 48 hours before the session are charged at 50% of the fee.

Kind regards,
Mark Ellis
"""),

ok(S("cancellation_policy", "Mr Robert Evans", "Claire Morgan", "formal", "new",
     pol={"notice_hours": 24, "fee_percent": 50, "deposit_percent": 20}),
   "Our cancellation terms",
   """
Dear Mr Evans,

As requested, here are our booking and cancellation terms:

- a 20% deposit is payable when you book;
- if you cancel less than 24 hours before your appointment, we charge half the fee.

Please let me know if anything is unclear.

Kind regards,
Claire Morgan
""", "correct: fee 50% said as 'half the fee'"),

ok(S("cancellation_policy", "Ellie Ward", "Ben Cooper", "friendly", "regular",
     meeting="Private piano lesson", at="Saturday 9 January at 10:00", pol={"notice_hours": 48}),
   "Saturday's lesson",
   """
Hi Ellie,

Quick reminder ahead of your piano lesson on Saturday 9 January at 10: if you can't make it, please give me at least two days' notice so I can offer the slot to someone else.

See you Saturday!
Ben
""", "correct: 48 hours said as 'two days'"),

ok(S("reschedule", "Dan Fletcher", "Amy Brooks", "friendly", "regular",
     meeting="Weekly check-in on Project North", at="Tuesday 12 January at 9:00",
     props=["Wednesday 13 January at 9:00", "Thursday 14 January at 11:00"]),
   "Move our check-in?",
   """
Hi Dan,

Tuesday morning isn't going to work for our Project North check-in. Would either of these do?

- Wed 13 Jan, 9am
- Thu 14 Jan, 11am

Sorry for the shuffle!
Amy
"""),

ok(S("decline", "Ms Karen Lewis", "Paul Bennett", "formal", "new",
     meeting="Demo of your HR platform", at="Thursday 21 January at 10:30",
     reason="we are tied to our current provider until the end of 2027"),
   "Demo on 21 January",
   """
Dear Ms Lewis,

Thank you for offering to demonstrate your HR platform on Thursday 21 January at 10:30.

However, we are committed to our current provider until the end of 2027, so I would rather not take up your time unnecessarily. I'll gladly keep your details for the future.

Kind regards,
Paul Bennett
"""),

ok(S("shorten", "Oliver Shaw", "Grace Holloway", "friendly", "key",
     meeting="Product committee", at="Monday 1 February at 14:00", dur=45),
   "Monday's product committee",
   """
Hi Oliver,

Could we get Monday's product committee (1 February, 2pm) done in three quarters of an hour? I'll send the agenda round beforehand so we can get straight to it.

Thanks a lot,
Grace
""", "correct: 45 minutes as 'three quarters of an hour'"),

ok(S("switch_to_call", "Ms Laura Bishop", "Simon Hale", "formal", "regular",
     meeting="Meeting at your Bristol office", at="Wednesday, February 10 at 4:00 PM",
     props=["Wednesday, February 10 at 3:00 PM"]),
   "Our meeting on February 10",
   """
Dear Ms. Bishop,

Would you be open to holding our meeting on Wednesday, February 10 by phone rather than at your Bristol office? If so, I could call you that day at 3 p.m., an hour earlier than planned.

Thank you for considering it.

Best regards,
Simon Hale
""", "correct: US date style; 'an hour earlier than planned' is true (16:00 → 15:00)"),

ok(S("delegate", "Jack Moore", "Hannah Doyle", "friendly", "regular",
     meeting="Site visit in Reading", at="Friday 15 January at 8:30", col="Ravi Shah"),
   "Friday's site visit",
   """
Hi Jack,

I can't make the 8.30 site visit in Reading on Friday 15 January, but Ravi Shah will be there instead. He's fully up to speed and will fill me in afterwards.

Have a good weekend,
Hannah
"""),

ok(S("no_show_followup", "Mr Graham Fox", "Emma Lawson", "formal", "key",
     meeting="Portfolio review appointment", at="Thursday 3 December at 10:00",
     props=["Tuesday 15 December at 10:00"], pol={"notice_hours": 24, "fee_percent": 50}),
   "Your portfolio review",
   """
Dear Mr Fox,

We were expecting you last Thursday, 3 December, at 10am for your portfolio review. I do hope nothing untoward has happened.

I could see you on Tuesday 15 December at 10am; would that suit you?

For completeness, our terms provide for a 50% charge when an appointment is not cancelled at least 24 hours in advance. Given how long we have worked together, I'd be happy to discuss this with you.

Kind regards,
Emma Lawson
"""),

ok(S("late_cancellation", "Zoe Martin", "Ryan Kelly", "friendly", "regular",
     meeting="Wedding menu tasting", at="Saturday 12 December at 15:00", reason="a family emergency",
     props=["Saturday 19 December at 15:00", "Sunday 20 December at 11:00"]),
   "Menu tasting: new date",
   """
Hi Zoe,

No problem at all about Saturday, and I hope everything's OK with your family.

For the menu tasting I can do Saturday 19 December at 3pm, or Sunday 20 December at 11am if a morning is easier.

Warm wishes,
Ryan
"""),

ok(S("reschedule", "Dr. Michael Brown", "Jennifer Ortiz", "formal", "regular",
     meeting="Thesis committee prep meeting", at="Monday, March 8 at 2:00 PM",
     props=["Tuesday, March 9 at 2:00 PM"]),
   "Committee prep meeting: moving to Mar 9?",
   """
Dear Dr. Brown,

Would it be possible to push the thesis committee prep meeting on Monday, March 8 at 2:00 PM back by one day? I'd suggest Tuesday, March 9, same time.

Thank you,
Jennifer Ortiz
""", "correct: US style dates and 'Mar 9'"),

ok(S("switch_to_email", "Leila Ahmed", "Josh Carter", "friendly", "new",
     meeting="First get-to-know-you meeting", at="Wednesday 13 January at 17:00",
     reason="calendar is packed right now"),
   "Our first meeting",
   """
Hi Leila,

My calendar is packed right now, so rather than our get-to-know-you meeting on Wednesday 13 January at 5pm, could we start over email? Drop me a couple of lines about what you're after and I'll reply properly.

Best,
Josh
""", "correct: 'a couple of lines' is an idiom, not a number fact"),

ok(S("decline", "Kate Murphy", "Liam O'Brien", "friendly", "key",
     meeting="Client dinner in Dublin", at="Thursday 17 December at 19:00",
     props=["Thursday 14 January at 19:00"], reason="my daughter's nativity play"),
   "Dinner on the 17th",
   """
Hi Kate,

Thanks for the invite to the client dinner in Dublin! Thursday 17 December is my daughter's nativity play though, and I'm not missing that one.

If you do another, Thursday 14 January at 7pm would be perfect for me.

Happy Christmas,
Liam
"""),

# ------------------------------------------------------------------ flawed
bad("time_swapped", S("reschedule", "Mr Peter Gould", "Sophie Reed", "formal", "regular",
     meeting="Site progress meeting", at="Tuesday 19 January at 10:00", props=["Thursday 21 January at 15:00"]),
   "Site progress meeting: new time",
   """
Dear Mr Gould,

I'm afraid I need to move our site progress meeting on Thursday 21 January at 3pm.

Could we meet on Tuesday 19 January at 10am instead? Please let me know.

Kind regards,
Sophie Reed
""", "meeting time and proposed time swapped: moved 'to Tuesday 10am', which is the old slot"),

bad("time_swapped", S("switch_to_call", "Ms Rebecca Hart", "Tom Riley", "formal", "regular",
     meeting="Meeting at the branch", at="Monday 25 January at 11:00", props=["Monday 25 January at 16:30"]),
   "Our meeting on 25 January by phone",
   """
Dear Ms Hart,

Rather than meeting at the branch on Monday 25 January at 4.30pm, could we speak by phone?

I could call you that same day at 11am, if that works for you.

Best regards,
Tom Riley
""", "hours swapped: meeting at 11:00 given as 4.30pm, call offered at 11am instead of 16:30"),

bad("time_recap_wrong", S("reschedule", "Harry Wood", "Chloe Adams", "friendly", "regular",
     meeting="Budget catch-up", at="Wednesday 3 February at 10:30", props=["Friday 5 February at 10:30"]),
   "Budget catch-up moved",
   """
Hi Harry,

I'm stuck on Wednesday morning. Can we do the budget catch-up on Friday 5 February at 10.30 instead?

I'll send you an invite. See you Friday at 3 then!

Chloe
""", "recap says Friday at 3; the slot is 10.30"),

bad("time_recap_wrong", S("reschedule", "Ms Diane Foster", "Richard Hay", "formal", "key",
     meeting="Investment committee", at="Monday 15 February at 9:00",
     props=["Tuesday 16 February at 9:00", "Wednesday 17 February at 14:00"]),
   "Investment committee: new dates",
   """
Dear Ms Foster,

I regret that I have to postpone the investment committee on Monday 15 February at 9am.

I can offer Tuesday 16 February at 9am or Wednesday 17 February at 2pm. In the meantime I'll pencil in Thursday 18 February at 2pm.

Kind regards,
Richard Hay
""", "recap pencils in Thursday 18 February, a slot never offered"),

bad("weekday_wrong", S("reschedule", "Mr Colin Webb", "Alison Ford", "formal", "regular",
     meeting="Annual review", at="Monday 8 March at 10:00", props=["Tuesday 9 March at 10:00"]),
   "Moved to Wednesday 9 March",
   """
Dear Mr Webb,

Something has come up and I need to move our annual review on Monday 8 March at 10am.

Could we do the following day, Tuesday 9 March, at the same time?

Kind regards,
Alison Ford
""", "subject says 'Wednesday 9 March'; 9 March 2027 is a Tuesday (body right)"),

bad("weekday_wrong", S("decline", "Ms Nora Quinn", "Steven Marsh", "formal", "regular",
     meeting="Training plan meeting", at="Thursday 22 April at 9:30"),
   "Training plan meeting",
   """
Dear Ms Quinn,

Thank you for the invitation to the training plan meeting on Friday, April 22 at 9:30. Unfortunately I won't be able to attend.

I'd be glad to catch up on the outcome afterwards.

Best regards,
Steven Marsh
""", "body says 'Friday, April 22'; 22 April 2027 is a Thursday"),

bad("percent_swapped", S("cancellation_policy", "Mr Stuart Bell", "Gemma Knight", "formal", "new",
     pol={"notice_hours": 48, "fee_percent": 50, "deposit_percent": 25}),
   "Booking and cancellation terms",
   """
Dear Mr Bell,

Following our conversation, here are our terms: we take a 50% deposit at the time of booking, and cancellations with less than 48 hours' notice are charged at 25% of the fee.

Kind regards,
Gemma Knight
""", "deposit 50% and fee 25% swapped (given fee 50%, deposit 25%)"),

bad("policy_invented", S("late_cancellation", "Mr Neil Parker", "Laura Finch", "formal", "regular",
     meeting="Physiotherapy session", at="Monday 7 December at 9:00", props=["Thursday 10 December at 9:00"]),
   "This morning's session",
   """
Dear Mr Parker,

Thank you for letting us know about this morning's 9am session.

I can book you in on Thursday 10 December at 9am instead.

As per our terms, half of the session fee will still be charged.

Kind regards,
Laura Finch
""", "policy invented in words ('half of the session fee'); no policy given"),

bad("policy_invented", S("no_show_followup", "Mia Roberts", "Owen Lloyd", "friendly", "new",
     meeting="Personal training session", at="Saturday 5 December at 8:00", props=["Saturday 12 December at 8:00"]),
   "Missed you on Saturday",
   """
Hi Mia,

I was ready for your personal training session at 8 on Saturday but didn't see you. Hope all is well!

Shall we try again next Saturday, 12 December, at 8? And just so you know for next time, we ask for two days' notice if you can't make it.

Owen
""", "notice period 'two days' invented in words; no policy given"),

bad("discount_invented", S("reschedule", "Mr Victor Nash", "Jodie Burke", "formal", "key",
     meeting="Installation of the new server rack", at="Wednesday 13 January at 14:00",
     props=["Wednesday 20 January at 14:00"],
     reason="our supplier delivered late; the client has asked for a goodwill gesture"),
   "Installation moved to 20 January",
   """
Dear Mr Nash,

Our supplier has delivered late, so the installation of the new server rack on Wednesday 13 January at 2pm can't go ahead. I'd suggest Wednesday 20 January at the same time.

As a goodwill gesture, we'll take 10% off the installation charge.

Kind regards,
Jodie Burke
""", "10% discount offered because the reason mentions a goodwill gesture; none given"),

bad("link_invented", S("switch_to_email", "Ms Tara Singh", "Dominic Hurst", "formal", "regular",
     meeting="Strategy workshop", at="Thursday 28 January at 10:00",
     reason="the client asked to see the slides first"),
   "Strategy workshop: slides first",
   """
Dear Ms Singh,

Since you'd like to see the slides before we meet, I suggest we handle Thursday 28 January's strategy workshop by email for now.

You can find the deck here: https://drive.google.com/file/d/1aB9xQpL7/view

Kind regards,
Dominic Hurst
""", "link to the slides invented (the reason mentions slides, it gives no link)"),

bad("email_invented", S("delegate", "Mr Howard Long", "Adam Pierce", "formal", "key",
     meeting="Contract signing", at="Friday 29 January at 11:00", col="Priya Nair"),
   "Contract signing on 29 January",
   """
Dear Mr Long,

Unfortunately I can't attend the contract signing on Friday 29 January at 11am. My colleague Priya Nair will take over; she knows the file inside out.

You can reach her directly at priya.nair.work@gmail.com.

Kind regards,
Adam Pierce
""", "private e-mail address invented"),

bad("phone_invented", S("switch_to_call", "Jess Cole", "Kieran Dunn", "friendly", "new",
     meeting="Intro coffee in Brighton", at="Tuesday 2 February at 9:30", props=["Wednesday 3 February at 12:00"]),
   "Coffee on Tuesday",
   """
Hi Jess,

Would you mind if we swapped Tuesday's intro coffee in Brighton for a quick call? I could do Wednesday 3 February at noon.

Give me a ring on 07700 900123 whenever suits.

Cheers,
Kieran
""", "phone number invented"),

bad("number_invented", S("switch_to_email", "Mr Gary Fisher", "Natalie Stone", "formal", "regular",
     meeting="Renovation quote meeting", at="Tuesday 26 January at 18:00"),
   "Your renovation quote",
   """
Dear Mr Fisher,

For our renovation quote meeting on Tuesday 26 January at 6pm, I'd suggest we wrap up the last few points by email.

The quote comes to £3,400 + VAT; I'll send the itemised breakdown separately.

Kind regards,
Natalie Stone
""", "price '£3,400 + VAT' invented"),

bad("title_or_company_invented", S("decline", "Ms Wendy Carr", "Matthew Hayes", "formal", "new",
     meeting="Product demonstration", at="Wednesday 27 January at 15:00"),
   "Product demonstration on 27 January",
   """
Dear Ms Carr,

Thank you for the invitation to the product demonstration on Wednesday 27 January at 3pm. We won't be taking this forward at the moment.

Kind regards,

Matthew Hayes
Head of Partnerships | Brightline Consulting Ltd
""", "job title and company invented"),

bad("name_near_miss", S("shorten", "Ms Rachel Dunmore", "Isaac Brennan", "formal", "regular",
     meeting="Kick-off meeting", at="Thursday 11 February at 9:00", dur=30),
   "Kick-off meeting on 11 February",
   """
Dear Ms Dunmoore,

For the kick-off meeting on Thursday 11 February at 9am, could we keep it to 30 minutes? Most points have already been agreed in writing.

Kind regards,
Isaac Brennan
""", "greeting 'Dunmoore' for Dunmore (letter added)"),

bad("name_near_miss", S("reschedule", "Catherine Lowe", "Ethan Cross", "friendly", "regular",
     meeting="Monthly update", at="Monday 22 February at 10:00", props=["Tuesday 23 February at 10:00"]),
   "Update moved to Tuesday",
   """
Hi Katherine,

I need to move Monday's 10am monthly update. Does Tuesday 23 February at the same time work?

Thanks!
Ethan
""", "greeting 'Katherine' for Catherine (one letter changed)"),

bad("place_changed", S("decline", "Mr Keith Barnes", "Olivia Perry", "formal", "regular",
     meeting="Factory visit in Sheffield", at="Tuesday 2 March at 8:30"),
   "Factory visit on 2 March",
   """
Dear Mr Barnes,

Many thanks for the invitation to the factory visit in Leeds on Tuesday 2 March at 8.30am. Unfortunately I won't be able to join.

I hope to visit another time.

Kind regards,
Olivia Perry
""", "place changed: Sheffield became Leeds"),

bad("foreign_paragraph", S("reschedule", "Mr Jonas Weber", "Lauren Mills", "formal", "regular",
     meeting="Partner meeting", at="Wednesday 24 February at 11:00", props=["Friday 26 February at 11:00"]),
   "Partner meeting moved to 26 February",
   """
Dear Mr Weber,

Unfortunately I need to postpone our partner meeting on Wednesday 24 February at 11am. I'd suggest Friday 26 February at 11am instead.

Bitte bestätigen Sie mir kurz, ob Ihnen der Termin passt. Bei Fragen stehe ich Ihnen gerne zur Verfügung.

Kind regards,
Lauren Mills
""", "third paragraph in German"),

bad("duration_wrong", S("shorten", "Max Jordan", "Poppy Hewitt", "friendly", "regular",
     meeting="Progress check-in", at="Friday 12 February at 16:00", dur=20),
   "Short check-in on Friday",
   """
Hi Max,

Can we keep Friday's 4pm progress check-in short? Half an hour should do it; I'll send the numbers beforehand.

Thanks!
Poppy
""", "says half an hour; the length given is 20 minutes"),
]
