"""Pure scorers for drafts: completeness (a checklist per intent) and tone (per-language signals)."""

from __future__ import annotations

from composer.evaluation.models import Check, Reason, Score, Signal
from composer.evaluation.scorer import score
from composer.evaluation.tone import TONE_OK_THRESHOLD

__all__ = ["TONE_OK_THRESHOLD", "Check", "Reason", "Score", "Signal", "score"]
