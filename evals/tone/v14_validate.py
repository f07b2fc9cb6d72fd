"""Checks the held-out v14 tone set with the v2 validator (same checks; v14 must not reuse a dev/test/v2–v13 situation).

Run from the repository root: .venv/bin/python evals/tone/v14_validate.py   (exit 1 on any problem)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from v2_validate import main  # noqa: E402

OLDER = ("dev.jsonl", "test.jsonl", *(f"v{n}.jsonl" for n in range(2, 14)))

if __name__ == "__main__":
    sys.exit(main("v14", OLDER))
