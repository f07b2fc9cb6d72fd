"""Sentence roles: whether the sentence around a time offers it, read from the sentence itself (a question, a
predicate of fit or availability, a fragment that is only the time) rather than from a cue word right before it.

The cue tables in `model.py` read the few words before a time ("how about", "je propose", "past het"); a time
that opens its own question ("Past dinsdag om 8 uur?", "Alors mardi 10h ?"), takes its predicate after it
("Wednesday at 10 would work for us", "onsdag kl. 10 funkar") or stands in a P.S. escapes them. Here the sentence
decides: its mood (a question), its predicate (suit, work, be free, passen, convenir, andare bene, passa) and what
it does not say (a negation, a past tense, a verb that moves or drops the time, which makes the time its object).
"""

from __future__ import annotations

import re

from composer.models import Language

# A predicate of fit or availability: "would X work / suit / be possible", "X vous conviendrait", "X Le va bene",
# "past X", "passar X", "I am free on X". Word-bounded, so "impossible" and "onmogelijk" never match.
SUIT = {
    Language.en: r"work|works|suit|suits|convenient|ok|okay|fine|possible|free|available|good for you|could you make|can you make|could you do|can you do|could it be|can it be|how about|what about|fit|fits|feasible|can you|could you|would you|you think|think|say to|shall we say|shall we|say|open",
    Language.fr: r"convien\w*|conviendr\w*|irait|iraient|ira|va|vous va|te va|possible|libre|disponible|arrange\w*|pensez-vous|penses-tu|diriez-vous|dites-vous|pensez|penses|diriez|dirais|venir|faisable|d'accord|ok|pouvez-vous|pourriez-vous|peux-tu|pourrais-tu|pourrions-nous|pouvons-nous|disons|dirons-nous|ouvert",
    Language.it: r"va bene|andrebbe|andrà|possibile|liber[oaie]|disponibil\w*|comod[oa]|ne dice|ne pensa|ne dici|ne pensi|venire|fattibile|funziona\w*|sta bene|potrebbe andare|riesce|riesci|riuscirebbe|riusciresti|potrebbe|potresti|possiamo|potremmo|diciamo|aperto",
    Language.nl: r"past|passen|schikt|schikken|uitkomen|komt|kan|kunt|kun|lukt|lukken|mogelijk|vrij|beschikbaar|dacht u|dacht je|denkt u|denk je|dacht|denkt|gaat|goed|prima|haalbaar|uitkomt|zullen we|zeggen|afspreken|open",
    Language.sv: r"passar|passa|fungera\w*|funkar|(?<!i )går|möjligt|ledig|ledigt|lediga|låter|kan du|kan ni|möjlighet|bra|tillgänglig\w*|ska vi|säga|ses|öppen|öppet",
}

