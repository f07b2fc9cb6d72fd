"""Checks the held-out v3 fact-fault set with the v2 validator (same checks; v3 records carry their own `today`).

Run from the repository root: .venv/bin/python evals/facts/v3_validate.py   (exit 1 on any problem)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from v2_validate import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("v3.jsonl", split="v3", older=("dev.jsonl", "test.jsonl", "v2.jsonl"), today=None))
