"""Round 14 families (issue 13): the reasoning behind v12's misses and false alarms, generalised to the five
languages, with sentences written for these tests (not the set's wording). Every accepted form is paired with the
same form stating a fact nobody gave, which stays flagged as an error; undecidable spans are notes, never alarms."""

from __future__ import annotations

from datetime import date

import pytest

from composer.facts import check_draft, errors, judge
from composer.models import Situation

TODAY = date(2026, 12, 7)
MEETING = {
    "en": "Wednesday 9 December at 10:00", "fr": "mercredi 9 décembre à 10 h", "it": "mercoledì 9 dicembre alle 10:00",
    "nl": "woensdag 9 december om 10.00 uur", "sv": "onsdag 9 december kl. 10.00",
}
FRAME = {
    "en": ("Dear Anna,\n\nThank you for your message about our wine tasting at the shop, and for your patience. {}\n\nThank you again for your understanding.\n\nKind regards,", "Marco Rossi"),
    "fr": ("Chère Anna,\n\nMerci pour votre message au sujet de notre dégustation au magasin, et pour votre patience. {}\n\nMerci encore de votre compréhension.\n\nBien cordialement,", "Marco Rossi"),
    "it": ("Gentile Anna,\n\ngrazie per il suo messaggio sulla nostra degustazione in negozio e per la pazienza. {}\n\nGrazie ancora per la comprensione.\n\nCordiali saluti,", "Marco Rossi"),
    "nl": ("Beste Anna,\n\nBedankt voor je bericht over onze proeverij in de winkel, en voor je geduld. {}\n\nNogmaals bedankt voor je begrip.\n\nMet vriendelijke groet,", "Marco Rossi"),
    "sv": ("Hej Anna,\n\nTack för ditt meddelande om vår provning i butiken och för ditt tålamod. {}\n\nTack igen för din förståelse.\n\nVänliga hälsningar,", "Marco Rossi"),
}
MEETING_NAME = {"en": "Wine tasting", "fr": "Dégustation", "it": "Degustazione", "nl": "Proeverij", "sv": "Provning"}


def sit(lang: str, **kw: object) -> Situation:
    data: dict = dict(language=lang, intent="decline", tone="formal", relationship="regular", recipient_name="Anna Conti",
                      sender_name="Marco Rossi", meeting=MEETING_NAME[lang], meeting_time=MEETING[lang])
    data.update(kw)
    return Situation.model_validate(data)


def judged(s: Situation, sentence: str) -> list:
    head, sign = FRAME[s.language.value]
    return judge(s, "Tasting", f"{head.format(sentence)}\n{sign}", today=TODAY)


def errs(s: Situation, sentence: str) -> list[str]:
    return [i.message for i in errors(judged(s, sentence))]


def assert_pair(s: Situation, ok: str, other: str) -> None:
    assert errs(s, ok) == [], ok
    assert errs(s, other), other


# ------------------------------------------- 1. a rule for a missed booking in words nobody gave (no policy given)
# A missed session "taken off the pass", "counted as attended", "lost", or "as per our terms": a policy, even when
# waived ("won't be deducted this time"). The same sentence without the rule is fine.
NO_SHOW = dict(intent="no_show_followup")
POLICY_IN_WORDS = {
    "en": [("I have kept you a place next Wednesday, and the missed class is no problem.", "As it's the first time, the missed class won't be deducted from your pass."),
           ("The missed session can simply be made up another week.", "A missed session normally comes off your class card."),
           ("Don't worry about the missed lesson.", "As per our terms, a missed lesson is lost."),
           ("Let me know how you are after the missed session.", "A missed session still counts against your package.")],
    "fr": [("Pas d'inquiétude pour la séance manquée.", "Pas d'inquiétude : la séance manquée ne vous sera pas décomptée de votre carte."),
           ("La séance manquée peut se rattraper une autre semaine.", "Une séance manquée est normalement déduite de votre forfait."),
           ("Dites-moi comment vous allez après ce cours manqué.", "Selon nos conditions générales, le cours manqué est perdu.")],
    "it": [("Nessun problema per la lezione saltata.", "Tranquilla: la lezione saltata non le verrà scalata dal carnet."),
           ("La seduta mancata si può recuperare un'altra settimana.", "Di solito una seduta mancata si considera effettuata."),
           ("Mi dica come sta dopo la lezione saltata.", "Come da regolamento, la lezione saltata va persa.")],
    "nl": [("Geen zorgen over de gemiste les.", "Een gemiste les gaat normaal gesproken gewoon van je strippenkaart af."),
           ("De gemiste les kun je een andere week inhalen.", "De gemiste les wordt deze keer niet van je tegoed afgeschreven."),
           ("Laat me weten hoe het gaat na de gemiste les.", "Volgens onze voorwaarden telt een gemiste les gewoon als gevolgd.")],
    "sv": [("Ingen fara med den missade lektionen.", "Den missade lektionen dras inte från ditt klippkort den här gången."),
           ("Den missade lektionen kan du ta igen en annan vecka.", "En missad lektion räknas normalt som genomförd."),
           ("Hör av dig och berätta hur det gick efter den missade lektionen.", "Enligt våra villkor dras en utebliven lektion från kortet.")],
}


