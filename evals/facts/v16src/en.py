"""v16, English: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v16src._d import A, B, C, D, E


def S(*a, **k):
    return _S("en", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Rosalind Ashworth-Pryce", "Declan Prynne", "formal", "regular",
             meeting="Acoustic survey of the Hollis Street chapel", at="Thursday 17 January at 10:00",
             props=["Tuesday 22 January at 10:00", "Friday 25 January at 14:45"],
             reason="the chapel is closed for boiler works this week"),
           "Chapel acoustic survey: new dates",
           """
Dear Ms Ashworth-Pryce,

The chapel is closed for boiler works this week, so I'm afraid the acoustic survey on Thursday at 10 can't go ahead.

Could we do Tuesday the 22nd at the same time, or Friday 25 January at a quarter to three instead?

Kind regards,
Declan Prynne
""", "correct: hyphenated surname with 'Ms', 'the 22nd', 'a quarter to three' for 14:45")),
    (A, ok(S("decline", "Felicity Brannigan", "Owain Treharne", "friendly", "key",
             meeting="Harris hawk flying day at Ashcombe Farm", at="Saturday 19 January at 10:00",
             reason="two of the hawks have a respiratory infection"),
           "Saturday's flying day",
           """
Hi Fliss,

Bad news, I'm afraid: two of the hawks have picked up a respiratory infection and the vet wants them grounded, so I have to call off Saturday's flying day at Ashcombe.

I'll be in touch as soon as they're back on the glove.

Owain
""", "correct: 'Fliss' for Felicity, 'two' from the reason, place shortened")),
    (A, ok(S("cancellation_policy", "Dr Imogen Castleford", "Barnaby Quennell", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Our cancellation terms",
           """
Dear Dr Castleford,

Thank you for booking your chimney sweep with us. If you need to cancel, you can do so free of charge up to two days (48 hours) before the appointment; after that we charge half the fee (50%).

Yours sincerely,
Barnaby Quennell
""", "correct: title from the recipient field, 'two days (48 hours)', 'half the fee (50%)', 'free of charge'")),
    (A, ok(S("no_show_followup", "Kieran Oduya", "Hattie Brindle", "friendly", "regular",
             meeting="Wheel truing and brake bleed", at="Monday 14 January at 17:30",
             props=["Thursday 17 January at 17:30"]),
           "Your bike",
           """
Hi Kieran,

We missed you at the workshop yesterday evening, hope all's well!

Could you drop the bike in on Thursday instead, half five again?

Cheers,
Hattie
""", "correct: 'yesterday evening', 'half five' for 17:30, no date")),
    (B, ok(S("shorten", "Cuthbert Ellingham", "Verity Saltonstall", "formal", "key",
             meeting="Conservation review of the 1840s parish ledgers", at="Tuesday 19 February at 11:00", dur=30,
             reason="the archive reading room closes early that day"),
           "Tuesday's conservation review",
           """
Dear Mr Ellingham,

The archive reading room closes early on Tuesday, so I'd suggest we keep the review of the parish ledgers to half an hour, starting at 11 as planned.

With best wishes,
Verity Saltonstall
""", "correct: 30 minutes as 'half an hour', the '1840s' of the meeting name not repeated, 'at 11'")),
    (B, ok(S("switch_to_call", "Magnus Pennock", "Tamsin Eldridge", "friendly", "regular",
             meeting="Label sign-off for the Winter Porter", at="Monday 18 February at 12:00",
             reason="the brewhouse is shut for a deep clean"),
           "Porter labels: quick call?",
           """
Hey Magnus,

The brewhouse is shut for a deep clean on Monday. Shall we sign off the Winter Porter labels over the phone at noon instead? I'll send the final proofs over beforehand.

Tamsin
""", "correct: 'noon' for 12:00, meeting name kept")),
    (B, ok(S("delegate", "Gideon Farquharson", "Lorna McCready", "formal", "regular",
             meeting="Roof survey for the solar array at Brackley Barns", at="Thursday 21 February at 9:00",
             col="Priya Ramanathan", reason="I'm on a site in Orkney all week"),
           "Roof survey on Thursday",
           """
Dear Mr Farquharson,

