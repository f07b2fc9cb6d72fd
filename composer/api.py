"""The one Python API the CLI, the page, the batch engine and the evals all call."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from pydantic import ValidationError

from composer.config import Settings, get_settings
from composer.errors import SituationError, TactfulError
from composer.models import Draft, Situation
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
    s = as_situation(situation)
    settings = settings or (None if writer and retriever else get_settings())
    retriever = retriever or get_default_retriever(settings)
    writer = writer or get_writer(settings)
    top_k = k or (settings.top_k if settings else 4)
    guidance = retriever.retrieve(s, k=top_k)
    return writer.write(s, guidance)


def draft_many(
    items: Iterable[Situation | Mapping[str, Any] | str],
    *,
    writer: Writer | None = None,
    retriever: Retriever | None = None,
    settings: Settings | None = None,
    k: int | None = None,
) -> Iterator[Draft | TactfulError]:
    """Draft each item in input order; a bad item yields its error and the rest go on."""
    settings = settings or get_settings()
    writer = writer or get_writer(settings)
    retriever = retriever or get_default_retriever(settings)
    for item in items:
        try:
            yield draft(item, writer=writer, retriever=retriever, settings=settings, k=k)
        except TactfulError as e:
            yield e
