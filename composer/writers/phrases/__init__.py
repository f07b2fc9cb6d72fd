"""One control flow for every language: which sentences a message has, in which order.

A phrasebook (`en.py`, `fr.py`, ...) holds no control flow. It gives
- `T`: its sentence table, one `(formal, friendly)` pair per move, with named slots;
- `slots(plan)`: its grammar hooks' results for this situation: the meeting with the article,
  preposition, possessive or quotation the language needs (`{m}`, and e.g. `{m_a}` in Italian), the
  time as an adverbial (`{when}`), the reason glued as a clause or a noun phrase (`{why}`), the
  client's reason acknowledged (`{sorry}`), ...;
- `numbers(policy, plan)`: the policy's numbers as the language writes them (`{h}`, `{fee}`, `{dep}`);
`render` reads the plan's decisions and picks the moves; the phrasebook only says them. Greetings come
from `composer.names` (title + surname when formal, first name when friendly).
"""

from __future__ import annotations

import re
from importlib import import_module
from types import ModuleType
from typing import Any

from composer.models import ClientMove, Intent, Language
from composer.names import greeting as name_greeting
from composer.names import plain as plain_name
from composer.names import short
from composer.writers import when
from composer.writers.phrases.client_move import MOVE
from composer.writers.plan import Message, Plan, bullets, subject_label

Table = dict[str, tuple[str, str]]


def phrasebook(language: Language) -> ModuleType:
    """The phrasebook module for a language (imported on first use)."""
    return import_module(f"composer.writers.phrases.{language.value}")


def plain_time(time: str, language: Language) -> str:
    """A proposed time said on its own (a list item): the phrasebook's own form when it has one for this time (a
    part of the day said the language's way: "maandagochtend 14 december"), else the shared `when.plain`."""
    own = getattr(phrasebook(language), "plain_time", None)
    return (own(time) if own else None) or when.plain(time, language)


class _Say:
    """Looks a move up in the phrasebook's table and fills its slots for this plan."""

    def __init__(self, plan: Plan, table: Table, slots: dict[str, Any]) -> None:
        self.plan, self.table, self.slots = plan, table, slots

    def __call__(self, key: str, **more: Any) -> str:
        formal, friendly = self.table[key]
        text = formal if self.plan.formal else friendly
        return text.format(**{**self.slots, **more}) if text else ""  # a move's own value wins over the plan's slot

    def has(self, key: str) -> bool:
        return key in self.table


# A well-wish or thanks closing a mail, in the five languages ("Bonne semaine !", "Belle journée,", "Buona settimana!",
# "Have a great week!", "Merci encore", "Thanks again", "Je vous souhaite", "Le auguro", "Fijne week", "Ha en bra vecka").
_WISH = re.compile(
    r"(?i)(?:^|[\s.!?])(?:bonne|belle|bon|buona|buon|have a|enjoy|fijne|prettige|ha en|trevlig|merci encore|thanks again|"
    r"thank you again|grazie ancora|nogmaals bedankt|tack igen|je vous souhaite|je te souhaite|le auguro|ti auguro|i wish you|"
    r"i hope it goes|ik wens|jag önskar)\b"
)


def _join(*parts: str | None) -> str:
    """Sentences of one paragraph; after a list of times the next sentence starts a paragraph of its own."""
    out = ""
    for p in parts:
        if not p:
            continue
        if not out:
            out = p
        elif out.rstrip().split("\n")[-1].startswith("- "):
            out = out.rstrip() + "\n\n" + p
        else:
            out = out + " " + p
    return out


def _times(say: _Say, plan: Plan, prefix: str) -> str:
    """Proposed times after a lead: '<prefix>.one' with one time inline, '<prefix>.many' + a list, '<prefix>.none'."""
    times = list(plan.times)
    if not times:
        return say(f"{prefix}.none")
    lang = plan.situation.language
    if len(times) == 1:
        return say(f"{prefix}.one", t=plain_time(times[0], lang), tt=say.slots["at"](times[0]))
    lead = f"{prefix}.two" if len(times) == 2 and say.has(f"{prefix}.two") else f"{prefix}.many"  # "either of these"
    return say(lead) + bullets([plain_time(t, lang) for t in times])


def _warmth(say: _Say, plan: Plan) -> str:
    """A word on the relationship when the plan asks for one: a key client. (A new client's welcome closes
    the message instead, see `render`, so it never interrupts the proposal.)"""
    if plan.appreciation:
        return say("appreciation")
    return ""


