"""Tactful: tactful drafts for declining, shortening, moving or re-routing client meetings."""

from __future__ import annotations

from composer.api import as_situation, draft, draft_many, get_writer
from composer.errors import EndpointError, InputError, SituationError, TactfulError
from composer.models import Draft, Intent, Language, Passage, Policy, Relationship, Situation, Tone

__all__ = [
    "Draft",
    "EndpointError",
    "InputError",
    "Intent",
    "Language",
    "Passage",
    "Policy",
    "Relationship",
    "Situation",
    "SituationError",
    "TactfulError",
    "Tone",
    "as_situation",
    "draft",
    "draft_many",
    "get_writer",
]
