"""The one fact model: which fact each span of a draft states, and whether the situation gave it in that role.

`check_draft` is what the guard, the completeness scorer, the built-in writer's self-check and the page call;
`situation_warnings` is what a user sees before drafting (a weekday that does not fit its date, a past date...).
"""

from __future__ import annotations

import re
from collections import Counter, OrderedDict
from dataclasses import replace
from datetime import date
from functools import lru_cache

from composer.facts import contacts, language, names, numbers, offer, people, rough, times, wordnums
from composer.facts.times import NOT_RELATIVE as _NOT_RELATIVE
from composer.facts.times import RELATIVE_ALT as _RELATIVE_ALT
from composer.facts.times import RELATIVE_DAYS
from composer.facts.times import RELATIVE_WORD as _RELATIVE_WORD
from composer.facts.duty import Duty, duty
from composer.facts.issue import FactIssue
from composer.facts.surface import contains_fact, invented_dates, normalise, prose_only, required_facts
from composer.models import CLIENT_SIDE, Intent, Language, Situation, Tone
from composer.facts.rx import rx

# Intents whose message moves the meeting away from meeting_time to one of the proposed times.
MOVING = frozenset({Intent.reschedule, Intent.no_show_followup, Intent.late_cancellation, Intent.decline,
                    Intent.switch_to_call, Intent.switch_to_email})

# Words right before a time that present it as the new option, or as the one being moved / missed.
# Strong cues count alone; weak ones (bare prepositions) only in a "from X to Y" sentence, i.e. when the same
# sentence names a time of the other role on the expected side.
NEW_CUES = {
    Language.en: r"(?<=^)\s*(?:until|till)|pencil\w*(?: \w+)? in|note down|(?:put|keep|kept)(?: \w+){0,2} in (?:my|the|our) (?:diary|calendar|agenda)|(?:call|ring|phone) you(?: on| at)?|would|could|does|how does|works? for you on|are you free(?: on)?|meet(?: up| again)?(?: on)?|could we (?:do|try)(?: on)?|(?:moved?|move it|moving it|reschedul\w*|shift\w*|push\w*) (?:it )?(?:to|until)|instead,?|how about|what about|propose|suggest|see you(?: then)?(?: on)?|talk(?: to you)?(?: then| on)?|speak(?: then| on)?|(?:is|are) you (?:free|available)(?: on)?|new (?:time|date|slot|appointment|booking|meeting)(?: is| would be)?:?",
    Language.fr: r"(?<=^)\s*à|(?:je |j')(?:note|bloque|réserve|retiens|garde)(?: (?:donc|d'ores et déjà|provisoirement|dès maintenant|dès à présent|déjà|bien))*|vous appeler(?: le)?|t'appeler(?: le)?|(?:je |on )?(?:vous |t'|te |l')(?:r?appel(?:le|lerai|lerons|lera)|téléphonerai|téléphonerons)|(?:nous )?vous (?:r?appellerons|téléphonerons)|reprogramm\w*(?: \w+){0,3}(?: le| au| pour)?|est-ce que|que diriez-vous d[eu]|(?:vous|te) conviendrai(?:t|ent)(?:-(?:il|elle|ils|elles))?|pourrions-nous nous voir|(?:déplac\w*|report\w*|décal\w*)(?: \w+){0,3} (?:au|à)|plutôt|(?:vous |te )?propos\w*|suggère|à bientôt|on se voit|(?:nous )?(?:voir|retrouver)(?: le)?|nouveau (?:créneau|rendez-vous)|nouvel horaire|nouvelle (?:date|heure)(?: proposée)?\s*:?|seriez-vous disponible|es-tu disponible",
    Language.it: r"(?<=^)\s*a|tengo (?:libero|liber[ao]|bloccat[oa])|(?:blocco|riservo|segno|annoto|prenoto)(?: (?:quindi|già|provvisoriamente|intanto))*|chiamar(?:La|la|ti|Le)(?: \w+)?|(?:la |le |ti |vi )?(?:ri)?(?:chiamerò|chiameremo|telefonerò|telefoneremo)|telefonar(?:Le|ti)|sentirci(?: al telefono)?|(?:le |ti )?andrebbe bene|(?:le |ti )?va bene|potrebbe andare bene|potremmo vederci|sarebbe possibile|(?:spost\w*|rinvi\w*|rimand\w*)(?: \w+){0,3} (?:a|al|ad)|invece|(?:le |ti )?propo\w*|suggeri\w*|ci sentiamo(?: quindi)?|ci vediamo(?: quindi)?|a presto|vederci|incontrarci|sarebbe disponibile|saresti disponibile|nuovo (?:appuntamento|orario|incontro)|nuova data(?: proposta)?\s*:?",
    Language.nl: r"(?<=^)\s*tot|(?:houd|reserveer|blokkeer|noteer|zet)(?: (?:ik|alvast|voorlopig|vast|dus))*|(?:u|je) bellen(?: op)?|bel (?:ik )?(?:u|je)(?: op)?|(?:bellen|zullen) (?:wij |we )?(?:u|je)(?: bellen)?(?: op)?|zou|kan (?:het|u|je)|kunnen we|past (?:het|u|je)|(?:verplaats\w*|verzet\w*|schuiv\w*)(?: \w+){0,3} naar|in plaats daarvan|voor(?:stellen|stel)|stel(?: \w+){0,2} voor|tot dan|zien we elkaar|spreken we elkaar|afspreken(?: op)?|schikt (?:het|u|je)|nieuwe (?:afspraak|datum)|nieuw tijdstip\s*:?",
    Language.sv: r"(?:håller|bokar|reserverar|noterar)(?: (?:jag|in|av|preliminärt|redan))*|ring(?:a|er) (?:upp )?(?:dig|er)(?: upp)?(?: på)?|skulle|kan vi|går det(?: bra)?(?: med)?|(?:flytta\w*|skjuta\w*)(?: \w+){0,3} till|istället|föreslå\w*|hörs(?: vi)?|ses(?: vi)?|vi ses|träffas(?: på)?|passar det|ny tid|nytt (?:datum|möte)|ny bokning\s*:?",
}
WEAK_NEW = {Language.en: r"to|until", Language.fr: r"au|à", Language.it: r"a|al|ad", Language.nl: r"naar|tot", Language.sv: r"till"}
# Words right after a time that present it as the new option ("Tuesday at 10 instead").
AFTER_NEW_CUES = {
    Language.en: r"instead|as an alternative",
    Language.fr: r"plutôt|à la place",
    Language.it: r"invece|in alternativa",
    Language.nl: r"in plaats daarvan|als alternatief",
    Language.sv: r"istället|i stället",
}
OLD_CUES = {
    Language.en: r"(?:was |is )?(?:planned|scheduled|booked|set|arranged) (?:for|on)|our (?:meeting|appointment|call|session) (?:on|of|for)|(?:missed|cancelled|canceled) (?:our |the )?(?:meeting|appointment|session)?(?: on)?|originally",
    Language.fr: r"prévu\w*(?: pour| le)?|initialement|(?:notre|votre|ton|notre prochain) (?:rendez-vous|réunion|entretien|rencontre|séance|appel)(?: du| de| le)?|manqué\w*(?: du| le)?|fixé\w*(?: au| le)?",
    Language.it: r"previst\w*(?: per)?|inizialmente|fissat\w*(?: per)?|programmat\w*(?: per)?|mancat\w*(?: di)?|(?:il nostro|il Suo|il tuo|la nostra) (?:incontro|appuntamento|riunione|colloquio)(?: di| del| per)?",
    Language.nl: r"gepland(?: op| voor)?|oorspronkelijk|ingepland(?: op| voor)?|gemist\w*|(?:onze|uw|je) (?:afspraak|vergadering|meeting|bespreking)(?: van| op)?",
    Language.sv: r"planerad\w*(?: till)?|inbokad\w*(?: till)?|ursprungligen|bokad\w*(?: till)?|(?:vårt|ert|ditt) (?:möte|samtal)(?: på| den)?",
}
# A sentence that looks ahead ("I look forward to our meeting on ...") speaks of the new time, whatever its cue.
FORWARD = {
    Language.en: r"look(?:ing)? forward|new|next|confirm\w*|rescheduled|moved",
    Language.fr: r"nouve(?:au|l|lle)|prochain\w*|confirm\w*|hâte|réjouis|reporté\w*|déplacé\w*",
    Language.it: r"nuov[oa]|prossim[oa]|conferm\w*|vedo l'ora|non vedo|spostat[oa]",
    Language.nl: r"nieuwe?|volgende|bevestig\w*|kijk (?:ernaar )?uit|verheug\w*|verplaatst\w*|verzet",
    Language.sv: r"nya?|nästa|bekräfta\w*|ser fram emot|flyttade?",
}
WEAK_OLD = {Language.en: r"from|on|of", Language.fr: r"du|de", Language.it: r"da|dal|di|del", Language.nl: r"van|op", Language.sv: r"från|på"}
_FILLER = r"\W*(?:(?:le|la|il|lo|the|on|op|på|de|den|het|alle|à|om|kl|ore|alltså|då|så|dus|dan|donc|quindi|allora|then|so|also|ook|även|aussi|anche|gärna|graag|volontiers|volentieri|gladly)\W+)*$"


def _given_times(s: Situation, today: date | None) -> tuple[times.Parsed | None, list[times.Parsed]]:
    meeting = times.parse_given(s.meeting_time, s.language, today) if s.meeting_time else None
    return meeting, [times.parse_given(t, s.language, today) for t in s.proposed_times]


def _fits(m: times.Mention, p: times.Parsed | None) -> bool:
    return p is not None and not p.when.empty and times.compatible(m.when, p)


def _same_clock(said: times.When, given: times.When) -> bool:
    """No clock said, or the given one: a piece of a given time keeps its minutes ("vendredi à 11 h" is no piece
    of "vendredi 22 janvier à 11 h 30", whose every token it repeats)."""
    if said.hour is None or given.hour is None:
        return True
    hour_fits = said.hour == given.hour or (said.loose and said.hour + 12 == given.hour)
    return hour_fits and (said.minute or 0) == (given.minute or 0)


def _closest(m: times.Mention, given: list[tuple[str, times.Parsed]]) -> tuple[str, str] | None:
    """The given time this mention most resembles, and how it differs (for a precise message)."""
    best = None
    for text, p in given:
        g, w = p.when, m.when
        shared = sum(1 for a, b in ((w.day, g.day), (w.month, g.month), (w.hour, g.hour)) if a is not None and a == b)
        if best is None or shared > best[0]:
            diffs = []
            if w.weekday is not None and g.weekday is not None and w.weekday != g.weekday:
                diffs.append("weekday")
            if w.day is not None and g.day is not None and (w.day, w.month) != (g.day, g.month):
                diffs.append("date")
            if w.hour is not None and g.hour is not None and (w.hour, w.minute) != (g.hour, g.minute):
                diffs.append("time of day")
            gy = g.year or (p.resolved.year if p.resolved is not None else None)
            if w.year is not None and gy is not None and w.year != gy:
                diffs.append("year")
            best = (shared, text, ", ".join(diffs))
    return (best[1], best[2]) if best and best[0] > 0 else None


def check_times(s: Situation, text: str, mentions: list[times.Mention], today: date | None) -> list[FactIssue]:
    """Each stated time is one the situation gave, in its role; each given time is stated."""
    meeting, proposed = _given_times(s, today)
    labelled = ([("meeting_time", s.meeting_time, meeting)] if meeting else []) + [
        (f"proposed_times[{i}]", t, p) for i, (t, p) in enumerate(zip(s.proposed_times, proposed, strict=True))
    ]
    given = [(t, p) for _, t, p in labelled]
    reason_norm = normalise(s.reason or "")
    out: list[FactIssue] = []
    low = text.lower()
    typed = [(i.start(), i.start() + len(t)) for t, _ in given for i in rx(re.escape(t.lower())).finditer(low)]
    for m in mentions:
        if any(_fits(m, p) for _, p in given):
            continue  # (the end of a range the situation gave fits it too: times.compatible)
        if any(a <= m.start and m.end <= b for a, b in typed):
            continue  # inside a given time quoted as typed (whatever language it was typed in)
        parts = Counter(w for w in _TOKEN.findall(m.text.lower()) if w not in _TIME_GLUE)
        if parts and any(not (parts - Counter(_TOKEN.findall(t.lower()))) and said_in_order(t, text) and _same_clock(m.when, p.when)
                         and (m.when.day is None or p.when.day in (None, m.when.day)) for t, p in given):
            continue  # a piece of a given time the writer split up around its glue ("demain 9h" -> "(demain) alle 9h")
        if _title_date(s, m):
            continue  # "the 30 June launch" for "Prep call for the 30 June launch": the title's own date, no slot
        if _reason_clock(s, m, given, today) and not _offered(s, text, m) and not _dated_in_subject(text, m) and _reason_told(s, text, m):
            continue  # the reason's own hour ("I must pick up the kids at four") on the meeting's day
        if _reason_date(s, m, frozenset(p.when.month for _, p in given if p.when.month)) and not _offered(s, text, m) and not _dates_the_slot(s, text, m):
            continue  # the reason's own date, reworded ("congé débutant le 28 juin" for "commence le 28 juin")
        if reason_norm and _echoes(text, m, reason_norm):
            continue  # the reason's own words ("my flight lands at 18:00"), not a time offered
        if _ends_given_slot(s, m, given):
            continue  # "from 10:00 to 10:30" with a given length of 30 minutes: the end follows from the facts
        if _narrative_day(s, text, m, mentions):
            continue  # "my delivery only arrives on Friday": the reason's own day, no slot
        swapped = _month_first(s, m)
        fit = next((p for _, p in given if swapped is not None and _fits(swapped, p)), None)
        if fit is not None:
            # "12/11" in English: 11 December read month first, 12 November day first. With a weekday that does not
            # fall on the day-first date ("Friday 12/11"), the writer's order is plain: no note.
            y = fit.resolved.year if fit.resolved is not None else None
            settled = m.when.weekday is not None and y is not None and _valid(y, m.when.month, m.when.day) and date(y, m.when.month, m.when.day).weekday() != m.when.weekday
            if not settled:
                out.append(FactIssue("uncertain", f"{m.text!r} can be read day first or month first; read month first it is a given time; write the month as a word", (m.start, m.end)))
            continue
        near = _closest(m, given)
        hint = f" (closest given: {near[0]!r}; the {near[1]} differs)" if near and near[1] else ""
        listed = "; ".join(repr(t) for t, _ in given) or "none"
        out.append(FactIssue("time", f"time not in the situation: {m.text!r}{hint}; use only the given times ({listed})", (m.start, m.end)))
    out += _roles(s, text, mentions, meeting, proposed)
    out += _subject_keeps_old(s, text, mentions, meeting, proposed)
    flagged = {iss.span for iss in out}
    out += [i for i in _subject_offers_old(s, text, mentions, meeting, proposed) if i.span not in flagged]
    norm = normalise(text)
    for field, t, p in labelled:
        if normalise(t) in norm or (not p.when.empty and times.covers(mentions, p)) or said_in_order(t, text):
            continue
        if not p.when.empty and _covered_in_sentence(text, mentions, p):
            continue  # its parts said apart in one sentence ("on Tues 21st instead, again at half past nine")
        if not p.when.empty and _shared_clock(text, mentions, p):
            continue  # one clock said for two days ("à sept heures et demie le lundi 12 ou le mardi 13 mai")
        if field == "meeting_time" and _day_named(s, text, mentions, p, today):
            continue  # the meeting being moved may be named by its day alone ("our meeting on Thursday", "the 18th")
        known_day = meeting is not None and meeting.resolved is not None and p.resolved is not None and p.resolved.date() == meeting.resolved.date()
        after = meeting.resolved.date() if field != "meeting_time" and meeting is not None and meeting.resolved is not None else None
        if not p.when.empty and _named_by_reference(text, mentions, p, today, [q for _, _, q in labelled if q is not p] if known_day else None, after):
            continue  # "Friday at 3", "nästa måndag kl. sex", "torsdag ... halv tre": the day and clock a reader can only take for this time
        if duty(s.intent, field) is Duty.identify and _meeting_named(s, norm):
            # the old slot of a meeting the mail moves, declines, re-routes or answers: naming the meeting ("the
            # squash lesson", "torsdagens styrgruppsmöte") says which one. An omission, not an error: no alarm.
            out.append(FactIssue("omitted", f"not restated: {field} ({t!r}); the meeting is named, so the client can tell which", None, field))
            continue
        out.append(FactIssue("missing", f"missing fact: {field} ({t!r}); state it verbatim", None, field))
    return out


