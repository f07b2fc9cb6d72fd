"""Quantities said roughly in words (round 19): "a couple of hours", "une petite heure", "un paio di giorni", "een dag
of twee", "ett par dagar", "a good hour", "een klein uur", "en dryg timme".

Each is a range of a unit, judged as its digits would be: before a notice word ("a couple of days' notice", "un paio di
giorni prima" when cancelling) against the given notice; a length in minutes or hours against the given length. A
period of days or weeks told elsewhere ("within a couple of days", "a letto da un paio di giorni") is the sender's
story, not a term, and a vague count ("a few", "quelques", "qualche", "een paar", "några") is judged only as a notice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from composer.facts import numbers
from composer.facts.issue import FactIssue
from composer.facts.surface import fmt_number, normalise
from composer.models import Language, Situation

# Units and what one of them is worth, in minutes.
_UNITS: tuple[tuple[str, int], ...] = (
    (r"minutes?|mins?|minuti|minuto|minuten|minuutjes?|minuter|minut", 1),
    (r"half[- ]hours?|demi-heures?|mezz['’]or[ae]|mezz['’]orett[ae]|half uur|halfuurtje|halvtimm[ae]", 30),
    (r"hours?|heures?|or[ae]|orett[ae]|uur|uurtjes?|uren|timm(?:e|ar|a)", 60),
    (r"days?|jours?|journées?|giorn[oi]|giornat[ae]|dag(?:en|je|ar)?|dygn", 24 * 60),
    (r"weeks?|semaines?|settiman[ae]|weken|week(?:je)?|veck(?:a|or)", 7 * 24 * 60),
    (r"months?|mois|mes[ei]|maand(?:en|je)?|månad(?:er)?", 30 * 24 * 60),
)
_UNIT = "|".join(u for u, _ in _UNITS)
_UNIT_OF = [(re.compile(rf"(?i)(?:{u})"), v) for u, v in _UNITS]
_NL_COUNT = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "tien": 10}

# (pattern with a group "unit" and maybe "n", low, high, vague): low and high count the unit.
_ROUGH: dict[Language, tuple[tuple[str, float, float, bool], ...]] = {
    Language.en: (
        (rf"a couple of (?P<unit>{_UNIT})", 2, 2, False),
        (r"an? (?P<unit>hour|day|week|month) or two", 1, 2, False),
        (r"an? (?P<unit>hour|day|week|month) or so", 1, 1.5, False),
        (r"(?:a good|well over an?|a bit over an?|a little over an?|just over an?) (?P<unit>hour|half hour|week)", 1, 1.5, False),
        (r"(?:just under an?|a little under an?|not quite an?|(?:the )?best part of an?|nearly an?|almost an?) (?P<unit>hour|week)", 0.67, 1, False),
        (rf"(?:a few|a handful of) (?P<unit>{_UNIT})", 2, 5, True),
        (r"half a (?P<unit>day)", 0.5, 0.5, False),
        (r"an? (?:good |short )?fortnight", 14, 14, False),  # no unit word: read as days (round 22)
    ),
    Language.fr: (
        (rf"une paire d(?:e |['’])(?P<unit>{_UNIT})", 2, 2, False),
        (r"une petite (?P<unit>heure|demi-heure|semaine)", 0.67, 1, False),
        (r"une bonne (?P<unit>heure|demi-heure|semaine)", 1, 1.5, False),
        (r"une (?P<unit>heure|semaine) ou deux|un (?P<unit2>jour|mois) ou deux", 1, 2, False),
        (rf"quelques (?P<unit>{_UNIT})", 2, 5, True),
        (r"une demi-(?P<unit>journée)", 0.5, 0.5, False),
        (r"une (?:bonne |petite )?quinzaine(?: de (?P<unit>jours))?", 14, 15, False),  # a fortnight (round 22)
    ),
    Language.it: (
        (rf"un paio d(?:i |['’])(?P<unit>{_UNIT})", 2, 2, False),
        (r"un['’](?P<unit>ora|oretta) scarsa|(?:nemmeno|neanche|quasi) un['’](?P<unit2>ora)|una (?P<unit3>settimana) scarsa", 0.67, 1, False),
        (r"un['’](?P<unit>ora|oretta) abbondante|una buona (?P<unit2>ora|mezz['’]ora|settimana)|una (?P<unit3>settimana) abbondante", 1, 1.5, False),
        (r"un['’](?P<unit>ora) o due|una (?P<unit2>settimana) o due|un (?P<unit3>giorno|mese) o due", 1, 2, False),
        (rf"qualche (?P<unit>{_UNIT})", 2, 5, True),
        (r"mezza (?P<unit>giornata)", 0.5, 0.5, False),
    ),
    Language.nl: (
        (r"een (?P<unit>uurtje|uur|dag|dagje|week|weekje|maand|maandje) of (?P<n>twee|drie|vier|vijf|zes|tien)", 1, 1, False),
        (r"een klein (?P<unit>uur|uurtje|half uur|weekje|week)|bijna een (?P<unit2>uur|week)", 0.67, 1, False),
        (r"(?:een goed|ruim een|een ruim|een dik|dik een) (?P<unit>uur|half uur|week)", 1, 1.5, False),
        (rf"(?:een paar|enkele|een aantal) (?P<unit>{_UNIT})", 2, 5, True),
        (r"een halve (?P<unit>dag)", 0.5, 0.5, False),
    ),
    Language.sv: (
        (rf"ett par (?P<unit>{_UNIT})", 2, 3, False),
        (r"(?:en dryg|drygt en|en god) (?P<unit>timme|halvtimme|vecka|månad)", 1, 1.5, False),
        (r"(?:en knapp|knappt en|nästan en) (?P<unit>timme|halvtimme|vecka|månad)", 0.67, 1, False),
        (r"en (?P<unit>timme|dag|vecka|månad) eller två|ett (?P<unit2>dygn) eller två", 1, 2, False),
        (rf"några (?P<unit>{_UNIT})", 2, 5, True),
        (r"en halv (?P<unit>dag)", 0.5, 0.5, False),
    ),
}

# A period that places something in time ("in a couple of hours", "a couple of hours late", "da un paio di giorni"):
# no length of the meeting and no notice.
_TIME_LEAD = re.compile(
    r"(?i)(?:^|\W)(?:in|within|after|for the (?:past|last)|dans|d['’]ici|après|depuis|il y a|tra|fra|entro|dopo|da|"
    r"binnen|over|na|sinds|al|om|inom|efter|sedan|på|late by|delayed by|behind by|retard d['’]|retard de|ritardo di|vertraging van|försenad)\s*$")
_TIME_TAIL = re.compile(
    r"(?i)\s*(?:ago|late|later|earlier|behind|plus tard|plus tôt|de retard|en retard|fa|più tardi|prima|dopo|in ritardo|"
    r"di ritardo|geleden|later|eerder|te laat|achter|vertraging|sedan|senare|tidigare|för sent|efter|försenad|försening)(?!\w)")
# A length that measures something else ("a good hour's drive", "une petite heure de route", "un'oretta di macchina",
# "een klein uur rijden", "en dryg timmes bilresa"): the story, not the meeting's length.
_OTHER_TAIL = re.compile(
    r"(?i)(?:['’]s?|s)?\s*(?:of|de|d['’]|di|da|van|av|away|from|drive|driving|by (?:car|train)|travel\w*|journey|route|trajet|voiture|"
    r"train|en train|viaggio|macchina|strada|treno|auto|rijden|reizen|reistijd|lopen|fietsen|rit|onderweg|met de|köra|bil\w*|resa|tåg\w*|"
    r"med (?:tåg|bil|buss|flyg)\w*|"
    r"härifrån|hier vandaan)(?!\w)")

_AT_LEAST_BEFORE = re.compile(rf"(?i)(?:^|\W)(?:{numbers._AT_LEAST})\s*$")


@dataclass(frozen=True)
class Rough:
    start: int
    end: int
    low: float  # minutes
    high: float
    vague: bool
    unit: int  # minutes in one unit: a length is counted in minutes or hours, a period in days and up


@lru_cache(maxsize=8)
def _patterns(lang: Language) -> tuple[tuple[re.Pattern[str], float, float, bool], ...]:
    return tuple((re.compile(rf"(?i)(?<![\w'’])(?:{p})(?!\w)"), lo, hi, vague) for p, lo, hi, vague in _ROUGH[lang])


@lru_cache(maxsize=8)
def _screen(lang: Language) -> re.Pattern[str]:
    """One cheap search per draft: a word every rough pattern of the language starts or ends with."""
    words = {Language.en: r"couple|or two|or so|good|over|under|quite|best part|nearly|almost|few|handful|half a|fortnight",
             Language.fr: r"paire|petite|bonne|ou deux|quelques|demi-j|quinzaine",
             Language.it: r"paio|scarsa|nemmeno|neanche|quasi|abbondante|buona|o due|qualche|mezza",
             Language.nl: r" of |klein|bijna|goed|ruim|dik|paar|enkele|aantal|halve",
             Language.sv: r"par|dryg|god|knapp|nästan|eller två|några|halv"}[lang]
    return re.compile(rf"(?i){words}")


def _unit_minutes(unit: str) -> int:
    return next(v for p, v in _UNIT_OF if p.fullmatch(unit))


def find(text: str, lang: Language) -> list[Rough]:
    """Every rough quantity in the text, with its range in minutes."""
    if not _screen(lang).search(text):
        return []
    out: list[Rough] = []
    for pattern, lo, hi, vague in _patterns(lang):
        for m in pattern.finditer(text):
            unit = next((g for k, g in m.groupdict().items() if k.startswith("unit") and g), None)
            per = _unit_minutes(unit) if unit else 24 * 60  # "a fortnight", "une quinzaine": counted in days
            if m.groupdict().get("n"):
                lo = hi = _NL_COUNT[m.group("n").lower()]
            if not any(r.start <= m.start() < r.end for r in out):  # one reading per phrase
                out.append(Rough(m.start(), m.end(), lo * per, hi * per, vague, per))
    return out


class _Span:
    """The match-like view `numbers._notice_said` reads (start and end inside the sentence)."""

    def __init__(self, start: int, end: int) -> None:
        self._s, self._e = start, end

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e


def check_rough(s: Situation, text: str, covered: list[tuple[int, int]], found: list[Rough]) -> list[FactIssue]:
    """Rough quantities (`find`'s, read once per draft) judged as the digits they stand for (module docstring)."""
    lang = s.language
    if not found:
        return []
    notice = s.policy.notice_hours if s.policy is not None else None
    reason = normalise(s.reason or "")
    out: list[FactIssue] = []
    for base, sent in numbers._sentences(text):
        for r in found:
            if not (base <= r.start < base + len(sent)) or any(a <= r.start < b for a, b in covered):
                continue
            said = text[r.start : r.end]
            if reason and normalise(said) in reason:
                continue  # the reason's own words
            a, b = r.start - base, r.end - base
            if numbers._notice_said(sent, _Span(a, b)) or _AT_LEAST_BEFORE.search(sent[:a]):
                if notice is not None and r.low <= notice * 60 <= r.high:
                    continue
                want = f"the notice period is {fmt_number(notice, lang)} hours" if notice is not None else "no notice period was given; remove it"
                out.append(FactIssue("number", f"{said!r}: {want}", (r.start, r.end)))
                continue
            if r.vague or r.high <= 5:
                continue  # a vague count ("a few days"), "a couple of minutes": no term stated
            if r.unit > 60:
                if r.low > _WEEK:  # "a couple of days", "a week or so": the sender's story; longer is a term
                    out += _period(s, sent, a, b, r, said, notice)
                continue
            if _TIME_LEAD.search(sent[:a]) or _TIME_TAIL.match(sent, b) or _OTHER_TAIL.match(sent, b):
                continue  # "in a couple of hours", "a good hour late": when, not how long; "a good hour's drive": another length
            if s.duration_minutes is not None and r.low <= s.duration_minutes <= r.high:
                continue
            want = f"the given length is {s.duration_minutes} minutes" if s.duration_minutes else "no length was given; remove it"
            out.append(FactIssue("number", f"{said!r}: {want}", (r.start, r.end)))
    return out


# A period told as the sender's story ("a letto da un paio di giorni", "depuis une quinzaine", "for the past couple of
# weeks", "sinds een week of twee", "sedan ett par veckor", "a couple of weeks ago"): what happened, no term.
_STORY_LEAD = re.compile(
    r"(?i)(?:^|\W)(?:for the (?:past|last)|over the (?:past|last)|(?:been|was|were|had been)(?: \w+)? for|depuis|il y a|pendant|da|"
    r"(?:negli|nelle) ultim[ei]|sinds|al|de afgelopen|de laatste|i|under de senaste|de senaste)\s*$")
_WEEK = 7 * 24 * 60  # minutes
_STORY_TAIL = re.compile(r"(?i)\s*(?:ago|fa|geleden|sedan|tillbaka|back|auparavant|plus tôt|earlier|eerder|tidigare|prima)(?!\w)")


def _period(s: Situation, sent: str, a: int, b: int, r: Rough, said: str, notice: int | None) -> list[FactIssue]:
    """A period of days, weeks or months said roughly in words ("about a fortnight", "une quinzaine", "un paio di
    mesi", "een dag of tien", "ett par veckor") states a term, as its digits would (`numbers.check_numbers` flags
    "six weeks"): a processing, delivery or lead time that nobody gave is invented, even when the reason asks for
    it (round 22). Accepted: the sender's story (`_STORY_LEAD`, `_STORY_TAIL`), the notice, how far the meeting
    moves, the situation's length."""
    if _STORY_LEAD.search(sent[:a]) or _STORY_TAIL.match(sent, b):
        return []
    hours = {h for h in (r.low / 60, r.high / 60)}
    given = {*numbers._move_hours(s), *((notice,) if notice is not None else ())}
    if s.duration_minutes is not None:
        given.add(s.duration_minutes / 60)
    if any(r.low / 60 <= g <= r.high / 60 for g in given) or not hours:
        return []
    want = f"; the notice period is {fmt_number(notice, s.language)} hours" if notice is not None else "; remove it"
    return [FactIssue("number", f"{said!r}: no such period was given{want}", (r.start, r.end))]
