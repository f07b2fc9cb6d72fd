"""Check the held-out v3 native-review situations with the v2 checker (../v2/validate.py) pointed at this folder.

Usage (from the repository root):  .venv/bin/python evals/native/v3/validate.py
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("native_validate", Path(__file__).resolve().parent.parent / "v2" / "validate.py")
_v = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(_v)  # type: ignore[union-attr]
_v.ROOT = Path(__file__).resolve().parent

if __name__ == "__main__":
    raise SystemExit(_v.main())
