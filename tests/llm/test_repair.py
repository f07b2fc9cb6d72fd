"""The guard's one repair round: the model is told exactly what was wrong; a reply still wrong keeps warnings."""

from __future__ import annotations

import json
import re

from composer.writers.llm import LLMWriter
from tests.llm.conftest import FakeRetriever, make_situation
from tests.support.fake_openai import FakeOpenAI, Reply
from tests.support.replies import invents_a_date, without

S = make_situation("sv", intent="late_cancellation", policy={"notice_hours": 24, "fee_percent": 50})


def problems_sent(request) -> list[str]:  # type: ignore[no-untyped-def]
    return json.loads(re.search(r"<problems>\n(.*?)\n</problems>", request.user, re.DOTALL).group(1))


def test_a_dropped_fact_is_repaired(fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever) -> None:
    # a proposed time is what the client acts on (composer.facts.duty); the slot of a cancelled meeting, once the
    # meeting is named, need only be identifiable
    fake.push(without(lambda s: s.proposed_times[0]))
    result = writer.write(S, retriever.retrieve(S))
    first, repair = fake.chat_requests
    assert problems_sent(repair) == ["missing fact: proposed_times[0] ('tisdag 19 mars kl. 14.00'); state it verbatim"]
    assert [m["role"] for m in repair.messages] == ["system", "user", "assistant", "user"]
    assert "…" in repair.messages[2]["content"]  # the failed draft, as the model's own turn
    assert repair.messages[:2] == first.messages
    assert result.warnings == [] and "tisdag 19 mars kl. 14.00" in result.body
    assert result.usage.attempts == 2 and result.usage.prompt_tokens > first_prompt_tokens(first)


def first_prompt_tokens(request) -> int:  # type: ignore[no-untyped-def]
    return sum(len(str(m["content"]).split()) for m in request.messages)


def test_an_invented_date_is_repaired(fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever) -> None:
    fake.push(invents_a_date)
    result = writer.write(S, retriever.retrieve(S))
    sent = problems_sent(fake.chat_requests[1])
    # the fact model names the time as a time, with the times the situation does give
    # (read whole, with its relative day: "i morgon kl. 15" is tomorrow at 15:00, which the situation never gave)
    timing = [p for p in sent if p.startswith("time not in the situation: 'i morgon kl. 15'")]
    assert timing and "use only the given times ('torsdag 14 mars kl. 10.00'; 'tisdag 19 mars kl. 14.00')" in timing[0]
    assert "date word not in the situation: 'i morgon'; remove it" in sent
    assert result.warnings == []


def test_still_wrong_after_the_repair_comes_back_with_warnings(fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever) -> None:
    fake.handler = without(lambda s: s.proposed_times[0])
    result = writer.write(S, retriever.retrieve(S))
    assert len(fake.chat_requests) == 2  # one repair round, no more
    assert result.warnings == ["missing fact: proposed_times[0] ('tisdag 19 mars kl. 14.00'); state it verbatim"]
    assert result.usage.attempts == 2


def test_several_problems_are_all_sent(fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever) -> None:
    fake.push(Reply("", "Hej!\n\n[Namn], jag hoppas att du mår bra."))
    writer.write(S, retriever.retrieve(S))
    sent = problems_sent(fake.chat_requests[1])
    for start in ("missing fact: recipient_name", "placeholder left in: [Namn]", "AI-sounding filler", "the subject is empty", "too short", "no signature"):
        assert any(p.startswith(start) for p in sent), (start, sent)
