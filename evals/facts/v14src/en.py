"""v14, English: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v14src._d import A, B, C, D, E


def S(*a, **k):
    return _S("en", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Philippa Ashbrittle", "Declan Mawdsley", "formal", "regular",
             meeting="Annual check-up for your spaniel Biscuit", at="Thursday 18 January at 9:30",
             props=["Tuesday 23 January at 9:30", "Wednesday 24 January at 16:15"],
             reason="our only vet is called away to a calving emergency on a farm"),
           "Biscuit's check-up: new times",
           """
Dear Mrs Ashbrittle,

I'm afraid we need to move Biscuit's annual check-up on Thursday at 9.30. Our vet has been called out to an emergency calving, and we'd rather not rush your appointment.

Could either of these work instead?
- Tues 23rd, same time
- Wednesday 24 January at a quarter past four

Apologies for the inconvenience.

Kind regards,
Declan Mawdsley
""", "correct: '9.30' for 9:30, 'Tues 23rd', 'a quarter past four' for 16:15, 'Mrs' + surname")),
    (A, ok(S("decline", "Rhys Polglase", "Imogen Threlfall", "friendly", "key",
             meeting="Vocal tracking session for the second album", at="Friday 19 January at 11:00",
             reason="the engineer tested positive for flu on Monday"),
           "Friday's session",
           """
Hi Rhys,

Bad news, I'm afraid: our engineer went down with flu on Monday and won't be back by Friday, so I have to cancel the vocal session at 11. Really sorry, I know you were on a roll.

I'll be in touch as soon as he's back on his feet.

Imogen
""", "correct: 'Monday' inside the retold reason, idioms 'on a roll', 'back on his feet'")),
    (A, ok(S("shorten", "Gwendolyn Fairbairn", "Marcus Adebanjo-Reid", "formal", "new",
             meeting="Introductory meeting on your UK tax return as a returning expat", at="Monday 22 January at 14:00",
             dur=30, reason="I have a tribunal hearing at 15:00"),
           "Our meeting on 22 January",
           """
Dear Ms Fairbairn,

I'm writing to confirm our introductory meeting on Monday 22 January at 2 pm. Unfortunately I'll have to keep it to half an hour, as I'm due at a tribunal hearing at three.

If you could bring your latest tax summary and any overseas payslips, we'll make the most of the time.

Yours sincerely,
Marcus Adebanjo-Reid
""", "correct: '2 pm', 'half an hour', 'three' from the reason")),
    (A, ok(S("no_show_followup", "Kieran Haddow", "Bethany Cruickshank", "friendly", "regular",
             meeting="Motorway driving lesson on the M8", at="Thursday 11 January at 17:00",
             props=["Friday 26 January at 17:00"]),
           "Last Thursday's lesson",
           """
Hi Kieran,

I waited for you last Thursday at 5 for the motorway lesson but you didn't turn up. Hope everything's OK!

If you'd like to make it up, I've got Friday 26 January at the same time.

Cheers,
Beth
""", "correct: past meeting 'last Thursday', 'at 5', short form of first name in signature")),
    (B, ok(S("switch_to_call", "Harriet Lemprière", "Euan Calloway", "formal", "regular",
             meeting="Site visit to review the kitchen joinery", at="Wednesday 21 February at 10:00",
             reason="the worktop samples have not arrived"),
           "Joinery review by phone",
           """
Dear Harriet,

The worktop samples I wanted to show you still haven't arrived, so there isn't much to see on site yet. Would you be happy to go through the joinery over the phone instead, at the same time on Wednesday?

I'll email the drawings beforehand.

Best regards,
Euan Calloway
""", "correct: same time by phone, no date repeated")),
    (B, ok(S("delegate", "Saoirse Mulligan", "Toby Wrenfield", "friendly", "key",
             meeting="Cake tasting for the wedding", at="Thursday 22 February at 15:30",
             col="Priya Venkatraman-Hale", reason="I'll be at a wedding fair in Harrogate"),
           "Cake tasting on Thursday",
           """
Hi Saoirse,