# What keeps a sentence from offering the time it names: a negation, a past tense ("Was Tuesday at 10 possible
# after all?"), a verb that moves, drops or changes it ("Could we move Tuesday at 10?": the time is its object).
# "can't wait" and "non vedo l'ora" are eagerness, not negations.
NEGATION = {
    Language.en: r"not|\w+n['’]t(?! wait)|no longer|never|cannot|impossible|unable|neither|nor|unfortunately|difficult|tricky|problem",
    Language.fr: r"ne|pas|jamais|impossible|malheureusement|hélas|difficile|problème|empêch\w*",
    Language.it: r"non(?! vedo l['’]ora)|mai|impossibile|purtroppo|difficile|problema|impedi\w*",
    Language.nl: r"niet|geen|nooit|onmogelijk|helaas|lastig|moeilijk|probleem|verhinderd",
    Language.sv: r"inte|ej|icke|aldrig|omöjligt|tyvärr|svårt|problem|förhindrad",
}
PAST = {
    Language.en: r"was|were|did|had|would have|could have|missed|yesterday|last",
    Language.fr: r"était|étiez|étaient|a été|avez été|aviez|avait|aurait été|auriez été|manqué\w*|hier|dernier|passé",
    Language.it: r"era|erano|eravate|è stat[oa]|sarebbe stat[oa]|aveva|avevate|fosse|avrebbe|mancat\w*|ieri|scors[oa]|passat[oa]",
    Language.nl: r"was|waren|had|hadden|zou hebben|paste|lukte|schikte|kwam|gemist|gisteren|vorige|afgelopen|jongstleden",
    Language.sv: r"var|hade|passade|gick|fungerade|skulle ha|saknade|missade|missat|i går|igår|förra|i förrgår",
}
CHANGE = {
    Language.en: r"mov\w*|reschedul\w*|postpon\w*|push\w*|shift\w*|cancel\w*|skip\w*|drop\w*|chang\w*|swap\w*|replac\w*|(?:bring\w*|brought|mov\w*) forward",
    Language.fr: r"déplac\w*|report\w*|décal\w*|repouss\w*|annul\w*|modifi\w*|chang\w*|reprogramm\w*|remplac\w*|avanc\w*",
    Language.it: r"spost\w*|rinvi\w*|rimand\w*|posticip\w*|annull\w*|disdi\w*|cambi\w*|modific\w*|anticip\w*|sostitu\w*|riprogramm\w*",
    Language.nl: r"verplaats\w*|verzet\w*|verschuiv\w*|schuiv\w*|verleg\w*|afzeg\w*|afgelast\w*|annule\w*|wijzig\w*|verander\w*|omboek\w*|vervang\w*|vervalt|vervallen",
    Language.sv: r"flytt\w*|skjut\w*|ställa in|ställer in|inställ\w*|avbok\w*|ändr\w*|byt\w*|stryk\w*|senareläg\w*|tidigareläg\w*|ersätt\w*",
}
# A recap that settles the time ("So that's X", "I've noted X", "c'est noté", "segnato", "genoteerd", "noterat") and a
# predicate that makes the meeting that time ("the tasting takes place on X", "la dégustation passe au X", "la
# degustazione passa a X", "de proeverij wordt X", "provningen blir X"): both state the time as the one that stands.
# Before the time only fillers may come between the predicate and it; after it, the recap word follows the time.
SETTLED_BEFORE = {
    Language.en: r"so that's|that's|so it's|takes place|will take place|goes ahead|will go ahead|noted|confirmed|booked|pencilled in|look(?:ing)? forward to (?:seeing|meeting) you|seeing you|expect (?:me|us)|blocked|reserved",
    Language.fr: r"c'est noté|c'est donc|c'est|noté|confirmé\w*|réservé\w*|passe|aura lieu|se tiendra|se fera|devient|a lieu|bloqué|réservé|rendez-vous|au plaisir de vous voir|vous voir|te voir|vous retrouver",
    Language.it: r"segnato|annotato|confermat\w*|prenotat\w*|passa|si terrà|avrà luogo|si farà|diventa|si svolgerà|resta|bloccato|riservato|appuntamento|vederLa|vederla|vederti|incontrarLa",
    Language.nl: r"genoteerd|bevestigd|geboekt|wordt|vindt plaats|gaat door|het wordt|het is|graag tot|tot dan|zie (?:u|je) graag|zie ik (?:u|je)|geblokkeerd|gereserveerd|afgesproken",
    Language.sv: r"noterat|bekräftat|bokat|blir|äger rum|hålls|det blir|det är|bokat in|säger vi|ses|hörs|att ses",
}
SETTLED_AFTER = {
    Language.en: r"it is|noted|confirmed|booked|is settled|stands|then",
    Language.fr: r"c'est noté|est noté|noté|confirmé\w*|réservé\w*|donc",
    Language.it: r"segnato|annotato|confermat\w*|prenotat\w*|allora|quindi",
    Language.nl: r"genoteerd|bevestigd|geboekt|staat genoteerd|staat vast|dan|dus",
    Language.sv: r"noterat|bekräftat|bokat|gäller|står fast|då|alltså",
}
# A diary named right after the time: "I have blocked X in my diary", "ik heb X in mijn agenda gezet".
_DIARY_AFTER = re.compile(r"(?i)[^\S\n]+(?:in (?:my|our|the) (?:diary|calendar|agenda)|dans (?:mon|notre|l['’]) ?agenda|in agenda|nella (?:mia|nostra) agenda|in (?:mijn|onze|de) agenda|i (?:min |vår )?kalender(?:n)?)(?!\w)")
_GAP = r"(?:[^\S\n]+(?:so|then|now|on|at|for|donc|alors|le|au|à|pour|quindi|allora|a|al|il|per|dus|dan|nu|op|om|alltså|då|så|på|den|kl\.?))*[^\S\n]*$"
_SETTLED_BEFORE = {lang: re.compile(rf"(?<![\w'’])(?:{p})(?![\w'’]){_GAP}", re.IGNORECASE) for lang, p in SETTLED_BEFORE.items()}

