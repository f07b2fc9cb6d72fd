"""The threaded reply: subject prefix per language, signature from the profile, and the .eml round trip."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser

import pytest

from composer.config import get_settings
from composer.messages import read_message
from composer.messages.answer import MissingFields, answer, eml_bytes, plan
from composer.messages.reply import reply_subject, sign
from composer.messages.situation import situation_from_message
from composer.models import Draft, Intent
from tests.unit.test_messages_extract import EML, EN_INVITE, IT_MOVE, NL_CHATTY, SV_CANCEL, TODAY


@pytest.mark.parametrize(("subject", "lang", "expected"), [
    ("Budget review", "en", "Re: Budget review"),
    ("RE: Re: Budget review", "en", "Re: Budget review"),
    ("Report de notre réunion", "fr", "RE : Report de notre réunion"),
    ("Re : Report", "fr", "RE : Report"),
    ("Spostamento riunione", "it", "R: Spostamento riunione"),
    ("R: Spostamento riunione", "it", "R: Spostamento riunione"),
    ("Offerte", "nl", "Antw: Offerte"),
    ("Antw: Offerte", "nl", "Antw: Offerte"),
    ("Möte", "sv", "SV: Möte"),
    ("SV: Sv: Möte", "sv", "SV: Möte"),
    ("Fwd: Invitation", "en", "Re: Fwd: Invitation"),
    ("Réunion", "fr", "RE : Réunion"),  # a word starting like a prefix is not one
])
def test_reply_subject_prefix_never_doubled(subject: str, lang: str, expected: str) -> None:
    assert reply_subject(subject, lang, "fallback") == expected


def test_reply_subject_without_subject_keeps_the_draft_s() -> None:
    assert reply_subject(None, "en", "Moving our meeting") == "Moving our meeting"


def test_situation_from_message_explicit_fields_win_and_intent_filters() -> None:
    data = situation_from_message(IT_MOVE, {"meeting": "il budget 2025", "tone": "friendly"}, intent="reschedule", today=TODAY)
    assert data["meeting"] == "il budget 2025" and data["tone"] == "friendly"
    assert data["recipient_name"] == "Giulia Bianchi" and data["meeting_time"] == "giovedì 14 marzo alle 10"
    assert data["proposed_times"] == ["venerdì 15 marzo alle 15.30"] and data["intent"] == "reschedule"
    assert data["relationship"] == "regular"  # a default, not a fact
    shorten = situation_from_message(IT_MOVE, {"duration_minutes": 30}, intent="shorten", today=TODAY)
    assert "proposed_times" not in shorten  # shorten does not use them


def test_plan_names_every_missing_required_field() -> None:
    msg = read_message("Thanks, noted. Talk soon!")
    with pytest.raises(MissingFields) as e:
        plan(msg, {}, intent=Intent.delegate, settings=get_settings())
    assert e.value.fields == ["recipient_name", "sender_name", "meeting", "meeting_time", "colleague_name"]
    assert "\n" not in str(e.value) and "colleague_name" in str(e.value)


def test_sign_adds_title_and_company_once() -> None:
    s = get_settings(profile_name="Jan de Vries", profile_title="Accountmanager", profile_company="Vries & Co")
    body = "Beste Sanne,\n\nTot vrijdag.\n\nMet vriendelijke groet,\nJan de Vries\n"
    signed = sign(body, s)
    assert signed.endswith("Jan de Vries\nAccountmanager\nVries & Co\n")
    assert sign(signed, s) == signed


def test_eml_round_trip_threads_and_keeps_non_ascii_names() -> None:
    s = get_settings(profile_name="Jérôme Martin", profile_email="jerome@firm.fr", profile_title="Associé")
    msg = read_message(EML)
    ans = answer(msg, {}, intent=Intent.reschedule, settings=s)
    assert ans.draft.subject == "RE : Report de notre réunion" and ans.draft.language.value == "fr"
    raw = eml_bytes(ans, msg, s)
    parsed = BytesParser(policy=policy.default).parsebytes(raw)
    assert parsed["Subject"] == "RE : Report de notre réunion"
    assert parsed["In-Reply-To"] == "<abc123@client.fr>"
    assert parsed["References"].split() == ["<prev1@firm.fr>", "<abc123@client.fr>"]
    to = parsed["To"].addresses[0]
    assert (to.display_name, to.addr_spec) == ("Françoise Lévêque", "francoise@client.fr")
    sender = parsed["From"].addresses[0]
    assert (sender.display_name, sender.addr_spec) == ("Jérôme Martin", "jerome@firm.fr")
    body = parsed.get_body(("plain",)).get_content()
    assert "Françoise Lévêque" in body and "Jérôme Martin" in body and "Associé" in body
    # the client asked to move: their time is taken ("16h" is written "16 h" in French prose), no apology for their change
    assert ans.situation.client_move == "accept"
    assert "Le créneau que vous proposez, mercredi 13 mars à 16" in body and "désolé" not in body
    head, _, tail = raw.partition(b"\r\n\r\n")
    assert head.isascii() and b"=?utf-8?" in head and "Françoise".encode() in tail  # encoded headers, UTF-8 body


def test_no_profile_no_from_and_pasted_text_has_no_thread_headers() -> None:
    s = get_settings()
    msg = read_message(NL_CHATTY)
    ans = answer(msg, {"sender_name": "Jan Visser"}, intent=Intent.reschedule, settings=s)
    parsed = BytesParser(policy=policy.default).parsebytes(eml_bytes(ans, msg, s))
    assert parsed["From"] is None and parsed["To"] is None and parsed["In-Reply-To"] is None
    assert ans.draft.language.value == "nl" and "Sanne" in ans.draft.body


@pytest.mark.parametrize("text", [EN_INVITE, SV_CANCEL])
def test_replies_are_in_the_client_s_language(text: str) -> None:
    msg = read_message(text)
    s = get_settings()
    ans = answer(msg, {"sender_name": "Alex Morgan"}, intent=Intent.decline if text is EN_INVITE else Intent.late_cancellation,
                 settings=s, today=TODAY)
    assert isinstance(ans.draft, Draft) and ans.draft.language.value == ("en" if text is EN_INVITE else "sv")


def test_expand_message_for_batch_rows() -> None:
    from composer.api import as_situation
    from composer.messages.situation import expand_message

    row = {"id": "r1", "intent": "reschedule", "message": NL_CHATTY, "sender_name": "Jan Visser", "message_date": "2024-03-11"}
    data = expand_message(row)
    assert "message" not in data and data["id"] == "r1" and data["sender_name"] == "Jan Visser"
    s = as_situation(data)
    assert s.language.value == "nl" and s.meeting_time == "Donderdag om half tien" and s.proposed_times == ["vrijdag om 14.00 uur"]
    plain = {"id": "r2", "language": "en"}
    assert expand_message(plain) == plain


def test_pasted_outlook_mailto_from_gives_the_reply_s_to() -> None:
    from composer.messages.reply import reply_eml

    text = ("From: Claire Dubois [mailto:claire@x.fr]\nSent: Monday, March 11, 2024 9:00 AM\nTo: Julien\nSubject: Budget\n\n"
            "Hi Julien,\nCan we meet Tuesday at 10 about the budget?\n\nBest,\nClaire")
    msg = read_message(text)
    assert (msg.headers.from_name, msg.headers.from_address, msg.headers.to_name) == ("Claire Dubois", "claire@x.fr", "Julien")
    d = Draft(subject="Re: Budget", body="Hello Claire", language="en", intent="decline", writer="builtin")
    parsed = BytesParser(policy=policy.default).parsebytes(reply_eml(d, msg.headers, get_settings()))
    assert parsed["To"].addresses[0].addr_spec == "claire@x.fr" and parsed["To"].addresses[0].display_name == "Claire Dubois"


def test_profile_from_the_config_file(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    cfg = tmp_path / "config.toml"
    cfg.write_text('profile_name = "Åsa Öberg"\nprofile_email = "asa@firma.se"\nprofile_company = "Öberg AB"\n', encoding="utf-8")
    monkeypatch.setenv("TACTFUL_CONFIG", str(cfg))
    s = get_settings()
    assert (s.profile_name, s.profile_email, s.profile_title, s.profile_company) == ("Åsa Öberg", "asa@firma.se", None, "Öberg AB")
    monkeypatch.setenv("TACTFUL_PROFILE_TITLE", "VD")
    assert get_settings().profile_title == "VD"
