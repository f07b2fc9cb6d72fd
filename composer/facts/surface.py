"""Pure fact bookkeeping: what a draft must contain, and what it must not invent.

Moved here from composer/facts.py. Shared by the built-in writer's tests, the LLM guard and the completeness scorer, so all three agree
on what "every fact appears verbatim" means.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from composer.models import Language, Situation
from composer.facts.rx import rx

# How each language writes the unit of a duration or a notice period.
MINUTES = {Language.fr: "minutes", Language.it: "minuti", Language.nl: "minuten", Language.sv: "minuter", Language.en: "minutes"}
HOURS = {Language.fr: "heures", Language.it: "ore", Language.nl: "uur", Language.sv: "timmar", Language.en: "hours"}
DECIMAL_COMMA = {Language.fr, Language.it, Language.nl, Language.sv}


@dataclass(frozen=True)
class Fact:
    """One fact from the situation that a draft must carry."""

    field: str  # e.g. "recipient_name", "proposed_times[1]", "policy.fee_percent"
    value: str  # as the user gave it (numbers rendered plainly)
    variants: tuple[str, ...]  # accepted spellings in a draft (all normalised)


_SPACES = re.compile(r"[\s\u00a0\u202f]+")


def normalise(text: str) -> str:
    """Casefold, unify apostrophes, dashes and spaces, so verbatim checks ignore typography."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    text = text.replace("\u2013", "-").replace("\u2014", "-")
    text = _SPACES.sub(" ", text)
    return text.casefold().strip()


def fmt_number(value: float | int, language: Language) -> str:
    """48.0 -> '48'; 12.5 -> '12,5' where the language writes a decimal comma."""
    if float(value).is_integer():
        return str(int(value))
    text = f"{value:g}"
    return text.replace(".", ",") if language in DECIMAL_COMMA else text


def _number_variants(value: float | int) -> tuple[str, ...]:
    if float(value).is_integer():
        return (str(int(value)),)
    text = f"{value:g}"
    return (text, text.replace(".", ","))


def required_facts(situation: Situation) -> list[Fact]:
    """Every fact the situation gives, each of which a draft must carry."""
    s = situation
    facts = [
        Fact("recipient_name", s.recipient_name, (normalise(s.recipient_name),)),
        Fact("sender_name", s.sender_name, (normalise(s.sender_name),)),
    ]
    if s.meeting:
        facts.append(Fact("meeting", s.meeting, (normalise(s.meeting),)))
    if s.meeting_time:
        facts.append(Fact("meeting_time", s.meeting_time, (normalise(s.meeting_time),)))
    for i, t in enumerate(s.proposed_times):
        facts.append(Fact(f"proposed_times[{i}]", t, (normalise(t),)))
    if s.duration_minutes is not None:
        facts.append(Fact("duration_minutes", str(s.duration_minutes), (str(s.duration_minutes),)))
    if s.colleague_name:
        facts.append(Fact("colleague_name", s.colleague_name, (normalise(s.colleague_name),)))
    if s.policy is not None:
        for name in ("notice_hours", "fee_percent", "deposit_percent"):
            value = getattr(s.policy, name)
            if value is not None:
                facts.append(Fact(f"policy.{name}", fmt_number(value, Language.en), _number_variants(value)))
    return facts


def contains_fact(text: str, fact: Fact) -> bool:
    """True when one accepted spelling of the fact is in the text (numbers as whole numbers only)."""
    norm = normalise(text)
    for v in fact.variants:
        if rx(r"[\d.,]+").fullmatch(v):
            if rx(rf"(?<![\d.,]){re.escape(v)}(?![\d]|[.,]\d)").search(norm):
                return True
        elif v in norm:
            return True
    return False


def missing_facts(situation: Situation, text: str) -> list[Fact]:
    """Facts of the situation that the text does not carry."""
    return [f for f in required_facts(situation) if not contains_fact(text, f)]


_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def situation_text(situation: Situation) -> str:
    """All free text and numbers of the situation, for 'is this in the situation' checks."""
    s = situation
    parts = [s.recipient_name, s.sender_name, s.meeting or "", s.meeting_time or "", s.reason or "", s.colleague_name or ""]
    parts += list(s.proposed_times)
    if s.duration_minutes is not None:
        parts.append(str(s.duration_minutes))
    if s.policy is not None:
        for value in (s.policy.notice_hours, s.policy.fee_percent, s.policy.deposit_percent):
            if value is not None:
                parts.extend(_number_variants(value))
    return "\n".join(parts)


def numbers_in(text: str) -> list[str]:
    return _NUMBER.findall(normalise(text))


