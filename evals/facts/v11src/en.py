"""v11, English: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v11src._d import A, B, C, D, E


def S(*a, **k):
    return _S("en", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Anjali Thirumalai", "Gareth Prothero", "friendly", "regular",
             meeting="Mock driving test around Cardiff Bay", at="Thursday 15 July at 10:30",
             props=["Tuesday 20 July at 10:30", "Wednesday 21 July at 16:00"],
             reason="the dual-control car failed its brake check"),
           "Mock test - new day",
           """
Hi Anjali,

Bad news, I'm afraid: the dual-control car has failed its brake check, so Thursday's mock test around Cardiff Bay is off.

Could you do Tues 20th at half ten instead (same time), or Wednesday the 21st at 4 pm? Let me know and I'll book it in.

Cheers,
Gareth
""", "correct: 'Tues 20th at half ten (same time)', 'Wednesday the 21st at 4 pm'")),
    (A, ok(S("cancellation_policy", "Desmond Adebayo-Kerr", "Harriet Featherstone", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 25}),
           "Our cancellation terms for site visits",
           """
Dear Mr Adebayo-Kerr,

Thank you for instructing us on the survey of your property. Before we book the site visit, I should set out our cancellation terms.

If you need to cancel or rearrange, please give us at least two days' notice (48 hours). Cancellations made later than that are charged at a quarter of the survey fee, i.e. 25%.

Kind regards,
Harriet Featherstone
""", "correct: 'two days' notice (48 hours)', 'a quarter of the survey fee, i.e. 25%'")),
    (A, ok(S("switch_to_call", "Rhodri Pughsley", "Catrin Wynne-Jones", "formal", "regular",
             meeting="Farm walk to plan the hedgerow grant application", at="Monday 19 July at 9:00",
             reason="the lane to the farm is closed for resurfacing"),
           "Hedgerow grant: phone instead of a farm walk",
           """
Dear Mr Pughsley,

The lane to your farm is closed for resurfacing, so I won't be able to get to you for our farm walk on Monday.

Rather than lose the slot, could we go through the hedgerow grant application by phone at nine o'clock as planned? If you have the field map to hand, we can still cover most of it.

With best wishes,
Catrin Wynne-Jones
""", "correct: a call at the meeting time, 'nine o'clock'")),
    (A, ok(S("late_cancellation", "Imogen Tattersall", "Callum Ridsdale", "friendly", "regular",
             meeting="Headshot session in the studio", at="Monday 12 July at 14:00",
             props=["Friday 16 July at 14:00"], reason="cancelled by text an hour beforehand",
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Yesterday's headshots",
           """
Hi Imogen,

Got your text yesterday, an hour before we were due to start - no worries, these things happen.

Just so you know, as it was within 24 hours I do have to charge half the session fee (50%), as per the booking terms.

I've got Friday free at two if you'd like to rebook the headshots then.

Best,
Callum
""", "correct: 'half the session fee (50%)', 'Friday ... at two' for Fri 16 July 14:00")),
    (B, ok(S("decline", "Marguerite Ellingham", "Dr Sunil Varma", "formal", "key",
             meeting="Practice open evening for the new implant suite", at="Thursday 26 August at 18:30",
             reason="I am speaking at a conference in Edinburgh that evening"),
           "Open evening on Thursday",
           """
Dear Marguerite,

Thank you so much for the invitation to see the new implant suite. I'm afraid I'm speaking at a conference in Edinburgh on Thursday evening, so I'll have to miss the open evening.

I'd love to visit another time - please give my best to the whole team.

Warm regards,
Sunil Varma
""", "correct: first name to a key client, signature without the 'Dr' the sender gave")),
    (B, ok(S("shorten", "Lavinia Cheshire", "Poppy Etheridge", "friendly", "regular",
             meeting="Final walk-through of the marquee layout", at="Wednesday 25 August at 11:00", dur=45,
             reason="I have another couple's rehearsal at one"),
           "Wednesday's walk-through",
           """
