"""One fact problem in a draft: what kind, a precise line a model or a user can act on, and where it is.

Three sorts, kept apart everywhere (round 13): an ERROR states a fact wrong, in the wrong role, or one nobody gave
(an alarm; the guard repairs it); an OMISSION leaves a given fact unstated (no alarm: "missing" when the client must
read it restated, which the guard asks the model to add; "omitted" when the client can still tell which); an
UNCERTAINTY is a span the checker cannot read with confidence (no alarm, no repair; a note only).
"""

from __future__ import annotations

from dataclasses import dataclass

OMISSION_KINDS = frozenset({"missing", "omitted"})
NOTE_KINDS = frozenset({"uncertain"})


@dataclass(frozen=True)
class FactIssue:
    """`span` indexes the checked text `subject + "\\n" + body` (None when the problem is an absence)."""

    kind: str  # errors: time, time_role, number, policy, name, contact, language, invented; omissions: missing, omitted; note: uncertain
    message: str
    span: tuple[int, int] | None = None
    field: str | None = None  # the situation field a "missing" issue is about ("proposed_times[1]"), for per-field checklists

    @property
    def is_error(self) -> bool:
        """A wrong fact (an alarm), as opposed to an omission or an uncertainty."""
        return self.kind not in OMISSION_KINDS and self.kind not in NOTE_KINDS

    def __str__(self) -> str:
        return self.message


def errors(issues: list[FactIssue]) -> list[FactIssue]:
    """The alarms among `issues`: facts stated wrong or invented, never a fact left out or a doubt."""
    return [i for i in issues if i.is_error]
