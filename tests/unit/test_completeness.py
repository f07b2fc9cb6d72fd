"""Each completeness checklist item, passing and failing, in several languages (pure, fast)."""

from __future__ import annotations

from typing import Any

import pytest

from composer.evaluation import score
from composer.evaluation.completeness import (
    checklist,
    duration_evidence,
    summarise,
)
from composer.evaluation.models import Check
from composer.facts import invented_dates
from composer.models import Situation


def sit(**kw: Any) -> Situation:
    base: dict[str, Any] = {
        "language": "en", "intent": "reschedule", "recipient_name": "Margaret Hughes", "sender_name": "Tom Baker",
        "meeting": "the quarterly account review", "meeting_time": "Thursday 14 March at 10:00", "tone": "formal", "relationship": "regular",
    }
    base.update(kw)
    return Situation(**base)


def item(checks: list[Check], name: str) -> Check:
    found = [c for c in checks if c.item == name]
    assert found, f"no item {name!r} in {[c.item for c in checks]}"
    return found[0]


def run(s: Situation, body: str, subject: str = "Our meeting") -> list[Check]:
    return checklist(s, subject, body, detected=s.language)


EN_OK = """Dear Ms Hughes,

I am afraid I need to move our quarterly account review on Thursday 14 March at 10:00 because of a clash with a board meeting. Could we meet on Tuesday 19 March at 14:00 or Wednesday 20 March at 9:30 instead?

Please let me know which suits you.

Kind regards,
Tom Baker"""


def test_a_good_reschedule_passes_every_item() -> None:
    s = sit(reason="a clash with a board meeting", proposed_times=["Tuesday 19 March at 14:00", "Wednesday 20 March at 9:30"])
    checks = run(s, EN_OK)
    assert all(c.passed for c in checks), [c for c in checks if not c.passed]
    share, complete = summarise(checks)
    assert share == 1.0 and complete
    assert item(checks, "greeting").evidence == "Dear Ms Hughes,"
    assert "Tuesday 19 March at 14:00" in item(checks, "proposed_times[0]").evidence


def test_greeting_and_signature_need_the_names() -> None:
    s = sit(proposed_times=[])
    checks = run(s, "Hello,\n\nI need to move the quarterly account review on Thursday 14 March at 10:00. When would suit you?\n\nBest,\nthe team")
    assert not item(checks, "greeting").passed
    assert not item(checks, "signature").passed
    assert "Margaret Hughes" in item(checks, "greeting").evidence


@pytest.mark.parametrize(
    "lang,meeting,when,body",
    [
        ("fr", "la revue trimestrielle du compte", "jeudi 14 mars à 10 h", "Bonjour Claire,\n\nJe dois malheureusement déplacer notre revue trimestrielle (jeudi 14 mars à 10 h). Quelles sont vos disponibilités ?\n\nCordialement,\nJulien"),
        ("nl", "de kwartaalevaluatie van het project", "donderdag 14 maart om 10.00 uur", "Beste Claire,\n\nHelaas moet ik onze kwartaalevaluatie van het project van donderdag 14 maart verzetten. Wanneer schikt het u?\n\nMet vriendelijke groet,\nJulien"),
        ("sv", "kvartalsgenomgången av projektet", "torsdag 14 mars kl. 10.00", "Hej Claire,\n\nTyvärr måste jag flytta vår kvartalsgenomgång av projektet torsdag 14 mars kl. 10.00. När skulle det passa er?\n\nVänliga hälsningar\nJulien"),
    ],
)
def test_meeting_and_time_may_be_paraphrased(lang: str, meeting: str, when: str, body: str) -> None:
    s = sit(language=lang, meeting=meeting, meeting_time=when, recipient_name="Claire Dubois", sender_name="Julien Moreau")
    checks = run(s, body)
    assert item(checks, "meeting").passed, item(checks, "meeting")
    assert item(checks, "meeting_time").passed, item(checks, "meeting_time")
    assert item(checks, "reschedule.asks_availability").passed


def test_a_missing_proposed_time_fails_its_own_item() -> None:
    s = sit(proposed_times=["Tuesday 19 March at 14:00", "Wednesday 20 March at 9:30"])
    body = EN_OK.replace(" or Wednesday 20 March at 9:30", "")
    checks = run(s, body)
    assert item(checks, "proposed_times[0]").passed
    assert not item(checks, "proposed_times[1]").passed
    assert not score(s, {"subject": "x", "body": body}).complete


