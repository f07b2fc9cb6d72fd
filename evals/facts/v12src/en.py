"""v12, English: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v12src._d import A, B, C, D, E


def S(*a, **k):
    return _S("en", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Philippa Trevelyan-Hoare", "Dominic Ashworth-Lyle", "formal", "regular",
             meeting="Dental scale and polish for your spaniel Biscuit", at="Thursday 20 January at 9:00",
             props=["Tuesday 25 January at 9:00", "Wednesday 26 January at 15:30"],
             reason="our dental X-ray unit is being serviced"),
           "Biscuit's dental appointment – new date",
           """
Dear Mrs Trevelyan-Hoare,

Our dental X-ray unit is being serviced on Thursday, so I'm afraid we need to move Biscuit's scale and polish.

Could you manage Tuesday 25 January at the same time (9 am), or Wednesday the 26th at half past three? Either works well for us.

Kind regards,
Dominic Ashworth-Lyle
""", "correct: '9 am', 'Wednesday the 26th at half past three'")),
    (A, ok(S("decline", "Barnaby Quartermaine", "Isolde Fenwick", "friendly", "regular",
             meeting="String quartet rehearsal at the church hall", at="Saturday 22 January at 14:00",
             reason="I've got a gig in Bath that afternoon"),
           "Saturday",
           """
Hi Barnaby,

Bad news, I'm afraid – I've got a gig in Bath on Saturday afternoon, so I'll have to miss the rehearsal. Have a good one without me and save me the tricky bits!

Cheers,
Isolde
""", "correct: very short, chatty")),
    (A, ok(S("no_show_followup", "Cressida Holloway", "Ravi Dhanjal", "formal", "regular",
             meeting="Quarterly IT health check at your office", at="Monday 17 January at 10:00",
             props=["Monday 24 January at 10:00", "Thursday 27 January at 14:00"]),
           "Your IT health check on Monday",
           """
Dear Ms Holloway,

I came by on Monday at 10 for your quarterly IT health check, but the office was locked. I hope everything is all right.

I could come back on Monday 24 January at the same time, or on Thursday 27 January at 2 pm. Just let me know which suits.

Best regards,
Ravi Dhanjal
""", "correct: 'at 10', '2 pm', the meeting two days back")),
    (A, ok(S("cancellation_policy", "Thaddeus Pemberton", "Georgina Fairweather", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 50, "deposit_percent": 25}),
           "Our booking terms",
           """
Dear Mr Pemberton,

Thank you for choosing us to cater your event. Before we confirm, here are our terms in brief:

- A 25% deposit secures the booking.
- If you cancel with less than two days' notice (48 hours), half the agreed fee – 50% – is payable.

Please don't hesitate to ask if anything is unclear.

Yours sincerely,
Georgina Fairweather
""", "correct: no meeting, 'two days' notice (48 hours)', 'half the agreed fee – 50%'")),
    (B, ok(S("shorten", "Oona McCready", "Lachlan Brightwell", "formal", "key",
             meeting="Site visit to the barn conversion at Little Hadham", at="Thursday 24 February at 11:00",
             dur=45, reason="I have to be at the planning committee at 12:30"),
           "Thursday's site visit",
           """
Dear Oona,

I need to be at the planning committee at 12:30 on Thursday, so I'm going to keep our site visit at the barn conversion to forty-five minutes. I'll still be there at 11 sharp.

If there's anything you'd particularly like me to look at – the roof trusses, say – drop me a line beforehand and we'll start there.

Best wishes,
Lachlan
""", "correct: 'forty-five minutes', '11 sharp', first name to a key client")),
    (B, ok(S("switch_to_call", "Hamish Ogilvie", "Priya Venkataraman", "friendly", "regular",
             meeting="Review of your self-assessment tax return", at="Friday 25 February at 16:00",
             props=["Friday 25 February at 16:30"], reason="my train back from Leeds gets in late"),
           "Friday – quick call instead?",
           """
Hi Hamish,

My train back from Leeds gets in late on Friday, so I won't make it to the office for our review of your tax return. Shall we do it over the phone instead, at half four?

Thanks,
Priya
""", "correct: 16:30 as 'half four' (British)")),
    (B, ok(S("late_cancellation", "Rosalind Achterberg", "Callum Rafferty", "formal", "regular",
             meeting="Grade 6 piano lesson", at="Monday 21 February at 17:00",
             props=["Tuesday 29 February at 17:00", "Thursday 2 March at 16:00"],
             pol={"notice_hours": 24, "fee_percent": 100}, reason="her son had a fever"),
           "Rearranging Monday's lesson",
           """
