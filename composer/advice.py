"""Advice for a situation: which approach the guidance suggests, which of its strategies fit the chosen
intent, and readable names for the passages behind it.

Decisions only (no Streamlit): the page, the CLI and the service show what this module says.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from composer.models import INTENT_HELP, INTENT_TOPIC, Intent, Language, Passage, Relationship, Situation, Strategy, Topic
from composer.writers.plan import make_plan

STRATEGY_TEXT: dict[Strategy, str] = {
    Strategy.call: "turn the meeting into a phone call",
    Strategy.shorter: "keep the meeting, but shorter",
    Strategy.email: "handle it by email for now",
    Strategy.colleague: "let a colleague take over, fully briefed",
    Strategy.weigh_relationship: "weigh how important the client is",
    Strategy.valid_reason: "make sure the reason is really valid",
    Strategy.limit_time: "limit the time it takes rather than cancel",
    Strategy.reach_out: "reach out first: there may be a good reason",
    Strategy.waiting_limit: "say how long you will wait",
    Strategy.reschedule: "offer a clear way to set a new time",
    Strategy.video_phone: "offer video or phone for the new meeting",
    Strategy.policy: "state the cancellation policy (notice, deposit, fee)",
    Strategy.expectations: "set clear expectations about time and availability",
}

# Which strategies are advice for an email of this kind. A strategy that is another kind of email
# (a reschedule told to "let a colleague take over") is not advice for it: it is a switch, offered apart.
_S = Strategy
FITS: dict[Intent, frozenset[Strategy]] = {
    Intent.decline: frozenset({_S.call, _S.shorter, _S.email, _S.limit_time, _S.weigh_relationship, _S.valid_reason, _S.reschedule}),
    Intent.reschedule: frozenset({_S.reschedule, _S.weigh_relationship, _S.valid_reason, _S.video_phone, _S.expectations}),
    Intent.shorten: frozenset({_S.shorter, _S.limit_time, _S.weigh_relationship, _S.expectations}),
    Intent.switch_to_call: frozenset({_S.call, _S.video_phone, _S.limit_time, _S.weigh_relationship}),
    Intent.switch_to_email: frozenset({_S.email, _S.weigh_relationship, _S.valid_reason, _S.expectations}),
    Intent.delegate: frozenset({_S.colleague, _S.weigh_relationship, _S.expectations}),
    Intent.no_show_followup: frozenset({_S.reach_out, _S.waiting_limit, _S.reschedule, _S.video_phone, _S.policy, _S.expectations}),
    Intent.late_cancellation: frozenset({_S.reach_out, _S.reschedule, _S.video_phone, _S.policy, _S.expectations}),
    Intent.cancellation_policy: frozenset({_S.policy, _S.expectations, _S.waiting_limit}),
}

# The intent a strategy points to, when the user might rather send that kind of email.
STRATEGY_INTENT: dict[Strategy, Intent] = {
    Strategy.shorter: Intent.shorten,
    Strategy.limit_time: Intent.shorten,
    Strategy.call: Intent.switch_to_call,
    Strategy.email: Intent.switch_to_email,
    Strategy.colleague: Intent.delegate,
    Strategy.reschedule: Intent.reschedule,
    Strategy.policy: Intent.cancellation_policy,
}

ALTERNATIVE_TEXT = {
    "shorter": "a shorter meeting",
    "call": "a short call",
    "email": "handling it by email for now",
    "later": "another time, later on",
}
ALTERNATIVE_INTENT = {
    "shorter": Intent.shorten,
    "call": Intent.switch_to_call,
    "email": Intent.switch_to_email,
    "later": Intent.reschedule,
}

LANGUAGE_NAMES: dict[Language, str] = {
    Language.en: "English", Language.fr: "French", Language.it: "Italian", Language.nl: "Dutch", Language.sv: "Swedish",
}
TOPIC_TITLES: dict[Topic, str] = {
    Topic.avoidance: "Article on declining or reducing client meetings",
    Topic.cancellation: "Article on late cancellations and no-shows",
}
NOTE_NAME = "Tactful note"

_FIELD_HINT = re.compile(r"\s*\((?:duration_minutes|colleague_name|policy)\)")


def intent_help(intent: Intent | str) -> str:
    """INTENT_HELP without the API's field names: a one-line explanation for people."""
    return _FIELD_HINT.sub("", INTENT_HELP[Intent(intent)])


# ---------------------------------------------------------------- readable sources

_PAGE_TITLE = re.compile(r"<!-- dropped \(page-title\): (?P<t>.+?) -->")
_HEADING = re.compile(r"^# (?P<t>.+)$", re.MULTILINE)
_SITE_TAIL = re.compile(r"\s*(?:[-–|:]\s*)[^-–|:]{1,30}$")


