"""The built-in writer over its whole grid: 9 intents x 5 languages x 2 tones x 3 relationships.

Each cell is checked for the rules users hold us to: every fact verbatim, nothing invented, the right
language and address form, one greeting, one closing, one signature, 40-220 words, no filler.
"""

from __future__ import annotations

from composer.models import CLIENT_SIDE
from composer.writers.plan import echo_reason

import itertools
import re

import pytest

from composer.facts import invented_dates, invented_numbers, missing_facts, normalise, placeholders, prose_only
from composer.lang import detect_language
from composer.names import greeting as name_greeting
from composer.models import Intent, Language, Passage, Relationship, Situation, Strategy, Tone, Topic
from composer.register import address_problems, boilerplate, formal_markers, informal_markers
from composer.writers.builtin import BuiltinWriter
from composer.writers.plan import CLIENT_SIDE

FACTS = {
    Language.fr: dict(
        recipient_name="Claire Dubois", sender_name="Julien Moreau", meeting="la revue trimestrielle du compte",
        meeting_time="jeudi 14 mars à 10 h", client_reasons=["un imprévu familial", "le train a été annulé"], reasons=["un déplacement imprévu chez un autre client", "je dois être à Lyon ce jour-là"],
        times=["mardi 19 mars à 14 h", "mercredi 20 mars à 9 h 30", "vendredi 22 mars à 11 h"], colleague="Sophie Laurent",
    ),
    Language.it: dict(
        recipient_name="Giulia Bianchi", sender_name="Marco Rossi", meeting="la revisione trimestrale del progetto",
        meeting_time="giovedì 14 marzo alle 10:00", client_reasons=["un imprevisto familiare", "il treno è stato cancellato"], reasons=["un impegno imprevisto con un altro cliente", "devo essere a Milano quel giorno"],
        times=["martedì 19 marzo alle 14:00", "mercoledì 20 marzo alle 9:30", "venerdì 22 marzo alle 11:00"], colleague="Luca Ferri",
    ),
    Language.nl: dict(
        recipient_name="Sanne de Vries", sender_name="Pieter Jansen", meeting="de kwartaalevaluatie van het project",
        meeting_time="donderdag 14 maart om 10.00 uur", client_reasons=["een onverwachte familiekwestie", "de trein viel uit"], reasons=["een onverwachte afspraak bij een andere klant", "ik moet die dag in Rotterdam zijn"],
        times=["dinsdag 19 maart om 14.00 uur", "woensdag 20 maart om 9.30 uur", "vrijdag 22 maart om 11.00 uur"], colleague="Eva Bakker",
    ),
    Language.sv: dict(
        recipient_name="Karin Lindqvist", sender_name="Erik Johansson", meeting="kvartalsgenomgången av projektet",
        meeting_time="torsdag 14 mars kl. 10.00", client_reasons=["en oväntad familjesituation", "tåget blev inställt"], reasons=["ett oväntat kundbesök", "jag måste vara i Göteborg den dagen"],
        times=["tisdag 19 mars kl. 14.00", "onsdag 20 mars kl. 9.30", "fredag 22 mars kl. 11.00"], colleague="Anna Berg",
    ),
    Language.en: dict(
        recipient_name="Margaret Hughes", sender_name="Tom Baker", meeting="the quarterly account review",
        meeting_time="Thursday 14 March at 10:00", client_reasons=["a family emergency", "the train was cancelled"], reasons=["a clash with a board meeting", "I have to be in Leeds that day"],
        times=["Tuesday 19 March at 14:00", "Wednesday 20 March at 9:30", "Friday 22 March at 11:00"], colleague="Priya Shah",
    ),
}

GUIDANCE = {
    Topic.avoidance: [
        Passage(id="a", text="Turn the meeting into a phone call.", source="000", language=Language.fr,
                topic=Topic.avoidance, strategies=[Strategy.call, Strategy.weigh_relationship]),
        Passage(id="b", text="Turn it into an email for now.", source="000", language=Language.fr,
                topic=Topic.avoidance, strategies=[Strategy.email]),
    ],
    Topic.cancellation: [
        Passage(id="c", text="Offer video or phone.", source="004", language=Language.fr,
                topic=Topic.cancellation, strategies=[Strategy.video_phone, Strategy.reschedule, Strategy.policy]),
    ],
}

GRID = list(itertools.product(Intent, Language, Tone, Relationship))


def situation_for(intent: Intent, language: Language, tone: Tone, rel: Relationship, variant: int) -> Situation:
    """Vary the optional facts across cells so every phrasing path is exercised."""
    f = FACTS[language]
    n_times = variant % 4  # 0..3 proposed times
    data: dict = dict(
        id=f"{intent.value}-{language.value}-{tone.value}-{rel.value}",
        language=language, intent=intent, tone=tone, relationship=rel,
        recipient_name=f["recipient_name"], sender_name=f["sender_name"], meeting=f["meeting"],
        meeting_time=f["meeting_time"], proposed_times=f["times"][:n_times],
        reason=None if variant % 3 == 0 else f["client_reasons" if intent in CLIENT_SIDE else "reasons"][variant % 2],
    )
    if intent is Intent.shorten or variant % 5 == 1:
        data["duration_minutes"] = 30
    if intent is Intent.delegate or variant % 7 == 2:
        data["colleague_name"] = f["colleague"]
    if intent is Intent.cancellation_policy or (intent is Intent.late_cancellation and variant % 2) or variant % 11 == 3:
        data["policy"] = [
            {"notice_hours": 48, "fee_percent": 50},
            {"notice_hours": 24, "fee_percent": 30, "deposit_percent": 20},
            {"deposit_percent": 25},
            {"fee_percent": 12.5},
        ][variant % 4]
    return Situation(**data)


