"""English reasons read as sentences whatever form the user typed them in."""

from __future__ import annotations

import pytest

from composer.writers.phrases.en import because, sorry_to_hear


@pytest.mark.parametrize("reason,expected", [
    ("his car broke down", " as his car broke down"),
    ("the client moved the deadline", " as the client moved the deadline"),
    ("I have to be in Leeds that day", " as I have to be in Leeds that day"),
    ("a delayed flight", " due to a delayed flight"),
    ("An unexpected board meeting.", " due to an unexpected board meeting"),
    ("illness in the family", " due to illness in the family"),
    ("", ""),
])
def test_because(reason: str, expected: str) -> None:
    assert because(reason) == expected


@pytest.mark.parametrize("reason,expected", [
    ("his car broke down", "I am sorry to hear that his car broke down."),
    ("a family emergency", "I am sorry to hear about a family emergency."),
    ("the train was cancelled", "I am sorry to hear that the train was cancelled."),
    ("My daughter is ill", "Thank you for explaining (\u201cMy daughter is ill\u201d); I am sorry to hear it."),
])
def test_sorry_to_hear_client_reasons(reason: str, expected: str) -> None:
    assert sorry_to_hear(reason) == expected


@pytest.mark.parametrize("meeting,expected", [
    ("site visit", "our site visit"),
    ("the quarterly account review", "the quarterly account review"),
    ("Q3 planning meeting", "our Q3 planning meeting"),
    ("pricing for 2027", "our meeting on pricing for 2027"),
    ("the new contract", "our meeting on the new contract"),
])
def test_meeting_reads_as_an_event_or_a_topic(meeting: str, expected: str) -> None:
    from composer.models import Situation
    from composer.writers.phrases.en import _meeting_ref
    from composer.writers.plan import make_plan

    s = Situation(language="en", intent="decline", recipient_name="Ann Lee", sender_name="Bo Chen", meeting=meeting,
                  meeting_time="Friday 9:00", tone="formal", relationship="regular")
    assert _meeting_ref(make_plan(s, [])) == expected
