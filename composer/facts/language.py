"""Language exactly: each paragraph judged among the five and the neighbours they get confused with.

lingua is restricted to a fixed set (the five, plus Norwegian, Danish, German, Spanish, Portuguese, Catalan),
loaded once. A paragraph too short to judge is skipped; the user's own words (names, meeting, reason) are cut
out first, because they may be in any language.
"""

from __future__ import annotations

import re
from functools import lru_cache

from composer.facts.issue import FactIssue
from composer.models import Language
from composer.facts.rx import rx

LANGUAGE_NAMES = {Language.fr: "French", Language.it: "Italian", Language.nl: "Dutch", Language.sv: "Swedish", Language.en: "English"}
_TARGET = {Language.fr: "FRENCH", Language.it: "ITALIAN", Language.nl: "DUTCH", Language.sv: "SWEDISH", Language.en: "ENGLISH"}
_NEIGHBOURS = ("BOKMAL", "NYNORSK", "DANISH", "GERMAN", "SPANISH", "PORTUGUESE", "CATALAN")
_SHOWN = {"BOKMAL": "Norwegian", "NYNORSK": "Norwegian"}
# Fewer words than this in a paragraph is a guess; the whole-text check still sees them.
MIN_WORDS = 7
# The other language must beat the wanted one by this much confidence to count.
MARGIN = 0.25
# A short paragraph or sentence (SHORT_WORDS to MIN_WORDS - 1 words of its own) is judged too, on strong evidence only:
# the other language must beat the wanted one by this much, and none of the wanted language's own words may stand in
# it ("Speriamo di rivedervi presto in negozio." in an English mail; "Thank you for your understanding." is not judged
# foreign). Round 28.
SHORT_WORDS = 4
SHORT_MARGIN = 0.8


# A fast first look (trigrams only) settles the clear cases; anything else gets the full model.
SCREEN_MARGIN = 0.5


@lru_cache(maxsize=2)
def _detector(fast: bool = False):  # type: ignore[no-untyped-def]
    from lingua import Language as L
    from lingua import LanguageDetectorBuilder

    builder = LanguageDetectorBuilder.from_languages(*(getattr(L, n) for n in (*_TARGET.values(), *_NEIGHBOURS)))
    return (builder.with_low_accuracy_mode() if fast else builder).build()


def name_of(lingua_name: str) -> str:
    return _SHOWN.get(lingua_name, lingua_name.capitalize())


@lru_cache(maxsize=4096)
def _lead(text: str, want: Language) -> tuple[str, float] | None:
    """The language this text reads as best when that is not `want` (lingua's name), with its lead in confidence over
    `want`; None when it reads as `want`. Kept per (text, language), whatever margin a caller asks for: batches repeat
    the same stock paragraphs, and lingua is the costly part."""
    quick = _detector(True).compute_language_confidence_values(text)
    if quick and quick[0].language.name == _TARGET[want] and quick[0].value - (quick[1].value if len(quick) > 1 else 0) >= SCREEN_MARGIN:
        return None
    values = _detector().compute_language_confidence_values(text)
    if not values:
        return None
    top = values[0]
    if top.language.name == _TARGET[want]:
        return None
    wanted = next((v.value for v in values if v.language.name == _TARGET[want]), 0.0)
    return top.language.name, top.value - wanted


def judge(text: str, want: Language, margin: float = MARGIN) -> str | None:
    """The other language this text reads as (a display name), or None when it reads as `want` or is unclear (its
    lead is under `margin`)."""
    lead = _lead(text, want)
    return name_of(lead[0]) if lead is not None and lead[1] >= margin else None


