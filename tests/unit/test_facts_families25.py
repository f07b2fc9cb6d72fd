"""Round 25 families (issue 13), written for these tests (our own meetings, names and dates, not the sets' wording):
1. Times in their roles by the sentence's own shape (`composer/facts/offer.py`): the old slot offered back in a
   question about its fit ("Would Wednesday at 10 work?", "Zou woensdag om 10 uur passen?"), a question that is only the
   time ("Alors mercredi 10h ?"), a predicate of fit or availability ("... kan bij ons", "P.S. ... is also free"), a
   recap that settles it ("So that's ...", "Je note donc ..."), the meeting made that time ("la dégustation passe au
   ..."), a subject that calls it new ("New date: ..."). Each has a twin with the proposed time, accepted. The guards:
   a negation, a past tense, a verb that moves or drops the time, an apposition naming the meeting, a call in the same
   slot, the meeting's slot before "new time" in a subject; a proposing verb whose clause moves, drops or names as
   planned the slot after it ("I suggest we cancel what we had on ...", "jag föreslår att provningen ... flyttas").
   The other way: a proposed time whose clause then moves or calls it off ("The tasting on <new> has to be moved",
   "notre dégustation du <new> ne pourra pas avoir lieu") is presented as the meeting being moved.
2. Clock words: Swedish "kl. tretton och trettio", Dutch "dertien uur dertig", a Dutch weekday before "<hour> uur",
   Italian "ore nove e trenta", "all'una"; past weekdays ("last Thursday", "jeudi dernier", "giovedì scorso",
   "afgelopen donderdag", "i torsdags") name the latest such day before the reference date, not the coming one.
3. Completeness: "tomorrow (instead), same time", a bare day before "same time" ("den 21:e samma tid") state a slot.
"""

from __future__ import annotations

import re

import pytest

from composer.facts import judge
from tests.support.fact_battery import NAME, TODAY, alarms, framed, sit

LANGS = ("en", "fr", "it", "nl", "sv")
# TODAY is Monday 7 December 2026: the meeting is Wednesday 9 December, the new slot Friday 11 December.
OLD = {"en": "Wednesday 9 December at 10:00", "fr": "mercredi 9 décembre à 10 h", "it": "mercoledì 9 dicembre alle 10:00",
       "nl": "woensdag 9 december om 10.00 uur", "sv": "onsdag 9 december kl. 10.00"}
NEW = {"en": "Friday 11 December at 14:00", "fr": "vendredi 11 décembre à 14 h", "it": "venerdì 11 dicembre alle 14:00",
       "nl": "vrijdag 11 december om 14.00 uur", "sv": "fredag 11 december kl. 14.00"}
OLD_SHORT = {"en": "Wednesday at 10", "fr": "mercredi 10h", "it": "mercoledì alle 10", "nl": "woensdag om 10 uur", "sv": "onsdag kl. 10"}
NEW_SHORT = {"en": "Friday at 2 pm", "fr": "vendredi 14h", "it": "venerdì alle 14", "nl": "vrijdag om 14 uur", "sv": "fredag kl. 14"}
OTHER = {"en": "Thursday 10 December at 16:00", "fr": "jeudi 10 décembre à 16 h", "it": "giovedì 10 dicembre alle 16:00",
         "nl": "donderdag 10 december om 16.00 uur", "sv": "torsdag 10 december kl. 16.00"}


def cap(text: str) -> str:
    """A sentence opens with a capital, as in a real mail (a time may open it)."""
    return re.sub(r"((?:^|[.?!]\s+|\n)(?:P\.?S\.?\s+)?)([a-zà-ö])", lambda m: m.group(1) + m.group(2).upper(), text)


def has_role_alarm(lang: str, sentence: str, **kw: object) -> bool:
    s = sit(lang, meeting_time=OLD[lang], proposed_times=[NEW[lang]], **kw)
    return any(i.kind == "time_role" for i in alarms(s, cap(sentence)))


def clean(lang: str, sentence: str, **kw: object) -> bool:
    s = sit(lang, meeting_time=OLD[lang], proposed_times=[NEW[lang]], **kw)
    return alarms(s, cap(sentence)) == []


