"""The one place that talks to the endpoint: LangChain's ChatOpenAI with our own retries and output-mode fallback.

Structured output is asked for as json_schema first; a server that answers 400 to that gets tool calling,
then JSON mode, then plain 'Subject:' text. The mode that worked is remembered per endpoint and model, so
the fallback costs one extra request per process, not per draft. ChatOpenAI's own retries are off
(max_retries=0): every retry is ours, logged, counted in Draft.usage.attempts, and honours Retry-After.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import threading
import warnings
import weakref
from collections.abc import Awaitable, Callable, Generator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

import openai
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from langchain_core.runnables import Runnable, RunnableSequence
from langchain_openai import ChatOpenAI
from pydantic import SecretStr
from tenacity import AsyncRetrying, RetryCallState, Retrying, retry_if_exception, stop_after_attempt

from composer.config import Settings
from composer.errors import EndpointError
from composer.llm.parsing import DRAFT_SCHEMA, BodyStream, DraftOut, MalformedReply, parse_content, read_reply
from composer.llm.prompting import Format, Message, with_format
from composer.llm.retry import (
    DEFAULT_ENDPOINT,
    ENDPOINT_FAILURES,
    WaitRetryAfter,
    describe,
    endpoint_error,
    error_code,
    is_retryable,
    safe_endpoint,
    status_of,
)
from composer.models import Usage

log = logging.getLogger("composer.llm")

Mode = Literal["json_schema", "function_calling", "json_mode", "text"]
MODES: tuple[Mode, ...] = ("json_schema", "function_calling", "json_mode", "text")
FORMAT: dict[Mode, Format] = {"json_schema": "json", "function_calling": "json", "json_mode": "json", "text": "text"}
# A 400 that names one of these is the server saying it lacks the output mode, not that the request is wrong.
_UNSUPPORTED = re.compile(
    r"response_format|json_schema|json_object|json mode|structured|tool|function|schema|strict"
    r"|not supported|unsupported|not implemented|unrecognized|unknown (?:field|param|argument)|extra (?:field|input)",
    re.IGNORECASE,
)

# LangChain warns when json_schema is refused; falling back is our job, and it is logged at INFO instead.
warnings.filterwarnings("ignore", message="This model does not support OpenAI's structured output", category=UserWarning)

DEFAULT_BACKOFF = 0.5  # seconds before the first retry, doubling each time, plus up to as much jitter

_working: dict[tuple[str, str], Mode] = {}
_working_lock = threading.Lock()

T = TypeVar("T")


def working_mode(endpoint: str, model: str) -> Mode | None:
    """The output mode that last worked for this endpoint and model in this process."""
    with _working_lock:
        return _working.get((endpoint, model))


def forget_modes() -> None:
    """Forget every remembered output mode (tests start each case from json_schema)."""
    with _working_lock:
        _working.clear()


class ModeUnsupported(Exception):
    """The server answered 400 to this output mode: the next mode may work."""


@dataclass
class UsageTally:
    """Requests sent and tokens spent for one draft, across retries, mode fallbacks and the repair round."""

    attempts: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def add(self, usage: Mapping[str, Any]) -> None:
        self.prompt_tokens += int(usage.get("input_tokens") or 0)
        self.completion_tokens += int(usage.get("output_tokens") or 0)

    def usage(self, latency_ms: float) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
            total_tokens=self.prompt_tokens + self.completion_tokens,
            latency_ms=round(latency_ms, 1),
            attempts=self.attempts,
        )


def looks_unsupported(exc: BaseException) -> bool:
    """A 400/422 whose wording is about output modes (response_format, tools, schema...)."""
    if status_of(exc) not in (400, 422) or error_code(exc) == "context_length_exceeded":
        return False
    return bool(_UNSUPPORTED.search(f"{getattr(exc, 'message', '')} {getattr(exc, 'body', '')}"))


def to_langchain(messages: Sequence[Message]) -> list[BaseMessage]:
    kinds = {"system": SystemMessage, "user": HumanMessage, "assistant": AIMessage}
    return [kinds[role](content=content) for role, content in messages]


class _Bound:
    """A ChatOpenAI and, per mode, the request binding `with_structured_output` builds for it."""

    def __init__(self, model: ChatOpenAI) -> None:
        self.model = model
        self._runnables: dict[Mode, Runnable[Any, Any]] = {}

    def runnable(self, mode: Mode) -> Runnable[Any, Any]:
        if mode not in self._runnables:
            if mode == "text":
                self._runnables[mode] = self.model
            else:
                chain = self.model.with_structured_output(DRAFT_SCHEMA, method=mode, strict=True if mode == "json_schema" else None)
                # `chain` is the bound model (response_format or tools) piped into LangChain's parser. We keep the
                # bound model and read the reply ourselves (parsing.read_reply): one reader copes with every
                # mode's quirks (JSON in text, fenced JSON, a server ignoring response_format), and skipping the
                # parser layers saves about 2.5 ms of CPU per request, which matters at high concurrency.
                self._runnables[mode] = chain.first if isinstance(chain, RunnableSequence) else chain
        return self._runnables[mode]


class ChatClient:
    """Sends prompts to the configured endpoint and returns {subject, body}; raises EndpointError when it cannot."""

    def __init__(self, settings: Settings, *, backoff: float = DEFAULT_BACKOFF, max_backoff: float = 20.0) -> None:
        key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else ""
        self.endpoint = safe_endpoint(settings.openai_base_url)
        self.model = settings.model
        self.timeout = settings.timeout
        self.max_attempts = settings.max_retries + 1
        self._secret = key or None
        self._wait = WaitRetryAfter(backoff, max_backoff)
        self._options: dict[str, Any] = dict(
            model=settings.model,
            base_url=settings.openai_base_url or DEFAULT_ENDPOINT,
            # Local servers often need no key, but the client insists on one; an unused word is sent instead.
            api_key=SecretStr(key or "no-key-configured"),
            temperature=settings.temperature,
            timeout=settings.timeout,
            max_retries=0,
            use_responses_api=False,
            stream_usage=True,
        )
        self._sync = _Bound(ChatOpenAI(**self._options))
        # The async HTTP client belongs to the event loop it first ran in, so each loop gets its own.
        self._per_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Bound] = weakref.WeakKeyDictionary()
        self._loop_lock = threading.Lock()

    # -- modes ------------------------------------------------------------------------------------------------------

    def modes(self) -> tuple[Mode, ...]:
        """The remembered working mode and the ones after it, else all of them in order."""
        known = working_mode(self.endpoint, self.model)
        return MODES[MODES.index(known) :] if known else MODES

    def _remember(self, mode: Mode) -> None:
        with _working_lock:
            previous = _working.get((self.endpoint, self.model))
            _working[(self.endpoint, self.model)] = mode
        if previous != mode and mode != MODES[0]:
            log.info("%s: model %s: structured output via %s", self.endpoint, self.model, mode)

    # -- one request ------------------------------------------------------------------------------------------------

    def _payload(self, messages: Sequence[Message], mode: Mode) -> list[BaseMessage]:
        return to_langchain(with_format(messages, FORMAT[mode]))

    def _read(self, result: AIMessage, tally: UsageTally) -> DraftOut:
        out, usage = read_reply(result)
        tally.add(usage)
        if out is None:
            raise MalformedReply("a reply without a usable subject and body")
        return out

    def _once(self, bound: _Bound, mode: Mode, messages: Sequence[Message], tally: UsageTally) -> DraftOut:
        tally.attempts += 1
        try:
            result = bound.runnable(mode).invoke(self._payload(messages, mode))
        except openai.APIStatusError as e:
            raise self._unsupported(e, mode) from e
        except json.JSONDecodeError as e:  # the HTTP body itself was not JSON
            raise MalformedReply("an HTTP response that is not JSON") from e
        return self._read(result, tally)

    async def _aonce(self, bound: _Bound, mode: Mode, messages: Sequence[Message], tally: UsageTally) -> DraftOut:
        tally.attempts += 1
        try:
            result = await bound.runnable(mode).ainvoke(self._payload(messages, mode))
        except openai.APIStatusError as e:
            raise self._unsupported(e, mode) from e
        except json.JSONDecodeError as e:  # the HTTP body itself was not JSON
            raise MalformedReply("an HTTP response that is not JSON") from e
        return self._read(result, tally)

    def _unsupported(self, exc: openai.APIStatusError, mode: Mode) -> BaseException:
        if mode != "text" and looks_unsupported(exc):
            log.info("%s: %s mode not supported (%s)", self.endpoint, mode, describe(exc, timeout=self.timeout, secret=self._secret))
            return ModeUnsupported(mode)
        return exc

    # -- retries ----------------------------------------------------------------------------------------------------

    def _policy(self) -> dict[str, Any]:
        return dict(
            stop=stop_after_attempt(self.max_attempts),
            wait=self._wait,
            retry=retry_if_exception(is_retryable),
            before_sleep=self._log_retry,
            reraise=True,
        )

    def _log_retry(self, state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        wait = state.next_action.sleep if state.next_action else 0.0
        # INFO, not WARNING: a retry is routine; the CLI's one line is for when retries run out.
        log.info(
            "%s: %s; retry %d of %d in %.2f s",
            self.endpoint,
            describe(exc, timeout=self.timeout, secret=self._secret) if exc else "failed",
            state.attempt_number,
            self.max_attempts - 1,
            wait,
        )

    def _retried(self, fn: Callable[[], T]) -> T:
        retrying = Retrying(**self._policy())
        try:
            return retrying(fn)
        except ENDPOINT_FAILURES as e:
            raise self._failure(e, retrying.statistics.get("attempt_number", 1))

    async def _aretried(self, fn: Callable[[], Awaitable[T]]) -> T:
        async def attempt() -> T:  # a coroutine function, so tenacity awaits each attempt
            return await fn()

        retrying = AsyncRetrying(**self._policy())
        try:
            return await retrying(attempt)
        except ENDPOINT_FAILURES as e:
            raise self._failure(e, retrying.statistics.get("attempt_number", 1))

    def _failure(self, exc: BaseException, attempts: int) -> EndpointError:
        """The EndpointError to raise for `exc`, chained to it unless its text may hold the key."""
        err = endpoint_error(exc, endpoint=self.endpoint, model=self.model, attempts=attempts, timeout=self.timeout, secret=self._secret)
        # Auth failures often echo the key back; keep their text out of the chain as well as the message.
        err.__cause__ = None if status_of(exc) in (401, 403) else exc
        err.__suppress_context__ = True
        return err

    # -- public -----------------------------------------------------------------------------------------------------

    def complete(self, messages: Sequence[Message], tally: UsageTally) -> DraftOut:
        """Subject and body for these messages, in the first output mode the server supports."""
        for mode in self.modes():
            try:
                out = self._retried(lambda: self._once(self._sync, mode, messages, tally))
            except ModeUnsupported:
                continue
            self._remember(mode)
            return out
        raise AssertionError("text mode never reports itself unsupported")

    async def acomplete(self, messages: Sequence[Message], tally: UsageTally) -> DraftOut:
        """`complete` for asyncio."""
        bound = self._for_loop()
        for mode in self.modes():
            try:
                out = await self._aretried(lambda: self._aonce(bound, mode, messages, tally))
            except ModeUnsupported:
                continue
            self._remember(mode)
            return out
        raise AssertionError("text mode never reports itself unsupported")

    def stream(self, messages: Sequence[Message], tally: UsageTally) -> Generator[str, None, DraftOut]:
        """Yield body text as it arrives (plain-text mode), then return the parsed subject and body.

        Failures before the first chunk are retried; after it, text has been shown, so they are final.
        """
        payload = self._payload(messages, "text")

        def open_stream() -> tuple[Any, Any]:
            tally.attempts += 1
            chunks = self._sync.model.stream(payload)
            return next(chunks, None), chunks

        first, chunks = self._retried(open_stream)
        splitter, parts, usage = BodyStream(), [], {}
        try:
            chunk = first
            while chunk is not None:
                if chunk.usage_metadata:
                    usage = chunk.usage_metadata
                parts.append(chunk.text)
                piece = splitter.feed(chunk.text)
                if piece:
                    yield piece
                chunk = next(chunks, None)
        except ENDPOINT_FAILURES as e:
            raise self._failure(e, 1)  # mid-stream: shown text cannot be taken back, so no retry
        finally:
            chunks.close()
        tail = splitter.finish()
        if tail:
            yield tail
        tally.add(usage)
        out = parse_content("".join(parts))
        if out is None:
            raise self._failure(MalformedReply("a stream without a usable subject and body"), 1)
        if splitter.held:  # a JSON or fenced reply: show its parsed body, never the raw text
            yield out.body
        return out

    def _for_loop(self) -> _Bound:
        loop = asyncio.get_running_loop()
        with self._loop_lock:
            bound = self._per_loop.get(loop)
            if bound is None:
                http = openai.DefaultAsyncHttpxClient(timeout=self.timeout)
                bound = self._per_loop[loop] = _Bound(ChatOpenAI(**self._options, http_async_client=http))
            return bound


__all__ = ["DEFAULT_BACKOFF", "MODES", "ChatClient", "Mode", "ModeUnsupported", "UsageTally", "forget_modes", "working_mode"]
