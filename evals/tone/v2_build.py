"""Writes evals/tone/v2.jsonl from the hand-written cases in v2cases/<lang>.py (held-out tone set, issue 15).

Run from the repository root: .venv/bin/python evals/tone/v2_build.py
Only fills ids, split and language; every subject and body is written out in the language files.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
LANGS = ("fr", "it", "nl", "sv", "en")


def records(pkg: str = "v2cases", split: str = "v2") -> list[dict]:
    out = []
    for lang in LANGS:
        try:
            mod = importlib.import_module(f"{pkg}.{lang}")
        except ModuleNotFoundError:
            continue
        seen: dict[int, int] = {}
        for case in mod.CASES:
            sit_no, label, flaw, subject, body, *rest = case
            note = rest[0] if rest else ""
            seen[sit_no] = seen.get(sit_no, 0) + 1
            sid = f"tone-{split}-{lang}{sit_no:02d}"
            sit = {"id": sid, "language": lang, **mod.SITS[sit_no]}
            out.append({"id": f"{sid}-{seen[sit_no]}", "split": split, "language": lang, "situation": sit,
                        "subject": subject, "body": body.strip("\n"), "label": label, "flaw": flaw,
                        "note": note or ""})
    return out


def main(pkg: str = "v2cases", split: str = "v2") -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in records(pkg, split)]
    (HERE / f"{split}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} cases to evals/tone/{split}.jsonl")


if __name__ == "__main__":
    main()
