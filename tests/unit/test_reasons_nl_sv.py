"""Dutch and Swedish reasons of every shape, generated: no rendered draft glues two connectives in a row, puts a
prepositional cause before a finite clause, or leaves a subordinate clause standing as a sentence of its own.

The reasons are built from parts (a connective of each family, a prepositional cause, subjects, finite verbs,
noun phrases, periods) the way users type them; every intent that says a reason renders them. Then the v9
families the phrasebooks now handle in general form (a period before the hand-over, a time with its part of the
day, frame words that echo the reason, a title left out, a call held by phone instead of at the place).
"""

from __future__ import annotations

import re
import pytest

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from composer.models import Intent, Language, Relationship, Situation, Tone
from composer.writers.builtin import BuiltinWriter
from composer.writers.phrases import nl, sv

W = BuiltinWriter()
INTENTS = [Intent.decline, Intent.reschedule, Intent.shorten, Intent.switch_to_call, Intent.switch_to_email, Intent.delegate]

BASE = {
    Language.nl: dict(recipient_name="Anna de Vries", sender_name="Eva Jansen", meeting="het kwartaaloverleg",
                      meeting_time="dinsdag 15 december om 10.00 uur", colleague_name="Pieter Smit", duration_minutes=30),
    Language.sv: dict(recipient_name="Anna Berg", sender_name="Eva Holm", meeting="kvartalsmötet",
                      meeting_time="tisdag 15 december kl. 10.00", colleague_name="Per Lind", duration_minutes=30),
}

# Parts a Dutch reason is typed from: clauses in verb-final (after a connective) and verb-second order, noun phrases.
NL = dict(
    sub=["ik die dag in Rotterdam moet zijn", "de trein niet rijdt", "mijn dochter ziek is", "we de offerte nog niet rond hebben"],
    main=["ik moet die dag in Rotterdam zijn", "de trein rijdt niet", "mijn dochter is ziek", "we hebben de offerte nog niet rond",
          "om tien uur word ik bij een klant verwacht", "vanaf januari ga ik drie maanden op reis"],
    np=["een eerdere afspraak", "de staking bij de NS", "een drukke week", "ziekte", "een beurs in Utrecht"],
    cause=["omdat", "doordat", "aangezien"], purpose=["zodat"], time=["nu"], np_lead=["vanwege", "wegens", "ivm"],
)
SV = dict(
    sub=["jag måste vara i Malmö den dagen", "tåget är inställt", "min dotter är sjuk", "vi har inte fått offerten"],
    main=["jag måste vara i Malmö den dagen", "tåget är inställt", "min dotter är sjuk", "vi har inte fått offerten ännu",
          "klockan tio måste jag vara hos en kund", "från januari är jag föräldraledig i tre månader"],
    np=["ett tidigare möte", "strejken i kollektivtrafiken", "en intensiv vecka", "sjukdom", "en mässa i Göteborg"],
    cause=["eftersom", "då"], purpose=["så att"], time=["nu när"], np_lead=["på grund av", "pga"],
)


def _reasons(parts: dict) -> st.SearchStrategy[str]:
    """Every shape: a clause led by its own connective (one or two stacked), a prepositional cause before a noun
    phrase or (wrongly typed) before a clause, a whole sentence, a bare noun phrase, a fragment."""
    led = st.tuples(st.sampled_from(parts["cause"] + parts["purpose"] + parts["time"]), st.sampled_from(parts["sub"])).map(" ".join)
    stacked = st.tuples(st.sampled_from(parts["np_lead"] + parts["cause"]), st.sampled_from(parts["cause"]),
                        st.sampled_from(parts["sub"])).map(" ".join)
    np = st.tuples(st.sampled_from(parts["np_lead"]), st.sampled_from(parts["np"])).map(" ".join)
    sentence = st.sampled_from(parts["main"]).map(lambda x: x[:1].upper() + x[1:] + ".")
    return st.one_of(led, stacked, np, sentence, st.sampled_from(parts["main"]), st.sampled_from(parts["np"]))