@lru_cache(maxsize=4)
def article_titles(corpus_dir: Path) -> dict[str, str]:
    """{source file name: the article's title} from the cleaned articles' headers (title line or page title)."""
    titles: dict[str, str] = {}
    folder = Path(corpus_dir) / "articles"
    if not folder.is_dir():
        return titles
    for md in sorted(folder.glob("*.md")):
        try:
            head = md.read_text(encoding="utf-8")[:4000]
        except OSError:
            continue
        m = _HEADING.search(head) or _PAGE_TITLE.search(head)
        if m:
            title = m["t"].strip()
            if m.re is _PAGE_TITLE:
                title = _SITE_TAIL.sub("", title).strip() or title
            titles[md.stem + ".txt"] = title
    return titles


def source_name(passage: Passage, titles: dict[str, str] | None = None) -> str:
    """'Title (French)' for an article, 'Tactful note (English)' for the project's own notes."""
    lang = LANGUAGE_NAMES[passage.language]
    if passage.origin == "note":
        return f"{NOTE_NAME} ({lang})"
    title = (titles or {}).get(Path(passage.source).name) or TOPIC_TITLES[passage.topic]
    return f"{title} ({lang})"


# ---------------------------------------------------------------- the suggestion


@dataclass(frozen=True)
class Advice:
    """One piece of guidance that fits the chosen intent, and the readable names of the sources saying it."""

    text: str
    sources: list[str]


@dataclass(frozen=True)
class Suggestion:
    """Which approach the guidance suggests for a situation, and the other kinds of email worth considering."""

    headline: str
    advice: list[Advice]  # only strategies that fit the chosen intent
    switch_to: list[Intent]  # other intents, best first
    plan_note: str | None = None  # what the built-in draft will do, when that follows from the plan


def weak_reason(reason: str | None) -> bool:
    """No reason, or one of two words or fewer ("busy", "other plans"): the guidance asks if it is valid."""
    return not reason or len(reason.split()) <= 2


def fitting_advice(intent: Intent, guidance: Iterable[Passage], titles: dict[str, str] | None = None) -> list[Advice]:
    """The passages' strategies that are advice for this intent, each with the sources that give it."""
    sources: dict[Strategy, list[str]] = {}
    for p in guidance:
        for s in p.strategies:
            if s not in FITS[intent]:
                continue
            name = source_name(p, titles)
            if name not in sources.setdefault(s, []):
                sources[s].append(name)
    return [Advice(STRATEGY_TEXT[s], sources[s]) for s in Strategy if s in sources]


def suggest(situation: Situation, guidance: Sequence[Passage], titles: dict[str, str] | None = None) -> Suggestion:
    """The approach make_plan and the retrieved passages point to for this situation."""
    s = situation
    plan = make_plan(s, guidance)
    key = s.relationship is Relationship.key
    weak = weak_reason(s.reason)
    switch: list[Intent] = []

    def add(intent: Intent) -> None:
        if intent is not s.intent and intent not in switch:
            switch.append(intent)

    plan_note = None
    if s.intent is Intent.decline:
        alt = plan.alternative or ("call" if key else "later")
        plan_note = f"The draft will offer {ALTERNATIVE_TEXT[alt]} instead of a bare no."
        if key and weak:
            headline = ("A key client and no strong reason: rather than a bare no, the guidance suggests offering "
                        "a shorter meeting or a call.")
            add(Intent.shorten)
            add(Intent.switch_to_call)
        elif key:
            headline = "A key client: the guidance suggests offering a lighter form of the meeting rather than a bare no."
        elif weak:
            headline = ("No clear reason given: the guidance asks whether the reason is really valid; "
                        "a lighter form of the meeting is easier to accept than a no.")
        else:
            headline = "Declining is fine with a real reason; the guidance still suggests keeping the door open."
        add(ALTERNATIVE_INTENT[alt])
    elif s.intent is Intent.no_show_followup:
        headline = "The client did not come: reach out first (there may be a good reason), then offer a new time."
    elif s.intent is Intent.late_cancellation:
        headline = "The client cancelled late: acknowledge it, offer a new date, and state the policy gently."
    elif s.intent is Intent.cancellation_policy:
        headline = "State the policy plainly (notice, deposit, fee) and set clear expectations."
    else:
        what = intent_help(s.intent).rstrip(".")
        headline = f"{what}: the guidance for this situation agrees" + (
            ", and for a key client says the relationship matters." if key else "."
        )
    given = {st for p in guidance for st in p.strategies}
    for st in Strategy:
        if st in given and st in STRATEGY_INTENT and INTENT_TOPIC[STRATEGY_INTENT[st]] is s.topic:
            add(STRATEGY_INTENT[st])
    return Suggestion(headline=headline, advice=fitting_advice(s.intent, guidance, titles), switch_to=switch[:4],
                      plan_note=plan_note)
