"""Natural forms a native writer uses for the given facts: accepted; the same forms naming another fact: flagged."""

from __future__ import annotations

from datetime import date

from composer.facts import check_draft
from composer.facts.times import scan
from composer.models import Situation

TODAY = date(2024, 3, 11)  # a Monday


def sit(**kw: object) -> Situation:
    data: dict = dict(language="en", intent="reschedule", tone="formal", relationship="regular",
                      recipient_name="Margaret Hughes", sender_name="Tom Baker", meeting="the quarterly account review",
                      meeting_time="Tuesday 12 March at 10:00", proposed_times=["Thursday 14 March at 10:00"])
    data.update(kw)
    return Situation.model_validate(data)


def messages(s: Situation, body: str, subject: str = "The account review") -> list[str]:
    return [i.message for i in check_draft(s, subject, body, today=TODAY)]


def test_same_time_takes_the_meetings_clock() -> None:
    body = ("Dear Margaret Hughes,\n\nCould we move the quarterly account review planned for Tuesday 12 March at 10:00 "
            "to Thursday 14 March, same time?\n\nKind regards,\nTom Baker")
    assert messages(sit(), body) == []
    moved = sit(proposed_times=["Thursday 14 March at 15:00"])
    assert any("not in the situation" in m for m in messages(moved, body))


def test_same_day_takes_the_meetings_date_and_the_old_slot_offered_is_a_swap() -> None:
    s = sit(intent="switch_to_call", proposed_times=["Tuesday 12 March at 16:00"])
    ok = ("Dear Margaret Hughes,\n\nInstead of meeting on Tuesday 12 March at 10:00, could I call you that same day at 4 pm?"
          "\n\nKind regards,\nTom Baker")
    assert messages(s, ok) == []
    swapped = ("Dear Margaret Hughes,\n\nRather than meeting on Tuesday 12 March at 4 pm, could we speak by phone?\n\n"
               "I could call you that same day at 10am.\n\nKind regards,\nTom Baker")
    assert any("presented as a new option" in m or "swapped" in m for m in messages(s, swapped))


def test_a_bare_hour_is_read_on_a_12_hour_dial() -> None:
    s = sit(meeting_time="Tuesday 12 March at 18:00", proposed_times=["Thursday 14 March at 18:00"])
    body = ("Dear Margaret Hughes,\n\nCould we move the quarterly account review from Tuesday at 6 to Thursday 14 March "
            "at 18:00?\n\nKind regards,\nTom Baker")
    assert messages(s, body) == []


def test_that_one_is_not_a_clock_time() -> None:
    assert scan("I'm not missing that one, though.") == []
    # an hour in words is on the 12-hour dial: one o'clock that fits a given 13:00 (or 1:00)
    assert [(m.when.hour, m.when.loose) for m in scan("See you at one.")] == [(1, True)]


def test_relative_day_words_count_from_today() -> None:
    body = ("Dear Margaret Hughes,\n\nI have to move tomorrow's quarterly account review (Tuesday 12 March at 10:00). "
            "Could we meet on Thursday 14 March at 10:00 instead?\n\nKind regards,\nTom Baker")
    assert messages(sit(), body) == []
    later = sit(meeting_time="Friday 15 March at 10:00", proposed_times=["Monday 18 March at 10:00"])
    wrong = body.replace("Tuesday 12 March", "Friday 15 March").replace("Thursday 14 March", "Monday 18 March")
    assert any("tomorrow" in m for m in messages(later, wrong))


def test_a_formal_salutation_without_a_name_addresses_the_recipient() -> None:
    s = sit(language="fr", recipient_name="Dr Claire Martin", sender_name="Paul Roy", meeting="la revue des comptes",
            meeting_time="mardi 12 mars à 10 h", proposed_times=["jeudi 14 mars à 10 h"])
    body = ("Madame,\n\nPourrions-nous déplacer la revue des comptes prévue le mardi 12 mars à 10 h au jeudi 14 mars à 10 h ?"
            "\n\nBien cordialement,\nPaul Roy")
    assert not any("recipient_name" in m for m in messages(s, body, "Revue des comptes"))
    named_nobody = body.replace("Madame,", "Bonjour,")  # round 8: the name left out is an omission, not an alarm
    assert not any("recipient_name" in m for m in messages(s, named_nobody, "Revue des comptes"))
    named_other = body.replace("Madame,", "Bonjour Sophie,")  # another person greeted: an error
    assert any("recipient_name" in m for m in messages(s, named_other, "Revue des comptes"))


