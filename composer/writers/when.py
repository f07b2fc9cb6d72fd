"""Times as a native writes them after a meeting: the day and the clock time split, abbreviations spelled
out, and the clock time given its own connective ("on Friday at 3pm", "le mercredi 11 décembre à 9 h",
"sabato 14 dicembre alle 20", "woensdag 11 december om 9.00 uur", "fredag kl. 15").

Pure and language-keyed; each phrasebook puts its preposition before the day part. Every number and
word the user typed survives (abbreviations are only lengthened), so the fact check still finds them.
"""

from __future__ import annotations

import re

from composer.models import Language

_CLOCK = re.compile(
    r"(?:^|[\s,;]+)(?P<conn>(?:at|@|à|a|alle|ore|om|kl\.?|klockan)\s+)?"
    r"(?P<clock>(?:(?:from|dès|à partir de|dalle|vanaf|från)\s+(?:(?:at|à|ore|om|kl\.?|klockan)\s+)?)?"
    r"(?:\d{1,2}\s*h\s*\d{2}|\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h|uur|u)?))\s*$",
    re.IGNORECASE,
)

WEEKDAYS: dict[Language, dict[str, str]] = {
    Language.en: {"mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
                  "thur": "Thursday", "thurs": "Thursday", "fri": "Friday", "sat": "Saturday", "sun": "Sunday"},
    Language.fr: {"lun": "lundi", "mar": "mardi", "mer": "mercredi", "jeu": "jeudi", "ven": "vendredi", "sam": "samedi", "dim": "dimanche"},
    Language.it: {"lun": "lunedì", "mar": "martedì", "mer": "mercoledì", "gio": "giovedì", "ven": "venerdì", "sab": "sabato", "dom": "domenica"},
    Language.nl: {"ma": "maandag", "di": "dinsdag", "wo": "woensdag", "do": "donderdag", "vr": "vrijdag", "za": "zaterdag", "zo": "zondag"},
    Language.sv: {"mån": "måndag", "tis": "tisdag", "ons": "onsdag", "tor": "torsdag", "tors": "torsdag", "fre": "fredag", "lör": "lördag", "sön": "söndag"},
}
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
_FULL_WEEKDAYS = {lang: {v.lower() for v in table.values()} for lang, table in WEEKDAYS.items()}


def split(time: str, language: Language) -> tuple[str, str]:
    """(day part, clock time) of a typed time; either may be empty. A bare number is a clock time only
    with a connective ("ore 20", "kl 15") or, in Swedish, right after a weekday ("fredag 15")."""
    t = time.strip().rstrip(".")
    m = _CLOCK.search(t)
    if not m:
        return t, ""
    clock, day = m.group("clock").strip(), t[: m.start()].strip().rstrip(",;").strip()
    marked = bool(re.search(r"[:.h]\d{2}|am|pm|a\.m|p\.m|h$|uur|u$", clock, re.IGNORECASE)) or bool(m.group("conn")) or not clock[:1].isdigit()
    last = day.lower().split()[-1] if day.split() else ""
    after_weekday = language is Language.sv and (last in _FULL_WEEKDAYS[language] or last in WEEKDAYS[language] or last.endswith("dags"))
    if not (marked or after_weekday or not day):
        return t, ""
    if not day and not marked and not re.fullmatch(r"\d{1,2}", clock):
        return t, ""
    return day, clock


def expand(day: str, language: Language) -> str:
    """Abbreviated weekdays and months spelled out ("Sat 14 Dec" -> "Saturday 14 December")."""
    words = day.split(" ")
    out = []
    for i, w in enumerate(words):
        core = w.rstrip(".,").lower()
        tail = "," if w.endswith(",") else ""
        prev = words[i - 1] if i else ""
        if i == 0 or prev.lower() in ("last", "next", "this"):
            full = WEEKDAYS[language].get(core)
            if full and (i == 0 and len(words) > 1 or w.endswith(".") or language is not Language.nl):
                out.append(full + tail)
                continue
        if i and re.match(r"\d", prev):
            full = MONTHS[language].get(core)
            if full:
                out.append(full + tail)
                continue
        out.append(w)
    return " ".join(out)


def clock_phrase(clock: str, language: Language) -> str:
    """The clock time with its connective, as the language writes it (the digits as typed: "10:00" stays, so
    the number check never sees a new "10.00")."""
    c = re.sub(r"\s+", " ", clock.strip())
    # "from 6pm", "dès 19h", "dalle 18", "vanaf 17u", "från 17": the typed "from" replaces "at", never joins it.
    lead = re.match(r"(from|dès|à partir de|dalle|vanaf|från)\s+(?:(?:at|à|ore|om|kl\.?|klockan)\s+)?", c, re.IGNORECASE)
    if lead:
        word, rest = lead.group(1), c[lead.end():]
        said = clock_phrase(rest, language)
        said = said.split(" ", 1)[1] if " " in said else said  # the bare clock, with its own marks ("17 uur", "19 h")
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
        # ("14u" stays: the fact model reads a bare "14 uur" as a notice period.)
        if not re.search(r"(uur|u|am|pm)$", c, re.IGNORECASE):
            c += " uur"
        return f"om {c}"
    return f"kl. {c}"


def plain(time: str, language: Language) -> str:
    """A proposed time on its own (a list item, after "would ... suit you"): the day spelled out and the clock
    time with its connective, no leading preposition: "Friday 13 December at 9am", "venerdì 13 dicembre alle 9"."""
    day, clock = split(time, language)
    if not clock:
        return expand(time.strip(), language)
    said = clock_phrase(clock, language)
    return f"{expand(day, language)} {said}" if day else said
