"""v20, English: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v20src._d import A, B, C, D, E


def S(*a, **k):
    return _S("en", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("cancellation_policy", "Philippa Hartsthorne", "Crispin Yeardley", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Cancelling a piano tuning",
           """
Dear Ms Hartsthorne,

You can cancel a tuning free of charge up to two days before (48 hours). After that, we charge half the fee (50%).

Kind regards,
Crispin Yeardley
""", "correct: 'two days before (48 hours)', 'half the fee (50%)', 'free of charge'")),
    (A, ok(S("late_cancellation", "Desmond Fairweather-Lusk", "Imogen Brackley", "formal", "regular",
             meeting="Cooperage workshop for beginners", at="Saturday 10 January at 10:00",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Your cancellation on Saturday",
           """
Dear Mr Fairweather-Lusk,

Your cancellation for Saturday reached us less than a day (24 hours) before the workshop. As set out when you booked, the full fee (100%) is therefore due.

Kind regards,
Imogen Brackley
""", "correct: 'less than a day (24 hours)', 'the full fee (100%)'")),
    (A, ok(S("reschedule", "Rosalind Ackerley", "Tobias Fenwick-Hale", "formal", "regular",
             meeting="Voicing of the new choir organ stops", at="Thursday 15 January at 9:30",
             props=["Tuesday 20 January at 9:30", "Wednesday 21 January at 14:30"],
             reason="the blower motor has gone back to the maker"),
           "Organ voicing: a new date",
           """
Dear Mrs Ackerley,

The blower motor has gone back to the maker, so we cannot voice the new stops on Thursday at half nine.

Would Tuesday the 20th at the same time suit you, or Wednesday 21 January at half past two?

Kind regards,
Tobias Fenwick-Hale
""", "correct: 'half nine', 'the 20th at the same time', 'half past two'")),
    (A, ok(S("switch_to_call", "Ambrose Quartermaine", "Henrietta Scollard", "formal", "key",
             meeting="Review of the estate map proofs", at="Friday 16 January at 11:00",
             reason="the proofs are still at the printer"),
           "Friday by phone",
           """
Dear Ambrose,

The proofs are still at the printer, so rather than meet, shall I ring you on Friday at eleven and talk you through the changes to the estate map?

Best wishes,
Henrietta Scollard
""", "correct: first name in a formal key mail, 'at eleven', same slot as a call")),
    (B, ok(S("delegate", "Dr Wilfred Ashcombe", "Verity Lanchbury", "formal", "regular",
             meeting="Choice of bronze for the memorial bell", at="Tuesday 17 February at 10:00",
             col="Barnaby Thistlecombe", reason="I will be at a casting in Whitechapel"),
           "Choosing the bronze",
           """
Dear Dr Ashcombe,

Next Tuesday I will be at a casting in Whitechapel. My colleague Barnaby Thistlecombe will meet you at ten to choose the bronze for the memorial bell; he knows your order well.

Kind regards,
Verity Lanchbury
""", "correct: 'Dr' + surname, 'next Tuesday' for Feb 17 said on Feb 11, colleague exact")),
    (B, ok(S("decline", "Marigold Penhaligon", "Cedric Oxenbury", "friendly", "key",
             meeting="Drinks at the violin makers' guild", at="Friday 13 February at 18:30",
             reason="I have to varnish a viola that evening"),
           "Friday",
           """
Hi Marigold,

I can't make Friday, I'm afraid: I have to varnish a viola that evening and it can't wait. Have one for me!

Cedric
""", "correct: first name, reason retold, no new time")),
    (B, ok(S("shorten", "Lionel Stapleford", "Bethany Corrigan", "formal", "regular",
             meeting="Regulation of the grand piano action", at="Monday 16 February at 14:00", dur=45,
             reason="the hall is booked for a rehearsal afterwards"),
           "Monday's regulation",
           """
Dear Mr Stapleford,