@pytest.mark.parametrize("lang,ok,other", [(lang, ok, other) for lang, pairs in POLICY_IN_WORDS.items() for ok, other in pairs])
def test_a_rule_for_a_missed_booking_nobody_gave_is_flagged(lang: str, ok: str, other: str) -> None:
    assert_pair(sit(lang, **NO_SHOW), ok, other)


def test_terms_that_are_the_meeting_topic_are_no_rule() -> None:
    s = sit("en", meeting="Review of our terms and conditions", intent="decline")
    assert errs(s, "We will go through the changes in line with our terms and conditions then.") == []


# ------------------------------------------- 2. a count in words: quantified counts of things, idioms, years
COUNTS = {  # (accepted, the same with an invented count of things)
    "en": [("All three of us will be there.", "We will set up all six workstations before lunch."),
           ("I'll come back with ideas in two shakes.", "I'll come back with twelve bottles for the menu."),
           ("I'll be back in two ticks.", "We will be back with nine bottles.")],
    "fr": [("Nous serons là tous les deux.", "Nous installerons tous les six postes avant midi."),
           ("Je vous réponds en deux temps trois mouvements.", "Je vous réponds avec douze bouteilles."),
           ("Nous serons tous les trois devant le magasin.", "Nous aurons les huit caisses devant le magasin.")],
    "it": [("Ci saremo tutti e due.", "Installeremo tutte e sei le postazioni entro pranzo."),
           ("Le rispondo in quattro e quattr'otto.", "Le rispondo con dodici bottiglie."),
           ("Saremo tutti e tre davanti al negozio.", "Avremo tutte e otto le casse davanti al negozio.")],
    "nl": [("We komen alle twee.", "We installeren alle zes werkplekken voor de lunch."),
           ("Ik stuur je in twee tellen een voorstel.", "Ik stuur je twaalf flessen."),
           ("We zijn er alle drie bij.", "We zetten alle acht kratten klaar.")],
    "sv": [("Vi kommer alla tre.", "Vi installerar alla sex arbetsplatser före lunch."),
           ("Jag återkommer på två röda.", "Jag återkommer med tolv flaskor."),
           ("Vi är alla tre här.", "Vi ställer fram alla åtta lådor.")],
}


@pytest.mark.parametrize("lang,ok,other", [(lang, ok, other) for lang, pairs in COUNTS.items() for ok, other in pairs])
def test_quantified_counts_and_idioms(lang: str, ok: str, other: str) -> None:
    assert_pair(sit(lang), ok, other)


YEARS = {"en": "Forty years deserves a proper celebration.", "fr": "Quarante ans, ça se fête dignement.",
         "nl": "Veertig jaar verdient een echt feest.", "sv": "Fyrtio år förtjänar en riktig fest.",
         "it": "Sono quaranta anni di matrimonio e meritano una festa."}


@pytest.mark.parametrize("lang", sorted(YEARS))
def test_a_count_of_years_is_a_note_not_an_alarm(lang: str) -> None:
    s = sit(lang)
    found = judged(s, YEARS[lang])
    assert not errors(found), found
    assert any(i.kind == "uncertain" for i in found)


# ------------------------------------------- 3. a profession joined to a given person's name
DELEGATE = dict(intent="delegate", colleague_name="Amanda Klingberg", reason="a site visit elsewhere")
ROLES = {
    "en": [("My colleague Amanda Klingberg will lead the tasting.", "My colleague, site engineer Amanda Klingberg, will lead the tasting."),
           ("Amanda Klingberg will lead the tasting.", "Amanda Klingberg, our senior architect, will lead the tasting."),
           ("Amanda will be glad to help you.", "Our consultant Amanda will be glad to help you.")],
    "fr": [("Ma collègue Amanda Klingberg animera la dégustation.", "Ma collègue, l'ingénieure Amanda Klingberg, animera la dégustation."),
           ("Amanda Klingberg animera la dégustation.", "Amanda Klingberg, notre architecte, animera la dégustation."),
           ("Amanda se fera un plaisir de vous aider.", "Notre conseillère Amanda se fera un plaisir de vous aider.")],
    "it": [("La mia collega Amanda Klingberg guiderà la degustazione.", "La mia collega, la geometra Amanda Klingberg, guiderà la degustazione."),
           ("Amanda Klingberg guiderà la degustazione.", "Amanda Klingberg, la nostra consulente, guiderà la degustazione."),
           ("Amanda sarà felice di aiutarla.", "La nostra architetta Amanda sarà felice di aiutarla.")],
    "nl": [("Mijn collega Amanda Klingberg leidt de proeverij.", "Mijn collega, bouwkundig adviseur Amanda Klingberg, leidt de proeverij."),
           ("Amanda Klingberg leidt de proeverij.", "Amanda Klingberg, onze projectleider, leidt de proeverij."),
           ("Amanda helpt je graag verder.", "Onze accountmanager Amanda helpt je graag verder.")],
    "sv": [("Min kollega Amanda Klingberg leder provningen.", "Min kollega, byggnadsingenjör Amanda Klingberg, leder provningen."),
           ("Amanda Klingberg leder provningen.", "Amanda Klingberg, vår projektledare, leder provningen."),
           ("Amanda hjälper dig gärna.", "Vår redovisningskonsult Amanda hjälper dig gärna.")],
}


