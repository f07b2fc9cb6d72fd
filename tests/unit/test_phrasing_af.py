"""phr-af (issue 16, after native review v16): own situations, no eval text, name, meeting or time.

Each test is one family: the counter-proposal names the client's day and the meeting, a business signing alone
says "we", a short draft is padded with a specific line (not a key-client filler nor piled closings), a fee due is
in the subject, switching to email says what follows, a visit given up for a call or a hand-over while away says
sorry once, and the typed reason's shorthand is made a sentence.
"""

from __future__ import annotations

import re

import pytest

from composer.config import get_settings
from composer.models import Situation
from composer.service import Tactful
from composer.writers.plan import no_person, signature


@pytest.fixture(scope="module")
def tactful() -> Tactful:
    return Tactful(get_settings(today="2027-02-01"))


def draft(tactful: Tactful, **kw):  # type: ignore[no-untyped-def]
    base = dict(language="en", tone="formal", relationship="regular")
    d = tactful.draft(Situation(**{**base, **kw}))
    d = getattr(d, "draft", d)
    assert d.warnings == [], d.warnings  # the fact model accepts every draft here
    assert 40 <= len(d.body.split()) <= 220, d.body
    return d


COUNTER = dict(intent="reschedule", client_move="counter", recipient_name="Mr Colin Ashdown", sender_name="Maya Brennan",
               meeting="the pension transfer meeting", meeting_time="Tue 9 Feb, 11am", proposed_times=["Wed 10th 11am", "Fri 12th 3pm"])


@pytest.mark.parametrize("tone", ["formal", "friendly"])
def test_a_counter_names_the_day_our_reason_gives_and_drops_the_typed_consequence(tactful: Tactful, tone: str) -> None:
    d = draft(tactful, **COUNTER, tone=tone, reason="Monday is our month-end close so I can't do that")
    assert re.search(r"Unfortunately, Monday (is not possible|won't work) for me, as it(?: is|'s) our month-end close\.", d.body), d.body
    assert "do that" not in d.body and "cannot do" not in d.body
    assert "the pension transfer meeting on Tuesday 9 February at 11am" in d.body  # the meeting and its slot are named


def test_a_counter_without_a_day_in_the_reason_keeps_the_time_they_suggested(tactful: Tactful) -> None:
    d = draft(tactful, **COUNTER, reason="the studio is being repainted that week")
    assert "the time you suggested does not work for me, as the studio is being repainted that week" in d.body, d.body


@pytest.mark.parametrize(("typed", "firm"), [
    ("Kestrel Bookkeeping", True), ("Laboratorio Ceramica Fiordaliso", True), ("Northwind Dental Clinic", True),
    ("Ewan McAlister", False), ("Orla MacLeod, Practice Manager", False), ("Sam @ Kestrel", False), ("Quillon", False),
])
def test_a_sender_with_no_person_is_a_firm(typed: str, firm: bool) -> None:
    assert no_person(typed) is firm


def test_a_name_with_mc_or_mac_is_a_person_and_the_role_goes_on_its_own_line() -> None:
    assert signature("Ewan McAlister, Account Director") == "Ewan McAlister\nAccount Director"
    assert signature("Orla MacLeod, Practice Manager") == "Orla MacLeod\nPractice Manager"


@pytest.mark.parametrize("intent", ["counter", "policy", "noshow"])
def test_a_business_signing_alone_says_we_never_i(tactful: Tactful, intent: str) -> None:
    sender = "Kestrel Bookkeeping"
    if intent == "counter":
        d = draft(tactful, **{**COUNTER, "sender_name": sender}, reason="Monday is our month-end close")
    elif intent == "policy":
        d = draft(tactful, intent="cancellation_policy", recipient_name="Ms Tara Quint", sender_name=sender, relationship="new",
                  policy={"notice_hours": 48, "fee_percent": 50, "deposit_percent": 0})
    else:
        d = draft(tactful, intent="no_show_followup", recipient_name="Mr Hugh Farrow", sender_name=sender,
                  meeting="your payroll set-up session", meeting_time="last Wed 3rd, 2pm", reason="no reply to our emails",
                  proposed_times=["Mon 8th 2pm"])
    body = d.body.rsplit("\n\n", 1)[0]  # the closing and the signature aside
    assert not re.search(r"(?<![\w'])(I|me|my|I'm|I am)(?![\w'])", body), d.body
    assert re.search(r"\b(we|us|our|We)\b", body)
    person = draft(tactful, **COUNTER, reason="Monday is our month-end close")  # a person still says "I"
    assert " for me" in person.body


