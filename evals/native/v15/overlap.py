"""Check that v15 is fresh: no person, meeting or reason shared with the earlier native sets (v1 to v14), or repeated
inside v15. Reuses v14's wrapper of the v4 check (../v14/overlap.py) with this folder and v14 added to its list.

Usage (from the repository root):  .venv/bin/python evals/native/v15/overlap.py   (exit 1 on any overlap)
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("native_v14_overlap", HERE.parent / "v14" / "overlap.py")
_v14 = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(_v14)  # type: ignore[union-attr]
check = _v14.check
EARLIER = [*_v14.EARLIER, HERE.parent / "v14" / "situations.jsonl"]


def main() -> int:
    return check.main(HERE, EARLIER)


if __name__ == "__main__":
    sys.exit(main())
