"""Fourteenth round of the tone verdict: v13 is seen (v14 stays fresh), and the draft heads can learn from paired contrast
(good vs bad drafts of one situation). Vectors here are synthetic; no eval record is read."""

from __future__ import annotations

import numpy as np

from composer.evaluation import labelled, paired, transfer


def test_v13_is_seen_and_v15_is_not() -> None:
    assert "v13" in labelled.HARD_CASE_SPLITS and "v13" in transfer.SEEN_SPLITS
    assert not any(s.startswith("v15") for s in (*labelled.HARD_CASE_SPLITS, *transfer.SEEN_SPLITS))


def test_pairs_are_good_and_bad_drafts_of_one_situation() -> None:
    sids = ["a", "a", "a", "b", "b", "c"]
    y = np.array([1.0, 0.0, 0.0, 1.0, 1.0, 0.0])
    good, bad = paired.pairs(sids, y)
    assert sorted(zip(good.tolist(), bad.tolist(), strict=True)) == [(0, 1), (0, 2)]  # b has no bad draft, c no good one


def _topic_confounded(seed: int, *, flip: bool = False) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Dimension 0 is the topic of a situation (topic-1 situations are mostly good; `flip`: mostly bad, as in a set
    written by someone else), dimension 1 the tone (the label)."""
    rng = np.random.default_rng(seed)
    x, y, sids = [], [], []
    for s in range(40):
        topic = 1.0 if s % 2 else -1.0
        n_good = 3 if (topic > 0) != flip else 1
        for k in range(4):
            good = k < n_good
            x.append([topic + rng.normal(0, 0.1), (0.6 if good else -0.6) + rng.normal(0, 0.5), *rng.normal(0, 0.3, 4)])
            y.append(1.0 if good else 0.0)
            sids.append(f"s{s}")
    return np.array(x), np.array(y), sids


def test_the_paired_loss_moves_the_head_from_topic_to_tone() -> None:
    x, y, sids = _topic_confounded(3)
    point = paired.fit_linear(x, y, sids, l2=0.1, pair_weight=0.0)
    pair = paired.fit_linear(x, y, sids, l2=0.1, pair_weight=3.0)
    ratio = lambda h: abs(float(h.w[0])) / abs(float(h.w[1]))  # noqa: E731
    assert ratio(pair) < ratio(point)
    # on a set where the topic goes the other way, the paired head ranks drafts better
    from composer.evaluation.metrics import auc

    xt, yt, _ = _topic_confounded(4, flip=True)
    assert auc(pair.logits(xt).tolist(), (yt > 0.5).tolist()) > auc(point.logits(xt).tolist(), (yt > 0.5).tolist())


def test_the_pooled_head_with_pairs_is_deterministic_and_without_pairs_is_the_pointwise_fit() -> None:
    from composer.evaluation import pooled

    x, y, sids = _topic_confounded(5)
    bags = [np.vstack([v, v * 0.5]) for v in x]
    a = paired.fit_pooled(bags, y, sids, beta=0.0, temp=0.5, l2=0.1, pair_weight=1.0, iterations=50)
    b = paired.fit_pooled(bags, y, sids, beta=0.0, temp=0.5, l2=0.1, pair_weight=1.0, iterations=50)
    assert np.array_equal(a.w, b.w) and a.b == b.b
    c = paired.fit_pooled(bags, y, sids, beta=0.0, temp=0.5, l2=0.1, pair_weight=0.0, iterations=50)
    d = pooled.fit(bags, y, beta=0.0, temp=0.5, l2=0.1, iterations=50)
    assert np.allclose(c.w, d.w, atol=1e-5) and abs(c.b - d.b) < 1e-5
    assert not np.allclose(a.w, c.w)
