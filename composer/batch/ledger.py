"""The durable batch output (the ledger): OUT and the state file beside it.

Every record goes out in a single write and is flushed at once (and fsynced every second and on close), so a
kill, even SIGKILL, loses at most a torn last record, which `resume` cuts off before it skips the ids already
done. OUT is locked while a run writes it. Next to OUT, OUT + ".batch.json" says which input OUT belongs to
(a fingerprint of its items): resuming with another input is refused. `Output.put_in_order` rewrites an
output left in completion order into input order, atomically.
"""

from __future__ import annotations

import csv
import errno
import fcntl
import hashlib
import io
import json
import os
import time
from array import array
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO, Self

from composer.batch.io import CSV_FIELDS, CSV_HEADER, Item, csv_unsafe, decode_csv_record, detect_format, encode_record
from composer.errors import FileInputError
from composer.models import BatchLine

STATE_SUFFIX = ".batch.json"


def fingerprint(items: Sequence[Item], *, first: int | None = None) -> str:
    """A hash of the items themselves (ids and content), the same whether they came as JSONL or CSV, LF or CRLF;
    of the first `first` items only when given (how a resumed run checks its input only grew at the end)."""
    h = hashlib.sha256()
    for it in items[:first]:
        text = json.dumps([it.id, it.data, it.error], sort_keys=True, ensure_ascii=False, default=str)
        h.update(text.encode("utf-8", "surrogatepass"))  # a lone surrogate in a value must not crash the run
        h.update(b"\n")
    return h.hexdigest()


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
            if header.removeprefix(b"\xef\xbb\xbf").rstrip(b"\r\n") != CSV_HEADER.rstrip(b"\n"):
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
            return csv_unsafe(row[0]), bool(row[-1])
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
            yield json.loads(text) if fmt == "jsonl" else decode_csv_record(text)


def iter_output(out: Path) -> Iterator[dict[str, Any]]:
    """Read a JSONL batch output back (for tests, scoring and the page)."""
    yield from read_output(out, "jsonl")


# ---------------------------------------------------------------- which input an output belongs to


def state_path(out: Path) -> Path:
    return out.with_name(out.name + STATE_SUFFIX)


def write_json_atomically(path: Path, data: Mapping[str, Any]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    try:
        with tmp.open("w", encoding="utf-8") as f:
            json.dump(data, f, indent=2, ensure_ascii=True)  # ASCII: no value (a lone surrogate) can stop the write
            f.write("\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        raise write_error(path, e) from e
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

    def __init__(self, fd: int, fmt: str, *, sync_every: float = 1.0, path: Path | None = None) -> None:
        self.fd, self.fmt, self.sync_every, self.path = fd, fmt, sync_every, path
        self._synced = time.monotonic()
        self.written = 0
        self._stop_after, self._tear = _test_stop_point()
        if os.fstat(fd).st_size == 0 and fmt == "csv":
            self._write(CSV_HEADER)

    def _write(self, data: bytes) -> None:
        view = memoryview(data)
        try:
            while view:
                view = view[os.write(self.fd, view) :]
            if time.monotonic() - self._synced >= self.sync_every:
                os.fsync(self.fd)
                self._synced = time.monotonic()
        except OSError as e:
            raise write_error(self.path, e) from e

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
        try:
            os.fsync(self.fd)
        except OSError as e:
            raise write_error(self.path, e) from e


def write_error(path: Path | None, e: OSError) -> FileInputError:
    """One line for a failed write: the path, why, and that --resume continues where it stopped."""
    where = str(path) if path is not None else "the output"
    if e.errno in (errno.ENOSPC, errno.EDQUOT):
        return FileInputError(f"{where}: the disk is full; free space, then run again with --resume (what was written is kept)")
    return FileInputError(f"{where}: cannot be written ({e.strerror or e}); fix that, then run again with --resume")


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
    if out.is_dir():
        raise FileInputError(f"{out}: is a directory; give a file name ending in .jsonl or .csv")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        new = not out.exists()
        fd = os.open(out, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
    except OSError as e:
        raise FileInputError(f"{out}: cannot be opened for writing ({e.strerror or e}); choose another output") from e
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
                g.write(CSV_HEADER)
            for i in sorted(range(len(ranks)), key=ranks.__getitem__):
                f.seek(starts[i])
                g.write(f.read(ends[i] - starts[i]))
            g.flush()
            os.fsync(g.fileno())
    os.replace(tmp, out)
    _fsync_dir(out.parent)


# ---------------------------------------------------------------- one run's output


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
            self._sink = _Sink(self.fd, fmt, sync_every=sync_every, path=out)
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
