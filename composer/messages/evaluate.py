"""Field accuracy of the extractor on a labelled set of client messages, per language (and split).

The labelled set is written by someone else; this module only reads it. Each case gives the message (inline
text, or a .txt/.eml file beside the labels) and the expected fields; a field the case does not label is not
scored. Three figures per field: `strict` (equal after normalising case, spaces, quotes and edge punctuation),
`fair` (what a person accepts as the same value: for `meeting`, also leading articles and possessives aside,
"the coaching session" = "coaching session" = "our coaching session", but never a different or partial noun
phrase; other fields as strict) and `lenient` (also accepts one value containing the other, e.g. "Claire" for
"Claire Dubois"; too lax to report alone, kept to see near misses). `kind` is scored by equality.

    python -m composer.messages.evaluate evals/messages [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from composer.messages.extract import extract
from composer.messages.models import Extraction
from composer.messages.parse import read_message

# Sets already measured once and then studied by a builder (tuning and the leave-one-set-out trainer may use them).
# A set written later is fresh: measured once by `--split NAME`, never trained or tuned on, then added here.
SEEN_SPLITS = ("dev", "test", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15", "v16", "v17")
SCORED = ("language", "recipient_name", "sender_name", "meeting", "meeting_time", "proposed_times", "kind")
_TEXT_KEYS = ("message", "text", "body", "raw", "content")
_FILE_KEYS = ("file", "path", "eml", "message_file", "source", "filename")
_EXPECTED_KEYS = ("expected", "labels", "label", "fields", "gold", "truth")
_ALIASES = {"client_name": "recipient_name", "recipient": "recipient_name", "sender": "sender_name", "user_name": "sender_name",
            "time": "meeting_time", "proposed": "proposed_times", "lang": "language"}
_LEAD = re.compile(r"^(?:on|at|the|le|la|à|il|alle|op|om|på|den|am)\s+", re.IGNORECASE)


@dataclass
class Case:
    id: str
    message: bytes | str
    expected: dict[str, Any]
    language: str | None = None
    split: str = "all"
    today: date | datetime | None = None


# Words in front of a noun phrase that do not change which meeting it names (articles, possessives, "this").
_DETERMINERS = re.compile(
    r"^(?:(?:the|a|an|our|your|my|this|that|le|la|les|l'|un|une|notre|nos|votre|vos|mon|ma|mes|ce|cette|cet|il|lo|i|gli|"
    r"un'|uno|una|nostro|nostra|nostri|nostre|vostro|vostra|questo|questa|quest'|de|het|een|ons|onze|uw|jullie|mijn|deze|"
    r"dit|en|ett|vår|vårt|våra|er|ert|era|din|ditt|min|mitt|denna|detta)(?:\s+|(?<=')))+")


def fair_meeting(value: str) -> str:
    """A meeting phrase without its leading articles/possessives: what a person compares."""
    v = normalise(value)
    stripped = _DETERMINERS.sub("", v)
    return stripped or v


@dataclass
class FieldTally:
    strict: int = 0
    fair: int = 0
    lenient: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)


def normalise(value: str) -> str:
    v = unicodedata.normalize("NFC", value).replace("’", "'").replace("\u00a0", " ").casefold()
    v = " ".join(v.split()).strip(" .,;:!?\"«»()")
    prev = None
    while prev != v:
        prev, v = v, _LEAD.sub("", v)
    return v


def _same(a: str, b: str, *, lenient: bool, fair: bool = False) -> bool:
    x, y = normalise(a), normalise(b)
    if x == y:
        return True
    if fair and fair_meeting(a) == fair_meeting(b):
        return True
    return lenient and bool(x) and bool(y) and (x in y or y in x)


def compare(name: str, expected: Any, found: Any, *, lenient: bool, fair: bool = False) -> bool:
    """Whether the found value is the expected one (None/empty expected means: nothing should be found)."""
    if name == "kind":
        return str(getattr(found, "value", found)) == str(expected)
    if name == "proposed_times":
        exp = [e for e in (expected or []) if isinstance(e, str) and e.strip()]
        got = list(found or [])
        if len(exp) != len(got):
            return False
        rest = list(got)
        for e in exp:
            hit = next((g for g in rest if _same(e, g, lenient=lenient)), None)
            if hit is None:
                return False
            rest.remove(hit)
        return True
    if expected in (None, "", []):
        return found in (None, "", [])
    if found in (None, "", []):
        return False
    if isinstance(expected, list):  # several acceptable answers
        return any(compare(name, e, found, lenient=lenient, fair=fair) for e in expected)
    return _same(str(expected), str(found), lenient=lenient, fair=fair and name == "meeting")


def _expected(record: Mapping[str, Any]) -> dict[str, Any]:
    """The labelled fields; a single-valued field with `<field>_alternatives` becomes a list of accepted values."""
    block = next((record[k] for k in _EXPECTED_KEYS if isinstance(record.get(k), Mapping)), record)
    out: dict[str, Any] = {}
    for k, v in block.items():
        k = _ALIASES.get(k, k)
        if k in SCORED:
            out[k] = v
    for k in list(out):
        alts = block.get(f"{k}_alternatives")
        if k != "proposed_times" and out[k] not in (None, "") and isinstance(alts, list) and alts:
            out[k] = [out[k], *[a for a in alts if isinstance(a, str) and a.strip()]]
    for k in ("meeting_time_iso", "proposed_times_iso"):
        if k in block:
            out[k] = block[k]
    return out


def _iso_of(found: Extraction, name: str) -> Any:
    """The found time(s) as the label writes them: YYYY-MM-DDTHH:MM or YYYY-MM-DD."""
    ev = found.evidence.get(name.removesuffix("_iso"))
    if ev is None:
        return [] if name == "proposed_times_iso" else None
    items = ev if isinstance(ev, list) else [ev]
    values = [(e.resolved or "")[:16] or None for e in items]
    return values if name == "proposed_times_iso" else values[0]


def _compare_iso(name: str, expected: Any, found: Any) -> bool:
    if name == "proposed_times_iso":
        return [str(e)[:16] for e in (expected or [])] == list(found or [])
    if expected in (None, ""):
        return found is None
    return found is not None and str(expected)[:16] == found


def _split_of(record: Mapping[str, Any], path: Path) -> str:
    if isinstance(record.get("split"), str):
        return record["split"]
    for part in (*path.parts[::-1], path.stem):
        low = part.lower()
        for s in ("dev", "test", "train", "validation", "heldout", "held_out"):
            if low == s or low.startswith(s + "_") or low.endswith("_" + s) or low.endswith("-" + s) or low.startswith(s + "-") or low.endswith("." + s):
                return s
    return "all"


def _today(record: Mapping[str, Any]) -> date | datetime | None:
    for k in ("date_reference", "today", "reference_date", "reference", "received", "date"):
        v = record.get(k)
        if isinstance(v, str):
            try:
                return datetime.fromisoformat(v).replace(tzinfo=None) if "T" in v else date.fromisoformat(v[:10])
            except ValueError:
                continue
    return None


def _records(path: Path) -> Iterable[Mapping[str, Any]]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        for line in text.splitlines():
            if line.strip():
                yield json.loads(line)
        return
    data = json.loads(text)
    if isinstance(data, list):
        yield from data
    elif isinstance(data, Mapping):
        items = next((data[k] for k in ("cases", "items", "messages", "examples") if isinstance(data.get(k), list)), None)
        if items is not None:
            yield from items
        else:
            yield data


def load_cases(root: Path) -> list[Case]:
    """Every labelled case under `root` (.jsonl/.json label files; messages inline or in files beside them)."""
    cases: list[Case] = []
    for path in sorted(p for p in root.rglob("*") if p.suffix in (".jsonl", ".json") and p.is_file()):
        try:
            records = list(_records(path))
        except (json.JSONDecodeError, UnicodeDecodeError):
            continue
        for i, rec in enumerate(records):
            if not isinstance(rec, Mapping):
                continue
            expected = _expected(rec)
            message: bytes | str | None = next((rec[k] for k in _TEXT_KEYS if isinstance(rec.get(k), str) and rec[k].strip()), None)
            if message is None:
                name = next((rec[k] for k in _FILE_KEYS if isinstance(rec.get(k), str)), None)
                if name:
                    f = (path.parent / name) if (path.parent / name).exists() else (root / name)
                    if f.exists():
                        message = f.read_bytes()
            if message is None or not expected:
                continue
            cases.append(Case(id=str(rec.get("id", f"{path.name}:{i + 1}")), message=message, expected=expected,
                              language=expected.get("language") or rec.get("language"), split=_split_of(rec, path),
                              today=_today(rec)))
    return cases


def evaluate(cases: list[Case]) -> dict[str, Any]:
    """Accuracy per split, language and field: {split: {language: {field: {strict, lenient, n}}}}."""
    tallies: dict[str, dict[str, dict[str, FieldTally]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(FieldTally)))
    for case in cases:
        found: Extraction = extract(read_message(case.message), today=case.today)
        lang = str(case.language or "?")
        for name, exp in case.expected.items():
            iso = name.endswith("_iso")
            got = _iso_of(found, name) if iso else getattr(found, name)
            for key in (lang, "all"):
                t = tallies[case.split][key][name]
                t.total += 1
                strict = _compare_iso(name, exp, got) if iso else compare(name, exp, got, lenient=False)
                fair = strict if iso else compare(name, exp, got, lenient=False, fair=True)
                ok = strict if iso else compare(name, exp, got, lenient=True)
                t.strict += strict
                t.fair += fair
                t.lenient += ok
                if not fair and key == lang:
                    t.misses.append(f"{case.id}: expected {exp!r}, found {got!r}")
    report: dict[str, Any] = {}
    for split, langs in tallies.items():
        report[split] = {
            lang: {name: {"strict": round(t.strict / t.total, 3), "fair": round(t.fair / t.total, 3),
                          "lenient": round(t.lenient / t.total, 3), "n": t.total,
                          "misses": t.misses} for name, t in fields.items()}
            for lang, fields in langs.items()
        }
    return report


def table(report: Mapping[str, Any]) -> str:
    lines = []
    cols = (*SCORED, "meeting_time_iso", "proposed_times_iso")
    for split, langs in report.items():
        lines.append(f"split {split}: field accuracy strict/fair (n)")
        lines.append("lang  " + "  ".join(f"{f[:16]:>16}" for f in cols))
        for lang in sorted(langs, key=lambda x: (x == "all", x)):
            cells = []
            for f in cols:
                c = langs[lang].get(f)
                cells.append(f"{c['strict']:.2f}/{c['fair']:.2f}({c['n']})".rjust(16) if c else "-".rjust(16))
            lines.append(f"{lang:<5} " + "  ".join(cells))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", type=Path)
    ap.add_argument("--json", action="store_true", help="print the full report (with misses) as JSON")
    ap.add_argument("--split", action="append", help="only this split (repeat for several; 'seen' = every set already "
                    "studied, SEEN_SPLITS; default: every split found, including a fresh folder below ROOT)")
    args = ap.parse_args(argv)
    wanted = {s for name in (args.split or []) for s in (SEEN_SPLITS if name == "seen" else (name,))}
    cases = [c for c in load_cases(args.root) if not wanted or c.split in wanted]
    if not cases:
        print(f"{args.root}: no labelled cases found", file=sys.stderr)
        return 1
    report = evaluate(cases)
    print(json.dumps(report, ensure_ascii=False, indent=1) if args.json else table(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
