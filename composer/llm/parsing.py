"""Pure reading of model replies: {subject, body} from a parsed structure, JSON text or 'Subject:' text.

Servers differ in what they honour, so every reply gets the same last resort: whatever the mode, plain
content is parsed as JSON when it looks like JSON and as 'Subject: ...' text otherwise.
"""

from __future__ import annotations

import json
import re
from typing import Any

from langchain_core.messages import AIMessage
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from composer.guard import SUBJECT_LABEL

_SUBJECT_LINE = re.compile(rf"^\s*(?:\*\*)?\s*{SUBJECT_LABEL}\s*(?:\*\*)?\s*:\s*(?:\*\*)?\s*(.*?)\s*(?:\*\*)?\s*$", re.IGNORECASE)
_THINK = re.compile(r"<think(?:ing)?>.*?(?:</think(?:ing)?>|\Z)", re.DOTALL | re.IGNORECASE)
_FENCE = re.compile(r"^\s*```[a-zA-Z]*\s*\n(.*?)\n\s*```\s*$", re.DOTALL)


class MalformedReply(Exception):
    """The endpoint answered with nothing that reads as a subject and a body (worth another try)."""


class DraftOut(BaseModel):
    """The email to send: its subject line and its whole body."""

    # Reading stays lenient (extra keys a model adds are ignored); the schema sent asks for exactly these two.
    model_config = ConfigDict(
        extra="ignore", str_strip_whitespace=True, title="email_draft", json_schema_extra={"additionalProperties": False}
    )

    subject: str = Field(description="The subject line.")
    body: str = Field(description="The whole email: greeting, paragraphs, closing and signature.")


# The schema sent for json_schema, tool calling and the Batch API: the model above, strict-mode compatible.
DRAFT_SCHEMA: dict[str, Any] = DraftOut.model_json_schema()


def clean(out: DraftOut) -> DraftOut:
    """Tidy what models add around the real text: quotes, bold, a repeated 'Subject:' line, escaped newlines."""
    subject = out.subject.strip().strip('"*').strip()
    m = _SUBJECT_LINE.match(subject)
    if m:
        subject = m.group(1)
    subject = " ".join(subject.split())
    body = out.body.replace("\r\n", "\n").strip()
    if "\n" not in body and "\\n" in body:
        body = body.replace("\\n", "\n")
    lines = body.split("\n")
    if lines and _SUBJECT_LINE.match(lines[0]):
        body = "\n".join(lines[1:]).strip()
    return DraftOut(subject=subject, body=body)


def parse_text(text: str) -> DraftOut | None:
    """'Subject: ...' on the first line, then the body; a reply without a subject line keeps an empty subject."""
    lines = _unfence(text).strip().splitlines()
    if not lines:
        return None
    m = _SUBJECT_LINE.match(lines[0])
    subject, rest = (m.group(1), lines[1:]) if m else ("", lines)
    body = "\n".join(rest).strip()
    return clean(DraftOut(subject=subject, body=body)) if body else None


def parse_json_text(text: str) -> DraftOut | None:
    """A {"subject", "body"} object, also inside a code fence or surrounded by chatter."""
    t = _unfence(text).strip()
    for candidate in (t, t[t.find("{") : t.rfind("}") + 1] if "{" in t else ""):
        if not candidate:
            continue
        try:
            return from_data(json.loads(candidate))
        except (json.JSONDecodeError, TypeError):
            continue
    return None


def from_data(value: Any) -> DraftOut | None:
    try:
        out = clean(DraftOut.model_validate(value))
    except ValidationError:
        return None
    return out if out.body else None


def strip_think(text: str) -> str:
    """Reasoning models' <think>...</think> blocks (an unclosed one runs to the end) are never part of the email."""
    return _THINK.sub("", text) if "<think" in text.lower() else text


def parse_content(text: str) -> DraftOut | None:
    """JSON when the content looks like JSON, 'Subject:' text otherwise; <think> blocks dropped first."""
    t = _unfence(strip_think(text).strip()).strip()
    if t.startswith("{") or '{"subject"' in t.replace(" ", ""):
        return parse_json_text(t)
    return parse_text(t)


def read_reply(msg: AIMessage) -> tuple[DraftOut | None, dict[str, int]]:
    """Subject/body and token usage from a chat model's reply, whichever output mode produced it."""
    return _from_message(msg), dict(msg.usage_metadata or {})


def _from_message(msg: AIMessage) -> DraftOut | None:
    for call in msg.tool_calls:
        out = from_data(call.get("args"))
        if out is not None:
            return out
    for bad in msg.invalid_tool_calls:
        args = bad.get("args")
        if isinstance(args, str):
            out = parse_json_text(args)
            if out is not None:
                return out
    return parse_content(msg.text) if msg.text.strip() else None


def _unfence(text: str) -> str:
    m = _FENCE.match(text)
    return m.group(1) if m else text


class BodyStream:
    """Turns streamed 'Subject: ...' text into body text as it arrives: the subject line is held back,
    <think> blocks are dropped, and a reply that turns out to be JSON (or fenced) is held whole (`held`), so
    raw JSON never reaches the screen; the caller then shows the parsed body."""

    def __init__(self) -> None:
        self._head = ""  # text before the first newline, while we do not know if it is a subject line
        self._state = "head"  # head -> gap (blank lines after the subject) -> body; or held
        self._pending = ""  # text that may be the start of a <think> tag
        self._thinking = False
        self.held = False

    def feed(self, text: str) -> str:
        return self._route(self._unthink(text))

    def _unthink(self, text: str) -> str:
        """Drop <think>...</think> across chunk boundaries."""
        text = self._pending + text
        self._pending = ""
        out = []
        while text:
            if self._thinking:
                end = re.search(r"</think(?:ing)?>", text, re.IGNORECASE)
                if end is None:
                    self._pending = text[-12:] if "<" in text[-12:] else ""
                    return "".join(out)
                text, self._thinking = text[end.end() :], False
                continue
            start = re.search(r"<think(?:ing)?>", text, re.IGNORECASE)
            if start is None:
                cut = text.rfind("<")
                if cut >= 0 and len(text) - cut < 11 and "<thinking>"[: len(text) - cut].startswith(text[cut:].lower()):
                    self._pending, text = text[cut:], text[:cut]
                out.append(text)
                break
            out.append(text[: start.start()])
            text, self._thinking = text[start.end() :], True
        return "".join(out)

    def _route(self, text: str) -> str:
        if self._state == "held":
            return ""
        if self._state == "body":
            return text
        if self._state == "head":
            self._head = (self._head + text).lstrip()
            if self._head.startswith(("{", "`", "[")):
                self._state, self.held = "held", True
                return ""
            if "\n" not in self._head:
                return ""
            first, rest = self._head.split("\n", 1)
            if not _SUBJECT_LINE.match(first):
                self._state = "body"
                return self._head
            self._state, text = "gap", rest
        text = text.lstrip("\n\r \t")
        if text:
            self._state = "body"
        return text

    def finish(self) -> str:
        """What is still held back when the stream ends (a one-line reply without a subject)."""
        if self._state == "head" and self._head and not _SUBJECT_LINE.match(self._head):
            return self._head
        return ""
