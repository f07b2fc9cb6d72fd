"""The eval report: Markdown for reading in a terminal or a PR, and one self-contained HTML page with inline SVG.

Rendering is pure (strings in, strings out); `write_reports` is the only function that touches the disk.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from composer.evaluation.labelled import SplitMetrics
from composer.evaluation.run import CaseResult, EvalSummary, worst
from composer.models import Intent, Language


@dataclass
class ReportInput:
    """Everything a report shows."""

    writer: str
    summary: EvalSummary
    results: Sequence[CaseResult]
    labelled: Sequence[SplitMetrics]
    min_complete: float
    min_tone: float
    guidance_note: str = ""
    judge: Mapping[str, float | None] | None = None
    generated: str = ""
    hard_cases: Sequence[SplitMetrics] = ()  # evals/tone/ (labelled by someone who did not build the scorer)
    tone_figures: Mapping[str, object] | None = None  # the learned heads' cross-validated figures (weights file)

    @property
    def passed(self) -> bool:
        return self.summary.meets(min_complete=self.min_complete, min_tone=self.min_tone)


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.0f}%"


def _num(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def _failures(r: CaseResult) -> list[str]:
    if r.error:
        return [r.error]
    assert r.score is not None
    return [f"{x.item}: {x.evidence}" for x in r.score.reasons if not x.passed]


# ---------------------------------------------------------------- Markdown


def render_markdown(data: ReportInput) -> str:
    s = data.summary
    out = [
        f"# Tactful eval — writer `{data.writer}`",
        "",
        f"Generated {data.generated}. {data.guidance_note}".strip(),
        "",
        (f"**{'PASS' if data.passed else 'FAIL'}**: complete {_pct(s.complete_rate)} (min {_pct(data.min_complete)}), "
        f"tone ok {_pct(s.tone_ok_rate)} (min {_pct(data.min_tone)}), {s.n} cases, {s.errors} errors."),
        "",
        f"Mean completeness {s.mean_completeness:.3f}, mean tone {s.mean_tone:.3f}.",
        "",
        "## Pass rate by language × intent (complete and tone ok)",
        "",
        "| intent | " + " | ".join(lang.value for lang in Language) + " |",
        "|---|" + "---|" * len(Language),
    ]
    for intent in Intent:
        row = []
        for lang in Language:
            c = s.cells.get((lang.value, intent.value))
            row.append("–" if c is None else f"{c.passed}/{c.n}")
        out.append(f"| {intent.value} | " + " | ".join(row) + " |")
    out += ["", "## Labelled set: how well the scorers separate good from bad drafts (ROC AUC)", ""]
    out += _labelled_md(data.labelled)
    out += ["", "## Tone scorer: agreement with people", ""]
    out += tone_md(data.hard_cases, data.tone_figures)
    if data.judge is not None:
        out += ["", "## LLM judge agreement with the scorers", ""]
        out += [f"- {k}: {_num(v) if isinstance(v, float) else v}" for k, v in data.judge.items()]
    out += ["", "## Worst drafts", ""]
    for r in worst(data.results):
        sc = r.score
        head = f"### {r.id} ({r.situation.language.value}, {r.situation.intent.value}, {r.situation.tone.value})"
        out += [head, ""]
        if sc is not None:
            out.append(f"completeness {sc.completeness:.2f} ({'complete' if sc.complete else 'incomplete'}), tone {sc.tone:.2f} ({'ok' if sc.tone_ok else 'not ok'})")
            out.append("")
        fails = _failures(r)
        out += [f"- {f}" for f in fails] or ["- nothing failed"]
        if r.draft is not None:
            out += ["", "```text", f"Subject: {r.draft.subject}", "", r.draft.body, "```"]
        out.append("")
    return "\n".join(out) + "\n"


def _labelled_md(splits: Sequence[SplitMetrics]) -> list[str]:
    if not splits:
        return ["No labelled set found."]
    out = ["| split | language | n | completeness AUC | tone AUC | tone AUC, rules only |", "|---|---|---|---|---|---|"]
    for m in splits:
        out.append(f"| {m.name} | all | {m.n} | {_num(m.completeness_auc)} | {_num(m.tone_auc)} | {_num(m.tone_auc_rules)} |")
        for lang, v in m.by_language.items():
            out.append(f"| {m.name} | {lang} | {int(v['n'] or 0)} | {_num(v['completeness_auc'])} | {_num(v['tone_auc'])} | {_num(v.get('tone_auc_rules'))} |")
    out.append("")
    out += [f"{m.name}: `complete` agrees with the label on {_pct(m.complete_accuracy)}, `tone_ok` on {_pct(m.tone_ok_accuracy)}"
            + ("" if m.tone_ok_accuracy_rules is None else f" (rules only {_pct(m.tone_ok_accuracy_rules)})") + "." for m in splits]
    return out


WHAT_TONE_MEASURES = (
    "Tone is one verdict (`composer.evaluation.tone.tone_verdict`, also used by the guard): transparent rules "
    "(courtesy, apology, address form, reproach, sarcasm, condescension, shouting, filler, phishing-style asks) plus, "
    "in full mode, a learned politeness/formality signal on multilingual-e5-small sentence embeddings "
    "(TyDiP English, CoCoA-MT fr/it/nl train splits). TACTFUL_TONE=rules uses the rules alone."
)


def tone_md(hard: Sequence[SplitMetrics], figures: Mapping[str, object] | None) -> list[str]:
    """Hard-case AUC per language and the learned heads' cross-validated figures, each with rules only beside."""
    out = [WHAT_TONE_MEASURES, ""]
    if hard:
        out += ["Hard tone cases (evals/tone/, labelled by someone who did not build the scorer): tone ROC AUC.", ""]
        mode = hard[0].tone_mode or "full"  # TACTFUL_TONE=rules measures the rules alone in both columns: said so
        out += [f"| split | language | n | tone AUC ({mode} mode) | tone AUC (rules only) |", "|---|---|---|---|---|"]
        for m in hard:
            out.append(f"| {m.name} | all | {m.n} | {_num(m.tone_auc)} | {_num(m.tone_auc_rules)} |")
            for lang, v in m.by_language.items():
                out.append(f"| {m.name} | {lang} | {int(v['n'] or 0)} | {_num(v['tone_auc'])} | {_num(v.get('tone_auc_rules'))} |")
        out.append("")
    else:
        out += ["No hard tone cases found (evals/tone/dev.jsonl, test.jsonl).", ""]
    if figures:
        f = figures
        folds = f.get("folds", "?")
        out += [f"Learned signal, {folds}-fold cross-validated on the training data (recorded when the weights were trained):", ""]
        out += ["| measure | learned | rules only |", "|---|---|---|"]
        out.append(f"| TyDiP en train, whole verdict AUC (binary quartile rows, each sentence scored as a draft) | {_num(_f(f, 'tydip_verdict_auc_binary_rows'))} | {_num(_f(f, 'tydip_rules_verdict_auc_binary_rows'))} |")
        out.append(f"| TyDiP en train, politeness head alone AUC (all {f.get('tydip_en_train_rows', '?')} rows) | {_num(_f(f, 'tydip_cv_auc_all'))} | {_num(_f(f, 'tydip_rules_auc_all'))} |")
        out.append(f"| TyDiP en train, politeness head alone AUC (binary quartile rows) | {_num(_f(f, 'tydip_cv_auc_binary_rows'))} | {_num(_f(f, 'tydip_rules_auc_binary_rows'))} |")
        verdict, vrules = f.get("cocoa_verdict_pair_accuracy") or {}, f.get("cocoa_rules_verdict_pair_accuracy") or {}
        for key in sorted(verdict):  # type: ignore[union-attr]
            lang, asked = key.split("/")
            side = "formal above informal" if asked == "formal" else "informal above formal"
            out.append(f"| CoCoA-MT {lang} pairs, {asked} asked: {side} (whole verdict; a tie is a miss) | {_num(verdict[key])} | {_num(vrules.get(key))} |")  # type: ignore[index,union-attr]
        learned, rules = f.get("cocoa_cv_pair_accuracy") or {}, f.get("cocoa_rules_pair_accuracy") or {}
        for lang in sorted(learned):  # type: ignore[union-attr]
            out.append(f"| CoCoA-MT {lang} pairs, formality head alone vs address-form rule (a tie counts half) | {_num(learned[lang])} | {_num(rules.get(lang))} |")  # type: ignore[index,union-attr]
        out.append(f"| Labelled dev drafts, `tone_ok` agreement at the threshold (balanced accuracy) | {_num(_f(f, 'dev_balanced_accuracy_full'))} | {_num(_f(f, 'dev_balanced_accuracy_rules'))} |")
        hard_cv = f.get("hard_dev_auc") or {}
        for lang, v in hard_cv.items():  # type: ignore[union-attr]
            out.append(f"| Hard tone cases dev {lang} (n={v.get('n')}), tone AUC with the whole-draft head out-of-fold by scenario | {_num(v.get('full'))} | {_num(v.get('rules'))} |")
        out.append("")
        out.append("Learned figures are out-of-fold: every sentence is scored by heads that never saw it. The whole-draft head is "
                   "fitted on the dev hard cases, so the dev rows of the table above are in-sample for it; the out-of-fold rows here are the honest dev figure.")
    else:
        out.append("Learned signal: no weights file found (rules only).")
    return out


