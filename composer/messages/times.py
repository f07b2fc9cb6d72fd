"""Dates and times as people write them in each language, found as verbatim spans and resolved to a datetime.

Spans come from per-language patterns (weekdays, "12 mars", "14h30", "kl. 12.15", "om half tien", "alle 10",
"2 pm"...) joined when only connector words separate them ("giovedì 14 marzo alle 10" is one time).
Resolution reads the date part with dateparser in that language, relative to the reference date (the
message's Date header or `today`), and the clock time with our own reader (dateparser misreads
"half tien" and "kl. 12.15").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from composer.facts.times import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NAMES,
    WEEKDAY_VARIANTS,
    trie_pattern,
)
from composer.messages.lexicon import DURATION_BEFORE, EXTRA_WEEKDAY_ABBREVIATIONS
from composer.models import Language

L = Language
# the shared calendar table's short weekdays and the few more people write ("Weds")
_ABBR: dict[Language, dict[str, int]] = {lang: {**WEEKDAY_ABBREVIATIONS[lang], **EXTRA_WEEKDAY_ABBREVIATIONS[lang]} for lang in Language}
_NUM_WORDS = {
    L.nl: {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
           "tien": 10, "elf": 11, "twaalf": 12},
    L.sv: {"ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10,
           "elva": 11, "tolv": 12},
    L.en: {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12},
    L.fr: {}, L.it: {"una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
                     "nove": 9, "dieci": 10, "undici": 11, "dodici": 12},
}
WEEKDAYS: dict[Language, tuple[str, ...]] = WEEKDAY_NAMES  # the one calendar table lives in composer.facts.times


def _words(*tables: Iterable[str]) -> str:
    return trie_pattern({w for t in tables for w in t})


# Short and other forms of weekdays, only where context says they are one ("Tue 9", "ven. 12", "måndags").
_WEEKDAY_ALT = {
    L.en: rf"{_words(_ABBR[L.en])}\.?(?=,?\s*(?:\d|(?:{_words(MONTH_NAMES[L.en], MONTH_ABBREVIATIONS[L.en])})\.?\s+\d))|(?-i:{'|'.join(sorted((w.capitalize() for w in _ABBR[L.en]), key=len, reverse=True))})\.?(?=\s*(?:at\s|@|first thing\b|(?:after|around|from|before)\s+\d|(?:morning|afternoon|evening|lunchtime)\b))",
    L.fr: rf"{_words(_ABBR[L.fr])}\.(?=\s*\d)",
    L.it: rf"{_words(_ABBR[L.it])}\.?(?=\s*\d)|{_words(WEEKDAY_VARIANTS[L.it])}",
    L.nl: rf"{_words(_ABBR[L.nl])}\.?(?=\s*\d{{1,2}}(?:\s|[/.-]\d))|{_words(WEEKDAY_NAMES[L.nl])}(?:ochtend|voormiddag|namiddag|middag|avond|morgen)",
    L.sv: rf"{_words(_ABBR[L.sv])}\.?(?=\s*(?:\d|(?:kl\.?|klockan)\s?\d|(?:förmiddag|eftermiddag|morgon|kväll|lunch)(?![\wåäö])))|{_words(w + 's' for w in WEEKDAY_NAMES[L.sv][:5])}|{_words(w + 'ens' for w in WEEKDAY_NAMES[L.sv])}|{_words(w + 'en' for w in WEEKDAY_NAMES[L.sv])}",
}
MONTHS: dict[Language, str] = {lang: _words(MONTH_NAMES[lang], MONTH_ABBREVIATIONS[lang]) for lang in Language}
# "le lendemain", "the day after", "il giorno dopo", "de dag erna", "dagen efter": the day after the time said before it
# (read as tomorrow here; `classify.counted_from_the_previous` counts it from the offer or meeting before it)
FOLLOWING_DAY: dict[Language, str] = {
    L.en: r"the (?:next|following) (?:day|morning|afternoon|evening)|the day after(?!\s+(?:tomorrow|the|our|your|my|his|her|their|that|this|next)\b)",
    L.fr: r"le lendemain|le jour suivant",
    L.it: r"il giorno (?:dopo|seguente|successivo)|l['’]indomani|la mattina (?:dopo|seguente)",
    L.nl: r"de dag (?:erna|daarna|daarop)|de volgende (?:dag|ochtend|middag|avond)",
    L.sv: r"dagen (?:efter|därpå|därefter)(?!\s+(?:mötet|möte|\w+en\b))|morgonen (?:efter|därpå)",
}
_FOLLOWING_DAY = re.compile("|".join(f"(?:{rx})" for rx in FOLLOWING_DAY.values()), re.IGNORECASE)
# one of them inside a span (its article may have been left out of the span)
FOLLOWING_DAY_SAID = re.compile(r"(?<![\w])(?:lendemain|jour suivant|indomani|(?:next|following) (?:day|morning|afternoon|evening)|day after|"
                                    r"giorno (?:dopo|seguente|successivo)|mattina (?:dopo|seguente)|dag (?:erna|daarna|daarop)|"
                                    r"volgende (?:dag|ochtend|middag|avond)|dagen (?:efter|därpå|därefter)|morgonen (?:efter|därpå))\b",
                                    re.IGNORECASE)
RELATIVE: dict[Language, str] = {
    L.en: r"the day after tomorrow|(?:tomorrow|tmrw|tmr|2moro)(?: (?:morning|afternoon|evening))?|today|tonight|this (?:morning|afternoon|evening|week)|next week|later this week|early next week|end of (?:the|this|next) week|yesterday(?: (?:morning|afternoon))?",
    L.fr: r"(?<!à )ce jour(?!-)|ce midi|après-demain|demain(?: (?:matin|après-midi|soir))?|aujourd'hui|aujourd’hui|ce (?:matin|soir)|cet (?:après-midi|aprèm|aprem)|cette semaine|la semaine prochaine|semaine prochaine|en début de semaine prochaine|hier(?: (?:matin|après-midi|soir))?",
    L.it: r"dopodomani|domattina|domani(?: (?:mattina|pomeriggio|sera))?|oggi(?: pomeriggio)?|stamattina|stasera|stamani|questo pomeriggio|questa settimana|la settimana prossima|settimana prossima|la prossima settimana|ieri(?: (?:mattina|pomeriggio|sera))?",
    L.nl: r"overmorgen|morgen(?:ochtend|voormiddag|namiddag|middag|avond|vroeg)?|deze (?:ochtend|voormiddag|middag|namiddag|avond)|vandaag|vanochtend|vanmorgen|vanvoormiddag|vanmiddag|vannamiddag|vanavond|deze week|volgende week|komende week|gisteren(?:ochtend|middag|avond)?",
    L.sv: r"i övermorgon|imorgon(?: ?bitti)?|i morgon(?: bitti)?|idag|i dag|i förmiddags|i förmiddag|i eftermiddags|i eftermiddag|i morse|ikväll|i kväll|den här veckan|denna vecka|nästa vecka|i går|igår",
}
PART_OF_DAY: dict[Language, str] = {
    L.en: r"(?:on )?(?:the|that) same day|all day|the whole day|(?:at |in )?the same (?:slot|time slot)|same slot|any ?time|(?:at )?the same time|same time|first thing(?: in the morning)?|(?:at the )?end of the day|(?:in the )?(?:(?:early|late|mid-?) ?)?(?:morning|afternoon|evening|arvo)|(?:at )?(?:noon|midday)(?:\s?(?:-|–|to|until)\s?(?:[1-3](?:[:.][0-5]\d)?)(?:\s?(?:pm|p\.m\.))?(?![\d:]))?|(?:at )?(?:lunchtime|lunch time)|(?:over|during|at) lunch|(?:on|in) (?:my|the|your) lunch break|(?:after|before) lunch|after work",
    L.fr: r"(?:le|ce) même jour|toute la journée|(?:en )?(?:début|fin|milieu) d(?:e |')(?:matinée|après-midi|journée|soirée)|(?:à |sur )?(?:la )?même (?:heure|plage horaire|plage|créneau(?: horaire)?)|(?:au |le )(?:matin|soir)|dans l'(?:après-midi|aprèm|aprem)|(?:en |dans la )?(?:matinée|matin|après-midi|aprèm|aprem|soirée|fin de journée|début d'après-midi|fin d'après-midi)|(?:à )?midi(?: et (?:demie?|quart))?|(?:après|avant) (?:le )?déjeuner|après le (?:travail|boulot)|(?:à|pendant) (?:la|ma) pause (?:de midi|déjeuner)|(?:à|sur) l'heure du déjeuner",
    L.it: r"(?:lo )?stesso giorno|tutto il giorno|tutta la giornata|(?:nella |alla )?stessa fascia(?: oraria)?|(?:allo )?stesso orario|alla stessa ora|(?:nel |in |di )?(?:primo|tardo) pomeriggio|(?:in |di )?(?:prima|tarda) (?:mattinata|mattina|serata)|(?:a |in )?fine (?:mattinata|giornata)|(?:in |di |del |della )?(?:mattinata|mattina|pomeriggio|serata|sera)|(?:a )?mezzogiorno|(?:all'|in )?ora di pranzo|(?:alla )?stessa ora|(?:dopo|prima di) pranzo|dopo (?:il )?lavoro|(?:in|durante la) pausa pranzo|(?:(?<=\d )|(?<=dì )|(?<=sabato )|(?<=domenica )|(?<=domani ))a (?:pranzo|cena)(?! (?:da|al|alla|con|presso)\b)",
    L.nl: r"(?:op )?dezelfde dag|de hele dag|hele dag|tussen de middag|(?:op )?(?:hetzelfde|zelfde) (?:tijdslot|tijdstip|uur)|(?:op )?(?:hetzelfde tijdstip|dezelfde tijd|zelfde tijd)|(?:aan het )?(?:begin|eind|einde) van de (?:ochtend|voormiddag|middag|namiddag|dag)|(?:in de )?(?:late|vroege) (?:ochtend|voormiddag|middag|namiddag|avond)|(?:'s |in de )?(?:ochtends?|voormiddags?|namiddags?|middags?|avonds?|morgens)(?: vroeg| laat)?|(?:rond )?lunchtijd|(?:na|(?<!uur )(?<!\du )voor) de lunch|na het werk|na werktijd|(?:tijdens|in) de lunch(?:pauze)?|over de middag",
    L.sv: r"(?:på )?samma dag|hela dagen|(?:på )?samma (?:tidpunkt|tid)|(?:på )?(?:sen|sena|tidig|tidiga) (?:förmiddag|eftermiddag|kväll)(?:en)?|(?:på )?(?:förmiddagen|eftermiddagen|morgonen|kvällen)|på lunchen|förmiddag|eftermiddag|(?:vid |efter |före )lunch(?:en)?|lunchtid|efter jobbet|efter jobb|efter arbetet",
}
_H = r"(?:[01]?\d|2[0-3])"
_M = r"[0-5]\d"
TIME: dict[Language, str] = {
    L.en: rf"(?:(?<='s )|(?<=’s )|(?<=our )|(?<=the )|(?<=my )|(?<=your )|(?<=say )){_H}\.{_M}(?!\d|\.\d)|{_H}(?:[.:]{_M})?\s?-?ish(?![\w])|(?:between )?{_H}(?:[:.]{_M})?\s?(?:-|–|to|till|until|and)\s?{_H}(?:[:.]{_M})?\s?(?:am|pm|a\.m\.|p\.m\.)|{_H}(?:[:.]{_M})?\s?(?:am|pm|a\.m\.|p\.m\.)(?:-ish(?![\w]))?|{_H}:{_M}(?:\s?h)?|{_H}h{_M}(?![\d])|(?:at|by|from|around|after|@) ?{_H}(?:[:.h]{_M})?(?:\s?(?:am|pm|a\.m\.|p\.m\.|o'clock)|-?ish(?![\w]))?(?![\d/]|[.:]\d)|(?:at )?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o'clock|(?:half|(?:a )?quarter) past (?:{_H}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|(?:a )?quarter to (?:{_H}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?![\w-])|half (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?![\w-])"
           r"|(?:at|around|from|after) (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:-?ish)?(?=\s*(?:[.,;:!?)\n]|$)|\s(?:am|pm|o'clock|in the|instead|tomorrow|today|tonight|on|for|or|and|no|works|would|is|suits|please|if|then|next|this)\b)",
    L.fr: rf"{_H}\s?h\s?(?:{_M})?(?![a-zà-ÿ])|{_H}\s?heures?(?: {_M}| et demie| trente| quinze| quarante-cinq)?|{_H}:{_M}|(?:à|vers|de|dès|après) {_H}(?:\s?heures?(?: {_M}| et demie)?|\s?h\s?(?:{_M})?)?(?![\d/a-zà-ÿ]|[.:]\d)",
    L.it: rf"(?:tra|fra) le (?:ore )?{_H}(?:[:.]{_M})? e le {_H}(?:[:.]{_M})?|{_H}\.{_M}(?=\s?[-–]\s?{_H}[.:]{_M})|(?:alle|dalle|delle|verso le|per le|entro le|dopo le|ore|h\.?|tipo(?= \d)) (?:ore )?{_H}(?:[:.,]{_M})?(?: e (?:mezza|mezzo|un quarto|tre quarti|trenta|quindici|quarantacinque|[0-5]\d))?|{_H}:{_M}|(?:all'|dall')una(?: e mezza)?",
    L.nl: rf"tussen {_H}(?:[:.]{_M})?(?: uur)? en {_H}(?:[:.]{_M})? uur|{_H}(?:[:.]{_M})?\s?[-–]\s?{_H}(?:[:.]{_M})? uur|{_H}\.{_M}(?=\s?[-–]\s?{_H}[.:]{_M})|{_H}u(?:{_M})?(?![\w])|van {_H}(?:[:.]{_M})?(?: uur)? tot {_H}(?:[:.]{_M})?(?: uur)?|(?:om|rond|vanaf|tegen|tot|na) (?:enen|tweeën|drieën|vieren|vijven|zessen|zevenen|achten|negenen|tienen|elven|twaalven)(?![\w])|(?:om|rond|vanaf|tegen|tot) (?:half |kwart (?:over|voor) )?(?:{_H}|een(?!\s+(?:kwartier\w*|minuut\w*|uurtje|half uur|paar|aantal|\w+je\b))|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)(?:[:.u]{_M}|u\b)?(?: uur)?(?![\d/])|(?:half|kwart over|kwart voor) (?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|{_H})|{_H}(?:[:.]{_M})? uur|{_H}:{_M}",
    L.sv: rf"mellan (?:kl\.? ?|klockan )?{_H}(?:[:.]{_M})? och {_H}(?:[:.]{_M})?|{_H}\.{_M}(?=\s?[-–]\s?{_H}[.:]{_M})|(?:vid |runt )?{_H}-tiden|(?:strax )?efter (?:kl\.? ?|klockan )?{_H}(?:[:.]{_M})?(?![\d])|(?:kl\.?|klockan) ?{_H}(?:[:.]{_M})?(?:-ish(?![\w]))?|{_H}:{_M}|(?:halv|kvart över|kvart i) (?:ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|{_H})",
}
# A range continues a time: "14h-15h", "from 2 to 3 pm", "dalle 10 alle 11", "10.00–11.00".
RANGE_LINK = r"\s?(?:-|–|—|to|until|till|à|a|au|alle|tot|till|och|and|et|e|en)\s?"
DATE_NUMERIC = (r"(?<![\d.:/])(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.(?:\d{2,4})?|\d{1,2}-\d{1,2}-\d{2,4}"
                r"|(?:[12]\d|3[01]|0?[1-9])[-.](?:1[0-2]|0?[1-9])(?=\s+(?:om|à|a|alle|ore|h|kl\.?|klockan|at|um|tussen|van|vanaf|na|mellan|från|efter|between|from|after|entre|de|dès|après|dalle|tra|fra|dopo)\s))(?![\d:])")
# "the 14th", "le 14 à 10h", "il 14 alle 10", "de 14e", "den 14:e": a day of the month without the month.
ORDINAL_DAY: dict[Language, str] = {
    L.en: r"(?<![\w])the \d{1,2}(?:st|nd|rd|th)(?![\w])(?!\s+(?:of\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december))",
    L.fr: r"(?<![\w])le (?:1er|[12]?\d|3[01])(?=\s*(?:(?:à|vers|dans|en|au)(?![\w])|,|\?|\)|$))"
          r"|(?<![\w])au (?:1er|[12]?\d|3[01])(?=\s*(?:(?:à|vers)\s+\d|,?\s*ou\s+au\s+\d))",  # "décaler au 15 à 17h", "au 14 ou au 15 à 10h"
    L.it: r"(?<![\w])il (?:[12]?\d|3[01])(?=\s*(?:(?:alle|verso|in|di)(?![\w])|,|\?|\)|$))"
          r"|(?<![\w])al (?:[12]?\d|3[01])(?=\s*(?:alle|verso le)\s+\d)",  # "spostarlo al 15 alle 17"
    L.nl: r"(?<![\w])de (?:[12]?\d|3[01])(?:e|de|ste)(?![\w])",
    L.sv: r"(?<![\w])den (?:[12]?\d|3[01])(?::e|:a)?(?=\s*(?:(?:kl|klockan|på)(?![\w])|kl\.|,|\?|$))",
}
# Words that may stand between two parts of one time ("Tuesday, 9 April at 2 pm", "le 12 mars à 14h").
JOIN: dict[Language, str] = {
    L.en: r"(?:,|[-–—]|@|also|at|on|the|from|around|between|by|after|before|'s|’s|about|approximately|roughly|say|like)",
    L.fr: r"(?:,|prochain|prochaine|[-–—]|@|aussi|à partir(?: d(?:e|\x27))?|à|le|vers|dès|de|entre|en|dans la|après|avant|environ|à peu près|genre|disons)",
    L.it: r"(?:,|p\.v\.|c\.m\.|u\.s\.|c\.a\.|prossimo|prossima|[-–—]|@|anche|a partire dalle|il|alle|verso|in|di|nel|nella|dalle|tra|fra|dopo|prima|circa|ore|h|tipo|diciamo|diciamo le|sempre)",
    L.nl: r"(?:,|a\.s\.|aanstaande|jl\.|[-–—]|@|ook|om|op|rond|vanaf|tussen|in de|van|na|voor|ongeveer|circa|zeg maar|zeg)",
    L.sv: r"(?:,|[-–—]|@|också|strax|kl\.?|klockan|på|den|vid|mellan|under|från|efter|före|ungefär|cirka|runt|typ|så där|istället|i stället)",
}
LEAD_STRIP: dict[Language, str] = {
    L.en: r"(?:on|the|from|by|between)\s+",
    L.fr: r"(?:le|dès|de|entre|en)\s+",  # "au 15" keeps its "au", as the labels write it
    L.it: r"(?:il|di|nel|nella|tra|fra|delle|al(?=\s+\d))\s+",
    L.nl: r"(?:op|tussen|van)\s+",
    L.sv: r"(?:på|mellan|från|under)\s+",
}
NEXT_WORDS: dict[Language, str] = {
    L.en: r"(?:next|this|coming|this coming|last)\s+",
    L.fr: r"(?:ce|le)\s+",
    L.it: r"(?:questo|questa|il prossimo|la prossima|prossimo|prossima)\s+",
    L.nl: r"(?:volgende week|vorige week|komende|aanstaande|a\.s\.|volgende|deze|afgelopen)\s+",
    L.sv: r"(?:nästa|på|kommande|i|förra|hela)\s+",
}
NEXT_AFTER: dict[Language, str] = {
    L.en: r"(?:\s+(?:next|last) week|\s+week(?=\s*(?:,|at\b|@|$)))?",
    L.fr: r"(?:\s+(?:prochain|prochaine|suivant|suivante|d['’]après|matin|après-midi|soir|dernier|dernière|passé|passée|en huit|en quinze))?",
    L.it: r"(?:\s+(?:prossimo|prossima|successivo|seguente|(?:mattina|pomeriggio|sera)(?: presto| tardi)?|scorso|scorsa|passato|passata))?",
    L.nl: r"(?:\s*(?:ochtend|middag|avond)|\s+jl\.|\s+a\.s\.)?",
    L.sv: r"(?:\s+(?:nästa vecka|(?:i |under )?(?:vecka|v\.?) ?(?:[1-4]\d|5[0-3]|0?[1-9])(?!\d)|förmiddag|eftermiddag|morgon|kväll|fm|em|f\.m\.|e\.m\.)(?![\wåäö]))?",
}


# "tomorrow's call at 3pm", "this afternoon's session at 4.30pm": a day's meeting noun between the day and its clock
_OWNED_NEAR = re.compile(r"^(?:'s|’s)\s+[^\W\d_][\w-]*\s+(?:(?:at|@)\s+)?$", re.IGNORECASE)
_NEAR = re.compile(r"^\s+(?:[^\W\d_][\w'’-]*\s+){1,2}(?:on|le|il|op|på|am|van|del|di|de)\s+$", re.IGNORECASE)
# "Jeudi midi au Comptoir, 12h30", "Friday morning at The Crown, 9.15": a named place between a day and its clock
_PLACE_GAP = re.compile(r"^(?:[ \t]+(?i:a pranzo|a cena|lunch|brunch|for lunch|au déjeuner|pour déjeuner|lunchen|middag))?"
                        r"[ \t]+(?i:au|à la|à l['’]|aux|chez|at|bij|da|al|alla|presso|på|hos)[ \t]+(?:(?i:the|le|la|les|il|de|het)[ \t]+)?"
                        r"[A-ZÀ-ÝÅÄÖ][\w'’-]*(?:[ \t]+(?:(?:des|de|du|di|del|della|van|der|of|och|&)[ \t]+)?[A-ZÀ-ÝÅÄÖ][\w'’-]*){0,3}"
                        r"[ \t]*,[ \t]*(?:(?i:à|at|om|alle|kl\.?|vers|around)[ \t]+)?$")
_NOT_NEAR = re.compile(r"\b(?:or|ou|o|of|eller|and|et|e|en|och|to|à|a|naar|till|al|au|instead|plutôt|invece|liever|istället|but|mais|ma|maar|men)\b", re.IGNORECASE)


# "at 4 people", "de 10 %", "per 2 ore": a number that counts something is not a clock time.
_NOT_QUANTITY = (r"(?!\s?(?:%|€|\$|£|people|persons|participants|guests|personnes|invités|persone|partecipanti|ospiti|personen"
                 r"|deelnemers|gasten|personer|deltagare|gäster|hours|minutes|mins?\b|minuti|minuten|minuter|ore\b|timmar|days"
                 r"|jours|giorni|dagen|dagar|weeks|semaines|settimane|weken|veckor|times|fois|volte|keer|gånger|reprises|séances|sessions|sedute|sessioni|sessies|tillfällen|lessons|leçons|lezioni"
                 r"|lessen|lektioner|modules|moduli|appuntamenti|afspraken|mois|mesi|maanden|månader|months|ans|anni|jaar|år|years)(?![\w-]))")


@dataclass(frozen=True)
class Atom:
    start: int
    end: int
    kind: str  # "day" (a date or weekday), "time" (a clock time), "part" (morning...)
    sub: str = ""  # for days: "weekday", "date" or "relative"


@dataclass(frozen=True)
class TimeSpan:
    """One date/time expression as written, where it is, and what it means (None when it cannot be resolved)."""

    text: str
    start: int
    end: int
    resolved: datetime | date | None
    has_day: bool
    has_clock: bool


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_CACHE: dict[Language, list[tuple[re.Pattern[str], str]]] = {}


def _patterns(lang: Language) -> list[tuple[re.Pattern[str], str]]:
    if lang in _CACHE:
        return _CACHE[lang]
    wd = "|".join(WEEKDAYS[lang]) + "|" + _WEEKDAY_ALT[lang]
    mon = MONTHS[lang]
    day_num = r"\d{1,2}(?:st|nd|rd|th|er|e|:e|:a|°|º)?"
    daymonth = rf"(?:{day_num}\.?\s(?:of\s)?(?:{mon})\.?(?:,?\s\d{{4}})?|(?:{mon})\.?\s(?:the\s)?{day_num}(?:,?\s\d{{4}})?)(?![a-zà-ÿ])"
    bare_day = rf"(?:,?\s(?:the\s|den\s)?\d{{1,2}}(?::e|:a|er|st|nd|rd|th|e|°|º)?(?!\s*\.?\s*(?:of\s)?(?:{mon}))(?![\w:/°º]|[-.]\d)(?!\s?(?:h\b|heures?|uur|u\d|am|pm|[ap]\.m)))?"
    weekday = rf"(?:{NEXT_WORDS[lang]})?(?:{wd})(?![a-zà-ÿ]){bare_day}{NEXT_AFTER[lang]}"
    time_rx = rf"(?:{TIME[lang]})(?:{RANGE_LINK}(?:{TIME[lang]}|{_H}(?:[:.h]{_M})?(?:\s?(?:am|pm|uur|h)(?![a-zà-ÿ]))?))?(?![\d/]){_NOT_QUANTITY}"
    pats = [
        (_rx(rf"(?<![\w']){time_rx}"), "time"),
        (_rx(rf"(?<![\w]){daymonth}"), "day:date"),
        (_rx(rf"(?<![\w]){weekday}"), "day:weekday"),
        (_rx(rf"(?:(?<=\b[dD]['’])|(?<![\w'’]))(?:{FOLLOWING_DAY[lang]}|{RELATIVE[lang]})(?![\w])"), "day:relative"),
        (_rx(DATE_NUMERIC), "day:date"),
        (_rx(ORDINAL_DAY[lang]), "day:date"),
        (_rx(rf"(?<![\w'’])(?:{PART_OF_DAY[lang]})(?![\w])"), "part"),
    ]
    _CACHE[lang] = pats
    return pats


# Right after a day, a bare clock with its minutes is the day's clock ("morgenochtend 8.45", "idag 9-11.30",
# "onsdag 9 december 13.15"); a bare number pair is a date after a weekday's full name ("vrijdag 11-12").
_BARE_CLOCK = re.compile(rf"[ \t]*,?[ \t]*((?:{_H}(?:[.:]{_M})?\s?[-–]\s?{_H}[.:]{_M}|{_H}[.:]{_M}(?:\s?[-–]\s?{_H}[.:]{_M})?))(?!\d|[,.:/]\d)")
_BARE_DATE = re.compile(r"[ \t]+((?:[12]\d|3[01]|0?[1-9])[-./](?:1[0-2]|0?[1-9]))(?![\d/]|[-.:]\d)")
# "dalle 15 in poi", "from 10 onwards", "à partir de 14h et plus tard": the open end of a time offered
_TAIL: dict[Language, re.Pattern[str]] = {
    L.en: re.compile(r"[ \t]+(?:onwards|or later)(?![\w])", re.IGNORECASE),
    L.fr: re.compile(r"[ \t]+(?:ou plus tard|et plus tard)(?![\w])", re.IGNORECASE),
    L.it: re.compile(r"[ \t]+(?:in poi|o più tardi)(?![\w])", re.IGNORECASE),
    L.nl: re.compile(r"[ \t]+(?:of later)(?![\w])", re.IGNORECASE),
    L.sv: re.compile(r"[ \t]+(?:och framåt|eller senare)(?![\w])", re.IGNORECASE),
}


_BRACKET_CLOCK = re.compile(rf"(?<=\()\s*({_H}[.:]{_M}(?:\s?[-–]\s?{_H}[.:]{_M})?)\s*(?=\))")


def _after_day(text: str, found: list[Atom]) -> list[Atom]:
    # "tussen de middag (12.15)": a bare clock alone in brackets
    more: list[Atom] = [Atom(m.start(1), m.end(1), "time") for m in _BRACKET_CLOCK.finditer(text)
                        if not any(x.start < m.end(1) and m.start(1) < x.end for x in found)]
    for a in found:
        if a.kind != "day" or any(x.start >= a.end and x.start <= a.end + 3 for x in found):
            continue
        if a.sub == "weekday" and (d := _BARE_DATE.match(text, a.end)):
            more.append(Atom(d.start(1), d.end(1), "day", "date"))
            after = d.end(1)
        else:
            after = a.end
        if (c := _BARE_CLOCK.match(text, after)) and not any(x.start < c.end(1) and c.start(1) < x.end for x in found):
            more.append(Atom(c.start(1), c.end(1), "time"))
    return more


def _atoms(text: str, lang: Language) -> list[Atom]:
    found: list[Atom] = []
    for rx, kind in _patterns(lang):
        for m in rx.finditer(text):
            if m.end() > m.start():
                k, _, sub = kind.partition(":")
                found.append(Atom(m.start(), m.end(), k, sub))
    found += _after_day(text, found)
    # a period of days ("from 14 to 18 December", "du 14 au 18 décembre", "14-18 dicembre") is no time of a meeting
    period = re.compile(rf"(?<![\w:.])\d{{1,2}}(?:st|nd|rd|th|er|e|°)?\.?\s?(?:-|–|to|until|till|au|al|tot|t/m|och)\s?\d{{1,2}}(?:st|nd|rd|th|e|°)?\.?\s(?:of\s)?(?:{MONTHS[lang]})(?![a-zà-ÿ])", re.IGNORECASE)
    periods = [(m.start(), m.end()) for m in period.finditer(text)]
    dm = rf"\d{{1,2}}(?:st|nd|rd|th|er|e|°)?\.?\s(?:of\s)?(?:{MONTHS[lang]})\.?|(?:{MONTHS[lang]})\.?\s\d{{1,2}}(?:st|nd|rd|th)?"
    span = re.compile(rf"(?<![\w:.])(?:{dm})\s?(?:-|–|to|until|till|au|al|tot|t/m|t\.m\.|och|through)\s?(?:the\s|le\s|il\s|den\s)?(?:{dm})(?![a-zà-ÿ])", re.IGNORECASE)
    periods += [(m.start(), m.end()) for m in span.finditer(text)]  # "from 21 December until 4 January"
    # "moved from 10 March to 17 March": the day it had and the new one, not a period
    periods = [(a, b) for a, b in periods if not _MOVED.search(text[max(0, a - 60):a])]
    if periods:
        found = [a for a in found if not any(a.start < pe and ps < a.end for ps, pe in periods)]
    # "la réunion durera 2 heures": a length of time, not a clock
    found = [a for a in found if not (a.kind == "time" and re.search(DURATION_BEFORE[lang], text[max(0, a.start - 30):a.start], re.IGNORECASE))]
    # "from 10 March": a clock that ends inside a date is the date's day, not a clock
    dates = [a for a in found if a.kind == "day" and a.sub == "date" and re.search(r"[^\W\d_]{3}", text[a.start:a.end])]
    found = [a for a in found if not (a.kind == "time" and any(a.start < d.start < a.end < d.end for d in dates))]
    # longest first at each place; overlapping shorter atoms go
    found.sort(key=lambda a: (a.start, -(a.end - a.start)))
    kept: list[Atom] = []
    for a in found:
        if kept and a.start < kept[-1].end:
            if a.end > kept[-1].end and a.kind != kept[-1].kind:
                kept.append(Atom(kept[-1].end, a.end, a.kind, a.sub)) if re.search(r"[^\W_]{2}", text[kept[-1].end:a.end]) else None
            continue
        kept.append(a)
    return [a for part in kept for a in _split_range(text, part) if text[a.start:a.end].strip()]


# A verb of moving just before "from X to Y": the old time and the new one, not a range or a period.
_MOVED = re.compile(r"\b(?:(?:move|shift|push|change|bring|déplacer|décaler|avancer|reporter|spostare|anticipare|posticipare|verzetten|verplaatsen|verschuiven|flytta)\w*"
                    r"|moved|déplacée?s?|décalée?s?|reportée?s?|(?:été|est|sont) avancée?s?|spostat[oaie]|anticipat[oaie]|posticipat[oaie]|verzet|verplaatst|verschoven)\b[^.!?\n]{0,40}$",
                    re.IGNORECASE)
# A time zone written after a clock (abbreviations in capitals only: "14h et" is no zone). A calendar's zone in
# brackets ("(UTC+01:00) Amsterdam", "(CET)") is the invitation's setting, not how the time is said: not taken.
_ZONE = re.compile(
    r"[ \t]?(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|EET|EEST|WET|WEST|IST|AEST|AEDT|AWST|NZST|NZDT|SGT|HKT|JST|KST|MSK|GST|SAST|WAT|EAT)(?![\w+-])"
    r"|[ \t](?i:(?:UK|Irish|British|US|Eastern|Central|Pacific|Mountain|London|Dublin|New York|local|CET|EST|GMT) time)(?![\w])"
    r"|[ \t][A-Z][A-Za-z]+(?: [A-Z][a-z]+)? time(?![\w])"  # "Manila time", "Hong Kong time"
    r"|[ \t]?hrs\.?(?![\w])"  # "10:00 hrs"
    r"|[ \t](?i:(?:Eastern|Pacific|Central European) (?:Standard )?Time)(?![\w])"
    r"|[ \t](?i:heure (?:de Paris|française|locale|de Bruxelles)|ora italiana|ora locale|Nederlandse tijd|lokale tijd|svensk tid|lokal tid)(?![\w])")
# A calendar invitation's line ("Thursday Dec 17, 2026 ⋅ 2pm – 4pm", "mercredi 16 décembre 2026 · 09:30 – 11:00"): the
# dot between the day and its hours. The zone in brackets after them stays out of the span, as eight labelled
# calendar lines of six sets have it (v12 labels two the other way).
_CALENDAR_DOT = re.compile(r"[ \t]*[⋅·•][ \t]*")
# "au lundi 14/12", "to Tuesday the 15th", "naar maandag": the new day a meeting is moved to
_DAY_SAID = re.compile(r"\b(?:to|au|à|a|al|alla|naar|tot|till|på)\s+(?:the\s|le\s|il\s|den\s)?(?:\d{1,2}[/.-]\d{1,2}|\d{1,2}(?:st|nd|rd|th|er|e)?\s+[^\W\d_]{3,}|"
                       + "|".join(rf"(?:{'|'.join(WEEKDAYS[lg])})" for lg in Language) + ")", re.IGNORECASE)
_WORD_LINK = re.compile(r"\s(?:to|until|till|à|au|alle|tot|och|and|et|e|en|a)\s(?!mezz|un quarto|tre quarti|quarantacinque|trenta|quindici|venti|dieci|demie|quart)", re.IGNORECASE)
_FROM_WORD = re.compile(r"\b(?:from|between|de|dès|entre|dalle|tra|fra|van|vanaf|tussen|från|mellan)\s*$", re.IGNORECASE)


def _split_range(text: str, a: Atom) -> list[Atom]:
    """"3pm to 4:30pm" is a range only after "from/de/dalle/van/från"; else ("push 3pm to 4:30pm") two times."""
    if a.kind != "time":
        return [a]
    link = _WORD_LINK.search(text, a.start, a.end)
    if link is None or (link.group(0).strip() == "e" and re.match(r"[0-5]\d(?![\d:.])", text[link.end():a.end])):
        return [a]  # "alle 14 e 30": minutes, not a second time
    before = text[max(0, a.start - 14):a.start]
    first = text[a.start:link.start()].split(" ")[0]
    if (re.fullmatch(r"\d{1,2}", text[a.start:link.start()].strip())
                                                              and re.search(r"\d\s?(?:am|pm|a\.m\.|p\.m\.)", text[link.end():a.end])):
        return [a]  # "2 till 5pm", "2 to 5pm": one range (a move names its first time fully: "push 3pm to 4:30pm")
    moved = _MOVED.search(text[max(0, a.start - 60):a.start])
    if moved and _DAY_SAID.search(moved.group(0)):
        moved = None  # "le reporter au lundi 14/12 de 9h30 à 11h": the new day is said, its hours are one range
    if moved and (_FROM_WORD.search(before) or _FROM_WORD.search(first)):  # "shift our 1:1 from 3pm to 4:30pm": the time it had, and the new one
        second = link.start() + 1 if link.group(0).strip().lower() == "alle" else link.end()  # "dalle 10 | alle 11"
        return [Atom(a.start, link.start(), "time"), Atom(second, a.end, "time")]
    if _FROM_WORD.search(before) or _FROM_WORD.search(first) or re.search(r"\b(?:mellan|between|entre|tra|tussen)\b[^\n]{0,14}$", before, re.IGNORECASE):
        return [a]
    return [Atom(a.start, link.start(), "time"), Atom(link.end(), a.end, "time")]


# "onsdag veckan därpå, den 16:e", "mercredi de la semaine suivante, le 16": the weekday of the week after, then its date
_WEEK_AFTER = {Language.en: r"the week after|the following week", Language.fr: r"de la semaine (?:suivante|d'après)",
               Language.it: r"della settimana (?:dopo|successiva|seguente)", Language.nl: r"(?:van )?de week (?:erna|daarop|daarna)",
               Language.sv: r"veckan (?:därpå|efter|därefter)"}
_TO_CLOCK = re.compile(r"\s*(?:to|till|until|through|[-–—]|jusqu['’]à|fino alle|tot|till)\s*", re.IGNORECASE)
_DAY_ASIDE = {lang: re.compile(rf"\s*\(\s*(?:{'|'.join(sorted({*WEEKDAY_NAMES[lang], *WEEKDAY_ABBREVIATIONS[lang], *WEEKDAY_NAMES[Language.en], *WEEKDAY_ABBREVIATIONS[Language.en]}, key=len, reverse=True))})\.?\s*\)\s*,?\s*(?:at\s+|à\s+|alle\s+|om\s+|kl\.?\s+)?",
                                re.IGNORECASE) for lang in Language}


def find_times(text: str, lang: Language, reference: datetime | None = None, *, past: bool = False) -> list[TimeSpan]:
    """Every date/time expression in `text`, in order, as verbatim spans (with their meaning when known)."""
    atoms = _atoms(text, lang)
    join = _rx(rf"^\s*(?:{JOIN[lang]}\s*)*$")
    groups: list[list[Atom]] = []
    for a in atoms:
        if groups:
            prev = groups[-1]
            gap = text[prev[-1].end:a.start]
            subs = {x.sub for x in prev if x.kind == "day"}
            # a second weekday or a second date starts another time ("mardi, mercredi", "9 April, 10 April")
            kinds = {x.kind for x in prev}
            another = (a.kind == "day" and (a.sub in subs or (a.sub == "weekday" and subs) or (subs and "time" in kinds))) or (a.kind == "time" and "time" in kinds)
            if a.sub == "date" and subs == {"weekday"} and prev[-1].sub == "weekday" and re.fullmatch(
                    rf",?\s+(?:{_WEEK_AFTER[lang]})\s*,?\s*(?:the\s+|le\s+|il\s+|den\s+|de\s+)?", gap, re.IGNORECASE):
                gap = ","  # "onsdag veckan därpå, den 16:e": the weekday a week on, and its date
            if another and a.sub == "date" and subs == {"weekday"} and prev[-1].sub == "weekday" and re.fullmatch(r",?\s+", gap):
                another = False  # "14h à 15h le vendredi 18 décembre": the weekday's date goes with it
            if another and a.sub == "weekday" and len(prev) == 1 and _NEXT_WEEK.fullmatch(text[prev[0].start:prev[0].end].strip()) \
                    and re.fullmatch(r",?\s+", gap):
                another = False  # "next week Tuesday at 3", "la semaine prochaine, mardi à 10h": the week's weekday
            # "14:00-15:00 slot on Friday": a clock and a day a couple of words apart are one time
            near = bool(_OWNED_NEAR.match(gap)) and "day" in kinds and "time" not in kinds and a.kind == "time"
            near = near or bool(_NEAR.match(gap)) and not _NOT_NEAR.search(gap) and (("time" in kinds and "day" not in kinds and a.kind == "day")
                                                or ("day" in kinds and "time" not in kinds and a.kind == "time"))
            near = near or (bool(_PLACE_GAP.match(gap)) and "day" in kinds and "time" not in kinds and a.kind == "time")
            # "mardi 15 décembre (10h30)", "ce matin (9h-12h)", "vanmiddag (13.30 uur)": the day's clock in brackets
            near = near or (bool(re.fullmatch(r"\s*\(\s*", gap)) and ((a.kind == "time" and "time" not in kinds) or (a.sub == "date" and subs == {"weekday"}))
                            and bool(re.match(r"\s*\)", text[a.end:])))
            if gap.startswith(")") and text.count("(", prev[0].start, prev[-1].end) > text.count(")", prev[0].start, prev[-1].end):
                gap = gap[1:]  # "Friday (the 12th) in the afternoon": past the bracket the time goes on
            if another and a.kind == "time" and prev[-1].kind == "time" and _TO_CLOCK.fullmatch(gap) \
                    and re.search(r"\d", text[prev[-1].start:prev[-1].end]) and re.search(r"\d", text[a.start:a.end]) \
                    and "day" in kinds and not _MOVED.search(text[max(0, prev[0].start - 60):prev[0].start]):
                another, gap = False, ""  # "14 Dec, 2.30pm to 5.30pm": a day's hours from ... to ... (a move's "3pm to 4:30pm" is two)
            if a.kind == "time" and "time" not in kinds and "day" in kinds and _CALENDAR_DOT.fullmatch(gap):
                gap = ""  # "Thursday Dec 17, 2026 ⋅ 2pm – 4pm": a calendar's day, a dot, then its hours
            if a.kind == "time" and "time" not in kinds and "day" in kinds and _DAY_ASIDE[lang].fullmatch(gap):
                gap = ""  # "14 Dec (Mon), 2.30pm": the weekday in brackets repeats the date
            if kinds == {"part"} and "," in gap and a.kind == "day":
                another = True  # "se preferisce il pomeriggio, martedì 15/12 ...": the part of the day is said apart
            if "\n\n" not in gap and (join.match(gap) or near) and not another:
                prev.append(a)
                continue
        groups.append([a])
    groups = _bracketed(text, groups)
    spans: list[TimeSpan] = []
    lead = _rx(rf"^(?:{LEAD_STRIP[lang]})+")
    for g in groups:
        kinds = {a.kind for a in g}
        if kinds == {"part"}:
            continue  # "in the morning" alone is not a time
        start, end = g[0].start, g[-1].end
        if text.count("(", start, end) > text.count(")", start, end) and (close := re.match(r"\s*\)", text[end:])):
            end += close.end()  # the bracket that the clock opened closes the span
        raw = text[start:end]
        m = lead.match(raw)
        if m and m.end() < len(raw):
            start += m.end()
        raw = text[start:end].rstrip(" ,\n\t")
        if raw.endswith(".") and not re.search(r"(?:^|\s|\d)[ap]\.m\.$|\b\w\.$", raw, re.IGNORECASE):
            raw = raw[:-1]  # a sentence's full stop (an abbreviation's dot is not needed to read the time)
        end = start + len(raw)
        tail = _TAIL[lang].match(text, end) if "time" in kinds else None
        if tail:
            raw, end = text[start:tail.end()], tail.end()
        zone = _ZONE.match(text, end) if "time" in kinds else None
        if zone:  # "2:30pm ET", "15:00–16:00 UK time": the zone is part of the time as written
            raw, end = text[start:zone.end()], zone.end()
        spans.append(TimeSpan(raw, start, end, resolve(raw, g, text, lang, reference, past=past),
                              "day" in kinds, "time" in kinds))
    return spans


# ------------------------------------------------------------------ resolution


_BRACKET = re.compile(r"\s*\(([^()\n]{1,48})\)")


def _bracketed(text: str, groups: list[list[Atom]]) -> list[list[Atom]]:
    """A day with its hours in brackets is one time, whatever the brackets hold ("mardi (8 déc., 10h-12h)",
    "14 décembre (9 h à 16 h)", "10 december (9u - 12u30)"): the clock read is the first one inside."""
    out: list[list[Atom]] = []
    i = 0
    while i < len(groups):
        g = groups[i]
        kinds = {a.kind for a in g}
        m = _BRACKET.match(text, g[-1].end)
        if "day" in kinds and "time" not in kinds and m:
            inner = [x for h in groups[i + 1:] for x in h if m.start(1) <= x.start and x.end <= m.end(1)]
            taken = [h for h in groups[i + 1:] if all(m.start(1) <= x.start and x.end <= m.end(1) for x in h)]
            clocks = [x for x in inner if x.kind == "time"]
            if clocks and len(taken) and sum(len(h) for h in taken) == len(inner):
                days = [x for x in inner if x.kind == "day"]
                # the span closes the bracket; only the days and the first clock are read
                out.append([*g, *days, clocks[0], Atom(m.end() - 1, m.end(), "close")])
                i += 1 + len(taken)
                continue
        out.append(g)
        i += 1
    return out


def range_hours(text: str, lang: Language) -> float:
    """How many hours a written clock range spans ("from 9 to 5" 8, "14h-15h" 1); 0 when it is no range."""
    parts = re.split(r"\s?(?:-|–|—|\bto\b|\band\b|\buntil\b|\btill\b|\bà\b|\balle\b|\btot\b|\ba\b|\be le\b|\ben\b|\boch\b)\s?", text, maxsplit=1, flags=re.IGNORECASE)
    if len(parts) != 2 or not re.search(r"\d", parts[1]):
        return 0.0
    def at(part: str) -> time | None:
        bare = re.fullmatch(r"\D*?(\d{1,2})\s*", part)
        return time(int(bare.group(1)), 0) if bare and int(bare.group(1)) < 24 else clock(part, lang)
    a, b = at(parts[0]), at(parts[1])
    if a is None or b is None:
        return 0.0
    start, end = a.hour + a.minute / 60, b.hour + b.minute / 60
    if end <= start and end + 12 > start and end < 12:
        end += 12  # "from 9 to 5": the afternoon
    if end - start > 12 and start < 12:
        start += 12  # "3-4pm": both in the afternoon
    return max(0.0, end - start)


# Dutch hour words in their "-en" form ("na vijven", "rond zessen") whose stem is not the plain number word.
_HOUR_EN = {"vijven": 5, "zessen": 6, "elven": 11, "twaalven": 12}
_HOUR_EN_RX = "|".join(_HOUR_EN)


def clock(text: str, lang: Language) -> time | None:
    """The first clock time in `text` (14h30, 2 pm, kl. 12.15, om half tien, alle 10 e mezza...)."""
    t = text.lower()
    words = _NUM_WORDS.get(lang, {})
    word_rx = "|".join(sorted(words, key=len, reverse=True)) or "(?!x)x"
    m = re.search(rf"\b(half|halv|kwart over|kvart över|kwart voor|kvart i|half past|(?:a )?quarter past|(?:a )?quarter to)\s+({word_rx}|\d{{1,2}})\b", t)
    if m:
        h = int(m.group(2)) if m.group(2).isdigit() else words[m.group(2)]
        kind = m.group(1)
        if kind == "half" and lang is Language.en:
            mi = 30  # British "half ten": 10:30 (Dutch "half tien" is 9:30)
        elif kind in ("half", "halv"):
            h, mi = h - 1, 30
        elif kind == "half past":
            mi = 30
        elif kind.endswith("quarter past"):
            mi = 15
        elif kind.endswith("quarter to"):
            h, mi = h - 1, 45
        elif kind in ("kwart over", "kvart över"):
            mi = 15
        else:
            h, mi = h - 1, 45
        return _with_meridiem(h % 24, mi, t, lang)
    noon = re.search(r"(?<![\w-])(?:noon|midday|midi|mezzogiorno|middag)\b", t)
    half = re.match(r"\s+(?:et demie?|e mezz[oa])\b", t[noon.end():]) if noon else None
    if half and not re.search(r"\d", t[:noon.start()]):
        return time(12, 30)  # "mardi midi et demi"
    if noon and not re.search(r"\d", t[:noon.start()]) and not (re.search(r"\d[.:h]\d\d", t[noon.end():]) and not re.match(r"\s?(?:-|–|to|until|till|tot|à|a|alle)\s?\d", t[noon.end():])) and not re.match(r"\s?(?::|\.|h)\s?\d", t[noon.end():]):  # not "après-midi"; "noon-1" starts at noon
        return time(12, 0)
    found = [m for m in (
        re.search(rf"(?<![\d/.])({_H})(?:[:.]({_M}))?\s?(?:-|–|to|till|and)\s?{_H}(?:[:.]{_M})?\s?(?:am|pm|a\.m\.|p\.m\.|uur\b)", t),  # "3-4pm", "14-15 uur"
        re.search(rf"(?<![\d/.:])({_H})(?:[:.]({_M}))?\s?[-–]\s?{_H}[:.]{_M}(?![\d])", t),  # "idag 9-11.30"
        re.search(rf"(?<![\d/])({_H})\s?(?:[:.h,u]|heures?)\s?({_M})(?!\d)", t),
        re.search(rf"(?<![\d/.])({_H})(?:\s?(?:h|heures?|uur|am|pm|a\.m\.|p\.m\.|o'clock|-?ish)\b|(?=\s?h\b)|-tiden|u\b(?=\s?(?:[-–]|tot\b|$|\)|,)))", t),
        re.search(rf"(?:@|\bh\.?(?=\s\d)|\btipo|\btra le|\bfra le|\btussen|\bmellan|\bat|\bafter|\bà|\balle|\bore|\bom|\bkl\.?|\bklockan|\bvers|\bverso le|\bdopo le|\baprès|\befter|\bdalle|\bdelle|\brond|\baround|\bvan|\bfrom)\s*(?:ore )?({_H})(?![\d/])", t),
    ) if m]
    if not found:
        # "om zeven uur", "rond zevenen" (Dutch hour words, also in their -en form), "at seven": the hour in words
        said = re.search(rf"\b(?:om|rond|tegen|vanaf|tot|na|at|around|by|kl\.?|klockan|alle|verso le)\s+({word_rx}|{_HOUR_EN_RX})(?:en|ën|n)?\b", t)
        if said is None:
            return None
        return _with_meridiem(words.get(said.group(1)) or _HOUR_EN[said.group(1)], 0, t, lang)
    m = min(found, key=lambda x: x.start(1))
    h = int(m.group(1))
    mi = int(m.group(2)) if m.re.groups >= 2 and m.group(2) else 0
    if re.search(r"\be mezza\b|\bet demie\b|\be trenta\b", t):
        mi = 30
    elif re.search(r"\be (?:un quarto|quindici)\b|\bet quart\b", t):
        mi = 15
    elif re.search(r"\be (?:tre quarti|quarantacinque)\b", t):
        mi = 45
    elif (digits := re.search(r"\b\d{1,2} e ([0-5]\d)\b", t)) and lang is Language.it:
        mi = int(digits.group(1))  # "alle 14 e 30"
    own = re.match(r"(?:[:.]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)", t[m.end(1):])
    if own:  # "from 9am to 12pm": the first clock's own am, not the range end's pm
        t = t[:m.end(1) + own.end()]
    return _with_meridiem(h, mi, t, lang)


def _with_meridiem(h: int, mi: int, t: str, lang: Language) -> time | None:
    if re.search(r"\d\s?(?:pm|p\.m\.)", t) and h < 12:
        h += 12
    elif re.search(r"\d\s?(?:am|a\.m\.)", t) and h == 12:
        h = 0
    elif h < 8 and not re.search(r"\d\s?(?:am|a\.m\.)", t) and re.search(
        r"afternoon|après-midi|pomeriggio|middag|eftermiddag|evening|soir|sera|avond|kväll", t):
        h += 12
    elif 1 <= h <= 6 and lang is not Language.en and re.search(r"half|halv|kwart|kvart|\bore\b|\balle\b|\bom\b|\bna\b|\brond\b|\btegen\b", t) and not re.search(r"\d[:.]\d", t):
        h += 12  # "om half drie", "alle 3": office hours, not the night
    elif 1 <= h <= 6 and lang is Language.en and not re.search(r"\d\s?(?:am|a\.m\.)", t):
        h += 12  # "at 2", "to 4:30", "3 or 4": office hours, not the night (an "am" is said when meant)
    if not (0 <= h <= 23 and 0 <= mi <= 59):
        return None
    return time(h, mi)


_AFTERNOON = re.compile(r"pomeriggio|après-midi|aprem|aprèm|middag|afternoon|arvo|avond|soir|sera|kväll|evening", re.IGNORECASE)


def resolve(raw: str, atoms: list[Atom], text: str, lang: Language, reference: datetime | None, *, past: bool = False) -> datetime | date | None:
    """What the expression means, against `reference`; None when it cannot be read."""
    if reference is None:
        reference = datetime.now()
    ref = reference.replace(tzinfo=None)
    day_text = " ".join(text[a.start:a.end] for a in atoms if a.kind == "day")
    time_text = " ".join(text[a.start:a.end] for a in atoms if a.kind in ("time", "part"))
    day: date | None = None
    if day_text:
        day = _read_day(day_text, lang, ref, past=past)
    at = clock(time_text, lang) if time_text else None
    if at is not None and at.hour < 12 and re.search(r"(?:avond|kväll|evening|soir|sera)", day_text, re.IGNORECASE) \
            and not re.search(r"\d\s?(?:am|a\.m\.)", time_text, re.IGNORECASE):
        at = at.replace(hour=at.hour + 12)  # "woensdagavond rond zevenen": the evening said on the day
    if at is not None and 1 <= at.hour <= 9 and _AFTERNOON.search(f"{day_text} {time_text}") \
            and not re.search(r"\d\s?(?:am|a\.m\.)", time_text, re.IGNORECASE):
        at = at.replace(hour=at.hour + 12)  # "giovedì pomeriggio verso le 4", "jeudi après-midi vers 4h": the afternoon said
    if day is None and at is None:
        return None
    if day is None:
        if not any(a.kind == "day" for a in atoms):
            return datetime.combine(ref.date(), at) if at else None  # a clock time alone: the day is not said
        return None
    return datetime.combine(day, at) if at else day


_SAME_DAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening)|i förmiddags|i eftermiddags|i morse|aujourd|ce jour|ce midi|ce matin|ce soir|cet après-midi|cet aprèm|cet aprem|oggi|stamattina|stamani|stasera|questo pomeriggio|vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|deze (?:ochtend|voormiddag|middag|namiddag|avond)|idag|i dag|i förmiddag|i eftermiddag|ikväll|i kväll)", re.IGNORECASE)
_NEXT_DAY = re.compile(r"\b(?:tomorrow|tmrw|tmr|2moro|demain|domani|domattina|morgen|imorgon|i morgon)", re.IGNORECASE)
_DAY_AFTER = re.compile(r"\b(?:the day after tomorrow|après-demain|dopodomani|overmorgen|i övermorgon)", re.IGNORECASE)
_PREV_DAY = re.compile(r"\b(?:yesterday|hier|ieri|gisteren|igår|i går)", re.IGNORECASE)


# Words that put a day in the past whatever the message is about ("last Friday", "i fredags", "venerdì scorso").
_PAST_MARK = re.compile(r"\b(?:last|dernier|dernière|passée?|scors[oa]|passat[oa]|afgelopen|vorige|jl\.|förra)(?![\w])|\bi \w+dags\b", re.IGNORECASE)


_LAST_WEEK = re.compile(r"\b(?:last week|vorige week|la semaine dernière|la settimana scorsa|förra veckan)\b", re.IGNORECASE)


_NEXT_WEEK = re.compile(r"\b(?:next week|(?:la )?semaine prochaine|(?:la )?settimana prossima|(?:la )?prossima settimana|volgende week|komende week|nästa vecka)\b", re.IGNORECASE)


# "måndag vecka 51", "lunedì della settimana 51": the weekday of that ISO week
_WEEK_NUMBER = re.compile(r"\b(?:vecka|v\.?|week|semaine|settimana)\s?(\d{1,2})\b", re.IGNORECASE)


def _read_day(day_text: str, lang: Language, ref: datetime, *, past: bool) -> date | None:
    wd = _weekday_index(day_text, lang)
    # "Monday week", "mardi en huit": that weekday a week after its next one
    if wd is not None and (n := _WEEK_NUMBER.search(day_text)) and 1 <= int(n.group(1)) <= 53:
        year = ref.year + (1 if int(n.group(1)) < ref.isocalendar()[1] - 26 else 0)
        try:
            return date.fromisocalendar(year, int(n.group(1)), wd + 1)
        except ValueError:
            return None
    after = re.search(rf"\b(?:{'|'.join(WEEKDAYS[lang])})(\s+(?:week|en huit|en quinze))\b", day_text, re.IGNORECASE)
    if wd is not None and after and re.search(r"\d", day_text):
        day_text = day_text[:after.start(1)] + day_text[after.end(1):]  # "Monday week, the 14th": the date says which
    elif wd is not None and after:
        nxt = (ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)).date()
        return nxt + timedelta(days=7 if "quinze" not in day_text.lower() else 14)
    if wd is not None and _NEXT_WEEK.search(day_text) and not re.search(r"\d", day_text):
        # "next week Tuesday", "tisdag nästa vecka", "volgende week dinsdag": that weekday in the coming calendar week
        return (ref - timedelta(days=ref.weekday()) + timedelta(days=7 + wd)).date()
    d = _read_day_as_said(day_text, lang, ref, past=past or bool(_PAST_MARK.search(day_text)))
    if d is not None and _LAST_WEEK.search(day_text) and d >= (ref - timedelta(days=ref.weekday())).date():
        d -= timedelta(days=7)  # "Monday last week": the week before this one
    return d


def _full_weekdays(day_text: str, lang: Language) -> str:
    """"Thurs 17th" -> "Thursday 17th": dateparser does not know every short form of a weekday."""
    months = set(MONTH_ABBREVIATIONS[lang])
    for abbr, i in sorted(_ABBR[lang].items(), key=lambda kv: -len(kv[0])):
        if abbr not in months:
            day_text = re.sub(rf"(?<![\w]){re.escape(abbr)}\.?(?=[\s,]|$)", WEEKDAYS[lang][i], day_text, flags=re.IGNORECASE)
    if lang is Language.sv:  # "torsdagen den 17:e": the definite form
        day_text = re.sub(rf"\b({'|'.join(WEEKDAYS[lang])})ens?\b", r"\1", day_text, flags=re.IGNORECASE)
    return day_text


def _read_day_as_said(day_text: str, lang: Language, ref: datetime, *, past: bool) -> date | None:
    import dateparser

    day_text = _full_weekdays(day_text, lang)

    for rx, days in ((_DAY_AFTER, 2), (_FOLLOWING_DAY, 1), (_SAME_DAY, 0), (_NEXT_DAY, 1), (_PREV_DAY, -1)):
        if rx.search(day_text) and not re.search(r"\d", day_text):
            return (ref + timedelta(days=days)).date()
    if re.search(r"\d", day_text) and re.search(rf"(?<![\w'’])(?:{RELATIVE[lang]})(?![\w])", day_text, re.IGNORECASE):
        # "domani, 10 dicembre": the date written beside the word says which day
        day_text = re.sub(rf"(?<![\w'’])(?:{RELATIVE[lang]})(?![\w])", " ", day_text, flags=re.IGNORECASE)

    # "torsdag 10.12", "do 3-12": a day.month without a year is a date here (a clock is never a day atom)
    day_text = re.sub(r"(?<![\d.:/-])(\d{1,2})[.-](\d{1,2})\.?(?![\d.:/-])", r"\1/\2", day_text)
    cleaned = re.sub(r"(?<=\d)(?:(?:st|nd|rd|th|:e|:a|ste|de|e|er)\b|[°º])", "", day_text)
    if re.search(r"(?<![\d/.:-])\d{1,2}(?![\d/.:-])", cleaned) and not re.search(r"\d{4}", cleaned):
        # "jeudi prochain (le 17)": the day of the month says which Thursday, "next" adds nothing to it
        cleaned = re.sub(r"\b(?:next|this coming|coming|prochaine?|prossim[oa]|volgende|komende|aanstaande|nästa|kommande)\b", " ", cleaned,
                         flags=re.IGNORECASE)
        cleaned = cleaned.replace("(", " ").replace(")", " ")
    cleaned = re.sub(r"\b(?:of|on|the|le|il|au|al|den|de|op|på)\b", " ", cleaned, flags=re.IGNORECASE)
    settings = {"RELATIVE_BASE": ref, "PREFER_DATES_FROM": "past" if past else "future", "DATE_ORDER": "YMD" if re.match(r"\d{4}-", cleaned.strip()) else ("MDY" if lang is Language.en and "/" in cleaned and _us_like(cleaned, ref.date(), past=past) else "DMY")}
    parsed = dateparser.parse(cleaned, languages=[lang.value], settings=settings)  # type: ignore[arg-type]
    if parsed is None:
        wd = _weekday_index(cleaned, lang)
        if wd is None:
            return None
        delta = (wd - ref.weekday()) % 7
        if past:
            return (ref - timedelta(days=(ref.weekday() - wd) % 7 or 7)).date()
        return (ref + timedelta(days=delta or 7)).date()
    d = parsed.date()
    year_given = bool(re.search(r"\d{4}", cleaned))
    has_month = bool(re.search(rf"(?<![a-zà-ÿ])(?:{MONTHS[lang]})(?![a-zà-ÿ])", cleaned, re.IGNORECASE)) or bool(re.search(r"\d[/.-]\d", cleaned))
    if has_month and not year_given:
        return _nearest_year(d, ref.date(), _weekday_index(cleaned, lang), past=past)
    if not past and not year_given and d > ref.date() and _weekday_index(cleaned, lang) is None:
        try:
            last_year = d.replace(year=d.year - 1)
        except ValueError:
            last_year = None
        if last_year is not None and 0 < (ref.date() - last_year).days <= 60:
            d = last_year  # "le 8 mars" written on 11 March: three days ago, not next year
    if not past and d < ref.date() and not re.search(r"\d{4}", cleaned):
        # "Wednesday the 10th" after the 10th: the next month (or year) where it falls
        has_month = bool(re.search(rf"(?<![a-zà-ÿ])(?:{MONTHS[lang]})(?![a-zà-ÿ])", cleaned, re.IGNORECASE)) or bool(re.search(r"\d[/.-]\d", cleaned))
        wd = _weekday_index(cleaned, lang)
        if has_month and (ref.date() - d).days <= 60 and wd is None:
            return d  # "le 8 mars" written on 11 March: three days ago, not next year
        for step in range(1, 13 if not has_month else 2):
            try:
                cand = d.replace(year=d.year + 1) if has_month else _add_months(d, step)
            except ValueError:
                continue
            if wd is None or cand.weekday() == wd or has_month:
                d = cand
                break
    wd = _weekday_index(cleaned, lang)
    month_said = bool(re.search(rf"(?<![a-zà-ÿ])(?:{MONTHS[lang]})(?![a-zà-ÿ])", cleaned, re.IGNORECASE)) or bool(re.search(r"\d[/.-]\d", cleaned))
    if wd is not None and not month_said and d.weekday() != wd and re.search(r"\d", cleaned):
        # "Friday the 15th" with no month: the next (or, looking back, the last) month whose 15th is a Friday
        for step in range(1, 13):
            try:
                cand = _add_months(d, -step if past else step)
            except ValueError:
                continue
            if cand.weekday() == wd:
                d = cand
                break
    if past and d > ref.date() + timedelta(days=1) and not re.search(r"\d{4}", cleaned):
        # "le 12 mars" in a message about a missed meeting: the last such day, not next year's
        try:
            d = d.replace(year=d.year - 1) if d.replace(year=d.year - 1) <= ref.date() else d
        except ValueError:
            pass
    return d


def _nearest_year(d: date, ref: date, weekday: int | None, *, past: bool) -> date:
    """A day and month without a year: the nearest such day to the reference (the one on the weekday written
    beside it, when one is); a missed meeting's only when no day before the reference fits."""
    cands = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cands.append(d.replace(year=y))
        except ValueError:
            continue
    if weekday is not None and any(c.weekday() == weekday for c in cands):
        cands = [c for c in cands if c.weekday() == weekday]
    if past and any(c <= ref for c in cands):
        cands = [c for c in cands if c <= ref]
    return min(cands, key=lambda c: (abs((c - ref).days), c < ref))


