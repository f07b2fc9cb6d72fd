"""Times understood and in their roles: the issue's own examples, through the one fact model."""

from __future__ import annotations

from datetime import date

import pytest

from composer.facts import check_draft
from composer.facts.times import parse_given, scan
from composer.models import Language, Situation

TODAY = date(2024, 3, 1)


def sit(**kw: object) -> Situation:
    data: dict = dict(language="en", intent="reschedule", tone="formal", relationship="regular",
                      recipient_name="Margaret Hughes", sender_name="Tom Baker", meeting="the quarterly account review",
                      meeting_time="Tuesday 12 March at 10:00", proposed_times=["Thursday 14 March at 15:00"])
    data.update(kw)
    return Situation.model_validate(data)


def kinds(s: Situation, subject: str, body: str) -> list[str]:
    return [i.kind for i in check_draft(s, subject, body, today=TODAY)]


EN_OK = (
    "Dear Margaret Hughes,\n\nI am afraid I have to move the quarterly account review planned for Tuesday 12 March at 10:00. "
    "Could we meet on Thursday 14 March at 15:00 instead? Please let me know if that works for you.\n\nKind regards,\nTom Baker"
)


@pytest.mark.parametrize(
    ("text", "lang", "expect"),
    [
        ("jeudi 14 mars à 14h30", "fr", (3, 14, 3, 14, 30)),
        ("torsdag 14 mars kl. 12.15", "sv", (3, 14, 3, 12, 15)),
        ("donderdag 14 maart om half tien", "nl", (3, 14, 3, 9, 30)),
        ("giovedì 14 marzo alle 10", "it", (3, 14, 3, 10, 0)),
        ("Tuesday 9 April at 2 pm", "en", (1, 9, 4, 14, 0)),
        ("donderdag 14 maart om 10.00 uur", "nl", (3, 14, 3, 10, 0)),
    ],
)
def test_formats_of_the_five_languages_parse(text: str, lang: str, expect: tuple[int, ...]) -> None:
    w = parse_given(text, Language(lang), TODAY).when
    assert (w.weekday, w.day, w.month, w.hour, w.minute) == expect


def test_percentages_and_notice_hours_are_not_times() -> None:
    assert scan("un préavis de 48 h et des frais de 12,5 % ou 12.5%") == []


def test_a_correct_draft_has_no_time_issue() -> None:
    assert kinds(sit(), "Our review on Tuesday 12 March", EN_OK) == []


def test_meeting_and_proposed_time_swapped_is_flagged() -> None:
    s = sit()
    body = (
        "Dear Margaret Hughes,\n\nI am afraid I have to move the quarterly account review planned for Thursday 14 March at 15:00. "
        "Could we meet on Tuesday 12 March at 10:00 instead? Please let me know.\n\nKind regards,\nTom Baker"
    )
    issues = check_draft(s, "Review", body, today=TODAY)
    roles = [i for i in issues if i.kind == "time_role"]
    assert len(roles) == 2, issues
    assert "is the meeting being moved" in " ".join(i.message for i in roles)


def test_old_time_offered_as_the_new_one_is_flagged() -> None:
    s = sit()
    body = EN_OK.replace("Could we meet on Thursday 14 March at 15:00 instead?", "I have moved it to Tuesday 12 March at 10:00 and Thursday 14 March at 15:00 is also possible.")
    assert "time_role" in kinds(s, "Review", body)


def test_a_recap_naming_another_time_is_flagged_italian() -> None:
    s = sit(language="it", recipient_name="Giulia Bianchi", sender_name="Marco Rossi", meeting="la revisione del progetto",
            meeting_time="giovedì 14 marzo alle 10:00", proposed_times=["venerdì 15 marzo alle 10:30"])
    body = (
        "Gentile Giulia Bianchi,\n\npurtroppo devo spostare la revisione del progetto prevista per giovedì 14 marzo alle 10:00. "
        "Le propongo venerdì 15 marzo alle 10:30. Ci sentiamo quindi venerdì alle 15:00.\n\nCordiali saluti,\nMarco Rossi"
    )
    subject = "Revisione del progetto"
    issues = check_draft(s, subject, body, today=TODAY)
    bad = [i for i in issues if i.kind == "time"]
    assert len(bad) == 1 and "'venerdì alle 15:00'" in bad[0].message, issues
    a, b = bad[0].span
    assert f"{subject}\n{body}"[a:b] == "venerdì alle 15:00"  # span indexes subject + "\n" + body


