"""LLM-assisted extraction through the loopback fake server: only verbatim spans survive, the rest is reported."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

import pytest

from composer.config import Settings
from composer.llm.client import forget_modes
from composer.messages import read_message
from composer.messages.llm import extract_message
from tests.support.fake_openai import MODEL, Fault, FakeOpenAI, Raw

# LangChain warns when a server refuses json_schema; falling back to JSON mode is what one test checks.
pytestmark = pytest.mark.filterwarnings("ignore:This model does not support OpenAI's structured output:UserWarning")

MESSAGE = """Dear Julien,

Could we meet on Tuesday 9 April at 2 pm to discuss the contract renewal? Wednesday 10 April at 10:30 would also work.

Kind regards,
Sarah Thompson
"""


@pytest.fixture(scope="module")
def server() -> Iterator[FakeOpenAI]:
    s = FakeOpenAI().start()
    yield s
    s.stop()


@pytest.fixture
def fake(server: FakeOpenAI) -> Iterator[FakeOpenAI]:
    server.reset()
    forget_modes()
    yield server
    server.reset()


def settings_for(fake: FakeOpenAI) -> Settings:
    return Settings(OPENAI_BASE_URL=fake.base_url, OPENAI_API_KEY="test-key", TACTFUL_MODEL=MODEL, TACTFUL_TIMEOUT=3.0,
                    TACTFUL_MAX_RETRIES=1, TACTFUL_RETRY_BACKOFF=0.0)


def test_llm_spans_kept_and_invented_values_dropped(fake: FakeOpenAI) -> None:
    fake.push(Raw(json.dumps({
        "recipient_name": "Sarah Thompson",
        "sender_name": "julien",  # case differs: the message's own spelling is kept
        "meeting": "a strategy workshop",  # not in the message
        "meeting_time": "Tuesday 9 April at 2 pm",
        "proposed_times": ["Wednesday 10 April at 10:30", "Friday at noon"],  # the second is invented
        "kind": "invitation",
    })))
    msg = read_message(MESSAGE)
    found = extract_message(msg, settings=settings_for(fake), today=date(2024, 3, 11))
    assert found.extractor == f"rules+{MODEL}"
    assert found.sender_name == "Julien" and found.evidence["sender_name"].start == MESSAGE.index("Julien")
    assert found.meeting_time == "Tuesday 9 April at 2 pm" and found.evidence["meeting_time"].resolved == "2024-04-09T14:00:00"
    assert found.proposed_times == ["Wednesday 10 April at 10:30"]
    assert any("Friday at noon" in d for d in found.dropped)
    assert any("a strategy workshop" in d for d in found.dropped)
    assert found.meeting == "the contract renewal"  # the rules' span stays when the LLM's is dropped
    for name, ev in found.evidence.items():
        for e in ev if isinstance(ev, list) else [ev]:
            assert msg.part(e.source)[e.start:e.end] == e.text
    req = fake.chat_requests[0]
    assert req.body["response_format"]["type"] == "json_schema"
    assert req.body["response_format"]["json_schema"]["strict"] is True
    assert "Copy every value EXACTLY" in req.system and "Tuesday 9 April" in req.user


def test_endpoint_failure_keeps_the_rules_reading(fake: FakeOpenAI) -> None:
    fake.push(Fault(500), Fault(500))
    found = extract_message(read_message(MESSAGE), settings=settings_for(fake), today=date(2024, 3, 11))
    assert found.extractor == "rules" and found.meeting_time == "Tuesday 9 April at 2 pm"
    assert found.warnings and "could not be asked" in found.warnings[0]
    assert "test-key" not in json.dumps(found.model_dump(mode="json"))


def test_non_json_answer_is_reported(fake: FakeOpenAI) -> None:
    fake.push(Raw("I think the meeting is on Tuesday."))
    found = extract_message(read_message(MESSAGE), settings=settings_for(fake), today=date(2024, 3, 11))
    assert found.extractor == "rules" and "not a JSON object" in found.warnings[0]


def test_no_llm_configured_means_rules_only() -> None:
    found = extract_message(read_message(MESSAGE), settings=Settings(), today=date(2024, 3, 11))
    assert found.extractor == "rules" and found.recipient_name == "Sarah Thompson"


def test_reply_through_the_llm_writer_threads_and_keeps_facts(fake: FakeOpenAI) -> None:
    from email import policy
    from email.parser import BytesParser

    from composer.messages.answer import answer, eml_bytes
    from composer.models import Intent
    from tests.support.replies import good
    from tests.unit.test_messages_extract import EML

    def handler(rec):  # type: ignore[no-untyped-def]
        if "<situation>" in rec.user:
            return good(rec)  # the draft request: a correct draft from the situation it carries
        return Raw(json.dumps({"meeting_time": "demain 10h", "proposed_times": ["mercredi 13 mars à 16h"],
                               "recipient_name": "Françoise Lévêque", "meeting": "le plan de formation"}))

    fake.handler = handler
    s = settings_for(fake).model_copy(update={"profile_name": "Jérôme Martin", "profile_email": "jerome@firm.fr"})
    msg = read_message(EML)
    found = extract_message(msg, settings=s)
    assert found.extractor == f"rules+{MODEL}" and not found.dropped
    ans = answer(msg, {}, intent=Intent.reschedule, settings=s, extraction=found)
    assert ans.draft.writer == MODEL and ans.draft.subject == "RE : Report de notre réunion"
    assert "mercredi 13 mars à 16h" in ans.draft.body and "Françoise Lévêque" in ans.draft.body
    sent = [r for r in fake.chat_requests if "<situation>" in r.user][0].prompt_fields()
    assert sent["sender_name"] == "Jérôme Martin" and sent["language"] == "fr"
    parsed = BytesParser(policy=policy.default).parsebytes(eml_bytes(ans, msg, s))
    assert parsed["In-Reply-To"] == "<abc123@client.fr>" and parsed["To"].addresses[0].display_name == "Françoise Lévêque"


def test_server_without_structured_output_gets_json_mode(fake: FakeOpenAI) -> None:
    fake.unsupported = {"json_schema"}
    fake.push(Raw(json.dumps({"meeting_time": "Tuesday 9 April at 2 pm", "proposed_times": []})))
    found = extract_message(read_message(MESSAGE), settings=settings_for(fake), today=date(2024, 3, 11))
    assert [r.mode for r in fake.chat_requests] == ["json_schema", "json_object"]
    assert found.extractor == f"rules+{MODEL}" and found.meeting_time == "Tuesday 9 April at 2 pm"
