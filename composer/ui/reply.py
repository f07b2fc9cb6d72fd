"""The "Reply to a message" box: a pasted client message or a dropped .eml -> values for the form.

Reading the facts out of a message is composer.messages' job (the extract helper's module, not merged
here yet); `extract` is the one adapter the page calls, so wiring it is a change to this file only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from email import message_from_bytes
from email.policy import default as default_policy
from email.utils import parseaddr
from typing import Any

MAX_MESSAGE = 20_000  # characters read from a pasted or dropped message


@dataclass(frozen=True)
class Found:
    """One form field read from the message: the value (a verbatim span) and how sure the reader is."""

    value: Any
    confidence: float
    span: str = ""


@dataclass(frozen=True)
class Extracted:
    """What the reader found (per form field), what it could not find, and any note for the user."""

    fields: dict[str, Found] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    note: str | None = None


@dataclass(frozen=True)
class Message:
    """A message as the reader gets it: the text, and the sender when an .eml names one."""

    text: str
    sender_name: str | None = None
    sender_email: str | None = None
    subject: str | None = None


def from_eml(data: bytes) -> Message:
    """The plain-text body and From: of an .eml (the first text/plain part; HTML-only mail gives no text)."""
    msg = message_from_bytes(data, policy=default_policy)
    part = msg.get_body(preferencelist=("plain",))
    text = part.get_content() if part is not None else ""
    name, addr = parseaddr(str(msg.get("From", "")))
    return Message(text=str(text)[:MAX_MESSAGE], sender_name=name or None, sender_email=addr or None,
                   subject=str(msg.get("Subject", "")) or None)


def available() -> bool:
    """Whether the message reader (composer.messages) is installed in this version."""
    try:
        import composer.messages  # noqa: F401
    except ImportError:
        return False
    return True


def extract(message: Message) -> Extracted:
    """The form values the message gives. Until composer.messages is wired, only the .eml's sender is read."""
    fields: dict[str, Found] = {}
    if message.sender_name:
        fields["recipient_name"] = Found(message.sender_name, 1.0, message.sender_name)
    if message.sender_email:
        fields["recipient_email"] = Found(message.sender_email, 1.0, message.sender_email)
    if not available():
        return Extracted(fields, [], "Reading the facts out of a message is not available in this version: "
                                     "the sender was filled in; type the rest.")
    # TODO(lead): wire composer.messages here once merged, e.g.
    #   result = composer.messages.extract(message.text); fields |= {name: Found(span.value, span.confidence,
    #   span.text) for name, span in result.fields.items()}; missing = result.missing
    return Extracted(fields, [], "The message reader is installed but not wired to the page yet.")
