"""The held-out v8 native-review situations (issue 16) stay valid, complete and fresh."""

from __future__ import annotations

import importlib.util
import json
import shutil
from collections import Counter
from pathlib import Path

from composer.models import CLIENT_SIDE, Intent, Relationship, Situation, Tone

V8 = Path(__file__).resolve().parents[2] / "evals" / "native" / "v8"
LANGS = ("fr", "it", "nl", "sv", "en")
# The one intent each language leaves out, and the two it holds twice instead.
LEFT_OUT = {"fr": Intent.shorten, "it": Intent.switch_to_email, "nl": Intent.switch_to_call, "sv": Intent.decline,
            "en": Intent.late_cancellation}
TWICE = {"fr": {Intent.decline, Intent.late_cancellation}, "it": {Intent.switch_to_call, Intent.no_show_followup},
         "nl": {Intent.delegate, Intent.cancellation_policy}, "sv": {Intent.reschedule, Intent.late_cancellation},
         "en": {Intent.decline, Intent.reschedule}}


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _mine(lang: str) -> list[Situation]:
    return [Situation.model_validate(r) for r in _read(V8 / "situations.jsonl") if r["language"] == lang]


def _load(name: str, file: str):
    spec = importlib.util.spec_from_file_location(name, V8 / file)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_native_v8_has_ten_valid_situations_per_language_missing_one_intent_and_covering_every_pair() -> None:
    rows = _read(V8 / "situations.jsonl")
    assert len({r["id"] for r in rows}) == len(rows) == 50
    for lang in LANGS:
        mine = _mine(lang)
        assert [s.id for s in mine] == [f"v8-{lang}-{n:02d}" for n in range(1, 11)], lang
        counts = Counter(s.intent for s in mine)
        assert [i for i in Intent if counts[i] == 0] == [LEFT_OUT[lang]], lang
        assert {i for i in Intent if counts[i] == 2} == TWICE[lang], lang
        assert max(counts.values()) == 2, lang
        assert {(s.tone, s.relationship) for s in mine} == {(t, r) for t in Tone for r in Relationship}, lang
        assert any(s.intent is Intent.cancellation_policy and s.meeting is None for s in mine), lang
    assert len(set(LEFT_OUT.values())) == len(LEFT_OUT)  # a different intent left out in each language


def test_native_v8_covers_the_tricky_parts_in_every_language() -> None:
    for lang in LANGS:
        mine = _mine(lang)
        # a zero typed into a policy field (must never be printed)
        assert any(s.policy and 0 in (s.policy.notice_hours, s.policy.fee_percent, s.policy.deposit_percent)
                   for s in mine), lang
        # the client's side always has a (past) time and a note about the client
        assert all(s.meeting_time and s.reason for s in mine if s.intent in CLIENT_SIDE), lang
        # a colleague typed with a role after a comma, a dash or in brackets
        delegate = [s for s in mine if s.intent is Intent.delegate]
        assert delegate and all(s.colleague_name and any(c in s.colleague_name for c in ",(–") for s in delegate), lang
        # a reschedule with three slots, one of them typed twice, two ways
        assert any(len(s.proposed_times) == 3 for s in mine if s.intent is Intent.reschedule), lang
        # reasons both as fragments (lower case start) and as full sentences (final stop)
        reasons = [s.reason for s in mine if s.reason]
        assert any(r[0].islower() for r in reasons) and any(r.endswith(".") for r in reasons), lang
        # a recipient typed with a title or a particle
        assert any(len(s.recipient_name.split()) > 2 for s in mine), lang


def test_native_v8_jsonl_is_the_concatenation_of_the_per_language_files() -> None:
    parts = [row for lang in LANGS for row in _read(V8 / f"{lang}.jsonl")]
    assert parts == _read(V8 / "situations.jsonl")


def test_the_v8_validator_passes_and_allows_only_one_missing_intent_per_language(tmp_path: Path) -> None:
    tmp_path = tmp_path / "v8"  # the checker expects ids named after the folder
    tmp_path.mkdir()
    for lang in LANGS:
        shutil.copy(V8 / f"{lang}.jsonl", tmp_path / f"{lang}.jsonl")
    v = _load("native_v8_validate", "validate.py")
    v._v.ROOT = tmp_path
    assert v.main() == 0
    # turn fr's only switch_to_email into a second delegate: two intents are then missing in fr
    rows = _read(tmp_path / "fr.jsonl")
    row = next(r for r in rows if r["intent"] == "switch_to_email")
    row.update(intent="delegate", colleague_name="Paul Test, stagiaire")
    (tmp_path / "fr.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert v.missing_intents("fr") == ["shorten", "switch_to_email"]
    assert v.main() == 1


def test_native_v8_shares_no_person_meeting_or_reason_with_earlier_sets() -> None:
    assert _load("native_v8_overlap", "overlap.py").main() == 0


def test_the_v8_overlap_check_compares_with_v7_and_would_catch_a_reused_set(tmp_path: Path) -> None:
    o = _load("native_v8_overlap", "overlap.py")
    assert V8.parent / "v7" / "situations.jsonl" in o.EARLIER
    (tmp_path / "situations.jsonl").write_text((V8.parent / "v7" / "situations.jsonl").read_text(encoding="utf-8"),
                                               encoding="utf-8")
    assert o.check.main(tmp_path, o.EARLIER) == 1