def invented_numbers(situation: Situation, text: str) -> list[str]:
    """Numbers in the text that the situation never gave (times, dates, durations, percentages)."""
    allowed = set(numbers_in(situation_text(situation)))
    for n in list(allowed):
        allowed.add(n.replace(",", ".").replace(".", ","))
        allowed.add(n.replace(",", "."))
        # "10:30" gives 10 and 30; "14h30" too: parts of given numbers are not new facts
    out = []
    for n in numbers_in(text):
        if n in allowed or n.replace(",", ".") in allowed:
            continue
        out.append(n)
    return out


WEEKDAYS = {
    Language.en: "monday tuesday wednesday thursday friday saturday sunday",
    Language.fr: "lundi mardi mercredi jeudi vendredi samedi dimanche",
    Language.it: "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    Language.nl: "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    Language.sv: "måndag tisdag onsdag torsdag fredag lördag söndag",
}
MONTHS = {
    Language.en: "january february march april may june july august september october november december",
    Language.fr: "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    Language.it: "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    Language.nl: "januari februari maart april mei juni juli augustus september oktober november december",
    Language.sv: "januari februari mars april maj juni juli augusti september oktober november december",
}
RELATIVE_DAYS = {
    Language.en: "tomorrow;day after tomorrow;next week;this afternoon;tonight;next month;end of the week;end of the day;end of day",
    Language.fr: "demain;après-demain;la semaine prochaine;cet après-midi;ce soir;le mois prochain;fin de la semaine;fin de journée;fin de la journée",
    Language.it: "domani;dopodomani;la prossima settimana;settimana prossima;questo pomeriggio;stasera;il mese prossimo;entro fine settimana;fine giornata;fine della giornata",
    Language.nl: "morgen;overmorgen;volgende week;vanmiddag;vanavond;volgende maand;eind van de week;einde van de week;eind van de dag;einde van de dag",
    Language.sv: "i morgon;imorgon;i övermorgon;nästa vecka;i eftermiddag;i kväll;nästa månad;i slutet av veckan;slutet av dagen",
}


@lru_cache(maxsize=1)
def _date_pattern() -> re.Pattern[str]:
    """Every weekday, month and relative-day phrase of the five languages, as one alternation."""
    words = {w for lang in Language for w in (*WEEKDAYS[lang].split(), *MONTHS[lang].split())}
    words = {w for w in words if len(w) >= 4 or w in ("mai", "maj")}  # tiny tokens are also common words
    phrases = {p for lang in Language for p in RELATIVE_DAYS[lang].split(";")}
    alts = sorted((re.escape(w) for w in words | phrases), key=len, reverse=True)
    return rx(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)")


@lru_cache(maxsize=4096)
def _given_dates(given: str) -> frozenset[str]:
    return frozenset(_date_pattern().findall(normalise(given)))


def invented_dates(situation: Situation, text: str) -> list[str]:
    """Weekday, month or relative-day words in the text that the situation does not contain."""
    norm = normalise(text)
    found = set(_date_pattern().findall(norm))
    if not found:
        return []
    given = _given_dates(situation_text(situation))
    return sorted(w for w in found - given if w not in ("may", "mars", "mai", "maj") or _looks_like_date_word(norm, w))


def _looks_like_date_word(norm: str, word: str) -> bool:
    """'may' is also a verb and 'mars' a planet: count them only next to a number."""
    return bool(rx(rf"\d\s*{word}\b|\b{word}\s*\d").search(norm))


PLACEHOLDER = re.compile(
    r"\[[^\]\n]{1,40}\]|\{\{?[^}\n]{1,40}\}?\}|<[A-Za-z _-]{2,30}>|\bX{2,}\b|_{3,}|\bTBD\b|\bTODO\b|\bINSERT\b|\bLorem ipsum\b",
    re.IGNORECASE,
)


def placeholders(text: str) -> list[str]:
    """Template leftovers such as [Name], {date}, <time>, XX, ___ or TBD."""
    return [m.group(0) for m in PLACEHOLDER.finditer(text)]


@lru_cache(maxsize=256)
def _facts_pattern(facts: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern per situation's facts, compiled once (the check runs on every draft of that situation)."""
    if not facts:
        return rx(r"(?!)")
    return rx("|".join(rf"(?<!\w){re.escape(f)}(?!\w)" for f in facts), re.IGNORECASE)


def prose_only(situation: Situation, text: str) -> str:
    """The text without the user's own words (names, meeting, times, reason), which may be in any
    language or register: what is left is what the writer chose, and what language/address checks judge."""
    s = situation
    given = [s.recipient_name, s.sender_name, s.meeting or "", s.meeting_time or "", s.reason or "", s.colleague_name or ""]
    given += list(s.proposed_times)
    # whole words only: a short name must not be cut out of the middle of another word (longest first)
    return _facts_pattern(tuple(sorted({g for g in given if g}, key=len, reverse=True))).sub(" ", text)