Dear Mrs Achterberg,

Thank you for letting me know yesterday – I do hope your son is feeling better.

I can offer Tuesday 29 February (a leap-day lesson!) at 5 pm, or Thursday 2 March at 4 pm.

As a gentle reminder, lessons cancelled with less than 24 hours' notice are charged in full.

With best wishes,
Callum Rafferty
""", "correct: leap day, '5 pm', '4 pm', 100% as 'charged in full'")),
    (B, ok(S("delegate", "Ignatius Blackwood", "Harriet Oyelaran", "formal", "regular",
             meeting="Signing of your health and welfare lasting power of attorney", at="Wednesday 1 March at 10:30",
             col="Declan Featherstone", reason="I will be at a tribunal hearing all day"),
           "Your signing on 1 March",
           """
Dear Mr Blackwood,

I shall be at a tribunal hearing all day on Wednesday 1 March, so my colleague Declan Featherstone will oversee the signing of your health and welfare lasting power of attorney at 10.30 as planned. He has the full file and will witness the documents.

Yours sincerely,
Harriet Oyelaran
""", "correct: '10.30' for 10:30")),
    (C, ok(S("switch_to_email", "Esmeralda Fitzwilliam", "Joel Abernathy", "formal", "new",
             meeting="Introductory meeting about translating your cookbook into French", at="Monday 20 March at 11:00",
             reason="I'm away at a literary translation conference in Norwich"),
           "Your cookbook translation",
           """
Dear Ms Fitzwilliam,

I'll be away at a literary translation conference in Norwich on Monday, so I won't be able to meet as planned.

Could we make a start by email instead? If you send me a sample chapter and a note on the tone you're after, I'll come back to you with a few thoughts and a rough plan.

Kind regards,
Joel Abernathy
""", "correct: 'a sample chapter', 'a few thoughts' (no numbers)")),
    (C, ok(S("reschedule", "Percy Winterbottom", "Niamh Galbraith", "friendly", "key",
             meeting="Tasting menu for your ruby wedding party", at="Saturday 18 March at 12:00",
             props=["Saturday 25 March at 12:00", "Sunday 26 March at 13:00"],
             reason="our kitchen has failed its gas safety inspection and is closed for repairs"),
           "Your tasting – a week later?",
           """
Dear Percy,

I'm so sorry – our kitchen failed its gas safety check and is shut for repairs, so Saturday's tasting can't go ahead.

Would Saturday week work instead, same time (noon)? Or Sunday the 26th at one o'clock if that's easier for you both.

Forty years deserves a proper tasting, and we want to get it right!

Warmest wishes,
Niamh
""", "correct: 'Saturday week' (25/3, unambiguous), 'noon', 'forty years' = ruby wedding")),
    (C, ok(S("decline", "Marguerite Osei-Bonsu", "Rupert Hallam", "formal", "regular",
             meeting="Presentation of our yoga programme for your staff", at="Wednesday 22 March at 09:30",
             reason="our lead instructor has withdrawn from the programme"),
           "Wednesday's presentation",
           """
Dear Ms Osei-Bonsu,

I'm afraid I have to cancel Wednesday's presentation of our yoga programme for your staff: our lead instructor has withdrawn, and I don't want to present a programme we can't deliver.

I'll be in touch once we've found the right person.

Yours sincerely,
Rupert Hallam
""", "correct: reason paraphrased and expanded in plain words")),
    (C, ok(S("late_cancellation", "Horatio Lindqvist-Brown", "Sunita Lamb", "friendly", "regular",
             meeting="Vet check for the new puppy", at="Wednesday 15 March at 17:30",
             props=["Tuesday 21 March at 17:30"], pol={"notice_hours": 24},
             reason="the puppy got carsick on the way"),
           "Puppy check",
           """
Hi Horatio,

Poor pup! Don't worry about yesterday at all.

Shall we try again on Tuesday 21st at half five? And just for next time, if you could give us a day's notice (24 hours) we can offer the slot to someone else.

Best,
Sunita
""", "correct: 'Tuesday 21st at half five', 'a day's notice (24 hours)'")),
    (D, ok(S("shorten", "Clementine Aldous", "Fergus Whitlock", "formal", "regular",
             meeting="Network security training for your staff", at="Thursday 27 April at 14:00",
             dur=90, reason="the room is booked for a board meeting at 16:00"),
           "Training on Thursday",
           """
