"""The held-out v2 sets stay valid: native-review situations (issue 16) and labelled client messages (issue 17)."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

from composer.models import Intent, Situation

ROOT = Path(__file__).resolve().parents[2] / "evals"
NATIVE = ROOT / "native" / "v2" / "situations.jsonl"
MESSAGES = ROOT / "messages" / "v2"
LANGS = ("fr", "it", "nl", "sv", "en")


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_native_v2_has_fifteen_valid_situations_per_language_covering_every_intent() -> None:
    rows = _read(NATIVE)
    assert len({r["id"] for r in rows}) == len(rows) == 75
    for lang in LANGS:
        mine = [Situation.model_validate(r) for r in rows if r["language"] == lang]
        assert len(mine) == 15, lang
        assert {s.intent for s in mine} == set(Intent), lang
        assert any(s.intent is Intent.cancellation_policy and s.meeting is None for s in mine), lang
        assert {s.tone.value for s in mine} == {"formal", "friendly"}, lang


def test_native_v2_jsonl_is_the_concatenation_of_the_per_language_files() -> None:
    parts = [row for lang in LANGS for row in _read(NATIVE.parent / f"{lang}.jsonl")]
    assert parts == _read(NATIVE)


def _validator():
    spec = importlib.util.spec_from_file_location("messages_v2_validate", MESSAGES / "validate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_messages_v2_parse_and_every_span_is_verbatim() -> None:
    rows = _read(MESSAGES / "labels.jsonl")
    assert _validator().check(rows) == []
    per_lang = Counter(r["language"] for r in rows)
    assert per_lang == {lang: 10 for lang in LANGS}
    assert {r["split"] for r in rows} == {"v2"}
    for lang in LANGS:
        assert sum(r["file"].endswith(".eml") for r in rows if r["language"] == lang) == 5, lang


def test_the_v2_validator_rejects_a_span_that_is_only_in_the_quoted_history() -> None:
    rows = _read(MESSAGES / "labels.jsonl")
    row = next(r for r in rows if r["file"] == "nl/003.eml")
    row["meeting_time"] = "woensdag 9 december, 13.30-16.30 uur"  # the user's quoted confirmation
    errors = _validator().check(rows)
    assert len(errors) == 1 and "not in the new message" in errors[0]
