"""The built-in writer's whole grid, frozen: any change of wording shows up as a reviewable diff.

The snapshot is a JSON file, one entry per cell (subject, and body as a list of lines so a diff shows the line). After a deliberate change of
wording, review the diff and refresh it explicitly:

    .venv/bin/python tests/unit/test_builtin_snapshots.py --update
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from test_builtin_grid import GRID, GUIDANCE, situation_for  # noqa: E402

from composer.writers.builtin import BuiltinWriter  # noqa: E402

SNAPSHOT = Path(__file__).parent / "snapshots" / "builtin_grid.json"


def cells() -> dict[str, dict[str, object]]:
    """Every grid cell as the writer drafts it, with the writer's reference date pinned (times resolved against
    "today", such as "tomorrow" said "that morning", give the same wording on any day)."""
    from datetime import date

    writer = BuiltinWriter(today=date(2026, 12, 7))
    out: dict[str, dict[str, object]] = {}
    for i, (intent, lang, tone, rel) in enumerate(GRID):
        s = situation_for(intent, lang, tone, rel, i)
        d = writer.write(s, GUIDANCE[s.topic])
        out[s.id or str(i)] = {"subject": d.subject, "body": d.body.split("\n")}
    try:
        from test_builtin_grid import extra_cells
    except ImportError:
        return out
    for key, s in extra_cells():
        d = writer.write(s, GUIDANCE[s.topic])
        out[key] = {"subject": d.subject, "body": d.body.split("\n")}
    return out


def test_grid_matches_snapshot() -> None:
    frozen = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    now = cells()
    changed = sorted(k for k in now.keys() | frozen.keys() if now.get(k) != frozen.get(k))
    assert not changed, (
        f"{len(changed)} grid cells differ from {SNAPSHOT.name} (first: {changed[:5]}); review the wording and "
        "run `.venv/bin/python tests/unit/test_builtin_snapshots.py --update`"
    )


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit("usage: test_builtin_snapshots.py --update")
    SNAPSHOT.write_text(json.dumps(cells(), ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {SNAPSHOT}")