# "next Monday", "lundi prochain", "lunedì prossimo", "volgende week maandag", "nästa måndag": a weekday one week on.
_NEXT_CUE = re.compile(r"(?<!\w)(?:next|the following|coming|prochain\w*|prossim\w*|volgende(?: week)?|komende|aanstaande|nästa|kommande)(?:\s+week)?\s*$", re.IGNORECASE)
_NEXT_AFTER = re.compile(r"^\s*(?:prochain\w*|prossim\w*)(?!\w)", re.IGNORECASE)


# The day before or after the meeting named as such next to a weekday ("the day before, Wednesday", "le lendemain,
# vendredi", "dagen efter, fredag"): that weekday can only be the meeting's neighbour (round 22).
_NEIGHBOUR_DAY = {
    -1: re.compile(r"(?i)(?<!\w)(?:the day before|the previous day|la veille|le jour d['’]avant|il giorno prima|il giorno precedente|"
                   r"la vigilia|de dag ervoor|de dag daarvoor|de dag tevoren|daags ervoor|dagen innan|dagen före|dagen dessförinnan)(?!\w)"),
    1: re.compile(r"(?i)(?<!\w)(?:the day after|the following day|the next day|le lendemain|le jour d['’]après|il giorno dopo|"
                  r"il giorno seguente|l['’]indomani|de dag erna|de dag daarna|de volgende dag|daags erna|dagen efter|dagen därpå|nästa dag)(?!\w)"),
}


def _weekday_names_date(text: str, m: times.Mention, p: times.Parsed, today: date | None, after: date | None = None) -> bool:
    """A weekday said alone names one date when that date is within a week of the reference date, or one week
    further with a "next" word ("next Monday", "nästa måndag"): the reading every reader of the mail shares. A new
    slot offered by weekday alone in a mail that moves a meeting (`after`: the meeting's date) names the first such
    weekday after the meeting ("Wednesday instead of Monday", "potrei venire venerdì" for Wednesday's meeting)."""
    if p.resolved is None or m.when.weekday is None or m.when.weekday != p.resolved.weekday():
        return False
    ahead = (p.resolved.date() - (today or date.today())).days
    if -6 <= ahead <= 6:
        return True
    if after is not None and 1 <= (p.resolved.date() - after).days <= 6 and ahead > 0:
        return True
    if after is not None and abs(step := (p.resolved.date() - after).days) == 1 and _NEIGHBOUR_DAY[step].search(text[max(0, m.start - 40) : m.end + 40]):
        return True  # "the day before, Wednesday at six", "la veille, mercredi", "dagen innan, onsdag": the meeting's neighbour
    inside = rx(r"(?<!\w)(?:next|following|prochain\w*|prossim\w*|volgende|nästa|kommande)(?!\w)", re.IGNORECASE).search(m.text)
    week_on = rx(r"\s+week(?!\w)").match(text[m.end : m.end + 8])  # British "Thursday week": a week after this Thursday
    return 7 <= ahead <= 13 and bool(inside or week_on or _NEXT_CUE.search(text[max(0, m.start - 25) : m.start]) or _NEXT_AFTER.match(text[m.end : m.end + 15]))


def _named_by_reference(text: str, mentions: list[times.Mention], p: times.Parsed, today: date | None, others: list[times.Parsed] | None = None, after: date | None = None) -> bool:
    """A given time said the way people refer to a known slot: its day by weekday (or date) that can only be this
    one, and its clock (if it has one) said in the same paragraph, in any form that fits it ("Half two", "kl. tre").
    A mail that names this one day only ("giovedì sarò in fiera ... Le propongo alle 15.30") puts every clock on it.
    On the meeting's own day (`others` given: the other given times), a weekday no other given time falls on names
    it within two weeks ("Donderdag" for the meeting on the 8th, said on the 30th): both sides know that day, and
    no other given slot could be meant. A new day said by a bare weekday a week on stays ambiguous."""
    g = p.when
    days = [m for m in mentions if m.when.weekday is not None or m.when.day is not None]
    one_day = bool(days) and all(times.compatible(replace(m.when, hour=None, minute=None, loose=False), p) for m in days)
    for m in [*mentions, *_relative_day_mentions(text, p, today)]:
        w = m.when
        if w.weekday is None and w.day is None:
            continue
        if not times.compatible(replace(w, hour=None, minute=None, loose=False), p):
            continue
        if not (w.day is not None and w.day == g.day) and not _weekday_names_date(text, m, p, today, after) and not (others is not None and _only_one_on_weekday(m, p, others, today)):
            continue
        if g.hour is None:
            return True
        para = (0, len(text)) if one_day else _paragraph_bounds(text, m.start)
        for c in mentions:
            cw = c.when
            if cw.hour is None or not (para[0] <= c.start < para[1]):
                continue
            if (cw.minute or 0) != (g.minute or 0):
                continue
            if c is not m and _named_as_replaced(text, c, mentions):
                continue  # "in plaats van de lunch om vier uur": the clock named as the one given up
            if cw.hour == g.hour or (cw.loose and cw.hour + 12 == g.hour):
                if c is m or (cw.weekday is None and cw.day is None) or times.compatible(cw, p):
                    return True
    return False


def _only_one_on_weekday(m: times.Mention, p: times.Parsed, others: list[times.Parsed], today: date | None) -> bool:
    """The weekday said alone is this time's, no other given time falls on it on another date (the call that
    replaces a meeting shares its day), and the date is within two weeks."""
    if p.resolved is None or m.when.weekday is None or m.when.day is not None or m.when.weekday != p.resolved.weekday():
        return False
    if not 0 <= (p.resolved.date() - (today or date.today())).days <= 13:
        return False
    return not any(q.resolved is not None and q.resolved.weekday() == m.when.weekday and q.resolved.date() != p.resolved.date() for q in others)


def _relative_day_mentions(text: str, p: times.Parsed, today: date | None) -> list[times.Mention]:
    """Relative day words ("tomorrow", "domani", "morgen", "i morgon") that name this time's date, read as a day
    mention: the day a reader takes them for, as good as a weekday for naming a slot by reference."""
    if p.resolved is None:
        return []
    ref = today or date.today()
    out = []
    for hit in _RELATIVE_WORD.finditer(text):
        offset = RELATIVE_DAYS.get(hit.group(1).lower())
        if offset is None or (p.resolved.date() - ref).days != offset:
            continue
        d = p.resolved.date()
        out.append(times.Mention(hit.start(), hit.end(), hit.group(0), times.When(weekday=d.weekday(), day=d.day, month=d.month)))
    return out


def _named_as_replaced(text: str, c: times.Mention, mentions: list[times.Mention]) -> bool:
    """An "instead of" earlier in the clock's clause with no other time between: this clock is the old one."""
    lang_cues = "|".join(INSTEAD_STRONG.values())
    start, _ = _sentence_bounds(text, c.start)
    cues = list(rx(rf"(?<!\w)(?:{lang_cues})(?!\w)", re.IGNORECASE).finditer(text[start : c.start]))
    if not cues:
        return False
    after = start + cues[-1].end()
    if rx(r"[,;:]").search(text[after : c.start]):
        return False  # a clause break: the cue governs something else ("in plaats van koffie even bellen, om half elf")
    return not any(after <= o.start < c.start for o in mentions if o is not c)


def _paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n\n", 0, pos)
    end = text.find("\n\n", pos)
    return (0 if start < 0 else start, len(text) if end < 0 else end)


# Between a clock said with one day and the next day it is shared with: only "or"/"and" (round 22).
_SHARED_CLOCK_GAP = re.compile(r"(?i)\s*,?\s*(?:or|and|ou|et|o|oppure|e|of|en|eller|och)\s+(?:on\s+|le\s+|il\s+|di\s+|del\s+|den\s+|de\s+|op\s+|på\s+)?")


def _shared_clock(text: str, mentions: list[times.Mention], p: times.Parsed) -> bool:
    """A given time whose day is said right after another day that carries the clock, joined by "or"/"and" ("at
    7:30 on Monday 12 or Tuesday 13 May", "kl. halv åtta måndag den 12:e eller tisdag den 13 maj"): one clock for both."""
    g = p.when
    if g.hour is None:
        return False
    for d in mentions:
        if d.when.hour is not None or (d.when.day is None and d.when.weekday is None) or not _fits(d, p):
            continue
        for c in mentions:
            w = c.when
            if c.end > d.start or w.hour is None or (w.minute or 0) != (g.minute or 0):
                continue
            if not (w.hour == g.hour or (w.loose and w.hour + 12 == g.hour)):
                continue
            if _SHARED_CLOCK_GAP.fullmatch(text, c.end, d.start):
                return True
    return False


def _covered_in_sentence(text: str, mentions: list[times.Mention], p: times.Parsed) -> bool:
    """A given time whose parts one sentence states in separate pieces that each fit it."""
    by_sentence: dict[tuple[int, int], list[times.When]] = {}
    for m in mentions:
        if _fits(m, p):
            by_sentence.setdefault(_sentence_bounds(text, m.start), []).append(m.when)
    for whens in by_sentence.values():
        if len(whens) < 2:
            continue
        merged = times.When()
        for w in whens:
            merged = times.When(
                weekday=merged.weekday if merged.weekday is not None else w.weekday,
                day=merged.day if merged.day is not None else w.day,
                month=merged.month if merged.month is not None else w.month,
                year=merged.year if merged.year is not None else w.year,
                hour=merged.hour if merged.hour is not None else w.hour,
                minute=merged.minute if merged.hour is not None else w.minute,
                loose=merged.loose if merged.hour is not None else w.loose,
            )
        if times.covers([times.Mention(0, 0, "", merged)], p):
            return True
    return False


def _day_named(s: Situation, text: str, mentions: list[times.Mention], p: times.Parsed, today: date | None) -> bool:
    """The meeting's day is named: by a weekday or day number that fits it, a relative day ("tomorrow's
    fitting", "i morgon"), or a time anchored to it ("at 1 pm the same day")."""
    if any(_fits(m, p) and (m.when.day is not None or m.when.weekday is not None) for m in mentions):
        return True
    if rx(rf"(?<!\w)(?:{SAME_DAY[s.language]})(?!\w)", re.IGNORECASE).search(text):
        return True
    return any(_relative_fits(s, w, today) and _relative_is_meeting(s, w, today) for w in _relative_words(text))


def _relative_words(text: str) -> list[str]:
    return [m.group(1).lower() for m in _RELATIVE_WORD.finditer(text)]


def _relative_is_meeting(s: Situation, word: str, today: date | None) -> bool:
    meeting, _ = _given_times(s, today)
    ref = today or date.today()
    return meeting is not None and meeting.resolved is not None and (meeting.resolved.date() - ref).days == RELATIVE_DAYS[word]


# A wish before a day or a part of the day ("happy Friday", "bonne fin de journée", "buona fine giornata", "fijne
# avond", "trevlig kväll"): a courtesy, never a slot or a deadline.
_WISH = re.compile(r"(?<!\w)(?:happy|good|nice|great|lovely|enjoy(?: the| your)?|bon|bonne|belle|buon|buona|bella|fijne|prettige|fijn|goede|trevlig|trevligt|glad|fin|skön|god|härlig|så trevligt)\s+$", re.IGNORECASE)


def _wished(text: str, word: str) -> bool:
    """Every occurrence of a day or part-of-day word is the object of a wish ("Je vous souhaite une bonne fin de journée")."""
    low = text.lower()
    hits = [h for h in rx(rf"(?<!\w){re.escape(word)}(?!\w)").finditer(low)]
    return bool(hits) and all(_WISH.search(low, max(0, h.start() - 14), h.start()) for h in hits)
# A leave-taking that names when the two will next see each other, opening its sentence ("À la semaine prochaine, et
# travaille bien", "See you next week!", "Alla prossima settimana", "Tot volgende week", "Vi ses nästa vecka").
_FAREWELL = re.compile(r"(?:^|[.!?\n]\s*)(?:à|see you|talk|speak to you|ci vediamo|ci sentiamo|a|alla|tot|vi ses|ses|hörs)\s+$", re.IGNORECASE)


def _farewell(text: str, word: str) -> bool:
    """Every occurrence of a relative day word is the object of a leave-taking at the start of its sentence."""
    low = text.lower()
    hits = [h for h in rx(rf"(?<!\w){re.escape(word)}(?!\w)").finditer(low)]
    return bool(hits) and all(_FAREWELL.search(low[max(0, h.start() - 20) : h.start()]) for h in hits)


_CLAUSE_END = re.compile(r"[,;:()–]|\s-\s")


def _narrative_day(s: Situation, text: str, m: times.Mention, mentions: list[times.Mention]) -> bool:
    """A weekday said alone (no date, no clock) in a body clause that retells the reason and neither offers nor moves
    a time, has no clock and names no meeting: it dates the story ("the parts only arrive Friday"), not a slot.
    A subject line is a headline about the slot: a weekday there is always judged."""
    w = m.when
    if w.weekday is None or w.day is not None or w.hour is not None or m.start < text.find("\n") + 1:
        return False
    if _WISH.search(text, max(0, m.start - 12), m.start):
        return True  # "happy Friday!", "bon vendredi", "fijne vrijdag": a wish, no slot
    a, b = _sentence_bounds(text, m.start)
    cuts = [c for c in _CLAUSE_END.finditer(text, a, b)]
    a = max([a] + [c.end() for c in cuts if c.end() <= m.start])
    b = min([b] + [c.start() for c in cuts if c.start() >= m.end])
    clause = text[a:b]
    if any(a <= o.start < b and o.when.hour is not None for o in mentions):
        return False
    lang = s.language
    if rx(rf"(?:^|\W)(?:{NEW_CUES[lang]}|{OLD_CUES[lang]}|{INSTEAD_STRONG[lang]}|{AFTER_NEW_CUES[lang]})(?!\w)", re.IGNORECASE).search(clause):
        return False
    if _meeting_named(s, normalise(clause)) or rx(rf"(?<!\w)(?:{_MEETING_NOUNS[lang]})(?!\w)", re.IGNORECASE).search(clause):
        return False
    return _tells_reason(s, clause)


def _tells_reason(s: Situation, clause: str) -> bool:
    """The clause retells the reason: it shares a word stem (five letters) with it ("inverter", "consegnati" for
    "il ritardo nella consegna degli inverter"; "matériel" for "ma livraison de matériel est repoussée")."""
    stems = {w[:5] for w in rx(r"[^\W\d_]{5,}").findall(normalise(s.reason or ""))}
    return bool(stems) and any(w[:5] in stems for w in rx(r"[^\W\d_]{5,}").findall(normalise(clause)))


# Where the clause that holds a time starts: a clause break, or a word that leads a new clause ("because", "so").
_CLAUSE_LEAD = re.compile(r"[,;:()–]|\s-\s|(?<!\w)(?:because|since|so|therefore|parce que|car|donc|alors|perché|poiché|quindi|perciò|omdat|want|dus|daarom|eftersom|så|därför)(?!\w)", re.IGNORECASE)


def _clause_to(text: str, start: int, pos: int) -> str:
    """The text of the clause that ends at `pos` (the sentence starting at `start`)."""
    return text[max([start] + [c.end() for c in _CLAUSE_LEAD.finditer(text, start, pos)]) : pos]


