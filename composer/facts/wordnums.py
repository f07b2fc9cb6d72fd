"""Numbers written in words, bound to what they count (issue 13 point 3), in the five languages.

A cardinal ("les douze équipes", "twenty participants", "lunch till trettio personer"), "a dozen", a round count
("une vingtaine", "una trentina", "ett tiotal") or an ordinal that counts occurrences ("for the third time", "pour la
troisième fois") states a fact, as a digit does: it must be one the situation gives. Accepted: the given length
(minutes, or hours of it), the notice (hours, days, weeks), how many times are proposed ("les deux créneaux"), a
number of the meeting's title or a name, and the reason's own words echoed ("två belopp"). Clock times in words
("à deux heures", "halv tio") belong to the time reader (their spans are `covered`); percentages and hours of notice
to `numbers.check_numbers`. "One" is an article in four of the languages and is never read as a count.
"""

from __future__ import annotations

import re
from functools import lru_cache

from composer.facts import numbers, times
from composer.facts.issue import FactIssue
from composer.facts.surface import normalise
from composer.models import Language, Situation
from composer.facts.rx import rx

# Round counts and dozens: what they stand for.
ROUND = {
    Language.en: {"a dozen": 12, "dozen": 12, "a score": 20},
    Language.fr: {"douzaine": 12, "dizaine": 10, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100},
    Language.it: {"dozzina": 12, "decina": 10, "quindicina": 15, "ventina": 20, "trentina": 30, "quarantina": 40, "cinquantina": 50, "sessantina": 60, "centinaio": 100},
    Language.nl: {"dozijn": 12, "tiental": 10, "twintigtal": 20, "dertigtal": 30, "veertigtal": 40, "vijftigtal": 50, "honderdtal": 100},
    Language.sv: {"dussin": 12, "tiotal": 10, "tjugotal": 20, "trettiotal": 30, "fyrtiotal": 40, "femtiotal": 50, "sextiotal": 60, "hundratal": 100},
}
# Dutch says a rough length with the unit first: "een minuut of veertig", "een minuutje of twintig".
_ABOUT_MINUTES = re.compile(r"(?<!\w)een minuu?t(?:je)? of ([^\W\d_]+)(?!\w)")
# Money said as a note ("a tenner", "een tientje", "en hundralapp"): a price nobody gave.
MONEY_NOTES = {
    Language.en: r"(?:a|one|two|three|five) (?:tenner|fiver|quid|grand)s?|a (?:tenner|fiver)",
    Language.fr: r"(?:un|deux|trois) billets? de (?:cinq|dix|vingt|cinquante|cent)",
    Language.it: r"(?:una|due|tre) banconot[ae] da (?:cinque|dieci|venti|cinquanta|cento)",
    Language.nl: r"(?:een|twee|drie) (?:tientje|vijfje|tientjes|vijfjes|briefje van (?:tien|twintig|vijftig|honderd))",
    Language.sv: r"(?:en|två|tre) (?:hundralapp|femtiolapp|tjugolapp|femhundralapp|tusenlapp)(?:ar)?",
}
# Ordinals before "time" count how often something happened ("for the third time"); 2nd and up only.
ORDINAL_TIMES = {
    Language.en: (r"(?:for the|the) (second|third|fourth|fifth|sixth|umpteenth) time", {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "umpteenth": 9}),
    Language.fr: (r"(?:pour )?la (deuxième|seconde|troisième|quatrième|cinquième|sixième|énième) fois", {"deuxième": 2, "seconde": 2, "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6, "énième": 9}),
    Language.it: (r"(?:per )?la (seconda|terza|quarta|quinta|sesta|ennesima) volta", {"seconda": 2, "terza": 3, "quarta": 4, "quinta": 5, "sesta": 6, "ennesima": 9}),
    Language.nl: (r"(?:voor )?de (tweede|derde|vierde|vijfde|zesde|zoveelste) keer", {"tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zoveelste": 9}),
    Language.sv: (r"(?:för )?(?:den )?(andra|tredje|fjärde|femte|sjätte|femtielfte) gången", {"andra": 2, "tredje": 3, "fjärde": 4, "femte": 5, "sjätte": 6, "femtielfte": 9}),
}
# Words after a number that make it no count of things: "the two of us", "deux ou trois", "tous les deux", "in two words".
_NOT_COUNTED = (
    r"of|or|and|to|ou|et|à|o|e|ed|a|of|en|tot|och|eller|till|à|de|di|van|av|"
    r"words?|mots?|parole|woorden|ord|"
    r"us|you|them|nous|vous|eux|elles|noi|voi|loro|ons|jullie|hen|oss|er|dem|"
    r"tiers|quarts?|terzi|quarti|derde|kwart|tredjedelar|fjärdedelar|kvart|quarters|thirds|"
    r"percent|per|pour|procent|"
    # the mail's own content counted ("two things: the claims and the list", "deux points à trancher"): no fact
    r"things?|points?|questions?|items?|matters?|topics?|reasons?|options?|possibilities|ideas|suggestions|remarks|lines|steps|ways|"
    r"choses|sujets|remarques|possibilités|pistes|idées|lignes|étapes|raisons|solutions|propositions|"
    r"cose|punti|domande|questioni|temi|argomenti|opzioni|possibilità|idee|osservazioni|righe|passaggi|motivi|soluzioni|proposte|"
    r"dingen|punten|vragen|zaken|onderwerpen|opties|mogelijkheden|ideeën|opmerkingen|regels|stappen|redenen|oplossingen|voorstellen|"
    r"saker|punkter|frågor|ärenden|ämnen|alternativ|möjligheter|idéer|synpunkter|rader|steg|skäl|anledningar|lösningar|förslag|"
    r"sakerna|punkterna|frågorna|alternativen|förslagen|tiderna|"
    r"kwartier|kvart|diligence|"  # "drie kwartier", "tre kvart": a length read with the lengths; "due diligence"
    # set phrases that count nothing: "entre quatre yeux", "onder vier ogen", "à deux pas", "a due passi", "fare due
    # chiacchiere", "d'une pierre deux coups", "two birds", "twee vliegen", "två flugor", "due piccioni", "two seconds"
    r"yeux|ogen|ögon|eyes|pas|passi|chiacchiere|coups|birds|vliegen|flugor|piccioni|secondes?|seconds?|secondi|seconden|sekunder|"
    # "in two shakes / two ticks", "en deux temps trois mouvements", "in twee tellen", "på två röda": "at once" (round 14)
    r"shakes|ticks|jiffies|temps|mouvements|tellen|röda"
)
# A count of years ("Forty years deserves a party" for a ruby wedding, "depuis vingt ans"): an age, an anniversary,
# how long something has lasted. The situation may imply it in words the checker cannot weigh: a note, no alarm.
_YEAR_UNITS = r"years?|ans|années|anni|anno|jaar|jaren|år|åren|decades?|décennies?|decenni|decennia|decennier"
# Quantifiers before a number: a pronoun's count ("tous les deux", "we komen alle twee", "vi kommer alla tre") unless
# a noun follows ("alla sex arbetsplatser", "all six workstations", "tutte e sei le postazioni"): then a count of things.
_QUANTIFIER = r"(?:tous|toutes) les|tutti e|tutte e|all|alla|alle|allihop"
# Words after such a quantified number that are no counted noun: verbs, adverbs, articles of the pronoun reading.
_NOT_A_NOUN = (r"of|are|were|will|would|can|could|have|had|agree|together|at|in|on|to|for|is|need|should|must|both|seem|look|"
               r"sont|seront|étaient|ont|avaient|pouvons|pouvez|êtes|sommes|ensemble|conviennent|vont|avons|serons|"
               r"siamo|sarete|saremo|sono|insieme|potete|possiamo|vanno|andrebbero|avete|abbiamo|"
               r"zijn|waren|hebben|kunnen|komen|gaan|samen|zullen|willen|zijt|"
               r"är|var|har|kan|kommer|ska|går|tillsammans|vill|blir|"
               # prepositions and adverbs: "tous les trois devant l'objectif", "alla tre här"
               r"here|there|with|before|after|by|again|too|also|very|soon|now|today|"
               r"devant|derrière|avec|chez|ici|là|bien|aussi|très|pour|dans|sur|en|au|aux|demain|"
               r"davanti|qui|lì|là|con|da|per|anche|bene|domani|"
               r"hier|daar|met|voor|bij|ook|weer|graag|er|morgen|"
               r"här|där|med|hos|också|gärna|på|i|vid|imorgon")
_MINUTE_UNITS = r"minutes?|mins?|minuti|minuto|minuten|minuutjes|minuter|minut"
# Words before a number that make it a pronoun's count or a clock ("tous les deux", "noi due", "alle sei", "om acht",
# "from nine as planned", "twenty past four"); a clock's own span is the time reader's already.
_NOT_COUNTED_BEFORE = (
    r"(?:tous|toutes) les|nous|vous|tutti e|tutte e|noi|voi|wij|jullie|we|vi|ni|all|alla|allihop|you|us|them|"
    r"(?:which|either|one|neither) of the|des|dei|delle|degli|(?:welke|een|geen) van de|van beide|(?:vilken|vilket|någon|en|ett) av de|"  # "which of the two suits you"
    r"à|at|om|alle|kl\.?|klockan|vers|dès|from|från|dalle|vanaf|"
    r"page|pagina|bladzijde|sida|article|articolo|artikel|chapter|chapitre|capitolo|hoofdstuk|kapitel|"
    r"number|numéro|numero|nummer|room|salle|sala|zaal|rum|step|étape|"
    r"(?:quarter|half|ten|five|twenty|twenty-five) (?:past|to)|half|halv|kwart over|kwart voor|et quart|moins le quart|e un quarto"
)
# A definite article before a count of things ("des douze paires", "delle dodici paia"), and the picking words that make
# it "one of the three" ("l'un des trois", "uno dei tre", "chacun des").
_PARTITIVE = re.compile(r"(?:^|\W)(?:des|dei|delle|degli)\s+$", re.IGNORECASE)
_ONE_OF = re.compile(r"(?:^|\W)(?:l['’]une?|une?|lequel|laquelle|lesquels|lesquelles|chacun|chacune|aucun|aucune|uno|una|quale|quali|ciascuno|ciascuna|nessuno|nessuna|qualcuno)\s+(?:des|dei|delle|degli)\s+$", re.IGNORECASE)
# Words after a number that make it a clock, a verb's subject or a definite count of the mail's own proposals.
_NOT_COUNTED_AFTER_CLOCK = (r"pm|am|p|a|uhr|suits|works|fits|you|is|are|passe|convient|vous|te|ti|le|va|andrebbe|preferisce|past|bevalt|passar|funkar|"
                            r"o'clock|sharp|prick|pile|precise|precies|stipt|punto|skulle|som|would|will|is|was|är|var|blir|passar|zou|is|va|sera|andrebbe|va|"
                            r"past|to|över|i|over|voor|moins|meno")  # "ten past", "fem i tolv", "tien over negen": a clock in words
# A count the recipient is asked for ("fatemi due foto", "send me two photos"): a request, no fact.
_REQUEST = (
    r"(?:send|give|bring|take|show) (?:me|us)|could you|can you|please|"
    r"envoyez-moi|envoie-moi|apportez|prenez|pourriez-vous|pourrais-tu|merci de|"
    r"fatemi|fammi|mandami|mandatemi|portate|portami|potresti|potreste|per favore|"
    r"stuur (?:me|ons)|breng|zou je|zou u|kunt u|kun je|"
    r"skicka|ta med|kan du|kan ni"
)
# Words that are a number and something else: only a count in the context named here.
_AMBIGUOUS = {
    "sei": re.compile(r"(?i)(?:^|\W)(?:tutti e|tutte e|le|i|gli|alle|dei|delle|degli|per|con|di|da|in|sui|tra|fra|su|ai|agli)\s+$"),  # "se sei libero": "you are"
    "neuf": None,  # "un bureau neuf": new; read below only before a plural
    "acht": None,  # "in acht nemen": heed
    "vier": None,  # "vier het": celebrate
    "sex": None,
    "elf": None,
    "cent": None,  # "pour cent": judged with the percentages
    "tre": None,
}
# "sei" before a unit of time is six ("circa sei settimane", "sei mesi"), never "you are" (round 22).
_SEI_UNIT = re.compile(r"(?i)(?:minuti|ore|giorni|settimane|mesi|anni)")


@lru_cache(maxsize=8)
def _pattern(lang: Language) -> re.Pattern[str]:
    words = [w for w, v in numbers.SPELLED_BY_LANGUAGE[lang].items() if v >= 2]
    alts = sorted((re.escape(w) for w in (*words, *ROUND[lang])), key=len, reverse=True)
    return rx(rf"(?<![\w'’-])(?P<num>{'|'.join(alts)})(?![\w'’-])(?P<after>[ \t\u00a0]+(?P<next>[^\W\d_][\w'’-]*))?", re.IGNORECASE)


@lru_cache(maxsize=8)
def _first_words(lang: Language) -> frozenset[str]:
    """The longest word of every number form: a draft with none of them has no number in words (checked cheaply)."""
    forms = [w for w, v in numbers.SPELLED_BY_LANGUAGE[lang].items() if v >= 2] + list(ROUND[lang])
    return frozenset(max(rx(r"[ -]").split(f.lower()), key=len) for f in forms)


_DATE_NOUNS = (r"dates|days|times|jours|horaires|date|giorni|orari|data|datums|dagen|tijden|tijdstippen|datum|datumen|dagar|tider|tiderna|dagarna|"
               r"appointments|meetings|sessions|rendez-vous|réunions|séances|appuntamenti|incontri|riunioni|afspraken|"
               r"vergaderingen|möten|mötena|tillfällen|tillfällena")
_WORD = re.compile(r"[^\W\d_]+")
# "the usual forty-five", "dei soliti quarantacinque", "de vanliga fyrtiofem": a count whose unit goes without saying
# (round 19); it must be a given number like any other.
_USUAL_BEFORE = re.compile(r"(?<!\w)(?:usual|normal|regular|customary|standard|habituel(?:le)?s?|solit[oaie]|consuet[oaie]|abitual[ei]|"
                           r"gebruikelijke|gewone|normale|vaste|vanliga|normala|ordinarie|brukliga|sedvanliga)\s+$", re.IGNORECASE)


def _value(lang: Language, word: str) -> int | None:
    w = word.lower()
    return numbers.SPELLED_BY_LANGUAGE[lang].get(w) or ROUND[lang].get(w) or ROUND[lang].get(w.split()[-1])


def _given_counts(s: Situation) -> set[int]:
    """Values a count may have without being invented: numbers in the meeting's title or a name, how many times are
    proposed, the length, the notice."""
    named = "\n".join(p for p in (s.recipient_name, s.sender_name, s.meeting, s.colleague_name) if p)
    out = {int(n) for n in rx(r"(?<![\d.,])\d+(?![\d.,]\d)").findall(named)}
    if len(s.proposed_times) >= 2:
        out.add(len(s.proposed_times))
    return out


def _echoed(s: Situation, text: str, start: int, end: int, value: int) -> bool:
    """The number as the reason, the meeting's title or a name says it (in words or digits)."""
    reason = normalise("\n".join(p for p in (s.reason, s.meeting, s.recipient_name, s.sender_name, s.colleague_name) if p))
    if not reason:
        return False
    said = normalise(text[start:end])
    if rx(rf"(?<!\w){re.escape(said)}(?!\w)").search(reason):
        return True
    word = said.split()[0]
    if (word in numbers.SPELLED_BY_LANGUAGE[s.language] or word in ROUND[s.language]) and rx(rf"(?<!\w){re.escape(word)}(?!\w)").search(reason):
        return True  # the reason's own number ("deux questions" said as "deux points")
    return rx(rf"(?<![\d.,]){value}(?![\d])").search(reason) is not None and said in _neighbourhood(s, text, start, end)


def _neighbourhood(s: Situation, text: str, start: int, end: int) -> str:
    return normalise(text[max(0, start - 30) : end + 30])


# The clock words of `numbers.CLOCK_LEAD`, and those that open a span or a bound of clocks ("entre deux et trois heures",
# "tot drie uur", "before four"): a count in words after them is an hour of the day; "to" only for a given clock hour.
_CLOCK_HOUR = re.compile(rf"(?:^|\W)(?:{numbers.CLOCK_LEAD}|tot|till|mellan|entre|tra le|fra le|between|by|about|après|avant|after|before|na|voor|efter|före|dopo le|prima delle)\s+$", re.IGNORECASE)


def _hours_judged(s: Situation, low: str, start: int, end: int, value: int) -> bool:
    """Hours in words that are a clock ("vers trois heures", "tot drie uur", "fino alle tre") or a notice claim
    ("moins de vingt-quatre heures avant"): the time reader and `numbers.check_numbers` judge those."""
    if _CLOCK_HOUR.search(low[max(0, start - 16) : start]) or numbers.clock_hour(s, low[max(0, start - 24) : start], value * 60):
        return True
    before = low[max(0, start - 30) : start]
    if rx(rf"(?:^|\W)(?:{numbers._AT_LEAST}|{numbers._NOTICE_LEAD})\s*$").search(before):
        return True
    return bool(rx(rf"\s*(?:{numbers._NOTICE_AFTER})(?!\w)").match(low[end:]))


# A sum of money in words ("duecento euro", "two hundred pounds", "deux cents euros", "tweehonderd euro", "tvåhundra
# kronor"): number words, compounds included, before a currency. Read by its parts, so any amount is one.
_NUMBER_PARTS = {
    Language.en: r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|teen|ty|and|a",
    Language.fr: r"un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|et",
    Language.it: r"uno|una|un|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|quindici|venti|vent|trenta|trent|quaranta|quarant|cinquanta|cinquant|sessanta|settanta|ottanta|novanta|cento|mille|mila|e",
    Language.nl: r"een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend|en|ën",
    Language.sv: r"en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|femton|tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio|hundra|tusen|och",
}
_CURRENCY = r"euros?|€|dollars?|pounds?|quid|sterline|sterlina|franchi|francs|kronor|kronors|kr|sek|riksdaler"


@lru_cache(maxsize=8)
def _money_words(lang: Language) -> re.Pattern[str]:
    part = f"(?:{_NUMBER_PARTS[lang]})"
    word = rf"(?:{part})+"
    return rx(rf"(?<!\w)(?P<sum>{word}(?:[\s-]+{word}){{0,4}})\s+(?:{_CURRENCY})(?!\w)", re.IGNORECASE)


_CURRENCY_WORD = re.compile(rf"(?<!\w)(?:{_CURRENCY})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=8)
def _money_notes(lang: Language) -> re.Pattern[str]:
    return rx(rf"(?<!\w)(?:{MONEY_NOTES[lang]})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=8)
def _ordinal_times(lang: Language) -> re.Pattern[str]:
    return rx(rf"(?<!\w){ORDINAL_TIMES[lang][0]}(?!\w)", re.IGNORECASE)


def check_number_words(s: Situation, text: str, covered: list[tuple[int, int]]) -> list[FactIssue]:
    """Counts in words nobody gave, each named with what it counts ("'douze équipes': a count nobody gave")."""
    lang = s.language
    out: list[FactIssue] = []
    given = _given_counts(s)
    notice = s.policy.notice_hours if s.policy is not None else None
    low = text.lower()
    found = _first_words(lang).intersection(_WORD.findall(low))
    if found:  # percentages ("cinquante pour cent") and lengths ("due ore e mezza") in words are numbers.check_numbers'
        covered = [*covered, *((a, b) for a, b, _ in numbers.spelled_percents(text)), *(m.span() for m in numbers._length_words().finditer(text))]
    for m in _pattern(lang).finditer(text) if found else ():
        start, end = m.start("num"), m.end("num")
        if any(a <= start < b or start <= a < end for a, b in covered):
            continue
        word = m.group("num").lower()
        value = _value(lang, word)
        nxt = (m.group("next") or "").lower().rstrip("'’")
        if value is None or (not nxt and not _USUAL_BEFORE.search(low, 0, start)):
            continue  # a number alone before a pause ("we are twelve.") names nothing counted; "the usual forty-five." does
        before = low[max(0, start - 24) : start]
        if word in _AMBIGUOUS:
            rule = _AMBIGUOUS[word]
            if word == "sei" and not (rule and rule.search(before)) and not _SEI_UNIT.fullmatch(nxt):
                continue
            if word == "neuf" and not rx(r"[sx]$").search(nxt):
                continue
            if word == "acht" and rx(r"(?:nemen|neem|neemt|genomen|slaan|geslagen)").match(nxt):
                continue
            if word == "vier" and rx(r"(?:het|ze|dit|dat|je|jij|u|we|wij)$").match(nxt):
                continue
            if word in ("cent", "sex", "elf", "tre") and rx(r"(?:pour|per|procent|%)").match(nxt):
                continue
        quantified = rx(rf"(?:^|\W)(?:{_QUANTIFIER})\s+$", re.IGNORECASE).search(before)
        if quantified and lang is Language.it and quantified.group(0).strip().lower() == "alle":
            quantified = None  # Italian "alle sei" is a clock
        next_end = m.end("next") if nxt else end
        if quantified and nxt in ("le", "i", "gli", "les"):  # "tutte e sei le postazioni": the noun after the article
            noun = rx(r"[ \t\u00a0]+([^\W\d_][\w'’-]*)").match(text[next_end : next_end + 40])
            if noun:
                nxt, next_end = noun.group(1).lower(), next_end + noun.end()
        # "tous les deux", "tutti e due", "alle twee" are "both" (no count of things): only three and up are read
        noun_after = value is not None and value >= 3 and bool(nxt) and not rx(rf"(?:{_NOT_A_NOUN}|{_NOT_COUNTED})", re.IGNORECASE).fullmatch(nxt)
        counted_noun = bool(quantified) and noun_after
        # "la préparation des douze paires de skis", "delle dodici paia": a definite count of things (three and up, a
        # noun after it), not "l'un des trois" / "uno dei tre" picking one of them (round 28)
        counted_noun = counted_noun or (noun_after and _PARTITIVE.search(before) is not None and not _ONE_OF.search(before))
        if not counted_noun and rx(rf"(?:^|\W)(?:{_NOT_COUNTED_BEFORE})\s+$", re.IGNORECASE).search(before):
            continue
        prev = rx(r"([^\W\d_]+)\s+(?:ou|or|o|of|eller|à|a|to|till|tot|-|et|and|e|en|och)\s+(?:le\s+)?$", re.IGNORECASE).search(before)
        if prev and _value(lang, prev.group(1)) is not None:
            continue  # "deux ou trois", "two or three": a rough guess; "entre deux et trois heures": a span of clocks
        if rx(_NOT_COUNTED_AFTER_CLOCK, re.IGNORECASE).fullmatch(nxt) or nxt in times._MONTHS or nxt in times._WEEKDAYS:
            continue  # a clock or a date in words ("le trois mars"): the time reader's
        clause = rx(r"[.!?;:\n]").split(low[max(0, start - 40) : start])[-1]
        if rx(rf"(?<!\w)(?:{_REQUEST})(?!\w)").search(clause):
            continue
        if s.proposed_times and s.meeting_time and value == len(s.proposed_times) + 1 and rx(_DATE_NOUNS).fullmatch(nxt):
            continue  # "the two dates": the old one and the new one
        if value in given or _echoed(s, text, start, next_end, value):
            continue
        stop = next_end
        if nxt in ("de", "di", "of", "van", "d"):  # "une vingtaine de personnes": the noun after the preposition
            noun = rx(r"[ \t\u00a0']*[^\W\d_][\w'’-]*").match(text[stop : stop + 40])
            stop += noun.end() if noun else 0
        what = text[start:stop]
        span = (start, stop)
        if word.split()[-1] in ROUND[lang] and nxt in ("de", "di", "of", "van", "d") and rx(rf"(?<!\w)(?:{_MINUTE_UNITS}|{numbers.HOUR_UNITS})$").search(what.lower()):
            nxt = what.lower().rsplit(None, 1)[-1].lstrip("'’")  # "una quarantina di minuti": a round length, judged as one
        if rx(_MINUTE_UNITS).fullmatch(nxt):
            if s.duration_minutes == value or value <= 5:
                continue  # the given length; "two minutes' work", "ci metti cinque minuti": a moment, no length
            want = f"the given length is {s.duration_minutes} minutes" if s.duration_minutes else "no length was given; remove it"
            out.append(FactIssue("number", f"{what!r}: {want}", span))
            continue
        if nxt in ("h", "uur") and not numbers.SAID_LONG.match(text, next_end):
            continue  # Dutch "tien uur" is ten o'clock; a lone "h" is the time reader's
        if rx(numbers.HOUR_UNITS).fullmatch(nxt):
            if value == notice or (s.duration_minutes is not None and value * 60 == s.duration_minutes) or _hours_judged(s, low, start, next_end, value):
                continue  # the notice or the length in words; a notice claim or a clock is judged elsewhere
            want = f"the given length is {s.duration_minutes} minutes" if s.duration_minutes else "no such length was given; remove it"
            out.append(FactIssue("number", f"{what!r}: {want}", span))
            continue
        if rx(numbers.DAY_UNITS).fullmatch(nxt) or rx(numbers.WEEK_UNITS).fullmatch(nxt):
            if word in numbers._NUMBER_WORDS:
                continue  # judged with the periods in numbers.check_numbers
            hours = value * (168 if rx(numbers.WEEK_UNITS).fullmatch(nxt) else 24)
            if hours == notice or hours in numbers._move_hours(s):
                continue
            out.append(FactIssue("number", f"{what!r}: no such period was given" + (f"; the notice period is {notice} hours" if notice is not None else "; remove it"), span))
            continue
        if rx(_NOT_COUNTED, re.IGNORECASE).fullmatch(nxt) and not (word.split()[-1] in ROUND[lang] and nxt in ("de", "di", "of", "van", "d")):
            continue  # ("une vingtaine de personnes", "una ventina di ospiti": a round count before its noun)
        if rx(_YEAR_UNITS, re.IGNORECASE).fullmatch(nxt):
            out.append(FactIssue("uncertain", f"{what!r}: a count of years (an age, an anniversary?) the checker cannot tie to a given fact", span))
            continue
        out.append(FactIssue("number", f"{what!r}: a count in words that the situation does not give; remove it", span))
    if lang is Language.nl and s.duration_minutes is not None:
        for m in _ABOUT_MINUTES.finditer(low):  # "een minuut of veertig": about forty minutes, judged as a length
            value = _value(lang, m.group(1))
            if value is not None and value != s.duration_minutes and not any(a <= m.start(1) < b for a, b in covered):
                out.append(FactIssue("number", f"{text[m.start() : m.end()]!r}: the given length is {s.duration_minutes} minutes", m.span()))
    for m in _money_words(lang).finditer(text) if _CURRENCY_WORD.search(text) else ():
        words = m.group("sum").lower().split()
        if all(w in ("a", "e", "et", "en", "och", "and", "un", "une", "una", "uno", "een", "ett") for w in words):
            continue  # "un euro", "a pound", "en krona": a token sum, no amount stated
        if not _echoed(s, text, m.start("sum"), m.end(), -1):
            out.append(FactIssue("invented", f"{m.group(0)!r}: a sum of money nobody gave; remove it", m.span()))
    for m in _money_notes(lang).finditer(text):
        if not _echoed(s, text, m.start(), m.end(), -1):
            out.append(FactIssue("invented", f"{m.group(0)!r}: a sum of money nobody gave; remove it", (m.start(), m.end())))
    ranks = ORDINAL_TIMES[lang][1]
    for m in _ordinal_times(lang).finditer(text):
        if not _echoed(s, text, m.start(1), m.end(1), ranks[m.group(1).lower()]):
            out.append(FactIssue("number", f"{m.group(0)!r}: how often this happened is not in the situation; remove it", (m.start(), m.end())))
    return out
