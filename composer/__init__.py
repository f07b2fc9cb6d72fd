"""Tactful: tactful drafts for declining, shortening, moving or re-routing client meetings.

The public API: the one service `Tactful(settings)` and the thin free functions over it (`draft`,
`draft_many`, `stream_draft`, `variants`, `refine`, ...), the typed models at the edges, and the errors.
Sub-packages: `facts` (what a draft states), `writers`, `llm`, `retrieval`, `evaluation`, `batch`,
`messages` (reading a client's message), `ui` (the page's pure helpers), `prompts` (template files).
"""

from __future__ import annotations

from composer.api import adraft, adraft_many, as_situation, draft, draft_many, get_writer, refine, stream_draft, variants
from composer.service import StreamingDraft, Tactful
from composer.errors import EndpointError, InputError, SituationError, TactfulError
from composer.models import Draft, Intent, Language, Passage, Policy, Relationship, Situation, Tone

__all__ = [
    "Draft",
    "StreamingDraft",
    "Tactful",
    "adraft",
    "adraft_many",
    "refine",
    "stream_draft",
    "variants",
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
