"""From a read message to an Extraction: every value a verbatim span with its evidence, the rest missing."""

from __future__ import annotations

from datetime import date, datetime
from email.utils import parsedate_to_datetime

import re

from composer.messages import classify, learned, names, rank, topic
from composer.messages import lexicon as lx
from composer.messages.models import Evidence, Extraction, Kind, Message
from composer.messages.parse import _FORWARD, _FROM_LINE, _HEADERISH, read_message
from composer.messages.times import TimeSpan, find_times
from composer.models import Language

# The fields an extraction looks for; what it does not find is listed as missing.
LOOKED_FOR = ("language", "recipient_name", "sender_name", "meeting", "meeting_time", "proposed_times")


def reference_date(msg: Message, today: date | datetime | None = None) -> datetime:
    """What relative dates count from: the message's Date header, else `today`, else now."""
    if msg.headers.date:
        try:
            return parsedate_to_datetime(msg.headers.date)
        except (TypeError, ValueError, IndexError):
            pass
    if isinstance(today, datetime):
        return today
    if isinstance(today, date):
        return datetime.combine(today, datetime.min.time()).replace(hour=9)
    return datetime.now()


def detect(text: str) -> tuple[Language | None, float]:
    """The language of the client's words and how sure lingua is of it."""
    from composer.lang import _detector, detect_language  # the one detector, loaded once

    found = detect_language(text)
    if found is None:
        return None, 0.0
    try:
        from lingua import Language as Lingua

        from composer.lang import _LINGUA_NAMES

        conf = _detector().compute_language_confidence(text, getattr(Lingua, _LINGUA_NAMES[found]))
    except Exception:  # pragma: no cover - a lingua without per-language confidence
        conf = 0.8
    return found, round(float(conf), 3)


