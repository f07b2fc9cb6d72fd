"""Leave-one-set-out comparison of ways to learn the two draft heads (fourteenth round).

For each held-out seen split the draft heads of each variant are refitted on every other split (+ labelled dev + the
author's contrastive pairs), their penalties kept at the shipped fixed calibration (`train.WHOLE_CALIBRATION`: nothing
is searched on labels), and the held-out split is scored three ways: the learned part alone (TyDiP/CoCoA heads + draft
penalties, no rule), combined with the rules as the split met them fresh (`cues.rewound`), and combined with today's
rules; the learned part weighs `learned_letter` in letters as shipped. Cells: mean AUC over languages on the held-out
split; the language columns average each language over the held-out splits. Fifteenth round: `--by-language` also
tabulates fixed letter weights per language (with each language's lowest built-in draft), a weight per language chosen on
the other folds only, and the shipped weights; `--lang-offset` centres each language's draft logits (measured, not shipped).
Run: `python -m composer.evaluation.head_loso [--variant NAME ...] [--by-language]`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from composer.evaluation import calibrate as cal
from composer.evaluation import tone
from composer.evaluation.transfer import LANGS, SEEN_SPLITS, Item, _score

Predict = Callable[[Sequence[np.ndarray]], np.ndarray]
Fit = Callable[[Sequence[np.ndarray], np.ndarray, Sequence[str]], tuple[Predict, Predict]]  # -> (sentence-head logits, whole-note logits)


def _sig(v: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-v))


_SENTENCE_HEADS: dict[tuple[float, int], object] = {}


def variant(*, pair_sentence: float = 0.0, pair_whole: float = 0.0, l2_whole: float | None = None) -> Fit:
    """The shipped pair of heads (soft-min sentence head T=0.5, mean-vector head), each with an optional paired loss."""
    from composer.evaluation import paired, pooled, train
    from composer.evaluation.politeness import mean_vector

    def fit(bags: Sequence[np.ndarray], y: np.ndarray, sids: Sequence[str]) -> tuple[Predict, Predict]:
        key = (pair_sentence, hash(tuple(sids)))  # variants that differ only in the whole-note head share the (slow) sentence head
        if key not in _SENTENCE_HEADS:
            _SENTENCE_HEADS[key] = (paired.fit_pooled(bags, y, sids, beta=0.0, temp=0.5, l2=train.L2_DRAFT, pair_weight=pair_sentence) if pair_sentence > 0
                                    else pooled.fit(bags, y, beta=0.0, temp=0.5, l2=train.L2_DRAFT))
        sh = _SENTENCE_HEADS[key]
        xm = np.stack([mean_vector(b) for b in bags])
        l2 = train.L2_DRAFT if l2_whole is None else l2_whole
        wh = paired.fit_linear(xm, y, sids, l2=l2, pair_weight=pair_whole) if pair_whole > 0 else train.fit_logistic(xm, y, l2=l2)
        return (lambda bs: pooled.draft_logits(sh, bs, 0.0, 0.5)), (lambda bs: wh.logits(np.stack([mean_vector(b) for b in bs])))

    return fit


VARIANTS: dict[str, Fit] = {
    "shipped heads (pointwise)": variant(),
    "whole-note head paired x1": variant(pair_whole=1.0),
    "whole-note head paired x3": variant(pair_whole=3.0),
    "both heads paired x1": variant(pair_sentence=1.0, pair_whole=1.0),
}


def draft_penalty(ls: np.ndarray, lm: np.ndarray, c: dict[str, float] | None = None) -> np.ndarray:
    """Both draft penalties at the shipped fixed calibration (as `tone.learned` computes them)."""
    from composer.evaluation import train

    c = c or train.WHOLE_CALIBRATION
    return c["draft_cap"] * _sig(c["draft_slope"] * (c["draft_tau"] - ls)) + c["draft_mean_cap"] * _sig(c["draft_mean_slope"] * (c["draft_mean_tau"] - lm))


@dataclass
class Fold:
    held: str
    by_row: dict[str, dict[str, float]]  # row name -> language -> AUC
    grid_min: float
    raw: dict[str, np.ndarray] | None = None  # fifteenth round: the held-out rows before the letter weight (`by_language`)


def folds(rows: Sequence[Item], grid: Sequence[Item], splits: Sequence[str], store, fit: Fit, *, learned_letter: float,
          held_out: Sequence[str] | None = None, lang_offset: bool = False) -> list[Fold]:  # type: ignore[no-untyped-def]
    from composer.evaluation import train
    from composer.evaluation.politeness import split_sentences

    ds = train.draft_training_set(store, splits=splits)
    names = np.array(ds.names)
    gbags = [store.embed(split_sentences(g.body)) for g in grid]
    gletter = np.array([g.letter for g in grid])
    gbase = np.array([g.rules + g.learned - g.draft for g in grid])
    # Fifteenth round, `lang_offset`: each language's draft logits are centred on that language's mean logit over the
    # fold's training drafts (labelled sets only: their language is known), so a language the heads read as colder
    # overall (French) is not penalised as a whole; within a language the order is unchanged.
    tlang = np.array([""] * len(names), dtype=object)
    for sp in set(names):
        idx = np.flatnonzero(names == sp)
        langs = [r.language for r in rows if r.split == sp]
        if len(langs) == len(idx):
            tlang[idx] = langs
    out = []
    for held in held_out or splits:
        test = [r for r in rows if r.split == held]
        if not test:
            continue
        keep = np.flatnonzero(names != held)
        te = [ds.bags[i] for i in np.flatnonzero(names == held)]
        if len(te) != len(test):
            raise ValueError("draft bags and labelled rows do not line up")
        ps, pm = fit([ds.bags[i] for i in keep], ds.y[keep], [ds.situations[i] for i in keep])
        ls, lm = ps(te), pm(te)
        gls, glm = ps(gbags), pm(gbags)
        if lang_offset:
            tr = [ds.bags[i] for i in keep]
            tls, tlm, tl = ps(tr), pm(tr), tlang[keep]
            known = tl != ""
            for lg in LANGS:
                m = tl == lg
                if m.any():
                    ds_, dm_ = tls[m].mean() - tls[known].mean(), tlm[m].mean() - tlm[known].mean()
                    hl, gl = np.array([r.language == lg for r in test]), np.array([g.language == lg for g in grid])
                    ls[hl], lm[hl] = ls[hl] - ds_, lm[hl] - dm_
                    gls[gl], glm[gl] = gls[gl] - ds_, glm[gl] - dm_
        letter = np.array([r.letter for r in test])
        y, lang = np.array([r.label for r in test]), np.array([r.language for r in test])
        lw = np.where(letter, learned_letter, 1.0)
        learned = lw * (np.array([r.learned - r.draft for r in test]) + np.where(letter, draft_penalty(ls, lm), 0.0))

        def per_lang(score: np.ndarray) -> dict[str, float]:
            return {lg: cal.fast_auc(score[lang == lg], y[lang == lg]) for lg in LANGS if (lang == lg).any()}

        by_row = {
            "draft logit only (sentence + whole-note)": per_lang(ls + lm),
            "learned alone": per_lang(_score(learned)),
            "combined, rules as met fresh": per_lang(_score(np.array([r.rules_fresh for r in test]) + learned)),
            "combined, today's rules": per_lang(_score(np.array([r.rules for r in test]) + learned)),
        }
        gpen = np.where(gletter, learned_letter, 1.0) * (gbase - np.array([g.rules for g in grid]) + np.where(gletter, draft_penalty(gls, glm), 0.0))
        raw = {"y": y, "lang": lang, "letter": letter, "rules_fresh": np.array([r.rules_fresh for r in test]),
               "rules": np.array([r.rules for r in test]), "learned": learned / lw}
        raw["grid_rules"], raw["grid_learned"] = np.array([g.rules for g in grid]), gpen / np.where(gletter, learned_letter, 1.0)
        raw["grid_letter"], raw["grid_lang"] = gletter, np.array([g.language for g in grid])
        out.append(Fold(held, by_row, float(_score(np.array([g.rules for g in grid]) + gpen).min()), raw))
    return out


WEIGHTS = (1.0, 1.2, 1.4, 1.6, 1.8, 2.0, 2.4)


def by_language(fl: Sequence[Fold], weights: Sequence[float] = WEIGHTS, rules: str = "rules_fresh") -> dict[str, dict[str, float]]:
    """Fifteenth round: a learned weight in letters per language, chosen honestly. For each held-out split the weight of
    each language is the one with the best mean AUC of that language over the OTHER folds' held-out scores (combined with
    `rules`); the held-out split is then scored with it. Returns held split -> language -> AUC (and the chosen weights
    under "w:<split>")."""
    def auc_at(f: Fold, lg: str, w: float) -> float:
        r = f.raw
        m = r["lang"] == lg
        if not m.any():
            return float("nan")
        lw = np.where(r["letter"][m], w, 1.0)
        return cal.fast_auc(_score(r[rules][m] + lw * r["learned"][m]), r["y"][m])

    out: dict[str, dict[str, float]] = {}
    for f in fl:
        chosen = {}
        for lg in LANGS:
            others = [g for g in fl if g is not f]
            means = [[a for g in others if not np.isnan(a := auc_at(g, lg, w))] for w in weights]
            chosen[lg] = weights[int(np.argmax([np.mean(m) for m in means]))] if means[0] else float("nan")  # no rows: no weight
        out[f.held] = {lg: auc_at(f, lg, chosen[lg]) for lg in LANGS}
        out["w:" + f.held] = chosen
    return out


def at_weights(fl: Sequence[Fold], weights: dict[str, float], rules: str = "rules_fresh") -> dict[str, float]:
    """Mean AUC per language over the held-out folds with each language's letter weight fixed (the shipped ones)."""
    out = {}
    for lg in LANGS:
        vals = [cal.fast_auc(_score(r[rules][m] + np.where(r["letter"][m], weights[lg], 1.0) * r["learned"][m]), r["y"][m])
                for f in fl if (m := (r := f.raw)["lang"] == lg).any()]
        out[lg] = float(np.mean(vals)) if vals else float("nan")
    return out