def policy_sentences(say: _Say, plan: Plan) -> list[str]:
    """The policy's sentences: free notice, the fee after it (or for late cancellations when no notice is
    set), the deposit. A zero is said in words ("no deposit"), never printed as "0%"."""
    p = plan.situation.policy
    if p is None or p.is_empty():
        return []
    notice = bool(p.notice_hours)
    # With late cancellations free, "free of charge up to 48 hours" would promise nothing: the notice is a request.
    free = p.fee_percent == 0 and say.has("pol.notice.nofee")
    out = [say("pol.notice.nofee" if free else "pol.notice")] if notice else []
    if p.fee_percent is not None:
        key = "pol.fee.after" if notice else "pol.fee.alone"
        if p.fee_percent == 100 and say.has(f"{key}.full"):  # "the session is charged in full", never "100 % of"
            key = f"{key}.full"
        if p.fee_percent != 0:
            out.append(say(key))
        elif not plan.client_side and not p.deposit_percent:
            # a reminder after their late cancellation or absence never adds "it is not charged" (it undoes the reminder)
            out.append(say("pol.fee.zero"))
    if p.deposit_percent is not None and not (p.deposit_percent == 0 and plan.client_side):
        # "No deposit is required" is news in a policy notice, filler in a reply to a late cancellation.
        out.append(say("pol.deposit.zero") if p.deposit_percent == 0 else say("pol.deposit"))
    if p.fee_percent == 0 and p.deposit_percent and not plan.client_side:
        # With a deposit, "a late cancellation is not charged" reads as if the deposit were returned too (native
        # review v14, four languages): the deposit first, then "no further charge", which says nothing of its fate.
        out.append(say("pol.fee.zero.deposit"))
    return out


def _silent(book: ModuleType, reason: str | None) -> bool:
    """The no-show note says they never got in touch (the phrasebook's `NO_WORD`); nl/sv may add theirs."""
    rx = getattr(book, "NO_WORD", None)
    return bool(reason and rx is not None and rx.search(reason))


def _policy_scope(book: ModuleType, reason: str | None) -> str:
    """The scope of a policy note ("for the Saturday classes"): the note after the phrasebook's `POLICY_SCOPE` match,
    when it is one short phrase (no clause, nine words at most); '' when the book has no pattern or no scope."""
    pattern = getattr(book, "POLICY_SCOPE", None)
    if pattern is None or not getattr(book, "POLICY_NP", ""):
        return ""
    r = (reason or "").strip().rstrip(".!;")
    m = pattern.match(r)
    if not m or len(r.split()) > 9 or any(c in r for c in ",;:"):
        return ""
    return r[m.end():]


def _policy(say: _Say, plan: Plan, book: ModuleType, lead: str) -> str:
    sentences = policy_sentences(say, plan)
    return _join(say(lead), *sentences) if sentences else ""


def _extras(say: _Say, plan: Plan, book: ModuleType) -> list[str]:
    """Facts the situation gives that the intent's core did not already use."""
    out: list[str] = []
    for name in plan.extras:
        if name == "duration_minutes":
            out.append(say("extra.duration"))
        elif name == "colleague_name":
            out.append(say("extra.colleague"))
        elif name == "proposed_times":
            out.append(_times(say, plan, "extra.times"))
        elif name == "policy":
            out.append(_policy(say, plan, book, "extra.policy"))
    return out


def _own(say: _Say) -> str:
    """The reason as a sentence of its own (slot `why_own`), when the phrasebook could not glue it into a
    frame with confidence ("Suite à une opération, je serai absente six semaines."). The phrasebook then
    leaves `why`/`why_f` empty; the sentence follows the opening one. A phrasebook without the slot is unchanged."""
    return str(say.slots.get("why_own") or "")


def _reasoned(say: _Say, s: Any) -> bool:
    """A reason to glue into the opening frame (not one said in its own sentence). A phrasebook that could
    neither glue it (a note, a fragment, a label with a colon) nor say it as a sentence leaves `why` and
    `why_f` empty: the neutral frame is used, never "Due to just a reminder"."""
    if not s.reason or _own(say):
        return False
    if "why" in say.slots or "why_f" in say.slots:
        return bool(str(say.slots.get("why") or "").strip(" ,") or str(say.slots.get("why_f") or "").strip(" ,"))
    return True


