"""The one concurrency engine: a bounded window of calls on a thread pool, results in input or completion order,
optionally under a shared RateLimiter; and `run_batch`, which drives it into the durable ledger.

`map_window` is generic (any callable over any iterable, lazily consumed, so a generator of millions keeps
memory flat); `amap_window` is the same for async callers (the work still runs on the pool's threads);
`iter_lines` drafts items into BatchLines with no file at all (the page); `run_batch` adds resume, order and
durability on top (the CLI).
"""

from __future__ import annotations

import asyncio
import queue
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from composer.batch.io import Item, Source, detect_format, load_items
from composer.batch.ledger import Output
from composer.errors import InputError, TactfulError
from composer.models import BatchLine
from composer.ratelimit import RateLimiter
from composer.textsafe import one_line

T = TypeVar("T")
R = TypeVar("R")

Worker = Callable[[dict[str, Any]], Any]  # raw situation -> Draft (raises TactfulError on bad input)


# ---------------------------------------------------------------- the generic executor


def map_window(
    call: Callable[[T], R],
    inputs: Iterable[T],
    *,
    concurrency: int = 1,
    ordered: bool = True,
    window: int | None = None,
) -> Iterator[tuple[int, R]]:
    """(position, call(input)) for every input, in input order (`ordered`) or as each finishes.

    At most `concurrency` calls run at once on worker threads, and at most `window` inputs are taken ahead
    (default: 8 per worker, at least 32), wider than the pool so one slow call at the head does not leave the
    others idle in ordered mode. `call` should catch its own per-item errors: one that escapes ends the
    iteration. Closing the iterator early (break, Ctrl-C) starts nothing more; calls in flight finish.
    """
    if concurrency < 1:
        raise InputError(f"concurrency must be at least 1, not {concurrency}", field="concurrency")
    if concurrency == 1:
        for pos, item in enumerate(inputs):
            yield pos, call(item)
        return
    width = window or max(concurrency * 8, 32)
    pending: dict[Future[R], int] = {}
    ready: dict[int, R] = {}
    finished: queue.SimpleQueue[Future[R]] = queue.SimpleQueue()  # futures in the order they completed
    next_out = 0
    feed = enumerate(inputs)
    pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="tactful-window")
    try:

        def top_up() -> None:
            while len(pending) + len(ready) < width:
                try:
                    pos, item = next(feed)
                except StopIteration:
                    return
                fut = pool.submit(call, item)
                pending[fut] = pos
                fut.add_done_callback(finished.put)

        top_up()
        while pending:
            fut = _next_done(finished)
            pos = pending.pop(fut)
            if ordered:
                ready[pos] = fut.result()
                while next_out in ready:
                    yield next_out, ready.pop(next_out)
                    next_out += 1
            else:
                yield pos, fut.result()
            top_up()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _next_done(finished: queue.SimpleQueue[Future[R]]) -> Future[R]:
    """The next completed future; waits in short slices so Ctrl-C is seen at once."""
    while True:
        try:
            return finished.get(timeout=0.5)
        except queue.Empty:
            continue


async def amap_window(
    call: Callable[[T], R], inputs: Iterable[T], *, concurrency: int = 1, ordered: bool = True, window: int | None = None
) -> AsyncIterator[tuple[int, R]]:
    """`map_window` for async code: the calls run on the pool's threads, the event loop is never blocked."""
    it = map_window(call, inputs, concurrency=concurrency, ordered=ordered, window=window)
    end = object()
    try:
        while True:
            got = await asyncio.to_thread(next, it, end)
            if got is end:
                return
            yield got  # type: ignore[misc]
    finally:
        await asyncio.to_thread(it.close)


def metered(call: Callable[[T], R], limiter: RateLimiter | None, *, cost: Callable[[R], tuple[int | None, int]]) -> Callable[[T], R]:
    """`call` under a shared rate limiter: each call reserves a request and a draft's tokens, then settles what
    `cost(result)` says it spent (tokens or None if unknown, requests); refused input (InputError) gives all back."""
    if limiter is None or not limiter.active:
        return call

    def limited(item: T) -> R:
        reserved = limiter.acquire()
        spent: tuple[int | None, int] = (None, 1)
        try:
            result = call(item)
            spent = cost(result)
            return result
        except InputError:
            spent = (0, 0)
            raise
        finally:
            limiter.settle(reserved, tokens=spent[0], requests=spent[1])

    return limited


# ---------------------------------------------------------------- drafting items


def draft_cost(draft: Any) -> tuple[int | None, int]:
    """What a draft spent, as the rate limiter counts it."""
    usage = getattr(draft, "usage", None)
    return (usage.total_tokens, usage.attempts) if usage is not None else (None, 1)


