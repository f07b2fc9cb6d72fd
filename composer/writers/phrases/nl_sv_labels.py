"""A long meeting label made short where a short one is needed (family 3 of the v13 native review), nl and sv.

- a subject line names the meeting by its head: the people and places typed after it go first ("Designreview van de
  nieuwe app met Ruben en Anouk" -> "Designreview van de nieuwe app"), then, if still long, the topic's tail
  ("Bouwteamoverleg voor de renovatie van het gemeentehuis" -> "Bouwteamoverleg voor de renovatie");
- a date said after a label that ends in a clause: nl puts the date before the clause ("het belletje van morgen om je
  bankkoppeling in te stellen"); sv says the head only ("julmiddagen på Grand Hôtel på torsdag ..."), never a second
  particle after the clause's own ("som föreningen bjuder på på torsdag").
"""

from __future__ import annotations

import re

from composer.models import Language

SUBJECT_LIMIT = 40  # characters of the label in a subject line (the subject stays under ~60 with its verdict)

# Words that open a part typed after the head: people and places (cut first), then the topic's tail.
_ASIDE = {
    Language.nl: re.compile(r"(?i)\s(?:met|in|op|bij|aan|samen met|die|dat|waar|waarbij|om)\s"),
    Language.sv: re.compile(r"(?i)\s(?:med|i|på|hos|vid|tillsammans med|som|där|för att)\s"),
}
_TOPIC = {
    Language.nl: re.compile(r"(?i)\s(?:van|voor|over|rond|rondom)\s"),
    Language.sv: re.compile(r"(?i)\s(?:om|av|för|inför|kring|angående)\s"),
}
_NOT_AFTER = {  # an aside is never cut right after these (it belongs to them: "bij u", "in het kader van")
    Language.nl: re.compile(r"(?i)(?:^|\s)(?:de|het|een)$"),
    Language.sv: re.compile(r"(?i)(?:^|\s)(?:en|ett)$"),
}


# A clause typed at the end of the label: nl a purpose "om ... te <verb>" or a relative "die/dat/waar ...";
# sv a relative "som/där ...".
_CLAUSE = {
    Language.nl: re.compile(r"(?i)^(?P<head>.+?)\s(?P<clause>(?:om\s.+\ste\s\w+|(?:die|dat|waar|waarin|waarbij)\s.+))$"),
    Language.sv: re.compile(r"(?i)^(?P<head>.+?)\s(?P<clause>(?:som|där)\s.+)$"),
}


def _excise_last_aside(label: str, language: Language) -> str | None:
    """The label without its last aside (up to the next topic word or the end), or None when it has none."""
    asides = [m for m in _ASIDE[language].finditer(label) if m.start() > 0 and not _NOT_AFTER[language].search(label[: m.start()])]
    if not asides:
        return None
    a = asides[-1]
    nxt = _TOPIC[language].search(label, a.end())
    cut = label[: a.start()] + (label[nxt.start():] if nxt else "")
    return cut if len(cut.split()) >= 1 and cut != label else None


# Where the meeting is held, typed after it ("bij jou op de zaak", "bij ons op de praktijk", "hos er i Eskilstuna"):
# never in a subject line, whatever its length (v15 review: "Intake bij ons op de praktijk: uw afzegging").
_WHERE = {
    Language.nl: re.compile(
        r"(?i)\s+(?:hier\s+)?(?:bij\s+(?:jou|jullie|ons|u|mij|je)(?:\s+thuis|\s+(?:op|in|aan)\s+(?:(?:de|het)\s+)?[\w-]+)?"
        r"|(?:op|in)\s+(?:(?:de|het|ons|onze|jullie|je|uw)\s+)?(?:praktijk|zaak|kantoor|studio|salon|winkel|atelier))(?=\s+(?:van|voor|over)\s|$)"),
    Language.sv: re.compile(
        r"(?i)\s+(?:(?:här\s+)?hos\s+(?:er|dig|oss|mig|dem)(?:\s+hemma|\s+(?:i|på)\s+[\wåäö-]+)?"
        r"|(?:på|i)\s+(?:(?:vårt|ert|ditt|mitt)\s+)?(?:kontoret|mottagningen|salongen|ateljén|butiken|kontor|lokaler))(?=\s+(?:om|av|för|inför)\s|$)"),
}


def without_place(label: str, language: Language) -> str:
    """The label without the place it is held at ("de intake bij ons op de praktijk" -> "de intake"): a client's own
    booking is named by what it is, never with our premises before its date (v15 review)."""
    return _WHERE[language].sub("", label) or label


def subject_label(label: str, language: Language) -> str:
    """The label short enough for a subject line (see the module docstring); as typed when it already is."""
    out = without_place(label, language)
    while len(out) > SUBJECT_LIMIT:
        if m := _CLAUSE[language].match(out.strip()):
            out = m.group("head")  # a clause at the end goes whole, never cut inside ("om je koppeling in te stellen")
        elif (cut := _excise_last_aside(out, language)) is not None:
            out = cut
        else:
            break
    while len(out) > SUBJECT_LIMIT and (tails := [m for m in _TOPIC[language].finditer(out) if m.start() > 0]):
        out = out[: tails[-1].start()]
    return out


def dated(label: str, said_when: str, language: Language) -> str | None:
    """The label and its date when the label ends in a clause (see the module docstring), or None (then label +
    date as usual). `said_when` is the date phrase with its leading space (" van morgen na 3 uur")."""
    m = _CLAUSE[language].match(label.strip())
    if not m or not said_when.strip():
        return None
    if language is Language.nl:
        relative = re.match(r"(?i)(?:die|dat|waar|waarin|waarbij)\s", m.group("clause"))
        day = re.match(r"(?i)\s(?:van|op)\s+((?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|\d).*)$", said_when)
        if relative and day:
            # a long label with its own relative clause: the date attaches to the meeting after it ("het relatiediner dat
            # uw kantoor geeft, op vrijdag 18 december"), never "het relatiediner van vrijdag 18 december ... dat ..."
            return f"{m.group('head')} {m.group('clause')}, op {day.group(1)}"
        return f"{m.group('head')}{said_when} {m.group('clause')}"
    return f"{m.group('head')}{said_when}"
