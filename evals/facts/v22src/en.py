"""v22, English: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v22src._d import A, B, C, D, E


def S(*a, **k):
    return _S("en", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("decline", "Cressida Pendlebury", "Alaric Hawksworth", "formal", "regular",
             meeting="Tour of the paper mill at Wookey", at="Thursday 27 January at 10:00",
             reason="the beating engine has broken down"),
           "Thursday's tour",
           """
Dear Ms Pendlebury,

I'm sorry to say that the beating engine has broken down, so I have to call off Thursday's tour of the mill.

I shall write again once it is running.

Kind regards,
Alaric Hawksworth
""", "correct: reason retold, no time")),
    (A, ok(S("no_show_followup", "Ebenezer Thistlewood", "Imogen Ashcombe", "formal", "regular",
             meeting="Collection of the repaired Conway Stewart pen", at="Wednesday 19 January at 15:30"),
           "Your Conway Stewart",
           """
Dear Mr Thistlewood,

We were expecting you last Wednesday at half past three to collect your pen, and I hope all is well.

It is ready whenever suits you.

Best wishes,
Imogen Ashcombe
""", "correct: 'last Wednesday' for Jan 19 said on Jan 24, 'half past three'")),
    (A, ok(S("switch_to_email", "Georgiana Fairclough", "Lionel Stanbridge", "formal", "new",
             meeting="Quote for restoring a dolls' house family", at="Tuesday 1 February at 11:00",
             reason="photos will tell me most of what I need"),
           "Your quote by email",
           """
Dear Mrs Fairclough,

Photos will tell me most of what I need, so shall we handle the quote by email rather than meet on the 1st?

With kind regards,
Lionel Stanbridge
""", "correct: 'the 1st' without month, no time")),
    (A, ok(S("shorten", "Ptolemy Ashdown", "Wilhelmina Crouch", "friendly", "regular",
             meeting="Evening at the telescope club", at="Friday 28 January at 19:00", dur=60),
           "Friday at the club",
           """
Hi Ptolemy,

Friday is still on at seven, but only for an hour this time.

See you then,
Wilhelmina
""", "correct: 'seven', 'an hour', signed with the first name")),
    (B, ok(S("reschedule", "Dr Rosalind Ketteridge", "Ambrose Penhaligon", "formal", "key",
             meeting="Handover of the restored brass telescope", at="Thursday 17 February at 14:00",
             props=["Tuesday 22 February at 14:00", "Friday 25 February at 10:30"],
             reason="the objective lens has a chip that must be reground"),
           "Your telescope: a new date",
           """
Dear Dr Ketteridge,

The objective lens has a chip that must be reground, so I cannot hand the telescope over on Thursday.

Would Tuesday the 22nd at the same time suit, or Friday 25 February at half past ten?

Yours sincerely,
Ambrose Penhaligon
""", "correct: 'Dr' + surname, 'the 22nd', 'the same time', 'half past ten'")),
    (B, ok(S("late_cancellation", "Horatio Blenkinsop", "Marigold Trevelyan", "formal", "regular",
             meeting="Soap-making class with goat's milk", at="Monday 14 February at 18:00",
             props=["Monday 28 February at 18:00"], pol={"notice_hours": 24, "fee_percent": 50}),
           "Yesterday's class",
           """
Dear Mr Blenkinsop,

Thank you for letting me know about yesterday's class. As the cancellation came less than a day (24 hours) before, half the fee (50%) is due under our terms.

You would be very welcome on Monday 28 February at six in the evening.

Kind regards,
Marigold Trevelyan
""", "correct: 'yesterday' for Feb 14, policy in words with numbers, 'six in the evening'")),
    (B, ok(S("cancellation_policy", "Philippa Drinkwater", "Cuthbert Ollerenshaw", "formal", "new",
             pol={"notice_hours": 72, "deposit_percent": 15}),
           "Our cancellation terms",
           """
Dear Ms Drinkwater,

We ask for a 15% deposit when you book, and you may cancel free of charge up to three days (72 hours) before the workshop.

