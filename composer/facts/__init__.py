"""The fact model: what a draft must carry, what it states, and what nobody gave.

One API for the guard, the completeness scorer, the built-in writer's self-check and the page:
`check_draft(situation, subject, body, today=...)` -> FactIssue list, `problems(...)` -> their lines,
`situation_warnings(situation, today=...)` -> doubts about the situation's own times before drafting.
The surface helpers (required facts, verbatim matching, placeholders) stay importable from here.
"""

from __future__ import annotations

from composer.facts.issue import FactIssue, errors
from composer.facts.language import warm_up
from composer.facts.model import check_draft, judge, notes, problems, problems_in_text, situation_warnings, warnings_by_field
from composer.facts.surface import (
    DECIMAL_COMMA,
    HOURS,
    MINUTES,
    MONTHS,
    PLACEHOLDER,
    RELATIVE_DAYS,
    WEEKDAYS,
    Fact,
    contains_fact,
    fmt_number,
    invented_dates,
    invented_numbers,
    missing_facts,
    normalise,
    numbers_in,
    placeholders,
    prose_only,
    required_facts,
    situation_text,
)

__all__ = [
    "DECIMAL_COMMA", "HOURS", "MINUTES", "MONTHS", "PLACEHOLDER", "RELATIVE_DAYS", "WEEKDAYS", "Fact", "FactIssue",
    "check_draft", "errors", "judge", "contains_fact", "fmt_number", "invented_dates", "invented_numbers", "missing_facts", "normalise",
    "notes", "numbers_in", "placeholders", "problems", "problems_in_text", "prose_only", "required_facts", "situation_text", "situation_warnings", "warm_up", "warnings_by_field",
]
