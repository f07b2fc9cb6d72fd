"""Times as a native writes them after a meeting: the day and the clock time split, abbreviations spelled
out, and the clock time given its own connective ("on Friday at 3pm", "le mercredi 11 décembre à 9 h",
"sabato 14 dicembre alle 20", "woensdag 11 december om 9.00 uur", "fredag kl. 15").

Pure and language-keyed; each phrasebook puts its preposition before the day part. Every number and
word the user typed survives (abbreviations are only lengthened), so the fact check still finds them.
"""

from __future__ import annotations

import re

from composer.facts.times import MONTH_NAMES as _CALENDAR_MONTHS
from composer.models import Language

_ONE = r"(?:\d{1,2}\s*h\s*\d{2}|\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h|uur|u)?)"
# A span of clock times typed as a note ("10h-12h", "14-16", "9:00-12:00", "1-3pm", "de 14h à 17h").
_SPAN = rf"(?:(?:from|de|dalle|van|från)\s+{_ONE}\s+(?:to|until|à|a|alle|tot|till)\s+{_ONE}|{_ONE}\s*[-–]\s*{_ONE})"
_RANGE = re.compile(
    rf"^(?:(?:from|de|dalle|van|från)\s+)?(?P<a>{_ONE})\s*(?:[-–]|\s(?:to|until|à|a|alle|tot|till)\s)\s*(?P<b>{_ONE})$",
    re.IGNORECASE,
)
_ONE_CLOCK = re.compile(
    r"(?:^|[\s,;]+)(?P<conn>(?:at|@|à|a|alle|ore|om|kl\.?|klockan)\s+)?"
    r"(?P<clock>(?:(?:from|dès|à partir de|dalle|vanaf|från)\s+(?:(?:at|à|ore|om|kl\.?|klockan)\s+)?)?"
    r"(?:\d{1,2}\s*h\s*\d{2}|\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h|uur|u)?))\s*$",
    re.IGNORECASE,
)
_CLOCK = re.compile(
    r"(?:^|[\s,;(]+)(?P<conn>(?:at|@|à|a|alle|ore|h|om|kl\.?|klockan)\s+)?"
    rf"(?P<clock>{_SPAN}|"
    r"(?:(?:from|dès|à partir de|dalle|vanaf|från)\s+(?:(?:at|à|ore|om|kl\.?|klockan)\s+)?)?"
    r"(?:\d{1,2}\s*h\s*\d{2}|\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h|uur|u)?))\)?\s*$",
    re.IGNORECASE,
)

WEEKDAYS: dict[Language, dict[str, str]] = {
    Language.en: {"mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
                  "thur": "Thursday", "thurs": "Thursday", "fri": "Friday", "sat": "Saturday", "sun": "Sunday"},
    Language.fr: {"lun": "lundi", "mar": "mardi", "mer": "mercredi", "jeu": "jeudi", "ven": "vendredi", "sam": "samedi", "dim": "dimanche"},
    Language.it: {"lun": "lunedì", "mar": "martedì", "mer": "mercoledì", "gio": "giovedì", "ven": "venerdì", "sab": "sabato", "dom": "domenica"},
    Language.nl: {"ma": "maandag", "di": "dinsdag", "wo": "woensdag", "do": "donderdag", "vr": "vrijdag", "za": "zaterdag", "zo": "zondag"},
    Language.sv: {"mån": "måndag", "tis": "tisdag", "ons": "onsdag", "tor": "torsdag", "tors": "torsdag", "torsd": "torsdag", "månd": "måndag", "tisd": "tisdag", "onsd": "onsdag", "fred": "fredag", "lörd": "lördag", "sönd": "söndag", "fre": "fredag", "lör": "lördag", "sön": "söndag"},
}
# Longer shorthand natives also type ("merc.", "torsd", "weds"): written out like the three-letter forms.
for _lang, _more in {
    Language.en: {"weds": "Wednesday"},
    Language.fr: {"merc": "mercredi", "mercr": "mercredi", "mard": "mardi", "jeud": "jeudi", "vend": "vendredi", "vendr": "vendredi",
                  "lund": "lundi"},
    Language.it: {"merc": "mercoledì", "giov": "giovedì"},
    Language.nl: {"maa": "maandag", "din": "dinsdag", "woe": "woensdag", "don": "donderdag", "vrij": "vrijdag", "zat": "zaterdag", "zon": "zondag"},
    Language.sv: {"månd": "måndag", "tisd": "tisdag", "onsd": "onsdag", "torsd": "torsdag", "fred": "fredag", "lörd": "lördag", "sönd": "söndag"},
}.items():
    for _k, _v in _more.items():
        WEEKDAYS[_lang].setdefault(_k, _v)
MONTHS: dict[Language, dict[str, str]] = {
    Language.en: {"jan": "January", "feb": "February", "mar": "March", "apr": "April", "jun": "June", "jul": "July", "aug": "August",
                  "sep": "September", "sept": "September", "oct": "October", "nov": "November", "dec": "December"},
    Language.fr: {"janv": "janvier", "févr": "février", "fév": "février", "avr": "avril", "juil": "juillet", "sept": "septembre",
                  "oct": "octobre", "nov": "novembre", "déc": "décembre", "dec": "décembre"},
    Language.it: {"gen": "gennaio", "feb": "febbraio", "mar": "marzo", "apr": "aprile", "mag": "maggio", "giu": "giugno", "lug": "luglio",
                  "ago": "agosto", "set": "settembre", "sett": "settembre", "ott": "ottobre", "nov": "novembre", "dic": "dicembre"},
    Language.nl: {"jan": "januari", "feb": "februari", "mrt": "maart", "apr": "april", "jun": "juni", "jul": "juli", "aug": "augustus",
                  "sep": "september", "sept": "september", "okt": "oktober", "nov": "november", "dec": "december"},
    Language.sv: {"jan": "januari", "feb": "februari", "mar": "mars", "apr": "april", "jun": "juni", "jul": "juli", "aug": "augusti",
                  "sep": "september", "sept": "september", "okt": "oktober", "nov": "november", "dec": "december"},
}
# Month names in full, for a numeric day/month ("16/12") written as a native writes it ("16 December"): the
# calendar's one table (composer.facts.times), with English months capitalised.
MONTH_NAMES: dict[Language, tuple[str, ...]] = {
    lang: tuple(m.capitalize() for m in names) if lang is Language.en else names for lang, names in _CALENDAR_MONTHS.items()
}
# Languages whose phrasebooks opt into a spelt-out month (nl and sv keep "16/12": their clock forms, such as
# "9u", are not all read by the fact model, which then needs the typed date as it was).
SPELT_MONTH = frozenset({Language.en, Language.fr, Language.it, Language.nl, Language.sv})
_NUMERIC_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})(,?)$")
_FULL_WEEKDAYS = {lang: {v.lower() for v in table.values()} for lang, table in WEEKDAYS.items()}


# An approximate or border marker typed between the day and the clock ("Thurs around 4pm", "jeudi vers 16h").
_DAY_TAIL_MARK = re.compile(r"(?i)(?:^|\s)(around|about|vers|verso(?: le)?|rond|runt|after|après|dopo(?: le)?|na|efter|before|avant|"
                            r"prima delle|voor|före)$")


