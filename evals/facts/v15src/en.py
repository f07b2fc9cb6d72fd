"""v15, English: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v15src._d import A, B, C, D, E


def S(*a, **k):
    return _S("en", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Harriet Oakenfold", "Lewis Pennick", "formal", "regular",
             meeting="Annual hive inspection at Thornbury Meadow apiary", at="Thursday 19 July at 9:30",
             props=["Tuesday 24 July at 9:30", "Wednesday 25 July at 14:00"],
             reason="rain is forecast all Thursday and the bees will be too defensive to open the hives"),
           "Hive inspection: new date",
           """
Dear Mrs Oakenfold,

I'm afraid we need to move Thursday's hive inspection (9.30). The forecast shows rain all day, and opening the hives in wet weather only makes the colonies defensive.

Could either of these work instead?
- Tues 24th, same time (9.30)
- Wednesday 25 July at 2 pm

Kind regards,
Lewis Pennick
""", "correct: '9.30' for 9:30, 'Tues 24th', '2 pm' for 14:00, reason reworded")),
    (A, ok(S("decline", "Dominic Ashworth", "Priya Lanfranchi", "friendly", "key",
             meeting="Escape room design walkthrough: The Lighthouse Keeper", at="Friday 20 July at 16:00",
             reason="the puzzle locks we ordered on Monday have not arrived yet"),
           "Friday's walkthrough",
           """
Hi Dom,

Sorry to do this, but I have to call off Friday's walkthrough of The Lighthouse Keeper. The locks we ordered on Monday still haven't turned up, and a walkthrough without them would be half a room.

I'll be in touch as soon as they land.

Priya
""", "correct: weekday 'Monday' inside the retold reason, idiom 'half a room' (no policy), no time repeated")),
    (A, ok(S("shorten", "Gwendolyn Birtwistle", "Marcus Tremlow", "formal", "new",
             meeting="Consultation about Rosalind's braces (first visit)", at="Monday 23 July at 11:00", dur=30,
             reason="a colleague is on leave and I am covering her clinic that morning"),
           "Your consultation on Monday 23 July",
           """
Dear Ms Birtwistle,

Thank you for booking Rosalind's first visit with us. I can confirm the consultation on Monday 23 July at 11 am, but I will need to keep it to half an hour, as I am covering a colleague's clinic that morning while she is on leave.

Thirty minutes is plenty for a first look and to talk you both through the options. If anything is left over, we can pick it up at the next appointment.

Yours sincerely,
Marcus Tremlow
""", "correct: 'half an hour' and 'Thirty minutes' for 30, '11 am', 'first visit' from the meeting name")),
    (A, ok(S("late_cancellation", "Tobias Fairweather", "Anneliese Cutter", "formal", "regular",
             meeting="Private Hatha session at Larchwood Retreat", at="Monday 16 July at 07:00",
             props=["Monday 23 July at 07:00"], pol={"notice_hours": 24, "fee_percent": 50}),
           "Yesterday's session",
           """
Dear Mr Fairweather,

Thank you for letting us know that you couldn't make yesterday's 7 am session. As the cancellation came in with less than 24 hours' notice, half the session fee (50%) applies, in line with our policy.

We would be glad to see you next Monday, 23 July, at the same time.

Warm regards,
Anneliese Cutter
""", "correct: 'yesterday' for 16 July, 'half the session fee (50%)', 'next Monday, 23 July', '7 am'")),
    (B, ok(S("switch_to_call", "Eleanor Quist", "Rafael Montague", "formal", "key",
             meeting="Structural survey review for the Carrow Lane loft conversion", at="Thursday 23 August at 10:00",
             reason="the steel beam calculations are not back from the checker yet"),
           "Thursday: a call instead?",
           """
Dear Ms Quist,

Ahead of Thursday's review of the Carrow Lane loft conversion at 10, I'd suggest we speak by phone rather than meet on site. The independent check of the steel beam calculations isn't back yet, so a site visit would not tell us much more than a call.

I'll ring you at 10:00 on Thursday unless you'd prefer another number.