Dear Ms Aldous,

The training room is booked for a board meeting at 4 pm on Thursday, so I've trimmed the network security session to an hour and a half. We'll still start at 2.

Kind regards,
Fergus Whitlock
""", "correct: 90 min as 'an hour and a half', '4 pm' from the reason, 'at 2'")),
    (D, ok(S("delegate", "Benedicta Okonjo", "Ivor Penhaligon", "formal", "key",
             meeting="Final walkthrough of the loft extension", at="Tuesday 2 May at 09:00",
             col="Tamsin Carlyle", reason="I've been called to give evidence in a construction dispute"),
           "Walkthrough on Tuesday 2 May",
           """
Dear Ms Okonjo,

I've been called to give evidence in a construction dispute on Tuesday, so Tamsin Carlyle, who has worked alongside me on your loft extension from day one, will lead the final walkthrough at 9 am.

I'll call you afterwards to hear how it went.

With kind regards,
Ivor Penhaligon
""", "correct: idiom 'from day one', promise of a call without a number")),
    (D, ok(S("no_show_followup", "Jocasta Merriweather", "Anselm Cheung", "friendly", "regular",
             meeting="Restorative yoga one-to-one", at="Monday 24 April at 18:00",
             props=["Thursday 4 May at 18:00"], pol={"notice_hours": 12, "fee_percent": 50}),
           "Missed you on Monday",
           """
Hi Jocasta,

I waited for you at the studio on Monday evening but you didn't make it – hope all's well.

I've pencilled you in for Thursday 4 May at six. Just a reminder that sessions not cancelled at least twelve hours ahead are charged at half price (50%).

Take care,
Anselm
""", "correct: 'at six', 'twelve hours', 'half price (50%)'")),
    (D, ok(S("switch_to_call", "Sebastian Marchbanks", "Delphine Okafor", "formal", "new",
             meeting="Consultation on your inheritance tax planning", at="Friday 28 April at 10:00",
             props=["Friday 28 April at 12:00"], reason="our office is closed after a burst pipe"),
           "Your consultation on Friday",
           """
Dear Mr Marchbanks,

Our office is closed after a burst pipe, so I won't be able to see you there on Friday. Would a phone consultation at midday on the same day suit you instead?

Yours sincerely,
Delphine Okafor
""", "correct: 12:00 as 'midday'")),
    (E, ok(S("switch_to_email", "Araminta Coggeshall", "Ewan Strachan", "friendly", "regular",
             meeting="Choosing the canapés for the gallery opening", at="Tuesday 13 June at 15:00",
             reason="I'm snowed under with a wedding that weekend"),
           "Canapés by email?",
           """
Hi Araminta,

I'm snowed under with a wedding that weekend, so Tuesday's not going to happen, I'm afraid. Could we choose the canapés for the gallery opening by email? Send me your wish list and I'll come back with suggestions in two shakes.

Ewan
""", "correct: idioms 'snowed under', 'in two shakes'")),
    (E, ok(S("cancellation_policy", "Leopold Sandiford", "Ottilie Garside", "formal", "regular",
             meeting="Interpreting at the shareholder meeting", at="Wednesday 21 June at 09:00",
             pol={"notice_hours": 168, "fee_percent": 75}),
           "Terms for 21 June",
           """
Dear Mr Sandiford,

Ahead of the shareholder meeting on Wednesday 21 June at 9 am, may I remind you of our terms: if the interpreting is cancelled less than a week (168 hours) beforehand, three quarters of the fee (75%) remains payable.

Yours sincerely,
Ottilie Garside
""", "correct: 'a week (168 hours)', 'three quarters of the fee (75%)'")),
    (E, ok(S("reschedule", "Cordelia Nwachukwu", "Bartholomew Tees", "formal", "regular",
             meeting="Architect's site visit to the riverside studio", at="Monday 12 June at 14:00",
             props=["Thursday 15 June at 14:00", "Tuesday 20 June at 10:00"],
             reason="the structural engineer can't attend until later that week"),
           "Rescheduling the site visit",
           """
Dear Ms Nwachukwu,

The structural engineer can't attend until later in the week, and I'd rather we walk the riverside studio together with him. Could we move Monday's visit to one of these?

- Thurs 15th, same time (2 pm)
- Tues 20th at 10 am

