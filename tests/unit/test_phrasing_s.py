"""The v10 families in general form (issue 16, phr-s): the user's note about the client never said to them, the
person first in a signature, times with their border word, a booked service named as such, whole-word articles in
subjects, a reply to the client's move that names the session and says the reason, titles before a name."""

from __future__ import annotations

from composer.models import ClientMove, Intent, Language, Policy, Relationship, Situation, Tone
from composer.names import greeting
from composer.writers import reasons
from composer.writers.builtin import BuiltinWriter
from composer.writers.plan import private_note, signature
from composer.writers.when import plain


def _draft(**kw: object):
    base = dict(recipient_name="Jade Morrison", sender_name="Kate Lyle", tone=Tone.friendly, relationship=Relationship.regular,
                meeting="quarterly review", meeting_time="Thu 17 Dec 9:30")
    base.update(kw)
    return BuiltinWriter().write(Situation(**base), [])


def _policy(language: Language, reason: str, **kw: object) -> str:
    return _draft(language=language, intent=Intent.cancellation_policy, reason=reason, meeting=None, meeting_time=None,
                  policy=Policy(notice_hours=24, fee_percent=50), **kw).body


def test_a_note_about_the_client_in_the_third_person_never_goes_into_the_mail() -> None:
    for lang, note in ((Language.en, "She's missed three of the last five sessions."), (Language.fr, "Elle a décalé trois fois ce trimestre."),
                       (Language.it, "Ultimamente salta spesso all'ultimo."), (Language.nl, "Ze heeft deze maand twee keer afgezegd."),
                       (Language.sv, "Hon har missat tre lektioner i höst.")):
        body = _policy(lang, note)
        assert note.rstrip(".") not in body, (lang, body)
        for word in ("three", "trois", "spesso", "twee keer", "tre lektioner", "missed", "manqué"):
            assert word not in body, (lang, body)


def test_an_internal_label_is_not_pasted_but_a_first_person_reason_stays() -> None:
    body = _policy(Language.en, "new client, first site visit in January", relationship=Relationship.new)
    assert "new client" not in body.lower() and "January" not in body
    ok = Situation(language=Language.en, intent=Intent.cancellation_policy, recipient_name="Jade Morrison", sender_name="Kate",
                   tone=Tone.friendly, relationship=Relationship.regular, reason="We're introducing a new booking system in January",
                   policy=Policy(notice_hours=24, fee_percent=50))
    assert not private_note(ok.reason, ok)
    moved = ok.model_copy(update={"intent": Intent.decline, "reason": "She asked for a discount", "meeting": "demo", "meeting_time": "Mon 14 Dec 10am"})
    assert not private_note(moved.reason, moved)  # a third person in a reason of the sender's own mail is not judged here


def test_the_person_signs_first_whatever_the_separator() -> None:
    assert signature("Hollins Keane Architects – Sophie Keane") == "Sophie Keane\nHollins Keane Architects"
    assert signature("Helpdesk team, Ledgerly (Aisha Khan)") == "Aisha Khan\nHelpdesk team, Ledgerly"
    assert signature("Rohan Batliwala, account manager – Cloudrift") == "Rohan Batliwala\nAccount manager, Cloudrift"
    assert signature("Traduzioni Lexis – Dott.ssa Elena Barone") == "Dott.ssa Elena Barone\nTraduzioni Lexis"
    assert signature("Beatrice Oltolina, project manager | Orbis Digital") == "Beatrice Oltolina\nProject manager, Orbis Digital"
    assert signature("Tolkbyrån Ordbro – Maria Sohlberg") == "Maria Sohlberg\nTolkbyrån Ordbro"
    assert signature("Jean-Pierre Martin - Plombier") == "Jean-Pierre Martin\nPlombier"
    assert signature("Anna Berg, Marketing") == "Anna Berg\nMarketing"


def test_a_border_word_replaces_at_and_onwards_is_from() -> None:
    assert "at after" not in plain("Wed 16th after 2", Language.en) and "after 2" in plain("Wed 16th after 2", Language.en)
    assert plain("Thu 17 Dec, 7pm onwards", Language.en) == "Thursday 17 December from 7pm"
    assert "dans la" not in plain("mar 22 déc en fin de matinée", Language.fr)
    assert plain("mar 22 déc en fin de matinée", Language.fr).endswith("en fin de matinée")
    assert plain("mar. 8 déc, journée", Language.fr) == "mardi 8 décembre toute la journée"


def test_a_booked_service_is_named_as_such_never_our_meeting_about() -> None:
    en = _draft(language=Language.en, intent=Intent.shorten, meeting="cut + beard trim", meeting_time="Sat 12 Dec 10am",
                duration_minutes=30, reason="we're short-staffed on Saturday").body
    assert "meeting about" not in en and "your cut and beard trim" in en
    fr = _draft(language=Language.fr, intent=Intent.cancellation_policy, recipient_name="Chloé Vaissade", meeting="pose de gel mensuelle",
                meeting_time="tous les premiers jeudis du mois à 18h", policy=Policy(notice_hours=24, deposit_percent=30)).body
    assert "notre point" not in fr and "tes rendez-vous de pose de gel" in fr


def test_subject_articles_are_stripped_only_as_whole_words() -> None:
    d = _draft(language=Language.fr, intent=Intent.no_show_followup, recipient_name="Inès Benmoussa", meeting="leçon de conduite",
               meeting_time="hier 14h", proposed_times=["mer 9 déc 14h"])
    assert d.subject.startswith("Leçon de conduite")
    it = _draft(language=Language.it, intent=Intent.switch_to_email, recipient_name="Federica Spadafora",
                meeting="il nostro incontro sulla scelta delle foto", meeting_time="lun 14 dic ore 18")
    assert it.subject.startswith("Incontro sulla scelta delle foto")  # our possessive goes with the article (v16 review)


def test_a_reply_that_turns_their_time_down_says_why_and_an_open_one_names_the_session() -> None:
    body = _draft(language=Language.en, intent=Intent.reschedule, tone=Tone.formal, client_move=ClientMove.counter,
                  meeting="SLA review", meeting_time="Mon 14 Dec 3pm", reason="I'm on a site visit in Leeds the day she suggested",
                  proposed_times=["Tue 15 Dec 10am"]).body
    assert "site visit in Leeds" in body and "she suggested" not in body
    fr = _draft(language=Language.fr, intent=Intent.reschedule, recipient_name="Loïc Barbezat", client_move=ClientMove.open,
                meeting="soutien en physique-chimie d'Eliott", meeting_time="mercredi 9 déc 16h-17h").body
    assert "d'Eliott" in fr and "9 décembre" in fr and "ensemble" not in fr


def test_a_state_comment_after_a_first_person_sentence_is_a_clause() -> None:
    said = reasons.multi("je me fais opérer du poignet mardi, absente trois semaines", reasons.lexicon("fr"))
    assert said == "Je me fais opérer du poignet mardi et serai absente trois semaines."


def test_titles_before_a_name() -> None:
    assert greeting("Dr Ben Achterberg", Language.en, False) == "Hi Ben,"
    assert greeting("De heer prof. dr. Hendrik ter Haseborg", Language.nl, True) == "Geachte heer Ter Haseborg,"