Best regards,
Rafael Montague
""", "correct: 'at 10' and '10:00', 'another number' asks, gives none")),
    (B, ok(S("switch_to_email", "Callum Drysdale", "Nadia Fenwick", "friendly", "regular",
             meeting="Check-in on the Year 8 laptop roll-out at St Aldhelm's", at="Monday 27 August at 15:30",
             reason="I'm on the road between three schools that afternoon"),
           "Laptop roll-out check-in",
           """
Hi Callum,

I'm hopping between three schools on Monday afternoon, so rather than squeeze in our 3:30 check-in on the Year 8 roll-out, shall we do it by email?

Just send me where things stand and anything that's stuck, and I'll reply the same evening.

Cheers,
Nadia
""", "correct: 'three schools' from the reason, 'Year 8' from the meeting, '3:30'")),
    (B, ok(S("no_show_followup", "Imogen Trelawney", "Saul Beckford", "friendly", "new",
             meeting="Tasting of the autumn organic veg box", at="Monday 20 August at 18:00",
             props=["Wednesday 29 August at 18:00", "Friday 31 August at 12:30"]),
           "We missed you yesterday",
           """
Hi Imogen,

We kept a seat for you at yesterday evening's tasting of the autumn box, but didn't see you. No worries at all, these things happen.

If you'd still like to try it, we're running it again on Wednesday the 29th at 6 pm, or there's a lunchtime slot on Friday 31 August at half past twelve.

See you soon, hopefully!
Saul
""", "correct: 'yesterday evening' for the past meeting, 'the 29th', 'half past twelve'")),
    (B, ok(S("cancellation_policy", "Bartholomew Greaves", "Ottilie Marsh", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 20}),
           "Our booking terms",
           """
Dear Mr Greaves,

Welcome, and thank you for choosing us. Before your first booking, here is how cancellations work:

- A deposit of 20% is taken when you book.
- You can cancel or move your appointment free of charge up to two days (48 hours) before it.

If you have any questions, simply reply to this email.

Kind regards,
Ottilie Marsh
""", "correct: 'two days (48 hours)', 20% deposit, 'free of charge' before the given notice")),
    (C, ok(S("delegate", "Philippa Ransome", "Godfrey Haldane", "formal", "key",
             meeting="Funeral arrangements meeting for Mr Arthur Ransome-Bligh", at="Friday 14 September at 11:00",
             col="Maureen Tibbits", reason="I have been called to another family at short notice"),
           "Friday's meeting",
           """
Dear Mrs Ransome,

Please accept my apologies: I have been called to another family at short notice and cannot be with you on Friday at 11 o'clock.

My colleague Maureen Tibbits will meet you instead. Maureen has arranged many services with me over the years and will take every care with the arrangements for Mr Ransome-Bligh. She already has my notes, so you won't need to go over anything twice.

With my sincere sympathy,
Godfrey Haldane
""", "correct: '11 o'clock', 'many services ... over the years' (no number), 'go over anything twice' idiom")),
    (C, ok(S("reschedule", "Rupert Castellane", "Wen Hollister", "friendly", "regular",
             meeting="Kick-off for the 12-language product manual translation", at="Monday 17 September at 9:00",
             props=["Thursday 20 September at 9:00"],
             reason="our terminology lead is off sick this week"),
           "Kick-off moved to Thursday",
           """
Hi Rupert,

Our terminology lead is off sick this week, so I'd like to push Monday's kick-off for the manual to Thursday the 20th, still at 9.

Hope that's OK with your side!

Wen
""", "correct: meeting name's '12-language' not repeated, 'Thursday the 20th', 'at 9'")),
    (C, ok(S("decline", "Lavinia Strode", "Ambrose Wilberforce-Hythe", "formal", "new",
             meeting="Introductory call about bee-friendly planting for the council verges", at="Tuesday 18 September at 14:30",
             reason="I only advise private gardens and this would be outside my expertise"),
           "Your enquiry about the council verges",
           """
Dear Ms Strode,

