"""Fit the learned time-role and kind heads on the labelled message sets, measure them leave-one-set-out, and write
`composer/messages/weights/roles.npz` with only the heads that beat the rules there.

    python -m composer.messages.train [ROOT=evals/messages] [--out PATH] [--json REPORT] [--dry-run]

Every set under ROOT (`dev`, `test`, `v2`...) was written by a different person. Leave-one-set-out: for each set,
fit on all the others, extract that set with the fitted heads, score it with `composer.messages.evaluate` (the
unchanged comparison), and compare with the rules alone on the same set. The mean over sets, per field, decides
what ships. Caveat printed with the figures: the rules were tuned on these very sets (all but the newest), so the
rules' figure is in-sample and the comparison is unfavourable to the learned heads.

Logistic regression by Newton's method (binary) and by gradient descent (the six kinds), L2 penalty, numpy only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from composer.messages import learned
from composer.messages.evaluate import SEEN_SPLITS, Case, evaluate, load_cases, normalise
from composer.messages.extract import extract
from composer.messages.learned import KINDS, Head, Model
from composer.messages.parse import read_message

L2 = 1.0
TIME_FIELDS = ("meeting_time", "proposed_times", "meeting_time_iso", "proposed_times_iso")
REPORT_FIELDS = ("meeting_time", "proposed_times", "kind", "meeting", "meeting_time_iso", "proposed_times_iso")
LANGS = ("fr", "it", "nl", "sv", "en", "all")


# ---------------------------------------------------------------- fitting


def _standardise(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    return mean, scale


def fit_binary(x: np.ndarray, y: np.ndarray, l2: float = L2) -> Head:
    """L2 logistic regression by Newton's method (IRLS), bias unpenalised."""
    mean, scale = _standardise(x)
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    pen = np.full(z.shape[1], l2)
    pen[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -30, 30)))
        grad = z.T @ (p - y) + pen * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(pen) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return Head(w[:-1], np.array(w[-1]), mean, scale)


def fit_softmax(x: np.ndarray, y: np.ndarray, k: int, l2: float = L2, steps: int = 3000, lr: float = 0.5) -> Head:
    """Multinomial L2 logistic regression by full-batch gradient descent (small data: a few hundred messages)."""
    mean, scale = _standardise(x)
    z = (x - mean) / scale
    n, d = z.shape
    w = np.zeros((d, k))
    b = np.zeros(k)
    onehot = np.eye(k)[y]
    for _ in range(steps):
        logits = z @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        g = p - onehot
        w -= lr * (z.T @ g / n + l2 * w / n)
        b -= lr * g.mean(axis=0)
    return Head(w, b, mean, scale)


# ---------------------------------------------------------------- data


def _labels(value: Any) -> list[str]:
    if value in (None, ""):
        return []
    return [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str) and v.strip()]


def _places(body: str, labels: Sequence[str]) -> list[tuple[int, int]]:
    """Where the labelled spans stand in the body (every occurrence, case-insensitive)."""
    low = body.casefold()
    out = []
    for s in labels:
        needle = normalise(s) if s.casefold() not in low else s.casefold()
        if not needle:
            continue
        i = low.find(needle)
        while i >= 0:
            out.append((i, i + len(needle)))
            i = low.find(needle, i + 1)
    return out


