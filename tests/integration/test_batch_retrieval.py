"""The retriever `tactful batch` uses gives exactly what the default one gives, from many threads at once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from composer.api import as_situation
from composer.retrieval.cache import PooledQueries, SharedGuidance, batch_retriever
from composer.config import REPO_DIR, get_settings
from composer.retrieval import ChromaRetriever, clear_cache, get_retriever
from composer.samples import make_situations


def test_batch_retriever_matches_the_default_one(tmp_path: Path) -> None:
    clear_cache()
    try:
        plain = get_retriever(get_settings(chroma_path=tmp_path / "chroma", corpus_dir=REPO_DIR / "corpus"))
        batch = batch_retriever(plain, workers=4)
        assert isinstance(batch, SharedGuidance) and isinstance(batch.inner, ChromaRetriever)
        inner = batch.inner.store.embedder
        assert isinstance(inner, PooledQueries) or inner is plain.store.embedder  # pooled when there are cores to use
        assert batch.inner.store.embedder_id == plain.store.embedder_id
        situations = [as_situation(s) for s in make_situations(40, seed=17)]
        with ThreadPoolExecutor(4) as pool:
            got = list(pool.map(lambda s: batch.retrieve(s, k=4), situations + situations[:10]))
        want = [plain.retrieve(s, k=4) for s in situations + situations[:10]]
        assert got == want
        assert batch.hits >= 10
    finally:
        clear_cache()


def test_other_retrievers_are_left_alone() -> None:
    class Canned:
        def retrieve(self, situation, k=4):  # type: ignore[no-untyped-def]
            return []

    r = Canned()
    assert batch_retriever(r, workers=8) is r