def test_the_same_day_at_another_hour_is_not_the_proposed_time() -> None:
    s = sit(proposed_times=["Tuesday 19 March at 14:00"])
    checks = run(s, EN_OK.replace("Tuesday 19 March at 14:00", "Tuesday 19 March at 16:00"))
    assert not item(checks, "proposed_times[0]").passed


def test_wrong_colleague_fails_and_surname_alone_passes() -> None:
    s = sit(language="it", intent="delegate", colleague_name="Luca Ferri", recipient_name="Anna Conti", sender_name="Marco Rossi",
            meeting="la riunione di avvio", meeting_time="giovedì 13 giugno alle 14:00")
    body = ("Gentile Signora Conti,\n\nnon potrò partecipare alla riunione di avvio di giovedì 13 giugno alle 14:00: il mio collega "
            "Luca Ferrari prenderà il mio posto. Conosce bene il progetto e resto comunque disponibile.\n\nCordiali saluti,\nMarco Rossi")
    assert not item(run(s, body), "colleague_name").passed
    assert item(run(s, body.replace("Luca Ferrari", "il dottor Ferri")), "colleague_name").passed


@pytest.mark.parametrize(
    "lang,text,minutes",
    [("en", "a 30-minute call", 30), ("en", "keep it to half an hour", 30), ("fr", "limiter à 45 minutes", 45), ("it", "in mezz'ora", 30),
     ("nl", "een kwartier", 15), ("sv", "30 min", 30), ("sv", "en timme", 60)],
)
def test_duration_forms(lang: str, text: str, minutes: int) -> None:
    assert duration_evidence(text, minutes)


def test_duration_is_not_a_clock_time() -> None:
    assert duration_evidence("see you at 14:30", 30) is None


def test_policy_numbers_accept_a_decimal_comma_and_name_what_is_missing() -> None:
    s = sit(language="fr", intent="cancellation_policy", policy={"notice_hours": 36.5, "fee_percent": 12.5, "deposit_percent": 7.5},
            recipient_name="Isabelle Morel", sender_name="François Blanc", meeting="la première séance", meeting_time="lundi 4 novembre à 9 h")
    body = ("Madame Morel,\n\nAvant la première séance du lundi 4 novembre à 9 h : un acompte de 7,5 % est demandé ; toute séance peut être "
            "déplacée sans frais jusqu'à 36,5 heures avant.\n\nCordialement,\nFrançois Blanc")
    checks = run(s, body)
    assert item(checks, "policy.deposit_percent").passed and item(checks, "policy.notice_hours").passed
    fee = item(checks, "policy.fee_percent")
    assert not fee.passed and "12.5" in fee.evidence
    assert item(checks, "cancellation_policy.when_free").passed


def test_notice_window_counts_as_saying_when_changes_are_free() -> None:
    s = sit(language="nl", intent="cancellation_policy", policy={"notice_hours": 48, "fee_percent": 50}, recipient_name="Anouk Jacobs",
            sender_name="Wouter Brouwer", meeting="de eerste sessie", meeting_time="maandag 4 november om 9.00 uur")
    body = ("Beste mevrouw Jacobs,\n\nVoor de eerste sessie op maandag 4 november om 9.00 uur: annuleren kan tot 48 uur van tevoren; "
            "daarna rekenen wij 50% van het tarief.\n\nMet vriendelijke groet,\nWouter Brouwer")
    assert item(run(s, body), "cancellation_policy.when_free").passed
    assert not item(run(s, body.replace("tot 48 uur van tevoren", "met 48 uur")), "cancellation_policy.when_free").passed


def test_placeholder_invented_number_and_invented_date() -> None:
    s = sit(proposed_times=[])
    body = "Dear Margaret,\n\nI need to move the quarterly account review on Thursday 14 March at 10:00. Would [DATE] at 15:00 or tomorrow work?\n\nKind regards,\nTom"
    checks = run(s, body)
    assert "[DATE]" in item(checks, "no_placeholder").evidence
    # a clock time nobody gave is judged as a time by the fact model (not as a bare number)
    assert "15:00" in item(checks, "no_invented_dates").evidence
    assert "tomorrow" in item(checks, "no_invented_dates").evidence
    s2 = sit(proposed_times=[])
    body2 = body.replace("[DATE] at 15:00", "Friday at 10:00").replace("or tomorrow work?", "work? The room holds 12 people.")
    assert "12" in item(run(s2, body2), "no_invented_numbers").evidence