def split(time: str, language: Language, _pattern: re.Pattern[str] = _CLOCK) -> tuple[str, str]:
    """(day part, clock time) of a typed time; either may be empty. A bare number is a clock time only
    with a connective ("ore 20", "kl 15") or, in Swedish, right after a weekday ("fredag 15")."""
    t = time.strip().rstrip(".")
    m = _pattern.search(t)
    if not m:
        return t, ""
    clock, day = m.group("clock").strip(), t[: m.start()].strip().rstrip(",;").strip()
    loose = _DAY_TAIL_MARK.search(day)
    if loose and not _RANGE.match(clock):
        # "Thurs around 4pm" read as day "Thurs around": the marker belongs to the clock ("on Thursday at around 4pm",
        # never "on Thursday around at 4pm")
        day, clock = day[: loose.start()].rstrip(" ,;"), f"{loose.group(1)} {clock}"
    span = _RANGE.match(clock)
    marked = (
        bool(re.search(r"[:.h]\d{2}|am|pm|a\.m|p\.m|h$|uur|u$", clock, re.IGNORECASE)) or bool(m.group("conn")) or not clock[:1].isdigit()
        or bool(span and all(int(re.match(r"\d+", span.group(k)).group()) <= 24 for k in "ab"))
    )
    last = day.lower().split()[-1] if day.split() else ""
    after_weekday = language is Language.sv and (last in _FULL_WEEKDAYS[language] or last in WEEKDAYS[language] or last.endswith("dags"))
    if not (marked or after_weekday or not day):
        return t, ""
    if not day and not marked and not re.fullmatch(r"\d{1,2}", clock):
        return t, ""
    if not _faithful(t, f"{expand(day, language)} {clock_phrase(clock, language)}".strip(), language):
        # the fact model would not read our phrasing as the typed time: keep the typed words
        # the fact model would not read our phrasing as the typed time: read it the plain way (one clock time)
        return split(time, language, _ONE_CLOCK) if _pattern is _CLOCK else (day, clock)
    return day, clock


def faithful(typed: str, said: str, language: Language) -> bool:
    """Public: the fact model reads our phrasing of a typed time as that time (see `_faithful`)."""
    return _faithful(typed, said, language)


def _same_day(typed: str, said: str, language: Language) -> bool:
    """Our phrasing is read as the typed time on the same calendar day, today being the drafting day ("last Tue 26th"
    and "Tuesday 26 January" are one day only when the fact model resolves both to it)."""
    from composer.facts import times

    ref = reference_date()
    a, b = times.parse_given(typed, language, ref), times.parse_given(said, language, ref)
    return _faithful(typed, said, language) and a.resolved is not None and a.resolved == b.resolved


def _faithful(typed: str, said: str, language: Language) -> bool:
    """Every time the fact model finds in our phrasing agrees with what it reads in the typed time."""
    from composer.facts import times  # the fact model's own reading, so a rewrite never trips the self-check

    given = times.parse_given(typed, language, None)
    found = times.scan(said)
    # and it still states the typed time wherever the typed words themselves did
    from composer.facts.model import said_in_order  # the missing-fact check's reading of a natural form

    return all(times.compatible(m.when, given) for m in found) and (
        (not given.when.empty and times.covers(found, given)) or said_in_order(typed, said)
    )


def expand(day: str, language: Language) -> str:
    """Abbreviated weekdays and months spelled out ("Sat 14 Dec" -> "Saturday 14 December"); a note's brackets
    go ("Thursday (the 10th)" -> "Thursday the 10th")."""
    day = re.sub(r"\s*\(([^()]+)\)\s*", lambda m: f" {m.group(1).strip()} ", day).strip()
    if language is Language.en:
        said = _english_note(day)
        # kept only when the fact model still reads the typed time in it (else the self-check misses the fact)
        day = said if said == day or _faithful(day, said, language) else day
    words = day.split(" ")
    out = []
    for i, w in enumerate(words):
        core = w.rstrip(".,").lower()
        tail = "," if w.endswith(",") else ""
        prev = words[i - 1] if i else ""
        if i == 0 or prev.lower() in ("last", "next", "this", "of"):
            full = WEEKDAYS[language].get(core)
            if full and (i == 0 and len(words) > 1 or w.endswith(".") or language is not Language.nl):
                out.append(full + tail)
                continue
        numeric = _NUMERIC_DATE.match(w)
        if not numeric and language is Language.nl and (dash := re.match(r"^(\d{1,2})-(\d{1,2})(,?)$", w)) and int(dash.group(1)) > 12 >= int(dash.group(2)):
            numeric = dash  # Dutch "15-12": a date (an hour span never ends before it starts)
        if (
            numeric and language in SPELT_MONTH and 1 <= int(numeric.group(1)) <= 31 and 1 <= int(numeric.group(2)) <= 12 and _month_read(day, language) == int(numeric.group(2))
            and not any(re.search(r"\d", x) for x in words[i + 1:])  # a clock left in the day part: keep the typed date
        ):
            # "16/12" -> "16 December": the day as typed, the month as a word (day/month, as the five languages write it)
            out.append(f"{int(numeric.group(1))} {MONTH_NAMES[language][int(numeric.group(2)) - 1]}{numeric.group(3)}")
            continue
        if i and re.match(r"\d", prev):
            full = MONTHS[language].get(core)
            if full:
                out.append(full + tail)
                continue
        out.append(w)
    return " ".join(out)


def _english_note(day: str) -> str:
    """Note-style English times as prose: "10ish" -> "around 10", "Thurs am" -> "Thursday morning",
    "Sat 12th am" -> "the morning of Sat 12th", "w/c 18 Jan" -> "the week of 18 Jan", "Tues & Thurs" -> "Tues and Thurs"."""
    d = re.sub(r"(?i)\b(\d{1,2}(?:[:.]\d{2})?)\s*-?ish\b", r"around \1", day)
    d = re.sub(r"(?i)^w/?c\.?\s+", "the week of ", d)
    d = re.sub(r"(?i)^(\w+day)\s+just\s+gone\b", r"last \1", d)  # "Saturday just gone" -> "last Saturday"
    d = re.sub(r"\s*&\s*", " and ", d)
    part = re.match(r"(?i)^(.*?[a-z0-9])\s*,?\s+(am|pm)$", d)
    if part and not re.search(r"\d\s*$", part.group(1)) or (part and re.search(r"(?i)\d(st|nd|rd|th)$", part.group(1))):
        when_, half = part.group(1), "morning" if part.group(2).lower() == "am" else "afternoon"
        if len(when_.split()) == 1 and when_.lower().rstrip(".") in (*WEEKDAYS[Language.en], *(w.lower() for w in WEEKDAYS[Language.en].values())):
            return f"{when_} {half}"
        return f"the {half} of {when_}"
    words = d.split(" ")
    for i in range(1, len(words)):  # "Tues and Thurs": the weekday after "and" spelled out too
        core = words[i].rstrip(".,").lower()
        if words[i - 1].lower() == "and" and core in WEEKDAYS[Language.en]:
            words[i] = WEEKDAYS[Language.en][core] + ("," if words[i].endswith(",") else "")
    return " ".join(words)


def _month_read(day: str, language: Language) -> int | None:
    """The month the fact model reads in a typed day ("mar 15/12" may be read as March): a numeric date is spelt
    out only when that reading agrees, so the self-check still finds the typed date."""
    from composer.facts import times

    return times.parse_given(day, language, None).when.month