def _f(figures: Mapping[str, object], key: str) -> float | None:
    v = figures.get(key)
    return float(v) if isinstance(v, (int, float)) else None


# ---------------------------------------------------------------- SVG charts


def _colour(rate: float) -> str:
    """Red through amber to green."""
    r = int(220 - 170 * rate) if rate > 0.5 else 220
    g = int(80 + 120 * min(1.0, rate * 2)) if rate <= 0.5 else 190
    return f"rgb({r},{g},90)"


def heatmap_svg(summary: EvalSummary) -> str:
    """Pass rate per language (columns) × intent (rows), with counts in each cell."""
    cw, ch, left, top = 70, 26, 170, 28
    langs, intents = list(Language), list(Intent)
    w, h = left + cw * len(langs) + 10, top + ch * len(intents) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" role="img" aria-label="pass rate by language and intent">']
    for j, lang in enumerate(langs):
        parts.append(f'<text x="{left + j * cw + cw / 2}" y="18" text-anchor="middle" font-size="13" font-weight="bold">{lang.value}</text>')
    for i, intent in enumerate(intents):
        y = top + i * ch
        parts.append(f'<text x="{left - 8}" y="{y + ch / 2 + 4}" text-anchor="end" font-size="12">{intent.value}</text>')
        for j, lang in enumerate(langs):
            c = summary.cells.get((lang.value, intent.value))
            x = left + j * cw
            if c is None or c.n == 0:
                parts.append(f'<rect x="{x}" y="{y}" width="{cw - 2}" height="{ch - 2}" fill="#eee"/>')
                continue
            rate = c.passed / c.n
            parts.append(f'<rect x="{x}" y="{y}" width="{cw - 2}" height="{ch - 2}" fill="{_colour(rate)}"><title>{lang.value} {intent.value}: {c.passed}/{c.n} pass</title></rect>')
            parts.append(f'<text x="{x + cw / 2 - 1}" y="{y + ch / 2 + 4}" text-anchor="middle" font-size="12">{c.passed}/{c.n}</text>')
    parts.append("</svg>")
    return "".join(parts)


