"""Pure scorers for drafts: completeness (a checklist per intent) and tone (one verdict: rules + learned signal)."""

from __future__ import annotations

from composer.evaluation.models import Check, Reason, Score, Signal, ToneVerdict
from composer.evaluation.scorer import score
from composer.evaluation.tone import TONE_OK_THRESHOLD, tone_verdict

__all__ = ["TONE_OK_THRESHOLD", "Check", "Reason", "Score", "Signal", "ToneVerdict", "score", "tone_verdict"]