def _moves_errand(s: Situation, clause: str) -> bool:
    """A clause that moves something of the reason's own ("the inspector has moved his visit to", "l'ispettore ha
    spostato la sua visita a"): it shares a stem with the reason, other than the moving verb's ("har flyttat vårt möte
    till" shares only "flytta" with "har flyttat sin besiktning"), that the meeting's title does not have."""
    verb = _moving_verb(s.language)
    stems = {w[:5] for w in rx(r"[^\W\d_]{5,}").findall(normalise(s.reason or "")) if not verb.fullmatch(w)}
    stems -= {w[:5] for w in rx(r"[^\W\d_]{5,}").findall(normalise(s.meeting or ""))}
    return bool(stems) and any(w[:5] in stems for w in rx(r"[^\W\d_]{5,}").findall(normalise(clause)) if not verb.fullmatch(w))


# Words for a meeting of any kind: a clause holding one speaks of the slot.
_MEETING_NOUNS = {
    Language.en: r"meeting|appointment|call|session|lesson|visit|review|interview|slot|catch-up|chat",
    Language.fr: r"réunion|rendez-vous|rdv|appel|séance|(?:le|ton|votre|du|au) cours|visite|entretien|créneau|atelier",
    Language.it: r"riunione|appuntamento|incontro|chiamata|telefonata|sessione|lezione|visita|colloquio|sopralluogo",
    Language.nl: r"vergadering|afspraak|meeting|gesprek|overleg|sessie|les|bezoek|belafspraak",
    Language.sv: r"möte|mötet|möten|samtal|samtalet|besök|besöket|lektion|lektionen|pass|passet|genomgång|genomgången|träff|träffen|bokning|bokningen",
}


def _offered(s: Situation, text: str, m: times.Mention) -> bool:
    """Words before the time in its sentence present it as an option ("Or we could talk at 18:00")."""
    sent_start, _ = _sentence_bounds(text, m.start)
    before = text[max(sent_start, m.start - 60) : m.start]
    cause = list(_CAUSE.finditer(before))
    if cause:  # "the time you propose won't work because on Friday I am away": the cue is before the reason's clause
        before = before[cause[-1].end() :]
    return rx(rf"(?:^|\W)(?:{NEW_CUES[s.language]})(?!\w)", re.IGNORECASE).search(before) is not None


# A causal connective: what follows it is the reason's clause, not an offer.
_CAUSE = re.compile(r"(?<!\w)(?:because|as|since|parce que|parce qu'|car|puisque|perché|poiché|siccome|dato che|omdat|aangezien|want|eftersom|för att)(?!\w)", re.IGNORECASE)


def _dated_in_subject(text: str, m: times.Mention) -> bool:
    """A day with a clock in the subject line names the slot the mail is about ("Onsdag kl. 14 – en halvtimme"):
    never the reason's errand, whose hour may only be told in the body."""
    w = m.when
    return m.start < text.find("\n") and w.hour is not None and not replace(w, hour=None, minute=None, loose=False).empty


_WORDISH = re.compile(r"[^\W\d_]{4,}")


def _reason_told(s: Situation, text: str, m: times.Mention) -> bool:
    """The reason's clock said with a day ("à lundi, 15 h", "tot maandag om 15.00 uur") belongs to the reason only where
    its sentence tells the reason (one of its words, or their first five letters, is there); alone it is a slot.
    A bare clock needs no words around it ("ik moet om vier uur weg": the meeting's day is understood)."""
    if replace(m.when, hour=None, minute=None, loose=False).empty:
        return True
    a, b = _sentence_bounds(text, m.start)
    sentence = normalise(text[a:m.start] + " " + text[m.end:b])
    stems = {w[:5] for w in _WORDISH.findall(sentence)}
    return any(w[:5] in stems for w in _WORDISH.findall(normalise(s.reason or "")))


def _reason_clock(s: Situation, m: times.Mention, given: list[tuple[str, times.Parsed]], today: date | None) -> bool:
    """A clock time the reason itself states ("ik moet om vier uur de kinderen ophalen"), said on the day of a
    given time or on no day: the reason's own words, not a time offered."""
    if not s.reason or m.when.hour is None:
        return False
    w = m.when
    for r in times.scan(s.reason):
        rw = r.when
        if rw.hour is None or (rw.minute or 0) != (w.minute or 0):
            continue
        if not (rw.hour == w.hour or (w.loose and w.hour + 12 == rw.hour) or (rw.loose and rw.hour + 12 == w.hour)):
            continue
        day_part = replace(w, hour=None, minute=None, loose=False)
        if day_part.empty or any(p is not None and not p.when.empty and times.compatible(day_part, p) for _, p in given):
            return True
    return False


_NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])")


def _month_first(s: Situation, m: times.Mention) -> times.Mention | None:
    """An English numeric date read the other way ("12/11" as 11 December): English writers use both orders, so a
    reading the checker cannot rule out is not an error (the other languages write the day first). None when the
    mention has no such date, or the two numbers are equal or one cannot be a month."""
    if s.language is not Language.en or m.when.day is None or m.when.month is None:
        return None
    found = _NUMERIC_DATE.search(m.text)
    if found is None or int(found.group(1)) != m.when.day or int(found.group(2)) != m.when.month or m.when.day > 12 or m.when.day == m.when.month:
        return None
    return replace(m, when=replace(m.when, day=m.when.month, month=m.when.day))


def _valid(y: int, month: int, day: int) -> bool:
    try:
        date(y, month, day)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=256)
def _title_dates(title: str) -> tuple[times.Mention, ...]:
    return tuple(times.scan_dates(title))


def _title_date(s: Situation, m: times.Mention) -> bool:
    """A date with no clock that the meeting's own name states ("la soirée du 30 juin", "the 12/3 release"): part of
    the name, not a time of the meeting. With a clock, or another day, it is judged like any time."""
    w = m.when
    if not s.meeting or w.hour is not None or w.day is None:
        return False
    for t in _title_dates(s.meeting):
        tw = t.when
        if tw.day == w.day and (tw.month is None or w.month is None or tw.month == w.month) and (tw.month or w.month) and (
                tw.weekday is None or w.weekday is None or tw.weekday == w.weekday):
            return True
    return False


_WORD = re.compile(r"[^\W\d_]+")


def _dates_the_slot(s: Situation, text: str, m: times.Mention) -> bool:
    """The reason's day said beside the meeting rather than beside the reason's own words: "since Monday's storm" /
    "depuis l'orage de lundi" date the story, but "move our tasting on Monday" / "notre dégustation de lundi" date
    the slot, and there the day must be the meeting's. The nearest words on each side decide (three each, in the
    clause); with no reason word beside it, a clause that names the meeting or offers or moves a time decides."""
    a, b = _sentence_bounds(text, m.start)
    cuts = list(_CLAUSE_END.finditer(text, a, b))
    a = max([a] + [c.end() for c in cuts if c.end() <= m.start])
    b = min([b] + [c.start() for c in cuts if c.start() >= m.end])
    near = _WORD.findall(normalise(text[a : m.start]))[-3:] + _WORD.findall(normalise(text[m.end : b]))[:3]
    stems = {w[:5] for w in _WORD.findall(normalise(s.reason or "")) if len(w) >= 5 and w not in times._WEEKDAYS}
    if any(w[:5] in stems for w in near if len(w) >= 5 and w not in times._WEEKDAYS):
        return False
    clause, lang = text[a:b], s.language
    if _meeting_named(s, normalise(" ".join(near))) or rx(rf"(?<!\w)(?:{_MEETING_NOUNS[lang]})(?!\w)", re.IGNORECASE).search(" ".join(near)):
        return True
    return bool(rx(rf"(?:^|\W)(?:{NEW_CUES[lang]}|{OLD_CUES[lang]}|{INSTEAD_STRONG[lang]}|{AFTER_NEW_CUES[lang]})(?!\w)", re.IGNORECASE).search(clause))


def _reason_date(s: Situation, m: times.Mention, months: frozenset[int] = frozenset()) -> bool:
    """A date with no clock that the reason itself states (same day and month, or same weekday). A reason's bare
    day ("remis le 18") completed with the month of the given times ("le 18 janvier") is the same date."""
    w = m.when
    if not s.reason or w.hour is not None or (w.day is None and w.weekday is None):
        return False
    for r in times.scan(s.reason):
        rw = r.when
        if w.day is not None and rw.day == w.day and (w.month is None or rw.month == w.month or (rw.month is None and w.month in months)):
            return True
        if w.day is None and w.weekday is not None and rw.weekday == w.weekday:
            return True
    return False


def _ends_given_slot(s: Situation, m: times.Mention, given: list[tuple[str, times.Parsed]]) -> bool:
    """A bare clock time that is a given time plus the given duration (or plus the meeting's own length)."""
    w = m.when
    if s.duration_minutes is None or w.hour is None or w.has_date or w.weekday is not None:
        return False
    end = w.hour * 60 + (w.minute or 0)
    return any(p.when.hour is not None and p.when.hour * 60 + (p.when.minute or 0) + s.duration_minutes == end for _, p in given)


# Words a writer adds around a typed time ("demain 9h" -> "demain à 9 h", "Fri 3pm" -> "on Friday at 3pm").
_TIME_GLUE = frozenset({"at", "on", "à", "a", "le", "alle", "ore", "om", "uur", "u", "kl", "klockan", "på", "h", "am", "pm"})
_TOKEN = re.compile(r"\d+|[^\W\d_]+")


def said_in_order(value: str, text: str, *, gap: int = 2) -> bool:
    """A typed time said in its natural form: its numbers and words in the same order, close together, a word
    matching its spelled-out form ("Sat" -> "Saturday", "Dec" -> "December"), only time glue added between."""
    raw = _TOKEN.findall(value.lower())
    # ":00" may go unsaid ("kl 17:00" -> "kl. 17"), as the scanner reads "kl. 17" as 17:00
    want = [t for i, t in enumerate(raw) if t not in _TIME_GLUE and not (t == "00" and i and raw[i - 1].isdigit())]
    have = _TOKEN.findall(text.lower())
    if not want:
        return False

    def same(w: str, h: str) -> bool:
        return int(w) == int(h) if w.isdigit() and h.isdigit() else (not w.isdigit() and not h.isdigit() and h.startswith(w))

    for start, token in enumerate(have):
        if not same(want[0], token):
            continue
        i, at = 1, start
        while i < len(want):
            nxt = next((j for j in range(at + 1, min(len(have), at + 2 + gap)) if same(want[i], have[j])), None)
            if nxt is None or any(have[k] not in _TIME_GLUE for k in range(at + 1, nxt)):
                break
            i, at = i + 1, nxt
        if i == len(want):
            return True
    return False


def _cue(table: dict[Language, str], language: Language) -> re.Pattern[str]:
    return _cue_pattern(table[language])


@lru_cache(maxsize=64)
def _cue_pattern(alternation: str) -> re.Pattern[str]:
    return rx(rf"(?:^|\W)(?:{alternation}){_FILLER}", re.IGNORECASE)


_SENTENCE_END = re.compile(r"[!?\n]|\.(?=\s+[A-ZÀ-ÖØ-Þ]|\s*$|\s*\n)")


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    # search the whole text: a window ending at pos would let "kl. 11" end a sentence at its own full stop
    start = max((m.end() for m in _SENTENCE_END.finditer(text) if m.end() <= pos), default=0)
    end = _SENTENCE_END.search(text, pos)
    return start, end.start() if end else len(text)


def _echoes(text: str, m: times.Mention, reason: str) -> bool:
    """The mention sits in the reason's own words: the words before it in the draft are the ones before it there."""
    said = normalise(m.text)
    at = reason.find(said)
    if at < 0:
        return False
    before_reason = reason[:at].split()[-2:]
    before_draft = normalise(text[: m.start]).split()[-len(before_reason) :] if before_reason else []
    return bool(before_reason) and before_reason == before_draft


def _instead_before(between: str, lang: Language) -> bool:
    """"instead of" governing the later time: at most a few words before it, in the same clause ("om half tien in
    plaats van om elf uur"); "rather than meeting at 10:30; we can call on Monday 14 December" governs 10:30 only."""
    return (rx(rf"(?:^|\W)(?:{INSTEAD_STRONG[lang]})(?!\w)[^,;:\n]{{0,30}}$", re.IGNORECASE).search(between) is not None
            or _named_replaced(between, lang))


# Before the old time, a clause naming it as the one given up: "instead of" and a few words of the same clause
# ("instead of meeting at the library on", "au lieu de nous voir à la cave", "i stället för att träffas i källaren
# på"), or a negation right after a comma or "and / but" ("..., not Thursday as planned", "et non jeudi", "niet donderdag").
_NOT_OLD = {  # (the conjunction that may lead the negation, the negation, a preposition after it)
    Language.en: ("and|but", "not", "on|at"),
    Language.fr: ("et|mais", "pas|non|et non|et pas", "le|à"),
    Language.it: ("e|ma", "non|e non", "il|alle"),
    Language.nl: ("en|maar", "niet|en niet", "op|om"),
    Language.sv: ("och|men", "inte|och inte", "på|kl\\.?"),
}


def _named_replaced(before: str, lang: Language) -> bool:
    """The text before a time names that time as the one given up."""
    conj, neg, prep = _NOT_OLD[lang]
    return rx(
        rf"(?:(?:^|\W)(?:{INSTEAD_STRONG[lang]})(?!\w)(?:[^\S\n]+[^\s\d,;:.!?]{{1,20}}){{0,7}}"
        rf"|(?:[,;–—]|(?<!\w)(?:{conj}))[^\S\n]*(?<!\w)(?:{neg})(?:[^\S\n]+(?:{prep}))?)[^\S\n]*$",
        re.IGNORECASE,
    ).search(before) is not None


# A verb that moves the meeting, its object (up to seven words of one clause, no digit) and the preposition of the
# destination right before a time: "moving the printing of your cards to", "déplacer l'impression de vos cartons au",
# "spostare la stampa dei biglietti a", "het drukken van de kaarten verplaatsen naar", "flytta tryckningen av korten
# till". The time after it is where the meeting goes: the new slot, whatever the subject line says. Bringing forward
# ("brought forward to", "anticipato a", "avancé au") is left out: in these mails it moves the reason's own errand, and so
# does a clause that retells the reason ("the inspector moved his visit to Friday").
MOVED_TO = {
    Language.en: (r"mov(?:e|es|ed|ing)|reschedul\w*|postpon\w*|push(?:es|ed|ing)?|shift(?:s|ed|ing)?", r"to|until|till"),
    Language.fr: (r"déplac\w*|report(?:e|er|ons|ez|é|ée|és|ées|erai|erions|erait)|décal\w*|repouss\w*|reprogramm\w*", r"au|à|pour"),
    Language.it: (r"spost\w*|rinvi\w*|rimand\w*|posticip\w*|riprogramm\w*", r"a|al|ad|alle|per"),
    Language.nl: (r"verplaats\w*|verzet\w*|verschuiv\w*|opschuiv\w*|schuiv\w*|verleg\w*", r"naar|tot"),
    Language.sv: (r"flytt\w*|skjut\w*|senareläg\w*|tidigareläg\w*", r"till"),
}


@lru_cache(maxsize=8)
def _moved_to(language: Language) -> re.Pattern[str]:
    verb, to = MOVED_TO[language]
    return rx(rf"(?<!\w)(?:{verb})(?:[^\S\n]+[^\s\d,;:.!?()]{{1,20}}){{0,7}}?[^\S\n]+(?:{to})[^\S\n]+(?:(?:the|on|le|il|lo|la|op|på|den)[^\S\n]+)?$", re.IGNORECASE)


# Dutch may put the verb after the destination ("de afspraak naar woensdag 3 juni te verzetten"): "naar" before the
# time and the moving verb right after it.
_NL_TO = re.compile(r"(?<!\w)naar[^\S\n]+(?:op[^\S\n]+)?$", re.IGNORECASE)
_NL_VERB_AFTER = re.compile(r"[^\S\n]+(?:te[^\S\n]+)?(?:verplaats|verzet|verschuiv|opschuiv|schuiv|verleg)\w*", re.IGNORECASE)


@lru_cache(maxsize=8)
def _moving_verb(language: Language) -> re.Pattern[str]:
    return rx(rf"(?<!\w)(?:{MOVED_TO[language][0]})(?!\w)", re.IGNORECASE)


