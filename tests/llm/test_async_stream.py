"""Many drafts at once (bounded, ordered, nothing lost) and a draft streamed as it is written."""

from __future__ import annotations

import asyncio

import pytest

from composer import api
from composer.config import Settings
from composer.errors import EndpointError, SituationError
from composer.models import Draft
from composer.writers.builtin import BuiltinWriter
from composer.writers.llm import REPAIRED_AFTER_STREAM, LLMWriter
from tests.llm.conftest import FakeRetriever, endpoint_settings, make_situation
from tests.support.fake_openai import FakeOpenAI, Recorded, server_error, unauthorized
from tests.support.replies import good, situation_of, without


def people(n: int) -> list[dict[str, object]]:
    base = make_situation("en").model_dump(mode="json", exclude_none=True)
    return [{**base, "recipient_name": f"Client Number{chr(65 + i)}", "id": str(i)} for i in range(n)]


async def test_concurrency_never_exceeds_the_limit_and_order_is_kept(fake: FakeOpenAI, settings: Settings, retriever: FakeRetriever) -> None:
    fake.delay = 0.2  # long enough that three requests always overlap, even on a busy machine
    items = people(12)
    results = await api.adraft_many(items, concurrency=3, writer=LLMWriter(settings), retriever=retriever, settings=settings)
    assert fake.max_in_flight == 3
    assert [r.body.split(",")[0] for r in results] == [f"Dear {i['recipient_name']}" for i in items]  # type: ignore[union-attr]
    assert all(isinstance(r, Draft) and r.warnings == [] for r in results)


async def test_failures_take_their_place_and_nothing_is_lost_or_doubled(fake: FakeOpenAI, settings: Settings, retriever: FakeRetriever) -> None:
    def handler(request: Recorded):  # type: ignore[no-untyped-def]
        name = situation_of(request).recipient_name
        if name.endswith("C"):
            return unauthorized(request)
        if name.endswith("E"):
            return server_error()
        return good(request)

    fake.handler = handler
    items: list[object] = list(people(6))
    items.insert(3, {"language": "xx"})
    results = await api.adraft_many(items, concurrency=4, writer=LLMWriter(settings), retriever=retriever, settings=settings)  # type: ignore[arg-type]
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["Draft", "Draft", "EndpointError", "SituationError", "Draft", "EndpointError", "Draft"]
    assert isinstance(results[2], EndpointError) and results[2].status == 401
    assert isinstance(results[3], SituationError)
    assert isinstance(results[5], EndpointError) and results[5].status == 500
    done = [r.body.split(",")[0] for r in results if isinstance(r, Draft)]
    assert done == ["Dear Client NumberA", "Dear Client NumberB", "Dear Client NumberD", "Dear Client NumberF"]


async def test_adraft_awaits_the_model(fake: FakeOpenAI, settings: Settings, retriever: FakeRetriever) -> None:
    writer = LLMWriter(settings)
    s = make_situation("it")
    await api.adraft(s, writer=writer, retriever=retriever, settings=settings)  # loads the language detector once
    fake.delay = 1.0
    fake.max_in_flight = 0
    results = await asyncio.gather(*(api.adraft(s, writer=writer, retriever=retriever, settings=settings) for _ in range(4)))
    # The calls overlap (awaited, not run in turn): the server saw several at once. No clock is read.
    assert fake.max_in_flight >= 2
    assert all(r.warnings == [] and r.usage.attempts == 1 for r in results)


def test_the_same_writer_works_across_event_loops(fake: FakeOpenAI, settings: Settings, retriever: FakeRetriever) -> None:
    writer = LLMWriter(settings)
    for _ in range(2):  # each asyncio.run is a new loop; the async HTTP client must not leak between them
        (result,) = asyncio.run(api.adraft_many(people(1), writer=writer, retriever=retriever, settings=settings))
        assert isinstance(result, Draft) and result.warnings == []


async def test_concurrency_must_be_positive(settings: Settings, retriever: FakeRetriever) -> None:
    with pytest.raises(Exception, match="concurrency must be at least 1"):
        await api.adraft_many(people(1), concurrency=0, settings=settings, retriever=retriever)


def test_streaming_yields_chunks_then_the_final_draft(fake: FakeOpenAI, settings: Settings, retriever: FakeRetriever) -> None:
    s = make_situation("fr", tone="friendly")
    stream = api.stream_draft(s, writer=LLMWriter(settings), retriever=retriever, settings=settings)
    chunks = list(stream)
    final = stream.draft
    assert len(chunks) > 5 and "".join(chunks) == final.body
    assert not chunks[0].startswith("Subject") and final.subject.startswith("À propos de")
    assert final.warnings == [] and final.usage.completion_tokens > 0 and final.usage.attempts == 1
    (request,) = fake.chat_requests
    assert request.stream and request.body["stream_options"] == {"include_usage": True}


def test_a_streamed_draft_is_still_guarded_and_repaired(fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever) -> None:
    s = make_situation("en")
    # a proposed time is what the client acts on (composer.facts.duty): dropping it is an alarm and gets repaired
    fake.push(without(lambda x: x.proposed_times[0]))
    stream = api.stream_draft(s, writer=writer, retriever=retriever)
    streamed = "".join(stream)
    final = stream.draft
    # the repair replaced what was streamed: the final draft says so (it used to be silent)
    assert "…" in streamed and "Tuesday 19 March at 14:00" in final.body and final.warnings == [REPAIRED_AFTER_STREAM]
    assert [r.stream for r in fake.chat_requests] == [True, False] and final.usage.attempts == 2


def test_a_stream_that_fails_before_its_first_chunk_is_retried(fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever) -> None:
    fake.push(server_error())
    stream = api.stream_draft(make_situation("sv"), writer=writer, retriever=retriever)
    assert "".join(stream) == stream.draft.body and stream.draft.usage.attempts == 2


def test_a_stream_from_a_dead_endpoint_raises_while_read(fake: FakeOpenAI, retriever: FakeRetriever) -> None:
    fake.handler = unauthorized
    stream = api.stream_draft(make_situation("sv"), writer=LLMWriter(endpoint_settings(fake.base_url)), retriever=retriever)
    with pytest.raises(EndpointError, match="HTTP 401"):
        list(stream)
    with pytest.raises(RuntimeError, match="ended without a draft"):
        _ = stream.draft


def test_the_builtin_writer_streams_its_body_in_paragraphs(retriever: FakeRetriever) -> None:
    stream = api.stream_draft(make_situation("en"), writer=BuiltinWriter(), retriever=retriever)
    chunks = list(stream)
    assert len(chunks) >= 3 and "".join(chunks) == stream.draft.body and stream.draft.writer == "builtin"
