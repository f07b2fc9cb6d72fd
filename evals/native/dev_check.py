"""Draft only the DEV half (odd ids) of the native situations with the built-in writer and print them.

    .venv/bin/python evals/native/dev_check.py [LANG-or-id-substring ...]

The even ids are the held-out test half: they are filtered out before anything is drafted or printed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def dev_situations() -> list[dict]:
    out = []
    for line in (HERE / "situations.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        data = json.loads(line)
        if int(data["id"].rsplit("-", 1)[1]) % 2 == 1:  # odd = dev; even ids are never used here
            out.append(data)
    return out


def main(argv: list[str]) -> None:
    from composer.service import Tactful

    service = Tactful()
    for data in dev_situations():
        if argv and not any(a in data["id"] for a in argv):
            continue
        d = service.draft(data)
        facts = {k: data.get(k) for k in ("intent", "tone", "relationship", "recipient_name", "meeting", "meeting_time", "reason", "proposed_times")}
        print(f"=== {data['id']} {json.dumps({k: v for k, v in facts.items() if v}, ensure_ascii=False)}")
        print(f"Subject: {d.subject}\n{d.body}\n[{len(d.body.split())} words]" + (f" WARNINGS: {d.warnings}" if d.warnings else "") + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
