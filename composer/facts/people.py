"""The given people in their roles (round 19): the recipient is the one greeted, the colleague the one who takes
over, the sender the one who signs. Each name may be present and still be in the wrong place: "Dear Pieter," to the
colleague, "my colleague Anna Conti" for the recipient, a mail signed with the colleague's name."""

from __future__ import annotations

import re

from composer.facts.issue import FactIssue
from composer.facts.names import _PARTICLES, _fold, _parts
from composer.models import Situation

# "my colleague", "ma collègue", "la mia collega", "mijn collega", "min kollega" and the bare nouns.
_COLLEAGUE = re.compile(
    r"(?<!\w)(?i:colleagues?|collègues?|collega|colleghi|kollega(?:n|or)?|collega's)(?!\w)[\s,]*"
    r"(?P<who>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]+){0,2})")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _own(name: str | None) -> set[str]:
    """The parts of a name long enough to identify its bearer."""
    return {_fold(p) for p in _parts(name) if len(p) >= 3 and _fold(p) not in _PARTICLES}


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out


def check_people(s: Situation, text: str) -> list[FactIssue]:
    """Names present but in another's role (module docstring). `text` is subject, newline, body."""
    recipient, colleague, sender = _own(s.recipient_name), _own(s.colleague_name), _own(s.sender_name)
    out: list[FactIssue] = []
    lines = [(a, ln) for a, ln in _lines(text) if a > text.find("\n")] if "\n" in text else []  # the body's lines
    if lines:
        start, first = lines[0]
        words = {_fold(w) for w in _WORD.findall(first)} if len(first.strip()) <= 40 and first.rstrip().endswith((",", ":", "!")) else set()
        if words and not words & recipient:
            for who, field in ((colleague - recipient - sender, "colleague_name"), (sender - recipient, "sender_name")):
                if words & who and recipient & {_fold(w) for w in _WORD.findall(text[start + len(first):])}:
                    # (with the recipient named nowhere, the missing-name check says the greeting names another)
                    value = s.colleague_name if field == "colleague_name" else s.sender_name
                    out.append(FactIssue("name", f"the greeting addresses {value!r} (the {field.removesuffix('_name')}), not the recipient "
                                                 f"{s.recipient_name!r}; greet the recipient", (start, start + len(first)), "recipient_name"))
                    break
    for m in _COLLEAGUE.finditer(text):
        named = {_fold(w) for w in _WORD.findall(m.group("who"))}
        if named & (recipient - colleague) and not named & colleague:
            out.append(FactIssue("name", f"{m.group('who').strip()!r} is the recipient, not the colleague"
                                         + (f"; the colleague is {s.colleague_name!r}" if s.colleague_name else ""), m.span("who"), "colleague_name"))
    if len(lines) >= 2 and colleague - sender:
        start, last = lines[-1]
        words = {_fold(w) for w in _WORD.findall(last)}
        if len(last.strip()) <= 40 and words & (colleague - sender) and not words & sender:
            out.append(FactIssue("name", f"the mail is signed {last.strip()!r}, the colleague's name; sign as {s.sender_name!r}",
                                 (start, start + len(last)), "sender_name"))
    return out
