"""Check that v13 is fresh: no person, meeting or reason shared with the earlier native sets (v1 to v12), or repeated
inside v13. Reuses v12's wrapper of the v4 check (../v12/overlap.py) with this folder and v12 added to its list.

Usage (from the repository root):  .venv/bin/python evals/native/v13/overlap.py   (exit 1 on any overlap)
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("native_v12_overlap", HERE.parent / "v12" / "overlap.py")
_v12 = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(_v12)  # type: ignore[union-attr]
check = _v12.check
EARLIER = [*_v12.EARLIER, HERE.parent / "v12" / "situations.jsonl"]


def main() -> int:
    return check.main(HERE, EARLIER)


if __name__ == "__main__":
    sys.exit(main())
