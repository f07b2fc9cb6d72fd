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
from dataclasses import dataclass, field, replace
from functools import lru_cache
from enum import Enum
from typing import Any, Callable


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
    non_np: frozenset[str] = frozenset()  # words that cannot open a noun phrase (adverbs, negation, prepositions, states)
    non_np_re: str = ""  # one-word regex for the same (participles: "stuck", "coincée", "bloccato")
    splice: str = "; "  # how two typed main clauses are joined in a sentence of our own
    front_only: tuple[str, ...] = ()  # cause connectives that only open a sentence (fr "comme", it "siccome", en "seeing as")
    back_only: tuple[str, ...] = ()  # cause connectives that never open one (fr "car", it "perché"): fronted, the front one
    consequence: tuple[str, ...] = ()  # ", so ..." / ", donc ..." / ", quindi ...": a consequence clause after the cause
    elisions: tuple[str, ...] = ()  # elided words split off their verb ("m'" in "m'a", "c'" in "c'è")
    # --- the decision (`decide`): register, fragments, neutral phrase, placement (docs/notes/phr-u.md) ---
    formal_subs: tuple[tuple[str, str], ...] = ()  # (regex, replacement) applied in a formal mail ("we're" -> "we are")
    informal_re: str = ""  # a word a formal mail cannot carry (slang, diminutives): the typed text is not said as is
    clause_adverbs: tuple[str, ...] = ()  # adverbs that only stand in a clause ("già", "déjà", "already"): an NP with one has a verb
    subjectless_re: str = ""  # a first-person finite verb typed without its subject (first word, full match)
    first_subject: str = ""  # the subject put back before it ("I", "je", "ik", "jag"; "" in a pro-drop language)
    state_re: str = ""  # a verbless state of the sender at the start ("sick", "malade", "ziek", "sjuk")
    first_be: str = ""  # "I am", "je suis", "sono", "ik ben", "jag är"
    first_have: str = ""  # "I have", "j'ai", "ho": an event noun phrase of a note said as the sender's ("ho un intervento")
    indefinite: tuple[tuple[str, str], ...] = ()  # (regex over the noun phrase, article): the first that matches
    personal_re: str = ""  # a personal reason (health, family, birth): in the neutral phrase when it cannot be said as typed
    neutral: tuple[tuple[str, str], ...] = ()  # ("personal", " for personal reasons"): tails of the neutral phrase
    link: str = ""  # the link word of a sentence said after the request ("en effet", "infatti", "namelijk")
    link_v2: bool = False  # the link word goes after the finite verb ("Ik ben namelijk ziek"), else it opens the sentence
    and_word: str = "and"  # joins a note's event to its clause ("ho un intervento ... e resto a casa")
    glue_words: int = 14  # a typed sentence of one clause up to this many words is glued with the clause connective
    clause_hook: Callable[[str], str | None] | None = None  # the phrasebook's `reason_clause(note)`: a note made a clause


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


_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*'?|\d+", re.UNICODE)


def words(text: str, elisions: tuple[str, ...] = ()) -> list[str]:
    """Lower-case words; an elided word is split off what follows it ("m'a" -> "m'", "a"; "c'è" -> "c'", "è"),
    English contractions stay whole ("can't", "i'm")."""
    out: list[str] = []
    for w in _WORD.findall(text.lower().replace("’", "'")):
        while "'" in w[:-1]:
            head, rest = w.split("'", 1)
            if head + "'" in elisions:
                out.append(head + "'")
                w = rest
            else:
                break
        out.append(w)
    return out


def _clean(text: str) -> str:
    return text.strip().rstrip(".!;:,").strip()


def _match_lead(text: str, leads: tuple[str, ...]) -> str:
    """The typed lead at the start of text ('' when none); longest first, whole words, elided forms allowed."""
    low = text.lower().replace("’", "'")
    for lead in sorted(leads, key=len, reverse=True):
        if lead.startswith("re:"):  # a lead that needs what follows it ("per" + an infinitive)
            m = re.match(lead[3:], low)
            if m:
                return text[: m.end()].rstrip()
            continue
        if low.startswith(lead):
            rest = low[len(lead):]
            if lead.endswith("'") or not rest or not (rest[0].isalnum() or rest[0] in "-'"):
                return text[: len(lead)]
    return ""


def has_finite(text: str, lex: Lexicon, *, skip_relatives: bool = True) -> bool:
    """A finite verb from the language's closed lists (outside a relative clause inside a noun phrase)."""
    ws = words(text, lex.elisions)
    extra = re.compile(lex.finite_re) if lex.finite_re else None
    for i, w in enumerate(ws):
        if skip_relatives and w in lex.relatives and i > 0:
            return False  # what follows belongs to the relative clause ("a meeting that can't move")
        if skip_relatives and i >= 2 and w in lex.subjects and ws[0] in lex.determiners:
            return False  # a contact relative clause ("a board meeting I can't move")
        if w in lex.finite:
            return True
        if i >= 2 and w in lex.clause_adverbs and ws[i - 1] not in lex.determiners:
            return True  # "la documentazione ricevuta copre già ...": an adverb only a clause holds, so a verb stands before it
        if extra is not None and i > 0 and ws[i - 1] not in lex.determiners and extra.fullmatch(w):
            return True  # a regular finite form, not an adjective after its article ("a delayed flight")
    return False


