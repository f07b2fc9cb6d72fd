"""v24, English: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v24src._d import A, B, C, D, E


def S(*a, **k):
    return _S("en", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("switch_to_call", "Rosalind Featherstonehaugh", "Callum Pritchard", "friendly", "regular",
             meeting="Chat about the sauna for your garden cabin", at="Wednesday 18 January at 4 pm"),
           "Sauna chat: phone instead?",
           """
Hi Rosalind,

Would you mind if we did our chat about the sauna for your garden cabin over the phone instead? Same time, four o'clock on Wednesday.

Cheers,
Callum
""", "correct: 'four o'clock', same time, friendly")),
    (A, ok(S("late_cancellation", "Mr Desmond Okonkwo-Hale", "Bryony Teasdale", "formal", "regular",
             meeting="Hand-stripping for your Border terrier", at="Friday 13 January at 11:00",
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Your cancellation on Friday",
           """
Dear Mr Okonkwo-Hale,

Thank you for letting us know about Friday's hand-stripping appointment for your Border terrier.

As the cancellation reached us with less than a day's notice (24 hours), our terms mean that half the fee (50%) is payable.

Kind regards,
Bryony Teasdale
""", "correct: title given, policy in words next to the numbers")),
    (A, ok(S("reschedule", "Imogen Fothergill", "Rhys Bevan-Morgan", "friendly", "key",
             meeting="Ski tuning before your trip to Chamonix", at="Thursday 19 January at 6 pm",
             props=["Monday 23 January at 6 pm", "Tuesday 24 January at 12:30"],
             reason="my edge grinder has broken down"),
           "Your skis: a new time",
           """
Hi Imogen,

Bad news, I'm afraid: my edge grinder has broken down, so I can't tune your skis on Thursday as we planned.

I know you're keen to have them ready for Chamonix, and I'm really sorry about the hassle. I could do Monday the 23rd, same time in the evening, or on the Tuesday from half past twelve if a lunchtime drop-off is easier for you.

Just let me know which one suits, and thanks for bearing with me.

Best,
Rhys
""", "correct: longer friendly mail, 'Monday the 23rd', 'same time', 'from half past twelve'")),
    (A, ok(S("delegate", "Harriet Ashworth", "Owen Radcliffe", "formal", "regular",
             meeting="Installation of a new sauna heater", at="Tuesday 24 January at 9:00",
             col="Poppy Nightingale", reason="I am needed on a commercial job in Leeds"),
           "Your sauna heater: Poppy Nightingale will install it",
           """
Dear Ms Ashworth,

I am needed on a commercial job in Leeds, so my colleague Poppy Nightingale will install your new sauna heater on Tuesday at nine, as arranged.

Kind regards,
Owen Radcliffe
""", "correct: colleague exact, 'at nine'")),
    (B, ok(S("decline", "Gideon Farrowdale", "Niamh Corrigan", "formal", "new",
             meeting="Grooming for your three Samoyeds", at="Saturday 11 February at 10:00",
             reason="we do not have a table large enough"),
           "Your grooming enquiry",
           """
Dear Mr Farrowdale,

Thank you for getting in touch. Unfortunately we do not have a table large enough for Samoyeds, so we cannot take on your three dogs on Saturday.

With apologies,
Niamh Corrigan
""", "correct: 'three dogs' from the meeting")),
    (B, ok(S("no_show_followup", "Philippa Wainwright", "Tobias Kerrigan", "friendly", "regular",
             meeting="Ski waxing workshop", at="Thursday 2 February at 7 pm",
             props=["Thursday 16 February at 7 pm"]),
           "We missed you last Thursday",
           """
Hi Philippa,

We missed you at the waxing workshop last Thursday. Hope everything's all right!

If you'd like, there's another one on Thursday 16 February, same time.

Best wishes,
Tobias
""", "correct: 'last Thursday' of 2 Feb, 'same time'")),
    (B, ok(S("cancellation_policy", "Eleanor Pemberton-Ross", "Joel Ackroyd", "formal", "new",
             meeting="Private hire of the floating sauna", at="Sunday 19 February at 2 pm",
             pol={"notice_hours": 48, "fee_percent": 100, "deposit_percent": 25}),
           "Cancellation terms for your sauna hire",
           """
Dear Ms Pemberton-Ross,

Thank you for booking the floating sauna for Sunday the 19th at two in the afternoon.

