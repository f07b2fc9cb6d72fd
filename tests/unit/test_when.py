"""Times as natives write them (composer.writers.when): day and clock split, abbreviations spelled out,
the clock time given its language's connective, every typed digit kept."""

from __future__ import annotations

import re
from datetime import date

import pytest

from composer.models import Language
from composer.facts.model import said_in_order
from composer.writers import when


@pytest.mark.parametrize("typed,lang,expected", [
    ("Sat 14 Dec 7.30pm", "en", "Saturday 14 December at 7:30pm"),
    ("Tuesday 10 December, 11am", "en", "Tuesday 10 December at 11am"),
    ("Thursday 14 March at 10:00", "en", "Thursday 14 March at 10:00"),
    ("samedi 14 déc. à 19h30", "fr", "samedi 14 décembre à 19 h 30"),
    ("mercredi 20 mars à 9 h 30", "fr", "mercredi 20 mars à 9 h 30"),
    ("sabato 14 dicembre ore 20", "it", "sabato 14 dicembre alle 20"),
    ("lunedì 16/12 ore 10", "it", "lunedì 16 dicembre alle 10"),
    ("ma 16-12 10:00", "nl", "maandag 16 december om 10.00 uur"),  # nl spells the month (native v7: no "15-12" in a formal mail)
    ("woensdag 11 december 9.00 uur", "nl", "woensdag 11 december om 9.00 uur"),
    ("fredag 15", "sv", "fredag kl. 15"),
    ("mån 16/12 kl 10", "sv", "måndag 16 december kl. 10.00"),  # sv spells the month since 04963b0
    ("merc. 16 déc. dans l'après-midi", "fr", "mercredi 16 décembre dans l'après-midi"),
    ("samedi 14", "fr", "samedi 14"),  # a bare number after a French weekday is a date
])
def test_plain_form(typed: str, lang: str, expected: str) -> None:
    with when.drafting_on(date(2026, 12, 7)):  # "samedi 14": no Saturday the 14th in the coming weeks of that day
        assert when.plain(typed, Language(lang)) == expected


@pytest.mark.parametrize("typed,lang", [("ma 16 dec 10:00", "nl"), ("i onsdags 12.30", "sv")])
def test_a_day_the_reader_does_not_take_as_a_date_keeps_every_digit(typed: str, lang: str) -> None:
    said = when.plain(typed, Language(lang))
    assert re.findall(r"\d+", said) == re.findall(r"\d+", typed)
    assert said_in_order(typed, f"Text around it: {said}.")  # the fact model reads it as the typed time


@pytest.mark.parametrize("typed,lang", [
    ("Sat 14 Dec 7.30pm", "en"), ("samedi 14 déc. à 19h30", "fr"), ("sabato 14 dicembre ore 20", "it"), ("Mon 16 Dec 10:00", "en"),
    ("Thu 10 Dec 2-4pm", "en"), ("lundi 14 décembre vers 10h", "fr"), ("venerdì 11 dicembre verso le 13", "it"),
])
def test_the_fact_model_reads_the_rendering_as_the_typed_time(typed: str, lang: str) -> None:
    from composer.facts import times

    said = when.plain(typed, Language(lang))
    given = times.parse_given(typed, Language(lang))
    found = times.scan(f"Text around it: {said}.")
    assert all(times.compatible(m.when, given) for m in found)
    assert times.covers(found, given) or said_in_order(typed, f"Text around it: {said}.")


@pytest.mark.parametrize("typed,lang,expected", [
    ("Mon 16/12 10:00", "en", "Monday 16 December at 10:00"),
    ("jeu. 10/12 9h", "fr", "jeudi 10 décembre à 9 h"),
    ("maandag 16-12 10:00", "nl", "maandag 16 december om 10.00 uur"),  # the Dutch d-m after a weekday is a date
])
def test_a_numeric_date_gets_its_month_word_and_stays_the_same_time(typed: str, lang: str, expected: str) -> None:
    from composer.facts import times

    said = when.plain(typed, Language(lang))
    assert said == expected
    given = times.parse_given(typed, Language(lang))
    found = times.scan(f"Text around it: {said}.")
    assert times.covers(found, given) and all(times.compatible(m.when, given) for m in found)  # the same time to the fact model


def test_a_notes_brackets_go() -> None:
    # the fact model reads "Thursday the 10th" as the next Thursday the 10th from the reference day (facts10)
    with when.drafting_on(date(2026, 12, 7)):
        said = when.plain("Thursday (the 10th) at 8.30", Language.en)
    assert said == "Thursday 10 December at 8:30"


def test_a_rewrite_the_fact_model_would_not_read_as_typed_keeps_the_typed_words() -> None:
    # "mar" before a day and its month is Tuesday to the fact model (facts10), so the date is spelt out
    assert when.plain("mar 15/12 ore 10", Language.it) == "martedì 15 dicembre alle 10"
    # a range of hours is read whole (its end is a time of the slot, facts10), so the date is spelt out
    assert when.plain("ven. 11/12 de 14h à 17h", Language.fr) == "vendredi 11 décembre de 14 h à 17 h"
    # a span the fact model cannot read in prose stays as typed rather than being half-tidied
    assert when.plain("tomorrow 1-3pm", Language.en) == "tomorrow 1-3pm"


def test_a_time_left_out_is_noticed() -> None:
    assert not said_in_order("Sat 14 Dec 7.30pm", "on Saturday 15 December at 7.30pm")
    assert not said_in_order("fredag 15", "på torsdag kl. 15")


