"""Offline drafting speed on the embedded default: warm draft(), cold CLI, a 1,000-item batch.

Run: .venv/bin/python benchmarks/bench_draft.py [--n 1000]
Targets (issue 3): warm draft() p50 <= 30 ms incl. retrieval; cold `tactful draft` <= 3 s;
batch >= 50 drafts/s on 2 cores. Prints figures only; nothing here is a pass/fail test.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.situations import make_situations  # noqa: E402


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000, help="batch size")
    ap.add_argument("--warm", type=int, default=200, help="warm draft() calls")
    args = ap.parse_args()

    home = tempfile.mkdtemp(prefix="tactful-bench-")
    os.environ["TACTFUL_HOME"] = home
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        os.environ.pop(var, None)

    # Cold CLI: a fresh process, a fresh store (the first draft builds the index), then a warm-store run.
    cli = [str(ROOT / ".venv" / "bin" / "tactful"), "draft", "--json", str(ROOT / "examples" / "first.json")]
    if not Path(cli[0]).exists():
        cli = [sys.executable, "-m", "composer", "draft", "--json", str(ROOT / "examples" / "first.json")]
    t = time.perf_counter()
    subprocess.run(cli, check=True, capture_output=True, env=os.environ)
    first_ever = time.perf_counter() - t
    cold = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run(cli, check=True, capture_output=True, env=os.environ)
        cold.append(time.perf_counter() - t)

    from composer.api import draft, get_default_retriever, get_writer
    from composer.batch import Item, run_batch
    from composer.config import get_settings

    settings = get_settings()
    retriever = get_default_retriever(settings)
    writer = get_writer(settings)
    situations = make_situations(max(args.n, args.warm))
    for s in situations[:20]:  # warm caches
        draft(s, writer=writer, retriever=retriever, settings=settings)

    def timed(rows: list[dict]) -> list[float]:
        out = []
        for s in rows:
            t = time.perf_counter()
            draft(s, writer=writer, retriever=retriever, settings=settings)
            out.append((time.perf_counter() - t) * 1000)
        return out

    rows = list(itertools.islice(itertools.cycle(situations), args.warm))
    # Worst case: every call brings a reason never seen before, so its query embedding is computed.
    lat_new = timed([{**s, "reason": f"{s.get('reason') or 'un imprévu'} (#{i})"} for i, s in enumerate(rows)])
    # No reason given: retrieval needs only the cached intent part.
    lat = timed([{k: v for k, v in s.items() if k != "reason"} for s in rows])

    items = [Item(i, s["id"], s) for i, s in enumerate(situations[: args.n])]
    out = Path(home) / "out.jsonl"

    def worker(data: dict) -> object:
        return draft(data, writer=writer, retriever=retriever, settings=settings)

    t = time.perf_counter()
    summary = run_batch(items, out, worker, concurrency=2)
    batch_s = time.perf_counter() - t
    assert summary.ok == args.n, summary.line()
    assert sum(1 for _ in out.open()) == args.n

    print(json.dumps({
        "first_ever_cli_draft_s (builds the index)": round(first_ever, 2),
        "cold_cli_draft_s_median": round(statistics.median(cold), 2),
        "warm_draft_ms_p50 (new reason: embeds it)": round(pct(lat_new, 0.5), 1),
        "warm_draft_ms_p95 (new reason: embeds it)": round(pct(lat_new, 0.95), 1),
        "warm_draft_ms_p50 (no reason)": round(pct(lat, 0.5), 1),
        "warm_draft_ms_p95 (no reason)": round(pct(lat, 0.95), 1),
        f"batch_{args.n}_drafts_per_s": round(args.n / batch_s, 1),
        "batch_seconds": round(batch_s, 2),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "cores": os.cpu_count(),
    }, indent=2))


if __name__ == "__main__":
    main()
