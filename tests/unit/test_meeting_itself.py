"""The meeting named as itself: a typed possessive kept with the article it takes, a thing named by itself
(never "our meeting about" it), a weekly meeting not followed by its weekday again, a plural thing with "nos"."""

from __future__ import annotations

import pytest

from composer.models import Intent, Language, Relationship, Situation, Tone
from composer.writers.builtin import BuiltinWriter


def _body(language: Language, meeting: str, meeting_time: str, intent: Intent = Intent.reschedule) -> str:
    times = {Language.en: ["Friday 11 December at 10am"], Language.fr: ["vendredi 11 décembre à 10 h"],
             Language.it: ["venerdì 11 dicembre alle 10"]}[language]
    s = Situation(language=language, intent=intent, tone=Tone.friendly, relationship=Relationship.regular,
                  recipient_name="Sam Reed", sender_name="Alex Moore", meeting=meeting, meeting_time=meeting_time,
                  proposed_times=times, reason=None)
    return BuiltinWriter().write(s, []).body


@pytest.mark.parametrize(("language", "meeting", "time", "want", "never"), [
    (Language.en, "jamie's guitar lesson", "Wednesday 9 December at 4.30pm", "Jamie's guitar lesson", "the jamie's"),
    # A weekday in the meeting's name that the time also says is said once, by the time (plan: without_time_words,
    # intended since the phrasebook round): "your driving lessons on Saturday 5 December", never the weekday twice.
    (Language.en, "saturday driving lessons", "Saturday 5 December at 9am", "your driving lessons on Saturday 5 December at 9am", "saturday driving"),
    (Language.it, "la nostra videochiamata del giovedì", "giovedì 10 dicembre alle 16", "la nostra videochiamata di giovedì 10 dicembre", "incontro sulla nostra"),
    (Language.it, "nostra videochiamata", "giovedì 10 dicembre alle 16", "la nostra videochiamata", "incontro"),
    (Language.it, "concerto di beneficenza", "sabato 19 dicembre alle 21", "il concerto di beneficenza", "incontro sul concerto"),
    (Language.it, "lezioni di guida del sabato", "sabato 9-11", "le lezioni di guida di sabato 9-11", "del sabato di sabato"),
    (Language.fr, "photos de famille au parc", "dimanche 13 décembre à 10 h", "nos photos de famille au parc", "notre photos"),
    (Language.fr, "café", "demain à 8 h 30", "notre café", "« café »"),
])
def test_the_meeting_is_named_as_itself(language: Language, meeting: str, time: str, want: str, never: str) -> None:
    body = _body(language, meeting, time)
    assert want in body, body
    assert never not in body, body
    first = body.split("\n\n")[1]
    for day in ("Saturday", "sabato", "giovedì"):
        assert first.lower().count(day.lower()) <= 1, first  # a weekday is said once