# 1. the sentence offers the time it names
OFFER = {
    "en": ["The cellar is being repainted, so we need to move the tasting. Would {} work for you?",
           "We have to move the tasting. {} - would that suit you?",
           "The cellar is flooded, so the tasting has to move. How about {}?",
           "The tasting has to move. {}?",
           "The tasting has to move. {} would work for us.",
           "The tasting has to move. {} is possible on our side.",
           "The tasting has to move.\n\nP.S. {} is also free.",
           "The tasting has to move. Could you make {}?",
           "The tasting has to move; could it be {}?"],
    "fr": ["La cave est inondée, nous devons déplacer la dégustation. Est-ce que {} vous irait ?",
           "Nous devons déplacer la dégustation. {} vous conviendrait-il ?",
           "Nous devons déplacer la dégustation. Alors {} ?",
           "Nous devons déplacer la dégustation. {}, ça vous va ?",
           "Nous devons déplacer la dégustation. {} serait possible de notre côté.",
           "Nous devons déplacer la dégustation. Seriez-vous libre {} ?",
           "Nous devons déplacer la dégustation.\n\nP.S. {} est aussi libre.",
           "Nous devons déplacer la dégustation. Que pensez-vous de {} ?"],
    "it": ["La cantina è allagata, dobbiamo spostare la degustazione. Le andrebbe bene {}?",
           "Dobbiamo spostare la degustazione. {} Le va bene?",
           "Dobbiamo spostare la degustazione. Allora {}?",
           "Dobbiamo spostare la degustazione. {} sarebbe possibile per noi.",
           "Dobbiamo spostare la degustazione. Sarebbe libera {}?",
           "Dobbiamo spostare la degustazione. Che ne dice di {}?",
           "Dobbiamo spostare la degustazione.\n\nP.S. Anche {} è libero.",
           "Dobbiamo spostare la degustazione. Riesce {}?"],
    "nl": ["De kelder staat onder water, daarom verplaatsen we de proeverij. Past {}?",
           "We moeten de proeverij verplaatsen. Zou {} passen?",
           "We moeten de proeverij verplaatsen. Schikt {}?",
           "We moeten de proeverij verplaatsen. Komt {} u uit?",
           "We moeten de proeverij verplaatsen. {}?",
           "We moeten de proeverij verplaatsen. Wat dacht u van {}?",
           "We moeten de proeverij verplaatsen. {} kan bij ons.",
           "We moeten de proeverij verplaatsen.\n\nPS {} is ook vrij.",
           "We moeten de proeverij verplaatsen. Lukt {} bij u?"],
    "sv": ["Källaren är översvämmad, så vi måste flytta provningen. Passar {}?",
           "Vi måste flytta provningen. Skulle {} fungera?",
           "Vi måste flytta provningen. Går {} bra?",
           "Vi måste flytta provningen. {}?",
           "Vi måste flytta provningen. Hur låter {}?",
           "Vi måste flytta provningen. {} funkar för oss.",
           "Vi måste flytta provningen.\n\nPS. {} är också ledig.",
           "Vi måste flytta provningen. Kan du {}?"],
}
# indirect questions, conditions, one's own availability, "shall we say" (found by widening the battery)
OFFER_MORE = {
    "en": ["The tasting has to move. Let me know if {} works for you.", "The tasting has to move. I can also do {}.",
           "The tasting has to move. If {} suits you better, that is fine too.", "The tasting has to move. Please confirm whether {} is convenient.",
           "The tasting has to move. {} is still open, if you prefer.", "The tasting has to move. Shall we say {}?"],
    "fr": ["Nous devons déplacer la dégustation. Dites-moi si {} vous convient.", "Nous devons déplacer la dégustation. Je peux aussi {}.",
           "Nous devons déplacer la dégustation. Si {} vous arrange mieux, c'est parfait.", "Nous devons déplacer la dégustation. Disons {} ?"],
    "it": ["Dobbiamo spostare la degustazione. Mi faccia sapere se {} Le va bene.", "Dobbiamo spostare la degustazione. Posso anche {}.",
           "Dobbiamo spostare la degustazione. Se {} Le è più comodo, va benissimo.", "Dobbiamo spostare la degustazione. Diciamo {}?"],
    "nl": ["We moeten de proeverij verplaatsen. Laat me weten of {} u schikt.", "We moeten de proeverij verplaatsen. Ik kan ook {}.",
           "We moeten de proeverij verplaatsen. Als {} u beter uitkomt, is dat ook goed.", "We moeten de proeverij verplaatsen. Zullen we {} zeggen?",
           "We moeten de proeverij verplaatsen. We kunnen ook {} afspreken."],
    "sv": ["Vi måste flytta provningen. Säg till om {} passar.", "Vi måste flytta provningen. Jag kan också {}.",
           "Vi måste flytta provningen. Om {} passar bättre går det också bra.", "Vi måste flytta provningen. Ska vi säga {}?"],
}
OFFER_CASES = [(lang, shape) for lang in LANGS for shape in (*OFFER[lang], *OFFER_MORE[lang])]


