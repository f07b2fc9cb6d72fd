"""Pure helpers for the Streamlit page (app.py): everything the page decides, kept testable without Streamlit.

The page only renders; this module turns form values into a situation, explains which approach the
guidance suggests, builds the .txt/.eml downloads and history entries, and runs an uploaded batch
through the same engine (and output format) as `tactful batch`.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import tempfile
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from typing import Any, Generic, TypeVar
from urllib.parse import urlsplit, urlunsplit

from pydantic import SecretStr

from composer.api import as_situation, revision_kind
from composer.batch import CSV_FIELDS, Item, Summary, iter_output, line_to_csv_row, line_to_json, load_items, run_batch
from composer.config import Settings
from composer.errors import FileInputError, SituationError
from composer.evaluation import Score
from composer.models import (
    INTENT_HELP,
    INTENT_REQUIRES,
    INTENT_TOPIC,
    BatchLine,
    Draft,
    Intent,
    Language,
    Passage,
    Relationship,
    Situation,
    Strategy,
    Tone,
)
from composer.writers.plan import make_plan

from composer.writers.builtin import BUILTIN_LABEL  # noqa: E402
DEFAULT_ENDPOINT = "https://api.openai.com/v1"

LANGUAGE_LABELS: dict[Language, str] = {
    Language.en: "English",
    Language.fr: "French · français",
    Language.it: "Italian · italiano",
    Language.nl: "Dutch · Nederlands",
    Language.sv: "Swedish · svenska",
}

INTENT_LABELS: dict[Intent, str] = {
    Intent.decline: "Decline the meeting",
    Intent.reschedule: "Move it to another time",
    Intent.shorten: "Make it shorter",
    Intent.switch_to_call: "Turn it into a call",
    Intent.switch_to_email: "Handle it by email",
    Intent.delegate: "Hand it to a colleague",
    Intent.no_show_followup: "Client did not show up",
    Intent.late_cancellation: "Client cancelled late",
    Intent.cancellation_policy: "State the cancellation policy",
}

# Short labels for the one-click intent switches.
INTENT_SHORT: dict[Intent, str] = {
    Intent.decline: "Decline",
    Intent.reschedule: "Move it",
    Intent.shorten: "Shorter meeting",
    Intent.switch_to_call: "A call instead",
    Intent.switch_to_email: "Email instead",
    Intent.delegate: "A colleague",
    Intent.no_show_followup: "No-show follow-up",
    Intent.late_cancellation: "Late cancellation",
    Intent.cancellation_policy: "State the policy",
}

TONE_LABELS: dict[Tone, str] = {Tone.formal: "Formal", Tone.friendly: "Friendly"}
RELATIONSHIP_LABELS: dict[Relationship, str] = {
    Relationship.key: "Key client",
    Relationship.regular: "Regular",
    Relationship.new: "New",
}

FIELD_LABELS: dict[str, str] = {
    "language": "Language",
    "intent": "What should the email do?",
    "recipient_name": "Recipient",
    "sender_name": "Your name",
    "meeting": "Meeting",
    "meeting_time": "When it is",
    "reason": "Reason (optional)",
    "proposed_times": "Times you can offer",
    "duration_minutes": "Shorter length (minutes)",
    "colleague_name": "Colleague who takes over",
    "notice_hours": "Notice (hours)",
    "fee_percent": "Fee (%)",
    "deposit_percent": "Deposit (%)",
    "policy": "Cancellation policy",
    "tone": "Tone",
    "relationship": "Relationship",
}

POLICY_FIELDS = ("notice_hours", "fee_percent", "deposit_percent")

# Which optional fields the form shows for each intent (required ones come from INTENT_REQUIRES).
TIMES_INTENTS = frozenset(
    {
        Intent.reschedule,
        Intent.decline,
        Intent.switch_to_call,
        Intent.switch_to_email,
        Intent.no_show_followup,
        Intent.late_cancellation,
    }
)
# A decline may offer a shorter meeting instead (make_plan uses the length when it is given).
DURATION_INTENTS = frozenset({Intent.shorten, Intent.decline})
COLLEAGUE_INTENTS = frozenset({Intent.delegate})
POLICY_INTENTS = frozenset({Intent.cancellation_policy, Intent.late_cancellation, Intent.no_show_followup})

STRATEGY_TEXT: dict[Strategy, str] = {
    Strategy.call: "turn the meeting into a phone call",
    Strategy.shorter: "keep the meeting, but shorter",
    Strategy.email: "handle it by email for now",
    Strategy.colleague: "let a colleague take over, fully briefed",
    Strategy.weigh_relationship: "weigh how important the client is",
    Strategy.valid_reason: "make sure the reason is really valid",
    Strategy.limit_time: "limit the time it takes rather than cancel",
    Strategy.reach_out: "reach out first: there may be a good reason",
    Strategy.waiting_limit: "say how long you will wait",
    Strategy.reschedule: "offer a clear way to set a new time",
    Strategy.video_phone: "offer video or phone for the new meeting",
    Strategy.policy: "state the cancellation policy (notice, deposit, fee)",
    Strategy.expectations: "set clear expectations about time and availability",
}

# The intent a strategy points to, when the user might rather send that kind of email.
STRATEGY_INTENT: dict[Strategy, Intent] = {
    Strategy.shorter: Intent.shorten,
    Strategy.limit_time: Intent.shorten,
    Strategy.call: Intent.switch_to_call,
    Strategy.email: Intent.switch_to_email,
    Strategy.colleague: Intent.delegate,
    Strategy.reschedule: Intent.reschedule,
    Strategy.policy: Intent.cancellation_policy,
}

ALTERNATIVE_TEXT = {
    "shorter": "a shorter meeting",
    "call": "a short call",
    "email": "handling it by email for now",
    "later": "another time, later on",
}
ALTERNATIVE_INTENT = {
    "shorter": Intent.shorten,
    "call": Intent.switch_to_call,
    "email": Intent.switch_to_email,
    "later": Intent.reschedule,
}

REFINEMENTS = ("shorter", "warmer", "more formal")
TAB_DRAFT = ":material/mail: One email"
TAB_BATCH = ":material/dataset: Batch"

# ---------------------------------------------------------------- the form


_FIELD_HINT = re.compile(r"\s*\((?:duration_minutes|colleague_name|policy)\)")


def intent_help(intent: Intent | str) -> str:
    """INTENT_HELP without the API's field names: a one-line explanation for people."""
    return _FIELD_HINT.sub("", INTENT_HELP[Intent(intent)])


