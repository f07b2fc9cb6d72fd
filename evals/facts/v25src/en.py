"""v25, English: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v25src._d import A, B, C, D, E


def S(*a, **k):
    return _S("en", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("switch_to_call", "Rosalind Fairgrieve", "Declan Hetherwick", "formal", "new",
             meeting="Survey for a borehole", at="Wednesday 13 September at 10:00",
             props=["Tuesday 12 September at 16:00"]),
           "A call before the borehole survey",
           """
Dear Ms Fairgrieve,

Before we commit to a site visit, could we discuss your borehole by phone on Tuesday 12 September at four o'clock, instead of meeting on Wednesday at 10:00?

Kind regards,
Declan Hetherwick
""", "correct: 'four o'clock', old time named as replaced")),
    (A, ok(S("late_cancellation", "Barnaby Whitcombe", "Imogen Pettifer", "formal", "regular",
             meeting="Quilting workshop", at="Saturday 9 September at 10:00",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Your cancellation last Saturday",
           """
Dear Mr Whitcombe,

Thank you for letting us know about last Saturday's quilting workshop. As the cancellation reached us less than two days before (48 hours), half the fee (50%) is due under our terms.

Kind regards,
Imogen Pettifer
""", "correct: 'last Saturday', policy in words")),
    (A, ok(S("reschedule", "Tamsin Pengelly", "Rory Calloway", "friendly", "key",
             meeting="Collecting your new varifocals", at="Thursday 14 September at 17:30",
             props=["Monday 18 September at 17:30", "Wednesday 20 September at 12:00"],
             reason="the lenses came back from the lab scratched"),
           "Your varifocals",
           """
Hi Tamsin,

Annoyingly, your lenses came back from the lab scratched, so Thursday's collection is off.

Could you do Monday the 18th at the same time? Otherwise Wednesday 20 September at midday works for us.

Sorry about this, and speak soon.

Best,
Rory
""", "correct: 'the 18th', 'same time', 'midday'")),
    (A, ok(S("delegate", "Professor Euan Macintyre", "Nell Ashcombe", "formal", "regular",
             meeting="Servicing of your treadle sewing machine", at="Friday 15 September at 9:30",
             col="Hamish Stroud"),
           "Servicing on Friday",
           """
Dear Professor Macintyre,

My colleague Hamish Stroud will service your treadle sewing machine on Friday at half past nine.

Kind regards,
Nell Ashcombe
""", "correct: given title, 'half past nine'")),
    (B, ok(S("decline", "Gideon Lowther", "Poppy Ravenscroft", "formal", "new",
             meeting="Drilling a well at the allotments", at="Thursday 26 October at 8:00",
             reason="we only work on private land"),
           "Drilling at the allotments",
           """
Dear Mr Lowther,

Thank you for asking us. Unfortunately we only work on private land, so we cannot drill the well at the allotments on Thursday 26 October.

Kind regards,
Poppy Ravenscroft
""", "correct: short decline")),
    (B, ok(S("no_show_followup", "Cressida Hollins", "Magnus Trelawny", "formal", "regular",
             meeting="Eye examination", at="Monday 16 October at 11:00",
             props=["Friday 27 October at 11:00"]),
           "Your eye examination yesterday",
           """
Dear Ms Hollins,

We missed you at your eye examination yesterday at 11. We could see you on Friday 27 October at the same time if that suits.

Kind regards,
Magnus Trelawny
""", "correct: 'yesterday' for Monday 16 on Tuesday 17, 'at the same time'")),
    (B, ok(S("cancellation_policy", "Winifred Oakhurst", "Seth Marchant", "formal", "new",
             pol={"notice_hours": 24, "deposit_percent": 25, "fee_percent": 100}),
           "Our cancellation terms",
           """
Dear Mrs Oakhurst,

For sewing courses we ask for a deposit of 25% on booking. You may cancel up to a day's notice (24 hours) before; after that the full fee (100%) is charged.

