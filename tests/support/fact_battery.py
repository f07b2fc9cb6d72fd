"""The frame the fact-family batteries (tests/unit/test_facts_families16..18.py) write their sentences into: one
reschedule situation per language, a greeting and a sign-off around the sentence, and the checker's findings on it."""

from __future__ import annotations

from datetime import date

from composer.facts import check_draft, errors, judge
from composer.models import Situation

TODAY = date(2026, 12, 7)  # a Monday
NAME = {"en": "Wine tasting", "fr": "Dégustation", "it": "Degustazione", "nl": "Proeverij", "sv": "Provning"}
FRAME = {
    "en": "Dear Anna,\n\n{}\n\nKind regards,\nMarco Rossi",
    "fr": "Chère Anna,\n\n{}\n\nBien cordialement,\nMarco Rossi",
    "it": "Gentile Anna,\n\n{}\n\nCordiali saluti,\nMarco Rossi",
    "nl": "Beste Anna,\n\n{}\n\nMet vriendelijke groet,\nMarco Rossi",
    "sv": "Hej Anna,\n\n{}\n\nVänliga hälsningar,\nMarco Rossi",
}


def sit(lang: str, **kw: object) -> Situation:
    data: dict = dict(language=lang, intent="reschedule", tone="formal", relationship="regular", recipient_name="Anna Conti",
                      sender_name="Marco Rossi", meeting=NAME[lang])
    data.update(kw)
    return Situation.model_validate(data)


def framed(s: Situation, sentence: str) -> str:
    return FRAME[s.language.value].format(sentence)


def found(s: Situation, sentence: str, today: date = TODAY, *, skip: tuple[str, ...] = ("language", "uncertain")) -> list:
    """The alarms and the restatements the client must read (check_draft), minus the kinds in `skip`."""
    return [i for i in check_draft(s, NAME[s.language.value], framed(s, sentence), today=today) if i.kind not in skip]


def alarms(s: Situation, sentence: str, today: date = TODAY) -> list:
    return [i for i in errors(judge(s, NAME[s.language.value], framed(s, sentence), today=today)) if i.kind != "language"]
