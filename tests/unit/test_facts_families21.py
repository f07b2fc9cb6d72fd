"""Round 21 family (issue 13): the old time named as the thing being replaced after a new option ("..., instead of
meeting at the cellar on Thursday", "au lieu de nous voir à la cave jeudi", "i stället för att träffas i källaren på
torsdag", "..., not Thursday as planned") is a correct use of the old time, in the five languages. Written for these
tests (not the set's wording). Each correct form has a twin with the roles swapped that must still raise an alarm."""

from __future__ import annotations

import pytest

from tests.support.fact_battery import alarms, sit

OLD = {"en": "Thursday 10 December at 9:00", "fr": "jeudi 10 décembre à 9 h", "it": "giovedì 10 dicembre alle 9",
       "nl": "donderdag 10 december om 9.00 uur", "sv": "torsdag 10 december kl. 9.00"}
NEW = {"en": "Wednesday 9 December at 15:00", "fr": "mercredi 9 décembre à 15 h", "it": "mercoledì 9 dicembre alle 15",
       "nl": "woensdag 9 december om 15.00 uur", "sv": "onsdag 9 december kl. 15.00"}

# (correct: the new option, then the old time named as the one given up; flawed: the same sentence with the roles swapped)
PAIRS = {
    "en": [("Would Wednesday 9 December at 3 pm suit you, instead of meeting at the cellar on Thursday?",
            "Would Thursday 10 December at 9:00 suit you, instead of meeting at the cellar on Wednesday?"),
           ("Could we taste on Wednesday 9 December at 15:00, rather than getting together in the cellar on Thursday?",
            "Could we taste on Thursday 10 December at 9:00, rather than getting together in the cellar on Wednesday?"),
           ("I suggest Wednesday 9 December at 15:00, not Thursday as planned.",
            "I suggest Thursday 10 December at 9:00, not Wednesday as planned.")],
    "fr": [("Mercredi 9 décembre à 15 h vous irait-il, plutôt que jeudi ?",
            "Jeudi 10 décembre à 9 h vous irait-il, plutôt que mercredi ?"),
           ("Pourriez-vous mercredi 9 décembre à 15 h, au lieu de nous voir à la cave jeudi ?",
            "Pourriez-vous jeudi 10 décembre à 9 h, au lieu de nous voir à la cave mercredi ?"),
           ("Je vous propose mercredi 9 décembre à 15 h, et non jeudi comme prévu.",
            "Je vous propose jeudi 10 décembre à 9 h, et non mercredi comme prévu.")],
    "it": [("Le andrebbe bene mercoledì 9 dicembre alle 15, invece di giovedì?",
            "Le andrebbe bene giovedì 10 dicembre alle 9, invece di mercoledì?"),
           ("Potremmo fare mercoledì 9 dicembre alle 15, invece di vederci in cantina come d'accordo giovedì?",
            "Potremmo fare giovedì 10 dicembre alle 9, invece di vederci in cantina come d'accordo mercoledì?"),
           ("Le propongo mercoledì 9 dicembre alle 15, e non giovedì come previsto.",
            "Le propongo giovedì 10 dicembre alle 9, e non mercoledì come previsto.")],
    "nl": [("Zou woensdag 9 december om 15.00 uur u schikken, in plaats van donderdag?",
            "Zou donderdag 10 december om 9.00 uur u schikken, in plaats van woensdag?"),
           ("Kunnen we woensdag 9 december om 15.00 uur proeven, in plaats van elkaar in de kelder op donderdag te zien?",
            "Kunnen we donderdag 10 december om 9.00 uur proeven, in plaats van elkaar in de kelder op woensdag te zien?"),
           ("Ik stel woensdag 9 december om 15.00 uur voor, niet donderdag zoals gepland.",
            "Ik stel donderdag 10 december om 9.00 uur voor, niet woensdag zoals gepland.")],
    "sv": [("Skulle onsdag 9 december kl. 15.00 passa, i stället för på torsdag?",
            "Skulle torsdag 10 december kl. 9.00 passa, i stället för på onsdag?"),
           ("Kan vi ses onsdag 9 december kl. 15.00 i stället för att träffas i källaren på torsdag?",
            "Kan vi ses torsdag 10 december kl. 9.00 i stället för att träffas i källaren på onsdag?"),
           ("Jag föreslår onsdag 9 december kl. 15.00, inte torsdag som planerat.",
            "Jag föreslår torsdag 10 december kl. 9.00, inte onsdag som planerat.")],
}
CASES = [(lang, k, intent) for lang in PAIRS for k in range(len(PAIRS[lang])) for intent in ("reschedule", "switch_to_call")]


@pytest.mark.parametrize("lang,k,intent", CASES)
def test_old_time_named_as_replaced_after_the_new_option(lang: str, k: int, intent: str) -> None:
    s = sit(lang, intent=intent, meeting_time=OLD[lang], proposed_times=[NEW[lang]])
    correct, swapped = PAIRS[lang][k]
    assert not alarms(s, correct), correct
    assert [i for i in alarms(s, swapped) if i.kind in ("time_role", "time")], swapped


# The old time offered as a further option after the new one ("or Thursday", "oppure giovedì") stays flagged: only a
# clause that gives it up ("instead of", a negation) names it as replaced.
OFFERED = {
    "en": "Would Wednesday 9 December at 3 pm suit you, or shall we keep meeting at the cellar on Thursday?",
    "fr": "Pourriez-vous mercredi 9 décembre à 15 h, ou bien jeudi à la cave ?",
    "it": "Potremmo fare mercoledì 9 dicembre alle 15, oppure vederci in cantina giovedì?",
    "nl": "Kunnen we woensdag 9 december om 15.00 uur proeven, of elkaar donderdag in de kelder zien?",
    "sv": "Kan vi ses onsdag 9 december kl. 15.00 eller träffas i källaren på torsdag?",
}


@pytest.mark.parametrize("lang", list(OFFERED))
def test_old_time_offered_after_the_new_option_stays_flagged(lang: str) -> None:
    s = sit(lang, intent="reschedule", meeting_time=OLD[lang], proposed_times=[NEW[lang]])
    assert [i for i in alarms(s, OFFERED[lang]) if i.kind in ("time_role", "time")], OFFERED[lang]


# The new option named as the one given up, and the old time then offered, stays flagged: "instead of" governs the
# time right after it, not one further on ("Instead of Wednesday at 15:00 we could meet on Thursday").
NEW_GIVEN_UP = {
    "en": "Instead of Wednesday 9 December at 15:00 we could simply meet on Thursday.",
    "fr": "Au lieu de mercredi 9 décembre à 15 h nous pourrions nous voir jeudi.",
    "it": "Invece di mercoledì 9 dicembre alle 15 potremmo vederci giovedì.",
    "nl": "In plaats van woensdag 9 december om 15.00 uur kunnen we donderdag afspreken.",
    "sv": "I stället för onsdag 9 december kl. 15.00 kan vi ses på torsdag.",
}


@pytest.mark.parametrize("lang", list(NEW_GIVEN_UP))
def test_new_option_given_up_for_the_old_time_stays_flagged(lang: str) -> None:
    s = sit(lang, intent="reschedule", meeting_time=OLD[lang], proposed_times=[NEW[lang]])
    assert [i for i in alarms(s, NEW_GIVEN_UP[lang]) if i.kind in ("time_role", "time")], NEW_GIVEN_UP[lang]