def is_sentence(text: str, lex: Lexicon) -> bool:
    """Subject + finite verb, or a noun (phrase) + finite verb ("un client m'a retenu", "Marie est malade")."""
    ws = words(text, lex.elisions)
    if not ws:
        return False
    if ws[0] in lex.subjects and len(ws) > 1:
        return True  # a subject pronoun and more: a clause ("je m'arrête", "she texted")
    if len(ws) >= 4 and ws[0] in lex.determiners and _KIN_FIRST.match(ws[1]) and ws[2] not in lex.determiners \
            and ws[3] in lex.determiners and ws[3] not in ("de", "des", "du", "d'", "di", "of"):
        return True  # a family member, a verb, its object: "ma fille joue son audition", "mio figlio ha la recita"
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
            if again is not None and again.shape is Shape.LED and again.family in (Family.CAUSE, Family.PURPOSE):
                return again  # "as because we ..." / "as so that we ...": the user's last connective decides
            if again is not None and again.shape is Shape.NP and _match_lead(body, lex.np_leads):
                return again
            return Reason(t, Shape.LED, family, lead, body, period=period or family is Family.PERIOD)
    np_lead = _match_lead(t, lex.np_leads)
    if np_lead:
        body = t[len(np_lead):].strip()
        body = re.sub(r"^(?:(?:de la|du|des|de|of|to|di|del|della|dei|delle|dello|degli|al|alla|à la|au|aux|à|van|av)\s+|(?:de l|d|dell|à l|all)['’]\s*)", "", body, flags=re.IGNORECASE)
        inner = classify(body, lex) if body else None
        if inner is not None and inner.shape is Shape.LED:  # "pour cause d'afin de ...": the user's own connective
            return inner
        if is_sentence(body, lex):  # "à cause d'un client m'a retenu": a clause behind a preposition
            return Reason(t, Shape.SENTENCE, Family.CAUSE, "", body, period=period)
        return Reason(t, Shape.NP, Family.CAUSE, np_lead, body, certain=True, period=period)
    if is_sentence(t, lex):
        return Reason(t, Shape.SENTENCE, None, "", t, period=period)
    ws = words(t, lex.elisions)
    # a noun phrase followed by a comment after a comma ("grève SNCF, impossible d'aller à Nantes") is no longer one
    certain = bool(ws) and "," not in t and (ws[0] in lex.determiners or ws[0].isdigit() or ws[0] in lex.reason_nouns)
    if not certain and ws and len(ws) <= 8 and "," not in t and ws[0] not in lex.subjects and ws[0] not in lex.non_np \
            and not (lex.non_np_re and re.fullmatch(lex.non_np_re, ws[0])) and not _match_lead(t, tuple(lex.relatives)):
        certain = True  # a verbless phrase led by a noun ("jury duty", "conflit d'agenda", "riunione di budget")
    if certain:
        return Reason(t, Shape.NP, None, "", t, certain=True, period=period)
    head, _, tail = t.rpartition(",")
    if head and any(w in lex.relatives for w in words(head, lex.elisions)) and has_finite(tail, lex):
        return Reason(t, Shape.SENTENCE, None, "", t, period=period)  # "Tout ce dont j'ai besoin, c'est ...": a cleft
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
        if _match_lead(r.text, lex.front_only):  # "comme"/"siccome" only open a sentence: after it, the clause connective
            return Glue(tail=f", {lex.clause_cause} {_lower(r.body)}", front=said, shape=r.shape, family=r.family)
        if _match_lead(r.text, lex.back_only) and lex.clause_cause_front:  # "Perché X, Le proporrei": "Dato che X, ..."
            return Glue(tail=", " + said, front=f"{lex.clause_cause_front} {_lower(r.body)}", shape=r.shape, family=r.family)
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

_PAIRS: dict[tuple[tuple[str, ...], tuple[str, ...]], list[tuple[str, re.Pattern[str]]]] = {}


def _pair_patterns(lex: Lexicon, np_preps: tuple[str, ...]) -> list[tuple[str, re.Pattern[str]]]:
    """Per leading connective, one compiled pattern for any connective right after it; built once per set of
    connectives (the pairs are many, and compiling them per draft made drafting ~8x slower)."""
    cause_purpose = tuple(sorted(set(lex.leads.get(Family.CAUSE, ())) | set(lex.leads.get(Family.PURPOSE, ())) | set(np_preps), key=len, reverse=True))
    key = (cause_purpose, tuple(np_preps))
    if key not in _PAIRS:
        article = r"(?:\s*(?:de |d'|du |des |di |del |della |dei |delle |of |to |van |av ))?"
        seconds = "|".join(re.escape(b) + (r"(?![\w])" if not b.endswith("'") else "") for b in cause_purpose)
        pats = []
        for a in cause_purpose:
            sep = "" if a.endswith("'") else " "
            # after a prepositional cause its "de"/"of" may stand between the two ("pour cause d'afin de")
            pats.append((a, re.compile(r"(?<![\w'])" + re.escape(a) + (article if a in np_preps else sep) + r"\s*(?P<b>" + seconds + ")")))
        _PAIRS[key] = pats
    return _PAIRS[key]


def seams(text: str, lex: Lexicon, *, np_preps: tuple[str, ...] = (), stranded: bool = True) -> list[str]:
    """Broken reason glue in a rendered draft: two connectives in a row, a preposition before a finite clause,
    a subordinate clause standing as a sentence of its own. `np_preps` are the language's prepositional causes."""
    out: list[str] = []
    low = text.lower().replace("’", "'")
    for a, pat in _pair_patterns(lex, np_preps):
        m = pat.search(low)
        if m:
            out.append(f"two connectives: {a} {m.group('b')}")
    for prep in np_preps:
        for m in re.finditer(r"(?<![\w'])" + re.escape(prep) + (" " if not prep.endswith("'") else ""), low):
            rest = low[m.end():]
            clause = re.split(r"[,.;:!?]", rest, maxsplit=1)[0]
            if is_sentence(clause, lex):
                out.append(f"preposition before a clause: {prep} {clause[:40]}")
    subs = sorted(set(lex.subordinators), key=len, reverse=True) if stranded else []
    for sent in re.split(r"(?<=[.!?])\s+|\n+", text):
        s = sent.strip()
        if not s or s.startswith("- "):
            continue
        lead = _match_lead(s, tuple(subs))
        if lead and "," not in s[len(lead):] and not re.search(r"[?]$", s):
            out.append(f"stranded subordinate clause: {s[:50]}")
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
        for key in ("neutral", "formal_subs", "indefinite"):
            if key in spec:
                spec[key] = tuple(spec[key].items()) if isinstance(spec[key], dict) else tuple(tuple(x) for x in spec[key])
        hook = getattr(book, "reason_clause", None)
        if hook is not None and "clause_hook" not in spec:
            spec["clause_hook"] = hook
        _REG.books[language] = Lexicon(language=language, **spec)
    return _REG.books[language]


# ------------------------------------------------------------------------------------ arbitration

class Verdict(str, Enum):
    """What becomes of the typed reason in the mail (decided once, in `decide`)."""

    REALISE = "realise"  # said: glued as a clause / noun phrase, or a sentence of its own
    NEUTRAL = "neutral"  # not sayable as typed in this mail: the language's neutral phrase ("for personal reasons")
    OUT = "out"  # left out: the frame's neutral wording


@dataclass(frozen=True)
class Said:
    """A phrasebook's slots for the reason, after the shaper's say: `why` (tail), `why_f` (fronted), `own`."""

    why: str = ""
    why_f: str = ""
    own: str = ""
    before: bool = False  # `own` goes before the opening (a period of leave before the hand-over)
    verdict: Verdict = Verdict.REALISE
    then: str = ""  # a promise/action typed in the note (`Note.after`): its own sentence after the request


