"""Leave-one-set-out transfer of how rules and the learned heads combine, on every SEEN hard-case split.

The question each round must answer before it ships a change to the combination: does a setting fitted on three
labelled sets carry to the fourth? For each held-out split this fits the share of the learned penalty (one shared
scale, and one per language) on the other splits pooled, scores the held-out split with it, and prints it beside
the shipped combination (scale 1) and the rules alone. A scale is only allowed if every built-in grid draft stays
tone-ok. Run: `python -m composer.evaluation.transfer [--split dev --split test ...]`.

It reads only the splits named (by default the seen ones: dev, test, v2..v13; v14 stays held out); a fresh split stays unread until it
is measured once with `python -m composer.evaluation.labelled --split NAME`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from composer.evaluation import calibrate as cal
from composer.evaluation import politeness, tone

SEEN_SPLITS = ("dev", "test", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14")
LANGS = ("en", "fr", "it", "nl", "sv")
RULE_LEARNED_MIX = ((1.0, 1.0), (1.0, 1.25), (1.0, 1.5), (0.5, 1.0))  # (rule scale, learned scale) rows of `whole_table --rewind`
SCALES = (0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


@dataclass(frozen=True)
class Item:
    """One labelled draft reduced to what the combination needs: rule and learned penalties."""

    split: str
    language: str
    label: bool
    rules: float
    learned: float
    draft: float = 0.0  # the whole-draft head's share of `learned`
    letter: bool = False
    body: str = ""
    pol: float = 0.0  # the politeness penalty before any letter share (eleventh round)
    pol_used: float = 0.0  # the politeness penalty inside `learned` (with the shipped letter share)
    form: float = 0.0  # the formality penalty before any letter share (twelfth round)
    form_used: float = 0.0  # the formality penalty inside `learned` (with the shipped letter share)
    rules_fresh: float = float("nan")  # thirteenth round: the rule penalty with the cue lists the split met while fresh

    def share_parts(self, part: str) -> tuple[float, float]:
        """(raw, used) penalty of the part whose letter share is fitted: "pol" (politeness) or "form" (formality)."""
        return (self.pol, self.pol_used) if part == "pol" else (self.form, self.form_used)


def _score(pen: np.ndarray) -> np.ndarray:
    return np.where(pen <= 0.5, 1.0 - pen, 0.5 * np.exp(-2.0 * (pen - 0.5)))  # tone.squash, vectorised


def fresh_round(split: str) -> int:
    """The last rule round a split was scored against while fresh: v(j) met rounds <= j (round k was written after v(k-1)
    was measured); dev, test and v2 are where the first three rounds came from (in-sample at any round)."""
    return int(split[1:]) if split.startswith("v") and split[1:].isdigit() and int(split[1:]) >= 3 else 3


def items(splits: Sequence[str], embed: Callable[[Sequence[str]], np.ndarray] | None = None, *, rewind: bool = False) -> tuple[list[Item], list[Item]]:
    """The labelled drafts of the splits, and the built-in grid drafts (label True), as penalties. With `rewind` each
    draft also carries the rule penalty under the cue lists its split met while fresh (`cues.rewound`)."""
    from composer.evaluation import cues
    from composer.evaluation.labelled import HARD_CASES_DIR, load_labelled

    weights = politeness.load_weights()
    c = {k: v for k, v in weights.calibration.items() if not k.startswith("learned_letter")}  # penalties before the letter weight (13th round): tables apply it
    c_raw = {k: v for k, v in c.items() if not k.startswith(("pol_letter_", "form_letter_"))}  # both penalties before their letter shares

    def item(split: str, s, subject: str, body: str, label: bool) -> Item:  # type: ignore[no-untyped-def]
        rules = tone.signals(s, subject, body, detected=tone.detect(s, body))
        reading = politeness.read(body, weights, embed=embed)
        learned = tone.learned(s, reading, c, pronouns_agree=tone.pronouns_agree(s, body))
        dt = sum(x.penalty for x in learned if x.name in ("draft_tone", "draft_whole"))
        used = sum(x.penalty for x in learned if x.name == "politeness")
        raw_sigs = tone.learned(s, reading, c_raw, pronouns_agree=tone.pronouns_agree(s, body))
        raw = sum(x.penalty for x in raw_sigs if x.name == "politeness")
        form_raw = sum(x.penalty for x in raw_sigs if x.name == "formality")
        form_used = sum(x.penalty for x in learned if x.name == "formality")
        return Item(split, s.language.value, label, sum(x.penalty for x in rules), sum(x.penalty for x in learned), dt, reading.draft is not None, body, raw, used,
                    form_raw, form_used)

    out = []
    for split in splits:
        path = HARD_CASES_DIR / f"{split}.jsonl"
        if path.is_file():
            part = [item(split, r.situation, r.subject, r.body, r.labels.tone_ok) for r in load_labelled(path)]
            if rewind:
                with cues.rewound(fresh_round(split)):
                    tone._imperative.cache_clear()
                    fresh = [sum(x.penalty for x in tone.signals(r.situation, r.subject, r.body, detected=tone.detect(r.situation, r.body))) for r in load_labelled(path)]
                tone._imperative.cache_clear()
                part = [replace(x, rules_fresh=f) for x, f in zip(part, fresh, strict=True)]
            out += part
    from composer.writers.builtin import BuiltinWriter

    writer = BuiltinWriter()
    grid = []
    for s in cal.grid_situations():
        d = writer.write(s, [])
        grid.append(item("grid", s, d.subject, d.body, True))
    return out, grid


def _arrays(rows: Sequence[Item]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return np.array([r.label for r in rows]), np.array([r.rules for r in rows]), np.array([r.learned for r in rows])


def _value(rows: Sequence[Item], scale: float) -> float:
    """Mean per-split-and-language AUC plus half the balanced `tone_ok` agreement (sets differ in difficulty, so
    their ranks are not pooled)."""
    y, r, lrn = _arrays(rows)
    s = _score(r + scale * lrn)
    keys = sorted({(x.split, x.language) for x in rows})
    aucs = [cal.fast_auc(s[np.array([(x.split, x.language) == k for x in rows])], y[np.array([(x.split, x.language) == k for x in rows])]) for k in keys]
    aucs = [a for a in aucs if not np.isnan(a)]
    return float(np.mean(aucs)) + 0.5 * cal.balanced_agreement(s, y, tone.TONE_OK_THRESHOLD)


def fit_scale(rows: Sequence[Item], grid: Sequence[Item]) -> float:
    """The learned share that transfers best on these rows while every grid draft stays tone-ok."""
    best: tuple[float, float] | None = None
    for a in SCALES:
        _, gr, gl = _arrays(grid)
        if len(grid) and _score(gr + a * gl).min() < tone.TONE_OK_THRESHOLD:
            continue
        v = _value(rows, a)
        if best is None or v > best[0] + 1e-9:
            best = (v, a)
    return 1.0 if best is None else best[1]


def auc_of(rows: Sequence[Item], scale: float | None) -> float:
    y, r, lrn = _arrays(rows)
    return cal.fast_auc(_score(r + (0.0 if scale is None else scale) * lrn), y)


def table(rows: Sequence[Item], grid: Sequence[Item], splits: Sequence[str]) -> list[str]:
    """Markdown rows: held-out split, scale fitted on the others, AUC per language fitted / shipped / rules."""
    out = ["| held out | shared scale fitted on the others | " + " | ".join(LANGS) + " | mean | `tone_ok` agrees |", "|" + "---|" * (len(LANGS) + 4)]
    for held in splits:
        train = [x for x in rows if x.split != held]
        test = [x for x in rows if x.split == held]
        if not test or not train:
            continue
        a = fit_scale(train, grid)
        per_lang = {lang: fit_scale([x for x in train if x.language == lang], [g for g in grid if g.language == lang]) for lang in LANGS}
        cells, means = [], np.zeros(4)
        for lang in LANGS:
            t = [x for x in test if x.language == lang]
            vals = (auc_of(t, a), auc_of(t, per_lang[lang]), auc_of(t, 1.0), auc_of(t, None))
            means += vals
            cells.append("{:.3f} / {:.3f} (a={}) / {:.3f} / {:.3f}".format(vals[0], vals[1], per_lang[lang], vals[2], vals[3]))
        y, r, lrn = _arrays(test)
        agree = [float(np.mean((_score(r + k * lrn) >= tone.TONE_OK_THRESHOLD) == y)) for k in (a, 1.0, 0.0)]
        m = means / len(LANGS)
        out.append(f"| {held} | {a} | " + " | ".join(cells) + f" | {m[0]:.3f} / {m[1]:.3f} / {m[2]:.3f} / {m[3]:.3f} | {agree[0]:.2f} / {agree[1]:.2f} / {agree[2]:.2f} |")
    out.append("Cells: shared scale fitted on the other splits / per-language scale fitted on them / shipped (scale 1) / rules only; "
               "agreement: fitted / shipped / rules.")
    return out


THRESHOLDS = tuple(round(0.70 + 0.01 * i, 2) for i in range(16))


def fit_threshold(rows: Sequence[Item]) -> float:
    """The full-mode `tone_ok` cut with the best balanced agreement on these rows (ties: nearest 0.80)."""
    y, r, lrn = _arrays(rows)
    s = _score(r + lrn)
    return max(THRESHOLDS, key=lambda t: (round(cal.balanced_agreement(s, y, t), 9), -abs(t - tone.TONE_OK_THRESHOLD)))


def threshold_table(rows: Sequence[Item], splits: Sequence[str]) -> list[str]:
    """Markdown rows: the full-mode cut fitted on the other splits, and `tone_ok` agreement on the held-out one."""
    shipped = tone.LEARNED_OK_THRESHOLD
    out = [f"| held out | full-mode cut fitted on the others | agrees: fitted cut / shipped {shipped} / 0.80 / rules at 0.80 | balanced: fitted / 0.80 / rules |", "|---|---|---|---|"]
    for held in splits:
        test = [x for x in rows if x.split == held]
        if not test:
            continue
        t = fit_threshold([x for x in rows if x.split != held])
        y, r, lrn = _arrays(test)
        full, rules = _score(r + lrn), _score(r)
        a = (np.mean((full >= t) == y), np.mean((full >= shipped) == y), np.mean((full >= tone.TONE_OK_THRESHOLD) == y), np.mean((rules >= tone.TONE_OK_THRESHOLD) == y))
        b = (cal.balanced_agreement(full, y, t), cal.balanced_agreement(full, y, tone.TONE_OK_THRESHOLD), cal.balanced_agreement(rules, y, tone.TONE_OK_THRESHOLD))
        out.append(f"| {held} | {t:.2f} | {a[0]:.3f} / {a[1]:.3f} / {a[2]:.3f} / {a[3]:.3f} | {b[0]:.3f} / {b[1]:.3f} / {b[2]:.3f} |")
    out.append(f"Fitted on all splits pooled: {fit_threshold(rows):.2f} (shipped: tone.LEARNED_OK_THRESHOLD = {tone.LEARNED_OK_THRESHOLD}).")
    return out


DRAFT_CAPS = (0.1, 0.2, 0.3, 0.4, 0.5)
DRAFT_SLOPES = (1.0, 2.0)
DRAFT_TAUS = (-1.0, -0.5, 0.0, 0.5, 1.0)


def _split_lang_auc(score: np.ndarray, y: np.ndarray, split: np.ndarray, lang: np.ndarray) -> float:
    keys = sorted(set(zip(split.tolist(), lang.tolist(), strict=True)))
    vals = [cal.fast_auc(score[(split == a) & (lang == b)], y[(split == a) & (lang == b)]) for a, b in keys]
    vals = [v for v in vals if not np.isnan(v)]
    return float(np.mean(vals)) if vals else float("nan")


def draft_head_table(rows: Sequence[Item], grid: Sequence[Item], splits: Sequence[str], store, *, contrast: bool = True) -> list[str]:  # type: ignore[no-untyped-def]
    """Leave-one-set-out for the whole-draft head: fit it on the other seen splits (+ labelled dev, + the author's
    contrastive pairs), choose its cap/slope/threshold on their out-of-fold logits (every grid draft tone-ok), and
    score the held-out split; beside it the shipped head, no draft head, and the rules alone. Mean AUC over languages."""
    from composer.evaluation import train
    from composer.evaluation.politeness import load_weights, mean_vector, read

    weights = load_weights()
    x, y, names, groups = train.draft_training_rows(store, contrast=contrast, splits=splits)
    names_a = np.array(names)
    sig = lambda v: 1.0 / (1.0 + np.exp(-v))  # noqa: E731

    def vec(items_: Sequence[Item]) -> np.ndarray:
        return np.stack([mean_vector(store.embed(list(read(i.body, weights, embed=store.embed).sentences))) for i in items_])

    gx, letters_g = vec(grid), np.array([g.letter for g in grid])
    out = ["| held out | cap / slope / tau fitted on the others | refitted head (held out) | current weights (in-sample, biased) | no draft head | rules only |", "|---|---|---|---|---|---|"]
    for held in splits:
        test = [r for r in rows if r.split == held]
        train_rows = [r for r in rows if r.split != held]
        if not test:
            continue
        keep = names_a != held
        head = train.fit_logistic(x[keep], y[keep], l2=train.L2_DRAFT)
        # out-of-fold logits of the training splits' drafts, grouped by scenario, for choosing the calibration
        kept = np.flatnonzero(keep)
        oof_all = train._oof(x[kept], y[kept], l2=train.L2_DRAFT, groups=[groups[i] for i in kept])
        oof = oof_all[np.isin(names_a[kept], sorted({r.split for r in train_rows}))]
        if len(oof) != len(train_rows):
            raise ValueError("draft rows and labelled rows do not line up")
        base_tr = np.array([r.rules + r.learned - r.draft for r in train_rows])
        # align training rows with `sub` (same order: draft_training_rows reads the splits in order, items() too)
        tr_letter = np.array([r.letter for r in train_rows])
        tr_y, tr_split, tr_lang = np.array([r.label for r in train_rows]), np.array([r.split for r in train_rows]), np.array([r.language for r in train_rows])
        gbase = np.array([g.rules + g.learned - g.draft for g in grid])
        gl = head.logits(gx)
        best: tuple[float, tuple[float, float, float]] | None = None
        for cap in DRAFT_CAPS:
            for slope in DRAFT_SLOPES:
                for tau in DRAFT_TAUS:
                    if len(grid) and _score(gbase + np.where(letters_g, cap * sig(slope * (tau - gl)), 0.0)).min() < tone.LEARNED_OK_THRESHOLD:
                        continue
                    pen = np.where(tr_letter, cap * sig(slope * (tau - oof)), 0.0)
                    v = _split_lang_auc(_score(base_tr + pen), tr_y, tr_split, tr_lang)
                    if best is None or v > best[0] + 1e-9:
                        best = (v, (cap, slope, tau))
        assert best is not None
        cap, slope, tau = best[1]
        te_letter = np.array([r.letter for r in test])
        tl = head.logits(vec(test))
        y_t, s_t, l_t = np.array([r.label for r in test]), np.array([r.split for r in test]), np.array([r.language for r in test])
        base_t = np.array([r.rules + r.learned - r.draft for r in test])
        cells = [
            _split_lang_auc(_score(base_t + np.where(te_letter, cap * sig(slope * (tau - tl)), 0.0)), y_t, s_t, l_t),
            _split_lang_auc(_score(base_t + np.array([r.draft for r in test])), y_t, s_t, l_t),
            _split_lang_auc(_score(base_t), y_t, s_t, l_t),
            _split_lang_auc(_score(np.array([r.rules for r in test])), y_t, s_t, l_t),
        ]
        out.append(f"| {held} | {cap} / {slope} / {tau} | " + " | ".join(f"{c:.4f}" for c in cells) + " |")
    return out


# How a draft's sentences become one draft logit, each learnt leave-one-set-out (eighth round). None: the shipped
# whole-draft head on the normalised mean sentence vector (IRLS); (beta, T): one sentence head pooled as
# beta * mean + (1 - beta) * soft-min at temperature T (`pooled.pool`), fitted end to end on draft labels.
POOLINGS: dict[str, tuple[float, float] | None] = {
    "mean vector (shipped kind)": None,
    "mean of sentence logits": (1.0, 1.0),
    "0.5 mean + 0.5 soft-min T=1": (0.5, 1.0),
    "0.5 mean + 0.5 soft-min T=0.5": (0.5, 0.5),
    "soft-min T=1": (0.0, 1.0),
    "soft-min T=0.5": (0.0, 0.5),
}


SHIPPED_POOLING = "soft-min T=0.5"


def _fitter(pooling: tuple[float, float] | None, aux: tuple[list[np.ndarray], np.ndarray, float | np.ndarray] | None = None):  # type: ignore[no-untyped-def]
    """fit(bags, y) -> predict(bags) -> draft logits, for one pooling. `aux` (bags, labels, weight): extra one-sentence bags
    (TyDiP train requests) every fit also learns from, at that weight; they are never scored."""
    from composer.evaluation import pooled, train
    from composer.evaluation.politeness import mean_vector

    def fit(bags: Sequence[np.ndarray], y: np.ndarray):  # type: ignore[no-untyped-def]
        if pooling is None:
            head = train.fit_logistic(np.stack([mean_vector(b) for b in bags]), y, l2=train.L2_DRAFT)
            return lambda bs: head.logits(np.stack([mean_vector(b) for b in bs]))
        beta, temp = pooling
        if aux is None:
            head = pooled.fit(bags, y, beta=beta, temp=temp, l2=train.L2_DRAFT)
        else:
            weights = np.r_[np.ones(len(bags)), np.broadcast_to(np.asarray(aux[2], dtype=np.float64), (len(aux[0]),))]
            head = pooled.fit(list(bags) + list(aux[0]), np.r_[y, aux[1]], beta=beta, temp=temp, l2=train.L2_DRAFT, weights=weights)
        return lambda bs: pooled.draft_logits(head, bs, beta, temp)

    return fit


def _oof_logits(fit, bags: Sequence[np.ndarray], y: np.ndarray, groups: Sequence[str]) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Out-of-fold draft logits, whole scenarios per fold (as train._oof)."""
    from composer.evaluation import train

    keys = sorted(set(groups))
    order = [keys[i] for i in np.random.default_rng(train.SEED).permutation(len(keys))]
    g = np.array(list(groups))
    out = np.zeros(len(y))
    for i in range(train.FOLDS):
        test = np.flatnonzero(np.isin(g, order[i::train.FOLDS]))
        tr = np.setdiff1d(np.arange(len(y)), test)
        out[test] = fit([bags[j] for j in tr], y[tr])([bags[j] for j in test])
    return out


