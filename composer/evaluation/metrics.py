"""Pure metrics for the labelled set: ROC AUC, threshold calibration, pass rates."""

from __future__ import annotations

import itertools
from collections.abc import Sequence


def auc(scores: Sequence[float], labels: Sequence[bool]) -> float | None:
    """ROC AUC as the chance a positive outscores a negative (ties count half); None without both classes."""
    if len(scores) != len(labels):
        raise ValueError(f"{len(scores)} scores but {len(labels)} labels")
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    if not pos or not neg:
        return None
    wins = 0.0
    for p in pos:
        for n in neg:
            wins += 1.0 if p > n else 0.5 if p == n else 0.0
    return wins / (len(pos) * len(neg))


def balanced_accuracy(scores: Sequence[float], labels: Sequence[bool], threshold: float) -> float:
    """Mean of the hit rate on positives and on negatives at `score >= threshold`."""
    pos = [s >= threshold for s, y in zip(scores, labels, strict=True) if y]
    neg = [s < threshold for s, y in zip(scores, labels, strict=True) if not y]
    parts = [sum(x) / len(x) for x in (pos, neg) if x]
    return sum(parts) / len(parts) if parts else 0.0


def calibrate_threshold(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """The cut with the best balanced accuracy, placed midway between the two scores it separates.

    Ties on accuracy go to the widest gap, so the cut sits where the labelled data leaves most room.
    """
    values = sorted(set(scores))
    if len(values) < 2:
        return values[0] if values else 0.5
    best: tuple[float, float, float] | None = None  # (accuracy, gap, threshold)
    for lo, hi in itertools.pairwise(values):
        cut = round((lo + hi) / 2, 4)
        key = (balanced_accuracy(scores, labels, cut), hi - lo, cut)
        if best is None or key[:2] > best[:2]:
            best = key
    assert best is not None
    return best[2]


def rate(flags: Sequence[bool]) -> float | None:
    return sum(flags) / len(flags) if flags else None
