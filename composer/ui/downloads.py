"""What the user takes away: .txt and .eml of the draft, file names, and the batch tab's upload and results.

The .eml comes from composer.outbox (the one builder with safe headers); a text that cannot be a header
becomes a message, never a crash.
"""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from composer.batch import CSV_FIELDS, Item, Summary, iter_output, line_to_csv_row, line_to_json, parse_csv, run_batch
from composer.errors import FileInputError
from composer.models import BatchLine, Intent, Language
from composer.outbox import build_eml, parse_address
from composer.ui.form import BATCH_DEFAULTS, example_values, situation_data


def as_text(subject: str, body: str) -> str:
    """The draft as plain text: a Subject line, a blank line, the body (what Copy email and .txt give)."""
    return f"Subject: {subject.strip()}\n\n{body.strip()}\n"


@dataclass(frozen=True)
class Profile:
    """Who the user is: used for the signature and the .eml From: line."""

    name: str = ""
    email: str = ""
    title: str = ""
    company: str = ""


def eml(subject: str, body: str, *, profile: Profile, to: str | None, tz: tzinfo | None,
        date: datetime | None = None) -> bytes:
    """The draft as an .eml to open in a mail program; From/To when the addresses are given.

    Raises InputError (a sentence naming the field) when a value cannot be an e-mail header.
    """
    sender = parse_address(f"{profile.name} <{profile.email}>" if profile.email and profile.name else profile.email,
                           field="your e-mail")
    return build_eml(subject, body, sender=sender, to=parse_address(to, field="recipient's e-mail"), date=date, tz=tz)


def signed(body: str, sender_name: str, profile: Profile) -> str:
    """The body with the profile's title and company under the signature line (when the draft signs with it)."""
    extra = [x.strip() for x in (profile.title, profile.company) if x and x.strip()]
    if not extra:
        return body
    lines = body.rstrip().split("\n")
    if not lines or lines[-1].strip() != sender_name.strip():
        return body
    return "\n".join([*lines, *extra])


def file_stem(intent: Intent | str | None, recipient: str | None) -> str:
    """A safe, readable file name stem: tactful-reschedule-claire-dubois."""
    parts = ["tactful"]
    if intent:
        parts.append(str(getattr(intent, "value", intent)).replace("_", "-"))
    if recipient:
        ascii_name = unicodedata.normalize("NFKD", recipient).encode("ascii", "ignore").decode()
        slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40]
        if slug:
            parts.append(slug)
    return "-".join(parts)


# ---------------------------------------------------------------- batch (same engine and format as the CLI)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(cell: str) -> str:
    """A cell a spreadsheet shows as text, never runs (OWASP CSV injection: prefix a quote).

    Stand-in until composer.batch.io.csv_safe (batch helper) is merged; then import that one.
    """
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


@dataclass
class BatchResult:
    """Every line of a finished upload, plus the engine's summary."""

    lines: list[BatchLine]
    summary: Summary

    @property
    def failed(self) -> list[BatchLine]:
        return [line for line in self.lines if line.error]

    def jsonl(self) -> bytes:
        """Exactly what `tactful batch in -o out.jsonl` writes."""
        return "".join(line_to_json(line) + "\n" for line in self.lines).encode("utf-8")

    def csv(self) -> bytes:
        """What `tactful batch in -o out.csv` writes, with formula-like cells neutralised."""
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(CSV_FIELDS)
        for line in self.lines:
            w.writerow([csv_safe(str(c)) for c in line_to_csv_row(line)])
        return buf.getvalue().encode("utf-8")


UPLOAD_TYPES = ("jsonl", "ndjson", "json", "csv")