Many thanks,
Bartholomew Tees
""", "correct: 'Thurs 15th', 'Tues 20th', '2 pm' for 14:00")),
    (E, ok(S("late_cancellation", "Wilfred Atherton", "Maisie Kettleborough", "formal", "regular",
             meeting="Clarinet lesson", at="Thursday 8 June at 16:00",
             props=["Thursday 15 June at 16:00"], pol={"notice_hours": 24, "deposit_percent": 20}),
           "Yesterday's clarinet lesson",
           """
Dear Mr Atherton,

Thanks for your message about yesterday's lesson. Let's pick up again on Thursday 15 June at 4 pm.

For your records: the deposit is 20%, and we ask for 24 hours' notice of any cancellation.

Kind regards,
Maisie Kettleborough
""", "correct: no reason given, deposit 20% and notice each with its own term")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Gideon Fairbrother", "Lavinia Oduya", "formal", "regular",
             meeting="Review of your company accounts", at="Tuesday 25 January at 11:00",
             props=["Friday 28 January at 11:00", "Monday 31 January at 15:00"],
             reason="HMRC has asked for additional figures"),
           "Accounts review – new date",
           """
Dear Mr Fairbrother,

HMRC has asked for some additional figures, so I need to move the review of your company accounts from Friday 28 January to Tuesday 25 January at 11:00, or to Monday 31 January at 15:00 if that suits better.

Kind regards,
Lavinia Oduya
""", "old slot (Tue 25) and first proposed (Fri 28) exchanged")),
    (A, bad("time_recap_wrong", S("switch_to_call", "Imogen Strickland", "Theo Vasquez-Hart", "friendly", "regular",
             meeting="Going through the subtitles for your short film", at="Thursday 27 January at 14:00",
             props=["Thursday 27 January at 16:30"], reason="my car's failed its MOT"),
           "Thursday – phone instead?",
           """
Hi Imogen,

My car's failed its MOT, so I can't get over to you on Thursday. Could we go through the subtitles over the phone at half four instead?

Speak Thursday at half two!

Theo
""", "recap 'half two' (14:30) for the offered half four")),
    (A, bad("weekday_wrong", S("no_show_followup", "Rosamund Kettering", "Elliot Mbeki", "formal", "regular",
             meeting="Annual health check for your horse Juniper", at="Tuesday 18 January at 09:00",
             props=["Wednesday 26 January at 09:00"]),
           "Juniper's health check",
           """
Dear Ms Kettering,

I came out to the yard yesterday morning for Juniper's annual health check but couldn't find anyone. I hope all is well.

I could come back on Thursday, January 26 at 9 am. Please let me know.

Kind regards,
Elliot Mbeki
""", "body 'Thursday, January 26' (a Wednesday)")),
    (A, bad("percent_swapped", S("late_cancellation", "Augustin Blackmore", "Felicity Nakamura", "formal", "regular",
             meeting="Canapé tasting for the charity dinner", at="Monday 17 January at 12:00",
             props=["Wednesday 2 February at 12:00"], pol={"notice_hours": 72, "fee_percent": 20, "deposit_percent": 40},
             reason="the committee chair was unavailable"),
           "Rearranging the tasting",
           """
Dear Mr Blackmore,

Thank you for letting us know. We can hold the canapé tasting for the charity dinner on Wednesday 2 February at noon instead.

As a reminder, a 20% deposit is taken on booking, and cancellations with less than 72 hours' notice incur a 40% fee.

Yours sincerely,
Felicity Nakamura
""", "deposit 20% and fee 40% swapped")),
    (B, bad("policy_invented", S("decline", "Wilhelmina Crabtree", "Jasper Holcombe", "formal", "new",
             meeting="Trial Pilates reformer class", at="Thursday 24 February at 19:00",
             reason="the reformer machines are being replaced"),
           "Thursday's trial class",
           """
Dear Ms Crabtree,

I'm sorry, but Thursday's trial reformer class can't go ahead: the machines are being replaced. Your deposit will be carried over to whichever class you book next.

Kind regards,
Jasper Holcombe
""", "invented deposit carry-over; no policy or deposit given")),
    (B, bad("number_invented", S("switch_to_email", "Peregrine Ashdown", "Yasmin Holt-Everard", "formal", "regular",
             meeting="Meeting about the Italian translation of your website", at="Monday 28 February at 10:00",
             reason="I have a deadline on a court translation"),
           "Website translation – by email",
           """
Dear Mr Ashdown,

I have a court translation due on Monday, so could we handle the Italian version of your website by email? If you send over the latest copy, I'll get the first 40 pages back to you by the end of next week.

