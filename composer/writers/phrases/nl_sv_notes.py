"""The nl/sv phrasebooks' one call of the shared note normaliser (`reasons.normalise`, phr-y's interface).

nl and sv keep their own reason glue; this runs the typed note through the normaliser first, so the glue sees
the clause a professional writes ("ben ziek, keelontsteking" -> "ik ben ziek (keelontsteking)"), and returns
the promise typed in the note ("ik stuur je een filmpje") as its own sentence, said after the request.
"""

from __future__ import annotations

import re
from dataclasses import replace

from composer.models import Intent
from composer.writers import reasons
from composer.writers.phrases import nl_notes, sv_notes
from composer.writers.plan import Plan

# Intents whose reason is glued into the request (a '{why}' that ends its sentence, or the question's '{post}'): a
# promise in the note can follow the request there. Elsewhere a note with a promise is left as the glue reads it.
_AFTER_FITS = frozenset({Intent.decline, Intent.reschedule, Intent.shorten, Intent.switch_to_call, Intent.switch_to_email})


# The sender's subject said once in two joined clauses: "jag är förkyld och jag har ..." -> "... och har ...".
_AND_SUBJECT = {"nl": ("ik ", " en ik "), "sv": ("jag ", " och jag ")}
_TWICE = {"ik ": re.compile(r"(?i)\ben en\b"), "jag ": re.compile(r"(?i)\boch och\b")}  # compiled once, never per draft


def _one_subject(text: str, pair: tuple[str, str]) -> str:
    """A coordinated clause with the same first-person subject drops its repeat (both languages keep main-clause
    order after "en"/"och", so the verb stays second)."""
    first, repeat = pair
    joiner = repeat[: -len(first)].strip()
    text = _TWICE[first].sub(joiner, text)  # a piece typed with its own "och"/"en": one joiner
    if text.lower().startswith(first):
        return text.replace(repeat, repeat[: -len(first)] + " ").replace("  ", " ")
    return text


def noted(plan: Plan, language: str) -> tuple[Plan, str]:
    """(the plan with its reason normalised, the promise sentence to say after the request or ''). The plan is
    returned as it is when the normaliser is not there, the mail is the client's side, or nothing changes."""
    normalise = getattr(reasons, "normalise", None)
    s = plan.situation
    if normalise is None or plan.client_side or not s.reason or s.intent is Intent.cancellation_policy:
        return plan, ""
    note = normalise(s.reason, language, formal=plan.formal, ahead=None)
    if note.client:
        return replace(plan, situation=s.model_copy(update={"reason": None})), ""
    if not note.changed or (set(note.rules) <= {"subject"} and not _OWN_VERB[language].match(s.reason.strip())):
        return plan, ""  # (the phrasebook's own glue puts a dropped subject back itself: "pappaledig ..." -> "jag är ...")
    if not note.confident and not any(r.startswith(("informal", "word a mail")) for r in note.rules):
        return plan, ""  # (a note the normaliser cannot read but the phrasebook's own glue can: said its way, not neutrally)
    if note.after and (s.intent not in _AFTER_FITS or _INSTEAD.search(note.after)):
        return plan, ""  # (a promise has no place after this mail's request: the note is glued as typed)
    text = _BRACKETED_VERB.sub("", note.text) if plan.formal and language == "sv" else note.text
    reason = _one_subject(text, _AND_SUBJECT[language]) or None
    return replace(plan, situation=s.model_copy(update={"reason": reason})), note.after


# A typed verb the normaliser set in brackets beside the clause that says it ("Dottern har feber (vabbar)"): the user's
# shorthand, slang in a formal mail (v14 review). sv present tense of the -ar conjugation only (a noun in -er stays).
_BRACKETED_VERB = re.compile(r"\s*\((?:[a-zåäö]+ar)\)")


# A note led by a work verb the phrasebook's own glue does not know ("bak die hele week oliebollen", "bränner ugnen"):
# the normaliser's "ik"/"jag" is taken, else the glue drops the note as a fragment (the reason went missing).
_OWN_VERB = {
    "nl": re.compile(rf"(?i)(?:{'|'.join(nl_notes.WORK_VERBS)})\b"),
    "sv": re.compile(rf"(?i)(?:{'|'.join(sv_notes.WORK_VERBS)})\b"),
}


# "instead" in a promise: the frame drops its own "instead" for the typed note (`_echoes`), so such a note stays as typed.
_INSTEAD = re.compile(r"(?i)\b(?:i ?stället|in plaats daarvan|daarvoor in de plaats)\b")


def said_after(out: dict[str, object], after: str) -> None:
    """The promise after the request: behind the reason glued at a sentence's end ('{why}.'), and after the question
    ('{post}'); a template uses one of the two."""
    if not after:
        return
    why = str(out.get("why") or "")
    out["why"] = f"{why}. {after.rstrip('.')}" if why else f". {after.rstrip('.')}"
    out["post"] = f"{out.get('post') or ''} {after}"


# A chatty aside typed in brackets ("(baby!)", "(eindelijk!)", "(äntligen!)", "(:")"): the user's feeling, not a fact for
# the client; left out of the prose (native review v15/v16: "ben ik met verlof (baby!)"). An informative aside stays.
_ASIDE = re.compile(r"\s*\((?:[^()]{0,30}[!?]|[:;][-']?[()DPp])\)")


def without_asides(text: str | None) -> str | None:
    """The note without its exclamatory bracketed asides (None stays None)."""
    return _ASIDE.sub("", text).strip() if text else text