def sample_upload() -> bytes:
    """A small JSONL file to start from: three situations in three languages, tone and relationship left to defaults."""
    rows = []
    for n, (lang, intent) in enumerate(
        [(Language.en, Intent.reschedule), (Language.fr, Intent.decline), (Language.it, Intent.shorten)], start=1
    ):
        data = situation_data({**example_values(lang), "intent": intent.value})
        rows.append({"id": f"example-{n}", **data})
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def _decode(name: str, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FileInputError(f"{name}: is UTF-16, not UTF-8; save it as UTF-8 and retry")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise FileInputError(f"{name}: not UTF-8 (invalid byte at line {line}); save it as UTF-8 and retry") from e
    if "\x00" in text:
        raise FileInputError(f"{name}: holds a NUL byte at line {text[: text.index(chr(0))].count(chr(10)) + 1}; is it a text file?")
    if not text.strip():
        raise FileInputError(f"{name}: file is empty")
    return text


def split_jsonl(text: str) -> list[Item]:
    """One item per physical line, split on "\\n" only (U+2028 inside a string is text, not a line break).

    Stand-in until the batch helper's parser (which splits the same way) is merged; then call that one.
    """
    items: list[Item] = []
    for n, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        idx = len(items)
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as e:
            msg = f"{e.msg}, column {e.colno}" if isinstance(e, json.JSONDecodeError) else "nested too deeply"
            items.append(Item(idx, str(n), None, f"line {n}: malformed JSON ({msg})"))
            continue
        if not isinstance(obj, dict):
            items.append(Item(idx, str(n), None, f"line {n}: expected a JSON object, got {type(obj).__name__}"))
            continue
        raw_id = obj.get("id")
        if raw_id is None or raw_id == "":
            item_id = str(n)
        elif isinstance(raw_id, float) and raw_id.is_integer():
            item_id = str(int(raw_id))  # 7.0 is item "7", as `tactful batch` names it
        else:
            item_id = str(raw_id).strip()
        items.append(Item(idx, item_id, obj))
    return items


def with_defaults(data: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """An uploaded situation with the form's defaults (tone, relationship) where it leaves them out."""
    if data is None:
        return None
    return {**BATCH_DEFAULTS, **{k: v for k, v in data.items() if v is not None and v != ""}}


def read_upload(name: str, data: bytes) -> list[Item]:
    """Parse an uploaded file in memory; each situation gets the form's defaults; errors name the file."""
    safe_name = Path(name or "upload.jsonl").name or "upload.jsonl"
    ext = safe_name.rsplit(".", 1)[-1].lower() if "." in safe_name else ""
    if ext not in UPLOAD_TYPES:
        raise FileInputError(f"{safe_name}: unknown format '{ext}' (allowed: .jsonl, .csv)")
    text = _decode(safe_name, data)
    try:
        items = parse_csv(text) if ext == "csv" else split_jsonl(text)
    except FileInputError as e:
        raise FileInputError(f"{safe_name}: {e}") from e
    if not items:
        raise FileInputError(f"{safe_name}: no situations found")
    ids = [it.id for it in items]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise FileInputError(f"{safe_name}: duplicate id(s): {', '.join(dupes[:5])}; each situation needs a unique id")
    return [Item(it.index, it.id, with_defaults(it.data), it.error) for it in items]


def run_upload(
    items: list[Item],
    worker: Callable[[dict[str, Any]], Any],
    *,
    concurrency: int = 1,
    on_progress: Callable[[int, int], None] | None = None,
) -> BatchResult:
    """Run the batch engine into a private temp file and read every line back, in input order."""
    with tempfile.TemporaryDirectory(prefix="tactful-batch-") as tmp:
        out = Path(tmp) / "results.jsonl"
        summary = run_batch(items, out, worker, fmt="jsonl", ordered=True, concurrency=concurrency, on_progress=on_progress)
        lines = [BatchLine.model_validate(obj) for obj in iter_output(out)]
    summary.output = "results.jsonl"
    return BatchResult(lines, summary)


def failure_lines(result: BatchResult) -> list[str]:
    """One line per failed item: its id (unless the error already names the line) and the reason."""
    out = []
    for line in result.failed:
        error = line.error or ""
        out.append(error if error.startswith(f"line {line.id}:") else f"{line.id}: {error}")
    return out


def batch_table(result: BatchResult) -> list[dict[str, str]]:
    """One row per result: id, intent, language, subject, body, warnings, error."""
    return [
        {
            "id": line.id,
            "intent": line.intent or "",
            "language": line.language or "",
            "subject": line.subject or "",
            "body": line.body or "",
            "warnings": " | ".join(line.warnings),
            "error": line.error or "",
        }
        for line in result.lines
    ]

