"""Dutch and Swedish, native review v12 families (phr-x): notes about the client, subjectless "kan", a fragment after
a comma, loose times, the same time never offered again. Own sentences, not eval strings."""

from __future__ import annotations

import pytest

from composer.models import Situation
from composer.writers.builtin import BuiltinWriter
from composer.writers.phrases import nl, sv

W = BuiltinWriter()


def draft(lang: str, intent: str, **kw):
    base = dict(language=lang, intent=intent, recipient_name="Anna Berg", sender_name="Eva Holm", tone="friendly",
                relationship="regular", meeting="de coachingsessie" if lang == "nl" else "coachningen",
                meeting_time="dinsdag 12 januari om 14.00 uur" if lang == "nl" else "tisdag 12 januari kl. 14.00")
    base.update(kw)
    d = W.write(Situation(**base), [])
    assert d.warnings == [], d.warnings
    return d


@pytest.mark.parametrize("reason,note", [
    ("de klant zegt vaak op het laatste moment af", True),
    ("heeft al twee keer een afspraak gemist", True),
    ("boekt steeds om", True),
    ("ik ben de hele week op cursus", False),
    ("het is druk in de praktijk", False),
])
def test_nl_note_about_the_client(reason: str, note: bool) -> None:
    assert nl.client_note(reason) is note


@pytest.mark.parametrize("reason,note", [
    ("kunden har avbokat två gånger i november", True),
    ("har uteblivit två gånger i höst", True),
    ("avbokar ofta samma dag", True),
    ("jag har feber och stannar hemma", False),
    ("har feber", False),
])
def test_sv_note_about_the_client(reason: str, note: bool) -> None:
    assert sv.client_note(reason) is note


@pytest.mark.parametrize("lang,reason,gone", [
    ("nl", "heeft twee keer niet afgezegd voor een gemiste les", "afgezegd"),
    ("nl", "de klant komt vaak te laat", "klant"),
    ("sv", "kunden har avbokat två gånger i november", "avbokat"),
    ("sv", "har uteblivit två gånger i höst", "uteblivit"),
])
def test_a_note_about_the_client_never_reaches_the_client(lang: str, reason: str, gone: str) -> None:
    d = draft(lang, "cancellation_policy", reason=reason, meeting=None, meeting_time=None,
              policy={"notice_hours": 24, "fee_percent": 50})
    assert gone not in d.body


@pytest.mark.parametrize("reason,said", [
    ("kan prima telefonisch, het duurt maar tien minuten", "het kan prima telefonisch, het duurt maar tien minuten"),
    ("kan ook gewoon per mail", "het kan ook gewoon per mail"),
    ("kan niet komen", "ik kan niet komen"),
    ("kan er die dag niet bij zijn", "ik kan er die dag niet bij zijn"),
])
def test_nl_subjectless_kan_is_it_unless_a_verb_follows(reason: str, said: str) -> None:
    assert nl._subjected(reason) == said


@pytest.mark.parametrize("mod,reason,head", [
    (nl, "met vakantie vanaf 20 december, bruiloft van mijn zus", "met vakantie vanaf 20 december"),
    (nl, "ik zit die week in Gent, beurs", "ik zit die week in Gent"),
    (nl, "het lukt niet, we zitten vol", "het lukt niet, we zitten vol"),
    (sv, "jag är ledig från 20 december, bröllop i familjen", "jag är ledig från 20 december"),
    (sv, "bilen är på verkstaden, jag tar bussen", "bilen är på verkstaden, jag tar bussen"),
])
def test_a_verbless_note_after_a_comma_is_clipped(mod, reason: str, head: str) -> None:
    assert mod._clipped(reason) == head


def test_sv_loose_time_said_as_a_native_writes_it() -> None:
    assert sv._when("fre 8 jan kl 10-ish", False) == " på fredag den 8 januari runt kl. 10"  # (phr-ah: "den")
    assert "ish" not in sv._when("fre 8 jan kl 10-ish", False)


def test_the_same_time_typed_loosely_is_not_offered_again() -> None:
    assert sv._same_time("tors 14 jan efter jobbet, typ 17", "tors 14 jan 17.00")
    assert not sv._same_time("tors 14 jan 16.00", "tors 14 jan 17.00")
    d = draft("sv", "switch_to_call", meeting="genomgången av bokslutet", meeting_time="tors 14 jan efter jobbet, typ 17",
              reason="jag sitter fast i Göteborg hela veckan", proposed_times=["tors 14 jan 17.00"])
    assert "också ringa" not in d.body and "17.00" in d.body


@pytest.mark.parametrize("reason,opening", [
    ("pappaledig 11/1–12/4", "Jag kommer att vara pappaledig från den 11 januari till den 12 april."),  # (phr-ah: months in words)
    ("jag är tjänstledig från 1 mars", "Jag kommer att vara tjänstledig från 1 mars."),
    ("sjukskriven fram till mars", "Jag är sjukskriven fram till mars."),
])
def test_sv_a_leave_that_has_not_started_is_said_in_the_future(reason: str, opening: str) -> None:
    d = draft("sv", "delegate", colleague_name="Lisa Ek", reason=reason)
    # (phr-ah: one leave sentence is joined to the hand-over, "Eftersom jag kommer att vara ... har jag bett ...")
    assert opening in d.body or f"Eftersom {opening[0].lower()}{opening[1:-1]} " in d.body


def test_nl_a_relative_day_after_a_possessor_is_never_op_morgen() -> None:
    d = draft("nl", "switch_to_email", meeting="de call over het instellen van je kassa", meeting_time="morgen 10u",
              reason="het zijn maar twee instellingen")
    assert "op morgen" not in d.body


def test_sv_a_counter_move_says_why_their_time_is_refused() -> None:
    d = draft("sv", "reschedule", client_move="counter", meeting="massagen", meeting_time="tors 14 jan 17.00",
              reason="kvällarna är fullbokade hela januari", proposed_times=["fre 15 jan 10.00"])
    assert "Kvällarna är nämligen fullbokade hela januari." in d.body


@pytest.mark.parametrize("reason,said", [
    ("op zaterdagochtend werk ik niet", "Op zaterdagochtend werk ik namelijk niet."),
    ("in de kerstweek zijn we dicht", "In de kerstweek zijn we namelijk dicht."),
])
def test_nl_a_counter_move_says_why_their_time_is_refused(reason: str, said: str) -> None:
    d = draft("nl", "reschedule", client_move="counter", meeting="de massage", meeting_time="do 14 jan 17.00u",
              reason=reason, proposed_times=["vr 15 jan 10.00u"])
    assert said in d.body
