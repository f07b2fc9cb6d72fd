"""Issue 16 (native v6 findings): stock lines subtracted, the meeting phrase classed by its head, reasons that are
fragments or full sentences, a policy that applies to this late cancellation, roles in names and signatures."""

from __future__ import annotations

import re

import pytest

from composer.models import Situation
from composer.writers.builtin import BuiltinWriter
from composer.writers.plan import meeting_head, signature

W = BuiltinWriter()


def draft(**kw: object) -> str:
    base = {"language": "en", "intent": "decline", "recipient_name": "Ms. Ann Reid", "sender_name": "Paul Hart",
            "tone": "formal", "relationship": "regular", "meeting": "quarterly review", "meeting_time": "Monday 14 March at 10:00"}
    d = W.write(Situation.model_validate(base | kw), [])
    assert d.warnings == [], d.warnings
    assert 40 <= len(d.body.split()) <= 220, d.body
    return d.subject + "\n" + d.body


@pytest.mark.parametrize("meeting,head", [
    ("team bowling night", "event"), ("tombolata in ufficio", "event"), ("discovery workshop", "meeting"),
    ("weekly call", "call"), ("deep tissue massage", "appointment"), ("Project Atlas", "unknown"),
])
def test_the_meeting_phrase_is_classed_by_its_head(meeting: str, head: str) -> None:
    assert meeting_head(meeting) == head


def test_a_role_typed_after_the_sender_goes_on_its_own_line() -> None:
    assert signature("Olivia Rennick, counsellor") == "Olivia Rennick\nCounsellor"
    assert signature("Paul Hart") == "Paul Hart"


def test_an_event_declined_is_named_as_itself_with_no_second_thanks_and_no_follow_up() -> None:
    text = draft(meeting="christmas bowling night", tone="friendly", reason="just swamped at the moment, I'll have to sit this one out")
    assert "the Christmas bowling night" in text and "meeting about" not in text
    assert "as I'm just swamped at the moment." in text and "sit this one out" not in text  # one no, not two
    assert "pick this up" not in text and "catch up" not in text and text.count("Thank") <= 1


def test_a_late_cancellation_with_a_fee_says_the_policy_applies_this_time() -> None:
    text = draft(intent="late_cancellation", tone="friendly", meeting="gel nails", meeting_time="this morning 9:30",
                 reason="she texted at 9 to say her car wouldn't start", policy={"notice_hours": 24, "fee_percent": 50})
    assert "your gel nails appointment" in text
    assert "less than 24 hours" in text and "charge 50% of the fee" in text  # friendly wording (phr-ad, v15 en-09)
    assert "next time" not in text.lower() and "no problem" not in text.lower()


def test_a_late_cancellation_without_a_policy_mentions_no_charge() -> None:
    text = draft(intent="late_cancellation", meeting="massage", meeting_time="this morning 9:30", reason="flu")
    assert not re.search(r"\b(?:fees?|charg(?:e|es|ed|ing))\b", text)  # a word, not "feeling better" (phr-af: "flu" now gets a wish)


@pytest.mark.parametrize("lang,meeting", [("fr", "séance de yoga"), ("it", "lezione di yoga")])
def test_an_ill_client_gets_a_brief_wish_and_the_fee_is_said_plainly(lang: str, meeting: str) -> None:
    text = draft(language=lang, intent="late_cancellation", tone="friendly", recipient_name="Chiara Rossi", meeting=meeting,
                 meeting_time="vendredi 11 décembre à 8h" if lang == "fr" else "venerdì 11 dicembre alle 8",
                 reason="a écrit à 7h30, elle avait de la fièvre" if lang == "fr" else "ha scritto alle 7:30 che aveva la febbre",
                 policy={"notice_hours": 12, "fee_percent": 50})
    assert ("vas mieux" in text) if lang == "fr" else ("stia meglio" in text)
    assert "12 heures" in text or "12 ore" in text


def test_a_colleague_with_a_role_is_named_once_with_commas_then_by_title_and_surname() -> None:
    text = draft(intent="delegate", meeting="trustee board meeting", meeting_time="first Tuesday of every month, 10am",
                 colleague_name="Dr. Kwesi Annan, our head of investments", reason="I'm off for knee surgery until the new year")
    assert "Dr Kwesi Annan, our head of investments, will" in text
    assert "as I will be away for knee surgery" in text and text.count("our head of investments") == 1
    assert "in the meantime" not in text  # someone going into surgery does not invite contact meanwhile
    assert "before I go" not in text and "brief" not in text  # nor promises a hand-over the user never mentioned


def test_french_fragments_and_typed_sentences_are_never_glued_after_a_noun_connective() -> None:
    text = draft(language="fr", tone="friendly", recipient_name="Capucine Sorbiac", meeting="soirée bowling",
                 meeting_time="jeudi 17 décembre vers 19h", reason="vraiment pas le temps en décembre, je passe mon tour cette année")
    assert "je n'ai vraiment pas le temps en décembre et je passe mon tour cette année." in text and "pour cause de" not in text.lower()
    text = draft(language="fr", intent="switch_to_call", recipient_name="Maître Anne Vidal", meeting="votre rendez-vous au cabinet",
                 meeting_time="lundi 14 décembre à 11h", reason="Les travaux dans nos locaux rendent l'accueil impossible cette semaine-là.")
    assert "en raison des travaux" not in text and "les travaux dans nos locaux rendent l'accueil impossible" in text


def test_italian_fronted_cause_stays_a_sentence_and_an_event_is_not_a_meeting_topic() -> None:
    text = draft(language="it", intent="reschedule", recipient_name="Ing. Paolo Dell'Orso", meeting="verifica dei serramenti",
                 meeting_time="mercoledì 9 dicembre alle 10", proposed_times=["giovedì 10 dicembre alle 15"],
                 reason="A causa di un imprevisto con un fornitore, non riesco a essere presente.")
    assert "A causa di un imprevisto con un fornitore, non riesco a essere presente." in text and "perché un imprevisto" not in text
    text = draft(language="it", tone="friendly", recipient_name="Ginevra Tassoni", meeting="tombolata natalizia in ufficio",
                 meeting_time="venerdì 18 dicembre alle 19", reason="sono pieno di scadenze")
    assert "alla tombolata natalizia" in text and "incontro" not in text