We ask for a deposit of 25% when you book. You can cancel free of charge up to two days before (48 hours); after that the full fee (100%) is due.

Kind regards,
Joel Ackroyd
""", "correct: 'Sunday the 19th', 'two in the afternoon', policy in words and numbers, deposit with its term")),
    (B, ok(S("switch_to_email", "Dr Barnaby Quigley", "Saoirse Mulhern", "formal", "regular",
             meeting="Review of the spa's sauna maintenance contract", at="Monday 13 February at 10:30"),
           "Maintenance contract by e-mail",
           """
Dear Dr Quigley,

Rather than meeting on Monday at half past ten, may I suggest we go through the sauna maintenance contract by e-mail?

Kind regards,
Saoirse Mulhern
""", "correct: title given, 'half past ten'")),
    (C, ok(S("shorten", "Lettice Brackenbury", "Alfie Dunmore", "friendly", "regular",
             meeting="Full groom for Biscuit", at="Friday 10 March at 1 pm", dur=45,
             reason="we are a groomer short that day"),
           "Biscuit on Friday",
           """
Hi Lettice,

We're a groomer short on Friday, so I'll have three quarters of an hour for Biscuit rather than the full groom. Still at one o'clock!

Thanks,
Alfie
""", "correct: 'three quarters of an hour' for 45, 'one o'clock'")),
    (C, ok(S("reschedule", "Cornelius Haverford", "Tamsin Yeoman", "formal", "regular",
             meeting="Survey for a barrel sauna", at="Thursday 9 March at 11:00",
             props=["Wednesday 15 March at 11:00"], reason="our van has failed its MOT"),
           "Your sauna survey: new date",
           """
Dear Mr Haverford,

Our van has failed its MOT, so I'm afraid we must move the survey for your barrel sauna.

Would Wednesday 15 March at the same time suit you?

Kind regards,
Tamsin Yeoman
""", "correct: 'MOT' from the reason, 'the same time'")),
    (C, ok(S("switch_to_call", "Araminta Fleetwood", "Dominic Hargreaves", "formal", "new",
             meeting="Fitting of ski boots", at="Tuesday 14 March at 5 pm",
             props=["Tuesday 14 March at 6:30 pm"]),
           "A call on Tuesday",
           """
Dear Ms Fleetwood,

Before the boot fitting, could we speak on the phone first? I'd suggest Tuesday at half past six in the evening instead of five o'clock.

Kind regards,
Dominic Hargreaves
""", "correct: old and new time named, 'half past six in the evening'")),
    (C, ok(S("decline", "Percival Rowntree-Hughes", "Jemima Stoddart", "friendly", "new",
             meeting="Grooming class for doodle owners", at="Saturday 18 March at 9:30",
             reason="the class is already full"),
           "Grooming class on the 18th",
           """
Hi Percival,

Thanks so much for wanting to join! The grooming class on Saturday the 18th is full already, I'm sorry to say.

Best,
Jemima
""", "correct: 'Saturday the 18th', friendly")),
    (D, ok(S("cancellation_policy", "Prof. Augusta Kingsley", "Fergus Lennox-Boyd", "formal", "key",
             pol={"notice_hours": 72, "deposit_percent": 30}),
           "Our cancellation terms",
           """
Dear Professor Kingsley,

As requested, here are our cancellation terms for sauna bookings: we take a deposit of 30% when you book, and you can cancel free of charge up to three days before (72 hours).

Kind regards,
Fergus Lennox-Boyd
""", "correct: 'Professor' for the given 'Prof.', policy in words and numbers")),
    (D, ok(S("late_cancellation", "Jasper Linwood", "Hattie Greenhalgh", "friendly", "regular",
             meeting="Bath and blow-dry for Pickle", at="Wednesday 22 March at 3 pm"),
           "Pickle yesterday",
           """
Hi Jasper,

Thanks for letting me know about Pickle yesterday, even if it was last minute. No harm done at all!

Hattie
""", "correct: 'yesterday' of 22 March said on 23 March, no policy given, none stated")),
    (D, ok(S("no_show_followup", "Mrs Winifred Castleton", "Ewan Blackwood", "formal", "regular",
             meeting="Sauna and cold plunge session", at="Saturday 18 March at 8 am",
             props=["Saturday 1 April at 8 am"]),
           "Your session last Saturday",
           """
Dear Mrs Castleton,