def test_a_short_shorten_is_padded_with_what_the_time_still_gives_not_a_filler(tactful: Tactful) -> None:
    d = draft(tactful, intent="shorten", tone="friendly", relationship="key", recipient_name="Ravi Sethi", sender_name="Kim",
              meeting="our Wednesday retro", meeting_time="Wed 10th 4pm", reason="client demos all afternoon", duration_minutes=20)
    assert "matters" not in d.body and "Working with you" not in d.body  # no key-client filler
    assert "essentials" in d.body
    tail = d.body.rsplit("\n\n", 2)[-2]
    assert tail == "Does that work for you?", d.body  # one closing line after the question, not three
    booked = draft(tactful, intent="shorten", tone="friendly", recipient_name="Lena Ford", sender_name="Mo",
                   meeting="your reflexology session", meeting_time="Sat 13th 10am", reason="the room is booked after 10:30",
                   duration_minutes=30)
    assert "make the most of the time" in booked.body and "essentials" not in booked.body


def test_with_leads_a_plural_hindrance_and_given_a_singular_one(tactful: Tactful) -> None:
    plural = draft(tactful, intent="shorten", tone="friendly", recipient_name="Ravi Sethi", sender_name="Kim",
                   meeting="our Wednesday retro", meeting_time="Wed 10th 4pm", reason="client demos all afternoon", duration_minutes=20)
    assert plural.body.split("\n\n")[1].startswith("With client demos all afternoon, could we"), plural.body
    single = draft(tactful, intent="shorten", tone="friendly", recipient_name="Ravi Sethi", sender_name="Kim",
                   meeting="our Wednesday retro", meeting_time="Wed 10th 4pm", reason="bus strike", duration_minutes=20)
    assert "Given the bus strike, could we" in single.body


@pytest.mark.parametrize(("intent", "label"), [("late_cancellation", "late cancellation"), ("no_show_followup", "missed appointment")])
def test_a_fee_due_is_in_the_subject(tactful: Tactful, intent: str, label: str) -> None:
    kw = dict(intent=intent, recipient_name="Mrs Alma Doyle", sender_name="Beth Norris, Sports Therapist",
              meeting="your shoulder rehab session", meeting_time="last Mon 1st, 9am", proposed_times=["Thu 4th 9am"])
    d = draft(tactful, **kw, policy={"notice_hours": 24, "fee_percent": 50})
    assert d.subject == f"Your shoulder rehab session: {label}"
    free = draft(tactful, **kw, policy={"notice_hours": 24, "fee_percent": 0})
    assert free.subject == "Your shoulder rehab session: finding a new time"


@pytest.mark.parametrize("tone", ["formal", "friendly"])
def test_switching_to_email_says_what_follows_once(tactful: Tactful, tone: str) -> None:
    kw = dict(intent="switch_to_email", tone=tone, recipient_name="Mr Ian Rook", sender_name="Zoe Hart", meeting="the budget check-in",
              meeting_time="Thu 11 Feb, 10am")
    d = draft(tactful, **kw, reason="only the travel line is still open")
    assert re.search(r"I will send you the details in writing|I'll send the details over", d.body), d.body
    said = draft(tactful, **kw, reason="I'll send the revised figures instead")
    assert "the details" not in said.body and "revised figures" in said.body  # the note already says what follows


def test_a_visit_given_up_for_a_call_says_sorry_once(tactful: Tactful) -> None:
    d = draft(tactful, intent="switch_to_call", relationship="new", recipient_name="Ms Gwen Arkwright", sender_name="Neil Oduya",
              meeting="the site survey at your Leeds office", meeting_time="Tue 9 Feb, 2pm", reason="my train has been cancelled",
              proposed_times=["Tue 9 Feb, 2pm"])
    assert d.body.count("sorry for the change of plan") == 1, d.body


