"""The built-in writer refines only its own text, keeps the register the user chose, and offers real alternatives."""

from __future__ import annotations

import asyncio

import pytest

from composer.errors import Unsupported
from composer.facts import prose_only
from composer.models import Intent, Language, Relationship, Situation, Tone
from composer.register import address_problems, formal_markers
from composer.revisions import situation_after, tone_after
from composer.writers.base import Writer
from composer.writers.builtin import EDITED, BuiltinWriter, labelled_variants

W = BuiltinWriter()
NAMES = {"fr": "Claire Dubois", "it": "Giulia Bianchi", "nl": "Sanne de Vries", "sv": "Karin Lindqvist", "en": "Margaret Hughes"}
MEETINGS = {"fr": "la revue trimestrielle", "it": "la revisione trimestrale", "nl": "de kwartaalevaluatie", "sv": "kvartalsgenomgången",
            "en": "the quarterly review"}


def sit(lang: str, intent: str = "decline", tone: str = "formal", rel: str = "regular") -> Situation:
    return Situation(language=lang, intent=intent, recipient_name=NAMES[lang], sender_name="Sam Lee", meeting=MEETINGS[lang],
                     meeting_time="14/03 10:00", tone=tone, relationship=rel, duration_minutes=30,
                     colleague_name="Ann Berg" if intent == "delegate" else None)


@pytest.mark.parametrize("lang", [lang.value for lang in Language])
@pytest.mark.parametrize("rel", ["regular", "new"])
def test_warmer_and_shorter_keep_a_formal_register(lang: str, rel: str) -> None:
    s = sit(lang, rel=rel)
    d = W.write(s, [])
    for instruction in ("warmer", "shorter"):
        r = W.refine(d, instruction, situation=s)
        prose = prose_only(s, r.body)
        assert not address_problems(prose, s.language, Tone.formal), r.body
        if lang in ("fr", "it", "nl"):
            assert formal_markers(prose, s.language), r.body
    assert W.refine(d, "warmer", situation=s).body != d.body, "warmer changes something"


def test_only_a_register_request_changes_the_tone() -> None:
    assert tone_after(Tone.formal, "warmer") is Tone.formal
    assert tone_after(Tone.formal, "shorter") is Tone.formal
    assert tone_after(Tone.formal, "less formal") is Tone.friendly
    assert tone_after(Tone.friendly, "more formal") is Tone.formal
    s = sit("fr")
    assert situation_after(s, "warmer") is s
    assert situation_after(s, "moins formel").tone is Tone.friendly


def test_less_formal_then_back() -> None:
    s = sit("fr", rel="key")
    d = W.write(s, [])
    friendly = W.refine(d, "less formal", situation=s)
    assert "tu" in friendly.body.split() or "te" in friendly.body.split() or "t'" in friendly.body
    back = W.refine(friendly, "more formal", situation=situation_after(s, "less formal"))
    assert back.body == d.body


def test_an_edited_draft_is_not_silently_regenerated() -> None:
    s = sit("en")
    d = W.write(s, [])
    edited = d.model_copy(update={"body": d.body.replace("Kind regards", "Best wishes")})
    with pytest.raises(Unsupported) as e:
        W.refine(edited, "shorter", situation=s)
    assert str(e.value) == EDITED
    # its own refinements and alternatives are still its own text
    shorter = W.refine(d, "shorter", situation=s)
    W.refine(shorter, "warmer", situation=s)
    for alt in labelled_variants(s, [], 3):
        W.refine(alt.draft, "shorter" if "Shorter" not in alt.label else "warmer", situation=s)


def test_capabilities_are_declared() -> None:
    assert isinstance(W, Writer)
    assert W.capabilities == frozenset({"write", "awrite", "stream", "variants", "refine"})
    s = sit("nl")
    assert asyncio.run(W.awrite(s, [])) == W.write(s, [])
    gen = W.stream(s, [])
    chunks = []
    try:
        while True:
            chunks.append(next(gen))
    except StopIteration as stop:
        assert stop.value.body == "".join(chunks) == W.write(s, []).body
    assert len(chunks) > 2


@pytest.mark.parametrize("intent", list(Intent))
def test_alternatives_differ_from_the_current_draft_and_say_how(intent: Intent) -> None:
    data = sit("en", "decline", rel="key").model_dump() | {"intent": intent.value}
    if intent is Intent.cancellation_policy:
        data["policy"] = {"notice_hours": 24}
    if intent is Intent.delegate:
        data["colleague_name"] = "Ann Berg"
    s = Situation.model_validate(data)
    current = W.write(s, []).body
    alts = labelled_variants(s, [], 3)
    assert len(alts) >= 2
    assert current not in [a.draft.body for a in alts]
    assert len({a.label for a in alts}) == len(alts) and all(a.label for a in alts)
    assert [a.draft for a in alts] == W.variants(s, [], 3)


def test_a_key_decline_is_offered_other_approaches_first() -> None:
    s = sit("fr", rel=Relationship.key.value)
    labels = [a.label for a in labelled_variants(s, [], 3)]
    assert any("call" in x or "email" in x or "later" in x for x in labels[:2])