def histogram_svg(values: Sequence[float], title: str, *, threshold: float | None = None, bins: int = 10) -> str:
    """A score distribution over [0, 1] in equal bins, with the pass threshold marked."""
    counts = [0] * bins
    for v in values:
        counts[min(bins - 1, int(v * bins))] += 1
    top = max(counts) or 1
    w, h, pad, bw = 360, 170, 30, 30
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" role="img" aria-label="{html.escape(title)}">']
    parts.append(f'<text x="{w / 2}" y="14" text-anchor="middle" font-size="13" font-weight="bold">{html.escape(title)}</text>')
    base = h - 22
    for i, c in enumerate(counts):
        bh = (base - 24) * c / top
        x = pad + i * bw
        parts.append(f'<rect x="{x}" y="{base - bh}" width="{bw - 3}" height="{bh}" fill="#4a78b5"><title>{i / bins:.1f}–{(i + 1) / bins:.1f}: {c}</title></rect>')
        if c:
            parts.append(f'<text x="{x + bw / 2 - 1}" y="{base - bh - 3}" text-anchor="middle" font-size="10">{c}</text>')
    for i in range(0, bins + 1, 2):
        parts.append(f'<text x="{pad + i * bw}" y="{h - 6}" text-anchor="middle" font-size="10">{i / bins:.1f}</text>')
    if threshold is not None:
        x = pad + threshold * bins * bw
        parts.append(f'<line x1="{x}" y1="20" x2="{x}" y2="{base}" stroke="#c33" stroke-dasharray="4 3"/>')
    parts.append(f'<line x1="{pad}" y1="{base}" x2="{pad + bins * bw}" y2="{base}" stroke="#333"/>')
    parts.append("</svg>")
    return "".join(parts)


