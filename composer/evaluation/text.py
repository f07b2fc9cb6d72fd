"""Pure text helpers shared by the scorers: tokens, fuzzy mentions, sentences, greeting and signature lines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from composer.evaluation.cues import norm as normalise
from composer.facts import PLACEHOLDER

# Function words of the five languages; they carry no fact, so fuzzy mentions ignore them.
STOPWORDS = frozenset(
    ["the", "a", "an", "of", "on", "at", "in", "for", "to", "with", "our", "your", "my", "and", "or", "by", "from", "this", "that", "is", "are", "be", "as", "it", "its", "le", "la", "les", "l", "de", "du", "des", "d", "à", "au", "aux", "en", "et", "un", "une", "notre", "nos", "votre", "vos", "ce", "cette", "sur", "pour", "par", "avec", "est", "il", "lo", "gli", "i", "di", "del", "della", "dei", "delle", "degli", "da", "al", "alla", "alle", "ai", "e", "con", "per", "nostro", "nostra", "vostro", "vostra", "su", "è", "het", "een", "van", "op", "om", "met", "voor", "ons", "onze", "uw", "en", "te", "bij", "naar", "aan", "is", "dat", "die", "den", "det", "ett", "av", "på", "om", "med", "för", "vår", "vårt", "våra", "er", "och", "till", "kl", "att", "är", "h", "uur", "ore", "alle", "klockan", "at"]
)

_TOKEN = re.compile(r"\d+|[^\W\d_]+")


def tokens(text: str) -> list[str]:
    """Normalised word and number tokens; '14:30' and '14h30' give '14' and '30'."""
    return _TOKEN.findall(normalise(text))


@lru_cache(maxsize=4096)
def _phrase_tokens(text: str) -> tuple[str, ...]:
    return tuple(_content(tokens(text)))


def content_tokens(text: str) -> list[str]:
    """Tokens that carry meaning: numbers (but not a bare '00') and words of 3+ letters that are not function words."""
    return list(_phrase_tokens(text))


def _content(toks: list[str]) -> list[str]:
    out = []
    for t in toks:
        if t.isdigit():
            if t.strip("0") or len(t) == 1:
                out.append(str(int(t)))
        elif len(t) >= 3 and t not in STOPWORDS:
            out.append(t)
    return out


def _stem(token: str) -> str:
    # A five-letter prefix absorbs inflection (trimestriel/trimestrielle, review/reviews, möte/mötet).
    return token if token.isdigit() or len(token) <= 5 else token[:5]


@dataclass(frozen=True)
class Index:
    """A text's normalised form, its words and content-token stems in order, for cheap lookups."""

    norm: str
    stems: frozenset[str]
    order: tuple[str, ...]  # content-token stems in text order, for "close together" checks
    words: frozenset[str]  # every normalised word token

    @classmethod
    def of(cls, text: str) -> Index:
        norm = normalise(text)
        order = tuple(_stem(t) for t in _content(_TOKEN.findall(norm)))
        return cls(norm, frozenset(order), order, frozenset(_TOKEN.findall(norm)))

    def has(self, token: str) -> bool:
        return _stem(token) in self.stems


def overlap(index: Index, phrase: str) -> tuple[float, list[str]]:
    """Share of the phrase's content tokens found in the text, and which ones."""
    toks = list(dict.fromkeys(content_tokens(phrase)))
    if not toks:
        return 0.0, []
    found = [t for t in toks if index.has(t)]
    return len(found) / len(toks), found


def mention(index: Index, phrase: str, *, threshold: float) -> tuple[bool, str]:
    """Verbatim, or enough of the phrase's content words (a paraphrase such as 'our quarterly review')."""
    p = normalise(phrase)
    if p and p in index.norm:
        return True, phrase
    share, found = overlap(index, phrase)
    toks = content_tokens(phrase)
    need = threshold if len(set(toks)) > 2 else 1.0
    if found and share >= need:
        return True, f"paraphrased ({', '.join(found)})"
    if found:
        return False, f"only part of {phrase!r} found ({', '.join(found)})"
    return False, f"{phrase!r} not found"


_WINDOW = 6  # content tokens either side of an anchor: a date and its hour sit this close


def time_mention(index: Index, when: str, *, every_number: bool = True) -> tuple[bool, str]:
    """A date/time is mentioned when its numbers and most of its words sit close together.

    A proposed time needs every number (the same day at another hour is another slot); the meeting's own
    time may be referred to by its day alone ("our review on Thursday 14 March").
    """
    p = normalise(when)
    if p and p in index.norm:
        return True, when
    toks = list(dict.fromkeys(content_tokens(when)))
    numbers = [t for t in toks if t.isdigit()]
    words = [_stem(t) for t in toks if not t.isdigit()]
    if not toks:
        return False, f"{when!r} not found"
    anchor = numbers[0] if numbers else words[0]
    order = index.order
    for pos, tok in enumerate(order):
        if tok != anchor:
            continue
        window = order[max(0, pos - _WINDOW) : pos + _WINDOW + 1]
        present = set(window)
        if every_number:
            # the numbers in their own order, starting at the anchor ("19 ... 14" is 19 March at 14:00)
            ok = _in_order(order[pos : pos + 2 * _WINDOW], numbers) and (not words or sum(x in present for x in words) / len(words) >= 0.5)
        else:
            ok = sum(t in present for t in numbers + words) / len(numbers + words) >= 0.6
        if ok:
                return True, "close match: " + " ".join(window[max(0, min(len(window), _WINDOW) - 4) : _WINDOW + 6])
    return False, f"{when!r} not found"


def _in_order(seq: tuple[str, ...], wanted: list[str]) -> bool:
    it = iter(seq)
    return all(any(x == w for x in it) for w in wanted)


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def sentences(text: str) -> list[str]:
    """Rough sentences: split on . ! ? and line breaks (good enough for cue positions)."""
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def sentence_with(text: str, needle: str) -> str:
    """The sentence of the text that contains the needle (normalised), for evidence."""
    n = normalise(needle)
    for s in sentences(text):
        if n in normalise(s):
            return s[:200]
    return needle


def lines(body: str) -> list[str]:
    return [ln.strip() for ln in body.splitlines() if ln.strip()]


NAME_PARTICLES = frozenset({"de", "van", "der", "den", "di", "da", "del", "della", "la", "le", "von", "af", "du", "des", "ter", "ten", "mc", "dr", "mr", "mrs", "ms", "m", "mme"})


def name_parts(name: str) -> list[str]:
    """The parts of a person's name that identify them ('Sanne de Vries' -> sanne, vries)."""
    return [t for t in tokens(name) if len(t) >= 2 and t not in NAME_PARTICLES]


def has_name(text: str, name: str) -> str | None:
    """The name, or one identifying part of it, as found in the text."""
    norm = normalise(text)
    full = normalise(name)
    if full in norm:
        return name
    words = set(_TOKEN.findall(norm))
    for part in name_parts(name):
        if part in words:
            return part
    return None


# Every placeholder form in facts.PLACEHOLDER contains one of these; most drafts contain none.
_PLACEHOLDER_HINTS = ("[", "{", "<", "xx", "___", "tbd", "todo", "insert", "lorem")


def may_have_placeholder(text: str) -> bool:
    low = text.casefold()
    return any(h in low for h in _PLACEHOLDER_HINTS)


def strip_placeholders(text: str) -> str:
    return PLACEHOLDER.sub(" ", text) if may_have_placeholder(text) else text
