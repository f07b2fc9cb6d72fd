"""Write the v2 message files and labels.jsonl from the hand-written sources in this folder, with the v1 builder
(../../source/build.py) pointed here.

Run from the repository root:  python evals/messages/v2/source/build.py
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("messages_build", HERE.parent.parent / "source" / "build.py")
_b = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(_b)  # type: ignore[union-attr]
_b.HERE, _b.ROOT = HERE, HERE.parent

if __name__ == "__main__":
    raise SystemExit(_b.main())
