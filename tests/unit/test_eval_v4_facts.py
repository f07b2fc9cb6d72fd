"""The held-out v4 fact set (evals/facts/v4.jsonl) stays valid, matches its hand-written sources and is new."""

from __future__ import annotations

import collections

from tests.support.evalsets import ROOT, lines, script as _load

FACTS = ROOT / "evals/facts"
OLDER = ("dev.jsonl", "test.jsonl", "v2.jsonl", "v3.jsonl")


def _lines(name: str) -> list[dict]:
    return lines(FACTS / name)


def test_facts_v4_is_valid_and_built_from_its_sources():
    build = _load(FACTS / "v3_build.py", "facts_v3_build")
    check = _load(FACTS / "v2_validate.py", "facts_v2_validate")
    records = _lines("v4.jsonl")
    assert records == build.records("v4")
    assert check.check(records, [r for o in OLDER for r in _lines(o)], split="v4", today=None) == []
    assert len(records) == 200
    for lang in ("fr", "it", "nl", "sv", "en"):
        labels = [r["label"] for r in records if r["language"] == lang]
        assert labels.count("correct") == 20 and labels.count("flawed") == 20
    assert len({r["today"] for r in records}) >= 5
    assert len({r["situation"]["intent"] for r in records if r["label"] == "correct"}) == 9
    # fault kinds spread evenly: every kind but the whole-draft neighbour language 7 times
    faults = collections.Counter(r["fault"] for r in records if r["fault"])
    assert {k: v for k, v in faults.items() if k != "wrong_language_neighbour"} == dict.fromkeys(
        set(faults) - {"wrong_language_neighbour"}, 7)


def test_facts_v4_shares_no_person_or_meeting_with_older_sets():
    newness = _load(FACTS / "v3_newness.py", "facts_v3_newness")
    assert newness.main("v4.jsonl", OLDER) == 0
