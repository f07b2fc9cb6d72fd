"""v23, English: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v23src._d import A, B, C, D, E


def S(*a, **k):
    return _S("en", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("switch_to_email", "Philippa Garsington", "Declan Moorhampton", "formal", "new",
             meeting="Quote for a coldwater aquarium", at="Wednesday 7 September at 11:00"),
           "Your quote by email",
           """
Dear Ms Garsington,

There is no need to come in on Wednesday for the quote for your coldwater aquarium; we can sort it out by email. Just reply to this message with the size of the room.

Kind regards,
Declan Moorhampton
""", "correct: 'Ms' + surname, no new time")),
    (A, ok(S("shorten", "Rupert Aldersey", "Imogen Thackray", "formal", "regular",
             meeting="Beginners' bonsai workshop", at="Thursday 8 September at 18:30", dur=45,
             reason="the hall has to be locked by half past seven"),
           "Thursday's workshop",
           """
Dear Mr Aldersey,

The hall has to be locked by half past seven, so Thursday's workshop will run for three quarters of an hour, starting at 6.30 pm as planned.

Best wishes,
Imogen Thackray
""", "correct: time in the reason in words, '6.30 pm', 'three quarters of an hour'")),
    (A, ok(S("no_show_followup", "Lorna Pickersgill", "Callum Ashdown", "formal", "regular",
             meeting="Collection of the repaired spray deck", at="Thursday 1 September at 12:00",
             props=["Friday 9 September at 12:00"]),
           "Your spray deck",
           """
Dear Mrs Pickersgill,

We were expecting you at midday last Thursday to collect your spray deck, but you did not come by.

Would Friday 9 September at the same time suit you?

Kind regards,
Callum Ashdown
""", "correct: 'last Thursday' of 1 Sep, 'midday', 'the same time'")),
    (A, ok(S("reschedule", "Dr Esmond Wickenden", "Harriet Brabazon", "formal", "key",
             meeting="Repotting of the two Chinese elms", at="Tuesday 6 September at 10:00",
             props=["Monday 12 September at 10:00", "Wednesday 14 September at 14:00"],
             reason="the akadama soil has not arrived"),
           "Repotting your elms: new date",
           """
Dear Dr Wickenden,

The akadama soil has not arrived yet, so I need to move the repotting of your two Chinese elms.

Could I come on Monday the 12th at ten, or on Wednesday 14 September at 2 pm?

Kind regards,
Harriet Brabazon
""", "correct: title given in recipient_name, 'Monday the 12th', 'at ten', '2 pm'")),
    (B, ok(S("decline", "Gideon Fairweather", "Molly Sutcliffe", "formal", "new",
             meeting="Canoe trip down the Wye from Hay", at="Saturday 24 September at 9:00",
             reason="the river is in flood"),
           "Your canoe trip",
           """
Dear Mr Fairweather,

Thank you for booking with us. I'm afraid the canoe trip down the Wye from Hay on Saturday cannot go ahead: the river is in flood.

With apologies,
Molly Sutcliffe
""", "correct: river and town from the meeting")),
    (B, ok(S("late_cancellation", "Beatrix Lumley", "Oscar Pennycook", "formal", "regular",
             meeting="Kayak rolling session", at="Monday 19 September at 19:00",
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Yesterday's rolling session",
           """
Dear Ms Lumley,

Thank you for letting us know about yesterday evening's rolling session, although it was at short notice.

As our terms say, sessions should be cancelled a day (24 hours) ahead; after that, half the fee (50%) is due.

Kind regards,
Oscar Pennycook
""", "correct: 'yesterday' of 19 Sep, policy in words and figures")),
    (B, ok(S("cancellation_policy", "Alastair Greenhalgh", "Poppy Ravenhill", "formal", "new",
             meeting="Annual fee review for the paddling club", at="Wednesday 28 September at 18:00",
             pol={"notice_hours": 48, "deposit_percent": 10}),
           "Fee review meeting: our terms",
           """
Dear Mr Greenhalgh,

Ahead of the annual fee review on Wednesday 28 September, here are our booking terms: a deposit of 10% is taken when you book, and cancellations need two days' notice (48 hours).