def intent_help_all() -> str:
    """Every intent with its one-line explanation (the intent picker's tooltip)."""
    return "\n".join(f"- **{INTENT_LABELS[i]}**: {intent_help(i)}" for i in Intent)


def visible_fields(intent: Intent | str) -> frozenset[str]:
    """The optional fields the form shows for an intent; hidden ones are left out of the situation."""
    intent = Intent(intent)
    shown: set[str] = set()
    if intent in TIMES_INTENTS:
        shown.add("proposed_times")
    if intent in DURATION_INTENTS or INTENT_REQUIRES.get(intent, ("",))[0] == "duration_minutes":
        shown.add("duration_minutes")
    if intent in COLLEAGUE_INTENTS or INTENT_REQUIRES.get(intent, ("",))[0] == "colleague_name":
        shown.add("colleague_name")
    if intent in POLICY_INTENTS or INTENT_REQUIRES.get(intent, ("",))[0] == "policy":
        shown.add("policy")
    return frozenset(shown)


def required_field(intent: Intent | str) -> str | None:
    """The field an intent cannot do without (shorten -> duration_minutes), if any."""
    need = INTENT_REQUIRES.get(Intent(intent))
    return need[0] if need else None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _number(value: Any) -> int | float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value) if float(value).is_integer() else float(value)
    return value  # let validation name the field and the problem


def _enum_value(value: Any) -> Any:
    return value.value if hasattr(value, "value") else value


