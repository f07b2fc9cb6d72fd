"""The one JSON reader for user input (batch lines, --json, stdin, api.as_situation).

Stricter than `json.loads` where it would silently lose or crash: nesting deeper than MAX_DEPTH is refused
before parsing (never a RecursionError), a key given twice is an error (not "last one wins"), NaN/Infinity
and numbers too large for a float are refused, and every failure is a FileInputError with one short line.
"""

from __future__ import annotations

import json
import math
from typing import Any

from composer.errors import FileInputError
from composer.textsafe import quote

MAX_DEPTH = 20  # a situation is 2 deep (object -> policy / proposed_times); 20 leaves room for any caller


def loads(text: str | bytes, *, max_depth: int = MAX_DEPTH) -> Any:
    """Parse `text` as JSON, strictly; raises FileInputError (no location: the caller prefixes its own)."""
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise FileInputError(f"not UTF-8 (invalid byte at offset {e.start}); save it as UTF-8") from e
    _check_depth(text, max_depth)
    try:
        return json.loads(text, object_pairs_hook=_object, parse_constant=_constant, parse_float=_float)
    except json.JSONDecodeError as e:
        where = f"line {e.lineno} column {e.colno}" if e.lineno > 1 else f"column {e.colno}"
        raise FileInputError(f"malformed JSON ({e.msg}, {where})") from e
    except RecursionError as e:  # pragma: no cover - _check_depth keeps this from happening
        raise FileInputError(f"JSON nested too deeply (more than {max_depth} levels)") from e
    except ValueError as e:  # e.g. an integer of more than 4,300 digits
        if isinstance(e, FileInputError):
            raise
        raise FileInputError(f"unreadable JSON number ({str(e)[:80]})") from e


def _check_depth(text: str, max_depth: int) -> None:
    """Refuse nesting deeper than `max_depth` with one linear scan (brackets inside strings do not count)."""
    if text.count("[") + text.count("{") <= max_depth:
        return
    depth = 0
    in_string = escaped = False
    for c in text:
        if in_string:
            if escaped:
                escaped = False
            elif c == "\\":
                escaped = True
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c in "[{":
            depth += 1
            if depth > max_depth:
                raise FileInputError(f"JSON nested more than {max_depth} levels deep; a situation is a flat object")
        elif c in "]}":
            depth -= 1


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise FileInputError(f"key {quote(key)} is given twice; keep one")
        out[key] = value
    return out


def _constant(name: str) -> Any:
    raise FileInputError(f"{name} is not a number JSON allows; give a plain number")


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise FileInputError(f"number {quote(text)} is too large; give a plain number")
    return value
