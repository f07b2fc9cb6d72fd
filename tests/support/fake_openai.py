"""A small OpenAI-compatible server on 127.0.0.1, so tests drive the real openai client, LangChain, retries and SSE.

`POST /v1/chat/completions` answers in whatever shape the request asks for (tool call, json_schema, json_object,
plain text, SSE stream with usage), `GET /v1/models` lists one model. Every request is recorded (JSON body and
headers). What to answer comes from a queue of items, then from a handler (a function of the request), then from
`replies.good`, which writes a correct draft from the facts the prompt carries. Items can be faults (any status,
with headers such as Retry-After), slow replies, raw content (malformed JSON) or raw HTTP bodies.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Union

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

MODEL = "fake-model"

# What real servers say when they lack a structured-output feature (vLLM, llama.cpp and OpenAI wordings).
UNSUPPORTED = {
    "json_schema": "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.",
    "tools": "This server does not support tools / tool_choice.",
    "json_object": "Invalid parameter: 'response_format' of type 'json_object' is not supported.",
}


@dataclass
class Recorded:
    """One request as the server received it."""

    path: str
    body: dict[str, Any]
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages", []))

    def contents(self, role: str) -> list[str]:
        return [str(m.get("content") or "") for m in self.messages if m.get("role") == role]

    @property
    def system(self) -> str:
        return "\n".join(self.contents("system"))

    @property
    def user(self) -> str:
        return "\n".join(self.contents("user"))

    @property
    def prompt(self) -> str:
        return "\n".join(str(m.get("content") or "") for m in self.messages)

    @property
    def mode(self) -> str:
        """tools, json_schema, json_object or text: the output shape this request asks for."""
        if self.body.get("tools"):
            return "tools"
        fmt = self.body.get("response_format") or {}
        return fmt.get("type") if fmt.get("type") in ("json_schema", "json_object") else "text"

    @property
    def stream(self) -> bool:
        return bool(self.body.get("stream"))

    def prompt_fields(self) -> dict[str, Any]:
        """The JSON between the first <situation> tags of the user messages."""
        m = re.search(r"<situation>\s*(.*?)\s*</situation>", self.user, re.DOTALL)
        if not m:
            raise ValueError("no <situation> block in the request")
        return json.loads(m.group(1))


@dataclass(frozen=True)
class Reply:
    """A draft, encoded the way the request asks (tool call, JSON content or 'Subject:' text)."""

    subject: str
    body: str


@dataclass(frozen=True)
class Raw:
    """Content sent verbatim (as tool-call arguments when tools were requested): malformed JSON and the like."""

    content: str


@dataclass(frozen=True)
class Fault:
    """An error status with an OpenAI-style error body, or `raw_body` sent as-is with that status."""

    status: int
    message: str = "injected fault"
    headers: dict[str, str] = field(default_factory=dict)
    code: str | None = None
    raw_body: str | None = None


@dataclass(frozen=True)
class Slow:
    """Wait, then answer with `then` (or the handler): a reply that arrives after the client's timeout."""

    seconds: float
    then: Item | None = None


Item = Union[Reply, Raw, Fault, Slow, Callable[[Recorded], "Item"]]
Handler = Callable[[Recorded], "Item"]


def rate_limited(retry_after: float | None = 1, *, ms: bool = False) -> Fault:
    headers = {} if retry_after is None else ({"retry-after-ms": str(int(retry_after * 1000))} if ms else {"retry-after": f"{retry_after:g}"})
    return Fault(429, "Rate limit reached, please retry later.", headers=headers, code="rate_limit_exceeded")


def server_error() -> Fault:
    return Fault(500, "The server had an error while processing your request.")


def model_not_found(model: str = MODEL) -> Fault:
    return Fault(404, f"The model `{model}` does not exist or you do not have access to it.", code="model_not_found")


def unauthorized(request: Recorded) -> Fault:
    """A 401 that echoes the key it was given, as OpenAI does, so tests can check we never repeat it."""
    given = request.headers.get("authorization", "").removeprefix("Bearer ")
    return Fault(401, f"Incorrect API key provided: {given}. You can find your API key at the dashboard.", code="invalid_api_key")


