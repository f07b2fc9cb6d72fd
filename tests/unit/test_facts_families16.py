"""Round 16 families (issue 13): the reasoning behind v13's false alarms and low-ranked correct replies, and the
open families the lead listed, generalised to the five languages with sentences written for these tests (not the
set's wording). Every accepted form is paired with the same form stating another fact, which stays flagged."""

from __future__ import annotations

from datetime import date

import pytest

from composer.facts import errors, judge, notes
from composer.models import Situation
from tests.support.fact_battery import FRAME, TODAY, alarms, sit
from tests.support.fact_battery import found as _found


def found(s: Situation, sentence: str, today: date = TODAY) -> list:
    """As the shared battery's, but the uncertainties are kept: this round's notes are among what it checks."""
    return _found(s, sentence, today, skip=("language",))


def _rows(table: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str, str]]:
    return [(lang, ok, bad) for lang, pairs in table.items() for ok, bad in pairs]


# 1. A clock said on the dial its language uses for the evening (v13-en-002 "the belay refresher at 6:30" for 6:30 pm):
#    English writes "6:30" / "6.30" with no a.m./p.m. for 18:30 (as "at 6" already was); the other four say the part of
#    the day or write 18.30. Another clock stays a time nobody gave.
EVENING = {"en": "Wednesday 9 December at 6:30 pm", "fr": "mercredi 9 décembre à 18 h 30", "it": "mercoledì 9 dicembre alle 18:30",
           "nl": "woensdag 9 december om 18.30 uur", "sv": "onsdag 9 december kl. 18.30"}
DIAL = {
    "en": [("Sadly I can't make our tasting on Wednesday at 6:30.", "Sadly I can't make our tasting on Wednesday at 7:30."),
           ("The tasting on Wednesday 9 December at 6.30 can't go ahead, I'm afraid.", "The tasting on Wednesday 9 December at 5.30 can't go ahead, I'm afraid."),
           ("I have to cancel Wednesday's 6:30 tasting.", "I have to cancel Wednesday's 6:45 tasting.")],
    "fr": [("Je ne pourrai pas assurer la dégustation de mercredi à 18 h 30.", "Je ne pourrai pas assurer la dégustation de mercredi à 19 h 30."),
           ("Je dois annuler la dégustation du mercredi 9 décembre à 18:30.", "Je dois annuler la dégustation du mercredi 9 décembre à 17:30."),
           ("La dégustation de mercredi, 18h30, ne pourra pas avoir lieu.", "La dégustation de mercredi, 18h45, ne pourra pas avoir lieu.")],
    "it": [("Purtroppo devo annullare la degustazione di mercoledì alle 18.30.", "Purtroppo devo annullare la degustazione di mercoledì alle 19.30."),
           ("La degustazione di mercoledì 9 dicembre alle 18:30 non si può fare.", "La degustazione di mercoledì 9 dicembre alle 17:30 non si può fare."),
           ("Non riesco a esserci alla degustazione di mercoledì, ore 18.30.", "Non riesco a esserci alla degustazione di mercoledì, ore 18.45.")],
    "nl": [("Helaas moet ik de proeverij van woensdag om 18.30 uur afzeggen.", "Helaas moet ik de proeverij van woensdag om 19.30 uur afzeggen."),
           ("De proeverij van woensdag 9 december om 18:30 gaat niet door.", "De proeverij van woensdag 9 december om 17:30 gaat niet door."),
           ("Ik kan woensdag om half zeven 's avonds niet bij de proeverij zijn.", "Ik kan woensdag om half acht 's avonds niet bij de proeverij zijn.")],
    "sv": [("Tyvärr måste jag ställa in provningen på onsdag kl. 18.30.", "Tyvärr måste jag ställa in provningen på onsdag kl. 19.30."),
           ("Provningen onsdag 9 december kl. 18:30 blir inte av.", "Provningen onsdag 9 december kl. 17:30 blir inte av."),
           ("Jag kan inte komma till provningen på onsdag, halv sju på kvällen.", "Jag kan inte komma till provningen på onsdag, halv åtta på kvällen.")],
}


@pytest.mark.parametrize("lang,ok,bad", _rows(DIAL))
def test_an_evening_clock_on_its_languages_dial(lang: str, ok: str, bad: str) -> None:
    s = sit(lang, intent="decline", meeting_time=EVENING[lang])
    assert alarms(s, ok) == []
    assert alarms(s, bad), bad


