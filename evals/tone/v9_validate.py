"""Checks the held-out v9 tone set with the v2 validator (same checks; v9 must not reuse a dev/test/v2–v8 situation).

Run from the repository root: .venv/bin/python evals/tone/v9_validate.py   (exit 1 on any problem)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from v2_validate import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("v9", ("dev.jsonl", "test.jsonl", "v2.jsonl", "v3.jsonl", "v4.jsonl", "v5.jsonl", "v6.jsonl", "v7.jsonl", "v8.jsonl")))
