"""Issue 16, round phr-y: the note normaliser (family 1), loose and bordered times (2), long meeting labels (3) and
the signature rule (4), by general rules. Own sentences, no evaluation strings."""

from __future__ import annotations

import pytest

from composer.models import Language, Situation
from composer.writers import reasons, when
from composer.writers.builtin import BuiltinWriter
from composer.writers.plan import label_head, signature, subject_label

W = BuiltinWriter()


def _draft(**kw: object):
    base = {"language": "en", "intent": "reschedule", "recipient_name": "Ms. Ann Reid", "sender_name": "Paul Hart",
            "tone": "formal", "relationship": "regular", "meeting": "quarterly review", "meeting_time": "Monday 14 December at 10:00"}
    return W.write(Situation.model_validate(base | kw), [])


# ---------------------------------------------------------------- family 1: the note normaliser

@pytest.mark.parametrize(("language", "note", "said"), [
    # the dropped subject and possessive restored, fragments joined with "and"
    (Language.en, "poorly toddler, no babysitter", "my toddler is ill and I have no babysitter"),
    (Language.en, "ankle's playing up", "my ankle is playing up"),
    (Language.en, "got a vet appt at 4", "I have a vet appointment at 4"),
    (Language.fr, "rdv chez l'ophtalmo à 9h, pas moyen de bouger", "j'ai un rendez-vous chez l'ophtalmo à 9 h et je ne peux pas bouger"),
    (Language.fr, "mon gamin avec une otite, je reste à la maison", "mon fils a une otite et je reste à la maison"),
    (Language.it, "bimba con la tosse, mi tocca restare con lei", "mia figlia ha la tosse e devo restare con lei"),
    (Language.it, "udienza a Brescia alle 9", "ho un'udienza a Brescia alle 9"),
])
def test_a_hurried_note_becomes_a_professional_clause(language: Language, note: str, said: str) -> None:
    n = reasons.normalise(note, language.value, formal=True)
    assert n.confident and n.text == said, n


@pytest.mark.parametrize(("language", "note", "clause", "after"), [
    (Language.en, "it's only one setting, I'll send a screenshot", "it's only one setting", "I will send a screenshot."),
    (Language.fr, "il manque juste un document, je t'envoie le lien", "il manque juste un document", "Je vous envoie le lien."),
    (Language.it, "manca solo una firma, te la mando io", "manca solo una firma", "Gliela mando io."),
])
def test_a_promise_is_not_a_cause_but_its_own_sentence(language: Language, note: str, clause: str, after: str) -> None:
    n = reasons.normalise(note, language.value, formal=True)
    assert n.text == clause and n.after == after, n


def test_the_promise_follows_the_request_in_the_draft() -> None:
    d = _draft(intent="switch_to_email", tone="friendly", reason="it's only one setting, I'll send a screenshot")
    body = d.body
    assert "I'll send a screenshot." in body and "as I'll send" not in body and "because I'll send" not in body
    assert body.index("I'll send a screenshot.") > body.index("email")


def test_spoken_filler_and_a_false_so_are_removed() -> None:
    n = reasons.normalise("flight cancelled honestly, so I am stuck in Lyon", "en", formal=True)
    assert "honestly" not in n.text and " so " not in n.text and "I am stuck in Lyon" in n.text


def test_a_leave_that_has_not_started_is_in_the_future() -> None:
    assert reasons.normalise("on paternity leave from the 3rd", "en").text == "I will be on paternity leave from the 3rd"
    assert reasons.normalise("en congé dès le 3 mars", "fr").text == "je serai en congé dès le 3 mars"
    assert reasons.normalise("dal 3 marzo sono in congedo", "it").text == "dal 3 marzo sarò in congedo"


def test_a_leading_noun_phrase_goes_in_brackets_after_the_clause() -> None:
    n = reasons.normalise("panne de courant, plus aucun serveur en ligne", "fr")
    assert n.text == "il n'y a plus aucun serveur en ligne (panne de courant)"


def test_not_confident_says_the_neutral_formula_of_its_kind_with_the_facts_kept() -> None:
    n = reasons.normalise("dentist @ 3 + school pickup thing", "en", formal=True)
    assert not n.confident and n.neutral and n.kind is reasons.Kind.APPOINTMENT and n.text == "I have an appointment at 3"
    n = reasons.normalise("congé parental, nouvelle arrivée, dès le 12", "fr", formal=True)
    assert n.neutral and n.text == "je serai en congé à partir du 12"


