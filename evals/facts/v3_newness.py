"""Checks that v3 uses new people, companies and meetings: compares only situation names and meetings
(recipient, sender, colleague, meeting) with dev/test/v2, never their replies.

Run from the repository root: .venv/bin/python evals/facts/v3_newness.py   (exit 1 on any overlap)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("recipient_name", "sender_name", "colleague_name", "meeting")


def _words(sit: dict) -> dict[str, set[str]]:
    return {f: {str(sit[f]).casefold()} for f in FIELDS if sit.get(f)}


def main(new: str = "v3.jsonl", older: tuple[str, ...] = ("dev.jsonl", "test.jsonl", "v2.jsonl")) -> int:
    """new: the set to check; older: the sets it must not share names or meetings with (v4 reuses this)."""
    old: dict[str, set[str]] = {}
    for name in older:
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            sit = json.loads(line)["situation"]
            for f in FIELDS:
                if sit.get(f):
                    old.setdefault("names" if f != "meeting" else "meeting", set()).add(str(sit[f]).casefold())
    old_surnames = {n.split()[-1] for n in old["names"]}
    problems: list[str] = []
    shared: list[str] = []
    for line in (HERE / new).read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        sit = r["situation"]
        for f in FIELDS:
            v = str(sit.get(f) or "").casefold()
            if not v:
                continue
            group = "meeting" if f == "meeting" else "names"
            if v in old[group]:
                problems.append(f"{r['id']}: {f} {sit[f]!r} already used")
            elif group == "names" and v.split()[-1] in old_surnames:
                shared.append(sit[f])
    for p in problems:
        print("OVERLAP", p)
    # a common surname with another first name is another person: counted, not an error
    print(f"{len(shared)} names share only a surname with an older set")
    print(f"OK: no full name or meeting shared with {'/'.join(older)}" if not problems else f"{len(problems)} overlaps")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
