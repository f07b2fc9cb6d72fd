"""The held-out v6 tone set (evals/tone/v6.jsonl) stays valid, balanced and built from its hand-written sources."""

from __future__ import annotations

from tests.support.evalsets import ROOT, lines, script

LANGS = ("fr", "it", "nl", "sv", "en")
OLDER = ("dev", "test", "v2", "v3", "v4", "v5")


def _records() -> list[dict]:
    return lines(ROOT / "evals/tone/v6.jsonl")


def test_tone_v6_is_valid_and_built_from_its_sources():
    build = script(ROOT / "evals/tone/v2_build.py", "tone_v2_build")
    check = script(ROOT / "evals/tone/v2_validate.py", "tone_v2_validate")
    records = _records()
    assert records == build.records("v6cases", "v6")
    older = [r for name in OLDER for r in lines(ROOT / f"evals/tone/{name}.jsonl")]
    assert check.check(records, older, "v6") == []
    for lang in LANGS:
        labels = [r["label"] for r in records if r["language"] == lang]
        assert labels.count("good") == 12 and labels.count("bad") == 12, lang


def test_tone_v6_uses_no_name_or_meeting_of_an_older_set():
    fields = ("recipient_name", "sender_name", "colleague_name", "meeting")
    older = {r["situation"][f].lower() for name in OLDER
             for r in lines(ROOT / f"evals/tone/{name}.jsonl") for f in fields if r["situation"].get(f)}
    reused = {r["situation"][f] for r in _records() for f in fields if (r["situation"].get(f) or "").lower() in older}
    assert reused == set()


def test_tone_v6_covers_eight_intents_both_tones_and_relationships_per_language():
    records = _records()
    for lang in LANGS:
        sits = {r["situation"]["id"]: r["situation"] for r in records if r["language"] == lang}
        assert len(sits) == 8
        assert {s["tone"] for s in sits.values()} == {"formal", "friendly"}
        assert {s["relationship"] for s in sits.values()} == {"key", "regular", "new"}
        assert len({s["intent"] for s in sits.values()}) == 8
        flaws = [r["flaw"] for r in records if r["language"] == lang and r["flaw"]]
        assert flaws.count("passive_aggression") >= 2, lang
    assert len({r["flaw"] for r in records if r["flaw"]}) == 12


def test_tone_v6_over_familiarity_is_always_towards_a_key_client():
    records = [r for r in _records() if r["flaw"] == "over_familiarity"]
    assert len(records) == 5 and {r["situation"]["relationship"] for r in records} == {"key"}


def test_tone_v6_validator_catches_a_reused_situation():
    check = script(ROOT / "evals/tone/v2_validate.py", "tone_v2_validate")
    records = _records()
    assert any("older set" in p for p in check.check(records[:1], records[:1], "v6"))


def test_tone_v6_shares_no_surname_with_an_older_set():
    def surnames(records: list[dict]) -> set[str]:
        return {r["situation"][f].split()[-1].lower() for r in records
                for f in ("recipient_name", "sender_name", "colleague_name") if r["situation"].get(f)}

    older = [r for name in OLDER for r in lines(ROOT / f"evals/tone/{name}.jsonl")]
    assert surnames(_records()) & surnames(older) == set()


def test_tone_v6_good_drafts_carry_no_flaw_and_bad_ones_say_why():
    for r in _records():
        assert (r["flaw"] is None) == (r["label"] == "good"), r["id"]
        assert r["note"].strip(), r["id"]
