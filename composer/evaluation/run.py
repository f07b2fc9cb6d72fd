"""Drafting every eval case with a writer and scoring it: the data behind `tactful eval` and its report."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from composer.config import Settings
from composer.resources import evals_dir
from composer.retrieval.cache import NoGuidance  # noqa: F401  (re-exported)
from composer.errors import FileInputError, TactfulError
from composer.evaluation.models import Score
from composer.evaluation.scorer import score
from composer.models import Draft, Situation
from composer.writers.base import Retriever, Writer

CASES_DIR = evals_dir("cases")
# Reports go beside the user's work: ./evals/reports in a checkout, else ./tactful-reports.
REPORTS_DIR = Path("evals/reports") if Path("evals/reports").is_dir() else Path("tactful-reports")


def load_cases(directory: Path = CASES_DIR) -> list[Situation]:
    """Every situation in the directory's *.jsonl files, in file then line order; ids must be unique."""
    if not directory.is_dir():
        raise FileInputError(f"{directory}: no such cases directory")
    files = sorted(directory.glob("*.jsonl"))
    if not files:
        raise FileInputError(f"{directory}: no *.jsonl case files")
    out: list[Situation] = []
    seen: set[str] = set()
    for path in files:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                s = Situation.model_validate(json.loads(line))
            except (json.JSONDecodeError, ValidationError) as e:
                raise FileInputError(f"{path}:{n}: not a valid situation ({e})") from e
            sid = s.id or f"{path.stem}-{n}"
            if sid in seen:
                raise FileInputError(f"{path}:{n}: duplicate case id {sid!r}")
            seen.add(sid)
            out.append(s if s.id else s.model_copy(update={"id": sid}))
    return out


def default_retriever(settings: Settings | None) -> tuple[Retriever, str]:
    """The real guidance retriever when it can be opened, else none (and a note saying so)."""
    try:
        from composer.api import get_default_retriever

        return get_default_retriever(settings), "guidance: Chroma retriever"
    except (ImportError, TactfulError, OSError) as e:
        return NoGuidance(), f"guidance: none (retriever unavailable: {e})"


@dataclass
class CaseResult:
    """One case: the draft it produced and its score, or the error that stopped it."""

    situation: Situation
    draft: Draft | None = None
    score: Score | None = None
    error: str | None = None

    @property
    def id(self) -> str:
        return self.situation.id or "?"

    @property
    def passed(self) -> bool:
        return self.score is not None and self.score.complete and self.score.tone_ok


def run_cases(
    cases: Iterable[Situation],
    *,
    writer: Writer,
    retriever: Retriever,
    k: int = 4,
    progress: Callable[[CaseResult], None] | None = None,
    settings: Settings | None = None,
) -> list[CaseResult]:
    """Draft and score each case; a case that fails to draft is recorded and the run goes on.

    Drafting goes through the one service and engine, so TACTFUL_CONCURRENCY and TACTFUL_RPM/TPM hold here too.
    """
    from composer.service import Tactful

    cases = list(cases)
    service = Tactful(settings, writer=writer, retriever=retriever, k=k)
    out = []
    for s, d in zip(cases, service.draft_many(cases), strict=True):
        result = CaseResult(s, error=f"{type(d).__name__}: {d}") if isinstance(d, TactfulError) else CaseResult(s, d, score(s, d))
        out.append(result)
        if progress:
            progress(result)
    return out


@dataclass
class Cell:
    """Pass counts for one language x intent cell."""

    n: int = 0
    complete: int = 0
    tone_ok: int = 0
    passed: int = 0

    def add(self, r: CaseResult) -> None:
        self.n += 1
        if r.score is not None:
            self.complete += r.score.complete
            self.tone_ok += r.score.tone_ok
            self.passed += r.passed


@dataclass
class EvalSummary:
    """What the eval report and the exit code are built from."""

    n: int
    errors: int
    complete_rate: float
    tone_ok_rate: float
    mean_completeness: float
    mean_tone: float
    cells: dict[tuple[str, str], Cell] = field(default_factory=dict)

    def meets(self, *, min_complete: float, min_tone: float) -> bool:
        return self.errors == 0 and self.complete_rate >= min_complete and self.tone_ok_rate >= min_tone


def summarise(results: Sequence[CaseResult]) -> EvalSummary:
    """Pass rates overall and per language x intent (an errored case counts as failed)."""
    cells: dict[tuple[str, str], Cell] = defaultdict(Cell)
    for r in results:
        cells[(r.situation.language.value, r.situation.intent.value)].add(r)
    scored = [r.score for r in results if r.score is not None]
    n = len(results) or 1
    return EvalSummary(
        n=len(results),
        errors=sum(r.error is not None for r in results),
        complete_rate=sum(s.complete for s in scored) / n,
        tone_ok_rate=sum(s.tone_ok for s in scored) / n,
        mean_completeness=sum(s.completeness for s in scored) / (len(scored) or 1),
        mean_tone=sum(s.tone for s in scored) / (len(scored) or 1),
        cells=dict(cells),
    )


def worst(results: Sequence[CaseResult], n: int = 10) -> list[CaseResult]:
    """Errors first, then the lowest combined scores; passing drafts only if nothing else is left."""

    def key(r: CaseResult) -> tuple[int, float]:
        if r.score is None:
            return (0, 0.0)
        return (1 + r.passed, r.score.completeness + r.score.tone)

    return sorted(results, key=key)[:n]
