"""The held-out v7 fact set (evals/facts/v7.jsonl) stays valid, matches its hand-written sources and is new."""

from __future__ import annotations

import collections

from tests.support.evalsets import ROOT, lines, script as _load

FACTS = ROOT / "evals/facts"
OLDER = ("dev.jsonl", "test.jsonl", "v2.jsonl", "v3.jsonl", "v4.jsonl", "v5.jsonl", "v6.jsonl")
LANGS = ("fr", "it", "nl", "sv", "en")


def _lines(name: str) -> list[dict]:
    return lines(FACTS / name)


def test_facts_v7_is_valid_and_built_from_its_sources():
    build = _load(FACTS / "v3_build.py", "facts_v3_build")
    check = _load(FACTS / "v2_validate.py", "facts_v2_validate")
    records = _lines("v7.jsonl")
    assert records == build.records("v7")
    assert check.check(records, [r for o in OLDER for r in _lines(o)], split="v7", today=None) == []
    assert len(records) == 200
    for lang in LANGS:
        labels = [r["label"] for r in records if r["language"] == lang]
        assert labels.count("correct") == 20 and labels.count("flawed") == 20
        intents = {r["situation"]["intent"] for r in records if r["language"] == lang and r["label"] == "correct"}
        assert len(intents) == 9


def test_facts_v7_uses_its_own_reference_dates():
    older_todays = {r["today"] for o in OLDER for r in _lines(o)}
    todays = collections.Counter(r["today"] for r in _lines("v7.jsonl"))
    assert len(todays) == 5 and set(todays.values()) == {40}
    assert not set(todays) & older_todays
    for lang in LANGS:
        per_lang = collections.Counter(r["today"] for r in _lines("v7.jsonl") if r["language"] == lang)
        assert set(per_lang.values()) == {8}


def test_facts_v7_spreads_fault_kinds_evenly():
    records = _lines("v7.jsonl")
    faults = collections.Counter(r["fault"] for r in records if r["fault"])
    # the whole-draft neighbour language is a Swedish-only fault (Norwegian, Danish); every other kind 7 times
    assert faults.pop("wrong_language_neighbour") == 2
    assert len(faults) == 14 and set(faults.values()) == {7}
    assert {r["language"] for r in records if r["fault"] == "wrong_language_neighbour"} == {"sv"}
    for lang in LANGS:
        kinds = {r["fault"] for r in records if r["language"] == lang and r["fault"]}
        assert len(kinds) >= 14


def test_facts_v7_shares_no_person_or_meeting_with_older_sets():
    newness = _load(FACTS / "v3_newness.py", "facts_v3_newness")
    assert newness.main("v7.jsonl", OLDER) == 0
