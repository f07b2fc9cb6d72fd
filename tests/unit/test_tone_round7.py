"""Seventh round of the tone verdict: cue families written from v6's phenomena in all five languages (grovelling over
an ordinary absence, "we are all busy" / "if it is not too much" reproach, an office writing instead of a person,
regret said as a wish, warm sign-offs), a sincere "how kind of you to think of me", and a delegation without an
apology costing what an asked change costs. Example sentences are the author's own, not evaluation drafts."""

from __future__ import annotations

from typing import Any

import pytest

from composer.evaluation.tone import ASKED_CHANGE_PENALTY, signals
from composer.models import Situation


def sit(**kw: Any) -> Situation:
    base: dict[str, Any] = {
        "language": "en", "intent": "decline", "recipient_name": "Margaret Hughes", "sender_name": "Tom Baker",
        "meeting": "the quarterly account review", "meeting_time": "Thursday 14 March at 10:00", "tone": "formal", "relationship": "regular",
    }
    base.update(kw)
    return Situation(**base)


def pen(s: Situation, body: str, name: str) -> float:
    return next(x.penalty for x in signals(s, "subject", body, detected=s.language) if x.name == name)


@pytest.mark.parametrize(("lang", "text", "signal"), [
    ("en", "I feel terrible about this, and please, please don't hold it against me.", "grovelling"),
    ("fr", "Je vous en supplie, je l'aurais bien mérité.", "grovelling"),
    ("it", "Ti supplico, me lo sarei meritato.", "grovelling"),
    ("nl", "Ik smeek je, dat had ik verdiend.", "grovelling"),
    ("sv", "Jag mår så dåligt över det här, snälla, snälla.", "grovelling"),
    ("en", "No problem, some of us are simply busier than others.", "passive_aggression"),
    ("fr", "Un petit message aurait été apprécié, si ce n'est pas trop demander.", "passive_aggression"),
    ("it", "Un breve messaggio sarebbe stato gradito, se non è chiedere troppo.", "passive_aggression"),
    ("nl", "We hebben het allemaal druk, hoor. Donderdag, als dat tenminste uitkomt.", "passive_aggression"),
    ("sv", "Jag har torsdag, om det nu passar.", "passive_aggression"),
    ("en", "Further communication will be issued in due course. This office thanks you for your patience.", "officialese"),
    ("fr", "Notre service vous remercie de votre compréhension.", "officialese"),
    ("it", "Ulteriori comunicazioni seguiranno a tempo debito.", "officialese"),
    ("nl", "Verdere communicatie volgt te zijner tijd.", "officialese"),
    ("sv", "Vidare information lämnas i sinom tid.", "officialese"),
])
def test_seventh_round_families_fire(lang: str, text: str, signal: str) -> None:
    s = sit(language=lang)
    assert pen(s, f"Hello,\n\n{text}\n\nTom Baker", signal) > 0


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Sadly I have another commitment that evening and cannot attend."),
    ("fr", "J'aurais tellement aimé venir, mais je suis en déplacement ce soir-là."),
    ("it", "Mi sarebbe tanto piaciuto venire, ma quella sera sono in viaggio."),
    ("nl", "Ik was er graag bij geweest, maar die avond ben ik op reis."),
    ("sv", "Jag hade gärna varit med, men den kvällen är jag på resa."),
])
def test_regret_said_as_a_wish_is_an_apology(lang: str, text: str) -> None:
    assert pen(sit(language=lang), f"Hello,\n\n{text}\n\nTom Baker", "apology") == 0


@pytest.mark.parametrize(("lang", "close"), [("en", "Good luck!"), ("fr", "Bon courage !"), ("it", "In bocca al lupo!"), ("nl", "Veel plezier!"), ("sv", "Lycka till!")])
def test_warm_sign_off_is_courteous(lang: str, close: str) -> None:
    s = sit(language=lang, tone="friendly")
    assert pen(s, f"Hi,\n\nThe session moves to Friday.\n\n{close}\nTom", "courtesy") == 0


def test_sincere_how_kind_of_you_is_not_sarcasm_but_the_barbed_one_is() -> None:
    s = sit()
    assert pen(s, "Dear Mr Hughes,\n\nHow kind of you to think of me for the dinner.\n\nTom Baker", "sarcasm") == 0
    assert pen(s, "Dear Mr Hughes,\n\nHow kind of you to finally reply.\n\nTom Baker", "sarcasm") > 0


def test_delegation_without_apology_costs_what_an_asked_change_costs() -> None:
    s = sit(intent="delegate", colleague_name="Sam Reed")
    body = "Dear Ms Hughes,\n\nMy colleague Sam Reed will run the quarterly account review on Thursday 14 March at 10:00.\n\nKind regards,\nTom Baker"
    assert pen(s, body, "apology") == ASKED_CHANGE_PENALTY


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Please note that the tasting will be conducted by Tom Reed."),
    ("fr", "Veuillez noter que la dégustation sera assurée par Tom Reed."),
    ("it", "Si prega di notare che la degustazione sarà condotta da Tom Reed."),
    ("nl", "Gelieve te noteren dat de proeverij wordt geleid door Tom Reed."),
    ("sv", "Observera att provningen kommer att ledas av Tom Reed."),
])
def test_notice_formulas_are_cold_towards_a_friend_only(lang: str, text: str) -> None:
    body = f"Hello,\n\n{text}\n\nTom Baker"
    assert pen(sit(language=lang, tone="friendly"), body, "officialese") > 0
    assert pen(sit(language=lang, tone="formal"), body, "officialese") == 0