Hi Lavinia,

Quick one: I've got another couple's rehearsal at one on Wednesday, so could we keep the marquee walk-through to forty-five minutes? Still starting at 11.

It'll be plenty of time - I'll bring the seating plan so we can tick everything off as we go.

Speak soon,
Poppy
""", "correct: 'forty-five minutes' in words, 'at one' from the reason")),
    (B, ok(S("no_show_followup", "Nathaniel Brightwell", "Eloise Marchbank", "formal", "new",
             meeting="Interview for the Head of People role", at="Friday 20 August at 15:00",
             props=["Wednesday 25 August at 15:00", "Thursday 26 August at 10:00"]),
           "Your interview on Friday",
           """
Dear Nathaniel,

We had your interview for the Head of People role booked for 3 pm on Friday, but unfortunately we didn't see you. I hope everything is all right.

If you're still interested, I could offer you either Wednesday 25 August at 3 pm or Thursday 26 August at 10 am.

Kind regards,
Eloise Marchbank
""", "correct: '3 pm' for 15:00, both slots restated")),
    (B, ok(S("switch_to_email", "Theo Grimshaw", "Anika Desai", "formal", "regular",
             meeting="Sign-off on the booking widget designs", at="Tuesday 24 August at 14:30",
             reason="there are only three screens left to approve"),
           "Booking widget designs by email",
           """
Hello Theo,

With only three screens left to approve on the booking widget, I don't think we need to take up your afternoon tomorrow. I'll send the designs over by email today instead, and you can reply with any changes whenever suits.

Best regards,
Anika
""", "correct: 'tomorrow' = Tue 24 Aug, 'your afternoon' for 14:30, signed with the first name")),
    (C, ok(S("delegate", "Bethany Okonjo", "Roy Hammersley", "friendly", "regular",
             meeting="First motorway lesson after passing", at="Monday 20 September at 13:00",
             col="Jolene Fairclough", reason="I'm on a refresher course for instructors"),
           "Monday's lesson",
           """
Hi Bethany,

I'm on an instructors' refresher course on Monday, so Jolene Fairclough will take you out for your motorway lesson instead. Same time, 1 pm - she'll pick you up from home as usual.

You're in safe hands!
Roy
""", "correct: '1 pm', 'as usual' not a new fact, colleague full name")),
    (C, ok(S("reschedule", "Ambrose Kettleby", "Fiona MacAskill", "formal", "regular",
             meeting="Level 3 building survey at Rook Farmhouse", at="Tuesday 21 September at 9:00",
             props=["Monday 27 September at 9:00", "Wednesday 29 September at 13:30"],
             reason="the scaffolding needed for the roof inspection won't be up until next week"),
           "Rook Farmhouse survey - new date",
           """
Dear Mr Kettleby,

The scaffolding we need for the roof inspection at Rook Farmhouse won't be up until next week, so I'd like to move the Level 3 building survey.

Would either of these suit?
- Monday 27 September, 9 am
- Wednesday 29 September, 1.30 pm

Apologies for the change, and thank you for your patience.

Yours sincerely,
Fiona MacAskill
""", "correct: '1.30 pm' for 13:30, 'Level 3' from the meeting name")),
    (C, ok(S("late_cancellation", "Cordelia Fanshawe", "Rupert Ashdown", "formal", "regular",
             meeting="Crown preparation appointment", at="Wednesday 15 September at 9:15",
             props=["Friday 24 September at 9:15"], reason="cancelled on the morning of the appointment",
             pol={"notice_hours": 24, "fee_percent": 100, "deposit_percent": 30}),
           "Yesterday's appointment",
           """
Dear Mrs Fanshawe,

Thank you for letting us know yesterday morning that you couldn't make your crown preparation appointment at 9.15.

As set out when you booked, we ask for a 30% deposit on crown work, and appointments cancelled with less than 24 hours' notice are charged in full.

