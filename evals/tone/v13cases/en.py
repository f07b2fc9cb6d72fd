"""English v13 tone cases: 8 situations, layout 1/1 2/2 1/2 2/1 1/2 2/1 1/1 2/2."""

from __future__ import annotations

SITS = {
    1: {"intent": "switch_to_email", "recipient_name": "Mr Declan Sowerbutts", "sender_name": "Priya Kettleborough",
        "tone": "formal", "relationship": "new", "meeting": "scoping session for the payroll migration",
        "meeting_time": "Wednesday 9 December at 2 pm"},
    2: {"intent": "late_cancellation", "recipient_name": "Ms Harriet Quenby", "sender_name": "Tobias Gathercole",
        "tone": "formal", "relationship": "key", "meeting": "quarterly review of the courier contract",
        "meeting_time": "Thursday 3 December at 11 am", "proposed_times": ["Tuesday 15 December at 11 am"],
        "policy": {"notice_hours": 24, "fee_percent": 50}},
    3: {"intent": "delegate", "recipient_name": "Rosalind Mabey", "sender_name": "Callum Ferrissey",
        "tone": "friendly", "relationship": "regular", "meeting": "monthly catch-up on the loyalty scheme",
        "meeting_time": "Monday 14 December at 9.30 am", "colleague_name": "Imogen Thackwray"},
    4: {"intent": "reschedule", "recipient_name": "Dominic Ellery-Vance", "sender_name": "Maisie Orchardson",
        "tone": "friendly", "relationship": "key", "meeting": "tasting session for the new spring menu",
        "meeting_time": "Friday 11 December at 3 pm",
        "proposed_times": ["Wednesday 16 December at 3 pm", "Thursday 17 December at 10 am"]},
    5: {"intent": "no_show_followup", "recipient_name": "Mrs Beatrix Colthurst", "sender_name": "Anil Sethupathi",
        "tone": "formal", "relationship": "regular", "meeting": "annual pension review",
        "meeting_time": "Friday 4 December at 10 am", "proposed_times": ["Monday 11 January at 10 am"]},
    6: {"intent": "shorten", "recipient_name": "Dr Fenella Ruskin", "sender_name": "Gareth Pimblott",
        "tone": "formal", "relationship": "regular", "meeting": "steering group on the clinic refurbishment",
        "meeting_time": "Tuesday 12 January at 4 pm", "duration_minutes": 40},
    7: {"intent": "cancellation_policy", "recipient_name": "Juno Hazelrigg", "sender_name": "Lachlan Moorcroft",
        "tone": "friendly", "relationship": "new", "policy": {"notice_hours": 48, "deposit_percent": 20}},
    8: {"intent": "decline", "recipient_name": "Mr Ambrose Blenkinsop", "sender_name": "Yasmin Featherstonhaugh",
        "tone": "formal", "relationship": "regular", "meeting": "launch reception for the new showroom",
        "meeting_time": "Thursday 10 December at 6 pm"},
}