@pytest.mark.parametrize("lang,ok,other", [(lang, ok, other) for lang, pairs in ROLES.items() for ok, other in pairs])
def test_a_profession_nobody_gave_for_a_given_person(lang: str, ok: str, other: str) -> None:
    assert_pair(sit(lang, **DELEGATE), ok, other)


def test_a_profession_the_situation_gives_is_fine() -> None:
    s = sit("en", **{**DELEGATE, "reason": "the engineer visit is moved"})
    assert errs(s, "My colleague, site engineer Amanda Klingberg, will lead the tasting.") == []


def test_a_role_of_someone_else_on_the_next_line_is_no_apposition() -> None:
    s = sit("en", intent="decline")
    head, sign = FRAME["en"]
    body = "Dear Anna Conti,\n\nOur engineer called round yesterday but could not get an answer. I hope everything is all right.\n\nKind regards,\nMarco Rossi"
    assert not [i for i in errors(judge(s, "Tasting", body, today=TODAY)) if "job title" in i.message]


# ------------------------------------------- 4. a relative day that dates the sender's message, not a slot
CONTACT = {  # (a promise to get back: a note; a slot offered on that relative day: an error)
    "en": [("I will get in touch next week to set a new date.", "We could meet next week instead."),
           ("I'll be in touch next week about a new appointment.", "I can offer you a new appointment next week."),
           ("We will get back to you next week with a new date.", "Would next week suit you for the tasting?")],
    "fr": [("Je reviendrai vers vous la semaine prochaine pour fixer une nouvelle date.", "Nous pourrions nous voir la semaine prochaine à la place."),
           ("Je vous recontacte la semaine prochaine pour un nouveau rendez-vous.", "Je vous propose un nouveau rendez-vous la semaine prochaine."),
           ("Je vous écrirai la semaine prochaine pour une nouvelle date.", "La semaine prochaine vous conviendrait-elle ?")],
    "it": [("La ricontatterò la prossima settimana per fissare una nuova data.", "Potremmo vederci la prossima settimana."),
           ("Mi farò sentire la prossima settimana per un nuovo appuntamento.", "Le propongo un nuovo appuntamento la prossima settimana."),
           ("Le scriverò la prossima settimana per una nuova data.", "La prossima settimana le andrebbe bene?")],
    "nl": [("Ik neem volgende week contact met u op voor een nieuwe afspraak.", "We kunnen volgende week afspreken."),
           ("Ik laat volgende week van me horen over een nieuwe datum.", "Ik stel een nieuwe afspraak volgende week voor."),
           ("Ik kom volgende week bij u terug met een nieuwe datum.", "Zou volgende week u schikken?")],
    "sv": [("Jag hör av mig nästa vecka om en ny tid.", "Vi kan ses nästa vecka i stället."),
           ("Jag kontaktar er nästa vecka för att boka en ny tid.", "Jag föreslår en ny tid nästa vecka."),
           ("Jag återkommer nästa vecka med en ny tid.", "Skulle nästa vecka passa dig?")],
}


@pytest.mark.parametrize("lang,ok,other", [(lang, ok, other) for lang, pairs in CONTACT.items() for ok, other in pairs])
def test_a_contact_promise_dates_the_message_not_a_slot(lang: str, ok: str, other: str) -> None:
    s = sit(lang)
    assert_pair(s, ok, other)
    assert any(i.kind == "uncertain" for i in judged(s, ok)), ok


def test_a_contact_promise_with_a_clock_is_still_judged() -> None:
    s = sit("en")
    assert errs(s, "I will get in touch next week at 15:00 to set a new date.")


def test_check_draft_never_returns_notes() -> None:
    s = sit("en")
    head, sign = FRAME["en"]
    found = check_draft(s, "Tasting", f"{head.format(YEARS['en'])}\n{sign}", today=TODAY)
    assert all(i.kind != "uncertain" for i in found)


@pytest.mark.parametrize("lang,reason,sentence", [
    ("sv", "ingenjören är sjuk", "Min kollega, byggnadsingenjör Amanda Klingberg, leder provningen."),
    ("nl", "de adviseur is ziek", "Mijn collega, bouwkundig adviseur Amanda Klingberg, leidt de proeverij."),
])
def test_a_compound_whose_head_the_situation_gives_is_fine(lang: str, reason: str, sentence: str) -> None:
    assert errs(sit(lang, **{**DELEGATE, "reason": reason}), sentence) == []