def situation_data(values: Mapping[str, Any]) -> dict[str, Any]:
    """The situation dict for the form's values: blanks dropped, only the fields this intent shows.

    `values` uses the Situation's field names, with the policy numbers flat (notice_hours, fee_percent,
    deposit_percent) and proposed_times a list of strings (blank rows allowed).
    """
    data: dict[str, Any] = {}
    for name in ("language", "intent", "tone", "relationship"):
        v = values.get(name)
        if v is not None and v != "":
            data[name] = _enum_value(v)
    for name in ("recipient_name", "sender_name", "meeting", "meeting_time", "reason"):
        v = _text(values.get(name))
        if v is not None:
            data[name] = v
    try:
        shown = visible_fields(data.get("intent", ""))
    except ValueError:
        shown = frozenset()
    if "proposed_times" in shown:
        times = [t for t in (_text(x) for x in values.get("proposed_times") or []) if t]
        if times:
            data["proposed_times"] = times
    if "duration_minutes" in shown:
        d = _number(values.get("duration_minutes"))
        if d is not None:
            data["duration_minutes"] = d
    if "colleague_name" in shown:
        c = _text(values.get("colleague_name"))
        if c is not None:
            data["colleague_name"] = c
    if "policy" in shown:
        policy = {k: n for k in POLICY_FIELDS if (n := _number(values.get(k))) is not None}
        if policy:
            data["policy"] = policy
    return data


@dataclass(frozen=True)
class FormCheck:
    """The outcome of validating the form: a situation, or the model's message and which fields it names."""

    situation: Situation | None
    error: str | None = None
    field_errors: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.situation is not None


_FIELD_AT_START = re.compile(r"^(?P<field>[a-z_]+)(?:\.(?P<sub>[a-z_0-9]+))?(?:\.[\w.]+)?(?=:|\s)")


def field_errors(message: str) -> dict[str, str]:
    """Split a SituationError message into {form field: its part}; policy.fee_percent -> fee_percent."""
    out: dict[str, str] = {}
    for part in (p.strip() for p in message.split("; ")):
        m = _FIELD_AT_START.match(part)
        if not m:
            continue
        name, sub = m["field"], m["sub"]
        if name == "policy" and sub in POLICY_FIELDS:
            name = sub
        if name in FIELD_LABELS:
            out[name] = f"{out[name]}; {part}" if name in out else part
    return out


def check_form(values: Mapping[str, Any]) -> FormCheck:
    """Validate the form with the model itself, so the page shows exactly the API's messages."""
    try:
        return FormCheck(as_situation(situation_data(values)))
    except SituationError as e:
        return FormCheck(None, str(e), field_errors(str(e)))


EXAMPLES: dict[Language, dict[str, Any]] = {
    Language.en: dict(
        recipient_name="Margaret Hughes", sender_name="Tom Baker", meeting="the quarterly account review",
        meeting_time="Thursday 14 March at 10:00", reason="a clash with a board meeting",
        proposed_times=["Tuesday 19 March at 14:00", "Wednesday 20 March at 9:30"],
        colleague_name="Priya Shah",
    ),
    Language.fr: dict(
        recipient_name="Claire Dubois", sender_name="Julien Moreau", meeting="la revue trimestrielle du compte",
        meeting_time="jeudi 14 mars à 10 h", reason="un déplacement imprévu chez un autre client",
        proposed_times=["mardi 19 mars à 14 h", "mercredi 20 mars à 9 h 30"], colleague_name="Sophie Laurent",
    ),
    Language.it: dict(
        recipient_name="Giulia Bianchi", sender_name="Marco Rossi", meeting="la revisione trimestrale del progetto",
        meeting_time="giovedì 14 marzo alle 10:00", reason="un impegno imprevisto con un altro cliente",
        proposed_times=["martedì 19 marzo alle 14:00", "mercoledì 20 marzo alle 9:30"], colleague_name="Luca Ferri",
    ),
    Language.nl: dict(
        recipient_name="Sanne de Vries", sender_name="Pieter Jansen", meeting="de kwartaalevaluatie van het project",
        meeting_time="donderdag 14 maart om 10.00 uur", reason="een onverwachte afspraak bij een andere klant",
        proposed_times=["dinsdag 19 maart om 14.00 uur", "woensdag 20 maart om 9.30 uur"], colleague_name="Eva Bakker",
    ),
    Language.sv: dict(
        recipient_name="Karin Lindqvist", sender_name="Erik Johansson", meeting="kvartalsgenomgången av projektet",
        meeting_time="torsdag 14 mars kl. 10.00", reason="ett oväntat kundbesök",
        proposed_times=["tisdag 19 mars kl. 14.00", "onsdag 20 mars kl. 9.30"], colleague_name="Anna Berg",
    ),
}


