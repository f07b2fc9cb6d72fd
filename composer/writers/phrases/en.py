"""English phrasing for the built-in writer: plain, warm, no filler openers."""

from __future__ import annotations

import re

from composer.models import Intent, Relationship
from composer.writers.plan import Plan, bullets, num

# A reason that reads as a clause ("I have to be in Brussels", "his car broke down") follows "as" / "that";
# a noun phrase ("a board meeting that clashes", "a delayed flight") follows "due to" / "about".
_CLAUSE = re.compile(
    r"^(i|i'm|i've|i'll|we|we're|we've|you|he|she|they|it|it's|there|that|this)\b"
    r"|\b(is|are|am|was|were|has|have|had|will|can|cannot|can't|could|must|need|needs|'m|'s|'re|'ve"
    r"|broke|got|came|went|fell|took|ran|left|caught|felt|lost|forgot|became|made|said|told|thought|ate"
    r"|began|brought|found|gave|held|hit|hurt|kept|knew|let|met|paid|put|sent|spent|stood|woke|wrote)\b",
    re.IGNORECASE,
)
_DETERMINER = {"a", "an", "the", "this", "that", "my", "our", "your", "his", "her", "their", "its", "some", "an"}


def _has_past_verb(reason: str) -> bool:
    """A regular past tense ("the client moved the deadline"), not an adjective after a determiner
    ("a delayed flight", "an unexpected visit")."""
    words = re.findall(r"[a-z']+", reason.lower())
    return any(w.endswith("ed") and len(w) > 3 and i > 0 and words[i - 1] not in _DETERMINER for i, w in enumerate(words))


def _lower_first(text: str) -> str:
    """Lower-case a leading capital unless it starts a name, an acronym or the pronoun I."""
    text = text.strip().rstrip(".!;")
    first = text.split(" ", 1)[0]
    if first == "I" or first.startswith("I'") or first.isupper() or any(c.isupper() for c in first[1:]):
        return text
    return text[:1].lower() + text[1:]


def _is_clause(reason: str) -> bool:
    return bool(_CLAUSE.search(reason)) or _has_past_verb(reason)


def because(reason: str | None) -> str:
    """' as I am travelling' / ' due to a clash with a board meeting' / '' when no reason."""
    if not reason:
        return ""
    r = _lower_first(reason)
    return f" as {r}" if _is_clause(r) else f" due to {r}"


_FIRST_PERSON = re.compile(r"^(i|i'm|i've|i'll|i'd|my|we|we're|we've|our|me)\b", re.IGNORECASE)


def sorry_to_hear(reason: str) -> str:
    """Sympathy for the client's reason; their own first-person words are quoted, never put in our mouth."""
    r = _lower_first(reason)
    if _FIRST_PERSON.match(r):
        quoted = reason.strip().rstrip(".!;")  # their words, as they wrote them
        return f"Thank you for explaining (\u201c{quoted}\u201d); I am sorry to hear it."
    return f"I am sorry to hear that {r}." if _is_clause(r) else f"I am sorry to hear about {r}."





# Words that make the user's meeting text the name of an event ("site visit", "the Q3 review"), which reads
# best named directly; anything else is a topic ("pricing", "the new contract"): "our meeting on ...".
_EVENTS = {
    "meeting", "review", "sync", "visit", "workshop", "call", "session", "kick-off", "kickoff", "demo",
    "presentation", "interview", "check-in", "catch-up", "catchup", "standup", "stand-up", "briefing",
    "lunch", "dinner", "appointment", "consultation", "audit", "training", "retrospective", "retro",
    "planning", "onboarding", "walkthrough", "meetup", "1:1", "one-to-one", "debrief", "pitch",
}
_DETERMINERS = ("the ", "a ", "an ", "our ", "your ", "this ", "that ", "my ")


def _meeting_ref(plan: Plan) -> str:
    """The meeting as a noun phrase: 'our site visit', 'the Q3 review', or 'our meeting on pricing'."""
    m = plan.situation.meeting.strip()
    last = m.lower().rstrip(".").split()[-1] if m.split() else ""
    if last in _EVENTS:
        return m if m.lower().startswith(_DETERMINERS) else f"our {m}"
    return f"our meeting on {m}"


def _meeting(plan: Plan) -> str:
    return f"{_meeting_ref(plan)} ({plan.situation.meeting_time})"


def greeting(plan: Plan) -> str:
    name = plan.situation.recipient_name
    return f"Dear {name}," if plan.formal else f"Hi {name},"


def closing(plan: Plan) -> str:
    if plan.formal:
        return "Kind regards,"
    return "Warm regards," if plan.situation.relationship is Relationship.key else "Best,"


