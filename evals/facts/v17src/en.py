"""v17, English: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v17src._d import A, B, C, D, E


def S(*a, **k):
    return _S("en", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Philippa Ashbrook", "Rupert Ellingworth", "formal", "regular",
             meeting="Installation of the stained-glass panel in the porch", at="Thursday 18 July at 9:00",
             props=["Monday 22 July at 9:00", "Wednesday 24 July at 13:30"],
             reason="the lead came has not been delivered"),
           "Stained-glass panel: new date",
           """
Dear Ms Ashbrook,

The lead came has not been delivered yet, so we won't be able to fit the panel in the porch on Thursday at nine.

Would Monday the 22nd at the same time suit you? Otherwise Wednesday 24 July at half one works for us.

Kind regards,
Rupert Ellingworth
""", "correct: 'at nine', 'the 22nd at the same time', 'half one' for 13:30")),
    (A, ok(S("decline", "Fergus McTavish", "Imogen Blackmore", "friendly", "key",
             meeting="Fitting of the made-to-measure saddle", at="Friday 19 July at 17:00",
             reason="the leather arrived with a tear"),
           "Friday's fitting",
           """
Hi Fergus,

I'm afraid Friday's fitting is off: the leather arrived with a tear.

Best,
Imogen
""", "correct: first name only, weekday only")),
    (A, ok(S("cancellation_policy", "Dr Helena Marchbanks", "Oliver Trevethan", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Our cancellation terms",
           """
Dear Dr Marchbanks,

Thank you for booking the glassblowing taster. You can cancel free of charge up to two days before (48 hours); after that, half the fee (50%) is due.

Kind regards,
Oliver Trevethan
""", "correct: title from the recipient field, 'two days (48 hours)', 'half the fee (50%)'")),
    (A, ok(S("no_show_followup", "Callum Braithwaite", "Tamsin Pollard", "friendly", "regular",
             meeting="Shoeing the cob", at="Monday 15 July at 8:00",
             props=["Thursday 18 July at 8:00"]),
           "Shoeing the cob",
           """
Hi Callum,

I came by the yard yesterday morning to shoe the cob but there was nobody about. All OK?

I could come back on Thursday the 18th at 8am if that works.

Tamsin
""", "correct: 'yesterday morning', '8am'")),
    (B, ok(S("shorten", "Gareth Penhaligon", "Ffion Llewellyn", "formal", "key",
             meeting="Survey of the dry-stone boundary wall", at="Tuesday 27 August at 10:00", dur=45,
             reason="I have to be in Brecon by lunchtime"),
           "Tuesday's survey",
           """
Dear Gareth,

As I have to be in Brecon by lunchtime, could we keep Tuesday's survey of the boundary wall to three quarters of an hour? We'll start at ten as planned.

Kind regards,
Ffion Llewellyn
""", "correct: 'three quarters of an hour' for 45, 'at ten'")),
    (B, ok(S("switch_to_call", "Rosalind Fairweather", "Jasper Kingdon", "formal", "regular",
             meeting="Briefing on the puppet show at the library", at="Thursday 29 August at 11:00",
             props=["Wednesday 28 August at 15:00"]),
           "Puppet show: a call instead?",
           """
Dear Ms Fairweather,

I think a phone call would cover the puppet show briefing. Would 3 pm on Wednesday 28 August suit you, instead of meeting at the library on Thursday?

Kind regards,
Jasper Kingdon
""", "correct: '3 pm' for 15:00")),
    (B, ok(S("delegate", "Maximilian Oakes", "Cordelia Hartigan", "formal", "regular",
             meeting="Developing the signature scent for the hotel", at="Friday 30 August at 14:00",
             col="Wilfred Tennant"),
           "Your hotel scent",
           """
Dear Mr Oakes,

I won't be in on Friday, so my colleague Wilfred Tennant will see you at 2 pm about the hotel's signature scent.

Kind regards,
Cordelia Hartigan
""", "correct: '2 pm', colleague in full")),
    (B, ok(S("late_cancellation", "Desmond Rowntree", "Harriet Copplestone", "formal", "regular",
             meeting="Tour of the cheese caves", at="Tuesday 20 August at 16:00",
             props=["Monday 26 August at 16:00", "Wednesday 28 August at 11:00"],
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Cheese cave tour",
           """
Dear Mr Rowntree,

