"""Calendar holds: only for proposed times with one clear date and time; local zones; non-ASCII names."""

from __future__ import annotations

from datetime import date

import pytest
from icalendar import Calendar

from composer.calendar import holds, local_zone
from composer.errors import InputError
from composer.models import Situation

S = Situation.model_validate(dict(
    id="rdv 7/Lefèvre", language="fr", intent="reschedule", tone="formal", relationship="regular",
    recipient_name="Chloé Lefèvre", sender_name="Jürgen Öberg", meeting="la revue trimestrielle", duration_minutes=45,
    meeting_time="jeudi 14 mars à 10 h",
    proposed_times=["mardi 19 mars à 14 h", "la semaine prochaine", "mercredi 19 mars à 9 h", "vendredi 22 mars"],
))


def test_only_full_unambiguous_times_get_a_hold() -> None:
    made = holds(S, today=date(2024, 3, 1), tz="Europe/Paris")
    assert [h.index for h in made] == [0]  # vague, wrong weekday, and date-only are skipped
    (h,) = made
    assert h.filename == "rdv-7-Lefevre-1-20240319-1400.ics"
    cal = Calendar.from_ical(h.ics)
    (ev,) = cal.walk("VEVENT")
    assert ev.decoded("dtstart").isoformat() == "2024-03-19T14:00:00+01:00"
    assert (ev.decoded("dtend") - ev.decoded("dtstart")).seconds == 45 * 60
    assert "Chloé Lefèvre" in str(ev["summary"]) and "Jürgen Öberg" in str(ev["description"])
    assert cal.walk("VTIMEZONE") and str(cal.walk("VTIMEZONE")[0]["tzid"]) == "Europe/Paris"


def test_the_same_situation_gives_the_same_file_and_zones_are_local() -> None:
    a = holds(S, today=date(2024, 3, 1), tz="Europe/Stockholm")[0].ics
    assert a == holds(S, today=date(2024, 3, 1), tz="Europe/Stockholm")[0].ics
    assert b"TZID=Europe/Stockholm" in a


def test_an_unknown_zone_is_one_clear_error() -> None:
    with pytest.raises(InputError, match="unknown time zone 'Mars/Base'"):
        local_zone("Mars/Base")


def test_holds_for_different_clients_never_share_a_file_name_and_the_cli_never_overwrites_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from composer.cli import app

    a = S.model_copy(update={"id": None})
    b = a.model_copy(update={"recipient_name": "Åsa Öberg"})
    (ha,), (hb,) = holds(a, today=date(2024, 3, 1)), holds(b, today=date(2024, 3, 1))
    assert ha.filename == "hold-Chloe-Lefevre-1-20240319-1400.ics" and hb.filename == "hold-Asa-Oberg-1-20240319-1400.ics"
    flags = ["draft", "--language", "fr", "--intent", "reschedule", "--recipient", "Chloé Lefèvre", "--sender", "Jürgen Öberg",
             "--meeting", "la revue", "--time", "jeudi 14 mars à 10 h", "--propose", "mardi 19 mars à 14 h", "--tone", "formal", "--relationship", "regular", "--today", "2024-03-01",
             "--ics", str(tmp_path)]
    first = CliRunner().invoke(app, flags)
    second = CliRunner().invoke(app, [*flags[:-6], "--meeting", "un autre sujet", *flags[-6:]])
    assert first.exit_code == second.exit_code == 0, second.output
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["hold-Chloe-Lefevre-1-20240319-1400-2.ics", "hold-Chloe-Lefevre-1-20240319-1400.ics"]
    assert b"la revue" in (tmp_path / files[1]).read_bytes() and b"un autre sujet" in (tmp_path / files[0]).read_bytes()


@pytest.mark.parametrize(("language", "typed", "start"), [
    ("sv", "kl. 9.15 imorgon", "2026-12-08 09:15"),
    ("nl", "morgen om half tien", "2026-12-08 09:30"),
    ("it", "domani alle 9", "2026-12-08 09:00"),
    ("fr", "après-demain à 14 h", "2026-12-09 14:00"),
    ("en", "tomorrow at 9am", "2026-12-08 09:00"),
])
def test_a_relative_day_with_a_clock_gets_a_hold_in_every_language(language: str, typed: str, start: str) -> None:
    """The same reading `extract` gives: "imorgon" and "morgen" are tomorrow from the reference date, as "demain" is."""
    s = S.model_copy(update={"language": language, "proposed_times": [typed]})
    (h,) = holds(s, today=date(2026, 12, 7), tz="Europe/Stockholm")
    assert f"{h.start:%Y-%m-%d %H:%M}" == start


def test_dutch_hier_is_here_not_yesterday() -> None:
    """The fact model's language exclusion holds for given times too: "hier" is French "yesterday", Dutch "here"."""
    from composer.facts.times import parse_given
    from composer.models import Language

    assert parse_given("hier om 10 uur", Language.nl, date(2026, 12, 7)).resolved is None
    assert f"{parse_given('hier à 10 h', Language.fr, date(2026, 12, 7)).resolved:%Y-%m-%d %H:%M}" == "2026-12-06 10:00"