I'm on a site in Orkney all week, so my colleague Priya Ramanathan will carry out the roof survey at Brackley Barns on Thursday at 9am. She has the drawings you sent.

Kind regards,
Lorna McCready
""", "correct: '9am', colleague in full, place kept")),
    (B, ok(S("late_cancellation", "Winifred Oyelaran", "Rupert Haddow", "formal", "new",
             meeting="Hearing aid fitting", at="Monday 11 February at 15:30",
             props=["Tuesday 26 February at 15:30"], pol={"notice_hours": 24, "fee_percent": 30}),
           "A new fitting appointment",
           """
Dear Mrs Oyelaran,

Thank you for letting us know about Monday. We can fit your hearing aids on Tuesday 26 February at half past three.

Cancellations with less than 24 hours' notice carry a charge of 30% of the appointment fee.

Yours sincerely,
Rupert Haddow
""", "correct: 'half past three' for 15:30, given notice and fee")),
    (C, ok(S("reschedule", "Jasper Quigley", "Sunniva Holt", "friendly", "key",
             meeting="Colour session for the koi half-sleeve", at="Wednesday 20 March at 13:00",
             props=["Friday 22 March at 13:00", "Monday 25 March at 16:15"],
             reason="I've sprained my wrist"),
           "Koi session: can we move it?",
           """
Hi Jasper,

I've sprained my wrist, so tomorrow at 1 pm is off, sorry!

Would Friday at the same time work, or Monday 25th at a quarter past four?

Sunniva
""", "correct: 'tomorrow at 1 pm', 'Monday 25th', 'a quarter past four', 'half-sleeve' only in the meeting name")),
    (C, ok(S("switch_to_email", "Ophelia Marchbanks", "Conrad Beddoes", "formal", "regular",
             meeting="Master key schedule review for Larkfield Primary", at="Thursday 21 March at 15:00",
             reason="there are only two changes to agree"),
           "Master key schedule by email",
           """
Dear Mrs Marchbanks,

As there are only two changes to agree on the master key schedule, I don't think we need to meet on Thursday at 3pm. I'll set them out in an email today and you can simply reply with your approval.

Best regards,
Conrad Beddoes
""", "correct: 'two' from the reason, '3pm'")),
    (C, ok(S("decline", "Horatio Blythe", "Ffion Carrick", "formal", "new",
             meeting="Wheel-throwing taster for 8 staff", at="Tuesday 26 March at 18:00",
             reason="our kiln room failed its electrical inspection"),
           "Your wheel-throwing taster",
           """
Dear Mr Blythe,

Thank you for booking with us. Unfortunately our kiln room failed its electrical inspection, and until it is signed off we can't run the taster session for your team on Tuesday evening. I'm very sorry to let you down.

Kind regards,
Ffion Carrick
""", "correct: the '8' of the meeting name not repeated, 'Tuesday evening' for 18:00")),
    (C, ok(S("cancellation_policy", "Penny Waterhouse", "Ambrose Tilley", "friendly", "regular",
             meeting="Owl experience morning", at="Saturday 23 March at 9:30",
             pol={"notice_hours": 168, "deposit_percent": 20}),
           "Owl morning on Saturday",
           """
Hi Penny,

Looking forward to Saturday at half nine! Just so you know how it works: the 20% deposit secures your places, and you can cancel without charge up to a week (168 hours) before.

See you soon,
Ambrose
""", "correct: 'a week (168 hours)', 'half nine' for 9:30")),
    (D, ok(S("reschedule", "Bartholomew Crane", "Elspeth Munro", "formal", "regular",
             meeting="Chimney liner installation at Fernside Cottage", at="Thursday 25 April at 8:00",
             props=["Monday 29 April at 8:00", "Thursday 2 May at 13:30"],
             reason="the scaffolders cannot get there until Monday"),
           "Liner installation at Fernside Cottage",
           """
Dear Mr Crane,

The scaffolders can't get to Fernside Cottage until Monday, so we'll need to move tomorrow's liner installation.

We could start first thing at 8 on Monday 29 April, or on Thursday 2 May at half past one. Please let me know which suits you.

