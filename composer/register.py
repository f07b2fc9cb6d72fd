"""Pure register checks per language: formal vs informal address, AI-sounding filler and chat-model wrappers.

The one home of these lists: the built-in writer's tests, the LLM guard and the tone scorer all judge
formality and filler with them, so a draft the guard passes never loses tone for the same words.
Swedish business mail says "du" to almost everyone since the du-reform (Språkrådet's advice), so formal
Swedish neither requires "ni" nor is faulted for "du".
"""

from __future__ import annotations

import re

from composer.models import Intent, Language, Tone

# Second-person forms. Italian courtesy forms are matched case-sensitively (Lei, La, Le, Sua...),
# because lower-case "la"/"le" are articles.
_FORMAL = {
    Language.fr: re.compile(r"(?<!\w)(?<!rendez-)(vous|votre|vos)\b", re.IGNORECASE),  # "pouvez-vous" yes, "rendez-vous" no
    Language.it: re.compile(r"\b(Lei|Sua|Suo|Sue|Suoi|La ringrazio|Le (?:scrivo|propongo|chiedo|confermo|invio|invierò|auguro|faccio|sarei|chiederei|andrebbe|va|farò|manderò|segnalo|ricordo|comunico)|La (?:contatto|aggiorno|ricontatto|saluto|terrò|tengo|informo|aspetto|ringraziamo)|(?:mi|ci) (?:dica|faccia|scusi|racconti|scriva|chiami)|si figuri)\b"
                           r"|(?<=[a-zàèéìòù,] )(?:La|Le)\b"),  # a capital La/Le mid-sentence is the courtesy form
    Language.nl: re.compile(r"\b(u|uw)\b", re.IGNORECASE),
    Language.sv: re.compile(r"\b(ni|er|ert|era)\b", re.IGNORECASE),
    Language.en: re.compile(r"$^"),
}
_INFORMAL = {
    Language.fr: re.compile(r"\b(tu|te|toi|ton|ta|tes)\b|\bt'", re.IGNORECASE),
    # Italian drops its pronouns: the second-person verb forms say "tu" too ("sei" left out: it is also "six").
    Language.it: re.compile(r"\b(tu|ti|te|tuo|tua|tuoi|tue|hai|puoi|vuoi|sai|devi|stai|fai|vai|dimmi|fammi|scusami|raccontami|scrivimi|chiamami)\b", re.IGNORECASE),
    Language.nl: re.compile(r"\b(je|jij|jou|jouw)\b", re.IGNORECASE),
    Language.sv: re.compile(r"\b(du|dig|din|ditt|dina)\b", re.IGNORECASE),
    Language.en: re.compile(r"\b\w+(?:n't|'m|'ll|'re|'ve|'d)\b", re.IGNORECASE),  # contractions
}
# Languages where the friendly/formal choice is an address form the rules hold a draft to.
ADDRESS_CHECKED_FORMAL = frozenset({Language.fr, Language.it, Language.nl, Language.en})

# Stock openers and filler, in the five languages; flagged wherever they appear in a draft.
FILLER = re.compile(
    "|".join(
        [
            r"hope (?:this|my) (?:e-?mail|message|note) finds you",
            r"i trust (?:this|my) (?:e-?mail|message|note) finds you",
            r"i hope you(?:'re| are) (?:doing )?well",
            r"i hope you(?:'re| are) having a (?:great|wonderful|fantastic|good) (?:day|week)",
            r"i am writing to (?:inform|let) you",
            r"i wanted to reach out",
            r"(?:i am|i'm) reaching out",
            r"i wanted to touch base",
            r"as an ai\b",
            r"j'esp[èe]re que (?:vous allez|tu vas|ce (?:message|mail|courriel) (?:vous|te) trouve)",
            r"j'esp[èe]re que vous vous portez bien",
            r"je me permets de vous [ée]crire",
            r"spero che (?:(?:Lei|tu) )?stia bene",
            r"spero che questa (?:e-?mail|mail|lettera|messaggio) (?:La|ti) trovi",
            r"spero che (?:lei )?stia (?:passando|trascorrendo) (?:una|un)",
            r"ik hoop dat (?:het goed met (?:u|je) gaat|deze (?:e-?mail|mail|brief|bericht) (?:u|je) (?:in goede gezondheid|goed) bereikt)",
            r"ik hoop dat (?:u|je) een (?:fijne|goede) (?:dag|week) heeft",
            r"jag hoppas att (?:du|ni) mår bra",
            r"jag hoppas att (?:detta|det här) (?:mejl|e-?post|e-?postmeddelande|meddelande) (?:når|finner) (?:dig|er)",
            r"jag hoppas att (?:du|ni) har en (?:bra|fin|trevlig) (?:dag|vecka)",
        ]
    ),
    re.IGNORECASE,
)
# Every FILLER pattern contains one of these; most drafts contain none and skip the regex.
_FILLER_HINTS = ("hope", "trust", "reach", "touch base", "writing", "as an ai", "esp", "permets", "spero", "hoop", "hoppas")

