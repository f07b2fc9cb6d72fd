"""`tactful batch --provider-batch`: the same drafts through OpenAI's Batch API, about half the price, within 24 h.

One /v1/chat/completions request per situation (custom_id = the item's id), carrying the messages the LLM
writer sends and asking for its json_schema output; uploaded as a file (purpose=batch), run as a batch
(completion_window 24h), polled with backoff; the output and error files are read back, each reply parsed
as the writer parses it and guarded, and every item written to OUT in the same records as `tactful batch`.

What differs from the writer: no repair round (a reply the guard objects to keeps the problems as
warnings, as the writer does after its repair fails), and no output-mode fallback (the Batch API takes
json_schema). OUT + ".provider-batch.json" holds the file ids, batch ids and status, so `--resume` polls
and merges what was submitted instead of paying for it twice. Inputs over the Batch API's limits (50,000
requests or 200 MB a file) go as several batches.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from composer import guard
from composer.batch.io import Item, detect_format
from composer.batch.ledger import Output, fingerprint, write_json_atomically
from composer.batch.engine import BatchSummary
from composer.config import Settings
from composer.errors import EndpointError, FileInputError, TactfulError
from composer.llm.parsing import (
    DRAFT_SCHEMA,
    DraftOut,
    from_data,
    parse_content,
    parse_json_text,
)
from composer.llm.prompting import build_messages, with_format
from composer.models import BatchLine, Draft, Passage, Situation, Usage
from composer.redact import redact
from composer.textsafe import one_line
from composer.writers.base import Retriever

STATE_SUFFIX = ".provider-batch.json"
ENDPOINT = "/v1/chat/completions"
WINDOW = "24h"
MAX_REQUESTS = 50_000  # the Batch API's limit per batch
MAX_BYTES = 190 * 1024 * 1024  # under its 200 MB limit per input file
TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})
_CUSTOM_ID = re.compile(r'"custom_id"\s*:\s*"((?:[^"\\]|\\.)*)"')

# ---------------------------------------------------------------- pure: requests and replies


def request_body(situation: Situation, guidance: Sequence[Passage], settings: Settings) -> dict[str, Any]:
    """The chat completion the LLM writer would send for a first draft, in json_schema mode."""
    messages = with_format(build_messages(situation, guidance), "json")
    return {
        "model": settings.model,
        "temperature": settings.temperature,
        "messages": [{"role": role, "content": content} for role, content in messages],
        "response_format": {
            "type": "json_schema",
            "json_schema": {"name": DRAFT_SCHEMA["title"], "schema": DRAFT_SCHEMA, "strict": True},
        },
    }


def request_line(custom_id: str, body: Mapping[str, Any]) -> str:
    """One line of the Batch API input file."""
    return json.dumps({"custom_id": custom_id, "method": "POST", "url": ENDPOINT, "body": body}, ensure_ascii=False)


@dataclass(frozen=True)
class Result:
    """One line of a batch's output or error file, read: the reply, its usage, or why there is none."""

    custom_id: str
    reply: DraftOut | None
    usage: Usage | None
    error: str | None


def read_result(obj: Mapping[str, Any], *, secret: str | None = None) -> Result:
    """Subject/body from one output- or error-file line, parsed as the writer parses a reply. Provider text in
    an error goes through the one redaction (a key it echoes never reaches OUT, stderr or the state file)."""
    cid = str(obj.get("custom_id"))
    try:
        return _read_result(cid, obj, secret)
    except (AttributeError, TypeError, ValueError, IndexError) as e:  # a line of an unexpected shape
        return Result(cid, None, None, f"provider batch: a reply of an unexpected shape ({type(e).__name__})")


def _err(text: str, secret: str | None) -> str:
    return one_line(redact(text, secret))[:500]


def _read_result(cid: str, obj: Mapping[str, Any], secret: str | None) -> Result:
    err = obj.get("error")
    response = obj.get("response") or {}
    if err:
        if not isinstance(err, Mapping):
            return Result(cid, None, None, _err(f"provider batch: error: {err}", secret))
        return Result(cid, None, None, _err(f"provider batch: {err.get('code') or 'error'}: {err.get('message') or ''}".rstrip(": "), secret))
    status, body = response.get("status_code"), response.get("body") or {}
    if status != 200:
        inner = body.get("error") if isinstance(body, dict) else None
        message = inner.get("message") if isinstance(inner, dict) else None
        return Result(cid, None, None, _err(f"provider batch: HTTP {status}" + (f": {message}" if message else ""), secret))
    raw_usage = body.get("usage") or {}
    usage = Usage(
        prompt_tokens=int(raw_usage.get("prompt_tokens") or 0),
        completion_tokens=int(raw_usage.get("completion_tokens") or 0),
        total_tokens=int(raw_usage.get("total_tokens") or 0),
    )
    choices = body.get("choices") or []
    message = (choices[0] or {}).get("message") or {} if choices else {}
    reply = None
    for call in message.get("tool_calls") or []:
        args = (call.get("function") or {}).get("arguments")
        reply = parse_json_text(args) if isinstance(args, str) else from_data(args)
        if reply is not None:
            break
    content = message.get("content")
    if reply is None and isinstance(content, str) and content.strip():
        reply = parse_content(content)
    if reply is None:
        return Result(cid, None, usage, "provider batch: a reply without a usable subject and body")
    return Result(cid, reply, usage, None)