def clock_phrase(clock: str, language: Language) -> str:
    """The clock time with its connective, as the language writes it (the digits as typed: "10:00" stays, so
    the number check never sees a new "10.00")."""
    c = re.sub(r"\s+", " ", clock.strip())
    span = _RANGE.match(c)
    if span:
        return _span(span.group("a"), span.group("b"), language)
    # "from 6pm", "dès 19h", "dalle 18", "vanaf 17u", "från 17": the typed "from" replaces "at", never joins it.
    # "after 2", "avant 10 h", "dopo le 15": the typed border replaces "at" too (never "at after 2")
    lead = re.match(r"(from|dès|à partir de|dalle|vanaf|från|after|before|around|about|après|avant|vers|dopo(?: le)?|prima delle|verso le|na|voor|rond|efter|före|runt)\s+"
                    r"(?:(?:at|à|ore|om|kl\.?|klockan)\s+)?(?=\d)", c, re.IGNORECASE)
    if lead:
        word, rest = lead.group(1), c[lead.end():]
        said = clock_phrase(rest, language)
        said = said.split(" ", 1)[1] if " " in said else said  # the bare clock, with its own marks ("17 uur", "19 h")
        if re.fullmatch(r"\d{1,2}u", rest, re.IGNORECASE):
            said = rest  # "vanaf 16u" as typed: the fact model reads "vanaf 16.00 uur" after a numeric date as another time
        if language is Language.sv:
            said = "kl. " + said
        if language is Language.en and word.lower() in ("around", "about"):
            return f"at {word} {said}"  # "at around 4pm": the marker before the time, after "at"
        return f"{word} {said}"
    if language is Language.en:
        return f"at {c}"
    if language is Language.fr:
        c = re.sub(r"^(\d{1,2})\s*h\s*(\d{2})?$", lambda m: f"{m.group(1)} h" + (f" {m.group(2)}" if m.group(2) else ""), c, flags=re.I)
        return f"à {c}"
    if language is Language.it:
        return f"alle {c}"
    if language is Language.nl:
        # One Dutch format in a mail: "11.00 uur", "14.30 uur" (never "11:00 uur" next to "11.30 uur", nor "14u30").
        c = re.sub(r"^(\d{1,2})[:u](\d{2})(?:\s*uur)?$", r"\1.\2 uur", c, flags=re.IGNORECASE)
        c = re.sub(r"^(\d{1,2})u$", r"\1.00 uur", c, flags=re.IGNORECASE)  # shorthand "14u": "14.00 uur" (never "14 uur", a notice period)
        if not re.search(r"(uur|u|am|pm)$", c, re.IGNORECASE):
            c += " uur"
        return f"om {c}"
    c = re.sub(r"^(\d{1,2}):(\d{2})$", r"\1.\2", c)  # Swedish writes "kl. 13.00", never "kl. 13:00"
    return f"kl. {c}"


def _span(a: str, b: str, language: Language) -> str:
    """A span of clock times in prose: "from 1 to 3pm", "de 10 h à 12 h", "dalle 14 alle 16", "van 9 tot 12 uur"."""
    a, b = a.strip(), b.strip()
    if language is Language.en:
        return f"from {a} to {b}"
    if language is Language.fr:
        def h(x: str) -> str:
            x = re.sub(r"^(\d{1,2})\s*h\s*(\d{2})?$", lambda m: f"{m.group(1)} h" + (f" {m.group(2)}" if m.group(2) else ""), x, flags=re.I)
            return f"{x} h" if re.fullmatch(r"\d{1,2}", x) else x
        return f"de {h(a)} à {h(b)}"
    if language is Language.it:
        return f"dalle {a} alle {b}"
    if language is Language.nl:
        return f"van {a} tot {b}" + ("" if re.search(r"(uur|u|am|pm)$", b, re.IGNORECASE) else " uur")
    return f"kl. {a}–{b}"


# "same time next week" typed as a form note ("même heure la semaine pro"): said in full, in the typed order, only where
# the fact model reads the result as the typed slot (it does not read "alla stessa ora la settimana prossima" nor
# "next week" for "next wk": those stay as typed).
_NEXT_WEEK_SAME = {
    Language.en: (re.compile(r"^(?:at )?(?:the )?same time,? next week\.?$", re.IGNORECASE), "the same time next week"),
    Language.fr: (re.compile(r"^(?:à )?(?:la )?même heure,? (?:la )?semaine (?:pro|prochaine)\.?$", re.IGNORECASE),
                  "à la même heure la semaine prochaine"),
}


def plain(time: str, language: Language) -> str:
    """A proposed time on its own (a list item, after "would ... suit you"): the day spelled out and the clock
    time with its connective, no leading preposition: "Friday 13 December at 9am", "venerdì 13 dicembre alle 9".
    Read from its value when it can be (`parts`), a range then being a window to choose in."""
    same = _NEXT_WEEK_SAME.get(language)
    if same and same[0].match(time.strip()):
        return same[1]
    read = parts(time, language, window=True)
    if read:
        return " ".join(x for x in read if x)
    day, clock = split(time, language)
    if not clock:
        return expand(time.strip(), language)
    if re.search(r"\b(en|tot|and|to|et|à|e|alle|och|till)$", day, re.IGNORECASE):
        return f"{expand(day, language)} {clock}"  # the end of a span typed in words ("tussen 13 en 16 uur") takes no "om"
    said = clock_phrase(clock, language)
    border = re.search(r"(?<!\w)(na|vanaf|voor|rond|tegen|omstreeks|efter|före|från|runt|kring|senast|vers|environ|dès|après|avant|"
                       r"verso|verso le|circa|dopo|dopo le|prima delle|around|about|after|before|from|until)$", day, re.IGNORECASE)
    if border:
        # the typed border or approximation replaces the preposition: "na 16.00 uur", "vers 18 h", never "na om", "vers à"
        bare = re.sub(r"^(?:om|à|alle|at|kl\.|le)\s+", "", said)
        if border.group(1).lower() in ("verso", "dopo") and not bare.startswith("le "):
            bare = "le " + bare
        return f"{expand(day, language)} {bare}"
    return f"{expand(day, language)} {said}" if day else said


# A time that recurs ("tous les mardis à 18h", "ogni giovedì", "every Monday", "elke woensdag", "varje tisdag").
_RECUR = re.compile(
    r"(?<!\w)(?:tous les|toutes les|chaque|ogni|tutti i|tutte le|every|each|elke|iedere|varje|alla)\s+(\w+)", re.IGNORECASE
)
_DAY_STEMS = (
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "luned", "marted", "mercoled", "gioved", "venerd", "sabato", "domenica",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
)


def said_once(meeting: str, time: str | None) -> str:
    """The meeting phrase without the weekday a recurring time already says, so the recurrence is said once:
    "les séances de coaching du mardi" + "tous les mardis à 18h" -> "les séances de coaching"; "our Monday
    tutoring sessions" + "every Monday 5pm" -> "our tutoring sessions". Unchanged otherwise."""
    if not time:
        return meeting
    m = _RECUR.search(time)
    if not m:
        return meeting
    stem = next((d for d in _DAY_STEMS if m.group(1).lower().startswith(d)), None)
    if stem is None:
        return meeting
    day = rf"{stem}\w*"
    out = re.sub(rf"\s*\((?:every|each|on|tous les|chaque|ogni|elke|varje)\s+{day}\)", "", meeting, flags=re.IGNORECASE)
    out = re.sub(rf"\s+(?:du|le|les|del|dei|di|il|on|van|op|på|om)\s+{day}(?!\w)", "", out, flags=re.IGNORECASE)
    out = re.sub(rf"(?<=\s){day}\s+(?=\w)", "", out, flags=re.IGNORECASE)  # "our Monday tutoring sessions"
    out = re.sub(rf"^{day}\s+(?=\w)", "", out, flags=re.IGNORECASE)
    out = " ".join(out.split())
    return out if len(out) >= 3 else meeting


