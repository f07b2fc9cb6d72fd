"""Reading a client's message: an .eml (headers decoded, RFC 2047 names) or pasted text, and finding in its
body where the client's new words are, apart from quoted history, forwarded messages, sign-off, signature
and device or legal boilerplate."""

from __future__ import annotations

import re
from email import policy
from email.parser import BytesParser
from email.utils import getaddresses
from html.parser import HTMLParser

from composer.errors import FileInputError
from composer.messages import lexicon as lx
from composer.messages.models import Headers, Message

_FLAGS = re.IGNORECASE | re.MULTILINE
_ANY_LINE = r"(?:[^\n]|\n(?!\s*\n))"  # an attribution may wrap onto the next line, never past a blank line


def _line_start(rx: str) -> re.Pattern[str]:
    return re.compile(rf"^[ \t]*\**(?:{rx})", _FLAGS)


_ATTRIBUTION = _line_start("|".join(a.replace("[^\\n]", _ANY_LINE) for a in lx.ATTRIBUTION))
_SEPARATOR = _line_start("|".join(lx.SEPARATORS))
_FORWARD = _line_start("|".join(lx.FORWARD_SEPARATORS))
_QUOTE_LINE = re.compile(r"^[ \t]*>", re.MULTILINE)
_FROM_LINE = re.compile(rf"^[ \t]*\**(?:{'|'.join(lx.FROM_WORDS)})\s?\**\s?:\**[ \t]+\S", _FLAGS)
_HEADERISH = re.compile(rf"^[ \t]*\**(?:{'|'.join(lx.DATE_WORDS)})\s?\**\s?:", _FLAGS)
_BOILERPLATE = _line_start("|".join(lx.BOILERPLATE))
_SIG_DELIM = re.compile(r"^-- ?$", re.MULTILINE)
_ALL_CLOSINGS = sorted({c for cs in lx.CLOSINGS.values() for c in cs}, key=len, reverse=True)
_CLOSING_LINE = re.compile(
    rf"^[ \t]*(?:{'|'.join(re.escape(c) for c in _ALL_CLOSINGS)})(?![\w])[ \t]*[,.!]*[ \t]*(?:[^\n]{{0,40}})$", _FLAGS)
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|tr|i|wg|vb|doorst|inoltro|vidarebefordrat)\s?:", re.IGNORECASE)
_EML_START = re.compile(r"^(?:[!-9;-~]+:[^\n]*\n(?:[ \t][^\n]*\n)*){2,}", re.MULTILINE)
_PASTED_HEADERS = re.compile(
    rf"\A(?:[ \t]*\**(?:{'|'.join(lx.FROM_WORDS + lx.DATE_WORDS + lx.SUBJECT_WORDS + lx.TO_WORDS + ('cc',))})\s?\**\s?:[^\n]*\n){{2,}}",
    re.IGNORECASE)


def read_message(data: bytes | str) -> Message:
    """A message from the bytes of an .eml file or from pasted text (which may start with a header block)."""
    raw, bad = _decode(data, "utf-8") if isinstance(data, bytes) else (data, 0)
    if not raw.strip():
        raise FileInputError("the message is empty")
    head = raw.lstrip()[:2000].replace("\r\n", "\n")
    if _EML_START.match(head) and re.search(r"^(?:from|subject|date|message-id|to|mime-version):", head, _FLAGS):
        return _from_eml(data if isinstance(data, bytes) else data.encode("utf-8"))
    msg = _from_text(raw)
    if bad:
        msg.warnings.append(_replaced(bad, "UTF-8"))
    return msg


def _decode(data: bytes, charset: str) -> tuple[str, int]:
    """The text, and how many characters could not be decoded in `charset` (each replaced by U+FFFD)."""
    try:
        return data.decode(charset), 0
    except UnicodeDecodeError:
        text = data.decode(charset, errors="replace")
        return text, text.count("\ufffd") - data.decode(charset, errors="ignore").count("\ufffd")


def _replaced(n: int, charset: str) -> str:
    return (f"{n} byte sequence{'s' if n != 1 else ''} in the message {'are' if n != 1 else 'is'} not valid {charset} and "
            f"{'were' if n != 1 else 'was'} replaced by \ufffd; a name or time next to one may be incomplete")


# What a broken MIME structure means for the reader, by the email package's defect class.
_DEFECTS = {
    "StartBoundaryNotFoundDefect": "the multipart boundary it declares is never found",
    "CloseBoundaryNotFoundDefect": "its multipart body is not closed",
    "MultipartInvariantViolationDefect": "it says multipart but has no parts",
    "NoBoundaryInMultipartDefect": "it says multipart but declares no boundary",
    "MissingHeaderBodySeparatorDefect": "a header line is malformed",
    "InvalidBase64PaddingDefect": "its base64 text is badly padded",
    "InvalidBase64CharactersDefect": "its base64 text has invalid characters",
    "InvalidBase64LengthDefect": "its base64 text is cut short",
}


