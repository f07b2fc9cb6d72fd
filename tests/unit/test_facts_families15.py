"""Round 15 families (issue 13): the reasoning behind the false alarms on the built-in writer's drafts of v10..v12,
generalised to the five languages with sentences written for these tests (not the drafts' wording). Every accepted
form is paired with the same form stating another fact, which stays flagged as an error."""

from __future__ import annotations

from datetime import date

import pytest

from composer.facts import errors, judge
from composer.models import Situation

TODAY = date(2026, 12, 7)
MEETING = {
    "en": "Wednesday 9 December at 10:00", "fr": "mercredi 9 décembre à 10 h", "it": "mercoledì 9 dicembre alle 10:00",
    "nl": "woensdag 9 december om 10.00 uur", "sv": "onsdag 9 december kl. 10.00",
}
FRAME = {
    "en": ("Dear Anna,\n\nThank you for your message about our wine tasting at the shop. {}\n\nKind regards,", "Marco Rossi"),
    "fr": ("Chère Anna,\n\nMerci pour votre message au sujet de notre dégustation au magasin. {}\n\nBien cordialement,", "Marco Rossi"),
    "it": ("Gentile Anna,\n\ngrazie per il suo messaggio sulla nostra degustazione in negozio. {}\n\nCordiali saluti,", "Marco Rossi"),
    "nl": ("Beste Anna,\n\nBedankt voor je bericht over onze proeverij in de winkel. {}\n\nMet vriendelijke groet,", "Marco Rossi"),
    "sv": ("Hej Anna,\n\nTack för ditt meddelande om vår provning i butiken. {}\n\nVänliga hälsningar,", "Marco Rossi"),
}
MEETING_NAME = {"en": "Wine tasting", "fr": "Dégustation", "it": "Degustazione", "nl": "Proeverij", "sv": "Provning"}


def sit(lang: str, **kw: object) -> Situation:
    data: dict = dict(language=lang, intent="reschedule", tone="formal", relationship="regular", recipient_name="Anna Conti",
                      sender_name="Marco Rossi", meeting=MEETING_NAME[lang], meeting_time=MEETING[lang])
    data.update(kw)
    return Situation.model_validate(data)


def time_errors(s: Situation, sentence: str) -> list:
    head, sign = FRAME[s.language.value]
    return [i for i in errors(judge(s, "Tasting", f"{head.format(sentence)}\n{sign}", today=TODAY)) if i.kind in ("time", "time_role", "number")]