_EN_WEEKDAY_INDEX = {**{w: i for i, w in enumerate(WEEKDAY_NAMES[Language.en])}, **WEEKDAY_ABBREVIATIONS[Language.en]}
_EN_WEEKDAY = re.compile(rf"\b({'|'.join(sorted(_EN_WEEKDAY_INDEX, key=len, reverse=True))})\b", re.IGNORECASE)


def _us_like(text: str, ref: date | None = None, *, past: bool = False) -> bool:
    """Whether an English "a/b" date is month first: surely when b > 12; when both could be a month, the reading
    that falls within the next (or, for a missed meeting, the last) 60 days when only that one does."""
    m = re.search(r"(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?", text)
    if not m:
        return False
    a, b = int(m.group(1)), int(m.group(2))
    if b > 12:
        return True
    if ref is None or a > 12 or a == b:
        return False
    year = int(m.group(3)) if m.group(3) else None
    if year is not None and year < 100:
        year += 2000

    def near(month: int, day: int) -> bool:
        for y in ([year] if year else [ref.year - 1, ref.year, ref.year + 1]):
            try:
                d = date(y, month, day)
            except ValueError:
                continue
            gap = (ref - d).days if past else (d - ref).days
            if 0 <= gap <= 60:
                return True
        return False
    said = _EN_WEEKDAY.search(text)
    if said is not None:  # "Wednesday 2/3": the reading that falls on the weekday said (3 February 2027 is a Wednesday)
        wd = _EN_WEEKDAY_INDEX[said.group(1).lower()]

        def on(month: int, day: int) -> bool:
            for y in ([year] if year else [ref.year, ref.year + 1] if not past else [ref.year - 1, ref.year]):
                try:
                    d = date(y, month, day)
                except ValueError:
                    continue
                if abs((d - ref).days) <= 120:
                    return d.weekday() == wd
            return False
        if on(a, b) != on(b, a):
            return on(a, b)
    return near(a, b) and not near(b, a)


def _weekday_index(text: str, lang: Language) -> int | None:
    t = text.lower()
    for i, name in enumerate(WEEKDAYS[lang]):
        if name.replace("ì", "") in t.replace("ì", "").replace("i", "i"):
            return i
    return None


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    return d.replace(year=d.year + y, month=m + 1)
