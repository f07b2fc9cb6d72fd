"""Variants take different approaches; refine keeps every fact. Both for the LLM writer and the built-in one."""

from __future__ import annotations

import json
import re

import pytest

from composer import api
from composer.config import Settings
from composer.errors import InputError
from composer.guard import words
from composer.models import Tone
from composer.writers.builtin import BuiltinWriter
from composer.writers.llm import LLMWriter
from tests.llm.conftest import FakeRetriever, make_situation
from tests.support.fake_openai import FakeOpenAI, Recorded
from tests.support.replies import good, without

DECLINE = make_situation("en", intent="decline", proposed_times=[], duration_minutes=20, reason="a clash with a board meeting")


def approach_of(request: Recorded) -> str:
    return re.search(r"Take this approach: (.*)", request.user).group(1)  # type: ignore[union-attr]


# -- the LLM writer -------------------------------------------------------------------------------------------------


def test_llm_variants_take_different_approaches_from_the_guidance(fake: FakeOpenAI, settings: Settings, retriever: FakeRetriever) -> None:
    drafts = api.variants(DECLINE, 3, writer=LLMWriter(settings), retriever=retriever, settings=settings)
    assert len(drafts) == 3 and all(d.warnings == [] for d in drafts)
    requests = sorted(fake.chat_requests, key=lambda r: re.search(r"variant (\d) of 3", r.user).group(1))  # type: ignore[union-attr]
    approaches = [approach_of(r) for r in requests]
    assert len(set(approaches)) == 3
    # The first passage recommends a call and weighing the relationship, the second a shorter meeting: in that order.
    assert approaches[0].startswith("suggest a short phone or video call")
    assert approaches[1].startswith("the most personal and warm version")
    assert approaches[2].startswith("suggest keeping it short")
    assert "make this one clearly different from them: the most personal and warm version" in requests[0].user


def test_llm_refine_sends_the_draft_and_instruction_as_data(fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever) -> None:
    s = make_situation("fr", tone="friendly")
    first = writer.write(s, retriever.retrieve(s))
    revised = api.refine(first, "plus court, s'il te plaît", situation=s, writer=writer)
    request = fake.chat_requests[-1]
    draft = json.loads(re.search(r"<draft>\n(.*?)\n</draft>", request.user, re.DOTALL).group(1))  # type: ignore[union-attr]
    assert draft == {"subject": first.subject, "body": first.body}
    assert json.loads(re.search(r"<instruction>\n(.*?)\n</instruction>", request.user, re.DOTALL).group(1)) == "plus court, s'il te plaît"  # type: ignore[union-attr]
    assert revised.warnings == [] and revised.guidance == first.guidance and revised.usage.attempts == 1


def test_llm_refine_more_formal_switches_the_address_rule_and_the_guard(fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever) -> None:
    s = make_situation("nl", tone="friendly")
    first = writer.write(s, retriever.retrieve(s))
    revised = api.refine(first, "More formal, please", situation=s, writer=writer)
    request = fake.chat_requests[-1]
    assert 'Address the recipient as "u"' in request.system
    assert revised.warnings == [] and " u " in revised.body


def test_llm_refine_is_guarded_and_repaired(fake: FakeOpenAI, writer: LLMWriter, retriever: FakeRetriever) -> None:
    s = make_situation("it")
    first = writer.write(s, retriever.retrieve(s))
    fake.push(without(lambda x: x.proposed_times[0]), good)  # a dropped proposed time is always an alarm
    revised = api.refine(first, "warmer", situation=s, writer=writer)
    assert revised.warnings == [] and revised.usage.attempts == 2


def test_refine_rejects_a_mismatched_situation_and_an_empty_instruction(writer: LLMWriter) -> None:
    first = api.draft(make_situation("en"), writer=BuiltinWriter(), retriever=FakeRetriever())
    with pytest.raises(InputError, match="does not match the draft"):
        api.refine(first, "shorter", situation=make_situation("fr"), writer=writer)
    with pytest.raises(InputError, match="say how to change the draft"):
        api.refine(first, "  ", situation=make_situation("en"), writer=writer)


# -- the built-in writer ----------------------------------------------------------------------------------------------


def test_builtin_variants_are_distinct_deterministic_and_clean(retriever: FakeRetriever) -> None:
    first = api.variants(DECLINE, 3, writer=BuiltinWriter(), retriever=retriever)
    again = api.variants(DECLINE, 3, writer=BuiltinWriter(), retriever=retriever)
    assert [d.body for d in first] == [d.body for d in again]
    assert len({d.body for d in first}) == 3
    assert all(d.writer == "builtin" and d.warnings == [] for d in first)
    current = api.draft(DECLINE, writer=BuiltinWriter(), retriever=retriever).body
    assert current not in [d.body for d in first]  # alternatives are other approaches, never the current draft
    assert "20 minutes" in current and "phone call" in first[0].body  # a key client: shorter by default, a call next
    assert all(d.body.count("If it helps") + d.body.count("If it would help") <= 1 for d in first)  # no two lines open alike


def test_builtin_variants_for_other_intents_vary_the_moves(retriever: FakeRetriever) -> None:
    drafts = api.variants(make_situation("en", intent="reschedule"), 3, writer=BuiltinWriter(), retriever=retriever)
    assert len({d.body for d in drafts}) == 3 and all(d.warnings == [] for d in drafts)


def test_variants_n_is_bounded(retriever: FakeRetriever) -> None:
    with pytest.raises(InputError, match="n must be between 1 and 10"):
        api.variants(DECLINE, 0, writer=BuiltinWriter(), retriever=retriever)


@pytest.fixture
def key_formal() -> tuple[object, object]:
    s = make_situation("en", intent="reschedule", relationship="key", tone="formal")
    return s, api.draft(s, writer=BuiltinWriter(), retriever=FakeRetriever())


def test_builtin_shorter_drops_optional_moves_and_keeps_facts(key_formal: tuple) -> None:  # type: ignore[type-arg]
    s, first = key_formal
    revised = api.refine(first, "Make it shorter", situation=s, writer=BuiltinWriter())
    assert words(revised.body) < words(first.body) and revised.warnings == []
    for t in s.proposed_times:
        assert t in revised.body


def test_builtin_more_formal_and_warmer(retriever: FakeRetriever) -> None:
    s = make_situation("en", intent="decline", tone="friendly", relationship="regular")
    first = api.draft(s, writer=BuiltinWriter(), retriever=retriever)
    formal = api.refine(first, "more formal", situation=s, writer=BuiltinWriter())
    assert formal.body.startswith("Dear ") and formal.warnings == []
    warmer = api.refine(first, "warmer", situation=s, writer=BuiltinWriter())
    assert warmer.body != first.body and "matters" in warmer.body and warmer.warnings == []
    already = api.refine(formal, "more formal", situation=s.model_copy(update={"tone": Tone.formal}), writer=BuiltinWriter())
    assert already.body == formal.body and already.warnings == ["the draft is already formal; unchanged"]


def test_builtin_cannot_follow_free_text_and_says_so(key_formal: tuple) -> None:  # type: ignore[type-arg]
    s, first = key_formal
    revised = api.refine(first, "mention the new pricing", situation=s, writer=BuiltinWriter())
    assert revised.body == first.body
    assert revised.warnings == ["the built-in writer cannot apply 'mention the new pricing'; the draft is unchanged (an LLM endpoint can)"]