Yours sincerely,
Elspeth Munro
""", "correct: 'Monday' inside the retold reason, 'first thing at 8', 'half past one'")),
    (D, ok(S("no_show_followup", "Abigail Trevelyan", "Marcus Oyelowo", "formal", "new",
             meeting="Noise complaint site visit", at="Tuesday 23 April at 19:00",
             props=["Tuesday 30 April at 19:00", "Thursday 2 May at 20:00"]),
           "Yesterday's site visit",
           """
Dear Ms Trevelyan,

I called at your address yesterday at 7 pm for the noise assessment but couldn't reach you. I hope nothing is wrong.

I can come back on Tuesday 30 April at the same time, or on Thursday 2 May at 8 in the evening.

Kind regards,
Marcus Oyelowo
""", "correct: 'yesterday at 7 pm', '8 in the evening' for 20:00, meeting paraphrased")),
    (D, ok(S("shorten", "Tobias Lightfoot", "Gemma Ruddock", "friendly", "regular",
             meeting="Bike fit for your new road frame", at="Friday 26 April at 10:00", dur=75),
           "Friday's bike fit",
           """
Morning Tobias,

Quick one: could we keep Friday's bike fit to an hour and a quarter? Still at ten. That's plenty for the saddle and bars.

Gemma
""", "correct: 75 minutes as 'an hour and a quarter', 'at ten'")),
    (D, ok(S("delegate", "Sorcha Delaney", "Wilf Hargreaves", "friendly", "key",
             meeting="Collab brew day with Hopstack", at="Tuesday 30 April at 8:00",
             col="Callum Strachan-Bell", reason="I'm judging at a beer festival in Leeds"),
           "Brew day on Tuesday",
           """
Hi Sorcha,

I'll be judging at a beer festival in Leeds, so Callum Strachan-Bell will run the collab brew day with you on Tuesday from 8 o'clock. He knows the recipe inside out, you're in good hands.

Cheers,
Wilf
""", "correct: '8 o'clock', colleague in full, 'Leeds' from the reason")),
    (E, ok(S("switch_to_email", "Lavinia Throssell", "Nathaniel Ebbs", "formal", "new",
             meeting="Quote for rebinding 3 family Bibles", at="Thursday 6 June at 14:00",
             reason="I only need photos of the spines and covers"),
           "Your rebinding quote",
           """
Dear Ms Throssell,

To prepare your quote I only need photos of the spines and covers, so there's no need for you to bring the Bibles in on Thursday. If you email the photos, I'll send the quote back by email.

Kind regards,
Nathaniel Ebbs
""", "correct: the '3' of the meeting name not repeated, reason as given")),
    (E, ok(S("decline", "Ptolemy Hawksworth", "Grace Adeyemi", "formal", "key",
             meeting="Staff hearing screening at the Tanyard Works", at="Wednesday 12 June at 9:00",
             reason="our mobile booth is off the road after a collision"),
           "Hearing screening at the Tanyard Works",
           """
Dear Mr Hawksworth,

I'm sorry to say that our mobile booth is off the road after a collision, so we must cancel the staff hearing screening at the Tanyard Works on Wednesday 12 June.

I will contact you as soon as it is repaired.

Yours sincerely,
Grace Adeyemi
""", "correct: full date without year, place kept")),
    (E, ok(S("switch_to_call", "Rhiannon Salter", "Ezra Coombes", "formal", "regular",
             meeting="Consultation about the cover-up", at="Tuesday 11 June at 17:00"),
           "Tuesday's consultation",
           """
Dear Rhiannon,

Would you be happy to do Tuesday's consultation about the cover-up over the phone instead? Same time, 5 pm.

Best wishes,
Ezra Coombes
""", "correct: first name in a formal mail, '5 pm'")),
    (E, ok(S("late_cancellation", "Lottie Fairbairn", "Hamish Oakes", "friendly", "regular",
             meeting="Saturday glaze workshop", at="Saturday 1 June at 10:00",
             props=["Saturday 15 June at 10:00"], pol={"notice_hours": 72, "fee_percent": 100}),
           "Glaze workshop",
           """
Hi Lottie,