Kind regards,
Seth Marchant
""", "correct: deposit and fee each with its own term, in words and numbers")),
    (B, ok(S("switch_to_email", "Fergus Pemberton", "Lottie Haverstock", "friendly", "regular",
             meeting="Choosing fabric for your curtains", at="Wednesday 18 October at 14:00"),
           "Curtain fabric by email",
           """
Hi Fergus,

Shall we sort the curtain fabric by email instead of meeting tomorrow at two? I'll send you photos of the samples.

Cheers,
Lottie
""", "correct: 'tomorrow at two' on Tuesday 17 for Wednesday 18")),
    (C, ok(S("shorten", "Clemency Ashdown", "Jude Farrington", "formal", "regular",
             meeting="Contact lens check", at="Monday 27 November at 15:00", dur=20),
           "Your contact lens check",
           """
Dear Ms Ashdown,

Your contact lens check on Monday at 3 pm will take twenty minutes.

Kind regards,
Jude Farrington
""", "correct: '3 pm', 'twenty minutes'")),
    (C, ok(S("reschedule", "Alasdair Crombie", "Bethan Morgan-Price", "formal", "regular",
             meeting="Pump replacement", at="Friday 24 November at 8:00",
             props=["Tuesday 28 November at 8:00"], reason="the new pump has been delayed at the depot"),
           "Pump replacement moved",
           """
Dear Mr Crombie,

The new pump has been delayed at the depot, so we need to move Friday's replacement to Tuesday the 28th at eight in the morning.

Apologies for the inconvenience.

Kind regards,
Bethan Morgan-Price
""", "correct: 'Tuesday the 28th', 'eight in the morning'")),
    (C, ok(S("switch_to_call", "Marnie Coulthard", "Oliver Brightwell", "friendly", "regular",
             meeting="Questions about your overlocker", at="Thursday 30 November at 19:00"),
           "Let's just call",
           """
Hi Marnie,

Rather than you coming in, let's just have a call about your overlocker on Thursday at seven in the evening.

Speak then,
Oliver
""", "correct: call at the original time")),
    (C, ok(S("decline", "Lucinda Grieve", "Toby Ashworth-Lane", "formal", "new",
             meeting="Dress alterations for a wedding party", at="Saturday 25 November at 10:00",
             reason="we are fully booked until January"),
           "Alterations on Saturday",
           """
Dear Ms Grieve,

I'm sorry, but we are fully booked until January and cannot take on the alterations for the wedding party on Saturday.

Kind regards,
Toby Ashworth-Lane
""", "correct: 'January' from the reason")),
    (D, ok(S("cancellation_policy", "Dr Aneurin Pryce", "Holly Westbrook", "formal", "regular",
             pol={"notice_hours": 72}),
           "Cancelling a drilling appointment",
           """
Dear Dr Pryce,

Drilling appointments can be cancelled free of charge up to three days before (72 hours).

Kind regards,
Holly Westbrook
""", "correct: given Dr, policy in words")),
    (D, ok(S("late_cancellation", "Sorcha Kilbride", "Freddie Langton", "formal", "regular",
             meeting="Frame fitting", at="Wednesday 27 September at 16:30"),
           "Yesterday's frame fitting",
           """
Dear Ms Kilbride,

Thank you for letting us know about yesterday's frame fitting. We have cancelled it.

Kind regards,
Freddie Langton
""", "correct: no policy given and none stated")),
    (D, ok(S("no_show_followup", "Ptolemy Garsington", "Esme Rowbotham", "friendly", "regular",
             meeting="Beginners' dressmaking class", at="Tuesday 26 September at 18:30"),
           "Missed you on Tuesday",
           """
Hi Ptolemy,

We missed you at the beginners' dressmaking class on Tuesday evening. Hope everything's all right!

Esme
""", "correct: no new slot given and none offered")),
    (D, ok(S("delegate", "Henrietta Coldwell", "Ewan Forsythe", "formal", "key",
             meeting="Well pump inspection", at="Monday 2 October at 13:00", col="Kirsty Rennie"),
           "Your well pump inspection",
           """
Dear Mrs Coldwell,

My colleague Kirsty Rennie will carry out your well pump inspection on Monday 2 October at one o'clock.

