"""The batch engine on its own: nothing lost, nothing duplicated, resumable, ordered, refusing what it cannot trust."""

from __future__ import annotations

import csv
import io
import json
import threading
from pathlib import Path

import pytest

from composer.api import as_situation
from composer.batch import (
    Output,
    SharedGuidance,
    load_items,
    parse_csv,
    parse_jsonl,
    read_done,
    read_output,
    run_batch,
    state_path,
)
from composer.errors import FileInputError
from composer.models import Draft, Passage, Situation, Topic, Usage
from composer.ratelimit import RateLimiter
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


def ids_in(out: Path) -> list[str]:
    return [r["id"] for r in read_output(out)]


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
    (b"", "empty"), (b"  \n\n", "empty"), (b"\xff\xfe{\"id\": 1}\n", "UTF-16"),
    (b"\x00" * 64 + b"\n", "looks binary"),
])
def test_unusable_files_are_refused_up_front(tmp_path: Path, content: bytes, message: str) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(content)
    with pytest.raises(FileInputError, match=message):
        load_items(src)


def test_a_line_that_is_not_utf8_or_holds_nul_is_that_lines_error_only(tmp_path: Path) -> None:
    """Was: the whole file refused for one bad byte; now only its line fails and the others are drafted."""
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"id": "\xe9"}\n' + json.dumps(situation(2)).encode() + b'\n{"id": 1}\x00\x00\n')
    items = load_items(src)
    assert [it.id for it in items] == ["1", "s2", "3"]
    assert "line 1: not UTF-8 (byte 0xe9" in (items[0].error or "")
    assert items[1].error is None
    assert "line 3: malformed JSON" in (items[2].error or "")


def test_missing_file_and_duplicate_ids(tmp_path: Path) -> None:
    with pytest.raises(FileInputError, match="no such file"):
        load_items(tmp_path / "nope.jsonl")
    src = write_jsonl(tmp_path / "in.jsonl", [situation(1), situation(2), situation(1)])
    with pytest.raises(FileInputError, match="duplicate id.*s1"):
        load_items(src)


def test_jsonl_with_bom_and_crlf(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\xef\xbb\xbf" + b"\r\n".join(json.dumps(situation(i)).encode() for i in range(3)) + b"\r\n")
    items = load_items(src)
    assert [i.id for i in items] == ["s0", "s1", "s2"] and all(i.error is None for i in items)


def test_resume_after_a_torn_last_line(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [situation(i) for i in range(10)])
    items = load_items(src)
    out = tmp_path / "out.jsonl"
    run_batch(items[:4], out, worker)
    full = out.read_text()
    out.write_text(full + full.splitlines()[0][:37])  # a kill mid-write leaves half a line
    with pytest.raises(FileInputError, match="already exists"):
        run_batch(items, out, worker)
    summary = run_batch(items, out, worker, resume=True)  # the input grew at the end: fine
    assert summary.skipped == 4 and summary.ok == 6
    assert ids_in(out) == [f"s{i}" for i in range(10)]


class Interrupt:
    """A worker that drafts slowly for even positions (so completion order differs) and Ctrl-Cs after `stop` calls."""

    def __init__(self, stop: int) -> None:
        self.stop, self.calls = stop, 0
        self.lock = threading.Lock()

    def __call__(self, data: dict) -> object:
        import time

        with self.lock:
            self.calls += 1
            n = self.calls
        if n > self.stop:
            raise KeyboardInterrupt
        time.sleep(0.02 if int(data["id"][1:]) % 2 == 0 else 0.0)
        return worker(data)


def test_unordered_interrupted_then_ordered_resume_restores_input_order(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [situation(i) for i in range(30)])
    items = load_items(src)
    out = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt):
        run_batch(items, out, Interrupt(stop=14), ordered=False, concurrency=4)
    first = ids_in(out)
    assert 0 < len(first) < 30 and first != sorted(first, key=lambda x: int(x[1:]))  # completion order
    summary = run_batch(items, out, worker, resume=True, ordered=True, concurrency=4)
    assert summary.skipped == len(first) and summary.ok == 30 - len(first)
    assert ids_in(out) == [f"s{i}" for i in range(30)]
    assert read_done(out, "jsonl") == {f"s{i}" for i in range(30)}