def to_line(result: Result, situation: Situation, model: str) -> BatchLine:
    """The output record for one result: a guarded draft (problems as warnings) or the error."""
    if result.reply is None:
        return BatchLine(id=result.custom_id, error=result.error or "provider batch: no reply")
    out = result.reply
    draft = Draft(
        subject=out.subject, body=out.body, language=situation.language, intent=situation.intent, writer=model,
        warnings=guard.check(situation, out.subject, out.body), usage=result.usage,
    )
    return BatchLine.from_draft(result.custom_id, draft)


# ---------------------------------------------------------------- state next to OUT


@dataclass
class Part:
    """One submitted batch: its request ids, file ids, batch id and last status."""

    ids: list[str]
    input_file_id: str | None = None
    batch_id: str | None = None
    status: str | None = None
    output_file_id: str | None = None
    error_file_id: str | None = None
    merged: bool = False
    counts: dict[str, int] = field(default_factory=dict)
    reason: str | None = None  # why the provider failed the batch, when it did


@dataclass
class State:
    """What OUT + '.provider-batch.json' holds."""

    fingerprint: str
    items: int
    model: str
    endpoint: str
    input: str | None = None
    parts: list[Part] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> State:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            parts = [Part(**p) for p in data.pop("parts", [])]
            return cls(**data, parts=parts)
        except (OSError, ValueError, TypeError) as e:
            raise FileInputError(f"{path}: unreadable provider batch state ({e}); delete it to submit again") from e

    def save(self, path: Path) -> None:
        write_json_atomically(path, asdict(self))

    @property
    def status(self) -> str:
        """One word for all parts: the least advanced one's."""
        states = [p.status or "pending" for p in self.parts]
        return next((s for s in states if s not in TERMINAL), states[0] if states else "pending")


def state_path(out: Path) -> Path:
    return out.with_name(out.name + STATE_SUFFIX)


# ---------------------------------------------------------------- I/O: the provider


def make_client(settings: Settings) -> Any:
    """The openai client for the configured endpoint (it retries 429 and 5xx itself)."""
    import openai

    from composer.redact import DEFAULT_ENDPOINT

    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else ""
    return openai.OpenAI(
        api_key=key or "no-key-configured", base_url=settings.openai_base_url or DEFAULT_ENDPOINT,
        timeout=settings.timeout, max_retries=settings.max_retries,
    )


def _api_error(exc: Exception, action: str, settings: Settings) -> EndpointError:
    from composer.llm.retry import endpoint_error, safe_endpoint, status_of

    where = safe_endpoint(settings.openai_base_url)
    secret = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    if status_of(exc) == 404:
        return EndpointError(
            f"LLM endpoint {where} has no Files/Batch API (HTTP 404 while trying to {action}): --provider-batch needs "
            "OpenAI's Batch API; for vLLM or another local server, run `tactful batch` without it",
            endpoint=where, status=404,
        )
    err = endpoint_error(exc, endpoint=where, model=settings.model, attempts=settings.max_retries + 1, timeout=settings.timeout, secret=secret)
    return EndpointError(f"could not {action}: {err}", endpoint=where, status=err.status)


StatusHook = Callable[[State], None]