def _acknowledge(say: _Say, plan: Plan, key: str, fee: bool = False, reminder: bool = False) -> str:
    """The client's reason for cancelling or not coming. It is the user's note (often how or when the client
    cancelled, or their habits), so by default it is not told back: a neutral, warm line (`<key>.ack`) instead.
    Only a short hardship (`plan.echo_reason`) the phrasebook could turn to the second person is said back."""
    s = plan.situation
    if s.reason and plan.echo_reason and say.slots.get("sorry"):
        return say("sorry")
    if plan.ill and say.has(f"{key}.ill"):  # the client was ill (fever, flu): a brief warm wish whatever else the note says
        return say(f"{key}.ill")
    if plan.ill_who is not None and say.has(f"{key}.ill.named"):  # their child was ill: the wish is for the child
        return say(f"{key}.ill.named", who=plan.ill_who) if plan.ill_who else say(f"{key}.ill.other")
    if fee:  # the fee is due: no "no problem at all" that reads as a waiver
        return say(f"{key}.ack.fee") if say.has(f"{key}.ack.fee") else ""
    if reminder and say.has(f"{key}.ack.policy"):
        # a policy reminder follows: no "no problem at all" before it (it would read as the rule waived, then applied)
        return say(f"{key}.ack.policy")
    if not s.reason:
        return say(f"{key}.noreason")
    return say(f"{key}.ack") if say.has(f"{key}.ack") else say(f"{key}.noreason")


def _client_move(plan: Plan, say: _Say) -> list[str]:
    """The client asked to move: thanks and no fuss (no apology, no reason of ours), then their time taken,
    or theirs declined in the same breath as the thanks and ours offered, or times asked for."""
    move, times = plan.situation.client_move, list(plan.times)
    lang = plan.situation.language
    if move is ClientMove.accept and len(times) == 1:
        new = plan.situation.relationship.value == "new" and say.has("move.then.new")
        # their one time taken: the meeting and its old slot named when the table can (optional key; nl/sv may add it)
        named = plan.situation.meeting and say.has("move.thanks.accept")
        thanks = say("move.thanks.accept") if named else say("move.thanks")
        return [_join(thanks, say("move.accept.one", t=plain_time(times[0], lang))), say("move.then.new" if new else "move.then")]
    if move is ClientMove.accept:
        lead = "move.accept.two" if len(times) == 2 else "move.accept.many"
        return [_join(say("move.thanks"), say(lead) + bullets([plain_time(t, lang) for t in times])), say("move.pick")]
    if move is ClientMove.counter:
        # their time turned down: the reason is said (else the no sounds curt), glued or as a sentence of its own
        own = _own(say) if plan.situation.reason else ""
        glued = plan.situation.reason and not own and say.has("move.counter.why") and str(say.slots.get("why") or "").strip(" ,")
        # the meeting and its slot named in the thanks when the table can (optional key; a reply that never says which
        # meeting moves reads as a form letter, native review v16)
        thanks = "move.thanks.counter.named" if plan.situation.meeting and say.has("move.thanks.counter.named") else "move.thanks.counter"
        why_key = "move.counter.day" if say.slots.get("their_day") and say.has("move.counter.day") else "move.counter.why"
        first = _join(say(thanks), say(why_key) if glued else say("move.counter"), own)
    elif not times and plan.situation.meeting and say.has("move.thanks.named"):
        # asked for their times: the session and its date are named (a parent learns which lesson moves)
        first = say("move.thanks.named")
    else:
        first = say("move.thanks")
    # with times offered, a way out if none suits; asked for times, nothing more to say
    many = "move.fallback.two" if len(times) == 2 and say.has("move.fallback.two") else "move.fallback.many"
    fallback = say("move.fallback.one" if len(times) == 1 else many) if times else ""
    return [first, _times(say, plan, "ask"), fallback]


