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
    ("his car broke down", "I am sorry to hear that your car broke down."),  # a note about the client, told to them
    ("a family emergency", "I am sorry to hear about the family emergency."),
    ("the train was cancelled", "I am sorry to hear that the train was cancelled."),
    ("My daughter is ill", "I am sorry to hear that your daughter is ill."),
    ("my flight was cancelled", "I am sorry to hear that your flight was cancelled."),
    ("I am stuck in traffic", "I am sorry to hear that you are stuck in traffic."),
    ("she needs to see a doctor", "I hope everything is all right."),  # a verb we do not turn: referred to neutrally
])
def test_sorry_to_hear_client_reasons(reason: str, expected: str) -> None:
    """A no-show: the client's reason is in the past."""
    assert sorry_to_hear(reason) == expected


@pytest.mark.parametrize("meeting,expected", [
    ("site visit", "our site visit"),
    ("the quarterly account review", "the quarterly account review"),
    ("Q3 planning meeting", "our Q3 planning meeting"),
    ("kick-off meeting for the ERP rollout", "our kick-off meeting for the ERP rollout"),
    ("photo shoot", "the photo shoot"),
    ("gala dinner", "the gala dinner"),
    ("pricing for 2027", "our meeting about the pricing for 2027"),
    ("the new contract", "the new contract"),
    ("Project Atlas", "our meeting about Project Atlas"),
    ("steering committee", "our steering committee meeting"),
    ("presentation of our offer", "the presentation of our offer"),
    ("on-site training day", "our on-site training day"),
    ("Teams follow-up", "our Teams follow-up"),
])
def test_meeting_reads_as_an_event_or_a_topic(meeting: str, expected: str) -> None:
    from composer.writers.phrases.en import meeting_ref

    assert meeting_ref(meeting) == expected


@pytest.mark.parametrize("meeting,own,expected", [
    ("lunch", True, "our lunch"),
    ("lunch", False, "the lunch"),
    ("working lunch", True, "our working lunch"),
    ("gala dinner", True, "the gala dinner"),
])
def test_a_shared_meal_we_move_is_ours(meeting: str, own: bool, expected: str) -> None:
    from composer.writers.phrases.en import meeting_ref

    assert meeting_ref(meeting, own=own) == expected


@pytest.mark.parametrize("reason,expected", [
    ("everything's ready, it just needs your sign-off", " as everything's ready and it just needs your sign-off"),
    ("I'm stuck in Leeds", " as I'm stuck in Leeds"),
])
def test_two_clauses_typed_with_a_comma_are_joined(reason: str, expected: str) -> None:
    assert because(reason, False) == expected


def test_formal_mail_writes_out_the_users_contractions() -> None:
    assert because("I'm off for knee surgery until the new year", True) == " as I am off for knee surgery until the new year"
    assert because("I'm off for knee surgery until the new year", False) == " as I'm off for knee surgery until the new year"


def test_a_subjectless_state_keeps_its_cause_and_loses_the_typed_consequence() -> None:
    from composer.writers.phrases.en import own_sentence

    # the frame already declines: "I'll have to sit this one out" would say no twice
    assert own_sentence("just swamped at the moment, I'll have to sit this one out", False) == ""
    assert because("just swamped at the moment, I'll have to sit this one out", False) == " as I'm just swamped at the moment"
    assert because("As we're at full capacity until February, I'll have to pass.", True) == " as we are at full capacity until February"
    assert own_sentence("Owing to a burst pipe at home, I have to rearrange my week.") == "Owing to a burst pipe at home, I have to rearrange my week."


@pytest.mark.parametrize("reason,expected", [
    ("I'm stuck in Edinburgh", "As I'm stuck in Edinburgh"),
    ("tube strike", "Given the tube strike"),
    ("due to a double booking", "Due to a double booking"),
    (None, ""),
])
def test_a_reason_before_a_request(reason: str | None, expected: str) -> None:
    from composer.writers.phrases.en import fronted

    assert fronted(reason, False) == expected


@pytest.mark.parametrize("reason,expected", [
    ("because we have a board meeting", " as we have a board meeting"),
    ("as because we've double-booked", " as we've double-booked"),
    ("due to owing to a strike", " due to a strike"),
    ("Because of the rail strike.", " due to the rail strike"),
])
def test_typed_connectives_are_not_stacked(reason: str, expected: str) -> None:
    assert because(reason, False) == expected


@pytest.mark.parametrize("time,expected", [
    ("Thursday 14 March at 10:00", "on Thursday 14 March at 10:00"),
    ("14 March", "on 14 March"),
    ("10:30", "at 10:30"),
    ("tomorrow at 3pm", "tomorrow at 3pm"),
    ("after lunch", "(after lunch)"),
])
def test_time_takes_the_preposition_it_needs(time: str, expected: str) -> None:
    from composer.writers.phrases.en import at

    assert at(time) == expected


@pytest.mark.parametrize("reason,ours,theirs", [
    ("sick", " as I am sick", "I am sorry to hear that you are sick. I hope you feel better soon."),
    ("double booked", " as I am double booked", "I am sorry to hear that you are double booked."),
    ("travelling", " as I am travelling", "I am sorry to hear that you are travelling."),
    ("got stuck in Leeds", " as I got stuck in Leeds", "Thank you for letting me know that you got stuck in Leeds; these things happen."),
    ("Family emergency.", " due to a family emergency", "I am sorry to hear about the family emergency."),
])
def test_terse_reasons_get_a_subject_or_an_article(reason: str, ours: str, theirs: str) -> None:
    assert because(reason) == ours
    assert sorry_to_hear(reason, True, past=False) == theirs


def test_a_note_is_never_glued_as_a_cause() -> None:
    from composer.writers.phrases.en import own_sentence

    assert because("new this year: every booking needs a deposit", True) == ""
    # not glued after "as"/"due to", but not lost either: the user's note stands as its own sentence
    assert own_sentence("Forecast: rain all day.", True) == "Forecast: rain all day."


@pytest.mark.parametrize("meeting,expected", [
    ("naming sprint", "the naming sprint"),
    ("walkround of the Cheadle unit", "the walkround of the Cheadle unit"),
])
def test_an_activity_is_the_meeting_itself(meeting: str, expected: str) -> None:
    from composer.writers.phrases.en import meeting_ref

    assert meeting_ref(meeting, own=True) == expected
    assert meeting_ref(meeting, theirs=True) == expected  # never "your walkround ... appointment"
