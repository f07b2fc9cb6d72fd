"""What kind of message it is, which reply intents fit it, and which of its times are proposals."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from composer.facts.times import WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES
from composer.messages import lexicon as lx
from composer.messages.models import Kind
from composer.messages.times import _MOVED, FOLLOWING_DAY_SAID, TimeSpan, range_hours
from composer.models import Intent, Language

_ASKS = (r"\b(?:what|how|could you|i wonder|wondering|would like to know|let me know|find out|want to know|like to know|quels?|quelles?|comment|je voudrais savoir|"
         r"j'aimerais savoir|pourriez-vous|quale|quali|come|vorrei sapere|mi può dire|mi sa dire|welke|hoe|ik wil graag weten|"
         r"ik vroeg me af|kunt u|vilka|hur|vad|jag undrar|undrar|skulle vilja veta|kan ni|vorrei capire|voudrais comprendre|wil weten|vill veta)\b")
_AVOID = [Intent.decline, Intent.reschedule, Intent.shorten, Intent.switch_to_call, Intent.switch_to_email, Intent.delegate]


def kind_of(text: str, lang: Language, subject: str | None = None) -> Kind:
    """What the message does: the client's words first, then the subject line as a weaker cue ("Uitnodiging ...",
    "Missade ...") when the words name no kind, or only an invitation to a meeting the subject says was missed."""
    kind = _kind_in_words(text, lang)
    if subject:
        if kind in (Kind.other, Kind.invitation) and re.search(lx.SUBJECT_MISSED, subject, re.IGNORECASE):
            return Kind.absence_notice
        if kind is Kind.other and re.search(lx.SUBJECT_INVITE, subject, re.IGNORECASE) and not re.search(lx.CONFIRM_OPEN, text, re.IGNORECASE):
            return Kind.invitation
    return kind


_INDEFINITE = {Language.en: r"an?", Language.fr: r"une?", Language.it: r"un[oa]?", Language.nl: r"een", Language.sv: r"en|ett"}


def _generic(sentence: str, m: re.Match[str], lang: Language) -> bool:
    """"wordt een gemiste sessie aangerekend?", "is a missed session charged?": a cue after an indefinite article in a
    question names a case, not an event."""
    return "?" in sentence and bool(re.search(rf"\b(?:{_INDEFINITE[lang]})\s+$", sentence[:m.start()], re.IGNORECASE))


def _kind_in_words(text: str, lang: Language) -> Kind:
    """What the message does, read sentence by sentence: a cue in a conditional sentence ("if one of them has
    to cancel") describes a case, not an event; a question about fees with no event is a policy question.
    Events first (absence, cancellation), then a policy question, a move, an absence to come, a plain
    confirmation, an invitation."""
    text = _clock_dots(text)
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]
    cond = re.compile(lx.CONDITIONAL[lang], re.IGNORECASE)

    def said(name: str, *, even_if: bool = False) -> bool:
        rx = re.compile(lx.CUES[name][lang], re.IGNORECASE)
        return any(any(name != "absence" or not _generic(s, m, lang) for m in rx.finditer(s)) and (even_if or not cond.search(s)) for s in sentences)

    def asked_about_fees() -> bool:
        terms = re.compile(lx.CUES["policy_question"][lang], re.IGNORECASE)
        fees = re.compile(lx.FEE_WORDS[lang], re.IGNORECASE)
        asks = [s for s in sentences if "?" in s or re.search(_ASKS, s, re.IGNORECASE)]
        return any(terms.search(s) for s in asks) or (any(fees.search(s) for s in asks) and bool(re.search(
            lx.CUES["cancellation"][lang] + "|" + lx.CUES["absence"][lang] + "|" + lx.CUES["move"][lang], text, re.IGNORECASE)))

    asks = [s for s in sentences if "?" in s or re.search(_ASKS, s, re.IGNORECASE)]
    terms = re.compile(lx.CUES["policy_question"][lang], re.IGNORECASE)
    asked_terms = any(terms.search(s) for s in asks)
    named_terms = asked_terms or (bool(asks) and any(terms.search(s) for s in sentences))
    cancel_now = re.compile(lx.CANCEL_NOW[lang], re.IGNORECASE)
    # "Hoeveel op voorhand moet je annuleren?": cancelling asked about in the terms' own question is no cancelling now
    cancels_now = any(cancel_now.search(s) and not ("?" in s and terms.search(s)) for s in sentences)
    if named_terms and re.search(lx.INVOICE_WORDS[lang], text, re.IGNORECASE) and not cancels_now:
        # the bill of a past cancellation, and what the terms are ("Where does it say so? I find no
        # cancellation terms in the quote"): the question may be asked beside the terms, not with them
        return Kind.policy_question
    if said("absence"):
        return Kind.absence_notice
    cancel = re.compile(lx.CUES["cancellation"][lang], re.IGNORECASE)
    if any(cancel.search(s) and not cond.search(s) and not (asked_terms and ("?" in s or terms.search(s))) for s in sentences):
        # "how much notice to cancel?" beside a question on the policy is not cancelling; "we need to cancel ... Is the
        # deposit refundable?" is (the question is asked beside the cancellation, not with it)
        return Kind.cancellation
    if asked_about_fees():
        return Kind.policy_question
    if said("move"):
        return Kind.reschedule_request
    clash = re.compile(lx.CLASH_WORDS[lang], re.IGNORECASE)
    if asks and any(clash.search(s) and not cond.search(s) for s in sentences):
        return Kind.reschedule_request  # "tomorrow at 2.30 clashes with a client escalation. Can we do ... ?": the meeting must move
    if said("away"):
        return Kind.absence_notice
    days = "|".join(WEEKDAY_NAMES[lang])
    if any(re.search(lx.ELSEWHERE[lang], s) and re.search(rf"\b(?:{days})", s, re.IGNORECASE) for s in sentences) \
            and re.search(lx.OFFER_SELF[lang], text, re.IGNORECASE):
        return Kind.reschedule_request  # "lunedì e martedì sono a Milano. Io potrei mercoledì 16": other days offered
    if re.search(lx.CONFIRM_CUES[lang], text, re.IGNORECASE) or re.search(lx.CONFIRM_OPEN, text, re.IGNORECASE):
        return Kind.other
    if re.search(lx.PLANNED_ASK[lang], text, re.IGNORECASE) and not re.search(lx.INVITE_FRAMES[lang], text, re.IGNORECASE):
        return Kind.other  # "Inför mötet om bodelningen på tisdag ... undrar jag två saker": a meeting already set, asked about
    if said("invitation", even_if=True) or re.search(lx.INVITE_FRAMES[lang], text, re.IGNORECASE):  # "I invite you on Monday or, if that suits better, Tuesday"
        return Kind.invitation
    return Kind.other


def settle(kind: Kind, text: str, lang: Language, proposed: Sequence[TimeSpan], *, late: bool = False) -> Kind:
    """A "cannot make it" with a new day offered asks to move it, when no word calls the meeting off or the client
    asks in so many words to move a meeting that is not today ("salta ... possiamo recuperarla venerdì 11?") without
    cancelling outright (a same-day "niet door kan gaan ... stelt voor te verplaatsen" stays a late cancellation)."""
    asks_to_move = not late and re.search(lx.MOVE_VERBS[lang], text, re.IGNORECASE) and not re.search(lx.CANCEL_NOW[lang], text, re.IGNORECASE)
    if kind is Kind.cancellation and (asks_to_move or not re.search(lx.CALL_OFF[lang], text, re.IGNORECASE)) and any(
            t.has_day and not vague(t, lang) for t in proposed):
        return Kind.reschedule_request
    return kind


def is_late(text: str, lang: Language, meeting: datetime | date | None, reference: datetime | None) -> bool:
    """A cancellation is late when it says so ("last minute", "tomorrow") or the meeting is within 48 hours."""
    if re.search(lx.LATE_CUES[lang], text, re.IGNORECASE):
        return True
    if meeting is not None and reference is not None:
        when = meeting if isinstance(meeting, datetime) else datetime.combine(meeting, datetime.min.time())
        ref = reference.replace(tzinfo=None)
        return timedelta(0) <= when - ref <= timedelta(hours=48) or (when.date() == ref.date())
    return False


def intents_for(kind: Kind, *, late: bool, past: bool) -> list[Intent]:
    """The reply intents that fit a kind of message, the likeliest first."""
    if kind in (Kind.invitation,):
        return list(_AVOID)
    if kind is Kind.reschedule_request:
        return [Intent.reschedule, Intent.decline, Intent.switch_to_call, Intent.switch_to_email, Intent.delegate, Intent.shorten]
    if kind is Kind.cancellation:
        return [Intent.late_cancellation, Intent.cancellation_policy, Intent.reschedule] if late else [Intent.reschedule, Intent.cancellation_policy]
    if kind is Kind.absence_notice:
        if past:
            return [Intent.no_show_followup, Intent.cancellation_policy]
        return [Intent.late_cancellation, Intent.reschedule, Intent.cancellation_policy] if late else [Intent.reschedule, Intent.cancellation_policy]
    if kind is Kind.policy_question:
        return [Intent.cancellation_policy]
    return []


# A chatty message ends its sentences with an emoji as often as with a full stop ("non ce la faccio 😩 Possiamo ...").
_EMOJI = "\u2600-\u27bf\U0001f300-\U0001faff"


# "kl. 10", "déc., 10h", "ca. 14": an abbreviation's dot before a number, a comma or a lower-case word ends no sentence
_ABBR_DOT = re.compile(r"(?<![\w.])([^\W\d_]{1,4})\.(?=,|[ \t]+[\da-zà-ÿ])")


def _sentence(text: str, start: int, end: int, stops: str = ".!?\n") -> str:
    stop = re.compile(f"[{re.escape(stops)}{_EMOJI}]")
    seen = _ABBR_DOT.sub(lambda m: m.group(1) + "\x00", text) if "." in stops else text  # same length
    seen = re.sub(r"(?<=\d)[:.](?=\d)", "\x00", seen)  # "8:30am", "10.00 uur": a clock's colon or dot ends no clause
    a = max((m.start() for m in stop.finditer(seen, 0, start)), default=-1)
    b = stop.search(seen, end)
    return text[a + 1:b.start() if b else len(text)]


def roles(text: str, times: Sequence[TimeSpan], lang: Language, kind: Kind, reference: datetime | None = None) -> tuple[TimeSpan | None, list[TimeSpan]]:
    """Which time is the meeting's and which ones the client proposes.

    Unless the client missed a meeting, a day before the reference ("thanks for yesterday's call", "your
    e-mail of 8 March") is not the meeting's when a later time is there.
    """
    text = _clock_dots(text)
    times = [t for t in times if not neither(text, t, lang)]
    if not times:
        return None, []
    # "a bill today for the consultation of 2 December: how much notice?": a question on the terms about a meeting
    # named with its day speaks of that meeting, past or not
    billed = kind is Kind.policy_question and any(t.has_day and anchored(text, t, lang) for t in times)
    if kind is not Kind.absence_notice and reference is not None and not billed:
        ref_day = reference.date()
        later = [t for t in times if not _before(t, ref_day)]
        if later and len(later) < len(times):
            times = later
    # ("after 11am, or Thu 12/10 at 4pm": a clock between them says "after" is no earlier talk)
    after = re.compile(rf"(?:{lx.AFTER_EARLIER[lang]})[ \t]+(?:[^\s\d.!?]+[ \t]+){{0,4}}$", re.IGNORECASE)
    # "following up on our call this morning"; not an "after" inside another time ("tomorrow after lunch instead, or Thursday")
    earlier = [t for t in times if (m := after.search(text, max(0, t.start - 60), t.start))
               and not any(o.start <= m.start() < o.end for o in times)]
    if earlier and len(earlier) < len(times):
        times = [t for t in times if t not in earlier]
    cue = re.compile(lx.PROPOSAL_CUES[lang], re.IGNORECASE)
    move = re.compile(lx.CUES["move"][lang], re.IGNORECASE)
    no = re.compile(lx.UNABLE[lang], re.IGNORECASE)
    proposed_flags = []
    for i, t in enumerate(times):
        sent = _sentence(text, t.start, t.end)
        before = text[max(0, t.start - 40):t.start]
        alt = i > 0 and re.search(r"\b(?:or|ou|o|oppure|of|eller|otherwise|sinon|altrimenti|sennò|anders|annars)\b[^.!?\n]*$", before, re.IGNORECASE)
        clause = _sentence(text, t.start, t.end, ".!?\n:;,")
        if _unable(clause, t, no, lang) or re.search(lx.BUSY[lang], clause, re.IGNORECASE):  # "giovedì non riesco": a time the client cannot do is not a proposal
            proposed_flags.append(False)
            continue
        # "Dus om 16.00 uur?": a later time the client asks about when moving a meeting is one they offer
        asked = i > 0 and kind in (Kind.reschedule_request, Kind.cancellation, Kind.absence_notice) and _ends_asking(text, t.end)
        also = i > 0 and re.search(lx.ALSO_CUES[lang], sent, re.IGNORECASE)  # "Kan ook vrijdag de 11de"
        if re.search(lx.NEXT_MEETING[lang], text[max(0, t.start - 40):t.start], re.IGNORECASE):
            proposed_flags.append(False)  # "får vi spela in nästa föreläsning den 21 januari?": a meeting already planned
            continue
        # "una convocazione in banca proprio per venerdì pomeriggio: possiamo spostare ...": a cue after a colon that
        # follows the time speaks of what comes after it
        stop = re.search(r"[.!?\n]|:(?!\d)", text[t.end:])
        head = _sentence(text, t.start, t.end, ".!?\n:") if stop is not None and stop.group(0) == ":" else sent
        instead = bool(re.match(lx.INSTEAD_AFTER[lang], text[t.end:t.end + 20], re.IGNORECASE))  # "martedì 9 alle 10 piuttosto?"
        proposed_flags.append(bool(cue.search(head) or alt or _under_proposal(text, t.start, cue) or asked or also or instead))
    # "Pour la visite de chantier de mercredi 8h, tu pourrais plutôt passer après-demain ?": the time written onto
    # the meeting's noun is the meeting's, even in a sentence that proposes another one
    own = [anchored(text, t, lang) for t in times]
    if kind is not Kind.invitation:
        instead = [bool(re.match(lx.INSTEAD_AFTER[lang], text[t.end:t.end + 20], re.IGNORECASE)) for t in times]
        # "De les van dinsdag om 14.00 uur verzetten? De week erna, zelfde tijd?": a slot counted from it comes later
        counted = re.compile(rf"(?<![\w]){lx.WEEKS_AFTER[lang]}(?![\w])", re.IGNORECASE)
        proposed_flags = [p and (instead[i] or not (own[i] and (any(proposed_flags[i + 1:]) or counted.search(text, times[i].end))))
                          for i, p in enumerate(proposed_flags)]
    if kind in (Kind.reschedule_request, Kind.other):
        # "Pourrions-nous faire la revue le 14 à 15h, ou le mercredi 16 ?": a slot and its alternative side by side,
        # one offered, are both offered (not a time written onto the meeting's noun)
        for i in range(len(times) - 1, 0, -1):
            a, b = times[i - 1], times[i]
            if proposed_flags[i] and not proposed_flags[i - 1] and not anchored(text, a, lang, strong=True) and a.has_day and (b.has_day or b.has_clock) \
                    and _sentence(text, a.start, a.end) == _sentence(text, b.start, b.end) and _OR_GAP.fullmatch(text[a.end:b.start]) \
                    and not re.search(lx.INSTEAD_OF[lang], text[max(0, a.start - 30):a.start], re.IGNORECASE):
                proposed_flags[i - 1] = True
    # "next week, say Monday 9am or Tuesday 4pm": the vague week goes when days are proposed
    week = re.compile(lx.WEEK_WORDS[lang], re.IGNORECASE)
    week_of = re.compile(r"\b(?:week of|semaine du|settimana del|week van|veckan (?:den|från))\s*$", re.IGNORECASE)
    keep = [not week_of.search(text[max(0, t.start - 20):t.start]) and not (p and week.fullmatch(t.text.strip()) and any(q and o is not t and o.has_day and not week.fullmatch(o.text.strip()) for o, q in zip(times, proposed_flags)))
            for t, p in zip(times, proposed_flags)]
    # "zin om volgende week te lunchen? ... Woensdag ... of vrijdag na tweeën": the days offered after the week lie in it
    week_said = next((t for t in times if _NEXT_WEEK_SAID.fullmatch(t.text.strip())), None)
    if week_said is not None and reference is not None:
        monday = reference.date() - timedelta(days=reference.weekday()) + timedelta(days=7)
        times = [_into_week(t, monday) if k and t.start > week_said.end and t.has_day and _WEEKDAY_ONLY[lang].match(t.text) else t
                 for t, k in zip(times, keep)]
    times = [t for t, k in zip(times, keep) if k]
    proposed_flags = [p for p, k in zip(proposed_flags, keep) if k]
    if not times:
        return None, []
    was = re.compile(rf"(?:{lx.INSTEAD_OF[lang]})\s+(?:(?:the|le|la|il|de|het|kl\.?)\s+)?$", re.IGNORECASE)
    old = [t for t in times if was.search(text[max(0, t.start - 30):t.start])]
    if len(old) == 1 and kind is not Kind.absence_notice:  # "can we make it 3pm instead of 2pm on Thursday?"
        sent = _sentence(text, old[0].start, old[0].end)
        new = [t for t in times if t is not old[0] and _sentence(text, t.start, t.end) == sent]
        if new:
            rest = [t for t, p in zip(times, proposed_flags) if p and t is not old[0] and t not in new]
            return old[0], sorted(new + rest, key=lambda t: t.start)
    if kind is Kind.invitation:
        named = [t for t in times if not week.fullmatch(t.text.strip())]
        for a, b in zip(named, named[1:]):
            # "X or Y", "X, of anders Y", "X au restaurant du Palais-Royal, ou, si cela vous convient mieux, Y": two slots
            one = _sentence(text, a.start, a.end) == _sentence(text, b.start, b.end) and _OR_GAP.fullmatch(text[a.end:b.start])
            # "Passar det torsdag kl 13? Annars funkar fredag": a time asked for, then a fallback in the next
            # sentence, is the meeting's time and one offer (v5 labels four such invitations this way, v3 one the
            # other way); only two slots side by side in one sentence fix no time
            # "le 17 à 14h, chez elle ? Sinon le lendemain matin, vers 10h", "Tuesday at 11 at Lokaal? or Thursday after
            # five": a slot asked for and, right after the question, its alternative are two offers too
            asked_or = not one and _ends_asking(text, a.end) and _ALTERNATIVE_AFTER_QUESTION.fullmatch(text[a.end:b.start])
            if a.has_day and (b.has_day or b.has_clock) and (one or asked_or):
                # "are you free Tuesday 16/3 at 10 or Wednesday 17/3 at 2?": two slots offered, no time fixed yet; a
                # time before them is the meeting only when its sentence names one ("the review set for Wednesday 9
                # December"), else background ("the contract ends on 31 January")
                slots = [t for t in named if t is a or t is b or (t.start > b.end and proposed_flags[times.index(t)])]
                meant = re.compile(rf"\b(?:{lx.MEETING_NOUNS[lang]})", re.IGNORECASE)
                held = [t for t in named if t.end <= a.start and t.has_day and meant.search(_sentence(text, t.start, t.end))]
                return (held[0] if held else None), slots
        if _under_proposal(text, times[0].start, cue) and sum(proposed_flags) >= 2:
            return None, [t for t, p in zip(times, proposed_flags) if p and not week.fullmatch(t.text.strip())]  # a list of slots
        # "Zin om volgende week te lunchen? Woensdag 16 dec om 12.30 ...": the day named, not the week around it
        named = [t for t in times if not week.fullmatch(t.text.strip())]
        # "the venue opens at 8:30 ... See you Thursday 11 March at 9": a time with its day before a bare clock
        # "i morgon om en vecka, måndag 14 december kl. 10.30": the day with its clock before a day alone
        meeting = next((t for t in named if t.has_day and t.has_clock), None) or next((t for t in named if t.has_day), named[0] if named else times[0])
        return meeting, [t for t in times if t is not meeting and t.start > meeting.start and proposed_flags[times.index(t)]
                         and not week.fullmatch(t.text.strip())]
    confirm = re.compile(lx.CONFIRM_CUES[lang], re.IGNORECASE)
    opened = re.compile(lx.CONFIRM_OPEN, re.IGNORECASE)  # "Bevestigd: de kwartaalreview staat ... voor vrijdag 18 december"
    accepted = [t for t in times if t.has_day and (confirm.search(_sentence(text, t.start, t.end)) or opened.search(_sentence(text, t.start, t.end)))
                and not _ends_asking(text, t.end)]
    owned = re.compile(rf"\b(?:{lx.MEETING_HEADS[lang]})[ \t]+(?:on|le|de|du|del|di|il|op|van|på|den)?[ \t]*$", re.IGNORECASE)
    if kind is Kind.other and not accepted:  # "Jag tar med Petra på mötet på tisdag": the meeting's own day, no offer
        # "pour l'atelier RPS de mardi 15 à 10h : pourriez-vous m'envoyer l'ordre du jour ?", "vóór ons werkoverleg van
        # vrijdag om 10u?": a day written onto the meeting's noun is its time, whatever the sentence asks for
        accepted = [t for t in times if t.has_day and (owned.search(text[max(0, t.start - 40):t.start]) and not _ends_asking(text, t.end)
                                                      or anchored(text, t, lang, strong=True))]
    if kind is Kind.other and accepted:
        # a confirmation ("Tack, torsdag 17 december kl. 13.00 passar bra"): the time it accepts is the meeting's,
        # no offer; a time in another sentence keeps its reading ("ma giovedì non riesco: che ne dici di venerdì?")
        return accepted[0], [t for t, p in zip(times, proposed_flags) if p and t.start > accepted[0].end
                             and _sentence(text, t.start, t.end) != _sentence(text, accepted[0].start, accepted[0].end)]
    fixed = [t for t, p in zip(times, proposed_flags) if not p]
    proposed = [t for t, p in zip(times, proposed_flags) if p and not week.fullmatch(t.text.strip())]  # "nästa vecka" is no time
    if kind is Kind.reschedule_request and len(times) >= 2 and move.search(_sentence(text, times[0].start, times[0].end)):
        if re.fullmatch(r"\s+(?:to|à|au|a|al|alla|naar|op|till|på)\s+(?:(?:the|le|il|la|den|de)\s+)?", text[times[0].end:times[1].start], re.IGNORECASE):
            # "moved from 10 March to 17 March": the day it had, then the new one
            return times[0], [times[1]] + [t for t, p in zip(times[2:], proposed_flags[2:]) if p and not week.fullmatch(t.text.strip())]
        if not fixed and re.match(lx.INSTEAD_AFTER[lang], text[times[0].end:times[0].end + 20], re.IGNORECASE):
            return None, list(times)  # "Could we do the drawings review on Wednesday 16th at 4.45pm instead, or ...?"
        if not fixed and _OR_GAP.fullmatch(text[times[0].end:times[1].start]) \
                and _sentence(text, times[0].start, times[0].end) == _sentence(text, times[1].start, times[1].end):
            return None, list(times)  # "Pourriez-vous plutôt le mardi 26 à 14h ou le jeudi 28 ?": two slots side by side, both new
        if not fixed:
            return times[0], list(times[1:])  # "could we move Tuesday's meeting to Thursday at 10?"
        if fixed[0] is not times[0] and proposed and proposed[0] is times[0] and not anchored(text, fixed[0], lang, strong=True):
            # "can we do Thursday's 15.00 call an hour later? So at 16.00?": the first time is the one moved
            return times[0], [t for t in proposed[1:]]
    if kind in (Kind.cancellation, Kind.absence_notice):
        event = re.compile(lx.CUES["cancellation"][lang] + "|" + lx.CUES["absence"][lang], re.IGNORECASE)
        # "Ik moet de intake van vanmiddag 13.30 uur helaas afzeggen, ... en ik kan geen opvang regelen": the time in
        # the clause that calls the meeting off is its time, whatever the rest of the sentence says
        called = [t for t in proposed if event.search(c := _sentence(text, t.start, t.end, ".!?\n:;,")) and not cue.search(c)]
        if called:
            fixed = sorted([*fixed, *called], key=lambda t: t.start)
            proposed = [t for t in proposed if t not in called]
        said = [t for t in fixed if event.search(_sentence(text, t.start, t.end))]
        # "stamattina ho la febbre e non riesco a essere presente alla sessione delle 9:30 di oggi": of the times in
        # the sentence, the one that follows the meeting's noun is the meeting's; else the first
        noun = re.compile(rf"\b(?:{lx.MEETING_NOUNS[lang]})\w*\b[^.!?\n,;:]{{0,40}}$", re.IGNORECASE)
        owned = [t for t in said if noun.search(text[max(0, t.start - 60):t.start]) or anchored(text, t, lang)]
        if not said:
            said = [t for t in fixed if anchored(text, t, lang)]
        if said:  # "stamattina ho la febbre. Domani alle 9 non ce la faccio": the time the client cannot keep
            return (owned or said)[0], proposed
    if kind is Kind.policy_question and not fixed and proposed:
        # "I'm thinking of booking a massage on Sat 19 Dec at 11:00. What's your cancellation policy?": the question
        # is about that booking; the client offers no time
        return proposed[0], proposed[1:]
    specific = [t for t in fixed if not week.fullmatch(t.text.strip())]
    dated = [t for t in specific if t.has_day]  # a time with its day before a bare clock ("opens at 8:30")
    dated = [t for t in dated if anchored(text, t, lang)] + [t for t in dated if not anchored(text, t, lang)]  # "la seduta del 19 novembre"
    meeting = (dated or specific or fixed or [None])[0]  # "away next week, so Tuesday 19/3 is off": the Tuesday
    return meeting, proposed


# the gap between two slots offered side by side: "X or Y", "X, of anders Y", "X au restaurant du Palais-Royal, ou, si
# cela vous convient mieux, Y"
_OR_GAP = re.compile(
    r"(?:[ \t]+[^,.!?\n]{1,40}?)?[ \t]*,?[ \t]*(?:or|ou|o|oppure|of|eller)\b(?:[ \t]*,)?"
    r"(?:[ \t]+(?:anders|otherwise|else|sinon|altrimenti|annars|alternatively|autrement|in alternativa|à défaut|failing that|"
    r"alternativt|als alternatief)\b[ \t]*,?)?(?:[ \t]*,?[ \t]*"  # "o, in alternativa, martedì 19", "or, alternatively, Monday"
    r"(?:if|si|se|als|om)\b[^,.!?\n]{1,50},)?[ \t]*(?:(?:on|le|il|op|på|the)[ \t]+)?", re.IGNORECASE)
# the gap between a slot asked for and its alternative: "… chez elle ? Sinon le", "? or", "? Otherwise, the"
_ALTERNATIVE_AFTER_QUESTION = re.compile(
    r"[ \t]*,?(?:[ \t]+[^,.!?\n]{1,60}?)?[ \t]*,?[ \t]*\?[ \t]*\n?[ \t]*(?:or|ou|o|oppure|of|eller|sinon|otherwise|else|or else|failing that|"
    r"altrimenti|sennò|in alternativa|anders|annars|alternatively|autrement|à défaut)\b[ \t]*,?"
    r"(?:[ \t]+(?:anders|otherwise|else|sinon|altrimenti|annars|alternatively|autrement))?[ \t]*,?[ \t]*(?:(?:on|le|il|op|på|the)[ \t]+)?",
    re.IGNORECASE)


# a weekday as the whole day part of a time ("Woensdag rond kwart over twaalf", "vrijdag na tweeën"), no date after it
_WEEKDAY_ONLY = {lang: re.compile(rf"(?:{'|'.join(WEEKDAY_NAMES[lang])})\w*(?![ \t]*,?[ \t]*(?:the[ \t]+|le[ \t]+|il[ \t]+|den[ \t]+)?\d{{1,2}}(?!\d|[:.h]\d|[ \t]*(?:uur|h\b|am|pm)))",
                                  re.IGNORECASE) for lang in Language}


def _into_week(t: TimeSpan, monday: date) -> TimeSpan:
    """A weekday read in the days before `monday` moved into the week that starts then (no date was written)."""
    if not isinstance(t.resolved, (date, datetime)):
        return t
    day = t.resolved.date() if isinstance(t.resolved, datetime) else t.resolved
    if day >= monday or day < monday - timedelta(days=7):
        return t
    return replace(t, resolved=t.resolved + timedelta(days=7))


def _unable(clause: str, t: TimeSpan, no: re.Pattern[str], lang: Language) -> bool:
    """The client says they cannot do this time; not when the "cannot" is a condition said before it ("If Mon cannot
    then Tue afternoon also can", "se lunedì non riesci, martedì va bene")."""
    m = no.search(clause)
    if m is None:
        return False
    at = clause.find(t.text)
    return not (at > m.end() and re.search(lx.CONDITIONAL[lang], clause[:m.start()], re.IGNORECASE))


def refused_then_offered(text: str, times: Sequence[TimeSpan], proposed: Sequence[TimeSpan], lang: Language) -> bool:
    """A time the client says they cannot keep, then a later day offered ("Zaterdag om 11.15 uur ... gaat niet lukken.
    Kan donderdag 10 om 17.00 uur?", "onsdag kl. 9 passar inte längre ... Annars tisdag 15/12"): a request to move,
    though no word of moving is written. A condition ("if Monday doesn't work") states a case, not a refusal."""
    text = _clock_dots(text)
    no = re.compile(lx.UNABLE[lang] + "|" + lx.BUSY[lang], re.IGNORECASE)
    cond = re.compile(lx.CONDITIONAL[lang], re.IGNORECASE)
    for t in times:
        if t in proposed or not t.has_day:
            continue
        clause = _sentence(text, t.start, t.end, ".!?\n:;,")
        if no.search(clause) and not cond.search(clause) and any(p.start > t.end and p.has_day for p in proposed):
            return True
    return False


_SPACED_DASH = re.compile(r"\s[-–—]\s")


def _dashed(text: str, t: TimeSpan, clause: str) -> str:
    """The part of a clause between spaced dashes that holds the time ("missing our session yesterday at 2 - I had it
    in my diary for 4pm": what the client believed is the other part)."""
    at = text.rfind(clause, 0, t.start + len(clause)) if clause else -1
    if at < 0:
        return clause
    a, b = t.start - at, t.end - at
    cuts = [m for m in _SPACED_DASH.finditer(clause)]
    lo = max((m.end() for m in cuts if m.end() <= a), default=0)
    hi = min((m.start() for m in cuts if m.start() >= b), default=len(clause))
    return clause[lo:hi]


def neither(text: str, t: TimeSpan, lang: Language) -> bool:
    """A time that is neither the meeting's nor a proposal: a deadline for an answer ("let me know by Friday"),
    the end of a period away ("en congé jusqu'au 15 mars"), or a working day's hours with no day ("available from 9 to 5", "gepland van 9.00 tot 16.00 uur")."""
    if t.has_clock and not t.has_day and range_hours(t.text, lang) >= 4:
        return True
    before = text[max(0, t.start - 30):t.start]
    line_start, line_end = text.rfind("\n", 0, t.start) + 1, text.find("\n", t.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if _PHONE.search(line[:t.start - line_start] + " " * (t.end - t.start) + line[t.end - line_start:]):
        return True  # "cell. 333 0001122 (meglio dopo le 18)", "Tél. 04 72 00 18 36 (9h-12h)": when to phone
    if re.search(lx.NEITHER_BEFORE[lang], text[max(0, t.start - 60):t.start], re.IGNORECASE):
        return True  # "né mercoledì né giovedì riesco": days ruled out
    if re.search(lx.BELIEVED[lang], _dashed(text, t, _sentence(text, t.start, t.end, ".!?\n:;,")), re.IGNORECASE) \
            or re.search(lx.CALL_INSTEAD[lang], _sentence(text, t.start, t.end), re.IGNORECASE):
        return True  # "ero convinta che fosse alle 15 e non alle 11", "morgen op kantoor als je liever belt"
    if not t.has_clock and re.match(r"[ \t]+(?:ervoor|daarvoor|before|beforehand|d['’]avant|précédente?|precedente|prima|innan|före)\b",
                                    text[t.end:t.end + 20], re.IGNORECASE) and _bare_weekday(t, lang):
        return True  # "de vrijdag ervoor", "the Friday before": a day counted back from another, when something else happened
    if re.search(lx.WISH_BEFORE[lang], before, re.IGNORECASE):
        return True  # "Buona domenica", "Have a good Friday": a wish
    if _bare_weekday(t, lang) and re.search(lx.ANY_DAY_BEFORE[lang], before, re.IGNORECASE):
        return True
    if not t.has_clock and not re.search(r"\d", t.text) and re.search(lx.ANY_TIME_BEFORE[lang], before, re.IGNORECASE):
        return True  # "any morning next week suits", "n'importe quel jour de la semaine prochaine": no time named  # "n'importe quel mercredi après-midi", "se il sabato non lavori": any week's day, a habit
    clause = _dashed(text, t, _sentence(text, t.start, t.end, ".!?\n:;,"))
    if re.search(lx.OTHER_EVENT[lang], clause, re.IGNORECASE) and not anchored(text, t, lang) \
            and not re.search(rf"\b(?:{lx.MEETING_NOUNS[lang]})|(?:{lx.MEETING_HEADS[lang]})\b", clause, re.IGNORECASE):
        return True  # "la convocation reçue hier", "the invoice you sent Friday": when something else happened
    if re.search(lx.UNTIL_BEFORE[lang], before, re.IGNORECASE) and re.search(lx.AWAY_WORDS[lang], _sentence(text, t.start, t.end), re.IGNORECASE):
        return True  # "out of the office until Monday 15 March": the end of a period away
    if re.search(lx.FROM_BEFORE[lang], before, re.IGNORECASE) and re.search(lx.AWAY_WORDS[lang], _sentence(text, t.start, t.end, ".!?\n:;,"), re.IGNORECASE):
        return True  # "Jag är föräldraledig från den 14:e": the start of a period away
    if not t.has_day and (re.search(r"(?:\buntil|\bjusqu['’](?:à|a)|\b(?:fino|sino)(?: a| alle)?|\bfram till|\bända till)\s+$", before, re.IGNORECASE)
                          or re.match(r"(?:until|tot|jusqu)\b", t.text, re.IGNORECASE)) \
            and not _MOVED.search(text[max(0, t.start - 80):t.start]):
        return True  # "ho una riunione fino alle 19", "beschikbaar tot 17u": the end of something else, not a time offered
    if re.search(lx.EXCEPT_BEFORE[lang], before, re.IGNORECASE):
        return True  # "elke ochtend behalve woensdag": a day ruled out
    part = _sentence(text, t.start, t.end, ".!?\n:;,")
    if re.search(lx.BUSY[lang], part, re.IGNORECASE) and not re.search(rf"\b(?:{lx.MEETING_NOUNS[lang]})", part, re.IGNORECASE):
        return True  # "..., jag jobbar hela fredagen": a day the client is busy, in a clause that names no meeting
    if _bare_weekday(t, lang) and re.search(lx.ELSEWHERE[lang], part):
        return True  # "lunedì e martedì sono a Milano per lavoro", "Thursday I'm in Leeds": days the client is elsewhere
    if _weekday_range(text, t, lang):
        return True  # "du lundi au jeudi de 8h30 à 16h", "ma t/m do": the days of a week's hours
    sentence = _sentence(text, t.start, t.end)
    clause = _sentence(text, t.start, t.end, ".!?\n:;")
    if not t.has_day and re.search(lx.REACH_WORDS[lang], clause, re.IGNORECASE):
        return True  # "bellen tussen 12.00 en 13.00 uur": when to call, not a meeting
    if not t.has_clock and re.search(lx.CONTACT_SELF[lang], clause, re.IGNORECASE) and not re.search(rf"\b(?:{lx.MEETING_NOUNS[lang]})", clause, re.IGNORECASE):
        return True  # "eventualmente chiamo domani": when the client will phone, not a slot
    if (not t.has_day or _bare_weekday(t, lang)) and re.search(lx.HABITUAL[lang], clause, re.IGNORECASE):
        return True  # "I'm free most days before 9.30am": a habit, not a time offered
    part = _sentence(text, t.start, t.end, ".!?\n:;,()")  # "19.30 - 21.30 uur (zaal open vanaf 19.00 uur)": the aside is its own
    if part.strip() == t.text.strip() and text[max(0, t.start - 2):t.start].strip() == "(":
        part = _sentence(text, t.start - 2, t.start - 1, ".!?\n:;,")  # "enkel 's voormiddags open (8u30-12u)": what the bracket says
    if re.search(lx.OPENING_WORDS[lang], part, re.IGNORECASE) and not re.search(rf"\b(?:{lx.MEETING_NOUNS[lang]})", part, re.IGNORECASE):
        return True  # "lo studio riapre il 7", "the office closes from 23 December": when a place opens or closes
    if re.search(lx.ANSWER_WORDS[lang], sentence, re.IGNORECASE) and not re.search(rf"\b(?:{lx.MEETING_NOUNS[lang]})", sentence, re.IGNORECASE) \
            and re.search(lx.DEADLINE_ONLY_BEFORE[lang].removesuffix("$"), re.split(r"[.!?\n]", text[t.end:t.end + 80])[0], re.IGNORECASE):
        return True  # "the accounts close on 18 December, so an answer before then would help": the deadline said after the day
    if re.search(lx.DEADLINE_BEFORE[lang], before, re.IGNORECASE):
        # "let me know by Friday", and any other deadline ("il me faut ton devis avant mercredi midi", "valider le bon
        # de commande avant le 18 décembre") in a clause that neither names a meeting nor meeting ("can we meet before Friday?")
        sentence = _sentence(text, t.start, t.end)
        clause = _sentence(text, t.start, t.end, ".!?\n:;")
        answer = re.search(lx.ANSWER_WORDS[lang], sentence, re.IGNORECASE) and not re.search(lx.CONFIRM_OPEN, sentence, re.IGNORECASE)
        return bool(answer) or (  # "Bevestigd: ... staat in de agenda voor vrijdag 18 december" confirms, asks no answer by then
            bool(re.search(lx.DEADLINE_ONLY_BEFORE[lang], before, re.IGNORECASE))
            and not re.search(rf"\b(?:{lx.MEETING_NOUNS[lang]})", clause, re.IGNORECASE))
    return False


# A phone number on the line: "Tel. 04 72 00 18 36", "cell. 333 0001122", "+46 70 123 45 67", "mob: 0475 12 34 56".
_PHONE = re.compile(r"(?:\b(?:tel|tél|téléphone|phone|ph|cell|cellulare|mobile|mob|gsm|tfn|telefon|telefoon|mobil|t|m)\b\.?\s*:?\s*|(?<![\w/])\+)"
                    r"\d[\d \-.()/]{6,}\d(?![\w/])", re.IGNORECASE)


def _bare_weekday(t: TimeSpan, lang: Language) -> bool:
    """A weekday said alone, maybe with a part of the day ("mercredi après-midi"), with no date or clock."""
    if t.has_clock or re.search(r"\d", t.text):
        return False
    day = "|".join(WEEKDAY_NAMES[lang])
    return bool(re.fullmatch(rf"(?:{day})\w*(?:\s+\S+)?", t.text.strip(), re.IGNORECASE))  # "dinsdagavond" too


def anchored(text: str, t: TimeSpan, lang: Language, *, strong: bool = False) -> bool:
    """Whether the time is the meeting's own, written onto the noun naming it ("la visite de chantier de mercredi
    8h", "la formation ... prévue le jeudi 10/12", "il sopralluogo in villa di martedì alle 11", "Wednesday's site
    walk-round"), in a clause that offers nothing instead."""
    clause = _sentence(text, t.start, t.end, ".!?\n:;,")
    heads = rf"(?:{lx.MEETING_HEADS[lang]})"
    edge = "" if lang in (Language.nl, Language.sv) else r"\b"  # Dutch and Swedish heads end compounds ("nulmeting")
    before = re.sub(r"(?<!\n)\n(?!\n)", " ", text[max(0, t.start - 70):t.start])  # a line wrapped in the mail ("la nostra riunione\ndi venerdì")
    m = re.search(rf"{edge}{heads}\w*(?:[ \t]+[^\s\d.,;:!?()]+){{0,6}}?[ \t]*(?:(?P<strong>{lx.ANCHOR_LINK[lang]})|{lx.ANCHOR_WEAK[lang]})"
                  rf"[ \t]*(?:(?:the|le|la|il|den|de)[ \t]+)?$", before, re.IGNORECASE)
    if m and (m.group("strong") or not strong and not re.search(lx.INSTEAD_WORDS[lang], clause, re.IGNORECASE)):
        return True
    after = text[t.end:t.end + 50]  # "Wednesday's site walk-round", "torsdagens möte", "the 11/30 session"
    return bool(re.match(rf"(?:(?:'s|’s|ens|s)[ \t]+(?:[^\s.,;:!?]+[ \t]+){{0,3}}?|[ \t]+){heads}\b", after, re.IGNORECASE))


_RANGE_TO = r"(?:-|–|—|au|to|through|thru|al|a|t/m|t\.m\.|tot en met|tot|till|och)"


def _weekday_range(text: str, t: TimeSpan, lang: Language) -> bool:
    """A weekday that opens or closes a run of days ("du lundi au jeudi", "Mon–Thu", "ma t/m do", "mån–fre")."""
    day = rf"(?:{'|'.join(WEEKDAY_NAMES[lang])}|{'|'.join(re.escape(a) for a in WEEKDAY_ABBREVIATIONS[lang])})\.?"
    first = re.match(rf"(?:(?:from|du|de|dal|da|van|från)\s+)?{day}", t.text, re.IGNORECASE)
    if first is None:
        return False
    if re.match(rf"\s*{_RANGE_TO}\s*(?:le\s+|il\s+)?{day}(?![\w])", text[t.start + first.end():t.start + first.end() + 30], re.IGNORECASE):
        return True
    return bool(re.search(rf"(?<![\w]){day}\s*{_RANGE_TO}\s*(?:le\s+|il\s+)?$", text[max(0, t.start - 30):t.start], re.IGNORECASE))


def _clock_dots(text: str) -> str:
    """The text with the dot of a clock or date ("10.00 uur", "kl. 9.30", "15.12.") read as no full stop (same length)."""
    return _KL_DOT.sub(" ", re.sub(r"(?<=\d)\.(?=\d)", ":", text))


_KL_DOT = re.compile(r"(?<=\b[kK]l)\.(?=[ \t]?\d)")  # "kl. 14": the abbreviation's dot ends no sentence


def _ends_asking(text: str, pos: int) -> bool:
    """Whether the sentence going on at `pos` ends with a question mark."""
    m = re.search(f"[.!?\\n{_EMOJI}]", text[pos:pos + 200])
    return bool(m and m.group(0) == "?")


def thanked_for(text: str, t: TimeSpan, lang: Language) -> bool:
    """"Thanks for the workshop on Friday", "Grazie per il corso di venerdì": the meeting thanked for, at that time, is
    over (not an invitation thanked for: "thanks for the invite to Friday's call")."""
    sent_start = max(text.rfind(c, 0, t.start) for c in ".!?\n") + 1
    thanks = re.search(lx.THANKS_FOR[lang], text[sent_start:t.start], re.IGNORECASE)
    if thanks is None:
        return False
    between = text[sent_start + thanks.end():t.start]
    return len(between) <= 60 and bool(re.search(rf"(?:{lx.MEETING_HEADS[lang]})", between, re.IGNORECASE)) \
        and not re.search(r"invit|uitnodig|inbjud", between, re.IGNORECASE)


def vague(t: TimeSpan, lang: Language) -> bool:
    """A time that names only a week ("next week"): no day to hold a meeting on."""
    return bool(re.fullmatch(lx.WEEK_WORDS[lang], t.text.strip(), re.IGNORECASE))


# only an "or" between two days: "au 14 ou au 15 à 10h", "mercoledì 16 o giovedì 17 alle 9.30", "tisdag eller torsdag, kl. 11.30"
_BARE_OR = re.compile(r"[ \t]*,?[ \t]*(?:or|ou|o|oppure|of|eller)[ \t]+(?:(?:on|le|au|il|op|på|the|den)[ \t]+)?", re.IGNORECASE)


# a day said with nothing else: "au 14", "mercoledì 16", "tisdag", "Monday 15th" (not "sabato mattina", "lundi 7 dans l'après-midi")
_DAY_ALONE = re.compile(r"(?:(?:au|le|il|al|op|den|the|on)[ \t]+)?(?:(?:%s)[ \t]*)?(?:(?:the[ \t]+)?\d{1,2}(?:st|nd|rd|th|e|er|:e|:a)?)?"
                        % "|".join(sorted({w for lang in Language for w in (*WEEKDAY_NAMES[lang], *WEEKDAY_ABBREVIATIONS[lang])}, key=len, reverse=True)),
                        re.IGNORECASE)


def one_clock_for_both(proposed: list[TimeSpan], text: str) -> list[TimeSpan]:
    """Two days joined by a bare "or", the first said alone and the second with a clock: the clock is said once for
    both days ("au 14 ou au 15 à 10h"). A first day with a part of it ("sabato mattina o lunedì 14 dopo le 17.30")
    keeps that part: it is no day alone."""
    out = list(proposed)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if a.has_day and not a.has_clock and b.has_day and b.has_clock and isinstance(b.resolved, datetime) \
                and isinstance(a.resolved, date) and not isinstance(a.resolved, datetime) and _BARE_OR.fullmatch(text[a.end:b.start]) \
                and _DAY_ALONE.fullmatch(a.text.strip()):
            out[i] = replace(a, resolved=datetime.combine(a.resolved, b.resolved.time()))
    return out


def on_the_meeting_day(t: TimeSpan, meeting: TimeSpan | None, lang: Language) -> TimeSpan:
    """A proposal that gives only a clock ("to 4:30pm", "om 16.00 uur") is on the meeting's day; one that
    says "same time" ("mardi 3 novembre, même heure") is at the meeting's clock."""
    if meeting is None or not isinstance(meeting.resolved, (date, datetime)) or t.resolved is None:
        return t
    m = meeting.resolved
    m_day = m.date() if isinstance(m, datetime) else m
    if t.has_clock and not t.has_day and isinstance(t.resolved, datetime):
        return replace(t, resolved=datetime.combine(m_day, t.resolved.time()))
    t_day = t.resolved.date() if isinstance(t.resolved, datetime) else t.resolved
    if t_day == m_day and _DAY_AFTER_SAID.search(t.text):
        # "samedi 10h ... ou le samedi d'après à 10h", "the Saturday after": the same weekday a week after the meeting's
        t = replace(t, resolved=t.resolved + timedelta(days=7))
        t_day = t_day + timedelta(days=7)
    if not t.has_clock and isinstance(m, datetime) and re.search(lx.SAME_TIME[lang], t.text, re.IGNORECASE):
        day = t.resolved.date() if isinstance(t.resolved, datetime) else t.resolved
        if _NEXT_WEEK_SAID.search(t.text) and not any(w in t.text.casefold() for w in WEEKDAY_NAMES[lang]):
            day = m_day + timedelta(days=7)  # "Zelfde tijd volgende week?" after "Morgen 10.00 uur": a week after the meeting
        return replace(t, resolved=datetime.combine(day, m.time()))
    return t


# "the Saturday after", not "tomorrow after lunch", "martedì dopo pranzo", "fredag efter jobbet"
_DAY_AFTER_SAID = re.compile(r"\w+\s+(?:suivante?|d['’]après|after|following|successiv[oa]|seguente|dopo|erna|daarna|därpå|efter)\b"
                             r"(?!\s+(?:lunch\w*|work|school|noon|midday|pranzo|cena|il lavoro|lavoro|le\b|la\b|jobbet|skolan|\d))", re.IGNORECASE)
# "same time next week", "même heure la semaine prochaine", "zelfde tijd volgende week": the meeting's day a week on
_NEXT_WEEK_SAID = re.compile(r"\b(?:next week|(?:la )?semaine prochaine|(?:la )?settimana prossima|(?:la )?prossima settimana|volgende week|nästa vecka)\b", re.IGNORECASE)
_SAME_TIME_ANY = re.compile("|".join(f"(?:{rx})" for rx in lx.SAME_TIME.values()), re.IGNORECASE)


def on_the_day_before(proposed: Sequence[TimeSpan], text: str) -> list[TimeSpan]:
    """"17-12 om 9 uur of 10 uur", "Thursday at 9 or 10am": a clock alone right after another proposal, joined
    by "or", is on that proposal's day (not on the meeting's)."""
    out: list[TimeSpan] = []
    for t in proposed:
        prev = out[-1] if out else None
        if (prev is not None and t.has_clock and not t.has_day and prev.has_day and isinstance(t.resolved, datetime)
                and isinstance(prev.resolved, (date, datetime))
                and re.fullmatch(r"\s*,?\s*(?:or|ou|o|oppure|of|eller)\s+(?:at\s+|à\s+|alle\s+|om\s+|kl\.?\s*)?", text[prev.end:t.start], re.IGNORECASE)):
            day = prev.resolved.date() if isinstance(prev.resolved, datetime) else prev.resolved
            t = replace(t, resolved=datetime.combine(day, t.resolved.time()))
        elif (prev is not None and not t.has_clock and isinstance(prev.resolved, datetime) and isinstance(t.resolved, date)
              and not isinstance(t.resolved, datetime) and _SAME_TIME_ANY.search(t.text)):
            t = replace(t, resolved=datetime.combine(t.resolved, prev.resolved.time()))  # "ou le lundi 4 janvier à la même heure"
        out.append(t)
    return out


# "tisdagen därpå, samma tid", "le mardi suivant, même heure", "the Tuesday after, same time": a weekday counted from
# the time said just before it
_THEREAFTER = {lang: re.compile(rf"[ \t]+(?:därpå|därefter|erna|daarop|daarna|suivante?|d['’]après|after(?![ \t]+\w)|following|successiv[oa]|seguente|dopo(?![ \t]+\w))"
                                rf"(?:[ \t]*,?[ \t]*(?:(?:at|à|alle|op|på|om)[ \t]+)?(?:the[ \t]+|la[ \t]+|allo[ \t]+|alla[ \t]+|hetzelfde[ \t]+)?({rx}))?(?![\w])",
                                re.IGNORECASE) for lang, rx in lx.SAME_TIME.items()}


def counted_from_the_previous(proposed: Sequence[TimeSpan], text: str, lang: Language, meeting: TimeSpan | None = None) -> list[TimeSpan]:
    """A weekday offered as "the one after" the time offered just before it is that weekday after it, and "same time"
    after it is the meeting's clock, else that offer's ("martedì 8 alle 17:30 ... giovedì 10 dopo le 16, oppure al
    martedì successivo, stessa ora" is the 15th at 17:30); the span takes those words, as written."""
    held = meeting.resolved if meeting is not None and meeting.has_clock and isinstance(meeting.resolved, datetime) else None
    out: list[TimeSpan] = []
    for t in proposed:
        prev = out[-1] if out else None
        base = prev or meeting
        if base is not None and isinstance(base.resolved, (date, datetime)) and isinstance(t.resolved, (date, datetime)) \
                and FOLLOWING_DAY_SAID.search(t.text):
            # "le 12 à 15h30 ? Sinon le lendemain matin, vers 10h": the day after the time said before it, at its own
            # clock; "samma tid dagen efter": at the meeting's clock, else that time's
            day = (base.resolved.date() if isinstance(base.resolved, datetime) else base.resolved) + timedelta(days=1)
            at = held or (base.resolved if isinstance(base.resolved, datetime) else None)
            if isinstance(t.resolved, datetime) and t.has_clock:
                resolved: date | datetime = datetime.combine(day, t.resolved.time())
            elif at is not None and re.search(lx.SAME_TIME[lang], t.text, re.IGNORECASE):
                resolved = datetime.combine(day, at.time())
            else:
                resolved = day
            t = replace(t, resolved=resolved)
            out.append(t)
            continue
        m = _THEREAFTER[lang].match(text, t.end)
        inside = _DAY_AFTER_SAID.search(t.text)  # "the Friday after, same time" read as one span
        if prev is not None and (m or inside) and t.has_day and not t.has_clock and isinstance(prev.resolved, (date, datetime)) \
                and isinstance(t.resolved, (date, datetime)):
            p_day = prev.resolved.date() if isinstance(prev.resolved, datetime) else prev.resolved
            ahead = (t.resolved.weekday() - p_day.weekday() - 1) % 7 + 1
            day = p_day + timedelta(days=ahead)
            same = (m is not None and m.group(1) is not None) or bool(re.search(lx.SAME_TIME[lang], t.text, re.IGNORECASE))
            at = held or (prev.resolved if isinstance(prev.resolved, datetime) else None)
            clock = same and at is not None
            resolved = datetime.combine(day, at.time()) if clock and at is not None else day
            stop = m.end() if m else t.end
            t = TimeSpan(text[t.start:stop], t.start, stop, resolved, True, clock)
        out.append(t)
    return out


def _under_proposal(text: str, pos: int, cue: re.Pattern[str]) -> bool:
    """A time on a bullet line ("- Thursday 14 March at 9:30") under a line that proposes or asks."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not re.match(r"[ \t]*(?:[-*•·–]|\d+[.)])[ \t]", text[line_start:pos + 1]):
        return False
    above = text[max(0, line_start - 400):line_start].rstrip("\n").split("\n")
    for line in reversed(above[-6:]):
        if re.match(r"[ \t]*(?:[-*•·–]|\d+[.)])[ \t]", line) or not line.strip():
            continue
        return bool(cue.search(line) or line.rstrip().endswith(("?", ":")))
    return False


def _before(t: TimeSpan, day: date) -> bool:
    r = t.resolved
    if r is None:
        return False
    return (r.date() if isinstance(r, datetime) else r) < day


def weeks_after(text: str, start: int, end: int, lang: Language, meeting: TimeSpan | None,
                taken: Sequence[TimeSpan]) -> list[TimeSpan]:
    """Slots counted in weeks from the meeting ("Annars två veckor framåt, samma tid", "ou même jour même heure la
    semaine d'après"): the meeting's day that many weeks on, at its clock when the client says "same time"; only
    with a meeting whose day is known, and never over a time already read."""
    if meeting is None or not isinstance(meeting.resolved, (date, datetime)):
        return []
    same = re.compile(lx.SAME_TIME[lang], re.IGNORECASE)
    out = []
    for t in taken:  # "onsdag om två veckor, samma tid": the weekday said before the count is the slot's
        m = re.match(rf"[ \t]+(?:{lx.IN_WEEKS[lang]})(?:,?[ \t]+(?:(?:at|à|alla|op|på)[ \t]+)?(?:(?:the|la)[ \t]+)?(?:{lx.SAME_TIME[lang]}))?(?![\w])",
                     text[t.end:end], re.IGNORECASE)
        if m is None or not _bare_weekday(t, lang) or t.resolved is None or not start <= t.start:
            continue
        n = m.group("n")
        weeks = int(n) if n.isdigit() else lx.WEEK_COUNT.get(n.casefold(), 1)
        day = (t.resolved.date() if isinstance(t.resolved, datetime) else t.resolved) + timedelta(days=7 * weeks)
        at: date | datetime = day
        clock = bool(same.search(m.group(0))) and isinstance(meeting.resolved, datetime)
        if clock:
            at = datetime.combine(day, meeting.resolved.time())
        out.append(TimeSpan(text[t.start:t.end + m.end()], t.start, t.end + m.end(), at, True, clock))
    taken = [*taken, *out]
    for m in re.finditer(rf"(?<![\w]){lx.WEEKS_AFTER[lang]}(?![\w])", text[start:end], re.IGNORECASE):
        a, b = start + m.start(), start + m.end()
        if any(t.start < b and a < t.end for t in taken):
            continue
        if any(t.start >= b and re.fullmatch(r"[ \t]*[,:(–-]?[ \t]*", text[b:t.start]) for t in taken):
            continue  # "een week later, vrijdag 18 december, zelfde tijd": the day it means is said right after it
        n = m.group("n") or m.groupdict().get("n2")  # "om två veckor": the count said after "in"
        weeks = int(n) if n and n.isdigit() else lx.WEEK_COUNT.get((n or "one").casefold(), 1)
        at = meeting.resolved + timedelta(days=7 * weeks)
        clock = isinstance(at, datetime) and bool(same.search(m.group(0)))
        if isinstance(at, datetime) and not clock:
            at = at.date()
        out.append(TimeSpan(m.group(0), a, b, at, True, clock))
    return out
