"""v18, English: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v18src._d import A, B, C, D, E


def S(*a, **k):
    return _S("en", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Philippa Drummond-Hay", "Alastair Penhaligon", "formal", "regular",
             meeting="Re-ridging the thatched cottage at Blewbury", at="Thursday 16 January at 8:30",
             props=["Tuesday 21 January at 8:30", "Friday 24 January at 13:00"],
             reason="the Norfolk reed has not been delivered"),
           "Re-ridging at Blewbury: new date",
           """
Dear Mrs Drummond-Hay,

The Norfolk reed has not been delivered yet, so we cannot start on the ridge on Thursday.

Would Tuesday the 21st at the same time suit you, or Friday 24 January at 1 pm?

Kind regards,
Alastair Penhaligon
""", "correct: 'Mrs' + double surname, 'the 21st at the same time', '1 pm'")),
    (A, ok(S("decline", "Bethan Llewellyn", "Rhodri Pritchard", "friendly", "key",
             meeting="Collecting the mounted buzzard", at="Friday 17 January at 16:00",
             reason="the plinth hasn't dried yet"),
           "Your buzzard",
           """
Hi Bethan,

Friday won't work, I'm afraid: the plinth hasn't dried yet. I'll let you know as soon as the buzzard is ready.

Cheers,
Rhodri
""", "correct: first name, no new time")),
    (A, ok(S("cancellation_policy", "Jocelyn Ashworth", "Imogen Treharne", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Cancellation terms for the mosaic course",
           """
Dear Mr Ashworth,

Thank you for booking the mosaic course. You can cancel free of charge up to two days before (48 hours); after that, half the course fee (50%) is due.

Kind regards,
Imogen Treharne
""", "correct: 'two days before (48 hours)', 'half the course fee (50%)', 'free of charge' before the notice")),
    (A, ok(S("no_show_followup", "Harriet Cullingford", "Euan MacPhail", "formal", "regular",
             meeting="Sea trial of the new jib", at="Monday 13 January at 10:00",
             props=["Thursday 23 January at 10:00"]),
           "Sea trial of the jib",
           """
Dear Harriet,

I waited for you yesterday morning for the sea trial of the new jib. I hope all is well.

If it suits you, we could try again on Thursday the 23rd at ten.

Best regards,
Euan MacPhail
""", "correct: first name in formal mail, 'yesterday morning', 'at ten'")),
    (B, ok(S("shorten", "Dr Lionel Featherstone", "Morwenna Keast", "formal", "regular",
             meeting="Tour of the wall painting conservation at St Petroc's", at="Thursday 20 February at 14:00",
             dur=45, reason="the scaffold comes down at 3 pm"),
           "Thursday's tour",
           """
Dear Dr Featherstone,

The scaffold comes down at 3 pm, so Thursday's tour of the wall painting at 2 pm will last three quarters of an hour.

Kind regards,
Morwenna Keast
""", "correct: '3 pm' from the reason, '2 pm', 'three quarters of an hour'")),
    (B, ok(S("switch_to_call", "Gideon Ashdown", "Clemency Varley", "formal", "key",
             meeting="Choosing wools for the boardroom tapestry", at="Tuesday 18 February at 11:00",
             props=["Tuesday 18 February at 11:30"], reason="I need to stay at the studio for a delivery"),
           "Tapestry: a call instead?",
           """
Dear Gideon,

I need to stay at the studio for a delivery on Tuesday, so I can't come over to choose the wools. Could we speak on the phone that day at half eleven instead?

Best wishes,
Clemency Varley
""", "correct: 'that day at half eleven'")),
    (B, ok(S("switch_to_email", "Niamh Gallagher", "Declan Furlong", "friendly", "regular",
             meeting="Catch-up on re-tinning the copper stockpot", at="Friday 14 February at 9:00",
             reason="the tinsmith hasn't sent his quote"),
           "Your stockpot",
           """
Hi Niamh,

The tinsmith still hasn't sent his quote, so rather than meet on Friday I'll email you as soon as it comes in.

Speak soon,
Declan
""", "correct: signed first name, 'Friday' without time")),
    (B, ok(S("delegate", "Rosalind Pargeter", "Tristram Bellamy", "formal", "new",
             meeting="Order of willow baskets for the farm shop", at="Monday 17 February at 10:00",
             col="Harriet Oakenshaw"),
           "Your basket order",
           """
Dear Ms Pargeter,

On Monday 17 February at 10 am my colleague Harriet Oakenshaw will meet you to go through your order of willow baskets.