def drop_weekday(time: str, meeting: str, language: Language) -> str:
    """The time without its leading weekday when the meeting phrase already names that day ("the Monday status
    Zoom"): "Mon 14/12 9:15" -> "14/12 9:15". Only with a date left to say. Italian keeps it ("della videochiamata
    del lunedì, lunedì 14" is avoided by its own phrasebook, which says "di lunedì 14")."""
    if language is Language.it:
        return time
    m = re.match(r"^\s*([^\W\d_]+)\.?,?\s+(?=\d{1,2}(?:[/.-]\d{1,2}(?![.:]?\d*\s*(?:u|uur|h)\b)|(?:st|nd|rd|th|e)?\s+[^\W\d_]{3,}))", time)
    if not m:
        return time
    word = m.group(1).lower()
    full = WEEKDAYS[language].get(word) or (word if word in _FULL_WEEKDAYS[language] else None)
    if not full or full.lower() not in _FULL_WEEKDAYS[language]:
        return time
    stem = full.lower().rstrip("ì")  # "lunedì" / "lunedi"
    if not re.search(rf"(?<![\w-]){re.escape(stem)}", meeting.lower()):
        return time
    return time[m.end():]


# ------------------------------------------------------------------ times rendered from their parsed value
#
# A typed time is READ into a value (the fact model's own parser, reference date `reference_date()`), then written
# in the language's customary business form: "Thursday 10 December at 3pm", "jeudi 10 décembre à 15 h",
# "giovedì 10 dicembre alle 15", "donderdag 10 december om 15.00 uur", "torsdag 10 december kl. 15.00". Whatever
# the reader does not understand keeps the typed words (a free phrase), and every rendering is checked against
# the fact model (`_faithful`) before it is used.

from collections.abc import Iterator  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from contextvars import ContextVar  # noqa: E402
from dataclasses import dataclass, replace  # noqa: E402
from datetime import date, timedelta  # noqa: E402

# The day the writer drafts on: the settings' `today` (TACTFUL_TODAY) when the service gives one, so the writer
# reads "tomorrow" and "Thursday 10th" against the same day as the guard and the situation warnings.
_TODAY: ContextVar[date | None] = ContextVar("tactful_writer_today", default=None)


def reference_date() -> date:
    """Today: the date relative and partial times are resolved against (the fact model uses the same)."""
    return _TODAY.get() or date.today()


@contextmanager
def drafting_on(day: date | None) -> Iterator[None]:
    """Resolve times against `day` (None: the real today) while a draft is written."""
    token = _TODAY.set(day)
    try:
        yield
    finally:
        _TODAY.reset(token)


@dataclass(frozen=True)
class Slot:
    """What a typed time says, as values: the day (any part may be None), the clock (or a part of the day),
    the end of a range, whether it is approximate, and the typed day words when they are not a plain date."""

    weekday: int | None = None
    day: int | None = None
    month: int | None = None
    year: int | None = None
    hour: int | None = None
    minute: int = 0
    end_hour: int | None = None
    end_minute: int = 0
    approx: bool = False
    part: str | None = None  # morning / afternoon / evening, when no clock is given
    typed_day: str = ""  # the day as typed when it is not a plain date ("samedi dernier", "tomorrow")
    clock_typed: str = ""  # the clock as typed (a fallback rendering)
    since: bool = False  # "from 6pm", "à partir de 18 h 30": an opening time
    day_text: str = ""  # the day words as typed (the clock taken out)
    month_typed: bool = True  # the month was typed (else it was worked out from the weekday and day)
    h24: bool = False  # the clock was typed on the 24-hour dial ("14:00", "9.30"): English keeps that style
    border: str = ""  # "after" / "before" a clock time ("na 16u", "after 4pm")


_APPROX: dict[Language, str] = {
    Language.en: r"(?:at\s+)?(?:around|about|approx\.?|approximately|circa|ca\.|roughly)",
    Language.fr: r"(?:vers|environ|aux alentours de|autour de)",
    Language.it: r"(?:verso(?:\s+le|\s+l')?|circa(?:\s+alle)?|intorno alle|attorno alle)",
    Language.nl: r"(?:rond|omstreeks|ongeveer|circa|ca\.?)",
    Language.sv: r"(?:runt|ca\.?|cirka|omkring|kring)",
}
_CONN = r"(?:at|@|à|a|alle|ore|h|om|kl\.?|klockan|le)"
_C = r"(?P<{n}h>\d{{1,2}})(?:\s*[:.]\s*(?P<{n}m>\d{{2}})|\s*h\s*(?P<{n}m2>\d{{2}})?(?!\w)|u(?P<{n}m3>\d{{2}})?(?!\w))?(?:\s*(?P<{n}ap>am|pm|a\.m\.|p\.m\.)(?!\w))?(?:\s*uur(?!\w))?"
_RANGE_READ = re.compile(
    r"(?<![\w/.:])(?:(?:from|between|de|entre|dalle|tra le|fra le|van|tussen|från|mellan)\s+)?(?:(?:kl\.?|klockan|ore|at|à)\s*)?"
    + _C.format(n="a")
    + r"\s*(?:-|–|\bto\b|\buntil\b|\btill\b|\btot\b|(?<=\d)\s*(?<!\w)(?P<sep>and|à|et|a|alle|e le|en|och|e)\b)\s*(?:(?:kl\.?|klockan|le)\s*)?"
    + _C.format(n="b")
    + r"(?![\w/:]|\.\d)",
    re.IGNORECASE,
)
_ONE_READ = re.compile(rf"(?<![\w/.:])(?:(?P<conn>{_CONN})\s*)?" + _C.format(n="a") + r"(?![\w/]|[.:]\d)", re.IGNORECASE)
_PARTS: dict[Language, list[tuple[str, str]]] = {
    Language.en: [(r"(?:all|the\s+whole)\s+morning", "whole_morning"), (r"(?:all|the\s+whole)\s+afternoon", "whole_afternoon"),
                  (r"(?:all|the\s+whole)\s+evening", "whole_evening"), (r"(?:in the\s+)?late\s+morning|late\s+in\s+the\s+morning", "late_morning"), (r"(?:in the\s+)?early\s+afternoon", "early_afternoon"),
                  (r"(?:in the\s+)?late\s+afternoon", "late_afternoon"), (r"all[\s-]day|the whole day", "all_day"), (r"(?:in the\s+)?morning", "morning"), (r"(?:in the\s+)?afternoon", "afternoon"), (r"(?:in the\s+)?evening", "evening")],
    Language.fr: [(r"toute\s+la\s+matin(?:ée)?", "whole_morning"), (r"tout\s+l['’]après-midi", "whole_afternoon"),
                  (r"toute\s+la\s+soir(?:ée)?", "whole_evening"), (r"(?:en\s+)?fin\s+de\s+matin(?:ée)?", "late_morning"), (r"(?:en\s+)?début\s+d['’]après-midi", "early_afternoon"),
                  (r"(?:en\s+)?fin\s+d['’]après-midi", "late_afternoon"), (r"(?:en\s+)?début\s+de\s+matin(?:ée)?", "early_morning"),
                  (r"(?:toute\s+la\s+)?journée(?:\s+entière)?", "all_day"),
                  (r"(?:au|le|en|dans la)\s+(?:matin|matinée)|matin(?:ée)?", "morning"), (r"(?:l'|dans l')?après-midi", "afternoon"),
                  (r"(?:le|en|dans la)\s+(?:soir|soirée)|soir(?:ée)?", "evening")],
    Language.it: [(r"(?:per\s+)?tutta\s+la\s+mattin(?:a|ata)", "whole_morning"), (r"(?:per\s+)?tutto\s+il\s+pomeriggio", "whole_afternoon"),
                  (r"(?:per\s+)?tutta\s+la\s+ser(?:a|ata)", "whole_evening"), (r"(?:in\s+)?tarda\s+mattinata|(?:a\s+)?fine\s+mattinata", "late_morning"), (r"(?:nel\s+)?primo\s+pomeriggio", "early_afternoon"),
                  (r"(?:nel\s+)?tardo\s+pomeriggio", "late_afternoon"), (r"(?:di\s+)?prima\s+mattina", "early_morning"),
                  (r"tutto\s+il\s+giorno|(?:per\s+)?tutta\s+la\s+giornata|(?:l['’]intera\s+|intera\s+)?giornata(?:\s+intera)?", "all_day"),
                  (r"(?:in|di|la|nella)\s+(?:mattina|mattinata)|mattin(?:a|ata)", "morning"), (r"(?:nel|di|il)\s+pomeriggio|pomeriggio", "afternoon"),
                  (r"(?:in|di|la|nella)\s+(?:sera|serata)|ser(?:a|ata)", "evening")],
    Language.nl: [(r"(?:de\s+)?hele\s+(?:ochtend|morgen)", "whole_morning"), (r"(?:de\s+)?hele\s+middag", "whole_afternoon"),
                  (r"(?:de\s+)?hele\s+avond", "whole_evening"), (r"(?:in de|'s)\s+(?:ochtend|ochtends|morgens)", "morning"), (r"(?:in de|'s)\s+(?:middag|middags)", "afternoon"),
                  (r"(?:in de|'s)\s+(?:avond|avonds)", "evening")],
    Language.sv: [(r"hela\s+förmiddagen", "whole_morning"), (r"hela\s+eftermiddagen", "whole_afternoon"), (r"hela\s+kvällen", "whole_evening"), (r"(?:på\s+)?förmiddag(?:en)?", "morning"), (r"(?:på\s+)?eftermiddag(?:en)?", "afternoon"), (r"(?:på\s+)?kväll(?:en)?", "evening")],
}
_PART_SAID: dict[Language, dict[str, str]] = {
    Language.en: {"morning": "in the morning", "afternoon": "in the afternoon", "evening": "in the evening", "late_morning": "late in the morning",
                  "early_afternoon": "in the early afternoon", "late_afternoon": "in the late afternoon", "all_day": "all day",
                  "whole_morning": "in the morning", "whole_afternoon": "in the afternoon", "whole_evening": "in the evening"},
    Language.fr: {"morning": "dans la matinée", "afternoon": "dans l'après-midi", "evening": "en soirée", "late_morning": "en fin de matinée",
                  "early_afternoon": "en début d'après-midi", "late_afternoon": "en fin d'après-midi", "early_morning": "en début de matinée",
                  "all_day": "toute la journée", "whole_morning": "toute la matinée", "whole_afternoon": "tout l'après-midi",
                  "whole_evening": "toute la soirée"},
    Language.it: {"morning": "in mattinata", "afternoon": "nel pomeriggio", "evening": "in serata", "late_morning": "in tarda mattinata",
                  "early_afternoon": "nel primo pomeriggio", "late_afternoon": "nel tardo pomeriggio", "early_morning": "di prima mattina",
                  "all_day": "per tutta la giornata", "whole_morning": "per tutta la mattinata",
                  "whole_afternoon": "per tutto il pomeriggio", "whole_evening": "per tutta la serata"},
    Language.nl: {"morning": "in de ochtend", "afternoon": "in de middag", "evening": "in de avond",
                  "whole_morning": "de hele ochtend", "whole_afternoon": "de hele middag", "whole_evening": "de hele avond"},
    Language.sv: {"morning": "på förmiddagen", "afternoon": "på eftermiddagen", "evening": "på kvällen",
                  "whole_morning": "hela förmiddagen", "whole_afternoon": "hela eftermiddagen", "whole_evening": "hela kvällen"},
}
# Words a plain date may carry that say nothing more ("the", "le", "den", "on", a comma).
_DAY_GLUE = re.compile(r"(?i)(?<!\w)(?:the|on|le|il|den|de|op|på|om|ore|à|at|a\.s\.|aanstaande|coming|,|\.|\(|\))(?!\w)")