def test_a_wrong_weekday_in_the_subject_only_is_flagged() -> None:
    s = sit(language="fr", recipient_name="Claire Dubois", sender_name="Julien Moreau", meeting="la revue du compte",
            meeting_time="jeudi 14 mars à 10 h", proposed_times=["mardi 19 mars à 14 h"])
    body = (
        "Madame Dubois,\n\nje dois malheureusement déplacer la revue du compte prévue le jeudi 14 mars à 10 h. "
        "Je vous propose le mardi 19 mars à 14 h. Pourriez-vous me dire si cela vous convient ?\n\nCordialement,\nJulien Moreau"
    )
    assert kinds(s, "Report au mardi 19 mars", body) == []
    issues = check_draft(s, "Report au mercredi 19 mars", body, today=TODAY)
    assert [i.kind for i in issues] == ["time"], issues
    assert "weekday differs" in issues[0].message and issues[0].span == (10, 26)


def test_a_dropped_time_is_missing_but_a_natural_form_counts() -> None:
    s = sit()
    assert "missing" in kinds(s, "Review", EN_OK.replace("Thursday 14 March at 15:00", "later"))
    assert kinds(s, "Review", EN_OK.replace("Thursday 14 March at 15:00", "Thursday, 14 March, at 3 pm")) == []


ROLES = {
    # language: (meeting_time, proposed, correct sentence, swapped sentence)
    "en": ("Thursday 14 March at 10:00", "Tuesday 19 March at 14:00",
           "I need to move our meeting from {m} to {p}. Would that work?", "I need to move our meeting from {p} to {m}. Would that work?"),
    "fr": ("jeudi 14 mars à 10 h", "mardi 19 mars à 14 h",
           "Je dois déplacer notre rendez-vous du {m} au {p}. Le créneau du {p} vous convient-il ?", "Je dois déplacer notre rendez-vous du {p} au {m}. Cela vous convient-il ?"),
    "it": ("giovedì 14 marzo alle 10:00", "martedì 19 marzo alle 14:00",
           "Devo spostare il nostro incontro di {m} a {p}. La disponibilità di {p} Le andrebbe bene?", "Devo spostare il nostro incontro di {p} a {m}. Le andrebbe bene?"),
    "nl": ("donderdag 14 maart om 10.00 uur", "dinsdag 19 maart om 14.00 uur",
           "Ik moet onze afspraak van {m} verplaatsen naar {p}. Past de middag van {p} u?", "Ik moet onze afspraak van {p} verplaatsen naar {m}. Past dat u?"),
    "sv": ("torsdag 14 mars kl. 10.00", "tisdag 19 mars kl. 14.00",
           "Jag behöver flytta vårt möte från {m} till {p}. Passar det på {p}?", "Jag behöver flytta vårt möte från {p} till {m}. Passar det?"),
}


@pytest.mark.parametrize("lang", list(ROLES))
def test_from_to_roles_in_every_language(lang: str) -> None:
    m, p, ok, swapped = ROLES[lang]
    s = sit(language=lang, meeting_time=m, proposed_times=[p], recipient_name="Anna Berg", sender_name="Tom Baker", meeting="x")
    body = "Anna Berg,\n\n{}\n\nTom Baker"
    assert [i for i in check_draft(s, "x", body.format(ok.format(m=m, p=p)), today=TODAY) if i.kind == "time_role"] == []
    roles = [i for i in check_draft(s, "x", body.format(swapped.format(m=m, p=p)), today=TODAY) if i.kind == "time_role"]
    assert len(roles) == 2, roles


def test_looking_forward_to_the_new_time_is_not_presenting_it_as_the_old_one() -> None:
    body = EN_OK.replace("Please let me know if that works for you.", "I look forward to our meeting on Thursday 14 March at 15:00.")
    assert kinds(sit(), "Review", body) == []


