"""A day with its hours in brackets is one time: the span closes the bracket and the first clock inside is read."""
from __future__ import annotations

from datetime import datetime

import pytest

from composer.messages.times import find_times
from composer.models import Language as L

REF = datetime(2026, 12, 2, 9, 0)


@pytest.mark.parametrize(
    ("lang", "text", "span", "iso"),
    [
        (L.fr, "La formation aura lieu jeudi (10 déc., 14h-16h) dans nos locaux.", "jeudi (10 déc., 14h-16h)", "2026-12-10T14:00"),
        (L.fr, "Le séminaire du 18 janvier (9 h à 12 h) est confirmé.", "18 janvier (9 h à 12 h)", "2027-01-18T09:00"),
        (L.nl, "De workshop op 12 januari (9u - 12u30) gaat door.", "12 januari (9u - 12u30)", "2027-01-12T09:00"),
        (L.nl, "De cursus van 14 januari (9u-12u) is volzet.", "14 januari (9u-12u)", "2027-01-14T09:00"),
        (L.en, "The offsite on January 14 (9am to 5pm) is confirmed.", "January 14 (9am to 5pm)", "2027-01-14T09:00"),
        (L.sv, "Kursen den 20 januari (kl. 9–12) är bokad.", "20 januari (kl. 9–12)", "2027-01-20T09:00"),
    ],
)
def test_hours_in_brackets_belong_to_the_day(lang: L, text: str, span: str, iso: str) -> None:
    found = find_times(text, lang, REF)
    assert [t.text for t in found] == [span]
    assert found[0].resolved is not None and found[0].resolved.isoformat(timespec="minutes") == iso
    assert text[found[0].start:found[0].end] == span


def test_a_bracket_that_is_no_time_is_left_alone() -> None:
    text = "Jeudi 10 décembre (salle B) à 14h, comme prévu."
    found = find_times(text, L.fr, REF)
    assert "(salle B)" not in found[0].text


def test_a_bracket_without_a_clock_adds_nothing() -> None:
    found = find_times("On se voit mardi (le 8) ?", L.fr, REF)
    assert found and all(t.has_clock is False for t in found)


def test_dutch_hour_with_u_alone_before_a_range_dash() -> None:
    found = find_times("Vrijdag van 9u-11u kan ik.", L.nl, REF)
    assert found and found[0].resolved is not None and found[0].resolved.hour == 9


@pytest.mark.parametrize(
    ("lang", "text", "spans", "isos"),
    [
        (L.sv, "Går det bra fredag 15.1 kl. 9 eller måndag 18.1 kl. 13.15?", ["fredag 15.1 kl. 9", "måndag 18.1 kl. 13.15"],
         ["2027-01-15T09:00", "2027-01-18T13:15"]),
        (L.it, "Possiamo fare ven 15/1 h 9:30 oppure lun 18/1 h 15?", ["ven 15/1 h 9:30", "lun 18/1 h 15"],
         ["2027-01-15T09:30", "2027-01-18T15:00"]),
        (L.nl, "Past vr 15-1 tussen 9 en 10 uur of ma 18-1 om 14.45?", ["vr 15-1 tussen 9 en 10 uur", "ma 18-1 om 14.45"],
         ["2027-01-15T09:00", "2027-01-18T14:45"]),
    ],
)
def test_short_weekday_numeric_date_and_clock_are_one_time(lang: L, text: str, spans: list[str], isos: list[str]) -> None:
    found = find_times(text, lang, REF)
    assert [t.text for t in found] == spans
    assert [t.resolved.isoformat(timespec="minutes") for t in found if t.resolved is not None] == isos


def test_a_clock_with_dot_minutes_alone_stays_a_clock() -> None:
    found = find_times("Kom om 10.15 uur langs.", L.nl, REF)
    assert [t.text for t in found] == ["om 10.15 uur"]
    assert found[0].has_clock and not found[0].has_day


@pytest.mark.parametrize(
    ("text", "span", "iso"),
    [
        ("Could we do Monday Jan 11th, noon-1?", "Monday Jan 11th, noon-1", "2027-01-11T12:00"),
        ("Lunch on Thursday 7 January, noon to 1:30pm?", "Thursday 7 January, noon to 1:30pm", "2027-01-07T12:00"),
    ],
)
def test_noon_with_its_end_is_one_time_at_noon(text: str, span: str, iso: str) -> None:
    found = find_times(text, L.en, REF)
    assert [t.text for t in found] == [span]
    assert found[0].resolved is not None and found[0].resolved.isoformat(timespec="minutes") == iso


@pytest.mark.parametrize(
    ("lang", "text", "iso"),
    [
        (L.en, "How about Friday the 15th at 10?", "2027-01-15T10:00"),  # the 15th of December is a Tuesday
        (L.fr, "Et vendredi 15 à 10h ?", "2027-01-15T10:00"),
        (L.en, "Is Thursday the 10th at 2pm ok?", "2026-12-10T14:00"),  # the 10th of this month is a Thursday
    ],
)
def test_a_weekday_with_a_day_of_month_lands_in_a_month_where_they_agree(lang: L, text: str, iso: str) -> None:
    found = find_times(text, lang, REF)
    assert found[0].resolved is not None and found[0].resolved.isoformat(timespec="minutes") == iso


@pytest.mark.parametrize(
    ("text", "span", "iso"),
    [
        ("You free Friday arvo, say 4ish, for a chat?", "Friday arvo, say 4ish", "2026-12-04T16:00"),
        ("See you at 3-ish on Monday", "at 3-ish on Monday", "2026-12-07T15:00"),
        ("Can we push tomorrow's 9.15 a bit?", "tomorrow's 9.15", "2026-12-03T09:15"),
    ],
)
def test_chatty_english_clocks(text: str, span: str, iso: str) -> None:
    found = find_times(text, L.en, REF)
    assert [t.text for t in found] == [span]
    assert found[0].resolved is not None and found[0].resolved.isoformat(timespec="minutes") == iso


@pytest.mark.parametrize("text", ["Version 2.15 of the app is out.", "It costs 9.15 euros.", "See section 3.12 of the terms."])
def test_a_dotted_number_without_a_possessive_is_no_clock(text: str) -> None:
    assert find_times(text, L.en, REF) == []
