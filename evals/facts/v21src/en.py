"""v21, English: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v21src._d import A, B, C, D, E


def S(*a, **k):
    return _S("en", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("no_show_followup", "Rosamund Pettigrew", "Alistair Hawksworth", "formal", "new",
             meeting="Fitting of a bespoke umbrella handle", at="Friday 9 July at 11:30",
             props=["Thursday 15 July at 11:30"]),
           "Your umbrella fitting",
           """
Dear Ms Pettigrew,

We were expecting you last Friday at half past eleven for the fitting of your umbrella handle; I hope all is well.

If it suits you, we could try again on Thursday the 15th at the same time.

Kind regards,
Alistair Hawksworth
""", "correct: 'last Friday' for Jul 9 said on Mon Jul 12, 'half past eleven', 'the 15th at the same time'")),
    (A, ok(S("switch_to_email", "Cuthbert Ainsworth", "Philippa Drummond", "formal", "regular",
             meeting="Review of the barometer restoration estimate", at="Wednesday 14 July at 2:00 pm",
             reason="the estimate has a long list of parts that reads better on paper"),
           "The estimate by email",
           """
Dear Mr Ainsworth,

The estimate has a long list of parts that reads better on paper, so rather than meeting on Wednesday at 2 pm I will email it to you and answer any questions in writing.

Best regards,
Philippa Drummond
""", "correct: '2 pm', meeting paraphrased, no new time")),
    (A, ok(S("cancellation_policy", "Imogen Featherstonehaugh", "Barnaby Lisle", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Our cancellation terms",
           """
Dear Ms Featherstonehaugh,

Thank you for booking the enamelling course. You may cancel free of charge up to two days before (48 hours); after that, half the fee (50%) is due.

Kind regards,
Barnaby Lisle
""", "correct: 'two days before (48 hours)', 'half the fee (50%)'")),
    (A, ok(S("decline", "Lady Henrietta Farquharson", "Oliver Tremlett", "formal", "key",
             meeting="Private viewing of the Georgian longcase clocks", at="Thursday 22 July at 6:00 pm",
             reason="the gallery is being rewired"),
           "The private viewing on the 22nd",
           """
Dear Lady Henrietta,

I am sorry to say the gallery is being rewired, so the private viewing of the longcase clocks on Thursday the 22nd cannot go ahead.

I shall be in touch once the work is done.

Yours sincerely,
Oliver Tremlett
""", "correct: 'Dear Lady Henrietta', date without month, no new time")),
    (B, ok(S("reschedule", "Dr Rupert Caldicott", "Harriet Oakworth", "formal", "regular",
             meeting="Return of the restored marine chronometer", at="Thursday 19 August at 10:00",
             props=["Tuesday 24 August at 10:00", "Wednesday 25 August at 3:30 pm"],
             reason="the gimbal ring needs one more adjustment"),
           "Your marine chronometer",
           """
Dear Dr Caldicott,

The gimbal ring needs one more adjustment, so the chronometer will not be ready on Thursday.

Would Tuesday the 24th at ten suit you, or Wednesday 25 August at half past three?

Kind regards,
Harriet Oakworth
""", "correct: 'Dear Dr' + surname, 'at ten', 'half past three'")),
    (B, ok(S("shorten", "Gwendolyn Rattray", "Ewan MacLachlan", "friendly", "regular",
             meeting="Accordion repair workshop", at="Friday 20 August at 1:00 pm", dur=45,
             reason="the hall is booked for a ceilidh rehearsal at two"),
           "Friday's workshop",
           """
Hi Gwendolyn,

The hall is booked for a ceilidh rehearsal at two, so Friday's workshop still starts at 1 pm but will only run for three quarters of an hour.

Cheers,
Ewan
""", "correct: first name, 'at two' from the reason, '1 pm', 'three quarters of an hour'")),
    (B, ok(S("switch_to_call", "Percival Braithwaite", "Deborah Stanhope", "formal", "new",
             meeting="Consultation on an enamel portrait miniature", at="Wednesday 18 August at 11:00",
             reason="the studio is closed while the kiln is replaced"),
           "Tomorrow by phone",
           """
