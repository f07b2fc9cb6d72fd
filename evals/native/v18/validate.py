"""Check the held-out v18 native-review situations with v17's wrapper (itself v16's, v15's, v14's, v13's and v12's, i.e. the v3/v2 checker)
pointed at this folder: 10 situations per language, every intent at least once per language (see README.md).

Usage (from the repository root):  .venv/bin/python evals/native/v18/validate.py
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("native_validate_v17", Path(__file__).resolve().parent.parent / "v17" / "validate.py")
_v17 = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(_v17)  # type: ignore[union-attr]
_v = _v17._v  # the checker itself, with v12's settings (10 per language, every intent at least once)
_v.ROOT = Path(__file__).resolve().parent


def main() -> int:
    return _v.main()


if __name__ == "__main__":
    raise SystemExit(main())
