"""The batch engine: streaming, resumable, loss-free drafting of many situations.

Guarantees: every input item ends as exactly one output line (a draft or its error); each finished
line is appended and flushed at once, so a kill loses at most a partial last line, which `resume`
cuts off; `resume` skips ids already done; with `ordered=True` the finished file is in input order.
"""

from __future__ import annotations

import csv
import io
import json
import os
import time
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from composer.errors import FileInputError, TactfulError
from composer.models import BatchLine

CSV_FIELDS = ["id", "subject", "body", "language", "intent", "writer", "warnings", "error"]
_POLICY_KEYS = ("notice_hours", "fee_percent", "deposit_percent")


@dataclass(frozen=True)
class Item:
    """One input record: its id (given, or the line number), and the raw object or why it is unreadable."""

    index: int  # 0-based position in the input
    id: str
    data: dict[str, Any] | None
    error: str | None = None


@dataclass
class Summary:
    """What a batch run did, for the one-line report and the exit status."""

    total: int = 0
    ok: int = 0
    failed: int = 0
    skipped: int = 0  # already done in an earlier run (resume)
    warnings: int = 0
    retried: int = 0
    tokens: int = 0
    seconds: float = 0.0
    output: str = ""
    errors: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        done = self.ok + self.failed
        return done / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        parts = [f"{self.total} items", f"{self.ok} ok", f"{self.failed} failed"]
        if self.skipped:
            parts.append(f"{self.skipped} already done")
        if self.warnings:
            parts.append(f"{self.warnings} with warnings")
        if self.retried:
            parts.append(f"{self.retried} retried")
        if self.tokens:
            parts.append(f"{self.tokens} tokens")
        parts.append(f"{self.seconds:.1f} s ({self.rate:.1f} drafts/s)")
        return "batch: " + ", ".join(parts) + f" -> {self.output}"


# ---------------------------------------------------------------- reading (pure over text)


def read_text(path: Path) -> str:
    """The whole input as text; missing, empty or non-UTF-8 files are refused before any work."""
    if not path.exists():
        raise FileInputError(f"{path}: no such file")
    if path.is_dir():
        raise FileInputError(f"{path}: is a directory, expected a .jsonl or .csv file")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise FileInputError(f"{path}: not UTF-8 (invalid byte at line {line}); save it as UTF-8 and retry") from e
    if not text.strip():
        raise FileInputError(f"{path}: file is empty")
    return text


def detect_format(path: Path, explicit: str | None = None) -> str:
    fmt = (explicit or path.suffix.lstrip(".")).lower()
    if fmt in ("jsonl", "ndjson", "json"):
        return "jsonl"
    if fmt == "csv":
        return "csv"
    raise FileInputError(f"{path}: unknown format '{fmt}' (allowed: jsonl, csv)")


def parse_jsonl(text: str) -> list[Item]:
    """One item per non-blank line; a malformed line becomes an item carrying its error."""
    items: list[Item] = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        idx = len(items)
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            items.append(Item(idx, str(n), None, f"line {n}: malformed JSON ({e.msg}, column {e.colno})"))
            continue
        if not isinstance(obj, dict):
            items.append(Item(idx, str(n), None, f"line {n}: expected a JSON object, got {type(obj).__name__}"))
            continue
        items.append(Item(idx, _item_id(obj, n), obj))
    return items


def parse_csv(text: str) -> list[Item]:
    """Header row = field names; `proposed_times` split on '|'; `policy.notice_hours` etc. nest."""
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames:
        raise FileInputError("CSV has no header row")
    items: list[Item] = []
    for row in reader:
        n = reader.line_num
        if None in row:
            items.append(Item(len(items), str(n), None, f"line {n}: more cells than header columns"))
            continue
        if not any((v or "").strip() for v in row.values()):
            continue
        obj: dict[str, Any] = {}
        policy: dict[str, Any] = {}
        for key, value in row.items():
            value = (value or "").strip()
            if value == "":
                continue
            if key.startswith("policy."):
                policy[key.removeprefix("policy.")] = _number(value)
            elif key == "proposed_times":
                obj[key] = [t.strip() for t in value.split("|") if t.strip()]
            elif key == "duration_minutes":
                obj[key] = _number(value)
            else:
                obj[key] = value
        if policy:
            obj["policy"] = policy
        items.append(Item(len(items), _item_id(obj, n), obj))
    return items


