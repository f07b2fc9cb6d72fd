"""Check the held-out v10 native-review situations with the v3 checker (../v3/validate.py, itself the v2 code) pointed
at this folder, expecting 20 situations per language and every intent at least twice per language (see README.md).

Usage (from the repository root):  .venv/bin/python evals/native/v10/validate.py
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("native_validate_v3", Path(__file__).resolve().parent.parent / "v3" / "validate.py")
_v3 = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(_v3)  # type: ignore[union-attr]
_v = _v3._v  # the checker itself
_v.ROOT = Path(__file__).resolve().parent
_v.PER_LANGUAGE = 20
_v.MIN_PER_INTENT = 2  # nine intents twice each fit in twenty situations


def main() -> int:
    return _v.main()


if __name__ == "__main__":
    raise SystemExit(main())