Sorry you couldn't make it on Saturday! There's a space at the next glaze workshop on Saturday 15 June, 10am as usual.

Just a reminder that cancellations within 72 hours are charged in full (100%), so Saturday's place can't be refunded this time.

Hamish
""", "correct: 'charged in full (100%)', '10am', weekday in the meeting name")),
    # ------------------------------------------------------------------ flawed
    (A, bad("weekday_wrong", S("reschedule", "Millicent Avery", "Jonah Prothero", "formal", "regular",
             meeting="Sweep and smoke test of the inglenook", at="Wednesday 16 January at 9:00",
             props=["Monday 21 January at 9:00", "Thursday 24 January at 14:00"], reason="our van has failed its MOT"),
           "New dates for your sweep",
           """
Dear Mrs Avery,

Our van has failed its MOT, so we'll need to move tomorrow's sweep and smoke test. Could we do Monday 21 January at 9:00, or Wednesday 24 January at 2 pm?

Kind regards,
Jonah Prothero
""", "body: 'Wednesday 24 January' for Thursday 24 January")),
    (A, bad("number_invented", S("decline", "Clement Haverford", "Isla Brockway", "formal", "new",
             meeting="Survey for soundproofing the rehearsal studio", at="Friday 18 January at 11:00",
             reason="he wants to know how long our waiting list is"),
           "Your soundproofing survey",
           """
Dear Mr Haverford,

Unfortunately I have to cancel Friday's survey. To answer your question, our waiting list is currently about six weeks.

Kind regards,
Isla Brockway
""", "an invented waiting time ('about six weeks'), prompted by the reason")),
    (A, bad("title_or_company_invented", S("switch_to_email", "Dorothea Lusk", "Ivo Pengelly", "formal", "regular",
             meeting="Review of the hawk handling course syllabus", at="Tuesday 22 January at 16:00"),
           "Course syllabus by email",
           """
Dear Ms Lusk,

I suggest we go through the hawk handling syllabus by email rather than meeting on Tuesday. I'll send you my comments shortly.

Kind regards,
Ivo Pengelly
Head Falconer & Director, Pengelly Birds of Prey Ltd
""", "signature: job title and company nobody gave")),
    (A, bad("place_changed", S("switch_to_call", "Alistair Goodchild", "Megan Gwilliam", "formal", "regular",
             meeting="Solar survey at the Llandeilo farm shop", at="Thursday 24 January at 10:30"),
           "Survey call on Thursday",
           """
Dear Mr Goodchild,

Before the solar survey at the Llandovery farm shop, could we have a call on Thursday at 10:30 to go over your electricity bills?

Kind regards,
Megan Gwilliam
""", "place: 'Llandovery' for Llandeilo")),
    (B, bad("time_swapped", S("reschedule", "Imelda Grieve", "Fraser Baillie", "formal", "regular",
             meeting="Lock upgrade for the surgery back door", at="Thursday 14 February at 8:00",
             props=["Wednesday 20 February at 12:30"], reason="the new cylinders are on back order"),
           "Lock upgrade moved to Thursday 14 February",
           """
Dear Ms Grieve,

The new cylinders are on back order, so we need to move the lock upgrade for the surgery back door from Wednesday 20 February at 12:30 to Thursday 14 February at 8:00.

Kind regards,
Fraser Baillie
""", "old and new slot swapped in subject and body")),
    (B, bad("phone_invented", S("no_show_followup", "Reuben Ashdown", "Kezia Morland", "friendly", "regular",
             meeting="Pick-up of the rebuilt touring bike", at="Tuesday 12 February at 17:00",
             props=["Friday 15 February at 17:00"]),
           "Your touring bike",
           """
Hi Reuben,

We missed you yesterday — is everything ok? The touring bike's ready whenever you are; Friday at 5 would be great.

If anything comes up, just ring the shop on 0117 496 0382.

Kezia
""", "a shop phone number nobody gave")),
    (B, bad("percent_swapped", S("late_cancellation", "Eleanor Whitcombe", "Dominic Sayle", "formal", "new",
             meeting="First tattoo session", at="Monday 11 February at 13:00",
             props=["Monday 25 February at 13:00"], pol={"notice_hours": 48, "fee_percent": 25, "deposit_percent": 50}),
           "Your rebooked session",
           """
