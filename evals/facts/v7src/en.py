"""Hand-written English records of the held-out v7 fact set (issue 13): 20 correct, 20 flawed."""

from __future__ import annotations

from v2src._rec import S, bad, ok

A, B, C, D, E = "2027-01-12", "2027-03-30", "2027-06-17", "2027-09-22", "2027-11-23"

RECORDS = [
    # ---------------------------------------------------------------- correct
    (A, ok(S("en", "reschedule", "Dr Philippa Okonkwo-Hale", "Callum Brierley", "formal", "key",
             meeting="Steering group on the hospital car park expansion", at="Thursday 14 January at 10:00",
             props=("Tuesday 19 January at 10:00", "Wednesday 20 January at 14:30"),
             reason="the traffic survey has been delayed by the snow"),
           "Car park steering group: moving Thursday's meeting",
           """Dear Dr Okonkwo-Hale,

The snow has held up the traffic survey, and without its results Thursday's steering group on the hospital car park expansion would be going round in circles.

Could we move it to Tues 19th at the same time (10 am), or, failing that, Weds 20th at half past two?

With apologies for the reshuffle,

Callum Brierley""",
           "correct: 'Dear Dr' + double surname, 'Tues 19th', 'same time (10 am)', 'Weds 20th at half past two', idiom 'going round in circles'")),
    (B, ok(S("en", "reschedule", "Kirsty Fairbairn", "Declan Moriarty", "friendly", "regular",
             meeting="Five-a-side kickabout", at="Thursday 1 April at 18:30",
             props=("Wednesday 7 April at 18:30",), reason="the pitches are being reseeded"),
           "Kickabout moved to Weds",
           """Hi Kirsty,

Bad news – the pitches are being reseeded this week, so no kickabout on Thursday. Shall we go for Wednesday the 7th instead, same time (half six)? I'll let the rest of the lads know.

Cheers,
Declan""",
           "correct: 'Five-a-side' meeting name not restated, 'Wednesday the 7th', 'half six' for 18:30")),
    (C, ok(S("en", "reschedule", "Mr Anand Raghunathan", "Felicity Ashworth", "formal", "new",
             meeting="Viewing of the barn conversion at Hollins Lane", at="Friday 18 June at 11:00",
             props=("Monday 21 June at 11:00", "Tuesday 22 June at 16:00", "Thursday 24 June at 9:30"),
             reason="the vendors have asked for a later date"),
           "Hollins Lane viewing – three alternatives",
           """Dear Mr Raghunathan,

The vendors of the barn conversion at Hollins Lane have asked us to postpone tomorrow's viewing. I am sorry for the short notice. Would any of the following suit you?

- Monday 21 June, 11 o'clock
- Tuesday 22 June, 4 pm
- Thursday 24 June, 9.30 am

Kind regards,
Felicity Ashworth""",
           "correct: \"11 o'clock\", '4 pm', '9.30 am', 'short notice' (no number), 'tomorrow' (ref Thu 17)")),
    (D, ok(S("en", "reschedule", "Gwen Treharne", "Owain Prydderch", "formal", "regular",
             meeting="Quarterly review of the holiday let bookings", at="Monday 27 September at 15:00",
             props=("Tuesday 5 October at 15:00",), reason="I will be at the tourism trade fair in Cardiff"),
           "Quarterly review – Tuesday 5 October?",
           """Dear Gwen,

I'm afraid I'll be at the tourism trade fair in Cardiff on Monday, so our quarterly review of the holiday let bookings will have to wait a week or so. Would Tuesday 5 October at 3 pm work for you?

Best wishes,
Owain""",
           "correct: 'a week or so' (not a fact), '3 pm' for 15:00, first name in warm formal mail")),
    (E, ok(S("en", "decline", "Ms Harriet Vance", "Nikhil Sharma", "formal", "new",
             meeting="Demo of the Ledgerly expenses app", at="Friday 26 November at 11:00",
             reason="we have just signed a three-year deal with another provider"),
           "Ledgerly demo",
           """Dear Ms Vance,

Thank you for offering a demo of the Ledgerly expenses app on Friday. We have, however, just committed to another provider for the next three years, so I don't want to take up your time.

Best regards,
Nikhil Sharma""",
           "correct: reason restated 'next three years'")),
    (A, ok(S("en", "decline", "Rory Callaghan", "Imogen Pryce", "friendly", "key",
             meeting="Burns Night supper", at="Monday 25 January at 19:30",
             reason="I'm on call that week"),
           "Burns Night – sorry!",
           """Rory!

Gutted, but I'm on call all that week, so I'll have to miss the Burns Night supper. Raise a dram for me and save me a bit of haggis – well, maybe not.

Love,
Imogen""",
           "correct: 'Raise a dram for me', no date restated")),
    (B, ok(S("en", "shorten", "Mrs Beatrice Holloway", "Tobias Grant", "formal", "regular",
             meeting="Annual review of the pension scheme", at="Thursday 8 April at 14:00", dur=45,
             reason="I have a board call at three"),
           "Thursday's review – 45 minutes?",
           """Dear Mrs Holloway,

I have a board call at three on Thursday. Would you mind if we kept the annual review of the pension scheme to three quarters of an hour, starting at 2 pm as planned?

Kind regards,
Tobias Grant""",
           "correct: 'three quarters of an hour' for 45, 'three' from the reason, '2 pm'")),
    (C, ok(S("en", "shorten", "Jess Pemberton", "Marcus Ogunleye-Hart", "friendly", "regular",
             meeting="Mentoring catch-up", at="Wednesday 23 June at 17:00", dur=20,
             reason="I've got parents' evening"),
           "Quick one on Wednesday?",
           """Hey Jess,

It's parents' evening on Wednesday, so can we make our mentoring catch-up a quick twenty-minute one? Still at 5 – I'll make sure I'm on time.

Marcus""",
           "correct: 'twenty-minute' for 20, 'at 5' for 17:00")),
    (D, ok(S("en", "switch_to_call", "Professor Ifeoma Adeyemi", "Lucy Carrington", "formal", "key",
             meeting="Grant proposal planning meeting", at="Thursday 30 September at 9:00",
             reason="there is a rail strike"),
           "Thursday's meeting – by phone?",
           """Dear Professor Adeyemi,

With the rail strike on Thursday I won't be able to get to campus. Could we hold the grant proposal planning meeting by phone instead, at nine as arranged?

I'll ring you then, unless you'd rather call me.

With best wishes,
Lucy Carrington""",
           "correct: 'Professor' + surname, 'at nine as arranged', no number given")),
    (E, ok(S("en", "switch_to_call", "Dan Whitlock", "Sophie Marchbanks", "friendly", "regular",
             meeting="Coffee about the charity bake sale", at="Wednesday 24 November at 10:00",
             props=("Wednesday 24 November at 10:30",), reason="my car's in for its MOT"),
           "Tomorrow – phone instead?",
           """Hi Dan,

My car's in for its MOT tomorrow, so I can't make coffee. Could we talk bake sale over the phone – say half ten rather than ten? Two minutes' chat and we'll have it sorted.

Sophie""",
           "correct: 'half ten rather than ten' keeps roles, idiom 'Two minutes' chat'")),
    (A, ok(S("en", "switch_to_email", "Mr Conrad Ellison", "Abigail Thorne", "formal", "regular",
             meeting="Review of the lease renewal terms", at="Wednesday 20 January at 11:30",
             reason="only two clauses have changed"),
           "Lease renewal – by email",
           """Dear Mr Ellison,

Only two clauses of the lease renewal terms have changed, so rather than meet on Wednesday I'd suggest we deal with them by email. I'll send you the marked-up clauses shortly.

Kind regards,
Abigail Thorne""",
           "correct: 'two clauses' from the reason")),
    (C, ok(S("en", "switch_to_email", "Priya Chaudhry", "Ben Ackroyd", "friendly", "new",
             meeting="Chat about the volunteering rota", at="Tuesday 22 June at 12:00",
             reason="my week has filled up"),
           "Volunteering rota – let's do it by email",
           """Hi Priya,

Lovely to hear you'd like to help out! My week has suddenly filled up, so rather than meeting at midday on Tuesday, could we sort the rota by email? Just send me the days that suit you.

Best,
Ben""",
           "correct: 'midday' for 12:00")),
    (B, ok(S("en", "delegate", "Mr Lionel Fairweather", "Georgina Hale", "formal", "regular",
             meeting="Handover of the keys to the Marsh Street flat", at="Tuesday 6 April at 9:30",
             col="Sanjay Mistry", reason="I'll be on annual leave"),
           "Key handover – Sanjay Mistry",
           """Dear Mr Fairweather,

I'll be on annual leave next week. My colleague Sanjay Mistry will hand over the keys to the Marsh Street flat on Tuesday 6 April at half nine, as planned.

Kind regards,
Georgina Hale""",
           "correct: 'half nine' for 9:30, 'next week' (ref Tue 30 March)")),
    (D, ok(S("en", "delegate", "Holly Brennan", "Jamie Lockhart", "friendly", "regular",
             meeting="Wedding DJ walkthrough", at="Tuesday 28 September at 18:00",
             col="Niamh O'Doherty", reason="I'm DJing a festival in Galway"),
           "Tuesday – Niamh's got you",
           """Hi Holly,

I'm over in Galway DJing a festival on Tuesday, but don't worry – Niamh will do the wedding walkthrough with you at 6 as planned. She's ace.

Jamie""",
           "correct: colleague by first name with apostrophe surname given, 'at 6'")),
    (E, ok(S("en", "no_show_followup", "Mr Gareth Pinnock", "Yasmin Qadri", "formal", "regular",
             meeting="Mortgage advice appointment", at="Friday 19 November at 14:00",
             props=("Monday 29 November at 14:00", "Tuesday 30 November at 11:00")),
           "Last Friday's appointment",
           """Dear Mr Pinnock,

We were expecting you last Friday at 2 pm for your mortgage advice appointment. I hope all is well.

If you would like to rebook, I can offer Monday 29 November at the same time, or Tuesday 30th at 11 am.

Kind regards,
Yasmin Qadri""",
           "correct: past 'last Friday at 2 pm', 'same time', 'Tuesday 30th at 11 am'")),
    (A, ok(S("en", "no_show_followup", "Chloe Winterbottom", "Arjun Bhatt", "friendly", "regular",
             meeting="Early-morning personal training session", at="Monday 11 January at 7:00",
             pol={"fee_percent": 50}),
           "Missed you yesterday!",
           """Hi Chloe,

I was at the gym at 7 yesterday morning but no sign of you – everything OK? Just a reminder that missed sessions without notice are charged at half the fee (50%), as per our agreement.

Let me know when you want to get back on it!
Arjun""",
           "correct: 'half the fee (50%)', 'yesterday morning at 7'")),
    (C, ok(S("en", "late_cancellation", "Mrs Eleanor Bassett", "Rupert Langley", "formal", "new",
             meeting="Private tasting at the vineyard", at="Tuesday 15 June at 16:00",
             pol={"notice_hours": 48, "fee_percent": 100}),
           "Your cancelled tasting",
           """Dear Mrs Bassett,

Thank you for letting us know you couldn't make the private tasting at the vineyard on Tuesday. As our terms allow free cancellation only with two days' notice (48 hours), the full fee (100%) applies on this occasion.

We would be delighted to welcome you another time.

Yours sincerely,
Rupert Langley""",
           "correct: \"two days' notice (48 hours)\", 'the full fee (100%)'")),
    (D, ok(S("en", "late_cancellation", "Tom Ferreira", "Hannah Goodwin", "friendly", "key",
             meeting="Pottery wheel taster", at="Monday 20 September at 18:00",
             props=("Monday 4 October at 18:00",), pol={"deposit_percent": 30},
             reason="his babysitter cancelled"),
           "Pottery – try again on the 4th?",
           """Hi Tom,

Sorry the babysitter let you down on Monday! As it was last-minute, we'll keep the 30% deposit, I'm afraid – rules are rules.

Fancy giving the wheel a go on Monday 4 October, same time?

Hannah""",
           "correct: given deposit 30% kept, 'same time', 'last-minute' idiom")),
    (B, ok(S("en", "cancellation_policy", "Ms Orla Kennedy", "Simon Hargreaves", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Our cancellation terms",
           """Dear Ms Kennedy,

Welcome aboard. So that there are no surprises later, here are our cancellation terms: appointments can be cancelled or moved free of charge up to a day (24 hours) beforehand. After that, half the fee – 50% – is payable.

Kind regards,
Simon Hargreaves""",
           "correct: 'a day (24 hours)', 'half the fee – 50%', no meeting")),
    (E, ok(S("en", "cancellation_policy", "Alistair Drummond", "Fiona McLeish", "formal", "regular",
             meeting="Corporate away day at the bothy", at="Monday 29 November at 9:00",
             pol={"notice_hours": 72, "deposit_percent": 40}),
           "Away day on the 29th – terms",
           """Dear Alistair,

Ahead of the corporate away day at the bothy on Monday 29 November (9 am), a quick reminder of our terms: the 40% deposit is kept if you cancel with less than three days' notice (72 hours); before that, cancelling costs nothing.

Best wishes,
Fiona McLeish""",
           "correct: \"three days' notice (72 hours)\", deposit 40% kept after the notice")),
    # ---------------------------------------------------------------- flawed
    (A, bad("time_swapped", S("en", "reschedule", "Mr Hamish Cartwright", "Zoe Lindqvist-Barnes", "formal", "regular",
             meeting="Budget sign-off for the library refurbishment", at="Monday 18 January at 14:00",
             props=("Thursday 21 January at 14:00",), reason="the quantity surveyor is ill"),
           "Library budget sign-off – Thursday",
           """Dear Mr Cartwright,

Our quantity surveyor is ill, so I'm afraid we need to move the budget sign-off for the library refurbishment from Thursday 21 January to Monday 18 January, same time (2 pm).

Kind regards,
Zoe Lindqvist-Barnes""",
           "'from Thursday 21 … to Monday 18' inverts old (Mon 18) and new (Thu 21)")),
    (B, bad("time_recap_wrong", S("en", "no_show_followup", "Ms Yolanda Pierce", "Graham Etherington", "formal", "regular",
             meeting="Physiotherapy assessment", at="Monday 29 March at 11:00",
             props=("Thursday 8 April at 11:00", "Friday 9 April at 15:00")),
           "Missed appointment – Friday 9 April at 11 am",
           """Dear Ms Pierce,

We missed you at yesterday's physiotherapy assessment at 11 am. We can offer you Thursday 8 April at the same time or Friday 9 April at 3 pm instead.

Kind regards,
Graham Etherington""",
           "subject 'Friday 9 April at 11 am' mixes the two offered slots")),
    (C, bad("weekday_wrong", S("en", "reschedule", "Olivia Sandhu", "Peter Kowalczyk", "formal", "new",
             meeting="Site visit for the loft insulation quote", at="Friday 18 June at 8:30",
             props=("Wednesday 23 June at 8:30",), reason="our surveyor's van has broken down"),
           "Loft insulation visit – now Thursday, June 23",
           """Dear Ms Sandhu,

Our surveyor's van has broken down, so we won't make tomorrow's visit for your loft insulation quote. Would Wednesday 23 June at 8.30 am suit you instead?

Kind regards,
Peter Kowalczyk""",
           "subject 'Thursday, June 23' (23 June 2027 is a Wednesday)")),
    (D, bad("percent_swapped", S("en", "cancellation_policy", "Mr Desmond Forsyth", "Ruth Blackwood", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 25, "deposit_percent": 10}),
           "Booking terms",
           """Dear Mr Forsyth,

Thank you for your first booking. We take a 25% deposit when you book. Cancellations are free up to 48 hours beforehand; after that, a charge of 10% of the booking applies.

Kind regards,
Ruth Blackwood""",
           "deposit 25% and charge 10% swapped (given fee 25%, deposit 10%)")),
    (E, bad("policy_invented", S("en", "late_cancellation", "Lauren Pickering", "Will Hetherington", "friendly", "regular",
             meeting="Surf lesson", at="Friday 19 November at 10:00", props=("Friday 26 November at 10:00",)),
           "Surf lesson – next Friday?",
           """Hi Lauren,

No worries about Friday – the swell was rubbish anyway! Normally a same-day cancellation costs half the lesson price, but I'll let it go this once.

Fancy Friday 26th at 10 instead?

Will""",
           "'costs half the lesson price' is a policy nobody gave")),
    (A, bad("number_invented", S("en", "switch_to_email", "Mrs Pauline Rutherford", "Edward Nkemelu", "formal", "regular",
             meeting="Catch-up on the garden design", at="Wednesday 13 January at 15:00",
             reason="the plans just need your sign-off"),
           "Garden design – by email",
           """Dear Mrs Rutherford,

The plans for your garden design just need your sign-off now, so there's no need for tomorrow's catch-up. I'll email them over – the planting alone comes to around £3,200, with everything else as discussed.

Kind regards,
Edward Nkemelu""",
           "'around £3,200' is a price nobody gave")),
    (B, bad("discount_invented", S("en", "decline", "Mr Victor Amadi", "Clara Whitfield", "formal", "key",
             meeting="Meeting on the cleaning contract renewal", at="Friday 2 April at 10:00",
             reason="the client has asked for better terms before renewing"),
           "Your contract renewal",
           """Dear Mr Amadi,

Thank you for your note. I don't think we need to meet on Friday: I'm happy to confirm that on renewal your rate will be frozen and we'll waive the set-up fee, which I hope answers your request for better terms.

Kind regards,
Clara Whitfield""",
           "reason used as licence: frozen rate and waived fee nobody gave")),
    (C, bad("link_invented", S("en", "switch_to_call", "Ms Tamsin Rowe", "Hugh Garside", "formal", "regular",
             meeting="Review of the museum exhibition panels", at="Tuesday 22 June at 14:00",
             reason="the gallery is closed for a private event"),
           "Exhibition panels – let's talk online",
           """Dear Ms Rowe,

The gallery is closed for a private event on Tuesday, so shall we go through the museum exhibition panels on a call instead, at 2 pm? You can join at zoom.us/j/48213377 – no password needed.

Kind regards,
Hugh Garside""",
           "a Zoom link nobody gave")),
    (D, bad("email_invented", S("en", "delegate", "Mr Neville Oduya", "Sasha Kirkpatrick", "formal", "regular",
             meeting="Tax return review", at="Thursday 30 September at 10:00",
             col="Bethan Lewis-Price", reason="I'm at a family funeral"),
           "Tax return review – Bethan Lewis-Price",
           """Dear Mr Oduya,

I'm at a family funeral on Thursday, so my colleague Bethan Lewis-Price will take your tax return review at 10 am. If you'd like to send her anything beforehand, her address is bethan.lp@btinternet.com.

Kind regards,
Sasha Kirkpatrick""",
           "a private e-mail address nobody gave")),
    (E, bad("email_invented", S("en", "cancellation_policy", "Ms Rosalind Ebbs", "Carl Winstanley", "formal", "new",
             pol={"notice_hours": 24, "deposit_percent": 20}),
           "Cancellation terms",
           """Dear Ms Ebbs,

Welcome. Our terms are simple: a 20% deposit secures your booking, and you can cancel free of charge up to 24 hours beforehand. To cancel, just write to accounts@winstanleystudio.co.uk.

Kind regards,
Carl Winstanley""",
           "an accounts e-mail address nobody gave")),
    (A, bad("phone_invented", S("en", "no_show_followup", "Kieran Dwyer-Shaw", "Megan Cotterill", "formal", "regular",
             meeting="Eye test", at="Friday 8 January at 16:15", props=("Tuesday 19 January at 16:15",)),
           "Your eye test on Friday",
           """Dear Mr Dwyer-Shaw,

We were expecting you for your eye test last Friday at quarter past four. We can offer you Tuesday 19 January at the same time – please call us on 0161 496 0732 to confirm.

Kind regards,
Megan Cotterill""",
           "a landline number nobody gave")),
    (B, bad("phone_invented", S("en", "switch_to_call", "Ayesha Malik", "Jonty Spencer", "friendly", "regular",
             meeting="Catch-up about the book club", at="Wednesday 7 April at 19:00",
             reason="I've put my back out"),
           "Book club chat – by phone?",
           """Hi Ayesha,

I've put my back out, so I'm stuck on the sofa. Could we do our book club catch-up by phone next Wednesday at 7? Give me a ring on 07700 914 236.

Jonty""",
           "a mobile number nobody gave")),
    (C, bad("title_or_company_invented", S("en", "decline", "Mr Ewan Gallagher", "Tara Devlin", "formal", "regular",
             meeting="Industry panel on modular housing", at="Thursday 1 July at 13:00",
             reason="I have a prior commitment abroad"),
           "Panel on modular housing",
           """Dear Mr Gallagher,

Thank you for inviting me to join the industry panel on modular housing. Unfortunately I have a prior commitment abroad that day and must decline.

Kind regards,
Tara Devlin
Head of Partnerships, Brightfold Homes Ltd""",
           "signature adds a title and a company nobody gave")),
    (D, bad("title_or_company_invented", S("en", "shorten", "Nadia Farouk", "Liam Prendergast", "formal", "regular",
             meeting="Supplier review", at="Friday 24 September at 11:00", dur=30,
             reason="I have to cover reception"),
           "Friday's supplier review – half an hour",
           """Dear Nadia,

I have to cover reception on Friday, so could we keep the supplier review to half an hour, at 11 as planned?

Best wishes,
Liam Prendergast
Procurement Manager""",
           "signature adds a job title nobody gave")),
    (E, bad("name_near_miss", S("en", "reschedule", "Mr Barnaby Quilliam", "Heidi Strachan", "formal", "regular",
             meeting="Valuation of the antique clock collection", at="Thursday 25 November at 11:00",
             props=("Tuesday 30 November at 11:00",), reason="our specialist is stranded abroad"),
           "Clock valuation – Tuesday 30 November",
           """Dear Mr Quilliams,

Our specialist is stranded abroad, so the valuation of your antique clock collection will have to move from Thursday to Tuesday 30 November, still at 11 am.

Kind regards,
Heidi Strachan""",
           "greeting 'Quilliams' for Quilliam (one letter added)")),
    (A, bad("name_near_miss", S("en", "delegate", "Ms Petra Hollingsworth", "Duncan Ravenhill", "formal", "regular",
             meeting="Final fitting of the kitchen worktops", at="Thursday 21 January at 8:00",
             col="Mohammed Siddiqui", reason="I'm on another job in Leeds"),
           "Worktop fitting – my colleague Mohammed",
           """Dear Ms Hollingsworth,

I'm on another job in Leeds on Thursday, so my colleague Mohammed Sidiqui will do the final fitting of your kitchen worktops at 8 am.

Kind regards,
Duncan Ravenhill""",
           "colleague 'Sidiqui' for Siddiqui (one letter dropped)")),
    (B, bad("place_changed", S("en", "late_cancellation", "Mr Rhys Llewellyn", "Emma Castleton", "formal", "regular",
             meeting="Guided walk along the Pembrokeshire coast", at="Monday 29 March at 9:00",
             pol={"notice_hours": 48, "fee_percent": 100}),
           "Yesterday's guided walk",
           """Dear Mr Llewellyn,

We received your cancellation of yesterday's guided walk along the Gower coast. As it reached us less than 48 hours beforehand, the full fee (100%) is due under our terms.

Kind regards,
Emma Castleton""",
           "place 'Gower' for Pembrokeshire")),
    (C, bad("place_changed", S("en", "switch_to_email", "Georgia Pennington", "Oliver Haddow", "friendly", "regular",
             meeting="Planning meeting for the Whitby food festival stall", at="Monday 21 June at 13:00",
             reason="everything is nearly sorted"),
           "Festival stall – email?",
           """Hi Georgia,

Everything's nearly sorted for the Scarborough food festival stall, so let's skip Monday's planning meeting and wrap it up by email.

Oliver""",
           "place 'Scarborough' for Whitby")),
    (D, bad("foreign_paragraph", S("en", "decline", "Ms Delphine Armitage", "Gregory Sowerby", "formal", "new",
             meeting="Tour of the new logistics hub", at="Tuesday 28 September at 10:00",
             reason="we are not expanding this year"),
           "Tour of the logistics hub",
           """Dear Ms Armitage,

Thank you for the invitation to tour the new logistics hub. As we are not expanding this year, I will have to decline on this occasion.

Ich hoffe, wir bleiben trotzdem in Kontakt, und wünsche Ihnen viel Erfolg mit dem neuen Standort.

Kind regards,
Gregory Sowerby""",
           "one paragraph in German")),
    (E, bad("foreign_paragraph", S("en", "shorten", "Craig Moffat", "Leah Tennant", "friendly", "regular",
             meeting="Band rehearsal", at="Wednesday 24 November at 19:00", dur=60,
             reason="the hall closes early"),
           "Shorter rehearsal tomorrow",
           """Hi Craig,

The hall closes early tomorrow, so rehearsal will be just an hour, starting at 7.

No te olvides de traer las partituras nuevas, por favor.

Leah""",
           "one paragraph in Spanish")),
]