We can see you on Friday 24 September at the same time. Please let us know if that works.

Yours sincerely,
Rupert Ashdown
""", "correct: deposit and fee each with its own term, 'charged in full' for 100%")),
    (C, ok(S("switch_to_call", "Isadora Quaile", "Benedict Oyelaran", "friendly", "key",
             meeting="Album design meeting at the studio", at="Friday 17 September at 17:00",
             props=["Monday 20 September at 18:00"], reason="I've come down with a nasty cold"),
           "Album design - video call?",
           """
Hi Isadora,

I've come down with a stinker of a cold, so I'd rather not breathe all over you at the studio tomorrow!

How about we do the album design over a video call on Monday at 6 instead? I'll share the layouts on screen and you can pick your favourites.

Best,
Ben
""", "correct: 'tomorrow' = Fri 17 Sept, 'Monday at 6', 'Ben' short form for Benedict")),
    (D, ok(S("no_show_followup", "Clement Aldridge", "Morwenna Trethewey", "formal", "regular",
             meeting="Soil sampling on the barley fields", at="Thursday 7 October at 8:00",
             props=["Tuesday 12 October at 8:00"]),
           "Yesterday's soil sampling",
           """
Dear Mr Aldridge,

I called at the farm yesterday at eight for the soil sampling on the barley fields, but couldn't find anyone about. I hope all is well.

Would Tuesday 12 October at the same time suit you instead?

Kind regards,
Morwenna Trethewey
""", "correct: 'yesterday at eight' = Thu 7 Oct 8:00, 'at the same time'")),
    (D, ok(S("decline", "Jemima Hartigan", "Tabitha Crowther", "friendly", "regular",
             meeting="Drinks to celebrate the engagement", at="Saturday 16 October at 19:30",
             reason="I'm coordinating a wedding in Bath that day"),
           "Saturday drinks",
           """
Hi Jemima,

Congratulations again! I'm so sorry, but I'm coordinating a wedding in Bath on Saturday and won't make it back in time for the drinks.

Raise a glass for me - I'll be there in spirit, and I owe you one.

Love,
Tabitha
""", "correct: idioms 'raise a glass', 'I owe you one' (not a number or an offer)")),
    (D, ok(S("shorten", "Oswald Pemberton-Hale", "Yusuf Khalil", "formal", "regular",
             meeting="Quarterly roadmap review", at="Wednesday 13 October at 10:00", dur=60,
             reason="our release goes live at midday"),
           "Roadmap review on Wednesday",
           """
Dear Oswald,

Our release goes live at midday on Wednesday, so I'd like to keep the quarterly roadmap review to one hour, from 10 as planned.

I'll circulate the slides beforehand so we can spend the time on decisions rather than updates.

Best regards,
Yusuf Khalil
""", "correct: 'one hour' for 60 minutes, 'midday' from the reason")),
    (D, ok(S("cancellation_policy", "Georgiana Whitlock", "Alfie Burrowes", "formal", "new",
             meeting="Family portrait session at Kenwood House", at="Saturday 23 October at 10:00",
             pol={"notice_hours": 72, "deposit_percent": 20}),
           "Your portrait session - booking terms",
           """
Dear Ms Whitlock,

I'm delighted to confirm your family portrait session at Kenwood House on Saturday 23 October at 10 am.

To secure the date I take a 20% deposit, and if you need to cancel, I'd be grateful for three days' notice (72 hours).

I'm looking forward to meeting you all.

Kind regards,
Alfie Burrowes
""", "correct: 'three days' notice (72 hours)', '20% deposit'")),
    (E, ok(S("delegate", "Percival Drinkwater", "Naomi Hargreaves", "formal", "key",
             meeting="Shortlist review for the finance director search", at="Friday 12 November at 11:00",
             col="Tobias Kerslake", reason="I have to be in Manchester for a client's board meeting"),
           "Friday's shortlist review",
           """
Dear Percival,

