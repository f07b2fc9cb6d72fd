"""The one Python API the CLI, the page, the batch engine and the evals all call."""

from __future__ import annotations

import asyncio
import json
import queue
import threading
from collections import deque
from collections.abc import AsyncIterator, Callable, Generator, Iterable, Iterator, Mapping
from typing import Any

from pydantic import ValidationError

from composer.config import Settings, get_settings
from composer.errors import InputError, SituationError, TactfulError
from composer.models import Draft, Passage, Situation
from composer.revisions import revision_kind  # noqa: F401  (re-exported for the page)
from composer.writers.base import Retriever, Writer
from composer.writers.builtin import BuiltinWriter


def as_situation(data: Situation | Mapping[str, Any] | str) -> Situation:
    """A Situation from a model, a mapping or a JSON string; errors name the field and allowed values."""
    if isinstance(data, Situation):
        return data
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except json.JSONDecodeError as e:
            raise SituationError(f"not valid JSON: {e.msg} (line {e.lineno}, column {e.colno})") from e
    if not isinstance(data, Mapping):
        raise SituationError(f"a situation must be a JSON object, not {type(data).__name__}")
    try:
        return Situation.model_validate(dict(data))
    except ValidationError as e:
        raise SituationError.from_validation(e) from e


def get_writer(settings: Settings | None = None) -> Writer:
    """The LLM writer when an endpoint is configured, else the built-in one (never a silent fallback)."""
    settings = settings or get_settings()
    if settings.llm_configured:
        from composer.writers.llm import LLMWriter

        return LLMWriter(settings)
    return BuiltinWriter()


def get_default_retriever(settings: Settings | None = None) -> Retriever:
    from composer.retrieval import get_retriever

    return get_retriever(settings or get_settings())


def draft(
    situation: Situation | Mapping[str, Any] | str,
    *,
    writer: Writer | None = None,
    retriever: Retriever | None = None,
    settings: Settings | None = None,
    k: int | None = None,
) -> Draft:
    """Retrieve guidance in the situation's language and write one draft with it."""
    s, writer, guidance = _prepare(situation, writer, retriever, settings, k)
    return with_situation_warnings(writer.write(s, guidance), s, settings)


def with_situation_warnings(draft: Draft, situation: Situation, settings: Settings | None) -> Draft:
    """The draft carrying the doubts about the situation's own times (wrong weekday, past date, duplicates...)."""
    from composer.facts import situation_warnings

    today = (settings or get_settings()).today
    found = [w for w in situation_warnings(situation, today=today) if w not in draft.warnings]
    return draft.model_copy(update={"warnings": [*found, *draft.warnings]}) if found else draft


def draft_many(
    items: Iterable[Situation | Mapping[str, Any] | str],
    *,
    concurrency: int | None = None,
    writer: Writer | None = None,
    retriever: Retriever | None = None,
    settings: Settings | None = None,
    k: int | None = None,
) -> Iterator[Draft | TactfulError]:
    """Draft each item, streaming results in input order; a bad item yields its error and the rest go on.

    A writer that can await (the LLM one) writes up to `concurrency` drafts at once (default: the settings'),
    on a private event loop in a helper thread: so this works the same inside a running loop (Jupyter,
    Streamlit) as outside one. The built-in writer drafts one after another unless told otherwise.
    """
    settings = settings or get_settings()
    writer = writer or get_writer(settings)
    retriever = retriever or get_default_retriever(settings)
    if concurrency is None:
        concurrency = settings.concurrency if callable(getattr(writer, "awrite", None)) else 1
    if concurrency < 1:
        raise InputError(f"concurrency must be at least 1, not {concurrency}", field="concurrency")
    if concurrency == 1:
        for item in items:
            try:
                yield draft(item, writer=writer, retriever=retriever, settings=settings, k=k)
            except TactfulError as e:
                yield e
        return
    yield from _in_helper_loop(
        lambda: adraft_iter(items, concurrency=concurrency, writer=writer, retriever=retriever, settings=settings, k=k),
        buffer=concurrency,
    )


_END = object()


