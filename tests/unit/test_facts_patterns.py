"""The fact model keeps its own compiled patterns (composer/facts/rx.py): a draft read again after `re`'s module cache
has been flooded (the writer alone uses thousands of patterns; `re` keeps 512 and drops the oldest) compiles nothing."""

from __future__ import annotations

import re
import re._compiler as sre_compiler  # the one place `re` compiles a pattern it has not cached
from datetime import date

import pytest

from composer.facts import check_draft
from composer.facts import model as fact_model
from composer.models import Situation

CASES = [
    ("en", "reschedule", "Wednesday 9 December at 10:30", "Dear Anna,\n\nCould we move our tasting from Wednesday 9 December at 10:30 to "
     "Monday 14 December at 10:30? It would take a good hour, with a couple of days' notice if you cancel.\n\nKind regards,\nMarco Rossi"),
    ("nl", "reschedule", "woensdag 9 december om 10.30 uur", "Beste Anna,\n\nKunnen we de proeverij van woensdag 9 december om 10.30 uur "
     "verzetten naar maandag 14 december om 10.30 uur? Het duurt een klein uur; mijn collega Pieter Visser is er ook.\n\nMet vriendelijke groet,\nMarco Rossi"),
]
NEW = {"en": "Monday 14 December at 10:30", "nl": "maandag 14 december om 10.30 uur"}


@pytest.mark.parametrize("lang,intent,meeting_time,body", CASES)
def test_a_second_reading_compiles_no_pattern_after_re_cache_is_flooded(monkeypatch: pytest.MonkeyPatch, lang: str, intent: str, meeting_time: str, body: str) -> None:
    s = Situation.model_validate(dict(language=lang, intent=intent, tone="formal", relationship="regular", recipient_name="Anna Conti",
                                      sender_name="Marco Rossi", meeting="Tasting", meeting_time=meeting_time, proposed_times=[NEW[lang]],
                                      duration_minutes=50, policy={"notice_hours": 48}))
    today = date(2026, 12, 7)
    fact_model._READ.clear()
    check_draft(s, "Tasting", body, today=today)  # first reading: builds and keeps what it needs
    monkeypatch.setattr(re, "_MAXCACHE", 512)
    for i in range(600):  # what the writer and everything else would leave in `re`'s cache
        re.search(f"flood{i}", "")
    compiled: list[str] = []
    real = sre_compiler.compile
    monkeypatch.setattr(sre_compiler, "compile", lambda p, flags=0: (compiled.append(str(p)), real(p, flags))[1])
    fact_model._READ.clear()
    check_draft(s, "Tasting", body, today=today)
    assert compiled == []
