"""Writes evals/facts/v11.jsonl from the hand-written records in v11src/<lang>.py (held-out set, issue 13).

Run from the repository root: .venv/bin/python evals/facts/v11_build.py
Reuses the v3 builder (split v11, each record's own `today`) and v10's id convention: every id starts with
"v11-" (v11-<lang>-NNN, the situation id too).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import v3_build  # noqa: E402

NAME = "v11"


def records() -> list[dict]:
    out = []
    for r in v3_build.records(NAME):
        rid = f"{NAME}-{r['language']}-{r['id'].rsplit('-', 1)[1]}"
        out.append({**r, "id": rid, "situation": {**r["situation"], "id": rid}})
    return out


def main() -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in records()]
    (HERE / f"{NAME}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} records to evals/facts/{NAME}.jsonl")


if __name__ == "__main__":
    main()