def _in_helper_loop(make: Callable[[], AsyncIterator[Any]], *, buffer: int) -> Iterator[Any]:
    """Iterate an async generator from plain code: it runs on its own event loop in a helper thread.

    Never asyncio.run in the caller's thread, so a caller inside a running loop is fine. At most `buffer`
    results wait in the hand-over queue; leaving early stops the generator, which cancels its drafts.
    """
    handover: queue.Queue[tuple[bool, Any]] = queue.Queue(maxsize=max(1, buffer))
    stop = threading.Event()

    async def pump() -> None:
        agen = make()
        try:
            async for value in agen:
                pause = 0.001
                while not stop.is_set():
                    try:
                        handover.put_nowait((True, value))
                        break
                    except queue.Full:  # the consumer is slower than the drafts: wait without blocking the loop
                        await asyncio.sleep(pause)
                        pause = min(pause * 2, 0.05)
                if stop.is_set():
                    return
        finally:
            await agen.aclose()

    def run() -> None:
        try:
            asyncio.run(pump())
            end: tuple[bool, Any] = (False, _END)
        except BaseException as e:  # noqa: BLE001 - handed to the consumer, who raises it
            end = (False, e)
        while not stop.is_set():
            try:
                handover.put(end, timeout=0.05)
                return
            except queue.Full:
                continue

    helper = threading.Thread(target=run, name="tactful-draft-many", daemon=True)
    helper.start()
    try:
        while True:
            ok, value = handover.get()
            if ok:
                yield value
            elif value is _END:
                return
            else:
                raise value
    finally:
        stop.set()
        helper.join()


# ---------------------------------------------------------------- streaming, async, variants, revisions


def _prepare(
    situation: Situation | Mapping[str, Any] | str,
    writer: Writer | None,
    retriever: Retriever | None,
    settings: Settings | None,
    k: int | None,
) -> tuple[Situation, Writer, list[Passage]]:
    """What draft() does before writing: the situation, the writer, and the guidance retrieved for it."""
    s = as_situation(situation)
    settings = settings or (None if writer and retriever else get_settings())
    retriever = retriever or get_default_retriever(settings)
    writer = writer or get_writer(settings)
    top_k = k or (settings.top_k if settings else 4)
    return s, writer, retriever.retrieve(s, k=top_k)


class StreamingDraft:
    """A draft's body in chunks as it is written; `.draft` is the final, guarded Draft once they are read."""

    def __init__(self, chunks: Generator[str, None, Draft], finish: Callable[[Draft], Draft] = lambda d: d) -> None:
        self._chunks = chunks
        self._draft: Draft | None = None
        self._finish = finish

    def __iter__(self) -> StreamingDraft:
        return self

    def __next__(self) -> str:
        try:
            return next(self._chunks)
        except StopIteration as stop:
            if stop.value is not None:
                self._draft = self._finish(stop.value)
            raise StopIteration from None

    @property
    def draft(self) -> Draft:
        """The final Draft (reading, and dropping, any chunks not read yet). Its body is authoritative."""
        for _ in self:
            pass
        if self._draft is None:
            raise RuntimeError("the stream ended without a draft (it raised an error while it was read)")
        return self._draft


def _in_chunks(draft: Draft) -> Generator[str, None, Draft]:
    """A finished draft's body a paragraph at a time, for writers that do not stream."""
    paragraphs = draft.body.split("\n\n")
    for i, paragraph in enumerate(paragraphs):
        yield paragraph + ("\n\n" if i < len(paragraphs) - 1 else "")
    return draft


def stream_draft(
    situation: Situation | Mapping[str, Any] | str,
    *,
    writer: Writer | None = None,
    retriever: Retriever | None = None,
    settings: Settings | None = None,
    k: int | None = None,
) -> StreamingDraft:
    """Stream the body as it is written (the built-in writer gives it in paragraphs); then read `.draft`."""
    s, writer, guidance = _prepare(situation, writer, retriever, settings, k)
    stream = getattr(writer, "stream", None)
    chunks = stream(s, guidance) if callable(stream) else _in_chunks(writer.write(s, guidance))
    return StreamingDraft(chunks, lambda d: with_situation_warnings(d, s, settings))


