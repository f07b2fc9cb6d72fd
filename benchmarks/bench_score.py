"""Scoring speed: 1,000 distinct drafts through `composer.evaluation.score`, wall time and per-draft p50/p95.

Drafts come from the built-in writer over a grid of situations (made before the clock starts) plus the
labelled set, so every text is different and no cache is warm for it. Run:
    python benchmarks/bench_score.py [--n 1000] [--workers 2]
The target is under 2 s for 1,000 drafts on the project's 2-core machines.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from composer.evaluation import score
from composer.evaluation.labelled import LABELLED_DIR, load_labelled
from composer.evaluation.scorer import warm_up
from composer.models import Intent, Language, Relationship, Situation, Tone
from composer.writers.builtin import BuiltinWriter

NAMES = ["Ada Lovelace", "Marie-Claire Dubois", "Giulia Bianchi", "Sanne de Vries", "Karin Lindqvist", "Tom Baker", "Priya Shah"]
MEETINGS = ["the quarterly review", "project kick-off", "budget meeting", "coaching session", "design workshop"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def situations(n: int) -> list[Situation]:
    """n distinct situations over every intent, language, tone and relationship."""
    out = []
    grid = itertools.cycle(itertools.product(Intent, Language, Tone, Relationship))
    for i in range(n):
        intent, lang, tone, rel = next(grid)
        day, hour = DAYS[i % 5], 8 + i % 10
        data = {
            "id": f"b{i}", "language": lang, "intent": intent, "tone": tone, "relationship": rel,
            "recipient_name": f"{NAMES[i % 7]} {i}", "sender_name": NAMES[(i + 3) % 7], "meeting": f"{MEETINGS[i % 5]} {i}",
            "meeting_time": f"{day} {1 + i % 28} March at {hour}:00",
            "proposed_times": [f"{DAYS[(i + k) % 5]} {1 + (i + k) % 28} April at {9 + k}:30" for k in range(i % 3)],
            "reason": None if i % 3 == 0 else f"a clash with meeting number {i}",
        }
        if intent is Intent.shorten or i % 5 == 1:
            data["duration_minutes"] = 15 + i % 4 * 15
        if intent is Intent.delegate:
            data["colleague_name"] = f"Sam Colleague{i}"
        if intent is Intent.cancellation_policy or i % 7 == 2:
            data["policy"] = {"notice_hours": 24 + i % 48, "fee_percent": 10 + i % 50}
        out.append(Situation(**data))
    return out


def corpus(n: int) -> list[tuple[Situation, dict[str, str]]]:
    labelled = [(r.situation, {"subject": r.subject, "body": r.body}) for r in load_labelled(LABELLED_DIR / "dev.jsonl")]
    writer = BuiltinWriter()
    made = []
    for s in situations(max(0, n - len(labelled))):
        d = writer.write(s, [])
        made.append((s, {"subject": d.subject, "body": d.body}))
    return (labelled + made)[:n]


def _timed(item: tuple[Situation, dict[str, str]]) -> float:
    t = time.perf_counter()
    score(*item)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2, help="processes; 1 scores in this process")
    args = ap.parse_args()
    items = corpus(args.n)
    warm_up()  # load the language models and compile the lexicons before the clock starts
    score(*items[0])
    start = time.perf_counter()
    if args.workers > 1:
        with ProcessPoolExecutor(args.workers, initializer=warm_up) as pool:
            list(pool.map(_noop, range(args.workers * 4)))  # every worker started and warm before the clock
            start = time.perf_counter()
            per = list(pool.map(_timed, items, chunksize=25))
            wall = time.perf_counter() - start
    else:
        per = [_timed(it) for it in items]
        wall = time.perf_counter() - start
    ms = sorted(x * 1000 for x in per)
    p95 = ms[int(0.95 * (len(ms) - 1))]
    print(f"scored {len(items)} distinct drafts with {args.workers} process(es) in {wall:.2f} s "
          f"(target < 2 s); per draft p50 {statistics.median(ms):.2f} ms, p95 {p95:.2f} ms")


def _noop(_: int) -> None:
    time.sleep(0.05)


if __name__ == "__main__":
    main()