Dear Mr Braithwaite,

The studio is closed while the kiln is replaced. Could we hold tomorrow's consultation on your miniature by phone instead, at eleven as planned?

Kind regards,
Deborah Stanhope
""", "correct: 'tomorrow' for Aug 18 said on Aug 17, 'at eleven', same slot by phone")),
    (B, ok(S("late_cancellation", "Winifred Bellamy", "Tobias Kettlewell", "formal", "regular",
             meeting="Watch servicing masterclass", at="Monday 16 August at 9:30",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Yesterday's masterclass",
           """
Dear Mrs Bellamy,

Thank you for letting us know you could not attend yesterday's masterclass. As your cancellation reached us less than a day (24 hours) beforehand, the full fee (100%) is due under our terms.

Kind regards,
Tobias Kettlewell
""", "correct: 'yesterday' for Aug 16, 'less than a day (24 hours)', 'the full fee (100%)'")),
    (C, ok(S("delegate", "Professor Augustine Whitlock", "Clara Penhaligon", "formal", "key",
             meeting="Survey of the university's meteorological instruments", at="Tuesday 21 September at 9:00",
             col="Jasper Fairweather", reason="I am lecturing in Edinburgh that week"),
           "The instrument survey",
           """
Dear Professor Whitlock,

I am lecturing in Edinburgh next week, so my colleague Jasper Fairweather will carry out the survey of the instruments on Tuesday at nine.

With best wishes,
Clara Penhaligon
""", "correct: 'Dear Professor' + surname, colleague exact, 'at nine'")),
    (C, ok(S("decline", "Norman Ashdown", "Felicity Garside", "formal", "regular",
             meeting="Tour of the umbrella workshop in Fleet Street", at="Monday 27 September at 2:00 pm",
             reason="we are moving premises that week"),
           "Tour on 27 September",
           """
Dear Mr Ashdown,

We are moving premises that week, so I am afraid the tour of the workshop on Monday 27 September will not be possible.

Kind regards,
Felicity Garside
""", "correct: date without year, no new time")),
    (C, ok(S("no_show_followup", "Esmond Trevelyan", "Ruth Blackmore", "formal", "regular",
             meeting="Collection of a repaired carriage clock", at="Monday 13 September at 4:30 pm",
             props=["Friday 17 September at 4:30 pm", "Monday 20 September at 10:00"]),
           "Your carriage clock",
           """
Dear Mr Trevelyan,

Your carriage clock was ready for you on Monday at half past four, but we missed you.

Could you collect it on Friday at the same time, or on Monday the 20th at ten?

Kind regards,
Ruth Blackmore
""", "correct: 'half past four', 'Friday at the same time', 'Monday the 20th at ten'")),
    (C, ok(S("switch_to_email", "Marjorie Tindall", "Hamish Crombie", "formal", "new",
             meeting="Choosing canopy fabric for forty wedding umbrellas", at="Thursday 23 September at 11:00",
             reason="the fabric swatches are easier to compare in photographs"),
           "Canopy fabric by email",
           """
Dear Mrs Tindall,

The swatches are easier to compare in photographs, so instead of meeting on Thursday the 23rd at eleven I will email you pictures of the fabrics for the forty umbrellas.

Kind regards,
Hamish Crombie
""", "correct: 'Thursday the 23rd' without month, 'at eleven', 'forty' from the meeting name")),
    (D, ok(S("reschedule", "Millicent Haverford", "Gideon Ashby", "formal", "regular",
             meeting="Tuning of the concert accordion", at="Friday 15 October at 3:00 pm",
             props=["Tuesday 19 October at 3:00 pm", "Thursday 21 October at 12:00"],
             reason="a reed plate has cracked and must be replaced"),
           "Your accordion tuning",
           """
Dear Ms Haverford,

A reed plate in your accordion has cracked and must be replaced, so tomorrow's tuning will have to move.

