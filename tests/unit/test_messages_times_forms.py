"""Time forms read as one span, in sentences written for this test (not the labelled set): a day's clock in
brackets, a weekday joined to a part of the day (Flemish "namiddag"), qualified parts of the day ("nel primo
pomeriggio", "late afternoon"), the Swedish genitive weekday ("torsdagens möte")."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from composer.messages.times import find_times
from composer.models import Language

REF = datetime(2027, 3, 8, 9)  # a Monday

CASES = [
    ("fr", "l'atelier de cet après-midi (14h-16h) est annulé", "cet après-midi (14h-16h)", "2027-03-08T14:00"),
    ("fr", "le comité prévu jeudi 11 mars (9h30) est reporté", "jeudi 11 mars (9h30)", "2027-03-11T09:30"),
    ("fr", "ou vendredi 12 mars en fin de matinée (vers 11h30) ?", "vendredi 12 mars en fin de matinée (vers 11h30)", "2027-03-12T11:30"),
    ("nl", "de training van morgen (9.30 uur) gaat niet door", "morgen (9.30 uur)", "2027-03-09T09:30"),
    ("nl", "kan het dinsdagvoormiddag of woensdagnamiddag?", "dinsdagvoormiddag", "2027-03-09"),
    ("it", "sarei libero martedì 9 nel tardo pomeriggio", "martedì 9 nel tardo pomeriggio", "2027-03-09"),
    ("en", "how about Thursday (3pm) instead?", "Thursday (3pm)", "2027-03-11T15:00"),
    ("en", "or Friday (the 12th) in the late afternoon", "Friday (the 12th) in the late afternoon", "2027-03-12"),
    ("sv", "jag måste avboka onsdagens möte", "onsdagens", "2027-03-10"),
]


@pytest.mark.parametrize(("lang", "text", "span", "iso"), CASES)
def test_one_span_with_its_meaning(lang: str, text: str, span: str, iso: str) -> None:
    found = find_times(text, Language(lang), REF)
    assert found, text
    t = found[0]
    assert t.text == span
    assert text[t.start:t.end] == span
    assert t.resolved is not None and t.resolved.isoformat().startswith(iso)
    assert isinstance(t.resolved, datetime) == ("T" in iso)


def test_a_bracket_without_a_clock_is_not_taken() -> None:
    found = find_times("on Friday (see the agenda) at 3pm", Language.en, REF)
    assert [t.text for t in found][0] == "Friday"
    assert all(")" not in t.text for t in found)


def test_the_second_compound_weekday_is_its_own_time() -> None:
    found = find_times("kan het dinsdagvoormiddag of woensdagnamiddag?", Language.nl, REF)
    assert [(t.text, t.resolved) for t in found] == [("dinsdagvoormiddag", date(2027, 3, 9)), ("woensdagnamiddag", date(2027, 3, 10))]


WEEK_CASES = [
    ("en", "Could we do next week Tuesday at 3?", "next week Tuesday at 3", "2027-03-16T15:00"),
    ("en", "How about Tuesday next week at 3pm?", "Tuesday next week at 3pm", "2027-03-16T15:00"),
    ("fr", "la semaine prochaine, mardi à 10h ?", "la semaine prochaine, mardi à 10h", "2027-03-16T10:00"),
    ("it", "la settimana prossima, martedì alle 10?", "la settimana prossima, martedì alle 10", "2027-03-16T10:00"),
    ("nl", "kan het volgende week dinsdag om 15.00 uur?", "volgende week dinsdag om 15.00 uur", "2027-03-16T15:00"),
    ("sv", "går det tisdag nästa vecka kl 10?", "tisdag nästa vecka kl 10", "2027-03-16T10:00"),
    ("sv", "nästa vecka tisdag kl. 15 kanske?", "nästa vecka tisdag kl. 15", "2027-03-16T15:00"),
]


@pytest.mark.parametrize(("lang", "text", "span", "iso"), WEEK_CASES)
def test_a_weekday_of_next_week_is_in_the_coming_calendar_week(lang: str, text: str, span: str, iso: str) -> None:
    test_one_span_with_its_meaning(lang, text, span, iso)


RANGE_CASES = [
    ("en", "I'm free Thu 11/3 between 2 and 4pm", "Thu 11/3 between 2 and 4pm", "2027-03-11T14:00"),
    ("it", "mercoledì tra le 14 e le 16 va bene", "mercoledì tra le 14 e le 16", "2027-03-10T14:00"),
    ("nl", "woensdag tussen 14 en 16 uur kan ik", "woensdag tussen 14 en 16 uur", "2027-03-10T14:00"),
    ("nl", "do 11/3 om 9u?", "do 11/3 om 9u", "2027-03-11T09:00"),
    ("sv", "onsdag mellan kl 9.30 och 11 passar", "onsdag mellan kl 9.30 och 11", "2027-03-10T09:30"),
]


@pytest.mark.parametrize(("lang", "text", "span", "iso"), RANGE_CASES)
def test_a_range_starts_at_its_first_clock(lang: str, text: str, span: str, iso: str) -> None:
    test_one_span_with_its_meaning(lang, text, span, iso)


def test_working_hours_between_are_neither() -> None:
    from composer.messages import extract

    out = extract("Beste Eva,\n\nIk ben bereikbaar tussen 9 en 17 uur. Kunnen we donderdag 11 maart om 10 uur afspreken?\n\nGroet,\nKees",
                  today=date(2027, 3, 8))
    assert out.meeting_time == "donderdag 11 maart om 10 uur"
    assert "9 en 17 uur" not in out.proposed_times


def test_an_english_clock_without_am_is_in_office_hours() -> None:
    from composer.messages import extract

    out = extract("Hi Sam,\n\nCan we push our 3pm today to 4:30?\n\nRita", today=date(2027, 3, 8))
    assert out.meeting_time == "3pm today"
    assert [e.resolved for e in out.evidence["proposed_times"]] == ["2027-03-08T16:30:00"]
    early = find_times("the flight leaves at 6am, so 6:30 a.m. at the latest", Language.en, REF)
    assert [t.resolved.time().hour for t in early if isinstance(t.resolved, datetime)] == [6, 6]


MORE_FORMS = [
    ("en", "Weds 10th at 2.30pm works", "Weds 10th at 2.30pm", "2027-03-10T14:30"),
    ("en", "Thursday 11th @ 2 then", "Thursday 11th @ 2", "2027-03-11T14:00"),
    ("en", "Wed, Mar 10, 2:00 PM (CET)", "Wed, Mar 10, 2:00 PM", "2027-03-10T14:00"),
    ("it", "alle 3 del pomeriggio di giovedì", "alle 3 del pomeriggio di giovedì", "2027-03-11T15:00"),
    ("it", "sab 13/3 alle 10", "sab 13/3 alle 10", "2027-03-13T10:00"),
]


@pytest.mark.parametrize(("lang", "text", "span", "iso"), MORE_FORMS)
def test_more_local_forms(lang: str, text: str, span: str, iso: str) -> None:
    test_one_span_with_its_meaning(lang, text, span, iso)


def test_a_length_of_time_is_no_clock() -> None:
    assert find_times("la réunion durera 2 heures", Language.fr, REF) == []
    assert find_times("het duurt ongeveer 2 uur", Language.nl, REF) == []
    found = find_times("la séance dure 3 heures, de 9h à 12h jeudi", Language.fr, REF)
    assert [t.text for t in found] == ["9h à 12h jeudi"]


APPROX = [
    ("fr", "jeudi à environ 14h ?", "jeudi à environ 14h", "2027-03-11T14:00"),
    ("nl", "donderdag om ongeveer 10 uur?", "donderdag om ongeveer 10 uur", "2027-03-11T10:00"),
    ("it", "giovedì circa alle 10?", "giovedì circa alle 10", "2027-03-11T10:00"),
    ("en", "Thursday at about 10am?", "Thursday at about 10am", "2027-03-11T10:00"),
    ("sv", "torsdag runt kl 10?", "torsdag runt kl 10", "2027-03-11T10:00"),
]


@pytest.mark.parametrize(("lang", "text", "span", "iso"), APPROX)
def test_an_approximate_clock_stays_with_its_day(lang: str, text: str, span: str, iso: str) -> None:
    test_one_span_with_its_meaning(lang, text, span, iso)


def test_a_time_with_its_day_is_the_meeting_before_a_bare_clock() -> None:
    from composer.messages import extract

    out = extract("Hi Tom,\n\nThe venue opens at 8:30 and parking is free after 6pm. See you Thursday 11 March at 9.\n\nJo",
                  today=date(2027, 3, 8))
    assert out.meeting_time == "Thursday 11 March at 9"
    fr = extract("Bonjour,\n\nNous serons 8, la réunion durera 2 heures. Rendez-vous jeudi à 10h, salle 3.\n\nAnne", today=date(2027, 3, 8))
    assert fr.meeting_time == "jeudi à 10h"


def test_a_moved_meeting_gives_two_days_but_merci_davance_keeps_a_range() -> None:
    moved = find_times("la réunion a été décalée du 10 mars au 17 mars", Language.fr, REF)
    assert [t.text for t in moved] == ["10 mars", "17 mars"]
    kept = find_times("Merci d'avance, de 9h à 11h jeudi", Language.fr, REF)
    assert [t.text for t in kept] == ["9h à 11h jeudi"]