Thank you for thinking of me for the council verges project, and for suggesting a call on Tuesday 18 September at 2.30 pm.

I'm afraid I will have to decline. My work is limited to private gardens, and public planting on this scale is outside what I can advise on with confidence. I'd rather say so now than waste your time.

I wish you every success with the project.

Yours sincerely,
Ambrose Wilberforce-Hythe
""", "correct: '2.30 pm' for 14:30, reason paraphrased")),
    (C, ok(S("late_cancellation", "Jasper Whitcombe", "Seren Mallory", "friendly", "regular",
             meeting="Team booking of the Pharaoh's Tomb escape room", at="Tuesday 11 September at 19:00",
             pol={"notice_hours": 72, "deposit_percent": 25}),
           "Your Pharaoh's Tomb booking",
           """
Hi Jasper,

Thanks for the message about last night's booking. Because it was cancelled inside the three-day window (72 hours), we keep the 25% deposit, but there's nothing more to pay.

The tomb will still be here whenever your team fancies another go!

Seren
""", "correct: 'last night' for 11 Sep (today 12), 'three-day window (72 hours)', deposit kept")),
    (D, ok(S("switch_to_call", "Cordelia Mabbott", "Fergus Ainslie", "friendly", "key",
             meeting="Planning the staff yoga weekend at Hollins Barn", at="Wednesday 24 October at 12:00",
             reason="my car is in the garage until Friday"),
           "Tomorrow's planning chat",
           """
Hi Cordelia,

My car's in the garage till Friday, so I can't get out to Hollins Barn tomorrow. Can we do the planning by phone at noon instead?

Fergus
""", "correct: very short, 'Friday' in the reason, 'noon' for 12:00, 'tomorrow' for 24 Oct")),
    (D, ok(S("delegate", "Sebastian Pryor", "Harriet Cordingley", "formal", "regular",
             meeting="Quarterly review of the 4 primary schools' helpdesk tickets", at="Tuesday 30 October at 13:30",
             col="Dev Chaudhry"),
           "Quarterly helpdesk review",
           """
Dear Mr Pryor,

I'm writing about our quarterly review of the helpdesk tickets on Tuesday 30/10 at 1:30 pm. My colleague Dev Chaudhry will lead it in my place; he has handled most of your schools' tickets this term and knows them well.

Best regards,
Harriet Cordingley
""", "correct: '30/10', '1:30 pm', meeting name holds '4' not repeated")),
    (D, ok(S("no_show_followup", "Mirela Dunstan", "Tristram Holloway", "formal", "regular",
             meeting="Fitting of Mirela's retainer", at="Monday 22 October at 16:15",
             props=["Thursday 1 November at 16:15"], pol={"fee_percent": 30}),
           "Yesterday's retainer fitting",
           """
Dear Ms Dunstan,

We were sorry not to see you for your retainer fitting yesterday afternoon at a quarter past four. As set out in our policy, 30% of the appointment fee is charged for a missed appointment.

We have kept Thursday 1 November at the same time free for you; please let us know if it suits.

Kind regards,
Tristram Holloway
""", "correct: 'a quarter past four', 'yesterday afternoon', 30% fee stated")),
    (D, ok(S("reschedule", "Ignatius Farrow", "Beatrix Colquhoun", "formal", "new",
             meeting="Site meeting on the cracked lintel at 7 Mill Row", at="Friday 26 October at 8:00",
             props=["Monday 29 October at 8:00", "Monday 29 October at 15:00"],
             reason="the scaffolding will not be up until the weekend"),
           "Site meeting at Mill Row: Monday instead",
           """
Dear Mr Farrow,

The scaffolding at Mill Row won't be up until the weekend, so there is little point in inspecting the lintel on Friday. I'd like to move our site meeting to Monday 29 October, either first thing at 8 or in the afternoon at 3.

Please let me know which you prefer.

