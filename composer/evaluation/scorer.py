"""One entry point that runs both scorers on a draft and merges their verdicts into a Score."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from composer.evaluation import completeness, politeness, tone
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
    situation: Situation | Mapping[str, Any] | str,
    draft: Any,
    *,
    tone_threshold: float | None = None,
    tone_mode: str | None = None,
) -> Score:
    """Completeness and tone of one draft for its situation, with every reason; offline.

    Tone is `tone.tone_verdict` (the same verdict the guard uses); `tone_mode` "rules" skips the learned signal,
    None follows the TACTFUL_TONE setting; `tone_threshold` None is the cut of the mode used (`tone.ok_threshold`).
    """
    from composer.api import as_situation  # the same inputs draft() takes, the same error messages

    situation = as_situation(situation)
    subject, body = draft_parts(draft)
    detected = tone.detect(situation, body)
    checks = completeness.checklist(situation, subject, body, detected=detected)
    verdict = tone.tone_verdict(situation, subject, body, mode=tone_mode, detected=detected, threshold=tone_threshold)
    share, complete = completeness.summarise(checks)
    reasons = [Reason(item=c.item, passed=c.passed, evidence=c.evidence) for c in checks]
    reasons += [Reason(item=f"tone.{s.name}", passed=s.passed, evidence=s.evidence) for s in verdict.signals]
    return Score(
        completeness=round(share, 4),
        complete=complete,
        tone=verdict.score,
        tone_ok=verdict.ok,
        tone_mode=verdict.mode,
        reasons=reasons,
        checks=checks,
        signals=verdict.signals,
    )


def score_many(
    items: Sequence[tuple[Situation, Any]], *, workers: int = 1, tone_mode: str | None = None
) -> list[Score]:
    """Score many drafts, in order; with workers > 1 in threads (the embedder and lingua run outside the GIL)."""
    if workers <= 1 or len(items) < 2:
        return [score(s, d, tone_mode=tone_mode) for s, d in items]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(workers, thread_name_prefix="tactful-score") as pool:
        return list(pool.map(lambda it: score(it[0], it[1], tone_mode=tone_mode), items))


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
    if tone.default_mode() == "full" and politeness.available():  # the embedder, like lingua, loads once
        politeness.read(_SAMPLES[0])
