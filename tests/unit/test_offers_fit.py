"""What a decline offers fits the situation: an invitation to a performance, a wedding or drinks gets no call
"to keep things moving"; a vendor's demo declined because the contract was just renewed is a no on substance."""

from __future__ import annotations

import pytest

from composer.models import Intent, Language, Relationship, Situation, Tone
from composer.writers.plan import make_plan


def _plan(language: Language, meeting: str, reason: str | None):
    s = Situation(language=language, intent=Intent.decline, tone=Tone.formal, relationship=Relationship.key,
                  recipient_name="Sam Reed", sender_name="Alex Moore", meeting=meeting, meeting_time="sabato 19 dicembre alle 21",
                  reason=reason)
    return make_plan(s, [])


@pytest.mark.parametrize(("language", "meeting"), [
    (Language.it, "concerto di beneficenza al Teatro Dal Verme"), (Language.fr, "spectacle de fin d'année"),
    (Language.en, "Sam's wedding"), (Language.it, "matrimonio di Giulia"), (Language.fr, "apéro de Noël"),
])
def test_an_invitation_gets_no_call(language: Language, meeting: str) -> None:
    p = _plan(language, meeting, None)
    assert p.kind == "event" and p.alternative != "call"


@pytest.mark.parametrize(("language", "reason"), [
    (Language.fr, "car nous venons de renouveler le contrat avec notre prestataire actuel"),
    (Language.it, "poiché abbiamo appena rinnovato il contratto con il fornitore attuale"),
    (Language.en, "as our contract with the current provider runs until 2028"),
    (Language.en, "we've just renewed our payroll contract"),
])
def test_a_renewed_contract_is_a_final_no(language: Language, reason: str) -> None:
    p = _plan(language, "demo of your platform", reason)
    assert p.final and p.alternative is None


def test_a_working_meeting_of_a_key_client_still_gets_a_lighter_form() -> None:
    p = _plan(Language.en, "quarterly account review", "I have to be in Leeds that day")
    assert p.kind == "meeting" and p.alternative == "call"
