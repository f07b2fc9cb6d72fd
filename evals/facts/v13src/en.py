"""v13, English: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v13src._d import A, B, C, D, E


def S(*a, **k):
    return _S("en", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Philippa Ashbury", "Dominic Threlfall", "formal", "regular",
             meeting="Tuning of the Bechstein upright", at="Thursday 20 July at 10:00",
             props=["Tuesday 25 July at 10:00", "Wednesday 26 July at 2:30 pm"],
             reason="the replacement bass string has not arrived"),
           "Tuning your Bechstein: a new date",
           """
Dear Ms Ashbury,

I'm afraid I need to move Thursday's tuning of your Bechstein upright: the replacement bass string still hasn't arrived, and I'd rather do the whole job in one visit.

Would either of these suit you?
- Tues 25th, same time (10 am)
- Wednesday 26 July at half past two in the afternoon

Apologies for the inconvenience.

Kind regards,
Dominic Threlfall
""", "correct: 'Tues 25th', '10 am', 'half past two in the afternoon', 'in one visit'")),
    (A, ok(S("decline", "Callum Weatherby", "Nia Pritchard", "friendly", "regular",
             meeting="Belay refresher for your running club", at="Friday 21 July at 6:30 pm",
             reason="the lead wall is being re-set that evening"),
           "Friday belay session",
           """
Hi Callum,

Bad news for Friday, I'm afraid – the lead wall is being re-set that evening, so the belay refresher at 6:30 can't go ahead.

Let's find another evening once it's done. I'll ping you!

Cheers,
Nia
""", "correct: short, friendly, '6:30' without pm")),
    (A, ok(S("switch_to_email", "Rosalind Fairclough-Mbeki", "Gareth Oyelowo-Banks", "formal", "key",
             meeting="Walkthrough of the audit findings for the charity accounts", at="Monday 24 July at 11:00",
             reason="the bank confirmations are still outstanding"),
           "Audit findings: written summary instead",
           """
Dear Rosalind,

As the bank confirmations are still outstanding, a meeting on Monday would leave us with half the picture. I suggest I send you a written summary of the audit findings for the charity accounts instead, and you reply with any questions in your own time.

Best regards,
Gareth Oyelowo-Banks
""", "correct: 'half the picture' idiom, no time repeated")),
    (A, ok(S("no_show_followup", "Mervyn Castleton", "Harriet Quaintrell", "formal", "new",
             meeting="Initial speech therapy assessment for Oliver", at="Monday 17 July at 3:00 pm",
             props=["Thursday 27 July at 3:00 pm"], pol={"notice_hours": 24, "fee_percent": 50}),
           "Oliver's assessment on Monday",
           """
Dear Mr Castleton,

We were expecting Oliver for his initial assessment on Monday at 3 pm, but unfortunately he didn't attend.

As set out in our terms, sessions missed without 24 hours' notice are charged at half the fee (50%).

I can offer Thursday 27 July at the same time if that works for you.

Yours sincerely,
Harriet Quaintrell
""", "correct: 'half the fee (50%)', '24 hours' notice'")),
    (B, ok(S("shorten", "Imogen Latchford", "Ravi Chaudhuri-Penn", "friendly", "key",
             meeting="Wine pairing session for the autumn tasting menu", at="Thursday 31 August at 4:00 pm", dur=45),
           "Thursday's pairing session",
           """
Hi Imogen,

Still on for Thursday at 4 for the autumn menu pairings – but can we keep it to 45 minutes? If you send the dishes over beforehand, three quarters of an hour is plenty.

Best,
Ravi
""", "correct: '45 minutes' also as 'three quarters of an hour'")),
    (B, ok(S("late_cancellation", "Barnaby Holloway", "Siobhan Kennerley", "formal", "regular",
             meeting="Installation of the new kitchen units", at="Monday 28 August at 8:00",
             props=["Wednesday 6 September at 8:00", "Thursday 7 September at 8:00"],
             pol={"notice_hours": 48, "deposit_percent": 25}),
           "Kitchen installation: cancellation and new dates",
           """
