"""nl/sv families of the v13 native review, by design (phr-z): times in the mail's clock, meeting labels, fit, and
the note tables for the shared note normaliser. Own sentences only (no evaluation strings)."""

from __future__ import annotations

import pytest

from composer.models import Language, Situation
from composer.writers import reasons
from composer.writers.phrases import nl, nl_sv_labels, sv

HAS_NORMALISER = hasattr(reasons, "normalise")
needs_normaliser = pytest.mark.skipif(not HAS_NORMALISER, reason="reasons.normalise (phr-y's shared flow) not merged yet")


# --- family 2: times ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("typed, said", [
    ("vr 11 dec na 4", "vrijdag 11 december na 16.00 uur"),  # a bare afternoon hour in a 24-hour mail
    ("wo 9 na 2", "woensdag 9 december na 14.00 uur"),  # and the month on the date
    ("zo 13 hele middag", "zondag 13 december, de hele middag"),  # a whole part of the day set off by a comma
    ("ma 14 dec om 7", "maandag 14 december om 7.00 uur"),  # 7 may be the morning: left as typed
])
def test_nl_list_item_in_the_mails_clock(typed: str, said: str) -> None:
    assert nl.plain_time(typed) == said


@pytest.mark.parametrize("typed, said", [
    ("tors 10 efter 2", "torsdag 10 december efter kl. 14"),
    ("fre 11 dec från 4", "fredag 11 december från kl. 16"),
    ("sön 13 hela dagen", "söndag 13 december, hela dagen"),
    ("mån 14 dec kl 7", "måndag 14 december kl. 7.00"),
])
def test_sv_list_item_in_the_mails_clock(typed: str, said: str) -> None:
    assert sv.plain_time(typed) == said


# --- family 3: labels ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("label, short", [
    ("Planningsoverleg voor de verbouwing met Joost en de aannemer", "Planningsoverleg voor de verbouwing"),
    ("Evaluatie van het opleidingstraject van de afdeling in Zwolle", "Evaluatie van het opleidingstraject"),
    ("Intake voor Mila", "Intake voor Mila"),  # short: as typed
    ("Videocall om de nieuwe huisstijl door te nemen met Evi", "Videocall"),  # a clause goes whole, never cut inside
])
def test_nl_subject_names_the_head(label: str, short: str) -> None:
    assert nl_sv_labels.subject_label(label, Language.nl) == short


@pytest.mark.parametrize("label, short", [
    ("Genomgången av budgeten för 2027 med Anders och hela ledningsgruppen", "Genomgången av budgeten för 2027"),
    ("Planeringsmötet om flytten av lagret i Borås", "Planeringsmötet om flytten av lagret"),  # 36 characters: kept
    ("Konsultationen", "Konsultationen"),
])
def test_sv_subject_names_the_head(label: str, short: str) -> None:
    assert nl_sv_labels.subject_label(label, Language.sv) == short


def test_nl_date_goes_before_the_labels_clause() -> None:
    assert nl_sv_labels.dated("de videocall om je webshop te koppelen", " van vrijdag om 10.00 uur", Language.nl) == \
        "de videocall van vrijdag om 10.00 uur om je webshop te koppelen"
    assert nl_sv_labels.dated("de videocall over je webshop", " van vrijdag", Language.nl) is None


def test_sv_label_ending_in_a_particle_never_gets_a_second_one() -> None:
    said = nl_sv_labels.dated("vårmiddagen som styrelsen bjuder på", " på fredag 5 mars", Language.sv)
    assert said == "vårmiddagen på fredag 5 mars"
    assert "på på" not in said


def test_nl_jullie_after_a_preposition_is_u_and_before_a_noun_uw() -> None:
    assert nl._register("de lunch bij jullie op de Zuidas", True) == "de lunch bij u op de Zuidas"
    assert nl._register("op jullie vestiging", True) == "op uw vestiging"


def _situation(language: str, **kw: object) -> Situation:
    base = dict(language=language, tone="formal", recipient_name="Eva Lind", sender_name="Jonas Berg", relationship="regular")
    base.update(kw)
    return Situation(**base)


def _draft(s: Situation) -> str:
    from composer.writers.builtin import BuiltinWriter

    d = BuiltinWriter().write(s, [])
    assert d.warnings == [], d.warnings  # the fact check reads every rewritten time and label as typed
    return f"{d.subject}\n{d.body}"