Kind regards,
Tristram Bellamy
""", "correct: 'Ms', '10 am', colleague exact")),
    (C, ok(S("late_cancellation", "Barnaby Thistlethwaite", "Wilhelmina Croft", "formal", "regular",
             meeting="Copper engraving lesson", at="Monday 10 March at 18:00",
             props=["Monday 17 March at 18:00"], pol={"notice_hours": 24, "fee_percent": 100}),
           "Engraving lesson",
           """
Dear Mr Thistlethwaite,

I received your message yesterday cancelling the lesson. We can make it up next Monday, the 17th, same time.

As the cancellation came within a day (24 hours) of the lesson, the full fee (100%) is due under our terms.

Kind regards,
Wilhelmina Croft
""", "correct: 'the 17th, same time', 'within a day (24 hours)', 'the full fee (100%)'")),
    (C, ok(S("reschedule", "Poppy Haverstock", "Ned Rowbotham", "friendly", "regular",
             meeting="Laying up the mooring line", at="Thursday 13 March at 15:00",
             props=["Wednesday 19 March at 15:00", "Friday 21 March at 10:00"],
             reason="the hemp is still too damp"),
           "Move the rope-laying?",
           """
Hi Poppy,

The hemp is still too damp to lay up the line on Thursday. Could we do Wednesday the 19th at 3, or Friday the 21st at 10?

Ned
""", "correct: 'at 3', 'at 10'")),
    (C, ok(S("decline", "Cressida Fairweather", "Oswin Blakeley", "formal", "regular",
             meeting="Visit to the mosaic workshop", at="Wednesday 19 March at 14:00",
             reason="we already have a school group in that day"),
           "Visit to the workshop",
           """
Dear Ms Fairweather,

I'm sorry, but we can't host your visit to the workshop on Wednesday: we already have a school group in that day.

Kind regards,
Oswin Blakeley
""", "correct: no new time")),
    (C, ok(S("cancellation_policy", "Fergus Lindqvist-Baird", "Honor Wetherby", "formal", "key",
             pol={"notice_hours": 72, "deposit_percent": 30}),
           "Our terms for the tapestry",
           """
Dear Fergus,

As agreed, here are our terms: a deposit of 30% on ordering, and free cancellation up to three days before (72 hours).

Warm regards,
Honor Wetherby
""", "correct: first name in formal mail, 'three days before (72 hours)'")),
    (D, ok(S("no_show_followup", "Kit Ormerod", "Saskia Dunmore", "friendly", "new",
             meeting="Measuring up for the dinghy sail", at="Tuesday 1 April at 17:00",
             props=["Tuesday 8 April at 17:00", "Thursday 10 April at 18:00"]),
           "Yesterday's measuring",
           """
Hi Kit,

We missed each other yesterday for the sail measuring. No worries, these things happen!

Would Tuesday the 8th at 5 pm or Thursday the 10th at 6 in the evening work?

Best,
Saskia
""", "correct: 'yesterday', '5 pm', '6 in the evening'")),
    (D, ok(S("shorten", "Malcolm Iredale", "Juliet Sowerby", "formal", "regular",
             meeting="Site meeting on the chancel wall painting", at="Friday 4 April at 9:00",
             dur=30),
           "Friday's site meeting",
           """
Dear Mr Iredale,

I'm afraid I have to cut Friday's site meeting at nine down to half an hour.

Kind regards,
Juliet Sowerby
""", "correct: 'half an hour' for 30, 'at nine'")),
    (D, ok(S("switch_to_call", "Agatha Winstanley", "Percival Moorcroft", "formal", "regular",
             meeting="Collecting the mounted pheasant", at="Thursday 10 April at 11:00",
             props=["Wednesday 9 April at 18:00"], reason="the shop is closed for stocktaking"),
           "Your pheasant",
           """
Dear Mrs Winstanley,

The shop is closed for stocktaking on Thursday, so collecting the pheasant won't be possible then. Shall we have a call the day before, Wednesday at six in the evening, to sort it out?

Kind regards,
Percival Moorcroft
""", "correct: 'the day before, Wednesday at six in the evening'")),
    (D, ok(S("switch_to_email", "Godfrey Amherst", "Tamsin Rudd", "formal", "new",
             meeting="Going through the coppersmithing quotes", at="Monday 7 April at 14:00"),
           "Your quotes",
           """
Dear Mr Amherst,