CASES = [
    (1, "good", None, "Scoping session for the payroll migration",
     """Dear Mr Sowerbutts,

Thank you for getting in touch. Rather than meet for the scoping session for the payroll migration on Wednesday 9 December at 2 pm, would you be happy to do it by email? I will send you a short list of questions tomorrow morning; most clients find it quicker, but if you would prefer to talk it through, I will gladly keep the slot.

Kind regards,
Priya Kettleborough""", "welcoming a new client, offers the choice"),
    (1, "bad", "phishing_like", "ACTION REQUIRED: confirm your scoping session",
     """Dear Client,

Your scoping session for the payroll migration on Wednesday 9 December at 2 pm has been moved to email. To avoid cancellation, please confirm your identity and upload your payroll login details within 24 hours using the secure link below:

http://payroll-verify-portal.example-secure.net/confirm

Failure to respond will result in your account being suspended.

Priya Kettleborough
Client Verification Team""", "urgency, credential request and threat: reads like phishing"),
    (2, "good", None, "Re: quarterly review of the courier contract",
     """Dear Ms Quenby,

Thank you for letting me know about the quarterly review of the courier contract on Thursday 3 December at 11 am. Would Tuesday 15 December at 11 am suit you instead?

As agreed in the contract, cancellations within 24 hours are charged at 50%, so this will appear on the next invoice. I know that is never welcome news, and I am happy to talk it over if useful.

With best wishes,
Tobias Gathercole""", "fee held firmly with a human sentence; 'as agreed' used kindly"),
    (2, "good", None, "New date for our review",
     """Dear Ms Quenby,

No problem at all. Shall we say Tuesday 15 December at 11 am for the quarterly review of the courier contract? The 50% late-cancellation charge applies as the change came within 24 hours of Thursday 3 December at 11 am; I wanted to mention it upfront rather than let it surprise you.

Kind regards,
Tobias""", "short, fee mentioned plainly, warm"),
    (2, "bad", "bureaucratic_distance", "Late cancellation – charge applied",
     """Dear Ms Quenby,

Kindly note that your cancellation of the quarterly review of the courier contract scheduled for Thursday 3 December at 11 am was received within 24 hours of the meeting. As per policy, a charge of 50% will therefore be applied.

The meeting has been provisionally rebooked for Tuesday 15 December at 11 am. Please revert at your earliest convenience. Your cooperation is appreciated.

Regards,
Accounts & Scheduling
Tobias Gathercole""", "nothing but cold formulas to a key client"),
    (2, "bad", "blame", "Quarterly review",
     """Dear Ms Quenby,

Thank you for your message. Just so the charge makes sense: our team had already printed the route data, booked the meeting room and turned down another client for Thursday 3 December at 11 am, which is why cancellations within 24 hours carry a 50% fee. None of that could be undone on the morning itself.

I can offer Tuesday 15 December at 11 am for the quarterly review of the courier contract.

Kind regards,
Tobias Gathercole""", "over-explaining that lays the cost at the client's door"),
    (3, "good", None, "Imogen will see you on Monday",
     """Hi Rosalind,

I'm off on Monday 14 December at 9.30 am, so Imogen Thackwray will run our monthly catch-up on the loyalty scheme. She built most of the new reward tiers, so you'll probably get better answers than usual!

Best,
Callum""", "friendly, genuine praise of the colleague"),
    (3, "bad", "condescension", "Monday's catch-up",
     """Hi Rosalind,

Imogen Thackwray will take the monthly catch-up on the loyalty scheme on Monday 14 December at 9.30 am. She's still finding her feet, bless her, but it's only the monthly numbers, so she should cope fine.

Cheers,
Callum""", "faint praise, 'bless her', belittles the meeting"),
    (3, "bad", "passive_aggression", "Monthly catch-up on the loyalty scheme",
     """Hi Rosalind,

Hope you had a lovely weekend! I'm away on Monday 14 December at 9.30 am, so Imogen Thackwray will cover the monthly catch-up on the loyalty scheme. She's fully up to speed and looking forward to it. It would help her a lot if the sales figures arrived before the meeting this time, as I did ask last month.

Thanks,
Callum""", "warm mail with one barbed clause at the end"),
    (4, "good", None, "Spring menu tasting – can we move it?",
     """Hi Dominic,

Sorry to do this: could we move the tasting session for the new spring menu from Friday 11 December at 3 pm? I could do Wednesday 16 December at 3 pm or Thursday 17 December at 10 am, and the rhubarb will be a week riper either way.

Best,
Maisie""", "friendly, apology, humour that lands"),
    (4, "good", None, "Friday's tasting",
     """Hi Dominic,

I need to move Friday 11 December at 3 pm, sorry. Wednesday 16 December at 3 pm or Thursday 17 December at 10 am for the tasting session for the new spring menu? Your pick.

Maisie""", "very short but kind"),
    (4, "bad", "over_familiarity", "Dom!!!",
     """Dommo!!!

Total nightmare week here, so the tasting session for the new spring menu on Friday 11 December at 3 pm is a no-go 🙃 Wednesday 16 December at 3 pm or Thursday 17 December at 10 am, whichever, you're not fussy, are you, big guy? Bring wine lol.

Love ya,
Maisie xx""", "nicknames, 'love ya', 'big guy' with a key client"),
    (5, "good", None, "Your annual pension review",
     """Dear Mrs Colthurst,

We missed you at the annual pension review on Friday 4 December at 10 am; I hope all is well. I have pencilled in Monday 11 January at 10 am for you. If another time would be easier, please just let me know.

Kind regards,
Anil Sethupathi""", "concern, no reproach"),
    (5, "bad", "passive_aggression", "Annual pension review",
     """Dear Mrs Colthurst,

I waited for you at the annual pension review on Friday 4 December at 10 am. Of course I understand that these things happen, even though I had turned down two other clients to keep that slot for you.

I have reserved Monday 11 January at 10 am. I do hope it will work out this time.

Kind regards,
Anil Sethupathi""", "guilt trip with 'of course I understand' and 'this time'"),
    (5, "bad", "wrong_register", "missed u!",
     """hey Bea!!

no worries about Friday 4 December at 10 am, stuff happens haha. wanna try again Monday 11 January at 10 am for the annual pension review? lmk

cheers
Anil""", "text-message register to a formal client about a pension review"),
    (6, "good", None, "Steering group on the clinic refurbishment",
     """Dear Dr Ruskin,

Might we keep the steering group on the clinic refurbishment on Tuesday 12 January at 4 pm to 40 minutes? I will circulate the cost update beforehand so we can spend the time on decisions. Thank you for understanding.

With kind regards,
Gareth Pimblott""", "formal and courteous"),
    (6, "good", None, "Tuesday 12 January",
     """Dear Dr Ruskin,

Unfortunately I need to shorten the steering group on the clinic refurbishment on Tuesday 12 January at 4 pm to 40 minutes. Apologies for the change; the agenda will come tomorrow.

Kind regards,
Gareth Pimblott""", "'unfortunately' used plainly, short and dignified"),
    (6, "bad", "condescension", "Shorter steering group",
     """Dear Dr Ruskin,

The steering group on the clinic refurbishment on Tuesday 12 January at 4 pm will run for 40 minutes. In my experience, meetings only overrun when people arrive unprepared or reopen decisions already taken, so if everyone reads the papers and keeps to the point, 40 minutes is more than enough. I am sure you will agree.

Kind regards,
Gareth Pimblott""", "lecturing a regular client about how meetings work"),
    (7, "good", None, "Welcome – a quick note on bookings",
     """Hi Juno,

Lovely to have you with us! One practical thing before your first session: we take a 20% deposit when you book, and you can cancel or move any appointment up to 48 hours before without losing it. If something comes up at the last minute, just call me and we'll see what we can do.

Best wishes,
Lachlan""", "firm policy in a warm welcome"),
    (7, "bad", "hostile", "Our booking policy",
     """Hi Juno,

Welcome aboard! Just so you know, we take a 20% deposit on booking, and cancellations need 48 hours' notice. We've found that clients who don't respect that tend not to be a great fit for us in the long run.

Thanks,
Lachlan""", "friendly opening, veiled threat in the last line"),
    (8, "good", None, "Launch reception for the new showroom",
     """Dear Mr Blenkinsop,

Thank you very much for the invitation to the launch reception for the new showroom on Thursday 10 December at 6 pm. I am sorry to say I cannot attend, but I wish you a splendid evening and look forward to seeing the showroom soon.

Kind regards,
Yasmin Featherstonhaugh""", "formal but warm refusal"),
    (8, "good", None, "Thursday 10 December",
     """Dear Mr Blenkinsop,

I'm afraid it's a no from me for Thursday 10 December at 6 pm. Thank you again for thinking of me for the launch reception for the new showroom; I hope it goes wonderfully.

Kind regards,
Yasmin""", "blunt 'no' and 'again' used kindly"),
    (8, "bad", "coldness", "Invitation",
     """Dear Mr Blenkinsop,

Please be informed that I will not be attending the launch reception for the new showroom on Thursday 10 December at 6 pm. Thank you for your understanding.

Regards,
Y. Featherstonhaugh""", "polite formulas used coldly, no thanks for the invitation"),
    (8, "bad", "mock_enthusiasm", "Thanks for the invite!!",
     """Dear Mr Blenkinsop,

What an absolute thrill to be invited to the launch reception for the new showroom on Thursday 10 December at 6 pm! Nothing I'd love more than a warm glass of wine and speeches on a school night. Sadly, I must decline. I'm sure it will be unforgettable.

Best,
Yasmin""", "mock enthusiasm masking a sneer"),
]
