"""The situation model's own clean-up of user input."""

from __future__ import annotations

import pytest

from composer.api import as_situation
from composer.errors import SituationError

BASE = dict(language="en", intent="reschedule", recipient_name="Ann Lee", sender_name="Bo Chen",
            meeting="the audit", meeting_time="Friday 9:00", tone="formal", relationship="key")


def test_proposed_times_are_trimmed_and_blanks_dropped() -> None:
    s = as_situation({**BASE, "proposed_times": ["  Mon 9:00 ", "", "   ", "Tue 10:00"]})
    assert s.proposed_times == ["Mon 9:00", "Tue 10:00"]
    assert as_situation({**BASE, "proposed_times": "Mon 9:00 | Tue 10:00"}).proposed_times == ["Mon 9:00", "Tue 10:00"]


def test_a_bad_proposed_time_is_named_at_its_own_index() -> None:
    with pytest.raises(SituationError, match=r"proposed_times\.0: Input should be a valid string"):
        as_situation({**BASE, "proposed_times": [5, "Mon 9:00"]})
