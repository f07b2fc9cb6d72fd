"""Calendar holds (.ics) for proposed times that parse to a full date and time.

Pure: bytes out, no file I/O here (the CLI writes them, the page offers them for download). Times are local
wall-clock times in the given zone (default: this machine's), written with a VTIMEZONE so calendars agree.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from composer.errors import InputError
from composer.facts.times import parse_given
from composer.models import Situation
from composer.textsafe import ascii_slug

DEFAULT_MINUTES = 60  # a hold's length when the situation gives no duration


@dataclass(frozen=True)
class Hold:
    """One calendar hold: which proposed time, its file name and the .ics bytes."""

    index: int
    text: str
    start: datetime
    filename: str
    ics: bytes


def local_zone(name: str | None = None) -> ZoneInfo:
    """The named IANA zone, else this machine's (TZ, then the system setting), else UTC."""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError) as e:
            raise InputError(f"unknown time zone {name!r}: use an IANA name such as Europe/Paris", field="tz") from e
    try:
        from tzlocal import get_localzone_name

        found = get_localzone_name()
        if found:
            return ZoneInfo(found)
    except Exception:  # no zone configured on this machine: UTC is the honest fallback
        pass
    return ZoneInfo("UTC")


def holds(situation: Situation, *, today: date | None = None, tz: str | None = None) -> list[Hold]:
    """A hold for each proposed time that states a full date and a clock time; the others are skipped."""
    zone = local_zone(tz)
    out = []
    for i, text in enumerate(situation.proposed_times):
        p = parse_given(text, situation.language, today)
        if p.resolved is None or not p.when.has_clock or not p.when.has_date or p.weekday_mismatch:
            continue
        start = p.resolved.replace(hour=p.when.hour or 0, minute=p.when.minute or 0, tzinfo=zone)
        out.append(Hold(i, text, start, _filename(situation, i, start), _ics(situation, i, text, start)))
    return out


def _filename(s: Situation, i: int, start: datetime) -> str:
    """The situation's id, else the client's name, so holds for different clients never share a file name."""
    base = ascii_slug(s.id or f"hold-{s.recipient_name}") or "hold"
    return f"{base}-{i + 1}-{start:%Y%m%d-%H%M}.ics"


def _ics(s: Situation, i: int, text: str, start: datetime) -> bytes:
    from icalendar import Calendar, Event

    minutes = s.duration_minutes or DEFAULT_MINUTES
    cal = Calendar()
    cal.add("prodid", "-//Tactful//calendar hold//EN")
    cal.add("version", "2.0")
    ev = Event()
    what = s.meeting or "meeting"
    ev.add("summary", f"Hold: {what} ({s.recipient_name})")
    ev.add("dtstart", start)
    ev.add("dtend", start + timedelta(minutes=minutes))
    ev.add("dtstamp", datetime(2000, 1, 1, tzinfo=ZoneInfo("UTC")))  # fixed: the same situation gives the same file
    ev.add("description", f"Proposed time {i + 1}: {text}\nWith {s.recipient_name}; from {s.sender_name}.")
    ev.add("status", "TENTATIVE")
    ev.add("transp", "OPAQUE")
    uid = hashlib.sha256(f"{s.id}|{s.recipient_name}|{what}|{text}".encode()).hexdigest()[:24]
    ev.add("uid", f"{uid}@tactful")
    cal.add_component(ev)
    try:
        cal.add_missing_timezones()
    except Exception:  # older icalendar: the TZID on DTSTART still names the zone
        pass
    return cal.to_ical()
