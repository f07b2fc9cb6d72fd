"""Eleventh round of the tone verdict: cue families from v10's Swedish and French misses, written for all five languages
(a closing clause hoping a past failure will not recur, a veiled threat about priority, reproach after a warm opening,
guilt trips, talking down, cold formulas to a friendly reader), and the per-language share of the politeness penalty
that the leave-one-set-out table weighs. Example sentences are the test author's own."""

from __future__ import annotations

import pytest

from composer.evaluation import cues, tone, transfer
from composer.models import Language, Situation

L = Language

# (category, language, a sentence that must fire, a courteous neighbour that must not)
FAMILIES = [
    ("passive_aggressive", L.en, "So perhaps we can finish the list this time.", "Perhaps we can finish the list on Tuesday."),
    ("passive_aggressive", L.fr, "Peut-être que nous pourrons finir la liste cette fois.", "Peut-être pourrons-nous finir la liste mardi."),
    ("passive_aggressive", L.it, "Così magari stavolta finiamo la lista.", "Magari martedì finiamo la lista."),
    ("passive_aggressive", L.nl, "Misschien kunnen we de lijst dit keer afmaken.", "Misschien kunnen we de lijst dinsdag afmaken."),
    ("passive_aggressive", L.sv, "Så kanske vi hinner klart med listan den här gången.", "Kanske hinner vi klart med listan på tisdag."),
    ("passive_aggressive", L.en, "Our evening slots go first to clients who turn up.", "Our evening slots are all free next week."),
    ("passive_aggressive", L.fr, "Nous réservons nos meilleurs créneaux aux clients qui viennent.", "Nos créneaux du soir sont libres la semaine prochaine."),
    ("passive_aggressive", L.it, "Riserviamo le migliori fasce ai clienti che si presentano.", "Le fasce serali sono libere la prossima settimana."),
    ("passive_aggressive", L.nl, "Die avonden gaan in de eerste plaats naar klanten die komen.", "De avonden zijn volgende week vrij."),
    ("passive_aggressive", L.sv, "Kvällstiderna går i första hand till kunder som kommer.", "Kvällstiderna är lediga nästa vecka."),
    ("passive_aggressive", L.en, "In the end it hurts other clients.", "In the end it all worked out."),
    ("passive_aggressive", L.fr, "Je dois tout de même vous dire que j'ai attendu.", "Je tiens à vous dire merci."),
    ("passive_aggressive", L.it, "Una semplice telefonata mi avrebbe permesso di organizzarmi.", "Una telefonata va benissimo."),
    ("passive_aggressive", L.nl, "Dat gaat uiteindelijk ten koste van andere klanten.", "Dat komt uiteindelijk goed."),
    ("passive_aggressive", L.sv, "Det drabbar i slutändan andra kunder.", "Det löser sig i slutändan."),
    ("passive_aggressive", L.sv, "Jag hade visserligen tackat nej till två andra kunder.", "Jag har en ledig tid på tisdag."),
    ("passive_aggressive", L.fr, "J'avais pourtant refusé deux autres patients pour vous.", "J'ai un créneau libre mardi."),
    ("condescension", L.en, "Small associations tend to think an audit is hard.", "An audit is quick with the receipts in order."),
    ("condescension", L.fr, "Les petites associations croient souvent qu'un audit est compliqué.", "Un audit est rapide quand les reçus sont en ordre."),
    ("condescension", L.it, "Le piccole associazioni credono spesso che la revisione sia difficile.", "La revisione è rapida con le ricevute in ordine."),
    ("condescension", L.nl, "Kleine verenigingen denken vaak dat een controle moeilijk is.", "Een controle gaat snel met de bonnetjes op orde."),
    ("condescension", L.sv, "Små föreningar brukar tro att en revision är svår.", "En revision går fort med kvittona i ordning."),
    ("officialese", L.en, "We must inform you that the office is closed.", "The office is closed that day, sadly."),
    ("officialese", L.fr, "Nous devons vous informer que le bureau est fermé.", "Le bureau est fermé ce jour-là, hélas."),
    ("officialese", L.it, "Dobbiamo comunicarle che l'ufficio è chiuso.", "L'ufficio purtroppo è chiuso quel giorno."),
    ("officialese", L.nl, "Wij moeten u mededelen dat het kantoor dicht is.", "Het kantoor is die dag helaas dicht."),
    ("officialese", L.sv, "Vi måste meddela att kontoret är stängt.", "Kontoret är tyvärr stängt den dagen."),
]


@pytest.mark.parametrize(("category", "lang", "barbed", "courteous"), FAMILIES)
def test_round11_family_fires_on_the_phenomenon_and_not_on_its_neighbour(category: str, lang: Language, barbed: str, courteous: str) -> None:
    assert cues.find(category, cues.norm(barbed), (lang,)), (category, lang, barbed)
    assert not cues.find(category, cues.norm(courteous), (lang,)), (category, lang, courteous)


def test_a_barbed_closing_clause_fails_an_otherwise_courteous_swedish_note() -> None:
    s = Situation(language="sv", intent="reschedule", recipient_name="Tove", sender_name="Per", meeting="budgetmötet",
                  meeting_time="onsdag 9 december kl. 10.00", proposed_times=["fredag 11 december kl. 10.00"], tone="friendly", relationship="regular")
    good = ("Hej Tove!\n\nJag behöver tyvärr flytta budgetmötet onsdag 9 december kl. 10.00. Passar fredag 11 december kl. 10.00? "
            "Förlåt för krånglet, och tack för att du är flexibel!\n\nPer")
    bad = good.replace("\n\nPer", " Så kanske vi hinner igenom hela budgeten den här gången.\n\nPer")
    g, b = tone.tone_verdict(s, "", good, mode="rules"), tone.tone_verdict(s, "", bad, mode="rules")
    assert g.ok and not b.ok and "passive_aggression" in {r.name for r in b.reasons}


def test_v10_is_seen_and_the_share_table_reads_only_seen_splits() -> None:
    assert "v10" in transfer.SEEN_SPLITS and not any(s.startswith("v15") for s in transfer.SEEN_SPLITS)
    assert set(transfer.POL_SHARES) >= {0.0, 1.0}
