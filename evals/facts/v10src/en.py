"""v10 English records, written by hand (data-z, 2026-12-07). 001-020 correct, 021-040 flawed."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v10src._d import A, B, C, D, E


def S(*a, **k):
    return _S("en", *a, **k)


RECORDS = [
# ---------------------------------------------------------------- correct
(A, ok(S("reschedule", "Philippa Tregothnan", "Declan Moorhouse", "formal", "key",
        meeting="Review of the cross-dock handover at Immingham", at="Thursday 4 February at 10:00",
        props=("Tuesday 9 February at 10:00", "Wednesday 10 February at 14:30"),
        reason="the port authority has called an unscheduled safety inspection on Thursday"),
    "Immingham handover review – new date",
    """Dear Ms Tregothnan,

The port authority has called a safety inspection at Immingham for Thursday, at no notice, and I need to be there for it. I'm sorry to say that means moving tomorrow's review of the cross-dock handover.

Could either of these work for you?
- Tues 9th, same time (10 am)
- Wed 10th at half past two

Apologies again for the short notice.

Kind regards,
Declan Moorhouse""",
    "correct: 'Ms' + surname (no title given), 'Tues 9th, same time (10 am)', 'Wed 10th at half past two', 'short notice' idiom")),
(A, ok(S("decline", "Rory Fairbairn", "Imogen Thackeray", "friendly", "regular",
        meeting="Jazz ensemble jam night at the Corn Exchange", at="Friday 5 February at 19:30",
        reason="I'm playing a wedding gig in York that night"),
    "Friday's jam",
    """Hi Rory,

Gutted, but I can't make Friday's jam night – I've got a wedding gig in York. Have one for me and tell the horn section to behave!

Imogen""",
    "correct: friendly, 'Have one for me' (idiom with a number word), no times restated")),
(A, ok(S("no_show_followup", "Gwendolyn Pryce", "Callum Ferrier", "formal", "new",
        meeting="Puppy vaccination for Biscuit", at="Tuesday 2 February at 16:20",
        props=("Monday 8 February at 16:20",)),
    "Biscuit's vaccination",
    """Dear Mrs Pryce,

We were expecting you and Biscuit yesterday at twenty past four for his puppy vaccination, but didn't see you. I hope all is well.

We have kept the same time free on Monday 8 February if that suits you; just reply to let us know.

Best wishes,
Callum Ferrier""",
    "correct: 'Mrs' + surname, 'yesterday at twenty past four' for Tue 2 Feb 16:20, 'the same time ... on Monday 8 February'")),
(A, ok(S("switch_to_email", "Anselm Whitcombe", "Priya Ramaswamy", "formal", "regular",
        meeting="Kick-off on the German patent translation", at="Friday 5 February at 09:00",
        reason="I only need the claims and your preferred terminology list"),
    "Patent translation – no need to meet on Friday",
    """Dear Anselm,

For the German patent translation I really only need two things from you: the claims and your preferred terminology list. Rather than take up your Friday morning with a kick-off, could you send them over by email?

I'll come back to you with any queries in writing.

With best regards,
Priya""",
    "correct: first name to a regular client, 'two things' restating the reason's two items, 'Friday morning' for 9:00")),
(B, ok(S("shorten", "Beatrix Underhay", "Nathaniel Okafor", "formal", "key",
        meeting="Design review for the boathouse conversion in Henley", at="Thursday 25 March at 11:00", dur=40,
        reason="the planning officer can only see me at noon"),
    "Thursday's design review",
    """Dear Beatrix,

The planning officer can only see me at noon on Thursday, so I'll need to keep our design review for the Henley boathouse to forty minutes. We'll start at 11 as planned.

I'll send the updated elevations tomorrow so we can use the time well.

