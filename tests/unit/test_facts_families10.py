"""Round 10 families (issue 13), five languages each, examples written for these tests: every accepted form is
paired with the same form naming ANOTHER fact (or standing where a fact would be invented), which stays flagged."""

from __future__ import annotations

from datetime import date

import pytest

from composer.evaluation.completeness import checklist
from composer.facts import check_draft
from composer.facts.contacts import URL
from composer.models import Situation

TODAY = date(2027, 1, 20)  # a Wednesday; the meeting is on Friday 22 January
LANGS = ("en", "fr", "it", "nl", "sv")

MEETING = {
    "en": "Friday 22 January at 10:00", "fr": "vendredi 22 janvier à 10 h", "it": "venerdì 22 gennaio alle 10:00",
    "nl": "vrijdag 22 januari om 10.00 uur", "sv": "fredag 22 januari kl. 10.00",
}
PROPOSED = {
    "en": "Friday 22 January at 11:30", "fr": "vendredi 22 janvier à 11 h 30", "it": "venerdì 22 gennaio alle 11:30",
    "nl": "vrijdag 22 januari om 11.30 uur", "sv": "fredag 22 januari kl. 11.30",
}


def sit(lang: str, **kw: object) -> Situation:
    data: dict = dict(language=lang, intent="reschedule", tone="friendly", relationship="regular", recipient_name="Anna Conti",
                      sender_name="Marco Rossi", meeting="Tasting", meeting_time=MEETING[lang], proposed_times=[PROPOSED[lang]])
    data.update(kw)
    return Situation.model_validate(data)


def issues(s: Situation, body: str, subject: str = "—") -> list[str]:
    return [i.message for i in check_draft(s, subject, body, today=TODAY)]


# ---------------------------------------------------------------- a link without scheme or "www."