def _defects(msg: object) -> list[str]:
    seen: list[str] = []
    for part in msg.walk() if hasattr(msg, "walk") else []:  # type: ignore[attr-defined]
        for d in getattr(part, "defects", []):
            why = _DEFECTS.get(type(d).__name__)
            if why and why not in seen:
                seen.append(why)
    return seen


def _from_eml(data: bytes) -> Message:
    msg = BytesParser(policy=policy.default).parsebytes(data.lstrip())
    headers = Headers(
        subject=_header(msg, "subject"),
        from_=_header(msg, "from"),
        to=_header(msg, "to"),
        date=_header(msg, "date"),
        message_id=_header(msg, "message-id"),
        references=(_header(msg, "references") or "").split(),
    )
    headers.unreadable = [k for k in ("from", "to", "subject", "date") if getattr(headers, "from_" if k == "from" else k) is None
                          and any(n.lower() == k for n in msg.keys())]
    _names(headers)
    warnings = [f"the {k} header could not be decoded and is left out" for k in headers.unreadable]
    warnings += [f"the .eml's MIME structure is broken ({why}); it was read as far as it goes" for why in _defects(msg)]
    part = msg.get_body(preferencelist=("plain", "html"))
    body = ""
    if part is not None:
        content, note = _part_text(part)
        if note:
            warnings.append(note)
        body = _html_text(content) if part.get_content_type() == "text/html" else content
    elif isinstance(msg.get_payload(), str) and msg.get_payload().strip():
        # a multipart whose parts cannot be found: its text as it stands, boundary lines and part headers included
        split = re.search(rb"\r?\n\r?\n", data.lstrip())
        body, bad = _decode(data.lstrip()[split.end():] if split else b"", "utf-8")
        if bad:
            warnings.append(_replaced(bad, "UTF-8"))
        warnings.append("no readable text part was found; the body was read as plain text, part markers included")
    out = _segment(_normalise(body), headers, is_eml=True)
    out.warnings = warnings
    return out


def _part_text(part: object) -> tuple[str, str | None]:
    """A body part's text in its declared charset, and what had to be replaced to read it, in words."""
    payload = part.get_payload(decode=True)  # type: ignore[attr-defined]
    if not isinstance(payload, bytes):
        return str(part.get_payload()), None  # type: ignore[attr-defined]
    charset = part.get_content_charset() or "us-ascii"  # type: ignore[attr-defined]
    try:
        "".encode(charset)
    except LookupError:
        text, bad = _decode(payload, "utf-8")
        note = f"the body declares an unknown charset ({charset}); it was read as UTF-8"
        return text, note + (f", and {_replaced(bad, 'UTF-8')}" if bad else "")
    if charset.lower() in ("us-ascii", "ascii") and not payload.isascii():
        text, bad = _decode(payload, "utf-8")  # undeclared 8-bit text: mail programs read it as UTF-8
        if not bad:
            return text, None
        return text, _replaced(bad, "UTF-8")
    text, bad = _decode(payload, charset)
    return text, (_replaced(bad, charset) if bad else None)


def _header(msg: object, name: str) -> str | None:
    raw = next((v for k, v in msg.raw_items() if k.lower() == name), None) if hasattr(msg, "raw_items") else None  # type: ignore[attr-defined]
    if raw is not None and "[mailto:" in raw:  # the parser drops Outlook's "[mailto:...]"; keep the raw, decoded
        from email.header import decode_header, make_header

        try:
            return " ".join(str(make_header(decode_header(raw))).split()) or None
        except (LookupError, ValueError):
            return " ".join(raw.split()) or None
    try:
        value = msg[name]  # type: ignore[index]
    except (ValueError, IndexError, TypeError):
        return None
    if value is None:
        return None
    return " ".join(str(value).split()) or None


def _names(h: Headers) -> None:
    for key in ("from", "to"):
        value = h.from_ if key == "from" else h.to
        if not value:
            continue
        if "[mailto:" in value:  # Outlook's pasted "Name [mailto:addr]" (the email package may have quoted it)
            value = re.sub(r"\s*\[mailto:([^\]]+)\]", r" <\1>", value.strip().strip('"'))
        pairs = [p for p in getaddresses([value]) if p[1] or p[0]]
        if not pairs:
            continue
        name, addr = pairs[0]
        if "@" not in addr and not name:  # "To: Julien": a name without an address
            name, addr = addr, ""
        name = name.strip().strip('"').strip()
        if key == "from":
            h.from_name, h.from_address = (name or None), (addr or None)
        elif len(pairs) == 1:
            h.to_name, h.to_address = (name or None), (addr or None)