def one_line_for(item: Item, worker: Worker, limiter: RateLimiter | None = None) -> tuple[BatchLine, Any]:
    """Draft one item; whatever happens, it comes back as exactly one line (and its usage)."""
    if item.error is not None or item.data is None:
        return BatchLine(id=item.id, error=item.error or "unreadable item"), None
    try:
        draft = metered(worker, limiter, cost=draft_cost)(item.data)
    except TactfulError as e:
        return BatchLine(id=item.id, error=one_line(str(e))), None
    except RecursionError:
        return BatchLine(id=item.id, error="nested too deeply to read; a situation is a flat object"), None
    except Exception as e:  # noqa: BLE001 - a bug must not lose the item: record it and go on
        return BatchLine(id=item.id, error=one_line(f"internal error: {type(e).__name__}: {e}")[:500]), None
    return BatchLine.from_draft(item.id, draft), getattr(draft, "usage", None)


def iter_lines(
    items: Iterable[Item], worker: Worker, *, concurrency: int = 1, ordered: bool = True, limiter: RateLimiter | None = None
) -> Iterator[tuple[BatchLine, Any]]:
    """Every item drafted as (BatchLine, usage), no file involved: what the page's batch tab shows."""
    for _, result in map_window(lambda it: one_line_for(it, worker, limiter), items, concurrency=concurrency, ordered=ordered):
        yield result


# ---------------------------------------------------------------- the batch run


@dataclass
class BatchSummary:
    """What a batch run did, for the one-line report and the exit status."""

    total: int = 0
    ok: int = 0
    failed: int = 0
    skipped: int = 0  # already done in an earlier run (resume)
    failed_before: int = 0  # of those, how many are errors: the exit status speaks for the whole output
    warnings: int = 0
    retried: int = 0  # drafts that needed more than one request (endpoint retries or the repair round)
    tokens: int = 0
    seconds: float = 0.0
    waited: float = 0.0  # seconds workers spent waiting for the rate limiter
    output: str = ""
    errors: list[str] = field(default_factory=list)

    def count(self, line: BatchLine) -> None:
        """Tally one written record."""
        if line.error:
            self.failed += 1
            self.errors.append(f"{line.id}: {line.error}")
        else:
            self.ok += 1
            self.warnings += bool(line.warnings)

    @property
    def any_failed(self) -> bool:
        """True when OUT holds an error record, from this run or an earlier one."""
        return bool(self.failed or self.failed_before)

    @property
    def rate(self) -> float:
        done = self.ok + self.failed
        return done / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        parts = [f"{self.total} items", f"{self.ok} ok", f"{self.failed} failed"]
        if self.skipped:
            parts.append(f"{self.skipped} already done" + (f" ({self.failed_before} of them failed)" if self.failed_before else ""))
        if self.warnings:
            parts.append(f"{self.warnings} with warnings")
        if self.retried:
            parts.append(f"{self.retried} retried")
        if self.tokens:
            parts.append(f"{self.tokens} tokens")
        if self.waited >= 0.05:
            parts.append(f"{self.waited:.1f} s of worker time waiting for rate limits")
        parts.append(f"{self.seconds:.1f} s ({self.rate:.1f} drafts/s)")
        return "batch: " + ", ".join(parts) + f" -> {self.output}"



def run_batch(
    items: Sequence[Item] | Source,
    out: Path | str,
    worker: Worker,
    *,
    fmt: str | None = None,
    resume: bool = False,
    ordered: bool = True,
    concurrency: int = 1,
    on_progress: Callable[[int, int], None] | None = None,
    limiter: RateLimiter | None = None,
    source: str | None = None,
    sync_every: float = 1.0,
    input_format: str | None = None,
) -> BatchSummary:
    """Draft every item not already done, appending each result as it is ready.

    `items` are Items from `load_items`, or anything `load_items` reads (a path, bytes or text with
    `input_format`, a list of situation mappings), so callers holding data in memory need no temp file.
    """
    started = time.perf_counter()
    if not (isinstance(items, list) and all(isinstance(it, Item) for it in items)):
        items = load_items(items, input_format)  # type: ignore[arg-type]
    items = list(items)
    out = Path(out)
    fmt = detect_format(out, fmt)
    summary = BatchSummary(total=len(items), output=str(out))
    with Output(items, out, fmt=fmt, resume=resume, source=source, sync_every=sync_every) as output:
        todo = [it for it in items if it.id not in output.done]
        summary.skipped, summary.failed_before = len(items) - len(todo), output.failed_before
        progress = summary.skipped
        if on_progress:
            on_progress(progress, len(items))

        def finish(result: tuple[BatchLine, Any]) -> None:
            nonlocal progress
            line, usage = result
            if usage is not None:
                summary.tokens += usage.total_tokens
                summary.retried += int(usage.attempts > 1)
            output.write(line)
            summary.count(line)
            progress += 1
            if on_progress:
                on_progress(progress, len(items))

        for line in iter_lines(todo, worker, concurrency=concurrency, ordered=ordered, limiter=limiter):
            finish(line)
        if ordered and summary.skipped:
            output.put_in_order(items)
    summary.waited = limiter.waited if limiter is not None else 0.0
    summary.seconds = time.perf_counter() - started
    return summary
