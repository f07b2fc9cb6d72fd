"""This page session: its settings (sidebar on top of the environment), who writes, the background loader,
what an error tells a web user, how scores and alternatives are shown. No Streamlit imports.
"""

from __future__ import annotations

import hashlib
import re
import socket
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import urlsplit

from pydantic import SecretStr

from composer.advice import source_name
from composer.config import Settings
from composer.errors import EndpointError, Unsupported
from composer.models import Draft, Passage
from composer.redact import redact, safe_endpoint
from composer.ui.labels import INTENT_LABELS, LANGUAGE_LABELS
from composer.writers.builtin import BUILTIN_LABEL

if TYPE_CHECKING:  # the scorer pulls in numpy: the page imports it only once a draft is scored
    from composer.evaluation import Score

PAGE_MAX_RETRIES = 1  # a web user waits: one retry at most, then a sentence they can act on
CONNECT_TIMEOUT = 3.0  # seconds to reach the endpoint before drafting


def session_settings(base: Settings, *, use_model: bool, base_url: str | None = None, model: str | None = None,
                     api_key: str | None = None) -> Settings:
    """The base (environment) settings with the sidebar's choices for this session on top."""
    if not use_model:
        return base.model_copy(update={"openai_base_url": None, "openai_api_key": None})
    update: dict[str, Any] = {"max_retries": min(base.max_retries, PAGE_MAX_RETRIES)}
    if base_url is not None:
        update["openai_base_url"] = base_url.strip() or None
    if model and model.strip():
        update["model"] = model.strip()
    if api_key:
        update["openai_api_key"] = SecretStr(api_key)
    return base.model_copy(update=update)


def settings_key(settings: Settings) -> str:
    """A cache key for what a writer depends on; the key is hashed, never kept in clear."""
    secret = settings.openai_api_key.get_secret_value() if settings.openai_api_key else ""
    raw = "|".join([str(settings.llm_configured), settings.openai_base_url or "", settings.model,
                    hashlib.sha256(secret.encode()).hexdigest() if secret else "",
                    f"{settings.temperature}|{settings.timeout}|{settings.max_retries}"])
    return hashlib.sha256(raw.encode()).hexdigest()


def secret_of(settings: Settings) -> str | None:
    return settings.openai_api_key.get_secret_value() if settings.openai_api_key else None


def writer_label(settings: Settings) -> str:
    """What the sidebar and the draft say about who writes (the key is never part of it)."""
    if not settings.llm_configured:
        return BUILTIN_LABEL
    return f"{settings.model} at {safe_endpoint(settings.openai_base_url)}"


def draft_caption(draft: Draft, settings: Settings) -> str:
    """Who wrote the draft, in which language, for which intent, and (for a model) what it cost."""
    who = BUILTIN_LABEL if draft.writer == "builtin" else f"{draft.writer} at {safe_endpoint(settings.openai_base_url)}"
    parts = [who, LANGUAGE_LABELS[draft.language], INTENT_LABELS[draft.intent]]
    if draft.usage is not None and draft.writer != "builtin":
        u = draft.usage
        parts.append(f"{u.total_tokens} tokens, {u.latency_ms / 1000:.1f} s" + (f", {u.attempts} attempts" if u.attempts > 1 else ""))
    return " · ".join(parts)


# ---------------------------------------------------------------- endpoint errors a web user can act on

_ENV_HINT = re.compile(r"[:;,]?\s*(?:check|set)\b[^.;]*\b(?:TACTFUL|OPENAI)_[A-Z_]+\b[^.;]*", re.IGNORECASE)
_ENV_NAME = re.compile(r"\b(?:TACTFUL|OPENAI)_[A-Z_]+\b")
ENDPOINT_ADVICE = ("Check the endpoint address, model and key in the sidebar, or turn off “Use a model endpoint” "
                   "to write with the built-in writer.")


def unreachable(url: str | None, *, timeout: float = CONNECT_TIMEOUT) -> str | None:
    """Why the endpoint's host cannot be reached within `timeout` seconds (None when it can)."""
    parts = urlsplit(url or "")
    host = parts.hostname
    if not host:
        return "the endpoint address is not a URL (e.g. http://127.0.0.1:8000/v1)"
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return None
    except TimeoutError:
        return f"no answer within {timeout:g} s"
    except OSError as e:
        return (e.strerror or str(e)).lower() or "connection failed"


def endpoint_message(error: EndpointError | str, settings: Settings) -> str:
    """An endpoint failure for a web user: where, what happened (redacted), what to do; no environment variables."""
    text = redact(str(error), secret_of(settings))
    text = _ENV_NAME.sub("the sidebar setting", _ENV_HINT.sub("", text)).strip().rstrip(".")
    return f"The model endpoint at {safe_endpoint(settings.openai_base_url)} did not answer: {text}. {ENDPOINT_ADVICE}"


def web_error(error: BaseException, settings: Settings) -> str:
    """Any error as one sentence safe to show (redacted, no environment variable names)."""
    text = redact(str(error), secret_of(settings))
    return _ENV_NAME.sub("the sidebar setting", _ENV_HINT.sub("", text)).strip()


# ---------------------------------------------------------------- refining


