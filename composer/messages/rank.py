"""What the meeting is called, as candidates from the message's structure, with features that transfer between
writers: the noun phrases the topic reader finds in the body, what it says the meeting is about, the thing a
verb cancels/moves/confirms, the subject line, the rules' own pick. A learned ranking over these candidates is
measured leave-one-set-out by `python -m composer.messages.phrase_train`; it only ever chooses among verbatim
spans, so evidence and `missing` work as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from composer.messages import lexicon as lx
from composer.messages import topic
from composer.messages.times import TimeSpan
from composer.models import Language

FEATURES = ("rule_pick", "source_subject", "source_about", "source_governed", "source_phrase", "order", "first_phrase",
            "rel_position", "has_head", "bare", "generic", "indefinite", "after_earlier", "own_side", "near_meeting_time",
            "time_after_phrase", "in_question", "n_words", "has_complement", "capitalised", "digits", "in_first_sentence")


def candidates(text: str, start: int, end: int, lang: Language, times: Sequence[TimeSpan], subject: str | None,
               pick: topic.Topic | None) -> list[tuple[topic.Topic, str]]:
    """Every phrase that could name the meeting, each once, with where it came from."""
    out: list[tuple[topic.Topic, str]] = []
    seen: set[tuple[str, int]] = set()

    def add(t: topic.Topic | None, how: str) -> None:
        if t is None or not t.text.strip():
            return
        key = (t.source, t.start)
        if key in seen:
            return
        seen.add(key)
        out.append((t, how))

    add(pick, "pick")
    for p in topic.noun_phrases(text, start, end, lang, times):
        add(p, "phrase")
    add(topic.in_body(text, start, end, lang, times), "about")
    add(topic.governed(text, start, end, lang, times), "governed")
    add(topic.in_subject(subject, lang), "subject")
    return out


def features(text: str, start: int, end: int, lang: Language, cands: Sequence[tuple[topic.Topic, str]],
             meeting_at: TimeSpan | None, pick: topic.Topic | None) -> np.ndarray:
    """One row per candidate (`FEATURES`)."""
    heads = re.compile(rf"(?:{lx.MEETING_HEADS[lang]})", re.IGNORECASE)
    after = re.compile(rf"(?:{lx.AFTER_EARLIER[lang]})[ \t]+(?:\S+[ \t]+)?$", re.IGNORECASE)
    own = re.compile(rf"(?:\b(?:{lx.OWN_SIDE[lang]}|your|votre|vos|vostr[oaie]|uw|jullie|er|ert|era)[ \t]+)$", re.IGNORECASE)
    first_end = re.search(r"[.!?\n]", text[start:end].lstrip())
    first_sentence_end = start + (len(text[start:end]) - len(text[start:end].lstrip())) + (first_end.end() if first_end else end - start)
    span = max(1, end - start)
    body_phrases = [c for c, how in cands if c.source == "body"]
    rows = []
    for i, (c, how) in enumerate(cands):
        body = c.source == "body"
        before = text[max(0, c.start - 40):c.start] if body else ""
        gap = (meeting_at.start - c.end) if (meeting_at is not None and body) else 10_000
        nxt = re.search(r"[.!?\n]", text[c.end:end]) if body else None
        words = c.text.split()
        rows.append([
            float(pick is not None and c.start == pick.start and c.source == pick.source),
            float(not body), float(how == "about"), float(how == "governed"), float(how == "phrase"),
            float(i), float(body and body_phrases[:1] == [c]),
            (c.start - start) / span if body else 1.0,
            float(bool(heads.search(c.text))), float(topic._bare(c.text, lang)), float(topic._generic(c.text)),
            float(body and topic._indefinite(text, c)), float(bool(body and after.search(before))),
            float(bool(body and own.search(before))),
            float(0 <= gap <= 40), float(0 <= gap <= 200),
            float(bool(nxt and nxt.group(0) == "?")),
            float(len(words)), float(bool(re.search(rf"\s(?:{lx.COMPLEMENT_LINKS[lang]})\s", c.text, re.IGNORECASE))),
            float(any(w[:1].isupper() for w in words[1:])), float(bool(re.search(r"\d", c.text))),
            float(body and c.start < first_sentence_end),
        ])
    return np.array(rows, dtype=np.float64).reshape(len(rows), len(FEATURES))
