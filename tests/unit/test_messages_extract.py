"""Extraction from hand-written client messages in the five languages: every value a span, quotes ignored."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from composer.messages import extract, read_message
from composer.messages.models import Kind
from composer.models import Intent

TODAY = date(2024, 3, 11)  # a Monday

EN_INVITE = """Dear Julien,

I hope you are well. Could we meet on Tuesday 9 April at 2 pm to discuss the contract renewal? If that does not suit you, Wednesday 10 April at 10:30 would also work.

Kind regards,
Sarah Thompson
Head of Procurement, Northwind Ltd

This e-mail and any attachments are confidential and intended solely for the addressee. If you received it by mistake, please delete it.
"""

EN_CHATTY_CANCEL = """hey Tom - so sorry, something came up and I can't make it tomorrow at 3pm. can we do friday morning instead?

cheers
Mike

Sent from my iPhone

On Mon, 11 Mar 2024 at 09:00, Tom Baker <tom@acme.com> wrote:
> Hi Mike, looking forward to our call on Wednesday at 4pm about the website redesign.
> Tom
"""

FR_OUTLOOK = """Bonjour Monsieur Moreau,

Suite à notre échange, je vous confirme que je ne pourrai pas assister à la réunion sur le bilan annuel prévue le jeudi 14 mars à 14h30. Seriez-vous disponible le lundi 18 mars à 9h ?

Cordialement,

Claire Dubois
Directrice financière
Tél. 01 23 45 67 89

-----Message d'origine-----
De : Julien Moreau
Envoyé : lundi 11 mars 2024 10:00
À : Claire Dubois
Objet : Réunion bilan annuel

Bonjour Claire, je vous propose mardi 19 mars à 11h.
"""

IT_MOVE = """Gentile dott. Rossi,

le scrivo per chiederle se possiamo spostare la riunione sul budget di giovedì 14 marzo alle 10. Le andrebbe bene venerdì 15 marzo alle 15.30?

Cordiali saluti
Giulia Bianchi

Questo messaggio è riservato e destinato esclusivamente al destinatario indicato.

Il giorno lun 11 mar 2024 alle ore 09:00 Marco Rossi <marco@studio.it> ha scritto:
> Buongiorno Giulia, confermo giovedì.
"""

NL_CHATTY = """Hoi Jan,

Kunnen we het overleg over de nieuwe offerte verzetten? Donderdag om half tien lukt mij helaas niet meer. Schikt vrijdag om 14.00 uur?

Groetjes,
Sanne

Verzonden vanaf mijn iPhone
"""

SV_CANCEL = """Hej Anna!

Jag måste tyvärr ställa in vårt möte om budgeten på torsdag kl. 12.15, jag är sjuk. Kan vi ses tisdag kl 10 istället?

Med vänliga hälsningar
Erik Lindqvist

Den 11 mars 2024 kl. 08:30 skrev Anna Berg <anna@firma.se>:
> Hej Erik, vi ses på torsdag!
"""

EN_FORWARDED_INVITE = """Hi Julien,

Please see the invite below - I won't be able to attend, could my colleague join instead?

Best,
Priya

---------- Forwarded message ---------
From: Events Team <events@northwind.com>
Date: Fri, 8 Mar 2024 at 16:02
Subject: Invitation: Quarterly business review @ Thu 14 Mar 2024 10am - 11am
To: Priya Shah <priya@northwind.com>

When: Thursday 14 March 2024 10:00 – 11:00
"""

EN_NOSHOW = """Hello Mark,

I'm so sorry, I completely forgot about our appointment yesterday at 11am. I missed it entirely.

Best wishes,
Linda
"""

FR_POLICY = """Bonjour,

Pourriez-vous me rappeler vos conditions d'annulation ? Je me demande si des frais s'appliquent si j'annule moins de 24 heures avant.

