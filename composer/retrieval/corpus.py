"""Loads the committed corpus: ingested article passages plus the team's notes, as one list of records.

`corpus_fingerprint` is the cheap stand-in for loading it: a hash of the corpus files' paths, sizes and
modification times (and of the code that parses them), so a cold start whose index was built from exactly
these files need not read, parse and hash every passage again.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

from composer.errors import FileInputError
from composer.retrieval.notes import NOTES_DIR, load_notes
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


def corpus_fingerprint(corpus_dir: Path | str) -> str:
    """Hash of what load_corpus would read: the corpus folder, each file's name, size and mtime (passages.jsonl,
    notes/*.md) and the parsing code's own files. Any edit, added or removed notes file, or parser change
    gives another value; equal values mean load_corpus would return the same passages."""
    corpus_dir = Path(corpus_dir).resolve()
    digest = hashlib.sha256(f"{corpus_dir}\n".encode())
    notes_dir = corpus_dir / NOTES_DIR
    try:
        notes = sorted(e.name for e in os.scandir(notes_dir) if e.name.endswith(".md"))
    except OSError:
        notes = []
    paths = [corpus_dir / ARTICLES_DIR / PASSAGES_FILE, *(notes_dir / n for n in notes)]
    paths += _parser_files()
    for path in paths:
        try:
            st = path.stat()
            digest.update(f"{path}\t{st.st_size}\t{st.st_mtime_ns}\n".encode())
        except OSError:
            digest.update(f"{path}\tmissing\n".encode())
    return digest.hexdigest()[:16]


def _parser_files() -> list[Path]:
    """The code that turns corpus files into passages: editing it must count as a corpus change."""
    from composer import models
    from composer.retrieval import notes, records

    modules = (sys.modules[__name__], notes, records, models)
    return [Path(m.__file__) for m in modules if getattr(m, "__file__", None)]
