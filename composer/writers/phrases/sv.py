"""Swedish for the built-in writer (sentence table and grammar hooks): rak, vänlig affärssvenska.

Both registers say "du" to one person: Språkrådet recommends du as the default address, and "ni" to
one person reads as distant or old-fashioned (see docs/phrasing.md). The formal register differs
in word choice ("Jag beklagar besväret", "e-post", "Med vänliga hälsningar"), not in the pronoun.
The user's free text is fitted into frames that stay grammatical whatever was typed: the meeting as a
noun phrase, the reason as a subordinate clause (negation moved before the verb: "eftersom jag inte
kan"), a sentence of its own when its word order is inverted, or a noun phrase after "på grund av".
"""

from __future__ import annotations

import re
from dataclasses import replace

from typing import Any

from composer.models import CLIENT_SIDE, Intent, Language, Policy, Relationship, Situation
from composer.names import parse_name
from composer.facts.model import said_in_order
from composer.writers import when
from composer.writers.plan import Plan, num, wish
from composer.writers.phrases.nl_sv_notes import noted, said_after, without_asides
from composer.writers.phrases.nl_sv_policy import one_person, rule_change, standing_charged
from composer.writers.phrases.nl_sv_times import tidy as _tidy_time
from composer.writers.phrases import nl_sv_labels as _labels
from composer.writers.phrases.sv_notes import LEXICON_EXTRA, NOTES, WORK_VERBS  # noqa: F401  (NOTES: read by reasons.normalise)

# --- Tables for the shared reason shaper (composer/writers/reasons.py, phr-q): data, one place -------------
CONNECTIVES: dict[str, tuple[str, ...]] = {
    "cause": ("eftersom", "därför att", "då", "emedan"),
    "purpose": ("så att", "för att"),
    "time": ("nu när", "nu då", "när", "sedan", "medan", "innan", "tills", "efter att"),
    "period": ("till och med", "t.o.m.", "till", "från och med", "fr.o.m.", "från", "under", "efter"),
}
PREPOSITIONAL_CAUSE = ("på grund av", "pga", "pga.", "p.g.a.", "med anledning av", "i och med", "till följd av")
CAUSE_PREPOSITION = "på grund av"  # before a certain noun phrase only
CLAUSE_CONNECTIVE = "eftersom"  # before a finite clause (subordinate order)
SUBJECT_PRONOUNS = ("jag", "du", "ni", "han", "hon", "hen", "vi", "de", "dom", "man", "det", "den")
AUXILIARIES = ("är", "var", "har", "hade", "blir", "blev")
MODALS = ("måste", "kan", "kunde", "ska", "skall", "skulle", "vill", "ville", "bör", "borde", "får", "fick", "behöver", "behövde")
FREQUENT_VERBS = ("kommer", "kom", "går", "gick", "hinner", "hann", "sitter", "satt", "ligger", "låg", "tar", "tog", "reser",
                  "åker", "åkte", "jobbar", "jobbade", "arbetar", "väntar", "flyger", "flyttar", "börjar", "slutar", "skickar")
# Leave and absence: a reason of this kind sets a period, said BEFORE the hand-over (and nothing invites contact then).
LEAVE = re.compile(r"(ledig|ledighet|semester|tjänstledig|föräldraledig|pappaledig|mammaledig|sjukskriv|bortrest|"
                   r"jorden runt|operation|opereras|sjukhus|sabbatsår|borta)", re.IGNORECASE)
PERIOD = re.compile(r"\b(från|till|fr\.o\.m\.|t\.o\.m\.|efter|under)\s+(?:och med\s+)?(?:\w+\s+)?(?:januari|februari|mars|april|maj|juni|"
                    r"juli|augusti|september|oktober|november|december|jul|påsk|sommaren|nyår|nästa|årsskiftet|\d)|"
                    r"\b(?:\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|några)\s+(?:veckor|månader|vecka|månad)\b", re.IGNORECASE)


# The same tables in the shape the shared shaper reads (`composer.writers.reasons.lexicon("sv")`, phr-q's API).
REASONS: dict[str, Any] = {
    "leads": {k: v for k, v in CONNECTIVES.items()},
    "np_leads": PREPOSITIONAL_CAUSE,
    "subjects": ("jag", "du", "ni", "han", "hon", "hen", "vi", "de", "dom", "man"),
    "finite": AUXILIARIES + MODALS + FREQUENT_VERBS,
    "determiners": ("en", "ett", "den", "det", "de", "min", "mitt", "mina", "vår", "vårt", "våra", "din", "ditt", "er", "ert"),
    "relatives": ("som", "vilket", "där"),
    "reason_nouns": ("strejk", "mässa", "konferens", "kundbesök", "tjänsteresa", "deadline", "flytt", "sjukdom", "influensa",
                     "begravning", "bröllop", "förseningar", "snöstorm", "halka"),
    "finite_re": r"\w+(?:ade|dde|tte|ar|er)",
    "clause_cause": "eftersom",
    "clause_cause_front": "eftersom",
    "period_re": PERIOD.pattern,
    "subordinators": ("eftersom", "därför att", "nu när", "så att", "för att", "medan", "innan", "tills", "när"),
}
REASONS.update(LEXICON_EXTRA)  # what the note normaliser needs to put a dropped subject back


def reason_shape(reason: str | None) -> tuple[str, str, str]:
    """(shape, family, connective) of a typed reason: shape "np" | "clause" (led by its own connective) | "sentence"
    (subject + finite verb) | "fragment" | ""; family "cause" | "purpose" | "time" | "period" | ""; the connective
    typed. The one classification the realisations below ask."""
    if not reason or not _clean(reason):
        return "", "", ""
    r = _lower_first(reason)
    for family, words in CONNECTIVES.items():
        for c in sorted(words, key=len, reverse=True):
            if re.match(rf"(?i){re.escape(c)}\s", r):
                rest = r[len(c):].strip()
                if family == "period":
                    return ("sentence" if _inverted_after_lead(_words(rest)) else "np"), family, c
                if c == "då" and _main_after(rest):
                    return "sentence", "", ""  # "då är jag i Malmö": a main clause
                return ("sentence" if _complex(r) else "clause"), family, c
    lead = next((c for c in PREPOSITIONAL_CAUSE if re.match(rf"(?i){re.escape(c)}\s", r)), "")
    if lead:
        return ("sentence" if _inverted_after_lead(_words(r[len(lead):])) else "np"), "cause", lead
    if _is_clause(r):
        return "sentence", ("period" if PERIOD.search(r) else ""), ""
    return ("np" if _np_like(r) else "fragment"), "", ""


# A subordinate clause typed with its own connective that is not a cause ("nu när du har bokat", "så att vi hinner"):
# kept with its connective, after the main clause; never a sentence on its own.
_SUBORDINATE_LEAD = re.compile(r"^(nu när|nu då|så att|för att|medan|innan|tills|efter att)\s+", re.IGNORECASE)


# --- The reason -------------------------------------------------------------------------------

# Personal pronouns: a reason starting with one is a clause, and one right after the verb marks
# inverted word order ("den dagen måste jag ...").
_PERSONS = frozenset("jag vi du ni han hon hen de dom man".split())
_FINITE = frozenset(
    """
    är var har hade måste kan kunde ska skall skulle blir blev behöver behövde får fick vill ville bör
    borde kommer kom går gick hinner hann sitter satt ligger låg mår mådde tar tog reser åker åkte
    krockar krockade kolliderar sammanfaller saknas saknades pågår pågick finns fanns gäller gällde
    råkade hamnade insjuknade drabbades ställdes ställs flyttades flyttas sköts dröjer dröjde
    orkar orkade jobbar jobbade arbetar arbetade väntar flyger flög vabbar vabbade opereras opererades
    """.split()
) | frozenset(WORK_VERBS)
# Sentence adverbs: after the finite verb they make a main clause ("jag kan inte"), which must not
# follow "eftersom" or "att" as typed; such a reason gets a frame that takes a main clause.
_ADVERBS = frozenset(
    "inte ej aldrig tyvärr dessvärre redan också även alltid ofta nog ju väl verkligen fortfarande "
    "knappast längre heller just bara tydligen egentligen precis nyss".split()
)
# Adverbs that open a main clause with the verb straight after them (V2): "här kommer", "nu har", "tyvärr är".
_FRONTED = frozenset("här där nu då sedan sen därför tyvärr dessvärre också idag imorgon igår just".split())
_WORD = re.compile(r"[\wåäöÅÄÖéÉüÜ-]+")


def _clean(text: str) -> str:
    return text.strip().rstrip(".!;:")


# A product name is a proper noun, also at the head of a compound: "Teams-mötet", "Zoom-samtalet" (never "teamsmötet").
_PRODUCT = re.compile(r"(?i)^(teams|zoom|skype|webex|slack|meet|facetime|whatsapp)-?(?=(?:möte|samtal|träff|länk|genomgång|demo|"
                      r"utbildning|session|workshop|intervju|visning|presentation|avstämning|uppföljning))")


def _product(text: str) -> str:
    """'Teamsmötet om integrationen' -> 'Teams-mötet om integrationen' (the name capitalised, joined with a hyphen)."""
    m = _PRODUCT.match(text)
    if not m:
        return text
    name = {"facetime": "FaceTime", "whatsapp": "WhatsApp"}.get(m.group(1).lower(), m.group(1)[:1].upper() + m.group(1)[1:].lower())
    joined = text[len(m.group(1)):m.end()]  # the hyphen as typed: "Teamsgenomgång" stays one word (the user's, the fact check's)
    return f"{name}{joined}{text[m.end():]}"


def _lower_first(text: str) -> str:
    """Lower-case a leading capital unless it starts an acronym, a word with inner capitals or a product name."""
    text = _clean(text)
    first = text.split(" ", 1)[0]
    if len(first) > 1 and (first.isupper() or any(c.isupper() for c in first[1:]) or _PRODUCT.match(first)):
        return text
    return text[:1].lower() + text[1:]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _finite_index(words: list[str]) -> int | None:
    for i, w in enumerate(words):
        if w in _FINITE:
            return i
    if len(words) > 1 and words[0] in _PERSONS:
        return 1  # "vi flyttar kontoret": the word after the subject is taken to be the verb
    if _definite_subject(words):
        return 1  # "bilen startade inte": a definite noun, then its verb
    return None


def _definite_subject(words: list[str]) -> bool:
    """A definite noun as the subject and a verb form after it ('bilen startade', 'tåget ställdes')."""
    return (len(words) >= 2 and bool(re.search(r"(?:en|et|na|n)$", words[0]))
            and words[0] not in _DETERMINERS | {"en", "ett", "den", "sen", "sedan"}
            and bool(_VERB_FORM.match(words[1])) and not words[1].endswith(("are", "ere")))


_OWNERS = frozenset("min mitt mina din ditt dina er ert era vår vårt våra hans hennes deras".split())
# A verb after a definite subject ("barnvakten lämnade återbud", "tåget ställdes in"): past or present forms.
_VERB_FORM = re.compile(r"^[a-zåäö]{3,}(?:ade|dde|tte|de|te|ar|er|ades|des|tes)$")


# A present-tense verb after "det"/"den" ("det handlar", "det gäller", "den krockar"); "-ande/-ende" participles and
# adjectives ("det kommande", "den andra") are not verbs.
_PRESENT = re.compile(r"^[a-zåäö]{2,}(?:ar|er|r)$(?<!are)(?<!ere)(?<!ader)(?<!ter)")


def _is_clause(reason: str) -> bool:
    """A clause ("jag måste resa", "tåget blev inställt", "barnvakten lämnade återbud"), not a noun phrase
    ("den nya offerten", "ett möte som krockar")."""
    words = _words(reason)
    if not words:
        return False
    if words[0] in _PERSONS:
        return True
    if words[0] in ("det", "den") and len(words) >= 2 and _PRESENT.match(words[1]):
        return True  # "det handlar mest om priset", "det gäller två frågor": never "på grund av" before it (v15)
    if (len(words) >= 2 and re.search(r"(?:en|et|na|n)$", words[0]) and words[0] not in _DETERMINERS | {"en", "ett", "den", "sen"}
            and _VERB_FORM.match(words[1]) and not words[1].endswith(("are", "ere"))):
        return True
    if (len(words) >= 3 and words[0] in _OWNERS and (words[2] in _FINITE or _VERB_FORM.match(words[2]))
            and not words[2].endswith(("are", "ere"))):
        return True  # "mitt tåg ställdes in", "ert system krånglade"
    fv = next((i for i, w in enumerate(words) if w in _FINITE), None)
    return fv is not None and "som" not in words[:fv]


def _subordinate_ok(reason: str) -> bool:
    """True when the clause reads correctly after "eftersom"/"att" exactly as typed."""
    words = _words(reason)
    fv = _finite_index(words)
    if fv is None:
        return True
    # A relative or subordinate part has its own order ("elever som inte dykt upp"): only what comes before counts.
    words = words[: next((i for i, w in enumerate(words) if i > fv and w in ("som", "att", "när", "eftersom", "om")), len(words))]
    if fv + 1 < len(words) and words[fv + 1] in _PERSONS and not (fv == 1 and words[0] in _PERSONS):
        return False  # inverted order: "den dagen måste jag ..."
    if fv == 1 and words[0] in _FRONTED:
        return False  # a fronted adverb then the verb ("här kommer våra regler"): a main clause, never after "eftersom"
    return not any(w in _ADVERBS for w in words[fv + 1 :])  # "jag kan inte ..."


def _subordinate(reason: str) -> str | None:
    """The clause in subordinate word order, or None when it cannot be made so by moving one adverb.

    "jag kan inte komma" -> "jag inte kan komma" (BIFF: the sentence adverb goes before the finite verb).
    """
    if _subordinate_ok(reason):
        return reason
    tokens = reason.split(" ")
    words = [w.lower().strip(",.") for w in tokens]
    fv = _finite_index(words)
    definite = bool(re.search(r"(?:en|et|na|n)$", words[0])) and words[0] not in _DETERMINERS | {"en", "ett", "den", "sen", "sedan"}
    if fv is None or fv != 1 or words[0] in _FRONTED or words[0] not in _PERSONS | {"det", "den", "detta"} and not definite:
        return None  # inverted order ("den dagen måste jag ..."): not a subordinate clause
    advs = [i for i in range(fv + 1, min(len(words), fv + 3)) if words[i] in _ADVERBS]
    if not advs or any(w in _ADVERBS for i, w in enumerate(words) if i > fv and i not in advs):
        return None
    moved = [tokens[i] for i in advs]
    rest = [t for i, t in enumerate(tokens) if i not in advs]
    return " ".join([rest[0], *moved, *rest[1:]])


# A reason typed as a bare state ("sjuk", "på resa") gets its subject: "eftersom jag är sjuk".
_STATE = re.compile(
    r"^(sjuk|sjukskriven|dubbelbokad|upptagen|förhindrad|bortrest|ledig|[\wåäö]+ledig|bortbjuden|"
    r"på (resa|semester|tjänsteresa|kurs|konferens)|hemma med sjukt barn|borta|försenad|förkyld|krasslig|magsjuk|febrig|"
    r"hemma och vabbar)\b",
    re.IGNORECASE,
)


# A state typed without its verb that takes "har": "fullt upp med deadlines" -> "eftersom jag har fullt upp med deadlines".
_HAVE_STATE = re.compile(r"^(fullt upp|mycket att (?:göra|ta igen|ta tag i|hinna med|stå i)|mycket på gång|ont om tid)\b", re.IGNORECASE)
# Where one goes: a bare "mässa i Göteborg" after "pga" means the sender is there ("eftersom jag är på en mässa i Göteborg").
_AT = re.compile(r"^(?:en |ett )?([\wåäö-]*(?:mässa|konferens|kurs|utbildning|kundbesök|tjänsteresa|seminarium))\b", re.IGNORECASE)


_NONE = {"inget": "något", "ingenting": "något", "ingen": "någon", "inga": "några"}


def _nothing(r: str) -> str | None:
    """'inget nytt sedan förra veckan' -> 'det inte har hänt något nytt sedan förra veckan'; 'inga frågor kvar' ->
    'det inte finns några frågor kvar': a negated noun phrase cannot follow "på grund av"."""
    words = r.split(" ")
    some = _NONE.get(words[0].lower()) if len(words) > 1 else None
    if not some:
        return None
    verb = "har hänt" if words[1].lower() == "nytt" else "finns"
    return " ".join(["det inte", verb, some, *words[1:]])


# A verb phrase typed without its subject, coordinated with a finite verb ("opereras i knät och är borta tre veckor",
# "läggs in på tisdag och är borta en vecka"): the first word is a present or passive verb form.
_VERB_PHRASE = re.compile(r"^[a-zåäö]{3,}(?:ras|as|ar|er|s)\b.*\boch (?:är|har|blir|kommer|kan|ska|måste)\b", re.IGNORECASE)


def _subjectless(r: str) -> str:
    """A clause typed without its subject ("har redan en middag med styrelsen", "vabbar hela veckan", "opereras i
    knät och är borta tre veckor"): the sender's "jag" put back (never "jag är" before a finite verb)."""
    words = _words(r)
    if words and words[0] in _FINITE and words[0] not in ("finns", "fanns", "saknas", "saknades", "gäller"):
        return f"jag {r}"
    # a plural noun before its own verb ("kunder väntar och är arga") is a subject, not a verb
    verb_next = len(words) > 1 and (words[1] in _FINITE or re.fullmatch(r"[a-zåäö]{3,}(?:ar|er)", words[1]))
    return f"jag {r}" if _VERB_PHRASE.match(r) and not verb_next else r


# A reason typed with its own preposition ("med tanke på snöovädret", "inför din första lektion", "efter en
# operation") keeps it: ours is never put before it ("på grund av med tanke på").
_OWN_LEAD = re.compile(
    r"^(p\.?g\.?a\.?|pga|på grund av|med anledning av|med tanke på|med hänsyn till|i och med|till följd av|i samband med|"
    r"tack vare|trots|inför|efter|före|under|sedan|sen|med|utan|vid|inom)\s+",
    re.IGNORECASE,
)
# A negated or counted amount ("inte mycket nytt", "lite nytt", "knappt något att ta upp"): what there is (not).
_AMOUNT = re.compile(r"^(inte|knappt|nästan inget|nästan inga|nästan ingenting|lite|få|bara lite|väldigt lite)\s+(.+)$", re.IGNORECASE)
# Words that cannot start a noun phrase after "på grund av": adverbs, adjectives of state, conjunctions.
_NOT_NP = frozenset(
    "redan nästan bara just nyss också även inte aldrig ännu fortfarande snart tyvärr dessvärre helt "
    "klart klar färdig färdigt när om medan innan tills så och men eller för att som".split()
)