Kind regards,
Ewan Forsythe
""", "correct: 'one o'clock', colleague exact")),
    (E, ok(S("switch_to_email", "Jocasta Millbank", "Ned Pennington", "formal", "new",
             meeting="Quote for water softening", at="Tuesday 10 October at 11:00"),
           "Your quote by email",
           """
Dear Ms Millbank,

Rather than meeting on Tuesday at 11, I'll send you the quote for water softening by email.

Kind regards,
Ned Pennington
""", "correct: 'at 11'")),
    (E, ok(S("shorten", "Ottilie Fenwick", "Barney Ashcroft", "friendly", "regular",
             meeting="Eye test and frame choice", at="Thursday 12 October at 10:30", dur=45),
           "Thursday",
           """
Hi Ottilie,

Your eye test and frame choice on Thursday at half ten will take three quarters of an hour.

See you then,
Barney
""", "correct: 'half ten', 'three quarters of an hour'")),
    (E, ok(S("reschedule", "Cuthbert Ellery", "Saffron Dalby", "formal", "regular",
             meeting="Sewing machine repair collection", at="Monday 9 October at 15:00",
             props=["Thursday 19 October at 15:00", "Friday 20 October at 9:00"],
             reason="a part is still on order"),
           "Your sewing machine",
           """
Dear Mr Ellery,

A part for your sewing machine is still on order, so it won't be ready for collection on Monday.

Could you come on Thursday 19 October at 3 pm, or Friday the 20th at nine?

I'm sorry for the wait.

Kind regards,
Saffron Dalby
""", "correct: '3 pm', 'the 20th', 'at nine'")),
    (E, ok(S("decline", "Wilhelmina Brough", "Jasper Kettlewell", "friendly", "regular",
             meeting="Hemming your school trousers", at="Saturday 7 October at 11:00",
             reason="I'm away for the weekend"),
           "Saturday",
           """
Hi Wilhelmina,

I'm away for the weekend, so I can't do the hems tomorrow. Sorry!

Jasper
""", "correct: 'tomorrow' for Saturday 7 on Friday 6")),
    # ------------------------------------------------------------------ flawed
    (A, bad("foreign_paragraph", S("decline", "Montague Fairleigh", "Harriet Bickerstaff", "formal", "new",
              meeting="Borehole water test", at="Tuesday 19 September at 9:00",
              reason="our lab is closed for refurbishment"),
            "Water test on 19 September",
            """
Dear Mr Fairleigh,

Our lab is closed for refurbishment, so we cannot carry out the borehole water test on Tuesday 19 September.

Nous vous prions de nous excuser pour ce désagrément.

Kind regards,
Harriet Bickerstaff
""", "flawed: a French sentence")),
    (A, bad("weekday_wrong", S("reschedule", "Philippa Stainthorpe", "Corin Maddox", "formal", "regular",
              meeting="Glasses fitting", at="Wednesday 13 September at 12:00",
              props=["Friday 22 September at 12:00"], reason="the frames are out of stock"),
            "Your glasses fitting",
            """
Dear Ms Stainthorpe,

The frames are out of stock, so we need to move your glasses fitting to Thursday 22 September at 12:00.

Kind regards,
Corin Maddox
""", "flawed: 'Thursday 22 September' for Friday")),
    (A, bad("number_invented", S("no_show_followup", "Rowena Blythe", "Dominic Ashfield", "friendly", "regular",
              meeting="Patchwork evening", at="Thursday 7 September at 19:00"),
            "Thursday's patchwork evening",
            """
Hi Rowena,

We missed you at the patchwork evening on Thursday! All twelve of the others finished their blocks. Hope you're well.

Dominic
""", "flawed: 'twelve' nobody gave")),
    (A, bad("percent_swapped", S("cancellation_policy", "Ambrose Kittredge", "Gwen Talbot", "formal", "new",
              pol={"notice_hours": 48, "fee_percent": 70, "deposit_percent": 10}),
            "Our booking terms",
            """
Dear Mr Kittredge,

We ask for a 70% deposit when you book. Cancellations are free up to 48 hours before; after that we charge 10% of the fee.