Warm regards,
Nathaniel""",
    "correct: 'forty minutes' in words for 40, 'at 11 as planned', 'noon' from the reason, 'tomorrow' = Wed 24 (no time fact)")),
(B, ok(S("delegate", "Desmond Larkin", "Harriet Quayle", "formal", "regular",
        meeting="Helpdesk onboarding for your new starters", at="Wednesday 24 March at 9:00",
        col="Tobias Wrenfield", reason="I'm covering an outage at our data centre"),
    "Tomorrow's onboarding session",
    """Dear Mr Larkin,

We have an outage at our data centre that I need to stay on top of, so my colleague Tobias Wrenfield will run tomorrow's helpdesk onboarding for your new starters at nine, as booked.

Tobias has the accounts ready and knows your set-up well.

Kind regards,
Harriet Quayle""",
    "correct: 'at nine, as booked' for 9:00, colleague by first name the second time")),
(B, ok(S("switch_to_call", "Freya Lockhart", "Owen Pennington", "friendly", "regular",
        meeting="Walk-through of the barn for your birthday party", at="Friday 26 March at 12:00",
        props=("Friday 26 March at 17:30",), reason="the barn is closed for rewiring until Saturday"),
    "Friday – phone instead?",
    """Hi Freya,

Bad news on the barn: the electricians have it shut for rewiring until Saturday, so I can't show you round on Friday. How about I give you a ring at half five that day instead, and we go through the layout over the phone? I can send photos first.

Cheers,
Owen""",
    "correct: 'half five' for 17:30, reason paraphrased")),
(B, ok(S("late_cancellation", "Cecily Brandreth", "Marcus Ilesanmi", "formal", "regular",
        meeting="Grade 6 clarinet lesson for Theo", at="Monday 22 March at 17:00",
        reason="cancellation by text twenty minutes before", pol={"notice_hours": 24, "fee_percent": 50}),
    "Theo's lesson yesterday",
    """Dear Mrs Brandreth,

Thank you for your text yesterday letting me know Theo couldn't make his clarinet lesson; it reached me about twenty minutes before we were due to start at five.

As lessons cancelled with less than a day's notice (24 hours) are charged at half the lesson fee, I'll add 50% of yesterday's fee to this month's invoice.

Best wishes,
Marcus Ilesanmi""",
    "correct: 'a day's notice (24 hours)', 'half the lesson fee' = 50%, 'twenty minutes' from the reason, 'five' for 17:00")),
(C, ok(S("cancellation_policy", "Augustus Pemberton", "Eilidh MacRae", "formal", "new",
        pol={"notice_hours": 48, "fee_percent": 30}),
    "Welcome to the practice – appointments",
    """Dear Mr Pemberton,

Welcome to the practice, and thank you for registering your dogs with us.

One thing worth knowing before your first visit: if you need to cancel an appointment, please give us at least two days' notice (48 hours). Later cancellations are charged at 30% of the consultation fee.

Kind regards,
Eilidh MacRae""",
    "correct: policy without a meeting, 'two days' notice (48 hours)', 'first visit' not a number fact")),
(C, ok(S("reschedule", "Jasmine Whitlock", "Kieran Maddox", "friendly", "regular",
        meeting="Setting up the shop's new card terminals", at="Friday 16 April at 8:00",
        props=("Monday 19 April at 8:00",), reason="the terminals are stuck in customs"),
    "Card terminals – Monday?",
    """Hi Jasmine,

Annoyingly your new card terminals are sitting in customs, so there's nothing for me to set up on Friday. Could we do Monday instead, same early start (8 am), before you open?

Thanks, and sorry for the hassle!
Kieran""",
    "correct: 'Monday ... same early start (8 am)'")),
(C, ok(S("decline", "Lionel Ashdown", "Sofia Castellano", "formal", "regular",
        meeting="Interpreting at the supplier visit from Valencia", at="Tuesday 20 April at 10:00",
        reason="I am already booked for a court hearing that day"),
    "Supplier visit on 20 April",
    """Dear Mr Ashdown,

Thank you for thinking of me for the supplier visit from Valencia. Unfortunately I am already booked to interpret at a court hearing on Tuesday 20 April, so I must decline this one.