def test_invented_dates_in_swedish() -> None:
    s = sit(language="sv", meeting_time="torsdag 14 mars kl. 10.00")
    assert invented_dates(s, "Vi ses på måndag i morgon") == ["i morgon", "måndag"]
    assert invented_dates(s, "den 3 maj") == ["maj"]
    assert invented_dates(s, "Mars är en planet") == []  # the planet, not the month
    assert invented_dates(s, "nästa vecka på fredag") == ["fredag", "nästa vecka"]
    assert invented_dates(s, "torsdag 14 mars") == []  # given in the situation


@pytest.mark.parametrize(
    "lang,body,ok",
    [
        ("fr", "Je ne pourrai malheureusement pas y assister. Ce sera avec plaisir une prochaine fois.", True),
        ("it", "Purtroppo non potrò essere presente. Volentieri in un'altra occasione.", True),
        ("nl", "Helaas kan ik er niet bij zijn. Een volgende keer graag!", True),
        ("sv", "Tyvärr kan jag inte delta. Gärna en annan gång!", True),
        ("en", "Thanks for the invitation. Enjoy the evening.", False),
    ],
)
def test_decline_needs_a_clear_no_and_an_open_door(lang: str, body: str, ok: bool) -> None:
    s = sit(language=lang, intent="decline", recipient_name="Ann Lee", sender_name="Bo Ek", meeting="the drinks", meeting_time="Friday 13 December at 18:00")
    text = f"Dear Ann,\n\nAbout the drinks on Friday 13 December at 18:00. {body}\n\nBo"
    checks = run(s, text)
    assert (item(checks, "decline.clear_no").passed and item(checks, "decline.door_open").passed) is ok


def test_a_key_client_decline_needs_an_alternative() -> None:
    s = sit(intent="decline", relationship="key")
    body = "Dear Ms Hughes,\n\nUnfortunately I cannot attend the quarterly account review on Thursday 14 March at 10:00. I hope to see you another time.\n\nKind regards,\nTom Baker"
    assert not item(run(s, body), "decline.key_client_alternative").passed
    assert item(run(s, body.replace("I hope to see you another time.", "Could we have a short call instead?")), "decline.key_client_alternative").passed


@pytest.mark.parametrize(
    "lang,sentence",
    [
        ("fr", "Je lui transmettrai toutes mes notes et je reste joignable."),
        ("it", "Lo aggiornerò su tutto e resto a Sua disposizione."),
        ("nl", "Ik praat haar vooraf helemaal bij en blijf bereikbaar."),
        ("sv", "Jag sätter in henne i allt och finns kvar på kopia."),
        ("en", "I'll brief her fully and will stay in the loop."),
    ],
)
def test_delegate_briefing_and_availability(lang: str, sentence: str) -> None:
    s = sit(language=lang, intent="delegate", colleague_name="Eva Bakker")
    body = f"Dear Margaret,\n\nEva Bakker takes over the quarterly account review on Thursday 14 March at 10:00. {sentence}\n\nTom"
    checks = run(s, body)
    assert item(checks, "delegate.why_colleague").passed
    assert item(checks, "delegate.stays_available").passed
    bare = run(s, "Dear Margaret,\n\nEva Bakker takes over the quarterly account review on Thursday 14 March at 10:00.\n\nTom")
    assert not item(bare, "delegate.why_colleague").passed and not item(bare, "delegate.stays_available").passed


@pytest.mark.parametrize(
    ("lang", "sentence", "which"),
    [
        ("en", "I'll make sure Eva has everything she needs.", "delegate.why_colleague"),
        ("en", "Just let me know if you need anything before then.", "delegate.stays_available"),
        ("nl", "Voortaan kun je gewoon bij Eva terecht.", "delegate.stays_available"),
        ("sv", "Framöver kan du höra av dig direkt till Eva.", "delegate.stays_available"),
        ("fr", "Vous pourrez vous adresser directement à Eva.", "delegate.stays_available"),
        ("it", "Può rivolgersi direttamente a Eva.", "delegate.stays_available"),
    ],
)
def test_plain_handover_sentences_count(lang: str, sentence: str, which: str) -> None:
    """The colleague having what they need, and whom the client turns to, said plainly as the built-in writer does."""
    s = sit(language=lang, intent="delegate", colleague_name="Eva Bakker")
    body = f"Dear Margaret,\n\nEva Bakker takes over the quarterly account review on Thursday 14 March at 10:00. {sentence}\n\nTom"
    assert item(run(s, body), which).passed