def test_a_time_from_the_reason_is_its_own_words_not_an_offer() -> None:
    s = sit(reason="my flight only lands at 18:00 that day")
    ok = EN_OK.replace("Could we meet", "My flight only lands at 18:00 that day. Could we meet")
    assert kinds(s, "Review", ok) == []
    bad = EN_OK.replace("Please let me know", "Or we could talk at 18:00. Please let me know")
    assert "time" in kinds(s, "Review", bad)


def test_a_month_on_its_own_nobody_gave_is_flagged() -> None:
    body = EN_OK.replace("Please let me know", "Otherwise sometime in April. Please let me know")
    assert "time" in kinds(sit(), "Review", body)


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("at half past two", 14, 30),
        ("at quarter to ten in the morning", 9, 45),
        ("klockan halv tre", 14, 30),
        ("kvart över nio", 9, 15),
        ("alle due e mezza del pomeriggio", 14, 30),
        ("à trois heures et demie", 15, 30),
        ("vers neuf heures et quart", 9, 15),
    ],
)
def test_spoken_clock_times_are_read(text: str, hour: int, minute: int) -> None:
    found = scan(text)
    # an hour in words with no part of the day is on the 12-hour dial (loose): it fits the p.m. reading too
    assert [(m.when.hour + 12 if m.when.loose and m.when.hour + 12 == hour else m.when.hour, m.when.minute) for m in found] == [(hour, minute)]


def test_a_weekday_with_its_day_names_the_date_and_a_floor_is_not_a_date() -> None:
    assert [(m.when.weekday, m.when.day, m.when.month) for m in scan("ou bien mercredi 20, à 9 h")] == [(2, 20, None)]
    assert [(m.when.weekday, m.when.day) for m in scan("Tuesday the 19th at 10:00")] == [(1, 19)]
    assert scan("our office on the 3rd floor") == []
    assert [m.when.hour for m in scan("jeudi 10 h")] == [10]  # an hour, not the 10th


def test_natural_forms_of_a_slot_count_as_stating_it_and_a_changed_one_does_not() -> None:
    s = sit(meeting_time="Thursday 14 January 2027 at 10:00", proposed_times=["Tuesday 19 January 2027 at 14:30"])
    today = date(2026, 12, 6)
    body = ("Dear Ms Hughes,\n\nI need to move the quarterly account review on Thursday 14 January at 10:00. "
            "Could we meet on Tuesday the 19th at half past two instead?\n\nKind regards,\nTom Baker")
    assert check_draft(s, "Moving our review", body, today=today) == []
    bad = body.replace("half past two", "half past three")
    assert "time" in [i.kind for i in check_draft(s, "Moving our review", bad, today=today)]


def test_unsaid_zero_minutes_still_state_the_time() -> None:
    s = sit(language="sv", recipient_name="Per Hedlund", sender_name="Oskar Berg", meeting="Besök",
            meeting_time="fredag 15 mars kl 11:00", proposed_times=["tisdag 19 mars kl 9:00"])
    body = "Hej Per,\n\nKan vi flytta besöket på fredag 15 mars kl. 11? Jag föreslår:\n- tisdag 19 mars kl\n\n9.\n\nHälsningar,\nOskar Berg"
    assert not [i for i in check_draft(s, "Besök", body, today=TODAY) if i.kind == "missing"]


