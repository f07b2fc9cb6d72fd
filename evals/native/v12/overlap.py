"""Check that v12 is fresh: no person, meeting or reason shared with the earlier native sets (v1 to v11), or repeated
inside v12. Reuses the v4 check (../v4/overlap.py) with this folder and the eleven earlier sets; only v12 values are
printed, beside the id they collide with.

Usage (from the repository root):  .venv/bin/python evals/native/v12/overlap.py   (exit 1 on any overlap)
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NATIVE = HERE.parent
EARLIER = [NATIVE / "situations.jsonl",
           *(NATIVE / f"v{n}" / "situations.jsonl" for n in range(2, 12))]

_spec = importlib.util.spec_from_file_location("native_v4_overlap", NATIVE / "v4" / "overlap.py")
check = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(check)  # type: ignore[union-attr]


def main() -> int:
    return check.main(HERE, EARLIER)


if __name__ == "__main__":
    sys.exit(main())
