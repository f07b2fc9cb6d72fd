"""Numbers bound to their terms, in the five languages; policy words and numbers in words with no given fact."""

from __future__ import annotations

from datetime import date

import pytest

from composer.facts import check_draft
from composer.models import Situation

TODAY = date(2024, 3, 1)
NAMES = {
    "en": ("Margaret Hughes", "Tom Baker", "the quarterly account review", "Thursday 14 March at 10:00"),
    "fr": ("Claire Dubois", "Julien Moreau", "la revue du compte", "jeudi 14 mars à 10 h"),
    "it": ("Giulia Bianchi", "Marco Rossi", "la revisione del progetto", "giovedì 14 marzo alle 10:00"),
    "nl": ("Sanne de Vries", "Pieter Jansen", "de kwartaalevaluatie", "donderdag 14 maart om 10.00 uur"),
    "sv": ("Karin Lindqvist", "Erik Johansson", "kvartalsgenomgången", "torsdag 14 mars kl. 10.00"),
}
# The policy sentence of each language: notice hours, fee and deposit, each with its own term.
POLICY = {
    "en": "Changes are free up to {n} hours before; after that we charge a fee of {f}% and the deposit of {d}% is kept.",
    "fr": "Les changements sont sans frais jusqu'à {n} heures avant ; ensuite, des frais de {f} % s'appliquent et l'acompte de {d} % est conservé.",
    "it": "Le modifiche sono gratuite fino a {n} ore prima; dopo si applica una penale del {f}% e l'acconto del {d}% viene trattenuto.",
    "nl": "Wijzigen is kosteloos tot {n} uur van tevoren; daarna rekenen we kosten van {f}% en de aanbetaling van {d}% blijft staan.",
    "sv": "Ändringar är avgiftsfria fram till {n} timmar innan; därefter tar vi ut en avgift på {f} % och handpenningen på {d} % behålls.",
}


def sit(lang: str, **kw: object) -> Situation:
    r, se, m, t = NAMES[lang]
    data: dict = dict(language=lang, intent="cancellation_policy", tone="formal", relationship="regular",
                      recipient_name=r, sender_name=se, meeting=m, meeting_time=t,
                      policy={"notice_hours": 48, "fee_percent": 30, "deposit_percent": 20})
    data.update(kw)
    return Situation.model_validate(data)


def body(lang: str, sentence: str) -> str:
    r, se, m, t = NAMES[lang]
    return f"{r},\n\n{m} ({t}).\n\n{sentence}\n\n{se}"


@pytest.mark.parametrize("lang", list(POLICY))
def test_each_number_with_its_own_term_passes(lang: str) -> None:
    s = sit(lang)
    issues = check_draft(s, "Policy", body(lang, POLICY[lang].format(n=48, f=30, d=20)), today=TODAY)
    assert [i for i in issues if i.kind in ("number", "policy")] == []


@pytest.mark.parametrize("lang", list(POLICY))
def test_swapped_fee_and_deposit_are_flagged_in_every_language(lang: str) -> None:
    s = sit(lang)
    issues = check_draft(s, "Policy", body(lang, POLICY[lang].format(n=48, f=20, d=30)), today=TODAY)
    swaps = [i for i in issues if i.kind == "number" and "swapped" in i.message]
    assert len(swaps) == 2, issues


@pytest.mark.parametrize("lang", list(POLICY))
def test_a_wrong_notice_period_is_flagged(lang: str) -> None:
    s = sit(lang)
    issues = check_draft(s, "Policy", body(lang, POLICY[lang].format(n=24, f=30, d=20)), today=TODAY)
    assert any(i.kind == "number" and "48" in i.message for i in issues), issues


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "As agreed, half of the fee is due for a late cancellation."),
        ("en", "Please note that the deposit is non-refundable."),
        ("fr", "Comme convenu, la moitié des frais reste due."),
        ("it", "Le ricordo che l'acconto non è rimborsabile."),
        ("nl", "Houd er rekening mee dat de helft van de kosten in rekening wordt gebracht."),
        ("sv", "Observera att hälften av avgiften debiteras."),
    ],
)
def test_a_policy_in_words_with_no_fee_given_is_flagged(lang: str, sentence: str) -> None:
    s = sit(lang, intent="late_cancellation", policy=None)
    issues = check_draft(s, "Policy", body(lang, sentence), today=TODAY)
    assert any(i.kind == "policy" for i in issues), issues


