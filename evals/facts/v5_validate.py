"""Checks the held-out v5 fact-fault set with the v2 validator (same checks; v5 records carry their own `today`)
and the v3 newness check (no situation name or meeting shared with dev/test/v2/v3/v4).

Run from the repository root: .venv/bin/python evals/facts/v5_validate.py   (exit 1 on any problem)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from v2_validate import main  # noqa: E402
from v3_newness import main as newness  # noqa: E402

OLDER = ("dev.jsonl", "test.jsonl", "v2.jsonl", "v3.jsonl", "v4.jsonl")

if __name__ == "__main__":
    rc = main("v5.jsonl", split="v5", older=OLDER, today=None)
    sys.exit(rc | newness("v5.jsonl", OLDER))
