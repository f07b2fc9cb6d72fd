"""The human-labelled drafts under evals/labelled/: loading them and measuring the scorers against them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ValidationError

from composer.resources import evals_dir
from composer.errors import FileInputError
from composer.evaluation.metrics import auc, calibrate_threshold
from composer.evaluation.models import Score
from composer.evaluation.scorer import score
from composer.models import Situation

LABELLED_DIR = evals_dir("labelled")


class Labels(BaseModel):
    complete: bool
    tone_ok: bool


class LabelledDraft(BaseModel):
    """One line of evals/labelled/*.jsonl."""

    id: str
    situation: Situation
    subject: str
    body: str
    labels: Labels
    note: str = ""


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
    """AUCs of both scorers on one split, overall and per language, and agreement of the booleans."""

    name: str
    n: int
    completeness_auc: float | None
    tone_auc: float | None
    by_language: dict[str, dict[str, float | None]] = field(default_factory=dict)
    complete_accuracy: float = 0.0
    tone_ok_accuracy: float = 0.0


def scored(rows: Iterable[LabelledDraft], *, tone_threshold: float | None = None) -> list[tuple[LabelledDraft, Score]]:
    kw = {} if tone_threshold is None else {"tone_threshold": tone_threshold}
    return [(r, score(r.situation, r, **kw)) for r in rows]


def split_metrics(name: str, pairs: Sequence[tuple[LabelledDraft, Score]]) -> SplitMetrics:
    """AUC of completeness against `complete` and of tone against `tone_ok`, overall and per language."""

    def aucs(ps: Sequence[tuple[LabelledDraft, Score]]) -> dict[str, float | None]:
        return {
            "completeness_auc": auc([s.completeness for _, s in ps], [r.labels.complete for r, _ in ps]),
            "tone_auc": auc([s.tone for _, s in ps], [r.labels.tone_ok for r, _ in ps]),
            "n": float(len(ps)),
        }

    overall = aucs(pairs)
    langs = sorted({r.situation.language.value for r, _ in pairs})
    n = len(pairs) or 1
    return SplitMetrics(
        name=name,
        n=len(pairs),
        completeness_auc=overall["completeness_auc"],
        tone_auc=overall["tone_auc"],
        by_language={lang: aucs([p for p in pairs if p[0].situation.language.value == lang]) for lang in langs},
        complete_accuracy=sum(s.complete == r.labels.complete for r, s in pairs) / n,
        tone_ok_accuracy=sum(s.tone_ok == r.labels.tone_ok for r, s in pairs) / n,
    )


def labelled_report(directory: Path = LABELLED_DIR) -> list[SplitMetrics]:
    """Metrics for every split found (dev, test) in the directory."""
    out = []
    for name in ("dev", "test"):
        path = directory / f"{name}.jsonl"
        if path.is_file():
            out.append(split_metrics(name, scored(load_labelled(path))))
    return out


def calibrate_tone_threshold(directory: Path = LABELLED_DIR) -> float:
    """Re-derive `tone.TONE_OK_THRESHOLD` from the dev split only (never from test)."""
    pairs = scored(load_labelled(directory / "dev.jsonl"))
    return calibrate_threshold([s.tone for _, s in pairs], [r.labels.tone_ok for r, _ in pairs])


def dump(rows: Iterable[dict[str, object]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