Kind regards,
Cuthbert Ollerenshaw
""", "correct: deposit with its term, 'three days (72 hours)'")),
    (B, ok(S("switch_to_call", "Hamish Lockhart-Wynne", "Verity Abernethy", "formal", "regular",
             meeting="Fitting for made-to-measure brogues", at="Wednesday 23 February at 12:00",
             props=["Wednesday 23 February at 17:00"], reason="the lasts are not back from Northampton"),
           "Wednesday: a call instead",
           """
Dear Mr Lockhart-Wynne,

The lasts are not back from Northampton, so rather than the fitting at midday, may I ring you on Wednesday at 5 pm to talk it through?

Kind regards,
Verity Abernethy
""", "correct: 'midday' named as the one replaced, '5 pm' new, place from the reason")),
    (C, ok(S("delegate", "Octavia Rainsford", "Lysander Quarrington", "formal", "regular",
             meeting="Assessment of a Victorian wax doll", at="Tuesday 15 March at 11:00",
             col="Belinda Tremayne"),
           "Your wax doll",
           """
Dear Mrs Rainsford,

My colleague Belinda Tremayne will see you on Tuesday at eleven to look at your wax doll.

Kind regards,
Lysander Quarrington
""", "correct: colleague exactly, 'at eleven'")),
    (C, ok(S("decline", "Lady Araminta Fothergill", "Gideon Sowerby", "formal", "key",
             meeting="Private viewing of marbled endpapers", at="Friday 18 March at 15:00",
             reason="the collection is on loan to an exhibition"),
           "Friday's viewing",
           """
Dear Lady Araminta,

I am afraid the collection is on loan to an exhibition, so I must cancel Friday's viewing.

Yours sincerely,
Gideon Sowerby
""", "correct: 'Lady' + first name")),
    (C, ok(S("no_show_followup", "Rupert Catesby", "Harriet Pennycuick", "formal", "new",
             meeting="Measuring for riding boots", at="Friday 4 March at 9:00",
             props=["Thursday 17 March at 9:00", "Monday 21 March at 14:00"]),
           "Your boot measuring",
           """
Dear Mr Catesby,

We missed you last Friday for the measuring and I hope nothing is wrong.

We could try again on Thursday 17 March at nine, or Monday the 21st at 2 pm.

Kind regards,
Harriet Pennycuick
""", "correct: 'last Friday' for Mar 4 said on Mar 9, 'at nine', 'the 21st at 2 pm'")),
    (C, ok(S("reschedule", "Clementine Arbuthnot", "Tobias Nettlefold", "formal", "regular",
             meeting="Delivery of lavender soaps for the shop", at="Friday 11 March at 8:00",
             props=["Wednesday 16 March at 8:00"], reason="the soaps need another week to cure"),
           "Soap delivery",
           """
Dear Ms Arbuthnot,

The soaps need another week to cure, so Friday's delivery will move to Wednesday 16 March, same time. Does that work for you?

Kind regards,
Tobias Nettlefold
""", "correct: 'another week' from the reason, confirming question")),
    (D, ok(S("switch_to_call", "Leopold Featherstonehaugh", "Eliza Brackenbury", "formal", "regular",
             meeting="Advice on a leaking Onoto pen", at="Monday 4 April at 16:00"),
           "Your Onoto",
           """
Dear Mr Featherstonehaugh,

Rather than your bringing the Onoto in, shall I phone you on Monday at four instead?

Kind regards,
Eliza Brackenbury
""", "correct: call at the original time, 'at four'")),
    (D, ok(S("late_cancellation", "Mirabel Hathersage", "Digby Wolstenholme", "formal", "regular",
             meeting="Papermaking taster session", at="Tuesday 29 March at 10:00"),
           "Tuesday's session",
           """
Dear Ms Hathersage,

Thank you for your message about Tuesday's session; I quite understand. Do get in touch when you would like to rebook.

Kind regards,
Digby Wolstenholme
""", "correct: no policy given, none stated, no time")),
    (D, ok(S("decline", "Peregrine Ormerod", "Fenella Crosthwaite", "formal", "new",
             meeting="Talk on amateur telescope making for the village society", at="Thursday 14 April at 19:30",
             reason="I shall be abroad that week"),
           "Your society's talk",
           """
Dear Mr Ormerod,

Thank you for asking me, but I shall be abroad that week and cannot give the talk on 14 April.