We had your sauna and cold plunge session ready last Saturday at eight in the morning, but you did not arrive. I hope all is well.

We could offer you Saturday 1 April at the same time instead.

Kind regards,
Ewan Blackwood
""", "correct: 'last Saturday' of 18 March, 'eight in the morning'")),
    (D, ok(S("delegate", "Rupert Abernethy", "Isla Drummond", "friendly", "regular",
             meeting="Ski repair for the club's race skis", at="Monday 27 March at 5:30 pm",
             col="Hamish Galbraith", reason="I'll be away coaching"),
           "Race skis: Hamish has them",
           """
Hi Rupert,

I'll be away coaching on Monday, so Hamish Galbraith will look after the club's race skis at half five as planned.

Cheers,
Isla
""", "correct: 'half five' (British), colleague exact")),
    (E, ok(S("switch_to_email", "Clementine Holloway", "Arlo Whitfield", "friendly", "regular",
             meeting="Chat about a grooming plan for Mabel", at="Tuesday 28 February at 12:00",
             reason="I've lost my voice"),
           "Mabel's grooming plan",
           """
Hi Clementine,

I've lost my voice, so shall we sort out Mabel's grooming plan by e-mail rather than chatting at midday on Tuesday?

Speak soon (well, write soon!),
Arlo
""", "correct: 'midday', friendly")),
    (E, ok(S("shorten", "Montgomery Ellison", "Beatrix Cavendish", "formal", "regular",
             meeting="Annual service of the hotel sauna", at="Thursday 2 March at 8:00", dur=60,
             reason="the spa opens to guests at ten"),
           "Sauna service on Thursday",
           """
Dear Mr Ellison,

As the spa opens to guests at ten, I will have an hour for the annual service of the hotel sauna on Thursday, starting at eight.

Kind regards,
Beatrix Cavendish
""", "correct: 'an hour', 'ten' from the reason")),
    (E, ok(S("reschedule", "Gwendolyn Prydderch", "Lachlan Morrow", "formal", "new",
             meeting="Fitting of a sauna in your basement", at="Monday 27 February at 9:00",
             props=["Wednesday 8 March at 9:00", "Thursday 9 March at 14:00"],
             reason="the timber delivery has been delayed"),
           "Your sauna fitting: new dates",
           """
Dear Ms Prydderch,

The timber delivery for your sauna has been delayed, so we cannot start the fitting in your basement on Monday as planned.

We could come on Wednesday 8 March at the same time, or on Thursday the 9th at 2 pm.

I am sorry for the change and look forward to hearing which date suits you.

Kind regards,
Lachlan Morrow
""", "correct: 'same time', 'Thursday the 9th', '2 pm' for 14:00")),
    (E, ok(S("decline", "Cedric Ballantyne", "Orla Fitzgerald", "friendly", "key",
             meeting="Sauna evening for your book club", at="Friday 3 March at 7 pm",
             reason="the sauna is closed for repairs"),
           "Book club sauna evening",
           """
Hi Cedric,

I'm so sorry, but the sauna is closed for repairs, so I can't host your book club on Friday evening.

It's a real shame, as I was looking forward to having you all.

Warm wishes,
Orla
""", "correct: friendly decline, no alternative offered")),
    # ------------------------------------------------------------------ flawed
    (A, bad("foreign_paragraph", S("decline", "Reginald Ashby", "Fiona Kettering", "formal", "new",
             meeting="Grooming for your Afghan hound", at="Friday 20 January at 10:00",
             reason="we are fully booked"),
           "Your grooming request",
           """
Dear Mr Ashby,

We are fully booked and cannot groom your Afghan hound on Friday.

Nous espérons pouvoir vous aider une prochaine fois.

Kind regards,
Fiona Kettering
""", "French paragraph in an English mail")),
    (A, bad("weekday_wrong", S("reschedule", "Marigold Everett", "Stanley Crouch", "formal", "regular",
             meeting="Ski boot heat moulding", at="Wednesday 18 January at 5 pm",
             props=["Friday 27 January at 5 pm"]),
           "Boot moulding: new date",
           """
Dear Ms Everett,

I need to move your boot moulding. Would Thursday 27 January at 5 pm suit you?

Kind regards,
Stanley Crouch
""", "'Thursday 27 January': 27 January 2034 is a Friday")),
    (A, bad("number_invented", S("no_show_followup", "Quentin Aldridge", "Lydia Marchbank", "formal", "regular",
             meeting="Sauna taster session", at="Saturday 14 January at 10:00"),
           "Your taster session",
           """
