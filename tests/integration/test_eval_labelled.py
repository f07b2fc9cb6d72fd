"""The scorers against the human-labelled drafts: AUC on the held-out test split, overall and per language."""

from __future__ import annotations

from collections import Counter

import pytest

from composer.evaluation import TONE_OK_THRESHOLD
from composer.evaluation.politeness import available as politeness_available
from composer.evaluation.labelled import (
    LABELLED_DIR,
    calibrate_tone_threshold,
    load_labelled,
    scored,
    split_metrics,
)
from composer.models import Language

MIN_COMPLETENESS_AUC = 0.95
MIN_TONE_AUC = 0.90


@pytest.fixture(scope="module")
def dev():  # type: ignore[no-untyped-def]
    return load_labelled(LABELLED_DIR / "dev.jsonl")


@pytest.fixture(scope="module")
def test():  # type: ignore[no-untyped-def]
    return load_labelled(LABELLED_DIR / "test.jsonl")


def test_the_labelled_set_is_big_balanced_and_split_cleanly(dev, test) -> None:  # type: ignore[no-untyped-def]
    assert len(dev) + len(test) >= 150
    assert not {r.id for r in dev} & {r.id for r in test}
    for split in (dev, test):
        langs = Counter(r.situation.language for r in split)
        assert set(langs) == set(Language), langs
        assert max(langs.values()) - min(langs.values()) <= 4, langs
    for lang in Language:
        rows = [r for r in test if r.situation.language is lang]
        for label in ("complete", "tone_ok"):
            values = {getattr(r.labels, label) for r in rows}
            assert values == {True, False}, f"{lang.value} test split needs both classes of {label}"


def test_scorers_separate_good_from_bad_on_the_test_split(test) -> None:  # type: ignore[no-untyped-def]
    m = split_metrics("test", scored(test))
    print(f"\ntest AUC completeness {m.completeness_auc:.3f}, tone {m.tone_auc:.3f}")
    assert m.completeness_auc is not None and m.completeness_auc >= MIN_COMPLETENESS_AUC
    assert m.tone_auc is not None and m.tone_auc >= MIN_TONE_AUC
    for lang, v in m.by_language.items():
        print(f"  {lang}: completeness {v['completeness_auc']:.3f}, tone {v['tone_auc']:.3f} (n={int(v['n'] or 0)})")
        assert v["completeness_auc"] is not None and v["completeness_auc"] >= MIN_COMPLETENESS_AUC, lang
        assert v["tone_auc"] is not None and v["tone_auc"] >= MIN_TONE_AUC, lang


def test_the_booleans_mostly_agree_with_the_labels(test) -> None:  # type: ignore[no-untyped-def]
    m = split_metrics("test", scored(test))
    assert m.complete_accuracy >= 0.9 and m.tone_ok_accuracy >= 0.85, (m.complete_accuracy, m.tone_ok_accuracy)


def test_the_tone_threshold_is_the_one_dev_calibrates_to(dev) -> None:  # type: ignore[no-untyped-def]
    from composer.evaluation.metrics import balanced_accuracy, calibrate_threshold
    from composer.evaluation.tone import default_mode, ok_threshold

    # dev is scored by the verdict the scorer uses (full mode when the weights ship), so its cut is that mode's.
    # Since the eleventh round dev (121 drafts) agrees almost equally well anywhere between 0.72 and 0.82 and its single
    # best cut sits at the far end of that plateau; the shipped cut (fitted leave-one-set-out on 1,455 hard-case drafts)
    # may cost at most two drafts of dev's smaller class against dev's own best cut
    # (at 0.70 two formal Dutch bad drafts, scored 0.708 and 0.811, pass that the best cut 0.813 would fail).
    mode = default_mode() if politeness_available() else "rules"
    pairs = scored(dev)
    scores, labels = [s.tone for _, s in pairs], [r.labels.tone_ok for r, _ in pairs]
    best = calibrate_threshold(scores, labels)
    assert best == pytest.approx(calibrate_tone_threshold())
    two_drafts = 1.0 / min(labels.count(True), labels.count(False))  # balanced accuracy: two drafts of the smaller class
    assert balanced_accuracy(scores, labels, ok_threshold(mode)) >= balanced_accuracy(scores, labels, best) - two_drafts - 1e-9
    assert TONE_OK_THRESHOLD == 0.8  # the rules-mode cut stays where dev put it
