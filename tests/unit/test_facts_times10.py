"""The time reader reads the natural renderings the built-in writer wants to use (docs/notes/phr-o.md, "Fact-model
rules that block a natural rendering"): each accepted reading paired with the same form naming ANOTHER time, which
the fact model still flags."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from composer.facts import check_draft
from composer.facts.times import parse_given, scan
from composer.models import Language, Situation

TODAY = date(2026, 12, 7)  # a Monday


def sit(lang: str, proposed: str, **kw: object) -> Situation:
    meeting = {"en": "Monday 14 December at 9:00", "fr": "lundi 14 décembre à 9 h", "it": "lunedì 14 dicembre alle 9",
               "nl": "maandag 14 december om 9.00 uur", "sv": "måndag 14 december kl. 9.00"}[lang]
    data: dict = dict(language=lang, intent="reschedule", tone="friendly", relationship="regular", recipient_name="Anna Conti",
                      sender_name="Marco Rossi", meeting="Tasting", meeting_time=meeting, proposed_times=[proposed])
    data.update(kw)
    return Situation.model_validate(data)


def time_issues(s: Situation, body: str) -> list[str]:
    """Times not given, in the wrong role, or the proposed time left out (the meeting's own slot is not restated here)."""
    return [i.message for i in check_draft(s, "—", body, today=TODAY)
            if i.kind in ("time", "time_role") or (i.kind == "missing" and (i.field or "").startswith("proposed_times"))]


def when_of(text: str) -> tuple:
    (m,) = scan(text)
    w = m.when
    return (w.weekday, w.day, w.month, w.hour, w.minute)


# ---------------------------------------------------------------- French and Italian "mar" before a date

@pytest.mark.parametrize("text,expected", [
    ("mar 8/12", (1, 8, 12, None, None)), ("mar 15 déc", (1, 15, 12, None, None)), ("mar. 15/12 ore 10", (1, 15, 12, 10, 0)),
])
def test_mar_before_a_date_is_tuesday(text: str, expected: tuple) -> None:
    assert when_of(text) == expected


def test_mar_alone_or_before_a_bare_day_stays_march() -> None:
    assert when_of("Mar 15") == (None, 15, 3, None, None)


@pytest.mark.parametrize("lang,typed,said,other", [
    ("fr", "mar 15/12 9h30", "mardi 15 décembre à 9 h 30", "mercredi 16 décembre à 9 h 30"),
    ("it", "mar 15 dic ore 10", "martedì 15 dicembre alle 10", "martedì 15 marzo alle 10"),
])
def test_a_mar_date_is_said_in_full(lang: str, typed: str, said: str, other: str) -> None:
    s = sit(lang, typed)
    assert time_issues(s, f"Anna, je propose / propongo {said}.") == []
    assert time_issues(s, f"Anna, je propose / propongo {other}.")


# ---------------------------------------------------------------- a weekday and a day with no month

@pytest.mark.parametrize("lang,typed,said,other", [
    ("en", "Thursday 10th", "Thursday 10 December", "Thursday 17 December"),
    ("en", "Wed 9th 11am", "Wednesday 9 December at 11am", "Wednesday 9 December at 12pm"),
    ("it", "mercoledì 9 alle 11", "mercoledì 9 dicembre alle 11", "mercoledì 9 settembre alle 11"),
    ("fr", "sam 12 14h", "samedi 12 décembre à 14 h", "samedi 12 décembre à 15 h"),
])
def test_a_weekday_and_day_resolve_to_the_next_such_date(lang: str, typed: str, said: str, other: str) -> None:
    s = sit(lang, typed)
    assert time_issues(s, f"Anna, how about {said}?") == []
    assert time_issues(s, f"Anna, how about {other}?")


def test_a_weekday_and_day_never_resolve_to_another_weekday_or_the_past() -> None:
    for weekday in range(7):
        for day in (1, 9, 10, 16, 29, 31):
            typed = f"{('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')[weekday]} {day}th"
            p = parse_given(typed, Language.en, TODAY)
            if p.resolved is not None:
                assert p.resolved.weekday() == weekday and p.resolved.day == day
                assert 0 <= (p.resolved.date() - TODAY).days <= 62
            else:
                assert p.when.month is None  # unresolved rather than a guessed month


def test_a_weekday_and_day_past_or_far_stay_unresolved() -> None:
    from composer.facts import situation_warnings

    assert parse_given("Thursday 10th at 10:00", Language.en, TODAY).resolved.date() == date(2026, 12, 10)
    far = parse_given("Thursday 3rd at 10:00", Language.en, TODAY)  # 3 December is past; the next is in June
    assert far.resolved is None and far.when.month is None
    assert not situation_warnings(sit("en", "Thursday 10th at 10:00"), today=TODAY)


# ---------------------------------------------------------------- a range's end is a time of the slot

RANGES = {  # (typed range, the range said, the same with another end)
    "fr": ("mardi 15 décembre 14h-16h", "mardi 15 décembre de 14 h à 16 h", "mardi 15 décembre de 14 h à 17 h"),
    "en": ("Tuesday 15 December 2-4pm", "Tuesday 15 December between 2 and 4pm", "Tuesday 15 December between 2 and 5pm"),
    "it": ("martedì 15 dicembre 14-16", "martedì 15 dicembre tra le 14 e le 16", "martedì 15 dicembre tra le 14 e le 18"),
    "nl": ("dinsdag 15 december 14.00-16.00 uur", "dinsdag 15 december tussen 14.00 en 16.00 uur", "dinsdag 15 december tussen 14.00 en 17.00 uur"),
    "sv": ("tisdag 15 december kl. 14–16", "tisdag 15 december mellan kl. 14 och 16", "tisdag 15 december mellan kl. 14 och 17"),
}


@pytest.mark.parametrize("lang", sorted(RANGES))
def test_a_ranges_end_is_a_time_of_the_slot(lang: str) -> None:
    typed, said, other = RANGES[lang]
    s = sit(lang, typed)
    assert parse_given(typed, Language(lang), TODAY).end is not None
    assert time_issues(s, f"Anna, {said}.") == []
    assert time_issues(s, f"Anna, {other}.")


@pytest.mark.parametrize("text,hours", [
    ("mardi 9–12", [9, 12]), ("jeudi 10 décembre, 10-12", [10, 12]), ("14h-16h", [14, 16]), ("tra le 14 e le 16", [14, 16]),
    ("mellan kl. 14 och 16", [14, 16]), ("between 2 and 4pm", [14, 16]), ("mellan kl. 14 och 16 passa", [14, 16]),
    ("alle 10-12 arriva", [10, 12]),
])
def test_ranges_are_read_whole(text: str, hours: list[int]) -> None:
    assert [m.when.hour for m in scan(text)] == hours


@pytest.mark.parametrize("text", ["we do 9-12 sessions", "10-12%", "entre 2 et 3 personnes", "tra 10 e 12 persone", "mellan 10 och 12 deltagare"])
def test_counts_are_no_ranges(text: str) -> None:
    assert [m for m in scan(text) if m.when.hour is not None] == []


def test_a_range_not_given_still_has_an_end_nobody_gave() -> None:
    s = sit("fr", "mardi 15 décembre à 14 h")
    assert time_issues(s, "Anna, je propose mardi 15 décembre à 14 h.") == []
    assert time_issues(s, "Anna, je propose mardi 15 décembre de 14 h à 16 h.")


# ---------------------------------------------------------------- a bare hour after "around"

AROUND = {
    "en": ("Tuesday 15 December at 2pm", "on Tuesday 15 December, around 2.", "on Tuesday 15 December, around 3."),
    "fr": ("mardi 15 décembre à 14 h", "mardi 15 décembre, vers 14.", "mardi 15 décembre, vers 15."),
    "it": ("martedì 15 dicembre alle 14", "martedì 15 dicembre, verso le 14.", "martedì 15 dicembre, verso le 15."),
    "nl": ("dinsdag 15 december om 14.00 uur", "dinsdag 15 december, rond 14 uur.", "dinsdag 15 december, rond 15 uur."),
    "sv": ("tisdag 15 december kl. 14.00", "tisdag 15 december, runt 14.", "tisdag 15 december, runt 15."),
}


@pytest.mark.parametrize("lang", sorted(AROUND))
def test_a_bare_hour_after_around_is_a_clock(lang: str) -> None:
    typed, said, other = AROUND[lang]
    s = sit(lang, typed)
    assert time_issues(s, f"Anna, {said}") == []
    assert time_issues(s, f"Anna, {other}")


@pytest.mark.parametrize("text", ["around 20 people", "ca 14 dagar", "rond 3 personen", "Vi blir ca 14.", "about 3, maybe 4 of us",
                                  "un gruppo di 12 alle 14 persone"])
def test_around_a_count_is_no_clock(text: str) -> None:
    assert [m for m in scan(text) if m.when.day is not None or m.when.weekday is not None or (m.when.hour is not None and "alle" not in text)] == []


def test_around_after_a_relative_day_is_a_clock() -> None:
    assert [m.when.hour for m in scan("tomorrow around 2")] == [2] and [m.when.hour for m in scan("demain vers 14")] == [14]


# ---------------------------------------------------------------- compact forms read whole

COMPACT = {  # typed, read as, said in full, another hour
    "fr": ("sam 19 14h", (5, 19, None, 14, 0), "samedi 19 décembre à 14 h", "samedi 19 décembre à 16 h"),
    "it": ("gio 17/12 h 16", (3, 17, 12, 16, 0), "giovedì 17 dicembre alle 16", "giovedì 17 dicembre alle 17"),
    "sv": ("lör 19/12 11", (5, 19, 12, 11, 0), "lördag 19 december kl. 11", "lördag 19 december kl. 12"),
}


@pytest.mark.parametrize("lang", sorted(COMPACT))
def test_compact_forms_are_read_whole(lang: str) -> None:
    typed, reading, said, other = COMPACT[lang]
    assert when_of(typed) == reading
    assert parse_given(typed, Language(lang), TODAY).resolved.date() == date(2026, 12, reading[1])  # the month from the reference day
    s = sit(lang, typed)
    assert time_issues(s, f"Anna, {said}.") == []
    assert time_issues(s, f"Anna, {other}.")


def test_a_clock_only_given_time_gets_no_invented_day() -> None:
    p = parse_given("14h-16h", Language.fr, TODAY)
    assert p.resolved is None and p.when.day is None and (p.when.hour, p.end) == (14, (16, 0))


# ---------------------------------------------------------------- the built-in writer's renderings pass its self-check

TYPED = {
    "en": ["Thursday 10th", "Wed 9th 11am", "Tue 15 Dec 2-4pm", "Wed 16th around 2", "Thu 17/12 9.30"],
    "fr": ["mar 15/12 9h30", "sam 12 14h", "mardi 15 décembre 14h-16h", "jeudi 10 vers 10h", "mer 16 déc 9h"],
    "it": ["mercoledì 9 alle 11", "gio 10/12 h 16", "martedì 15 dicembre 14-16", "mar 15 dic ore 10", "venerdì 11 verso le 13"],
    "nl": ["di 15/12 14.00-16.00 uur", "do 10 december rond 10 uur", "woensdag 16 december 9-12", "za 12/12 om 11 uur",
           "vrijdag 11 december tussen 14.00 en 16.00 uur"],
    "sv": ["lör 19/12 11", "tis 15/12 kl. 14–16", "onsdag 16 december runt 14", "torsdag 10 december mellan kl. 14 och 16", "fre 11/12 kl 9.30"],
}


@pytest.mark.parametrize("lang", sorted(TYPED))
@pytest.mark.parametrize("intent", ["reschedule", "switch_to_call"])
def test_the_builtin_writers_renderings_of_these_forms_pass_the_fact_model(lang: str, intent: str) -> None:
    from composer.writers.builtin import BuiltinWriter

    for tone in ("formal", "friendly"):
        for typed in TYPED[lang]:
            s = sit(lang, typed, intent=intent, tone=tone, reason="a client emergency")
            d = BuiltinWriter(today=TODAY).write(s, [])
            assert check_draft(s, d.subject, d.body, today=TODAY) == [], (typed, d.body)
