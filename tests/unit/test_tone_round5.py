"""Fifth round of the tone verdict: bare utterances are not judged as letters, and cue families written from the
phenomenon (in every language) fire where they should and stay quiet on ordinary wording."""

from __future__ import annotations

from typing import Any

import pytest

from composer.evaluation import politeness
from composer.evaluation.tone import letter_signals, signals
from composer.models import Situation


def sit(**kw: Any) -> Situation:
    base: dict[str, Any] = {
        "language": "en", "intent": "reschedule", "recipient_name": "Margaret Hughes", "sender_name": "Tom Baker",
        "meeting": "the quarterly account review", "meeting_time": "Thursday 14 March at 10:00", "tone": "formal", "relationship": "regular",
    }
    base.update(kw)
    return Situation(**base)


def pen(s: Situation, body: str, name: str) -> float:
    return next(x.penalty for x in signals(s, "subject", body, detected=s.language) if x.name == name)


def test_a_bare_utterance_is_not_judged_by_the_letter_rules() -> None:
    s = sit(intent="decline")
    line = "I can't make it."
    assert not politeness.is_letter(line)
    assert pen(s, line, "apology") == pen(s, line, "length") == pen(s, line, "address") == 0.0
    assert next(x.penalty for x in letter_signals(s, line, s.language) if x.name == "apology") > 0  # as a letter it would cost
    letter = "Dear Margaret,\nI can't make it.\nTom"
    assert politeness.is_letter(letter) and pen(s, letter, "apology") > 0 and pen(s, letter, "length") > 0


def test_what_an_utterance_says_is_still_judged() -> None:
    s = sit()
    assert pen(s, "This is unacceptable, you should have told me.", "blame") > 0
    assert pen(s, "As I already told you, Thursday is off.", "passive_aggression") > 0


def test_the_whole_draft_head_reads_letters_only() -> None:
    w = politeness.load_weights()
    if w.draft is None:
        pytest.skip("no whole-draft head shipped")
    fake = lambda texts: __import__("numpy").ones((len(texts), 384), dtype="float32") / 384 ** 0.5  # noqa: E731
    assert politeness.read("Could you send it today?", w, embed=fake).draft is None
    assert politeness.read("Hi Ann,\nCould you send it today?\nTom", w, embed=fake).draft is not None


@pytest.mark.parametrize(("lang", "first"), [("en", "Margaret,"), ("it", "Roberto,"), ("nl", "Sanne,"), ("sv", "Hanna Björk,"), ("fr", "Nadia,")])
def test_a_bare_name_greeting_reads_cold(lang: str, first: str) -> None:
    assert pen(sit(language=lang, tone="friendly"), f"{first}\n\nText.\n\nTom", "greeting") > 0


@pytest.mark.parametrize(("lang", "first"), [("en", "Dear Ms Hughes,"), ("fr", "Madame Garnier,"), ("it", "Gentile Dottoressa,"), ("nl", "Beste Sanne,"), ("sv", "Bäste Gunnar,"), ("fr", "Hello Thierry,")])
def test_an_ordinary_greeting_is_fine(lang: str, first: str) -> None:
    assert pen(sit(language=lang), f"{first}\n\nText.\n\nTom", "greeting") == 0