def test_the_full_fee_in_words_states_100_percent() -> None:
    s = sit(language="it", intent="cancellation_policy", recipient_name="Marta Conti", sender_name="Luca Neri",
            meeting="la lezione", meeting_time="martedì 12 marzo alle 10:00", proposed_times=[], tone="friendly",
            policy={"notice_hours": 24, "fee_percent": 100})
    body = ("Ciao Marta,\n\nper la lezione di martedì 12 marzo alle 10: se devi disdire, avvisami almeno 24 ore prima, "
            "altrimenti la lezione va pagata per intero.\n\nA presto,\nLuca Neri")
    assert not any("fee_percent" in m for m in messages(s, body, "La lezione"))
    s50 = s.model_copy(update={"policy": s.policy.model_copy(update={"fee_percent": 50})})
    assert any("fee_percent" in m for m in messages(s50, body, "La lezione"))


def test_a_period_equal_to_the_move_is_implied() -> None:
    body = ("Dear Margaret Hughes,\n\nCould we push the quarterly account review on Tuesday 12 March at 10:00 back by two days, "
            "to Thursday 14 March at 10:00?\n\nKind regards,\nTom Baker")
    assert messages(sit(), body) == []
    assert any("no such period" in m for m in messages(sit(), body.replace("two days", "three days")))


def test_a_weekday_with_its_part_of_day_names_the_meeting() -> None:
    s = sit(language="nl", recipient_name="Sanne Visser", sender_name="Tom Bakker", tone="friendly", meeting="het weekoverleg",
            meeting_time="dinsdag 12 maart om 9.00 uur", proposed_times=["donderdag 14 maart om 9.00 uur"])
    body = "Hoi Sanne,\n\nDinsdagochtend lukt het me niet voor het weekoverleg. Past donderdag 14 maart om 9.00 uur?\n\nGroet,\nTom"
    assert not any("meeting_time" in m for m in messages(s, body, "Weekoverleg"))


def test_a_time_after_a_relative_day_is_that_day() -> None:
    s = sit(intent="no_show_followup", meeting_time="Monday 11 March at 14:00", proposed_times=["Thursday 14 March at 14:00"])
    ok = "Hi Margaret,\n\nI missed you today at 2 for the quarterly account review. Shall we try Thursday 14 March at 2pm?\n\nTom Baker"
    assert messages(s, ok) == []
    wrong = ok.replace("today at 2", "yesterday at 2")
    assert any("yesterday at 2" in m for m in messages(s, wrong))


def test_instead_of_a_few_words_before_the_old_time_is_no_offer() -> None:
    s = sit(language="it", intent="switch_to_call", recipient_name="Anna Conti", sender_name="Luca Neri", meeting="la revisione",
            meeting_time="martedì 12 marzo alle 14:00", proposed_times=["martedì 12 marzo alle 17:00"])
    ok = ("Gentile Anna Conti,\n\ninvece di vederci per la revisione martedì 12 marzo alle 14, potrei chiamarLa lo stesso giorno alle 17?"
          "\n\nCordiali saluti,\nLuca Neri")
    assert messages(s, ok, "La revisione") == []
    swapped = ok.replace("alle 14, potrei", "alle 17, potrei").replace("giorno alle 17?", "giorno alle 14?")
    assert any("presented" in m or "swapped" in m for m in messages(s, swapped, "La revisione"))


def test_a_name_with_another_initial_is_a_near_miss_and_fails_completeness() -> None:
    from composer.evaluation.completeness import checklist

    s = sit(recipient_name="Catherine Lowe", tone="friendly")
    body = ("Hi Katherine,\n\nCould we move the quarterly account review from Tuesday 12 March at 10:00 to Thursday 14 March "
            "at 10:00?\n\nThanks,\nTom Baker")
    assert any("Katherine" in m for m in messages(s, body))
    failed = [c.item for c in checklist(s, "The account review", body, today=TODAY) if not c.passed]
    assert "facts.names_exact" in failed


def test_completeness_reads_policy_numbers_in_words() -> None:
    from composer.evaluation.completeness import checklist

    s = sit(intent="cancellation_policy", meeting_time=None, proposed_times=[], policy={"notice_hours": 48, "fee_percent": 50})
    body = ("Dear Margaret Hughes,\n\nA short note on our terms: please give me two days' notice if you cannot come; "
            "after that, we charge half the fee.\n\nKind regards,\nTom Baker")
    items = {c.item: c.passed for c in checklist(s, "Our terms", body, today=TODAY)}
    assert items["policy.notice_hours"] and items["policy.fee_percent"]
    items = {c.item: c.passed for c in checklist(s, "Our terms", body.replace("two days'", "a few days'").replace("half the fee", "a part of the fee"), today=TODAY)}
    assert not items["policy.notice_hours"] and not items["policy.fee_percent"]
