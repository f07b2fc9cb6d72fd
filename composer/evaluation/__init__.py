"""Scoring drafts, and the offline evals that measure the scorers.

Scorers (pure but for the shared embedder): `completeness` (a checklist per intent, facts through
`composer.facts`), `tone` (one verdict: `cues` rules + the learned `politeness` head, weights in `weights/`,
retrained by `train`), `scorer` (both, with reasons). They may import models, facts, register, lang, guard's
length rule and the retrieval embedder, never a writer or the service.
The eval runner (`run`, `report`, `commands`, `judge`, `calibrate`, `facts_eval`) drafts through the one
service and may import anything but the CLI and the page.
"""

from __future__ import annotations

from composer.evaluation.models import Check, Reason, Score, Signal, ToneVerdict
from composer.evaluation.scorer import score
from composer.evaluation.tone import TONE_OK_THRESHOLD, tone_verdict

__all__ = ["TONE_OK_THRESHOLD", "Check", "Reason", "Score", "Signal", "ToneVerdict", "score", "tone_verdict"]