Thank you for letting us know about yesterday's tour. We can rebook it for Monday 26 August at 4 pm or Wednesday 28 August at 11 am.

As the cancellation came within a day (24 hours) of the tour, the full fee (100%) applies under our terms.

Kind regards,
Harriet Copplestone
""", "correct: 'yesterday's tour', '4 pm', '11 am', policy in words and figures")),
    (C, ok(S("reschedule", "Bryony Whitlock", "Hamish Gilchrist", "friendly", "regular",
             meeting="Reupholstering the wingback chairs", at="Friday 20 September at 10:00",
             props=["Tuesday 24 September at 10:00", "Thursday 26 September at 14:30"],
             reason="the fabric is still with the supplier"),
           "Your wingback chairs",
           """
Hi Bryony,

The fabric's still with the supplier, so I won't make it on Friday for the chairs.

Would Tuesday the 24th at ten work? Or Thursday 26 September at half two.

Cheers,
Hamish
""", "correct: 'at ten', 'half two' for 14:30")),
    (C, ok(S("decline", "Ambrose Fenwick", "Delphine Carrowmore", "formal", "new",
             meeting="Valuation of an old viola", at="Monday 23 September at 11:00",
             reason="I don't value instruments I haven't restored myself"),
           "Valuing your viola",
           """
Dear Mr Fenwick,

Thank you for thinking of me. I don't value instruments I haven't restored myself, so I'm afraid I must cancel Monday's appointment.

Yours sincerely,
Delphine Carrowmore
""", "correct: weekday only, reason retold")),
    (C, ok(S("switch_to_email", "Cedric Holloway", "Marnie Sutcliffe", "formal", "key",
             meeting="Pruning plan for the lime avenue", at="Wednesday 25 September at 9:30",
             reason="the council's consent hasn't come through"),
           "Lime avenue pruning plan",
           """
Dear Cedric,

The council's consent hasn't come through yet. Rather than meet on Wednesday at half nine, shall we settle the pruning plan by email once it arrives?

Best regards,
Marnie Sutcliffe
""", "correct: 'half nine' for 9:30, first name in formal mail")),
    (C, ok(S("cancellation_policy", "Winifred Alcock", "Toby Merriweather", "formal", "regular",
             meeting="Wreck dive off Swanage", at="Saturday 28 September at 9:00",
             pol={"notice_hours": 72, "deposit_percent": 30}),
           "Your dive on Saturday",
           """
Dear Mrs Alcock,

Ahead of Saturday's wreck dive at 9 o'clock, a reminder of our terms: your place is secured by a 30% deposit, and you can cancel free of charge up to three days (72 hours) before.

Kind regards,
Toby Merriweather
""", "correct: \"9 o'clock\", 'three days (72 hours)'")),
    (D, ok(S("shorten", "Poppy Lindqvist-Hart", "Seb Arkwright", "friendly", "regular",
             meeting="Italic calligraphy class", at="Thursday 24 October at 18:30", dur=60),
           "Thursday's class",
           """
Hi Poppy,

Thursday's class will be an hour this time. We'll start at half six as usual.

Seb
""", "correct: 'an hour' for 60, 'half six' for 18:30")),
    (D, ok(S("switch_to_call", "Lionel Featherstone", "Georgina Abbott", "formal", "regular",
             meeting="Quote for the team hot-air balloon flight", at="Monday 21 October at 10:00",
             props=["Tuesday 22 October at 12:00"]),
           "Your balloon flight quote",
           """
Dear Mr Featherstone,

A phone call should be enough for the quote. Would noon on Tuesday 22 October suit you instead of Monday's meeting?

Kind regards,
Georgina Abbott
""", "correct: 'noon' for 12:00")),
    (D, ok(S("no_show_followup", "Bartholomew Keane", "Alys Pritchard", "formal", "new",
             meeting="First appointment at the saddlery", at="Tuesday 15 October at 14:00",
             props=["Friday 18 October at 14:00"],
             pol={"notice_hours": 24}),
           "Yesterday's appointment",
           """
Dear Mr Keane,

We were expecting you at the saddlery yesterday at 2 pm and hope all is well.

Friday 18 October at the same time is free if you'd like it. If anything comes up, please let us know at least 24 hours ahead.