Dear Mr Aldridge,

We missed you at Saturday's sauna taster session, where eight places had been held for your group.

Kind regards,
Lydia Marchbank
""", "'eight places' nobody gave")),
    (A, bad("percent_swapped", S("cancellation_policy", "Ottilie Sanderson", "Felix Armitage", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 80, "deposit_percent": 20}),
           "Cancellation terms",
           """
Dear Ms Sanderson,

We ask for a deposit of 80% on booking. Cancellations with less than 24 hours' notice are charged 20% of the fee.

Kind regards,
Felix Armitage
""", "deposit (20%) and fee (80%) exchanged")),
    (B, bad("time_swapped", S("reschedule", "Archibald Penhaligon", "Zara Whitcombe", "formal", "regular",
             meeting="Clipping for your spaniel", at="Thursday 9 February at 2 pm",
             props=["Tuesday 14 February at 10 am"]),
           "Clipping moved",
           """
Dear Mr Penhaligon,

I am sorry to be writing with a change of plan.

I need to move your spaniel's clipping from Tuesday 14 February at 10 am to Thursday 9 February at 2 pm. I hope the new time is not too inconvenient.

Please let me know if it works for you.

Kind regards,
Zara Whitcombe
""", "old and new slots exchanged")),
    (B, bad("place_changed", S("switch_to_call", "Henrietta Bowles", "Kit Lanyon", "friendly", "regular",
             meeting="Planning the ski week in Val d'Isère", at="Wednesday 15 February at 8 pm"),
           "Ski week: quick call?",
           """
Hi Henrietta,

Shall we plan the ski week in Tignes on the phone on Wednesday at 8 pm?

Kit
""", "Val d'Isère changed to Tignes")),
    (B, bad("title_or_company_invented", S("late_cancellation", "Digby Ormerod", "Esme Tranter", "formal", "regular",
             meeting="Sauna and massage evening", at="Saturday 4 February at 6 pm"),
           "Your cancellation",
           """
Dear Mr Ormerod,

Thank you for letting us know about Saturday's sauna and massage evening.

Kind regards,
Esme Tranter
Spa Director, Nordic Glow Wellness Ltd
""", "title and company nobody gave")),
    (B, bad("email_invented", S("switch_to_email", "Verity Langstaff", "Miles Underhill", "formal", "regular",
             meeting="Choosing ski bindings", at="Monday 13 February at 6 pm"),
           "Bindings by e-mail",
           """
Dear Ms Langstaff,

Let's choose your ski bindings by e-mail instead of on Monday. Please write to miles.underhill@btinternet.com.

Kind regards,
Miles Underhill
""", "private address nobody gave")),
    (C, bad("time_recap_wrong", S("reschedule", "Seraphina Goodall", "Ned Carrow", "friendly", "regular",
             meeting="Nail trim and bath for Rolo", at="Friday 10 March at 9:00",
             props=["Monday 13 March at 11:30"]),
           "Rolo: Monday?",
           """
Hi Seraphina,

Sorry for the short notice, but something's come up on Friday and I need to move Rolo's nail trim and bath.

Could we do Monday 13 March at 11:30 instead?

See you on Monday at 11! Give him a scratch behind the ears from me.

Ned
""", "recap says 11 for 11:30")),
    (C, bad("policy_invented", S("no_show_followup", "Bartholomew Kellaway", "Gemma Sowerby", "formal", "new",
             meeting="Introductory sauna session", at="Saturday 4 March at 9:00"),
           "Your session on Saturday",
           """
Dear Mr Kellaway,

We missed you at Saturday's introductory session. Please note that missed sessions are non-refundable.

Kind regards,
Gemma Sowerby
""", "policy nobody gave")),
    (C, bad("link_invented", S("decline", "Theodora Whitlock", "Rory Gallacher", "formal", "new",
             meeting="Ski servicing for a school group", at="Monday 20 March at 8:00",
             reason="we cannot take group orders in March"),
           "School ski servicing",
           """
Dear Ms Whitlock,

We cannot take group orders in March. You can see our group dates at www.gallacherskis.co.uk/groups.