# A verb that proposes, the activity it proposes (up to seven words of one clause, no digit) and an optional
# preposition right before a time: "I propose we do the tasting on", "nous vous proposons d'assister à la dégustation
# le", "Le propongo di fare la degustazione", "ik stel daarom voor de proeverij te houden op", "jag föreslår att vi håller
# provningen på". The time there is the one offered, so the meeting's own slot there is presented as new. A last word
# that names where the meeting comes from ("from", "du", "dal", "van", "från") leaves it alone.
PROPOSED_AT = {
    Language.en: (r"propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?", r"on|at|for"),
    Language.fr: (r"propos\w*|sugg[èé]r\w*", r"le|au|à|pour"),
    Language.it: (r"propo\w*|suggeri\w*", r"il|a|al|alle|per"),
    Language.nl: (r"stel|stellen|voorstel\w*|voor te stellen", r"op|om"),
    Language.sv: (r"föreslå\w*", r"på|den"),
}
_FROM_WORDS = re.compile(r"(?<!\w)(?:from|of|du|de|des|dal|dalla|da|del|della|di|van|från|instead|rather|than)[^\S\n]*$", re.IGNORECASE)

# A relative clause right after the slot that refuses it (", qui ne nous convient pas", ", che non va", ", which does not suit").
_REFUSED_AFTER = re.compile(r"[^\S\n]*,[^\S\n]*(?:which|that|qui|che|die|dat|som)(?!\w)[^,;:()\n]{0,40}?(?<!\w)(?:not|n't|never|pas|non|niet|geen|nooit|inte|ej|aldrig)(?!\w)", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?(?!\w)")


@lru_cache(maxsize=8)
def _proposed_at(language: Language) -> re.Pattern[str]:
    verb, at = PROPOSED_AT[language]
    return rx(rf"(?<!\w)(?:{verb})(?:[^\S\n]+[^\s\d,;:.!?()]{{1,20}}){{0,7}}?(?:[^\S\n]+(?:{at}))?(?:[^\S\n]+(?:the|le|il|lo|la|op|på|den))?[^\S\n]+$", re.IGNORECASE)


def _proposed_there(s: Situation, text: str, sent_start: int, m: times.Mention, lang: Language) -> bool:
    """The time is named as the one a proposing verb offers ("I propose we do the check on <time>")."""
    if m.when.day is None or _POSSESSIVE.match(text, m.end):
        return False  # a bare clock or weekday ("the Wednesday tasting", "onsdagens provning") may name the meeting itself
    before = text[max(sent_start, m.start - 120) : m.start]
    hit = _proposed_at(lang).search(before)
    if hit is None or _FROM_WORDS.search(before) or _cue(OLD_CUES, lang).search(hit.group(0)) or _NEGATED.search(before[: hit.start() + 1]):
        return False
    if rx(rf"(?:^|\W)(?:{INSTEAD_STRONG[lang]})(?!\w)", re.IGNORECASE).search(hit.group(0)):
        return False  # "I propose ... instead of meeting on <old>": the slot given up
    if offer.named_as_moved(lang, text, max(sent_start, m.start - 120) + hit.start(), m.start, m.end):
        return False  # "I suggest we cancel what we had on <old>", "jag föreslår att provningen <old> flyttas": the slot moved
    end = _sentence_bounds(text, m.start)[1]
    if _NEGATED_AFTER.match(text, m.end, end) or _REFUSED_AFTER.match(text, m.end, end):
        return False  # "je vous propose d'oublier <old>, qui ne nous convient pas": refused, not offered
    return not _moves_errand(s, _clause_to(text, sent_start, m.start))


def _moved_there(s: Situation, text: str, sent_start: int, m: times.Mention, lang: Language) -> bool:
    """The time is named as where the meeting is moved to (not where it is moved from)."""
    before = text[max(sent_start, m.start - 120) : m.start]
    if lang is Language.nl and _NL_TO.search(before) and _NL_VERB_AFTER.match(text, m.end):
        moved = True
    else:
        hit = _moved_to(lang).search(before)
        moved = hit is not None and not _cue(OLD_CUES, lang).search(hit.group(0)) and not _NEGATED.search(before[: hit.start() + 1])
    return moved and not _moves_errand(s, _clause_to(text, sent_start, m.start))


def _roles(s: Situation, text: str, mentions: list[times.Mention], meeting: times.Parsed | None, proposed: list[times.Parsed]) -> list[FactIssue]:
    """The old time never offered as new, a new option never presented as the one being moved."""
    if s.intent not in MOVING or meeting is None or meeting.when.empty or not proposed:
        return []
    lang = s.language
    role: dict[int, str] = {}
    # when a proposed time is on the meeting's own day, the clock alone tells the old slot from the new one
    same_day = meeting.resolved is not None and any(p.resolved is not None and p.resolved.date() == meeting.resolved.date() for p in proposed)
    for i, m in enumerate(mentions):
        dated = m.when.day is not None or m.when.weekday is not None
        is_old = _fits(m, meeting) and (dated or (same_day and m.when.hour is not None))
        # a bare clock that is both the meeting's clock and a proposed one ("rather than meeting at 10:30" when the
        # call is also at 10:30) names neither slot: it takes no role
        is_new = any(_fits(m, p) for p in proposed) and (dated or is_old or not _fits(m, meeting))
        if is_old != is_new:
            role[i] = "old" if is_old else "new"
    out: list[FactIssue] = _order(s, text, mentions, role)
    flagged = {iss.span for iss in out}
    reason_norm = normalise(s.reason or "")
    for i, r in role.items():
        m = mentions[i]
        if (m.start, m.end) in flagged:
            continue
        if r == "old" and reason_norm and _echoes(text, m, reason_norm):
            continue  # the reason's own words ("har flyttat sin besiktning till torsdag"): its cue moves its errand, not the slot
        line_start = text.rfind("\n", 0, m.start) + 1
        sent_start, sent_end = _sentence_bounds(text, m.start)
        before = text[max(line_start, sent_start, m.start - 40) : m.start]
        bullet = rx(r"\s*(?:[-*•]|\d+[.)])\s").match(text[line_start : m.start + 1])
        others = [(j, mentions[j]) for j, rr in role.items() if rr != r and sent_start <= mentions[j].start < sent_end]
        earlier = any(o.start < m.start for _, o in others)
        later = any(o.start > m.start for _, o in others)
        if r == "old":
            after_new = rx(rf"\W*(?:{AFTER_NEW_CUES[lang]})(?!\w)", re.IGNORECASE).match(text[m.end : max(m.end, min(m.end + 25, sent_end))])
            replaced = rx(rf"(?:^|\W)(?:{INSTEAD_STRONG[lang]})(?:\s*\S+){{0,3}}\s*$", re.IGNORECASE).search(text[max(sent_start, m.start - 60) : m.start]) \
                or _named_replaced(text[max(sent_start, m.start - 100) : m.start], lang)
            call_cue = s.intent is Intent.switch_to_call and _cue(CALL_NEW, lang).search(before)
            new_cue = _cue(NEW_CUES, lang).search(before)
            if new_cue and _NEGATED.search(before[: new_cue.start() + 1]):
                new_cue = None  # "sorry not to see you on Tuesday", "je ne pourrai pas vous voir": no offer
            if new_cue and offer.changed_after(lang, text, m.end):
                new_cue = None  # "Kunnen we woensdag om 10 uur verzetten naar ...?": the verb after the slot moves it
            if new_cue and _NEGATED_AFTER.match(text, m.end, sent_end):
                new_cue = None  # "Helaas kunnen we vrijdag om 14.00 uur niet aanwezig zijn": the negation follows the slot
            if new_cue and _moving_verb(lang).search(new_cue.group(0)) and _moves_errand(s, _clause_to(text, sent_start, m.start)):
                new_cue = None  # "l'inspecteur a déplacé sa visite au vendredi": the reason's errand moved, no offer
            # "om half tien in plaats van om elf uur", "jeudi à 9 h au lieu de 11 h": the time after "instead of" is the one
            # given up, so this one is presented as the new one
            swapped_in = any(o.start > m.end and _instead_before(text[m.end : o.start], lang) for _, o in others)
            presented_new = not replaced and (bullet or after_new or call_cue or new_cue or swapped_in or (earlier and _cue(WEAK_NEW, lang).search(before))
                                               or _moved_there(s, text, sent_start, m, lang) or _proposed_there(s, text, sent_start, m, lang)
                                               or _offered_by_sentence(s, text, (sent_start, sent_end), m, [(o.start, o.end) for _, o in others]))
            if presented_new:
                out.append(FactIssue("time_role", f"{m.text!r} is the meeting being moved ({s.meeting_time!r}), but it is presented as a new option; offer only the proposed times", (m.start, m.end)))
        else:
            ahead = rx(rf"(?<!\w)(?:{FORWARD[lang]})(?!\w)", re.IGNORECASE).search(text[sent_start : m.start])
            # "på torsdag kl. 14 i stället för kl. 10": the later time is the one given up, so this one is the new one
            swapped_out = any(o.start > m.end and _instead_before(text[m.end : o.start], lang) for _, o in others)
            presented_old = not bullet and not ahead and not swapped_out and (_cue(OLD_CUES, lang).search(before) or (later and _cue(WEAK_OLD, lang).search(before))
                                                                             or _moved_by_sentence(s, text, (sent_start, sent_end), m, [(o.start, o.end) for _, o in others]))
            if presented_old:
                out.append(FactIssue("time_role", f"{m.text!r} is a proposed new time, but it is presented as the meeting being moved; the meeting is {s.meeting_time!r}", (m.start, m.end)))
    return out


def _offered_by_sentence(s: Situation, text: str, sentence: tuple[int, int], m: times.Mention, others: list[tuple[int, int]]) -> bool:
    """The body's sentence offers the time by its own shape (a question about it, a predicate of fit); the subject
    line and the reason's own clause are left to the cues."""
    if m.start <= text.find("\n") or _CAUSE.search(text[sentence[0] : m.start]) or _cue(OLD_CUES, s.language).search(text[sentence[0] : m.start]):
        return False  # the subject, the reason's clause, a time named as planned ("gepland op") are not offers
    return offer.offered_by_sentence(s.language, text, sentence, (m.start, m.end), others, medium_change=s.intent in (Intent.switch_to_call, Intent.switch_to_email))


def _moved_by_sentence(s: Situation, text: str, sentence: tuple[int, int], m: times.Mention, others: list[tuple[int, int]]) -> bool:
    """The body's clause around a proposed time moves or calls it off (offer.presented_as_moved); the subject line and
    the reason's own clause are left alone."""
    if m.start <= text.find("\n") or _CAUSE.search(text[sentence[0] : m.start]) or (m.when.day is None and m.when.weekday is None):
        return False
    return offer.presented_as_moved(s.language, text, sentence, (m.start, m.end), others)


# Words of change in a subject line ("Moving our review", "Nouvelle date", "Verzet: ...", "Ny tid?"); a reply's or a
# forward's prefix ("Re:", "Sv:", "Antw:") quotes the invitation's own subject.
_SUBJECT_CHANGE = re.compile(
    r"(?<!\w)(?:mov\w*|resched\w*|chang\w*|new|instead|postpon\w*|cancel\w*|shift\w*|push\w*|later|earlier|another|other|alternative\w*|replac\w*|"
    r"déplac\w*|report\w*|nouve\w*|nouvel\w*|changement|modif\w*|annul\w*|autre\w*|décal\w*|plutôt|"
    r"spost\w*|rinvi\w*|rimand\w*|nuov\w*|cambi\w*|annull\w*|altr[oaie]|invece|posticip\w*|anticip\w*|"
    r"verzet\w*|verplaats\w*|verschuiv\w*|nieuw\w*|ander\w*|wijzig\w*|afzeg\w*|afgezegd|later|eerder|"
    r"flytt\w*|ny|nytt|nya|ändr\w*|inställ\w*|avbok\w*|annan|annat|senare|tidigare|istället)(?!\w)|\?|^\s*(?:re|sv|aw|antw|r|rif|fw|fwd|tr|vs)\s*:",
    re.IGNORECASE,
)


def _subject_keeps_old(s: Situation, text: str, mentions: list[times.Mention], meeting: times.Parsed | None, proposed: list[times.Parsed]) -> list[FactIssue]:
    """A subject line that names the old slot (its day and clock) in a mail moving the meeting to another slot, with
    no word of change, reads as the slot that stands ("Review: Thursday 11 November at 10:00")."""
    if s.intent not in (Intent.reschedule, Intent.switch_to_call) or meeting is None or meeting.when.empty or not proposed:
        return []
    if any(_same(meeting, p) for p in proposed):
        return []  # a call in the meeting's own slot keeps it
    end = text.find("\n")
    subject = text[: end if end >= 0 else len(text)]
    if _SUBJECT_CHANGE.search(subject):
        return []
    in_subject = [m for m in mentions if m.end <= len(subject)]
    if any(_fits(m, p) for m in in_subject for p in proposed):
        return []
    for m in in_subject:
        if m.when.hour is not None and (m.when.day is not None or m.when.weekday is not None) and _fits(m, meeting):
            return [FactIssue("time_role", f"the subject names the old slot {m.text!r} as if it stands; name the new time or say that the meeting moves", (m.start, m.end))]
    return []


_SUBJECT_NEW = re.compile(r"(?<!\w)(?:new|nouvel\w*|nouveau|nuov[oa]|nieuwe?|ny|nytt|nya)(?!\w)", re.IGNORECASE)


def _subject_offers_old(s: Situation, text: str, mentions: list[times.Mention], meeting: times.Parsed | None, proposed: list[times.Parsed]) -> list[FactIssue]:
    """A subject line that calls the old slot new ("New date: Wednesday 9 December at 10:00") while it names no
    proposed time. Before the word it names the meeting that gets a new time ("Tasting 9 December: new time")."""
    if s.intent not in MOVING or meeting is None or meeting.when.empty or not proposed or any(_same(meeting, p) for p in proposed):
        return []
    end = text.find("\n")
    subject = text[: end if end >= 0 else len(text)]
    if not _SUBJECT_NEW.search(subject):
        return []
    in_subject = [m for m in mentions if m.end <= len(subject)]
    if any(_fits(m, p) for m in in_subject for p in proposed):
        return []
    new_word = _SUBJECT_NEW.search(subject)
    for m in in_subject:
        if m.start < new_word.end():
            continue  # "Tasting den 14 december: ny tid": the slot before the word names the meeting that gets a new time
        between = subject[new_word.end() : m.start]
        # "Ny tid för vårt möte den 14 december": the date after the meeting's noun names the meeting, not the new time
        about_meeting = rx(rf"(?<!\w)(?:{_MEETING_NOUNS[s.language]}|for|pour|per|voor|för)(?!\w)", re.IGNORECASE).search(between) or _meeting_named(s, normalise(between))
        if m.when.day is not None and _fits(m, meeting) and not about_meeting and not _FROM_WORDS.search(subject[: m.start]) \
                and not _cue(OLD_CUES, s.language).search(subject[: m.start]) and not _cue(INSTEAD, s.language).search(subject[: m.start]):
            return [FactIssue("time_role", f"the subject calls the old slot {m.text!r} new; name the proposed time", (m.start, m.end))]
    return []


# A negation just before an offer cue turns it into its opposite ("not to see you", "didn't meet", "non ci vediamo").
# A negation later in the same clause, as Dutch and Swedish word order puts it ("kunnen we vrijdag niet", "kan vi
# torsdag tyvärr inte", "we can Friday not"): the clause refuses the slot rather than offers it.
_NEGATED_AFTER = re.compile(r"[^,;:()\n]{0,40}?(?<!\w)(?:not|n't|never|pas|non|niet|geen|nooit|inte|ej|aldrig)(?!\w)", re.IGNORECASE)
_NEGATED = re.compile(r"(?:^|\W)(?:not(?: to)?|n't|never|no longer|pas|plus|non|niet|geen|inte|ej|aldrig)\W+(?:\w+\W+)?$", re.IGNORECASE)


# In a mail that turns the meeting into a call, the call is the new arrangement: a time tied to it is its time.
CALL_NEW = {
    # the call's own nouns need no preposition ("Belafspraak dinsdag 7 september om 16.00 uur", "Phone call: Tuesday
    # 10:00"): a subject or clause that names the call with a time states the call's time
    Language.en: r"(?:phone |video )?call(?: (?:at|on|for))?|ring (?:at|on)|phone (?:at|on)|phone appointment(?: (?:at|on|for))?",
    Language.fr: r"appel(?: téléphonique)?(?: (?:à|le|pour))?|visio(?:conférence)?(?: (?:à|le))?|téléphone (?:à|le)|rendez-vous téléphonique(?: (?:à|le))?",
    Language.it: r"(?:telefonata|chiamata|videochiamata)(?: (?:alle|il|a|per))?|telefono (?:alle|il)|appuntamento telefonico(?: (?:alle|il|per))?",
    Language.nl: r"(?:telefoon|video)gesprek(?: om| op)?|gesprek om|belafspraak(?: om| op)?|bellen om|(?:telefonisch|videocall)(?: om| op)?|telefonische afspraak(?: om| op)?",
    Language.sv: r"(?:telefon|video)samtal(?: (?:kl\.?|klockan|på))?|samtal (?:kl\.?|klockan|på)|ringa (?:kl\.?|på)|(?:video|telefon)möte(?: (?:kl\.?|klockan|på))?",
}


# Before the old time, words that name it as the one replaced ("instead of Thursday"): no swap then.
INSTEAD = {
    Language.en: r"instead of|rather than|replac\w*|from",
    Language.fr: r"au lieu d(?:[ue]|')|plutôt qu(?:e|')|à la place d(?:[ue]|')|du",
    Language.it: r"invece d[ie]l?|invece che|anziché|al posto d[ie]l?|da|dal",
    Language.nl: r"in plaats van|i\.p\.v\.|van",
    Language.sv: r"i stället för|istället för|från",
}


# The same, without the bare prepositions: may stand a few words before the old time ("invece di vederci martedì").
INSTEAD_STRONG = {
    Language.en: r"instead of|rather than",
    Language.fr: r"au lieu d(?:[ue]|')|plutôt qu(?:e|')|à la place d(?:[ue]|')",
    Language.it: r"invece d[ie]l?|invece che|anziché|al posto d[ie]l?",
    Language.nl: r"in plaats van|i\.p\.v\.",
    Language.sv: r"i stället för|istället för",
}


def _order(s: Situation, text: str, mentions: list[times.Mention], role: dict[int, str]) -> list[FactIssue]:
    """The meeting being moved is named before the new options in any natural reply; a body that names a new
    option first and the meeting time after it, as an offer, has them swapped."""
    body_start = text.find("\n") + 1
    in_body = [(i, role[i]) for i in sorted(role) if mentions[i].start >= body_start]
    if not in_body or in_body[0][1] != "new":
        return []
    for i, r in in_body:
        if r != "old":
            continue
        m = mentions[i]
        line_start = text.rfind("\n", 0, m.start) + 1
        before = text[max(line_start, m.start - 40) : m.start]
        if _cue(INSTEAD, s.language).search(before) or _cue(OLD_CUES, s.language).search(before):
            continue
        if rx(rf"(?:^|\W)(?:{INSTEAD_STRONG[s.language]})(?:\s*\S+){{0,3}}\s*$", re.IGNORECASE).search(before):
            continue
        if _named_replaced(text[max(line_start, m.start - 100) : m.start], s.language):
            continue  # "rather than meeting at 10", "invece che vederci alle 9": named as the one replaced
        return [FactIssue("time_role", f"{m.text!r} is the meeting being moved ({s.meeting_time!r}), but it comes after a new option as if it were one: the times look swapped", (m.start, m.end))]
    return []


def _meeting_named(s: Situation, norm: str) -> bool:
    """The meeting named by most of its words, its longest word, or its head noun ("the fitting", "de pasbeurt")."""
    if not s.meeting:
        return False
    content = [w for w in rx(r"[^\W\d_]{4,}").findall(normalise(s.meeting))]
    longest = max(content, key=len, default="")
    if content and (sum(w in norm for w in content) / len(content) >= 0.5 or (len(longest) >= 6 and longest in norm)):
        return True
    if any(_phrase_named(phrase, norm) for phrase in _title_phrases(s.meeting, s.language)):
        return True  # named by its topic alone: "the fete poster" for "Chat about the village fete poster"
    compounds = [w for w in content if len(w) >= 10]
    if compounds and any(len(w) >= 6 and any(c.startswith(w) or _inflected_prefix(w, c) for c in compounds) for w in set(rx(r"[^\W\d_]{6,}").findall(norm))):
        return True  # the first part of a compound title: "coachning" for "Coachningssession", "keramiken" for "Keramikkurs"
    if s.language in (Language.fr, Language.en) and _clipped_named(content, norm):
        return True  # a clipped form: "l'apéro" for "Apéritif", "the demo" for "Product demonstration", "l'expo"
    if s.language in (Language.nl, Language.sv) and _compound_head_named(content, norm):
        return True  # the head of a compound title: "ritningen" for "trädgårdsritningen", "behandlingen" for "Massagebehandling"
    heads = _head_nouns(s.meeting, s.language)
    # a hyphenated type is written three ways, in the title as in the mail: "stand-up", "standup", "stand up"
    flat = norm.replace("-", "")
    if any(rx(rf"(?<!\w){re.escape(form)}").search(text) for head in heads for form in dict.fromkeys((head, head.replace("-", ""), head.replace("-", " ")))
           for text in (norm, flat)):
        return True
    # the noun the title is about, clipped ("le petit-déj" for "Petit-déjeuner", "la conf", "the prep" for "Preparation")
    return any(len(w) >= 4 and len(h) - len(w) >= 3 and h.startswith(w) for h in heads
               for w in rx(r"[^\W\d_]+(?:-[^\W\d_]+)*").findall(norm))


# Endings a noun takes in the mail that the title's compound does not have: the definite and plural forms
# ("keramiken", "yogan", "workshoppen", "cursussen").
_NOUN_ENDINGS = ("erna", "arna", "orna", "en", "et", "na", "n", "t", "s", "e")


def _inflected_prefix(word: str, compound: str) -> bool:
    """The first part of a compound title with a definite or plural ending: "keramiken" for "Keramikkurs"."""
    return any(word.endswith(e) and len(word) - len(e) >= 5 and compound.startswith(word[: -len(e)]) and len(compound) - len(word) + len(e) >= 3
               for e in _NOUN_ENDINGS)


def _clipped_named(content: list[str], norm: str) -> bool:
    """A title word said in its clipped form ending in -o (apéro, expo, resto, demo, promo): the clip's stem begins
    a title word of seven letters or more."""
    long_words = [w for w in content if len(w) >= 7]
    if not long_words:
        return False
    for w in set(rx(r"(?<![^\W\d_])([^\W\d_]{3,7})o(?![^\W\d_])").findall(norm)):
        if len(w) >= 3 and any(t.startswith(w) and len(t) >= len(w) + 3 for t in long_words):
            return True
    return False


def _compound_head_named(content: list[str], norm: str) -> bool:
    """Dutch and Swedish compounds put their head last: a word of the mail that is the last part of a compound
    title word (at least six letters, after a first part of three or more), with at most a short ending added."""
    compounds = [w for w in content if len(w) >= 10]
    if not compounds:
        return False
    words = set(rx(r"[^\W\d_]{6,}").findall(norm))
    for c in compounds:
        for i in range(3, len(c) - 5):
            tail = c[i:]
            # Swedish drops the e of -el/-er/-en before an ending: "minglet" for "Sommarmingel", "fönstret"
            forms = {tail} | ({tail[:-2] + tail[-1]} if tail.endswith(("el", "er", "en")) else set())
            if any(w.startswith(f) and len(w) - len(f) <= 3 for f in forms for w in words):
                return True
    return False


def _other_missing(s: Situation, text: str, *, slot_stated: bool = False) -> list[FactIssue]:
    """Names, meeting, duration, colleague and policy numbers that the draft leaves out (natural forms allowed)."""
    out: list[FactIssue] = []
    norm = normalise(text)
    for f in required_facts(s):
        if f.field in ("meeting_time",) or f.field.startswith("proposed_times"):
            continue
        if contains_fact(text, f):
            continue
        if f.field in ("recipient_name", "colleague_name", "sender_name"):
            # natural forms: first name alone (friendly mail, a signature), title + surname (formal mail)
            parts = [normalise(p) for p in names._parts(f.value) if len(p) >= 3]
            if any(rx(rf"(?<!\w){re.escape(p)}(?!\w)").search(norm) for p in parts[:1] + parts[-1:]):
                continue
            if f.field == "recipient_name" and s.tone is Tone.friendly and parts and names.pet_name_greeting(text, parts[0]):
                continue  # "Ciao Tommi," to Tommaso: the first name's pet form, in friendly mail
            if f.field == "recipient_name" and (other := names.greeting_names_other(text, f.value)) is not None:
                out.append(FactIssue("name", f"the greeting names {other!r}, not the recipient_name {f.value!r}; greet the recipient by their name", None, f.field))
                continue
            if f.field == "sender_name" and _signed_short(text, parts[:1]):
                continue  # "Dom" under a mail from Dominic: the sender's own short form, in the signature
            if f.field == "recipient_name" and (names.bare_salutation(text, f.value) or names.bare_greeting(text, friendly=s.tone is Tone.friendly)):
                continue  # "Madame,", "Maître,", "Bonjour Madame,", "Hej!": the address names no one, and alters no name
            if f.field == "recipient_name" and names.greeting_names_other(text, f.value) is None:
                # "Buongiorno," in formal mail, or no greeting line: the name is left out, not altered. An omission
                # (the completeness greeting item counts it), no alarm; "Hi Sarah," to Margaret stays an error.
                out.append(FactIssue("omitted", f"missing fact: recipient_name ({f.value!r}): the greeting names no one; greet the recipient by name", None, f.field))
                continue
        if f.field == "meeting" and _meeting_named(s, norm):
            continue
        if f.field == "meeting" and (s.intent in CLIENT_SIDE or slot_stated) and rx(rf"(?<!\w)(?:{_MEETING_NOUNS[s.language]})(?!\w)", re.IGNORECASE).search(text):
            continue  # "yesterday's session", "our meeting on Wednesday 7 May at 9:00": the one booking, said by a common noun
        if f.field == "meeting" and slot_stated and _topic_named(s, norm):
            continue  # "le voci del glossario ... domani mattina" for "Riunione sul glossario ...": its first topic and its day
        if f.field == "policy.notice_hours" and (_notice_in_days(norm, float(f.value), s.language) or float(f.value) in numbers.spelled_hours(text)):
            continue  # "two days", "vingt-quatre heures": the notice in words (a wrong count is judged by check_numbers)
        if f.field in ("policy.fee_percent", "policy.deposit_percent") and any(abs(v - float(f.value)) < 1 for v in numbers.shares_said(text, s.language)):
            continue  # "a third of the fee", "un quart de l'acompte": bound to its term by check_numbers
        if f.field in ("policy.fee_percent", "policy.deposit_percent") and any(v == float(f.value) for _, _, v in numbers.spelled_percents(text)):
            continue  # "fifty per cent", "vingt-cinq pour cent": bound to its term by check_numbers
        if f.field in ("policy.fee_percent", "policy.deposit_percent") and float(f.value) == 50 and rx(rf"(?<!\w)(?:{numbers.HALF_WORDS[s.language]})(?!\w)").search(norm):
            continue
        if f.field in ("policy.fee_percent", "policy.deposit_percent") and float(f.value) == 100 and rx(rf"(?<!\w)(?:{numbers.FULL_WORDS[s.language]})(?!\w)").search(norm):
            continue
        if f.field == "duration_minutes" and _duration_in_words(norm, int(f.value)):
            continue
        if f.field == "duration_minutes":
            other = next((m.group(0) for m in _SPELLED_MINUTES.finditer(norm) if numbers.SPELLED.get(m.group(1)) not in (None, int(f.value))), None)
            if other:  # "forty minutes" for a given 30: a length altered, not merely left out
                out.append(FactIssue("number", f"length {other!r} is not the given {f.value} minutes; state {f.value} minutes", None, f.field))
                continue
        if f.field.startswith("policy.") and float(f.value) == 0:
            continue  # a zero is said in words ("no deposit is required") or left out, never printed as "0%"
        out.append(FactIssue("missing", f"missing fact: {f.field} ({f.value!r}); state it verbatim", None, f.field))
    return out


def _signed_short(text: str, first_names: list[str]) -> bool:
    """The last line of the mail is one word that begins the sender's first name (three letters at least)."""
    last = next((ln.strip() for ln in reversed(text.splitlines()) if ln.strip()), "")
    if not rx(r"[^\W\d_]{3,}[.!]?").fullmatch(last):
        return False
    word = normalise(last.rstrip(".!"))
    return any(f.startswith(word) and f != word for f in first_names)


# Words that end the head phrase of a meeting title ("Review | of the catering contract", "Pasbeurt | voor de trouwjurk").
_TITLE_BREAK = {
    Language.en: r"of|for|with|on|about|at|in|to|and|re",
    Language.fr: r"de|du|des|d|sur|pour|avec|au|aux|à|et|en",
    Language.it: r"di|del|della|dello|dei|degli|delle|dell|da|per|con|su|sul|sulla|al|alla|e|in",
    Language.nl: r"van|voor|met|over|op|om|bij|en|in|naar",
    Language.sv: r"av|för|med|om|på|till|och|i|kring",
}


def _title_phrases(title: str, language: Language) -> list[list[str]]:
    """A meeting title cut at its linking words ("Chat | the village fete poster"): its head and its topics."""
    phrases: list[list[str]] = [[]]
    for w in rx(r"[^\W\d_]+").findall(normalise(title)):
        if rx(_TITLE_BREAK[language]).fullmatch(w) or w in _ARTICLE_WORDS:
            if phrases[-1]:
                phrases.append([])
            continue
        phrases[-1].append(w)
    return [p for p in phrases if p]


def _topic_named(s: Situation, norm: str) -> bool:
    """The title's first topic (the first word of four letters or more after its head phrase: "glossario" in
    "Riunione sul glossario per la traduzione", "barn" in "Walk-through of the barn for your party"), said whole."""
    phrases = _title_phrases(s.meeting or "", s.language)
    for phrase in phrases[1:2]:
        topic = next((w for w in phrase if len(w) >= 4), None)
        # in English, Dutch and Swedish the topic's noun comes last, after its adjectives ("the repaired cello")
        noun = phrase[-1] if s.language in (Language.en, Language.nl, Language.sv) and len(phrase[-1]) >= 4 else None
        if any(w and rx(rf"(?<!\w){re.escape(w)}(?!\w)").search(norm) for w in (topic, noun)):
            return True
    return False


_ARTICLE_WORDS = frozenset("the a an le la les l un une il lo gli i una uno de het een den det en ett".split())


def _phrase_named(phrase: list[str], norm: str) -> bool:
    """Two or more words of one phrase of the title said together in the text ("fete poster")."""
    content = [w for w in phrase if len(w) >= 3]
    if len(content) < 2:
        return False
    hits = [w for w in content if rx(rf"(?<!\w){re.escape(w)}").search(norm)]
    return len(hits) >= 2 and len(hits) / len(content) >= 0.5


def _head_nouns(title: str, language: Language) -> list[str]:
    """The words a meeting title is about: the last word of its first phrase in English, Dutch and Swedish
    (adjectives and compounds come before it), the first in French and Italian; and in every language a noun that
    opens a title before its topic ("Workshop bloemschikken", "Kurs keramik", "Atelier cuisine"), so the first
    word too when the first phrase has more than one."""
    words = rx(r"[^\W\d_]+(?:-[^\W\d_]+)*").findall(normalise(title))  # "stand-up", "check-in": one word
    phrase: list[str] = []
    for w in words:
        if phrase and rx(_TITLE_BREAK[language]).fullmatch(w):
            break
        if w not in _ARTICLE_WORDS:
            phrase.append(w)
    if not phrase:
        return []
    # the noun that opens the title comes after its adjectives ("Wekelijkse stand-up", "Weekly sync", "Nuova riunione")
    opener = next((w for w in phrase if not rx(_ADJECTIVE_OPENERS).fullmatch(w)), phrase[0])
    heads = [opener] if language in (Language.fr, Language.it) else [phrase[-1], opener]
    return [h for h in dict.fromkeys(heads) if len(h) >= 4 and not rx(_ADJECTIVE_OPENERS).fullmatch(h)]


# Words that open a title without being what it is about ("Quarterly review", "Nieuwe kassasoftware").
_ADJECTIVE_OPENERS = r"(?:quarterly|annual|monthly|weekly|yearly|first|final|last|new|next|short|quick|joint|initial|follow|nieuwe|eerste|laatste|korte|jaarlijkse|wekelijkse|maandelijkse|nya|nytt|första|sista|korta|årliga|kort|snabb|gemensam|gemensamt|daily|biweekly|dagelijkse|tweewekelijkse|veckovis|veckovisa|dagliga|nouveau|nouvel|nouvelle|premier|première|dernier|dernière|petit|petite|nuovo|nuova|primo|prima|ultimo|ultima|breve)"


def _notice_in_days(norm: str, hours: float, language: Language) -> bool:
    """48 hours stated as "two days" / "2 jours" / "due giorni" / "twee dagen" / "två dagar"."""
    if hours % 24:
        return False
    n = int(hours // 24)
    words = [str(n)] + [w.strip() for w, v in numbers._NUMBER_WORDS.items() if v == n] + (["a", "an"] if n == 1 else [])
    if n % 7 == 0:  # 168 hours: "a week", "une semaine", "en vecka"
        weeks = n // 7
        wwords = [str(weeks)] + [w.strip() for w, v in numbers._NUMBER_WORDS.items() if v == weeks] + (["a", "an"] if weeks == 1 else [])
        if rx(rf"(?<!\w)(?:{'|'.join(map(re.escape, wwords))})\s+(?:{numbers.WEEK_UNITS})(?!\w)").search(norm):
            return True
    return bool(rx(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})\s+(?:{numbers.DAY_UNITS}|dygn)(?!\w)").search(norm))


_DURATION_WORDS: dict[int, str] = {
    15: r"quarter of an hour|quarter-hour|quart d'heure|quarto d'ora|quarticello|kwartier|kwartiertje|en kvart|en kvarts",
    30: r"half an hour|half-hour|half hour|demi-heure|mezz'ora|mezzora|mezz'oretta|half uur|half uurtje|halfuur|halfuurtje|halvtimme|halvtimmen|halvtimmes|halv timme|halvtimma|halv timma",
    45: r"three quarters of an hour|three-quarters of an hour|trois quarts d'heure|tre quarti d'ora|drie kwartier|driekwartier|driekwart uur|tre kvart|trekvart|trekvarts timme|tre kvarts timme",
    60: r"an hour|one hour|a one-hour|one-hour|a full hour|une heure|une petite heure|une heure pleine|un'ora|un'oretta|un'ora piena|een uur|één uur|een uurtje|een vol uur|en timme|en timma|en hel timme",
    90: r"an hour and a half|une heure et demie|un'ora e mezza|anderhalf uur|en och en halv timme",
    75: r"an hour and a quarter|une heure et quart|une heure un quart|un'ora e un quarto|un'ora e quarto|vijf kwartier|een uur en een kwartier|en timme och en kvart",
    150: r"two and a half hours|two hours and a half|deux heures et demie|due ore e mezza|due ore e mezzo|tweeënhalf uur|twee en een half uur|två och en halv timme",
}


_SPELLED_MINUTES = re.compile(
    rf"(?<![\w-])({'|'.join(re.escape(w) for w in sorted(numbers.SPELLED, key=len, reverse=True))})(?:\s+|\s*-\s*)(?:minutes?|minuti|minuten|minuutjes?|minuter|minuters)(?!\w)")
_ROUND_VALUE = {w: n for table in wordnums.ROUND.values() for w, n in table.items() if " " not in w}
_ROUND_MINUTES = re.compile(
    rf"(?<!\w)({'|'.join(sorted(_ROUND_VALUE, key=len, reverse=True))})\s+(?:(?:de|di|of|van)\s+|d')?(?:minutes?|minuti|minuten|minuter)(?!\w)"
    rf"|(?<!\w)een minuut of ({'|'.join(w for w, n in numbers.SPELLED_BY_LANGUAGE[Language.nl].items() if n >= 10)})(?!\w)")
_HOURS_SAID = re.compile(r"(?<![\d.,:])(\d+)\s*(?:h|hours?|heures?|ore|ora|uur|timmar|timme|timma)(?!\w)")


def _duration_in_words(norm: str, minutes: int) -> bool:
    """A length said in words ("half an hour", "trente minutes", "een uurtje") or in whole hours ("1 timme")."""
    w = _DURATION_WORDS.get(minutes)
    if w and rx(rf"(?<!\w)(?:{w})(?!\w)").search(norm):
        return True
    if any(numbers.SPELLED.get(m.group(1)) == minutes for m in _SPELLED_MINUTES.finditer(norm)):
        return True
    if any((_ROUND_VALUE.get(m.group(1) or "") or numbers.SPELLED.get(m.group(2) or "")) == minutes for m in _ROUND_MINUTES.finditer(norm)):
        return True  # "una quarantina di minuti", "une quarantaine de minutes", "ett fyrtiotal minuter": about that length
    if minutes % 60 == 0 and minutes // 60 in numbers.spelled_hours(norm):
        return True  # "deux heures", "tre ore", "två timmar"
    return minutes % 60 == 0 and any(int(m.group(1)) * 60 == minutes for m in _HOURS_SAID.finditer(norm))


_UNIT_NUMBER = re.compile(
    rf"(?<![\d.,])\d+(?:[.,]\d+)?\s*-?\s*(?:{numbers.PERCENT}|{numbers.HOUR_UNITS}|{numbers.DAY_UNITS}|min\w*|minut\w*)(?!\w)",
    re.IGNORECASE,
)


# A time said relative to the meeting: its clock ("mercredi 9 décembre, même heure") or its day ("le même jour à 11 h").
SAME_TIME = {
    Language.en: r"(?:at )?(?:the )?same (?:time|hour)|(?:at )?(?:(?:the|our|your) )?usual (?:time|hour)",
    Language.fr: r"(?:à )?(?:la )?même heure|au même horaire|(?:à )?l'heure habituelle|(?:à )?(?:la|notre|votre|ton) heure habituelle",
    Language.it: r"(?:alla |stessa )?stessa ora|(?:allo )?stesso orario|(?:alla )?solita ora|(?:al )?solito orario",
    Language.nl: r"(?:op )?(?:hetzelfde|zelfde) (?:tijdstip|tijd|uur)|(?:om )?dezelfde tijd|(?:op )?(?:de|ons|onze)? ?(?:gebruikelijke|vaste|gewone) tijd|(?:op )?het vaste tijdstip",
    Language.sv: r"(?:på )?samma (?:tid|klockslag)|(?:på )?(?:den )?vanliga tiden|(?:på )?vår vanliga tid",
}
SAME_DAY = {
    Language.en: r"(?:on )?(?:that|the) same day|(?:on )?that day|(?:on )?the same day",
    Language.fr: r"(?:le )?même jour|ce jour-là",
    Language.it: r"(?:lo )?stesso giorno|quel giorno",
    Language.nl: r"(?:op )?dezelfde dag|die dag",
    Language.sv: r"samma dag|den dagen",
}


# A day counted from the meeting's own ("a week later", "le lendemain", "due giorni dopo", "een week later", "dagen efter").
_COUNT = r"a|an|one|two|three|four|five|six|seven|un|une|deux|trois|quatre|cinq|six|sept|uno|una|due|tre|quattro|cinque|sei|sette|een|één|twee|drie|vier|vijf|zes|zeven|en|ett|två|tre|fyra|fem|sex|sju|\d"
_LATER = re.compile(
    rf"(?<!\w)(?:(?P<n>{_COUNT})\s+(?:(?P<week>weeks?|semaines?|settimane|settimana|weken|week|veckor|vecka)|days?|jours?|giorni|giorno|dagen|dag|dagar)\s+"
    r"(?:later|after(?:wards)?|plus tard|après|dopo|più tardi|erna|daarna|senare|efter)"
    r"|(?P<next>the (?:next|following) day|the day after|(?:le|au|du) lendemain|(?:le|au|du) jour suivant|(?:il|al|del) giorno (?:dopo|seguente|successivo)|l'indomani|de dag (?:erna|daarna)|de volgende dag|(?:på )?dagen (?:efter|därpå)|(?:på )?nästa dag))(?!\w)",
    re.IGNORECASE,
)
_LATER_HINT = re.compile(r"later|after|following|next day|tard|après|suivant|dopo|seguente|successivo|erna|daarna|volgende dag|senare|efter|därpå|nästa dag|lendemain|indomani", re.IGNORECASE)
# A date said right after the counted day, as its apposition ("the day after, Thursday 3 May", "au lendemain, jeudi 3
# mai", "il giorno dopo, giovedì 3", "de dag erna, donderdag 3 mei", "dagen efter, torsdag 3 maj").
_APPOSED_DATE = re.compile(r"[\s,(–-]+(?:(?:le|il|op|på|on|den)\s+)?(?:" + "|".join(sorted({w for w in times._WEEKDAYS if len(w) > 2}, key=len, reverse=True)) + r")\.?\s*,?\s*\d", re.IGNORECASE)
# A comparison after the count ("later than planned", "plus tard que prévu", "più tardi del previsto", "later dan
# verwacht", "senare än väntat"): the count measures a delay, not a day after the meeting.
_COMPARED = re.compile(r"\s+(?:than|que|qu'|qu’|di|del|dello|della|dan|än)(?!\w)", re.IGNORECASE)
_COUNT_VALUE = {**{w: n for w, n in numbers._NUMBER_WORDS.items()}, "a": 1, "an": 1, "six": 6, "sei": 6, "zes": 6, "sex": 6}


# The meeting pushed by a count of days or weeks ("push it back a week", "repousser d'une semaine", "rimandare di
# una settimana", "een week opschuiven", "skjuta en vecka framåt"), in a sentence with a verb that moves it.
_UNIT = r"(?P<u>weeks?|semaines?|settimane|settimana|weken|week|veckor|vecka|days?|jours?|giorni|giorno|dagen|dag|dagar)"
_SHIFT = re.compile(
    rf"(?<!\w)(?:back|forward|on|by|d'|de|di|met|med)\s*(?:by\s+)?(?P<n>{_COUNT})\s+{_UNIT}(?!\w)"
    rf"|(?<!\w)(?P<n2>{_COUNT})\s+(?P<u2>weeks?|weken|week|veckor|vecka|dagen|dag|dagar)\s+(?:framåt|fram|senare|later|op|opschuiven|verschuiven|uitstellen|naar achteren)(?!\w)",
    re.IGNORECASE,
)
_MOVE_VERB = re.compile(r"(?<!\w)(?:push|move|moving|shift|put|bump|repouss|décal|report|rimand|spost|posticip|slitt|schuiv|verzet|verschuiv|opschuiv|uitstel|skjut|flytt)", re.IGNORECASE)


_SHIFT_UNIT = re.compile(r"week|semaine|settiman|veck|day|jour|giorn|dag", re.IGNORECASE)


def _shifted(text: str, meeting: times.Parsed) -> list[times.Mention]:
    if not _SHIFT_UNIT.search(text) or not _MOVE_VERB.search(text):
        return []  # cheap gate: most mails count no days from the meeting
    out = []
    for m in _SHIFT.finditer(text):
        a, _ = _sentence_bounds(text, m.start())
        if not _MOVE_VERB.search(text[max(a, m.start() - 45) : m.end()]):
            continue  # "un retard d'une semaine" names no slot; "repousser l'inspection d'une semaine" does
        word = (m.group("n") or m.group("n2")).lower()
        n = int(word) if word.isdigit() else _COUNT_VALUE.get(word)
        if n is None:
            continue
        unit = (m.group("u") or m.group("u2")).lower()
        days = n * (7 if unit.startswith(("week", "sem", "sett", "veck")) else 1)
        d = date.fromordinal(meeting.resolved.date().toordinal() + days)
        out.append(times.Mention(m.start(), m.end(), m.group(0), times.When(weekday=d.weekday(), day=d.day, month=d.month)))
    return out


def _day_of(m: times.Mention, given: list[times.Parsed], year: int) -> date | None:
    """The date a mention names: the given time it fits, else its own day and month (in the meeting's year)."""
    w = m.when
    if w.day is None and w.weekday is None:
        return None
    for p in given:
        if p.resolved is not None and _fits(m, p):
            return p.resolved.date()
    if w.day is not None and w.month is not None and _valid(year, w.month, w.day):
        return date(year, w.month, w.day)
    return None


_APPOSED_GAP = re.compile(r"\s*[,(–—-]\s*")


def _counted_from(text: str, pos: int, mentions: list[times.Mention], given: list[times.Parsed], meeting: times.Parsed) -> date:
    """The date a counted day ("the following day", "le lendemain", "dagen efter") counts from: the last date said
    before it in its sentence ("Tuesday 19 August, or the following day" is Wednesday 20), else the meeting's."""
    start, _ = _sentence_bounds(text, pos)
    for m in reversed([m for m in mentions if start <= m.start and m.end <= pos]):
        if _APPOSED_GAP.fullmatch(text, m.end, pos):
            break  # "vrijdag, een dag later": the count restates the day said before it, counted from the meeting
        d = _day_of(m, given, meeting.resolved.year)
        if d is not None:
            return d
    return meeting.resolved.date()


def _after_meeting(text: str, meeting: times.Parsed, mentions: list[times.Mention] = (), given: list[times.Parsed] = ()) -> list[times.Mention]:
    """Days counted from the meeting ("a week later, same time", "push it back a week"), or from the date its sentence
    is about ("Tuesday 19 August, or the day after"): mentions of the date they name."""
    if meeting.resolved is None:
        return []
    shifted = _shifted(text, meeting)
    if not _LATER_HINT.search(text):
        return shifted
    out = shifted
    for m in _LATER.finditer(text):
        if _APPOSED_DATE.match(text, m.end()):
            continue  # "au lendemain, jeudi 3 mai": the date said beside it names the day (judged on its own)
        if not m.group("next") and _COMPARED.match(text, m.end()):
            continue  # "a week later than expected", "een week later dan gedacht": a delay compared, no day named
        if m.group("next"):
            days = 1
        else:
            word = m.group("n").lower()
            n = int(word) if word.isdigit() else _COUNT_VALUE.get(word)
            if n is None:
                continue
            days = n * (7 if m.group("week") else 1)
        d = date.fromordinal(_counted_from(text, m.start(), mentions, given, meeting).toordinal() + days)
        out.append(times.Mention(m.start(), m.end(), m.group(0), times.When(weekday=d.weekday(), day=d.day, month=d.month)))
    return out


# Between a counted day and its clock ("the following day at half past one", "le lendemain à 13 h 30", "dagen efter kl. 10").
_DAY_CLOCK_GAP = re.compile(r"[\s,]*(?:(?:at|à|a|alle|ore|om|kl\.?|klockan|vers|verso|rond|runt|around|dès|from|dalle|vanaf|från)\s*)?$", re.IGNORECASE)


def _with_clock(text: str, later: list[times.Mention], mentions: list[times.Mention]) -> list[times.Mention]:
    """A counted day and the bare clock right after it state one time: merged into one mention."""
    out = []
    for m in later:
        nxt = next((o for o in mentions if o.start >= m.end), None)
        w = nxt.when if nxt is not None else None
        if nxt is not None and w.hour is not None and w.day is None and w.weekday is None and nxt.start - m.end <= 12 \
                and _DAY_CLOCK_GAP.match(text[m.end : nxt.start]):
            m = times.Mention(m.start, nxt.end, text[m.start : nxt.end], replace(m.when, hour=w.hour, minute=w.minute, loose=w.loose))
        out.append(m)
    return out


_NEXT_WORD = r"(?:prochain\w*|prossim\w*|next|following|volgende|nästa|kommande)"


@lru_cache(maxsize=8)
def _anchor_patterns(language: Language) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """"same time" after and before a day, "same day" before and after a clock: compiled once per language.
    One short word may sit between ("dinsdag 9 maart voor, op hetzelfde tijdstip"; "samma dag redan kl. 15"; "we
    have kept the same time free on Monday 8 February")."""
    nxt = _NEXT_WORD
    same_time = rx(rf"[\s,;(–-]*(?:{nxt}[\s,;]+)?(?:[^\W\d_]{{1,6}}[\s,;]+)?(?:{SAME_TIME[language]})(?!\w)", re.IGNORECASE)
    same_time_before = rx(rf"(?<!\w)(?:{SAME_TIME[language]})[\s,]*(?:(?!(?:as|than|que|di|come|als|dan|som)\b)[^\W\d_]{{1,6}}\s+(?=(?:on|le|il|op|på|den|de|het|the)\s))?(?:(?:on|le|il|op|på|den|de|het|the)\s+)?(?:{nxt}\s+)?$", re.IGNORECASE)
    same_day = rx(rf"(?:{SAME_DAY[language]})[\s,]*(?:[^\W\d_]{{1,6}}[\s,]+)?(?:(?:at|à|alle|om|kl\.?|klockan|vers|verso|rond|runt)\s*)?$", re.IGNORECASE)
    same_day_after = rx(rf"[\s,]*(?:on\s+|op\s+|på\s+)?(?:{SAME_DAY[language]})(?!\w)", re.IGNORECASE)
    return same_time, same_time_before, same_day, same_day_after


@lru_cache(maxsize=8)
def _same_time_said(language: Language) -> re.Pattern[str]:
    return rx(rf"(?:{SAME_TIME[language]})", re.IGNORECASE)


_APPOSED_PAST = re.compile(r"(?i)[\s,(–-]*(?:(?:dernier|passé|scors[oa]|passat[oa])[\s,(–-]*)?(?:(?:the|le|il|op|den|de)\s+)?$")


def _past_weekdays(text: str, mentions: list[times.Mention], ref: date, weekdays: set[int]) -> list[times.Mention]:
    """A weekday with no date that the text says is past takes the date of the latest such day before `ref`, when a
    given time falls on that weekday (it could be read as that slot); a past weekday no given time has ("since the
    storm last Monday") is the reason's story, left to the narrative rules."""
    out = []
    for k, m in enumerate(mentions):
        w = m.when
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if nxt is not None and nxt.when.day is not None and nxt.start - m.end <= 20 and _APPOSED_PAST.match(text, m.end, nxt.start):
            out.append(m)  # "jeudi dernier, le 7 janvier à 18 h": the date said beside it names the day
            continue
        if w.weekday is not None and w.day is None and w.weekday in weekdays and times.said_past(text, m):
            d = times.latest_before(w.weekday, ref)
            m = times.Mention(m.start, m.end, m.text, replace(w, day=d.day, month=d.month, year=d.year))
        out.append(m)
    return out


def anchor(s: Situation, text: str, mentions: list[times.Mention], today: date | None) -> list[times.Mention]:
    """Mentions completed with the meeting's clock or day where the text says "same time" / "same day"."""
    meeting, proposed = _given_times(s, today)
    weekdays = {p.resolved.weekday() for p in (meeting, *proposed) if p is not None and p.resolved is not None}
    mentions = _past_weekdays(text, mentions, today or date.today(), weekdays)
    if meeting is None or meeting.when.empty:
        return mentions
    mw = meeting.when
    later = _after_meeting(text, meeting, mentions, [meeting, *_given_times(s, today)[1]])
    if later:
        later = _with_clock(text, [m for m in later if not any(o.start < m.end and m.start < o.end for o in mentions)], mentions)
        mentions = sorted([*(o for o in mentions if not any(m.start <= o.start and o.end <= m.end for m in later)), *later], key=lambda m: m.start)
    out: list[times.Mention] = []
    # one short word may sit between ("dinsdag 9 maart voor, op hetzelfde tijdstip"; "samma dag redan kl. 15")
    same_time, same_time_before, same_day, same_day_after = _anchor_patterns(s.language)
    rel = _REL_CLOCK
    ref = today or date.today()
    for m in mentions:
        w = m.when
        if w.hour is not None and not w.has_date and w.weekday is None:
            hit = rel.search(text, max(0, m.start - 40), m.start)
            if hit:
                word = hit.group(1).lower()
                if word in _NOT_RELATIVE.get(s.language, ()):
                    out.append(m)
                    continue
                d = date.fromordinal(ref.toordinal() + RELATIVE_DAYS[word])
                out.append(times.Mention(hit.start(), m.end, text[hit.start() : m.end], replace(w, weekday=d.weekday(), day=d.day, month=d.month)))
                continue
        if w.hour is None and (w.day is not None or w.weekday is not None) and mw.hour is not None:
            gap = _INSTEAD_GAP.match(text, m.end)
            hit = same_time.match(text, m.end) or (same_time.match(text, gap.end()) if gap else None)
            if hit:
                sibling = None if _SAME_AS.match(text, hit.end()) else _list_sibling_clock(text, out, m)
                h, mi = sibling or (mw.hour, mw.minute)  # "same time as originally booked / som nu / als dinsdag": the meeting's
                m = times.Mention(m.start, hit.end(), text[m.start : hit.end()], replace(w, hour=h, minute=mi))
            else:  # "same time on Thursday 14 March", "à la même heure le jeudi 14"
                pre = same_time_before.search(text, max(0, m.start - 45), m.start)
                if pre:
                    m = times.Mention(pre.start(), m.end, text[pre.start() : m.end], replace(w, hour=mw.hour, minute=mw.minute))
                else:  # "Mardi prochain, 26 octobre, j'ai deux possibilités : à la même heure, ou ...": later in its sentence
                    m = _same_time_later(s, text, m, mentions, mw)
        elif w.hour is not None and not w.has_date and w.weekday is None and mw.has_date:
            hit = same_day.search(text, max(0, m.start - 30), m.start)
            if hit:
                m = times.Mention(hit.start(), m.end, text[hit.start() : m.end], replace(w, weekday=mw.weekday, day=mw.day, month=mw.month))
            else:  # "at 1 pm the same day", "kl. 13 samma dag"
                after = same_day_after.match(text, m.end)
                if after:
                    m = times.Mention(m.start, after.end(), text[m.start : after.end()], replace(w, weekday=mw.weekday, day=mw.day, month=mw.month))
        out.append(m)
    out = _relative_same_time(s, text, out, mw, ref, same_time, same_time_before)
    return _shared_tail(text, _same_time_over_list(s, text, _same_time_instead(s, text, out, mw), mw))


# "instead" between a day and "same time" ("i morgon i stället, samma tid", "tomorrow instead, same time").
_INSTEAD_GAP = re.compile(r"(?i)[\s,]*(?:instead|à la place|plutôt|invece|piuttosto|in plaats daarvan|liever|i stället|istället|hellre)(?!\w)")


def _relative_same_time(s: Situation, text: str, mentions: list[times.Mention], mw: times.When, ref: date, same_time: re.Pattern[str], same_time_before: re.Pattern[str]) -> list[times.Mention]:
    """A relative day with "same time" on either side ("i morgon på samma tid", "demain à la même heure", "same time
    tomorrow", "domani alla stessa ora"): that day at the meeting's clock, a slot like any other."""
    if mw.hour is None:
        return mentions
    added = []
    for hit in _RELATIVE_WORD.finditer(text):
        word = hit.group(1).lower()
        if word in _NOT_RELATIVE.get(s.language, ()) or any(m.start < hit.end() and hit.start() < m.end for m in mentions):
            continue
        gap = _INSTEAD_GAP.match(text, hit.end())
        after = same_time.match(text, hit.end()) or (same_time.match(text, gap.end()) if gap else None)
        before = None if after else same_time_before.search(text, max(0, hit.start() - 45), hit.start())
        if after is None and before is None:
            continue
        d = date.fromordinal(ref.toordinal() + RELATIVE_DAYS[word])
        start, end = (hit.start(), after.end()) if after else (before.start(), hit.end())
        added.append(times.Mention(start, end, text[start:end], times.When(weekday=d.weekday(), day=d.day, month=d.month, hour=mw.hour, minute=mw.minute)))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


_INSTEAD_OF = re.compile(r"(?i)^\s*,?\s*(?:instead of|rather than|au lieu d[eu]|plutôt que|invece d[ie]l?|invece che|anziché|in plaats van|i stället för|istället för)\s+(?:(?:on|le|il|op|på)\s+)?$")


def _same_time_instead(s: Situation, text: str, mentions: list[times.Mention], mw: times.When) -> list[times.Mention]:
    """"Wednesday instead of Monday, same time": the same time said after the day given up holds for the new day
    too ("mercredi au lieu de lundi, même heure", "woensdag in plaats van maandag, zelfde tijd")."""
    if mw.hour is None or not times._INSTEAD_WORD.search(text):
        return mentions  # a cheap screen: no "instead of" word, nothing to share
    same = _same_time_said(s.language)
    if not same.search(text):
        return mentions
    out = list(mentions)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.when.hour is None and (a.when.weekday is not None or a.when.day is not None) and b.when.hour == mw.hour and b.when.minute == mw.minute \
                and _INSTEAD_OF.match(text[a.end : b.start]) and same.search(b.text):
            out[i] = times.Mention(a.start, a.end, a.text, replace(a.when, hour=b.when.hour, minute=b.when.minute))
    return out


# Days listed before the one that carries the month and clock ("giovedì 10 o venerdì 11 giugno, sempre alle 8",
# "Monday 3, Tuesday 4 or Wednesday 5 May at 10"): joined by a comma, "or" or "and".
_DAY_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:or|ou|o|oppure|of|eller|and|et|e|en|och)\s+)?(?:(?:on|le|il|op|på)\s+)?", re.IGNORECASE)