Kind regards,
Poppy Ravenhill
""", "correct: 'fee' is part of the meeting name; deposit and notice with their own terms")),
    (B, ok(S("delegate", "Margot Heseltine", "Tobias Wrenbury", "formal", "regular",
             meeting="Pond pump servicing", at="Thursday 29 September at 8:30", col="Nadia Quarmby"),
           "Pump servicing on Thursday",
           """
Dear Mrs Heseltine,

My colleague Nadia Quarmby will service your pond pumps on Thursday instead of me, at half past eight as arranged.

Kind regards,
Tobias Wrenbury
""", "correct: colleague exact, plural 'pumps', 'half past eight'")),
    (C, ok(S("switch_to_call", "Jocelyn Arkwright", "Fergus Tolland", "friendly", "regular",
             meeting="Choosing fish for the 180-litre tank", at="Monday 10 October at 17:00"),
           "Phone instead?",
           """
Hi Jocelyn,

Shall we just talk about the fish for your 180-litre tank on the phone on Monday at five, rather than you coming in?

Cheers,
Fergus
""", "correct: friendly first names, 'at five', '180-litre' from the meeting")),
    (C, ok(S("reschedule", "Quentin Harbottle", "Rosamund Eggleton", "formal", "regular",
             meeting="Fitting of the new filters", at="Friday 7 October at 9:00",
             props=["Thursday 13 October at 9:00"], reason="the supplier sent the wrong size"),
           "Filter fitting: Thursday 13 October",
           """
Dear Mr Harbottle,

The supplier sent the wrong size, so I'm afraid Friday's fitting of your new filters has to move.

Would Thursday 13 October at nine in the morning work for you?

Kind regards,
Rosamund Eggleton
""", "correct: plural 'filters', 'nine in the morning'")),
    (C, ok(S("no_show_followup", "Winifred Coulthard", "Barnabas Trelawny", "formal", "regular",
             meeting="Juniper styling lesson", at="Tuesday 4 October at 14:00"),
           "Yesterday's lesson",
           """
Dear Mrs Coulthard,

We missed you at yesterday's juniper styling lesson at two. I hope all is well.

Do let me know if you would like to book another lesson.

Kind regards,
Barnabas Trelawny
""", "correct: 'yesterday' of 4 Oct, 'at two', no slot offered")),
    (C, ok(S("switch_to_email", "Cedric Oldroyd", "Tamsin Blakemore", "formal", "new",
             meeting="Questions about storing your kayaks", at="Wednesday 12 October at 15:00"),
           "Storing your kayaks",
           """
Dear Mr Oldroyd,

We can handle your questions about storing your kayaks by email rather than meeting on Wednesday the 12th.

Kind regards,
Tamsin Blakemore
""", "correct: plural 'kayaks', 'Wednesday the 12th'")),
    (D, ok(S("decline", "Henrietta Sowerby", "Magnus Fairclough", "formal", "regular",
             meeting="Bonsai exhibition at Kew", at="Thursday 24 November at 10:00",
             reason="the glasshouse is closed for repairs"),
           "The exhibition at Kew",
           """
Dear Ms Sowerby,

I'm sorry to say the bonsai exhibition at Kew on 24 November will not take place: the glasshouse is closed for repairs.

Kind regards,
Magnus Fairclough
""", "correct: place in the meeting, date without weekday")),
    (D, ok(S("late_cancellation", "Percival Dunstable", "Eleanor Grimshaw", "formal", "regular",
             meeting="Sea kayaking off Anglesey", at="Wednesday 16 November at 9:30",
             props=["Wednesday 30 November at 9:30"]),
           "Sea kayaking",
           """
Dear Mr Dunstable,

I received your cancellation for yesterday's sea kayaking off Anglesey. If you'd like, we could go on Wednesday 30 November at half past nine instead.

Kind regards,
Eleanor Grimshaw
""", "correct: 'yesterday' of 16 Nov, no policy given and none stated")),
    (D, ok(S("delegate", "Prof. Ursula Kimberley", "Lionel Haworth", "formal", "key",
             meeting="Setting up the reef tank in the department", at="Tuesday 22 November at 13:00",
             col="Joanna Pilkington"),
           "Reef tank set-up",
           """
Dear Professor Kimberley,

My colleague Joanna Pilkington will set up the reef tank in the department on Tuesday at 1 pm, in my place.