The hall is booked for a rehearsal afterwards, so on Monday I will start at 2 pm as planned but keep the regulation to three quarters of an hour.

Kind regards,
Bethany Corrigan
""", "correct: '2 pm', 'three quarters of an hour'")),
    (B, ok(S("switch_to_email", "Georgiana Whitcombe-Lea", "Hamish Drummond-Keir", "formal", "new",
             meeting="Questions about a 1790 county map", at="Wednesday 18 February at 11:00",
             reason="the provenance notes are easier to read in writing"),
           "Your county map",
           """
Dear Madam,

The provenance notes on your 1790 map are easier to follow in writing, so instead of meeting next Wednesday at eleven I will send them to you by e-mail.

Yours faithfully,
Hamish Drummond-Keir
""", "correct: 'Dear Madam,' alone, '1790' from the meeting name, 'next Wednesday' for Feb 18 said on Feb 11")),
    (C, ok(S("reschedule", "Cressida Mountjoy", "Alistair Pendergast", "formal", "regular",
             meeting="Fitting of the new bell frame", at="Monday 15 March at 8:00",
             props=["Wednesday 17 March at 8:00", "Friday 19 March at 13:00"],
             reason="the oak beams have not been delivered"),
           "Bell frame: new date",
           """
Dear Ms Mountjoy,

The oak beams have not been delivered, so we cannot fit the bell frame on Monday at eight.

Could we do Wednesday the 17th at the same time, or Friday 19 March at 1 pm?

Kind regards,
Alistair Pendergast
""", "correct: 'at eight', 'the 17th at the same time', '1 pm'")),
    (C, ok(S("no_show_followup", "Bartholomew Inchcape", "Lavinia Stroud", "formal", "regular",
             meeting="Collection of the restored cello", at="Tuesday 9 March at 16:00",
             props=["Monday 15 March at 16:00"]),
           "Your cello",
           """
Dear Mr Inchcape,

Your cello was ready for you on Tuesday at 4 pm, but we missed you. It can wait for you on Monday the 15th at the same time if that suits.

Kind regards,
Lavinia Stroud
""", "correct: '4 pm', 'the 15th at the same time'")),
    (C, ok(S("decline", "Professor Evangeline Thorley", "Jasper Whitmarsh", "formal", "key",
             meeting="Launch of the coastal atlas", at="Thursday 18 March at 17:00",
             reason="the colour plates failed inspection"),
           "The atlas launch",
           """
Dear Professor Thorley,

The colour plates failed inspection, so we must call off the launch of the coastal atlas next Thursday at five. I will write again as soon as I have news.

Yours sincerely,
Jasper Whitmarsh
""", "correct: 'Professor' + surname, 'next Thursday' for Mar 18 said on Thu Mar 11, 'at five'")),
    (C, ok(S("cancellation_policy", "Felicity Brackenbury", "Rufus Calloway", "formal", "new",
             pol={"notice_hours": 72, "deposit_percent": 25}),
           "Booking your violin course",
           """
Dear Ms Brackenbury,

We ask for a deposit of 25% to hold your place. You may cancel free of charge up to three days (72 hours) before the course begins.

Kind regards,
Rufus Calloway
""", "correct: deposit with its term, 'three days (72 hours)'")),
    (D, ok(S("late_cancellation", "Montague Lisle", "Harriet Dunsford", "formal", "regular",
             meeting="Tour of the organ workshop", at="Friday 9 April at 14:00",
             props=["Thursday 22 April at 14:00"]),
           "Friday's tour",
           """
Dear Mr Lisle,

Sorry it didn't work out last Friday. If you would still like to see the workshop, we can show you round on Thursday 22 April at 2 pm.

Kind regards,
Harriet Dunsford
""", "correct: 'last Friday' for Apr 9 said on Apr 13, no policy given and none stated")),
    (D, ok(S("switch_to_call", "Winifred Calderbank", "Oswin Treharne", "formal", "regular",
             meeting="Discussion of the barrel order", at="Thursday 15 April at 10:00",
             props=["Monday 19 April at 15:00"], reason="the lorry is in for repair"),
           "Barrel order: a call",
           """
