"""The guidance record shared by ingestion, the notes loader, the store and the retriever."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Literal

from composer.models import Language, Passage, Strategy, Topic

Origin = Literal["article", "note"]


@dataclass(frozen=True)
class GuidancePassage:
    """One passage of the corpus as stored: a models.Passage without score, plus its content hash."""

    id: str  # "<source>#<index>", e.g. "000_c2c2ca0380bb3e56.txt#02" or "notes/en.md#03"
    text: str
    source: str
    language: Language
    topic: Topic
    origin: Origin
    heading: str | None = None
    strategies: tuple[Strategy, ...] = ()
    hash: str = field(default="")

    def __post_init__(self) -> None:
        if not self.hash:
            object.__setattr__(self, "hash", content_hash(self))

    def to_passage(self, *, score: float = 0.0, cross_language: bool = False) -> Passage:
        """The public models.Passage for this record, with the retrieval score attached."""
        return Passage(
            id=self.id,
            text=self.text,
            source=self.source,
            language=self.language,
            topic=self.topic,
            origin=self.origin,
            heading=self.heading,
            strategies=list(self.strategies),
            score=score,
            cross_language=cross_language,
        )

    def to_json(self) -> dict[str, Any]:
        """Field order fixed, so passages.jsonl is byte-for-byte reproducible."""
        return {
            "id": self.id,
            "text": self.text,
            "source": self.source,
            "language": self.language.value,
            "topic": self.topic.value,
            "heading": self.heading,
            "strategies": [s.value for s in self.strategies],
            "origin": self.origin,
            "hash": self.hash,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> GuidancePassage:
        """Rebuild a record from a passages.jsonl line; the stored hash must match the content."""
        record = cls(
            id=data["id"],
            text=data["text"],
            source=data["source"],
            language=Language(data["language"]),
            topic=Topic(data["topic"]),
            origin=data.get("origin", "article"),
            heading=data.get("heading"),
            strategies=tuple(Strategy(s) for s in data.get("strategies", [])),
        )
        stored = data.get("hash")
        if stored and stored != record.hash:
            raise ValueError(f"passage {record.id}: stored hash {stored} does not match its content ({record.hash})")
        return record


def content_hash(p: GuidancePassage) -> str:
    """Short sha256 over everything the store keeps, so any edit re-embeds and re-tags the passage."""
    payload = json.dumps(
        [p.id, p.text, p.source, p.language.value, p.topic.value, p.origin, p.heading, [s.value for s in p.strategies]],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def corpus_hash(passages: list[GuidancePassage] | tuple[GuidancePassage, ...]) -> str:
    """One hash for the whole corpus: changes when any passage is added, edited or removed."""
    digest = hashlib.sha256()
    for p in sorted(passages, key=lambda r: r.id):
        digest.update(f"{p.id}\t{p.hash}\n".encode())
    return digest.hexdigest()[:16]