def test_other_languages_keep_a_24_hour_dial_for_minutes() -> None:
    """"6.30" for 18.30 is a wrong time where the evening is written 18.30."""
    for lang, sentence in (("it", "La degustazione di mercoledì alle 6.30 non si può fare."), ("nl", "De proeverij van woensdag om 6.30 uur gaat niet door."),
                           ("sv", "Provningen på onsdag kl. 6.30 blir inte av."), ("fr", "La dégustation de mercredi à 6 h 30 n'aura pas lieu.")):
        assert alarms(sit(lang, intent="decline", meeting_time=EVENING[lang]), sentence), sentence


# 2. A round count for the given length (v13-it-005 "stringere a una quarantina di minuti", v13-sv-008 "korta den till
#    trekvart"): "about forty minutes" is the given 40, said in the words a speaker uses; another round count is not.
ROUND = {
    "en": [("Could we keep it to forty minutes or so?", "Could we keep it to thirty minutes or so?"),
           ("I'll need to cut it to about forty minutes.", "I'll need to cut it to about fifty minutes."),
           ("We'll have to make it a forty-minute tasting.", "We'll have to make it a fifty-minute tasting.")],
    "fr": [("Je devrai la réduire à une quarantaine de minutes.", "Je devrai la réduire à une trentaine de minutes."),
           ("Pourrions-nous la limiter à quarante minutes environ ?", "Pourrions-nous la limiter à cinquante minutes environ ?"),
           ("Nous aurons une petite quarantaine de minutes.", "Nous aurons une petite cinquantaine de minutes.")],
    "it": [("Dovrò stringere a una quarantina di minuti.", "Dovrò stringere a una trentina di minuti."),
           ("Potremmo limitarci a quaranta minuti circa?", "Potremmo limitarci a cinquanta minuti circa?"),
           ("Avremo a disposizione una quarantina di minuti in tutto.", "Avremo a disposizione una cinquantina di minuti in tutto.")],
    "nl": [("Ik moet het inkorten tot een minuut of veertig.", "Ik moet het inkorten tot een minuut of dertig."),
           ("Kunnen we het bij zo'n veertig minuten houden?", "Kunnen we het bij zo'n vijftig minuten houden?"),
           ("We hebben ongeveer veertig minuten.", "We hebben ongeveer vijftig minuten.")],
    "sv": [("Jag behöver korta den till ett fyrtiotal minuter.", "Jag behöver korta den till ett trettiotal minuter."),
           ("Kan vi hålla oss till cirka fyrtio minuter?", "Kan vi hålla oss till cirka femtio minuter?"),
           ("Vi får ungefär fyrtio minuter på oss.", "Vi får ungefär femtio minuter på oss.")],
}
THREE_QUARTERS = {
    "en": ("I'll need to cut it to three quarters of an hour.", "I'll need to cut it to half an hour."),
    "fr": ("Je devrai la réduire à trois quarts d'heure.", "Je devrai la réduire à une demi-heure."),
    "it": ("Dovrò ridurla a tre quarti d'ora.", "Dovrò ridurla a mezz'ora."),
    "nl": ("Ik moet het inkorten tot driekwartier.", "Ik moet het inkorten tot een half uur."),
    "sv": ("Jag behöver korta den till trekvart.", "Jag behöver korta den till en halvtimme."),
}


@pytest.mark.parametrize("lang,ok,bad", _rows(ROUND))
def test_a_round_count_is_the_given_length(lang: str, ok: str, bad: str) -> None:
    s = sit(lang, intent="shorten", meeting_time=EVENING[lang], duration_minutes=40)
    assert [i for i in found(s, ok) if i.field != "meeting_time"] == [], found(s, ok)
    assert alarms(s, bad), bad


@pytest.mark.parametrize("lang", list(THREE_QUARTERS))
def test_three_quarters_of_an_hour_is_stated(lang: str) -> None:
    s = sit(lang, intent="shorten", meeting_time=EVENING[lang], duration_minutes=45)
    ok, bad = THREE_QUARTERS[lang]
    assert [i for i in found(s, ok) if i.field != "meeting_time"] == [], found(s, ok)
    assert alarms(s, bad), bad


# 3. The hour a new clock is put in place of (v13-nl-015 "om 4 uur 's middags in plaats van 1 uur"): a clock (the
#    meeting's, on its dial), not a period of notice; another hour there is a time nobody gave.
AFTERNOON = {"en": "Friday 11 December at 13:00", "fr": "vendredi 11 décembre à 13 h", "it": "venerdì 11 dicembre alle 13:00",
             "nl": "vrijdag 11 december om 13.00 uur", "sv": "fredag 11 december kl. 13.00"}
