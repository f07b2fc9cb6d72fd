"""Leave-one-set-out measurement of a learned ranking of the meeting phrase's candidates (`composer.messages.rank`)
against the rules' own pick, on the sets already studied (`SEEN_SPLITS`).

    python -m composer.messages.phrase_train [ROOT=evals/messages] [--json OUT]

For each set: fit a logistic scorer on the candidates of the other sets (a candidate is right when it is the same
phrase as a label, by the evaluator's `fair` comparison), pick the best-scoring candidate of each message of the held-out
set, and count how often that pick, and the rules' pick, is a right phrase. Nothing is written: the ranking ships only
if it beats the rules by a clear margin (then its weights would go beside the other heads).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from composer.messages import learned
from composer.messages.evaluate import SEEN_SPLITS, fair_meeting, load_cases
from composer.messages.extract import extract
from composer.messages.parse import read_message
from composer.messages.train import fit_binary


def _gold(value: Any, alternatives: Any = None) -> set[str]:
    out = set()
    for v in (value if isinstance(value, list) else [value]) + list(alternatives or []):
        if isinstance(v, str) and v.strip():
            out.add(fair_meeting(v))
    return out


def collect(root: Path) -> list[dict[str, Any]]:
    rows = []
    for c in load_cases(root):
        if c.split not in SEEN_SPLITS or "meeting" not in c.expected:
            continue
        gold = _gold(c.expected.get("meeting"))
        with learned.use(None), learned.recording() as rec:
            x = extract(read_message(c.message), today=c.today)
        r = next((r for r in rec if r.get("what") == "meeting"), None)
        texts, feats = (r["texts"], r["x"]) if r else ([], np.zeros((0, 1)))
        rows.append({"split": c.split, "lang": c.language or x.language, "gold": gold,
                     "rule": fair_meeting(x.meeting) if x.meeting else None,
                     "texts": [fair_meeting(t) for t in texts], "x": feats})
    return rows


def _right(pick: str | None, gold: set[str]) -> bool:
    return (pick in gold) if gold else pick is None


def loso(rows: list[dict[str, Any]], gate: float) -> dict[str, Any]:
    splits = [s for s in SEEN_SPLITS if any(r["split"] == s for r in rows)]
    per: dict[str, dict[str, float]] = {}
    for held in splits:
        train = [r for r in rows if r["split"] != held and len(r["texts"])]
        x = np.vstack([r["x"] for r in train])
        y = np.concatenate([np.array([t in r["gold"] for t in r["texts"]], dtype=np.float64) for r in train])
        head = fit_binary(x, y)
        rule_ok = learn_ok = n = 0
        for r in (r for r in rows if r["split"] == held):
            n += 1
            rule_ok += _right(r["rule"], r["gold"])
            pick = r["rule"]
            if len(r["texts"]):
                p = 1 / (1 + np.exp(-head.logits(r["x"])))
                best = int(np.argmax(p))
                if r["texts"][best] != r["rule"] and p[best] >= gate:
                    pick = r["texts"][best]
            learn_ok += _right(pick, r["gold"])
        per[held] = {"n": n, "rules": rule_ok / n, "ranked": learn_ok / n}
    total = sum(v["n"] for v in per.values())
    return {"gate": gate, "per_set": per,
            "mean": {k: sum(v[k] for v in per.values()) / len(per) for k in ("rules", "ranked")},
            "pooled": {k: sum(v[k] * v["n"] for v in per.values()) / total for k in ("rules", "ranked")},
            "oracle": sum(any(t in r["gold"] for t in r["texts"]) or (not r["gold"] and not r["rule"]) for r in rows) / len(rows)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", type=Path, nargs="?", default=Path("evals/messages"))
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    rows = collect(args.root)
    out = {"n": len(rows), "results": [loso(rows, g) for g in (0.5, 0.7, 0.9)]}
    for res in out["results"]:
        print(f"gate {res['gate']}: mean rules {res['mean']['rules']:.3f} ranked {res['mean']['ranked']:.3f}  "
              f"pooled {res['pooled']['rules']:.3f} -> {res['pooled']['ranked']:.3f}  (candidates hold a right phrase: {res['oracle']:.3f})")
        for s, v in res["per_set"].items():
            print(f"   {s:>5} n={v['n']:3d} rules {v['rules']:.2f} ranked {v['ranked']:.2f}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
