"""The hand-written evaluation data stays well-formed: tone hard cases and native-review situations.

Only shape and split hygiene are checked here (valid situations, labels, split by situation, counts per
language); nothing scores the drafts, so this reads the held-out split without tuning anything on it.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from composer.models import Intent, Situation

ROOT = Path(__file__).resolve().parents[2]
TONE = ROOT / "evals" / "tone"
NATIVE = ROOT / "evals" / "native" / "situations.jsonl"
LANGS = ("fr", "it", "nl", "sv", "en")
FLAWS = {
    "sarcasm", "mock_enthusiasm", "passive_aggression", "condescension", "blame", "coldness",
    "bureaucratic_distance", "over_familiarity", "grovelling", "wrong_register", "phishing_like", "hostile",
}  # fmt: skip


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def tone_rows() -> list[dict]:
    return _read(TONE / "dev.jsonl") + _read(TONE / "test.jsonl")


def test_tone_cases_are_well_formed(tone_rows: list[dict]) -> None:
    ids = [r["id"] for r in tone_rows]
    assert len(ids) == len(set(ids))
    for r in tone_rows:
        assert set(r) == {"id", "split", "language", "situation", "subject", "body", "label", "flaw", "note"}, r["id"]
        sit = Situation.model_validate(r["situation"])
        assert sit.language.value == r["language"], r["id"]
        assert r["label"] in ("good", "bad"), r["id"]
        assert (r["label"] == "good") == (r["flaw"] is None), r["id"]
        assert r["flaw"] is None or r["flaw"] in FLAWS, r["id"]
        assert r["subject"].strip() and r["body"].strip() and r["note"].strip(), r["id"]
        assert sit.sender_name in r["body"], f"{r['id']}: not signed by the sender"


def test_tone_split_is_by_situation_and_balanced(tone_rows: list[dict]) -> None:
    sides: dict[str, set[str]] = defaultdict(set)
    for r in tone_rows:
        sides[r["situation"]["id"]].add(r["split"])
    assert all(len(s) == 1 for s in sides.values()), "a situation has drafts in both splits"
    for lang in LANGS:
        rows = [r for r in tone_rows if r["language"] == lang]
        assert len(rows) >= 60, lang
        labels = Counter(r["label"] for r in rows)
        assert 0.4 <= labels["good"] / len(rows) <= 0.6, (lang, labels)
        sits = Counter(r["split"] for r in {r["situation"]["id"]: r for r in rows}.values())
        assert 0.5 <= sits["dev"] / (sits["dev"] + sits["test"]) <= 0.7, (lang, sits)


def test_native_situations_cover_every_intent_per_language() -> None:
    rows = _read(NATIVE)
    assert len({r["id"] for r in rows}) == len(rows)
    per_lang: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        sit = Situation.model_validate(r)
        per_lang[sit.language.value].add(sit.intent.value)
    for lang in LANGS:
        assert sum(r["language"] == lang for r in rows) >= 30, lang
        assert per_lang[lang] == {i.value for i in Intent}, lang
