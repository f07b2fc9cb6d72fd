"""Checks the held-out v12 fact-fault set: builds it from v12src/ (v3 builder, ids prefixed "v12-"), then runs
the v2 validator (per-record `today`, a yearless date read as the one nearest that date: the set lies in 2028)
and the v3 newness check (no situation name or meeting shared with dev/test/v2..v11).

Run from the repository root: .venv/bin/python evals/facts/v12_validate.py   (exit 1 on any problem)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from v2_validate import main  # noqa: E402
from v3_newness import main as newness  # noqa: E402
from v12_build import main as build  # noqa: E402

OLDER = ("dev.jsonl", "test.jsonl", "v2.jsonl", "v3.jsonl", "v4.jsonl", "v5.jsonl", "v6.jsonl", "v7.jsonl",
         "v8.jsonl", "v9.jsonl", "v10.jsonl", "v11.jsonl")

if __name__ == "__main__":
    build()
    rc = main("v12.jsonl", split="v12", older=OLDER, today=None, year_from_today=True)
    sys.exit(rc | newness("v12.jsonl", OLDER))
