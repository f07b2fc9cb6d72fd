"""Fewer seams: the user's notes about the client told to the client, services named as themselves, offers that
fit what is done in person, notices in days or weeks, honours and surname particles (fr/it/en + shared flow)."""

from __future__ import annotations

import pytest

from composer.models import Language, Situation
from composer.names import colleague, greeting
from composer.writers.phrases import en, fr, it, render
from composer.writers.plan import make_plan, notice_span


def situation(lang: str, intent: str = "late_cancellation", tone: str = "formal", **kw) -> Situation:
    data = dict(language=lang, intent=intent, recipient_name="Chloe Fairbairn", sender_name="Jade Whitaker",
                meeting="meeting", meeting_time="Tuesday 10am", tone=tone, relationship="regular")
    data.update(kw)
    return Situation(**data)


def body(s: Situation) -> str:
    m = render(make_plan(s, []))
    return " ".join([m.subject, m.greeting, *m.paragraphs])


@pytest.mark.parametrize("typed,lang,formal,expected", [
    ("Sir Malcolm Ashdown", Language.en, True, "Dear Sir Malcolm,"),
    ("Dame Helen Costigan", Language.en, True, "Dear Dame Helen,"),
    ("Rev. Alan Whitby", Language.en, True, "Dear Reverend Whitby,"),
    ("Sir Malcolm Ashdown", Language.fr, True, "Bonjour Monsieur Ashdown,"),
    ("Matteo Lo Presti", Language.it, False, "Ciao Matteo,"),
    ("Sig. Matteo Lo Presti", Language.it, True, "Gentile Sig. Lo Presti,"),
    ("Mevrouw Els Vande Velde", Language.en, True, "Dear Ms Vande Velde,"),
    ("Mr Karim El Amrani", Language.en, True, "Dear Mr El Amrani,"),
    ("Dr.ssa Chiara Rinaldi", Language.it, True, "Gentile Dott.ssa Rinaldi,"),
])
def test_honours_and_particles(typed: str, lang: Language, formal: bool, expected: str) -> None:
    assert greeting(typed, lang, formal) == expected


def test_colleague_keeps_a_professional_title_and_its_role_apart() -> None:
    assert colleague("Me Florian Achard", Language.fr, True) == ("Maître Florian Achard", "Maître Achard", "")
    assert colleague("Mme Julie Roux", Language.fr, True) == ("Julie Roux", "Julie", "")
    assert colleague("Rémi Tessier, notre directeur artistique", Language.fr, False) == ("Rémi Tessier", "Rémi", "notre directeur artistique")


@pytest.mark.parametrize("hours,expected", [(24, None), (48, None), (72, None), (100, None), (120, ("day", 5)), (168, ("week", 1)), (336, ("week", 2))])
def test_notice_span(hours: float, expected: tuple[str, int] | None) -> None:
    assert notice_span(hours) == expected


@pytest.mark.parametrize("lang,expected", [("en", "two weeks"), ("fr", "deux semaines"), ("it", "due settimane")])
def test_notice_in_weeks(lang: str, expected: str) -> None:
    s = situation(lang, intent="cancellation_policy", meeting=None, meeting_time=None, policy={"notice_hours": 336, "fee_percent": 50})
    text = body(s)
    assert expected in text and "336" not in text


def test_full_fee_in_words() -> None:
    s = situation("en", intent="cancellation_policy", meeting=None, meeting_time=None, policy={"notice_hours": 24, "fee_percent": 100})
    assert "the full fee" in body(s) and "100%" not in body(s)


@pytest.mark.parametrize("reason,expected", [
    ("her car broke down on the M25", "Sorry to hear that your car broke down on the M25."),
    ("their chair was taken ill", "Sorry to hear that your chair was taken ill."),
    ("Chloe's son is ill", "Sorry to hear that your son is ill."),
    ("she has to work late", "Sorry to hear that you have to work late."),
    ("she needs to work late", "I hope all is well."),  # a verb we do not turn: no pasted third person
])
def test_en_note_about_the_client(reason: str, expected: str) -> None:
    assert en.sorry_to_hear(reason, formal=False, first="Chloe") == expected


