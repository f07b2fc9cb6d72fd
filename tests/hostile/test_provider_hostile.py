"""The provider-batch path against the fake Files/Batch server on 127.0.0.1: a key the provider echoes is hidden
in OUT, on stderr and in the state file; an output line that is not JSON fails its item alone, no traceback."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from composer.batch import load_items, read_output
from composer.batch.provider import make_client, run_provider_batch, state_path
from composer.cli import app
from composer.config import Settings
from composer.llm.client import forget_modes
from composer.samples import make_situations
from tests.llm.conftest import FakeRetriever, endpoint_settings
from tests.support.fake_batches import FakeOpenAIWithBatches
from tests.support.fake_openai import Fault, Recorded
from tests.support.replies import good

KEY = "sk-proj-Zq8vT3xLmN5pR7wY2kD9"
NO_WAIT: dict[str, Any] = {"poll_interval": 0.0, "sleep": lambda s: None}


@pytest.fixture(scope="module")
def server() -> Iterator[FakeOpenAIWithBatches]:
    s = FakeOpenAIWithBatches().start()
    yield s
    s.stop()


@pytest.fixture
def fake(server: FakeOpenAIWithBatches) -> Iterator[FakeOpenAIWithBatches]:
    server.reset()
    forget_modes()
    yield server
    server.reset()


def write(tmp_path: Path, n: int) -> tuple[Path, list[dict[str, Any]]]:
    data = make_situations(n, seed=4)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data), encoding="utf-8")
    return src, data


def echoes(settings: Settings, fake: FakeOpenAIWithBatches, data: list[dict[str, Any]]) -> None:
    """Three kinds of provider error, each echoing the key (whole, masked, as a bearer token)."""
    fake.batches.line_errors[data[0]["id"]] = ("invalid_api_key", f"Incorrect API key provided: {KEY}")
    fake.batches.line_errors[data[1]["id"]] = ("server_error", f"upstream said Authorization: Bearer {KEY}")
    masked = KEY[:8] + "*" * 10 + KEY[-6:]

    def handler(req: Recorded):  # type: ignore[no-untyped-def]
        if data[2]["recipient_name"] in req.user and data[2]["meeting"] in req.user:
            return Fault(401, f"Incorrect API key provided: {masked}. You can find your API key at ...")
        return good(req)

    fake.batches.handler = handler


def assert_no_key(*texts: str) -> None:
    for text in texts:
        assert KEY not in text
        for size in range(8, len(KEY)):  # no long fragment of it either
            assert not any(KEY[i : i + size] in text for i in range(len(KEY) - size + 1)), text


def test_a_key_the_provider_echoes_is_hidden_in_out_state_and_stderr(fake: FakeOpenAIWithBatches, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    src, data = write(tmp_path, 5)
    settings = endpoint_settings(fake.base_url, OPENAI_API_KEY=KEY)
    echoes(settings, fake, data)
    out = tmp_path / "out.jsonl"
    summary = run_provider_batch(load_items(src), out, settings=settings, retriever=FakeRetriever(), **NO_WAIT)
    got = list(read_output(out))
    assert [r["id"] for r in got] == [r["id"] for r in data]
    assert summary.failed == 3 and all(got[i]["error"] for i in range(3))
    assert "[key hidden]" in got[0]["error"] and "[key hidden]" in got[1]["error"]
    assert_no_key(out.read_text(encoding="utf-8"), state_path(out).read_text(encoding="utf-8"), *summary.errors)

    # the CLI's stderr, end to end (its own fake retriever: no store needed)
    fake.batches.files.clear()
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
    monkeypatch.setenv("TACTFUL_MODEL", settings.model)
    monkeypatch.setattr("composer.api.get_default_retriever", lambda settings=None: FakeRetriever())
    out2 = tmp_path / "cli.jsonl"
    result = CliRunner().invoke(app, ["batch", str(src), "-o", str(out2), "--provider-batch", "--poll-interval", "0"])
    assert result.exit_code == 1, result.output
    assert "failed" in result.output and "[key hidden]" in result.output
    assert_no_key(result.output, out2.read_text(encoding="utf-8"), state_path(out2).read_text(encoding="utf-8"))


class Garbling:
    """The real openai client, except that downloaded batch files have one line cut in half (not JSON)."""

    def __init__(self, real: Any, garble: str) -> None:
        self.real, self.garble = real, garble
        self.files = self

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def content(self, file_id: str) -> Any:
        text = self.real.files.content(file_id).text
        lines = [ln[: len(ln) // 2] if self.garble in ln else ln for ln in text.split("\n")]
        return type("Content", (), {"text": "\n".join(lines) + "\nnot json at all\n[1, 2]\n"})()

    def create(self, *args: Any, **kwargs: Any) -> Any:
        return self.real.files.create(*args, **kwargs)


def test_a_non_json_line_in_the_provider_output_fails_its_item_only(fake: FakeOpenAIWithBatches, tmp_path: Path) -> None:
    src, data = write(tmp_path, 4)
    settings = endpoint_settings(fake.base_url)
    out = tmp_path / "out.jsonl"
    client = Garbling(make_client(settings), garble=data[1]["id"])
    summary = run_provider_batch(load_items(src), out, settings=settings, retriever=FakeRetriever(), client=client, **NO_WAIT)
    got = list(read_output(out))
    assert [r["id"] for r in got] == [r["id"] for r in data]  # every item once, in order
    assert [bool(r["error"]) for r in got] == [False, True, False, False]
    assert "not a JSON object" in got[1]["error"]
    assert summary.ok == 3 and summary.failed == 1
