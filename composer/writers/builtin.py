"""The built-in writer: deterministic, offline, and labelled `builtin` in every draft it makes."""

from __future__ import annotations

import itertools
from datetime import date
from collections.abc import Generator, Sequence
from dataclasses import dataclass, replace

from composer.facts import placeholders
from composer.guard import MIN_WORDS, words
from composer.errors import Unsupported
from composer.models import Draft, Intent, Passage, Relationship, Situation, Tone
from composer.revisions import revision_kind, situation_after
from composer.writers.phrases import render
from composer.writers.base import Capability, in_paragraphs
from composer.writers.plan import Plan, assemble, make_plan, padding
from composer.writers.when import drafting_on, reference_date

BUILTIN = "builtin"
BUILTIN_LABEL = "Built-in writer (deterministic, offline)"  # how the CLI and the page name it


class BuiltinWriter:
    """Team-written phrasing per language, shaped by the retrieved guidance; no network, no model."""

    name = BUILTIN
    # It cannot rewrite text the user edited (that needs a model): `refine` raises Unsupported for it.
    capabilities: frozenset[Capability] = frozenset({"write", "awrite", "stream", "variants", "refine"})

    def __init__(self, today: date | None = None) -> None:
        self.today = today  # the day times are read against (the settings' `today`); None: the real today

    def write(self, situation: Situation, guidance: Sequence[Passage]) -> Draft:
        with drafting_on(self.today):
            return draft_from_plan(fit(make_plan(situation, guidance)), guidance)

    async def awrite(self, situation: Situation, guidance: Sequence[Passage]) -> Draft:
        """The same draft as `write`: there is nothing to wait for offline."""
        return self.write(situation, guidance)

    def stream(self, situation: Situation, guidance: Sequence[Passage]) -> Generator[str, None, Draft]:
        """The body paragraph by paragraph (each followed by its blank line); returns the whole draft."""
        return (yield from in_paragraphs(self.write(situation, guidance)))

    def variants(self, situation: Situation, guidance: Sequence[Passage], n: int = 3) -> list[Draft]:
        """Distinct drafts: another alternative offered, more or less warmth; fewest changes first."""
        with drafting_on(self.today):
            return builtin_variants(situation, guidance, n)

    def refine(self, draft: Draft, instruction: str, *, situation: Situation) -> Draft:
        """Shorter, warmer, more or less formal by re-planning; free text it cannot do is said, not faked."""
        with drafting_on(self.today):
            return builtin_refine(draft, instruction, situation)


def self_check(situation: Situation, text: str) -> list[str]:
    """Belt and braces: the phrasebooks are tested, but a draft never leaves with a silent gap.

    The same fact model the guard and the completeness scorer use (composer.facts), plus placeholders.
    """
    from composer.facts import problems_in_text

    return problems_in_text(situation, text, today=reference_date()) + [f"placeholder left in: {p}" for p in placeholders(text)]


def fit(plan: Plan) -> Plan:
    """The plan, with moves added back until the body has its minimum length (MIN_WORDS): good wishes at
    the end, then a word on the relationship (not in a final no), then a video or phone offer."""
    default = make_plan(plan.situation, [])
    asked = plan.thanks  # a thanks the caller asked for (an alternative, a refinement) stays
    restore = ("agenda", "brief_colleague", "thanks", "explain", "apology", "wrap_up")
    spare = padding(plan.situation, plan.kind, plan.work)  # lines off by default that a too-short draft may take back
    steps = [lambda p: replace(p, courtesy=True),
             lambda p: replace(p, **{f: getattr(default, f) or spare.get(f, False) or getattr(p, f) for f in restore}),
             lambda p: replace(p, filler=True)]
    if not plan.final and plan.situation.client_move is None:  # a reply to their move: no "working together" filler
        steps.append(_warmer)
    if plan.situation.intent in (Intent.reschedule, Intent.no_show_followup, Intent.late_cancellation) and plan.kind == "meeting":
        steps.append(lambda p: replace(p, offer_video=True))
    for step in steps:
        if words(assemble(render(plan), plan.situation.sender_name)) >= MIN_WORDS:
            break
        plan = step(plan)
    if plan.courtesy and plan.thanks and not plan.formal:
        # one closing line after the final question, not three ("Thanks for understanding! Have a great week!"): the
        # stock thanks goes first (nothing was agreed yet), else the good wishes, when the draft keeps its length
        # of the two, the one that leaves the shorter draft (a phrasebook's empty thanks removes nothing)
        lighter = [p for p in ([] if asked else [replace(plan, thanks=False)]) + [replace(plan, courtesy=False)]]
        sized = [(words(assemble(render(p), plan.situation.sender_name)), i, p) for i, p in enumerate(lighter)]
        fitting = [x for x in sized if x[0] >= MIN_WORDS]
        if fitting:
            plan = min(fitting, key=lambda x: (x[0], x[1]))[2]
    return plan


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
EDITED = (
    "The built-in writer can't rewrite text you edited; connect a model, or start a new draft (your edit stays in history)."
)