I'm stuck at a wedding fair in Harrogate on Thursday, but don't worry, Priya Venkatraman-Hale will look after your cake tasting at half past three. She knows exactly what you two have in mind.

Enjoy every crumb!
Toby
""", "correct: 'half past three' for 15:30")),
    (B, ok(S("late_cancellation", "Alastair Brodie", "Fenella Crane", "formal", "regular",
             meeting="Dinghy sailing course on Rutland Water", at="Saturday 17 February at 9:00",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Your cancellation of 17 February",
           """
Dear Mr Brodie,

Thank you for letting us know you could not attend the dinghy course on Saturday 17 February at 9 am. Unfortunately it reached us only shortly beforehand.

As set out in our terms, cancellations need two days' notice (48 hours); with less notice we charge half the course fee, i.e. 50%.

We would be glad to book you onto another date.

Kind regards,
Fenella Crane
""", "correct: 'two days' notice (48 hours)', 'half the course fee, i.e. 50%'")),
    (B, ok(S("cancellation_policy", "Oliver Pemberton-Shaw", "Yasmin Okafor", "formal", "new",
             pol={"notice_hours": 24, "deposit_percent": 30}),
           "Our booking terms",
           """
Dear Mr Pemberton-Shaw,

Welcome aboard! Before we book anything in, here are our terms in a nutshell:

- a 30% deposit when you place the order;
- cancellations at least 24 hours in advance.

Do let me know if anything is unclear.

Best wishes,
Yasmin Okafor
""", "correct: idiom 'in a nutshell', list")),
    (C, ok(S("reschedule", "Freya Lindqvist-Hale", "Callum Ritchie", "friendly", "regular",
             meeting="Spinnaker training on the Solent", at="Friday 16 March at 13:00",
             props=["Tuesday 20 March at 13:00", "Thursday 22 March at 10:30"],
             reason="a force 7 gale is forecast"),
           "Spinnaker training moved",
           """
Hey Freya,

They're forecasting a force 7 on Friday, so no spinnaker for us. Could you do Tuesday the 20th at 1 pm, or Thursday 22nd at 10.30?

Fair winds,
Callum
""", "correct: 'force 7' from the reason, 'the 20th', '1 pm', '10.30'")),
    (C, ok(S("switch_to_email", "Bernard Ellingham", "Nia Probert", "formal", "regular",
             meeting="Quarterly review of the rent from your 2 flats in Cork", at="Tuesday 20 March at 9:30",
             reason="the letting agent's statement already answers your questions"),
           "Your quarterly rental review",
           """
Dear Mr Ellingham,

Having read the letting agent's statement, I think it already answers the questions you raised, so there is no real need for us to meet on Tuesday 20 March at 9:30. I'll set out my comments by email instead, and you can reply whenever suits you.

Kind regards,
Nia Probert
""", "correct: meeting name with a number ('2 flats') not repeated, '9:30' as given")),
    (C, ok(S("decline", "Rosalind Achebe", "Hamish Carrow", "formal", "new",
             meeting="Site measure for the new boot room", at="Thursday 22 March at 8:00",
             reason="the builder has not finished the walls"),
           "Thursday 22 March",
           """
Dear Ms Achebe,

I'm sorry, but I'll have to cancel the site measure on Thursday 22 March at 8 o'clock: the builder hasn't finished the walls yet, so any measurements would be out by the time they're done.

I'll get back to you as soon as they're up.

Yours sincerely,
Hamish Carrow
""", "correct: '8 o'clock'")),
    (C, ok(S("no_show_followup", "Tamsin Gulliford", "Rupert Oakes", "formal", "regular",
             meeting="Post-operative check for your cat Marmalade", at="Monday 12 March at 17:45"),
           "Marmalade's check-up",
           """
Dear Ms Gulliford,

We had Marmalade booked in for a post-op check on Monday at a quarter to six, but we didn't see you. We hope she's recovering well.

Please ring the practice whenever convenient and we'll find another slot.

Kind regards,
Rupert Oakes
""", "correct: 'a quarter to six' for 17:45")),
    (D, ok(S("shorten", "Jago Trevithick", "Leonie Marchbank", "friendly", "regular",
             meeting="Mixdown session for the EP", at="Thursday 26 April at 19:00", dur=90,
             reason="the studio has to close at 9 pm"),
           "Thursday's mixdown",
           """