def _hm(m: re.Match[str], n: str) -> tuple[int, int, str, bool]:
    """(hour, minute, am/pm, marked) of one clock read by `_C`."""
    h = int(m.group(f"{n}h"))
    mi = m.group(f"{n}m") or m.group(f"{n}m2") or m.group(f"{n}m3")
    ap = (m.group(f"{n}ap") or "").lower().replace(".", "")
    marked = bool(mi) or bool(ap) or bool(re.search(r"(?i)\d\s*(h|u|uur)\b|\du\d", m.group(0)))
    return h, int(mi) if mi else 0, ap, marked


def _twelve(h: int, ap: str) -> int:
    if ap == "pm" and h < 12:
        return h + 12
    if ap == "am" and h == 12:
        return 0
    return h


_TILDE = {Language.en: "around", Language.fr: "vers", Language.it: "verso le", Language.nl: "rond", Language.sv: "runt kl."}


def tilde(time: str | None, language: Language) -> str | None:
    """"~10" -> "around 10" / "vers 10" / "verso le 10" / "rond 10" / "runt kl. 10" (a form's shorthand, said in words)."""
    if not time:
        return time
    # a clock word typed before it goes ("kl 9-ish", "om ~10", "alle ~11"): never "kl runt kl. 9", "om rond 10"
    out = re.sub(rf"(?i)(?:{_CLOCK_WORD})?~\s*(?=\d)", _TILDE[language] + " ", time)
    # "10ish", "4pm-ish": the marker before the time, in words ("around 10"), never after it
    return re.sub(rf"(?i)(?:{_CLOCK_WORD})?(?<![\w:.])(\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:am|pm)?)\s*-?ish\b", _TILDE[language] + r" \1", out)


_CLOCK_WORD = r"(?<![\w.])(?:kl\.?|om|alle|ore|à|at)\s*"