I hope the visit goes smoothly.

Yours sincerely,
Sofia Castellano""",
    "correct: 'Tuesday 20 April' restated, reason paraphrased")),
(C, ok(S("no_show_followup", "Dougie Harrow", "Niamh Culhane", "friendly", "regular",
        meeting="Collection of the removal crates from your flat", at="Tuesday 13 April at 8:00",
        props=("Friday 16 April at 8:00",)),
    "Crates pick-up",
    """Hi Dougie,

Our van came round yesterday at eight to collect the removal crates, but there was no answer at the flat. No harm done!

We can swing by again on Friday at the same time – does that work?

Cheers,
Niamh""",
    "correct: 'yesterday at eight' from Wed 14 Apr, 'Friday at the same time'")),
(D, ok(S("switch_to_call", "Rosalind Ogilvie", "Sebastian Marchbank", "formal", "key",
        meeting="Site meeting on the listed mill conversion in Macclesfield", at="Thursday 6 May at 14:00",
        reason="the structural engineer's report is delayed, so there's nothing new to see on site"),
    "Thursday's site meeting",
    """Dear Rosalind,

The structural engineer's report on the mill is running late, so there is frankly nothing new to see on site in Macclesfield on Thursday. Rather than have you travel for nothing, shall we keep the 2 pm slot as a phone call?

Best,
Sebastian""",
    "correct: '2 pm' for 14:00, reason restated, 'for nothing' idiom")),
(D, ok(S("late_cancellation", "Poppy Linford", "Alfie Chadwick", "friendly", "key",
        meeting="Hen party cocktail class in the Vault Bar", at="Thursday 6 May at 19:00",
        reason="cancelled this morning", pol={"notice_hours": 72, "fee_percent": 100, "deposit_percent": 25}),
    "Thursday's cocktail class",
    """Hi Poppy,

So sorry the hen party's cocktail class is off – thanks for letting us know this morning.

Just so it's clear, our terms are a 25% deposit when booking and the full price if a class is cancelled within three days (72 hours) of the date, so I'm afraid Thursday will be charged in full.

Hope we get to mix you a drink another time!
Alfie""",
    "correct: deposit 25% and fee 100% each with its own term, 'three days (72 hours)', 'charged in full'")),
(D, ok(S("delegate", "Barnaby Coles", "Ingrid Sallis", "friendly", "regular",
        meeting="Saturday drum lesson for the twins", at="Saturday 8 May at 10:00",
        col="Mateo Ferreira", reason="I'm away at a percussion summit in Glasgow"),
    "The twins' lesson on Saturday",
    """Hi Barnaby,

I'm off to a percussion summit in Glasgow this weekend, so Mateo Ferreira will take the twins' drum lesson on Saturday at ten. He's lovely and a brilliant teacher – they'll be in good hands.

Best,
Ingrid""",
    "correct: 'the twins' from the meeting name, 'at ten'")),
(D, ok(S("cancellation_policy", "Wilfred Onslow", "Tamsin Greaves", "formal", "regular",
        meeting="On-site cyber-security training for your staff", at="Wednesday 12 May at 13:30",
        pol={"notice_hours": 168, "deposit_percent": 40}),
    "Cyber-security training on 12 May",
    """Dear Mr Onslow,

I'm pleased to confirm the on-site cyber-security training for your staff on Wednesday 12 May, starting at 1.30 pm.

To secure the date we ask for a 40% deposit. The session can be cancelled or moved free of charge with a week's notice (168 hours).

Kind regards,
Tamsin Greaves""",
    "correct: '1.30 pm', 'a week's notice (168 hours)', 'free of charge' only as the given notice rule")),
(E, ok(S("shorten", "Hattie Grayson", "Benedikt Rauch", "friendly", "regular",
        meeting="Proofreading session for the museum audio guide", at="Thursday 3 June at 15:00", dur=30,
        reason="I have to collect my son from hospital at four"),
    "Tomorrow – a bit shorter",
    """Hi Hattie,

