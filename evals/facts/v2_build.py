"""Writes evals/facts/v2.jsonl from the hand-written records in v2src/<lang>.py (held-out set, issue 13).

Run from the repository root: .venv/bin/python evals/facts/v2_build.py
Only fills ids, split and reference date; every subject and body is written out in the language files.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
LANGS = ("fr", "it", "nl", "sv", "en")
TODAY = "2026-12-07"


def records() -> list[dict]:
    out = []
    for lang in LANGS:
        try:
            mod = importlib.import_module(f"v2src.{lang}")
        except ModuleNotFoundError:
            continue
        for n, rec in enumerate(mod.RECORDS, 1):
            rid = f"{lang}-v2-{n:03d}"
            sit = {"id": rid, **rec["situation"]}
            out.append({"id": rid, "split": "v2", "language": lang, "today": TODAY, "situation": sit,
                        "subject": rec["subject"], "body": rec["body"], "label": rec["label"],
                        "fault": rec["fault"], "note": rec["note"]})
    return out


def main() -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in records()]
    (HERE / "v2.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} records to evals/facts/v2.jsonl")


if __name__ == "__main__":
    main()