def _number(value: str) -> Any:
    try:
        f = float(value.replace(",", "."))
    except ValueError:
        return value  # let validation name the field and the problem
    return int(f) if f.is_integer() else f


def _item_id(obj: Mapping[str, Any], line_no: int) -> str:
    raw = obj.get("id")
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return str(line_no)
    return str(int(raw)) if isinstance(raw, float) and raw.is_integer() else str(raw).strip()


def load_items(path: Path, fmt: str | None = None) -> list[Item]:
    """Read and check the whole input up front: a duplicate id stops the run before any work."""
    text = read_text(path)
    items = parse_csv(text) if detect_format(path, fmt) == "csv" else parse_jsonl(text)
    if not items:
        raise FileInputError(f"{path}: no items found")
    seen: dict[str, int] = {}
    dupes = []
    for it in items:
        if it.id in seen:
            dupes.append(it.id)
        seen.setdefault(it.id, it.index)
    if dupes:
        shown = ", ".join(sorted(set(dupes))[:5])
        raise FileInputError(f"{path}: duplicate id(s): {shown} — each item needs a unique id")
    return items


# ---------------------------------------------------------------- output (append-only, durable)


def line_to_json(line: BatchLine) -> str:
    return json.dumps(line.model_dump(), ensure_ascii=False)


def line_to_csv_row(line: BatchLine) -> list[str]:
    d = line.model_dump()
    d["warnings"] = " | ".join(d["warnings"])
    return ["" if d[k] is None else str(d[k]) for k in CSV_FIELDS]


def read_done(out: Path, fmt: str) -> dict[str, str]:
    """Ids already in the output (id -> raw line); a torn last line from a kill is cut off first."""
    if not out.exists() or out.stat().st_size == 0:
        return {}
    _repair_tail(out)
    text = out.read_text(encoding="utf-8")
    done: dict[str, str] = {}
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        for row in rows[1:]:
            if len(row) == len(CSV_FIELDS):
                done[row[0]] = ""
        return done
    for raw in text.splitlines():
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError:
            continue
        if isinstance(obj, dict) and "id" in obj:
            done[str(obj["id"])] = raw
    return done


def _repair_tail(out: Path) -> None:
    """Drop a partial last line (no trailing newline) left by a kill mid-write."""
    with out.open("rb+") as f:
        f.seek(0, os.SEEK_END)
        size = f.tell()
        if size == 0:
            return
        f.seek(size - 1)
        if f.read(1) == b"\n":
            return
        pos = size - 1
        chunk = 4096
        while pos > 0:
            start = max(0, pos - chunk)
            f.seek(start)
            data = f.read(pos - start)
            cut = data.rfind(b"\n")
            if cut != -1:
                f.truncate(start + cut + 1)
                return
            pos = start
        f.truncate(0)


class _Sink:
    """Appends finished lines and flushes each one, so a SIGKILL loses at most a partial line."""

    def __init__(self, out: Path, fmt: str) -> None:
        self.fmt = fmt
        new = not out.exists() or out.stat().st_size == 0
        out.parent.mkdir(parents=True, exist_ok=True)
        self.f = out.open("a", encoding="utf-8", newline="")
        self.csv = csv.writer(self.f, lineterminator="\n") if fmt == "csv" else None
        if self.csv is not None and new:
            self.csv.writerow(CSV_FIELDS)
            self.f.flush()

    def write(self, line: BatchLine) -> None:
        if self.csv is not None:
            self.csv.writerow(line_to_csv_row(line))
        else:
            self.f.write(line_to_json(line) + "\n")
        self.f.flush()

    def close(self) -> None:
        self.f.flush()
        os.fsync(self.f.fileno())
        self.f.close()


def _reorder(out: Path, fmt: str, order: Mapping[str, int]) -> None:
    """Rewrite the output in input order (atomically) when an earlier run left it in completion order."""
    text = out.read_text(encoding="utf-8")
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        header, body = rows[0], rows[1:]
        ranked = sorted(body, key=lambda r: order.get(r[0], len(order)))
        if ranked == body:
            return
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(header)
        w.writerows(ranked)
        new_text = buf.getvalue()
    else:
        lines = text.splitlines()
        ranked = sorted(lines, key=lambda raw: order.get(str(json.loads(raw).get("id")), len(order)))
        if ranked == lines:
            return
        new_text = "\n".join(ranked) + "\n"
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(new_text, encoding="utf-8")
    os.replace(tmp, out)