def run_provider_batch(
    items: list[Item],
    out: Path,
    *,
    settings: Settings,
    retriever: Retriever,
    client: Any = None,
    resume: bool = False,
    ordered: bool = True,
    wait: bool = True,
    poll_interval: float = 10.0,
    max_poll_interval: float = 300.0,
    on_status: StatusHook | None = None,
    source: str | None = None,
    max_requests: int = MAX_REQUESTS,
    max_bytes: int = MAX_BYTES,
    sleep: Callable[[float], None] = time.sleep,
) -> BatchSummary:
    """Submit what OUT lacks as provider batches (or pick up those already submitted), wait, merge into OUT.

    With wait=False it returns once the batches are submitted (or checked once), to be collected later with
    resume=True. Each step is saved before the next, so a kill anywhere resumes without paying twice.
    """
    started = time.perf_counter()
    fmt = detect_format(out)
    summary = BatchSummary(total=len(items), output=str(out))
    spath = state_path(out)
    if spath.exists() and not resume:
        raise FileInputError(f"{out}: provider batches were already submitted for it ({spath.name}); use --resume to collect them")
    by_id = {it.id: it for it in items}
    with Output(items, out, fmt=fmt, resume=resume, source=source) as output:
        summary.skipped, summary.failed_before = len(output.done), output.failed_before
        state = State.load(spath) if spath.exists() else None
        if state is not None and (state.fingerprint != fingerprint(items) or state.items != len(items)):
            raise FileInputError(
                f"{out}: its provider batches were submitted for another input ({state.input or 'unknown file'}, {state.items} items); "
                f"use another output file, or delete {out.name}, {out.name}.batch.json and {spath.name} to start over"
            )
        if state is None:
            state = State(fingerprint=fingerprint(items), items=len(items), model=settings.model,
                          endpoint=_where(settings), input=source)
            todo = [it for it in items if it.id not in output.done]
            state.parts = _prepare(todo, out, output, summary, settings, retriever, max_requests=max_requests, max_bytes=max_bytes)
            state.save(spath)
        else:  # items neither written nor submitted: local failures from a run whose OUT was since removed
            submitted = {cid for part in state.parts for cid in part.ids}
            todo = [it for it in items if it.id not in output.done and it.id not in submitted]
            for it in todo:
                line = BatchLine(id=it.id, error=_local_error(it) or "not in the provider batches submitted for this output")
                output.write(line, remember=True)
                summary.count(line)
        if state.parts and client is None:
            client = make_client(settings)
        for n, part in enumerate(state.parts):
            if part.input_file_id is None:
                _upload(client, part, _part_file(out, n), by_id, settings, retriever)
                state.save(spath)
            if part.batch_id is None:
                if part.status == "submitting":  # a kill may have come after the batch was created: look first
                    _find(client, part, settings)
                if part.batch_id is None:
                    part.status = "submitting"
                    state.save(spath)
                    _create(client, part, out, settings)
                state.save(spath)
        interval = poll_interval
        while True:
            for part in state.parts:
                if part.merged:
                    continue
                if part.status not in TERMINAL:
                    _poll(client, part, settings)
                if part.status in TERMINAL:
                    _merge(client, part, output, by_id, summary, settings, state.model)
                state.save(spath)
            if on_status:
                on_status(state)
            if all(p.merged for p in state.parts) or not wait:
                break
            sleep(interval)
            interval = min(interval * 1.5, max_poll_interval)
        if ordered and all(p.merged for p in state.parts):
            output.put_in_order(items)
    summary.seconds = time.perf_counter() - started
    return summary


def pending(out: Path) -> State | None:
    """The provider batch state kept next to OUT, if any (for the CLI's messages)."""
    path = state_path(out)
    return State.load(path) if path.exists() else None


def _where(settings: Settings) -> str:
    from composer.llm.retry import safe_endpoint

    return safe_endpoint(settings.openai_base_url)


def _part_file(out: Path, n: int) -> Path:
    return out.with_name(f"{out.name}.provider-batch.part{n:03d}.jsonl")


def _local_error(item: Item) -> str | None:
    """Why an item cannot be submitted at all (unreadable, or not a valid situation), else None."""
    from composer.api import as_situation

    if item.error is not None or item.data is None:
        return item.error or "unreadable item"
    try:
        as_situation(item.data)
    except TactfulError as e:
        return str(e)
    return None


def _request(item: Item, settings: Settings, retriever: Retriever) -> str:
    """The request line for one item (raises TactfulError when the item is not a usable situation)."""
    from composer.api import as_situation

    if item.error is not None or item.data is None:
        raise FileInputError(item.error or "unreadable item")
    s = as_situation(item.data)
    return request_line(item.id, request_body(s, retriever.retrieve(s, k=settings.top_k), settings))


