"""Writes evals/facts/v3.jsonl from the hand-written records in v3src/<lang>.py (held-out set, issue 13).

Run from the repository root: .venv/bin/python evals/facts/v3_build.py
Only fills ids and split; each record brings its own reference date (`today`), every subject and body is
written out by hand in the language files.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
LANGS = ("fr", "it", "nl", "sv", "en")


def records(name: str = "v3") -> list[dict]:
    """name: the held-out set (v3, v4 ...): sources in <name>src/, ids <lang>-<name>-NNN."""
    out = []
    for lang in LANGS:
        try:
            mod = importlib.import_module(f"{name}src.{lang}")
        except ModuleNotFoundError:
            continue
        for n, (today, rec) in enumerate(mod.RECORDS, 1):
            rid = f"{lang}-{name}-{n:03d}"
            sit = {"id": rid, **rec["situation"]}
            out.append({"id": rid, "split": name, "language": lang, "today": today, "situation": sit,
                        "subject": rec["subject"], "body": rec["body"], "label": rec["label"],
                        "fault": rec["fault"], "note": rec["note"]})
    return out


def prefixed(name: str) -> list[dict]:
    """The v10+ id convention: every id (and its situation id) is <name>-<lang>-NNN."""
    out = []
    for r in records(name):
        rid = f"{name}-{r['language']}-{r['id'].rsplit('-', 1)[1]}"
        out.append({**r, "id": rid, "situation": {**r["situation"], "id": rid}})
    return out


def write(name: str, recs: list[dict]) -> None:
    """Writes <name>.jsonl, one record a line (shared by the set builders)."""
    lines = [json.dumps(r, ensure_ascii=False) for r in recs]
    (HERE / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} records to evals/facts/{name}.jsonl")


def main(name: str = "v3") -> None:
    write(name, records(name))


if __name__ == "__main__":
    main()