async def adraft(
    situation: Situation | Mapping[str, Any] | str,
    *,
    writer: Writer | None = None,
    retriever: Retriever | None = None,
    settings: Settings | None = None,
    k: int | None = None,
) -> Draft:
    """draft() for asyncio: retrieval in a worker thread, the model call awaited."""
    s, writer, guidance = await asyncio.to_thread(_prepare, situation, writer, retriever, settings, k)
    awrite = getattr(writer, "awrite", None)
    if callable(awrite):
        return with_situation_warnings(await awrite(s, guidance), s, settings)
    return with_situation_warnings(await asyncio.to_thread(writer.write, s, guidance), s, settings)


async def adraft_iter(
    items: Iterable[Situation | Mapping[str, Any] | str],
    *,
    concurrency: int | None = None,
    writer: Writer | None = None,
    retriever: Retriever | None = None,
    settings: Settings | None = None,
    k: int | None = None,
) -> AsyncIterator[Draft | TactfulError]:
    """Stream drafts in input order, each as soon as it and those before it are ready; at most `concurrency`
    are written at once. Items are read lazily and only a few windows' worth are held, so a generator of
    millions is fine. A failed item yields its error in its place; leaving early cancels the drafts in flight.
    """
    settings = settings or get_settings()
    limit = concurrency if concurrency is not None else settings.concurrency
    if limit < 1:
        raise InputError(f"concurrency must be at least 1, not {limit}", field="concurrency")
    writer = writer or get_writer(settings)
    retriever = retriever or get_default_retriever(settings)
    gate = asyncio.Semaphore(limit)

    async def one(item: Situation | Mapping[str, Any] | str) -> Draft | TactfulError:
        async with gate:
            try:
                return await adraft(item, writer=writer, retriever=retriever, settings=settings, k=k)
            except TactfulError as e:
                return e

    # Wider than the gate, so one slow draft at the head does not leave the others idle.
    window = limit * 4
    pending: deque[asyncio.Future[Draft | TactfulError]] = deque()
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


async def adraft_many(
    items: Iterable[Situation | Mapping[str, Any] | str],
    *,
    concurrency: int | None = None,
    writer: Writer | None = None,
    retriever: Retriever | None = None,
    settings: Settings | None = None,
    k: int | None = None,
) -> list[Draft | TactfulError]:
    """Draft every item, at most `concurrency` at once; results in input order, a failed item is its error.

    The same as collecting `adraft_iter`; use that to act on each draft as soon as it is ready.
    """
    drafts = adraft_iter(items, concurrency=concurrency, writer=writer, retriever=retriever, settings=settings, k=k)
    return [d async for d in drafts]


MAX_VARIANTS = 10


def variants(
    situation: Situation | Mapping[str, Any] | str,
    n: int = 3,
    *,
    writer: Writer | None = None,
    retriever: Retriever | None = None,
    settings: Settings | None = None,
    k: int | None = None,
) -> list[Draft]:
    """Up to n different drafts: the LLM takes different approaches from the guidance; the built-in writer
    varies the alternative it offers and its warmth (fewer than n when the situation allows fewer)."""
    if not 1 <= n <= MAX_VARIANTS:
        raise InputError(f"n must be between 1 and {MAX_VARIANTS}, not {n}", field="n")
    s, writer, guidance = _prepare(situation, writer, retriever, settings, k)
    make = getattr(writer, "variants", None)
    if not callable(make):
        raise TypeError(f"writer {writer.name!r} cannot make variants")
    return [with_situation_warnings(d, s, settings) for d in make(s, guidance, n)]


def refine(
    draft: Draft,
    instruction: str,
    *,
    situation: Situation | Mapping[str, Any] | str,
    writer: Writer | None = None,
    settings: Settings | None = None,
) -> Draft:
    """The draft revised as asked ("shorter", "warmer", "more formal" or free text), keeping every fact."""
    s = as_situation(situation)
    if not instruction.strip():
        raise InputError("say how to change the draft, e.g. 'shorter', 'warmer' or 'more formal'", field="instruction")
    if (s.language, s.intent) != (draft.language, draft.intent):
        raise InputError("the situation does not match the draft (its language or intent differ)", field="situation")
    writer = writer or get_writer(settings or get_settings())
    revise = getattr(writer, "refine", None)
    if not callable(revise):
        raise TypeError(f"writer {writer.name!r} cannot refine drafts")
    return revise(draft, instruction, situation=s)