def slot(time: str | None, language: Language) -> Slot | None:
    """The typed time read into a value, or None when it names no clock, date or weekday the reader is sure of."""
    if not time or not time.strip():
        return None
    from composer.facts import times as calendar

    t = " ".join(time.split()).strip().rstrip(".")
    # a recurrence and then the one meant ("every Weds 10am, so this Wednesday"): the one meant, with the clock
    inst = re.match(r"(?i)^(?P<rec>.*?)\s*[,;]?\s+(?:so|i\.e\.|dus|donc|quindi|alltså|dvs\.?)\s+(?P<one>.+)$", t)
    if inst and _RECUR.search(inst.group("rec")):
        t = f"{inst.group('one')} {inst.group('rec')}"
        t = _RECUR.sub(" ", t)
    if language is Language.it:
        t = re.sub(r"(?i)(?<![\w:])h\s?(?=\d)", "ore ", t)  # "h 16", "h16": Italian "ore"
    # "~10" typed in a form: the language's "around" (read as an approximate clock, never copied as a tilde)
    t = re.sub(r"~\s*(?=\d)", _TILDE[language] + " ", t)
    if language is Language.en:  # "7pm onwards", "from 7pm on": a start time, said "from 7pm"
        t = re.sub(r"(?i)(?<!\w)(\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)\s+(?:onwards?|on|or later|and later)\b", r"from \1", t)
    approx = since = False
    ish = re.search(r"(?i)(?<=[\dm])\s*-?ish\b", t) if language is Language.en else None
    if ish:
        approx, t = True, (t[: ish.start()] + t[ish.end():]).strip()
    hour = end_hour = None
    minute = end_minute = 0
    clock_typed = border = ""
    if _RECUR.search(t) or re.search(r"(?i)\b\w+dagar\b|\b(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b", t):
        return None  # a recurring time ("every Thursday", "torsdagar kl. 16") is said as typed
    lead = re.compile(rf"(?i)(?<!\w)(?:(?P<approx>{_APPROX[language]})|(?P<since>from|dès|à partir de|dalle|vanaf|från)|(?P<after>after|après|dopo(?:\s+le)?|na|efter)|(?P<before>before|avant|prima(?:\s+delle)?|voor|före))\s+(?:(?:kl\.?|klockan|le|l'|ore|om|at|à)\s*)?(?=\d)")
    lm = lead.search(t)
    single: list[tuple[re.Match[str], bool]] = []
    for one in _ONE_READ.finditer(t):
        h, mi, ap, marked = _hm(one, "a")
        before = t[: one.start()].strip()
        led = bool(lm and one.start() <= lm.end() <= one.end())
        conn = bool(one.group("conn")) or led
        at_end = not t[one.end():].strip(" ,;")
        if marked or conn or (at_end and re.search(r"\d|[^\W\d]{3,}", before) and (language is Language.sv or re.search(r"\d", before))):
            single.append((one, led))
    rng = _RANGE_READ.search(t)
    if rng and rng.group("sep") and not re.match(r"(?i)(?:from|between|de|entre|dalle|tra|fra|van|tussen|från|mellan)\s", rng.group(0)):
        rng = None  # "jeudi 10 à 14h", "mercoledì 9 alle 11": a day and a clock, no span
    rng_marked = bool(rng and (re.search(r"(?i)[:.h]\d|\d\s*(?:h|u|uur|am|pm)\b|^(?:from|between|de|entre|dalle|tra|fra|van|tussen|från|mellan|kl|klockan|ore|at|à)\b", rng.group(0).strip())))
    if rng and not rng_marked and any(_hm(o, "a")[3] and not (rng.start() <= o.start() < rng.end()) for o, _ in single):
        rng = None  # "vrijdag 11-12 14u": the span is a date, the clock comes after
    if rng:
        h1, m1, ap1, _ = _hm(rng, "a")
        h2, m2, ap2, _ = _hm(rng, "b")
        if not ap1 and ap2 and h1 <= 12 and _twelve(h1, ap2) < _twelve(h2, ap2):
            ap1 = ap2
        hour, minute, end_hour, end_minute = _twelve(h1, ap1), m1, _twelve(h2, ap2), m2
        if language is Language.en and not (ap1 or ap2) and hour < 8 and end_hour <= 8:  # "2-4": business hours
            hour, end_hour = hour + 12, end_hour + 12
        if not (0 <= hour < end_hour <= 24) or minute > 59 or end_minute > 59:
            return None
        clock_typed, t = rng.group(0), (t[: rng.start()] + " " + t[rng.end():]).strip()
    elif single:
        one, led = single[0]
        h, mi, ap, marked = _hm(one, "a")
        h = _twelve(h, ap)
        loose_lead = bool(led and lm is not None and (lm.group("approx") or lm.group("after") or lm.group("before")))
        if not marked and 1 <= h <= 7 and (language is Language.en or loose_lead):
            # "around 2", "at 3": business hours; "après 3", "dopo le 3", "na 3", "efter 3" typed in a hurry are the
            # afternoon hour, said on the 24-hour dial ("après 15 h", "dopo le 15", "na 15.00 uur", "efter kl. 15")
            h += 12
        if h > 24 or mi > 59:
            return None
        hour, minute = h, mi
        if led:
            approx, since = approx or bool(lm.group("approx")), bool(lm.group("since"))
            border = "after" if lm.group("after") else "before" if lm.group("before") else ""
            clock_typed = t[lm.start(): one.end()]
            t = (t[: lm.start()] + " " + t[one.end():]).strip()
        else:
            clock_typed, t = one.group(0).strip(), (t[: one.start()] + " " + t[one.end():]).strip()
    part = None
    if hour is None:
        for pat, key in _PARTS[language]:
            pm = re.search(rf"(?i)(?<!\w)(?:{pat})(?!\w)", t)
            if pm:
                part, t = key, (t[: pm.start()] + " " + t[pm.end():]).strip()
                break
    t = re.sub(r"\s+", " ", t).strip(" ,;")
    weekday = day = month = year = None
    typed_day = ""
    month_typed = True
    if t:
        full = expand(t, language)
        parsed = calendar.parse_given(full, language, reference_date())
        w = parsed.when
        leftover = full
        for m in calendar.scan(full):
            leftover = leftover.replace(m.text, " ")
        leftover = _DAY_GLUE.sub(" ", leftover).strip()
        bare = re.fullmatch(rf"(?i)({'|'.join(calendar.WEEKDAY_NAMES[language])}),?\s+(?:the\s+|den\s+)?(\d{{1,2}})(?:st|nd|rd|th|er|e|°|:e)?", full.strip(" ,"))
        scanned = any(m.when.has_date for m in calendar.scan(full))  # a date the scanner read (never a dateparser guess)
        if bare:  # "Thu 10th", "jeudi 10": the month is the one where that day is that weekday
            found = _month_for(calendar.WEEKDAY_NAMES[language].index(bare.group(1).lower()), int(bare.group(2)))
            if found is None:
                typed_day = t
            else:
                weekday, day, month, month_typed = found.weekday(), found.day, found.month, False
        elif not leftover and not parsed.weekday_mismatch and w.hour is None and (
            (w.has_date and scanned and parsed.resolved is not None) or (w.weekday is not None and w.day is None)
            or (w.weekday is not None and parsed.resolved is not None and not re.search(r"\d", full))
        ):
            if re.search(r"\d", full):
                weekday, day, month, year = w.weekday, w.day, w.month, w.year  # a weekday only when typed (no guessed year)
            else:
                weekday = w.weekday  # a weekday alone stays a weekday ("Friday")
        else:
            typed_day = t
    if hour is None and part is None and weekday is None and day is None:
        return None
    h24 = bool(re.search(r"\d\s*[:.]\s*\d{2}", clock_typed)) and not re.search(r"(?i)[ap]\.?m\b", clock_typed)
    return Slot(weekday, day, month, year, hour, minute, end_hour, end_minute, approx, part, typed_day, clock_typed, since, t, month_typed, h24, border)


def _month_for(weekday: int, day: int) -> date | None:
    """The date nearest the reference date (a little back, mostly ahead) whose day and weekday are these ("Thu 10th")."""
    today = reference_date()
    for delta in sorted(range(-45, 200), key=lambda d: (abs(d) if d >= 0 else abs(d) * 4)):
        c = today + timedelta(days=delta)
        if c.day == day and c.weekday() == weekday:
            return c
    return None


def _hour(h: int, mi: int, language: Language, *, short: bool = False, h24: bool = False) -> str:
    """One clock time as the language writes it in business mail: 3pm / 3:30pm, 15 h / 15 h 30, 15 / 15:30,
    15.00 / 15.30 (nl, sv; `short`: a whole hour bare, for a window or an approximate time in Swedish)."""
    if language is Language.en and h24:
        return f"{h}:{mi:02d}"  # typed "14:00": the draft keeps the 24-hour style (no new number such as "2")
    if language is Language.en:
        h12 = h % 12 or 12
        return f"{h12}{f':{mi:02d}' if mi else ''}{'am' if h < 12 or h == 24 else 'pm'}"
    if language is Language.fr:
        return f"{h} h" + (f" {mi:02d}" if mi else "")
    if language is Language.it:
        return f"{h}" + (f":{mi:02d}" if mi else "")
    if short and not mi:
        return f"{h}"
    return f"{h}.{mi:02d}"