Kind regards,
Alys Pritchard
""", "correct: 'yesterday at 2 pm', 'the same time', given notice")),
    (D, ok(S("late_cancellation", "Jemima Thornbury", "Kit Haverford", "friendly", "key",
             meeting="Christmas bauble blowing workshop", at="Wednesday 16 October at 10:00",
             props=["Saturday 19 October at 10:00"]),
           "This morning's workshop",
           """
Hi Jemima,

Got your message this morning, no problem at all. Shall I hold a place for you on Saturday the 19th, same time?

Kit
""", "correct: 'this morning', no policy given and none stated")),
    (E, ok(S("reschedule", "Marjorie Pettigrew", "Angus Dunbar", "formal", "regular",
             meeting="Felling of the poplar behind the barn", at="Thursday 21 November at 8:00",
             props=["Tuesday 26 November at 8:00", "Monday 2 December at 13:00"],
             reason="gales are forecast for Thursday"),
           "Felling the poplar",
           """
Dear Mrs Pettigrew,

Gales are forecast for Thursday, so we can't fell the poplar safely. Could we do one of these instead:

- Tuesday 26 November at 8 am;
- Monday 2 December at 1 pm.

Let me know which suits.

Angus Dunbar
""", "correct: weekday inside the reason, '1 pm', bullets")),
    (E, ok(S("decline", "Thaddeus Greenhalgh", "Verity Osgood", "formal", "regular",
             meeting="Restoration of the 1920s banjo", at="Friday 22 November at 15:00",
             reason="the workshop isn't taking on new work this year"),
           "Your banjo",
           """
Dear Mr Greenhalgh,

The workshop isn't taking on new work this year, so I'm sorry to say I must cancel Friday's appointment about the banjo.

Yours sincerely,
Verity Osgood
""", "correct: decade from the meeting name not repeated")),
    (E, ok(S("delegate", "Saffron Eddington", "Milo Garside", "friendly", "regular",
             meeting="Pool session with the scuba kit", at="Wednesday 27 November at 19:30",
             col="Nell Radcliffe"),
           "Wednesday's session",
           """
Hi Saff,

I'm away on Wednesday, so Nell Radcliffe will run your pool session at half seven.

Milo
""", "correct: 'Saff' for Saffron, 'half seven' for 19:30, colleague in full")),
    (E, ok(S("switch_to_email", "Percival Langstaff", "Eloise Ashdown", "formal", "regular",
             meeting="Choosing bottles for the winter range", at="Monday 25 November at 11:00",
             props=["Thursday 28 November at 11:00"]),
           "Bottles for the winter range",
           """
Dear Mr Langstaff,

Shall we choose the bottles for the winter range by email rather than meet on Monday? If anything's unclear we could meet on Thursday 28 November at 11.

Kind regards,
Eloise Ashdown
""", "correct: 'at 11', fallback slot")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Georgiana Pelham", "Crispin Yardley", "formal", "regular",
             meeting="Repair of the stained glass on the landing", at="Wednesday 17 July at 10:00",
             props=["Tuesday 23 July at 10:00"]),
           "Moving to Wednesday 17 July",
           """
Dear Ms Pelham,

I need to move the stained-glass repair from Tuesday 23 July. Would Wednesday 17 July at 10:00 work for you?

Kind regards,
Crispin Yardley
""", "subject and body: old slot offered as new")),
    (A, bad("weekday_wrong", S("switch_to_call", "Roderick Haines", "Beatrix Ollerton", "formal", "regular",
             meeting="Talk about the horse's hoof care", at="Thursday 18 July at 17:00",
             props=["Monday 22 July at 17:00"]),
           "Hoof care: call on Tuesday 22 July",
           """
Dear Mr Haines,

Could we talk through the hoof care by phone on the 22nd at 5 pm instead of meeting on Thursday?

Kind regards,
Beatrix Ollerton
""", "subject: Tuesday 22 July (a Monday)")),
    (A, bad("percent_swapped", S("cancellation_policy", "Lavinia Crowther", "Dominic Faraday", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 40, "deposit_percent": 25}),
           "Cancellation terms",
           """
Dear Ms Crowther,

For the dry-stone walling course we take a 40% deposit. You can cancel free of charge up to 48 hours before; after that, 25% of the fee is charged.

Kind regards,
Dominic Faraday
""", "deposit 40 and fee 25: swapped")),
    (A, bad("phone_invented", S("decline", "Ignatius Brough", "Clemency Warde", "formal", "new",
             meeting="Puppet show at the summer fete", at="Saturday 27 July at 14:00"),
           "The summer fete",
           """