Kind regards,
Fenella Crosthwaite
""", "correct: date without weekday, reason as given")),
    (D, ok(S("delegate", "Winifred Coldicott", "Thaddeus Marwick", "formal", "regular",
             meeting="Resoling a pair of Oxford shoes", at="Wednesday 6 April at 13:00",
             col="Agnes Bellingham", reason="I am at the leather fair in Walsall"),
           "Your Oxfords",
           """
Dear Mrs Coldicott,

I am at the leather fair in Walsall on Wednesday, so my colleague Agnes Bellingham will take in your Oxfords at 1 pm.

Kind regards,
Thaddeus Marwick
""", "correct: colleague exactly, '1 pm'")),
    (E, ok(S("reschedule", "Lucius Harbottle", "Marjorie Sedgwick", "formal", "regular",
             meeting="Collection of the restored bisque doll", at="Tuesday 14 June at 11:00",
             props=["Friday 17 June at 11:30"], reason="the wig is still being set"),
           "Your bisque doll",
           """
Dear Mr Harbottle,

The wig is still being set, so may we move Tuesday's collection to Friday 17 June at half past eleven?

Kind regards,
Marjorie Sedgwick
""", "correct: 'half past eleven'")),
    (E, ok(S("cancellation_policy", "Rosamund Westerby", "Ignatius Pilkington", "formal", "new",
             meeting="Three-night observing retreat on Exmoor", at="Wednesday 22 June at 20:00",
             pol={"notice_hours": 48, "fee_percent": 100}),
           "Observing retreat: terms",
           """
Dear Ms Westerby,

You can cancel free of charge up to two days (48 hours) before the start on Wednesday 22 June; after that the full fee (100%) is due.

Kind regards,
Ignatius Pilkington
""", "correct: policy in words with numbers")),
    (E, ok(S("shorten", "Evangeline Sturridge", "Crispin Hollinrake", "formal", "regular",
             meeting="Consultation on a collection of fountain pens", at="Monday 13 June at 14:00", dur=45),
           "Monday's consultation",
           """
Dear Mrs Sturridge,

Monday's consultation at 2 pm will need to be shorter: three quarters of an hour.

Kind regards,
Crispin Hollinrake
""", "correct: 'three quarters of an hour' for 45")),
    (E, ok(S("switch_to_email", "Barnabas Treloar", "Honoria Pettigrew", "friendly", "regular",
             meeting="Choosing papers for the wedding invitations", at="Thursday 16 June at 10:00"),
           "Papers for the invitations",
           """
Hi Barnabas,

No need to come in on Thursday: I'll email you photos of the papers and you can choose at leisure.

Honoria
""", "correct: friendly, no time")),
    # ------------------------------------------------------------------ flawed
    (A, bad("foreign_paragraph", S("decline", "Ottoline Marchbanks", "Gervase Haddow", "formal", "regular",
             meeting="Demonstration of cold-process soap", at="Wednesday 26 January at 14:00",
             reason="the lye delivery has not arrived"),
           "Wednesday's demonstration",
           """
Dear Ms Marchbanks,

The lye delivery has not arrived, so I have to cancel Wednesday's demonstration.

Sobald die Lieferung da ist, melde ich mich mit einem neuen Termin bei Ihnen.

Kind regards,
Gervase Haddow
""", "second paragraph in German")),
    (A, bad("time_recap_wrong", S("reschedule", "Percival Ainsworth", "Sybil Garstang", "formal", "regular",
             meeting="Fitting for handmade walking shoes", at="Tuesday 25 January at 11:00",
             props=["Thursday 3 February at 11:30"]),
           "Fitting: Thursday 3 February",
           """
Dear Mr Ainsworth,

Could we move tomorrow's fitting to Thursday 3 February at 11:30?

Until Thursday at 11, then.

Sybil Garstang
""", "recap drops the half hour, naming the old hour")),
    (A, bad("name_near_miss", S("no_show_followup", "Euphemia Rattray", "Conrad Blythe", "formal", "regular",
             meeting="Collection of a repaired rag doll", at="Thursday 20 January at 12:00"),
           "Your rag doll",
           """
Dear Mrs Ratray,

We expected you last Thursday to collect your doll; I hope all is well. She is ready whenever you are.

