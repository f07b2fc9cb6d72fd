"""`tactful batch` against the fake server with TACTFUL_RPM / TACTFUL_TPM: the workers share one limit."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from typer.testing import CliRunner

from composer import api
from composer.batch import read_output
from composer.cli import app
from composer.llm.client import forget_modes
from composer.ratelimit import RateLimiter
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


@dataclass
class Grants:
    """When the limiter created its buckets and when it granted each request, on the limiter's own clock.

    Read at the grant itself (under the limiter's lock), not when the server happened to receive the request:
    a loaded machine may deliver granted requests in a bunch, but it can never make the limiter grant early.
    """

    created: list[float] = field(default_factory=list)
    at: list[float] = field(default_factory=list)
    _last: threading.local = field(default_factory=threading.local)

    def clock(self) -> float:
        self._last.t = time.monotonic()
        return self._last.t


@pytest.fixture
def grants(monkeypatch: pytest.MonkeyPatch) -> Grants:
    rec = Grants()
    init, acquire = RateLimiter.__init__, RateLimiter.acquire

    def recording_init(self: RateLimiter, **kw: object) -> None:
        init(self, **{"clock": rec.clock, **kw})  # type: ignore[arg-type]
        rec.created.append(rec._last.t)

    def recording_acquire(self: RateLimiter) -> int:
        reserved = acquire(self)
        rec.at.append(rec._last.t)  # this thread's last clock read is the one the grant was decided on
        return reserved

    monkeypatch.setattr(RateLimiter, "__init__", recording_init)
    monkeypatch.setattr(RateLimiter, "acquire", recording_acquire)
    return rec


def test_requests_per_minute_hold_across_eight_workers(fake: FakeOpenAI, grants: Grants, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TACTFUL_RPM", "300")  # 5 a second
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(app, ["batch", str(source(tmp_path, 16)), "-o", str(out), "--concurrency", "8"])
    assert r.exit_code == 0, r.output
    assert len(fake.chat_requests) == 16 and len(grants.created) == 1 and len(grants.at) == 16
    # From an empty bucket at 5 a second, the k-th request can be granted no sooner than k/5 s after the start,
    # however the eight workers race: 16 requests take at least 3.2 s, whatever the machine's speed.
    start = grants.created[0]
    for k, t in enumerate(sorted(grants.at), 1):
        assert t - start >= k / 5 - 1e-6, (k, t - start)
    # and no second ever holds more than the bucket (5) plus what refills in it (5)
    assert most_in_any_second(grants.at) <= 10
    assert "waiting for rate limits" in r.output
    assert len(list(read_output(out))) == 16


def test_tokens_per_minute_learn_the_real_size_of_a_draft(fake: FakeOpenAI, grants: Grants, tmp_path: Path) -> None:
    # The fake server counts a word as a token: a draft here costs ~575. At 34,500 tokens a minute (575 a
    # second) the batch can do about one draft a second, whatever the concurrency.
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(app, ["batch", str(source(tmp_path, 6)), "-o", str(out), "--concurrency", "6", "--tpm", "34500"])
    assert r.exit_code == 0, r.output
    assert len(fake.chat_requests) == 6 and len(grants.created) == 1 and len(grants.at) == 6
    # From an empty bucket at 575 tokens a second, the last draft is granted only once the earlier five (~575 tokens
    # each, learnt from the first) have been paid for: at least ~5 s after the start, on the limiter's own clock.
    assert max(grants.at) - grants.created[0] >= 4.0
    assert "tokens" in r.output and "waiting for rate limits" in r.output
