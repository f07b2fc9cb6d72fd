"""Thirteenth round of the tone verdict: v12 is seen (v13 stays fresh), and the cue lists can be rewound to the rounds a
set met while it was still fresh, so rule families are measured on sets they were not written from. Example sentences
are the test author's own."""

from __future__ import annotations

from composer.evaluation import cues, labelled, tone, transfer
from composer.models import Language, Situation

L = Language
BARB_R12 = "Merci de répondre vendredi, cette fois, plutôt qu'à la veille."  # a round-12 fragment (French)


def test_v12_and_v13_are_seen_and_v15_is_not() -> None:
    assert {"v12", "v13"} <= set(labelled.HARD_CASE_SPLITS) and {"v12", "v13"} <= set(transfer.SEEN_SPLITS)  # v13 seen since round 14
    assert not any(s.startswith("v15") for s in (*labelled.HARD_CASE_SPLITS, *transfer.SEEN_SPLITS))


def test_as_of_the_last_round_is_the_shipped_table_and_earlier_rounds_are_smaller() -> None:
    count = lambda t: sum(len(f) for by in t.values() for f in by.values())  # noqa: E731
    assert cues.as_of(max(cues.ROUND_TABLES)) == cues.CUES
    sizes = [count(cues.as_of(k)) for k in (3, 6, 9, 11, 12)]
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1]


def test_rewound_drops_later_fragments_and_restores_them() -> None:
    text = cues.norm(BARB_R12)
    assert cues.find("passive_aggressive", text, (L.fr,))
    with cues.rewound(11):
        assert not cues.find("passive_aggressive", text, (L.fr,))
    assert cues.find("passive_aggressive", text, (L.fr,))


def test_a_verdict_after_a_rewind_is_the_shipped_verdict() -> None:
    s = Situation(language="fr", intent="reschedule", recipient_name="Mme Roux", sender_name="Luc Morel", meeting="revue du budget",
                  meeting_time="mardi 8 décembre à 10 h", proposed_times=["jeudi 10 décembre à 10 h"], tone="formal", relationship="regular")
    body = f"Madame Roux,\n\nJe dois déplacer la revue du budget au jeudi 10 décembre à 10 h. {BARB_R12}\n\nCordialement,\nLuc Morel"
    before = tone.tone_verdict(s, "", body, mode="rules")
    with cues.rewound(3):
        tone._imperative.cache_clear()
        rewound = tone.tone_verdict(s, "", body, mode="rules")
    tone._imperative.cache_clear()
    after = tone.tone_verdict(s, "", body, mode="rules")
    assert rewound.score > before.score and after == before


def test_fresh_round_maps_each_set_to_the_rules_it_met_fresh() -> None:
    assert [transfer.fresh_round(s) for s in ("dev", "test", "v2", "v3", "v9", "v12")] == [3, 3, 3, 3, 9, 12]


def _calibration(weight: float | None) -> dict[str, float]:
    c = {"pol_k": -1.0, "pol_cap": 0.3, "pol_slope": 3.0, "pol_tau": 0.0, "pol_lin": 0.25, "draft_cap": 0.15, "draft_slope": 2.0, "draft_tau": -1.0}
    return c if weight is None else {**c, "learned_letter": weight}


def test_the_learned_part_weighs_more_in_letters_and_not_in_one_liners() -> None:
    from composer.evaluation.politeness import Reading

    s = Situation(language="en", intent="reschedule", recipient_name="Ms Hale", sender_name="Tom Reed", meeting="budget review",
                  meeting_time="Tuesday 8 December at 10:00", proposed_times=["Thursday 10 December at 10:00"], tone="formal", relationship="regular")
    letter = Reading(("Dear Ms Hale,", "We are moving the review."), (-1.0, -2.0), (0.0, 0.0), -2.0, (-1.0, -3.0))
    one_liner = Reading(("We are moving the review.",), (-2.0,), (0.0,))
    pen = lambda r, w: {x.name: x.penalty for x in tone.learned(s, r, _calibration(w))}  # noqa: E731
    base, weighted = pen(letter, None), pen(letter, 2.0)
    assert base["politeness"] > 0 and base["draft_tone"] > 0
    assert all(abs(weighted[k] - 2 * v) < 1e-3 for k, v in base.items())
    assert pen(one_liner, 2.0) == pen(one_liner, None)


def test_shipped_weight_in_letters_is_the_one_documented() -> None:
    from composer.evaluation import politeness

    # 1.25 in round 13; 1.2 since round 14 (heads refitted with v13: at 1.25 one built-in grid draft fell to 0.697);
    # round 15 gives en/nl/sv/fr their own weight (tests/unit/test_tone_round15.py), it keeps the shared one
    c = politeness.load_weights().calibration
    assert c.get("learned_letter") == 1.2 and "learned_letter_it" not in c