Best regards,
Yasmin Holt-Everard
""", "invented '40 pages' and a delivery deadline")),
    (B, bad("discount_invented", S("reschedule", "Millicent Dreyfus", "Conrad Whitcombe", "friendly", "key",
             meeting="Piano tuning and regulation", at="Friday 25 February at 10:00",
             props=["Tuesday 29 February at 10:00", "Wednesday 1 March at 14:00"],
             reason="the client asked for money off after the last delay"),
           "Piano tuning",
           """
Hi Millicent,

I need to move Friday's tuning, sorry. Would Tuesday 29 February at 10 or Wednesday 1 March at 2 pm work?

And since you mentioned the last delay, I'll knock £30 off this visit.

Conrad
""", "£30 off licensed only by the reason")),
    (B, bad("link_invented", S("switch_to_call", "Ptolemy Grayling", "Saskia Oldroyd", "formal", "regular",
             meeting="Helpdesk review of your email migration", at="Wednesday 23 February at 15:00",
             props=["Thursday 24 February at 11:00"], reason="two of our engineers are off sick"),
           "Email migration review",
           """
Dear Mr Grayling,

Two of our engineers are off sick, so we can't come on site on Wednesday. Could we review the email migration on a video call on Thursday 24 February at 11 am? You can join at zoom.us/j/4471930265.

Kind regards,
Saskia Oldroyd
""", "invented Zoom link")),
    (C, bad("email_invented", S("delegate", "Beatrix Hollingsworth", "Leander Obi", "formal", "regular",
             meeting="Completion meeting for the flat purchase", at="Tuesday 21 March at 14:00",
             col="Verity Mallinson", reason="I'm on jury service that week"),
           "Completion meeting on Tuesday",
           """
Dear Ms Hollingsworth,

I'm on jury service next week, so my colleague Verity Mallinson will handle the completion meeting for your flat purchase on Tuesday at 2 pm. You can reach her directly at verity.mallinson@conveyancing-direct.co.uk.

Yours sincerely,
Leander Obi
""", "invented e-mail address for the colleague")),
    (C, bad("phone_invented", S("decline", "Cuthbert Aldridge", "Octavia Brennan", "formal", "regular",
             meeting="Design meeting for the garden room", at="Friday 24 March at 10:00",
             reason="the planning officer has not yet replied"),
           "Garden room meeting",
           """
Dear Mr Aldridge,

The planning officer hasn't replied yet, so there's little point in meeting on Friday to finalise the garden room design. I'll be in touch as soon as we hear back; in the meantime, my mobile is 07700 918 452.

Kind regards,
Octavia Brennan
""", "invented mobile number")),
    (C, bad("title_or_company_invented", S("shorten", "Evangeline Marsh", "Tobias Renwick", "formal", "new",
             meeting="First tax planning session", at="Thursday 23 March at 10:00",
             dur=60, reason="I have a client audit at 11:30"),
           "Thursday's session",
           """
Dear Ms Marsh,

I have a client audit at 11:30 on Thursday, so our first tax planning session will be one hour, starting at 10 as planned.

Kind regards,

Tobias Renwick FCA
Partner, Renwick & Lowe Chartered Accountants
""", "invented 'FCA', 'Partner' and firm in the signature")),
    (C, bad("name_near_miss", S("late_cancellation", "Rowena Fitzgerald", "Marcus Holbrook", "friendly", "regular",
             meeting="Hot yoga class", at="Wednesday 15 March at 07:00",
             props=["Wednesday 22 March at 07:00"], pol={"notice_hours": 12}, reason="she overslept"),
           "Yesterday's class",
           """
Hi Rowenna,

No worries about yesterday – we've all hit snooze once too often! See you next Wednesday at 7?

Just a reminder to give us twelve hours' notice if you can.

Marcus
""", "greeting 'Rowenna' for Rowena (one letter added)")),
    (D, bad("place_changed", S("switch_to_call", "Florian Eastwood", "Bryony Castellan", "formal", "regular",
             meeting="Survey of the listed cottage in Chipping Norton", at="Friday 28 April at 10:00",
             props=["Friday 28 April at 14:00"], reason="the access road is flooded"),
           "Friday's survey",
           """
Dear Mr Eastwood,

The access road is flooded, so I can't get to the cottage in Stow-on-the-Wold on Friday morning. Could we talk through the survey on the phone at 2 pm instead?

