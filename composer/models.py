"""Typed shapes at the edges: the situation a user describes and the draft Tactful returns."""

from __future__ import annotations

import math
import re
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class Language(StrEnum):
    fr = "fr"
    it = "it"
    nl = "nl"
    sv = "sv"
    en = "en"


class Intent(StrEnum):
    decline = "decline"
    reschedule = "reschedule"
    shorten = "shorten"
    switch_to_call = "switch_to_call"
    switch_to_email = "switch_to_email"
    delegate = "delegate"
    no_show_followup = "no_show_followup"
    late_cancellation = "late_cancellation"
    cancellation_policy = "cancellation_policy"


class Tone(StrEnum):
    formal = "formal"
    friendly = "friendly"


class Relationship(StrEnum):
    key = "key"
    regular = "regular"
    new = "new"


class ClientMove(StrEnum):
    """A reply to the client's own request to move the meeting (set by `reply` from their message).

    accept: the times in `proposed_times` are the client's and suit the sender; counter: the client's
    time does not suit, `proposed_times` are the sender's; open: the client gave no time, so the sender
    offers times (or asks for some). The reply never apologises for a change the client asked for.
    """

    accept = "accept"
    counter = "counter"
    open = "open"


class Topic(StrEnum):
    """What a guidance passage is about; intents map onto one of these."""

    avoidance = "avoidance"  # ways to avoid or reduce a full meeting
    cancellation = "cancellation"  # client-side late cancellations and no-shows


INTENT_TOPIC: dict[Intent, Topic] = {
    Intent.decline: Topic.avoidance,
    Intent.reschedule: Topic.avoidance,
    Intent.shorten: Topic.avoidance,
    Intent.switch_to_call: Topic.avoidance,
    Intent.switch_to_email: Topic.avoidance,
    Intent.delegate: Topic.avoidance,
    Intent.no_show_followup: Topic.cancellation,
    Intent.late_cancellation: Topic.cancellation,
    Intent.cancellation_policy: Topic.cancellation,
}

INTENT_HELP: dict[Intent, str] = {
    Intent.decline: "Say no to the meeting but keep the door open.",
    Intent.reschedule: "Move the meeting and offer the proposed times.",
    Intent.shorten: "Keep the meeting but make it shorter (duration_minutes).",
    Intent.switch_to_call: "Replace the in-person meeting with a phone or video call.",
    Intent.switch_to_email: "Handle the topic by email for now.",
    Intent.delegate: "A colleague takes over the meeting (colleague_name).",
    Intent.no_show_followup: "The client did not come: check they are fine, offer a new time.",
    Intent.late_cancellation: "The client cancelled late: acknowledge, reschedule, state the policy gently.",
    Intent.cancellation_policy: "State or remind the cancellation policy (policy).",
}

class Need(StrEnum):
    """How an intent uses a situation field."""

    required = "required"
    optional = "optional"


# Intents where the client cancelled or did not come: the reason, if any, is theirs.
CLIENT_SIDE: frozenset[Intent] = frozenset({Intent.no_show_followup, Intent.late_cancellation})

# Fields every intent needs, and the one every intent may take.
_BASE: dict[str, Need] = {
    "language": Need.required,
    "intent": Need.required,
    "recipient_name": Need.required,
    "sender_name": Need.required,
    "tone": Need.required,
    "relationship": Need.required,
    "meeting": Need.required,
    "meeting_time": Need.required,
    "reason": Need.optional,
}
_R, _O = Need.required, Need.optional

# The one per-intent field table: which situation fields an intent uses and which it cannot do without.
# The model validates against it, the page shows its fields from it, the writers plan from it.
INTENT_FIELDS: dict[Intent, dict[str, Need]] = {
    Intent.decline: {**_BASE, "proposed_times": _O, "duration_minutes": _O},
    Intent.reschedule: {**_BASE, "proposed_times": _O},
    Intent.shorten: {**_BASE, "duration_minutes": _R},
    Intent.switch_to_call: {**_BASE, "proposed_times": _O},
    Intent.switch_to_email: {**_BASE, "proposed_times": _O},
    Intent.delegate: {**_BASE, "colleague_name": _R},
    Intent.no_show_followup: {**_BASE, "proposed_times": _O, "policy": _O},
    Intent.late_cancellation: {**_BASE, "proposed_times": _O, "policy": _O},
    # Stating the policy to a new client needs no meeting; with one, the policy is tied to it.
    Intent.cancellation_policy: {**_BASE, "meeting": _O, "meeting_time": _O, "policy": _R},
}

