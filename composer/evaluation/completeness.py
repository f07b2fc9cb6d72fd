"""Completeness: a checklist per intent plus universal items, each a pass/fail with the evidence span.

Pure and offline. Facts are judged by the one fact model, `composer.facts.check_draft` (so the scorer, the
guard and the writer's self-check agree: a swapped percentage or a misspelt name fails here too), with a
little tolerance for how people paraphrase a meeting title or a date.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from composer.evaluation import cues
from composer.evaluation.models import Check
from composer.evaluation.text import (
    Index,
    has_name,
    lines,
    may_have_placeholder,
    mention,
    sentence_with,
    time_mention,
)
from composer.facts import (
    FactIssue,
    judge,
    contains_fact,
    placeholders,
    required_facts,
)
from composer.models import Intent, Language, Relationship, Situation

# How many of a meeting title's content words must appear when it is paraphrased.
MEETING_SHARE = 0.6
# The reason is usually paraphrased ("because of the board meeting"): half its words will do.
REASON_SHARE = 0.5

_UNITS = r"(?:min\w*|mn|hours?|hrs?|heures?|ore|ora|uur|timm(?:e|ar)|h)"
_DURATION_WORDS: dict[int, list[str]] = {
    15: [r"(?:a )?quarter of an hour", r"(?:un )?quart d'heure", r"(?:un )?quarto d'ora", r"(?:een )?kwartier", r"en kvart"],
    30: [r"half an hour", r"half-hour", r"half hour", r"(?:une )?demi-heure", r"mezz'ora", r"mezzora", r"(?:een )?half uur", r"(?:en )?halvtimme", r"en halv timme"],
    45: [r"three[ -]quarters of an hour", r"trois quarts d'heure", r"tre quarti d'ora", r"drie ?kwartier", r"driekwart uur", r"tre ?kvarts? timme", r"tre ?kvart"],
    60: [r"an hour", r"one hour", r"une heure", r"un'ora", r"(?:een|één) uur", r"en timme"],
    90: [r"an hour and a half", r"one and a half hours", r"une heure et demie", r"un'ora e mezza", r"anderhalf uur", r"en och en halv timme", r"(?:1,5|1\.5) (?:hours|heures|ore|uur|timmar)"],
    120: [r"two hours", r"deux heures", r"due ore", r"twee uur", r"två timmar"],
}


def _cue_languages(situation: Situation, detected: Language | None) -> tuple[Language, ...]:
    """Cues in the situation's language, and in the draft's own if it is written in another one."""
    if detected is None or detected is situation.language:
        return (situation.language,)
    return (situation.language, detected)


def _cue(category: str, norm: str, langs: tuple[Language, ...]) -> str | None:
    return cues.find(category, norm, langs)


def _ok(item: str, evidence: str, *, scope: str = "universal", required: bool = True) -> Check:
    return Check(item=item, passed=True, evidence=evidence, required=required, scope=scope)  # type: ignore[arg-type]


def _fail(item: str, evidence: str, *, scope: str = "universal", required: bool = True) -> Check:
    return Check(item=item, passed=False, evidence=evidence, required=required, scope=scope)  # type: ignore[arg-type]


def _check(item: str, found: str | None, missing: str, *, text: str = "", scope: str = "intent", required: bool = True) -> Check:
    if found:
        return _ok(item, sentence_with(text, found) if text else found, scope=scope, required=required)
    return _fail(item, missing, scope=scope, required=required)


# ---------------------------------------------------------------- universal items


def greeting(situation: Situation, body: str) -> Check:
    """The message opens by addressing the recipient by name."""
    ls = lines(body)
    head = "\n".join(ls[:2]) if ls else ""
    first = ls[0] if ls else ""
    found = has_name(first, situation.recipient_name) or has_name(head[:160], situation.recipient_name)
    if found:
        return _ok("greeting", first[:120])
    from composer.facts.names import bare_salutation

    if bare_salutation("\n" + body):  # "Docteur,", "Madame,", "Gentile Avvocato,": the formal address names no one, as it should
        return _ok("greeting", first[:120])
    return _fail("greeting", f"no greeting naming {situation.recipient_name!r} (opens with {first[:60]!r})")


def signature(situation: Situation, body: str) -> Check:
    """The message is signed with the sender's name."""
    tail = lines(body)[-4:]
    for line in reversed(tail):
        if has_name(line, situation.sender_name):
            return _ok("signature", line[:120])
    return _fail("signature", f"no signature with {situation.sender_name!r} in the last lines")


