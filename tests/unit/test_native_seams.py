"""The seams a native editor found between the user's words and the built-in frames (issue 16), each in
general form: one case per kind of seam, written from the rule, not from an evaluation item."""

from __future__ import annotations

import re

import pytest

from composer.models import Situation
from composer.names import plain
from composer.writers import when
from composer.writers.builtin import BuiltinWriter
from composer.writers.phrases import fr, it
from composer.writers.plan import make_plan, meeting_kind, same_time


def situation(**kw) -> Situation:
    base = dict(language="en", intent="decline", recipient_name="Ann Lee", sender_name="Bo Ek", meeting="budget review",
                meeting_time="Friday 3pm", tone="formal", relationship="regular")
    base.update(kw)
    return Situation.model_validate(base)


def body(**kw) -> str:
    s = situation(**kw)
    d = BuiltinWriter().write(s, [])
    assert not d.warnings, d.warnings  # the fact model still accepts every natural form
    return d.body


@pytest.mark.parametrize("meeting,time,kind", [
    ("two-day offsite", "next week", "event"),
    ("strategy days", "12-13 March", "event"),
    ("séminaire à Annecy", "jeudi", "event"),
    ("convention a Rimini", "venerdì", "event"),
    ("budget review", "Friday 3pm", "meeting"),
    ("budget review", "16-12 10u", "meeting"),  # a Dutch date, not a range of days
])
def test_away_days_and_date_ranges_are_events(meeting: str, time: str, kind: str) -> None:
    assert meeting_kind(meeting, time) == kind


def test_last_weekday_is_past() -> None:
    s = situation(intent="late_cancellation", meeting_time="last Tuesday 2pm", reason="ill")
    assert make_plan(s, []).past
    assert "you were ill" in body(intent="late_cancellation", meeting_time="last Tuesday 2pm", reason="ill")


@pytest.mark.parametrize("a,b,same", [
    ("Monday 9 March 4pm", "Monday 9 March 4pm", True),
    ("Monday 9 March 4pm", "Mon 9 March at 4pm", True),
    ("Monday 9 March 4pm", "Monday 9 March 5pm", False),
    ("Tuesday 10am", "Wednesday 10am", False),
])
def test_same_time(a: str, b: str, same: bool) -> None:
    assert same_time(a, b, situation().language) is same


def test_the_meetings_own_time_is_not_the_calls_alternative() -> None:
    text = body(intent="switch_to_call", meeting_time="Monday 9 March 4pm", proposed_times=["Monday 9 March 4pm"],
                reason="I'll be travelling")
    assert "original time or" not in text and text.count("4pm") == 1
    assert "save us both time" not in text  # the reason is the argument, not saving time
    assert "?" in text.split("\n\n")[1] and ", as I'll be travelling?" not in text  # reason before the question


@pytest.mark.parametrize("typed,expected", [
    ("Mr. James Walker", "James Walker"),
    ("Dott. Enrico Fabbri", "Enrico Fabbri"),
    ("M. Bruno Carré", "Bruno Carré"),
    ("de heer Maarten de Jong", "Maarten de Jong"),
    ("Dr. Wall", "Dr. Wall"),  # no first name: kept as typed
    ("Aisha Khan", "Aisha Khan"),
])
def test_colleague_named_without_title(typed: str, expected: str) -> None:
    assert plain(typed) == expected


def test_delegate_names_colleague_without_title() -> None:
    text = body(intent="delegate", colleague_name="Mr. James Walker", reason="a double booking")
    assert "James Walker" in text and "Mr. James" not in text


@pytest.mark.parametrize("time,lang,expected", [
    ("Thu 19/12 from 6pm", "en", "Thursday 19 December from 6pm"),
    ("do 19/12 vanaf 17u", "nl", "donderdag 19 december vanaf 17.00 uur"),  # read from its value (phr-o/phr-p)
    ("tors 19/12 från 17", "sv", "torsdag 19 december från kl. 17.00"),  # a bare hour after "från" is read as a clock (facts round 15)
    ("jeudi 19 déc dès 18h", "fr", "jeudi 19 décembre à partir de 18 h"),
])
def test_from_a_time_keeps_its_own_connective(time: str, lang: str, expected: str) -> None:
    assert when.plain(time, situation(language=lang).language) == expected


