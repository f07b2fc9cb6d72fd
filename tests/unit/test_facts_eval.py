"""The fact-set measurement script: counts catches and false alarms per language and split (mechanics only;
the labelled set itself is written by someone else)."""

from __future__ import annotations

import json
from pathlib import Path

from composer.evaluation.facts_eval import main, measure

SITUATION = dict(language="en", intent="decline", tone="formal", relationship="regular", recipient_name="Margaret Hughes",
                 sender_name="Tom Baker", meeting="the quarterly account review", meeting_time="Thursday 14 March at 10:00")
OK = "Dear Ms Hughes,\n\nI am sorry, but I cannot attend the quarterly account review on Thursday 14 March at 10:00.\n\nKind regards,\nTom Baker"


def records() -> list[dict]:
    return [
        {"id": "a", "situation": SITUATION, "reply": {"subject": "Review", "body": OK}, "label": "correct", "today": "2024-03-01"},
        {"id": "b", "situation": SITUATION, "reply": {"subject": "Review", "body": OK.replace("Thursday", "Friday")}, "label": "flawed", "fault": "time", "today": "2024-03-01"},
        {"id": "c", "situation": SITUATION, "reply": {"subject": "Review", "body": OK.replace("Hughes", "Hughs")}, "label": "flawed", "fault": "name", "today": "2024-03-01"},
    ]


def test_measure_counts_catches_and_false_alarms() -> None:
    misses: list[dict] = []
    t = measure(records(), today=None, misses=misses)["en"]
    assert (t.flawed, t.caught, t.correct, t.false_alarms) == (2, 2, 1, 0) and misses == []
    assert dict(t.by_kind) == {"time": [1, 1], "name": [1, 1]}


def test_main_reports_each_split(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    for split in ("dev", "test"):
        (tmp_path / f"{split}.jsonl").write_text("\n".join(json.dumps(r) for r in records()), encoding="utf-8")
    assert main(["--dir", str(tmp_path), "--json", str(tmp_path / "out.json")]) == 0
    out = capsys.readouterr().out
    assert "== dev" in out and "== test" in out and "100.0%" in out
    assert json.loads((tmp_path / "out.json").read_text())["test"]["all"]["caught"] == 2


def test_one_split_and_completeness_auc(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from composer.evaluation.facts_eval import completeness_auc

    for split in ("dev", "test"):
        (tmp_path / f"{split}.jsonl").write_text("\n".join(json.dumps(r) for r in records()), encoding="utf-8")
    assert main(["--dir", str(tmp_path), "--split", "dev", "--completeness"]) == 0
    out = capsys.readouterr().out
    assert "== dev" in out and "== test" not in out and "completeness AUC" in out
    aucs = completeness_auc(records())
    assert aucs["en"] == 1.0  # the correct reply scores above both flawed ones
