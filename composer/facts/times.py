"""Dates and clock times, understood: what a time expression says (weekday, day, month, year, hour, minute).

One regex scanner reads situation fields and drafts alike, so both sides are normalised the same way and the
per-draft scan stays fast. A situation's own times are parsed once (cached by text, language and reference date);
dateparser resolves what the scanner cannot (relative dates such as "demain" or "next Tuesday").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from composer.facts.surface import MONTHS as _MONTH_LINES
from composer.facts.surface import WEEKDAYS as _WEEKDAY_LINES
from composer.models import Language
from composer.facts.rx import rx

# The calendar's words per language: the one home of these tables (the message reader builds its patterns
# from them too). Full names in order (Monday/January first); abbreviations and spelling variants per language.
WEEKDAY_NAMES: dict[Language, tuple[str, ...]] = {lang: tuple(words.split()) for lang, words in _WEEKDAY_LINES.items()}
MONTH_NAMES: dict[Language, tuple[str, ...]] = {lang: tuple(words.split()) for lang, words in _MONTH_LINES.items()}
WEEKDAY_ABBREVIATIONS: dict[Language, dict[str, int]] = {
    Language.en: {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6},
    Language.fr: {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6},
    Language.it: {"lun": 0, "mar": 1, "mer": 2, "gio": 3, "ven": 4},
    Language.nl: {"ma": 0, "di": 1, "wo": 2, "do": 3, "vr": 4, "za": 5, "zo": 6},
    Language.sv: {"mån": 0, "tis": 1, "ons": 2, "tors": 3, "fre": 4, "lör": 5, "sön": 6},
}
# Other spellings of whole weekday names: Italian without its accent, Swedish definite forms.
WEEKDAY_VARIANTS: dict[Language, dict[str, int]] = {
    Language.en: {}, Language.fr: {}, Language.nl: {},
    Language.it: {"lunedi": 0, "martedi": 1, "mercoledi": 2, "giovedi": 3, "venerdi": 4},
    Language.sv: {"måndagen": 0, "tisdagen": 1, "onsdagen": 2, "torsdagen": 3, "fredagen": 4, "lördagen": 5, "söndagen": 6,
                  # "i måndags" (last Monday), "i fredags kväll"
                  "måndags": 0, "tisdags": 1, "onsdags": 2, "torsdags": 3, "fredags": 4, "lördags": 5, "söndags": 6},
}
MONTH_ABBREVIATIONS: dict[Language, dict[str, int]] = {
    Language.en: {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
                  "nov": 11, "dec": 12},
    Language.fr: {"janv": 1, "févr": 2, "fevr": 2, "fevrier": 2, "avr": 4, "juil": 7, "aout": 8, "sept": 9, "oct": 10,
                  "nov": 11, "déc": 12, "decembre": 12},
    Language.it: {"gen": 1, "genn": 1, "feb": 2, "febb": 2, "apr": 4, "mag": 5, "magg": 5, "giu": 6, "lug": 7, "ago": 8,
                  "set": 9, "sett": 9, "ott": 10, "nov": 11, "dic": 12},
    Language.nl: {"jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10,
                  "nov": 11, "dec": 12},
    Language.sv: {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10,
                  "nov": 11, "dec": 12},
}

_WEEKDAYS: dict[str, int] = {}
for _names in WEEKDAY_NAMES.values():
    for _i, _w in enumerate(_names):
        _WEEKDAYS[_w] = _i
for _table in (*WEEKDAY_VARIANTS.values(), WEEKDAY_ABBREVIATIONS[Language.en]):  # other languages' short forms are common words
    for _w, _i in _table.items():
        _WEEKDAYS[_w] = _i
# Short forms that are rarely other words, read only with a day number ("ven 9", "gio 8", "jeu 8"; see _AMBIGUOUS_ALONE).
for _w, _i in (("gio", 3), ("ven", 4), ("jeu", 3)):
    _WEEKDAYS.setdefault(_w, _i)

# Every language's short weekday ("ma 16-12", "di 17/12", "tis 14/1", "lun. 12 mars"): read only before a full date
# (a day with its month), since alone most of them are common words of another language ("di", "do", "ma", "ons").
_SHORT_WEEKDAYS: dict[str, int] = {w: i for t in WEEKDAY_ABBREVIATIONS.values() for w, i in t.items() if w not in _WEEKDAYS}

_MONTHS: dict[str, int] = {}
for _names in MONTH_NAMES.values():
    for _i, _w in enumerate(_names, start=1):
        _MONTHS[_w] = _i
for _table in MONTH_ABBREVIATIONS.values():
    for _w, _i in _table.items():
        _MONTHS.setdefault(_w, _i)
# "mar" is Tuesday in French and Italian but March in English and Swedish ("Mar 15"): a short form that is also a
# month is left to the month reading.
for _w in [w for w in _SHORT_WEEKDAYS if w in _MONTHS]:
    del _SHORT_WEEKDAYS[_w]

_DUTCH_HOURS = {w: i for i, w in enumerate("een twee drie vier vijf zes zeven acht negen tien elf twaalf".split(), start=1)}
_DUTCH_HOURS["één"] = 1
# the 24-hour dial said aloud in formal Dutch ("om veertien uur", "dertien uur dertig")
_DUTCH_24 = {w: i for i, w in enumerate("dertien veertien vijftien zestien zeventien achttien negentien twintig".split(), start=13)}
# Hours said in words with "half past" / "halv" / "e mezza" / "et demie" (en, sv, it, fr).
_SPOKEN_HOURS: dict[str, int] = {}
for _words in (
    "one two three four five six seven eight nine ten eleven twelve",
    "ett två tre fyra fem sex sju åtta nio tio elva tolv",
    "una due tre quattro cinque sei sette otto nove dieci undici dodici",
    "une deux trois quatre cinq six sept huit neuf dix onze douze",
):
    for _i, _w in enumerate(_words.split(), start=1):
        _SPOKEN_HOURS.setdefault(_w, _i)
# Afternoon hours in words on the 24-hour dial, as formal French, Italian and Swedish write them ("à quinze
# heures", "alle sedici", "klockan femton").
for _words in (
    "treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt",
    "tredici quattordici quindici sedici diciassette diciotto diciannove venti",
    "tretton fjorton femton sexton sjutton arton nitton tjugo",
):
    for _i, _w in enumerate(_words.split(), start=13):
        _SPOKEN_HOURS.setdefault(_w, _i)
# Before the hour: (minutes, hour offset). "half past two" 2:30; Swedish "halv tre" 2:30; "kvart i tre" 2:45.
_SPOKEN_BEFORE = {"half past": (30, 0), "half": (30, 0), "quarter past": (15, 0), "quarter to": (45, -1), "halv": (30, -1),
                  "kvart över": (15, 0), "kvart i": (45, -1)}
# After the hour: "le due e mezza", "deux heures et demie", "tre e un quarto", "trois heures moins le quart".
_SPOKEN_AFTER = {"e mezza": (30, 0), "e mezzo": (30, 0), "e un quarto": (15, 0), "meno un quarto": (45, -1),
                 "et demie": (30, 0), "heures et demie": (30, 0), "heure et demie": (30, 0), "heures et quart": (15, 0),
                 "h et demie": (30, 0), "h et quart": (15, 0),
                 "heure et quart": (15, 0), "heures moins le quart": (45, -1), "heure moins le quart": (45, -1)}
_PM_WORDS = r"in the afternoon|in the evening|p\.?m\.?|på eftermiddagen|på kvällen|del pomeriggio|di pomeriggio|di sera|della sera|de l'après-midi|du soir"
_AM_WORDS = r"in the morning|a\.?m\.?|på förmiddagen|på morgonen|del mattino|di mattina|della mattina|du matin"

def trie_pattern(words: list[str] | set[str] | dict[str, int]) -> str:
    """An alternation of words as a prefix tree ("ma(?:rs|rzo|art)"): the same matches, far fewer backtracks."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if ends else body

    return "(?:" + build(trie) + ")"


_MO = trie_pattern(_MONTHS)
# French and Italian "mar" (mardi, martedì) before a day with its month ("mar 8/12", "mar 15 déc") is the weekday;
# alone or before a bare day ("Mar 15") it stays the English and Swedish month.
_MAR_WEEKDAY = rf"mar(?=\.?,?\s*\d{{1,2}}(?:\s*[/.]\s*\d{{1,2}}|(?:er|e)?\.?\s+(?:de\s+)?{_MO}\.?(?!\w)))"
_WD = trie_pattern({**_SHORT_WEEKDAYS, **_WEEKDAYS}) + "|" + _MAR_WEEKDAY
_NLH = trie_pattern(_DUTCH_HOURS)
_NL24 = "|".join(_DUTCH_24)  # only with "uur" after it: "tot twintig minuutjes" is a length
# Minutes in words after an hour in words: "treize heures trente", "alle tredici e trenta" (the 24-hour dial said aloud).
_MINUTES_FR = {"trente": 30, "quinze": 15, "quarante-cinq": 45, "quarante": 40, "vingt": 20, "vingt-cinq": 25, "dix": 10,
               "cinquante": 50, "cinq": 5}
_MINUTES_IT = {"trenta": 30, "quindici": 15, "quarantacinque": 45, "quaranta": 40, "venti": 20, "venticinque": 25, "dieci": 10,
               "cinquanta": 50, "cinque": 5}
