"""English client messages (UK, Irish, US), v2 (held out), written by hand by the data-b helper. Labels follow ../README.md."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]
DANIEL = ("Daniel Harper", "dan@harperadvisory.co.uk")
SINEAD = ("Sinéad Murphy", "sinead@murphyconsulting.ie")
KEVIN = ("Kevin Brooks", "kevin@brooksconsulting.com")

ICS = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20261217T090000
DTEND;TZID=Europe/Dublin:20261217T160000
DTSTAMP:20261203T100500Z
ORGANIZER;CN=Catriona Doyle:mailto:catriona.doyle@mcallister-foods.ie
UID:3fh8s0b2kq9v1m7t5c4r6p2dwe@google.com
SUMMARY:Board strategy day
LOCATION:The Merrion Hotel\\, Upper Merrion Street\\, Dublin 2
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""

MESSAGES = [
    dict(
        id="001", fmt="eml", split="v2",
        frm=("Zoë Fairbairn", "zoe.fairbairn@ashdown-hotels.co.uk"), to=DANIEL,
        subject="Invitation: supplier review meeting, 15 December", date="Tue, 01 Dec 2026 09:30:00 +0000",
        x_mailer="Microsoft Outlook 16.0",
        body="""Dear Daniel,

I would like to invite you to our annual supplier review meeting on Tuesday 15 December at 10.30am at our head office in Brighton (Ashdown House, 4 Marine Parade). We expect it to take around two hours, with lunch afterwards for those who can stay.

Could you let me know whether this suits you?

Kind regards,

Zoë Fairbairn
Head of Procurement
Ashdown Hotels Group
T: 01273 555 0148

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Ashdown Hotels Group Ltd, registered in England and Wales no. 04417702.""",
        recipient_name="Zoë Fairbairn",
        sender_name="Daniel Harper", sender_name_alternatives=["Daniel"],
        meeting="our annual supplier review meeting",
        meeting_alternatives=["annual supplier review meeting", "supplier review meeting"],
        meeting_time="Tuesday 15 December at 10.30am", meeting_time_iso="2026-12-15T10:30",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="002", fmt="txt", split="v2",
        body="""Hey Dan,
Any chance we can push Tuesday's 2pm catch-up on the pricing model? Something's come up with a supplier. Wed 9th same time or Thurs 10th at 11 would work my end.
Cheers,
Ollie

Sent from my iPhone""",
        recipient_name="Ollie", sender_name="Dan",
        meeting="catch-up on the pricing model", meeting_alternatives=["the pricing model", "catch-up"],
        meeting_time="Tuesday's 2pm", meeting_time_iso="2026-12-08T14:00",
        proposed_times=["Wed 9th same time", "Thurs 10th at 11"],
        proposed_times_iso=["2026-12-09T14:00", "2026-12-10T11:00"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="003", fmt="eml", split="v2",
        frm=("Nguyen, Linh", "linh.nguyen@cedarridgelogistics.com"), to=KEVIN,
        subject="RE: Onboarding session Wednesday", date="Wed, 09 Dec 2026 07:15:00 -0500",
        in_reply_to="<CAN2w8fTq0@brooksconsulting.com>", html=True,
        body="""Hi Kevin,

I'm so sorry for the short notice, but we have to cancel the onboarding session today at 1:00 PM. Our VP just pulled the whole team into an all-hands this afternoon.

Happy to cover the late cancellation fee if there is one. Could we do Monday 12/14 at 1:00 PM instead?

Thanks,
Linh

Linh Nguyen | Operations Manager | Cedar Ridge Logistics
(614) 555-0182""",
        quote="""On Mon, Dec 7, 2026 at 4:12 PM Kevin Brooks <kevin@brooksconsulting.com> wrote:
