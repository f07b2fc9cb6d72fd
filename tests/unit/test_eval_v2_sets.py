"""The held-out v2 sets (evals/facts/v2.jsonl, evals/tone/v2.jsonl) stay valid and match their hand-written sources."""

from __future__ import annotations

from tests.support.evalsets import ROOT, lines, script as _load

_lines = lines


def test_facts_v2_is_valid_and_built_from_its_sources():
    build = _load(ROOT / "evals/facts/v2_build.py", "facts_v2_build")
    check = _load(ROOT / "evals/facts/v2_validate.py", "facts_v2_validate")
    records = _lines(ROOT / "evals/facts/v2.jsonl")
    assert records == build.records()
    older = _lines(ROOT / "evals/facts/dev.jsonl") + _lines(ROOT / "evals/facts/test.jsonl")
    assert check.check(records, older) == []
    assert len(records) == 200
    for lang in ("fr", "it", "nl", "sv", "en"):
        labels = [r["label"] for r in records if r["language"] == lang]
        assert labels.count("correct") == 20 and labels.count("flawed") == 20


def test_tone_v2_is_valid_and_built_from_its_sources():
    build = _load(ROOT / "evals/tone/v2_build.py", "tone_v2_build")
    check = _load(ROOT / "evals/tone/v2_validate.py", "tone_v2_validate")
    records = _lines(ROOT / "evals/tone/v2.jsonl")
    assert records == build.records()
    older = _lines(ROOT / "evals/tone/dev.jsonl") + _lines(ROOT / "evals/tone/test.jsonl")
    assert check.check(records, older) == []
    for lang in ("fr", "it", "nl", "sv", "en"):
        labels = [r["label"] for r in records if r["language"] == lang]
        assert labels.count("good") == 12 and labels.count("bad") == 12


def test_the_validators_catch_a_wrong_weekday_and_a_bad_label():
    check = _load(ROOT / "evals/facts/v2_validate.py", "facts_v2_validate")
    rec = _lines(ROOT / "evals/facts/v2.jsonl")[0]
    broken = {**rec, "subject": "Report au mercredi 15 décembre", "label": "correct", "fault": "time_swapped"}
    problems = check.check([broken], [])
    assert any("weekday" in p for p in problems) and any("correct with a fault" in p for p in problems)