@pytest.mark.parametrize(
    ("lang", "meeting_time", "proposed", "body"),
    [
        ("fr", "jeudi 14 mars à 10 h", "mardi 19 mars à 14 h 30",
         "Madame Dubois,\n\nJe dois reporter notre revue prévue le jeudi 14 mars à 10 h. Je vous propose le mardi 19 mars à 14 h 30.\n\n"
         "Je note d'ores et déjà le jeudi 14 mars à 10 h dans mon agenda.\n\nJulien Martin"),
        ("nl", "donderdag 14 maart om 10.00 uur", "dinsdag 19 maart om 14.30 uur",
         "Geachte mevrouw Bakker,\n\nHelaas moet ik ons overleg van donderdag 14 maart om 10.00 uur verzetten. Ik stel dinsdag 19 maart om 14.30 uur voor.\n\n"
         "Tot donderdag 14 maart om 10.00 uur dan!\n\nPieter de Vries"),
        ("sv", "torsdag 14 mars kl. 10.00", "tisdag 19 mars kl. 14.30",
         "Hej Karin,\n\nTyvärr behöver jag flytta vårt möte torsdag 14 mars kl. 10.00. Jag kan erbjuda tisdag 19 mars kl. 14.30.\n\n"
         "Vi ses alltså torsdag 14 mars kl. 10.00.\n\nErik Nilsson"),
    ],
)
def test_a_recap_naming_the_old_time_is_a_role_fault(lang: str, meeting_time: str, proposed: str, body: str) -> None:
    names = {"fr": ("Claire Dubois", "Julien Martin"), "nl": ("Eva Bakker", "Pieter de Vries"), "sv": ("Karin Lindqvist", "Erik Nilsson")}[lang]
    s = sit(language=lang, recipient_name=names[0], sender_name=names[1], meeting="revue" if lang == "fr" else "overleg" if lang == "nl" else "möte",
            meeting_time=meeting_time, proposed_times=[proposed])
    assert "time_role" in kinds(s, "x", body)
    recap_new = body.rsplit("\n\n", 2)[0] + "\n\n" + body.rsplit("\n\n", 2)[1].replace(meeting_time, proposed) + "\n\n" + names[1]
    assert "time_role" not in kinds(s, "x", recap_new)


def test_an_end_time_that_follows_from_the_given_length_is_not_invented() -> None:
    s = sit(intent="shorten", duration_minutes=30, proposed_times=[])
    ok = ("Dear Ms Hughes,\n\nCould we keep the quarterly account review on Tuesday 12 March at 10:00 to 30 minutes, "
          "from 10:00 to 10:30?\n\nKind regards,\nTom Baker")
    assert "time" not in kinds(s, "Shorter review", ok)
    assert "time" in kinds(s, "Shorter review", ok.replace("to 10:30", "to 11:00"))


def test_season_greetings_are_not_invented_names() -> None:
    body = EN_OK.replace("Please let me know", "I hope you had a good Christmas break, and Happy New Year! Please let me know")
    assert kinds(sit(), "Moving our review", body) == []


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("om 14u30", (None, None, 14, 30)),
        ("om 9u", (None, None, 9, 0)),
        ("alle 14 e 30", (None, None, 14, 30)),
        ("at half two", (None, None, 14, 30)),
        ("at nine,", (None, None, 9, 0)),
        ("à dix heures.", (None, None, 10, 0)),
        ("19-01-2027 om 14.30 uur", (19, 1, 14, 30)),
        ("erbjuda:\n- 2027-01-19 kl. 14.30", (19, 1, 14, 30)),
    ],
)
def test_more_native_forms_are_read(text: str, expect: tuple) -> None:
    # an hour in words with no part of the day is on the 12-hour dial (loose): it fits the p.m. reading too
    assert [(m.when.day, m.when.month, m.when.hour + 12 if m.when.loose and m.when.hour + 12 == expect[2] else m.when.hour, m.when.minute) for m in scan(text)] == [expect]


def test_at_one_point_is_not_a_time() -> None:
    assert scan("at one point we spoke") == []


def test_a_numbered_list_of_slots_adds_no_numbers() -> None:
    body = EN_OK.replace("Could we meet on Thursday 14 March at 15:00 instead?", "I could offer:\n1. Thursday 14 March at 15:00\n\n2) or another day")
    assert "number" not in kinds(sit(), "Moving our review", body)


def test_noon_is_twelve() -> None:
    assert [(m.when.hour, m.when.minute) for m in scan("Tuesday 19 March at noon")] == [(12, 0)]
    assert [(m.when.hour, m.when.minute) for m in scan("mardi 19 mars à midi et demie")] == [(12, 30)]
    assert scan("the midday sun") == []