Merci d'avance,
Paul Girard
"""

EML = (
    "From: =?utf-8?q?Fran=C3=A7oise_L=C3=A9v=C3=AAque?= <francoise@client.fr>\r\n"
    "To: =?iso-8859-1?q?J=E9r=F4me_Martin?= <jerome@firm.fr>\r\n"
    "Subject: =?utf-8?q?Report_de_notre_r=C3=A9union?=\r\n"
    "Date: Mon, 11 Mar 2024 09:15:00 +0100\r\n"
    "Message-ID: <abc123@client.fr>\r\n"
    "References: <prev1@firm.fr>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
    "Bonjour Jérôme,\r\n\r\n"
    "Je dois malheureusement reporter notre réunion sur le plan de formation de demain 10h. "
    "Pourrions-nous la décaler à mercredi 13 mars à 16h ?\r\n\r\n"
    "Bien à vous,\r\nFrançoise\r\n"
).encode("utf-8")


def check_spans(found, msg) -> None:  # type: ignore[no-untyped-def]
    """Every value is the exact text at its evidence's position."""
    for name, ev in found.evidence.items():
        for e in ev if isinstance(ev, list) else [ev]:
            assert msg.part(e.source)[e.start:e.end] == e.text, (name, e)
            assert 0 <= e.confidence <= 1
    for name in ("recipient_name", "sender_name", "meeting", "meeting_time"):
        value = getattr(found, name)
        if value:
            assert found.evidence[name].text == value
        else:
            assert name in found.missing


CASES = [
    (EN_INVITE, dict(language="en", recipient_name="Sarah Thompson", sender_name="Julien", meeting="the contract renewal",
                     meeting_time="Tuesday 9 April at 2 pm", proposed_times=["Wednesday 10 April at 10:30"]), Kind.invitation),
    (EN_CHATTY_CANCEL, dict(language="en", recipient_name="Mike", sender_name="Tom", meeting=None,
                            meeting_time="tomorrow at 3pm", proposed_times=["friday morning"]), Kind.cancellation),
    (FR_OUTLOOK, dict(language="fr", recipient_name="Claire Dubois", sender_name="Moreau", meeting="la réunion sur le bilan annuel",
                      meeting_time="jeudi 14 mars à 14h30", proposed_times=["lundi 18 mars à 9h"]), Kind.reschedule_request),  # cannot attend + a new day, no "cancel": a move
    (IT_MOVE, dict(language="it", recipient_name="Giulia Bianchi", sender_name="Rossi", meeting="la riunione sul budget",
                   meeting_time="giovedì 14 marzo alle 10", proposed_times=["venerdì 15 marzo alle 15.30"]), Kind.reschedule_request),
    (NL_CHATTY, dict(language="nl", recipient_name="Sanne", sender_name="Jan", meeting="het overleg over de nieuwe offerte",
                     meeting_time="Donderdag om half tien", proposed_times=["vrijdag om 14.00 uur"]), Kind.reschedule_request),
    (SV_CANCEL, dict(language="sv", recipient_name="Erik Lindqvist", sender_name="Anna", meeting="möte om budgeten",
                     meeting_time="torsdag kl. 12.15", proposed_times=["tisdag kl 10"]), Kind.cancellation),
    (EN_FORWARDED_INVITE, dict(language="en", recipient_name="Priya", sender_name="Julien", meeting="Quarterly business review",
                               meeting_time="Thursday 14 March 2024 10:00 – 11:00", proposed_times=[]), Kind.cancellation),
    (EN_NOSHOW, dict(language="en", recipient_name="Linda", sender_name="Mark", meeting_time="yesterday at 11am",
                     proposed_times=[]), Kind.absence_notice),
    (FR_POLICY, dict(language="fr", recipient_name="Paul Girard", sender_name=None, meeting_time=None,
                     proposed_times=[]), Kind.policy_question),
]


@pytest.mark.parametrize(("text", "expected", "kind"), CASES, ids=[c[1]["language"] + "-" + c[2].value for c in CASES])
def test_fields_kind_and_spans(text: str, expected: dict, kind: Kind) -> None:
    msg = read_message(text)
    found = extract(msg, today=TODAY)
    got = {k: getattr(found, k) for k in expected}
    assert got == expected
    assert found.kind is kind
    check_spans(found, msg)


def test_quoted_history_and_boilerplate_are_not_the_message() -> None:
    found = extract(EN_CHATTY_CANCEL, today=TODAY)
    # the quoted message's Wednesday 4pm and topic must not leak in
    assert "Wednesday" not in str(found.model_dump()) and found.meeting is None
    assert "meeting" in found.missing
    fr = extract(FR_OUTLOOK, today=TODAY)
    assert "mardi 19 mars" not in (fr.proposed_times or []) and fr.meeting_time == "jeudi 14 mars à 14h30"
    it = extract(IT_MOVE, today=TODAY)
    assert it.recipient_name == "Giulia Bianchi"  # not the quoted Marco Rossi


