"""The one service: every front end's entry point, with the parts it was given."""

from __future__ import annotations

import pytest

from composer.batch import load_items
from composer.errors import InputError, SituationError, Unsupported
from composer.retrieval.cache import NoGuidance
from composer.service import Tactful

MESSAGE = (
    "Bonjour Julien,\n\nPourrions-nous nous voir jeudi 14 mars à 10 h pour la revue trimestrielle du compte ?\n\n"
    "Bien cordialement,\nClaire Dubois"
)


def test_a_message_field_stands_in_for_the_fields_it_yields() -> None:
    service = Tactful(retriever=NoGuidance())
    d = service.draft({"intent": "reschedule", "sender_name": "Julien Moreau", "message": MESSAGE,
                       "message_date": "2024-03-01", "proposed_times": ["mardi 19 mars à 14 h"]})
    assert d.language.value == "fr" and "Claire" in d.body and "jeudi 14 mars à 10 h" in d.body
    assert "mardi 19 mars à 14 h" in d.body and d.body.rstrip().endswith("Julien Moreau")


def test_explicit_fields_win_over_the_message() -> None:
    s = Tactful(retriever=NoGuidance()).situation({"intent": "decline", "sender_name": "Julien Moreau", "message": MESSAGE,
                                                   "recipient_name": "Mme Claire Dubois", "tone": "friendly"})
    assert s.recipient_name == "Mme Claire Dubois" and s.tone.value == "friendly" and s.meeting


def test_a_batch_csv_may_carry_the_message_column() -> None:
    csv_text = 'id,intent,sender_name,message,message_date\nm1,decline,Julien Moreau,"' + MESSAGE.replace('"', '""') + '",2024-03-01\n'
    (item,) = load_items(csv_text, "csv")
    assert item.error is None
    d = Tactful(retriever=NoGuidance()).draft(item.data)
    assert d.intent.value == "decline" and "Claire" in d.body


def test_a_message_that_lacks_a_required_field_names_it() -> None:
    with pytest.raises(SituationError, match="sender_name"):
        Tactful(retriever=NoGuidance()).draft({"intent": "decline", "message": "Hi, can we meet Monday at 9?"})


def test_k_out_of_range_is_refused() -> None:
    with pytest.raises(InputError, match="k must be between 1 and 20"):
        Tactful(retriever=NoGuidance(), k=-1)


def test_the_builtin_writer_says_what_it_cannot_do() -> None:
    service = Tactful(retriever=NoGuidance())
    base = {"language": "en", "intent": "decline", "recipient_name": "Ann Lee", "sender_name": "Tom Baker",
            "meeting": "the review", "meeting_time": "Monday 4 March at 9", "tone": "formal", "relationship": "regular"}
    d = service.draft(base)
    edited = d.model_copy(update={"body": d.body.replace("Tom Baker", "Tom Baker\nSent by hand")})
    with pytest.raises(Unsupported):
        service.refine(edited, "shorter", situation=base)
    assert service.supports("variants") and not service.supports("refine_edited")