def test_a_hand_over_while_away_says_sorry_and_the_bare_role_takes_our(tactful: Tactful) -> None:
    d = draft(tactful, intent="delegate", relationship="key", recipient_name="Mr Victor Penrose", sender_name="Alice Moore",
              meeting="the lease renewal meeting", meeting_time="Thu 18 Feb, 10am", reason="off on holiday from the 15th",
              colleague_name="Jonah Pike, Senior Surveyor")
    assert "my colleague Jonah Pike, our Senior Surveyor, will" in d.body, d.body
    assert "I am sorry not to be there myself." in d.body
    assert "off on holiday" not in d.body and "on holiday from 15 February" in d.body


def test_a_subjectless_negation_gets_its_subject(tactful: Tactful) -> None:
    d = draft(tactful, intent="decline", tone="friendly", recipient_name="Holly Grey", sender_name="Sam Reid",
              meeting="the quiz night", meeting_time="Fri 12th 8pm", reason="just don't have the time this month")
    assert "as I just don't have the time this month" in d.body, d.body


def test_a_day_typed_alone_in_the_note_gets_the_meetings_month_and_a_past_weekday_its_date(tactful: Tactful) -> None:
    d = draft(tactful, intent="delegate", recipient_name="Ms Nora Tilley", sender_name="Paul Grant", meeting="the tender briefing",
              meeting_time="Thu 25 Feb, 3pm", reason="on paternity leave from the 22nd", colleague_name="Ivo Brandt")
    assert "from 22 February" in d.body and "the 22nd" not in d.body, d.body
    other = draft(tactful, intent="delegate", recipient_name="Ms Nora Tilley", sender_name="Paul Grant", meeting="the tender briefing",
                  meeting_time="Thu 25 Feb, 3pm", reason="on leave from the 22nd to 14 March", colleague_name="Ivo Brandt")
    assert "from the 22nd to 14 March" in other.body  # a note with a month of its own stays as typed
    late = dict(intent="late_cancellation", recipient_name="Mr Dev Anand", sender_name="Cara Wells, Pilates Teacher",
                meeting="your reformer class", meeting_time="last Tue 26th, 6pm", proposed_times=["Tue 2nd 6pm"])
    # "Tuesday 26 January" only where the fact model resolves it to the same day as the typed "last Tue 26th"
    before = draft(Tactful(get_settings(today="2027-01-20")), **late)
    assert "your reformer class on Tuesday 26 January at 6pm" in before.body, before.body
    after = draft(tactful, **late)
    assert "your reformer class last Tuesday 26th at 6pm" in after.body, after.body


def test_a_bare_clock_before_a_short_length_is_not_read_as_a_span(tactful: Tactful) -> None:
    d = draft(tactful, intent="shorten", tone="friendly", recipient_name="Ravi Sethi", sender_name="Kim", meeting="our Wednesday retro",
              meeting_time="Wed 10th 4pm", reason="client demos all afternoon", duration_minutes=20)
    assert "at 4pm down to 20 minutes" in d.body  # "4pm to 20" reads as four until eight


def test_a_phrasal_catch_up_is_one_noun_and_a_bare_topic_takes_the(tactful: Tactful) -> None:
    d = draft(tactful, intent="reschedule", recipient_name="Mr Owen Pryce", sender_name="Leah Moss", meeting="catch up re: brochure",
              meeting_time="Tue 9 Feb, 3pm", reason="a supplier audit has been moved to that afternoon", proposed_times=["Wed 10 Feb, 3pm"])
    assert "our catch-up about the brochure on Tuesday 9 February at 3pm" in d.body, d.body
    assert "meeting about the catch" not in d.body + d.subject


def test_a_refusal_typed_before_its_cause_is_said_once(tactful: Tactful) -> None:
    d = draft(tactful, intent="decline", tone="friendly", recipient_name="Nell Price", sender_name="Finn", meeting="the bowling night",
              meeting_time="Sat 13th 7pm", reason="can't make it, got the twins that weekend")
    assert "as I have the twins that weekend" in d.body, d.body
    assert d.body.count("make it") == 1 and "cannot attend" not in d.body