def _np_like(r: str) -> bool:
    """Plainly a noun phrase: an article, a determiner or a possessive first, or one to three words with no
    adverb, conjunction or verb among them ("snöstorm", "tidigt flyg", "den aviserade tågstrejken")."""
    words = _words(r)
    if not words:
        return False
    if " och " in r and all(_np_like(part) for part in r.split(" och ", 1)):
        return True  # two causes typed side by side ("snöoväder och inställda tåg"): one noun phrase
    if words[0] in _DETERMINERS | _OWNERS | {"en", "ett", "det", "de"}:
        return not any(w in _FINITE for w in words)
    head = re.split(r"\s(?:i|på|från|med|av|för|till|hos|vid|om|inför|efter)\s", " " + r + " ", maxsplit=1)[0].split()
    return (0 < len(head) <= 3 and not any(w in _NOT_NP or w in _FINITE for w in words)
            and not any(_VERB_FORM.match(w) and w.endswith(("ade", "dde", "tte")) for w in words))


def _sentence(r: str) -> str:
    """A whole sentence typed (its own lead, its own verb): a sentence of its own after the one it explains."""
    r = _clean(r)
    m = re.match(r"^(?:tyvärr|dessvärre),?\s+(\w+)\s+(jag|vi)\b(.*)$", r, re.IGNORECASE)
    if m and m.group(1).lower() in _FINITE:  # the main clause already says "tyvärr"
        r = f"{m.group(2).lower()} {m.group(1).lower()}{m.group(3)}"
    return f". {linked(_upper_first(r))}"


# A link word already typed (or a connective that says the link itself): no "nämligen" added.
_LINKED = re.compile(r"(?i)\b(nämligen|ju|därför|därav|så att|eftersom|då|för att|alltså)\b")
# Weak object pronouns that stay before "nämligen" ("Jag har det nämligen ...").
_WEAK = frozenset("det den mig dig oss er sig honom henne dem".split())


def linked(sentence: str) -> str:
    """A main clause said after the request, tied to it by "nämligen" after the finite verb (V2), after the subject
    when a fronted part comes first ("Den veckan har jag nämligen ..."), after a weak pronoun object. The sentence
    as typed when its verb is not plain to see within the first six words or it already has a link."""
    t = sentence.strip()
    end = "." if t.endswith(".") else ""
    body = t.rstrip(".")
    if _LINKED.search(body) or "?" in body:
        return t
    tokens = body.split(" ")
    low = [w.lower().strip(",;:") for w in tokens]
    if not low or low[0] in ("eftersom", "när", "om", "då", "medan", "innan", "sedan", "tills", "att", "här", "där"):
        return t
    if re.match(r"(?i)(på grund av|pga|p\.g\.a\.|till följd av|med anledning av|i och med|tack vare)\b", body):
        return t  # it opens with its cause ("På grund av sjukdom måste jag ..."): the link is said
    for i in range(1, min(len(tokens), 7)):
        if "," in tokens[i - 1] or low[i - 1] in ("som", "där", "vilket"):
            return t
        if low[i] in _FINITE or (i == 1 and low[0] in _PERSONS and _VERB_FORM.match(low[i])):
            j = i + 1
            if low[0] not in _PERSONS and j < len(low) and low[j] in _PERSONS:
                j += 1  # "Den veckan har jag nämligen ..."
            while j < len(low) and low[j] in _WEAK and j < len(tokens) - 1:
                j += 1
            if j >= len(tokens):
                return t
            return " ".join([*tokens[:j], "nämligen", *tokens[j:]]) + end
    return t


def _main_after(clause: str) -> bool:
    """After "då"/"eftersom": a finite verb first ("då är jag i Malmö") is a main clause, not the user's cause."""
    words = _words(clause)
    return bool(words) and words[0] in _FINITE


def _fragment(r: str) -> str:
    """A reason whose shape is not plain ("redan klart", "barnvakt lämnat återbud"): after a dash, as typed;
    it needs no grammar from the sentence before it."""
    return f" – {r}"


def _complex(r: str) -> bool:
    """A subordinate clause and then its main clause, typed as one sentence ("eftersom installationen redan är
    klar behövs inte en hel förmiddag"): a second verb after the first, then its subject or "inte"."""
    if not re.match(r"^(eftersom|då|när|om)\s", r, re.IGNORECASE):
        return False
    words = _words(r)[1:]
    fv = _finite_index(words)
    if fv is None:
        return False
    later = words[fv + 1:]
    if any(i and later[i + 1] in _PERSONS | {"det"} and w not in _PREPS | _ADVERBS | _PERSONS | {"det", "som", "att"}
           and later[i - 1] not in ("som", "att") for i, w in enumerate(later[:-1])):
        return True  # "eftersom årsredovisningen redan är klar räcker det med ...": a verb we do not list, then its subject
    return any(i + 1 < len(later) and later[i + 1] in _PERSONS | {"inte", "det"} and (w in _FINITE or w.endswith("s") and len(w) > 4)
               and later[i - 1:i] != ["som"] for i, w in enumerate(later))


_PREPS = frozenset("i på från med av för till hos vid om inför efter och eller men som att".split())


def _inverted_after_lead(words: list[str]) -> bool:
    """"(på grund av) halkan kör jag helst inte ...": a verb (listed or not) straight before "jag"/"vi" after the
    lead's noun phrase is inverted main-clause order: the sender's own sentence, never a noun phrase after our lead."""
    return any(i + 1 < len(words) and (w in _FINITE and words[i + 1] in _PERSONS or words[i + 1] in ("jag", "vi") and w not in _PREPS)
               for i, w in enumerate(words) if i > 0)


def _label(r: str) -> bool:
    """A note typed with a colon ("nytt i år: ...", "obs: ..."): a label, not a cause or a sentence."""
    head, sep, _ = r.partition(":")
    return bool(sep) and not re.search(r"\d$", head) and not _is_clause(head)


def because(reason: str | None) -> str:
    """The reason glued (see `_because`); a trailing "mycket på jobbet" typed after a comma gets its "det är"
    ("Jag orkar inte riktigt just nu – det är mycket på jobbet"), never left a bare fragment."""
    out = _because(reason)
    return re.sub(r", ((?:alldeles |lite )?(?:för )?mycket (?:på|att|med)\b[^,.]*)$", r" – det är \1", out)


_ANY_LEAD = re.compile(r"^(eftersom|därför att|då|att|p\.?g\.?a\.?|pga|på grund av|med anledning av|nu när|så att)\s+", re.IGNORECASE)


def _collapse(r: str) -> str:
    """Connectives typed in a row ("eftersom eftersom ...", "pga eftersom ..."): only the last one stays."""
    while (m := _ANY_LEAD.match(r)) and _ANY_LEAD.match(r[m.end():]) and m.group(1).lower() != "att":
        r = r[m.end():]
    return r


def _because(reason: str | None) -> str:
    """' eftersom jag inte kan …' / ' på grund av ett kundbesök' / ': den dagen måste jag …' / ''.

    A connective the user typed ("eftersom", "på grund av", a stray "att") is taken off first, so it is
    never doubled ("eftersom att"). The result always ends a sentence.
    """
    if not reason or not _clean(reason):
        return ""
    r = _collapse(_lower_first(reason))
    reason = r
    if _complex(r):
        return _sentence(_clean(reason))  # "Eftersom X är klar behövs inte Y.": a whole sentence, kept whole
    if (sub := _SUBORDINATE_LEAD.match(r)) and not _complex(r):
        # "nu när du har bokat din första tid", "så att vi hinner": its own connective kept, glued after the main clause
        return f"{'' if sub.group(1).lower() == 'för att' else ','} {r}"
    if (own := re.match(r"^(eftersom|därför att|då)\s+(?!att\b)", r, re.IGNORECASE)) and not _main_after(r[own.end():]):
        # the user's own connective and its clause, kept as typed (never "på grund av" before a clause, never two)
        rest = re.sub(r"\s+(tyvärr|dessvärre)\b", "", r[own.end():], flags=re.IGNORECASE)
        return f"{',' if own.group(1).lower() == 'då' else ''} {own.group(1).lower()} {rest}"
    if own:  # "då är jag i Malmö": "då" opens a main clause of its own
        return _sentence(r)
    r = re.sub(r"^(eftersom|därför att|då|att)\s+(att\s+)?", "", r, flags=re.IGNORECASE)
    r = re.sub(r"\s+(tyvärr|dessvärre)\b", "", r, flags=re.IGNORECASE)  # the sentence it ends already says it
    if _label(r):
        return ""  # "nytt i år: handpenning vid bokning": a note, never glued as a cause
    # "tyvärr har jag redan ..." -> "jag har redan ...": the sentence it is glued to already says "tyvärr"
    r = re.sub(r"^(?:tyvärr|dessvärre),?\s+(\w+)\s+(jag|vi|du|ni|han|hon|hen|de|det)\b",
               lambda m: f"{m.group(2)} {m.group(1)}" if m.group(1).lower() in _FINITE else m.group(0), r, flags=re.IGNORECASE)
    # Every connective typed is looked at; a preposition of the user's own is kept ("med tanke på snöovädret").
    leads = []
    while m := _OWN_LEAD.match(r):
        leads.append(m.group(1).lower())
        r = r[m.end():]
    lead = next((x for x in reversed(leads) if not re.fullmatch(r"p\.?g\.?a\.?|pga|på grund av|med anledning av", x)), None)
    if lead:
        typed = f"{lead} {r}"
        words = _words(r)
        head = words[: words.index("som")] if "som" in words else words  # "snöovädret som utlovats": a relative part
        if any(w in _FINITE for w in head) or any(w in _PERSONS for w in head[1:]):
            return _sentence(typed)  # "efter en operation är jag borta i sex veckor": a whole sentence of its own
        return f" {typed}"
    if leads:
        words = _words(r)
        if _inverted_after_lead(words):
            return _sentence(_clean(reason))  # "På grund av sjukdom måste jag ...": inverted order, a sentence kept whole
        r = "på grund av " + r  # only a "because of" was typed: the noun-phrase branch below takes it
    if (am := _AMOUNT.match(re.sub(r"^(på grund av)\s+", "", r, flags=re.IGNORECASE))) and not _is_clause(am.group(2)):
        adv, rest = am.group(1).lower(), am.group(2)
        if adv in ("inte", "knappt"):
            return f" eftersom det {adv} finns {rest}"  # subordinate order: the adverb before the verb
        return f" eftersom det finns {adv} {rest}"
    if _STATE.match(r):
        return f" eftersom jag är {r}"
    if _ILLNESS.match(r):
        return f" eftersom jag har {r}"
    if _HAVE_STATE.match(r):
        return f" eftersom jag har {r}"
    np = re.match(r"^(på grund av|pga\.?|p\.g\.a\.?|med anledning av|i och med)\s+", r, re.IGNORECASE)
    rest = r[np.end():] if np else r
    if none := _nothing(rest):
        return f" eftersom {none}"
    if np and rest.lower().startswith("att ") and _is_clause(rest[4:]) and (sub := _subordinate(rest[4:])):
        return f" eftersom {sub}"  # "med anledning av att vi har ..." -> "eftersom vi har ..."
    if not _is_clause(rest) and _AT.match(rest) and not re.match(r"(den|det|de)\b", rest, re.IGNORECASE):
        return f" eftersom jag är på {_with_article(rest)}"
    if np:
        return f" på grund av {_with_article(rest)}" if _np_like(rest) else ""
    r = _subjectless(r)
    if not _is_clause(r):
        # a noun phrase follows our connective; a note or a fragment ("redan klart") stays out of the mail
        return f" på grund av {_with_article(r)}" if _np_like(r) else ""
    if _words(r)[:1] and _words(r)[0] in _PERSONS | {"jag", "vi"} and len(_words(r)) <= 5 and _subordinate_ok(r) and "," not in r:
        return f" eftersom {r}"  # a short statement ("jag är på resa"): glued, it reads as one thought
    # A full sentence typed (subject and finite verb): its own sentence after the main clause (native review v8:
    # "eftersom" before a V2 sentence, "på grund av" before a clause)
    return _sentence(_unsplice(_main_order(r), " och "))


_CONJUNCTIONS = frozenset("och men så eller för som att eftersom".split())


def _unsplice(clause: str, joiner: str) -> str:
    """Two main clauses typed with a comma ("allt är klart, det enda som saknas är ditt godkännande") joined
    as a native would: "och" inside a sentence, a dash in a sentence of their own."""
    head, sep, tail = clause.partition(", ")
    if not sep or not tail or _words(tail)[:1] and _words(tail)[0] in _CONJUNCTIONS or not _is_clause(head):
        return clause
    if not (_is_clause(tail) or any(w in _FINITE for w in _words(tail))):  # "det enda som saknas är ...": a clause too
        return clause
    return f"{head}{joiner}{tail}"


def _main_order(clause: str) -> str:
    """Subordinate order typed ("jag inte kan komma") put back in main-clause order ("jag kan inte komma")."""
    tokens = clause.split(" ")
    words = [w.lower().strip(",.") for w in tokens]
    if len(words) > 2 and words[0] in _PERSONS and words[1] in _ADVERBS and words[2] in _FINITE:
        return " ".join([tokens[0], tokens[2], tokens[1], *tokens[3:]])
    return clause


def main_clause(reason: str | None) -> str | None:
    """The sender's reason as a sentence of its own ("Jag sitter fast i Stockholm."), for a request
    that is a question: a reason glued onto a yes/no question reads clumsy. None for a noun phrase."""
    if not reason or not _clean(reason):
        return None
    r = _collapse(_lower_first(reason))
    reason = r
    if _complex(r):
        return _upper_first(_clean(reason)) + "."
    if _SUBORDINATE_LEAD.match(r):
        return None  # "nu när du har bokat ...": a bare subordinate clause is never a sentence on its own
    r = re.sub(r"^(eftersom|därför att|då|att)\s+(att\s+)?", "", r, flags=re.IGNORECASE)
    if _label(r):
        return None
    if m := re.match(r"^(på grund av|pga\.?|p\.g\.a\.?|med anledning av|i och med)\s+", r, re.IGNORECASE):
        if _inverted_after_lead(_words(r[m.end():])):  # "På grund av halkan kör jag helst inte ...": kept whole
            return _upper_first(re.sub(r"^(pga\.?|p\.g\.a\.?)(?=\s)", "på grund av", _clean(reason), flags=re.IGNORECASE)) + "."
        return None
    r = _subjectless(r)
    if _STATE.match(r):
        r = f"jag är {r}"
    elif _ILLNESS.match(r) or _HAVE_STATE.match(r):
        r = f"jag har {r}"
    elif not _is_clause(r):
        return None
    r = _main_order(r)
    return _upper_first(_unsplice(r, " – ")) + "."


# A reason that already says the no ("jag står över", "kan inte komma"): our "Tyvärr kan jag inte vara med" before it
# would say it twice.
_REFUSAL = re.compile(
    r"\b(står över|hoppar över|avstår|kan (?:\w+ )?inte (?:komma|vara med|delta|närvara)|har (?:\w+ )?inte möjlighet|"
    r"måste (?:\w+ )?(?:tacka nej|avstå|ställa in)|tackar nej)\b",
    re.IGNORECASE,
)
# "för mycket på jobbet", "för mycket att göra": a state that takes "det är".
_TOO_MUCH = re.compile(r"^(?:alldeles |lite )?för mycket\b", re.IGNORECASE)


def refusal(reason: str) -> str | None:
    """The decline's no in the user's own words when the reason already says it: a whole sentence as typed
    ("Jag kan tyvärr inte komma eftersom ..."), or the cause and then the no ("Det är för mycket på jobbet just nu,
    så jag står över den här gången."). None when the reason does not say no, or its cause is not certain."""
    text = _clean(reason)
    if not _REFUSAL.search(text):
        return None
    parts = [p.strip() for p in text.split(", ")]
    said = [p for p in parts if _REFUSAL.search(p)]
    if len(parts) == 1:
        text = _subjectless(_lower_first(text)) if _words(text)[0] in _FINITE else text  # "kan inte komma": "jag" put back
        if (m := re.match(r"(?i)(jag|vi) (\w+) (.+)$", text)) and m.group(2).lower() in _FINITE and not re.search(r"(?i)\b(tyvärr|dessvärre)\b", text):
            return f"Tyvärr {m.group(2).lower()} {m.group(1).lower()} {m.group(3)}."  # "jag kan inte komma" -> "Tyvärr kan jag inte komma."
        return _upper_first(text) + "." if _is_clause(text) else None
    if len(said) != 1 or len(parts) != 2:
        return None
    no = said[0]
    cause = next(p for p in parts if p is not no)
    if not _is_clause(no):
        return None
    low = _lower_first(cause)
    sentence = f"det är {low}" if _TOO_MUCH.match(low) else (main_clause(cause) or "").rstrip(".")
    if not sentence:
        return None
    first = no.split(" ", 1)[0].lower()
    return f"{_upper_first(sentence)}, så {_lower_first(no) if first in _PERSONS else no}."


# An illness typed as a bare noun ("influensa"): "eftersom jag har influensa".
_ILLNESS = re.compile(r"^(influensa|feber|covid(?:-19)?|corona|magsjuka|migrän|halsfluss|lunginflammation)$", re.IGNORECASE)


# Countable nouns users type bare ("mässa i Göteborg") and the indefinite article they take.
_COUNTABLE = {"strejk": "en", "mässa": "en", "konferens": "en", "besök": "ett", "möte": "ett", "förhinder": "ett",
              "resa": "en", "olycka": "en", "läkartid": "en", "tandläkartid": "en", "kurs": "en", "workshop": "en"}


def _with_article(np: str) -> str:
    """'mässa i Göteborg' -> 'en mässa i Göteborg'; left as typed when the head is not a known countable noun."""
    head = re.split(r"\s(?:i|på|från|med|av|för|till|hos|vid)\s", " " + np + " ", maxsplit=1)[0].split()
    if not head or len(head) > 2 or head[0].lower() in _DETERMINERS | {"en", "ett"}:
        return np
    last = head[-1].lower()
    art = next((a for n, a in _COUNTABLE.items() if last.endswith(n)), None)
    return f"{art} {np}" if art else np


_FIRST_PERSON = frozenset("jag vi min mitt mina vår vårt våra".split())


def _first_person(words: list[str]) -> bool:
    """The reason speaks as the client ("jag måste ...", "min dotter är sjuk", "den dagen kan vi inte")."""
    if not words:
        return False
    if words[0] in _FIRST_PERSON:
        return True
    fv = _finite_index(words)
    return fv is not None and fv + 1 < len(words) and words[fv + 1] in ("jag", "vi")


# --- The meeting --------------------------------------------------------------------------------

