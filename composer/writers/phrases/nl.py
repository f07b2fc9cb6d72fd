"""Dutch for the built-in writer (sentence table and grammar hooks): zakelijk maar menselijk, geen loze openingszinnen.

Formal drafts address the reader with "u/uw" throughout and never use "je", not even the generic
one; friendly drafts use "je/jij/jouw" and never "u". The user's own free text (meeting, time,
reason, proposed times) is slotted in where Dutch grammar holds whatever was typed:

- the meeting is named directly when it is one ("de fotoshoot", "ons projectoverleg", "het overleg over
  de jaarrekening" as typed) and only a topic gets "ons overleg over"; the time follows "op" when it
  starts with a weekday or a date, "om" for a clock time, and goes in parentheses otherwise;
- a reason that reads as a main clause ("ik moet die dag in Rotterdam zijn") follows ", want", which
  keeps main-clause word order; a noun phrase ("een afspraak bij een andere klant") follows "vanwege";
- the client's reason (no-show, late cancellation) goes after a colon or after "van", never into a
  "dat"-clause, which would need verb-final order;
- a proposed time is the subject or an adverbial of its sentence ("Past ... in uw agenda?",
  "Ik kan ..."), so no preposition has to be guessed; several times are a list that ends its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import replace

from typing import Any

from composer.models import Intent, Language, Policy, Relationship, Situation
from composer.names import parse_name
from composer.facts.model import said_in_order
from composer.writers import when
from composer.writers.plan import Plan, num, wish
from composer.writers.phrases.nl_sv_notes import noted, said_after, without_asides
from composer.writers.phrases.nl_sv_policy import one_person, rule_change, standing_charged
from composer.writers.phrases.nl_sv_times import tidy as _tidy_time
from composer.writers.phrases import nl_sv_labels as _labels
from composer.writers.phrases.nl_notes import LEXICON_EXTRA, NOTES  # noqa: F401  (NOTES: read by reasons.normalise)

# Subject pronouns that open a main clause whatever follows.
_CLAUSE_START = re.compile(r"^(ik|we|wij|er|hij|zij|ze|men|jij|je|u)\b", re.IGNORECASE)
# --- Tables for the shared reason shaper (composer/writers/reasons.py, phr-q): data, one place -------------
# The typed reason is classified by SHAPE (noun phrase / clause led by its own connective / full sentence /
# fragment) and realised by shape: a prepositional cause only before a certain noun phrase, a finite clause after
# the clause connective, a connective typed kept alone, a full sentence on its own, a period before the hand-over.
CONNECTIVES: dict[str, tuple[str, ...]] = {
    "cause": ("omdat", "want", "doordat", "aangezien", "daar", "gezien", "vermits"),
    "purpose": ("zodat", "opdat", "om"),  # "om ... te <verb>"
    "time": ("nu", "sinds", "zodra", "terwijl", "voordat", "nadat", "wanneer", "als"),
    "period": ("tot en met", "t/m", "tot", "vanaf", "per", "tijdens", "na", "sinds", "van"),
}
PREPOSITIONAL_CAUSE = ("vanwege", "wegens", "door", "in verband met", "ivm", "i.v.m.", "als gevolg van")
CAUSE_PREPOSITION = "vanwege"  # before a certain noun phrase only
CLAUSE_CONNECTIVE = "omdat"  # before a finite clause (verb-final order)
SUBJECT_PRONOUNS = ("ik", "je", "jij", "u", "hij", "zij", "ze", "het", "we", "wij", "jullie", "men", "er")
AUXILIARIES = ("ben", "bent", "is", "zijn", "was", "waren", "heb", "hebt", "heeft", "hebben", "had", "hadden",
               "word", "wordt", "worden", "werd", "werden")
MODALS = ("moet", "moeten", "moest", "moesten", "kan", "kun", "kunt", "kunnen", "kon", "konden", "zal", "zult",
          "zullen", "zou", "zouden", "wil", "wilt", "willen", "wilde", "wilden", "mag", "mogen", "mocht", "hoef", "hoeft")
FREQUENT_VERBS = ("ga", "gaat", "gaan", "ging", "gingen", "kom", "komt", "komen", "kwam", "kwamen", "zit", "zitten",
                  "zat", "zaten", "sta", "staat", "staan", "stond", "lig", "ligt", "lag", "doe", "doet", "deed",
                  "krijg", "krijgt", "kreeg", "houd", "houdt", "hield", "rijd", "rijdt", "reed", "reis", "reist",
                  "werk", "werkt", "werkte", "woon", "woont", "vlieg", "vliegt", "vloog", "heb", "blijf", "blijft",
                  "valt", "viel", "loopt", "liep", "lukt", "lukte", "duurt", "duurde", "weet", "vind", "vindt",
                  "hoop", "hoopt", "zie", "ziet", "zag", "verhuis", "verhuist", "begin", "begint", "begon", "stop", "stopt")
# Leave and absence: a reason of this kind sets a period, said BEFORE the hand-over (and nothing invites contact then).
LEAVE = re.compile(r"(verlof|vakantie|wereldreis|sabbatical|afwezig|met pensioen|op reis|in het buitenland|"
                   r"ziekenhuis|operatie|herstel|zwangerschaps|bevalling|uitgerekend)", re.IGNORECASE)
PERIOD = re.compile(r"\b(vanaf|tot (?:en met )?|t/m|per|na|tijdens)\s+(?:\w+\s+)?(?:januari|februari|maart|april|mei|juni|juli|augustus|"
                    r"september|oktober|november|december|kerst|pasen|de zomer|volgende week|maandag|dinsdag|woensdag|"
                    r"donderdag|vrijdag|\d)|\b(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|enkele|een paar) (?:weken|maanden|maand|week)\b", re.IGNORECASE)


# The same tables in the shape the shared shaper reads (`composer.writers.reasons.lexicon("nl")`, phr-q's API).
# "want" keeps main-clause order, so a whole typed sentence glued after the request takes "want"; no connective
# fronts a main clause in Dutch without changing its word order, so `clause_cause_front` is "" (say it on its own).
REASONS: dict[str, Any] = {
    "leads": {k: v for k, v in CONNECTIVES.items()},
    "np_leads": PREPOSITIONAL_CAUSE,
    "subjects": SUBJECT_PRONOUNS,
    "finite": AUXILIARIES + MODALS + FREQUENT_VERBS,
    "determiners": ("de", "het", "een", "mijn", "onze", "ons", "uw", "je", "jouw", "zijn", "haar", "hun", "deze", "dit", "die"),
    "relatives": ("die", "dat", "wat", "waar", "waardoor"),
    "reason_nouns": ("staking", "storing", "afspraak", "vergadering", "deadline", "verhuizing", "ziekte", "griep", "beurs",
                     "congres", "training", "begrafenis", "bruiloft", "vertraging", "sneeuw", "gladheid"),
    "finite_re": r"\w+(?:de|te|den|ten|t)",
    "clause_cause": "want",
    "clause_cause_front": "",
    "period_re": PERIOD.pattern,
    "subordinators": ("omdat", "doordat", "aangezien", "zodat", "opdat", "terwijl", "voordat", "nadat", "zodra", "sinds"),
}
REASONS.update(LEXICON_EXTRA)  # what the note normaliser needs to put a dropped subject back


# A first-person verb typed without its subject ("ben ziek", "word geopereerd en ben drie weken weg"): "ik" put back.
_FIRST_SG = frozenset("ben heb word ga zit moet kan wil sta lig kom werk doe mag zal was had werd moest kon wilde ging zat lag stond kwam".split())
# A verbless absence ("vanaf morgen drie weken met verlof na een operatie", "tot 4 januari met vakantie"): "ik ben" put before.
_AWAY_WORDS = re.compile(r"\b(met [\w-]*verlof|met vakantie|afwezig|op reis|in het buitenland|in het ziekenhuis|weg)\b", re.IGNORECASE)


# A clause ending in an infinitive or participle ("kan niet komen", "kon het niet regelen", "kan ik niet missen").
_ENDS_IN_VERB = re.compile(r"(?:\w{2,}en|zijn|gaan|doen|staan|zien|slaan|ge\w+[dt])\W*$", re.IGNORECASE)


def _subjected(reason: str) -> str:
    """The sender's "ik" put back before a first-person verb typed without it; a verbless absence gets "ik ben"."""
    t = reason.strip()
    words = t.split()
    if not words:
        return reason
    first = words[0].lower().strip(",.")
    if first in ("kan", "kon") and not _ENDS_IN_VERB.search(re.split(r"[,;]", t)[0]):
        return "het " + t[:1].lower() + t[1:]  # "kan prima via de mail": it can, not "ik kan" (native review v12)
    if first in _FIRST_SG:
        return "ik " + t[:1].lower() + t[1:]
    low = t[:1].lower() + t[1:]
    if (_AWAY_WORDS.search(t) and not _FINITE.search(low) and not _CLAUSE_START.match(low)
            and not re.match(r"^(vanwege|wegens|door|i\.?v\.?m\.?|ivm|in verband met|als gevolg van|omdat|want|doordat|zodat|nu|om|voor)\b", low, re.IGNORECASE)):
        return "ik ben " + low
    return reason


def reason_shape(reason: str | None) -> tuple[str, str, str]:
    """(shape, family, connective) of a typed reason: shape "np" | "clause" (led by its own connective) | "sentence"
    (subject + finite verb) | "fragment" | "" (none); family "cause" | "purpose" | "time" | "period" | "";
    the connective typed ("" when none). The one classification every realisation below asks."""
    if not reason or not reason.strip(" .!;"):
        return "", "", ""
    r = _lower_first(reason)
    lead = _strip_leads(r)[0]
    for family, words in CONNECTIVES.items():
        for c in words:
            if re.match(rf"(?i){re.escape(c)}\s", r):
                if family == "purpose" and c == "om" and not re.search(r"(?i)\bte\s+\w+$", r):
                    continue  # "Om half elf word ik ...": a fronted time, not "om ... te"
                if family == "period":
                    return ("sentence" if _fronted_sentence(r) else "np"), family, c
                return ("sentence" if _complex(r) else "clause"), family, c
    if lead in PREPOSITIONAL_CAUSE:
        return ("sentence" if _inverted(reason) else "np"), "cause", lead
    if _fronted_sentence(r) or _is_clause(r):
        return "sentence", ("period" if PERIOD.search(r) else ""), ""
    return ("np" if _np_like(r) else "fragment"), "", ""


def _fronted_sentence(r: str) -> bool:
    """A main clause after a fronted adverbial ("om half elf word ik ...", "vanaf januari ga ik ..."): a finite
    verb straight before a subject pronoun, before any relative part."""
    words = [w.lower().strip(",.") for w in r.split()]
    if not words or words[0] in ("omdat", "doordat", "aangezien", "zodat", "terwijl", "voordat", "nadat", "als", "wanneer"):
        return False
    for i in range(1, len(words) - 1):
        if words[i] in ("die", "dat", "wat", "waar"):
            return False
        if _FINITE.fullmatch(words[i]) and words[i + 1] in SUBJECT_PRONOUNS and words[i + 1] not in ("het", "er"):
            return True
    return False


# Finite verbs that make a reason a clause ("de trein had vertraging", "het congres is verplaatst").
_FINITE = re.compile(
    r"\b(word|houd|houdt|krijg|krijgt|kreeg|doe|doet|deed|rijd|rijdt|reis|reist|woon|woont|hoef|hoeft|mocht|begin|begint|begon|is|ben|bent|was|waren|heb|hebt|heeft|had|hadden|hebben|moet|moeten|moest|moesten|kan|kun|kunt|"
    r"kunnen|kon|konden|wordt|worden|werd|werden|zal|zullen|zou|zouden|wil|wilt|willen|wilde|mag|mogen|"
    r"ga|gaat|gaan|ging|gingen|zit|zitten|zat|zaten|sta|staat|staan|stond|lig|ligt|lag|kom|komt|komen|"
    r"kwam|kwamen|valt|viel|vielen|zijn|ontbreekt|ontbreken|ontbrak|blijft|blijven|bleef|loopt|liep|lukt|lukte|duurt|duurde|"
    r"volgt|speelt|speelde|werkt|werkte|verandert|veranderde|weet|weten|vind|vindt|hoop|hoopt|zie|ziet|zag)\b",
    re.IGNORECASE,
)
# A relative pronoun starts a subordinate part: a verb after it does not make the reason a clause
# ("een afspraak die is uitgelopen" stays a noun phrase).
_RELATIVE = re.compile(r"\b(die|dat|wat|waar|waardoor|welke)\b", re.IGNORECASE)

# A bare clock time ("10.00 uur", "14:00") takes "om"; a weekday or a date takes "op".
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}\b")
_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def _lower_first(text: str) -> str:
    """Lower-case a leading capital unless it starts a name-like word or an acronym (KLM, IJsland)."""
    text = text.strip().rstrip(".!;")
    first = text.split(" ", 1)[0]
    if first.isupper() and len(first) > 1 or any(c.isupper() for c in first[1:]):
        return text
    return text[:1].lower() + text[1:]


# A possessed or definite noun and a negated verb of any kind ("mijn bus start niet", "de lift werkt nog steeds niet"):
# a clause, never a noun phrase after "vanwege" (native review v15).
_NEGATED = re.compile(r"^(?:mijn|m'n|ons|onze|de|het|zijn|z'n|haar|hun|je|jouw|uw)\s+[\w-]+\s+[a-z]{2,}t?\s+(?:(?:nog|nu|al|weer|helemaal)\s+)*(?:niet|nooit)\b",
                      re.IGNORECASE)


# "het draait eigenlijk om …", "alles hangt af van …": a pronoun subject and a present verb (any verb) before an adverb
# or a preposition is a clause, never a noun phrase after "vanwege" (native review v16).
_PRONOUN_VERB = re.compile(r"^(?:het|dit|alles)\s+[a-z]{3,}t\s+(?:eigenlijk|vooral|alleen|maar|nog|al|gewoon|echt|toch|"
                           r"om|over|af|op|aan|in|van|met|bij|niet)\b", re.IGNORECASE)
# A cause typed with its own decision to use e-mail ("…, die mail ik u gewoon", "…, dus ik stuur het per mail").
_MAIL_DECIDED = re.compile(r"(?i)^(.+?),\s+(?:die|dat|dus|dan|en|dit|het)\b[^.,]*\b(?:mail|e-mail)\w*\b[^.]*\.?$")


def _is_clause(reason: str) -> bool:
    r = reason.strip()
    if _CLAUSE_START.match(r) or _NEGATED.match(r) or _PRONOUN_VERB.match(r):
        return True
    # Only the part before a relative pronoun counts; a leading "dat"/"die" is a demonstrative.
    rel = next((m for m in _RELATIVE.finditer(r) if m.start() > 0), None)
    head = r[: rel.start()] if rel else r
    if r.split(" ", 1)[0].lower() == "zijn":  # "zijn vlucht": a possessive, not the verb
        head = head.split(" ", 1)[1] if " " in head else ""
    return bool(_FINITE.search(head))


# A connective the user typed is kept (their word order goes with it), never stacked under ours.
_CLAUSE_LEAD = re.compile(r"^(omdat|want|doordat|aangezien|daar|nu)\s+", re.IGNORECASE)
_NP_LEAD = re.compile(r"^(vanwege|wegens|door|i\.?v\.?m\.?|in verband met|als gevolg van)\s+", re.IGNORECASE)


# A reason typed as a bare state ("ziek", "op reis") gets its subject: ", want ik ben ziek".
_STATE = re.compile(
    r"^(ziek|verhinderd|afwezig|druk|bezet|dubbel geboekt|volgeboekt|onderweg|overbezet|niet beschikbaar|op reis|met vakantie|op vakantie|"
    r"met verlof|in het buitenland|in quarantaine|overwerkt)\b",
    re.IGNORECASE,
)
# An illness typed as a bare noun ("griep"): the sender or the client has it.
_ILLNESS = re.compile(r"^(griep|buikgriep|koorts|corona|covid(?:-19)?|migraine|hoofdpijn|keelontsteking|longontsteking)$", re.IGNORECASE)
# Bare nouns that need "een" ("staking" -> "een staking"); most Dutch reasons typed bare are such nouns.
_NEEDS_EEN = re.compile(r"^([\w-]*staking|afspraak|doktersafspraak|[\w-]*afspraak|vergadering|[\w-]*vergadering|storing|ongeluk|"
                        r"noodgeval|familiekwestie|[\w-]*bezoek|begrafenis|bruiloft|deadline|conflict|probleem|[\w-]*beurs|"
                        r"verhindering|congres|training|cursus|[\w-]*afsluiting)$", re.IGNORECASE)
_DE_SUFFIX = re.compile(r"(ing|heid|tie|staking|beurs|afspraak|kwestie)$", re.IGNORECASE)


def _head(r: str) -> list[str]:
    """The noun phrase before its first preposition: 'een beurs' in 'beurs in Utrecht'."""
    return re.split(r"\s(?:in|op|vanaf|bij|met|van|voor|om|uit|naar|tot)\s", " " + r + " ", maxsplit=1)[0].split()


def _with_article(r: str, definite: bool = False) -> str:
    """A bare countable noun gets 'een' ('vanwege een beurs in Utrecht'), or 'de' when it is the client's own
    known hindrance ('van de onverwachte verhindering')."""
    head = _head(r)
    if (len(head) == 2 and head[0].islower() and head[0].endswith("e") and head[0].lower() not in _DETERMINERS
            and head[1].islower() and not head[1].endswith(("en", "s", "e"))):
        # "drukke week met deadlines": an inflected adjective before a singular noun needs its article
        return ("de " if definite else "een ") + r
    if not head or head[0].lower() in _DETERMINERS or len(head) > 3 or not _NEEDS_EEN.match(head[-1]):
        return r
    return ("de " if definite and _DE_SUFFIX.search(head[-1]) else "een ") + r


_SUBJECT_PRONOUNS = frozenset("ik we wij er hij zij ze men jij je u het".split())
_FIRST_PERSON = frozenset("ik we wij".split())
_CONJUNCTIONS = frozenset("en maar dus of want omdat en/of die dat wat waar".split())


def _inverted(reason: str) -> str | None:
    """A whole sentence typed with its own lead phrase and the verb after it ('Door ziekte was het team niet
    compleet'): kept whole, lead included; stripping 'door' would leave 'ziekte was het team ...'."""
    r = _lower_first(reason)
    m = _NP_LEAD.match(r)
    if not m:
        return None
    rest = r[m.end():].split()
    # A finite verb straight before its subject ("door een storing in ons systeem heb ik ..."): inverted order.
    for i in range(1, len(rest) - 1):
        if _FINITE.fullmatch(rest[i].lower().strip(",")) and rest[i + 1].lower() in _INVERTED_SUBJECT - {"mijn", "onze", "ons", "zijn", "haar", "hun"}:
            return _lead_said(r)
    # The lead's noun phrase is one to three words, then a finite verb, then more: inverted main-clause order.
    for i in range(1, min(4, len(rest) - 1)):
        if _FINITE.fullmatch(rest[i].lower()):
            return _lead_said(r)
        if rest[i].lower().endswith(("t", "en", "de", "te")) and rest[i + 1].lower() in _INVERTED_SUBJECT:
            return _lead_said(r)  # "door de staking rijden er geen treinen": a verb we do not list, then its subject
    # Any word straight before "ik"/"wij"/"jij" that is not a preposition is its verb ("ivm de gladheid rijd ik ..."):
    # the sender's own sentence, never a noun phrase after our "vanwege".
    for i in range(1, len(rest) - 1):
        if rest[i + 1].lower().strip(",") in ("ik", "wij", "we", "jij") and rest[i].lower() not in _PREPOSITIONS:
            return _lead_said(r)
    return None


