"""One phrasebook per language, each written for that language.

The contract, checked by tests over the whole grid: a phrasebook module exposes `subject(plan)`,
`greeting(plan)`, `closing(plan)`, `thanks(plan)`, and one function per intent named after it (`decline(plan)`,
`reschedule(plan)`, ...) returning the body paragraphs. `render` does the dispatch once for all.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

from composer.models import Language
from composer.writers.plan import Message, Plan


def phrasebook(language: Language) -> ModuleType:
    """The phrasebook module for a language (imported on first use)."""
    return import_module(f"composer.writers.phrases.{language.value}")


def render(plan: Plan) -> Message:
    """The message for a plan, in the situation's language."""
    book = phrasebook(plan.situation.language)
    paragraphs = getattr(book, plan.situation.intent.value)(plan)
    if plan.thanks and paragraphs:  # closes the final request: "Would that work for you? Thank you ..."
        paragraphs = [*paragraphs[:-1], f"{paragraphs[-1]} {book.thanks(plan)}"]
    return Message(subject=book.subject(plan), greeting=book.greeting(plan), paragraphs=paragraphs, closing=book.closing(plan))