def example_values(language: Language | str) -> dict[str, Any]:
    """A complete, realistic form in the given language (what "Fill in an example" loads)."""
    lang = Language(language)
    return {
        **EXAMPLES[lang],
        "proposed_times": list(EXAMPLES[lang]["proposed_times"]),
        "language": lang.value,
        "duration_minutes": 30,
        "notice_hours": 24,
        "fee_percent": 50,
        "deposit_percent": None,
    }


# ---------------------------------------------------------------- the approach the guidance suggests


@dataclass(frozen=True)
class Suggestion:
    """Which approach the guidance suggests for a situation, and the intents worth switching to."""

    headline: str
    advice: list[tuple[str, list[str]]]  # (what the guidance says, the sources saying it)
    switch_to: list[Intent]  # other intents, best first
    plan_note: str | None = None  # what the built-in draft will do, when that follows from the plan


def weak_reason(reason: str | None) -> bool:
    """No reason, or one of two words or fewer ("busy", "other plans"): the guidance asks if it is valid."""
    return not reason or len(reason.split()) <= 2


def suggest(situation: Situation, guidance: Sequence[Passage]) -> Suggestion:
    """The approach make_plan and the retrieved passages' strategies point to for this situation."""
    s = situation
    plan = make_plan(s, guidance)
    key = s.relationship is Relationship.key
    weak = weak_reason(s.reason)
    sources: dict[Strategy, list[str]] = {}
    for p in guidance:
        for st in p.strategies:
            src = p.source + (" · Tactful note" if p.origin == "note" else "")
            if src not in sources.setdefault(st, []):
                sources[st].append(src)
    advice = [(STRATEGY_TEXT[st], sources[st]) for st in Strategy if st in sources]

    switch: list[Intent] = []

    def add(intent: Intent) -> None:
        if intent is not s.intent and intent not in switch:
            switch.append(intent)

    plan_note = None
    if s.intent is Intent.decline:
        alt = plan.alternative or ("call" if key else "later")
        plan_note = f"The draft will offer {ALTERNATIVE_TEXT[alt]} instead of a bare no."
        if key and weak:
            headline = (
                "A key client and no strong reason: rather than a bare no, the guidance suggests offering "
                "a shorter meeting or a call."
            )
            add(Intent.shorten)
            add(Intent.switch_to_call)
        elif key:
            headline = "A key client: the guidance suggests offering a lighter form of the meeting rather than a bare no."
        elif weak:
            headline = (
                "No clear reason given: the guidance asks whether the reason is really valid; "
                "a lighter form of the meeting is easier to accept than a no."
            )
        else:
            headline = "Declining is fine with a real reason; the guidance still suggests keeping the door open."
        add(ALTERNATIVE_INTENT[alt])
    elif s.intent is Intent.no_show_followup:
        headline = "The client did not come: reach out first (there may be a good reason), then offer a new time."
    elif s.intent is Intent.late_cancellation:
        headline = "The client cancelled late: acknowledge it, offer a new date, and state the policy gently."
    elif s.intent is Intent.cancellation_policy:
        headline = "State the policy plainly (notice, deposit, fee) and set clear expectations."
    else:
        what = intent_help(s.intent).rstrip(".")
        headline = f"{what}: the guidance for this situation agrees" + (
            ", and for a key client says the relationship matters." if key else "."
        )
    for st in Strategy:
        if st in sources and st in STRATEGY_INTENT and INTENT_TOPIC[STRATEGY_INTENT[st]] is s.topic:
            add(STRATEGY_INTENT[st])
    return Suggestion(headline=headline, advice=advice, switch_to=switch[:4], plan_note=plan_note)


# ---------------------------------------------------------------- the draft's guidance and checks


@dataclass(frozen=True)
class PassageRow:
    """One followed passage as the page lists it."""

    source: str
    language: str
    score: str
    heading: str
    text: str
    marks: list[str]
    strategies: list[str]


def passage_rows(guidance: Iterable[Passage]) -> list[PassageRow]:
    """Source, language, score, and marks for cross-language passages and Tactful's own notes."""
    rows = []
    for p in guidance:
        marks = []
        if p.cross_language:
            marks.append(f"other language ({p.language.value})")
        if p.origin == "note":
            marks.append("Tactful's own note")
        first = p.text.strip().split("\n", 1)[0]
        heading = p.heading or (first if len(first) <= 90 else first[:87].rstrip() + "…")
        rows.append(
            PassageRow(
                source=p.source,
                language=p.language.value,
                score=f"{p.score:.2f}",
                heading=heading,
                text=p.text.strip(),
                marks=marks,
                strategies=[STRATEGY_TEXT[s] for s in p.strategies],
            )
        )
    return rows


