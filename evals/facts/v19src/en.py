"""v19, English: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v19src._d import A, B, C, D, E


def S(*a, **k):
    return _S("en", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Philippa Wetherall", "Ambrose Kitchingman", "formal", "regular",
             meeting="Letterpress printing of the wedding stationery", at="Thursday 17 July at 9:30",
             props=["Tuesday 22 July at 9:30", "Thursday 24 July at 14:00"],
             reason="the cotton paper has not been delivered"),
           "Wedding stationery: a new date",
           """
Dear Mrs Wetherall,

The cotton paper has not been delivered yet, so we cannot print your stationery on Thursday at half nine.

Would Tuesday the 22nd at the same time suit you, or Thursday 24 July at 2 pm?

Kind regards,
Ambrose Kitchingman
""", "correct: 'half nine', 'the 22nd at the same time', '2 pm'")),
    (A, ok(S("decline", "Clementine Ashworth", "Godfrey Pilkington", "friendly", "key",
             meeting="Fitting of the straw boater", at="Friday 18 July at 17:00",
             reason="the straw still needs to set on the block"),
           "Friday's fitting",
           """
Hi Clementine,

I'll have to call off Friday's fitting, I'm afraid: the straw still needs to set on the block.

I'll let you know as soon as the boater is ready.

Godfrey
""", "correct: first name, reason retold, no new time")),
    (A, ok(S("shorten", "Dr Lancelot Brierley", "Imogen Thackwray", "formal", "regular",
             meeting="Hand typesetting workshop", at="Monday 21 July at 10:00", dur=45,
             reason="the type case has to go back to the foundry"),
           "Monday's workshop, a little shorter",
           """
Dear Dr Brierley,

The type case has to go back to the foundry, so Monday's typesetting workshop will start at ten as planned but last three quarters of an hour.

Kind regards,
Imogen Thackwray
""", "correct: 'Dr' + surname, 'at ten', 'three quarters of an hour'")),
    (A, ok(S("cancellation_policy", "Rosamund Clitheroe", "Osbert Fairclough", "formal", "new",
             pol={"notice_hours": 72, "fee_percent": 50}),
           "Cancellation terms for the millinery course",
           """
Dear Ms Clitheroe,

Welcome to the millinery course. You can cancel free of charge up to three days before (72 hours); after that, half the course fee (50%) remains due.

Kind regards,
Osbert Fairclough
""", "correct: 'three days before (72 hours)', 'half the course fee (50%)'")),
    (B, ok(S("reschedule", "Professor Alaric Dunstable", "Harriet Oglethorpe", "formal", "key",
             meeting="Planking the clinker dinghy", at="Thursday 14 August at 8:00",
             props=["Tuesday 19 August at 8:00", "Wednesday 20 August at 13:30"],
             reason="the larch boards are still too damp"),
           "Planking the dinghy",
           """
Dear Professor Dunstable,

The larch boards are still too damp, so I would rather not start planking on Thursday at eight.

Could you do Tuesday 19 August at the same time, or the following day at half past one?

Kind regards,
Harriet Oglethorpe
""", "correct: 'Professor' + surname, 'the same time', 'the following day at half past one'")),
    (B, ok(S("switch_to_call", "Evangeline Sowerby", "Mortimer Haworth", "formal", "regular",
             meeting="Choosing the bobbin lace pattern", at="Monday 18 August at 11:00",
             reason="I am at the Honiton fair all week"),
           "Monday by phone",
           """
Dear Mrs Sowerby,

I am at the Honiton fair all week. Could we choose the lace pattern over the phone on Monday at eleven, as planned?

I will ring you then.

Mortimer Haworth
""", "correct: 'at eleven', same slot as a call")),
    (B, ok(S("delegate", "Jocelyn Marchbank", "Winifred Scarisbrick", "formal", "regular",
             meeting="Caulking the rowing boat", at="Thursday 21 August at 9:00", col="Tobias Entwistle"),
           "Thursday's caulking",
           """
Dear Mr Marchbank,

I won't be at the yard on Thursday the 21st. My colleague Tobias Entwistle will caulk your rowing boat at 9, as arranged.