def _situation(lang: Language, intent: Intent, reason: str, tone: Tone) -> Situation:
    base = dict(BASE[lang])
    if intent is not Intent.delegate:
        base.pop("colleague_name")
    if intent is not Intent.shorten:
        base.pop("duration_minutes")
    return Situation(language=lang, intent=intent, tone=tone, relationship=Relationship.regular, reason=reason, **base)


_CONNECTIVES = {
    Language.nl: r"omdat|want|doordat|aangezien|vanwege|wegens|zodat|in verband met",
    Language.sv: r"eftersom|därför att|på grund av|så att|nu när",
}
_SUBJECTS = {Language.nl: r"ik|we|wij|hij|zij|ze|jij|u", Language.sv: r"jag|vi|han|hon|du|ni"}
_SUBORDINATORS = {Language.nl: r"Omdat|Doordat|Aangezien|Zodat|Nu", Language.sv: r"Eftersom|Därför att|Så att|För att|Nu när"}
_PREP_CAUSE = {Language.nl: r"vanwege|wegens", Language.sv: r"på grund av"}


def seams(text: str, lang: Language) -> list[str]:
    """The three reason seams of the v9 review, in general form."""
    out = []
    c = _CONNECTIVES[lang]
    if m := re.search(rf"(?i)\b({c}),?\s+(?:att\s+)?({c})\b", text):
        out.append(f"two connectives in a row: {m.group(0)!r}")
    if lang is Language.sv and (m := re.search(r"(?i)\b(eftersom|därför att) att\b", text)):
        out.append(f"two connectives in a row: {m.group(0)!r}")
    if m := re.search(rf"(?i)\b({_PREP_CAUSE[lang]})\s+(?:dat\s+|att\s+)?({_SUBJECTS[lang]})\s+\w+", text):
        out.append(f"a prepositional cause before a finite clause: {m.group(0)!r}")
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        if re.match(rf"({_SUBORDINATORS[lang]})\s", sentence) and "," not in sentence and not re.search(r"\b(kommer|vill|is|ben|heb)\s+(här|jag|ik)\b", sentence):
            out.append(f"a subordinate clause standing alone: {sentence!r}")
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reason=_reasons(NL), intent=st.sampled_from(INTENTS), tone=st.sampled_from(list(Tone)))
def test_dutch_reasons_of_every_shape_leave_no_seam(reason: str, intent: Intent, tone: Tone) -> None:
    d = W.write(_situation(Language.nl, intent, reason, tone), [])
    assert not seams(d.body, Language.nl), (reason, d.body)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reason=_reasons(SV), intent=st.sampled_from(INTENTS), tone=st.sampled_from(list(Tone)))
def test_swedish_reasons_of_every_shape_leave_no_seam(reason: str, intent: Intent, tone: Tone) -> None:
    d = W.write(_situation(Language.sv, intent, reason, tone), [])
    assert not seams(d.body, Language.sv), (reason, d.body)


def test_the_seam_check_catches_each_seam() -> None:
    """The checker itself: each seam it names is found in a text that has it, and none in a clean one."""
    assert seams("Helaas kan ik er niet bij zijn vanwege omdat ik ziek ben.", Language.nl)
    assert seams("Helaas kan ik er niet bij zijn vanwege ik ben ziek.", Language.nl)
    assert seams("Hier zijn onze voorwaarden. Zodat alles duidelijk is.", Language.nl)
    assert seams("Tyvärr kan jag inte eftersom att jag är sjuk.", Language.sv)
    assert seams("Här kommer reglerna. Nu när du har bokat din första tid.", Language.sv)
    assert not seams("Helaas kan ik er niet bij zijn, omdat ik ziek ben.", Language.nl)
    assert not seams("Nu när du har bokat din första tid kommer här reglerna.", Language.sv)


