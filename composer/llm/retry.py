"""Which endpoint failures are worth another try, how long to wait, and the one-line error for the rest.

Pure apart from reading exception attributes: the client runs tenacity with these pieces, sync and async alike.
No message built here ever contains the API key, even when the server echoes it back.
"""

from __future__ import annotations

import email.utils
import time

import httpx
import openai
from tenacity import RetryCallState, wait_exponential_jitter

from composer.errors import EndpointError
from composer.llm.parsing import MalformedReply
from composer.redact import DEFAULT_ENDPOINT, redact, safe_endpoint  # the one redaction; re-exported here

__all__ = ["DEFAULT_ENDPOINT", "redact", "safe_endpoint"]

try:  # openai>=3 speaks httpx2 (an API-identical fork); transport errors can surface from either library
    import httpx2

    _HTTP_ERRORS: tuple[type[Exception], ...] = (httpx.HTTPError, httpx2.HTTPError)
    _TRANSPORT_ERRORS: tuple[type[Exception], ...] = (httpx.TransportError, httpx2.TransportError)
except ImportError:  # pragma: no cover - openai<3
    _HTTP_ERRORS = (httpx.HTTPError,)
    _TRANSPORT_ERRORS = (httpx.TransportError,)

MAX_RETRY_AFTER = 60.0  # a server asking for longer than this is down for our purposes: wait this long at most
_RETRY_STATUS = frozenset({408, 409, 429})


def status_of(exc: BaseException) -> int | None:
    return exc.status_code if isinstance(exc, openai.APIStatusError) else None


def error_code(exc: BaseException) -> str | None:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and isinstance(inner.get("code"), str):
            return inner["code"]
    code = getattr(exc, "code", None)
    return code if isinstance(code, str) else None


def is_retryable(exc: BaseException) -> bool:
    """Rate limits, server errors, timeouts, dropped connections and unreadable replies; not auth or bad requests."""
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        if status == 429 and error_code(exc) == "insufficient_quota":
            return False  # billing, not load: waiting will not help
        return status in _RETRY_STATUS or status >= 500
    retryable = (openai.APIConnectionError, openai.APIResponseValidationError, openai.LengthFinishReasonError, MalformedReply)
    return isinstance(exc, retryable + _TRANSPORT_ERRORS)  # APIConnectionError includes APITimeoutError


def retry_after(exc: BaseException, *, now: float | None = None) -> float | None:
    """Seconds the server asked us to wait (retry-after-ms, or Retry-After in seconds or as an HTTP date)."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if not headers:
        return None
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class WaitRetryAfter:
    """Wait what the server asks for when it says (capped), else exponential backoff with jitter."""

    def __init__(self, backoff: float, max_backoff: float) -> None:
        self.backoff = backoff
        self._exponential = wait_exponential_jitter(multiplier=backoff, max=max_backoff, jitter=backoff)

    def __call__(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        asked = retry_after(exc) if exc is not None else None
        if asked is not None:
            return min(asked, MAX_RETRY_AFTER)
        return self._exponential(state)


def describe(exc: BaseException, *, timeout: float, secret: str | None = None) -> str:
    """A few words on what went wrong, for logs and messages (server wording redacted and cut short)."""
    if isinstance(exc, openai.APITimeoutError):
        return f"no reply within {timeout:g} s"
    if isinstance(exc, (openai.APIConnectionError, *_TRANSPORT_ERRORS)):
        return "connection failed or was reset"
    if isinstance(exc, MalformedReply):
        return str(exc)
    if isinstance(exc, openai.LengthFinishReasonError):
        return "reply cut off at the token limit"
    if isinstance(exc, openai.APIResponseValidationError):
        return "unreadable HTTP response"
    status = status_of(exc)
    if status is not None:
        detail = " ".join(redact(server_message(exc), secret).split())[:160]
        return f"HTTP {status}" + (f": {detail}" if detail else "")
    return type(exc).__name__


def server_message(exc: BaseException) -> str:
    """The server's own error text (OpenAI-style body), without the client's 'Error code: ...' prefix."""
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and isinstance(inner.get("message"), str):
            return inner["message"]
    return str(getattr(exc, "message", "") or "")


def endpoint_error(
    exc: BaseException, *, endpoint: str, model: str, attempts: int, timeout: float, secret: str | None
) -> EndpointError:
    """One line: what failed, at which endpoint, and what to check. Never the key."""
    status = status_of(exc)
    where = f"LLM endpoint {endpoint}"
    if status == 401:
        msg = f"{where} rejected the API key (HTTP 401): check OPENAI_API_KEY (or openai_api_key in the config file) for this endpoint"
    elif status == 403:
        msg = f"{where} refused model '{model}' for this key (HTTP 403): check the key's project or organisation may use it"
    elif status == 404:
        msg = f"{where} has no model '{model}' or no chat completions route (HTTP 404): check TACTFUL_MODEL and that OPENAI_BASE_URL ends in /v1"
    elif status == 429 and error_code(exc) == "insufficient_quota":
        msg = f"{where} reports this key is out of quota (HTTP 429 insufficient_quota): check the account's billing"
    elif isinstance(exc, openai.ContentFilterFinishReasonError):
        msg = f"{where} withheld the reply with its content filter: check the situation's free text"
    elif status in (400, 422):
        msg = f"{where} rejected the request for model '{model}' ({describe(exc, timeout=timeout, secret=secret)}): check TACTFUL_MODEL and what the server supports"
    elif is_retryable(exc):
        msg = (
            f"{where} still failing after {attempts} attempt(s) (last: {describe(exc, timeout=timeout, secret=secret)}): "
            "check the server is up and its rate limits, or raise TACTFUL_TIMEOUT / TACTFUL_MAX_RETRIES"
        )
    else:
        msg = f"{where} failed for model '{model}' ({describe(exc, timeout=timeout, secret=secret)}): check the endpoint settings"
    return EndpointError(redact(msg, secret), endpoint=endpoint, status=status)


ENDPOINT_FAILURES: tuple[type[Exception], ...] = (openai.OpenAIError, MalformedReply, *_HTTP_ERRORS)