Dear Mrs Calderbank,

Our lorry is in for repair this week. Could we talk the barrel order through on the phone on Monday 19 April at 3 pm instead?

Kind regards,
Oswin Treharne
""", "correct: a call at the given slot, '3 pm'")),
    (D, ok(S("shorten", "Algernon Pettifer", "Maisie Lockyear", "formal", "regular",
             meeting="Tuning of the chapel harpsichord", at="Tuesday 20 April at 9:00", dur=40,
             reason="the chapel has a service at ten"),
           "Tuesday's tuning",
           """
Dear Mr Pettifer,

The chapel has a service at ten, so next Tuesday I will start at nine and the tuning will take forty minutes.

Kind regards,
Maisie Lockyear
""", "correct: 'at ten' from the reason, 'at nine', 'forty minutes'")),
    (D, ok(S("switch_to_email", "Ottoline Garside", "Percival Nunn", "friendly", "regular",
             meeting="Advice on storing an old sea chart", at="Wednesday 21 April at 12:00",
             reason="it only takes a few lines"),
           "Your sea chart",
           """
Hi Ottoline,

No need to meet on Wednesday at noon, it only takes a few lines. I'll e-mail you how to store the chart tonight.

Percival
""", "correct: 'at noon', short friendly reply")),
    (E, ok(S("reschedule", "Horace Blenkinsop", "Araminta Fells", "formal", "regular",
             meeting="Delivery of the oak whisky cask", at="Friday 14 May at 9:00",
             props=["Tuesday 18 May at 9:00", "Thursday 20 May at 16:30"],
             reason="the cask still has to be swelled with water"),
           "Delivery of your cask",
           """
Dear Mr Blenkinsop,

The cask still has to be swelled with water, so Friday at nine is too soon.

Would Tuesday the 18th at the same time work, or Thursday 20 May at half past four?

Kind regards,
Araminta Fells
""", "correct: 'at nine', 'the 18th at the same time', 'half past four'")),
    (E, ok(S("decline", "Lady Clementine Aske", "Roderick Hanbury", "formal", "key",
             meeting="Private recital on the restored fortepiano", at="Wednesday 19 May at 19:00",
             reason="a cracked soundboard was found this week"),
           "Next Wednesday's recital",
           """
Dear Lady Clementine,

We found a cracked soundboard this week, so the recital next Wednesday at seven in the evening cannot go ahead. I will let you know once it is repaired.

Yours sincerely,
Roderick Hanbury
""", "correct: 'Lady' + first name, 'next Wednesday' for May 19 said on May 12, 'seven in the evening'")),
    (E, ok(S("delegate", "Nigel Ravenscroft", "Dorothea Beckwith", "formal", "regular",
             meeting="Survey for the parish boundary map", at="Thursday 13 May at 10:30",
             col="Kit Ellingham", reason="I am ill"),
           "Tomorrow's survey",
           """
Dear Mr Ravenscroft,

I am ill, so my colleague Kit Ellingham will carry out tomorrow's survey at half past ten as planned. He knows the parish well.

Kind regards,
Dorothea Beckwith
""", "correct: 'tomorrow' for May 13 said on May 12, 'half past ten', colleague exact")),
    (E, ok(S("no_show_followup", "Selwyn Prothero", "Tabitha Rook", "formal", "new",
             meeting="Trial of a student viola", at="Monday 10 May at 17:00",
             props=["Monday 17 May at 17:00", "Tuesday 18 May at 12:00"]),
           "Your viola trial",
           """
Dear Mr Prothero,

We were expecting you on Monday at five for the viola trial; I hope all is well. We could try again next Monday at the same time or on Tuesday the 18th at midday.