Would Tuesday the 19th at the same time suit you, or Thursday 21 October at midday?

Kind regards,
Gideon Ashby
""", "correct: 'tomorrow' for Oct 15, 'at the same time', 'at midday'")),
    (D, ok(S("cancellation_policy", "Crispin Mallory", "Annabel Sutcliffe", "formal", "regular",
             meeting="Enamelling weekend for beginners", at="Monday 25 October at 10:00",
             pol={"notice_hours": 72, "deposit_percent": 25}),
           "The enamelling course: terms",
           """
Dear Mr Mallory,

Just a reminder for the course on Monday 25 October: a deposit of 25% secures your place, and you can cancel free of charge up to three days (72 hours) beforehand.

Kind regards,
Annabel Sutcliffe
""", "correct: deposit with its term, 'three days (72 hours)'")),
    (D, ok(S("late_cancellation", "Beatrix Holroyd", "Quentin Fenwick", "formal", "new",
             meeting="Valuation of a Victorian aneroid barometer", at="Tuesday 12 October at 2:30 pm"),
           "Tuesday's valuation",
           """
Dear Ms Holroyd,

Thank you for your message about Tuesday's valuation. Do let me know when you would like to rebook.

Kind regards,
Quentin Fenwick
""", "correct: no policy given, none stated")),
    (D, ok(S("delegate", "Reginald Oxenbury", "Sylvia Marchbank", "formal", "regular",
             meeting="Installation of the station clock at Bakewell", at="Wednesday 20 October at 7:30",
             col="Duncan Pryor", reason="I have a hospital appointment"),
           "The station clock installation",
           """
Dear Mr Oxenbury,

I have a hospital appointment on Wednesday, so my colleague Duncan Pryor will install the station clock at Bakewell at half past seven as arranged.

Kind regards,
Sylvia Marchbank
""", "correct: colleague exact, 'half past seven'")),
    (E, ok(S("decline", "Theodora Wainwright", "Ambrose Kilbourne", "formal", "regular",
             meeting="Talk on the watchmakers of Prescot", at="Thursday 18 November at 7:00 pm",
             reason="the society's hall has a burst pipe"),
           "Next Thursday's talk",
           """
Dear Mrs Wainwright,

The society's hall has a burst pipe, so sadly next Thursday's talk on the Prescot watchmakers cannot take place.

Kind regards,
Ambrose Kilbourne
""", "correct: 'next Thursday' for Nov 18 said on Fri Nov 12, no new time")),
    (E, ok(S("reschedule", "Fergus Lockhart", "Helena Birtwistle", "friendly", "key",
             meeting="Collecting the restored umbrella stand", at="Monday 15 November at 5:00 pm",
             props=["Wednesday 17 November at 5:00 pm"], reason="the brass fittings are still at the platers"),
           "Your umbrella stand",
           """
Hi Fergus,

The brass fittings are still at the platers, so Monday is too soon. Would Wednesday suit, same time?

Best,
Helena
""", "correct: first name, 'Wednesday ... same time' for Nov 17 at 5 pm")),
    (E, ok(S("shorten", "Dorothea Quarrie", "Leopold Ashcroft-Bain", "formal", "regular",
             meeting="Demonstration of cloisonné enamel", at="Tuesday 23 November at 4:00 pm", dur=30,
             reason="the kiln must be switched off by five"),
           "Tuesday's demonstration",
           """
Dear Ms Quarrie,

The kiln must be switched off by five, so Tuesday's demonstration will start at 4 pm as planned but last half an hour.

Kind regards,
Leopold Ashcroft-Bain
""", "correct: 'by five' from the reason, '4 pm', 'half an hour'")),
    (E, ok(S("switch_to_call", "Ignatius Pennock", "Margot Elsworth", "formal", "new",
             meeting="Estimate for servicing the church clock", at="Friday 19 November at 9:30",
             reason="the tower is closed for bell maintenance"),
           "Friday by phone",
           """
