"""English (UK, Irish, US) client messages, written by hand (data-messages helper). Labels follow ../README.md."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]
SARAH = ("Sarah Collins", "sarah@collinsadvisory.co.uk")
TOM = ("Tom Becker", "tom@beckerconsulting.com")

MESSAGES = [
    dict(
        id="001", fmt="eml", split="dev",
        frm=("Priya Raman", "priya.raman@harcourt-group.co.uk"), to=SARAH,
        subject="Supplier review – Thursday 9 April", date="Thu, 02 Apr 2026 09:20:00 +0100",
        x_mailer="Microsoft Outlook 16.0",
        body="""Dear Sarah,

I'd like to invite you to our quarterly supplier review on Thursday 9 April at 2 pm at our Manchester office (Piccadilly Place, 5th floor). We've set aside 90 minutes and our procurement director will join us.

Could you let me know if that works for you?

Kind regards,

Priya Raman
Head of Procurement
Harcourt Group plc
T: +44 161 555 0142

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Harcourt Group plc is registered in England and Wales, no. 01234567.""",
        recipient_name="Priya Raman", sender_name="Sarah Collins", sender_name_alternatives=["Sarah"],
        meeting="our quarterly supplier review",
        meeting_alternatives=["quarterly supplier review", "supplier review", "Supplier review"],
        meeting_time="Thursday 9 April at 2 pm", meeting_time_iso="2026-04-09T14:00",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="002", fmt="txt", split="test",
        body="""Hi Tom,
Something's come up on my end – any chance we can move our catch-up about the pricing model from Tuesday at 11? I could do Wednesday 9 Dec at 3.30pm or Thursday morning, whichever suits.
Thanks and sorry for the shuffle!
Rachel

Sent from my iPhone""",
        recipient_name="Rachel", sender_name="Tom",
        meeting="our catch-up about the pricing model",
        meeting_alternatives=["catch-up about the pricing model", "the pricing model"],
        meeting_time="Tuesday at 11", meeting_time_iso="2026-12-08T11:00",
        proposed_times=["Wednesday 9 Dec at 3.30pm", "Thursday morning"],
        proposed_times_iso=["2026-12-09T15:30", "2026-12-10"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="003", fmt="eml", split="test",
        frm=("Daniel O'Connor", "daniel.oconnor@oconnor-builders.ie"), to=SARAH,
        subject="Re: Board prep session – confirmed for Thursday", date="Thu, 12 Nov 2026 07:40:00 +0000",
        in_reply_to="<CAK4n2wR8zV1@mail.gmail.com>",
        body="""Morning Sarah,

I'm really sorry to be doing this at such short notice, but I have to cancel our board prep session this morning at 10:30. We've had a flood at the Cork site overnight and I need to be there.

Can you let me know whether there's a charge for cancelling this late? Happy to cover it if so.

Would Tuesday 17 November at 10:30 work instead?

Best,
Daniel

Daniel O'Connor
Managing Director | O'Connor Builders Ltd
+353 21 555 0198""",
        quote="""On Tue, 10 Nov 2026 at 17:05, Sarah Collins <sarah@collinsadvisory.co.uk> wrote:
> Hi Daniel,
> Confirming our board prep session on Thursday 12 November at 10:30 at your Dublin office.
> Best wishes,
> Sarah""",
        recipient_name="Daniel O'Connor", recipient_name_alternatives=["Daniel"],
        sender_name="Sarah Collins", sender_name_alternatives=["Sarah"],
        meeting="our board prep session", meeting_alternatives=["board prep session", "Board prep session"],
        meeting_time="this morning at 10:30", meeting_time_iso="2026-11-12T10:30",
        proposed_times=["Tuesday 17 November at 10:30"], proposed_times_iso=["2026-11-17T10:30"],
        kind="cancellation", suggested_intents=["late_cancellation", "cancellation_policy"],
    ),
    dict(
        id="004", fmt="txt", split="dev",
        body="""Dear Ms Collins,

Please accept my apologies for missing our meeting on Friday at 3 pm. My flight back from Frankfurt was delayed by several hours and I had no way of letting you know in time.
I remain very keen to discuss the restructuring proposal. Would Thursday 10 December at 11 am or Friday 11 December at 2 pm be convenient?

With apologies again,