def test_times_resolve_against_the_reference_date() -> None:
    found = extract(EN_CHATTY_CANCEL, today=TODAY)
    assert found.evidence["meeting_time"].resolved == "2024-03-12T15:00:00"
    assert found.late and found.suggested_intents[0] is Intent.late_cancellation
    nl = extract(NL_CHATTY, today=TODAY)
    assert nl.evidence["meeting_time"].resolved == "2024-03-14T09:30:00"  # om half tien = 9:30
    sv = extract(SV_CANCEL, today=TODAY)
    assert sv.evidence["meeting_time"].resolved == "2024-03-14T12:15:00"
    it = extract(IT_MOVE, today=TODAY)
    assert [e.resolved for e in it.evidence["proposed_times"]] == ["2024-03-15T15:30:00"]
    noshow = extract(EN_NOSHOW, today=TODAY)
    assert noshow.evidence["meeting_time"].resolved == "2024-03-10T11:00:00"
    assert noshow.suggested_intents[0] is Intent.no_show_followup


def test_invitation_allows_the_avoidance_intents() -> None:
    found = extract(EN_INVITE, today=TODAY)
    assert found.suggested_intents == [Intent.decline, Intent.reschedule, Intent.shorten, Intent.switch_to_call,
                                       Intent.switch_to_email, Intent.delegate]
    assert found.tone == "formal"
    assert extract(NL_CHATTY, today=TODAY).tone == "friendly"


def test_eml_with_rfc2047_names_and_date_header() -> None:
    msg = read_message(EML)
    found = extract(msg, today=date(2030, 1, 1))  # the Date header wins over `today`
    assert found.recipient_name == "Françoise Lévêque" and found.evidence["recipient_name"].source == "from"
    assert found.sender_name == "Jérôme Martin" and found.evidence["sender_name"].source == "to"
    assert found.language == "fr" and found.kind is Kind.reschedule_request
    assert found.meeting == "réunion sur le plan de formation"
    assert found.meeting_time == "demain 10h" and found.evidence["meeting_time"].resolved == "2024-03-12T10:00:00"
    assert found.proposed_times == ["mercredi 13 mars à 16h"]
    assert msg.headers.message_id == "<abc123@client.fr>" and msg.headers.references == ["<prev1@firm.fr>"]
    check_spans(found, msg)


def test_nothing_found_is_missing_not_guessed() -> None:
    found = extract("Thanks, noted.", today=TODAY)
    assert found.recipient_name is None and found.meeting_time is None and found.proposed_times == []
    assert {"recipient_name", "sender_name", "meeting", "meeting_time", "proposed_times"} <= set(found.missing)
    assert found.kind is Kind.other and found.suggested_intents == []


def test_pasted_outlook_header_block_gives_names_and_subject() -> None:
    text = ("From: Lars Nilsson <lars@kund.se>\nSent: Monday, March 11, 2024 9:00 AM\nTo: Karin Ek <karin@firma.se>\n"
            "Subject: Genomgång av avtalet\n\nHej Karin,\n\nKan vi flytta vårt möte på onsdag kl 13 till fredag kl 9?\n\nMvh\nLars\n")
    msg = read_message(text)
    found = extract(msg, today=TODAY)
    assert found.recipient_name == "Lars Nilsson" and found.sender_name == "Karin Ek"
    assert found.meeting == "Genomgång av avtalet" and found.evidence["meeting"].source == "subject"
    assert found.meeting_time == "onsdag kl 13" and found.proposed_times == ["fredag kl 9"]
    assert found.language == "sv" and found.kind is Kind.reschedule_request
    check_spans(found, msg)


def test_reference_defaults_to_now_without_date() -> None:
    found = extract("Hi Ann,\n\ncould we meet tomorrow at 10am about the audit?\n\nBest,\nBob", today=datetime(2025, 6, 2, 8, 0))
    assert found.evidence["meeting_time"].resolved == "2025-06-03T10:00:00"
    assert found.meeting == "the audit"