I have to be in Manchester on Friday for another client's board meeting, so my colleague Tobias Kerslake will lead the shortlist review for the finance director search. It stays at 11 o'clock.

Tobias has been on the search with me from day one and knows every candidate well.

Kind regards,
Naomi Hargreaves
""", "correct: '11 o'clock', 'from day one' idiom with a number word")),
    (E, ok(S("switch_to_email", "Winifred Castellan", "Dr Ayesha Qureshi", "formal", "regular",
             meeting="Treatment plan discussion for the Invisalign aligners", at="Monday 15 November at 12:30",
             reason="the scans show the plan hasn't changed"),
           "Your aligner treatment plan",
           """
Dear Mrs Castellan,

Your latest scans show that the treatment plan for your aligners hasn't changed, so there's no need to come in on Monday lunchtime just to talk it through.

I'll email you the plan this week; do reply if anything is unclear and I'll happily call you.

Yours sincerely,
Dr Ayesha Qureshi
""", "correct: 'Monday lunchtime' for 12:30, 'Dr' as the sender gave it")),
    (E, ok(S("reschedule", "Barnaby Thistlewood", "Siobhan Garvey", "friendly", "regular",
             meeting="Grazing plan catch-up over coffee", at="Thursday 11 November at 10:00",
             props=["Friday, November 19 at 10:00"], reason="I'm stuck at the ploughing match stand all day"),
           "Coffee on the 19th?",
           """
Hi Barnaby,

I'm stuck on the stand at the ploughing match all day tomorrow, so our grazing plan catch-up will have to wait a week or so.

Does Friday the 19th at ten work for you? The coffee's on me.

Cheers,
Siobhan
""", "correct: 'tomorrow' = Thu 11 Nov, 'Friday the 19th at ten', 'The coffee's on me' (a coffee at the meeting, not a discount)")),
    (E, ok(S("late_cancellation", "Kieran Mulholland", "Shona Macintyre-Hay", "friendly", "regular",
             meeting="Pass Plus lesson", at="Tuesday 9 November at 16:00",
             props=["Thursday 18 November at 16:00"], reason="cancelled twenty minutes before the lesson",
             pol={"notice_hours": 48, "fee_percent": 100}),
           "Yesterday's Pass Plus lesson",
           """
Hi Kieran,

Sorry you had to cancel yesterday - twenty minutes before is cutting it fine!

You'll remember our terms: lessons cancelled with less than two days' notice (48 hours) are charged in full.

I can fit the Pass Plus lesson in on Thursday 18 November at 4 pm.

Shona
""", "correct: 'two days' notice (48 hours)', 'charged in full'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Leopold Hainsworth", "Jocasta Pellew", "formal", "regular",
                              meeting="Party wall inspection at Albion Terrace", at="Friday 16 July at 11:00",
                              props=["Thursday 22 July at 11:00"], reason="the neighbour's surveyor is on leave"),
            "Albion Terrace inspection moved",
            """
Dear Mr Hainsworth,

Your neighbour's surveyor is on leave on Friday, so the party wall inspection at Albion Terrace can't go ahead.

I propose moving it from Thursday 22 July to Friday 16 July, at 11 am as before.

Yours sincerely,
Jocasta Pellew
""", "dates exchanged: moved 'from Thursday 22 July to Friday 16 July'")),
    (A, bad("email_invented", S("switch_to_email", "Florence Atherton", "Declan Morrissey", "formal", "regular",
                                meeting="Briefing on the graduate recruitment campaign", at="Wednesday 14 July at 15:00",
                                reason="the job adverts are nearly final"),
            "Graduate campaign briefing",
            """
Dear Florence,

The job adverts for the graduate campaign are nearly final, so I suggest we skip tomorrow's briefing and handle the last changes by email.

Please send any comments to my personal address, declan.morrissey@outlook.com, as I'm working remotely this week.

