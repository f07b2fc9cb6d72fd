"""Tenth round of the tone verdict: cue families from v9's English and Swedish misses, written for all five languages
(reproach by comparison with "last time", faint praise of the reader's business, mock sorrow, office closings that shut
the matter), false alarms on good notes (a get-well wish closes courteously, a fee reminder that forgives is
understanding), the contrastive pairs at sentence level and weighted auxiliary bags for the sentence head.
Example sentences are the test author's own."""

from __future__ import annotations

import numpy as np
import pytest

from composer.evaluation import cues, pooled, tone
from composer.models import Language, Situation

L = Language

# (category, language, a sentence that must fire, a courteous neighbour that must not)
FAMILIES = [
    ("passive_aggressive", L.en, "An answer sooner than last time would be useful.", "Thanks for the quick answer last time."),
    ("passive_aggressive", L.fr, "Une réponse plus rapide que la dernière fois serait utile.", "Merci encore pour votre réponse de la dernière fois."),
    ("passive_aggressive", L.it, "Una risposta più rapida dell'ultima volta sarebbe utile.", "Grazie ancora per la risposta dell'ultima volta."),
    ("passive_aggressive", L.nl, "Een reactie sneller dan de vorige keer zou fijn zijn.", "Dank nog voor je snelle reactie de vorige keer."),
    ("passive_aggressive", L.sv, "Ett svar snabbare än förra gången vore bra.", "Tack igen för det snabba svaret förra gången."),
    ("condescension", L.en, "The old brochure is perfectly adequate for a shop of that kind.", "The old brochure still works well."),
    ("condescension", L.fr, "Pour une entreprise de votre taille, l'ancien site suffit.", "L'ancien site fonctionne encore très bien."),
    ("condescension", L.it, "Per un'attività delle sue dimensioni il vecchio sito basta.", "Il vecchio sito funziona ancora bene."),
    ("condescension", L.nl, "Voor een bedrijf van uw omvang is de oude site prima.", "De oude site werkt nog prima."),
    ("condescension", L.sv, "För ett företag av din storlek räcker den gamla sidan.", "Den gamla sidan fungerar fortfarande bra."),
    ("sarcasm", L.en, "You'll no doubt be as heartbroken as I am about it.", "I'm sorry to miss it."),
    ("sarcasm", L.fr, "Vous serez sûrement aussi déçue que moi.", "Je suis désolée de manquer ce rendez-vous."),
    ("sarcasm", L.it, "Sarà sicuramente dispiaciuta quanto me.", "Mi dispiace perdere l'incontro."),
    ("sarcasm", L.nl, "U zult vast net zo teleurgesteld zijn als ik.", "Het spijt me dat ik het moet missen."),
    ("sarcasm", L.sv, "Det händer förstås när det är som roligast.", "Det är synd att jag missar det."),
    ("archaic_officialese", L.en, "We trust this clarifies the matter.", "I hope this helps."),
    ("archaic_officialese", L.sv, "Eventuella frågor ska lämnas skriftligen.", "Hör gärna av dig om du har frågor."),
    ("courtesy", L.en, "Get well soon!", "The session is on Monday."),
    ("courtesy", L.fr, "Bon rétablissement !", "La séance est lundi."),
    ("courtesy", L.it, "Buona guarigione!", "La seduta è lunedì."),
    ("courtesy", L.nl, "Beterschap!", "De sessie is maandag."),
    ("courtesy", L.sv, "Krya på dig!", "Passet är på måndag."),
    ("sympathy", L.en, "It's easy to lose track in December.", "The fee applies in December."),
    ("sympathy", L.sv, "Det är lätt att glömma i december.", "Avgiften gäller i december."),
]


@pytest.mark.parametrize(("category", "lang", "barbed", "courteous"), FAMILIES)
def test_round10_family_fires_on_the_phenomenon_and_not_on_its_neighbour(category: str, lang: Language, barbed: str, courteous: str) -> None:
    assert cues.find(category, cues.norm(barbed), (lang,)), (category, lang, barbed)
    assert not cues.find(category, cues.norm(courteous), (lang,)), (category, lang, courteous)


def test_a_forgiving_fee_note_with_a_get_well_wish_costs_neither_courtesy_nor_sympathy() -> None:
    s = Situation(language="sv", intent="late_cancellation", recipient_name="Maja", sender_name="Ola", meeting="massagen",
                  meeting_time="fredag 4 december kl. 10.00", tone="friendly", relationship="regular")
    body = ("Hej Maja!\n\nDet är lätt att glömma avbokningsreglerna i december: massagen fredag 4 december kl. 10.00 avbokades "
            "senare än 24 timmar innan, så halva avgiften debiteras. Krya på dig!\n\nOla")
    reasons = {r.name: r for r in tone.tone_verdict(s, "", body, mode="rules").reasons}
    assert "courtesy" not in reasons and "sympathy" not in reasons