@pytest.mark.parametrize(("lang", "shape"), OFFER_CASES)
def test_the_old_slot_offered_by_its_sentence_is_flagged(lang: str, shape: str) -> None:
    assert has_role_alarm(lang, shape.format(OLD[lang]))
    assert has_role_alarm(lang, shape.format(OLD_SHORT[lang]))


@pytest.mark.parametrize(("lang", "shape"), OFFER_CASES)
def test_the_new_slot_offered_by_the_same_sentence_is_accepted(lang: str, shape: str) -> None:
    assert clean(lang, shape.format(NEW[lang]))
    assert clean(lang, shape.format(NEW_SHORT[lang]))


# a list of options in one question that takes the old slot along with the new one
OR_LIST = {"en": "The tasting has to move. Would {} or {} suit you?", "fr": "Nous devons déplacer la dégustation. {} ou {} vous irait-il ?",
           "it": "Dobbiamo spostare la degustazione. Le va bene {} o {}?", "nl": "We moeten de proeverij verplaatsen. Past {} of {}?",
           "sv": "Vi måste flytta provningen. Passar {} eller {}?"}


@pytest.mark.parametrize("lang", LANGS)
def test_the_old_slot_in_a_list_of_options_is_flagged(lang: str) -> None:
    assert has_role_alarm(lang, OR_LIST[lang].format(NEW[lang], OLD[lang]))
    assert clean(lang, OR_LIST[lang].format(NEW[lang], NEW_SHORT[lang]))


# the sentence names the time as the one moved, dropped, refused or past: no offer
NOT_OFFERED = {
    "en": ["Unfortunately {} no longer works for me. Would {n} suit you?",
           "Could we move {} to {n}?",
           "I'm sorry, but {} isn't possible any more; would {n} suit you?",
           "We missed you yesterday - was {} not convenient? Would {n} suit you?"],
    "fr": ["Malheureusement, {} n'est plus possible pour moi. {n} vous conviendrait-il ?",
           "Pourrions-nous déplacer {} au {n} ?",
           "Pour la dégustation du {}, pourrions-nous plutôt prévoir {n} ?"],
    "it": ["Purtroppo {} non mi è più possibile. {n} Le andrebbe bene?",
           "Possiamo spostare {} a {n}?",
           "Per la degustazione di {}, Le andrebbe bene invece {n}?"],
    "nl": ["Helaas lukt {} mij niet meer. Past {n} u?",
           "Kunnen we {} verzetten naar {n}?",
           "De proeverij van {} moet helaas verzet worden. Zou {n} passen?"],
    "sv": ["Tyvärr kan jag inte {} längre. Passar {n}?",
           "Kan vi flytta {} till {n}?",
           "Provningen {} måste tyvärr flyttas. Skulle {n} fungera?"],
}
NOT_OFFERED_CASES = [(lang, shape) for lang in LANGS for shape in NOT_OFFERED[lang]]


@pytest.mark.parametrize(("lang", "shape"), NOT_OFFERED_CASES)
def test_the_old_slot_named_as_moved_refused_or_past_is_accepted(lang: str, shape: str) -> None:
    assert clean(lang, shape.format(OLD[lang], n=NEW[lang]))


@pytest.mark.parametrize(("lang", "shape"), NOT_OFFERED_CASES)
def test_the_new_slot_named_as_the_one_moved_is_flagged(lang: str, shape: str) -> None:
    s = sit(lang, meeting_time=OLD[lang], proposed_times=[NEW[lang]])
    assert alarms(s, cap(shape.format(NEW[lang], n=OLD[lang])))


