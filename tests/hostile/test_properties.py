"""Property-based checks (hypothesis) of the situation parser and the JSONL/CSV codecs.

Round trips: any valid item list written as JSONL or CSV and read back gives the same situations and ids; any
batch record written and read back is the same record. Robustness: any byte string gives items or one
FileInputError, never another exception, and every item it gives drafts to exactly one record.
"""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from composer import jsonsafe
from composer.api import as_situation
from composer.batch import encode_items, encode_record, load_items, one_line_for
from composer.batch.io import decode_csv_record
from composer.errors import FileInputError, SituationError
from composer.models import BatchLine, Intent, required_fields, Language, Relationship, Situation, Tone
from composer.textsafe import problem
from composer.writers.builtin import BuiltinWriter

WRITER = BuiltinWriter()
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])

# Any printable text a user may type in a one-line field (any script, punctuation, formula-like starts).
_chars = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp", "Cf"))
text = st.text(_chars, min_size=1, max_size=40).map(str.strip).filter(lambda t: bool(t) and problem(t) is None)
formulaish = st.sampled_from(["=1+1", "+33 6 12", "-", "@here", "'=x", "''+y", "'quoted"])
field_text = st.one_of(text, formulaish, st.builds(lambda a, b: a + b, formulaish, text))
number = st.integers(0, 10_000).map(lambda x: x / 100)


@st.composite
def situations(draw: st.DrawFn, *, for_csv: bool) -> dict[str, Any]:
    times = st.lists(field_text.filter(lambda t: "|" not in t) if for_csv else field_text, max_size=10)
    s: dict[str, Any] = {
        "language": draw(st.sampled_from(list(Language))).value,
        "intent": draw(st.sampled_from(list(Intent))).value,
        "recipient_name": draw(field_text),
        "sender_name": draw(field_text),
        "meeting": draw(field_text),
        "meeting_time": draw(field_text),
        "tone": draw(st.sampled_from(list(Tone))).value,
        "relationship": draw(st.sampled_from(list(Relationship))).value,
        "duration_minutes": draw(st.integers(1, 600)),
        "colleague_name": draw(field_text),
        "policy": {"notice_hours": draw(number), "fee_percent": draw(st.integers(0, 100)), "deposit_percent": draw(number.filter(lambda x: x <= 100))},
    }
    for optional in ("reason", "proposed_times"):
        if draw(st.booleans()):
            s[optional] = draw(text if optional == "reason" else times)
    for droppable in ("meeting", "meeting_time", "colleague_name", "duration_minutes"):
        if droppable not in required_fields(s["intent"]) and draw(st.booleans()):
            s.pop(droppable)
    if draw(st.booleans()):
        s["id"] = draw(field_text)
    try:
        Situation.model_validate(s)
    except ValueError:
        assume(False)
    return s


def unique_ids(items: list[dict[str, Any]]) -> bool:
    ids = [it.get("id") for it in items if it.get("id")]
    return len(ids) == len(set(ids)) and not any(i.isdigit() for i in ids)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_any_valid_item_list_round_trips(fmt: str) -> None:
    @FAST
    @given(st.lists(situations(for_csv=fmt == "csv"), min_size=1, max_size=6).filter(unique_ids))
    def check(objs: list[dict[str, Any]]) -> None:
        items = load_items(encode_items(objs, fmt), fmt)
        assert len(items) == len(objs)
        for obj, item in zip(objs, items, strict=True):
            assert item.error is None, item.error
            assert item.data is not None
            assert Situation.model_validate(item.data) == Situation.model_validate(obj)
            if obj.get("id"):
                assert item.id == Situation.model_validate(obj).id

    check()


@FAST
@given(st.binary(max_size=400), st.sampled_from(["jsonl", "csv"]))
def test_any_bytes_give_items_or_one_clear_error(raw: bytes, fmt: str) -> None:
    try:
        items = load_items(raw, fmt)
    except FileInputError as e:
        assert "\n" not in str(e) and len(str(e)) < 600
        return
    for item in items:
        line, _ = one_line_for(item, lambda d: WRITER.write(as_situation(d), []))
        assert line.id == item.id
        assert (line.error is None) == (line.body is not None)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)
keys = st.sampled_from([*Situation.model_fields, "policy", "extra"])


@FAST
@given(st.dictionaries(keys, json_values, max_size=14))
def test_the_situation_parser_gives_a_situation_or_one_clear_error(data: dict[str, Any]) -> None:
    try:
        as_situation(data)
    except SituationError as e:
        assert "\n" not in str(e) and len(str(e)) < 2000


@FAST
@given(st.text(max_size=200))
def test_jsonsafe_gives_a_value_or_a_file_input_error(raw: str) -> None:
    try:
        value = jsonsafe.loads(raw)
    except FileInputError:
        return
    assert json.loads(raw) == value or value != value  # the same as json for what it accepts


line_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)


@FAST
@given(st.builds(BatchLine, id=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20),
                 subject=st.none() | line_text, body=st.none() | line_text, language=st.none() | line_text,
                 intent=st.none() | line_text, writer=st.none() | line_text,
                 warnings=st.lists(line_text.filter(lambda w: w and " | " not in w and w.strip() == w), max_size=3),
                 error=st.none() | line_text))
def test_any_output_record_round_trips_in_both_formats(line: BatchLine) -> None:
    back = json.loads(encode_record(line, "jsonl").decode())
    assert back == line.model_dump()
    csv_back = decode_csv_record(encode_record(line, "csv").decode())
    want = {k: (v if v != "" else None) for k, v in line.model_dump().items()}
    want["warnings"] = [w for w in line.warnings if w]
    assert csv_back == want
    import csv as _csv

    for cell in next(_csv.reader(io.StringIO(encode_record(line, "csv").decode(), newline=""))):
        assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r")
