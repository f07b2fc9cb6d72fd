"""The one .eml builder: a message mail programs open as an unsent draft, with safe headers from any text.

Header values come from user text (names, subjects, meeting phrases), so every value is checked:
control characters and line breaks are refused with a message naming the header, never passed on
(no header injection), and non-ASCII names are RFC 2047 encoded by the email package.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime, tzinfo
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, getaddresses

from composer.errors import InputError

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_MAX_HEADER = 900


def plain_text(subject: str, body: str) -> str:
    """A draft as plain text: a Subject line, a blank line, the body. What Copy email, .txt, the CLI's text output
    and the repair round's replay of a failed draft all show, so they never disagree."""
    return f"Subject: {subject.strip()}\n\n{body.strip()}\n"


def header_value(name: str, value: str) -> str:
    """`value` as a header: one line, no control characters; refused with a clear message otherwise."""
    clean = " ".join(value.split())  # any whitespace run, line breaks included, becomes one space
    if _CONTROL.search(clean):
        raise InputError(f"{name}: contains control characters and cannot be an e-mail header", field=name)
    if len(clean) > _MAX_HEADER:
        raise InputError(f"{name}: longer than {_MAX_HEADER} characters, too long for an e-mail header", field=name)
    return clean


def parse_address(text: str | None, *, field: str = "address") -> Address | None:
    """'Name <addr@host>' or 'addr@host' as an Address; None when no address was given."""
    if not text or not text.strip():
        return None
    value = header_value(field, text)
    pairs = getaddresses([value])
    if len(pairs) != 1 or "@" not in pairs[0][1]:
        raise InputError(f"{field}: {value[:80]!r} is not one e-mail address (e.g. Claire Dubois <claire@example.com>)", field=field)
    display, addr = pairs[0]
    local, _, domain = addr.rpartition("@")
    if not local or not domain or " " in addr:
        raise InputError(f"{field}: {addr[:80]!r} is not an e-mail address", field=field)
    return Address(display_name=display, username=local, domain=domain)


def build_eml(
    subject: str,
    body: str,
    *,
    sender: Address | None = None,
    to: Address | None = None,
    date: datetime | None = None,
    tz: tzinfo | None = None,
    extra_headers: Mapping[str, str] | None = None,
    references: Sequence[str] = (),
) -> bytes:
    """An RFC 5322 text/plain UTF-8 message; From/To only when real addresses are given; Date in `tz`."""
    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = header_value("subject", subject)
    if sender is not None:
        msg["From"] = sender
    if to is not None:
        msg["To"] = to
    when = date or datetime.now(tz)
    if when.tzinfo is None:
        when = when.replace(tzinfo=tz) if tz else when.astimezone()
    elif tz is not None:
        when = when.astimezone(tz)
    msg["Date"] = format_datetime(when)
    for name, value in (extra_headers or {}).items():
        msg[name] = header_value(name, value)
    if references:
        msg["References"] = header_value("References", " ".join(references))
    msg["X-Unsent"] = "1"  # Outlook and others open it as a draft to send
    text = body.strip() + "\n"
    # Plain UTF-8 (8bit) keeps the file readable; RFC 5322's 998-octet line limit forces quoted-printable.
    long_line = any(len(line.encode("utf-8")) > 998 for line in text.split("\n"))
    msg.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable" if long_line else "8bit")
    return msg.as_bytes()