# a proposing verb whose clause moves, drops or names as planned the slot after it: the slot is the old one
PROPOSED_TOPIC = {
    "en": ["Since the cellar is flooded, I suggest we cancel what we had on {} and meet on {n} instead.",
           "I suggest that the tasting we booked for {} moves to {n}."],
    "fr": ["Je vous propose d'annuler ce que nous avions prévu le {} et de nous voir le {n}.",
           "Je propose que la dégustation du {} soit déplacée au {n}."],
    "it": ["Le propongo di annullare quanto fissato per {} e di vederci {n}.",
           "Propongo che la degustazione di {} venga spostata a {n}."],
    "nl": ["Ik stel voor dat we de proeverij van {} verzetten naar {n}.",
           "Ik stel voor om wat we op {} gepland hadden te verplaatsen naar {n}."],
    "sv": ["Jag föreslår att vi ställer in det vi hade bokat {} och ses {n} i stället.",
           "Jag föreslår att provningen {} flyttas till {n}."],
}


@pytest.mark.parametrize(("lang", "shape"), [(lang, shape) for lang in LANGS for shape in PROPOSED_TOPIC[lang]])
def test_a_proposing_verb_does_not_offer_the_slot_its_clause_moves(lang: str, shape: str) -> None:
    assert clean(lang, shape.format(OLD[lang], n=NEW[lang]))
    assert has_role_alarm(lang, shape.format(NEW[lang], n=OLD[lang]))


# the clause after a time moves or calls it off: that names the meeting being moved, so a proposed time there is swapped
CALLED_OFF = {"en": ["I'm afraid our tasting on {} can't go ahead, as the cellar is flooded.", "The tasting on {} has to be moved, as the cellar is flooded.",
                     "Sadly {} is off: the cellar is flooded."],
              "fr": ["Malheureusement, notre dégustation du {} ne pourra pas avoir lieu : la cave est inondée.", "La dégustation du {} doit être déplacée, la cave est inondée."],
              "it": ["Purtroppo la degustazione di {} non potrà svolgersi: la cantina è allagata.", "La degustazione di {} va spostata, la cantina è allagata."],
              "nl": ["Helaas kan onze proeverij van {} niet doorgaan: de kelder staat onder water.", "De proeverij van {} moet verzet worden, de kelder staat onder water."],
              "sv": ["Tyvärr kan vår provning {} inte bli av: källaren är översvämmad.", "Provningen {} måste flyttas, källaren är översvämmad."]}


@pytest.mark.parametrize(("lang", "shape"), [(lang, shape) for lang in LANGS for shape in CALLED_OFF[lang]])
def test_a_proposed_time_in_a_clause_that_calls_it_off_is_flagged(lang: str, shape: str) -> None:
    s = sit(lang, meeting_time=OLD[lang], proposed_times=[NEW[lang]])
    assert any(i.kind in ("time_role", "time") for i in alarms(s, cap(shape.format(NEW[lang]))))
    assert alarms(s, cap(shape.format(OLD[lang]))) == []


# the verb before the time takes the meeting there: the time is the destination
MOVED_THERE = {"en": "The cellar is flooded, so I can reschedule the tasting for {}.", "fr": "La cave est inondée ; je peux reprogrammer la dégustation le {}.",
               "it": "La cantina è allagata: posso riprogrammare la degustazione per {}.", "nl": "De kelder staat onder water; ik kan de proeverij verzetten naar {}.",
               "sv": "Källaren är översvämmad, så jag kan flytta provningen till {}."}


@pytest.mark.parametrize("lang", LANGS)
def test_a_proposed_time_after_the_moving_verb_is_its_destination(lang: str) -> None:
    assert clean(lang, MOVED_THERE[lang].format(NEW[lang]))


# the meeting's slot as an apposition or an aside is the meeting's name, whatever the sentence asks
APPOSITION = {
    "en": "Thank you for your note about our tasting, {}. Would {n} suit you?",
    "fr": "Merci pour votre message au sujet de notre dégustation, le {}. {n} vous conviendrait-il ?",
    "it": "Grazie per il messaggio sulla nostra degustazione, {}. {n} Le va bene?",
    "nl": "Dank voor uw bericht over onze proeverij, {}, goed ontvangen. Past {n}?",
    "sv": "Tack för ditt besked om vår provning, {}, det är helt i sin ordning. Passar {n}?",
}


