"""Round 7 (facts7): errors are always alarms; omissions follow the duty table (composer.facts.duty). Own examples
in five languages: the old slot of a moved / declined / re-routed meeting only identifiable, the shortened slot
restated; references resolved by meaning (weekday genitives, "the 12th", clock words, relative days, "same/usual
time" later in the sentence, durations in words and diminutives) and a reference to another time still an error;
a count of things with a given time's number; half price that is the given fee; completeness ranks an omission
above an error."""

from __future__ import annotations

from datetime import date

import pytest

from composer.evaluation.completeness import checklist, summarise
from composer.facts import check_draft, judge
from composer.facts.duty import DUTIES, FACT_FIELDS, Duty, duty
from composer.models import INTENT_FIELDS, Intent, Situation

TODAY = date(2031, 5, 6)  # a Tuesday: Thursday is the 8th, Monday the 12th


def _sit(lang: str, **kw: object) -> Situation:
    base: dict[str, object] = {"language": lang, "intent": "reschedule", "recipient_name": "Nora Lind", "sender_name": "Teo Vass",
                               "tone": "friendly", "relationship": "regular", "meeting": ROOF[lang], "meeting_time": MEETING[lang]}
    base.update(kw)
    return Situation(**base)


def _alarms(s: Situation, body: str, subject: str = "Note") -> list[str]:
    return [f"{i.kind}: {i.message}" for i in check_draft(s, subject, body, today=TODAY)]


ROOF = {"en": "Roof inspection", "fr": "Inspection du toit", "it": "Ispezione del tetto", "nl": "Dakinspectie", "sv": "Takbesiktning"}
MEETING = {"en": "Thursday 8 May at 10:00", "fr": "jeudi 8 mai à 10 h", "it": "giovedì 8 maggio alle 10:00",
           "nl": "donderdag 8 mei om 10.00 uur", "sv": "torsdag 8 maj kl. 10.00"}
MONDAY_4PM = {"en": "Monday 12 May at 4:00 pm", "fr": "lundi 12 mai à 16 h", "it": "lunedì 12 maggio alle 16:00",
              "nl": "maandag 12 mei om 16.00 uur", "sv": "måndag 12 maj kl. 16.00"}


def test_the_duty_table_covers_every_fact_field_of_the_intent_table() -> None:
    for intent, fields in INTENT_FIELDS.items():
        assert set(DUTIES[intent]) == set(fields) & FACT_FIELDS
    assert duty(Intent.shorten, "meeting_time") is Duty.restate
    assert duty(Intent.reschedule, "meeting_time") is Duty.identify
    assert duty(Intent.reschedule, "proposed_times[1]") is Duty.restate
    assert duty(Intent.late_cancellation, "policy.fee_percent") is Duty.restate


# --- a new slot said by reference: its day by weekday / day number, its clock in words ----------------------------
BY_REFERENCE = {
    "en": "Hi Nora,\n\nCould we move Thursday's roof inspection to Monday the 12th at four?\n\nTeo",
    "fr": "Bonjour Nora,\n\nPourrait-on déplacer l'inspection du toit de jeudi à lundi 12, à 16h ?\n\nTeo",
    "it": "Ciao Nora,\n\npossiamo spostare l'ispezione del tetto di giovedì a lunedì 12 alle quattro del pomeriggio?\n\nTeo",
    "nl": "Hoi Nora,\n\nKunnen we de dakinspectie van donderdag verzetten naar maandag om vier uur?\n\nTeo",
    "sv": "Hej Nora!\n\nKan vi flytta torsdagens takbesiktning till måndag kl. fyra?\n\nTeo",
}
OTHER_DAY = {"en": ("Monday the 12th", "Tuesday the 13th"), "fr": ("lundi 12", "mardi 13"), "it": ("lunedì 12", "martedì 13"),
             "nl": ("maandag", "dinsdag"), "sv": ("måndag", "tisdag")}
