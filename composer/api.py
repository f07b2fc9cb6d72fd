"""The public free functions: each builds the one service (`composer.service.Tactful`) for a call.

Keyword options are the same everywhere (writer, retriever, settings, k), declared once in `Options`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TypedDict, Unpack

from composer.config import Settings, get_settings
from composer.errors import TactfulError
from composer.models import Draft
from composer.revisions import revision_kind  # noqa: F401  (re-exported for the page)
from composer.service import (
    MAX_VARIANTS,  # noqa: F401
    SituationLike,
    StreamingDraft,
    Tactful,
    as_situation,
    default_retriever,
    default_writer,
)
from composer.writers.base import Retriever, Writer

__all__ = [
    "StreamingDraft", "Tactful", "adraft", "adraft_iter", "adraft_many", "as_situation", "draft", "draft_many",
    "get_default_retriever", "get_writer", "refine", "stream_draft", "variants",
]


class Options(TypedDict, total=False):
    """What every free function accepts: parts to inject, else the configured defaults."""

    writer: Writer | None
    retriever: Retriever | None
    settings: Settings | None
    k: int | None


def _service(options: Options) -> Tactful:
    return Tactful(options.get("settings"), writer=options.get("writer"), retriever=options.get("retriever"), k=options.get("k"))


def get_writer(settings: Settings | None = None) -> Writer:
    """The LLM writer when an endpoint is configured, else the built-in one (never a silent fallback)."""
    return default_writer(settings or get_settings())


def get_default_retriever(settings: Settings | None = None) -> Retriever:
    return default_retriever(settings or get_settings())


def draft(situation: SituationLike, **options: Unpack[Options]) -> Draft:
    """Retrieve guidance in the situation's language and write one draft with it."""
    return _service(options).draft(situation)


def stream_draft(situation: SituationLike, **options: Unpack[Options]) -> StreamingDraft:
    """Stream the body as it is written; then read `.draft` (the final, guarded draft)."""
    return _service(options).stream(situation)


async def adraft(situation: SituationLike, **options: Unpack[Options]) -> Draft:
    """draft() for asyncio."""
    return await _service(options).adraft(situation)


def draft_many(items: Iterable[SituationLike], *, concurrency: int | None = None, **options: Unpack[Options]) -> Iterator[Draft | TactfulError]:
    """Draft each item, in input order; a bad item yields its error and every other item is still drafted."""
    return _service(options).draft_many(items, concurrency=concurrency)


def adraft_iter(items: Iterable[SituationLike], *, concurrency: int | None = None, **options: Unpack[Options]) -> AsyncIterator[Draft | TactfulError]:
    """Drafts in input order as they are ready, at most `concurrency` at once (asyncio)."""
    return _service(options).adraft_iter(items, concurrency=concurrency)


async def adraft_many(items: Iterable[SituationLike], *, concurrency: int | None = None, **options: Unpack[Options]) -> list[Draft | TactfulError]:
    """Every item drafted (asyncio), results in input order, a failed item is its error."""
    return [d async for d in adraft_iter(items, concurrency=concurrency, **options)]


def variants(situation: SituationLike, n: int = 3, **options: Unpack[Options]) -> list[Draft]:
    """Up to n different drafts (different approaches from the guidance)."""
    return _service(options).variants(situation, n)


def refine(draft: Draft, instruction: str, *, situation: SituationLike, **options: Unpack[Options]) -> Draft:
    """The draft revised as asked, keeping every fact."""
    return _service(options).refine(draft, instruction, situation=situation)
