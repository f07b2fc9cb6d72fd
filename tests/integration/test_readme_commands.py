"""Every `tactful ...` command the README shows runs as written through the installed console script.

The command lines are collected from the README's code blocks, so a documented command or flag that
disappears (as `score` and `eval` once did in a merge) fails here. Each runs in a temp dir holding a copy
of `examples/`, in README order, with the real `tactful` script on PATH. Commands that need a key or a
server the test cannot provide are run as `--help`, and every flag they use must appear in that help.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
BIN = Path(sys.executable).parent
NEEDS_ENDPOINT = ("--provider-batch", "--judge", "TACTFUL_CHROMA_URL", "OPENAI_")


def _blocks(text: str) -> list[str]:
    """The shell code blocks (```bash, ```sh or bare ```), fence by fence."""
    blocks: list[str] = []
    lang: str | None = None
    lines: list[str] = []
    for line in text.splitlines():
        if line.startswith("```"):
            if lang is None:
                lang, lines = line[3:].strip(), []
            else:
                if lang in ("", "bash", "sh", "console"):
                    blocks.append("\n".join(lines) + "\n")
                lang = None
        elif lang is not None:
            lines.append(line)
    return blocks


def readme_commands(text: str | None = None) -> list[str]:
    """The shell lines of the README's code blocks that run `tactful` (continuations joined, comments cut)."""
    text = README.read_text(encoding="utf-8") if text is None else text
    out: list[str] = []
    for block in _blocks(text):
        joined = re.sub(r"\\\n\s*", " ", block)
        for line in joined.splitlines():
            line = line.strip()
            if line.startswith("export ") or line.startswith("#"):
                continue
            code = _strip_comment(line)
            if re.search(r"(^|[|&;]\s*|\s)(tactful|python -m composer)\s", code + " "):
                out.append(code)
    return out


def _strip_comment(line: str) -> str:
    """The line without a trailing `# comment`; a # inside quotes stays."""
    quote = ""
    for i, ch in enumerate(line):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and (i == 0 or line[i - 1].isspace()):
            return line[:i].rstrip()
    return line


def _tactful_parts(line: str) -> list[list[str]]:
    """Each `tactful ...` invocation in a line (split on && and |), as argv without the program name."""
    parts = []
    for segment in re.split(r"\s*(?:&&|\|)\s*", line):
        words = shlex.split(segment)
        while words and re.match(r"^[A-Z_]+=", words[0]):
            words = words[1:]
        if words[:1] == ["tactful"]:
            parts.append(words[1:])
        elif words[:3] == ["python", "-m", "composer"]:
            parts.append(words[3:])
    return parts


def test_the_readme_documents_the_main_commands() -> None:
    """The collector itself works: a README with no commands would make the test below vacuous."""
    cmds = readme_commands()
    subcommands = {p[0] for line in cmds for p in _tactful_parts(line) if p}
    assert {"index", "draft", "batch", "score", "eval", "variants", "refine"} <= subcommands, subcommands


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "examples", d / "examples")
    return d


def _env(workdir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "TACTFUL_CHROMA"))}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env["TACTFUL_HOME"] = str(workdir / "home")
    env["PYTHONPATH"] = ""  # the installed package, not the checkout on sys.path
    return env


# Only a guard against a hung command, never a speed verdict: a loaded 2-core machine may take many minutes.
HANG = 3600


@pytest.mark.slow
@pytest.mark.parametrize("line", readme_commands())
def test_readme_command_runs_as_written(line: str, workdir: Path) -> None:
    assert shutil.which("tactful", path=str(BIN)), "the tactful console script is not installed"
    env = _env(workdir)
    if "&&" in line:  # `. .venv/bin/activate && tactful index && streamlit run app.py`: the tactful parts
        line = " && ".join(seg for seg in re.split(r"\s*&&\s*", line) if seg.startswith("tactful"))
    if any(marker in line for marker in NEEDS_ENDPOINT) or "..." in line:
        for argv in _tactful_parts(line):
            help_run = subprocess.run([str(BIN / "tactful"), *argv[:1], "--help"], cwd=workdir, env=env,
                                      capture_output=True, text=True, timeout=HANG)
            assert help_run.returncode == 0, f"{line!r}: `tactful {argv[0]} --help` failed:\n{help_run.stderr}"
            for flag in (a.split("=")[0] for a in argv[1:] if a.startswith("--")):
                assert flag in help_run.stdout, f"{line!r}: {flag} is not an option of `tactful {argv[0]}`"
        return
    # The commands run in README order in one folder, as a user pastes them: an output an earlier command
    # made is still there, so a README that reuses an output name (batch refuses to overwrite) fails here.
    run = subprocess.run(["bash", "-c", line], cwd=workdir, env=env, capture_output=True, text=True, timeout=HANG)
    assert run.returncode == 0, f"{line!r} exited {run.returncode}:\n{run.stdout[-2000:]}\n{run.stderr[-2000:]}"
    assert "Traceback" not in run.stderr, run.stderr
