"""Guidance retrieval: the cleaned corpus, its Chroma index, and the retriever the writers consume.

Public API:
    load_corpus(corpus_dir)                       -> list[GuidancePassage]  (articles + notes)
    build_index(settings=None)                    -> IndexReport            (what `tactful index` runs)
    get_retriever(settings=None)                  -> ChromaRetriever        (cached; indexes a fresh store)
    retrieve(situation, k=4, *, settings=None)    -> list[Passage]
    ChromaRetriever(store).retrieve(situation, k=4)
The ranking policy (topic filter, language tiers, strategy boost) is documented in `ranking.py`.
Caches (one retriever cache, the batch's pooled queries, the no-guidance retriever) live in `cache.py`.
May import models, errors, config and resources; never the writers, the service or front ends.
"""

from __future__ import annotations

from composer.retrieval.corpus import load_corpus
from composer.retrieval.embed import Embedder, FakeEmbedder
from composer.retrieval.ranking import INTENT_STRATEGIES, rank
from composer.retrieval.records import GuidancePassage, corpus_hash
from composer.retrieval.retriever import ChromaRetriever, build_index, clear_cache, get_retriever, retrieve
from composer.retrieval.store import COLLECTION, GuidanceStore, IndexReport

__all__ = [
    "COLLECTION",
    "ChromaRetriever",
    "Embedder",
    "FakeEmbedder",
    "GuidancePassage",
    "GuidanceStore",
    "INTENT_STRATEGIES",
    "IndexReport",
    "build_index",
    "clear_cache",
    "corpus_hash",
    "get_retriever",
    "load_corpus",
    "rank",
    "retrieve",
]