Hi Jago,

We're still on for Thursday at 7 pm, but we'll only have an hour and a half because the studio has to shut at nine. Bring a shortlist of what bugs you most and we'll knock it out.

See you then,
Leonie
""", "correct: 'an hour and a half' for 90, 'nine' from the reason")),
    (D, ok(S("delegate", "Cordelia Vance", "Aidan Fairweather", "formal", "regular",
             meeting="Consultation on your US-UK double taxation", at="Monday 30 April at 11:00",
             col="Ngozi Adeyemi", reason="I will be on paternity leave from late April"),
           "Your consultation on 30 April",
           """
Dear Cordelia,

I'll be on paternity leave from the end of April, so my colleague Ngozi Adeyemi will take your consultation on double taxation on Monday 30/4 at 11 am, as planned.

She has already been through your file.

Best regards,
Aidan Fairweather
""", "correct: '30/4', '11 am'")),
    (D, ok(S("reschedule", "Percival Hargreaves", "Anjali Mistry", "formal", "key",
             meeting="Fitting of the bespoke wardrobe doors", at="Wednesday 25 April at 15:00",
             props=["Wednesday 2 May at 15:00"], reason="the hinges were delivered in the wrong finish"),
           "Wardrobe fitting, one week later",
           """
Dear Mr Hargreaves,

The hinges for your wardrobe doors arrived in the wrong finish, and I'd rather not fit them only to swap them out later. Could we push the fitting back by exactly a week, to Wednesday 2 May, again at 3 pm?

My apologies for the delay.

Kind regards,
Anjali Mistry
""", "correct: 'a week' duration, '3 pm', reason paraphrased")),
    (D, ok(S("late_cancellation", "Bryony Castell", "Gideon Royle", "friendly", "regular",
             meeting="Parallel parking lesson", at="Friday 20 April at 8:00",
             props=["Thursday 3 May at 8:00"], pol={"notice_hours": 24, "fee_percent": 100}),
           "Friday's lesson",
           """
Hi Bryony,

Your text about Friday's 8 o'clock lesson came through at the last minute. As you know, lessons cancelled with less than 24 hours' notice are charged in full (100%), so I'll need to bill that one.

Shall we have another go at parallel parking on Thursday 3 May, same time?

Gideon
""", "correct: 'charged in full (100%)' with given fee, '24 hours' notice'")),
    (E, ok(S("switch_to_call", "Esme Whitlock", "Rory Blackadder", "friendly", "new",
             meeting="Studio meeting about recording your choir", at="Wednesday 6 June at 18:00",
             props=["Thursday 7 June at 18:00"], reason="the live room is being re-floored"),
           "About the choir recording",
           """
Hi Esme,

The live room is being re-floored this week, so it's not the best place to meet. How about a quick call on Thursday 7 June at 6 pm instead? Happy to talk through dates and mic set-ups then.

Cheers,
Rory
""", "correct: '6 pm'")),
    (E, ok(S("switch_to_email", "Winifred Osei", "Laurence Pickering", "formal", "regular",
             meeting="Review of the May payslips", at="Monday 11 June at 15:00",
             reason="your questions only concern holiday pay"),
           "Your payslip questions",
           """
Dear Mrs Osei,

As your questions only concern holiday pay, I suggest we handle the review planned for Monday 11 June at 3 in the afternoon by email. You'll have my answers within a couple of days.

Kind regards,
Laurence Pickering
""", "correct: '3 in the afternoon', 'a couple of days' vague")),
    (E, ok(S("decline", "Crispin Holloway", "Maisie Tregenza", "formal", "regular",
             meeting="Wine tasting for the wedding at the vineyard near Faversham", at="Friday 15 June at 14:00",
             reason="the vineyard's tasting room was flooded in last week's storm"),
           "Tasting on Friday 15 June",
           """
Dear Mr Holloway,

Last week's storm flooded the vineyard's tasting room, so I'm sorry to say the wine tasting on Friday 15 June at 2 pm can't go ahead.

