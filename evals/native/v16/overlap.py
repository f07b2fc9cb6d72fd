"""Check that v16 is fresh: no person, meeting or reason shared with the earlier native sets (v1 to v15), or repeated
inside v16. Reuses v15's wrapper of the v4 check (../v15/overlap.py) with this folder and v15 added to its list.

Usage (from the repository root):  .venv/bin/python evals/native/v16/overlap.py   (exit 1 on any overlap)
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("native_v15_overlap", HERE.parent / "v15" / "overlap.py")
_v15 = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(_v15)  # type: ignore[union-attr]
check = _v15.check
EARLIER = [*_v15.EARLIER, HERE.parent / "v15" / "situations.jsonl"]


def main() -> int:
    return check.main(HERE, EARLIER)


if __name__ == "__main__":
    sys.exit(main())