def test_reason_shapes_are_classified() -> None:
    assert nl.reason_shape("Om half elf word ik bij een ander project verwacht.")[0] == "sentence"
    assert nl.reason_shape("zodat we alles rustig kunnen doornemen")[:2] == ("clause", "purpose")
    assert nl.reason_shape("vanwege een eerdere afspraak")[:2] == ("np", "cause")
    assert nl.reason_shape("ik ga vanaf januari vier maanden op wereldreis")[:2] == ("sentence", "period")
    assert nl.reason_shape("even voor de duidelijkheid")[0] == "fragment"
    assert sv.reason_shape("nu när du har bokat din första tid")[:2] == ("clause", "time")
    assert sv.reason_shape("så att allt är klart")[:2] == ("clause", "purpose")
    assert sv.reason_shape("på grund av ett driftstopp")[:2] == ("np", "cause")
    assert sv.reason_shape("jag är pappaledig från nästa vecka och tre månader framåt")[:2] == ("sentence", "period")


def _draft(lang: str, intent: str, **kw):
    base = dict(BASE[Language(lang)])
    base.update(kw)
    if intent != "delegate":
        base.pop("colleague_name", None)
    if intent != "shorten":
        base.pop("duration_minutes", None)
    tone = base.pop("tone", "formal")
    rel = base.pop("relationship", "regular")
    return W.write(Situation(language=lang, intent=intent, tone=tone, relationship=rel, **base), [])


def test_a_fronted_sentence_reason_is_never_dropped() -> None:
    d = _draft("nl", "shorten", reason="Om half elf word ik bij een ander project verwacht.", relationship="key")
    assert "Om half elf word ik namelijk bij een ander project verwacht" in d.body and not d.warnings
    assert d.body.count("?") == 1, d.body  # one request for agreement, not two


def test_a_bare_time_clause_opens_the_policy_notice() -> None:
    d = _draft("sv", "cancellation_policy", meeting=None, meeting_time=None, tone="friendly", relationship="new",
               reason="nu när du har bokat din första tid", policy={"notice_hours": 24, "fee_percent": 0, "deposit_percent": 20})
    assert "Nu när du har bokat din första tid kommer här" in d.body and ". Nu när" not in d.body, d.body
    assert "debiteras inte" not in d.body


def test_a_leave_reason_comes_before_the_hand_over_and_no_close_invites_contact() -> None:
    d = _draft("nl", "delegate", tone="friendly", reason="ik ga vanaf januari vier maanden op wereldreis", colleague_name="Eline de Graaf – accountmanager")
    body = d.body
    assert body.index("wereldreis") < body.index("neemt"), body
    assert "In die periode" in body and "laat het gerust weten" not in body and not d.warnings
    d = _draft("sv", "delegate", reason="jag är pappaledig från nästa vecka och tre månader framåt", colleague_name="Tekn. dr Sara Nyborg, projektledare")
    assert d.body.index("pappaledig") < d.body.index("ta över"), d.body
    assert "Tekn" not in d.body + d.subject and "till Sara med dina frågor." in d.body and "Hör gärna av dig" not in d.body


def test_a_part_of_the_day_stays_with_the_weekday() -> None:
    assert nl._when_raw("donderdagavond").strip() == "van donderdagavond"
    assert "maandagochtend 14 december" in nl._when_raw("ma 14 dec ochtend")


def test_frame_words_never_echo_the_reason() -> None:
    d = _draft("nl", "switch_to_email", reason="de laatste punten kan ik u net zo goed per e-mail toelichten")
    assert d.body.count("e-mail") == 1, d.body
    d = _draft("sv", "switch_to_email", reason="Det gäller bara två siffror som jag behöver få bekräftade.")
    assert "När det gäller" not in d.body and "Angående" in d.body
    d = _draft("sv", "switch_to_email", tone="friendly", reason="det har inte hänt något, så jag skickar en lägesrapport istället")
    assert "i stället" not in d.body.replace("istället", ""), d.body