def test_sv_call_replacing_the_office_says_instead_of_there_and_keeps_the_topic() -> None:
    text = _draft(_situation("sv", intent="switch_to_call", meeting="genomgången på kontoret om deklarationen",
                             meeting_time="tis 15 dec 14.00", reason="vi har vattenskada i lokalen"))
    assert "i stället för på kontoret" in text
    assert "genomgången om deklarationen" in text.lower()


def test_nl_call_replacing_their_place_keeps_the_topic_and_says_bij_u() -> None:
    text = _draft(_situation("nl", intent="switch_to_call", recipient_name="mevrouw Eva de Lint",
                             meeting="ons overleg bij jullie aan de Dorpsstraat over de jaarcijfers",
                             meeting_time="di 15 dec 14.00", reason="mijn auto staat in de garage"))
    assert "in plaats van bij u aan de Dorpsstraat" in text
    assert "bij uw" not in text


@pytest.mark.parametrize("language, wish", [("sv", "hoppas"), ("nl", "hoop")])
def test_no_show_mail_has_one_wish_not_three(language: str, wish: str) -> None:
    s = _situation(language, intent="no_show_followup", tone="friendly", meeting="massagen" if language == "sv" else "je massage",
                   meeting_time="i måndags kl 10" if language == "sv" else "afgelopen maandag 10u")
    body = _draft(s).split("\n", 1)[1].lower()
    assert body.count(wish) + body.count("hopelijk") <= 1


# --- family 1: the note tables (run when the shared normaliser is merged) ------------------------------------------
@needs_normaliser
@pytest.mark.parametrize("note, clause", [
    ("ben grieperig, verkoudheid", "ik ben grieperig (verkoudheid)"),  # the subject back, a bare noun in brackets
    ("moet om 9u m'n zoon naar school brengen", "ik moet om 9.00 uur mijn zoon naar school brengen"),
    ("kan ook gewoon telefonisch", "het kan ook telefonisch"),  # impersonal "kan" with no infinitive; filler out
    ("vanaf 21 dec met vakantie", "ik ben vanaf 21 december met vakantie"),
])
def test_nl_note_made_a_clause(note: str, clause: str) -> None:
    assert reasons.normalise(note, "nl", formal=True).text == clause


@needs_normaliser
@pytest.mark.parametrize("note, clause", [
    ("feber, ingen ork kvar", "jag har feber och har ingen ork kvar"),  # (the repeat goes in `noted`)
    ("grabben ska till tandläkaren kl 14, sorry", "min son ska till tandläkaren kl. 14"),
    ("mammaledig från 1/2", "jag kommer att vara mammaledig från 1/2"),
])
def test_sv_note_made_a_clause(note: str, clause: str) -> None:
    assert reasons.normalise(note, "sv", formal=False).text == clause


@needs_normaliser
def test_a_promise_in_the_note_is_its_own_sentence_after_the_request() -> None:
    s = _situation("nl", intent="switch_to_email", tone="friendly", meeting="het belletje over je facturen",
                   meeting_time="do 10 dec 11.00", reason="is zo geregeld, ik stuur je een stappenplan")
    text = _draft(s)
    assert "Ik stuur je een stappenplan." in text
    assert "vandaar" not in text
    n = reasons.normalise("is zo geregeld, ik stuur je een stappenplan", "nl", formal=False)
    assert n.after == "Ik stuur je een stappenplan." and n.text.startswith("het is")


def test_the_senders_subject_is_said_once_in_two_joined_clauses() -> None:
    from composer.writers.phrases.nl_sv_notes import _AND_SUBJECT, _one_subject

    assert _one_subject("jag har feber och har ingen ork kvar", _AND_SUBJECT["sv"]) == "jag har feber och har ingen ork kvar"
    assert _one_subject("ik heb griep en ik heb koorts", _AND_SUBJECT["nl"]) == "ik heb griep en heb koorts"
    assert _one_subject("felet sitter i filen och och det syns", _AND_SUBJECT["sv"]) == "felet sitter i filen och det syns"
    assert _one_subject("mijn dochter is ziek en ik ben thuis", _AND_SUBJECT["nl"]) == "mijn dochter is ziek en ik ben thuis"


def test_a_policy_notice_to_a_new_consumer_client_welcomes_them() -> None:
    s = _situation("sv", intent="cancellation_policy", tone="friendly", relationship="new", sender_name="Salong Lyx - Mia",
                   policy={"notice_hours": 24, "fee_percent": 50})
    assert "välkommen som ny kund" in _draft(s).lower()
