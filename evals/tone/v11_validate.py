"""Checks the held-out v11 tone set with the v2 validator (same checks; v11 must not reuse a dev/test/v2–v10 situation).

Run from the repository root: .venv/bin/python evals/tone/v11_validate.py   (exit 1 on any problem)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from v2_validate import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("v11", ("dev.jsonl", "test.jsonl", "v2.jsonl", "v3.jsonl", "v4.jsonl", "v5.jsonl", "v6.jsonl", "v7.jsonl", "v8.jsonl", "v9.jsonl", "v10.jsonl")))
