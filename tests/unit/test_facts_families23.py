"""Round 23 families (issue 13), written for these tests (not the set's wording):
1. A counted day ("the next day", "le lendemain", "il giorno dopo", "de dag erna", "dagen efter") counts from the date
   its sentence is about (a proposed slot said before it), else from the meeting; with its clock it states a given
   slot. Twins: the same sentence when no given slot falls on that day is flagged.
2. The meeting moved to a time named after a moving verb and its object ("moving the tasting of the new vintage to
   <time>"): the time is the new slot. The old slot there is flagged, even when the subject names the new one."""

from __future__ import annotations

import pytest

from composer.facts import check_draft, errors, judge
from tests.support.fact_battery import NAME, TODAY, alarms, found, framed, sit

MEETING = {"en": "Friday 11 December at 9:30", "fr": "vendredi 11 décembre à 9 h 30", "it": "venerdì 11 dicembre alle 9:30",
           "nl": "vrijdag 11 december om 9.30 uur", "sv": "fredag 11 december kl. 9.30"}
MON = {"en": "Monday 14 December at 9:30", "fr": "lundi 14 décembre à 9 h 30", "it": "lunedì 14 dicembre alle 9:30",
       "nl": "maandag 14 december om 9.30 uur", "sv": "måndag 14 december kl. 9.30"}
TUE = {"en": "Tuesday 15 December at 16:00", "fr": "mardi 15 décembre à 16 h", "it": "martedì 15 dicembre alle 16",
       "nl": "dinsdag 15 december om 16.00 uur", "sv": "tisdag 15 december kl. 16.00"}
WED = {"en": "Wednesday 16 December at 16:00", "fr": "mercredi 16 décembre à 16 h", "it": "mercoledì 16 dicembre alle 16",
       "nl": "woensdag 16 december om 16.00 uur", "sv": "onsdag 16 december kl. 16.00"}
SAT = {"en": "Saturday 12 December at 16:00", "fr": "samedi 12 décembre à 16 h", "it": "sabato 12 dicembre alle 16",
       "nl": "zaterdag 12 december om 16.00 uur", "sv": "lördag 12 december kl. 16.00"}

# the second slot named by the day after the first one
AFTER_SLOT = {
    "en": "Would Monday 14 December at 9:30 suit you, or else the next day at 16:00?",
    "fr": "Seriez-vous disponible lundi 14 décembre à 9 h 30, ou le lendemain à 16 h ?",
    "it": "Le andrebbe bene lunedì 14 dicembre alle 9:30, oppure il giorno dopo alle 16?",
    "nl": "Past maandag 14 december om 9.30 uur, of anders de dag erna om 16.00 uur?",
    "sv": "Passar måndag 14 december kl. 9.30, eller dagen efter kl. 16.00?",
}
# no date before it in its sentence: the day after the meeting
AFTER_MEETING = {
    "en": "I cannot make our tasting on Friday. Could we meet the day after at 16:00?",
    "fr": "Je ne pourrai pas assurer la dégustation vendredi. Pourrions-nous nous voir le lendemain à 16 h ?",
    "it": "Venerdì non potrò esserci. Potremmo vederci il giorno dopo alle 16?",
    "nl": "Vrijdag lukt het mij helaas niet. Kunnen we de dag erna om 16.00 uur afspreken?",
    "sv": "Jag kan tyvärr inte på fredag. Kan vi ses dagen efter kl. 16.00?",
}


def _time_faults(issues: list) -> list:
    return [i for i in issues if i.kind in ("missing", "time", "time_role")]


@pytest.mark.parametrize("lang", list(AFTER_SLOT))
def test_day_after_a_proposed_slot_states_the_next_slot(lang: str) -> None:
    s = sit(lang, meeting_time=MEETING[lang], proposed_times=[MON[lang], TUE[lang]])
    assert not _time_faults(found(s, AFTER_SLOT[lang])), AFTER_SLOT[lang]
    assert not alarms(s, AFTER_SLOT[lang]), AFTER_SLOT[lang]


@pytest.mark.parametrize("lang", list(AFTER_SLOT))
def test_day_after_a_proposed_slot_that_is_no_given_slot_is_flagged(lang: str) -> None:
    s = sit(lang, meeting_time=MEETING[lang], proposed_times=[MON[lang], WED[lang]])  # the day after Monday is Tuesday
    assert [i for i in alarms(s, AFTER_SLOT[lang]) if i.kind in ("time", "time_role")], AFTER_SLOT[lang]


@pytest.mark.parametrize("lang", list(AFTER_MEETING))
def test_day_after_with_no_date_before_it_counts_from_the_meeting(lang: str) -> None:
    right = sit(lang, meeting_time=MEETING[lang], proposed_times=[SAT[lang]])
    assert not _time_faults(found(right, AFTER_MEETING[lang])), AFTER_MEETING[lang]
    wrong = sit(lang, meeting_time=MEETING[lang], proposed_times=[TUE[lang]])  # the day after Friday is no Tuesday
    assert [i for i in alarms(wrong, AFTER_MEETING[lang]) if i.kind in ("time", "time_role")], AFTER_MEETING[lang]


