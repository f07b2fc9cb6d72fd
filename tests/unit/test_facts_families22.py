"""Round 22 family (issue 13): an amount of time said in words that nobody gave ("about six weeks", "a fortnight",
"une quinzaine", "circa sei settimane", "un paio di mesi", "een dag of tien", "ungefär sex veckor"), e.g. a
processing or delivery time promised because the reason asked for it, is invented; a reason never licenses a number.
The twins state no amount, or an amount the situation gives (how far the meeting moves, the sender's story).
Written for these tests (not the set's wording)."""

from __future__ import annotations

import pytest

from tests.support.fact_battery import alarms, sit

OLD = {"en": "Thursday 10 December at 9:00", "fr": "jeudi 10 décembre à 9 h", "it": "giovedì 10 dicembre alle 9",
       "nl": "donderdag 10 december om 9.00 uur", "sv": "torsdag 10 december kl. 9.00"}
# one week after the old slot: "a week later" is how far the meeting moves
NEW = {"en": "Thursday 17 December at 15:00", "fr": "jeudi 17 décembre à 15 h", "it": "giovedì 17 dicembre alle 15",
       "nl": "donderdag 17 december om 15.00 uur", "sv": "torsdag 17 december kl. 15.00"}
REASON = {"en": "state how long the bottling takes", "fr": "préciser le délai de mise en bouteille",
          "it": "indicare i tempi dell'imbottigliamento", "nl": "de duur van het bottelen noemen", "sv": "ange hur lång tid buteljeringen tar"}

INVENTED = {
    "en": ["The bottling will then take about six weeks.", "Your case should reach you in a fortnight.",
           "The labels need a couple of months."],
    "fr": ["La mise en bouteille prendra ensuite environ trois semaines.", "Comptez une quinzaine pour l'expédition.",
           "Les étiquettes demandent deux mois."],
    "it": ["L'imbottigliamento richiederà poi circa sei settimane.", "La spedizione arriverà in un paio di mesi.",
           "Le etichette chiedono tre settimane."],
    "nl": ["Het bottelen duurt daarna ongeveer zes weken.", "De zending komt over een dag of tien.",
           "De etiketten vragen een week of drie."],
    "sv": ["Buteljeringen tar sedan ungefär sex veckor.", "Leveransen kommer om ett par månader.",
           "Etiketterna kräver fyra veckor."],
}
CORRECT = {
    "en": ["The bottling time will follow from the cellar master.", "Could we meet a week later, on Thursday 17 December at 15:00?",
           "I have been away for a couple of weeks."],
    "fr": ["Le délai de mise en bouteille vous sera précisé par le maître de chai.",
           "Pourrions-nous nous voir une semaine plus tard, jeudi 17 décembre à 15 h ?", "Je suis absent depuis une quinzaine."],
    "it": ["I tempi dell'imbottigliamento glieli indicherà il cantiniere.",
           "Potremmo vederci una settimana dopo, giovedì 17 dicembre alle 15?", "Sono fuori sede da un paio di settimane."],
    "nl": ["De duur van het bottelen laat de keldermeester u weten.",
           "Kunnen we een week later afspreken, donderdag 17 december om 15.00 uur?", "Ik ben sinds een week of twee ziek."],
    "sv": ["Hur lång tid buteljeringen tar återkommer källarmästaren om.",
           "Kan vi ses en vecka senare, torsdag 17 december kl. 15.00?", "Jag har varit sjuk i ett par veckor."],
}


def _sit(lang: str):
    return sit(lang, meeting_time=OLD[lang], proposed_times=[NEW[lang]], reason=REASON[lang])


@pytest.mark.parametrize("lang,k", [(lang, k) for lang in INVENTED for k in range(len(INVENTED[lang]))])
def test_amount_of_time_in_words_nobody_gave_is_flagged(lang: str, k: int) -> None:
    sentence = INVENTED[lang][k]
    assert [i for i in alarms(_sit(lang), sentence) if i.kind in ("number", "invented")], sentence


@pytest.mark.parametrize("lang,k", [(lang, k) for lang in CORRECT for k in range(len(CORRECT[lang]))])
def test_given_or_no_amount_of_time_stays_accepted(lang: str, k: int) -> None:
    sentence = CORRECT[lang][k]
    assert not alarms(_sit(lang), sentence), sentence


@pytest.mark.parametrize("lang", list(INVENTED))
def test_the_same_amount_given_in_the_reason_is_accepted(lang: str) -> None:
    """The reason's own words may be echoed: 'about six weeks' is invented only when nobody said it."""
    said = {"en": "a fortnight", "fr": "une quinzaine", "it": "un paio di mesi", "nl": "een dag of tien", "sv": "ett par månader"}[lang]
    s = sit(lang, meeting_time=OLD[lang], proposed_times=[NEW[lang]], reason=f"{REASON[lang]}: {said}")
    sentence = INVENTED[lang][1]
    assert not [i for i in alarms(s, sentence) if i.kind in ("number", "invented")], sentence
