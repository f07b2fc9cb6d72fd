"""Hand-written English records of the held-out v8 fact set (issue 13): 20 correct, 20 flawed."""

from __future__ import annotations

from v2src._rec import S, bad, ok

A, B, C, D, E = "2027-02-16", "2027-04-07", "2027-05-19", "2027-09-02", "2027-10-28"

RECORDS = [
    # ---------------------------------------------------------------- correct
    (A, ok(S("en", "reschedule", "Philippa Ashcombe", "Gareth Pennington", "formal", "key",
             meeting="Review of the tender documents for the riverside library", at="Thursday 18 February at 10:00",
             props=("Tuesday 23 February at 10:00", "Wednesday 24 February at 14:30"),
             reason="our quantity surveyor is stuck in Edinburgh because of the rail strike"),
           "Riverside library tender review: new date",
           """Dear Ms Ashcombe,

I'm afraid our quantity surveyor is stranded in Edinburgh by the rail strike, and I'd rather not go through the tender documents for the riverside library without him, as he priced most of the packages.

Could we move the review to Tues 23rd at the same time, or to Wednesday the 24th at half past two?

My apologies for the change.

Kind regards,
Gareth Pennington""",
           "correct: 'Dear Ms Ashcombe', 'Tues 23rd at the same time', 'Wednesday the 24th at half past two' for 14:30")),
    (A, ok(S("en", "decline", "Callum Breckenridge", "Aisling Doherty", "friendly", "regular",
             meeting="Quiz night at the sailing club", at="Friday 19 February at 19:30",
             reason="I'm on call at the hospital that weekend"),
           "Quiz night",
           """Hi Callum,

Gutted, but I'm on call at the hospital all weekend, so I'll have to sit this quiz night out. Get a few right for me!

Aisling""",
           "correct: reason restated, 'Get a few right for me' is an idiom, no number")),
    (A, ok(S("en", "shorten", "Desmond Okafor", "Harriet Whitlock", "formal", "new",
             meeting="Kick-off meeting for the brand refresh", at="Monday 22 February at 9:30", dur=30,
             reason="I have to be at a client workshop in Reading by eleven"),
           "Monday's kick-off: a shorter slot",
           """Dear Mr Okafor,

I have to be at a client workshop in Reading by eleven on Monday. Would you mind if we kept our kick-off meeting for the brand refresh to half an hour? We'd still start at half nine as planned.

I'll send a short list of questions beforehand so we can make the most of the time.

Best regards,
Harriet Whitlock""",
           "correct: 'half an hour' for 30, 'half nine' for 9:30, 'by eleven' from the reason")),
    (A, ok(S("en", "no_show_followup", "Beatrice Fairweather", "Rhys Llewellyn", "formal", "regular",
             meeting="Annual boiler service visit", at="Monday 15 February at 8:00",
             props=("Friday 19 February at 8:00", "Monday 22 February at 13:00")),
           "Your boiler service",
           """Dear Mrs Fairweather,

Our engineer called round yesterday at eight for your annual boiler service but couldn't get an answer. I hope everything is all right.

We could come back on Friday 19th, same time, or on Monday 22 February at 1 pm. Just let me know which suits you.

Kind regards,
Rhys Llewellyn""",
           "correct: 'yesterday at eight' for Monday 15 08:00 from Tuesday 16, 'Friday 19th, same time', '1 pm'")),
    (B, ok(S("en", "late_cancellation", "Ravindra Chandrasekaran", "Imogen Tate", "formal", "regular",
             meeting="Physiotherapy session for the torn knee ligament", at="Tuesday 6 April at 17:15",
             props=("Tuesday 13 April at 17:15",), reason="a last-minute work trip",
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Yesterday's session",
           """Dear Mr Chandrasekaran,

Thank you for letting me know about yesterday; last-minute work trips are hard to avoid.

As our terms ask for a day's notice (24 hours), half the fee (50%) is due for the missed session.

Shall we rebook for next Tuesday, the 13th, at a quarter past five?

Best wishes,
Imogen Tate""",
           "correct: 'a day's notice (24 hours)', 'half the fee (50%)', 'next Tuesday, the 13th, at a quarter past five'")),
    (B, ok(S("en", "switch_to_call", "Freya Holloway", "Jamie McAllister", "friendly", "regular",
             meeting="Coffee to plan the street party", at="Friday 9 April at 10:00",
             props=("Friday 9 April at 10:30",), reason="I've got a bad back and can't drive"),
           "Street party - quick call?",
           """Hi Freya,

My back's playing up and I can't drive, so coffee on Friday is off. Could we do a quick call about the street party instead? Half ten rather than ten, if that works?

Cheers,
Jamie""",
           "correct: 'Half ten rather than ten' (new and old times in their roles)")),
    (B, ok(S("en", "switch_to_email", "Laurence Whitfield-Grey", "Priya Balasubramanian", "formal", "new",
             meeting="Meeting about the insurance renewal for the gallery", at="Wednesday 14 April at 15:00",
             reason="only two questions remain open"),
           "Gallery insurance renewal",
           """Dear Mr Whitfield-Grey,

Having gone through the renewal of the gallery's insurance, I find only two questions still open. Rather than ask you to come in next Wednesday, I suggest we settle them by email.

I'll set both questions out in a separate message.

Yours sincerely,
Priya Balasubramanian""",
           "correct: 'two questions' from the reason, 'next Wednesday' for 14 April from Wednesday 7")),
    (B, ok(S("en", "delegate", "Cordelia Marchbanks", "Nigel Ashburton", "formal", "key",
             meeting="Quarterly steering group for the hospital car park project", at="Tuesday 13 April at 11:00",
             col="Tobias Kettering", reason="I'm giving evidence at a planning inquiry"),
           "Steering group on 13 April",
           """Dear Cordelia,

I'm due to give evidence at a planning inquiry next Tuesday, so I can't chair the steering group for the hospital car park.

My colleague Tobias Kettering will take my place at 11 o'clock. Tobias has been on the project from the start and has all the papers.

With best wishes,
Nigel Ashburton""",
           "correct: first name in a formal mail to a key client, colleague full then first name, '11 o'clock'")),
    (C, ok(S("en", "cancellation_policy", "Eleanor Babbington", "Owen Prothero", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 100, "deposit_percent": 25}),
           "Our cancellation terms",
           """Dear Ms Babbington,

Welcome aboard. Before your first booking, here are our terms: we take a deposit of a quarter of the price (25%) when you book. Please give us two days' notice (48 hours) if you need to cancel; after that, the full fee is charged.

Kind regards,
Owen Prothero""",
           "correct: no meeting, 'a quarter of the price (25%)', 'two days' notice (48 hours)', 'the full fee' for 100%")),
    (C, ok(S("en", "reschedule", "Ollie Dunmore", "Keeley Armitage", "friendly", "regular",
             meeting="Trial climbing session at the quarry crag", at="Saturday 22 May at 9:00",
             props=("Sunday 23 May at 9:00",), reason="heavy rain is forecast and the rock will be wet"),
           "Climbing - Sunday instead?",
           """Hey Ollie,

They're forecasting buckets of rain for Saturday, and wet rock at the quarry is no fun for a first go. Sun 23rd, same time? Fingers crossed for sunshine!

Keeley""",
           "correct: 'Sun 23rd, same time', reason paraphrased ('buckets of rain')")),
    (C, ok(S("en", "decline", "Montgomery Hale", "Serena Vass", "formal", "regular",
             meeting="Launch of the new craft gin distillery tour", at="Thursday 27 May at 18:00",
             reason="we've already booked our staff outing for that week"),
           "Your distillery tour launch",
           """Dear Mr Hale,

Many thanks for inviting us to the launch of your new distillery tour on Thursday 27 May. Unfortunately our staff outing is already booked for that week, so we won't be able to join you.

I hope the evening goes wonderfully, and we'd love to take the tour another time.

Warm regards,
Serena Vass""",
           "correct: decline with no new date, reason restated, 'Mr Hale'")),
    (C, ok(S("en", "no_show_followup", "Tasha Beaumont", "Connor Fitzpatrick", "friendly", "regular",
             meeting="Private swimming lesson", at="Monday 17 May at 18:30",
             props=("Thursday 20 May at 18:30",), pol={"notice_hours": 24, "fee_percent": 100}),
           "Monday's lesson",
           """Hi Tasha,

I waited at the pool on Monday evening but didn't see you - everything OK?

Just a gentle reminder that lessons missed without 24 hours' notice are charged in full.

Fancy tomorrow, Thursday 20 May, same time?

Connor""",
           "correct: 'charged in full' for 100%, 'tomorrow, Thursday 20 May' from Wednesday 19, 'same time'")),
    (D, ok(S("en", "shorten", "Hattie Crossland", "Ben Okonjo", "friendly", "regular",
             meeting="Weekly catch-up on the podcast edit", at="Friday 3 September at 11:00", dur=20,
             reason="it's the first day of the school run"),
           "Tomorrow's catch-up",
           """Morning Hattie,

Tomorrow is the first school run of term, so it'll be a bit of a scramble. Could we make our catch-up on the podcast edit a twenty-minute one? Still at 11.

Ta,
Ben""",
           "correct: 'twenty-minute' for 20, 'Still at 11', 'Tomorrow' for Friday 3 from Thursday 2")),
    (D, ok(S("en", "switch_to_call", "Lavinia Rutherford-Ng", "Alistair Mowbray", "formal", "key",
             meeting="Site visit to the distribution hub in Swindon", at="Wednesday 8 September at 14:00",
             props=("Wednesday 8 September at 15:00", "Thursday 9 September at 9:30"),
             reason="the site is closed for a fire safety inspection"),
           "Swindon hub: a call instead of the visit",
           """Dear Ms Rutherford-Ng,

The Swindon hub will be closed to visitors next Wednesday for a fire safety inspection, so I'm afraid the site visit can't go ahead.

Might we speak by phone instead? I could call you on Wednesday 8 September at three o'clock, an hour later than the visit, or on Thursday 9 September at 9.30 am.

With apologies for the inconvenience,
Alistair Mowbray""",
           "correct: 'three o'clock, an hour later than the visit' is the gap between given times, '9.30 am'")),
    (D, ok(S("en", "late_cancellation", "Hamish Greenhalgh", "Yasmin Choudhury", "formal", "new",
             meeting="Consultation on the loft conversion plans", at="Friday 3 September at 16:00",
             props=("Tuesday 7 September at 16:00",), reason="a family emergency"),
           "Tomorrow's consultation",
           """Dear Mr Greenhalgh,

Thank you for letting me know, and I'm sorry to hear about the family emergency - please don't worry about tomorrow.

If it suits, we could look at the loft conversion plans on Tuesday 7 September at 4 pm instead.

Best wishes,
Yasmin Choudhury""",
           "correct: no policy given and none stated, 'tomorrow' for Friday 3, '4 pm' for 16:00")),
    (D, ok(S("en", "delegate", "Poppy Underwood", "Marcus Adeleke", "friendly", "regular",
             meeting="Dog agility taster class", at="Saturday 11 September at 10:00", col="Sinead Gallagher",
             reason="I'm away at my brother's wedding"),
           "Agility taster - Sinead's taking it",
           """Hi Poppy,

I'm away at my brother's wedding that weekend, so Sinead Gallagher will run the agility taster class instead - same time, 10 o'clock. She's brilliant with nervous dogs, so you're in good hands.

Marcus""",
           "correct: colleague full name, 'same time, 10 o'clock', reason restated")),
    (E, ok(S("en", "reschedule", "Winifred Stanhope", "Dominic Oyelaran", "formal", "regular",
             meeting="Handover of the refurbished shopfront", at="Friday 29 October at 9:00",
             props=("Wednesday 3 November at 9:00", "Thursday 4 November at 14:00"),
             reason="the signage has not arrived"),
           "Shopfront handover",
           """Dear Mrs Stanhope,

The new signage still hasn't arrived, so tomorrow's handover of the refurbished shopfront would be incomplete.

Would Wed 3rd at nine o'clock suit you, or Thursday 4 November at 2 pm?

Apologies for the delay.

Kind regards,
Dominic Oyelaran""",
           "correct: 'Wed 3rd at nine o'clock', 'tomorrow' for Friday 29 from Thursday 28")),
    (E, ok(S("en", "switch_to_email", "Jasper Pemberton", "Lucy Tranter", "friendly", "regular",
             meeting="Lunch to go through the charity auction lots", at="Tuesday 2 November at 12:30",
             reason="I'm snowed under with year-end reports"),
           "Auction lots over email?",
           """Hi Jasper,

I'm snowed under with year-end reports, so lunch on Tuesday is a no-go, sadly. Shall we go through the auction lots over email instead? I'll send my notes on each one and you can shout if anything needs a proper chat.

Lucy""",
           "correct: idioms 'snowed under', 'no-go', 'shout'")),
    (E, ok(S("en", "cancellation_policy", "Augustine Feld", "Clarissa Bowen", "formal", "key",
             meeting="Two-day leadership retreat at the manor", at="Monday 8 November at 9:00",
             pol={"notice_hours": 168, "fee_percent": 50, "deposit_percent": 30}),
           "Retreat on 8 November: cancellation terms",
           """Dear Mr Feld,

Ahead of your two-day leadership retreat at the manor, starting Monday 8 November, may I set out our terms: a 30% deposit secures the booking, and cancellations need a week's notice (168 hours); later than that, half the fee (50%) is payable.

We're very much looking forward to welcoming your team.

Yours sincerely,
Clarissa Bowen""",
           "correct: 'a week's notice (168 hours)', 'half the fee (50%)', deposit as given, 'two-day' from the meeting name")),
    (E, ok(S("en", "decline", "Kit Harrowby", "Nadia Okwuosa", "friendly", "new",
             meeting="Book club evening on the new Ishiguro", at="Wednesday 3 November at 19:00",
             reason="I've got night classes on Wednesdays now"),
           "Book club",
           """Hi Kit,

Thanks so much for the invite! Sadly I've started night classes on Wednesdays, so I'll miss the Ishiguro evening. Have a brilliant discussion - I'll want the highlights!

Nadia""",
           "correct: short friendly decline, reason restated")),
    # ---------------------------------------------------------------- flawed
    (A, bad("email_invented", S("en", "reschedule", "Rosalind Fairbairn", "Declan Ashby", "formal", "regular",
                                meeting="Tasting of the wedding menu", at="Wednesday 17 February at 15:00",
                                props=("Monday 22 February at 15:00",), reason="our head chef has flu"),
            "Your menu tasting",
            """Dear Ms Fairbairn,

Our head chef has come down with flu, so I'm afraid tomorrow's tasting of your wedding menu can't go ahead.

Could we move it to Monday 22 February at 3 pm? If it's easier, drop me a line at declan.ashby.chef@gmail.com.

Kind regards,
Declan Ashby""",
            "email_invented: a private address nobody gave")),
    (A, bad("phone_invented", S("en", "switch_to_call", "Humphrey Caldicott", "Zara Middleton", "formal", "regular",
                                meeting="Budget review for the school minibus appeal", at="Thursday 25 February at 16:00",
                                props=("Thursday 25 February at 16:30",), reason="the school hall is being used for exams"),
            "Minibus appeal budget",
            """Dear Mr Caldicott,

The school hall is taken for exams on Thursday 25th, so could we do the budget review for the minibus appeal by phone, at half past four?

Do ring me on 07700 914 362 if that doesn't suit.

Best wishes,
Zara Middleton""",
            "phone_invented: a mobile number nobody gave")),
    (A, bad("title_or_company_invented", S("en", "delegate", "Georgina Thwaite", "Patrick Quarmby", "formal", "new",
                                           meeting="Walkthrough of the new payroll system", at="Tuesday 23 February at 10:00",
                                           col="Leah Abernethy", reason="I'm on jury service that week"),
            "Payroll walkthrough on 23 February",
            """Dear Ms Thwaite,

I've been called for jury service next week, so my colleague Leah Abernethy will take you through the new payroll system on Tuesday 23 February at 10 am.

Kind regards,
Patrick Quarmby
Head of Finance Systems""",
            "title_or_company_invented: a job title under the signature")),
    (A, bad("name_near_miss", S("en", "no_show_followup", "Ffion Pritchard", "Gavin Rusk", "formal", "regular",
                                meeting="Mortgage review appointment", at="Monday 15 February at 11:00",
                                props=("Thursday 18 February at 11:00",)),
            "Yesterday's appointment",
            """Dear Ms Prichard,

We were expecting you yesterday at 11 for your mortgage review, and I hope all is well.

Would Thursday 18 February at the same time work instead?

Kind regards,
Gavin Rusk""",
            "name_near_miss: 'Prichard' for Pritchard (one letter dropped)")),
    (B, bad("place_changed", S("en", "decline", "Sebastian Lowther", "Anita Kowalczyk", "formal", "regular",
                               meeting="Opening of the new gallery in Harrogate", at="Friday 16 April at 18:00",
                               reason="I'll be at a trade fair abroad"),
            "Your gallery opening",
            """Dear Mr Lowther,

Thank you for the invitation to the opening of your new gallery in Ripon on Friday 16 April. I'll be abroad at a trade fair that week, so sadly I can't be there.

Wishing you a splendid evening,
Anita Kowalczyk""",
            "place_changed: 'gallery in Ripon' for the gallery in Harrogate")),
    (B, bad("foreign_paragraph", S("en", "reschedule", "Cressida Ormerod", "Luke Brannigan", "formal", "new",
                                   meeting="Fitting of the bespoke bookshelves", at="Thursday 8 April at 13:00",
                                   props=("Monday 12 April at 13:00", "Tuesday 13 April at 8:30"),
                                   reason="the oak delivery is late"),
            "Bookshelf fitting",
            """Dear Ms Ormerod,

Our oak delivery is running late, so we can't fit your bookshelves tomorrow. Could we come on Monday 12 April at 1 pm instead?

Alternativ könnten wir auch am Dienstag, den 13. April um 8:30 Uhr vorbeikommen.

Kind regards,
Luke Brannigan""",
            "foreign_paragraph: the second slot is offered in a German paragraph")),
    (B, bad("time_swapped", S("en", "late_cancellation", "Bartholomew Kerr", "Jade Whitcombe", "friendly", "regular",
                              meeting="Piano tuning visit", at="Tuesday 6 April at 9:30",
                              props=("Friday 9 April at 14:00",), reason="he was stuck at work"),
            "Piano tuning",
            """Hi Bartholomew,

No problem about yesterday's 2 pm visit - being stuck at work happens to us all.

Could I come round on Friday 9 April at half nine instead?

Jade""",
            "time_swapped: hours exchanged (missed visit at 9:30, new slot at 14:00)")),
    (B, bad("email_invented", S("en", "cancellation_policy", "Marguerite Ellsworth", "Tristan Howarth", "formal", "new",
                                pol={"notice_hours": 48, "fee_percent": 50}),
            "Booking terms",
            """Dear Ms Ellsworth,

Thank you for booking with us. Cancellations need 48 hours' notice; after that, we charge 50% of the fee. Please send any cancellations to bookings@howarthstudio.co.uk.

Best regards,
Tristan Howarth""",
            "email_invented: a bookings address nobody gave")),
    (C, bad("phone_invented", S("en", "delegate", "Isadora Penhaligon", "Elliot Sandford", "formal", "regular",
                                meeting="Fitting session for the bridal party", at="Friday 28 May at 14:00",
                                col="Maya Okoro", reason="I've been called away to a family funeral"),
            "Bridal party fitting",
            """Dear Ms Penhaligon,

I've been called away to a family funeral, so my colleague Maya Okoro will look after your bridal party's fitting on Friday 28 May at 2 pm. Maya's direct line is 0161 496 0732.

With kind regards,
Elliot Sandford""",
            "phone_invented: a direct line for the colleague that nobody gave")),
    (C, bad("title_or_company_invented", S("en", "switch_to_email", "Theo Radcliffe", "Esme Rowntree", "friendly", "regular",
                                           meeting="Meeting on the allotment society's newsletter", at="Tuesday 25 May at 19:00",
                                           reason="the draft is nearly done"),
            "Newsletter",
            """Hi Theo,

The draft's nearly done, so rather than meet on Tuesday I'll email it over and you can scribble on it.

Best,
Esme Rowntree
Editor-in-Chief, Greenfield Allotment Society""",
            "title_or_company_invented: a title and a society name under the signature")),
    (C, bad("time_recap_wrong", S("en", "reschedule", "Marcus Featherstone", "Ingrid Solberg-Hayes", "formal", "key",
                                  meeting="Annual review of the pension portfolio", at="Thursday 20 May at 11:00",
                                  props=("Tuesday 25 May at 11:00", "Wednesday 26 May at 15:30"),
                                  reason="I'm waiting on the fund valuations"),
            "Your annual pension review",
            """Dear Mr Featherstone,

The fund valuations haven't come through yet, so I'd like to move tomorrow's annual review. Would Tuesday 25 May at 11 am or Wednesday 26 May at 3.30 pm suit?

I'll pencil in Wednesday at 11 for now.

Kind regards,
Ingrid Solberg-Hayes""",
            "time_recap_wrong: the pencilled-in slot 'Wednesday at 11' mixes the two offered slots")),
    (C, bad("weekday_wrong", S("en", "no_show_followup", "Lorna Mackintosh", "Adrian Bellamy", "formal", "new",
                               meeting="Initial consultation for the garden redesign", at="Monday 17 May at 10:00",
                               props=("Friday 21 May at 10:00",)),
            "New date: Thursday 21 May",
            """Dear Ms Mackintosh,

I called on Monday morning for our first consultation about the garden redesign but found no one in. I hope all is well.

I could come back on Friday 21 May at 10 am, if that suits.

Kind regards,
Adrian Bellamy""",
            "weekday_wrong: subject 'Thursday 21 May' (21 May 2027 is a Friday); body right")),
    (D, bad("name_near_miss", S("en", "decline", "Evangeline Thorpe", "Raymond Achebe", "formal", "regular",
                                meeting="Charity golf day for the hospice", at="Friday 10 September at 8:00",
                                reason="I'm recovering from knee surgery"),
            "Hospice golf day",
            """Dear Ms Thorp,

Thank you for thinking of me for the hospice golf day on Friday 10 September. I'm still recovering from knee surgery, so I'll have to sit this one out.

I hope it raises a great deal.

Kind regards,
Raymond Achebe""",
            "name_near_miss: 'Ms Thorp' for Thorpe (one letter dropped)")),
    (D, bad("percent_swapped", S("en", "late_cancellation", "Clement Yardley", "Felicity Moore", "formal", "regular",
                                 meeting="Family portrait session in the studio", at="Saturday 4 September at 10:00",
                                 props=("Saturday 11 September at 10:00",), reason="their daughter broke her arm",
                                 pol={"notice_hours": 72, "fee_percent": 40, "deposit_percent": 20}),
            "Saturday's portrait session",
            """Dear Mr Yardley,

I'm so sorry to hear about your daughter's arm. As the cancellation falls within 72 hours, under our terms the 40% deposit is kept and 20% of the session fee applies.

We could rebook for Saturday 11 September at 10 am.

Kind regards,
Felicity Moore""",
            "percent_swapped: deposit 40% and fee 20% (given: fee 40, deposit 20)")),
    (D, bad("place_changed", S("en", "reschedule", "Oswald Pennyfeather", "Kirsty Dalgleish", "formal", "new",
                               meeting="Viewing of the cottage in Pitlochry", at="Monday 6 September at 12:00",
                               props=("Thursday 9 September at 12:00",), reason="the tenants move out later than planned"),
            "Cottage viewing",
            """Dear Mr Pennyfeather,

The tenants are moving out later than planned, so Monday's viewing of the cottage in Aberfeldy will have to move. Would Thursday 9 September at midday suit?

Kind regards,
Kirsty Dalgleish""",
            "place_changed: 'cottage in Aberfeldy' for the cottage in Pitlochry")),
    (D, bad("foreign_paragraph", S("en", "switch_to_call", "Helena Castellanos-Reid", "Simon Eckersley", "formal", "regular",
                                   meeting="Quarterly review with the packaging supplier", at="Tuesday 7 September at 9:00",
                                   props=("Tuesday 7 September at 9:30",), reason="I'm working from home with a sick child"),
            "Supplier review by phone",
            """Dear Ms Castellanos-Reid,

I'm working from home next Tuesday with a poorly child, so could we hold the quarterly supplier review by phone?

Posso ligar-lhe às nove e meia, se lhe der jeito.

Kind regards,
Simon Eckersley""",
            "foreign_paragraph: the slot paragraph is in Portuguese")),
    (E, bad("policy_invented", S("en", "reschedule", "Genevieve Blackwood", "Harvey Lim", "friendly", "regular",
                                 meeting="Colour consultation at the salon", at="Monday 1 November at 14:00",
                                 props=("Friday 5 November at 14:00",), reason="our colourist is off sick"),
            "Your colour consultation",
            """Hi Genevieve,

Our colourist is off sick, so Monday's consultation needs to move. Would Friday 5 November at 2 pm work? Your deposit will of course carry over to the new date.

Harvey""",
            "policy_invented: a deposit mentioned though no policy was given")),
    (E, bad("number_invented", S("en", "switch_to_email", "Rupert Inglewood", "Shona Baxter", "formal", "regular",
                                 meeting="Meeting on the festival sponsorship pack", at="Thursday 4 November at 10:00",
                                 reason="the figures are ready to share"),
            "Festival sponsorship pack",
            """Dear Mr Inglewood,

The figures for the sponsorship pack are ready, so there's no need to meet next Thursday: I'll email them over. If you could come back to me by Friday 12 November, that would be a great help.

Kind regards,
Shona Baxter""",
            "number_invented: a reply deadline (Friday 12 November) nobody gave")),
    (E, bad("discount_invented", S("en", "late_cancellation", "Wilhelmina Stroud", "Craig Donnelly", "formal", "regular",
                                   meeting="Sports massage", at="Wednesday 27 October at 18:00",
                                   props=("Wednesday 3 November at 18:00",),
                                   reason="she asks for the late fee to be waived as a loyal client",
                                   pol={"notice_hours": 24, "fee_percent": 50}),
            "Yesterday's massage",
            """Dear Ms Stroud,

Thank you for your message. As the cancellation came within 24 hours, our terms mean 50% of the fee applies; as a thank-you for your loyalty, though, I'll take £10 off your next session.

Shall we say Wednesday 3 November at 6 pm?

Kind regards,
Craig Donnelly""",
            "discount_invented: £10 off the next session because the reason asks for the fee to be waived")),
    (E, bad("link_invented", S("en", "switch_to_call", "Percival Odum", "Naomi Fairclough", "friendly", "regular",
                               meeting="Planning meeting for the science fair", at="Tuesday 2 November at 15:45",
                               props=("Tuesday 2 November at 16:15",), reason="I'm stuck at home waiting for a delivery"),
            "Science fair planning",
            """Hi Percival,

I'm stuck at home waiting for a delivery on Tuesday, so can we do the science fair planning as a call at quarter past four? Here's the link: zoom.us/j/84213379051

Naomi""",
            "link_invented: a Zoom link nobody gave")),
]