def test_zero_deposit_is_not_filler_in_a_reply() -> None:
    policy = {"notice_hours": 24, "fee_percent": 50, "deposit_percent": 0}
    reply = body(intent="late_cancellation", policy=policy)
    assert "deposit" not in reply and not re.search(r"(?<!\d)0\s?%", reply)
    notice = body(intent="cancellation_policy", policy=policy)
    assert "No deposit" in notice and not re.search(r"(?<!\d)0\s?%", notice)


def test_a_decline_without_options_does_not_ask_what_suits() -> None:
    text = body(reason="I'm on holiday that week", meeting="two-day offsite", meeting_time="12-13 March")
    assert "what would suit you" not in text and "phone call" not in text


def test_fr_first_meeting_and_date_range() -> None:
    s = situation(language="fr", intent="switch_to_call", meeting="premier rendez-vous", meeting_time="lundi 9 mars 16h",
                  reason="parce que je serai en déplacement", recipient_name="Mme Anne Roy", sender_name="Paul Roy")
    p = make_plan(s, [])
    assert fr._meeting(p) == "notre premier rendez-vous, prévu le lundi 9 mars à 16 h"
    assert fr.fronted(s.reason, p) == "comme je serai en déplacement"
    assert fr._day_at("12-13 décembre") == "les 12 et 13 décembre"


def test_it_first_meeting_committee_and_fronted_reason() -> None:
    s = situation(language="it", intent="switch_to_call", meeting="primo incontro", meeting_time="lunedì 9 marzo ore 16",
                  reason="sono bloccata a Milano", recipient_name="Dott.ssa Bianchi", sender_name="Marco Rossi")
    p = make_plan(s, [])
    assert it._np(p, "a") == "al nostro primo incontro"
    assert it._np(make_plan(s.model_copy(update={"meeting": "comitato di pilotaggio"}), []), "a") == "al comitato di pilotaggio"
    assert it._fronted(s.reason, True) == "dato che sono bloccata a Milano"
    assert it._fronted("sciopero dei mezzi", False) == "con lo sciopero dei mezzi"
    assert it._fronted("un imprevisto", False) == "a causa di un imprevisto"  # the user's own article stays


@pytest.mark.parametrize("lang,reason,expected", [
    ("fr", "tout est prêt, il ne manque que ta validation", ", car tout est prêt et il ne manque que ta validation"),
    ("it", "è tutto pronto, manca solo la tua approvazione", " perché è tutto pronto e manca solo la tua approvazione"),
])
def test_two_clauses_typed_with_a_comma_are_joined(lang: str, reason: str, expected: str) -> None:
    s = situation(language=lang, reason=reason)
    got = fr.because(reason, make_plan(s, [])) if lang == "fr" else it._because(reason)
    assert got == expected


@pytest.mark.parametrize("typed,formal,expected", [
    ("j'ai eu un empêchement", True, "vous avez eu un empêchement"),
    ("mon train a été annulé", False, "ton train a été annulé"),
    ("je me suis trompé de jour", False, "tu t'es trompé de jour"),
    ("nous avons eu un souci", True, None),  # cannot be turned safely: quoted instead
    ("il y a eu une grève", True, None),  # nothing to turn
])
def test_fr_client_words_told_back(typed: str, formal: bool, expected: str | None) -> None:
    assert fr._to_you(typed, formal) == expected


@pytest.mark.parametrize("typed,formal,expected", [
    ("ho avuto un contrattempo", True, "ha avuto un contrattempo"),
    ("il mio treno è stato cancellato", False, "il tuo treno è stato cancellato"),
    ("ci sono stati problemi", True, None),
    ("abbiamo avuto un problema", True, None),
])
def test_it_client_words_told_back(typed: str, formal: bool, expected: str | None) -> None:
    assert it._to_you(typed, formal) == expected


@pytest.mark.parametrize("reason,expected", [
    ("venue double-booked", " as the venue has been double-booked"),
    ("flights cancelled", " as the flights have been cancelled"),
    ("already committed that evening", " as I am already committed that evening"),
    ("we have a clash", " as we have a clash"),
])
def test_en_note_with_a_participle_reads_as_a_sentence(reason: str, expected: str) -> None:
    from composer.writers.phrases.en import because

    assert because(reason) == expected


def test_no_show_reason_is_never_put_in_our_mouth() -> None:
    fr_body = body(language="fr", intent="no_show_followup", reason="mon train a été annulé", meeting="entretien annuel",
                   meeting_time="lundi dernier 10h", recipient_name="Mme Kate Bell")
    assert "votre train a été annulé" in fr_body and "mon train" not in fr_body