BARE_LINKS = {  # (accepted: abbreviations and the given host, flagged: a host nobody gave)
    "en": ("The notes, e.g. the budget, are on tasting.app as before.", "The notes are on notes-board.netlify.app as before."),
    "fr": ("Les notes, p. ex. le budget, sont sur tasting.app comme avant.", "Les notes sont sur photos.app.goo.gl/Degust comme avant."),
    "it": ("Gli appunti, p.es. il budget, sono su tasting.app come prima.", "Gli appunti sono su drive-appunti.web.app come prima."),
    "nl": ("De notities, bijv. het budget, d.w.z. alles, staan op tasting.app zoals eerder.", "De notities staan op photos.app.goo.gl/ReisNW zoals eerder."),
    "sv": ("Anteckningarna, t.ex. budgeten, finns på tasting.app som förut.", "Anteckningarna finns på foreningen-skiss.netlify.app som förut."),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_bare_host_is_a_link(lang: str) -> None:
    ok, invented = BARE_LINKS[lang]
    s = sit(lang, meeting="Tasting on tasting.app")
    assert not [m for m in issues(s, ok) if "link" in m]
    assert [m for m in issues(s, invented) if "link" in m]


def test_abbreviations_and_numbers_are_no_hosts() -> None:
    for text in ("t.ex. imorgon", "e.g. this", "bijv. dit", "d.w.z. dat", "i.e. the", "ca. 14", "kl. 14.30", "Done.No", "10.30/11", "3.5/5"):
        assert not URL.search(text), text


# ---------------------------------------------------------------- a piece of a given time keeps its minutes

RECAP = {  # (accepted: the offered slot recapped by weekday and clock, flagged: its hour without the minutes)
    "en": ("So I'll pencil in Friday at 11:30 for our call.", "So I'll pencil in Friday at 11 for our call."),
    "fr": ("Je note donc provisoirement vendredi à 11 h 30.", "Je note donc provisoirement vendredi à 11 h."),
    "it": ("Segno quindi venerdì alle 11:30.", "Segno quindi venerdì alle 11."),
    "nl": ("Ik noteer dus vrijdag om 11.30 uur.", "Ik noteer dus vrijdag om 11 uur."),
    "sv": ("Jag noterar alltså fredag kl. 11.30.", "Jag noterar alltså fredag kl. 11."),
}
FULL_SLOT = {
    "en": "Could we do Friday 22 January at 11:30 instead?", "fr": "Je vous propose plutôt vendredi 22 janvier à 11h30.",
    "it": "Le propongo invece venerdì 22 gennaio alle 11:30.", "nl": "Zou vrijdag 22 januari om 11.30 uur passen?",
    "sv": "Kan vi ta fredag 22 januari kl. 11.30 istället?",
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_recap_keeps_the_minutes_of_the_slot(lang: str) -> None:
    ok, wrong = RECAP[lang]
    s = sit(lang)
    assert not [m for m in issues(s, f"{FULL_SLOT[lang]} {ok}") if "time not in" in m]
    assert [m for m in issues(s, f"{FULL_SLOT[lang]} {wrong}") if "time not in" in m]


# ---------------------------------------------------------------- the whole fee said with an adjective

FULL_FEE = {  # charged in full, said with an adjective or adverb of wholeness
    "en": "Any cancellation within 72 hours (three days) means the full amount is charged.",
    "fr": "Toute annulation moins de 72 heures avant entraîne la facturation intégrale de la prestation.",
    "it": "Ogni disdetta nelle 72 ore precedenti comporta l'addebito integrale della visita.",
    "nl": "Bij annulering binnen 72 uur wordt het volle bedrag in rekening gebracht.",
    "sv": "Vid avbokning senare än 72 timmar före debiteras fullt belopp.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_the_whole_fee_in_words_is_the_given_100_percent(lang: str) -> None:
    policy = dict(intent="cancellation_policy", proposed_times=[])
    given = sit(lang, policy={"notice_hours": 72, "fee_percent": 100}, **policy)
    other = sit(lang, policy={"notice_hours": 72, "fee_percent": 50}, **policy)
    assert not [m for m in issues(given, FULL_FEE[lang]) if "fee" in m or "full" in m]
    assert [m for m in issues(other, FULL_FEE[lang]) if "fee" in m or "full" in m]


# ---------------------------------------------------------------- Swedish "-te" pet forms, Italian "-uccio"

@pytest.mark.parametrize("greeting,first,other", [
    ("Hej Jonte!", "Jonatan", "Johanna"), ("Ciao Robertuccio,", "Roberto", "Rosalba"),
])
def test_a_pet_form_greets_a_friend(greeting: str, first: str, other: str) -> None:
    lang = "sv" if greeting.startswith("Hej") else "it"
    body = f"{greeting}\n\n{FULL_SLOT[lang]}\n\nMarco"
    assert not [m for m in issues(sit(lang, recipient_name=f"{first} Bergkvist"), body) if "greeting" in m]
    assert [m for m in issues(sit(lang, recipient_name=f"{other} Bergkvist"), body) if "greeting" in m]


# ---------------------------------------------------------------- a whole message in a neighbour language

NEIGHBOUR = {  # the same message in a neighbour (flagged, fails completeness) and in another of the five (tone's)
    "sv": ("Jeg har nattevagt den weekend, så jeg må desværre melde fra til smagningen på fredag. Vi ses snart igen, hils alle!",
           "I am on the night shift that weekend, so sadly I have to pull out of the tasting on Friday. See you soon, greetings to all!"),
    "nl": ("Ich habe an dem Wochenende Nachtdienst, also muss ich die Verkostung am Freitag leider absagen. Bis bald, grüß alle!",
           "I am on the night shift that weekend, so sadly I have to pull out of the tasting on Friday. See you soon, greetings to all!"),
    "it": ("Tengo turno de noche ese fin de semana, así que lamentablemente no podré ir a la cata del viernes. ¡Hasta pronto, saludos a todos!",
           "I am on the night shift that weekend, so sadly I have to pull out of the tasting on Friday. See you soon, greetings to all!"),
}


@pytest.mark.parametrize("lang", sorted(NEIGHBOUR))
def test_a_whole_message_in_a_neighbour_language_fails_completeness(lang: str) -> None:
    s = sit(lang, intent="decline", proposed_times=[])
    neighbour, five = NEIGHBOUR[lang]
    item = {c.item: c.passed for c in checklist(s, "—", f"Hej Anna,\n\n{neighbour}\n\nMarco", today=TODAY)}
    assert item["facts.language"] is False
    item = {c.item: c.passed for c in checklist(s, "—", f"Hej Anna,\n\n{five}\n\nMarco", today=TODAY)}
    assert item["facts.language"] is True  # another of the five: read in that language, left to the tone verdict


# ---------------------------------------------------------------- the reason's hour on the meeting's day, "dalle 10"

def test_the_reasons_hour_on_the_meetings_day_and_the_kept_start() -> None:
    s = sit("it", intent="shorten", proposed_times=[], duration_minutes=30, reason="alle 11 devo essere in tribunale")
    ok = "venerdì alle 11 devo essere in tribunale. Le propongo di fare mezz'ora, a partire dalle 10 come previsto."
    assert not [m for m in issues(s, ok) if "time" in m or "number" in m]
    wrong = "venerdì alle 11 devo essere in tribunale. Le propongo di fare mezz'ora, a partire dalle 9 come previsto."
    assert [m for m in issues(s, wrong) if "9" in m]