def test_a_recurring_time_in_a_one_off_request_is_this_occurrence() -> None:
    d = _draft("sv", "switch_to_email", tone="friendly", meeting="vår veckoavstämning", meeting_time="varje måndag kl 8.30",
               reason="det har inte hänt något sedan sist")
    assert "på måndag kl. 8.30" in d.body and "varje måndag" not in d.body and not d.warnings, d.body


def test_a_call_is_held_by_phone_instead_of_at_the_typed_place() -> None:
    d = _draft("sv", "switch_to_call", relationship="new", meeting="intervjun här hos oss i Göteborg", meeting_time="mån 14 dec kl 9.30",
               reason="eftersom det är svårt att få tåg från Borås den morgonen")
    assert "håller intervjun på måndag den 14 december kl. 9.30 per telefon i stället för här hos oss i Göteborg" in d.body, d.body  # (phr-ah: "den")
    assert "samarbete" not in d.body and "vårt samtal" in d.body
    d = _draft("nl", "switch_to_call", tone="friendly", relationship="new", meeting="kennismaking bij jullie thuis",
               meeting_time="donderdagavond", reason="ik heb deze week geen auto")
    assert "de kennismaking van donderdagavond telefonisch doen in plaats van bij jullie thuis" in d.body, d.body
    assert "samen te werken" not in d.body and "kennis te maken" in d.body


def test_the_clients_own_booking_and_a_subject_that_promises_nothing() -> None:
    d = _draft("sv", "late_cancellation", meeting="rehabpass", meeting_time="i morse kl 8", reason="Han ringde tjugo minuter innan och avbokade.",
               policy={"notice_hours": 24, "fee_percent": 50})
    assert "ditt rehabpass" in d.body and "ny tid" not in d.subject, (d.subject, d.body)
    d = _draft("nl", "late_cancellation", tone="friendly", meeting="pony bijknippen + kleurspoeling", meeting_time="gisteren 11u",
               reason="ze stuurde pas om half negen een berichtje, kind ziek", policy={"notice_hours": 24, "fee_percent": 50})
    assert "je afspraak van gisteren" in d.body and "kind ziek was" in d.body and "nieuw moment" not in d.subject, d.body
    assert "jou" not in d.body


def test_a_limiting_reason_comes_first_in_a_shorten() -> None:
    d = _draft("sv", "shorten", tone="friendly", relationship="new", meeting="provlektion i sång", meeting_time="tis 15/12 kl 17",
               reason="Jag har bara en halvtimme över den dagen.")
    assert d.body.split("\n\n")[1].startswith("Tyvärr har jag bara en halvtimme över den dagen, så jag skulle vilja korta"), d.body
    assert "jobba ihop" not in d.body



def test_a_proposed_time_with_a_part_of_the_day_is_listed_the_phrasebook_way() -> None:
    """The list items go through `phrases.plain_time`, which asks the nl/sv phrasebook first; other languages and
    times without a part of the day get the shared form."""
    from datetime import date

    from composer.models import Language
    from composer.writers import when
    from composer.writers.phrases import plain_time

    with when.drafting_on(date(2026, 12, 7)):  # a Monday 14 and a Wednesday 16 December ahead
        assert plain_time("ma 14 dec ochtend", Language.nl) == "maandagochtend 14 december"
        assert plain_time("ons 16/12 em", Language.sv) == "onsdag 16 december på eftermiddagen"
        assert plain_time("mardi 15 décembre à 10h", Language.fr) == when.plain("mardi 15 décembre à 10h", Language.fr)


# --- phr-t (v10 families): a reason typed without its subject gets the sender's "ik"/"jag", never "jag är" + verb
@pytest.mark.parametrize("typed,said", [
    ("opereras i knät och är borta tre veckor", "Jag opereras i knät och är borta tre veckor."),
    ("vabbar hela veckan", "Jag vabbar hela veckan."),
    ("kunder väntar och är arga", "Kunder väntar och är arga."),
])
def test_sv_subjectless_verb_phrase_gets_jag(typed: str, said: str) -> None:
    assert sv.main_clause(typed) == said
    assert "jag är vabbar" not in sv.because("vabbar hela veckan").lower()


