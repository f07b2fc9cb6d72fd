"""A policy notice sent because the rules change (nl, sv): it opens by saying so, with the typed date.

Native reviews v13-v14: a note such as "Villkoren ändras efter nyår" or "de voorwaarden veranderen per 1 februari" was
either dropped (the client reads the terms as already in force) or glued as a cause ("på grund av reglerna ändras",
"vanwege de voorwaarden veranderen"). A notice of new rules is no reminder either ("jag vill påminna", "ik herinner u
eraan"). The typed date phrase is kept word for word; without one, the opening says only that the rules change.
"""

from __future__ import annotations

import re

_MONTHS = {
    "nl": "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december",
    "sv": "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december",
}
# The note says the rules change (a rules word and a change word, or "new rules").
_CHANGE = {
    "nl": re.compile(r"(?i)\b(?:voorwaarden|regels|regeling|annuleringsbeleid|beleid)\b.*\b(?:veranderen|verandert|wijzigen|"
                     r"wijzigt|gewijzigd|aangepast|anders)\b|\bnieuwe (?:voorwaarden|regels|regeling|annuleringsvoorwaarden)\b"),
    "sv": re.compile(r"(?i)\b(?:villkor\w*|regl\w*|regler|policy\w*)\b.*\b(?:ändras|ändrar|förändras|uppdateras|blir annorlunda)\b"
                     r"|\bnya (?:villkor|regler|avbokningsregler)\b"),
}
# When they change: kept as typed ("per 1 februari", "efter nyår", "från och med 1 mars").
_WHEN = {
    "nl": re.compile(rf"(?i)\b((?:per|vanaf|met ingang van|na|in|begin|eind)\s+(?:\d{{1,2}}\s+)?(?:{_MONTHS['nl']})(?:\s+\d{{4}})?"
                     r"|na (?:nieuwjaar|de jaarwisseling|de kerst|de feestdagen)|vanaf (?:het nieuwe jaar|volgend jaar)|volgend jaar)\b"),
    "sv": re.compile(rf"(?i)\b((?:från och med|fr\.o\.m\.|från|efter|i|under)\s+(?:den\s+)?(?:\d{{1,2}}\s+)?(?:{_MONTHS['sv']})(?:\s+\d{{4}})?"
                     r"|efter (?:nyår|nyåret|årsskiftet|jul|helgerna)|vid årsskiftet|från nästa år|nästa år)(?![\wåäö])"),
}
_OPENING = {  # (formal, friendly), "{when}" the typed date phrase at the start
    "nl": (("{When} veranderen onze annuleringsvoorwaarden. Hieronder zet ik de nieuwe voorwaarden voor u op een rij.",
            "{When} veranderen onze annuleringsvoorwaarden, dus hierbij even de nieuwe regels op een rij."),
           ("Onze annuleringsvoorwaarden veranderen. Hieronder zet ik de nieuwe voorwaarden voor u op een rij.",
            "Onze annuleringsvoorwaarden veranderen, dus hierbij even de nieuwe regels op een rij.")),
    "sv": (("{When} ändras våra avbokningsregler. Här är de nya villkoren.",
            "{When} ändrar vi våra avbokningsregler, så här kommer en kort sammanfattning av vad som gäller då."),
           ("Våra avbokningsregler ändras. Här är de nya villkoren.",
            "Vi ändrar våra avbokningsregler, så här kommer en kort sammanfattning av vad som gäller då.")),
}


def rule_change(reason: str | None, language: str, formal: bool) -> str | None:
    """The opening of a notice of changed rules, or None when the note does not say the rules change."""
    if not reason or not _CHANGE[language].search(reason):
        return None
    dated, plain = _OPENING[language]
    if m := _WHEN[language].search(reason):
        said = m.group(1)
        return (dated[0] if formal else dated[1]).format(When=said[:1].upper() + said[1:])
    return plain[0] if formal else plain[1]


# A standing (weekly) appointment typed in the label or the time ("simlektion på onsdagar", "de wekelijkse pianoles").
_STANDING = {
    "nl": re.compile(r"(?i)\bop (?:maan|dins|woens|donder|vrij|zater|zon)dag(?:en|middagen|avonden|ochtenden)\b|\belke\b|"
                     r"\biedere\b|\bwekelijks\w*|\bvaste\b"),
    "sv": re.compile(r"(?i)\bpå (?:mån|tis|ons|tors|fre|lör|sön)dag(?:ar|s(?:förmiddagar|eftermiddagar|kvällar))\b|\bvarje\b|"
                     r"\bvarannan\b|\bveckans\b|\bvecko\w+"),
}


def standing_charged(meeting: str | None, meeting_time: str | None, fee_percent: int | None, language: str) -> bool:
    """A standing weekly appointment missed at full fee: no new booking is offered (the next one is already booked,
    and a new time beside a full fee reads as a free make-up; v14 review)."""
    typed = " ".join(x for x in (meeting, meeting_time) if x)
    return fee_percent == 100 and bool(_STANDING[language].search(typed))


def one_person(sender: str | None) -> bool:
    """The signature's first line is a person's name; else an organisation signs ("Administratiekantoor Noorderlicht",
    "Keramikverkstan i Gamla stan") and the mail says "wij"/"vi", never "ik"/"jag" (native review v16)."""
    from composer.writers.plan import _a_person, signature  # (the one reader of the typed signature; imported late: plan imports phrases)

    return _a_person(signature(sender or "").split("\n")[0])
