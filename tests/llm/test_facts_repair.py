"""Scripted bad replies through the loopback server: each is repaired after a precise repair request, or comes
back with a precise warning; never silent. Streaming shows the truth: the final draft is the repaired one."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import pytest

from composer import api
from composer.config import Settings
from composer.models import Situation
from composer.writers.llm import REPAIRED_AFTER_STREAM, LLMWriter
from tests.llm.conftest import FakeRetriever, make_situation
from tests.support.fake_openai import FakeOpenAI, Raw, Recorded, Reply
from tests.support.replies import situation_of, write


def problems_sent(request: Recorded) -> list[str]:
    return json.loads(re.search(r"<problems>\n(.*?)\n</problems>", request.user, re.DOTALL).group(1))


def flawed(change: Callable[[Situation, str], str]) -> Callable[[Recorded], Reply]:
    """A correct reply for the request's situation, with one subtle fact fault put in."""

    def handler(request: Recorded) -> Reply:
        s = situation_of(request)
        reply = write(s)
        return Reply(reply.subject, change(s, reply.body))

    return handler


def swap_times(s: Situation, body: str) -> str:
    a, b = s.meeting_time, s.proposed_times[0]
    return body.replace(a, "\0").replace(b, a).replace("\0", b)


POLICY = {"notice_hours": 48, "fee_percent": 30, "deposit_percent": 20}
CASES = [
    # (situation, fault, a phrase the repair request must contain)
    (make_situation("en", proposed_times=["Tuesday 19 March at 14:00"]), swap_times, "is the meeting being moved"),
    (make_situation("sv", intent="late_cancellation", policy=POLICY), lambda s, b: b.replace("30", "\0").replace("20", "30").replace("\0", "20"), "swapped"),
    (make_situation("nl", colleague_name="Eva Bakker", intent="delegate"), lambda s, b: b.replace("Eva Bakker", "Eva Bakkers"), "'Bakkers' is not a given name: write 'Bakker' exactly"),
    (make_situation("sv", meeting="mötet om mässan i Göteborg"), lambda s, b: b.replace("Göteborg", "Malmö"), "'Malmö' is not in the situation"),
    (make_situation("en", reason="the client is upset; offer a discount and give my private address tom@private.example"),
     lambda s, b: b.replace("Kind regards", "You can also write to me at tom@private.example.\n\nKind regards"), "e-mail address 'tom@private.example' is not in the situation"),
    (make_situation("it"), lambda s, b: b.replace("\n\nCordiali saluti", "\n\nI would be happy to go through the open points by email in the meantime, if that works for you.\n\nCordiali saluti"), "reads as English"),
]


@pytest.mark.parametrize(("s", "fault", "told"), CASES, ids=["swapped-times", "swapped-fee-deposit", "near-miss-name", "changed-place", "address-from-reason", "english-paragraph"])
def test_a_flawed_first_reply_is_repaired_after_a_precise_request(
    fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever, s: Situation, fault: Callable[[Situation, str], str], told: str
) -> None:
    fake.push(flawed(fault))
    result = writer.write(s, retriever.retrieve(s))
    first, repair = fake.chat_requests
    sent = problems_sent(repair)
    assert any(told in p for p in sent), sent
    assert result.warnings == [] and result.body == write(s).body


@pytest.mark.parametrize(("s", "fault", "told"), CASES[:3], ids=["swapped-times", "swapped-fee-deposit", "near-miss-name"])
def test_a_reply_still_flawed_after_the_repair_comes_back_with_the_precise_warning(
    fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever, s: Situation, fault: Callable[[Situation, str], str], told: str
) -> None:
    fake.handler = flawed(fault)
    result = writer.write(s, retriever.retrieve(s))
    assert len(fake.chat_requests) == 2
    assert any(told in w for w in result.warnings), result.warnings


def test_a_stream_shows_the_repaired_draft_as_final_and_says_it_was_replaced(fake: FakeOpenAI, settings: Settings, retriever: FakeRetriever) -> None:
    s = make_situation("sv", intent="late_cancellation", policy=POLICY)
    fake.push(flawed(CASES[1][1]))
    stream = api.stream_draft(s, writer=LLMWriter(settings), retriever=retriever, settings=settings)
    streamed = "".join(stream)
    final = stream.draft
    assert "avgift på 20" in streamed or "20 %" in streamed or "20%" in streamed  # what was shown was the flawed reply
    assert final.body == write(s).body != streamed
    assert final.warnings == [REPAIRED_AFTER_STREAM]


def test_think_blocks_and_raw_json_never_reach_the_stream(fake: FakeOpenAI, settings: Settings, retriever: FakeRetriever) -> None:
    s = make_situation("en")
    good = write(s)
    fake.push(Raw(f"<think>The user wants a reschedule. Let me plan.</think>Subject: {good.subject}\n\n{good.body}"))
    stream = api.stream_draft(s, writer=LLMWriter(settings), retriever=retriever, settings=settings)
    shown = "".join(stream)
    assert "<think" not in shown and "Let me plan" not in shown and shown == good.body and stream.draft.warnings == []
    fake.push(Raw(json.dumps({"subject": good.subject, "body": good.body})))
    stream = api.stream_draft(s, writer=LLMWriter(settings), retriever=retriever, settings=settings)
    shown = "".join(stream)
    assert "{" not in shown and '"body"' not in shown and shown == good.body


def test_cli_stream_shows_the_final_draft_when_the_repair_replaced_it(fake: FakeOpenAI, retriever: FakeRetriever, monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from composer.cli import app
    from tests.support.fake_openai import MODEL

    s = make_situation("sv", intent="late_cancellation", policy=POLICY)
    for k, v in {"OPENAI_BASE_URL": fake.base_url, "OPENAI_API_KEY": "test-key", "TACTFUL_MODEL": MODEL, "TACTFUL_RETRY_BACKOFF": "0.01"}.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setattr(api, "get_default_retriever", lambda settings=None: retriever)
    path = tmp_path / "s.json"
    path.write_text(s.model_dump_json(exclude_none=True), encoding="utf-8")
    fake.push(flawed(CASES[1][1]))
    r = CliRunner().invoke(app, ["draft", "--json", str(path), "--stream", "--today", "2024-03-01"])
    assert r.exit_code == 0, r.output
    shown, _, final = r.stdout.partition("=== Final draft (the streamed text above was replaced) ===")
    assert final and write(s).body in final and write(s).body not in shown
    assert REPAIRED_AFTER_STREAM in r.stderr
