"""Pure pieces of the LLM path: reading replies, splitting a stream, classifying failures, wording errors."""

from __future__ import annotations

import email.utils

import httpx2
import openai
import pytest

from composer.llm.parsing import BodyStream, parse_content, parse_json_text, parse_text
from composer.llm.retry import endpoint_error, is_retryable, redact, retry_after, safe_endpoint
from composer.llm.parsing import MalformedReply

BODY = "Dear Margaret Hughes,\n\nThank you.\n\nKind regards,\nTom Baker"


def status_error(status: int, message: str = "boom", *, headers: dict[str, str] | None = None, code: str | None = None) -> openai.APIStatusError:
    request = httpx2.Request("POST", "http://127.0.0.1:1/v1/chat/completions")
    response = httpx2.Response(status, headers=headers or {}, request=request)
    classes = {400: openai.BadRequestError, 401: openai.AuthenticationError, 404: openai.NotFoundError,
               429: openai.RateLimitError, 500: openai.InternalServerError}
    cls = classes.get(status, openai.APIStatusError)
    return cls(message, response=response, body={"error": {"message": message, "code": code}})


# -- replies ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("head", ["Subject: Our review", "**Subject:** Our review", "Objet : Our review", "Ämne: Our review"])
def test_subject_lines_in_any_language(head: str) -> None:
    out = parse_text(f"{head}\n\n{BODY}")
    assert out is not None and (out.subject, out.body) == ("Our review", BODY)


def test_text_without_a_subject_keeps_the_body_and_an_empty_subject() -> None:
    out = parse_text(BODY)
    assert out is not None and out.subject == "" and out.body == BODY


def test_json_in_fences_chatter_or_with_a_subject_prefix() -> None:
    import json

    payload = json.dumps({"subject": "Subject: Our review", "body": BODY})
    for text in (payload, f"```json\n{payload}\n```", f"Here you go: {payload} Hope it helps"):
        out = parse_content(text)
        assert out is not None and (out.subject, out.body) == ("Our review", BODY), text


def test_malformed_json_is_not_mistaken_for_text() -> None:
    assert parse_content('{"subject": "x", "body": "Dear') is None
    assert parse_json_text('{"subject": 3}') is None
    assert parse_content("   ") is None


def test_escaped_newlines_are_unescaped_and_a_repeated_subject_line_dropped() -> None:
    out = parse_json_text('{"subject": "Review", "body": "Subject: Review\\\\nDear Margaret,\\\\nThanks"}')
    assert out is not None and out.body == "Dear Margaret,\nThanks"


@pytest.mark.parametrize("size", [1, 2, 3, 7, 50])
def test_the_stream_splitter_holds_back_only_the_subject(size: int) -> None:
    text = f"Subject: Our review\n\n{BODY}"
    splitter = BodyStream()
    out = "".join(splitter.feed(text[i : i + size]) for i in range(0, len(text), size)) + splitter.finish()
    assert out == BODY


def test_the_stream_splitter_skips_blank_lines_before_the_subject() -> None:
    splitter = BodyStream()
    assert splitter.feed("\n\nSubject: X\n") == "" and splitter.feed("\nDear") == "Dear"


def test_the_stream_splitter_passes_text_without_a_subject() -> None:
    splitter = BodyStream()
    assert splitter.feed("Dear Mar") == "" and splitter.feed("garet,\nThanks") == "Dear Margaret,\nThanks"
    one_line = BodyStream()
    assert one_line.feed("Hello") == "" and one_line.finish() == "Hello"


# -- failures ---------------------------------------------------------------------------------------------------


def test_what_is_worth_retrying() -> None:
    assert is_retryable(status_error(429)) and is_retryable(status_error(500)) and is_retryable(status_error(503))
    assert is_retryable(MalformedReply("x"))
    assert is_retryable(openai.APITimeoutError(request=httpx2.Request("POST", "http://x")))
    assert is_retryable(openai.APIConnectionError(request=httpx2.Request("POST", "http://x")))
    assert not is_retryable(status_error(401)) and not is_retryable(status_error(404)) and not is_retryable(status_error(400))
    assert not is_retryable(status_error(429, code="insufficient_quota"))
    assert not is_retryable(ValueError("a bug"))


def test_retry_after_in_seconds_milliseconds_and_as_a_date() -> None:
    assert retry_after(status_error(429, headers={"retry-after": "2"})) == 2.0
    assert retry_after(status_error(429, headers={"retry-after-ms": "250", "retry-after": "9"})) == 0.25
    when = email.utils.formatdate(1_000_030, usegmt=True)
    assert retry_after(status_error(429, headers={"retry-after": when}), now=1_000_000) == pytest.approx(30)
    assert retry_after(status_error(429, headers={"retry-after": "soon"})) is None
    assert retry_after(status_error(429)) is None and retry_after(ValueError()) is None


def test_errors_never_carry_the_key() -> None:
    exc = status_error(401, "Incorrect API key provided: sk-proj-abcdef123456. Also sk-other-999999")
    err = endpoint_error(exc, endpoint="http://h/v1", model="m", attempts=1, timeout=5, secret="sk-proj-abcdef123456")
    assert "sk-" not in str(err) and err.status == 401 and err.endpoint == "http://h/v1"
    bad = status_error(400, "model 'm' not found for key sk-proj-abcdef123456")
    assert "sk-" not in str(endpoint_error(bad, endpoint="e", model="m", attempts=1, timeout=5, secret=None))
    assert redact("key=sk-abcdef123 and mysecret", "mysecret") == "key=[key hidden] and [key hidden]"


def test_endpoints_are_shown_without_credentials() -> None:
    assert safe_endpoint("https://user:pw@example.com:8443/v1/") == "https://example.com:8443/v1"
    assert safe_endpoint(None) == "https://api.openai.com/v1"