Dear Mr Holloway,

Thank you for letting us know about Monday's installation. As the cancellation reached us with less than two days' notice (our terms ask for 48 hours), the 25% deposit is retained.

We can fit the units on Wednesday 6 or Thursday 7 September, starting at 8 am on either day.

Kind regards,
Siobhan Kennerley
""", "correct: 'two days' notice' = 48 hours, deposit with its term")),
    (B, ok(S("delegate", "Clementine Ayodele", "Hugo Pemberton", "formal", "new",
             meeting="Onboarding workshop for your support team on Deskloop", at="Tuesday 5 September at 1:00 pm",
             col="Freya Lindqvist-Hart"),
           "Deskloop onboarding on 5 September",
           """
Dear Ms Ayodele,

Your support team's onboarding workshop on Deskloop stays on Tuesday 5 September at 1 pm. My colleague Freya Lindqvist-Hart will be running it instead of me; she has all the details of your setup.

Kind regards,
Hugo Pemberton
""", "correct: colleague full name")),
    (B, ok(S("cancellation_policy", "Declan Mawson", "Tamsin Fairley", "friendly", "new",
             pol={"notice_hours": 24}),
           "How cancellations work",
           """
Hi Declan,

Welcome aboard! Just one practical thing: if you can't make a session, let us know at least a day ahead (24 hours) so we can offer the slot to someone else.

That's it – nothing complicated.

Tamsin
""", "correct: 'a day ahead (24 hours)', no meeting, no fee")),
    (C, ok(S("switch_to_call", "Edmund Sackville", "Lorna McKechnie", "formal", "regular",
             meeting="Site visit for the courtyard planting scheme", at="Friday 29 September at 2:00 pm",
             props=["Monday 2 October at 9:30 am"], reason="I am tied up on a project in Harrogate all week"),
           "Courtyard planting: a call instead?",
           """
Dear Mr Sackville,

I'm tied up on a project in Harrogate all week, so I won't make Friday's site visit at 2 pm.

Could we talk the courtyard planting scheme through by phone on Monday 2 October at 9.30 instead? A few photos of the space beforehand would be really helpful.

Kind regards,
Lorna McKechnie
""", "correct: '9.30' with a dot, call")),
    (C, ok(S("reschedule", "Poppy Wainwright", "Tobias Marchetti", "friendly", "key",
             meeting="Bridal bouquet consultation", at="Monday 2 October at 5:00 pm",
             props=["Wednesday 4 October at 5:00 pm"], reason="the garden roses are stuck at the wholesaler"),
           "Bouquet consultation – Wednesday instead?",
           """
Hi Poppy,

The garden roses are stuck at the wholesaler, and I'd really like you to see the real thing before you decide on your bouquet.

Could we do Wednesday instead of Monday, same time (5 pm)? Fingers crossed they land by then!

Warmly,
Tobias
""", "correct: 'Wednesday instead of Monday' unambiguous (4 October within the week), 'fingers crossed'")),
    (C, ok(S("late_cancellation", "Cressida Olowe", "Angus Rutherford", "formal", "key",
             meeting="Private sommelier dinner", at="Tuesday 26 September at 7:30 pm",
             pol={"notice_hours": 72, "fee_percent": 100}),
           "Last night's sommelier dinner",
           """
Dear Ms Olowe,

Thank you for letting us know about last night's dinner. I'm sorry to say that, as the cancellation came within 72 hours, our policy is to charge the full amount (100%).

We would be delighted to welcome you another evening.

Yours sincerely,
Angus Rutherford
""", "correct: 'last night' for the day before, 'full amount (100%)'")),
    (C, ok(S("decline", "Leopold Tennant", "Yasmin Hargreaves", "formal", "new",
             meeting="Scoping meeting for your stock count audit", at="Thursday 5 October at 10:00",
             props=["Friday 6 October at 10:00"], reason="an unplanned inspection at another client"),
           "Scoping meeting on 5 October",
           """
Dear Mr Tennant,

