"""draft_many and adraft_iter: streamed in input order, bounded, and usable from inside a running event loop."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from composer import api
from composer.config import Settings
from composer.llm.client import forget_modes
from composer.models import Draft
from composer.samples import make_situations
from composer.writers.llm import LLMWriter
from tests.llm.conftest import FakeRetriever, endpoint_settings
from tests.support.fake_openai import FakeOpenAI


@pytest.fixture(scope="module")
def server() -> Iterator[FakeOpenAI]:
    s = FakeOpenAI().start()
    yield s
    s.stop()


@pytest.fixture
def fake(server: FakeOpenAI) -> Iterator[FakeOpenAI]:
    server.reset()
    forget_modes()
    yield server
    server.reset()


@pytest.fixture
def settings(fake: FakeOpenAI) -> Settings:
    return endpoint_settings(fake.base_url)


def unique(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each situation with its own recipient, so order can be read off the drafts."""
    return [{**r, "recipient_name": f"Client Number{i:03d}"} for i, r in enumerate(rows)]


def counted(rows: list[dict[str, Any]], pulled: list[int]) -> Iterator[dict[str, Any]]:
    for r in rows:
        pulled[0] += 1
        yield r


async def test_draft_many_inside_a_running_loop_is_concurrent_and_ordered(fake: FakeOpenAI, settings: Settings) -> None:
    # As in a Jupyter cell or a Streamlit callback: a loop is running in this thread, and the call is plain.
    assert asyncio.get_running_loop().is_running()
    fake.delay = 0.1
    rows = unique(make_situations(12, seed=4))
    rows.insert(5, {"language": "xx"})
    results = list(api.draft_many(rows, concurrency=4, writer=LLMWriter(settings), retriever=FakeRetriever(), settings=settings))
    assert [type(r).__name__ for r in results] == ["Draft"] * 5 + ["SituationError"] + ["Draft"] * 7
    assert 1 < fake.max_in_flight <= 4
    names = [r["recipient_name"] for r in rows if "recipient_name" in r]
    assert [r.body for r in results if isinstance(r, Draft)] and all(
        name in d.body for name, d in zip(names, [r for r in results if isinstance(r, Draft)], strict=True)
    )


def test_draft_many_streams_and_stops_early(fake: FakeOpenAI, settings: Settings) -> None:
    fake.delay = 0.05
    pulled = [0]
    before = threading.active_count()
    stream = api.draft_many(counted(make_situations(400, seed=8), pulled), concurrency=2, writer=LLMWriter(settings),
                            retriever=FakeRetriever(), settings=settings)
    first = next(stream)
    assert isinstance(first, Draft)
    assert pulled[0] <= 2 * 4 + 2  # a window's worth read, not the whole input
    stream.close()  # leaving early cancels what is in flight and ends the helper thread
    assert threading.active_count() <= before + 1  # (the HTTP client may keep one pool thread)
    sent = len(fake.chat_requests)
    assert sent < 20


def test_builtin_draft_many_is_sequential_and_plain() -> None:
    rows = make_situations(6, seed=1)
    results = list(api.draft_many(rows, retriever=FakeRetriever()))
    assert [r.writer for r in results] == ["builtin"] * 6  # type: ignore[union-attr]


async def test_adraft_iter_yields_in_input_order_as_soon_as_ready(fake: FakeOpenAI, settings: Settings) -> None:
    fake.delay = 0.05
    pulled = [0]
    rows = unique(make_situations(40, seed=6))
    got: list[Draft] = []
    async for d in api.adraft_iter(counted(rows, pulled), concurrency=3, writer=LLMWriter(settings),
                                   retriever=FakeRetriever(), settings=settings):
        assert isinstance(d, Draft)
        got.append(d)
        if len(got) == 1:
            assert pulled[0] <= 3 * 4 + 1  # lazily read: one window ahead at most
        if len(got) == 10:
            break
    assert all(r["recipient_name"] in d.body for r, d in zip(rows, got, strict=False))  # each in its input place
    await asyncio.sleep(0.2)
    assert fake.max_in_flight <= 3 and len(fake.chat_requests) < 40


async def test_adraft_iter_refuses_a_zero_concurrency(settings: Settings) -> None:
    from composer.errors import InputError

    with pytest.raises(InputError, match="concurrency must be at least 1"):
        async for _ in api.adraft_iter([], concurrency=0, settings=settings, retriever=FakeRetriever()):
            pass


def test_draft_many_hands_over_a_bug_instead_of_hanging(settings: Settings) -> None:
    class Broken:
        def retrieve(self, situation: Any, k: int = 4) -> list[Any]:
            raise RuntimeError("retriever bug")

    stream = api.draft_many(make_situations(3), concurrency=2, writer=LLMWriter(settings), retriever=Broken(), settings=settings)
    with pytest.raises(RuntimeError, match="retriever bug"):
        list(stream)