Dear Mr Pennock,

The tower is closed for maintenance of the bells. Could we go through the estimate by phone instead, next Friday at half past nine?

Kind regards,
Margot Elsworth
""", "correct: 'next Friday' for Nov 19 said on Fri Nov 12, 'half past nine', same slot by phone")),
    # ------------------------------------------------------------------ flawed
    (A, bad("title_or_company_invented", S("switch_to_call", "Eleanor Witherden", "Gregory Lumsden", "formal", "regular",
              meeting="Discussion of the pocket watch restoration", at="Tuesday 13 July at 10:00",
              reason="I am stuck at home waiting for a delivery"),
            "Tomorrow by phone",
            """
Dear Ms Witherden,

I am stuck at home waiting for a delivery, so could we talk about your pocket watch by phone tomorrow at 10:00?

Kind regards,
Gregory Lumsden
Senior Horologist, Lumsden & Hale Watchmakers Ltd
""", "title_or_company_invented: title and company in the signature")),
    (A, bad("time_recap_wrong", S("reschedule", "Cedric Fairbairn", "Lorna McIntyre", "formal", "regular",
              meeting="Collection of the repaired barometer", at="Thursday 15 July at 2:00 pm",
              props=["Tuesday 20 July at 11:30"], reason="the mercury column needs refilling"),
            "Barometer collection: Tuesday 20 July",
            """
Dear Mr Fairbairn,

The mercury column needs refilling, so could you collect the barometer on Tuesday 20 July at 11:30 instead?

See you on Thursday at 2, then!

Lorna McIntyre
""", "time_recap_wrong: recap names the old slot (Thursday at 2)")),
    (A, bad("discount_invented", S("late_cancellation", "Prudence Gilchrist", "Samuel Ogilvy", "formal", "regular",
              meeting="Enamel jewellery workshop", at="Thursday 8 July at 10:00",
              reason="she asked whether we could do anything about the fee"),
            "Your cancellation",
            """
Dear Ms Gilchrist,

Thank you for letting us know about last Thursday. We are happy to offer you 20% off your next workshop.

Kind regards,
Samuel Ogilvy
""", "discount_invented: 20% off licensed by nothing given (the reason only asks)")),
    (A, bad("weekday_wrong", S("shorten", "Vivian Rowntree", "Agatha Pemberton", "formal", "regular",
              meeting="Accordion lesson", at="Friday 23 July at 5:00 pm", dur=30,
              reason="the school closes early for the summer"),
            "Lesson on Thursday 23 July",
            """
Dear Mr Rowntree,

The school closes early for the summer, so your accordion lesson at 5 pm on the 23rd will last 30 minutes.

Kind regards,
Agatha Pemberton
""", "weekday_wrong: subject 'Thursday 23 July' (a Friday); body right")),
    (B, bad("name_near_miss", S("decline", "Georgiana Threlfall", "Howard Pimlott", "formal", "new",
              meeting="Umbrella-making demonstration", at="Tuesday 24 August at 10:30",
              reason="our only frame maker is on leave"),
            "Demonstration on 24 August",
            """
Dear Ms Threfall,

Our only frame maker is on leave, so I must cancel the demonstration on Tuesday 24 August.

Kind regards,
Howard Pimlott
""", "name_near_miss: 'Threfall' for Threlfall")),
    (B, bad("foreign_paragraph", S("reschedule", "Archibald Nettleton", "Sarah Broadbent", "formal", "regular",
              meeting="Servicing of the regulator clock", at="Wednesday 18 August at 9:00",
              props=["Monday 23 August at 9:00"], reason="our technician is off sick"),
            "Clock servicing moved",
            """
Dear Mr Nettleton,

Our technician is off sick, so could we service your regulator clock on Monday 23 August at 9:00 instead?

Wir bedauern die Unannehmlichkeiten und danken Ihnen für Ihr Verständnis.

