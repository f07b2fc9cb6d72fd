"""The hostile-input table's inputs, run as a test: no traceback, no control character out, nothing lost."""

from __future__ import annotations

import pytest

from tests.hostile.table import Row, collect



@pytest.fixture(scope="module")
def rows() -> list[Row]:
    return collect()


@pytest.mark.slow
def test_every_hostile_input_gets_a_clear_answer(rows: list[Row]) -> None:
    assert len(rows) >= 80
    bad = [r for r in rows if r.verdict != "ok"]
    assert not bad, "\n".join(f"{r.surface} | {r.case!r} | {r.outcome} | {r.verdict}" for r in bad)