Kind regards,
Winifred Scarisbrick
""", "correct: 'the 21st', 'at 9'")),
    (B, ok(S("late_cancellation", "Georgina Blenkinsop", "Rupert Sandiford", "formal", "regular",
             meeting="Bobbin lace lesson", at="Tuesday 12 August at 15:00",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Yesterday's lesson",
           """
Dear Ms Blenkinsop,

You cancelled yesterday's lace lesson within a day (24 hours) of it. Under our terms, the full fee (100%) is due.

Kind regards,
Rupert Sandiford
""", "correct: 'yesterday', 'within a day (24 hours)', 'the full fee (100%)'")),
    (C, ok(S("decline", "Letitia Culpeper", "Everard Mountjoy", "formal", "new",
             meeting="Gold leafing of the Louis XV frame", at="Thursday 18 September at 14:00",
             reason="the bole has not dried"),
           "Gilding the frame",
           """
Dear Madam,

I cannot gild your frame on Thursday: the bole has not dried, and the leaf would not take.

I will be in touch as soon as it is ready.

Everard Mountjoy
""", "correct: 'Dear Madam,' alone, weekday only")),
    (C, ok(S("switch_to_email", "Bartholomew Hesketh", "Priscilla Lumb", "formal", "regular",
             meeting="Review of the candle order", at="Friday 19 September at 10:00"),
           "Candle order by e-mail",
           """
Dear Mr Hesketh,

Rather than meeting on Friday at 10 am, shall we go through the candle order by e-mail?

Send me your questions whenever suits you.

Priscilla Lumb
""", "correct: '10 am', no new time")),
    (C, ok(S("no_show_followup", "Marigold Twistleton", "Caspar Ogden", "friendly", "regular",
             meeting="Beeswax candle dipping class", at="Thursday 11 September at 18:00",
             props=["Thursday 25 September at 18:00"]),
           "Last Thursday's class",
           """
Hi Marigold,

We missed you at the candle dipping class last Thursday, hope all is well.

If you like, there is still a place on the 25th at six in the evening.

Caspar
""", "correct: 'the 25th', 'six in the evening'")),
    (C, ok(S("reschedule", "Prudence Oldroyd", "Leopold Carrington", "formal", "regular",
             meeting="Gilding of the console table", at="Wednesday 17 September at 15:00",
             props=["Tuesday 23 September at 15:00"], reason="the Armenian bole has not arrived"),
           "Console table: a new appointment",
           """
Dear Mrs Oldroyd,

The Armenian bole has not arrived, so I am moving Wednesday's gilding.

Would Tuesday 23 September at 3 pm suit you?

Leopold Carrington
""", "correct: '3 pm', weekday of old slot only")),
    (D, ok(S("decline", "Fitzroy Cavendish-Lowe", "Mildred Ackerley", "formal", "regular",
             meeting="Visit to the press during cider making", at="Friday 17 October at 10:00",
             props=["Tuesday 21 October at 10:00"], reason="the press is being repaired"),
           "Visit to the press",
           """
Dear Mr Cavendish-Lowe,

The press is being repaired, so Friday's visit cannot go ahead.

I could show you round on Tuesday the 21st at the same time.

Mildred Ackerley
""", "correct: 'Tuesday the 21st at the same time'")),
    (D, ok(S("shorten", "Ptolemy Ravensworth", "Gwendolyn Sutcliffe", "formal", "new",
             meeting="Introduction to knife forging", at="Thursday 23 October at 14:00", dur=90,
             reason="the forge must be free by 4 pm"),
           "Thursday's introduction",
           """
Dear Mr Ravensworth,

The forge must be free by 4 pm, so Thursday's introduction will last an hour and a half. We still start at 2.

Gwendolyn Sutcliffe
""", "correct: '4 pm' from the reason, 'an hour and a half', 'at 2'")),
    (D, ok(S("switch_to_call", "Tamsin Goodacre", "Ashley Pemberton-Hall", "friendly", "regular",
             meeting="Choosing apples for the cider", at="Monday 20 October at 17:00",
             props=["Monday 20 October at 17:30"]),
           "Phone on Monday?",
           """
Hi Tamsin,

Shall we pick the apples over the phone on Monday? I'll ring you at half five, OK?