Kind regards,
Sarah Broadbent
""", "foreign_paragraph: a German paragraph")),
    (B, bad("number_invented", S("switch_to_email", "Lavinia Coutts", "Roderick Pryce", "formal", "regular",
              meeting="Review of enamel sign designs", at="Thursday 26 August at 3:00 pm",
              reason="the designs are easier to judge on screen"),
            "Designs by email",
            """
Dear Ms Coutts,

The designs are easier to judge on screen, so I will email all 24 sign designs rather than meeting on Thursday.

Kind regards,
Roderick Pryce
""", "number_invented: '24 sign designs' nobody gave")),
    (B, bad("colleague_wrong", S("delegate", "Bernard Ludlow", "Fiona Carmichael", "formal", "regular",
              meeting="Accordion valuation", at="Friday 20 August at 11:00",
              col="Callum Strathearn", reason="I am at a trade fair in Glasgow"),
            "Friday's valuation",
            """
Dear Mr Ludlow,

I am at a trade fair in Glasgow on Friday, so my colleague Calum Strathearn will value your accordion at 11:00.

Kind regards,
Fiona Carmichael
""", "colleague_wrong: 'Calum' for Callum Strathearn")),
    (C, bad("time_swapped", S("switch_to_call", "Josephine Harcourt", "Nigel Applegarth", "formal", "regular",
              meeting="Progress meeting on the turret clock", at="Friday 17 September at 10:00",
              props=["Tuesday 21 September at 2:00 pm"], reason="the tower is scaffolded"),
            "Turret clock: call instead",
            """
Dear Mrs Harcourt,

The tower is scaffolded, so instead of meeting on Tuesday 21 September at 2 pm, shall I call you on Friday 17 September at 10:00?

Kind regards,
Nigel Applegarth
""", "time_swapped: meeting and proposed slots exchanged")),
    (C, bad("phone_invented", S("no_show_followup", "Clifford Mayhew", "Jessica Thorburn", "formal", "new",
              meeting="Fitting of a watch strap", at="Tuesday 14 September at 12:00"),
            "Yesterday's fitting",
            """
Dear Mr Mayhew,

We missed you yesterday at noon for your strap fitting. Give me a ring on 07700 914 382 to find another time.

Kind regards,
Jessica Thorburn
""", "phone_invented: a mobile number nobody gave")),
    (C, bad("place_changed", S("decline", "Evelyn Sandbach", "Malcolm Greaves", "formal", "regular",
              meeting="Visit to the barometer collection at Whitby", at="Wednesday 22 September at 10:00",
              reason="the museum is closed for a school event"),
            "Wednesday's visit",
            """
Dear Ms Sandbach,

The museum is closed for a school event, so the visit to the barometer collection at Scarborough next Wednesday cannot go ahead.

Kind regards,
Malcolm Greaves
""", "place_changed: Whitby -> Scarborough")),
    (C, bad("discount_invented", S("reschedule", "Horace Pendleton", "Amelia Scrivener", "formal", "regular",
              meeting="Umbrella re-covering appointment", at="Thursday 16 September at 3:00 pm",
              props=["Wednesday 22 September at 3:00 pm"], reason="the silk has not arrived"),
            "Your umbrella",
            """
Dear Mr Pendleton,

The silk has not arrived yet, so could we move your appointment to Wednesday 22 September at 3 pm? For the trouble, we will take 10% off the re-covering.

Kind regards,
Amelia Scrivener
""", "discount_invented: 10% off nobody gave")),
    (D, bad("name_near_miss", S("no_show_followup", "Cordelia Ravensworth", "Stuart Bickerton", "formal", "new",
              meeting="Trial of a second-hand accordion", at="Monday 11 October at 4:00 pm",
              props=["Friday 22 October at 4:00 pm"]),
            "Your accordion trial",
            """
Dear Ms Ravenworth,

We were expecting you on Monday at 4 pm. Would Friday 22 October at the same time suit you?

