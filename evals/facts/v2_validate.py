"""Checks the held-out v2 fact-fault set: shape, valid Situations, labels, counts, weekdays against dates.

Run from the repository root: .venv/bin/python evals/facts/v2_validate.py   (exit 1 on any problem)
Self-contained apart from the weekday reader it shares with validate.py (no checker code).
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import sys
from pathlib import Path

from composer.models import CLIENT_SIDE, Situation

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from validate import FAULTS, dated_weekdays  # noqa: E402

TODAY = dt.date(2026, 12, 7)
KEYS = {"id", "split", "language", "today", "situation", "subject", "body", "label", "fault", "note"}
PER_LANG = 40


def _situation_key(sit: dict) -> tuple:
    return (sit.get("recipient_name"), sit.get("meeting"), sit.get("meeting_time"))


def check(records: list[dict], older: list[dict], split: str = "v2", today: dt.date | None = TODAY,
          year_from_today: bool = False) -> list[str]:
    """today=None: each record carries its own reference date (a set written over several days);
    year_from_today: a date without a year is read as the one nearest that reference date (v12 on, 2028 dates)."""
    errors = []
    seen_ids: set[str] = set()
    seen_bodies: set[str] = set()
    older_keys = {_situation_key(r["situation"]) for r in older}
    for r in records:
        rid = r.get("id", "?")
        if set(r) != KEYS:
            errors.append(f"{rid}: keys {sorted(set(r) ^ KEYS)}")
            continue
        if rid in seen_ids:
            errors.append(f"{rid}: duplicate id")
        seen_ids.add(rid)
        if r["body"] in seen_bodies:
            errors.append(f"{rid}: duplicate body")
        seen_bodies.add(r["body"])
        ref = today or _date_or_none(r["today"])
        if r["split"] != split or ref is None or (today is not None and r["today"] != today.isoformat()):
            errors.append(f"{rid}: split/today")
            ref = ref or TODAY
        wref = ref if year_from_today else None
        if r["label"] not in ("correct", "flawed"):
            errors.append(f"{rid}: label")
        if r["label"] == "correct" and r["fault"] is not None:
            errors.append(f"{rid}: correct with a fault")
        if r["label"] == "flawed" and r["fault"] not in FAULTS:
            errors.append(f"{rid}: flawed without a known fault ({r['fault']})")
        if not r["note"]:
            errors.append(f"{rid}: empty note")
        if _situation_key(r["situation"]) in older_keys:
            errors.append(f"{rid}: situation also in dev/test")
        try:
            s = Situation.model_validate(r["situation"])
        except Exception as e:  # noqa: BLE001 - report any validation error
            errors.append(f"{rid}: invalid situation: {str(e).splitlines()[0]}")
            continue
        if s.language.value != r["language"] or s.id != rid:
            errors.append(f"{rid}: language/id mismatch")
        for role, t in [("meeting", s.meeting_time), *[("proposed", p) for p in s.proposed_times]]:
            if not t:
                continue
            ds = dated_weekdays(t, wref)
            if not ds:
                errors.append(f"{rid}: no dated weekday in situation time {t!r}")
            for m, d, ok in ds:
                if not ok:
                    errors.append(f"{rid}: situation weekday wrong: {m!r}")
                # a client who did not come or cancelled late: the meeting may lie in the last two weeks
                past_ok = role == "meeting" and s.intent in CLIENT_SIDE and (ref - d).days <= 14
                if d < ref and not past_ok:
                    errors.append(f"{rid}: situation time in the past: {m!r}")
        if len(set(s.proposed_times)) != len(s.proposed_times) or s.meeting_time in s.proposed_times:
            errors.append(f"{rid}: duplicate or unchanged proposed time")
        subj_bad = sorted({m for m, _, ok in dated_weekdays(r["subject"], wref) if not ok})
        body_bad = sorted({m for m, _, ok in dated_weekdays(r["body"], wref) if not ok})
        if r["fault"] == "weekday_wrong":
            if len(subj_bad) + len(body_bad) != 1:
                errors.append(f"{rid}: weekday_wrong needs exactly one wrong weekday ({subj_bad}, {body_bad})")
        elif subj_bad or body_bad:
            errors.append(f"{rid}: unintended weekday mismatch {subj_bad + body_bad}")
    return errors


def _date_or_none(text: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(text))
    except ValueError:
        return None


def _load(name: str) -> list[dict]:
    path = HERE / name
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(name: str = "v2.jsonl", split: str = "v2", older: tuple[str, ...] = ("dev.jsonl", "test.jsonl"),
         today: dt.date | None = TODAY, year_from_today: bool = False) -> int:
    """Validate one held-out file; v3 reuses this with its own name, split, older sets and per-record dates."""
    records = _load(name)
    errors = check(records, [r for o in older for r in _load(o)], split, today, year_from_today)
    counts = collections.Counter((r["language"], r["label"]) for r in records)
    print(f"{len(records)} records (split {split}, held out)")
    for lang in ("fr", "it", "nl", "sv", "en"):
        c, f = counts[(lang, "correct")], counts[(lang, "flawed")]
        print(f"  {lang}: correct {c}, flawed {f}")
        if (c, f) != (PER_LANG // 2, PER_LANG // 2):
            errors.append(f"{lang}: expected {PER_LANG // 2} correct and {PER_LANG // 2} flawed, got {c}/{f}")
    faults = collections.Counter(r["fault"] for r in records if r["fault"])
    print("  faults: " + ", ".join(f"{k} {v}" for k, v in sorted(faults.items())))
    intents = collections.Counter(r["situation"]["intent"] for r in records)
    print("  intents: " + ", ".join(f"{k} {v}" for k, v in sorted(intents.items())))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
