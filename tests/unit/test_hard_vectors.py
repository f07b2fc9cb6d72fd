"""The shipped sentence vectors of the seen hard tone cases: present for every seen set, made by this model, close to
what the model computes live, and never used for a sentence they do not hold or under another model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from composer.evaluation import hard_vectors, politeness
from composer.evaluation.labelled import HARD_CASE_SPLITS, HARD_CASES_DIR, LABELLED_DIR, load_labelled
from composer.retrieval.embed import model_identity


SETS = [(HARD_CASES_DIR, split) for split in HARD_CASE_SPLITS] + [(LABELLED_DIR, "dev"), (LABELLED_DIR, "test")]


@pytest.mark.parametrize(("directory", "split"), SETS, ids=[f"{d.name}-{s}" for d, s in SETS])
def test_every_fixed_labelled_set_ships_vectors_from_this_model(directory: Path, split: str) -> None:
    path = hard_vectors.shard_path(directory, split)
    assert path.is_file(), f"run `python -m composer.evaluation.hard_vectors` (split {split} of {directory.name})"
    with np.load(path, allow_pickle=False) as z:
        assert str(z["model"]) == model_identity()
        assert z["vectors"].shape == (len(z["keys"]), 384) and len(set(z["keys"].tolist())) == len(z["keys"])
    shard = hard_vectors.shipped_for(directory, split)
    bodies = [s for r in load_labelled(directory / f"{split}.jsonl") for s in politeness.split_sentences(r.body)]
    covered = sum(hard_vectors.text_key(s) in shard for s in bodies)
    assert covered >= 0.95 * len(bodies), (covered, len(bodies))  # what the verdict reads: body sentences first


def test_shipped_vectors_are_the_models_own_to_float16_precision() -> None:
    split = HARD_CASE_SPLITS[-1]
    shard = hard_vectors.shipped_for(HARD_CASES_DIR, split)
    rows = load_labelled(HARD_CASES_DIR / f"{split}.jsonl")[:4]
    texts = [s for r in rows for s in politeness.split_sentences(r.body) if hard_vectors.text_key(s) in shard][:12]
    assert len(texts) >= 8
    live = politeness.embed_sentences(texts)
    stored = np.stack([shard[hard_vectors.text_key(t)] for t in texts])
    assert np.abs(live - stored).max() < 1e-3
    w = politeness.load_weights()
    assert np.abs(w.politeness.logits(live) - w.politeness.logits(stored)).max() < 0.02


def test_a_shard_from_another_model_or_a_missing_one_is_ignored(tmp_path: Path) -> None:
    np.savez(tmp_path / "x.npz", model=np.array("some other model"), keys=np.array(["0" * 16]),
             vectors=np.ones((1, 384), np.float16))
    assert hard_vectors.load_shard(tmp_path / "x.npz", model_identity()) == {}
    assert hard_vectors.load_shard(tmp_path / "missing.npz", model_identity()) == {}


def test_shipped_vectors_are_read_only_meanwhile_and_never_enter_the_live_cache() -> None:
    text = "Een zin die alleen deze test gebruikt, om de gedeelde voorraad te controleren."
    fake = np.full(384, 0.05, np.float32)
    politeness.forget()
    with politeness.shipped({hard_vectors.text_key(text): fake}):
        assert np.array_equal(politeness.cached_vectors([text])[0], fake)
    live = politeness.cached_vectors([text])[0]
    assert not np.array_equal(live, fake) and abs(float(np.linalg.norm(live)) - 1.0) < 1e-3


def test_a_sentence_the_shard_lacks_is_embedded_live() -> None:
    known, unknown = "Merci pour votre patience cette semaine.", "Grazie mille per la pazienza di questi giorni."
    fake = np.full(384, 0.05, np.float32)
    with politeness.shipped({hard_vectors.text_key(known): fake}):
        got = politeness.cached_vectors([known, unknown])
    assert np.array_equal(got[0], fake)
    assert np.allclose(got[1], politeness.embed_sentences([unknown])[0], atol=1e-6)