Richard Ashworth
Finance Director
Ashworth & Finch LLP""",
        recipient_name="Richard Ashworth", sender_name="Collins", sender_name_alternatives=["Ms Collins"],
        meeting="the restructuring proposal", meeting_alternatives=["restructuring proposal", "our meeting"],
        meeting_time="Friday at 3 pm", meeting_time_iso="2026-12-04T15:00",
        proposed_times=["Thursday 10 December at 11 am", "Friday 11 December at 2 pm"],
        proposed_times_iso=["2026-12-10T11:00", "2026-12-11T14:00"],
        kind="absence_notice", suggested_intents=["no_show_followup"],
    ),
    dict(
        id="005", fmt="txt", split="dev",
        body="""Hello,
We're looking at booking a series of coaching sessions for our senior team next year. Before we sign anything, could you tell me what your cancellation policy is? How much notice do we need to give to cancel or move a session without being charged, and what happens if someone drops out on the day?
Many thanks,
Hannah Price
People Operations, Brightwater Software""",
        recipient_name="Hannah Price",
        meeting="a series of coaching sessions for our senior team",
        meeting_alternatives=["coaching sessions for our senior team", "coaching sessions", "a session"],
        kind="policy_question", suggested_intents=["cancellation_policy"],
    ),
    dict(
        id="006", fmt="eml", split="test",
        frm=("Marcus Greene", "mgreene@lakeshore-health.com"), to=TOM,
        subject="Fwd: Invitation: Steering Committee – Patient Portal @ Tue Jun 16, 2026 1pm - 2:30pm (EDT)",
        date="Mon, 08 Jun 2026 14:10:00 -0400",
        body="""Tom,

Forwarding the invite for the steering committee next week. It'd be great if you could walk the group through the rollout plan – can you make it? If you can only do the first half hour that's fine too.

Marcus

---------- Forwarded message ---------
From: Janet Liu <jliu@lakeshore-health.com>
Date: Mon, Jun 8, 2026 at 11:32 AM
Subject: Invitation: Steering Committee – Patient Portal @ Tue Jun 16, 2026 1pm - 2:30pm (EDT)
To: <mgreene@lakeshore-health.com>

Steering Committee – Patient Portal
When: Tuesday Jun 16, 2026 1pm – 2:30pm Eastern Time - New York
Where: Conference Room B / Zoom
Who: Janet Liu (organizer), Marcus Greene, Dr. Alan Brooks