> Hi Linh,
> Confirming the onboarding session for your dispatch team on Wednesday 12/9, 1-4 PM, at your Columbus office.
> Best,
> Kevin""",
        recipient_name="Linh Nguyen", recipient_name_alternatives=["Nguyen, Linh", "Linh"],
        sender_name="Kevin Brooks", sender_name_alternatives=["Kevin"],
        meeting="the onboarding session", meeting_alternatives=["onboarding session", "Onboarding session"],
        meeting_time="today at 1:00 PM", meeting_time_iso="2026-12-09T13:00",
        proposed_times=["Monday 12/14 at 1:00 PM"], proposed_times_iso=["2026-12-14T13:00"],
        kind="cancellation", suggested_intents=["late_cancellation", "cancellation_policy"],
    ),
    dict(
        id="004", fmt="txt", split="v2",
        body="""Hi Sinéad,

Apologies – I completely missed our call on Friday at 11 about the grant application. I was stuck on a site visit in Athlone with no signal at all.

Would Tuesday the 8th at 11 or Wednesday afternoon suit you instead?

Thanks a million,
Ciarán Ó Dálaigh
Ó Dálaigh Engineering""",
        recipient_name="Ciarán Ó Dálaigh", recipient_name_alternatives=["Ciarán"],
        sender_name="Sinéad",
        meeting="our call", meeting_alternatives=["the grant application", "grant application", "call"],
        meeting_time="Friday at 11", meeting_time_iso="2026-12-04T11:00",
        proposed_times=["Tuesday the 8th at 11", "Wednesday afternoon"],
        proposed_times_iso=["2026-12-08T11:00", "2026-12-09"],
        kind="absence_notice", suggested_intents=["no_show_followup"],
    ),
    dict(
        id="005", fmt="eml", split="v2",
        frm=("Fergus McAllister", "fergus@mcallister-foods.ie"), to=SINEAD,
        subject="Fwd: Invitation: Board strategy day @ Thu 17 Dec 2026 9am - 4pm (GMT)",
        date="Thu, 03 Dec 2026 16:20:00 +0000", ics=ICS,
        body="""Sinéad,

Forwarding the invite for the board strategy day. Could you join us for the morning session on the export plan? Let me know.

Fergus

---------- Forwarded message ---------
From: Catriona Doyle <catriona.doyle@mcallister-foods.ie>
Date: Thu, 3 Dec 2026 at 10:05
Subject: Invitation: Board strategy day @ Thu 17 Dec 2026 9am - 4pm (GMT)
To: Fergus McAllister <fergus@mcallister-foods.ie>

Board strategy day
When: Thursday 17 Dec 2026 9am – 4pm (GMT)
Where: The Merrion Hotel, Upper Merrion Street, Dublin 2""",
        recipient_name="Fergus McAllister", recipient_name_alternatives=["Fergus"],
        sender_name="Sinéad Murphy", sender_name_alternatives=["Sinéad"],
        meeting="the board strategy day",
        meeting_alternatives=["Board strategy day", "board strategy day", "the morning session on the export plan"],
        meeting_time="Thursday 17 Dec 2026 9am – 4pm", meeting_time_iso="2026-12-17T09:00",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="006", fmt="txt", split="v2",
        body="""Hello,

Before we sign the SOW for the four training workshops, could you send over your cancellation terms? Specifically, how much notice you need if we have to move a session and whether there's a deposit up front.

Best,
Melissa Garza
Director of People, Brightline Dental""",
        recipient_name="Melissa Garza",
        sender_name=None,
        meeting="the four training workshops", meeting_alternatives=["training workshops", "four training workshops"],
        kind="policy_question", suggested_intents=["cancellation_policy"],
    ),
    dict(
        id="007", fmt="eml", split="v2",
        frm=("Hamish Drummond", "hamish.drummond@glenmorris.co.uk"), to=DANIEL,
        subject="Re: Q1 planning session", date="Mon, 07 Dec 2026 12:02:00 +0000",
        in_reply_to="<CAB5j1rXe3@harperadvisory.co.uk>",
        body="""Thanks Daniel – Wednesday 16th at 2pm is in the diary. Could you send an agenda beforehand so I can brief the team?