Dear Ms Whitcombe,

Thank you for letting us know about Monday. We've rebooked you for Monday 25 February at 1pm.

As a reminder, our deposit is 25%, and cancellations with less than 48 hours' notice are charged at 50% of the session.

Kind regards,
Dominic Sayle
""", "deposit and fee swapped (deposit 50%, fee 25% given)")),
    (B, bad("foreign_paragraph", S("decline", "Jemima Cattermole", "Niall Forsythe", "formal", "regular",
             meeting="Tasting of the barrel-aged stout", at="Friday 22 February at 18:00",
             reason="the barrels have not finished conditioning"),
           "Friday's stout tasting",
           """
Dear Jemima,

The barrels haven't finished conditioning yet, so I'm afraid Friday's tasting of the barrel-aged stout will have to be cancelled.

Nous vous recontacterons dès que la bière sera prête.

Best wishes,
Niall Forsythe
""", "second paragraph in French inside an English mail")),
    (C, bad("email_invented", S("switch_to_email", "Augustus Thorncliffe", "Nell Stroud", "formal", "regular",
             meeting="Review of the hearing test results", at="Wednesday 20 March at 11:00"),
           "Your results by email",
           """
Dear Mr Thorncliffe,

Your results are straightforward, so I suggest we go through them by email instead of tomorrow's appointment. Please send any questions straight to my own address, nell.stroud.audiology@gmail.com.

Kind regards,
Nell Stroud
""", "a private e-mail address nobody gave")),
    (C, bad("time_recap_wrong", S("no_show_followup", "Seren Llewellyn", "Howard Vickery", "formal", "new",
             meeting="Pottery commission consultation", at="Monday 18 March at 14:00",
             props=["Wednesday 27 March at 11:00", "Friday 29 March at 15:00"]),
           "Your consultation",
           """
Dear Ms Llewellyn,

We were sorry not to see you yesterday for your consultation. We could offer Wednesday 27 March at 11am or Friday 29 March at 3pm.

So that's either Wednesday at 11 or Friday at 2 — whichever suits you best.

Kind regards,
Howard Vickery
""", "recap 'Friday at 2' for the offered 3pm")),
    (C, bad("policy_invented", S("late_cancellation", "Ralph Winterbourne", "Tess Aldous", "formal", "regular",
             meeting="Acoustic panel installation", at="Friday 15 March at 8:30", props=["Thursday 28 March at 8:30"]),
           "Rescheduling your installation",
           """
Dear Mr Winterbourne,

Thank you for letting us know about Friday. We can install the acoustic panels on Thursday 28 March at 8:30.

Please note that late cancellations normally incur a call-out charge, which we are happy to waive on this occasion.

Kind regards,
Tess Aldous
""", "a call-out charge for late cancellations when no policy was given")),
    (C, bad("name_near_miss", S("switch_to_call", "Philippa Ormerod", "Gareth Lumb", "friendly", "regular",
             meeting="Catch-up on the owl sanctuary open day", at="Thursday 21 March at 12:30"),
           "Quick call Thursday?",
           """
Hi Phillipa,

Shall we do our catch-up on the open day by phone on Thursday at half twelve? Saves you the drive.

Gareth
""", "greeting: 'Phillipa' for Philippa")),
    (D, bad("duration_wrong", S("shorten", "Lionel Birtwistle", "Agatha Penhaligon", "formal", "key",
             meeting="Annual review of the school's solar monitoring", at="Monday 29 April at 14:00", dur=40),
           "Shorter review on Monday",
           """
Dear Mr Birtwistle,

Would you mind if we kept Monday's annual review of the solar monitoring to twenty-five minutes? We can start at 2 pm as planned.

Kind regards,
Agatha Penhaligon
""", "duration: 'twenty-five minutes' for the given 40")),
    (D, bad("colleague_wrong", S("delegate", "Ursula Kempe", "Benedict Tarrant", "formal", "regular",
             meeting="Conservation of the estate map", at="Friday 26 April at 10:00",
             col="Harriet Ollerenshaw", reason="I'm at a conference in Edinburgh"),
           "Friday's appointment",
           """