def test_two_days_is_fine_for_48_hours_but_not_for_24() -> None:
    s = sit("en")
    text = "Changes are free up to two days before; after that the fee is 30% and the deposit of 20% is kept."
    assert [i for i in check_draft(s, "Policy", body("en", text), today=TODAY) if i.kind == "number"] == []
    s24 = sit("en", policy={"notice_hours": 24, "fee_percent": 30, "deposit_percent": 20})
    assert any(i.kind == "number" for i in check_draft(s24, "Policy", body("en", text), today=TODAY))


def test_a_number_from_the_reason_licenses_nothing_elsewhere() -> None:
    s = sit("en", intent="reschedule", policy=None, reason="my flight lands at 18:00 after a 9 hour delay", proposed_times=["Friday 15 March at 11:00"])
    ok = body("en", "My flight lands at 18:00 after a 9 hour delay, so could we meet on Friday 15 March at 11:00 instead?")
    assert [i for i in check_draft(s, "Review", ok, today=TODAY) if i.kind in ("number", "time")] == []
    bad = body("en", "Could we meet on Friday 15 March at 11:00 instead? I can offer you 9 free sessions.")
    assert any(i.kind == "number" for i in check_draft(s, "Review", bad, today=TODAY))


def test_natural_forms_of_given_numbers_count_as_stated() -> None:
    s = sit("en", policy={"notice_hours": 48, "fee_percent": 50})
    text = "Changes are free up to two days before; after that, half of the fee is charged."
    assert check_draft(s, "Policy", body("en", text), today=TODAY) == []


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "I will be away for two weeks."),
        ("fr", "Je serai absent deux semaines."),
        ("it", "Sarò via per due settimane."),
        ("nl", "Graag binnen een week antwoord."),
        ("sv", "Svara gärna inom två veckor."),
    ],
)
def test_a_period_in_weeks_nobody_gave_is_flagged(lang: str, sentence: str) -> None:
    s = sit(lang, intent="decline", policy=None)
    issues = check_draft(s, "x", body(lang, sentence), today=date(2024, 3, 1))
    assert "number" in [i.kind for i in issues]


def test_a_week_of_notice_is_the_given_168_hours() -> None:
    s = sit("en", policy={"notice_hours": 168})
    issues = check_draft(s, "x", body("en", "Changes are free up to one week before."), today=date(2024, 3, 1))
    assert "number" not in [i.kind for i in issues]


def test_an_article_is_not_a_count_but_a_deadline_with_it_is() -> None:
    s = sit("nl", intent="decline", policy=None)
    kinds_of = lambda sentence: [i.kind for i in check_draft(s, "x", body("nl", sentence), today=date(2024, 3, 1))]  # noqa: E731
    assert "number" not in kinds_of("Ik stuur de agenda een dag van tevoren.")
    assert "number" in kinds_of("Graag binnen een dag antwoord.")


@pytest.mark.parametrize(
    ("lang", "given", "ok", "bad"),
    [
        ("en", 30, "half an hour", "three quarters of an hour"),
        ("fr", 45, "trois quarts d'heure", "une demi-heure"),
        ("it", 30, "mezz'ora", "un'ora"),
        ("nl", 90, "anderhalf uur", "een uur"),
        ("sv", 15, "en kvart", "en halvtimme"),
    ],
)
def test_a_length_in_words_must_be_the_given_one(lang: str, given: int, ok: str, bad: str) -> None:
    s = sit(lang, intent="shorten", duration_minutes=given, policy=None)
    said = lambda d: [i.kind for i in check_draft(s, "x", body(lang, f"({d})"), today=date(2024, 3, 1))]  # noqa: E731
    assert "number" not in said(ok)
    assert "number" in said(bad)