LATER = {"en": "Friday 11 December at 16:00", "fr": "vendredi 11 décembre à 16 h", "it": "venerdì 11 dicembre alle 16:00",
         "nl": "vrijdag 11 december om 16.00 uur", "sv": "fredag 11 december kl. 16.00"}
INSTEAD = {
    "en": [("Could we talk on Friday at 4 pm instead of 1 o'clock?", "Could we talk on Friday at 4 pm instead of 2 o'clock?"),
           ("Shall we do Friday at 4 rather than 1?", "Shall we do Friday at 4 rather than 2?"),
           ("Friday still works, only at 16:00 instead of 13:00.", "Friday still works, only at 16:00 instead of 12:00.")],
    "fr": [("Pourrions-nous nous parler vendredi à 16 h au lieu de 13 h ?", "Pourrions-nous nous parler vendredi à 16 h au lieu de 14 h ?"),
           ("Vendredi me va, mais à 16 h plutôt que 13 h.", "Vendredi me va, mais à 16 h plutôt que 12 h."),
           ("Je vous propose vendredi, à 16 heures au lieu de 13 heures.", "Je vous propose vendredi, à 16 heures au lieu de 14 heures.")],
    "it": [("Possiamo sentirci venerdì alle 16 invece che alle 13?", "Possiamo sentirci venerdì alle 16 invece che alle 14?"),
           ("Venerdì va bene, ma alle 16 anziché alle 13.", "Venerdì va bene, ma alle 16 anziché alle 12."),
           ("Le propongo venerdì alle 16:00 invece delle 13:00.", "Le propongo venerdì alle 16:00 invece delle 14:00.")],
    "nl": [("Zullen we vrijdag bellen, maar dan om 4 uur 's middags in plaats van 1 uur?", "Zullen we vrijdag bellen, maar dan om 4 uur 's middags in plaats van 2 uur?"),
           ("Kan het vrijdag om 16.00 uur in plaats van 13.00 uur?", "Kan het vrijdag om 16.00 uur in plaats van 12.00 uur?"),
           ("Vrijdag blijft staan, alleen om 16 uur in plaats van om 13 uur.", "Vrijdag blijft staan, alleen om 16 uur in plaats van om 14 uur.")],
    "sv": [("Kan vi höras på fredag kl. 16 i stället för 13?", "Kan vi höras på fredag kl. 16 i stället för 14?"),
           ("Fredag fungerar, men klockan 16 istället för klockan 13.", "Fredag fungerar, men klockan 16 istället för klockan 12."),
           ("Går det bra på fredag kl. 16.00 i stället för kl. 13.00?", "Går det bra på fredag kl. 16.00 i stället för kl. 12.00?")],
}


@pytest.mark.parametrize("lang,ok,bad", _rows(INSTEAD))
def test_the_hour_a_clock_replaces_is_a_clock(lang: str, ok: str, bad: str) -> None:
    s = sit(lang, intent="switch_to_call", meeting_time=AFTERNOON[lang], proposed_times=[LATER[lang]])
    assert alarms(s, ok) == [], alarms(s, ok)
    assert alarms(s, bad), bad


# 4. An offer word that is a word of the meeting's name (v13-sv-007 "plantera rabatterna" for "Plantering av
#    rabatterna": flower beds): the meeting's topic, no offer. The same draft offering something free is flagged.
TOPIC = {
    "en": ("Free trial review", "We'll have to move the free trial review, I'm afraid.", "We'll have to move the review, I'm afraid; the next session is free of charge."),
    "fr": ("Remises fournisseurs", "Je dois déplacer notre point sur les remises fournisseurs.", "Je dois déplacer notre point ; la prochaine séance vous sera offerte."),
    "it": ("Revisione degli sconti ai rivenditori", "Devo spostare la revisione degli sconti ai rivenditori.", "Devo spostare la revisione; la prossima sessione sarà gratuita."),
    "nl": ("Kortingsregeling voor vaste klanten", "Ik moet ons overleg over de kortingsregeling voor vaste klanten verzetten.", "Ik moet ons overleg verzetten; de volgende sessie is gratis."),
    "sv": ("Plantering av rabatterna vid entrén", "Vi behöver flytta planteringen av rabatterna vid entrén.", "Vi behöver flytta planteringen; nästa besök bjuder vi på."),
}