OTHER_CLOCK = {"en": ("at four", "at five"), "fr": ("16h", "17h"), "it": ("alle quattro", "alle cinque"), "nl": ("om vier uur", "om vijf uur"),
               "sv": ("kl. fyra", "kl. fem")}


@pytest.mark.parametrize("lang", list(BY_REFERENCE))
def test_a_slot_said_by_reference_is_stated(lang: str) -> None:
    s = _sit(lang, proposed_times=[MONDAY_4PM[lang]])
    assert _alarms(s, BY_REFERENCE[lang]) == []


@pytest.mark.parametrize("lang", list(BY_REFERENCE))
def test_a_reference_to_another_day_is_an_error(lang: str) -> None:
    s = _sit(lang, proposed_times=[MONDAY_4PM[lang]])
    old, new = OTHER_DAY[lang]
    assert _alarms(s, BY_REFERENCE[lang].replace(old, new))


@pytest.mark.parametrize("lang", list(BY_REFERENCE))
def test_a_reference_to_another_clock_is_an_error(lang: str) -> None:
    s = _sit(lang, proposed_times=[MONDAY_4PM[lang]])
    old, new = OTHER_CLOCK[lang]
    assert _alarms(s, BY_REFERENCE[lang].replace(old, new))


# --- the old slot: only identifiable when the mail declines / re-routes it; restated when it shortens it --------------
DECLINE = {
    "en": "Hi Nora,\n\nThank you for asking me to the roof inspection. I'm away with my family that week, so I'll have to miss it.\n\nTeo",
    "fr": "Bonjour Nora,\n\nMerci pour l'invitation à l'inspection du toit. Je suis en famille cette semaine-là, je ne pourrai donc pas venir.\n\nTeo",
    "it": "Ciao Nora,\n\ngrazie per l'invito all'ispezione del tetto. Quella settimana sono via con la famiglia, quindi dovrò mancare.\n\nTeo",
    "nl": "Hoi Nora,\n\nBedankt voor de uitnodiging voor de dakinspectie. Ik ben die week met familie weg, dus ik moet helaas passen.\n\nTeo",
    "sv": "Hej Nora!\n\nTack för inbjudan till takbesiktningen. Jag är bortrest med familjen den veckan, så jag får tyvärr stå över.\n\nTeo",
}


@pytest.mark.parametrize("lang", list(DECLINE))
def test_a_decline_that_names_the_meeting_omits_its_slot_without_an_alarm(lang: str) -> None:
    s = _sit(lang, intent="decline")
    assert _alarms(s, DECLINE[lang]) == []
    soft = [i for i in judge(s, "Note", DECLINE[lang], today=TODAY) if i.kind == "omitted"]
    assert [i.field for i in soft] == ["meeting_time"]


@pytest.mark.parametrize("lang", list(DECLINE))
def test_a_decline_that_names_another_day_is_an_error(lang: str) -> None:
    s = _sit(lang, intent="decline")
    other = {"en": "on Friday 9 May", "fr": "le vendredi 9 mai", "it": "venerdì 9 maggio", "nl": "op vrijdag 9 mei", "sv": "fredag 9 maj"}[lang]
    head = DECLINE[lang].split("\n\n")
    body = "\n\n".join([head[0], head[1].replace(".", f" {other}.", 1), head[2]])
    assert any(a.startswith("time") for a in _alarms(s, body)), body


