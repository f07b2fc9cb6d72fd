"""The built-in writer's whole grid passes the fact model without a single false alarm."""

from __future__ import annotations

from datetime import date

import pytest

from composer.facts import check_draft
from composer.writers.builtin import BuiltinWriter
from tests.unit.test_builtin_grid import GRID, GUIDANCE, situation_for

WRITER = BuiltinWriter()


@pytest.mark.parametrize(("intent", "language", "tone", "rel"), GRID, ids=lambda v: getattr(v, "value", v))
def test_builtin_cell_has_no_fact_issue(intent, language, tone, rel) -> None:  # type: ignore[no-untyped-def]
    s = situation_for(intent, language, tone, rel, GRID.index((intent, language, tone, rel)))
    d = WRITER.write(s, GUIDANCE[s.topic])
    assert check_draft(s, d.subject, d.body, today=date(2024, 3, 1)) == []
