"""Sentence vectors for the fixed labelled sets, shipped beside them (evals/tone/vectors/<split>.npz for the seen
hard tone cases, evals/labelled/vectors/{dev,test}.npz for the labelled drafts).

`tactful eval` scores every seen hard-case set, and embedding their ~6,000 sentences is nearly all of its time
(about two minutes on two cores). The sets never change once seen, so their vectors are computed once, when a set
joins `labelled.HARD_CASE_SPLITS`, and shipped like the corpus's vectors. A shard is used only when it was made by
this exact model (`embed.model_identity()`); a sentence it lacks, or any sentence at all with another model, is
embedded live as before. Vectors are stored as float16 (half the size; a head's logit moves by about 1e-3, which
`tests/unit/test_hard_vectors.py` bounds against live embeddings).

Write or refresh shards: `python -m composer.evaluation.hard_vectors [--split v14 ...] [--labelled]` (default: every
seen hard-case split and the labelled drafts).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

VECTORS_DIR = "vectors"


def text_key(text: str) -> str:
    """Shard key of one sentence: 16 hex digits of its SHA-1 (no sentence text is stored twice)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def shard_path(directory: Path, split: str) -> Path:
    return directory / VECTORS_DIR / f"{split}.npz"


@lru_cache(maxsize=64)
def load_shard(path: Path, model: str) -> dict[str, np.ndarray]:
    """The shard's vectors by sentence key, or {} when it is missing or was made by another model."""
    if not path.is_file():
        return {}
    with np.load(path, allow_pickle=False) as z:
        if str(z["model"]) != model:
            return {}
        vectors = z["vectors"].astype(np.float32)
        return dict(zip(z["keys"].tolist(), vectors, strict=True))


def shipped_for(directory: Path, split: str) -> dict[str, np.ndarray]:
    from composer.retrieval.embed import model_identity

    return load_shard(shard_path(directory, split), model_identity())


def write_shard(directory: Path, split: str) -> int:
    """Embed the sentences scoring reads in one split (live, nothing shipped) and save them; returns the count."""
    from composer.evaluation import politeness
    from composer.evaluation.labelled import load_labelled, scored
    from composer.retrieval.embed import model_identity

    seen: dict[str, np.ndarray] = {}
    with politeness.recording(seen):
        scored(load_labelled(directory / f"{split}.jsonl"))  # the whole score: its tone verdict reads every sentence
    keys = sorted(seen)
    path = shard_path(directory, split)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, model=np.array(model_identity()), keys=np.array([text_key(t) for t in keys]),
                        vectors=np.stack([seen[t] for t in keys]).astype(np.float16))
    load_shard.cache_clear()
    return len(keys)


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    from composer.evaluation.labelled import HARD_CASE_SPLITS, HARD_CASES_DIR, LABELLED_DIR

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", action="append", help="seen hard-case split(s) to (re)write (default: all seen)")
    ap.add_argument("--labelled", action="store_true", help="only the labelled drafts (evals/labelled dev and test)")
    args = ap.parse_args(argv)
    if args.labelled or not args.split:
        for split in ("dev", "test"):
            print(f"labelled {split}: {write_shard(LABELLED_DIR, split)} sentence vectors")
        if args.labelled:
            return 0
    for split in args.split or HARD_CASE_SPLITS:
        if split not in HARD_CASE_SPLITS:
            ap.error(f"{split} is not a seen hard-case split (labelled.HARD_CASE_SPLITS): fresh sets ship no vectors")
        print(f"{split}: {write_shard(HARD_CASES_DIR, split)} sentence vectors")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
