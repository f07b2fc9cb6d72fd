"""A sentence-level tone head whose sentence logits are pooled into one draft logit (a soft minimum mixed with the mean).

Why: the subtle bad drafts people label are a courteous note with ONE barbed, cold or lecturing sentence. A head on the
draft's mean vector dilutes that sentence among four polite ones; a head that scores every sentence and lets the worst
weigh can fail the note for it. Pooling, with sentence logits s_1..s_n:

    softmin_T(s) = -T * log(mean(exp(-s / T)))      (T -> 0: the minimum; T -> inf: the mean)
    draft(s)     = beta * mean(s) + (1 - beta) * softmin_T(s)

`beta = 1` is the mean of the sentence logits (for a linear head, the old mean-vector head up to normalisation).
The head is fitted end to end on draft labels only (multiple-instance: a bad draft needs one bad sentence, a good
draft none), by Adam on the L2-penalised log loss; numpy only. Pure: no I/O, no model.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from composer.evaluation.paired import pairs as _pairs
from composer.evaluation.politeness import Head


def pool(s: np.ndarray, beta: float, temp: float) -> float:
    """One draft's logit from its sentences' logits."""
    s = np.asarray(s, dtype=np.float64)
    if not len(s):
        return 0.0
    mean = float(s.mean())
    if beta >= 1.0:
        return mean
    u = -s / temp
    m = float(u.max())
    soft = -temp * (m + float(np.log(np.mean(np.exp(u - m)))))
    return beta * mean + (1.0 - beta) * soft


def weights_of(s: np.ndarray, beta: float, temp: float) -> np.ndarray:
    """How much each sentence counts in `pool` (the gradient of the draft logit; sums to 1): the evidence order."""
    s = np.asarray(s, dtype=np.float64)
    n = len(s)
    if beta >= 1.0:
        return np.full(n, 1.0 / n)
    u = -s / temp
    a = np.exp(u - u.max())
    return beta / n + (1.0 - beta) * a / a.sum()


def _pool_all(s: np.ndarray, starts: np.ndarray, counts: np.ndarray, bag: np.ndarray, beta: float, temp: float) -> tuple[np.ndarray, np.ndarray]:
    """Every draft's pooled logit and each sentence's d(draft logit)/d(sentence logit), vectorised over bags."""
    mean = np.add.reduceat(s, starts) / counts
    if beta >= 1.0:
        return mean, 1.0 / counts[bag]
    u = -s / temp
    m = np.maximum.reduceat(u, starts)
    e = np.exp(u - m[bag])
    tot = np.add.reduceat(e, starts)
    soft = -temp * (m + np.log(tot / counts))
    return beta * mean + (1.0 - beta) * soft, beta / counts[bag] + (1.0 - beta) * e / tot[bag]


def fit(bags: Sequence[np.ndarray], y: np.ndarray, *, beta: float, temp: float, l2: float = 0.03, iterations: int = 400, lr: float = 0.05,
        weights: np.ndarray | None = None, situations: Sequence[str] | None = None, pair_weight: float = 0.0) -> Head:
    """The sentence head (w, b) whose pooled logits fit the draft labels y in {0, 1}; deterministic (zero start, Adam).

    `weights` (one per bag, default 1) lets auxiliary data (one-sentence TyDiP requests) count less than a labelled draft.
    With `situations` and a `pair_weight`, a situation's good drafts are also pushed above its bad ones (`paired.pairs`)."""
    keep = [i for i, b in enumerate(bags) if len(b)]
    wt = np.ones(len(keep)) if weights is None else np.asarray(weights, dtype=np.float64)[keep]
    x = np.vstack([bags[i] for i in keep]).astype(np.float64)
    yy = np.asarray(y, dtype=np.float64)[keep]
    counts = np.array([len(bags[i]) for i in keep], dtype=np.float64)
    starts = np.r_[0, np.cumsum(counts)[:-1]].astype(int)
    bag = np.repeat(np.arange(len(keep)), counts.astype(int))
    gi, bi = _pairs([situations[i] for i in keep], yy) if situations is not None else (np.zeros(0, int), np.zeros(0, int))
    pw = pair_weight * len(keep) / len(gi) if len(gi) and pair_weight > 0 else 0.0
    d = x.shape[1]
    theta = np.zeros(d + 1)
    m1, m2 = np.zeros(d + 1), np.zeros(d + 1)
    b1, b2, eps = 0.9, 0.999, 1e-8
    for t in range(1, iterations + 1):
        s = x @ theta[:-1] + theta[-1]
        z, ds = _pool_all(s, starts, counts, bag, beta, temp)
        gz = (1.0 / (1.0 + np.exp(-np.clip(z, -60, 60))) - yy) * wt
        if pw:
            q = 1.0 / (1.0 + np.exp(np.clip(z[gi] - z[bi], -60, 60)))  # 1 - sigmoid(z_good - z_bad)
            np.add.at(gz, gi, -pw * q)
            np.add.at(gz, bi, pw * q)
        gs = gz[bag] * ds
        grad = np.r_[x.T @ gs + l2 * theta[:-1], gs.sum()]
        m1 = b1 * m1 + (1 - b1) * grad
        m2 = b2 * m2 + (1 - b2) * grad * grad
        theta -= lr * (m1 / (1 - b1**t)) / (np.sqrt(m2 / (1 - b2**t)) + eps)
    return Head(theta[:-1].astype(np.float32), float(theta[-1]))


def draft_logits(head: Head, bags: Sequence[np.ndarray], beta: float, temp: float) -> np.ndarray:
    """Pooled draft logits of many drafts (an empty draft reads 0)."""
    return np.array([pool(head.logits(b), beta, temp) if len(b) else 0.0 for b in bags])
