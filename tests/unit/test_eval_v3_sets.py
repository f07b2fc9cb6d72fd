"""The held-out v3 sets (evals/tone/v3.jsonl, evals/messages/v3/) stay valid and match their hand-written sources."""

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


def test_messages_v3_is_valid_and_built_from_its_sources():
    build = _load(ROOT / "evals/messages/v3/source/build.py", "messages_v3_build")
    check = _load(ROOT / "evals/messages/v3/validate.py", "messages_v3_validate")
    files, rows = build.render()
    assert rows == _lines(ROOT / "evals/messages/v3/labels.jsonl")
    for name, data in files.items():
        assert (ROOT / "evals/messages/v3" / name).read_bytes() == data, name
    assert check.check(rows) == []
    for lang in ("fr", "it", "nl", "sv", "en"):
        mine = [r for r in rows if r["language"] == lang]
        assert len(mine) == 10 and sum(r["file"].endswith(".eml") for r in mine) == 5
        assert {r["kind"] for r in mine} == {"invitation", "reschedule_request", "cancellation", "absence_notice",
                                             "policy_question", "other"}


def test_messages_v3_validator_accepts_only_its_split_and_catches_a_span_not_in_the_message():
    check = _load(ROOT / "evals/messages/v3/validate.py", "messages_v3_validate")
    row = _lines(ROOT / "evals/messages/v3/labels.jsonl")[0]
    problems = check.check([{**row, "split": "v2", "meeting": "a meeting nobody wrote"}])
    assert any("split must be v3" in p for p in problems)
    assert any("is not in the new message" in p for p in problems)