Kind regards,
Lionel Haworth
""", "correct: title given in recipient_name, '1 pm'")),
    (D, ok(S("shorten", "Dominic Farrimond", "Clara Whitlock", "formal", "regular",
             meeting="Open evening at the canoe club", at="Friday 25 November at 19:00", dur=60,
             reason="the car park closes at eight"),
           "Open evening on Friday",
           """
Dear Mr Farrimond,

As the car park closes at eight, Friday's open evening will last an hour, from 7 pm.

Kind regards,
Clara Whitlock
""", "correct: 'eight' from the reason, 'an hour', '7 pm'")),
    (E, ok(S("cancellation_policy", "Florence Ibbotson", "Hector Mainwaring", "formal", "new",
             pol={"notice_hours": 72, "deposit_percent": 25, "fee_percent": 100}),
           "Our booking terms",
           """
Dear Mrs Ibbotson,

When you book, we ask for a 25% deposit. Cancellations need three days' notice (72 hours); after that, the full fee (100%) is charged.

Kind regards,
Hector Mainwaring
""", "correct: deposit, notice and fee each with its own term")),
    (E, ok(S("switch_to_call", "Mr Ambrose Cattermole", "Georgina Pybus", "formal", "regular",
             meeting="Advice on the Christmas moss gardens", at="Tuesday 6 December at 11:00",
             props=["Wednesday 7 December at 16:00"]),
           "A call instead",
           """
Dear Mr Cattermole,

Rather than meeting on Tuesday at 11, could I phone you on Wednesday 7 December at four in the afternoon about the Christmas moss gardens?

Kind regards,
Georgina Pybus
""", "correct: old time named as replaced, 'four in the afternoon', plural 'gardens'")),
    (E, ok(S("reschedule", "Vivienne Catterall", "Ralph Ingleby", "formal", "regular",
             meeting="Delivery of six koi", at="Monday 5 December at 10:00",
             props=["Friday 9 December at 10:00", "Monday 12 December at 15:30"],
             reason="the fish need a longer quarantine"),
           "Your koi delivery",
           """
Dear Ms Catterall,

The fish need a longer quarantine, so I'll have to move Monday's delivery of your six koi.

Would Friday 9 December at the same time suit, or Monday the 12th at half past three?

Kind regards,
Ralph Ingleby
""", "correct: 'six koi' from the meeting, 'the same time', 'half past three'")),
    (E, ok(S("decline", "Leopold Ashworth", "Mabel Kershaw", "formal", "new",
             meeting="Winter paddle on Loch Lomond", at="Wednesday 14 December at 9:00",
             reason="ice on the loch"),
           "Winter paddle",
           """
Dear Mr Ashworth,

Sadly there is ice on the loch, so the winter paddle on Loch Lomond on 14 December is off.

Kind regards,
Mabel Kershaw
""", "correct: place name in the meeting")),
    # ------------------------------------------------------------------ flawed
    (A, bad("foreign_paragraph", S("decline", "Jeremy Bexley", "Agatha Thornbury", "formal", "regular",
             meeting="Kayak club AGM", at="Tuesday 13 September at 19:00", reason="the hall is double-booked"),
           "AGM on Tuesday",
           """
Dear Mr Bexley,

The hall is double-booked, so the kayak club AGM on Tuesday cannot take place.

Nous vous tiendrons informé de la nouvelle date.

Kind regards,
Agatha Thornbury
""", "French paragraph in an English mail")),
    (A, bad("email_invented", S("switch_to_email", "Sylvia Nettleton", "Rhys Penwarden", "formal", "new",
             meeting="Advice on a nano tank", at="Friday 9 September at 16:00"),
           "Your nano tank",
           """
Dear Ms Nettleton,

We can do the advice on your nano tank by email. Please write to rhys.penhaligon@yahoo.co.uk with a photo.

Kind regards,
Rhys Penwarden
""", "private address nobody gave")),
    (A, bad("time_recap_wrong", S("reschedule", "Humphrey Lacey", "Gwendolyn Marsh", "formal", "regular",
             meeting="Pine wiring session", at="Wednesday 7 September at 10:00",
             props=["Thursday 15 September at 14:30"]),
           "Wiring session: Thursday 15 September",
           """
Dear Mr Lacey,

I need to move your pine wiring session to Thursday 15 September at 2.30 pm.

See you on Thursday at 3, then.