@pytest.mark.parametrize("lang", list(TOPIC))
def test_an_offer_word_of_the_meetings_name_is_its_topic(lang: str) -> None:
    name, ok, bad = TOPIC[lang]
    s = sit(lang, meeting=name, meeting_time=AFTERNOON[lang])
    assert [i for i in alarms(s, ok) if i.kind == "invented"] == []
    assert [i for i in alarms(s, bad) if i.kind == "invented"], bad


# 5. A new slot said by the meeting's clock and a day relative to the meeting (v13-en-010 "Wednesday instead of
#    Monday, same time (5 pm)", v13-en-012 "the following day at the same time", v13-it-012 "venerdì, alla stessa ora"):
#    the proposed time is stated; another day is not it.
MON = {"en": "Monday 14 December at 17:00", "fr": "lundi 14 décembre à 17 h", "it": "lunedì 14 dicembre alle 17:00",
       "nl": "maandag 14 december om 17.00 uur", "sv": "måndag 14 december kl. 17.00"}
WED = {"en": "Wednesday 16 December at 17:00", "fr": "mercredi 16 décembre à 17 h", "it": "mercoledì 16 dicembre alle 17:00",
       "nl": "woensdag 16 december om 17.00 uur", "sv": "onsdag 16 december kl. 17.00"}
TUE = {"en": "Tuesday 15 December at 17:00", "fr": "mardi 15 décembre à 17 h", "it": "martedì 15 dicembre alle 17:00",
       "nl": "dinsdag 15 december om 17.00 uur", "sv": "tisdag 15 december kl. 17.00"}
SAME_TIME = {
    "en": [("Could we do Wednesday instead of Monday, same time (5 pm)?", "Could we do Thursday instead of Monday, same time (5 pm)?"),
           ("Could I come on Wednesday at the same time?", "Could I come on Thursday at the same time?"),
           ("Would Wednesday rather than Monday, same time, suit you?", "Would Friday rather than Monday, same time, suit you?")],
    "fr": [("Pourrions-nous faire mercredi au lieu de lundi, même heure (17 h) ?", "Pourrions-nous faire jeudi au lieu de lundi, même heure (17 h) ?"),
           ("Je pourrais venir mercredi, à la même heure.", "Je pourrais venir jeudi, à la même heure."),
           ("Mercredi plutôt que lundi, même heure, vous irait-il ?", "Vendredi plutôt que lundi, même heure, vous irait-il ?")],
    "it": [("Potremmo fare mercoledì invece di lunedì, stessa ora (17)?", "Potremmo fare giovedì invece di lunedì, stessa ora (17)?"),
           ("Se per Lei va bene, potrei venire mercoledì, alla stessa ora.", "Se per Lei va bene, potrei venire giovedì, alla stessa ora."),
           ("Mercoledì anziché lunedì, alla stessa ora, Le andrebbe?", "Venerdì anziché lunedì, alla stessa ora, Le andrebbe?")],
    "nl": [("Kunnen we woensdag doen in plaats van maandag, zelfde tijd (17 uur)?", "Kunnen we donderdag doen in plaats van maandag, zelfde tijd (17 uur)?"),
           ("Ik kan woensdag op hetzelfde tijdstip langskomen.", "Ik kan donderdag op hetzelfde tijdstip langskomen."),
           ("Past woensdag in plaats van maandag, op dezelfde tijd?", "Past vrijdag in plaats van maandag, op dezelfde tijd?")],
    "sv": [("Kan vi ta onsdag i stället för måndag, samma tid (kl. 17)?", "Kan vi ta torsdag i stället för måndag, samma tid (kl. 17)?"),
           ("Jag kan komma på onsdag, samma tid.", "Jag kan komma på torsdag, samma tid."),
           ("Passar onsdag istället för måndag, på samma tid?", "Passar fredag istället för måndag, på samma tid?")],
}
NEXT_DAY = {
    "en": ("Would the following day at the same time work for you?", "Would two days later at the same time work for you?"),
    "fr": ("Le lendemain à la même heure vous conviendrait-il ?", "Trois jours plus tard à la même heure vous conviendrait-il ?"),
    "it": ("Il giorno dopo alla stessa ora Le andrebbe bene?", "Tre giorni dopo alla stessa ora Le andrebbe bene?"),
    "nl": ("Zou de volgende dag op hetzelfde tijdstip u schikken?", "Zou drie dagen later op hetzelfde tijdstip u schikken?"),
    "sv": ("Skulle dagen efter, samma tid, passa dig?", "Skulle tre dagar senare, samma tid, passa dig?"),
}


