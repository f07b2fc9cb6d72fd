"""One shaper for the typed reason, every language: read its SHAPE, then realise it by shape.

Patching connectives phrase by phrase did not transfer from one round to the next; reading what the user typed
into a structured value and saying that value natively does. The shapes:

- `Shape.NP`: a noun phrase ("a board meeting", "la grève des transports"). `certain` when it starts with a
  determiner/possessive/number or a noun the language lists as a reason noun, and no finite verb follows.
- `Shape.LED`: a clause or phrase led by its own connective; `family` says which (cause, purpose, time, period).
  It keeps ITS connective: nothing of ours goes before it.
- `Shape.SENTENCE`: a subject + a finite verb (closed per-language lists; a noun + finite verb counts too).
- `Shape.FRAGMENT`: anything else (a note, a verbless state). Never glued with a preposition.

Per-language data is a `Lexicon` (the phrasebooks own their lexicon; `lexicon(language)` builds it from the
phrasebook's `REASONS` dict, see docs/notes/phr-q.md). Realisation: `realise(reason, lex, np_cause=...)`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Callable


class Shape(str, Enum):
    NP = "np"
    LED = "led"
    SENTENCE = "sentence"
    FRAGMENT = "fragment"


class Family(str, Enum):
    CAUSE = "cause"
    PURPOSE = "purpose"
    TIME = "time"
    PERIOD = "period"


@dataclass(frozen=True)
class Lexicon:
    """What a language needs to read a reason's shape. All word lists are lower case."""

    language: str
    leads: dict[Family, tuple[str, ...]]  # typed connectives by family ("parce que", "afin de", "jusqu'à")
    np_leads: tuple[str, ...]  # prepositional causes typed by the user ("due to", "en raison de"): what follows is an NP
    subjects: frozenset[str]  # subject pronouns ("i", "je", "j'", "io")
    finite: frozenset[str]  # auxiliaries, modals, the most frequent finite verbs ("is", "est", "m'a" is split to "a")
    determiners: frozenset[str]  # words that open a noun phrase
    relatives: frozenset[str] = frozenset()  # words opening a relative clause inside a noun phrase ("qui", "that")
    reason_nouns: frozenset[str] = frozenset()  # bare nouns that are certainly a cause ("strike", "grève")
    finite_re: str = ""  # extra finite forms as a regex over one word (e.g. Italian "-iamo")
    clause_cause: str = "because"  # the connective for a finite clause after a main clause ("as", "car", "poiché")
    clause_cause_front: str = "as"  # the connective for a clause fronted before a request ("as", "comme", "dato che")
    period_re: str = ""  # a period phrase anywhere in the text ("until Christmas", "dès mardi", "fino a")
    subordinators: tuple[str, ...] = ()  # words that make a sentence subordinate (stranded when alone)


@dataclass(frozen=True)
class Reason:
    """The typed reason read into a value."""

    text: str  # as typed, trimmed, without a final stop
    shape: Shape
    family: Family | None = None  # for LED: the typed connective's family
    lead: str = ""  # the typed connective, as typed
    body: str = ""  # what follows the lead (the whole text when there is no lead)
    certain: bool = False  # NP only: certainly a noun phrase (a preposition may go before it)
    period: bool = False  # the reason names a period of absence ("until Christmas", "vanaf januari")


@dataclass(frozen=True)
class Glue:
    """How a reason is said. Exactly one of `tail`/`front`/`own` is used by a frame; `before` asks the flow to
    say `own` before the hand-over or request (a period of leave), `after` that `tail` follows the request."""

    tail: str = ""  # appended to a main clause, with its leading space/comma: ", car je dois ..."
    front: str = ""  # fronted before a request, no capital, no trailing comma: "comme je dois ..."
    own: str = ""  # a sentence of its own, capitalised, with its full stop
    before: bool = False
    after: bool = False
    shape: Shape = Shape.FRAGMENT
    family: Family | None = None


_WORD = re.compile(r"[^\W\d_]+(?:[-][^\W\d_]+)*['’]?|\d+", re.UNICODE)