Kind regards,
Rory Gallacher
""", "link nobody gave")),
    (C, bad("name_near_miss", S("delegate", "Lavinia Hetherington", "Samuel Oakes", "formal", "regular",
             meeting="Groom for your standard poodle", at="Thursday 16 March at 10:00",
             col="Maisie Threlfall"),
           "Your poodle's groom",
           """
Dear Ms Hetherinton,

On Thursday at 10:00 my colleague Maisie Threlfall will groom your standard poodle.

Kind regards,
Samuel Oakes
""", "'Hetherinton' for Hetherington")),
    (D, bad("duration_wrong", S("shorten", "Godfrey Pennington", "Ruby Calloway", "formal", "regular",
             meeting="Sauna safety check for the gym", at="Tuesday 28 March at 7:00", dur=40),
           "Shorter safety check",
           """
Dear Mr Pennington,

Thank you for booking the sauna safety check for the gym.

I'm afraid I have less time than usual on Tuesday, so the check will take an hour, starting at 7:00 as planned.

Kind regards,
Ruby Calloway
""", "'an hour' for 40 minutes")),
    (D, bad("discount_invented", S("late_cancellation", "Felicity Marwood", "Jack Tennant", "formal", "regular",
             meeting="Ski binding adjustment", at="Tuesday 21 March at 5 pm",
             reason="the client is a long-standing customer"),
           "Your cancellation",
           """
Dear Ms Marwood,

No problem about Tuesday. As a long-standing customer, you'll get 10% off your next visit.

Kind regards,
Jack Tennant
""", "10% discount licensed only by the reason")),
    (D, bad("phone_invented", S("switch_to_call", "Algernon Birtwistle", "Tilly Westbrook", "formal", "regular",
             meeting="Quote for sauna lighting", at="Friday 31 March at 11:00"),
           "Quote by phone",
           """
Dear Mr Birtwistle,

Shall we discuss the lighting quote by phone on Friday at 11:00? You can reach me on 07723 418 906.

Kind regards,
Tilly Westbrook
""", "UK mobile nobody gave")),
    (D, bad("colleague_wrong", S("delegate", "Rosamund Vickery", "Elliot Brandon", "formal", "regular",
             meeting="De-shedding treatment for your husky", at="Wednesday 29 March at 2 pm",
             col="Connie Hollingsworth"),
           "Your husky's treatment",
           """
Dear Ms Vickery,

My colleague Connie Hollingworth will do your husky's de-shedding treatment on Wednesday at 2 pm.

Kind regards,
Elliot Brandon
""", "colleague 'Hollingworth' for Hollingsworth")),
    (E, bad("foreign_paragraph", S("late_cancellation", "Horatio Fenwick", "Martha Beckwith", "formal", "regular",
             meeting="Ski tuning for your family", at="Thursday 23 February at 4 pm"),
           "Your cancellation",
           """
Dear Mr Fenwick,

Thank you for letting us know about yesterday's ski tuning.

Speriamo di rivedervi presto in negozio.

Kind regards,
Martha Beckwith
""", "Italian paragraph in an English mail")),
    (E, bad("title_or_company_invented", S("reschedule", "Wilfred Sumner", "Aoife Tierney", "formal", "regular",
             meeting="Groom for your Shih Tzu", at="Tuesday 28 February at 11:00",
             props=["Friday 3 March at 11:00"]),
           "Your Shih Tzu's groom",
           """
Dear Dr Sumner,

Could we move your Shih Tzu's groom to Friday 3 March at 11:00?

Kind regards,
Aoife Tierney
""", "'Dr' nobody gave")),
    (E, bad("place_changed", S("decline", "Cordelia Ashcroft", "Benedict Lowry", "formal", "new",
             meeting="Lakeside sauna at Windermere", at="Saturday 4 March at 3 pm",
             reason="the lakeside sauna is booked"),
           "Lakeside sauna",
           """
Dear Ms Ashcroft,

I'm afraid the lakeside sauna at Coniston is already booked on Saturday.

Kind regards,
Benedict Lowry
""", "Windermere changed to Coniston")),
    (E, bad("policy_invented", S("no_show_followup", "Ambrose Pickering", "Nell Garside", "formal", "regular",
             meeting="Grooming for your Westie", at="Monday 20 February at 9:00"),
           "Your appointment on Monday",
           """
Dear Mr Pickering,

We missed you on Monday. Missed appointments are charged in full.

Kind regards,
Nell Garside
""", "policy nobody gave")),
]