An unplanned inspection at another client means I can't attend our scoping meeting for the stock count audit on Thursday 5 October.

Would the following day at the same time work for you? Apologies for the short notice.

Kind regards,
Yasmin Hargreaves
""", "correct: 'the following day at the same time' = Friday 6 October 10:00")),
    (D, ok(S("shorten", "Agatha Brownlow", "Samuel Adewunmi-Hope", "formal", "regular",
             meeting="Speech therapy session for Isla", at="Thursday 26 October at 3:30 pm", dur=30),
           "Isla's session on Thursday",
           """
Dear Mrs Brownlow,

Just to confirm Isla's session on Thursday 26 October at 3:30 pm – this time it will be half an hour.

Best wishes,
Samuel Adewunmi-Hope
""", "correct: very short, 'half an hour'")),
    (D, ok(S("switch_to_email", "Ffion Rowlands", "Marcus Delaney", "friendly", "regular",
             meeting="Choosing shrubs for the front garden", at="Friday 27 October at 11:00"),
           "Front garden shrubs",
           """
Hi Ffion,

No need to meet on Friday for the front garden – I'll email you a shortlist of shrubs with photos, and you can pick your favourites whenever suits.

Speak soon,
Marcus
""", "correct: switch to email, chatty")),
    (D, ok(S("no_show_followup", "Ewan Strathdee", "Kezia Bramley", "friendly", "key",
             meeting="Intro to bouldering course", at="Monday 23 October at 7:00 pm",
             props=["Monday 30 October at 7:00 pm", "Wednesday 1 November at 6:00 pm"]),
           "Missed you yesterday",
           """
Hi Ewan,

We missed you at the intro to bouldering course last night – hope all's well!

If you want to catch up, there's space next Monday (the 30th) at 7, or on Wednesday 1 November at 6 pm. Just say the word.

Cheers,
Kezia
""", "correct: 'last night', 'next Monday (the 30th)' unambiguous from Tue 24 Oct")),
    (D, ok(S("reschedule", "Ottoline Greaves", "Patrick Mulvaney", "formal", "key",
             meeting="Fitting of the worktops and splashback", at="Tuesday 31 October at 8:30",
             props=["Thursday 2 November at 8:30"], reason="the quartz slab arrived cracked"),
           "Worktop fitting: new date",
           """
Dear Mrs Greaves,

The quartz slab for your worktops arrived cracked, so we have had to send it back. We therefore need to move the fitting of the worktops and splashback from Tuesday.

Would Thursday 2 November, again at 8:30, suit you?

Our apologies for the delay.

Kind regards,
Patrick Mulvaney
""", "correct: reason told in more words")),
    (E, ok(S("cancellation_policy", "Gideon Ellery", "Beatrix Holm", "formal", "new",
             meeting="Regulation and tuning of the concert grand", at="Monday 4 December at 9:00",
             pol={"notice_hours": 48, "fee_percent": 50, "deposit_percent": 20}),
           "Terms for the work on 4 December",
           """
Dear Mr Ellery,

Ahead of the regulation and tuning of your concert grand on Monday 4 December at 9 am, here are our terms:

1. A 20% deposit is payable on booking.
2. You can cancel free of charge up to 48 hours beforehand.
3. After that, we charge 50% of the fee.

Yours sincerely,
Beatrix Holm
""", "correct: numbered list, three terms with own numbers")),
    (E, ok(S("delegate", "Marigold Ashworth", "Julian Kettering", "friendly", "regular",
             meeting="Dessert wine tasting for your shop", at="Tuesday 5 December at 4:00 pm",
             col="Anya Kowalczyk", reason="I'll be at the trade fair in Birmingham"),
           "Dessert wines: Anya's got you",
           """
Hi Marigold,

I'll be at the trade fair in Birmingham on Tuesday, so Anya Kowalczyk will run the dessert wine tasting at 4 instead of me. She knows these wines even better than I do – you're in good hands.