@pytest.mark.parametrize("lang,ok,bad", _rows(SAME_TIME))
def test_a_day_after_the_meeting_at_the_same_time_states_the_new_slot(lang: str, ok: str, bad: str) -> None:
    s = sit(lang, meeting_time=MON[lang], proposed_times=[WED[lang]])
    assert found(s, ok) == [], found(s, ok)
    assert found(s, bad), bad


@pytest.mark.parametrize("lang", list(NEXT_DAY))
def test_the_following_day_at_the_same_time(lang: str) -> None:
    s = sit(lang, meeting_time=MON[lang], proposed_times=[TUE[lang]])
    ok, bad = NEXT_DAY[lang]
    assert found(s, ok) == [], found(s, ok)
    assert found(s, bad), bad


# 6. The reason's weekday (open family): beside the reason's own words it dates the story ("since Monday's storm",
#    "depuis l'orage de lundi") and is accepted; beside the meeting ("our tasting on Monday") it dates the slot, and
#    there it must be the meeting's day (Wednesday here).
STORM = {"en": "Monday's storm flooded the shop", "fr": "l'orage de lundi a inondé la boutique", "it": "il temporale di lunedì ha allagato il negozio",
         "nl": "de storm van maandag heeft de winkel onder water gezet", "sv": "måndagens storm översvämmade butiken"}
WED9 = {"en": "Wednesday 9 December at 10:00", "fr": "mercredi 9 décembre à 10 h", "it": "mercoledì 9 dicembre alle 10:00",
        "nl": "woensdag 9 december om 10.00 uur", "sv": "onsdag 9 december kl. 10.00"}
STORY_DAY = {
    "en": [("Since Monday's storm flooded the shop, I must move our tasting on Wednesday.", "Since Monday's storm flooded the shop, I must move our tasting on Monday."),
           ("The storm on Monday flooded the shop, so Wednesday's tasting has to move.", "The storm on Monday flooded the shop, so Monday's tasting has to move."),
           ("After the storm flooded the shop on Monday, I have to postpone the tasting we set for Wednesday.", "After the storm flooded the shop on Monday, I have to postpone the tasting we set for Thursday.")],
    "fr": [("Depuis l'orage de lundi, la boutique est inondée : je dois déplacer notre dégustation de mercredi.", "Depuis l'orage de lundi, la boutique est inondée : je dois déplacer notre dégustation de lundi."),
           ("L'orage de lundi a inondé la boutique, donc la dégustation de mercredi doit être déplacée.", "L'orage de lundi a inondé la boutique, donc la dégustation de jeudi doit être déplacée."),
           ("Avec l'orage qui a inondé la boutique lundi, je dois reporter la dégustation prévue mercredi.", "Avec l'orage qui a inondé la boutique lundi, je dois reporter la dégustation prévue lundi.")],
    "it": [("Il temporale di lunedì ha allagato il negozio: devo spostare la degustazione di mercoledì.", "Il temporale di lunedì ha allagato il negozio: devo spostare la degustazione di lunedì."),
           ("Dopo il temporale di lunedì il negozio è allagato, quindi la degustazione di mercoledì va spostata.", "Dopo il temporale di lunedì il negozio è allagato, quindi la degustazione di giovedì va spostata."),
           ("Per via del temporale che lunedì ha allagato il negozio, devo rimandare la degustazione fissata per mercoledì.", "Per via del temporale che lunedì ha allagato il negozio, devo rimandare la degustazione fissata per lunedì.")],
    "nl": [("Door de storm van maandag staat de winkel onder water, dus ik moet onze proeverij van woensdag verzetten.", "Door de storm van maandag staat de winkel onder water, dus ik moet onze proeverij van maandag verzetten."),
           ("De storm van maandag heeft de winkel onder water gezet; de proeverij van woensdag moet dus verschuiven.", "De storm van maandag heeft de winkel onder water gezet; de proeverij van donderdag moet dus verschuiven."),
           ("Omdat de storm maandag de winkel onder water zette, moet ik de proeverij op woensdag uitstellen.", "Omdat de storm maandag de winkel onder water zette, moet ik de proeverij op maandag uitstellen.")],
    "sv": [("Måndagens storm översvämmade butiken, så jag måste flytta vår provning på onsdag.", "Måndagens storm översvämmade butiken, så jag måste flytta vår provning på måndag."),
           ("Efter stormen i måndags är butiken översvämmad, så onsdagens provning måste flyttas.", "Efter stormen i måndags är butiken översvämmad, så torsdagens provning måste flyttas."),
           ("Stormen på måndag översvämmade butiken och därför måste jag skjuta upp provningen på onsdag.", "Stormen på måndag översvämmade butiken och därför måste jag skjuta upp provningen på måndag.")],
}


