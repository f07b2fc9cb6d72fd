"""The held-out v4 message set (evals/messages/v4/) stays valid and matches its hand-written sources."""

from __future__ import annotations

from tests.support.evalsets import ROOT, lines, script as _load


def test_messages_v4_is_valid_and_built_from_its_sources():
    build = _load(ROOT / "evals/messages/v4/source/build.py", "messages_v4_build")
    check = _load(ROOT / "evals/messages/v4/validate.py", "messages_v4_validate")
    files, rows = build.render()
    assert rows == lines(ROOT / "evals/messages/v4/labels.jsonl")
    for name, data in files.items():
        assert (ROOT / "evals/messages/v4" / name).read_bytes() == data, name
    assert check.check(rows) == []
    for lang in ("fr", "it", "nl", "sv", "en"):
        mine = [r for r in rows if r["language"] == lang]
        assert len(mine) == 10 and sum(r["file"].endswith(".eml") for r in mine) == 5
        assert {r["kind"] for r in mine} == {"invitation", "reschedule_request", "cancellation", "absence_notice",
                                             "policy_question", "other"}


def test_messages_v4_validator_accepts_only_its_split_and_catches_a_span_not_in_the_message():
    check = _load(ROOT / "evals/messages/v4/validate.py", "messages_v4_validate")
    row = lines(ROOT / "evals/messages/v4/labels.jsonl")[0]
    problems = check.check([{**row, "split": "v3", "meeting": "a meeting nobody wrote"}])
    assert any("split must be v4" in p for p in problems)
    assert any("is not in the new message" in p for p in problems)


def test_v3_builder_still_renders_v3_unchanged():
    build = _load(ROOT / "evals/messages/v3/source/build.py", "messages_v3_build")
    files, rows = build.render()
    assert {r["split"] for r in rows} == {"v3"}
    for name, data in files.items():
        assert (ROOT / "evals/messages/v3" / name).read_bytes() == data, name
