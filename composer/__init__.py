"""Tactful: tactful drafts for declining, shortening, moving or re-routing client meetings.

The public API: the one service `Tactful(settings)` and the thin free functions over it (`draft`,
`draft_many`, `stream_draft`, `variants`, `refine`, ...), the typed models at the edges, and the errors.
Sub-packages: `facts` (what a draft states), `writers`, `llm`, `retrieval`, `evaluation`, `batch`,
`messages` (reading a client's message), `ui` (the page's pure helpers), `prompts` (template files).
"""

from __future__ import annotations

import re as _re

# The writer and the fact model use ~2,000 distinct regular expressions (many built per language and per given
# fact). Python keeps only 512 compiled ones, so each draft recompiled most of them (~28 compiles per draft, a
# third of a warm draft's time). A larger cache keeps them; `re._MAXCACHE` is the module's own limit (3.11-3.13).
if getattr(_re, "_MAXCACHE", 4096) < 4096:
    _re._MAXCACHE = 4096

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
