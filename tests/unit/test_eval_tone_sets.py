"""The held-out tone sets v5 to v15 (evals/tone/vN.jsonl) stay valid, balanced and built from their hand-written
sources; one parametrised file (each set written by another helper, each against every set before it)."""

from __future__ import annotations

import collections

import pytest

from tests.support.evalsets import ROOT, lines, script

LANGS = ("fr", "it", "nl", "sv", "en")
ORDER = ("dev", "test", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15")
SETS = ("v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15")
VARIED = ("v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15")  # sets that vary their situation layout per language
PEOPLE = ("recipient_name", "sender_name", "colleague_name")


def _records(split: str) -> list[dict]:
    return lines(ROOT / f"evals/tone/{split}.jsonl")


def _older(split: str) -> list[dict]:
    return [r for name in ORDER[: ORDER.index(split)] for r in _records(name)]


@pytest.mark.parametrize("split", SETS)
def test_tone_set_is_valid_balanced_and_built_from_its_sources(split: str) -> None:
    build = script(ROOT / "evals/tone/v2_build.py", "tone_v2_build")
    check = script(ROOT / "evals/tone/v2_validate.py", "tone_v2_validate")
    records = _records(split)
    assert len(records) == 120
    assert records == build.records(f"{split}cases", split)
    assert check.check(records, _older(split), split) == []
    for lang in LANGS:
        labels = [r["label"] for r in records if r["language"] == lang]
        assert labels.count("good") == 12 and labels.count("bad") == 12, lang


@pytest.mark.parametrize("split", SETS)
def test_tone_set_uses_no_name_or_meeting_of_an_older_set(split: str) -> None:
    fields = (*PEOPLE, "meeting")
    older = {r["situation"][f].lower() for r in _older(split) for f in fields if r["situation"].get(f)}
    reused = {r["situation"][f] for r in _records(split) for f in fields if (r["situation"].get(f) or "").lower() in older}
    assert reused == set()


@pytest.mark.parametrize("split", ("v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15"))
def test_tone_set_shares_no_surname_with_an_older_set(split: str) -> None:
    def surnames(records: list[dict]) -> set[str]:
        return {r["situation"][f].split()[-1].lower() for r in records for f in PEOPLE if r["situation"].get(f)}

    assert surnames(_records(split)) & surnames(_older(split)) == set()


@pytest.mark.parametrize("split", SETS)
def test_tone_set_covers_tones_relationships_and_passive_aggression_per_language(split: str) -> None:
    records = _records(split)
    for lang in LANGS:
        sits = {r["situation"]["id"]: r["situation"] for r in records if r["language"] == lang}
        assert {s["tone"] for s in sits.values()} == {"formal", "friendly"}, lang
        assert {s["relationship"] for s in sits.values()} == {"key", "regular", "new"}, lang
        # v5 and v6: eight situations of eight intents per language; v7 to v15 vary their layout (at least six intents)
        assert len({s["intent"] for s in sits.values()}) >= (6 if split in VARIED else 8), lang
        if split not in VARIED:
            assert len(sits) == 8, lang
        flaws = [r["flaw"] for r in records if r["language"] == lang and r["flaw"]]
        assert flaws.count("passive_aggression") >= 2, lang
    assert len({r["flaw"] for r in records if r["flaw"]}) == 12


@pytest.mark.parametrize("split", SETS)
def test_tone_set_over_familiarity_is_always_towards_a_key_client(split: str) -> None:
    records = [r for r in _records(split) if r["flaw"] == "over_familiarity"]
    assert records and {r["situation"]["relationship"] for r in records} == {"key"}


@pytest.mark.parametrize("split", SETS)
def test_tone_set_validator_catches_a_reused_situation(split: str) -> None:
    check = script(ROOT / "evals/tone/v2_validate.py", "tone_v2_validate")
    records = _records(split)
    assert any("older set" in p for p in check.check(records[:1], records[:1], split))


@pytest.mark.parametrize("split", ("v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15"))
def test_tone_set_good_drafts_carry_no_flaw_and_bad_ones_say_why(split: str) -> None:
    for r in _records(split):
        assert (r["flaw"] is None) == (r["label"] == "good"), r["id"]
        assert r["note"].strip(), r["id"]


def _layouts(split: str) -> dict[str, tuple[tuple[int, int], ...]]:
    layouts = {}
    for lang in LANGS:
        per_sit = collections.Counter((r["situation"]["id"], r["label"]) for r in _records(split) if r["language"] == lang)
        sids = sorted({sid for sid, _ in per_sit})
        layouts[lang] = tuple((per_sit[(sid, "good")], per_sit[(sid, "bad")]) for sid in sids)
    return layouts


@pytest.mark.parametrize("split", VARIED)
def test_tone_set_situation_layout_differs_between_languages(split: str) -> None:
    """Earlier sets repeated one good/bad pattern per situation; v7 to v15 have no two languages with the same layout."""
    layouts = _layouts(split)
    assert len(set(layouts.values())) == len(LANGS), layouts


@pytest.mark.parametrize("split", VARIED[1:])
def test_tone_set_layout_differs_from_every_earlier_varied_set(split: str) -> None:
    """No language of a varied set repeats a per-language layout of an earlier varied set."""
    mine = _layouts(split)
    for earlier in VARIED[: VARIED.index(split)]:
        assert set(mine.values()).isdisjoint(_layouts(earlier).values()), (earlier, mine)


@pytest.mark.parametrize("split", VARIED)
def test_tone_set_every_draft_carries_its_situation_facts(split: str) -> None:
    """Only tone differs: meeting, times, proposed times, colleague, duration, policy numbers and reason appear verbatim."""
    for r in _records(split):
        s, text = r["situation"], (r["subject"] + "\n" + r["body"]).lower()
        values = [s.get("meeting"), s.get("meeting_time"), s.get("colleague_name"), s.get("reason"),
                  *(s.get("proposed_times") or []), *(str(v) for v in (s.get("policy") or {}).values())]
        if s.get("duration_minutes"):
            values.append(str(s["duration_minutes"]))
        missing = [v for v in values if v and v.lower() not in text]
        assert missing == [], (r["id"], missing)
