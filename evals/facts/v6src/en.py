"""English v6 records: 20 correct, 20 flawed (one fault each), written out by hand."""

from __future__ import annotations

from v2src._rec import S, bad, ok

T1, T2, T3, T4, T5 = "2026-12-21", "2027-02-23", "2027-05-26", "2027-08-31", "2027-10-20"

RECORDS = [
    # ------------------------------------------------------------------ correct
    (T5, ok(S("en", "reschedule", "Dr Imogen Ashcroft", "Callum Rennie", "formal", "key",
              meeting="Clinical governance review for the Harrogate clinic", at="Thursday 21 October at 2:30 pm",
              props=("Tuesday 26 October at 2:30 pm", "Thursday 28 October at 9:00 am"),
              reason="our audit data will not be ready in time"),
            "Clinical governance review – two new options",
            """
Dear Dr Ashcroft,

I'm afraid the audit data for the clinical governance review of the Harrogate clinic won't be ready by tomorrow, and I'd rather not waste your afternoon on half the picture.

Could we move it to either:
- Tues 26th October, same time (2.30 pm), or
- Thurs 28th October at 9 in the morning?

Apologies for the short notice, and thank you for bearing with us.

Kind regards,
Callum Rennie
""", "correct: 'Dr' + surname, 'Tues 26th … same time (2.30 pm)', 'Thurs 28th … 9 in the morning', idiom 'half the picture', 'short notice' (no policy)")),
    (T2, ok(S("en", "reschedule", "Freddie Okonkwo", "Harriet Lomax", "friendly", "regular",
              meeting="Menu tasting for the spring launch", at="Friday 26 February at 4:00 pm",
              props=("Wednesday 3 March at 4:00 pm",), reason="our pastry chef is off sick"),
            "Tasting – can we push to next Weds?",
            """
Hi Freddie,

Bad news, I'm afraid: our pastry chef is off sick, and a menu tasting without the desserts would be a bit sad. Could we push it to next Wednesday, the 3rd, at four?

Cheers,
Harriet
""", "correct: 'next Wednesday, the 3rd, at four' for 4:00 pm")),
    (T1, ok(S("en", "reschedule", "Prof. Alasdair Brodie", "Yasmin Qureshi", "formal", "new",
              meeting="Advisory board induction", at="Wednesday 23 December at 11:00 am",
              props=("Monday 11 January at 11:00 am",)),
            "Advisory board induction – Monday 11 January",
            """
Dear Professor Brodie,

I am sorry to say that I need to move your advisory board induction, which we had planned for Wednesday. Would Monday 11 January at 11 o'clock suit you instead?

With best wishes for the holidays,

Yasmin Qureshi
""", "correct: 'Professor' for Prof., '11 o'clock'")),
    (T4, ok(S("en", "reschedule", "Bethany Carrick", "Owain Pritchard", "formal", "regular",
              meeting="Quarterly review of the Cardiff fit-out", at="Thursday 2 September at 10:00 am",
              props=("Monday 6 September at 3:00 pm",), reason="the site inspection was brought forward"),
            "Cardiff fit-out review",
            """
Dear Bethany,

The site inspection has been brought forward to Thursday morning, so I need to move our quarterly review of the Cardiff fit-out. Would Monday 6 September at three in the afternoon work for you?

Best regards,
Owain
""", "correct: first name in formal but warm mail, sender signs first name only, 'three in the afternoon'")),
    (T3, ok(S("en", "decline", "Marcus Fairweather", "Priya Ramaswami", "formal", "new",
              meeting="Introductory call about your payroll platform", at="Thursday 3 June at 1:00 pm",
              reason="we signed a three-year contract with our current provider last month"),
            "Your call on 3 June",
            """
Dear Mr Fairweather,

Thank you for getting in touch about your payroll platform. We signed a three-year contract with our current provider only last month, so I don't think an introductory call on the 3rd would be a good use of your time.

I'll keep your details on file.

Kind regards,
Priya Ramaswami
""", "correct: 'three-year contract' from the reason, 'on the 3rd'")),
    (T1, ok(S("en", "decline", "Siobhan Kearney", "Tom Beresford", "friendly", "key",
              meeting="New Year's Eve drinks at the gallery", at="Thursday 31 December at 7:00 pm",
              reason="I'll be in Edinburgh with family"),
            "NYE drinks",
            """
Hi Siobhan,

Thanks so much for thinking of me! I'll be up in Edinburgh with family over New Year, so I'll have to miss the drinks at the gallery. Raise one for me at midnight!

All the best,
Tom
""", "correct: 'at midnight' is an idiom for the toast, not a meeting time; no new fact")),
    (T2, ok(S("en", "shorten", "Gareth Holloway", "Nadia Petrova", "formal", "regular",
              meeting="Supplier scorecard review", at="Thursday 4 March at 9:30 am", dur=45),
            "Supplier scorecard review – 45 minutes?",
            """
Dear Mr Holloway,

Would you mind if we kept the supplier scorecard review on Thursday 4 March to three quarters of an hour? I'll circulate the scores beforehand so we can go straight to the actions.

Kind regards,
Nadia Petrova
""", "correct: 'three quarters of an hour' and '45 minutes' for 45, 'Thursday 4 March'")),
    (T4, ok(S("en", "shorten", "Lily Ainsworth", "Jake Moorcroft", "friendly", "regular",
              meeting="Planning chat for the autumn fair", at="Wednesday 1 September at 12:30 pm", dur=20),
            "Quick one tomorrow?",
            """
Hey Lily,

Can we make tomorrow's planning chat for the autumn fair a quick twenty-minute one at half twelve? I've got the stall list sorted, so it should be two minutes' work to sign off.

Ta,
Jake
""", "correct: 'half twelve' for 12:30, 'twenty-minute', idiom 'two minutes' work'")),
    (T5, ok(S("en", "switch_to_call", "Mr Desmond Achebe", "Rosalind Hart", "formal", "key",
              meeting="Portfolio review at our Leeds office", at="Monday 25 October at 11:00 am",
              props=("Monday 25 October at 4:00 pm",), reason="the rail strike on Monday"),
            "Portfolio review – by phone on Monday",
            """
Dear Mr Achebe,

With the rail strike on Monday, I'd hate for you to struggle to reach our Leeds office. Shall we hold the portfolio review by phone instead, later the same day at 4 pm?

I'll call you then, unless you'd prefer a video link.

Yours sincerely,
Rosalind Hart
""", "correct: 'later the same day at 4 pm', 'video link' offered in words, no link given")),
    (T3, ok(S("en", "switch_to_call", "Ellie Thwaites", "Sam Gallagher", "friendly", "regular",
              meeting="Catch-up on the allotment rota", at="Friday 28 May at 6:00 pm",
              props=("Monday 31 May at 6:30 pm",)),
            "Rota – phone instead?",
            """
Hi Ellie,

No need to meet up for the allotment rota, honestly; a quick phone call will do. I'll ring you Monday at half six if that's OK?

Sam
""", "correct: 'Monday at half six' for 6:30 pm")),
    (T1, ok(S("en", "switch_to_email", "Mrs Pauline Whitcombe", "Ravi Chandrasekar", "formal", "regular",
              meeting="Year-end pension statement review", at="Tuesday 29 December at 2:00 pm",
              reason="only two figures have changed since last year"),
            "Your pension statement",
            """
Dear Mrs Whitcombe,

Only two figures have changed since last year's statement, so rather than ask you to come in on the 29th, I'll set them out for you by email. You can then reply with any questions at your leisure.

Warm regards,
Ravi Chandrasekar
""", "correct: 'two figures' from the reason, 'on the 29th'")),
    (T2, ok(S("en", "switch_to_email", "Connor McAllister", "Bronwen Lloyd", "formal", "key",
              meeting="Licensing terms discussion", at="Monday 1 March at 10:00 am",
              props=("Tuesday 9 March at 10:00 am",)),
            "Licensing terms – in writing first",
            """
Dear Connor,

I'd suggest we handle the licensing terms by email first, rather than meeting on Monday: it will give your legal team time to read the draft properly. If anything still needs talking through, I'm free on Tuesday 9 March at 10 am.

Best wishes,
Bronwen Lloyd
""", "correct: 'your legal team' is the recipient's side in general, not a new fact; '10 am'")),
    (T4, ok(S("en", "delegate", "Hugh Pendleton", "Aisha Bello", "formal", "regular",
              meeting="Handover of the Bristol warehouse lease", at="Wednesday 8 September at 9:00 am",
              col="Kieran Dunphy", reason="I'm on jury service that week"),
            "Bristol lease handover",
            """
Dear Mr Pendleton,

I've been called for jury service that week, so my colleague Kieran Dunphy will take you through the handover of the Bristol warehouse lease on Wednesday 8 September at 9 am. He has worked on the file with me from the start.

Kind regards,
Aisha Bello
""", "correct: colleague full name, 'Wednesday 8 September at 9 am'")),
    (T5, ok(S("en", "delegate", "Georgia Flint", "Ollie Hutchinson", "friendly", "key",
              meeting="Photo shoot for the winter brochure", at="Wednesday 27 October at 8:00 am",
              col="Zara Mendes"),
            "Next Weds – Zara's got you",
            """
Morning Georgia!

I can't make the winter brochure shoot next Weds after all, but Zara will be there at 8 sharp with all the kit. She's brilliant; you're in safe hands.

Ollie
""", "correct: colleague by first name, '8 sharp', 'next Weds' (27 Oct, today Wed 20)")),
    (T2, ok(S("en", "no_show_followup", "Nathan Greaves", "Chloe Whitaker", "formal", "new",
              meeting="Mortgage consultation", at="Monday 22 February at 5:00 pm",
              props=("Thursday 25 February at 5:00 pm", "Friday 26 February at 12:00 pm")),
            "Yesterday's mortgage consultation",
            """
Dear Mr Greaves,

I was sorry to miss you at yesterday's mortgage consultation at 5 pm; I hope nothing is wrong.

If you would still like to meet, I can see you on Thursday at the same time, or on Friday at midday.

Kind regards,
Chloe Whitaker
""", "correct: past meeting 'yesterday', 'same time', 'midday' for 12:00 pm")),
    (T3, ok(S("en", "no_show_followup", "Kayleigh Doherty", "Ben Ashworth", "friendly", "regular",
              meeting="Guitar lesson", at="Monday 24 May at 7:00 pm",
              props=("Thursday 27 May at 7:00 pm",), pol={"notice_hours": 24, "fee_percent": 50}),
            "Missed you Monday",
            """
Hi Kayleigh,

Missed you at your guitar lesson on Monday evening. Hope all's well! Want to catch up tomorrow at 7?

Just a gentle reminder that lessons cancelled with less than a day's (24 hours') notice are charged at half the fee (50%).

Ben
""", "correct: 'tomorrow at 7' (27 May, today Wed 26), 'a day's (24 hours') notice', 'half the fee (50%)'")),
    (T5, ok(S("en", "late_cancellation", "Mr Leonard Crabtree", "Fiona Dalgleish", "formal", "key",
              meeting="Private dining booking for the board", at="Monday 18 October at 7:30 pm",
              props=("Thursday 28 October at 7:30 pm",), reason="the chairman was taken ill",
              pol={"notice_hours": 48, "fee_percent": 25, "deposit_percent": 10}),
            "Your private dining booking",
            """
Dear Mr Crabtree,

Thank you for letting us know about Monday evening; I was very sorry to hear the chairman was taken ill, and I hope he is recovering well.

We would be delighted to host the board on Thursday 28 October, again at 7.30 pm.

As our terms set out, cancellations within two days (48 hours) of a booking are charged at 25% of the menu price, and the 10% deposit is non-refundable.

Yours sincerely,
Fiona Dalgleish
""", "correct: 'two days (48 hours)', fee 25% and deposit 10% with their own terms")),
    (T4, ok(S("en", "late_cancellation", "Reece Gordon", "Megan Sutcliffe", "friendly", "regular",
              meeting="Dog grooming appointment", at="Monday 30 August at 10:00 am",
              pol={"notice_hours": 24, "fee_percent": 100}),
            "Yesterday's grooming slot",
            """
Hi Reece,

No worries about cancelling yesterday at the eleventh hour – these things happen! I do have to charge the full fee (100%) for cancellations with under 24 hours' notice, though. Just let me know when you'd like to rebook.

Megan
""", "correct: 'at the eleventh hour' idiom, 'full fee (100%)'; no other detail added")),
    (T3, ok(S("en", "cancellation_policy", "Ms Tamsin Blackwood", "Adrian Kowalski", "formal", "new",
              pol={"notice_hours": 72, "fee_percent": 50, "deposit_percent": 20}),
            "Our cancellation terms",
            """
Dear Ms Blackwood,

Welcome aboard. So that everything is clear from the outset, here are our cancellation terms:

- a 20% deposit is due on booking;
- cancellations with less than three days' (72 hours') notice are charged at half the fee, i.e. 50%.

Please don't hesitate to get in touch with any questions.

Kind regards,
Adrian Kowalski
""", "correct: policy without meeting, 'three days' (72 hours')', 'half the fee, i.e. 50%'")),
    (T1, ok(S("en", "cancellation_policy", "Jodie Marsh-Kelly", "Luke Fenwick", "friendly", "key",
              meeting="Family portrait session", at="Tuesday 5 January at 10:00 am",
              pol={"notice_hours": 48}),
            "Portrait session – a quick note",
            """
Hi Jodie,

Really looking forward to your family portrait session on Tuesday 5 January at ten! Just a quick note: if you need to move it, two days' notice (48 hours) would be great, so I can offer the slot to someone else.

Have a lovely Christmas,
Luke
""", "correct: 'two days' notice (48 hours)', no fee invented")),
    # ------------------------------------------------------------------ flawed
    (T4, bad("time_swapped", S("en", "reschedule", "Mrs Hazel Drummond-Price", "Victor Osei", "formal", "regular",
                               meeting="Annual boiler service", at="Friday 3 September at 8:00 am",
                               props=("Friday 10 September at 1:00 pm",)),
             "Annual boiler service – new time",
             """
Dear Mrs Drummond-Price,

I'm afraid I have to move your annual boiler service, currently booked for Friday 10 September at 1 pm. Would Friday 3 September at 8 am suit you instead?

Kind regards,
Victor Osei
""", "old slot (Fri 3 Sep 8 am) offered as new, new slot (Fri 10 Sep 1 pm) given as the one moved")),
    (T1, bad("time_recap_wrong", S("en", "reschedule", "Ruairi Gallagher", "Penny Stroud", "friendly", "regular",
                                   meeting="Band rehearsal for the Burns Night gig", at="Wednesday 30 December at 7:00 pm",
                                   props=("Monday 4 January at 7:00 pm", "Wednesday 6 January at 8:00 pm")),
             "Rehearsal – Mon 4th at 8?",
             """
Hi Ruairi,

I'm afraid Wednesday's rehearsal for the Burns Night gig is off. Could we do Monday 4 January at 7 or Wednesday the 6th at 8 instead?

Penny
""", "subject 'Mon 4th at 8' names a slot never offered (Monday is at 7)")),
    (T3, bad("weekday_wrong", S("en", "switch_to_email", "Ms Roberta Quinlan", "Dominic Parr", "formal", "key",
                                meeting="Renewal meeting for the cleaning contract", at="Wednesday 2 June at 3:00 pm"),
             "Contract renewal – by email",
             """
Dear Ms Quinlan,

Rather than meet on Thursday, June 2 at 3 pm, I'd suggest we handle the cleaning contract renewal by email. I'll send the revised terms shortly for your review.

Kind regards,
Dominic Parr
""", "body 'Thursday, June 2'; 2 June 2027 is a Wednesday")),
    (T2, bad("percent_swapped", S("en", "late_cancellation", "Mr Simon Aldridge", "Erin Buckley", "formal", "regular",
                                  meeting="Corporate away day at the lodge", at="Friday 19 February at 9:00 am",
                                  props=("Friday 5 March at 9:00 am",),
                                  pol={"notice_hours": 72, "fee_percent": 40, "deposit_percent": 30}),
             "Your away day",
             """
Dear Mr Aldridge,

Thank you for letting us know about last Friday's away day at the lodge. We can offer Friday 5 March at 9 am instead.

Under our terms, cancellations within 72 hours are charged at 30% of the package price, and the 40% deposit is retained.

Kind regards,
Erin Buckley
""", "fee 30% and deposit 40% swapped (given fee 40, deposit 30)")),
    (T5, bad("policy_invented", S("en", "no_show_followup", "Dylan Marchetti", "Kirsty Munro", "friendly", "new",
                                  meeting="Personal styling session", at="Friday 15 October at 2:00 pm",
                                  props=("Tuesday 26 October at 2:00 pm",)),
             "Friday's styling session",
             """
Hi Dylan,

We missed you at your personal styling session on Friday – hope everything's OK! I can fit you in on Tuesday the 26th at 2.

Just so you know for next time, missed sessions are normally charged in full, but I'll let this one go.

Kirsty
""", "'charged in full' policy in words, no policy given")),
    (T3, bad("number_invented", S("en", "reschedule", "Ms Ingrid Halvorsen", "Patrick Devlin", "formal", "key",
                                  meeting="Showroom visit for the office furniture order", at="Friday 28 May at 11:00 am",
                                  props=("Tuesday 8 June at 11:00 am",)),
             "Showroom visit – Tuesday 8 June",
             """
Dear Ms Halvorsen,

I'd like to move your showroom visit to Tuesday 8 June at 11 am, if that suits. Your quote will be held at £12,400 until then.

Kind regards,
Patrick Devlin
""", "quote '£12,400' nobody gave")),
    (T1, bad("discount_invented", S("en", "late_cancellation", "Amber Sinclair", "Neil Hargreaves", "formal", "regular",
                                    meeting="Wedding venue viewing", at="Saturday 19 December at 11:00 am",
                                    props=("Saturday 9 January at 11:00 am",),
                                    reason="she cancelled because of the snow and asked if we could do anything on price"),
             "Your venue viewing",
             """
Dear Ms Sinclair,

Thank you for letting us know about Saturday; the snow made the roads treacherous, and you were quite right not to risk it. We'd be happy to show you round on Saturday 9 January at 11 am.

As a goodwill gesture, we'll take 5% off the hire fee if you book with us.

Kind regards,
Neil Hargreaves
""", "5% off licensed only by the reason's price request")),
    (T2, bad("link_invented", S("en", "no_show_followup", "Mr Kwame Asante", "Lucy Penhaligon", "formal", "new",
                                meeting="Initial consultation about your extension plans", at="Monday 22 February at 10:00 am",
                                props=("Wednesday 3 March at 10:00 am",)),
             "Yesterday's consultation",
             """
Dear Mr Asante,

I'm sorry we didn't manage to meet yesterday for the initial consultation about your extension plans. I can offer Wednesday 3 March at 10 am, or you're welcome to pick another time at penhaligon-architects.co.uk/book.

Kind regards,
Lucy Penhaligon
""", "booking link nobody gave")),
    (T4, bad("email_invented", S("en", "delegate", "Gemma Ridley", "Alistair Booth", "formal", "regular",
                                 meeting="Energy audit of the Newcastle depot", at="Thursday 9 September at 9:00 am",
                                 col="Hamza Iqbal"),
             "Newcastle depot energy audit",
             """
Dear Ms Ridley,

I can't be there on Thursday 9 September, so my colleague Hamza Iqbal will carry out the energy audit of the Newcastle depot at 9 am as planned. You can reach him at h.iqbal@boothenergy.co.uk if anything comes up.

Kind regards,
Alistair Booth
""", "colleague's e-mail address nobody gave")),
    (T5, bad("email_invented", S("en", "switch_to_email", "Rachel Cottingham", "Joel Abernethy", "friendly", "regular",
                                 meeting="Chat about the charity quiz questions", at="Tuesday 26 October at 6:00 pm"),
             "Quiz questions over email?",
             """
Hi Rachel,

Shall we sort the charity quiz questions over email instead of meeting next Tuesday? Send your rounds to quizteam.abernethy@outlook.com and I'll pull them together.

Cheers,
Joel
""", "private e-mail address nobody gave")),
    (T3, bad("phone_invented", S("en", "switch_to_call", "Dr Felicity Ormerod", "Mark Tennant", "formal", "key",
                                 meeting="Research partnership meeting in Oxford", at="Monday 31 May at 2:00 pm",
                                 props=("Tuesday 1 June at 2:00 pm",)),
             "Partnership meeting – by phone",
             """
Dear Dr Ormerod,

Might we hold our research partnership meeting by phone on Tuesday 1 June at 2 pm, instead of meeting in Oxford on Monday? Please call me on 01865 274 903 whenever suits.

Kind regards,
Mark Tennant
""", "landline number nobody gave")),
    (T2, bad("phone_invented", S("en", "decline", "Jasper Whitfield", "Olivia Stanton", "friendly", "regular",
                                 meeting="Five-a-side charity match", at="Saturday 6 March at 3:00 pm"),
             "Saturday's match",
             """
Hi Jasper,

Gutted, but I can't make the five-a-side charity match on Saturday. Give me a ring on 07700 915 328 if you need a sub for the next one!

Olivia
""", "mobile number nobody gave")),
    (T1, bad("title_or_company_invented", S("en", "shorten", "Mr Howard Leigh", "Samira Haddad", "formal", "regular",
                                            meeting="Budget sign-off for the spring campaign", at="Tuesday 22 December at 3:00 pm",
                                            dur=30),
             "Budget sign-off tomorrow",
             """
Dear Mr Leigh,

Would you mind if we kept tomorrow's budget sign-off for the spring campaign to half an hour? I'll send the figures beforehand so we can keep it brief.

Kind regards,

Samira Haddad
Head of Marketing, Haddad Creative Ltd
""", "title and company under the signature nobody gave")),
    (T5, bad("title_or_company_invented", S("en", "reschedule", "Eilidh Fraser", "Gregor Lamont", "formal", "new",
                                            meeting="First fitting for the kilt hire", at="Friday 22 October at 11:00 am",
                                            props=("Friday 29 October at 11:00 am",)),
             "First fitting – Friday 29 October",
             """
Dear Ms Fraser,

I'm sorry to say I must move your first fitting for the kilt hire to Friday 29 October, same time (11 am). I hope that still works for you.

Kind regards,
Gregor Lamont
Master Kiltmaker
""", "job title under the signature nobody gave")),
    (T4, bad("name_near_miss", S("en", "switch_to_call", "Ms Philippa Gathercole", "Tariq Hussain", "formal", "regular",
                                 meeting="Tenancy renewal meeting", at="Monday 6 September at 4:00 pm",
                                 props=("Tuesday 7 September at 9:00 am",)),
             "Tenancy renewal – by phone",
             """
Dear Ms Gathercol,

Would you be happy to do the tenancy renewal meeting by phone instead? I could call you on Tuesday 7 September at 9 am.

Kind regards,
Tariq Hussain
""", "'Gathercol' for Gathercole (one letter dropped)")),
    (T2, bad("name_near_miss", S("en", "delegate", "Norman Featherstone", "Abigail Crowe", "formal", "key",
                                 meeting="Year-end stock count", at="Wednesday 24 February at 7:00 am",
                                 col="Lewis McKendrick"),
             "Stock count tomorrow",
             """
Dear Mr Featherstone,

Unfortunately I'm unable to attend tomorrow's year-end stock count, but my colleague Lewis McKendrik will be there at 7 am and knows the process inside out.

Kind regards,
Abigail Crowe
""", "colleague 'McKendrik' for McKendrick (one letter dropped)")),
    (T3, bad("place_changed", S("en", "decline", "Archie Lindqvist-Barnes", "Holly Baptiste", "formal", "regular",
                                meeting="Trade stand planning meeting in Birmingham", at="Thursday 3 June at 10:00 am",
                                reason="we're not exhibiting this year"),
             "Trade stand planning – 3 June",
             """
Dear Archie,

Thank you for the invitation to the trade stand planning meeting in Manchester on 3 June. As we won't be exhibiting this year, I'll have to decline, but I hope we can work together next time.

Kind regards,
Holly Baptiste
""", "the meeting is in Birmingham; the mail says Manchester")),
    (T5, bad("place_changed", S("en", "no_show_followup", "Ms Yvette Okafor", "Duncan Reeve", "formal", "new",
                                meeting="Viewing of the flat on Clifton Road", at="Monday 18 October at 5:30 pm",
                                props=("Thursday 21 October at 5:30 pm",)),
             "Monday's viewing",
             """
Dear Ms Okafor,

I waited for you on Monday at half five for the viewing of the flat on Clifton Street. I hope all is well. I can show it to you tomorrow at the same time if that suits.

Kind regards,
Duncan Reeve
""", "Clifton Road changed to Clifton Street")),
    (T1, bad("foreign_paragraph", S("en", "switch_to_call", "Mr Rupert Vane", "Chiara Lombardo", "formal", "key",
                                    meeting="Quarterly sales review in Manchester", at="Monday 28 December at 10:00 am",
                                    props=("Monday 28 December at 2:00 pm",)),
             "Sales review – phone on Monday 28 December",
             """
Dear Mr Vane,

I'd suggest we hold the quarterly sales review by phone on Monday 28 December at 2 pm, rather than meeting in Manchester that morning.

Ich schicke Ihnen die Zahlen vorab per E-Mail, damit wir direkt einsteigen können.

Kind regards,
Chiara Lombardo
""", "one paragraph in German in an English mail")),
    (T4, bad("foreign_paragraph", S("en", "cancellation_policy", "Lorna Buchanan", "Theo Marchand", "formal", "new",
                                    pol={"notice_hours": 24, "fee_percent": 50}),
             "Our cancellation policy",
             """
Dear Ms Buchanan,

Thank you for your first booking with us. Please note our cancellation policy: bookings cancelled with less than 24 hours' notice are charged at 50% of the fee.

N'hésitez pas à me contacter si vous avez la moindre question.

Kind regards,
Theo Marchand
""", "closing paragraph in French in an English mail")),
]
