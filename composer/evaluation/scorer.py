"""One entry point that runs both scorers on a draft and merges their verdicts into a Score."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from composer.evaluation import completeness, tone
from composer.evaluation.models import Reason, Score
from composer.models import Situation


def draft_parts(draft: Any) -> tuple[str, str]:
    """Subject and body from a Draft, a BatchLine, a mapping or anything with those attributes."""
    if isinstance(draft, Mapping):
        subject, body = draft.get("subject"), draft.get("body")
    else:
        subject, body = getattr(draft, "subject", None), getattr(draft, "body", None)
    if body is None:
        raise TypeError(f"a draft needs a body (got {type(draft).__name__})")
    return str(subject or ""), str(body)


def score(
    situation: Situation | Mapping[str, Any] | str, draft: Any, *, tone_threshold: float = tone.TONE_OK_THRESHOLD
) -> Score:
    """Completeness and tone of one draft for its situation, with every reason; pure and offline."""
    from composer.api import as_situation  # the same inputs draft() takes, the same error messages

    situation = as_situation(situation)
    subject, body = draft_parts(draft)
    detected = tone.detect(situation, body)
    checks = completeness.checklist(situation, subject, body, detected=detected)
    sigs = tone.signals(situation, subject, body, detected=detected)
    share, complete = completeness.summarise(checks)
    tone_value, tone_ok = tone.summarise(sigs, tone_threshold)
    reasons = [Reason(item=c.item, passed=c.passed, evidence=c.evidence) for c in checks]
    reasons += [Reason(item=f"tone.{s.name}", passed=s.passed, evidence=s.evidence) for s in sigs]
    return Score(
        completeness=round(share, 4),
        complete=complete,
        tone=tone_value,
        tone_ok=tone_ok,
        reasons=reasons,
        checks=checks,
        signals=sigs,
    )


_SAMPLES = (
    "Thank you for your message; could we move our meeting to another day next month?",
    "Merci pour votre message ; pourrions-nous déplacer notre rendez-vous à un autre jour ?",
    "Grazie per il messaggio; potremmo spostare il nostro incontro a un altro giorno?",
    "Bedankt voor uw bericht; zouden we onze afspraak naar een andere dag kunnen verzetten?",
    "Tack för ditt meddelande; skulle vi kunna flytta vårt möte till en annan dag?",
)


def warm_up() -> None:
    """Load the language models and compile the lexicons now, so the first real drafts are not slow."""
    from composer.evaluation import cues
    from composer.lang import detect_language
    from composer.models import Language

    # A text that could be any of the five makes lingua load every model at once (~2.5 s, once per process);
    # otherwise the first ambiguous draft pays for it mid-run.
    detect_language("the meeting la réunion la riunione de vergadering mötet coaching session sessione séance sessie")
    for text in _SAMPLES:
        detect_language(text * 3)
    for category in cues.CUES:
        for lang in Language:
            cues.pattern(category, lang)
