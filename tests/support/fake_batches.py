"""OpenAI's Files and Batch endpoints for the fake server: upload, create, poll, download, on 127.0.0.1.

`mount(app, batches)` adds the routes to a FakeOpenAI's Starlette app; `FakeOpenAIWithBatches` is a FakeOpenAI
that does so (until FakeOpenAI mounts them itself). Routes:

    POST /v1/files (multipart: file, purpose)      GET /v1/files/{id}      GET /v1/files/{id}/content
    POST /v1/batches                               GET /v1/batches/{id}    GET /v1/batches    POST /v1/batches/{id}/cancel

A batch is `validating`, then `in_progress`, and reaches `final_status` (default `completed`) on its
`polls`-th retrieve. Then each request line is answered the way the chat route answers (the `handler`, else
`replies.good`): a Reply becomes a 200 chat.completion in the output file, a Fault a non-200 response in the
error file, and a custom_id listed in `line_errors` a request-level error in the error file. `expired` answers
only the first `processed` lines and marks the rest `batch_expired`; `failed` answers none and reports why.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.support.fake_openai import (
    MODEL,
    FakeOpenAI,
    Fault,
    Raw,
    Recorded,
    Reply,
    Slow,
)

TERMINAL = ("completed", "failed", "expired", "cancelled")


@dataclass
class StoredFile:
    id: str
    filename: str
    purpose: str
    content: bytes
    created_at: int = field(default_factory=lambda: int(time.time()))

    def info(self) -> dict[str, Any]:
        return {
            "id": self.id, "object": "file", "bytes": len(self.content), "created_at": self.created_at,
            "filename": self.filename, "purpose": self.purpose, "status": "processed",
        }


@dataclass
class FakeBatches:
    """State and knobs of the Files and Batch endpoints (shared by every request to one server)."""

    polls: int = 2
    final_status: str = "completed"
    processed: int | None = None  # for final_status="expired": how many lines were answered in time
    handler: Callable[[Recorded], Any] | None = None
    line_errors: dict[str, tuple[str, str]] = field(default_factory=dict)  # custom_id -> (code, message)
    files: dict[str, StoredFile] = field(default_factory=dict)
    batches: dict[str, dict[str, Any]] = field(default_factory=dict)
    calls: list[tuple[str, str]] = field(default_factory=list)  # (method, path) of every request
    _retrieves: dict[str, int] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    def reset(self) -> None:
        with self._lock:
            self.polls, self.final_status, self.processed, self.handler = 2, "completed", None, None
            self.line_errors.clear()
            self.files.clear()
            self.batches.clear()
            self.calls.clear()
            self._retrieves.clear()

    def created(self) -> list[dict[str, Any]]:
        """The batches created so far, oldest first."""
        return sorted(self.batches.values(), key=lambda b: b["id"])

    def routes(self) -> list[Route]:
        return [
            Route("/v1/files", self._upload, methods=["POST"]),
            Route("/v1/files/{file_id}", self._file, methods=["GET"]),
            Route("/v1/files/{file_id}/content", self._content, methods=["GET"]),
            Route("/v1/batches", self._create, methods=["POST"]),
            Route("/v1/batches", self._list, methods=["GET"]),
            Route("/v1/batches/{batch_id}", self._retrieve, methods=["GET"]),
            Route("/v1/batches/{batch_id}/cancel", self._cancel, methods=["POST"]),
        ]

    # -- files ---------------------------------------------------------------------------------------------------

    def _new_id(self, prefix: str) -> str:
        return f"{prefix}-fake{next(self._ids):04d}"

    def _store(self, filename: str, purpose: str, content: bytes) -> StoredFile:
        f = StoredFile(self._new_id("file"), filename, purpose, content)
        with self._lock:
            self.files[f.id] = f
        return f

    async def _upload(self, request: Request) -> Response:
        self.calls.append(("POST", request.url.path))
        form = await request.form()
        upload, purpose = form.get("file"), form.get("purpose")
        if upload is None or isinstance(upload, str) or purpose != "batch":
            return _error(400, "expected a multipart 'file' and purpose=batch")
        stored = self._store(upload.filename or "upload.jsonl", str(purpose), await upload.read())
        return JSONResponse(stored.info())

    async def _file(self, request: Request) -> Response:
        self.calls.append(("GET", request.url.path))
        f = self.files.get(request.path_params["file_id"])
        return JSONResponse(f.info()) if f else _error(404, "No such File object", code="not_found")

    async def _content(self, request: Request) -> Response:
        self.calls.append(("GET", request.url.path))
        f = self.files.get(request.path_params["file_id"])
        return Response(f.content, media_type="application/octet-stream") if f else _error(404, "No such File object")

    # -- batches -------------------------------------------------------------------------------------------------

    async def _create(self, request: Request) -> Response:
        self.calls.append(("POST", request.url.path))
        body = await request.json()
        source = self.files.get(str(body.get("input_file_id")))
        if source is None:
            return _error(400, f"input file {body.get('input_file_id')!r} not found")
        if body.get("endpoint") != "/v1/chat/completions" or body.get("completion_window") != "24h":
            return _error(400, "endpoint must be /v1/chat/completions and completion_window 24h")
        lines = [ln for ln in source.content.decode().splitlines() if ln.strip()]
        batch = {
            "id": self._new_id("batch"), "object": "batch", "endpoint": body["endpoint"], "errors": None,
            "input_file_id": source.id, "completion_window": "24h", "status": "validating", "output_file_id": None,
            "error_file_id": None, "created_at": int(time.time()), "metadata": body.get("metadata"),
            "request_counts": {"total": len(lines), "completed": 0, "failed": 0},
        }
        with self._lock:
            self.batches[batch["id"]] = batch
            self._retrieves[batch["id"]] = 0
        return JSONResponse(batch)

    async def _list(self, request: Request) -> Response:
        self.calls.append(("GET", request.url.path))
        data = sorted(self.batches.values(), key=lambda b: b["id"], reverse=True)  # newest first, as OpenAI
        return JSONResponse({
            "object": "list", "data": data, "has_more": False,
            "first_id": data[0]["id"] if data else None, "last_id": data[-1]["id"] if data else None,
        })

    async def _cancel(self, request: Request) -> Response:
        self.calls.append(("POST", request.url.path))
        batch = self.batches.get(request.path_params["batch_id"])
        if batch is None:
            return _error(404, "No such Batch object", code="not_found")
        batch["status"] = "cancelled"
        return JSONResponse(batch)

    async def _retrieve(self, request: Request) -> Response:
        self.calls.append(("GET", request.url.path))
        bid = request.path_params["batch_id"]
        batch = self.batches.get(bid)
        if batch is None:
            return _error(404, "No such Batch object", code="not_found")
        with self._lock:
            self._retrieves[bid] += 1
            polls = self._retrieves[bid]
        if batch["status"] not in TERMINAL:
            if polls >= self.polls:
                self._finish(batch)
            else:
                batch["status"] = "in_progress"
                total = batch["request_counts"]["total"]
                batch["request_counts"]["completed"] = total * polls // max(self.polls, 1)
        return JSONResponse(batch)

    def _finish(self, batch: dict[str, Any]) -> None:
        """Answer every request line now, as the chat route would, and file outputs and errors."""
        lines = [json.loads(ln) for ln in self.files[batch["input_file_id"]].content.decode().splitlines() if ln.strip()]
        if self.final_status == "failed":
            batch.update(status="failed", failed_at=int(time.time()), errors={"object": "list", "data": [
                {"code": "invalid_request", "message": "injected failure: the batch was rejected", "line": 1, "param": None},
            ]})
            return
        answered = len(lines) if self.final_status != "expired" else (self.processed or 0)
        outputs, errors = [], []
        for n, req in enumerate(lines):
            cid = req["custom_id"]
            rid = f"batch_req_{batch['id']}_{n}"
            if n >= answered:
                errors.append({"id": rid, "custom_id": cid, "response": None, "error": {
                    "code": "batch_expired", "message": "This request could not be executed before the completion window expired."}})
            elif cid in self.line_errors:
                code, message = self.line_errors[cid]
                errors.append({"id": rid, "custom_id": cid, "response": None, "error": {"code": code, "message": message}})
            else:
                status, body = self._answer(req)
                entry = {"id": rid, "custom_id": cid, "response": {"status_code": status, "request_id": f"req_{n}", "body": body}, "error": None}
                (outputs if status == 200 else errors).append(entry)
        out = self._store(f"{batch['id']}_output.jsonl", "batch_output", _jsonl(outputs)) if outputs else None
        err = self._store(f"{batch['id']}_errors.jsonl", "batch_output", _jsonl(errors)) if errors else None
        batch.update(
            status=self.final_status, output_file_id=out.id if out else None, error_file_id=err.id if err else None,
            request_counts={"total": len(lines), "completed": len(outputs), "failed": len(errors)},
            **{f"{self.final_status}_at": int(time.time())},
        )

    def _answer(self, req: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        rec = Recorded(path=req.get("url", ""), body=req["body"], headers={})
        item: Any = self.handler or _good
        while True:
            if isinstance(item, Slow):
                item = item.then or self.handler or _good
            elif callable(item) and not isinstance(item, (Reply, Raw, Fault)):
                item = item(rec)
            else:
                break
        if isinstance(item, Fault):
            return item.status, {"error": {"message": item.message, "type": "server_error" if item.status >= 500 else "invalid_request_error", "code": item.code}}
        return 200, _completion(rec, item)


def _good(rec: Recorded) -> Reply:
    from tests.support.replies import good

    return good(rec)


def _completion(rec: Recorded, item: Reply | Raw) -> dict[str, Any]:
    """A chat.completion in the shape the request asked for (tool call, JSON content or 'Subject:' text)."""
    if isinstance(item, Raw):
        text = item.content
    elif rec.mode == "text":
        text = f"Subject: {item.subject}\n\n{item.body}"
    else:
        text = json.dumps({"subject": item.subject, "body": item.body}, ensure_ascii=False)
    message: dict[str, Any] = {"role": "assistant", "content": text}
    if rec.mode == "tools":
        name = rec.body["tools"][0]["function"]["name"]
        message = {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_fake_1", "type": "function", "function": {"name": name, "arguments": text}}]}
    prompt = sum(len(str(m.get("content") or "").split()) for m in rec.messages)
    completion = max(1, len(text.split()))
    return {
        "id": "chatcmpl-fakebatch", "object": "chat.completion", "created": int(time.time()), "model": rec.body.get("model", MODEL),
        "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if rec.mode == "tools" else "stop", "logprobs": None}],
        "usage": {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion},
    }


def _jsonl(rows: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()


def _error(status: int, message: str, *, code: str | None = None) -> Response:
    kind = "invalid_request_error" if status < 500 else "server_error"
    return JSONResponse({"error": {"message": message, "type": kind, "param": None, "code": code}}, status_code=status)


def mount(app: Starlette, batches: FakeBatches) -> Starlette:
    """Add the Files and Batch routes to a FakeOpenAI app (its chat and models routes stay as they are)."""
    app.router.routes.extend(batches.routes())
    return app


class FakeOpenAIWithBatches(FakeOpenAI):
    """FakeOpenAI plus the Files and Batch endpoints, state in `.batches`."""

    def __init__(self, *args: Any, batches: FakeBatches | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.batches = batches or FakeBatches()

    def app(self) -> Starlette:
        return mount(super().app(), self.batches)

    def reset(self) -> None:
        super().reset()
        self.batches.reset()