I need to collect my son from hospital at four tomorrow, so could we keep the audio guide proofreading to half an hour, from three? I'll flag the tricky passages beforehand so we can get straight to them.

Thanks so much,
Ben""",
    "correct: 'half an hour' for 30, 'from three', signed with a short form 'Ben' of Benedikt")),
(E, ok(S("reschedule", "Montgomery Halsall", "Aoife Brennan", "formal", "regular",
        meeting="Annual check-up for your horse Juniper", at="Friday 4 June at 9:30",
        props=("Tuesday 8 June at 9:30", "Thursday 10 June at 14:00"),
        reason="the clinic's portable X-ray machine is being serviced"),
    "Juniper's annual check-up",
    """Dear Mr Halsall,

Our portable X-ray machine is away for servicing this week, and I'd rather not do Juniper's annual check-up without it. Could we move it to either Tuesday 8 June at 9.30, or Thursday 10 June at 2 pm?

With apologies,
Aoife Brennan""",
    "correct: '9.30', '2 pm' for 14:00, 'annual' from the meeting name")),
(E, ok(S("decline", "Clementine Ashby", "Rhys Maddern", "friendly", "key",
        meeting="Launch party for your new warehouse in Swindon", at="Friday 11 June at 18:00",
        reason="I'm on a long-haul delivery run to Inverness that week"),
    "Your launch party",
    """Hi Clementine,

Thanks so much for the invite! Sadly I'll be on the long-haul run up to Inverness that week, so I'll miss the launch of the new Swindon warehouse. Raise a glass for me – it's a huge milestone.

All the best,
Rhys""",
    "correct: friendly decline to a key client, 'Raise a glass' idiom, no numbers")),
(E, ok(S("switch_to_email", "Vivienne Harcourt", "Jonah Pellow", "formal", "new",
        meeting="Meeting to certify the translation of your diplomas", at="Monday 7 June at 11:00",
        reason="certified copies can be sent by post"),
    "Certified translation of your diplomas",
    """Dear Ms Harcourt,

There is no need for you to come in on Monday: I can certify the translation of your diplomas and send the certified copies to you by post. If you could confirm your postal address by email, I'll get them out as soon as they are ready.

Yours sincerely,
Jonah Pellow""",
    "correct: reason restated, no address invented (the client is asked for hers)")),
# ---------------------------------------------------------------- flawed
(A, bad("time_recap_wrong", S("reschedule", "Horace Tilbury", "Marianne Stroud", "formal", "regular",
        meeting="Measured survey of the chapel roof in Frome", at="Thursday 4 February at 8:30",
        props=("Monday 8 February at 8:30",), reason="scaffold delivery has slipped"),
    "Chapel roof survey moved to Tuesday 9 February",
    """Dear Mr Tilbury,

The scaffold delivery for the chapel in Frome has slipped, so we can't get up on the roof tomorrow for the measured survey.

Could we move it to Monday 8 February, same time (8.30)?

Kind regards,
Marianne Stroud""",
    "time_recap_wrong: the subject names Tue 9 Feb; the offered slot is Mon 8 Feb")),
(A, bad("policy_invented", S("no_show_followup", "Lavinia Kettering", "Samuel Adeyemi", "formal", "new",
        meeting="Trial singing lesson at the Old Rectory studio", at="Tuesday 2 February at 18:00"),
    "Your trial lesson",
    """Dear Ms Kettering,

I was expecting you yesterday at six for your trial singing lesson at the Old Rectory studio, but you didn't arrive. I hope everything is all right.

As with all missed trial lessons, a half-lesson fee will apply. Do get in touch if you would like to book another time.

