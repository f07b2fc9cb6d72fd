"""Eighth round of the tone verdict: cue families for veiled threats, guilt trips dressed as reassurance, lecturing,
mockery and cold office formulas in all five languages, and a sentence head whose logits are pooled into the draft's
(a soft minimum mixed with the mean), so one barbed sentence can weigh. Example sentences are the test author's own."""

from __future__ import annotations

import numpy as np
import pytest

from composer.evaluation import cues, pooled, politeness, tone
from composer.models import Language, Situation

L = Language

# (category, language, a sentence that must fire, a courteous neighbour that must not)
FAMILIES = [
    ("blame", L.en, "Should this happen again, we will have to charge the full day.", "If this happens again, just let me know and we will find a slot."),
    ("blame", L.en, "We may have to reconsider the terms of our collaboration.", "We are glad of our collaboration."),
    ("blame", L.fr, "Si une telle situation devait se reproduire, nous en tirerions les conséquences.", "Si vous avez un empêchement, prévenez-nous simplement."),
    ("blame", L.it, "Qualora dovesse ripetersi, dovremo riconsiderare la nostra collaborazione.", "Siamo contenti della nostra collaborazione."),
    ("blame", L.nl, "Mocht dit nog eens gebeuren, dan zullen we onze samenwerking heroverwegen.", "We zijn blij met onze samenwerking."),
    ("blame", L.sv, "Om detta upprepas måste vi ompröva vårt samarbete.", "Vi uppskattar vårt samarbete."),
    ("passive_aggressive", L.en, "I turned down two other clients for that morning, but it's really no big deal.", "No problem at all, these things happen."),
    ("passive_aggressive", L.fr, "J'avais refusé deux autres clients pour vous, mais ce n'est rien, vraiment.", "Ce n'est rien, j'espère que tout va bien."),
    ("passive_aggressive", L.it, "Avevo rifiutato altri due clienti per lei, ma non fa niente, davvero.", "Non si preoccupi, capita a tutti."),
    ("passive_aggressive", L.nl, "Ik had twee andere klanten afgezegd voor u, maar het geeft niks, hoor.", "Geen probleem, dat kan gebeuren."),
    ("passive_aggressive", L.sv, "Jag tackade nej till två andra kunder för din skull, men det gör inget, verkligen.", "Ingen fara, sånt händer."),
    ("condescension", L.en, "Since you're just starting out, a small tip: budgets are set in spring.", "Budgets are usually set in spring, in case that helps."),
    ("condescension", L.fr, "Je me permets un petit rappel, car il semble que ce point ne soit pas toujours bien compris.", "Je vous rappelle volontiers les modalités si besoin."),
    ("condescension", L.it, "Visto che è alle prime armi, un piccolo consiglio: prepari i documenti.", "Le mando volentieri i documenti in anticipo."),
    ("condescension", L.nl, "Het is ingewikkelder dan de meeste mensen denken, dus ik stuur u nog een uitleg over wat een rente is.", "Ik stuur u de stukken vooraf."),
    ("condescension", L.sv, "Det är mer komplicerat än de flesta tror, så jag förklarar så enkelt jag kan.", "Jag skickar underlaget i förväg."),
    ("sarcasm", L.en, "I'm sure your readers (both of them) will cope.", "I'm sure your readers will enjoy it."),
    ("sarcasm", L.fr, "Ma collègue, au moins, aura peut-être la patience de vous répondre.", "Ma collègue sera ravie de vous répondre."),
    ("archaic_officialese", L.en, "We acknowledge receipt of your message and thank you for your attention to this matter.", "Thank you for your message."),
    ("archaic_officialese", L.it, "Prendiamo atto dell'annullamento.", "Grazie per averci avvisato dell'annullamento."),
    ("archaic_officialese", L.nl, "Wij nemen kennis van uw annulering.", "Dank voor het laten weten."),
    ("archaic_officialese", L.sv, "Vi bekräftar mottagandet av er avbokning.", "Tack för att du hörde av dig."),
]


@pytest.mark.parametrize(("category", "lang", "barbed", "courteous"), FAMILIES)
def test_round8_family_fires_on_the_phenomenon_and_not_on_its_courteous_neighbour(category: str, lang: Language, barbed: str, courteous: str) -> None:
    assert cues.find(category, cues.norm(barbed), (lang,)), (category, lang, barbed)
    assert not cues.find(category, cues.norm(courteous), (lang,)), (category, lang, courteous)


def test_a_veiled_threat_fails_an_otherwise_courteous_note_in_rules_mode() -> None:
    s = Situation(language="en", intent="no_show_followup", recipient_name="Ms Hart", sender_name="Tom Reed", meeting="the site visit",
                  meeting_time="Friday 4 December at 8:30", tone="formal", relationship="key")
    polite = "Dear Ms Hart,\n\nWe missed you at the site visit on Friday 4 December at 8:30; I hope all is well. Would Tuesday suit you?\n\nKind regards,\nTom Reed"
    threat = polite.replace("Would Tuesday suit you?", "Would Tuesday suit you? Should this happen again, we will have to reconsider our relationship.")
    a, b = tone.tone_verdict(s, "", polite, mode="rules"), tone.tone_verdict(s, "", threat, mode="rules")
    assert a.ok and not b.ok and b.score < a.score
    assert any(r.name == "blame" and "happen again" in r.evidence for r in b.reasons)


