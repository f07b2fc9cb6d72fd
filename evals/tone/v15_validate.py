"""Checks the held-out v15 tone set with the v2 validator (same checks; v15 must not reuse a dev/test/v2–v14 situation).

Run from the repository root: .venv/bin/python evals/tone/v15_validate.py   (exit 1 on any problem)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from v2_validate import main  # noqa: E402

OLDER = ("dev.jsonl", "test.jsonl", *(f"v{n}.jsonl" for n in range(2, 15)))

if __name__ == "__main__":
    sys.exit(main("v15", OLDER))
