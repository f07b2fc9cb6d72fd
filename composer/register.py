"""Pure register checks per language: formal vs informal address, and AI-sounding filler.

One home for these patterns so the built-in writer's tests, the LLM guard and the tone scorer
judge formality the same way.
"""

from __future__ import annotations

import re

from composer.models import Language, Tone

# Second-person forms. Italian courtesy forms are matched case-sensitively (Lei, La, Le, Sua...),
# because lower-case "la"/"le" are articles.
_FORMAL = {
    Language.fr: re.compile(r"(?<![\w-])(vous|votre|vos)\b", re.IGNORECASE),  # not the "vous" of "rendez-vous"
    Language.it: re.compile(r"\b(Lei|Sua|Suo|Sue|Suoi|La ringrazio|Le (?:scrivo|propongo|chiedo|confermo|invio|invierò|auguro|faccio|sarei|chiederei|andrebbe|va|farò|manderò|segnalo|ricordo|comunico)|La (?:contatto|aggiorno|ricontatto|saluto|terrò|tengo|informo|aspetto|ringraziamo))\b"),
    Language.nl: re.compile(r"\b(u|uw)\b", re.IGNORECASE),
    Language.sv: re.compile(r"\b(ni|er|ert|era)\b", re.IGNORECASE),
    Language.en: re.compile(r"$^"),
}
_INFORMAL = {
    Language.fr: re.compile(r"\b(tu|te|toi|ton|ta|tes)\b|\bt'", re.IGNORECASE),
    Language.it: re.compile(r"\b(tu|ti|te|tuo|tua|tuoi|tue)\b", re.IGNORECASE),
    Language.nl: re.compile(r"\b(je|jij|jou|jouw)\b", re.IGNORECASE),
    Language.sv: re.compile(r"\b(du|dig|din|ditt|dina)\b", re.IGNORECASE),
    Language.en: re.compile(r"\b\w+(?:n't|'m|'ll|'re|'ve|'d)\b", re.IGNORECASE),  # contractions
}

BOILERPLATE = re.compile(
    "|".join(
        [
            r"hope (?:this|my) (?:e-?mail|message|note) finds you",
            r"i hope you(?:'re| are) (?:doing )?well",
            r"i am writing to (?:inform|let) you",
            r"i wanted to reach out",
            r"as an ai\b",
            r"j'esp[èe]re que (?:vous allez|tu vas|ce (?:message|mail|courriel) vous trouve)",
            r"je me permets de vous [ée]crire",
            r"spero che (?:(?:Lei|tu) )?stia bene",
            r"spero che questa (?:e-?mail|mail|lettera) (?:La|ti) trovi",
            r"ik hoop dat (?:het goed met (?:u|je) gaat|deze (?:e-?mail|mail) (?:u|je) goed bereikt)",
            r"jag hoppas att (?:du|ni) mår bra",
            r"jag hoppas att (?:detta|det här) (?:mejl|e-?post|meddelande) når (?:dig|er)",
        ]
    ),
    re.IGNORECASE,
)


def formal_markers(text: str, language: Language) -> list[str]:
    return [m.group(0) for m in _FORMAL[language].finditer(text)]


def informal_markers(text: str, language: Language) -> list[str]:
    return [m.group(0) for m in _INFORMAL[language].finditer(text)]


def address_problems(text: str, language: Language, tone: Tone) -> list[str]:
    """Where the address form disagrees with the requested tone (fr vous/tu, nl u/je, it Lei/tu, sv ni/du)."""
    if tone is Tone.formal:
        if language is Language.sv:
            # Swedish says "du" to one person in both registers (Språkrådet's default; "ni" to one person
            # reads distant): formality is in the wording, not the pronoun. See docs/notes/phrases.md.
            return []
        bad = informal_markers(text, language)
        if bad:
            what = "contractions" if language is Language.en else "informal address"
            return [f"{what} in a formal message: {', '.join(sorted(set(bad)))}"]
        return []
    if language is Language.en:
        return []
    bad = formal_markers(text, language)
    if bad and not informal_markers(text, language):
        return [f"formal address in a friendly message: {', '.join(sorted(set(bad)))}"]
    if bad:
        return [f"mixed formal and informal address: {', '.join(sorted(set(bad)))}"]
    return []


def boilerplate(text: str) -> list[str]:
    """AI-sounding filler openers users complain about."""
    return [m.group(0) for m in BOILERPLATE.finditer(text)]
