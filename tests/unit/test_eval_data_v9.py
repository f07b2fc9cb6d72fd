"""The held-out v9 native-review situations (issue 16) stay valid, complete and fresh."""

from __future__ import annotations

import importlib.util
import json
import shutil
from collections import Counter
from pathlib import Path

from composer.models import CLIENT_SIDE, Intent, Relationship, Situation, Tone

V9 = Path(__file__).resolve().parents[2] / "evals" / "native" / "v9"
LANGS = ("fr", "it", "nl", "sv", "en")
# Every language holds all nine intents; the tenth situation repeats one, a different one per language.
TWICE = {"fr": Intent.no_show_followup, "it": Intent.decline, "nl": Intent.reschedule, "sv": Intent.switch_to_email,
         "en": Intent.delegate}
# Words that put a client-side meeting in the past, as typed in each language.
PAST = {"fr": ("dernier", "hier", "ce matin"), "it": ("scorso", "ieri", "stamattina"),
        "nl": ("afgelopen", "gisteren", "vanochtend"), "sv": ("i lördags", "i morse", "igår", "i fredags"),
        "en": ("last", "yesterday", "this morning")}


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _mine(lang: str) -> list[Situation]:
    return [Situation.model_validate(r) for r in _read(V9 / "situations.jsonl") if r["language"] == lang]


def _load(name: str, file: str):
    spec = importlib.util.spec_from_file_location(name, V9 / file)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_native_v9_has_ten_valid_situations_per_language_with_every_intent_and_every_pair() -> None:
    rows = _read(V9 / "situations.jsonl")
    assert len({r["id"] for r in rows}) == len(rows) == 50
    for lang in LANGS:
        mine = _mine(lang)
        assert [s.id for s in mine] == [f"v9-{lang}-{n:02d}" for n in range(1, 11)], lang
        counts = Counter(s.intent for s in mine)
        assert all(counts[i] >= 1 for i in Intent), lang
        assert [i for i in Intent if counts[i] == 2] == [TWICE[lang]], lang
        assert {(s.tone, s.relationship) for s in mine} == {(t, r) for t in Tone for r in Relationship}, lang
        assert any(s.intent is Intent.cancellation_policy and s.meeting is None for s in mine), lang
    assert len(set(TWICE.values())) == len(TWICE)


def test_native_v9_covers_the_tricky_parts_in_every_language() -> None:
    for lang in LANGS:
        mine = _mine(lang)
        # a zero typed into a policy field (must never be printed)
        assert any(s.policy and 0 in (s.policy.notice_hours, s.policy.fee_percent, s.policy.deposit_percent)
                   for s in mine), lang
        # the client's side: a past time and a note about the client
        client = [s for s in mine if s.intent in CLIENT_SIDE]
        assert client and all(s.reason and s.meeting_time for s in client), lang
        assert all(any(w in (s.meeting_time or "").lower() for w in PAST[lang]) for s in client), lang
        # a colleague typed with a role after a comma, a dash or in brackets
        delegate = [s for s in mine if s.intent is Intent.delegate]
        assert delegate and all(s.colleague_name and any(c in s.colleague_name for c in ",(–") for s in delegate), lang
        # a reschedule with three slots, one typed twice in two ways
        assert any(len(s.proposed_times) == 3 for s in mine if s.intent is Intent.reschedule), lang
        # reasons both as fragments (lower-case start) and as full sentences (final stop)
        reasons = [s.reason for s in mine if s.reason]
        assert any(r[0].islower() for r in reasons) and any(r.endswith(".") for r in reasons), lang
        # a recipient typed with a title or a particle
        assert any(len(s.recipient_name.split()) > 2 for s in mine), lang


def test_native_v9_jsonl_is_the_concatenation_of_the_per_language_files() -> None:
    parts = [row for lang in LANGS for row in _read(V9 / f"{lang}.jsonl")]
    assert parts == _read(V9 / "situations.jsonl")


def test_the_v9_validator_passes_and_still_requires_every_intent(tmp_path: Path) -> None:
    tmp_path = tmp_path / "v9"  # the checker expects ids named after the folder
    tmp_path.mkdir()
    for lang in LANGS:
        shutil.copy(V9 / f"{lang}.jsonl", tmp_path / f"{lang}.jsonl")
    v = _load("native_v9_validate", "validate.py")
    v._v.ROOT = tmp_path
    assert v._v.PER_LANGUAGE == 10 and v._v.MIN_PER_INTENT == 1
    assert v.main() == 0
    # turn fr's only switch_to_email into a second delegate: one intent is then missing in fr
    rows = _read(tmp_path / "fr.jsonl")
    row = next(r for r in rows if r["intent"] == "switch_to_email")
    row.update(intent="delegate", colleague_name="Paul Test, stagiaire")
    (tmp_path / "fr.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert v.main() == 1


def test_native_v9_shares_no_person_meeting_or_reason_with_earlier_sets() -> None:
    assert _load("native_v9_overlap", "overlap.py").main() == 0


def test_the_v9_overlap_check_compares_with_v8_and_would_catch_a_reused_set(tmp_path: Path) -> None:
    o = _load("native_v9_overlap", "overlap.py")
    assert V9.parent / "v8" / "situations.jsonl" in o.EARLIER
    (tmp_path / "situations.jsonl").write_text((V9.parent / "v8" / "situations.jsonl").read_text(encoding="utf-8"),
                                               encoding="utf-8")
    assert o.check.main(tmp_path, o.EARLIER) == 1