# A change of medium ("by phone instead", "per telefon", "en visio"): in a mail that turns the meeting into a call
# or an e-mail, a question about the meeting's own slot asks about the medium, not about a new time.
MEDIUM = {
    Language.en: r"phone|call|video|online|e-?mail|zoom|teams",
    Language.fr: r"téléphon\w*|appel|visio\w*|en ligne|e-?mail|courriel|zoom|teams",
    Language.it: r"telefon\w*|chiamata|videochiamata|video|online|e-?mail|zoom|teams",
    Language.nl: r"telefo\w*|bellen|belafspraak|video\w*|online|e-?mail|mail|zoom|teams",
    Language.sv: r"telefon\w*|ringa|samtal\w*|video\w*|online|e-?post|mejl|zoom|teams",
}

# Being available oneself, said before the time in its clause ("I am free on X", "je suis disponible X").
AVAILABLE = {
    Language.en: r"(?:i am|i'm|we are|we're|i'd be|we'd be|i would be|we would be) (?:also )?(?:free|available)",
    Language.fr: r"(?:je suis|nous sommes|je serais|nous serions) (?:aussi |également )?(?:libres?|disponibles?)",
    Language.it: r"(?:sono|siamo|sarei|saremmo) (?:anche )?(?:liber[oaie]|disponibil[ei])",
    Language.nl: r"(?:ik ben|wij zijn|we zijn|ik zou|wij zouden) (?:ook )?(?:vrij|beschikbaar)",
    Language.sv: r"(?:jag är|vi är|jag skulle vara|vi skulle vara) (?:också )?(?:ledig\w*|tillgänglig\w*)",
}
# A modal of one's own availability right before the time ("I can also do X", "je peux aussi X", "ik kan ook X").
MODAL = {
    Language.en: r"(?:i|we) (?:can|could) (?:also )?do",
    Language.fr: r"(?:je peux|nous pouvons|je pourrais|nous pourrions|on peut|on pourrait)(?: aussi| également)?",
    Language.it: r"(?:posso|possiamo|potrei|potremmo)(?: anche)?",
    Language.nl: r"(?:ik kan|wij kunnen|we kunnen|ik zou kunnen)(?: ook)?",
    Language.sv: r"(?:jag kan|vi kan|jag skulle kunna|vi skulle kunna)(?: också| även)?",
}
# A subordinator that opens an indirect question or a condition about the time ("let me know if X suits you", "si X
# vous arrange", "se X Le va bene", "of X past", "om X passar"): the time is the subject of its predicate of fit.
SUBORDINATE = {Language.en: r"if|whether", Language.fr: r"si|s['’]", Language.it: r"se", Language.nl: r"of|als", Language.sv: r"om|ifall"}

# Words that may stand around a time in a question that is only the time ("So Tuesday at 10?", "Alors mardi 10h ?").
FILLER = {
    Language.en: r"so|then|and|or|perhaps|maybe|instead|the|on|at|p\.?s\.?",
    Language.fr: r"alors|donc|et|ou|peut-être|plutôt|sinon|le|à|p\.?s\.?",
    Language.it: r"allora|quindi|e|o|oppure|magari|forse|invece|il|alle|a|p\.?s\.?",
    Language.nl: r"dus|dan|en|of|misschien|anders|liever|op|om|p\.?s\.?",
    Language.sv: r"så|då|och|eller|kanske|istället|annars|på|kl|p\.?s\.?",
}
_OR = {Language.en: r"or", Language.fr: r"ou", Language.it: r"o|oppure", Language.nl: r"of", Language.sv: r"eller"}
_CLAUSE_CUT = re.compile(r"[;:](?=\s)")
_DASH = re.compile(r"\s[–—-]\s")
_STATEMENT_CUT = re.compile(r"[,;:()–—]|\s-\s")
_WORDS = re.compile(r"[^\W\d_][\w'’.]*")