def _choose_draft_penalty(base: np.ndarray, logits: np.ndarray, letter: np.ndarray, y: np.ndarray, split: np.ndarray, lang: np.ndarray,
                          gbase: np.ndarray, glogits: np.ndarray, gletter: np.ndarray) -> tuple[float, float, float]:
    """cap / slope / tau of the draft penalty with the best mean per split-and-language AUC, every grid draft tone-ok."""
    sig = lambda v: 1.0 / (1.0 + np.exp(-v))  # noqa: E731
    best: tuple[float, tuple[float, float, float]] | None = None
    for cap in DRAFT_CAPS:
        for slope in DRAFT_SLOPES:
            for tau in DRAFT_TAUS:
                if len(gbase) and _score(gbase + np.where(gletter, cap * sig(slope * (tau - glogits)), 0.0)).min() < tone.LEARNED_OK_THRESHOLD:
                    continue
                v = _split_lang_auc(_score(base + np.where(letter, cap * sig(slope * (tau - logits)), 0.0)), y, split, lang)
                if best is None or v > best[0] + 1e-9:
                    best = (v, (cap, slope, tau))
    assert best is not None
    return best[1]


def pooling_table(rows: Sequence[Item], grid: Sequence[Item], splits: Sequence[str], store, *, poolings: dict[str, tuple[float, float] | None] | None = None,
                  contrast: bool = True, aux: tuple[list[np.ndarray], np.ndarray, float | np.ndarray] | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    """Leave-one-set-out over every seen split for each way of pooling sentences into a draft logit: fit the head on the
    other splits (+ labelled dev + contrastive pairs), choose its penalty (cap/slope/tau) on their out-of-fold logits with
    every grid draft tone-ok, and score the held-out split with rules + politeness/formality heads + that penalty.
    Cells: mean AUC over languages on the held-out split; the last rows give each language's mean over the folds."""
    from composer.evaluation import train
    from composer.evaluation.politeness import split_sentences

    poolings = POOLINGS if poolings is None else poolings
    bags, y, names, groups = train.draft_training_bags(store, contrast=contrast, splits=splits)
    names_a = np.array(names)
    gbags = [store.embed(split_sentences(g.body)) for g in grid]
    gletter = np.array([g.letter for g in grid])
    gbase = np.array([g.rules + g.learned - g.draft for g in grid])
    results: dict[str, dict[str, dict[str, float]]] = {k: {} for k in poolings}  # pooling -> held -> lang -> auc
    baseline: dict[str, dict[str, dict[str, float]]] = {"no draft head": {}, "rules only": {}}
    # ninth round: each part alone, so the table says which of them transfers. The learned parts are honest here (the
    # draft head is refitted without the held-out set; the TyDiP/CoCoA heads never read a labelled draft); the rules
    # are not (they hold cue families written from every seen set, the held-out one included).
    alone: dict[str, dict[str, dict[str, float]]] = {"learned alone: heads + refitted draft head": {}, "learned alone: draft head logit only": {},
                                                     "learned alone: TyDiP/CoCoA heads only": {}}
    cuts: dict[str, list[str]] = {k: [] for k in poolings}
    for held in splits:
        test = [r for r in rows if r.split == held]
        train_rows = [r for r in rows if r.split != held]
        if not test:
            continue
        keep = names_a != held
        kept = np.flatnonzero(keep)
        in_rows = np.isin(names_a[kept], sorted({r.split for r in train_rows}))
        tr_letter, tr_y = np.array([r.letter for r in train_rows]), np.array([r.label for r in train_rows])
        tr_split, tr_lang = np.array([r.split for r in train_rows]), np.array([r.language for r in train_rows])
        base_tr = np.array([r.rules + r.learned - r.draft for r in train_rows])
        te_bags = [bags[i] for i in np.flatnonzero(names_a == held)]
        if len(te_bags) != len(test):
            raise ValueError("draft bags and labelled rows do not line up")
        y_t, l_t = np.array([r.label for r in test]), np.array([r.language for r in test])
        te_letter = np.array([r.letter for r in test])
        base_t = np.array([r.rules + r.learned - r.draft for r in test])

        def per_lang(score: np.ndarray) -> dict[str, float]:
            return {lang: cal.fast_auc(score[l_t == lang], y_t[l_t == lang]) for lang in LANGS if (l_t == lang).any()}

        baseline["no draft head"][held] = per_lang(_score(base_t))
        baseline["rules only"][held] = per_lang(_score(np.array([r.rules for r in test])))
        for name, pooling in poolings.items():
            fit = _fitter(pooling, aux)
            oof = _oof_logits(fit, [bags[i] for i in kept], y[kept], [groups[i] for i in kept])[in_rows]
            if len(oof) != len(train_rows):
                raise ValueError("draft rows and labelled rows do not line up")
            predict = fit([bags[i] for i in kept], y[kept])
            cap, slope, tau = _choose_draft_penalty(base_tr, oof, tr_letter, tr_y, tr_split, tr_lang, gbase, predict(gbags), gletter)
            tl = predict(te_bags)
            pen = np.where(te_letter, cap * (1.0 / (1.0 + np.exp(-slope * (tau - tl)))), 0.0)
            results[name][held] = per_lang(_score(base_t + pen))
            cuts[name].append(f"{cap}/{slope}/{tau}")
            if name == SHIPPED_POOLING:
                heads = np.array([r.learned - r.draft for r in test])
                alone["learned alone: heads + refitted draft head"][held] = per_lang(_score(heads + pen))
                alone["learned alone: draft head logit only"][held] = per_lang(tl)
                alone["learned alone: TyDiP/CoCoA heads only"][held] = per_lang(_score(heads))
    every = {**results, **baseline, **{k: v for k, v in alone.items() if v}}
    held_list = [h for h in splits if h in baseline["rules only"]]
    out = ["| pooling (fitted leave-one-set-out) | " + " | ".join(held_list) + " | mean | " + " | ".join(LANGS) + " |", "|" + "---|" * (len(held_list) + 2 + len(LANGS))]
    for name, by_held in every.items():
        means = [float(np.nanmean(list(by_held[h].values()))) for h in held_list]
        langs = [float(np.nanmean([by_held[h].get(lang, np.nan) for h in held_list])) for lang in LANGS]
        out.append(f"| {name} | " + " | ".join(f"{m:.3f}" for m in means) + f" | **{np.mean(means):.3f}** | " + " | ".join(f"{v:.3f}" for v in langs) + " |")
    out.append("Cells: mean AUC over languages on the held-out split (rules + politeness/formality heads + the draft penalty fitted on the other "
               "splits); the language columns average each language over the held-out splits.")
    out += [f"- {name}: cap/slope/tau per fold " + ", ".join(c) for name, c in cuts.items()]
    return out



def whole_table(rows: Sequence[Item], grid: Sequence[Item], splits: Sequence[str], store, *, contrast: bool = True) -> list[str]:  # type: ignore[no-untyped-def]
    """Tenth round: leave-one-set-out of the draft heads with their penalties FIXED (no search that could read the held-out
    labels): the pooled sentence head alone at `train.DRAFT_CALIBRATION`, and the sentence head plus a mean-vector head at
    `train.WHOLE_CALIBRATION`. Both heads refitted without the held-out set (+ labelled dev + pairs). Rows: the combined
    verdict, the learned part alone (TyDiP/CoCoA heads + draft penalties, no rule), the draft logit alone (the sum of the
    two heads' logits for the pair), with rules alone and no draft head beside; cells as `pooling_table`."""
    from composer.evaluation import pooled, train
    from composer.evaluation.politeness import mean_vector, split_sentences

    sig = lambda v: 1.0 / (1.0 + np.exp(-v))  # noqa: E731
    bags, y, names, _ = train.draft_training_bags(store, contrast=contrast, splits=splits)
    names_a = np.array(names)
    gbags = [store.embed(split_sentences(g.body)) for g in grid]
    gletter = np.array([g.letter for g in grid])
    gbase = np.array([g.rules + g.learned - g.draft for g in grid])
    kinds = ("sentence head", "sentence + whole-note heads")
    parts = ("combined", "learned alone", "draft logit only")
    res: dict[str, dict[str, dict[str, float]]] = {f"{k}: {p}": {} for k in kinds for p in parts}
    res.update({"no draft head": {}, "rules only": {}})
    gmin = {k: 1.0 for k in kinds}
    for held in splits:
        test = [r for r in rows if r.split == held]
        if not test:
            continue
        keep = np.flatnonzero(names_a != held)
        tb, ty = [bags[i] for i in keep], y[keep]
        te = [bags[i] for i in np.flatnonzero(names_a == held)]
        if len(te) != len(test):
            raise ValueError("draft bags and labelled rows do not line up")
        head = pooled.fit(tb, ty, beta=0.0, temp=0.5, l2=train.L2_DRAFT)
        whole = train.fit_logistic(np.stack([mean_vector(b) for b in tb]), ty, l2=train.L2_DRAFT)
        logits = {"s": (pooled.draft_logits(head, te, 0.0, 0.5), pooled.draft_logits(head, gbags, 0.0, 0.5)),
                  "m": (whole.logits(np.stack([mean_vector(b) for b in te])), whole.logits(np.stack([mean_vector(b) for b in gbags])))}
        letter, y_t, l_t = np.array([r.letter for r in test]), np.array([r.label for r in test]), np.array([r.language for r in test])
        base = np.array([r.rules + r.learned - r.draft for r in test])
        heads = np.array([r.learned - r.draft for r in test])

        def per_lang(score: np.ndarray, l_t: np.ndarray = l_t, y_t: np.ndarray = y_t) -> dict[str, float]:
            return {lang: cal.fast_auc(score[l_t == lang], y_t[l_t == lang]) for lang in LANGS if (l_t == lang).any()}

        res["no draft head"][held] = per_lang(_score(base))
        res["rules only"][held] = per_lang(_score(np.array([r.rules for r in test])))
        fresh_rules = np.array([r.rules_fresh for r in test])
        if not np.isnan(fresh_rules).any():
            res.setdefault("rules as met fresh (cue lists rewound)", {})[held] = per_lang(_score(fresh_rules))
        for kind in kinds:
            c = train.DRAFT_CALIBRATION if kind == "sentence head" else train.WHOLE_CALIBRATION
            pen = [c["draft_cap"] * sig(c["draft_slope"] * (c["draft_tau"] - logits["s"][i])) for i in (0, 1)]
            logit = logits["s"][0]
            if kind != "sentence head":
                pen = [pen[i] + c["draft_mean_cap"] * sig(c["draft_mean_slope"] * (c["draft_mean_tau"] - logits["m"][i])) for i in (0, 1)]
                logit = logit + logits["m"][0]
            gmin[kind] = min(gmin[kind], float(_score(gbase + np.where(gletter, pen[1], 0.0)).min()))
            res[f"{kind}: combined"][held] = per_lang(_score(base + np.where(letter, pen[0], 0.0)))
            res[f"{kind}: learned alone"][held] = per_lang(_score(heads + np.where(letter, pen[0], 0.0)))
            res[f"{kind}: draft logit only"][held] = per_lang(logit)
            if kind != "sentence head" and not np.isnan(fresh_rules).any():
                for b, a in RULE_LEARNED_MIX:  # the learned scale applies to letters only (as `learned_letter` does); rows are (rule scale, learned scale)
                    lw = np.where(letter, a, 1.0) * (heads + np.where(letter, pen[0], 0.0))
                    res.setdefault(f"learned alone x{a} in letters", {})[held] = per_lang(_score(lw))
                    res.setdefault(f"combined, rules as met fresh x{b} + learned x{a} in letters", {})[held] = per_lang(_score(b * fresh_rules + lw))
                    res.setdefault(f"combined, current rules x{b} + learned x{a} in letters", {})[held] = per_lang(_score(b * np.array([r.rules for r in test]) + lw))
                    gmin[f"learned x{a} in letters"] = min(gmin.get(f"learned x{a} in letters", 1.0), float(_score(np.array([g.rules for g in grid]) + np.where(gletter, a, 1.0) * (gbase - np.array([g.rules for g in grid]) + np.where(gletter, pen[1], 0.0))).min()))
    held_list = [h for h in splits if h in res["rules only"]]
    out = ["| part (draft heads refitted leave-one-set-out, penalties fixed) | " + " | ".join(held_list) + " | mean | " + " | ".join(LANGS) + " |",
           "|" + "---|" * (len(held_list) + 2 + len(LANGS))]
    for name, by_held in res.items():
        means = [float(np.nanmean(list(by_held[h].values()))) for h in held_list]
        langs = [float(np.nanmean([by_held[h].get(lang, np.nan) for h in held_list])) for lang in LANGS]
        out.append(f"| {name} | " + " | ".join(f"{m:.3f}" for m in means) + f" | **{np.mean(means):.3f}** | " + " | ".join(f"{v:.3f}" for v in langs) + " |")
    out.append("Lowest built-in grid draft score over the folds: " + ", ".join(f"{k} {v:.3f}" for k, v in gmin.items()) + f" (tone-ok at {tone.LEARNED_OK_THRESHOLD}).")
    return out

POL_SHARES = (0.0, 0.25, 0.5, 0.75, 1.0)


def _best_shares(heads: np.ndarray, pol: np.ndarray, dp: np.ndarray, letter: np.ndarray, y: np.ndarray, split: np.ndarray,
                 lang: np.ndarray) -> tuple[float, dict[str, float]]:
    """The share of the politeness penalty on letters (one shared, one per language) with the best mean per-split AUC of
    the learned part alone (heads + draft penalties, no rule); ties go to the larger share (closer to shipped)."""
    def best(mask: np.ndarray) -> float:
        return max(POL_SHARES, key=lambda a: (round(_split_lang_auc(_score(heads[mask] + np.where(letter[mask], a, 1.0) * pol[mask] + dp[mask]), y[mask], split[mask], lang[mask]), 9), a))

    return best(np.ones(len(y), dtype=bool)), {lg: best(lang == lg) for lg in LANGS}


def fit_letter_shares(rows: Sequence[Item], store, *, contrast: bool = True, part: str = "pol") -> tuple[float, dict[str, float]]:  # type: ignore[no-untyped-def]
    """The shipped per-language share of one learned penalty in letters ("pol": politeness, eleventh round; "form":
    formality, twelfth round), fitted on every seen split with out-of-fold draft penalties (5 folds by scenario)."""
    from composer.evaluation import train

    bags, y, names, groups = train.draft_training_bags(store, contrast=contrast, splits=sorted({r.split for r in rows}, key=list(SEEN_SPLITS).index))
    names_a = np.array(names)
    keys = sorted(set(groups))
    order = [keys[i] for i in np.random.default_rng(train.SEED).permutation(len(keys))]
    g = np.array(groups)
    oof = np.zeros(len(y))
    for i in range(train.FOLDS):
        te_i = np.flatnonzero(np.isin(g, order[i::train.FOLDS]))
        tr_i = np.setdiff1d(np.arange(len(y)), te_i)
        oof[te_i] = _draft_pens([bags[j] for j in tr_i], y[tr_i], [bags[j] for j in te_i])
    oof = oof[np.isin(names_a, sorted({r.split for r in rows}))]
    if len(oof) != len(rows):
        raise ValueError("draft rows and labelled rows do not line up")
    let = np.array([r.letter for r in rows])
    return _best_shares(np.array([r.learned - r.draft - r.share_parts(part)[1] for r in rows]), np.array([r.share_parts(part)[0] for r in rows]), np.where(let, oof, 0.0), let,
                        np.array([r.label for r in rows]), np.array([r.split for r in rows]), np.array([r.language for r in rows]))


def _draft_pens(tb: Sequence[np.ndarray], ty: np.ndarray, te: Sequence[np.ndarray]) -> np.ndarray:
    """Both draft penalties (sentence head + whole-note head at the shipped fixed calibration), heads fitted on tb."""
    from composer.evaluation import pooled, train
    from composer.evaluation.politeness import mean_vector

    sig = lambda v: 1.0 / (1.0 + np.exp(-v))  # noqa: E731
    c = train.WHOLE_CALIBRATION
    head = pooled.fit(tb, ty, beta=0.0, temp=0.5, l2=train.L2_DRAFT)
    whole = train.fit_logistic(np.stack([mean_vector(b) for b in tb]), ty, l2=train.L2_DRAFT)
    ls, lm = pooled.draft_logits(head, te, 0.0, 0.5), whole.logits(np.stack([mean_vector(b) for b in te]))
    return c["draft_cap"] * sig(c["draft_slope"] * (c["draft_tau"] - ls)) + c["draft_mean_cap"] * sig(c["draft_mean_slope"] * (c["draft_mean_tau"] - lm))


def lang_share_table(rows: Sequence[Item], grid: Sequence[Item], splits: Sequence[str], store, *, contrast: bool = True, part: str = "pol") -> list[str]:  # type: ignore[no-untyped-def]
    """Eleventh round: a per-language share of the politeness (TyDiP) penalty, fitted leave-one-set-out. For each held-out
    split the draft heads are refitted without it; the training splits' draft penalties come out-of-fold (5 folds by
    scenario) so the share is chosen on penalties the heads did not fit; the share per language (and one shared) is the one
    with the best mean per-split AUC of the learned part alone on the training splits of that language. Rows: learned
    alone and combined with the shipped share (1), the shared fitted share, and the per-language fitted share."""
    from composer.evaluation import train

    bags, y, names, groups = train.draft_training_bags(store, contrast=contrast, splits=splits)
    names_a = np.array(names)
    from composer.evaluation.politeness import split_sentences

    gbags = [store.embed(split_sentences(g.body)) for g in grid]
    res: dict[str, dict[str, dict[str, float]]] = {k: {} for k in (
        "learned alone, shipped share 1", "learned alone, shared share fitted", "learned alone, per-language share fitted",
        "combined, shipped share 1", "combined, shared share fitted", "combined, per-language share fitted")}
    chosen: list[str] = []
    gmin = 1.0
    for held in splits:
        test = [r for r in rows if r.split == held]
        train_rows = [r for r in rows if r.split != held]
        if not test:
            continue
        keep = np.flatnonzero(names_a != held)
        tb, ty, tg = [bags[i] for i in keep], y[keep], [groups[i] for i in keep]
        te = [bags[i] for i in np.flatnonzero(names_a == held)]
        pen_t = _draft_pens(tb, ty, te + gbags)
        pen_t, pen_g = pen_t[: len(te)], pen_t[len(te):]
        # out-of-fold draft penalties of the training drafts
        keys = sorted(set(tg))
        order = [keys[i] for i in np.random.default_rng(train.SEED).permutation(len(keys))]
        g = np.array(tg)
        oof = np.zeros(len(ty))
        for i in range(train.FOLDS):
            te_i = np.flatnonzero(np.isin(g, order[i::train.FOLDS]))
            tr_i = np.setdiff1d(np.arange(len(ty)), te_i)
            oof[te_i] = _draft_pens([tb[j] for j in tr_i], ty[tr_i], [tb[j] for j in te_i])
        oof = oof[np.isin(names_a[keep], sorted({r.split for r in train_rows}))]
        if len(oof) != len(train_rows) or len(pen_t) != len(test):
            raise ValueError("draft rows and labelled rows do not line up")
        tr_l, tr_s, tr_y = np.array([r.language for r in train_rows]), np.array([r.split for r in train_rows]), np.array([r.label for r in train_rows])
        tr_let = np.array([r.letter for r in train_rows])
        tr_heads, tr_pol = np.array([r.learned - r.draft - r.share_parts(part)[1] for r in train_rows]), np.array([r.share_parts(part)[0] for r in train_rows])
        tr_dp = np.where(tr_let, oof, 0.0)

        shared, per = _best_shares(tr_heads, tr_pol, tr_dp, tr_let, tr_y, tr_s, tr_l)
        chosen.append(f"{held}: shared {shared}, " + " ".join(f"{k} {v}" for k, v in per.items()))
        te_let, y_t, l_t = np.array([r.letter for r in test]), np.array([r.label for r in test]), np.array([r.language for r in test])
        dp = np.where(te_let, pen_t, 0.0)
        heads, pol, rules = np.array([r.learned - r.draft - r.share_parts(part)[1] for r in test]), np.array([r.share_parts(part)[0] for r in test]), np.array([r.rules for r in test])
        g_let = np.array([x.letter for x in grid])
        gshare = np.where(g_let, np.array([per[x.language] for x in grid]), 1.0)
        gmin = min(gmin, float(_score(np.array([x.rules + x.learned - x.draft - x.share_parts(part)[1] for x in grid]) + gshare * np.array([x.share_parts(part)[0] for x in grid])
                                      + np.where(g_let, pen_g, 0.0)).min()))

        def per_lang(score: np.ndarray) -> dict[str, float]:
            return {lang: cal.fast_auc(score[l_t == lang], y_t[l_t == lang]) for lang in LANGS if (l_t == lang).any()}

        shares = {"shipped share 1": np.ones(len(test)), "shared share fitted": np.full(len(test), shared), "per-language share fitted": np.array([per[x] for x in l_t])}
        for k, a in shares.items():
            a = np.where(te_let, a, 1.0)  # the share applies to letters only (the draft heads read them); one-liners keep the head
            res[f"learned alone, {k}"][held] = per_lang(_score(heads + a * pol + dp))
            res[f"combined, {k}"][held] = per_lang(_score(rules + heads + a * pol + dp))
    held_list = [h for h in splits if h in res["combined, shipped share 1"]]
    out = ["| part (draft heads refitted leave-one-set-out) | " + " | ".join(held_list) + " | mean | " + " | ".join(LANGS) + " |",
           "|" + "---|" * (len(held_list) + 2 + len(LANGS))]
    for name, by_held in res.items():
        means = [float(np.nanmean(list(by_held[h].values()))) for h in held_list]
        langs = [float(np.nanmean([by_held[h].get(lang, np.nan) for h in held_list])) for lang in LANGS]
        out.append(f"| {name} | " + " | ".join(f"{m:.3f}" for m in means) + f" | **{np.mean(means):.3f}** | " + " | ".join(f"{v:.3f}" for v in langs) + " |")
    out += ["Shares chosen per fold: " + "; ".join(chosen), f"Lowest grid draft score with the per-language share: {gmin:.3f}"]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m composer.evaluation.transfer", description=__doc__.split("\n")[0])
    ap.add_argument("--split", action="append", help="seen hard-case split (repeatable; default: dev, test, v2..v13)")
    ap.add_argument("--train-cache", action="store_true", help="embed through train.py's on-disk sentence cache")
    ap.add_argument("--draft-head", action="store_true", help="also the leave-one-set-out table of the whole-draft head")
    ap.add_argument("--pooling", action="store_true", help="only the leave-one-set-out table of each way to pool sentence logits into a draft logit")
    ap.add_argument("--alone", action="store_true", help="only the leave-one-set-out table of the shipped pooling, rules alone and the learned parts alone")
    ap.add_argument("--whole", action="store_true", help="only the leave-one-set-out table of the sentence head vs sentence + whole-note heads, penalties fixed")
    ap.add_argument("--aux-clauses", type=float, default=0.0, help="with --alone/--pooling: the sentence head also learns the pairs' clauses at this weight")
    ap.add_argument("--aux-tydip", type=float, default=0.0, help="with --alone/--pooling: the sentence head also learns TyDiP train rows at this weight")
    ap.add_argument("--lang-share", action="store_true", help="only the leave-one-set-out table of a per-language share of the politeness penalty")
    ap.add_argument("--rewind", action="store_true", help="with --whole: also rules and combined rows with the cue lists each split met while fresh")
    ap.add_argument("--share-part", choices=("pol", "form"), default="pol", help="with --lang-share: the penalty whose letter share is fitted (form: formality, twelfth round)")
    args = ap.parse_args(argv)
    splits = args.split or list(SEEN_SPLITS)
    embed = None
    if args.train_cache:
        from composer.evaluation import train

        store = train.EmbeddingCache(train.CACHE)
        embed = store.embed
    rows, grid = items(splits, embed, rewind=args.rewind)
    print(f"{len(rows)} labelled drafts, {len(grid)} grid drafts", file=sys.stderr)
    if args.lang_share:
        from composer.evaluation import train

        store = train.EmbeddingCache(train.CACHE)
        print("\n".join(lang_share_table(rows, grid, splits, store, part=args.share_part)))
        shared, per = fit_letter_shares(rows, store, part=args.share_part)
        print(f"Fitted on every seen split: shared {shared}, per language " + ", ".join(f"{k} {v}" for k, v in per.items()))
        return 0
    if args.whole:
        from composer.evaluation import train

        store = train.EmbeddingCache(train.CACHE)
        print("\n".join(whole_table(rows, grid, splits, store)))
        store.save()
        return 0
    if args.pooling or args.alone:
        from composer.evaluation import train

        store = train.EmbeddingCache(train.CACHE)
        poolings = {SHIPPED_POOLING: POOLINGS[SHIPPED_POOLING]} if args.alone else None
        aux = train.aux_bags(store, clauses=args.aux_clauses, tydip_weight=args.aux_tydip)
        print("\n".join(pooling_table(rows, grid, splits, store, poolings=poolings, aux=aux)))
        store.save()
        return 0
    print("\n".join(table(rows, grid, splits)))
    print()
    print("\n".join(threshold_table(rows, splits)))
    if args.draft_head:
        from composer.evaluation import train

        store = train.EmbeddingCache(train.CACHE)
        print()
        print("\n".join(draft_head_table(rows, grid, splits, store)))
        store.save()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
