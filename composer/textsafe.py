"""Text that is safe to show: in a terminal, in a one-line message, or checked before it becomes a fact.

`problem` says what is wrong with a user's field (lone surrogates, NUL and other control characters, line
breaks, invisible direction controls), `quote` shows at most ~80 characters of a bad value with anything
unprintable escaped, and `terminal_safe` strips what a terminal would act on (escape sequences, CR, BEL).
"""

from __future__ import annotations

import re
import unicodedata

QUOTE_LIMIT = 80

# ESC-introduced sequences: CSI (colours, cursor moves), OSC (window title, hyperlinks) up to BEL or ST, and
# the two-character ones; then every other C0/C1 control but newline and tab.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_DIRECTION = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def terminal_safe(text: str) -> str:
    """`text` as it may be printed: escape sequences and control characters gone (newline and tab kept),
    CRLF as LF, U+2028/U+2029 as newlines, lone surrogates as U+FFFD, direction overrides removed."""
    text = text.replace("\r\n", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _ESCAPES.sub("", text)
    text = _CONTROLS.sub("", text)
    text = _SURROGATES.sub("\ufffd", text)
    return "".join(c for c in text if c not in _DIRECTION)


def one_line(text: str) -> str:
    """`terminal_safe`, and on one line (for a message that must stay one line)."""
    return " ".join(terminal_safe(text).split())


def _escape(c: str) -> str:
    o = ord(c)
    if c == "\\":
        return "\\\\"
    if c.isprintable() and c not in _DIRECTION and not 0xD800 <= o <= 0xDFFF:
        return c
    return f"\\x{o:02x}" if o < 0x100 else f"\\u{o:04x}" if o < 0x10000 else f"\\U{o:08x}"


def quote(value: object, limit: int = QUOTE_LIMIT) -> str:
    """At most `limit` characters of a bad value, quoted, unprintables escaped, the full length said if cut."""
    text = value if isinstance(value, str) else repr(value)
    shown = "".join(_escape(c) for c in text[:limit])
    if len(text) > limit:
        return f"'{shown}...' ({len(text):,} characters)"
    return f"'{shown}'"


def _name(c: str) -> str:
    o = ord(c)
    try:
        label = unicodedata.name(c)
    except ValueError:
        label = {0: "NUL", 0x1B: "ESC", 0x7F: "DEL", 0x09: "TAB", 0x0A: "LF", 0x0D: "CR"}.get(o, "control")
    return f"U+{o:04X} {label}"


def problem(text: str, *, multiline: bool = False) -> str | None:
    """Why `text` cannot be a field's value, as a phrase ("holds ... at position N; ..."), or None when fine."""
    for i, c in enumerate(text, start=1):
        o = ord(c)
        if 0xD800 <= o <= 0xDFFF:
            return f"holds a lone surrogate (U+{o:04X}) at position {i}, not a real character; retype that part"
        if c == "\x00":
            return f"holds a NUL character at position {i}; remove it"
        if c in _LINE_BREAKS or (c == "\t"):
            if multiline and c in "\n\t":
                continue
            return f"holds a line break or tab ({_name(c)}) at position {i}; keep it on one line"
        if o < 0x20 or 0x7F <= o <= 0x9F:
            return f"holds a control character ({_name(c)}) at position {i}; remove it"
        if c in _DIRECTION:
            return f"holds an invisible text-direction control ({_name(c)}) at position {i}; remove it"
    return None


def ascii_slug(text: str, limit: int = 40) -> str:
    """Text as a file-name piece: accents folded, anything else but letters and digits a dash ("Chloé L." -> "Chloe-L")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-")[:limit].strip("-")
