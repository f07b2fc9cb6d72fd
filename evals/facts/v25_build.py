"""Writes evals/facts/v25.jsonl from the hand-written records in v25src/<lang>.py (held-out set, issue 13).

Run from the repository root: .venv/bin/python evals/facts/v25_build.py
The shared v3 builder does the work; ids are "v25-<lang>-NNN" (the situation id too).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import v3_build  # noqa: E402

NAME = "v25"


def records() -> list[dict]:
    return v3_build.prefixed(NAME)


def main() -> None:
    v3_build.write(NAME, records())


if __name__ == "__main__":
    main()
