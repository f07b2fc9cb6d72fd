"""Build evals/tone/{dev,test}.jsonl from the hand-written sources in evals/tone/src/.

Each source file `src/<lang>_<split>.py` defines SITS (situation key -> Situation fields without
language/id) and CASES (situation key, label, flaw, subject, body, note). The split lives in the file
name, so a situation and all its drafts sit on one side only. Run: `.venv/bin/python evals/tone/build.py`.
"""

from __future__ import annotations

import json
import runpy
import sys
from collections import Counter
from pathlib import Path

from composer.models import Situation

HERE = Path(__file__).parent
LANGS = ("fr", "it", "nl", "sv", "en")
SPLITS = ("dev", "test")
FLAWS = {
    "sarcasm",
    "mock_enthusiasm",
    "passive_aggression",
    "condescension",
    "blame",
    "coldness",
    "bureaucratic_distance",
    "over_familiarity",
    "grovelling",
    "wrong_register",
    "phishing_like",
    "hostile",
}


def build_split(split: str) -> list[dict]:
    rows: list[dict] = []
    for lang in LANGS:
        src = HERE / "src" / f"{lang}_{split}.py"
        if not src.exists():
            continue
        ns = runpy.run_path(str(src))
        sits: dict[str, dict] = ns["SITS"]
        per_sit: Counter[str] = Counter()
        for key, label, flaw, subject, body, note in ns["CASES"]:
            if key not in sits:
                sys.exit(f"{src.name}: unknown situation {key}")
            if label not in ("good", "bad"):
                sys.exit(f"{src.name}: {key}: bad label {label}")
            if (label == "good") != (flaw is None) or (flaw is not None and flaw not in FLAWS):
                sys.exit(f"{src.name}: {key}: label {label} with flaw {flaw}")
            sit = Situation.model_validate({"id": key, "language": lang, **sits[key]})
            per_sit[key] += 1
            body = body.strip("\n")
            for fact in [sit.sender_name]:
                if fact not in body:
                    print(f"warn {key}: sender name missing: {fact}")
            rows.append(
                {
                    "id": f"{key}-{per_sit[key]}",
                    "split": split,
                    "language": lang,
                    "situation": sit.model_dump(mode="json", exclude_none=True),
                    "subject": subject,
                    "body": body,
                    "label": label,
                    "flaw": flaw,
                    "note": note,
                }
            )
        unused = set(sits) - set(per_sit)
        if unused:
            sys.exit(f"{src.name}: situations without drafts: {sorted(unused)}")
    return rows


def main() -> None:
    totals: Counter[tuple[str, str, str]] = Counter()
    sits: Counter[tuple[str, str]] = Counter()
    seen_sits: set[tuple[str, str, str]] = set()
    ids: set[str] = set()
    for split in SPLITS:
        rows = build_split(split)
        for r in rows:
            if r["id"] in ids:
                sys.exit(f"duplicate id {r['id']}")
            ids.add(r["id"])
            totals[(r["language"], split, r["label"])] += 1
        for r in rows:
            key = (r["language"], split, r["situation"]["id"])
            if key not in seen_sits:
                seen_sits.add(key)
                sits[(r["language"], split)] += 1
        out = HERE / f"{split}.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {out.relative_to(HERE.parent.parent)}: {len(rows)} cases")
    print("lang  split  good  bad  situations")
    for lang in LANGS:
        for split in SPLITS:
            print(f"{lang:4}  {split:5}  {totals[(lang, split, 'good')]:4}  {totals[(lang, split, 'bad')]:3}  {sits[(lang, split)]}")


if __name__ == "__main__":
    main()