class FakeOpenAI:
    """The server, run by uvicorn in a background thread on a free port of 127.0.0.1."""

    def __init__(self, handler: Handler | None = None, *, delay: float = 0.0, chunk_delay: float = 0.002) -> None:
        self.handler = handler
        self.delay = delay  # every chat request waits this long before answering
        self.chunk_delay = chunk_delay
        self.unsupported: set[str] = set()  # output modes answered with a 400, e.g. {"json_schema"}
        self.queue: deque[Item] = deque()
        self.requests: list[Recorded] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    # -- control -------------------------------------------------------------------------------------------------

    def push(self, *items: Item) -> FakeOpenAI:
        """Queue items answered, in order, before the handler is consulted."""
        with self._lock:
            self.queue.extend(items)
        return self

    def reset(self) -> None:
        """Forget requests, queue, handler and unsupported modes (the session server is shared by tests)."""
        with self._lock:
            self.handler = None
            self.delay = 0.0
            self.unsupported = set()
            self.queue.clear()
            self.requests.clear()
            self.in_flight = 0
            self.max_in_flight = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def chat_requests(self) -> list[Recorded]:
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def start(self) -> FakeOpenAI:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(self.app(), log_level="warning", lifespan="off", timeout_graceful_shutdown=1)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]}, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("fake OpenAI server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            self._server.force_exit = True  # slow replies still sleeping need not be awaited
        if self._thread is not None:
            self._thread.join(timeout=10)

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- HTTP ----------------------------------------------------------------------------------------------------

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/v1/chat/completions", self._chat, methods=["POST"]),
                Route("/v1/models", self._models, methods=["GET"]),
            ]
        )

    async def _models(self, request: Request) -> Response:
        self._record(request, {})
        return JSONResponse({"object": "list", "data": [{"id": MODEL, "object": "model", "created": 0, "owned_by": "fake"}]})

    def _record(self, request: Request, body: dict[str, Any]) -> Recorded:
        rec = Recorded(path=request.url.path, body=body, headers={k.lower(): v for k, v in request.headers.items()})
        with self._lock:
            self.requests.append(rec)
        return rec

    def _next(self) -> Item:
        with self._lock:
            item = self.queue.popleft() if self.queue else (self.handler or _default_handler())
        return item

    async def _chat(self, request: Request) -> Response:
        try:
            body = await request.json()
        except json.JSONDecodeError:
            return _error(400, "request body is not JSON")
        rec = self._record(request, body)
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        response: Response | None = None
        try:
            response = await self._reply(rec)
            return response
        except asyncio.CancelledError:  # the server is stopping while a slow reply sleeps
            return Response(status_code=499)
        finally:
            if not isinstance(response, StreamingResponse):  # a stream leaves when its last chunk is sent
                self._leave()

    async def _reply(self, rec: Recorded) -> Response:
        if self.delay:
            await asyncio.sleep(self.delay)
        if rec.mode in self.unsupported:
            return _error(400, UNSUPPORTED[rec.mode], code="unsupported_parameter")
        item = self._next()
        while True:
            if isinstance(item, Slow):
                await asyncio.sleep(item.seconds)
                item = item.then or self.handler or _default_handler()
            elif callable(item):
                item = item(rec)
            else:
                break
        if isinstance(item, Fault):
            if item.raw_body is not None:
                return Response(item.raw_body, status_code=item.status, media_type="application/json", headers=item.headers)
            return _error(item.status, item.message, code=item.code, headers=item.headers)
        content, tool_calls = _encode(rec, item)
        if rec.stream:
            return StreamingResponse(self._sse(rec, content), media_type="text/event-stream")
        return JSONResponse(_completion(rec, content, tool_calls))

    def _leave(self) -> None:
        with self._lock:
            self.in_flight -= 1

    async def _sse(self, rec: Recorded, content: str):  # type: ignore[no-untyped-def]
        try:
            include_usage = bool((rec.body.get("stream_options") or {}).get("include_usage"))
            base = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": int(time.time()), "model": rec.body.get("model", MODEL)}
            extra = {"usage": None} if include_usage else {}

            def chunk(delta: dict[str, Any], finish: str | None = None) -> str:
                data = {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra}
                return f"data: {json.dumps(data)}\n\n"

            yield chunk({"role": "assistant", "content": ""})
            for piece in _pieces(content):
                yield chunk({"content": piece})
                await asyncio.sleep(self.chunk_delay)
            yield chunk({}, "stop")
            if include_usage:
                yield f"data: {json.dumps({**base, 'choices': [], 'usage': _usage(rec, content)})}\n\n"
            yield "data: [DONE]\n\n"
        finally:
            self._leave()


def _default_handler() -> Handler:
    from tests.support.replies import good

    return good


def _error(status: int, message: str, *, code: str | None = None, headers: dict[str, str] | None = None) -> Response:
    kind = "invalid_request_error" if status < 500 else "server_error"
    body = {"error": {"message": message, "type": kind, "param": None, "code": code}}
    return JSONResponse(body, status_code=status, headers=headers or {})


def _encode(rec: Recorded, item: Reply | Raw) -> tuple[str, list[dict[str, Any]] | None]:
    """Content and tool calls for the shape the request asked for."""
    if isinstance(item, Raw):
        text = item.content
    elif rec.mode == "text":
        text = f"Subject: {item.subject}\n\n{item.body}"
    else:
        text = json.dumps({"subject": item.subject, "body": item.body}, ensure_ascii=False)
    if rec.mode == "tools" and not rec.stream:
        name = rec.body["tools"][0]["function"]["name"]
        return "", [{"id": "call_fake_1", "type": "function", "function": {"name": name, "arguments": text}}]
    return text, None


def _usage(rec: Recorded, content: str) -> dict[str, int]:
    prompt = sum(len(str(m.get("content") or "").split()) for m in rec.messages)
    completion = max(1, len(content.split()))
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _completion(rec: Recorded, content: str, tool_calls: list[dict[str, Any]] | None) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": content or None}
    if tool_calls:
        message["tool_calls"] = tool_calls
    args = tool_calls[0]["function"]["arguments"] if tool_calls else content
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": rec.body.get("model", MODEL),
        "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if tool_calls else "stop", "logprobs": None}],
        "usage": _usage(rec, args),
    }


def _pieces(text: str, words: int = 3) -> list[str]:
    """A few words per SSE chunk, whitespace kept, so the client sees many small deltas."""
    tokens = re.findall(r"\s*\S+", text)
    return ["".join(tokens[i : i + words]) for i in range(0, len(tokens), words)] or [""]


def main() -> None:
    """Run standalone (the benchmark uses a subprocess so the server does not share the client's GIL)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--delay", type=float, default=0.0)
    args = parser.parse_args()
    server = FakeOpenAI(delay=args.delay).start()
    print(server.base_url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
