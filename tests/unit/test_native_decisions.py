"""Seams of the second native review (issue 16), each from its rule: a decision declined on substance, reason glue,
Italian articles and capitals, policy wording when late cancellation is free, colleague titles, particles."""

from __future__ import annotations

import pytest

from composer.models import Situation
from composer.names import greeting
from composer.models import Language
from composer.writers.builtin import BuiltinWriter
from composer.writers.phrases import it
from composer.writers.plan import make_plan


def situation(**kw) -> Situation:
    base = dict(language="en", intent="decline", recipient_name="Ann Lee", sender_name="Bo Ek", meeting="product demo",
                meeting_time="Friday 3pm", tone="friendly", relationship="regular")
    base.update(kw)
    return Situation.model_validate(base)


def draft(**kw):
    d = BuiltinWriter().write(situation(**kw), [])
    assert not d.warnings, d.warnings
    return d


@pytest.mark.parametrize("lang,meeting,time,reason", [
    ("en", "product demo", "Friday 3pm", "We have chosen another vendor for next year."),
    ("en", "product demo", "Friday 3pm", "We are sticking with our existing supplier."),
    ("en", "product demo", "Friday 3pm", "There is no budget for this in 2027."),
    ("fr", "la présentation de votre logiciel", "jeudi 10h", "Nous restons chez notre fournisseur actuel."),
    ("fr", "la présentation de votre logiciel", "jeudi 10h", "Nous avons retenu une autre solution."),
    ("it", "la demo della vostra piattaforma", "giovedì alle 10", "Abbiamo scelto un altro fornitore."),
    ("it", "la demo della vostra piattaforma", "giovedì alle 10", "Restiamo con la soluzione che usiamo oggi."),
])
def test_a_decision_is_declined_on_substance_with_no_call_offered(lang: str, meeting: str, time: str, reason: str) -> None:
    s = situation(language=lang, meeting=meeting, meeting_time=time, reason=reason)
    plan = make_plan(s, [])
    assert plan.final and plan.alternative is None
    d = draft(language=lang, meeting=meeting, meeting_time=time, reason=reason)
    text = (d.subject + "\n" + d.body).lower()
    for offer in ("phone call", "call instead", "keep things moving", "can't make it", "s'appeler", "me libérer",
                  "telefonata", "non riesco a esserci", "what works for you", "let me know what you think", "ce qui t'arrange", "cosa preferisci"):
        assert offer not in text


def test_a_diary_clash_is_still_a_diary_clash() -> None:
    assert not make_plan(situation(reason="I am travelling that day."), []).final


def test_italian_subject_keeps_a_leading_i() -> None:
    for meeting in ("incontro di avvio progetto", "intervista per il blog", "inaugurazione del magazzino"):
        d = draft(language="it", meeting=meeting, meeting_time="venerdì alle 15", reason="sono in trasferta")
        assert d.subject.lower().startswith(meeting.split()[0])


def test_italian_per_ora_is_kept_and_purtroppo_not_repeated() -> None:
    assert "per ora" in it._because("per ora restiamo con il fornitore attuale")
    assert "purtroppo" not in it._because("purtroppo sono già impegnata quella sera")


def test_italian_common_words_lose_their_capital_mid_sentence() -> None:
    assert it._lower_first("Metà del team è in ferie") == "metà del team è in ferie"
    assert it._lower_first("Mario è malato") == "Mario è malato"


@pytest.mark.parametrize("lang", ["en", "fr", "it"])
def test_free_late_cancellation_makes_the_notice_a_request(lang: str) -> None:
    d = draft(language=lang, intent="cancellation_policy", tone="formal", meeting=None, meeting_time=None,
              policy={"notice_hours": 48, "fee_percent": 0})
    assert "48" in d.body
    for free in ("free of charge", "sans frais", "senza alcun costo"):
        assert free not in d.body


def test_formal_english_mail_keeps_a_colleagues_academic_title() -> None:
    d = draft(intent="delegate", tone="formal", meeting="annual review", colleague_name="Dr. Priya Raman")
    assert "Dr Priya Raman" in d.body and "Priya has" not in d.body
    friendly = draft(intent="delegate", meeting="annual review", colleague_name="Dr. Priya Raman")
    assert "Dr" not in friendly.body.split("\n\n", 1)[1]


def test_a_surname_with_an_elided_particle_is_greeted_with_the_title_alone() -> None:
    assert greeting("M. Jean-Marc d'Orval", Language.fr, True) == "Bonjour Monsieur d'Orval,"
    assert greeting("Jean-Marc d'Orval", Language.fr, False) == "Bonjour Jean-Marc,"


def test_the_french_delegate_briefs_the_colleague() -> None:
    d = draft(language="fr", intent="delegate", meeting="le point mensuel", meeting_time="jeudi 10h", colleague_name="Léa Morel")
    assert "lui transmettre" in d.body


def test_no_welcome_when_the_first_meeting_is_put_off() -> None:
    s = situation(intent="reschedule", relationship="new", meeting="kick-off meeting", reason="I am ill",
                  proposed_times=["Monday 10am"])
    assert not make_plan(s, []).welcome
    # Since the phrasebook round (plan._WELCOMING), a welcome is only for a new client's policy notice: in a request
    # to a new contact (a shorter meeting, a call) natives read "looking forward to working together" as presumptuous.
    assert not make_plan(s.model_copy(update={"intent": "shorten", "duration_minutes": 30}), []).welcome
    assert make_plan(s.model_copy(update={"intent": "cancellation_policy", "reason": None,
                                          "policy": {"notice_hours": 24, "fee_percent": 50}}), []).welcome


def test_no_stock_video_offer_even_when_the_guidance_suggests_one() -> None:
    """Native v6: "we could also meet by video" answers no problem the situation states; only `fit` adds it to a
    draft that would otherwise be too short, so the plan never asks for it (a training or a project review alike)."""
    from composer.models import Passage

    g = [Passage(id="p", language="en", text="Offer video or phone.", strategies=["video_phone"], source="test", topic="cancellation")]
    s = situation(intent="reschedule", meeting="Excel training for your team", proposed_times=["Monday 10am"], reason="I am ill")
    assert not make_plan(s, g).offer_video
    assert not make_plan(s.model_copy(update={"meeting": "project review"}), g).offer_video