def _prepare(
    todo: Sequence[Item], out: Path, output: Output, summary: BatchSummary, settings: Settings, retriever: Retriever,
    *, max_requests: int, max_bytes: int,
) -> list[Part]:
    """Local work before submitting: a bad item gets its error line now; the rest go into part files, each
    within the Batch API's limits, streamed to disk so memory stays flat however many there are."""
    parts: list[Part] = []
    f = None
    size = 0
    try:
        for it in todo:
            try:
                line = _request(it, settings, retriever)
            except TactfulError as e:
                bad = BatchLine(id=it.id, error=str(e))
                output.write(bad, remember=True)
                summary.count(bad)
                continue
            n = len(line.encode()) + 1
            if f is None or len(parts[-1].ids) >= max_requests or size + n > max_bytes:
                if f is not None:
                    f.close()
                parts.append(Part(ids=[]))
                f = _part_file(out, len(parts) - 1).open("w", encoding="utf-8")
                size = 0
            f.write(line + "\n")
            parts[-1].ids.append(it.id)
            size += n
    finally:
        if f is not None:
            f.close()
    return parts


def _upload(client: Any, part: Part, path: Path, by_id: Mapping[str, Item], settings: Settings, retriever: Retriever) -> None:
    if not path.exists():  # a kill removed it after an earlier upload attempt: build it again
        path.write_text("".join(_request(by_id[cid], settings, retriever) + "\n" for cid in part.ids), encoding="utf-8")
    try:
        with path.open("rb") as f:
            part.input_file_id = client.files.create(file=(path.name, f), purpose="batch").id
    except Exception as e:
        raise _api_error(e, "upload the batch requests", settings) from e
    path.unlink(missing_ok=True)


def _find(client: Any, part: Part, settings: Settings) -> None:
    """The batch a killed run created for this part's file but did not record (it is among the newest)."""
    try:
        newest = client.batches.list(limit=100).data  # one page, newest first: no walk through the history
    except Exception as e:
        raise _api_error(e, "list provider batches", settings) from e
    for batch in newest:
        if batch.input_file_id == part.input_file_id:
            part.batch_id, part.status = batch.id, batch.status
            return


def _create(client: Any, part: Part, out: Path, settings: Settings) -> None:
    try:
        batch = client.batches.create(
            input_file_id=part.input_file_id, endpoint=ENDPOINT, completion_window=WINDOW,
            metadata={"tactful_output": out.name[:512]},
        )
    except Exception as e:
        raise _api_error(e, "create the provider batch", settings) from e
    part.batch_id, part.status = batch.id, batch.status


def _poll(client: Any, part: Part, settings: Settings) -> None:
    try:
        batch = client.batches.retrieve(part.batch_id)
    except Exception as e:
        raise _api_error(e, f"check provider batch {part.batch_id}", settings) from e
    part.status = batch.status
    part.output_file_id, part.error_file_id = batch.output_file_id, batch.error_file_id
    counts = batch.request_counts
    if counts is not None:
        part.counts = {"total": counts.total, "completed": counts.completed, "failed": counts.failed}
    if batch.status == "failed" and batch.errors and batch.errors.data:
        first = batch.errors.data[0]
        secret = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
        part.reason = _err(f"{first.code}: {first.message}", secret)


def _download(client: Any, file_id: str | None, settings: Settings) -> Iterator[dict[str, Any]]:
    if not file_id:
        return
    try:
        text = client.files.content(file_id).text
    except Exception as e:
        raise _api_error(e, f"download provider batch file {file_id}", settings) from e
    for raw in text.split("\n"):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except ValueError:
            obj = None
        if isinstance(obj, dict):
            yield obj
            continue
        found = _CUSTOM_ID.search(raw)  # name the item if the broken line still says which it is
        yield {"custom_id": found.group(1) if found else None,
               "error": {"code": "unreadable", "message": "the provider's line for this item is not a JSON object"}}


def _merge(
    client: Any, part: Part, output: Output, by_id: Mapping[str, Item], summary: BatchSummary, settings: Settings, model: str
) -> None:
    """Write every item of a finished batch: its draft, its error, or why the batch left it unanswered."""
    from composer.api import as_situation

    wanted = set(part.ids)
    secret = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    for obj in [*_download(client, part.output_file_id, settings), *_download(client, part.error_file_id, settings)]:
        result = read_result(obj, secret=secret)
        if result.custom_id not in wanted or result.custom_id in output.done:
            continue  # not ours, or written before a kill interrupted an earlier merge
        item = by_id[result.custom_id]
        line = to_line(result, as_situation(item.data or {}), model)
        output.write(line, remember=True)
        summary.count(line)
        if result.usage is not None:
            summary.tokens += result.usage.total_tokens
    why = f"failed: {part.reason or 'see the provider dashboard'}" if part.status == "failed" else part.status
    for cid in part.ids:
        if cid not in output.done:
            line = BatchLine(id=cid, error=f"provider batch {part.batch_id} ended ({why}) without an answer for this item")
            output.write(line, remember=True)
            summary.count(line)
    output.sync()  # before the state says this part is merged
    part.merged = True
