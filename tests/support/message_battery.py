"""What an extraction shows of each expected field, for the hand-written message batteries (test_messages_families*).

One comparator for every battery: `observed(x, expected)` returns (got, expected) with both sides normalised the same
way, so `assert got == expected` shows field by field what differs. Expected keys: `meeting` (accepted phrases),
`meeting_has` (a word the phrase holds), `meeting_not` (a word it must not hold), `time`, `time_iso`, `proposed`,
`proposed_iso`, `kind`, `client` (recipient_name), `sender` (sender_name).
"""

from __future__ import annotations

from typing import Any

from composer.messages.evaluate import normalise
from composer.messages.parse import read_message


def _iso(ev: Any) -> str | None:
    return None if ev is None else str(ev.resolved)[:16]


def observed(x: Any, expected: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    got: dict[str, Any] = {}
    meeting = x.meeting or ""
    if "meeting" in expected:
        ok = {normalise(m) for m in expected["meeting"]}  # the phrase or one of its accepted forms
        got["meeting"] = expected["meeting"] if x.meeting is not None and normalise(x.meeting) in ok else x.meeting
    if "meeting_has" in expected:
        got["meeting_has"] = expected["meeting_has"] if expected["meeting_has"].casefold() in meeting.casefold() else x.meeting
    if "meeting_not" in expected:
        # ("holds", meeting) never equals the expected word, so a meeting that IS the word fails too
        got["meeting_not"] = expected["meeting_not"] if expected["meeting_not"].casefold() not in meeting.casefold() else ("holds", x.meeting)
    if "time" in expected:
        got["time"] = None if x.meeting_time is None else normalise(x.meeting_time)
        expected = {**expected, "time": None if expected["time"] is None else normalise(expected["time"])}
    if "time_iso" in expected:
        got["time_iso"] = _iso(x.evidence.get("meeting_time"))
    if "proposed" in expected:
        got["proposed"] = [normalise(p) for p in x.proposed_times]
        expected = {**expected, "proposed": [normalise(p) for p in expected["proposed"]]}
    if "proposed_iso" in expected:
        got["proposed_iso"] = [_iso(e) for e in x.evidence.get("proposed_times", [])]
    if "kind" in expected:
        got["kind"] = x.kind
    if "client" in expected:
        got["client"] = x.recipient_name
    if "sender" in expected:
        got["sender"] = x.sender_name
    return got, expected


def spans_are_verbatim(texts: list[str], extract: Any, today: Any) -> None:
    """Every evidence span taken from a message's body is exactly that body's text at its position."""
    for text in texts:
        m = read_message(text)
        x = extract(m, today=today)
        for name, ev in x.evidence.items():
            for e in ev if isinstance(ev, list) else [ev]:
                if e.source == "body":
                    assert m.body[e.start:e.end] == e.text, name