def _words(alternation: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation})(?![\w'’])", re.IGNORECASE)  # "l'annulation" is a word after its article


_SUIT = {lang: _words(p) for lang, p in SUIT.items()}
_MEDIUM = {lang: _words(p) for lang, p in MEDIUM.items()}
_SUIT_END = {lang: re.compile(rf"(?<!\w)(?:{p})[^\w\n]*$", re.IGNORECASE) for lang, p in SUIT.items()}
# A word of belonging right before the time ("the committee of", "du", "di", "van", "från"): it names the meeting.
OF = {Language.en: r"of", Language.fr: r"du|des|de|d['’]", Language.it: r"di|del|dello|della|dal|dalla", Language.nl: r"van", Language.sv: r"från|av"}
_OF = {lang: re.compile(rf"(?<!\w)(?:{p})[^\S\n]*(?:(?:the|le|la|l['’]|il|lo|het|de)[^\S\n]+)?$", re.IGNORECASE) for lang, p in OF.items()}
_NEGATION = {lang: _words(p) for lang, p in NEGATION.items()}
_ELIDED_NE = re.compile(r"(?<![\w'’])n['’](?=\w)", re.IGNORECASE)  # French "n'est", "n'ai"
_PAST = {lang: _words(p) for lang, p in PAST.items()}
_CHANGE = {lang: _words(p) for lang, p in CHANGE.items()}
_CHANGED_AFTER = {lang: re.compile(rf"[^\S\n]+(?:te[^\S\n]+)?(?:{p})(?![\w'’])", re.IGNORECASE) for lang, p in CHANGE.items()}
_AVAILABLE = {lang: re.compile(rf"(?<!\w)(?:{p})(?!\w)[^,;:.!?\n]{{0,25}}$", re.IGNORECASE) for lang, p in AVAILABLE.items()}
_FILLER = {lang: _words(p) for lang, p in FILLER.items()}
_SETTLED_AFTER = {lang: _words(p) for lang, p in SETTLED_AFTER.items()}
_MODAL = {lang: re.compile(rf"(?<![\w'’])(?:{p})(?![\w'’]){_GAP}", re.IGNORECASE) for lang, p in MODAL.items()}
_SUBORDINATE = {lang: re.compile(rf"(?<![\w'’])(?:{p}){_GAP}", re.IGNORECASE) for lang, p in SUBORDINATE.items()}
_OR_RX = {lang: re.compile(rf"^[\s,]*(?:{p})\s", re.IGNORECASE) for lang, p in _OR.items()}


def offered_by_sentence(lang: Language, text: str, sentence: tuple[int, int], span: tuple[int, int], others: list[tuple[int, int]], *, medium_change: bool = False) -> bool:
    """The sentence `sentence` (its start, and the index of its end mark) offers the time at `span`: a question
    about its fit or a question that is only the time, or a statement whose predicate makes it available. `others`
    are the spans of times of the other role in that sentence: then the time is contrasted with them (moved from,
    replaced by), unless an "or" joins them into one list of options. `medium_change`: the mail turns the meeting into
    a call or an e-mail, so a sentence that names the medium is about that, not the time."""
    ss, se = sentence
    start, end = span
    cuts = [c.end() for c in _CLAUSE_CUT.finditer(text, ss, start)]
    ss = cuts[-1] if cuts else ss
    dashes = [d.end() for d in _DASH.finditer(text, ss, start)]
    ss = dashes[-1] if dashes else ss
    dash = _DASH.search(text, end, se)
    if dash and not all(_FILLER[lang].fullmatch(w) for w in _WORDS.findall(text[ss:start] + " " + text[end : dash.start()])):
        se = dash.start()  # "we missed you yesterday at five – is all well?": the question after the dash is another clause
    nxt = _CLAUSE_CUT.search(text, end, se)
    se_clause = nxt.start() if nxt else se
    for o_start, o_end in others:
        if ss <= o_start < se_clause:
            gap = text[end:o_start] if o_start > end else text[o_end:start]
            if not _OR_RX[lang].match(gap):
                return False
    region = text[ss:se_clause]
    if medium_change and _MEDIUM[lang].search(region):
        return False  # "Could we do Thursday's review at 10 by phone instead?": the slot stays, the medium changes
    if _NEGATION[lang].search(region) or (lang is Language.fr and _ELIDED_NE.search(region)) or _PAST[lang].search(region) or _CHANGE[lang].search(region):
        return False
    question = se < len(text) and text[se] == "?" and se_clause == se
    before, after = text[ss:start], text[end:se_clause]
    of = _OF[lang].search(before)
    if of and not _SUIT_END[lang].search(before, 0, of.start()):
        return False  # "pour le comité du vendredi 8 à 11 h, pourrions-nous ... ?": the time names the meeting ("que pensez-vous de" asks)
    if question:
        rest = _WORDS.findall(before + " " + after)
        if all(_FILLER[lang].fullmatch(w) for w in rest):
            return True  # "Alors mardi 10h ?", "Dinsdag 13 juli om 8 uur?": the question is the time itself
        return _SUIT[lang].search(region) is not None
    # a statement: the time as the subject of a predicate of fit ("X would work for us", "X kan bij ons", "X är också
    # ledig"), or after "I am free / je suis disponible" in its own clause
    cut = _STATEMENT_CUT.search(after)
    pred = after[: cut.start()] if cut else after
    # the time opens its clause ("P.S. Also Friday at 2 is free"); after a comma it is an apposition ("our lunch, on
    # Friday 15 January at 11") that names the meeting
    subject_first = all(_FILLER[lang].fullmatch(w) or w.lower() in ("also", "aussi", "anche", "ook", "också") for w in _WORDS.findall(before)) \
        or _SUBORDINATE[lang].search(before) is not None
    if subject_first and _SUIT[lang].search(pred):
        return True
    if subject_first and (_SETTLED_AFTER[lang].search(pred) or all(_FILLER[lang].fullmatch(w) for w in _WORDS.findall(after))):
        return True  # "So Friday at 2 it is - noted", "Dinsdag om 8 uur staat genoteerd"
    return (_AVAILABLE[lang].search(before) is not None or _SETTLED_BEFORE[lang].search(before) is not None
            or _MODAL[lang].search(before) is not None or _DIARY_AFTER.match(text, end) is not None)


def changed_after(lang: Language, text: str, end: int) -> bool:
    """A verb that moves or drops the time right after it, as Dutch puts it last ("Kunnen we woensdag om 10 uur
    verzetten?"): the time is its object, the one moved."""
    return _CHANGED_AFTER[lang].match(text, end) is not None


# The time named as the one planned, said right after it ("wat we op woensdag om 10 uur gepland hadden").
_PLANNED_AFTER = re.compile(r"(?i)[^\S\n]+(?:gepland|ingepland|planned|scheduled|booked|prévue?s?|prévus|previst[oaie]|fissat[oaie]|planerade?|bokade?|inbokade?)(?!\w)")


def named_as_moved(lang: Language, text: str, verb_end: int, start: int, end: int) -> bool:
    """Between a proposing verb (ending at `verb_end`) and the time at (start, end), or right after the time, a verb
    moves or drops it or a participle names it as planned ("I suggest we cancel what we had on X", "ik stel voor om
    wat we op X gepland hadden te verplaatsen", "jag föreslår att provningen X flyttas"): the time is the old one."""
    return bool(_CHANGE[lang].search(text, verb_end, start) or changed_after(lang, text, end) or _PLANNED_AFTER.match(text, end))


# A meeting that will not happen, said without a moving verb ("can't go ahead", "ne pourra pas avoir lieu", "non potrà
# svolgersi", "gaat niet door", "kan inte bli av", "is off").
NOT_HAPPENING = {
    Language.en: r"go ahead|take place|is off|be off|called off|fall through",
    Language.fr: r"avoir lieu|aura pas lieu|se tenir|tiendra pas|maintenu\w*",
    Language.it: r"svolger\w*|terrà|tenersi|avere luogo|avrà luogo|salta|saltare",
    Language.nl: r"doorgaan|gaat\s+(?:\w+\s+)?niet door|vervalt|vervallen",
    Language.sv: r"bli av|blir av|genomföras|hållas|ställas in|ställs in|utgå|utgår",
}
# The destination of a move right before the time ("moved to", "reporté au", "spostato a", "verzet naar", "flyttad till").
DESTINATION = {Language.en: r"to|until|till|for", Language.fr: r"au|à|pour|jusqu['’]au", Language.it: r"a|al|alle|ad|per",
               Language.nl: r"naar|tot", Language.sv: r"till"}
_NOT_HAPPENING = {lang: _words(p) for lang, p in NOT_HAPPENING.items()}
_SUBORDINATE_ANY = {lang: _words(p) for lang, p in SUBORDINATE.items()}
_DESTINATION = {lang: re.compile(rf"(?<!\w)(?:{p})[^\S\n]+(?:(?:the|on|le|la|l['’]|il|lo|den|de|het)[^\S\n]+)?$", re.IGNORECASE) for lang, p in DESTINATION.items()}
_NEW_WORD = re.compile(r"(?i)(?<!\w)(?:new|instead|alternative|nouve\w*|nouvel\w*|plutôt|nuov[oa]|invece|nieuwe?|in plaats daarvan|ny|nytt|nya|i stället|istället)(?!\w)")
# The sender offering what follows ("I could do", "je pourrais", "potrei", "ik kan", "jag kan", "I'm free"): the times
# after it in the sentence are offers, whatever a later clause does.
_OFFERS = {lang: re.compile(rf"(?<!\w)(?:{MODAL[lang]}|{AVAILABLE[lang]})(?!\w)", re.IGNORECASE) for lang in MODAL}
_CLAUSE = re.compile(r"[,;:()]|\s[–—-]\s")


def presented_as_moved(lang: Language, text: str, sentence: tuple[int, int], span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    """The clause around a proposed time moves, drops or calls off the meeting it names ("The tasting on <new> has to
    be moved", "notre dégustation du <new> ne pourra pas avoir lieu"): the new slot is presented as the old one. Not when
    the time is the move's destination ("moved to <new>"), another time stands in the clause (it is the one moved), or
    the clause is a condition or calls the time new."""
    ss, se = sentence
    start, end = span
    cuts = [c.end() for c in _CLAUSE.finditer(text, ss, start)]
    cs = cuts[-1] if cuts else ss
    nxt = _CLAUSE.search(text, end, se)
    ce = nxt.start() if nxt else se
    if any(cs <= o_start < ce for o_start, _ in others):
        return False
    region, before = text[cs:ce], text[cs:start]
    if _DESTINATION[lang].search(before) or _NEW_WORD.search(region) or _SUBORDINATE_ANY[lang].search(before):
        return False
    if _OFFERS[lang].search(text, ss, start) and not _CHANGE[lang].search(text, ss, start):
        return False  # "I could do Monday the 23rd, ... or on the Tuesday from half past twelve": a list of offers (round 28)
    after = text[end:ce]  # the verb follows the time, its subject ("The tasting on <new> has to be moved"); before it,
    # the time is where the verb takes the meeting ("reprogrammer ce rendez-vous le lundi", "décaler d'une semaine")
    cond = _SUBORDINATE_ANY[lang].search(after)
    after = after[: cond.start()] if cond else after  # "... if a lunchtime drop-off is easier": the condition's verb is not the time's
    return bool(_CHANGE[lang].search(after) or _NOT_HAPPENING[lang].search(after))