Kind regards,
Gwen Talbot
""", "flawed: deposit and fee exchanged")),
    (B, bad("time_swapped", S("reschedule", "Georgiana Thirkell", "Miles Broadbent", "formal", "regular",
              meeting="Well cleaning", at="Friday 20 October at 9:00",
              props=["Tuesday 31 October at 9:00"], reason="our truck has broken down"),
            "Well cleaning",
            """
Dear Ms Thirkell,

Our truck has broken down, so we need to move your well cleaning from Tuesday 31 October at 9:00 to Friday 20 October at 9:00.

Kind regards,
Miles Broadbent
""", "flawed: from/to exchanged")),
    (B, bad("name_near_miss", S("switch_to_call", "Lavinia Cruickshank", "Arthur Penrose", "formal", "new",
              meeting="Advice on reading glasses", at="Thursday 19 October at 14:00"),
            "A call instead",
            """
Dear Ms Cruikshank,

Could we give you advice on reading glasses by phone on Thursday at 14:00 instead?

Kind regards,
Arthur Penrose
""", "flawed: Cruikshank for Cruickshank")),
    (B, bad("email_invented", S("switch_to_email", "Ignatius Morley", "Beatrix Chandler", "formal", "new",
              meeting="Pattern-cutting lessons for a theatre group", at="Monday 23 October at 18:00"),
            "Lessons by email",
            """
Dear Mr Morley,

Rather than meeting on Monday 23 October, I can set out the pattern-cutting lessons by email. Please write to me at beatrix.chandler@btinternet.com.

Kind regards,
Beatrix Chandler
""", "flawed: private address nobody gave")),
    (B, bad("policy_invented", S("late_cancellation", "Verity Alderson", "Kit Hargrove", "formal", "regular",
              meeting="Contact lens fitting", at="Friday 13 October at 10:00"),
            "Your cancellation",
            """
Dear Ms Alderson,

We have received your late cancellation of Friday's contact lens fitting. As it came on the day, the appointment will be charged in full.

Kind regards,
Kit Hargrove
""", "flawed: full charge nobody gave")),
    (C, bad("time_recap_wrong", S("reschedule", "Hugo Pembridge", "Amara Littlejohn", "friendly", "regular",
              meeting="Fitting of your bridesmaid dress", at="Thursday 23 November at 17:00",
              props=["Monday 4 December at 17:30"], reason="the lining fabric hasn't arrived"),
            "Your dress fitting",
            """
Hi Hugo,

The lining fabric still hasn't arrived, so tomorrow's fitting won't work.

How about Monday 4 December at 17:30? Sorry for the shuffle, I know you were keen to see it.

See you on Monday at 5!
Amara
""", "flawed: recap 5 for 17:30")),
    (C, bad("discount_invented", S("no_show_followup", "Edwina Sotheby", "Rupert Gale", "formal", "regular",
              meeting="Eye pressure test", at="Monday 20 November at 9:00",
              props=["Wednesday 29 November at 9:00"]),
            "Your eye pressure test",
            """
Dear Ms Sotheby,

We missed you for your eye pressure test on Monday. We can see you on Wednesday 29 November at 9:00, and we'll take 10% off your next pair of glasses.

Kind regards,
Rupert Gale
""", "flawed: discount nobody gave")),
    (C, bad("place_changed", S("delegate", "Barnabas Quayle", "Fenella Crowther", "formal", "regular",
              meeting="Borehole pump service in Keswick", at="Tuesday 28 November at 8:00",
              col="Angus Mairs"),
            "Pump service",
            """
Dear Mr Quayle,

My colleague Angus Mairs will carry out the borehole pump service in Penrith on Tuesday 28 November at 8:00.

Kind regards,
Fenella Crowther
""", "flawed: Penrith for Keswick")),
    (C, bad("title_or_company_invented", S("decline", "Marguerite Lyle", "Oscar Wetherby", "formal", "new",
              meeting="Repair of an embroidery machine", at="Friday 1 December at 14:00",
              reason="we do not repair computerised machines"),
            "Embroidery machine",
            """
Dear Dr Lyle,

