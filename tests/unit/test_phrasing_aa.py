"""Families the v14 editors found, fixed in a short round (phr-aa's own sentences, never eval strings): the appointment
named as itself, short subjects, a label's own clock said once, fr 'pour cause de' only before a noun phrase, nl dates
after a label's relative clause, and a clock word before a loose time."""

from __future__ import annotations

import pytest

from composer.models import Language
from composer.service import as_situation
from composer.writers.builtin import BuiltinWriter
from composer.writers.phrases.nl_sv_labels import dated
from composer.writers.plan import subject_label
from composer.writers.when import tilde


def _draft(**kw):
    base = {"tone": "friendly", "relationship": "regular", "recipient_name": "Sam Weller", "sender_name": "Ann Lee",
            "intent": "reschedule", "reason": "j'ai un empêchement", "meeting_time": "mar 15 déc 10h"}
    return BuiltinWriter().write(as_situation({**base, **kw}), [])


@pytest.mark.parametrize("meeting,named", [
    ("le toilettage de Filou", "le toilettage de Filou"),
    ("l'heure de solfège de Maëlle", "l'heure de solfège de Maëlle"),
    ("le brief pour ta nouvelle enseigne", "le brief pour ta nouvelle enseigne"),
])
def test_fr_an_appointment_label_is_never_the_topic_of_another_meeting(meeting, named):
    d = _draft(language="fr", meeting=meeting)
    assert named in d.body and "notre point sur" not in d.body and not d.warnings, d.body


def test_it_an_ordinal_meeting_is_never_wrapped_in_another_incontro():
    d = _draft(language="it", meeting="il primo incontro per parlare del giardino", meeting_time="mar 15 dic alle 10",
               reason="ho la febbre")
    assert "il nostro incontro per il primo" not in d.body and "primo incontro per parlare" in d.body, d.body
    assert not d.warnings


def test_nl_a_service_typed_with_a_possessive_is_the_appointment_for_it():
    d = _draft(language="nl", meeting="je wassen + föhnen", meeting_time="do 17 dec 14u", reason="ik ben ziek")
    assert "je afspraak voor wassen en föhnen" in d.body and not d.warnings, d.body


@pytest.mark.parametrize("label,short", [
    ("Lunch que le club des entrepreneurs offre à ses membres au Palais", "Lunch"),
    ("Cena sociale che organizzate in cantina a Verona con i soci", "Cena sociale"),
    ("Summer drinks Brightwater Bank hosts on the terrace in Leeds", "Summer drinks"),
    ("Seduta di pulizia del viso, quella lunga", "Seduta di pulizia del viso"),
    ("Coupe et couleur de Margaux (shampoing, soin, brushing)", "Coupe et couleur de Margaux"),
    ("Relecture de ton mémoire et des annexes du rapport de stage", "Relecture de ton mémoire"),
    ("Sopralluogo sul tetto del capannone nuovo a Vicenza", "Sopralluogo sul tetto del capannone nuovo"),
])
def test_a_long_label_gives_a_short_subject(label, short):
    got = subject_label(label)
    assert got == short and len(got) < 60


def test_a_short_label_stays_as_typed_in_a_subject():
    assert subject_label("Budget review") == "Budget review"


def test_a_label_clock_the_time_says_again_is_said_once():
    d = _draft(language="it", meeting="la riunione del martedì alle 9 sul preventivo del bagno", meeting_time="mar 15/12 alle 9",
               reason="ho un imprevisto", tone="formal")
    assert d.body.count("alle 9") == 1 and "alle 9 sul" not in d.body and "sul preventivo del bagno" in d.body and not d.warnings, d.body


def test_fr_a_clause_after_a_time_is_never_glued_with_pour_cause_de():
    d = _draft(language="fr", meeting="votre séance de sophrologie", reason="mardi 15 je fais une formation à Lille", tone="formal")
    assert "pour cause de mardi" not in d.body and not d.warnings, d.body


def test_nl_a_date_follows_a_labels_relative_clause():
    got = dated("de borrel die de vereniging geeft in het clubhuis", " van vrijdag 11 december vanaf 17.00 uur", Language.nl)
    assert got == "de borrel die de vereniging geeft in het clubhuis, op vrijdag 11 december vanaf 17.00 uur"
    assert dated("de borrel die Jan geeft", " van morgen", Language.nl) == "de borrel van morgen die Jan geeft"


@pytest.mark.parametrize("typed,lang,said", [
    ("fre 11 dec kl 14-ish", Language.sv, "fre 11 dec runt kl. 14"),
    ("morgen om ~10u", Language.nl, "morgen rond 10u"),
    ("gio alle ~15", Language.it, "gio verso le 15"),
    ("Thu ~3pm", Language.en, "Thu around 3pm"),
])
def test_a_clock_word_before_a_loose_time_is_not_said_twice(typed, lang, said):
    assert tilde(typed, lang) == said


def test_a_users_gloss_after_the_label_never_takes_the_date():
    d = _draft(language="it", intent="no_show_followup", meeting="la prima seduta in palestra, quella di valutazione",
               meeting_time="martedì scorso alle 17", reason="non è venuto")
    assert "quella di valutazione di" not in d.body and "prima seduta in palestra" in d.body and not d.warnings, d.body


@pytest.mark.parametrize("lang,meeting,time,reason,head", [
    ("nl", "je wassen en föhnen", "do 17 dec 14u", "ik ben ziek", "Wassen en föhnen"),
    ("sv", "din fotvård med lackning", "tors 17 dec kl 14", "jag är sjuk", "Fotvård med lackning"),
    ("it", "il tuo trattamento viso", "gio 17 dic alle 14", "sono malata", "Trattamento viso"),
])
def test_a_subject_never_carries_the_recipients_possessive(lang, meeting, time, reason, head):
    d = _draft(language=lang, meeting=meeting, meeting_time=time, reason=reason)
    assert d.subject.startswith(head) and not d.warnings, d.subject
