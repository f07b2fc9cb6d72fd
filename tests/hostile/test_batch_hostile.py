"""Issue 14's findings on the batch path, each pinned by a test that failed on the code before the fix.

Nothing lost, nothing invented, nothing executed, nothing leaked: every bad item yields its own error, every
other item is drafted once and in order, CSV cells cannot run as formulas, and a key a provider echoes is
hidden everywhere it could be written.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest

from composer import jsonsafe
from composer.api import as_situation
from composer.batch import csv_row, csv_safe, csv_unsafe, load_items, parse_csv, parse_jsonl, read_output, run_batch
from composer.batch.ledger import fingerprint
from composer.errors import FileInputError, SituationError
from composer.models import Situation
from composer.samples import make_situations
from composer.textsafe import quote, terminal_safe
from composer.writers.builtin import BuiltinWriter

WRITER = BuiltinWriter()


def worker(data: dict) -> object:
    return WRITER.write(as_situation(data), [])


def rows(n: int) -> list[dict[str, Any]]:
    return make_situations(n, seed=5)


def jsonl(objs: list[Any]) -> str:
    return "".join((o if isinstance(o, str) else json.dumps(o, ensure_ascii=False)) + "\n" for o in objs)


def run(tmp_path: Path, text: str | bytes, fmt: str = "jsonl", out: str = "out.jsonl") -> list[dict[str, Any]]:
    items = load_items(text, fmt)
    summary = run_batch(items, tmp_path / out, worker, concurrency=2)
    got = list(read_output(tmp_path / out))
    assert summary.ok + summary.failed == len(items) == len(got)
    return got


# ---------------------------------------------------------------- items lost or invented


@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"])
def test_a_line_separator_inside_a_value_never_splits_the_line(sep: str) -> None:
    data = rows(22)
    data[5] = {**data[5], "meeting": f"budget{sep}review"}
    items = parse_jsonl(jsonl(data))
    assert len(items) == 22  # was 24: two real items lost, four bogus ones invented
    assert [it.id for it in items] == [r["id"] for r in data]
    assert items[5].data is not None and items[5].data["meeting"] == f"budget{sep}review"
    assert all(it.error is None for i, it in enumerate(items) if i != 5)


def test_line_numbers_are_physical_lines_and_crlf_is_tolerated() -> None:
    text = jsonl([rows(1)[0], "{oops", rows(3)[2]]).replace("\n", "\r\n")
    items = parse_jsonl("\n" + text)  # a blank first line
    assert [it.id for it in items] == ["item-000000", "3", "item-000002"]
    assert items[1].error is not None and items[1].error.startswith("line 3: malformed JSON")


def test_a_lone_surrogate_in_an_id_or_field_fails_that_item_only(tmp_path: Path) -> None:
    data: list[Any] = rows(5)
    lines = jsonl(data).splitlines()
    lines[1] = lines[1].replace('"item-000001"', '"bad\\ud800id"')  # a JSON escape: a real lone surrogate
    lines[3] = lines[3].replace('"recipient_name": "', '"recipient_name": "\\udfff')
    got = run(tmp_path, "\n".join(lines) + "\n")
    assert [r["id"] for r in got] == ["item-000000", "2", "item-000002", "item-000003", "item-000004"]
    assert "lone surrogate" in got[1]["error"] and "id" in got[1]["error"]
    assert "recipient_name: holds a lone surrogate" in got[3]["error"]
    assert [bool(r["error"]) for r in got] == [False, True, False, True, False]


def test_fingerprint_of_items_holding_a_lone_surrogate_does_not_crash() -> None:
    items = parse_jsonl('{"meeting": "\\ud800", "id": "x"}\n')
    assert len(fingerprint(items)) == 64


@pytest.mark.parametrize("depth", [50, 40_000, 100_000])
def test_deep_nesting_is_that_lines_error_never_a_recursion_error(tmp_path: Path, depth: int) -> None:
    data: list[Any] = rows(3)
    data.insert(1, "[" * depth + "]" * depth)
    data.insert(2, '{"policy": ' + "{\"a\": " * depth + "1" + "}" * depth + "}")
    got = run(tmp_path, jsonl(data))
    assert len(got) == 5 and [bool(r["error"]) for r in got] == [False, True, True, False, False]
    assert ("nested more than 20 levels" if depth < 50_000 else "characters long") in got[1]["error"]


def test_jsonsafe_refuses_depth_duplicates_nan_and_huge_numbers() -> None:
    with pytest.raises(FileInputError, match="nested more than"):
        jsonsafe.loads("[" * 100_000 + "]" * 100_000)
    with pytest.raises(FileInputError, match="key 'meeting' is given twice"):
        jsonsafe.loads('{"meeting": "a", "meeting": "b"}')
    for bad in ("NaN", "Infinity", "-Infinity", "1e400"):
        with pytest.raises(FileInputError, match="number"):
            jsonsafe.loads(f'{{"x": {bad}}}')
    with pytest.raises(FileInputError):
        jsonsafe.loads("1" * 5000)
    assert jsonsafe.loads('{"a": ["[{", 1]}') == {"a": ["[{", 1]}  # brackets in strings do not count


def test_duplicate_keys_in_a_batch_line_are_that_lines_error() -> None:
    line = json.dumps(rows(1)[0])[:-1] + ', "tone": "friendly"}'
    items = parse_jsonl(line + "\n")
    assert items[0].error is not None and "'tone' is given twice" in items[0].error


def test_an_overlong_line_is_refused_per_line() -> None:
    big = {**rows(1)[0], "reason": "x" * 200_000}
    items = parse_jsonl(jsonl([big, rows(2)[1]]))
    assert "line 1: 200," in (items[0].error or "") and "more than the 100,000" in (items[0].error or "")
    assert items[1].error is None


# ---------------------------------------------------------------- silent coercions


def base(**extra: Any) -> dict[str, Any]:
    return {"language": "en", "intent": "shorten", "recipient_name": "Ann Lee", "sender_name": "Tom Baker",
            "meeting": "the review", "meeting_time": "Monday at 10:00", "tone": "formal", "relationship": "key",
            "duration_minutes": 30, **extra}


@pytest.mark.parametrize("patch,message", [
    ({"duration_minutes": True}, "duration_minutes: true is not a number"),
    ({"duration_minutes": "1,000"}, "'1,000' is not a plain number"),
    ({"policy": {"fee_percent": float("nan")}}, "policy.fee_percent: nan is not a number"),
    ({"policy": {"fee_percent": "NaN"}}, "'NaN' is not a plain number"),
    ({"policy": {"notice_hours": False}}, "false is not a number"),
    ({"proposed_times": ["x" * 100_000] * 10}, "proposed_times: entry 0:"),
    ({"proposed_times": ["Mon"] * 11}, "11 times given, at most 10"),
    ({"meeting": "review\r\nBcc: evil@example.com"}, "meeting: holds a line break"),
    ({"meeting": "\x1b]0;pwned\x07review"}, "meeting: holds a control character (U+001B ESC)"),
    ({"recipient_name": "Ann\x00Lee"}, "recipient_name: holds a NUL character"),
    ({"sender_name": "Tom\u202eBaker"}, "sender_name: holds an invisible text-direction control"),
    ({"reason": "sick\ud800"}, "reason: holds a lone surrogate"),
    ({"reason": "sick\rBcc: x"}, "reason: holds a line break or tab (U+000D"),
    ({"proposed_times": ["Mon\x07"]}, "proposed_times: entry 0: holds a control character"),
])
def test_strict_fields_refuse_what_was_silently_coerced_or_passed(patch: dict[str, Any], message: str) -> None:
    with pytest.raises(SituationError) as e:
        as_situation(base(**patch))
    assert message in str(e.value)
    assert len(str(e.value)) < 400 and "\n" not in str(e.value)


def test_a_huge_bad_value_is_quoted_short() -> None:
    with pytest.raises(SituationError) as e:
        as_situation(base(language="x" * 1_000_000))
    assert len(str(e.value)) < 300 and "(1,000,000 characters)" in str(e.value)


def test_plain_text_still_passes() -> None:
    s = as_situation(base(meeting="Café — revue Q3 (équipe)", recipient_name="  Åsa Öberg  ", duration_minutes="30"))
    assert s.recipient_name == "Åsa Öberg" and s.duration_minutes == 30


@pytest.mark.parametrize("cell", ["1,000", "1e3", "NaN", "inf", "0x10", "-5", "12 5", "true"])
def test_csv_numbers_must_be_plain(cell: str) -> None:
    text = "id,language,intent,recipient_name,sender_name,meeting,meeting_time,tone,relationship,duration_minutes\n"
    text += f'a,en,shorten,Ann,Tom,review,Monday,formal,key,"{cell}"\nb,en,shorten,Ann,Tom,review,Monday,formal,key,45\n'
    items = parse_csv(text)
    assert items[0].error is not None and "duration_minutes:" in items[0].error and "plain number" in items[0].error
    assert items[1].error is None and items[1].data is not None and items[1].data["duration_minutes"] == 45


# ---------------------------------------------------------------- unsafe outputs


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "'=x", "''-x"])
def test_csv_cells_that_would_run_as_formulas_are_neutralised_and_come_back(cell: str) -> None:
    safe = csv_safe(cell)
    assert safe.startswith("'") and csv_unsafe(safe) == cell


@pytest.mark.parametrize("cell", ["plain", "'Tis", "'", "", "1", "a=b"])
def test_harmless_cells_are_left_alone(cell: str) -> None:
    assert csv_safe(cell) == cell and csv_unsafe(cell) == cell


def test_batch_csv_output_has_no_formula_cells_and_resumes(tmp_path: Path) -> None:
    data = rows(4)
    data[1] = {**data[1], "id": "=HYPERLINK(\"http://x\")", "meeting": "-the review"}
    data[2] = {**data[2], "id": "@cmd", "language": "=cmd|' /C calc'!A0"}
    out = tmp_path / "out.csv"
    run_batch(load_items(jsonl(data), "jsonl")[:3], out, worker)
    text = out.read_text(encoding="utf-8")
    for line in text.splitlines():
        for cell in line.split(","):
            assert not cell.lstrip('"')[:1] in ("=", "+", "-", "@"), line
    # the ledger reads its own escaped ids back: a resume with the fourth item added skips the three done
    summary = run_batch(load_items(jsonl(data), "jsonl"), out, worker, resume=True)
    assert summary.skipped == 3 and summary.ok + summary.failed == 1
    assert [r["id"] for r in read_output(out)] == [r["id"] for r in data]


def test_csv_row_is_the_one_safe_writer() -> None:
    assert csv_row(["=1", "ok", None]) == "'=1,ok,\n"


def test_terminal_safe_strips_escapes_and_controls() -> None:
    hostile = "a\x1b]0;title\x07b\x1b[31mred\x1b[0m\rc\x00d\x9be\u202ef\ud800"
    out = terminal_safe(hostile)
    assert "\x1b" not in out and "\x07" not in out and "\r" not in out and "\x00" not in out and "\u202e" not in out
    assert out.startswith("abred") and out.endswith("\ufffd")
    assert terminal_safe("line one\nline\ttwo") == "line one\nline\ttwo"


def test_quote_is_short_and_escaped() -> None:
    assert quote("a\x1bb") == "'a\\x1bb'"
    assert quote("x" * 1000).endswith("...' (1,000 characters)") and len(quote("x" * 1000)) < 110


# ---------------------------------------------------------------- clear messages


def test_output_naming_a_directory_says_so(tmp_path: Path) -> None:
    (tmp_path / "outdir").mkdir()
    with pytest.raises(FileInputError, match="is a directory"):
        run_batch(load_items(jsonl(rows(1)), "jsonl"), tmp_path / "outdir", worker)


def test_output_without_a_suffix_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(FileInputError, match="has no .jsonl or .csv suffix"):
        run_batch(load_items(jsonl(rows(1)), "jsonl"), tmp_path / "results", worker)


def test_a_full_disk_names_the_path_and_says_resume(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from composer.batch import ledger

    real_write = os.write
    written = {"n": 0}

    def full(fd: int, data: Any) -> int:
        written["n"] += 1
        if written["n"] > 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(ledger.os, "write", full)
    out = tmp_path / "out.jsonl"
    with pytest.raises(FileInputError) as e:
        run_batch(load_items(jsonl(rows(5)), "jsonl"), out, worker)
    assert str(out) in str(e.value) and "free space, then run again with --resume" in str(e.value)
    monkeypatch.undo()
    summary = run_batch(load_items(jsonl(rows(5)), "jsonl"), out, worker, resume=True)
    assert summary.skipped == 2 and summary.ok == 3


# ---------------------------------------------------------------- in-memory inputs


def test_inputs_from_memory_bytes_text_and_lists(tmp_path: Path) -> None:
    data = rows(3)
    a = load_items(jsonl(data).encode(), "jsonl")
    b = load_items(jsonl(data), "jsonl")
    c = load_items(data)
    d = load_items([Situation.model_validate(r) for r in data])
    assert [i.id for i in a] == [i.id for i in b] == [i.id for i in c] == [i.id for i in d] == [r["id"] for r in data]
    assert a == b
    bad = load_items([data[0], "not a mapping", {"id": ["x"]}])  # type: ignore[list-item]
    assert [i.error is None for i in bad] == [True, False, False]