Gwendolyn Marsh
""", "recap 3 for 2.30 pm")),
    (A, bad("weekday_wrong", S("no_show_followup", "Cordelia Ainsworth", "Nathan Bellwood", "formal", "regular",
             meeting="Canoe safety briefing", at="Wednesday 31 August at 18:00",
             props=["Tuesday 6 September at 18:00"]),
           "Safety briefing",
           """
Dear Mrs Ainsworth,

We missed you at the canoe safety briefing last Wednesday. Could you come on Thursday 6 September at 6 pm?

Kind regards,
Nathan Bellwood
""", "6 September is a Tuesday, not 'Thursday'")),
    (B, bad("name_near_miss", S("delegate", "Ptolemy Ravenscroft", "Hilary Bancombe", "formal", "regular",
             meeting="Water testing", at="Monday 26 September at 9:00", col="Kieran Lightfoot"),
           "Water testing",
           """
Dear Mr Ravencroft,

On Monday my colleague Kieran Lightfoot will carry out the water testing at 9:00.

Kind regards,
Hilary Bancombe
""", "Ravenscroft written Ravencroft")),
    (B, bad("percent_swapped", S("cancellation_policy", "Gemma Stoneleigh", "Ivor Cheetham", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 15, "fee_percent": 75}),
           "Booking terms",
           """
Dear Ms Stoneleigh,

We take a 75% deposit on booking, and cancellations with less than 48 hours' notice are charged at 15% of the fee.

Kind regards,
Ivor Cheetham
""", "deposit 15 and fee 75 swapped")),
    (B, bad("number_invented", S("late_cancellation", "Archibald Pemberton", "Lucy Fenwright", "formal", "regular",
             meeting="Group paddle on the Thames", at="Friday 16 September at 10:00"),
           "Friday's paddle",
           """
Dear Mr Pemberton,

Thank you for your message about Friday's paddle, though it came late. We had kept four canoes aside for your group.

Kind regards,
Lucy Fenwright
""", "'four canoes' nobody gave")),
    (B, bad("discount_invented", S("decline", "Rosalind Hebblethwaite", "Edgar Mottram", "formal", "key",
             meeting="Office aquarium installation", at="Thursday 22 September at 8:00",
             reason="the client would like something for the trouble"),
           "Aquarium installation",
           """
Dear Ms Hebblethwaite,

I'm afraid we cannot install the office aquarium on Thursday 22 September. To make up for it, we'll take 10% off your next order.

Kind regards,
Edgar Mottram
""", "10% discount licensed only by the reason")),
    (C, bad("time_swapped", S("switch_to_call", "Montague Blyth", "Serena Holt", "formal", "regular",
             meeting="Review of the bonsai's growth", at="Thursday 6 October at 11:00",
             props=["Tuesday 11 October at 16:00"]),
           "Call on Tuesday",
           """
Dear Mr Blyth,

Instead of meeting on Tuesday 11 October at 4 pm, could I ring you on Thursday 6 October at 11 to review your bonsai's growth?

Kind regards,
Serena Holt
""", "meeting and call slots exchanged")),
    (C, bad("phone_invented", S("no_show_followup", "Penelope Dacre", "Wilfred Ormsby", "formal", "regular",
             meeting="Kayak fitting", at="Friday 30 September at 15:00"),
           "Kayak fitting",
           """
Dear Mrs Dacre,

You didn't make it to your kayak fitting on Friday. Give me a ring on 07912 483 560 to arrange another.

Kind regards,
Wilfred Ormsby
""", "mobile number nobody gave")),
    (C, bad("colleague_wrong", S("delegate", "Horace Fenby", "Juliet Cavendish", "formal", "regular",
             meeting="Pond clean-out", at="Wednesday 12 October at 9:00", col="Bethany Rowntree"),
           "Pond clean-out",
           """
Dear Mr Fenby,

My colleague Bethany Roundtree will do the pond clean-out on Wednesday 12 October at 9:00.

Kind regards,
Juliet Cavendish
""", "colleague Rowntree written Roundtree")),
    (C, bad("policy_invented", S("reschedule", "Marjorie Threlfall", "Tristram Bagshaw", "formal", "new",
             meeting="Maple repotting", at="Monday 10 October at 13:00",
             props=["Monday 17 October at 13:00"]),
           "Maple repotting",
           """
Dear Ms Threlfall,