def _clauses(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """'X, Y' where Y is a main clause of its own (a comma splice or a fronted subordinate + main clause)."""
    for m in re.finditer(r",\s+", text):
        head, tail = text[: m.start()], text[m.end():]
        if not head or not tail or len(words(tail)) < 2:
            continue
        cons = _match_lead(tail, lex.consequence)
        if cons and is_sentence(tail[len(cons):].strip(), lex):
            return head, tail
        tail_r = classify(tail, lex)
        if tail_r is not None and tail_r.shape is Shape.SENTENCE and not _match_lead(tail, tuple(lex.relatives)):
            return head, tail
    return None


def multi(text: str | None, lex: Lexicon) -> str:
    """A reason typed as more than one clause ("Un client m'a retenu à Rennes, impossible de rentrer",
    "Afin de respecter votre budget, nous avons resserré l'ordre du jour"): the whole typed text as a sentence of
    its own; '' when it is one clause. A frame can never take two main clauses behind one connective."""
    if not text or not _clean(text):
        return ""
    t = _clean(text)
    r = classify(t, lex)
    if r is None:
        return ""
    split = _clauses(t, lex)
    if split is not None:
        head, tail = split
        hr = classify(head, lex)
        if _match_lead(tail, lex.consequence) or (hr is not None and hr.shape is Shape.LED):
            return sentence(t)  # "X, so Y" / "Afin de X, Y": one sentence as typed
        if hr is not None and hr.shape is Shape.SENTENCE:
            return sentence(head + lex.splice + tail)  # two main clauses typed with a comma: the language's own join
    if r.shape is Shape.SENTENCE:
        # a sentence + a verbless comment ("Un client m'a retenu à Rennes, impossible de rentrer avant le week-end")
        m = re.match(r"(.+?),\s+(.+)$", t)
        if m and is_sentence(m.group(1), lex) and not has_finite(m.group(2), lex) and not _match_lead(m.group(2), tuple(lex.relatives)) \
                and len(words(m.group(2))) >= 3 and words(m.group(2), lex.elisions)[0] not in lex.determiners:
            comment = m.group(2)
            if _STATE_COMMENT.match(comment):
                # a subjectless state after a first-person sentence ("je me fais opérer mardi, absente trois semaines"):
                # never "mardi : absente trois semaines"; joined as the same subject's clause, or in brackets
                be = _FIRST_BE.get(lex.language)
                if be and re.match(be[0], m.group(1), re.IGNORECASE):
                    return sentence(m.group(1) + be[1] + comment)
                return sentence(f"{m.group(1)} ({comment})")
            return sentence(m.group(1) + lex.splice + comment)
    return ""


# A subjectless state typed as a comment ("absente trois semaines", "away for three weeks", "assente tre settimane").
_STATE_COMMENT = re.compile(
    r"(?i)^(?:absent|absente|absents|absentes|indisponible|indisponibles|injoignable|away|off|out|unavailable|"
    r"assente|assenti|indisponibile|irraggiungibile|fuori|afwezig|weg|onbereikbaar|borta|frånvarande|ledig|ute)(?![\w-])"
)
# The first-person subject a state comment can share, and how it joins ("..., and will be away three weeks").
_FIRST_BE: dict[str, tuple[str, str]] = {
    "fr": (r"^\s*(?:je|j['’])", " et serai "),
    "en": (r"^\s*I(?:'m|’m|\s)", " and will be "),
}


def _plain(text: str) -> str:
    return " ".join(words(text))


def _two_clauses(glue: str, lex: Lexicon) -> bool:
    """A glued reason that still holds two main clauses ("comme les chiffres sont prêts, un échange écrit suffira")."""
    g = glue.strip(" ,")
    r = classify(g, lex)
    body = r.body if r is not None and r.shape is Shape.LED else g
    return bool(multi(body, lex))


def _prepositional(said: str, np_preps: tuple[str, ...]) -> bool:
    low = said.strip(" ,").lower().replace("’", "'")
    return any(low.startswith(p) for p in np_preps)


def _note(r: Reason, lex: Lexicon) -> Said:
    """A verbless note no connective can take ("train strike, no way to get to Swindon", "only two lines left"):
    said as typed, a sentence of its own, when it says enough (3+ words); else left out (the neutral frame)."""
    if len(words(r.text, lex.elisions)) >= 3:
        return Said(own=sentence(r.text), before=r.period)
    return Said()


def arbitrate(text: str | None, lex: Lexicon, book: Said, *, np_preps: tuple[str, ...],
              np_cause: Callable[[str], str] | None = None) -> Said:
    """The phrasebook's own realisation checked against the reason's shape (the shaper has the last word):
    - several clauses -> one sentence of its own, as typed;
    - a purpose clause keeps its connective and follows the request;
    - a prepositional cause ONLY before a certain noun phrase (else the clause connective, or nothing);
    - whatever the phrasebook glued must show no seam (two connectives, a preposition before a clause).
    `before` is set when the reason names a period (said before the hand-over or request)."""
    r = classify(text, lex)
    if r is None:
        return book
    norm = r.body if r.shape is Shape.SENTENCE and r.body else r.text  # "à cause d'un client m'a retenu" -> the clause
    many = multi(norm, lex)
    if book.own and not seams(book.own, lex, np_preps=np_preps):
        if many and _plain(book.own) == _plain(sentence(norm)):
            return Said(own=many, before=r.period)  # the same words: the shaper's join of two clauses
        return Said(own=book.own, before=r.period)  # the phrasebook's sentence (its register: "There is not ...")
    glued = [g for g in (book.why, book.why_f) if g.strip(" ,")]
    if many and (not glued or any(_two_clauses(g, lex) for g in glued)):
        # the phrasebook glued two main clauses behind one connective (or could not glue it): the typed sentence
        return Said(own=many, before=r.period)
    if r.shape is Shape.LED and r.family is Family.PURPOSE:
        g = realise(r, lex)
        return Said(why=g.tail, why_f=g.front)
    if r.shape is Shape.LED and r.family in (Family.PERIOD, Family.TIME) and is_sentence(r.body, lex) and r.family is Family.PERIOD:
        return Said(own=sentence(r.text), before=True)  # "da venerdì sono a casa con il bambino": a sentence, said first
    typed = text.strip() if text else ""
    if r.shape is Shape.SENTENCE and typed[:1].isupper() and typed.endswith((".", "!")) and len(words(typed)) >= 4:
        return Said(own=many or sentence(norm), before=r.period)  # a full sentence typed as one stays one
    why, why_f = book.why, book.why_f
    certain = r.shape is Shape.NP and r.certain
    g = realise(r, lex, np_cause=np_cause)
    if (_prepositional(why, np_preps) or _prepositional(why_f, np_preps)) and not certain:
        if r.shape in (Shape.SENTENCE, Shape.LED) and (g.tail or g.front):
            return Said(why=g.tail, why_f=g.front)
        return _note(r, lex)
    for said in (why, why_f):  # a clause connective of ours before words with no verb ("as only two lines left")
        body = said.strip(" ,")
        lead = _match_lead(body, (lex.clause_cause, lex.clause_cause_front))
        ws = words(r.text, lex.elisions)
        if lead and r.shape is Shape.FRAGMENT and ws and ws[0] in lex.non_np and not is_sentence(body[len(lead):], lex):
            return _note(r, lex)
    for said in (why, why_f):
        if said and seams(said.strip(" ,"), lex, np_preps=np_preps, stranded=False):
            if r.shape is Shape.SENTENCE:
                return Said(own=g.own, before=r.period)
            return Said(why=g.tail, why_f=g.front) if (g.tail or g.front) else Said()
    return Said(why=why, why_f=why_f, own="", before=False)


def shaped(text: str | None, language: str, book: Said, *, np_preps: tuple[str, ...]) -> Said:
    """`arbitrate` with the language's lexicon (the phrasebooks' one entry point)."""
    return arbitrate(text, lexicon(language), book, np_preps=np_preps)


def names_period(text: str | None, language: str) -> bool:
    """The reason names a period of absence ("until Christmas", "dès mardi", "da venerdì"): a hand-over for it
    says the reason first and invites no contact "in the meantime". False for a language without a table."""
    try:
        lex = lexicon(language)
    except (AttributeError, KeyError):
        return False
    r = classify(text, lex)
    return bool(r and r.period)


# ------------------------------------------------------------------------------------ the decision

def formal_text(text: str, lex: Lexicon) -> str:
    """The typed reason in a formal mail's register: contractions and colloquial forms the lexicon lists written out
    ("we're" -> "we are", "I'm off for" -> "I will be away for"). Only the form changes, never a fact."""
    out = text
    for pattern, repl in lex.formal_subs:
        out = re.sub(pattern, repl, out)
    return out


def informal(text: str, lex: Lexicon) -> bool:
    """A word a formal mail cannot carry (slang, diminutives: "resto", "bosser", "belletje")."""
    return bool(lex.informal_re and re.search(lex.informal_re, text, re.IGNORECASE))


def _with_subject(subject: str, text: str, lex: Lexicon) -> str:
    """`subject` before `text`, elided where the language elides it ("je" + "ai" -> "j'ai")."""
    t = _lower(text)
    if not subject:
        return t
    if subject.endswith("e") and subject[:-1] + "'" in lex.elisions and t[:1].lower() in "aeiouyàâéèêhœ":
        return subject[:-1] + "'" + t
    return f"{subject} {t}"


def _subject_back(text: str, lex: Lexicon) -> str | None:
    """A first-person verb typed without its subject, or a verbless state, made a clause; None otherwise."""
    ws = words(text, lex.elisions)
    if not ws:
        return None
    if lex.subjectless_re and re.fullmatch(lex.subjectless_re, ws[0]):
        return _with_subject(lex.first_subject, text, lex)
    m = re.match(lex.state_re, text.strip(), re.IGNORECASE) if lex.state_re and lex.first_be else None
    if m:
        rest = words(text.strip()[m.end():], lex.elisions)
        # a state alone or followed by a time, a place or a reason ("sick since Monday", "malade depuis lundi"); never
        # before a noun ("sick kid" is the child's state, not the sender's)
        if not rest or rest[0] in lex.non_np or rest[0] in _AFTER_STATE or (lex.period_re and re.match(lex.period_re, " ".join(rest), re.IGNORECASE)):
            return _with_subject(lex.first_be, text, lex)
    return None


# Words that may follow a state of the sender ("unwell since Monday", "malata da lunedì", "absente jusqu'au 10").
_AFTER_STATE = frozenset(
    "since until till today tomorrow this all for with at in on from and depuis jusqu' jusqu'à jusqu aujourd'hui demain ce cette "
    "toute tout pour avec à en et da dal dalla fino oggi domani questa questo tutta tutto per con a in e "
    "sinds tot vandaag morgen deze hele voor met in en sedan till idag imorgon hela för med på i och "
    "one two three four five six a un une deux trois quatre cinq six uno una due tre quattro cinque sei".split()
)


def _indefinite(np: str, lex: Lexicon) -> str:
    low = np.lower()
    for pattern, article in lex.indefinite:
        if re.match(pattern, low):
            return article
    return ""


def clause_of(text: str | None, lex: Lexicon) -> str | None:
    """A verbless note made a grammatical clause by a shape rule ("resto a casa" stays; "sick" -> "I am sick";
    "Intervento al ginocchio lunedì, resto a casa tre settimane" -> "ho un intervento al ginocchio lunedì e resto a
    casa tre settimane"), or None when no rule reads it (the note then stays out). Only the typed words, re-ordered
    or given their subject, verb and article; never a new fact."""
    if not text or not _clean(text):
        return None
    t = _clean(text)
    if lex.clause_hook is not None:
        said = lex.clause_hook(t)
        if said:
            return _clean(said)
    said = _subject_back(t, lex)
    if said:
        return said
    ws = words(t, lex.elisions)
    if ws and any(_KIN_FIRST.match(w) for w in ws[:2]) and ws[0] not in lex.determiners and lex.first_have and "," not in t \
            and not has_finite(t, lex):
        # a bare family member with their state ("enfant malade à la maison", "sick kid"): the sender has them
        article = _indefinite(t, lex)
        sep = "" if article.endswith("'") or not article else " "
        return _with_subject(lex.first_have, article + sep + _lower(t), lex)
    m = re.match(r"(.+?),\s+(.+)$", t)
    if m and lex.first_have:
        head, tail = m.group(1).strip(), m.group(2).strip()
        tail_said = _subject_back(tail, lex) or (_lower(tail) if is_sentence(tail, lex) and words(tail)[0] in lex.subjects else None)
        hr = classify(head, lex)
        if tail_said and hr is not None and hr.shape is Shape.NP and not has_finite(head, lex):
            ws = words(head, lex.elisions)
            article = "" if ws and ws[0] in lex.determiners else _indefinite(head, lex)
            sep = "" if article.endswith("'") or not article else " "
            return f"{_with_subject(lex.first_have, article + sep + _lower(head), lex)} {lex.and_word} {tail_said}"
    return None


# A family member opening a verbless note ("sick kid", "enfant malade", "bimbo con la febbre").
_KIN_FIRST = re.compile(r"(?:kid|child|son|daughter|baby|enfant|fils|fille|bébé|bambino|bambina|bimbo|bimba|figlio|figlia|"
                        r"kind|zoon|dochter|barn|barnet|son|dotter)$", re.IGNORECASE)


def _fallback(text: str, lex: Lexicon) -> Said:
    """A reason that cannot be said cleanly in this mail: the neutral phrase when it is personal, else left out."""
    neutral = dict(lex.neutral).get("personal", "")
    if neutral and lex.personal_re and re.search(lex.personal_re, text, re.IGNORECASE):
        return Said(why=neutral, why_f=neutral.strip(), verdict=Verdict.NEUTRAL)
    return Said(verdict=Verdict.OUT)


def linked(sentence_: str, lex: Lexicon) -> str:
    """A reason said as its own sentence after the request, tied to it by the language's link word ("En effet, ...",
    "Ik ben namelijk ziek."); unchanged when the language has none or the sentence already opens with a connective."""
    s = sentence_.strip()
    if not lex.link or not s or s.lower().startswith(lex.link.lower().rstrip(",")):
        return s
    every = tuple(x for family in lex.leads.values() for x in family) + lex.np_leads + lex.subordinators + lex.front_only
    if _match_lead(s, every):
        return s  # it opens with its own connective ("A causa di X, non riesco ..."): no second link before it
    if lex.link_v2:
        ws = s.split(" ")
        for i, w in enumerate(ws[:4]):
            if w.lower().strip(",") in lex.finite:
                return " ".join(ws[: i + 1] + [lex.link] + ws[i + 1:])
        return s
    first = s.split(" ", 1)[0]
    keep = first == "I" or (len(first) > 1 and any(c.isupper() for c in first[1:]))
    low = s if keep else s[:1].lower() + s[1:]
    return f"{lex.link[:1].upper()}{lex.link[1:]} {low}"


# Words that open a sentence with a capital only because they open it (weekdays and months in fr/it/nl/sv).
_CASE_ONLY = re.compile(
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|"
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|"
    r"demain|domani|morgen|imorgon|ce|cette|ces|questo|questa|oggi|aujourd'hui|vandaag|idag)$", re.IGNORECASE)


def _sentence_case(text: str, lex: Lexicon) -> str:
    """A typed sentence's first capital lowered when the word is capitalised only for opening it (a determiner,
    a subject pronoun, an fr/it/nl/sv weekday), so it can be glued behind a connective; a name keeps its capital."""
    first = text.split(" ", 1)[0]
    w = words(first, lex.elisions)
    if first == "I" or first.startswith(("I'", "I’")):
        return text
    if first[:1].isupper() and w and (w[0] in lex.determiners or (w[0] in lex.subjects and w[0] != "i") or _CASE_ONLY.match(w[0])):
        return first[:1].lower() + text[1:]
    return text


def _note_head(text: str, lex: Lexicon) -> bool:
    """A verbless note before a comma ("Intervento al ginocchio lunedì, resto a casa"): the text is a note."""
    head = text.split(",", 1)[0] if "," in text else ""
    hr = classify(head, lex) if head else None
    return hr is not None and hr.shape in (Shape.NP, Shape.FRAGMENT) and not hr.lead and not has_finite(head, lex)


def _typed_sentence(text: str, lex: Lexicon) -> bool:
    """Typed as a sentence: a capital, a final stop, and a determiner or a subject first ("A supplier let us down,
    so ...", "Notre bureau ferme."): a verb the closed lists miss, not a note ("Arrêt d'un mois, dès le 10.")."""
    t = text.strip()
    ws = words(t, lex.elisions)
    return bool(ws) and t[:1].isupper() and t.endswith((".", "!")) and len(ws) >= 4 and (ws[0] in lex.determiners or ws[0] in lex.subjects)


def _pasted(own: str, text: str) -> bool:
    return bool(own) and _plain(own) == _plain(sentence(text))


def _first_person(text: str, lex: Lexicon) -> bool:
    ws = words(text, lex.elisions)
    firsts = {"i", "i'm", "i'll", "i've", "je", "j'", "io", "ik", "jag", "we", "nous", "noi", "wij", "vi"}
    return bool(ws) and (ws[0] in firsts or bool(lex.subjectless_re and re.fullmatch(lex.subjectless_re, ws[0])))


def decide(text: str | None, plan: Any, glue: Callable[[str], Said], *, np_preps: tuple[str, ...],
           np_cause: Callable[[str], str] | None = None) -> Said:
    """THE decision for the user's reason in every language: realise it (glued by its shape or a sentence of its own
    after the request), say the neutral phrase, or leave it out. `glue(text)` is the phrasebook's own realisation
    of a text (its tail, fronted and sentence forms), asked again when the text had to be made sayable first
    (register, a note made a clause). See docs/notes/phr-u.md for the steps and the per-language hooks."""
    s = plan.situation
    note = normalise(text, s.language.value, formal=plan.formal)
    if note.client or not (note.text or note.after):
        return Said(verdict=Verdict.OUT)
    said = _decide(note.text if note.changed else text, plan, glue, np_preps=np_preps, np_cause=np_cause)
    if note.neutral and said.verdict is Verdict.REALISE:
        said = replace(said, verdict=Verdict.NEUTRAL)
    if note.after:
        said = replace(said, then=note.after, verdict=Verdict.REALISE)
    return said


def _decide(text: str | None, plan: Any, glue: Callable[[str], Said], *, np_preps: tuple[str, ...],
            np_cause: Callable[[str], str] | None = None) -> Said:
    s = plan.situation
    lex = lexicon(s.language.value)
    if not text or not _clean(text):
        return Said(verdict=Verdict.OUT)
    t = text.strip()
    if plan.formal:
        t = formal_text(t, lex)
        if informal(t, lex):
            return _fallback(t, lex)
    r = classify(t, lex)
    if r is not None and r.shape is Shape.SENTENCE:
        t = _sentence_case(t, lex)  # "Sabato l'agenzia resta chiusa" glued: "dato che sabato l'agenzia ..."
    note = r is not None and (r.shape is Shape.FRAGMENT or (r.shape is Shape.NP and "," in t and not r.lead) or _note_head(t, lex))
    if r is not None and r.shape in (Shape.NP, Shape.FRAGMENT) and not r.lead and any(_KIN_FIRST.match(w) for w in words(t, lex.elisions)[:2]):
        kin = clause_of(t, lex)  # "enfant malade à la maison" -> "j'ai un enfant malade à la maison", glued as a clause
        if kin:
            t, r = kin, classify(kin, lex)
            note = False
    said = arbitrate(t, lex, glue(t), np_preps=np_preps, np_cause=np_cause)
    typed = text.strip()
    if (r is not None and r.shape is Shape.LED and r.family in (Family.PURPOSE, Family.PERIOD) and typed[:1].isupper()
            and typed.endswith((".", "!")) and len(words(t)) >= 6 and (has_finite(r.body, lex) or r.family is Family.PERIOD)):
        # a sentence typed with its own lead and main clause ("Per rispettare ... abbiamo snellito l'agenda.", "Dal 14
        # entro in congedo ..."): a sentence of its own, never glued behind the frame with a comma splice
        said = Said(own=sentence(t), before=r.family is Family.PERIOD)
    if _match_lead(t, lex.consequence) and len(words(t)) >= 4 and not (r is not None and r.shape is Shape.LED and r.family is Family.PURPOSE):
        # typed as the consequence of the request ("così hai tutto il tempo di guardarle"): it follows the request as
        # a sentence of its own, never fronted as a cause
        return Said(own=sentence(t))
    if (said.why and re.search(r":\s", said.why)) or (said.why_f and re.search(r":\s", said.why_f)):
        said = Said(own=sentence(t), before=said.before)  # "dato che X: Y" never inside a frame: the typed sentence
    if note and (_pasted(said.own, t) or not (said.own or said.why.strip(" ,") or said.why_f.strip(" ,"))):
        clause = clause_of(t, lex)
        if clause is not None:
            t = clause
            r = classify(t, lex)
            said = arbitrate(t, lex, glue(t), np_preps=np_preps, np_cause=np_cause)
        elif _pasted(said.own, t) and not _typed_sentence(text, lex):
            return _fallback(t, lex)  # a pasted note ("Arrêt d'un mois, dès le 10"): never said as typed
    if said.own and not said.why.strip(" ,") and not said.why_f.strip(" ,") and r is not None and r.shape is Shape.SENTENCE \
            and not multi(t, lex) and len(words(t)) <= lex.glue_words and not r.period and "," not in t and ":" not in t \
            and r.body == r.text:
        book = glue(t)  # one short clause typed as a sentence: glued with the clause connective, not a curt line
        tail = book.why if book.why.strip(" ,") else ""
        if tail and not _prepositional(tail, np_preps) and not seams(tail.strip(" ,"), lex, np_preps=np_preps, stranded=False) \
                and not _two_clauses(tail, lex):
            said = Said(why=tail, why_f=book.why_f if book.why_f.strip(" ,") and not _prepositional(book.why_f, np_preps) else "")
    if re.search(r":\s", said.why) or re.search(r":\s", said.why_f):
        said = Said(own=sentence(t), before=said.before)  # "dato che X: Y" never inside a frame: the typed sentence
    if said.own:
        # a sentence of its own follows the request, tied to it by the link word; it opens the mail only when it is
        # the sender's own period of leave in a hand-over (the hand-over follows from it, and names the meeting)
        before = said.before and s.intent.value == "delegate"
        said = Said(own=said.own if before else linked(said.own, lex), before=before)
    if not (said.own or said.why.strip(" ,") or said.why_f.strip(" ,")):
        return Said(verdict=Verdict.OUT)
    return said


# ------------------------------------------------------------------------------------ the note normaliser
#
# A hurried note ("sick kiddo, no childcare", "dentist appt at 3, annoyingly", "off w/ baby from the 14th, back
# 18 Jan") made the clause a professional writes, by GENERAL rules over per-language tables, before any glue.
# Interface (stable; docs/notes/phr-y.md): `normalise(text, language, formal=..., ahead=None) -> Note`.
# The tables are the phrasebook module's `NOTES` dict (keys = `NoteTable` fields); a language without one is
# passed through unchanged (confident). Steps, in order, each one rule:
#   1. a note about the client (`client_re`) is never sent          -> Note(client=True, text="")
#   2. private words and abbreviations expanded (`expand`)          "appt" -> "appointment", "kiddo" -> "little one"
#   3. spoken filler removed in a formal mail (`filler`)            "honestly", "annoyingly", "sorry", "eigenlijk"
#   4. the note cut into pieces at commas / " - " / ";" / " + "
#   5. a piece that is a promise or an action (`action_re`) leaves the cause: `Note.after` (its own sentence,
#      said after the request, built by `action_sub`)
#   6. a leading "so/donc/quindi/dus/så" (`so_words`) that makes one fact the cause of another is dropped
#   7. the dropped subject/possessive restored (`subject_back`: (regex at the piece's start, replacement))
#   8. a bare noun phrase after a clause goes in brackets ("ziek, keelontsteking" -> "ziek (keelontsteking)")
#   9. the clauses joined by `and_word` ("A, B" -> "A and B"; "A, B, C" -> "A, B and C")
#  10. a leave or trip not yet started put in the future (`future`, when `ahead`, or `ahead_re` matches)
#  11. confidence, by testable rules: every piece a clause (a finite verb) after 7, no word left that a formal
#      mail cannot carry (`unsure_re` and the lexicon's `informal_re`), at most `max_clauses` clauses. Not
#      confident -> the neutral formula of the note's KIND (`kinds`, `neutral`), keeping only the facts the client
#      needs (`{until}` a date of return from `until_re`, `{time}` an appointment's time from `time_re`).


class Kind(str, Enum):
    """What a reason is about: picks the neutral formula when the note cannot be said cleanly."""

    ILLNESS = "illness"
    CHILD = "child"
    TRAVEL = "travel"
    APPOINTMENT = "appointment"
    LEAVE = "leave"
    CLASH = "clash"
    WORKLOAD = "workload"
    OTHER = "other"


@dataclass(frozen=True)
class NoteTable:
    """One language's data for the normaliser (the phrasebook's `NOTES` dict). Regexes are case-insensitive,
    matched on the note as typed ("’" read as "'"); replacements may use groups."""

    language: str
    expand: tuple[tuple[str, str], ...] = ()  # (regex, replacement): abbreviations, private words, glued times
    filler: str = ""  # regex of one filler word/phrase (removed with its commas in a formal mail)
    so_words: tuple[str, ...] = ()  # "so", "donc", "quindi", "dus", "så" at a piece's start: dropped
    and_word: str = "and"  # joins the clauses
    subject_back: tuple[tuple[str, str], ...] = ()  # (regex anchored at a piece's start, replacement): subject restored
    action_re: str = ""  # a piece that is a promise/action of the sender ("I'll send", "je t'envoie", "ik stuur")
    action_sub: tuple[tuple[str, str], ...] = ()  # (regex, replacement) making the action piece a sentence ("I'll" -> "I will")
    client_re: str = ""  # a note about the client: the reason is never sent ("a posé un lapin", "de klant heeft")
    future: tuple[tuple[str, str], ...] = ()  # (regex, replacement): present -> future for a leave/trip ahead
    ahead_re: str = ""  # the note itself says the leave starts later ("from the 14th", "dès le 14", "vanaf 14/12")
    kinds: tuple[tuple[str, str], ...] = ()  # (kind value, regex): the first match is the note's kind
    neutral: tuple[tuple[str, str], ...] = ()  # (kind value, clause): first one whose {slots} are all known is used
    until_re: str = ""  # group 1: a date of return ("back 18 Jan", "de retour le 4", "terug op 4/1")
    time_re: str = ""  # group 1: an appointment's time ("at 3", "à 15h", "alle 15", "om 15.00", "kl. 15")
    from_re: str = ""  # group 1: the first day of a leave ahead ("from the 14th", "dès le 10", "dal 14/12", "vanaf 14/12")
    have_re: str = ""  # an event the sender has, opening a note before a clause ("seminar in X, ..." -> "I have a seminar in X")
    unsure_re: str = ""  # a word a formal mail cannot carry, left after expansion (shorthand, symbols, slang)
    formal_sub: tuple[tuple[str, str], ...] = ()  # (regex, replacement) on text and `after` in a formal mail ("je t'" -> "je vous ")
    max_clauses: int = 3


@dataclass(frozen=True)
class Note:
    """The normaliser's answer. `text` is what the phrasebook glues (a first-person clause, lower-case start
    unless a name opens it, no final stop), '' when nothing is said; `after` a sentence said after the request."""

    text: str
    after: str = ""
    kind: Kind = Kind.OTHER
    confident: bool = True
    neutral: bool = False  # `text` is the neutral formula of `kind`
    client: bool = False  # a note about the client: never sent (`text` is '')
    changed: bool = False  # `text` differs from the typed note
    rules: tuple[str, ...] = ()  # the rules that fired, and why not confident (for tests and debugging)


_NOTES: dict[str, NoteTable] = {}


def note_table(language: str) -> NoteTable:
    """The language's table, built once from its phrasebook's `NOTES` dict (patterns compiled once, cached)."""
    if language not in _NOTES:
        from composer.writers.phrases import phrasebook
        from composer.models import Language

        spec = dict(getattr(phrasebook(Language(language)), "NOTES", {}) or {})
        for key in ("expand", "subject_back", "action_sub", "future", "kinds", "neutral", "formal_sub"):
            if key in spec:
                v = spec[key]
                spec[key] = tuple(v.items()) if isinstance(v, dict) else tuple(tuple(x) for x in v)
        if "so_words" in spec:
            spec["so_words"] = tuple(spec["so_words"])
        _NOTES[language] = NoteTable(language=language, **spec)
    return _NOTES[language]


_RX: dict[str, re.Pattern[str]] = {}


def _rx(pattern: str) -> re.Pattern[str]:
    """A table's pattern compiled once (case-insensitive); never compiled per draft."""
    p = _RX.get(pattern)
    if p is None:
        p = _RX[pattern] = re.compile(pattern, re.IGNORECASE)
    return p


_CUT = re.compile(r"\s*(?:[,;]|\s[-–—]\s)\s*")
_PLUS = re.compile(r"\s\+\s")
_SPACES = re.compile(r"\s{2,}")
_COMMAS = re.compile(r"\s*,\s*(?:,\s*)+|\s+,")


def _kind_of(text: str, tab: NoteTable) -> Kind:
    for kind, pattern in tab.kinds:
        if _rx(pattern).search(text):
            return Kind(kind)
    return Kind.OTHER


def _tidy(text: str) -> str:
    t = _COMMAS.sub(", ", text)
    return _SPACES.sub(" ", t).strip(" ,;")


def _neutral_of(text: str, kind: Kind, tab: NoteTable) -> str:
    """The neutral formula of the note's kind, with the facts the client needs (a date of return, a time)."""
    facts: dict[str, str] = {}
    for slot, pattern in (("until", tab.until_re), ("time", tab.time_re), ("from", tab.from_re)):
        m = _rx(pattern).search(text) if pattern else None
        if m:
            facts[slot] = m.group(1).strip()
    for want in (kind, Kind.OTHER):
        for k, formula in tab.neutral:
            if k != want.value:
                continue
            slots = set(re.findall(r"\{(\w+)\}", formula))
            if slots <= set(facts):
                return formula.format(**facts)
    return ""


def _piece_clause(piece: str, tab: NoteTable, lex: Lexicon, rules: list[str]) -> str | None:
    """One piece of a note made a clause by the table's subject rules or the shaper's own; None when no rule does."""
    for pattern, repl in tab.subject_back:
        rx = _rx("^(?:" + pattern + ")")
        if rx.match(piece):
            rules.append("subject")
            return rx.sub(repl, piece, count=1)
    if is_sentence(piece, lex) or is_sentence(formal_text(piece, lex), lex) or re.match(r"(?:that|it|there|what|who)'s\b", piece, re.I):
        return piece
    back = _subject_back(piece, lex) or (lex.clause_hook(piece) if lex.clause_hook is not None else None)
    if back:
        rules.append("subject")
        return _clean(back)
    return None


def _future(clause: str, note: str, kind: Kind, tab: NoteTable, ahead: bool | None, rules: list[str]) -> str:
    """A leave or trip that has not started, said in the future ("I am on leave from the 14th" -> "I will be ...")."""
    if kind not in (Kind.LEAVE, Kind.TRAVEL) or not (ahead or (ahead is None and tab.ahead_re and _rx(tab.ahead_re).search(note))):
        return clause
    for pattern, repl in tab.future:
        said = _rx(pattern).sub(repl, clause)
        if said != clause:
            rules.append("future")
            clause = said
    return clause


def normalise(text: str | None, language: str, *, formal: bool = True, ahead: bool | None = None) -> Note:
    """A hurried note made a professional's clause (see the section comment above for the steps). Pure, so cached:
    the same note is read once however many drafts, variants and checks ask for it."""
    return _normalise(text, language, formal, ahead)


@lru_cache(maxsize=2048)
def _normalise(text: str | None, language: str, formal: bool, ahead: bool | None) -> Note:
    if not text or not _clean(text):
        return Note("")
    typed = _clean(text)
    tab = note_table(language)
    if not (tab.expand or tab.subject_back or tab.client_re or tab.neutral):
        return Note(typed)
    lex = lexicon(language)
    typed_sentence = _typed_sentence(text, lex) or (text.strip()[:1].isupper() and text.strip().endswith((".", "!"))
                                                    and len(words(text)) >= 5 and has_finite(text, lex))
    if typed_sentence and not (tab.action_re and re.search(r"[,;]\s*(?:" + tab.action_re + ")", text, re.I)):
        return Note(typed)  # typed as a full sentence (a capital, a stop, a subject first): the shaper reads it as it is
    t = typed.replace("’", "'")
    rules: list[str] = []
    if tab.client_re and _rx(tab.client_re).search(t):
        return Note("", client=True, changed=True, rules=("client",))
    kind = _kind_of(t, tab)
    s = t
    for pattern, repl in tab.expand:
        s2 = _rx(pattern).sub(repl, s)
        if s2 != s:
            rules.append("expand")
            s = s2
    if tab.filler:  # spoken filler has no place in a written mail, whatever its register
        s2 = _tidy(_rx(r"(?<![\w'])(?:" + tab.filler + r")(?![\w'])").sub("", s))
        if s2 != s:
            rules.append("filler")
            s = s2
    s = _PLUS.sub(f" {tab.and_word} ", s)  # "audits + payroll" -> "audits and payroll"
    pieces = [p.strip() for p in _CUT.split(s) if p and p.strip(" ,")]
    acting = (lambda p: bool(tab.action_re) and bool(_rx("^(?:" + tab.action_re + ")").match(p)))  # noqa: E731
    content = [p for p in pieces if not acting(p)]
    led = any(((c := classify(p, lex)) is not None and c.shape is Shape.LED) for p in content[:1])
    # a later piece with no subject ("as it's mostly about X, easier to send it in writing") is no main clause:
    # the pieces are read one by one (native review v15), never glued as typed
    bare_tail = any(_rx("^(?:" + p + ")").match(piece) for piece in content[1:] for p, _ in tab.subject_back)
    if led and len(content) == len(pieces) and not bare_tail and not any(x in rules for x in ("expand", "filler")):
        # "Vu qu'il ..., un mail suffira": a led clause and its main clause, read by the shaper; only its tense may change
        said = _future(typed, t, kind, tab, ahead, rules)
        return Note(said, kind=kind, changed=said != typed, rules=tuple(rules))
    clauses: list[str] = []
    after: list[str] = []
    unsure: list[str] = []
    deferred = ""
    for piece in pieces:
        for so in tab.so_words:
            if piece.lower().startswith(so + " "):
                piece = piece[len(so) + 1:].strip()
                rules.append("so")
                break
        if tab.action_re and _rx("^(?:" + tab.action_re + ")").match(piece):
            said = piece
            for pattern, repl in tab.action_sub:
                said = _rx(pattern).sub(repl, said)
            after.append(sentence(said))
            rules.append("action")
            continue
        clause = _piece_clause(piece, tab, lex, rules)
        if clause is None and tab.action_re and _rx("^(?:" + tab.action_re + ")").match(piece):
            continue
        if clause is not None:
            clauses.append(_lower(clause) if clauses else clause)
            if deferred:
                clauses[-1] = f"{clauses[-1]} ({deferred})"
                deferred = ""
                rules.append("brackets")
            continue
        r = classify(piece, lex)
        nxt = content[content.index(piece) + 1] if piece in content and content.index(piece) + 1 < len(content) else ""
        if not clauses and nxt and r is not None and r.shape is Shape.NP and lex.first_have and not r.lead \
                and not (words(piece, lex.elisions)[:1] and words(piece, lex.elisions)[0] in lex.determiners) \
                and bool(tab.have_re) and _rx(r"^(?:\w+\s+){0,2}?(?:" + tab.have_re + r")\b").match(piece) \
                and _piece_clause(nxt, tab, lex, []) is not None:
            ws = words(piece, lex.elisions)
            article = "" if ws and ws[0] in lex.determiners else _indefinite(piece, lex)
            sep = "" if article.endswith("'") or not article else " "
            clauses.append(_with_subject(lex.first_have, article + sep + _lower(piece), lex))  # "séminaire à X, ..." -> "j'ai un séminaire à X"
            rules.append("subject")
            continue
        if not clauses and not deferred and nxt and r is not None and r.shape is Shape.NP and not r.lead \
                and len(words(piece)) <= 4 and _piece_clause(nxt, tab, lex, []) is not None:
            deferred = piece  # "grève SNCF annoncée, plus aucun train" -> "il n'y a plus aucun train (grève SNCF annoncée)"
            continue
        if clauses and r is not None and r.shape is Shape.FRAGMENT and r.period and len(words(piece)) <= 6 and "brackets" not in rules:
            clauses[-1] = f"{clauses[-1]} ({piece})"  # a place until when after its clause: "ma voiture est en panne (au garage jusqu'à lundi)"
            rules.append("brackets")
            continue
        if clauses and r is not None and r.shape is Shape.NP and len(words(piece)) <= 4 and "brackets" not in rules:
            clauses[-1] = f"{clauses[-1]} ({piece})"  # "ziek, keelontsteking" -> "ziek (keelontsteking)"
            rules.append("brackets")
            continue
        if len(content) == 1:
            clauses.append(piece)  # one phrase no rule changed ("with the snow forecast"): the shaper reads it as it is
            continue
        ws = words(piece, lex.elisions)
        if len(ws) >= 3 and (ws[0] in lex.determiners or piece[:1].isupper()) and ws[0] not in lex.non_np:
            clauses.append(piece if not clauses else _lower(piece))  # a subject and a verb the closed lists miss ("a supplier let us down")
            continue
        unsure.append(piece)
    clauses = [_future(c, t, kind, tab, ahead, rules) for c in clauses]
    if len(clauses) > 1:
        rules.append("and")
        first = clauses[0].split()
        for i in range(1, len(clauses)):  # "I will be on leave ... and I will be back" -> "... and will be back"
            b = clauses[i].split()
            if len(first) > 2 and len(b) > 2 and first[0] == b[0] and first[1].lower() == b[1].lower() and b[0][:1].isalpha():
                clauses[i] = " ".join(b[1:])
    joined = (", ".join(clauses[:-1]) + f" {tab.and_word} " + clauses[-1]) if len(clauses) > 1 else (clauses[0] if clauses else "")
    why_not: list[str] = []
    if unsure:
        why_not.append("not a clause: " + " | ".join(unsure))
    if len(clauses) > tab.max_clauses:
        why_not.append("too many clauses")
    if tab.unsure_re and _rx(tab.unsure_re).search(joined):
        why_not.append("word a mail cannot carry")
    if formal and joined and informal(joined, lex):
        why_not.append("informal word")
    after_s = " ".join(after)
    if formal:
        for pattern, repl in tab.formal_sub:
            joined, after_s = _rx(pattern).sub(repl, joined), _rx(pattern).sub(repl, after_s)
        after_s = after_s[:1].upper() + after_s[1:]
    if (why_not == ["not a clause: " + " | ".join(unsure)] and clauses and len(unsure) <= len(clauses)
            and all(has_finite(c, lex) for c in clauses) and not _neutral_of(s, kind, tab)):
        # no formula for this kind: the pieces read as clauses are said, the rest left out, rather than nothing at all
        # ("it's just three tweaks, easier ..." -> "it's just three tweaks"); a kind with a formula keeps it
        rules.append("partial")
        why_not = []
    if why_not:
        neutral = _neutral_of(s, kind, tab)
        return Note(neutral, after=after_s, kind=kind, confident=False, neutral=bool(neutral), changed=True,
                    rules=tuple(rules + why_not))
    if set(rules) <= {"and"}:
        joined = typed  # clauses typed as clauses: the shaper joins them ("X, that's Y" is not "X and that's Y")
    changed = _plain(joined) != _plain(typed) or bool(after)
    return Note(joined if changed else typed, after=after_s, kind=kind, changed=changed, rules=tuple(rules))
