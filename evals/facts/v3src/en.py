"""English v3 records, each written out by hand (held out). (today, record) pairs."""

from __future__ import annotations

from v2src._rec import S, bad, ok

A, B, C, D, E = "2026-12-07", "2027-01-18", "2027-03-03", "2027-05-10", "2027-09-14"
L = "en"

RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S(L, "reschedule", "Dr Miriam Ashworth", "Nathan Pryce", "formal", "key",
             meeting="Steering committee for the Harbourside redevelopment", at="Tuesday 15 December at 2:30 pm",
             props=["Thursday 17 December at 10:00 am", "Friday 18 December at 3:00 pm"],
             reason="an emergency board meeting"),
           "Harbourside steering committee: new date",
           """
Dear Dr Ashworth,

An emergency board meeting has been called for Tuesday afternoon, so I'm afraid I can't attend the Harbourside redevelopment steering committee on Tuesday 15 December at 2.30pm.

Would Thurs 17th at 10am or Fri 18th at 3pm suit you instead?

My apologies for the inconvenience.

Kind regards,
Nathan Pryce
""", "correct: 'Dear Dr Ashworth', 2.30pm, 'Thurs 17th at 10am', 'Fri 18th at 3pm'")),
    (B, ok(S(L, "reschedule", "Josh Whitaker", "Amelia Crane", "friendly", "regular",
             meeting="Lunch about the podcast launch", at="Wednesday 20 January at 12:30 pm",
             props=["Friday 22 January at 12:30 pm"], reason="a dentist appointment I can't move"),
           "Lunch on Wednesday?",
           """
Hi Josh,

I've got a dentist appointment I can't shift on Wednesday, so I need to move our podcast launch lunch. Does Fri 22nd work, same time?

Drop me a line either way!

Amelia
""", "correct: 'Fri 22nd, same time', idiom 'drop me a line'")),
    (C, ok(S(L, "reschedule", "Mr. Desmond Okafor", "Rebecca Lynch", "formal", "new",
             meeting="Introduction to our payroll service", at="Thursday 11 March at 11:00 am",
             props=["Tuesday 16 March at 11:00 am", "Wednesday 17 March at 4:00 pm"],
             reason="our payroll specialist is unwell"),
           "Your introduction to our payroll service",
           """
Dear Mr. Okafor,

Unfortunately our payroll specialist, who was to walk you through our service on Thursday, March 11 at 11:00 AM, is unwell.

Could we meet on Tuesday, March 16 at the same time, or on Wednesday, March 17 at 4:00 PM?

Sincerely,
Rebecca Lynch
""", "correct: US dates 'Thursday, March 11', 11:00 AM, 'at the same time', 4:00 PM")),
    (E, ok(S(L, "reschedule", "Harriet Moss", "Callum Reid", "formal", "regular",
             meeting="Review of the catering contract", at="Thursday 16 September at 9:30 am",
             props=["Tuesday 21 September at 9:30 am"], reason="a rail strike"),
           "Catering contract review",
           """
Dear Ms Moss,

With the rail strike on Thursday I won't be able to get to you for the catering contract review at 9.30.

Could we do it on Tues 21st instead, again at half past nine?

Best regards,
Callum Reid
""", "correct: 'Dear Ms Moss', 'Tues 21st', 'half past nine'")),
    (D, ok(S(L, "decline", "Professor Alan Greaves", "Sophie Linwood", "formal", "key",
             meeting="Alumni fundraising dinner", at="Friday 14 May at 7:00 pm",
             reason="a long-standing family commitment"),
           "Alumni fundraising dinner",
           """
Dear Professor Greaves,

Thank you very much for inviting me to the alumni fundraising dinner on Friday 14 May at 7pm.

I'm sorry to say that a family commitment made long ago means I can't be there. I hope the evening is a great success.

With best wishes,
Sophie Linwood
""", "correct: 'Dear Professor Greaves', 7pm")),
    (A, ok(S(L, "decline", "Priya Raman", "Tom Hadley", "friendly", "regular",
             meeting="Christmas drinks with the design team", at="Friday 18 December at 6:00 pm",
             reason="I'll already be on leave"),
           "Christmas drinks",
           """
Hi Priya,

A million thanks for the invite to Christmas drinks! Sadly I'll already be on leave by the 18th, so I'll have to sit this one out.

Have one for me!

Tom
""", "correct: idiom 'a million thanks', 'the 18th', 'have one for me'")),
    (B, ok(S(L, "shorten", "Gillian Marsh", "Owen Pritchard", "formal", "regular",
             meeting="Review of the lease dispute", at="Wednesday 27 January at 10:00 am", dur=30,
             reason="a hearing later that morning"),
           "Lease dispute review, Wednesday 27 January",
           """
Dear Ms Marsh,

I have a hearing later that morning, so may I suggest we keep our review of the lease dispute at 10am on Wednesday 27 January but limit it to half an hour?

I'll send my questions beforehand so we can make the most of the time.

Kind regards,
Owen Pritchard
""", "correct: 30 minutes as 'half an hour'")),
    (E, ok(S(L, "shorten", "Ben Castillo", "Laura Pennock", "friendly", "regular",
             meeting="Brainstorm on the autumn campaign", at="Monday 20 September at 3:00 pm", dur=45,
             reason="I have to pick the kids up"),
           "Monday's brainstorm",
           """
Hey Ben,

I've got to pick the kids up on Monday, so could we squeeze the autumn campaign brainstorm into three quarters of an hour, starting at 3?

I'll bring a couple of ideas to get us going.

Laura
""", "correct: 45 min as 'three quarters of an hour', 'at 3', idiom 'a couple of ideas'")),
    (C, ok(S(L, "switch_to_call", "Geoffrey Hale", "Niamh Doherty", "formal", "regular",
             meeting="Meeting on the lease renewal", at="Friday 12 March at 11:00 am",
             props=["Friday 12 March at 1:00 pm"], reason="the announced train strike"),
           "Lease renewal: a call instead?",
           """
Dear Mr Hale,

Given the train strike announced for Friday, may I suggest we discuss the lease renewal by phone rather than in person, at 1pm the same day?

Kind regards,
Niamh Doherty
""", "correct: 'at 1pm the same day'")),
    (D, ok(S(L, "switch_to_call", "Chloe Barker", "Sam Oduya", "friendly", "new",
             meeting="Coffee about the kitchen quote", at="Tuesday 18 May at 9:00 am",
             reason="my car is in the garage"),
           "Kitchen quote: quick call?",
           """
Hi Chloe,

My car's in the garage, so I can't make it over for coffee on Tuesday. Shall we have a quick call at nine instead and go through the kitchen quote?

Cheers,
Sam
""", "correct: 'at nine' = 9:00 am")),
    (A, ok(S(L, "switch_to_email", "Martin Fielding", "Grace Tillotson", "formal", "key",
             meeting="Q4 figures review", at="Monday 14 December at 4:00 pm",
             reason="the figures fit on one page"),
           "Q4 figures by email",
           """
Dear Mr Fielding,

The Q4 figures now fit on a single page, so rather than taking up your Monday afternoon, I suggest we replace our review on 14 December at 4pm with an email.

I'll add a couple of lines of comment to each item.

Kind regards,
Grace Tillotson
""", "correct: 'Q4' from the meeting, 'a single page' from the reason, idiom 'a couple of lines'")),
    (D, ok(S(L, "switch_to_email", "Ellie Sutton", "Jack Rowe", "friendly", "regular",
             meeting="Quick catch-up on the staff party menu", at="Thursday 13 May at 11:00 am",
             reason="only the dessert is left to choose"),
           "Staff party menu",
           """
Hi Ellie,

Only the dessert is left to choose, so no need to meet on Thursday. I'll email you both options and you can pick whenever suits you.

Thanks!
Jack
""", "correct: 'both options' (desserts) is not a fact to check")),
    (B, ok(S(L, "delegate", "Victoria Blake", "Adrian Shaw", "formal", "regular",
             meeting="Grant application follow-up", at="Thursday 4 February at 2:00 pm",
             col="Hannah Ellison", reason="my parental leave"),
           "Grant application: Hannah Ellison takes over",
           """
Dear Ms Blake,

I'll be on parental leave from February, so my colleague Hannah Ellison, who knows your grant application well, will meet you on Thursday 4 February at 2pm.

With best regards,
Adrian Shaw
""", "correct: colleague full name, 2pm")),
    (E, ok(S(L, "delegate", "Leo Fairbanks", "Katie Doyle", "friendly", "regular",
             meeting="Product photography workshop", at="Tuesday 28 September at 10:00 am",
             col="Rhys Palmer", reason="I'm on a course that week"),
           "Photography workshop",
           """
Hi Leo,

I'm on a course that week, so Rhys will run the product photography workshop on the 28th at 10. You're in good hands!

Katie
""", "correct: colleague by first name in friendly mail, 'the 28th at 10'")),
    (A, ok(S(L, "no_show_followup", "Graham Whitfield", "Lucy Armitage", "formal", "regular",
             meeting="Pension planning consultation", at="Thursday 3 December at 2:00 pm",
             props=["Wednesday 9 December at 10:00 am"], pol={"notice_hours": 48, "fee_percent": 50}),
           "Your consultation last Thursday",
           """
Dear Mr Whitfield,

I was expecting you last Thursday at 2pm for your pension planning consultation and hope nothing serious has happened.

I can offer you a new appointment on Wednesday 9 December at 10am.

As set out in our terms, appointments cancelled with less than two days' notice are charged at half the fee.

Kind regards,
Lucy Armitage
""", "correct: 'last Thursday', 'two days' notice' for 48 h, 'half the fee' for 50 %")),
    (C, ok(S(L, "no_show_followup", "Mia Donovan", "Ethan Brooks", "friendly", "regular",
             meeting="Personal running session", at="Monday 1 March at 6:00 pm", props=["Monday 8 March at 6:00 pm"]),
           "Monday's run",
           """
Hi Mia,

I missed you on Monday evening for our running session – all OK? It happens to everyone!

Fancy making it up next Monday, the 8th, same time?

Ethan
""", "correct: 'Monday evening' (past), 'next Monday, the 8th, same time'")),
    (B, ok(S(L, "late_cancellation", "Raymond Cole", "Fiona Mackay", "formal", "regular",
             meeting="Loft conversion consultation", at="Tuesday 19 January at 3:00 pm",
             props=["Monday 25 January at 3:00 pm"], pol={"notice_hours": 48, "fee_percent": 25}),
           "Tomorrow's consultation",
           """
Dear Mr Cole,

Thank you for letting me know that you need to cancel your loft conversion consultation tomorrow at 3pm.

As the cancellation came with less than 48 hours' notice, our terms provide for a charge of a quarter of the fee (25%).

I'd be happy to see you on Monday 25 January at 3pm if that suits.

Kind regards,
Fiona Mackay
""", "correct: 'tomorrow at 3pm' (today 18 Jan), 'a quarter of the fee (25%)'")),
    (D, ok(S(L, "late_cancellation", "Zoe Hartley", "Luke Benning", "friendly", "regular",
             meeting="Wedding dress fitting", at="Wednesday 12 May at 4:00 pm",
             props=["Saturday 15 May at 10:00 am"], pol={"notice_hours": 72, "deposit_percent": 30}),
           "Wednesday's fitting",
           """
Hi Zoe,

Sorry the fitting on Wednesday at 4 won't happen! As it's less than three days (72 hours) away, the 30% deposit stays with us, as we agreed.

I could see you on Saturday the 15th at 10am – would that work?

Luke
""", "correct: 'three days (72 hours)', 'Saturday the 15th at 10am'")),
    (E, ok(S(L, "cancellation_policy", "Stuart Wilcox", "Imogen Clarke", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Our cancellation terms",
           """
Dear Mr Wilcox,

As requested, here are our cancellation terms: appointments can be cancelled free of charge up to a full day (24 hours) beforehand. Later cancellations are charged in full.

Kind regards,
Imogen Clarke
""", "correct: no meeting; 'a full day (24 hours)', 100 % as 'charged in full'")),
    (A, ok(S(L, "cancellation_policy", "Ruby Fenwick", "Max Thornton", "friendly", "new",
             meeting="Anniversary photo shoot", at="Saturday 19 December at 1:00 pm",
             pol={"notice_hours": 48, "fee_percent": 50, "deposit_percent": 20}),
           "Your photo shoot on Saturday 19 December",
           """
Hi Ruby,

Great to have your anniversary photo shoot booked for Saturday 19 December at 1pm!

Just the practical bit: I take a 20% deposit when you book. You can cancel up to 48 hours before; after that I charge half the price.

Best,
Max
""", "correct: 'half the price' for 50 %")),
    # ------------------------------------------------------------------ flawed
    (B, bad("time_swapped", S(L, "reschedule", "Neil Cartwright", "Olivia Shepherd", "formal", "regular",
             meeting="Procurement budget meeting", at="Monday 25 January at 9:00 am",
             props=["Wednesday 27 January at 2:00 pm"], reason="month-end close"),
           "Procurement budget meeting",
           """
Dear Mr Cartwright,

Because of the month-end close I need to move our procurement budget meeting, currently booked for Wednesday 27 January at 2pm.

Could we move it to Monday 25 January at 9am?

Kind regards,
Olivia Shepherd
""", "time_swapped: old and new slot exchanged ('move it to Monday 25 January at 9am' is the old slot)")),
    (E, bad("time_swapped", S(L, "reschedule", "Paula Kendrick", "Simon Ashby", "formal", "regular",
             meeting="Intranet progress check", at="Tuesday 21 September at 10:00 am",
             props=["Tuesday 21 September at 2:00 pm"], reason="a client visit in the morning"),
           "Tuesday's intranet check: new time",
           """
Dear Ms Kendrick,

I have a client visit on Tuesday. Would you mind moving our intranet progress check from 2pm to 10am the same day?

Best regards,
Simon Ashby
""", "time_swapped: hours exchanged on the same day (meeting 10am, offer 2pm)")),
    (A, bad("time_recap_wrong", S(L, "reschedule", "Eleanor Voss", "Patrick Dunne", "formal", "key",
             meeting="Sustainability report presentation", at="Thursday 10 December at 11:00 am",
             props=["Tuesday 15 December at 10:30 am"], reason="the final figures haven't been audited"),
           "Sustainability report presentation",
           """
Dear Ms Voss,

The final figures in the sustainability report haven't been audited yet, so I'd like to move the presentation from Thursday 10 December at 11am to Tuesday 15 December at 10.30am.

See you on Tuesday at 11.30, then.

Kind regards,
Patrick Dunne
""", "time_recap_wrong: recap says 11.30, offered 10.30")),
    (C, bad("time_recap_wrong", S(L, "reschedule", "Jasmine Holt", "Gareth Lyle", "formal", "regular",
             meeting="Meeting on the new till system", at="Tuesday 9 March at 2:00 pm",
             props=["Thursday 11 March at 2:00 pm"], reason="the supplier can only demo later in the week"),
           "New time: Thursday 11 March at 4pm",
           """
Dear Ms Holt,

The supplier of the new till system can only give a demonstration later in the week, so I suggest we move our meeting from Tuesday 9 March to Thursday 11 March, same time.

Kind regards,
Gareth Lyle
""", "time_recap_wrong: subject says 4pm, offered 2pm")),
    (D, bad("weekday_wrong", S(L, "reschedule", "Trevor Banks", "Melissa Ward", "formal", "regular",
             meeting="Summer rota planning", at="Friday 14 May at 10:00 am",
             props=["Wednesday 19 May at 10:00 am"], reason="a staff away day"),
           "Rota planning moved to Tuesday, May 19",
           """
Dear Mr Banks,

We have a staff away day on Friday, May 14. Could we move the summer rota planning to Wednesday, May 19 at 10:00 AM?

Sincerely,
Melissa Ward
""", "weekday_wrong: subject 'Tuesday, May 19' (US form), 19 May 2027 is a Wednesday")),
    (B, bad("weekday_wrong", S(L, "reschedule", "Diane Fletcher", "Howard Kemp", "formal", "new",
             meeting="Retirement plan review", at="Friday 29 January at 10:00 am",
             props=["Tuesday 2 February at 10:00 am"], reason="a compulsory training day"),
           "Retirement plan review",
           """
Dear Mrs Fletcher,

I have a compulsory training day on Friday 29 January. Could we move your retirement plan review to Wednesday 2 February at 10am?

Kind regards,
Howard Kemp
""", "weekday_wrong: body 'Wednesday 2 February', 2 February 2027 is a Tuesday")),
    (E, bad("percent_swapped", S(L, "cancellation_policy", "Carl Jennings", "Abigail Rowntree", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 60, "deposit_percent": 25}),
           "Cancellation terms",
           """
Dear Mr Jennings,

Here are our terms: we ask for a 60% deposit on booking. Cancellations are free up to 48 hours beforehand; after that, a fee of 25% applies.

Kind regards,
Abigail Rowntree
""", "percent_swapped: deposit 60% and fee 25% (given fee 60, deposit 25)")),
    (C, bad("policy_invented", S(L, "no_show_followup", "Dominic Reeve", "Sinead Walsh", "formal", "new",
             meeting="Nutrition intake consultation", at="Monday 1 March at 4:00 pm", props=["Monday 8 March at 4:00 pm"]),
           "Monday's consultation",
           """
Dear Mr Reeve,

I was expecting you on Monday at 4pm for your nutrition intake consultation.

As per our terms, half of the session fee will still be charged.

I can see you on Monday 8 March at 4pm instead.

Kind regards,
Sinead Walsh
""", "policy_invented: 'half of the session fee' with no policy given")),
    (A, bad("policy_invented", S(L, "late_cancellation", "Frances Lowry", "Marcus Bell", "friendly", "regular",
             meeting="Sports massage session", at="Monday 7 December at 6:00 pm",
             props=["Monday 14 December at 6:00 pm"], pol={"fee_percent": 50}),
           "Tonight's massage",
           """
Hi Frances,

Thanks for letting me know about tonight's 6pm session. As you gave less than two days' notice, I'll need to charge 50% of the fee, as per my terms.

Same time next Monday instead?

Marcus
""", "policy_invented: notice period 'two days' notice' invented; only the 50% fee was given")),
    (D, bad("discount_invented", S(L, "reschedule", "Philip Garrow", "Tanya Hughes", "formal", "regular",
             meeting="Heat pump service visit", at="Wednesday 12 May at 8:00 am",
             props=["Friday 14 May at 8:00 am"], reason="the client asked for something for the trouble of the earlier delay"),
           "Heat pump service visit",
           """
Dear Mr Garrow,

Our engineer can't make the heat pump service visit on Wednesday 12 May at 8am. We can offer Friday 14 May, also at 8am.

To make up for the earlier delay, we'll take 15% off this service.

Kind regards,
Tanya Hughes
""", "discount_invented: 15% off licensed only by the reason")),
    (E, bad("link_invented", S(L, "switch_to_email", "Russell Greenway", "Yasmin Kaur", "formal", "regular",
             meeting="Floor plan review for the garden room", at="Thursday 23 September at 4:00 pm",
             reason="he asked to see the floor plan first"),
           "Garden room floor plan",
           """
Dear Mr Greenway,

As you'd like to see the floor plan first, I suggest we handle the garden room review by email rather than meeting on Thursday at 4pm.

You can view the plan here: https://plans.kaurdesign.co.uk/greenway-garden-room

Kind regards,
Yasmin Kaur
""", "link_invented: URL licensed only by the reason")),
    (B, bad("email_invented", S(L, "delegate", "Brenda Oakley", "Kieran Lowe", "formal", "regular",
             meeting="Insurance claim follow-up", at="Wednesday 20 January at 10:00 am",
             col="Connor Hayes", reason="I'm moving to another branch"),
           "Your insurance claim",
           """
Dear Mrs Oakley,

I'm moving to another branch shortly, so my colleague Connor Hayes will take over your insurance claim and meet you on Wednesday 20 January at 10am.

You can email him directly at connor.hayes.home@outlook.com.

Kind regards,
Kieran Lowe
""", "email_invented: private address for the colleague")),
    (C, bad("phone_invented", S(L, "switch_to_call", "Agnes Pollard", "Dylan Frost", "formal", "new",
             meeting="Extension planning meeting", at="Friday 19 March at 10:00 am",
             props=["Friday 19 March at 3:00 pm"], reason="planning permission hasn't come through"),
           "Extension: a call instead",
           """
Dear Mrs Pollard,

As planning permission hasn't come through yet, there's little point meeting on Friday morning. Shall we speak by phone about the extension at 3pm the same day?

You can call me on 07700 914362.

Kind regards,
Dylan Frost
""", "phone_invented: mobile number nobody gave")),
    (A, bad("number_invented", S(L, "reschedule", "Colin Mercer", "Hayley Dawson", "formal", "regular",
             meeting="Leadership course pre-meeting", at="Wednesday 9 December at 3:00 pm",
             props=["Wednesday 16 December at 3:00 pm"], reason="the trainer isn't confirmed yet"),
           "Leadership course pre-meeting",
           """
Dear Mr Mercer,

The trainer isn't confirmed yet, so I suggest we push the leadership course pre-meeting back a week, to Wednesday 16 December at 3pm.

For your budgeting, the course costs £650 per delegate.

Kind regards,
Hayley Dawson
""", "number_invented: price £650")),
    (E, bad("title_or_company_invented", S(L, "decline", "Bernard Quinn", "Naomi Sterling", "formal", "key",
             meeting="Chamber of Commerce networking dinner", at="Thursday 30 September at 7:00 pm",
             reason="a family celebration"),
           "Networking dinner on 30 September",
           """
Dear Mr Quinn,

Thank you for the invitation to the Chamber of Commerce networking dinner on Thursday 30 September at 7pm. Unfortunately I have a family celebration that evening and won't be able to attend.

Kind regards,
Naomi Sterling
Head of Partnerships, Larkfield Capital Ltd
""", "title_or_company_invented: job title and company in the signature")),
    (D, bad("name_near_miss", S(L, "shorten", "Joanna Huddleston", "Craig Melville", "formal", "regular",
             meeting="Mid-placement review", at="Monday 17 May at 1:00 pm", dur=20,
             reason="an exam board at 1:30"),
           "Mid-placement review on Monday",
           """
Dear Ms Haddleston,

I'm due at an exam board at 1.30, so may I suggest we keep the mid-placement review on Monday 17 May at 1pm to twenty minutes?

Kind regards,
Craig Melville
""", "name_near_miss: 'Haddleston' for Huddleston")),
    (B, bad("name_near_miss", S(L, "reschedule", "Bethany Coles", "Robbie Grant", "friendly", "regular",
             meeting="Choir rehearsal for the company concert", at="Thursday 28 January at 6:30 pm",
             props=["Monday 1 February at 6:30 pm"], reason="the hall is double-booked"),
           "Rehearsal moving",
           """
Hi Bethan,

Turns out the hall is double-booked on Thursday. Can we move the choir rehearsal for the company concert to Monday 1 February, same time?

Cheers,
Robbie
""", "name_near_miss: 'Bethan' for Bethany (1 edit)")),
    (C, bad("place_changed", S(L, "reschedule", "Stanley Ruddock", "Heidi Brennan", "formal", "regular",
             meeting="Tour of the Doncaster warehouse", at="Wednesday 10 March at 9:00 am",
             props=["Wednesday 17 March at 9:00 am"], reason="a stock take"),
           "Warehouse tour",
           """
Dear Mr Ruddock,

Because of a stock take, we can't show you round the Darlington warehouse on Wednesday 10 March. Would Wednesday 17 March at 9am suit you instead?

Kind regards,
Heidi Brennan
""", "place_changed: Darlington for Doncaster")),
    (D, bad("foreign_paragraph", S(L, "switch_to_email", "Audrey Kingsley", "Felix Hartmann", "formal", "regular",
             meeting="Catalogue translation review", at="Tuesday 25 May at 3:00 pm",
             reason="only a few corrections are left"),
           "Catalogue translation: by email",
           """
Dear Ms Kingsley,

As only a few corrections are left, I suggest we deal with the catalogue translation by email rather than at our review on Tuesday 25 May at 3pm.

Ich schicke Ihnen die Liste der Korrekturen; falls Sie es vorziehen, können wir das Treffen aber auch beibehalten.

Kind regards,
Felix Hartmann
""", "foreign_paragraph: one German paragraph")),
    (E, bad("foreign_paragraph", S(L, "late_cancellation", "Megan Aldridge", "Rafael Ibarra", "friendly", "regular",
             meeting="Private guitar lesson", at="Wednesday 15 September at 5:00 pm",
             props=["Wednesday 22 September at 5:00 pm"], pol={"notice_hours": 24, "deposit_percent": 20}),
           "Tomorrow's lesson",
           """
Hi Megan,

No problem about tomorrow's guitar lesson at 5.

Como avisaste con menos de 24 horas de antelación, el depósito del 20 % no se reembolsa.

Same time next Wednesday?

Rafael
""", "foreign_paragraph: the policy paragraph is in Spanish")),
]
