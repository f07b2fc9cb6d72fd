"""Canned guidance for the page's tests: no vector store to build, the same passages every time.

For any situation: one passage in its language (call + weigh_relationship), one of Tactful's own notes
(shorter), and one passage from another language (email), so every mark the page shows has a case.
"""

from __future__ import annotations

from composer.models import Language, Passage, Situation, Strategy

OTHER = {Language.en: Language.fr}


class CannedRetriever:
    """Deterministic stand-in for the Chroma retriever; records every situation it was asked about."""

    def __init__(self) -> None:
        self.calls: list[Situation] = []

    def retrieve(self, situation: Situation, k: int = 4) -> list[Passage]:
        self.calls.append(situation)
        lang = situation.language
        other = OTHER.get(lang, Language.en)
        passages = [
            Passage(
                id="000_article.txt#01", text="Turn the meeting into a phone call.\n\nHow important is the client?",
                source="000_article.txt", language=lang, topic=situation.topic, score=0.91,
                strategies=[Strategy.call, Strategy.weigh_relationship],
            ),
            Passage(
                id=f"notes/{lang.value}.md#00", text="Offer a shorter meeting\n\nKeep it, but shorter.",
                source=f"notes/{lang.value}.md", language=lang, topic=situation.topic, origin="note",
                heading="Offer a shorter meeting", score=0.87, strategies=[Strategy.shorter],
            ),
            Passage(
                id="003_other.txt#02", text="Handle it by email for now.", source="003_other.txt", language=other,
                topic=situation.topic, score=0.74, cross_language=True, strategies=[Strategy.email],
            ),
        ]
        return passages[:k]
