"""The labelled-message validator (../validate.py), run on this folder (the held-out v11 set, split "v11" only).

Usage (from the repository root):  python evals/messages/v11/validate.py
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("messages_validate", Path(__file__).resolve().parent.parent / "validate.py")
_v = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(_v)  # type: ignore[union-attr]
_v.ROOT = Path(__file__).resolve().parent  # its checks read the files of this folder
_v.SPLITS = ("v11",)
check, main = _v.check, _v.main

if __name__ == "__main__":
    raise SystemExit(main())