def _shared_tail(text: str, mentions: list[times.Mention]) -> list[times.Mention]:
    """A day with no month nor clock listed right before a dated one shares that one's month and clock."""
    out = list(mentions)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        wa, wb = a.when, b.when
        if wa.day is None or wa.month is not None or wa.hour is not None or wb.day is None or wb.month is None or b.start <= a.end:
            continue
        if _DAY_LIST_GAP.fullmatch(text, a.end, b.start) is None:
            continue
        out[i] = times.Mention(a.start, a.end, a.text, replace(wa, month=wb.month, year=wb.year, hour=wb.hour, minute=wb.minute, loose=wb.loose))
    return out


# "same time AS ..." names what it repeats ("as originally booked", "que prévu", "di prima", "als dinsdag", "som nu").
_SAME_AS = re.compile(r"\s+(?:as|than|que|qu['’]|comme|di|del|della|come|als|dan|som|wie)(?!\w)", re.IGNORECASE)
_LIST_GAP = re.compile(r"[\s;,•*·–-]*(?:(?:or|ou|o|oppure|of|eller|and|et|e|en|och)\s+)?[\s•*·–-]*(?:(?:on|le|il|op|på)\s+)?", re.IGNORECASE)


def _list_sibling_clock(text: str, before: list[times.Mention], m: times.Mention) -> tuple[int, int | None] | None:
    """The clock of the slot listed right before this one ("• lundi 21 juin, 10 h ;\n• mardi 22 juin, même heure"):
    in a list of slots, "same time" repeats the clock just given, not the meeting's."""
    prev = before[-1] if before else None
    if prev is None or prev.when.hour is None or prev.when.day is None and prev.when.weekday is None:
        return None
    gap = text[prev.end : m.start]
    if "\n\n" in gap or _LIST_GAP.fullmatch(gap) is None:
        return None
    return prev.when.hour, prev.when.minute


