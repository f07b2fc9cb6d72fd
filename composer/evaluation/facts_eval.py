"""Measure the fact model on the labelled fact set (evals/facts/): catch rate on flawed replies, false-alarm
rate on correct ones, per language, each split reported on its own (dev may be studied; test never tuned on).

Run: .venv/bin/python -m composer.evaluation.facts_eval [--dir evals/facts] [--show-dev] [--json OUT]

A reply counts as flagged when `composer.facts.check_draft` returns an ERROR (a fact stated wrong, in the wrong
role, or one nobody gave). An omission (a given fact left unstated) or an uncertainty is no alarm (round 13): the
labelled faults are all errors, and a correct reply may leave out what the client already knows. Times are read against the
record's reference date when it has one, else TACTFUL_TODAY, else --today.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from composer.config import REPO_DIR
from composer.facts import check_draft
from composer.models import Situation

FACTS_DIR = REPO_DIR / "evals" / "facts"
TARGET_CATCH = 0.97
TARGET_FALSE_ALARM = 0.03
# Later held-out sets, each measured once while fresh and seen (studied) after that.
SEEN_LATER = ("v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15", "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", "v24")
FRESH: tuple[str, ...] = ("v25",)  # written this round by someone else, measured once; moves to SEEN_LATER once a builder studies it


@dataclass
class CatchTally:
    flawed: int = 0
    caught: int = 0
    correct: int = 0
    false_alarms: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # kind -> [caught, n]

    @property
    def catch_rate(self) -> float | None:
        return self.caught / self.flawed if self.flawed else None

    @property
    def false_alarm_rate(self) -> float | None:
        return self.false_alarms / self.correct if self.correct else None


def _get(record: dict[str, Any], *keys: str) -> Any:
    for k in keys:
        if k in record and record[k] is not None:
            return record[k]
    return None


def read_record(record: dict[str, Any]) -> tuple[Situation, str, str, bool, str, date | None]:
    """(situation, subject, body, flawed?, fault kind, reference date) from one labelled line."""
    situation = Situation.model_validate(record["situation"])
    reply = _get(record, "reply", "draft") or record
    subject, body = reply.get("subject", ""), reply["body"]
    label = _get(record, "label", "flawed", "is_flawed", "verdict")
    if isinstance(label, str):
        flawed = label.strip().lower() in ("flawed", "bad", "fault", "wrong", "true", "1")
    else:
        flawed = bool(label)
    kind = str(_get(record, "fault", "fault_kind", "kind", "category") or ("flawed" if flawed else "correct"))
    if isinstance(_get(record, "fault"), dict):
        kind = str(record["fault"].get("kind") or record["fault"].get("type") or "flawed")
    today = _get(record, "today", "reference_date")
    return situation, subject, body, flawed, kind, date.fromisoformat(today) if today else None


def measure(records: Iterable[dict[str, Any]], *, today: date | None, misses: list[dict[str, Any]] | None = None) -> dict[str, CatchTally]:
    """Tallies per language (and "all"); misses and false alarms appended to `misses` when given."""
    tallies: dict[str, CatchTally] = defaultdict(CatchTally)
    for record in records:
        s, subject, body, flawed, kind, own_today = read_record(record)
        issues = [i for i in check_draft(s, subject, body, today=own_today or today) if i.is_error]
        for key in (s.language.value, "all"):
            t = tallies[key]
            if flawed:
                t.flawed += 1
                t.caught += bool(issues)
                t.by_kind[kind][0] += bool(issues)
                t.by_kind[kind][1] += 1
            else:
                t.correct += 1
                t.false_alarms += bool(issues)
        if misses is not None and bool(issues) != flawed:
            misses.append({"id": record.get("id"), "language": s.language.value, "flawed": flawed, "kind": kind,
                           "issues": [i.message for i in issues]})
    return tallies


def completeness_auc(records: Iterable[dict[str, Any]], *, today: date | None = None) -> dict[str, float | None]:
    """AUC of the completeness share with correct replies as positives, per language and "all" (issue 13: >= 0.95)."""
    from composer.evaluation.completeness import checklist, summarise
    from composer.evaluation.metrics import auc

    scores: dict[str, tuple[list[float], list[bool]]] = defaultdict(lambda: ([], []))
    for record in records:
        s, subject, body, flawed, _, own_today = read_record(record)
        share, _ = summarise(checklist(s, subject, body, today=own_today or today))
        for key in (s.language.value, "all"):
            scores[key][0].append(share)
            scores[key][1].append(not flawed)
    return {k: auc(v[0], v[1]) for k, v in scores.items()}


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _pct(x: float | None) -> str:
    return "  -  " if x is None else f"{100 * x:5.1f}%"


def render(split: str, tallies: dict[str, CatchTally]) -> str:
    lines = [f"== {split}", "lang  flawed caught  catch   correct alarms  false-alarm  targets"]
    for lang in sorted(tallies, key=lambda k: (k == "all", k)):
        t = tallies[lang]
        ok = (t.catch_rate is None or t.catch_rate >= TARGET_CATCH) and (t.false_alarm_rate is None or t.false_alarm_rate <= TARGET_FALSE_ALARM)
        lines.append(f"{lang:4}  {t.flawed:6} {t.caught:6}  {_pct(t.catch_rate)}  {t.correct:7} {t.false_alarms:6}  {_pct(t.false_alarm_rate):>11}  {'met' if ok else 'NOT met'}")
    kinds = tallies["all"].by_kind if "all" in tallies else {}
    if kinds:
        lines.append("catch by fault kind: " + ", ".join(f"{k} {c}/{n}" for k, (c, n) in sorted(kinds.items())))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=FACTS_DIR)
    ap.add_argument("--today", default=os.environ.get("TACTFUL_TODAY"), help="reference date YYYY-MM-DD when a record has none")
    ap.add_argument("--show-dev", action="store_true", help="list the dev split's misses and false alarms (never the test split's)")
    ap.add_argument("--show", action="store_true", help="list the misses and false alarms of a split that may be studied (dev, v2 once seen)")
    ap.add_argument("--json", type=Path, help="write the figures as JSON here")
    ap.add_argument("--split", choices=("dev", "test", "both", "seen", *SEEN_LATER, *FRESH), default="both", help="which split to measure (dev while tuning; 'seen' runs dev, test and every later set already measured once; a fresh set is measured once by whoever did not tune)")
    ap.add_argument("--completeness", action="store_true", help="also report completeness AUC (correct above flawed), per language")
    args = ap.parse_args(argv)
    today = date.fromisoformat(args.today) if args.today else None
    out: dict[str, Any] = {}
    splits = {"both": ("dev", "test"), "seen": ("dev", "test", *SEEN_LATER)}.get(args.split, (args.split,))
    for split in splits:
        path = args.dir / f"{split}.jsonl"
        if not path.is_file():
            print(f"no {path}", file=sys.stderr)
            continue
        misses: list[dict[str, Any]] = []
        tallies = measure(load(path), today=today, misses=misses)
        print(render(split, tallies))
        if args.completeness:
            aucs = completeness_auc(load(path), today=today)
            print("completeness AUC (correct above flawed): " + ", ".join(f"{k} {'-' if v is None else f'{v:.3f}'}" for k, v in sorted(aucs.items(), key=lambda kv: (kv[0] == "all", kv[0]))))
        if (split == "dev" and args.show_dev) or (args.show and split not in ("test", *FRESH)):
            for m in misses:
                print(json.dumps(m, ensure_ascii=False))
        out[split] = {k: {"flawed": t.flawed, "caught": t.caught, "catch_rate": t.catch_rate, "correct": t.correct,
                          "false_alarms": t.false_alarms, "false_alarm_rate": t.false_alarm_rate,
                          "by_kind": {kk: {"caught": c, "n": n} for kk, (c, n) in t.by_kind.items()}} for k, t in tallies.items()}
    if args.json:
        args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