def _day_said(s: Slot, language: Language) -> str:
    """The day as a native writes it: "Thursday 10 December", "jeudi 10 décembre", "giovedì 10 dicembre"."""
    from composer.facts import times as calendar

    if s.typed_day:
        return expand(s.typed_day, language)
    names = calendar.WEEKDAY_NAMES[language]
    wd = ""
    if s.weekday is not None:
        wd = names[s.weekday].capitalize() if language is Language.en else names[s.weekday]
    if s.day is None or s.month is None:
        return wd
    d = "1er" if language is Language.fr and s.day == 1 else str(s.day)
    out = f"{wd} {d} {MONTH_NAMES[language][s.month - 1]}".strip()
    return f"{out} {s.year}" if s.year else out


def _clock_said(s: Slot, language: Language, window: bool) -> str:
    """The clock with its connective: "at 3pm", "vers 15 h", "tra le 14 e le 16", "rond 15.00 uur", "kl. 15.00"."""
    lang = language
    if s.hour is None:
        return _PART_SAID[lang][s.part] if s.part else ""
    a = _hour(s.hour, s.minute, lang, h24=s.h24)
    if s.end_hour is not None:
        b = _hour(s.end_hour, s.end_minute, lang, h24=s.h24)
        if lang is Language.en:
            first = a[:-2] if not s.h24 and (s.hour < 12) == (s.end_hour < 12) else a  # "2 and 4pm", "11am and 1pm"
            return f"between {first} and {b}" if window else f"from {first} to {b}"
        if lang is Language.fr:
            return f"entre {a} et {b}" if window else f"de {a} à {b}"
        if lang is Language.it:
            return f"tra le {a} e le {b}" if window else f"dalle {a} alle {b}"
        if lang is Language.nl:
            return f"tussen {a} en {b} uur" if window else f"van {a} tot {b} uur"
        sa, sb = _hour(s.hour, s.minute, lang, short=True), _hour(s.end_hour, s.end_minute, lang, short=True)
        return f"mellan kl. {sa} och {sb}" if window else f"kl. {a}–{b}"
    if s.border:
        said = {"after": {Language.en: f"after {a}", Language.fr: f"après {a}", Language.it: f"dopo le {a}",
                          Language.nl: f"na {a} uur", Language.sv: f"efter kl. {a}"},
                "before": {Language.en: f"before {a}", Language.fr: f"avant {a}", Language.it: f"prima delle {a}",
                           Language.nl: f"voor {a} uur", Language.sv: f"före kl. {a}"}}
        return said[s.border][lang]
    if s.since:
        return {Language.en: f"from {a}", Language.fr: f"à partir de {a}", Language.it: f"dalle {a}",
                Language.nl: f"vanaf {a} uur", Language.sv: f"från kl. {a}"}[lang]
    if s.approx:
        return {Language.en: f"at around {a}", Language.fr: f"vers {a}", Language.it: f"verso le {a}",
                Language.nl: f"rond {a} uur", Language.sv: f"runt kl. {_hour(s.hour, s.minute, lang, short=True)}"}[lang]
    return {Language.en: f"at {a}", Language.fr: f"à {a}", Language.it: f"alle {a}", Language.nl: f"om {a} uur",
            Language.sv: f"kl. {a}"}[lang]


# "last Thursday 7th", "this past Sat 9th": a weekday with its date after "last" (English)
_LAST_DATED = re.compile(r"(?i)^(?:last|this past)\s+(?=[a-z]+\.?,?\s+\d{1,2}(?:st|nd|rd|th)\b)")


def parts(time: str | None, language: Language, *, window: bool = False) -> tuple[str, str] | None:
    """(day without its preposition, clock with its connective) rendered from the typed time's value, or None when
    the time cannot be read (then the typed words are a free phrase). `window`: a range is a time to choose in
    ("between 2 and 4pm"), not the meeting's own span ("from 2 to 4pm"). Every rendering is checked against the
    fact model; one it would not read as the typed time falls back to the typed clock, then to None."""
    last = _LAST_DATED.match(time or "") if language is Language.en else None
    if last and time is not None:
        # "last Thursday 7th, 5pm": the date is plain once the month is said ("Thursday 7 January at 5pm", native review v16)
        read = parts(time[last.end():], language, window=window)
        if read and _same_day(time, " ".join(x for x in read if x), language):
            return read
    typed_zone = re.search(r"(?i)\s(?:GMT|UTC|CET|CEST|BST|EST|EDT|PST|PDT)(?:[+-]\d{1,2})?\s*$", time or "")
    if typed_zone and time is not None:
        # a zone typed after the clock: the time read without it, the zone said after the clock, and the day written
        # like every other day in the mail ("Friday 11 December at 4pm GMT", never "Friday 11th at 4pm GMT")
        read = parts(time[: typed_zone.start()], language, window=window)
        if read and read[1]:
            d, c = read[0], f"{read[1]} {typed_zone.group(0).strip()}"
            if _faithful(time, f"{d} {c}", language):
                return d, c
    s = slot(time, language)
    if s is None or time is None:
        return None
    day, clock = _day_said(s, language), _clock_said(s, language, window)
    days = [day]
    if s.day is not None and not s.month_typed and s.weekday is not None:  # "Thu 10th": "Thursday 10th" when the month cannot be added
        days.append(_day_said(replace(s, day=None, month=None), language) + " " + _bare_day(s.day, language))
    if s.day_text and not s.typed_day:
        days.append(expand(s.day_text, language))
    clocks = [clock]
    if s.clock_typed and s.hour is not None:
        typed = re.sub(r"(?i)^(?:at|@|à|alle|ore|om|kl\.?|klockan)\s+", "", s.clock_typed.strip())
        lead = re.match(r"(?i)(?:between|entre|tra|fra|tussen|mellan|from|de|dalle|van|från|vanaf|dès|à partir de)\s", typed)
        clocks.append(typed if lead else clock_phrase(typed, language))
    tries = [(d, c) for c in clocks for d in days] if s.hour is not None or s.part else [(d, clock) for d in days]
    if s.part and s.hour is None and language in (Language.en, Language.it):
        # "Friday morning", "sabato mattina": a weekday alone takes the part of the day as one phrase
        said = {Language.en: {"morning": "morning", "afternoon": "afternoon", "evening": "evening"},
                Language.it: {"morning": "mattina", "afternoon": "pomeriggio", "evening": "sera"}}[language].get(s.part)
        if said is None:  # "late morning", "tutto il giorno": said after the day, never glued to the weekday
            said = _PART_SAID[language][s.part]
        tries = [(f"{d} {said}", "") for d in days if d and " " not in d] + tries
    if s.part == "all_day" and s.hour is None and language is Language.en:
        # "on Thursday 17 December", never "... December all day" tacked on; a day offered to choose in says so
        tries = [(f"{d}, any time" if window else d, "") for d in days if d] + tries
    zone = re.compile(r"(?i)\s+(GMT|UTC|CET|CEST|BST|EST|EDT|PST|PDT|ET|PT)(?:[+-]\d{1,2})?$")
    # a time zone goes after the clock ("at 11:00 GMT"), never between the date and "at"
    tries = [(zone.sub("", d), f"{c} {m.group(0).strip()}") if (m := zone.search(d)) and c else (d, c) for d, c in tries]
    for d, c in tries:
        said = f"{d} {c}".strip()
        if said and _faithful(time, said, language):
            return d, c
    return None


def _bare_day(day: int, language: Language) -> str:
    """A day number without its month: "16th", "16", "den 16"."""
    if language is Language.en:
        suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return f"{day}{suffix}"
    if language is Language.sv:
        return f"den {day}"
    return "1er" if language is Language.fr and day == 1 else str(day)