def fixed_weights(fl: Sequence[Fold], weights: Sequence[float] = WEIGHTS, rules: str = "rules_fresh") -> list[str]:
    """Mean AUC per language over all folds at each fixed letter weight (what `by_language` chooses from)."""
    out = ["| letter weight | mean | " + " | ".join(LANGS) + " | lowest grid per language (fold heads) |", "|" + "---|" * (len(LANGS) + 3)]
    for w in weights:
        per = []
        for lg in LANGS:
            vals = []
            for f in fl:
                r = f.raw
                m = r["lang"] == lg
                if m.any():
                    vals.append(cal.fast_auc(_score(r[rules][m] + np.where(r["letter"][m], w, 1.0) * r["learned"][m]), r["y"][m]))
            per.append(float(np.nanmean(vals)))
        gmin = []
        for lg in LANGS:
            gm = [float(_score(r["grid_rules"][k] + np.where(r["grid_letter"][k], w, 1.0) * r["grid_learned"][k]).min())
                  for f in fl if (k := (r := f.raw)["grid_lang"] == lg).any()]
            gmin.append(min(gm) if gm else float("nan"))
        out.append(f"| {w} | {np.mean(per):.3f} | " + " | ".join(f"{v:.3f}" for v in per) + " | " + " ".join(f"{v:.3f}" for v in gmin) + " |")
    return out