def test_a_comparison_with_last_time_fails_an_otherwise_courteous_note_in_rules_mode() -> None:
    s = Situation(language="en", intent="reschedule", recipient_name="Ms Vale", sender_name="Kit Moss", meeting="the audit review",
                  meeting_time="Tuesday 8 December at 10:00", tone="formal", relationship="key", proposed_times=["Thursday 10 December at 10:00"])
    polite = ("Dear Ms Vale,\n\nI am sorry, but I need to move the audit review on Tuesday 8 December at 10:00. Would Thursday 10 December "
              "at 10:00 suit you?\n\nKind regards,\nKit Moss")
    barbed = polite.replace("suit you?", "suit you? A reply a bit faster than last time would help.")
    a, b = tone.tone_verdict(s, "", polite, mode="rules"), tone.tone_verdict(s, "", barbed, mode="rules")
    assert a.ok and not b.ok and b.score < a.score


def test_pair_clauses_label_every_barb_bad_and_every_base_sentence_good() -> None:
    from composer.evaluation.contrast.pairs import _PAIRS, clauses

    rows = clauses()
    barbs = {barb for rs in _PAIRS.values() for *_, barb in rs}
    assert {s for _, s, label in rows if not label} == barbs
    assert all(label for _, s, label in rows if s not in barbs)
    assert {lang for lang, _, _ in rows} == {"en", "fr", "it", "nl", "sv"}


def test_a_bag_weighted_zero_is_a_bag_left_out() -> None:
    rng = np.random.default_rng(10)
    bags = [rng.normal(size=(int(rng.integers(1, 4)), 6)) for _ in range(40)]
    y = (rng.random(40) > 0.5).astype(float)
    noise = [rng.normal(size=(1, 6)) for _ in range(10)]
    a = pooled.fit(bags, y, beta=0.0, temp=0.5, iterations=100)
    b = pooled.fit(bags + noise, np.r_[y, np.ones(10)], beta=0.0, temp=0.5, iterations=100, weights=np.r_[np.ones(40), np.zeros(10)])
    assert np.allclose(a.w, b.w) and a.b == pytest.approx(b.b)


def test_the_tenth_round_pairs_keep_the_pair_form_and_stay_out_of_training() -> None:
    from composer.evaluation.contrast.pairs import drafts

    base, extra = drafts(), drafts(extra=True)
    assert len(extra) - len(base) == 2 * 29
    assert len({d[3] for d in extra} - {d[3] for d in base}) == 2 * 29
    for (s1, good, l1, _), (s2, bad, l2, _) in zip(extra[::2], extra[1::2], strict=True):
        assert s1.id == s2.id and l1 and not l2 and bad.startswith(good.split("\n\n")[0]) and len(bad) > len(good)


def test_the_whole_note_head_reads_the_same_vectors_and_adds_its_own_signal() -> None:
    from composer.evaluation import politeness
    from composer.evaluation.politeness import Head, Weights

    rng = np.random.default_rng(3)
    d = 8
    calib = {"pol_k": -1.0, "pol_cap": 0.3, "pol_slope": 3.0, "pol_tau": -0.1, "pol_lin": 0.25, "pol_friendly": 0.3, "form_cap": 0.0,
             "draft_beta": 0.0, "draft_temp": 0.5, "draft_cap": 0.15, "draft_slope": 2.0, "draft_tau": -1.0,
             "draft_mean_cap": 0.15, "draft_mean_slope": 2.0, "draft_mean_tau": -1.0}
    whole = Head(rng.normal(size=d).astype(np.float32), -3.0)  # reads every note as bad: its penalty must show
    w = Weights(Head(np.zeros(d, np.float32), 1.0), Head(np.zeros(d, np.float32), 0.0), {"calibration": calib},
                Head(np.zeros(d, np.float32), 2.0), whole)
    calls: list[int] = []

    def embed(texts):  # type: ignore[no-untyped-def]
        calls.append(len(texts))
        return rng.normal(size=(len(texts), d)).astype(np.float32)

    body = "Dear Ms Rowe,\n\nI am sorry, but I need to move our review on Tuesday.\nWould Thursday at ten suit you instead?\n\nKind regards,\nAl Finch"
    r = politeness.read(body, w, embed=embed)
    assert len(calls) == 1  # one embedding batch for every head
    assert r.draft == pytest.approx(2.0) and r.draft_mean is not None and r.draft_mean < 0
    s = Situation(language="en", intent="reschedule", recipient_name="Ms Rowe", sender_name="Al Finch", meeting="our review", meeting_time="Tuesday", tone="formal", relationship="regular")
    sig = {x.name: x for x in tone.learned(s, r, calib)}
    assert sig["draft_whole"].penalty > 0.1 and "as a whole" in sig["draft_whole"].evidence
    assert sig["draft_tone"].penalty < 0.01
    w0 = Weights(w.politeness, w.formality, w.meta, w.draft)  # no whole-note head: no such signal
    assert "draft_whole" not in {x.name for x in tone.learned(s, politeness.read(body, w0, embed=embed), calib)}
