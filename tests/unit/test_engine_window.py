"""The one concurrency engine on its own: order, bounded look-ahead, early close, rate limiting, async use."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import pytest

from composer.batch import amap_window, load_items, map_window, metered, run_batch
from composer.batch import read_output
from composer.errors import InputError
from composer.ratelimit import RateLimiter, limiter_for


def test_ordered_results_come_in_input_order_even_when_finished_otherwise() -> None:
    first_may_finish = threading.Event()

    def call(x: int) -> int:
        if x == 0:
            assert first_may_finish.wait(timeout=30)
        if x == 5:
            first_may_finish.set()  # item 0 finishes only after item 5 did
        return x * x

    got = list(map_window(call, range(20), concurrency=4))
    assert got == [(i, i * i) for i in range(20)]


def test_unordered_results_come_as_they_finish() -> None:
    third_started = threading.Event()

    def call(x: int) -> int:
        if x == 2:
            third_started.set()  # a worker is free for item 2 only once item 1 is done
        if x == 0:
            assert third_started.wait(timeout=30)
        return x

    got = list(map_window(call, range(10), concurrency=2, ordered=False))
    assert sorted(got) == [(i, i) for i in range(10)]
    assert [p for p, _ in got].index(1) < [p for p, _ in got].index(0)  # 1 finished before 0, by construction


def test_inputs_are_read_lazily_within_the_window() -> None:
    taken = []

    def feed() -> Iterator[int]:
        for i in range(1_000_000):
            taken.append(i)
            yield i

    it = map_window(lambda x: x, feed(), concurrency=2, window=8)
    assert next(it) == (0, 0)
    it.close()  # leaving early starts nothing more
    assert len(taken) <= 8 + 2


def test_concurrency_must_be_positive() -> None:
    with pytest.raises(InputError, match="at least 1"):
        list(map_window(lambda x: x, [1], concurrency=0))


def test_metered_reserves_and_settles_with_a_fake_clock() -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(s: float) -> None:
        slept.append(s)
        now[0] += s

    limiter = RateLimiter(rpm=60, clock=lambda: now[0], sleep=sleep)
    call = metered(lambda x: x, limiter, cost=lambda r: (None, 1))
    assert [r for _, r in map_window(call, range(5))] == list(range(5))
    assert sum(slept) == pytest.approx(5.0)  # one request per second, starting empty

    refused = metered(lambda x: (_ for _ in ()).throw(InputError("bad")), limiter, cost=lambda r: (None, 1))
    with pytest.raises(InputError):
        refused(1)


def test_limiter_for_only_limits_an_llm_endpoint_with_limits() -> None:
    class S:
        def __init__(self, llm: bool, rpm: int | None) -> None:
            self.llm_configured, self.rpm, self.tpm = llm, rpm, None

    assert limiter_for(S(False, 60)) is None and limiter_for(S(True, None)) is None
    limiter = limiter_for(S(True, 60))
    assert limiter is not None and limiter.rpm == 60


def test_amap_window_serves_async_callers() -> None:
    async def collect() -> list[tuple[int, int]]:
        return [x async for x in amap_window(lambda x: x + 1, range(50), concurrency=3)]

    assert asyncio.run(collect()) == [(i, i + 1) for i in range(50)]


def test_run_batch_takes_data_from_memory(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from composer.api import as_situation
    from composer.samples import make_situations
    from composer.writers.builtin import BuiltinWriter

    writer = BuiltinWriter()
    rows = make_situations(3)
    text = "".join(__import__("json").dumps(r) + "\n" for r in rows)
    out = tmp_path / "o.jsonl"
    summary = run_batch(text.encode(), out, lambda d: writer.write(as_situation(d), []), input_format="jsonl")
    assert summary.ok == 3 and [r["id"] for r in read_output(out)] == [r["id"] for r in rows]
    assert load_items(rows) == load_items(text, "jsonl")
