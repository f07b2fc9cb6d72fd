"""What every writer promises: a situation and its guidance in, a draft out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from composer.models import Draft, Passage, Situation


@runtime_checkable
class Writer(Protocol):
    """Turns a situation plus retrieved guidance into a draft."""

    name: str

    def write(self, situation: Situation, guidance: Sequence[Passage]) -> Draft: ...


@runtime_checkable
class Retriever(Protocol):
    """Finds the guidance passages for a situation, in its language where the corpus has them."""

    def retrieve(self, situation: Situation, k: int = 4) -> list[Passage]: ...
