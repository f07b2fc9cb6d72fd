"""Checks the held-out v11 fact-fault set: builds it from v11src/ (v3 builder, ids prefixed "v11-"), then runs
the v2 validator (per-record `today`) and the v3 newness check (no situation name or meeting shared with dev/test/v2..v10).

Run from the repository root: .venv/bin/python evals/facts/v11_validate.py   (exit 1 on any problem)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from v2_validate import main  # noqa: E402
from v3_newness import main as newness  # noqa: E402
from v11_build import main as build  # noqa: E402

OLDER = ("dev.jsonl", "test.jsonl", "v2.jsonl", "v3.jsonl", "v4.jsonl", "v5.jsonl", "v6.jsonl", "v7.jsonl",
         "v8.jsonl", "v9.jsonl", "v10.jsonl")

if __name__ == "__main__":
    build()
    rc = main("v11.jsonl", split="v11", older=OLDER, today=None)
    sys.exit(rc | newness("v11.jsonl", OLDER))
