"""Answering a client who asked to move: take their time, or offer ours; never apologise for their change."""

from __future__ import annotations

import pytest

from composer.config import get_settings
from composer.messages import read_message
from composer.messages.extract import extract
from composer.messages.situation import client_move, situation_from_message
from composer.models import ClientMove, Situation
from composer.service import Tactful

THEIRS = {
    "en": ["Friday 11 December at 14:00", "Monday 14 December at 9:30"],
    "fr": ["vendredi 11 décembre à 14 h", "lundi 14 décembre à 9 h 30"],
    "it": ["venerdì 11 dicembre alle 14", "lunedì 14 dicembre alle 9:30"],
    "nl": ["vrijdag 11 december om 14.00 uur", "maandag 14 december om 9.30 uur"],
    "sv": ["fredag 11 december kl. 14.00", "måndag 14 december kl. 9.30"],
}
MEETING = {"en": "the budget review", "fr": "la revue budgétaire", "it": "la revisione del budget", "nl": "de budgetbespreking",
           "sv": "budgetgenomgången"}
WHEN = {"en": "Thursday 10 December at 10:00", "fr": "jeudi 10 décembre à 10 h", "it": "giovedì 10 dicembre alle 10",
        "nl": "donderdag 10 december om 10.00 uur", "sv": "torsdag 10 december kl. 10.00"}
SORRY = {"en": ("sorry", "apolog"), "fr": ("désolé", "excuse"), "it": ("dispiace", "scus"), "nl": ("spijt", "excuses"),
         "sv": ("ledsen", "ursäkt")}
# What each reply must say: the client's time taken, or theirs declined before ours are offered.
SAYS = {
    "accept": {"en": "you suggested", "fr": "propos", "it": "propon", "nl": "voorstelt", "sv": "föreslår"},
    "counter": {"en": "at the time you suggested", "fr": "sur le créneau que", "it": "non sono disponibile nell'orario",
                "nl": "helaas niet uit", "sv": "passar mig tyvärr inte"},
}
CASES = [(lang, move, tone, n) for lang in THEIRS for move, n in (("accept", 1), ("accept", 2), ("counter", 1), ("open", 0))
         for tone in ("formal", "friendly")]


@pytest.fixture(scope="module")
def tactful() -> Tactful:
    return Tactful(get_settings(today="2026-12-07"))


@pytest.mark.parametrize(("lang", "move", "tone", "n"), CASES)
def test_a_reply_to_a_move_request_takes_their_time_or_offers_ours_without_apologising(
    tactful: Tactful, lang: str, move: str, tone: str, n: int
) -> None:
    times = THEIRS[lang][:n] if move == "accept" else THEIRS[lang][1:1 + n]
    s = Situation(language=lang, intent="reschedule", recipient_name="Maria Lopez", sender_name="Julien Martin",
                  meeting=MEETING[lang], meeting_time=WHEN[lang], proposed_times=times, tone=tone, relationship="regular",
                  client_move=move)
    d = tactful.draft(s)
    d = getattr(d, "draft", d)
    body = d.body.lower()
    assert not any(w in body for w in SORRY[lang]), d.body
    assert d.warnings == [], d.warnings  # the fact model reads every time in its role
    assert 15 <= len(d.body.split()) <= 220  # a yes to their time, or asking for theirs, is short, as natives write it
    for t in times:
        assert t.split()[0].lower() in body  # each offered or accepted time is there, by its weekday
    if move in SAYS:
        assert SAYS[move][lang] in body, d.body
    # the same reply without client_move is our own move: it apologises or explains, so the difference is real
    ours = tactful.draft(s.model_copy(update={"client_move": None}))
    assert getattr(ours, "draft", ours).body != d.body


def test_client_move_belongs_to_reschedule_and_accept_needs_their_time() -> None:
    base = dict(language="en", recipient_name="A B", sender_name="C D", meeting="review", meeting_time="Monday at 10:00",
                tone="formal", relationship="regular")
    with pytest.raises(ValueError, match="goes with intent 'reschedule'"):
        Situation(intent="decline", client_move="accept", proposed_times=["Tuesday at 9:00"], **base)
    with pytest.raises(ValueError, match="needs the client's time"):
        Situation(intent="reschedule", client_move="accept", **base)
    assert Situation(intent="reschedule", client_move="open", **base).client_move is ClientMove.open


MOVE = """Hi Julien,

Something came up on our side: could we move the budget review? Would Friday 11 December at 14:00 work for you instead?

Thanks,
Maria Lopez
"""
INVITE = """Hi Julien,

Would you be free for a budget review on Friday 11 December at 14:00?

Thanks,
Maria Lopez
"""


def test_the_message_decides_accept_counter_or_open_and_only_for_a_move_request() -> None:
    found = extract(read_message(MOVE.encode()), today=None)
    assert found.kind == "reschedule_request"
    assert client_move(found, {}, "reschedule") is ClientMove.accept
    assert client_move(found, {"proposed_times": ["Monday 14 December at 9:30"]}, "reschedule") is ClientMove.counter
    assert client_move(found, {}, "decline") is None
    invite = extract(read_message(INVITE.encode()), today=None)
    assert client_move(invite, {}, "reschedule") is None  # our own move of their invitation still apologises
    data = situation_from_message(found, {}, intent="reschedule")
    assert data["client_move"] == "accept"
    assert situation_from_message(found, {"client_move": "counter"}, intent="reschedule")["client_move"] == "counter"



def test_no_alternative_adds_the_stock_thanks_to_a_move_the_client_asked_for() -> None:
    from composer.writers.builtin import labelled_variants

    s = Situation(language="en", intent="reschedule", recipient_name="Maria Lopez", sender_name="Julien Martin",
                  meeting=MEETING["en"], meeting_time=WHEN["en"], proposed_times=THEIRS["en"][:1], tone="friendly",
                  relationship="regular", client_move="accept")
    thanks = "Also thanks them for their understanding"
    assert thanks not in [a.label for a in labelled_variants(s, [], 6)]
    assert thanks in [a.label for a in labelled_variants(s.model_copy(update={"client_move": None}), [], 6)]