# Event nouns in the definite form: "kvartalsgenomgången av projektet" names the meeting itself.
_DEFINITE_EVENT = (
    "mötet", "genomgången", "avstämningen", "träffen", "workshopen", "workshoppen", "presentationen",
    "lunchen", "middagen", "frukosten", "samtalet", "uppföljningen", "planeringen", "intervjun",
    "konferensen", "seminariet", "kickoffen", "visningen", "utbildningen", "granskningen",
    "överlämningen", "besöket", "sessionen", "webbinariet", "föreläsningen", "dragningen",
    "konsultationen", "rådgivningen", "coachningen", "förhandlingen", "utvärderingen", "uppstarten",
    "stämman", "lektionen", "eventet", "demonstrationen", "redovisningen", "kalibreringen",
    # held on the spot, named as they are: "rundvandringen i fabriken", "besiktningen på plats", "Excelkursen"
    "rundvandringen", "fotograferingen", "besiktningen", "kursen", "besöket", "inspektionen", "demon", "provningen",
    "dagen", "minglet", "kickoffen", "festen", "mässan", "galan", "fikan", "afterworken", "julbordet", "kalaset",
    "invigningen", "lanseringen", "introduktionen", "instruktionen", "inskolningen", "sittningen", "pitchen", "mottagningen", "fikat", "inspelningen", "filmningen",
    # a recurring or booked slot, named as it is: "månadscallen", "körlektionerna", "PT-passet", "bowlingkvällen"
    # competitions and outings, named as they are: "padelturneringen", "pubquizen"
    "turneringen", "tävlingen", "quizen", "quizet", "bowlingen", "konserten", "föreställningen", "utflykten", "matchen",
    "callen", "lektionerna", "sessionerna", "passet", "passen", "kvällen", "träffarna", "samtalen", "mötena", "timmen",
    # invitations, named as they are: "julglöggen", "luciafirandet", "vernissagen"
    "glöggen", "firandet", "vernissagen", "jubileet", "bjudningen", "premiären", "öppningen", "releasen",
)
# The same nouns without an article take "vår"/"vårt": "vår kvartalsgenomgång", "vårt styrelsemöte".
_INDEFINITE_EVENT = {
    "möte": "vårt", "genomgång": "vår", "avstämning": "vår", "träff": "vår", "workshop": "vår",
    "presentation": "vår", "lunch": "vår", "middag": "vår", "frukost": "vår", "samtal": "vårt",
    "uppföljning": "vår", "planering": "vår", "intervju": "vår", "konferens": "vår", "seminarium": "vårt",
    "kickoff": "vår", "visning": "vår", "utbildning": "vår", "granskning": "vår", "överlämning": "vår",
    "besök": "vårt", "session": "vår", "webbinarium": "vårt", "föreläsning": "vår", "dragning": "vår",
    "konsultation": "vår", "förhandling": "vår", "utvärdering": "vår", "uppstart": "vår",
    "lektion": "vår", "redovisning": "vår", "demo": "vår", "demonstration": "vår", "fotografering": "vår",
    "mässa": "vår", "fest": "vår", "mingel": "vårt", "gala": "vår", "kick-off": "vår", "event": "vårt",
    "dag": "vår", "kurs": "vår", "fika": "vår", "afterwork": "vår", "julbord": "vårt", "kalas": "vårt", "invigning": "vår",
    "glögg": "vår", "firande": "vårt", "vernissage": "vår", "jubileum": "vårt", "bjudning": "vår", "premiär": "vår",
    "call": "vår", "pass": "vårt", "kväll": "vår", "lansering": "vår", "sittning": "vår", "mottagning": "vår", "inspelning": "vår", "filmning": "vår", "pitch": "vår", "besiktning": "vår", "rundvandring": "vår", "inspektion": "vår",
}
# Events named in the definite form when the user typed the bare noun last ("fotografering" ->
# "fotograferingen"): the typed text stays a prefix of what is written.
_DEFINITE_SUFFIX = {"middag": "en", "lunch": "en", "frukost": "en", "fotografering": "en", "mässa": "n", "fest": "en",
                    "gala": "n", "konferens": "en", "visning": "en", "kickoff": "en", "kick-off": "en", "event": "et",
                    "seminarium": "", "mingel": "", "mottagning": "en", "inspelning": "en"}
_THEIR_EVENT = {"demo": "er", "presentation": "er", "visning": "er", "lansering": "er", "demonstration": "er"}
_DETERMINERS = frozenset("vår vårt våra den det denna detta min mitt nästa".split())


def _is_event(word: str) -> bool:
    return word.endswith(_DEFINITE_EVENT) or word.endswith(tuple(_INDEFINITE_EVENT))


def _meeting_np(plan: Plan) -> str:
    """The meeting as a noun phrase that fits anywhere a noun phrase does.

    "kvartalsgenomgången av projektet" and "vår årliga genomgång" name the meeting and stand as they
    are; "styrelsemöte" becomes "vårt styrelsemöte"; a topic ("budgeten", "IT-säkerhet") becomes
    "vårt möte om budgeten".
    """
    m = _tidy_label((plan.situation.meeting or "").strip())
    if re.fullmatch(r"after ?work", m, re.IGNORECASE):
        return m + ("en" if m.islower() else "")  # "afterworken", "after worken": the event itself, never "mötet om"
    words = m.split()
    last = words[-1].lower()
    first = words[0].lower()
    if first in _OWNERS and first not in ("hans", "hennes", "deras"):
        return m[:1].lower() + m[1:] if m.split(" ", 1)[0][1:].islower() else m  # "er workshop om ...": as typed
    if plan.kind == "event" and (first_event := next((n for n in _DEFINITE_SUFFIX if last.endswith(n) and _DEFINITE_SUFFIX[n]), None)):
        if words[0].lower() not in _DETERMINERS:
            return (m[:1].lower() + m[1:] if m.split(" ", 1)[0][1:].islower() else m) + _DEFINITE_SUFFIX[first_event]
    first = words[0].lower()
    if re.search(r"\b(ert|er|era|din|ditt|dina)\b", m, re.IGNORECASE) and first in _THEIR_EVENT:
        return f"{_THEIR_EVENT[first]} {m}"  # their event, kept verbatim: "er demo av ert nya CRM-system", never "vår"
    if first in _DETERMINERS and any(_is_event(w.lower()) for w in words[1:4]):
        return m
    if _is_event(first) and words[0][1:].islower() and words[0][1:].isalpha() and not _PRODUCT.match(words[0]):
        m = first[:1] + m[1:]  # "Styrgruppsmöte Q3" mid-sentence: a common noun, lower-case
    if first.endswith(_DEFINITE_EVENT):
        return m
    if plan.situation.intent is Intent.decline and len(words) > 2 and words[1].lower() == "som" and re.search(r"(?:en|et|n)$", first):
        return m  # an invitation named by its host ("vinprovningen som föreningen bjuder på"): the thing itself, never "mötet om"
    if (len(words) > 1 and words[0][:1].isupper() and words[0][1:].islower() and first.endswith("s") and len(first) > 3
            and words[1][:1].islower()):
        return m  # "Alvas gitarrlektion": whose it is, typed; the thing itself, never "vårt möte om"
    if len(words) > 1 and (own := _adjective_and_noun(words)):
        return own
    if first in _SERVICE and " och " in m:
        return f"din tid för {m}"  # "din tid för klippning och slingor": one booking, never "din klippning och slingor"
    if first in _SERVICE:
        return f"din {m}"  # "din massage (60 min)": the client's own booking
    if len(words) == 1 and len(first) > 8 and first.endswith("besök") and plan.situation.intent in CLIENT_SIDE:
        return f"ditt {m}"  # "ditt tandhygienistbesök": the client's visit, not ours
    for noun, pronoun in _INDEFINITE_EVENT.items():
        if first.endswith(noun):
            if plan.situation.intent in _CLIENTS_OWN and not _WORK.search(m):
                pronoun = {"vår": "din", "vårt": "ditt", "våra": "dina"}.get(pronoun, pronoun)  # "ditt rehabpass": the client's booking
            return f"{pronoun} {m}"
    if own := _activity(words, plan):
        return own
    if _APPOINTMENT.search(m) and not re.search(r"(möte|avstämning|genomgång|workshop|presentation)", m, re.IGNORECASE):
        return f"din tid för {m}"  # a booked service ("samtalsterapi", "gelenaglar"): the client's time, never "vårt möte om"
    if plan.situation.intent in CLIENT_SIDE and plan.situation.intent.value != "cancellation_policy" and m[:1].islower():
        return f"din tid för {m}"  # the client cancelled or did not come: it was their booking, never "vårt möte om"
    if plan.booked and not plan.work and plan.kind != "event" and m[:1].islower() and not _WORK.search(m) and " och " in m:
        return f"din tid för {m}"  # a service the client booked ("gellack och förlängning"): never "vårt möte om"
    return f"vårt möte om {m}"


# The client cancelled or did not come: the booking was theirs ("ditt rehabpass", never "vårt").
_CLIENTS_OWN = frozenset({Intent.late_cancellation, Intent.no_show_followup})


# A service the client books for themselves (therapy, a treatment, nails, a lesson): "din tid för ...".
_APPOINTMENT = re.compile(
    r"(terapi|behandling|massage|klippning|naglar|fransar|bryn|vaxning|fysio|sjukgymnastik|naprapat|kiropraktor|"
    r"läxhjälp|lektion|coachning|konsultation|pt-pass|personlig träning|tandläkar|tandhygien|fotvård|manikyr|pedikyr|"
    r"slingor|klipp|färgning|hårfärg|toning|permanent|lashlift|frisör)",
    re.IGNORECASE,
)



# The recipient's own booked time typed with the plural "er" ("er nybesökstid", "ert besök"): the mail says "du", so
# "din"/"ditt"/"dina" (v14 review: "er" beside "du"). "er" before a company's thing ("er nya webbplats") is kept.
_YOUR_BOOKING = re.compile(r"(?i)^(er|ert|era)\s+(?=(?:[\wåäö]+\s+)?[\wåäö-]*(?:(?:tid|tider)\b|(?:besök|"
                           + _APPOINTMENT.pattern[1:-1] + r")[\wåäö]*\b))")
_YOURS = {"er": "din", "ert": "ditt", "era": "dina"}


# The client's own cancelled or missed booking, whatever it is ("er första rådgivning"): one person, so "din" (v15 review).
_THEIR_OWN = re.compile(r"(?i)^(er|ert|era)\s+(?=[\wåäö])")
_DEFINITE_END = re.compile(r"(?:ing|tion|sion|het)$")


def _late_subject(label: str, past_day: str, date: str) -> str:
    """"Din avbokning av första rådgivningen i fredags": what the reply is about, never "<label>: din avbokning" (v15
    review); "" when the label's definite form is not plain (then the usual subject)."""
    words = label.split()
    if not words or len(words) > 3 or not _DEFINITE_END.search(words[-1].lower()) or any(re.fullmatch(r"[A-ZÅÄÖ]\w*s", w) for w in words):
        return ""
    the = " ".join([*words[:-1], words[-1] + "en"])
    the = the[:1].lower() + the[1:] if not the[:2].isupper() else the
    return f"Din avbokning av {the}" + (f" {past_day}" if past_day else f" den {date}" if date else "")


def _yours(meeting: str) -> str:
    return _YOUR_BOOKING.sub(lambda m: _YOURS[m.group(1).lower()] + " ", meeting, count=1)


# Services booked by the client for themselves: "din massage", "din provlektion" rather than "vår".
_SERVICE = {"massage": "din", "behandling": "din", "klippning": "din", "provlektion": "din", "lektion": "din",
            "konsultation": "din", "besiktning": "din", "provtur": "din", "hårprovning": "din", "provfärgning": "din"}
# Activities named by a noun the meeting tables do not list ("rådgivning om ert företagslån", "intro av ert nya CRM").
_ACTIVITY = {"rådgivning": "vår", "intro": "vår", "introduktion": "vår", "genomgång": "vår", "samtal": "vårt",
             "utbildning": "vår", "coachning": "vår", "handledning": "vår", "bodelning": "vår", "provning": "vår",
             "kickoff": "vår", "kick-off": "vår", "massage": "vår", "behandling": "vår", "klippning": "vår",
             "revision": "vår", "granskning": "vår", "vinprovning": "vår", "inventering": "vår"}
_PREPOSITIONS = frozenset("om av för kring med på i hos till inför".split())


def _tidy_label(m: str) -> str:
    """A length typed after the thing ("massage 60 min") goes in brackets: "massage (60 min)"."""
    return re.sub(r"\s+(\d+\s*(?:min|minuter|h|tim|timmar)\.?)$", r" (\1)", m)


def _activity(words: list[str], plan: Plan) -> str | None:
    """An activity named bare, with an adjective before it or a preposition after it ("inledande samtal om
    bodelningen", "massage (60 min)", "rådgivning om ert företagslån"): the possessive and the phrase as typed
    ("vårt inledande samtal om bodelningen", "din massage (60 min)"), never "vårt möte om ..."."""
    low = [w.lower() for w in words]
    for i in range(min(3, len(words))):
        w = low[i]
        if not all(x.isalpha() and x.islower() for x in words[: i + 1]):
            return None
        noun = next((n for n in sorted({**_ACTIVITY, **_INDEFINITE_EVENT}, key=len, reverse=True) if w == n or (w.endswith(n) and len(w) > len(n) + 2)), None)
        if noun is None:
            continue
        after = low[i + 1] if i + 1 < len(low) else ""
        if after and after not in _PREPOSITIONS and not after.startswith("("):
            return None
        if i and not all(re.search(r"(?:a|e|ande|ende|ig|ska|ad|at)$", x) for x in low[:i]):
            return None  # only adjectives before the noun ("inledande", "första", "årliga")
        # after a possessive an adjective takes its weak form: "vår årliga genomgång"
        said = [x + "a" if j < i and x.endswith("ig") else x for j, x in enumerate(words)]
        pronoun = "din" if noun in _SERVICE else _INDEFINITE_EVENT.get(noun) or _ACTIVITY[noun]
        return f"{pronoun} {' '.join(said)}"
    return None


def _adjective_and_noun(words: list[str]) -> str | None:
    """"första mötet" -> "vårt första möte", "årliga genomgången" -> "vår årliga genomgång": an adjective
    before a meeting noun in the definite form reads as ours with the possessive (the adjective keeps its form)."""
    for i in (1, 2):
        if i >= len(words) or not all(w.isalpha() and w.islower() for w in words[:i]):
            continue
        head = words[i].lower()
        for noun, pronoun in sorted(_INDEFINITE_EVENT.items(), key=lambda kv: -len(kv[0])):
            for suffix in ("en", "et", "n", "t"):
                if head == noun + suffix or (head.endswith(noun + suffix) and len(head) > len(noun) + 3):
                    stem = words[i][: len(words[i]) - len(suffix)]
                    return " ".join([pronoun, *words[:i], stem, *words[i + 1:]])
    return None


def _definite(word: str) -> str | None:
    """The definite form of a meeting noun we know ("julmingel" -> "julminglet", "styrelsemöte" ->
    "styrelsemötet", "heldag" -> "heldagen"); None for a word we do not know."""
    low = word.lower()
    noun = next((n for n in sorted(_INDEFINITE_EVENT, key=len, reverse=True) if low.endswith(n)), None)
    if noun is None:
        return None
    neuter = _INDEFINITE_EVENT[noun] == "vårt"
    if low.endswith("ium"):
        return word[:-2] + "et"
    if low.endswith("el") and neuter:
        return word[:-2] + "let"
    if low.endswith(("e", "a", "o", "u")):
        return word + ("t" if neuter else "n")
    return word + ("et" if neuter else "en")


def _invited_np(plan: Plan) -> str:
    """Declining an invitation: the meeting is theirs, so the definite form ("julminglet", "styrelsemötet",
    "mötet om budgeten"), never "vårt"."""
    m = _meeting_np(plan)
    if m.startswith("vårt möte om "):
        return "mötet om " + m[len("vårt möte om "):]
    head, _, rest = m.partition(" ")
    if head in ("vår", "vårt") and rest:
        words = rest.split(" ")
        if words[0].isalpha() and (d := _definite(words[0])):
            return " ".join([d, *words[1:]])
    return m


_WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")


# A loose time typed in a hurry ("kl 9-ish", "typ 16", "~16"): "runt kl. 9" as a native writes it (native review v12).
_LOOSE = ((re.compile(r"(?i)(?<![\w.:])(?:kl\.?\s*)?(\d{1,2}(?:[.:]\d{2})?)\s*-?\s*ish\b"), r"runt \1"),
          (re.compile(r"(?i)(?:\bkl\.?\s*)?(?:\btyp|~)\s*(?=\d)"), "runt "))


def _loose(time: str) -> str:
    """The typed loose time in the words a native uses (only a re-wording of the typed clock, never a new time)."""
    for rx, to in _LOOSE:
        time = rx.sub(to, time)
    return time


def _when(time: str | None, past: bool) -> str:
    """The meeting's time in the mail's clock (`nl_sv_times.tidy`: "efter 3" -> "efter kl. 15", the month on a date)."""
    return _tidy_time(_when_loose(time, past), time, Language.sv) if time else _when_loose(time, past)


def _when_loose(time: str | None, past: bool) -> str:
    """A loose time ("typ 16") said "runt kl. 16" when the fact model reads the same time in it; then `_when_plain`."""
    if time and (loose := _loose(time)) != time:
        said = _when_plain(loose, past)
        if when._faithful(time, said.strip(), Language.sv):  # (the guard's own reading of the typed time)
            return said
    return _when_plain(time, past)


