"""Writes evals/facts/v12.jsonl from the hand-written records in v12src/<lang>.py (held-out set, issue 13).

Run from the repository root: .venv/bin/python evals/facts/v12_build.py
Reuses the v3 builder (split v12, each record's own `today`) and the v10/v11 id convention: every id starts with
"v12-" (v12-<lang>-NNN, the situation id too).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import v3_build  # noqa: E402

NAME = "v12"


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
