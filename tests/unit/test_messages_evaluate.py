"""The evaluation function over a tiny labelled set made up here (not the real eval data)."""

from __future__ import annotations

import json
from pathlib import Path

from composer.messages.evaluate import compare, evaluate, load_cases, normalise


def test_compare_strict_and_lenient() -> None:
    assert normalise("  Le jeudi 14 mars à 14h30. ") == "jeudi 14 mars à 14h30"
    assert compare("meeting_time", "jeudi 14 mars à 14h30", "le jeudi 14 mars à 14h30", lenient=False)
    assert not compare("recipient_name", "Claire", "Claire Dubois", lenient=False)
    assert compare("recipient_name", "Claire", "Claire Dubois", lenient=True)
    assert compare("proposed_times", ["b", "a"], ["a", "b"], lenient=False)
    assert not compare("proposed_times", ["a"], ["a", "b"], lenient=True)
    assert compare("meeting", None, None, lenient=False) and not compare("meeting", None, "x", lenient=True)
    assert not compare("meeting_time", "Tuesday", None, lenient=True)


def test_evaluate_reads_inline_and_file_cases(tmp_path: Path) -> None:
    (tmp_path / "dev").mkdir()
    (tmp_path / "dev" / "a.eml").write_bytes(b"From: Ann Lee <ann@x.com>\r\nSubject: Audit\r\nDate: Mon, 11 Mar 2024 09:00:00 +0000\r\n\r\nHi Bob,\r\n\r\nCould we meet tomorrow at 10am?\r\n\r\nBest,\r\nAnn\r\n")
    rows = [
        {"id": "1", "file": "a.eml", "expected": {"language": "en", "recipient_name": "Ann Lee", "sender_name": "Bob",
                                                  "meeting_time": "tomorrow at 10am", "proposed_times": []}},
        {"id": "2", "message": "Hej Eva,\n\nKan vi ses på fredag kl. 9?\n\nMvh\nPer", "today": "2024-03-11",
         "expected": {"language": "sv", "recipient_name": "Per", "meeting_time": "torsdag kl. 9"}},
    ]
    (tmp_path / "dev" / "labels.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    cases = load_cases(tmp_path)
    assert [c.split for c in cases] == ["dev", "dev"] and len(cases) == 2
    report = evaluate(cases)["dev"]
    assert report["en"]["recipient_name"]["strict"] == 1.0 and report["en"]["meeting_time"]["strict"] == 1.0
    assert report["sv"]["meeting_time"]["strict"] == 0.0 and report["sv"]["meeting_time"]["misses"]  # a deliberate wrong label
    assert report["all"]["language"]["n"] == 2


def test_alternatives_and_iso_labels(tmp_path: Path) -> None:
    row = {"message": "Hi Bob,\n\nCould we meet tomorrow at 10am about the audit?\n\nBest,\nAnn Lee", "split": "dev", "language": "en",
           "date_reference": "2024-03-11T08:00:00+01:00", "recipient_name": "Ann", "recipient_name_alternatives": ["Ann Lee"],
           "meeting": "the audit", "meeting_alternatives": ["audit"], "meeting_time": "tomorrow at 10am",
           "meeting_time_iso": "2024-03-12T10:00", "proposed_times": [], "proposed_times_iso": []}
    (tmp_path / "labels.jsonl").write_text(json.dumps(row), encoding="utf-8")
    [case] = load_cases(tmp_path)
    assert case.expected["recipient_name"] == ["Ann", "Ann Lee"] and case.split == "dev"
    r = evaluate([case])["dev"]["en"]
    assert r["recipient_name"]["strict"] == 1.0 and r["meeting"]["strict"] == 1.0
    assert r["meeting_time_iso"]["strict"] == 1.0 and r["proposed_times_iso"]["strict"] == 1.0


def test_fair_meeting_sets_articles_and_possessives_aside_only() -> None:
    assert compare("meeting", "the coaching session", "our coaching session", lenient=False, fair=True)
    assert compare("meeting", ["notre atelier", "atelier"], "l'atelier", lenient=False, fair=True)
    assert compare("meeting", "vårt möte", "möte", lenient=False, fair=True)
    assert not compare("meeting", "the coaching session", "our coaching session", lenient=False)  # strict keeps them
    assert not compare("meeting", "the brand refresh", "brand", lenient=False, fair=True)  # a part is not the thing
    assert not compare("meeting", "la séance de coaching", "la séance", lenient=False, fair=True)
    assert compare("kind", "cancellation", "cancellation", lenient=False) and not compare("kind", "other", "invitation", lenient=False)