def _same_time_later(s: Situation, text: str, m: times.Mention, mentions: list[times.Mention], mw: times.When) -> times.Mention:
    """A day with no clock whose own sentence says "same time" further on, with no other day or clock between:
    the sentence gives that day the meeting's clock."""
    _, end = _sentence_bounds(text, m.start)
    hit = rx(rf"(?<!\w)(?:{SAME_TIME[s.language]})(?!\w)", re.IGNORECASE).search(text, m.end, end)
    if hit is None or any(m.end <= o.start < hit.start() for o in mentions if o is not m):
        return m
    return times.Mention(m.start, m.end, m.text, replace(m.when, hour=mw.hour, minute=mw.minute))


_LIST_JOIN = re.compile(r"\s*,?\s*(?:or|ou|o|oppure|of|eller|and|et|e|en|och)\s+(?:(?:on|le|il|op|på)\s+)?$", re.IGNORECASE)


def _same_time_over_list(s: Situation, text: str, mentions: list[times.Mention], mw: times.When) -> list[times.Mention]:
    """"jeudi 29 avril ou lundi 3 mai, même heure": a "same time" after a list of days holds for each of them."""
    same = _same_time_said(s.language)
    out = list(mentions)
    for i in range(len(out) - 2, -1, -1):
        m, nxt = out[i], out[i + 1]
        w = m.when
        if w.hour is not None or (w.day is None and w.weekday is None) or nxt.when.hour is None:
            continue
        if not _LIST_JOIN.match(text[m.end : nxt.start] + " "):
            continue
        if same.search(nxt.text) or (nxt.when.hour == mw.hour and same.search(text[nxt.end : nxt.end + 25])):
            out[i] = times.Mention(m.start, m.end, m.text, replace(w, hour=nxt.when.hour, minute=nxt.when.minute))
    return out


