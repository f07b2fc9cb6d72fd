"""The held-out v5 fact set (evals/facts/v5.jsonl) stays valid, matches its hand-written sources and is new."""

from __future__ import annotations

import collections

from tests.support.evalsets import ROOT, lines, script as _load

FACTS = ROOT / "evals/facts"
OLDER = ("dev.jsonl", "test.jsonl", "v2.jsonl", "v3.jsonl", "v4.jsonl")
OLDER_TODAYS = {"2026-12-06", "2026-12-07", "2026-12-10", "2027-01-18", "2027-02-09", "2027-03-03",
                "2027-04-21", "2027-05-10", "2027-06-24", "2027-09-14", "2027-10-05"}


def _lines(name: str) -> list[dict]:
    return lines(FACTS / name)


def test_facts_v5_is_valid_and_built_from_its_sources():
    build = _load(FACTS / "v3_build.py", "facts_v3_build")
    check = _load(FACTS / "v2_validate.py", "facts_v2_validate")
    records = _lines("v5.jsonl")
    assert records == build.records("v5")
    assert check.check(records, [r for o in OLDER for r in _lines(o)], split="v5", today=None) == []
    assert len(records) == 200
    for lang in ("fr", "it", "nl", "sv", "en"):
        labels = [r["label"] for r in records if r["language"] == lang]
        assert labels.count("correct") == 20 and labels.count("flawed") == 20
    todays = {r["today"] for r in records}
    assert len(todays) >= 5 and not todays & OLDER_TODAYS
    for lang in ("fr", "it", "nl", "sv", "en"):
        intents = {r["situation"]["intent"] for r in records if r["language"] == lang and r["label"] == "correct"}
        assert len(intents) == 9
    # fault kinds spread evenly: every kind but the whole-draft neighbour language (Swedish only) 7 times
    faults = collections.Counter(r["fault"] for r in records if r["fault"])
    assert faults.pop("wrong_language_neighbour") == 2
    assert len(faults) == 14 and set(faults.values()) == {7}
    assert {r["language"] for r in records if r["fault"] == "wrong_language_neighbour"} == {"sv"}


def test_facts_v5_shares_no_person_or_meeting_with_older_sets():
    newness = _load(FACTS / "v3_newness.py", "facts_v3_newness")
    assert newness.main("v5.jsonl", OLDER) == 0
