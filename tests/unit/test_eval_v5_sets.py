"""The held-out v5 message set (evals/messages/v5/) stays valid and matches its hand-written sources."""

from __future__ import annotations

from tests.support.evalsets import ROOT, lines, script as _load


def test_messages_v5_is_valid_and_built_from_its_sources():
    build = _load(ROOT / "evals/messages/v5/source/build.py", "messages_v5_build")
    check = _load(ROOT / "evals/messages/v5/validate.py", "messages_v5_validate")
    files, rows = build.render()
    assert rows == lines(ROOT / "evals/messages/v5/labels.jsonl")
    for name, data in files.items():
        assert (ROOT / "evals/messages/v5" / name).read_bytes() == data, name
    assert check.check(rows) == []
    for lang in ("fr", "it", "nl", "sv", "en"):
        mine = [r for r in rows if r["language"] == lang]
        assert len(mine) == 10 and sum(r["file"].endswith(".eml") for r in mine) == 5
        assert {r["kind"] for r in mine} == {"invitation", "reschedule_request", "cancellation", "absence_notice",
                                             "policy_question", "other"}


def test_messages_v5_validator_accepts_only_its_split_and_catches_a_span_not_in_the_message():
    check = _load(ROOT / "evals/messages/v5/validate.py", "messages_v5_validate")
    row = lines(ROOT / "evals/messages/v5/labels.jsonl")[0]
    problems = check.check([{**row, "split": "v4", "meeting": "a meeting nobody wrote"}])
    assert any("split must be v5" in p for p in problems)
    assert any("is not in the new message" in p for p in problems)


def test_messages_v5_eml_files_parse_and_keep_every_non_ascii_name():
    from email import policy
    from email.parser import BytesParser

    rows = lines(ROOT / "evals/messages/v5/labels.jsonl")
    emls = [r for r in rows if r["file"].endswith(".eml")]
    non_ascii = 0
    for row in emls:
        msg = BytesParser(policy=policy.default).parsebytes((ROOT / "evals/messages/v5" / row["file"]).read_bytes())
        assert not msg.defects and msg["Date"].datetime.tzinfo is not None
        name = msg["From"].addresses[0].display_name
        assert name == row["recipient_name"] or name in row["recipient_name_alternatives"], row["file"]
        non_ascii += not name.isascii()
    assert len(emls) == 25 and non_ascii >= 15