_PREPOSITIONS = frozenset("met voor door bij van aan naar op in uit over onder tegen tussen zonder dan als en of want".split())


def _lead_said(r: str) -> str:
    """Typed shorthand for the lead written out in the mail ("ivm" -> "in verband met")."""
    return re.sub(r"^i\.?v\.?m\.?(?=\s)", "in verband met", r, flags=re.IGNORECASE)


_ADVERBS = frozenset("al nog ook niet nu toch echt wel even pas net zelf helemaal eigenlijk morgen vandaag gisteren dan daar hier".split())
_INVERTED_SUBJECT = frozenset("er het ik we wij hij zij ze u je jij mijn onze ons zijn haar hun".split())


def _tied(sentence: str) -> str:
    """The reason after the request, tied to it ('Mijn auto staat in de garage, vandaar mijn verzoek.'): it no
    longer opens the mail on its own, and the words typed stay together (the fact check finds them)."""
    if re.match(r"(?i)(vanwege|wegens|door|in verband met|omdat|doordat|aangezien|als gevolg van)\b", sentence):
        return sentence  # it already says why ("Vanwege de migratie kan ik ..."): no "vandaar mijn verzoek" after it
    if (said := linked(sentence)) != sentence.strip():
        return said  # "De A28 is die dag namelijk afgesloten.": the link word ties it to the question
    return sentence.rstrip(".") + ", vandaar mijn verzoek."


def _strip_leads(reason: str) -> tuple[str, str]:
    """(the last connective typed, the reason without any): 'vanwege omdat ik ziek ben' -> ('omdat', 'ik ziek ben')."""
    r = _lower_first(reason)
    last = ""
    while m := (_CLAUSE_LEAD.match(r) or _NP_LEAD.match(r)):
        last, r = m.group(1).lower(), r[m.end():]
    return last, r


def _verb_second(clause: str) -> str | None:
    """A verb-final clause ('ik op reis ben', 'ik in Groningen moet zijn') in main-clause order ('ik ben op
    reis', 'ik moet in Groningen zijn'); None when its subject or finite verb is not plain to see."""
    tokens = clause.split()
    if any("," in t for t in tokens):
        return None
    # The subject: a pronoun ("ik"), or a determiner and its noun ("mijn dochter", "de trein").
    if (len(tokens) >= 3 and tokens[0].lower() in ("mijn", "onze", "ons", "de", "het", "een", "zijn", "haar", "hun")
            and not _FINITE.fullmatch(tokens[1].lower()) and tokens[1].lower() not in _ADVERBS):
        n = 2  # "het verslag al grotendeels klaar is": "het" is the article of the subject, not the pronoun
    elif len(tokens) >= 2 and tokens[0].lower() in _SUBJECT_PRONOUNS:
        n = 1
    else:
        return None
    # The finite verb is in the closing verb cluster: the last known finite form, with at most two words after it.
    idx = [i for i, t in enumerate(tokens) if i >= n and i >= len(tokens) - 3 and _FINITE.fullmatch(t.lower())]
    if not idx:
        return None
    j = idx[0]
    return " ".join([*tokens[:n], tokens[j], *tokens[n:j], *tokens[j + 1:]])


def _unsplice(clause: str, joiner: str) -> str:
    """Two main clauses typed with a comma ('alles staat klaar, alleen jouw akkoord ontbreekt nog') joined as
    a native would: with 'en' inside a sentence, as two sentences on their own."""
    head, sep, tail = clause.partition(", ")
    if not sep or not tail or tail.split(" ", 1)[0].lower() in _CONJUNCTIONS or not _is_clause(tail) or not _is_clause(head):
        return clause
    return f"{head}{joiner}{tail}"


def main_clause(reason: str | None) -> str | None:
    """The sender's reason as a sentence of its own ('Ik zit vast in Brussel.'), for a request that
    is a question: a reason glued onto a yes/no question reads clumsy. None for a noun phrase, or when the
    word order cannot be made a main clause safely."""
    if not reason or not reason.strip(" .!;"):
        return None
    reason = _subjected(reason)
    if _complex(_lower_first(reason)):
        return _cap(reason.strip().rstrip(".")) + "."
    if _label(_lower_first(reason)):
        return None
    shape, family, _c = reason_shape(reason)
    if shape == "clause" and family == "purpose":
        return None  # "zodat ...": a subordinate clause is never a sentence on its own
    if shape == "sentence" and _fronted_sentence(_lower_first(reason)) and not _NP_LEAD.match(_lower_first(reason)):
        return _cap(_no_helaas(_lower_first(reason))) + "."
    if whole := _inverted(reason):
        return whole[:1].upper() + whole[1:] + "."
    if _noun_verb(reason.strip()):
        return reason.strip().rstrip(".") + "."
    last, r = _strip_leads(reason)
    if last in ("vanwege", "wegens", "door", "i.v.m.", "ivm", "in verband met", "als gevolg van"):
        return None
    if last in ("omdat", "doordat", "aangezien", "daar", "nu"):
        r = _verb_second(r)
    elif _BUSY.match(r):
        r = f"ik heb het {r}"
    elif _STATE.match(r):
        r = f"ik ben {r}"
    elif re.match(r"[\w-]*verlof\b", r, re.IGNORECASE) or _ILLNESS.match(r):
        r = f"ik heb {r}"
    elif not _is_clause(r) or not _CLAUSE_START.match(r) and not _FINITE.search(r.split(",")[0]):
        return None
    if not r:
        return None
    r = _unsplice(r, ". ")
    sentences = [x[:1].upper() + x[1:] for x in r.split(". ")]
    return ". ".join(sentences) + "."


# A reason typed with its own preposition ("voor je eerste les", "met het oog op de sneeuw", "na een operatie")
# keeps it: ours ("vanwege") is never put before it.
_OWN_LEAD = re.compile(
    r"^(met het oog op|gezien|gelet op|ondanks|voor|na|tijdens|met|zonder|bij|sinds|vanaf|in het kader van|naar aanleiding van)\s+",
    re.IGNORECASE,
)
# An amount, negated or small ("weinig nieuws", "niks nieuws", "niet veel te bespreken"): what there is.
_AMOUNT = re.compile(r"^(weinig|geen|niks|niets|nauwelijks|amper|bijna geen|bijna niets|niet veel|niet zoveel|niet zo veel|nog niets|nog niks)\b", re.IGNORECASE)
# Words that cannot start a noun phrase after "vanwege": adverbs, states, conjunctions, prepositions.
_NOT_NP = frozenset(
    "al nog bijna pas net eerder later zojuist niet nooit helaas helemaal klaar als toen terwijl zodat dus en maar of "
    "om dat die te even gewoon alvast voordat nadat zodra".split()
)


def _np_like(r: str) -> bool:
    """Plainly a noun phrase: an article, a determiner or a possessive first, or one to three words with no
    adverb, conjunction, verb or participle among them ("sneeuwstorm", "drukke week", "de sneeuw")."""
    words = [w.lower() for w in re.findall(r"[\w'-]+", r)]
    if not words:
        return False
    if words[0] in _DETERMINERS | {"een"}:
        return True  # (a verb after a relative pronoun is fine: "de sneeuw die voorspeld is")
    head = [w.lower() for w in _head(r)]  # the noun before its first preposition: "drukke week" in "drukke week met deadlines"
    return (0 < len(head) <= 3 and not any(w in _NOT_NP or _FINITE.fullmatch(w) for w in words)
            and not any(re.match(r"^(ge|ver|be|af|op|uit|over)\w+(d|t)$", w) for w in words))


def _sentence(r: str) -> str:
    """A whole sentence typed (its own lead, its own verb): a sentence of its own after the one it explains, tied to
    it by "namelijk" after its finite verb ("Onze inkoop is namelijk al rond."): never a curt line with no link."""
    r = r.strip().rstrip(".")
    parts = [_cap(x) for x in r.split(". ")]
    parts[0] = linked(parts[0])
    return f". {'. '.join(parts)}"


# A link word already typed (or a connective that says the link itself): no "namelijk" added.
_LINKED = re.compile(r"(?i)\b(namelijk|immers|want|dus|vandaar|daarom|daardoor|omdat|doordat|zodat|aangezien)\b")
# Weak pronouns that stay before "namelijk" ("Ik heb het namelijk druk", "Dat komt me namelijk slecht uit").
_WEAK = frozenset("het me mij je hem haar ons er".split())


def linked(sentence: str) -> str:
    """A main clause said after the request, tied to it by "namelijk" in the middle field: after the finite verb
    (V2), after the subject when the verb comes first after a fronted part, after a weak pronoun object. The sentence
    as typed when its verb is not plain to see within the first six words or it already has a link."""
    t = sentence.strip()
    end = "." if t.endswith(".") else ""
    body = t.rstrip(".")
    if _LINKED.search(body) or "?" in body:
        return t
    tokens = body.split(" ")
    low = [w.lower().strip(",;:") for w in tokens]
    if not low or low[0] in ("omdat", "doordat", "aangezien", "als", "wanneer", "toen", "nu", "sinds", "zodra", "terwijl", "hier", "daar"):
        return t
    if re.match(r"(?i)(vanwege|wegens|door|dankzij|in verband met|als gevolg van)\b", body):
        return t  # it opens with its cause ("In verband met de gladheid rijd ik ..."): the link is said
    for i in range(1, min(len(tokens), 7)):
        if "," in tokens[i - 1] or low[i - 1] in ("die", "dat", "wat", "waar", "welke"):
            return t  # a comma or a relative before the verb: the middle field is not plain
        if _FINITE.fullmatch(low[i]):
            j = i + 1
            if low[0] not in _SUBJECT_PRONOUNS and j < len(low) and low[j] in _INVERTED_SUBJECT - {"mijn", "onze", "ons", "zijn", "haar", "hun"}:
                j += 1  # "Door een spoedklus kan ik namelijk ..."
            while j < len(low) and low[j] in _WEAK and j < len(tokens) - 1:
                j += 1
            if low[j:j + 1] in (["dan"], ["toen"], ["morgen"], ["vandaag"]) and j < len(tokens) - 1:
                j += 1  # a short time adverb goes first: "Ik zit dan namelijk nog ..."
            elif low[j:j + 1] in (["die"], ["deze"]) and low[j + 1:j + 2] and re.fullmatch(r"dag|ochtend|middag|avond|week|maand|periode", low[j + 1]) and j < len(tokens) - 2:
                j += 2  # "De A28 is die dag namelijk ..."
            if j >= len(tokens):
                return t  # nothing after the verb ("Ik kan niet."): "namelijk" last reads wrong
            return " ".join([*tokens[:j], "namelijk", *tokens[j:]]) + end
    return t


def _fragment(r: str) -> str:
    """A reason whose shape is not plain ("bijna klaar met het rapport", "oppas op het laatste moment afgezegd"):
    after a dash, as typed; it needs no grammar from the sentence before it."""
    return f" – {r}"


def _complex(r: str) -> bool:
    """A subordinate clause and then its main clause ("omdat de installatie al klaar is, is een hele ochtend niet
    nodig"): after the comma a finite verb comes first."""
    if not _CLAUSE_LEAD.match(r):
        return False
    _, sep, tail = r.partition(", ")
    return bool(sep) and bool(_FINITE.fullmatch(tail.split(" ", 1)[0].lower()))


def _label(r: str) -> bool:
    """A note typed with a colon ("nieuw dit jaar: ...", "let op: ..."): a label, not a cause or a sentence."""
    head, sep, _ = r.partition(":")
    return bool(sep) and not re.search(r"\d$", head) and not _is_clause(head)


def _no_helaas(r: str) -> str:
    """"helaas zit ik die week ..." -> "ik zit die week ...": the sentence it is glued to already says "helaas"."""
    m = re.match(r"(?i)helaas,?\s+(\w+)\s+(ik|we|wij|hij|zij|ze|het|er|jij|u)\b(.*)$", r)
    if m and _FINITE.fullmatch(m.group(1).lower()) or m and m.group(2).lower() in ("ik", "we", "wij", "jij"):
        return f"{m.group(2).lower()} {m.group(1).lower()}{m.group(3)}"
    return r


def because(reason: str | None) -> str:
    """', want ik moet die dag in Rotterdam zijn' / ' vanwege een afspraak elders' / ', omdat ik ziek ben' / ''."""
    if not reason or not reason.strip(" .!;"):
        return ""
    reason = _subjected(reason)
    if whole := _inverted(reason):
        # "Wegens een storing moet ik die ochtend ...": a whole sentence typed, said as its own sentence after the
        # main clause, never spliced onto it with "want" (native review v8)
        return _sentence(_no_helaas(whole))
    r = _lower_first(reason)
    if _complex(r):
        return _sentence(reason.strip().rstrip("."))  # "Omdat X klaar is, is Y niet nodig.": kept whole
    shape, family, _c = reason_shape(reason)
    if shape == "clause" and family == "purpose":
        return f", {_no_helaas(r)}"  # "zodat ...", "om ... te ...": its own connective, after the request, never a sentence
    if shape == "sentence" and not _CLAUSE_LEAD.match(r) and not _NP_LEAD.match(r) and _fronted_sentence(r):
        return _sentence(_no_helaas(r))  # "Om half elf word ik ... verwacht": a whole sentence, never dropped
    if _label(r):
        return ""  # "nieuw dit jaar: bij elke boeking een aanbetaling": a note, never glued as a cause
    r = re.sub(r"\s+helaas\b", "", r, flags=re.IGNORECASE)  # the sentence it ends already says it
    r = _no_helaas(r)
    # Strip every connective typed ("vanwege omdat ..."); the last one decides the word order that follows.
    last = ""
    while m := (_CLAUSE_LEAD.match(r) or _NP_LEAD.match(r)):
        last, r = m.group(1).lower(), r[m.end():]
    if not _CLAUSE_LEAD.match(last + " ") and (own := _OWN_LEAD.match(r)):  # "vanwege voor je eerste les": their own preposition, kept alone
        rest = r[own.end():]
        rel = next((m for m in _RELATIVE.finditer(rest) if m.start() > 0), None)
        head = (rest[: rel.start()] if rel else rest).split()
        inverted = any(head[i + 1].lower().strip(",") in _INVERTED_SUBJECT - {"mijn", "onze", "ons", "zijn", "haar", "hun", "het"}
                       and head[i].lower() not in _PREPOSITIONS for i in range(len(head) - 1))
        # "vanaf januari rekenen we ... door": its own verb and subject, a sentence of its own
        return f" {r}" if not _FINITE.search(" ".join(head)) and not inverted else _sentence(r)
    if _AMOUNT.match(r) and not _is_clause(r):
        head, sep, tail = r.partition(", ")
        if sep and _BUSY.match(tail):  # "geen tijd meer, te druk met de verhuizing": busy is "ik heb het druk"
            return f". Er is {head}, want ik heb het {tail}"
        if sep and not _is_clause(tail):  # the rest after a dash
            return f". Er is {head} – {tail}"
        return f", want er is {r}"  # "want er is weinig nieuws sinds december"
    if last in ("vanwege", "wegens", "door") and r.lower().startswith("dat ") and _is_clause(r[4:]):
        last, r = "omdat", r[4:]  # "vanwege dat ik ziek ben": a clause after a noun-phrase lead
    if last in ("omdat", "doordat", "aangezien", "daar", "nu"):
        return f", {last} {r}"  # verb-final order, as typed
    if _BUSY.match(r):
        return f", want ik heb het {r}"  # "want ik heb het erg druk", never "ik ben druk"
    if _STATE.match(r):
        return f", want ik ben {r}"
    if re.match(r"[\w-]*verlof\b", r, re.IGNORECASE) or _ILLNESS.match(r):
        return f", want ik heb {r}"  # "want ik heb ouderschapsverlof vanaf maandag", "want ik heb griep"
    if m := re.fullmatch(r"er (?:is|zijn) ((?:een|de|het) [\w-]+(?: (?:in|op|bij|van|voor|tussen) [\w\s-]+)?)", r, re.IGNORECASE):
        return f" vanwege {m.group(1)}"  # "er is een treinstaking" -> "vanwege een treinstaking"
    if _is_clause(r) and (tail := r.partition(", ")[2]) and not _is_clause(tail):
        return _sentence(r)  # "er is geen tijd meer, te druk met de verhuizing": a clause and a fragment, not after "want"
    if _is_clause(r):
        r = _unsplice(r, " en ")
        tokens = r.split()
        # "ik ga met zwangerschapsverlof": a short statement after a main clause reads best with "omdat".
        if (len(tokens) <= 6 and tokens[0].lower() in _FIRST_PERSON and _FINITE.fullmatch(tokens[1].lower())
                and tokens[2:3] and tokens[2].lower() in ("met", "op", "in", "naar", "bij")
                and not any(_FINITE.fullmatch(t.lower()) for t in tokens[2:]) and not re.search(r"[,;:]", r)):
            return f", omdat {tokens[0]} {' '.join(tokens[2:])} {tokens[1]}"
        if last == "want":
            return f", want {r}"  # the user's own "want": kept, nothing added
        # A full sentence typed (subject and finite verb): its own sentence after the main clause, never glued
        # onto it with a connective of ours (native review v8: "…, want wegens …", overloaded "want" sentences).
        return _sentence(_unsplice(r, ". ").rstrip("."))
    if _noun_verb(r):
        return _sentence(r)  # "NS staakt, geen treinen": a noun and its verb, a sentence of its own, never dropped
    # a noun phrase follows our connective; a note or a fragment ("even voor de duidelijkheid") stays out of the mail
    return f" vanwege {_with_article(r)}" if _np_like(r) else ""


def _noun_verb(r: str) -> bool:
    """A name or an acronym and then a present-tense verb ("NS staakt", "Jan is ziek", "KLM annuleert"): a sentence."""
    words = r.split()
    return (len(words) >= 2 and (words[0].isupper() and len(words[0]) > 1 or words[0][:1].isupper() and words[0][1:].islower())
            and words[0].lower() not in _SUBJECT_PRONOUNS and bool(re.fullmatch(r"[a-z]{3,}t,?", words[1])) and words[1].rstrip(",") not in _NOT_NP)


# A reason that already says the no ("kan ik er helaas niet bij zijn", "ik sla deze over"): our "Helaas kan ik er
# niet bij zijn" before it would say it twice.
_REFUSAL = re.compile(
    r"\b(niet bij zijn|niet aanwezig|niet komen|niet kunnen komen|niet mee|verhinderd|sla\s+(?:\w+\s+)?over|red het niet|haal het niet|"
    r"lukt (?:me|mij|ons) (?:\w+ )?niet|"
    r"(?:moet|ga) (?:\w+ )?(?:afzeggen|passen)|kan (?:er |helaas |dan |die dag )*niet bij|kan (?:\w+ ){0,3}niet$)\b",
    re.IGNORECASE,
)
# "te druk", "erg druk de komende tijd": busy is "ik heb het druk", never "ik ben druk".
_BUSY = re.compile(r"^((?:veel te|te|erg|heel|zo|ontzettend|nogal|best) )?druk\b", re.IGNORECASE)