def offer_times(plan: Plan) -> str:
    times = list(plan.situation.proposed_times)
    f = plan.formal
    if not times:
        return (
            "Could you let me know a few times that would suit you?"
            if f
            else "Just let me know a few times that suit you."
        )
    if len(times) == 1:
        return f"Would {times[0]} work for you instead?" if f else f"Would {times[0]} work for you?"
    head = "Would one of these times suit you?" if f else "Would any of these work for you?"
    return head + bullets(times)


def policy_sentences(plan: Plan) -> list[str]:
    p = plan.situation.policy
    if p is None or p.is_empty():
        return []
    out: list[str] = []
    if p.notice_hours is not None:
        out.append(f"Meetings can be moved or cancelled free of charge up to {num(p.notice_hours, plan)} hours beforehand.")
    if p.fee_percent is not None:
        when = "after that" if p.notice_hours is not None else "for late cancellations or missed meetings"
        out.append(f"{when[0].upper() + when[1:]}, {num(p.fee_percent, plan)}% of the fee is charged.")
    if p.deposit_percent is not None:
        out.append(f"A deposit of {num(p.deposit_percent, plan)}% is due when booking.")
    return out


def extras(plan: Plan) -> list[str]:
    """Facts the situation gives that the intent's core did not already use."""
    s = plan.situation
    f = plan.formal
    out: list[str] = []
    for name in plan.extras:
        if name == "duration_minutes":
            out.append(
                f"If it helps, we could keep it to {s.duration_minutes} minutes."
                if f
                else f"We could easily keep it to {s.duration_minutes} minutes."
            )
        elif name == "colleague_name":
            out.append(
                f"My colleague {s.colleague_name} is also available should you need anything in the meantime."
                if f
                else f"{s.colleague_name} on my team is around too if you need anything in the meantime."
            )
        elif name == "proposed_times":
            times = list(s.proposed_times)
            if len(times) == 1:
                out.append(
                    f"If another time would suit you better, I could also offer {times[0]}."
                    if f
                    else f"If another time works better, I'm also free {times[0]}."
                )
            else:
                lead = "If another time would suit you better, I could also offer:" if f else "If another time works better, I'm also free:"
                out.append(lead + bullets(times))
        elif name == "policy":
            lead = "As a reminder of our cancellation policy:" if f else "Just as a reminder of our cancellation policy:"
            out.append(lead + " " + " ".join(policy_sentences(plan)))
    return out


def _suggesting(plan: Plan) -> str:
    """' I am suggesting this as ...' after a proposal, when the user gave a reason; else nothing."""
    s = plan.situation
    if not s.reason:
        return ""
    return (" I am suggesting this" if plan.formal else " I'm suggesting this") + because(s.reason) + "."


def _appreciation(plan: Plan) -> str | None:
    if plan.appreciation:
        f, intent = plan.formal, plan.situation.intent
        if intent in (Intent.shorten, Intent.switch_to_call, Intent.switch_to_email):
            return (
                "Your project matters a great deal to me, and I want to make the best possible use of your time."
                if f
                else "Your project really matters to me, and I want to make the most of your time."
            )
        if plan.client_side or intent is Intent.cancellation_policy:
            return (
                "I very much value working with you."
                if f
                else "I really enjoy working with you."
            )
        return (
            "Our work together matters a great deal to me, and I do not want this to hold anything up."
            if f
            else "Working with you really matters to me, and I don't want this to slow anything down."
        )
    if plan.welcome:
        return (
            "I am very much looking forward to working together."
            if plan.formal
            else "I'm really looking forward to working together."
        )
    return None


