"""`tactful batch --provider-batch` against the fake server's Files and Batch endpoints on 127.0.0.1.

The real openai client uploads, creates, polls and downloads; the fake answers each request the way its chat
route would (replies.good), so the merged drafts must equal what the LLM writer makes one call at a time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from composer import api
from composer.api import as_situation
from composer.batch import load_items, read_output, run_batch
from composer.cli import app
from composer.config import Settings
from composer.errors import EndpointError, FileInputError
from composer.llm.client import forget_modes
from composer.llm.prompting import build_messages, with_format
from composer.batch.provider import pending, run_provider_batch, state_path
from composer.samples import make_situations
from composer.writers.llm import LLMWriter
from tests.llm.conftest import FakeRetriever, endpoint_settings
from tests.support.fake_batches import FakeOpenAIWithBatches
from tests.support.fake_openai import FakeOpenAI, Recorded, server_error
from tests.support.replies import good

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


@pytest.fixture
def settings(fake: FakeOpenAIWithBatches) -> Settings:
    return endpoint_settings(fake.base_url)


def source(tmp_path: Path, rows: list[Any], name: str = "in.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows), encoding="utf-8")
    return path


def rows(n: int) -> list[dict[str, Any]]:
    return make_situations(n, seed=21)


def uploaded(fake: FakeOpenAIWithBatches) -> list[list[dict[str, Any]]]:
    return [[json.loads(x) for x in f.content.decode().splitlines()] for f in fake.batches.files.values() if f.purpose == "batch"]


def test_drafts_match_the_writer_and_every_item_ends_once(fake: FakeOpenAIWithBatches, settings: Settings, tmp_path: Path) -> None:
    data = rows(10)
    data.insert(4, {**data[0], "id": "bad", "intent": "vanish"})  # refused locally, never submitted
    items = load_items(source(tmp_path, data))
    fake.batches.line_errors["item-000006"] = ("server_error", "the provider lost this one")

    def handler(req: Recorded):  # type: ignore[no-untyped-def]
        return server_error() if data[8]["recipient_name"] in req.user and data[8]["meeting"] in req.user else good(req)

    fake.batches.handler = handler
    fake.batches.polls = 3
    retriever = FakeRetriever()
    out = tmp_path / "out.jsonl"
    summary = run_provider_batch(items, out, settings=settings, retriever=retriever, **NO_WAIT)

    (requests,) = uploaded(fake)
    assert [r["custom_id"] for r in requests] == [d["id"] for d in data if d["id"] != "bad"]
    first = requests[0]
    assert first["method"] == "POST" and first["url"] == "/v1/chat/completions"
    s0 = as_situation(data[0])
    want = with_format(build_messages(s0, FakeRetriever().retrieve(s0, k=settings.top_k)), "json")
    assert [(m["role"], m["content"]) for m in first["body"]["messages"]] == want  # the writer's own prompt
    assert first["body"]["model"] == "fake-model" and first["body"]["response_format"]["type"] == "json_schema"
    (batch,) = fake.batches.created()
    assert batch["completion_window"] == "24h" and batch["endpoint"] == "/v1/chat/completions"
    assert fake.batches.calls.count(("GET", f"/v1/batches/{batch['id']}")) == 3  # polled until done

    got = list(read_output(out))
    assert [g["id"] for g in got] == [d["id"] for d in data]  # input order, each once
    errors = {g["id"]: g["error"] for g in got if g["error"]}
    assert set(errors) == {"bad", "item-000006", data[8]["id"]}
    assert "intent: 'vanish' is not allowed" in errors["bad"]
    assert "server_error: the provider lost this one" in errors["item-000006"]
    assert "HTTP 500" in errors[data[8]["id"]]
    assert summary.ok == 8 and summary.failed == 3 and summary.tokens > 0

    # The same items through the LLM writer one call at a time give the same records.
    fake.handler = handler
    sync = tmp_path / "sync.jsonl"
    writer = LLMWriter(settings)
    run_batch(items, sync, lambda d: api.draft(d, writer=writer, retriever=retriever, settings=settings), concurrency=4)
    by_id = {r["id"]: r for r in read_output(sync)}
    for g in got:
        if not g["error"]:
            assert g == by_id[g["id"]]
    state = json.loads(state_path(out).read_text())
    assert state["parts"][0]["batch_id"] == batch["id"] and state["parts"][0]["merged"] is True


def test_csv_output_holds_the_same_records(fake: FakeOpenAIWithBatches, settings: Settings, tmp_path: Path) -> None:
    items = load_items(source(tmp_path, rows(6)))
    run_provider_batch(items, tmp_path / "o.jsonl", settings=settings, retriever=FakeRetriever(), **NO_WAIT)
    run_provider_batch(items, tmp_path / "o.csv", settings=settings, retriever=FakeRetriever(), **NO_WAIT)
    assert list(read_output(tmp_path / "o.csv")) == list(read_output(tmp_path / "o.jsonl"))


class Killed(BaseException):
    """Stands for SIGKILL: nothing after it runs, and nothing catches it."""


class KillAt:
    """The openai client, except that the n-th call of `method` is killed (after the call, when `after`)."""

    def __init__(self, real: Any, method: str, *, n: int = 1, after: bool = True) -> None:
        self.real, self.method, self.n, self.after, self.calls = real, method, n, after, 0

    def __getattr__(self, name: str) -> Any:
        return _Proxy(self, getattr(self.real, name), name)


class _Proxy:
    def __init__(self, killer: KillAt, target: Any, path: str) -> None:
        self.killer, self.target, self.path = killer, target, path

    def __getattr__(self, name: str) -> Any:
        return _Proxy(self.killer, getattr(self.target, name), f"{self.path}.{name}")

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        k = self.killer
        if self.path == k.method:
            k.calls += 1
            if k.calls == k.n and not k.after:
                raise Killed
            result = self.target(*args, **kwargs)
            if k.calls == k.n:
                raise Killed
            return result
        return self.target(*args, **kwargs)


@pytest.mark.parametrize("method,n,after", [
    ("files.create", 1, True),  # uploaded, the file id lost
    ("batches.create", 1, True),  # created, the batch id lost: must be found again, not paid twice
    ("batches.retrieve", 2, False),  # while polling
    ("files.content", 2, True),  # while merging: the output file read, the error file not yet
])
def test_a_kill_at_any_step_resumes_without_paying_twice(
    fake: FakeOpenAIWithBatches, settings: Settings, tmp_path: Path, method: str, n: int, after: bool
) -> None:
    from composer.batch.provider import make_client

    fake.batches.line_errors["item-000003"] = ("server_error", "lost")
    items = load_items(source(tmp_path, rows(8)))
    ref = tmp_path / "ref.jsonl"
    run_provider_batch(items, ref, settings=settings, retriever=FakeRetriever(), **NO_WAIT)
    fake.batches.reset()
    fake.batches.line_errors["item-000003"] = ("server_error", "lost")

    out = tmp_path / "out.jsonl"
    with pytest.raises(Killed):
        run_provider_batch(items, out, settings=settings, retriever=FakeRetriever(), client=KillAt(make_client(settings), method, n=n, after=after), **NO_WAIT)
    with pytest.raises(FileInputError, match="use --resume"):
        run_provider_batch(items, out, settings=settings, retriever=FakeRetriever(), **NO_WAIT)
    run_provider_batch(items, out, settings=settings, retriever=FakeRetriever(), resume=True, **NO_WAIT)

    assert len(fake.batches.created()) == 1  # one batch, however the run was cut
    assert (("GET", "/v1/batches") in fake.batches.calls) == (method == "batches.create")  # listed only to recover
    assert out.read_bytes() == ref.read_bytes()
    assert not list(tmp_path.glob("*.part*.jsonl"))  # request files go once uploaded


def test_no_wait_then_resume_from_the_cli(fake: FakeOpenAIWithBatches, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "test-key")
    monkeypatch.setenv("TACTFUL_MODEL", "fake-model")
    monkeypatch.setattr(api, "get_default_retriever", lambda settings=None: FakeRetriever())
    fake.batches.polls = 2
    src = source(tmp_path, [*rows(5), "{broken"])
    out = tmp_path / "out.csv"
    base = ["batch", str(src), "-o", str(out), "--provider-batch", "--base-url", fake.base_url, "--poll-interval", "0"]
    runner = CliRunner()
    r = runner.invoke(app, [*base, "--no-wait"])
    assert r.exit_code == 0, r.output
    assert "submitted; collect the results later with" in r.output and "--resume" in r.output
    assert [g["id"] for g in read_output(out)] == ["6"]  # only the local failure so far
    state = pending(out)
    assert state is not None and state.status == "in_progress"
    r = runner.invoke(app, [*base, "--resume"])
    assert r.exit_code == 1, r.output  # the broken line
    assert "batch: 6 items, 5 ok, 0 failed, 1 already done (1 of them failed)" in r.output
    assert [g["id"] for g in read_output(out)] == [*(d["id"] for d in rows(5)), "6"]
    assert len(fake.batches.created()) == 1


def test_expired_batch_keeps_what_was_answered(fake: FakeOpenAIWithBatches, settings: Settings, tmp_path: Path) -> None:
    fake.batches.final_status, fake.batches.processed = "expired", 3
    items = load_items(source(tmp_path, rows(7)))
    out = tmp_path / "out.jsonl"
    summary = run_provider_batch(items, out, settings=settings, retriever=FakeRetriever(), **NO_WAIT)
    got = list(read_output(out))
    assert [bool(g["error"]) for g in got] == [False] * 3 + [True] * 4
    assert all("batch_expired" in g["error"] for g in got[3:])
    assert summary.ok == 3 and summary.failed == 4


def test_failed_batch_records_every_item_with_the_reason(fake: FakeOpenAIWithBatches, settings: Settings, tmp_path: Path) -> None:
    fake.batches.final_status = "failed"
    items = load_items(source(tmp_path, rows(4)))
    out = tmp_path / "out.jsonl"
    summary = run_provider_batch(items, out, settings=settings, retriever=FakeRetriever(), **NO_WAIT)
    got = list(read_output(out))
    assert len(got) == 4 and summary.failed == 4
    assert all("failed: invalid_request: injected failure" in g["error"] for g in got)


def test_a_large_input_goes_as_several_batches(fake: FakeOpenAIWithBatches, settings: Settings, tmp_path: Path) -> None:
    items = load_items(source(tmp_path, rows(10)))
    out = tmp_path / "out.jsonl"
    run_provider_batch(items, out, settings=settings, retriever=FakeRetriever(), max_requests=4, **NO_WAIT)
    assert [len(part) for part in uploaded(fake)] == [4, 4, 2]
    assert len(fake.batches.created()) == 3
    assert [g["id"] for g in read_output(out)] == [d["id"] for d in rows(10)]


def test_resuming_with_another_input_is_refused(fake: FakeOpenAIWithBatches, settings: Settings, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run_provider_batch(load_items(source(tmp_path, rows(3))), out, settings=settings, retriever=FakeRetriever(), wait=False, **NO_WAIT)
    other = load_items(source(tmp_path, [{**r, "meeting": "another meeting"} for r in rows(3)], "other.jsonl"))
    with pytest.raises(FileInputError, match="another input"):
        run_provider_batch(other, out, settings=settings, retriever=FakeRetriever(), resume=True, **NO_WAIT)


def test_an_endpoint_without_the_batch_api_says_so(tmp_path: Path) -> None:
    with FakeOpenAI() as plain:
        settings = endpoint_settings(plain.base_url)
        items = load_items(source(tmp_path, rows(2)))
        with pytest.raises(EndpointError, match="has no Files/Batch API .*run `tactful batch` without it"):
            run_provider_batch(items, tmp_path / "out.jsonl", settings=settings, retriever=FakeRetriever(), **NO_WAIT)
