"""Twelfth round of the tone verdict: v11 is seen (v12 stays fresh), the formality head keeps a per-language share in
letters, "good news" in a handover is not mock cheer, two cue families from v11's French and Dutch misses, and the
contrastive pairs written for this round. Example sentences are the test author's own."""

from __future__ import annotations

import pytest

from composer.evaluation import cues, labelled, politeness, tone, transfer
from composer.evaluation.contrast import pairs
from composer.models import Language, Situation

L = Language

FAMILIES = [
    ("passive_aggressive", L.en, "Please reply by Friday, this time, and not the evening before.", "Please reply by Friday, if you can."),
    ("passive_aggressive", L.fr, "Merci de répondre vendredi, cette fois, plutôt qu'à la veille.", "Merci de répondre vendredi si possible."),
    ("passive_aggressive", L.it, "La prego di rispondere venerdì, questa volta, e non la sera prima.", "La prego di rispondere entro venerdì."),
    ("passive_aggressive", L.nl, "Graag een antwoord vóór vrijdag, deze keer, en niet de avond van tevoren.", "Graag een antwoord vóór vrijdag."),
    ("passive_aggressive", L.sv, "Svara gärna före fredag, den här gången, och inte kvällen innan.", "Svara gärna före fredag."),
    ("archaic_officialese", L.en, "We trust you have hereby been duly informed.", "I hope this helps with your planning."),
    ("archaic_officialese", L.fr, "Nous vous prions d'en prendre bonne note.", "N'hésitez pas à me poser vos questions."),
    ("archaic_officialese", L.it, "La preghiamo di prenderne buona nota.", "Resto a disposizione per qualsiasi domanda."),
    ("archaic_officialese", L.nl, "Wij vertrouwen erop u hiermee naar behoren te hebben geïnformeerd.", "Ik hoop u hiermee goed op weg te helpen."),
    ("archaic_officialese", L.sv, "Vi utgår från att du härmed har blivit vederbörligen informerad.", "Hör gärna av dig om något är oklart."),
]


@pytest.mark.parametrize(("category", "lang", "barbed", "courteous"), FAMILIES)
def test_round12_family_fires_on_the_phenomenon_and_not_on_its_neighbour(category: str, lang: Language, barbed: str, courteous: str) -> None:
    assert cues.find(category, cues.norm(barbed), (lang,)), (category, lang, barbed)
    assert not cues.find(category, cues.norm(courteous), (lang,)), (category, lang, courteous)


def test_v11_is_seen_and_v15_is_not() -> None:
    assert "v11" in labelled.HARD_CASE_SPLITS and "v11" in transfer.SEEN_SPLITS
    assert not any(s.startswith("v15") for s in (*labelled.HARD_CASE_SPLITS, *transfer.SEEN_SPLITS))


def _situation(intent: str, language: str = "nl", tone_: str = "friendly") -> Situation:
    return Situation(language=language, intent=intent, recipient_name="Joost", sender_name="Lieke", meeting="de pasafspraak",
                     meeting_time="zaterdag 12 december om 11.00 uur", proposed_times=["maandag 14 december om 11.00 uur"],
                     colleague_name="Emre", tone=tone_, relationship="regular")


def test_good_news_in_a_handover_is_not_mock_cheer_but_stays_so_in_a_reschedule() -> None:
    body = ("Hoi Joost,\n\nGoed nieuws: ik word moeder! Mijn collega Emre neemt je pasafspraak op zaterdag 12 december om 11.00 uur over. "
            "Hij kent je maten.\n\nGroetjes,\nLieke")
    assert tone.sarcasm(body, cues.norm(body), (L.nl,), _situation("delegate").intent).penalty == 0
    assert tone.sarcasm(body, cues.norm(body), (L.nl,), _situation("reschedule").intent).penalty > 0


def _reading(draft: float | None) -> politeness.Reading:
    sents = ("Hoi Sanne,", "Ik kijk er nog steeds erg naar uit!")
    return politeness.Reading(sentences=sents, politeness=(2.0, 2.0), formality=(3.0, 3.0), draft=draft,
                              draft_sentences=(2.0, 2.0) if draft is not None else (), draft_mean=None)


def test_the_formality_penalty_keeps_its_letter_share_in_letters_only() -> None:
    c = {**politeness.load_weights().calibration, "draft_cap": 0.0, "draft_mean_cap": 0.0, "learned_allow": 0.0}
    s = _situation("reschedule")
    full = {**c, "form_letter_nl": 1.0}
    quarter = {**c, "form_letter_nl": 0.25}

    def form(cal: dict[str, float], draft: float | None) -> float:
        return next(x.penalty for x in tone.learned(s, _reading(draft), cal) if x.name == "formality")

    assert form(full, 2.0) > 0.1  # a friendly note the CoCoA head reads as formal
    assert form(quarter, 2.0) == pytest.approx(0.25 * form(full, 2.0), abs=1e-3)  # a letter: the draft heads read it too
    assert form(quarter, None) == pytest.approx(form(full, None), abs=1e-3)  # a one-liner (CoCoA pair) keeps all of it


def test_shipped_calibration_has_a_formality_share_for_each_formality_language() -> None:
    c = politeness.load_weights().calibration
    for lang in tone.FORMALITY_LANGUAGES:
        assert 0.0 <= c.get(f"form_letter_{lang.value}", 1.0) <= 1.0


def test_round12_pairs_cover_every_language_and_differ_by_one_clause() -> None:
    new = [d for d in pairs.drafts(round12=True) if d not in pairs.drafts(round12=False)]
    langs = {s.language for s, _, _, _ in new}
    assert langs == set(Language) and len(new) == 2 * 6 * 5
    for (s1, good, l1, _), (s2, bad, l2, _) in zip(new[::2], new[1::2], strict=True):
        assert s1.id == s2.id and l1 and not l2 and bad.startswith(good.split("\n\n")[0]) and len(bad) > len(good)
