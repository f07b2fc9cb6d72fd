"""English v5 records, each written out by hand (held out). (today, record) pairs."""

from __future__ import annotations

from v2src._rec import S, bad, ok

A, B, C, D, E = "2026-12-15", "2027-01-26", "2027-03-17", "2027-07-08", "2027-11-04"
L = "en"

RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S(L, "reschedule", "Dr Philippa Enderby", "Callum Rutherford", "formal", "key",
             meeting="Review of the Wrexham site lease", at="Thursday 17 December at 14:30",
             props=["Tuesday 22 December at 10:00"], reason="an urgent tribunal hearing"),
           "Wrexham site lease review: new date",
           """
Dear Dr Enderby,

I have been called to an urgent tribunal hearing on Thursday afternoon, so I am afraid I cannot make our review of the Wrexham site lease at half past two.

Would Tuesday 22nd December at 10 am suit you instead?

Kind regards,
Callum Rutherford
""", "correct: 'Dear Dr Enderby', 'half past two', 'Tuesday 22nd December at 10 am'")),
    (B, ok(S(L, "reschedule", "Tamsin Pryce", "Gareth Oyelaran", "friendly", "regular",
             meeting="Tasting for the staff party menu", at="Thursday 28 January at 16:00",
             props=["Monday 1 February at 16:00", "Wednesday 3 February at 11:00"], reason="our chef is off sick"),
           "Menu tasting: another day?",
           """
Hi Tamsin,

Our chef's come down with flu, so Thursday's tasting for the staff party menu is off, I'm afraid. Could you do Mon 1st Feb at 4, or Weds 3rd at 11?

Cheers,
Gareth
""", "correct: 'Mon 1st Feb at 4', 'Weds 3rd at 11', reason paraphrased")),
    (C, ok(S(L, "reschedule", "Professor Hamish Drummond", "Priya Varadarajan", "formal", "new",
             meeting="Introductory call on the coastal erosion study", at="Friday 19 March at 11:00",
             props=["Wednesday 24 March at 13:30"]),
           "Coastal erosion study: request to move our call",
           """
Dear Professor Drummond,

I am sorry to say I need to move our introductory call on the coastal erosion study, currently set for Friday 19 March at 11.00.

Might Wednesday, March 24 at 1.30 pm work for you?

With best wishes,
Priya Varadarajan
""", "correct: 'Wednesday, March 24' US order, '1.30 pm'")),
    (D, ok(S(L, "reschedule", "Neville Ashcombe", "Rosalind Mbeki", "formal", "regular",
             meeting="Handover of the office refurbishment", at="Monday 12 July at 09:00",
             props=["Wednesday 14 July at 09:00", "Friday 16 July at 14:00"]),
           "Refurbishment handover: two alternatives",
           """
Dear Mr Ashcombe,

I need to move the handover of the office refurbishment from Monday 12 July at 9 am. I can offer either:

- Wednesday 14 July, same time, or
- Friday 16 July at 2 pm.

Best regards,
Rosalind Mbeki
""", "correct: 'same time', '2 pm'")),
    (E, ok(S(L, "decline", "Marguerite Olorunsola", "Declan Fairweather", "formal", "new",
             meeting="Demo of the rota planning software", at="Tuesday 9 November at 10:00",
             reason="we have just signed with another provider"),
           "Rota planning demo on 9 November",
           """
Dear Ms Olorunsola,

Thank you for offering to demo the rota planning software on Tuesday 9 November. We have, however, just signed with another provider, so I would rather not take up your morning.

Yours sincerely,
Declan Fairweather
""", "correct: 'Ms Olorunsola', 'take up your morning' idiom")),
    (A, ok(S(L, "decline", "Jonty Wilberforce", "Hattie Cromarty", "friendly", "regular",
             meeting="Christmas drinks with the traders' guild", at="Friday 18 December at 17:00"),
           "Friday drinks",
           """
Hi Jonty,

Thanks so much for the invite! I can't make the Christmas drinks on Friday, sadly. Have one for me, and have a lovely Christmas!

Hattie
""", "correct: friendly, 'have one for me'")),
    (B, ok(S(L, "shorten", "Beatrix Hollingworth", "Anselm Kaur", "formal", "regular",
             meeting="Monthly stock review", at="Friday 29 January at 09:00", dur=30),
           "Stock review on Friday: half an hour",
           """
Dear Beatrix,

Would you mind if we kept Friday's monthly stock review at nine to half an hour? I'll send the figures round the day before so we can get straight to the point.

Best wishes,
Anselm Kaur
""", "correct: 'half an hour', 'at nine'")),
    (C, ok(S(L, "shorten", "Rory Blackwood", "Ffion Gwilliam", "friendly", "key",
             meeting="Working session on the new brand guidelines", at="Tuesday 23 March at 13:00", dur=45),
           "Brand guidelines: shorter session Tuesday",
           """
Hi Rory,

For Tuesday's session on the new brand guidelines at 1, I'll only have three quarters of an hour. Shall we stick to the logo and colours?

See you Tuesday,
Ffion
""", "correct: 'three quarters of an hour' for 45 min")),
    (D, ok(S(L, "switch_to_call", "Dr Ambrose Kettering", "Lucinda Marchbanks", "formal", "key",
             meeting="Meeting on the research council bid", at="Tuesday 13 July at 15:00", reason="the rail strike"),
           "Research council bid: phone call instead?",
           """
Dear Ambrose,

With the rail strike on Tuesday I shan't be able to get to you. Could we hold our meeting on the research council bid by phone instead, at the same time, three o'clock?

Warm regards,
Lucinda Marchbanks
""", "correct: first name for Dr in a warm formal mail, 'three o'clock'")),
    (E, ok(S(L, "switch_to_call", "Imogen Thwaite", "Kieran Osei-Bonsu", "friendly", "new",
             meeting="Garden design walkthrough", at="Friday 5 November at 10:00",
             props=["Friday 5 November at 13:00"], reason="I need photos and measurements first"),
           "Garden design: quick call first?",
           """
Hi Imogen,

Before tomorrow's garden design walkthrough I'd love a few photos and measurements from you. Could we have a call at 1 pm rather than meeting at 10?

Best,
Kieran
""", "correct: 'tomorrow' for Fri 5, times in their roles")),
    (A, ok(S(L, "switch_to_email", "Cedric Althorp", "Nkechi Bamford", "formal", "regular",
             meeting="Year-end close check-in", at="Wednesday 16 December at 16:00",
             reason="only two signatures are still missing"),
           "Year-end close: let's finish by email",
           """
Dear Mr Althorp,

As we are only waiting on a couple of signatures, I suggest we skip tomorrow's year-end close check-in at 4 pm and wrap up the rest by email.

Kind regards,
Nkechi Bamford
""", "correct: 'a couple of signatures', 'tomorrow ... at 4 pm'")),
    (B, ok(S(L, "switch_to_email", "Ollie Pemberton-Hayes", "Saskia Trevelyan", "friendly", "regular",
             meeting="Chat about the village fete poster", at="Monday 1 February at 19:00"),
           "Fete poster",
           """
Hi Ollie,

I don't think we need to meet on Monday for the fete poster. I'll email you the draft and you can send back your tweaks. Two minutes' work!

Saskia
""", "correct: idiom 'two minutes' work'")),
    (C, ok(S(L, "delegate", "Fergus McAllister", "Harriet Oduya", "formal", "regular",
             meeting="Energy audit of the Bootle warehouse", at="Monday 22 March at 08:30", col="Dr Tobias Lindqvist-Hart"),
           "Bootle energy audit: Dr Lindqvist-Hart will attend",
           """
Dear Mr McAllister,

Unfortunately I shall be away on Monday 22 March. My colleague Dr Lindqvist-Hart will carry out the energy audit of the Bootle warehouse at half eight; he knows the file inside out.

Kind regards,
Harriet Oduya
""", "correct: colleague 'Dr Lindqvist-Hart', 'half eight', idiom 'inside out'")),
    (D, ok(S(L, "delegate", "Poppy Ravensworth", "Dominic Achterberg", "friendly", "regular",
             meeting="Tour of the microbrewery", at="Friday 9 July at 11:00", col="Megan Quayle",
             reason="I have to take my daughter to the dentist"),
           "Tomorrow's tour",
           """
Hi Poppy,

I've got to take my daughter to the dentist tomorrow, so Megan will show you round the microbrewery at eleven. She knows the place better than I do!

Cheers,
Dom
""", "correct: colleague first name, sender short name 'Dom'")),
    (E, ok(S(L, "no_show_followup", "Lachlan Fairbairn", "Georgina Oyelowo", "formal", "new",
             meeting="First coaching session", at="Wednesday 3 November at 17:00",
             props=["Wednesday 10 November at 17:00"], pol={"fee_percent": 50}),
           "Yesterday's session",
           """
Dear Mr Fairbairn,

I was expecting you yesterday at five for our first coaching session and hope nothing serious has happened.

Under our terms, half the fee (50%) is charged for sessions missed without notice. Shall we meet next Wednesday, 10 November, at the same time?

Kind regards,
Georgina Oyelowo
""", "correct: 'half the fee' backed by 50 %, 'at five', 'same time'")),
    (A, ok(S(L, "no_show_followup", "Kit Hargreaves", "Ines Caldwell", "friendly", "regular",
             meeting="Private squash lesson", at="Monday 14 December at 18:00"),
           "Last night's lesson",
           """
Hi Kit,

I was on court at six last night but you didn't turn up for your squash lesson. All OK? No worries at all, just let me know when you'd like to make it up.

Ines
""", "correct: 'at six last night'")),
    (B, ok(S(L, "late_cancellation", "Mr Desmond Ackroyd", "Yasmin Pettigrew", "formal", "regular",
             meeting="Physiotherapy session for the knee", at="Monday 25 January at 12:00",
             props=["Thursday 28 January at 12:00"], pol={"notice_hours": 24, "fee_percent": 40}),
           "Yesterday's appointment",
           """
Dear Mr Ackroyd,

Thank you for letting me know you could not make yesterday's session at midday. As a reminder, cancellations with less than a day's (24 hours') notice are charged at 40% of the session fee.

I have a slot on Thursday 28 January at noon if that helps.

Kind regards,
Yasmin Pettigrew
""", "correct: 'midday', 'noon', 'a day's (24 hours') notice'")),
    (C, ok(S(L, "late_cancellation", "Zach Underhill", "Bryony Castellano", "friendly", "new",
             meeting="Product photoshoot for the online shop", at="Tuesday 16 March at 09:00", pol={"deposit_percent": 30}),
           "The photoshoot",
           """
Hi Zach,

Thanks for letting me know, even if it was at the eleventh hour. As agreed, I'll keep the 30% deposit. Just let me know when you'd like to rebook the product photoshoot.

Best,
Bryony
""", "correct: idiom 'at the eleventh hour' (not a time), deposit 30 %")),
    (D, ok(S(L, "cancellation_policy", "Ms Winifred Larkspur", "Jasper Odunsi", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 25}),
           "Our cancellation terms",
           """
Dear Ms Larkspur,

Welcome aboard. We ask for a 25% deposit when you book. You can cancel free of charge up to two days (48 hours) beforehand; after that the deposit is not refunded.

Kind regards,
Jasper Odunsi
""", "correct: 'two days (48 hours)'")),
    (E, ok(S(L, "cancellation_policy", "Elodie Hathersage", "Rupert Nwachukwu", "friendly", "regular",
             meeting="Pottery wheel workshop", at="Thursday 11 November at 19:30", pol={"notice_hours": 72, "fee_percent": 100}),
           "Pottery workshop: quick reminder",
           """
Hi Elodie,

Quick reminder for the pottery wheel workshop on Thurs 11th Nov at half seven: if you cancel within 72 hours, the full price is due, i.e. 100%.

See you at the wheel!
Rupert
""", "correct: 'Thurs 11th Nov', 'half seven', 'full price' backed by 100 %")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S(L, "reschedule", "Veronica Stainforth", "Barnaby Coote", "formal", "regular",
             meeting="Purchasing budget meeting", at="Monday 21 December at 14:00",
             props=["Wednesday 23 December at 10:00"]),
           "Purchasing budget meeting: moving it",
           """
Dear Ms Stainforth,

Could we move the purchasing budget meeting from Wednesday 23 December at 10 am to Monday 21 December at 2 pm?

Kind regards,
Barnaby Coote
""", "old and new slot exchanged")),
    (B, bad("time_recap_wrong", S(L, "switch_to_call", "Arjun Mistry-Blake", "Clemency Hale", "formal", "regular",
             meeting="Packaging supply review", at="Thursday 28 January at 11:00",
             props=["Thursday 28 January at 15:00"]),
           "Packaging supply review: call at 11 on Thursday",
           """
Dear Arjun,

I won't be in the office on Thursday. Could we turn the packaging supply review into a phone call at 3 pm instead?

Kind regards,
Clemency Hale
""", "subject names 11 (the old hour) as the call time; offered 3 pm")),
    (C, bad("weekday_wrong", S(L, "reschedule", "Sunita Hardcastle", "Evan Pritchard", "formal", "key",
             meeting="Presentation of the sustainability report", at="Monday 22 March at 10:00",
             props=["Thursday 25 March at 10:00"]),
           "Sustainability report: moving to Thursday 25 March",
           """
Dear Ms Hardcastle,

May I suggest moving the presentation of the sustainability report from Monday 22 March to Friday, March 25, at the same time?

Kind regards,
Evan Pritchard
""", "body 'Friday, March 25' (25 March 2027 is a Thursday); subject right")),
    (D, bad("percent_swapped", S(L, "late_cancellation", "Gideon Frost", "Anoushka Bell", "formal", "regular",
             meeting="Facial treatment", at="Wednesday 7 July at 16:00", pol={"fee_percent": 20, "deposit_percent": 50}),
           "Yesterday's cancellation",
           """
Dear Mr Frost,

I have received your cancellation of yesterday's facial treatment at 4 pm. Under our terms I will keep the 20% deposit and charge 50% of the treatment.

Kind regards,
Anoushka Bell
""", "deposit 20 / fee 50: exchanged")),
    (E, bad("policy_invented", S(L, "no_show_followup", "Ruby Tennant", "Alastair Greaves", "friendly", "regular",
             meeting="Motorway driving lesson", at="Wednesday 3 November at 14:00",
             props=["Monday 8 November at 14:00"]),
           "Yesterday's lesson",
           """
Hi Ruby,

I waited for you at two yesterday for your motorway driving lesson. I'm afraid missed lessons are charged at half price.

How about Monday 8 November, same time?

Alastair
""", "'charged at half price' invents a fee (no policy)")),
    (A, bad("policy_invented", S(L, "late_cancellation", "Harvey Penhaligon", "Isla Fenwick", "formal", "new",
             meeting="Wine tasting at the estate", at="Monday 14 December at 17:00",
             props=["Monday 21 December at 17:00"]),
           "Your tasting: new date",
           """
Dear Mr Penhaligon,

Thank you for letting us know about yesterday's tasting. Please note that we require two days' notice for cancellations, otherwise the booking is charged in full.

We would be happy to welcome you on Monday 21 December at 5 pm.

Kind regards,
Isla Fenwick
""", "'two days' notice ... charged in full' invents a policy (none given)")),
    (B, bad("number_invented", S(L, "decline", "Percival Onslow", "Daisy Chakraborty", "formal", "new",
             meeting="Tasting for the wedding dinner", at="Tuesday 2 February at 17:00"),
           "Tasting on 2 February",
           """
Dear Mr Onslow,

Thank you for the invitation to the tasting on Tuesday 2 February at 5 pm, which I am unable to attend. Our budget for the dinner remains around £4,500 should you wish to send a proposal.

Kind regards,
Daisy Chakraborty
""", "budget '£4,500' nobody gave")),
    (C, bad("number_invented", S(L, "switch_to_email", "Marcus Whitlock", "Joanna Szymańska", "formal", "regular",
             meeting="Meeting about the roof repair quote", at="Monday 22 March at 14:00", reason="the quote is nearly ready"),
           "Roof repair quote by email",
           """
Dear Mr Whitlock,

As the quote is nearly ready, I suggest we replace Monday's meeting with email. Please return the signed form by 31 March so the team can book the scaffolding.

Kind regards,
Joanna Szymańska
""", "deadline '31 March' nobody gave")),
    (D, bad("discount_invented", S(L, "late_cancellation", "Lady Arabella Finchley", "Tristram Oakes", "formal", "key",
             meeting="Styling consultation for the gala", at="Tuesday 6 July at 10:00",
             props=["Thursday 15 July at 10:00"], reason="the client has asked for a discount"),
           "Styling consultation: new date",
           """
Dear Lady Arabella,

Thank you for your message about Tuesday. We can hold the styling consultation for the gala on Thursday 15 July at 10 am, and as a gesture of goodwill I will take 10% off that session.

Kind regards,
Tristram Oakes
""", "10 % discount licensed only by the reason")),
    (E, bad("discount_invented", S(L, "decline", "Freddie Langstaff", "Molly Eastwood", "friendly", "regular",
             meeting="Dinner to taste the new wine list", at="Friday 12 November at 20:00"),
           "Friday dinner",
           """
Hi Freddie,

I can't make the dinner to taste the new wine list on Friday, sorry! Next time your delivery's on me, free of charge, to make up for it.

Molly
""", "free delivery offer nobody gave")),
    (A, bad("link_invented", S(L, "switch_to_email", "Octavia Brackenbury", "Samir Haddad", "formal", "regular",
             meeting="Tenancy agreement review", at="Friday 18 December at 09:00", reason="the document is ready"),
           "Tenancy agreement: review by email",
           """
Dear Ms Brackenbury,

The document is ready, so I suggest we skip Friday's meeting and do the tenancy agreement review by email. You can find the draft here: https://share.haddad-lettings.co.uk/tenancy-draft

Kind regards,
Samir Haddad
""", "file link nobody gave")),
    (B, bad("link_invented", S(L, "reschedule", "Lorcan Dempsey", "Edith Marchetti-Shaw", "friendly", "new",
             meeting="Shop fit-out consultation", at="Monday 1 February at 15:00"),
           "Shop fit-out: another day",
           """
Hi Lorcan,

I can't do Monday afternoon any more for the shop fit-out consultation. Feel free to pick another slot that suits you on my calendar: calendly.com/edith-ms/fitout

Best,
Edith
""", "booking link nobody gave")),
    (C, bad("email_invented", S(L, "delegate", "Dr Bethany Coleridge", "Nathaniel Purcell", "formal", "regular",
             meeting="ISO certification renewal meeting", at="Friday 26 March at 11:00", col="Laura Whitcombe"),
           "ISO renewal: Laura Whitcombe will attend",
           """
Dear Dr Coleridge,

I will be travelling on Friday 26 March; my colleague Laura Whitcombe will take the ISO certification renewal meeting at 11. You can reach her directly at laura.whitcombe.quality@gmail.com.

Kind regards,
Nathaniel Purcell
""", "colleague's private address nobody gave")),
    (D, bad("email_invented", S(L, "cancellation_policy", "Hugo Fennimore", "Zara Attwood", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Our cancellation terms",
           """
Dear Mr Fennimore,

Our terms are simple: cancellations with less than 24 hours' notice are charged at 50% of the fee. To cancel, just write to bookings@attwood-studio.co.uk.

Kind regards,
Zara Attwood
""", "bookings address nobody gave")),
    (E, bad("phone_invented", S(L, "switch_to_call", "Cressida Vane", "Tobias Ellery", "formal", "regular",
             meeting="Update on the probate file", at="Wednesday 10 November at 15:00"),
           "Probate update: by phone",
           """
Dear Ms Vane,

For Wednesday's update on the probate file, we could simply speak by phone at 3 pm. Do ring me on 0161 496 0732.

Kind regards,
Tobias Ellery
""", "phone number nobody gave")),
    (A, bad("phone_invented", S(L, "no_show_followup", "Jude Calloway", "Nadia Fairclough", "friendly", "regular",
             meeting="Pool training session", at="Monday 14 December at 07:00"),
           "Yesterday's swim",
           """
Hi Jude,

Didn't see you at the pool at seven yesterday, everything alright? Drop me a text on 07700 900417 when you want to catch up on the session.

Nadia
""", "phone number nobody gave")),
    (B, bad("title_or_company_invented", S(L, "shorten", "Gwendolyn Ashby", "Reuben Kowalczyk", "formal", "regular",
             meeting="Quality metrics progress meeting", at="Wednesday 3 February at 14:00", dur=20),
           "Quality metrics meeting: shorter",
           """
Dear Ms Ashby,

May I suggest we cut Wednesday's quality metrics progress meeting at 2 pm down to twenty minutes? The numbers look good.

Kind regards,
Reuben Kowalczyk
Head of Quality, Kowalczyk Engineering Ltd
""", "title and company nobody gave")),
    (C, bad("name_near_miss", S(L, "decline", "Rosamund Threlkeld", "Vikram Sandhu", "formal", "new",
             meeting="Presentation of the group health plan", at="Wednesday 24 March at 15:00"),
           "Group health plan presentation",
           """
Dear Ms Threlkield,

Thank you for offering to present the group health plan on Wednesday 24 March. We shall not be taking this further at present.

Kind regards,
Vikram Sandhu
""", "'Threlkield' for Threlkeld (one letter added)")),
    (D, bad("place_changed", S(L, "reschedule", "Morwenna Treloar", "Caspar Elphick", "formal", "key",
             meeting="Visit to the Lancaster plant", at="Friday 9 July at 09:00",
             props=["Tuesday 13 July at 09:00"], reason="a production fault"),
           "Plant visit: moving to 13 July",
           """
Dear Ms Treloar,

A production fault means we must move the visit to the Preston plant from Friday 9 July. Could we do Tuesday 13 July at the same time?

Kind regards,
Caspar Elphick
""", "Lancaster changed to Preston")),
    (E, bad("foreign_paragraph", S(L, "switch_to_email", "Alistair Moncrieff", "Leonie Hartigan", "formal", "regular",
             meeting="Annual report walkthrough", at="Monday 8 November at 15:00"),
           "Annual report: in writing",
           """
Dear Mr Moncrieff,

I suggest we handle Monday's annual report walkthrough in writing rather than in person.

Le enviaré mis comentarios antes del miércoles para que pueda revisarlos con tranquilidad.

Kind regards,
Leonie Hartigan
""", "second paragraph in Spanish")),
]