Best wishes,
Samuel Adeyemi""",
    "policy_invented: 'a half-lesson fee will apply' with no policy given")),
(A, bad("email_invented", S("switch_to_email", "Fergus Blackwood", "Lottie Harker", "friendly", "regular",
        meeting="Catch-up on pallet returns", at="Friday 5 February at 11:00",
        reason="I'm working from the depot with patchy signal"),
    "Pallet returns – email instead?",
    """Hi Fergus,

I'm stuck at the depot all week with patchy signal, so let's swap Friday's catch-up on pallet returns for email. Send me the return numbers when you have them – best to use my home address, lottie.harker@btinternet.com, as the depot Wi-Fi keeps blocking attachments.

Thanks!
Lottie""",
    "email_invented: a private address nobody gave")),
(A, bad("number_invented", S("decline", "Percival Anstey", "Ruth Okonjo", "formal", "regular",
        meeting="Tasting evening for your company's summer ball", at="Friday 5 February at 18:30",
        reason="our chef is off sick this week"),
    "Friday's tasting evening",
    """Dear Mr Anstey,

I'm sorry to say our chef is off sick this week, so we cannot host the tasting evening for your summer ball on Friday.

Once she is back, we would be delighted to arrange a tasting for up to twelve guests.

Kind regards,
Ruth Okonjo""",
    "number_invented: 'up to twelve guests', a head count in words nobody gave")),
(B, bad("time_swapped", S("switch_to_call", "Georgiana Pell", "Arjun Mehta", "formal", "key",
        meeting="Quarterly service review for the helpdesk contract", at="Thursday 25 March at 14:00",
        props=("Thursday 25 March at 9:00",), reason="our reports are finished early"),
    "Quarterly review – a call instead",
    """Dear Georgiana,

Good news: our quarterly reports are finished early, so there is little to gain from a full meeting. Rather than meeting at nine on Thursday, could we do a short call at 2 pm instead?

Kind regards,
Arjun Mehta""",
    "time_swapped: the meeting is at 14:00 and the proposed call at 9:00; the mail has them the other way round")),
(B, bad("link_invented", S("reschedule", "Toby Marchant", "Esme Radcliffe", "friendly", "regular",
        meeting="Band rehearsal for the spring gig", at="Wednesday 24 March at 19:00",
        props=("Thursday 25 March at 19:00",), reason="the rehearsal studio double-booked us"),
    "Rehearsal moved to Thursday",
    """Hey Toby,

The studio's gone and double-booked us tomorrow, so rehearsal for the spring gig moves to Thursday, same time (7 pm).

I've put the setlist here so you can have a look first: docs.google.com/spreadsheets/d/1xQ7springgig

See you Thursday!
Esme""",
    "link_invented: a shared-document link nobody gave")),
(B, bad("phone_invented", S("late_cancellation", "Imelda Frost", "Gareth Pughe", "formal", "regular",
        meeting="Dental under anaesthetic for your cat Marmalade", at="Monday 22 March at 8:30",
        reason="cancelled by phone at 8 am", pol={"notice_hours": 48, "fee_percent": 50}),
    "Marmalade's dental appointment",
    """Dear Mrs Frost,

Thank you for your call yesterday at 8 am cancelling Marmalade's dental. As the procedure was cancelled with less than two days' notice (48 hours), half the fee will be charged, as set out in our terms.

To rebook, please ring our reception on 01225 448 301.

Kind regards,
Gareth Pughe""",
    "phone_invented: a landline nobody gave")),
(B, bad("percent_swapped", S("cancellation_policy", "Rupert Halsey", "Cerys Mottram", "formal", "new",
        pol={"notice_hours": 336, "fee_percent": 50, "deposit_percent": 30}),
    "Hire terms for the Long Gallery",
    """Dear Mr Halsey,

Thank you for your interest in hiring the Long Gallery. Our terms are simple: we take half of the hire fee as a deposit on booking, and if you cancel within two weeks (336 hours) of the event, 30% of the hire fee is charged.

