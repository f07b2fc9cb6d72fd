"""Small helpers so the hand-written v2 records stay readable: a situation, a correct and a flawed reply.

They only fill in the fixed fields (language, ids are added by v2_build.py); every subject and body in the
language files is written out by hand, none is composed from templates.
"""

from __future__ import annotations


def S(lang: str, intent: str, to: str, frm: str, tone: str, rel: str, *, meeting: str | None = None,
      at: str | None = None, props: tuple[str, ...] | list[str] = (), reason: str | None = None,
      dur: int | None = None, col: str | None = None, pol: dict | None = None) -> dict:
    sit: dict = {"language": lang, "intent": intent, "recipient_name": to, "sender_name": frm,
                 "tone": tone, "relationship": rel}
    if meeting is not None:
        sit["meeting"] = meeting
    if at is not None:
        sit["meeting_time"] = at
    if props:
        sit["proposed_times"] = list(props)
    if reason is not None:
        sit["reason"] = reason
    if dur is not None:
        sit["duration_minutes"] = dur
    if col is not None:
        sit["colleague_name"] = col
    if pol is not None:
        sit["policy"] = pol
    return sit


def ok(sit: dict, subject: str, body: str, note: str = "correct") -> dict:
    return {"situation": sit, "subject": subject, "body": body.strip("\n"), "label": "correct", "fault": None,
            "note": note}


def bad(fault: str, sit: dict, subject: str, body: str, note: str) -> dict:
    return {"situation": sit, "subject": subject, "body": body.strip("\n"), "label": "flawed", "fault": fault,
            "note": note}
