"""Pure prompt building: the messages sent for a draft, a repair, a variant or a revision.

Messages are plain (role, content) pairs so they can be compared in tests and sent by any client. User text
and retrieved guidance only ever appear JSON-encoded between tags, with '<' and '>' escaped, so no value can
close its tag and pass itself off as an instruction.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from composer.facts import DECIMAL_COMMA, required_facts
from composer.facts.language import LANGUAGE_NAMES
from composer.guard import MAX_WORDS, MIN_WORDS
from composer.models import INTENT_TOPIC, Intent, Passage, Situation, Strategy, Topic, Tone
from composer.names import greeting as native_greeting
from composer.outbox import plain_text
from composer.prompts import render, render_section

Message = tuple[str, str]  # (role, content): role is system, user or assistant
Format = Literal["json", "text"]


def data(value: Any) -> str:
    """JSON for a DATA block, one field or item per line; '<' and '>' escaped so no value can end the block."""

    def one(v: Any) -> str:
        return json.dumps(v, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")

    if isinstance(value, dict) and value:
        return "{\n" + ",\n".join(f"  {one(k)}: {one(v)}" for k, v in value.items()) + "\n}"
    if isinstance(value, list) and value:
        return "[\n" + ",\n".join(f"  {one(v)}" for v in value) + "\n]"
    return one(value)


def prompt_fields(situation: Situation) -> dict[str, Any]:
    """The situation as the model sees it: every field the user gave, nothing else."""
    out = situation.model_dump(mode="json", exclude_none=True, exclude={"id"})
    if not out.get("proposed_times"):
        out.pop("proposed_times", None)
    return out


def facts_data(situation: Situation) -> list[dict[str, str]]:
    """Each fact the draft must state, spelt as the draft should write it. The recipient's name is not
    among them: the greeting line (`greeting_data`) states it in the form a native writer uses."""
    out = []
    for fact in required_facts(situation):
        if fact.field == "recipient_name":
            continue
        value = fact.value
        if situation.language in DECIMAL_COMMA and re.fullmatch(r"\d+\.\d+", value):
            value = value.replace(".", ",")
        out.append({"fact": fact.field, "verbatim": value})
    return out


def greeting_data(situation: Situation) -> str:
    """The greeting line the email opens with (composer.names: title + surname when formal, first name when friendly)."""
    return native_greeting(situation.recipient_name, situation.language, situation.tone is Tone.formal)


def guidance_data(situation: Situation, guidance: Sequence[Passage]) -> list[dict[str, Any]]:
    """The passages with their sources, each marked when it is in another language than the email."""
    out = []
    for p in guidance:
        item: dict[str, Any] = {"source": p.source, "language": p.language.value}
        if p.cross_language or p.language is not situation.language:
            item["cross_language"] = True
        if p.heading:
            item["heading"] = p.heading
        if p.strategies:
            item["advice"] = [s.value for s in p.strategies]
        item["text"] = p.text
        out.append(item)
    return out


def _guidance_note(situation: Situation, guidance: Sequence[Passage]) -> str:
    if not guidance:
        return "none found: rely on plain professional courtesy"
    lang = LANGUAGE_NAMES[situation.language]
    if any(p.cross_language or p.language is not situation.language for p in guidance):
        return f"passages marked cross_language are not in {lang}: take their advice, not their wording"
    return f"all in {lang}"


def _context(situation: Situation) -> dict[str, str]:
    s = situation
    return {
        "intent": s.intent.value,
        # a reschedule the client asked for has its own goal: accept their time, or offer ours, never apologise
        "goal": render_section("client_move", s.client_move.value) if s.client_move else render_section("intents", s.intent.value),
        "tone": s.tone.value,
        "relationship": render_section("relationship", s.relationship.value),
        "language_name": LANGUAGE_NAMES[s.language],
        "situation": data(prompt_fields(s)),
        "facts": data(facts_data(s)),
        "greeting": data(greeting_data(s)),
    }


def system_prompt(situation: Situation) -> str:
    """The rules: language, address form, no invented facts, one greeting/closing/signature, length, DATA."""
    return render(
        "system",
        language_name=LANGUAGE_NAMES[situation.language],
        language_note=render_section("language", situation.language.value),
        address_rule=render_section("address", f"{situation.language.value} {situation.tone.value}"),
        min_words=MIN_WORDS,
        max_words=MAX_WORDS,
    )


@dataclass(frozen=True)
class Variant:
    """Which of several variants a request is for, and the approach that sets it apart."""

    number: int
    count: int
    approach: str
    others: tuple[str, ...]


def user_prompt(situation: Situation, guidance: Sequence[Passage], *, variant: Variant | None = None) -> str:
    """The task: goal, tone, relationship, the situation, the facts to state and the guidance, all as DATA."""
    extra = ""
    if variant is not None:
        extra = "\n" + render(
            "variant",
            number=variant.number,
            count=variant.count,
            approach=render_section("approaches", variant.approach),
            others="; ".join(render_section("approaches", o).rstrip(".") for o in variant.others) + "." if variant.others else "none.",
        )
    return render(
        "user",
        **_context(situation),
        guidance_note=_guidance_note(situation, guidance),
        guidance=data(guidance_data(situation, guidance)),
        variant=extra,
    )


def build_messages(situation: Situation, guidance: Sequence[Passage], *, variant: Variant | None = None) -> list[Message]:
    """System rules plus the task for a first draft."""
    return [("system", system_prompt(situation)), ("user", user_prompt(situation, guidance, variant=variant))]


def repair_messages(messages: Sequence[Message], situation: Situation, subject: str, body: str, problems: Sequence[str]) -> list[Message]:
    """The same conversation, the failed draft as the model's turn, then exactly what was wrong with it."""
    ask = render("repair", problems=data(list(problems)), language_name=LANGUAGE_NAMES[situation.language])
    return [*messages, ("assistant", plain_text(subject, body)), ("user", ask)]