def test_a_counter_naming_the_day_at_the_end_of_the_reason(tactful: Tactful) -> None:
    d = draft(tactful, **{**COUNTER, "tone": "friendly"}, reason="we're closed for stocktaking on Monday")
    assert "Unfortunately, Monday won't work for me, as we're closed for stocktaking that day." in d.body, d.body


def test_an_illness_typed_as_a_bare_noun_is_a_wish_not_sorry_about_flu(tactful: Tactful) -> None:
    d = draft(tactful, intent="late_cancellation", recipient_name="Mr Ross Lyle", sender_name="Gemma Fox", relationship="new",
              meeting="the first consultation", meeting_time="Thu 11 Feb, 10am", reason="a nasty cold")
    assert "sorry to hear about" not in d.body and "unwell" in d.body, d.body


def test_a_service_job_is_named_as_itself_and_a_typed_sorry_is_not_said_twice(tactful: Tactful) -> None:
    d = draft(tactful, intent="reschedule", recipient_name="Mr Carl Ness", sender_name="Ola Brandt", meeting="gutter clean",
              meeting_time="Thu 11 Feb, 8am", reason="my ladder truck is in the garage, sorry!", proposed_times=["Fri 12 Feb, 8am"])
    assert "move the gutter clean on Thursday 11 February at 8am" in d.body and "meeting about" not in d.body, d.body
    assert "sorry!" not in d.body.lower()


def test_a_policy_change_note_says_its_start_not_a_cause(tactful: Tactful) -> None:
    d = draft(tactful, intent="cancellation_policy", recipient_name="Ms Uma Hale", sender_name="Brookside Swim School",
              reason="updated terms from April", policy={"notice_hours": 24, "fee_percent": 100})
    assert "The new terms apply from April." in d.body and "due to" not in d.body, d.body


def test_two_weekdays_typed_with_an_ampersand_are_read_as_typed(tactful: Tactful) -> None:
    d = draft(tactful, intent="cancellation_policy", tone="friendly", recipient_name="Noor", sender_name="Lewis Hart",
              meeting="your swim lessons", meeting_time="Mon & Weds 6pm", policy={"notice_hours": 24, "fee_percent": 50})
    assert "on Mon and Weds at 6pm" in d.body and "Monday & Weds" not in d.body, d.body


@pytest.mark.parametrize(("tone", "said"), [("friendly", "as I'll be at my brother's graduation"), ("formal", "as I will be in Oslo that week")])
def test_where_the_sender_will_be_is_said_not_dropped(tactful: Tactful, tone: str, said: str) -> None:
    reason = "at my brother's graduation" if tone == "friendly" else "in Oslo that week"
    d = draft(tactful, intent="decline", tone=tone, recipient_name="Mr Abe Lund", sender_name="Rosa Kent", meeting="the retirement do",
              meeting_time="Fri 12 Feb, 6pm", reason=reason)
    assert said in d.body, d.body
    assert "matters" not in d.body  # a social event declined: good wishes, never the key-client line


@pytest.mark.parametrize(("typed", "said"), [("a dental appointment", "as I have a dental appointment"),
                                             ("an eye appointment", "as I have an eye appointment"),
                                             ("dental appointment", "as I have a dental appointment")])
def test_an_appointment_typed_with_its_article_keeps_one_article(tactful: Tactful, typed: str, said: str) -> None:
    d = draft(tactful, intent="reschedule", recipient_name="Ms Ida Fenn", sender_name="Rob Kay", meeting="the budget review",
              meeting_time="Thu 11 Feb, 9am", reason=typed, proposed_times=["Fri 12 Feb, 9am"])
    assert said in d.body and "an a " not in d.body, d.body


def test_a_time_possessive_is_its_own_determiner(tactful: Tactful) -> None:
    d = draft(tactful, intent="delegate", tone="friendly", recipient_name="Carl", sender_name="Nina", meeting="next week's pottery class",
              meeting_time="Tue 9th 6pm", reason="I've got jury service", colleague_name="Marco")
    assert "take over next week's pottery class" in d.body and "our next week's" not in d.body, d.body