SHORTEN_NO_SLOT = {
    "en": "Hi Nora,\n\nCould we keep the roof inspection to twenty minutes? I have another visit straight after.\n\nTeo",
    "fr": "Bonjour Nora,\n\nPourrait-on limiter l'inspection du toit à vingt minutes ? J'ai une autre visite juste après.\n\nTeo",
    "it": "Ciao Nora,\n\npossiamo limitare l'ispezione del tetto a venti minuti? Subito dopo ho un'altra visita.\n\nTeo",
    "nl": "Hoi Nora,\n\nKunnen we de dakinspectie tot twintig minuutjes beperken? Ik heb direct erna nog een bezoek.\n\nTeo",
    "sv": "Hej Nora!\n\nKan vi hålla takbesiktningen till tjugo minuter? Jag har ett annat besök direkt efter.\n\nTeo",
}
SLOT_BY_MEANING = {"en": ("Could we keep the roof inspection", "Could we keep Thursday's roof inspection at ten"),
                   "fr": ("l'inspection du toit à vingt", "l'inspection du toit de jeudi à 10h à vingt"),
                   "it": ("del tetto a venti", "del tetto di giovedì alle 10 a venti"),
                   "nl": ("de dakinspectie tot", "de dakinspectie van donderdag om tien uur tot"),
                   "sv": ("takbesiktningen till", "takbesiktningen på torsdag kl. tio till")}


@pytest.mark.parametrize("lang", list(SHORTEN_NO_SLOT))
def test_a_shortened_slot_must_be_restated(lang: str) -> None:
    s = _sit(lang, intent="shorten", duration_minutes=20)
    assert any("meeting_time" in a for a in _alarms(s, SHORTEN_NO_SLOT[lang]))
    old, new = SLOT_BY_MEANING[lang]
    assert _alarms(s, SHORTEN_NO_SLOT[lang].replace(old, new)) == []


# --- "same time" / "usual time" later in the day's sentence ---------------------------------------------------------
USUAL = {
    "en": "Hi Nora,\n\nFor the roof inspection, Monday 12 May works for me: same time as planned, if that suits you.\n\nTeo",
    "fr": "Bonjour Nora,\n\nPour l'inspection du toit, lundi 12 mai, j'ai une possibilité : à la même heure, si cela vous va.\n\nTeo",
    "it": "Ciao Nora,\n\nper l'ispezione del tetto ti propongo lunedì prossimo, il 12, alla solita ora.\n\nTeo",
    "nl": "Hoi Nora,\n\nVoor de dakinspectie kan ik maandag 12 mei, op de vaste tijd.\n\nTeo",
    "sv": "Hej Nora!\n\nTakbesiktningen kan vi ta måndag 12 maj i stället, på samma tid som vanligt.\n\nTeo",
}


@pytest.mark.parametrize("lang", list(USUAL))
def test_same_or_usual_time_gives_the_day_the_meetings_clock(lang: str) -> None:
    s = _sit(lang, proposed_times=[MONDAY_4PM[lang].replace("4:00 pm", "10:00").replace("16", "10")])
    assert _alarms(s, USUAL[lang]) == []
    s_other = _sit(lang, proposed_times=[MONDAY_4PM[lang]])  # offered at 16:00: "same time" (10:00) is another time
    assert _alarms(s_other, USUAL[lang])


# --- the length in words and diminutives, a part of the day before a given clock -----------------------------------
@pytest.mark.parametrize(("lang", "phrase"), [("en", "a quick twenty-minute one"), ("fr", "vingt minutes"), ("it", "venti minuti"),
                                              ("nl", "twintig minuutjes"), ("sv", "tjugo minuter")])
def test_a_length_in_words_is_stated(lang: str, phrase: str) -> None:
    s = _sit(lang, intent="shorten", duration_minutes=20)
    body = f"Hi Nora,\n\n{ROOF[lang]}, {MEETING[lang]}: {phrase}.\n\nTeo"
    assert not [a for a in _alarms(s, body) if "duration" in a]
    body_wrong = body.replace(phrase, phrase.replace("twenty", "thirty").replace("vingt", "trente").replace("venti", "trenta").replace("twintig", "dertig").replace("tjugo", "trettio"))
    assert _alarms(s, body_wrong)


def test_a_part_of_the_day_before_a_given_clock_is_no_deadline() -> None:
    s = _sit("fr", proposed_times=["lundi 12 mai à 16 h 30"])
    ok = "Bonjour Nora,\n\nPour l'inspection du toit : lundi 12 mai en fin de journée à 16 h 30 ?\n\nTeo"
    assert _alarms(s, ok) == []
    assert _alarms(s, "Bonjour Nora,\n\nPour l'inspection du toit : lundi 12 mai à 16 h 30 ? Réponse en fin de journée.\n\nTeo")