def meeting(situation: Situation, index: Index, issues: Sequence[FactIssue] | None = None) -> Check:
    """Named verbatim, paraphrased, or (as the fact model reads it) by its head noun ("the fitting")."""
    ok, ev = mention(index, situation.meeting, threshold=MEETING_SHARE)
    if not ok and issues is not None and _missing(issues, "meeting") is None:
        return Check(item="meeting", passed=True, evidence="named (as the fact model reads it)")
    return Check(item="meeting", passed=ok, evidence=ev)


def _missing(issues: Sequence[FactIssue], field: str) -> FactIssue | None:
    return next((i for i in issues if i.kind == "missing" and i.field == field), None)


def meeting_time(situation: Situation, index: Index, issues: Sequence[FactIssue] = ()) -> Check:
    """Stated, as the fact model reads times (any natural form: "om half tien", "kl. 9", "Tue 9 Feb, 2 pm")."""
    gap = _missing(issues, "meeting_time")
    if gap is not None:
        return Check(item="meeting_time", passed=False, evidence=gap.message)
    soft = next((i for i in issues if i.kind == "omitted" and i.field == "meeting_time"), None)
    if soft is not None:  # identifiable but not restated (composer.facts.duty): a plain item, not a fact error
        return Check(item="meeting_time_restated", passed=False, evidence=soft.message, required=False)
    ok, ev = time_mention(index, situation.meeting_time or "", every_number=False)
    return Check(item="meeting_time", passed=True, evidence=ev if ok else "stated (as the fact model reads it)")


def proposed_times(situation: Situation, index: Index, issues: Sequence[FactIssue] = ()) -> list[Check]:
    out = []
    for i, t in enumerate(situation.proposed_times):
        gap = _missing(issues, f"proposed_times[{i}]")
        if gap is not None:
            out.append(Check(item=f"proposed_times[{i}]", passed=False, evidence=gap.message))
            continue
        ok, ev = time_mention(index, t)
        out.append(Check(item=f"proposed_times[{i}]", passed=True, evidence=ev if ok else "stated (as the fact model reads it)"))
    return out


def colleague(situation: Situation, text: str, issues: Sequence[FactIssue] | None = None) -> Check:
    """The colleague is named: the full name, or at least the surname; a first name alone when the fact model
    finds the name given and no other name in its place (friendly mail: "Antoine will run it")."""
    name = situation.colleague_name or ""
    if issues is not None and _missing(issues, "colleague_name") is None and not any(i.kind in ("name", "invented") for i in issues):
        return _ok("colleague_name", "named (as the fact model reads it)")
    norm = cues.norm(text)
    if cues.norm(name) in norm:
        return _ok("colleague_name", sentence_with(text, name))
    parts = [p for p in re.findall(r"[^\W\d_]+", cues.norm(name)) if len(p) >= 3]
    if len(parts) >= 2 and parts[-1] in set(re.findall(r"[^\W\d_]+", norm)):
        return _ok("colleague_name", sentence_with(text, parts[-1]))
    return _fail("colleague_name", f"colleague {name!r} not named")


def duration_evidence(text: str, minutes: int) -> str | None:
    """'30 minutes', '30-minute', '30 min', 'half an hour', 'een half uur' ... for the given length."""
    norm = cues.norm(text)
    m = re.search(rf"(?<![\d.,:]){minutes}(?![\d]|[.,:]\d)\s*-?\s*{_UNITS}(?!\w)", norm)
    if m:
        return m.group(0)
    if minutes % 60 == 0:
        h = minutes // 60
        m = re.search(rf"(?<![\d.,:]){h}(?![\d]|[.,:]\d)\s*-?\s*(?:hours?|hrs?|heures?|ore|ora|uur|timm(?:e|ar)|h)(?!\w)", norm)
        if m:
            return m.group(0)
    for w in _DURATION_WORDS.get(minutes, []):
        m = re.search(rf"(?<!\w){w}(?!\w)", norm)
        if m:
            return m.group(0)
    return None


