"""v9 English records, written by hand (data-x, 2026-12-07). 001-020 correct, 021-040 flawed."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v9src._d import A, B, C, D, E


def S(*a, **k):
    return _S("en", *a, **k)


RECORDS = [
(A, ok(S("reschedule", "Philippa Garside", "Declan Moorcroft", "formal", "key",
        meeting="Review of the warehouse racking tender", at="Thursday 21 January at 10:00",
        props=("Tuesday 26 January at 10:00", "Wednesday 27 January at 14:30"),
        reason="our structural engineer has been called to a site inspection in Leeds"),
    "Racking tender review: two new options",
    """Dear Ms Garside,

Our structural engineer has been called away to a site inspection in Leeds tomorrow, and I would rather not review the racking tender without him.

Could we move to Tues 26th at the same time, or Wednesday 27 January at half past two?

Apologies for the short notice, and thank you for your flexibility.

Kind regards,
Declan Moorcroft""",
    "correct: 'Ms Garside' (no title given), 'tomorrow' = Thursday 21 from Wed 20, 'Tues 26th at the same time', 'half past two'")),
(A, ok(S("decline", "Toby Wainwright", "Imogen Stallard", "friendly", "regular",
        meeting="Burns Night supper at the rugby club", at="Monday 25 January at 19:30",
        reason="I'm on nights at the hospital all that week"),
    "Burns Night",
    """Hi Toby,

