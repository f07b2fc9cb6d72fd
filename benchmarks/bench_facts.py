"""What the fact model adds per draft: check_draft against the surface checks it replaced.

Run: .venv/bin/python benchmarks/bench_facts.py [--n 300] [--rounds 3]
Target (issue 13): fact checking adds <= 2 ms p50 per draft. Drafts are the built-in writer's (the grid of the
deterministic sample situations) and the LLM-style correct replies of tests/support/replies.py. The situation's
own times are parsed once and cached, as in real use (every draft of a situation, repair round included, reuses
them); the first round warms the caches and the language models and is not counted. The per-draft reading cache
(round 16: the guard and the draft's warnings read the same text once) is cleared before every call, so each figure is
a first reading of that draft. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.situations import make_situations  # noqa: E402
from composer.facts import check_draft, invented_dates, invented_numbers, missing_facts, prose_only  # noqa: E402
from composer.facts import model as fact_model  # noqa: E402
from composer.lang import detect_language  # noqa: E402
from composer.models import Situation  # noqa: E402
from composer.writers.builtin import BuiltinWriter  # noqa: E402
from tests.support.replies import write  # noqa: E402

TODAY = date(2024, 3, 1)


def old_checks(s, subject: str, body: str) -> None:  # type: ignore[no-untyped-def]
    """The surface checks the guard ran before the fact model (what it replaces)."""
    text = f"{subject}\n{body}"
    missing_facts(s, text)
    invented_numbers(s, text)
    invented_dates(s, text)
    detect_language(prose_only(s, text))


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    writer = BuiltinWriter()
    cases = []
    for data in make_situations(args.n):
        s = Situation.model_validate(data)
        d = writer.write(s, [])
        cases.append((s, d.subject, d.body))
        r = write(s)
        cases.append((s, r.subject, r.body))
    new_ms: list[float] = []
    old_ms: list[float] = []
    new_cpu: list[float] = []
    old_cpu: list[float] = []
    for rnd in range(args.rounds + 1):
        for s, subject, body in cases:
            fact_model._READ.clear()  # measure a first reading: the per-draft cache (guard, then warnings) would hide it
            t0, c0 = time.perf_counter(), time.process_time()
            check_draft(s, subject, body, today=TODAY)
            t1, c1 = time.perf_counter(), time.process_time()
            old_checks(s, subject, body)
            t2, c2 = time.perf_counter(), time.process_time()
            if rnd:  # round 0 warms caches and models
                new_ms.append((t1 - t0) * 1000)
                old_ms.append((t2 - t1) * 1000)
                new_cpu.append((c1 - c0) * 1000)
                old_cpu.append((c2 - c1) * 1000)
    added = [a - b for a, b in zip(new_ms, old_ms, strict=True)]
    print(f"drafts checked: {len(cases)} x {args.rounds} rounds")
    print(f"fact model check_draft: p50 {statistics.median(new_ms):.2f} ms, p90 {pct(new_ms, 0.9):.2f} ms")
    print(f"replaced surface checks: p50 {statistics.median(old_ms):.2f} ms, p90 {pct(old_ms, 0.9):.2f} ms")
    print(f"added per draft: p50 {statistics.median(added):.2f} ms, p90 {pct(added, 0.9):.2f} ms (target p50 <= 2 ms)")
    # wall time suffers on a shared machine; CPU time per draft is the steadier figure there
    cpu_added = [a - b for a, b in zip(new_cpu, old_cpu, strict=True)]
    print(f"CPU time per draft: fact model p50 {statistics.median(new_cpu):.2f} ms, replaced checks p50 "
          f"{statistics.median(old_cpu):.2f} ms, added p50 {statistics.median(cpu_added):.2f} ms")


if __name__ == "__main__":
    main()