@pytest.mark.parametrize("lang,ok,bad", _rows(STORY_DAY))
def test_the_reasons_weekday_never_licenses_another_day_for_the_meeting(lang: str, ok: str, bad: str) -> None:
    s = sit(lang, meeting_time=WED9[lang], reason=STORM[lang])
    assert [i for i in alarms(s, ok) if i.kind in ("time", "time_role")] == [], alarms(s, ok)
    assert [i for i in alarms(s, bad) if i.kind in ("time", "time_role")], bad


# 7. Elided years ("13 marzo '29", "del '29", "March 13 '29"): the year they name is judged like a written one.
MARCH = {"en": "Tuesday 13 March 2029 at 9:30", "fr": "mardi 13 mars 2029 à 9 h 30", "it": "martedì 13 marzo 2029 alle 9:30",
         "nl": "dinsdag 13 maart 2029 om 9.30 uur", "sv": "tisdag 13 mars 2029 kl. 9.30"}
ELIDED = {
    "en": [("I must move our tasting on Tuesday 13 March '29 at 9:30.", "I must move our tasting on Tuesday 13 March '28 at 9:30."),
           ("Our tasting of March 13 '29 at 9:30 has to move.", "Our tasting of March 13 '30 at 9:30 has to move."),
           ("The tasting (13 March '29, 9:30) has to move.", "The tasting (13 March '27, 9:30) has to move.")],
    "fr": [("Je dois déplacer la dégustation du mardi 13 mars '29 à 9 h 30.", "Je dois déplacer la dégustation du mardi 13 mars '28 à 9 h 30."),
           ("La dégustation du 13 mars '29 à 9 h 30 doit être déplacée.", "La dégustation du 13 mars '30 à 9 h 30 doit être déplacée."),
           ("Notre dégustation (13 mars ’29, 9 h 30) doit être déplacée.", "Notre dégustation (13 mars ’27, 9 h 30) doit être déplacée.")],
    "it": [("Devo spostare la degustazione di martedì 13 marzo '29 alle 9.30.", "Devo spostare la degustazione di martedì 13 marzo '28 alle 9.30."),
           ("La degustazione del 13 marzo del '29 alle 9:30 va spostata.", "La degustazione del 13 marzo del '30 alle 9:30 va spostata."),
           ("La nostra degustazione (13 marzo ’29, ore 9.30) va spostata.", "La nostra degustazione (13 marzo ’27, ore 9.30) va spostata.")],
    "nl": [("Ik moet de proeverij van dinsdag 13 maart '29 om 9.30 uur verzetten.", "Ik moet de proeverij van dinsdag 13 maart '28 om 9.30 uur verzetten."),
           ("De proeverij van 13 maart '29 om 9.30 uur moet verschuiven.", "De proeverij van 13 maart '30 om 9.30 uur moet verschuiven."),
           ("Onze proeverij (13 maart ’29, 9.30 uur) moet verschuiven.", "Onze proeverij (13 maart ’27, 9.30 uur) moet verschuiven.")],
    "sv": [("Jag måste flytta provningen tisdag 13 mars '29 kl. 9.30.", "Jag måste flytta provningen tisdag 13 mars '28 kl. 9.30."),
           ("Provningen den 13 mars '29 kl. 9.30 måste flyttas.", "Provningen den 13 mars '30 kl. 9.30 måste flyttas."),
           ("Vår provning (13 mars ’29, kl. 9.30) måste flyttas.", "Vår provning (13 mars ’27, kl. 9.30) måste flyttas.")],
}


@pytest.mark.parametrize("lang,ok,bad", _rows(ELIDED))
def test_an_elided_year_is_read(lang: str, ok: str, bad: str) -> None:
    s = sit(lang, meeting_time=MARCH[lang])
    assert alarms(s, ok, date(2028, 12, 7)) == [], alarms(s, ok, date(2028, 12, 7))
    assert [i for i in alarms(s, bad, date(2028, 12, 7)) if i.kind == "time"], bad


