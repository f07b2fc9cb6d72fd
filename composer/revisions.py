"""Pure: what a refine instruction asks for, when it is one of the revisions every writer knows."""

from __future__ import annotations

import re
from typing import Literal

from composer.facts import normalise
from composer.models import Situation, Tone

Revision = Literal["shorter", "warmer", "more_formal", "less_formal"]
# What the built-in writer (and the LLM's choice of address form) understands; anything else is free text.
_REVISIONS: dict[Revision, str] = {
    "less_formal": r"less formal|more casual|more relaxed|moins formel|meno formale|minder formeel|mindre formell",
    "more_formal": r"more formal|formal|more polite|plus formel|più formale|formeler|formeller|mer formell",
    "shorter": r"shorter|short|briefer|brief|more concise|concise|plus court|plus bref|più breve|più corto|korter|kortare",
    "warmer": r"warmer|warm|friendlier|more friendly|more personal|plus chaleureux|più caloroso|hartelijker|varmare",
}
_FILLER = re.compile(r"\b(?:please|make|it|this|the|email|message|draft|a|bit|little|slightly|somewhat|much|even|un peu|un po)\b")


def revision_kind(instruction: str) -> Revision | None:
    """'shorter', 'warmer', 'more_formal' or 'less_formal' when that is all the instruction asks; else None."""
    text = re.sub(r"[^\w' ]+", " ", normalise(instruction))
    text = " ".join(_FILLER.sub(" ", text).split())
    return next((kind for kind, pattern in _REVISIONS.items() if re.fullmatch(pattern, text)), None)


def requested_tone(kind: Revision | None) -> Tone | None:
    """The address form a revision asks for, if it asks for one."""
    return {"more_formal": Tone.formal, "less_formal": Tone.friendly}.get(kind or "")


def tone_after(tone: Tone, instruction: str) -> Tone:
    """The register a draft has after this instruction: only an explicit register request ("more formal",
    "less formal") changes it; "warmer" and "shorter" keep the register the user chose."""
    return requested_tone(revision_kind(instruction)) or tone


def situation_after(situation: Situation, instruction: str) -> Situation:
    """The situation a refined draft answers: the same one, with the tone a register request asks for.

    The one place this is decided; the page (for later refines), the LLM writer (for the guard's address
    check) and the built-in writer (to re-plan) all call it."""
    tone = tone_after(situation.tone, instruction)
    return situation if tone is situation.tone else situation.model_copy(update={"tone": tone})
