"""Pure retrieval logic: tiers, strategy boost, query text, index planning, URL parsing, fake geometry."""

from __future__ import annotations

import numpy as np
import pytest

from composer.models import INTENT_TOPIC, Intent, Language, Situation, Strategy, Topic
from composer.retrieval import FakeEmbedder, GuidancePassage
from composer.retrieval.query import INTENT_QUERY, Query, build_query
from composer.retrieval.retriever import query_vector
from composer.retrieval.ranking import INTENT_STRATEGIES, STRATEGY_BOOST, rank, strategy_boost, tier
from composer.retrieval.store import IndexReport, parse_chroma_url, plan_index, where_all


def rec(pid: str, lang: str, origin: str = "article", topic: str = "avoidance", *strategies: str) -> GuidancePassage:
    return GuidancePassage(
        id=pid,
        text=f"text of {pid}",
        source=pid.split("#")[0],
        language=Language(lang),
        topic=Topic(topic),
        origin=origin,  # type: ignore[arg-type]
        strategies=tuple(Strategy(s) for s in strategies),
    )


def situation(language: str = "fr", intent: str = "switch_to_call", **extra: object) -> Situation:
    data: dict[str, object] = dict(
        language=language,
        intent=intent,
        recipient_name="Ana",
        sender_name="Bo",
        meeting="the review",
        meeting_time="Monday 10:00",
        tone="formal",
        relationship="key",
    )
    data.update(extra)
    return Situation.model_validate(data)


def test_intent_strategy_map_covers_every_intent_within_its_topic() -> None:
    assert set(INTENT_STRATEGIES) == set(Intent)
    assert INTENT_STRATEGIES[Intent.switch_to_call] == {Strategy.call}
    assert INTENT_STRATEGIES[Intent.delegate] == {Strategy.colleague}
    assert INTENT_STRATEGIES[Intent.no_show_followup] == {Strategy.reach_out, Strategy.reschedule, Strategy.waiting_limit}
    assert INTENT_STRATEGIES[Intent.cancellation_policy] == {Strategy.policy, Strategy.expectations}


def test_tiers_article_then_note_in_language_then_other_languages() -> None:
    assert tier(rec("a#0", "it"), Language.it) == 0
    assert tier(rec("n#0", "it", "note"), Language.it) == 1
    assert tier(rec("a#1", "fr"), Language.it) == 2
    assert tier(rec("n#1", "en", "note"), Language.it) == 3


def test_rank_is_strict_by_tier_and_marks_cross_language() -> None:
    cands = [
        (rec("fr#0", "fr", "article", "cancellation"), 0.99),
        (rec("en-note#0", "en", "note", "cancellation"), 0.70),
        (rec("it-note#0", "it", "note", "cancellation"), 0.98),
        (rec("en-note#1", "en", "note", "cancellation"), 0.60),
    ]
    got = rank(cands, language=Language.en, intent=Intent.late_cancellation, k=3)
    assert [p.id for p in got] == ["en-note#0", "en-note#1", "fr#0"]
    assert [p.cross_language for p in got] == [False, False, True]
    assert got[0].score == pytest.approx(0.70)


def test_rank_filters_topic_and_boost_reorders_within_a_tier() -> None:
    cands = [
        (rec("a#0", "fr", "article", "avoidance"), 0.90),
        (rec("a#1", "fr", "article", "avoidance", "call"), 0.90 - STRATEGY_BOOST / 2),
        (rec("c#0", "fr", "article", "cancellation", "call"), 0.99),
    ]
    got = rank(cands, language=Language.fr, intent=Intent.switch_to_call, k=4)
    assert [p.id for p in got] == ["a#1", "a#0"]
    assert strategy_boost(cands[1][0], Intent.switch_to_call) == STRATEGY_BOOST
    assert strategy_boost(cands[1][0], Intent.shorten) == 0.0


def test_rank_ties_break_on_id_and_k_limits() -> None:
    cands = [(rec(f"a#{i}", "sv"), 0.5) for i in (3, 1, 2)]
    assert [p.id for p in rank(cands, language=Language.sv, intent=Intent.decline, k=2)] == ["a#1", "a#2"]
    assert rank(cands, language=Language.sv, intent=Intent.decline, k=0) == []


def test_query_is_in_the_situation_language_with_relationship_and_reason() -> None:
    q = build_query(situation("nl", "shorten", meeting="het evaluatiegesprek", reason="drukke week", duration_minutes=30))
    assert q.intent_text.startswith(INTENT_QUERY[Language.nl][Intent.shorten])
    assert "belangrijke klant" in q.intent_text
    assert q.reason_text == "Reden: drukke week."
    assert build_query(situation("nl", "shorten", meeting="x", duration_minutes=30)).reason_text is None
    # the intent part depends only on language, intent and relationship, so its vector is shared
    assert q.intent_text == build_query(situation("nl", "shorten", meeting="iets anders", duration_minutes=45)).intent_text


def test_query_vector_leans_towards_the_reason() -> None:
    fake = FakeEmbedder()
    plain = query_vector(fake, Query("call the client"))
    with_reason = query_vector(fake, Query("call the client", "sick today"))
    assert float(np.linalg.norm(with_reason)) == pytest.approx(1.0)
    assert float(with_reason @ fake.embed_query("sick today")) > float(plain @ fake.embed_query("sick today"))
    assert set(INTENT_QUERY) == set(Language)
    assert all(set(v) == set(Intent) for v in INTENT_QUERY.values())


def test_plan_index_adds_updates_removes() -> None:
    a, b, c = rec("a#0", "fr"), rec("b#0", "fr"), rec("c#0", "fr")
    plan = plan_index({"a#0": a.hash, "b#0": "stale", "gone#0": "x"}, [a, b, c])
    assert [p.id for p in plan.add] == ["c#0"]
    assert [p.id for p in plan.update] == ["b#0"]
    assert plan.remove == ("gone#0",) and plan.unchanged == 1
    assert IndexReport(1, 1, 1, 1).total == 3


def test_parse_chroma_url_and_where() -> None:
    assert parse_chroma_url("http://127.0.0.1:8001") == ("127.0.0.1", 8001, False)
    assert parse_chroma_url("https://chroma.internal") == ("chroma.internal", 443, True)
    assert parse_chroma_url("localhost") == ("localhost", 8000, False)
    with pytest.raises(ValueError):
        parse_chroma_url("ftp://x")
    assert where_all(topic="avoidance") == {"topic": "avoidance"}
    assert where_all(topic="a", language="fr") == {"$and": [{"topic": "a"}, {"language": "fr"}]}


def test_fake_embedder_geometry_is_word_overlap() -> None:
    fake = FakeEmbedder()
    p = fake.embed_passages(["call the client today", "send an email instead", ""])
    assert p.shape == (3, fake.dim) and p.dtype == np.float32
    assert np.allclose(np.linalg.norm(p, axis=1), 1.0)
    q = fake.embed_query("call the client")
    assert float(p[0] @ q) > float(p[1] @ q)
    assert float(fake.embed_query("call the client today") @ p[0]) == pytest.approx(1.0)
    assert np.array_equal(fake.embed_query("x y z words"), fake.embed_query("x y z words"))


def test_every_intent_topic_has_boostable_strategies_only_from_its_topic() -> None:
    from composer.retrieval.rules import TOPIC_STRATEGIES

    for intent, strategies in INTENT_STRATEGIES.items():
        assert strategies <= TOPIC_STRATEGIES[INTENT_TOPIC[intent]], intent
