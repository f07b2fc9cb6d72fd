"""Extraction with the configured LLM's help: it reads the message like a person, but only its values that
are verbatim spans of the message are kept; every other value is dropped and reported. The rules fill
whatever the LLM left out, and the language is always lingua's (deterministic)."""

from __future__ import annotations

import json
import logging
import re
from datetime import date, datetime
from importlib import resources
from typing import Any

from composer.config import Settings
from composer.errors import EndpointError
from composer.messages.extract import LOOKED_FOR, extract, reference_date
from composer.messages.models import Evidence, Extraction, Kind, Message
from composer.messages.times import find_times
from composer.messages import classify
from composer.models import Language

log = logging.getLogger("composer.messages")
# The structured-output schema (strict: every key present, null when the message does not say it).
SCHEMA: dict[str, Any] = {
    "title": "client_message_facts",
    "description": "Facts copied verbatim from a client's e-mail about a meeting.",
    "type": "object",
    "properties": {
        "recipient_name": {"type": ["string", "null"]},
        "sender_name": {"type": ["string", "null"]},
        "meeting": {"type": ["string", "null"]},
        "meeting_time": {"type": ["string", "null"]},
        "proposed_times": {"type": "array", "items": {"type": "string"}},
        "kind": {"type": "string", "enum": [k.value for k in Kind]},
    },
    "required": ["recipient_name", "sender_name", "meeting", "meeting_time", "proposed_times", "kind"],
    "additionalProperties": False,
}
_STRING_FIELDS = ("recipient_name", "sender_name", "meeting", "meeting_time")
_SOURCES = {"recipient_name": ("from", "body"), "sender_name": ("to", "body"), "meeting": ("body", "subject"),
            "meeting_time": ("body", "subject"), "proposed_times": ("body",)}


def extract_message(msg: Message, *, settings: Settings, today: date | datetime | None = None,
                    use_llm: bool | None = None) -> Extraction:
    """The rules' extraction, improved by the LLM when one is configured (or `use_llm` is set)."""
    found = extract(msg, today=today)
    if use_llm is False or (use_llm is None and not settings.llm_configured):
        return found
    try:
        answer = ask(msg, settings)
    except EndpointError as e:
        found.warnings.append(f"the LLM could not be asked ({e}); the rules' reading is shown")
        return found
    if answer is None:
        found.warnings.append("the LLM's answer was not a JSON object; the rules' reading is shown")
        return found
    return merge(found, msg, answer, reference_date(msg, today), model=settings.model)


def prompt(msg: Message) -> list[tuple[str, str]]:
    system = resources.files("composer").joinpath("prompts/extract.md").read_text(encoding="utf-8")
    h = msg.headers
    head = "\n".join(f"{k}: {v}" for k, v in (("Subject", h.subject), ("From", h.from_), ("To", h.to), ("Date", h.date)) if v)
    end = msg.quoted_start if msg.quoted_start is not None else len(msg.body)
    text = msg.body[msg.new_start:end]
    return [("system", system), ("user", f"{head}\n\n{text}".strip())]


def ask(msg: Message, settings: Settings) -> dict[str, Any] | None:
    """The LLM's reading as a dict (structured output, else JSON mode, else text), or None when it is not JSON."""
    import openai

    from composer.llm.client import ChatClient, to_langchain

    client = ChatClient(settings, backoff=settings.retry_backoff)
    messages = to_langchain(prompt(msg))
    chat = client._sync.model  # the client's configured ChatOpenAI; retries and errors are the client's own
    structured = chat.with_structured_output(SCHEMA, method="json_schema", strict=True)
    bound = getattr(structured, "first", structured)  # the model bound to response_format; we read the reply
    # structured output first; a server that refuses it (400) gets JSON mode, then plain text
    attempts = (bound, chat.bind(response_format={"type": "json_object"}), chat)
    result = None
    for i, runnable in enumerate(attempts):
        try:
            result = client._retried(lambda: runnable.invoke(messages))
            break
        except EndpointError as e:
            if e.status not in (400, 422) or i == len(attempts) - 1:
                raise
        except openai.BadRequestError:
            if i == len(attempts) - 1:
                raise
    assert result is not None
    content = result.content if isinstance(result.content, str) else json.dumps(result.content)
    m = re.search(r"\{.*\}", content, re.DOTALL)
    if not m:
        return None
    try:
        data = json.loads(m.group(0))
    except json.JSONDecodeError:
        return None
    return data if isinstance(data, dict) else None


def locate(msg: Message, value: str, sources: tuple[str, ...]) -> Evidence | None:
    """Where `value` is written in the message (exactly, else ignoring case), or None."""
    value = value.strip()
    if not value:
        return None
    for src in sources:
        part = msg.part(src)
        lo, hi = (msg.new_start, msg.quoted_start or len(part)) if src == "body" else (0, len(part))
        i = part.find(value, lo, hi)
        if i < 0:
            i = part.lower().find(value.lower(), lo, hi)
        if i >= 0:
            return Evidence(text=part[i:i + len(value)], start=i, end=i + len(value), source=src, confidence=0.8)
    return None


def merge(found: Extraction, msg: Message, answer: dict[str, Any], ref: datetime, *, model: str) -> Extraction:
    """The LLM's span-checked values over the rules' ones; non-span values dropped and listed."""
    out = found.model_copy(deep=True)
    lang = Language(out.language) if out.language else Language.en
    for name in _STRING_FIELDS:
        value = answer.get(name)
        if value in (None, "", []):
            continue
        if not isinstance(value, str):
            out.dropped.append(f"{name}: {value!r} is not text")
            continue
        ev = locate(msg, value, _SOURCES[name])
        if ev is None:
            out.dropped.append(f"{name}: {value!r} is not in the message")
            continue
        if name == "meeting_time":
            ev = _resolved(ev, lang, ref)
        setattr(out, name, ev.text)
        out.evidence[name] = ev
    times = answer.get("proposed_times")
    if isinstance(times, list) and times:
        kept: list[Evidence] = []
        for value in times:
            ev = locate(msg, value, _SOURCES["proposed_times"]) if isinstance(value, str) else None
            if ev is None:
                out.dropped.append(f"proposed_times: {value!r} is not in the message")
            elif ev.text not in [k.text for k in kept]:
                kept.append(_resolved(ev, lang, ref))
        if kept:
            out.proposed_times = [k.text for k in kept]
            out.evidence["proposed_times"] = kept
    kind = answer.get("kind")
    if isinstance(kind, str) and kind in Kind.__members__ and out.kind is Kind.other:
        out.kind = Kind(kind)
        out.suggested_intents = classify.intents_for(out.kind, late=out.late, past=out.kind is Kind.absence_notice)
    out.missing = [f for f in LOOKED_FOR if not getattr(out, f)]
    out.extractor = f"rules+{model}"
    return out


def _resolved(ev: Evidence, lang: Language, ref: datetime) -> Evidence:
    spans = find_times(ev.text, lang, ref)
    when = spans[0].resolved if spans else None
    return ev.model_copy(update={"resolved": when.isoformat() if when is not None else None})