def _when_plain(time: str | None, past: bool) -> str:
    """' på torsdag 14 mars kl. 10.00' (ahead), ' den 14 mars', ' kl. 10', ' i morgon …': the day and the
    clock time split, "fredag 15" said "på fredag kl. 15", abbreviations spelled out."""
    if not time:
        return ""
    # "hela dagen"/"heldag" after a date is tacked on: the day says it (native review v10, "på tisdag 15 december hela dagen")
    if (m := re.match(r"^(.*\d.*?)[\s,]+(?:hela dagen|heldag)$", time.strip(), re.IGNORECASE)) and when._faithful(time, m.group(1), Language.sv):
        time = m.group(1)
    if (read := _parts(time)) is not None and any(read):
        # the time rendered from its value ("onsdag 9 december kl. 13.00–15.00", "runt kl. 14"), the fact model's reading
        day, clock = read
        tidy = re.sub(r"^kl\.\s+(ca\.?|cirka|runt|omkring|kring)\s+", lambda m: f"{m.group(1)} kl. ", clock)  # "ca kl. 14", never "kl. ca 14"
        tidy = re.sub(r"^(från|efter|före|till|senast)\s+(?=\d)", r"\1 kl. ", tidy)  # "från kl. 16"
        if tidy != clock and when._faithful(time, f"{day} {tidy}".strip(), Language.sv):
            clock = tidy  # "ca kl. 14": Swedish order
        elif tidy != clock and clock.startswith("kl. "):
            clock = tidy  # ("kl. ca 14" is never kept: "ca kl. 14" says the same words in Swedish order)
        wd, _, rest = day.partition(" ")
        part = {"på förmiddagen": "förmiddag", "på eftermiddagen": "eftermiddag", "på kvällen": "kväll"}.get(clock)
        if part and not past and wd.lower() in _WEEKDAYS and re.fullmatch(r"\d{1,2} [a-zåäö]+", rest):
            said = f"{wd} {rest} {clock}"  # "på lördag 12 december på förmiddagen" (native review v10)
            if when._faithful(time, said, Language.sv):
                return f" på {said}"
        if past and wd.lower() in _WEEKDAYS and re.fullmatch(r"\d{1,2} [a-zåäö]+", rest):
            said = f"i {wd.lower()}s den {rest}" + (f" {clock}" if clock else "")  # a day behind us: "i fredags den 4 december"
            if when._faithful(time, said, Language.sv):
                return f" {said}"
        if (typed_past := _TYPED_PAST.fullmatch(day)):
            said = f"{typed_past.group(1)} den {typed_past.group(2)}" + (f" {clock}" if clock else "")  # "i tisdags den 5 januari"
            if when._faithful(time, said, Language.sv):
                return f" {said}"
        lead = _day_when(day, past, time) if day else ""
        if ahead := _AHEAD_DATE.fullmatch(lead):
            # "på fredag den 18 december": the date in running text with "den", as careful Swedish writers put it
            # (native reviews v9, v15; a past day already says "i fredags den 4 december")
            said = f" på {ahead.group(1)} den {ahead.group(2)}"
            if when._faithful(time, f"{said.strip()} {clock}".strip(), Language.sv):
                lead = said
        if lead.startswith(" (") and lead.endswith(")") and clock:  # "(första måndagen varje månad kl. 9.00)": the clock inside
            return f"{lead[:-1]} {clock})"
        return (lead + (f" {clock}" if clock else "")) if day else f" {clock}"
    day, clock = when.split(time, Language.sv)
    if not clock and (m := re.search(r"\b(från|efter|till|före|runt|ca\.?)\s+(\d{1,2}(?:[.:]\d{2})?)$", time.strip(), re.IGNORECASE)):
        lead = time.strip()[: m.start(2)]
        return _day_when(when.expand(lead.strip(), Language.sv), past, time) + f" kl. {m.group(2)}"  # "från kl. 17"
    if not clock and (m := re.match(r"^(.*?(?:\d{1,2}/\d{1,2}|[a-zåäö]{3,}\.?))\s+(\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?)$",
                                    time.strip(), re.IGNORECASE)):
        # a bare hour or span typed after a date or a day ("tis 12/1 15", "lör 9-11"): "kl." before it, an en dash
        said = _day_when(when.expand(m.group(1), Language.sv), past, time) + " kl. " + re.sub(r"\s*[-–]\s*", "–", m.group(2))
        if when._faithful(time, said.strip(), Language.sv):
            return said
    if not clock:
        return _day_when(when.expand(time.strip(), Language.sv), past, time)
    said = when.clock_phrase(clock, Language.sv)
    lead = _day_when(when.expand(day, Language.sv), past, day) if day else ""
    if lead.endswith(")") and lead.startswith(" ("):  # "(första måndagen varje månad kl. 9)": the clock inside the brackets
        return f"{lead[:-1]} {said})"
    return f"{lead} {said}" if day else f" {said}"


# A part of the day typed after a date ("ons 13 jan fm", "tors 3 dec heldag"): said in brackets after the date.
_DAY_PART = {"fm": "förmiddag", "em": "eftermiddag", "förmiddag": "förmiddag", "eftermiddag": "eftermiddag",
             "heldag": "heldag", "lunch": "lunch", "kväll": "kväll", "morgon": "morgon"}


_PART_SAID = {"förmiddag": "på förmiddagen", "eftermiddag": "på eftermiddagen", "kväll": "på kvällen", "morgon": "på morgonen"}


def _day_part(time: str) -> str:
    """'onsdag 13 januari fm' -> 'onsdag 13 januari (förmiddag)' when a date comes before it and the fact model
    still reads the typed time; as typed otherwise."""
    head, _, last = time.rpartition(" ")
    word = _DAY_PART.get(last.lower().rstrip("."))
    if word and head.lower() in _WEEKDAYS and word in _PART_SAID:
        said = f"{head} {word}"  # "tisdag em" -> "tisdag eftermiddag": no abbreviation in prose
        return said if when._faithful(time, said, Language.sv) else time
    if not word or not re.search(r"\d", head):
        return time
    wd, _, date = head.partition(" ")
    if wd.lower() in _WEEKDAYS and word in _PART_SAID and re.fullmatch(r"\d{1,2} [a-zåäö]+", date):
        said = f"{wd} {date} {_PART_SAID[word]}"  # "onsdag 16 december på förmiddagen" (native review v10)
        if when._faithful(time, said, Language.sv):
            return said
    said = f"{head} ({word})"
    return said if when._faithful(time, said, Language.sv) else time


def _parts(time: str, window: bool = False) -> tuple[str, str] | None:
    """(day, clock) read from the typed time's value by the shared reader (`when.parts`), or None (the typed path)."""
    read = getattr(when, "parts", None)
    return read(time, Language.sv, window=window) if read else None


def plain_time(time: str) -> str | None:
    """A proposed time as a list item (`_plain_item`), in the mail's clock with its month (`nl_sv_times.tidy`)."""
    said = _plain_item(time) or when.plain(time, Language.sv)
    return _tidy_time(said, time, Language.sv)


def _plain_item(time: str) -> str | None:
    """A proposed time as a list item with its part of the day spelled out ("ons 16/12 em" -> "onsdag eftermiddag den
    16 december"), or None (then the shared `when.plain`)."""
    if not re.search(r"(?i)\b(fm|em|förmiddag|eftermiddag)\b", time) and _loose(time) == time:
        return None  # (a loose time, "kl 9-ish", is said "runt kl. 9" in the list too)
    said = re.sub(r"^på\s+", "", _when(time, False).strip())
    return said if said and when._faithful(time, said, Language.sv) else None


