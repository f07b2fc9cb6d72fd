"""Draft every native-review situation with the built-in writer and the shipped guidance.

    python evals/native/drafts.py            # writes evals/native/drafts.jsonl
    python evals/native/drafts.py --report   # send-as-is rates from evals/native/reviews.jsonl
    python evals/native/drafts.py --dir evals/native/v2 [--report]   # the same for the held-out v2 set

The reviews (one JSON line per draft: id, verdict send|minor|rewrite, defects [{kind, text}]) are
written by a reviewer who did not write the phrasebooks; this script only drafts and counts.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def make_drafts(here: Path = HERE) -> None:
    from composer.service import Tactful

    service = Tactful()
    out = []
    for line in (here / "situations.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        data = json.loads(line)
        d = service.draft(data)
        out.append({"id": data["id"], "language": d.language.value, "intent": d.intent.value, "situation": data,
                    "subject": d.subject, "body": d.body, "warnings": d.warnings})
    (here / "drafts.jsonl").write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")
    print(f"{len(out)} drafts -> {here / 'drafts.jsonl'}")


def report(here: Path = HERE) -> str:
    reviews = [json.loads(x) for x in (here / "reviews.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    by_lang: dict[str, Counter[str]] = defaultdict(Counter)
    defects: dict[str, Counter[str]] = defaultdict(Counter)
    for r in reviews:
        lang = r["id"].split("-")[0] if "language" not in r else r["language"]
        by_lang[lang][r["verdict"]] += 1
        for d in r.get("defects", []):
            defects[lang][d["kind"]] += 1
    lines = ["| language | drafts | send as is | minor edit | rewrite | send-as-is rate | defects by kind |", "|---|---|---|---|---|---|---|"]
    total: Counter[str] = Counter()
    for lang in sorted(by_lang):
        c = by_lang[lang]
        total.update(c)
        n = sum(c.values())
        kinds = ", ".join(f"{k} {v}" for k, v in defects[lang].most_common())
        lines.append(f"| {lang} | {n} | {c['send']} | {c['minor']} | {c['rewrite']} | {c['send'] / n:.0%} | {kinds or '-'} |")
    n = sum(total.values())
    lines.append(f"| all | {n} | {total['send']} | {total['minor']} | {total['rewrite']} | {total['send'] / max(n, 1):.0%} | |")
    return "\n".join(lines)


def seams(here: Path = HERE) -> list[str]:
    """Every known broken insertion (seams.py) found in a folder's drafts: one line each, empty when clean."""
    from seams import SEAMS

    found = []
    for line in (here / "drafts.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        for pattern in SEAMS:
            for text in (d["subject"], d["body"]):
                if m := re.search(pattern, text, re.MULTILINE):
                    found.append(f"{d['id']}: {pattern!r} in {text[max(0, m.start() - 30):m.end() + 30]!r}")
    return found


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", action="store_true")
    parser.add_argument("--seams", action="store_true", help="check the drafts for known broken insertions (exit 1 if any)")
    parser.add_argument("--dir", type=Path, default=HERE, help="a folder with situations.jsonl (and reviews.jsonl)")
    args = parser.parse_args()
    if args.seams:
        hits = seams(args.dir)
        print("\n".join(hits) or "no known seam", f"({len(hits)} found)")
        raise SystemExit(1 if hits else 0)
    if args.report:
        print(report(args.dir))
    else:
        make_drafts(args.dir)
