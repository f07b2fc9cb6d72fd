"""Loads the committed corpus: ingested article passages plus the team's notes, as one list of records."""

from __future__ import annotations

import json
from pathlib import Path

from composer.errors import FileInputError
from composer.retrieval.notes import load_notes
from composer.retrieval.records import GuidancePassage

ARTICLES_DIR = "articles"
PASSAGES_FILE = "passages.jsonl"  # written by `python -m composer.retrieval.ingest`


def load_articles(corpus_dir: Path) -> list[GuidancePassage]:
    """Article passages from corpus_dir/articles/passages.jsonl (written by the ingestion)."""
    path = Path(corpus_dir) / ARTICLES_DIR / PASSAGES_FILE
    if not path.is_file():
        raise FileInputError(
            f"{path} not found: regenerate it with `python -m composer.retrieval.ingest SEEDS_DIR {path.parent}`"
        )
    records: list[GuidancePassage] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append(GuidancePassage.from_json(json.loads(line)))
        except (ValueError, KeyError, TypeError) as exc:
            raise FileInputError(f"{path}:{number}: not a valid passage ({exc})") from exc
    return records


def load_corpus(corpus_dir: Path | str) -> list[GuidancePassage]:
    """Every passage Tactful can retrieve: source articles first, then notes; ids must be unique."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise FileInputError(f"corpus folder {corpus_dir} not found (set TACTFUL_CORPUS_DIR or corpus_dir)")
    try:
        records = load_articles(corpus_dir) + load_notes(corpus_dir)
    except ValueError as exc:
        if isinstance(exc, FileInputError):
            raise
        raise FileInputError(str(exc)) from exc
    seen: set[str] = set()
    for r in records:
        if r.id in seen:
            raise FileInputError(f"duplicate passage id {r.id} in {corpus_dir}")
        seen.add(r.id)
    if not records:
        raise FileInputError(f"corpus folder {corpus_dir} holds no passages")
    return records