@dataclass(frozen=True)
class CheckView:
    """A score as the page shows it: a figure, whether it passes, and each failed item with its evidence."""

    name: str
    value: str
    ok: bool
    failed: list[str]


def score_views(score: Score) -> list[CheckView]:
    """Completeness and tone from an evaluation Score, each with the failed items and their evidence.

    Tone items are the reasons named "tone.<signal>"; every other reason is a completeness item.
    """
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
        CheckView("Completeness", f"{score.completeness:.0%}", bool(score.complete), completeness_failed),
        CheckView("Tone", f"{score.tone:.0%}", bool(score.tone_ok), tone_failed),
    ]


# ---------------------------------------------------------------- taking the draft away


def as_text(subject: str, body: str) -> str:
    """The draft as a plain .txt: a Subject line, a blank line, the body."""
    return f"Subject: {subject.strip()}\n\n{body.strip()}\n"


def build_eml(
    subject: str,
    body: str,
    *,
    date: datetime | None = None,
    to: str | None = None,
    sender: str | None = None,
) -> bytes:
    """An RFC 5322 message (text/plain; charset=UTF-8) that mail programs open as an unsent draft.

    `to` and `sender` are only used when they are real addresses (a name alone is not a valid header).
    """
    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = subject.strip()
    if to and "@" in to:
        msg["To"] = to
    if sender and "@" in sender:
        msg["From"] = sender
    msg["Date"] = format_datetime((date or datetime.now()).astimezone())
    msg["X-Unsent"] = "1"  # Outlook and others open it as a draft to send
    text = body.strip() + "\n"
    # Plain UTF-8 (8bit) keeps the file readable; RFC 5322's 998-octet line limit forces quoted-printable.
    long_line = any(len(line.encode("utf-8")) > 998 for line in text.splitlines())
    msg.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable" if long_line else "8bit")
    return msg.as_bytes()


def file_stem(intent: Intent | str | None, recipient: str | None) -> str:
    """A safe, readable file name stem: tactful-reschedule-claire-dubois."""
    parts = ["tactful"]
    if intent:
        parts.append(str(_enum_value(intent)).replace("_", "-"))
    if recipient:
        ascii_name = unicodedata.normalize("NFKD", recipient).encode("ascii", "ignore").decode()
        slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40]
        if slug:
            parts.append(slug)
    return "-".join(parts)


def history_entry(draft: Draft, situation: Situation, action: str, *, when: datetime | None = None) -> dict[str, Any]:
    """One line of this session's history: what was made, how, and all it takes to restore it (plain data)."""
    when = when or datetime.now()
    return {
        "time": when.strftime("%H:%M:%S"),
        "action": action,
        "intent": draft.intent.value,
        "language": draft.language.value,
        "recipient": situation.recipient_name,
        "subject": draft.subject,
        "body": draft.body,
        "writer": draft.writer,
        "draft": draft.model_dump(mode="json"),
        "situation": situation.model_dump(mode="json"),
    }


def push_history(history: Sequence[dict[str, Any]], entry: dict[str, Any], *, limit: int = 30) -> list[dict[str, Any]]:
    """Newest first; an entry identical in text to the newest one is not repeated; at most `limit` kept."""
    items = list(history)
    if items and items[0]["subject"] == entry["subject"] and items[0]["body"] == entry["body"]:
        return items
    return [entry, *items][:limit]


