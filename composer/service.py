"""The one service every front end calls: `Tactful(settings)` holds the writer, retriever, scorer and limiter.

The CLI, the page, the batch engine and the evals parse their input, call a method here and render the
result; none of them decides anything a draft depends on. The free functions in `composer.api` are thin
wrappers that build a service for one call.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Generator, Iterable, Iterator, Mapping
from functools import cached_property
from typing import Any

from pydantic import ValidationError

from composer.config import Settings, get_settings
from composer import jsonsafe
from composer.errors import FileInputError, InputError, SituationError, TactfulError, Unsupported
from composer.models import Draft, Passage, Situation
from composer.writers.base import Retriever, Writer, in_paragraphs

SituationLike = Situation | Mapping[str, Any] | str
MAX_VARIANTS = 10


def as_situation(data: SituationLike) -> Situation:
    """A Situation from a model, a mapping or a JSON string; errors name the field and allowed values."""
    if isinstance(data, Situation):
        return data
    if isinstance(data, str):
        try:
            data = jsonsafe.loads(data)
        except FileInputError as e:
            raise SituationError(str(e)) from None
    if not isinstance(data, Mapping):
        raise SituationError(f"a situation must be a JSON object, not {type(data).__name__}")
    try:
        return Situation.model_validate(dict(data))
    except ValidationError as e:
        raise SituationError.from_validation(e) from e
    except RecursionError as e:
        raise SituationError("a field is nested too deeply") from e


def default_writer(settings: Settings) -> Writer:
    """The LLM writer when an endpoint is configured, else the built-in one (never a silent fallback)."""
    if settings.llm_configured:
        from composer.writers.llm import LLMWriter

        return LLMWriter(settings)
    from composer.writers.builtin import BuiltinWriter

    return BuiltinWriter(today=settings.today)  # reads times against the same day as the guard


def default_retriever(settings: Settings) -> Retriever:
    from composer.retrieval import get_retriever

    return get_retriever(settings)


class StreamingDraft:
    """A draft's body in chunks as it is written; `.draft` is the final, guarded Draft once they are read.

    The chunks are what the model sent; the final draft may differ (the guard's repair round): front ends
    show `.draft` after the stream, and `.repaired` says whether it changed.
    """

    def __init__(self, chunks: Generator[str, None, Draft], finish: Callable[[Draft], Draft] = lambda d: d) -> None:
        self._chunks = chunks
        self._finish = finish
        self._draft: Draft | None = None
        self._streamed: list[str] = []

    def __iter__(self) -> StreamingDraft:
        return self

    def __next__(self) -> str:
        try:
            chunk = next(self._chunks)
        except StopIteration as stop:
            if stop.value is not None:
                self._draft = self._finish(stop.value)
            raise StopIteration from None
        self._streamed.append(chunk)
        return chunk

    @property
    def draft(self) -> Draft:
        """The final Draft (reading, and dropping, any chunks not read yet). Its body is authoritative."""
        for _ in self:
            pass
        if self._draft is None:
            raise RuntimeError("the stream ended without a draft (it raised an error while it was read)")
        return self._draft

    @property
    def repaired(self) -> bool:
        """True when the final body is not what was streamed (the guard had it rewritten)."""
        return " ".join("".join(self._streamed).split()) != " ".join(self.draft.body.split())


class Tactful:
    """Drafting, streaming, variants, refining, scoring and batches with one writer, retriever and limiter."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        writer: Writer | None = None,
        retriever: Retriever | None = None,
        k: int | None = None,
    ) -> None:
        if k is not None and not 1 <= k <= 20:
            raise InputError(f"k must be between 1 and 20 guidance passages, not {k}", field="k")
        self._settings = settings
        self._writer = writer
        self._retriever = retriever
        self._k = k

    # ------------------------------------------------------------ parts, built when first needed

    @cached_property
    def settings(self) -> Settings:
        return self._settings or get_settings()

    @cached_property
    def writer(self) -> Writer:
        return self._writer or default_writer(self.settings)

    @cached_property
    def retriever(self) -> Retriever:
        return self._retriever or default_retriever(self.settings)

    @property
    def top_k(self) -> int:
        if self._k is not None:
            return self._k
        return self._settings.top_k if self._settings else (4 if self._retriever else self.settings.top_k)

    @cached_property
    def limiter(self) -> Any:
        """One token bucket shared by every draft of this service (TACTFUL_RPM / TACTFUL_TPM), or None."""
        from composer.ratelimit import limiter_for

        return limiter_for(self.settings)

    def supports(self, capability: str) -> bool:
        caps = getattr(self.writer, "capabilities", None)
        if caps is not None:
            return capability in caps
        return callable(getattr(self.writer, capability, None))

    # ------------------------------------------------------------ one situation

    def guidance(self, situation: Situation) -> list[Passage]:
        return self.retriever.retrieve(situation, k=self.top_k)

    def warned(self, draft: Draft, situation: Situation) -> Draft:
        """The draft carrying the doubts about the situation's own times (wrong weekday, past date, duplicates...) and
        the fact model's uncertainties about the draft itself ("not checked: ..."), the same on every writer's path."""
        from composer.facts import situation_warnings
        from composer.guard import notes

        found = [w for w in situation_warnings(situation, today=self.settings.today) if w not in draft.warnings]
        found += [n for n in notes(situation, draft.subject, draft.body, today=self.settings.today) if n not in draft.warnings]
        return draft.model_copy(update={"warnings": [*found, *draft.warnings]}) if found else draft

    def situation_warnings(self, situation: SituationLike) -> list[str]:
        """What looks wrong in the situation itself before drafting (the page shows these next to the fields)."""
        from composer.facts import situation_warnings

        return situation_warnings(as_situation(situation), today=self.settings.today)

    def situation(self, data: SituationLike) -> Situation:
        """A Situation from any input; a `message` field (a client's e-mail) stands in for the fields it yields."""
        if isinstance(data, Mapping) and data.get("message"):
            from composer.messages.situation import expand_message

            data = expand_message(data, today=self.settings.today)
        return as_situation(data)

    def extract(self, message: Any, *, language: Any = None) -> Any:
        """What a client's message (.eml bytes or pasted text) says: situation fields as verbatim spans, kind,
        suggested intents and what is missing (never guessed)."""
        from composer.messages import extract

        return extract(message, today=self.settings.today, language=language)

    def draft(self, situation: SituationLike) -> Draft:
        """Retrieve guidance in the situation's language and write one draft with it."""
        s = self.situation(situation)
        return self.warned(self.writer.write(s, self.guidance(s)), s)

    async def adraft(self, situation: SituationLike) -> Draft:
        """draft() for asyncio: retrieval in a worker thread, the model call awaited."""
        s = as_situation(situation)
        guidance = await asyncio.to_thread(self.guidance, s)
        if self.supports("awrite"):
            return self.warned(await self.writer.awrite(s, guidance), s)
        return self.warned(await asyncio.to_thread(self.writer.write, s, guidance), s)

    def stream(self, situation: SituationLike) -> StreamingDraft:
        """Stream the body as it is written (the built-in writer gives it in paragraphs); then read `.draft`."""
        s = as_situation(situation)
        guidance = self.guidance(s)
        chunks = self.writer.stream(s, guidance) if self.supports("stream") else in_paragraphs(self.writer.write(s, guidance))
        return StreamingDraft(chunks, lambda d: self.warned(d, s))

    def variants(self, situation: SituationLike, n: int = 3) -> list[Draft]:
        """Up to n drafts that take different approaches (fewer when the situation allows fewer)."""
        if not 1 <= n <= MAX_VARIANTS:
            raise InputError(f"n must be between 1 and {MAX_VARIANTS}, not {n}", field="n")
        s = as_situation(situation)
        if not self.supports("variants"):
            raise Unsupported(f"the {self.writer.name} writer cannot make alternative drafts")
        return [self.warned(d, s) for d in self.writer.variants(s, self.guidance(s), n)]

    def refine(self, draft: Draft, instruction: str, *, situation: SituationLike) -> Draft:
        """The draft revised as asked ("shorter", "warmer", "more formal" or free text), keeping every fact."""
        s = as_situation(situation)
        if not instruction.strip():
            raise InputError("say how to change the draft, e.g. 'shorter', 'warmer' or 'more formal'", field="instruction")
        if (s.language, s.intent) != (draft.language, draft.intent):
            raise InputError("the situation does not match the draft (its language or intent differ)", field="situation")
        if not self.supports("refine"):
            raise Unsupported(f"the {self.writer.name} writer cannot revise drafts")
        return self.writer.refine(draft, instruction, situation=s)

    def suggest(self, situation: SituationLike) -> Any:
        """The approach the guidance suggests for this situation, and the other intents worth a look."""
        from composer.advice import article_titles, suggest

        s = as_situation(situation)
        return suggest(s, self.guidance(s), article_titles(self.settings.corpus_dir))

    def score(self, situation: SituationLike, draft: Draft | Mapping[str, Any]) -> Any:
        """Completeness and tone of a draft for its situation, each verdict with its reasons."""
        from composer.evaluation.scorer import score

        return score(as_situation(situation), draft)

    # ------------------------------------------------------------ many situations

    def draft_many(self, items: Iterable[SituationLike], *, concurrency: int | None = None) -> Iterator[Draft | TactfulError]:
        """Draft each item, streaming results in input order; a bad item yields its error and the rest go on.

        One engine for every path (composer.batch.engine): a bounded thread window, rate-limited by the
        service's one limiter, input read lazily.
        """
        from composer.batch.engine import map_window

        limit = self._concurrency(concurrency)
        # A window of four per worker: wide enough that one slow draft leaves none idle, small enough to start fast.
        for _, result in map_window(self._one_safely, items, concurrency=limit, window=limit * 4):
            yield result

    async def adraft_iter(self, items: Iterable[SituationLike], *, concurrency: int | None = None) -> AsyncIterator[Draft | TactfulError]:
        """draft_many for asyncio: the same engine, the event loop never blocked; leaving early starts nothing more."""
        from composer.batch.engine import amap_window

        limit = self._concurrency(concurrency)
        async for _, result in amap_window(self._one_safely, items, concurrency=limit, window=limit * 4):
            yield result

    def _one_safely(self, item: SituationLike) -> Draft | TactfulError:
        """One item under the limiter; any failure is that item's error, never the end of the run."""
        from composer.batch.engine import draft_cost, metered

        try:
            return metered(self.draft, self.limiter, cost=draft_cost)(item)
        except TactfulError as e:
            return e
        except (RecursionError, ValueError, TypeError) as e:  # hostile input must not stop the others
            return SituationError(f"unreadable situation ({type(e).__name__})")

    def _concurrency(self, concurrency: int | None) -> int:
        if concurrency is None:
            concurrency = self.settings.concurrency if self.supports("awrite") and self.settings.llm_configured else 1
        if concurrency < 1:
            raise InputError(f"concurrency must be at least 1, not {concurrency}", field="concurrency")
        return concurrency
