"""One fact problem in a draft: what kind, a precise line a model or a user can act on, and where it is."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FactIssue:
    """`span` indexes the checked text `subject + "\\n" + body` (None when the problem is an absence)."""

    kind: str  # time, time_role, missing, omitted (no alarm), number, policy, name, contact, language, invented
    message: str
    span: tuple[int, int] | None = None
    field: str | None = None  # the situation field a "missing" issue is about ("proposed_times[1]"), for per-field checklists

    def __str__(self) -> str:
        return self.message