Yours sincerely,
Beatrix Colquhoun
""", "correct: 'first thing at 8', 'at 3' for 15:00, address number '7' not repeated")),
    (E, ok(S("cancellation_policy", "Horatio Blakemore", "Juniper Sallow", "friendly", "new",
             meeting="Weekend yoga retreat in the Brecon Beacons", at="Friday 7 December at 17:00",
             pol={"notice_hours": 168, "fee_percent": 100, "deposit_percent": 30}),
           "Your retreat booking: cancellation terms",
           """
Hi Horatio,

So glad you're joining us in the Brecon Beacons on the 7th! Just so everything is clear before then:

• The 30% deposit secures your place.
• If you need to cancel, please tell us at least a week beforehand (168 hours).
• Cancellations after that are charged in full (100%).

See you on Friday the 7th at 5 pm.

Juniper
""", "correct: 'a week (168 hours)', 'charged in full (100%)', 'the 7th'")),
    (E, ok(S("switch_to_email", "Clementine Arkwright", "Oswin Tranter", "formal", "regular",
             meeting="Review of the German and Polish subtitles for the museum film", at="Thursday 29 November at 10:30",
             props=["Monday 3 December at 10:30"], reason="the client has asked for the script changes in writing"),
           "Subtitle review: by email",
           """
Dear Ms Arkwright,

As the museum has asked for all script changes in writing, I suggest we handle Thursday's subtitle review by email rather than meeting at 10:30. I'll send you the German and Polish files with my comments, and if there is anything to discuss afterwards we can talk on Monday 3 December at half past ten.

Best wishes,
Oswin Tranter
""", "correct: 'half past ten' for 10:30, reason reworded")),
    (E, ok(S("shorten", "Thaddeus Wrenfield", "Maisie Gallacher", "friendly", "key",
             meeting="Christmas planning for the 40 organic boxes per week", at="Wednesday 5 December at 9:00",
             dur=45, reason="the delivery van has to leave at 10"),
           "Wednesday: a bit shorter",
           """
Morning Thaddeus,

Still on for Wednesday at 9! The van has to be off at 10 though, so can we keep it to three quarters of an hour? That should be enough to sort out the Christmas boxes if we stick to the big questions.

Maisie
""", "correct: 'three quarters of an hour' for 45, '10' given in the reason, '40' in the meeting name not repeated")),
    (E, ok(S("decline", "Perpetua Odhiambo", "Crispin Aldous", "formal", "key",
             meeting="Pitch for the interpreting contract at Westerleigh Crown Court", at="Friday 30 November at 14:00",
             props=["Tuesday 4 December at 14:00"],
             reason="two of our court interpreters are booked on a long trial that week"),
           "Friday 30 November",
           """
Dear Ms Odhiambo,

Thank you very much for inviting us to pitch for the Westerleigh interpreting contract. Unfortunately we cannot attend on Friday 30 November at 2 pm: two of our court interpreters are tied up on a long trial that week, and we would not want to present without them.

If the panel could see us on Tuesday 4 December at the same hour, we would be delighted to come.

Yours sincerely,
Crispin Aldous
""", "correct: 'two of our court interpreters' from the reason, 'the same hour', 'Ms' + surname")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Cressida Pembury", "Anwar Stockdale", "formal", "regular",
             meeting="Extraction of the autumn honey at Ledbury Lane", at="Wednesday 18 July at 10:00",
             props=["Friday 20 July at 10:00"], reason="the extractor needs a new bearing"),
           "Honey extraction moved",
           """
Dear Ms Pembury,

Our extractor needs a new bearing, so Friday's extraction at Ledbury Lane can't go ahead. Could we do it on Wednesday 18 July at 10 instead?

Kind regards,
Anwar Stockdale
""", "Friday (the proposed day) presented as the slot being moved, Wednesday 18 (the old slot) offered as new")),
    (A, bad("policy_invented", S("late_cancellation", "Leopold Hargreave", "Rosamund Fitch", "formal", "regular",
             meeting="Family session in the Sunken Submarine escape room", at="Sunday 15 July at 15:00",
             props=["Saturday 28 July at 15:00"]),
           "Your Sunday booking",
           """
Dear Mr Hargreave,

