"""Check that v18 is fresh: no person, meeting or reason shared with the earlier native sets (v1 to v17), or repeated
inside v18. Reuses v17's wrapper of the v4 check (../v17/overlap.py) with this folder and v17 added to its list.

Usage (from the repository root):  .venv/bin/python evals/native/v18/overlap.py   (exit 1 on any overlap)
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("native_v17_overlap", HERE.parent / "v17" / "overlap.py")
_v17 = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(_v17)  # type: ignore[union-attr]
check = _v17.check
EARLIER = [*_v17.EARLIER, HERE.parent / "v17" / "situations.jsonl"]


def main() -> int:
    return check.main(HERE, EARLIER)


if __name__ == "__main__":
    sys.exit(main())