Rather than meeting on Monday, I'll email you the coppersmithing quotes with a short explanation, so you can reply in your own time.

Kind regards,
Tamsin Rudd
""", "correct: no time repeated")),
    (E, ok(S("delegate", "Jago Polkinghorne", "Elspeth Monkhouse", "friendly", "regular",
             meeting="Willow weaving workshop", at="Wednesday 14 May at 14:00", col="Rupert Cheverton"),
           "Wednesday's workshop",
           """
Hi Jago,

Rupert Cheverton will run Wednesday's willow weaving workshop at 2 instead of me. He knows the programme inside out.

Elspeth
""", "correct: 'at 2', colleague exact")),
    (E, ok(S("late_cancellation", "Lavinia Hepplewhite", "Ambrose Tranter", "formal", "regular",
             meeting="Drypoint engraving session", at="Friday 2 May at 10:00",
             props=["Monday 12 May at 10:00"]),
           "Engraving session",
           """
Dear Ms Hepplewhite,

Thank you for letting me know on Friday morning. We can move the session to Monday 12 May at 10 am, if that suits you.

Kind regards,
Ambrose Tranter
""", "correct: late cancellation, no policy given and none stated")),
    (E, ok(S("reschedule", "Professor Hugo Castleton", "Ottilie Breward", "formal", "key",
             meeting="Laying the entrance hall mosaic", at="Wednesday 7 May at 7:30",
             props=["Monday 12 May at 7:30", "Tuesday 13 May at 7:30"],
             reason="the adhesive hasn't cured in the cold"),
           "Entrance hall mosaic",
           """
Dear Professor Castleton,

The adhesive hasn't cured in the cold, so we need to postpone laying the mosaic on Wednesday.

We can come back at half seven on Monday the 12th or Tuesday 13 May. Which morning would suit you best?

Kind regards,
Ottilie Breward
""", "correct: 'Professor' from the recipient field, 'half seven' for both slots")),
    (E, ok(S("decline", "Montague Ellery", "Priscilla Haverfield", "formal", "new",
             meeting="High-warp weaving demonstration", at="Friday 16 May at 15:00"),
           "Demonstration on 16 May",
           """
Dear Mr Ellery,

Thank you for the invitation, but I'm unable to give the weaving demonstration on Friday 16 May.

Kind regards,
Priscilla Haverfield
""", "correct: date without time, no reason invented")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Margery Pennycook", "Silas Hardcastle", "formal", "regular",
              meeting="Patching the thatch on the barn at Long Crendon", at="Wednesday 15 January at 9:00",
              props=["Monday 20 January at 9:00"], reason="strong winds are forecast"),
            "Thatch repair: new date",
            """
Dear Mrs Pennycook,

Strong winds are forecast, so we need to postpone patching the thatch. Could we do Wednesday 15 January at 9:00 instead?

Kind regards,
Silas Hardcastle
""", "the old slot (Wednesday 15 January 9:00) offered as the new one")),
    (A, bad("name_near_miss", S("decline", "Cuthbert Ravenscroft", "Delphine Arkwright", "formal", "regular",
              meeting="Valuation of the mounted barn owl", at="Thursday 23 January at 11:00"),
            "Thursday's valuation",
            """
Dear Mr Ravenscroffe,

Unfortunately I can't carry out the valuation of the barn owl on Thursday 23 January. I'll be in touch soon.

Kind regards,
Delphine Arkwright
""", "'Ravenscroffe' for Ravenscroft")),
    (A, bad("email_invented", S("switch_to_email", "Winifred Lockyer", "Jasper Quarrington", "formal", "new",
              meeting="Presentation of rope samples", at="Thursday 16 January at 11:00"),
            "Your rope order",
            """
Dear Ms Lockyer,

Rather than meeting on Thursday, let's handle this by email. Send your questions to jasper.quarrington@gmail.com and I'll send photos of the samples.

Kind regards,
Jasper Quarrington
""", "private e-mail address nobody gave")),
    (A, bad("policy_invented", S("late_cancellation", "Humphrey Aldridge", "Beatrix Sillitoe", "formal", "regular",
              meeting="Byzantine mosaic class", at="Friday 10 January at 17:00",
              props=["Friday 24 January at 17:00"]),
            "Mosaic class",
            """
Dear Mr Aldridge,

Thank you for your message. We can make up the class on Friday 24 January at 5 pm.

Late cancellations normally forfeit the deposit, but we won't hold you to that this time.