Dear Mr Brough,

I'm sorry, we can't do the puppet show at the summer fete on Saturday. If you'd like to talk it over, call me on 07700 914 382.

Kind regards,
Clemency Warde
""", "phone number invented")),
    (B, bad("duration_wrong", S("shorten", "Arabella Quennell", "Giles Hartnoll", "formal", "regular",
             meeting="Scent consultation for the boutique", at="Thursday 22 August at 14:00", dur=30),
           "Thursday's consultation",
           """
Dear Ms Quennell,

Could we shorten Thursday's scent consultation to forty-five minutes? We'll start at 2 pm as planned.

Kind regards,
Giles Hartnoll
""", "'forty-five minutes' for 30")),
    (B, bad("colleague_wrong", S("delegate", "Montague Fyfe", "Ottilie Brandwood", "formal", "regular",
             meeting="Tasting of cave-aged cheddars", at="Friday 23 August at 15:00",
             col="Rosamund Leckie"),
           "The tasting",
           """
Dear Mr Fyfe,

On Friday at 3 pm my colleague Rosamund Lackie will take the tasting for me.

Kind regards,
Ottilie Brandwood
""", "colleague Lackie for Leckie")),
    (B, bad("foreign_paragraph", S("switch_to_email", "Hermione Staveley", "Lachlan Petrie", "formal", "regular",
             meeting="Choosing the upholstery fabric", at="Wednesday 28 August at 10:00"),
           "Upholstery fabric",
           """
Dear Ms Staveley,

Rather than meet on Wednesday, I'll send the fabric samples by email.

N'hésitez pas à me dire lequel vous préférez, je commencerai dès réception.

Kind regards,
Lachlan Petrie
""", "French paragraph in an English mail")),
    (B, bad("email_invented", S("no_show_followup", "Ptolemy Guest", "Wren Ashby", "friendly", "regular",
             meeting="Setting up the violin bridge", at="Monday 19 August at 16:00",
             props=["Friday 23 August at 16:00"]),
           "Your violin",
           """
Hi Ptolemy,

We missed you on Monday for the bridge, hope all's well. Friday 23 August at 4 pm is free. Drop me a line at wren.ashby.violins@outlook.com if that suits.

Wren
""", "private address invented")),
    (C, bad("time_recap_wrong", S("reschedule", "Eudora Blenkinsop", "Horace Tindall", "friendly", "regular",
             meeting="Pruning the orchard", at="Thursday 19 September at 9:00",
             props=["Monday 23 September at 9:00", "Wednesday 25 September at 13:00"]),
           "The orchard",
           """
Hi Eudora,

Thursday's no good for the orchard, I'm afraid. Could you do Monday 23 September at 9 or Wednesday 25 September at 1 pm?

So that's Monday at 1 or Wednesday at 1 – just say which!
Horace
""", "recap mixes the slots: Monday at 1")),
    (C, bad("policy_invented", S("late_cancellation", "Leopold Catchpole", "Morwenna Trask", "formal", "regular",
             meeting="Try-dive in the pool", at="Monday 16 September at 19:00",
             props=["Monday 23 September at 19:00"]),
           "Your try-dive",
           """
Dear Mr Catchpole,

Thanks for letting us know. You're welcome to come on Monday 23 September at 7 pm instead.

As a rule, cancellations on the day are charged at half the session price, but we'll let it go this time.

Kind regards,
Morwenna Trask
""", "policy nobody gave")),
    (C, bad("link_invented", S("decline", "Millicent Gaunt", "Barnaby Quayle", "formal", "new",
             meeting="Hot-air balloon flight over the Cotswolds", at="Sunday 22 September at 6:30",
             reason="too much wind is forecast"),
           "Sunday's flight",
           """
Dear Ms Gaunt,

Too much wind is forecast, so Sunday's flight is off. You can pick another date at www.quayleballoons.co.uk/rebook.

Kind regards,
Barnaby Quayle
""", "booking link invented")),
    (C, bad("place_changed", S("switch_to_email", "Archibald Nairn", "Tabitha Gosling", "formal", "regular",
             meeting="Calligraphy for the wedding at Ludlow Castle", at="Monday 23 September at 17:00"),
           "Wedding calligraphy",
           """
Dear Mr Nairn,

