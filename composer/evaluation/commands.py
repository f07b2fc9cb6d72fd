"""`tactful score` and `tactful eval`: typer command functions that parse, call the evaluation API, print.

They return an exit code (0 ok, 1 below thresholds or lines failed) and raise InputError/FileInputError for
bad input; `composer.cli.main` turns both into the process exit. Wire them with
`app.command("score")(score_command)` and `app.command("eval")(eval_command)`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError

from composer.config import get_settings
from composer.errors import FileInputError, InputError, SituationError
from composer.evaluation.run import CASES_DIR, REPORTS_DIR

WRITERS = ("builtin", "llm")


def _items(path: Path, *, drafts: bool = False) -> list[Any]:
    """Lines of a batch file (JSONL or CSV) as batch items; unreadable lines carry their error.

    Drafts in CSV are a batch's output (subject, body, writer...), not situations, so they are read by its header."""
    from composer.batch import detect_format, parse_csv, parse_jsonl, read_text
    from composer.batch.io import parse_drafts_csv

    text = read_text(path)
    if detect_format(path) != "csv":
        return parse_jsonl(text)
    return parse_drafts_csv(text) if drafts else parse_csv(text)


def score_lines(drafts: list[Any], situations: list[Any], *, tone_mode: str | None = None) -> list[dict[str, Any]]:
    """One output line per draft line: the scores, or the reason there are none."""
    from composer.evaluation.scorer import score
    from composer.models import Situation

    known: dict[str, Situation | str] = {}
    for it in situations:
        if it.error or it.data is None:
            known.setdefault(it.id, f"situation line unreadable: {it.error}")
            continue
        try:
            known.setdefault(it.id, Situation.model_validate(it.data))
        except ValidationError as e:
            known.setdefault(it.id, f"situation {it.id!r} is invalid: {SituationError.from_validation(e)}")
    out = []
    for it in drafts:
        line: dict[str, Any] = {"id": it.id}
        data = it.data or {}
        situation = known.get(it.id)
        if it.error or it.data is None:
            line["error"] = it.error or "unreadable line"
        elif data.get("body") in (None, ""):
            line["error"] = f"no draft to score: {data.get('error') or 'empty body'}"
        elif situation is None:
            line["error"] = f"no situation with id {it.id!r} in --situations"
        elif isinstance(situation, str):
            line["error"] = situation
        else:
            s = score(situation, data, tone_mode=tone_mode)
            line.update(
                completeness=s.completeness,
                complete=s.complete,
                tone=s.tone,
                tone_ok=s.tone_ok,
                tone_mode=s.tone_mode,
                reasons=[r.model_dump() for r in s.reasons],
            )
        out.append(line)
    return out


def score_command(
    drafts: Annotated[Path, typer.Argument(help="Drafts to score: batch output lines with id, subject, body (.jsonl or .csv).")],
    situations: Annotated[Path, typer.Option("--situations", "-s", help="The batch input the drafts came from, matched by id.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Where the scores go (.jsonl).")],
    tone: Annotated[str | None, typer.Option("--tone", help="full (rules + learned signal) or rules (fast, no model); default: TACTFUL_TONE or full.")] = None,
) -> int:
    """Score drafts for completeness and tone; a line that cannot be scored gets an error and the rest go on."""
    if output.suffix.lower() not in (".jsonl", ".ndjson", ".json"):
        raise InputError(f"--output: {output} must be a .jsonl file")
    if tone not in (None, "full", "rules"):
        raise InputError(f"--tone: {tone!r} is not allowed (allowed: full, rules)")
    lines = score_lines(_items(drafts, drafts=True), _items(situations), tone_mode=tone)
    try:
        with output.open("w", encoding="utf-8") as f:
            for line in lines:
                f.write(json.dumps(line, ensure_ascii=False) + "\n")
    except OSError as e:
        raise FileInputError(f"{output}: cannot write ({e.strerror or e})") from e
    scored = [x for x in lines if "error" not in x]
    failed = len(lines) - len(scored)
    complete = sum(x["complete"] for x in scored)
    tone_ok = sum(x["tone_ok"] for x in scored)
    typer.echo(f"scored {len(scored)} of {len(lines)} drafts: {complete} complete, {tone_ok} tone ok, {failed} failed -> {output}", err=True)
    return 1 if failed else 0


