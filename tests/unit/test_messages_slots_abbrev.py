"""Two slots offered in one sentence stay two offers even when an abbreviation's dot ("kl.", "ca.", "déc.") sits
between them: such a dot before a number, a comma or a lower-case word ends no sentence. Messages written for
this test, not taken from the labelled sets."""

from __future__ import annotations

from datetime import date

import pytest

from composer.messages import extract
from composer.messages.classify import _sentence

TODAY = date(2026, 12, 9)  # a Wednesday


@pytest.mark.parametrize("text, proposed", [
    ("Hej Jonas,\n\nVi vill gärna bjuda in dig till ett samtal om uppdraget. Passar fredag 18.12 kl. 9 eller måndag 21.12 kl. 13.15?\n\nVänliga hälsningar\nAnna Berg",
     ["fredag 18.12 kl. 9", "måndag 21.12 kl. 13.15"]),
    ("Goedemiddag Pieter,\n\nGraag nodigen we u uit voor een kennismaking. Kan het vr 18-12 om 9 uur of ma 21-12 om 13.15 uur?\n\nMet vriendelijke groet,\nEls Peeters",
     ["vr 18-12 om 9 uur", "ma 21-12 om 13.15 uur"]),
])
def test_two_slots_with_abbreviation_dots_are_both_offered(text, proposed):
    found = extract(text, today=TODAY)
    assert found.meeting_time is None
    assert found.proposed_times == proposed


def test_an_abbreviation_dot_before_a_number_ends_no_sentence():
    text = "Passar det kl. 10 eller kl. 14? Bra."
    assert _sentence(text, text.index("kl. 14"), text.index("kl. 14") + 6).strip() == "Passar det kl. 10 eller kl. 14"


def test_a_full_stop_before_a_capital_still_ends_the_sentence():
    text = "Vi ses på tisdag. Ring mig kl. 10 om något."
    assert _sentence(text, text.index("Ring"), text.index("Ring") + 4).strip() == "Ring mig kl. 10 om något"