def test_pool_runs_from_the_mean_to_the_minimum() -> None:
    s = np.array([2.0, 1.5, -3.0, 2.5])
    assert pooled.pool(s, 1.0, 1.0) == pytest.approx(s.mean())
    assert pooled.pool(s, 0.0, 0.01) == pytest.approx(-3.0, abs=0.05)
    soft = pooled.pool(s, 0.0, 1.0)
    assert -3.0 < soft < s.mean()
    assert pooled.pool(s, 0.5, 1.0) == pytest.approx(0.5 * s.mean() + 0.5 * soft)
    w = pooled.weights_of(s, 0.5, 1.0)
    assert w.sum() == pytest.approx(1.0) and int(np.argmax(w)) == 2  # the worst sentence weighs most


def test_pool_gradient_matches_its_weights() -> None:
    s = np.array([0.3, -1.2, 2.0])
    eps = 1e-6
    for beta, temp in ((0.5, 1.0), (0.0, 0.5), (1.0, 1.0)):
        num = [(pooled.pool(s + eps * np.eye(3)[i], beta, temp) - pooled.pool(s - eps * np.eye(3)[i], beta, temp)) / (2 * eps) for i in range(3)]
        assert np.allclose(num, pooled.weights_of(s, beta, temp), atol=1e-5)


def _bags(rng: np.random.Generator, n: int) -> tuple[list[np.ndarray], np.ndarray]:
    """Drafts of 5 sentences on random 'content' directions; a bad draft has ONE sentence along the 'barb' direction."""
    d = 16
    barb = np.zeros(d)
    barb[0] = 1.0
    bags, y = [], []
    for i in range(n):
        x = rng.normal(size=(5, d)) * 0.3
        x[:, 0] = np.abs(x[:, 0]) * 0.2
        good = i % 2 == 0
        if not good:
            x[rng.integers(5)] += 2.0 * barb
        bags.append(x)
        y.append(1.0 if good else 0.0)
    return bags, np.array(y)


def test_a_soft_min_head_learns_a_single_barbed_sentence_from_draft_labels_only() -> None:
    rng = np.random.default_rng(8)
    bags, y = _bags(rng, 200)
    test_bags, test_y = _bags(rng, 100)
    head = pooled.fit(bags, y, beta=0.0, temp=0.5, l2=0.01, iterations=300)
    z = pooled.draft_logits(head, test_bags, 0.0, 0.5)
    assert z[test_y == 1].min() > z[test_y == 0].max()  # every good draft above every barbed one
    worst = [int(np.argmin(head.logits(b))) for b in test_bags[1::2]]
    assert worst == [int(np.argmax(b[:, 0])) for b in test_bags[1::2]]  # and it names the barbed sentence


def test_read_pools_sentence_logits_when_the_weights_say_so() -> None:
    d = 384
    w = np.zeros(d, np.float32)
    w[0] = 4.0
    head = politeness.Head(w, 1.0)
    zero = politeness.Head(np.zeros(d, np.float32), 0.0)
    meta = {"calibration": {"draft_beta": 0.0, "draft_temp": 0.5, "draft_cap": 0.2, "draft_slope": 2.0, "draft_tau": -1.0}}
    weights = politeness.Weights(politeness=zero, formality=zero, meta=meta, draft=head)
    body = "Hello Ann,\n\nThe first sentence here is fine. The second sentence here is barbed. The third sentence is fine too.\n\nBest,\nBo"

    def embed(texts):  # type: ignore[no-untyped-def]
        x = np.zeros((len(texts), d), np.float32)
        x[:, 0] = [-1.0 if "barbed" in t else 0.5 for t in texts]
        return x

    r = politeness.read(body, weights, embed=embed)
    assert len(r.draft_sentences) == len(r.sentences) == 3
    assert r.draft == pytest.approx(pooled.pool(np.array(r.draft_sentences), 0.0, 0.5))
    assert r.draft < min(r.draft_sentences) + 1.0 and r.draft < float(np.mean(r.draft_sentences))
    s = Situation(language="en", intent="reschedule", recipient_name="Ann", sender_name="Bo", meeting="the review", meeting_time="Monday at 10:00", tone="friendly", relationship="regular")
    c = {**politeness.load_weights().calibration, **weights.calibration}
    sig = [x for x in tone.learned(s, r, c) if x.name == "draft_tone"][0]
    assert "barbed" in sig.evidence.split("weakest sentences:")[1].split(";")[0]


def test_v7_to_v14_are_seen_and_v15_is_not() -> None:
    from composer.evaluation import labelled, transfer

    assert {"v7", "v8", "v9"} <= set(labelled.HARD_CASE_SPLITS) and {"v7", "v8", "v9"} <= set(transfer.SEEN_SPLITS)
    assert {"v10", "v11", "v12", "v13"} <= set(labelled.HARD_CASE_SPLITS) and {"v10", "v11", "v12", "v13"} <= set(transfer.SEEN_SPLITS)  # seen since rounds 11-14
    fresh = {s for s in set(labelled.HARD_CASE_SPLITS) | set(transfer.SEEN_SPLITS) if s.startswith("v") and s[1:].isdigit() and int(s[1:]) >= 15}
    assert not fresh  # v15 and later stay fresh
