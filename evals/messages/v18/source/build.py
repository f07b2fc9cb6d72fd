"""Writes the v18 client messages (evals/messages/v18/<lang>/NNN.txt|eml) and labels.jsonl from source/<lang>.py.

Usage (from the repository root):  python evals/messages/v18/source/build.py
Same source format and builder as v3 (../../v3/source/build.py), run on this folder with split "v18".
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

SRC = Path(__file__).resolve().parent
ROOT = SRC.parent
_spec = importlib.util.spec_from_file_location("messages_v3_builder", ROOT.parent / "v3" / "source" / "build.py")
_b = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(_b)  # type: ignore[union-attr]


def render() -> tuple[dict[str, bytes], list[dict]]:
    """Every file's bytes (by path under v18/) and the label rows, without writing anything."""
    return _b.render(SRC, "v18")


def build() -> list[dict]:
    return _b.build(SRC, ROOT, "v18")


if __name__ == "__main__":
    print(f"wrote {len(build())} messages and labels.jsonl under evals/messages/v18/")
