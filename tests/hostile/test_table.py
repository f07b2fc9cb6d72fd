"""The hostile-input table's inputs, run as a test: no traceback, no control character out, nothing lost."""

from __future__ import annotations

import pytest

from tests.hostile.table import Row, collect

# Still open outside this branch: api.as_situation parses a JSON *string* with json.loads (api.py is the lead's);
# it is to call composer.jsonsafe.loads, after which these rows pass and the xfail below turns into a failure.
PENDING = ("as_situation(JSON string nested 100,000 deep)", "draft_many(6 items, 4 hostile)")


@pytest.fixture(scope="module")
def rows() -> list[Row]:
    return collect()


@pytest.mark.slow
def test_every_hostile_input_gets_a_clear_answer(rows: list[Row]) -> None:
    assert len(rows) >= 80
    bad = [r for r in rows if r.verdict != "ok" and r.case not in PENDING]
    assert not bad, "\n".join(f"{r.surface} | {r.case!r} | {r.outcome} | {r.verdict}" for r in bad)


@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason="api.as_situation still uses json.loads for a JSON string (lead's api.py)")
def test_the_api_parses_json_strings_safely(rows: list[Row]) -> None:
    assert all(r.verdict == "ok" for r in rows if r.case in PENDING)
