"""English v4 records, each written out by hand (held out). (today, record) pairs."""

from __future__ import annotations

from v2src._rec import S, bad, ok

A, B, C, D, E = "2026-12-10", "2027-02-09", "2027-04-21", "2027-06-24", "2027-10-05"
L = "en"

RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S(L, "reschedule", "Dr Philippa Harrowgate", "Owen Tremayne", "formal", "key",
             meeting="Clinical trial steering meeting", at="Tuesday 15 December at 14:30",
             props=["Thursday 17 December at 10:00", "Friday 18 December at 14:30"],
             reason="an unexpected regulatory inspection"),
           "Steering meeting: two new slots",
           """
Dear Dr Harrowgate,

An unannounced regulatory inspection has landed on Tuesday, so I am afraid I cannot hold the clinical trial steering meeting at 2.30pm as planned.

Could we meet on Thurs 17th at 10am, or on Friday the 18th at the same time as originally booked?

With apologies for the disruption,
Owen Tremayne
""", "correct: 'Dear Dr Harrowgate', 'Thurs 17th at 10am', 'same time as originally booked' for 14:30")),
    (B, ok(S(L, "reschedule", "Callum Fairweather", "Priya Venkatesan", "friendly", "regular",
             meeting="Catch-up on the brand refresh", at="Wednesday 10 February at 11:00",
             props=["Friday 12 February at 15:00"], reason="my train was cancelled"),
           "Tomorrow's catch-up",
           """
Hi Callum,

My train's been cancelled, so I won't make our catch-up on the brand refresh tomorrow at eleven. Could we do Friday at 3 instead?

Cheers,
Priya
""", "correct: 'tomorrow at eleven' (today Tue 9, meeting Wed 10), 'Friday at 3'")),
    (C, ok(S(L, "reschedule", "Professor Malcolm Ashdown", "Ingrid Osei", "formal", "new",
             meeting="Interview for the research fellowship", at="Friday 23 April at 9:30",
             props=["Tuesday 27 April at 11:00"], reason="a family bereavement"),
           "Research fellowship interview",
           """
Dear Professor Ashdown,

Owing to a bereavement in my family, I must ask to move the interview for the research fellowship arranged for Friday at half past nine.

Would Tuesday, April 27 at 11am suit you?

Yours sincerely,
Ingrid Osei
""", "correct: 'half past nine' for 9:30, US 'Tuesday, April 27'")),
    (E, ok(S(L, "reschedule", "Rosalind Pemberton", "Gareth Llewellyn", "formal", "regular",
             meeting="Quarterly supplier review", at="Thursday 7 October at 10:00",
             props=["Tuesday 12 October at 10:00", "Wednesday 13 October at 16:00"],
             reason="our auditors have asked for an extra day"),
           "Supplier review: new dates",
           """
Dear Ms Pemberton,

Our auditors have asked for an extra day on site, so Thursday's quarterly supplier review at 10 will need to move.

I could do Tues 12th, same time, or Wed 13th at 4pm. Please let me know which works best.

Kind regards,
Gareth Llewellyn
""", "correct: 'Dear Ms Pemberton', 'Tues 12th, same time', 'Wed 13th at 4pm'")),
    (D, ok(S(L, "decline", "Barnaby Whitlock", "Siobhan Kerrigan", "formal", "new",
             meeting="Demo of the fleet tracking platform", at="Wednesday 30 June at 14:00",
             reason="we have just signed a three-year contract with another provider"),
           "Demo on 30 June",
           """
Dear Mr Whitlock,

Thank you for offering a demo of the fleet tracking platform on Wednesday 30 June. We have just signed a three-year contract with another provider, so I'll decline for now rather than take up an hour of your time.

Best regards,
Siobhan Kerrigan
""", "correct: 'three-year' from the reason, 'an hour of your time' is an idiom")),
    (A, ok(S(L, "decline", "Hattie Brennan", "Jonah Whitfield", "friendly", "key",
             meeting="Christmas drinks at the studio", at="Friday 18 December at 18:00",
             reason="my son's nativity play"),
           "Friday drinks",
           """
Hi Hattie,

Gutted, but Friday is my son's nativity play (he's a sheep, no lines), so I'll have to miss the Christmas drinks at the studio. Have one for me, and a million thanks for the invite!

Jonah
""", "correct: idioms 'no lines', 'have one for me', 'a million thanks'")),
    (B, ok(S(L, "shorten", "Nigel Abernethy", "Fiona McCrae", "formal", "regular",
             meeting="Design review for the Leith bridge", at="Thursday 18 February at 13:00",
             dur=45, reason="a site inspection later that afternoon"),
           "Design review on 18 February",
           """
Dear Nigel,

I have a site inspection later on Thursday afternoon. Would you mind if we kept the design review for the Leith bridge to three quarters of an hour, still starting at 1pm?

Kind regards,
Fiona McCrae
""", "correct: 45 min as 'three quarters of an hour', 13:00 as '1pm'")),
    (D, ok(S(L, "shorten", "Tamsin Locke", "Reuben Ashford", "friendly", "regular",
             meeting="Planning session for the summer fair", at="Tuesday 29 June at 09:00",
             dur=30, reason="I've got a dentist appointment at ten"),
           "Tuesday: half an hour?",
           """
Hey Tamsin,

Dentist at ten on Tuesday, annoyingly. Could we squeeze the planning session for the summer fair into half an hour, from nine?

Thanks!
Reuben
""", "correct: 30 min as 'half an hour', 'ten' from the reason, 'nine' for 09:00")),
    (C, ok(S(L, "switch_to_call", "Eleanor Marchbanks", "Desmond Achterberg", "formal", "key",
             meeting="Annual review at your Aberdeen office", at="Monday 26 April at 11:00",
             reason="the ferry strike"),
           "Annual review on 26 April",
           """
Dear Ms Marchbanks,

With the ferry strike, I am unlikely to make it to Aberdeen on Monday. Would you be happy to hold our annual review by video call instead, at 11 as planned?

Warm regards,
Desmond Achterberg
""", "correct: same time kept, Aberdeen from the meeting")),
    (E, ok(S(L, "switch_to_call", "Kit Somerville", "Amara Nwosu", "friendly", "new",
             meeting="Coffee about the podcast collaboration", at="Thursday 7 October at 14:00",
             props=["Thursday 7 October at 14:30"], reason="my bike has a puncture"),
           "Thursday coffee",
           """
Hi Kit,

My bike's got a puncture, so could we swap Thursday's coffee for a quick call about the podcast collaboration? Half two rather than two, if that works?

Best,
Amara
""", "correct: 14:30 as 'half two' (British), old time 'two'")),
    (B, ok(S(L, "switch_to_email", "Dr Rupert Featherstone", "Lena Kowalczyk", "formal", "regular",
             meeting="Meeting on the grant budget", at="Monday 15 February at 15:00",
             reason="only two questions remain open"),
           "Grant budget by email",
           """
Dear Dr Featherstone,

As only two questions remain open on the grant budget, I suggest we settle them by email rather than meeting on Monday 15 February. I'll send them over tomorrow.

Kind regards,
Lena Kowalczyk
""", "correct: 'two questions' from the reason")),
    (C, ok(S(L, "switch_to_email", "Poppy Hargreaves", "Theo Lindqvist", "friendly", "key",
             meeting="Brainstorm on the anniversary campaign", at="Wednesday 28 April at 16:00",
             props=["Wednesday 5 May at 16:00"], reason="a packed diary"),
           "Anniversary campaign ideas",
           """
Hi Poppy,

My diary's bursting at the seams this week. Shall we pool ideas for the anniversary campaign by email first, then talk them through on Weds 5th May at 4?

Speak soon,
Theo
""", "correct: 'Weds 5th May at 4'")),
    (D, ok(S(L, "delegate", "Sir Anthony Garside", "Imogen Blackwood", "formal", "key",
             meeting="Board briefing on the acquisition", at="Thursday 1 July at 10:00",
             col="Dr Samuel Okonjo", reason="I will be at a conference in Lisbon"),
           "Board briefing on 1 July",
           """
Dear Sir Anthony,

I shall be at a conference in Lisbon that week, so my colleague Dr Okonjo will lead the board briefing on the acquisition on Thursday 1 July at 10am. He is fully up to speed.

Yours sincerely,
Imogen Blackwood
""", "correct: 'Dear Sir Anthony' (British form for a knight), colleague as 'Dr Okonjo'")),
    (E, ok(S(L, "delegate", "Bella Thorne-Hughes", "Liam Gallagher-Reid", "friendly", "regular",
             meeting="Dress fitting", at="Monday 11 October at 17:00",
             col="Niamh Costello", reason="I'm on holiday"),
           "Monday's fitting",
           """
Hi Bella,

I'm off on holiday next week, so Niamh will look after you at your dress fitting on Monday at five. She knows exactly what we discussed!

Liam
""", "correct: colleague by first name, 17:00 as 'five'")),
    (A, ok(S(L, "no_show_followup", "Mr Cedric Honeywell", "Janet Okoro", "formal", "regular",
             meeting="Pension drawdown consultation", at="Tuesday 8 December at 16:00",
             props=["Monday 14 December at 16:00"]),
           "Our appointment on Tuesday",
           """
Dear Mr Honeywell,

I was sorry not to see you on Tuesday afternoon for your pension drawdown consultation, and I hope all is well.

If it suits you, I can see you on Monday, December 14 at the same time, 4pm.

Yours sincerely,
Janet Okoro
""", "correct: past meeting 'Tuesday afternoon' (today Thu 10), US 'Monday, December 14' form, 'the same time, 4pm'")),
    (B, ok(S(L, "no_show_followup", "Freya Maddox", "Ollie Brannigan", "friendly", "new",
             meeting="Trial pottery class", at="Monday 8 February at 18:00",
             props=["Monday 15 February at 18:00"], pol={"notice_hours": 48, "fee_percent": 50}),
           "Last night's class",
           """
Hi Freya,

We missed you at the trial pottery class last night. Hope everything's OK!

You're very welcome to join us next Monday at 6pm instead. Just so you know, we ask for two days' notice if you can't make it; otherwise we charge half the fee.

Best,
Ollie
""", "correct: 48 h as 'two days' notice', 50% as 'half the fee'")),
    (C, ok(S(L, "late_cancellation", "Mrs Gwendolyn Royce", "Marcus Oyelaran", "formal", "regular",
             meeting="Knee physiotherapy session", at="Tuesday 20 April at 08:30",
             props=["Monday 26 April at 08:30"], pol={"notice_hours": 24, "fee_percent": 100}),
           "Yesterday's session",
           """
Dear Mrs Royce,

Thank you for letting us know about yesterday's physiotherapy session. We can offer you Monday 26 April at 8.30am.

Under our terms, sessions cancelled with less than 24 hours' notice are charged in full.

Kind regards,
Marcus Oyelaran
""", "correct: 100% as 'charged in full', 'yesterday' (today Wed 21)")),
    (D, ok(S(L, "late_cancellation", "Hugo Pendleton", "Zara Qureshi", "friendly", "regular",
             meeting="Personal training session at the lido", at="Wednesday 23 June at 07:00",
             pol={"notice_hours": 12, "deposit_percent": 25}),
           "Yesterday's session",
           """
Hi Hugo,

No worries about yesterday, these things happen. Just a gentle reminder that for cancellations within 12 hours we keep the 25% deposit.

Let me know when you'd like to rebook!
Zara
""", "correct: numbers as given, no slot invented")),
    (E, ok(S(L, "cancellation_policy", "Clement Baxendale", "Harriet Vance", "formal", "new",
             pol={"notice_hours": 72, "fee_percent": 25}),
           "Our cancellation terms",
           """
Dear Mr Baxendale,

Ahead of your first booking, here are our cancellation terms: you may cancel free of charge up to three days (72 hours) beforehand. After that, a quarter of the fee (25%) is due.

Kind regards,
Harriet Vance
""", "correct: policy without meeting, 'three days (72 hours)', 'a quarter of the fee'")),
    (A, ok(S(L, "cancellation_policy", "Delphine Carrow", "Seb Ainsworth", "friendly", "key",
             meeting="Wreath-making workshop", at="Wednesday 16 December at 19:30",
             pol={"notice_hours": 48, "fee_percent": 75, "deposit_percent": 30}),
           "Wednesday's workshop",
           """
Hi Delphine,

Before the wreath-making workshop on Wednesday at half seven, a quick note on terms: there's a 30% deposit up front, and if you cancel within two days (48 hours), 75% of the price is due.

See you there!
Seb
""", "correct: 19:30 as 'half seven', 48 h as 'two days (48 hours)'")),
    # ------------------------------------------------------------------ flawed
    (B, bad("time_swapped", S(L, "reschedule", "Ms Verity Cartwright", "Alasdair Munro", "formal", "regular",
             meeting="Contract renewal meeting", at="Wednesday 17 February at 09:00",
             props=["Friday 19 February at 14:00"], reason="a training course"),
           "Contract renewal meeting",
           """
Dear Ms Cartwright,

Because of a training course, I can't make our contract renewal meeting on Friday 19 February at 2pm. Could we move it to Wednesday 17 February at 9am?

Kind regards,
Alasdair Munro
""", "meeting and proposed times exchanged")),
    (C, bad("time_recap_wrong", S(L, "reschedule", "Jasper Quinlan", "Nadia Elhassan", "friendly", "regular",
             meeting="Lunch about the exhibition", at="Thursday 22 April at 12:00",
             props=["Tuesday 27 April at 12:30"], reason="a dentist appointment"),
           "Lunch moved to Tuesday at 1",
           """
Hi Jasper,

I've got a dentist appointment tomorrow, so can we push our lunch about the exhibition to Tuesday 27th at half twelve?

Thanks,
Nadia
""", "subject names Tuesday at 1, offered 12:30")),
    (D, bad("weekday_wrong", S(L, "switch_to_email", "Gideon Farrow", "Eloise Trent", "formal", "regular",
             meeting="Meeting on the signage plan", at="Tuesday 29 June at 14:00"),
           "Signage plan by email",
           """
Dear Mr Farrow,

Rather than meeting on Wednesday, June 29 at 2pm, may I suggest we handle the signage plan by email? I'll send the drafts today.

Kind regards,
Eloise Trent
""", "body: US 'Wednesday, June 29' (29 June 2027 is a Tuesday)")),
    (E, bad("percent_swapped", S(L, "no_show_followup", "Mr Lionel Ackroyd", "Bethany Colquhoun", "formal", "regular",
             meeting="Dental hygiene appointment", at="Monday 4 October at 11:00",
             props=["Monday 11 October at 11:00"], pol={"notice_hours": 24, "fee_percent": 50, "deposit_percent": 20}),
           "Your appointment yesterday",
           """
Dear Mr Ackroyd,

We missed you at your dental hygiene appointment yesterday at 11am. We can see you on Monday 11 October at the same time.

As a reminder, missed appointments without 24 hours' notice are charged at 20% of the fee, and the 50% deposit is kept.

Yours sincerely,
Bethany Colquhoun
""", "fee 50% and deposit 20% exchanged")),
    (A, bad("policy_invented", S(L, "late_cancellation", "Rhiannon Price", "Duncan Moorcroft", "formal", "regular",
             meeting="Product photography shoot", at="Wednesday 9 December at 09:00",
             props=["Tuesday 15 December at 09:00"]),
           "Yesterday's shoot",
           """
Dear Ms Price,

Thank you for letting us know about yesterday's product photography shoot. We can reschedule for Tuesday 15 December at 9am.

Please note that cancellations with less than two days' notice are charged at half the day rate.

Kind regards,
Duncan Moorcroft
""", "policy invented in words ('two days' notice', 'half the day rate'), no policy given")),
    (B, bad("name_near_miss", S(L, "decline", "Mr Fergus Haddington", "Carys Pritchard", "formal", "regular",
             meeting="Logistics industry breakfast", at="Thursday 25 February at 08:00"),
           "Breakfast on 25 February",
           """
Dear Mr Hadington,

Thank you for the invitation to the logistics industry breakfast on 25 February. Unfortunately I'm unable to attend this time.

Kind regards,
Carys Pritchard
""", "'Hadington' for Haddington (dropped letter)")),
    (C, bad("discount_invented", S(L, "switch_to_call", "Ms Octavia Bramwell", "Kieran Doyle", "formal", "new",
             meeting="Meeting about office cleaning services", at="Thursday 29 April at 10:00",
             reason="the client asked whether we offer a discount"),
           "Thursday's meeting by phone",
           """
Dear Ms Bramwell,

Could we hold Thursday's meeting about office cleaning services by phone at 10am? And as you asked, we'd be happy to give you your first month at 15% off.

Kind regards,
Kieran Doyle
""", "15% off invented, licensed only by the reason")),
    (D, bad("link_invented", S(L, "switch_to_email", "Ambrose Kettering", "Lucy Fenwick", "formal", "regular",
             meeting="Walkthrough of the floor plans", at="Friday 2 July at 13:00",
             reason="the client wants to see the floor plans beforehand"),
           "Floor plans",
           """
Dear Mr Kettering,

Instead of Friday's walkthrough, you can look at the floor plans at https://share.fenwickarchitects.co.uk/plans and send me any questions by email.

Kind regards,
Lucy Fenwick
""", "link invented, licensed only by the reason")),
    (E, bad("email_invented", S(L, "delegate", "Ms Harriet Oakes", "Tobias Wren", "formal", "regular",
             meeting="Building survey", at="Friday 8 October at 08:00", col="Ravi Chandran"),
           "Friday's building survey",
           """
Dear Ms Oakes,

My colleague Ravi Chandran will carry out the building survey on Friday at 8am. You can reach him directly at ravi.chandran84@gmail.com.

Kind regards,
Tobias Wren
""", "colleague's private e-mail invented")),
    (A, bad("email_invented", S(L, "cancellation_policy", "Cecily Drummond", "Angus Fairlie", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Cancellation policy",
           """
Dear Ms Drummond,

Cancellations made less than 24 hours before your appointment are charged in full. To cancel, please write to bookings@fairlieclinic.co.uk.

Kind regards,
Angus Fairlie
""", "e-mail address invented")),
    (B, bad("phone_invented", S(L, "switch_to_call", "Winston Okafor-Hale", "Maeve Sheridan", "formal", "regular",
             meeting="Progress meeting on the refurbishment", at="Thursday 11 February at 14:00"),
           "Thursday's progress meeting",
           """
Dear Mr Okafor-Hale,

Could we do Thursday's progress meeting on the refurbishment by phone at 2pm instead? You can reach me on 07700 918 342.

Kind regards,
Maeve Sheridan
""", "phone number invented")),
    (C, bad("phone_invented", S(L, "no_show_followup", "Danny Whitaker", "Shona Baird", "friendly", "regular",
             meeting="Career coaching session", at="Monday 19 April at 15:00",
             props=["Monday 26 April at 15:00"]),
           "Monday's session",
           """
Hi Danny,

Missed you at Monday's coaching session, hope you're alright! Does next Monday at 3 work? Text me on 07911 204 557.

Shona
""", "phone number invented")),
    (D, bad("number_invented", S(L, "decline", "Penelope Grantham", "Rory Devlin", "formal", "new",
             meeting="Presentation of printing services", at="Tuesday 29 June at 10:00"),
           "Presentation on 29 June",
           """
Dear Ms Grantham,

Thank you for offering a presentation on 29 June. We already have a printing contract worth £18,000 a year, so I'll decline for now.

Kind regards,
Rory Devlin
""", "amount '£18,000' invented")),
    (E, bad("number_invented", S(L, "switch_to_email", "Simon Rutherford", "Anika Banerjee", "formal", "regular",
             meeting="Meeting on the service agreement", at="Wednesday 13 October at 11:00"),
           "Service agreement",
           """
Dear Mr Rutherford,

Rather than meeting on Wednesday, I'll send you the revised service agreement by email. Could you return it signed by 22 October?

Kind regards,
Anika Banerjee
""", "deadline '22 October' invented")),
    (A, bad("title_or_company_invented", S(L, "shorten", "Georgina Lyle", "Patrick Conroy", "formal", "regular",
             meeting="Steering group meeting", at="Thursday 17 December at 09:00", dur=60),
           "Steering group on 17 December",
           """
Dear Georgina,

Could we keep Thursday's steering group meeting to an hour, still starting at 9am?

Best regards,
Patrick Conroy
Head of Operations, Conroy & Finch Ltd
""", "title and company invented in the signature")),
    (B, bad("title_or_company_invented", S(L, "reschedule", "Ms Daisy Fellowes", "Ivan Petrov", "formal", "key",
             meeting="Supplier onboarding call", at="Monday 15 February at 10:00",
             props=["Wednesday 17 February at 10:00"]),
           "Supplier onboarding call",
           """
Dear Ms Fellowes,

Could we move Monday's supplier onboarding call to Wednesday 17 February, same time?

Kind regards,
Ivan Petrov
Procurement Director
""", "job title invented in the signature")),
    (C, bad("place_changed", S(L, "decline", "Jocelyn Marsh", "Edwin Rooke", "formal", "regular",
             meeting="Trade fair in Harrogate", at="Wednesday 5 May at 09:00"),
           "Trade fair on 5 May",
           """
Dear Ms Marsh,

Thank you for the invitation to the trade fair in Huddersfield on Wednesday 5 May. Sadly I won't be able to attend this year.

Kind regards,
Edwin Rooke
""", "place changed: Huddersfield for Harrogate")),
    (D, bad("place_changed", S(L, "switch_to_call", "Oswald Penrose", "Tilly Crawshaw", "formal", "key",
             meeting="Site visit to the Swindon depot", at="Monday 28 June at 09:00",
             reason="rail engineering works"),
           "Monday's site visit",
           """
Dear Mr Penrose,

With the rail engineering works, might we replace Monday's site visit to the Reading depot with a call at 9am?

Kind regards,
Tilly Crawshaw
""", "place changed: Reading for Swindon")),
    (E, bad("foreign_paragraph", S(L, "decline", "Marguerite Ellison", "Noel Fitzgerald", "friendly", "new",
             meeting="Networking breakfast", at="Wednesday 13 October at 08:00"),
           "Networking breakfast",
           """
Hi Marguerite,

Thanks so much for the invite to the networking breakfast, but Wednesday won't work for me, sadly.

Ich hoffe, wir sehen uns beim nächsten Mal. Viele Grüße an alle!

Noel
""", "one German paragraph in an English mail")),
    (A, bad("foreign_paragraph", S(L, "reschedule", "Ms Beatrix Holloway", "Ramon Estrada", "formal", "regular",
             meeting="Review of the lease terms", at="Monday 14 December at 11:00",
             props=["Wednesday 16 December at 11:00"]),
           "Lease review",
           """
Dear Ms Holloway,

Would it be possible to move our review of the lease terms from Monday to Wednesday 16 December, same time?

Pedimos disculpas por las molestias y quedamos a la espera de su respuesta.

Kind regards,
Ramon Estrada
""", "one Spanish paragraph in an English mail")),
]