Thank you for letting us know about Sunday. As per our terms, bookings cancelled on the day itself cannot be refunded, but we'd be happy to welcome your family on Saturday 28 July at 3 pm instead.

Kind regards,
Rosamund Fitch
""", "'As per our terms ... cannot be refunded': a policy nobody gave (no policy in the situation)")),
    (A, bad("number_invented", S("shorten", "Ambrose Quennell", "Delphine Marr", "formal", "new",
             meeting="Braces review for Oliver Quennell", at="Thursday 26 July at 8:30", dur=20,
             reason="the clinic opens late that day"),
           "Oliver's review on Thursday",
           """
Dear Mr Quennell,

I can confirm Oliver's braces review on Thursday 26 July at 8:30. As the clinic opens late that day, the appointment will be twenty minutes rather than the usual forty-five.

Yours sincerely,
Delphine Marr
""", "'the usual forty-five' (minutes) is a number nobody gave")),
    (A, bad("title_or_company_invented", S("decline", "Serafina Colville", "Hugo Brackenbury", "formal", "new",
             meeting="Quote visit for the fire-escape stair calculations", at="Monday 23 July at 13:00",
             reason="we are fully booked until the autumn"),
           "Your stair calculations",
           """
Dear Ms Colville,

Thank you for your enquiry about the fire-escape stair. I'm sorry to say we're fully booked until the autumn, so I have to decline the visit on Monday 23 July at 1 pm.

Yours sincerely,
Hugo Brackenbury CEng MIStructE
Associate Director, Brackenbury Ayres Structural
""", "signature adds a chartered title, a job title and a company nobody gave")),
    (B, bad("time_recap_wrong", S("switch_to_call", "Winifred Catterall", "Emeka Rowntree", "friendly", "regular",
             meeting="Catch-up on the school Wi-Fi outages", at="Wednesday 22 August at 11:00",
             props=["Wednesday 22 August at 14:00"], reason="I'm stuck at the Highfield site all morning"),
           "Wi-Fi catch-up by phone",
           """
Hi Winnie,

I'm stuck at Highfield all morning, so I can't get to you for our 11 o'clock tomorrow. Could we talk it through on the phone at 2 instead?

Speak then, tomorrow at 11!

Emeka
""", "the sign-off recaps 11 (the old slot) instead of the offered 14:00")),
    (B, bad("percent_swapped", S("no_show_followup", "Barnaby Ellwood", "Constance Leigh", "formal", "regular",
             meeting="Restorative yoga class at the Lantern Studio", at="Monday 20 August at 18:30",
             props=["Monday 27 August at 18:30"], pol={"fee_percent": 50, "deposit_percent": 10}),
           "Yesterday's class",
           """
Dear Mr Ellwood,

We missed you at yesterday's restorative class. Under our policy your 50% deposit is kept and 10% of the class fee is charged for a missed session.

We'd be glad to see you next Monday, 27 August, at 6:30 pm.

Kind regards,
Constance Leigh
""", "fee and deposit percentages swapped (fee 50, deposit 10)")),
    (B, bad("discount_invented", S("reschedule", "Gideon Halloran", "Tamsin Greatorex", "formal", "key",
             meeting="Tasting for the organic box scheme's autumn menu", at="Thursday 23 August at 17:00",
             props=["Tuesday 28 August at 17:00"],
             reason="our grower's delivery is a week late and the client asked for something to make up for it"),
           "Autumn tasting moved",
           """
Dear Mr Halloran,

Our grower's delivery is running a week late, so we need to move Thursday's tasting to Tuesday 28 August, also at 5 pm.

To make up for the delay, we'll take a tenth off your next month's boxes.

With apologies,
Tamsin Greatorex
""", "the reason asks for compensation; 'a tenth off' is a discount nobody gave")),
    (B, bad("link_invented", S("switch_to_email", "Ptolemy Garside", "Annika Rowe", "friendly", "new",
             meeting="Walkthrough of the Japanese-to-English patent glossary", at="Friday 24 August at 9:30",
             reason="I've lost my voice"),
           "Glossary walkthrough by email",
           """