def _writer(name: str, settings: Any) -> Any:
    if name == "builtin":
        from composer.writers.builtin import BuiltinWriter

        return BuiltinWriter()
    if name == "llm":
        if not settings.llm_configured:
            raise InputError("--writer llm needs an LLM endpoint: set OPENAI_BASE_URL and/or OPENAI_API_KEY (or use --writer builtin)")
        from composer.api import get_writer

        return get_writer(settings)
    raise InputError(f"--writer: {name!r} is not allowed (allowed: {', '.join(WRITERS)})")


def eval_command(
    writer: Annotated[str, typer.Option("--writer", help="builtin or llm (the configured endpoint).")] = "builtin",
    cases: Annotated[Path, typer.Option("--cases", help="Directory of *.jsonl situations.")] = CASES_DIR,
    min_complete: Annotated[float, typer.Option("--min-complete", min=0.0, max=1.0, help="Exit 1 below this share of complete drafts.")] = 0.9,
    min_tone: Annotated[float, typer.Option("--min-tone", min=0.0, max=1.0, help="Exit 1 below this share of tone-ok drafts.")] = 0.9,
    report_dir: Annotated[Path, typer.Option("--report-dir", help="Where the Markdown and HTML reports go.")] = REPORTS_DIR,
    judge: Annotated[bool, typer.Option("--judge/--no-judge", help="Also grade every draft with the LLM judge (needs an endpoint).")] = False,
) -> int:
    """Draft every eval case, score it, write the reports and print a summary; exit 1 below the thresholds."""
    return run_eval(writer=writer, cases=cases, min_complete=min_complete, min_tone=min_tone, report_dir=report_dir, use_judge=judge)


def run_eval(
    *,
    writer: Any = "builtin",
    cases: Path = CASES_DIR,
    min_complete: float = 0.9,
    min_tone: float = 0.9,
    report_dir: Path = REPORTS_DIR,
    use_judge: bool = False,
    retriever: Any = None,
    console: Any = None,
) -> int:
    """The eval command's body; the writer (a name or a Writer), retriever and console can be injected."""
    from rich.console import Console

    from composer.evaluation.labelled import hard_case_report, labelled_report
    from composer.evaluation.politeness import learned_figures
    from composer.evaluation.report import ReportInput, write_reports
    from composer.evaluation.run import (
        default_retriever,
        load_cases,
        run_cases,
        summarise,
    )
    from composer.evaluation.tone import ok_threshold

    for name, value in (("--min-complete", min_complete), ("--min-tone", min_tone)):
        if not 0.0 <= value <= 1.0:
            raise InputError(f"{name}: {value} is not between 0 and 1")
    console = console or Console(file=sys.stdout)
    settings = get_settings()
    chosen = _writer(writer, settings) if isinstance(writer, str) else writer  # a Writer object (tests, notebooks)
    situations = load_cases(cases)
    if retriever is None:
        retriever, note = default_retriever(settings)
    else:
        note = f"guidance: {type(retriever).__name__}"
    def stage(text: str) -> None:  # a long run says where it is (minutes on a busy machine), on stderr
        typer.echo(f"eval: {text}", err=True)

    stage(f"drafting and scoring {len(situations)} cases ({note})")
    results = run_cases(situations, writer=chosen, retriever=retriever, k=settings.top_k, settings=settings)
    summary = summarise(results)
    judged = None
    if use_judge:
        from composer.evaluation.judge import agreement, judge, judge_model

        model = judge_model(settings)
        ok = [r for r in results if r.draft is not None and r.score is not None]
        verdicts = [judge(r.situation, r.draft, model=model) for r in ok]
        judged = agreement(verdicts, [r.score for r in ok])  # type: ignore[misc]
    stage("scoring the labelled drafts")
    labelled = labelled_report()
    stage("scoring the hard tone cases")
    hard = hard_case_report()
    stage("politeness and formality figures (TyDiP, CoCoA-MT train)")
    figures = learned_figures()
    data = ReportInput(
        writer=getattr(chosen, "name", writer),
        summary=summary,
        results=results,
        labelled=labelled,
        hard_cases=hard,
        tone_figures=figures,
        min_complete=min_complete,
        min_tone=min_tone,
        guidance_note=note,
        judge=judged,
    )
    md, page = write_reports(data, report_dir, tone_threshold=ok_threshold(settings.tone_mode))
    _print_summary(console, data, md, page)
    return 0 if data.passed else 1


