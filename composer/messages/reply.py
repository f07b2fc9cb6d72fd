"""The threaded reply: its subject (the client's, with the prefix customary in the language), its signature
from the user's profile, and its .eml (To: the client, In-Reply-To/References from the message), built by
the one .eml builder in composer.outbox."""

from __future__ import annotations

import re
from datetime import datetime, tzinfo
from email.headerregistry import Address

from composer.config import Settings
from composer.errors import InputError
from composer.messages import lexicon as lx
from composer.messages.models import Headers
from composer.models import Draft, Language
from composer.outbox import build_eml, header_value, parse_address

_REPLY_PREFIX = re.compile(
    rf"^(?:\s*(?:{'|'.join(re.escape(p) for p in sorted(lx.REPLY_PREFIXES, key=len, reverse=True))})\s?(?:\[\d+\]|\(\d+\))?\s?:\s*)+",
    re.IGNORECASE)


def reply_subject(subject: str | None, language: Language | str, fallback: str) -> str:
    """The client's subject with this language's reply prefix, never doubled; `fallback` without a subject."""
    if not subject or not subject.strip():
        return fallback
    core = _REPLY_PREFIX.sub("", subject.strip(), count=1).strip()
    return f"{lx.REPLY_PREFIX[Language(language)]} {core or subject.strip()}"


def signature_lines(settings: Settings) -> list[str]:
    return [x.strip() for x in (settings.profile_title, settings.profile_company) if x and x.strip()]


def sign(body: str, settings: Settings) -> str:
    """The body with the profile's title and company under the signing name (added once, never twice)."""
    extra = signature_lines(settings)
    if not extra:
        return body
    tail = [ln.strip() for ln in body.rstrip().splitlines()[-4:]]
    missing = [x for x in extra if x not in tail]
    return body.rstrip() + ("\n" + "\n".join(missing) if missing else "") + "\n"


def profile_address(settings: Settings) -> Address | None:
    """From: the profile's name and e-mail address; None without an address (no profile, no From:)."""
    if not settings.profile_email:
        return None
    addr = parse_address(settings.profile_email, field="profile_email")
    assert addr is not None
    return Address(display_name=(settings.profile_name or "").strip(), username=addr.username, domain=addr.domain)


def reply_draft(draft: Draft, headers: Headers, settings: Settings) -> Draft:
    """The draft as a reply: the thread's subject and the profile's signature."""
    subject = reply_subject(headers.subject, draft.language, draft.subject)
    return draft.model_copy(update={"subject": subject, "body": sign(draft.body, settings)})


def reply_to(headers: Headers) -> tuple[Address | None, str | None]:
    """The client's address for To:, or why there is none (said to the user: the mail program then needs it typed)."""
    if not headers.from_address:
        if "from" in headers.unreadable:
            return None, "the reply has no To: (the message's From: header could not be read safely); type the client's address in your mail program"
        return None, None
    try:
        addr = parse_address(headers.from_address, field="From of the message")
        name = header_value("To", headers.from_name or "")
    except InputError as e:
        return None, f"the reply has no To: ({e}); type the client's address in your mail program"
    if addr is None:
        return None, None
    return Address(display_name=name, username=addr.username, domain=addr.domain), None


def reply_eml(draft: Draft, headers: Headers, settings: Settings, *, date: datetime | None = None, tz: tzinfo | None = None) -> bytes:
    """The reply as an .eml in the client's thread: To the client, In-Reply-To and References set."""
    to, _ = reply_to(headers)
    extra: dict[str, str] = {}
    refs: list[str] = list(headers.references)
    if headers.message_id:
        extra["In-Reply-To"] = headers.message_id
        if headers.message_id not in refs:
            refs.append(headers.message_id)
    return build_eml(draft.subject, draft.body, sender=profile_address(settings), to=to, date=date, tz=tz,
                     extra_headers=extra, references=refs)
