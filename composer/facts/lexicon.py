"""Ordinary words of each language, so that a near-miss check never reads a closing, a greeting or a common noun
as a misspelt name ("Groet," above the signature of Wessel Groen; "Kram," above Erik Kramm's).

The lexicon is wordfreq's small list for the language (shipped inside the package, read from disk, nothing fetched).
A word counts as ordinary from a Zipf frequency of 3.5 (about three times per million words: closings and
greetings are all above, plural surnames like "Bakkers" below). Such lists hold frequent
surnames too ("Bakker", "Groen"), so the caller still judges a word in a name's place (after a title, next to the
other part of a given name) as a name.
"""

from __future__ import annotations

from functools import lru_cache

from composer.models import Language

ORDINARY_ZIPF = 3.5


@lru_cache(maxsize=4096)
def ordinary_word(word: str, language: Language) -> bool:
    """A word of the language in everyday use (any case), by its frequency in the language's word list."""
    from wordfreq import zipf_frequency  # imported on first use: loading the word lists costs ~0.4 s once

    return zipf_frequency(word.casefold(), language.value, wordlist="small") >= ORDINARY_ZIPF