def _with_alternative(plan: Plan, alternative: str | None) -> Plan:
    """The plan offering another alternative; the duration moves between the offer and the extras."""
    given = set(plan.extras) | ({"duration_minutes"} if plan.alternative == "shorter" else set())
    extras = tuple(f for f in _EXTRA_ORDER if f in given and not (f == "duration_minutes" and alternative == "shorter"))
    return replace(plan, alternative=alternative, extras=extras)  # type: ignore[arg-type]


def _shorter(plan: Plan) -> Plan:
    """The plan without its optional moves; every fact stays."""
    return replace(plan, appreciation=False, welcome=False, offer_video=False, agenda=False, brief_colleague=False, thanks=False, explain=False, apology=False, courtesy=False, wrap_up=False, filler=False)


def _warmer(plan: Plan) -> Plan:
    """The plan with a word on the relationship (a key client's value, a new client's welcome), same register."""
    if plan.situation.relationship is Relationship.new:
        return replace(plan, welcome=True)
    return replace(plan, appreciation=True)


@dataclass(frozen=True)
class Alternative:
    """One alternative draft and what it changes against the current one, in a few words for a button."""

    label: str
    draft: Draft


_ALTERNATIVE_LABELS = {
    "shorter": "Offers a shorter meeting instead",
    "call": "Offers a call instead",
    "email": "Offers to handle it by email",
    "later": "Suggests picking it up later",
}


def labelled_variants(situation: Situation, guidance: Sequence[Passage], n: int) -> list[Alternative]:
    """Up to n alternatives that each take another approach than the current draft, labelled by what changes.

    The current draft (the default plan) is never among them: decline offers the other alternatives first,
    then every intent gets a warmer and a shorter version, and a video/phone offer where a meeting moves."""
    base = fit(make_plan(situation, guidance))
    current = draft_from_plan(base, guidance).body
    candidates: list[tuple[str, Plan]] = []
    if situation.intent is Intent.decline and not base.final and base.kind != "event":
        options = (["shorter"] if situation.duration_minutes is not None else []) + ["call", "email", "later"]
        options = [a for a in options if a != base.alternative and not (a == "call" and base.kind == "call")]
        candidates += [(_ALTERNATIVE_LABELS[a], _with_alternative(base, a)) for a in options]
    candidates.append(("Warmer: says what the relationship means to you", _warmer(base)))
    if base.appreciation or base.welcome:
        candidates.append(("Plainer: without the word on the relationship", replace(base, appreciation=False, welcome=False)))
    candidates.append(("Shorter: only the essentials", _shorter(base)))
    if "thanks" in _flags_for(situation.intent) and not base.thanks and situation.client_move is None:
        # the stock thanks is off by default (natives cut it) but stays one click away, as the video offer does;
        # never for a move the client asked for (nothing of theirs to forgive: make_plan's rule)
        candidates.append(("Also thanks them for their understanding", replace(base, thanks=True)))
    if situation.intent is Intent.cancellation_policy and not base.explain:
        candidates.append(("Also says what the policy is for", replace(base, explain=True)))
    if situation.intent in (Intent.reschedule, Intent.no_show_followup, Intent.late_cancellation) and base.kind == "meeting":
        candidates.append(("Also offers video or phone" if not base.offer_video else "Without the video or phone offer",
                           replace(base, offer_video=not base.offer_video)))
    out: list[Alternative] = []
    seen = {current}
    for label, plan in candidates:
        d = draft_from_plan(fit(plan), guidance)
        if d.body not in seen:
            seen.add(d.body)
            out.append(Alternative(label, d))
        if len(out) == n:
            break
    return out


