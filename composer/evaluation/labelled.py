"""The human-labelled drafts under evals/labelled/: loading them and measuring the scorers against them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from typing import Any

from pydantic import BaseModel, ValidationError, model_validator

from composer.resources import evals_dir
from composer.errors import FileInputError
from composer.evaluation.metrics import auc, calibrate_threshold
from composer.evaluation.models import Score
from composer.evaluation.scorer import score
from composer.models import Situation

LABELLED_DIR = evals_dir("labelled")
HARD_CASES_DIR = evals_dir("tone")  # hard tone cases labelled by someone who did not build the scorer
HARD_CASE_SPLITS = ("dev", "test", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14")  # v2..v14: later held-out sets, each written by another helper (all seen now; v15 stays held out)


class Labels(BaseModel):
    complete: bool | None  # None: the set labels tone only (evals/tone/)
    tone_ok: bool


class LabelledDraft(BaseModel):
    """One line of evals/labelled/*.jsonl, or of evals/tone/*.jsonl (`"label": "good"|"bad"`, tone only)."""

    id: str
    situation: Situation
    subject: str
    body: str
    labels: Labels
    note: str = ""

    @model_validator(mode="before")
    @classmethod
    def _tone_only_label(cls, data: Any) -> Any:
        if isinstance(data, dict) and "labels" not in data and data.get("label") in ("good", "bad"):
            return {**data, "labels": {"complete": None, "tone_ok": data["label"] == "good"}}
        return data


def load_labelled(path: Path) -> list[LabelledDraft]:
    """Every labelled draft of a JSONL file; a bad line is an error that names the file and line."""
    if not path.is_file():
        raise FileInputError(f"{path}: no such labelled file")
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append(LabelledDraft.model_validate_json(line))
        except ValidationError as e:
            raise FileInputError(f"{path}:{n}: {e.errors()[0]['msg']}") from e
    return out


@dataclass
class SplitMetrics:
    """AUCs of both scorers on one split, overall and per language, and agreement of the booleans.

    `tone_auc_rules` is the same tone AUC with the rules alone (TACTFUL_TONE=rules), shown beside the full verdict.
    """

    name: str
    n: int
    completeness_auc: float | None
    tone_auc: float | None
    by_language: dict[str, dict[str, float | None]] = field(default_factory=dict)
    complete_accuracy: float = 0.0
    tone_ok_accuracy: float = 0.0
    tone_auc_rules: float | None = None
    tone_ok_accuracy_rules: float | None = None
    tone_mode: str = ""


def scored(rows: Iterable[LabelledDraft], *, tone_threshold: float | None = None, tone_mode: str | None = None) -> list[tuple[LabelledDraft, Score]]:
    kw: dict[str, object] = {} if tone_threshold is None else {"tone_threshold": tone_threshold}
    return [(r, score(r.situation, r, tone_mode=tone_mode, **kw)) for r in rows]  # type: ignore[arg-type]


def rules_tone(rows: Iterable[LabelledDraft]) -> list[tuple[float, bool]]:
    """The rules-only tone score and verdict of each draft (no model), for the figures beside the full verdict."""
    from composer.evaluation.tone import tone_verdict

    out = []
    for r in rows:
        v = tone_verdict(r.situation, r.subject, r.body, mode="rules")
        out.append((v.score, v.ok))
    return out


def split_metrics(name: str, pairs: Sequence[tuple[LabelledDraft, Score]], rules: Sequence[tuple[float, bool]] | None = None) -> SplitMetrics:
    """AUC of completeness against `complete` and of tone against `tone_ok`, overall and per language."""
    idx = list(range(len(pairs)))

    def aucs(ix: Sequence[int]) -> dict[str, float | None]:
        ps = [pairs[i] for i in ix]
        known = [(r, s) for r, s in ps if r.labels.complete is not None]
        out = {
            "completeness_auc": auc([s.completeness for _, s in known], [bool(r.labels.complete) for r, _ in known]),
            "tone_auc": auc([s.tone for _, s in ps], [r.labels.tone_ok for r, _ in ps]),
            "n": float(len(ps)),
        }
        if rules is not None:
            out["tone_auc_rules"] = auc([rules[i][0] for i in ix], [pairs[i][0].labels.tone_ok for i in ix])
        return out

    overall = aucs(idx)
    langs = sorted({r.situation.language.value for r, _ in pairs})
    n = len(pairs) or 1
    return SplitMetrics(
        name=name,
        n=len(pairs),
        completeness_auc=overall["completeness_auc"],
        tone_auc=overall["tone_auc"],
        by_language={lang: aucs([i for i in idx if pairs[i][0].situation.language.value == lang]) for lang in langs},
        complete_accuracy=sum(s.complete == r.labels.complete for r, s in pairs if r.labels.complete is not None) / (sum(r.labels.complete is not None for r, _ in pairs) or 1),
        tone_ok_accuracy=sum(s.tone_ok == r.labels.tone_ok for r, s in pairs) / n,
        tone_auc_rules=overall.get("tone_auc_rules"),
        tone_ok_accuracy_rules=None if rules is None else sum(ok == r.labels.tone_ok for (r, _), (_, ok) in zip(pairs, rules, strict=True)) / n,
        tone_mode=pairs[0][1].tone_mode if pairs else "",
    )


def labelled_report(directory: Path = LABELLED_DIR, *, with_rules: bool = True) -> list[SplitMetrics]:
    """Metrics for every split found (dev, test) in the directory, with the rules-only tone AUC beside."""
    from composer.evaluation import politeness
    from composer.evaluation.hard_vectors import shipped_for

    out = []
    for name in ("dev", "test"):
        path = directory / f"{name}.jsonl"
        if path.is_file():
            rows = load_labelled(path)
            with politeness.shipped(shipped_for(directory, name)):  # the fixed set's vectors, when this model made them
                pairs = scored(rows)
            out.append(split_metrics(name, pairs, rules_tone(rows) if with_rules else None))
    return out


def hard_case_report(directory: Path = HARD_CASES_DIR, splits: Sequence[str] = HARD_CASE_SPLITS) -> list[SplitMetrics]:
    """Tone AUC (full verdict and rules only) on the hard tone cases (evals/tone/), when that set exists.

    Those drafts are labelled for tone only, so only the tone verdict runs on them (no completeness).
    The later held-out sets (v2, v3, ...) are measured on demand, by whoever did not tune on them.
    """
    from composer.evaluation import politeness
    from composer.evaluation.hard_vectors import shipped_for
    from composer.evaluation.tone import tone_verdict

    out = []
    for name in splits:
        path = directory / f"{name}.jsonl"
        if not path.is_file():
            continue
        rows = load_labelled(path)
        with politeness.shipped(shipped_for(directory, name)):  # the seen set's vectors, when this model made them
            full = [tone_verdict(r.situation, r.subject, r.body) for r in rows]
        rules = [tone_verdict(r.situation, r.subject, r.body, mode="rules") for r in rows]

        def aucs(ix: Sequence[int]) -> dict[str, float | None]:
            y = [rows[i].labels.tone_ok for i in ix]
            return {"completeness_auc": None, "tone_auc": auc([full[i].score for i in ix], y), "tone_auc_rules": auc([rules[i].score for i in ix], y), "n": float(len(ix))}

        idx = list(range(len(rows)))
        overall = aucs(idx)
        n = len(rows) or 1
        out.append(SplitMetrics(
            name=name, n=len(rows), completeness_auc=None, tone_auc=overall["tone_auc"],
            by_language={lang: aucs([i for i in idx if rows[i].situation.language.value == lang]) for lang in sorted({r.situation.language.value for r in rows})},
            complete_accuracy=0.0, tone_ok_accuracy=sum(v.ok == r.labels.tone_ok for v, r in zip(full, rows, strict=True)) / n,
            tone_auc_rules=overall["tone_auc_rules"], tone_ok_accuracy_rules=sum(v.ok == r.labels.tone_ok for v, r in zip(rules, rows, strict=True)) / n,
            tone_mode=full[0].mode if full else "",
        ))
    return out


def calibrate_tone_threshold(directory: Path = LABELLED_DIR) -> float:
    """Re-derive `tone.TONE_OK_THRESHOLD` from the dev split only (never from test)."""
    pairs = scored(load_labelled(directory / "dev.jsonl"))
    return calibrate_threshold([s.tone for _, s in pairs], [r.labels.tone_ok for r, _ in pairs])


def dump(rows: Iterable[dict[str, object]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m composer.evaluation.labelled --split v3`: tone AUC per language on one hard-case split."""
    import argparse

    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("--split", action="append", help="hard-case split(s) under evals/tone/ (default: all)")
    args = ap.parse_args(argv)
    for m in hard_case_report(splits=args.split or HARD_CASE_SPLITS):
        print(f"== {m.name} ({m.n} drafts, mode {m.tone_mode}): tone AUC {m.tone_auc:.3f} (rules only {m.tone_auc_rules:.3f}); "
              f"tone_ok agrees with the label {m.tone_ok_accuracy:.0%} (rules only {m.tone_ok_accuracy_rules:.0%})")
        for lang, a in m.by_language.items():
            print(f"   {lang}: AUC {a['tone_auc']:.3f} (rules {a['tone_auc_rules']:.3f}), n={int(a['n'] or 0)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