def table(results: dict[str, list[Fold]], recent: Sequence[str]) -> list[str]:
    held = [f.held for f in next(iter(results.values()))]
    out = ["| variant / part | " + " | ".join(recent) + " | mean (all folds) | " + " | ".join(LANGS) + " | lowest grid |",
           "|" + "---|" * (len(recent) + 3 + len(LANGS))]
    for name, fl in results.items():
        for row in fl[0].by_row:
            means = {f.held: float(np.nanmean(list(f.by_row[row].values()))) for f in fl}
            langs = [float(np.nanmean([f.by_row[row].get(lg, np.nan) for f in fl])) for lg in LANGS]
            out.append(f"| {name}: {row} | " + " | ".join(f"{means[h]:.3f}" for h in recent if h in means)
                       + f" | **{np.mean([means[h] for h in held]):.3f}** | " + " | ".join(f"{v:.3f}" for v in langs) + f" | {min(f.grid_min for f in fl):.3f} |")
    return out


def _rows(splits: Sequence[str], store, path: Path | None) -> tuple[list[Item], list[Item]]:  # type: ignore[no-untyped-def]
    """`transfer.items` with the rules rewound, read from / written to `path` when given (an experiment's scratch file)."""
    import pickle

    from composer.evaluation import transfer

    if path is not None and path.is_file():
        with path.open("rb") as f:
            return pickle.load(f)  # noqa: S301 - a scratch file this command wrote itself
    rows, grid = transfer.items(splits, store.embed, rewind=True)
    store.save()
    if path is not None:
        with path.open("wb") as f:
            pickle.dump((rows, grid), f)
    return rows, grid


