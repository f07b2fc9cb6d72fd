"""Checks the held-out v15 fact-fault set: builds it from v15src/ (shared v3 builder, ids prefixed "v15-"), then
runs the v2 validator (per-record `today`, a yearless date read as the one nearest it: the set lies in 2029) and
the v3 newness check (no situation name or meeting shared with dev/test/v2..v14).

Run from the repository root: .venv/bin/python evals/facts/v15_validate.py   (exit 1 on any problem)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from v2_validate import main  # noqa: E402
from v3_newness import main as newness  # noqa: E402
from v15_build import main as build  # noqa: E402

OLDER = ("dev.jsonl", "test.jsonl", *(f"v{n}.jsonl" for n in range(2, 15)))

if __name__ == "__main__":
    build()
    rc = main("v15.jsonl", split="v15", older=OLDER, today=None, year_from_today=True)
    sys.exit(rc | newness("v15.jsonl", OLDER))
