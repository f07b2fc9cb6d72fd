"""The built-in writer: deterministic, offline, and labelled `builtin` in every draft it makes."""

from __future__ import annotations

from collections.abc import Sequence

from composer.facts import invented_numbers, missing_facts, placeholders
from composer.models import Draft, Passage, Situation
from composer.writers.phrases import render
from composer.writers.plan import assemble, make_plan

BUILTIN = "builtin"


class BuiltinWriter:
    """Team-written phrasing per language, shaped by the retrieved guidance; no network, no model."""

    name = BUILTIN

    def write(self, situation: Situation, guidance: Sequence[Passage]) -> Draft:
        plan = make_plan(situation, guidance)
        message = render(plan)
        body = assemble(message, situation.sender_name)
        return Draft(
            subject=message.subject,
            body=body,
            language=situation.language,
            intent=situation.intent,
            writer=BUILTIN,
            guidance=list(guidance),
            warnings=self_check(situation, message.subject + "\n" + body),
        )


def self_check(situation: Situation, text: str) -> list[str]:
    """Belt and braces: the phrasebooks are tested, but a draft never leaves with a silent gap."""
    problems = [f"missing fact: {f.field} ({f.value!r})" for f in missing_facts(situation, text)]
    problems += [f"number not in the situation: {n}" for n in invented_numbers(situation, text)]
    problems += [f"placeholder left in: {p}" for p in placeholders(text)]
    return problems