Kind regards,
Beatrix Sillitoe
""", "policy in words (deposit forfeited) nobody gave")),
    (B, bad("time_recap_wrong", S("reschedule", "Tabitha Rushworth", "Crispin Lomax", "friendly", "regular",
              meeting="Re-tinning the copper jam pan", at="Wednesday 19 February at 10:00",
              props=["Tuesday 25 February at 14:00"]),
            "Your jam pan",
            """
Hi Tabitha,

I'm not at the workshop on Wednesday. Shall we do the jam pan on Tuesday 25 February at 2 pm instead?

See you Tuesday at 10, then!

Crispin
""", "closing recap names 10 instead of 2 pm")),
    (B, bad("percent_swapped", S("cancellation_policy", "Reginald Gosforth", "Araminta Dewhurst", "formal", "new",
              pol={"notice_hours": 48, "fee_percent": 60, "deposit_percent": 25}),
            "Booking terms",
            """
Dear Mr Gosforth,

For the etching course we ask for a 60% deposit. Cancellation is free up to 48 hours before; after that, 25% of the course fee is charged.

Kind regards,
Araminta Dewhurst
""", "deposit 25 and fee 60 swapped")),
    (B, bad("title_or_company_invented", S("delegate", "Mabel Cottingham", "Lysander Frith", "formal", "regular",
              meeting="Delivery of the willow log baskets", at="Thursday 13 February at 8:00", col="Gwendolyn Pike"),
            "Thursday's delivery",
            """
Dear Mrs Cottingham,

My colleague Gwendolyn Pike will deliver the willow log baskets on Thursday 13 February at 8 am.

Kind regards,
Lysander Frith
Head Basketmaker, Frith & Daughters Willowcraft Ltd
""", "job title and company in the signature")),
    (B, bad("foreign_paragraph", S("decline", "Eustace Pendlebury", "Marigold Hatherley", "formal", "regular",
              meeting="Tour of the ropewalk at Chatham", at="Thursday 20 February at 11:00"),
            "Thursday's tour",
            """
Dear Mr Pendlebury,

Unfortunately I have to cancel Thursday's tour of the ropewalk.

Je vous prie de bien vouloir m'en excuser et je reviendrai vers vous avec une nouvelle date.

Kind regards,
Marigold Hatherley
""", "French paragraph in an English mail")),
    (C, bad("time_swapped", S("switch_to_call", "Eleanor Stapleford", "Barnabas Quilliam", "formal", "key",
              meeting="Choosing a frame for the tapestry", at="Friday 21 March at 15:00",
              props=["Thursday 20 March at 17:00"]),
            "Tapestry frame: by phone",
            """
Dear Mrs Stapleford,

I can't make our meeting on Thursday 20 March at 5 pm. Could we speak by phone on Friday 21 March at 3 pm instead?

Kind regards,
Barnabas Quilliam
""", "the new slot named as the meeting being replaced and the old one offered")),
    (C, bad("duration_wrong", S("shorten", "Algernon Whitcombe", "Henrietta Sallis", "formal", "regular",
              meeting="Inspection of the restored tapestry", at="Tuesday 18 March at 10:00", dur=45),
            "Tuesday's inspection",
            """
Dear Mr Whitcombe,

I have to shorten Tuesday's inspection of the tapestry at 10 am: we'll have half an hour.

Kind regards,
Henrietta Sallis
""", "'half an hour' for 45 minutes")),
    (C, bad("phone_invented", S("no_show_followup", "Georgiana Pettifer", "Rowan Ackroyd", "formal", "regular",
              meeting="Basket-making class", at="Friday 7 March at 14:00", props=["Friday 21 March at 14:00"]),
            "Friday's class",
            """
Dear Ms Pettifer,

We missed you at the basket-making class on Friday. I hope everything is all right.

You're welcome to join on Friday 21 March at 2 pm instead. Just give me a ring on 01768 442 917.

Kind regards,
Rowan Ackroyd
""", "landline number nobody gave")),
    (C, bad("weekday_wrong", S("decline", "Leopold Farquharson", "Ivy Rutherford", "formal", "regular",
              meeting="Visit to the taxidermy studio", at="Friday 14 March at 16:00"),
            "Visit on 14 March",
            """
Dear Mr Farquharson,

I'm afraid I have to cancel your visit to the studio on Thursday 14 March at 4 pm.