Kind regards,
Tabitha Rook
""", "correct: 'next Monday at the same time' for May 17 said on May 12, 'at midday'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("title_or_company_invented", S("decline", "Perpetua Gilchrist", "Edmund Rowntree", "formal", "regular",
              meeting="Viewing of the bell foundry archive", at="Wednesday 14 January at 11:00",
              reason="the archive is being moved"),
            "Tomorrow's viewing",
            """
Dear Ms Gilchrist,

The archive is being moved, so I must cancel tomorrow's viewing at 11:00.

Kind regards,
Edmund Rowntree
Head of Heritage, Rowntree Bellfounders Ltd
""", "title_or_company_invented: title and company in the signature")),
    (A, bad("duration_wrong", S("shorten", "Jocelyn Merriweather", "Conrad Ashdown", "formal", "regular",
              meeting="Piano tuning lesson", at="Monday 19 January at 13:00", dur=30,
              reason="I have another client afterwards"),
            "Monday's lesson",
            """
Dear Jocelyn,

I have another client afterwards, so on Monday we will start at 13:00 and finish after forty-five minutes.

Kind regards,
Conrad Ashdown
""", "duration_wrong: 'forty-five minutes' for 30")),
    (A, bad("policy_invented", S("late_cancellation", "Humphrey Bellingham", "Octavia Saltmarsh", "formal", "regular",
              meeting="Barrel charring demonstration", at="Friday 9 January at 15:00",
              props=["Friday 23 January at 15:00"]),
            "Friday's demonstration",
            """
Dear Mr Bellingham,

We received your cancellation for Friday. As it came so late, the deposit is non-refundable, but we can offer you Friday 23 January at 15:00.

Kind regards,
Octavia Saltmarsh
""", "policy_invented: a non-refundable deposit though no policy was given")),
    (A, bad("time_recap_wrong", S("reschedule", "Cordelia Pennington", "Giles Hathersage", "formal", "regular",
              meeting="Fitting of the violin bridge", at="Thursday 15 January at 10:00",
              props=["Tuesday 27 January at 16:30"], reason="the maple blanks are still drying"),
            "Bridge fitting: Tuesday 27 January",
            """
Dear Ms Pennington,

The maple blanks are still drying, so the bridge fitting moves to Tuesday 27 January at 16:30.

See you Tuesday at 4!

Giles Hathersage
""", "time_recap_wrong: recap rounds 16:30 to 4")),
    (B, bad("foreign_paragraph", S("switch_to_email", "Lucinda Farquharson", "Benedict Yelland", "formal", "regular",
              meeting="Questions about the organ restoration quote", at="Thursday 12 February at 14:00",
              reason="the quote is clearer in writing"),
            "Your quote",
            """
Dear Ms Farquharson,

The quote is clearer in writing, so rather than meet tomorrow at 14:00 I will e-mail it to you today.

N'hésitez pas à me répondre si certains postes ne sont pas clairs.

Kind regards,
Benedict Yelland
""", "foreign_paragraph: a French paragraph inside the English mail")),
    (B, bad("phone_invented", S("switch_to_call", "Eustace Mordaunt", "Priscilla Haverbrook", "formal", "regular",
              meeting="Update on the tower bell rehanging", at="Friday 20 February at 10:00",
              reason="the tower is closed to visitors"),
            "Friday by phone",
            """
Dear Mr Mordaunt,

The tower is closed to visitors, so let's speak on Friday at 10:00 by phone. You can reach me on 01632 960 482.

Kind regards,
Priscilla Haverbrook
""", "phone_invented: a phone number nobody gave")),
    (B, bad("weekday_wrong", S("reschedule", "Arabella Tremayne", "Quentin Sowerby", "formal", "regular",
              meeting="Restringing of the concert harp", at="Monday 16 February at 11:00",
              props=["Wednesday 25 February at 11:00"], reason="the gut strings are on back order"),
            "Harp restringing: Wednesday 25 February",
            """
