"""The grammar hooks of the fr/it/nl/sv phrasebooks: the user's meeting and reason fitted as a native would."""

from __future__ import annotations

import pytest

from composer.models import Situation
from composer.writers.phrases import fr, it, nl, sv
from composer.writers.plan import make_plan


def plan(lang: str, meeting: str, time: str = "jeudi 14 mars à 10 h"):
    s = Situation(language=lang, intent="decline", recipient_name="A B", sender_name="C D", meeting=meeting, meeting_time=time,
                  tone="formal", relationship="regular")
    return make_plan(s, [])


@pytest.mark.parametrize("meeting,expected", [
    ("shooting photo", "le shooting photo, prévu le jeudi 14 mars à 10 h"),
    ("la revue trimestrielle", "la revue trimestrielle, prévue le jeudi 14 mars à 10 h"),
    ("réunion de lancement", "notre réunion de lancement, prévue le jeudi 14 mars à 10 h"),
    ("le budget 2025", "notre réunion sur le budget 2025, prévue le jeudi 14 mars à 10 h"),
])
def test_fr_meeting(meeting: str, expected: str) -> None:
    assert fr._meeting(plan("fr", meeting)) == expected


@pytest.mark.parametrize("reason,expected", [
    ("parce que je dois être à Lyon", ", car je dois être à Lyon"),
    ("car car je dois partir", ", car je dois partir"),
    ("pour cause de parce que je suis malade", ", car je suis malade"),
    ("à cause du retard du train", " en raison du retard du train"),
    ("un déplacement imprévu", " en raison d'un déplacement imprévu"),
])
def test_fr_reason(reason: str, expected: str) -> None:
    assert fr.because(reason, plan("fr", "x")) == expected


@pytest.mark.parametrize("meeting,a,di", [
    ("cena di gala", "alla cena di gala", "della cena di gala"),
    ("la riunione di avvio", "alla riunione di avvio", "della riunione di avvio"),
    ("servizio fotografico", "al servizio fotografico", "del servizio fotografico"),
    ("sopralluogo", "al sopralluogo", "del sopralluogo"),
    ("lancio del sito", "al nostro incontro sul lancio del sito", "del nostro incontro sul lancio del sito"),
    ("gestione dei fornitori", "al nostro incontro sulla gestione dei fornitori", "del nostro incontro sulla gestione dei fornitori"),
    ("Progetto Aurora", "al nostro incontro «Progetto Aurora»", "del nostro incontro «Progetto Aurora»"),
])
def test_it_meeting_after_a_preposition(meeting: str, a: str, di: str) -> None:
    p = plan("it", meeting)
    assert (it._np(p, "a"), it._np(p, "di")) == (a, di)


@pytest.mark.parametrize("reason,expected", [
    ("perché devo essere a Milano", " perché devo essere a Milano"),
    ("perché perché ho un altro impegno", " perché ho un altro impegno"),
    ("a causa di perché il fornitore è in ritardo", " perché il fornitore è in ritardo"),
    ("a causa dello sciopero", " a causa dello sciopero"),
    ("un imprevisto", " a causa di un imprevisto"),
])
def test_it_reason(reason: str, expected: str) -> None:
    assert it._because(reason) == expected


@pytest.mark.parametrize("meeting,expected", [
    ("het overleg over de jaarrekening", "het overleg over de jaarrekening"),
    ("fotoshoot", "de fotoshoot"),
    ("projectoverleg", "ons projectoverleg"),
    ("jaarrekening", "ons overleg over de jaarrekening"),
    ("budget", "ons overleg over het budget"),
    ("De kwartaalevaluatie", "de kwartaalevaluatie"),
])
def test_nl_meeting(meeting: str, expected: str) -> None:
    assert nl.meeting_np(meeting) == expected


@pytest.mark.parametrize("reason,expected", [
    ("vanwege omdat ik ziek ben", ", omdat ik ziek ben"),
    ("want omdat we een audit hebben", ", omdat we een audit hebben"),
    ("Ik ben ziek.", ". Ik ben namelijk ziek"),  # a full sentence typed: its own sentence (v8)
    ("een afspraak bij een andere klant", " vanwege een afspraak bij een andere klant"),
])
def test_nl_reason(reason: str, expected: str) -> None:
    assert nl.because(reason) == expected


