"""The held-out v10 native-review situations (issue 16) stay valid, complete and fresh."""

from __future__ import annotations

import importlib.util
import json
import shutil
from collections import Counter
from pathlib import Path

from composer.models import CLIENT_SIDE, ClientMove, Intent, Relationship, Situation, Tone

V10 = Path(__file__).resolve().parents[2] / "evals" / "native" / "v10"
LANGS = ("fr", "it", "nl", "sv", "en")
# Words that put a client-side meeting in the past, as typed in each language.
PAST = {"fr": ("dernier", "hier", "ce matin"), "it": ("scorso", "ieri", "stamattina"),
        "nl": ("afgelopen", "gisteren", "vanochtend"), "sv": ("i tisdags", "igår", "i fredags", "i morse"),
        "en": ("last", "yesterday", "this morning")}


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _mine(lang: str) -> list[Situation]:
    return [Situation.model_validate(r) for r in _read(V10 / "situations.jsonl") if r["language"] == lang]


def _load(name: str, file: str):
    spec = importlib.util.spec_from_file_location(name, V10 / file)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_native_v10_has_twenty_valid_situations_per_language_with_every_intent_twice_and_every_pair() -> None:
    rows = _read(V10 / "situations.jsonl")
    assert len({r["id"] for r in rows}) == len(rows) == 100
    for lang in LANGS:
        mine = _mine(lang)
        assert [s.id for s in mine] == [f"v10-{lang}-{n:02d}" for n in range(1, 21)], lang
        counts = Counter(s.intent for s in mine)
        assert all(counts[i] >= 2 for i in Intent), lang
        assert {(s.tone, s.relationship) for s in mine} == {(t, r) for t in Tone for r in Relationship}, lang
        assert Counter(s.tone for s in mine) == {Tone.formal: 10, Tone.friendly: 10}, lang
        assert any(s.intent is Intent.cancellation_policy and s.meeting is None for s in mine), lang


def test_native_v10_has_three_replies_to_a_client_who_asked_to_move_per_language() -> None:
    for lang in LANGS:
        moves = [s for s in _mine(lang) if s.client_move is not None]
        assert len(moves) == 3 and all(s.intent is Intent.reschedule for s in moves), lang
        assert {s.client_move for s in moves} == set(ClientMove), lang
        by = {s.client_move: s for s in moves}
        assert by[ClientMove.accept].proposed_times and by[ClientMove.counter].proposed_times, lang
        assert not by[ClientMove.open].proposed_times, lang  # the client gave no time; the sender asks
        # and at least one reschedule is the sender's own move
        assert any(s.intent is Intent.reschedule and s.client_move is None and s.proposed_times for s in _mine(lang)), lang


def test_native_v10_covers_the_tricky_parts_in_every_language() -> None:
    for lang in LANGS:
        mine = _mine(lang)
        # a zero typed into a policy field (must never be printed)
        assert any(s.policy and 0 in (s.policy.notice_hours, s.policy.fee_percent, s.policy.deposit_percent)
                   for s in mine), lang
        # the client's side: a past time and a note about the client
        client = [s for s in mine if s.intent in CLIENT_SIDE]
        assert len(client) == 4 and all(s.reason and s.meeting_time for s in client), lang
        assert all(any(w in (s.meeting_time or "").lower() for w in PAST[lang]) for s in client), lang
        # colleagues typed with a role after a comma or in brackets
        delegate = [s for s in mine if s.intent is Intent.delegate]
        assert delegate and all(s.colleague_name and any(c in s.colleague_name for c in ",(") for s in delegate), lang
        # reasons both as fragments (lower-case start) and as full sentences (final stop)
        reasons = [s.reason for s in mine if s.reason]
        assert any(r[0].islower() for r in reasons) and any(r.endswith(".") for r in reasons), lang
        # a recipient typed with a title or a particle, and a recurring meeting with its time inside
        assert any(len(s.recipient_name.split()) > 2 for s in mine), lang
        assert any(s.meeting and any(ch.isdigit() for ch in s.meeting) and s.meeting_time
                   and s.meeting_time.split()[-1] in s.meeting for s in mine), lang


def test_native_v10_jsonl_is_the_concatenation_of_the_per_language_files() -> None:
    parts = [row for lang in LANGS for row in _read(V10 / f"{lang}.jsonl")]
    assert parts == _read(V10 / "situations.jsonl")


def test_the_v10_validator_passes_and_requires_every_intent_twice(tmp_path: Path) -> None:
    tmp_path = tmp_path / "v10"  # the checker expects ids named after the folder
    tmp_path.mkdir()
    for lang in LANGS:
        shutil.copy(V10 / f"{lang}.jsonl", tmp_path / f"{lang}.jsonl")
    v = _load("native_v10_validate", "validate.py")
    v._v.ROOT = tmp_path
    assert v._v.PER_LANGUAGE == 20 and v._v.MIN_PER_INTENT == 2
    assert v.main() == 0
    # turn one of fr's two switch_to_email into a third delegate: switch_to_email is then covered only once
    rows = _read(tmp_path / "fr.jsonl")
    row = next(r for r in rows if r["intent"] == "switch_to_email")
    row.update(intent="delegate", colleague_name="Paul Test, stagiaire")
    (tmp_path / "fr.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert v.main() == 1


def test_native_v10_shares_no_person_meeting_or_reason_with_earlier_sets() -> None:
    assert _load("native_v10_overlap", "overlap.py").main() == 0


def test_the_v10_overlap_check_compares_with_v9_and_would_catch_a_reused_set(tmp_path: Path) -> None:
    o = _load("native_v10_overlap", "overlap.py")
    assert V10.parent / "v9" / "situations.jsonl" in o.EARLIER
    (tmp_path / "situations.jsonl").write_text((V10.parent / "v9" / "situations.jsonl").read_text(encoding="utf-8"),
                                               encoding="utf-8")
    assert o.check.main(tmp_path, o.EARLIER) == 1