# Between a part of the day and the clock that pins it: a pause and an approximation ("end of the day, around
# 5 pm", "en fin de journée, vers 17 h", "a fine giornata, verso le 17", "eind van de dag, rond 17.00", "runt kl. 17").
_DAYPART_GAP = re.compile(
    r"[\s,(–-]*(?:(?:around|about|at|by|from|vers|à|dès|verso|le|alle|ore|verso le|rond|om|omstreeks|vanaf|runt|omkring|kring|vid|från|kl\.?|klockan|ca\.?|circa)\s+)*[\s(]*",
    re.IGNORECASE,
)


def _part_of_given_clock(s: Situation, text: str, word: str, mentions: list[times.Mention], today: date | None) -> bool:
    """A part-of-day phrase ("end of the day", "fin de journée") said right before a clock that fits a given time
    describes that clock; said alone it is a deadline nobody gave."""
    meeting, proposed = _given_times(s, today)
    given = [p for p in [meeting, *proposed] if p is not None]
    low = text.lower()
    for hit in rx(rf"(?<!\w){re.escape(word)}(?!\w)").finditer(low):
        for c in mentions:
            if c.when.hour is not None and 0 <= c.start - hit.end() <= 24 and any(_fits(c, p) for p in given):
                if _DAYPART_GAP.fullmatch(text[hit.end() : c.start]):
                    return True
    return False


def _known_years(s: Situation, text: str, today: date | None) -> list[tuple[int, int]]:
    """Years the facts imply ("the 2031 figures" in a mail dated 2031): the reference year and the years of the
    given times. Spans of such years are no invented number."""
    if not rx(r"(?<!\d)(?:19|20)\d\d(?!\d)").search(text):
        return []
    meeting, proposed = _given_times(s, today)
    years = {(today or date.today()).year} | {p.resolved.year for p in [meeting, *proposed] if p is not None and p.resolved is not None}
    return [(m.start(), m.end()) for m in rx(r"(?<!\d)(?:19|20)\d\d(?!\d)").finditer(text) if int(m.group(0)) in years]


def _italian_hours(s: Situation, text: str, mentions: list[times.Mention]) -> list[times.Mention]:
    """Italian names an hour with "le" ("alla stessa ora, le 11": le ore 11) and a day with "il" / "l'": a lone
    number after "le" is a clock time in Italian, where French "le 11" is a day."""
    if s.language is not Language.it:
        return mentions
    out = []
    for m in mentions:
        w = m.when
        if w.day is not None and w.day <= 23 and w.month is None and w.weekday is None and w.hour is None and rx(r"(?i)(?<!\w)le\s+$").search(text[max(0, m.start - 4) : m.start]):
            m = times.Mention(m.start, m.end, m.text, times.When(hour=w.day, minute=0, loose=w.day < 12))
        out.append(m)
    return out