Kind regards,
Bryony Castellan
""", "place changed: Stow-on-the-Wold for Chipping Norton")),
    (D, bad("foreign_paragraph", S("reschedule", "Lucinda Harcourt", "Nikolai Brandt", "formal", "regular",
             meeting="Harp lesson for your daughter", at="Thursday 27 April at 16:00",
             props=["Thursday 4 May at 16:00", "Friday 5 May at 17:00"],
             reason="I have to travel to a funeral"),
           "Moving Thursday's harp lesson",
           """
Dear Mrs Harcourt,

I have to travel to a funeral on Thursday, so I need to move your daughter's harp lesson.

Ich kann Donnerstag, den 4. Mai um 16 Uhr oder Freitag, den 5. Mai um 17 Uhr anbieten.

With best wishes,
Nikolai Brandt
""", "the slot paragraph in German")),
    (D, bad("policy_invented", S("no_show_followup", "Aurelia Mountjoy", "Kit Saddleworth", "formal", "regular",
             meeting="Dog behaviour consultation", at="Saturday 22 April at 11:00",
             props=["Saturday 6 May at 11:00"]),
           "Saturday's consultation",
           """
Dear Ms Mountjoy,

We missed you at Saturday's dog behaviour consultation – I hope you and your dog are both well.

I can offer Saturday 6 May at 11. Please note that missed consultations are normally non-refundable, though we're happy to make an exception this once.

Kind regards,
Kit Saddleworth
""", "invented non-refundable rule; no policy given")),
    (D, bad("number_invented", S("cancellation_policy", "Hilary Bancroft", "Seamus Doherty", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Our cancellation terms",
           """
Dear Ms Bancroft,

Welcome to the music school. Lessons cancelled with less than 24 hours' notice are charged at 50% of the lesson fee. Terms are invoiced in blocks of ten lessons.

Kind regards,
Seamus Doherty
""", "invented 'blocks of ten lessons'")),
    (E, bad("discount_invented", S("late_cancellation", "Jemima Cartwright", "Oswin Fairley", "formal", "regular",
             meeting="Menu tasting for the christening lunch", at="Wednesday 7 June at 12:30",
             props=["Wednesday 14 June at 12:30"], pol={"notice_hours": 48, "deposit_percent": 30},
             reason="she asked whether we could reduce the price because of the short notice"),
           "Your menu tasting",
           """
Dear Mrs Cartwright,

Thank you for letting us know. We've moved your menu tasting to Wednesday 14 June at 12:30.

As you asked about the price, I'm happy to take 10% off the christening lunch. Our usual terms still apply: a 30% deposit, and 48 hours' notice for cancellations.

Kind regards,
Oswin Fairley
""", "10% off licensed only by the reason")),
    (E, bad("link_invented", S("switch_to_email", "Everard Pollock", "Henrietta Vance", "formal", "regular",
             meeting="Walkthrough of the new booking system", at="Monday 12 June at 09:30",
             reason="our server upgrade has overrun"),
           "Booking system walkthrough",
           """
Dear Mr Pollock,

Our server upgrade has overrun, so Monday's walkthrough of the new booking system can't go ahead. I've put a short guide at helpdesk.vance-it.co.uk/booking-guide – do reply with any questions.

Kind regards,
Henrietta Vance
""", "invented help-desk link")),
    (E, bad("email_invented", S("no_show_followup", "Quentin Lockhart", "Imelda Ferreira", "friendly", "regular",
             meeting="Vinyasa flow class", at="Thursday 8 June at 18:30",
             props=["Thursday 15 June at 18:30"]),
           "Missed you last night",
           """
Hi Quentin,

We missed you at vinyasa flow last night – hope everything's okay! I've saved you a mat for next Thursday, same time.

If it's easier, just drop a line to bookings.flowstudio@outlook.com.

Imelda
""", "invented booking e-mail address")),
    (E, bad("phone_invented", S("reschedule", "Delilah Summerhayes", "Crispin Lowther", "formal", "regular",
             meeting="Site meeting about the kitchen extension", at="Tuesday 13 June at 08:00",
             props=["Friday 16 June at 08:00", "Monday 19 June at 13:00"],
             reason="the steel beams have been delayed"),
           "Kitchen extension – site meeting",
           """
Dear Ms Summerhayes,

The steel beams have been delayed, so Tuesday's site meeting about your kitchen extension needs to move. I can do Friday 16 June at 8 am or Monday 19 June at 1 pm. If it's easier, ring the site office on 01223 604 318.

Kind regards,
Crispin Lowther
""", "invented site-office number")),
]