Kind regards,
Conrad Blythe
""", "'Ratray' for Rattray")),
    (A, bad("percent_swapped", S("cancellation_policy", "Seymour Golightly", "Prunella Haworth", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 25, "fee_percent": 75}),
           "Terms",
           """
Dear Mr Golightly,

Bookings need a 75% deposit, and cancelling less than 48 hours beforehand costs 25% of the fee.

Kind regards,
Prunella Haworth
""", "deposit 25 and fee 75 swapped")),
    (B, bad("weekday_wrong", S("reschedule", "Jocasta Wetherall", "Ivor Pendleton", "formal", "regular",
             meeting="Return of the restored pocket telescope", at="Wednesday 16 February at 10:00",
             props=["Monday 21 February at 10:00"]),
           "Moved to Tuesday 21 February",
           """
Dear Ms Wetherall,

May I move tomorrow's return of the pocket telescope to Monday 21 February, same time?

Kind regards,
Ivor Pendleton
""", "subject 'Tuesday 21 February' (a Monday); body right")),
    (B, bad("discount_invented", S("late_cancellation", "Algernon Sotheby", "Dulcie Everard", "formal", "regular",
             meeting="Marbling workshop", at="Thursday 10 February at 13:00",
             props=["Thursday 24 February at 13:00"], reason="client asked whether anything could be knocked off"),
           "Rebooking your workshop",
           """
Dear Mr Sotheby,

Not to worry about last Thursday. I can offer you Thursday 24 February at 1 pm, with 20% off the workshop price.

Kind regards,
Dulcie Everard
""", "discount licensed only by the reason")),
    (B, bad("place_changed", S("decline", "Henrietta Lushington", "Rowan Ashbee", "formal", "regular",
             meeting="Pen show stand in Harrogate", at="Friday 18 February at 9:00",
             reason="I have nothing new to sell"),
           "The pen show",
           """
Dear Ms Lushington,

I won't take a stand at the pen show in Ripon on Friday, as I have nothing new to sell.

Kind regards,
Rowan Ashbee
""", "Ripon for Harrogate")),
    (B, bad("colleague_wrong", S("delegate", "Florian Kettlewell", "Beatrix Aldous", "formal", "regular",
             meeting="Re-stringing a composition doll", at="Tuesday 22 February at 15:00",
             col="Rosalie Pargeter"),
           "Your doll",
           """
Dear Mr Kettlewell,

On Tuesday at 3 pm my colleague Rosalind Pargeter will see to your doll.

Kind regards,
Beatrix Aldous
""", "'Rosalind' for Rosalie")),
    (C, bad("time_swapped", S("switch_to_call", "Marcus Liddiard", "Tabitha Greenhalgh", "formal", "regular",
             meeting="Choosing a mount for the reflector", at="Monday 14 March at 18:00",
             props=["Thursday 10 March at 18:00"]),
           "A call instead",
           """
Dear Mr Liddiard,

Instead of meeting on Thursday 10 March, could I call you on Monday 14 March at 18:00 about the mount?

Kind regards,
Tabitha Greenhalgh
""", "meeting and call days exchanged")),
    (C, bad("title_or_company_invented", S("switch_to_email", "Delphine Ashurst", "Neville Cardew", "formal", "new",
             meeting="Quote for hand-stitched loafers", at="Wednesday 16 March at 11:00"),
           "Your quote",
           """
Dear Ms Ashurst,

I'll send the quote by email rather than meet on Wednesday.

Kind regards,
Neville Cardew
Master Cordwainer, Cardew & Sons Ltd
""", "title and company nobody gave")),
    (C, bad("policy_invented", S("no_show_followup", "Cedric Bramall", "Lavinia Stoddart", "formal", "regular",
             meeting="Soap-cutting demonstration", at="Monday 7 March at 10:00",
             props=["Tuesday 22 March at 10:00"]),
           "Monday's demonstration",
           """
Dear Mr Bramall,

We missed you on Monday. Would Tuesday 22 March at 10:00 suit? Please note that missed sessions are non-refundable.

Kind regards,
Lavinia Stoddart
""", "'non-refundable' with no policy given")),
    (C, bad("phone_invented", S("reschedule", "Gwendolen Fairweather", "Lancelot Pym", "formal", "regular",
             meeting="Handover of restored paper samples", at="Friday 11 March at 14:00",
             props=["Tuesday 15 March at 14:00"]),
           "Handover moved",
           """
