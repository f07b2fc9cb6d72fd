"""What the meeting is about: "a meeting about X" / "to discuss X" in the body, else the subject line."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from composer.messages import lexicon as lx
from composer.messages.times import TimeSpan, find_times
from composer.models import Language

_STOP = {
    Language.en: r"\s(?:on|at|with|next|tomorrow|today|this|which|that|because|as|since|but|and could|so|if|when|before|after|we|i|will|is|was|has|had|would|can|could|should|scheduled|planned)\b",
    Language.fr: r"\s(?:à|avec|prévu|prévue|demain|aujourd'hui|ce|cette|qui|que|car|parce|mais|si|quand|avant|après|nous|je|ou|aura|est|sera|était|a été|serait|se tiendra|prévu|prévue|pourrait)\b",
    Language.it: r"\s(?:alle|con|previsto|prevista|domani|oggi|questo|questa|che|perché|ma|se|quando|prima|dopo|noi|io|oppure|si terrà|sarà|è|era|avrà|previsto|prevista|fissato|fissata)\b",
    Language.nl: r"\s(?:op|om|met|gepland|morgen|vandaag|deze|die|dat|omdat|maar|als|wanneer|voor|na|wij|we|ik|of|is|wordt|zal|gaat|was|staat)\b",
    Language.sv: r"\s(?:på|kl|med|planerat|imorgon|idag|denna|detta|som|eftersom|men|om|när|innan|efter|vi|jag|eller|är|blir|kommer|var|ska|skulle)\b",
}


@dataclass(frozen=True)
class Topic:
    text: str
    start: int
    end: int
    source: str
    confidence: float


def in_body(text: str, start: int, end: int, lang: Language, times: Sequence[TimeSpan], *, source: str = "body",
            confidence: float = 0.75) -> Topic | None:
    """The first "meeting about X" or "to discuss X" in text[start:end]."""
    region = text[start:end]
    pats = [  # "to discuss X" first: it says the topic outright
        rf"\b(?:{lx.DISCUSS_VERBS[lang]})\s+(?P<m>[^\n.,;:!?()\"«»]{{3,90}})",
        r"(?m)^[ \t]*(?:title|titre|titolo|titel|rubrik|event|événement|évènement|evento|onderwerp|ämne)[ \t]?:[ \t]*(?P<m>[^\n]{3,90})",
        rf"\b(?:{lx.MEETING_NOUNS[lang]})\b(?:[^\n.!?]|(?<=\d)\.(?=\d)){{0,45}}?\s(?:{lx.ABOUT_WORDS[lang]})\s+(?P<m>[^\n.,;:!?()\"«»]{{3,90}})",
    ]
    for rx in pats:
        for m in re.finditer(rx, region, re.IGNORECASE):
            s, e = start + m.start("m"), start + m.end("m")
            tail = lx.DISCUSS_TAIL.get(lang)
            if rx == pats[0] and tail:
                t = re.search(tail, text[s:e], re.IGNORECASE)
                if not t:
                    continue
                e = s + t.start()
            found = _trim(text, s, e, lang, times, source, confidence)
            if found:
                return found
    return None


def in_subject(subject: str | None, lang: Language) -> Topic | None:
    """The subject without Re:/Fwd:/Invitation: prefixes and calendar tails, unless it names no topic."""
    if not subject:
        return None
    prefixes = "|".join(re.escape(p) for p in sorted(lx.REPLY_PREFIXES + lx.OTHER_PREFIXES, key=len, reverse=True))
    m = re.match(rf"^(?:\s*(?:\[[^\]]*\]\s*)?(?:{prefixes})\s?(?:\[\d+\])?\s?:\s*)*", subject, re.IGNORECASE)
    s = m.end() if m else 0
    e = len(subject)
    at = re.search(r"\s@\s|\s\(\s*[A-Z]{2,5}\s*\)|\s\|\s", subject[s:])
    if at:
        e = s + at.start()
    times = find_times(subject[s:e], lang)
    shifted = [TimeSpan(t.text, t.start + s, t.end + s, t.resolved, t.has_day, t.has_clock) for t in times]
    inner = in_body(subject, s, e, lang, shifted, source="subject", confidence=0.65)  # "Möte om årsbokslutet"
    if inner is not None:
        return inner
    # the longest part between separators and times that says something
    cuts, prev = [], s
    for t in times:  # the parts between the times
        cuts.append((prev, s + t.start))
        prev = s + t.end
    cuts.append((prev, e))
    pieces: list[tuple[int, int]] = []
    for a, b in cuts:
        prev = a
        for sep in re.finditer(r"\s[-–—:/]\s|:\s|\s[-–—]\s?", subject[a:b]):
            pieces.append((prev, a + sep.start()))
            prev = a + sep.end()
        pieces.append((prev, b))
    best = None
    for a, b in pieces:
        found = _trim(subject, a, b, lang, (), "subject", 0.6)
        if found is None:
            continue
        words = [w.lower().strip(".,!?'’") for w in re.findall(r"[^\s]+", found.text)]
        content = [w for w in words if w and w not in lx.GENERIC_SUBJECT_WORDS and not w.isdigit()]
        if not content:
            continue
        if best is None or len(found.text) > len(best.text):
            best = found
    return best


def _trim(text: str, s: int, e: int, lang: Language, times: Sequence[TimeSpan], source: str, conf: float) -> Topic | None:
    for t in times:
        if s <= t.start < e:
            e = t.start
    stop = re.search(_STOP[lang], text[s:e], re.IGNORECASE)
    if stop and source == "body" and stop.start() > 0:
        e = s + stop.start()
    # no more than ten words
    words = list(re.finditer(r"\S+", text[s:e]))
    if len(words) > 10:
        e = s + words[9].end()
    # leading articles and trailing connectors and punctuation go
    arts = "|".join(re.escape(a) for a in sorted(lx.LEADING_ARTICLES[lang], key=len, reverse=True))
    while True:
        m = re.match(rf"\s*(?:{arts})(?:\s+|(?<=['’]))", text[s:e], re.IGNORECASE)
        if not m or m.end() >= e - s:
            break
        s += m.end()
    seg = text[s:e]
    s += len(seg) - len(seg.lstrip())
    seg = text[s:e].rstrip(" \t-–—,;:")
    e = s + len(seg)
    verbs = re.search(rf"\s+(?:{lx.TRAILING_VERBS[lang]})\s*$", text[s:e], re.IGNORECASE)
    if verbs:
        e = s + verbs.start()
    while True:
        m = re.search(r"\s+(?:on|at|for|to|of|in|de|du|des|à|le|la|di|del|della|in|op|om|van|voor|på|för|i|och|and|et|e|en)$", text[s:e], re.IGNORECASE)
        if not m:
            break
        e = s + m.start()
    if len(text[s:e].strip()) < 3 or not re.search(r"[^\W\d_]", text[s:e]):
        return None
    return Topic(text[s:e], s, e, source, conf)