Hi Ptolemy,

I've completely lost my voice, so instead of our call on Friday at 9.30, could we do the glossary walkthrough by email?

I've put my comments in our shared folder: translate-hub.co/garside-glossary. Reply with any questions there and I'll answer in writing.

Best,
Annika
""", "a link nobody gave")),
    (C, bad("email_invented", S("delegate", "Honoria Blackwood", "Pascal Deverell", "formal", "regular",
             meeting="Meeting about the wording of the order of service", at="Monday 17 September at 10:00",
             col="Agnes Fothergill"),
           "Monday's meeting",
           """
Dear Mrs Blackwood,

I'm sorry that I won't be able to meet you on Monday 17 September at 10:00. My colleague Agnes Fothergill will go through the order of service with you; if you'd like to send her anything beforehand, she can be reached at agnes.fothergill@quietpath-funerals.co.uk.

With kind regards,
Pascal Deverell
""", "an e-mail address nobody gave")),
    (C, bad("weekday_wrong", S("decline", "Rowena Saltmarsh", "Idris Penhallow", "friendly", "regular",
             meeting="Swarm collection training for the village beekeeping club", at="Thursday 20 September at 18:00",
             reason="I'm away at the honey show that week"),
           "Training on Wednesday 20 September",
           """
Hi Rowena,

I'm away at the honey show that week, so I'm afraid I can't run the swarm collection training on the 20th at 6. Sorry to let the club down!

Idris
""", "subject says Wednesday 20 September; 20 Sep 2029 is a Thursday")),
    (C, bad("phone_invented", S("switch_to_call", "Percival Ngata", "Lorelei Hume", "formal", "new",
             meeting="Intake meeting for the three-day silent yoga retreat", at="Tuesday 18 September at 16:00",
             reason="the retreat centre is closed for repairs"),
           "Tuesday by phone",
           """
Dear Mr Ngata,

The retreat centre is closed for repairs this week, so I suggest we hold Tuesday's intake meeting at 4 pm by phone. I'll be on 07700 914 362 if you'd rather call me.

Kind regards,
Lorelei Hume
""", "a phone number nobody gave ('three-day' in the meeting name is the only number)")),
    (C, bad("name_near_miss", S("no_show_followup", "Octavia Brindley", "Jonah Pettifer", "friendly", "regular",
             meeting="Escape room staff training: The Clockmaker's Study", at="Monday 10 September at 9:00",
             props=["Friday 14 September at 9:00"]),
           "Monday's training",
           """
Hi Octavia,

We missed you at the Clockmaker's Study training on Monday morning. Is everything OK? There's another session this Friday, the 14th, at 9 if you can make it.

Cheers,
Jonah Pettiffer
""", "the sender's own name signed with a near miss ('Pettiffer' for Pettifer)")),
    (D, bad("place_changed", S("reschedule", "Florian Westacott", "Imelda Cray", "formal", "key",
             meeting="Load test on the footbridge at Beckford Weir", at="Thursday 25 October at 7:30",
             props=["Tuesday 30 October at 7:30"], reason="the river is too high after the storm"),
           "Load test moved to Tuesday",
           """
Dear Mr Westacott,

After the storm the river is too high for us to work safely, so we need to move Thursday's load test on the footbridge at Beckford Mill to Tuesday 30 October, again at 7:30.

Yours sincerely,
Imelda Cray
""", "the place inside the meeting changed: 'Beckford Mill' for Beckford Weir")),
    (D, bad("policy_invented", S("cancellation_policy", "Valentina Oduya", "Gilbert Askew", "formal", "new",
             pol={"deposit_percent": 25}),
           "Booking terms",
           """
Dear Ms Oduya,

Thank you for booking your orthodontic assessment with us. A 25% deposit is taken at booking and is refundable if you cancel at least a day in advance.

We look forward to meeting you.

