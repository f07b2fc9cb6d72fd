"""This session's versions of the draft, newest first: drafted, refined, chosen, and edited by the user.

Plain data (dicts) so it survives Streamlit re-importing composer; Undo steps back one version, Restore
jumps to any; nothing is ever dropped but the oldest beyond the limit.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import Any

from composer.models import Draft, Situation

LIMIT = 50


def entry(draft: Draft, situation: Situation, action: str, *, tz: tzinfo | None = None,
          when: datetime | None = None, to: str | None = None) -> dict[str, Any]:
    """One version: what was made, how, when (in the user's time zone), and all it takes to restore it."""
    when = when or datetime.now(tz)
    return {
        "time": when.strftime("%H:%M:%S"),
        "action": action,
        "intent": draft.intent.value,
        "language": draft.language.value,
        "recipient": situation.recipient_name,
        "subject": draft.subject,
        "body": draft.body,
        "writer": draft.writer,
        "draft": draft.model_dump(mode="json"),
        "situation": situation.model_dump(mode="json"),
        "to": to,
    }


def push(history: Sequence[dict[str, Any]], item: dict[str, Any], *, limit: int = LIMIT) -> list[dict[str, Any]]:
    """Newest first; a version identical in text to the newest one is not repeated; at most `limit` kept."""
    items = list(history)
    if items and items[0]["subject"] == item["subject"] and items[0]["body"] == item["body"]:
        return items
    return [item, *items][:limit]


def is_edited(draft: Draft, subject: str | None, body: str | None) -> bool:
    """The user changed the subject or the body shown for `draft`."""
    return (subject is not None and subject != draft.subject) or (body is not None and body != draft.body)


def edited(draft: Draft, subject: str | None, body: str | None) -> Draft:
    """The draft with the user's edits, so refining, copying and downloads start from what they see."""
    update: dict[str, str] = {}
    if subject is not None and subject != draft.subject:
        update["subject"] = subject
    if body is not None and body != draft.body:
        update["body"] = body
    return draft.model_copy(update=update) if update else draft