Kind regards,
Declan Morrissey
""", "a private e-mail address nobody gave")),
    (A, bad("phone_invented", S("no_show_followup", "Tyler Beauchamp", "Gwen Pritchard", "friendly", "new",
                                meeting="First driving lesson", at="Monday 12 July at 17:30",
                                props=["Thursday 15 July at 17:30"]),
            "Your first lesson",
            """
Hi Tyler,

I was outside yours at half five yesterday for your first driving lesson but didn't manage to catch you. Hope everything's OK!

Shall we try again on Thursday at the same time? Just drop me a text on 07823 416 905 to confirm.

Gwen
""", "a mobile number nobody gave")),
    (A, bad("title_or_company_invented", S("delegate", "Horatio Blackwood", "Kirsty McLaren", "formal", "key",
                                           meeting="Sprint planning for the loyalty app", at="Monday 19 July at 9:30",
                                           col="Ravi Subramaniam", reason="I'm on jury service next week"),
            "Sprint planning on Monday",
            """
Dear Horatio,

I've been called for jury service next week, so Ravi Subramaniam will run Monday's sprint planning for the loyalty app at 9.30 as usual. He's fully up to speed.

Best regards,
Kirsty McLaren
Delivery Director, Thistle & Byte Ltd
""", "signature adds a title and a company nobody gave")),
    (B, bad("time_recap_wrong", S("reschedule", "Cressida Langford", "Hollie Pendlebury", "friendly", "regular",
                                  meeting="Venue visit at Hartwell Barn", at="Wednesday 25 August at 14:00",
                                  props=["Friday 27 August at 14:00"], reason="the venue manager is off sick"),
            "Hartwell Barn on Friday",
            """
Hi Cressida,

The venue manager at Hartwell Barn is off sick, so we'll need to move our visit. Could you do Friday 27 August at 2 pm instead?

See you Friday at three, then!

Hollie
""", "recap says three; the slot offered is 2 pm")),
    (B, bad("name_near_miss", S("decline", "Ebenezer Stroud", "Philippa Durrant", "formal", "regular",
                                meeting="Open day at the cider orchard", at="Saturday 28 August at 11:00",
                                reason="I'll be judging at the county show that weekend"),
            "Open day at the orchard",
            """
Dear Mr Strowd,

Thank you for the kind invitation to the open day at your cider orchard. Unfortunately I'll be judging at the county show that weekend, so I won't be able to come.

I hope it's a great success.

With best wishes,
Philippa Durrant
""", "'Strowd' for Stroud (one letter changed)")),
    (B, bad("place_changed", S("switch_to_call", "Arabella Scrivener", "Joel Whitcombe", "formal", "regular",
                               meeting="Pre-wedding consultation in Harrogate", at="Thursday 26 August at 12:00",
                               reason="my train has been cancelled because of the strike"),
            "Thursday's consultation",
            """
Dear Arabella,

My train has been cancelled because of the strike, so I can't get to York on Thursday for our pre-wedding consultation.

Could we have it as a video call instead, at noon as planned?

Kind regards,
Joel Whitcombe
""", "the consultation is in Harrogate; the mail says York")),
    (B, bad("foreign_paragraph", S("late_cancellation", "Lucian Farrow", "Bridget Ó Súilleabháin", "formal", "regular",
                                   meeting="Hygienist appointment", at="Friday 20 August at 10:00",
                                   props=["Tuesday 31 August at 10:00"], reason="cancelled by phone at nine that morning",
                                   pol={"notice_hours": 24, "fee_percent": 50}),
            "Your hygienist appointment",
            """
Dear Mr Farrow,

Thank you for ringing on Friday at nine to cancel your 10 o'clock hygienist appointment.

Wie bei der Buchung vereinbart, berechnen wir bei Absagen weniger als 24 Stunden vorher 50 % der Behandlungsgebühr.

We can offer you Tuesday 31 August at 10 am instead.

