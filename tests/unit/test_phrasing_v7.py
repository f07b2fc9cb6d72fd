"""v7 native findings, in general form: reasons glued only when they can be, activities named as themselves,
shorthand written out, no promises nobody made, surname particles, one register per mail."""
from __future__ import annotations

from composer.models import Language, Situation
from composer.names import parse_name
from composer.writers.builtin import BuiltinWriter
from composer.writers.plan import make_plan
from composer.writers.when import drop_weekday, expand


def _sit(**kw: object) -> Situation:
    base: dict[str, object] = dict(language="en", intent="reschedule", recipient_name="Ann Lee", sender_name="Paul Hart",
                                   tone="formal", relationship="regular", meeting="quarterly review", meeting_time="Tuesday 15 December at 10am")
    base.update(kw)
    return Situation(**base)


def _text(**kw: object) -> str:
    d = BuiltinWriter().write(_sit(**kw), [])
    return d.body


def test_a_policy_note_that_only_says_what_the_mail_does_is_not_a_reason() -> None:
    for lang, reason in [("en", "Just a reminder, as the last two were cancelled on the day."),
                         ("it", "Le mando le condizioni prima dell'inizio del pacchetto di lezioni.")]:
        plan = make_plan(_sit(language=lang, intent="cancellation_policy", meeting=None, meeting_time=None, reason=reason,
                              policy={"notice_hours": 48, "fee_percent": 50}), [])
        assert plan.situation.reason is None


def test_a_named_relative_who_was_ill_is_not_the_client() -> None:
    plan = make_plan(_sit(intent="late_cancellation", meeting="Ella's piano lesson", meeting_time="last Saturday 11am",
                          recipient_name="Mrs Beverley Quarrington", reason="she texted 15 mins before to say Ella was unwell",
                          policy={"notice_hours": 24, "fee_percent": 50}), [])
    assert not plan.ill
    assert make_plan(_sit(intent="late_cancellation", reason="she had the flu", policy={"notice_hours": 24, "fee_percent": 50}), []).ill


def test_no_briefing_promise_when_away_and_no_stock_agenda() -> None:
    text = _text(intent="delegate", colleague_name="my colleague Tom Berg", reason="I'm away on sabbatical from the 14th", tone="friendly")
    assert "before I go" not in text and "my colleague my colleague" not in text and text.count("my colleague") == 1
    assert "agenda" not in _text(intent="shorten", duration_minutes=30, reason="the figures are not final")


def test_shorthand_and_weekdays_are_written_out() -> None:
    assert "rendez-vous" in _text(language="fr", intent="switch_to_call", tone="friendly", meeting="le rdv à l'atelier",
                                  meeting_time="mercredi 9 décembre à 16h", reason="je suis coincée")
    assert expand("merc. 16 déc.", Language.fr) == "mercredi 16 décembre"
    assert drop_weekday("Mon 14/12 9:15", "the Monday status Zoom", Language.en) == "14/12 9:15"
    assert drop_weekday("za 9-11u", "rijlessen op zaterdag", Language.nl) == "za 9-11u"  # no date after it: kept


def test_one_register_per_mail_in_french() -> None:
    text = _text(language="fr", intent="switch_to_call", tone="friendly", meeting="le point pour votre devis",
                 meeting_time="mercredi 9 décembre à 16h", reason="je suis coincée à la maison")
    assert "votre" not in text and "ton devis" in text


def test_an_italian_first_person_verb_is_never_a_noun_after_a_causa_di() -> None:
    text = _text(language="it", intent="delegate", colleague_name="Dott. Michele Fantuzzi", meeting="riunione mensile",
                 meeting_time="mercoledì 16 dicembre alle 14:30", reason="resto a casa cinque mesi per la nascita del mio secondo figlio")
    assert "a causa del resto" not in text and "perché resto a casa" in text


def test_gaelic_particles_stay_with_the_surname() -> None:
    assert parse_name("Dr Siobhan Ní Bhriain").surname == "Ní Bhriain"
    assert "Dear Dr Ní Bhriain," in _text(recipient_name="Dr Siobhan Ní Bhriain")
