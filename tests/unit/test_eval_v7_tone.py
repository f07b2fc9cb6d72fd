"""The held-out v7 tone set (evals/tone/v7.jsonl) stays valid, balanced, fact-complete and built from its hand-written sources."""

from __future__ import annotations

import collections

from tests.support.evalsets import ROOT, lines, script

LANGS = ("fr", "it", "nl", "sv", "en")
OLDER = ("dev", "test", "v2", "v3", "v4", "v5", "v6")
PEOPLE = ("recipient_name", "sender_name", "colleague_name")


def _records() -> list[dict]:
    return lines(ROOT / "evals/tone/v7.jsonl")


def _older() -> list[dict]:
    return [r for name in OLDER for r in lines(ROOT / f"evals/tone/{name}.jsonl")]


def test_tone_v7_is_valid_and_built_from_its_sources():
    build = script(ROOT / "evals/tone/v2_build.py", "tone_v2_build")
    check = script(ROOT / "evals/tone/v2_validate.py", "tone_v2_validate")
    records = _records()
    assert len(records) == 120
    assert records == build.records("v7cases", "v7")
    assert check.check(records, _older(), "v7") == []
    for lang in LANGS:
        labels = [r["label"] for r in records if r["language"] == lang]
        assert labels.count("good") == 12 and labels.count("bad") == 12, lang


def test_tone_v7_uses_no_name_or_meeting_of_an_older_set():
    fields = (*PEOPLE, "meeting")
    older = {r["situation"][f].lower() for r in _older() for f in fields if r["situation"].get(f)}
    reused = {r["situation"][f] for r in _records() for f in fields if (r["situation"].get(f) or "").lower() in older}
    assert reused == set()


def test_tone_v7_shares_no_surname_with_an_older_set():
    def surnames(records: list[dict]) -> set[str]:
        return {r["situation"][f].split()[-1].lower() for r in records for f in PEOPLE if r["situation"].get(f)}

    assert surnames(_records()) & surnames(_older()) == set()


def test_tone_v7_covers_intents_tones_relationships_and_passive_aggression_per_language():
    records = _records()
    for lang in LANGS:
        sits = {r["situation"]["id"]: r["situation"] for r in records if r["language"] == lang}
        assert {s["tone"] for s in sits.values()} == {"formal", "friendly"}, lang
        assert {s["relationship"] for s in sits.values()} == {"key", "regular", "new"}, lang
        assert len({s["intent"] for s in sits.values()}) >= 6, lang
        flaws = [r["flaw"] for r in records if r["language"] == lang and r["flaw"]]
        assert flaws.count("passive_aggression") >= 2, lang
        assert len(set(flaws)) >= 8, lang
    assert len({s["intent"] for r in records for s in [r["situation"]]}) == 9
    assert len({r["flaw"] for r in records if r["flaw"]}) == 12


def test_tone_v7_situation_layout_differs_between_languages():
    """Earlier sets repeated one good/bad pattern per situation; here no two languages share a layout."""
    layouts = {}
    for lang in LANGS:
        per_sit = collections.Counter((r["situation"]["id"], r["label"]) for r in _records() if r["language"] == lang)
        sids = sorted({sid for sid, _ in per_sit})
        layouts[lang] = tuple((per_sit[(sid, "good")], per_sit[(sid, "bad")]) for sid in sids)
    assert len(set(layouts.values())) == len(LANGS), layouts


def test_tone_v7_every_draft_carries_its_situation_facts():
    """Only tone differs: meeting, times, proposed times, colleague, duration, policy numbers and reason appear verbatim."""
    for r in _records():
        s, text = r["situation"], (r["subject"] + "\n" + r["body"]).lower()
        values = [s.get("meeting"), s.get("meeting_time"), s.get("colleague_name"), s.get("reason"),
                  *(s.get("proposed_times") or []), *(str(v) for v in (s.get("policy") or {}).values())]
        if s.get("duration_minutes"):
            values.append(str(s["duration_minutes"]))
        missing = [v for v in values if v and v.lower() not in text]
        assert missing == [], (r["id"], missing)


def test_tone_v7_over_familiarity_is_always_towards_a_key_client():
    records = [r for r in _records() if r["flaw"] == "over_familiarity"]
    assert records and {r["situation"]["relationship"] for r in records} == {"key"}


def test_tone_v7_validator_catches_a_reused_situation():
    check = script(ROOT / "evals/tone/v2_validate.py", "tone_v2_validate")
    records = _records()
    assert any("older set" in p for p in check.check(records[:1], records[:1], "v7"))


def test_tone_v7_good_drafts_carry_no_flaw_and_bad_ones_say_why():
    for r in _records():
        assert (r["flaw"] is None) == (r["label"] == "good"), r["id"]
        assert r["note"].strip(), r["id"]
