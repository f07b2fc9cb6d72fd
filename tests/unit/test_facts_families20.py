"""Round 20 families (issue 13): v16's false alarms as general rules, written for these tests in the five languages
(not the set's wording). Every correct form has a flawed counterpart that must still raise an alarm."""

from __future__ import annotations

import pytest

from composer.facts import errors, judge
from tests.support.fact_battery import TODAY, alarms, sit

LANGS = ("en", "fr", "it", "nl", "sv")
OLD = {"en": "Thursday 10 December at 9:00", "fr": "jeudi 10 décembre à 9 h", "it": "giovedì 10 dicembre alle 9",
       "nl": "donderdag 10 december om 9.00 uur", "sv": "torsdag 10 december kl. 9.00"}
MEETING = {"en": "Tasting", "fr": "Dégustation", "it": "Degustazione", "nl": "Proeverij", "sv": "Provning"}


# 1. A length said in words is no clock time: "on fera une heure et demie", "tot een uur te beperken" state the given
#    length (in French and Dutch "une / een" is both "one" and "a"); another length stays flagged, and so does one
#    thirty named with a clock preposition.
LENGTH = {  # (sentence, the length it states in minutes)
    "en": [("On Thursday we will keep the tasting to an hour and a half, starting at 9:00 as planned.", 90),
           ("On Thursday we will cut the tasting down to one hour, starting at 9:00 as planned.", 60)],
    "fr": [("Jeudi, on garde 9 h, mais la dégustation fera une heure et demie, pas davantage.", 90),
           ("Jeudi on commence à 9 h et on fera une heure et quart.", 75)],
    "it": [("Giovedì teniamo le 9, ma la degustazione durerà un'ora e mezza, non di più.", 90),
           ("Giovedì teniamo le 9, ma faremo un'ora in tutto.", 60)],
    "nl": [("Ik stel voor de proeverij donderdag tot een uur te beperken, vanaf negen uur.", 60),
           ("We brengen de proeverij donderdag naar een uur terug, vanaf 9.00 uur.", 60),
           ("Donderdag houden we het op anderhalf uur, vanaf 9.00 uur.", 90)],
    "sv": [("På torsdag börjar vi kl. 9.00 som planerat, men provningen blir en och en halv timme.", 90),
           ("På torsdag kortar vi provningen till en timme, med start kl. 9.00.", 60)],
}


@pytest.mark.parametrize("lang,k", [(lang, k) for lang in LENGTH for k in range(len(LENGTH[lang]))])
def test_a_length_in_words_is_no_clock_time(lang: str, k: int) -> None:
    sentence, minutes = LENGTH[lang][k]
    assert not alarms(sit(lang, intent="shorten", meeting_time=OLD[lang], duration_minutes=minutes), sentence), sentence
    other = 45 if minutes != 45 else 30
    assert alarms(sit(lang, intent="shorten", meeting_time=OLD[lang], duration_minutes=other), sentence), sentence


@pytest.mark.parametrize("sentence", ["Jeudi, je vous propose plutôt à une heure et demie.", "Jeudi, on se retrouve vers une heure et quart ?"])
def test_one_thirty_with_a_clock_preposition_stays_a_time(sentence: str) -> None:
    s = sit("fr", intent="reschedule", meeting_time=OLD["fr"], duration_minutes=90)
    assert [i for i in alarms(s, sentence) if i.kind == "time"], sentence


def test_one_oclock_in_dutch_stays_a_time() -> None:
    s = sit("nl", intent="reschedule", meeting_time=OLD["nl"], duration_minutes=60)
    assert [i for i in alarms(s, "Kunnen we donderdag tot een uur doorgaan en dan stoppen?") if i.kind == "time"]


# 2. A familiar form of the first name that no clip derives greets a friend ("Bob" for Robert, "Kees" for Cornelis);
#    in formal mail, or another name, it is flagged.
FAMILIAR = {  # (recipient, familiar greeting, another name's greeting)
    "en": ("Robert Hale", "Hi Bob,", "Hi Bill,"),
    "fr": ("Emmanuel Girard", "Salut Manu,", "Salut Mathis,"),
    "it": ("Giuseppe Ferri", "Ciao Beppe,", "Ciao Gigi,"),
    "nl": ("Cornelis de Boer", "Hoi Kees,", "Hoi Klaas,"),
    "sv": ("Karl Lind", "Hej Kalle!", "Hej Lasse!"),
}
BODY = {"en": "I can't make the tasting on Thursday 10 December at 9:00, sorry.", "fr": "Je ne pourrai pas venir à la dégustation jeudi 10 décembre à 9 h, désolé.",
        "it": "Non riesco a venire alla degustazione giovedì 10 dicembre alle 9, scusa.", "nl": "Ik kan niet naar de proeverij op donderdag 10 december om 9.00 uur, sorry.",
        "sv": "Jag kan inte komma på provningen torsdag 10 december kl. 9.00, förlåt."}


def _greeting_alarms(lang: str, tone: str, greeting: str) -> list:
    s = sit(lang, intent="decline", recipient_name=FAMILIAR[lang][0], meeting=MEETING[lang], meeting_time=OLD[lang], tone=tone)
    text = f"{greeting}\n\n{BODY[lang]}\n\nMarco"
    return [i for i in errors(judge(s, MEETING[lang], text, today=TODAY)) if i.kind != "language"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_familiar_form_of_the_first_name_greets_a_friend(lang: str) -> None:
    _, familiar, other = FAMILIAR[lang]
    assert not _greeting_alarms(lang, "friendly", familiar), familiar
    assert _greeting_alarms(lang, "friendly", other), other
    assert _greeting_alarms(lang, "formal", familiar), familiar


# 3. A refund denied with a fee of the whole price given restates that fee ("charged at 100%, so it can't be
#    refunded"); with a partial fee, or no policy, the same words state a rule nobody gave.
REFUND = {
    "en": ("Cancellations within 48 hours are charged at {}%, so Thursday's tasting can't be refunded, I'm afraid.", "So Thursday's tasting can't be refunded, I'm afraid."),
    "fr": ("Les annulations à moins de 48 heures sont facturées à {} %, la dégustation de jeudi ne peut donc pas être remboursée.", "La dégustation de jeudi ne peut donc pas être remboursée."),
    "it": ("Le disdette entro 48 ore sono addebitate al {}%, quindi la degustazione di giovedì non può essere rimborsata.", "Quindi la degustazione di giovedì non può essere rimborsata."),
    "nl": ("Bij afzeggen binnen 48 uur rekenen we {}%, dus de proeverij van donderdag wordt helaas niet terugbetaald.", "De proeverij van donderdag wordt dus helaas niet terugbetaald."),
    "sv": ("Avbokningar inom 48 timmar debiteras till {} %, så torsdagens provning kan tyvärr inte återbetalas.", "Torsdagens provning kan därför tyvärr inte återbetalas."),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_denied_refund_restates_a_full_fee(lang: str) -> None:
    with_fee, bare = REFUND[lang]

    def case(fee: int | None) -> object:
        policy = {"notice_hours": 48, "fee_percent": fee} if fee is not None else None
        return sit(lang, intent="late_cancellation", meeting_time=OLD[lang], policy=policy)

    assert not alarms(case(100), with_fee.format(100))
    assert not alarms(case(100), bare)
    assert alarms(case(50), with_fee.format(50))  # half the fee kept: "no refund" is a rule nobody gave
    assert alarms(case(None), bare)
