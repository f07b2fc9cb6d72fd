"""Draft heads that also learn from paired contrast: a good and a bad draft of the SAME situation (fourteenth round).

Why: a pointwise head learns "good" and "bad" from drafts that differ in topic, intent and length as well as in tone, and
part of what it learns is the topic of the sets it saw. Two drafts written for one situation, in one language, differ
mostly in the tone people judged, so "the good one reads above the bad one" is a signal with the topic removed. Every
hard-case set writes several drafts per situation, good and bad, so the pairs come free with the labels.

Loss: the usual L2-penalised log loss on each draft's logit, plus `pair_weight` times the mean over pairs of
log(1 + exp(-(z_good - z_bad))) (a pairwise logistic, RankNet). The bias is fitted by the pointwise part only (it
cancels in a pair). Pure numpy; deterministic (zero start, Adam for the pooled head, Newton for the linear one).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from composer.evaluation.politeness import Head


def pairs(situations: Sequence[str], y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Indices (good, bad) of every good/bad pair of drafts written for the same situation."""
    by: dict[str, tuple[list[int], list[int]]] = {}
    for i, (s, lab) in enumerate(zip(situations, y, strict=True)):
        by.setdefault(s, ([], []))[0 if lab > 0.5 else 1].append(i)
    good, bad = [], []
    for g, b in by.values():
        for i in g:
            for j in b:
                good.append(i)
                bad.append(j)
    return np.array(good, dtype=int), np.array(bad, dtype=int)


def fit_linear(x: np.ndarray, y: np.ndarray, situations: Sequence[str], *, l2: float, pair_weight: float, iterations: int = 30) -> Head:
    """A logistic head on draft vectors x whose loss also ranks each situation's good drafts above its bad ones.

    Newton's method: pointwise rows [x, 1] with target y, pair rows [x_good - x_bad, 0] with target 1, each pair row
    weighted `pair_weight * n / n_pairs` so the pairs weigh `pair_weight` times the drafts, whatever their count."""
    n, d = x.shape
    gi, bi = pairs(situations, y)
    rows = [np.hstack([x.astype(np.float64), np.ones((n, 1))])]
    target, weight = [np.asarray(y, dtype=np.float64)], [np.ones(n)]
    if len(gi) and pair_weight > 0:
        rows.append(np.hstack([(x[gi] - x[bi]).astype(np.float64), np.zeros((len(gi), 1))]))
        target.append(np.ones(len(gi)))
        weight.append(np.full(len(gi), pair_weight * n / len(gi)))
    xb, t, wt = np.vstack(rows), np.concatenate(target), np.concatenate(weight)
    w = np.zeros(d + 1)
    reg = np.full(d + 1, l2)
    reg[-1] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        grad = xb.T @ (wt * (p - t)) + reg * w
        hess = (xb * (wt * p * (1 - p))[:, None]).T @ xb + np.diag(reg) + 1e-9 * np.eye(d + 1)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-6:
            break
    return Head(w[:-1].astype(np.float32), float(w[-1]))


def fit_pooled(bags: Sequence[np.ndarray], y: np.ndarray, situations: Sequence[str], *, beta: float, temp: float, l2: float, pair_weight: float,
               iterations: int = 400, lr: float = 0.05) -> Head:
    """The pooled sentence head (`pooled.fit`: soft minimum of sentence logits) with the paired loss on pooled draft logits."""
    from composer.evaluation.pooled import fit

    return fit(bags, y, beta=beta, temp=temp, l2=l2, iterations=iterations, lr=lr, situations=situations, pair_weight=pair_weight)