_DIAL_FIXED = re.compile(r"(?i)[ap]\.?m\b|o'clock|morning|evening|afternoon|night|noon|h\b|uur|kl")
_MINUTES_CLOCK = re.compile(r"\d[:.]\d\d\s*$")


def _english_dial(s: Situation, mentions: list[times.Mention]) -> list[times.Mention]:
    """English writes the afternoon on a 12-hour dial, minutes or not ("the refresher at 6:30" for 18:30): a clock
    with minutes and no a.m./p.m. is loose there, as "at 6" already is. The other four write 18.30/18:30."""
    if s.language is not Language.en:
        return mentions
    return [times.Mention(m.start, m.end, m.text, replace(m.when, loose=True))
            if m.when.hour is not None and 1 <= m.when.hour < 12 and not m.when.loose and _MINUTES_CLOCK.search(m.text) and not _DIAL_FIXED.search(m.text)
            else m for m in mentions]


def check_draft(situation: Situation, subject: str, body: str, *, today: date | None = None) -> list[FactIssue]:
    """Every fact problem of a draft, each with a precise message and its span in `subject + "\\n" + body`:
    the errors (a fact altered, swapped, invented) and the omissions of facts the client must see restated."""
    return [i for i in _judged(situation, subject, body, today) if i.kind not in ("omitted", "uncertain")]


def judge(situation: Situation, subject: str, body: str, *, today: date | None = None) -> list[FactIssue]:
    """`check_draft`'s issues plus the omissions of facts the client can still identify (kind "omitted", see
    composer.facts.duty): those are no alarm and get no repair; the completeness scorer counts them a little."""
    return list(_judged(situation, subject, body, today))


def notes(situation: Situation, subject: str, body: str, *, today: date | None = None) -> list[str]:
    """The spans the checker could not read with confidence, as lines for a draft's warnings (no alarm, no repair):
    "12/11" that may be read month first, a count of years, the day the sender will write back."""
    return [f"not checked: {i.message}" for i in _judged(situation, subject, body, today) if i.kind == "uncertain"]


_READ: OrderedDict[tuple[str, str, str, date | None, date], tuple[FactIssue, ...]] = OrderedDict()
_READ_MAX = 256


def _judged(situation: Situation, subject: str, body: str, today: date | None) -> tuple[FactIssue, ...]:
    """One reading per draft: the guard, the self-check, the warnings and the scorer ask about the same text."""
    key = (situation.model_dump_json(), subject, body, today, date.today())
    found = _READ.get(key)
    if found is None:
        found = _READ[key] = tuple(_judge(situation, subject, body, today))
        if len(_READ) > _READ_MAX:
            _READ.popitem(last=False)
    else:
        _READ.move_to_end(key)
    return found


def _judge(situation: Situation, subject: str, body: str, today: date | None) -> list[FactIssue]:
    s = situation
    text = f"{subject}\n{body}"
    mentions = anchor(s, text, _english_dial(s, _italian_hours(s, text, times.scan(text))), today)
    clock_spans = [(m.start, m.end) for m in mentions]
    out = check_times(s, text, mentions, today)
    out += _other_missing(s, text, slot_stated=not any(i.kind in ("missing", "omitted") and i.field == "meeting_time" for i in out))
    rough_found = rough.find(text, s.language)
    rough_spans = [(r.start, r.end) for r in rough_found]
    out += numbers.check_numbers(s, text, clock_spans + rough_spans)
    found_contacts = contacts.check_contacts(s, text, clock_spans)
    out += found_contacts
    skip = clock_spans + [i.span for i in found_contacts if i.span]
    out += names.check_names(s, text, skip=skip)
    out += people.check_people(s, text)
    out += names.invented_titles(s, text)
    out += names.invented_roles(s, text)
    unit_spans = [(m.start(), m.end()) for m in _UNIT_NUMBER.finditer(text)] + _known_years(s, text, today)
    out += contacts.check_stray_numbers(s, text, clock_spans + unit_spans + [i.span for i in found_contacts if i.span])
    out += rough.check_rough(s, text, clock_spans, rough_found)
    out += wordnums.check_number_words(s, text, clock_spans + rough_spans + [i.span for i in found_contacts if i.span])
    weekday_month = {w for w in times._WEEKDAYS} | set(times._MONTHS)
    meeting_parsed, proposed_parsed = _given_times(s, today)
    given_parsed = [meeting_parsed, *proposed_parsed]
    for w in invented_dates(s, text):
        if _relative_fits(s, w, today):
            continue  # "tomorrow's shoot" when the meeting is tomorrow
        if w in weekday_month and any(w in normalise(m.text) for m in mentions):
            continue  # judged with its date above; a month on its own ("in April") is judged here
        if w in times._WEEKDAYS and any(p is not None and p.when.weekday == times._WEEKDAYS[w] for p in given_parsed):
            continue  # "torsdag 17-18" for a given "tors 17-18": the weekday a given time typed short, written out
        if (w in RELATIVE_DAYS or w in RELATIVE_WEEKS) and _contact_promise(s, text, w, mentions):
            at = normalise(text).find(w)
            out.append(FactIssue("uncertain", f"{w!r}: when the sender will get back, not a slot; not judged", (at, at + len(w)) if at >= 0 else None))
            continue  # "ik neem volgende week contact met u op voor een nieuwe afspraak": the sender's message, dated
        if (w in RELATIVE_DAYS or w in RELATIVE_WEEKS) and not _relative_as_slot(s, text, w, mentions):
            continue  # "I'll send them tomorrow", "raconte-moi tout la semaine prochaine": the sender's own errand, no slot
        if _wished(text, w) or (not s.proposed_times and _farewell(text, w)):
            continue  # "bonne fin de journée", "À la semaine prochaine !" with no slot to offer: a courtesy, no deadline
        if _part_of_given_clock(s, text, w, mentions, today):
            continue  # "en fin de journée à 16 h 30": the part of the day of a given clock, no deadline
        at = normalise(text).find(w)
        out.append(FactIssue("time", f"date word not in the situation: {w!r}; remove it", (at, at + len(w)) if at >= 0 else None))
    lang_issues = language.check_language(prose_only(s, text), text, s.language, _free_words(s), _name_words(s))
    if lang_issues:  # in another language, capitalised nouns (German) are not invented names: say the one thing
        out = [i for i in out if not (i.kind == "invented" and i.message.endswith("or use the given one"))]
    return out + lang_issues




# Words that name a week by its distance from the reference date's week.
RELATIVE_WEEKS = {"next week": 1, "la semaine prochaine": 1, "la prossima settimana": 1, "settimana prossima": 1,
                  "volgende week": 1, "nästa vecka": 1, "this week": 0, "cette semaine": 0, "questa settimana": 0,
                  "deze week": 0, "den här veckan": 0, "denna vecka": 0, "i veckan": 0}

_REL_CLOCK = re.compile(rf"(?<!\w)({_RELATIVE_ALT})(?!\w)[\s,]*(?:[^\W\d_]{{1,12}}[\s,]+)?(?:(?:at|à|alle|om|kl\.?|klockan|vers|verso|rond|runt|ore)\s*)?$", re.IGNORECASE)


# The sender promising to get back to the client (round 14): "I'll be in touch next week to set a new date", "je
# reviendrai vers vous la semaine prochaine", "mi farò sentire la prossima settimana", "ik neem volgende week contact
# met u op voor een nieuwe afspraak", "jag hör av mig nästa vecka om en ny tid". The relative day dates the sender's
# message, not a slot; "call you" is left out (a call can be the meeting itself).
CONTACT_PROMISE = {
    Language.en: r"(?:get|be|come) (?:back )?in touch|get back to you|(?:contact|write to|e-?mail|reach out to|message|send) you|reach out|follow up",
    Language.fr: r"(?:reviens|reviendrai|reviendrons|revenons|reviendra) vers (?:vous|toi)|(?:vous |te |t')(?:recontact\w*|contact\w*|écri\w*|réécri\w*|envoi\w*|enverr\w*)|(?:vous|te) (?:tiens au courant|tiendrai au courant|tiendrons au courant)|repren\w* contact|reprendr\w* contact",
    Language.it: r"(?:la|ti|vi|le|Le|La) (?:ricontatt\w*|contatt\w*|scriv\w*|riscriv\w*|aggiorn\w*|mand\w*|invi\w*|spedi\w*)|(?:mi|ci) (?:farò|faremo|faccio|facciamo) (?:vivo|viva|vivi|sentire)|tornerò da (?:lei|te|voi)",
    Language.nl: r"(?:neem|nemen)(?: \w+){0,4} contact|laat(?: \w+){0,4} van (?:me|mij|ons) horen|kom(?:en)?(?: \w+){0,4} (?:bij (?:u|je|jou)|er(?:op)?|hierop|daarop)(?: \w+){0,3} terug|(?:mail|schrijf|stuur) (?:ik|we) (?:u|je)|(?:ik|we) (?:mail|schrijf|stuur)\w* (?:u|je)",
    Language.sv: r"hör(?:s)? av (?:mig|oss)|återkommer|kontaktar (?:dig|er)|(?:mejlar|mailar|skriver till|skickar) (?:dig|er)|tar (?:jag |vi )?kontakt",
}


_CLAUSE_BREAK = re.compile(r";|:(?=\s)")  # a colon inside a clock ("15:00") breaks nothing


def _own_clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of the words at start..end: their sentence cut at a semicolon or a colon ("...per e-mail af te
    handelen; u ontvangt de vragen morgen", "pas besoin de se voir mardi à 17 h : je t'écris ce soir": the clock before
    the colon is the meeting's, the evening is when the sender writes)."""
    a, b = _sentence_bounds(text, start)
    a = max([a, *(c.end() for c in _CLAUSE_BREAK.finditer(text, a, start))])
    after = _CLAUSE_BREAK.search(text, end, b)
    return a, after.start() if after else b


def _contact_promise(s: Situation, text: str, word: str, mentions: list[times.Mention]) -> bool:
    """The relative day or week sits in a clause where the sender promises to write or get back, with no clock."""
    promise = rx(rf"(?<!\w)(?:{CONTACT_PROMISE[s.language]})(?!\w)", re.IGNORECASE)
    found = False
    for hit in rx(rf"(?<!\w){re.escape(word)}(?!\w)").finditer(text.lower()):
        a, b = _own_clause(text, hit.start(), hit.end())
        if any(a <= m.start < b and m.when.hour is not None for m in mentions) or not promise.search(text[a:b]):
            return False
        found = True
    return found


def _relative_as_slot(s: Situation, text: str, word: str, mentions: list[times.Mention]) -> bool:
    """A relative day or week said as a slot: with a clock, in a sentence that offers or moves a time, or in one
    that names the meeting. Otherwise it dates something else the sender will do, and states no meeting fact."""
    low = text.lower()
    for hit in rx(rf"(?<!\w){re.escape(word)}(?!\w)").finditer(low):
        a, b = _own_clause(text, hit.start(), hit.end())
        if any(a <= m.start < b and m.when.hour is not None for m in mentions):
            return True
        sentence = text[a:b]
        if rx(rf"(?:^|\W)(?:{NEW_CUES[s.language]})(?!\w)", re.IGNORECASE).search(sentence):
            return True
        if _meeting_named(s, normalise(sentence)):
            return True
    return not rx(rf"(?<!\w){re.escape(word)}(?!\w)").search(low)  # not found as typed (normalised away): judge it


def _relative_fits(s: Situation, word: str, today: date | None) -> bool:
    """A relative day word that names the date of a given time, counted from the reference date."""
    meeting, proposed = _given_times(s, today)
    ref = today or date.today()
    week = RELATIVE_WEEKS.get(word)
    if week is not None:  # "la semaine prochaine" when a given date falls in the week after the reference date's
        wanted = ref.isocalendar()[:2]
        shifted = date.fromordinal(ref.toordinal() + 7 * week).isocalendar()[:2]
        return any(p is not None and p.resolved is not None and p.resolved.date().isocalendar()[:2] == shifted for p in [meeting, *proposed]) and wanted != shifted
    offset = RELATIVE_DAYS.get(word)
    if offset is None or word in _NOT_RELATIVE.get(s.language, ()):
        return False
    return any(p is not None and p.resolved is not None and (p.resolved.date() - ref).days == offset for p in [meeting, *proposed])


@lru_cache(maxsize=1024)
def _free_words_of(reason: str, meeting: str) -> frozenset[str]:
    return frozenset(w for w in rx(r"[^\W\d_]+").findall(f"{reason} {meeting}".lower()) if len(w) >= 2)


def _free_words(s: Situation) -> frozenset[str]:
    """The words of the user's free text (reason, meeting title), which may be in any language."""
    return _free_words_of(s.reason or "", s.meeting or "")


def _name_words(s: Situation) -> frozenset[str]:
    """The words of the people's fields (names, roles, companies in the sender's signature): in any language."""
    return _name_words_of(s.sender_name or "", s.recipient_name or "", s.colleague_name or "")


@lru_cache(maxsize=512)
def _name_words_of(*fields: str) -> frozenset[str]:
    return frozenset(w for w in rx(r"[^\W\d_]+").findall(" ".join(fields).lower()) if len(w) >= 2)


def problems(situation: Situation, subject: str, body: str, *, today: date | None = None) -> list[str]:
    """check_draft as the lines a repair prompt or a warning list takes."""
    return [i.message for i in check_draft(situation, subject, body, today=today)]


def problems_in_text(situation: Situation, text: str, *, today: date | None = None) -> list[str]:
    """For callers holding "subject\nbody" as one text (the built-in writer's self-check)."""
    subject, _, body = text.partition("\n")
    return problems(situation, subject, body, today=today)


# ---------------------------------------------------------------- before drafting


def situation_warnings(situation: Situation, *, today: date | None = None) -> list[str]:
    """Doubts about the situation's own times, for the user before drafting. Unparseable text stays allowed."""
    s = situation
    today = today or date.today()
    meeting, proposed = _given_times(s, today)
    out: list[str] = []
    labelled = ([("meeting_time", meeting)] if meeting else []) + [(f"proposed_times[{i}]", p) for i, p in enumerate(proposed)]
    for field, p in labelled:
        if p.weekday_mismatch and p.resolved is not None:
            names_ = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
            said = names_[p.when.weekday] if p.when.weekday is not None else "?"
            out.append(f"{field} {p.text!r}: {p.resolved:%d %B %Y} is a {p.resolved:%A}, not a {said}; check the date")
        client_side_meeting = field == "meeting_time" and s.intent in (Intent.no_show_followup, Intent.late_cancellation)
        if p.resolved is not None and p.resolved.date() < today and not client_side_meeting:
            out.append(f"{field} {p.text!r}: {p.resolved:%d %B %Y} is in the past (today is {today:%d %B %Y})")
        if p.ambiguous_numeric:
            out.append(f"{field} {p.text!r}: a numeric date such as 03/04 can be read two ways; write the month as a word")
    for i, p in enumerate(proposed):
        if meeting is not None and _same(p, meeting) and s.intent is not Intent.switch_to_call:
            # a call in the meeting's own slot ("ven 11/12 11h" for "ven 11 déc vers 11h") is what switching keeps
            out.append(f"proposed_times[{i}] {p.text!r} is the meeting time itself; propose another time")
        for j in range(i):
            if _same(p, proposed[j]):
                out.append(f"proposed_times[{i}] {p.text!r} repeats proposed_times[{j}]; remove the duplicate")
                break
    return out


def warnings_by_field(situation: Situation, *, today: date | None = None) -> dict[str, list[str]]:
    """situation_warnings keyed by the field they are about ("meeting_time", "proposed_times[1]"), for a form
    that shows each next to its field."""
    out: dict[str, list[str]] = {}
    for w in situation_warnings(situation, today=today):
        out.setdefault(w.split(" ", 1)[0], []).append(w)
    return out


def _same(a: times.Parsed, b: times.Parsed) -> bool:
    if normalise(a.text) == normalise(b.text):
        return True
    wa, wb = a.when, b.when
    if not (wa.has_date and wb.has_date and wa.has_clock and wb.has_clock):
        return False
    return (wa.day, wa.month, wa.hour, wa.minute or 0) == (wb.day, wb.month, wb.hour, wb.minute or 0)