# 1. A short weekday typed with a day and a clock ("mar 15 après 16h"): French and Italian "mar" is Tuesday, and
#    the clock after it stays with the day (it was read as 15 March, "the date differs").
SHORT_DAY_CLOCK = {
    "en": ("Tue 15 after 4pm", "Could we meet on Tuesday 15 December after 4pm instead?", "Could we meet on Tuesday 15 December after 5pm instead?"),
    "fr": ("mar 15 après 16h", "Pourrions-nous nous voir plutôt mardi 15 après 16 h ?", "Pourrions-nous nous voir plutôt mardi 15 après 17 h ?"),
    "it": ("mar 15 dopo le 16", "Potremmo vederci invece martedì 15 dopo le 16?", "Potremmo vederci invece martedì 15 dopo le 17?"),
    "nl": ("di 15 dec na 16 uur", "Kunnen we in plaats daarvan dinsdag 15 december na 16 uur afspreken?", "Kunnen we in plaats daarvan dinsdag 15 december na 17 uur afspreken?"),
    "sv": ("tis 15 dec efter kl. 16", "Kan vi ses tisdag 15 december efter kl. 16 istället?", "Kan vi ses tisdag 15 december efter kl. 17 istället?"),
}
# 2. A weekday typed short with a clock and no day ("Thurs 4.30", "tors 17-18"): the weekday written out is the
#    given one; another weekday is not.
SHORT_DAY_ONLY = {
    "en": ("Thurs 4.30", "Could we meet on Thursday at 4.30 instead?", "Could we meet on Friday at 4.30 instead?"),
    "fr": ("jeu 16h30", "Pourrions-nous nous voir plutôt jeudi à 16 h 30 ?", "Pourrions-nous nous voir plutôt vendredi à 16 h 30 ?"),
    "it": ("gio 16:30", "Potremmo vederci invece giovedì alle 16:30?", "Potremmo vederci invece venerdì alle 16:30?"),
    "nl": ("do 16.30", "Kunnen we in plaats daarvan donderdag om 16.30 uur afspreken?", "Kunnen we in plaats daarvan vrijdag om 16.30 uur afspreken?"),
    "sv": ("tors 16.30", "Kan vi ses torsdag kl. 16.30 istället?", "Kan vi ses fredag kl. 16.30 istället?"),
}
# 3. The reason's own day, after a causal connective that follows the client's proposal ("the time you propose won't
#    work because on Friday I'm away"): the reason, not an offer. Another day there is a date nobody gave.
REASON_DAY = {
    "en": ("on Friday I am away in Leeds", "Sadly the time you propose does not work because on Friday I am away in Leeds.", "Sadly the time you propose does not work because on Monday I am away in Leeds."),
    "fr": ("vendredi je suis pris", "Hélas, l'horaire que vous proposez ne va pas, parce que vendredi je suis pris.", "Hélas, l'horaire que vous proposez ne va pas, parce que lundi je suis pris."),
    "it": ("venerdì sono a Torino", "Purtroppo l'orario che propone non va bene perché venerdì sono a Torino.", "Purtroppo l'orario che propone non va bene perché lunedì sono a Torino."),
    "nl": ("vrijdag ben ik in Gent", "Helaas past het tijdstip dat je voorstelt niet, omdat ik vrijdag in Gent ben.", "Helaas past het tijdstip dat je voorstelt niet, omdat ik maandag in Gent ben."),
    "sv": ("på fredag är jag i Malmö", "Tyvärr fungerar tiden du föreslår inte eftersom jag är i Malmö på fredag.", "Tyvärr fungerar tiden du föreslår inte eftersom jag är i Malmö på måndag."),
}
# 4. A given bare clock said with its unit ("vr 11 dec na 3" -> "na 3 uur", "après 16" -> "après 16 heures"): the
#    given clock, no notice period. Another number there is a period nobody gave.
BARE_CLOCK_UNIT = {
    "fr": ("ven 11 déc après 16", "Pourrions-nous nous voir plutôt vendredi 11 décembre, après 16 heures ?", "Pourrions-nous nous voir plutôt vendredi 11 décembre, après 17 heures ?"),
    "nl": ("vr 11 dec na 3", "Kunnen we in plaats daarvan vrijdag 11 december na 3 uur afspreken?", "Kunnen we in plaats daarvan vrijdag 11 december na 4 uur afspreken?"),
}
# 5. "midi" / "mezzogiorno" typed right after a day ("lundi 14 midi"): the noon of that day.
NOON_AFTER_DAY = {
    "fr": ("lundi 14 midi", "Pourrions-nous nous voir plutôt lundi 14 décembre à midi ?", "Pourrions-nous nous voir plutôt lundi 14 décembre à 13 h ?"),
    "it": ("lunedì 14 mezzogiorno", "Potremmo vederci invece lunedì 14 dicembre a mezzogiorno?", "Potremmo vederci invece lunedì 14 dicembre alle 13?"),
}


def _cases(table: dict[str, tuple[str, str, str]]) -> list[tuple[str, str, str, str]]:
    return [(lang, given, ok, other) for lang, (given, ok, other) in table.items()]


@pytest.mark.parametrize("lang,given,ok,other", _cases(SHORT_DAY_CLOCK) + _cases(SHORT_DAY_ONLY) + _cases(BARE_CLOCK_UNIT) + _cases(NOON_AFTER_DAY))
def test_a_given_time_typed_short_is_read_whole(lang: str, given: str, ok: str, other: str) -> None:
    s = sit(lang, proposed_times=[given])
    assert time_errors(s, ok) == []
    assert time_errors(s, other), other


@pytest.mark.parametrize("lang,reason,ok,other", _cases(REASON_DAY))
def test_the_reasons_day_after_a_causal_connective_is_no_offer(lang: str, reason: str, ok: str, other: str) -> None:
    s = sit(lang, reason=reason, client_move="counter", proposed_times=[MEETING[lang].replace("9", "16")])
    assert time_errors(s, ok) == []
    assert time_errors(s, other), other