Rather than meet on Monday, I'll email you the sketches for the calligraphy for your wedding at Stokesay Castle.

Kind regards,
Tabitha Gosling
""", "place Stokesay for Ludlow Castle")),
    (D, bad("name_near_miss", S("decline", "Esmeralda Thwaites", "Conrad Bellamy", "formal", "regular",
             meeting="Fitting of the side-saddle", at="Tuesday 22 October at 13:00"),
           "Tuesday's fitting",
           """
Dear Ms Thwaite,

I'm sorry, I have to cancel Tuesday's side-saddle fitting.

Kind regards,
Conrad Bellamy
""", "greeting: Thwaite for Thwaites")),
    (D, bad("discount_invented", S("late_cancellation", "Jolyon Marsh", "Petronella Coombe", "formal", "regular",
             meeting="Cheese tasting for the office", at="Monday 14 October at 15:00",
             props=["Monday 21 October at 15:00"], reason="the client asks whether we can do anything for them"),
           "Cheese tasting",
           """
Dear Mr Marsh,

Thanks for letting me know. We can do the tasting on Monday 21 October at 3 pm instead, and I'll knock 15% off as a goodwill gesture.

Kind regards,
Petronella Coombe
""", "discount licensed only by the reason")),
    (D, bad("weekday_wrong", S("reschedule", "Cressida Lyall", "Ewan Murchison", "formal", "regular",
             meeting="Glassblowing session for two", at="Thursday 17 October at 11:00",
             props=["Friday 25 October at 11:00"]),
           "Your glassblowing session",
           """
Dear Ms Lyall,

I need to move your glassblowing session. Would Thursday 25 October at 11 am work?

Kind regards,
Ewan Murchison
""", "body: Thursday 25 October (a Friday)")),
    (D, bad("phone_invented", S("switch_to_call", "Ruthven Gale", "Amelia Stroud", "formal", "regular",
             meeting="Puppets for the Christmas show", at="Wednesday 23 October at 14:00",
             props=["Friday 25 October at 10:00"]),
           "The Christmas puppets",
           """
Dear Mr Gale,

Could we talk about the puppets on the phone on Friday 25 October at 10 am rather than meet on Wednesday? My direct line is 01632 960 517.

Kind regards,
Amelia Stroud
""", "phone number invented")),
    (E, bad("place_changed", S("decline", "Barnabas Heathcote", "Gwendolyn Rees", "formal", "regular",
             meeting="Rebuilding the dry-stone wall at Malham", at="Monday 25 November at 10:00"),
           "The wall",
           """
Dear Mr Heathcote,

I'm afraid I can't come on Monday to rebuild the wall at Grassington.

Kind regards,
Gwendolyn Rees
""", "place Grassington for Malham")),
    (E, bad("number_invented", S("no_show_followup", "Drusilla Kemp", "Ned Ashworth", "formal", "regular",
             meeting="Introductory scuba session in the pool", at="Monday 18 November at 19:00",
             props=["Monday 25 November at 19:00"], reason="the client asked how many people come to a session"),
           "Your scuba session",
           """
Dear Ms Kemp,

We missed you at the scuba session yesterday. You're welcome on Monday 25 November at 7 pm; we take no more than six divers per session.

Kind regards,
Ned Ashworth
""", "'six divers' invented from the reason's question")),
    (E, bad("title_or_company_invented", S("reschedule", "Florian Ackroyd", "Mabel Thorne", "formal", "regular",
             meeting="Delivery of the restored cello", at="Thursday 21 November at 17:00",
             props=["Wednesday 27 November at 17:00"]),
           "Your cello",
           """
Dear Mr Ackroyd,

I need to move the delivery of your cello to Wednesday 27 November at 5 pm. I hope that's all right.

Kind regards,
Mabel Thorne
Master Luthier, Thorne & Daughters Ltd
""", "title and company invented")),
    (E, bad("email_invented", S("switch_to_email", "Rosalie Vint", "Jethro Pascoe", "formal", "regular",
             meeting="Choosing fabric for the sofa", at="Friday 22 November at 11:00"),
           "Sofa fabric",
           """
Dear Ms Vint,

Rather than meet on Friday, I'll post the swatches and we can sort it by email. Please reply to accounts@pascoeupholstery.co.uk.

Kind regards,
Jethro Pascoe
""", "department address invented")),
]