def builtin_variants(situation: Situation, guidance: Sequence[Passage], n: int) -> list[Draft]:
    """Distinct built-in drafts, each another approach than the current draft (see `labelled_variants`)."""
    return [a.draft for a in labelled_variants(situation, guidance, n)]


def _unchanged(draft: Draft, why: str) -> Draft:
    return draft.model_copy(update={"warnings": [*draft.warnings, why]})


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


# The optional moves a refinement or an alternative may switch on or off.
_FLAGS = ("appreciation", "welcome", "offer_video", "agenda", "brief_colleague", "thanks", "explain", "apology", "courtesy", "wrap_up", "filler")


def _flags_for(intent: Intent) -> tuple[str, ...]:
    """The optional moves that show in this intent's text (the others change nothing there)."""
    only = {"offer_video": (Intent.reschedule, Intent.no_show_followup, Intent.late_cancellation),
            "agenda": (Intent.shorten,), "brief_colleague": (Intent.delegate,), "explain": (Intent.cancellation_policy,),
            "apology": (Intent.reschedule,), "wrap_up": (Intent.decline,),
            "thanks": (Intent.shorten, Intent.switch_to_call, Intent.switch_to_email, Intent.delegate, Intent.reschedule)}
    return tuple(f for f in _FLAGS if (f not in only or intent in only[f]) and f != "filler")


def plan_of(draft: Draft, s: Situation) -> Plan | None:
    """The plan that gives exactly this draft for this situation, or None when the text was edited.

    The built-in writer rewrites only its own text: the default plan, an alternative, a warmer or a shorter
    version (in either register, since a register change is itself a refinement it made)."""
    guidance = draft.guidance
    for tone in (s.tone, *(t for t in Tone if t is not s.tone)):
        base = make_plan(s.model_copy(update={"tone": tone}), guidance)
        alternatives: list[str | None] = [base.alternative]
        if s.intent is Intent.decline:
            alternatives += [a for a in ("shorter", "call", "email", "later", None) if a != base.alternative]
        for alternative in alternatives:
            plan = _with_alternative(base, alternative) if alternative != base.alternative else base
            flags = _flags_for(s.intent)
            for values in itertools.product((False, True), repeat=len(flags)):
                p = replace(plan, **dict(zip(flags, values)))
                d = draft_from_plan(p, guidance)
                if _same_text(d.body, draft.body) and _same_text(d.subject, draft.subject):
                    return p
                if words(d.body) < words(draft.body):  # `fit` may have kept the closing courtesies of a short draft
                    p = replace(p, filler=True)
                    d = draft_from_plan(p, guidance)
                    if _same_text(d.body, draft.body) and _same_text(d.subject, draft.subject):
                        return p
    return None


def builtin_refine(draft: Draft, instruction: str, s: Situation) -> Draft:
    """Re-plan with what the instruction asks for; "warmer" and "shorter" keep the register, only a register
    request changes it. Text the user edited is not silently regenerated: that raises Unsupported."""
    guidance = draft.guidance
    kind = revision_kind(instruction)
    if kind is None:
        return _unchanged(draft, f"the built-in writer cannot apply {instruction!r}; the draft is unchanged (an LLM endpoint can)")
    plan = plan_of(draft, s)
    if plan is None:
        raise Unsupported(EDITED)
    if kind in ("more_formal", "less_formal"):
        after = situation_after(plan.situation, instruction)
        if after.tone is plan.situation.tone:
            return _unchanged(draft, f"the draft is already {after.tone.value}; unchanged")
        moved = make_plan(after, guidance)  # the same moves, in the other register
        plan = replace(moved, alternative=plan.alternative, extras=plan.extras, **{f: getattr(plan, f) for f in _FLAGS})
    elif kind == "warmer":
        warmer = _warmer(plan)
        if warmer == plan:
            return _unchanged(draft, "the built-in writer has no warmer version of this draft; unchanged")
        plan = warmer
    else:  # shorter: drop the optional moves, keep every fact
        plan = _shorter(plan)
    new = draft_from_plan(fit(plan), guidance)
    if kind == "shorter" and words(new.body) >= words(draft.body):
        return _unchanged(draft, "the built-in writer cannot make this draft any shorter; unchanged")
    return new
