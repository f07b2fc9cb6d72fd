"""The one tone verdict over the built-in writer's whole grid: every draft is tone-ok in both modes, so the
guard's tone hook never fires on what a user without a key sees."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from composer.evaluation.tone import tone_verdict
from composer.writers.builtin import BuiltinWriter

_spec = importlib.util.spec_from_file_location("_grid_cells", Path(__file__).with_name("test_builtin_grid.py"))
assert _spec and _spec.loader
_grid = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_grid)
GRID, GUIDANCE, situation_for = _grid.GRID, _grid.GUIDANCE, _grid.situation_for

WRITER = BuiltinWriter()
CELLS = [situation_for(*cell, i) for i, cell in enumerate(GRID)]


@pytest.mark.parametrize("mode", ["rules", "full"])
def test_every_builtin_draft_is_tone_ok(mode: str) -> None:
    bad = []
    for s in CELLS:
        d = WRITER.write(s, GUIDANCE[s.topic])
        v = tone_verdict(s, d.subject, d.body, mode=mode)
        if not v.ok:
            bad.append((s.id, v.score, [f"{r.name}: {r.evidence}" for r in v.reasons]))
    assert bad == []  # so `tone.tone_problems` (the guard's hook, full mode) stays empty on every built-in draft
