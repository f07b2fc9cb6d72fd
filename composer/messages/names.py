"""People's names in a message: the client's (From header, sign-off, signature) and the user's (To header, greeting)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from composer.messages import lexicon as lx
from composer.messages.models import Message

_UP = "A-ZÀ-ÖØ-Þ"
_WORD = rf"(?:[{_UP}](?:['’][{_UP}])?[a-zß-öø-ÿ'’]+(?:-[{_UP}][a-zß-öø-ÿ'’]+)?|[{_UP}]{{2,}}|(?:[{_UP}]\.){{1,3}}(?=[ \t])|[{_UP}](?=\.))\.?"
_PARTICLE = r"(?:van der|van den|van de|de la|van|de|der|den|di|da|del|della|von|af|le|la|du|des|ter|ten|d'|dos|el)"
NAME = rf"{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_WORD}){{0,3}}"
_TITLES = "|".join(sorted((re.escape(t) for t in lx.TITLES), key=len, reverse=True))
# a name alone on its line, after any courtesy title ("Avv. Paolo Conti") or a Swedish-style "/Johan"
_NAME_LINE = re.compile(rf"^[ \t]*(?:[/–—-][ \t]*)?(?:(?i:{_TITLES})\.?[ \t]+)*({NAME})[ \t]*[,.!]?[ \t]*$")
# a name followed on its line by a role or company: "Claire Dubois | Acme", "Claire Dubois, CFO"
_NAME_THEN = re.compile(rf"^[ \t]*(?:(?i:{_TITLES})\.?[ \t]+)*({NAME})[ \t]*(?:[,|]|[ \t][–—-][ \t])[ \t]*\S[^\n]*$")
_CLOSING = re.compile("|".join(re.escape(c) for c in sorted({c for cs in lx.CLOSINGS.values() for c in cs}, key=len, reverse=True)), re.IGNORECASE)
_NOT_NAMES = {
    "all", "team", "everyone", "everybody", "there", "tous", "toutes", "à tous", "a tutti", "tutti", "allemaal",
    "iedereen", "alla", "allihop", "allihopa", "hello", "ciao", "hej", "thanks", "merci", "grazie", "tack",
    "bedankt", "regards", "monsieur", "madame", "sir", "madam", "colleghi", "collega", "collègue", "collègues",
}


_NOT_BARE = {w for ws in lx.CLOSINGS.values() for w in ws} | {w for ws in lx.GREETINGS.values() for w in ws} | {
    "sorry", "ok", "okay", "great", "perfect", "update", "quick question", "fyi", "désolé", "désolée", "parfait", "bien",
    "scusa", "scusate", "perfetto", "ok", "sorry", "prima", "perfect", "förlåt", "ursäkta", "perfekt", "okej", "madame",
    "monsieur", "signora", "signore", "mevrouw", "meneer", "sir", "madam", "team", "all", "dear all", "allemaal", "tutti",
}


@dataclass(frozen=True)
class Found:
    text: str
    start: int
    end: int
    source: str
    confidence: float


def _clean_name(text: str) -> bool:
    words = text.split()
    return bool(words) and len(words) <= 4 and text.lower() not in _NOT_NAMES and not any(
        w.lower().strip(".,") in _NOT_NAMES for w in words[:1])


def header_name(value: str | None, display: str | None, source: str, confidence: float) -> Found | None:
    """The display name in a From/To header value, as a span of that value."""
    if not value or not display or "@" in display or not re.search(r"[^\W\d_]", display):
        return None
    cut = re.search(r"\s+(?:\(|\||[-–—]\s|/\s|via\b|@\s)", display)  # "Claire Dubois (Acme)", "Claire Dubois | Acme"
    name = display[:cut.start()] if cut and cut.start() > 0 else display
    i = value.find(name)
    if i < 0:
        return None
    return Found(name, i, i + len(name), source, confidence)


def greeting(msg: Message) -> tuple[Found | None, Found | None]:
    """The greeting word and the name it greets (the user), from the first line of the new message."""
    text = msg.body
    m = re.search(r"\S[^\n]*", text[msg.new_start:msg.new_end])
    if not m:
        return None, None
    line_start = msg.new_start + m.start()
    line = m.group(0)
    words = sorted({g for gs in lx.GREETINGS.values() for g in gs}, key=len, reverse=True)
    rx = re.compile(
        rf"^(?P<g>{'|'.join(re.escape(w) for w in words)})(?![\w])[ \t,]*(?:(?:{_TITLES})\.?[ \t]+)*(?P<n>{NAME})?"
        rf"|^(?:(?P<t>{_TITLES})\.?[ \t]+)(?P<n2>{NAME})", re.IGNORECASE)
    g = rx.match(line)
    if not g:
        bare = re.match(rf"^({NAME})[ \t]*,[ \t]*$", line)  # "Julien," alone on the first line
        if bare and _clean_name(bare.group(1)) and bare.group(1).lower() not in _NOT_BARE and len(bare.group(1).split()) <= 3:
            s = line_start + bare.start(1)
            return None, Found(bare.group(1), s, s + len(bare.group(1)), "body", 0.6)
        return None, None
    word = Found(g.group("g"), line_start + g.start("g"), line_start + g.end("g"), "body", 0.7) if g.group("g") else None
    key = "n" if g.group("n") else "n2"
    name = g.group(key)
    if not name:
        return word, None
    # the name pattern is case-insensitive here; keep only capitalised words, stop at the first other word
    kept = []
    for w in re.finditer(r"\S+", name):
        if not re.match(rf"[{_UP}]|{_PARTICLE}\b", w.group(0)) or w.group(0).lower() in _NOT_NAMES:
            break
        kept.append(w)
    while kept and re.fullmatch(_PARTICLE, kept[-1].group(0)):
        kept.pop()
    if not kept:
        return word, None
    s = line_start + g.start(key) + kept[0].start()
    e = line_start + g.start(key) + kept[-1].end()
    value = text[s:e].rstrip(".")
    if not _clean_name(value) or not value[0].isupper():
        return word, None
    return word, Found(value, s, s + len(value), "body", 0.8)


def sign_off(msg: Message) -> Found | None:
    """The client's name under their sign-off ("Best regards,\\nClaire Dubois"), else atop their signature."""
    text = msg.body
    if msg.closing_start is not None:
        line_end = text.find("\n", msg.closing_start)
        line_end = len(text) if line_end < 0 else line_end
        closing = text[msg.closing_start:line_end]
        phrase = _CLOSING.match(closing)
        rest_at = phrase.end() if phrase else len(closing)
        same = re.match(rf"[ \t]*[,.!]*[ \t]*(?:(?i:{_TITLES})\.?[ \t]+)*({NAME})[ \t]*[.!]?[ \t]*$", closing[rest_at:])
        if same and _clean_name(same.group(1)):
            s = msg.closing_start + rest_at + same.start(1)
            value = same.group(1).rstrip(".")
            return Found(value, s, s + len(value), "body", 0.8)
        found = _next_name_line(text, line_end, 0.85)
        if found:
            return found
    if msg.signature_start is not None:
        found = _next_name_line(text, text.find("\n", msg.signature_start), 0.6)
        if found:
            return found
    # a lone name on the last line of the new message, after a blank line
    body = text[msg.new_start:msg.new_end]
    m = (re.search(r"\n[ \t]*\n[ \t]*([^\n]+)[ \t]*$", body) or re.search(r"\n[ \t]*([/–—-][ \t]*[^\n]+)[ \t]*$", body)
         # under any short sign-off-shaped line ("Encore désolé,"), not only the known ones
         or re.search(r"\n[ \t]*[^\n]{2,40}[,!][ \t]*\n[ \t]*([^\n]+)[ \t]*$", body))
    if m:
        n = _NAME_LINE.match(m.group(1))
        if n and _clean_name(n.group(1)) and len(n.group(1).split()) <= 3:
            s = msg.new_start + m.start(1) + n.start(1)
            return Found(n.group(1), s, s + len(n.group(1)), "body", 0.5)
    return None


_DEPARTMENT = re.compile(
    r"^[ \t]*(?:the )?(?:office|service|team|sales|support|accounts|department|dept|secretariat|reception|équipe|service|"
    r"secrétariat|direction|ufficio|servizio|segreteria|reparto|afdeling|team|secretariaat|receptie|avdelning|kundtjänst|"
    r"reception|kontor)\b", re.IGNORECASE)


def _next_name_line(text: str, pos: int, confidence: float) -> Found | None:
    if pos < 0:
        return None
    skipped = 0
    for m in re.finditer(r"[^\n]*", text[pos:pos + 300]):
        line = m.group(0)
        if not line.strip():
            continue
        if _DEPARTMENT.match(line) and skipped < 2:
            skipped += 1  # "Ufficio Commerciale" above the person's name
            continue
        n = _NAME_LINE.match(line) or _NAME_THEN.match(line)
        if n and _clean_name(n.group(1)):
            s = pos + m.start() + n.start(1)
            value = n.group(1).rstrip(".")
            return Found(value, s, s + len(value), "body", confidence)
        return None
    return None