Ashley
""", "correct: 'half five' for 17:30")),
    (D, ok(S("cancellation_policy", "Sir Reginald Hepplewhite", "Constance Bairstow", "formal", "new",
             meeting="Knife making course", at="Monday 27 October at 9:00",
             pol={"notice_hours": 48, "deposit_percent": 30}),
           "Knife making course: terms",
           """
Dear Sir Reginald,

Your place on the knife making course on Monday 27 October is confirmed. The deposit is 30%; you can cancel free of charge up to two days before (48 hours).

Constance Bairstow
""", "correct: 'Sir' + first name, 'two days before (48 hours)'")),
    (E, ok(S("switch_to_email", "Araminta Hollowell", "Digby Fotheringham", "formal", "key",
             meeting="Quote for the marquetry on the bureau", at="Thursday 20 November at 11:00"),
           "Bureau quote",
           """
Dear Araminta,

For the quote on the bureau's marquetry, I suggest we deal with it in writing rather than on Thursday at 11.

Kind regards,
Digby Fotheringham
""", "correct: first name in formal key mail, 'at 11'")),
    (E, ok(S("delegate", "Cornelius Birtwhistle", "Dorcas Yardley", "formal", "regular",
             meeting="Casting the pewter tankards", at="Tuesday 25 November at 10:00", col="Jethro Hargreaves"),
           "Casting the tankards",
           """
Dear Mr Birtwhistle,

I am away on Tuesday the 25th. Jethro Hargreaves will cast your pewter tankards at ten.

Dorcas Yardley
""", "correct: 'the 25th', 'at ten'")),
    (E, ok(S("late_cancellation", "Ottilie Brackenbury", "Silas Wolstenholme", "formal", "regular",
             meeting="Straw marquetry workshop", at="Monday 17 November at 14:00"),
           "Yesterday's workshop",
           """
Dear Madam,

I have received your cancellation for yesterday afternoon's workshop. Thank you for letting me know.

Silas Wolstenholme
""", "correct: no policy given, none stated; 'yesterday afternoon'")),
    (E, ok(S("no_show_followup", "Humphrey Staveley", "Rosalind Ormerod", "formal", "new",
             meeting="Pewter casting demonstration", at="Thursday 13 November at 16:00",
             props=["Wednesday 26 November at 16:00", "Thursday 27 November at 10:00"],
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Last Thursday's demonstration",
           """
Dear Mr Staveley,

We waited for you at the pewter casting demonstration last Thursday. Under our terms, missing a session without a day's notice (24 hours) costs half the fee (50%).

I can offer Wednesday 26 November at 4 pm or the following day at 10.

Rosalind Ormerod
""", "correct: policy in words, 'the following day at 10'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Honoria Blakiston", "Cedric Tattersall", "formal", "regular",
              meeting="Printing the invitation cards", at="Wednesday 16 July at 10:00",
              props=["Monday 21 July at 10:00"], reason="the platen press is being serviced"),
            "Invitation cards: Monday 21 July",
            """
Dear Mrs Blakiston,

The platen press is being serviced, so I suggest moving the printing of your cards to Wednesday 16 July at 10:00.

Cedric Tattersall
""", "old slot offered as the new one")),
    (A, bad("name_near_miss", S("decline", "Felicity Ramsbottom", "Nathaniel Crowther", "formal", "regular",
              meeting="Fitting the veil on the cocktail hat", at="Thursday 17 July at 15:00"),
            "Your hat: Thursday",
            """
Dear Ms Ramsbotham,

I am afraid I cannot fit the veil on your hat on Thursday at 15:00. I will be in touch shortly.

Nathaniel Crowther
""", "near-miss surname 'Ramsbotham'")),
    (A, bad("email_invented", S("switch_to_email", "Percival Anstruther", "Lavinia Greenhalgh", "formal", "new",
              meeting="Quote for letterheads", at="Friday 18 July at 11:00"),
            "Quote by e-mail",
            """
Dear Mr Anstruther,

We can settle the letterhead quote in writing instead of Friday at 11:00. Please e-mail me at lavinia.greenhalgh@btinternet.com.

