"""The held-out v6 native-review situations (issue 16) stay valid, complete and fresh."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

from composer.models import CLIENT_SIDE, Intent, Relationship, Situation, Tone

V6 = Path(__file__).resolve().parents[2] / "evals" / "native" / "v6"
LANGS = ("fr", "it", "nl", "sv", "en")


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_native_v6_has_ten_valid_situations_per_language_covering_every_intent() -> None:
    rows = _read(V6 / "situations.jsonl")
    assert len({r["id"] for r in rows}) == len(rows) == 50
    for lang in LANGS:
        mine = [Situation.model_validate(r) for r in rows if r["language"] == lang]
        assert [s.id for s in mine] == [f"v6-{lang}-{n:02d}" for n in range(1, 11)], lang
        assert min(Counter(s.intent for s in mine)[i] for i in Intent) >= 1, lang
        assert {(s.tone, s.relationship) for s in mine} == {(t, r) for t in Tone for r in Relationship}, lang
        assert any(s.intent is Intent.cancellation_policy and s.meeting is None for s in mine), lang
        assert any(s.policy and 0 in (s.policy.fee_percent, s.policy.deposit_percent) for s in mine), lang
        assert len(mine[2].proposed_times) == 3, lang  # -03: one of the three slots typed twice, two ways
        assert mine[4].meeting_time in mine[4].proposed_times, lang  # -05: a call offered at the visit's own time
        assert mine[6].colleague_name and "," in mine[6].colleague_name, lang  # -07: colleague with a role
        assert all(s.meeting_time and s.reason for s in mine if s.intent in CLIENT_SIDE), lang


def test_native_v6_jsonl_is_the_concatenation_of_the_per_language_files() -> None:
    parts = [row for lang in LANGS for row in _read(V6 / f"{lang}.jsonl")]
    assert parts == _read(V6 / "situations.jsonl")


def _overlap():
    spec = importlib.util.spec_from_file_location("native_v6_overlap", V6 / "overlap.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_native_v6_shares_no_person_meeting_or_reason_with_earlier_sets() -> None:
    assert _overlap().main() == 0


def test_the_v6_overlap_check_compares_with_v5_and_would_catch_a_reused_set(tmp_path: Path) -> None:
    o = _overlap()
    assert V6.parent / "v5" / "situations.jsonl" in o.EARLIER
    (tmp_path / "situations.jsonl").write_text((V6.parent / "v5" / "situations.jsonl").read_text(encoding="utf-8"),
                                               encoding="utf-8")
    assert o.check.main(tmp_path, o.EARLIER) == 1