# --- a count of things with a given time's number; half price that is the given fee ---------------------------------
@pytest.mark.parametrize(("lang", "count"), [("en", "10 tiles"), ("fr", "10 tuiles"), ("it", "10 tegole"), ("nl", "10 dakpannen"), ("sv", "10 takpannor")])
def test_a_count_with_a_given_times_number_is_invented(lang: str, count: str) -> None:
    s = _sit(lang, intent="switch_to_email")
    body = f"Hi Nora,\n\n{ROOF[lang]}: {count}.\n\nTeo"
    assert any(a.startswith("number") for a in _alarms(s, body))
    assert not any(a.startswith("number") for a in _alarms(s, f"Hi Nora,\n\n{ROOF[lang]}, {MEETING[lang]}.\n\nTeo"))


HALF_CHARGED = {
    "en": "late cancellations are charged at half price, i.e. 50%",
    "fr": "les annulations tardives sont facturées à moitié prix, soit 50 %",
    "it": "le disdette tardive vengono addebitate a metà prezzo, cioè il 50%",
    "nl": "late annuleringen worden voor de halve prijs in rekening gebracht, dus 50%",
    "sv": "sena avbokningar debiteras med halva priset, dvs. 50 %",
}


@pytest.mark.parametrize("lang", list(HALF_CHARGED))
def test_half_price_that_is_the_given_fee_is_no_discount(lang: str) -> None:
    body = f"Hi Nora,\n\n{ROOF[lang]}: {HALF_CHARGED[lang]}.\n\nTeo"
    fee50 = _sit(lang, intent="late_cancellation", policy={"fee_percent": 50})
    assert not [a for a in _alarms(fee50, body) if "discount" in a]
    fee100 = _sit(lang, intent="late_cancellation", policy={"fee_percent": 100})
    assert _alarms(fee100, body)


# --- completeness: an omission costs less than an error --------------------------------------------------------------
@pytest.mark.parametrize("lang", list(DECLINE))
def test_completeness_ranks_an_omission_above_an_error(lang: str) -> None:
    s = _sit(lang, intent="decline")
    stated = DECLINE[lang].replace(ROOF[lang].lower(), f"{ROOF[lang].lower()} ({MEETING[lang]})", 1)
    wrong = stated.replace("8", "9")
    full, _ = summarise(checklist(s, "Note", stated, today=TODAY))
    omitted, _ = summarise(checklist(s, "Note", DECLINE[lang], today=TODAY))
    error, _ = summarise(checklist(s, "Note", wrong, today=TODAY))
    assert full > omitted > error, (full, omitted, error)


# --- a day by its number only ("the 13th", "au 13", "al 13", "den 13:e") and a weekday genitive ("fredagens") -------
DAY_NUMBER = {
    "en": "Hi Nora,\n\nCould we move the roof inspection to the 13th, same time?\n\nTeo",
    "fr": "Bonjour Nora,\n\nPeut-on décaler l'inspection du toit au 13, même heure ?\n\nTeo",
    "it": "Ciao Nora,\n\npossiamo spostare l'ispezione del tetto al 13, stessa ora?\n\nTeo",
    "sv": "Hej Nora!\n\nKan vi flytta takbesiktningen till den 13:e, samma tid?\n\nTeo",
}
TUESDAY_13 = {"en": "Tuesday 13 May at 10:00", "fr": "mardi 13 mai à 10 h", "it": "martedì 13 maggio alle 10:00", "sv": "tisdag 13 maj kl. 10.00"}


@pytest.mark.parametrize("lang", list(DAY_NUMBER))
def test_a_day_number_with_same_time_states_the_slot(lang: str) -> None:
    s = _sit(lang, proposed_times=[TUESDAY_13[lang]])
    assert _alarms(s, DAY_NUMBER[lang]) == []
    assert any(a.startswith("time") for a in _alarms(s, DAY_NUMBER[lang].replace("13", "14")))