def test_a_note_about_the_client_is_never_sent() -> None:
    n = reasons.normalise("a posé un lapin deux fois ce mois-ci", "fr")
    assert n.client and n.text == ""


def test_a_typed_sentence_passes_through() -> None:
    typed = "Our server room flooded overnight, so the whole team works from home."
    assert reasons.normalise(typed, "en").text == typed.rstrip(".")
    assert not reasons.normalise(typed, "en").changed


# ---------------------------------------------------------------- family 2: times

def test_a_loose_marker_goes_before_the_clock() -> None:
    d = _draft(meeting_time="Weds ~2pm")
    assert "at around 2pm" in d.body and "around at" not in d.body and d.warnings == []
    d = _draft(meeting_time="Tue 15 Dec 11ish")
    assert "at around 11" in d.body and "11ish" not in d.body


@pytest.mark.parametrize(("language", "typed", "said"), [
    (Language.fr, "ven 11 après 4", "après 16 h"),
    (Language.sv, "fredag efter 4", "efter kl. 16"),
    (Language.fr, "jeudi vers 2", "vers 14 h"),
])
def test_a_bordered_bare_hour_is_the_afternoon_hour_on_the_24_hour_dial(language: Language, typed: str, said: str) -> None:
    read = when.parts(typed, language)
    assert read is not None and said in read[1]


def test_a_whole_evening_is_in_the_evening() -> None:
    d = _draft(intent="decline", meeting="winter reception", meeting_time="Thu 17 Dec, all evening")
    assert "in the evening" in d.body and "all evening" not in d.body


# ---------------------------------------------------------------- family 3: labels

def test_a_relative_clause_is_cut_from_the_subject_and_the_date_goes_before_it() -> None:
    assert label_head("the launch dinner at the Ritz where Omar presents the new range") == (
        "the launch dinner at the Ritz", "where Omar presents the new range")
    assert subject_label("soirée de lancement à Lille où Mme Roy présente la gamme") == "soirée de lancement à Lille"
    d = _draft(intent="decline", meeting="the launch dinner at the Ritz where Omar presents the new range",
               meeting_time="Fri 18 Dec 7pm")
    assert "the launch dinner at the Ritz on Friday 18 December at 7pm, where Omar presents the new range" in d.body
    assert len(d.subject) <= 60


def test_a_long_subject_drops_the_people_the_meeting_is_with() -> None:
    assert subject_label("budget workshop with Priya and the two analysts from Leeds") == "budget workshop"
    assert subject_label("revisione del budget con Paolo e i due analisti") == "revisione del budget"
    assert subject_label("Medaljceremoni med hela laget") == "Medaljceremoni med hela laget"  # short, and "med" in "Medalj" is no cut


# ---------------------------------------------------------------- family 4: signature

@pytest.mark.parametrize(("typed", "said"), [
    ("Nordvik Bygg / Erik Nordvik", "Erik Nordvik\nNordvik Bygg"),
    ("Harbour Events / Jonah Pike-Lowe", "Jonah Pike-Lowe\nHarbour Events"),
    ("Studio Aria - Lucia Ferri", "Lucia Ferri\nStudio Aria"),
    ("Lucia Ferri (Studio Aria)", "Lucia Ferri\nStudio Aria"),
    ("Lucia Ferri, designer", "Lucia Ferri\nDesigner"),
    ("Lucia @ Studio Aria", "Lucia\nStudio Aria"),
])
def test_the_person_signs_first_then_the_business(typed: str, said: str) -> None:
    assert signature(typed) == said


def test_a_childs_session_is_theirs_in_a_no_show() -> None:
    d = _draft(intent="no_show_followup", tone="friendly", recipient_name="Dana Wells", meeting="Milo's swimming lesson",
               meeting_time="last Tuesday 5pm", reason="no sign of them, phone off")
    assert "We missed Milo at the swimming lesson" in d.body and "missed you" not in d.body


def test_a_name_opening_an_italian_note_keeps_its_capital() -> None:
    d = _draft(language="it", intent="late_cancellation", recipient_name="Sig.ra Paola Neri", meeting="il ripasso di latino di Marta",
               meeting_time="lunedì scorso alle 16", reason="Marta con la febbre", policy={"notice_hours": 24, "fee_percent": 50})
    assert "la marta" not in d.body.lower() and "Marta ha la febbre" in d.body and "riunione" not in d.body
