"""The held-out message sets (evals/messages/v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18) stay valid and match their hand-written sources."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser

import pytest

from tests.support.evalsets import ROOT, lines, script

SETS = ("v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15", "v16", "v17", "v18")
KINDS = {"invitation", "reschedule_request", "cancellation", "absence_notice", "policy_question", "other"}


@pytest.mark.parametrize("split", SETS)
def test_message_set_is_valid_and_built_from_its_sources(split: str) -> None:
    folder = ROOT / "evals/messages" / split
    build = script(folder / "source/build.py", f"messages_{split}_build")
    check = script(folder / "validate.py", f"messages_{split}_validate")
    files, rows = build.render()
    assert rows == lines(folder / "labels.jsonl")
    assert {r["split"] for r in rows} == {split}
    for name, data in files.items():
        assert (folder / name).read_bytes() == data, name
    assert check.check(rows) == []
    for lang in ("fr", "it", "nl", "sv", "en"):
        mine = [r for r in rows if r["language"] == lang]
        assert len(mine) == 10 and sum(r["file"].endswith(".eml") for r in mine) == 5
        assert {r["kind"] for r in mine} == KINDS


@pytest.mark.parametrize("split", SETS)
def test_validator_accepts_only_its_split_and_catches_a_span_not_in_the_message(split: str) -> None:
    folder = ROOT / "evals/messages" / split
    check = script(folder / "validate.py", f"messages_{split}_validate")
    row = lines(folder / "labels.jsonl")[0]
    problems = check.check([{**row, "split": "v2", "meeting": "a meeting nobody wrote"}])
    assert any(f"split must be {split}" in p for p in problems)
    assert any("is not in the new message" in p for p in problems)


@pytest.mark.parametrize("split", ("v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15", "v16", "v17", "v18"))
def test_eml_files_parse_and_keep_every_non_ascii_name(split: str) -> None:
    rows = lines(ROOT / "evals/messages" / split / "labels.jsonl")
    emls = [r for r in rows if r["file"].endswith(".eml")]
    non_ascii = 0
    for row in emls:
        msg = BytesParser(policy=policy.default).parsebytes((ROOT / "evals/messages" / split / row["file"]).read_bytes())
        assert not msg.defects and msg["Date"].datetime.tzinfo is not None
        name = msg["From"].addresses[0].display_name
        assert name == row["recipient_name"] or name in row["recipient_name_alternatives"], row["file"]
        non_ascii += not name.isascii()
    assert len(emls) == 25 and non_ascii >= 15


@pytest.mark.parametrize("split", ("v11", "v12", "v13", "v14", "v15", "v16", "v17", "v18"))
def test_accepts_a_null_meeting_only_on_an_absence_notice(split: str) -> None:
    folder = ROOT / "evals/messages" / split
    check = script(folder / "validate.py", f"messages_{split}_validate_null")
    rows = lines(folder / "labels.jsonl")
    absent = [r for r in rows if r["kind"] == "absence_notice" and r["meeting"] is None]
    assert absent and check.check(rows) == []
    cancelled = next(r for r in rows if r["kind"] == "cancellation")
    assert any("meeting is null" in p for p in check.check([{**cancelled, "meeting": None, "meeting_alternatives": []}]))