@pytest.mark.parametrize(("lang", "body"), [
    ("sv", "Hej Nora!\n\nKan vi hålla torsdagens takbesiktning kl. tio till tjugo minuter?\n\nTeo"),
    ("en", "Hi Nora,\n\nCan we keep Thursday's roof inspection at ten to twenty minutes?\n\nTeo"),
    ("nl", "Hoi Nora,\n\nKunnen we de dakinspectie van donderdag om tien uur tot twintig minuten beperken?\n\nTeo"),
    ("it", "Ciao Nora,\n\npossiamo limitare a venti minuti l'ispezione del tetto di giovedì alle dieci?\n\nTeo"),
    ("fr", "Bonjour Nora,\n\nPeut-on limiter à vingt minutes l'inspection du toit de jeudi à dix heures ?\n\nTeo"),
])
def test_a_shortened_slot_said_by_its_weekday_and_clock_words_is_restated(lang: str, body: str) -> None:
    s = _sit(lang, intent="shorten", duration_minutes=20)
    assert _alarms(s, body) == []
    wrong_day = {"sv": ("torsdagens", "fredagens"), "en": ("Thursday's", "Friday's"), "nl": ("donderdag", "vrijdag"),
                 "it": ("giovedì", "venerdì"), "fr": ("jeudi", "vendredi")}[lang]
    assert _alarms(s, body.replace(*wrong_day))


# --- clock words, noon, a shift counted from the meeting, "instead of" after the new time ---------------------------
MEANING = [
    ("fr", "vendredi 9 mai à 10 h 15", "Peut-on déplacer l'inspection du toit à ce vendredi, dix heures et quart ?", ("et quart", "et demie")),
    ("fr", "lundi 12 mai à 12 h", "Peut-on déplacer l'inspection du toit à lundi midi ?", ("lundi", "mardi")),
    ("it", "lunedì 12 maggio alle 12:00", "Possiamo spostare l'ispezione del tetto a lunedì a mezzogiorno?", ("lunedì", "martedì")),
    ("en", "Thursday 15 May at 10:00", "Could we push the roof inspection back a week, same time?", ("a week", "two weeks")),
    ("fr", "jeudi 15 mai à 10 h", "Peut-on repousser l'inspection du toit d'une semaine, même heure ?", ("d'une semaine", "de deux semaines")),
    ("it", "giovedì 15 maggio alle 10:00", "Possiamo rimandare l'ispezione del tetto di una settimana, stessa ora?", ("una settimana", "due settimane")),
    ("nl", "donderdag 15 mei om 10.00 uur", "Kunnen we de dakinspectie een week opschuiven, zelfde tijd?", ("een week", "twee weken")),
    ("sv", "torsdag 15 maj kl. 10.00", "Kan vi skjuta takbesiktningen en vecka framåt, samma tid?", ("en vecka", "två veckor")),
    ("sv", "torsdag 8 maj kl. 14.00", "Kan vi ta takbesiktningen på torsdag kl. 14 i stället för kl. 10?", ("kl. 14 i stället för kl. 10", "kl. 10 i stället för kl. 14")),
    ("en", "Thursday 8 May at 14:00", "Could we do the roof inspection on Thursday at 2 pm instead of at 10?", ("at 2 pm instead of at 10", "at 10 instead of at 2 pm")),
]


@pytest.mark.parametrize(("lang", "proposed", "sentence", "change"), MEANING)
def test_a_slot_said_by_meaning_is_stated_and_another_one_is_an_error(lang: str, proposed: str, sentence: str, change: tuple[str, str]) -> None:
    s = _sit(lang, proposed_times=[proposed])
    body = f"Hi Nora,\n\n{sentence}\n\nTeo"
    assert _alarms(s, body) == []
    assert _alarms(s, body.replace(*change)), body.replace(*change)