def _day_when(time: str, past: bool, typed: str = "") -> str:
    t = _day_part(time.strip())
    low = t.lower()
    if low.startswith(_WEEKDAYS):
        if past:  # a day behind us: "i fredags (4/12)"; as typed when the fact model would not read it
            wd, _, rest = t.partition(" ")
            said = f"i {wd.lower().rstrip('.')}s" + (f" den {rest}" if re.match(r"\d{1,2} [a-zåäö]+$", rest) else f" ({rest})" if rest else "")
            # (only when the typed form is rewritten anyway, "fre 4/12" -> "fredag 4/12": a full form typed stays verbatim)
            ok = (wd.lower().rstrip(".") in _WEEKDAYS and typed and wd.lower() != typed.split(" ", 1)[0].lower()
                  and (said_in_order(typed, said) or when._faithful(typed, said, Language.sv)))
            return f" {said}" if ok else f" {t}"
        return f" på {t}"
    if re.match(r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[a-zåäö]|\d{1,2}/\d", low):  # "den 14 mars", "den 3–4 februari"
        return f" den {t}"
    if re.match(r"(kl\.?|klockan|i morgon|imorgon|idag|i dag|igår|i går|i förrgår|nästa|förra|på|den|i)\b", low):
        return f" {t}"
    return f" ({t})"


# The user's note about the client in the third person, told back to the client: "han/hon" -> "du", "de" (their
# firm) -> "ni", and the possessives with them.
_THIRD = {"han": "du", "hon": "du", "hen": "du", "de": "ni", "dom": "ni"}
_THIRD_OBJECT = {"honom": "dig", "henne": "dig", "dem": "er"}
_NEUTER = re.compile(r"(barn|företag|bolag|team|möte|jobb|kontor|flyg|tåg|schema|ärende|projekt|hus|lager|bröllop|kalas|system|program|avtal|kontrakt|konto)$")


def _possessive(word: str, next_word: str) -> str:
    """'hans/hennes' -> din/ditt/dina, 'deras' -> er/ert/era, agreeing with the noun after it."""
    plural = bool(re.search(r"(?:or|ar)$", next_word)) and not _NEUTER.search(next_word)
    neuter = bool(_NEUTER.search(next_word))
    if word == "deras":
        return "era" if plural else "ert" if neuter else "er"
    return "dina" if plural else "ditt" if neuter else "din"


def _to_you(r: str) -> str | None:
    """The reason with the client in the second person; None when nothing in it is third person."""
    tokens = r.split(" ")
    low = [t.lower().strip(",.") for t in tokens]
    changed = False
    for i, w in enumerate(low):
        if w in _THIRD and (i == 0 or low[i - 1] in _FINITE):  # a subject: first, or right after its verb
            tokens[i], changed = _THIRD[w], True
        elif w in _THIRD_OBJECT:
            tokens[i], changed = _THIRD_OBJECT[w], True
        elif w in ("hans", "hennes", "deras") and i + 1 < len(low):
            tokens[i], changed = _possessive(w, low[i + 1]), True
    return " ".join(tokens) if changed else None


# The client's reason is the user's note (how or when they cancelled, their habits): never told back. Only a
# recognised hardship gets its own word, said without repeating the note and without guessing who it concerns.
_HARD_ILL = re.compile(r"(sjuk|feber|influensa|förkyl|covid|corona|migrän|vabb|\bvab\b|akuten|sjukhus|vårdcentral)", re.IGNORECASE)
_HARD_ACCIDENT = re.compile(r"(olycka|olyckan|krock|kolli|ramlade|skadade)", re.IGNORECASE)
_HARD_LOSS = re.compile(r"(begravning|dödsfall|gått bort|gick bort|bortgång|avled|avliden)", re.IGNORECASE)
_HARD_FAMILY = re.compile(r"(familjeskäl|akut i familjen|nödsituation|kris i familjen)", re.IGNORECASE)
_HARD_TRAVEL = re.compile(r"\b(tåg\w*|sj|inställ\w*|försen\w*|snöstorm\w*|snöoväder\w*|trafik\w*|flyg\w*|punktering|bilen\b|pendeln)", re.IGNORECASE)


def understanding(reason: str, formal: bool, past: bool = False, no_show: bool = False) -> str:
    """The client's reason acknowledged without telling the user's note back: a recognised hardship (illness, an
    accident, a loss, a family emergency, travel trouble) gets a fitting word; anything else a neutral, warm one
    (a no-show's opening already hopes all is well, so it adds nothing)."""
    r = reason or ""
    bare = _lower_first(_clean(r)) if r.strip() else ""
    if bare and len(bare.split()) <= 3 and (_STATE.fullmatch(bare) or _ILLNESS.fullmatch(bare)):
        # a bare state typed ("sjuk", "influensa"): the client's own, told back for certain ("att du var sjuk")
        verb = ("var" if past else "är") if _STATE.fullmatch(bare) else ("hade" if past else "har")
        better = " Jag hoppas att du mår bättre nu." if formal else " – hoppas att du mår bättre nu!"
        if formal:
            return f"Det var tråkigt att höra att du {verb} {bare}." + (better if _HARD_ILL.search(bare) else "")
        return f"Tråkigt att du {verb} {bare}" + (better if _HARD_ILL.search(bare) else "!")
    if _HARD_LOSS.search(r):
        return "Jag beklagar sorgen." if formal else "Jag beklagar sorgen – ta hand om dig!"
    if _HARD_ACCIDENT.search(r):
        return "Tråkigt att höra om olyckan." if formal else "Tråkigt att höra om olyckan!"
    if _HARD_ILL.search(r):
        return "Jag önskar god bättring." if formal else "God bättring!"
    if _HARD_FAMILY.search(r):
        return "Jag hoppas att allt ordnar sig." if formal else "Hoppas att allt ordnar sig!"
    if _HARD_TRAVEL.search(r):
        return "Sådant kan ingen rå för." if formal else "Sånt kan ingen rå för!"
    if no_show:
        return ""
    return "Jag hoppas att allt är bra med dig." if formal else "Hoppas att allt är bra!"


_MOVED_FROM = re.compile(r" på (?=(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|\d)\b)")


def _move_named(s: Situation, formal: bool, mw: str) -> str:
    """The client asked to move without a time: the session named. A hardship typed as their reason (an illness, a
    loss, an accident) gets a word of sympathy and a plain yes, never a cheerful "inga problem!" (native review v16, nl)."""
    r = s.reason or ""
    if not (_HARD_LOSS.search(r) or _HARD_ILL.search(r) or _HARD_ACCIDENT.search(r) or _HARD_FAMILY.search(r)):
        return (f"Tack för ditt meddelande om {mw}, det går bra att byta tid." if formal
                else f"Tack för meddelandet om {mw}, inga problem!")
    moved = _MOVED_FROM.sub(" från ", mw, count=1)  # "flyttar … från onsdag": "på onsdag" would read as the new day
    sympathy = understanding(r, formal)
    return (f"Tack för ditt meddelande. {sympathy} Självklart flyttar vi {moved}." if formal
            else f"Tack för meddelandet. {sympathy} Självklart flyttar vi {moved}.")


# A date range ("12–13 december", "12-13/12"): a multi-day event, which a quick call does not replace.
_RANGE = re.compile(r"\b\d{1,2}\s*(?:-|–|och|till)\s*\d{1,2}(?:\s+[^\W\d]{3,}|/\d{1,2})", re.IGNORECASE)


def _reason_slots(plan: Plan) -> dict[str, str]:
    """The reason glued onto a statement ('{why}'), or before a yes/no question as a sentence of its own
    ('{pre}'); a noun phrase, or a reason that cannot stand alone, ends the question ('{why_end}')."""
    s = plan.situation
    why = because(s.reason)
    main = main_clause(s.reason) if s.reason else None
    if why.startswith(" – ") and not main:  # a fragment: a sentence of its own, tied to the question
        main = _upper_first(why[3:]) + "."
    # "i stället för att ses på grund av strejken" reads as if they met because of it: with a reason at the end, no contrast.
    instead = "" if why and not main else (" i stället för att ses på plats" if plan.formal else " i stället för att ses")
    post = _tied(main) if main else None
    return {"why": why, "pre": main + " " if main and not post else "", "why_end": "" if main else why, "instead": instead,
            "post": " " + post if post else ""}


def _tied(sentence: str) -> str:
    """The reason after the question, tied to it ('Bilen är på verkstad, därav frågan.'): it no longer opens the
    mail on its own, and the words typed stay together (the fact check finds them)."""
    if (said := linked(sentence)) != sentence.strip():
        return said  # "Jag har nämligen feber ...": the link word ties it to the question
    # two main clauses typed with a comma ("Tåget står still, jag hinner inte in"): joined with "och", then linked
    # ("Tåget står nämligen still och jag hinner inte in"); "därav frågan" read stiff (v11, v14 reviews)
    if (joined := _COMMA_CLAUSE.sub(r" och \1", sentence.strip(), count=1)) != sentence.strip() and \
            (said := linked(joined)) != joined:
        return said
    return sentence.rstrip(".") + ", därav frågan."


_COMMA_CLAUSE = re.compile(r",\s+(jag|vi|det|den|du|ni|han|hon|de)(?=\s[a-zåäö]+\b)")


def _decline_slots(plan: Plan) -> dict[str, str]:
    """What a decline says after the thanks, what it offers instead, and how it ends, per situation."""
    s, f = plan.situation, plan.formal
    main = main_clause(s.reason) if s.reason else None
    out: dict[str, str] = {}
    out["no"] = "tack för inbjudan" if plan.final else "tyvärr förhinder"
    if plan.final and main:  # a final no: their reason stated plainly, then the no
        we = re.match(r"(vi|vår|vårt|våra)\b", main, re.IGNORECASE)
        out["cant"] = main.rstrip(".") + (", så vi tackar nej." if we else ", så jag tackar nej.")
    elif s.reason and (own := refusal(s.reason)):
        out["cant"] = own  # the reason already says no ("..., jag står över den här gången"): said once, in the user's words
    else:
        out["cant"] = ("Tyvärr har jag inte möjlighet att delta" if f else "Tyvärr kan jag inte vara med") + because(s.reason) + "."
    multi_day = bool(s.meeting_time and _RANGE.search(s.meeting_time))
    ask = "Säg gärna till när det passar dig." if f else "Säg bara till när det passar dig!"
    if plan.away:  # on holiday or leave: catching up when back, not a quick call
        out["alt_call"] = ("Jag hör gärna av mig när jag är tillbaka, så att vi kan stämma av." if f
                           else "Vi hörs när jag är tillbaka – jag vill gärna höra hur det gick!")
        out["decline_close"] = ask if plan.alternative == "later" else ""
    elif multi_day:  # a two-day event is not replaced by a quick call: catching up afterwards
        out["alt_call"] = ("Jag hör gärna av mig efteråt, så att vi kan stämma av." if f
                           else "Vi hörs efteråt – jag vill gärna höra hur det gick!")
        out["decline_close"] = ask if plan.alternative == "later" else ""
    elif plan.kind == "event":  # a dinner or a bowling night is not replaced by a call: good wishes instead
        out["alt_call"] = T["alt.event"][0 if f else 1]
        out["decline_close"] = ""
    elif not work_meeting(s.meeting):  # an outing, a meal, an appointment: nothing offered in its place
        out["alt_call"] = T["alt.event"][0 if f else 1] if _SOCIAL.search(s.meeting or "") else ""
        out["decline_close"] = ""
    else:  # a call offered plainly; no "to keep things moving" (it pretends the meeting was only a means)
        out["alt_call"] = ("Om det passar dig kan vi i stället ta ett kort telefonsamtal." if f
                           else "Vad sägs om ett kort telefonsamtal i stället?")
        out["decline_close"] = ask if plan.alternative in ("call", "later") else ""
    work = work_meeting(s.meeting) and not plan.away and not multi_day and plan.kind != "event"
    for alt in ("shorter", "email", "later"):  # the other offers follow the same rule as the call
        out[f"alt_{alt}"] = T[f"alt.{alt}.work"][0 if f else 1].format(n=s.duration_minutes or "") if work else out["alt_call"]
    return out


# Outings and meals: declined with good wishes, never with an offer.
_SOCIAL = re.compile(r"(turnering|tävling|quiz|padel|utflykt|julbord|after ?work|escape|middag|lunch|frukost|fika|fest|kalas|mingel|bowling|kräftskiva|"
                     r"kickoff|kick-off|konsert|föreställning|match|gala|invigning|jubileum|avtackning|teamdag|personaldag)", re.IGNORECASE)


def _same_time(a: str | None, b: str | None) -> bool:
    """Two typed times that read as the same day and hour ("ons 9 dec efter skolan, typ 16" / "ons 9 dec 16.00")."""
    pa, pb = (_parts(_loose(t)) if t else None for t in (a, b))
    if not pa or not pb or not all(pa) or not all(pb):
        return False
    hour = [re.search(r"\d{1,2}", c) for c in (pa[1], pb[1])]
    day = [re.match(r"\w+ \d{1,2} \w+", d) for d in (pa[0], pb[0])]
    return bool(all(hour) and all(day) and hour[0].group() == hour[1].group() and day[0].group() == day[1].group())


def _call_slots(plan: Plan) -> dict[str, str]:
    s = plan.situation
    # "Sparar vi båda tid" argues for a call only when nothing else does; a sender stuck elsewhere has a reason.
    # With a reason given, the call needs no selling (and promises nothing about what it covers).
    out = {"call_why": "" if s.reason else "Med ett samtal sparar vi båda tid och hinner ändå gå igenom allt ordentligt.", "call_one": ""}
    if len(plan.times) == 1 and not _same_time(s.meeting_time, plan.times[0]):
        # (a proposed time equal to the meeting's own never gets here: the plan says it as "call.times.same"; one typed
        # loosely, "efter skolan, typ 16" and "16.00", is the same time too: never offered again, native review v12)
        out["call_one"] = f"Jag kan också ringa dig{_when(plan.times[0], False)}, om det passar bättre."  # the meeting's own time is implied by the opening
    elif len(plan.times) == 1:  # the same time typed twice: confirmed once in its clear form, not offered as an alternative
        out["call_one"] = f"Jag ringer dig alltså{_when(plan.times[0], False)}."
    return out


# Done in person (a massage, a lesson, a kickoff, an inspection): no "by video or phone" offer for it.
_IN_PERSON = re.compile(
    r"(massage|behandling|klippning|lektion|kickoff|kick-off|besiktning|besök|visning|kurs|utbildning|provtur|"
    r"fotografering|inspelning|rundvandring|workshop|heldag|träning|pass)(?:en|et|n)?\b",
    re.IGNORECASE,
)


def _day_said(meeting: str, time: str) -> str | None:
    """The time without its weekday when the meeting already names that day (a recurring meeting "on Saturdays"):
    the rest of the time, or None when the day is not repeated."""
    typed = time.strip()
    first, _, rest = typed.partition(" ")
    day = when.expand(first, Language.sv).lower().rstrip(".,")
    if day not in _WEEKDAYS or not re.search(rf"\b{day}", meeting, re.IGNORECASE):
        return None
    rest = rest.strip(" ,")
    if re.fullmatch(r"\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?", rest):
        rest = "kl. " + re.sub(r"\s*[-–]\s*", "–", rest)  # a bare hour or span: "kl. 9–11"
    return rest


# A work meeting (a möte, an avstämning, a genomgång, a call): the only kind for which video, phone, an agenda or
# handling points by email is offered. Appointments, services, lessons, meals and outings get none of these.
_WORK = re.compile(
    r"(möte|mötet|möten|avstämning|genomgång|samtal|presentation|demo|uppföljning|planering|styrgrupp|projektgrupp|"
    r"review|sync|dragning|redovisning|intervju|överläggning|förhandling|utvärdering|uppstart|kickoff|kick-off|"
    r"pitch|statusrapport|check-in|teams|zoom|call)",
    re.IGNORECASE,
)
_WORK_IN_PERSON = re.compile(r"(massage|behandling|klippning|lektion|besiktning|besök|visning|kurs|utbildning|provtur|"
                             r"fotografering|inspelning|rundvandring|heldag|träning|pass)(?:en|et|n)?\b", re.IGNORECASE)


def work_meeting(meeting: str | None) -> bool:
    """A work meeting by its words, and not one done in person (a lesson, a treatment, a home visit)."""
    return bool(meeting and _WORK.search(meeting) and not _WORK_IN_PERSON.search(meeting))


_ONE_POINT = r"\b(bara|endast|enda|en punkt|ett beslut|godkänn\w*|bekräft\w*)\b"


_RECURRING = re.compile(r"^(varje|alla)\s+(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:ar)?\b[\s,]*(.*)$", re.IGNORECASE)


def _policy_why(why: str, frame: str) -> str:
    """Why a policy is sent: a cause glued into the frame; a whole sentence typed stands on its own; a note or a
    fragment ("nieuw dit jaar: ...", "– vanaf januari") is never glued as a cause: the policy says it instead."""
    if why.startswith(". ") and re.search(r"(?i)avbokningsregl|villkor|regler", why):
        return ""  # "Här kommer våra avbokningsregler ...": the opening already says so
    if why.startswith(". "):
        return why[2:].rstrip(".") + "."
    # only a cause is glued ("vanaf januari", "från januari" is a note about the policy, never "dit vanaf januari")
    return frame.format(why=why) if why.startswith((" eftersom ", " på grund av ")) else ""


# Shorthand typed for oneself in a meeting phrase: "ang."/"angående"/"rörande"/"betr." (about), "re:".
_ABOUT = re.compile(r"(?:^|\s)(?:ang\.?|angående|rörande|betr\.?|re:?)\s+", re.IGNORECASE)
# A weekday or a recurrence inside the meeting phrase ("varje fredag", "på tisdagar", "kl 10"): said by the time.
_TIME_IN_MEETING = re.compile(
    r"\s*\b(?:varje|alla|varannan|var\s+tredje)\s+(?:mån|tis|ons|tors|fre|lör|sön)dag(?:ar|en|s)?(?:\s*(?:förmiddag|eftermiddag|morgon|kväll)(?:ar|en)?)?\b"
    r"|\s*\b(?:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d{2})?\b",
    re.IGNORECASE,
)


def _someone_else(reason: str, recipient: str) -> str | None:
    """The one person other than the client a note names ("..., Noah var förkyld" -> "Noah"); "" when several are
    named; None when the note names nobody else (the client's own hardship)."""
    own = {w.lower() for w in re.findall(r"[\wåäöÅÄÖ'-]+", recipient)}
    names = [w for w in re.findall(r"(?<=[\s(])([A-ZÅÄÖ][a-zåäöé'-]+)", " " + reason.strip()[1:] if reason.strip() else "")
             if w.lower() not in own and w.lower() not in _PERSONS]
    names = list(dict.fromkeys(re.sub(r"s$", "", n) if n.endswith("s") and n[:-1] in names else n for n in names))
    return None if not names else names[0] if len(names) == 1 else ""


# Days named relative to today or recurring: no calendar date for a subject line (`when.subject_date`).
_RELATIVE = re.compile(r"(?i)\b(varje|alla|varannan|igår|i går|idag|i dag|imorgon|i morgon|i förrgår|i \w+dags)\b")


def _subject_date(meeting_time: str | None) -> str:
    return when.subject_date(meeting_time, Language.sv, _RELATIVE)


def clean_meeting(meeting: str, timed: bool, dated: bool = False) -> str:
    """The meeting phrase as a name, not a note: what follows a comma or sits in brackets (a note to oneself, "vår
    ordinarie tid varannan fredag") goes, "ang." becomes "om", "+" becomes "och", and a weekday, a recurrence or a
    clock time inside it goes when the time is given on its own (it is said once, by the time)."""
    m = re.sub(r"\s*\((?!\d+\s*(?:min|minuter|h|tim|timmar)\b)[^()]*\)", "", meeting.strip())
    m = re.split(r",\s+|\s+[–—|]\s+", m, maxsplit=1)[0].strip()
    m = _product(re.sub(r"\s*\+\s*", " och ", m))
    lead = _ABOUT.match(m)
    m = m[lead.end():] if lead and lead.start() == 0 else _ABOUT.sub(" om ", m)
    if timed:
        kept = _TIME_IN_MEETING.sub("", m).strip(" ,")
        if dated:  # a dated occurrence: "på tisdagar" in the phrase is said by the date
            kept = re.sub(r"\s*\b(?:på|om)\s+(?:mån|tis|ons|tors|fre|lör|sön)dag(?:ar|en|s)?(?:\s*(?:förmiddag|eftermiddag|morgon|kväll)(?:ar|en)?)?\b", "", kept, flags=re.IGNORECASE).strip(" ,")
        m = kept if len(kept) >= 3 else m
    return m.strip() or meeting.strip()


# A purpose or a relative clause typed into the label ("fika på Vete-Katten för att planera vårens upplägg"): a subject
# line names the thing, not what it is for.
_LABEL_TAIL = re.compile(r"(?i)\s+(?:för att|så att|inför att|som|där|eftersom|med syfte att)\s+.*$")
_PAST_DAY = re.compile(r"(?i)^(i (?:mån|tis|ons|tors|fre|lör|sön)dags|igår|i går|i förrgår|i morse|förra veckan)\b")


def subject_label(meeting: str) -> str:
    """The meeting's name for a subject line: the typed label without a purpose or relative clause at its end."""
    m = _clean(meeting)
    cut = _LABEL_TAIL.sub("", m).strip()
    return cut if len(cut.split()) >= 1 and len(cut) >= 3 else m


def _past_day(time: str) -> str:
    """The past day typed ("i fredags kl 15" -> "i fredags"), '' when the time names none."""
    m = _PAST_DAY.match(time.strip())
    return m.group(1).lower() if m else ""


def _pronoun(np: str) -> str:
    """'den' or 'det' for the meeting named before ("vår genomgång" -> den, "vårt samtal", "mötet" -> det): never a
    vague "det" for a common-gender noun (native review v11: "ta det per e-post")."""
    first = np.split(" ", 1)[0].lower()
    if first in ("vår", "din", "er", "min"):
        return "den"
    if first in ("vårt", "ditt", "ert", "mitt"):
        return "det"
    head = re.split(r"\s(?:om|av|för|med|på|i|hos|inför)\s", np + " ", maxsplit=1)[0].split()
    last = head[-1].lower() if head else ""
    if re.search(r"(?:et|t)$", last) and not re.search(r"(?:en|an)$", last):
        return "det"
    if re.search(r"(?:en|an|n)$", last):
        return "den"
    return "det"


# Whole and half hours are said in words ("en timme", not "60 minuter", native review v11); the rest in minutes.
_HOURS = {60: "en timme", 90: "en och en halv timme", 120: "två timmar", 180: "tre timmar"}  # ("30 minuter" is natural too)


def duration(minutes: int | None) -> str:
    """'en timme' for 60, 'en och en halv timme' for 90, '45 minuter' for 45; '' when no length is given."""
    if not minutes:
        return ""
    return _HOURS.get(int(minutes), f"{minutes} minuter")


# A note about the client (never said to the client, native review v12): "kunden"/"klienten" as the subject, or the
# client's doings typed without a subject ("har bokat om tre gånger", "har uteblivit två gånger", "avbokar ofta").
_CLIENT_NOTE = re.compile(
    r"^\s*(?:(?:kunden|kunderna|klienten|klienterna|patienten|eleven|föräldrarna|föräldern)(?![\w-])|"
    r"(?:har|hade)\s+(?:\w+\s+)?(?:bokat om|ombokat|avbokat|ställt in|uteblivit|inte kommit|missat|glömt|kommit för sent)(?![\w-])|"
    r"(?:avbokar|bokar om|uteblir|ställer in|glömmer|missar)(?![\w-]))",
    re.IGNORECASE,
)


def client_note(reason: str | None) -> bool:
    """The reason is the user's note about the client (family 2 of v12): left out, the frame says what it needs."""
    return bool(reason and _CLIENT_NOTE.match(reason))


# The words that open a clause or a phrase glued after a comma (subject, determiner, connective): not a loose note.
_OPENS_PHRASE = re.compile(r"^(?:jag|vi|du|ni|han|hon|hen|de|det|den|detta|min|mitt|mina|vår|vårt|våra|en|ett|eftersom|för att|"
                           r"så|och|men|på grund av|pga\.?|p\.g\.a\.?|till|från|fram till|med|utan|då)(?![\w-])", re.IGNORECASE)


def _clipped(reason: str) -> str:
    """A verbless note typed after a comma ("föräldraledig från 14 december, födsel av vårt andra barn"): the clause
    alone, never a telegraphic fragment glued into a sentence (native review v12)."""
    if not (m := re.match(r"^(.*\S)\s*,\s*([^,]+?)[.!]?$", reason.strip())):
        return reason
    head, tail = m.group(1), m.group(2)
    finite = lambda t: any(w in _FINITE or _VERB_FORM.match(w) for w in re.findall(r"[a-zåäö]+", t.lower()))
    if finite(tail) or _OPENS_PHRASE.match(tail) or len(head.split()) < 3 or not finite(head):
        return reason
    return head


# A cause typed with its own decision to use e-mail ("eftersom X skickar jag allt på mejl"): the cause, then the decision.
_EMAIL_DECIDED = re.compile(r"(?i)^(eftersom|då)\s+(.+?),?\s+(?:(?:mejl|mail)\w*\s+(?:jag|vi)\b|\w+\s+(?:jag|vi)\b[^.]*\b(?:mejl\w*|mail\w*|e-post\w*|e-mail\w*)\b)[^.]*\.?$")
# The note says the client let nobody know ("jag har inte fått något sms", "hörde aldrig av sig", "ingen avbokning").
_UNHEARD = re.compile(r"(?i)\b(?:inte\s+(?:fått|fick|hört|hörde)\s+(?:något|någon|nåt|några)|(?:fick|fått)\s+(?:inget|inga|ingen)|"
                      r"inget\s+(?:sms|meddelande|besked|samtal|mejl|mail)|ingen\s+(?:avbokning|återkoppling)|"
                      r"hörde\s+(?:inte|aldrig)\s+av\s+sig|utan\s+att\s+(?:höra\s+av\s+sig|avboka|meddela))")


def _noshow_hope(plan: Plan) -> dict[str, str]:
    """How the no-show mail goes on after "we missed you": one person signs "Jag" (a gym, a studio signs "Vi"); a note
    that nobody let us know is said plainly, then why we write ("så jag ville bara höra att allt är bra")."""
    s, f = plan.situation, plan.formal
    me = one_person(s.sender_name)
    we, ours = ("Jag", "jag") if me else ("Vi", "vi")
    hope = ", och jag hoppas att allt är bra med dig." if f else " – hoppas att allt är bra!"
    if s.reason and _UNHEARD.search(s.reason):
        medium = "sms" if _SMS.search(s.reason) else "besked"
        hope = (f". {we} fick inget {medium} från dig, så {ours} ville höra att allt är bra med dig." if f
                else f". {we} fick inget {medium} från dig, så {ours} ville bara höra att allt är bra!")
    return {"noshow_we": we, "noshow_hope": hope}


# Met in person by nature (a meal, a visit, a tour): "det hela" is handled by e-mail, never "den [lunchen]".
_NOT_BY_MAIL = re.compile(r"(?i)\b(?:\w*(?:lunch|frukost|fika|besök)\w*|(?:middag|visning|rundvandring|mingel|afterwork)\w*)")
_AHEAD_DATE = re.compile(r" på ((?:mån|tis|ons|tors|fre|lör|sön)dag) (\d{1,2} (?:januari|februari|mars|april|maj|juni|juli|augusti|"
                         r"september|oktober|november|december))")
_TYPED_PAST = re.compile(r"(i (?:mån|tis|ons|tors|fre|lör|sön)dags) (\d{1,2} [a-zåäö]+)")
_SMS = re.compile(r"(?i)\bsms")
_ONE_LEAVE = re.compile(r"^Jag \w+ [^.!?,;:–]*$")  # one plain first-person sentence, no second clause or date range
_HALF = re.compile(r"(?i)\bhalva\b")
_SPACE_BEFORE = re.compile(r"\s+([,)])")
_MONTH_NAMES = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                "november", "december")
# A period typed with numeric dates in a note ("pappaledig 16/12–10/1", "sjukskriven t.o.m. 3/2"): said with the month
# written out and "den" ("från den 16 december till den 10 januari"), never "16/12–10/1" in prose (native review v15).
_NUM_RANGE = re.compile(r"(?i)\b(?:från\s+|mellan\s+)?(\d{1,2})/(\d{1,2})\s*(?:[–-]|till|och)\s*(\d{1,2})/(\d{1,2})\b(?!/)")
_NUM_AFTER = re.compile(r"(?i)\b(till och med|t\.o\.m\.|från och med|fr\.o\.m\.|från|till|efter)\s+(\d{1,2})/(\d{1,2})\b(?!/)")


def _month(m: str) -> str | None:
    return _MONTH_NAMES[int(m) - 1] if 1 <= int(m) <= 12 else None


def _dates_in_words(note: str) -> str:
    def rng(m: re.Match[str]) -> str:
        a, b = _month(m.group(2)), _month(m.group(4))
        return f"från den {int(m.group(1))} {a} till den {int(m.group(3))} {b}" if a and b else m.group(0)

    def one(m: re.Match[str]) -> str:
        month = _month(m.group(3))
        lead = {"t.o.m.": "till och med", "fr.o.m.": "från och med"}.get(m.group(1).lower(), m.group(1))
        return f"{lead} den {int(m.group(2))} {month}" if month else m.group(0)

    return _NUM_AFTER.sub(one, _NUM_RANGE.sub(rng, note))


# A meeting phrase left as a lone possessive: the meeting named plainly.
_BARE_OWNER = {"vår": "vårt möte", "vårt": "vårt möte", "våra": "vårt möte", "min": "mitt möte", "mitt": "mitt möte",
               "din": "din tid", "ditt": "din tid", "dina": "din tid", "er": "din tid", "ert": "din tid", "era": "din tid"}


