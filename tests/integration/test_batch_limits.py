"""`tactful batch` against the fake server with TACTFUL_RPM / TACTFUL_TPM: the workers share one limit."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from composer import api
from composer.batch import read_output
from composer.cli import app
from composer.llm.client import forget_modes
from composer.samples import make_situations
from tests.llm.conftest import FakeRetriever
from tests.support.fake_openai import FakeOpenAI


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        forget_modes()
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", "test-key")
        monkeypatch.setenv("TACTFUL_MODEL", "fake-model")
        monkeypatch.setattr(api, "get_default_retriever", lambda settings=None: FakeRetriever())
        yield server
    forget_modes()


def source(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in make_situations(n, seed=12)), encoding="utf-8")
    return path


def most_in_any_second(stamps: list[float]) -> int:
    stamps = sorted(stamps)
    return max(sum(1 for s in stamps if t <= s < t + 1.0) for t in stamps)


def test_requests_per_minute_hold_across_eight_workers(fake: FakeOpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TACTFUL_RPM", "300")  # 5 a second
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(app, ["batch", str(source(tmp_path, 16)), "-o", str(out), "--concurrency", "8"])
    assert r.exit_code == 0, r.output
    stamps = [q.at for q in fake.chat_requests]
    assert len(stamps) == 16
    assert most_in_any_second(stamps) <= 6  # 5 a second, plus at most the one-second bucket
    assert max(stamps) - min(stamps) >= 2.5  # 16 requests at 5/s from an empty bucket
    assert "waiting for rate limits" in r.output
    assert len(list(read_output(out))) == 16


def test_tokens_per_minute_learn_the_real_size_of_a_draft(fake: FakeOpenAI, tmp_path: Path) -> None:
    # The fake server counts a word as a token: a draft here costs ~575. At 34,500 tokens a minute (575 a
    # second) the batch can do about one draft a second, whatever the concurrency.
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(app, ["batch", str(source(tmp_path, 6)), "-o", str(out), "--concurrency", "6", "--tpm", "34500"])
    assert r.exit_code == 0, r.output
    stamps = sorted(q.at for q in fake.chat_requests)
    assert len(stamps) == 6
    assert stamps[-1] - stamps[0] >= 3.0
    assert "tokens" in r.output and "waiting for rate limits" in r.output