def test_no_show_checks_in_and_mentions_no_fee_without_a_policy() -> None:
    s = sit(language="it", intent="no_show_followup", tone="friendly", recipient_name="Matteo Gallo", sender_name="Francesca Romano",
            meeting="la sessione di coaching", meeting_time="martedì 3 dicembre alle 11:00")
    body = ("Ciao Matteo,\n\nnon ti ho visto alla sessione di coaching di martedì 3 dicembre alle 11:00, spero che vada tutto bene! "
            "Quando sei di nuovo libero, dimmi pure e troviamo una nuova data.\n\nA presto,\nFrancesca")
    checks = run(s, body)
    assert item(checks, "no_show.checks_in").passed and item(checks, "no_show.offers_new_time").passed
    assert item(checks, "no_show.policy_only_if_given").passed
    fee = run(s, body.replace("A presto", "Ti ricordo che le sessioni saltate vengono addebitate.\n\nA presto"))
    assert not item(fee, "no_show.policy_only_if_given").passed


@pytest.mark.parametrize(
    "lang,body,call,email",
    [
        ("fr", "Pourrions-nous plutôt faire un point par téléphone ?", True, False),
        ("it", "Potremmo gestire i punti via e-mail per ora?", False, True),
        ("nl", "Zullen we in plaats daarvan even bellen?", True, False),
        ("sv", "Kan vi ta punkterna via mejl i stället?", False, True),
        ("en", "Could we switch to a video call?", True, False),
    ],
)
def test_switch_to_call_and_email(lang: str, body: str, call: bool, email: bool) -> None:
    text = f"Dear Margaret,\n\nAbout the quarterly account review on Thursday 14 March at 10:00: {body}\n\nTom"
    assert item(run(sit(language=lang, intent="switch_to_call"), text), "switch_to_call.proposes_call").passed is call
    assert item(run(sit(language=lang, intent="switch_to_email"), text), "switch_to_email.proposes_email").passed is email


def test_late_cancellation_acknowledges_and_offers_rescheduling() -> None:
    s = sit(language="sv", intent="late_cancellation", tone="friendly", recipient_name="Ida Nordström", sender_name="Jonas Hedlund",
            meeting="vår fotokurs", meeting_time="lördag 16 mars kl. 10.00")
    body = "Hej Ida!\n\nTack för att du hörde av dig om fotokursen lördag 16 mars kl. 10.00. Säg till när du kan igen, så hittar vi en ny tid.\n\nJonas"
    checks = run(s, body)
    assert item(checks, "late_cancellation.acknowledges").passed
    assert item(checks, "late_cancellation.offers_rescheduling").passed


def test_reschedule_asks_for_confirmation_or_a_reply() -> None:
    s = sit(proposed_times=["Tuesday 19 March at 14:00"])
    body = "Dear Ms Hughes,\n\nI have moved the quarterly account review on Thursday 14 March at 10:00 to Tuesday 19 March at 14:00.\n\nTom Baker"
    assert not item(run(s, body), "reschedule.asks_confirmation").passed
    assert item(run(s, body + "\nDoes that work for you?"), "reschedule.asks_confirmation").passed


def test_shorten_needs_the_length() -> None:
    s = sit(intent="shorten", duration_minutes=45)
    body = "Dear Ms Hughes,\n\nCould we keep the quarterly account review on Thursday 14 March at 10:00 a little shorter?\n\nTom Baker"
    assert not item(run(s, body), "duration_minutes").passed
    assert item(run(s, body.replace("a little shorter", "to 45 minutes")), "duration_minutes").passed


def test_score_accepts_drafts_mappings_and_objects() -> None:
    s = sit(reason="a clash with a board meeting", proposed_times=["Tuesday 19 March at 14:00", "Wednesday 20 March at 9:30"])

    class Plain:
        subject = "x"
        body = EN_OK

    for d in ({"subject": "x", "body": EN_OK}, Plain()):
        sc = score(s, d)
        assert sc.complete and sc.completeness == 1.0
        assert {r.item for r in sc.reasons} >= {"greeting", "signature", "tone.blame"}
    with pytest.raises(TypeError):
        score(s, {"subject": "only a subject"})
