"""A time said in nl/sv the way the rest of a 24-hour mail says it (family 2 of the v13 native review).

General rules, each kept only where the fact model still reads the typed time in the result:
- a bare hour 1-7 after "na/vanaf/tot/om/rond" ("efter/från/till/runt/kl.") is the afternoon hour in a language that
  writes 24-hour clocks ("na 3" -> "na 15.00 uur", "efter 3" -> "efter kl. 15"), unless the note says morning;
- a date typed as weekday + day number gets its month, so every date of the mail carries one ("donderdag 10" ->
  "donderdag 10 december");
- a whole part of the day after a date is set off by a comma ("zaterdag 12 december, de hele ochtend").
- sv: a whole hour after a bound word or in a span loses its ":00" ("efter kl. 15", "kl. 14–16").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from composer.models import Language
from composer.writers import when


@dataclass(frozen=True)
class _Rules:
    afternoon: re.Pattern[str]  # group 1: the word before, group 2: the hour, group 3: minutes (optional)
    clock: str  # how the afternoon hour is said ("{w} {h}.{m} uur", "{w} kl. {h}")
    clock_minutes: str
    morning: re.Pattern[str]  # the typed time says morning: the hour is left as typed
    bare_date: re.Pattern[str]  # a weekday + day number with no month after it: group 1 the weekday and day
    whole: re.Pattern[str]  # a whole part of the day right after the date, without a comma
    months: tuple[str, ...]
    whole_hour: re.Pattern[str] | None = None  # a full hour after a bound word or in a span, said without ":00" (sv)


_WEEKDAYS_NL = r"(?:maan|dins|woens|donder|vrij|zater|zon)dag"
_WEEKDAYS_SV = r"(?:mån|tis|ons|tors|fre|lör|sön)dag"
_MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december")
_MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december")

_RULES = {
    Language.nl: _Rules(
        afternoon=re.compile(r"(?i)\b(na|vanaf|tot|om|rond|voor)\s+([1-7])(?:[.:](\d{2}))?(?:\s*uur)?(?![\d.:])"),
        clock="{w} {h}.00 uur", clock_minutes="{w} {h}.{m} uur",
        morning=re.compile(r"(?i)ochtend|'s morgens|\bmorgens|\bvm\b|\ba\.?m\.?\b|nacht"),
        bare_date=re.compile(rf"(?i)\b({_WEEKDAYS_NL}(?:ochtend|middag|avond)? \d{{1,2}})(?! ?(?:{'|'.join(_MONTHS_NL)})\b)(?![\d/.-])"),
        whole=re.compile(r"(?i)(\d{1,2} [a-z]+) (de (?:hele|gehele) (?:ochtend|middag|avond|dag))\b"),
        months=_MONTHS_NL,
    ),
    Language.sv: _Rules(
        afternoon=re.compile(r"(?i)\b(efter|från|till|runt|kl\.)\s+(?:kl\.\s*)?([1-7])(?:[.:](\d{2}))?(?![\d.:])"),
        clock="{w} kl. {h}", clock_minutes="{w} kl. {h}.{m}",
        morning=re.compile(r"(?i)förmiddag|\bfm\b|på morgonen|\bmorgonen|natt"),
        bare_date=re.compile(rf"(?i)\b({_WEEKDAYS_SV} \d{{1,2}})(?! ?(?:{'|'.join(_MONTHS_SV)})\b)(?![\d/.-])"),
        whole=re.compile(r"(?i)(\d{1,2} [a-zåäö]+) (hela (?:dagen|förmiddagen|eftermiddagen|kvällen))\b"),
        months=_MONTHS_SV,
        # "efter kl. 15", "kl. 14–16": Swedish writes a whole hour bare after a bound word and in a span (v14 review)
        whole_hour=re.compile(r"(?i)(?<=kl\. )(\d{1,2})\.00\s*[–-]\s*(\d{1,2})\.00\b"
                              r"|\b(?:efter|från|före|till|runt|omkring|ca\.?|senast)\s+kl\.\s*\d{1,2}\.00\b(?!\s*[–-])"),
    ),
}


def _afternoon(said: str, typed: str, r: _Rules) -> str:
    if r.morning.search(typed):
        return said

    def to24(m: re.Match[str]) -> str:
        if int(m.group(2)) >= 6 and m.group(1).lower() not in ("na", "efter"):
            return m.group(0)  # "om 7", "kl. 6" may well be the morning; "na 7", "efter 6" is the evening
        w = "" if m.group(1).lower() == "kl." else m.group(1)
        out = (r.clock_minutes if m.group(3) else r.clock).format(w=w, h=int(m.group(2)) + 12, m=m.group(3))
        return out.strip()

    return r.afternoon.sub(to24, said)


def _month(said: str, typed: str, language: Language, r: _Rules) -> str:
    from composer.facts import times  # the fact model's own reading of the typed date: the month is never guessed

    m = r.bare_date.search(said)
    if not m:
        return said
    given = times.parse_given(typed, language, None).when
    if not given.month:
        return said
    return said[: m.end(1)] + " " + r.months[given.month - 1] + said[m.end(1):]


def _whole(said: str, r: _Rules) -> str:
    return r.whole.sub(r"\1, \2", said)


def _whole_hour(said: str, r: _Rules) -> str:
    if r.whole_hour is None:
        return said
    return r.whole_hour.sub(lambda m: f"{m.group(1)}–{m.group(2)}" if m.group(1) else m.group(0)[:-3], said)


def tidy(said: str, typed: str, language: Language) -> str:
    """The said time with the rules above, each kept only when the fact model reads the typed time in it."""
    r = _RULES[language]
    steps = (lambda s: _afternoon(s, typed, r), lambda s: _month(s, typed, language, r), lambda s: _whole(s, r),
             lambda s: _whole_hour(s, r))
    for step in steps:
        new = step(said)
        if new != said and when._faithful(typed, new.strip(), language):
            said = new
    return said

