"""Retries happen and stop; Retry-After is honoured; what cannot be retried is one clear EndpointError, without the key."""

from __future__ import annotations

import logging
import socket
import time

import pytest

from composer import api
from composer.config import Settings
from composer.errors import EndpointError
from composer.writers.llm import LLMWriter
from tests.llm.conftest import FakeRetriever, endpoint_settings, make_situation
from tests.support.fake_openai import FakeOpenAI, Fault, Raw, Slow, model_not_found, rate_limited, server_error, unauthorized

S = make_situation("en")


def write(writer: LLMWriter, retriever: FakeRetriever):  # type: ignore[no-untyped-def]
    return writer.write(S, retriever.retrieve(S))


def test_429_then_success(fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever) -> None:
    fake.push(rate_limited(0))
    result = write(writer, retriever)
    assert result.warnings == [] and result.usage.attempts == 2 and len(fake.chat_requests) == 2


@pytest.mark.parametrize(("fault", "at_least"), [(rate_limited(1), 1.0), (rate_limited(0.3, ms=True), 0.3)])
def test_retry_after_is_respected(fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever, fault: Fault, at_least: float) -> None:
    fake.push(fault)
    write(writer, retriever)
    first, second = fake.chat_requests
    assert second.at - first.at >= at_least  # the backoff alone would be about 0.01 s


def test_500_twice_then_success(fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever) -> None:
    fake.push(server_error(), server_error())
    result = write(writer, retriever)
    assert result.warnings == [] and result.usage.attempts == 3


def test_persistent_500_stops_after_max_retries(fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever) -> None:
    fake.handler = lambda request: server_error()
    with pytest.raises(EndpointError) as info:
        write(writer, retriever)
    assert len(fake.chat_requests) == 3  # max_retries=2: one try and two retries
    message = str(info.value)
    assert fake.base_url in message and "after 3 attempt(s)" in message and "HTTP 500" in message
    assert info.value.status == 500 and info.value.endpoint == fake.base_url


def test_a_timeout_is_retried(fake: FakeOpenAI, retriever: FakeRetriever) -> None:
    writer = LLMWriter(endpoint_settings(fake.base_url, TACTFUL_TIMEOUT=0.3))
    fake.push(Slow(1.5))
    started = time.perf_counter()
    result = write(writer, retriever)
    assert result.usage.attempts == 2 and result.warnings == []
    assert time.perf_counter() - started >= 0.3  # the first try really waited for its timeout (a lower bound only)


def test_timeouts_that_persist_name_the_timeout(fake: FakeOpenAI, retriever: FakeRetriever) -> None:
    writer = LLMWriter(endpoint_settings(fake.base_url, TACTFUL_TIMEOUT=0.2, TACTFUL_MAX_RETRIES=1))
    fake.push(Slow(1), Slow(1))
    with pytest.raises(EndpointError, match=r"after 2 attempt\(s\) \(last: no reply within 0.2 s\)"):
        write(writer, retriever)


@pytest.mark.parametrize(
    "bad",
    [Raw('{"subject": "About the review", "body": "Dear Margaret'), Raw(""), Fault(200, raw_body="{not json")],
    ids=["truncated-json-content", "empty-content", "malformed-http-body"],
)
def test_a_malformed_reply_is_retried(fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever, bad: object) -> None:
    fake.push(bad)
    result = write(writer, retriever)
    assert result.usage.attempts == 2 and result.warnings == []


def test_401_is_one_line_naming_the_endpoint_never_the_key(fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever, caplog: pytest.LogCaptureFixture) -> None:
    fake.handler = unauthorized  # echoes the key it was sent, as OpenAI does
    caplog.set_level(logging.DEBUG)
    with pytest.raises(EndpointError) as info:
        write(writer, retriever)
    message = str(info.value)
    assert message.startswith(f"LLM endpoint {fake.base_url} rejected the API key (HTTP 401)") and "OPENAI_API_KEY" in message
    assert "\n" not in message and "test-key" not in message
    assert info.value.__cause__ is None  # the server's text, which holds the key, is not chained either
    assert len(fake.chat_requests) == 1  # never retried
    assert all("test-key" not in r.getMessage() for r in caplog.records)


def test_404_names_the_model_and_what_to_check(fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever) -> None:
    fake.push(model_not_found())
    with pytest.raises(EndpointError, match="has no model 'fake-model' .*check TACTFUL_MODEL") as info:
        write(writer, retriever)
    assert info.value.status == 404 and len(fake.chat_requests) == 1


def test_out_of_quota_is_not_retried(fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever) -> None:
    fake.push(Fault(429, "You exceeded your current quota.", code="insufficient_quota"))
    with pytest.raises(EndpointError, match="out of quota"):
        write(writer, retriever)
    assert len(fake.chat_requests) == 1


def test_a_dead_endpoint_is_an_error_never_a_silent_fallback(fake: FakeOpenAI, retriever: FakeRetriever) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}/v1"
    settings = endpoint_settings(dead, TACTFUL_MAX_RETRIES=1)
    with pytest.raises(EndpointError, match=rf"LLM endpoint {dead} still failing after 2 attempt\(s\) \(last: connection failed"):
        api.draft(S, settings=settings, retriever=retriever)


def test_the_key_never_reaches_a_message_even_in_a_url(fake: FakeOpenAI, retriever: FakeRetriever) -> None:
    url = fake.base_url.replace("http://", "http://user:sk-secret-password@")
    writer = LLMWriter(endpoint_settings(url, OPENAI_API_KEY="sk-live-abcdef123456"))
    fake.handler = unauthorized
    with pytest.raises(EndpointError) as info:
        write(writer, retriever)
    assert "sk-" not in str(info.value) and "secret" not in str(info.value)
    assert info.value.endpoint == fake.base_url


def test_settings_fixture_points_at_the_fake(settings: Settings, fake: FakeOpenAI) -> None:
    assert settings.openai_base_url == fake.base_url and settings.llm_configured
    assert isinstance(api.get_writer(settings), LLMWriter)