I'm afraid we do not repair computerised machines, so we cannot take your embroidery machine on Friday 1 December.

Kind regards,
Oscar Wetherby
""", "flawed: 'Dr' nobody gave")),
    (D, bad("link_invented", S("switch_to_email", "Cordelia Thwaite", "Lewis Dunbar", "formal", "new",
              meeting="Quote for a new well", at="Wednesday 4 October at 10:00"),
            "Quote by email",
            """
Dear Ms Thwaite,

I'll send the quote for your new well by email instead of meeting on Wednesday. You can read about the process at www.dunbarwells.co.uk/process.

Kind regards,
Lewis Dunbar
""", "flawed: link nobody gave")),
    (D, bad("phone_invented", S("late_cancellation", "Torquil Haines", "Maisie Crabtree", "formal", "regular",
              meeting="Sewing machine collection", at="Tuesday 26 September at 12:00"),
            "Tuesday's collection",
            """
Dear Mr Haines,

Thanks for letting us know about Tuesday. Please call me on 07843 219 566 to arrange a new collection time.

Kind regards,
Maisie Crabtree
""", "flawed: mobile number nobody gave")),
    (D, bad("duration_wrong", S("shorten", "Evangeline Rusk", "Callum Birtwistle", "formal", "regular",
              meeting="Binocular vision assessment", at="Thursday 5 October at 14:00", dur=50),
            "Your assessment",
            """
Dear Ms Rusk,

Your binocular vision assessment on Thursday 5 October at 14:00 will take half an hour.

Kind regards,
Callum Birtwistle
""", "flawed: 'half an hour' for 50")),
    (D, bad("colleague_wrong", S("delegate", "Peregrine Wade", "Elspeth Moray", "friendly", "regular",
              meeting="Alterations to your suit", at="Saturday 30 September at 11:00", col="Niamh Callaghan"),
            "Your suit",
            """
Hi Peregrine,

Just so you know, my colleague Niamh Gallagher will do the alterations to your suit on Saturday at 11:00.

Best,
Elspeth
""", "flawed: Gallagher for Callaghan")),
    (E, bad("foreign_paragraph", S("reschedule", "Annabel Corrigan", "Leo Fothergill", "friendly", "regular",
              meeting="Coat alterations", at="Tuesday 10 October at 16:00",
              props=["Tuesday 17 October at 16:00"], reason="I've hurt my wrist"),
            "Your coat",
            """
Hi Annabel,

I've hurt my wrist, so the coat alterations will have to wait a week: Tuesday 17 October at 16:00.

Mi dispiace davvero, grazie per la pazienza!

Leo
""", "flawed: an Italian sentence")),
    (E, bad("title_or_company_invented", S("switch_to_call", "Hector Brabazon", "Greta Sayle", "formal", "new",
              meeting="Advice on a water filter", at="Wednesday 11 October at 15:00"),
            "A call about your filter",
            """
Dear Mr Brabazon,

I suggest we discuss the water filter by phone on Wednesday 11 October at 15:00.

Kind regards,
Greta Sayle
Senior Water Engineer, Sayle Boreholes Ltd
""", "flawed: title and company nobody gave")),
    (E, bad("place_changed", S("decline", "Ismay Trevithick", "Caleb Northcote", "formal", "new",
              meeting="Sight test at the Truro shop", at="Monday 16 October at 10:00",
              reason="the optometrist is on leave"),
            "Sight test",
            """
Dear Ms Trevithick,

The optometrist is on leave, so we cannot do your sight test at the Falmouth shop on Monday 16 October.

Kind regards,
Caleb Northcote
""", "flawed: Falmouth for Truro")),
    (E, bad("policy_invented", S("no_show_followup", "Lysander Pike", "Orla Duggan", "formal", "regular",
              meeting="Dressmaking lesson", at="Wednesday 4 October at 18:00"),
            "Wednesday's lesson",
            """
Dear Mr Pike,

We missed you at Wednesday's dressmaking lesson. Please note that missed lessons are non-refundable.

Kind regards,
Orla Duggan
""", "flawed: a policy nobody gave")),
]