Yours sincerely,
Bridget Ó Súilleabháin
""", "the policy paragraph is in German")),
    (C, bad("weekday_wrong", S("switch_to_call", "Magnus Featherstonhaugh", "Olivia Chukwu", "formal", "new",
                               meeting="Second-stage interview for the payroll manager role", at="Tuesday 21 September at 11:00",
                               reason="our office is closed for a burst pipe"),
            "Interview on Wednesday 21 September by phone",
            """
Dear Mr Featherstonhaugh,

Our office is closed after a burst pipe, so we'll hold your second-stage interview for the payroll manager role by phone, on Tuesday 21 September at 11 am as planned.

I'll call you on the number on your application.

Kind regards,
Olivia Chukwu
""", "subject says 'Wednesday 21 September'; 21 September 2027 is a Tuesday (body right)")),
    (C, bad("percent_swapped", S("cancellation_policy", "Seraphina Dunmore", "Graham Ironside", "formal", "new",
                                 pol={"notice_hours": 48, "fee_percent": 100, "deposit_percent": 10}),
            "Lesson booking terms",
            """
Dear Ms Dunmore,

Welcome to the driving school. Our booking terms are simple:

- a deposit of 100% is paid when you book a block of lessons;
- lessons cancelled with less than 48 hours' notice are charged at 10%.

Kind regards,
Graham Ironside
""", "deposit 10% and fee 100% given; the mail swaps them")),
    (C, bad("policy_invented", S("late_cancellation", "Rosalind Ashcombe", "Finlay Drummond", "friendly", "regular",
                                 meeting="Newborn photo session at home", at="Wednesday 15 September at 11:00",
                                 props=["Wednesday 22 September at 11:00"], reason="cancelled that morning because the baby was unsettled"),
            "Rebooking the newborn shoot",
            """
Hi Rosalind,

No problem at all about yesterday - I hope the little one's more settled now.

As it was a same-day cancellation, your deposit will roll over to the new date, so there's nothing extra to pay.

How about Wednesday 22 September at 11 again?

Best,
Finlay
""", "a deposit that rolls over: no policy given")),
    (C, bad("number_invented", S("shorten", "Montgomery Vale", "Priyanka Sethi", "formal", "regular",
                                 meeting="Code review of the payments module", at="Friday 17 September at 14:00", dur=30,
                                 reason="we have a security audit starting at three"),
            "Tomorrow's code review",
            """
Dear Montgomery,

We have a security audit starting at three tomorrow, so I'd like to keep the code review of the payments module to half an hour, from 2 pm.

We'll focus on the 17 open pull requests that touch the refund logic.

Best regards,
Priyanka Sethi
""", "'17 open pull requests' is a number nobody gave")),
    (D, bad("discount_invented", S("switch_to_email", "Genevieve Radcliffe", "Saffron Hollis", "formal", "regular",
                                   meeting="Budget review for the wedding", at="Wednesday 13 October at 18:00",
                                   reason="the couple asked whether the planning fee could come down"),
            "Wedding budget",
            """
Dear Genevieve,

You asked whether the planning fee could come down. Rather than meet on Wednesday, let's go through the budget by email.

I can take £250 off the planning fee, and I'll send a revised breakdown.

Warm regards,
Saffron Hollis
""", "a £250 reduction because the reason mentions a request")),
    (D, bad("link_invented", S("reschedule", "Cuthbert Lancing", "Esther Mwangi", "formal", "regular",
                               meeting="Valuation visit at Mill Lane Cottage", at="Tuesday 12 October at 10:00",
                               props=["Thursday 14 October at 10:00", "Friday 15 October at 14:00"],
                               reason="the access road is flooded"),
            "Mill Lane Cottage valuation",
            """
Dear Mr Lancing,

The access road to Mill Lane Cottage is flooded, so I'll need to move Tuesday's valuation visit. I can do Thursday 14 October at 10 am or Friday 15 October at 2 pm.

You can pick whichever suits at calendly.com/esther-mwangi-surveys.