def duration(situation: Situation, text: str, issues: Sequence[FactIssue] | None = None) -> Check:
    """The length is stated: in digits here, or in any form the fact model reads ("een uurtje", "trente minutes")
    when it finds no other length in its place."""
    found = duration_evidence(text, situation.duration_minutes or 0)
    if found:
        return _ok("duration_minutes", sentence_with(text, found))
    if issues is not None and _missing(issues, "duration_minutes") is None and not any(i.kind == "number" for i in issues):
        return _ok("duration_minutes", "stated (as the fact model reads it)")
    return _fail("duration_minutes", f"the length ({situation.duration_minutes} minutes) is not stated")


def policy_numbers(situation: Situation, text: str, issues: Sequence[FactIssue] | None = None) -> list[Check]:
    """Each policy number stated; with the fact model's verdict, in any natural form ("half the fee", "two days")."""
    out = []
    for fact in required_facts(situation):
        if fact.field.startswith("policy."):
            if contains_fact(text, fact) or (issues is not None and _missing(issues, fact.field) is None):
                ev = next((v for v in fact.variants if v in cues.norm(text)), fact.value)
                out.append(_ok(fact.field, sentence_with(text, ev)))
            else:
                out.append(_fail(fact.field, f"policy number {fact.value} ({fact.field.split('.')[1]}) not stated"))
    return out


def no_placeholder(text: str) -> Check:
    found = placeholders(text) if may_have_placeholder(text) else []
    return _fail("no_placeholder", f"template leftover: {', '.join(found)}") if found else _ok("no_placeholder", "none")


def no_invented_numbers(situation: Situation, text: str, issues: Sequence[FactIssue] = ()) -> Check:
    """Numbers nobody gave, as the fact model reads them (a clock time in another form is not a new number)."""
    said = [i.message for i in issues if i.kind == "number" and "not in the situation" in i.message]
    if said:
        return _fail("no_invented_numbers", "; ".join(said))
    return _ok("no_invented_numbers", "none")


def no_invented_dates(situation: Situation, text: str, issues: Sequence[FactIssue] = ()) -> Check:
    """Dates and times nobody gave, as the fact model reads them (a weekday implied by a given date is given)."""
    said = [i.message for i in issues if i.kind == "time"]
    if said:
        return _fail("no_invented_dates", "; ".join(said))
    return _ok("no_invented_dates", "none")


# What the fact model judges beyond presence, one checklist item per kind of fault (the same model the guard uses).
FACT_ITEMS: dict[str, tuple[str, ...]] = {
    "facts.time_roles": ("time_role",),
    "facts.numbers_with_terms": ("number", "policy"),
    "facts.names_exact": ("name",),  # a name altered; a name left out is an omission, counted by `greeting` / `signature`
    "facts.nothing_invented": ("invented", "contact"),
    "facts.language": ("language",),  # a paragraph in another language says nothing the client can read
}


def fact_items(issues: Sequence[FactIssue]) -> list[Check]:
    """One item per kind of fact fault. A paragraph in another language hides content from the reader, and so does a
    message wholly in a language outside the five (Danish for Swedish: no checklist reads it). A message wholly in
    another of the five is read in that language (`detected`) and left to the tone verdict (register)."""
    from composer.facts.language import WHOLE

    out = []
    for item, kinds in FACT_ITEMS.items():
        found = [i.message for i in issues if (i.kind in kinds or f"{i.kind}:{i.field}" in kinds) and not (i.kind == "language" and i.field == WHOLE)]
        out.append(_fail(item, "; ".join(found)[:400]) if found else _ok(item, "none"))
    return out


# ---------------------------------------------------------------- intent items


def _times_or_ask(situation: Situation, index: Index, langs: tuple[Language, ...], item: str, body: str, issues: Sequence[FactIssue] = ()) -> Check:
    """A new time is offered: the proposed times when given (checked one by one elsewhere), else a request for availability."""
    if situation.proposed_times:
        ok = all(_missing(issues, f"proposed_times[{i}]") is None for i in range(len(situation.proposed_times)))
        return (_ok if ok else _fail)(item, "proposed times offered" if ok else "not every proposed time is offered", scope="intent")
    found = _cue("availability", index.norm, langs) or _cue("move", index.norm, langs)
    return _check(item, found, "no new time offered and no request for availability", text=body)


def _asks_reply(index: Index, langs: tuple[Language, ...], body: str, item: str) -> Check:
    found = _cue("confirm", index.norm, langs)
    if not found and "?" in body:
        q = next((s for s in re.findall(r"[^.!?\n]*\?", body) if s.strip()), "?")
        return _ok(item, q.strip()[:200], scope="intent")
    return _check(item, found, "does not ask the client to confirm or reply", text=body)