Kind regards,
Cerys Mottram""",
    "percent_swapped: deposit given 30 and fee 50; the mail says a deposit of 'half' and a fee of 30%")),
(C, bad("weekday_wrong", S("no_show_followup", "Cordelia Rushworth", "Emeka Nwosu", "formal", "regular",
        meeting="Laptop hand-over at the front desk", at="Tuesday 13 April at 9:00", props=("Friday 16 April at 9:00",)),
    "Your laptop hand-over",
    """Dear Ms Rushworth,

Your new laptop was ready for you at the front desk yesterday at 9:00, but we didn't see you.

Would Thursday 16 April at 9:00 suit you instead? It will be set up and waiting.

Kind regards,
Emeka Nwosu""",
    "weekday_wrong: body 'Thursday 16 April' (16 April 2027 is a Friday)")),
(C, bad("discount_invented", S("late_cancellation", "Milo Ashworth", "Bethan Rees", "friendly", "regular",
        meeting="Piano lesson at the Old School House", at="Tuesday 13 April at 16:00",
        reason="he asks whether the missed lesson could be made up for free", pol={"fee_percent": 100}),
    "Yesterday's lesson",
    """Hi Milo,

Sorry, I can't make up yesterday's lesson for free – late cancellations are charged in full, as you know.

I'll knock a tenner off your next lesson to make up for it, though.

Best,
Bethan""",
    "discount_invented: 'knock a tenner off', a discount nobody gave, licensed only by the reason")),
(C, bad("email_invented", S("delegate", "Octavia Fenwick", "Lukas Brandt", "formal", "key",
        meeting="Terminology meeting for the pharma labelling project", at="Friday 16 April at 10:00",
        col="Martina Esposito", reason="I've been asked to interpret at a conference in Geneva"),
    "Friday's terminology meeting",
    """Dear Ms Fenwick,

I have been asked to interpret at a conference in Geneva on Friday, so my colleague Martina Esposito will lead our terminology meeting for the pharma labelling project at 10:00, as planned.

You can reach her beforehand at martina.esposito@linguae-pro.eu.

Kind regards,
Lukas Brandt""",
    "email_invented: the colleague's address on a domain nobody gave")),
(C, bad("name_near_miss", S("shorten", "Reginald Cheverton", "Phoebe Lamartine", "formal", "regular",
        meeting="Signing of the lasting power of attorney", at="Thursday 15 April at 15:00", dur=30,
        reason="I'm due in court at four"),
    "Tomorrow's signing",
    """Dear Mr Cheverdon,

I am due in court at four tomorrow, so our appointment for the signing of your lasting power of attorney will need to be kept to thirty minutes, starting at 3 pm.

Yours sincerely,
Phoebe Lamartine""",
    "name_near_miss: 'Cheverdon' for Cheverton (one letter)")),
(D, bad("place_changed", S("switch_to_call", "Lucinda Fairweather", "Dominic Strachan", "formal", "regular",
        meeting="Visit to the new cold store in Grimsby", at="Thursday 6 May at 10:00",
        props=("Thursday 6 May at 11:00",), reason="the cold store is not certified yet"),
    "Thursday's visit",
    """Dear Ms Fairweather,

The new cold store in Hull has not been certified yet, so a visit on Thursday would not show you much. Shall we have a call at 11 instead?

Kind regards,
Dominic Strachan""",
    "place_changed: 'cold store in Hull' for Grimsby")),
(D, bad("title_or_company_invented", S("reschedule", "Archie Penrose", "Tabitha Quinn", "friendly", "regular",
        meeting="Follow-up check for Bramble's paw", at="Friday 7 May at 12:00",
        props=("Monday 10 May at 12:00",), reason="I've been called to an emergency calving"),
    "Bramble's check-up",
    """Hi Archie,

I've been called out to an emergency calving, so I'll have to move Bramble's paw check from Friday to Monday, same time (midday). Hope that's OK!

