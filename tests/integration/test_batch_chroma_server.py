"""Beyond one machine: TACTFUL_CHROMA_URL points every worker at one Chroma server (`chroma run` on 127.0.0.1).

`tactful index` fills the server, then `tactful batch` drafts through it; the drafts equal those made with
the embedded store (same corpus, same embedder), and the embedded store is never touched.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from composer.batch import read_output
from composer.config import REPO_DIR, get_settings
from composer.retrieval import clear_cache, load_corpus
from composer.samples import make_situations

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `chroma run` on 127.0.0.1 for this module."""
    exe = Path(sys.executable).with_name("chroma")
    if not exe.exists():
        pytest.skip("the chroma server CLI is not installed")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = tmp_path_factory.mktemp("chroma-server")
    proc = subprocess.Popen(
        [str(exe), "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={"ANONYMIZED_TELEMETRY": "False", "PATH": "/usr/bin:/bin"},
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    pytest.skip("chroma server did not start")
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def tactful(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "composer", *args], env={**os.environ, **env}, cwd=REPO_DIR,
        capture_output=True, text=True, timeout=600, check=False,
    )


def test_index_then_batch_through_a_chroma_server(chroma_server: str, tmp_path: Path) -> None:
    unusable = tmp_path / "not-a-store"
    unusable.write_text("the embedded store must not be used")  # a file: opening a store here would fail
    server_env = {"TACTFUL_CHROMA_URL": chroma_server, "TACTFUL_CHROMA_PATH": str(unusable)}

    p = tactful("index", **server_env)
    passages = len(load_corpus(REPO_DIR / "corpus"))
    assert p.returncode == 0, p.stderr
    assert f"({passages} passages)" in p.stdout and chroma_server in p.stdout
    assert tactful("index", **server_env).stdout.startswith(f"index: 0 added, 0 updated, 0 removed, {passages} unchanged")

    rows = make_situations(25, seed=5)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    via_server, embedded = tmp_path / "server.jsonl", tmp_path / "embedded.jsonl"
    p = tactful("batch", str(src), "-o", str(via_server), **server_env)
    assert p.returncode == 0, p.stderr
    assert "batch: 25 items, 25 ok, 0 failed" in p.stderr
    p = tactful("batch", str(src), "-o", str(embedded))
    assert p.returncode == 0, p.stderr
    assert list(read_output(via_server)) == list(read_output(embedded))


def test_draft_api_through_a_chroma_server(chroma_server: str) -> None:
    from composer.api import draft

    clear_cache()
    try:
        settings = get_settings(chroma_url=chroma_server)
        d = draft(make_situations(6, seed=2)[5], settings=settings)
        assert d.writer == "builtin" and d.guidance
        assert all(p.topic.value == "cancellation" or p.topic.value == "avoidance" for p in d.guidance)
    finally:
        clear_cache()
