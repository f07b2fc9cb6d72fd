"""Checks the held-out v10 tone set with the v2 validator (same checks; v10 must not reuse a dev/test/v2–v9 situation).

Run from the repository root: .venv/bin/python evals/tone/v10_validate.py   (exit 1 on any problem)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from v2_validate import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("v10", ("dev.jsonl", "test.jsonl", "v2.jsonl", "v3.jsonl", "v4.jsonl", "v5.jsonl", "v6.jsonl", "v7.jsonl", "v8.jsonl", "v9.jsonl")))