I need to move your maple repotting to Monday 17 October, same time. Please note that cancellations on the day are charged in full.

Kind regards,
Tristram Bagshaw
""", "'charged in full' nobody gave")),
    (D, bad("place_changed", S("decline", "Bertram Culshaw", "Daphne Radcliffe", "formal", "new",
             meeting="Canoe trip on Derwentwater", at="Monday 21 November at 10:00", reason="high winds"),
           "Canoe trip",
           """
Dear Mr Culshaw,

Because of high winds, the canoe trip on Ullswater on 21 November is cancelled.

Kind regards,
Daphne Radcliffe
""", "Derwentwater changed to Ullswater")),
    (D, bad("link_invented", S("late_cancellation", "Ottoline Hebden", "Giles Featherstone", "formal", "regular",
             meeting="Moss garden workshop", at="Monday 14 November at 18:00"),
           "Moss garden workshop",
           """
Dear Mrs Hebden,

Thank you for letting us know about Monday's workshop. You can pick another date at www.featherstonebonsai.co.uk/workshops.

Kind regards,
Giles Featherstone
""", "web page nobody gave")),
    (D, bad("duration_wrong", S("shorten", "Simeon Whitworth", "Esther Blackburn", "formal", "regular",
             meeting="Aquascaping masterclass", at="Wednesday 30 November at 18:00", dur=90),
           "Masterclass",
           """
Dear Mr Whitworth,

The aquascaping masterclass on Wednesday 30 November will be shorter than usual: two hours, starting at 6 pm.

Kind regards,
Esther Blackburn
""", "'two hours' is not shorter; 90 minutes given")),
    (D, bad("foreign_paragraph", S("switch_to_email", "Adela Marchbank", "Rowan Tilsley", "formal", "regular",
             meeting="Order of winter paddling gloves", at="Thursday 1 December at 12:00"),
           "Glove order",
           """
Dear Ms Marchbank,

We can deal with your order of winter paddling gloves by email rather than on Thursday.

Mi mandi pure le misure delle mani e le rispondo subito.

Kind regards,
Rowan Tilsley
""", "Italian paragraph in an English mail")),
    (E, bad("title_or_company_invented", S("reschedule", "Lavinia Ormerod", "Crispian Hatherley", "formal", "regular",
             meeting="Delivery of a pond liner", at="Tuesday 6 December at 9:00",
             props=["Thursday 15 December at 9:00"]),
           "Pond liner delivery",
           """
Dear Mrs Ormerod,

Your pond liner delivery will move to Thursday 15 December at 9:00.

Kind regards,
Crispian Hatherley
Operations Manager, Hatherley Water Gardens Ltd
""", "job title and company nobody gave")),
    (E, bad("name_near_miss", S("no_show_followup", "Evangeline Ashcombe", "Douglas Pettifer", "formal", "regular",
             meeting="Paddleboard lesson", at="Wednesday 30 November at 10:00"),
           "Your lesson",
           """
Dear Ms Ashcomb,

We didn't see you at Wednesday's paddleboard lesson. Let me know if you'd like to rebook.

Kind regards,
Douglas Pettifer
""", "Ashcombe written Ashcomb")),
    (E, bad("percent_swapped", S("late_cancellation", "Clement Rawsthorne", "Frances Hepworth", "formal", "regular",
             meeting="Bonsai styling day", at="Thursday 1 December at 10:00",
             pol={"notice_hours": 48, "deposit_percent": 30, "fee_percent": 50}),
           "Styling day",
           """
Dear Mr Rawsthorne,

As your cancellation of yesterday's styling day came within 48 hours, 30% of the fee is due, and the 50% deposit is kept.

Kind regards,
Frances Hepworth
""", "fee 50 and deposit 30 swapped")),
    (E, bad("time_recap_wrong", S("switch_to_call", "Rosemary Quiller", "Jasper Wetherby", "formal", "regular",
             meeting="Tank planning", at="Friday 9 December at 11:00",
             props=["Monday 12 December at 16:30"]),
           "Tank planning by phone",
           """
Dear Ms Quiller,

Instead of meeting on Friday, could I call you on Monday 12 December at 4.30 pm to plan your tank?

Speak to you on Monday at 11.

Kind regards,
Jasper Wetherby
""", "recap with the old hour 11")),
]