All the best,
Julian
""", "correct: colleague full name, 'at 4'")),
    (E, ok(S("late_cancellation", "Rupert Okonkwo", "Greta Lindfield", "formal", "regular",
             meeting="Table centrepieces for the company lunch", at="Tuesday 28 November at 10:00",
             props=["Wednesday 6 December at 10:00"]),
           "Centrepieces: new date",
           """
Dear Mr Okonkwo,

Thank you for letting me know about Tuesday. No problem at all – we can meet on Wednesday 6 December at 10 am to go over the centrepieces for the company lunch.

Kind regards,
Greta Lindfield
""", "correct: short, no policy")),
    (E, ok(S("switch_to_call", "Henrietta Vane", "Oscar Whitlock", "friendly", "new",
             meeting="Demo of Deskloop reporting for your board", at="Thursday 7 December at 2:30 pm",
             props=["Friday 8 December at 9:30 am"]),
           "Deskloop reporting demo – call instead?",
           """
Hi Henrietta,

Rather than coming over on Thursday afternoon, could we do the reporting demo as a call on Friday 8 December at 9:30 am? I'll share my screen and take the board's questions as we go.

Thanks,
Oscar
""", "correct: 'Thursday afternoon' for the old slot")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Lavinia Crossley", "Nathaniel Birch", "formal", "regular",
             meeting="Year-end audit planning meeting", at="Tuesday 25 July at 9:00",
             props=["Thursday 27 July at 9:00"]),
           "Audit planning meeting",
           """
Dear Ms Crossley,

I need to move our year-end audit planning meeting on Thursday 27 July at 9:00. Could we meet on Tuesday 25 July at 9:00 instead?

Kind regards,
Nathaniel Birch
""", "old (Tuesday 25) and new (Thursday 27) swapped")),
    (A, bad("time_recap_wrong", S("switch_to_call", "Connor Blakeley", "Priya Ramadurai", "friendly", "regular",
             meeting="Summer window display planning", at="Thursday 20 July at 11:00",
             props=["Friday 21 July at 11:00"]),
           "Window display – quick call?",
           """
Hi Connor,

No need to meet for the summer window display – shall we have a quick call on Friday 21 July at 11? I'll send some photos first.

Talk to you Thursday at 11!

Priya
""", "recap says Thursday (the old day); call is Friday")),
    (A, bad("weekday_wrong", S("no_show_followup", "Wilhelmina Ward", "Rhys Penhaligon", "formal", "new",
             meeting="Adult voice assessment", at="Friday 14 July at 10:00",
             props=["Wednesday 26 July at 10:00"]),
           "Your assessment on Friday 14 July",
           """
Dear Ms Ward,

We didn't see you on Friday 14 July for your voice assessment. If you'd like, we can rebook for Tuesday 26 July at 10:00.

Kind regards,
Rhys Penhaligon
""", "'Tuesday 26 July' in the body (a Wednesday)")),
    (A, bad("percent_swapped", S("cancellation_policy", "Thaddeus Grove", "Elspeth Marr", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 60, "deposit_percent": 25}),
           "Our cancellation terms",
           """
Dear Mr Grove,

Thank you for booking with us. We take a 60% deposit when you book; cancellation is free up to 48 hours beforehand, after which 25% of the fee is charged.

Kind regards,
Elspeth Marr
""", "deposit 25% and fee 60% swapped")),
    (B, bad("policy_invented", S("late_cancellation", "Maisie Lockhart", "Trevor Oduya", "formal", "regular",
             meeting="Hedge laying on the paddock boundary", at="Friday 25 August at 8:00",
             props=["Tuesday 5 September at 8:00"]),
           "Hedge laying",
           """
Dear Ms Lockhart,

Thanks for letting us know about last Friday. As usual, the deposit is non-refundable for cancellations made within two days of the job.

We can come back on Tuesday 5 September at 8:00.

Kind regards,
Trevor Oduya
""", "non-refundable deposit and 'two days' invented, no policy given")),
    (B, bad("number_invented", S("shorten", "Fergus Hallam", "Chloe Ventris", "friendly", "regular",
             meeting="Onboarding session on approval workflows", at="Wednesday 6 September at 2:00 pm", dur=45),
           "Wednesday's onboarding",
           """