def same_slot(a: str, b: str, language: Language) -> bool:
    """Two typed times that name the same slot ("Wed 9th 11am" and "Wednesday 9 December at 11:00")."""
    sa, sb = slot(a, language), slot(b, language)
    if sa is None or sb is None or sa.typed_day or sb.typed_day or sa.hour is None or sb.hour is None:
        return False
    key = lambda s: (s.day, s.month, s.hour, s.minute, s.end_hour, s.end_minute)  # noqa: E731
    if sa.day is not None and sb.day is not None:
        return key(sa) == key(sb)
    return sa.day is None and sb.day is None and sa.weekday is not None and (sa.weekday, sa.hour, sa.minute) == (sb.weekday, sb.hour, sb.minute)


_WEEKDAY_WORD = r"(?:(?:" + "|".join(sorted(_DAY_STEMS, key=len, reverse=True)) + r")\w*|(?:weds|tues|thurs|mon|tue|wed|thu|fri|sat|sun)\b\.?)"
_CLOCK_IN_NAME = r"\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|h|uur|u)\b|\d{1,2}[:.h]\d{2}"


def without_time_words(meeting: str, time: str | None) -> str:
    """The meeting phrase without the day and clock the given time already says, so they are said once, by the
    time: "weekly design crit every Weds 10am" -> "weekly design crit"; "Monday status Zoom" -> "status Zoom";
    "Thursday therapy slot" -> "therapy slot"; "appel hebdo du mardi" -> "appel hebdo"; "tid varannan fredag"
    -> "tid". Unchanged without a time, or when too little would be left."""
    if not time or not time.strip():
        return meeting
    named = {w.lower()[:3] for w in re.findall(r"[^\W\d_]+", time)}
    if not any(m.group(0).lower()[:3] in named for m in re.finditer(rf"(?i)(?<!\w){_WEEKDAY_WORD}", meeting)) and not re.search(rf"(?i){_CLOCK_IN_NAME}", meeting):
        return meeting  # the phrase names no day or clock the time says
    # the part of the day goes with its weekday: "consultation du jeudi soir" -> "consultation", never "consultation soir"
    part = (r"(?:\s+(?:matin|soir|après-midi|apres-midi|midi|morning|afternoon|evening|night|lunchtime|mattina|mattino|"
            r"pomeriggio|sera|ochtend|middag|avond|förmiddag|eftermiddag|kväll|morgon))?")
    day = rf"{_WEEKDAY_WORD}(?:'s|’s)?{part}"
    out = meeting
    # a recurrence with its clock: "every Weds 10am", "tous les mardis à 18h", "varannan fredag"
    out = re.sub(rf"(?i)[\s,(]*(?<!\w)(?:every(?: other| second)?|each|on|tous les|toutes les|chaque|ogni|tutti i|elke|iedere|om de week op|varannan|varje|alla)\s+{day}"
                 rf"(?:\s*(?:at|à|alle|om|kl\.?)?\s*(?:{_CLOCK_IN_NAME}))?\)?", "", out)
    out = re.sub(rf"(?i)[\s,]*(?<!\w)(?:at|à|alle|ore|om|kl\.?)?\s*(?:{_CLOCK_IN_NAME})", "", out)
    out = re.sub(rf"(?i)\s+(?:du|le|del|dei|di|on|van|op|på|om)\s+{day}(?!\w)", "", out)
    out = re.sub(rf"(?i)(?<!\w){day}(?!\w)\s*", "", out)
    out = re.sub(r"\s+([,)])", r"\1", " ".join(out.split())).strip(" ,;-–")
    out = re.sub(r"(?i)^(the|our|your|my|le|la|les|il|lo|la|de|het|the)\s*$", "", out)
    # "our Thursday therapy slot" -> "our therapy slot"; a phrase reduced to an article keeps the typed words
    return out if len(out) >= 3 and re.search(r"[^\W\d]{3,}", out) else meeting


# A relative day in the reason said as "that day" once the meeting is named by its date: (pattern, replacement).
_THAT_DAY: dict[Language, list[tuple[str, str]]] = {
    Language.en: [(r"tomorrow (morning|afternoon|evening)", r"that \1"), (r"tomorrow", "that day")],
    Language.fr: [(r"demain (matin|après-midi|soir)", r"ce \1-là"), (r"demain", "ce jour-là")],
    Language.it: [(r"domani (mattina|pomeriggio|sera)", r"quel\1"), (r"domani", "quel giorno")],
    Language.nl: [(r"morgen(ochtend|middag|avond)", r"die \1"), (r"morgen", "die dag")],
    Language.sv: [(r"i ?morgon (bitti|förmiddag|eftermiddag|kväll)", "den dagen"), (r"i ?morgon", "den dagen")],
}


def that_day(reason: str | None, meeting_time: str | None, language: Language) -> str | None:
    """The reason with "tomorrow" said as "that morning" / "that day" when the meeting is given by its date and
    that date IS tomorrow (never when the reason's day is another one): "on Tuesday 8 December at 11am. I have been
    called into court that morning"."""
    if not reason or not meeting_time:
        return reason
    from composer.facts import times as calendar

    if calendar.relative_offset(meeting_time, language) is not None:
        return reason  # the meeting is itself "tomorrow": the reason's word fits
    if calendar.relative_offset(reason, language) != 1:
        return reason
    s = slot(meeting_time, language)
    parsed = calendar.parse_given(meeting_time, language, reference_date())
    if s is None or s.typed_day or parsed.resolved is None or parsed.resolved.date() != reference_date() + timedelta(days=1):
        return reason
    out = reason
    for pat, said in _THAT_DAY[language]:
        new = re.sub(rf"(?i)(?<!\w){pat}(?!\w)", said, out, count=1)
        if new != out:
            out = new
            break
    if language is Language.it:
        out = re.sub(r"quel(mattina|sera)", r"quella \1", out).replace("quelpomeriggio", "quel pomeriggio")
    return out


# A span of clock hours, which the calendar reader may take for a day and a month ("za 9-11u", "kl. 9-11").
_HOURS_SPAN = re.compile(r"\d{1,2}\s*[-–]\s*\d{1,2}\s*(?:u|uur|h)\b|\b(?:kl\.?|om)\s*\d{1,2}\s*[-–]", re.IGNORECASE)


def subject_date(meeting_time: str | None, language: Language, relative: re.Pattern[str]) -> str:
    """The meeting's date for a subject line ("15 december"), read from its value; "" when the time names no
    calendar date for certain: a relative day or a recurrence (the language's `relative` words), a weekday that
    does not fit, a span of hours, a typed year (left to the body)."""
    if not meeting_time or relative.search(meeting_time):
        return ""
    from composer.facts import times

    p = times.parse_given(meeting_time, language, None)
    if not p.resolved or not p.when.has_date or p.weekday_mismatch or p.when.year or _HOURS_SPAN.search(meeting_time):
        return ""
    return f"{p.resolved.day} {MONTH_NAMES[language][p.resolved.month - 1]}"



# A clock typed in a note in another format than the mail's own ("8h15" next to "7 h 30"; Italian not yet, see notes):
# one format per mail, the one the phrasebook writes.
_NOTE_CLOCK = {
    Language.fr: (re.compile(r"(?<![\w:.])(\d{1,2})\s?[hH](?:\s?(\d{2}))?(?![\w])"), lambda m: f"{m.group(1)} h" + (f" {m.group(2)}" if m.group(2) else "")),
}


def note_clocks(text: str | None, language: Language) -> str | None:
    """The clocks inside a typed note written the way the mail writes its own ("8h15" -> "8 h 15" in French)."""
    rule = _NOTE_CLOCK.get(language)
    if not text or rule is None:
        return text
    return rule[0].sub(rule[1], text)
