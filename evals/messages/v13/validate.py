"""The labelled-message validator (../validate.py), run on this folder (the held-out v13 set, split "v13" only),
with a null meeting allowed on an absence notice that names none (see NULL_MEETING_KINDS there).

Usage (from the repository root):  python evals/messages/v13/validate.py
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("messages_validate", Path(__file__).resolve().parent.parent / "validate.py")
_v = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(_v)  # type: ignore[union-attr]
_v.narrow(Path(__file__).resolve().parent, null_meeting_on_absence=True)
check, main = _v.check, _v.main

if __name__ == "__main__":
    raise SystemExit(main())
