"""Checks the held-out v25 fact-fault set: builds it from v25src/ (shared v3 builder, ids prefixed "v25-"), then
runs the v2 validator (per-record `today`, a yearless date read as the one nearest it: the set lies in 2034) and
the v3 newness check (no situation name or meeting shared with dev/test/v2..v24).

Run from the repository root: .venv/bin/python evals/facts/v25_validate.py   (exit 1 on any problem)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from v2_validate import main  # noqa: E402
from v3_newness import main as newness  # noqa: E402
from v25_build import main as build  # noqa: E402

OLDER = ("dev.jsonl", "test.jsonl", *(f"v{n}.jsonl" for n in range(2, 25)))

if __name__ == "__main__":
    build()
    rc = main("v25.jsonl", split="v25", older=OLDER, today=None, year_from_today=True)
    sys.exit(rc | newness("v25.jsonl", OLDER))