@pytest.mark.parametrize("lang,typed,expected", [
    ("en", "Friday 3pm", "on Friday at 3pm"),
    ("fr", "mercredi 11 décembre 9h", "le mercredi 11 décembre à 9 h"),
    ("fr", "hier 14h", "hier à 14 h"),
])
def test_adverbial_with_preposition(lang: str, typed: str, expected: str) -> None:
    from composer.writers.phrases import en, fr
    at = {"en": en.at, "fr": fr._at}[lang]
    assert at(typed) == expected


@pytest.mark.parametrize("typed,lang,expected", [
    ("Thu 10 Dec 2-4pm", "en", "Thursday 10 December between 2 and 4pm"),  # a range's end is a time of the slot (facts10)
    ("Fri 18 Dec, 7pm", "en", "Friday 18 December at 7pm"),
    ("Wednesday 9 December at 11:00", "en", "Wednesday 9 December at 11:00"),
    ("Fri morning", "en", "Friday morning"),
    ("jeu. 10/12 14h", "fr", "jeudi 10 décembre à 14 h"),
    ("jeudi 10 à partir de 18h30", "fr", "jeudi 10 décembre à partir de 18 h 30"),  # the next Thursday the 10th (facts10)
    ("sabato 12 dicembre ore 20.30", "it", "sabato 12 dicembre alle 20:30"),
    ("lun 14/12 ore 14:30", "it", "lunedì 14 dicembre alle 14:30"),
    ("sabato mattina", "it", "sabato mattina"),
    ("di 15/12 om 10u", "nl", "dinsdag 15 december om 10.00 uur"),
    ("tis 15/12 kl 17.30", "sv", "tisdag 15 december kl. 17.30"),
])
def test_a_time_is_written_from_its_value(typed: str, lang: str, expected: str) -> None:
    with when.drafting_on(date(2026, 12, 7)):  # a weekday and a day resolve against the reference day
        assert when.plain(typed, Language(lang)) == expected


def test_the_same_slot_typed_two_ways_is_one_slot() -> None:
    assert when.same_slot("Wed 9 Dec 11am", "Wednesday 9 December at 11:00", Language.en)
    assert when.same_slot("jeudi 10 déc à 14h", "jeu. 10/12 14h", Language.fr)
    assert not when.same_slot("jeudi 10 déc à 14h", "jeu. 10/12 15h", Language.fr)


def test_a_time_the_reader_cannot_read_is_not_rendered_from_a_value() -> None:
    assert when.parts("after lunch", Language.en) is None
    assert when.slot("whenever suits", Language.en) is None


@pytest.mark.parametrize("meeting,time,expected", [
    ("weekly design crit every Weds 10am", "Wed 9 Dec", "weekly design crit"),
    ("Thursday therapy slot", "last Thursday 6pm", "therapy slot"),
    ("appel hebdo du mardi", "mar 8/12 9h30", "appel hebdo"),
    ("samtalsterapi, vår ordinarie tid varannan fredag", "i fredags 10.00", "samtalsterapi, vår ordinarie tid"),
    ("monthly figures Zoom", "Thu 17/12 9.30", "monthly figures Zoom"),  # "mon" in "monthly" is no weekday
    ("Sunday roast tasting", "Sat 12 Dec", "Sunday roast tasting"),  # a day the time does not say stays
])
def test_the_meeting_phrase_loses_the_day_and_clock_the_time_says(meeting: str, time: str, expected: str) -> None:
    assert when.without_time_words(meeting, time) == expected


def test_tomorrow_in_a_reason_is_that_morning_only_when_the_dated_meeting_is_tomorrow(monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    monkeypatch.setattr(when, "reference_date", lambda: date(2026, 12, 7))
    assert when.that_day("I've been called into court tomorrow morning.", "Tue 8 Dec 11:00", Language.en) == "I've been called into court that morning."
    assert when.that_day("I'm flying tomorrow.", "Thu 10 Dec 11:00", Language.en) == "I'm flying tomorrow."  # another day
    assert when.that_day("I'm flying tomorrow.", "tomorrow 9:30", Language.en) == "I'm flying tomorrow."  # the meeting is "tomorrow" too


@pytest.mark.parametrize("typed,lang,expected", [
    ("di 15/12 na 16u", "nl", "dinsdag 15 december na 16.00 uur"),
    ("Tue 15 Dec after 4pm", "en", "Tuesday 15 December after 4pm"),
    ("Wed 16th around 2", "en", "Wednesday 16 December at around 2pm"),  # the next Wednesday the 16th; a typed hour in office hours (facts10)
])
def test_borders_and_approximate_times(typed: str, lang: str, expected: str) -> None:
    with when.drafting_on(date(2026, 12, 7)):
        assert when.plain(typed, Language(lang)) == expected


def test_the_writer_reads_times_against_the_settings_day_and_only_while_it_drafts() -> None:
    """TACTFUL_TODAY reaches the built-in writer (the guard and the situation warnings read the same day); outside a
    draft, and by default, it is the real today."""
    from composer.config import get_settings
    from composer.service import default_writer

    day = date(2027, 1, 10)
    assert default_writer(get_settings(today=day)).today == day
    with when.drafting_on(day):
        assert when.reference_date() == day
    assert when.reference_date() == date.today()
    with when.drafting_on(None):
        assert when.reference_date() == date.today()