I'll come back to you with another date shortly.

Kind regards,
Maisie Tregenza
""", "correct: 'last week' inside the retold reason, short formal")),
    (E, ok(S("cancellation_policy", "Verity Ashdown", "Felix Garside", "formal", "new",
             meeting="First planning meeting for your wedding", at="Tuesday 12 June at 19:30",
             pol={"notice_hours": 72, "fee_percent": 25}),
           "Cancellation terms",
           """
Dear Ms Ashdown,

I'm looking forward to our first planning meeting on Tuesday 12 June at 7.30 pm.

For completeness: you can cancel free of charge up to three days (72 hours) beforehand. After that we charge 25% of the fee.

Kind regards,
Felix Garside
""", "correct: '7.30 pm', 'three days (72 hours)', 'free of charge' before the notice")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Nathaniel Drury", "Ottilie Frayne", "formal", "regular",
             meeting="Dental scale and polish for your greyhound Pip", at="Wednesday 17 January at 11:00",
             props=["Monday 22 January at 14:30"], reason="the dental machine is being serviced"),
           "Pip's appointment",
           """
Dear Mr Drury,

Our dental machine is being serviced, so we need to move Pip's appointment from Monday 22 January at 2.30 pm to Wednesday 17 January at 11 am.

Kind regards,
Ottilie Frayne
""", "old and new time exchanged")),
    (A, bad("time_recap_wrong", S("switch_to_call", "Georgina Tallis", "Samir Khoury-Bell", "formal", "regular",
             meeting="Meeting about the acoustic treatment of the rehearsal room", at="Thursday 18 January at 10:00",
             props=["Thursday 18 January at 16:00"], reason="I am stuck on a job in Bristol"),
           "Acoustics call",
           """
Dear Georgina,

I'm stuck on a job in Bristol on Thursday. Could we talk about the acoustic treatment by phone at 4 pm that day?

Speak to you Thursday at 10, then.

Best regards,
Samir Khoury-Bell
""", "recap names the old hour 10")),
    (A, bad("weekday_wrong", S("decline", "Barnaby Quill", "Helena Storrs", "formal", "new",
             meeting="Onboarding meeting for payroll outsourcing", at="Friday 26 January at 9:00",
             reason="we are not taking on new clients until the summer"),
           "Our meeting on Thursday 26 January",
           """
Dear Mr Quill,

Thank you for your interest. Unfortunately we are not taking on new clients until the summer, so I must cancel our meeting on Friday 26 January at 9 am.

Kind regards,
Helena Storrs
""", "subject 'Thursday 26 January', a Friday")),
    (A, bad("email_invented", S("switch_to_email", "Clementine Yarrow", "Dominic Askew", "friendly", "regular",
             meeting="Chat about the mood board for the nursery", at="Friday 19 January at 12:00",
             reason="I'm off site all day"),
           "Mood board",
           """
Hi Clementine,

I'm off site all day Friday, so shall we do the mood board by email instead? Best to use my personal address, dom.askew.designs@hotmail.co.uk, as I check it more often.

Dominic
""", "personal e-mail address nobody gave")),
    (B, bad("time_swapped", S("switch_to_call", "Lorcan Byrne", "Matilda Everett", "formal", "regular",
             meeting="Review of your mock theory test results", at="Monday 26 February at 9:00",
             props=["Tuesday 27 February at 9:00"], reason="I am on an instructor refresher course on Monday"),
           "Theory review by phone",
           """
Dear Mr Byrne,

I'm on an instructor refresher course, so could we swap our review of your mock theory test on Tuesday 27 February at 9 am for a phone call on Monday 26 February at 9 am?

Kind regards,
Matilda Everett
""", "meeting and proposed time exchanged")),
    (B, bad("percent_swapped", S("late_cancellation", "Annabel Whitcombe", "Joel Barraclough", "formal", "regular",
             meeting="Design session for the loft conversion", at="Wednesday 14 February at 13:00",
             pol={"fee_percent": 35, "deposit_percent": 15}),
           "Cancellation of 14 February",
           """
Dear Ms Whitcombe,