def extract(message: Message | bytes | str, *, today: date | datetime | None = None, language: Language | str | None = None) -> Extraction:
    """What the client's message says. `language` skips detection when the user already knows it."""
    msg = message if isinstance(message, Message) else read_message(message)
    ref = reference_date(msg, today)
    text = msg.body
    core_end = min(x for x in (msg.closing_start, msg.signature_start, msg.new_end) if x is not None)
    core_end = max(core_end, msg.new_start)
    core = text[msg.new_start:core_end]
    ev: dict[str, Evidence | list[Evidence]] = {}
    out = Extraction(headers=msg.headers, warnings=list(msg.warnings))

    # language
    lang: Language | None
    if language:
        lang, conf = Language(language), 1.0
    else:
        # the client's own words; a bare forward ("FYI") is read in the language of what it forwards
        lang, conf = detect(core if len(core.strip()) >= 20 else text[msg.new_start:])
    if lang is not None:
        out.language = lang.value
        a = msg.new_start + len(core) - len(core.lstrip())
        b = a + min(len(core.strip()), 200)  # the words it was read from (the first 200 characters of them)
        ev["language"] = Evidence(text=text[a:b], start=a, end=b, confidence=conf)
    work = lang or Language.en  # patterns of some language are needed even when it is unknown

    # names
    from_header = names.header_name(msg.headers.from_, msg.headers.from_name, "from", 0.95)
    signed = names.sign_off(msg)  # also where the lines under the client's name start (no meeting is named there)
    if names.plain_display(msg.headers.from_name):
        client = from_header or signed
    else:  # "Dubois, Claire": the client's name as they sign it, when they do
        client = signed or from_header
    if client:
        out.recipient_name = client.text
        ev["recipient_name"] = Evidence(text=client.text, start=client.start, end=client.start + len(client.text), source=client.source, confidence=client.confidence)
    hello, greeted = names.greeting(msg)
    user = names.header_name(msg.headers.to, msg.headers.to_name, "to", 0.9) or greeted
    if user:
        out.sender_name = user.text
        ev["sender_name"] = Evidence(text=user.text, start=user.start, end=user.end, source=user.source, confidence=user.confidence)
    if hello is not None:
        word = hello.text.lower()
        tone = "formal" if word in lx.FORMAL_GREETINGS else "friendly" if word in lx.FRIENDLY_GREETINGS else None
        if tone:
            out.tone = tone
            ev["tone"] = Evidence(text=hello.text, start=hello.start, end=hello.end, confidence=0.6)

    # kind, first without the times' tense
    kind = classify.kind_of(core, work, msg.headers.subject)
    model = learned.current()
    if learned.wanted(model):  # a learned head decides between the rules' candidates (none is shipped: see docs)
        kind_x = learned.kind_features(core, work, msg.headers.subject, kind)
        learned.record(what="kind", x=kind_x, rule=kind.value, core=core)
        kind, _ = learned.decide_kind(model, learned.kind_input(model, kind_x, core), kind)
    past = kind is Kind.absence_notice and bool(re.search(lx.CUES["absence"][work], core, re.IGNORECASE))
    times = [_shift(t, msg.new_start) for t in find_times(core, work, ref, past=past)]

    def place(kind: Kind) -> tuple[TimeSpan | None, list[TimeSpan]]:
        """Which time is the meeting's and which ones are offered, for a message of this kind."""
        meeting_t, proposed = classify.roles(text, times, work, kind, ref.replace(tzinfo=None))
        if past:  # a missed meeting lies behind; the new times the client offers lie ahead
            ahead = {(t.start, t.end): t for t in (_shift(t, msg.new_start) for t in find_times(core, work, ref, past=False))}
            proposed = [ahead.get((t.start, t.end), t) for t in proposed]
        proposed = classify.on_the_day_before([classify.on_the_meeting_day(t, meeting_t, work) for t in proposed], text)
        proposed = classify.counted_from_the_previous(proposed, text, work, meeting_t)
        proposed = classify.one_clock_for_both(proposed, text)
        return meeting_t, _with_weeks_after(proposed, kind, text, msg.new_start, core_end, work, meeting_t, times)

    meeting_t, proposed = place(kind)
    if kind in (Kind.other, Kind.invitation) and classify.refused_then_offered(text, times, proposed, work):
        # "Jeudi 10h ça ne va pas être possible pour moi ... Je peux vous proposer lundi prochain": a move
        kind = Kind.reschedule_request
        meeting_t, proposed = place(kind)
    # a late "cannot make it" stays a cancellation, unless the client asks in so many words to move it
    # ("non ce la faccio più ... Riusciamo a spostarla a mercoledì?")
    soon = classify.is_late(core, work, meeting_t.resolved if meeting_t else None, ref)
    asks_other_day = not re.search(lx.CALL_OFF[work], core, re.IGNORECASE) and any(
        t.has_day and t.has_clock and _in_question(text, t) for t in proposed)  # "non ce la faccio. Possiamo fare mercoledì alle 17?": a slot asked for
    if kind is Kind.cancellation and (not classify.is_late("", work, meeting_t.resolved if meeting_t else None, ref)
                                      or re.search(lx.MOVE_VERBS[work], core, re.IGNORECASE) or asks_other_day):
        settled = classify.settle(kind, core, work, proposed, late=soon and not asks_other_day)
        if settled is not kind:  # "something's come up - can we move tomorrow's 9:15 call?": the times read as a move
            kind = settled
            meeting_t, proposed = place(kind)
    better = _more_precise(meeting_t, times, proposed, text, work)
    if better is not meeting_t:  # "our Thursday session ... Thursday 7pm is out. Same time next week?": at its clock now
        meeting_t = better
        proposed = [classify.on_the_meeting_day(t, meeting_t, work) for t in proposed]
    if meeting_t is not None and not past and not proposed and len(times) == 1 and kind in (Kind.other, Kind.invitation) \
            and not re.search(r"\d", meeting_t.text) and classify.thanked_for(text, meeting_t, work):
        # "Bedankt voor de training van vrijdag": the Friday that was, and no invitation to it (a weekday alone: "giovedì 3"
        # already reads as its date)
        kind = Kind.other
        behind = {(t.start, t.end): t for t in (_shift(t, msg.new_start) for t in find_times(core, work, ref, past=True))}
        meeting_t = behind.get((meeting_t.start, meeting_t.end), meeting_t)
    if times and learned.wanted(model):
        time_x = learned.time_features(text, times, work, kind, meeting_t, proposed, ref.replace(tzinfo=None), msg.new_start)
        learned.record(what="times", x=time_x, spans=[(t.start, t.end, t.text) for t in times], body=text)
        meeting_t, proposed, _ = learned.decide_times(model, time_x, times, meeting_t, proposed)
        proposed = classify.on_the_day_before([classify.on_the_meeting_day(t, meeting_t, work) for t in proposed], text)
    conf_t = 0.85
    fwd_text, fwd_subject = _forwarded(msg)
    fwd = [_shift(t, msg.forwarded_start or 0) for t in find_times(fwd_text, work, ref)] if fwd_text else []
    if fwd and not past and (not times and kind in (Kind.absence_notice, Kind.other)
                             or kind in (Kind.cancellation, Kind.other, Kind.absence_notice) and re.search(lx.DELEGATE_ASK[work], core, re.IGNORECASE)):
        # "Vidarebefordrar inbjudan – kan du gå i mitt ställe? Jag är på semester": a forwarded invitation the client
        # cannot attend is still an invitation, now to the user; so is one they ask the user to attend for them
        kind = Kind.invitation
    if fwd and (meeting_t is None or classify.vague(meeting_t, work) or not meeting_t.has_day and fwd[0].has_day
                or _same_day_with_clock(meeting_t, fwd[0])) \
            and kind is not Kind.absence_notice:
        # "next week" or "at the front desk at 8:45" above a forwarded invitation: the invitation says when
        meeting_t, conf_t = fwd[0], 0.5
    if meeting_t is not None:
        out.meeting_time = meeting_t.text
        ev["meeting_time"] = _time_evidence(meeting_t, conf_t if meeting_t.has_day else conf_t - 0.2)
    if proposed:
        out.proposed_times = [t.text for t in proposed]
        ev["proposed_times"] = [_time_evidence(t, 0.75 if t.has_day else 0.55) for t in proposed]

    # what the meeting is about
    settled = kind in (Kind.cancellation, Kind.absence_notice, Kind.reschedule_request)  # a meeting already fixed
    own_t = meeting_t if meeting_t is not None and conf_t == 0.85 and meeting_t.has_day else None  # read in the client's words
    # "Karin Ström\nHR-chef, Sektor utbildning": the lines under the client's signed name are no meeting
    topic_end = signed.start if signed is not None and signed.source == "body" and msg.new_start < signed.start < core_end \
        and text[signed.start - 1:signed.start] == "\n" else core_end
    found = topic.about(text, msg.new_start, topic_end, work, times, msg.headers.subject, settled=settled, meeting_at=own_t) \
        or topic.in_subject(msg.headers.subject, work)
    own_topic = found if found is not None and found.source == "body" and not settled and msg.new_start <= found.start < core_end \
        and not topic.names_a_meeting(found.text, work) else None
    if (found is None or own_topic is not None) and fwd_text:
        # "ils vont parler des conventions" above a forwarded invitation: a topic said in passing names no meeting, the
        # invitation's own phrase or title does
        found = None
        start = msg.forwarded_start or 0
        # "Välkommen till samrådsmöte om detaljplanen ...", "vous convier à la réunion de lancement du projet ERP": the
        # forwarded invitation's own noun phrase, else what it says it is about
        inner = topic.about(fwd_text, 0, len(fwd_text), work, find_times(fwd_text, work, ref))
        if inner is not None and text[start + inner.start:start + inner.end] == inner.text:
            found = topic.Topic(inner.text, start + inner.start, start + inner.end, "body", 0.5)
        if found is None:
            found = topic.in_body(text, start, start + len(fwd_text), work, fwd)
        if found is None and fwd_subject:
            sub = topic.in_subject(fwd_subject[1], work)
            if sub:
                found = topic.Topic(sub.text, fwd_subject[0] + sub.start, fwd_subject[0] + sub.end, "body", 0.5)
        found = found or own_topic
    if found is None or found.source == "body" and msg.new_start <= found.start < core_end:
        # "Zaterdag om 11.15 uur knippen + baard trimmen gaat niet lukken", "my cut + blow-dry": services booked together
        found = topic.joined_services(text, msg.new_start, core_end, work, times, found)
    if found is None:  # "domani non riesco proprio" under "Re: il nostro appuntamento del martedì": the plain subject
        found = topic.in_subject(msg.headers.subject, work, plain_ok=True)
    if _recording_meeting():  # training: every candidate phrase with its features (see composer.messages.rank)
        cands = rank.candidates(text, msg.new_start, core_end, work, times, msg.headers.subject, found)
        learned.record(what="meeting", texts=[c.text for c, _ in cands],
                       x=rank.features(text, msg.new_start, core_end, work, cands, own_t, found))
    if found:
        out.meeting = found.text
        ev["meeting"] = Evidence(text=found.text, start=found.start, end=found.end, source=found.source, confidence=found.confidence)

    resolved = meeting_t.resolved if meeting_t else None
    is_past = past and (resolved is None or _as_dt(resolved) <= ref.replace(tzinfo=None))
    late = kind in (Kind.cancellation, Kind.absence_notice) and not is_past and classify.is_late(core, work, resolved, ref)
    out.kind, out.late = kind, late
    out.suggested_intents = classify.intents_for(kind, late=late, past=is_past)
    out.evidence = ev
    out.missing = [f for f in LOOKED_FOR if not getattr(out, f)]
    return out


