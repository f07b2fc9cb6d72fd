"""Dates and times in local formats: found as verbatim spans and resolved against a reference date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from composer.messages.times import clock, find_times
from composer.models import Language

REF = datetime(2024, 3, 11, 9, 0)  # Monday 11 March 2024


@pytest.mark.parametrize(("lang", "text", "span", "resolved"), [
    ("en", "Could we meet on Tuesday 9 April at 2 pm?", "Tuesday 9 April at 2 pm", datetime(2024, 4, 9, 14, 0)),
    ("en", "How about 3:30 p.m. on Thursday the 14th?", "3:30 p.m. on Thursday the 14th", datetime(2024, 3, 14, 15, 30)),
    ("en", "next Friday at noon works", "next Friday at noon", datetime(2024, 3, 15, 12, 0)),
    ("fr", "Pourrions-nous nous voir à 14h30 ?", "à 14h30", datetime(2024, 3, 11, 14, 30)),
    ("fr", "le jeudi 14 mars de 9h à 10h30", "jeudi 14 mars de 9h à 10h30", datetime(2024, 3, 14, 9, 0)),
    ("fr", "lundi 18 mars 2024 à 14 heures", "lundi 18 mars 2024 à 14 heures", datetime(2024, 3, 18, 14, 0)),
    ("fr", "demain à 10h", "demain à 10h", datetime(2024, 3, 12, 10, 0)),
    ("it", "Ci vediamo giovedì 14 marzo alle 10 per il budget", "giovedì 14 marzo alle 10", datetime(2024, 3, 14, 10, 0)),
    ("it", "mercoledì 20 alle 9 e mezza", "mercoledì 20 alle 9 e mezza", datetime(2024, 3, 20, 9, 30)),
    ("it", "venerdì alle 15.30", "venerdì alle 15.30", datetime(2024, 3, 15, 15, 30)),
    ("nl", "Kunnen we donderdag om half tien afspreken?", "donderdag om half tien", datetime(2024, 3, 14, 9, 30)),
    ("nl", "vrijdag 15 maart om 14.00 uur", "vrijdag 15 maart om 14.00 uur", datetime(2024, 3, 15, 14, 0)),
    ("nl", "woensdag om kwart over tien", "woensdag om kwart over tien", datetime(2024, 3, 13, 10, 15)),
    ("sv", "Kan vi ses på torsdag kl. 12.15?", "torsdag kl. 12.15", datetime(2024, 3, 14, 12, 15)),
    ("sv", "måndag den 18 mars 2024 klockan 14", "måndag den 18 mars 2024 klockan 14", datetime(2024, 3, 18, 14, 0)),
    ("sv", "onsdag 20 mars kl. halv tio", "onsdag 20 mars kl. halv tio", datetime(2024, 3, 20, 9, 30)),
])
def test_local_formats(lang: str, text: str, span: str, resolved: datetime) -> None:
    found = find_times(text, Language(lang), REF)
    assert [t.text for t in found] == [span]
    t = found[0]
    assert text[t.start:t.end] == span and t.resolved == resolved


def test_alternatives_are_separate_times() -> None:
    found = find_times("mardi 12 mars à 14h30 ou mercredi 13 mars à 9h", Language.fr, REF)
    assert [t.text for t in found] == ["mardi 12 mars à 14h30", "mercredi 13 mars à 9h"]
    found = find_times("Tuesday at 2 or Wednesday at 10", Language.en, REF)
    assert [t.text for t in found] == ["Tuesday at 2", "Wednesday at 10"]


def test_past_preference_and_day_only() -> None:
    [t] = find_times("I missed our call yesterday at 3pm", Language.en, REF, past=True)
    assert t.text == "yesterday at 3pm" and t.resolved == datetime(2024, 3, 10, 15, 0)
    [d] = find_times("vendredi matin", Language.fr, REF)
    assert d.resolved == date(2024, 3, 15) and d.has_day and not d.has_clock


def test_greetings_are_not_times() -> None:
    for lang, text in (("en", "Good morning Julien,"), ("nl", "Goedemorgen Jan,"), ("it", "Buongiorno Marco,"), ("sv", "God morgon Anna,")):
        assert find_times(text, Language(lang), REF) == []


@pytest.mark.parametrize(("lang", "text", "hm"), [
    ("en", "at 2 pm", (14, 0)), ("en", "half past two", (14, 30)), ("fr", "14h30", (14, 30)), ("nl", "om half drie", (14, 30)),
    ("sv", "kl. 12.15", (12, 15)), ("sv", "halv tio", (9, 30)), ("it", "alle 3", (15, 0)),
])
def test_clock(lang: str, text: str, hm: tuple[int, int]) -> None:
    t = clock(text, Language(lang))
    assert t is not None and (t.hour, t.minute) == hm


def test_word_ranges_need_a_from_word() -> None:
    assert [t.text for t in find_times("can we shift Friday at 2pm to 3:30pm?", Language.en, REF)] == ["Friday at 2pm", "3:30pm"]
    assert [t.text for t in find_times("décaler de mardi 10h à mercredi 11h", Language.fr, REF)] == ["mardi 10h", "mercredi 11h"]
    assert [t.text for t in find_times("dalle 9 alle 10", Language.it, REF)] == ["dalle 9 alle 10"]
    assert [t.text for t in find_times("van 9 tot 10 uur", Language.nl, REF)] == ["9 tot 10 uur"]
    assert [t.text for t in find_times("mellan kl 9 och kl 10", Language.sv, REF)] == ["kl 9 och kl 10"]
