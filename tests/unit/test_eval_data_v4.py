"""The held-out v4 native-review situations (issue 16) stay valid, complete and fresh."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

from composer.models import Intent, Relationship, Situation, Tone

V4 = Path(__file__).resolve().parents[2] / "evals" / "native" / "v4"
LANGS = ("fr", "it", "nl", "sv", "en")


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_native_v4_has_thirty_valid_situations_per_language_covering_every_intent_twice() -> None:
    rows = _read(V4 / "situations.jsonl")
    assert len({r["id"] for r in rows}) == len(rows) == 150
    for lang in LANGS:
        mine = [Situation.model_validate(r) for r in rows if r["language"] == lang]
        assert [s.id for s in mine] == [f"v4-{lang}-{n:02d}" for n in range(1, 31)], lang
        assert min(Counter(s.intent for s in mine)[i] for i in Intent) >= 2, lang
        assert {(s.tone, s.relationship) for s in mine} == {(t, r) for t in Tone for r in Relationship}, lang
        assert any(s.intent is Intent.cancellation_policy and s.meeting is None for s in mine), lang


def test_native_v4_jsonl_is_the_concatenation_of_the_per_language_files() -> None:
    parts = [row for lang in LANGS for row in _read(V4 / f"{lang}.jsonl")]
    assert parts == _read(V4 / "situations.jsonl")


def _overlap():
    spec = importlib.util.spec_from_file_location("native_v4_overlap", V4 / "overlap.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_the_overlap_check_flags_a_reused_surname_and_a_shared_meeting() -> None:
    o = _overlap()
    assert o.clash("name", "Mme Claire Dubois", "Jean Dubois") == "surname 'dubois'"
    assert o.clash("meeting", "visite du chantier de Lyon", "visite chantier Lyon") is not None
    assert o.clash("meeting", "café", "déjeuner") is None


def test_native_v4_shares_no_person_meeting_or_reason_with_earlier_sets() -> None:
    assert _overlap().main() == 0
