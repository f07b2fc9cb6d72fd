# English situations typed the way users type them (for the native-editor review). Data-tone helper.


def S(intent, recipient_name, sender_name, tone, relationship, meeting=None, meeting_time=None, **kw):
    d = dict(intent=intent, recipient_name=recipient_name, sender_name=sender_name, tone=tone, relationship=relationship)
    if meeting is not None:
        d["meeting"] = meeting
    if meeting_time is not None:
        d["meeting_time"] = meeting_time
    d.update(kw)
    return d



SITS = [
    # decline
    S("decline", "Ms. Rachel Thompson", "David Clarke", "formal", "key", "gala dinner", "Sat 14 Dec 7.30pm",
      reason="already committed that evening"),
    S("decline", "Margaret Hughes", "Tom Harris", "friendly", "regular", "end-of-year drinks", "Thu 19/12 from 6pm",
      reason="because we've had a change of plans"),
    S("decline", "Mr. John O'Neill", "Priya Shah", "formal", "new", "demo of your new CRM", "Tuesday 10 December, 11am",
      reason="We won't be changing systems this year."),
    S("decline", "Chloe Turner", "Sam Wright", "friendly", "key", "the offsite in the Cotswolds", "12-13 December",
      reason="I'm on holiday that week."),
    # reschedule
    S("reschedule", "Dr. Robert Green", "Hannah Lewis", "formal", "key", "photo shoot", "Wednesday 11 Dec 9am",
      reason="as our photographer is ill", proposed_times=["Friday 13 Dec 9am", "Monday 16 Dec 2pm"]),
    S("reschedule", "Jack Robinson", "Emily Wood", "friendly", "regular", "weekly catch-up", "Monday 9am",
      reason="I'm ill.", proposed_times=["Tuesday 9am", "Tuesday 2pm"]),
    S("reschedule", "Mrs. Susan van der Berg", "Andrew King", "formal", "new", "kick-off meeting for the ERP rollout",
      "Thursday 5 December at 2pm", reason="due to the rail strike", proposed_times=["Thursday 12 December at 2pm"]),
    S("reschedule", "Sophie Allen", "Luke Baker", "friendly", "key", "lunch", "Friday 12.30",
      reason="owing to a family matter", proposed_times=["Monday 12.30", "Tuesday 12.30", "Monday 12.30"]),
    # shorten
    S("shorten", "Prof. Alan Mitchell", "Fiona Grant", "formal", "regular", "Q4 KPI review", "Mon 16/12 10:00",
      duration_minutes=30, reason="month-end close is the same day"),
    S("shorten", "Zoe Campbell", "Ryan Murphy", "friendly", "key", "co-design workshop", "Wednesday 2pm",
      duration_minutes=45, reason="I have to leave at 3 to pick up the kids"),
    S("shorten", "Ms. Laura Mitchell", "Ben Carter", "formal", "new", "the factory tour", "Tuesday 17 December at 9am",
      duration_minutes=60),
    # switch_to_call
    S("switch_to_call", "Mr. Richard Scott", "Catherine Young", "formal", "key", "steering committee", "Thu 12/12 10am",
      reason="I'm stuck in Edinburgh"),
    S("switch_to_call", "Tom Price", "Lucy Reed", "friendly", "regular", "progress check-in", "Friday 3pm",
      reason="tube strike"),
    S("switch_to_call", "Mrs. Helen Ward", "Gareth Jones", "formal", "new", "first meeting", "Monday 9 December 4pm",
      reason="because I'll be travelling", proposed_times=["Monday 9 December 4pm"]),
    # switch_to_email
    S("switch_to_email", "Mr. Paul Fisher", "Rebecca Stone", "formal", "regular", "meeting about the quote",
      "Wed 11/12 3pm", reason="only two figures are left to confirm"),
    S("switch_to_email", "Margaret Hughes", "Chris Porter", "friendly", "key", "2025 budget review", "Thursday 4pm",
      reason="everything's ready, it just needs your sign-off"),
    S("switch_to_email", "Grace Adams", "Owen Morgan", "friendly", "new", "discovery call", "Tuesday 11am",
      reason="your questions are mostly technical", proposed_times=["Thursday 11am"]),
    # delegate
    S("delegate", "Ms. Rachel Thompson", "Sarah Collins", "formal", "key", "annual contract review",
      "Thursday 19 December 9.30am", colleague_name="Michael Patel", reason="I'm going on maternity leave"),
    S("delegate", "Jack Robinson", "Chris Porter", "friendly", "regular", "showroom visit", "Thursday 3pm",
      colleague_name="Aisha Khan", reason="trade fair in Birmingham"),
    S("delegate", "Mr. Daniel Evans", "Olivia Bennett", "formal", "new", "presentation of our offer", "Friday 10am",
      colleague_name="Mr. James Walker", reason="due to a double booking"),
    S("delegate", "Chloe Turner", "Sam Wright", "friendly", "key", "photo shoot", "Tuesday 2pm",
      colleague_name="Zoe Campbell", reason="parental leave from Monday"),
    # no_show_followup (past meetings)
    S("no_show_followup", "Mr. Daniel Evans", "Priya Shah", "formal", "new", "intro meeting", "yesterday at 11am",
      proposed_times=["Monday 16 December 11am", "Tuesday 17 December 4pm"]),
    S("no_show_followup", "Sophie Allen", "Luke Baker", "friendly", "key", "working lunch", "last Wednesday 12.30",
      proposed_times=["Friday 12.30"]),
    S("no_show_followup", "Mrs. Susan Hall", "Andrew King", "formal", "regular", "Teams follow-up", "this morning 9am",
      policy=dict(notice_hours=24, fee_percent=50)),
    # late_cancellation (past meetings)
    S("late_cancellation", "Mr. James Walker", "Olivia Bennett", "formal", "regular", "site inspection",
      "Monday 2 December 9am", reason="a last-minute clash", proposed_times=["Wednesday 11 December 9am"],
      policy=dict(notice_hours=48, fee_percent=30)),
    S("late_cancellation", "Sophie Allen", "Luke Baker", "friendly", "key", "catalogue photo shoot", "last Thursday 2pm",
      reason="ill", policy=dict(notice_hours=48, fee_percent=50, deposit_percent=0)),
    S("late_cancellation", "Ms. Grace Adams", "Owen Morgan", "formal", "new", "Excel training", "yesterday 2pm",
      policy=dict(notice_hours=24, fee_percent=100)),
    # cancellation_policy (with and without a meeting)
    S("cancellation_policy", "Dr. Anil Mehta", "Fiona Grant", "formal", "new",
      policy=dict(notice_hours=24, deposit_percent=20)),
    S("cancellation_policy", "Jack Robinson", "Emily Wood", "friendly", "regular",
      policy=dict(notice_hours=48, fee_percent=50)),
    S("cancellation_policy", "Mr. Richard Scott", "Catherine Young", "formal", "key", "on-site training day",
      "Monday 13 January 9am", policy=dict(notice_hours=72, fee_percent=40, deposit_percent=30)),
]
