"""Writes the v14 client messages (evals/messages/v14/<lang>/NNN.txt|eml) and labels.jsonl from source/<lang>.py.

Usage (from the repository root):  python evals/messages/v14/source/build.py
Same source format and builder as v3 (../../v3/source/build.py), run on this folder with split "v14".
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
    """Every file's bytes (by path under v14/) and the label rows, without writing anything."""
    return _b.render(SRC, "v14")


def build() -> list[dict]:
    return _b.build(SRC, ROOT, "v14")


if __name__ == "__main__":
    print(f"wrote {len(build())} messages and labels.jsonl under evals/messages/v14/")