Hi Fergus,

Still on for Wednesday at 2 for approval workflows, but let's keep it to 45 minutes.

We'll still get all 15 of your users set up.

Chloe
""", "'15 users' nobody gave")),
    (B, bad("discount_invented", S("decline", "Georgiana Pellew-Hart", "Vikram Sethi", "formal", "key",
             meeting="Wine list consultation", at="Thursday 7 September at 3:00 pm",
             reason="the client asked for a discount on the consultation"),
           "Wine list consultation on 7 September",
           """
Dear Ms Pellew-Hart,

Unfortunately I won't be able to make our wine list consultation on Thursday 7 September at 3 pm.

As you asked, I'll take 15% off your next consultation.

Kind regards,
Vikram Sethi
""", "15% off because the reason mentions a request")),
    (B, bad("link_invented", S("switch_to_email", "Horace Tulloch", "Megan Albright", "formal", "regular",
             meeting="Update on your migration to Deskloop", at="Monday 4 September at 10:00"),
           "Deskloop migration: written update",
           """
Dear Mr Tulloch,

Instead of Monday's meeting, I'll send you a written update on your migration to Deskloop.

You can also follow progress live at https://status.deskloop.io/migrations.

Kind regards,
Megan Albright
""", "link nobody gave")),
    (C, bad("email_invented", S("delegate", "Octavia Lumb", "Desmond Rhodes", "formal", "regular",
             meeting="Kitchen design review for the barn conversion", at="Tuesday 3 October at 5:00 pm",
             col="Kieran Moss"),
           "Kitchen design review: Kieran Moss",
           """
Dear Ms Lumb,

I can't make Tuesday 3 October at 5 pm, so my colleague Kieran Moss will take you through the kitchen design for the barn conversion.

Feel free to email him directly at kieranmoss.kitchens@gmail.com.

Kind regards,
Desmond Rhodes
""", "private e-mail nobody gave")),
    (C, bad("phone_invented", S("reschedule", "Jasper Fenwick", "Aoife Gallagher", "friendly", "regular",
             meeting="Harp tuning before the recital", at="Friday 29 September at 4:00 pm",
             props=["Tuesday 3 October at 4:00 pm"]),
           "Harp tuning",
           """
Hi Jasper,

I need to move the harp tuning – would Tuesday 3 October at 4 work?

If it's easier, give me a ring on 07700 914 263.

Aoife
""", "mobile number nobody gave")),
    (C, bad("title_or_company_invented", S("switch_to_call", "Nadine Forsythe", "Giles Harcourt", "formal", "key",
             meeting="Review of purchasing controls", at="Thursday 5 October at 9:00",
             props=["Thursday 5 October at 11:00"]),
           "Purchasing controls review: video call",
           """
Dear Ms Forsythe,

Could we hold the review of purchasing controls as a video call on Thursday 5 October, at 11:00 rather than 9:00?

Kind regards,
Giles Harcourt
Audit Director, Harcourt & Pryce LLP
""", "title and firm nobody gave")),
    (C, bad("name_near_miss", S("late_cancellation", "Magnus Featherstone", "Cerys Lloyd", "formal", "new",
             meeting="Private climbing lesson", at="Monday 25 September at 6:00 pm",
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Monday's lesson",
           """
Dear Mr Fetherstone,

Your cancellation of Monday's private lesson reached us less than 24 hours beforehand, so 50% of the fee is due under our terms.

Kind regards,
Cerys Lloyd
""", "'Fetherstone' for Featherstone (letter dropped)")),
    (D, bad("place_changed", S("decline", "Eleanor Quince", "Robin Ashdown", "formal", "new",
             meeting="Site visit for the walled garden in Bath", at="Monday 30 October at 10:00",
             reason="we are fully booked until spring"),
           "Site visit on 30 October",
           """
Dear Ms Quince,

We're fully booked until spring, so I'm afraid we can't come on Monday 30 October at 10:00 for the site visit to the walled garden in Bristol.

Thank you for thinking of us.

