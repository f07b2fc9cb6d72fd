"""Writes evals/facts/v7.jsonl from the hand-written records in v7src/<lang>.py (held-out set, issue 13).

Run from the repository root: .venv/bin/python evals/facts/v7_build.py
Reuses the v3 builder (ids <lang>-v7-NNN, split v7, each record's own `today`).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from v3_build import main  # noqa: E402

if __name__ == "__main__":
    main("v7")