# ---------------------------------------------------------------- running


Worker = Callable[[dict[str, Any]], Any]  # raw situation -> Draft (raises TactfulError on bad input)


def run_batch(
    items: list[Item],
    out: Path,
    worker: Worker,
    *,
    fmt: str | None = None,
    resume: bool = False,
    ordered: bool = True,
    concurrency: int = 1,
    on_progress: Callable[[int, int], None] | None = None,
) -> Summary:
    """Draft every item not already done, appending each result as it is ready."""
    started = time.perf_counter()
    fmt = detect_format(out, fmt)
    summary = Summary(total=len(items), output=str(out))
    if out.exists() and out.stat().st_size > 0 and not resume:
        raise FileInputError(f"{out}: already exists; use --resume to continue it or choose another output")
    done = read_done(out, fmt) if resume else {}
    unknown = set(done) - {it.id for it in items}
    if unknown:
        raise FileInputError(
            f"{out}: holds id(s) not in the input ({', '.join(sorted(unknown)[:3])}); is it the output of another batch?"
        )
    todo = [it for it in items if it.id not in done]
    summary.skipped = len(items) - len(todo)
    sink = _Sink(out, fmt)
    progress = summary.skipped
    if on_progress:
        on_progress(progress, len(items))

    def finish(result: tuple[BatchLine, Any]) -> None:
        nonlocal progress
        line, usage = result
        if usage is not None:
            summary.tokens += usage.total_tokens
            summary.retried += int(usage.attempts > 1)
        sink.write(line)
        if line.error:
            summary.failed += 1
            summary.errors.append(f"{line.id}: {line.error}")
        else:
            summary.ok += 1
            summary.warnings += bool(line.warnings)
        progress += 1
        if on_progress:
            on_progress(progress, len(items))

    try:
        if concurrency <= 1:
            for it in todo:
                finish(_one(it, worker))
        else:
            _run_pool(todo, worker, finish, ordered=ordered, concurrency=concurrency)
    finally:
        sink.close()
    if ordered and summary.skipped:
        _reorder(out, fmt, {it.id: it.index for it in items})
    summary.seconds = time.perf_counter() - started
    return summary


def _run_pool(
    todo: list[Item],
    worker: Worker,
    finish: Callable[[tuple[BatchLine, Any]], None],
    *,
    ordered: bool,
    concurrency: int,
) -> None:
    """A bounded window of in-flight items keeps memory flat however long the input is."""
    window = concurrency * 4
    pending: dict[Future[tuple[BatchLine, Any]], int] = {}
    ready: dict[int, tuple[BatchLine, Any]] = {}
    next_to_write = 0
    feed = iter(enumerate(todo))
    with ThreadPoolExecutor(max_workers=concurrency) as pool:

        def top_up() -> None:
            while len(pending) + len(ready) < window:
                try:
                    pos, it = next(feed)
                except StopIteration:
                    return
                pending[pool.submit(_one, it, worker)] = pos

        top_up()
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in finished:
                pos = pending.pop(fut)
                line = fut.result()
                if ordered:
                    ready[pos] = line
                else:
                    finish(line)
            while ordered and next_to_write in ready:
                finish(ready.pop(next_to_write))
                next_to_write += 1
            top_up()


def _one(item: Item, worker: Worker) -> tuple[BatchLine, Any]:
    """Draft one item; whatever happens, it comes back as exactly one line (and its usage)."""
    if item.error is not None or item.data is None:
        return BatchLine(id=item.id, error=item.error or "unreadable item"), None
    try:
        draft = worker(item.data)
    except TactfulError as e:
        return BatchLine(id=item.id, error=str(e)), None
    except Exception as e:  # a bug must not lose the item: record it and go on
        return BatchLine(id=item.id, error=f"internal error: {type(e).__name__}: {e}"), None
    return BatchLine.from_draft(item.id, draft), getattr(draft, "usage", None)


def iter_output(out: Path) -> Iterator[dict[str, Any]]:
    """Read a JSONL batch output back (for tests, scoring and the page)."""
    with out.open(encoding="utf-8") as f:
        for raw in f:
            if raw.strip():
                yield json.loads(raw)
