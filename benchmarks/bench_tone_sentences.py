"""What reading a draft sentence by sentence costs: one batch embedding of its sentences vs one passage embedding.

The tone verdict's learned part embeds every sentence of a draft in ONE batch call (`politeness.cached_vectors`), then
applies linear heads; the draft head can read the mean vector or pool per-sentence logits (`pooled.pool`, eighth
round). This times, per draft (built-in drafts over the grid plus the labelled drafts, all distinct, sentence cache
cleared before each draft):
  - the sentence batch embedding (what full mode pays),
  - one passage embedding of the same body (`Embedder`'s cost per passage, the issue's yardstick),
  - the heads on the vectors: mean-vector draft head vs pooled sentence head (numpy only).
Run: `python benchmarks/bench_tone_sentences.py [--n 200]`. Speed is reported, never asserted.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from composer.evaluation import politeness, pooled  # noqa: E402
from composer.evaluation.labelled import HARD_CASES_DIR, load_labelled  # noqa: E402


def bodies(n: int) -> list[str]:
    out = [r.body for r in load_labelled(HARD_CASES_DIR / "dev.jsonl")]
    return out[:n]


def pct(values: list[float], q: float) -> float:
    return sorted(values)[min(len(values) - 1, int(q * len(values)))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=200)
    args = ap.parse_args(argv)
    from composer.retrieval.embed import _model

    texts = bodies(args.n)
    model = _model()
    model.passage(texts[0])  # load the model before the clock
    w = politeness.load_weights()
    head = w.draft or politeness.Head(np.zeros(384, np.float32), 0.0)
    sent_ms, pass_ms, mean_us, pool_us, counts = [], [], [], [], []
    for body in texts:
        sents = politeness.split_sentences(body)
        politeness.forget()
        t = time.perf_counter()
        x = politeness.cached_vectors(sents)
        sent_ms.append(1000 * (time.perf_counter() - t))
        t = time.perf_counter()
        model.passage(body)
        pass_ms.append(1000 * (time.perf_counter() - t))
        t = time.perf_counter()
        head.logits(politeness.mean_vector(x)[None, :])
        mean_us.append(1e6 * (time.perf_counter() - t))
        t = time.perf_counter()
        pooled.pool(head.logits(x), 0.5, 1.0)
        pool_us.append(1e6 * (time.perf_counter() - t))
        counts.append(len(sents))
    print(f"{len(texts)} drafts, {statistics.mean(counts):.1f} sentences each on average")
    print(f"sentence batch embedding  p50 {statistics.median(sent_ms):.1f} ms  p95 {pct(sent_ms, 0.95):.1f} ms")
    print(f"one passage embedding     p50 {statistics.median(pass_ms):.1f} ms  p95 {pct(pass_ms, 0.95):.1f} ms")
    print(f"ratio sentences/passage   p50 {statistics.median([a / b for a, b in zip(sent_ms, pass_ms, strict=True)]):.2f}")
    print(f"mean-vector draft head    p50 {statistics.median(mean_us):.0f} us;  pooled sentence head p50 {statistics.median(pool_us):.0f} us")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