Agenda: timeline, budget, go-live risks""",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20260616T130000
DTEND;TZID=America/New_York:20260616T143000
SUMMARY:Steering Committee – Patient Portal
LOCATION:Conference Room B / Zoom
ORGANIZER;CN=Janet Liu:mailto:jliu@lakeshore-health.com
UID:3fj8s0q2steering@google.com
END:VEVENT
END:VCALENDAR
""",
        recipient_name="Marcus Greene", recipient_name_alternatives=["Marcus"],
        sender_name="Tom Becker", sender_name_alternatives=["Tom"],
        meeting="Steering Committee – Patient Portal",
        meeting_alternatives=["the steering committee", "steering committee", "the rollout plan"],
        meeting_time="Tuesday Jun 16, 2026 1pm – 2:30pm", meeting_time_iso="2026-06-16T13:00",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="007", fmt="txt", split="dev",
        body="""Hi Tom, all set for tomorrow at 2pm for the data migration workshop. Could you send over the agenda beforehand so I can circulate it? Also – is it OK if our IT lead, Kevin, joins? Cheers, Aisha""",
        recipient_name="Aisha", sender_name="Tom",
        meeting="the data migration workshop", meeting_alternatives=["data migration workshop"],
        meeting_time="tomorrow at 2pm", meeting_time_iso="2026-12-07T14:00",
        kind="other", suggested_intents=[],
    ),
    dict(
        id="008", fmt="eml", split="dev",
        frm=("Geoffrey Hale", "g.hale@hale-partners.co.uk"), to=SARAH,
        subject="RE: Leadership offsite – 28 October", date="Tue, 20 Oct 2026 16:25:00 +0100",
        in_reply_to="<LO2P265MB4471B8@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>", x_mailer="Microsoft Outlook 16.0",
        body="""Dear Sarah,

Unfortunately our board has moved its meeting to Wednesday 28 October, which means we can no longer hold the leadership offsite on that day as planned.
Would it be possible to move the offsite to Wednesday 11 November or Friday 13 November, same times?

Apologies for the inconvenience.

Kind regards,

Geoffrey Hale
Senior Partner
Hale & Partners
12 St James's Square, London SW1Y 4LB
T: 020 7946 0321""",
        quote="""-----Original Message-----
From: Sarah Collins <sarah@collinsadvisory.co.uk>
Sent: 14 October 2026 10:12
To: Geoffrey Hale <g.hale@hale-partners.co.uk>
Subject: Leadership offsite – 28 October

Dear Geoffrey,
I'm pleased to confirm the leadership offsite on Wednesday 28 October, 9:00–16:30.
Best wishes,
Sarah Collins""",
        recipient_name="Geoffrey Hale", sender_name="Sarah Collins", sender_name_alternatives=["Sarah"],
        meeting="the leadership offsite", meeting_alternatives=["leadership offsite", "the offsite", "Leadership offsite"],
        meeting_time="Wednesday 28 October", meeting_time_iso="2026-10-28",
        proposed_times=["Wednesday 11 November", "Friday 13 November"],
        proposed_times_iso=["2026-11-11", "2026-11-13"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="009", fmt="txt", split="test",
        body="""Tom – so sorry, I've just been called into an emergency meeting with our investors and won't make our 9am tomorrow on the Q1 hiring plan. Can we push to later in the week? I'll send some times in the morning. Apologies! – Jess""",
        recipient_name="Jess", sender_name="Tom",
        meeting="the Q1 hiring plan", meeting_alternatives=["Q1 hiring plan", "our 9am tomorrow"],
        meeting_time="9am tomorrow", meeting_time_iso="2026-12-07T09:00",
        kind="cancellation", suggested_intents=["late_cancellation"],
    ),
    dict(
        id="010", fmt="eml", split="dev",
        frm=("Angela Martínez", "amartinez@cityofriverton.gov"), to=TOM,
        subject="Kickoff meeting – permitting system project", date="Wed, 09 Sep 2026 11:05:00 -0500",
        html=True,
        body="""Hi Mr. Becker,

Now that the contract is signed, we'd like to schedule a kickoff meeting for the permitting system project. Here are a few options:

- Monday, September 21 at 10:00 AM
- Tuesday, September 22 at 2:00 PM
- Thursday, September 24 at 9:30 AM

All times Central. We'll meet at City Hall, Room 204. Please let me know which works best for you.

Thank you,

Angela Martínez
IT Program Manager
City of Riverton
(555) 203-4410""",
        recipient_name="Angela Martínez", sender_name="Tom Becker", sender_name_alternatives=["Becker", "Mr. Becker"],
        meeting="kickoff meeting",
        meeting_alternatives=["a kickoff meeting for the permitting system project", "the permitting system project",
                              "Kickoff meeting – permitting system project", "a kickoff meeting"],
        proposed_times=["Monday, September 21 at 10:00 AM", "Tuesday, September 22 at 2:00 PM",
                        "Thursday, September 24 at 9:30 AM"],
        proposed_times_iso=["2026-09-21T10:00", "2026-09-22T14:00", "2026-09-24T09:30"],
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="011", fmt="txt", split="dev",
        body="""Hi Tom,

Could we push our call on Thursday at 3pm to 4:30pm? My board meeting is running long that day.

Thanks,
Olivia""",
        quote="""On Fri, Dec 4, 2026 at 10:41 AM Tom Becker <tom@beckerconsulting.com> wrote:
> Great – I'll call you Thursday, December 10 at 3pm about the vendor shortlist.
> Tom""",
        recipient_name="Olivia", sender_name="Tom",
        meeting="our call", meeting_alternatives=["call"],
        meeting_time="Thursday at 3pm", meeting_time_iso="2026-12-10T15:00",
        proposed_times=["4:30pm"], proposed_times_iso=["2026-12-10T16:30"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="012", fmt="txt", split="test",
        body="""Hi Sarah,
Mortified – I completely missed our session on Thursday afternoon. It was in my calendar for the wrong week. I'm so sorry.
Could we rebook the negotiation skills coaching? I'm free all day Tuesday and Wednesday after lunch.
Best,
Liam Walsh""",
        recipient_name="Liam Walsh", sender_name="Sarah",
        meeting="the negotiation skills coaching",
        meeting_alternatives=["negotiation skills coaching", "our session"],
        meeting_time="Thursday afternoon", meeting_time_iso="2026-12-03",
        proposed_times=["all day Tuesday", "Wednesday after lunch"],
        proposed_times_iso=["2026-12-08", "2026-12-09"],
        kind="absence_notice", suggested_intents=["no_show_followup"],
    ),
    dict(
        id="013", fmt="eml", split="dev",
        frm=("Fiona MacLeod", "fiona.macleod@highland-distillers.co.uk"), to=SARAH,
        subject="Query on invoice INV-2026-211", date="Tue, 24 Nov 2026 13:30:00 +0000",
        body="""Hi Sarah,

I've just received invoice INV-2026-211, which charges the full fee for the strategy workshop on Wednesday 18 November, even though we cancelled it the afternoon before. I don't recall this being in our agreement. Could you remind me of the cancellation terms – how much notice is needed, and what percentage is charged?

Thanks,
Fiona MacLeod
Highland Distillers Ltd

Sent from my iPad""",
        recipient_name="Fiona MacLeod", sender_name="Sarah Collins", sender_name_alternatives=["Sarah"],
        meeting="the strategy workshop", meeting_alternatives=["strategy workshop"],
        meeting_time="Wednesday 18 November", meeting_time_iso="2026-11-18",
        kind="policy_question", suggested_intents=["cancellation_policy"],
    ),
    dict(
        id="014", fmt="txt", split="test",
        body="""Hi Tom, have you got 20 mins tomorrow at 10 for a quick call about the Henderson proposal? Thanks, Ben Carter""",
        recipient_name="Ben Carter", sender_name="Tom",
        meeting="a quick call about the Henderson proposal",
        meeting_alternatives=["quick call about the Henderson proposal", "the Henderson proposal", "Henderson proposal"],
        meeting_time="tomorrow at 10", meeting_time_iso="2026-12-07T10:00",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="015", fmt="eml", split="test",
        frm=("Rebecca Stein", "rstein@morrowcapital.com"), to=TOM,
        subject="Today's 11:00 with Jonathan Morrow", date="Thu, 01 Oct 2026 08:02:00 -0400",
        x_mailer="Microsoft Outlook 16.0",
        body="""Hi Tom,

Jonathan has asked me to let you know that he unfortunately needs to cancel today's 11:00 AM meeting on the portfolio review – he's been called to an urgent client meeting in Boston.
He apologizes for the short notice and suggested Wednesday, October 7 at 11:00 AM or Thursday, October 8 at 4:00 PM instead.

Best regards,

Rebecca Stein
Executive Assistant to Jonathan Morrow
Morrow Capital Partners
(212) 555-0187

CONFIDENTIALITY NOTICE: This e-mail transmission may contain confidential information. If you are not the intended recipient, please notify the sender and delete this message.""",
        recipient_name="Rebecca Stein", recipient_name_alternatives=["Jonathan Morrow", "Jonathan"],
        sender_name="Tom Becker", sender_name_alternatives=["Tom"],
        meeting="the portfolio review", meeting_alternatives=["portfolio review"],
        meeting_time="today's 11:00 AM", meeting_time_iso="2026-10-01T11:00",
        proposed_times=["Wednesday, October 7 at 11:00 AM", "Thursday, October 8 at 4:00 PM"],
        proposed_times_iso=["2026-10-07T11:00", "2026-10-08T16:00"],
        kind="cancellation", suggested_intents=["late_cancellation"],
    ),
    dict(
        id="016", fmt="txt", split="dev",
        body="""Dear Sarah Collins,

Your name was passed to me by Michael Grant at Ardent Capital. We are reviewing how our customer service operation is organised and I would welcome an introductory conversation.
Would Friday 18 December at 10.30am suit you? You would be very welcome at our offices in Leeds, or we could speak over Teams if easier.

Yours sincerely,

Dr Eleanor Whitfield
Chief Operating Officer
Whitfield Insurance Services""",
        recipient_name="Eleanor Whitfield", recipient_name_alternatives=["Dr Eleanor Whitfield"],
        sender_name="Sarah Collins",
        meeting="an introductory conversation",
        meeting_alternatives=["introductory conversation", "how our customer service operation is organised",
                              "our customer service operation"],
        meeting_time="Friday 18 December at 10.30am", meeting_time_iso="2026-12-18T10:30",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="017", fmt="eml", split="dev",
        frm=("Kenji Watanabe", "kenji@watanabe-designstudio.com"), to=TOM,
        subject="Re: Today's call", date="Tue, 17 Nov 2026 19:48:00 -0800",
        in_reply_to="<6D3F8A21-0B9C-4E7D-A5F6-2C1B0A9F8E7D@beckerconsulting.com>",
        body="""Tom – really sorry, I totally blanked on our 2pm today about the brand refresh. Back-to-back client fires all afternoon. Any chance you could do tomorrow at 9am instead?
Kenji

Sent from my iPhone""",
        quote="""On Nov 13, 2026, at 9:02 AM, Tom Becker <tom@beckerconsulting.com> wrote:

> Hi Kenji, let's talk Tuesday, November 17 at 2pm about the brand refresh.
> Tom""",
        recipient_name="Kenji Watanabe", recipient_name_alternatives=["Kenji"],
        sender_name="Tom Becker", sender_name_alternatives=["Tom"],
        meeting="the brand refresh", meeting_alternatives=["brand refresh", "our 2pm today"],
        meeting_time="2pm today", meeting_time_iso="2026-11-17T14:00",
        proposed_times=["tomorrow at 9am"], proposed_times_iso=["2026-11-18T09:00"],
        kind="absence_notice", suggested_intents=["no_show_followup"],
    ),
    dict(
        id="018", fmt="txt", split="dev",
        body="""Hi Tom,
Quick one before we kick off the workshop series for our team leads in January: if one of them has to pull out on the day (illness, production issue etc.), how do you handle it? Is the full session charged, or can we move it at no cost?
Cheers,
Gareth Hughes
HR Business Partner, Valleyline Rail""",
        recipient_name="Gareth Hughes", sender_name="Tom",
        meeting="the workshop series for our team leads",
        meeting_alternatives=["workshop series for our team leads", "the workshop series", "the full session"],
        kind="policy_question", suggested_intents=["cancellation_policy"],
    ),
    dict(
        id="019", fmt="eml", split="dev",
        frm=("Chloe Bennett", "chloe.bennett@northstar-media.co.uk"), to=SARAH,
        subject="Moving the quarterly review?", date="Wed, 02 Dec 2026 09:15:00 +0000",
        html=True,
        body="""Hi Sarah,

We had the quarterly review booked for Friday 4 December at 1pm, but our CEO is now travelling all week and I'd really like her to be there.
Could we do next Tuesday at 10am instead? Otherwise Wednesday 9 December any time after 2pm works for us.

Thanks,
Chloe

--
Chloe Bennett
Marketing Director | Northstar Media
40 Whitfield Street, London W1T 2RH
+44 (0)20 7946 0958""",
        recipient_name="Chloe Bennett", recipient_name_alternatives=["Chloe"],
        sender_name="Sarah Collins", sender_name_alternatives=["Sarah"],
        meeting="the quarterly review", meeting_alternatives=["quarterly review"],
        meeting_time="Friday 4 December at 1pm", meeting_time_iso="2026-12-04T13:00",
        proposed_times=["next Tuesday at 10am", "Wednesday 9 December any time after 2pm"],
        proposed_times_iso=["2026-12-08T10:00", "2026-12-09T14:00"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="020", fmt="txt", split="test",
        body="""Hi Tom,

Perfect – see you Wednesday, December 16 at 9:30 AM for the pilot debrief. Would you mind sending the slides ahead of time so I can share them with our VP?

Thanks,
Megan""",
        quote="""-----Original Message-----
From: Tom Becker <tom@beckerconsulting.com>
Sent: Friday, December 4, 2026 2:15 PM
To: Megan Foster
Subject: Pilot debrief

Hi Megan, shall we do the pilot debrief on Wednesday, December 16 at 9:30 AM?
Tom""",
        recipient_name="Megan", sender_name="Tom",
        meeting="the pilot debrief", meeting_alternatives=["pilot debrief"],
        meeting_time="Wednesday, December 16 at 9:30 AM", meeting_time_iso="2026-12-16T09:30",
        kind="other", suggested_intents=[],
    ),
]

# Harder shapes: "Last, First" display name, US numeric date, no sign-off, bottom-posting,
# an English message from a French client with a French signature and disclaimer.
MESSAGES += [
    dict(
        id="021", fmt="eml", split="dev",
        frm=("Patel, Anil", "anil.patel@redstonelogistics.com"), to=TOM,
        subject="Annual account review", date="Tue, 01 Dec 2026 10:45:00 -0600",
        html=True, x_mailer="Microsoft Outlook 16.0",
        body="""Hi Tom,

Following up on our call this morning – let's lock in the annual account review for 12/15 at 9:30am CT at our Dallas office. We'll need about two hours.

Let me know if that works.

Thanks,
Anil Patel
VP, Finance
Redstone Logistics Inc.
(214) 555-0133""",
        recipient_name="Anil Patel", recipient_name_alternatives=["Patel, Anil"],
        sender_name="Tom Becker", sender_name_alternatives=["Tom"],
        meeting="the annual account review", meeting_alternatives=["annual account review", "Annual account review"],
        meeting_time="12/15 at 9:30am", meeting_time_iso="2026-12-15T09:30",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="022", fmt="txt", split="dev",
        body="""Evening – really sorry but I can't make the coaching session tomorrow at 8.30, my son's been taken ill. Apologies for the late notice, I'll get in touch to rebook.""",
        recipient_name=None, sender_name=None,
        meeting="the coaching session", meeting_alternatives=["coaching session"],
        meeting_time="tomorrow at 8.30", meeting_time_iso="2026-12-07T08:30",
        kind="cancellation", suggested_intents=["late_cancellation"],
    ),
    dict(
        id="023", fmt="txt", split="test",
        quote_top="""On Thu, 3 Dec 2026 at 17:15, Sarah Collins <sarah@collinsadvisory.co.uk> wrote:
> I could do Tuesday 8 December at 10am or Wednesday 9 December at 4pm for the audit findings presentation.""",
        body="""Neither of those works for the findings presentation now, I'm afraid – our exec meeting has been moved. Could you do Friday 11 December at 11am? Otherwise Monday 14th at 2pm.

Regards,
Neil Chapman""",
        recipient_name="Neil Chapman", sender_name=None,
        meeting="the findings presentation", meeting_alternatives=["findings presentation"],
        proposed_times=["Friday 11 December at 11am", "Monday 14th at 2pm"],
        proposed_times_iso=["2026-12-11T11:00", "2026-12-14T14:00"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="024", fmt="eml", split="test",
        frm=("Étienne Laurent", "etienne.laurent@aerolia-group.fr"), to=SARAH,
        subject="Re: Market entry workshop", date="Thu, 19 Nov 2026 16:30:00 +0100",
        in_reply_to="<CAL9v5eQ3mT7@mail.gmail.com>",
        body="""Dear Sarah,

I must apologise for not joining the market entry workshop this morning at 9:30 UK time. I was stuck in a strike-related traffic jam on the way to the airport and my phone battery died.
I hope we can reschedule. Would Tuesday 24 November at 9:30 or Wednesday 25 November at 14:00 work for you?

Best regards,

Étienne Laurent
Directeur du développement international
Aérolia Group
Tél. : +33 5 61 44 20 90

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Tout message électronique est susceptible d'altération ; Aérolia Group décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié.""",
        quote="""On Mon, 16 Nov 2026 at 11:20, Sarah Collins <sarah@collinsadvisory.co.uk> wrote:
> Dear Étienne,
> Looking forward to the market entry workshop on Thursday 19 November at 9:30 (UK time) on Teams.
> Kind regards,
> Sarah""",
        recipient_name="Étienne Laurent", sender_name="Sarah Collins", sender_name_alternatives=["Sarah"],
        meeting="the market entry workshop", meeting_alternatives=["market entry workshop", "Market entry workshop"],
        meeting_time="this morning at 9:30", meeting_time_iso="2026-11-19T09:30",
        proposed_times=["Tuesday 24 November at 9:30", "Wednesday 25 November at 14:00"],
        proposed_times_iso=["2026-11-24T09:30", "2026-11-25T14:00"],
        kind="absence_notice", suggested_intents=["no_show_followup"],
    ),
]
