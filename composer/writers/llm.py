"""The LLM writer: a chat model drafts, the guard checks, one informed repair round, and the draft says what it cost.

A configured endpoint that fails raises EndpointError; it never falls back to the built-in writer, so a draft
labelled with a model name was written by that model. A draft still breaking a rule after the repair round
comes back with those problems as warnings.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Generator, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import date

from composer import guard
from composer.config import Settings
from composer.llm.client import DEFAULT_BACKOFF, ChatClient, UsageTally
from composer.llm.parsing import DraftOut
from composer.llm.prompting import Message, Variant, build_messages, refine_messages, repair_messages, variant_plan
from composer.models import Draft, Passage, Situation
from composer.revisions import situation_after
from composer.writers.base import Capability

# A draft in the making: yields the messages to send, receives the reply, returns the final reply and problems.
Composition = Generator[list[Message], DraftOut, tuple[DraftOut, list[str]]]


# Said on a streamed draft whose shown text the guard rejected: the caller must show the final draft instead.
REPAIRED_AFTER_STREAM = "the streamed text was replaced: the guard rejected the first reply, and this repaired draft is the final one"


def compose(situation: Situation, messages: list[Message], *, today: date | None = None) -> Composition:
    """Ask, check, and if the guard objects, ask once more with exactly what was wrong (the fact model's lines)."""
    out = yield messages
    problems = guard.check(situation, out.subject, out.body, today=today)
    if problems:
        out = yield repair_messages(messages, situation, out.subject, out.body, problems)
        problems = guard.check(situation, out.subject, out.body, today=today)
    return out, problems


def drive(steps: Composition, send: Callable[[list[Message]], DraftOut]) -> tuple[DraftOut, list[str]]:
    """Run a composition with a blocking sender."""
    try:
        messages = next(steps)
        while True:
            messages = steps.send(send(messages))
    except StopIteration as stop:
        return stop.value


async def adrive(steps: Composition, send: Callable[[list[Message]], Awaitable[DraftOut]]) -> tuple[DraftOut, list[str]]:
    """Run a composition with an async sender."""
    try:
        messages = next(steps)
        while True:
            messages = steps.send(await send(messages))
    except StopIteration as stop:
        return stop.value


class LLMWriter:
    """Writes drafts with the model configured in Settings, over an OpenAI-compatible endpoint."""

    capabilities: frozenset[Capability] = frozenset({"write", "awrite", "stream", "variants", "refine", "refine_edited"})

    def __init__(
        self,
        settings: Settings,
        *,
        backoff: float | None = None,
        max_backoff: float = 20.0,
        client: ChatClient | None = None,
    ) -> None:
        if backoff is None:
            # Settings may carry retry_backoff (tests use a tiny one); otherwise the default applies.
            backoff = float(getattr(settings, "retry_backoff", DEFAULT_BACKOFF))
        self.settings = settings
        self.name = settings.model
        self.client = client or ChatClient(settings, backoff=backoff, max_backoff=max_backoff)

    @property
    def _today(self) -> date | None:
        return getattr(self.settings, "today", None)

    # -- one draft --------------------------------------------------------------------------------------------------

    def write(self, situation: Situation, guidance: Sequence[Passage]) -> Draft:
        """One draft, guarded and repaired once."""
        return self._write(situation, guidance, build_messages(situation, guidance))

    async def awrite(self, situation: Situation, guidance: Sequence[Passage]) -> Draft:
        """`write` for asyncio, so many drafts can wait on the endpoint at once."""
        started, tally = time.perf_counter(), UsageTally()
        steps = compose(situation, build_messages(situation, guidance), today=self._today)
        out, problems = await adrive(steps, lambda m: self.client.acomplete(m, tally))
        return self._draft(situation, guidance, out, problems, tally, started)

    def stream(self, situation: Situation, guidance: Sequence[Passage]) -> Generator[str, None, Draft]:
        """Yield the body as the model writes it, then return the final Draft (repaired if the guard objected).

        When a repair changed the text, the final Draft says so in its warnings (REPAIRED_AFTER_STREAM): the
        caller must then show the Draft, not what was streamed.
        """
        started, tally = time.perf_counter(), UsageTally()
        messages = build_messages(situation, guidance)
        reply = yield from self.client.stream(messages, tally)
        streamed = iter([reply])
        # The streamed reply answers the first request; only a repair round goes out again.
        out, problems = drive(compose(situation, messages, today=self._today), lambda m: next(streamed, None) or self.client.complete(m, tally))
        if (out.subject, out.body) != (reply.subject, reply.body):
            problems = [REPAIRED_AFTER_STREAM, *problems]
        return self._draft(situation, guidance, out, problems, tally, started)

    # -- several drafts, revisions ----------------------------------------------------------------------------------

    def variants(self, situation: Situation, guidance: Sequence[Passage], n: int = 3) -> list[Draft]:
        """n drafts, each taking a different approach the guidance suggests (in parallel, up to the concurrency)."""
        plan = variant_plan(situation, guidance, n)
        workers = max(1, min(n, self.settings.concurrency))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="tactful-variant") as pool:
            return list(pool.map(lambda v: self._variant(situation, guidance, v), plan))

    def refine(self, draft: Draft, instruction: str, *, situation: Situation) -> Draft:
        """The draft revised as asked, every fact kept, then guarded and repaired once like a first draft."""
        situation = situation_after(situation, instruction)  # "more formal" changes the register the guard holds it to
        messages = refine_messages(situation, draft.subject, draft.body, instruction)
        return self._write(situation, draft.guidance, messages)

    # -- shared -----------------------------------------------------------------------------------------------------

    def _variant(self, situation: Situation, guidance: Sequence[Passage], variant: Variant) -> Draft:
        return self._write(situation, guidance, build_messages(situation, guidance, variant=variant))

    def _write(self, situation: Situation, guidance: Sequence[Passage], messages: list[Message]) -> Draft:
        started, tally = time.perf_counter(), UsageTally()
        out, problems = drive(compose(situation, messages, today=self._today), lambda m: self.client.complete(m, tally))
        return self._draft(situation, guidance, out, problems, tally, started)

    def _draft(
        self, situation: Situation, guidance: Sequence[Passage], out: DraftOut, problems: list[str], tally: UsageTally, started: float
    ) -> Draft:
        return Draft(
            subject=out.subject,
            body=out.body,
            language=situation.language,
            intent=situation.intent,
            writer=self.name,
            guidance=list(guidance),
            warnings=problems,
            usage=tally.usage((time.perf_counter() - started) * 1000),
        )