def words(text: str) -> list[str]:
    """Lower-case words; an elided form keeps its apostrophe as a word of its own ("m'a" -> "m'", "a")."""
    out: list[str] = []
    for w in _WORD.findall(text.lower().replace("’", "'")):
        out.append(w)
    return out


def _clean(text: str) -> str:
    return text.strip().rstrip(".!;:,").strip()


def _match_lead(text: str, leads: tuple[str, ...]) -> str:
    """The typed lead at the start of text ('' when none); longest first, whole words, elided forms allowed."""
    low = text.lower().replace("’", "'")
    for lead in sorted(leads, key=len, reverse=True):
        if low.startswith(lead):
            rest = low[len(lead):]
            if lead.endswith("'") or not rest or not (rest[0].isalnum() or rest[0] in "-'"):
                return text[: len(lead)]
    return ""


def has_finite(text: str, lex: Lexicon, *, skip_relatives: bool = True) -> bool:
    """A finite verb from the language's closed lists (outside a relative clause inside a noun phrase)."""
    ws = words(text)
    extra = re.compile(lex.finite_re) if lex.finite_re else None
    for i, w in enumerate(ws):
        if skip_relatives and w in lex.relatives and i > 0:
            return False  # what follows belongs to the relative clause ("a meeting that can't move")
        if w in lex.finite or (extra is not None and i > 0 and extra.fullmatch(w)):
            return True
    return False


def is_sentence(text: str, lex: Lexicon) -> bool:
    """Subject + finite verb, or a noun (phrase) + finite verb ("un client m'a retenu", "Marie est malade")."""
    ws = words(text)
    if not ws:
        return False
    if ws[0] in lex.subjects and len(ws) > 1:
        return has_finite(" ".join(ws[1:4]), lex, skip_relatives=False) or has_finite(text, lex)
    return has_finite(text, lex)


def classify(text: str | None, lex: Lexicon) -> Reason | None:
    """The typed reason's shape. None for an empty reason."""
    if not text or not _clean(text):
        return None
    t = _clean(text)
    period = bool(lex.period_re and re.search(lex.period_re, t, re.IGNORECASE))
    # a typed connective, by family: the first one decides; repeated connectives ("car car", "as because") collapse
    for family in (Family.PURPOSE, Family.CAUSE, Family.TIME, Family.PERIOD):
        lead = _match_lead(t, lex.leads.get(family, ()))
        if lead:
            body = t[len(lead):].strip()
            again = classify(body, lex)
            if again is not None and again.shape is Shape.LED:  # "as because we ..." / "pour cause d'afin de"
                return again
            if again is not None and again.shape is Shape.NP and _match_lead(body, lex.np_leads):
                return again
            return Reason(t, Shape.LED, family, lead, body, period=period or family is Family.PERIOD)
    np_lead = _match_lead(t, lex.np_leads)
    if np_lead:
        body = t[len(np_lead):].strip()
        body = re.sub(r"^(de la|de l'|de l’|du|des|de|d'|d’|of|to|di|del|della|dei|delle|dello|degli|al|alla)\s*", "", body, flags=re.IGNORECASE) if body else body
        if is_sentence(body, lex):  # "à cause d'un client m'a retenu": a clause behind a preposition
            return Reason(t, Shape.SENTENCE, Family.CAUSE, "", body, period=period)
        return Reason(t, Shape.NP, Family.CAUSE, np_lead, body, certain=True, period=period)
    if is_sentence(t, lex):
        return Reason(t, Shape.SENTENCE, None, "", t, period=period)
    ws = words(t)
    certain = bool(ws) and (ws[0] in lex.determiners or ws[0].isdigit() or ws[0] in lex.reason_nouns)
    if certain:
        return Reason(t, Shape.NP, None, "", t, certain=True, period=period)
    return Reason(t, Shape.FRAGMENT, None, "", t, period=period)


def sentence(text: str) -> str:
    t = _clean(text)
    return t[:1].upper() + t[1:] + "." if t else ""


def _lower(text: str) -> str:
    first = text.split(" ", 1)[0]
    if first == "I" or first.startswith("I'") or (len(first) > 1 and (first.isupper() or any(c.isupper() for c in first[1:]))):
        return text
    return text[:1].lower() + text[1:]


