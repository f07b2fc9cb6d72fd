"""One phrasebook per language; each exposes `render(plan) -> Message` in its own words."""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

from composer.models import Language


def phrasebook(language: Language) -> ModuleType:
    """The phrasebook module for a language (imported on first use)."""
    return import_module(f"composer.writers.phrases.{language.value}")
