"""A given time said by reference (weekday within the week, 'next X', clock in words in the paragraph) counts as
stated; a clock governed by 'instead of' does not; a day's notice with 'at least' is a policy claim. Own examples."""

from __future__ import annotations

from datetime import date

import pytest

from composer.facts import check_draft
from composer.models import Situation


def _sit(lang: str, meeting_time: str, proposed: str, **kw: object) -> Situation:
    base = {"language": lang, "intent": "reschedule", "recipient_name": "Anna Berg", "sender_name": "Eli Moss",
            "tone": "friendly", "relationship": "regular", "meeting": "Planning", "meeting_time": meeting_time,
            "proposed_times": [proposed]}
    base.update(kw)
    return Situation(**base)


TODAY = date(2030, 3, 5)  # a Tuesday


@pytest.mark.parametrize(
    ("lang", "meeting", "proposed", "body"),
    [
        ("en", "Wednesday 6 March at 10:00", "Friday 8 March at 14:00", "Hi Anna,\n\nThe planning tomorrow at ten won't work. Could we do Friday at 2?\n\nEli"),
        ("sv", "onsdag 6 mars kl. 10.00", "fredag 8 mars kl. 09.00", "Hej Anna!\n\nPlaneringen i morgon kl. tio går inte. Funkar fredag kl. nio i stället?\n\nEli"),
        ("nl", "woensdag 6 maart om 10.00 uur", "maandag 11 maart om 15.00 uur", "Hoi Anna,\n\nDe planning van morgen lukt niet. Kan het volgende week maandag om drie uur?\n\nEli"),
        ("en", "Wednesday 6 March at 10:00", "Thursday 7 March at 14:30", "Hi Anna,\n\nThe planning tomorrow at ten won't work, sorry. How about Thursday? Half two would suit me.\n\nEli"),
    ],
)
def test_a_time_said_by_reference_is_stated(lang: str, meeting: str, proposed: str, body: str) -> None:
    issues = check_draft(_sit(lang, meeting, proposed), "Planning", body, today=TODAY)
    assert not [i for i in issues if i.kind == "missing" and (i.field or "").startswith("proposed")], issues


def test_a_weekday_two_weeks_on_needs_its_date() -> None:
    s = _sit("en", "Wednesday 6 March at 10:00", "Friday 15 March at 14:00")
    issues = check_draft(s, "Planning", "Hi Anna,\n\nThe planning tomorrow at ten won't work. Could we do Friday at 2?\n\nEli", today=TODAY)
    assert any(i.kind == "missing" and i.field == "proposed_times[0]" for i in issues)


def test_a_clock_after_instead_of_is_the_old_one() -> None:
    s = _sit("nl", "woensdag 6 maart om 12.30 uur", "woensdag 6 maart om 16.00 uur")
    body = "Hoi Anna,\n\nZullen we woensdag in plaats van de planning om vier uur gewoon om half één bellen?\n\nEli"
    issues = check_draft(s, "Bellen", body, today=TODAY)
    assert issues, "the swapped hours must not pass silently"


@pytest.mark.parametrize(
    ("lang", "sentence", "flagged"),
    [
        ("sv", "Tänk på att avboka minst ett dygn innan.", True),
        ("en", "Please cancel a day before next time.", True),
        ("fr", "Merci d'annuler au moins un jour avant.", True),
        ("nl", "Ik stuur de agenda een dag van tevoren.", False),
        ("en", "I'll send the notes a day before.", False),
    ],
)
def test_a_days_notice_nobody_gave_is_a_claim(lang: str, sentence: str, flagged: bool) -> None:
    s = _sit(lang, "Wednesday 6 March at 10:00", "Friday 8 March at 14:00", intent="decline", proposed_times=[])
    issues = check_draft(s, "x", f"Hi Anna,\n\n{sentence}\n\nEli", today=TODAY)
    assert ("number" in [i.kind for i in issues]) is flagged, issues