def decline(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    first = (
        f"Thank you for the invitation to {_meeting(plan)}. Unfortunately, I will not be able to attend{because(s.reason)}."
        if f
        else f"Thanks for the invite to {_meeting(plan)}. Unfortunately I can't make it{because(s.reason)}."
    )
    alt = {
        "shorter": (
            f"I would still like to cover the essentials with you, so a shorter meeting of {s.duration_minutes} minutes might work instead."
            if f
            else f"I'd still like to cover the essentials, though: could we do a shorter {s.duration_minutes}-minute version?"
        ),
        "call": (
            "I would still like to keep things moving, so a short phone call instead might be an option, if that suits you."
            if f
            else "I'd still love to keep things moving, so how about a quick phone call instead?"
        ),
        "email": (
            "In the meantime, I would be glad to send you my input by email so that nothing is held up."
            if f
            else "In the meantime, I'm happy to send my thoughts over by email so nothing gets held up."
        ),
        "later": (
            "I would be glad to pick this up again at a better moment."
            if f
            else "I'd be glad to pick this up again when the timing is better."
        ),
    }[plan.alternative or "later"]
    out = [first, " ".join(x for x in (_appreciation(plan), alt) if x)]
    out += extras(plan)
    out.append("Please let me know what would suit you best." if f else "Let me know what works for you.")
    return out


def reschedule(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    first = (
        f"I am afraid I need to move {_meeting(plan)}{because(s.reason)}. Please accept my apologies for the change."
        if f
        else f"I'm afraid I need to move {_meeting(plan)}{because(s.reason)} – sorry for the shuffle."
    )
    out = [first, " ".join(x for x in (_appreciation(plan), offer_times(plan)) if x)]
    if plan.offer_video:
        out.append("We can also hold it as a video or phone call if that is easier." if f else "A video or phone call works for me too.")
    out += extras(plan)
    out.append(
        "Once you confirm, I will send an updated invitation." if f else "Once you confirm, I'll send a new invite."
    )
    return out


def shorten(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    reason = _suggesting(plan)
    first = (
        f"Looking ahead to {_meeting(plan)}, I would like to suggest that we keep it to {s.duration_minutes} minutes.{reason}"
        if f
        else f"Looking ahead to {_meeting(plan)}: could we keep it to {s.duration_minutes} minutes?{reason}"
    )
    second = (
        "I will come with a short agenda so that we cover the essentials in that time, and anything left over can follow by email."
        if f
        else "I'll bring a short agenda so we cover the essentials, and anything left over can follow by email."
    )
    out = [first, " ".join(x for x in (_appreciation(plan), second) if x)]
    out += extras(plan)
    out.append("Would that work for you?" if f else "Does that work for you?")
    return out


def switch_to_call(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    reason = _suggesting(plan)
    first = (
        f"Regarding {_meeting(plan)}: would you be open to holding it as a phone call rather than meeting in person?{reason}"
        if f
        else f"About {_meeting(plan)}: would a phone call work instead of meeting in person?{reason}"
    )
    second = (
        "It would save us both the travel while still giving us time to go through everything properly."
        if f
        else "It'd save us both the trip, and we can still go through everything properly."
    )
    out = [first, " ".join(x for x in (_appreciation(plan), second) if x)]
    if s.proposed_times:
        times = list(s.proposed_times)
        if len(times) == 1:
            out.append(f"I could call you at the original time or at {times[0]}." if f else f"I could call at the original time or at {times[0]}.")
        else:
            out.append(("I could call you at the original time or at one of these:" if f else "I could call at the original time or at one of these:") + bullets(times))
    out += extras(plan)
    out.append(
        "Please let me know if that suits you and which number is best to reach you on."
        if f
        else "Let me know if that works, and the best number to reach you on."
    )
    return out


def switch_to_email(plan: Plan) -> list[str]:
    f = plan.formal
    reason = _suggesting(plan)
    first = (
        f"Regarding {_meeting(plan)}: I believe we could handle the points by email for now, which may save us both some time.{reason}"
        if f
        else f"About {_meeting(plan)}: I think we could sort the points out by email for now and save us both some time.{reason}"
    )
    second = (
        "I will send you a written summary with the key points and my questions. Should anything call for a proper discussion, we can of course still arrange a call."
        if f
        else "I'll send you a short written summary with the key points and my questions. If anything needs a proper chat, we can always jump on a call."
    )
    out = [first, " ".join(x for x in (_appreciation(plan), second) if x)]
    out += extras(plan)
    out.append("Would that work for you?" if f else "Does that sound OK?")
    return out


def delegate(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    c = s.colleague_name
    first = (
        f"I would like to let you know that my colleague {c} will take over {_meeting(plan)}{because(s.reason)}."
        if f
        else f"Quick heads-up: my colleague {c} will take over {_meeting(plan)}{because(s.reason)}."
    )
    second = (
        f"{c} knows the project well, and I will brief them fully beforehand so that they have everything needed to answer your questions. I will stay in the loop and remain available if you need me."
        if f
        else f"{c} knows the project well, and I'll brief them fully so they can answer all your questions. I'll stay in the loop, so you can always reach me too."
    )
    out = [first, " ".join(x for x in (_appreciation(plan), second) if x)]
    out += extras(plan)
    out.append(
        "Please do not hesitate to let me know if you have any questions beforehand."
        if f
        else "Let me know if you have any questions before then."
    )
    return out


def no_show_followup(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    first = (
        f"I was sorry not to see you at {_meeting(plan)}, and I hope everything is all right on your side."
        if f
        else f"We missed you at {_meeting(plan)} – I hope everything is OK on your end."
    )
    if s.reason:
        first += " " + sorry_to_hear(s.reason)
    if s.proposed_times:
        times = list(s.proposed_times)
        second = (
            (f"If you would like to find a new time, I could offer {times[0]}." if len(times) == 1 else "If you would like to find a new time, I could offer:" + bullets(times))
            if f
            else (f"If you'd like to set a new time, I'm free {times[0]}." if len(times) == 1 else "If you'd like to set a new time, I'm free at:" + bullets(times))
        )
    else:
        second = (
            "Whenever it suits you, just let me know a time and we will set up a new meeting."
            if f
            else "Whenever you're ready, just send me a time that suits you and we'll set up a new one."
        )
    out = [first, " ".join(x for x in (_appreciation(plan), second) if x)]
    if plan.offer_video:
        out.append("We could also meet by video or phone if that is easier." if f else "Video or phone is fine too if that's easier.")
    if s.policy is not None and not s.policy.is_empty():
        out.append(("For future bookings, a gentle reminder of our cancellation policy: " if f else "Just a gentle reminder of our cancellation policy for next time: ") + " ".join(policy_sentences(plan)))
    out += extras(plan)
    out.append("I look forward to hearing from you." if f else "Hope to hear from you soon.")
    return out


def late_cancellation(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    first = (
        f"Thank you for letting me know that you need to cancel {_meeting(plan)}."
        if f
        else f"Thanks for letting me know about {_meeting(plan)}."
    )
    first += " " + (sorry_to_hear(s.reason) if s.reason else ("I quite understand." if f else "No problem at all, these things happen."))
    if s.proposed_times:
        second = ("To find a new time, " if f else "To find a new slot, ") + (
            f"would {s.proposed_times[0]} suit you?" if len(s.proposed_times) == 1 else ("would one of these suit you?" if f else "would any of these work?") + bullets(list(s.proposed_times))
        )
    else:
        second = (
            "Could you let me know a few times that would suit you for a new meeting?" if f else "Just send me a few times that suit you and we'll find a new slot."
        )
    out = [first, " ".join(x for x in (_appreciation(plan), second) if x)]
    if plan.offer_video:
        out.append("We could also meet by video or phone if that is easier." if f else "Video or phone is fine too if that's easier.")
    if s.policy is not None and not s.policy.is_empty():
        out.append(("For future bookings, a gentle reminder of our cancellation policy: " if f else "And just a gentle reminder of our cancellation policy for next time: ") + " ".join(policy_sentences(plan)))
    out += extras(plan)
    out.append("I look forward to seeing you soon." if f else "Looking forward to catching up soon.")
    return out


def cancellation_policy(plan: Plan) -> list[str]:
    f = plan.formal
    if plan.situation.meeting is None:  # a standalone notice, e.g. to a new client
        new = plan.situation.relationship is Relationship.new
        first = (
            ("As we start working together, I" if new else "I")
            + " would like to share our cancellation policy, as set out in our agreement, so that everything is clear on both sides."
            if f
            else ("As we get started, here's" if new else "Here's")
            + " a quick note on our cancellation policy, as set out in our agreement, so we're on the same page."
        )
    else:
        first = (
            f"Ahead of {_meeting(plan)}, I would like to share our cancellation policy so that everything is clear on both sides."
            if f
            else f"Ahead of {_meeting(plan)}, here's a quick note on our cancellation policy so we're on the same page."
        )
    if plan.situation.reason:
        first += (" I am sharing it" if f else " I'm sharing it") + because(plan.situation.reason) + "."
    second = " ".join(policy_sentences(plan))
    third = (
        "This simply helps us keep the time set aside for you."
        if f
        else "It just helps us keep that time set aside for you."
    )
    out = [first, second + " " + third]
    appreciation = _appreciation(plan)
    if appreciation:
        out.append(appreciation)
    out += extras(plan)
    out.append("Please let me know if you have any questions." if f else "Any questions, just let me know.")
    return out



_SUBJECT = {
    Intent.decline: "{ref}",
    Intent.reschedule: "New time for {ref}",
    Intent.shorten: "{meeting}: a shorter meeting",
    Intent.switch_to_call: "{meeting}: a call instead?",
    Intent.switch_to_email: "{meeting}: by email for now",
    Intent.delegate: "{meeting}: {colleague_name} takes over",
    Intent.no_show_followup: "{meeting}: finding a new time",
    Intent.late_cancellation: "{meeting}: finding a new time",
    Intent.cancellation_policy: "{meeting}: our cancellation policy",
}


def thanks(plan: Plan) -> str:
    """Thanks for going along with a change we asked for."""
    return "Thank you for your understanding." if plan.formal else "Thanks for being flexible!"


def subject(plan: Plan) -> str:
    """The subject line."""
    s = plan.situation
    if s.meeting is None:
        return "Our cancellation policy"
    subject = _SUBJECT[s.intent].format(meeting=s.meeting, ref=_meeting_ref(plan), colleague_name=s.colleague_name or "")
    subject = subject[:1].upper() + subject[1:]  # "the audit: ..." starts a subject line with a capital
    return subject
