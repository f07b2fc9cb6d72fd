"""Round 8 families (issue 13), five languages each, examples written for these tests: every accepted form is
paired with the same form naming ANOTHER fact (or standing where a fact would be invented), which stays flagged."""

from __future__ import annotations

from datetime import date

import pytest

from composer.facts import check_draft
from composer.models import Situation

TODAY = date(2024, 3, 11)  # a Monday; the meeting is tomorrow, Tuesday 12 March

GIVEN = {
    "en": ("Tuesday 12 March at 10:00", ["Thursday 14 March at 15:00", "Friday 15 March at 15:00"]),
    "fr": ("mardi 12 mars à 10 h", ["jeudi 14 mars à 15 h", "vendredi 15 mars à 15 h"]),
    "it": ("martedì 12 marzo alle 10", ["giovedì 14 marzo alle 15", "venerdì 15 marzo alle 15"]),
    "nl": ("dinsdag 12 maart om 10.00 uur", ["donderdag 14 maart om 15.00 uur", "vrijdag 15 maart om 15.00 uur"]),
    "sv": ("tisdag 12 mars kl. 10.00", ["torsdag 14 mars kl. 15.00", "fredag 15 mars kl. 15.00"]),
}
PEOPLE = {
    "en": ("Margaret Hughes", "Tom Baker", "Quarterly account review"),
    "fr": ("Claire Dubois", "Luc Martin", "Revue trimestrielle des comptes"),
    "it": ("Anna Conti", "Marco Rossi", "Revisione trimestrale dei conti"),
    "nl": ("Eva Bakker", "Joost Groen", "Kwartaalbespreking van de rekeningen"),
    "sv": ("Karin Lind", "Erik Berg", "Kvartalsgenomgång av räkenskaperna"),
}
LANGS = sorted(GIVEN)


def sit(lang: str, **kw: object) -> Situation:
    meeting_time, proposed = GIVEN[lang]
    recipient, sender, meeting = PEOPLE[lang]
    data: dict = dict(language=lang, intent="reschedule", tone="friendly", relationship="regular", recipient_name=recipient,
                      sender_name=sender, meeting=meeting, meeting_time=meeting_time, proposed_times=proposed)
    data.update(kw)
    return Situation.model_validate(data)


def issues(s: Situation, body: str, subject: str = "") -> list[str]:
    return [i.message for i in check_draft(s, subject or "—", body, today=TODAY)]


# ---------------------------------------------------------------- a part of the day in a wish is no deadline

