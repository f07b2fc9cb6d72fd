"""Writes evals/facts/v9.jsonl from the hand-written records in v9src/<lang>.py (held-out set, issue 13).

Run from the repository root: .venv/bin/python evals/facts/v9_build.py
Reuses the v3 builder (ids <lang>-v9-NNN, split v9, each record's own `today`).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from v3_build import main  # noqa: E402

if __name__ == "__main__":
    main("v9")
