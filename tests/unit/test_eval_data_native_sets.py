"""The held-out native-review situations of issue 16 (v10 to v18) stay valid, complete and fresh.

One parametrised test for the sets that share a shape; each set says how many situations per language it has, how often
every intent must appear, and how many replies to a client who asked to move it holds.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from composer.models import CLIENT_SIDE, ClientMove, Intent, Relationship, Situation, Tone

NATIVE = Path(__file__).resolve().parents[2] / "evals" / "native"
LANGS = ("fr", "it", "nl", "sv", "en")
# Words that put a client-side meeting in the past, as typed in each language.
PAST = {"fr": ("dernier", "hier", "ce matin"), "it": ("scorso", "ieri", "stamattina"),
        "nl": ("afgelopen", "gisteren", "vanochtend"), "sv": ("i tisdags", "igår", "i fredags", "i lördags", "i morse"),
        "en": ("last", "yesterday", "this morning")}


@dataclass(frozen=True)
class Spec:
    name: str
    per_language: int
    min_per_intent: int
    moves: int  # replies to a client who asked to move, per language
    client_side: int  # no-shows and late cancellations, per language
    previous: str  # the set just before, which the overlap check must include

    @property
    def root(self) -> Path:
        return NATIVE / self.name


SETS = [Spec("v10", 20, 2, 3, 4, "v9"), Spec("v11", 10, 1, 1, 2, "v10"), Spec("v12", 10, 1, 1, 2, "v11"),
        Spec("v13", 10, 1, 1, 2, "v12"), Spec("v14", 10, 1, 1, 2, "v13"), Spec("v15", 10, 1, 1, 2, "v14"),
        Spec("v16", 10, 1, 1, 2, "v15"), Spec("v17", 10, 1, 1, 2, "v16"),
        Spec("v18", 10, 1, 1, 2, "v17")]
params = pytest.mark.parametrize("spec", SETS, ids=[s.name for s in SETS])


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _mine(spec: Spec, lang: str) -> list[Situation]:
    return [Situation.model_validate(r) for r in _read(spec.root / "situations.jsonl") if r["language"] == lang]


def _load(spec: Spec, file: str):
    module_spec = importlib.util.spec_from_file_location(f"native_{spec.name}_{file[:-3]}", spec.root / file)
    module = importlib.util.module_from_spec(module_spec)  # type: ignore[arg-type]
    module_spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@params
def test_native_set_has_valid_situations_per_language_with_every_intent_and_every_pair(spec: Spec) -> None:
    rows = _read(spec.root / "situations.jsonl")
    assert len({r["id"] for r in rows}) == len(rows) == spec.per_language * len(LANGS)
    for lang in LANGS:
        mine = _mine(spec, lang)
        assert [s.id for s in mine] == [f"{spec.name}-{lang}-{n:02d}" for n in range(1, spec.per_language + 1)], lang
        counts = Counter(s.intent for s in mine)
        assert all(counts[i] >= spec.min_per_intent for i in Intent), lang
        assert {(s.tone, s.relationship) for s in mine} == {(t, r) for t in Tone for r in Relationship}, lang
        half = spec.per_language // 2
        assert Counter(s.tone for s in mine) == {Tone.formal: half, Tone.friendly: half}, lang
        assert any(s.intent is Intent.cancellation_policy and s.meeting is None for s in mine), lang


@params
def test_native_set_has_its_replies_to_a_client_who_asked_to_move(spec: Spec) -> None:
    kinds: set[ClientMove] = set()
    for lang in LANGS:
        mine = _mine(spec, lang)
        moves = [s for s in mine if s.client_move is not None]
        assert len(moves) == spec.moves and all(s.intent is Intent.reschedule for s in moves), lang
        for s in moves:
            # accept and counter carry times (the client's, or the sender's); open has none, the sender asks
            assert bool(s.proposed_times) is (s.client_move is not ClientMove.open), s.id
        if spec.moves == len(ClientMove):
            assert {s.client_move for s in moves} == set(ClientMove), lang
        kinds |= {s.client_move for s in moves if s.client_move}
        # and at least one reschedule is the sender's own move
        assert any(s.intent is Intent.reschedule and s.client_move is None and s.proposed_times for s in mine), lang
    assert kinds == set(ClientMove)


@params
def test_native_set_covers_the_tricky_parts_in_every_language(spec: Spec) -> None:
    for lang in LANGS:
        mine = _mine(spec, lang)
        # a zero typed into a policy field (must never be printed)
        assert any(s.policy and 0 in (s.policy.notice_hours, s.policy.fee_percent, s.policy.deposit_percent)
                   for s in mine), lang
        # the client's side: a past time and a note about the client
        client = [s for s in mine if s.intent in CLIENT_SIDE]
        assert len(client) == spec.client_side and all(s.reason and s.meeting_time for s in client), lang
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


@params
def test_native_set_jsonl_is_the_concatenation_of_the_per_language_files(spec: Spec) -> None:
    parts = [row for lang in LANGS for row in _read(spec.root / f"{lang}.jsonl")]
    assert parts == _read(spec.root / "situations.jsonl")


@params
def test_the_validator_passes_and_fails_when_an_intent_falls_short(spec: Spec, tmp_path: Path) -> None:
    tmp_path = tmp_path / spec.name  # the checker expects ids named after the folder
    tmp_path.mkdir()
    for lang in LANGS:
        shutil.copy(spec.root / f"{lang}.jsonl", tmp_path / f"{lang}.jsonl")
    v = _load(spec, "validate.py")
    v._v.ROOT = tmp_path
    assert v._v.PER_LANGUAGE == spec.per_language and v._v.MIN_PER_INTENT == spec.min_per_intent
    assert v.main() == 0
    # turn one of fr's switch_to_email rows into a delegate: switch_to_email then falls below its minimum
    rows = _read(tmp_path / "fr.jsonl")
    assert Counter(r["intent"] for r in rows)["switch_to_email"] == spec.min_per_intent
    row = next(r for r in rows if r["intent"] == "switch_to_email")
    row.update(intent="delegate", colleague_name="Paul Test, stagiaire")
    (tmp_path / "fr.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert v.main() == 1


@params
def test_native_set_shares_no_person_meeting_or_reason_with_earlier_sets(spec: Spec) -> None:
    assert _load(spec, "overlap.py").main() == 0


@params
def test_the_overlap_check_compares_with_the_previous_set_and_would_catch_a_reused_one(spec: Spec, tmp_path: Path) -> None:
    o = _load(spec, "overlap.py")
    previous = NATIVE / spec.previous / "situations.jsonl"
    assert previous in o.EARLIER
    (tmp_path / "situations.jsonl").write_text(previous.read_text(encoding="utf-8"), encoding="utf-8")
    assert o.check.main(tmp_path, o.EARLIER) == 1