@pytest.mark.parametrize(("text", "client"), [
    ("Hej!\n\nKan vi ses på onsdag kl. 9.30 om hemsidan?\n\n/Johan", "Johan"),
    ("Hallå Maria,\nJag kan tyvärr inte komma i morgon kl 8:30.\nMvh Lena", "Lena"),
    ("Buongiorno,\n\nconfermo giovedì alle 10.\n\nDistinti saluti,\n\nAvv. Paolo Conti\nStudio Legale Conti", "Paolo Conti"),
    ("Hi,\n\nCan we talk Friday at noon?\n\nBest Regards,\nAmy O'Neill", "Amy O'Neill"),
])
def test_sign_off_variants(text: str, client: str) -> None:
    found = extract(text, today=TODAY)
    assert found.recipient_name == client
    ev = found.evidence["recipient_name"]
    assert text[ev.start:ev.end] == client


def test_html_only_eml_in_latin1() -> None:
    raw = ("From: =?iso-8859-1?q?Ren=E9e_Dupr=E9?= <renee@client.be>\r\nTo: Bruno <bruno@firm.be>\r\nSubject: Annulation\r\n"
           "Date: Tue, 12 Mar 2024 08:00:00 +0100\r\nMessage-ID: <x1@client.be>\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/html; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
           "<html><body><p>Bonjour Bruno,</p><p>Je dois annuler notre r=E9union de cet apr=E8s-midi =E0 15h. D=E9sol=E9e !</p>"
           "<p>Bien =E0 vous,<br>Ren=E9e</p></body></html>\r\n").encode("ascii")
    msg = read_message(raw)
    found = extract(msg)
    assert found.recipient_name == "Renée Dupré" and found.sender_name == "Bruno" and found.language == "fr"
    assert found.meeting_time == "cet après-midi à 15h" and found.kind is Kind.cancellation and found.late
    assert found.evidence["meeting_time"].resolved == "2024-03-12T15:00:00"
    check_spans(found, msg)


def test_bare_name_greeting_and_bare_forward() -> None:
    found = extract("Julien,\n\nCan we move our call to Friday at 10?\n\nThanks\nDave", today=TODAY)
    assert found.sender_name == "Julien" and found.recipient_name == "Dave"
    assert extract("Sorry,\n\nI cannot come tomorrow.\n\nDave", today=TODAY).sender_name is None
    fwd = extract("FYI\n\n---------- Forwarded message ---------\nFrom: A <a@b.c>\nSubject: Réunion budget\n\n"
                  "Bonjour, la réunion sur le budget aura lieu jeudi 14 mars à 10h.", today=TODAY)
    # the forwarded message's own noun phrase, read as the client's words are ("la réunion sur le bilan annuel"), extract11
    assert fwd.language == "fr" and fwd.meeting == "la réunion sur le budget" and fwd.meeting_time == "jeudi 14 mars à 10h"
    assert fwd.recipient_name is None  # the forwarded message's writer is not the client


def test_pasted_french_outlook_headers_and_italian_proposal() -> None:
    text = ("De : Claire Dubois <claire@client.fr>\nEnvoyé : lundi 11 mars 2024 09:12\nÀ : Julien Moreau <julien@firm.fr>\n"
            "Objet : RE: Revue trimestrielle\n\nBonjour Julien,\n\nJe suis désolée mais je dois annuler notre revue de demain 10h.\n\n"
            "Cordialement\nClaire")
    msg = read_message(text)
    found = extract(msg, today=TODAY)
    assert (found.recipient_name, found.sender_name, found.meeting) == ("Claire Dubois", "Julien Moreau", "Revue trimestrielle")
    assert found.meeting_time == "demain 10h" and found.kind is Kind.cancellation and found.late
    assert msg.headers.from_address == "claire@client.fr"
    check_spans(found, msg)
    it = extract("Ciao Giorgio,\n\nper me va benissimo, ma giovedì non riesco: che ne dici di venerdì 15 alle 11?\n\nA presto,\nChiara", today=TODAY)
    assert it.proposed_times == ["venerdì 15 alle 11"] and it.recipient_name == "Chiara"


