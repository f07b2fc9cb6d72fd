"""Batch input and output codecs, pure over text: JSONL and CSV situations in, result records out.

Reading is exact: JSONL lines are split on "\\n" only (a trailing "\\r" is tolerated), so U+2028 or U+0085
inside a value never splits a line, and line numbers are physical lines. Each line or row becomes one Item,
carrying its data or the one-line reason it is unusable: a bad line never stops the others. Bounds (line
length, nesting depth, via `composer.jsonsafe`) hold here; field rules live in `composer.models`.

Every CSV cell written goes through `csv_safe` (OWASP's CSV-injection advice), and `csv_unsafe` undoes it.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import Any

from composer import jsonsafe
from composer.errors import FileInputError
from composer.models import BatchLine, Policy, Situation
from composer.textsafe import problem, quote

CSV_FIELDS = ["id", "subject", "body", "language", "intent", "writer", "warnings", "error"]
MAX_LINE_CHARS = 100_000  # a situation's fields together stay far below this
MAX_ID_CHARS = 200
FORMATS = ("jsonl", "csv")
_POLICY_KEYS = tuple(Policy.model_fields)
# `message` (a client's e-mail) stands in for the fields it yields; `message_date` dates its relative times.
MESSAGE_COLUMNS = ("message", "message_date")
_CSV_COLUMNS = [*(f for f in Situation.model_fields if f != "policy"), *(f"policy.{k}" for k in _POLICY_KEYS), *MESSAGE_COLUMNS]
_PLAIN_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_FORMULA_START = frozenset("=+-@\t\r")

csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))  # a long cell is refused by our own bound, per row


@dataclass(frozen=True)
class Item:
    """One input record: its id (given, or the line number), and the raw object or why it is unusable."""

    index: int  # 0-based position in the input
    id: str
    data: dict[str, Any] | None
    error: str | None = None


# ---------------------------------------------------------------- spreadsheet-safe cells


def csv_safe(cell: str) -> str:
    """A cell a spreadsheet shows as text: one starting with = + - @ tab or CR (or a quote before one) gets a
    leading apostrophe. Undone exactly by `csv_unsafe`, so ids survive a round trip."""
    if cell and (cell[0] in _FORMULA_START or (cell[0] == "'" and cell.lstrip("'")[:1] in _FORMULA_START and cell.lstrip("'"))):
        return "'" + cell
    return cell


def csv_unsafe(cell: str) -> str:
    """The cell `csv_safe` was given."""
    rest = cell.lstrip("'")
    if cell.startswith("'") and rest and rest[0] in _FORMULA_START:
        return cell[1:]
    return cell


def csv_row(cells: Iterable[object]) -> str:
    """One CSV record (LF-terminated), every cell made safe: the one CSV writer for every CSV the project makes."""
    row = [csv_safe("" if c is None else str(c)) for c in cells]
    buf = io.StringIO()
    # The writer quotes a cell holding "\n" but not one holding a lone "\r" (not its line terminator), which
    # every reader takes as a line break: such a row is quoted whole.
    quoting = csv.QUOTE_ALL if any("\r" in c for c in row) else csv.QUOTE_MINIMAL
    csv.writer(buf, lineterminator="\n", quoting=quoting).writerow(row)
    return buf.getvalue()


# ---------------------------------------------------------------- reading


def decode(raw: bytes, where: str) -> str:
    """Bytes as text. UTF-16 is refused; bytes that are not UTF-8 are kept as surrogate escapes so that only
    their own line fails (see `parse_jsonl`); a binary file (many NULs) is refused as a whole."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FileInputError(f"{where}: is UTF-16, not UTF-8; save it as UTF-8 and retry")
    head = raw[:8192]
    if head.count(b"\x00") > max(8, len(head) // 20):
        raise FileInputError(f"{where}: looks binary (many NUL bytes); give a .jsonl or .csv text file")
    text = raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8", "surrogateescape")
    lines = [line for line in text.split("\n") if line.strip()]
    bad = [i for i, line in enumerate(text.split("\n"), start=1) if _ESCAPED_BYTE.search(line)] if _ESCAPED_BYTE.search(text) else []
    if bad and len(bad) * 2 >= len(lines):  # mostly not UTF-8: a file saved as Latin-1 or cp1252, not a stray byte
        raise FileInputError(f"{where}: not UTF-8 (invalid byte at line {bad[0]}); save it as UTF-8 and retry")
    return text


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def _bad_bytes(text: str) -> str | None:
    """Why a decoded line is not UTF-8 (a byte `decode` kept as a surrogate escape), or None."""
    m = _ESCAPED_BYTE.search(text)
    if m is None:
        return None
    return f"not UTF-8 (byte 0x{ord(m.group()) - 0xDC00:02x} at column {m.start() + 1}); save the file as UTF-8"


def read_text(path: Path) -> str:
    """A whole text file (--json FILE, a CSV input): missing, directory, empty or non-UTF-8 refused up front."""
    raw = read_bytes(path)
    text = decode(raw, str(path))
    bad = _bad_bytes(text)
    if bad:
        line = text[: _ESCAPED_BYTE.search(text).start()].count("\n") + 1  # type: ignore[union-attr]
        raise FileInputError(f"{path}: line {line}: {bad}")
    if not text.strip():
        raise FileInputError(f"{path}: file is empty")
    return text


def read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise FileInputError(f"{path}: no such file")
    if path.is_dir():
        raise FileInputError(f"{path}: is a directory, expected a .jsonl or .csv file")
    try:
        return path.read_bytes()
    except OSError as e:
        raise FileInputError(f"{path}: cannot be read ({e.strerror or e})") from e


def detect_format(path: Path | str, explicit: str | None = None) -> str:
    """jsonl or csv, from `explicit` or the file's suffix; a directory or an unknown suffix is refused."""
    path = Path(path)
    if explicit is None and path.is_dir():
        raise FileInputError(f"{path}: is a directory; give a file name ending in .jsonl or .csv")
    fmt = (explicit or path.suffix.lstrip(".")).lower()
    if fmt in ("jsonl", "ndjson", "json"):
        return "jsonl"
    if fmt == "csv":
        return "csv"
    if not fmt:
        raise FileInputError(f"{path}: has no .jsonl or .csv suffix; name the file OUT.jsonl or OUT.csv")
    raise FileInputError(f"{path}: unknown format {quote(fmt)} (allowed: jsonl, csv)")


def parse_jsonl(text: str) -> list[Item]:
    """One item per non-blank physical line ("\\n"-separated; "\\r\\n" tolerated); a bad line carries its error."""
    items: list[Item] = []
    for n, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        idx = len(items)
        why = _line_problem(line)
        if why is None:
            try:
                obj = jsonsafe.loads(line)
            except FileInputError as e:
                why = str(e)
            else:
                if not isinstance(obj, dict):
                    why = f"expected a JSON object (a situation), got {_kind(obj)}"
        if why is not None:
            items.append(Item(idx, str(n), None, f"line {n}: {why}"))
            continue
        items.append(_item(idx, obj, n))
    return items


def _line_problem(line: str) -> str | None:
    if len(line) > MAX_LINE_CHARS:
        return f"{len(line):,} characters long, more than the {MAX_LINE_CHARS:,} a situation may take; shorten its fields"
    return _bad_bytes(line)


def _kind(obj: object) -> str:
    return {list: "a list", str: "a string", bool: "true/false", type(None): "null"}.get(type(obj), "a number")


def parse_csv(text: str) -> list[Item]:
    """Header row = field names; `proposed_times` split on '|'; `policy.notice_hours` etc. nest.

    Quoted cells may span lines; CRLF or LF. A header naming no situation field stops the run before any
    work; a bad row, also one whose quoting cannot be followed, becomes an item carrying its error.
    """
    bad = _bad_bytes(text)
    if bad:
        line = text[: _ESCAPED_BYTE.search(text).start()].count("\n") + 1  # type: ignore[union-attr]
        raise FileInputError(f"CSV line {line}: {bad}")
    lines = [line + "\n" for line in text.split("\n")]  # physical lines: U+2028 or a lone CR never split one
    lines[-1] = lines[-1][:-1]
    pos = [0]  # lines handed to the csv reader so far

    def feed() -> Iterator[str]:
        while pos[0] < len(lines):
            pos[0] += 1
            yield lines[pos[0] - 1]

    reader = csv.reader(feed(), strict=True)
    try:
        header = next(reader, None)
    except csv.Error as e:
        raise FileInputError(f"CSV line 1: {e}; fix the header row") from e
    if not header or not any(h.strip() for h in header):
        raise FileInputError("CSV has no header row")
    names = [h.strip().removeprefix("\ufeff") for h in header]
    _check_header(names)
    items: list[Item] = []
    while True:
        n = pos[0] + 1  # a row's own first line, even when its cells span lines
        try:
            row = next(reader, None)
        except csv.Error as e:
            # This row's quoting cannot be followed: it fails alone, and reading starts again on the next line.
            items.append(Item(len(items), str(n), None, f"line {n}: {e} (a quote left open or text after a closing quote?); fix this row's quotes"))
            pos[0] = n
            reader = csv.reader(feed(), strict=True)
            continue
        if row is None:
            break
        if not any(cell.strip() for cell in row):
            continue
        items.append(_csv_item(len(items), names, row, n))
    return items


def _csv_item(idx: int, names: list[str], row: list[str], n: int) -> Item:
    # A row that fails keeps its own id when it has a usable one, so its error line can be matched to it.
    given = csv_unsafe(row[names.index("id")].strip()) if "id" in names and names.index("id") < len(row) else ""
    own = _item(idx, {"id": given}, n) if given else None
    row_id = own.id if own is not None and own.error is None else str(n)

    def failed(why: str) -> Item:
        return Item(idx, row_id, None, why)

    extra = row[len(names) :]
    if any(cell.strip() for cell in extra):
        return failed(f"line {n}: {len(row)} cells but {len(names)} header columns")
    size = sum(len(c) for c in row)
    if size > MAX_LINE_CHARS:
        return failed(f"line {n}: {size:,} characters, more than the {MAX_LINE_CHARS:,} a situation may take; shorten its fields")
    obj: dict[str, Any] = {}
    policy: dict[str, Any] = {}
    for key, cell in zip(names, row, strict=False):
        value = csv_unsafe(cell.strip())
        if value == "":
            continue
        if not key:
            return failed(f"line {n}: a value under a column with no name; name the column or empty the cell")
        if key.startswith("policy.") or key == "duration_minutes":
            number = _plain_number(value)
            if number is None:
                return failed(f"line {n}: {key}: {quote(value)} is not a plain number; write digits only, e.g. 24 or 12.5")
            if key == "duration_minutes":
                obj[key] = number
            else:
                policy[key.removeprefix("policy.")] = number
        elif key == "proposed_times":
            obj[key] = [t.strip() for t in value.split("|") if t.strip()]
        else:
            obj[key] = value
    if policy:
        obj["policy"] = policy
    return _item(idx, obj, n)


def _plain_number(value: str) -> int | float | None:
    """Digits, optionally with a decimal point ("1,000", "1e3", "NaN", "0x10" are refused)."""
    if not _PLAIN_NUMBER.fullmatch(value):
        return None
    return int(value) if "." not in value else float(value)


def _check_header(names: list[str]) -> None:
    named = [n for n in names if n]
    dupes = sorted({n for n in named if named.count(n) > 1})
    if dupes:
        raise FileInputError(f"CSV header names column(s) twice: {', '.join(quote(d) for d in dupes)}; keep one of each")
    unknown = [n for n in named if n not in _CSV_COLUMNS]
    if unknown:
        raise FileInputError(
            f"CSV column(s) {', '.join(quote(u) for u in unknown[:5])} are not situation fields (allowed: {', '.join(_CSV_COLUMNS)})"
        )


def _item(idx: int, obj: dict[str, Any], n: int) -> Item:
    """An Item for a readable object; an id that cannot be one (too long, control characters) is its error."""
    raw = obj.get("id")
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return Item(idx, str(n), obj)
    if isinstance(raw, bool) or not isinstance(raw, str | int | float):
        return Item(idx, str(n), None, f"line {n}: id: must be text or a number, not {_kind(raw)}")
    rid = str(int(raw)) if isinstance(raw, float) and raw.is_integer() else str(raw).strip()
    why = problem(rid) or (f"longer than {MAX_ID_CHARS} characters" if len(rid) > MAX_ID_CHARS else None)
    if why:
        return Item(idx, str(n), None, f"line {n}: id {quote(rid)} {why}")
    return Item(idx, rid, obj)


Source = Path | PathLike[str] | str | bytes | Sequence[Mapping[str, Any]]


def load_items(source: Source, fmt: str | None = None, *, name: str | None = None) -> list[Item]:
    """Read and check a whole input up front, from a file (a Path) or from memory: bytes or text with `fmt`, or a
    list of situation mappings. A duplicate id stops the run before any work; every other problem is its item's."""
    if isinstance(source, PathLike) or (isinstance(source, str) and fmt is None):
        path = Path(source)
        where = name or str(path)
        text = decode(read_bytes(path), where)
        kind = detect_format(path, fmt)
    elif isinstance(source, bytes | str):
        kind = detect_format(Path(name or "input"), fmt)
        where = name or f"the {kind} input"
        text = decode(source, where) if isinstance(source, bytes) else source.removeprefix("\ufeff")
    else:
        return _check_ids(_from_objects(source), name or "the items")
    if not text.strip():
        raise FileInputError(f"{where}: file is empty")
    try:
        items = parse_csv(text) if kind == "csv" else parse_jsonl(text)
    except FileInputError as e:
        raise FileInputError(f"{where}: {e}") from e
    return _check_ids(items, where)


def _from_objects(objects: Sequence[Mapping[str, Any]]) -> list[Item]:
    items = []
    for i, obj in enumerate(objects):
        if isinstance(obj, Situation):
            obj = obj.model_dump(exclude_none=True)
        if not isinstance(obj, Mapping):
            items.append(Item(i, str(i + 1), None, f"item {i + 1}: expected a mapping (a situation), got {type(obj).__name__}"))
            continue
        item = _item(i, dict(obj), i + 1)
        items.append(item if item.error is None else Item(i, item.id, None, item.error.replace("line ", "item ", 1)))
    return items


def _check_ids(items: list[Item], where: str) -> list[Item]:
    if not items:
        raise FileInputError(f"{where}: no items found")
    seen: set[str] = set()
    dupes = []
    for it in items:
        if it.id in seen:
            dupes.append(it.id)
        seen.add(it.id)
    if dupes:
        shown = ", ".join(quote(d, 40) for d in sorted(set(dupes))[:5])
        raise FileInputError(f"{where}: duplicate id(s): {shown}; each item needs a unique id")
    return items


# ---------------------------------------------------------------- writing inputs (templates, round trips)


def encode_items(objects: Sequence[Mapping[str, Any]], fmt: str) -> str:
    """Situation mappings as a JSONL or CSV input file that `load_items` reads back to the same situations."""
    if fmt == "jsonl":
        return "".join(json.dumps(dict(o), ensure_ascii=False) + "\n" for o in objects)
    rows = [csv_row(_CSV_COLUMNS)]
    for o in objects:
        cells = []
        for col in _CSV_COLUMNS:
            if col.startswith("policy."):
                value = (o.get("policy") or {}).get(col.removeprefix("policy."))
            else:
                value = o.get(col)
            if col == "proposed_times":
                if any("|" in t for t in value or ()):
                    raise FileInputError("proposed_times: an entry holds '|', which CSV inputs use between times")
                value = " | ".join(value) if value else None
            cells.append("" if value is None else str(value))
        rows.append(csv_row(cells))
    return "".join(rows)


# ---------------------------------------------------------------- output records


def line_to_json(line: BatchLine) -> str:
    return json.dumps(line.model_dump(), ensure_ascii=False)


def line_to_csv_row(line: BatchLine) -> list[str]:
    """The record's cells as text (not yet made spreadsheet-safe: `csv_row` does that on writing)."""
    d = line.model_dump()
    d["warnings"] = " | ".join(d["warnings"])
    return ["" if d[k] is None else str(d[k]) for k in CSV_FIELDS]


def encode_record(line: BatchLine, fmt: str) -> bytes:
    """One output record, newline included: what a single write appends."""
    text = csv_row(line_to_csv_row(line)) if fmt == "csv" else line_to_json(line) + "\n"
    return text.encode("utf-8", "backslashreplace")  # a lone surrogate cannot stop a write


def decode_csv_record(text: str) -> dict[str, Any]:
    """One CSV output record back as a dict with the JSONL field types."""
    return _output_record(CSV_FIELDS, next(csv.reader(io.StringIO(text, newline=""))), strict=True)


def _output_record(names: Sequence[str], row: Sequence[str], *, strict: bool) -> dict[str, Any]:
    """Output cells by column name, made plain again (no formula guard, '' is None, warnings a list)."""
    d: dict[str, Any] = {k: (v if v != "" else None) for k, v in zip(names, (csv_unsafe(c) for c in row), strict=strict) if k}
    d["warnings"] = [w for w in (d.get("warnings") or "").split(" | ") if w]
    return d


def parse_drafts_csv(text: str) -> list[Item]:
    """A batch's CSV output read back as draft items (what `tactful score` takes): the header must be the output's."""
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or not any(h.strip() for h in rows[0]):
        raise FileInputError("CSV has no header row")
    names = [h.strip().removeprefix("\ufeff") for h in rows[0]]
    missing = [k for k in ("id", "body") if k not in names]
    if missing:
        raise FileInputError(f"drafts CSV has no {' or '.join(quote(m) for m in missing)} column (a batch's CSV output has: {', '.join(CSV_FIELDS)})")
    items: list[Item] = []
    for n, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        d = _output_record(names, row, strict=False)
        items.append(Item(len(items), str(d.get("id") or n), d))
    return items


CSV_HEADER = csv_row(CSV_FIELDS).encode()
