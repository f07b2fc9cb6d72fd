"""Doubts about the situation's own times, before drafting; unparseable text stays allowed."""

from __future__ import annotations

from datetime import date

from composer.facts import situation_warnings
from composer.models import Situation


def sit(**kw: object) -> Situation:
    data: dict = dict(language="en", intent="reschedule", tone="formal", relationship="regular",
                      recipient_name="Margaret Hughes", sender_name="Tom Baker", meeting="the review",
                      meeting_time="Thursday 14 March 2024 at 10:00")
    data.update(kw)
    return Situation.model_validate(data)


def test_a_clean_situation_has_no_warning() -> None:
    assert situation_warnings(sit(proposed_times=["Tuesday 19 March at 14:00"]), today=date(2024, 3, 1)) == []


def test_a_weekday_that_does_not_fit_its_date() -> None:
    w = situation_warnings(sit(proposed_times=["Tuesday, April 9"]), today=date(2026, 3, 1))
    assert any("proposed_times[0]" in x and "is a Thursday, not a Tuesday" in x for x in w), w


def test_a_past_date_and_a_proposed_time_equal_to_the_meeting() -> None:
    w = situation_warnings(sit(proposed_times=["14 March 2024, 10:00", "1 February 2024 at 9:00"]), today=date(2024, 3, 1))
    assert any("is the meeting time itself" in x for x in w), w
    assert any("proposed_times[1]" in x and "in the past" in x for x in w), w


def test_duplicates_and_ambiguous_numeric_dates() -> None:
    w = situation_warnings(sit(proposed_times=["Tuesday 19 March at 14:00", "tuesday 19 march at 2 pm", "03/04 at 10:00"]), today=date(2024, 3, 1))
    assert any("repeats proposed_times[0]" in x for x in w), w
    assert any("03/04" in x and "two ways" in x for x in w), w


def test_unparseable_text_is_allowed_verbatim() -> None:
    assert situation_warnings(sit(meeting_time="after the board meets", proposed_times=["whenever suits you"]), today=date(2024, 3, 1)) == []


def test_a_policy_notice_without_a_meeting() -> None:
    s = Situation.model_validate(dict(language="fr", intent="cancellation_policy", tone="formal", relationship="new",
                                      recipient_name="Claire Dubois", sender_name="Julien Moreau", policy={"notice_hours": 48}))
    assert situation_warnings(s, today=date(2024, 3, 1)) == []