def test_every_value_is_its_span_on_scrambled_messages() -> None:
    import random

    rng = random.Random(7)  # fixed seed: the same scrambled messages every run
    words = ["le", "14h30", "kl.", "12.15", "om", "half", "tien", "Tuesday", "9", "April", "at", "2", "pm", "On", "wrote:",
             "a écrit :", "-- ", "Best,", "\n", "\n\n", ">", "Hej", "Anna", "12/03", "alle", "10", "giovedì", "marzo", "Dear",
             "Julien", ",", "?", "Mvh", "Claire Dubois", "meeting", "about", "the", "budget", "Cordialement,", "could", "or"]
    for _ in range(150):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(3, 60)))
        if not text.strip():
            continue
        msg = read_message(text)
        check_spans(extract(msg, today=TODAY), msg)


def test_earlier_days_are_not_the_meeting_unless_it_was_missed() -> None:
    en = extract("Hi Sam,\n\nThanks for yesterday's call. Could we meet on Tuesday at 2 pm to go over the figures?\n\nBest,\nKim", today=TODAY)
    assert en.meeting_time == "Tuesday at 2 pm" and en.meeting == "the figures"
    fr = extract("Bonjour,\n\nSuite à votre mail du 8 mars, je ne pourrai pas venir mardi à 10h.\n\nCordialement,\nLéa", today=TODAY)
    assert fr.meeting_time == "mardi à 10h" and fr.recipient_name == "Léa"


def test_base64_eml_swedish_with_encoded_names_and_quote() -> None:
    from email.headerregistry import Address
    from email.message import EmailMessage

    m = EmailMessage()
    m["From"] = Address("Åsa Öberg", "asa", "kund.se")
    m["To"] = Address("Björn Ek", "bjorn", "firma.se")
    m["Subject"] = "Möte om årsbokslutet"
    m["Date"] = "Tue, 12 Mar 2024 07:45:00 +0100"
    m["Message-ID"] = "<q1@kund.se>"
    m.set_content("Hej Björn,\n\nJag måste tyvärr avboka vårt möte i dag kl. 10. Passar torsdag 14 mars kl. 13.30 istället?\n\n"
                  "Vänliga hälsningar\nÅsa\n\nDen 11 mars 2024 kl. 16:02 skrev Björn Ek <bjorn@firma.se>:\n> Vi ses i morgon kl. 10!\n",
                  charset="utf-8", cte="base64")
    raw = m.as_bytes()
    assert b"=?utf-8?" in raw and "Åsa".encode() not in raw.split(b"\n\n")[0]  # names really are RFC 2047 encoded
    msg = read_message(raw)
    found = extract(msg)
    assert (found.recipient_name, found.sender_name, found.language) == ("Åsa Öberg", "Björn Ek", "sv")
    assert found.meeting_time == "i dag kl. 10" and found.evidence["meeting_time"].resolved == "2024-03-12T10:00:00"
    assert found.proposed_times == ["torsdag 14 mars kl. 13.30"] and found.meeting == "årsbokslutet"
    assert found.kind is Kind.cancellation and found.late and found.suggested_intents[0] is Intent.late_cancellation
    check_spans(found, msg)


def test_outlook_html_eml_quote_block() -> None:
    html = ("<html><head><style>p{margin:0}</style></head><body><div><p>Hi Julien,</p><p>&nbsp;</p><p>Could we move Thursday&#39;s "
            "review of the pricing model to Friday 15 March at 11:00?</p><p>&nbsp;</p><p>Kind regards,</p><p>Nina Patel</p></div>"
            "<div style=\"border-top:solid\"><p><b>From:</b> Julien Moreau &lt;j@x.com&gt;<br><b>Sent:</b> Friday, March 8, 2024 "
            "10:00<br><b>To:</b> Nina Patel<br><b>Subject:</b> Pricing</p></div><p>Hi Nina, see you Thursday 14 March at 9:00.</p></body></html>")
    raw = ("From: Nina Patel <nina@c.com>\r\nTo: Julien Moreau <j@x.com>\r\nSubject: RE: Pricing\r\n"
           "Date: Mon, 11 Mar 2024 09:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html).encode()
    msg = read_message(raw)
    found = extract(msg)
    assert "14 March" not in msg.new_text and found.kind is Kind.reschedule_request
    assert (found.recipient_name, found.sender_name, found.meeting) == ("Nina Patel", "Julien Moreau", "review of the pricing model")
    assert found.meeting_time == "Thursday" and found.proposed_times == ["Friday 15 March at 11:00"]
    assert found.evidence["meeting_time"].resolved == "2024-03-14"
    check_spans(found, msg)