def test_a_delay_counted_in_days_is_no_slot_without_a_verb_that_moves_it() -> None:
    s = _sit("fr", proposed_times=["lundi 12 mai à 16 h"])
    body = "Bonjour Nora,\n\nLa livraison des tuiles a un retard d'une semaine. Pour l'inspection du toit, lundi 12 mai à 16 h ?\n\nTeo"
    assert _alarms(s, body) == []


RELATIVE = [
    ("fr", "mercredi 7 mai à 16 h", "Peut-on avancer l'inspection du toit à demain, 16 h ?", ("demain", "après-demain")),
    ("fr", "vendredi 9 mai à 9 h 30", "Peut-on décaler l'inspection du toit au lendemain, 9 h 30 ?", ("9 h 30", "10 h 30")),
    ("it", "venerdì 9 maggio alle 9:30", "Possiamo spostare l'ispezione del tetto al giorno dopo, alle nove e mezza?", ("nove e mezza", "dieci e mezza")),
    ("nl", "woensdag 7 mei om 16.00 uur", "Kunnen we de dakinspectie vervroegen naar morgenmiddag om vier uur?", ("vier uur", "vijf uur")),
    ("sv", "onsdag 7 maj kl. 16.00", "Kan vi tidigarelägga takbesiktningen till i morgon eftermiddag kl. fyra?", ("kl. fyra", "kl. fem")),
    ("en", "Wednesday 7 May at 4:00 pm", "Could we bring the roof inspection forward to tomorrow at four?", ("tomorrow", "Monday")),
]


@pytest.mark.parametrize(("lang", "proposed", "sentence", "change"), RELATIVE)
def test_a_slot_said_by_a_relative_day_is_stated_and_another_is_an_error(lang: str, proposed: str, sentence: str, change: tuple[str, str]) -> None:
    s = _sit(lang, proposed_times=[proposed])
    body = f"Hi Nora,\n\n{sentence}\n\nTeo"
    assert _alarms(s, body) == []
    assert _alarms(s, body.replace(*change)), body.replace(*change)


@pytest.mark.parametrize(("meeting", "sentence"), [
    ("Sommarmingel i ateljén", "Tack för inbjudan! Jag är bortrest den helgen, så minglet får jag tyvärr missa."),
    ("Zomerborrel in de studio", "Dank je voor de uitnodiging! Ik ben dat weekend weg, dus de borrel moet ik missen."),
])
def test_a_compound_title_named_by_its_head(meeting: str, sentence: str) -> None:
    lang = "sv" if "Sommar" in meeting else "nl"
    s = _sit(lang, intent="decline", meeting=meeting)
    assert _alarms(s, f"Hej Nora!\n\n{sentence}\n\nTeo") == []


@pytest.mark.parametrize(("lang", "ok", "count"), [
    ("en", "a 48-hour notice, 48 hours before", "48 pages"), ("fr", "48 heures avant", "48 pages"), ("it", "48 ore prima", "48 pagine"),
    ("nl", "48 uur van tevoren", "48 pagina's"), ("sv", "48 timmar innan", "48 sidor"),
])
def test_a_policy_number_as_a_count_of_things_is_invented(lang: str, ok: str, count: str) -> None:
    s = _sit(lang, intent="cancellation_policy", meeting=None, meeting_time=None, policy={"notice_hours": 48})
    assert not any(a.startswith("number") for a in _alarms(s, f"Hi Nora,\n\n{ok}.\n\nTeo"))
    assert any(a.startswith("number") for a in _alarms(s, f"Hi Nora,\n\n{ok}. {count}.\n\nTeo"))


