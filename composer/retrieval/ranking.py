"""Pure ranking: which passages a situation gets, in which order (no store, no model).

Policy, in this order:
  1. Topic is a hard filter: only passages of the intent's topic (INTENT_TOPIC) are candidates.
  2. Tiers, strictly: (0) source-article passages in the situation's language, then (1) the team's
     notes in that language, then passages in any other language, which come back with
     cross_language=True: (2) source articles before (3) notes, because the other languages' notes
     mostly restate the notes the user already got, while an article adds its own advice. A lower
     tier only fills the k slots the higher ones leave empty, so an article in the user's language
     always comes before a note, and a note before anything in another language.
  3. Within a tier, by score = cosine similarity + STRATEGY_BOOST when the passage advises one of
     the strategies the intent calls for (INTENT_STRATEGIES). Ties break on id, so results are stable.
The boost is about the spread of e5 similarities between passages of one topic (0.84-0.93), so it
reorders on-topic passages in favour of the one that gives the advice the intent needs; it never
crosses a tier or a topic, which are hard rules. On the labelled set, recall@3 is flat for boosts
from 0.04 to 0.10 and drops below 0.04; 0.05 sits at the low end of that plateau.
"""

from __future__ import annotations

from collections.abc import Iterable

from composer.models import INTENT_TOPIC, Intent, Language, Passage, Strategy, Topic
from composer.retrieval.records import GuidancePassage

I, S = Intent, Strategy

STRATEGY_BOOST = 0.05

INTENT_STRATEGIES: dict[Intent, frozenset[Strategy]] = {
    I.decline: frozenset({S.weigh_relationship, S.valid_reason, S.limit_time}),
    I.reschedule: frozenset({S.valid_reason, S.limit_time, S.reschedule}),
    I.shorten: frozenset({S.shorter}),
    I.switch_to_call: frozenset({S.call}),
    I.switch_to_email: frozenset({S.email}),
    I.delegate: frozenset({S.colleague}),
    I.no_show_followup: frozenset({S.reach_out, S.reschedule, S.waiting_limit}),
    I.late_cancellation: frozenset({S.reschedule, S.policy, S.video_phone}),
    I.cancellation_policy: frozenset({S.policy, S.expectations}),
}

SAME_LANGUAGE_ARTICLE, SAME_LANGUAGE_NOTE, OTHER_LANGUAGE_ARTICLE, OTHER_LANGUAGE_NOTE = 0, 1, 2, 3


def tier(passage: GuidancePassage, language: Language) -> int:
    """0/1: article/note in the situation's language; 2/3: article/note in another language."""
    other = 2 if passage.language != language else 0
    return other + (0 if passage.origin == "article" else 1)


def strategy_boost(passage: GuidancePassage, intent: Intent) -> float:
    """STRATEGY_BOOST when the passage advises something the intent calls for, else 0."""
    return STRATEGY_BOOST if INTENT_STRATEGIES[intent].intersection(passage.strategies) else 0.0


def rank(
    candidates: Iterable[tuple[GuidancePassage, float]],
    *,
    language: Language,
    intent: Intent,
    k: int,
) -> list[Passage]:
    """The top k passages by the policy above, as models.Passage with score and cross_language set."""
    topic: Topic = INTENT_TOPIC[intent]
    best: dict[str, tuple[GuidancePassage, float]] = {}
    for passage, similarity in candidates:
        if passage.topic != topic:
            continue
        score = similarity + strategy_boost(passage, intent)
        if passage.id not in best or score > best[passage.id][1]:
            best[passage.id] = (passage, score)
    ordered = sorted(best.values(), key=lambda ps: (tier(ps[0], language), -ps[1], ps[0].id))
    return [
        p.to_passage(score=round(score, 4), cross_language=p.language != language) for p, score in ordered[: max(0, k)]
    ]
