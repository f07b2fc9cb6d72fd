"""An Extraction shown to people (readable text) and to programs (JSON with every evidence span)."""

from __future__ import annotations

from typing import Any

from composer.messages.models import FIELDS, Evidence, Extraction


def as_json(found: Extraction) -> dict[str, Any]:
    """Fields at the top (null when not found), then kind, intents, missing and the evidence per field."""
    out: dict[str, Any] = {name: getattr(found, name) for name in FIELDS}
    out["proposed_times"] = list(found.proposed_times)
    out["tone"] = found.tone
    out["kind"] = found.kind.value
    out["late"] = found.late
    out["suggested_intents"] = [i.value for i in found.suggested_intents]
    out["missing"] = list(found.missing)
    out["evidence"] = {k: ([e.model_dump() for e in v] if isinstance(v, list) else v.model_dump()) for k, v in found.evidence.items()}
    out["dropped"] = list(found.dropped)
    out["warnings"] = list(found.warnings)
    out["extractor"] = found.extractor
    h = found.headers
    out["reply_to"] = {"address": h.from_address, "message_id": h.message_id, "subject": h.subject}
    return out


def _where(e: Evidence) -> str:
    place = "" if e.source == "body" else f"{e.source} header, "
    when = f", means {e.resolved}" if e.resolved else ""
    return f"({place}chars {e.start}-{e.end}, confidence {e.confidence:.2f}{when})"


def as_text(found: Extraction) -> str:
    lines = [f"Kind: {found.kind.value}{' (late)' if found.late else ''}"]
    if found.suggested_intents:
        lines.append("Suggested intents: " + ", ".join(i.value for i in found.suggested_intents))
    for name in (*FIELDS, "tone"):
        value = getattr(found, name)
        ev = found.evidence.get(name)
        if not value:
            continue
        if isinstance(ev, list):
            lines.append(f"{name}:")
            for v, e in zip(value, ev):
                lines.append(f"  - {v}  {_where(e)}")
        else:
            lines.append(f"{name}: {value}  {_where(ev) if ev else ''}".rstrip())
    if found.missing:
        lines.append("Missing: " + ", ".join(found.missing))
    for d in found.dropped:
        lines.append(f"Dropped (not in the message): {d}")
    for w in found.warnings:
        lines.append(f"Warning: {w}")
    return "\n".join(lines)
