"""The held-out v3 tone set (evals/tone/v3.jsonl) stays valid and matches its hand-written sources (messages: test_eval_message_sets.py)."""

from __future__ import annotations

from tests.support.evalsets import ROOT, lines, script as _load

_lines = lines


def test_tone_v3_is_valid_and_built_from_its_sources():
    build = _load(ROOT / "evals/tone/v2_build.py", "tone_v2_build")
    check = _load(ROOT / "evals/tone/v2_validate.py", "tone_v2_validate")
    records = _lines(ROOT / "evals/tone/v3.jsonl")
    assert records == build.records("v3cases", "v3")
    older = [r for name in ("dev", "test", "v2") for r in _lines(ROOT / f"evals/tone/{name}.jsonl")]
    assert check.check(records, older, "v3") == []
    for lang in ("fr", "it", "nl", "sv", "en"):
        labels = [r["label"] for r in records if r["language"] == lang]
        assert labels.count("good") == 12 and labels.count("bad") == 12


def test_tone_v3_situations_are_new():
    check = _load(ROOT / "evals/tone/v2_validate.py", "tone_v2_validate")
    records = _lines(ROOT / "evals/tone/v3.jsonl")
    assert any("older set" in p for p in check.check(records[:1], records[:1], "v3"))