# 8. Dotted and colon clocks are one time in fr/it/nl/sv (and en): "9.30" = "9:30" = "9h30" = "9 h 30", whichever the
#    situation typed; another minute is not.
CLOCKS = {
    "en": ("Thursday 10 December at 9.30", ["Thursday at 9:30", "Thursday at 9.30", "Thursday, 9:30 am"], "Thursday at 9:40"),
    "fr": ("jeudi 10 décembre à 9:30", ["jeudi à 9 h 30", "jeudi à 9h30", "jeudi à 9.30"], "jeudi à 9 h 40"),
    "it": ("giovedì 10 dicembre alle 9.30", ["giovedì alle 9:30", "giovedì alle 9.30", "giovedì alle ore 9,30"], "giovedì alle 9:40"),
    "nl": ("donderdag 10 december om 9:30", ["donderdag om 9.30 uur", "donderdag om 9:30", "donderdag om half tien"], "donderdag om 9.40 uur"),
    "sv": ("torsdag 10 december kl. 9:30", ["torsdag kl. 9.30", "torsdag kl. 9:30", "torsdag kl. halv tio"], "torsdag kl. 9.40"),
}
MOVE = {"en": "I must move our tasting on {}.", "fr": "Je dois déplacer notre dégustation de {}.", "it": "Devo spostare la degustazione di {}.",
        "nl": "Ik moet onze proeverij van {} verzetten.", "sv": "Jag måste flytta vår provning på {}."}


@pytest.mark.parametrize("lang", list(CLOCKS))
def test_dotted_and_colon_clocks_are_one_time(lang: str) -> None:
    given, forms, other = CLOCKS[lang]
    s = sit(lang, meeting_time=given)
    for form in forms:
        assert alarms(s, MOVE[lang].format(form)) == [], (form, alarms(s, MOVE[lang].format(form)))
    assert alarms(s, MOVE[lang].format(other)), other


# 9. A date with no year in a draft that crosses the new year (today 20 December): "3 January" is next year's, as the
#    situation's "3 January" is; another day, or the year before, is not it.
YEAR_END = date(2028, 12, 20)
DEC = {"en": "Wednesday 27 December at 10:00", "fr": "mercredi 27 décembre à 10 h", "it": "mercoledì 27 dicembre alle 10:00",
       "nl": "woensdag 27 december om 10.00 uur", "sv": "onsdag 27 december kl. 10.00"}
JAN = {"en": "Wednesday 3 January at 10:00", "fr": "mercredi 3 janvier à 10 h", "it": "mercoledì 3 gennaio alle 10:00",
       "nl": "woensdag 3 januari om 10.00 uur", "sv": "onsdag 3 januari kl. 10.00"}
NEW_YEAR = {
    "en": [("Would 3 January at 10:00 suit you instead?", "Would 4 January at 10:00 suit you instead?"),
           ("Could we meet on Wednesday 3 January 2029 at 10:00?", "Could we meet on Wednesday 3 January 2028 at 10:00?"),
           ("Could we meet on Wednesday the 3rd at 10:00 instead?", "Could we meet on Thursday the 4th at 10:00 instead?")],
    "fr": [("Le 3 janvier à 10 h vous irait-il ?", "Le 4 janvier à 10 h vous irait-il ?"),
           ("Pourrions-nous nous voir le mercredi 3 janvier 2029 à 10 h ?", "Pourrions-nous nous voir le mercredi 3 janvier 2028 à 10 h ?"),
           ("Je vous propose le 3/1 à 10 h.", "Je vous propose le 4/1 à 10 h.")],
    "it": [("Le andrebbe il 3 gennaio alle 10?", "Le andrebbe il 4 gennaio alle 10?"),
           ("Potremmo vederci mercoledì 3 gennaio 2029 alle 10?", "Potremmo vederci mercoledì 3 gennaio 2028 alle 10?"),
           ("Le propongo il 3/1 alle 10.", "Le propongo il 5/1 alle 10.")],
    "nl": [("Past 3 januari om 10 uur?", "Past 4 januari om 10 uur?"),
           ("Kunnen we woensdag 3 januari 2029 om 10.00 uur afspreken?", "Kunnen we woensdag 3 januari 2028 om 10.00 uur afspreken?"),
           ("Ik stel wo 3/1 om 10.00 uur voor.", "Ik stel do 4/1 om 10.00 uur voor.")],
    "sv": [("Passar 3 januari kl. 10?", "Passar 4 januari kl. 10?"),
           ("Kan vi ses onsdag 3 januari 2029 kl. 10?", "Kan vi ses onsdag 3 januari 2028 kl. 10?"),
           ("Jag föreslår ons 3/1 kl. 10.", "Jag föreslår tor 4/1 kl. 10.")],
}