Kind regards,
Ivy Rutherford
""", "'Thursday 14 March' for Friday")),
    (D, bad("link_invented", S("reschedule", "Florence Atherstone", "Benedict Shorrock", "formal", "regular",
              meeting="Hanging the tapestry at Hardwick Grange", at="Monday 7 April at 9:00",
              props=["Wednesday 16 April at 9:00"], reason="the support batten isn't ready"),
            "Hanging the tapestry",
            """
Dear Mrs Atherstone,

The support batten isn't ready, so I need to move Monday's hanging. I can offer Wednesday 16 April at 9 am, or you can pick another slot here: shorrocktextiles.co.uk/book.

Kind regards,
Benedict Shorrock
""", "booking link nobody gave")),
    (D, bad("discount_invented", S("no_show_followup", "Percy Wainwright", "Gemma Oxenford", "formal", "regular",
              meeting="Mosaic taster session", at="Monday 31 March at 14:00", props=["Wednesday 9 April at 14:00"],
              reason="be generous"),
            "Monday's session",
            """
Dear Mr Wainwright,

We missed you at Monday's mosaic session. You're welcome to come on Wednesday 9 April at 2 pm instead, and we'll take 20% off as a goodwill gesture.

Kind regards,
Gemma Oxenford
""", "a 20% discount licensed by the reason only")),
    (D, bad("colleague_wrong", S("delegate", "Dorothea Kingsley", "Ignatius Fenwick", "formal", "regular",
              meeting="Collecting the baskets for the fete", at="Thursday 10 April at 8:00", col="Marcus Hollingworth"),
            "Collecting the baskets",
            """
Dear Mrs Kingsley,

My colleague Marcus Hollingsworth will hand over the baskets on Thursday at 8 am.

Kind regards,
Ignatius Fenwick
""", "colleague 'Hollingsworth' for Hollingworth")),
    (D, bad("foreign_paragraph", S("decline", "Sebastian Tollemache", "Hermione Askew", "formal", "regular",
              meeting="Viewing the wall paintings at Kempley", at="Tuesday 8 April at 10:00"),
            "Tuesday's viewing",
            """
Dear Mr Tollemache,

I'm sorry, but I can't show you the wall paintings at Kempley on Tuesday.

Le pido disculpas por las molestias y le escribiré pronto con otra fecha.

Kind regards,
Hermione Askew
""", "Spanish paragraph in an English mail")),
    (E, bad("time_recap_wrong", S("reschedule", "Veronica Huxtable", "Leofric Tennant", "formal", "regular",
              meeting="Tuning the loom", at="Wednesday 7 May at 14:00",
              props=["Monday 12 May at 9:00", "Tuesday 13 May at 15:00"]),
            "Tuning the loom",
            """
Dear Mrs Huxtable,

I need to postpone Wednesday's loom tuning. I can come on Monday 12 May at 9 am or Tuesday 13 May at 3 pm.

P.S. I've pencilled in Monday the 12th at 3 pm for now.

Kind regards,
Leofric Tennant
""", "P.S. hold mixes the two slots (Monday at 3 pm)")),
    (E, bad("number_invented", S("switch_to_email", "Ptolemy Gresham", "Audrey Kettlewell", "formal", "new",
              meeting="Quote for mounting a roe deer", at="Tuesday 13 May at 15:00",
              reason="say how long the work takes"),
            "Your quote",
            """
Dear Mr Gresham,

Shall we handle the quote by email rather than on Tuesday? Please send a few photos; the mount itself usually takes around eight weeks.

Kind regards,
Audrey Kettlewell
""", "'eight weeks' nobody gave (the reason only asks for it)")),
    (E, bad("place_changed", S("decline", "Cordelia Ambleside", "Thaddeus Brereton", "formal", "regular",
              meeting="Thatching tour in Selworthy", at="Friday 16 May at 10:00"),
            "Friday's tour",
            """
Dear Ms Ambleside,

Unfortunately I can't lead the thatching tour in Luccombe on Friday.

Kind regards,
Thaddeus Brereton
""", "Selworthy changed to Luccombe")),
    (E, bad("title_or_company_invented", S("switch_to_email", "Wilfred Bracegirdle", "Nerys Pumphrey", "formal", "new",
              meeting="Discussing a copper weather vane", at="Thursday 15 May at 11:00"),
            "Your weather vane",
            """
Dear Mr Bracegirdle,

Rather than meet on Thursday, I suggest we go through the weather vane by email. Please send me the sketch when you can.

Kind regards,
Nerys Pumphrey
Master Coppersmith | Pumphrey Metalworks Ltd
""", "job title and company in the signature")),
]