def body_height(body: str, *, line_px: int = 22, chars_per_line: int = 48) -> int:
    """A text-area height that shows the whole draft without scrolling, within 220-720 px."""
    lines = sum(max(1, -(-len(line) // chars_per_line)) for line in body.splitlines()) or 1
    return max(220, min(720, lines * line_px + 40))


def edited(draft: Draft, subject: str | None, body: str | None) -> Draft:
    """The draft with the user's edits, so refining and downloads start from what they see."""
    update: dict[str, str] = {}
    if subject is not None and subject != draft.subject:
        update["subject"] = subject
    if body is not None and body != draft.body:
        update["body"] = body
    return draft.model_copy(update=update) if update else draft


# ---------------------------------------------------------------- writer and settings


_KEYLIKE = re.compile(r"\b(?:sk|pk|rk)-[A-Za-z0-9_\-*.]{3,}")
_KEY_ECHO = re.compile(r"(Incorrect API key provided:)\s*\S+", re.IGNORECASE)


def redact(text: str, secret: str | None = None) -> str:
    """A message safe to show: the session's key and anything key-like (even masked) removed."""
    if secret:
        text = text.replace(secret, "[key hidden]")
        if len(secret) >= 8:  # servers often echo a masked key: its first or last characters
            text = text.replace(secret[:8], "[key hidden]").replace(secret[-6:], "[key hidden]")
    text = _KEY_ECHO.sub(r"\1 [key hidden]", text)
    return _KEYLIKE.sub("[key hidden]", text)


def safe_url(url: str | None) -> str:
    """The endpoint as shown to the user: never any credentials embedded in the URL."""
    if not url:
        return DEFAULT_ENDPOINT
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, "", "")) if parts.scheme else url.split("@")[-1]


def writer_label(settings: Settings) -> str:
    """What the sidebar and the draft say about who wrote it (the key is never part of it)."""
    if not settings.llm_configured:
        return BUILTIN_LABEL
    return f"{settings.model} at {safe_url(settings.openai_base_url)}"


def draft_writer_label(draft: Draft, settings: Settings) -> str:
    return BUILTIN_LABEL if draft.writer == "builtin" else f"{draft.writer} at {safe_url(settings.openai_base_url)}"


def draft_caption(draft: Draft, settings: Settings) -> str:
    """Who wrote the draft, in which language, for which intent, and (for a model) what it cost."""
    parts = [draft_writer_label(draft, settings), LANGUAGE_LABELS[draft.language], INTENT_LABELS[draft.intent]]
    if draft.usage is not None and draft.writer != "builtin":
        u = draft.usage
        parts.append(f"{u.total_tokens} tokens, {u.latency_ms / 1000:.1f} s" + (f", {u.attempts} attempts" if u.attempts > 1 else ""))
    return " · ".join(parts)


def situation_after_refine(situation: Situation, instruction: str) -> Situation:
    """The situation a refined draft now answers: "more formal" / "less formal" change its tone for later refines."""
    kind = revision_kind(instruction)
    if kind == "more_formal":
        return situation.model_copy(update={"tone": Tone.formal})
    if kind == "less_formal":
        return situation.model_copy(update={"tone": Tone.friendly})
    return situation


def session_settings(
    base: Settings,
    *,
    use_model: bool,
    base_url: str | None = None,
    model: str | None = None,
    api_key: str | None = None,
) -> Settings:
    """The base (environment) settings with the sidebar's choices for this session on top."""
    if not use_model:
        return base.model_copy(update={"openai_base_url": None, "openai_api_key": None})
    update: dict[str, Any] = {}
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
    raw = "|".join(
        [
            str(settings.llm_configured),
            settings.openai_base_url or "",
            settings.model,
            hashlib.sha256(secret.encode()).hexdigest() if secret else "",
            f"{settings.temperature}|{settings.timeout}|{settings.max_retries}",
        ]
    )
    return hashlib.sha256(raw.encode()).hexdigest()


# ---------------------------------------------------------------- retrieval helpers


class MemoRetriever:
    """Remembers the guidance per situation, so the suggestion panel and the draft retrieve once."""

    def __init__(self, inner: Any, *, maxsize: int = 128) -> None:
        self.inner = inner
        self.maxsize = maxsize
        self._memo: OrderedDict[tuple[str, int], list[Passage]] = OrderedDict()
        self._lock = threading.Lock()

    def retrieve(self, situation: Situation, k: int = 4) -> list[Passage]:
        key = (situation.model_dump_json(exclude={"id"}), k)
        with self._lock:
            if key in self._memo:
                self._memo.move_to_end(key)
                return list(self._memo[key])
        got = list(self.inner.retrieve(situation, k))
        with self._lock:
            self._memo[key] = got
            while len(self._memo) > self.maxsize:
                self._memo.popitem(last=False)
        return list(got)


class NoGuidance:
    """A retriever that finds nothing: used, and said so on the page, when the guidance cannot be loaded."""

    def retrieve(self, situation: Situation, k: int = 4) -> list[Passage]:
        return []


T = TypeVar("T")


class Background(Generic[T]):
    """Builds something slow (the vector store and its model) in a thread, so the page can show at once.

    Nothing runs until `start()` (idempotent); `result()` starts it if needed and waits.
    """

    def __init__(self, build: Callable[[], T]) -> None:
        self._build = build
        self._done = threading.Event()
        self._value: T | None = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def start(self) -> Background[T]:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="tactful-warmup", daemon=True)
                self._thread.start()
        return self

    @property
    def started(self) -> bool:
        return self._thread is not None

    def _run(self) -> None:
        try:
            self._value = self._build()
        except BaseException as e:  # handed to whoever asks for the result
            self._error = e
        finally:
            self._done.set()

    @property
    def ready(self) -> bool:
        return self._done.is_set()

    @property
    def error(self) -> BaseException | None:
        return self._error if self.ready else None

    def result(self, timeout: float | None = None) -> T:
        self.start()
        if not self._done.wait(timeout):
            raise TimeoutError("still loading")
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]


