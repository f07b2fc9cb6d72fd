"""The completeness scorer judges facts with the same model as the guard: a swap or a misspelling fails it."""

from __future__ import annotations

from composer.evaluation.completeness import checklist, summarise
from composer.models import Situation

S = Situation.model_validate(dict(
    language="en", intent="cancellation_policy", tone="formal", relationship="regular", recipient_name="Eva Bakker",
    sender_name="Tom Baker", meeting="the quarterly account review", meeting_time="Thursday 14 March at 10:00",
    policy={"notice_hours": 48, "fee_percent": 30, "deposit_percent": 20},
))
OK = (
    "Dear Eva Bakker,\n\nAbout the quarterly account review on Thursday 14 March at 10:00: changes are free of charge up to "
    "48 hours before. After that, a fee of 30% applies, and the deposit of 20% is kept. Please let me know if you have any questions.\n\n"
    "Kind regards,\nTom Baker"
)


def failed(body: str) -> list[str]:
    checks = checklist(S, "Our cancellation policy", body, detected=S.language)
    return [c.item for c in checks if not c.passed]


def test_the_correct_policy_passes() -> None:
    assert failed(OK) == []
    assert summarise(checklist(S, "Our cancellation policy", OK))[1]


def test_a_swapped_percentage_fails_completeness() -> None:
    bad = OK.replace("fee of 30%", "fee of 20%").replace("deposit of 20%", "deposit of 30%")
    assert "facts.numbers_with_terms" in failed(bad)
    assert not summarise(checklist(S, "Our cancellation policy", bad))[1]


def test_a_misspelt_name_fails_completeness() -> None:
    assert "facts.names_exact" in failed(OK.replace("Dear Eva Bakker", "Dear Eva Bakkers"))