Tabitha Quinn BVSc MRCVS
Clinical Director, Quinn & Hartley Veterinary Surgeons""",
    "title_or_company_invented: qualifications, a job title and a practice name nobody gave")),
(D, bad("phone_invented", S("switch_to_email", "Eleanor Vickery", "Joel Ambrose", "formal", "new",
        meeting="Viewing of the orangery for your charity dinner", at="Monday 10 May at 15:00",
        reason="the floor plans and photos answer most questions"),
    "The orangery – plans and photos",
    """Dear Ms Vickery,

The floor plans and photos of the orangery answer most questions about your charity dinner, so I'll email them to you rather than ask you to come out on Monday. If anything is unclear, reply here or call me on 07700 914 226.

Kind regards,
Joel Ambrose""",
    "phone_invented: a mobile number nobody gave")),
(D, bad("discount_invented", S("no_show_followup", "Bartholomew Inch", "Keeley Norris", "formal", "regular",
        meeting="Remote session to migrate your mailbox", at="Monday 3 May at 14:00", props=("Thursday 6 May at 14:00",)),
    "Yesterday's mailbox migration",
    """Dear Mr Inch,

I tried to connect for your mailbox migration yesterday at 2 pm but couldn't reach you. Shall we try again on Thursday 6 May at the same time?

As a goodwill gesture we'll take 15% off this month's support invoice.

Kind regards,
Keeley Norris""",
    "discount_invented: a 15% discount nobody gave (no reason asks for it)")),
(E, bad("foreign_paragraph", S("reschedule", "Winifred Hargreaves", "Matthieu Lenoir", "formal", "regular",
        meeting="Review of the subtitles for the festival film", at="Thursday 3 June at 10:00",
        props=("Monday 7 June at 10:00",), reason="the director has sent a new cut"),
    "Subtitle review – new date",
    """Dear Ms Hargreaves,

The director has just sent a new cut of the festival film, so the subtitles need a fresh pass before we review them. Could we move tomorrow's session to Monday 7 June at 10:00?

Je vous envoie la nouvelle version des sous-titres dès ce soir.

Best regards,
Matthieu Lenoir""",
    "foreign_paragraph: a French paragraph in an English mail")),
(E, bad("link_invented", S("switch_to_call", "Stanley Burrows", "Megan Probert", "friendly", "key",
        meeting="Printer set-up at your office", at="Friday 4 June at 9:00",
        props=("Friday 4 June at 9:30",), reason="the driver can be installed remotely"),
    "Printer on Friday",
    """Hi Stanley,

Turns out I can install the printer driver remotely, so no need for me to come in on Friday. Let's do it over a call at half nine – join me here: https://zoom.us/j/84512097733

Cheers,
Megan""",
    "link_invented: a meeting link nobody gave")),
(E, bad("policy_invented", S("late_cancellation", "Ottilie Barraclough", "Felix Anand", "formal", "regular",
        meeting="Cello masterclass slot", at="Saturday 5 June at 11:00", reason="cancelled yesterday evening"),
    "Saturday's masterclass",
    """Dear Ms Barraclough,

Thank you for letting me know yesterday evening that you can no longer take your slot in Saturday's cello masterclass.

As masterclass bookings are non-refundable, the full fee stands, but I hope to see you at a future class.

Kind regards,
Felix Anand""",
    "policy_invented: 'non-refundable ... the full fee stands' with no policy given")),
(E, bad("number_invented", S("delegate", "Ambrose Kitchener", "Yasmin Rahmatullah", "formal", "regular",
        meeting="Route planning for the summer festival deliveries", at="Tuesday 8 June at 13:00",
        col="Connor Blythe", reason="I'm at a customer audit in Dublin that week"),
    "Route planning next Tuesday",
    """Dear Mr Kitchener,

I'm at a customer audit in Dublin next week, so my colleague Connor Blythe will take our route planning session for the summer festival deliveries on Tuesday at 1 pm. Connor has planned the routes for the last three festivals, so you're in safe hands.

Kind regards,
Yasmin Rahmatullah""",
    "number_invented: 'the last three festivals', a number in words nobody gave")),
]
