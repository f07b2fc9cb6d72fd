"""Pure checks on a generated draft: the rules a model can break that users hold us to.

Each problem is one line saying what is wrong and what to do, because the same lines go back to the model in
the repair round and, if the repair fails too, onto the draft as warnings.
"""

from __future__ import annotations

import re

from datetime import date

from composer.facts import judge, normalise, placeholders, prose_only
from composer.facts import notes as fact_notes
from composer.models import Situation
from composer.register import address_problems, boilerplate

MIN_WORDS = 40
MAX_WORDS = 220
# How a subject line is labelled in the five languages (and German, which models drift into).
SUBJECT_LABEL = r"(?:subject|objet|oggetto|onderwerp|ämne|betreff)"
_PREAMBLE = re.compile(
    r"\A\s*(?:sure|certainly|of course|absolutely)\b[,!.:]"
    r"|\A\s*here(?:'s| is| are)\b[^\n]{0,60}\b(?:draft|email|e-mail|message|version|reply)"
    r"|^\s*(?:\*\*)?(?:option|variant|version)\s*(?:\d|[a-c]\b)"
    rf"|^\s*(?:\*\*)?{SUBJECT_LABEL}\s*(?:\*\*)?\s*:"
    r"|^\s*#{1,6}\s",
    re.IGNORECASE | re.MULTILINE,
)


def words(text: str) -> int:
    """Words as the tone scorer and the built-in writer's grid test count them."""
    return len(text.split())


def check(situation: Situation, subject: str, body: str, *, today: date | None = None) -> list[str]:
    """Every rule the draft breaks, as lines a model (or a user) can act on; empty when the draft is fine.

    Facts (times in their roles, numbers with their terms, names, nothing nobody gave, language per paragraph)
    come from the one fact model (`composer.facts.judge`): its errors (a fact wrong, in the wrong role, or one nobody
    gave) and the omissions of facts the client must read restated ("missing fact: ...") go to the repair round; the
    omissions of facts the client can still identify ("not restated: ...") go back only when something else needs
    repair; an uncertainty (a span the checker cannot read with confidence) is never a problem: no repair, no alarm.
    The rest are rules of form.
    """
    s = situation
    text = f"{subject}\n{body}"
    issues = judge(s, subject, body, today=today)
    problems: list[str] = [i.message for i in issues if i.kind not in ("omitted", "uncertain")]
    own = prose_only(s, text)
    problems += [f"placeholder left in: {p}; write the real value or leave it out" for p in placeholders(text)]
    problems += [f"AI-sounding filler: {b!r}; remove it" for b in boilerplate(body)]
    problems += [f"{p}; use the {s.tone.value} address form throughout" for p in address_problems(own, s.language, s.tone)]
    problems += [f"preamble, options or formatting in the body: {m.group(0).strip()!r}; write only the email" for m in _PREAMBLE.finditer(body)]
    if not subject.strip():
        problems.append("the subject is empty; give a short subject line")
    elif "\n" in subject.strip():
        problems.append("the subject spans several lines; make it one short line")
    n = words(body)
    if n < MIN_WORDS:
        problems.append(f"too short: {n} words; write between {MIN_WORDS} and {MAX_WORDS}")
    elif n > MAX_WORDS:
        problems.append(f"too long: {n} words; write between {MIN_WORDS} and {MAX_WORDS}")
    if not signed(s, body):
        problems.append(f"no signature: end with the sender's name {s.sender_name!r} on the last line")
    # --- tone (issue 15): the one tone verdict; a hostile, cold or sarcastic reply goes to the repair round too
    from composer.evaluation.tone import tone_problems  # here, not at the top: tone imports MIN/MAX_WORDS from us

    problems += tone_problems(s, subject, body)
    if problems:  # a repair round happens anyway: it may as well restore what was left out (alone, no alarm)
        problems += [i.message for i in issues if i.kind == "omitted"]
    return problems


def notes(situation: Situation, subject: str, body: str, *, today: date | None = None) -> list[str]:
    """The fact model's uncertainties on a final draft ("not checked: ..."), for its warnings on every path (built-in
    and LLM alike, added where the service hands a draft out): the user sees what nobody could verify; no repair."""
    return fact_notes(situation, subject, body, today=today)


def signed(situation: Situation, body: str) -> bool:
    """The sender's name closes the message (within its last two lines)."""
    tail = [line for line in body.strip().splitlines() if line.strip()][-2:]
    return normalise(situation.sender_name) in normalise("\n".join(tail))
