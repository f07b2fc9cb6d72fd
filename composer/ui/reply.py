"""The "Reply to a message" box: a pasted client message or a dropped .eml -> values for the form.

Reading the facts out of a message is composer.messages' job (the extract helper's module, not merged on
this branch): `extract` is the one adapter the page calls. When composer.messages is importable it is used
(its Extraction: fields, evidence spans with confidence, `missing`); until then only an .eml's From: is read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from email import message_from_bytes
from email.policy import default as default_policy
from email.utils import parseaddr
from typing import Any

from composer.errors import TactfulError

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
    kind: str | None = None  # what the message does (composer.messages.Kind): a move request is answered as one


@dataclass(frozen=True)
class Incoming:
    """A message as the reader gets it: the text, and the sender when an .eml names one."""

    text: str
    raw: bytes | str = ""  # what composer.messages reads: the .eml bytes or the pasted text
    sender_name: str | None = None
    sender_email: str | None = None
    subject: str | None = None


def from_eml(data: bytes) -> Incoming:
    """The plain-text body and From: of an .eml (the first text/plain part; HTML-only mail gives no text)."""
    msg = message_from_bytes(data, policy=default_policy)
    part = msg.get_body(preferencelist=("plain",))
    text = part.get_content() if part is not None else ""
    name, addr = parseaddr(str(msg.get("From", "")))
    return Incoming(text=str(text)[:MAX_MESSAGE], raw=data, sender_name=name or None, sender_email=addr or None,
                   subject=str(msg.get("Subject", "")) or None)


def pasted(text: str) -> Incoming:
    text = text[:MAX_MESSAGE]
    return Incoming(text=text, raw=text)


def _reader() -> Any | None:
    """composer.messages when it is installed (None before the extract helper's work is merged)."""
    try:
        import composer.messages as messages
    except ImportError:
        return None
    return messages


def available() -> bool:
    """Whether the message reader (composer.messages) is installed in this version."""
    return _reader() is not None


# Extraction fields the form has, in the form's names.
_FIELDS = ("language", "recipient_name", "sender_name", "meeting", "meeting_time", "tone")


def _evidence(extraction: Any, name: str) -> tuple[float, str]:
    ev = (getattr(extraction, "evidence", None) or {}).get(name)
    if isinstance(ev, list):
        ev = ev[0] if ev else None
    if ev is None:
        return 1.0, ""
    return float(getattr(ev, "confidence", 1.0)), str(getattr(ev, "text", ""))


def from_extraction(extraction: Any) -> Extracted:
    """composer.messages' Extraction as form values: each value with its confidence and the span it came from."""
    fields: dict[str, Found] = {}
    for name in _FIELDS:
        value = getattr(extraction, name, None)
        if value:
            fields[name] = Found(getattr(value, "value", value), *_evidence(extraction, name))
    times = list(getattr(extraction, "proposed_times", None) or [])
    if times:
        fields["proposed_times"] = Found(times, *_evidence(extraction, "proposed_times"))
    intents = list(getattr(extraction, "suggested_intents", None) or [])
    if intents:
        fields["intent"] = Found(getattr(intents[0], "value", intents[0]), 0.5, "")
    headers = getattr(extraction, "headers", None)
    address = getattr(headers, "from_address", None) if headers is not None else None
    if address:
        fields["recipient_email"] = Found(address, 1.0, address)
    warnings = list(getattr(extraction, "warnings", None) or [])
    kind = getattr(extraction, "kind", None)
    return Extracted(fields, list(getattr(extraction, "missing", None) or []), "; ".join(warnings) or None,
                     getattr(kind, "value", kind))


def client_move(kind: str | None, theirs: list[str], values: dict[str, Any]) -> str | None:
    """The form's answer to a client's move request (composer.messages.situation.move_for decides)."""
    reader = _reader()
    if reader is None or not kind:
        return None
    from composer.messages.situation import move_for

    ours = [t.strip() for t in values.get("proposed_times") or [] if t and t.strip()]
    intent = getattr(values.get("intent"), "value", values.get("intent"))
    move = move_for(kind, theirs, ours, intent)
    return move.value if move is not None else None


def extract(message: Incoming) -> Extracted:
    """The form values the message gives (composer.messages when installed; else the .eml's sender only)."""
    reader = _reader()
    if reader is not None:
        try:
            return from_extraction(reader.extract(message.raw or message.text))
        except TactfulError as e:
            return Extracted({}, [], str(e))
    fields: dict[str, Found] = {}
    if message.sender_name:
        fields["recipient_name"] = Found(message.sender_name, 1.0, message.sender_name)
    if message.sender_email:
        fields["recipient_email"] = Found(message.sender_email, 1.0, message.sender_email)
    return Extracted(fields, [], "Reading the facts out of a message is not available in this version: "
                                 "the sender was filled in; type the rest.")