def test_interrupted_sequential_run_keeps_what_it_wrote(tmp_path: Path) -> None:
    items = load_items(write_jsonl(tmp_path / "in.jsonl", [situation(i) for i in range(12)]))
    out = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt):
        run_batch(items, out, Interrupt(stop=7))
    assert ids_in(out) == [f"s{i}" for i in range(7)]
    run_batch(items, out, worker, resume=True)
    assert ids_in(out) == [f"s{i}" for i in range(12)]


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


def test_csv_input_with_bom_crlf_and_cells_spanning_lines(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    rows = [
        "id,language,intent,recipient_name,sender_name,meeting,meeting_time,reason,tone,relationship",
        'x1,en,decline,Ann Lee,Tom Baker,"the audit, part 2",Friday at 9:00,"a clash\r\nwith the board",formal,key',
        ",en,decline,Bo Chen,Tom Baker,the audit,Friday at 9:00,,formal,new",
        ",,,,,,,,,",  # a blank row from a spreadsheet export is skipped
        "x4,en,decline,Cy Diaz,Tom Baker,the audit,Friday at 9:00,,formal,new,,",  # trailing empty cells are fine
    ]
    src.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(rows).encode() + b"\r\n")
    items = load_items(src)
    assert [i.id for i in items] == ["x1", "4", "x4"]  # a row without id gets the number of its first line
    assert items[0].data["meeting"] == "the audit, part 2" and "clash\r\nwith" in items[0].data["reason"]
    assert all(i.error is None for i in items)


@pytest.mark.parametrize("header,row,message", [
    ("id,language,colour", "a,en,red", "'colour' are not situation fields"),
    ("id,language,language", "a,en,en", "column\\(s\\) twice: 'language'"),
])
def test_csv_structure_problems_stop_before_any_work(tmp_path: Path, header: str, row: str, message: str) -> None:
    src = tmp_path / "in.csv"
    src.write_text(f"{header}\n{row}\n", encoding="utf-8")
    with pytest.raises(FileInputError, match=message):
        load_items(src)


@pytest.mark.parametrize("row", ['a,en,"never closed', 'a,en,"closed"then text'])
def test_a_csv_row_whose_quotes_cannot_be_followed_fails_alone(row: str) -> None:
    """Was: the whole file refused; now that row is an item error and the rows after it are still read."""
    items = parse_csv(f"id,language,meeting\n{row}\nb,en,the review\n")
    assert [it.id for it in items] == ["2", "b"]
    assert items[0].error is not None and items[0].error.startswith("line 2:") and "quote" in items[0].error
    assert items[1].data == {"id": "b", "language": "en", "meeting": "the review"}


def test_csv_row_with_extra_cells_is_an_item_error(tmp_path: Path) -> None:
    items = parse_csv("id,language\na,en\nb,en,surprise\n")
    assert items[1].error == "line 3: 3 cells but 2 header columns"


def test_a_csv_row_that_fails_keeps_its_own_id() -> None:
    items = parse_csv("id,language,duration_minutes\nc1,en,trenta\n,en,x\nc3,en,30\n")
    assert [(i.id, i.error is None) for i in items] == [("c1", False), ("3", False), ("c3", True)]
    assert items[0].error.startswith("line 2: duration_minutes:")


def test_ids_default_to_line_numbers() -> None:
    items = parse_jsonl('{"a": 1}\n\n{"id": 7}\n{"id": ""}\n')
    assert [i.id for i in items] == ["1", "7", "4"]


