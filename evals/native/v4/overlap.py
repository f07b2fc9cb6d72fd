"""Check that v4 is fresh: no person, meeting or reason shared with the earlier native sets (v1, v2, v3), or
repeated inside v4.

Usage (from the repository root):  .venv/bin/python evals/native/v4/overlap.py
Prints each overlap found (surname reused, equal value, or a meeting/reason sharing two words and half its longer words) and
exits 1 if there is any. Only v4 values are printed beside what they collide with.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EARLIER = [HERE.parent / "situations.jsonl", HERE.parent / "v2" / "situations.jsonl", HERE.parent / "v3" / "situations.jsonl"]
_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
# Common words that say nothing about a situation being new.
_STOP = {"with", "your", "that", "have", "from", "this", "will", "pour", "avec", "dans", "nous", "vous", "notre", "votre",
         "sont", "della", "delle", "degli", "nella", "sono", "abbiamo", "voor", "met", "naar", "zijn", "hebben", "onze",
         "jullie", "over", "eftersom", "till", "inte", "måste", "också", "också", "kommer", "because", "meeting", "their", "been",
         "about", "après", "mais", "comme", "questa", "questo", "perché", "alla", "omdat", "wegens", "niet", "kunnen",
         "jag", "ett", "med", "och", "moet", "heb", "ben", "there", "which", "then", "when", "hier", "deze", "mijn",
         "alle", "sera", "serai", "dont", "être", "avoir", "faire", "just", "still", "week", "semaine", "settimana",
         "vecka", "veckan", "dagen", "giorno", "jour", "dag"}
_TITLES = re.compile(r"^(?:m\.|mme|me|maître|dr\.?|pr|prof\.?|mr\.?|mrs\.?|ms\.?|mx\.?|sir|dame|rev\.?|dott\.(?:ssa)?|"
                     r"ing\.|arch\.|avv\.|sig\.(?:ra)?|rag\.|mevr\.|mevrouw|dhr\.|de heer|ir\.|drs\.|mr\.|docent|"
                     r"professor|advokat|prof|ingenjör|leg\.|dr)$", re.I)


def rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def surname(name: str) -> str:
    name = name.split(",")[0]
    toks = [t for t in name.split() if not _TITLES.match(t)]
    return toks[-1].lower() if len(toks) > 1 else ""


def words(text: str) -> set[str]:
    return {w for w in (m.lower() for m in _WORD.findall(text)) if w not in _STOP}


def values(r: dict) -> dict[str, list[str]]:
    names = [r.get(k) for k in ("recipient_name", "sender_name", "colleague_name") if r.get(k)]
    return {"name": names, "meeting": [r["meeting"]] if r.get("meeting") else [], "reason": [r["reason"]] if r.get("reason") else []}


def clash(kind: str, a: str, b: str) -> str | None:
    if a.strip().lower() == b.strip().lower():
        return "equal"
    if kind == "name":
        sa, sb = surname(a), surname(b)
        return f"surname {sa!r}" if sa and sa == sb else None
    wa, wb = words(a), words(b)
    common = wa & wb
    if len(common) >= 2 and len(common) * 2 >= max(len(wa), len(wb)):
        return f"shares {sorted(common)}"
    return None


def main(here: Path = HERE, earlier: list[Path] | None = None) -> int:
    """Compare here/situations.jsonl with the earlier sets (v1-v3 by default); a later set passes its own folder and list."""
    old = [(p.parent.name, r) for p in (EARLIER if earlier is None else earlier) if p.exists() for r in rows(p)]
    new = rows(here / "situations.jsonl")
    tag = here.name
    found = 0
    for i, r in enumerate(new):
        mine = values(r)
        others = old + [(tag, o) for o in new[:i]]
        for tag, o in others:
            theirs = values(o)
            for kind, vals in mine.items():
                for a in vals:
                    for b in theirs[kind]:
                        why = clash(kind, a, b)
                        if why:
                            found += 1
                            print(f"{r['id']} {kind} {a!r} ~ {tag}:{o.get('id')} ({why})")
    print(f"{found} overlaps in {len(new)} situations")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
