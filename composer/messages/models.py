"""Typed shapes of a client's message and of what was found in it."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from composer.models import Intent, Language


class Kind(StrEnum):
    """What the client's message does."""

    invitation = "invitation"  # invites or asks for a meeting
    reschedule_request = "reschedule_request"  # asks to move an agreed meeting
    cancellation = "cancellation"  # cancels a meeting
    absence_notice = "absence_notice"  # did not come, or says they will be absent
    policy_question = "policy_question"  # asks about the cancellation policy
    other = "other"


class Evidence(BaseModel):
    """Where a value was read: a verbatim span of one part of the message, and how sure the reading is."""

    model_config = ConfigDict(frozen=True)

    text: str
    start: int
    end: int
    source: str = "body"  # body, subject, from, to
    confidence: float = Field(ge=0, le=1)
    resolved: str | None = None  # for times: the ISO date or datetime it means, when known


class Headers(BaseModel):
    """The headers a reply needs (decoded); empty for pasted text without a header block."""

    subject: str | None = None
    from_: str | None = Field(default=None, alias="from")
    to: str | None = None
    from_name: str | None = None
    from_address: str | None = None
    to_name: str | None = None
    to_address: str | None = None
    date: str | None = None
    message_id: str | None = None
    references: list[str] = Field(default_factory=list)
    # Headers the message has but that could not be read safely (a line break smuggled into a name, a bad encoding).
    unreadable: list[str] = Field(default_factory=list)

    model_config = ConfigDict(populate_by_name=True)


class Message(BaseModel):
    """A client's message, read: its headers, its body text, and where in the body the new message is."""

    headers: Headers = Field(default_factory=Headers)
    body: str  # the text every body span's offsets refer to
    new_start: int = 0
    new_end: int = 0  # the client's new words, without greeting-free quotes, signature boilerplate or history
    closing_start: int | None = None  # the sign-off line ("Best regards,") when there is one
    signature_start: int | None = None  # the "-- " signature block, when there is one
    forwarded_start: int | None = None  # a forwarded message (an invitation passed on), when there is one
    quoted_start: int | None = None  # the earlier messages quoted below, when there are any
    is_eml: bool = False
    warnings: list[str] = Field(default_factory=list)  # what could not be read as written, and what was done instead

    @property
    def new_text(self) -> str:
        return self.body[self.new_start:self.new_end]

    def part(self, source: str) -> str:
        """The text a span with this source refers to."""
        if source == "body":
            return self.body
        return {"subject": self.headers.subject, "from": self.headers.from_, "to": self.headers.to}.get(source) or ""


FIELDS = ("language", "recipient_name", "sender_name", "meeting", "meeting_time", "proposed_times")


class Extraction(BaseModel):
    """What a client's message says, each value a verbatim span with its evidence; what is not there is missing."""

    language: str | None = None
    recipient_name: str | None = None  # the client (who wrote the message)
    sender_name: str | None = None  # the user (whom the message is to), when named
    meeting: str | None = None
    meeting_time: str | None = None
    proposed_times: list[str] = Field(default_factory=list)
    tone: str | None = None  # from the client's greeting (formal/friendly), a suggestion for the reply
    kind: Kind = Kind.other
    late: bool = False  # a cancellation close to the meeting time
    suggested_intents: list[Intent] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)
    evidence: dict[str, Evidence | list[Evidence]] = Field(default_factory=dict)
    dropped: list[str] = Field(default_factory=list)  # LLM values that were not spans of the message
    warnings: list[str] = Field(default_factory=list)
    headers: Headers = Field(default_factory=Headers)
    extractor: str = "rules"  # "rules", or "rules+<model>" when an LLM was asked too

    def fields(self) -> dict[str, object]:
        """The situation fields found (only those), ready to merge into a situation dict."""
        out: dict[str, object] = {}
        for name in FIELDS:
            value = getattr(self, name)
            if value:
                out[name] = value
        if self.tone:
            out["tone"] = self.tone
        return out


__all__ = ["FIELDS", "Evidence", "Extraction", "Headers", "Kind", "Language", "Message"]
