"""The `tactful` command as a user meets it: drafts, batches, and one clear line for bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from composer.cli import app
from composer.samples import make_situations

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()

FR = {
    "id": "fr-1", "language": "fr", "intent": "reschedule", "recipient_name": "Claire Dubois",
    "sender_name": "Julien Moreau", "meeting": "la revue trimestrielle du compte",
    "meeting_time": "jeudi 14 mars à 10 h", "proposed_times": ["mardi 19 mars à 14 h", "mercredi 20 mars à 9 h 30"],
    "tone": "formal", "relationship": "key",
}


def test_draft_from_flags_text() -> None:
    r = runner.invoke(app, [
        "draft", "--language", "it", "--intent", "shorten", "--recipient", "Giulia Bianchi", "--sender", "Marco Rossi",
        "--meeting", "la revisione del progetto", "--time", "giovedì 14 marzo alle 10:00", "--duration", "30",
        "--tone", "formal", "--relationship", "key",
    ])
    assert r.exit_code == 0, r.output
    assert r.output.startswith("Subject: ")
    assert "Gentile Giulia Bianchi" in r.output and "30" in r.output and "Marco Rossi" in r.output
    assert "Writer: Built-in writer (deterministic, offline): no LLM endpoint configured" in r.output
    assert "Guidance consulted:" in r.output and "come dire di no a un incontro" in r.output  # the Italian article, by title


def test_a_streamed_draft_still_shows_its_subject_and_who_wrote_it(tmp_path: Path) -> None:
    """--stream prints the body as it comes, then the subject and the label every draft carries."""
    f = tmp_path / "s.json"
    f.write_text(json.dumps(FR), encoding="utf-8")
    whole = runner.invoke(app, ["draft", "--json", str(f), "--today", "2024-03-01"])
    streamed = runner.invoke(app, ["draft", "--json", str(f), "--today", "2024-03-01", "--stream"])
    assert whole.exit_code == streamed.exit_code == 0, streamed.output
    subject = whole.stdout.splitlines()[0]
    assert subject.startswith("Subject: ") and subject in streamed.stdout.splitlines()
    assert "Writer: Built-in writer (deterministic, offline): no LLM endpoint configured" in streamed.stdout
    assert "Guidance consulted:" in streamed.stdout
    body = whole.stdout.split("\n", 2)[2].split("\n---", 1)[0]
    assert streamed.stdout.startswith(body)


def test_draft_json_file_and_json_format(tmp_path: Path) -> None:
    f = tmp_path / "s.json"
    f.write_text(json.dumps(FR), encoding="utf-8")
    r = runner.invoke(app, ["draft", "--json", str(f), "--format", "json"])
    assert r.exit_code == 0, r.output
    line = json.loads(r.output)
    assert set(line) == {"id", "subject", "body", "language", "intent", "writer", "warnings", "error"}
    assert line["id"] == "fr-1" and line["error"] is None and line["writer"] == "builtin"
    assert "mardi 19 mars à 14 h" in line["body"] and "vous" in line["body"]


def test_draft_from_stdin() -> None:
    r = runner.invoke(app, ["draft", "--format", "json"], input=json.dumps({**FR, "language": "sv", "meeting": "genomgången",
                      "meeting_time": "torsdag kl. 10", "proposed_times": ["fredag kl. 9"]}))
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["language"] == "sv"


def test_batch_in_order_with_bad_lines(tmp_path: Path) -> None:
    rows = make_situations(12)
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    lines.insert(3, "{broken")
    lines.insert(7, json.dumps({**rows[0], "id": "bad-intent", "intent": "ghost"}))
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = runner.invoke(app, ["batch", str(src), "-o", str(out)])
    assert r.exit_code == 1  # some lines failed
    got = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(got) == 14
    assert [g["id"] for g in got][:4] == ["item-000000", "item-000001", "item-000002", "4"]
    assert sum(g["error"] is not None for g in got) == 2
    assert "batch: 14 items, 12 ok, 2 failed" in r.output


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ}
    return subprocess.run([sys.executable, "-m", "composer", *args], input=stdin, capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)


@pytest.mark.parametrize("args,stdin,needle", [
    (["draft", "--json", "/nonexistent/s.json"], None, "no such file"),
    (["draft", "--format", "json"], "", "empty input"),
    (["draft"], "{not json", "malformed JSON"),
    (["draft"], json.dumps({**FR, "intent": "vanish"}), "intent: 'vanish' is not allowed (allowed: 'decline'"),
    (["draft"], json.dumps({**FR, "language": "de"}), "language: 'de' is not allowed (allowed: 'fr', 'it', 'nl', 'sv', 'en')"),
    (["draft"], json.dumps({k: v for k, v in FR.items() if k != "recipient_name"}), "recipient_name: field required"),
    (["draft"], json.dumps({**FR, "intent": "delegate"}), "colleague_name is required when intent is 'delegate'"),
    (["draft", "--language", "xx"], None, "Invalid value for '--language'"),
    (["batch", "/nonexistent.jsonl", "-o", "/tmp/never.jsonl"], None, "no such file"),
])
def test_bad_input_is_one_clear_line(args: list[str], stdin: str | None, needle: str) -> None:
    p = _run(*args, stdin=stdin)
    assert p.returncode != 0
    assert "Traceback" not in p.stderr
    lines = [x for x in p.stderr.splitlines() if x.strip()]
    assert len(lines) == 1, p.stderr
    assert needle in lines[0], lines[0]


def test_not_utf8_batch(tmp_path: Path) -> None:
    src = tmp_path / "latin1.jsonl"
    src.write_bytes(json.dumps(FR, ensure_ascii=False).encode("latin-1") + b"\n")
    p = _run("batch", str(src), "-o", str(tmp_path / "o.jsonl"))
    assert p.returncode == 1 and "not UTF-8" in p.stderr and "Traceback" not in p.stderr
    assert not (tmp_path / "o.jsonl").exists()  # refused before any work


def test_python_dash_m_and_help() -> None:
    p = _run("--help")
    assert p.returncode == 0 and "draft" in p.stdout and "batch" in p.stdout and "index" in p.stdout


def test_variants_and_refine(tmp_path: Path) -> None:
    sit = tmp_path / "s.json"
    sit.write_text(json.dumps({**FR, "intent": "decline", "duration_minutes": 30}), encoding="utf-8")
    r = runner.invoke(app, ["variants", "--json", str(sit), "--n", "3", "--format", "json"])
    assert r.exit_code == 0, r.output
    bodies = [json.loads(x)["body"] for x in r.output.splitlines()]
    assert len(bodies) == 3 and len(set(bodies)) == 3  # three different approaches

    first = tmp_path / "d.json"
    first.write_text(r.output.splitlines()[0], encoding="utf-8")
    r = runner.invoke(app, ["refine", "--draft", str(first), "--json", str(sit), "-i", "shorter", "--format", "json"])
    assert r.exit_code == 0, r.output
    shorter = json.loads(r.output)["body"]
    assert len(shorter.split()) < len(bodies[0].split()) and "Claire Dubois" in shorter

    r = runner.invoke(app, ["refine", "--draft", str(first), "--json", str(sit), "-i", "make it rhyme"])
    assert r.exit_code == 0 and "cannot apply 'make it rhyme'" in r.output  # said, not faked


def test_the_example_draft_is_what_the_built_in_writer_writes_today(tmp_path: Path) -> None:
    """examples/draft.json is what the README refines; if the phrasebooks change and it goes stale, the built-in
    writer takes it for a user's edit and `tactful refine` (as the README shows it) refuses. Regenerate with
    `tactful draft --json examples/first.json --format json --today 2027-03-01 > examples/draft.json`."""
    r = runner.invoke(app, ["draft", "--json", str(ROOT / "examples/first.json"), "--format", "json", "--today", "2027-03-01"])
    assert r.exit_code == 0, r.output
    now = json.loads(r.stdout)
    kept = json.loads((ROOT / "examples/draft.json").read_text(encoding="utf-8"))
    assert (kept["subject"], kept["body"]) == (now["subject"], now["body"])
    refined = runner.invoke(app, ["refine", "--draft", str(ROOT / "examples/draft.json"), "--json", str(ROOT / "examples/first.json"), "-i", "warmer"])
    assert refined.exit_code == 0, refined.output


def test_a_bad_reference_date_in_the_environment_says_the_form_and_an_empty_one_means_unset(tmp_path: Path) -> None:
    """TACTFUL_TODAY=tomorrow names the variable and the form it wants; `TACTFUL_TODAY=` is the real today, not an error."""
    f = tmp_path / "s.json"
    f.write_text(json.dumps(FR), encoding="utf-8")
    run = lambda value: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "composer", "draft", "--json", str(f)], capture_output=True, text=True,
        env={**os.environ, "TACTFUL_TODAY": value}, cwd=ROOT, timeout=120)
    bad = run("tomorrow")
    assert bad.returncode != 0
    assert bad.stderr.strip().splitlines() == [
        "tactful: setting TACTFUL_TODAY='tomorrow' is not allowed (a date written YYYY-MM-DD, e.g. 2026-03-01)"
    ]
    ok = run("")
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("Subject: ")