@pytest.mark.parametrize("lang", LANGS)
def test_the_meeting_named_in_an_apposition_is_no_offer(lang: str) -> None:
    assert clean(lang, APPOSITION[lang].format(OLD[lang], n=NEW[lang]))


# a call in the meeting's own slot: the question is about the medium
BY_PHONE = {
    "en": "Could we do our tasting on {} by phone instead?",
    "fr": "Pourrions-nous faire notre dégustation du {} par téléphone plutôt ?",
    "it": "Potremmo fare la degustazione {} al telefono invece?",
    "nl": "Kunnen we de proeverij op {} telefonisch doen?",
    "sv": "Går det bra att vi tar provningen {} per telefon i stället?",
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_call_in_the_meetings_own_slot_is_no_offer_of_that_slot(lang: str) -> None:
    assert clean(lang, BY_PHONE[lang].format(OLD[lang]), intent="switch_to_call")


# a recap that settles a time names the proposed one
RECAP = {
    "en": ["The cellar is flooded, so I'd like to move our tasting from {o} to {n}. Does that suit you?\n\nSee you on {x}, then.",
           "The cellar is flooded, so I'd like to move our tasting from {o} to {n}.\n\nSo that's {x} - I've noted it down."],
    "fr": ["La cave est inondée ; je souhaite déplacer notre dégustation du {o} au {n}. Cela vous convient-il ?\n\nÀ {x} donc.",
           "La cave est inondée ; je souhaite déplacer notre dégustation du {o} au {n}.\n\nJe note donc {x}."],
    "it": ["La cantina è allagata: vorrei spostare la degustazione da {o} a {n}. Le va bene?\n\nCi vediamo quindi {x}.",
           "La cantina è allagata: vorrei spostare la degustazione da {o} a {n}.\n\nSegno quindi {x}."],
    "nl": ["De kelder staat onder water; ik wil onze proeverij verplaatsen van {o} naar {n}. Schikt dat?\n\nTot {x}.",
           "De kelder staat onder water; ik wil onze proeverij verplaatsen van {o} naar {n}.\n\nIk noteer dus {x}."],
    "sv": ["Källaren är översvämmad, så jag vill flytta vår provning från {o} till {n}. Passar det?\n\nVi ses alltså {x}.",
           "Källaren är översvämmad, så jag vill flytta vår provning från {o} till {n}.\n\nJag noterar alltså {x}."],
}
_FROM_TO = {"en": "The cellar is flooded, so I'd like to move our tasting from {o} to {n}.\n\n",
            "fr": "La cave est inondée ; je souhaite déplacer notre dégustation du {o} au {n}.\n\n",
            "it": "La cantina è allagata: vorrei spostare la degustazione da {o} a {n}.\n\n",
            "nl": "De kelder staat onder water; ik wil onze proeverij verplaatsen van {o} naar {n}.\n\n",
            "sv": "Källaren är översvämmad, så jag vill flytta vår provning från {o} till {n}.\n\n"}
# closing lines that settle the time: looking forward, a diary, "rendez-vous donc", "graag tot", "då säger vi"
RECAP_MORE = {"en": ["I look forward to seeing you on {x}.", "I have blocked {x} in my diary.", "Expect me on {x}.", "I can't wait to see you on {x}."],
              "fr": ["Au plaisir de vous voir {x}.", "J'ai bloqué {x} dans mon agenda.", "Rendez-vous donc {x}."],
              "it": ["Non vedo l'ora di vederLa {x}.", "Ho bloccato {x} in agenda.", "Appuntamento quindi {x}."],
              "nl": ["Graag tot {x}!", "Ik zie u graag {x}.", "Ik heb {x} in mijn agenda gezet."],
              "sv": ["Jag ser fram emot att ses {x}.", "Jag har bokat in {x} i kalendern.", "Då säger vi {x}."]}
for _lang, _lines in RECAP_MORE.items():
    RECAP[_lang] = [*RECAP[_lang], *(_FROM_TO[_lang] + line for line in _lines)]
RECAP_CASES = [(lang, shape) for lang in LANGS for shape in RECAP[lang]]


@pytest.mark.parametrize(("lang", "shape"), RECAP_CASES)
def test_a_recap_naming_the_old_or_another_time_is_flagged(lang: str, shape: str) -> None:
    s = sit(lang, meeting_time=OLD[lang], proposed_times=[NEW[lang]])
    for wrong in (OLD[lang], OLD_SHORT[lang], OTHER[lang]):
        assert alarms(s, cap(shape.format(o=OLD[lang], n=NEW[lang], x=wrong))), wrong


@pytest.mark.parametrize(("lang", "shape"), RECAP_CASES)
def test_a_recap_naming_the_new_time_is_accepted(lang: str, shape: str) -> None:
    s = sit(lang, meeting_time=OLD[lang], proposed_times=[NEW[lang]])
    for right in (NEW[lang], NEW_SHORT[lang]):
        assert alarms(s, cap(shape.format(o=OLD[lang], n=NEW[lang], x=right))) == [], right


# subject and body disagree, in both directions
SUBJECT_NEW = {"en": ["Tasting moved to {}", "New date: {}"], "fr": ["Dégustation reportée au {}", "Nouvelle date : {}"],
               "it": ["Degustazione spostata a {}", "Nuova data: {}"], "nl": ["Proeverij verzet naar {}", "Nieuwe datum: {}"],
               "sv": ["Provningen flyttad till {}", "Ny tid: {}"]}
BODY = {"en": "The cellar is flooded, so I'd like to move our tasting from {o} to {n}. Does that suit you?",
        "fr": "La cave est inondée ; je souhaite déplacer notre dégustation du {o} au {n}. Cela vous convient-il ?",
        "it": "La cantina è allagata: vorrei spostare la degustazione da {o} a {n}. Le va bene?",
        "nl": "De kelder staat onder water; ik wil onze proeverij verplaatsen van {o} naar {n}. Schikt dat?",
        "sv": "Källaren är översvämmad, så jag vill flytta vår provning från {o} till {n}. Passar det?"}


def subject_alarms(lang: str, subject: str, body: str) -> list:
    s = sit(lang, meeting_time=OLD[lang], proposed_times=[NEW[lang]])
    return [i for i in judge(s, subject, framed(s, body), today=TODAY) if i.is_error and i.kind != "language"]


@pytest.mark.parametrize(("lang", "shape"), [(lang, shape) for lang in LANGS for shape in SUBJECT_NEW[lang]])
def test_a_subject_presenting_the_old_or_another_slot_as_new_is_flagged(lang: str, shape: str) -> None:
    body = BODY[lang].format(o=OLD[lang], n=NEW[lang])
    assert subject_alarms(lang, cap(shape.format(OLD[lang])), body)
    assert subject_alarms(lang, cap(shape.format(OTHER[lang])), body)
    assert subject_alarms(lang, cap(shape.format(NEW[lang])), body) == []


MEETING_THEN_NEW = {"en": "Tasting on 9 December: new time", "fr": "Dégustation du 9 décembre : nouvel horaire",
                    "it": "Degustazione del 9 dicembre: nuovo orario", "nl": "Proeverij van 9 december: nieuw tijdstip",
                    "sv": "Provningen den 9 december: ny tid"}


@pytest.mark.parametrize("lang", LANGS)
def test_a_subject_naming_the_meeting_by_its_day_before_new_time_is_accepted(lang: str) -> None:
    assert subject_alarms(lang, MEETING_THEN_NEW[lang], BODY[lang].format(o=OLD[lang], n=NEW[lang])) == []


# the subject names the new slot, the body offers the old one
SUBJECT_ONLY = {"en": "Tasting: {}", "fr": "Dégustation : {}", "it": "Degustazione: {}", "nl": "Proeverij: {}", "sv": "Provning: {}"}
BODY_OFFERS = {"en": ["The cellar is flooded, so we are moving the tasting. Can you do {}?", "The cellar is flooded, so the tasting now takes place on {}."],
               "fr": ["La cave est inondée, nous déplaçons donc la dégustation. Pouvez-vous {} ?", "La cave est inondée : la dégustation passe au {}."],
               "it": ["La cantina è allagata, quindi spostiamo la degustazione. Riesce {}?", "La cantina è allagata: la degustazione passa a {}."],
               "nl": ["De kelder staat onder water, daarom verzetten we de proeverij. Kunt u {}?", "De kelder staat onder water: de proeverij wordt {}."],
               "sv": ["Källaren är översvämmad, så vi flyttar provningen. Kan du {}?", "Källaren är översvämmad, så provningen blir {}."]}


@pytest.mark.parametrize(("lang", "shape"), [(lang, shape) for lang in LANGS for shape in BODY_OFFERS[lang]])
def test_the_body_offering_the_old_slot_under_a_subject_naming_the_new_one_is_flagged(lang: str, shape: str) -> None:
    subject = SUBJECT_ONLY[lang].format(NEW[lang])
    assert subject_alarms(lang, subject, cap(shape.format(OLD[lang])))
    assert subject_alarms(lang, subject, cap(shape.format(NEW[lang]))) == []


# 2. clock words said in words, and a weekday before them
WORD_CLOCKS = [
    ("sv", "torsdag 10 december kl. 13.30", "Vi ses på torsdag kl. tretton och trettio.", "Vi ses på torsdag kl. tretton och femton."),
    ("sv", "torsdag 10 december kl. 10.15", "Passar torsdag klockan tio och femton?", "Passar torsdag klockan tio och trettio?"),
    ("nl", "donderdag 10 december om 13.30 uur", "Tot donderdag om dertien uur dertig.", "Tot donderdag om dertien uur vijftien."),
    ("nl", "donderdag 10 december om 9.00 uur", "Schikt donderdag negen uur?", "Schikt donderdag tien uur?"),
    ("nl", "donderdag 10 december om 14.00 uur", "Tot donderdag veertien uur.", "Tot donderdag vijftien uur."),
    ("it", "giovedì 10 dicembre alle 9:30", "Ci vediamo giovedì ore nove e trenta.", "Ci vediamo giovedì ore nove e quindici."),
    ("it", "giovedì 10 dicembre alle 13:00", "Ci vediamo giovedì 10 dicembre all'una.", "Ci vediamo giovedì 10 dicembre alle due."),
]


@pytest.mark.parametrize(("lang", "given", "right", "wrong"), WORD_CLOCKS)
def test_clock_words_state_their_time(lang: str, given: str, right: str, wrong: str) -> None:
    s = sit(lang, meeting_time=OLD[lang], proposed_times=[given])
    assert alarms(s, right) == []
    assert alarms(s, wrong)


def test_a_length_in_dutch_words_is_no_clock() -> None:
    s = sit("nl", intent="shorten", meeting_time=OLD["nl"], duration_minutes=20)
    assert alarms(s, "Kunnen we de proeverij tot twintig minuutjes beperken?") == []


# a past weekday names the latest such day before the reference date (Monday 7 December 2026)
PAST_MEETING = {"en": "Thursday 3 December at 17:00", "fr": "jeudi 3 décembre à 17 h", "it": "giovedì 3 dicembre alle 17:00",
                "nl": "donderdag 3 december om 17.00 uur", "sv": "torsdag 3 december kl. 17.00"}
PAST_WEDNESDAY = {"en": "Wednesday 2 December at 17:00", "fr": "mercredi 2 décembre à 17 h", "it": "mercoledì 2 dicembre alle 17:00",
                  "nl": "woensdag 2 december om 17.00 uur", "sv": "onsdag 2 december kl. 17.00"}
NEXT_THURSDAY = {"en": "Thursday 10 December at 17:00", "fr": "jeudi 10 décembre à 17 h", "it": "giovedì 10 dicembre alle 17:00",
                 "nl": "donderdag 10 december om 17.00 uur", "sv": "torsdag 10 december kl. 17.00"}
WAITED = {"en": "We waited for you last Thursday at 5 pm. Could you come on {}?",
          "fr": "Nous vous avons attendu jeudi dernier à 17 h. Pourriez-vous venir le {} ?",
          "it": "La aspettavamo giovedì scorso alle 17. Potrebbe venire {}?",
          "nl": "We hebben afgelopen donderdag om 17 uur op u gewacht. Kunt u {} komen?",
          "sv": "Vi väntade på dig i torsdags kl. 17. Kan du komma {}?"}


@pytest.mark.parametrize("lang", LANGS)
def test_a_past_weekday_names_the_meeting_it_was(lang: str) -> None:
    s = sit(lang, intent="no_show_followup", meeting_time=PAST_MEETING[lang], proposed_times=[NEXT_THURSDAY[lang]])
    body = WAITED[lang].format(NEXT_THURSDAY[lang])
    assert alarms(s, body) == []
    assert not [i for i in judge(s, NAME[lang], framed(s, body), today=TODAY) if i.kind in ("missing", "omitted")]


@pytest.mark.parametrize("lang", LANGS)
def test_a_past_weekday_is_never_the_coming_one(lang: str) -> None:
    s = sit(lang, intent="no_show_followup", meeting_time=PAST_WEDNESDAY[lang], proposed_times=[NEXT_THURSDAY[lang]])
    assert alarms(s, WAITED[lang].format(NEXT_THURSDAY[lang]))


# 3. completeness: a slot said relative to the meeting's clock
TOMORROW_SAME = {"en": "We missed you at the tasting. Could you come tomorrow instead, same time?",
                 "fr": "Nous vous avons attendu à la dégustation. Pourriez-vous venir demain plutôt, à la même heure ?",
                 "it": "La aspettavamo alla degustazione. Potrebbe venire domani invece, alla stessa ora?",
                 "nl": "We hebben u gemist bij de proeverij. Kunt u morgen in plaats daarvan komen, op hetzelfde tijdstip?",
                 "sv": "Vi saknade dig på provningen. Kan du komma i morgon i stället, samma tid?"}
MISSED = {"en": "Friday 4 December at 18:00", "fr": "vendredi 4 décembre à 18 h", "it": "venerdì 4 dicembre alle 18:00",
          "nl": "vrijdag 4 december om 18.00 uur", "sv": "fredag 4 december kl. 18.00"}
TUESDAY_18 = {"en": "Tuesday 8 December at 18:00", "fr": "mardi 8 décembre à 18 h", "it": "martedì 8 dicembre alle 18:00",
              "nl": "dinsdag 8 december om 18.00 uur", "sv": "tisdag 8 december kl. 18.00"}
WEDNESDAY_18 = {"en": "Wednesday 9 December at 18:00", "fr": "mercredi 9 décembre à 18 h", "it": "mercoledì 9 dicembre alle 18:00",
                "nl": "woensdag 9 december om 18.00 uur", "sv": "onsdag 9 december kl. 18.00"}


def missing(s, body: str) -> list:  # type: ignore[no-untyped-def]
    return [i for i in judge(s, NAME[s.language.value], framed(s, body), today=TODAY) if i.kind == "missing" and "proposed" in i.message]


@pytest.mark.parametrize("lang", LANGS)
def test_tomorrow_instead_at_the_same_time_states_the_slot(lang: str) -> None:
    right = sit(lang, intent="no_show_followup", meeting_time=MISSED[lang], proposed_times=[TUESDAY_18[lang]])
    assert missing(right, TOMORROW_SAME[lang]) == []
    wrong = sit(lang, intent="no_show_followup", meeting_time=MISSED[lang], proposed_times=[WEDNESDAY_18[lang]])
    assert missing(wrong, TOMORROW_SAME[lang]) or alarms(wrong, TOMORROW_SAME[lang])


DAY_SAME = {"en": "The tasting has to move. Would the 11th, same time, suit you?", "fr": "La dégustation doit être déplacée. Le 11 même heure vous irait-il ?",
            "it": "La degustazione va spostata. Le andrebbe bene il 11 stessa ora?", "nl": "De proeverij moet verzet worden. Past de 11e op hetzelfde tijdstip?",
            "sv": "Provningen måste flyttas. Går det bra den 11:e samma tid?"}
FRIDAY_10 = {"en": "Friday 11 December at 10:00", "fr": "vendredi 11 décembre à 10 h", "it": "venerdì 11 dicembre alle 10:00",
             "nl": "vrijdag 11 december om 10.00 uur", "sv": "fredag 11 december kl. 10.00"}


@pytest.mark.parametrize("lang", LANGS)
def test_a_bare_day_at_the_same_time_states_the_slot(lang: str) -> None:
    right = sit(lang, meeting_time=OLD[lang], proposed_times=[FRIDAY_10[lang]])
    assert missing(right, DAY_SAME[lang]) == [] and alarms(right, DAY_SAME[lang]) == []
    wrong = sit(lang, meeting_time=OLD[lang], proposed_times=[NEW[lang]])  # 14:00 on the 11th: "same time" is 10:00
    assert missing(wrong, DAY_SAME[lang]) or alarms(wrong, DAY_SAME[lang])
