"""The held-out v5 native-review situations (issue 16) stay valid, complete and fresh."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

from composer.models import CLIENT_SIDE, Intent, Relationship, Situation, Tone

V5 = Path(__file__).resolve().parents[2] / "evals" / "native" / "v5"
LANGS = ("fr", "it", "nl", "sv", "en")


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_native_v5_has_fifteen_valid_situations_per_language_covering_every_intent() -> None:
    rows = _read(V5 / "situations.jsonl")
    assert len({r["id"] for r in rows}) == len(rows) == 75
    for lang in LANGS:
        mine = [Situation.model_validate(r) for r in rows if r["language"] == lang]
        assert [s.id for s in mine] == [f"v5-{lang}-{n:02d}" for n in range(1, 16)], lang
        assert min(Counter(s.intent for s in mine)[i] for i in Intent) >= 1, lang
        assert {(s.tone, s.relationship) for s in mine} == {(t, r) for t in Tone for r in Relationship}, lang
        assert any(s.intent is Intent.cancellation_policy and s.meeting is None for s in mine), lang
        assert any(s.policy and 0 in (s.policy.fee_percent, s.policy.deposit_percent) for s in mine), lang
        assert len(mine[2].proposed_times) == 3, lang  # -03: one of the three slots typed twice, two ways
        assert mine[5].meeting_time in mine[5].proposed_times, lang  # -06: a call offered at the visit's own time
        assert all(s.meeting_time for s in mine if s.intent in CLIENT_SIDE), lang


def test_native_v5_jsonl_is_the_concatenation_of_the_per_language_files() -> None:
    parts = [row for lang in LANGS for row in _read(V5 / f"{lang}.jsonl")]
    assert parts == _read(V5 / "situations.jsonl")


def _overlap():
    spec = importlib.util.spec_from_file_location("native_v5_overlap", V5 / "overlap.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_native_v5_shares_no_person_meeting_or_reason_with_earlier_sets() -> None:
    assert _overlap().main() == 0


def test_the_v5_overlap_check_compares_with_v4_and_would_catch_a_reused_set(tmp_path: Path) -> None:
    o = _overlap()
    assert V5.parent / "v4" / "situations.jsonl" in o.EARLIER
    (tmp_path / "situations.jsonl").write_text((V5.parent / "v4" / "situations.jsonl").read_text(encoding="utf-8"),
                                               encoding="utf-8")
    assert o.check.main(tmp_path, o.EARLIER) == 1