def _overlaps(span: tuple[int, int], places: Sequence[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in places)


def time_rows(case: Case, rows: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """Features and gold roles (meeting?, proposed?) of the candidate times of one extraction."""
    row = next((r for r in rows if r["what"] == "times"), None)
    if row is None:
        return None
    body = row["body"]
    meet = _places(body, _labels(case.expected.get("meeting_time")))
    prop = _places(body, _labels(case.expected.get("proposed_times")))
    spans = row["spans"]
    ym = np.array([_overlaps((a, b), meet) for a, b, _ in spans], dtype=np.float64)
    yp = np.array([_overlaps((a, b), prop) and not m for (a, b, _), m in zip(spans, ym)], dtype=np.float64)
    return row["x"], ym, yp


def record_all(cases: Sequence[Case], model: Model | None = None) -> dict[str, list[dict[str, Any]]]:
    """Run the extractor over every case (with `model`), keeping each case's candidates and features."""
    out: dict[str, list[dict[str, Any]]] = {}
    with learned.use(model):
        for c in cases:
            with learned.recording() as rows:
                extract(read_message(c.message), today=c.today)
            out[c.id + "|" + c.split] = list(rows)
    return out


def _vector(core: str) -> np.ndarray:
    return learned.embed([core])[0]


def _without_rules(x: np.ndarray, n: int) -> np.ndarray:
    """The features with the rules' own reading (the first n columns) blanked: the head then learns from cues only."""
    x = x.copy()
    x[:, :n] = 0.0
    return x


DEFAULT_OPTIONS: dict[str, Any] = {"kind_rule": True, "kind_embed": False, "kind_gate": 0.0, "time_rule": True, "time_gate": 0.5}


def fit(cases: Sequence[Case], recorded: dict[str, list[dict[str, Any]]], heads: Sequence[str],
        options: dict[str, Any] | None = None) -> Model:
    """Fit the named heads ("kind", "meeting", "proposed") on these cases' recorded features."""
    opt = {**DEFAULT_OPTIONS, **(options or {})}
    kx, ky, tx, tm, tp = [], [], [], [], []
    for c in cases:
        rows = recorded[c.id + "|" + c.split]
        k = next((r for r in rows if r["what"] == "kind"), None)
        if k is not None and c.expected.get("kind") in [x.value for x in KINDS]:
            kx.append(np.concatenate([k["x"], _vector(k["core"])]) if opt["kind_embed"] else k["x"])
            ky.append([x.value for x in KINDS].index(c.expected["kind"]))
        t = time_rows(c, rows)
        if t is not None and ("meeting_time" in c.expected or "proposed_times" in c.expected):
            tx.append(t[0])
            tm.append(t[1])
            tp.append(t[2])
    parts: dict[str, Head | None] = {"kind": None, "meeting": None, "proposed": None}
    if "kind" in heads and kx:
        x = np.vstack(kx)
        parts["kind"] = fit_softmax(x if opt["kind_rule"] else _without_rules(x, len(KINDS)), np.array(ky), len(KINDS),
                                    l2=opt.get("kind_l2", L2))
    if tx:
        x = np.vstack(tx)
        x = x if opt["time_rule"] else _without_rules(x, 3)
        if "meeting" in heads:
            parts["meeting"] = fit_binary(x, np.concatenate(tm))
        if "proposed" in heads:
            parts["proposed"] = fit_binary(x, np.concatenate(tp))
    return Model(**parts, meta={"time_features": list(learned.TIME_FEATURES), "kind_features": list(learned.KIND_FEATURES),
                                "l2": L2, "cases": len(cases), "kind_embed": bool(opt["kind_embed"]),
                                "kind_gate": float(opt["kind_gate"]), "time_gate": float(opt["time_gate"])})


# ---------------------------------------------------------------- leave one set out


def _scores(cases: Sequence[Case], model: Model | None) -> dict[str, dict[str, float]]:
    with learned.use(model):
        rep = evaluate(list(cases))
    (split,) = rep
    return {lang: {f: v["fair"] for f, v in fields.items()} for lang, fields in rep[split].items()}


# name: (heads, options)
CONFIGS: dict[str, tuple[tuple[str, ...], dict[str, Any]]] = {
    "rules": ((), {}),
    "kind": (("kind",), {}),
    "kind_cues": (("kind",), {"kind_rule": False}),
    "kind_embed": (("kind",), {"kind_embed": True, "kind_l2": 10.0}),
    "kind_embed_g": (("kind",), {"kind_embed": True, "kind_l2": 10.0, "kind_gate": 0.8}),
    "kind_embed_cues": (("kind",), {"kind_embed": True, "kind_rule": False, "kind_l2": 10.0}),
    "kind_g": (("kind",), {"kind_gate": 0.8}),
    "times": (("meeting", "proposed"), {}),
    "times_cues": (("meeting", "proposed"), {"time_rule": False}),
    "times_g": (("meeting", "proposed"), {"time_gate": 0.8}),
    "times_cues_g": (("meeting", "proposed"), {"time_rule": False, "time_gate": 0.8}),
    "meeting_g": (("meeting",), {"time_gate": 0.8}),
    "kind_embed_g+meeting_g": (("kind", "meeting"), {"kind_embed": True, "kind_l2": 10.0, "kind_gate": 0.8, "time_gate": 0.8}),
}


def leave_one_set_out(cases: Sequence[Case], configs: Sequence[str] = tuple(CONFIGS)) -> dict[str, Any]:
    """Per held-out set and configuration: the fair accuracy per language and field."""
    splits = sorted({c.split for c in cases})
    recorded = record_all(cases)
    if any(CONFIGS[n][1].get("kind_embed") for n in configs):  # every message's vector at once, batched
        learned.embed([r["core"] for rows in recorded.values() for r in rows if r["what"] == "kind"])
    out: dict[str, Any] = {}
    for held in splits:
        train = [c for c in cases if c.split != held]
        test = [c for c in cases if c.split == held]
        out[held] = {}
        for name in configs:
            heads, options = CONFIGS[name]
            model = fit(train, recorded, heads, options) if heads else None
            out[held][name] = _scores(test, model)
        print(f"  {held}: " + "  ".join(f"{n} mt={out[held][n]['all'].get('meeting_time', 0):.2f} "
                                        f"pt={out[held][n]['all'].get('proposed_times', 0):.2f} "
                                        f"k={out[held][n]['all'].get('kind', 0):.2f}" for n in configs), file=sys.stderr)
    return out


def summary(loso: dict[str, Any]) -> dict[str, dict[str, dict[str, float]]]:
    """Mean over held-out sets: {config: {lang: {field: mean fair accuracy}}}."""
    acc: dict[str, dict[str, dict[str, list[float]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    for held, configs in loso.items():
        for name, langs in configs.items():
            for lang, fields in langs.items():
                for f, v in fields.items():
                    acc[name][lang][f].append(v)
    return {n: {lang: {f: round(float(np.mean(v)), 3) for f, v in fs.items()} for lang, fs in ls.items()} for n, ls in acc.items()}


def seen_cases(root: Path) -> list[Case]:
    """The labelled cases of the sets already studied (`SEEN_SPLITS`): a fresh set dropped under ROOT is the next
    judge, never training data."""
    return [c for c in load_cases(root) if c.split in SEEN_SPLITS]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", type=Path, nargs="?", default=Path("evals/messages"))
    ap.add_argument("--out", type=Path, default=learned.weights_path())
    ap.add_argument("--json", type=Path, help="write the leave-one-set-out figures here")
    ap.add_argument("--configs", default=",".join(CONFIGS), help="comma-separated: " + ",".join(CONFIGS))
    ap.add_argument("--dry-run", action="store_true", help="measure only, write no weights")
    args = ap.parse_args(argv)
    cases = seen_cases(args.root)
    if not cases:
        print(f"{args.root}: no labelled cases found", file=sys.stderr)
        return 1
    configs = [c for c in args.configs.split(",") if c in CONFIGS]
    if "rules" not in configs:
        configs.insert(0, "rules")
    loso = leave_one_set_out(cases, configs)
    mean = summary(loso)
    if args.json:
        args.json.write_text(json.dumps({"per_set": loso, "mean": mean}, indent=1, ensure_ascii=False), encoding="utf-8")
    for name in configs:
        print(name.ljust(9) + "  ".join(f"{f}={mean[name]['all'].get(f, 0):.3f}" for f in REPORT_FIELDS))
    # a head ships only when it beats the rules on the mean of the fields it decides (its best configuration run)
    rules = mean["rules"]["all"]
    ship: list[str] = []
    options: dict[str, Any] = {}
    for head, fields in (("kind", ("kind",)), ("meeting", ("meeting_time", "meeting_time_iso")),
                         ("proposed", ("proposed_times", "proposed_times_iso"))):
        tried = [n for n in configs if head in CONFIGS[n][0]]
        if not tried:
            continue
        gains = {n: round(sum(mean[n]["all"].get(f, 0) - rules.get(f, 0) for f in fields), 4) for n in tried}
        best = max(tried, key=lambda n: gains[n])
        verdict = "ship" if gains[best] > 0 else "not shipped"
        print(f"{head}: leave-one-set-out gain over the rules " + ", ".join(f"{n} {g:+.3f}" for n, g in gains.items())
              + f" -> {verdict}" + (f" ({best})" if gains[best] > 0 else ""))
        if gains[best] > 0:
            ship.append(head)
            options.update(CONFIGS[best][1])
    if args.dry_run:
        return 0
    if not ship:
        if args.out.exists():
            args.out.unlink()
        print("no head beats the rules: no weights written (the rules decide alone)")
        return 0
    recorded = record_all(cases)
    model = fit(cases, recorded, ship, options)
    model.meta["leave_one_set_out"] = {n: mean[n]["all"] for n in configs}
    model.meta["sets"] = sorted({c.split for c in cases})
    learned.save(args.out, model)
    print(f"wrote {args.out} ({', '.join(ship)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
