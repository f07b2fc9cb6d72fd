"""What the user takes away: .txt and .eml of the draft, file names, and the batch tab's upload and results.

The .eml comes from composer.outbox (the one builder with safe headers); a text that cannot be a header
becomes a message, never a crash.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from composer.batch import CSV_FIELDS, Item, BatchSummary, iter_lines, line_to_csv_row, line_to_json, load_items
from composer.batch.io import csv_row
from composer.errors import FileInputError
from composer.models import BatchLine, Intent, Language
from composer.outbox import build_eml, parse_address, plain_text  # noqa: F401  (the page copies and downloads through dl.plain_text)
from composer.textsafe import ascii_slug
from composer.ui.form import BATCH_DEFAULTS, example_values, situation_fields


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
        slug = ascii_slug(recipient.lower())
        if slug:
            parts.append(slug)
    return "-".join(parts)


# ---------------------------------------------------------------- batch (same engine and format as the CLI)

@dataclass
class BatchResult:
    """Every line of a finished upload, plus the engine's summary."""

    lines: list[BatchLine]
    summary: BatchSummary

    @property
    def failed(self) -> list[BatchLine]:
        return [line for line in self.lines if line.error]

    def jsonl(self) -> bytes:
        """Exactly what `tactful batch in -o out.jsonl` writes."""
        return "".join(line_to_json(line) + "\n" for line in self.lines).encode("utf-8")

    def csv(self) -> bytes:
        """What `tactful batch in -o out.csv` writes (the one CSV writer: formula-like cells neutralised)."""
        return (csv_row(CSV_FIELDS) + "".join(csv_row(line_to_csv_row(line)) for line in self.lines)).encode("utf-8")


UPLOAD_TYPES = ("jsonl", "ndjson", "json", "csv")


def sample_upload() -> bytes:
    """A small JSONL file to start from: three situations in three languages, tone and relationship left to defaults."""
    rows = []
    for n, (lang, intent) in enumerate(
        [(Language.en, Intent.reschedule), (Language.fr, Intent.decline), (Language.it, Intent.shorten)], start=1
    ):
        data = situation_fields({**example_values(lang), "intent": intent.value})
        rows.append({"id": f"example-{n}", **data})
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def with_defaults(data: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """An uploaded situation with the form's defaults (tone, relationship) where it leaves them out."""
    if data is None:
        return None
    return {**BATCH_DEFAULTS, **{k: v for k, v in data.items() if v is not None and v != ""}}


def read_upload(name: str, data: bytes) -> list[Item]:
    """Parse an uploaded file in memory with the batch codecs; each situation gets the form's defaults."""
    safe_name = Path(name or "upload.jsonl").name or "upload.jsonl"
    ext = safe_name.rsplit(".", 1)[-1].lower() if "." in safe_name else ""
    if ext not in UPLOAD_TYPES:
        raise FileInputError(f"{safe_name}: unknown format '{ext}' (allowed: .jsonl, .csv)")
    items = load_items(data, "csv" if ext == "csv" else "jsonl", name=safe_name)
    if not items:
        raise FileInputError(f"{safe_name}: no situations found")
    return [Item(it.index, it.id, with_defaults(it.data), it.error) for it in items]


def run_upload(
    items: list[Item],
    worker: Callable[[dict[str, Any]], Any],
    *,
    concurrency: int = 1,
    limiter: Any = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> BatchResult:
    """Every item through the batch engine in memory (no temp file), in input order."""
    started = time.perf_counter()
    summary = BatchSummary(total=len(items), output="results.jsonl")
    lines: list[BatchLine] = []
    for line, _usage in iter_lines(items, worker, concurrency=concurrency, limiter=limiter):
        lines.append(line)
        summary.count(line)
        if on_progress is not None:
            on_progress(len(lines), len(items))
    summary.seconds = time.perf_counter() - started
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