# ---------------------------------------------------------------- batch (same engine and format as the CLI)


@dataclass
class BatchResult:
    """Every line of a finished upload, plus the engine's summary."""

    lines: list[BatchLine]
    summary: Summary

    @property
    def failed(self) -> list[BatchLine]:
        return [line for line in self.lines if line.error]

    def jsonl(self) -> bytes:
        """Exactly what `tactful batch in -o out.jsonl` writes."""
        return "".join(line_to_json(line) + "\n" for line in self.lines).encode("utf-8")

    def csv(self) -> bytes:
        """Exactly what `tactful batch in -o out.csv` writes."""
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(CSV_FIELDS)
        for line in self.lines:
            w.writerow(line_to_csv_row(line))
        return buf.getvalue().encode("utf-8")


UPLOAD_TYPES = ("jsonl", "ndjson", "json", "csv")


def sample_upload() -> bytes:
    """A small JSONL file to start from: three situations in three languages, one per line."""
    rows = []
    for n, (lang, intent) in enumerate(
        [(Language.en, Intent.reschedule), (Language.fr, Intent.decline), (Language.it, Intent.shorten)], start=1
    ):
        values = {**example_values(lang), "intent": intent.value, "tone": "formal", "relationship": "regular"}
        rows.append({"id": f"example-{n}", **situation_data(values)})
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def failure_lines(result: BatchResult) -> list[str]:
    """One line per failed item: its id (unless the error already names the line) and the reason."""
    out = []
    for line in result.failed:
        error = line.error or ""
        out.append(error if error.startswith(f"line {line.id}:") else f"**{line.id}**: {error}")
    return out


def batch_table(result: BatchResult) -> list[dict[str, str]]:
    """One row per result for the page's table: id, intent, language, subject, and the error if any."""
    return [
        {
            "id": line.id,
            "intent": line.intent or "",
            "language": line.language or "",
            "subject": line.subject or "",
            "warnings": " | ".join(line.warnings),
            "error": line.error or "",
        }
        for line in result.lines
    ]


def read_upload(name: str, data: bytes) -> list[Item]:
    """Parse an uploaded file with the batch engine's own reader; errors name the file, not a temp path."""
    safe_name = Path(name or "upload.jsonl").name or "upload.jsonl"
    with tempfile.TemporaryDirectory(prefix="tactful-upload-") as tmp:
        path = Path(tmp) / safe_name
        path.write_bytes(data)
        try:
            return load_items(path)
        except FileInputError as e:
            raise FileInputError(str(e).replace(str(path), safe_name)) from e


def run_upload(
    items: list[Item],
    worker: Callable[[dict[str, Any]], Any],
    *,
    concurrency: int = 1,
    on_progress: Callable[[int, int], None] | None = None,
) -> BatchResult:
    """Run the batch engine into a private temp file and read every line back, in input order."""
    with tempfile.TemporaryDirectory(prefix="tactful-batch-") as tmp:
        out = Path(tmp) / "results.jsonl"
        summary = run_batch(items, out, worker, fmt="jsonl", ordered=True, concurrency=concurrency, on_progress=on_progress)
        lines = [BatchLine.model_validate(obj) for obj in iter_output(out)]
    summary.output = "results.jsonl"
    return BatchResult(lines, summary)