@pytest.mark.parametrize("lang,ok,bad", _rows(NEW_YEAR))
def test_a_date_without_its_year_across_the_new_year(lang: str, ok: str, bad: str) -> None:
    s = sit(lang, meeting_time=DEC[lang], proposed_times=[JAN[lang]])
    text = MOVE[lang].format(DEC[lang].split(" à ")[0].split(" alle ")[0].split(" om ")[0].split(" kl.")[0].split(" at ")[0]) + " " + ok
    assert alarms(s, text, YEAR_END) == [], alarms(s, text, YEAR_END)
    assert alarms(s, MOVE[lang].format("27/12") + " " + bad, YEAR_END), bad


# 10. Uncertainties are notes for the draft's warnings, never alarms ("not checked: ...").
def test_an_uncertainty_is_a_note_not_an_alarm() -> None:
    s = sit("en", meeting_time="Friday 11 December at 10:00")
    body = FRAME["en"].format("I must move our tasting on 12/11 at 10:00; I will be in touch next week with a new date.")
    assert errors(judge(s, "Tasting", body, today=TODAY)) == []
    said = notes(s, "Tasting", body, today=TODAY)
    assert said and all(n.startswith("not checked: ") for n in said)


# 11. A weekday typed short with "~" or "around" before its clock (native v13 built-in drafts: "Thurs ~4pm", "ons ~15"
#     drafted as "Thursday around 4pm", "onsdag runt kl. 15", flagged as times nobody gave): "~" is "around", and the
#     typed weekday keeps its clock. Another clock or weekday stays flagged.
AROUND = {
    "en": ("Thurs ~4pm", [("I need to move our tasting on Thursday around 4pm.", "I need to move our tasting on Thursday around 5pm."),
                          ("Thursday at about 4 pm no longer works for me.", "Friday at about 4 pm no longer works for me."),
                          ("Our tasting on Thursday, ~4pm, has to move.", "Our tasting on Thursday, ~3pm, has to move.")]),
    "fr": ("jeu ~16h", [("Je dois déplacer notre dégustation de jeudi vers 16 h.", "Je dois déplacer notre dégustation de jeudi vers 17 h."),
                        ("Jeudi vers 16h ne me convient plus.", "Vendredi vers 16h ne me convient plus."),
                        ("Notre dégustation de jeudi, vers 16 heures, doit être déplacée.", "Notre dégustation de jeudi, vers 15 heures, doit être déplacée.")]),
    "it": ("gio ~16", [("Devo spostare la degustazione di giovedì verso le 16.", "Devo spostare la degustazione di giovedì verso le 17."),
                       ("Giovedì verso le 16 non mi va più bene.", "Venerdì verso le 16 non mi va più bene."),
                       ("La degustazione di giovedì, verso le 16, va spostata.", "La degustazione di giovedì, verso le 15, va spostata.")]),
    "nl": ("do ~16 uur", [("Ik moet onze proeverij van donderdag rond 16 uur verzetten.", "Ik moet onze proeverij van donderdag rond 17 uur verzetten."),
                          ("Donderdag rond 16.00 uur lukt mij niet meer.", "Vrijdag rond 16.00 uur lukt mij niet meer."),
                          ("Onze proeverij op donderdag, rond 16 uur, moet verschuiven.", "Onze proeverij op donderdag, rond 15 uur, moet verschuiven.")]),
    "sv": ("tors ~16", [("Jag måste flytta vår provning på torsdag runt kl. 16.", "Jag måste flytta vår provning på torsdag runt kl. 17."),
                        ("Torsdag runt kl. 16 fungerar inte längre för mig.", "Fredag runt kl. 16 fungerar inte längre för mig."),
                        ("Vår provning på torsdag, runt klockan 16, måste flyttas.", "Vår provning på torsdag, runt klockan 15, måste flyttas.")]),
}


@pytest.mark.parametrize("lang,given,ok,bad", [(lang, given, ok, bad) for lang, (given, pairs) in AROUND.items() for ok, bad in pairs])
def test_a_typed_weekday_with_an_approximate_clock(lang: str, given: str, ok: str, bad: str) -> None:
    s = sit(lang, meeting_time=given)
    assert [i for i in alarms(s, ok) if i.kind in ("time", "time_role")] == [], alarms(s, ok)
    assert [i for i in alarms(s, bad) if i.kind in ("time", "time_role")], bad
