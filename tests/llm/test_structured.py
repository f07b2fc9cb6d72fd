"""Structured output: json_schema first, then tool calling, JSON mode and plain text, learnt from the server's 400s."""

from __future__ import annotations

import pytest

from composer.errors import EndpointError
from composer.llm.client import working_mode
from composer.writers.llm import LLMWriter
from tests.llm.conftest import FakeRetriever, make_situation
from tests.support.fake_openai import MODEL, FakeOpenAI, Fault, Raw
from tests.support.replies import write as correct

S = make_situation("nl", tone="friendly", relationship="new")


def draft(writer: LLMWriter, retriever: FakeRetriever):  # type: ignore[no-untyped-def]
    return writer.write(S, retriever.retrieve(S))


def test_json_schema_is_asked_for_first_and_strict(fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever) -> None:
    result = draft(writer, retriever)
    (request,) = fake.chat_requests
    fmt = request.body["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["strict"] is True
    assert fmt["json_schema"]["schema"]["required"] == ["subject", "body"]
    assert "tools" not in request.body and not request.stream
    assert result.warnings == [] and working_mode(fake.base_url, MODEL) == "json_schema"


@pytest.mark.parametrize(
    ("unsupported", "modes", "remembered"),
    [
        ({"json_schema"}, ["json_schema", "tools"], "function_calling"),
        ({"json_schema", "tools"}, ["json_schema", "tools", "json_object"], "json_mode"),
        ({"json_schema", "tools", "json_object"}, ["json_schema", "tools", "json_object", "text"], "text"),
    ],
    ids=["tools", "json_object", "plain-text"],
)
def test_fallbacks_are_tried_in_order_and_remembered(
    fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever, unsupported: set[str], modes: list[str], remembered: str
) -> None:
    fake.unsupported = unsupported
    first = draft(writer, retriever)
    assert [r.mode for r in fake.chat_requests] == modes
    assert first.warnings == [] and first.usage.attempts == len(modes)
    assert working_mode(fake.base_url, MODEL) == remembered

    fake.requests.clear()
    second = LLMWriter(writer.settings).write(S, retriever.retrieve(S))  # a new writer, same endpoint: no more 400s
    assert [r.mode for r in fake.chat_requests] == [modes[-1]] and second.usage.attempts == 1


def test_the_output_format_rule_matches_the_mode(fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever) -> None:
    fake.unsupported = {"json_schema", "tools", "json_object"}
    draft(writer, retriever)
    json_request, text_request = fake.chat_requests[0], fake.chat_requests[-1]
    assert '"subject"' in json_request.system and "JSON object" in json_request.system
    assert 'the first line is "Subject: "' in text_request.system
    assert "response_format" not in text_request.body and "tools" not in text_request.body
    assert json_request.user == text_request.user


def test_tool_call_arguments_are_read(fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever) -> None:
    fake.unsupported = {"json_schema"}
    result = draft(writer, retriever)
    tools_request = fake.chat_requests[-1]
    assert tools_request.body["tool_choice"]["function"]["name"] == "email_draft"
    assert result.body == correct(S).body


def test_a_server_that_ignores_response_format_is_still_understood(fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever) -> None:
    reply = correct(S)
    fake.push(Raw(f"Onderwerp: {reply.subject}\n\n{reply.body}"))
    result = draft(writer, retriever)
    assert (result.subject, result.body) == (reply.subject, reply.body) and result.usage.attempts == 1


def test_json_in_a_code_fence_is_understood(fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever) -> None:
    reply = correct(S)
    fenced = '```json\n{"subject": "%s", "body": %s}\n```' % (reply.subject, __import__("json").dumps(reply.body))
    fake.push(Raw(fenced))
    assert draft(writer, retriever).body == reply.body


def test_an_unrelated_400_is_an_error_not_a_fallback(fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever) -> None:
    fake.push(Fault(400, "This model's maximum context length is 8192 tokens.", code="context_length_exceeded"))
    with pytest.raises(EndpointError, match="rejected the request for model 'fake-model' \\(HTTP 400: This model's maximum context length"):
        draft(writer, retriever)
    assert len(fake.chat_requests) == 1 and working_mode(fake.base_url, MODEL) is None