# ---------------------------------------------------------------- torn writes, foreign outputs, concurrent writers


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_torn_record_at_any_byte_resumes_to_the_uninterrupted_result(tmp_path: Path, fmt: str) -> None:
    items = load_items(write_jsonl(tmp_path / "in.jsonl", [situation(i, reason=f"reason {i}") for i in range(6)]))
    ref = tmp_path / f"ref.{fmt}"
    run_batch(items, ref, worker)
    data = ref.read_bytes()
    partial, four = tmp_path / f"partial.{fmt}", tmp_path / f"four.{fmt}"
    run_batch(items[:3], partial, worker)
    run_batch(items[:4], four, worker)
    head = partial.read_bytes()
    tail = four.read_bytes()[len(head) :]  # the fourth record, whole
    body_breaks = [i for i, b in enumerate(tail) if b == ord("\n")]
    assert fmt == "jsonl" or len(body_breaks) > 3  # a CSV record carries the body's own line breaks, quoted
    for cut in sorted({1, 5, len(tail) // 2, len(tail) - 1, *(i + 1 for i in body_breaks[:-1])}):
        out = tmp_path / f"cut{cut}.{fmt}"
        out.write_bytes(head + tail[:cut])  # a kill in the middle of the fourth record
        state_path(out).write_bytes(state_path(partial).read_bytes())
        run_batch(items, out, worker, resume=True)
        assert out.read_bytes() == data, f"cut at byte {cut}"


def test_csv_output_round_trips_multiline_bodies(tmp_path: Path) -> None:
    items = load_items(write_jsonl(tmp_path / "in.jsonl", [situation(i) for i in range(5)]))
    run_batch(items, tmp_path / "o.jsonl", worker)
    run_batch(items, tmp_path / "o.csv", worker)
    rows = list(csv.reader(io.StringIO((tmp_path / "o.csv").read_text(encoding="utf-8"), newline="")))
    assert len(rows) == 6 and all(len(r) == 8 for r in rows) and "\n\n" in rows[1][2]
    assert list(read_output(tmp_path / "o.csv")) == list(read_output(tmp_path / "o.jsonl"))


def test_an_output_from_another_input_is_refused(tmp_path: Path) -> None:
    a = load_items(write_jsonl(tmp_path / "a.jsonl", [situation(i) for i in range(5)]))
    b = load_items(write_jsonl(tmp_path / "b.jsonl", [situation(i, meeting="the board meeting") for i in range(5)]))
    out = tmp_path / "out.jsonl"
    run_batch(a[:3], out, worker, source="a.jsonl")
    with pytest.raises(FileInputError, match=r"started from another input \(a.jsonl, 3 items\)"):
        run_batch(b, out, worker, resume=True)  # same ids, other content
    with pytest.raises(FileInputError, match="another input"):
        run_batch(a[1:], out, worker, resume=True)  # not the same start
    state_path(out).unlink()  # an output without its state: ids still have to match
    other = load_items(write_jsonl(tmp_path / "c.jsonl", [situation(i + 100) for i in range(5)]))
    with pytest.raises(FileInputError, match="holds id\\(s\\) not in the input"):
        run_batch(other, out, worker, resume=True)
    assert ids_in(out) == ["s0", "s1", "s2"]  # nothing was written by the refused runs


@pytest.mark.parametrize("name,content,message", [
    ("o.jsonl", '{"no_id": 1}\n', "record 1 has no id"),
    ("o.jsonl", "hello\n", "record 1 is not JSON"),
    ("o.csv", "a,b,c\n1,2,3\n", "header is not id,subject"),
    ("o.csv", "id,subject,body,language,intent,writer,warnings,error\ns0,x\n", "record 1 has 2 cells"),
    ("o.jsonl", '{"id": "s0"}\n{"id": "s0"}\n', "id 's0' appears twice"),
])
def test_a_file_that_is_not_a_batch_output_is_refused(tmp_path: Path, name: str, content: str, message: str) -> None:
    items = load_items(write_jsonl(tmp_path / "in.jsonl", [situation(i) for i in range(3)]))
    out = tmp_path / name
    out.write_text(content, encoding="utf-8")
    with pytest.raises(FileInputError, match=message):
        run_batch(items, out, worker, resume=True)
    assert out.read_text(encoding="utf-8") == content


def test_two_runs_never_write_one_output(tmp_path: Path) -> None:
    items = load_items(write_jsonl(tmp_path / "in.jsonl", [situation(i) for i in range(3)]))
    out = tmp_path / "out.jsonl"
    with Output(items, out, fmt="jsonl", resume=False), pytest.raises(FileInputError, match="another tactful batch is writing it"):
        run_batch(items, out, worker, resume=True)
    run_batch(items, out, worker, resume=True)  # the lock went with the first run
    assert len(ids_in(out)) == 3


# ---------------------------------------------------------------- rate limits and shared guidance


class Clock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, s: float) -> None:
        self.sleeps.append(s)
        self.now += s


def test_requests_per_minute_are_spread_evenly() -> None:
    clock = Clock()
    limiter = RateLimiter(rpm=120, clock=clock, sleep=clock.sleep)
    for _ in range(10):
        limiter.acquire()
        limiter.settle(0, tokens=None)
    assert clock.now == pytest.approx(10 * 0.5)  # 2 per second, starting from an empty bucket
    assert limiter.waited == pytest.approx(clock.now)


def test_tokens_are_reserved_by_the_running_mean_and_settled_with_the_real_cost() -> None:
    clock = Clock()
    limiter = RateLimiter(tpm=60_000, estimate=1000, clock=clock, sleep=clock.sleep)  # 1,000 tokens a second
    got = limiter.acquire()
    assert got == 1000 and clock.now == pytest.approx(1.0)
    limiter.settle(got, tokens=3000, requests=2)  # the draft cost three times the guess: 2,000 tokens of debt
    assert limiter.estimate == 3000
    limiter.acquire()  # waits out the 2,000 of debt plus a full bucket (1,000: one second's worth)
    assert clock.now == pytest.approx(1.0 + 3.0)
    limiter.settle(3000, tokens=3000)
    limiter.acquire()  # that 3,000-token draft left 2,000 of debt again: the average stays at 1,000 a second
    assert clock.now == pytest.approx(1.0 + 3.0 + 3.0)
    limiter.settle(3000, tokens=0, requests=0)  # refused before any request: all of it back
    assert limiter.estimate == 3000


class SharedClock:
    """A fake clock shared by worker threads: it only moves when a waiting worker sleeps, so what the limiter
    grants is judged on its own arithmetic, never on how fast this machine schedules threads."""

    def __init__(self) -> None:
        self.now = 0.0
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self.now

    def sleep(self, s: float) -> None:
        with self._lock:
            self.now += s


def test_rpm_holds_across_worker_threads(tmp_path: Path) -> None:
    items = load_items(write_jsonl(tmp_path / "in.jsonl", [situation(i) for i in range(13)]))
    clock = SharedClock()
    stamps: list[float] = []

    def timed(data: dict) -> Draft:
        stamps.append(clock())  # at or after the moment this call was granted
        return worker(data).model_copy(update={"usage": Usage(total_tokens=10)})  # type: ignore[attr-defined]

    limiter = RateLimiter(rpm=600, clock=clock, sleep=clock.sleep)  # 10 a second, from an empty bucket
    summary = run_batch(items, tmp_path / "out.jsonl", timed, concurrency=8, limiter=limiter)
    assert summary.ok == 13 and summary.tokens == 130
    # the k-th call (1-based) cannot start before k tenths of a second: one request per 0.1 s, shared by 8 workers
    for k, stamp in enumerate(sorted(stamps), start=1):
        assert stamp >= k / 10 - 1e-9, (k, sorted(stamps))
    assert summary.waited > 0


class CountingRetriever:
    def __init__(self) -> None:
        self.calls = 0

    def retrieve(self, situation: Situation, k: int = 4) -> list[Passage]:
        self.calls += 1
        return [Passage(id=f"p{self.calls}", text="Offer a call.", source="x.txt", language=situation.language, topic=Topic.avoidance)]


def test_shared_guidance_looks_up_each_question_once() -> None:
    inner = CountingRetriever()
    shared = SharedGuidance(inner, size=2)
    a = as_situation(situation(1))
    same_question = as_situation(situation(2, recipient_name="Someone Else", proposed_times=[]))  # names are not in the query
    other = as_situation(situation(3, reason="a clash with the board review"))  # the reason is in the query
    first = shared.retrieve(a)
    assert shared.retrieve(same_question) == first and inner.calls == 1
    shared.retrieve(other)
    shared.retrieve(a, k=2)  # k is part of the question
    assert inner.calls == 3 and shared.hits == 1
    shared.retrieve(a)  # evicted by the two since (size 2)
    assert inner.calls == 4
