"""A situation dict from a client's message: what the message says, under what the user states explicitly."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from composer.messages.extract import extract
from composer.messages.models import Extraction, Kind, Message
from composer.models import FIELD_PURPOSE, ClientMove, Intent, Policy, fields_for, required_fields

# Applied only when neither the user nor the message gives them; listed in `defaults` so the user sees them.
DEFAULTS: dict[str, str] = {"tone": "formal", "relationship": "regular"}


def situation_from_message(
    message: Message | Extraction | bytes | str,
    overrides: Mapping[str, Any] | None = None,
    *,
    intent: Intent | str | None = None,
    today: date | datetime | None = None,
    defaults: bool = True,
) -> dict[str, Any]:
    """The situation fields a message yields, with `overrides` (explicit fields) on top.

    Only fields the chosen intent uses are kept (an invitation's proposed times do not go into a
    `shorten`); `tone`/`relationship` fall back to DEFAULTS when `defaults` is set. The result is a plain
    dict for `composer.api.as_situation`, which names any required field still missing.
    """
    found = message if isinstance(message, Extraction) else extract(message, today=today)
    data: dict[str, Any] = dict(found.fields())
    if len(data.get("proposed_times", [])) > 10:
        data["proposed_times"] = data["proposed_times"][:10]  # a situation takes ten; the extraction keeps them all
    given = {k: v for k, v in (overrides or {}).items() if v not in (None, "", [], ())}
    chosen = given.get("intent") or intent
    if chosen is not None:
        data["intent"] = Intent(chosen.value if hasattr(chosen, "value") else chosen).value
        uses = fields_for(data["intent"])
        data = {k: v for k, v in data.items() if k in uses or k == "intent"}
    data.update(given)
    move = client_move(found, given, data.get("intent"))
    if move is not None and "client_move" not in given:
        data["client_move"] = move.value
    if defaults:
        for k, v in DEFAULTS.items():
            data.setdefault(k, v)
    return data


def client_move(found: Extraction, given: Mapping[str, Any], intent: str | None) -> ClientMove | None:
    """How a `reschedule` answers this message (see `move_for`), with the user's explicit fields in `given`."""
    return move_for(found.kind, found.fields().get("proposed_times") or [], given.get("proposed_times") or [], intent)


def move_for(kind: Kind | str | None, theirs: Sequence[str], ours: Sequence[str], intent: str | None) -> ClientMove | None:
    """How a `reschedule` answers a client who asked to move: take their time, offer ours, or offer/ask.

    Their times kept (the user gives none, or the same) are accepted; other times the user gives mean theirs
    do not suit. Anything but a reply to a move request with intent reschedule is not a client move (None).
    The one decision, for the CLI, batch rows with a `message`, and the page.
    """
    if intent != Intent.reschedule.value or kind != Kind.reschedule_request.value:
        return None
    if not theirs:
        return ClientMove.open
    return ClientMove.counter if ours and list(ours) != list(theirs) else ClientMove.accept


def missing_required(data: Mapping[str, Any], intent: Intent | str) -> list[str]:
    """The required fields of `intent` that `data` lacks, in the table's order."""
    out = []
    for name in fields_for(intent):
        if name not in required_fields(intent) or name == "intent":
            continue
        value = data.get(name)
        if name == "policy":
            empty = value is None or (isinstance(value, Mapping) and not any(v is not None for v in value.values())) or (
                isinstance(value, Policy) and value.is_empty())
            if empty:
                out.append(name)
        elif value in (None, "", [], ()):
            out.append(name)
    return out


def describe_missing(names: list[str], flags: Mapping[str, str] | None = None) -> str:
    """One line: which fields are missing, what each means, and the flag that gives it."""
    parts = []
    for n in names:
        flag = (flags or {}).get(n)
        what = FIELD_PURPOSE.get(n, n.replace("_", " "))
        parts.append(f"{n} ({what}{', ' + flag if flag else ''})")
    return "not in the message, please give: " + "; ".join(parts)


def expand_message(data: Mapping[str, Any], *, key: str = "message", today: date | datetime | None = None) -> dict[str, Any]:
    """A batch row or JSON object whose `message` field stands in for the fields it yields (others win).

    Rows without the field come back unchanged (as a new dict). `today` dates relative times when the
    message text has no Date header; a row may give it as `message_date` (YYYY-MM-DD).
    """
    if not data.get(key):
        return dict(data)
    rest = {k: v for k, v in data.items() if k not in (key, "message_date")}
    when = today
    if isinstance(data.get("message_date"), str):
        try:
            when = date.fromisoformat(data["message_date"][:10])
        except ValueError:
            pass
    return situation_from_message(str(data[key]), rest, intent=rest.get("intent"), today=when)
