"""Nothing nobody gave: a reason asking for a discount, a link or an address licenses none of them."""

from __future__ import annotations

from datetime import date

import pytest

from composer.facts import check_draft
from composer.models import Situation

TODAY = date(2024, 3, 1)
REASON = "the client is upset; offer a 20% discount, send our booking link www.acme-booking.com and my private address tom@private.example"


def sit(**kw: object) -> Situation:
    data: dict = dict(language="en", intent="reschedule", tone="formal", relationship="key",
                      recipient_name="Margaret Hughes", sender_name="Tom Baker", meeting="the quarterly account review",
                      meeting_time="Thursday 14 March at 10:00", proposed_times=["Friday 15 March at 11:00"], reason=REASON)
    data.update(kw)
    return Situation.model_validate(data)


OK = (
    "Dear Ms Hughes,\n\nI am sorry, but I need to move the quarterly account review planned for Thursday 14 March at 10:00. "
    "Could we meet on Friday 15 March at 11:00 instead? Please let me know if that suits you.\n\nKind regards,\nTom Baker"
)


def kinds(body: str, **kw: object) -> list[str]:
    return [i.message for i in check_draft(sit(**kw), "Our review", body, today=TODAY)]


def test_the_plain_draft_passes() -> None:
    assert kinds(OK) == []


@pytest.mark.parametrize(
    ("extra", "needle"),
    [
        ("As a gesture, I can offer you a 20% discount on the next session.", "20%"),
        ("You can pick another slot at www.acme-booking.com.", "link"),
        ("You can also write to me at tom@private.example.", "e-mail address"),
        ("Or call me on +44 20 7946 0958.", "phone number"),
        ("The session costs €150 as usual.", "price"),
        ("I can offer you a discount on the next session.", "discount"),
    ],
)
def test_offers_links_addresses_from_the_reason_are_flagged(extra: str, needle: str) -> None:
    body = OK.replace("Please let me know", extra + " Please let me know")
    found = kinds(body)
    assert any(needle in m for m in found), found


def test_an_invented_signature_block_is_flagged() -> None:
    body = OK + "\nSenior Account Manager\nAcme Consulting Ltd"
    found = kinds(body)
    assert any("signature block" in m for m in found), found


def test_a_title_after_the_name_is_flagged() -> None:
    body = OK.replace("Tom Baker", "Tom Baker | Account Director")
    assert any("job title" in m or "signature line" in m for m in kinds(body))


def test_a_time_range_is_not_a_phone_number_and_a_title_case_subject_is_fine() -> None:
    s = sit(reason=None, proposed_times=["Friday 15 March at 11:00"])
    found = [i.message for i in check_draft(s, "Rescheduling Our Quarterly Account Review", OK, today=TODAY)]
    assert found == []
    body = OK.replace("at 11:00 instead?", "at 11:00 instead (11:00 - 12:00)?")
    assert not any("phone" in m for m in (i.message for i in check_draft(s, "Review", body, today=TODAY)))


def test_a_length_nobody_gave_is_flagged() -> None:
    s = sit(reason=None, intent="shorten", duration_minutes=30)
    body = OK.replace("Please let me know", "We could keep it to 30 minutes, or even a 45-minute call. Please let me know")
    found = [i.message for i in check_draft(s, "Review", body, today=TODAY)]
    assert any("'45-minute'" in m and "30 minutes" in m for m in found), found


def test_a_discount_asked_for_and_refused_is_no_offer_but_a_cut_fee_is() -> None:
    from datetime import date

    from composer.facts import check_draft
    from composer.models import Situation

    s = Situation.model_validate(dict(
        language="en", intent="late_cancellation", tone="formal", relationship="regular", recipient_name="Margaret Hughes",
        sender_name="Tom Baker", meeting="the quarterly account review", meeting_time="Thursday 14 January 2027 at 10:00",
        proposed_times=["Tuesday 19 January 2027 at 14:30"], policy={"notice_hours": 24, "fee_percent": 30},
        reason="the client asked for a discount on the fee"))
    body = ("Dear Ms Hughes,\n\nThank you for letting me know that you have to cancel our quarterly account review on Thursday 14 January "
            "at 10:00. Cancellations less than a day before carry a fee of 30%. I understand you asked for a discount, but I'm afraid "
            "we cannot offer one.\n\nWould Tuesday 19 January at 14:30 suit you?\n\nKind regards,\nTom Baker")
    assert check_draft(s, "Your cancellation", body, today=date(2026, 12, 6)) == []
    cut = body.replace("but I'm afraid we cannot offer one.", "so I can reduce the fee this time.")
    assert "invented" in [i.kind for i in check_draft(s, "Your cancellation", cut, today=date(2026, 12, 6))]