def _print_summary(console: Any, data: Any, md: Path, page: Path) -> None:
    from rich.table import Table

    from composer.models import Intent, Language

    s = data.summary
    table = Table(title=f"eval: writer {data.writer} — pass = complete and tone ok")
    table.add_column("intent")
    for lang in Language:
        table.add_column(lang.value, justify="center")
    for intent in Intent:
        cells = []
        for lang in Language:
            c = s.cells.get((lang.value, intent.value))
            cells.append("–" if c is None else f"{'[green]' if c.passed == c.n else '[red]'}{c.passed}/{c.n}")
        table.add_row(intent.value, *cells)
    console.print(table)
    for m in data.labelled:
        langs = ", ".join(
            f"{k} {v['completeness_auc']:.2f}/{v['tone_auc']:.2f}" for k, v in m.by_language.items() if v["completeness_auc"] is not None and v["tone_auc"] is not None
        )
        c = "–" if m.completeness_auc is None else f"{m.completeness_auc:.3f}"
        t = "–" if m.tone_auc is None else f"{m.tone_auc:.3f}"
        console.print(f"labelled {m.name} (n={m.n}): AUC completeness {c}, tone {t} ({langs})", markup=False)
    for m in data.hard_cases:
        langs = ", ".join(f"{k} {_n(v['tone_auc'])}/{_n(v.get('tone_auc_rules'))}" for k, v in m.by_language.items())
        console.print(f"hard tone cases {m.name} (n={m.n}): tone AUC full/rules {_n(m.tone_auc)}/{_n(m.tone_auc_rules)} ({langs})", markup=False)
    f = data.tone_figures or {}
    if f:
        rules = f.get("cocoa_rules_verdict_pair_accuracy") or {}
        pairs = ", ".join(f"{k} {_n(v)}/{_n(rules.get(k))}" for k, v in (f.get("cocoa_verdict_pair_accuracy") or {}).items())
        console.print(
            f"learned tone signal ({f.get('folds')}-fold CV, full/rules): TyDiP en politeness AUC {_n(f.get('tydip_verdict_auc_binary_rows'))}/"
            f"{_n(f.get('tydip_rules_verdict_auc_binary_rows'))} (head alone {_n(f.get('tydip_cv_auc_binary_rows'))}); CoCoA pair accuracy (lang/asked) {pairs}",
            markup=False,
        )
    if data.judge is not None:
        console.print("judge agreement: " + ", ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in data.judge.items()))
    verdict = "[green]PASS[/green]" if data.passed else "[red]FAIL[/red]"
    console.print(
        f"{verdict} complete {s.complete_rate:.0%} (min {data.min_complete:.0%}), tone ok {s.tone_ok_rate:.0%} "
        f"(min {data.min_tone:.0%}), {s.n} cases, {s.errors} errors"
    )
    console.print(f"reports: {md}  {page}")


def _n(x: Any) -> str:
    return "–" if not isinstance(x, (int, float)) else f"{x:.3f}"
