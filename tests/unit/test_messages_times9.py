"""Time families (extract9): office/opening hours and a room free from a clock, the start of a period away, a message
the client sent, the wrong day the client had noted, the next planned session, a day's hours "from ... to" with its
weekday in brackets and zone. Messages written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from composer.messages.extract import extract
from composer.messages.times import find_times
from composer.models import Language as L

REF = datetime(2027, 3, 1, 9, 0)  # a Monday


def test_a_day_s_hours_from_to_with_its_weekday_in_brackets_and_zone_are_one_time() -> None:
    found = find_times("the workshop on 10 Mar (Wed), 9.30am to 12.30pm SGT.", L.en, REF)
    assert [t.text for t in found] == ["10 Mar (Wed), 9.30am to 12.30pm SGT"]
    assert found[0].resolved == datetime(2027, 3, 10, 9, 30)


def test_a_move_from_one_clock_to_another_stays_two_times() -> None:
    assert [t.text for t in find_times("Can we move Wednesday 3pm to 4.30pm?", L.en, REF)] == ["Wednesday 3pm", "4.30pm"]


@pytest.mark.parametrize("lang,text,meeting_time", [
    (L.en, "Dear Ms Roe,\nWe would like to invite you to our planning day on 10 March at 9am. Our office hours are 8am to 5pm, Monday to Friday.",
     "10 March at 9am"),
    (L.it, "Buongiorno,\nper il corso di giovedì 11 marzo alle 14 confermo. La sala riunioni è libera già dalle 8.", "giovedì 11 marzo alle 14"),
])
def test_office_hours_and_a_free_room_are_no_time_of_the_meeting(lang: L, text: str, meeting_time: str) -> None:
    got = extract(text, today=REF, language=lang)
    assert got.meeting_time == meeting_time and got.proposed_times == []


def test_the_start_of_a_period_away_is_no_meeting_time() -> None:
    text = "Hej Pia,\nJag vidarebefordrar kallelsen. Jag är tjänstledig från den 8:e, så kan du gå i mitt ställe?"
    got = extract(text, today=REF, language=L.sv)
    assert got.meeting_time != "den 8:e"


def test_a_message_the_client_sent_is_no_meeting_time() -> None:
    text = ("Hi,\nI got your bill for the late cancellation of the piano lesson on 24 Feb. We texted at 5pm the day before, "
            "is that not enough notice?")
    assert extract(text, today=REF, language=L.en).meeting_time == "24 Feb"


@pytest.mark.parametrize("lang,text", [
    (L.it, "Gentile Marta,\nmi scuso per la lezione di ieri: me l'ero segnata per venerdì invece che per domenica. "
           "Posso recuperare mercoledì 3 marzo alle 18?"),
    (L.nl, "Beste Jan,\nSorry, ik had de afspraak op vrijdag in mijn agenda staan in plaats van op zaterdag. "
           "Kunt u woensdag 3 maart om 10 uur langskomen?"),
])
def test_the_wrong_day_noted_is_no_offer(lang: L, text: str) -> None:
    got = extract(text, today=REF, language=lang)
    assert len(got.proposed_times) == 1 and "3 ma" in got.proposed_times[0]


def test_the_next_planned_session_is_no_offer() -> None:
    text = "Hej Lisa,\nTack för kursen! En fråga: får vi filma nästa kurstillfälle den 18 mars, eller vill du hellre inte?"
    assert extract(text, today=REF, language=L.sv).proposed_times == []


@pytest.mark.parametrize("lang,text,span,resolved", [
    (L.fr, "Pour le cours de jeudi midi et demi, je serai là.", "jeudi midi et demi", datetime(2027, 3, 4, 12, 30)),
    (L.it, "la visita di giovedì 4 c.m. alle ore 9,30 presso lo studio", "giovedì 4 c.m. alle ore 9,30", datetime(2027, 3, 4, 9, 30)),
    (L.sv, "Passar det tisdag em?", "tisdag em", None),
    (L.sv, "Går det fredag veckan därpå, den 12:e, samma tid?", "fredag veckan därpå, den 12:e, samma tid", None),
    (L.en, "Could we do Friday the week after, the 12th?", "Friday the week after, the 12th", None),
])
def test_spans_said_in_full(lang: L, text: str, span: str, resolved: datetime | None) -> None:
    found = find_times(text, lang, REF)
    assert [t.text for t in found] == [span]
    if resolved is not None:
        assert found[0].resolved == resolved


@pytest.mark.parametrize("lang,text,offer", [
    (L.it, "Gentile dott. Ferri,\nsiamo costretti ad annullare la visita di oggi alle 15. Per recuperarla pensavamo a venerdì 5 marzo, stesso orario.",
     "venerdì 5 marzo, stesso orario"),
    (L.en, "Hi Al,\nWe have to cancel today's 3pm review. We were thinking of Friday 5 March, same time.", "Friday 5 March, same time"),
])
def test_what_the_client_was_thinking_of_is_an_offer(lang: L, text: str, offer: str) -> None:
    assert extract(text, today=REF, language=lang).proposed_times == [offer]


@pytest.mark.parametrize("lang,text,when", [
    (L.nl, "Hoi Bart,\n\nBevestigd: de jaarevaluatie staat bij ons in de agenda voor donderdag 4 maart, 14:00–15:00. Kan Sanne ook aansluiten?\n\nGroet,\nEls",
     "donderdag 4 maart, 14:00–15:00"),
    (L.en, "Hi Kim,\n\nConfirmed: the design review is in our calendar for Thursday 4 March, 2pm to 3pm. Can Lee join too?\n\nBest,\nJo",
     "Thursday 4 March, 2pm to 3pm"),
])
def test_an_opening_confirmation_s_time_is_the_meeting_s(lang: L, text: str, when: str) -> None:
    got = extract(text, today=REF, language=lang)
    assert got.meeting_time == when and got.proposed_times == []
