"""Batch drafting, split by job: `io` (input and output codecs, pure), `ledger` (the durable output: fsync,
lock, torn tail, resume, reorder, state file), `engine` (the one concurrency engine and `run_batch`),
`provider` (the same drafts through OpenAI's Batch API). May import models, errors, ratelimit, textsafe,
jsonsafe and, lazily, api and retrieval; nothing here imports the CLI or the page.

Guarantees: every input item ends as exactly one output record (a draft or its error), whatever the input
holds; a kill, even SIGKILL, loses at most a torn last record, cut off on `--resume`.
"""

from __future__ import annotations

from composer.batch.engine import (
    BatchSummary,
    Worker,
    amap_window,
    draft_cost,
    iter_lines,
    map_window,
    metered,
    one_line_for,
    run_batch,
)
from composer.batch.io import (
    CSV_FIELDS,
    CSV_HEADER,
    MAX_LINE_CHARS,
    Item,
    csv_row,
    csv_safe,
    csv_unsafe,
    decode,
    detect_format,
    encode_items,
    encode_record,
    line_to_csv_row,
    line_to_json,
    load_items,
    parse_csv,
    parse_jsonl,
    read_text,
)
from composer.batch.ledger import (
    STATE_SUFFIX,
    Output,
    fingerprint,
    iter_output,
    read_done,
    read_output,
    state_path,
    write_json_atomically,
)


def __getattr__(name: str) -> object:
    """The retrieval caches moved to composer.retrieval.cache; old imports keep working, loaded lazily."""
    if name in ("SharedGuidance", "CachedRetriever", "PooledQueries", "batch_retriever"):
        from composer.retrieval import cache

        return getattr(cache, name)
    raise AttributeError(f"module 'composer.batch' has no attribute {name!r}")


__all__ = [
    "CSV_FIELDS", "CSV_HEADER", "MAX_LINE_CHARS", "STATE_SUFFIX", "Item", "Output", "BatchSummary", "Worker",
    "amap_window", "csv_row", "csv_safe", "csv_unsafe", "decode", "detect_format", "draft_cost", "encode_items",
    "encode_record", "fingerprint", "iter_lines", "iter_output", "line_to_csv_row", "line_to_json", "load_items",
    "map_window", "metered", "one_line_for", "parse_csv", "parse_jsonl", "read_done", "read_output", "read_text",
    "run_batch", "state_path", "write_json_atomically",
]