Best wishes
Hamish

Sent from Outlook for Android""",
        quote="""On Fri, 4 Dec 2026 at 17:45, Daniel Harper <dan@harperadvisory.co.uk> wrote:
> Hi Hamish,
> How about Wednesday 16th at 2pm or Thursday 17th at 10am for the Q1 planning session?
> Best,
> Daniel""",
        recipient_name="Hamish Drummond", recipient_name_alternatives=["Hamish"],
        sender_name="Daniel Harper", sender_name_alternatives=["Daniel"],
        meeting="Q1 planning session", meeting_alternatives=[],
        meeting_time="Wednesday 16th at 2pm", meeting_time_iso="2026-12-16T14:00",
        kind="other", suggested_intents=[],
    ),
    dict(
        id="008", fmt="txt", split="v2",
        body="""Hi Kevin,
Would you be free for a quick coffee on 12/10 around 8:30am to talk through the Q1 rollout? There's a great spot near our office on 5th Ave.
Thanks!
Brianna

Sent from my Verizon, Samsung Galaxy smartphone""",
        recipient_name="Brianna", sender_name="Kevin",
        meeting="a quick coffee", meeting_alternatives=["the Q1 rollout", "Q1 rollout", "coffee"],
        meeting_time="12/10 around 8:30am", meeting_time_iso="2026-12-10T08:30",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="009", fmt="eml", split="v2",
        frm=("Imogen Ashworth-Clarke", "i.ashworth-clarke@hallampryce.co.uk"), to=DANIEL,
        subject="Rescheduling Monday's audit planning meeting", date="Fri, 04 Dec 2026 18:10:00 +0000",
        cte="base64",
        body="""Dear Mr Harper,

Unfortunately I will not be able to attend our audit planning meeting on Monday 14 December at 2.30pm, as I have been called to give evidence at a tribunal that day.

Would either Tuesday 15 December at 9.15am or Friday 18 December at 3pm be convenient instead?

Yours sincerely,

Dr Imogen Ashworth-Clarke
Finance Director
Hallam & Pryce LLP""",
        recipient_name="Imogen Ashworth-Clarke", recipient_name_alternatives=["Dr Imogen Ashworth-Clarke"],
        sender_name="Daniel Harper", sender_name_alternatives=["Mr Harper", "Harper"],
        meeting="our audit planning meeting", meeting_alternatives=["audit planning meeting"],
        meeting_time="Monday 14 December at 2.30pm", meeting_time_iso="2026-12-14T14:30",
        proposed_times=["Tuesday 15 December at 9.15am", "Friday 18 December at 3pm"],
        proposed_times_iso=["2026-12-15T09:15", "2026-12-18T15:00"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="010", fmt="txt", split="v2",
        body="""Hi Sinéad,

I'm afraid we'll have to cancel the site visit on Thursday 17th – the factory will be shut for maintenance that whole week. I'll be in touch in January to rebook.

Kind regards,
Grainne Walsh
Plant Manager, Walsh Precision Ltd""",
        quote="""-----Original Message-----
From: Sinéad Murphy <sinead@murphyconsulting.ie>
Sent: 30 November 2026 10:15
To: Grainne Walsh <gwalsh@walshprecision.ie>
Subject: Site visit 17 December

Hi Grainne,
Just confirming the site visit on Thursday 17 December at 10am.
Sinéad""",
        recipient_name="Grainne Walsh", recipient_name_alternatives=["Grainne"],
        sender_name="Sinéad",
        meeting="the site visit", meeting_alternatives=["site visit"],
        meeting_time="Thursday 17th", meeting_time_iso="2026-12-17",
        kind="cancellation", suggested_intents=["reschedule"],
    ),
]