# What a required field means, for the message that says it is missing.
FIELD_PURPOSE: dict[str, str] = {
    "recipient_name": "the client's name",
    "sender_name": "your name, for the signature",
    "meeting": "what the meeting is about",
    "meeting_time": "when the meeting is",
    "duration_minutes": "the shorter length offered, in minutes",
    "colleague_name": "the colleague who takes over",
    "policy": "at least one of notice_hours, fee_percent, deposit_percent",
}


def fields_for(intent: Intent | str) -> dict[str, Need]:
    """The fields an intent uses, each required or optional (the one table, looked up)."""
    return INTENT_FIELDS[Intent(intent)]


def required_fields(intent: Intent | str) -> frozenset[str]:
    return frozenset(f for f, need in fields_for(intent).items() if need is Need.required)


# Kept for callers that only want the one field beyond the base an intent cannot do without.
INTENT_REQUIRES: dict[Intent, tuple[str, str]] = {
    i: (f, FIELD_PURPOSE[f])
    for i in Intent
    for f in sorted(required_fields(i) - {k for k, n in _BASE.items() if n is Need.required})
}

_Text = Field(min_length=1, max_length=300)


# ---------------------------------------------------------------- strict input (hostile-input rules, issue 14)
# Text fields: no lone surrogates, NUL, control characters, line breaks or direction overrides (none is a
# multi-line field); numbers: no true/false, NaN or infinity, text only as plain digits. Bad values are quoted
# short. The checks themselves live in composer.textsafe; this only applies them.

MAX_TIME_CHARS = 200  # one proposed time
MAX_TIMES = 10
_PLAIN_DIGITS = re.compile(r"[0-9]+(?:\.[0-9]+)?")


MULTILINE_FIELDS = frozenset({"reason"})  # free text a user may paste in several lines: newline and tab allowed


def _strict_text(v: Any, *, multiline: bool = False) -> Any:
    if isinstance(v, str):
        from composer.textsafe import problem

        if multiline:
            v = v.replace("\r\n", "\n")
        why = problem(v.strip(" "), multiline=multiline)
        if why:
            raise ValueError(why)
    return v


def _strict_number(v: Any) -> Any:
    from composer.textsafe import quote

    if isinstance(v, bool):
        raise ValueError(f"{str(v).lower()} is not a number; give a plain number")
    if isinstance(v, float) and not math.isfinite(v):
        raise ValueError(f"{v} is not a number; give a plain number")
    if isinstance(v, str):
        if not _PLAIN_DIGITS.fullmatch(v.strip()):
            raise ValueError(f"{quote(v)} is not a plain number; write digits only, e.g. 24 or 12.5")
        return v.strip()
    return v


def _strict_times(v: Any) -> Any:
    if isinstance(v, list):
        from composer.textsafe import quote

        if len(v) > MAX_TIMES:
            raise ValueError(f"{len(v)} times given, at most {MAX_TIMES}; keep the best {MAX_TIMES}")
        for i, t in enumerate(v):
            if isinstance(t, str) and len(t) > MAX_TIME_CHARS:
                raise ValueError(f"entry {i}: {quote(t)} is longer than {MAX_TIME_CHARS} characters; shorten it")
            if isinstance(t, str):
                try:
                    _strict_text(t)
                except ValueError as e:
                    raise ValueError(f"entry {i}: {e}") from None
    return v


# ---------------------------------------------------------------- end of strict input


class Policy(BaseModel):
    """The sender's cancellation policy; every number is quoted in drafts as given."""

    model_config = ConfigDict(extra="forbid")

    notice_hours: float | None = Field(default=None, ge=0, le=24 * 365)
    fee_percent: float | None = Field(default=None, ge=0, le=100)
    deposit_percent: float | None = Field(default=None, ge=0, le=100)

    _strict = field_validator("notice_hours", "fee_percent", "deposit_percent", mode="before")(
        classmethod(lambda cls, v: _strict_number(v))
    )

    def is_empty(self) -> bool:
        return self.notice_hours is None and self.fee_percent is None and self.deposit_percent is None


