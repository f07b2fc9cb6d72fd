"""Pure planning: which moves a message makes, decided from the situation and the guidance.

The plan is language-independent; each phrasebook in `composer.writers.phrases` realises it in its
own words. Keeping the decisions here means all five languages follow the guidance the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from composer.facts import fmt_number
from composer.models import Intent, Passage, Relationship, Situation, Strategy, Tone

Alternative = Literal["shorter", "call", "email", "later"]

# Facts each intent's core paragraph states itself; any other fact given goes into an extra move.
CORE_FACTS: dict[Intent, frozenset[str]] = {
    Intent.decline: frozenset(),
    Intent.reschedule: frozenset({"proposed_times"}),
    Intent.shorten: frozenset({"duration_minutes"}),
    Intent.switch_to_call: frozenset({"proposed_times"}),
    Intent.switch_to_email: frozenset(),
    Intent.delegate: frozenset({"colleague_name"}),
    Intent.no_show_followup: frozenset({"proposed_times", "policy"}),
    Intent.late_cancellation: frozenset({"proposed_times", "policy"}),
    Intent.cancellation_policy: frozenset({"policy"}),
}

# Intents where the client cancelled or did not come: the reason, if any, is theirs.
CLIENT_SIDE = frozenset({Intent.no_show_followup, Intent.late_cancellation})


@dataclass(frozen=True)
class Plan:
    """The moves a message makes; every flag is a decision a phrasebook must honour."""

    situation: Situation
    strategies: frozenset[Strategy]
    alternative: Alternative | None = None  # for a decline: what to offer instead
    appreciation: bool = False  # a key client: say the relationship matters
    welcome: bool = False  # a new client: a short, warm word about working together
    offer_video: bool = False  # suggest video or phone for the new meeting
    followup_call: bool = False  # switching to email: a call later if it turns out to be needed
    brief_colleague: bool = False  # delegating: the colleague gets everything they need
    agenda: bool = False  # shortening: come with a short agenda, the rest by email
    thanks: bool = False  # we change the format of their meeting: thank them for going along with it
    extras: tuple[str, ...] = field(default=())  # facts not used by the core, in the order to add them

    @property
    def formal(self) -> bool:
        return self.situation.tone is Tone.formal

    @property
    def client_side(self) -> bool:
        return self.situation.intent in CLIENT_SIDE


def guidance_strategies(guidance: Sequence[Passage]) -> frozenset[Strategy]:
    return frozenset(s for p in guidance for s in p.strategies)


def make_plan(situation: Situation, guidance: Sequence[Passage]) -> Plan:
    """Decide the moves: the guidance says what to offer, the situation says what is possible."""
    s = situation
    strategies = guidance_strategies(guidance)
    key = s.relationship is Relationship.key
    alternative: Alternative | None = None
    if s.intent is Intent.decline:
        # The articles: rather than a bare no, offer a lighter form of the meeting, the more so for
        # an important client. Prefer what the guidance retrieved for this situation recommends.
        options: list[Alternative] = []
        if s.duration_minutes is not None and (Strategy.shorter in strategies or key):
            options.append("shorter")
        if Strategy.call in strategies or Strategy.limit_time in strategies:
            options.append("call")
        if Strategy.email in strategies:
            options.append("email")
        if options:
            alternative = options[0]
        else:
            alternative = "call" if key else "later"
    extras = tuple(
        f
        for f in ("duration_minutes", "colleague_name", "proposed_times", "policy")
        if f not in CORE_FACTS[s.intent] and _given(s, f) and not (f == "duration_minutes" and alternative == "shorter")
    )
    return Plan(
        situation=s,
        strategies=strategies,
        alternative=alternative,
        appreciation=key,
        welcome=s.relationship is Relationship.new,
        offer_video=s.intent in (Intent.no_show_followup, Intent.late_cancellation, Intent.reschedule)
        and (Strategy.video_phone in strategies or Strategy.call in strategies),
        followup_call=s.intent is Intent.switch_to_email,
        brief_colleague=s.intent is Intent.delegate,
        agenda=s.intent is Intent.shorten,
        thanks=s.intent in (Intent.shorten, Intent.switch_to_call, Intent.switch_to_email, Intent.delegate),
        extras=extras,
    )


def _given(s: Situation, name: str) -> bool:
    value = getattr(s, name)
    return bool(value) if not hasattr(value, "is_empty") else not value.is_empty()


@dataclass(frozen=True)
class Message:
    """What a phrasebook returns; the writer assembles it into subject and body."""

    subject: str
    greeting: str
    paragraphs: list[str]
    closing: str


def num(value: float | int, plan: Plan) -> str:
    """A policy number as the situation's language writes it."""
    return fmt_number(value, plan.situation.language)


def bullets(items: list[str]) -> str:
    """Several times as a '- ' list; callers end the paragraph with it, so no sentence trails a list."""
    return "\n" + "\n".join(f"- {t}" for t in items)


def assemble(message: Message, sender_name: str) -> str:
    """Greeting, paragraphs, closing and signature, separated the way an email is."""
    # A time or reason typed with its own full stop must not leave "..": keep one stop, never an ellipsis.
    paragraphs = [re.sub(r"(?<!\.)\.\.(?!\.)", ".", p.strip()) for p in message.paragraphs if p and p.strip()]
    return "\n\n".join([message.greeting, *paragraphs, message.closing]) + "\n" + sender_name
