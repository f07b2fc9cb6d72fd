"""The one way Tactful runs many drafts at once: a bounded window over a lazily read input, results in order.

Threads for plain callers (the LLM writer's HTTP calls release the GIL; the built-in writer runs one at a
time unless asked), asyncio tasks for async callers. Both read the input lazily and hold at most a few
windows' worth, so a generator of millions is fine, and leaving early stops the work in flight.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")
_END = object()


def ordered_map(fn: Callable[[T], R], items: Iterable[T], *, concurrency: int = 1) -> Iterator[R]:
    """fn over items, at most `concurrency` at once, each result yielded in input order as soon as it is ready."""
    if concurrency <= 1:
        for item in items:
            yield fn(item)
        return
    window = concurrency * 4  # wider than the pool, so one slow item at the head leaves no worker idle
    pending: deque[Future[R]] = deque()
    feed = iter(items)
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="tactful") as pool:
        try:
            while True:
                while len(pending) < window:
                    item = next(feed, _END)
                    if item is _END:
                        break
                    pending.append(pool.submit(fn, item))  # type: ignore[arg-type]
                if not pending:
                    return
                yield pending.popleft().result()
        finally:
            for f in pending:
                f.cancel()


async def aordered_map(fn: Callable[[T], Awaitable[R]], items: Iterable[T], *, concurrency: int = 1) -> AsyncIterator[R]:
    """The asyncio form of ordered_map: tasks gated by a semaphore; leaving early cancels those in flight."""
    gate = asyncio.Semaphore(max(1, concurrency))

    async def one(item: T) -> R:
        async with gate:
            return await fn(item)

    window = max(1, concurrency) * 4
    pending: deque[asyncio.Future[R]] = deque()
    feed = iter(items)
    try:
        while True:
            while len(pending) < window:
                item = next(feed, _END)
                if item is _END:
                    break
                pending.append(asyncio.ensure_future(one(item)))  # type: ignore[arg-type]
            if not pending:
                return
            yield await pending.popleft()
    finally:
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