def slots(plan: Plan) -> dict[str, Any]:
    late_rebook = _late_rebook(plan)  # read from the label as typed ("på onsdagar" is tidied away below)
    if not plan.client_side and client_note(plan.situation.reason):
        plan = replace(plan, situation=plan.situation.model_copy(update={"reason": None}))
    if plan.situation.reason and (plain := without_asides(plan.situation.reason)) != plan.situation.reason:
        plan = replace(plan, situation=plan.situation.model_copy(update={"reason": plain or None}))
    if plan.situation.reason and (said := _dates_in_words(plan.situation.reason)) != plan.situation.reason:
        plan = replace(plan, situation=plan.situation.model_copy(update={"reason": said}))
    plan, then = noted(plan, "sv")  # the typed note made a clause first; a promise in it said after the request
    if not plan.client_side and plan.situation.reason and (head := _clipped(plan.situation.reason)) != plan.situation.reason:
        plan = replace(plan, situation=plan.situation.model_copy(update={"reason": head}))
    if plan.situation.meeting and (bare_owner := _BARE_OWNER.get(plan.situation.meeting.strip().lower())):
        # a weekday compound the shared time cleaner took for the day ("vår måndagsavstämning" -> "vår"): the meeting
        # named plainly ("vårt möte"), never a dangling "korta vår på måndag"
        plan = replace(plan, situation=plan.situation.model_copy(update={"meeting": bare_owner}))
    timed, dated = bool(plan.situation.meeting_time), bool(_subject_date(plan.situation.meeting_time))
    if plan.situation.meeting and (tidy := clean_meeting(plan.situation.meeting, timed, dated)) != plan.situation.meeting:
        plan = replace(plan, situation=plan.situation.model_copy(update={"meeting": tidy}))
    if plan.situation.meeting and plan.client_side and (bare := _labels.without_place(plan.situation.meeting, Language.sv)) != plan.situation.meeting:
        plan = replace(plan, situation=plan.situation.model_copy(update={"meeting": bare}))  # "de intake van vrijdag", not "… bij ons op de praktijk van vrijdag"
    if plan.situation.meeting and plan.client_side and (own := _THEIR_OWN.sub(lambda m: _YOURS[m.group(1).lower()] + " ", plan.situation.meeting, count=1)) != plan.situation.meeting:
        plan = replace(plan, situation=plan.situation.model_copy(update={"meeting": own}))  # their cancelled booking: "din första rådgivning"
    if plan.situation.meeting and (own := _yours(plan.situation.meeting)) != plan.situation.meeting:
        plan = replace(plan, situation=plan.situation.model_copy(update={"meeting": own}))
    s = plan.situation
    out: dict[str, Any] = {"at": lambda t: _when(t, False).strip(), "n": s.duration_minutes or "", "away_contact": "",
                           "dur": duration(s.duration_minutes),
                           "thanks": "Tack för din förståelse." if s.intent is Intent.reschedule else ""}
    in_person = not work_meeting(s.meeting)
    group = bool(s.meeting and re.search(r"(kurs|utbildning|workshop|träning|klass)", s.meeting, re.IGNORECASE))
    out["purpose"] = ("På så sätt kan vi hålla din plats i gruppen." if group  # a course has a place, not a reserved time
                      else "På så sätt kan vi hålla den avsatta tiden reserverad för dig." if plan.formal
                      else "På så sätt kan vi hålla tiden reserverad för dig.")
    # No promised agenda or follow-up by e-mail (nobody made that promise); only a short mail gets a plain hope.
    out["agenda"] = "" if not plan.filler or in_person else ('Jag hoppas att ett kortare möte fungerar bra även för dig.' if plan.formal else 'Hoppas att ett kortare möte funkar för dig också.')
    out["video"] = "" if in_person or plan.kind == "call" else (  # a call stays a call: no "video or phone" offer for it
        "Vi kan också ses via video eller ta mötet per telefon, om det är smidigare." if plan.formal
        else "Det går också bra med video eller telefon om det är smidigare för dig.")
    out.update(_reason_slots(plan))
    if s.intent is Intent.switch_to_email and s.reason and (cause := _EMAIL_DECIDED.match(_clean(s.reason))):
        # "eftersom det mest gäller priser skickar jag allt på mejl": the frame already proposes e-mail, so only the
        # cause is glued ("… på mejl i stället eftersom det mest gäller priser"), never "på mejl" twice (native review v16)
        out.update(why=f" eftersom {cause.group(2)}", pre="", why_end="", post="")
    said_after(out, then)
    if s.client_move is not None and s.client_move.value == "counter" and s.reason and (main := main_clause(s.reason)):
        # their time turned down: the reason said as a sentence of its own after the no ("Lördagarna är nämligen
        # fullbokade ...", native review v12: "passar mig inte" alone hides why), never glued into the refusal
        out["why_own"] = linked(main)
    out["policy_why"] = _policy_why(out["why"], ('Jag tar upp det nu{why}.', 'Jag tar upp det nu{why}.')[0 if plan.formal else 1])
    # A summary of key points only when there are points: not for one approval or one question.
    out["summary"] = "" if re.search(_ONE_POINT, s.reason or "", re.IGNORECASE) else T["email.summary.full"][0 if plan.formal else 1]
    if s.reason and plan.client_side:
        out["sorry"] = understanding(s.reason, plan.formal, past=plan.past, no_show=s.intent is Intent.no_show_followup)
        if (other := _someone_else(s.reason, s.recipient_name)) is not None and _HARD_ILL.search(s.reason):
            # the note names who was ill ("Noah var förkyld"): the wish goes to them, never to the parent
            out["sorry"] = (f"Jag önskar {other} god bättring." if plan.formal else f"God bättring till {other}!") if other else (
                "Jag hoppas att alla mår bättre nu." if plan.formal else "Hoppas att alla mår bättre nu!")
    if s.meeting:
        out["m"] = _invited_np(plan) if s.intent is Intent.decline else _meeting_np(plan)
        out["mw"] = out["m"] + _when(s.meeting_time, plan.past)
        if s.meeting_time and (head_dated := _labels.dated(out["m"], _when(s.meeting_time, plan.past), Language.sv)):
            out["mw"] = head_dated  # "julmiddagen på Grand Hôtel på torsdag ...", never "som X bjuder på på torsdag"
        if s.meeting_time and (rest := _day_said(s.meeting, s.meeting_time)) is not None:
            said = _when(rest, plan.past) if rest else ""
            if said_in_order(s.meeting_time, s.meeting + said):  # the typed day and time still read in order
                out["mw"] = out["m"] + said  # "körlektionerna på lördagar kl. 9–11", not "… på lördagar på lördag …"
        if s.meeting_time and (rec := _RECURRING.match(s.meeting_time.strip())):
            # "varje tisdag kl 7": the recurrence said once ("PT-passen på tisdagar kl. 7"), never "(varje tisdag)"
            day, rest = rec.group(2).lower(), rec.group(3).strip()
            said = f" {rec.group(1).lower()} {day}" + (_when(rest, plan.past) if rest else "")
            base = re.sub(rf"\s+(?:på|om) {day}ar(?:na)?\b", "", out["m"], flags=re.IGNORECASE)  # "PT-passen varje tisdag kl. 7"
            if said_in_order(s.meeting_time, said):
                out["mw"] = base + said
        # shorthand kept as typed inside brackets ("(varannan onsdag kl 15, ...)"): "kl." with its full stop, "13.00" not "13:00"
        out["mw"] = re.sub(r"\bkl (?=\d)", "kl. ", out["mw"])
        out["mw"] = re.sub(r"(?<=kl\. )(\d{1,2}):(\d{2})\b", r"\1.\2", out["mw"])
        out["M"] = _upper_first(out["m"])
        # the cleaned meeting, and its date read from its value: "Styrgruppsmötet den 9 december"
        label_src = s.meeting.strip()
        if s.intent is Intent.switch_to_call and (pm := _PLACE.match(label_src)) and pm.group("topic"):
            label_src = f"{pm.group('head')} {pm.group('topic')}"  # the place the call replaces is not in the subject
        label_src = re.sub(r"^(?:din|dina|ditt|er|ert|era)\s+(?=\w)", "", label_src, flags=re.IGNORECASE)  # "Er nybesökstid": the possessive goes
        label = _labels.subject_label(subject_label(label_src), Language.sv)  # the head only (people and places go)
        out["Mt"] = _upper_first(label) + (f" den {d}" if len(label.split()) <= 3 and (d := _subject_date(s.meeting_time)) else "")
        out["sub_late"] = _late_subject(label, _past_day(s.meeting_time) if s.meeting_time else "", _subject_date(s.meeting_time)) or f"{out['Mt']}: din avbokning"
        if s.intent is Intent.no_show_followup and plan.formal and s.meeting_time and (day := _past_day(s.meeting_time)):
            out["Mt"] = _upper_first(label) + f" {day}"  # "Samtalet i fredags": what it is about, no verdict ("missad tid")
    if s.intent is Intent.decline:
        out.update(_decline_slots(plan))
    if s.intent is Intent.switch_to_call:
        out.update(_call_slots(plan))
    if s.colleague_name:  # "min kollega Anders Wall": a title is not used inside a Swedish sentence
        typed, role = _name_and_role(s.colleague_name)  # "Lisa Berg, art director", "Lisa Berg – AD", "Lisa Berg (AD)"
        name = parse_name(typed if role.strip() else s.colleague_name)
        full = name.full or (typed if role.strip() else s.colleague_name)
        bare = (typed if role.strip() else s.colleague_name).strip()
        name_only = full
        if name.title and (prof := re.match(r"^(\S+\.?\s+[a-zåäö][\wåäö-]*)\s+[A-ZÅÄÖ]", bare)):
            full = prof.group(1)[:1].lower() + bare[1:]  # "Leg. psykolog Sofia ...": a professional title kept as typed
            name_only = bare[len(prof.group(1)):].strip()
        out["c"] = f"{full}, {role.strip()}," if role.strip() else full  # the apposition between commas
        out["c_end"] = out["c"].rstrip(",")  # at the end of a sentence
        out["c_name"] = name_only  # a subject line names the colleague only, never the role
        if re.match(r"(?i)(min|vår) (kollega|medarbetare)\b", role.strip()):
            # "min kollega på mottagningen" typed as the role: said once, first ("min kollega på mottagningen, X,")
            out["mk_c"] = f"{role.strip()}, {full},"
        else:
            out["mk_c"] = f"min kollega {out['c']}"
        out["mk_c_end"] = out["mk_c"].rstrip(",")
        out["c1"] = name.given_name or name_only  # then the first name (Swedish du-mail): "Lisa", never the name and role again
        title, plain = _colleague_title(typed if role.strip() else s.colleague_name)
        if title:  # "Tekn. dr Sara Nyborg": a title is not used inside a Swedish sentence (nor in the subject)
            out["c"] = f"{plain}, {role.strip()}," if role.strip() else plain
            out["c_end"], out["c_name"] = out["c"].rstrip(","), plain
            out["c1"] = plain.split()[0]
            if not re.match(r"(?i)(min|vår) (kollega|medarbetare)\b", role.strip()):
                out["mk_c"] = f"min kollega {out['c']}"
                out["mk_c_end"] = out["mk_c"].rstrip(",")
        if plan.away and not plan.brief_colleague:  # away: the colleague is the contact, said once (never an abrupt end)
            out["away_contact"] = f" Du kan vända dig direkt till {out['c1']} med dina frågor."
    if s.meeting and s.meeting_time and s.intent in _ONE_OFF and (rec := _RECURRING.match(s.meeting_time.strip())):
        # a recurring time in a one-off request ("varje måndag kl 8.30"): this one, "på måndag kl. 8.30"
        said = f"på {rec.group(2).lower()}" + (_when(rec.group(3).strip(), plan.past) if rec.group(3).strip() else "")
        if when._faithful(s.meeting_time, said, Language.sv):
            out["mw"] = f"{out['m']} {said}"
    out["mw"] = _SPACE_BEFORE.sub(r"\1", _series(str(out.get("mw", "")), s))  # "(varannan onsdag, nästa gång …)", never " ,"
    out.update(_delegate(plan, out))
    out["welcome"] = _welcome(plan)
    out["courtesy"] = _courtesy(plan)
    out["call_q"] = _call_question(plan, out)
    out["qm"] = "?"
    if s.intent is Intent.switch_to_call and str(out.get("why_end", "")).startswith(" på grund av ") and not out.get("pre") and (
            first := _np_first(out["call_q"], str(out["why_end"]))):
        out["call_q"], out["why_end"], out["qm"] = first[:-1], "", "."
    out["shorten_open"] = _shorten(plan, out)
    out["about"] = "Angående" if _echoes("gäller", s.reason) else "När det gäller"
    out["it"] = _pronoun(str(out.get("m", "")))
    if s.client_move is not None:
        out["move_named"] = _move_named(s, plan.formal, str(out.get("mw", "")))
        out["mw_from"] = _MOVED_FROM.sub(" från ", str(out.get("mw", "")), count=1)  # "flytta … från tisdag", never "på tisdag"
    if s.meeting and _NOT_BY_MAIL.search(s.meeting):  # a lunch or a visit is not "taken by e-mail": what it was for is (v16)
        out["it"] = "det hela"
    # (friendly: none, never a second "hoppas" after the opening's, native review v16; a short mail gets its courtesy)
    out["noshow_close"] = "" if not plan.times or not plan.formal else "Jag ser fram emot att höra från dig."
    if s.intent is Intent.no_show_followup:
        out.update(_noshow_hope(plan))
    out["instead_e"] = "" if _echoes("istället", s.reason) else " i stället"
    out.update(_policy_openings(plan))
    out["late_rebook"] = late_rebook
    kin = _kin_ill(s.reason, plan.formal)
    out["late_ack"] = kin or ("Jag hoppas att allt är bra med dig." if plan.formal else "Tråkigt att det inte gick!")
    out["late_ack_plain"] = kin or ("Jag hoppas att allt är bra med dig." if plan.formal else "Hoppas att allt är bra!")
    if kin and s.reason and plan.client_side:
        out["sorry"] = kin
    # a short shorten draft says what the shorter time still gives (`shorten.rest`), never the key-client filler
    # "Vårt samarbete betyder mycket för mig": the essentials of a work meeting, the most of a session or a booking
    out["rest"] = ("Då hinner vi ändå med det viktigaste, och resten kan vi ta på mejl." if plan.work
                   else "Jag ser till att vi får ut så mycket som möjligt av tiden.")
    return out


_KIN_WORDS = ("barnet", "sonen", "dottern", "lillen", "lillan", "bebisen")


def _kin_ill(reason: str | None, formal: bool) -> str:
    """The client's child was ill ("sms kl 16, barnet sjukt", "vabb"): wished well by the word typed ("barnet"), never a
    cool "Tråkigt att det inte gick". "" when the note names no ill child (or names someone by name)."""
    if not reason or not _HARD_ILL.search(reason) or re.search(r"(?<=\s)[A-ZÅÄÖ][a-zåäö]+", reason):
        return ""
    kin = next((k for k in _KIN_WORDS if re.search(rf"(?i)\b{k}\b", reason)), None)
    if not kin:
        return ""
    return f"Jag hoppas att {kin} mår bättre nu." if formal else f"Tråkigt att det blev så – hoppas att {kin} mår bättre nu!"


# One-off requests: a recurring time is said as this occurrence.
_ONE_OFF = frozenset({Intent.switch_to_email, Intent.switch_to_call, Intent.shorten, Intent.reschedule})

# A meeting that recurs ("varje lördag", "varannan torsdag"): a hand-over or a policy is about the series, so its noun
# is plural ("styrgruppsmötena", "ridlektionerna på lördagar").
_SERIES_TIME = re.compile(r"(?i)^(?:varje|varannan|alla|var tredje|var fjärde|en gång i)\b|^på \w+dagar\b")
_PLURAL_END = (("mötet", "mötena"), ("passet", "passen"), ("samtalet", "samtalen"), ("lektionen", "lektionerna"),
               ("träningen", "träningarna"), ("behandlingen", "behandlingarna"), ("genomgången", "genomgångarna"),
               ("sessionen", "sessionerna"), ("timmen", "timmarna"))


def _series(mw: str, s: Situation) -> str:
    if not mw or not s.meeting_time or not _SERIES_TIME.match(s.meeting_time.strip()) or s.intent in _ONE_OFF:
        return mw
    head, sep, rest = mw.partition(" ")
    for one, many in _PLURAL_END:
        if head.lower().endswith(one):
            head = head[: -len(one)] + many
            break
    rest = re.sub(r"(?i)^varje (måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)\b", r"på \1ar", rest)  # "ridlektionerna på lördagar"
    return head + sep + rest


# Titles typed before a colleague's name ("Tekn. dr", "Docent", "Dr."): left out mid-sentence.
_TITLE_WORDS = frozenset("dr dr. docent professor prof. prof leg. tekn. med. fil. jur. ekon. civ.ing. herr fru doktor".split())


def _colleague_title(typed: str) -> tuple[str, str]:
    """("tekn. dr", "Sara Nyborg") from "Tekn. dr Sara Nyborg"; ("", typed) without a title. "Herr"/"Fru" are no title
    to repeat and go."""
    words = typed.strip().split()
    i = 0
    while i < len(words) - 1 and (words[i].lower() in _TITLE_WORDS or words[i].endswith(".")):
        i += 1
    if i == 0 or i >= len(words) or not words[i][:1].isupper():
        return "", typed.strip()
    title = " ".join(w.lower() for w in words[:i] if w.lower() not in ("herr", "fru"))
    return title, " ".join(words[i:])


def _stem(word: str) -> str:
    """One spelling for a word: "i stället"/"istället", "e-post"/"mejl"/"mail" are one word here."""
    w = word.lower().replace("-", "")
    return {"epost": "mejl", "mail": "mejl", "email": "mejl", "mejla": "mejl"}.get(w, w)


def _echoes(frame_words: str, typed: str | None) -> bool:
    """A word of the frame (or another spelling of it) is in the user's text: the frame's goes, so the same word never
    stands in two adjacent sentences ("i stället ... istället", "När det gäller ... Det gäller")."""
    if not typed:
        return False
    text = re.sub(r"(?i)\bi stället\b", "istället", typed)
    said = {_stem(w) for w in _WORD.findall(text)}
    return any(_stem(w) in said for w in frame_words.split())


_WEEKEND = re.compile(r"\b(lör|sön)(?:dag(?:en)?)?\b|\bhelg", re.IGNORECASE)
_WEEK_SAID = re.compile(r"vecka|veckan|veckor", re.IGNORECASE)
_WISHES = {  # the one closing wish of a short mail (formal, friendly); which one: `plan.wish`
    "ask": ("Tack så mycket på förhand för din förståelse.", "Passar det inte, så hittar vi en annan lösning!"),  # never a thanks that presumes the yes (v16)
    "weekend": ("Jag önskar dig en riktigt trevlig helg.", "Jag hoppas att du får en riktigt trevlig helg!"),
    "week": ("Jag önskar dig en fin vecka.", "Jag hoppas att du får en riktigt bra vecka!"),
    "soon": ("Jag hoppas att vi ses snart igen.", "Jag hoppas verkligen att vi ses snart igen!"),
}
# A new contact has not been met yet: no "igen" (v14 review); a decline turned an invitation down: "another time".
_SOON_NEW = ("Jag hoppas att vi ses vid ett annat tillfälle.", "Hoppas att vi ses en annan gång!")


# The client's own missed or cancelled appointment already opens with a wish ("hoppas att allt är bra",
# "Hopelijk is er niets vervelends aan de hand"): a second one before the sign-off makes three in four lines, so the
# short mail's extra line is an open door instead.
_WISHED = frozenset({Intent.no_show_followup, Intent.late_cancellation})


def _courtesy(plan: Plan) -> str:
    if plan.situation.intent in _WISHED:
        return "Hör gärna av dig om du har några frågor." if plan.formal else "Hör av dig om det är något!"  # an open door, not a third wish
    key = wish(plan, _WEEKEND, _WEEK_SAID)
    formal, friendly = _SOON_NEW if key == "soon" and _not_met(plan) else _WISHES[key]
    return formal if plan.formal else friendly


def _not_met(plan: Plan) -> bool:
    """No "see you again": the contact is new, or the mail turns their invitation down."""
    return plan.situation.relationship is Relationship.new or plan.situation.intent is Intent.decline