Dear Ms Fairweather,

May we move Friday's handover to Tuesday 15 March at 2 pm? If that's awkward, ring me on 07700 914 362.

Kind regards,
Lancelot Pym
""", "mobile number nobody gave")),
    (D, bad("link_invented", S("decline", "Aldous Merriweather", "Cordelia Hale", "formal", "new",
             meeting="Star party for the scout troop", at="Friday 8 April at 20:00",
             reason="the field is waterlogged"),
           "Friday's star party",
           """
Dear Mr Merriweather,

The field is waterlogged, so Friday's star party is off. Future dates will be posted at www.halestargazing.co.uk/events.

Kind regards,
Cordelia Hale
""", "link nobody gave")),
    (D, bad("email_invented", S("late_cancellation", "Tamsin Kilbride", "Roderick Ashworth", "formal", "regular",
             meeting="Fountain pen nib tuning", at="Wednesday 30 March at 16:00"),
           "Yesterday",
           """
Dear Ms Kilbride,

Thank you for letting me know about yesterday. To rebook, just email me at rod.ashworth@btinternet.com.

Kind regards,
Roderick Ashworth
""", "private address nobody gave")),
    (D, bad("number_invented", S("shorten", "Ignatia Crabtree", "Desmond Lowther", "formal", "regular",
             meeting="Paper-marbling session for the library", at="Tuesday 12 April at 10:00", dur=60),
           "Tuesday's session",
           """
Dear Ms Crabtree,

Tuesday's session at ten will last an hour, which is enough for about thirty sheets.

Kind regards,
Desmond Lowther
""", "'thirty sheets' nobody gave")),
    (D, bad("foreign_paragraph", S("switch_to_call", "Clarissa Mountjoy", "Ferdinand Oakes", "formal", "regular",
             meeting="Restoration plan for a Steiff-era doll", at="Thursday 7 April at 11:00"),
           "Thursday by phone",
           """
Dear Ms Mountjoy,

Could we go through the restoration plan by phone on Thursday at 11 rather than in the workshop?

Je vous appellerai à l'heure prévue, et nous pourrons tout revoir ensemble.

Kind regards,
Ferdinand Oakes
""", "second paragraph in French")),
    (E, bad("duration_wrong", S("shorten", "Reginald Applegarth", "Sophronia Bliss", "formal", "regular",
             meeting="Introduction to soap colouring", at="Wednesday 15 June at 10:00", dur=90),
           "Wednesday's session",
           """
Dear Mr Applegarth,

Wednesday's session at 10 will be a little shorter than planned: two hours.

Kind regards,
Sophronia Bliss
""", "'two hours' for 90 minutes")),
    (E, bad("place_changed", S("decline", "Millicent Ashby-Wray", "Hugo Trenear", "formal", "regular",
             meeting="Telescope evening at Kielder", at="Thursday 16 June at 21:00"),
           "Thursday evening",
           """
Dear Ms Ashby-Wray,

I'm afraid I have to withdraw from the telescope evening at Alnwick on Thursday.

Kind regards,
Hugo Trenear
""", "Alnwick for Kielder")),
    (E, bad("title_or_company_invented", S("reschedule", "Oswin Farrimond", "Rhoda Killigrew", "formal", "regular",
             meeting="Fitting for bespoke sandals", at="Monday 13 June at 15:00",
             props=["Wednesday 22 June at 15:00"]),
           "Your fitting",
           """
Dear Mr Farrimond,

Could we move Monday's fitting to Wednesday 22 June at 3 pm?

Kind regards,
Rhoda Killigrew
Head of Fittings, Killigrew Shoemakers
""", "title and company nobody gave")),
    (E, bad("name_near_miss", S("switch_to_email", "Dr Anselm Gurney", "Philippa Rowntree", "formal", "new",
             meeting="Query about a Parker 51 restoration", at="Tuesday 21 June at 10:00"),
           "Your Parker 51",
           """
Dear Dr Gurnee,

I can answer your questions about the Parker 51 by email rather than on Tuesday.

Kind regards,
Philippa Rowntree
""", "'Dr Gurnee' for Gurney")),
]