@pytest.mark.parametrize(("lang", "meeting", "sentence"), [
    ("fr", "Apéritif de fin de saison au club", "Merci pour l'invitation ! Je suis absent ce week-end-là, je vais donc rater l'apéro."),
    ("en", "Product demonstration for the board", "Thanks for asking me! I'm away that week, so I'll have to miss the demo."),
])
def test_a_title_word_in_its_clipped_form_names_the_meeting(lang: str, meeting: str, sentence: str) -> None:
    s = _sit(lang, intent="decline", meeting=meeting)
    assert _alarms(s, f"Hi Nora,\n\n{sentence}\n\nTeo") == []
    assert _alarms(s, f"Hi Nora,\n\n{sentence.replace('apéro', 'dîner').replace('demo', 'dinner')}\n\nTeo")


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "We missed you at yesterday's roof inspection. Shall I keep next Monday's slot for you, usual time?"),
    ("nl", "We hebben je gisteren gemist bij de dakinspectie. Zal ik volgende week maandag vrijhouden, op de gewone tijd?"),
    ("fr", "On t'a attendu hier pour l'inspection du toit. Je te garde lundi prochain, à l'heure habituelle ?"),
    ("it", "Ieri ti abbiamo aspettata per l'ispezione del tetto. Ti tengo il posto lunedì prossimo, alla solita ora?"),
    ("sv", "Vi saknade dig på takbesiktningen i går. Ska jag hålla nästa måndag åt dig, på samma tid?"),
])
def test_a_no_show_offer_at_the_usual_time(lang: str, sentence: str) -> None:
    usual = {"en": "Monday 12 May at 10:00", "fr": "lundi 12 mai à 10 h", "it": "lunedì 12 maggio alle 10:00", "nl": "maandag 12 mei om 10.00 uur", "sv": "måndag 12 maj kl. 10.00"}
    old = {"en": "Monday 5 May at 10:00", "fr": "lundi 5 mai à 10 h", "it": "lunedì 5 maggio alle 10:00", "nl": "maandag 5 mei om 10.00 uur", "sv": "måndag 5 maj kl. 10.00"}
    s = _sit(lang, intent="no_show_followup", meeting_time=old[lang], proposed_times=[usual[lang]])
    body = f"Hi Nora,\n\n{sentence}\n\nTeo"
    assert _alarms(s, body) == []
    later = _sit(lang, intent="no_show_followup", meeting_time=old[lang], proposed_times=[usual[lang].replace("10", "16")])
    assert _alarms(later, body)


@pytest.mark.parametrize(("lang", "proposed", "sentence", "change"), [
    ("en", "Friday 9 May at 8:30", "Could we move the roof inspection to Fri at 8.30?", ("Fri", "Sat")),
    ("en", "Thursday 15 May at 10:00", "Could we do the roof inspection Thursday week instead, same time?", ("Thursday week", "Friday week")),
    ("it", "venerdì 9 maggio alle 8:30", "Possiamo spostare l'ispezione del tetto a ven 9 alle 8.30?", ("ven 9", "ven 10")),
    ("fr", "jeudi 15 mai à 10 h", "Peut-on décaler l'inspection du toit au jeu 15 à 10 h ?", ("jeu 15", "jeu 16")),
])
def test_short_weekday_forms_and_thursday_week(lang: str, proposed: str, sentence: str, change: tuple[str, str]) -> None:
    s = _sit(lang, proposed_times=[proposed])
    body = f"Hi Nora,\n\n{sentence}\n\nTeo"
    assert _alarms(s, body) == []
    assert _alarms(s, body.replace(*change)), body.replace(*change)


def test_a_lowercase_swedish_fri_is_no_weekday() -> None:
    s = _sit("sv", intent="decline")
    body = "Hej Nora!\n\nTack för inbjudan till takbesiktningen. Jag är tyvärr inte fri den dagen, så jag får stå över.\n\nTeo"
    assert _alarms(s, body) == []


def test_a_dutch_hour_in_words_after_a_part_of_the_day() -> None:
    s = _sit("nl", proposed_times=[MONDAY_4PM["nl"]])
    body = "Hoi Nora,\n\nKunnen we de dakinspectie van donderdagochtend verzetten naar maandagmiddag vier uur?\n\nTeo"
    assert _alarms(s, body) == []
    assert _alarms(s, body.replace("vier uur", "vijf uur"))