Your design session on Wednesday 14 February was cancelled at the last minute. Under our terms we keep the 35% deposit and charge a 15% cancellation fee.

Kind regards,
Joel Barraclough
""", "deposit 15% and fee 35% exchanged")),
    (B, bad("discount_invented", S("no_show_followup", "Duncan Mackie", "Shona Ferrier", "friendly", "regular",
             meeting="Night driving lesson", at="Tuesday 13 February at 19:00",
             props=["Tuesday 27 February at 19:00"], reason="he says he forgot and asks for a goodwill gesture"),
           "Your lesson on the 13th",
           """
Hi Duncan,

No harm done, it happens! Let's catch up on Tuesday 27 February at 7 pm. And as a goodwill gesture, the rebooked lesson is on me.

Shona
""", "free lesson granted because the reason mentions a request")),
    (B, bad("link_invented", S("reschedule", "Marguerite Dunlop", "Ashok Varma", "formal", "new",
             meeting="Presentation of the living room scheme", at="Thursday 22 February at 16:00",
             props=["Friday 2 March at 16:00"], reason="the fabric samples are still in transit"),
           "Presentation moved",
           """
Dear Ms Dunlop,

The fabric samples are still in transit, so I'd like to move the presentation to Friday 2 March at 4 pm. In the meantime you can preview the scheme at varma-interiors.co.uk/clients/dunlop.

Kind regards,
Ashok Varma
""", "link nobody gave")),
    (C, bad("weekday_wrong", S("shorten", "Lachlan Ferris", "Tabitha Morrow", "formal", "regular",
             meeting="Recording the trailer for your podcast", at="Monday 19 March at 10:00", dur=60,
             reason="a band has the studio from eleven"),
           "Trailer session on Tuesday, March 19: shorter",
           """
Dear Mr Ferris,

The trailer recording on Monday 19 March at 10 am is going ahead, but we'll have an hour, as a band has booked the studio from eleven.

Kind regards,
Tabitha Morrow
""", "subject 'Tuesday, March 19', a Monday")),
    (C, bad("policy_invented", S("decline", "Imelda Soutar", "Fergus Lamont", "friendly", "regular",
             meeting="Hull check before your first solo sail", at="Wednesday 21 March at 16:30",
             reason="the harbour master has closed the slipway"),
           "No hull check Wednesday",
           """
Hi Imelda,

The harbour master has closed the slipway, so Wednesday's hull check at half four can't go ahead. As per our terms, anything you've prepaid gets refunded in full within a week.

Fergus
""", "refund rule 'as per our terms … within a week' invented")),
    (C, bad("discount_invented", S("reschedule", "Cressida Vale", "Tobias Pennock", "formal", "regular",
             meeting="Mastering session for the single", at="Thursday 15 March at 11:00",
             props=["Tuesday 20 March at 11:00"], reason="the client asks whether the delay could lower the price"),
           "Mastering session moved",
           """
Dear Ms Vale,

I need to move your mastering session to Tuesday 20 March at 11 am. To make up for the delay, we'll take a third off the session rate.

Kind regards,
Tobias Pennock
""", "discount 'a third off' in words, the reason only asks")),
    (C, bad("phone_invented", S("no_show_followup", "Ewan Drummond", "Keira Sallis", "formal", "regular",
             meeting="Vaccination for your kittens", at="Thursday 8 March at 11:00",
             props=["Monday 19 March at 11:00"]),
           "Kittens' vaccinations",
           """
Dear Mr Drummond,

We missed you at the kittens' vaccination on Thursday 8 March at 11 am. We can offer Monday 19 March at the same time; if that doesn't suit, call reception on 0131 496 0274.

Kind regards,
Keira Sallis
""", "phone number nobody gave")),
    (D, bad("time_recap_wrong", S("reschedule", "Delphine Harcourt", "Ivo Petrakis", "friendly", "regular",
             meeting="Recording the string quartet", at="Friday 27 April at 14:00",
             props=["Monday 30 April at 10:00"], reason="the cellist is ill"),
           "Quartet recording",
           """
Hi Delphine,