def _more_precise(meeting: TimeSpan | None, times: list[TimeSpan], proposed: list[TimeSpan], text: str, lang: Language) -> TimeSpan | None:
    """"Thursday's budget review (10 December, 10:00)": the same day said again on the meeting's noun, with its clock,
    is the meeting's time as precisely as the message gives it."""
    if meeting is None or meeting.has_clock or meeting.resolved is None:
        return meeting
    day = meeting.resolved.date() if isinstance(meeting.resolved, datetime) else meeting.resolved
    for t in times:
        if t is meeting or t in proposed or not t.has_clock or not isinstance(t.resolved, datetime) or t.start < meeting.end:
            continue
        if t.resolved.date() == day and t.start - meeting.end <= 80 and classify.anchored(text, t, lang):
            return t
        # "our Thursday session yesterday at 2", "la séance de jeudi, hier à 14h": the same day said again with its clock
        if t.resolved.date() == day and t.start - meeting.end <= 40 and not re.search(r"[.!?\n]", text[meeting.end:t.start]):
            return t
        # "move our Thursday session this week? Thursday 7pm is out": the same day with its clock, said to be impossible
        if t.resolved.date() == day and t.start - meeting.end <= 120 and re.search(
                lx.UNABLE[lang], classify._sentence(text, t.start, t.end, ".!?\n:;,"), re.IGNORECASE):
            return t
    return meeting