# Models drift into English mid-paragraph; these words are a cheap sign of an English sentence worth a closer look.
_ENGLISH = frozenset(
    "the and you to of i we will be is that for with this your please would hope it my our are have can if "
    "let me know look forward thank understanding sorry unfortunately best regards".split()
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
# A sentence this long is judged on its own: one Norwegian or German sentence inside a Swedish or Dutch paragraph
# does not move the paragraph's verdict.
SENTENCE_WORDS = 8


# Words of each language that its confusable neighbours (Norwegian/Danish, German, Spanish/Portuguese, ...) do not
# use: a sentence with two of them is in that language, and skips the detector (it is the costly part per draft).
_OWN_MARKERS = {
    Language.sv: frozenset("och jag inte är vad hur något hälsningar tyvärr gärna vänliga".split()),
    Language.nl: frozenset("het een ik niet wij zijn graag naar ook voor wat hoe uw jullie bent heeft helaas groet".split()),
    Language.it: frozenset("il che non della delle degli sono anche ci gli ringrazio cordiali purtroppo".split()),
    Language.fr: frozenset("je vous nous une avec pour sont votre cette merci malheureusement".split()),
    Language.en: frozenset("the and you is are with would please thank we your this that".split()),
}


# Words each language (the five and the neighbours, by lingua's names) uses and the others do not: a short line with one
# of the language it reads as, at a margin of SHORT_SIGNED_MARGIN, is in that language ("Ci vediamo presto al
# laboratorio.", "Wir freuen uns auf Ihren Besuch.").
_SHORT_MARKERS = {
    "ITALIAN": frozenset("il che non della delle degli sono anche ci gli grazie speriamo vediamo rivederla rivedervi arrivederci saluti buona".split()),
    "FRENCH": frozenset("je vous nous une avec pour sont votre cette merci bientôt plaisir revoir espérons".split()),
    "DUTCH": frozenset("het een ik niet wij zijn graag naar ook voor wat hoe uw jullie bent heeft helaas groet snel weer ziens bedankt hopelijk".split()),
    "SWEDISH": frozenset("och jag inte är vad hur något tyvärr gärna vänliga hoppas ses tack".split()),
    "ENGLISH": frozenset("the and you is are with would please thank we your this that see soon hope".split()),
    "SPANISH": frozenset("esperamos nuestra nuestro usted gracias verte vernos muchas".split()),
    "PORTUGUESE": frozenset("obrigado obrigada você vemos esperamos".split()),
    "GERMAN": frozenset("wir uns ihr ihren ihre freuen nicht und ist ich sie bald wieder auf".split()),
    "BOKMAL": frozenset("jeg ikke deg dere gleder til hilsen vennlig".split()),
    "NYNORSK": frozenset("eg ikkje deg dykk gler til helsing".split()),
    "DANISH": frozenset("jeg ikke jer håber glæder hilsen venlig".split()),
}
SHORT_SIGNED_MARGIN = 0.5


def _short_foreign(words: list[str], want: Language) -> str | None:
    """The other language a short line (SHORT_WORDS to MIN_WORDS - 1 words) reads as, on strong evidence only: none of
    the wanted language's own words, and a margin of SHORT_MARGIN, or of SHORT_SIGNED_MARGIN with a word of its own."""
    low = [w.lower() for w in words]
    if len(low) < SHORT_WORDS or _plainly(low, want, 1):
        return None
    lead = _lead(" ".join(low), want)  # one lingua reading, whichever margin applies
    if lead is None:
        return None
    top, by = lead
    signed = bool(set(low) & _SHORT_MARKERS.get(top, frozenset()))
    return name_of(top) if by >= (SHORT_SIGNED_MARGIN if signed else SHORT_MARGIN) else None


def _plainly(words: list[str], want: Language, enough: int = 2) -> bool:
    return len(set(words) & _OWN_MARKERS[want]) >= enough


def _foreign_sentences(own_text: str, full_text: str, want: Language, given: frozenset[str] = frozenset()) -> list[FactIssue]:
    out: list[FactIssue] = []
    for m in _SENTENCE.finditer(own_text):
        sentence = m.group(0).strip()
        words = [w for w in rx(r"[^\W\d_]+").findall(sentence.lower()) if w not in given]
        english = want is not Language.en and len(words) >= 6 and sum(w in _ENGLISH for w in words) / len(words) >= 0.35
        short = not english and len(words) < SENTENCE_WORDS
        if _plainly(words, want):
            continue
        other = _short_foreign(words, want) if short else judge(" ".join(words) if given else sentence, want)
        if other is None:
            continue
        at = full_text.find(sentence[:30])
        out.append(FactIssue("language", f"wrong language: a sentence reads as {other} ({sentence[:60]!r}); write all of it in {LANGUAGE_NAMES[want]}",
                             (at, at + len(sentence)) if at >= 0 else None))
    return out


# `field` of a language issue when the whole message (not one paragraph among others) is in another of the five
# languages Tactful writes (the scorer still reads its content in that language; its register is the tone verdict's).
WHOLE = "message"
# `field` when the whole message is in a language outside the five (a neighbour: Danish for Swedish, German for
# Dutch): a near miss of the client's language that no checklist reads, so its content counts as not stated.
WHOLE_OUTSIDE = "message:outside"
_FIVE_NAMES = frozenset(LANGUAGE_NAMES.values())


def _whole_field(message: str) -> str:
    shown = rx(r"reads as (\w+)").search(message)
    return WHOLE if shown and shown.group(1) in _FIVE_NAMES else WHOLE_OUTSIDE
# Share of the judged prose (in words) in another language from which on the message as a whole is.
WHOLE_SHARE = 0.75


def _paragraph_issue(para: str, full_text: str, other: str, want: Language, *, short: bool = False) -> FactIssue:
    """A paragraph found in another language, named by its first words and spanned where it stands in the draft."""
    head = " ".join(para.split()[:6])
    at = full_text.find(para.strip()[:30])
    span = (at, at + len(para.strip())) if at >= 0 else None
    said = f"a short paragraph reads as {other} ({head!r})" if short else f"a paragraph reads as {other} ({head!r}...)"
    return FactIssue("language", f"wrong language: {said}; write all of it in {LANGUAGE_NAMES[want]}", span)


def check_language(own_text: str, full_text: str, want: Language, given: frozenset[str] = frozenset(),
                   names: frozenset[str] = frozenset()) -> list[FactIssue]:
    """Paragraphs (of the writer's own prose) in another language than `want`. `given` holds the words of the
    user's own free text (reason, meeting): echoed piecemeal inside a sentence they are not the writer's language.
    `names` holds the words of the people's fields (sender with role and company, recipient, colleague): a
    sign-off ("Kind regards, Daniel Nwachukwu-Hale Procurement consultant") split over lines is no evidence of a
    language; a paragraph with fewer than MIN_WORDS words of its own once they are removed is not judged."""
    out: list[FactIssue] = []
    judged = 0
    judged_words = flagged_words = 0
    short_out: list[FactIssue] = []  # short paragraphs judged on strong evidence: never the whole message
    own_paragraphs = rx(r"\n\s*\n").split(own_text)
    if own_paragraphs and "\n" in own_paragraphs[0]:  # the subject line is not part of the greeting's paragraph
        subject, first = own_paragraphs[0].split("\n", 1)
        own_paragraphs[:1] = [subject, first]
    for para in own_paragraphs:
        # the user's own words (meeting, reason) may be in any language ("videocall su Teams", "via email"): what is
        # left must still be enough to judge, as for names
        words = [w for w in rx(r"[^\W\d_]+").findall(para) if w.lower() not in names and w.lower() not in given]
        if len(words) < MIN_WORDS:
            if len(words) >= SHORT_WORDS:
                other = _short_foreign(words, want)
                if other is not None:
                    short_out.append(_paragraph_issue(para, full_text, other, want, short=True))
            continue
        judged += 1
        judged_words += len(words)
        if _plainly([w.lower() for w in words], want, 3):
            continue  # three words only this language uses; a foreign sentence inside is judged on its own below
        other = judge(para, want)
        if other is None:
            continue
        flagged_words += len(words)
        out.append(_paragraph_issue(para, full_text, other, want))
    if out and flagged_words >= WHOLE_SHARE * judged_words:  # (nearly) all the prose is in the other language: the whole message is
        out = [FactIssue(i.kind, i.message, i.span, _whole_field(i.message)) for i in out]
    if not out:
        out += _foreign_sentences(own_text, full_text, want, given | names)
    for issue in short_out:  # a short paragraph the sentence check already named is named once
        if not any(o.span and issue.span and o.span[0] < issue.span[1] and issue.span[0] < o.span[1] for o in out):
            out.append(issue)
    if not out and not judged:  # only short paragraphs: judge them together
        words = [w for w in rx(r"[^\W\d_]+").findall(own_text) if w.lower() not in names]
        if len(words) >= 8:
            other = judge(own_text, want)
            if other is not None:
                message = f"wrong language: the message reads as {other}; write all of it in {LANGUAGE_NAMES[want]}"
                out.append(FactIssue("language", message, None, _whole_field(message)))
    return out


def warm_up() -> None:
    """Load every language model now (a few seconds, once per process), so the first draft checked is not slow."""
    sample = "the meeting la réunion la riunione de vergadering mötet møtet mødet das Treffen la reunión a reunião"
    for fast in (True, False):
        _detector(fast).compute_language_confidence_values(sample)