def can_refine_edited(writer: Any) -> bool:
    """Whether the writer rewrites text the user edited (capability "refine_edited").

    Writers that do not declare capabilities yet: the built-in one re-plans from the situation and would
    drop the edit, so it cannot; a model rewrites the text it is given, so it can.
    """
    caps = getattr(writer, "capabilities", None)
    if caps is None:
        return getattr(writer, "name", "") != "builtin"
    return "refine_edited" in caps


EDITED_UNSUPPORTED = Unsupported(
    "The built-in writer can only reshape its own wording, so it cannot refine a draft you edited. "
    "Your edited version is kept (see the drafts below; Undo goes back). To refine, undo your edits or "
    "use a model endpoint."
)


# ---------------------------------------------------------------- scores


@dataclass(frozen=True)
class CheckView:
    """A score as the page shows it: the figure, whether every item passed, and each failed item."""

    name: str
    value: str
    ok: bool  # True only when no item failed: the icon never contradicts the list under it
    failed: list[str]


def score_views(score: Score) -> list[CheckView]:
    """Completeness and tone from a Score; tone items are reasons named "tone.<signal>"."""
    completeness_failed: list[str] = []
    tone_failed: list[str] = []
    for r in score.reasons:
        if r.passed:
            continue
        if r.item.startswith("tone."):
            tone_failed.append(f"{r.item.removeprefix('tone.')}: {r.evidence}")
        else:
            completeness_failed.append(f"{r.item}: {r.evidence}")
    return [
        CheckView("Completeness", f"{score.completeness:.0%}", not completeness_failed, completeness_failed),
        CheckView("Tone", f"{score.tone:.0%}", not tone_failed, tone_failed),
    ]


# ---------------------------------------------------------------- guidance consulted


@dataclass(frozen=True)
class PassageRow:
    """One consulted passage: a readable source name, the heading, the passage itself."""

    source: str
    heading: str
    text: str
    marks: list[str]


def passage_rows(guidance: Iterable[Passage], titles: dict[str, str] | None = None) -> list[PassageRow]:
    rows = []
    for p in guidance:
        marks = ["in another language"] if p.cross_language else []
        first = p.text.strip().split("\n", 1)[0]
        heading = p.heading or first
        if len(heading) > 90:
            heading = heading[:90].rsplit(" ", 1)[0] + "…"
        rows.append(PassageRow(source_name(p, titles), heading, p.text.strip(), marks))
    return rows


# ---------------------------------------------------------------- alternatives


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.strip().split("\n") if line.strip()]


@dataclass(frozen=True)
class Alternative:
    """Another draft: what changes from the current one, and its lines marked new or kept."""

    draft: Draft
    label: str
    lines: list[tuple[str, bool]]  # (line, changed)


def _short(line: str, n: int = 60) -> str:
    return line if len(line) <= n else line[:n].rsplit(" ", 1)[0] + "…"


def alternatives(current: Draft, found: Sequence[Draft], *, limit: int = 3) -> list[Alternative]:
    """The drafts that differ from the current one, labelled by what changes, with the changed lines marked."""
    base = _lines(current.body)
    seen = {"\n".join(base)}
    out: list[Alternative] = []
    for d in found:
        lines = _lines(d.body)
        key = "\n".join(lines)
        if key in seen:
            continue
        seen.add(key)
        added = [line for line in lines if line not in base]
        dropped = [line for line in base if line not in lines]
        if added and dropped:
            label = f"Says instead: “{_short(added[0])}”"
        elif added:
            label = f"Adds: “{_short(added[0])}”"
        elif dropped:
            label = f"Leaves out: “{_short(dropped[0])}”"
        else:
            label = "Reorders the same sentences"
        if d.subject != current.subject and not added:
            label = f"Another subject: “{_short(d.subject)}”"
        if len(out) < limit:
            out.append(Alternative(d, label, [(line, line not in base) for line in lines]))
    return out


def line_diff(before: str, after: str) -> list[tuple[str, bool]]:
    """The lines of `after`, each marked True when not in `before`."""
    old = set(_lines(before))
    return [(line, line not in old) for line in _lines(after)]


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=^&])")


def md_escape(text: str) -> str:
    """User or model text shown through markdown as literal text (no links, images, HTML or colour directives)."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def body_height(body: str, *, line_px: int = 22, chars_per_line: int = 48) -> int:
    """A text-area height that shows the whole draft without scrolling, within 220-720 px."""
    lines = sum(max(1, -(-len(line) // chars_per_line)) for line in body.split("\n")) or 1
    return max(220, min(720, lines * line_px + 40))


# ---------------------------------------------------------------- the retriever, loaded in the background

T = TypeVar("T")


class Background(Generic[T]):
    """Builds something slow (the vector store and its model) on a worker thread so the page shows at once."""

    _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tactful-warmup")

    def __init__(self, build: Callable[[], T]) -> None:
        self._build = build
        self._future: Future[T] | None = None
        self._lock = threading.Lock()

    def start(self) -> Background[T]:
        with self._lock:
            if self._future is None:
                self._future = self._pool.submit(self._build)
        return self

    @property
    def ready(self) -> bool:
        return self._future is not None and self._future.done()

    @property
    def error(self) -> BaseException | None:
        return self._future.exception() if self.ready and self._future is not None else None

    def result(self, timeout: float | None = None) -> T:
        self.start()
        assert self._future is not None
        try:
            return self._future.result(timeout)
        except TimeoutError as e:
            raise TimeoutError("still loading") from e
