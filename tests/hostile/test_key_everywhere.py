"""A key a provider echoes never leaves the process: planted in every kind of provider error, on every path.

The loopback fake answers with errors that carry the key whole, masked ("sk-proj-****…"), or as a bearer
token; drafting, streaming, variants, refining, batches (output file and stderr), the judge and the page's
messages must show none of it, nor any long fragment of it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from composer.cli import app
from composer.config import get_settings
from composer.errors import TactfulError
from composer.llm.client import forget_modes
from composer.samples import make_situations
from tests.support.fake_openai import Fault, FakeOpenAI, Recorded

KEY = "sk-proj-Zq8vT3xLmN5pR7wY2kD9"
MASKED = KEY[:8] + "*" * 10 + KEY[-6:]
ECHOES = {
    "whole": lambda: Fault(401, f"Incorrect API key provided: {KEY}. You can find your API key at ...", code="invalid_api_key"),
    "masked": lambda: Fault(401, f"Incorrect API key provided: {MASKED}.", code="invalid_api_key"),
    "bearer": lambda: Fault(400, f"bad request; upstream headers were Authorization: Bearer {KEY}"),
    "field": lambda: Fault(403, f'{{"api_key": "{KEY}", "detail": "forbidden"}}'),
}


@pytest.fixture(scope="module")
def server() -> Iterator[FakeOpenAI]:
    s = FakeOpenAI().start()
    yield s
    s.stop()


@pytest.fixture(params=sorted(ECHOES))
def echo(request: pytest.FixtureRequest, server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[str]:
    server.reset()
    forget_modes()
    make = ECHOES[request.param]
    server.handler = lambda req: make()  # type: ignore[assignment]
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.setenv("TACTFUL_MAX_RETRIES", "0")
    monkeypatch.setenv("TACTFUL_HOME", str(tmp_path / "home"))
    yield request.param
    server.reset()


def assert_no_key(*texts: str) -> None:
    for text in texts:
        assert KEY not in text
        for size in range(8, len(KEY)):
            assert not any(KEY[i : i + size] in text for i in range(len(KEY) - size + 1)), text


def _situation(tmp_path: Path) -> Path:
    path = tmp_path / "s.json"
    path.write_text(json.dumps(make_situations(1, seed=3)[0], ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("args", [["draft"], ["draft", "--format", "json"], ["draft", "--stream"], ["variants", "--n", "2"]])
def test_cli_paths_hide_the_key(echo: str, args: list[str], tmp_path: Path) -> None:
    result = CliRunner().invoke(app, [*args, "--json", str(_situation(tmp_path))])
    assert result.exit_code != 0
    assert_no_key(result.output, str(result.exception or ""))


def test_refine_hides_the_key(echo: str, tmp_path: Path) -> None:
    draft = tmp_path / "d.json"
    draft.write_text(json.dumps({"subject": "Hello", "body": "Dear Ann,\n\nA body.\n\nBest,\nTom"}), encoding="utf-8")
    result = CliRunner().invoke(app, ["refine", "--draft", str(draft), "--json", str(_situation(tmp_path)), "-i", "warmer"])
    assert result.exit_code != 0
    assert_no_key(result.output)


def test_batch_output_and_stderr_hide_the_key(echo: str, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in make_situations(3, seed=5)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["batch", str(src), "-o", str(out)])
    assert result.exit_code == 1
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 3 and all(r["error"] for r in records)
    assert_no_key(result.output, out.read_text(encoding="utf-8"))


def test_judge_and_page_messages_hide_the_key(echo: str) -> None:
    from composer.evaluation.judge import judge
    from composer.service import as_situation
    from composer.ui import session as ss

    settings = get_settings()
    s = as_situation(make_situations(1, seed=3)[0])
    with pytest.raises(TactfulError) as info:
        judge(s, {"subject": "Hi", "body": "Dear Ann,\n\nText.\n\nBest,\nTom"}, settings=settings)
    assert_no_key(str(info.value), ss.web_error(info.value, settings), ss.endpoint_message(str(info.value), settings))
    # the page's messages for any error text, even one that quotes the key verbatim
    raw = f"upstream: Incorrect API key provided: {KEY}; Authorization: Bearer {KEY}"
    assert_no_key(ss.web_error(RuntimeError(raw), settings), ss.endpoint_message(raw, settings))