class Situation(BaseModel):
    """Everything the user tells Tactful; the only source of facts a draft may use."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    id: str | None = Field(default=None, max_length=200)
    language: Language
    intent: Intent
    recipient_name: str = _Text
    sender_name: str = _Text
    meeting: str | None = Field(default=None, min_length=1, max_length=300)
    meeting_time: str | None = Field(default=None, min_length=1, max_length=200)
    reason: str | None = Field(default=None, max_length=500)
    proposed_times: list[str] = Field(default_factory=list, max_length=10)
    duration_minutes: int | None = Field(default=None, gt=0, le=600)
    colleague_name: str | None = Field(default=None, max_length=300)
    policy: Policy | None = None
    tone: Tone
    relationship: Relationship
    client_move: ClientMove | None = None  # only with intent reschedule: the client asked to move (see ClientMove)

    _strict_text = field_validator(
        "id", "recipient_name", "sender_name", "meeting", "meeting_time", "reason", "colleague_name", mode="before"
    )(classmethod(lambda cls, v, info: _strict_text(v, multiline=info.field_name in MULTILINE_FIELDS)))
    _strict_number = field_validator("duration_minutes", mode="before")(classmethod(lambda cls, v: _strict_number(v)))

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, v: Any) -> Any:
        # Spreadsheets and JSON often carry numeric ids; keep them, as text.
        if isinstance(v, int | float) and not isinstance(v, bool):
            return str(int(v)) if float(v).is_integer() else str(v)
        return v

    @field_validator("reason", "colleague_name", "id", mode="after")
    @classmethod
    def _blank_is_none(cls, v: str | None) -> str | None:
        return v if v else None

    @field_validator("proposed_times", mode="before")
    @classmethod
    def _times_list(cls, v: Any) -> Any:
        if v is None:
            return []
        if isinstance(v, str):
            v = v.split("|")
        if isinstance(v, list):
            # blank entries go; anything else stays in place, so an error names the right index
            return _strict_times([t.strip() if isinstance(t, str) else t for t in v if not (isinstance(t, str) and not t.strip())])
        return v

    @model_validator(mode="after")
    def _intent_needs(self) -> Situation:
        for name, need in INTENT_FIELDS[self.intent].items():
            if need is not Need.required:
                continue
            value = getattr(self, name)
            missing = value is None or (isinstance(value, Policy) and value.is_empty())
            if not missing:
                continue
            if name in ("meeting", "meeting_time"):
                raise ValueError(f"{name}: field required ({FIELD_PURPOSE[name]})")
            raise ValueError(f"{name} is required when intent is '{self.intent.value}' ({FIELD_PURPOSE[name]})")
        if self.client_move is not None and self.intent is not Intent.reschedule:
            raise ValueError(f"client_move answers a client's request to move; it goes with intent 'reschedule', not '{self.intent.value}'")
        if self.client_move is ClientMove.accept and not self.proposed_times:
            raise ValueError("client_move 'accept' needs the client's time in proposed_times")
        return self

    @property
    def topic(self) -> Topic:
        return INTENT_TOPIC[self.intent]


class Strategy(StrEnum):
    """The advice a passage gives; the built-in writer turns these into moves in the message."""

    call = "call"  # turn the meeting into a phone call
    shorter = "shorter"  # keep it, but shorter
    email = "email"  # handle it by email for now (maybe a call later)
    colleague = "colleague"  # a colleague who takes over, fully briefed
    weigh_relationship = "weigh_relationship"  # how important is the client; key clients get an alternative
    valid_reason = "valid_reason"  # is the reason really valid
    limit_time = "limit_time"  # rather than cancel outright, limit the time it takes
    reach_out = "reach_out"  # contact a client who did not show; there may be a good reason
    waiting_limit = "waiting_limit"  # say how long you will wait
    reschedule = "reschedule"  # follow up with how to set a new time
    video_phone = "video_phone"  # offer video or phone; send the link ahead
    policy = "policy"  # state a cancellation policy: deposit, partial fee, notice period
    expectations = "expectations"  # set clear expectations about time and availability


class Passage(BaseModel):
    """One guidance passage as retrieved for a situation."""

    id: str
    text: str
    source: str  # file the passage came from, e.g. "000_c2c2ca0380bb3e56.txt" or "notes/en.md"
    language: Language
    topic: Topic
    origin: Literal["article", "note"] = "article"  # a source article, or the project's own note
    heading: str | None = None
    strategies: list[Strategy] = Field(default_factory=list)
    score: float = 0.0
    cross_language: bool = False  # True when it is not in the situation's language


class Usage(BaseModel):
    """Tokens spent and time taken for one draft."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    latency_ms: float = 0.0
    attempts: int = 1


class Draft(BaseModel):
    """A ready-to-send message and how it was made."""

    subject: str
    body: str
    language: Language
    intent: Intent
    writer: str  # "builtin" or the model name
    guidance: list[Passage] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    usage: Usage | None = None


class BatchLine(BaseModel):
    """One line of batch output: a draft or the reason there is none."""

    id: str
    subject: str | None = None
    body: str | None = None
    language: str | None = None
    intent: str | None = None
    writer: str | None = None
    warnings: list[str] = Field(default_factory=list)
    error: str | None = None

    @classmethod
    def from_draft(cls, id: str, draft: Draft) -> BatchLine:
        return cls(
            id=id,
            subject=draft.subject,
            body=draft.body,
            language=draft.language.value,
            intent=draft.intent.value,
            writer=draft.writer,
            warnings=list(draft.warnings),
        )
