"""The fact model's uncertainties ("not checked: ...") reach a draft's warnings on the LLM path as on every path
(added where the service hands a draft out, `Tactful.warned`): no repair round, no alarm, but never silent."""

from __future__ import annotations

from composer import api
from composer.config import Settings
from composer.facts import notes
from composer.guard import check
from composer.writers.llm import LLMWriter
from tests.llm.conftest import FakeRetriever, make_situation
from tests.support.fake_openai import FakeOpenAI, Recorded, Reply
from tests.support.replies import situation_of, write

PROMISE = {"en": "I will be in touch next week if anything changes on my side.",
           "fr": "Je reviendrai vers vous la semaine prochaine si quelque chose change de mon côté.",
           "it": "Mi farò sentire la prossima settimana se qualcosa cambia da parte mia.",
           "nl": "Ik neem volgende week contact met u op als er bij mij iets verandert.",
           "sv": "Jag hör av mig nästa vecka om något ändras hos mig."}


def with_promise(request: Recorded) -> Reply:
    s = situation_of(request)
    reply = write(s)
    head, sep, tail = reply.body.rpartition("\n\n")
    return Reply(reply.subject, f"{head}\n\n{PROMISE[s.language.value]}{sep}{tail}")


def test_an_uncertainty_reaches_the_llm_drafts_warnings_without_a_repair(fake: FakeOpenAI, settings: Settings, retriever: FakeRetriever) -> None:
    for lang in PROMISE:
        fake.reset()
        s = make_situation(lang)
        fake.push(with_promise)
        result = api.draft(s, writer=LLMWriter(settings), retriever=retriever, settings=settings)
        assert len(fake.chat_requests) == 1  # no repair: a doubt is not a fault
        assert check(s, result.subject, result.body, today=settings.today) == []
        found = [w for w in result.warnings if w.startswith("not checked:")]
        assert found and found == notes(s, result.subject, result.body, today=settings.today), result.warnings


def test_a_plain_reply_gets_no_note(fake: FakeOpenAI, settings: Settings, retriever: FakeRetriever) -> None:
    s = make_situation("en")
    fake.push(lambda request: write(situation_of(request)))
    result = api.draft(s, writer=LLMWriter(settings), retriever=retriever, settings=settings)
    assert not [w for w in result.warnings if w.startswith("not checked:")]
