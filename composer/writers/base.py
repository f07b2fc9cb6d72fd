"""What every writer promises: a situation and its guidance in, a draft out.

A writer declares what it can do in `capabilities`; a method it does not support raises
`composer.errors.Unsupported` with a sentence a user can act on, never a bare TypeError.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from typing import Literal, Protocol, runtime_checkable

from composer.models import Draft, Passage, Situation

Capability = Literal["write", "awrite", "stream", "variants", "refine", "refine_edited"]


@runtime_checkable
class Writer(Protocol):
    """Turns a situation plus retrieved guidance into a draft, and optionally streams, varies or refines it."""

    name: str
    capabilities: frozenset[Capability]

    def write(self, situation: Situation, guidance: Sequence[Passage]) -> Draft: ...

    async def awrite(self, situation: Situation, guidance: Sequence[Passage]) -> Draft: ...

    def stream(self, situation: Situation, guidance: Sequence[Passage]) -> Generator[str, None, Draft]:
        """Body chunks as written; the generator's return value is the final, guarded draft."""
        ...

    def variants(self, situation: Situation, guidance: Sequence[Passage], n: int) -> list[Draft]: ...

    def refine(self, draft: Draft, instruction: str, *, situation: Situation) -> Draft: ...


def in_paragraphs(draft: Draft) -> Generator[str, None, Draft]:
    """A finished draft's body a paragraph at a time (each but the last with its blank line), for writers that do not
    stream token by token; returns the draft, as a writer's `stream` does."""
    paragraphs = draft.body.split("\n\n")
    for i, paragraph in enumerate(paragraphs):
        yield paragraph + ("\n\n" if i < len(paragraphs) - 1 else "")
    return draft


@runtime_checkable
class Retriever(Protocol):
    """Finds the guidance passages for a situation, in its language where the corpus has them."""

    def retrieve(self, situation: Situation, k: int = 4) -> list[Passage]: ...
