"""Round 24 families (issue 13), written for these tests (not the set's wording):
1. A proposing verb, the activity it proposes and the time ("I suggest we hold the tasting on <time>", "Le propongo di
   svolgere la degustazione <time>"): the time is the one offered, so the meeting's own slot there is flagged.
2. A relative day in a clause where the sender promises to write or send ("je vous envoie ce soir ..."), cut from
   the meeting's clock by a colon: it dates the sender's message, not a slot.
3. Clock words: minutes in words ("treize heures trente", "tredici e trenta"), two days back ("avant-hier", "the day
   before yesterday", "l'altro ieri", "eergisteren", "i förrgår"), a French weekday right before "<hour> heures"
   ("jeudi neuf heures" is a clock, not a length). Each has a twin that states another time and is flagged."""

from __future__ import annotations

import pytest

from tests.support.fact_battery import alarms, sit

LANGS = ("en", "fr", "it", "nl", "sv")
OLD = {"en": "Thursday 10 December at 11:00", "fr": "jeudi 10 décembre à 11 h", "it": "giovedì 10 dicembre alle 11:00",
       "nl": "donderdag 10 december om 11.00 uur", "sv": "torsdag 10 december kl. 11.00"}
NEW = {"en": "Monday 14 December at 11:00", "fr": "lundi 14 décembre à 11 h", "it": "lunedì 14 dicembre alle 11:00",
       "nl": "maandag 14 december om 11.00 uur", "sv": "måndag 14 december kl. 11.00"}

