"""The held-out v7 native-review situations (issue 16) stay valid, complete and fresh."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

from composer.models import CLIENT_SIDE, Intent, Relationship, Situation, Tone

V7 = Path(__file__).resolve().parents[2] / "evals" / "native" / "v7"
LANGS = ("fr", "it", "nl", "sv", "en")
# Which intent each language holds twice (all nine are there once at least).
TWICE = {"fr": Intent.decline, "it": Intent.reschedule, "nl": Intent.no_show_followup, "sv": Intent.late_cancellation,
         "en": Intent.cancellation_policy}


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _mine(lang: str) -> list[Situation]:
    return [Situation.model_validate(r) for r in _read(V7 / "situations.jsonl") if r["language"] == lang]


def test_native_v7_has_ten_valid_situations_per_language_covering_every_intent_and_pair() -> None:
    rows = _read(V7 / "situations.jsonl")
    assert len({r["id"] for r in rows}) == len(rows) == 50
    for lang in LANGS:
        mine = _mine(lang)
        assert [s.id for s in mine] == [f"v7-{lang}-{n:02d}" for n in range(1, 11)], lang
        counts = Counter(s.intent for s in mine)
        assert min(counts[i] for i in Intent) >= 1, lang
        assert [i for i in Intent if counts[i] == 2] == [TWICE[lang]], lang
        assert {(s.tone, s.relationship) for s in mine} == {(t, r) for t in Tone for r in Relationship}, lang
        assert any(s.intent is Intent.cancellation_policy and s.meeting is None for s in mine), lang


def test_native_v7_covers_the_tricky_parts_in_every_language() -> None:
    for lang in LANGS:
        mine = _mine(lang)
        # a zero typed into a policy field (must never be printed)
        assert any(s.policy and 0 in (s.policy.notice_hours, s.policy.fee_percent, s.policy.deposit_percent)
                   for s in mine), lang
        # the client's side always has a (past) time and a note about the client
        assert all(s.meeting_time and s.reason for s in mine if s.intent in CLIENT_SIDE), lang
        # a colleague typed with a role after a comma, and titled
        delegate = [s for s in mine if s.intent is Intent.delegate]
        assert delegate and all(s.colleague_name and "," in s.colleague_name for s in delegate), lang
        # three proposed slots, one of them typed twice, two ways
        assert any(len(s.proposed_times) == 3 for s in mine if s.intent is Intent.reschedule), lang
        # reasons both as fragments (lower case start) and as full sentences (final stop)
        reasons = [s.reason for s in mine if s.reason]
        assert any(r[0].islower() for r in reasons) and any(r.endswith(".") for r in reasons), lang
        # a visit turned into a call at its own time
        assert any(s.meeting_time in s.proposed_times for s in mine if s.intent is Intent.switch_to_call), lang


def test_native_v7_jsonl_is_the_concatenation_of_the_per_language_files() -> None:
    parts = [row for lang in LANGS for row in _read(V7 / f"{lang}.jsonl")]
    assert parts == _read(V7 / "situations.jsonl")


def _overlap():
    spec = importlib.util.spec_from_file_location("native_v7_overlap", V7 / "overlap.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_native_v7_shares_no_person_meeting_or_reason_with_earlier_sets() -> None:
    assert _overlap().main() == 0


def test_the_v7_overlap_check_compares_with_v6_and_would_catch_a_reused_set(tmp_path: Path) -> None:
    o = _overlap()
    assert V7.parent / "v6" / "situations.jsonl" in o.EARLIER
    (tmp_path / "situations.jsonl").write_text((V7.parent / "v6" / "situations.jsonl").read_text(encoding="utf-8"),
                                               encoding="utf-8")
    assert o.check.main(tmp_path, o.EARLIER) == 1
