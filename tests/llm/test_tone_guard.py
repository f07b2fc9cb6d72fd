"""A hostile reply through the LLM path is never silent: the guard's tone line sends it to the repair round,
and a reply still hostile after the repair comes back with the tone warning on the draft."""

from __future__ import annotations

import json
import re

from composer.writers.llm import LLMWriter
from tests.llm.conftest import FakeRetriever, make_situation
from tests.support.fake_openai import FakeOpenAI, Recorded, Reply
from tests.support.replies import situation_of, write

S = make_situation("en", intent="late_cancellation")
HOSTILE = "As I already told you, per my last email, this is the last time I rearrange my diary for you."


def hostile(request: Recorded) -> Reply:
    """A correct draft (every fact, right form) with one passive-aggressive sentence after the greeting."""
    reply = write(situation_of(request))
    head, tail = reply.body.split("\n\n", 1)
    return Reply(reply.subject, f"{head}\n\n{HOSTILE} {tail}")


def problems_sent(request) -> list[str]:  # type: ignore[no-untyped-def]
    return json.loads(re.search(r"<problems>\n(.*?)\n</problems>", request.user, re.DOTALL).group(1))


def test_a_hostile_reply_goes_to_the_repair_round_with_the_reason(fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever) -> None:
    fake.push(hostile)  # the first answer is hostile, the repair answer is the correct draft
    result = writer.write(S, retriever.retrieve(S))
    assert len(fake.chat_requests) == 2
    sent = problems_sent(fake.chat_requests[1])
    tone_lines = [p for p in sent if p.startswith("tone ")]
    assert len(tone_lines) == 1 and "as i already told you" in tone_lines[0], sent
    assert result.warnings == [] and HOSTILE not in result.body


def test_still_hostile_after_the_repair_comes_back_with_a_tone_warning(fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever) -> None:
    fake.handler = hostile
    result = writer.write(S, retriever.retrieve(S))
    assert len(fake.chat_requests) == 2
    assert any(w.startswith("tone ") and "passive_aggression" in w for w in result.warnings), result.warnings