# The meeting moved to a time named after the moving verb and its object (several words, an elided article).
MOVED = {
    "en": ["The kitchen is being refitted, so I suggest moving the tasting of the new vintage to {}."],
    "fr": ["La cuisine est en travaux : je vous propose de déplacer la dégustation du nouveau millésime au {}."],
    "it": ["La cucina è in ristrutturazione: Le propongo di spostare la degustazione della nuova annata a {}."],
    "nl": ["De keuken wordt verbouwd, dus ik stel voor de proeverij van de nieuwe jaargang te verschuiven naar {}.",
           "De keuken wordt verbouwd, dus ik stel voor de proeverij van de nieuwe jaargang naar {} te verzetten."],
    "sv": ["Köket byggs om, så jag föreslår att vi flyttar provningen av den nya årgången till {}."],
}
SUBJECT = {"en": "Tasting: Monday 14 December", "fr": "Dégustation : lundi 14 décembre", "it": "Degustazione: lunedì 14 dicembre",
           "nl": "Proeverij: maandag 14 december", "sv": "Provning: måndag 14 december"}
CASES = [(lang, k) for lang in MOVED for k in range(len(MOVED[lang]))]


@pytest.mark.parametrize("lang,k", CASES)
def test_old_slot_as_the_destination_is_flagged_despite_the_subject(lang: str, k: int) -> None:
    s = sit(lang, meeting_time=MEETING[lang], proposed_times=[MON[lang]])
    sentence = MOVED[lang][k].format(MEETING[lang])
    assert [i for i in errors(check_draft(s, SUBJECT[lang], framed(s, sentence), today=TODAY)) if i.kind == "time_role"], sentence


@pytest.mark.parametrize("lang,k", CASES)
def test_new_slot_as_the_destination_is_accepted(lang: str, k: int) -> None:
    s = sit(lang, meeting_time=MEETING[lang], proposed_times=[MON[lang]])
    sentence = MOVED[lang][k].format(MON[lang])
    assert not errors(check_draft(s, SUBJECT[lang], framed(s, sentence), today=TODAY)), sentence
    assert not errors(judge(s, NAME[lang], framed(s, sentence), today=TODAY)), sentence


FROM_TO = {
    "en": "I suggest moving the tasting from {} to {}.",
    "fr": "Je vous propose de déplacer la dégustation du {} au {}.",
    "it": "Le propongo di spostare la degustazione da {} a {}.",
    "nl": "Ik stel voor de proeverij te verplaatsen van {} naar {}.",
    "sv": "Jag föreslår att vi flyttar provningen från {} till {}.",
}


@pytest.mark.parametrize("lang", list(FROM_TO))
def test_from_old_to_new_is_accepted_and_its_swap_flagged(lang: str) -> None:
    s = sit(lang, meeting_time=MEETING[lang], proposed_times=[MON[lang]])
    right = FROM_TO[lang].format(MEETING[lang], MON[lang])
    assert not alarms(s, right), right
    swapped = FROM_TO[lang].format(MON[lang], MEETING[lang])
    assert [i for i in alarms(s, swapped) if i.kind == "time_role"], swapped


# A counted day set beside a day as its apposition restates that day: it counts from the meeting.
APPOSED = {
    "en": "Would Saturday, the day after, at 16:00 suit you?",
    "fr": "Samedi, le lendemain, à 16 h, vous conviendrait-il ?",
    "it": "Sabato, il giorno dopo, alle 16 Le andrebbe bene?",
    "nl": "Zou zaterdag, een dag later om 16.00 uur, voor u passen?",
    "sv": "Passar lördag, dagen efter, kl. 16.00?",
}


@pytest.mark.parametrize("lang", list(APPOSED))
def test_counted_day_beside_its_day_counts_from_the_meeting(lang: str) -> None:
    s = sit(lang, meeting_time=MEETING[lang], proposed_times=[SAT[lang]])
    assert not _time_faults(found(s, APPOSED[lang])), APPOSED[lang]


# The reason's own errand moved to the meeting's day (told in other words than the reason's) is no offer of that day.
ERRAND = {
    "en": ("the inspector's visit now falls on our day", "The inspector has moved his visit to Friday, so could we meet on {} instead?"),
    "fr": ("la visite de l'inspecteur tombe désormais ce jour-là", "L'inspecteur a déplacé sa visite au vendredi : pourrions-nous nous voir plutôt {} ?"),
    "it": ("la visita dell'ispettore cade ora quel giorno", "L'ispettore ha spostato la sua visita a venerdì: potremmo vederci invece {}?"),
    "nl": ("het bezoek van de inspecteur valt nu op die dag", "De inspecteur heeft zijn bezoek verplaatst naar vrijdag, dus kunnen we in plaats daarvan {} afspreken?"),
    "nl-verb-last": ("het bezoek van de inspecteur valt nu op die dag", "De inspecteur heeft zijn bezoek naar vrijdag verzet, dus kunnen we in plaats daarvan {} afspreken?"),
    "sv": ("inspektörens besök infaller nu samma dag", "Inspektören har flyttat sitt besök till fredag, så kan vi ses {} istället?"),
}


@pytest.mark.parametrize("lang", list(ERRAND))
def test_reason_errand_moved_to_the_old_day_is_no_offer(lang: str) -> None:
    reason, sentence = ERRAND[lang]
    # (twin: the same clause moving the meeting itself is an offer: test_old_slot_as_the_destination_is_flagged...)
    lang = lang.split("-")[0]
    s = sit(lang, meeting_time=MEETING[lang], proposed_times=[MON[lang]], reason=reason)
    said = sentence.format(MON[lang])
    assert not [i for i in alarms(s, said) if i.kind == "time_role"], said