I'm on nights at the hospital all week, so I'll have to give Burns Night a miss this year. Raise a dram for me and save me a bit of haggis (or don't!).

Cheers,
Imogen""",
    "correct: friendly, reason paraphrased, 'a dram' / 'a bit' not numbers")),
(A, ok(S("no_show_followup", "Rosalind Featherstone", "Marcus Oyebanji-Reeve", "formal", "new",
        meeting="Initial consultation about your loft conversion", at="Tuesday 19 January at 11:00",
        props=("Friday 22 January at 11:00", "Monday 25 January at 16:00"), pol={"fee_percent": 25}),
    "Yesterday's consultation",
    """Dear Mrs Featherstone,

I was expecting you yesterday at eleven for our initial consultation about your loft conversion, but unfortunately we didn't manage to meet.

As set out in our terms, a missed appointment is charged at a quarter of the fee (25%). I'd be glad to see you on Friday 22 January at the same time, or on Monday 25 January at 4 pm.

Yours sincerely,
Marcus Oyebanji-Reeve""",
    "correct: 'yesterday at eleven' from Wed 20, 'a quarter of the fee (25%)', '4 pm' for 16:00")),
(A, ok(S("cancellation_policy", "Gideon Ashworth", "Helena Pryce", "formal", "new",
        pol={"notice_hours": 48, "deposit_percent": 20}),
    "Booking the barn for your party",
    """Dear Mr Ashworth,

Thank you for your interest in hiring the barn. To hold a date we take a 20% deposit, and we ask for at least two days' notice (48 hours) if you need to cancel or change the booking.

Best wishes,
Helena Pryce""",
    "correct: no meeting, 'two days' notice (48 hours)'")),
(B, ok(S("shorten", "Harriet Lockwood", "Nikhil Varadarajan", "formal", "regular",
        meeting="Quarterly catch-up on the payroll migration", at="Tuesday 16 March at 9:30", dur=30,
        reason="I have to be at the auditors' by eleven"),
    "Tuesday's catch-up: half an hour",
    """Dear Harriet,

I need to be at the auditors' by eleven on Tuesday, so could we keep our quarterly catch-up on the payroll migration to half an hour, starting at 9.30 as planned?

I'll send the open points beforehand so we can make the most of it.

Best regards,
Nikhil""",
    "correct: 'half an hour' for 30, '9.30', first-name signature")),
(B, ok(S("switch_to_call", "Fergus Dunleavy", "Bronwen Hughes", "friendly", "regular",
        meeting="Coffee to plan the village fete", at="Friday 12 March at 10:30", props=("Friday 12 March at 10:00",),
        reason="I've put my back out"),
    "Tomorrow — phone instead?",
    """Hi Fergus,

I've put my back out and can barely get off the sofa, so coffee tomorrow is a no-go. Shall I ring you at ten instead and we can sort the fete over the phone?

Bronwen""",
    "correct: 'tomorrow' = Friday 12 from Thu 11, 'at ten' for 10:00, idiom 'no-go'")),
(B, ok(S("switch_to_email", "Priya Raghunathan", "Oliver Dunmore", "formal", "regular",
        meeting="Meeting on the revised print quote", at="Thursday 18 March at 15:00",
        reason="only the paper stock has changed"),
    "Revised print quote",
    """Dear Priya,

Only the paper stock has changed in the revised quote, so I don't think we need to meet on Thursday the 18th. I'll email you the updated version; a quick yes or no will do.

Kind regards,
Oliver Dunmore""",
    "correct: 'Thursday the 18th', reason restated")),
(B, ok(S("delegate", "Cressida Vaughan", "Rupert Ellingham", "formal", "key",
        meeting="Annual review of your portfolio", at="Monday 15 March at 14:00",
        col="Anjali Desai", reason="I'm having knee surgery that week"),
    "Your annual review on Monday",
    """Dear Cressida,

I'm having knee surgery next week, so my colleague Anjali Desai will take your annual portfolio review on Monday 15 March at 2 pm. She has all your papers and knows your priorities.

With best wishes,
Rupert""",
    "correct: first name to a key client, '2 pm' for 14:00")),
(C, ok(S("late_cancellation", "Barnaby Cole", "Siobhan Costigan", "formal", "regular",
        meeting="Deep-tissue massage for your shoulder", at="Monday 7 June at 18:00", props=("Thursday 10 June at 18:00",),
        pol={"notice_hours": 24, "fee_percent": 50}),
    "Yesterday's appointment",
    """Dear Mr Cole,

Thank you for letting me know about yesterday's massage, although the message reached me only that afternoon.

As our terms say, cancellations with less than a day's notice (24 hours) are charged at half the fee, 50%.

I have a slot on Thursday 10 June at 6 pm if you'd like to rebook.

Kind regards,
Siobhan Costigan""",
    "correct: 'a day's notice (24 hours)', 'half the fee, 50%', '6 pm'")),
(C, ok(S("reschedule", "Amara Okonjo", "Lewis Trelawny", "friendly", "regular",
        meeting="Test sail on the new dinghy", at="Wednesday 9 June at 17:00",
        props=("Friday 11 June at 17:00", "Monday 14 June at 18:30"), reason="the forecast is gale force on the estuary"),
    "Tomorrow's sail",
    """Hey Amara,

They're forecasting a gale on the estuary tomorrow, so let's not risk the new dinghy. Does Friday at the same time work? Or Mon 14th at half six?

Lewis""",
    "correct: 'tomorrow' = Wed 9 from Tue 8, 'Friday at the same time', 'Mon 14th at half six' for 18:30")),
(C, ok(S("decline", "Godfrey Abernethy", "Lucinda Marsh", "formal", "new",
        meeting="Demo of your fleet tracking software", at="Tuesday 15 June at 11:00",
        reason="we have just renewed with our current provider for two years"),
    "Your fleet tracking demo",
    """Dear Mr Abernethy,

Thank you for getting in touch. We have just renewed with our current provider for another two years, so it wouldn't be fair to take up your time with a demo on Tuesday 15 June.

Yours sincerely,
Lucinda Marsh""",
    "correct: 'two years' from the reason")),
(C, ok(S("shorten", "Beatrix Holloway", "Samuel Achterberg", "friendly", "key",
        meeting="Choir rehearsal for the summer concert", at="Friday 11 June at 19:00", dur=45,
        reason="the church hall is booked from eight"),
    "Friday's rehearsal",
    """Hi Beatrix,

The church hall's booked from eight on Friday, so rehearsal will be a tight forty-five minutes, kicking off at seven sharp. Warm up in the car!

Sam""",
    "correct: 'forty-five minutes', 'seven sharp' for 19:00, 'Sam' short for Samuel")),
(D, ok(S("switch_to_call", "Desmond Achebe", "Fiona Galbraith", "formal", "regular",
        meeting="Site visit for the roof survey", at="Tuesday 17 August at 9:00",
        props=("Tuesday 17 August at 12:00", "Wednesday 18 August at 9:00"),
        reason="the scaffolding won't be up until next month"),
    "Roof survey: a call instead",
    """Dear Mr Achebe,

The scaffolding won't be up until next month, so a site visit on Tuesday morning wouldn't tell us much. Could we speak by phone instead, either on Tuesday 17 August at midday or Wednesday 18 August at nine?

Kind regards,
Fiona Galbraith""",
    "correct: 'midday' for 12:00, 'at nine'")),
(D, ok(S("switch_to_email", "Poppy Ellwood-Grant", "Callum Strachan", "friendly", "regular",
        meeting="Meeting about the podcast running order", at="Friday 20 August at 15:00",
        reason="we only need to confirm two guests"),
    "Podcast running order",
    """Hi Poppy,

We've only got two guests left to confirm, so let's skip Friday's meeting and sort the running order by email. One less thing in the diary!

Callum""",
    "correct: 'two guests' from the reason, 'One less thing' idiom")),
(D, ok(S("delegate", "Clement Ashdown", "Yasmin Farouk", "formal", "regular",
        meeting="Mortgage review", at="Monday 23 August at 11:30", col="Thomas Beresford",
        reason="I'm on annual leave until the end of August"),
    "Your mortgage review on 23 August",
    """Dear Mr Ashdown,

I'll be on annual leave until the end of August, but your mortgage review on Monday 23 August at 11.30 will go ahead as planned with my colleague Thomas Beresford.

Kind regards,
Yasmin Farouk""",
    "correct: '11.30' for 11:30")),
(D, ok(S("no_show_followup", "Juno Pettigrew", "Alistair Kerr", "formal", "new",
        meeting="Suit fitting", at="Tuesday 10 August at 16:00", props=("Monday 16 August at 16:00",),
        pol={"fee_percent": 100}),
    "Tuesday's fitting",
    """Dear Ms Pettigrew,

We were expecting you on Tuesday at four for your suit fitting.

As mentioned when you booked, a missed fitting is charged in full. We can offer you Monday 16 August, same time.

Kind regards,
Alistair Kerr""",
    "correct: 'Tuesday at four' (Tue 10 from Thu 12), 'charged in full' for 100")),
(E, ok(S("late_cancellation", "Ottilie Brandreth", "Kieran Mulcahy", "friendly", "regular",
        meeting="Climbing lesson", at="Thursday 14 October at 10:00",
        reason="she texted this morning that she has flu", props=("Tuesday 19 October at 10:00",)),
    "Tomorrow's lesson",
    """Hi Ottilie,

Got your text — sorry you've got flu! No climbing tomorrow then; rest up.

If you're feeling better, how about Tuesday the 19th at the same time? The wall isn't going anywhere.

Kieran""",
    "correct: a coming lesson cancelled late, 'Tuesday the 19th at the same time', no policy")),
(E, ok(S("cancellation_policy", "Leopold Fairbanks", "Esther Ngata", "formal", "new",
        pol={"notice_hours": 168, "fee_percent": 50}),
    "Our cancellation terms",
    """Dear Mr Fairbanks,

Thank you for choosing us for your wedding flowers. Please note that we need a week's notice (168 hours) of any cancellation; later than that, half of the quoted price (50%) becomes payable.

Warm regards,
Esther Ngata""",
    "correct: 'a week's notice (168 hours)', 'half ... (50%)'")),
(E, ok(S("reschedule", "Winifred Castleton", "Ravi Chaudhry", "formal", "regular",
        meeting="Residents' association committee meeting", at="Monday 18 October at 18:30",
        props=("Thursday 21 October at 18:30", "Monday 25 October at 19:00"),
        reason="the managing agent is away"),
    "Committee meeting: new date",
    """Dear Mrs Castleton,

As the managing agent is away on Monday, I'd like to move the committee meeting to either:
• Thursday 21 October, same time (6.30 pm), or
• Monday 25 October at 7 pm.

Please let me know which suits you.

Best regards,
Ravi Chaudhry""",
    "correct: bullets, 'same time (6.30 pm)', '7 pm'")),
(E, ok(S("switch_to_call", "Jasper Quennell", "Morwenna Tregothnan", "formal", "key",
        meeting="Lunch to discuss the gallery sponsorship", at="Friday 15 October at 12:30",
        props=("Friday 15 October at 16:00",), reason="I'm stuck in Edinburgh until Saturday"),
    "Friday: a call rather than lunch",
    """Dear Jasper,

I'm afraid I'm stuck in Edinburgh until Saturday, so lunch on Friday is off. Could we talk through the gallery sponsorship by phone that afternoon at four o'clock instead?

With apologies and best wishes,
Morwenna""",
    "correct: 'that afternoon at four o'clock' for 16:00, first name to a key client")),
# ---------------------------------------------------------------- flawed
(A, bad("time_swapped", S("reschedule", "Norbert Ingleby", "Carys Pendleton", "formal", "regular",
        meeting="Boiler service", at="Friday 22 January at 8:00", props=("Monday 25 January at 13:00",),
        reason="our engineer is off sick"),
    "Boiler service",
    """Dear Mr Ingleby,

Our engineer is off sick, so we need to move your boiler service from Friday 22 January at 1 pm to Monday 25 January at 8 am.

Kind regards,
Carys Pendleton""",
    "time_swapped: hours exchanged (meeting 8:00, new slot 13:00)")),
(A, bad("time_recap_wrong", S("switch_to_call", "Maude Sinclair", "Everett Holt", "formal", "new",
        meeting="Meeting about the shop lease", at="Tuesday 26 January at 12:00",
        props=("Tuesday 26 January at 16:30",), reason="I'll be at a trade fair in Birmingham"),
    "Shop lease: call on Tuesday at 4",
    """Dear Ms Sinclair,

I'll be at a trade fair in Birmingham on Tuesday, so I can't meet you at noon. Could we speak by phone the same day at 4.30 pm instead?

Kind regards,
Everett Holt""",
    "time_recap_wrong: subject 'at 4', the slot offered is 16:30")),
(A, bad("weekday_wrong", S("decline", "Horace Penberthy", "Lydia Crane", "formal", "regular",
        meeting="Annual general meeting of the sailing club", at="Friday 29 January at 19:00",
        reason="I'll be abroad for work"),
    "AGM on Thursday 29 January",
    """Dear Mr Penberthy,

Thank you for the notice of the sailing club's AGM on Friday 29 January. Unfortunately I'll be abroad for work and won't be able to attend.

Kind regards,
Lydia Crane""",
    "weekday_wrong: subject 'Thursday 29 January' (a Friday); body right")),
(A, bad("percent_swapped", S("late_cancellation", "Edwina Blackmore", "Tariq Mahmood", "formal", "regular",
        meeting="Teeth whitening appointment", at="Monday 18 January at 15:00",
        pol={"notice_hours": 48, "fee_percent": 30, "deposit_percent": 15}),
    "Monday's appointment",
    """Dear Ms Blackmore,

We received your cancellation for Monday's appointment on the day itself. As per our terms, cancellations with under 48 hours' notice are charged 15% of the treatment price, and the 30% deposit you paid is set against that.

Kind regards,
Tariq Mahmood""",
    "percent_swapped: fee 15% and deposit 30% (given fee 30, deposit 15)")),
(B, bad("policy_invented", S("no_show_followup", "Reginald Moss", "Ffion Parry", "formal", "regular",
        meeting="Eye test and contact lens check", at="Tuesday 9 March at 11:00", props=("Tuesday 16 March at 11:00",)),
    "Tuesday's eye test",
    """Dear Mr Moss,

We had you booked in for an eye test on Tuesday at 11, but you didn't come in. As missed appointments are charged at half the usual fee, you'll see this on your next invoice.

We can see you on Tuesday 16 March at the same time.

Kind regards,
Ffion Parry""",
    "policy_invented: 'half the usual fee', no policy given")),
(B, bad("policy_invented", S("late_cancellation", "Dulcie Hartnell", "Graham Whitlock", "friendly", "regular",
        meeting="Pottery class", at="Wednesday 10 March at 19:00", props=("Wednesday 17 March at 19:00",)),
    "Last night's class",
    """Hi Dulcie,

No worries about last night. Your deposit will carry over to next week's class, so see you on Wednesday 17 March, same time?

Graham""",
    "policy_invented: a deposit carried over, no policy given")),
(B, bad("number_invented", S("switch_to_email", "Valentine Orr", "Pippa Langley", "formal", "regular",
        meeting="Meeting about the tile catalogue", at="Tuesday 16 March at 14:00",
        reason="we only need your sign-off on the colours"),
    "Tile catalogue",
    """Dear Valentine,

We only need your sign-off on the colours, so we can skip Tuesday's meeting and do this by email. I've attached all 36 colour swatches for you to look through.

Kind regards,
Pippa Langley""",
    "number_invented: '36 colour swatches' nobody gave")),
(B, bad("number_invented", S("decline", "Augustus Fenwick", "Tamsin Rowe", "formal", "new",
        meeting="Presentation of your office cleaning service", at="Monday 22 March at 13:00",
        reason="we handle cleaning in-house"),
    "Your cleaning service",
    """Dear Mr Fenwick,

Thank you for the offer. We handle cleaning in-house, so there is no need for the presentation on Monday 22 March. If anything changes, I'll let you know by the end of April.

Kind regards,
Tamsin Rowe""",
    "number_invented: a deadline 'by the end of April' nobody gave")),
(C, bad("discount_invented", S("late_cancellation", "Montgomery Ashcombe", "Saoirse Brennan", "friendly", "regular",
        meeting="Personal training session at the riverside gym", at="Monday 7 June at 7:00", props=("Thursday 10 June at 7:00",),
        reason="he asked whether he could get something off as he was ill", pol={"fee_percent": 50}),
    "Yesterday's session",
    """Hi Monty,

Hope you're feeling better! Normally a late cancellation costs 50% of the session, but since you were ill I'll knock £15 off your next block of sessions. Thursday 10 June at 7 as usual?

Saoirse""",
    "discount_invented: '£15 off' licensed only by the reason")),
(C, bad("discount_invented", S("reschedule", "Clarissa Dobbs", "Neville Ogunleye", "formal", "key",
        meeting="Installation of the new kitchen worktops", at="Friday 11 June at 8:00",
        props=("Wednesday 16 June at 8:00",), reason="the stone arrived cracked"),
    "Worktop installation",
    """Dear Mrs Dobbs,

The stone for your worktops arrived cracked, so we'll need to move Friday's installation to Wednesday 16 June at the same time. By way of apology, we'll waive the delivery charge.

Kind regards,
Neville Ogunleye""",
    "discount_invented: a waived delivery charge nobody offered")),
(C, bad("link_invented", S("switch_to_call", "Percival Drummond", "Aisling Moran", "formal", "regular",
        meeting="Progress meeting on the online shop", at="Thursday 10 June at 14:00",
        props=("Thursday 10 June at 14:30",), reason="our developer is working remotely this week"),
    "Online shop: video call",
    """Dear Mr Drummond,

Our developer is working remotely this week, so let's switch Thursday's progress meeting to a video call at 2.30, so he can join. Here's the link: zoom.us/j/84512930761

Kind regards,
Aisling Moran""",
    "link_invented: a meeting link nobody gave")),
(C, bad("link_invented", S("decline", "Henrietta Loxley", "Bartholomew Quayle", "friendly", "regular",
        meeting="Charity quiz night", at="Saturday 12 June at 19:30",
        reason="I promised to take my mum to the seaside"),
    "Quiz night",
    """Hi Henrietta,

I've promised to take Mum to the seaside on Saturday, so I'll miss the quiz. Happy to chip in though — I'll donate via www.justgiving.com/quiz-night-2027.

Barty""",
    "link_invented: a fundraising page nobody gave")),
(D, bad("email_invented", S("delegate", "Griselda Varley", "Hamish Ferguson", "formal", "regular",
        meeting="Tax return consultation", at="Friday 13 August at 10:00",
        col="Nadia Petrakis", reason="I'm supporting another client through an HMRC enquiry"),
    "Friday's consultation",
    """Dear Ms Varley,

I'm supporting another client through an HMRC enquiry on Friday, so my colleague Nadia Petrakis will hold your tax return consultation at 10. You can send her your documents at nadia.petrakis@gmail.com.

Kind regards,
Hamish Ferguson""",
    "email_invented: a private address of the colleague")),
(D, bad("email_invented", S("no_show_followup", "Ambrose Kitteridge", "Delphine Ashby", "formal", "new",
        meeting="Careers guidance session", at="Wednesday 11 August at 15:00", props=("Wednesday 18 August at 15:00",)),
    "Yesterday's session",
    """Dear Mr Kitteridge,

I was expecting you yesterday at three for your careers guidance session. If you'd still like one, I can see you on Wednesday 18 August at the same time — just confirm with our bookings team at bookings@ashbycareers.co.uk.

Kind regards,
Delphine Ashby""",
    "email_invented: a bookings address nobody gave")),
(D, bad("phone_invented", S("reschedule", "Mabel Thistlewood", "Conrad Bishop", "formal", "regular",
        meeting="Viewing of the flat on Jesmond Road", at="Friday 13 August at 17:00",
        props=("Tuesday 17 August at 17:00", "Wednesday 18 August at 10:00"),
        reason="the current tenants don't move out until Monday"),
    "Viewing on Jesmond Road",
    """Dear Mrs Thistlewood,

The current tenants don't move out of the Jesmond Road flat until Monday, so could we move the viewing to Tuesday 17 August at 5 pm or Wednesday 18 August at 10 am? If it's easier, call me on 07700 914 238.

Kind regards,
Conrad Bishop""",
    "phone_invented: a UK mobile nobody gave")),
(D, bad("phone_invented", S("switch_to_call", "Lorcan Fitzgerald", "Rhiannon Bevan", "friendly", "regular",
        meeting="Lunch to talk about the stag do", at="Monday 16 August at 13:00",
        props=("Monday 16 August at 18:00",), reason="I'm stuck in the office all day"),
    "Monday",
    """Hey Lorcan,

I'm chained to my desk all day Monday, so lunch is off. I'll give you a ring at six to sort the stag do — or call my direct line, 0161 496 0732, whenever suits.

Rhiannon""",
    "phone_invented: a direct line nobody gave")),
(E, bad("title_or_company_invented", S("shorten", "Ignatius Platt", "Verity Sandhu", "formal", "regular",
        meeting="Quarterly supplier meeting", at="Thursday 21 October at 9:30", dur=40,
        reason="I'm leaving for a conference that afternoon"),
    "Thursday's supplier meeting",
    """Dear Mr Platt,

I'm leaving for a conference on Thursday afternoon, so could we keep the quarterly supplier meeting to forty minutes, from 9.30 as planned?

Kind regards,
Verity Sandhu
Head of Procurement""",
    "title_or_company_invented: a job title under the signature")),
(E, bad("name_near_miss", S("reschedule", "Cordula Winterbottom", "Jethro Lamb", "formal", "regular",
        meeting="Annual alarm system check", at="Friday 15 October at 9:00",
        props=("Wednesday 20 October at 9:00",), reason="our technician is off sick"),
    "Alarm system check",
    """Dear Ms Winterbotham,

Our technician is off sick, so we need to move your annual alarm check from Friday to Wednesday 20 October at the same time. Apologies for the inconvenience.

Kind regards,
Jethro Lamb""",
    "name_near_miss: 'Winterbotham' for Winterbottom")),
(E, bad("place_changed", S("switch_to_email", "Hester Gale", "Desmond Pike", "formal", "regular",
        meeting="Meeting about the coach hire for the trip to Bath", at="Tuesday 19 October at 17:00",
        reason="I only need the final number of passengers"),
    "Coach hire",
    """Dear Ms Gale,

For the coach hire for the trip to Bristol I only need the final number of passengers, so we can skip Tuesday's meeting and settle it by email.

Kind regards,
Desmond Pike""",
    "place_changed: Bristol for Bath")),
(E, bad("foreign_paragraph", S("no_show_followup", "Cosmo Hardcastle", "Evangeline Strutt", "formal", "new",
        meeting="Valuation visit to the cottage", at="Tuesday 12 October at 11:00", props=("Friday 15 October at 11:00",)),
    "Yesterday's valuation visit",
    """Dear Mr Hardcastle,

I was at the cottage yesterday at eleven for the valuation visit, but nobody was in.

I can come back on Friday 15 October at the same time. Caso prefira, posso também enviar-lhe antes a lista dos documentos de que preciso.

Kind regards,
Evangeline Strutt""",
    "foreign_paragraph: a Portuguese sentence ending the second paragraph")),
]
