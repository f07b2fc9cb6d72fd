"""Language detection over the five supported languages (lingua, loaded once, lazily)."""

from __future__ import annotations

from functools import lru_cache

from composer.models import Language

_LINGUA_NAMES = {
    Language.fr: "FRENCH",
    Language.it: "ITALIAN",
    Language.nl: "DUTCH",
    Language.sv: "SWEDISH",
    Language.en: "ENGLISH",
}


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    from lingua import Language as L
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(*(getattr(L, n) for n in _LINGUA_NAMES.values())).build()


_BACK = {v: k for k, v in _LINGUA_NAMES.items()}


def detect_language(text: str) -> Language | None:
    """The most likely of fr/it/nl/sv/en, or None when the text is too short to tell."""
    if len(text.strip()) < 3:
        return None
    found = _detector().detect_language_of(text)
    return _BACK.get(found.name) if found is not None else None