Kind regards,
Stuart Bickerton
""", "name_near_miss: 'Ravenworth' for Ravensworth")),
    (D, bad("percent_swapped", S("late_cancellation", "Desmond Falconer", "Ursula Whiteley", "formal", "regular",
              meeting="Clock restoration course", at="Wednesday 13 October at 9:00",
              pol={"notice_hours": 48, "fee_percent": 70, "deposit_percent": 30}),
            "Your cancellation",
            """
Dear Mr Falconer,

Your cancellation of yesterday's course came less than 48 hours beforehand, so under our terms we keep the 70% deposit and 30% of the fee is due.

Kind regards,
Ursula Whiteley
""", "percent_swapped: deposit 30%, fee 70%; swapped")),
    (D, bad("email_invented", S("switch_to_email", "Ada Brocklehurst", "Terence Wigley", "formal", "regular",
              meeting="Discussion of the enamel badge order", at="Tuesday 26 October at 11:00",
              reason="the order details are easier in writing"),
            "Badge order by email",
            """
Dear Ms Brocklehurst,

The order details are easier in writing, so let's skip Tuesday's meeting. Please reply to my own address, terry.wigley@btinternet.com.

Kind regards,
Terence Wigley
""", "email_invented: a private address nobody gave")),
    (D, bad("duration_wrong", S("shorten", "Lionel Abercrombie", "Katharine Dunmore", "formal", "regular",
              meeting="Watch repair clinic", at="Thursday 28 October at 2:00 pm", dur=45,
              reason="the room is needed for a committee at three"),
            "Thursday's clinic",
            """
Dear Mr Abercrombie,

The room is needed for a committee at three, so Thursday's clinic at 2 pm will last half an hour.

Kind regards,
Katharine Dunmore
""", "duration_wrong: 'half an hour' for 45 minutes")),
    (E, bad("time_recap_wrong", S("reschedule", "Matilda Scarisbrick", "Wilfred Honeysett", "formal", "regular",
              meeting="Delivery of the restored wall barometer", at="Monday 15 November at 10:00",
              props=["Thursday 25 November at 3:30 pm"], reason="the glass tube broke in transit"),
            "Barometer delivery: Thursday 25 November",
            """
Dear Ms Scarisbrick,

The glass tube broke in transit, so we will deliver your barometer on Thursday 25 November at 3:30 pm.

Until Thursday at 3, then!

Wilfred Honeysett
""", "time_recap_wrong: recap rounds 3:30 pm to 3")),
    (E, bad("policy_invented", S("cancellation_policy", "Barnabas Goodliffe", "Rosalind Ackerthorpe", "formal", "new",
              pol={"notice_hours": 24}),
            "Cancellation terms",
            """
Dear Mr Goodliffe,

You may cancel free of charge up to 24 hours before your appointment. After that, a charge of half the fee applies.

Kind regards,
Rosalind Ackerthorpe
""", "policy_invented: 'half the fee' nobody gave")),
    (E, bad("link_invented", S("decline", "Hilda Armitage", "Jonathan Sowerby", "formal", "regular",
              meeting="Open day at the umbrella factory", at="Wednesday 24 November at 10:00",
              reason="the factory floor is being resurfaced"),
            "Open day on 24 November",
            """
Dear Mrs Armitage,

The factory floor is being resurfaced, so the open day on Wednesday 24 November is cancelled. New dates will appear at www.sowerbyumbrellas.co.uk/events.

Kind regards,
Jonathan Sowerby
""", "link_invented: a link nobody gave")),
    (E, bad("foreign_paragraph", S("delegate", "Walter Huxtable", "Eliza Marchmont", "formal", "regular",
              meeting="Enamel restoration consultation", at="Friday 19 November at 2:00 pm",
              col="Simone Trelawny", reason="I am at a conference in Birmingham"),
            "Next Friday's consultation",
            """
Dear Mr Huxtable,

I am at a conference in Birmingham next Friday, so my colleague Simone Trelawny will see you at 2 pm.

Nous vous prions de nous excuser pour ce changement.

Kind regards,
Eliza Marchmont
""", "foreign_paragraph: a French paragraph")),
]
