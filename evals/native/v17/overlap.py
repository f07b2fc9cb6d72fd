"""Check that v17 is fresh: no person, meeting or reason shared with the earlier native sets (v1 to v16), or repeated
inside v17. Reuses v16's wrapper of the v4 check (../v16/overlap.py) with this folder and v16 added to its list.

Usage (from the repository root):  .venv/bin/python evals/native/v17/overlap.py   (exit 1 on any overlap)
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("native_v16_overlap", HERE.parent / "v16" / "overlap.py")
_v16 = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(_v16)  # type: ignore[union-attr]
check = _v16.check
EARLIER = [*_v16.EARLIER, HERE.parent / "v16" / "situations.jsonl"]


def main() -> int:
    return check.main(HERE, EARLIER)


if __name__ == "__main__":
    sys.exit(main())