@pytest.mark.parametrize(("lang", "first"), [("en", "Dear Client,"), ("fr", "Chère cliente,"), ("it", "Gentile cliente,"), ("nl", "Geachte mevrouw,"), ("sv", "Bästa kund,")])
def test_greeting_a_role_instead_of_the_person_reads_cold(lang: str, first: str) -> None:
    assert pen(sit(language=lang), f"{first}\n\nText.\n\nTom", "greeting") > 0


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Thanks so much for such generous notice."), ("fr", "Merci pour ce généreux préavis."), ("it", "Grazie per il generoso preavviso."),
    ("nl", "Dank voor de royale aankondiging."), ("sv", "Tack för den generösa framförhållningen."),
])
def test_praising_the_notice_of_a_late_cancellation_is_irony(lang: str, text: str) -> None:
    body = f"Hi,\n{text}\nTom"
    assert pen(sit(language=lang, intent="late_cancellation"), body, "sarcasm") > 0
    assert pen(sit(language=lang, intent="reschedule"), body, "sarcasm") == 0  # only where the client cancelled late


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Please be advised that, pursuant to the terms, a fee applies."), ("it", "Con la presente si comunica che la visita è annullata."),
    ("nl", "Hierbij delen wij u mede dat het overleg komt te vervallen."), ("sv", "Härmed meddelas att mötet ställs in."),
    ("fr", "Il est porté à votre connaissance que la réunion est annulée."),
])
def test_archaic_officialese_is_distant_even_in_a_formal_letter(lang: str, text: str) -> None:
    assert pen(sit(language=lang, tone="formal"), f"Hi,\n{text}\nTom", "officialese") > 0


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Reason: I have to be at the airport."), ("it", "Motivo: devo essere in aeroporto."), ("sv", "Orsak: föräldraledighet."),
    ("nl", "Reden: ik ben ziek."), ("fr", "Motif : je suis malade."),
])
def test_form_labels_read_telegraphic(lang: str, text: str) -> None:
    assert pen(sit(language=lang), f"Hi,\n{text}\nTom", "telegraphic") > 0


def test_a_policy_term_and_an_ordinary_opener_are_not_form_labels() -> None:
    assert pen(sit(language="fr"), "Bonjour,\nAnnulation : gratuite jusqu'à 24 h avant.\nTom", "telegraphic") == 0
    assert pen(sit(language="nl"), "Hoi Emma,\nKleine wijziging: de demo wordt 45 minuten.\nBram", "telegraphic") == 0


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Ti mando un bacione, tesoro!"), ("en", "Big kisses, darling!"), ("nl", "Dikke knuffel, schat!"), ("sv", "Puss och kram, gumman!"), ("fr", "Gros bisous, ma chérie !"),
])
def test_pet_names_are_over_familiar(lang: str, text: str) -> None:
    assert pen(sit(language=lang, tone="friendly"), f"Hi,\n{text}\nTom", "over_familiar") > 0


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "No exceptions will be made."), ("it", "Non sono previste eccezioni."), ("nl", "Daar ga ik niet over in discussie."),
    ("sv", "Det finns inget att diskutera."), ("fr", "Ce n'est pas négociable."),
])
def test_a_rigid_refusal_is_pushy(lang: str, text: str) -> None:
    assert pen(sit(language=lang), f"Hi,\n{text}\nTom", "pushy") > 0


@pytest.mark.parametrize(("lang", "text"), [("sv", "Du debiteras 50 %. Igen."), ("en", "The fee applies. Again."), ("nl", "De kosten gelden. Alweer.")])
def test_a_one_word_reproach_is_passive_aggression(lang: str, text: str) -> None:
    assert pen(sit(language=lang, intent="late_cancellation"), f"Hi,\n{text}\nTom", "passive_aggression") > 0


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "In case you missed my last email, the meeting is off."), ("nl", "Mocht u mijn vorige mail gemist hebben: het gaat niet door."),
    ("it", "Le ricordo, ancora una volta, la regola."), ("sv", "Jag vill inte behöva upprepa det igen."), ("fr", "Je ne voudrais pas avoir à le répéter."),
])
def test_reminding_the_reader_they_were_told(lang: str, text: str) -> None:
    assert pen(sit(language=lang), f"Hi,\n{text}\nTom", "passive_aggression") > 0


def test_ordinary_wording_stays_quiet() -> None:
    s = sit(language="en", tone="friendly")
    body = "Hi Tom,\n\nSorry we didn't get to do your session on Friday. You need to bring your ID next time, as usual.\n\nBest,\nPriya"
    for name in ("pushy", "passive_aggression", "sarcasm", "greeting", "telegraphic", "over_familiar", "officialese"):
        assert pen(s, body, name) == 0, name
    it = sit(language="it", tone="friendly", intent="late_cancellation")
    warm = "Ciao Francesca,\npeccato per venerdì! Come sai, per le disdette tardive applichiamo il 30 %.\nUn abbraccio,\nGiorgia"
    assert pen(it, warm, "passive_aggression") == 0 and pen(it, warm, "sympathy") == 0