def _body(plan: Plan, say: _Say, book: ModuleType) -> list[str]:
    s, i = plan.situation, plan.situation.intent
    own = _own(say)
    if i is Intent.decline:
        alt = say(f"alt.{plan.alternative}") if plan.alternative else say("decline.final") if plan.final else ""
        if plan.alternative == "later" and plan.kind == "event":
            alt = say("alt.event")
        elif plan.alternative == "later" and not plan.work:
            # "I'd be glad to pick this up again" only follows from a work meeting; a party or a dinner is not picked up.
            alt = ""
        # "Let me know what suits you best" only follows an offer the client can choose from. The opening already
        # thanked them, so no second thank-you closes a decline.
        close = say("decline.close") if plan.alternative in ("shorter", "call", "email") else ""
        if not close and plan.filler:  # a draft that would be too short keeps its closing courtesy (see builtin.fit)
            close = (
                say("decline.close.final") if plan.final
                else say("decline.close.event") if plan.kind == "event"
                else say("decline.close.later") if say.has("decline.close.later") else say("decline.close.final")
            )
        close = close if plan.wrap_up else ""
        # A no on substance (a vendor's demo we will not pursue) is not "I can't make it".
        open_ = say("decline.open.final") if plan.final and say.has("decline.open.final") else say("decline.open")
        return [_join(open_, own), _join(_warmth(say, plan), alt), *_extras(say, plan, book), close]
    if i is Intent.reschedule and s.client_move is not None:
        return _client_move(plan, say)
    if i is Intent.reschedule:
        out = [_join(say("reschedule.open"), own, say("reschedule.sorry") if plan.apology else ""), _join(_warmth(say, plan), _times(say, plan, "ask"))]
        out += [say("video")] if plan.offer_video else []
        # "I will send an updated invitation" is a stock line: the confirmation itself is the next step.
        return [*out, *_extras(say, plan, book), say("reschedule.close") if plan.filler else ""]
    if i is Intent.shorten:
        agenda = say("shorten.agenda") if plan.agenda else ""
        # a short draft says what the shorter time still gives ("That should still leave us time for the essentials.")
        # instead of a stock wish after the question (optional key `shorten.rest`; see the courtesy in `render`)
        rest = say("shorten.rest") if plan.courtesy and not agenda and say.has("shorten.rest") else ""
        open_ = say("shorten.open.why") if _reasoned(say, s) and say.has("shorten.open.why") else say("shorten.open")
        return [_join(open_, own, rest), _join(_warmth(say, plan), agenda), *_extras(say, plan, book), say("ok")]
    if i is Intent.switch_to_call:
        # A reason goes before the question, never glued onto it ("..., as I am stuck in Bordeaux?").
        # a visit or a session given up for a call, to a new client or in person: a word of apology (optional key)
        sorry = say("call.sorry") if s.reason and plan.formal and (plan.in_person or s.relationship.value == "new") and say.has("call.sorry") else ""
        open_ = (
            say("call.open.event") if plan.kind == "call"
            else say("call.open.why") if _reasoned(say, s) and say.has("call.open.why")
            else say("call.open")
        )
        # With a reason given (stuck, travelling) a call rescues the meeting; "it saves us both time" would not fit.
        # ("That way we could still go through everything" repeats the proposal: nothing said after a reason.)
        why = say("call.why.reason") if s.reason and plan.filler and say.has("call.why.reason") else "" if s.reason else say("call.why")
        # a reason said as a sentence of its own comes before the question (what keeps us, then the request)
        first = _join(own, open_) if own and say.slots.get("why_before") else _join(open_, own)
        out = [first, _join(_warmth(say, plan), why)]
        offer = _times(say, plan, "call.times") if plan.times else say("call.times.same") if plan.same_time and say.has("call.times.same") else ""
        if offer:
            out.append(_join(sorry, offer))  # "I am sorry for the change of plan. I could call you at the time we agreed."
        return [*out, *_extras(say, plan, book), _join("" if offer else sorry, say("call.close"))]
    if i is Intent.switch_to_email:
        # The reason goes into the proposal itself ("... by email for now, as only two figures are left"),
        # never as an afterthought; a time offered is for talking it through, not another slot.
        # With a time offered to talk it through, the summary does not also promise a call ("email.summary.times").
        summary = (
            "" if not plan.summary and not say.has("email.summary.none")
            else say("email.summary.none") if not plan.summary
            else say("email.summary.times") if plan.times and say.has("email.summary.times")
            else say("email.summary")
        )
        # With a reason of its own (said as a sentence, or left out as a note) the opening claims no benefit of ours
        # ("which may save us both some time"): `email.open.own`.
        opening = (
            "email.open.why" if _reasoned(say, s) and say.slots.get("why")
            else "email.open.own" if s.reason and say.has("email.open.own") else "email.open"
        )
        out = [_join(say(opening), own), _join(_warmth(say, plan), summary)]
        if plan.times and summary:
            out[-1] = _join(out[-1], _times(say, plan, "email.times"))  # "I will send you the details. Should you still ..."
        elif plan.times:
            out.append(_times(say, plan, "email.times"))
        # With a time offered, that offer is the last word: no second closing question after it.
        # (a phrasebook may still close with a plain courtesy, not a question: Dutch "Ik hoor graag van u.")
        close = say("email.close.times") if plan.times and say.has("email.close.times") else "" if plan.times else say("ok")
        return [*out, *_extras(say, plan, book), close]
    if i is Intent.delegate:
        brief = "" if not plan.brief_colleague else say("delegate.brief.away") if plan.away else say("delegate.brief")
        # Someone going on leave or into surgery does not invite contact "in the meantime": the colleague is the contact.
        close = "" if plan.away and not plan.filler else say("delegate.close")
        # a period of leave ("until Christmas", "dès mardi") is said first: the hand-over follows from it
        opening = _join(own, say("delegate.open")) if say.slots.get("why_before") else _join(say("delegate.open"), own)
        # away (leave, surgery) in formal mail: a word of regret, not a bare notice (optional key)
        sorry = say("delegate.sorry") if plan.away and plan.formal and say.has("delegate.sorry") else ""
        return [_join(opening, sorry), _join(_warmth(say, plan), brief), *_extras(say, plan, book), close]
    if i in (Intent.no_show_followup, Intent.late_cancellation):
        key = "noshow" if i is Intent.no_show_followup else "late"
        opening = say("late.open.past") if key == "late" and plan.past else say(f"{key}.open")
        if key == "noshow" and say.slots.get("who") and say.has("noshow.open.theirs"):
            opening = say("noshow.open.theirs")  # a child's session is theirs: "We missed Archie at ...", never "missed you"
        elif key == "noshow" and say.has("noshow.open.silent") and _silent(book, s.reason):
            opening = say("noshow.open.silent")  # "no answer to calls": that we had no word is said, never dropped
        if key == "late" and plan.by_other and say.has("late.open.other"):
            opening = say("late.open.other")  # a parent texted: the cancellation is not put on the recipient
        # without a notice period the fee is stated alone ("... is due for a late cancellation")
        applies_key = f"policy.applies.{key}" + ("" if s.policy and s.policy.notice_hours else ".alone")
        applies = plan.policy_applies and say.has(applies_key)
        reminder = not applies and bool(policy_sentences(say, plan))
        first = _join(opening, _acknowledge(say, plan, key, fee=applies, reminder=reminder))
        if applies:
            # The intent means the client cancelled inside the notice period (or did not come): the fee is due for
            # this one, said plainly, never "no problem" nor a reminder "for next time" that reads as a waiver.
            deposit = say("pol.deposit") if s.policy and s.policy.deposit_percent else ""  # a given deposit is still said
            out = [first, _join(say(applies_key), deposit), _join(_warmth(say, plan), _times(say, plan, f"{key}.times"))]
        else:
            out = [first, _join(_warmth(say, plan), _times(say, plan, f"{key}.times"))]
        out += [say("video")] if plan.offer_video else []
        out += [] if applies else [_policy(say, plan, book, "policy.next")]
        # A late cancellation ends with the question about a new time: no stock "looking forward" after it.
        close = say(f"{key}.close") if key == "noshow" or plan.filler else ""
        return [*out, *_extras(say, plan, book), close]
    # cancellation_policy
    key = ("policy.open.new" if s.relationship.value == "new" else "policy.open.standalone") if s.meeting is None else "policy.open"
    if plan.policy_change and s.meeting is None and say.has("policy.open.change"):
        key = "policy.open.change"  # new terms are introduced, never "reminded of" (optional key)
    if plan.consumer and say.has(f"{key}.consumer"):
        key = f"{key}.consumer"  # a salon's or a tutor's client: their appointment, never "our collaboration"
    first = say(key)
    typed = (s.reason or "").strip()
    if plan.policy_change and typed[:1].isupper() and typed.endswith((".", "!")) and len(typed.split()) >= 4:
        first = _join(first, typed)  # the change typed as a sentence is said as one ("From March, the rules change."), never glued
    elif (scope := _policy_scope(book, s.reason)) and book.POLICY_NP in first:
        # what the terms cover, never a cause; a purpose clause after it is set off ("…, so we're on the same page")
        head, _, tail = first.partition(book.POLICY_NP)
        first = f"{head}{book.POLICY_NP} {scope}{',' if tail[:1] == ' ' and not tail.startswith(' (') else ''}{tail}"
    else:
        first = _join(first, say("policy.why") if _reasoned(say, s) else own)
    sentences = policy_sentences(say, plan)
    purpose = say("policy.purpose") if plan.explain else ""
    p = s.policy
    if purpose and p is not None and p.fee_percent == 0 and p.notice_hours and len(sentences) > 1:
        # no fee: the purpose explains the notice asked for, not "late cancellations are not charged"
        sentences = [sentences[0], purpose, *sentences[1:]]
        purpose = ""
    elif purpose and p is not None and p.deposit_percent is not None and len(sentences) > 1:
        # what the policy is for follows the notice and the fee it explains, not "No deposit is required"
        sentences = [*sentences[:-1], purpose, sentences[-1]]
        purpose = ""
    out = [first, _join(*sentences, purpose)]
    return [*out, *_extras(say, plan, book), _join(_warmth(say, plan) if s.meeting is not None else "", say("policy.close"))]