def extra_cells() -> list[tuple[str, Situation]]:
    """Cells beyond the product grid: a cancellation policy stated with no meeting at all (a notice to a
    new client, or a reminder), in every language, tone and relationship, with each policy shape."""
    out = []
    for i, (lang, tone, rel) in enumerate(itertools.product(Language, Tone, Relationship)):
        s = situation_for(Intent.cancellation_policy, lang, tone, rel, i)
        s = s.model_copy(update={"meeting": None, "meeting_time": None, "proposed_times": [], "id": f"{s.id}-no-meeting"})
        out.append((s.id or "", s))
    return out


def _cells():
    for i, (intent, lang, tone, rel) in enumerate(GRID):
        yield pytest.param(situation_for(intent, lang, tone, rel, i), id=f"{intent.value}-{lang.value}-{tone.value}-{rel.value}")
    for key, s in extra_cells():
        yield pytest.param(s, id=key)


WRITER = BuiltinWriter()


def _no_reason_words(s: Situation) -> None:
    pass


@pytest.mark.parametrize("situation", list(_cells()))
def test_grid_cell(situation: Situation) -> None:
    draft = WRITER.write(situation, GUIDANCE[situation.topic])
    text = draft.subject + "\n" + draft.body
    body = draft.body
    if situation.meeting is None:  # a standalone notice never speaks of a meeting it was not given
        assert not re.search(r"None|\(\)", text), text

    assert draft.writer == "builtin"
    assert draft.warnings == []
    # Every fact verbatim; the recipient's name is checked below in its native greeting form. Times are written
    # from their value ("alle 10" for "alle 10:00", "à 15 h" for "15h"): the fact model checks them by meaning
    # (draft.warnings above), never as typed.
    missing = [f for f in missing_facts(situation, text) if f.field != "recipient_name" and not f.field.startswith(("meeting_time", "proposed_times"))]
    assert not missing, missing
    assert not invented_numbers(situation, text), text
    assert not invented_dates(situation, text), text
    assert not placeholders(text), text
    assert not boilerplate(text), text

    words = len(body.split())
    assert 40 <= words <= 220, f"{words} words:\n{body}"

    lines = body.split("\n")
    assert lines[-1] == situation.sender_name  # one signature, last
    assert lines[-2].endswith(",") and lines[-3] == ""  # the closing, alone on its line
    # one greeting, first, in the native form for the name (title + surname formal, first name friendly)
    assert lines[0] == name_greeting(situation.recipient_name, situation.language, situation.tone is Tone.formal)
    assert body.count(situation.sender_name) == 1
    assert situation.recipient_name not in "\n".join(lines[1:])

    # Language and address are judged on the writer's own prose, not on the user's free text.
    prose = prose_only(situation, body)
    assert detect_language(prose) is situation.language, prose
    assert not address_problems(prose, situation.language, situation.tone), body
    if situation.tone is Tone.formal and situation.language in (Language.fr, Language.nl, Language.it):
        assert formal_markers(prose, situation.language), "formal address must actually be used"
    if situation.tone is Tone.friendly and situation.language in (Language.fr, Language.nl, Language.it):
        assert informal_markers(prose, situation.language), "friendly drafts use informal address"

    if situation.reason and situation.intent not in CLIENT_SIDE:  # the client's reason is the user's note: never told back
        r = normalise(situation.reason).rstrip(".!;")
        if situation.intent in CLIENT_SIDE and not echo_reason(situation.reason):
            # the client's reason is the user's note: acknowledged neutrally, never told back
            assert r[1:] not in normalise(body), "the user's note on the client is not told back"
        elif situation.intent not in CLIENT_SIDE:
            # (nl/sv tie a sentence said after the request by a link word after its verb: "Ik ben namelijk ziek")
            assert r[1:] in normalise(re.sub(r"\b(?:namelijk|nämligen) ", "", body)), "the reason given must be mentioned"

    # Clean typography: no doubled spaces, no space before a comma or full stop, no empty paragraph.
    assert "  " not in body and " ," not in body and " ." not in body and "\n\n\n" not in body
    assert ".." not in body.replace("...", "")


def test_key_client_decline_offers_an_alternative() -> None:
    for lang in Language:
        s = situation_for(Intent.decline, lang, Tone.formal, Relationship.key, 3)
        d = WRITER.write(s, GUIDANCE[Topic.avoidance])
        plain = WRITER.write(s.model_copy(update={"relationship": Relationship.regular}), [])
        assert d.body != plain.body  # the guidance and the relationship change the message


def test_deterministic() -> None:
    s = situation_for(Intent.reschedule, Language.fr, Tone.friendly, Relationship.new, 2)
    assert WRITER.write(s, GUIDANCE[Topic.avoidance]) == WRITER.write(s, GUIDANCE[Topic.avoidance])
