"""The batch engine on its own: nothing lost, nothing duplicated, resumable, ordered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from composer.api import as_situation
from composer.batch import load_items, parse_csv, parse_jsonl, read_done, run_batch
from composer.errors import FileInputError
from composer.writers.builtin import BuiltinWriter

WRITER = BuiltinWriter()


def worker(data: dict) -> object:
    return WRITER.write(as_situation(data), [])


def situation(i: int, **extra: object) -> dict:
    return {
        "id": f"s{i}", "language": "en", "intent": "reschedule", "recipient_name": f"Client {i}",
        "sender_name": "Tom Baker", "meeting": "the weekly sync", "meeting_time": "Monday at 10:00",
        "proposed_times": ["Tuesday at 11:00"], "tone": "formal", "relationship": "regular", **extra,
    }


def write_jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_bad_lines_get_errors_and_the_rest_goes_on(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [
        situation(1), "{not json", situation(3, intent="dance"), situation(4, colour="red"), [1, 2], situation(6),
    ])
    out = tmp_path / "out.jsonl"
    summary = run_batch(load_items(src), out, worker)
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert [x["id"] for x in lines] == ["s1", "2", "s3", "s4", "5", "s6"]
    assert summary.ok == 2 and summary.failed == 4
    errors = {x["id"]: x["error"] for x in lines}
    assert errors["s1"] is None and lines[0]["writer"] == "builtin"
    assert "malformed JSON" in errors["2"]
    assert "intent" in errors["s3"] and "reschedule" in errors["s3"]  # names the field and allowed values
    assert "colour: unknown field" in errors["s4"]
    assert "expected a JSON object" in errors["5"]


@pytest.mark.parametrize("content,message", [
    (b"", "empty"), (b"  \n\n", "empty"), (b"\xff\xfe{\"id\": 1}\n", "not UTF-8"),
])
def test_unusable_files_are_refused_up_front(tmp_path: Path, content: bytes, message: str) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(content)
    with pytest.raises(FileInputError, match=message):
        load_items(src)


def test_missing_file_and_duplicate_ids(tmp_path: Path) -> None:
    with pytest.raises(FileInputError, match="no such file"):
        load_items(tmp_path / "nope.jsonl")
    src = write_jsonl(tmp_path / "in.jsonl", [situation(1), situation(2), situation(1)])
    with pytest.raises(FileInputError, match="duplicate id.*s1"):
        load_items(src)


def test_resume_after_a_torn_last_line(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [situation(i) for i in range(10)])
    items = load_items(src)
    out = tmp_path / "out.jsonl"
    run_batch(items[:4], out, worker)
    full = out.read_text()
    out.write_text(full + full.splitlines()[0][:37])  # a kill mid-write leaves half a line
    with pytest.raises(FileInputError, match="already exists"):
        run_batch(items, out, worker)
    summary = run_batch(items, out, worker, resume=True)
    assert summary.skipped == 4 and summary.ok == 6
    ids = [json.loads(x)["id"] for x in out.read_text().splitlines()]
    assert ids == [f"s{i}" for i in range(10)]


def test_unordered_then_ordered_resume_restores_input_order(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [situation(i) for i in range(30)])
    items = load_items(src)
    out = tmp_path / "out.jsonl"
    run_batch(items[10:20], out, worker, ordered=False, concurrency=4)
    run_batch(items, out, worker, resume=True, ordered=True, concurrency=4)
    ids = [json.loads(x)["id"] for x in out.read_text().splitlines()]
    assert ids == [f"s{i}" for i in range(30)]
    assert set(read_done(out, "jsonl")) == {f"s{i}" for i in range(30)}


def test_concurrent_ordered_equals_sequential(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [situation(i, language=["en", "en"][i % 2]) for i in range(40)])
    items = load_items(src)
    run_batch(items, tmp_path / "a.jsonl", worker)
    run_batch(items, tmp_path / "b.jsonl", worker, concurrency=4)
    assert (tmp_path / "a.jsonl").read_text() == (tmp_path / "b.jsonl").read_text()


def test_csv_in_and_out(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text(
        "id,language,intent,recipient_name,sender_name,meeting,meeting_time,proposed_times,tone,relationship,policy.notice_hours,policy.fee_percent\n"
        "a,en,cancellation_policy,Ann Lee,Tom Baker,the audit,Friday at 9:00,Monday at 9:00|Tuesday at 9:00,formal,new,24,50\n"
        "b,en,reschedule,Bo Chen,Tom Baker,the audit,Friday at 9:00,,formal,klingon,,\n",
        encoding="utf-8",
    )
    items = parse_csv(src.read_text())
    assert items[0].data["policy"] == {"notice_hours": 24, "fee_percent": 50}
    assert items[0].data["proposed_times"] == ["Monday at 9:00", "Tuesday at 9:00"]
    out = tmp_path / "out.csv"
    summary = run_batch(load_items(src), out, worker)
    assert summary.ok == 1 and summary.failed == 1
    text = out.read_text()
    assert text.startswith("id,subject,body,language,intent,writer,warnings,error\n")
    assert "Monday at 9:00" in text and "relationship" in text


def test_ids_default_to_line_numbers() -> None:
    items = parse_jsonl('{"a": 1}\n\n{"id": 7}\n{"id": ""}\n')
    assert [i.id for i in items] == ["1", "7", "4"]