def render(plan: Plan) -> Message:
    """The message for a plan, in the situation's language."""
    s = plan.situation
    book = phrasebook(s.language)
    slots = book.slots(plan)
    p = s.policy
    if p is not None:  # each number as the language writes it (with its article where it needs one)
        slots.update(book.numbers(p, plan))
    if s.colleague_name:
        # A colleague is named without a title ("my colleague James Walker", not "Mr. James Walker").
        slots.setdefault("c", plain_name(s.colleague_name))
        slots.setdefault("c1", short(s.colleague_name))
    slots.setdefault("n", s.duration_minutes or "")
    if slots.get("M"):
        slots["M"] = subject_label(str(slots["M"]))  # a subject names the thing, never a whole raw label
    table = {**book.T, **MOVE[s.language]} if s.client_move is not None else book.T
    say = _Say(plan, table, slots)
    body = _body(plan, say, book)
    then = str(say.slots.get("why_then") or "")
    if then and body:  # a promise typed in the note ("I'll send a short guide"): its own sentence after the request
        i = next((k for k, p in enumerate(body) if p), 0)
        body[i] = _join(body[i], then)
    paragraphs = [p for p in body if p]
    opens_with_welcome = s.intent is Intent.cancellation_policy and s.meeting is None  # "As we start working together, ..."
    if plan.thanks and paragraphs:  # closes the final request: "Would that work for you? Thank you ..." (formal only: a stock line in friendly mail)
        paragraphs = [*paragraphs[:-1], _join(paragraphs[-1], say("thanks"))]
    if plan.welcome and paragraphs and not opens_with_welcome:  # a new client: the last line looks forward to working together
        paragraphs = [*paragraphs[:-1], _join(paragraphs[-1], say("welcome"))]
    closing_wish = bool(_WISH.search(say(f"closing.{s.relationship.value}")))
    # the wishes already closing the mail, in its last two paragraphs ("I hope it goes well!" then "Thanks again ...!")
    wishes = sum(len(_WISH.findall(p)) for p in paragraphs[-2:])
    rest_said = s.intent is Intent.shorten and not plan.agenda and say.has("shorten.rest")  # the short draft's line already
    if plan.courtesy and paragraphs and wishes + closing_wish < 2 and not rest_said:
        # a short draft ends with good wishes rather than falling under 40 words; never a third wish in a row
        # ("Merci encore ! Bonne semaine ! Belle journée,")
        paragraphs = [*paragraphs[:-1], _join(paragraphs[-1], say("courtesy.final" if plan.final else "courtesy"))]
    as_firm = getattr(book, "as_firm", None)
    if plan.firm and as_firm is not None:
        # signed by a business with no person ("Hartwell Bookkeeping"): the mail speaks as "we", never "I"
        paragraphs = [as_firm(p) for p in paragraphs]
    subject = (
        say("subject.none.change") if s.meeting is None and plan.policy_change and say.has("subject.none.change")
        else say("subject.none") if s.meeting is None
        # a no on substance is not "can't make it" in the subject either
        else say("subject.move.accept" if s.client_move is ClientMove.accept and len(plan.times) == 1 else "subject.move.other") if s.client_move
        else say("subject.decline.final") if plan.final and say.has("subject.decline.final")
        # a fee due for this one is the news: "Your knee follow-up: late cancellation", never "finding a new time"
        else say(f"subject.{s.intent.value}.fee") if plan.policy_applies and say.has(f"subject.{s.intent.value}.fee")
        else say(f"subject.{s.intent.value}")
    )
    return Message(
        subject=subject[:1].upper() + subject[1:],
        greeting=name_greeting(s.recipient_name, s.language, plan.formal),
        paragraphs=paragraphs,
        closing=say(f"closing.{s.relationship.value}"),
    )