_FIRST_MEETING = re.compile(r"provlektion|provträning|provpass|introduktion|första (?:lektion|träff|tid|mötet|möte)|kennismak|intro\b", re.IGNORECASE)


def _welcome(plan: Plan) -> str:
    """The new contact's closing line by relationship stage: "samarbete" only where the mail says we will work
    together (a policy notice to a new client); an interview looks forward to the conversation; a trial lesson or a
    service to meeting; a work meeting to the conversation."""
    s, f = plan.situation, plan.formal
    if s.intent is Intent.decline:  # the invitation is turned down: thanks again, never "looking forward to meeting"
        return "Tack än en gång för inbjudan." if f else "Tack igen för att du tänkte på mig!"
    if s.intent is Intent.cancellation_policy:
        return "Jag ser mycket fram emot vårt samarbete." if f else "Jag ser verkligen fram emot att jobba ihop."
    if s.meeting and re.search(r"intervju|anställningssamtal|rekrytering", s.meeting, re.IGNORECASE) or s.intent is Intent.switch_to_call:
        return "Jag ser fram emot vårt samtal." if f else "Jag ser verkligen fram emot vårt samtal!"
    if (s.meeting and _FIRST_MEETING.search(s.meeting)) or not work_meeting(s.meeting):
        return "Jag ser fram emot att träffa dig." if f else "Jag ser verkligen fram emot att ses!"
    return "Jag ser fram emot vårt möte." if f else "Jag ser verkligen fram emot att ses!"


# A place typed after the meeting ("intervjun här hos oss i Göteborg", "mötet på kontoret"): for a call it is what is
# replaced, not the meeting itself.
_PLACE = re.compile(
    r"^(?P<head>.+?)\s+(?P<place>(?:här\s+|där\s+)?(?:hos\s+(?:oss|dig|er|mig)(?:\s+(?:i|på)\s+[\wåäöÅÄÖ-]+)?|"
    r"på\s+(?:kontoret|plats|mottagningen|salongen|studion)|i\s+[A-ZÅÄÖ][\wåäö-]+|"
    # a named venue ("på Espresso House vid Odenplan", v14 review), never a video tool
    r"på\s+(?!(?:Teams|Zoom|Skype|Meet|Webex|FaceTime|Whats[Aa]pp)\b)[A-ZÅÄÖ][\wåäö&'-]*(?:\s+[A-ZÅÄÖ][\wåäö&'-]*)*"
    r"(?:\s+(?:vid|på|i)\s+[A-ZÅÄÖ][\wåäö-]+)?))"
    # a topic typed after the place ("mötet på kontoret om bokslutet"): it stays with the head
    r"(?:\s+(?P<topic>(?:om|kring|angående|inför)\s+.+))?$"
)


_VISIT = re.compile(r"(?i)^(?:mitt |vårt |ditt |ert |ett )?[\wåäö-]*(?:besök|besöket|visning|visningen|rundvandring|rundvandringen)\b")
# A noun-phrase cause before a call proposal: said first, the proposal as an indirect question ("undrar jag om ...").
_ASK_LEAD = re.compile(r"^(?:Skulle det gå bra att vi tar|Skulle det gå bra att vi håller|Vad sägs om att vi tar) ")


def _np_first(question: str, why_np: str) -> str:
    """'På grund av snöoväder undrar jag om vi kan ta ett telefonsamtal i stället för ….': the cause first, never glued
    after the question ("… i stället för i Köping på grund av snöoväder?", native review v16)."""
    if not (m := _ASK_LEAD.match(question)):
        return ""
    verb = "hålla" if "håller" in m.group(0) else "ta"
    return f"{_upper_first(why_np.strip())} undrar jag om vi skulle kunna {verb} {question[m.end():]}."


def _call_question(plan: Plan, out: dict[str, Any]) -> str:
    """The call proposal. A meeting typed with its place ("intervjun här hos oss i Göteborg") is held by phone instead
    of there ("håller intervjun ... per telefon i stället för här hos oss i Göteborg"): the call IS that meeting; a
    replaced meeting would read as cancelled. Otherwise the meeting is what the call replaces."""
    s, f = plan.situation, plan.formal
    if s.meeting and (m := _PLACE.match(s.meeting.strip())) and not (
            m.group("place")[3:4].isupper() and not m.group("topic") and not work_meeting(m.group("head"))) and not (
            _VISIT.match(m.group("head"))):  # a visit is not held by phone: a call replaces it (below)
        # (a lunch at a named restaurant is not held by phone: a call replaces it, below)
        typed_head = m.group("head") + (f" {m.group('topic')}" if m.group("topic") else "")
        head = _meeting_np(replace(plan, situation=s.model_copy(update={"meeting": typed_head})))
        if not head.startswith("vårt möte om "):
            time = _when(s.meeting_time, plan.past) if s.meeting_time else ""
            return (f"Skulle det gå bra att vi håller {head}{time} per telefon i stället för {m.group('place')}" if f
                    else f"Vad sägs om att vi tar {head}{time} per telefon i stället för {m.group('place')}")
    mw = out.get("mw", "")
    if work_meeting(s.meeting):  # "tar mötet per telefon": never a long noun phrase between "ersätter" and "med"
        return (f"Skulle det gå bra att vi tar {mw} per telefon i stället" if f
                else f"Vad sägs om att vi tar {mw} på telefon i stället")
    # the call first, the meeting last: a long label never stands between "ersätter" and "med" (native review v11)
    return (f"Skulle det gå bra att vi tar ett telefonsamtal i stället för {mw}" if f
            else f"Vad sägs om att vi tar ett telefonsamtal i stället för {mw}")


_LIMITING = re.compile(r"\b(bara|endast|inte|måste|ingen|inget|inga|tyvärr|hinner)\b", re.IGNORECASE)


def _shorten(plan: Plan, out: dict[str, Any]) -> str:
    """The request for a shorter meeting. A first-person sentence typed as the reason that says a limit ("Jag har bara en
    halvtimme över den dagen.") comes first, with "tyvärr" ("Tyvärr har jag bara ..., så jag skulle vilja korta ..."):
    after the request it only restated the length."""
    s, f = plan.situation, plan.formal
    # "till 20 minuter" reads to the fact model as "until 20:00" (a new clock time): "till bara 20 minuter" for a
    # length that is also an hour of the day (HOOK for the facts owner: a number before "minuter" is no clock)
    to = "till bara" if s.duration_minutes and s.duration_minutes <= 24 else "till"
    ask = (f"jag skulle vilja föreslå att vi kortar {out.get('mw', '')} {to} {out.get('dur', '')}" if f
           else f"jag skulle vilja korta {out.get('mw', '')} {to} {out.get('dur', '')}")
    why = str(out.get("why", ""))
    m = re.match(r"^\. (Jag|Vi) (\w+) (.+)$", why.replace(" nämligen ", " ", 1))  # said first, it needs no link word
    if m and m.group(2).lower() in _FINITE | set(MODALS) | set(AUXILIARIES) and _LIMITING.search(m.group(3)) and "," not in m.group(3):
        rest = re.sub(r"(?i)^tyvärr\s+", "", m.group(3)).rstrip(".")
        return f"Tyvärr {m.group(2).lower()} {m.group(1).lower()} {rest}, så {ask}."
    return _upper_first(ask) + f"{why}."


# A new client's booking named in the note ("bokat gellack + förlängning", "bokning av massage", "första tiden").
_BOOKED_ITEM = re.compile(r"(?i)\b(?:bokat:?|bokning av|bokat in)\s+(?:en\s+|ett\s+)?([^,.;]+)")
_BOOKED = re.compile(r"(?i)\b(?:bokat|bokning|första tid\w*|ny kund)\b")
_FIRM = re.compile(r"(?i)\b(ab|byrå|konsult\w*|revision|advokat\w*|redovisning)\b")  # a business client: no consumer welcome


def _welcome_new(plan: Plan) -> str:
    """A policy notice to a new client opens by welcoming them and naming their booking when the note says one
    (v13 review: the policy alone reads cold); '' otherwise."""
    s, f = plan.situation, plan.formal
    if s.relationship.value != "new" or work_meeting(s.meeting) or _FIRM.search(s.sender_name or ""):
        return ""
    # (the typed note: the shared plan drops a note about the client from `reason`; `typed_reason` is the hook asked of it)
    note = getattr(plan, "typed_reason", None) or s.reason or ""
    hello = "Välkommen som ny kund." if f else "Varmt välkommen som ny kund!"
    if not (_BOOKED.search(note) or _BOOKED_ITEM.search(note)):
        return f"{hello} "
    if m := _BOOKED_ITEM.search(note):
        item = re.sub(r"\s*[+&]\s*", " och ", m.group(1).strip())
        return f"{hello} " + (f"Tack för din bokning av {item}." if f else f"Vad roligt att du har bokat {item}!") + " "
    return f"{hello} " + ("Tack för din bokning." if f else "Vad roligt att du har bokat en tid hos oss!") + " "


# A policy note that only says what the rules cover ("för drejkurserna i vår", "gällande kurserna från februari").
_SCOPE = re.compile(r"(?i)^(för|gällande|inför)\s+((?:de |den |det |alla |våra |dina |era )?[\wåäö-]+(?:\s+[\wåäö-]+){0,5})$")


def _policy_openings(plan: Plan) -> dict[str, str]:
    """The policy openings, the new client's after the welcome (`_welcome_new`)."""
    said = _policy_openings_said(plan)
    if plan.situation.meeting is None and (change := rule_change(plan.situation.reason, "sv", plan.formal)):
        said = {"policy_open_new": change, "policy_open_standalone": change, "policy_why": ""}  # new rules: said first
    if hello := _welcome_new(plan):
        said["policy_open_new"] = hello + said["policy_open_new"]
    if not one_person(plan.situation.sender_name):  # an organisation signs: "vi", never "jag" (native review v16, nl)
        said = {k: _JAG_VILL.sub("Vi vill", v) for k, v in said.items()}
    return said


_JAG_VILL = re.compile(r"\bJag vill\b")


def _policy_openings_said(plan: Plan) -> dict[str, str]:
    """A policy notice's opening. A time or cause clause typed as the reason ("nu när du har bokat din första tid")
    goes first, the opening in inverted order after it ("Nu när ... kommer här ..."): never a bare clause after it."""
    s, f = plan.situation, plan.formal
    new = ("Här kommer våra avbokningsregler, så att allt är tydligt från början." if f
           else "Här kommer en kort sammanfattning av våra avbokningsregler, så att det inte blir några oklarheter.")
    alone = ("Jag vill gå igenom våra avbokningsregler, så att allt är tydligt för oss båda." if f
             else "Här kommer en kort påminnelse om våra avbokningsregler, så att det inte blir några oklarheter.")
    r = _lower_first(s.reason or "")
    if s.meeting is None and (scope := _SCOPE.match(r.strip().rstrip("."))) and not _is_clause(scope.group(2)):
        # "för drejkurserna i vår": what the rules cover, said with them (native review v16: the scope was dropped)
        said = f" {scope.group(1).lower()} {scope.group(2)}"
        return {"policy_open_new": new.replace("avbokningsregler", "avbokningsregler" + said, 1),
                "policy_open_standalone": alone.replace("avbokningsregler", "avbokningsregler" + said, 1), "policy_why": ""}
    if s.meeting is None and re.match(r"(?i)(nu när|nu då|eftersom|när)\s", r) and not _complex(r):
        clause = _upper_first(r)
        new = (f"{clause} kommer här våra avbokningsregler, så att allt är tydligt från början." if f
               else f"{clause} kommer här en kort sammanfattning av våra avbokningsregler, så att det inte blir några oklarheter.")
        alone = (f"{clause} vill jag gå igenom våra avbokningsregler, så att allt är tydligt för oss båda." if f
                 else f"{clause} kommer här en kort påminnelse om våra avbokningsregler, så att det inte blir några oklarheter.")
        return {"policy_open_new": new, "policy_open_standalone": alone, "policy_why": ""}
    return {"policy_open_new": new, "policy_open_standalone": alone}


# A period that starts on a date ahead ("från 14 december", "14/12–15/3", "fr.o.m. måndag"): the leave has not begun.
_STARTS_LATER = re.compile(r"(?i)(?<![\w-])(?:från och med|fr\.?o\.?m\.?|från|med start)\s+\S|\d{1,2}/\d{1,2}\s*[–-]\s*\d|"
                           r"\d{1,2} [a-zåäö]+\s*[–-]\s*\d")


def _delegate(plan: Plan, out: dict[str, Any]) -> dict[str, str]:
    """The hand-over. A leave or a period typed as the reason ("jag är pappaledig från nästa vecka och tre månader
    framåt") is said FIRST and sets when the colleague takes over ("Under tiden har jag bett ..."); the colleague is
    then the contact, and no closing line invites questions to the one who is away."""
    s, f = plan.situation, plan.formal
    mk, mw, c1 = out.get("mk_c", "min kollega"), out.get("mw", ""), out.get("c1", "")
    why, away = str(out.get("why", "")), str(out.get("away_contact", ""))
    default = {
        "delegate_open": (f"Jag har bett {mk} att ta över {mw}{why}.{away}" if f else f"En snabb uppdatering: {mk} tar över {mw}{why}.{away}"),
        "delegate_brief": f"Har du frågor kan du höra av dig direkt till {c1}." if c1 else "",
        "delegate_close": "Hör gärna av dig om du har några frågor." if f else "Hör av dig om du har några frågor!",
    }
    if s.intent is not Intent.delegate or not s.reason:
        return default
    shape, family, _c = reason_shape(s.reason)
    main = main_clause(s.reason)
    if not (LEAVE.search(s.reason) or plan.away or family == "period") or not main:
        return default
    if (m := re.match(r"^Jag är (?=\S)", main)) and _STARTS_LATER.search(main):
        # a leave that has not started yet ("Jag är mammaledig 14/12–15/3"): "Jag kommer att vara ..." (native review v12)
        main = "Jag kommer att vara " + main[m.end():]
    # "Under tiden" already says while I am away: the contact line does not say it again ("Medan jag är borta ...")
    contact = f" Du kan vända dig direkt till {c1} med dina frågor." if c1 else ""
    series = bool(s.meeting_time and _SERIES_TIME.match(s.meeting_time.strip()))  # a series: the colleague takes my place in it
    one = main.strip().rstrip(".")
    sub = _subordinate(_lower_first(one)) if _ONE_LEAVE.match(one) else None
    if sub:
        # one leave sentence: the cause of the hand-over, joined ("Eftersom jag är mammaledig till och med april har jag
        # bett ..."); "Under tiden" after it read as if I asked during the leave (native review v16)
        opening = (f"Eftersom {sub} har jag bett {mk} {'ta min plats på' if series else 'ta över'} {mw}.{contact}" if f
                   else f"Eftersom {sub} tar {mk} {'min plats på' if series else 'över'} {mw}.{contact}")
    elif series:
        opening = (f"{main} Under tiden har jag bett {mk} att ta min plats på {mw}.{contact}" if f
                   else f"{main} Under tiden tar {mk} min plats på {mw}.{contact}")
    else:
        opening = (f"{main} Under tiden har jag bett {mk} att ta över {mw}.{contact}" if f
                   else f"{main} Under tiden tar {mk} över {mw}.{contact}")
    return {"delegate_open": opening, "delegate_brief": "", "delegate_close": ""}


def _name_and_role_typed(typed: str) -> tuple[str, str]:
    """(name, role) from a colleague typed with a role after a comma, a dash or a bar, or in parentheses."""
    t = typed.strip()
    if m := re.fullmatch(r"(.+?)\s*\(([^()]+)\)", t):
        return m.group(1).strip(), m.group(2).strip()
    parts = re.split(r",\s+|\s+[–—|-]\s+", t, maxsplit=1)
    return (parts[0].strip(), parts[1].strip()) if len(parts) == 2 and parts[1].strip() else (t, "")


def _name_and_role(typed: str) -> tuple[str, str]:
    """The colleague's name and role; "kollega" opening the role goes (the frame already says "mijn kollega" / "min kollega")."""
    name, role = _name_and_role_typed(typed)
    role = re.sub(r"(?i)^kollega\b[,\s]*", "", role).strip()
    return name, role