Kind regards,
Gilbert Askew
""", "'refundable if you cancel at least a day in advance': a notice rule nobody gave (only deposit 25%)")),
    (D, bad("foreign_paragraph", S("switch_to_email", "Wilhelmina Starke", "Desmond Vanstone", "formal", "regular",
             meeting="Proofreading meeting for the Dutch-English annual report", at="Friday 26 October at 14:00",
             reason="the final layout will not be ready before Friday"),
           "Proofreading by email",
           """
Dear Ms Starke,

As the final layout won't be ready before Friday, I suggest we do the proofreading of the annual report by email instead of meeting at 2 pm.

Ik stuur u de gecorrigeerde pagina's zodra de opmaak binnen is, met mijn opmerkingen in de kantlijn.

Kind regards,
Desmond Vanstone
""", "the second paragraph is in Dutch")),
    (D, bad("time_recap_wrong", S("late_cancellation", "Marmaduke Ives", "Sunniva Lockhart", "friendly", "regular",
             meeting="Weekly hot yoga class", at="Monday 22 October at 19:00",
             props=["Wednesday 24 October at 19:00"], pol={"notice_hours": 12, "fee_percent": 100}),
           "Last night's class",
           """
Hi Marmaduke,

Sorry you couldn't make it last night. As it was cancelled with less than 12 hours' notice, the class is charged in full (100%).

There's a space in Wednesday's class at 7 if you'd like it. See you Monday at 7 then!

Sunniva
""", "the recap names Monday (the missed class) instead of Wednesday")),
    (E, bad("title_or_company_invented", S("switch_to_call", "Evander Rook", "Marguerite Lysaght", "formal", "key",
             meeting="Review of the ticket backlog for Ashgrove Academy", at="Wednesday 28 November at 15:00",
             reason="the network is down at Ashgrove and I'm on site fixing it"),
           "Tomorrow's review by phone",
           """
Dear Mr Rook,

The network at Ashgrove is down and I'm on site fixing it, so I'd suggest we go through the ticket backlog by phone tomorrow at 3 pm instead of meeting in person.

Best regards,
Marguerite Lysaght
Head of Service Delivery
""", "a job title nobody gave")),
    (E, bad("number_invented", S("decline", "Cosima Thackeray", "Barnaby Oyelowo", "formal", "new",
             meeting="Quote for translating the vineyard website into French", at="Monday 3 December at 11:00",
             reason="we do not translate into French ourselves"),
           "Your website translation",
           """
Dear Ms Thackeray,

Thank you for considering us for your vineyard's website. I'm afraid we must decline the meeting on Monday 3 December at 11:00: we don't translate into French in-house, and our partner agency needs about three weeks' notice for a project of this size.

With best wishes,
Barnaby Oyelowo
""", "'three weeks' notice' for a partner nobody mentioned: a number in words nobody gave")),
    (E, bad("discount_invented", S("no_show_followup", "Aurelio Penhaligon", "Catriona Dale", "friendly", "new",
             meeting="Taster session at the Cipher Vault escape room", at="Friday 23 November at 18:00",
             props=["Friday 7 December at 18:00"]),
           "Sorry we missed you",
           """
Hi Aurelio,

We were sorry not to see you at the taster session on Friday. If you'd still like to try the Cipher Vault, we have spaces on Friday 7 December at 6 pm, and the taster is half price for returning bookings.

Hope to see you then!

Catriona
""", "'half price for returning bookings': a discount nobody gave")),
    (E, bad("time_swapped", S("reschedule", "Hildegard Mowbray", "Caspar Featherstone", "formal", "regular",
             meeting="Inspection of the retaining wall at Orchard Rise", at="Thursday 29 November at 9:00",
             props=["Wednesday 5 December at 13:00"], reason="the excavation has been delayed by frost"),
           "Retaining wall inspection: Wednesday 5 December",
           """
Dear Mrs Mowbray,

The frost has held up the excavation at Orchard Rise, so the inspection of the retaining wall needs to move. Instead of Wednesday 5 December at 1 pm, could we meet on Thursday 29 November at 9?

Yours sincerely,
Caspar Featherstone
""", "old and new slots swapped in the body (subject right)")),
]