Yours sincerely,
Esther Mwangi
""", "a booking link (no scheme) nobody gave")),
    (D, bad("email_invented", S("delegate", "Wilfred Ormerod", "Juniper Coates", "formal", "regular",
                                meeting="Nutrient management review for the dairy herd", at="Monday 11 October at 10:30",
                                col="Hamish Dalgleish", reason="I'm covering the agronomy helpline"),
            "Monday's review",
            """
Dear Mr Ormerod,

I'm covering the agronomy helpline on Monday, so my colleague Hamish Dalgleish will carry out the nutrient management review for your dairy herd at 10.30.

If you'd like to send him your feed records first, his address is h.dalgleish@greenacre-advisory.co.uk.

Kind regards,
Juniper Coates
""", "an e-mail address nobody gave")),
    (D, bad("phone_invented", S("reschedule", "Prudence Wakefield", "Orla Kavanagh", "formal", "new",
                                meeting="Emergency consultation for the chipped incisor", at="Monday 11 October at 8:30",
                                props=["Tuesday 12 October at 8:30"], reason="the dentist is away at a funeral"),
            "Your consultation on Monday",
            """
Dear Ms Wakefield,

The dentist is away at a funeral on Monday, so we'll need to move your consultation for the chipped incisor to Tuesday 12 October at 8.30 am.

If that doesn't suit, please ring reception on 0161 496 0732.

Kind regards,
Orla Kavanagh
""", "a landline nobody gave")),
    (E, bad("title_or_company_invented", S("decline", "Ignatius Faulkner", "Maeve Holloway", "formal", "new",
                                           meeting="Pitch for the warehouse recruitment contract", at="Thursday 18 November at 14:00",
                                           reason="we only recruit for office roles"),
            "Warehouse recruitment pitch",
            """
Dear Mr Faulkner,

Thank you for inviting us to pitch for your warehouse recruitment contract. As we only recruit for office roles, I don't think we'd be the right fit, so I'll decline with thanks.

Yours sincerely,
Maeve Holloway
Managing Partner
""", "signature adds a job title nobody gave")),
    (E, bad("name_near_miss", S("no_show_followup", "Ottilie Brennan", "Marcus Aldous", "friendly", "regular",
                                meeting="Florist meeting for the bridal bouquet", at="Monday 8 November at 16:00",
                                props=["Monday 15 November at 16:00"]),
            "Monday's florist meeting",
            """
Hi Otilie,

We missed you at the florist on Monday for the bridal bouquet meeting - hope everything's OK!

Could you do Monday 15 November, same time (4 pm)?

Marcus
""", "'Otilie' for Ottilie (one letter dropped)")),
    (E, bad("place_changed", S("delegate", "Augustus Penhaligon", "Rosamund Tierney", "formal", "regular",
                               meeting="Dilapidations inspection at the Truro showroom", at="Tuesday 16 November at 9:30",
                               col="Kenneth Polglase", reason="I have a hearing at the tribunal"),
            "Tuesday's dilapidations inspection",
            """
Dear Mr Penhaligon,

I have a tribunal hearing on Tuesday, so my colleague Kenneth Polglase will carry out the dilapidations inspection at the Falmouth showroom at 9.30 as arranged.

Yours sincerely,
Rosamund Tierney
""", "the showroom is in Truro; the mail says Falmouth")),
    (E, bad("foreign_paragraph", S("switch_to_email", "Hugo Lindqvist-Barrow", "Niamh Costigan", "formal", "regular",
                                   meeting="Review of the rural payments claim", at="Friday 12 November at 14:00",
                                   reason="the claim only needs two signatures"),
            "Your rural payments claim",
            """
Dear Hugo,

The rural payments claim only needs two signatures now, so there's no need to meet on Friday.

Le envío el formulario por correo electrónico hoy mismo; solo tiene que firmarlo y devolvérmelo.

Kind regards,
Niamh Costigan
""", "one paragraph in Spanish")),
]
