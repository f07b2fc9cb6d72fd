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


# Completeness (round 22): a proposed time named as the meeting's neighbour day with its clock in words and a part of
# the day ("the day before, Wednesday at six in the evening"), and one clock shared by two days ("at half past seven
# on Monday 14 or Tuesday 15 December"), state the given times. Twins: the wrong part of the day, another clock.
MEETING = {"en": "Thursday 17 December at 11:00", "fr": "jeudi 17 décembre à 11 h", "it": "giovedì 17 dicembre alle 11",
           "nl": "donderdag 17 december om 11.00 uur", "sv": "torsdag 17 december kl. 11.00"}
EVE = {"en": "Wednesday 16 December at 18:00", "fr": "mercredi 16 décembre à 18 h", "it": "mercoledì 16 dicembre alle 18",
       "nl": "woensdag 16 december om 18.00 uur", "sv": "onsdag 16 december kl. 18.00"}
NEIGHBOUR = {
    "en": ("Could we talk the day before, Wednesday at six in the evening?", "Could we talk the day before, Wednesday at six in the morning?"),
    "fr": ("Pourrions-nous nous parler la veille, mercredi à six heures du soir ?", "Pourrions-nous nous parler la veille, mercredi à six heures du matin ?"),
    "it": ("Potremmo sentirci il giorno prima, mercoledì alle sei di sera?", "Potremmo sentirci il giorno prima, mercoledì alle sei di mattina?"),
    "nl": ("Kunnen we de dag ervoor bellen, woensdag om zes uur 's avonds?", "Kunnen we de dag ervoor bellen, woensdag om zes uur 's ochtends?"),
    "sv": ("Kan vi höras dagen innan, onsdag kl. sex på kvällen?", "Kan vi höras dagen innan, onsdag kl. sex på morgonen?"),
}
MON = {"en": "Monday 14 December at 7:30", "fr": "lundi 14 décembre à 7 h 30", "it": "lunedì 14 dicembre alle 7:30",
       "nl": "maandag 14 december om 7.30 uur", "sv": "måndag 14 december kl. 07.30"}
TUE = {"en": "Tuesday 15 December at {}", "fr": "mardi 15 décembre à {}", "it": "martedì 15 dicembre alle {}",
       "nl": "dinsdag 15 december om {} uur", "sv": "tisdag 15 december kl. {}"}
SHARED = {
    "en": "We can come at half past seven on Monday 14 or Tuesday 15 December.",
    "fr": "Nous pouvons venir à sept heures et demie le lundi 14 ou le mardi 15 décembre.",
    "it": "Possiamo venire alle sette e mezza di lunedì 14 oppure di martedì 15 dicembre.",
    "nl": "We kunnen om half acht komen op maandag 14 of dinsdag 15 december.",
    "sv": "Vi kan komma kl. halv åtta måndag den 14:e eller tisdag den 15 december.",
}


def _missing(issues: list) -> list:
    return [i for i in issues if i.kind in ("missing", "time", "time_role")]


@pytest.mark.parametrize("lang", list(NEIGHBOUR))
def test_neighbour_day_with_part_of_day_states_the_time(lang: str) -> None:
    from tests.support.fact_battery import found
    s = sit(lang, intent="switch_to_call", meeting_time=MEETING[lang], proposed_times=[EVE[lang]])
    right, wrong = NEIGHBOUR[lang]
    assert not _missing(found(s, right)), right
    assert _missing(found(s, wrong)), wrong


@pytest.mark.parametrize("lang", list(SHARED))
def test_one_clock_shared_by_two_days_states_both(lang: str) -> None:
    from tests.support.fact_battery import found
    same = sit(lang, meeting_time=MEETING[lang], proposed_times=[MON[lang], TUE[lang].format("7:30" if lang in ("en", "it") else "7 h 30" if lang == "fr" else "7.30" if lang == "nl" else "07.30")])
    assert not _missing(found(same, SHARED[lang])), SHARED[lang]
    other = sit(lang, meeting_time=MEETING[lang], proposed_times=[MON[lang], TUE[lang].format("9:00" if lang in ("en", "it") else "9 h" if lang == "fr" else "9.00")])
    assert _missing(found(other, SHARED[lang])), SHARED[lang]