@pytest.mark.parametrize("meeting,expected", [
    ("fotografering", "fotograferingen"),
    ("galamiddag", "galamiddagen"),
    ("styrelsemöte", "vårt styrelsemöte"),
    ("kvartalsgenomgången av projektet", "kvartalsgenomgången av projektet"),
    ("budgeten", "vårt möte om budgeten"),
])
def test_sv_meeting(meeting: str, expected: str) -> None:
    assert sv._meeting_np(plan("sv", meeting, "torsdag")) == expected


@pytest.mark.parametrize("reason,expected", [
    ("att jag har ett annat kundmöte", " eftersom jag har ett annat kundmöte"),
    ("eftersom att jag är sjuk", " eftersom jag är sjuk"),
    ("jag kan inte komma den dagen", ". Jag kan nämligen inte komma den dagen"),  # a full sentence typed: its own sentence (v8)
    ("den dagen måste jag vara i Malmö", ". Den dagen måste jag nämligen vara i Malmö"),  # inverted: a sentence of its own
    ("på grund av sjukdom", " på grund av sjukdom"),
    ("ett oväntat kundbesök", " på grund av ett oväntat kundbesök"),
])
def test_sv_reason(reason: str, expected: str) -> None:
    assert sv.because(reason) == expected


@pytest.mark.parametrize("lang,reason,expected", [
    ("fr", "malade", ", car je suis malade"),
    ("fr", "en déplacement", ", car je suis en déplacement"),
    ("it", "in viaggio", " perché sono in viaggio"),
    ("it", "sciopero", " a causa di uno sciopero"),
    ("nl", "ziek", ", want ik ben ziek"),
    ("nl", "staking", " vanwege een staking"),
    ("sv", "sjuk", " eftersom jag är sjuk"),
    ("sv", "på resa", " eftersom jag är på resa"),
])
def test_a_bare_state_or_noun_becomes_a_sentence_part(lang: str, reason: str, expected: str) -> None:
    got = {"fr": lambda r: fr.because(r, plan("fr", "x")), "it": it._because, "nl": nl.because, "sv": sv.because}[lang](reason)
    assert got == expected


# --- v5 systemic causes: the client's note is not told back; offers only for a work meeting -----------------------

from composer.writers.plan import echo_reason, is_work  # noqa: E402


@pytest.mark.parametrize("reason,told", [
    ("her train was cancelled", True),
    ("malade", True),
    ("suo figlio sta male", True),
    ("she rang at 8 to say her train was cancelled", False),  # how/when she cancelled: the user's note
    ("annulé la veille au soir par sms", False),
    ("di solito è puntualissimo", False),  # the client's habits
    ("cancelled by text on friday night", False),
    ("report de leur fusion", False),  # not a hardship
])
def test_only_a_short_hardship_is_told_back(reason: str, told: bool) -> None:
    assert echo_reason(reason) is told


@pytest.mark.parametrize("meeting,work", [
    ("quarterly account review", True), ("réunion de lancement", True), ("riunione di avanzamento", True),
    ("kwartaaloverleg", True), ("budgetmötet", True),
    ("cut and blow-dry", False), ("balayage + brushing", False), ("ricostruzione unghie", False), ("escape room", False),
    ("coaching", False), ("déj", False),
])
def test_offers_only_for_a_work_meeting(meeting: str, work: bool) -> None:
    assert is_work(meeting) is work



@pytest.mark.parametrize("meeting,time,said", [
    ("les séances de coaching du mardi", "tous les mardis à 18h", "les séances de coaching"),
    ("le lezioni di yoga del giovedì", "ogni giovedì alle 19", "le lezioni di yoga"),
    ("our Monday tutoring sessions", "every Monday 5pm", "our tutoring sessions"),
    ("PT-passen på tisdagar", "varje tisdag kl 7", "PT-passen"),
    ("les séances de coaching du mardi", "mardi 8 décembre à 18h", "les séances de coaching du mardi"),  # not recurring
])
def test_a_recurrence_is_said_once(meeting: str, time: str, said: str) -> None:
    from composer.writers.when import said_once
    assert said_once(meeting, time) == said


def test_shorthand_is_written_out_in_formal_mail() -> None:
    from composer.models import Language
    from composer.writers.plan import formal_words
    assert formal_words("séance de kiné", Language.fr) == "séance de kinésithérapie"
    assert formal_words("RDV bilan", Language.fr) == "rendez-vous bilan"
    assert formal_words("physio appt", Language.en) == "physio appointment"
    assert formal_words("kinésithérapeute", Language.fr) == "kinésithérapeute"  # whole words only