def refusal(reason: str) -> str | None:
    """The decline's no in the user's own words when the reason already says it: a whole sentence as typed
    ("Vanwege een eerdere toezegging in Antwerpen kan ik er helaas niet bij zijn."), or the cause and then the no
    ("Ik heb het te druk de komende tijd, dus ik sla deze over."). None when the reason does not say no, or
    when its cause cannot be made a sentence for certain."""
    text = reason.strip().rstrip(".!;")
    if not _REFUSAL.search(text):
        return None
    parts = [p.strip() for p in text.split(", ")]
    said = [p for p in parts if _REFUSAL.search(p)]
    if len(parts) == 1:
        text = re.sub(r"(?<=\w) (want|maar|dus) ", r", \1 ", text)  # "..., want ik ben op vakantie"
        if _FINITE.fullmatch(text.split(" ", 1)[0].lower()) and " " in text:
            text = "ik " + text[:1].lower() + text[1:]  # "kan er niet bij zijn": the sender's "ik" put back
        if (m := re.match(r"(?i)(ik|we|wij) (\w+) (.+)$", text)) and _FINITE.fullmatch(m.group(2).lower()) and not re.search(r"(?i)\bhelaas\b", text):
            return f"Helaas {m.group(2).lower()} {m.group(1).lower()} {m.group(3)}."  # "ik kan die dag niet" -> "Helaas kan ik die dag niet."
        return _cap(text) + "." if _is_clause(text) else None
    if len(said) != 1 or len(parts) != 2:
        return None
    no = said[0]
    cause = next(p for p in parts if p is not no)
    no = re.sub(r"(?i)^(dus|en|maar)\s+", "", no)  # "…, dus ik red het niet": our own "dus" joins them
    if not _is_clause(no) and not re.match(r"(?i)(ik|we|wij)\s", no):
        return None
    low = _lower_first(cause)
    if _BUSY.match(low):
        sentence = f"ik heb het {low}"
    else:
        sentence = (main_clause(cause) or "").rstrip(".")
    if not sentence:
        return None
    return f"{_cap(sentence)}, dus {_lower_first(no) if no.split(' ', 1)[0].lower() in _SUBJECT_PRONOUNS else no}."


# The client's reason is the user's note (how or when they cancelled, their habits): never told back. Only a
# recognised hardship gets its own word, said without repeating the note and without guessing who it concerns.
_HARD_ILL = re.compile(r"(ziek|griep|koorts|corona|covid|migraine|ontsteking|verkoudheid|verkouden|ziekenhuis|huisarts|spoedeisende)", re.IGNORECASE)
_HARD_ACCIDENT = re.compile(r"\b(ongeluk|ongeval|aanrijding|gevallen|valpartij)", re.IGNORECASE)
_HARD_LOSS = re.compile(r"(overleden|overlijden|begrafenis|uitvaart|crematie|sterfgeval)", re.IGNORECASE)
_HARD_FAMILY = re.compile(r"(noodgeval|familieomstandigheden|familiekwestie|calamiteit|in de familie)", re.IGNORECASE)
_HARD_TRAVEL = re.compile(r"\b(trein\w*|ns|staking|treinstaking|file|vertraging|storing|sneeuw\w*|vlucht|gladheid|pech|lekke band|autopech)\b", re.IGNORECASE)


_MOVED_FROM = re.compile(r" op (?=(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|\d)\b)")
_LOSS_NOUN = {"begrafenis": "de begrafenis", "uitvaart": "de uitvaart", "crematie": "de crematie"}


# A clock typed in a note without "uur" after a preposition ("om 14.30", "vanaf 9.15"): never "14.30 uur uur".
_BARE_CLOCK = re.compile(r"(?i)\b(om|tot|na|voor|rond|tegen)\s+(\d{1,2}\.\d{2})\b(?!\s*(?:uur|u\b|[.:]\d))")
# How the colleague was first named, to refer back to them without the full name again ("onze projectleider", "mijn collega").
_SAID_AS = re.compile(r"^((?:onze|ons) [a-zé][a-zé -]*?|mijn collega)\s+(?=\S*[A-Z]|(?:mr|dr|drs|ir|ing|prof)\.)")
# A job title typed alone (one or two lower-case words, no article or possessive): "uitvoerder", "senior adviseur".
_JOB = re.compile(r"(?!(?:de|het|een|mijn|onze|ons|jullie|uw)\b)[a-zé][a-zé-]{3,}(?: [a-zé][a-zé-]{3,})?")


def _move_named(s: Situation, formal: bool, mw: str) -> str:
    """The client asked to move without a time: the session named. A hardship typed as their reason (a funeral, an
    illness, an accident) gets a word of sympathy and a plain yes, never a cheerful "geen probleem!" (native review v16)."""
    r = s.reason or ""
    if not (_HARD_LOSS.search(r) or _HARD_ILL.search(r) or _HARD_ACCIDENT.search(r) or _HARD_FAMILY.search(r)):
        return (f"Dank u voor uw bericht over {mw}; een ander tijdstip is geen enkel probleem." if formal
                else f"Dank je voor je bericht over {mw}, geen probleem!")
    # "van woensdag …": after "verzetten", "op woensdag" would read as the new day
    mw = _MOVED_FROM.sub(" van ", mw, count=1)
    loss = _HARD_LOSS.search(r)
    if loss and (noun := _LOSS_NOUN.get(loss.group(1).lower())):
        sympathy = (f"Wat verdrietig om te horen van {noun}; ik wens u veel sterkte." if formal
                    else f"Wat naar om te horen van {noun}, heel veel sterkte.")
    else:
        sympathy = sorry_to_hear(r, formal)
    return (f"Dank u voor uw bericht. {sympathy} Uiteraard verzetten we {mw}." if formal
            else f"Dank je voor je bericht. {sympathy} {mw[:1].upper() + mw[1:]} verzetten we natuurlijk.")


def sorry_to_hear(reason: str, formal: bool = True, past: bool = False, no_show: bool = False) -> str:
    """The client's reason acknowledged without telling the user's note back: a recognised hardship (illness,
    an accident, a loss, a family emergency, travel trouble) gets a fitting word; anything else a neutral, warm one."""
    r = reason or ""
    bare = _lower_first(r)
    if len(bare.split()) <= 3 and (_STATE.fullmatch(bare) or _ILLNESS.match(bare)):
        # a bare state typed ("ziek", "griep"): the client's own, told back for certain ("dat je ziek was")
        you, verb = ("u", "bent" if _STATE.fullmatch(bare) else "hebt") if formal else ("je", "bent" if _STATE.fullmatch(bare) else "hebt")
        if past:
            better = " Ik hoop dat u zich alweer beter voelt." if formal else " Ik hoop dat je je alweer beter voelt."
            return f"Vervelend dat {you} {bare} {'was' if verb == 'bent' else 'had'}." + (better if _HARD_ILL.search(bare) else "")
        return f"Vervelend om te horen dat {you} {bare} {verb}."
    if _HARD_LOSS.search(r):
        return "Ik wens u veel sterkte." if formal else "Heel veel sterkte!"
    if _HARD_ACCIDENT.search(r):
        return ("Wat vervelend om te horen van het ongeluk; ik hoop dat alles goed met u is." if formal
                else "Wat vervelend van het ongeluk, hopelijk is alles goed met je!")
    if _HARD_ILL.search(r):
        return "Ik hoop dat het inmiddels weer beter gaat." if formal else "Hopelijk gaat het alweer beter!"
    if _HARD_FAMILY.search(r):
        return "Ik hoop dat alles goed is met uw familie." if formal else "Hopelijk is alles goed met je familie!"
    if _HARD_TRAVEL.search(r):
        return "Zoiets heeft niemand in de hand." if formal else "Zoiets heb je niet in de hand!"
    if no_show:
        return "Ik hoop dat er niets ernstigs aan de hand is." if formal else "Hopelijk is er niets vervelends aan de hand!"
    return "Ik hoop dat alles goed met u is." if formal else "Hopelijk is alles goed met je!"




# A loose time typed in a hurry ("9-ish", "9ish", "~9"): "rond 9" as a native writes it (native review v12).
_LOOSE = ((re.compile(r"(?i)(?<![\w.:])(?:om\s+)?(\d{1,2}(?:[.:]\d{2})?)\s*u?\s*-?\s*ish\b"), r"rond \1"),
          (re.compile(r"(?i)(?:\bom\s+)?~\s*(?=\d)"), "rond "))


def _loose(meeting_time: str) -> str:
    """The typed loose time in the words a native uses (only a re-wording of the typed clock, never a new time)."""
    for rx, to in _LOOSE:
        meeting_time = rx.sub(to, meeting_time)
    return meeting_time


def _when(meeting_time: str, attributive: bool = True) -> str:
    """The meeting's time in the mail's clock (`nl_sv_times.tidy`: "na 3" -> "na 15.00 uur", the month on a date)."""
    return _tidy_time(_when_loose(meeting_time, attributive), meeting_time, Language.nl)


def _when_loose(meeting_time: str, attributive: bool = True) -> str:
    """A loose time ("9-ish") said "rond 9" when the fact model reads the same time in it; then `_when_plain`."""
    if (loose := _loose(meeting_time)) != meeting_time:
        said = _when_plain(loose, attributive)
        if _faithful(meeting_time, said.replace(" van ", " ", 1).replace(" op ", " ", 1)) or _faithful(meeting_time, said):
            return said
    return _when_plain(meeting_time, attributive)


def _when_plain(meeting_time: str, attributive: bool = True) -> str:
    """The time as an adverbial (see `_when_raw`), its bracket closed after the clock time ("(elke eerste donderdag
    van de maand om 10.00 uur)") and an informal clock ("10u", "8u30") in the standard form ("10.00 uur") wherever
    the fact model still reads the typed time."""
    said = _when_raw(meeting_time, attributive)
    if m := re.fullmatch(r"(.*?) \(([^()]+)\) ((?:om|rond|vanaf|tot) .+)", said):
        inside = f"{m.group(1)} ({m.group(2)} {m.group(3)})"
        if _faithful(meeting_time, inside):
            said = inside
    std = re.sub(r"\b(om|rond|vanaf) (\d{1,2})u(\d{2})?\b(?!\s*uur)", lambda c: f"{c.group(1)} {c.group(2)}.{c.group(3) or '00'} uur", said)
    relative = re.search(r"\b(van\w+|morgen|vandaag|gisteren|overmorgen|eergisteren)\b", meeting_time, re.IGNORECASE)
    if std != said and not relative and _faithful(meeting_time, std):
        return std
    # "12.30u" typed with its minutes: "12.30 uur" in the mail (one clock format in a mail, native review v11)
    dotted = re.sub(r"\b(\d{1,2})[.:](\d{2})u\b(?!\s*uur)", r"\1.\2 uur", said)
    return dotted if dotted != said and _faithful(meeting_time, dotted) else said


def _parts(time: str, window: bool = False) -> tuple[str, str] | None:
    """(day, clock) read from the typed time's value by the shared reader (`when.parts`), or None (the typed path)."""
    read = getattr(when, "parts", None)
    return read(time, Language.nl, window=window) if read else None


def _when_raw(meeting_time: str, attributive: bool = True) -> str:
    """' op donderdag 14 maart om 10.00 uur', ' om 14.00 uur': the day and the clock time split, each with
    its own preposition; abbreviations spelled out ("ma 16-12" -> "maandag 16-12")."""
    if whole := re.match(r"(?i)^(.*?\S)[\s,]+(?:de\s+)?(?:hele|gehele)\s+dag$", meeting_time.strip()):
        # "za 12 dec hele dag": the date read as a date, the whole day said after it ("zaterdag 12 december (de hele dag)")
        return _when_raw(whole.group(1), attributive) + " (de hele dag)"
    if "~" in meeting_time and (said := _when_raw(re.sub(r"~\s*", "rond ", meeting_time), attributive)) and \
            _faithful(meeting_time, said.replace(" van ", " ", 1).replace(" op ", " ", 1)):
        return said[:-4] if said.endswith(" uur") and _faithful(meeting_time, said[:-4]) else said  # "ma 14/12 ~11" -> "maandag 14 december rond 11"
    if (bare := re.match(r"(?i)^(.*\S)\s+(?:in de |'s\s*)?(ochtends?|middags?|avonds?)$", meeting_time.strip())) and (
            (read := _parts(bare.group(1))) is not None and read[0] and not read[1]):
        # "ma 14 dec ochtend": the day read, the part of the day joined to the weekday ("maandagochtend 14 december")
        said = _part_of_day(meeting_time, read[0])
        if said != read[0]:
            return _day_when(said, attributive)
    if (read := _parts(meeting_time)) is not None and any(read):
        # the time rendered from its value ("dinsdag 15 december om 10.00 uur", "tussen 8.00 en 10.00 uur")
        day, clock = read
        if day and re.fullmatch(r"(?i)in de (ochtend|middag|avond)", clock or ""):
            joined = _part_of_day(meeting_time, f"{day} {clock}")  # "donderdagmiddag 10 december", never "... in de middag"
            if joined != f"{day} {clock}":
                day, clock = joined, ""
        day, clock = (_part_of_day(meeting_time, day) if not clock else day), _span_said(meeting_time, day, clock)
        if (approx := re.match(r"(?i)^om (rond|omstreeks|ongeveer|circa|ca\.?) (.+)$", clock)):
            clock = f"{approx.group(1)} {approx.group(2)}"  # "rond 11 uur", never "om rond 11 uur"
            if not _faithful(meeting_time, f"{day} {clock}") and _faithful(meeting_time, f"{day} {clock[:-4]}") and clock.endswith(" uur"):
                clock = clock[:-4]  # (the fact model reads a bare "11 uur" as a notice period: the clock as typed)
        if day and attributive and re.match(r"(?i)van\s", clock):
            return _day_when(day, attributive) + f" ({clock})"  # "van dinsdag 15 december (van 9 tot 11u)": never "van ... van"
        return (_day_when(day, attributive) + (f" {clock}" if clock else "")) if day else f" {clock}"
    if (m := _CLOCK_SPAN.match(meeting_time.strip())) and _is_span(m.group(2), m.group(3)):
        # "ma 11 januari 13.00-15.00" -> "van maandag 11 januari (van 13.00 tot 15.00 uur)"
        span = f"van {_uur(m.group(2))} tot {_uur(m.group(3))} uur"
        bare = _weekday(when.expand(m.group(1), Language.nl)) if m.group(1).strip() else ""
        typed = meeting_time.strip()
        # Only where the fact model reads the span as the typed time, or already misreads the typed words.
        # ("13.00-15.00" is already read as two times; "9u-12u" is not, and "12.00 uur" would be)
        if _faithful(typed, f"{bare} {span}") or re.search(r"[-–]\s*\d{1,2}[.:]\d{2}\s*$", typed):
            day = _day_when(bare, attributive) if bare else ""
            return f"{day} ({span})" if day and attributive else f"{day} {span}"
    day, clock = when.split(meeting_time, Language.nl)
    if not clock and (m := _LOOSE_CLOCK.match(meeting_time.strip())):  # "7/12 om 16u30"
        day, clock = m.group(1).strip(), m.group(2)
    if not clock:
        return _day_when(when.expand(meeting_time.strip(), Language.nl), attributive)
    if _faithful(meeting_time, f"{_weekday(day)} {clock}"):
        day = _weekday(day)
    if re.search(r"\b(en|tot)$", day, re.IGNORECASE):  # "tussen 13 en 16 uur": the end of a span takes no "om"
        return f"{_day_when(when.expand(day, Language.nl), attributive)} {clock}"
    if re.search(r"\b(vanaf|tot|rond|omstreeks|tussen|na|voor)$", day, re.IGNORECASE):
        return f"{_day_when(when.expand(day, Language.nl), attributive)} {clock}"  # "vanaf 17u", never "vanaf om 17u"
    said = when.clock_phrase(clock, Language.nl)
    return f"{_day_when(when.expand(day, Language.nl), attributive)} {said}" if day else f" {said}"


_PART_WORDS = {"ochtend": "ochtend", "morgen": "ochtend", "ochtends": "ochtend", "middag": "middag", "middags": "middag",
               "avond": "avond", "avonds": "avond", "nacht": "nacht"}


def _part_of_day(typed: str, day: str) -> str:
    """The part of the day typed with the day kept, in the Dutch compound: "donderdagavond" stays
    "donderdagavond", "ma 14 dec ochtend" becomes "maandagochtend 14 december" (never "maandag 14 december
    ochtend", never "donderdag"). The day as read when the typed time names no part or the fact model disagrees."""
    m = re.search(r"(?i)(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag|\b|'s\s+)(ochtends?|morgens?|middags?|avonds?|nacht)\b", typed)
    if m and day and (tail := re.fullmatch(r"(?i)(\w+)( .+?)? in de (ochtend|middag|avond|nacht)", day.strip())):
        # "donderdag 10 december in de middag" -> "donderdagmiddag 10 december" (native review v10)
        if tail.group(1).lower() in _WEEKDAYS:
            said = f"{tail.group(1)}{tail.group(3).lower()}{tail.group(2) or ''}"
            return said if _faithful(typed, said) else day
    if not m or not day or re.search(r"(?i)(ochtend|middag|avond|nacht)", day):
        return day
    first, _, rest = day.partition(" ")
    if first.lower() not in _WEEKDAYS:
        return day
    said = f"{first}{_PART_WORDS[m.group(1).lower()]}" + (f" {rest}" if rest else "")
    return said if _faithful(typed, said) else day


def _span_said(typed: str, day: str, clock: str) -> str:
    """A span of hours in the business form ("van 9 tot 11u" -> "van 9.00 tot 11.00 uur"); the typed span when
    the fact model does not read it (ranges wait for facts10)."""
    m = re.fullmatch(r"(?i)(van|tussen) (\d{1,2}(?:[.:u]\d{2})?) (tot|en) (\d{1,2}(?:[.:u]\d{2})?)\s*(?:u|uur)?", clock.strip())
    if not m:
        return clock
    said = f"{m.group(1)} {_uur(m.group(2))} {m.group(3)} {_uur(m.group(4))} uur"
    return said if _faithful(typed, f"{day} {said}".strip()) else clock


def plain_time(time: str) -> str | None:
    """A proposed time as a list item (`_plain_item`), in the mail's clock with its month (`nl_sv_times.tidy`)."""
    said = _plain_item(time) or when.plain(time, Language.nl)
    return _tidy_time(said, time, Language.nl)


def _plain_item(time: str) -> str | None:
    """A proposed time as a list item with the Dutch part-of-day compound ("ma 14 dec ochtend" -> "maandagochtend
    14 december"), or None (then the shared `when.plain`)."""
    said = _when_raw(time, attributive=False).strip()
    if re.search(r"(?i)\d[.:]\d{2}u\b", time) and not re.search(r"(?i)(maan|dins|woens|donder|vrij|zater|zon)dag(ochtend|middag|avond)", said):
        # "vr 11 dec 9.00u": "vrijdag 11 december om 9.00 uur" in the list, the clock format of the rest of the mail
        std = re.sub(r"(?i)^op\s+", "", _when(time, attributive=False).strip())
        return std if "uur" in std and _faithful(time, std) else None
    if not re.search(r"(?i)(maan|dins|woens|donder|vrij|zater|zon)dag(ochtend|middag|avond)", said):
        return None
    return re.sub(r"(?i)^op\s+", "", said) if _faithful(time, re.sub(r"(?i)^op\s+", "", said)) else None


# A span of clock times after the day: "13.00-15.00", "9u-12u".
_CLOCK_SPAN = re.compile(r"^(.*?)[\s,]*(\d{1,2}(?:[.:]\d{2}|u\d{0,2})?)\s*[-–]\s*(\d{1,2}(?:[.:]\d{2}|u\d{0,2})?)(?:\s*uur)?$", re.IGNORECASE)
_SHORT_DAYS = {"ma": "maandag", "di": "dinsdag", "wo": "woensdag", "do": "donderdag", "vr": "vrijdag", "za": "zaterdag", "zo": "zondag"}


def _uur(clock: str) -> str:
    """'9u' -> '9.00', '8u30' -> '8.30', '13:00' -> '13.00': one format in a sentence that ends in 'uur'."""
    m = re.fullmatch(r"(\d{1,2})(?:[.:u](\d{2})?)?", clock.strip(), re.IGNORECASE)
    return f"{m.group(1)}.{m.group(2) or '00'}" if m else clock


