"""A built wheel carries its data: installed outside the checkout, `tactful` drafts, batches and evals.

The wheel is built from this checkout and installed (without dependencies) into a fresh venv; the
dependencies come from the test venv's site-packages as a plain path entry, so the package itself can
only come from the wheel, never from the git tree. Commands run from an unrelated temp directory.
"""

from __future__ import annotations

import json
import os
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin/ folder of a fresh venv holding only the wheel built from this checkout."""
    tmp = tmp_path_factory.mktemp("wheel")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp / "dist"), str(ROOT)],
                           capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr[-3000:]
    wheel = next((tmp / "dist").glob("tactful_composer-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("composer/data/corpus/vectors.npz", "composer/data/corpus/articles/passages.jsonl",
                   "composer/data/evals/cases/cases.jsonl", "composer/prompts/system.md"):
        assert needed in names, f"{needed} missing from the wheel"
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    py = venv / "bin" / "python"
    inst = subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps", "-q", str(wheel)],
                          capture_output=True, text=True, timeout=600)
    assert inst.returncode == 0, inst.stderr[-3000:]
    purelib = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    # The test venv's third-party packages, as a plain path: its .pth files (our editable install) do not run.
    deps = sysconfig.get_paths()["purelib"]
    Path(purelib, "zz_deps.pth").write_text(deps + "\n", encoding="utf-8")
    return venv / "bin"


def _run(bin_dir: Path, cwd: Path, *args: str, **extra_env: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",) and not k.startswith("OPENAI_")}
    env["TACTFUL_HOME"] = str(cwd / "home")
    env.update(extra_env)
    return subprocess.run([str(bin_dir / "tactful"), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_the_package_comes_from_the_wheel(installed: Path, tmp_path: Path) -> None:
    out = subprocess.run([str(installed / "python"), "-c", "import composer, composer.resources as r; print(composer.__file__); print(r.corpus_dir())"],
                         cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    assert str(ROOT) not in out, out
    assert "site-packages" in out


def test_draft_batch_and_eval_run_from_an_unrelated_directory(installed: Path, tmp_path: Path) -> None:
    situation = json.loads((ROOT / "examples" / "first.json").read_text(encoding="utf-8"))
    (tmp_path / "s.json").write_text(json.dumps(situation, ensure_ascii=False), encoding="utf-8")
    d = _run(installed, tmp_path, "draft", "--json", "s.json", "--format", "json")
    assert d.returncode == 0, d.stderr
    line = json.loads(d.stdout)
    assert line["error"] is None and "Claire" in line["body"] and line["writer"] == "builtin"

    (tmp_path / "in.jsonl").write_text(json.dumps(situation | {"id": "a"}, ensure_ascii=False) + "\n", encoding="utf-8")
    b = _run(installed, tmp_path, "batch", "in.jsonl", "-o", "out.jsonl")
    assert b.returncode == 0, b.stderr
    assert json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))["id"] == "a"

    # Rules-only tone: this test is about the wheel carrying the eval data; the learned reading is measured by the
    # README's `tactful eval` (minutes for ~1,700 hard cases, once in the suite).
    e = _run(installed, tmp_path, "eval", "--min-complete", "0", "--min-tone", "0", TACTFUL_TONE="rules")
    assert e.returncode == 0, e.stderr[-2000:]
    assert list((tmp_path / "tactful-reports").glob("*.md")), "the eval report was not written beside the user"
