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