_COUNT = {1: "en", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju"}


def _notice(hours: float, plan: Plan) -> str:
    """'48 timmar', 'en vecka', 'två veckor', 'fem dagar': whole weeks (and whole days past three) as a policy says them."""
    h = int(hours) if float(hours).is_integer() else None
    if h and h % 168 == 0 and h // 168 in _COUNT:
        n = h // 168
        return f"{_COUNT[n]} {'vecka' if n == 1 else 'veckor'}"
    if h and h % 24 == 0 and 72 < h and h // 24 in _COUNT:
        return f"{_COUNT[h // 24]} dagar"
    return f"{num(hours, plan)} timmar"


# The fee in the user's own word for it ("halva arvodet" typed: never "50 % av avgiften", native review v16).
_FEE_NOUN = re.compile(r"(?i)\b(arvode|kursavgift|avgift|timpris|pris)(?:t|en|et)?\b")
_DEFINITE_FEE = {"arvode": "arvodet", "kursavgift": "kursavgiften", "avgift": "avgiften", "timpris": "timpriset", "pris": "priset"}


def _fee_of(p: Policy, plan: Plan) -> str:
    typed = " ".join(x or "" for x in (plan.situation.reason, plan.situation.meeting))
    noun = _DEFINITE_FEE[m.group(1).lower()] if (m := _FEE_NOUN.search(typed)) else "avgiften"
    if p.fee_percent == 100:
        return f"hela {noun}"
    if p.fee_percent == 50 and _HALF.search(typed):
        return f"halva {noun}"
    return f"{num(p.fee_percent or 0, plan)} % av {noun}"


def numbers(p: Policy, plan: Plan) -> dict[str, str]:
    # "No deposit" is filler next to other terms; it is said only when it is the policy's one fact.
    alone = not p.notice_hours and p.fee_percent is None
    fee_of = _fee_of(p, plan)
    return {"h": num(p.notice_hours or 0, plan), "hu": _notice(p.notice_hours or 0, plan), "fee_of": fee_of,
            "fee": f"{num(p.fee_percent or 0, plan)} %", "dep": f"{num(p.deposit_percent or 0, plan)} %",
            "dep_zero": "Ingen handpenning tas ut vid bokning." if alone else "", **_applies(p, plan, fee_of),
            "fee_zero": "" if plan.client_side else ("Vid senare avbokning eller uteblivet besök tas ingen avgift ut." if plan.formal
                                                     else "Om du avbokar senare än så, eller inte kan komma, tar vi inte ut någon avgift."),
            # no fee: nothing "applies" to this booking; the policy says plainly that there is no charge
            "next_lead": "" if p.fee_percent == 0 else "För den här bokningen gäller våra avbokningsregler."}


def _applies(p: Policy, plan: Plan, fee_of: str) -> dict[str, str]:
    """The policy applied to this cancellation or no-show, said plainly (no "till nästa gång", no waiver)."""
    if plan.formal:
        late = (f"Eftersom avbokningen kom mindre än {_notice(p.notice_hours, plan)} före den bokade tiden debiteras {fee_of} enligt våra avbokningsregler."
                if p.notice_hours else f"Eftersom avbokningen kom sent debiteras {fee_of} enligt våra avbokningsregler.")
        noshow = (f"Eftersom tiden inte avbokades senast {_notice(p.notice_hours, plan)} i förväg debiteras {fee_of} enligt våra avbokningsregler."
                  if p.notice_hours else f"Enligt våra avbokningsregler debiteras {fee_of} för ett uteblivet besök.")
    else:
        late = (f"Eftersom du avbokade mindre än {_notice(p.notice_hours, plan)} innan tar vi ut {fee_of} enligt våra avbokningsregler."
                if p.notice_hours else f"Eftersom du avbokade sent tar vi ut {fee_of} enligt våra avbokningsregler.")
        noshow = (f"Eftersom tiden inte avbokades senast {_notice(p.notice_hours, plan)} innan tar vi ut {fee_of} enligt våra avbokningsregler."
                  if p.notice_hours else f"Enligt våra avbokningsregler tar vi ut {fee_of} för ett uteblivet besök.")
    return {"applies_late": late, "applies_noshow": noshow}


# The sentence table: (formal: du, careful wording; friendly: du, relaxed wording). "{why}" always ends a sentence.
T: dict[str, tuple[str, str]] = {
    "late.open.past": ("Tack för beskedet att du behövde avboka {mw}.", "Tack för att du hörde av dig om {mw}."),
    "decline.final": ("Om våra planer ändras hör jag av mig.", "Om något ändras hos oss hör jag av mig."),  # a final no: no false promise, the door left open
    "courtesy": ("{courtesy}", "{courtesy}"),  # one wish that fits the thing: `_courtesy`
    "courtesy.final": ("Lycka till framöver.", "Lycka till!"),
    "closing.key": ("Med vänliga hälsningar,", "Varma hälsningar,"),
    "closing.regular": ("Med vänliga hälsningar,", "Ha det fint,"),
    "closing.new": ("Med vänliga hälsningar,", "Vänliga hälsningar,"),
    # no fee at all: the notice is a request, so "kostnadsfritt fram till" and "debiteras inte" never contradict
    "pol.notice.nofee": (
        "Om du behöver flytta eller avboka en tid ber vi dig att höra av dig senast {hu} innan.",
        "Behöver du flytta eller avboka en tid får du gärna höra av dig senast {hu} innan.",
    ),
    "pol.notice": (
        # only a free cancellation is given: never a free move nobody stated (native review v16)
        "Bokade tider kan avbokas kostnadsfritt fram till {hu} före utsatt tid.",  # a massage is no "möte"
        "Du kan avboka kostnadsfritt fram till {hu} före bokad tid.",
    ),
    "pol.fee.after": ("Vid senare avbokning debiteras {fee_of}.", "Avbokar du senare än så tar vi ut {fee_of}."),
    "pol.fee.alone": ("Vid sen avbokning eller uteblivet besök debiteras {fee_of}.", "Avbokar du sent eller uteblir tar vi ut {fee_of}."),
    # (said in a policy notice; in a reply to a late cancellation or a no-show it would undo the notice just asked for)
    "pol.fee.zero.deposit": ("Utöver handpenningen tas ingen ytterligare avgift ut vid sen avbokning eller uteblivet besök.",) * 2,
    "pol.fee.zero": ("{fee_zero}",) * 2,
    "pol.deposit": ("Vid bokning betalas {dep} av priset i handpenning.", "Vid bokning betalar du {dep} av priset i handpenning."),  # {dep} of what
    "pol.deposit.zero": ("{dep_zero}",) * 2,
    "decline.open": (
        "Tack för inbjudan till {mw}. {cant}",
        "Tack för att du bjöd in mig till {mw}. {cant}",
    ),
    "alt.shorter": ("{alt_shorter}",) * 2,
    "alt.email": ("{alt_email}",) * 2,
    "alt.later": ("{alt_later}",) * 2,
    "alt.shorter.work": (
        "Jag vill ändå gärna att vi går igenom det viktigaste, och ett kortare möte på {n} minuter skulle kunna vara ett alternativ.",
        "Jag vill ändå gärna att vi hinner med det viktigaste – skulle vi kunna ses kortare, säg {n} minuter?",
    ),
    "alt.call": ("{alt_call}",) * 2,
    "alt.email.work": (
        "Under tiden skickar jag gärna mina synpunkter per e-post, så att inget blir liggande.",
        "Under tiden mejlar jag gärna över mina tankar, så att inget blir liggande.",
    ),
    "alt.later.work": ("Jag återkommer gärna till frågan vid ett tillfälle som passar bättre.", "Vi tar gärna upp det igen när det passar bättre."),
    "alt.event": ("Jag hoppas att det blir trevligt och att vi ses vid ett annat tillfälle.", "Hoppas att det blir jättebra, och att vi ses en annan gång!"),
    "decline.close": ("{decline_close}",) * 2,
    "decline.close.event": ("", ""),  # the opening already thanked
    "decline.close.final": ("Tack för din förståelse.", ""),
    "appreciation": (
        "Vårt samarbete är mycket viktigt för mig.",
        "Vårt samarbete betyder mycket för mig.",
    ),
    "welcome": ("{welcome}", "{welcome}"),  # by relationship stage (`_welcome`): "samarbete" only for a working relationship
    "reschedule.open": (
        "Tyvärr behöver jag flytta {mw}{why}.",
        "Tyvärr måste jag flytta {mw}{why}.",
    ),
    "reschedule.sorry": (
        "Jag beklagar besväret.",
        "Ledsen för krånglet!",
    ),
    "ask.none": ("Föreslå gärna några tider som passar dig, så bokar jag en ny tid.", "Skicka gärna några tider som passar dig, så bokar jag om."),
    "ask.one": ("Skulle {t} passa i stället?", "Skulle {t} passa dig i stället?"),
    "ask.many": ("Skulle någon av följande tider passa?", "Passar någon av de här tiderna?"),
    "video": ("{video}", "{video}"),
    "reschedule.close": ("", ""),  # (no promised invitation: the situation never mentions one)
    "shorten.open": ("{shorten_open}", "{shorten_open}"),  # `_shorten`: a limiting sentence first, then the request
    "shorten.agenda": ("{agenda}", "{agenda}"),
    "ok": ("Skulle det fungera för dig?", "Säg till om det funkar för dig!"),
    "call.open": ("{pre}{call_q}{why_end}{qm}{post}", "{pre}{call_q}{why_end}{qm}{post}"),  # `_call_question`
    "call.open.event": (
        "{pre}Skulle det gå bra att vi håller {mw} som ett kort telefonsamtal{why_end}?{post}",
        "{pre}Vad sägs om att vi kör {mw} som ett kort telefonsamtal{why_end}?{post}",
    ),
    "call.why": ("{call_why}",) * 2,
    "call.times.none": ("", ""),
    "call.times.one": ("{call_one}",) * 2,
    "call.times.same": ("Jag ringer dig i så fall på den bokade tiden.", "Jag ringer dig i så fall på den tid vi bokat."),
    "call.times.many": (
        "Jag kan också ringa dig vid någon av följande tider, om det passar bättre:",
        "Jag kan också ringa dig på någon av de här tiderna, om det passar bättre:",
    ),
    # a visit given up for a call, to a new client or in person; a hand-over while away (formal only)
    "call.sorry": ("Ursäkta ändringen i planerna.", "Förlåt för ändringen!"),
    "delegate.sorry": ("Jag beklagar att jag inte kan vara med själv.", "Tråkigt att jag inte kan vara med själv!"),
    "shorten.rest": ("{rest}", "{rest}"),
    "call.close": ("Säg gärna till om det passar, och vilket nummer jag når dig bäst på.", "Säg till om det funkar, och vilket nummer jag når dig bäst på."),
    "email.open": (
        "{about} {mw} undrar jag om vi skulle kunna sköta {it} per e-post{instead_e}, vilket sparar tid för oss båda.",
        "{about} {mw} tänkte jag att vi kunde ta {it} på mejl{instead_e}, så sparar vi båda lite tid.",
    ),
    "email.open.why": (  # the change is ours (our reason): asked, not announced; the frame's words never echo the reason's
        "{about} {mw} undrar jag om vi skulle kunna sköta {it} per e-post{instead_e}{why}.",
        "{about} {mw} tänkte jag att vi kanske kunde ta {it} på mejl{instead_e}{why}.",
    ),
    "email.summary": ("{summary}", "{summary}"),
    "email.summary.full": (
        "",  # (no promised summary: the situation never says one)
        "",
    ),
    "delegate.open": ("{delegate_open}", "{delegate_open}"),  # a leave or a period first, then the hand-over (`_delegate`)
    # (no promised hand-over: the situation never says one)
    # the one next step a hand-over supports: whom to turn to (friendly; formal mail ends with the offer to answer questions)
    "delegate.brief": ("", "{delegate_brief}"),  # never "framöver": a hand-over of this meeting only
    "delegate.brief.away": ("", "Medan jag är borta kan du höra av dig direkt till {c1}."),
    "delegate.close": ("{delegate_close}", "{delegate_close}"),  # never an invitation to contact me while I am away
    # "tack för din förståelse" only where something needs forgiving (we move their meeting), never before an answer (v8)
    "thanks": ("{thanks}", ""),
    "sorry": ("{sorry}", "{sorry}"),
    # phr-i's shared flow: a neutral, warm word when the client's note is not told back (same as `sorry` gives here)
    "late.ack": ("{late_ack_plain}", "{late_ack_plain}"),
    "noshow.ack": ("", ""),
    "email.summary.none": ("", ""),
    "noshow.open": (  # a note that nobody let us know is said ("Jag fick inget sms från dig, så ..."); "jag" from one person
        "Det var synd att du inte kunde komma till {mw}{noshow_hope}",
        "{noshow_we} saknade dig på {mw}{noshow_hope}",
    ),
    "noshow.noreason": ("", ""),
    # "en ny tid", also for a standing weekly time or a lesson: never "en ersättningstid", a promise that the missed one
    # is made up (free), which nobody gave and which contradicts a fee charged just before (native review v14).
    "noshow.times.none": (
        "Hör gärna av dig med några tider som passar, så bokar vi in en ny tid.",
        "Skicka gärna några tider som passar dig, så bokar vi in en ny tid.",
    ),
    "noshow.times.one": ("Skulle {t} passa som ny tid?", "Ska vi göra ett nytt försök? Skulle {t} passa dig?"),
    "noshow.times.many": ("Skulle någon av följande tider passa som ny tid?", "Passar någon av de här tiderna?"),
    "noshow.close": ("{noshow_close}", "{noshow_close}"),  # none after "Hör gärna av dig ...": one closing line
    "late.open": ("Tack för beskedet att du behövde avboka {mw}.", "Tack för att du hörde av dig om {mw}."),  # they already cancelled
    "late.noreason": ("Jag hoppas att allt är bra med dig.", "Tråkigt att det inte gick!"),  # no "inga problem": it would waive a fee
    # phr-k's shared hooks: the policy applies to this cancellation or no-show (never "till nästa gång")
    "late.ack.fee": ("{late_ack}", "{late_ack}"),  # a sick child named in the note is wished well (`_kin_ill`)
    "late.noreason.fee": ("Jag hoppas att allt är bra med dig.", "Tråkigt att det inte gick!"),
    # the shared flow's keys: with a notice period and without (`_applies` words both)
    "policy.applies.late": ("{applies_late}", "{applies_late}"),
    "policy.applies.late.alone": ("{applies_late}", "{applies_late}"),
    "policy.applies.noshow": ("{applies_noshow}", "{applies_noshow}"),
    "policy.applies.noshow.alone": ("{applies_noshow}", "{applies_noshow}"),
    "late.ill": ("Jag hoppas att du mår bättre nu.", "Hoppas att du mår bättre nu!"),  # the client was ill (plan.ill)
    "noshow.ill": ("Jag hoppas att du mår bättre nu.", "Hoppas att du mår bättre nu!"),
    "hardship.ill": ("Jag hoppas att det är bättre nu.", "Hoppas att det är bättre nu!"),
    "hardship.other": ("Tråkigt att det blev så, och jag hoppas att allt är bra.", "Tråkigt att det blev så, hoppas att allt är bra!"),
    "late.times.none": ("{late_rebook}", "{late_rebook}"),  # `_late_rebook`: none for a standing time charged in full
    "late.times.one": ("Skulle {t} passa som ny tid?", "Skulle {t} passa dig som ny tid?"),
    "late.times.many": ("Skulle någon av följande tider passa som ny tid?", "Passar någon av de här tiderna?"),
    "late.close": ("", ""),  # the question about a new time ends the mail
    "policy.next": (
        # the client cancelled late or did not come: the policy is said to apply to this booking, never "till nästa gång"
        "{next_lead}",
        "{next_lead}",
    ),
    "policy.open": (
        "Inför {mw} vill jag gå igenom våra avbokningsregler, så att allt är tydligt för oss båda.",
        "Inför {mw} kommer här en kort påminnelse om våra avbokningsregler, så att det inte blir några oklarheter.",
    ),
    "policy.open.new": ("{policy_open_new}", "{policy_open_new}"),  # (a clinic's new patient is no "samarbete")
    "policy.open.standalone": ("{policy_open_standalone}", "{policy_open_standalone}"),
    "policy.why": ("{policy_why}", "{policy_why}"),
    "policy.purpose": ("{purpose}", "{purpose}"),
    "policy.close": ("Hör gärna av dig om du har några frågor.", "Säg till om du undrar över något!"),
    "extra.duration": ("Om det underlättar kan vi gärna korta ner det till {n} minuter.", "Vi kan gärna korta ner det till {n} minuter om det passar bättre."),
    "extra.colleague": (
        "Om du behöver något under tiden går det också bra att kontakta {mk_c_end}.",
        "Behöver du något under tiden kan du också höra av dig till {mk_c_end}.",
    ),
    "email.times.none": ("", ""),
    "email.times.one": ("Vill du ändå hellre prata igenom det har jag tid {tt}.", "Vill du ändå hellre prata igenom det har jag tid {tt}."),
    "email.times.many": ("Vill du ändå hellre prata igenom det har jag tid vid de här tiderna:", "Vill du ändå hellre prata igenom det har jag tid vid de här tiderna:"),
    "extra.times.none": ("", ""),
    "extra.times.one": ("Som alternativ kan jag föreslå {t}.", "Som alternativ kan jag föreslå {t}."),
    "extra.times.many": ("Om en annan tid passar bättre kan jag erbjuda följande:", "Passar en annan tid bättre har jag de här tiderna lediga:"),
    "extra.policy": ("Jag passar också på att påminna om våra avbokningsregler.", "Och så en liten påminnelse om våra avbokningsregler."),
    # a client's move with no time given: the session and its date named (a parent learns which lesson moves, v11)
    "move.thanks.named": ("{move_named}", "{move_named}"),  # `_move_named`: a hardship gets sympathy, never "inga problem!"
    # their one time taken: the meeting named in the yes, the time in the next sentence (never "det går bra att byta tid.
    # Tiden … passar mig bra": the meeting unnamed and "bra" twice, native review v16)
    "move.thanks.accept": ("Tack för ditt meddelande. Självklart kan vi flytta {mw_from}.", "Tack för meddelandet – självklart kan vi flytta {mw_from}!"),
    "subject.decline": ("{Mt}: {no}", "{Mt}: {no}"),
    "subject.reschedule": ("{Mt}: ny tid", "{Mt}: ny tid"),
    "subject.shorten": ("{Mt}: {dur} i stället?", "{Mt}: {dur} i stället?"),
    "subject.switch_to_call": ("{Mt}: per telefon i stället?", "{Mt}: per telefon i stället?"),
    "subject.switch_to_email": ("{Mt}: via e-post i stället?", "{Mt}: på mejl i stället?"),
    "subject.delegate": ("{Mt}: {c_name} tar över", "{Mt}: {c_name} tar över"),
    "subject.no_show_followup": ("{Mt}", "{Mt}: vi missade varandra"),  # what the mail is about (v10 review)
    "subject.late_cancellation": ("{sub_late}", "{sub_late}"),  # no new time promised that the mail does not give
    "subject.cancellation_policy": ("{Mt}: våra avbokningsregler", "{Mt}: våra avbokningsregler"),
    "subject.none": ("Våra avbokningsregler", "Våra avbokningsregler"),
}


_LATE_REBOOK = ("Hör gärna av dig med några tider som passar, så bokar vi in en ny tid.", "Skicka gärna några tider som passar dig, så bokar vi in en ny tid.")
_SEE_YOU_NEXT = ("Din nästa tid står kvar som vanligt.", "Din nästa tid står kvar som vanligt!")  # the standing time goes on: no new booking beside a full fee


def _late_rebook(plan: Plan) -> str:
    """The line after a late cancellation's fee: a new booking, or for a standing weekly time charged in full the next
    one as usual (`nl_sv_policy.standing_charged`)."""
    s = plan.situation
    fee = s.policy.fee_percent if s.policy else None
    pair = _SEE_YOU_NEXT if standing_charged(s.meeting, s.meeting_time, fee, "sv") else _LATE_REBOOK
    return pair[0] if plan.formal else pair[1]


# ---------------------------------------------------------------------------------------- a business signing alone

# What a business with no person signing says instead of the first person singular ("Ekdahls Bokföring"): Swedish verbs
# do not change with the person, so "jag har" -> "vi har" needs no other change (read by the shared render, `as_firm`).
_VI = {"jag": "vi", "mig": "oss", "mej": "oss", "min": "vår", "mitt": "vårt", "mina": "våra"}
_FIRST_SINGULAR = re.compile(r"(?<![\w-])(?:jag|mig|mej|min|mitt|mina)(?![\w-])", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*|[–—]\s+\n)$")


# "jag är bortrest" would need a plural adjective ("vi är bortresta"): such a paragraph keeps the sender's "jag"
_PREDICATIVE = re.compile(r"(?i)\bjag (?:är|var|blir|blev|känner mig)\b")


def as_firm(text: str) -> str:
    """A paragraph said by the business: "jag/mig/min" become "vi/oss/vår", capitalised where a sentence starts."""
    if _PREDICATIVE.search(text):
        return text

    def we(m: re.Match[str]) -> str:
        out = _VI[m.group(0).lower()]
        return out[:1].upper() + out[1:] if _SENTENCE_START.search(text[: m.start()]) else out

    return _FIRST_SINGULAR.sub(we, text)
