"""Check that v14 is fresh: no person, meeting or reason shared with the earlier native sets (v1 to v13), or repeated
inside v14. Reuses v13's wrapper of the v4 check (../v13/overlap.py) with this folder and v13 added to its list.

Usage (from the repository root):  .venv/bin/python evals/native/v14/overlap.py   (exit 1 on any overlap)
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("native_v13_overlap", HERE.parent / "v13" / "overlap.py")
_v13 = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(_v13)  # type: ignore[union-attr]
check = _v13.check
EARLIER = [*_v13.EARLIER, HERE.parent / "v13" / "situations.jsonl"]


def main() -> int:
    return check.main(HERE, EARLIER)


if __name__ == "__main__":
    sys.exit(main())