Lavinia Greenhalgh
""", "private e-mail address nobody gave")),
    (A, bad("policy_invented", S("late_cancellation", "Edwina Pocklington", "Rufus Holdsworth", "formal", "regular",
              meeting="Hat felting workshop", at="Friday 11 July at 10:00"),
            "Your cancellation",
            """
Dear Ms Pocklington,

I have received your late cancellation. As it came within 24 hours of the workshop, the deposit is non-refundable.

Rufus Holdsworth
""", "notice and deposit rule invented")),
    (B, bad("time_recap_wrong", S("reschedule", "Millicent Thwaite", "Barnaby Copley", "formal", "regular",
              meeting="Launching the dinghy", at="Thursday 14 August at 9:00",
              props=["Thursday 21 August at 10:00"], reason="the varnish needs to cure"),
            "Launch: Thursday 21 August",
            """
Dear Mrs Thwaite,

The varnish needs to cure, so I suggest launching on Thursday 21 August at 10:00.

See you Thursday at 9, then!

Barnaby Copley
""", "closing recap names the old hour")),
    (B, bad("percent_swapped", S("cancellation_policy", "Gertrude Micklethwaite", "Alistair Rowbotham", "formal", "new",
              pol={"notice_hours": 48, "fee_percent": 100, "deposit_percent": 25}),
            "Lace course terms",
            """
Dear Ms Micklethwaite,

For the lace course the deposit is 100%; if you cancel within 48 hours, 25% of the fee is charged.

Alistair Rowbotham
""", "deposit and fee swapped")),
    (B, bad("title_or_company_invented", S("delegate", "Montague Saltonstall", "Beryl Grimshaw", "formal", "regular",
              meeting="Repairing the transom of the skiff", at="Wednesday 20 August at 14:00", col="Wilfred Cragg"),
            "Wednesday's repair",
            """
Dear Mr Saltonstall,

On Wednesday at 14:00 Wilfred Cragg will repair the transom of your skiff in my place.

Beryl Grimshaw
Master Shipwright | Grimshaw Wooden Boats Ltd
""", "title and company invented")),
    (B, bad("foreign_paragraph", S("decline", "Aurelia Fanshawe", "Quentin Lightfoot", "formal", "regular",
              meeting="Antique lace presentation", at="Tuesday 19 August at 16:00"),
            "Tuesday's presentation",
            """
Dear Ms Fanshawe,

Unfortunately I have to cancel Tuesday's antique lace presentation at 16:00.

Je vous prie de m'excuser pour ce court délai ; je reviens vers vous très bientôt.

Quentin Lightfoot
""", "French paragraph in an English mail")),
    (C, bad("duration_wrong", S("shorten", "Cressida Lathom", "Hamish Dalrymple", "formal", "regular",
              meeting="Water gilding lesson", at="Thursday 18 September at 9:00", dur=45),
            "Thursday's lesson",
            """
Dear Ms Lathom,

Thursday's gilding lesson starts at 9:00 but will only last half an hour.

Hamish Dalrymple
""", "'half an hour' for 45")),
    (C, bad("phone_invented", S("no_show_followup", "Lionel Ashcombe", "Delia Fothergill", "formal", "regular",
              meeting="Candle moulding session", at="Thursday 11 September at 14:00",
              props=["Monday 22 September at 14:00"]),
            "Candle moulding",
            """
Dear Mr Ashcombe,

We missed you last Thursday. I can offer Monday 22 September at 14:00; do ring me on 07712 384 951 to confirm.

Delia Fothergill
""", "mobile number nobody gave")),
    (C, bad("weekday_wrong", S("reschedule", "Isadora Prendergast", "Crispian Laithwaite", "formal", "regular",
              meeting="Gilding the mirror frame", at="Friday 19 September at 10:00",
              props=["Thursday 25 September at 10:00"]),
            "Mirror frame",
            """
Dear Mrs Prendergast,

I need to move the gilding of your mirror frame. Would Wednesday 25 September at 10:00 suit you?

Crispian Laithwaite
""", "'Wednesday 25 September' for Thursday")),
    (C, bad("link_invented", S("switch_to_call", "Horatio Beddington", "Sybil Moorcroft", "formal", "new",
              meeting="Advice on wedding candles", at="Tuesday 23 September at 11:00"),
            "Advice by phone",
            """