@pytest.mark.parametrize("typed,said", [
    ("ben ziek", "Ik ben ziek."),
    ("word geopereerd en ben drie weken weg", "Ik word geopereerd en ben drie weken weg."),
    ("vanaf morgen drie weken met verlof na een operatie", "Ik ben vanaf morgen drie weken met verlof na een operatie."),
])
def test_nl_subjectless_or_verbless_absence_gets_ik(typed: str, said: str) -> None:
    assert nl.main_clause(typed) == said


def test_nl_verbless_leave_in_a_delegate_is_said_before_the_hand_over() -> None:
    d = _draft("nl", "delegate", tone="friendly", reason="vanaf morgen twee weken met verlof", colleague_name="Anouk, onze fysio")
    assert "Ik ben vanaf morgen twee weken met verlof." in d.body and d.body.index("verlof") < d.body.index("neemt"), d.body


def test_nl_part_of_the_day_after_a_date_is_the_compound() -> None:
    from datetime import date

    from composer.writers import when

    with when.drafting_on(date(2026, 12, 7)):
        assert nl._when_raw("do 10/12 's middags").strip() == "van donderdagmiddag 10 december"


def test_closing_wish_fits_the_thing() -> None:
    """One wish, fitting: a request thanks in advance; a Saturday appointment no 'fin vecka'; nl no room for new work
    is a no to the work, not a diary clash."""
    d = _draft("sv", "shorten", tone="friendly", meeting="klippning", meeting_time="lör 12 dec kl 11", duration_minutes=45, reason="salongen stänger tidigare")
    assert "vecka" not in d.body, d.body
    d = _draft("nl", "decline", tone="friendly", meeting="brainstorm over de webshop", reason="omdat ik geen nieuwe klussen meer aanneem")
    assert "niet bij zijn" not in d.body and "verhinderd" not in d.subject, d.body + d.subject


def test_a_series_handed_over_stays_plural_and_its_recurrence_is_said_once() -> None:
    d = _draft("nl", "delegate", meeting="de vergadering van de stuurgroep", meeting_time="elke dinsdag om 8u30",
               reason="Vanaf volgende week ben ik met verlof.", colleague_name="Jeroen Kuipers (collega, adviseur)")
    assert "de vergaderingen van de stuurgroep" in d.body and "collega, adviseur" not in d.body, d.body
    d = _draft("sv", "delegate", meeting="styrgruppsmötet", meeting_time="varannan torsdag kl 8",
               reason="Jag är föräldraledig hela våren.", colleague_name="Ylva Sörensen, biträdande jurist")
    assert "ta min plats på styrgruppsmötena" in d.body and "Medan jag är borta" not in d.body, d.body
    d = _draft("nl", "cancellation_policy", tone="friendly", meeting="gellak om de drie weken", meeting_time="om de drie weken op vrijdag 15u",
               policy={"notice_hours": 24, "deposit_percent": 25})
    assert d.body.count("om de drie weken") == 1, d.body


def test_nl_a_two_noun_form_label_gets_its_preposition() -> None:
    assert nl._unlabel("adviesgesprek hypotheek", True) == "adviesgesprek over uw hypotheek"
    assert nl._unlabel("behandeling knie", False) == "behandeling van je knie"
    assert nl._unlabel("kwartaalreview Q4", True) == "kwartaalreview Q4" and nl._unlabel("gesprek van maandagavond", True) == "gesprek van maandagavond"


def test_sv_a_product_name_keeps_its_capital_in_a_compound() -> None:
    d = _draft("sv", "switch_to_email", meeting="Teamsmötet om integrationen", reason="det går fortare via mejl")
    assert "Teamsmötet" in d.body and "teamsmötet" not in d.body, d.body  # the product capitalised, the word as typed