# 1. the proposing verb offers the time after its clause
PROPOSE = {
    "en": "The cellar is being repainted, so I suggest we hold the tasting on {}.",
    "fr": "La cave est en travaux ; nous vous proposons donc de tenir la dégustation le {}.",
    "it": "La cantina è in ristrutturazione, quindi Le propongo di svolgere la degustazione {}.",
    "nl": "De kelder wordt geschilderd. Ik stel daarom voor de proeverij te houden op {}.",
    "sv": "Källaren målas om, så jag föreslår att vi håller provningen på {}.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_old_slot_offered_by_a_proposing_verb_is_flagged(lang: str) -> None:
    s = sit(lang, meeting_time=OLD[lang], proposed_times=[NEW[lang]])
    assert any(i.kind == "time_role" for i in alarms(s, PROPOSE[lang].format(OLD[lang])))


@pytest.mark.parametrize("lang", LANGS)
def test_new_slot_offered_by_a_proposing_verb_is_accepted(lang: str) -> None:
    s = sit(lang, meeting_time=OLD[lang], proposed_times=[NEW[lang]])
    assert alarms(s, PROPOSE[lang].format(NEW[lang])) == []


# "from" before the old slot names where the meeting comes from
FROM_OLD = {
    "en": "I suggest we move the tasting from {} to {}.",
    "fr": "Je vous propose de déplacer la dégustation du {} au {}.",
    "it": "Le propongo di spostare la degustazione da {} a {}.",
    "nl": "Ik stel voor de proeverij van {} te verplaatsen naar {}.",
    "sv": "Jag föreslår att vi flyttar provningen från {} till {}.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_proposing_to_move_from_the_old_slot_is_accepted(lang: str) -> None:
    s = sit(lang, meeting_time=OLD[lang], proposed_times=[NEW[lang]])
    assert alarms(s, FROM_OLD[lang].format(OLD[lang], NEW[lang])) == []


def test_possessive_names_the_meeting_not_an_offer() -> None:
    s = sit("en", intent="switch_to_email", meeting_time=OLD["en"], proposed_times=[NEW["en"]])
    assert alarms(s, "I suggest we handle Thursday's tasting by e-mail; if anything is left we can talk on Monday 14 December at 11:00.") == []


# 2. the sender's own message dated by a relative day, after a colon that closes the meeting's clause
PROMISE = {
    "en": "No need to meet on Thursday at 11:00: I will send you the tasting notes {}.",
    "fr": "Inutile de nous voir jeudi à 11 h : je t'envoie {} les notes de dégustation.",
    "it": "Non serve vederci giovedì alle 11:00: ti mando {} le note della degustazione.",
    "nl": "We hoeven donderdag om 11.00 uur niet af te spreken: ik stuur je {} de notities van de proeverij.",
    "sv": "Vi behöver inte ses på torsdag kl. 11.00: jag skickar dig anteckningarna från provningen {}.",
}
TONIGHT = {"en": "tonight", "fr": "ce soir", "it": "stasera", "nl": "vanavond", "sv": "i kväll"}
# the same word offered as a slot
OFFER = {
    "en": "Could we meet {} instead?",
    "fr": "Pourrions-nous nous voir {} plutôt ?",
    "it": "Potremmo vederci {} invece?",
    "nl": "Kunnen we {} afspreken?",
    "sv": "Kan vi ses {} istället?",
}


@pytest.mark.parametrize("lang", LANGS)
def test_relative_day_of_the_senders_message_is_accepted(lang: str) -> None:
    s = sit(lang, intent="switch_to_email", tone="friendly", meeting_time=OLD[lang])
    assert alarms(s, PROMISE[lang].format(TONIGHT[lang])) == []


@pytest.mark.parametrize("lang", LANGS)
def test_relative_day_offered_as_a_slot_is_flagged(lang: str) -> None:
    s = sit(lang, intent="switch_to_email", tone="friendly", meeting_time=OLD[lang])
    assert alarms(s, OFFER[lang].format(TONIGHT[lang])) != []


# 3a. minutes in words
WORD_MINUTES = {
    "fr": ("jeudi 10 décembre à 13 h 30", "lundi 14 décembre à 13 h 30", "Je vous propose lundi 14 décembre à treize heures {}.", "trente", "quinze"),
    "it": ("giovedì 10 dicembre alle 13:30", "lunedì 14 dicembre alle 13:30", "Le propongo lunedì 14 dicembre alle tredici e {}.", "trenta", "quindici"),
}


@pytest.mark.parametrize("lang", sorted(WORD_MINUTES))
def test_minutes_in_words(lang: str) -> None:
    old, new, sentence, right, wrong = WORD_MINUTES[lang]
    s = sit(lang, meeting_time=old, proposed_times=[new])
    assert alarms(s, sentence.format(right)) == []
    assert alarms(s, sentence.format(wrong)) != []


# 3b. two days back, said on Monday 7 December of a no-show on Saturday 5 December
NO_SHOW = {"en": ("Saturday 5 December at 17:30", "Friday 4 December at 17:30", "I waited for you the day before yesterday at 17:30, but you did not come."),
           "fr": ("samedi 5 décembre à 17 h 30", "vendredi 4 décembre à 17 h 30", "Je vous ai attendue avant-hier à 17 h 30, en vain."),
           "it": ("sabato 5 dicembre alle 17:30", "venerdì 4 dicembre alle 17:30", "L'ho attesa l'altro ieri alle 17:30, ma non è venuta."),
           "nl": ("zaterdag 5 december om 17.30 uur", "vrijdag 4 december om 17.30 uur", "Ik heb eergisteren om 17.30 uur op u gewacht."),
           "sv": ("lördag 5 december kl. 17.30", "fredag 4 december kl. 17.30", "Jag väntade på dig i förrgår kl. 17.30.")}
AHEAD = {"en": "Monday 14 December at 10:00", "fr": "lundi 14 décembre à 10 h", "it": "lunedì 14 dicembre alle 10:00",
         "nl": "maandag 14 december om 10.00 uur", "sv": "måndag 14 december kl. 10.00"}


@pytest.mark.parametrize("lang", LANGS)
def test_two_days_back_states_the_meeting(lang: str) -> None:
    right, wrong, sentence = NO_SHOW[lang]
    assert alarms(sit(lang, intent="no_show_followup", meeting_time=right, proposed_times=[AHEAD[lang]]), sentence) == []
    assert alarms(sit(lang, intent="no_show_followup", meeting_time=wrong, proposed_times=[AHEAD[lang]]), sentence) != []


# 3c. a French weekday right before "<hour> heures"
def test_french_weekday_before_hour_words_is_a_clock() -> None:
    s = sit("fr", meeting_time="jeudi 10 décembre à 9 h", proposed_times=["lundi 14 décembre à 9 h"])
    ok = "La cave est en travaux ; la dégustation de jeudi {} heures est donc à déplacer. Lundi 14 décembre à 9 h vous irait-il ?"
    assert alarms(s, ok.format("neuf")) == []
    assert alarms(s, ok.format("onze")) != []


# a relative clause right after the old slot refuses it: a proposal that names it is not an offer
REFUSED = {
    "en": "I suggest we set aside {}, which does not work for the cellar; would {} suit you?",
    "fr": "Je vous propose de laisser {}, qui ne convient pas à la cave ; {} vous irait-il ?",
    "it": "Le propongo di lasciare {}, che non va bene per la cantina; {} Le andrebbe bene?",
    "nl": "Ik stel voor dat we {}, dat niet past voor de kelder, overslaan; past {}?",
    "sv": "Jag föreslår att vi släpper {}, som inte passar källaren; går {} bra?",
}


@pytest.mark.parametrize("lang", LANGS)
def test_old_slot_refused_after_a_proposing_verb_is_accepted(lang: str) -> None:
    s = sit(lang, meeting_time=OLD[lang], proposed_times=[NEW[lang]])
    assert alarms(s, REFUSED[lang].format(OLD[lang], NEW[lang])) == []