# ... and in Swedish after "och" ("kl. tretton och trettio"), in Dutch after "uur" ("dertien uur dertig").
_MINUTES_SV = {"trettio": 30, "femton": 15, "fyrtiofem": 45, "fyrtio": 40, "tjugo": 20, "tjugofem": 25, "tio": 10, "femtio": 50, "fem": 5}
_MINUTES_NL = {"dertig": 30, "vijftien": 15, "vijfenveertig": 45, "veertig": 40, "twintig": 20, "vijfentwintig": 25, "tien": 10, "vijftig": 50, "vijf": 5}
_MINUTE_WORDS = {**_MINUTES_FR, **_MINUTES_IT, **_MINUTES_SV, **_MINUTES_NL}
_MIN_FR, _MIN_IT, _MIN_SV, _MIN_NL = (trie_pattern(m) for m in (_MINUTES_FR, _MINUTES_IT, _MINUTES_SV, _MINUTES_NL))
# A Dutch weekday right before "<hour word> uur" ("donderdag negen uur"): that day's clock, as in French.
_NL_WD_BEFORE = "(?:" + "|".join(f"(?<=\\b{w} )" for w in "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()) + ")"
_SPH = trie_pattern(_SPOKEN_HOURS)
# A French weekday right before "<hour word> heures" ("vendredi neuf heures"): the clock of that day, not a length.
_FR_WD_BEFORE = "(?:" + "|".join(f"(?<=\\b{w} )" for w in "lundi mardi mercredi jeudi vendredi samedi dimanche".split()) + ")"
_SPB = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_SPOKEN_BEFORE, key=len, reverse=True))
_SPA = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_SPOKEN_AFTER, key=len, reverse=True))

# A date: weekday and/or day+month (either order), or a numeric d/m(/y); all optional pieces named. A Dutch
# "ma 16-12" is a date only after a weekday: "9-12" alone is as often a range of hours.
_DATE = re.compile(
    rf"(?<!\w)(?=\S)(?:(?P<wd>{_WD})(?P<wdpart>s?(?:ochtend|middag|avond|morgen|förmiddag|eftermiddag|morgon|kväll|kvällen)|s(?=\s+kl)|ens?(?=\s))?\.?,?\s*(?:(?:the|le|il|den|de)\s+)?)?"
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th|er|e|:e|:a|°|º)?\.?\s*(?:de\s+|of\s+)?(?P<m1>{_MO})\.?"
    rf"|(?P<m2>{_MO})\.?\s+(?:the\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?!\s*[:.h]\s*\d)(?!\d)"
    rf"|(?P<iy>(?:19|20)\d\d)-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})(?![\d:])"
    rf"|(?P<dd>\d{{1,2}})-(?P<dm>\d{{1,2}})-(?P<dy>(?:19|20)\d\d)(?![\d:])"
    rf"|(?P<nd>\d{{1,2}})(?:[/.]|(?(wd)-(?=\d{{1,2}}(?![\d:-]))|(?!)))(?P<nm>\d{{1,2}})(?:[/.](?P<ny>\d{{2,4}}))?(?![\d:])(?!\s*(?:uur|%|h\b(?!\.?\s?\d)))"
    rf"|(?:(?<=\s)|(?<=\bl'))(?P<d3>\d{{1,2}})(?P<o3>st|nd|rd|th|er|e|:e|:a|:an|:en)?(?![\w:/%]|[.,]\d|\s*[-–—]\s*\d|\s*(?:h\b|heures?|uur|[ap]\.?m\b|ore\b|min|hours?|timm|jours?|days?|giorn|dag|%|percent|procent|pour|per))"
    rf")?(?:,?\s*(?P<y>(?:19|20)\d\d))?(?!\w)",
    re.IGNORECASE,
)