def _from_text(raw: str) -> Message:
    text = _normalise(raw)
    headers = Headers()
    start = 0
    m = _PASTED_HEADERS.match(text)
    if m and re.search(rf"^[ \t]*\**(?:{'|'.join(lx.FROM_WORDS)})\s?\**\s?:", m.group(0), _FLAGS):
        for line in m.group(0).splitlines():
            key, _, value = line.partition(":")
            key = key.strip(" *").lower()
            value = value.strip(" *")
            if key in lx.FROM_WORDS:
                headers.from_ = value
            elif key in lx.SUBJECT_WORDS:
                headers.subject = value
            elif key in lx.TO_WORDS:
                headers.to = value
        _names(headers)
        start = m.end()
    return _segment(text, headers, is_eml=False, start=start)


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]", "", text)


def _segment(body: str, headers: Headers, *, is_eml: bool, start: int = 0) -> Message:
    """Where the new message, its sign-off, signature, forwarded and quoted parts start."""
    cut = len(body)
    forwarded = None
    for rx, is_forward in ((_ATTRIBUTION, False), (_SEPARATOR, False), (_FORWARD, True)):
        m = rx.search(body, start)
        if m and m.start() < cut:
            cut, forwarded = m.start(), (m.start() if is_forward else None)
    for m in _QUOTE_LINE.finditer(body, start):
        if m.start() < cut:
            cut, forwarded = m.start(), None
        break
    for m in _FROM_LINE.finditer(body, start):
        if m.start() >= cut:
            break
        following = body[m.end():m.end() + 400].split("\n")[1:5]
        if sum(bool(_HEADERISH.match(line)) for line in following) >= 1:
            cut, forwarded = m.start(), None
            break
    quoted = cut if cut < len(body) and forwarded is None else None
    passed_on = re.search(lx.FORWARD_WORDS, body[start:cut], re.IGNORECASE)
    if quoted is not None and (_FORWARD_SUBJECT.match(headers.subject or "") or passed_on) and body[start:cut].strip():
        forwarded, quoted = cut, None  # "VB: ..." over an Outlook header block: passed on on purpose, not history
    if quoted is not None and not body[start:cut].strip():
        below = _below_quote(body, cut)
        if below is not None:  # a bottom-posted reply: the client's words come after the history they answer
            found = _segment(body, headers, is_eml=is_eml, start=below)
            return found.model_copy(update={"quoted_start": found.quoted_start if found.quoted_start is not None else quoted})
    end = cut
    m = _BOILERPLATE.search(body, start, end)
    if m:
        end = m.start()
    sig = _SIG_DELIM.search(body, start, end)
    new_start = start + (len(body[start:end]) - len(body[start:end].lstrip()))
    new_end = new_start + len(body[new_start:end].rstrip())
    closing = _closing(body, new_start, sig.start() if sig else new_end)
    return Message(
        headers=headers, body=body, new_start=new_start, new_end=max(new_start, new_end), closing_start=closing,
        signature_start=sig.start() if sig else None, forwarded_start=forwarded, quoted_start=quoted, is_eml=is_eml,
    )


def _below_quote(body: str, cut: int) -> int | None:
    """Where unquoted words start after a ">"-quoted block that opens the body (attribution line(s) first)."""
    lines = list(re.finditer(r"[^\n]*\n?", body[cut:]))
    seen_quote = False
    for i, m in enumerate(lines):
        line = m.group(0)
        if line.lstrip().startswith(">"):
            seen_quote = True
            continue
        if not line.strip():
            continue
        if not seen_quote:
            if i >= 3:
                return None  # no ">" block right under the attribution: not a bottom-posted reply
            continue
        return cut + m.start() if body[cut + m.start():].strip() else None
    return None


def _closing(body: str, start: int, end: int) -> int | None:
    """The start of the last sign-off line among the last few lines of the new message."""
    lines = [m for m in re.finditer(r"^[^\n]*$", body[start:end], re.MULTILINE) if m.group(0).strip()]
    if len(lines) < 2:
        return None
    for m in reversed(lines[-8:]):
        if m is lines[0]:
            break  # the greeting line or the only sentence: not a sign-off
        if _CLOSING_LINE.match(m.group(0)) and len(m.group(0).strip()) <= 60:
            return start + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
    return None


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in ("script", "style", "head"):
            self.skip += 1
        elif tag in ("br", "p", "div", "tr", "li", "blockquote", "h1", "h2", "h3"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self.skip = max(0, self.skip - 1)
        elif tag in ("p", "div", "blockquote"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def _html_text(html: str) -> str:
    p = _Text()
    p.feed(html)
    return re.sub(r"\n{3,}", "\n\n", "".join(p.parts)).strip()
