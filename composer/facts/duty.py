"""What a draft owes each given fact: restated, or only identifiable (issue 13, round 7).

An ERROR (a fact altered, swapped, put in the wrong role, or one nobody gave) is always an alarm. An OMISSION is
judged by this table, which reads the one per-intent field table (`composer.models.INTENT_FIELDS`) and says, per
intent and field, whether the client must see the fact restated (new information they act on: the proposed
times, the new length, the colleague, the policy numbers; the old slot when the mail shortens it and keeps it) or
need only recognise it (the old meeting's time, once the meeting is named). An identifiable fact left unstated
is no alarm: it lowers completeness a little, never as much as an error.
"""

from __future__ import annotations

from enum import StrEnum

from composer.models import INTENT_FIELDS, Intent


class Duty(StrEnum):
    restate = "restate"  # the client must read it (in any form that denotes exactly it)
    identify = "identify"  # the client must be able to tell which one; naming the meeting is enough


# Fields of the one table that carry a fact a draft can state (language, tone, relationship... carry none).
FACT_FIELDS = frozenset({"recipient_name", "sender_name", "meeting", "meeting_time", "proposed_times", "duration_minutes", "colleague_name", "policy"})

# Where the default (restate) does not hold. The old slot: a mail that SHORTENS a meeting keeps that slot, so
# the client must read it (the slot they will attend); one that moves, declines, re-routes or answers a missed or
# cancelled meeting replaces or closes it, so naming the meeting (or its day) says which one.
_IDENTIFY: dict[Intent, frozenset[str]] = {
    Intent.decline: frozenset({"meeting_time"}),
    Intent.reschedule: frozenset({"meeting_time"}),
    Intent.switch_to_call: frozenset({"meeting_time"}),
    Intent.switch_to_email: frozenset({"meeting_time"}),
    Intent.delegate: frozenset({"meeting_time"}),
    Intent.no_show_followup: frozenset({"meeting_time"}),
    Intent.late_cancellation: frozenset({"meeting_time"}),
    Intent.cancellation_policy: frozenset({"meeting_time"}),
    Intent.shorten: frozenset(),
}

DUTIES: dict[Intent, dict[str, Duty]] = {
    intent: {f: (Duty.identify if f in _IDENTIFY[intent] else Duty.restate) for f in fields if f in FACT_FIELDS}
    for intent, fields in INTENT_FIELDS.items()
}


def duty(intent: Intent | str, field: str) -> Duty:
    """The duty for a fact field ("proposed_times[1]" and "policy.fee_percent" read as their table field)."""
    base = field.split("[", 1)[0].split(".", 1)[0]
    return DUTIES[Intent(intent)].get(base, Duty.restate)
