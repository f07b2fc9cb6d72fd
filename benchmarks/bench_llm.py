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


async def http_floor(base_url: str, payloads: list[dict], concurrency: int) -> float:
    """The same requests through a bare HTTP client: what the machine and the server cost without Tactful."""
    import httpx

    gate = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(timeout=30) as client:

        async def one(payload: dict) -> None:
            async with gate:
                (await client.post(f"{base_url}/chat/completions", json=payload)).json()

        t = time.perf_counter()
        await asyncio.gather(*(one(p) for p in payloads))
        return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--delay", type=float, default=0.2, help="seconds the fake server takes per reply")
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--retriever", choices=("default", "fake"), default="default", help="default: Chroma + the embedded model")
    args = ap.parse_args()

    os.environ["TACTFUL_HOME"] = tempfile.mkdtemp(prefix="tactful-bench-llm-")
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "TACTFUL_MODEL"):
        os.environ.pop(var, None)

    from composer.api import adraft_many, as_situation
    from composer.config import get_settings
    from composer.guard import check
    from composer.llm.prompting import build_messages, with_format
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

        # Tactful's own work per draft, measured alone: retrieval, prompt building, guard. Two passes: the first
        # embeds each query afresh, the second finds it in the retriever's query cache.
        passes = []
        for _ in range(2):
            parts: dict[str, list[float]] = {"retrieve": [], "prompt": [], "guard": []}
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
                for name, sec in (("retrieve", t1 - t0), ("prompt", t2 - t1), ("guard", t4 - t3)):
                    parts[name].append(sec * 1000)
            parts["own"] = [a + b + c for a, b, c in zip(parts["retrieve"], parts["prompt"], parts["guard"], strict=True)]
            passes.append(parts)
        fresh, cached = passes

        payloads = [
            {"model": "fake-model", "response_format": {"type": "json_object"},
             "messages": [{"role": r, "content": c} for r, c in with_format(build_messages(s, retriever.retrieve(s)), "json")]}
            for s in situations
        ]
        floor = asyncio.run(http_floor(base_url, payloads, args.concurrency))

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
        "bare_http_floor_s (same requests, plain httpx, same concurrency)": round(floor, 2),
        "floor_vs_ideal": round(floor / ideal, 2),
        "own_overhead_ms_p50 (retrieve+prompt+guard, fresh query)": round(pct(fresh["own"], 0.5), 2),
        "own_overhead_ms_p95 (fresh query)": round(pct(fresh["own"], 0.95), 2),
        "own_overhead_ms_p50 (cached query)": round(pct(cached["own"], 0.5), 2),
        "own_overhead_ms_p95 (cached query)": round(pct(cached["own"], 0.95), 2),
        "target_own_p50_ms": 15,
        **{f"{name}_ms_p50 (fresh)": round(statistics.median(v), 2) for name, v in fresh.items() if name != "own"},
        "retrieve_ms_p50 (cached)": round(statistics.median(cached["retrieve"]), 2),
        "client_side_ms_p50 (draft latency minus server delay, under load)": round(pct(client, 0.5), 1),
        "client_side_ms_p95": round(pct(client, 0.95), 1),
        "cores": os.cpu_count(),
        "load_average_1min": round(os.getloadavg()[0], 2),
    }, indent=2))


if __name__ == "__main__":
    main()