@pytest.mark.parametrize("tone,reason,expected,absent", [
    ("friendly", "son fils avait une gastro", "ton fils avait une gastro", "son fils"),
    # not a hardship: the user's note is acknowledged neutrally, never told back
    ("formal", "report de leur fusion", "j'espère que tout va bien de votre côté", "fusion"),
    ("formal", "elle s'est réveillée malade", "J'espère que tout va bien de votre côté.", "elle"),
])
def test_fr_note_about_the_client(tone: str, reason: str, expected: str, absent: str) -> None:
    text = body(situation("fr", tone=tone, recipient_name="Inès Charpentier", meeting="séance de massage", reason=reason))
    assert expected in text and absent not in text


@pytest.mark.parametrize("tone,reason,expected", [
    ("friendly", "si è svegliata con la febbre", "ti sei svegliata con la febbre"),
    ("formal", "hanno avuto un'ispezione improvvisa", "spero che vada tutto bene"),  # not a hardship: not told back
    ("friendly", "suo figlio sta male", "tuo figlio"),
])
def test_it_note_about_the_client(tone: str, reason: str, expected: str) -> None:
    assert expected in body(situation("it", tone=tone, recipient_name="Martina Zanetti", meeting="lezione di prova", reason=reason))


@pytest.mark.parametrize("lang,meeting,expected,absent", [
    ("en", "bridal hair trial", "your bridal hair trial", "meeting about"),
    ("en", "site survey", "your site survey", "meeting about"),
    ("it", "lezione di prova di pilates", "alla Sua lezione di prova di pilates", "incontro"),
    ("fr", "cours particulier de piano", "votre cours particulier de piano", "notre point"),
])
def test_a_booked_service_is_named_as_itself_without_a_video_offer(lang: str, meeting: str, expected: str, absent: str) -> None:
    s = situation(lang, meeting=meeting, proposed_times=["Friday 10am"] if lang == "en" else ["venerdì alle 10"] if lang == "it" else ["vendredi à 10h"])
    plan = make_plan(s, [])
    assert plan.in_person and not plan.offer_video
    text = body(s)
    assert expected in text and absent not in text
    assert not any(w in text.lower() for w in ("video", "visio", "videochiamata"))


@pytest.mark.parametrize("meeting", ["charity golf day at Wentworth", "your podcast recording", "votre webinaire sur la facturation"])
def test_a_declined_event_gets_no_call_offer(meeting: str) -> None:
    lang = "fr" if "votre" in meeting else "en"
    s = situation(lang, intent="decline", relationship="key", meeting=meeting)
    plan = make_plan(s, [])
    assert plan.alternative != "call"
    if lang == "en":
        assert "our charity" not in body(s)


def test_the_same_slot_typed_twice_is_offered_once() -> None:
    s = situation("en", intent="reschedule", proposed_times=["Wed 13 Jan, 9am", "Thu 14 Jan 2.30pm", "Wednesday 13th January at 9"])
    assert len(make_plan(s, []).times) == 2


@pytest.mark.parametrize("reason,expected", [
    ("Honnêtement, le sujet ne nous concerne pas avant 2028.", ", car le sujet ne nous concerne pas avant 2028"),
    ("rien de bloquant cette semaine", ", car il n'y a rien de bloquant cette semaine"),
    ("Vu que les annulations de dernière minute se multiplient.", ", car les annulations de dernière minute se multiplient"),
])
def test_fr_reason_as_a_clause(reason: str, expected: str) -> None:
    assert fr.because(reason, make_plan(situation("fr", intent="reschedule"), [])) == expected


@pytest.mark.parametrize("reason,expected", [
    ("only one update this week", "As there is only one update this week"),
    ("Given that most terms are unchanged", "As most terms are unchanged"),
])
def test_en_reason_fronted(reason: str, expected: str) -> None:
    assert en.fronted(reason, False) == expected


def test_it_colleague_with_title_and_elision() -> None:
    assert it._colleague("Dott. Alessio Manfredini", True)["a_c1"] == "al Dott. Manfredini"
    assert it._colleague("Alessio Manfredini", False)["a_c1"] == "ad Alessio"
