"""The LLM suite's world: one fake OpenAI server for the session, reset per test, and Settings pointed at it.

Everything goes through real HTTP on 127.0.0.1 with the real openai client and LangChain; the retriever is a
deterministic fake (two passages in the situation's language, one from another language).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from composer.config import Settings
from composer.llm.client import forget_modes
from composer.models import Language, Passage, Situation, Strategy, Topic
from composer.writers.llm import LLMWriter
from tests.support.fake_openai import MODEL, FakeOpenAI


def pytest_configure(config: pytest.Config) -> None:
    # LangChain warns when a server refuses json_schema; the fallback is what these tests exercise.
    config.addinivalue_line("filterwarnings", "ignore:This model does not support OpenAI's structured output:UserWarning")


class FakeEndpointSettings(Settings):
    """Settings plus the tiny retry backoff LLMWriter reads when Settings carries one."""

    retry_backoff: float = 0.01


def endpoint_settings(base_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "OPENAI_BASE_URL": base_url,
        "OPENAI_API_KEY": "test-key",
        "TACTFUL_MODEL": MODEL,
        "TACTFUL_TEMPERATURE": 0,
        "TACTFUL_TIMEOUT": 3.0,
        "TACTFUL_MAX_RETRIES": 2,
        "TACTFUL_CONCURRENCY": 4,
    }
    values.update(overrides)
    return FakeEndpointSettings(**values)


@pytest.fixture(scope="session")
def fake_server() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI().start()
    yield server
    server.stop()


@pytest.fixture
def fake(fake_server: FakeOpenAI) -> Iterator[FakeOpenAI]:
    """The session's server with no queue, no handler, nothing recorded; output modes re-learnt from scratch."""
    fake_server.reset()
    forget_modes()
    yield fake_server
    fake_server.reset()
    forget_modes()


@pytest.fixture
def settings(fake: FakeOpenAI) -> Settings:
    return endpoint_settings(fake.base_url)


@pytest.fixture
def writer(settings: Settings) -> LLMWriter:
    return LLMWriter(settings)


# Guidance per language: two passages on each topic (their strategies drive variants), in that language.
GUIDANCE_TEXT: dict[Language, dict[Topic, tuple[str, str]]] = {
    Language.fr: {
        Topic.avoidance: ("Proposez un court appel téléphonique plutôt qu'une réunion complète.", "Un client important mérite une alternative : une réunion plus courte."),
        Topic.cancellation: ("Proposez la vidéo ou le téléphone et envoyez le lien à l'avance.", "Rappelez la politique d'annulation avec tact."),
    },
    Language.it: {
        Topic.avoidance: ("Proponete una breve telefonata invece di una riunione completa.", "Un cliente importante merita un'alternativa: una riunione più breve."),
        Topic.cancellation: ("Proponete video o telefono e inviate il link in anticipo.", "Ricordate con tatto la politica di cancellazione."),
    },
    Language.nl: {
        Topic.avoidance: ("Stel een kort telefoongesprek voor in plaats van een volledige vergadering.", "Een belangrijke klant verdient een alternatief: een kortere vergadering."),
        Topic.cancellation: ("Bied video of telefoon aan en stuur de link vooraf.", "Herinner tactvol aan het annuleringsbeleid."),
    },
    Language.sv: {
        Topic.avoidance: ("Föreslå ett kort telefonsamtal i stället för ett helt möte.", "En viktig kund förtjänar ett alternativ: ett kortare möte."),
        Topic.cancellation: ("Erbjud video eller telefon och skicka länken i förväg.", "Påminn taktfullt om avbokningspolicyn."),
    },
    Language.en: {
        Topic.avoidance: ("Suggest a short phone call instead of a full meeting.", "An important client deserves an alternative: a shorter meeting."),
        Topic.cancellation: ("Offer video or phone and send the link ahead.", "Remind them of the cancellation policy, tactfully."),
    },
}
STRATEGIES = {
    Topic.avoidance: ([Strategy.call, Strategy.weigh_relationship], [Strategy.shorter]),
    Topic.cancellation: ([Strategy.video_phone, Strategy.reschedule], [Strategy.policy]),
}
CROSS = Passage(
    id="notes/en.md#01", text="Handle the essentials by email for now.", source="notes/en.md", language=Language.en,
    topic=Topic.avoidance, origin="note", strategies=[Strategy.email], cross_language=True,
)


class FakeRetriever:
    """Deterministic guidance: the situation's language first, then one passage from another language."""

    def __init__(self) -> None:
        self.calls: list[Situation] = []

    def retrieve(self, situation: Situation, k: int = 4) -> list[Passage]:
        self.calls.append(situation)
        topic = situation.topic
        texts, strategies = GUIDANCE_TEXT[situation.language][topic], STRATEGIES[topic]
        out = [
            Passage(id=f"{i:03d}_fake.txt#0{i}", text=t, source=f"{i:03d}_fake.txt", language=situation.language,
                    topic=topic, strategies=list(st), score=1 - i / 10)
            for i, (t, st) in enumerate(zip(texts, strategies, strict=True))
        ]
        if situation.language is not Language.en and topic is Topic.avoidance:
            out.append(CROSS.model_copy(update={"topic": topic}))
        return out[:k]


@pytest.fixture
def retriever() -> FakeRetriever:
    return FakeRetriever()


FACTS: dict[Language, dict[str, Any]] = {
    Language.fr: dict(recipient_name="Claire Dubois", sender_name="Julien Moreau", meeting="la revue trimestrielle du compte",
                      meeting_time="jeudi 14 mars à 10 h", proposed_times=["mardi 19 mars à 14 h", "mercredi 20 mars à 9 h 30"]),
    Language.it: dict(recipient_name="Giulia Bianchi", sender_name="Marco Rossi", meeting="la revisione trimestrale del progetto",
                      meeting_time="giovedì 14 marzo alle 10:00", proposed_times=["martedì 19 marzo alle 14:00"]),
    Language.nl: dict(recipient_name="Sanne de Vries", sender_name="Pieter Jansen", meeting="de kwartaalevaluatie van het project",
                      meeting_time="donderdag 14 maart om 10.00 uur", proposed_times=["dinsdag 19 maart om 14.00 uur"]),
    Language.sv: dict(recipient_name="Karin Lindqvist", sender_name="Erik Johansson", meeting="kvartalsgenomgången av projektet",
                      meeting_time="torsdag 14 mars kl. 10.00", proposed_times=["tisdag 19 mars kl. 14.00"]),
    Language.en: dict(recipient_name="Margaret Hughes", sender_name="Tom Baker", meeting="the quarterly account review",
                      meeting_time="Thursday 14 March at 10:00", proposed_times=["Tuesday 19 March at 14:00", "Wednesday 20 March at 9:30"]),
}


def make_situation(language: str = "fr", **overrides: Any) -> Situation:
    """A reschedule in that language, formal, key client, unless overridden."""
    lang = Language(language)
    data: dict[str, Any] = dict(language=lang, intent="reschedule", tone="formal", relationship="key", **FACTS[lang])
    data.update(overrides)
    return Situation.model_validate(data)
