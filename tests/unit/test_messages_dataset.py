"""The labelled client-message set under evals/messages stays valid: files parse, spans are verbatim."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "evals" / "messages"


def _validator():
    spec = importlib.util.spec_from_file_location("messages_validate", ROOT / "validate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows() -> list[dict]:
    return [json.loads(line) for line in (ROOT / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line]


def test_every_message_parses_and_every_span_is_verbatim() -> None:
    assert _validator().check(_rows()) == []


def test_at_least_twenty_messages_and_six_eml_per_language_with_both_splits() -> None:
    rows = _rows()
    for lang in ("fr", "it", "nl", "sv", "en"):
        mine = [r for r in rows if r["language"] == lang]
        assert len(mine) >= 20
        assert sum(r["file"].endswith(".eml") for r in mine) >= 6
        assert {r["split"] for r in mine} == {"dev", "test"}


def test_the_validator_rejects_a_span_that_is_only_in_the_quoted_history() -> None:
    rows = _rows()
    row = next(r for r in rows if r["file"] == "fr/003.eml")
    row["meeting_time"] = "jeudi 12 novembre à 10h00"  # in the quoted reply, not in the new message
    errors = _validator().check(rows)
    assert len(errors) == 1 and "not in the new message" in errors[0]


def test_the_validator_rejects_a_resolved_date_on_the_wrong_weekday() -> None:
    rows = _rows()
    row = next(r for r in rows if r["file"] == "fr/001.eml")
    row["meeting_time_iso"] = "2026-03-13T14:30"  # "jeudi 12 mars" is a Thursday, the 13th a Friday
    errors = _validator().check(rows)
    assert len(errors) == 1 and "weekday" in errors[0]
