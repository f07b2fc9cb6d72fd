"""Blaming the client ("that is your problem") and "as I have already said" in all five languages: what a new user's
scripted hostile LLM replies contained, and the verdict let through before these cues had their auxiliary forms."""

from __future__ import annotations

import pytest

from composer.evaluation.tone import tone_verdict
from composer.models import Situation

BASE = dict(intent="reschedule", recipient_name="Karin Holm", sender_name="Erik Berg", meeting="genomgången",
            meeting_time="torsdag 14 mars kl. 10", proposed_times=["tisdag 19 mars kl. 14"], tone="formal", relationship="regular")

# (language, the mail's frame with {x} where the sentence goes, the hostile sentence)
CASES = [
    ("sv", "Hej Karin,\n\nJag behöver tyvärr flytta genomgången på torsdag 14 mars kl. 10. {x}Passar tisdag 19 mars kl. 14 i stället?\n\nMed vänliga hälsningar,\nErik Berg",
     "Som jag redan har sagt till dig är detta faktiskt ditt eget problem. "),
    ("sv", "Hej Karin,\n\nJag behöver tyvärr flytta genomgången på torsdag 14 mars kl. 10. {x}Passar tisdag 19 mars kl. 14 i stället?\n\nMed vänliga hälsningar,\nErik Berg",
     "Det är ert problem att tiden inte passar. "),
    ("nl", "Geachte mevrouw Holm,\n\nIk moet helaas de bespreking van donderdag 14 maart om 10.00 uur verzetten. {x}Past dinsdag 19 maart om 14.00 uur u?\n\nMet vriendelijke groet,\nErik Berg",
     "Zoals ik al eerder heb gezegd, dat is uw eigen probleem. "),
    ("en", "Dear Ms Holm,\n\nI am sorry, but I need to move our review on Thursday 14 March at 10:00. {x}Would Tuesday 19 March at 14:00 work for you?\n\nKind regards,\nErik Berg",
     "That is your problem, not mine. "),
    ("fr", "Madame Holm,\n\nJe dois malheureusement déplacer notre réunion du jeudi 14 mars à 10 h. {x}Mardi 19 mars à 14 h vous conviendrait-il ?\n\nCordialement,\nErik Berg",
     "C'est votre problème, pas le mien. "),
    ("it", "Gentile signora Holm,\n\npurtroppo devo spostare la riunione di giovedì 14 marzo alle 10. {x}Martedì 19 marzo alle 14 Le andrebbe bene?\n\nCordiali saluti,\nErik Berg",
     "Il problema è Suo, non mio. "),
]


@pytest.mark.parametrize(("language", "frame", "hostile"), CASES)
def test_the_hostile_sentence_fails_tone_and_the_same_mail_without_it_passes(language: str, frame: str, hostile: str) -> None:
    s = Situation.model_validate({**BASE, "language": language})
    good = tone_verdict(s, "Nieuw moment", frame.format(x=""))
    bad = tone_verdict(s, "Nieuw moment", frame.format(x=hostile))
    assert good.ok and not bad.ok, (good.score, bad.score)
    assert any(not r.passed for r in bad.reasons)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "If this is a problem for your team, just let me know and I will find another slot."),
    ("fr", "Si ce créneau vous pose problème, dites-le-moi et je vous en proposerai un autre."),
    ("nl", "Als dat voor u een probleem is, laat het me gerust weten."),
    ("sv", "Om det är ett problem för dig, säg bara till så hittar vi en annan tid."),
    ("it", "Se per Lei è un problema, me lo dica pure e troviamo un'altra data."),
])
def test_offering_help_with_a_problem_is_not_blame(language: str, text: str) -> None:
    from composer.evaluation.cues import find, norm
    from composer.models import Language

    assert find("blame", norm(text), (Language(language),)) is None
    assert find("blame", norm("C'est votre problème." if language == "fr" else "That is your problem."), (Language.fr, Language.en)) is not None
