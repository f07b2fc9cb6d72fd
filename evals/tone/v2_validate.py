"""Checks the held-out v2 tone set: shape, valid Situations, labels and flaws, counts, weekdays against dates.

Run from the repository root: .venv/bin/python evals/tone/v2_validate.py   (exit 1 on any problem)
Uses no scorer code; borrows only the weekday reader of evals/facts/validate.py.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import sys
from pathlib import Path

from composer.models import CLIENT_SIDE, Situation

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "facts"))
from validate import dated_weekdays  # noqa: E402

TODAY = dt.date(2026, 12, 7)
KEYS = {"id", "split", "language", "situation", "subject", "body", "label", "flaw", "note"}
FLAWS = {"sarcasm", "mock_enthusiasm", "passive_aggression", "condescension", "blame", "coldness",
         "bureaucratic_distance", "over_familiarity", "grovelling", "wrong_register", "phishing_like", "hostile"}
PER_LANG = 24


def check(records: list[dict], older: list[dict], split: str = "v2") -> list[str]:
    errors = []
    sits: dict[str, dict] = {}
    older_sits = {json.dumps({k: v for k, v in r["situation"].items() if k != "id"}, sort_keys=True) for r in older}
    ids = set()
    for r in records:
        rid = r.get("id", "?")
        if set(r) != KEYS:
            errors.append(f"{rid}: keys {sorted(set(r) ^ KEYS)}")
            continue
        if rid in ids:
            errors.append(f"{rid}: duplicate id")
        ids.add(rid)
        if r["split"] != split:
            errors.append(f"{rid}: split")
        if r["label"] == "good" and r["flaw"] is not None:
            errors.append(f"{rid}: good with a flaw")
        if r["label"] == "bad" and r["flaw"] not in FLAWS:
            errors.append(f"{rid}: bad without a known flaw")
        if r["label"] not in ("good", "bad"):
            errors.append(f"{rid}: label")
        sit = r["situation"]
        sid = sit.get("id")
        if sits.setdefault(sid, sit) != sit:
            errors.append(f"{rid}: situation {sid} differs between its drafts")
        if json.dumps({k: v for k, v in sit.items() if k != "id"}, sort_keys=True) in older_sits:
            errors.append(f"{rid}: situation also in an older set")
        try:
            s = Situation.model_validate(sit)
        except Exception as e:  # noqa: BLE001 - report any validation error
            errors.append(f"{rid}: invalid situation: {str(e).splitlines()[0]}")
            continue
        if s.language.value != r["language"]:
            errors.append(f"{rid}: language mismatch")
        for role, t in [("meeting", s.meeting_time), *[("proposed", p) for p in s.proposed_times]]:
            if not t:
                continue
            for m, d, ok in dated_weekdays(t):
                if not ok:
                    errors.append(f"{rid}: situation weekday wrong: {m!r}")
                past_ok = role == "meeting" and s.intent in CLIENT_SIDE and (TODAY - d).days <= 14
                if d < TODAY and not past_ok:
                    errors.append(f"{rid}: situation time in the past: {m!r}")
        bad_wd = {m for m, _, ok in dated_weekdays(r["subject"] + "\n" + r["body"]) if not ok}
        if bad_wd:
            errors.append(f"{rid}: weekday does not match its date: {sorted(bad_wd)}")
    return errors


def _load(name: str) -> list[dict]:
    path = HERE / name
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(split: str = "v2", older: tuple[str, ...] = ("dev.jsonl", "test.jsonl")) -> int:
    records = _load(f"{split}.jsonl")
    errors = check(records, [r for name in older for r in _load(name)], split)
    counts = collections.Counter((r["language"], r["label"]) for r in records)
    print(f"{len(records)} cases (split {split}, held out)")
    for lang in ("fr", "it", "nl", "sv", "en"):
        g, b = counts[(lang, "good")], counts[(lang, "bad")]
        nsit = len({r["situation"]["id"] for r in records if r["language"] == lang})
        print(f"  {lang}: good {g}, bad {b}, situations {nsit}")
        if (g, b) != (PER_LANG // 2, PER_LANG // 2):
            errors.append(f"{lang}: expected {PER_LANG // 2} good and {PER_LANG // 2} bad, got {g}/{b}")
    flaws = collections.Counter(r["flaw"] for r in records if r["flaw"])
    print("  flaws: " + ", ".join(f"{k} {v}" for k, v in sorted(flaws.items())))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
