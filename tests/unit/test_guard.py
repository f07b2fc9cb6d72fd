"""The guard, pure and fast: a correct draft passes in every language and tone; each broken rule is named."""

from __future__ import annotations

import itertools

import pytest

from composer.guard import MAX_WORDS, check
from composer.models import Language, Situation, Tone
from tests.support.replies import PHRASES, write

FACTS = {
    Language.fr: dict(recipient_name="Claire Dubois", sender_name="Julien Moreau", meeting="la revue trimestrielle du compte", meeting_time="jeudi 14 mars à 10 h"),
    Language.it: dict(recipient_name="Giulia Bianchi", sender_name="Marco Rossi", meeting="la revisione trimestrale del progetto", meeting_time="giovedì 14 marzo alle 10:00"),
    Language.nl: dict(recipient_name="Sanne de Vries", sender_name="Pieter Jansen", meeting="de kwartaalevaluatie van het project", meeting_time="donderdag 14 maart om 10.00 uur"),
    Language.sv: dict(recipient_name="Karin Lindqvist", sender_name="Erik Johansson", meeting="kvartalsgenomgången av projektet", meeting_time="torsdag 14 mars kl. 10.00"),
    Language.en: dict(recipient_name="Margaret Hughes", sender_name="Tom Baker", meeting="the quarterly account review", meeting_time="Thursday 14 March at 10:00"),
}


def situation(language: Language = Language.en, tone: Tone = Tone.formal, **extra: object) -> Situation:
    data = dict(language=language, intent="cancellation_policy", tone=tone, relationship="regular", **FACTS[language])
    data.setdefault("policy", {"notice_hours": 48, "fee_percent": 12.5})
    data.update(extra)
    return Situation.model_validate(data)


@pytest.mark.parametrize(("language", "tone"), list(itertools.product(Language, Tone)))
def test_a_correct_draft_passes(language: Language, tone: Tone) -> None:
    s = situation(language, tone, proposed_times=["19/3 14:00"], duration_minutes=30, colleague_name="Anna Berg")
    reply = write(s)
    assert check(s, reply.subject, reply.body) == []


def test_wrong_language_is_named_with_the_language_to_use() -> None:
    s = situation(Language.fr)
    body = (
        "Sehr geehrte Frau Claire Dubois,\n\nich schreibe Ihnen wegen la revue trimestrielle du compte (jeudi 14 mars à 10 h). "
        "Leider kann ich nicht wie geplant teilnehmen. Unsere Regel: 48 Stunden Vorlauf, sonst 12,5 Prozent Gebühr. "
        "Bitte lassen Sie mich wissen, was Ihnen am besten passt, und vielen Dank für Ihr Verständnis.\n\n"
        "Mit freundlichen Grüßen,\nJulien Moreau"
    )
    problems = check(s, "Termin", body)
    assert any(p.startswith("wrong language") and p.endswith("write all of it in French") for p in problems), problems


def test_the_users_own_words_do_not_count_as_the_wrong_language() -> None:
    s = situation(Language.fr, Tone.friendly, meeting="the Q3 business review kick-off", reason="board meeting clash in London")
    reply = write(s)
    assert check(s, reply.subject, reply.body.replace("Je t'écris", "Je t'écris (board meeting clash in London)")) == []


def test_a_dropped_fact_is_named_with_its_value() -> None:
    # a shortened meeting keeps its slot, so the client must read it (composer.facts.duty: restate)
    s = situation(intent="shorten", duration_minutes=30, policy=None)
    reply = write(s)
    problems = check(s, reply.subject, reply.body.replace("Thursday 14 March at 10:00", "soon"))
    assert "missing fact: meeting_time ('Thursday 14 March at 10:00'); state it verbatim" in problems


def test_invented_numbers_and_date_words_are_named() -> None:
    s = situation()
    reply = write(s)
    body = reply.body.replace("Kind regards,", "Otherwise tomorrow at 15:30 works, or Monday.\n\nKind regards,")
    problems = check(s, reply.subject, body)
    # times are judged as times now (one line each, naming the given ones), not as loose digits and words
    # a clock after a relative day word is read as that day ("tomorrow at 15:30")
    assert any(p.startswith("time not in the situation: 'tomorrow at 15:30'") and "'Thursday 14 March at 10:00'" in p for p in problems), problems
    assert any(p.startswith("time not in the situation: 'Monday'") for p in problems), problems
    assert "date word not in the situation: 'tomorrow'; remove it" in problems


def test_placeholders_boilerplate_and_preamble_are_named() -> None:
    s = situation()
    reply = write(s)
    body = "Here is a draft of the email you asked for:\n\n" + reply.body.replace(
        "I am writing about", "I hope this email finds you well. [Your company] is writing about"
    )
    problems = check(s, reply.subject, body)
    assert any(p.startswith("placeholder left in: [Your company]") for p in problems)
    assert any(p.startswith("AI-sounding filler: 'hope this email finds you'") for p in problems)
    assert any(p.startswith("preamble, options or formatting in the body: 'Here is a draft of the email'") for p in problems)


def test_a_subject_line_inside_the_body_is_formatting() -> None:
    s = situation()
    reply = write(s)
    problems = check(s, reply.subject, "Subject: Our policy\n\n" + reply.body)
    assert any("preamble, options or formatting" in p for p in problems)


@pytest.mark.parametrize(
    ("language", "tone", "swap", "expected"),
    [
        (Language.fr, Tone.formal, ("Je vous écris", "Je t'écris"), "informal address in a formal message"),
        (Language.nl, Tone.friendly, ("Ik schrijf je", "Ik schrijf u"), "mixed formal and informal address"),
        (Language.en, Tone.formal, ("I am writing", "I'm writing"), "contractions in a formal message"),
    ],
)
def test_address_form_must_match_the_tone(language: Language, tone: Tone, swap: tuple[str, str], expected: str) -> None:
    s = situation(language, tone)
    reply = write(s)
    problems = check(s, reply.subject, reply.body.replace(*swap))
    assert any(p.startswith(expected) for p in problems), problems


def test_informal_address_in_a_formal_message() -> None:
    s = situation(Language.it, Tone.formal)
    friendly = write(situation(Language.it, Tone.friendly))
    problems = check(s, friendly.subject, friendly.body)
    assert any("informal address in a formal message" in p for p in problems), problems


def test_length_signature_and_subject() -> None:
    s = situation()
    short = "Dear Margaret Hughes,\n\nthe quarterly account review, Thursday 14 March at 10:00: 48 hours, 12.5%.\n\nKind regards,\nTom Baker"
    assert any(p.startswith("too short") for p in check(s, "Policy", short))
    reply = write(s)
    long_body = reply.body.replace("Kind regards,", "Thank you. " * MAX_WORDS + "\n\nKind regards,")
    assert any(p.startswith("too long") for p in check(s, reply.subject, long_body))
    unsigned = reply.body.rsplit("\n", 1)[0]
    assert any(p.startswith("no signature: end with the sender's name 'Tom Baker'") for p in check(s, reply.subject, unsigned + "\nRegards"))
    assert "the subject is empty; give a short subject line" in check(s, " ", reply.body)


def test_phrases_cover_every_language_and_tone() -> None:
    assert set(PHRASES) == set(itertools.product(Language, (True, False)))