def refine_messages(situation: Situation, subject: str, body: str, instruction: str) -> list[Message]:
    """System rules plus the current draft and the user's editing request, both as DATA."""
    ask = render(
        "refine",
        **_context(situation),
        draft=data({"subject": subject, "body": body}),
        instruction=data(instruction),
    )
    return [("system", system_prompt(situation)), ("user", ask)]


def with_format(messages: Sequence[Message], fmt: Format) -> list[Message]:
    """The messages with the output-format rule for the mode in use added to the system message."""
    rule = render_section("formats", fmt)
    out = list(messages)
    if out and out[0][0] == "system":
        out[0] = ("system", f"{out[0][1]}\n\n{rule}")
    else:
        out.insert(0, ("system", rule))
    return out


# Which approach each recommended strategy suggests, and which approaches make sense per topic.
_STRATEGY_APPROACH: dict[Strategy, str] = {
    Strategy.call: "call",
    Strategy.shorter: "shorter",
    Strategy.limit_time: "shorter",
    Strategy.email: "email",
    Strategy.colleague: "colleague",
    Strategy.video_phone: "video",
    Strategy.reschedule: "reschedule",
    Strategy.weigh_relationship: "warm",
    Strategy.reach_out: "warm",
}
_TOPIC_APPROACHES: dict[Topic, tuple[str, ...]] = {
    Topic.avoidance: ("call", "shorter", "email", "colleague", "warm", "brief"),
    Topic.cancellation: ("reschedule", "video", "warm", "brief"),
}
_AGAINST_INTENT: dict[Intent, frozenset[str]] = {
    Intent.switch_to_call: frozenset({"email"}),
    Intent.switch_to_email: frozenset({"call"}),
    Intent.shorten: frozenset({"email"}),
}


def approaches(situation: Situation, guidance: Sequence[Passage], n: int) -> list[str]:
    """n approaches, the guidance's own recommendations first, each fitting the intent and the facts given."""
    s = situation
    allowed = [
        a
        for a in _TOPIC_APPROACHES[INTENT_TOPIC[s.intent]]
        if a not in _AGAINST_INTENT.get(s.intent, frozenset()) and (a != "colleague" or s.colleague_name)
    ]
    recommended = [_STRATEGY_APPROACH[st] for p in guidance for st in p.strategies if st in _STRATEGY_APPROACH]
    ordered = list(dict.fromkeys([a for a in recommended if a in allowed] + allowed))
    return [ordered[i % len(ordered)] for i in range(n)]


def variant_plan(situation: Situation, guidance: Sequence[Passage], n: int) -> list[Variant]:
    """One Variant per draft asked for, each told which approaches the others take."""
    chosen = approaches(situation, guidance, n)
    return [
        Variant(i + 1, n, a, tuple(dict.fromkeys(o for j, o in enumerate(chosen) if j != i and o != a)))
        for i, a in enumerate(chosen)
    ]
