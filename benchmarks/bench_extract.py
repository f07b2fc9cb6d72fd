"""Time per message of `composer.messages.extract`: the rules alone against the rules with the shipped learned heads.

Run: .venv/bin/python benchmarks/bench_extract.py [--root evals/messages] [--rounds 2]
Messages are those of the labelled sets (only read, never scored here). The first round warms lingua, the patterns
and (when a shipped head needs it) the embedding model, and is not counted. Prints p50/p90 in ms; asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from composer.messages import learned  # noqa: E402
from composer.messages.evaluate import load_cases  # noqa: E402
from composer.messages.extract import extract  # noqa: E402
from composer.messages.parse import read_message  # noqa: E402


def run(cases, model, rounds: int) -> list[float]:  # type: ignore[no-untyped-def]
    times: list[float] = []
    with learned.use(model):
        for r in range(rounds + 1):
            for c in cases:
                learned._VECTORS.clear()  # every message embedded afresh, as a new message is
                t0 = time.perf_counter()
                extract(read_message(c.message), today=c.today)
                if r:
                    times.append((time.perf_counter() - t0) * 1000)
    return times


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", type=Path, default=ROOT / "evals" / "messages")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--n", type=int, default=120, help="messages per round")
    args = ap.parse_args()
    cases = load_cases(args.root)[: args.n]
    shipped = learned.shipped()
    for name, model in (("rules", None), ("rules+learned", shipped)):
        if name != "rules" and shipped is None:
            print("rules+learned: no weights shipped")
            continue
        ms = sorted(run(cases, model, args.rounds))
        p90 = ms[int(0.9 * (len(ms) - 1))]
        print(f"{name:<14} n={len(ms)} p50={statistics.median(ms):.1f} ms p90={p90:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
