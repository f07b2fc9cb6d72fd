"""Streamed text shown to the user: the subject held back, <think> blocks dropped even when split across
chunks, and a JSON reply held whole (the caller shows its parsed body)."""

from __future__ import annotations

from composer.llm.parsing import BodyStream, parse_content, strip_think


def feed_all(pieces: list[str]) -> tuple[str, BodyStream]:
    bs = BodyStream()
    shown = "".join(bs.feed(p) for p in pieces) + bs.finish()
    return shown, bs


def test_think_split_across_chunks_never_shows() -> None:
    text = "<think>plan the email: be nice</think>Subject: Hello\n\nDear Ann,\n\nBody here.\n\nTom"
    for size in (1, 2, 3, 5, 7, 11):
        shown, bs = feed_all([text[i : i + size] for i in range(0, len(text), size)])
        assert shown == "Dear Ann,\n\nBody here.\n\nTom" and not bs.held, size


def test_json_is_held_and_parsed() -> None:
    text = '{"subject": "Hello", "body": "Dear Ann,\\n\\nBody.\\n\\nTom"}'
    shown, bs = feed_all([text[i : i + 4] for i in range(0, len(text), 4)])
    assert shown == "" and bs.held
    out = parse_content(text)
    assert out is not None and out.body.startswith("Dear Ann")


def test_an_unclosed_think_runs_to_the_end_and_a_less_than_sign_survives() -> None:
    assert strip_think("Subject: x\n\nbody<think>half") == "Subject: x\n\nbody"
    shown, _ = feed_all(["Subject: x\n\n", "3 < 4 and 5 <", " 6", "\nTom"])
    assert shown == "3 < 4 and 5 < 6\nTom"
