"""Writes evals/tone/v15.jsonl from the hand-written cases in v15cases/<lang>.py with the v2 builder.

Run from the repository root: .venv/bin/python evals/tone/v15_build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from v2_build import main  # noqa: E402

if __name__ == "__main__":
    main("v15cases", "v15")