def _faithful(typed: str, said: str) -> bool:
    """The fact model reads our phrasing as the typed time (the self-check must keep passing)."""
    return when._faithful(typed, said.strip(), Language.nl)


def _is_span(a: str, b: str) -> bool:
    """Two clock times, not a date ("14-1"): at least one marked as a clock, the end after the start."""
    ha, hb = (int(re.match(r"\d+", x).group()) for x in (a, b))
    return bool(re.search(r"[.:u]", a + b, re.IGNORECASE)) and ha < hb <= 24


def _weekday(day: str) -> str:
    """A weekday typed short before a clock time ("wo om 3 uur"): spelled out ("woensdag")."""
    return _SHORT_DAYS.get(day.strip().lower(), day)


# A clock time the shared reader leaves in the day part: "16u30".
_LOOSE_CLOCK = re.compile(r"^(.*?)\s*(?:\bom\s+)?(\d{1,2}u\d{2})$", re.IGNORECASE)


def _day_when(meeting_time: str, attributive: bool = True) -> str:
    """After the meeting's name a day is 'van' ("het overleg van woensdag 11 december", so "verzetten" is
    not read as happening on that day); as an adverbial ("Ik kan ook op donderdag") it is 'op'."""
    op = "van" if attributive else "op"
    t = meeting_time.strip()
    first = t.split(" ", 1)[0].lower().rstrip(",")
    if _CLOCK.match(t):
        return f" om {t}"
    if first in _WEEKDAYS or t[:1].isdigit() or first.startswith(_WEEKDAYS):  # "woensdagmiddag"
        return f" {op} {t}"
    if re.match(r"de \d{1,2}(e|ste|de)\b", t, re.IGNORECASE):
        return f" {op} {t}"  # "van de 10e", never "(de 10e)"
    if attributive and first in ("gisteren", "eergisteren", "vorige", "afgelopen", "vanochtend", "vanmorgen", "morgen",
                                 "overmorgen", "vandaag", "vanmiddag", "vanavond", "volgende", "komende", "deze"):
        # "de sessie van morgen": "verzetten" must not read as moving it TO tomorrow
        return f" van {t}"  # "de werklunch van afgelopen woensdag"
    if first in ("op", "om", "morgen", "overmorgen", "vandaag", "gisteren", "eergisteren", "vanmiddag", "vanavond",
                 "vanochtend", "vanmorgen", "volgende", "vorige", "afgelopen", "komende", "deze", "begin", "eind", "half"):
        return f" {t}"
    if first in ("ma", "di", "wo", "do", "vr", "za", "zo"):
        return f" {op} {t}"
    return f" ({t})"




# Nouns (or the ends of compounds) that make the user's text a meeting or an event, with their article.
_DE = (
    "vergadering bespreking afspraak meeting kick-off kickoff presentatie evaluatie workshop sessie call belafspraak "
    "lunch borrel receptie beurs training demo kennismaking review audit fotoshoot shoot sync update videocall "
    "meet-up inspectie excursie rondleiding voorstelling uitreiking opening lancering conferentie brainstorm stand-up check-in "
    "heidag teamdag studiedag dag weekstart start bijeenkomst pitch intake les borrel afstemming terugkoppeling oplevering "
    "cursus lezing masterclass keuring schouw planning retro retrospective onboarding teambuilding "
    "proeverij massage behandeling bezichtiging controle knipbeurt repetitie try-out haartest proefsessie fotosessie"
).split()
_HET = ("overleg gesprek diner bezoek werkbezoek etentje congres evenement feest symposium seminar webinar ontbijt event uitje "
        "jubileum college consult spreekuur").split()
# Services the client books for themselves: named with the definite article ("de massage", "het consult"), never "onze".
_SERVICE_WORDS = ("massage", "behandeling", "bezichtiging", "controle", "knipbeurt", "haartest", "consult", "keuring", "les")
_EVENT_WORDS = frozenset("inspectie rondleiding diner lunch borrel receptie beurs fotoshoot shoot etentje congres evenement feest ontbijt event uitreiking opening lancering conferentie symposium heidag uitje".split())
_DETERMINERS = frozenset("de het een ons onze uw jouw je jullie hun haar dit deze die dat mijn".split())
# Common business topics that are het-words (the rest, most Dutch nouns, take "de").
_HET_TOPICS = tuple(
    "budget contract project plan voorstel ontwerp rapport verslag beleid aanbod onderzoek programma concept "
    "document traject product systeem platform netwerk prototype dossier jaarplan werk bestek ontwerp advies "
    "resultaat onderwerp akkoord team proces".split()
)


def _article(word: str) -> str | None:
    """'de' or 'het' for a meeting noun, also at the end of a compound ("kwartaalevaluatie", "klantgesprek")."""
    w = word.lower()
    for noun in sorted(_DE + _HET, key=len, reverse=True):
        if w == noun or (w.endswith(noun) and len(w) > len(noun) + 2):
            return "het" if noun in _HET else "de"
    return None


def meeting_np(meeting: str) -> str:
    """'de fotoshoot', 'ons projectoverleg', 'het overleg over de jaarrekening' (as typed), 'ons overleg over X'."""
    m = re.sub(r"\s+(\d+\s*(?:min|minuten|uur|u)\.?)$", r" (\1)", meeting.strip().rstrip("."))  # "massage (90 min)"
    words = m.split()
    first = words[0]
    if (first.lower() in ("je", "jouw", "uw", "jullie", "mijn", "ons", "onze", "hun", "haar") and len(words) > 1
            and _APPOINTMENT.search(m) and not any(_article(w.strip(",.")) for w in words[1:])):
        # "je knippen + highlights": what is done, never moved as if it were the thing; "je afspraak voor knippen en highlights"
        own = "onze" if first.lower() == "ons" else first.lower() if first[1:].islower() else first
        return f"{own} afspraak voor {m[len(first):].strip()}"
    if first.lower() == "de" and len(words) > 1 and _BODY.search(words[1]):
        return f"de vergadering van de{m[len(first):]}"  # "de stuurgroep X" typed: its meeting is shortened or moved, not the group (v15)
    if first.lower() in _DETERMINERS and len(words) > 1:
        return first.lower() + m[len(first):] if first[1:].islower() else m
    head = re.split(r"\s(?:over|van|voor|met|rond|bij|om|op|ter|tot|in|door|aan|naar|uit|tussen|met)\s", " " + m + " ", maxsplit=1)[0].split()
    keep = any(c.isupper() for c in first[1:]) or first.isupper() or ("-" in first and first[:1].isupper())  # "Excel-training"
    low = m if keep else m[:1].lower() + m[1:]
    if _BODY.search(head[0] if head else ""):  # a body is not a meeting: "de vergadering van de stuurgroep project X"
        return f"de vergadering van de {low}"
    noun = next((w for w in reversed(head) if _article(w)), "")  # "KPI-review" in "KPI-review Q4"
    art = _article(noun) if noun else None
    if (art and noun in words and words.index(noun) == 0 and len(words) == 3 == len(head) and words[1].islower()
            and noun.lower().endswith(_ABOUT_NOUNS)
            and words[1].endswith("e") and words[1].isalpha() and words[2].islower() and words[2].isalpha() and not _article(words[2])):
        # "lunchpresentatie nieuwe subsidieregeling": the topic typed after the noun, said with "over"
        base = _lower_first(words[0]) if not keep else words[0]
        return f"{art} {base} over {'het' if words[2].endswith(_HET_TOPICS) else 'de'} {words[1]} {words[2]}"
    if art and noun in words and words.index(noun) == len(head) - 2 and len(head) == len(words):
        # A label typed after the noun without a preposition ("werfbezoek Kortrijk", "evaluatiegesprek stagiair"):
        # a place takes "in", a person "met de"; anything else stays a label after the definite article.
        tail = words[-1]
        low = _lower_first(m) if not keep else m
        base = low[: len(low) - len(tail)].rstrip()
        if tail[:1].isupper() and tail[1:].islower() and tail.isalpha():
            return f"{art} {base} in {tail}"
        if tail.lower() in _PERSON_NOUNS:
            return f"{art} {base} met de {tail.lower()}"
        return f"{art} {low}"
    if art:
        if noun.lower().endswith(tuple(_EVENT_WORDS) + _SERVICE_WORDS) or re.search(r"\b(jullie|uw|jouw|je|ons|onze|mijn)\b", m, re.IGNORECASE):
            return f"{art} {low}"
        return f"{'ons' if art == 'het' else 'onze'} {_inflect(low, noun)}"
    if len(words) == 1 and first.lower() in _DRINKS:  # "koffie": we meet over it, it is not what we discuss
        return f"onze {first.lower()}afspraak"
    if len(words) <= 5 and all(w.endswith("en") or w in ("en", "of") for w in words) and first.islower():
        return f"de afspraak voor {m}"  # "knippen en kleuren": what is done, named by its verbs
    if (2 <= len(words) <= 4 and m.islower() and re.fullmatch(r"[a-z]+[^aeiou]en", words[-1]) and len(head) == len(words)
            and not words[-1].endswith(("ingen", "aken", "sessies", "lessen"))):
        return f"de afspraak voor {m}"  # "uitgroei bijwerken", "offerte bespreken": what is done, never "ons overleg over"
    if head and head[-1].lower().endswith(_SERIES) and first.islower():
        return f"de {low}"  # "wekelijkse therapiesessies": a series, named as it is
    if len(words) == 1 and first.islower():  # a bare topic noun takes its article: "over de jaarrekening"
        het = first.endswith(_HET_TOPICS)
        return f"ons overleg over {'het' if het else _article(first) or 'de'} {m}"
    if len(head) == 1 and re.fullmatch(r"(langs|bij|kennis|door|mee|samen|terug|rond|koffie)\w+en|bellen|sparren|lunchen|brainstormen", head[0]) \
            and not head[0].endswith(("aken", "ingen")):
        return f"het {low}"  # a verb typed as the meeting ("langskomen voor de offerte"): the infinitive as a noun takes "het"
    if len(head) == 1 and head[0][:1].islower():
        # A noun with what follows it ("inventarisatie van de IT-omgeving", "kennismakingskoffie bij ons op
        # kantoor") names the meeting itself: it takes its own article, never "ons overleg over".
        return f"{'het' if head[0].lower().endswith(_HET_TOPICS) else 'de'} {low}"
    if len(words) >= 2 and not words[-1].isdigit() and not re.search(r"[,+&]", m) and not _APPOINTMENT.search(m):
        # a name the tables do not know ("naming sprint", "Q4 planning"): the phrase itself with its plain article,
        # never wrapped in "ons overleg over"
        label = m if any(w[:1].isupper() for w in words[1:]) else low  # "Monday status Zoom": a name, kept as typed
        return f"{'het' if _article(words[-1].lower()) == 'het' else 'de'} {label}"
    return f"ons overleg over {m}"


_DRINKS = frozenset("koffie thee koffietje kopje".split())
# Meetings that are ABOUT a topic ("presentatie over", "overleg over"); a fotoshoot or a kick-off is not.
_ABOUT_NOUNS = ("presentatie", "overleg", "gesprek", "bespreking", "workshop", "sessie", "training", "lezing", "meeting",
                "call", "update", "brainstorm", "webinar", "cursus", "voorlichting", "informatieavond")
_SERIES = ("sessies", "lessen", "gesprekken", "afspraken", "trainingen", "behandelingen", "overleggen", "calls", "bijeenkomsten")
_PERSON_NOUNS = frozenset("stagiair stagiaire kandidaat klant medewerker student leerling cursist trainee sollicitant".split())


# A service the client books for themselves (a haircut, nails, a treatment, therapy, a lesson): "je afspraak voor ...".
_APPOINTMENT = re.compile(
    r"(knippen|knipbeurt|wassen|föhnen|kleuren|verven|baard|highlights|uitgroei|uitgroei|haarkleur|lokken|permanent|epileren|harsen|waxen|manicure|pedicure|nagels|"
    r"gellak|wimpers|wenkbrauwen|massage|behandeling|fysio|therapie|bijles|consult|tandarts|mondhygiën|pt-sessie|"
    r"personal training|coaching)",
    re.IGNORECASE,
)


# A body that meets ("stuurgroep project X", "de raad van bestuur"): its meeting is named, not the body.
_BODY = re.compile(r"^(stuurgroep|projectgroep|werkgroep|klankbordgroep|raad|directie|bestuur|commissie|ondernemingsraad|mt)$", re.IGNORECASE)


def _inflect(np: str, noun: str) -> str:
    """An adjective before the noun after a possessive takes -e: 'onze jaarlijkse evaluatie', 'ons jaarlijkse
    evaluatiegesprek' (het-words too, after 'ons'): 'jaarlijks' alone is only right after 'een'."""
    words = np.split()
    out = []
    for w in words:
        if w == noun:
            out.append(w)
            out.extend(words[len(out):])
            break
        lw = w.lower()
        if not w.isalpha() or not lw.islower():
            out.append(w)
        elif lw.endswith(("lijks", "ig", "lijk", "isch", "nieuw", "kort", "vast", "laatst", "eerst", "intern", "extern")):
            out.append(w + "e")
        elif lw.endswith("aal") or lw.endswith("eel"):
            out.append(w[:-2] + w[-1] + "e")  # "digitaal" -> "digitale"
        else:
            out.append(w)
    return " ".join(out)


def _invited(np: str) -> str:
    """Declining an invitation: the meeting is theirs, so 'het overleg', never 'ons overleg'."""
    return re.sub(r"^ons\s", "het ", re.sub(r"^onze\s", "de ", np))


# A date range ("12 en 13 december", "12-13/12"): a multi-day event, which a quick call does not replace.
_RANGE = re.compile(r"\b\d{1,2}\s*(?:-|–|en|t/m|tot)\s*\d{1,2}(?:\s+(?:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)[a-z]*\b|/\d{1,2})", re.IGNORECASE)


def _reason_slots(plan: Plan) -> dict[str, str]:
    """The reason placed for each kind of sentence: glued onto a statement ('{why}'); before a yes/no
    question as a sentence of its own ('{pre}'), or, as a noun phrase or when that is not safe, at its end
    ('{why_end}'). ('{why_mid}', inside the question, is kept empty: a long middle field reads worse.)"""
    s = plan.situation
    why = because(s.reason)
    main = main_clause(s.reason) if s.reason else None
    if not main and (why.startswith(" – ") or why.startswith(", want er is ")):  # a sentence of its own, tied to the question
        main = _cap(why[3:] if why.startswith(" – ") else why[7:]) + "."
    if not main and why.startswith(". "):  # already a sentence of its own: never glued inside the question ("…. Mijn bus start niet?")
        main = why[2:].rstrip(".") + "."
    out = {"why": why, "pre": "", "why_mid": "", "why_end": "", "post": "",
           "instead": " in plaats van elkaar te ontmoeten" if plan.formal else " in plaats van elkaar te zien"}
    if main and _complex(_lower_first(s.reason or "")):
        out["post"] = " " + main  # "Omdat X klaar is, is Y niet nodig.": already says why; no "vandaar" after it
    elif main and (tied := _tied(main)):
        out["post"] = " " + tied
    elif main:
        out["pre"] = main + " "
    elif why:
        out["why_end"], out["instead"] = why, ""  # the reason ends the question: no contrast in between
    return out


def _decline_slots(plan: Plan) -> dict[str, str]:
    """What a decline says after the thanks, what it offers instead, and how it ends, per situation."""
    s, f = plan.situation, plan.formal
    out: dict[str, str] = {}
    main = main_clause(s.reason) if s.reason else None
    out["no"] = "bedankt voor de uitnodiging" if plan.final else "helaas verhinderd"
    if plan.final and main:  # a final no: their reason stated plainly, no pretend regret about a date
        we = re.match(r"(we|wij|ons|onze)\b", main, re.IGNORECASE)  # the firm's decision: "we" decline, not "I"
        out["cant"] = main.rstrip(".") + (", dus we zien ervan af." if we else ", dus ik zie ervan af.")
    elif s.reason and (own := refusal(s.reason)):
        out["cant"] = own  # the reason already says no ("..., ik sla deze over"): said once, in the user's words
    elif _CLOSED.search(s.reason or ""):
        # no room for new work is a no to the work, not a diary clash: never "kan er niet bij zijn" / "verhinderd"
        out["cant"] = ("Helaas moet ik hiervan afzien" if f else "Helaas moet ik nee zeggen") + because(s.reason) + "."
        out["no"] = "helaas geen ruimte"
    else:
        out["cant"] = "Helaas kan ik er niet bij zijn" + because(s.reason) + "."
    multi_day = bool(s.meeting_time and _RANGE.search(s.meeting_time))
    ask = "Laat u mij weten wanneer het u uitkomt?" if f else "Laat je me weten wanneer het je uitkomt?"
    if plan.away:  # on holiday or leave: catching up when back, not a quick call
        out["alt_call"] = ("Na mijn terugkeer neem ik graag contact met u op om even bij te praten." if f
                           else "Zullen we even bijpraten als ik terug ben? Dan hoor ik graag hoe het is gegaan.")
        out["decline_close"] = ask if plan.alternative == "later" else ""
    elif multi_day:  # a two-day event is not replaced by a quick call: catching up afterwards
        out["alt_call"] = ("Daarna neem ik graag contact met u op om even bij te praten." if f
                           else "Zullen we daarna even bijpraten? Dan hoor ik graag hoe het is gegaan.")
        out["decline_close"] = ask if plan.alternative == "later" else ""
    elif _CLOSED.search(s.reason or ""):  # no room for new work: no wishes for their lunch, no "see you soon"
        out["alt_call"], out["decline_close"] = "", ""
    elif plan.kind == "event" or s.intent is Intent.decline and _SOCIAL.search(s.meeting or ""):
        # a reception, a team day, a lunch presentation is not replaced by a call: good wishes instead
        # (not for an occasion that exists to meet the sender: "veel plezier" at their own introduction lunch jars)
        out["alt_call"] = "" if _ABOUT_US.search(s.meeting or "") else T["alt.event.wish"][0 if f else 1]
        out["decline_close"] = ""
    elif not work_meeting(s.meeting):  # an outing, a meal, an appointment: nothing offered in its place
        out["alt_call"] = T["alt.event.wish"][0 if f else 1] if _SOCIAL.search(s.meeting or "") else ""
        out["decline_close"] = ""
    else:  # a call offered plainly; no "to keep things moving" (it pretends the meeting was only a means)
        out["alt_call"] = ("Zou een kort telefoongesprek een goed alternatief zijn?" if f
                           else "Zullen we in plaats daarvan even kort bellen?")
        out["decline_close"] = ask if plan.alternative in ("call", "later") else ""
    work = work_meeting(s.meeting) and not plan.away and not multi_day and plan.kind != "event"
    out["alt_event"] = "" if _CLOSED.search(s.reason or "") or _ABOUT_US.search(s.meeting or "") else T["alt.event.wish"][0 if f else 1]
    for alt in ("shorter", "email", "later"):  # the other offers follow the same rule as the call
        out[f"alt_{alt}"] = T[f"alt.{alt}.work"][0 if f else 1].format(n=s.duration_minutes or "") if work else out["alt_call"]
    return out


# No room for new work ("ik neem geen nieuwe opdrachten aan", "tot eind januari volgeboekt"): the door is closed for now.
_CLOSED = re.compile(r"\bgeen nieuwe (?:opdrachten|klanten|projecten|klussen)|\b(?:helemaal |volledig )?(?:vol|volgeboekt)\b", re.IGNORECASE)
# An occasion whose point is meeting the sender (an introduction, an intake): no "enjoy it" wish.
_ABOUT_US = re.compile(r"kennismak|intake|sollicitatie|zakelijk", re.IGNORECASE)


