"""Check the held-out v12 native-review situations with the v3 checker (../v3/validate.py, itself the v2 code) pointed
at this folder, expecting 10 situations per language and every intent at least once per language (see README.md).

Usage (from the repository root):  .venv/bin/python evals/native/v12/validate.py
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("native_validate_v3", Path(__file__).resolve().parent.parent / "v3" / "validate.py")
_v3 = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(_v3)  # type: ignore[union-attr]
_v = _v3._v  # the checker itself
_v.ROOT = Path(__file__).resolve().parent
_v.PER_LANGUAGE = 10
_v.MIN_PER_INTENT = 1  # nine intents once each, plus one reply to a client who asked to move


def main() -> int:
    return _v.main()


if __name__ == "__main__":
    raise SystemExit(main())