Dear Mr Beddington,

Could we do the advice on your wedding candles by phone on Tuesday at 11:00? Please confirm here: https://book.moorcroftcandles.co.uk/call.

Sybil Moorcroft
""", "booking link nobody gave")),
    (D, bad("discount_invented", S("no_show_followup", "Philomena Cheetham", "Rowland Pickersgill", "formal", "regular",
              meeting="Cider pressing at the farm", at="Friday 10 October at 10:00",
              props=["Friday 24 October at 10:00"], reason="the client was ill"),
            "Friday's pressing",
            """
Dear Mrs Cheetham,

I hope you are feeling better. I can offer Friday 24 October at 10:00, with 15% off the pressing.

Rowland Pickersgill
""", "15% discount nobody gave")),
    (D, bad("colleague_wrong", S("delegate", "Eliot Wainscott", "Verity Hobhouse", "formal", "regular",
              meeting="Sharpening the kitchen knives", at="Tuesday 21 October at 15:00", col="Jasper Tillotson"),
            "Tuesday's sharpening",
            """
Dear Mr Wainscott,

On Tuesday at 15:00 Jasper Tilotson will sharpen your kitchen knives in my place.

Verity Hobhouse
""", "colleague near-missed: Tilotson for Tillotson")),
    (D, bad("number_invented", S("switch_to_email", "Cordelia Rathbone", "Ivor Trevithick", "formal", "new",
              meeting="Bottled cider order", at="Thursday 16 October at 9:00"),
            "Cider order",
            """
Dear Ms Rathbone,

Let's handle your order by e-mail instead of Thursday at 9:00. I have 200 bottles left from the last pressing.

Ivor Trevithick
""", "stock number nobody gave")),
    (D, bad("place_changed", S("decline", "Algernon Pettigrew", "Maude Stansfield", "formal", "regular",
              meeting="Knife forging demonstration in Sheffield", at="Wednesday 22 October at 14:00"),
            "Wednesday's demonstration",
            """
Dear Mr Pettigrew,

I am sorry, but I cannot give the knife forging demonstration in Rotherham on Wednesday at 14:00.

Maude Stansfield
""", "place changed: Rotherham for Sheffield")),
    (E, bad("time_recap_wrong", S("reschedule", "Theodora Lockwood", "Gideon Barraclough", "friendly", "regular",
              meeting="Polishing the pewter plates", at="Wednesday 19 November at 16:00",
              props=["Tuesday 25 November at 16:30"]),
            "Polishing: Tuesday",
            """
Hi Theodora,

I'm moving the plate polishing to Tuesday 25 November at 16:30 — does that work?

See you Tuesday at 4!

Gideon
""", "recap says 4 instead of 16:30")),
    (E, bad("foreign_paragraph", S("decline", "Benedict Ormsby", "Lucinda Harbottle", "formal", "regular",
              meeting="Restoring the marquetry on the chest of drawers", at="Friday 21 November at 11:00"),
            "Friday's restoration",
            """
Dear Mr Ormsby,

I am afraid I cannot start restoring the marquetry on your chest of drawers on Friday at 11:00.

Le pido disculpas por las molestias y le escribiré pronto.

Lucinda Harbottle
""", "Spanish paragraph in an English mail")),
    (E, bad("title_or_company_invented", S("switch_to_email", "Drusilla Whitworth", "Edmund Calverley", "formal", "new",
              meeting="Quote for an inlaid games table", at="Thursday 20 November at 10:00"),
            "Games table quote",
            """
Dear Ms Whitworth,

Shall we do the quote for the games table by e-mail rather than on Thursday at 10:00?

Edmund Calverley
Head of Marquetry, Calverley Fine Furniture Ltd
""", "title and company invented")),
    (E, bad("duration_wrong", S("shorten", "Reuben Ackroyd-Platt", "Hester Widdowson", "formal", "regular",
              meeting="Pewter spinning lesson", at="Monday 24 November at 9:00", dur=30),
            "Monday's lesson",
            """
Dear Mr Ackroyd-Platt,

Monday's pewter lesson will start at 9:00 but last forty minutes.

Hester Widdowson
""", "'forty minutes' for 30")),
]