Dear Ms Tremayne,

The gut strings are on back order, so I suggest we restring your harp on Thursday 25 February at 11:00 instead.

Kind regards,
Quentin Sowerby
""", "weekday_wrong: 'Thursday 25 February' for Wednesday in the body")),
    (B, bad("number_invented", S("decline", "Leopold Chamberlayne", "Honor Vickery", "formal", "new",
              meeting="Tasting from the new sherry casks", at="Thursday 19 February at 18:00",
              reason="the casks are not yet seasoned"),
            "Thursday's tasting",
            """
Dear Mr Chamberlayne,

The casks are not yet seasoned, so I must cancel Thursday's tasting at 18:00. All 30 casks need more time.

Kind regards,
Honor Vickery
""", "number_invented: '30 casks' and 'another month' nobody gave")),
    (C, bad("time_swapped", S("reschedule", "Peregrine Ollerenshaw", "Marjorie Kettlewell", "formal", "regular",
              meeting="Pitch check of the carillon", at="Monday 15 March at 9:00",
              props=["Thursday 18 March at 9:00"], reason="the tuning fork set is away for calibration"),
            "Carillon pitch check: Thursday 18 March",
            """
Dear Mr Ollerenshaw,

Our tuning fork set is away for calibration, so I propose we do the pitch check on Monday 15 March at 9:00.

Kind regards,
Marjorie Kettlewell
""", "time_swapped: old slot offered as the new one; subject right")),
    (C, bad("link_invented", S("no_show_followup", "Clarissa Dunstan-Pryce", "Warwick Heseltine", "formal", "regular",
              meeting="Collection of the framed estate map", at="Tuesday 9 March at 11:00",
              props=["Friday 19 March at 11:00"]),
            "Your estate map",
            """
Dear Ms Dunstan-Pryce,

We missed you on Tuesday. Your map can be collected on Friday 19 March at 11:00; please confirm at https://book.heseltinemaps.co.uk/collect

Kind regards,
Warwick Heseltine
""", "link_invented: a booking link nobody gave")),
    (C, bad("discount_invented", S("late_cancellation", "Sebastian Moberley", "Ursula Tindall", "formal", "regular",
              meeting="Piano valuation visit", at="Wednesday 10 March at 10:00",
              props=["Tuesday 16 March at 10:00"]),
            "Yesterday's visit",
            """
Dear Mr Moberley,

Sorry to hear yesterday didn't work out. We can come on Tuesday 16 March at 10:00, and we'll take 10% off the valuation fee for the trouble.

Kind regards,
Ursula Tindall
""", "discount_invented: '10% off' nobody gave")),
    (C, bad("name_near_miss", S("decline", "Evelina Cartwright", "Digby Harcourt", "formal", "regular",
              meeting="Visit to the cooperage yard", at="Tuesday 23 March at 14:00",
              reason="the yard is flooded"),
            "Visit to the yard",
            """
Dear Ms Cartwight,

The yard is flooded, so I have to cancel your visit on Tuesday 23 March at 14:00.

Kind regards,
Digby Harcourt
""", "name_near_miss: 'Cartwight' for Cartwright")),
    (D, bad("email_invented", S("switch_to_email", "Rowena Ashburnham", "Fergus Tulloch", "formal", "new",
              meeting="Questions about restoring a leather map case", at="Monday 19 April at 15:00",
              reason="photos will do for a first look"),
            "Your map case",
            """
Dear Ms Ashburnham,

Photos will do for a first look, so rather than meet on Monday please send them to fergus.tulloch@btinternet.com.

Kind regards,
Fergus Tulloch
""", "email_invented: a private address nobody gave")),
    (D, bad("percent_swapped", S("cancellation_policy", "Ignatius Hobhouse", "Petronella Lyle", "formal", "new",
              pol={"notice_hours": 48, "fee_percent": 60, "deposit_percent": 10}),
            "Cancellation terms",
            """