# Outings and meals: declined with good wishes, never with an offer.
_SOCIAL = re.compile(r"(quiz|toernooi|karaoke|spelletjes|escape|uitje|etentje|diner|lunch|borrel|feest|bbq|barbecue|kerst|vrijmibo|bowling|karting|sinterklaas|"
                     r"nieuwjaars|jubileum|afscheid|receptie|festival|concert|voorstelling|wedstrijd|teamdag|heidag)", re.IGNORECASE)


# A main clause typed with a fronted time or place ("op donderdagavond werk ik niet", "in het weekend zijn we dicht").
_INVERTED = re.compile(r"(?i)^((?:(?:op|in|na|voor|tijdens|rond|'s)\s+[\w-]+(?:\s+[\w-]+)?|die dag|dan|"
                       r"(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:ochtend|middag|avond)?)\s+\w+\s+(?:ik|we|wij))\b()(\s+.+)?$")


def _same_time(a: str | None, b: str | None) -> bool:
    """Two typed times that read as the same day and hour ("wo 9 dec na school ~16" / "wo 9 dec 16.00")."""
    pa, pb = (_parts(_loose(t)) if t else None for t in (a, b))
    if not pa or not pb or not all(pa) or not all(pb):
        return False
    hour = [re.search(r"\d{1,2}", c) for c in (pa[1], pb[1])]
    day = [re.match(r"\w+ \d{1,2} \w+", d) for d in (pa[0], pb[0])]
    return bool(all(hour) and all(day) and hour[0].group() == hour[1].group() and day[0].group() == day[1].group())


def _call_slots(plan: Plan) -> dict[str, str]:
    s, f = plan.situation, plan.formal
    out = {"call_why": ("" if s.reason else  # with a reason given, the call needs no selling
                        "Dat bespaart ons allebei tijd, terwijl we toch alle ruimte hebben om alles goed door te nemen." if f
                        else "Dat scheelt ons allebei tijd, en we kunnen toch alles goed doornemen."), "call_one": ""}
    if len(plan.times) == 1 and not _same_time(s.meeting_time, plan.times[0]):
        # (a proposed time equal to the meeting's own never gets here: the plan says it as "call.times.same"; one typed
        # loosely, "na school, rond 16" and "16.00", is the same time too: never offered again, native review v12)
        at = _when(plan.times[0], attributive=False).strip()  # the meeting's own time is implied by the opening
        out["call_one"] = (f"Als het u beter uitkomt, kan ik u ook {at} bellen." if f else f"Als dat beter uitkomt, kan ik je ook {at} bellen.")
    elif len(plan.times) == 1:  # the same time typed twice: confirmed once in its clear form, not offered as an alternative
        at = _when(plan.times[0], attributive=False).strip()
        out["call_one"] = f"Ik bel {'u' if f else 'je'} dan {at}."
    return out


# Done in person (a lesson, an inspection, a treatment, a site visit): no "by video or phone" offer for it.
_IN_PERSON = re.compile(
    r"((?:\b|proef|piano|zang|dans|rij|golf|tennis|zwem|taal)les|lessen|keuring|apk|inspectie|behandeling|massage|knipbeurt|consult|fysio\w*|bezoek|bezichtiging|"
    r"rondleiding|oplevering|schouw|opname|fotoshoot|shoot|proeverij|workshop|training|cursus|heidag|teamdag|uitje)\b",
    re.IGNORECASE,
)


def _day_said(meeting: str, time: str) -> str | None:
    """The time without its weekday when the meeting already names that day (a recurring meeting "on Saturdays"):
    the rest of the time, or None when the day is not repeated."""
    typed = time.strip()
    first, _, rest = typed.partition(" ")
    day = _SHORT_DAYS.get(first.lower().rstrip(".,")) or when.expand(first, Language.nl).lower().rstrip(".,")
    if day not in _WEEKDAYS or not re.search(rf"\b{day}", meeting, re.IGNORECASE):
        return None
    return rest.strip(" ,")


# A work meeting (an overleg, a review, a call, a presentation): the only kind for which video, phone, an agenda
# or handling points by email is offered. Appointments, services, lessons, meals and outings get none of these.
_WORK = re.compile(
    r"(overleg|vergadering|meeting|bespreking|gesprek|call|review|evaluatie|presentatie|demo|update|sync|afstemming|"
    r"kick-?off|stand-?up|planning|brainstorm|kennismaking|voortgang|stuurgroep|projectgroep|werkgroep|bijeenkomst|"
    r"jaarrekening|begroting|offerte|rapportage|check-?in|touchpoint|teams|zoom|belletje|videocall|telefo)",
    re.IGNORECASE,
)


def work_meeting(meeting: str | None) -> bool:
    """A work meeting by its words, and not one done in person (a lesson, a treatment, a site visit)."""
    return bool(meeting and _WORK.search(meeting) and not _IN_PERSON.search(meeting))


_ONE_POINT = r"\b(alleen|enkel|slechts|maar één|één punt|eén punt|akkoord|goedkeur\w*|goedgekeurd|bevestig\w*)\b"


_RECURRING = re.compile(r"^(elke|iedere)\s+(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b[\s,]*(.*)$", re.IGNORECASE)


def _policy_why(why: str, frame: str) -> str:
    """Why a policy is sent: a cause glued into the frame; a whole sentence typed stands on its own; a note or a
    fragment ("nieuw dit jaar: ...", "– vanaf januari") is never glued as a cause: the policy says it instead."""
    if why.startswith(". ") and re.search(r"(?i)voorwaarden|annuleringsbeleid|regels", why):
        return ""  # "Hierbij onze voorwaarden ...": the opening already says so
    if why.startswith(". "):
        return why[2:].rstrip(".") + "."
    # only a cause is glued ("vanaf januari", "från januari" is a note about the policy, never "dit vanaf januari")
    return frame.format(why=why) if why.startswith((", want ", ", omdat ", ", doordat ", ", aangezien ", " vanwege ")) else ""


# Shorthand typed for oneself in a meeting phrase: "betr."/"ivm"/"m.b.t."/"inz."/"re:" (about).
_ABOUT = re.compile(r"(?:^|\s)(?:betr\.?|betreft|m\.b\.t\.?|mbt|inz\.?|inzake|aangaande|ang\.?|ivm|i\.v\.m\.?|re:?)\s+", re.IGNORECASE)
# A weekday or a recurrence inside the meeting phrase ("elke dinsdag", "op dinsdagavond", "om 10u"): said by the time.
_TIME_IN_MEETING = re.compile(
    r"\s*\b(?:elke|iedere|om\s+de\s+week|tweewekelijks\s+op)\s+(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:en|s)?(?:ochtend|middag|avond|morgen)?(?:en|s)?\b"
    r"|\s*\bom\s+\d{1,2}(?:[.:u]\d{2})?\s*(?:uur|u)?\b",
    re.IGNORECASE,
)


# Days named relative to today or recurring: no calendar date for a subject line (`when.subject_date`).
_RELATIVE = re.compile(r"(?i)\b(elke|iedere|gisteren|vandaag|morgen|afgelopen|vorige)\b")


# The note says nobody let us know ("we hebben niets gehoord", "niet afgemeld", "nam niet op"): a fact of the no-show,
# said, never left out (v15 review).
_UNHEARD = re.compile(r"(?i)\b(?:niets|niks)\s+(?:van\s+\w+\s+)?(?:gehoord|vernomen)|\bniet\s+(?:afgemeld|gebeld|opgenomen|gereageerd)|"
                      r"\bgeen\s+(?:bericht|afmelding|reactie)|\bnam\s+(?:de telefoon\s+)?niet\s+op|"
                      r"\b(?:niets|niks)\s+van\s+zich\s+(?:laten\s+)?horen")
