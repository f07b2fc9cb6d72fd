"""ChromaRetriever and the process-wide entry points: build_index, get_retriever, retrieve.

A retriever is cached per (store location, corpus folder), so a warm retrieve reuses the open client,
the collection handle and the loaded model; it costs one cached-or-fresh query embedding and one or
two filtered Chroma queries. The first get_retriever on a fresh install indexes the corpus itself.
"""

from __future__ import annotations

import threading
from pathlib import Path

from composer.config import Settings, get_settings
from composer.models import Passage, Situation
from composer.retrieval.corpus import load_corpus
from composer.retrieval.query import build_query
from composer.retrieval.ranking import rank
from composer.retrieval.store import GuidanceStore, IndexReport, where_all

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
        vector = self.store.embedder.embed_query(build_query(situation))
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
        return store.index(load_corpus(settings.corpus_dir))


def get_retriever(settings: Settings | None = None) -> ChromaRetriever:
    """The cached retriever for these settings; indexes first when the store is empty or out of date."""
    settings = settings or get_settings()
    key = (_location(settings), str(Path(settings.corpus_dir).resolve()))
    with _lock:
        retriever = _retrievers.get(key)
        if retriever is None:
            store = _store(settings)
            passages = load_corpus(settings.corpus_dir)
            if store.count() == 0 or not store.is_current(passages):
                store.index(passages)
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