def realise(reason: Reason | None, lex: Lexicon, *, np_cause: Callable[[str], str] | None = None) -> Glue:
    """A reason's glue by its shape. `np_cause(np)` is the phrasebook's prepositional cause ("en raison de la
    grève"), used ONLY for a certain noun phrase; without it (or when unsure) the reason is its own sentence
    when it is one, else left to the caller (empty glue)."""
    if reason is None:
        return Glue()
    r = reason
    if r.shape is Shape.LED:
        said = _lower(r.text)
        if r.family is Family.PURPOSE:
            return Glue(tail=" " + said, front=said, shape=r.shape, family=r.family, after=True)
        if r.family is Family.PERIOD:
            return Glue(tail=" " + said, front=said, shape=r.shape, family=r.family, before=True)
        return Glue(tail=", " + said, front=said, shape=r.shape, family=r.family)
    if r.shape is Shape.SENTENCE:
        body = _lower(r.body)
        return Glue(tail=f", {lex.clause_cause} {body}", front=f"{lex.clause_cause_front} {body}", own=sentence(r.body),
                    shape=r.shape, family=r.family, before=r.period)
    if r.shape is Shape.NP and r.certain and np_cause is not None:
        said = np_cause(_lower(r.body))
        return Glue(tail=" " + said, front=said, shape=r.shape, family=Family.CAUSE)
    return Glue(shape=r.shape, family=r.family, before=r.period)


# ------------------------------------------------------------------------------------------- checks

def seams(text: str, lex: Lexicon, *, np_preps: tuple[str, ...] = ()) -> list[str]:
    """Broken reason glue in a rendered draft: two connectives in a row, a preposition before a finite clause,
    a subordinate clause standing as a sentence of its own. `np_preps` are the language's prepositional causes."""
    out: list[str] = []
    low = text.lower().replace("’", "'")
    connectives = sorted({c for fam in lex.leads.values() for c in fam if fam} | set(np_preps), key=len, reverse=True)
    cause_purpose = sorted(set(lex.leads.get(Family.CAUSE, ())) | set(lex.leads.get(Family.PURPOSE, ())) | set(np_preps), key=len, reverse=True)
    for a in cause_purpose:
        for b in cause_purpose:
            sep = "" if a.endswith("'") else " "
            pat = r"(?<![\w'])" + re.escape(a) + sep + re.escape(b) + (r"(?![\w])" if not b.endswith("'") else "")
            if re.search(pat, low):
                out.append(f"two connectives: {a} {b}")
    for prep in np_preps:
        for m in re.finditer(r"(?<![\w'])" + re.escape(prep) + (" " if not prep.endswith("'") else ""), low):
            rest = low[m.end():]
            clause = re.split(r"[,.;:!?]", rest, maxsplit=1)[0]
            if is_sentence(clause, lex):
                out.append(f"preposition before a clause: {prep} {clause[:40]}")
    subs = sorted(set(lex.subordinators), key=len, reverse=True)
    for sent in re.split(r"(?<=[.!?])\s+|\n+", text):
        s = sent.strip()
        if not s or s.startswith("- "):
            continue
        lead = _match_lead(s, tuple(subs))
        if lead and "," not in s[len(lead):] and not re.search(r"[?]$", s):
            out.append(f"stranded subordinate clause: {s[:50]}")
    del connectives
    return out


@dataclass
class _Registry:
    books: dict[str, Lexicon] = field(default_factory=dict)


_REG = _Registry()


def lexicon(language: str) -> Lexicon:
    """The language's lexicon, built once from its phrasebook's `REASONS` dict."""
    if language not in _REG.books:
        from composer.writers.phrases import phrasebook
        from composer.models import Language

        book = phrasebook(Language(language))
        spec = dict(getattr(book, "REASONS"))
        spec["leads"] = {Family(k) if not isinstance(k, Family) else k: tuple(v) for k, v in spec["leads"].items()}
        for key in ("subjects", "finite", "determiners", "relatives", "reason_nouns"):
            if key in spec:
                spec[key] = frozenset(w.lower() for w in spec[key])
        _REG.books[language] = Lexicon(language=language, **spec)
    return _REG.books[language]