# A session that is someone else's ("de bijles van Sem", "de zwemles van Noor"): the one who did not come is named.
_THEIRS = re.compile(r"\svan\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


def _no_show(s: Situation, mw: str, formal: bool) -> dict[str, str]:
    """What the client did, said as a fact, never a mutual "we missed each other" (v15 review): the pupil named in the
    meeting was not there ("Sem was er helaas niet bij de bijles van afgelopen woensdag om 16.00 uur"), and nobody let
    us know when the note says so."""
    out = {"unheard": "", "unheard_s": ""}
    if s.reason and _UNHEARD.search(s.reason):
        out["unheard_s"] = " Ik had ook niets van u gehoord." if formal else " Ik had ook niets van je gehoord."
    given = (parse_name(s.recipient_name).given_name or "").lower()
    if (m := _THEIRS.search(s.meeting or "")) and m.group(1).lower() != given and m.group(1) in mw:
        who = m.group(1)
        said = re.sub(rf"\s+van\s+{who}\b", "", mw, count=1)
        said = re.sub(r"\s+\((?=(?:afgelopen|vorige|gisteren|eergisteren|vanochtend|vanmiddag)\b)([^()]*)\)$", r" van \1", said)
        out["who"], out["mw_theirs"] = who, said
        if out["unheard_s"]:
            out["unheard"] = ", en we hadden ook niets van u gehoord" if formal else ", en we hadden ook niets van jullie gehoord"
    return out


_PAST_DAY = re.compile(r"(?i)\b(afgelopen|vorige)\s+(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b")


def _client_subjects(bare: str, meeting_time: str | None, formal: bool, dated: str) -> dict[str, str]:
    """The subject of a reply to the client's own cancellation or no-show says what it is about, never "<label>: <verdict>"
    (v15 review: "Intake bij ons op de praktijk: uw afzegging", "…: we hebben elkaar gemist" for a pupil who did not come):
    "Uw afzegging van de intake op 11 december", "Bijles van Sem van afgelopen woensdag"."""
    label = _cap(bare)
    typed = meeting_time or ""
    date = _subject_date(_PAST_DAY.sub(lambda m: m.group(2), typed)) if typed else ""
    day = f"afgelopen {m.group(2).lower()}" if (m := _PAST_DAY.search(typed)) else ""
    art = _article(bare.split()[0]) if bare.split() and len(bare.split()) <= 4 else None
    out = {"sub_late": f"{dated}: {'uw' if formal else 'je'} afzegging",
           "sub_noshow": f"{label} van {date or day}" if (date or day) else f"{dated}: {'gemiste afspraak' if formal else 'we hebben elkaar gemist'}"}
    if art:
        first = bare.split()[0]
        keep = first.isupper() or any(c.isupper() for c in first[1:]) or ("-" in first and first[:1].isupper())  # "Excel-training"
        the = f"{art} {bare if keep else bare[:1].lower() + bare[1:]}"
        out["sub_late"] = f"{'Uw' if formal else 'Je'} afzegging van {the}" + (f" op {date}" if date[:1].isdigit() else f" van {day}" if day else "")
    return out


def _subject_date(meeting_time: str | None) -> str:
    return when.subject_date(meeting_time, Language.nl, _RELATIVE)


def clean_meeting(meeting: str, timed: bool, dated: bool = False) -> str:
    """The meeting phrase as a name, not a note: a note after a comma or a dash, or in brackets, goes; "betr." becomes
    "over"; a weekday, a recurrence or a clock time inside it goes when the time is given on its own (said once, by the time)."""
    m = re.sub(r"\s*\((?!\d+\s*(?:min|minuten|uur|u)\b)[^()]*\)", "", meeting.strip())
    m = re.split(r",\s+(?!(?:knippen|kleuren|wassen|föhnen|baard)\b)|\s+[–—|]\s+", m, maxsplit=1)[0].strip()
    lead = _ABOUT.match(m)
    m = m[lead.end():] if lead and lead.start() == 0 else _ABOUT.sub(" over ", m)
    if timed:
        kept = _TIME_IN_MEETING.sub("", m).strip(" ,")
        if dated:  # a dated occurrence: "op dinsdagavond" in the phrase is said by the date
            kept = re.sub(r"\s*\bop\s+(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:ochtend|middag|avond|morgen)?(?:en|s)?\b", "", kept, flags=re.IGNORECASE).strip(" ,")
        m = kept if len(kept) >= 3 else m
    return m.strip() or meeting.strip()


# Chatty words for a call or a message and their plain form in a formal mail (the article stays right: "het").
_FORMAL_WORDS = {"belletje": "telefoongesprek", "belafspraakje": "telefoongesprek", "appje": "bericht", "mailtje": "bericht",
                 "kopje koffie": "kop koffie", "bakkie": "kop koffie", "etentje": "diner"}


def _register(text: str, formal: bool) -> str:
    """The user's words in the mail's register where the pronoun is certain: "jouw/jij" in u-mail become "uw/u";
    "uw/u" in je-mail become "je" (the ambiguous "je", also reflexive or generic, is left as typed)."""
    if formal:
        text = re.sub(r"\b([Jj])(ouw|ij)\b", lambda m: ("U" if m.group(1) == "J" else "u") + ("w" if m.group(2) == "ouw" else ""), text)
        # "jullie" as a possessive before a noun ("op jullie vestiging") is the firm addressed: "uw" in u-mail
        # after a preposition and before no noun ("bij jullie aan de Vismarkt", "bij jullie thuis") it is the pronoun: "u"
        text = re.sub(r"(?i)\b(bij|voor|met|naar|van|aan|op|in|door|tegen|zonder) jullie\b(?= (?:aan|op|in|bij|thuis|te|om|over|van|voor)\b|[,.;:)]|$)",
                      lambda m: f"{m.group(1)} u", text)
        text = re.sub(r"\b([Jj])ullie(?= (?!zijn\b|hebben\b|kunnen\b|willen\b|moeten\b|gaan\b|komen\b)[a-zà-ÿ][\w-]*)", lambda m: "Uw" if m.group(1) == "J" else "uw", text)
        # chatty diminutives of the thing itself have a plain word in a formal mail ("het belletje" -> "het telefoongesprek")
        for chatty, plain in _FORMAL_WORDS.items():
            text = re.sub(rf"\b{chatty}\b", lambda m, p=plain: p[:1].upper() + p[1:] if m.group(0)[:1].isupper() else p, text)
        return text
    text = re.sub(r"\b([Uu])w\b", lambda m: "Je" if m.group(1) == "U" else "je", text)
    return re.sub(r"(?<![\w.])([Uu])(?= (?:bent|hebt|kunt|wilt|zult|mag|moet|komt|gaat|zit|staat)\b)", lambda m: "Je" if m.group(1) == "U" else "je", text)


# A form label typed as two bare nouns ("adviesgesprek hypotheek", "behandeling knie") reads as a telegram in running
# text: the topic gets its preposition and the client's possessive ("het adviesgesprek over uw hypotheek", "de
# behandeling van je knie"). Only a known meeting/service noun first and one plain lowercase noun after it.
_LABEL_ABOUT = re.compile(r"(?i)^([\w-]*(?:gesprek|overleg|consult|les|sessie|training|advies|afspraak|bespreking))$")
_LABEL_OF = re.compile(r"(?i)^([\w-]*(?:behandeling|controle|massage|therapie|fysio|onderzoek|scan|keuring))$")
_NOT_TOPIC = frozenset("de het een ons onze uw je jouw mijn over van voor met bij op in om aan tot en of nieuw nieuwe kort korte extra".split())


def _unlabel(meeting: str, formal: bool) -> str:
    words = meeting.strip().split()
    if len(words) != 2 or not words[1].isalpha() or not words[1].islower() or words[1] in _NOT_TOPIC or len(words[1]) < 3:
        return meeting
    poss = "uw" if formal else "je"
    if _LABEL_ABOUT.match(words[0]):
        return f"{words[0]} over {poss} {words[1]}"
    if _LABEL_OF.match(words[0]):
        return f"{words[0]} van {poss} {words[1]}"
    return meeting


# A lesson or a course in a series, or a standing weekly appointment, missed or cancelled late: "een nieuwe les" /
# "een ander moment". Never "een inhaalles/inhaalafspraak": that promises the missed one is made up (free), which
# nobody gave and which contradicts a fee charged just before (native review v14); "een nieuwe afspraak" reads as if
# the series ended (native review v11).
_COURSE = re.compile(r"(?i)(cursus|les\b|lessen|bijles|training|groepsles|proefles)")
_STANDING = re.compile(r"(?i)\b(wekelijks\w*|tweewekelijks\w*|maandelijks\w*|elke|iedere|vaste)\b|\bop (?:maan|dins|woens|donder|vrij|zater|zon)dag(?:en|ochtend|middag|avond)?\b")


def _new_appointment(s: Situation) -> str:
    text = " ".join(x or "" for x in (s.meeting, s.meeting_time))
    if _COURSE.search(s.meeting or "") and not re.search(r"(?i)proefles", s.meeting or ""):
        return "een nieuwe les"
    if _STANDING.search(text):
        return "een ander moment"
    return "een nieuwe afspraak"


_ON_DAY = re.compile(r"(?i)^ (?:van |\()((?:maan|dins|woens|donder|vrij|zater|zon)dag\w*|\d{1,2}\b)")


def _dated_on(mw: str, m: str, typed: str) -> str:
    """Where nothing is moved (an invitation declined, the client's own move answered) a date is "op": "de beurs in de
    Jaarbeurs op donderdag 10 december", never "van ... van" or the date in brackets; a whole day needs no "(de hele
    dag)" after the date of an event. As said when the fact model would read it otherwise."""
    if not m or not mw.startswith(m):
        return mw
    rest = mw[len(m):]
    if not _ON_DAY.match(rest) or re.match(r"(?i) van (?:morgen|overmorgen|vandaag|vanavond|vanmiddag|volgende|komende|deze)\b", rest):
        return mw  # "de call van morgen": never "op morgen" (native review v12)
    said = " op " + rest[len(" van "):] if rest.startswith(" van ") else " op " + re.sub(r"\)$", "", rest[2:], count=1)
    if rest.startswith(" (") and ")" in rest[2:-1]:
        return mw  # brackets inside: as said
    shorter = re.sub(r" \(de hele dag\)$", "", said)
    for cand in (shorter, said):
        if _faithful(typed, cand.replace(" op ", " ", 1)) or _faithful(typed, cand):
            return m + cand
    return mw


# A note about the client (never said to the client, native review v12): "de klant"/"klanten" as the subject, or a
# third-person verb typed without its subject ("heeft drie keer afgezegd", "zegt vaak af", "boekt steeds om").
_CLIENT_NOTE = re.compile(
    r"^\s*(?:(?:de\s+|deze\s+)?(?:klant|klanten|cliënt|cliënte|client|patiënt|patiënte|leerling|ouders)(?![\w-])|"
    r"(?:heeft|zegt|zei|zegde|belt|belde|boekt|boekte|annuleert|annuleerde|verzet|verzette|vergeet|vergat|verschijnt|"
    r"verscheen|meldt|meldde|cancelt|cancelde|schuift)(?![\w-]))",
    re.IGNORECASE,
)


def client_note(reason: str | None) -> bool:
    """The reason is the user's note about the client (family 2 of v12): left out, the frame says what it needs."""
    return bool(reason and _CLIENT_NOTE.match(reason))


# The words that open a clause or a phrase glued after a comma (subject, determiner, connective): not a loose note.
_OPENS_PHRASE = re.compile(r"^(?:ik|we|wij|er|hij|zij|ze|men|jij|je|u|het|dat|dit|die|de|een|mijn|onze|ons|uw|omdat|want|"
                           r"zodat|dus|en|maar|vanwege|wegens|door|in verband met|ivm|i\.v\.m\.|tot|vanaf|t/m|met|zonder|dan)(?![\w-])", re.IGNORECASE)


def _clipped(reason: str) -> str:
    """A verbless note typed after a comma ("met verlof vanaf 14 december, geboorte van onze tweede"): the clause
    alone ("met verlof vanaf 14 december"), never a telegraphic fragment glued into a sentence (native review v12)."""
    if not (m := re.match(r"^(.*\S)\s*,\s*([^,]+?)[.!]?$", reason.strip())):
        return reason
    head, tail = m.group(1), m.group(2)
    if _FINITE.search(tail) or _OPENS_PHRASE.match(tail) or len(head.split()) < 3:
        return reason
    if not (_FINITE.search(head) or _AWAY_WORDS.search(head) or re.match(r"(?i)(ben|heb|word|ga|zit|moet|kan)\b", head)):
        return reason
    return head


def slots(plan: Plan) -> dict[str, Any]:
    as_typed = plan.situation  # before the label is tidied: "de wekelijkse therapie op maandag" says it is a standing time
    if not plan.client_side and client_note(plan.situation.reason):
        plan = replace(plan, situation=plan.situation.model_copy(update={"reason": None}))
    if plan.situation.reason and (plain := without_asides(plan.situation.reason)) != plan.situation.reason:
        plan = replace(plan, situation=plan.situation.model_copy(update={"reason": plain or None}))
    plan, then = noted(plan, "nl")  # the typed note made a clause first; a promise in it said after the request
    if not plan.client_side and plan.situation.reason and (head := _clipped(plan.situation.reason)) != plan.situation.reason:
        plan = replace(plan, situation=plan.situation.model_copy(update={"reason": head}))
    if plan.situation.reason and (said := _register(plan.situation.reason, plan.formal)) != plan.situation.reason:
        plan = replace(plan, situation=plan.situation.model_copy(update={"reason": said}))
    if plan.situation.meeting and plan.formal and (said := _register(plan.situation.meeting, True)) != plan.situation.meeting:
        plan = replace(plan, situation=plan.situation.model_copy(update={"meeting": said}))  # "de lunch op uw vestiging"
    if plan.situation.reason and (clocked := _BARE_CLOCK.sub(r"\1 \2 uur", plan.situation.reason)) != plan.situation.reason:
        # "om 14.30 moet ik ...": "om 14.30 uur", the clock the rest of the mail writes (native review v15)
        plan = replace(plan, situation=plan.situation.model_copy(update={"reason": clocked}))
    if plan.situation.intent is Intent.switch_to_email and plan.situation.reason and (
            cause := _MAIL_DECIDED.match(plan.situation.reason.strip())):
        # "Het draait om de prijsopgave, die mail ik u gewoon.": the frame proposes e-mail, so only the cause is said
        # (never "per e-mail" twice, nor a casual "gewoon" in a formal mail: native review v16)
        plan = replace(plan, situation=plan.situation.model_copy(update={"reason": cause.group(1)}))
    timed, dated = bool(plan.situation.meeting_time), bool(_subject_date(plan.situation.meeting_time))
    if plan.situation.meeting and (tidy := clean_meeting(plan.situation.meeting, timed, dated)) != plan.situation.meeting:
        plan = replace(plan, situation=plan.situation.model_copy(update={"meeting": tidy}))
    if (plan.situation.meeting and plan.client_side and (bare := _labels.without_place(plan.situation.meeting, Language.nl)) != plan.situation.meeting
            and not meeting_np(bare).startswith("ons overleg over ")):  # only when what is left is still named as itself
        plan = replace(plan, situation=plan.situation.model_copy(update={"meeting": bare}))  # "de intake van vrijdag", not "… bij ons op de praktijk van vrijdag"
    if plan.situation.meeting and (said := _unlabel(plan.situation.meeting, plan.formal)) != plan.situation.meeting:
        plan = replace(plan, situation=plan.situation.model_copy(update={"meeting": said}))
    s, f = plan.situation, plan.formal
    out: dict[str, Any] = {"at": lambda t: _when(t, attributive=False).strip(), "n": s.duration_minutes or "", "away_contact": "",
                           "thanks": "Dank u voor uw begrip." if s.intent is Intent.reschedule else ""}
    in_person = not work_meeting(s.meeting)
    # No promised agenda or follow-up by e-mail (nobody made that promise); only a short mail gets a plain hope.
    out["agenda"] = "" if not plan.filler or in_person else ('Ik hoop dat een korter overleg voor u ook goed werkt.' if f else 'Ik hoop dat een korter overleg voor jou ook goed werkt.')
    out["video"] = "" if in_person or plan.kind == "call" else (  # a call stays a call: no "video or phone" offer for it
        "Als dat u beter uitkomt, kunnen we ook videobellen of telefonisch overleggen." if f
        else "Videobellen of telefonisch kan wat mij betreft ook, als je dat makkelijker vindt.")
    out.update(_reason_slots(plan))
    said_after(out, then)
    if s.client_move is not None and s.client_move.value == "counter" and s.reason and not main_clause(s.reason) and (
            inv := _INVERTED.match(s.reason.strip().rstrip("."))):
        # "op donderdagavond werk ik niet": a fronted time then verb and subject, a main clause as typed
        out["why_own"] = _cap(f"{inv.group(1)} namelijk{inv.group(3) or ''}") + "."
    elif s.client_move is not None and s.client_move.value == "counter" and s.reason and (main := main_clause(s.reason)):
        # their time turned down: the reason said as a sentence of its own after the no ("Lördagarna är nämligen
        # fullbokade ...", native review v12: "passar mig inte" alone hides why), never glued into the refusal
        out["why_own"] = linked(main)
    out["new_appt"] = _new_appointment(as_typed)
    out["late_rebook"] = _late_rebook(replace(plan, situation=as_typed), out["new_appt"])
    out["noshow_close"] = "" if not plan.times else ("Ik hoor graag van u." if f else "Ik hoor graag van je!")
    out["dur"] = f"{s.duration_minutes} minuten"  # (in digits: the completeness check reads the length only as typed)
    out["ok"] = ("Ik hoor graag of u zich daarin kunt vinden." if f else "Laat je even weten of dat goed is?") if s.intent is Intent.shorten else (
        "Kunt u zich daarin vinden?" if f else "Laat je me even weten of dat goed is?")
    mail = _echoes("e-mail mail", s.reason)
    out["by_mail_f"] = "" if mail else " en in plaats daarvan per e-mail af te stemmen"  # never "het" with nothing to refer to
    out["by_mail"] = "" if mail else " en in plaats daarvan even mailen"
    out["policy_why"] = _policy_why(out["why"], ('Ik stuur u dit{why}.', 'Ik stuur je dit{why}.')[0 if plan.formal else 1])
    # A summary of key points only when there are points: not for one approval or one question.
    out["summary"] = "" if re.search(_ONE_POINT, s.reason or "", re.IGNORECASE) else T["email.summary.full"][0 if plan.formal else 1]
    if s.reason and plan.client_side:
        out["sorry"] = _kin_ill(s.reason, f) or sorry_to_hear(s.reason, f, past=plan.past, no_show=s.intent is Intent.no_show_followup)
    if s.meeting:
        m = meeting_np(s.meeting)
        if not work_meeting(s.meeting) and _APPOINTMENT.search(s.meeting) and m.startswith(("ons overleg over ", "de afspraak voor ")):
            # a booked service ("wassen, knippen + baard", "fysiotherapie"): the client's appointment, never "ons overleg over"
            what = re.sub(r"\s*\+\s*", " en ", s.meeting.strip().rstrip("."))
            m = f"{'uw' if f else 'je'} afspraak voor {what[:1].lower() + what[1:] if what[1:2].islower() else what}"
            items = [x for x in re.split(r"\s(?:en|of|&)\s|,\s*", what) if x.strip()]
            if s.meeting_time and len(items) > 1 and (len(items) > 2 or any(len(x.split()) > 1 for x in items)) and not re.search(r"\s(?:voor|van|bij|met|over)\s", what):
                m = f"{'uw' if f else 'je'} afspraak"  # a catalogue list ("pony bijknippen + kleurspoeling"): the appointment, by its date
        if (plan.client_side and s.intent is not Intent.cancellation_policy and s.meeting_time
                and re.search(r"\s(?:\+|en|&)\s", s.meeting) and not re.search(r"(?i)\b(de|het|een|ons|onze|uw|je|jouw|over|van|voor|met)\b", s.meeting)):
            m = f"{'uw' if f else 'je'} afspraak"  # the client's booking typed as a list ("intake + behandelplan"): by its date
        if s.intent is Intent.decline and not re.match(r"(ons|onze)\s", s.meeting.strip(), re.IGNORECASE):
            m = _invited(m)  # (a possessive the user typed stays theirs)
        if s.intent is Intent.cancellation_policy and m.startswith("ons overleg over "):
            m = m[len("ons overleg over "):]  # the policy is for the service itself: "het coachingstraject"
        out["mw"] = m + (_when(s.meeting_time) if s.meeting_time else "")
        if s.meeting_time and (clause_last := _labels.dated(m, _when(s.meeting_time), Language.nl)):
            out["mw"] = clause_last  # "het belletje van morgen om je ... in te stellen": the date before the clause
        out["m_np"] = m
        if s.meeting_time and re.search(r"\bvan (?:[A-Z]|je |uw )", m) and (said := _when(s.meeting_time)).startswith(" van "):
            # a possessor in the phrase ("bijles Frans van Daan"): no second "van" for the date, it goes in brackets
            relative = re.match(r"(?i)(?:morgen|overmorgen|vandaag|vanavond|vanmiddag|volgende|komende|deze)\b", said[5:])
            # (never "op morgen": a relative day goes in brackets, native review v12)
            out["mw"] = f"{m} op {said[5:]}" if re.search(r"\bvan (?:je|uw) ", m) and not relative else f"{m} ({said[5:]})"
        if s.meeting_time and (rest := _day_said(s.meeting, s.meeting_time)) is not None:
            said = _when(rest) if rest else ""
            if not said_in_order(s.meeting_time, s.meeting + said):  # the typed day and time must still read in order
                said = f" ({rest})" if rest else ""  # "de rijlessen op zaterdag (9-11u)"
            if said_in_order(s.meeting_time, s.meeting + said):
                out["mw"] = m + said  # never "… op zaterdag van zaterdag …"
        if s.meeting_time and (rec := _RECURRING.match(s.meeting_time.strip())):
            # "elke woensdag om 16u": the recurrence said once ("de bijlessen Frans op woensdag om 16u"), never in brackets
            day, rest = rec.group(2).lower(), rec.group(3).strip()
            said = (_when(rest) if rest else "") if re.search(rf"\b{day}", s.meeting, re.IGNORECASE) else _when(f"{day} {rest}".strip(), attributive=False)
            if said_in_order(rest, said) if rest else True:  # (the recurrence word itself is said by the day: "op woensdag", "på tisdagar")
                out["mw"] = m + said
        label_src = s.meeting.strip()
        if s.intent is Intent.switch_to_call and (pm := _PLACE.match(label_src)) and pm.group("topic"):
            label_src = f"{pm.group('head')} {pm.group('topic')}"  # the place the call replaces is not in the subject
        bare = re.sub(r"^(de|het|ons|onze|je|jouw|uw|jullie)\s+(?=\w)", "", label_src, flags=re.IGNORECASE)  # never "Je knippen" in a subject
        if bare != s.meeting.strip() and re.match(r"^[a-z]+e\s+\w+(je|tje|pje)\b", bare):
            bare = re.sub(r"^([a-z]+)e\b", r"\1", bare)  # "wekelijks belletje": without its article a het-word's adjective drops the -e
        elif ((w := bare.split(" ", 2))[1:] and re.fullmatch(r"[a-z]+(?:lijke|ige|ische|se)", w[0])
              and (re.match(r"het\s", s.meeting.strip(), re.IGNORECASE)  # typed "het": a het-word, whatever the noun
                   or re.match(r"ons\s", s.meeting.strip(), re.IGNORECASE) and _article(w[1]) == "het")):
            bare = w[0][:-1] + bare[len(w[0]):]  # "Maandelijks overleg", never "Maandelijkse overleg": no article, a het-word
        bare = _labels.subject_label(bare, Language.nl)  # the head only in a subject line (people and places go)
        out["M"] = _cap(bare) + (f" van {d}" if len(bare.split()) <= 3 and (d := _subject_date(s.meeting_time)) else "")  # "Kwartaalreview van 15 december"
        out.update(_client_subjects(bare, s.meeting_time, f, out["M"]))
        if s.intent is Intent.no_show_followup:
            out.update(_no_show(s, out["mw"], f))
    out.setdefault("unheard_s", "")
    if s.intent is Intent.decline:
        out.update(_decline_slots(plan))
    if s.intent is Intent.switch_to_call:
        out.update(_call_slots(plan))
    if s.colleague_name:  # "mijn collega Maarten de Jong": a colleague's title is not used inside a sentence
        # "Lisa Bogaerts, onze art director", "Yara Boutkabout – art director", "Koen (projectleider)": a role after the name
        typed, role = _name_and_role(s.colleague_name)
        name = parse_name(typed if role.strip() else s.colleague_name)
        full = name.full or (typed if role.strip() else s.colleague_name)
        if (acad := re.match(r"^((?:(?:mr|dr|drs|ir|ing|prof)\.\s*)+)", (typed if role.strip() else s.colleague_name).strip())) and full:
            full = f"{acad.group(1).strip()} {full}"  # "mr. Wouter Kieft": a Dutch academic title stays with the name
        out["c"] = f"{full}, {role.strip()}," if role.strip() else full  # the apposition between commas
        out["c_end"] = out["c"].rstrip(",")  # at the end of a sentence
        out["c_name"] = full  # a subject line names the colleague only, never the role
        if re.match(r"(?i)(mijn|onze) (collega|medewerker)\b", role.strip()):
            # "mijn collega op de praktijk" typed as the role: said once, first ("mijn collega op de praktijk, X,")
            out["mc_c"] = f"{role.strip()}, {full},"
        elif _JOB.fullmatch(role.strip()):
            # a bare job title typed after the name ("Thijs Kamphorst-Zegers, uitvoerder"): "onze uitvoerder Thijs ...",
            # the title before the name, never a stiff ", uitvoerder," apposition (native review v16)
            out["mc_c"] = f"onze {role.strip()} {full}"
        else:
            out["mc_c"] = f"mijn collega {out['c']}"
        out["mc_c_end"] = out["mc_c"].rstrip(",")
        # then the first name in friendly mail ("Lisa", never the name and role again); the name in formal mail
        out["c1"] = (name.full or full) if f else (name.given_name or full)  # formal: the name once more, without its title
        if plan.away and not plan.brief_colleague:  # away: the colleague is the contact, said once (never an abrupt end)
            out["away_contact"] = (f" Tijdens mijn afwezigheid kunt u met al uw vragen bij {out['c1']} terecht." if f
                                   else f" Tijdens mijn afwezigheid kun je met al je vragen bij {out['c1']} terecht.")
    out["mw"] = _series(str(out.get("mw", "")), s)
    if s.meeting and s.meeting_time and (s.intent is Intent.decline or s.client_move is not None):
        out["mw"] = _dated_on(str(out["mw"]), str(out.get("m_np", "")), s.meeting_time)
    out.update(_delegate(plan, out))
    out["welcome"] = _welcome(plan)
    out["courtesy"] = _courtesy(plan)
    if s.client_move is not None:
        out["move_named"] = _move_named(s, plan.formal, str(out.get("mw", "")))
    out["late_ack"] = _kin_ill(s.reason, f) or ("Ik hoop dat alles in orde is." if f else "Vervelend dat het niet lukte.")
    out["late_ack_plain"] = _kin_ill(s.reason, f) or ("Ik hoop dat alles goed met u is." if f else "Hopelijk is alles goed met je!")
    out["call_q"] = _call_question(plan, out)
    out.update(_policy_open(plan, out))
    out["policy_close"] = T["policy.close.me"][0 if f else 1]
    if s.intent is Intent.cancellation_policy and not one_person(s.sender_name):
        out.update({k: as_we(str(out[k])) for k in ("policy_open_new", "policy_open_standalone", "policy_close") if k in out})
    if s.meeting and s.meeting_time and s.intent in _ONE_OFF and (rec := _RECURRING.match(s.meeting_time.strip())):
        # a recurring time in a one-off request ("elke maandag 8.30"): this occurrence, "van maandag om 8.30 uur"
        said = _when(f"{rec.group(2)} {rec.group(3)}".strip())
        if _faithful(s.meeting_time, said):
            out["mw"] = f"{m}{said}"
    return out


# One-off requests: a recurring time is said as this occurrence.
_ONE_OFF = frozenset({Intent.switch_to_email, Intent.switch_to_call, Intent.shorten, Intent.reschedule})

# A meeting that recurs ("elke dinsdag", "om de drie weken"): a hand-over or a policy is about the series, so its noun is
# plural ("de vergaderingen van de stuurgroep"), and a recurrence typed in both the phrase and the time is said once.
_SERIES_TIME = re.compile(r"(?i)^(?:elke|iedere|om de|tweewekelijks|wekelijks|maandelijks)\b")
_PLURAL = {"vergadering": "vergaderingen", "overleg": "overleggen", "les": "lessen", "bijles": "bijlessen", "sessie": "sessies",
           "training": "trainingen", "behandeling": "behandelingen", "gesprek": "gesprekken", "afspraak": "afspraken",
           "call": "calls", "meeting": "meetings", "bespreking": "besprekingen", "bijeenkomst": "bijeenkomsten", "belletje": "belletjes"}


def _series(mw: str, s: Situation) -> str:
    if not mw or not s.meeting_time or not _SERIES_TIME.match(s.meeting_time.strip()) or s.intent in _ONE_OFF:
        return mw
    for rec in re.findall(r"(?i)\bom de (?:\w+ )?(?:week|weken|maand|maanden)\b|\b(?:elke|iedere) \w+", mw):
        if mw.lower().count(rec.lower()) > 1:  # "de gellak om de drie weken om de drie weken op vrijdag": once
            i = mw.lower().rfind(rec.lower())
            mw = re.sub(r"\s{2,}", " ", mw[:i] + mw[i + len(rec):]).strip()
    m = re.match(r"(?i)^(de|het|ons|onze)\s+(\w+)\b", mw)
    if m and m.group(2).lower() in _PLURAL:
        det = {"het": "de", "ons": "onze"}.get(m.group(1).lower(), m.group(1))
        mw = f"{det} {_PLURAL[m.group(2).lower()]}{mw[m.end():]}"
    return mw




# A new client's booking named in the note ("geboekt: gellak", "afspraak voor een knipbeurt", "eerste afspraak").
_BOOKED_ITEM = re.compile(r"(?i)\b(?:geboekt:?|boeking voor|afspraak voor|ingepland voor)\s+(?:een\s+)?([^,.;]+)")
_BOOKED = re.compile(r"(?i)\b(?:geboekt|boeking|eerste afspraak|afspraak gemaakt|ingepland|nieuwe klant)\b")


def _welcome_new(plan: Plan) -> str:
    """A policy notice to a new consumer client opens by welcoming them and naming their booking when the note says
    one (v13 review: the policy alone reads cold); '' otherwise."""
    s, f = plan.situation, plan.formal
    if s.relationship.value != "new" or business(plan):
        return ""
    # (the typed note: the shared plan drops a note about the client from `reason`; `typed_reason` is the hook asked of it)
    note = getattr(plan, "typed_reason", None) or s.reason or ""
    hello = "Hartelijk welkom als nieuwe klant." if f else "Welkom als nieuwe klant!"
    if not _BOOKED.search(note) and not _BOOKED_ITEM.search(note):
        return f"{hello} "
    if m := _BOOKED_ITEM.search(note):
        item = re.sub(r"\s*[+&]\s*", " en ", m.group(1).strip())
        return f"{hello} " + (f"Dank u voor uw afspraak voor {item}." if f else f"Fijn dat je een afspraak voor {item} hebt gemaakt.") + " "
    return f"{hello} " + ("Dank u voor uw afspraak." if f else "Fijn dat je een afspraak hebt gemaakt.") + " "


_STANDALONE = (
    "Graag zet ik onze annuleringsvoorwaarden nog even voor u op een rij, zodat alles voor ons beiden duidelijk is.",
    "Ik zet onze annuleringsvoorwaarden even voor je op een rij, zodat je precies weet waar je aan toe bent.",
)


def _policy_open(plan: Plan, out: dict[str, Any]) -> dict[str, str]:
    """A new client's policy notice, after the welcome (`_welcome_new`)."""
    said = _policy_open_said(plan, out)
    said.setdefault("policy_open_standalone", _STANDALONE[0] if plan.formal else _STANDALONE[1])
    if plan.situation.meeting is None and (change := rule_change(plan.situation.reason, "nl", plan.formal)):
        said = {"policy_open_new": change, "policy_open_standalone": change, "policy_why": ""}  # new rules: said first
    r = (plan.situation.reason or "").strip().rstrip(".")
    if plan.situation.meeting is None and (scope := _SCOPE.match(r)) and not _is_clause(scope.group(2)) and not said.get("policy_why"):
        # "voor de adviesgesprekken vanaf februari": what the conditions cover, said with them (native review v16)
        cover = f"annuleringsvoorwaarden {scope.group(1).lower()} {scope.group(2)}"
        said = {k: (v.replace("annuleringsvoorwaarden", cover, 1) if k.startswith("policy_open") else v) for k, v in said.items()}
        said["policy_why"] = ""
    if (hello := _welcome_new(plan)) and "policy_open_new" in said:
        said["policy_open_new"] = hello + said["policy_open_new"]
    return said


# A policy note that only says what the conditions cover ("voor de adviesgesprekken vanaf februari").
_SCOPE = re.compile(r"(?i)^(voor|bij)\s+((?:de|het|alle|onze|uw|je|jouw)\s+[\w-]+(?:\s+[\w-]+){0,4})$")
# The sender signs as an organisation only ("Administratiekantoor Noorderlicht"): the mail says "wij", not "ik".
_WE = ((re.compile(r"\bGraag zet ik\b"), "Graag zetten wij"), (re.compile(r"\bdeel ik graag\b"), "delen wij graag"),
       (re.compile(r"\bzet ik\b"), "zetten we"), (re.compile(r"\bdan hoor ik het graag\b"), "dan horen wij het graag"))


def as_we(text: str) -> str:
    for rx, to in _WE:
        text = rx.sub(to, text)
    return text


def _policy_open_said(plan: Plan, out: dict[str, Any]) -> dict[str, str]:
    """A new client's policy notice. A time or cause clause typed as the reason ("nu je je hebt ingeschreven voor de
    cursus") opens it, the main clause inverted after it; never replaced by our "Nu we gaan samenwerken"."""
    s, f = plan.situation, plan.formal
    r = _lower_first(s.reason or "")
    if re.match(r"(?i)(nu|omdat|aangezien|doordat)\s", r) and not _complex(r) and "," not in r:
        lead = _cap(r)
        return {"policy_open_new": (f"{lead}, deel ik graag onze annuleringsvoorwaarden, zodat alles voor ons beiden duidelijk is." if f
                                    else f"{lead}, zet ik onze annuleringsvoorwaarden even voor je op een rij, zodat je precies weet waar je aan toe bent."),
                "policy_why": ""}
    if not business(plan):  # a salon's, a practice's or a school's client books appointments: no "samenwerken"
        return {"policy_open_new": ("Graag zet ik onze annuleringsvoorwaarden voor u op een rij, zodat u precies weet waar u aan toe bent." if f
                                    else "Hierbij zet ik onze annuleringsvoorwaarden even voor je op een rij, zodat je precies weet waar je aan toe bent.")}
    return {"policy_open_new": ("Nu we gaan samenwerken, deel ik graag onze annuleringsvoorwaarden, zodat alles voor ons beiden duidelijk is." if f
                                else "Nu we gaan samenwerken, zet ik onze annuleringsvoorwaarden even voor je op een rij, zodat je precies weet waar je aan toe bent.")}


# A business client (an office, an agency, a firm): "samenwerken" fits; a salon's, a practice's or a school's client
# (a consumer) books an appointment and never "works together" with us (native review v11).
_B2B = re.compile(r"(?i)(kantoor|bureau|advies|advise|consult|b\.?v\.?\b|accountan|notaris|advocat|software|services|agency|"
                  r"bv\b|groep|holding|partners|projectleider|accountmanager|recruit|administratie|vertaal|ontwerp|webbouw|design)")


def business(plan: Plan) -> bool:
    """The sender works for businesses (their name, role or the meeting says so): B2B wording may be used."""
    s = plan.situation
    return bool(_B2B.search(" ".join(x or "" for x in (s.sender_name, s.meeting))) or plan.work)


# A place typed after the meeting ("kennismaking bij jullie thuis", "intake op de praktijk", "lunch in Utrecht"):
# for a call it is what is replaced, not the meeting itself.
_PLACE = re.compile(
    r"^(?P<head>.+?)\s+(?P<place>(?i:hier\s+)?(?:(?i:bij)\s+(?i:jullie|ons|u|jou|mij)\s+(?=(?i:op|in)\s))?(?i:bij|op|in|ten)\s+(?i:(?:jullie|ons|u|jou|mij|je|uw|mijn)\s+)?"
    r"(?:(?i:thuis|kantoor|locatie|de praktijk|praktijk|de zaak|zaak|studio|het kantoor)|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
    r"|(?i:hier\s+)?(?i:bij)\s+(?i:jullie|ons|u|jou|mij)(?:\s+(?i:aan|op|in)\s+(?i:de\s+|het\s+)?[A-Z][\w-]+)?)"
    # a topic typed after the place ("ons gesprek bij u aan de Vismarkt over de btw-aangifte"): it stays with the head
    r"(?:\s+(?P<topic>(?i:over|voor|rond|inzake|m\.b\.t\.)\s+.+))?$"
)


# A meal or a coffee typed as the meeting, with its place after it or none ("de koffie bij jullie op kantoor in Deventer").
_MEAL = re.compile(r"(?i)^(?:de|het|onze|ons|een)\s+(koffie|lunch|lunchafspraak|ontbijt|diner|etentje|borrel)"
                   r"(?:\s+((?:bij|op|in|aan)\s+.+))?$")
_MEAL_DOING = {"koffie": "koffie te drinken", "lunch": "samen te lunchen", "lunchafspraak": "samen te lunchen",
               "ontbijt": "samen te ontbijten", "diner": "samen te eten", "etentje": "samen te eten", "borrel": "een borrel te drinken"}


def _call_question(plan: Plan, out: dict[str, Any]) -> str:
    """The call proposal. A meeting typed with its place ("kennismaking bij jullie thuis") is held by phone instead
    of there ("de kennismaking van donderdagavond telefonisch doen in plaats van bij jullie thuis"): the call IS
    that meeting. Otherwise the meeting is what the call replaces."""
    s, f = plan.situation, plan.formal
    mw = out.get("mw", "")
    if s.meeting and (meal := _MEAL.match(s.meeting.strip())):
        # a coffee or a lunch is not held by phone: the time first, then what the call replaces ("donderdag … even bellen
        # in plaats van koffie te drinken bij jullie op kantoor"; native review v16: no stacked "de koffie … van … van")
        when_ = _when(s.meeting_time, False) if s.meeting_time else ""
        instead = f"{_MEAL_DOING[meal.group(1).lower()]}{' ' + _register(meal.group(2), f) if meal.group(2) else ''}"
        return (f"Zou u het goedvinden als we{when_} telefonisch overleggen in plaats van {instead}" if f
                else f"Zullen we{when_} even bellen in plaats van {instead}")
    # (a city or a restaurant is no place a call replaces: "de lunch in Utrecht" is not held by phone)
    if s.meeting and (m := _PLACE.match(s.meeting.strip())) and (
            re.search(r"(?i)\b(thuis|kantoor|praktijk|zaak|studio|locatie)\b", m.group("place")) or re.fullmatch(r"(?i)(hier\s+)?bij\s+\w+(\s+(aan|op|in)\s+.+)?", m.group("place"))):
        typed_head = m.group("head") + (f" {m.group('topic')}" if m.group("topic") else "")
        head = _invited(meeting_np(typed_head))  # "de kennismaking": the meeting itself, not "onze"
        if s.intent is Intent.switch_to_call and not head.startswith("ons overleg over "):
            when_ = _when(s.meeting_time) if s.meeting_time else ""
            place = _register(m.group("place"), f)
            return (f"Zou u het goedvinden als we {head}{when_} telefonisch houden in plaats van {place}" if f
                    else f"Zullen we {head}{when_} telefonisch doen in plaats van {place}")
    if f and work_meeting(s.meeting):
        return f"Zou u het goedvinden als we {mw} telefonisch houden"  # never a long noun phrase between "vervangen" and "door"
    return (f"Zou u het goedvinden om {mw} te vervangen door een telefoongesprek" if f
            else f"Zullen we in plaats van {mw} even bellen")


_WEEKEND = re.compile(r"\b(za|zo|zaterdag|zondag|weekend)\b", re.IGNORECASE)
_WEEK_SAID = re.compile(r"\bweek|weken\b", re.IGNORECASE)
_WISHES = {  # the one closing wish of a short mail (formal, friendly); which one: `plan.wish`
    "ask": ("Alvast hartelijk dank voor uw begrip.", "Alvast bedankt voor je begrip!"),
    "weekend": ("Ik wens u alvast een prettig weekend.", "Ik wens je alvast een fijn weekend!"),
    "week": ("Ik wens u een prettige week.", "Ik wens je alvast een fijne week!"),
    "soon": ("Ik hoop u snel weer te spreken.", "Ik hoop je snel weer te spreken!"),
}
# A new contact has not been met yet: no "weer" (v14 review, sv); a decline turned an invitation down: "another time".
_SOON_NEW = ("Ik hoop u bij een andere gelegenheid te zien.", "Hopelijk zien we elkaar een andere keer!")


# The client's own missed or cancelled appointment already opens with a wish ("hoppas att allt är bra",
# "Hopelijk is er niets vervelends aan de hand"): a second one before the sign-off makes three in four lines, so the
# short mail's extra line is an open door instead.
_WISHED = frozenset({Intent.no_show_followup, Intent.late_cancellation})


def _courtesy(plan: Plan) -> str:
    if plan.situation.intent in _WISHED:
        return "Heeft u nog vragen, laat het me dan gerust weten." if plan.formal else "Laat gerust weten als er iets is!"  # an open door, not a third wish
    key = wish(plan, _WEEKEND, _WEEK_SAID)
    formal, friendly = _SOON_NEW if key == "soon" and _not_met(plan) else _WISHES[key]
    return formal if plan.formal else friendly


def _not_met(plan: Plan) -> bool:
    """No "see you again": the contact is new, or the mail turns their invitation down."""
    return plan.situation.relationship is Relationship.new or plan.situation.intent is Intent.decline


# An occasion that exists to meet for the first time: the close looks forward to meeting, not to working together.
_FIRST_MEETING = re.compile(r"kennismak|intake|sollicitatie|interview|proefles|proefsessie|proeftraining|eerste (?:les|afspraak|sessie)", re.IGNORECASE)


def _welcome(plan: Plan) -> str:
    """The new contact's closing line by relationship stage: "samenwerken" only where the mail says we will work
    together (a policy notice to a new client); a first meeting looks forward to meeting; a lesson or a service to
    seeing them; a work meeting to the conversation."""
    s, f = plan.situation, plan.formal
    if s.intent is Intent.decline:  # the invitation is turned down: thanks again, never "looking forward to meeting"
        return "Nogmaals dank voor de uitnodiging." if f else "Nogmaals bedankt dat je aan me dacht!"
    if s.intent is Intent.cancellation_policy and not business(plan):
        return "Ik zie u graag binnenkort." if f else "Tot snel!"
    if s.intent is Intent.cancellation_policy:
        return "Ik kijk ernaar uit om met u samen te werken." if f else "Ik kijk er echt naar uit om met je samen te werken."
    if s.meeting and re.search(r"sollicitatie|interview", s.meeting, re.IGNORECASE):
        return "Ik kijk uit naar ons gesprek." if f else "Ik kijk uit naar ons gesprek!"
    if s.meeting and _FIRST_MEETING.search(s.meeting):
        return "Ik kijk ernaar uit om kennis met u te maken." if f else "Ik kijk ernaar uit om kennis te maken!"
    if s.intent in (Intent.switch_to_call, Intent.switch_to_email) and not work_meeting(s.meeting):
        # a coffee or a visit turned into a call or mail: we will not see each other (native review v16)
        return ("Ik spreek u graag." if f else "Spreek je dan!") if s.intent is Intent.switch_to_call else (
            "Ik hoor graag van u." if f else "Ik hoor graag van je!")
    if not work_meeting(s.meeting):
        return "Ik zie u graag dan." if f else "Ik zie je graag dan!"
    return "Ik kijk uit naar ons gesprek." if f else "Ik kijk uit naar ons gesprek!"


_KIN_WORDS = ("kindje", "kind", "zoontje", "dochtertje", "zoon", "dochter", "baby")


def _kin_ill(reason: str | None, formal: bool) -> str:
    """The client's child was ill ("kind ziek", "dochtertje had koorts"): wished well by the word typed, never a
    cool "Vervelend dat het niet lukte". "" when the note names no ill child (or names someone by name)."""
    if not reason or not _HARD_ILL.search(reason) or re.search(r"(?<=\s)[A-Z][a-z]+", reason):
        return ""
    kin = next((k for k in _KIN_WORDS if re.search(rf"(?i)\b{k}\b", reason)), None)
    if not kin:
        return ""
    return (f"Vervelend dat uw {kin} ziek was; ik hoop dat het inmiddels weer beter gaat." if formal
            else f"Vervelend dat je {kin} ziek was, hopelijk gaat het alweer beter!")


def _delegate(plan: Plan, out: dict[str, Any]) -> dict[str, str]:
    """The hand-over. A leave or a period typed as the reason ("ik ga vanaf januari vier maanden op wereldreis") is
    said FIRST and sets when the colleague takes over ("In die periode neemt ... van me over"); the colleague is then
    the contact and no closing line invites questions to the one who is away."""
    s, f = plan.situation, plan.formal
    mc, mw, c1 = out.get("mc_c", "mijn collega"), out.get("mw", ""), out.get("c1", "")
    default = {
        "delegate_open": (f"Graag laat ik u weten dat {mc} {mw} overneemt{out.get('why', '')}.{out.get('away_contact', '')}" if f
                          else f"Even een update: {mc} neemt {mw} over{out.get('why', '')}.{out.get('away_contact', '')}"),
        "delegate_brief": f"Je kunt daarvoor gewoon bij {c1} terecht." if c1 else "",
        "delegate_close": "Mocht u nog vragen hebben, dan hoor ik het graag." if f else "Heb je nog vragen, laat het gerust weten.",
    }
    if s.intent is not Intent.delegate or not s.reason:
        return default
    shape, family, _c = reason_shape(s.reason)
    leave = bool(LEAVE.search(s.reason)) or plan.away
    main = main_clause(s.reason)
    if not (leave or family == "period") or not main or shape not in ("sentence", "np", "clause"):
        return default
    lead = "In die periode" if family == "period" or PERIOD.search(s.reason) else "Tijdens mijn afwezigheid"
    me = "mij" if f else "me"
    if f and c1 and " " in c1.strip() and (said := _SAID_AS.match(str(mc))):
        c1 = said.group(1)  # the full name once, then "mijn collega" / "onze projectleider" (native review v15: no repeat)
    contact = (f" U kunt in die tijd met al uw vragen bij {c1} terecht." if f else f" Je kunt in die tijd met al je vragen bij {c1} terecht.") if c1 else ""
    return {"delegate_open": f"{main} {lead} neemt {mc} {mw} van {me} over.{contact}",
            "delegate_brief": "", "delegate_close": ""}


def _stem(word: str) -> str:
    """One spelling for a content word: "e-mail"/"email"/"mail" and "telefonisch"/"telefoon" are one word here."""
    w = word.lower().replace("-", "")
    for variant, same in (("email", "mail"), ("mailtje", "mail"), ("telefonisch", "telefoon"), ("gebeld", "bellen"), ("belletje", "bellen")):
        if w == variant:
            return same
    return w


def _echoes(frame_words: str, typed: str | None) -> bool:
    """A content word of the frame (or another spelling of it) is in the user's text: the frame's goes, so the
    same word never stands in two adjacent sentences ("per e-mail ... per e-mail")."""
    if not typed:
        return False
    said = {_stem(w) for w in re.findall(r"[\w-]+", typed)}
    return any(_stem(w) in said for w in frame_words.split())


def _name_and_role_typed(typed: str) -> tuple[str, str]:
    """(name, role) from a colleague typed with a role after a comma, a dash or a bar, or in parentheses."""
    t = typed.strip()
    if m := re.fullmatch(r"(.+?)\s*\(([^()]+)\)", t):
        return m.group(1).strip(), m.group(2).strip()
    parts = re.split(r",\s+|\s+[–—|-]\s+", t, maxsplit=1)
    return (parts[0].strip(), parts[1].strip()) if len(parts) == 2 and parts[1].strip() else (t, "")


def _name_and_role(typed: str) -> tuple[str, str]:
    """The colleague's name and role; "collega" opening the role goes (the frame already says "mijn collega" / "min collega")."""
    name, role = _name_and_role_typed(typed)
    role = re.sub(r"(?i)^collega\b[,\s]*", "", role).strip()
    return name, role


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


_COUNT = {1: "een", 2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven"}


def _notice(hours: float, plan: Plan) -> str:
    """'48 uur', 'een week', 'twee weken', 'vijf dagen': whole weeks (and whole days past three) as a policy says them."""
    h = int(hours) if float(hours).is_integer() else None
    if h and h % 168 == 0 and h // 168 in _COUNT:
        n = h // 168
        return f"{_COUNT[n]} {'week' if n == 1 else 'weken'}"
    if h and h % 24 == 0 and 72 < h and h // 24 in _COUNT:
        return f"{_COUNT[h // 24]} dagen"
    return f"{num(hours, plan)} uur"


def numbers(p: Policy, plan: Plan) -> dict[str, str]:
    # "No deposit" is filler next to other terms; it is said only when it is the policy's one fact.
    alone = not p.notice_hours and p.fee_percent is None
    dep_zero = ("Een aanbetaling vragen wij niet." if plan.formal else "Een aanbetaling is niet nodig.") if alone else ""
    fee_of = "het volledige tarief" if p.fee_percent == 100 else f"{num(p.fee_percent or 0, plan)}% van het tarief"
    return {"h": num(p.notice_hours or 0, plan), "hu": _notice(p.notice_hours or 0, plan), "fee_of": fee_of, "fee": f"{num(p.fee_percent or 0, plan)}%", "dep": f"{num(p.deposit_percent or 0, plan)}%",
            "dep_zero": dep_zero, **_applies(p, plan, fee_of),
            "fee_zero": "" if plan.client_side else (
                "Voor een late annulering of afwezigheid brengen wij niets in rekening." if plan.formal
                else "Een late afzegging of een gemiste afspraak kost niets."),
            # no fee: nothing "applies" to this appointment; the policy says plainly that there is no charge
            "next_lead": "" if p.fee_percent == 0 else "Voor deze afspraak gelden onze annuleringsvoorwaarden."}


def _applies(p: Policy, plan: Plan, fee_of: str) -> dict[str, str]:
    """The policy applied to this cancellation or no-show, said plainly (no "voor een volgende keer", no waiver)."""
    if plan.formal:
        late = (f"Omdat de afzegging minder dan {_notice(p.notice_hours, plan)} van tevoren kwam, brengen wij volgens onze annuleringsvoorwaarden {fee_of} in rekening."
                if p.notice_hours else f"Omdat de afzegging op het laatste moment kwam, brengen wij volgens onze annuleringsvoorwaarden {fee_of} in rekening.")
        noshow = (f"Omdat de afspraak niet uiterlijk {_notice(p.notice_hours, plan)} van tevoren is afgezegd, brengen wij volgens onze annuleringsvoorwaarden {fee_of} in rekening."
                  if p.notice_hours else f"Volgens onze annuleringsvoorwaarden brengen wij voor een gemiste afspraak {fee_of} in rekening.")
    else:
        late = (f"Omdat je minder dan {_notice(p.notice_hours, plan)} van tevoren hebt afgezegd, rekenen we volgens onze annuleringsvoorwaarden {fee_of}."
                if p.notice_hours else f"Omdat je op het laatste moment hebt afgezegd, rekenen we volgens onze annuleringsvoorwaarden {fee_of}.")
        noshow = (f"Omdat de afspraak niet uiterlijk {_notice(p.notice_hours, plan)} van tevoren is afgezegd, rekenen we volgens onze annuleringsvoorwaarden {fee_of}."
                  if p.notice_hours else f"Volgens onze annuleringsvoorwaarden rekenen we voor een gemiste afspraak {fee_of}.")
    return {"applies_late": late, "applies_noshow": noshow}


# The sentence table: (u, je)
T: dict[str, tuple[str, str]] = {
    "late.open.past": ("Dank u dat u hebt laten weten dat u {mw} moest afzeggen.", "Bedankt dat je liet weten dat je {mw} moest afzeggen."),
    "decline.final": ("Mochten onze plannen veranderen, dan neem ik contact met u op.", "Als er bij ons iets verandert, laat ik het je weten."),  # a final no: no false promise, the door left open
    "courtesy": ("{courtesy}", "{courtesy}"),  # one wish that fits the thing: `_courtesy`
    "courtesy.final": ("Ik wens u veel succes.", "Veel succes!"),
    "closing.key": ("Met vriendelijke groet,", "Hartelijke groet,"),
    "closing.regular": ("Met vriendelijke groet,", "Groetjes,"),
    "closing.new": ("Met vriendelijke groet,", "Hartelijke groet,"),
    # no fee at all: the notice is a request, so "kosteloos tot 24 uur" and "niets in rekening" never contradict
    "pol.notice.nofee": (
        "Mocht u een afspraak willen verzetten of annuleren, laat het dan graag uiterlijk {hu} van tevoren weten.",
        "Wil je een afspraak verzetten of afzeggen, laat het dan graag uiterlijk {hu} van tevoren weten.",
    ),
    "pol.notice": (
        # only a free cancellation is given: never a free move nobody stated (native review v16, sv)
        "Tot {hu} van tevoren kunt u een afspraak kosteloos annuleren.",
        "Tot {hu} van tevoren kun je een afspraak gratis afzeggen.",
    ),
    "pol.fee.after": (
        "Bij latere annulering of afwezigheid brengen wij {fee_of} in rekening.",
        "Zeg je later af of kom je niet, dan rekenen we {fee_of}.",
    ),
    "pol.fee.alone": (
        "Bij een late annulering of afwezigheid brengen wij {fee_of} in rekening.",
        "Zeg je op het laatste moment af of kom je niet, dan rekenen we {fee_of}.",
    ),
    # (said in a policy notice; in a reply to a late cancellation it would undo the notice just asked for: `fee_zero`)
    "pol.fee.zero.deposit": ("Voor een late afzegging of een gemiste afspraak worden verder geen extra kosten in rekening gebracht.", "Voor een late afzegging of een gemiste afspraak betaal je verder geen extra kosten."),
    "pol.fee.zero": ("{fee_zero}", "{fee_zero}"),
    "pol.deposit": ("Bij het boeken van een afspraak vragen wij een aanbetaling van {dep}.", "Bij het boeken vragen we een aanbetaling van {dep}."),
    "pol.deposit.zero": ("{dep_zero}", "{dep_zero}"),
    "decline.open": (
        "Hartelijk dank voor de uitnodiging voor {mw}. {cant}",
        "Bedankt voor de uitnodiging voor {mw}. {cant}",
    ),
    "alt.shorter": ("{alt_shorter}", "{alt_shorter}"),
    "alt.email": ("{alt_email}", "{alt_email}"),
    "alt.later": ("{alt_later}", "{alt_later}"),
    "alt.shorter.work": (
        "De belangrijkste punten wil ik wel graag met u doornemen. Zou een kort overleg van {n} minuten een optie zijn?",
        "De belangrijkste punten wil ik wel graag met je doornemen. Zou een kort overleg van {n} minuten lukken?",
    ),
    "alt.call": ("{alt_call}", "{alt_call}"),
    "alt.email.work": (
        "Wel stuur ik u graag vooraf mijn inbreng per e-mail, zodat er niets blijft liggen.",
        "Ik stuur je wel graag vooraf mijn input per mail, zodat er niets blijft liggen.",
    ),
    "alt.later.work": ("Ik pak dit graag op een beter moment met u op.", "Ik pak dit graag op een beter moment met je op."),
    "alt.event": ("{alt_event}", "{alt_event}"),
    "alt.event.wish": (
        "Ik wens u alvast veel plezier en hoop u binnenkort bij een andere gelegenheid te zien.",
        "Veel plezier alvast, en hopelijk zien we elkaar snel een andere keer!",
    ),
    "decline.close": ("{decline_close}", "{decline_close}"),
    "decline.close.event": ("", ""),  # the opening already thanked
    "decline.close.final": ("Dank u voor uw begrip.", ""),
    "appreciation": (
        "Onze samenwerking is mij veel waard.",
        "Ik werk heel graag met je samen.",
    ),
    "welcome": ("{welcome}", "{welcome}"),  # by relationship stage (`_welcome`): "samenwerken" only for a working relationship
    "reschedule.open": (
        "Helaas moet ik {mw} verzetten{why}.",
        "Helaas moet ik {mw} verzetten{why}.",
    ),
    "reschedule.sorry": (
        "Mijn excuses voor het ongemak.",
        "Sorry voor het geschuif!",
    ),
    "ask.none": ("Wilt u mij laten weten welke momenten u goed uitkomen?", "Laat je me even weten welke momenten je goed uitkomen?"),
    "ask.one": ("Past {t} in uw agenda?", "Komt {t} je uit?"),
    "ask.many": ("Zou een van de volgende momenten u schikken?", "Komt een van deze momenten je goed uit?"),
    "video": ("{video}", "{video}"),
    "reschedule.close": (
        "",  # (no promised invitation: the situation never mentions one)
        "",
    ),
    "shorten.open": (
        "{pre}Zou u het goedvinden als we {mw}{why_mid} inkorten tot {dur}{why_end}?{post}",
        "{pre}Zou je het goed vinden als we {mw}{why_mid} inkorten tot {dur}{why_end}?{post}",
    ),
    "shorten.agenda": ("{agenda}", "{agenda}"),
    "ok": ("{ok}", "{ok}"),  # never a second request for agreement after a question (a shorter meeting asks already)
    "call.open": ("{pre}{call_q}{why_end}?{post}", "{pre}{call_q}{why_end}?{post}"),  # `_call_question`
    "call.open.event": (
        "{pre}Zou u het goedvinden om {mw}{why_mid} tot een kort telefoongesprek te beperken{why_end}?{post}",
        "{pre}Zullen we {mw}{why_mid} tot een kort belletje beperken{why_end}?{post}",
    ),
    "call.why": ("{call_why}", "{call_why}"),
    "call.times.none": ("", ""),
    "call.times.one": ("{call_one}", "{call_one}"),
    "call.times.same": ("Ik bel u dan op het afgesproken tijdstip.", "Ik bel je dan gewoon op het afgesproken tijdstip."),
    "call.times.many": (
        "Als het u beter uitkomt, kan ik u ook op een van deze momenten bellen:",
        "Als dat beter uitkomt, kan ik je ook op een van deze momenten bellen:",
    ),
    # a visit given up for a call, to a new client or in person; a hand-over while away (formal only)
    "call.sorry": ("Excuses voor deze wijziging.", "Sorry voor de wijziging!"),
    "delegate.sorry": ("Het spijt me dat ik er zelf niet bij kan zijn.", "Jammer dat ik er zelf niet bij kan zijn!"),
    "call.close": (
        "Wilt u mij laten weten of dit u schikt en op welk nummer u het best bereikbaar bent?",
        "Laat je me weten of dat goed is en op welk nummer ik je kan bellen?",
    ),
    "email.open": (
        "Graag stel ik voor om {mw} te laten vervallen en in plaats daarvan per e-mail af te stemmen. Dat scheelt ons beiden tijd.",
        "Zullen we {mw} laten vervallen en in plaats daarvan even mailen? Dat scheelt ons allebei tijd.",
    ),
    "email.open.why": (  # "per e-mail" said once: the frame's goes when the typed reason says it (`_echoes`)
        "Graag stel ik voor om {mw} te laten vervallen{by_mail_f}{why}.",
        "{pre}Zullen we {mw}{why_mid} laten vervallen{by_mail}{why_end}?{post}",
    ),
    "email.summary": ("{summary}", "{summary}"),
    "email.summary.full": (
        "",  # (no promised summary: the situation never says one)
        "",
    ),
    "delegate.open": ("{delegate_open}", "{delegate_open}"),  # a leave or a period first, then the hand-over (`_delegate`)
    # (no promised hand-over: the situation never says one; every optional sentence is a chance to fail)
    # the one next step a hand-over supports: whom to turn to (friendly; formal mail ends with the offer to answer questions)
    "delegate.brief": ("", "{delegate_brief}"),  # never "voortaan": a hand-over for this meeting only
    "delegate.brief.away": ("", "Tijdens mijn afwezigheid kun je gewoon bij {c1} terecht."),
    "delegate.close": ("{delegate_close}", "{delegate_close}"),  # never an invitation to contact me while I am away
    # no stock "thank you for your understanding": nothing here needs forgiving, and it thanks before the answer (v8)
    "thanks": ("{thanks}", ""),  # only where something needs forgiving: we move their meeting  # friendly mail: no stock thank-you  # "alvast bedankt" thanks for a favour not asked
    "sorry": ("{sorry}", "{sorry}"),
    # phr-i's shared flow: a neutral, warm word when the client's note is not told back (same as `sorry` gives here)
    "late.ack": ("{late_ack_plain}", "{late_ack_plain}"),
    "noshow.ack": ("Ik hoop dat er niets ernstigs aan de hand is.", "Hopelijk is er niets vervelends aan de hand!"),
    "email.summary.none": ("", ""),
    "noshow.open": ("Helaas hebben we elkaar niet gezien bij {mw}.{unheard_s}", "Jammer dat we elkaar niet hebben gezien bij {mw}.{unheard_s}"),
    "noshow.open.theirs": ("Helaas was {who} er niet bij {mw_theirs}{unheard}.", "{who} was er helaas niet bij {mw_theirs}{unheard}."),
    "noshow.noreason": ("Ik hoop dat er niets ernstigs aan de hand is.", "Hopelijk is er niets vervelends aan de hand!"),
    "noshow.times.none": (
        "Wilt u mij laten weten wanneer het u schikt? Dan plannen we {new_appt} in.",
        "Laat je me even weten wanneer het je uitkomt? Dan plannen we {new_appt} in.",
    ),
    "noshow.times.one": ("Zullen we {new_appt} inplannen? Past {t} in uw agenda?", "Zullen we {new_appt} inplannen? Komt {t} je uit?"),
    "noshow.times.many": ("Voor {new_appt} kan ik u de volgende momenten aanbieden:", "Voor {new_appt} kan ik op deze momenten:"),
    "noshow.close": ("{noshow_close}", "{noshow_close}"),  # none after "Laat je me weten ...?": one closing line
    "late.open": ("Dank u dat u hebt laten weten dat u {mw} moest afzeggen.", "Bedankt dat je liet weten dat je {mw} moest afzeggen."),  # they already cancelled
    "late.noreason": ("Ik hoop dat alles in orde is.", "Vervelend dat het niet lukte."),  # never a guess ("er kwam iets tussen")  # no "geen probleem": it would waive a fee
    # phr-k's shared hooks: the policy applies to this cancellation or no-show (never "voor een volgende keer")
    "late.ack.fee": ("{late_ack}", "{late_ack}"),  # a sick child named in the note is wished well (`_kin_ill`)
    "late.noreason.fee": ("Ik hoop dat alles in orde is.", "Vervelend dat het niet lukte."),
    # the shared flow's keys: with a notice period and without (`_applies` words both)
    "policy.applies.late": ("{applies_late}", "{applies_late}"),
    "policy.applies.late.alone": ("{applies_late}", "{applies_late}"),
    "policy.applies.noshow": ("{applies_noshow}", "{applies_noshow}"),
    "policy.applies.noshow.alone": ("{applies_noshow}", "{applies_noshow}"),
    "late.ill": ("Ik hoop dat u inmiddels weer beter bent.", "Hopelijk ben je alweer beter!"),  # the client was ill (plan.ill)
    "noshow.ill": ("Ik hoop dat u inmiddels weer beter bent.", "Hopelijk ben je alweer beter!"),
    "hardship.ill": ("Ik hoop dat het inmiddels weer beter gaat.", "Hopelijk gaat het alweer beter!"),
    "hardship.other": ("Vervelend dat het zo liep; ik hoop dat alles goed is.", "Vervelend dat het zo liep, hopelijk is alles goed!"),
    "late.times.none": ("{late_rebook}", "{late_rebook}"),  # `_late_rebook`: none for a standing time charged in full
    "late.times.one": ("Zullen we {new_appt} inplannen? Past {t} in uw agenda?", "Zullen we {new_appt} inplannen? Komt {t} je uit?"),
    "late.times.many": ("Voor {new_appt} kan ik u de volgende momenten aanbieden:", "Voor {new_appt} kan ik op deze momenten:"),
    "late.close": ("", ""),  # the question about a new time ends the mail
    "policy.next": (
        # the client cancelled late or did not come: the policy is said to apply to this appointment, never "for next time"
        "{next_lead}",
        "{next_lead}",
    ),
    "policy.open": (
        "Graag zet ik onze annuleringsvoorwaarden voor {mw} voor u op een rij.",  # (also for a weekly treatment: no one-off "voorafgaand aan")
        "Hierbij even onze annuleringsvoorwaarden voor {mw}, zodat je precies weet waar je aan toe bent.",
    ),
    "policy.open.new": ("{policy_open_new}", "{policy_open_new}"),  # a typed "nu ..."/"omdat ..." clause fronts it (`_policy_open`)
    "policy.open.standalone": ("{policy_open_standalone}", "{policy_open_standalone}"),  # `_policy_open`: new rules say so
    "policy.why": ("{policy_why}", "{policy_why}"),
    "policy.purpose": (
        "Zo kunnen wij de tijd die voor u is gereserveerd ook echt voor u vrijhouden.",
        "Zo kunnen we de tijd die voor jou gereserveerd is ook echt voor jou vrijhouden.",
    ),
    "policy.close": ("{policy_close}", "{policy_close}"),  # "wij" when an organisation signs (`as_we`)
    "policy.close.me": ("Mocht u vragen hebben, dan hoor ik het graag.", "Vragen? Laat het gerust weten."),
    "extra.duration": ("Als het u beter uitkomt, kunnen we het ook tot {n} minuten beperken.", "Het kan ook prima in {n} minuten, als je dat liever hebt."),
    "extra.colleague": (
        "Mocht u in de tussentijd iets nodig hebben, dan kunt u ook terecht bij {mc_c_end}.",
        "Heb je in de tussentijd iets nodig, dan kun je ook bij {mc_c} terecht.",
    ),
    "email.times.none": ("", ""),
    # after the times offered to talk it through: a courtesy, not a second question
    "email.close.times": ("Ik hoor graag van u.", "Ik hoor het graag!"),
    "email.times.one": ("Wilt u het toch liever even bespreken, dan kan ik {tt}.", "Wil je het toch liever even bespreken, dan kan ik {tt}."),
    "email.times.many": ("Wilt u het toch liever even bespreken, dan kan ik op een van deze momenten:", "Wil je het toch liever even bespreken, dan kan ik op een van deze momenten:"),
    "extra.times.none": ("", ""),
    "extra.times.one": ("Komt een ander moment u beter uit? Ik kan ook {t}.", "Komt een ander moment je beter uit? Ik kan ook {t}."),
    "extra.times.many": ("Komt een ander moment u beter uit? Ik kan ook op een van deze momenten:", "Komt een ander moment je beter uit? Ik kan ook op een van deze momenten:"),
    "extra.policy": ("Voor de volledigheid zet ik onze annuleringsvoorwaarden nog even op een rij.", "Voor de volledigheid nog even onze annuleringsvoorwaarden op een rij."),
    # a client's move with no time given: the session and its date named (a parent learns which lesson moves, v11)
    "move.thanks.named": ("{move_named}", "{move_named}"),  # `_move_named`: a hardship gets sympathy, never "geen probleem!"
    "subject.decline": ("{M}: {no}", "{M}: {no}"),
    "subject.reschedule": ("{M}: nieuw tijdstip", "{M}: nieuw tijdstip"),
    "subject.shorten": ("{M}: inkorten tot {dur}?", "{M}: inkorten tot {dur}?"),  # never "in 45 minuten?" (= 45 minutes from now)
    "subject.switch_to_call": ("{M}: liever telefonisch?", "{M}: liever bellen?"),
    "subject.switch_to_email": ("{M}: liever per e-mail?", "{M}: liever per mail?"),
    "subject.delegate": ("{M}: {c_name} neemt het over", "{M}: {c_name} neemt het over"),
    "subject.no_show_followup": ("{sub_noshow}", "{sub_noshow}"),  # what the mail is about, no verdict (v10, v15 reviews)
    "subject.late_cancellation": ("{sub_late}", "{sub_late}"),  # no new time promised that the mail does not give
    "subject.cancellation_policy": ("{M}: onze annuleringsvoorwaarden", "{M}: onze annuleringsvoorwaarden"),
    "subject.none": ("Onze annuleringsvoorwaarden", "Onze annuleringsvoorwaarden"),
}


_LATE_REBOOK = ("Wilt u mij laten weten wanneer het u schikt? Dan plannen we {new_appt} in.", "Laat je me even weten wanneer het je uitkomt? Dan plannen we {new_appt} in.")
_SEE_YOU_NEXT = ("Uw volgende afspraak blijft gewoon staan.", "Je volgende afspraak blijft gewoon staan.")  # the standing time goes on: no new booking beside a full fee


def _late_rebook(plan: Plan, new_appt: str) -> str:
    """The line after a late cancellation's fee: a new booking, or for a standing weekly time charged in full the next
    one as usual (`nl_sv_policy.standing_charged`)."""
    s = plan.situation
    fee = s.policy.fee_percent if s.policy else None
    pair = _SEE_YOU_NEXT if standing_charged(s.meeting, s.meeting_time, fee, "nl") else _LATE_REBOOK
    return (pair[0] if plan.formal else pair[1]).format(new_appt=new_appt)