# In a no-show follow-up "I hope you are well" is the kind check-in the message exists for.
_WELLBEING = re.compile(r"hope you|j'esp[èe]re que (?:vous allez|tu vas)|spero che|ik hoop dat het goed|jag hoppas att (?:du|ni) mår", re.IGNORECASE)

# Text a chat model wraps around a message; sent to a client it is worse than any filler.
CHAT_WRAPPER = re.compile(
    "|".join(
        [
            r"^\s*(?:certainly|sure|absolutely|of course)[!,.]",
            r"here(?:'s| is) (?:a|an|the|your) (?:draft|polished|revised|updated|professional|friendly|formal)?\s?(?:draft|email|e-mail|message|version|reply)",
            r"as an ai(?: language model)?",
            r"^\s*subject\s*:",
            r"(?:voici|ecco|hier is|här är) (?:un|une|una|een|ett) (?:brouillon|proposition|bozza|proposta|concept|voorstel|utkast|förslag)",
            r"feel free to (?:adjust|modify|tweak|customi[sz]e) (?:this|the)",
        ]
    ),
    re.IGNORECASE | re.MULTILINE,
)
_WRAPPER_HINTS = ("certainly", "sure", "absolutely", "of course", "here", "as an ai", "subject", "voici", "ecco", "hier is", "här är", "feel free")


def formal_markers(text: str, language: Language) -> list[str]:
    return [m.group(0) for m in _FORMAL[language].finditer(text)]


def informal_markers(text: str, language: Language) -> list[str]:
    return [m.group(0) for m in _INFORMAL[language].finditer(text)]


def formality_markers(text: str, language: Language) -> int:
    """Formal minus informal address markers: > 0 reads formal, < 0 familiar (the rules' formality reading)."""
    return len(formal_markers(text, language)) - len(informal_markers(text, language))


def address_problems(text: str, language: Language, tone: Tone) -> list[str]:
    """Where the address form disagrees with the requested tone (fr vous/tu, nl u/je, it Lei/tu; sv: du is fine)."""
    if tone is Tone.formal:
        if language not in ADDRESS_CHECKED_FORMAL:
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
    if bad and language is not Language.sv:  # Swedish "ni/er" beside "du" is the plural, not a mixed register
        return [f"mixed formal and informal address: {', '.join(sorted(set(bad)))}"]
    return []


def boilerplate(text: str) -> list[str]:
    """AI-sounding filler users complain about, anywhere in the text."""
    low = text.casefold()
    if not any(h in low for h in _FILLER_HINTS):
        return []
    return [m.group(0) for m in FILLER.finditer(text)]


def filler_openers(opening: str, intent: Intent | None = None) -> list[str]:
    """Filler in a message's opening lines; a no-show follow-up may ask how the client is."""
    found = list(dict.fromkeys(boilerplate(opening)))
    if intent is Intent.no_show_followup:
        found = [m for m in found if not _WELLBEING.search(m) or "find" in m.lower() or "trov" in m.lower()]
    return found


def chat_wrappers(text: str) -> list[str]:
    """'Sure! Here is a draft…' and the like: a chat model's words around the email."""
    low = text.casefold()
    if not any(h in low for h in _WRAPPER_HINTS):
        return []
    return [m.group(0).strip() for m in CHAT_WRAPPER.finditer(text)]