def _reschedule(s: Situation, index: Index, langs: tuple[Language, ...], body: str, issues: Sequence[FactIssue] = ()) -> list[Check]:
    out = [_check("reschedule.states_change", _cue("move", index.norm, langs), "does not say the meeting has to move", text=body)]
    if s.reason:
        ok, ev = mention(index, s.reason, threshold=REASON_SHARE)
        out.append(Check(item="reschedule.gives_reason", passed=ok, evidence=ev, scope="intent"))
    if not s.proposed_times:
        out.append(_times_or_ask(s, index, langs, "reschedule.asks_availability", body, issues))
    out.append(_asks_reply(index, langs, body, "reschedule.asks_confirmation"))
    return out


def _decline(s: Situation, index: Index, langs: tuple[Language, ...], body: str, issues: Sequence[FactIssue] = ()) -> list[Check]:
    out = [
        _check("decline.clear_no", _cue("decline", index.norm, langs), "no clear 'I can't attend'", text=body),
        _check(
            "decline.door_open",
            _cue("door_open", index.norm, langs) or _cue("alternative", index.norm, langs),
            "does not keep the door open",
            text=body,
        ),
    ]
    if s.relationship is Relationship.key:
        found = (
            _cue("alternative", index.norm, langs)
            or _cue("call", index.norm, langs)
            or _cue("email", index.norm, langs)
            or next((t for t in s.proposed_times if time_mention(index, t)[0]), None)
            or (s.colleague_name if s.colleague_name and has_name(body, s.colleague_name) else None)
            or (duration_evidence(body, s.duration_minutes) if s.duration_minutes else None)
        )
        out.append(_check("decline.key_client_alternative", found, "a key client is declined without an alternative", text=body))
    return out


def _delegate(s: Situation, index: Index, langs: tuple[Language, ...], body: str, issues: Sequence[FactIssue] = ()) -> list[Check]:
    # Two items, as the independent labels judge a hand-over: why the colleague (briefed or right for it), and where the
    # client turns meanwhile (the sender reachable, or the colleague named as the contact: "bij Noor terecht").
    return [
        _check("delegate.why_colleague", _cue("briefed", index.norm, langs), "does not say why the colleague is right or that they will be briefed", text=body),
        _check("delegate.stays_available", _cue("available", index.norm, langs), "no handover or offer to stay available, nor whom to contact", text=body),
    ]


def _policy_free(s: Situation, index: Index, langs: tuple[Language, ...], body: str, issues: Sequence[FactIssue] = ()) -> list[Check]:
    if s.policy is None or s.policy.notice_hours is None:
        return []
    found = _cue("free", index.norm, langs)
    if not found:
        # "up to 48 hours before" also says when changes are free.
        from composer.facts import fmt_number

        n = re.escape(cues.norm(fmt_number(s.policy.notice_hours, s.language)))
        n_en = re.escape(fmt_number(s.policy.notice_hours, Language.en))
        for sent in re.findall(r"[^!?\n]+", index.norm):
            m = re.search(rf"(?<![\d.,])(?:{n}|{n_en})(?!\d)", sent)
            if not m:
                continue
            before = any(cues.pattern("notice_before", lang).search(sent) for lang in langs)
            upto = any(cues.pattern("notice_upto", lang).search(sent[max(0, m.start() - 20) : m.start()]) for lang in langs)
            if before or upto:
                found = sent.strip()
                break
    return [_check("cancellation_policy.when_free", found, "does not say when changes are free", text=body)]


def _no_show(s: Situation, index: Index, langs: tuple[Language, ...], body: str, issues: Sequence[FactIssue] = ()) -> list[Check]:
    out = [
        _check(
            "no_show.checks_in",
            _cue("check_in", index.norm, langs) or _cue("sympathy", index.norm, langs),
            "does not check in kindly",
            text=body,
        ),
        _times_or_ask(s, index, langs, "no_show.offers_new_time", body, issues),
    ]
    if s.policy is None or s.policy.is_empty():
        talk = _cue("policy_talk", index.norm, langs)
        out.append(
            _fail("no_show.policy_only_if_given", f"mentions fees/policy though none is set: {talk!r}", scope="intent")
            if talk
            else _ok("no_show.policy_only_if_given", "no policy talk", scope="intent")
        )
    return out


