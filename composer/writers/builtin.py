"""The built-in writer: deterministic, offline, and labelled `builtin` in every draft it makes."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace

from composer.facts import invented_numbers, missing_facts, placeholders
from composer.guard import words
from composer.models import Draft, Intent, Passage, Situation, Tone
from composer.revisions import revision_kind
from composer.writers.phrases import render
from composer.writers.plan import Plan, assemble, make_plan

BUILTIN = "builtin"
BUILTIN_LABEL = "Built-in writer (deterministic, offline)"  # how the CLI and the page name it


class BuiltinWriter:
    """Team-written phrasing per language, shaped by the retrieved guidance; no network, no model."""

    name = BUILTIN

    def write(self, situation: Situation, guidance: Sequence[Passage]) -> Draft:
        return draft_from_plan(make_plan(situation, guidance), guidance)

    def variants(self, situation: Situation, guidance: Sequence[Passage], n: int = 3) -> list[Draft]:
        """Distinct drafts: another alternative offered, more or less warmth; fewest changes first."""
        return builtin_variants(situation, guidance, n)

    def refine(self, draft: Draft, instruction: str, *, situation: Situation) -> Draft:
        """Shorter, warmer, more or less formal by re-planning; free text it cannot do is said, not faked."""
        return builtin_refine(draft, instruction, situation)


def self_check(situation: Situation, text: str) -> list[str]:
    """Belt and braces: the phrasebooks are tested, but a draft never leaves with a silent gap."""
    problems = [f"missing fact: {f.field} ({f.value!r})" for f in missing_facts(situation, text)]
    problems += [f"number not in the situation: {n}" for n in invented_numbers(situation, text)]
    problems += [f"placeholder left in: {p}" for p in placeholders(text)]
    return problems


def draft_from_plan(plan: Plan, guidance: Sequence[Passage]) -> Draft:
    """The draft a plan gives; variants and refinements adjust the plan, never the text."""
    s = plan.situation
    message = render(plan)
    body = assemble(message, s.sender_name)
    return Draft(
        subject=message.subject,
        body=body,
        language=s.language,
        intent=s.intent,
        writer=BUILTIN,
        guidance=list(guidance),
        warnings=self_check(s, message.subject + "\n" + body),
    )


_EXTRA_ORDER = ("duration_minutes", "colleague_name", "proposed_times", "policy")


def _with_alternative(plan: Plan, alternative: str | None) -> Plan:
    """The plan offering another alternative; the duration moves between the offer and the extras."""
    given = set(plan.extras) | ({"duration_minutes"} if plan.alternative == "shorter" else set())
    extras = tuple(f for f in _EXTRA_ORDER if f in given and not (f == "duration_minutes" and alternative == "shorter"))
    return replace(plan, alternative=alternative, extras=extras)  # type: ignore[arg-type]


def builtin_variants(situation: Situation, guidance: Sequence[Passage], n: int) -> list[Draft]:
    """Distinct built-in drafts, the fewest changes from the default plan first."""
    base = make_plan(situation, guidance)
    alternatives: list[str | None] = [base.alternative]
    if situation.intent is Intent.decline:
        options = ["shorter"] if situation.duration_minutes is not None else []
        alternatives += [a for a in [*options, "call", "email", "later"] if a != base.alternative]
    flips = list(itertools.product(alternatives, (False, True), (False, True), (False, True)))
    # Fewest changes first; among equals, another alternative before another warmth.
    flips.sort(key=lambda f: ((f[0] != base.alternative) + f[1] + f[2] + f[3], f[0] == base.alternative))
    out: list[Draft] = []
    seen: set[str] = set()
    for alternative, appreciation, welcome, video in flips:
        plan = replace(
            _with_alternative(base, alternative),
            appreciation=base.appreciation != appreciation,
            welcome=base.welcome != welcome,
            offer_video=base.offer_video != video,
        )
        d = draft_from_plan(plan, guidance)
        if d.body not in seen:
            seen.add(d.body)
            out.append(d)
        if len(out) == n:
            break
    return out


def _unchanged(draft: Draft, why: str) -> Draft:
    return draft.model_copy(update={"warnings": [*draft.warnings, why]})


def builtin_refine(draft: Draft, instruction: str, s: Situation) -> Draft:
    """Re-plan with the tone or moves the instruction asks for; a request it cannot honour leaves the draft as is."""
    guidance = draft.guidance
    kind = revision_kind(instruction)
    if kind is None:
        return _unchanged(draft, f"the built-in writer cannot apply {instruction!r}; the draft is unchanged (an LLM endpoint can)")
    plan = make_plan(s, guidance)
    if kind in ("more_formal", "less_formal"):
        tone = Tone.formal if kind == "more_formal" else Tone.friendly
        if s.tone is tone:
            return _unchanged(draft, f"the draft is already {tone.value}; unchanged")
        plan = make_plan(s.model_copy(update={"tone": tone}), guidance)
    elif kind == "warmer":
        if plan.appreciation:  # warmer never changes the register (vous stays vous): only the tone setting does
            return _unchanged(draft, "the built-in writer has no warmer version of this draft in this register; unchanged")
        plan = replace(plan, appreciation=True)
    else:  # shorter: drop the optional moves, keep every fact
        plan = replace(plan, appreciation=False, welcome=False, offer_video=False, agenda=False)
    new = draft_from_plan(plan, guidance)
    if kind == "shorter" and words(new.body) >= words(draft.body):
        return _unchanged(draft, "the built-in writer cannot make this draft any shorter; unchanged")
    return new
