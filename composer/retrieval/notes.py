"""Parses the team's own guidance notes (corpus/notes/<lang>.md) into tagged passages, kept apart from articles.

Convention: lines before the first "## " heading are the file's preamble and are ignored. Each passage is
    ## [topic] [strategy, strategy] Heading
followed by its advice. The file name gives the language; origin is "note", source "notes/<lang>.md",
and the id is "<source>#<index>" like an article passage.
"""

from __future__ import annotations

import re
from pathlib import Path

from composer.models import Language, Strategy, Topic
from composer.retrieval.records import GuidancePassage

NOTES_DIR = "notes"
_HEADING = re.compile(r"^##\s+\[(?P<topic>[^\]]*)\]\s+\[(?P<strategies>[^\]]*)\]\s+(?P<title>\S.*)$")


def parse_notes(text: str, *, language: Language, source: str) -> list[GuidancePassage]:
    """Notes passages from one file's text; a malformed heading is a ValueError naming the line."""
    passages: list[GuidancePassage] = []
    head: tuple[Topic, tuple[Strategy, ...], str] | None = None
    body: list[str] = []

    def flush() -> None:
        if head is None:
            return
        paragraph = " ".join(line.strip() for line in body if line.strip())
        if not paragraph:
            raise ValueError(f"{source}: note '{head[2]}' has no text")
        topic, strategies, title = head
        passages.append(
            GuidancePassage(
                id=f"{source}#{len(passages):02d}",
                text=f"{title}\n\n{paragraph}",
                source=source,
                language=language,
                topic=topic,
                origin="note",
                heading=title,
                strategies=strategies,
            )
        )

    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("## "):
            flush()
            head, body = _parse_heading(line, source=source, number=number), []
        elif head is not None:
            body.append(line)
    flush()
    return passages


def _parse_heading(line: str, *, source: str, number: int) -> tuple[Topic, tuple[Strategy, ...], str]:
    m = _HEADING.match(line.strip())
    if not m:
        raise ValueError(f"{source}:{number}: expected '## [topic] [strategy, ...] Heading', got {line!r}")
    try:
        topic = Topic(m["topic"].strip())
        names = [s.strip() for s in m["strategies"].split(",") if s.strip()]
        strategies = tuple(Strategy(s) for s in names)
    except ValueError as exc:
        raise ValueError(f"{source}:{number}: {exc}") from exc
    return topic, strategies, m["title"].strip()


def load_notes(corpus_dir: Path) -> list[GuidancePassage]:
    """Every notes file under corpus_dir/notes, in language-file order."""
    folder = Path(corpus_dir) / NOTES_DIR
    passages: list[GuidancePassage] = []
    for path in sorted(folder.glob("*.md")):
        try:
            language = Language(path.stem)
        except ValueError as exc:
            raise ValueError(f"{path}: notes files are named <language>.md (one of fr, it, nl, sv, en)") from exc
        source = f"{NOTES_DIR}/{path.name}"
        passages.extend(parse_notes(path.read_text(encoding="utf-8"), language=language, source=source))
    return passages
