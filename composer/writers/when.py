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


def split(time: str, language: Language, _pattern: re.Pattern[str] = _CLOCK) -> tuple[str, str]:
    """(day part, clock time) of a typed time; either may be empty. A bare number is a clock time only
    with a connective ("ore 20", "kl 15") or, in Swedish, right after a weekday ("fredag 15")."""
    t = time.strip().rstrip(".")
    m = _pattern.search(t)
    if not m:
        return t, ""
    clock, day = m.group("clock").strip(), t[: m.start()].strip().rstrip(",;").strip()
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
    lead = re.match(r"(from|dès|à partir de|dalle|vanaf|från)\s+(?:(?:at|à|ore|om|kl\.?|klockan)\s+)?", c, re.IGNORECASE)
    if lead:
        word, rest = lead.group(1), c[lead.end():]
        said = clock_phrase(rest, language)
        said = said.split(" ", 1)[1] if " " in said else said  # the bare clock, with its own marks ("17 uur", "19 h")
        if re.fullmatch(r"\d{1,2}u", rest, re.IGNORECASE):
            said = rest  # "vanaf 16u" as typed: the fact model reads "vanaf 16.00 uur" after a numeric date as another time
        if language is Language.sv:
            said = "kl. " + said
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


def plain(time: str, language: Language) -> str:
    """A proposed time on its own (a list item, after "would ... suit you"): the day spelled out and the clock
    time with its connective, no leading preposition: "Friday 13 December at 9am", "venerdì 13 dicembre alle 9"."""
    day, clock = split(time, language)
    if not clock:
        return expand(time.strip(), language)
    if re.search(r"\b(en|tot|and|to|et|à|e|alle|och|till)$", day, re.IGNORECASE):
        return f"{expand(day, language)} {clock}"  # the end of a span typed in words ("tussen 13 en 16 uur") takes no "om"
    said = clock_phrase(clock, language)
    if re.search(r"\b(na|vanaf|voor|rond|tegen|omstreeks|efter|före|från|runt|kring|senast)$", day, re.IGNORECASE):
        return f"{expand(day, language)} {said[3:] if said.startswith('om ') else said}"  # "na 16.00 uur", never "na om"
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