Our cellist is ill, so Friday's off. Can you do Monday 30 April at 10 instead?

See you Monday at 2, then!
Ivo
""", "recap 'Monday at 2' names the old hour")),
    (D, bad("link_invented", S("cancellation_policy", "Quentin Albright", "Sunita Rao", "formal", "new",
             pol={"notice_hours": 48}),
           "Our cancellation terms",
           """
Dear Mr Albright,

Please note that print jobs can be cancelled up to 48 hours before production. The full terms are on our website at rao3d.com/terms.

Kind regards,
Sunita Rao
""", "link nobody gave")),
    (D, bad("email_invented", S("delegate", "Morwenna Ellis", "Jasper Kingsley", "formal", "regular",
             meeting="Consultation on your Australian pension transfer", at="Wednesday 2 May at 14:00",
             col="Fiona McAllister", reason="I am attending a conference in Edinburgh"),
           "Consultation on 2 May",
           """
Dear Ms Ellis,

I will be at a conference in Edinburgh on 2 May, so my colleague Fiona McAllister will see you on Wednesday at 2 pm instead. You can reach her directly at f.mcallister@kingsleytax.co.uk.

Kind regards,
Jasper Kingsley
""", "colleague e-mail address nobody gave")),
    (D, bad("number_invented", S("shorten", "Anouska Pryce", "Gregor Whitlam", "formal", "regular",
             meeting="Planning meeting for next year's payroll", at="Monday 30 April at 9:00", dur=45,
             reason="I have an audit at 10"),
           "Meeting on 30 April",
           """
Dear Ms Pryce,

Our meeting on Monday 30 April at 9 am will go ahead but will be limited to three quarters of an hour, as I have an audit at 10. Please have the headcount figures for all forty employees ready.

Kind regards,
Gregor Whitlam
""", "head count 'forty employees' invented in words")),
    (E, bad("title_or_company_invented", S("switch_to_call", "Cecily Thornbury", "Raj Malhotra", "friendly", "key",
             meeting="Meeting about the table plan", at="Thursday 7 June at 18:00",
             reason="I'll be at a venue in Bath"),
           "Table plan",
           """
Hi Cecily,

I'll be at a venue in Bath on Thursday, so could we go through the table plan by phone at 6 pm?

Raj Malhotra
Senior Wedding Coordinator, Ivory & Oak Events Ltd
""", "title and company invented")),
    (E, bad("name_near_miss", S("decline", "Leopold Wintringham", "Abigail Dorsey", "formal", "regular",
             meeting="Sailing assessment for the day skipper course", at="Friday 8 June at 9:00",
             reason="the boat is out of the water for repairs"),
           "Assessment on Friday",
           """
Dear Mr Wintringam,

The boat is out of the water for repairs, so I have to cancel your assessment on Friday 8 June at 9 am.

Kind regards,
Abigail Dorsey
""", "surname Wintringam for Wintringham")),
    (E, bad("place_changed", S("delegate", "Ignatius Bowler", "Carys Llewellyn", "formal", "regular",
             meeting="Tour of the sailing school in Pwllheli", at="Wednesday 13 June at 10:00",
             col="Gethin Rowlands", reason="I am running a regatta"),
           "Tour on 13 June",
           """
Dear Mr Bowler,

I'm running a regatta on Wednesday 13 June, so my colleague Gethin Rowlands will show you round the sailing school in Abersoch at 10 am as planned.

Kind regards,
Carys Llewellyn
""", "Pwllheli changed to Abersoch")),
    (E, bad("foreign_paragraph", S("switch_to_email", "Hugo Fanshawe-Lee", "Lucia Brandt", "formal", "regular",
             meeting="Meeting about your French property tax", at="Tuesday 12 June at 16:00",
             reason="you are still at your house in Brittany"),
           "French property tax",
           """
Dear Mr Fanshawe-Lee,

As you are still in Brittany, I suggest we replace our meeting on Tuesday 12 June at 4 pm with an exchange of emails.

Je vous enverrai dès aujourd'hui la liste des documents nécessaires pour la déclaration.

Kind regards,
Lucia Brandt
""", "French paragraph in an English mail")),
]