@pytest.mark.parametrize(
    ("lang", "sentence", "flagged"),
    [
        ("en", "I'll post the slides tomorrow.", False),
        ("sv", "Jag mejlar underlaget i morgon.", False),
        ("fr", "Je t'appelle la semaine prochaine pour en parler.", True),
        ("en", "Could we meet tomorrow instead?", True),
        ("nl", "Kunnen we het overleg morgen doen?", True),
    ],
)
def test_a_relative_day_is_judged_when_it_is_a_slot(lang: str, sentence: str, flagged: bool) -> None:
    s = _sit(lang, "Friday 8 March at 10:00", "Friday 8 March at 14:00", intent="decline", proposed_times=[], meeting="overleg")
    issues = check_draft(s, "x", f"Hi Anna,\n\n{sentence}\n\nEli", today=TODAY)
    assert any(i.kind == "time" and "date word" in i.message for i in issues) is flagged, issues


@pytest.mark.parametrize(
    ("lang", "sentence", "flagged"),
    [
        ("en", "There's a 30% deposit, and if you cancel late, 75% of the price is due.", False),
        ("en", "There's a 75% deposit, and if you cancel late, 30% of the price is due.", True),
        ("sv", "Handpenningen är 30 %, och avbokar du sent blir 75 % av priset kvar att betala.", False),
        ("sv", "Handpenningen är 75 %, och avbokar du sent blir 30 % av priset kvar att betala.", True),
    ],
)
def test_a_percentage_binds_to_the_term_of_its_clause(lang: str, sentence: str, flagged: bool) -> None:
    s = _sit(lang, "Friday 8 March at 10:00", "Friday 8 March at 14:00", intent="cancellation_policy", proposed_times=[],
             policy={"notice_hours": 48, "fee_percent": 75, "deposit_percent": 30})
    issues = check_draft(s, "x", f"Hi Anna,\n\n{sentence}\n\nEli", today=TODAY)
    assert ("number" in [i.kind for i in issues]) is flagged, issues


def test_same_time_after_a_list_of_days_holds_for_each() -> None:
    s = _sit("fr", "mardi 5 mars à 18 h", "jeudi 7 mars à 18 h", proposed_times=["jeudi 7 mars à 18 h", "lundi 11 mars à 18 h"])
    body = "Bonjour Anna,\n\nOn peut refaire la séance jeudi 7 mars ou lundi 11 mars, même heure.\n\nEli"
    assert not [i for i in check_draft(s, "Séance", body, today=TODAY) if (i.field or "").startswith("proposed")]


def test_a_date_from_the_reason_reworded_is_not_invented() -> None:
    s = _sit("fr", "vendredi 8 mars à 10 h", "vendredi 8 mars à 14 h", intent="delegate", proposed_times=[],
             reason="mon congé commence le 6 mars", colleague_name="Léa Roux")
    body = "Bonjour Anna,\n\nMon congé débutant le 6 mars, Léa Roux vous recevra vendredi 8 mars à 10 h.\n\nEli"
    assert not [i for i in check_draft(s, "Planning", body, today=TODAY) if i.kind == "time"]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("nl", "Bij afzeggen binnen 24 uur rekenen we de volledige les."),
        ("en", "If you cancel within 24 hours we charge the whole session."),
        ("sv", "Avbokar du senare än 24 timmar innan debiterar vi hela lektionen."),
    ],
)
def test_the_whole_booking_charged_states_a_full_fee(lang: str, sentence: str) -> None:
    s = _sit(lang, "Friday 8 March at 10:00", "Friday 8 March at 14:00", intent="cancellation_policy", proposed_times=[],
             policy={"notice_hours": 24, "fee_percent": 100})
    issues = check_draft(s, "x", f"Hi Anna,\n\n{sentence}\n\nEli", today=TODAY)
    assert not [i for i in issues if i.field == "policy.fee_percent"], issues


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("it", "La prossima lezione te la faccio a metà prezzo."),
        ("en", "Your next lesson is half price."),
        ("fr", "La prochaine séance sera à moitié prix."),
        ("nl", "De volgende les krijg je voor de halve prijs."),
        ("sv", "Nästa lektion får du till halva priset."),
    ],
)
def test_half_price_is_an_offer_nobody_gave(lang: str, sentence: str) -> None:
    s = _sit(lang, "Friday 8 March at 10:00", "Friday 8 March at 14:00", intent="decline", proposed_times=[])
    issues = check_draft(s, "x", f"Hi Anna,\n\n{sentence}\n\nEli", today=TODAY)
    assert any(i.kind == "invented" for i in issues), issues
