"""LLM path throughput and Tactful's own overhead, against the fake OpenAI server answering after 200 ms.

Run: .venv/bin/python benchmarks/bench_llm.py [--n 200] [--delay 0.2] [--concurrency 16] [--retriever default|fake]
Targets (issue 4): 200 drafts at concurrency 16 within 1.3x the ideal 200 x 0.2 / 16 = 2.5 s; Tactful's own
overhead per draft (retrieval + prompt building + guard) p50 <= 15 ms. Prints figures only; asserts nothing.
The server runs in a subprocess so it does not compete with the client for the GIL.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
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


def start_server(delay: float) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.support.fake_openai", "--delay", str(delay)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--delay", type=float, default=0.2, help="seconds the fake server takes per reply")
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--retriever", choices=("default", "fake"), default="default")
    args = ap.parse_args()

    os.environ["TACTFUL_HOME"] = tempfile.mkdtemp(prefix="tactful-bench-llm-")
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "TACTFUL_MODEL"):
        os.environ.pop(var, None)

    from composer.api import adraft_many, as_situation
    from composer.config import get_settings
    from composer.guard import check
    from composer.llm.prompting import build_messages
    from composer.models import Draft
    from composer.writers.llm import LLMWriter
    from tests.support.replies import write as fake_reply

    proc, base_url = start_server(args.delay)
    try:
        settings = get_settings(openai_base_url=base_url, openai_api_key="bench-key", model="fake-model", concurrency=args.concurrency, timeout=30.0)
        if args.retriever == "default":
            from composer.retrieval import get_retriever

            t = time.perf_counter()
            retriever = get_retriever(settings)
            index_s = time.perf_counter() - t
        else:
            from tests.llm.conftest import FakeRetriever

            retriever, index_s = FakeRetriever(), 0.0
        writer = LLMWriter(settings)
        situations = [as_situation(s) for s in make_situations(args.n)]

        # Warm caches (embedding model, language detector, HTTP pool, output mode), untimed.
        asyncio.run(adraft_many(situations[:20], writer=writer, retriever=retriever, settings=settings))

        # Tactful's own work per draft, measured alone: retrieval, prompt building, guard.
        own, parts = [], {"retrieve": [], "prompt": [], "guard": []}
        for s in situations:
            t0 = time.perf_counter()
            guidance = retriever.retrieve(s, k=settings.top_k)
            t1 = time.perf_counter()
            build_messages(s, guidance)
            t2 = time.perf_counter()
            reply = fake_reply(s)
            t3 = time.perf_counter()
            check(s, reply.subject, reply.body)
            t4 = time.perf_counter()
            for name, ms in (("retrieve", t1 - t0), ("prompt", t2 - t1), ("guard", t4 - t3)):
                parts[name].append(ms * 1000)
            own.append((t4 - t3 + t2 - t0) * 1000)

        t = time.perf_counter()
        results = asyncio.run(adraft_many(situations, concurrency=args.concurrency, writer=writer, retriever=retriever, settings=settings))
        total = time.perf_counter() - t
    finally:
        proc.terminate()
        proc.wait(timeout=10)

    drafts = [r for r in results if isinstance(r, Draft)]
    client = [d.usage.latency_ms - args.delay * 1000 for d in drafts if d.usage]
    ideal = args.n * args.delay / args.concurrency
    print(json.dumps({
        "drafts": len(drafts),
        "errors": len(results) - len(drafts),
        "drafts_with_warnings": sum(1 for d in drafts if d.warnings),
        "retriever": args.retriever + (f" (index built in {index_s:.1f} s, not timed)" if index_s else ""),
        "total_s": round(total, 2),
        "ideal_s": round(ideal, 2),
        "total_vs_ideal": round(total / ideal, 2),
        "target_vs_ideal": 1.3,
        "own_overhead_ms_p50 (retrieve+prompt+guard)": round(pct(own, 0.5), 2),
        "own_overhead_ms_p95": round(pct(own, 0.95), 2),
        "target_own_p50_ms": 15,
        **{f"{name}_ms_p50": round(statistics.median(v), 2) for name, v in parts.items()},
        "client_side_ms_p50 (draft latency minus server delay, under load)": round(pct(client, 0.5), 1),
        "client_side_ms_p95": round(pct(client, 0.95), 1),
        "cores": os.cpu_count(),
    }, indent=2))


if __name__ == "__main__":
    main()