def render_html(data: ReportInput, *, tone_threshold: float) -> str:
    s = data.summary
    scored = [r.score for r in data.results if r.score is not None]
    esc = html.escape
    verdict = "PASS" if data.passed else "FAIL"
    rows = []
    for m in data.labelled:
        rows.append(f"<tr><td>{m.name}</td><td>all</td><td>{m.n}</td><td>{_num(m.completeness_auc)}</td><td>{_num(m.tone_auc)}</td><td>{_num(m.tone_auc_rules)}</td></tr>")
        for lang, v in m.by_language.items():
            rows.append(f"<tr><td>{m.name}</td><td>{lang}</td><td>{int(v['n'] or 0)}</td><td>{_num(v['completeness_auc'])}</td><td>{_num(v['tone_auc'])}</td><td>{_num(v.get('tone_auc_rules'))}</td></tr>")
    judge = ""
    if data.judge is not None:
        items = "".join(f"<li>{esc(k)}: {_num(v) if isinstance(v, float) else esc(str(v))}</li>" for k, v in data.judge.items())
        judge = f"<h2>LLM judge agreement</h2><ul>{items}</ul>"
    worst_html = []
    for r in worst(data.results):
        fails = "".join(f"<li>{esc(f)}</li>" for f in _failures(r)) or "<li>nothing failed</li>"
        scores = "" if r.score is None else f" — completeness {r.score.completeness:.2f}, tone {r.score.tone:.2f}"
        body = "" if r.draft is None else f"<details><summary>draft</summary><pre>Subject: {esc(r.draft.subject)}\n\n{esc(r.draft.body)}</pre></details>"
        worst_html.append(f"<section><h3>{esc(r.id)} <small>{r.situation.language.value} · {r.situation.intent.value} · {r.situation.tone.value}{scores}</small></h3><ul>{fails}</ul>{body}</section>")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Tactful eval — {esc(data.writer)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{{font-family:system-ui,-apple-system,Segoe UI,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222}}
.verdict{{display:inline-block;padding:.2em .6em;border-radius:4px;color:#fff;background:{'#2a7d3b' if data.passed else '#b3261e'}}}
table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:.25em .6em;text-align:left}}
.charts{{display:flex;flex-wrap:wrap;gap:1em}}pre{{white-space:pre-wrap;background:#f6f6f6;padding:.6em}}small{{color:#666;font-weight:normal}}
</style></head><body>
<h1>Tactful eval — writer <code>{esc(data.writer)}</code></h1>
<p>Generated {esc(data.generated)}. {esc(data.guidance_note)}</p>
<p><span class="verdict">{verdict}</span> complete {_pct(s.complete_rate)} (min {_pct(data.min_complete)}),
tone ok {_pct(s.tone_ok_rate)} (min {_pct(data.min_tone)}), {s.n} cases, {s.errors} errors.</p>
<h2>Pass rate by language × intent</h2>
{heatmap_svg(s)}
<h2>Score distributions</h2>
<div class="charts">{histogram_svg([x.completeness for x in scored], "completeness")}{histogram_svg([x.tone for x in scored], "tone", threshold=tone_threshold)}</div>
<h2>Labelled set (ROC AUC)</h2>
<table><tr><th>split</th><th>language</th><th>n</th><th>completeness AUC</th><th>tone AUC</th><th>tone AUC, rules only</th></tr>{''.join(rows)}</table>
<h2>Tone scorer: agreement with people</h2>
{_md_block_html(tone_md(data.hard_cases, data.tone_figures))}
{judge}
<h2>Worst drafts</h2>
{''.join(worst_html)}
</body></html>
"""


def _md_block_html(lines: Sequence[str]) -> str:
    """The tone section's Markdown lines as HTML: pipe tables become tables, other lines paragraphs (all escaped)."""
    out: list[str] = []
    table: list[list[str]] = []

    def flush() -> None:
        if table:
            head, *body = table
            out.append("<table><tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in head) + "</tr>"
                       + "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in body) + "</table>")
            table.clear()

    for line in lines:
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not all(set(c) <= {"-"} for c in cells):
                table.append(cells)
            continue
        flush()
        if line.strip():
            out.append(f"<p>{html.escape(line.replace('`', ''))}</p>")
    flush()
    return "".join(out)


def write_reports(data: ReportInput, directory: Path, *, tone_threshold: float) -> tuple[Path, Path]:
    """Write `eval-<writer>-<time>.md` and `.html` into the directory; returns both paths."""
    directory.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    if not data.generated:
        data.generated = now.strftime("%Y-%m-%d %H:%M UTC")
    stem = f"eval-{data.writer.replace('/', '_')}-{now.strftime('%Y%m%d-%H%M%S')}"
    md, page = directory / f"{stem}.md", directory / f"{stem}.html"
    md.write_text(render_markdown(data), encoding="utf-8")
    page.write_text(render_html(data, tone_threshold=tone_threshold), encoding="utf-8")
    return md, page