Dear Ms Kempe,

I'm at a conference in Edinburgh on Friday, so my colleague Henrietta Ollerenshaw will take you through the conservation of the estate map at 10.

Kind regards,
Benedict Tarrant
""", "colleague's first name: 'Henrietta' for Harriet")),
    (D, bad("discount_invented", S("no_show_followup", "Nigel Ashbourne", "Poppy Greenhalgh", "friendly", "regular",
             meeting="Fitting of the new locks on the allotment sheds", at="Tuesday 23 April at 9:00",
             props=["Friday 3 May at 9:00"]),
           "Your shed locks",
           """
Hi Nigel,

We came by yesterday morning to fit the new locks on the allotment sheds but couldn't find you. How about Friday 3 May at 9?

And for the trouble, I'll knock 10% off the padlocks.

Poppy
""", "an unasked 10% discount")),
    (D, bad("link_invented", S("reschedule", "Cordelia Fenwick", "Jago Trelawney", "formal", "new",
             meeting="Chimney camera inspection", at="Thursday 25 April at 13:00",
             props=["Tuesday 30 April at 13:00", "Wednesday 8 May at 9:00"], reason="the camera rig is being repaired"),
           "Your chimney inspection",
           """
Dear Mrs Fenwick,

Our camera rig is being repaired, so we'll need to move tomorrow's inspection. We can offer Tuesday 30 April at 1pm or Wednesday 8 May at 9am; you can pick the one that suits you here: https://book.trelawneysweeps.co.uk/reschedule

Kind regards,
Jago Trelawney
""", "a booking link nobody gave")),
    (E, bad("weekday_wrong", S("cancellation_policy", "Simeon Blakeley", "Rosie Ancell", "formal", "regular",
             meeting="Private falconry lesson", at="Friday 14 June at 10:00", pol={"notice_hours": 48, "fee_percent": 40}),
           "Your lesson on Thursday, June 14",
           """
Dear Mr Blakeley,

Ahead of your private falconry lesson on the 14th at 10am, a quick reminder of our terms: you can cancel free of charge up to 48 hours beforehand, after which 40% of the lesson fee is payable.

Kind regards,
Rosie Ancell
""", "subject: 'Thursday, June 14' for Friday 14 June")),
    (E, bad("email_invented", S("late_cancellation", "Marjorie Hythe", "Callum Dunsford", "friendly", "regular",
             meeting="Ear wax removal appointment", at="Friday 31 May at 16:00",
             props=["Wednesday 12 June at 16:00"], pol={"notice_hours": 24, "fee_percent": 50}),
           "Rebooking your appointment",
           """
Hi Marjorie,

No problem about Friday. We can see you on Wednesday 12 June at 4pm instead.

As it was within 24 hours, there's a 50% charge for the missed slot. If you'd like to settle it, send a note to accounts@dunsfordhearing.co.uk.

Callum
""", "an accounts e-mail address nobody gave")),
    (E, bad("phone_invented", S("reschedule", "Barnaby Quinlan", "Maisie Rudd", "formal", "regular",
             meeting="Bike fleet service for the courier team", at="Thursday 6 June at 8:00",
             props=["Tuesday 11 June at 8:00"], reason="two mechanics are off sick"),
           "Fleet service moved",
           """
Dear Mr Quinlan,

With two mechanics off sick, we need to move Thursday's fleet service to Tuesday 11 June at 8am. If that doesn't work, call me directly on 07700 914 562.

Kind regards,
Maisie Rudd
""", "a mobile number nobody gave")),
    (E, bad("place_changed", S("decline", "Evangeline Moss", "Theo Brackenbury", "formal", "key",
             meeting="Brewery tour for the Whitstable business club", at="Wednesday 12 June at 17:00",
             reason="the brewhouse is being refitted"),
           "Brewery tour on 12 June",
           """
Dear Ms Moss,

I'm sorry to say we have to cancel the brewery tour for the Herne Bay business club on Wednesday 12 June, as the brewhouse is being refitted.

Yours sincerely,
Theo Brackenbury
""", "place: 'Herne Bay' for Whitstable")),
]