def main(argv: Sequence[str] | None = None) -> int:
    from composer.evaluation import politeness, train, transfer
    from composer.models import Language

    ap = argparse.ArgumentParser(prog="python -m composer.evaluation.head_loso", description=__doc__.split("\n")[0])
    ap.add_argument("--variant", action="append", choices=list(VARIANTS), help="draft-head variant (repeatable; default: all)")
    ap.add_argument("--rows-cache", type=Path, default=None, help="keep the drafts' rule/head penalties in this pickle between runs (same code only)")
    ap.add_argument("--held", action="append", default=None, help="held-out split (repeatable; default: every seen split in turn)")
    ap.add_argument("--learned-letter", type=float, default=None, help="weight of the learned part in letters (default: as shipped)")
    ap.add_argument("--recent", type=int, default=4, help="how many of the latest held-out sets get their own column")
    ap.add_argument("--lang-offset", action="store_true", help="centre each language's draft logits on its training mean (15th round)")
    ap.add_argument("--by-language", action="store_true", help="also: a letter weight per language chosen on the other folds (15th round)")
    args = ap.parse_args(argv)
    splits = list(SEEN_SPLITS)
    store = train.EmbeddingCache(train.CACHE)
    rows, grid = _rows(splits, store, args.rows_cache)
    print(f"{len(rows)} labelled drafts, {len(grid)} grid drafts", file=sys.stderr)
    ll = args.learned_letter if args.learned_letter is not None else float(politeness.load_weights().calibration.get("learned_letter", 1.0))
    for k, name in enumerate(args.variant or list(VARIANTS)):  # one variant at a time, printed as it is done
        fl = folds(rows, grid, splits, store, VARIANTS[name], learned_letter=ll, held_out=args.held, lang_offset=args.lang_offset)
        lines = table({name: fl}, (args.held or splits)[-args.recent:])
        print("\n".join(lines if k == 0 else lines[2:]), flush=True)
        if args.by_language:
            for which in ("rules_fresh", "rules"):
                print(f"\n{name}, combined with {'rules as met fresh' if which == 'rules_fresh' else 'today rules'}:")
                print("\n".join(fixed_weights(fl, rules=which)))
                res = by_language(fl, rules=which)
                held = [f.held for f in fl]
                per = [float(np.nanmean([res[h][lg] for h in held])) for lg in LANGS]
                print(f"| per-language weight, chosen on the other folds | {np.mean(per):.3f} | " + " | ".join(f"{v:.3f}" for v in per) + " |")
                shipped = {lg: tone.letter_weight(politeness.load_weights().calibration, Language(lg)) for lg in LANGS}
                at = at_weights(fl, shipped, rules=which)
                print(f"| shipped weights ({', '.join(f'{lg} {w}' for lg, w in shipped.items())}) | {np.mean(list(at.values())):.3f} | "
                      + " | ".join(f"{at[lg]:.3f}" for lg in LANGS) + " |")
                print("chosen weights by held-out split: " + "; ".join(f"{h}: " + ",".join(f"{lg}={res['w:' + h][lg]}" for lg in LANGS) for h in held))
    print(f"Learned part weighs {ll} in letters; grid: every built-in draft must stay >= {tone.LEARNED_OK_THRESHOLD}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