Dear Mr Hobhouse,

We ask for a 60% deposit with your bell order. You may cancel free of charge up to 48 hours before; after that 10% of the price is due.

Kind regards,
Petronella Lyle
""", "percent_swapped: deposit 10% and fee 60% swapped")),
    (D, bad("colleague_wrong", S("delegate", "Drusilla Cavendish-Rae", "Lambert Orpwood", "formal", "regular",
              meeting="Inspection of the chamber organ", at="Thursday 22 April at 9:30",
              col="Hugo Wetherall", reason="I will be installing an organ in Bath"),
            "Thursday's inspection",
            """
Dear Ms Cavendish-Rae,

I will be installing an organ in Bath next week, so my colleague Hugo Weatherall will inspect your chamber organ on Thursday at 9:30.

Kind regards,
Lambert Orpwood
""", "colleague_wrong: 'Weatherall' for Wetherall")),
    (D, bad("duration_wrong", S("shorten", "Theodora Wykeham", "Basil Crabtree", "formal", "regular",
              meeting="Workshop on violin varnish", at="Friday 16 April at 14:00", dur=60,
              reason="the spray booth is being serviced later"),
            "Friday's workshop",
            """
Dear Ms Wykeham,

The spray booth is being serviced later in the day, so Friday's workshop starts at 14:00 and runs for an hour and a half.

Kind regards,
Basil Crabtree
""", "duration_wrong: 'an hour and a half' for 60 minutes")),
    (E, bad("time_recap_wrong", S("reschedule", "Gwendolyn Pryor", "Silas Kingsmill", "formal", "regular",
              meeting="Installation of the chiming clock bells", at="Thursday 13 May at 8:00",
              props=["Tuesday 25 May at 13:00"], reason="the crane hire fell through"),
            "Bell installation: Tuesday 25 May",
            """
Dear Ms Pryor,

The crane hire fell through, so the installation moves to Tuesday 25 May at 13:00.

See you on Tuesday at 8, then!

Silas Kingsmill
""", "time_recap_wrong: recap with the old hour 8")),
    (E, bad("place_changed", S("switch_to_call", "Tristram Oakhurst", "Linnea Bramwell", "formal", "regular",
              meeting="Site visit to the cooperage in Dufftown", at="Tuesday 18 May at 10:00",
              reason="the road is closed for resurfacing"),
            "Site visit by phone",
            """
Dear Mr Oakhurst,

The road is closed for resurfacing, so instead of the site visit to the cooperage in Keith on Tuesday at 10:00, shall we talk by phone at the same time?

Kind regards,
Linnea Bramwell
""", "place_changed: Keith for Dufftown")),
    (E, bad("title_or_company_invented", S("late_cancellation", "Marcella Edgington", "Rupert Ainscough", "formal", "regular",
              meeting="Tuning of the upright piano", at="Monday 10 May at 12:00",
              props=["Friday 21 May at 12:00"]),
            "Monday's tuning",
            """
Dear Ms Edgington,

Thank you for letting us know about Monday. We can tune the piano on Friday 21 May at 12:00 instead.

Kind regards,
Rupert Ainscough
Senior Piano Technician, Ainscough & Daughters Pianos
""", "title_or_company_invented: title and company in the signature")),
    (E, bad("foreign_paragraph", S("decline", "Winslow Featherstone", "Agatha Brimble", "formal", "regular",
              meeting="Demonstration of map engraving", at="Friday 21 May at 15:00",
              reason="the copper plate is being re-polished"),
            "Friday's demonstration",
            """
Dear Mr Featherstone,

The copper plate is being re-polished, so I am sorry to cancel the demonstration on Friday 21 May at 15:00.

Wir melden uns, sobald die Platte wieder bereit ist.

Kind regards,
Agatha Brimble
""", "foreign_paragraph: a German paragraph inside the English mail")),
]