Kind regards,
Robin Ashdown
""", "'Bristol' for Bath inside the meeting")),
    (D, bad("foreign_paragraph", S("reschedule", "Lottie Braithwaite", "Florian Weiss", "friendly", "regular",
             meeting="Sparkling wine tasting for the wedding", at="Friday 27 October at 6:00 pm",
             props=["Tuesday 31 October at 6:00 pm"]),
           "Sparkling tasting – new day?",
           """
Hi Lottie,

Could we move the sparkling wine tasting for the wedding from Friday to Tuesday 31 October, still at 6?

Je vous apporterai quelques bouteilles en plus pour comparer, ce sera plus parlant.

Best,
Florian
""", "French paragraph inside an English mail")),
    (D, bad("policy_invented", S("no_show_followup", "Ambrose Kilbride", "Hollie Tranter", "formal", "regular",
             meeting="Stammer therapy session", at="Friday 20 October at 5:00 pm",
             props=["Thursday 2 November at 5:00 pm"]),
           "Friday's session",
           """
Dear Mr Kilbride,

We missed you at Friday's session at 5 pm. Please note that missed sessions are charged in full.

We can offer Thursday 2 November at the same time.

Kind regards,
Hollie Tranter
""", "'charged in full' with no policy given")),
    (D, bad("number_invented", S("cancellation_policy", "Tabitha Orme", "Conrad Ellison", "formal", "new",
             meeting="Kitchen installation", at="Thursday 2 November at 8:00",
             pol={"notice_hours": 72, "deposit_percent": 40}),
           "Kitchen installation on 2 November",
           """
Dear Ms Orme,

Ahead of your kitchen installation on Thursday 2 November at 8:00, a reminder that the 40% deposit is refunded only if you cancel at least 72 hours in advance.

The installation itself usually takes 3 working days.

Kind regards,
Conrad Ellison
""", "'3 working days' nobody gave")),
    (E, bad("discount_invented", S("shorten", "Percival Dunmore", "Isobel Creagh", "formal", "regular",
             meeting="Team climbing session", at="Friday 8 December at 4:00 pm", dur=90),
           "Friday's team session",
           """
Dear Mr Dunmore,

Your team climbing session on Friday 8 December at 4 pm goes ahead, shortened to an hour and a half. To make up for it, we'll knock 20% off the invoice.

Kind regards,
Isobel Creagh
""", "20% off nobody gave")),
    (E, bad("link_invented", S("late_cancellation", "Saffron Ingleby", "Duncan Maitland", "formal", "regular",
             meeting="Christmas arrangements for the hotel lobby", at="Monday 27 November at 3:00 pm",
             props=["Tuesday 5 December at 3:00 pm"]),
           "Lobby arrangements: new date",
           """
Dear Ms Ingleby,

Thanks for letting me know about Monday. We can meet on Tuesday 5 December at 3 pm instead; you can pick your favourite designs beforehand at maitlandflowers.co.uk/christmas.

Kind regards,
Duncan Maitland
""", "link nobody gave")),
    (E, bad("email_invented", S("switch_to_email", "Cordelia Vaughan", "Elliot Brackley", "friendly", "regular",
             meeting="Festive wine selection for the deli", at="Wednesday 6 December at 11:00"),
           "Festive wines",
           """
Hi Cordelia,

Let's sort the festive wine selection for the deli by email rather than meet on Wednesday – drop me a line at my personal address, elliot.brackley@icloud.com, so nothing gets lost.

Elliot
""", "private address nobody gave")),
    (E, bad("phone_invented", S("decline", "Humphrey Lisle", "Nadia Okafor", "formal", "new",
             meeting="Scoping call for your VAT review", at="Friday 1 December at 9:00",
             reason="we do not take on VAT work"),
           "VAT review",
           """
Dear Mr Lisle,

Thank you for getting in touch. As we don't take on VAT work, I must decline our call on Friday 1 December.

For anything else, our office is on 0161 496 0732.

Kind regards,
Nadia Okafor
""", "office phone nobody gave")),
]