# A clock time: 14:30, 14.30, 14h30, 14 h, kl. 12.15, alle 10, om 10.00 uur, at 2 pm, om half tien.
_CLOCK = re.compile(
    rf"(?<![\w/])(?:"
    rf"(?P<h1>\d{{1,2}})\s*[:.]\s*(?P<mi1>\d{{2}})(?!\s*(?:minut|min\b))(?:\s*(?P<ap1>[ap]\.?m\.?)(?!\w))?(?:\s*(?:uur|h|hrs)\b)?"
    rf"|(?P<h2>\d{{1,2}})\s*(?:h|heures?)\s*(?P<mi2>\d{{2}})?(?!\w)(?!\s+(?:et\s+(?:demie?|quart)|moins\s+le\s+quart)(?!\w))(?!\s*(?:avant|à l'avance|d'avance|de préavis)\b)"
    rf"|(?P<h3>\d{{1,2}})\s*(?P<ap3>[ap]\.?m\.?)(?!\w)"
    rf"|(?P<h5>\d{{1,2}})u(?P<mi5>\d{{2}})?(?!\w)"
    rf"|(?P<h7>\d{{1,2}})\s*(?:o['’]clock|-tiden)(?!\w)"
    rf"|(?:(?<=\balle )|(?<=\bore )|(?<=\ble ))(?P<h6>\d{{1,2}})\s+e\s+(?P<mi6>\d{{2}})(?!\w)"
    rf"|(?:(?<=kl\. )|(?<=kl )|(?<=klockan )|(?<=\balle )|(?<=\bore )|(?<=\bom )|(?<=\bvanaf )|(?<=\bdalle )|(?<=\bdalle ore )|(?<=\bdopo le )|(?<=\bprima delle )|(?<=\bat )|(?<=à )|(?<=dès )|(?<=verso le )|(?<=verso )|(?<=vers ))(?P<h4>\d{{1,2}})(?:\s*(?:uur|heures?|o'clock|o’clock)(?!\w))?(?!\s*(?:heures?|h)?\s+(?:et\s+(?:demie?|quart)|moins\s+le\s+quart)(?!\w))(?![\d%]|[.,:]\d|\s*(?:minut|ore\b|uur\b|timm|heure|hour|h\b|dag|day|jour|giorn)|\s*(?:avant|à l'avance|d'avance|de préavis|van tevoren|vooraf|innan|före|prima|di preavviso|before|in advance|notice)\b|\s+(?:{_SPA})(?!\w))"
    rf"|(?:(?<=\baround )|(?<=\babout )|(?<=\brond )|(?<=\bomstreeks )|(?<=\btegen )|(?<=\brunt )|(?<=\bkring )|(?<=\bomkring )|(?<=\bca )|(?<=\bca\. )|(?<=\bcirca )|(?<=\bcirka )|(?<=\benviron ))(?:(?:kl\.?|klockan)\s*)?(?P<h8>\d{{1,2}})(?:\s*(?:uur|heures?|o'clock|o’clock|h)(?!\w)(?!\s*(?:van tevoren|vooraf|avant|à l'avance|d'avance|de préavis|before|in advance|notice|innan|i förväg|prima|di preavviso)\b)|(?=\s*(?:[,.;:!?)]|$|\n|(?:or|and|on|instead|o|oppure|invece|ou|plutôt|eller|i stället|istället|of|op|en|och|et|e|på|del|di|du|de|in|the|le|il|het|den|dan|then|ensuite|poi|sedan)\b)))"
    rf"|(?<![\w'’])h\.?\s?(?P<h9>\d{{1,2}})(?:[:.](?P<mi9>\d{{2}}))?(?![\w%]|[.:,]\d)"
    rf"|(?P<half>half|kwart\s+over|kwart\s+voor)\s+(?P<nlh>{_NLH}|\d{{1,2}})(?!\w)(?P<nlpart1>\s+'s\s+(?:middags|avonds|ochtends|morgens))?"
    rf"|(?:(?<=\bom )|(?<=middag )|(?<=ochtend )|(?<=avond )|(?<=morgen )|(?<=\bnaar )|(?<=\btot )|(?<=\bvan )(?={_NLH}\s+uur\s+(?:naar|tot)\b)|{_NL_WD_BEFORE}(?=(?:{_NLH}|{_NL24})\s+uur(?!\w)))(?P<nlw>{_NLH}|(?:{_NL24})(?=\s+uur(?!\w)))(?!\s+uur\s+(?:van\s+tevoren|vooraf|tevoren|ervoor|voordat|voor\s+(?:aanvang|de\s+(?:afspraak|les|start|sessie)|het\s+begin))(?!\w))(?P<nluur>\s+uur)?(?P<nlmin>(?<=uur)\s+(?:{_MIN_NL})(?!\w)(?!\s+min))?(?!\w)(?P<nlpart2>\s+'s\s+(?:middags|avonds|ochtends|morgens))?"
    rf"|(?:(?<=\bkl\. )|(?<=\bkl )|(?<=\bklockan ))(?P<svw>{_SPH})(?P<svmin>\s+och\s+(?:{_MIN_SV})(?!\w)(?!\s+min))?(?!\w)(?P<svpart>\s+(?:{_PM_WORDS}|{_AM_WORDS}))?"
    rf"|(?:(?<=\bat )|(?<=\baround )|(?<=\balle )|(?<=\bore )|(?<=\ball')|(?<=\ball’)|(?<=\bverso le )|(?<=à )|(?<=vers )|(?<=klockan )|(?<=kl\. )|(?<=\bvid )|(?<=\brunt )|(?<=\bkring )|(?<=\bomkring )|{_FR_WD_BEFORE}(?={_SPH}\s+heures?(?!\w)))(?P<wh>{_SPH})(?!\w)(?!(?:\s+(?:heures?|hours?|ore|timmar))?\s+(?:avant|before|beforehand|prima|innan|före|à l'avance|d'avance|in advance|di preavviso|de préavis|notice)(?!\w))(?!\s+(?:{_SPA}|heures?\s+(?:et|moins))(?!\w))(?P<whu>\s+(?:heures?|o'clock|o’clock))?(?P<whmin>(?<=heure)\s+(?:{_MIN_FR})|(?<=heures)\s+(?:{_MIN_FR})|\s+e\s+(?:{_MIN_IT})|\s+och\s+(?:{_MIN_SV}))?(?!\w)(?P<whpart>\s+(?:{_PM_WORDS}|{_AM_WORDS})(?!\w))?(?P<whok>(?=\s*(?:[ap]\.?m\.?(?!\w)|[,.;:!?)]|$|\n|\s(?:in the|or|and|on|instead|rather|o|oppure|invece|anziché|ou|plutôt|au lieu|eller|i stället|istället|hellre|på|del|della|dello|delle|di|du|de|same|même|stessa|stesso|samma|dezelfde)\b)))?"
    # an hour in words with its part of the day is a clock wherever it stands ("le otto del mattino", "eight in the
    # evening", "zes uur 's avonds", "sju på kvällen", "huit heures du soir")
    rf"|(?<![\w'’])(?P<ocw>{_SPH})\s+o['’]clock(?!\w)"
    rf"|(?<![\w'’])(?P<dpw>{_SPH}|{_NLH})\s+(?:heures?\s+|uur\s+)?(?P<dpp>in the (?:morning|afternoon|evening)|på (?:förmiddagen|eftermiddagen|kvällen|morgonen)|del (?:mattino|pomeriggio)|di (?:mattina|pomeriggio|sera)|della (?:mattina|sera)|de l'après-midi|du (?:matin|soir)|'s (?:middags|avonds|ochtends|morgens))(?!\w)"
    rf"|(?P<noon>(?:12\s+)?noon|(?<=\bat )midday|(?<=à )midi|(?<=\d )midi|(?<=\d )mezzogiorno|(?<=di )midi|(?<=demain )midi|(?<=\ba )mezzogiorno|(?<=\balle )dodici)(?P<noonhalf>\s+(?:et demie?|e mezzo|e mezza))?(?!\w)"
    rf"|(?P<spb>{_SPB})\s+(?P<sph1>{_SPH}|\d{{1,2}})(?!\w)(?P<sppart1>\s+(?:{_PM_WORDS}|{_AM_WORDS}))?"
    rf"|(?<![\w'])(?P<frh>{_SPH}|\d{{1,2}})(?:\s+|(?<=\d)(?=h\s))(?P<fra>(?:heures?|h)\s+et\s+(?:demie|quart)|heures?\s+moins\s+le\s+quart)(?!\w)"
    rf"|(?:(?<=\ble )|(?<=\balle )|(?<=\ball')|(?<=\ball’)|(?<=à )|(?<=vers )|(?<=verso )|(?<=dalle ))(?P<sph2>{_SPH}|\d{{1,2}})\s+(?P<spa>{_SPA})(?!\w)(?P<sppart2>\s+(?:{_PM_WORDS}|{_AM_WORDS}))?"
    rf")",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class When:
    """What a time expression states; None where it says nothing."""

    weekday: int | None = None
    day: int | None = None
    month: int | None = None
    year: int | None = None
    hour: int | None = None
    minute: int | None = None
    loose: bool = False  # an hour said without a.m./p.m. or minutes ("at 6", "om 6 uur"): on a 12-hour dial

    @property
    def has_date(self) -> bool:
        return self.day is not None and self.month is not None

    @property
    def has_clock(self) -> bool:
        return self.hour is not None

    @property
    def empty(self) -> bool:
        return replace(self, loose=False) == When()


@dataclass(frozen=True)
class Mention:
    """One time expression found in a text, with its span."""

    start: int
    end: int
    text: str
    when: When


def _clock_of(m: re.Match[str]) -> tuple[int, int] | None:
    g = m.groupdict()
    if g["half"] or g["nlw"]:
        word = g["nlh"] or g["nlw"]
        h = _DUTCH_HOURS.get(word.lower()) or _DUTCH_24.get(word.lower()) or int(word)
        kind = " ".join(g["half"].lower().split()) if g["half"] else ""
        if kind == "half":
            h, mi = (h - 1) % 24, 30
        elif kind:
            h, mi = (h, 15) if kind == "kwart over" else ((h - 1) % 24, 45)
        else:
            mi = _MINUTE_WORDS[g["nlmin"].split()[-1].lower()] if g.get("nlmin") else 0
        part = (g["nlpart1"] or g["nlpart2"] or "").lower()
        # a spoken hour is on a 12-hour dial: 's middags / 's avonds, or an hour before 7 in office hours, is p.m.
        # (without one it stays loose: "om half zes" is 5:30 or 17:30, whichever was given)
        if h < 12 and ("middags" in part or "avonds" in part):
            h += 12
        return h, mi
    if g.get("noon"):
        return 12, 30 if g.get("noonhalf") else 0
    if g.get("dpw"):  # "le otto del mattino", "zes uur 's avonds": the part of the day settles the dial
        word = g["dpw"].lower()
        h = _SPOKEN_HOURS.get(word) or _DUTCH_HOURS[word]
        if h < 12 and rx(r"afternoon|evening|eftermiddag|kväll|pomeriggio|sera|après-midi|soir|middags|avonds", re.IGNORECASE).search(g["dpp"]):
            h += 12
        return h, 0
    if g.get("wh") or g.get("svw") or g.get("ocw"):
        h = _SPOKEN_HOURS[(g.get("wh") or g.get("svw") or g["ocw"]).lower()]
        part = (g.get("whpart") or g.get("svpart") or "").strip().lower()
        if h < 12 and part and rx(_PM_WORDS).fullmatch(part):
            h += 12  # "at six in the evening", "à six heures du soir", "kl. sex på kvällen": the part of the day settles it
        said = g.get("whmin") or g.get("svmin")
        return h, _MINUTE_WORDS[said.split()[-1].lower()] if said else 0  # on the 12-hour dial (loose): "kl. sex" is 6:00 or 18:00, whichever was given
    if g.get("spb") or g.get("spa") or g.get("fra"):  # "dix heures et quart" needs no "à": "heures" makes it a clock
        word = (g.get("sph1") or g.get("sph2") or g.get("frh") or "").lower()
        h = _SPOKEN_HOURS.get(word) or int(word)
        key = " ".join((g.get("spb") or g.get("spa") or g.get("fra") or "").lower().split())
        mi, shift = (_SPOKEN_BEFORE.get(key) or _SPOKEN_AFTER[key])
        h = (h + shift) % 24
        part = (g.get("sppart1") or g.get("sppart2") or "").strip().lower()
        # a spoken hour is on a 12-hour dial: p.m. when said so; otherwise loose (the reading that fits a given time)
        if h < 12 and part and rx(_PM_WORDS).fullmatch(part):
            h += 12
        return h, mi  # with no part of the day it stays loose: "cinq heures et demie" is 5:30 or 17:30
    for hk, mk, ak in (("h1", "mi1", "ap1"), ("h2", "mi2", None), ("h3", None, "ap3"), ("h4", None, None), ("h5", "mi5", None), ("h6", "mi6", None), ("h7", None, None), ("h8", None, None), ("h9", "mi9", None)):
        if g.get(hk):
            h, mi = int(g[hk]), int(g[mk]) if mk and g.get(mk) else 0
            ap = (g.get(ak) or "").lower().replace(".", "") if ak else ""
            if ap == "pm" and h < 12:
                h += 12
            elif ap == "am" and h == 12:
                h = 0
            if h > 24 or mi > 59:
                return None
            return h, mi
    return None


def _date_of(m: re.Match[str]) -> When | None:
    g = m.groupdict()
    wd = _WEEKDAYS.get(g["wd"].lower(), _SHORT_WEEKDAYS.get(g["wd"].lower(), 1 if g["wd"].lower() == "mar" else None)) if g["wd"] else None
    day = month = year = None
    if g["d1"]:
        day, month = int(g["d1"]), _MONTHS[g["m1"].lower()]
    elif g["d2"]:
        day, month = int(g["d2"]), _MONTHS[g["m2"].lower()]
    elif g.get("iy") or g.get("dd"):
        day, month, year = (int(g["id"]), int(g["im"]), int(g["iy"])) if g.get("iy") else (int(g["dd"]), int(g["dm"]), int(g["dy"]))
    elif g.get("d3"):
        # a bare day: with its weekday ("mercredi 20"), or after an article before a pause ("on the 19th,",
        # "le 22,", "l'8,", "den 18:e,"; checked by scan)
        day = int(g["d3"])
        if not 1 <= day <= 31:
            return None
        return When(weekday=wd, day=day)
    elif g["nd"]:
        day, month = int(g["nd"]), int(g["nm"])
        if g["ny"]:
            year = int(g["ny"]) + (2000 if len(g["ny"]) == 2 else 0)
    if g["y"] and (day is not None or wd is not None):
        year = int(g["y"])
    if day is not None and not (1 <= day <= 31 and 1 <= (month or 0) <= 12):
        return None
    if wd is None and day is None:
        return None
    return When(weekday=wd, day=day, month=month, year=year)


# Words too short or too common to count as a weekday or month on their own ("may", "mars", "mar", "set").
_AMBIGUOUS_ALONE = {"may", "mars", "mar", "mai", "maj", "set", "sun", "sat", "wed", "mon", "fri", "tue", "thu",
                    "gen", "mag", "lug", "ago", "dic", "ott", "giu", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
                    "jan", "feb", "apr", "okt", "mrt", "sept", "tues", "thur", "thurs", "janv", "avr", "juil", "gio", "ven", "jeu"}
# An English weekday abbreviation written as one ("Fri at 8.30", "Wed, 3pm"): capitalised, a clock right after.
_ABBREVIATION_CLOCK = re.compile(r"[\s,]*(?:at\s|@|\d)")


# Short weekdays that are common words of another of the five ("un gruppo di 12 alle 14", "ma 12 alle 14", "do 12 at 2")
# need their month to count as a date, even before a clock.
_COMMON_SHORT = frozenset({"di", "ma", "do"})
# A clock written right after a date ("sam 12 14h", "sab 12 alle 14", "za 12 om 14.00 uur"): marked as one.
_CLOCK_NEXT = re.compile(r"(?i)[\s,]*(?:(?:à|alle|ore|om|kl\.?|klockan|at|h)\s*\d{1,2}(?!\d)|\d{1,2}\s*(?:[:.h]\s*\d{2}|h\b|uur\b|[ap]\.?m\b))")
# A bare hour right after a date with its weekday, before a pause ("lör 19/12 11", "ven 18/12 14, ou ..."): a clock.
_BARE_HOUR_AFTER_DATE = re.compile(r"(?i)[ \t]+(?P<h>\d{1,2})(?=[ \t]*(?:$|\n|[,;.!?)]|(?:or|eller|ou|o|of|oppure|och|and|et|e|en|instead|invece|plutôt|istället|i stället)\b))")


_BARE_DAY_BEFORE = re.compile(r"(?i)(?:\b(?:the|le|il|den|de|au|du|al|dal)\s+|\bl')$")
_BARE_DAY_AFTER = re.compile(r"(?i)\s*(?:[,.;:!?)\n–-]|$|(?:at|à|alle|om|kl|klockan|instead|invece|plutôt|i stället|istället|in plaats daarvan|"
                             r"(?:at |à |alla |allo |op |på |om )?(?:the |la |lo )?(?:same (?:time|hour)|même heure|stessa ora|stesso orario|(?:hetzelfde|zelfde) (?:tijdstip|uur)|dezelfde tijd|samma tid))\b)")  # "den 21:e samma tid"

_HOURS_ARTICLE = re.compile(r"(?i)\b(?:verso|per|entro|dopo|prima|fino|tra|fra|e|o|circa)\s+le\s+$")


def scan(text: str) -> list[Mention]:
    """Every date and clock time in the text, a date joined with a clock time that follows it closely."""
    return list(_scan(text))


@lru_cache(maxsize=4096)
def _scan(text: str) -> tuple[Mention, ...]:
    """scan, kept per text: a draft's writer and checker read the same time strings ~30 times per draft, and the
    answer depends on the text alone (Mention and When are frozen; resolving against today happens later)."""
    dates = scan_dates(text)
    return tuple(_join(dates, _scan_clocks(text, dates), text))


def scan_dates(text: str) -> list[Mention]:
    """Every date in the text (weekday, day, month, year; no clock)."""
    dates: list[Mention] = []
    for m in _DATE.finditer(text):
        if not m.group(0).strip() or m.end() == m.start():
            continue
        w = _date_of(m)
        if w is None:
            continue
        word = (m.group("wd") or "").lower()
        if word in _SHORT_WEEKDAYS and (m.group("wdpart") or (w.month is None and not (w.day is not None and word not in _COMMON_SHORT and _CLOCK_NEXT.match(text, m.end())))):
            continue  # "di 17 persone", "ons 2": a short weekday counts only before a day and its month, or a day and a clock ("sam 12 14h")
        if word in _SHORT_WEEKDAYS and m.group("nd") and "-" in m.group(0) and rx(r"\s+[^\W\d_]").match(text[m.end() :]) and not rx(r"\s+(?:om|at|à|alle|ore|kl|klockan|vanaf|rond|vers|verso|runt|van|tussen|mellan|och|en|or|of|ou|o|eller|e|et|and)\b", re.IGNORECASE).match(text[m.end() :]):
            continue  # "we do 9-12 sessions": a range of numbers, not "do 19-12" (Thursday 19 December)
        if w.day is None and word in _AMBIGUOUS_ALONE and not (
            word in WEEKDAY_ABBREVIATIONS[Language.en] and m.group("wd")[0].isupper() and _ABBREVIATION_CLOCK.match(text, m.end())
        ):
            continue
        if m.group("d3") and not m.group("wd"):
            # "the 19th," / "le 22," / "l'8," / "den 18:e," is a date; "the 3rd floor" is not: a lone day counts
            # after an article and before a pause or a clock word
            if not (_BARE_DAY_BEFORE.search(text, max(0, m.start() - 8), m.start()) and _BARE_DAY_AFTER.match(text, m.end())):
                continue
            if _HOURS_ARTICLE.search(text, max(0, m.start() - 16), m.start()):
                continue  # Italian "verso le 17" is an hour (le ore), French "le 17" a day
        if m.group("nd") and not m.group("ny") and not m.group("wd"):
            # "2.5" or "12.5%" are numbers, not dates; only d/m with a slash, or d.m. followed by a year
            if "/" not in m.group(0):
                continue
        txt = rx(r"[\s,.]+$").sub("", m.group(0))
        end = m.start() + len(txt)
        if w.day is not None and w.month is not None and w.year is None and "'" in text[end : end + 8].replace("’", "'"):
            elided = _ELIDED_YEAR.match(text, end)  # "13 marzo '29", "del '29", "March 13 '29": the year, elided
            if elided:
                w, end = replace(w, year=2000 + int(elided.group(1))), elided.end()
                txt = text[m.start() : end]
        dates.append(Mention(m.start(), end, txt.strip(), w))
    return dates


_ELIDED_YEAR = re.compile(r"(?i)\s*(?:(?:del|of)\s+)?['’](\d\d)(?!\w)")


def _scan_clocks(text: str, dates: list[Mention]) -> list[Mention]:
    clocks: list[Mention] = []
    for m in _CLOCK.finditer(text):
        if any(d.start <= m.start() < d.end for d in dates):
            continue
        hm = _clock_of(m)
        if hm is None:
            continue
        if m.group("h2") and not m.group("mi2") and hm[0] >= 24:
            continue
        if (m.group("wh") and m.group("whok") is None and not m.group("whu")) or (m.group("nlw") and not m.group("nluur")):
            # "Friday free at two if...", "Friday the 19th at ten work for you?", "vrijdag om elf": an hour in words
            # followed by more words is a clock only close after a day in the same sentence; "at one of them" is none
            if m.group(0).lower() in _ARTICLE_HOURS or not _day_before(text, dates, m.start()) or _COUNTED_AFTER.match(text, m.end()):
                continue
        if _length_in_words(text, m):
            continue  # "on fera une heure et demie", "tot een uur te beperken": a length, not one o'clock
        if m.group("h8") and not rx(r"(?i)kl|uur|heure|o'clock|o’clock|h$").search(m.group(0)) and not (
                _near_date(dates, m.start(), 25) or RELATIVE_WORD.search(text, max(0, m.start() - 25), m.start())):
            continue  # "Vi blir ca 14.", "about 3, maybe 4 of us": an amount; after a day ("tisdag 15 december, runt 14", "tomorrow around 2") a clock
        if m.group("h2") and not m.group("mi2"):
            # "48 h" is a notice period; "14 h" is a clock time only right after a date or a clock preposition
            before = text[max(0, m.start() - 12) : m.start()].lower()
            attached = rx(r"\d{1,2}h", re.IGNORECASE).match(m.group(0)) is not None
            if not (rx(r"(?:à|dès|vers|de|et|jusqu'à|entre|at|om|kl\.?|alle)\s*$").search(before) or _near_date(dates, m.start())
                    or (attached and rx(r",\s*$").search(before))  # "de demain, 17h"
                    # "je te propose 13h", "13 h plutôt que 12h30": an hour of the working day with its h is a clock
                    # unless a length is meant ("en 2h", "pendant 3 h", "8h de route", "il faut 10 h")
                    or (7 <= hm[0] <= 23 and not rx(r"(?:en|pendant|durant|pour|sous|dans|environ|de|d'|plus|moins|les|des|faut|fallu|faudra|prend\w*|dur\w*|compt\w*|rest\w*|total|\d)\s*$").search(before)
                        and not rx(r"\s*(?:de|d'|du|par|max\w*|env\w*)(?!\w)", re.IGNORECASE).match(text[m.end() :]))
                    or rx(r"(?:demain|lendemain|di|dimanche|soir|matin),\s*$").search(before)  # "demain, 16 h", "lundi, 9 h"
                    or (rx(r"\(\s*$").search(before) and rx(r"\s*\)").match(text[m.end() :]))):  # "en fin d'après-midi (17 h)"
                continue
            if rx(r"(?:préavis|délai|moins|plus|d'au moins)\s+(?:de\s+|d')?$").search(before):
                continue  # "un préavis de 12 h" is a notice period
        if m.group("h1") and m.group(0).count(".") and not rx(r"uur|h\b|kl|[ap]\.?m").search(m.group(0).lower()):
            # 12.5 is a number; 10.00 / 9.30 is a clock time (two digits after the point, a sensible hour)
            if hm[0] > 23:
                continue
        # an hour said in words ("half acht", "half seven", "kl. tio") is on a 12-hour dial as well, unless a part of
        # the day fixes it ("'s avonds", "in the evening")
        spoken = bool(m.group("half") or m.group("wh") or m.group("ocw") or (m.group("dpw") and not rx(r"afternoon|evening|eftermiddag|kväll|pomeriggio|sera|après-midi|soir|middags|avonds|morning|förmiddag|morgon|mattin|matin|ochtend|morgens", re.I).search(m.group("dpp"))) or m.group("svw") or m.group("spb") or m.group("spa") or m.group("fra")) and not (
            m.group("nlpart1") or m.group("nlpart2") or m.group("sppart1") or m.group("sppart2") or m.group("whpart") or m.group("svpart"))
        loose = (bool(m.group("h4") or (m.group("nlw") and not m.group("nlpart2")) or m.group("h7") or (m.group("h8") and not rx(r"(?i)\dh\b|\sh\b").search(m.group(0)))) or spoken) and hm[0] < 12
        clocks.append(Mention(m.start(), m.end(), m.group(0).strip(), When(hour=hm[0], minute=hm[1], loose=loose)))
    for d in dates:
        bare = _BARE_HOUR_AFTER_DATE.match(text, d.end)
        if bare and d.when.weekday is not None and d.when.day is not None and int(bare.group("h")) <= 23 and not any(c.start <= bare.start("h") < c.end for c in clocks):
            h = int(bare.group("h"))
            clocks.append(Mention(bare.start("h"), bare.end("h"), bare.group("h"), When(hour=h, minute=0, loose=h < 12)))
    for start, end in ranges(text, dates, clocks):
        for c in (start, end):
            if not any(o.start < c.end and c.start < o.end for o in clocks):
                clocks.append(c)
    for m in _PAREN_HOUR.finditer(text):
        # "zelfde tijd (17 uur)", "même heure (17 heures)", "stessa ora (ore 17)": an hour of the day glossing a time
        h = int(m.group("h"))
        if 7 <= h <= 23 and not any(o.start <= m.start("h") < o.end for o in clocks) and (
                _near_date(dates, m.start(), 40) or _TIME_GLOSSED.search(text, max(0, m.start() - 30), m.start())):
            clocks.append(Mention(m.start("h"), m.end("h") + len(m.group("u") or ""), text[m.start("h") : m.end("h")] + (m.group("u") or ""), When(hour=h, minute=0)))
    for m in _INSTEAD_HOUR.finditer(text) if _INSTEAD_WORD.search(text) else ():
        # "om 4 uur in plaats van 1 uur", "at 4 rather than 1 o'clock": the hour a clock is put in place of is a clock
        h = int(m.group("h"))
        if h <= 23 and not any(o.start <= m.start("h") < o.end for o in clocks) and any(
                o.end <= m.start() and "\n" not in text[o.end : m.start()] and not rx(r"[.!?]").search(text[o.end : m.start()]) for o in clocks):
            clocks.append(Mention(m.start("h"), m.end(), text[m.start("h") : m.end()].strip(), When(hour=h, minute=int(m.group("mi") or 0), loose=h < 12 and not m.group("mi"))))
    clocks.sort(key=lambda c: c.start)
    return clocks


_PAREN_HOUR = re.compile(r"(?i)\((?:\s*(?:ore|kl\.?|klockan|at|à|om|alle)\s*)?(?P<h>\d{1,2})(?P<u>\s*(?:uur|heures?|hours?|ore|timmar|h))?\s*\)")
_TIME_GLOSSED = re.compile(r"(?i)(?:time|heure|horaire|ora|orario|tijd|tijdstip|uur|tid|klockslag)\W*$")
_INSTEAD_WORD = re.compile(r"instead|rather|lieu|plutôt|invece|anziché|plaats|stället", re.IGNORECASE)  # a cheap screen
_INSTEAD_HOUR = re.compile(
    r"(?i)(?<!\w)(?:in plaats van|instead of|rather than|au lieu de|plutôt que|invece che|invece delle?|anziché|i stället för|istället för)"
    r"\s+(?:(?:om|at|à|alle|dalle|kl\.?|klockan)\s*)?(?P<h>\d{1,2})(?:[.:h](?P<mi>\d{2}))?\s*(?:uur|o['’]clock|heures?|h|ore|[ap]\.?m\.?)?(?![\w%.,:]\d|\w)"
    r"(?!\s*(?:van tevoren|vooraf|before|in advance|avant|d'avance|prima|di preavviso|innan|före|i förväg|notice|de préavis))")


# A range of hours: "14h-16h", "9–12", "10-12", "de 14 h à 16 h", "between 2 and 4pm", "tra le 14 e le 16", "tussen
# 14.00 en 16.00 uur", "mellan kl. 14 och 16", "från 9 till 12". Its end is a time of the range's day as much as its start.
_RANGE = re.compile(
    r"(?<![\w/.:,-])(?P<open>(?:between|from|entre|de|tra\s+le|fra\s+le|dalle|tussen|van|mellan|från)\s+(?:(?:kl\.?|klockan|ore)\s*)?)?"
    r"(?P<a>\d{1,2})(?:\s*[:.h]\s*(?P<am>\d{2}))?(?P<au>\s*(?:h|uur|u|[ap]\.?m\.?)(?!\w))?"
    r"(?:\s*(?P<dash>[-–—])\s*|\s+(?P<word>to|till|until|à|a|alle|tot|och|and|et|e\s+le|e|en)\s+(?:(?:kl\.?|klockan|le)\s*)?)"
    r"(?P<b>\d{1,2})(?:\s*[:.h]\s*(?P<bm>\d{2}))?(?P<bu>\s*(?:h|uur|u|[ap]\.?m\.?)(?!\w))?(?![\w/%]|[.,:]\d)",
    re.IGNORECASE,
)
_RANGE_CONTEXT = re.compile(r"(?i)(?:\b(?:om|kl\.?|klockan|at|à|alle|ore|vanaf|dès)|,)\s*$")
_RANGE_AFTER_BARE = re.compile(r"(?i)\s*(?:$|\n|[,;.!?)]|(?:uur|h|o'clock|or|and|ou|o|of|eller|och|et|e|en|instead|invece|plutôt|istället|i stället|on|op|på|le|il)\b)")


def ranges(text: str, dates: list[Mention] | None = None, clocks: list[Mention] = ()) -> list[tuple[Mention, Mention]]:
    """Ranges of hours in the text, as (start, end) clock mentions. A range needs a sign it is one: an opening
    word ("between", "de", "tra le", "tussen", "mellan"), a clock mark on either end (14h, 16.00, uur, pm), or a
    date or clock word right before it ("mardi 9–12", "om 10-12"); "9-12 sessions" or "10-12%" are no hours."""
    dates = scan_dates(text) if dates is None else dates
    out: list[tuple[Mention, Mention]] = []
    for m in _RANGE.finditer(text):
        if any(d.start <= m.start("a") < d.end or d.start <= m.start("b") < d.end for d in dates):
            continue
        a, b = int(m.group("a")), int(m.group("b"))
        am, bm = int(m.group("am") or 0), int(m.group("bm") or 0)
        au, bu = (m.group("au") or "").strip().lower().replace(".", ""), (m.group("bu") or "").strip().lower().replace(".", "")
        marked = bool(m.group("am") or m.group("bm") or au or bu)
        context = bool(m.group("open")) or _near_date(dates, m.start()) or bool(_RANGE_CONTEXT.search(text[max(0, m.start() - 12) : m.start()]))
        if not (marked or context) or (m.group("word") and not (m.group("open") or marked)):
            continue
        start_is_clock = bool(au or m.group("am") or rx(r"(?i)kl|ore").search(m.group("open") or "") or rx(r"(?i)\b(?:kl\.?|klockan|ore|alle)\s*$").search(text[max(0, m.start() - 12) : m.start()])
                              or any(c.start <= m.start("a") < c.end for c in clocks))
        if not bu and not m.group("bm") and not start_is_clock and not _RANGE_AFTER_BARE.match(text, m.end()):
            continue  # "entre 2 et 3 personnes", "de 10 à 12 participants"; "mellan kl. 14 och 16 passa" is a range
        if au == "pm" and a < 12:
            a += 12
        if bu == "pm" and b < 12:
            b += 12
            if not au and a < 12 and a + 12 < b:
                a += 12  # "between 2 and 4pm"
        elif bu == "am" and b == 12:
            b = 0
        if not (a <= 23 and b <= 24 and am <= 59 and bm <= 59 and a * 60 + am < b * 60 + bm):
            continue
        loose_a = not (au or m.group("am")) and a < 12
        loose_b = not (bu or m.group("bm")) and b < 12
        out.append((Mention(m.start("a"), m.end("au") if au else (m.end("am") if m.group("am") else m.end("a")), text[m.start("a") : m.end("au") if au else (m.end("am") if m.group("am") else m.end("a"))], When(hour=a, minute=am, loose=loose_a)),
                    Mention(m.start("b"), m.end(), text[m.start("b") : m.end()].strip().rstrip("."), When(hour=b, minute=bm, loose=loose_b))))
    return out


# Hour words that are also an article or "one": read as an hour only where a clock mark says so.
_ARTICLE_HOURS = frozenset({"one", "une", "una", "uno", "un", "ett", "en", "een", "één"})


# After a number word, what makes it a count or a length, not an hour ("à trois quarts d'heure", "at two of them").
_COUNTED_AFTER = re.compile(
    r"\s*(?:quarts?|quarti|kwartier|kvart|halve?|demi|mezz\w*|minut\w*|hours?|heures?\s+de|ore\b|uur\b|timm\w*|jours?|days?|giorni|dagen|dagar|"
    r"weeks?|semaines?|settimane|veckor|weken|of|de|d['’]|di|van|av|people|persons?|personnes?|persone|mensen|personer|times|fois|volte|keer|gånger)(?!\w)",
    re.IGNORECASE,
)


# Before "une heure et demie", what makes it one thirty: a clock preposition ("à une heure et demie", "vers une heure").
_CLOCK_BEFORE_FR = re.compile(r"(?i)(?:(?<!\w)(?:à|vers|dès|jusqu'à|jusqu’à|avant|après|entre|et)|,)\s*$")
# After "tot / naar een uur", what makes it a length: a verb of cutting or limiting ("tot een uur te beperken",
# "naar een uur ingekort", "tot een uur terugbrengen").
_LIMITED_AFTER_NL = re.compile(r"(?i)\s+(?:te\s+)?(?:beperk\w*|inkort\w*|ingekort|verkort\w*|terug\w*|houd\w*|houden|gehouden|kort\w*)(?!\w)")


def _length_in_words(text: str, m: re.Match[str]) -> bool:
    """An hour said with an article ("une heure et demie", "een uur") that states a length: in French with no clock
    preposition before it, in Dutch after "tot/naar" with a verb of cutting it down. "One" and "a/an" are the same
    word in both languages, so only the sentence tells one o'clock from an hour long."""
    if m.group("frh") and m.group("frh").lower() in ("une", "un"):
        return not _CLOCK_BEFORE_FR.search(text, 0, m.start())
    if m.group("nlw") and m.group("nlw").lower() == "een" and m.group("nluur"):
        before = text[max(0, m.start() - 5) : m.start()].lower()
        return before.rstrip().endswith(("tot", "naar")) and _LIMITED_AFTER_NL.match(text, m.end()) is not None
    return False


def _day_before(text: str, dates: list[Mention], pos: int, gap: int = 25) -> bool:
    """A date or a relative day ends shortly before `pos`, with no sentence end between."""
    starts = [d.end for d in dates if 0 <= pos - d.end <= gap]
    starts += [r.end() for r in RELATIVE_WORD.finditer(text, max(0, pos - gap), pos)]
    return any(not rx(r"[.;!?\n]").search(text[e:pos]) for e in starts)


def _near_date(dates: list[Mention], pos: int, gap: int = 12) -> bool:
    return any(0 <= pos - d.end <= gap for d in dates)


def _join(dates: list[Mention], clocks: list[Mention], text: str) -> list[Mention]:
    """A date followed within a few words by a clock time is one mention ("giovedì 14 marzo alle 10")."""
    out: list[Mention] = []
    used: set[int] = set()
    for d in dates:
        join = None
        for i, c in enumerate(clocks):
            if i in used:
                continue
            gap = rx(r"\b(?:kl|ca|approx)\.", re.I).sub(" ", text[d.end : c.start])
            if 0 <= c.start - d.end <= 14 and not rx(r"[.;!?\n]|\b(?:or|ou|o|of|eller|and|et|e|en|och)\b", re.I).search(gap):
                join = i
                break
        if join is None:
            out.append(d)
            continue
        c = clocks[join]
        used.add(join)
        out.append(Mention(d.start, c.end, text[d.start : c.end], replace(d.when, hour=c.when.hour, minute=c.when.minute, loose=c.when.loose)))
    # A clock said before its day ("at 3 pm on Friday", "om 15.00 uur op vrijdag", "kl. 15 på fredag", "à 15 h
    # vendredi", "alle 15 di venerdì") is one time as much as the other order.
    for k, d in enumerate(out):
        if d.when.hour is not None:
            continue
        for i, c in enumerate(clocks):
            if i in used or c.when.weekday is not None or c.when.day is not None:
                continue
            if 0 <= d.start - c.end <= 8 and _CLOCK_THEN_DAY.fullmatch(text[c.end : d.start]):
                used.add(i)
                out[k] = Mention(c.start, d.end, text[c.start : d.end], replace(d.when, hour=c.when.hour, minute=c.when.minute, loose=c.when.loose))
                break
    out += [c for i, c in enumerate(clocks) if i not in used]
    return sorted(out, key=lambda m: m.start)


_CLOCK_THEN_DAY = re.compile(r"\s*,?\s*(?:(?:on|this|op|på|le|ce|il|di|del|den)\s+)?", re.IGNORECASE)


# ---------------------------------------------------------------- situation times, resolved against today


@dataclass(frozen=True)
class Parsed:
    """A situation's time field, understood: its stated parts, the date it resolves to, and any doubt."""

    text: str
    when: When  # what the text states
    resolved: datetime | None  # full date (and time when stated) when it can be pinned down
    weekday_mismatch: bool = False
    ambiguous_numeric: bool = False
    end: tuple[int, int] | None = None  # the end of a range given ("14h-16h": 16:00), a time of the same day

    def range_end(self) -> Parsed | None:
        """The range's end as a time of its own (same day, the end's clock), or None when no range was given."""
        if self.end is None:
            return None
        h, mi = self.end
        resolved = self.resolved.replace(hour=h % 24, minute=mi) if self.resolved is not None else None
        return replace(self, when=replace(self.when, hour=h, minute=mi, loose=False), resolved=resolved, end=None)


# Words that name a day by its distance from today.
RELATIVE_DAYS = {"today": 0, "aujourd'hui": 0, "oggi": 0, "vandaag": 0, "idag": 0, "i dag": 0, "tonight": 0, "ce soir": 0,
                 "stasera": 0, "vanavond": 0, "ikväll": 0, "i kväll": 0, "tomorrow": 1, "demain": 1, "domani": 1, "morgen": 1,
                 "i morgon": 1, "imorgon": 1, "yesterday": -1, "hier": -1, "ieri": -1, "gisteren": -1, "igår": -1, "i går": -1,
                 "après-demain": 2, "avant-hier": -2, "the day before yesterday": -2, "the day after tomorrow": 2, "l'altro ieri": -2,
                 "altroieri": -2, "ieri l'altro": -2, "eergisteren": -2, "i förrgår": -2, "förrgår": -2, "dopodomani": 2, "overmorgen": 2, "i övermorgon": 2, "övermorgon": 2,
                 "this morning": 0, "this afternoon": 0, "this evening": 0, "ce matin": 0, "cet après-midi": 0, "stamattina": 0,
                 "stamani": 0, "oggi pomeriggio": 0, "vanochtend": 0, "vanmorgen": 0, "vanmiddag": 0, "i morse": 0,
                 "i eftermiddag": 0, "i förmiddags": 0,
                 # Dutch writes a part of a relative day as one word ("morgenmiddag om 3 uur")
                 "morgenochtend": 1, "morgenvroeg": 1, "morgenmiddag": 1, "morgenavond": 1, "gisterochtend": -1,
                 "gistermiddag": -1, "gisteravond": -1, "gårdagens": -1, "morgondagens": 1, "last night": -1, "yesterday evening": -1, "yesterday morning": -1,
                 "yesterday afternoon": -1}
RELATIVE_ALT = "|".join(re.escape(w) for w in sorted(RELATIVE_DAYS, key=len, reverse=True))
RELATIVE_WORD = re.compile(rf"(?<!\w)({RELATIVE_ALT})(?!\w)", re.IGNORECASE)
NOT_RELATIVE = {Language.nl: frozenset({"hier"})}  # Dutch "hier" is "here", not the French "yesterday"


def relative_offset(text: str, language: Language) -> int | None:
    """The distance in days from the reference date that a relative day word in the text names ("imorgon": 1)."""
    for m in RELATIVE_WORD.finditer(text):
        word = m.group(1).lower()
        if word not in NOT_RELATIVE.get(language, ()):
            return RELATIVE_DAYS[word]
    return None


_BARE_HOUR_AFTER_WORD = re.compile(r"(?i)(?<!\w)(?:after|from|après|dès|dopo(?: le)?|dalle|na|vanaf|efter|från)\s+(?P<h>\d{1,2})\s*$"
                                   r"|^\s*(?:after|from|après|dès|dopo(?: le)?|dalle|na|vanaf|efter|från)\s+(?P<h2>\d{1,2})\s*,?\s+(?=(?:on|op|le|il|på|den)\s|[^\W\d_]{3,})")


def parse_given(text: str, language: Language, today: date | None = None) -> Parsed:
    """Parse one meeting or proposed time (cached; the same text is parsed once per language and day)."""
    return _parse_given(text, language, today or date.today())


# "~" typed before a clock in a field ("ons ~15", "Thurs ~4pm") is "around": read as the language's own word.
_TILDE = re.compile(r"~\s*(?=\d)")
# "9-ish", "9ish", Swedish "typ 9" typed in a field are "around 9" too.
_ISH = re.compile(r"(?<![\w.:])(\d{1,2}(?:[.:h]\d{2})?(?:\s*[ap]\.?m\.?)?)\s*-?\s*ish(?!\w)", re.IGNORECASE)
_TYP = re.compile(r"(?<!\w)(?:typ|ungefär|cirka)\s+(?:kl\.?\s*)?(?=\d)", re.IGNORECASE)
_AROUND = {Language.en: "around ", Language.fr: "vers ", Language.it: "verso le ", Language.nl: "rond ", Language.sv: "runt kl. "}
_APPROX = r"(?:around|about|approx\.?|circa|cirka|ca\.?|vers|verso(?: le)?|rond|omstreeks|tegen|runt|kring|omkring|environ)"


@lru_cache(maxsize=2048)
def _parse_given(text: str, language: Language, today: date) -> Parsed:
    if "~" in text:
        text = _TILDE.sub(_AROUND[language], text)
    if "ish" in text.lower():
        text = _ISH.sub(lambda m: _AROUND[language] + m.group(1), text)
    if language is Language.sv and _TYP.search(text):
        text = _TYP.sub(_AROUND[language], text)
    found = scan(text)
    # a given clock said in words on the 12-hour dial ("om half vijf", "kl. tre") is in office hours: p.m. before 7
    found = [replace(m, when=replace(m.when, hour=m.when.hour + 12, loose=False)) if m.when.loose and m.when.hour is not None and m.when.hour < 7 else m for m in found]
    found = _typed_weekday_day(text, language, found)
    found = _typed_weekday_only(text, language, found)
    when = When()
    for m in found:  # merge: "jeudi 14 mars, 10 h" may come as two mentions
        w = m.when
        when = When(
            weekday=when.weekday if when.weekday is not None else w.weekday,
            day=when.day or w.day,
            month=when.month or w.month,
            year=when.year or w.year,
            hour=when.hour if when.hour is not None else w.hour,
            minute=when.minute if when.hour is not None else w.minute,
        )
    bare = _BARE_HOUR_AFTER_WORD.search(text) if when.hour is None and (when.weekday is not None or when.day is not None) else None
    if bare is not None and int(bare.group("h") or bare.group("h2")) <= 23:
        # "vr 11 dec na 3", "ven 11 déc après 16", "na 3 op donderdag": a bare hour after "after/from" typed at the end
        # or the start of a dated field is the clock (on the office dial: p.m. before 7)
        h = int(bare.group("h") or bare.group("h2"))
        when = replace(when, hour=h + 12 if h < 7 else h, minute=0)
    ambiguous = bool(rx(r"(?<![\d/.])(?:0?[1-9]|1[0-2])[/.](?:0?[1-9]|1[0-2])(?:[/.]\d{2,4})?(?![\d:])").search(text)) and any(
        (m.when.day or 0) != (m.when.month or 0) and m.text.count("/") and not _weekday_settles(_with_weekday(m.when, when), today, language) for m in found
    )
    resolved, mismatch = _resolve(when, today)
    if resolved is None and when.weekday is not None and when.day is not None and when.month is None:
        # "Thursday 10th", "Wed 9th 11am", "mercoledì 9 alle 11": the next such day from the reference date whose
        # weekday fits, in the coming weeks, else none (never a guess from dateparser, which returns another month)
        day = _weekday_day(when.weekday, when.day, today)
        if day is None:
            return Parsed(text=text, when=when, resolved=None, ambiguous_numeric=False, end=_range_end(text))
        when = replace(when, month=day.month, year=day.year)
        resolved = datetime(day.year, day.month, day.day, when.hour or 0, when.minute or 0)
    offset = relative_offset(text, language) if resolved is None and not when.has_date and when.weekday is None else None
    if offset is not None:
        # "kl. 9.15 imorgon", "morgen om half tien": a day named by its distance from the reference date, in any of the
        # five languages (dateparser reads "tomorrow" and "demain" but not every form)
        day = today + timedelta(days=offset)
        when = When(weekday=day.weekday(), day=day.day, month=day.month, year=day.year, hour=when.hour, minute=when.minute)
        resolved = datetime(day.year, day.month, day.day, when.hour or 0, when.minute or 0)
    past = next((m for m in found if m.when.weekday is not None and said_past(text, m)), None)
    if resolved is None and not when.has_date and when.weekday is not None and past is not None:
        day = latest_before(when.weekday, today)  # "afgelopen maandag 19u", "i tisdags kl 17": the last such day
        when = replace(when, day=day.day, month=day.month, year=day.year)
        resolved = datetime(day.year, day.month, day.day, when.hour or 0, when.minute or 0)
    if resolved is None and not when.has_date and not _clock_only(text, found):
        resolved = _dateparser(text, language, today)
        if resolved is not None:
            dp = When(weekday=resolved.weekday(), day=resolved.day, month=resolved.month, year=resolved.year,
                      hour=when.hour if when.hour is not None else (resolved.hour if (resolved.hour or resolved.minute) else None),
                      minute=when.minute if when.hour is not None else (resolved.minute if (resolved.hour or resolved.minute) else None))
            when = dp
    return Parsed(text=text, when=when, resolved=resolved, weekday_mismatch=mismatch, ambiguous_numeric=ambiguous, end=_range_end(text))


# A weekday said as past: "last Thursday", "jeudi dernier", "giovedì scorso", "afgelopen/vorige donderdag", Swedish
# "i torsdags" (the -s form). It names the latest such day before the reference date, never a coming one.
_PAST_BEFORE = re.compile(r"(?i)(?<!\w)(?:last|this past|afgelopen|vorige|jongstleden|förra)\s+$")  # not bare "past": Dutch "Past woensdag?"
_PAST_AFTER = re.compile(r"(?i)^\s+(?:dernier|passé|scors[oa]|passat[oa]|jongstleden|jl\.)(?!\w)")
_PAST_INSIDE = re.compile(r"(?i)(?<!\w)(?:dernier|passé|scors[oa]|passat[oa])(?!\w)")
_SV_PAST_FORM = re.compile(r"(?i)(?<!\w)i\s+(?:mån|tis|ons|tors|fre|lör|sön)dags(?!\w)")


def said_past(text: str, m: Mention) -> bool:
    """The weekday mention `m` is said as past ("last Thursday", "jeudi dernier", "i torsdags")."""
    return bool(_PAST_BEFORE.search(text, max(0, m.start - 20), m.start) or _PAST_AFTER.match(text[m.end : m.end + 16])
                or _PAST_INSIDE.search(m.text) or _SV_PAST_FORM.match(text, max(0, m.start - 2)) or _SV_PAST_FORM.match(text, max(0, m.start - 3)))


def latest_before(weekday: int, ref: date) -> date:
    """The latest day before `ref` that falls on `weekday` (one to seven days back)."""
    return date.fromordinal(ref.toordinal() - ((ref.weekday() - weekday) % 7 or 7))


# Short weekdays people type in their own fields beyond the shared table ("sab 12 mattina", "dom 13 ore 10").
GIVEN_EXTRA_ABBREVIATIONS: dict[Language, dict[str, int]] = {Language.it: {"sab": 5, "dom": 6}}


@lru_cache(maxsize=8)
def _typed_weekday_pattern(language: Language) -> re.Pattern[str]:
    words = {**WEEKDAY_ABBREVIATIONS[language], **GIVEN_EXTRA_ABBREVIATIONS.get(language, {})}
    words = {w: i for w, i in words.items() if language in (Language.fr, Language.it) or w not in MONTH_ABBREVIATIONS[language]}
    words.update({w: i for i, w in enumerate(WEEKDAY_NAMES[language])})
    words.update(WEEKDAY_VARIANTS[language])
    return rx(rf"(?i)^\s*(?P<wd>{trie_pattern(words)})\.?,?\s+(?P<d>\d{{1,2}})(?:er|e|°|:e|:a)?(?![\d/.:h\w%-])(?!\s*(?:{_MO})\b|\s*(?:h\b|heures?|uur|u\b|[ap]\.?m\b|o'clock))")


def _typed_weekday_day(text: str, language: Language, found: list[Mention]) -> list[Mention]:
    """A field typed as its writer's short weekday and a day with no month ("mar 15 après-midi", "sab 12 ore 9",
    "lun 14 fin d'après-midi"): that weekday and day. The shared scanner leaves these to other readings (English
    "Mar 15" is March; "sab" is no shared abbreviation; a part of the day is no clock), but in a field of the
    user's language the weekday is what was typed. Any date the scanner read in that span gives way."""
    m = _typed_weekday_pattern(language).match(text)
    if m is None or any(f.when.month is not None and f.start >= m.start("d") for f in found):
        return found
    table = {**WEEKDAY_ABBREVIATIONS[language], **GIVEN_EXTRA_ABBREVIATIONS.get(language, {}), **WEEKDAY_VARIANTS[language],
             **{w: i for i, w in enumerate(WEEKDAY_NAMES[language])}}
    wd = table[m.group("wd").lower()]
    keep = [f for f in found if f.end <= m.start() or f.start >= m.end()]
    if any(f.start < m.end() and f.end > m.start() and (f.when.weekday, f.when.day) == (wd, int(m.group("d"))) for f in found):
        return found  # the scanner read it the same way
    # a clock the scanner joined to its other reading ("mar 15 après 16h" read as 15 March at 16h) stays with the day
    clock = next((f for f in found if f.start < m.end() and f.end > m.end() and f.when.hour is not None), None)
    end = clock.end if clock is not None else m.end()
    when = When(weekday=wd, day=int(m.group("d")), hour=clock.when.hour if clock else None, minute=clock.when.minute if clock else None,
                loose=clock.when.loose if clock else False)
    day = Mention(m.start("wd"), end, text[m.start("wd") : end], when)
    return sorted([day, *keep], key=lambda f: f.start)


@lru_cache(maxsize=8)
def _typed_weekday_alone_pattern(language: Language) -> re.Pattern[str]:
    words = {**WEEKDAY_ABBREVIATIONS[language], **GIVEN_EXTRA_ABBREVIATIONS.get(language, {})}
    words = {w: i for w, i in words.items() if language in (Language.fr, Language.it) or w not in MONTH_ABBREVIATIONS[language]}
    words.update({w: i for i, w in enumerate(WEEKDAY_NAMES[language])})
    words.update(WEEKDAY_VARIANTS[language])
    return rx(rf"(?i)^\s*(?P<wd>{trie_pattern(words)})\.?,?(?=\s+(?:{_APPROX}\s+)?(?:(?:at|à|alle|ore|om|kl\.?|klockan)\s*)?\d|\s*$)")


def _typed_weekday_only(text: str, language: Language, found: list[Mention]) -> list[Mention]:
    """A field typed as its writer's weekday and a clock, no day ("Thurs 4.30", "tors 17-18", "mar 14h"): that
    weekday. The shared scanner reads a short weekday only beside a date, since alone most are common words of
    another language; in a field of the user's language, at its start before a clock, it is the weekday typed."""
    if any(f.when.weekday is not None or f.when.day is not None for f in found):
        return found
    m = _typed_weekday_alone_pattern(language).match(text)
    if m is None:
        return found
    table = {**WEEKDAY_ABBREVIATIONS[language], **GIVEN_EXTRA_ABBREVIATIONS.get(language, {}), **WEEKDAY_VARIANTS[language],
             **{w: i for i, w in enumerate(WEEKDAY_NAMES[language])}}
    day = Mention(m.start("wd"), m.end("wd"), m.group("wd"), When(weekday=table[m.group("wd").lower()]))
    return sorted([day, *found], key=lambda f: f.start)


def _with_weekday(mention: When, whole: When) -> When:
    """A numeric date's mention with the field's weekday when a word stands between them ("jeudi dernier 7/01",
    "venerdì scorso 12/3"): the weekday still names that date."""
    if mention.weekday is None and whole.weekday is not None and mention.day == whole.day and mention.month == whole.month:
        return replace(mention, weekday=whole.weekday)
    return mention


def _weekday_settles(when: When, today: date, language: Language | None = None) -> bool:
    """A typed weekday picks one reading of a numeric date ("ven 11/12", "Thu 10/12", "ma 7/12"): the day-first reading
    falls on that weekday near the reference date and the month-first one does not, or falls on it only months later
    ("ma 7/12" on Monday 7 December: 12 July is a Monday too, seven months on; a meeting is booked for the coming
    weeks; only where dates are written day first: French, Italian, Dutch, Swedish. English writers use both orders, so
    there a weekday that fits both readings settles nothing). With a weekday that fits neither, only the month-first
    reading, or both within the coming weeks, or with no weekday, the date stays ambiguous."""
    if when.weekday is None or when.day is None or when.month is None:
        return False

    def fits(day: int, month: int) -> int | None:
        """Days from the reference date to the nearest date of this reading on the typed weekday (None: none fits)."""
        years = [when.year] if when.year else [today.year - 1, today.year, today.year + 1]
        best: int | None = None
        for y in years:
            try:
                d = date(y, month, day)
            except ValueError:
                continue
            gap = (d - today).days
            if (when.year or -120 <= gap <= 300) and d.weekday() == when.weekday and (best is None or abs(gap) < abs(best)):
                best = gap
        return best

    day_first, month_first = fits(when.day, when.month), fits(when.month, when.day)
    if day_first is None:
        return False
    if month_first is None:
        return True
    # Near in either direction (a missed meeting, "jeudi dernier 7/01", is days behind); the other reading competes only
    # when it is near on the same side ("mar 12/01" on 11 January: 1 December, six weeks back, is no rival).
    rival = abs(month_first) <= WEEKDAY_DAY_AHEAD and (month_first >= 0) == (day_first >= 0)
    return language is not None and language is not Language.en and abs(day_first) <= WEEKDAY_DAY_AHEAD and not rival


def _range_end(text: str) -> tuple[int, int] | None:
    found = ranges(text)
    return (found[0][1].when.hour or 0, found[0][1].when.minute or 0) if found else None


# Words that may stand around a clock without naming a day ("14h-16h", "at 3 pm", "om 10 uur", "kl. 14").
_CLOCK_WORDS = re.compile(r"(?i)\b(?:at|à|a|alle|ore|om|uur|u|kl|klockan|h|heures?|from|to|de|tot|till|van|vanaf|between|and|entre|et|e|le|tra|fra|dalle|tussen|en|mellan|och|från|am|pm|around|vers|verso|rond|runt|ca|circa)\b")


def _clock_only(text: str, found: list[Mention]) -> bool:
    """The text names clocks and nothing else (no day word): dateparser would invent a day for it."""
    if not found or any(not replace(m.when, hour=None, minute=None, loose=False).empty for m in found):
        return False
    rest = list(text)
    for m in found:
        rest[m.start : m.end] = " " * (m.end - m.start)
    return not rx(r"[^\W\d_]").search(_CLOCK_WORDS.sub(" ", "".join(rest)))


# How far ahead a weekday and a day with no month may name a date ("Thursday 10th": one of the coming weeks).
WEEKDAY_DAY_AHEAD = 62


def _weekday_day(weekday: int, day: int, today: date) -> date | None:
    """The first date from `today` on that falls on this day of the month and this weekday, when it is within
    WEEKDAY_DAY_AHEAD days; else None (a far date or a past one is a slip the reader should not guess at)."""
    y, mo = today.year, today.month
    for _ in range(3):
        try:
            d = date(y, mo, day)
        except ValueError:
            d = None
        if d is not None and d >= today and d.weekday() == weekday:
            return d if (d - today).days <= WEEKDAY_DAY_AHEAD else None
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return None


def _resolve(when: When, today: date) -> tuple[datetime | None, bool]:
    """The date a (weekday, day, month, year) names: the stated year, else the candidate year nearest today
    whose weekday fits (or simply the nearest). Returns the date and whether a stated weekday contradicts it."""
    if not when.has_date:
        return None, False
    years = [when.year] if when.year else [today.year - 1, today.year, today.year + 1]
    candidates = []
    for y in years:
        try:
            candidates.append(date(y, when.month, when.day))  # type: ignore[arg-type]
        except ValueError:
            continue
    if not candidates:
        return None, False
    if when.year is None:
        # Without a year, the user means the occurrence nearest today (a little in the past is a likely slip).
        candidates = [c for c in candidates if -120 <= (c - today).days <= 300] or candidates
    fitting = [c for c in candidates if when.weekday is None or c.weekday() == when.weekday]
    pool = fitting or candidates
    best = min(pool, key=lambda c: abs((c - today).days))
    mismatch = when.weekday is not None and best.weekday() != when.weekday
    return datetime(best.year, best.month, best.day, when.hour or 0, when.minute or 0), mismatch


def _dateparser(text: str, language: Language, today: date) -> datetime | None:
    """Relative and unusual forms ("demain à 10 h", "next Tuesday") through dateparser; None when it cannot."""
    try:
        import dateparser
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    base = datetime(today.year, today.month, today.day)
    try:
        got = dateparser.parse(text, languages=[language.value], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future"})
    except Exception:  # dateparser raises a variety of errors on odd text; unparseable stays allowed
        return None
    if got is None or abs((got.date() - today).days) > 800:
        return None
    return got


def compatible(mention: When, given: Parsed) -> bool:
    """Every part the mention states agrees with the given time (a weekday may be implied by its date), or with the
    end of the range it gives ("14h-16h" said "de 14 h à 16 h": 16 h is a time of that slot)."""
    if _compatible(mention, given):
        return True
    end = given.range_end()
    return end is not None and mention.hour is not None and _compatible(mention, end)


def _compatible(mention: When, given: Parsed) -> bool:
    g = given.when
    weekday = g.weekday if g.weekday is not None else (given.resolved.weekday() if given.resolved and g.has_date else None)
    pairs = ((mention.weekday, weekday), (mention.day, g.day), (mention.month, g.month), (mention.year, g.year or (given.resolved.year if given.resolved else None)),
             (mention.hour, g.hour), (mention.minute if mention.hour is not None else None, g.minute if g.hour is not None else None))
    for i, (said, known) in enumerate(pairs):
        if said is None:
            continue
        if i == 4 and mention.loose and known is not None and said + 12 == known:
            continue  # "Friday at 6" for 18:00
        if known is None or said != known:
            return False
    return True


def covers(mentions: list[Mention], given: Parsed) -> bool:
    """The text states this given time: some mention carries all of its date and clock parts."""
    g = given.when
    for m in mentions:
        w = m.when
        if not compatible(w, given):
            continue
        if g.has_date and not (w.day == g.day and (w.month == g.month or (w.month is None and w.weekday is not None))):
            continue  # "mercredi 20" names the date as well as "mercredi 20 janvier": a weekday and day fit few months
        if g.has_date is False and g.weekday is not None and w.weekday != g.weekday:
            continue
        if g.hour is not None and w.hour != g.hour and not (w.loose and w.hour is not None and w.hour + 12 == g.hour):
            continue
        return True
    return False


__all__ = ["Mention", "Parsed", "When", "compatible", "covers", "parse_given", "scan", "trie_pattern"]