def _forwarded(msg: Message) -> tuple[str, tuple[int, str] | None]:
    """A forwarded message's text with its header lines blanked (offsets kept), and its Subject line."""
    if msg.forwarded_start is None:
        return "", None
    start = msg.forwarded_start
    chunk = msg.body[start:start + 4000]
    subject = None
    out = []
    for m in re.finditer(r"[^\n]*\n?", chunk):
        line = m.group(0)
        if _HEADERISH.match(line) or _FROM_LINE.match(line) or _FORWARD.match(line):
            key = re.match(rf"^[ \t]*\**(?:{'|'.join(lx.SUBJECT_WORDS)})\s?\**\s?:\**\s*", line, re.IGNORECASE)
            if key and subject is None:
                subject = (start + m.start() + key.end(), line[key.end():].rstrip("\n"))
            out.append(re.sub(r"[^\n]", " ", line))
        else:
            out.append(line)
    return "".join(out), subject


def _with_weeks_after(proposed: list[TimeSpan], kind: Kind, text: str, start: int, end: int, lang: Language,
                      meeting: TimeSpan | None, times: list[TimeSpan]) -> list[TimeSpan]:
    """"Annars två veckor framåt, samma tid": a slot counted from the meeting, offered when moving or calling it off."""
    if kind not in (Kind.reschedule_request, Kind.cancellation):
        return proposed
    counted = classify.weeks_after(text, start, end, lang, meeting, times)
    kept = [t for t in proposed if not any(c.start <= t.start and t.end <= c.end for c in counted)]  # "onsdag" in "onsdag om två veckor"
    return sorted([*kept, *counted], key=lambda t: t.start)


def _recording_meeting() -> bool:
    return learned._recorder.get() is not None


def _same_day_with_clock(said: TimeSpan, invite: TimeSpan) -> bool:
    """"Can you make next Thursday?" above an invitation for that Thursday at 10:00: the invitation says it better."""
    if said.has_clock or not invite.has_clock or said.resolved is None or invite.resolved is None:
        return False
    return _as_dt(said.resolved).date() == _as_dt(invite.resolved).date()


def _in_question(text: str, t: TimeSpan) -> bool:
    """Whether the time is asked for: its sentence ends with a question mark ("Possiamo fare mercoledì alle 17?")."""
    m = re.search(r"[.!?\n]", text[t.end:])
    return bool(m) and m.group(0) == "?"


def _shift(t: TimeSpan, by: int) -> TimeSpan:
    return TimeSpan(t.text, t.start + by, t.end + by, t.resolved, t.has_day, t.has_clock)


def _as_dt(v: datetime | date) -> datetime:
    return v.replace(tzinfo=None) if isinstance(v, datetime) else datetime.combine(v, datetime.max.time())


def _time_evidence(t: TimeSpan, confidence: float) -> Evidence:
    resolved = t.resolved.isoformat() if t.resolved is not None else None
    return Evidence(text=t.text, start=t.start, end=t.end, confidence=round(max(0.1, confidence), 2), resolved=resolved)