WISH = {
    "en": ("Hi Margaret,\n\nCould we move the quarterly account review to Thursday 14 March at 15:00 or Friday 15 March at 15:00? Have a good end of the day!\n\nTom",
           "I'll confirm by end of the day."),
    "fr": ("Bonjour Claire,\n\nPourrions-nous déplacer la revue trimestrielle des comptes au jeudi 14 mars à 15 h ou au vendredi 15 mars à 15 h ? Je vous souhaite une bonne fin de journée.\n\nLuc",
           "Je vous confirme tout en fin de journée."),
    "it": ("Ciao Anna,\n\npossiamo spostare la revisione trimestrale dei conti a giovedì 14 marzo alle 15 o venerdì 15 marzo alle 15? Buona fine giornata!\n\nMarco",
           "Ti confermo entro fine giornata."),
    "nl": ("Hoi Eva,\n\nKunnen we de kwartaalbespreking van de rekeningen verzetten naar donderdag 14 maart om 15.00 uur of vrijdag 15 maart om 15.00 uur? Nog een fijn einde van de dag!\n\nJoost",
           "Ik bevestig het voor het eind van de dag."),
    "sv": ("Hej Karin!\n\nKan vi flytta kvartalsgenomgången av räkenskaperna till torsdag 14 mars kl. 15.00 eller fredag 15 mars kl. 15.00? Ha det så trevligt i kväll!\n\nErik",
           "Jag bekräftar i slutet av dagen."),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_part_of_the_day_in_a_wish_is_no_deadline_but_a_promised_one_is(lang: str) -> None:
    body, deadline = WISH[lang]
    assert issues(sit(lang), body) == []
    flagged = issues(sit(lang), body.replace("\n\n" + body.rsplit("\n\n", 1)[1], f" {deadline}\n\n" + body.rsplit("\n\n", 1)[1]))
    assert any("date word" in m for m in flagged), flagged


# ---------------------------------------------------------------- an ordinary word of the language is no near-miss name

# (sender surname, closing or common word one letter from it, a near miss of the same name in a name's place)
ORDINARY = {
    "en": ("Tom Baker", "Baked goods are on me,\nTom", "Tom Bakes"),
    "fr": ("Luc Bisou", "Bisous,\nLuc", "Luc Bisous"),
    "it": ("Marco Rossi", "Rosso di sera,\nMarco", "Marco Rosso"),
    "nl": ("Joost Groen", "Groet,\nJoost", "Joost Groet"),
    "sv": ("Erik Kramm", "Kram,\nErik", "Erik Kram"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_an_ordinary_word_is_no_near_miss_but_the_same_word_in_a_names_place_is(lang: str) -> None:
    sender, closing, signed = ORDINARY[lang]
    s = sit(lang, sender_name=sender)
    first_line = {"en": "Hi Margaret,", "fr": "Bonjour Claire,", "it": "Ciao Anna,", "nl": "Hoi Eva,", "sv": "Hej Karin!"}[lang]
    offer = {"en": "Could we move the quarterly account review to Thursday 14 March at 15:00 or Friday 15 March at 15:00?",
             "fr": "Pourrions-nous déplacer la revue trimestrielle des comptes au jeudi 14 mars à 15 h ou au vendredi 15 mars à 15 h ?",
             "it": "Possiamo spostare la revisione trimestrale dei conti a giovedì 14 marzo alle 15 o venerdì 15 marzo alle 15?",
             "nl": "Kunnen we de kwartaalbespreking van de rekeningen verzetten naar donderdag 14 maart om 15.00 uur of vrijdag 15 maart om 15.00 uur?",
             "sv": "Kan vi flytta kvartalsgenomgången av räkenskaperna till torsdag 14 mars kl. 15.00 eller fredag 15 mars kl. 15.00?"}[lang]
    assert issues(s, f"{first_line}\n\n{offer}\n\n{closing}") == []
    flagged = issues(s, f"{first_line}\n\n{offer}\n\n{signed}")
    assert any("not a given name" in m for m in flagged), flagged


# ---------------------------------------------------------------- short weekdays before a full date, every language

SHORT = {
    "en": ("Could we do Thu 14/3 at 15:00 or Fri 15/3 at 15:00 instead?", "Thu 14/3", "Wed 14/3"),
    "fr": ("On pourrait faire jeu. 14/03 à 15 h ou ven. 15/03 à 15 h ?", "jeu. 14/03", "mer. 14/03"),
    "it": ("Possiamo fare gio 14/3 alle 15 o ven 15/3 alle 15?", "gio 14/3", "mer 14/3"),
    "nl": ("Kan het op do 14-03 om 15.00 uur of vr 15-03 om 15.00 uur?", "do 14-03", "wo 14-03"),
    "sv": ("Kan vi ta tors 14/3 kl. 15.00 eller fre 15/3 kl. 15.00?", "tors 14/3", "ons 14/3"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_short_weekday_before_a_full_date_is_read_and_a_wrong_one_flagged(lang: str) -> None:
    offer, right, wrong = SHORT[lang]
    body = {"en": "Hi Margaret,\n\nAbout the quarterly account review: {o}\n\nTom", "fr": "Bonjour Claire,\n\nPour la revue trimestrielle des comptes : {o}\n\nLuc",
            "it": "Ciao Anna,\n\nper la revisione trimestrale dei conti: {o}\n\nMarco", "nl": "Hoi Eva,\n\nOver de kwartaalbespreking van de rekeningen: {o}\n\nJoost",
            "sv": "Hej Karin!\n\nOm kvartalsgenomgången av räkenskaperna: {o}\n\nErik"}[lang]
    assert issues(sit(lang), body.format(o=offer)) == []
    flagged = issues(sit(lang), body.format(o=offer.replace(right, wrong)))
    assert any("weekday" in m or "not in the situation" in m for m in flagged), flagged


# ---------------------------------------------------------------- "same time" in a list repeats the clock just given

LIST_SAME = {
    "en": "• Thursday 14 March, 15:00;\n• Friday 15 March, same time.",
    "fr": "• jeudi 14 mars, 15 h ;\n• vendredi 15 mars, même heure.",
    "it": "• giovedì 14 marzo, ore 15;\n• venerdì 15 marzo, stessa ora.",
    "nl": "• donderdag 14 maart, 15.00 uur;\n• vrijdag 15 maart, zelfde tijd.",
    "sv": "• torsdag 14 mars, kl. 15.00;\n• fredag 15 mars, samma tid.",
}
OPEN = {"en": "Hi Margaret,\n\nI need to move the quarterly account review. Two options:\n\n{l}\n\nTom",
        "fr": "Bonjour Claire,\n\nJe dois déplacer la revue trimestrielle des comptes. Deux possibilités :\n\n{l}\n\nLuc",
        "it": "Ciao Anna,\n\ndevo spostare la revisione trimestrale dei conti. Due possibilità:\n\n{l}\n\nMarco",
        "nl": "Hoi Eva,\n\nIk moet de kwartaalbespreking van de rekeningen verzetten. Twee opties:\n\n{l}\n\nJoost",
        "sv": "Hej Karin!\n\nJag behöver flytta kvartalsgenomgången av räkenskaperna. Två förslag:\n\n{l}\n\nErik"}


@pytest.mark.parametrize("lang", LANGS)
def test_same_time_in_a_list_repeats_the_clock_listed_before_it(lang: str) -> None:
    assert issues(sit(lang), OPEN[lang].format(l=LIST_SAME[lang])) == []
    # the second slot is given at 10 (the meeting's clock): "same time" after a 15:00 line now names another time
    meeting_time, proposed = GIVEN[lang]
    other = proposed[1].replace("15", "10")
    flagged = issues(sit(lang, proposed_times=[proposed[0], other]), OPEN[lang].format(l=LIST_SAME[lang]))
    assert flagged, "a 'same time' naming the listed clock, where another was given, must be flagged"


# ---------------------------------------------------------------- a pet form of the first name greets the recipient

PET = {  # (recipient, greeting with a pet form, the same greeting naming someone else)
    "en": ("Robert Hughes", "Hi Robby,", "Hi Danny,"),
    "fr": ("Frédéric Dubois", "Salut Frédo,", "Salut Marco,"),
    "it": ("Tommaso Galli", "Ciao Tommi,", "Ciao Tina,"),
    "nl": ("Jannes Bakker", "Hoi Jantje,", "Hoi Pietje,"),
    "sv": ("Fredrik Lind", "Hej Fredde!", "Hej Kalle!"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_pet_form_of_the_first_name_greets_the_recipient_another_name_does_not(lang: str) -> None:
    recipient, pet, other = PET[lang]
    s = sit(lang, recipient_name=recipient)
    body = {"en": "{g}\n\nCould we move the quarterly account review to Thursday 14 March at 15:00 or Friday 15 March at 15:00?\n\nTom",
            "fr": "{g}\n\nOn peut déplacer la revue trimestrielle des comptes au jeudi 14 mars à 15 h ou au vendredi 15 mars à 15 h ?\n\nLuc",
            "it": "{g}\n\npossiamo spostare la revisione trimestrale dei conti a giovedì 14 marzo alle 15 o venerdì 15 marzo alle 15?\n\nMarco",
            "nl": "{g}\n\nKunnen we de kwartaalbespreking van de rekeningen verzetten naar donderdag 14 maart om 15.00 uur of vrijdag 15 maart om 15.00 uur?\n\nJoost",
            "sv": "{g}\n\nKan vi flytta kvartalsgenomgången av räkenskaperna till torsdag 14 mars kl. 15.00 eller fredag 15 mars kl. 15.00?\n\nErik"}[lang]
    assert issues(s, body.format(g=pet)) == []
    assert any("recipient_name" in m for m in issues(s, body.format(g=other)))


# ---------------------------------------------------------------- the meeting named by the noun that opens its title

OPENING_NOUN = {  # (title, body naming it by its opening noun or an inflected first part, body naming another meeting)
    "en": ("Workshop flower arranging", "Hi Margaret,\n\nThe workshop on Tuesday 12 March at 10:00 can't go ahead; could we do Thursday 14 March at 15:00 or Friday 15 March at 15:00?\n\nTom"),
    "fr": ("Atelier cuisine du terroir", "Bonjour Claire,\n\nL'atelier du mardi 12 mars à 10 h ne pourra pas avoir lieu ; jeudi 14 mars à 15 h ou vendredi 15 mars à 15 h ?\n\nLuc"),
    "it": ("Laboratorio di ceramica", "Ciao Anna,\n\nil laboratorio di martedì 12 marzo alle 10 salta; facciamo giovedì 14 marzo alle 15 o venerdì 15 marzo alle 15?\n\nMarco"),
    "nl": ("Workshop bloemschikken", "Hoi Eva,\n\nDe workshop van dinsdag 12 maart om 10.00 uur gaat niet door; kan donderdag 14 maart om 15.00 uur of vrijdag 15 maart om 15.00 uur?\n\nJoost"),
    "sv": ("Keramikkurs", "Hej Karin!\n\nKeramiken tisdag 12 mars kl. 10.00 blir inte av; går torsdag 14 mars kl. 15.00 eller fredag 15 mars kl. 15.00?\n\nErik"),
}
OTHER_MEETING = {"en": ("workshop", "concert"), "fr": ("L'atelier", "Le concert"), "it": ("il laboratorio", "il concerto"),
                 "nl": ("De workshop", "Het concert"), "sv": ("Keramiken", "Konserten")}


@pytest.mark.parametrize("lang", LANGS)
def test_the_meeting_is_named_by_its_opening_noun_and_not_by_another_noun(lang: str) -> None:
    title, body = OPENING_NOUN[lang]
    s = sit(lang, meeting=title)
    assert issues(s, body) == []
    own, other = OTHER_MEETING[lang]
    assert any("meeting" in m for m in issues(s, body.replace(own, other)))


# ---------------------------------------------------------------- one day named: every clock of the mail is on it

CALL = {  # meeting Tuesday 12 March at 15:00, a call the same day at 16:00; the day in one paragraph, the clock in the next
    "en": ("Hi Margaret,\n\nOn Tuesday I'm stuck at the trade fair, so I can't come to the office for the quarterly account review.\n\nCould we do a phone call instead, at four rather than three?\n\nTom", "at four", "at five"),
    "fr": ("Bonjour Claire,\n\nMardi, je suis retenu au salon et ne pourrai pas passer pour la revue trimestrielle des comptes.\n\nOn s'appelle plutôt, vers quatre heures au lieu de trois ?\n\nLuc", "vers quatre heures", "vers cinq heures"),
    "it": ("Ciao Anna,\n\nmartedì sono bloccato in fiera e non riesco a passare per la revisione trimestrale dei conti.\n\nCi sentiamo al telefono alle 16 anziché alle 15?\n\nMarco", "alle 16", "alle 17"),
    "nl": ("Hoi Eva,\n\nDinsdag zit ik op de beurs, dus langskomen voor de kwartaalbespreking van de rekeningen lukt niet.\n\nZullen we bellen, om vier uur in plaats van drie?\n\nJoost", "om vier uur", "om vijf uur"),
    "sv": ("Hej Karin!\n\nPå tisdag sitter jag fast på mässan, så jag hinner inte förbi till kvartalsgenomgången av räkenskaperna.\n\nKan vi ringa i stället, vid fyra i stället för tre?\n\nErik", "vid fyra", "vid fem"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_mail_that_names_one_day_puts_its_clocks_on_that_day(lang: str) -> None:
    meeting_time = {"en": "Tuesday 12 March at 15:00", "fr": "mardi 12 mars à 15 h", "it": "martedì 12 marzo alle 15",
                    "nl": "dinsdag 12 maart om 15.00 uur", "sv": "tisdag 12 mars kl. 15.00"}[lang]
    call = meeting_time.replace("15", "16")
    s = sit(lang, intent="switch_to_call", meeting_time=meeting_time, proposed_times=[call])
    body, right, wrong = CALL[lang]
    assert issues(s, body) == []
    assert issues(s, body.replace(right, wrong))


# ---------------------------------------------------------------- money promised with no policy given

NO_POLICY = {  # a decline that promises the cancellation costs nothing, or names a cancellation rule
    "en": ("Hi Margaret,\n\nI have to cancel the quarterly account review on Tuesday 12 March at 10:00; luckily I can still cancel free of charge.\n\nTom",
           "Hi Margaret,\n\nI have to cancel the quarterly account review on Tuesday 12 March at 10:00, well within the cancellation period.\n\nTom"),
    "fr": ("Bonjour Claire,\n\nJe dois annuler la revue trimestrielle des comptes du mardi 12 mars à 10 h ; je peux encore le faire sans frais.\n\nLuc",
           "Bonjour Claire,\n\nJe dois annuler la revue trimestrielle des comptes du mardi 12 mars à 10 h, bien avant le délai d'annulation.\n\nLuc"),
    "it": ("Ciao Anna,\n\ndevo disdire la revisione trimestrale dei conti di martedì 12 marzo alle 10; per fortuna posso ancora farlo senza costi.\n\nMarco",
           "Ciao Anna,\n\ndevo disdire la revisione trimestrale dei conti di martedì 12 marzo alle 10, ben entro il termine di disdetta.\n\nMarco"),
    "nl": ("Hoi Eva,\n\nIk moet de kwartaalbespreking van de rekeningen van dinsdag 12 maart om 10.00 uur afzeggen; dat kan gelukkig nog kosteloos.\n\nJoost",
           "Hoi Eva,\n\nIk moet de kwartaalbespreking van de rekeningen van dinsdag 12 maart om 10.00 uur afzeggen, ruim binnen de annuleringstermijn.\n\nJoost"),
    "sv": ("Hej Karin!\n\nJag måste avboka kvartalsgenomgången av räkenskaperna tisdag 12 mars kl. 10.00; det går som tur är fortfarande utan kostnad.\n\nErik",
           "Hej Karin!\n\nJag måste avboka kvartalsgenomgången av räkenskaperna tisdag 12 mars kl. 10.00, långt innan avbokningsfristen.\n\nErik"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_with_no_policy_a_free_cancellation_or_a_named_rule_is_flagged_with_a_given_notice_it_passes(lang: str) -> None:
    free, rule = NO_POLICY[lang]
    s = sit(lang, intent="decline", proposed_times=[])
    assert any("policy was given" in m for m in issues(s, free)), issues(s, free)
    assert any("policy was given" in m for m in issues(s, rule)), issues(s, rule)
    with_policy = sit(lang, intent="decline", proposed_times=[], policy={"notice_hours": 24})
    assert not any("policy was given" in m for m in issues(with_policy, free)), issues(with_policy, free)


# ---------------------------------------------------------------- the reason's bare day completed with the month

REASON_DAY = {  # (reason with a bare day, body completing it with the given month, the wrong month)
    "en": ("the auditor's report only arrives on the 13th", "the auditor's report only arrives on 13 March", "13 April"),
    "fr": ("le rapport ne nous sera remis que le 13", "le rapport ne nous sera remis que le 13 mars", "13 avril"),
    "it": ("il rapporto arriva solo il 13", "il rapporto arriva solo il 13 marzo", "13 aprile"),
    "nl": ("het rapport komt pas op de 13e", "het rapport komt pas op 13 maart", "13 april"),
    "sv": ("rapporten kommer först den 13:e", "rapporten kommer först den 13 mars", "13 april"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_the_reasons_bare_day_with_the_given_month_is_its_own_date_with_another_month_not(lang: str) -> None:
    reason, said, wrong = REASON_DAY[lang]
    s = sit(lang, reason=reason)
    body = {"en": "Hi Margaret,\n\nSadly {r}. Could we move the quarterly account review to Thursday 14 March at 15:00 or Friday 15 March at 15:00?\n\nTom",
            "fr": "Bonjour Claire,\n\nHélas, {r}. Pourrions-nous déplacer la revue trimestrielle des comptes au jeudi 14 mars à 15 h ou au vendredi 15 mars à 15 h ?\n\nLuc",
            "it": "Ciao Anna,\n\npurtroppo {r}. Possiamo spostare la revisione trimestrale dei conti a giovedì 14 marzo alle 15 o venerdì 15 marzo alle 15?\n\nMarco",
            "nl": "Hoi Eva,\n\nHelaas: {r}. Kunnen we de kwartaalbespreking van de rekeningen verzetten naar donderdag 14 maart om 15.00 uur of vrijdag 15 maart om 15.00 uur?\n\nJoost",
            "sv": "Hej Karin!\n\nTyvärr: {r}. Kan vi flytta kvartalsgenomgången av räkenskaperna till torsdag 14 mars kl. 15.00 eller fredag 15 mars kl. 15.00?\n\nErik"}[lang]
    assert issues(s, body.format(r=said)) == []
    month_said = said.split("13", 1)[1].strip().split()[0] if "13 " in said else ""
    assert issues(s, body.format(r=said.replace(f"13 {month_said}", wrong)))


# ---------------------------------------------------------------- completeness: an error costs more than courtesies

def test_one_fact_altered_costs_more_than_every_courtesy_line_left_out() -> None:
    from composer.evaluation.completeness import checklist, summarise

    for lang in LANGS:
        s = sit(lang)
        bare = {"en": "Thursday 14 March at 15:00 or Friday 15 March at 15:00: quarterly account review.",
                "fr": "jeudi 14 mars à 15 h ou vendredi 15 mars à 15 h : revue trimestrielle des comptes.",
                "it": "giovedì 14 marzo alle 15 o venerdì 15 marzo alle 15: revisione trimestrale dei conti.",
                "nl": "donderdag 14 maart om 15.00 uur of vrijdag 15 maart om 15.00 uur: kwartaalbespreking van de rekeningen.",
                "sv": "torsdag 14 mars kl. 15.00 eller fredag 15 mars kl. 15.00: kvartalsgenomgång av räkenskaperna."}[lang]
        terse, _ = summarise(checklist(s, "—", bare, today=TODAY))  # facts right, no greeting, no reason, no question
        polite = {"en": "Hi Margaret,\n\nSorry, I must move the quarterly account review. Would Thursday 14 March at 15:00 or Friday 15 March at 16:00 suit you?\n\nBest,\nTom",
                  "fr": "Bonjour Claire,\n\nDésolé, je dois déplacer la revue trimestrielle des comptes. Jeudi 14 mars à 15 h ou vendredi 15 mars à 16 h vous conviendrait-il ?\n\nBien à vous,\nLuc",
                  "it": "Ciao Anna,\n\nmi dispiace, devo spostare la revisione trimestrale dei conti. Ti va bene giovedì 14 marzo alle 15 o venerdì 15 marzo alle 16?\n\nUn saluto,\nMarco",
                  "nl": "Hoi Eva,\n\nSorry, ik moet de kwartaalbespreking van de rekeningen verzetten. Past donderdag 14 maart om 15.00 uur of vrijdag 15 maart om 16.00 uur?\n\nGroet,\nJoost",
                  "sv": "Hej Karin!\n\nFörlåt, jag måste flytta kvartalsgenomgången av räkenskaperna. Passar torsdag 14 mars kl. 15.00 eller fredag 15 mars kl. 16.00?\n\nHälsningar,\nErik"}[lang]
        wrong, _ = summarise(checklist(s, "—", polite, today=TODAY))  # every courtesy, one clock altered (16 for 15)
        assert terse > wrong, (lang, terse, wrong)


# ---------------------------------------------------------------- a part of the day pinned by the given clock

DAYPART = {
    "en": ("Hi Margaret,\n\nCould we move the quarterly account review to Thursday 14 March at the end of the day, around 5 pm?\n\nTom", "5 pm", "6 pm"),
    "fr": ("Bonjour Claire,\n\nPourrions-nous déplacer la revue trimestrielle des comptes au jeudi 14 mars, en fin d'après-midi (17 h) ?\n\nLuc", "17 h", "18 h"),
    "it": ("Ciao Anna,\n\npossiamo spostare la revisione trimestrale dei conti a giovedì 14 marzo a fine giornata, verso le 17?\n\nMarco", "le 17", "le 18"),
    "nl": ("Hoi Eva,\n\nKunnen we de kwartaalbespreking van de rekeningen verzetten naar donderdag 14 maart aan het eind van de dag, rond 17.00 uur?\n\nJoost", "17.00", "18.00"),
    "sv": ("Hej Karin!\n\nKan vi flytta kvartalsgenomgången av räkenskaperna till torsdag 14 mars i slutet av dagen, runt kl. 17?\n\nErik", "kl. 17", "kl. 18"),
}
AT_FIVE = {"en": "Thursday 14 March at 17:00", "fr": "jeudi 14 mars à 17 h", "it": "giovedì 14 marzo alle 17", "nl": "donderdag 14 maart om 17.00 uur", "sv": "torsdag 14 mars kl. 17.00"}


@pytest.mark.parametrize("lang", LANGS)
def test_a_part_of_the_day_pinned_by_the_given_clock_is_that_clock_another_clock_is_not(lang: str) -> None:
    body, right, wrong = DAYPART[lang]
    s = sit(lang, proposed_times=[AT_FIVE[lang]])
    assert issues(s, body) == []
    assert issues(s, body.replace(right, wrong))


# ---------------------------------------------------------------- afternoon hours in words on the 24-hour dial

WORD_HOURS = {
    "fr": ("Bonjour Claire,\n\nPourrions-nous déplacer la revue trimestrielle des comptes au jeudi 14 mars à quinze heures ou au vendredi 15 mars à 15 h ?\n\nLuc", "quinze", "seize"),
    "it": ("Ciao Anna,\n\npossiamo spostare la revisione trimestrale dei conti a giovedì 14 marzo alle quindici o venerdì 15 marzo alle 15?\n\nMarco", "quindici", "sedici"),
    "sv": ("Hej Karin!\n\nKan vi flytta kvartalsgenomgången av räkenskaperna till torsdag 14 mars klockan femton eller fredag 15 mars kl. 15.00?\n\nErik", "femton", "sexton"),
}


@pytest.mark.parametrize("lang", sorted(WORD_HOURS))
def test_an_afternoon_hour_in_words_is_that_clock_another_hour_is_not(lang: str) -> None:
    body, right, wrong = WORD_HOURS[lang]
    assert issues(sit(lang), body) == []
    assert issues(sit(lang), body.replace(right, wrong))


def test_a_plural_surname_mid_sentence_is_still_a_near_miss() -> None:
    s = sit("nl", recipient_name="Eva Bakker")
    body = ("Hoi Eva,\n\nIk heb het al met Bakkers besproken. Kunnen we de kwartaalbespreking van de rekeningen verzetten naar "
            "donderdag 14 maart om 15.00 uur of vrijdag 15 maart om 15.00 uur?\n\nJoost")
    assert any("not a given name" in m for m in issues(s, body))