def _late(s: Situation, index: Index, langs: tuple[Language, ...], body: str, issues: Sequence[FactIssue] = ()) -> list[Check]:
    return [
        _check(
            "late_cancellation.acknowledges",
            _cue("acknowledge", index.norm, langs) or _cue("sympathy", index.norm, langs),
            "does not acknowledge the cancellation",
            text=body,
        ),
        _times_or_ask(s, index, langs, "late_cancellation.offers_rescheduling", body, issues),
    ]


def _call(s: Situation, index: Index, langs: tuple[Language, ...], body: str, issues: Sequence[FactIssue] = ()) -> list[Check]:
    return [_check("switch_to_call.proposes_call", _cue("call", index.norm, langs), "does not propose a call", text=body)]


def _email(s: Situation, index: Index, langs: tuple[Language, ...], body: str, issues: Sequence[FactIssue] = ()) -> list[Check]:
    return [_check("switch_to_email.proposes_email", _cue("email", index.norm, langs), "does not propose handling it by email", text=body)]


def _nothing(s: Situation, index: Index, langs: tuple[Language, ...], body: str, issues: Sequence[FactIssue] = ()) -> list[Check]:
    return []


_INTENT: dict[Intent, Callable[..., list[Check]]] = {
    Intent.reschedule: _reschedule,
    Intent.decline: _decline,
    Intent.delegate: _delegate,
    Intent.cancellation_policy: _policy_free,
    Intent.no_show_followup: _no_show,
    Intent.late_cancellation: _late,
    Intent.switch_to_call: _call,
    Intent.switch_to_email: _email,
    Intent.shorten: _nothing,  # the duration item below is the whole point of a shorten message
}


def checklist(situation: Situation, subject: str, body: str, *, detected: Language | None = None, today: date | None = None) -> list[Check]:
    """Every applicable item for this situation, universal first, then the intent's own."""
    s = situation
    text = f"{subject}\n{body}"
    index = Index.of(text)
    langs = _cue_languages(s, detected)
    issues = judge(s, subject, body, today=today)  # errors, plus omissions of identifiable facts (kind "omitted")
    out = [greeting(s, body), signature(s, body)]
    if s.meeting:
        out.append(meeting(s, index, issues))
    if s.meeting_time:
        out.append(meeting_time(s, index, issues))
    out += proposed_times(s, index, issues)
    if s.colleague_name:
        out.append(colleague(s, text, issues))
    if s.duration_minutes is not None:
        out.append(duration(s, text, issues))
    out += policy_numbers(s, text, issues)
    out += [no_placeholder(text), no_invented_numbers(s, text, issues), no_invented_dates(s, text, issues)]
    out += fact_items(issues)
    out += _INTENT[s.intent](s, index, langs, body, issues)
    return out


# A fact stated wrong (or one nobody gave) costs more than a missing courtesy line: Tactful's promise is never to
# alter a fact, so these items weigh at least FACT_WEIGHT times a plain item in the completeness share, and at
# least as much as all the plain items of the checklist together (see `summarise`).
FACT_WEIGHT = 3.0


def is_fact_item(item: str) -> bool:
    """Items judged by the fact model: the given facts stated, nothing altered, nothing invented."""
    return item.startswith(("facts.", "no_invented_", "proposed_times[", "policy.")) or item in (
        "meeting_time", "colleague_name", "duration_minutes")


def summarise(checks: Sequence[Check]) -> tuple[float, bool]:
    """Weighted share of items passed, and whether every required item passed. A fact item weighs as much as every
    plain item together (FACT_WEIGHT at least): one fact altered or invented costs more than all the courtesy lines
    a correct reply may leave out, so a reply with its facts right ranks above one with a fact wrong. A fact left
    out but identifiable (`meeting_time_restated`) is a plain item: an omission lowers the share a little."""
    if not checks:
        return 1.0, True
    plain = sum(1 for c in checks if not is_fact_item(c.item))
    fact_weight = max(FACT_WEIGHT, float(plain))
    weights = [fact_weight if is_fact_item(c.item) else 1.0 for c in checks]
    share = sum(w for c, w in zip(checks, weights, strict=True) if c.passed) / sum(weights)
    return share, all(c.passed for c in checks if c.required)
