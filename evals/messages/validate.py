"""Check the labelled client-message set: files parse, labels are well formed, spans are verbatim.

Usage (from the repository root):  python evals/messages/validate.py
Exits 1 and lists every problem when something is wrong; prints the counts either way.
Standard library only, so it runs in any Python >= 3.11.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from datetime import date, datetime
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent
LANGS = ("fr", "it", "nl", "sv", "en")
KINDS = {"invitation", "reschedule_request", "cancellation", "absence_notice", "policy_question", "other"}
INTENTS = {"decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate",
           "no_show_followup", "late_cancellation", "cancellation_policy"}
TXT_REFERENCE = "2026-12-06"
SPLITS = ("dev", "test", "v2")  # a held-out folder's wrapper narrows it to its own split
# From v11 on, an absence notice that names no meeting at all ("sorry for yesterday at 11!") is labelled
# `meeting: null`, so an extractor is scored for listing it as missing rather than guessing one.
NULL_MEETING_KINDS = ("policy_question", "other")
REQUIRED = ["file", "split", "language", "date_reference", "recipient_name", "sender_name", "meeting",
            "meeting_alternatives", "meeting_time", "meeting_time_iso", "proposed_times",
            "proposed_times_iso", "kind", "suggested_intents"]
WEEKDAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["luned[iì]", "marted[iì]", "mercoled[iì]", "gioved[iì]", "venerd[iì]", "sabato", "domenica"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "en": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
}


def _iso(value: str) -> date:
    """An ISO date or local datetime (no offset: the wall-clock time the client wrote)."""
    if "T" in value:
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is not None:
            raise ValueError("resolved times are local wall-clock times, without an offset")
        return parsed.date()
    return date.fromisoformat(value)


def _weekday_of(span: str, lang: str) -> int | None:
    found = [i for i, w in enumerate(WEEKDAYS[lang]) if re.search(rf"\b{w}\b", span, re.IGNORECASE)]
    return found[0] if len(found) == 1 else None


def _load_eml(path: Path, errors: list[str]) -> tuple[str, list[str], list[str], str, str]:
    """Body text, From display names, To display names, Date header and Subject of an .eml file."""
    msg = BytesParser(policy=policy.default).parse(path.open("rb"))
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            errors.append(f"{path.name}: no {header} header")
    if msg.defects:
        errors.append(f"{path.name}: MIME defects {msg.defects}")
    if msg["In-Reply-To"] and not msg["References"]:
        errors.append(f"{path.name}: In-Reply-To without References")
    raw_from = path.read_bytes().split(b"\n\n", 1)[0]
    froms = [a.display_name for a in msg["From"].addresses]
    if any(not n.isascii() for n in froms) and b"=?utf-8?" not in raw_from.lower():
        errors.append(f"{path.name}: non-ASCII From name not RFC 2047 encoded")
    tos = [a.display_name for a in msg["To"].addresses] if msg["To"] else []
    date_header = str(msg["Date"])
    if parsedate_to_datetime(date_header).tzinfo is None:
        errors.append(f"{path.name}: Date has no timezone")
    body = msg.get_body(preferencelist=("plain",))
    return body.get_content(), froms, tos, date_header, str(msg["Subject"] or "")


def check(rows: list[dict]) -> list[str]:
    errors: list[str] = []
    seen = set()
    for n, row in enumerate(rows, 1):
        where = f"labels line {n} ({row.get('file')})"
        missing = [k for k in REQUIRED if k not in row]
        if missing:
            errors.append(f"{where}: missing keys {missing}")
            continue
        if row["file"] in seen:
            errors.append(f"{where}: duplicate file")
        seen.add(row["file"])
        lang = row["language"]
        if lang not in LANGS or not row["file"].startswith(lang + "/"):
            errors.append(f"{where}: language {lang!r} does not match the folder")
            continue
        if row["split"] not in SPLITS:
            errors.append(f"{where}: split must be {', '.join(SPLITS)}")
        path = ROOT / row["file"]
        if not path.exists():
            errors.append(f"{where}: file does not exist")
            continue
        froms: list[str] = []
        tos: list[str] = []
        subject = ""
        if path.suffix == ".eml":
            try:
                text, froms, tos, date_header, subject = _load_eml(path, errors)
            except Exception as exc:  # any parse failure is a data error worth one line
                errors.append(f"{where}: does not parse as email ({exc})")
                continue
            if datetime.fromisoformat(row["date_reference"]) != parsedate_to_datetime(date_header):
                errors.append(f"{where}: date_reference is not the Date header")
        elif path.suffix == ".txt":
            text = path.read_text(encoding="utf-8")
            if row["date_reference"] != TXT_REFERENCE:
                errors.append(f"{where}: .txt date_reference must be {TXT_REFERENCE}")
        else:
            errors.append(f"{where}: not .eml or .txt")
            continue
        # The new message ends where the quoted history starts (a verbatim line, labelled by hand).
        # With quoted_until (bottom-posting) the history is the block between the two lines.
        new = text
        if row.get("quoted_from"):
            cut = text.find(row["quoted_from"])
            if cut < 0:
                errors.append(f"{where}: quoted_from line not in the message")
            elif row.get("quoted_until"):
                end = text.find(row["quoted_until"], cut)
                if end < 0:
                    errors.append(f"{where}: quoted_until line not after quoted_from")
                else:
                    new = text[:cut] + text[end + len(row["quoted_until"]):]
            else:
                new = text[:cut]

        def need(span: object, field: str, extra: list[str] = ()) -> None:
            if not isinstance(span, str) or not span.strip():
                errors.append(f"{where}: {field} must be a non-empty string")
            elif span != span.strip():
                errors.append(f"{where}: {field} {span!r} has surrounding spaces")
            elif span not in new and not any(span in e for e in extra):
                errors.append(f"{where}: {field} {span!r} is not in the new message")

        for field, extra in (("recipient_name", froms), ("sender_name", tos)):
            if row[field] is not None:
                need(row[field], field, extra)
            for alt in row.get(field + "_alternatives") or []:
                need(alt, field + "_alternatives", extra)
        if row["recipient_name"] is None and row.get("recipient_name_alternatives"):
            errors.append(f"{where}: alternatives without a recipient_name")
        if row["meeting"] is None:
            if row["kind"] not in NULL_MEETING_KINDS:
                errors.append(f"{where}: meeting is null but the message is a {row['kind']}")
        else:
            need(row["meeting"], "meeting", [subject])
        for alt in row["meeting_alternatives"]:
            need(alt, "meeting_alternatives", [subject])
        spans = [("meeting_time", row["meeting_time"], row["meeting_time_iso"])] if row["meeting_time"] else []
        if row["meeting_time"] is None and row["meeting_time_iso"] is not None:
            errors.append(f"{where}: meeting_time_iso without meeting_time")
        if len(row["proposed_times"]) != len(row["proposed_times_iso"]):
            errors.append(f"{where}: proposed_times and proposed_times_iso differ in length")
        spans += [("proposed_times", s, i) for s, i in zip(row["proposed_times"], row["proposed_times_iso"])]
        for field, span, iso in spans:
            need(span, field)
            try:
                day = _iso(iso)
            except (TypeError, ValueError) as exc:
                errors.append(f"{where}: {field} iso {iso!r} invalid ({exc})")
                continue
            wd = _weekday_of(span, lang)
            if wd is not None and wd != day.weekday():
                errors.append(f"{where}: {span!r} names a weekday but {iso} is a {WEEKDAYS['en'][day.weekday()]}")
        if row["kind"] not in KINDS:
            errors.append(f"{where}: kind {row['kind']!r} unknown")
        bad = set(row["suggested_intents"]) - INTENTS
        if bad or not isinstance(row["suggested_intents"], list):
            errors.append(f"{where}: unknown intents {sorted(bad)}")
    on_disk = {f"{p.parent.name}/{p.name}" for lang in LANGS for p in (ROOT / lang).glob("*.*")}
    for stray in sorted(on_disk - seen):
        errors.append(f"{stray}: file has no label line")
    return errors


def counts(rows: list[dict]) -> str:
    lines = [f"{'lang':<5}{'total':>6}{'eml':>5}{'txt':>5}" + "".join(f"{s:>5}" for s in SPLITS) + "  kinds"]
    for lang in LANGS:
        mine = [r for r in rows if r.get("language") == lang]
        kinds = Counter(r.get("kind") for r in mine)
        lines.append(
            f"{lang:<5}{len(mine):>6}{sum(r['file'].endswith('.eml') for r in mine):>5}"
            f"{sum(r['file'].endswith('.txt') for r in mine):>5}"
            + "".join(f"{sum(r['split'] == s for r in mine):>5}" for s in SPLITS) + "  "
            + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items()))
        )
    lines.append(f"{'all':<5}{len(rows):>6}{sum(r['file'].endswith('.eml') for r in rows):>5}"
                 f"{sum(r['file'].endswith('.txt') for r in rows):>5}"
                 + "".join(f"{sum(r['split'] == s for r in rows):>5}" for s in SPLITS))
    return "\n".join(lines)


def narrow(folder: Path, *, null_meeting_on_absence: bool = False) -> None:
    """This module, run on one held-out folder: its files, its split only (and, from v11 on, a null meeting allowed
    on an absence notice). Each folder's validate.py loads its own copy of this module and calls this once."""
    global ROOT, SPLITS, NULL_MEETING_KINDS
    ROOT, SPLITS = folder, (folder.name,)
    if null_meeting_on_absence:
        NULL_MEETING_KINDS = (*NULL_MEETING_KINDS, "absence_notice")


def main() -> int:
    labels = ROOT / "labels.jsonl"
    rows = []
    for n, line in enumerate(labels.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                print(f"labels line {n}: not JSON ({exc})")
                return 1
    errors = check(rows)
    print(counts(rows))
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} problem(s)" if errors else "all checks passed")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
