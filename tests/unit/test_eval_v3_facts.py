"""The held-out v3 fact set (evals/facts/v3.jsonl) stays valid, matches its hand-written sources and is new."""

from __future__ import annotations

import datetime as dt

from tests.support.evalsets import ROOT, lines, script as _load

FACTS = ROOT / "evals/facts"


def _lines(name: str) -> list[dict]:
    return lines(FACTS / name)


def test_facts_v3_is_valid_and_built_from_its_sources():
    build = _load(FACTS / "v3_build.py", "facts_v3_build")
    check = _load(FACTS / "v2_validate.py", "facts_v2_validate")
    records = _lines("v3.jsonl")
    assert records == build.records()
    older = _lines("dev.jsonl") + _lines("test.jsonl") + _lines("v2.jsonl")
    assert check.check(records, older, split="v3", today=None) == []
    assert len(records) == 200
    for lang in ("fr", "it", "nl", "sv", "en"):
        labels = [r["label"] for r in records if r["language"] == lang]
        assert labels.count("correct") == 20 and labels.count("flawed") == 20
    assert len({r["today"] for r in records}) >= 3


def test_facts_v3_shares_no_person_or_meeting_with_older_sets():
    fields = ("recipient_name", "sender_name", "colleague_name", "meeting")
    old = {str(r["situation"][f]).casefold() for r in _lines("dev.jsonl") + _lines("test.jsonl") + _lines("v2.jsonl")
           for f in fields if r["situation"].get(f)}
    new = {str(r["situation"][f]).casefold() for r in _lines("v3.jsonl") for f in fields if r["situation"].get(f)}
    assert not old & new


def test_the_per_record_reference_date_catches_a_past_offer():
    check = _load(FACTS / "v2_validate.py", "facts_v2_validate")
    rec = next(r for r in _lines("v3.jsonl") if r["situation"].get("proposed_times") and r["today"] == "2026-12-07")
    moved = {**rec, "today": (dt.date(2027, 6, 1)).isoformat()}
    assert check.check([rec], [], split="v3", today=None) == []
    assert any("in the past" in p for p in check.check([moved], [], split="v3", today=None))
    assert any("split/today" in p for p in check.check([rec], [], split="v3", today=dt.date(2026, 12, 8)))
