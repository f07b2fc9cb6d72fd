"""Families the v16 French and Italian editors found, fixed by phr-ag in fr.py / it.py (own sentences, never eval
strings): a noun-phrase reason read as a clause ("comme neige annoncée"), a topic typed before its clause, a friendly
shorten asking twice, a typed email proposal dropped, policy openings heavy with "pour", telegraphic "stages poterie",
a possessive clash, a place typed after the clock time, a generic event wish; Italian meeting nouns wrapped in
"la riunione su", the call/email frames, "a causa di uno sciopero X", friendly closings piling up, participle agreement,
"sabato scorso 9 gennaio", the fee said twice, the policy lines, a firm signing "chiedimi", the colleague's role."""

from __future__ import annotations

import pytest

from composer.service import as_situation
from composer.writers.builtin import BuiltinWriter


def _draft(**kw):
    base = {"tone": "friendly", "relationship": "regular", "recipient_name": "Ilona Marsh", "sender_name": "Oskar Brandt"}
    return BuiltinWriter().write(as_situation({**base, **kw}), [])


# ------------------------------------------------------------------------------------------- French


@pytest.mark.parametrize("note,said", [
    ("verglas annoncé sur l'A10", "en raison du verglas annoncé sur l'A10, accepteriez-vous"),
    ("grève du RER C", "en raison de la grève du RER C, accepteriez-vous"),
    ("grève RER D", "en raison de la grève du RER D, accepteriez-vous"),
])
def test_fr_a_noun_phrase_reason_with_a_road_or_line_letter_is_no_clause(note, said):
    d = _draft(language="fr", intent="switch_to_call", tone="formal", recipient_name="Mme Odette Brunel",
               meeting="la visite de vos ateliers de Blois", meeting_time="mar 15 déc. 14h", reason=note)
    assert said in d.body and "comme " not in d.body and not d.warnings, d.body


def test_fr_a_topic_typed_before_its_clause_follows_it():
    d = _draft(language="fr", intent="shorten", meeting="ton comité marketing du mardi", meeting_time="mar 15/12 10h",
               reason="pour la campagne on a déjà presque tout validé", duration_minutes=30)
    assert "comme on a déjà presque tout validé pour la campagne, je te propose qu'on s'en tienne à 30 minutes." in d.body, d.body
    assert d.body.count("?") == 1 and not d.warnings, d.body  # one question: "Ça te va ?"


def test_fr_a_note_that_already_proposes_the_email_is_said_as_typed():
    d = _draft(language="fr", intent="switch_to_email", meeting="notre visio de lancement", meeting_time="mer 16/12 à 11h",
               reason="comme c'est surtout pour le planning, je préfère te l'envoyer par mail")
    assert "comme c'est surtout pour le planning, je préfère te l'envoyer par mail." in d.body, d.body
    assert "régler ça par mail" not in d.body and not d.warnings, d.body


def test_fr_a_policy_note_names_the_scope_in_the_subject_with_its_de():
    d = _draft(language="fr", intent="cancellation_policy", relationship="new", reason="pour les stages céramique de mars",
               policy={"notice_hours": 48, "fee_percent": 50, "deposit_percent": 0})
    assert d.subject == "Stages de céramique de mars\u202f: nos conditions d'annulation", d.subject
    assert "longueur d'onde" not in d.body and "Pour bien démarrer" not in d.body and not d.warnings, d.body


def test_fr_telegraphic_noun_pairs_take_de():
    d = _draft(language="fr", intent="decline", tone="formal", recipient_name="M. Hervé Caillaud", relationship="key",
               meeting="le séminaire annuel de vos équipes à Lyon", meeting_time="jeu 17/12 à 9h",
               reason="je serai à Lille sur une migration serveurs cette semaine-là")
    assert "migration de serveurs" in d.body and not d.warnings, d.body
    assert "Je vous souhaite un excellent séminaire." in d.body and "excellent moment" not in d.body, d.body


def test_fr_a_booking_of_their_department_keeps_its_article():
    d = _draft(language="fr", intent="late_cancellation", tone="formal", recipient_name="Mme Agathe Roux",
               meeting="la formation Excel de votre service RH", meeting_time="mardi dernier 8/12 9h",
               reason="annulé la veille au soir", policy={"notice_hours": 48, "fee_percent": 50})
    assert "la formation Excel de votre service RH" in d.body and "votre formation" not in d.body and not d.warnings, d.body


def test_fr_a_place_after_the_clock_time_follows_the_time_said():
    d = _draft(language="fr", intent="switch_to_call", meeting="notre point sur les visuels",
               meeting_time="jeudi 17/12 à 15h à ton bureau", reason="grève du métro")
    assert "à 15 h, à ton bureau" in d.body and "15h" not in d.body and not d.warnings, d.body


def test_fr_a_formal_hand_over_for_a_leave_thanks_and_says_no_bras_droit():
    d = _draft(language="fr", intent="delegate", tone="formal", recipient_name="M. Gilles Morin", relationship="key",
               meeting="la revue annuelle du contrat", meeting_time="jeu 17/12 à 10h", reason="en arrêt jusqu'au 4/01 (opération)",
               colleague_name="Luc Perrin, mon bras droit")
    assert "Luc Perrin, mon adjoint" in d.body and "Je vous remercie de votre compréhension." in d.body and not d.warnings, d.body


# ------------------------------------------------------------------------------------------- Italian


def test_it_a_chat_is_named_as_typed_and_the_email_frame_says_invece_di_fare():
    d = _draft(language="it", intent="switch_to_email", relationship="new", meeting="la prima chiacchierata su Zoom",
               meeting_time="gio 17/12 alle 11", reason="visto che si tratta solo di rivedere il listino")
    assert "invece di fare la prima chiacchierata su Zoom" in d.body and "riunione sulla" not in d.body, d.body
    assert "sentirci via email" not in d.body and not d.warnings, d.body


def test_it_a_named_strike_is_a_known_one_and_the_call_replaces_the_meeting():
    d = _draft(language="it", intent="switch_to_call", tone="formal", recipient_name="Ing. Aldo Ferri",
               meeting="il SAL mensile nei vostri uffici di Lodi", meeting_time="mer 16/12 ore 9:30", reason="sciopero ATM")
    assert "A causa dello sciopero ATM, Le andrebbe di sentirci per telefono al posto del SAL mensile" in d.body, d.body
    assert "riunione sul" not in d.body and "uno sciopero" not in d.body and not d.warnings, d.body


def test_it_a_friendly_shorten_does_not_pile_closings_or_filler():
    d = _draft(language="it", intent="shorten", meeting="il nostro check del martedì", meeting_time="mar 15/12 alle 10",
               reason="settimana di inventario", duration_minutes=30)
    assert "Grazie per la comprensione" not in d.body and "conta molto" not in d.body, d.body
    assert d.subject.startswith("Check") and "30 minuti?" in d.subject and not d.warnings, (d.subject, d.body)


def test_it_a_maternity_leave_is_named_and_the_partner_role_comes_first():
    d = _draft(language="it", intent="delegate", tone="formal", recipient_name="Dott. Paolo Riva",
               meeting="la revisione del bilancio", meeting_time="gio 17/12 ore 15", reason="in paternità da lunedì",
               colleague_name="Marco Testa, il mio socio")
    assert "in congedo di paternità" in d.body and "ci sarà il mio socio, Marco Testa." in d.body and not d.warnings, d.body


def test_it_a_no_show_wish_agrees_with_no_one_and_the_date_drops_scorso():
    d = _draft(language="it", intent="no_show_followup", meeting="la lezione di yoga", meeting_time="sabato scorso 12/12 alle 9",
               reason="Non è venuta, nessun messaggio.", proposed_times=["sab 19/12 alle 9"])
    assert "visti" not in d.body and "viste" not in d.body and "Mi è dispiaciuto non vederti" in d.body, d.body
    assert "sabato 12 dicembre alle 9" in d.body and "scorso 12" not in d.body and not d.warnings, d.body


def test_it_a_full_fee_is_said_once_and_the_subject_says_late_cancellation():
    d = _draft(language="it", intent="late_cancellation", tone="formal", recipient_name="Sig. Luca Bassi", relationship="new",
               meeting="la consulenza sul testamento", meeting_time="martedì scorso 8/12 ore 16",
               reason="ha scritto alle 15 che non veniva", policy={"notice_hours": 24, "fee_percent": 100})
    assert "l'importo Le verrà addebitato per intero" in d.body and "100%" not in d.body, d.body
    assert "condizioni di disdetta" not in d.body and "Sua consulenza" not in d.body and not d.warnings, d.body
    assert d.subject.endswith("disdetta tardiva"), d.subject


def test_it_a_policy_from_a_firm_says_scrivici_and_names_its_scope():
    d = _draft(language="it", intent="cancellation_policy", reason="per i corsi del giovedì", sender_name="Laboratorio Tessile Trama",
               policy={"notice_hours": 48, "fee_percent": 50, "deposit_percent": 20})
    assert "scrivici pure" in d.body and "chiedimi" not in d.body and "Oltre questo termine" not in d.body, d.body
    assert d.subject == "Corsi del giovedì: le nostre condizioni di disdetta" and not d.warnings, d.subject
    person = _draft(language="it", intent="cancellation_policy", reason="per i corsi del giovedì", sender_name="Marta - Studio Yoga",
                    policy={"notice_hours": 48, "fee_percent": 50})
    assert "scrivimi pure" in person.body, person.body


def test_fr_a_place_typed_after_a_comma_and_a_reading_of_the_deed_is_the_meeting():
    d = _draft(language="fr", intent="switch_to_call", tone="formal", recipient_name="Mme Rose Vidal",
               meeting="notre réunion de cadrage avec votre responsable achats",
               meeting_time="mar 8/12 11h, à vos bureaux de Vénissieux", reason="mon train est supprimé")
    assert "le mardi 8 décembre à 11 h, à vos bureaux de Vénissieux" in d.body and not d.warnings, d.body
    d = _draft(language="fr", intent="delegate", tone="formal", recipient_name="M. Rémi Blanc", meeting="la lecture du bail chez le notaire",
               meeting_time="jeu 10/12 à 10h", reason="je m'arrête dès mardi", colleague_name="Inès Morel")
    assert "Concernant la lecture du bail chez le notaire" in d.body and "réunion sur" not in d.body and not d.warnings, d.body


def test_fr_already_taken_agrees_with_no_one_and_a_care_booking_takes_de():
    d = _draft(language="fr", intent="decline", tone="formal", recipient_name="Mme Hélène Giraud",
               meeting="le déjeuner de fin d'année de votre cabinet", meeting_time="ven 18/12 12h30", reason="déjà pris ce jour-là")
    assert "car j'ai déjà un engagement ce jour-là" in d.body and "pris" not in d.body and not d.warnings, d.body
    d = _draft(language="fr", intent="no_show_followup", tone="formal", recipient_name="M. Louis Martin", meeting="le rendez-vous ostéo",
               meeting_time="hier 17h", reason="pas venu, pas prévenu", proposed_times=["ven 18/12 17h"])
    assert "rendez-vous d'ostéo" in d.body and not d.warnings, d.body


def test_fr_an_event_wish_never_reads_tres_bone_and_the_override_leaves_real_clauses():
    d = _draft(language="fr", intent="decline", meeting="la soirée bowling de l'équipe", meeting_time="jeu 17/12 vers 19h",
               reason="je garde mes neveux ce soir-là")
    assert "Passez une très bonne soirée" in d.body and "bone" not in d.body, d.body
    d = _draft(language="fr", intent="decline", tone="formal", recipient_name="M. Denis Aubry",
               meeting="le dîner de gala du club à Vannes", meeting_time="ven 18/12 à 20h",
               reason="ma fille joue son concert de piano ce soir-là")
    assert "car ma fille joue son concert de piano ce soir-là" in d.body and "en raison de ma fille" not in d.body, d.body


def test_it_the_progress_meeting_is_named_as_typed():
    d = _draft(language="it", intent="reschedule", tone="formal", recipient_name="Geom. Ugo Sala",
               meeting="lo stato avanzamento lavori del cantiere di Rho", meeting_time="mer 16/12 ore 9",
               reason="ho un'ispezione ASL", proposed_times=["gio 17/12 ore 9"])
    assert "spostare lo stato avanzamento lavori del cantiere di Rho" in d.body and "riunione sullo" not in d.body, d.body
    assert not d.warnings, d.body


@pytest.mark.parametrize("lang,meeting,time", [
    ("fr", "soin du visage complet (1h30)", "hier 18h"),
    ("it", "trattamento viso completo (1h30)", "ieri ore 18"),
])
def test_no_empty_brackets_where_a_duration_was_taken_out_of_the_label(lang, meeting, time):
    d = _draft(language=lang, intent="late_cancellation", tone="formal", recipient_name="M. Piero Riva" if lang == "fr" else "Sig. Piero Riva",
               meeting=meeting, meeting_time=time, policy={"notice_hours": 24, "fee_percent": 100})
    assert "()" not in d.body and "()" not in d.subject and not d.warnings, (d.subject, d.body)


def test_it_a_friendly_event_decline_ends_on_one_thanks_and_wish_line():
    d = _draft(language="it", intent="decline", meeting="l'aperitivo di fine anno", meeting_time="ven 18/12 alle 19",
               reason="sono fuori città quel weekend")
    assert "Grazie ancora per aver pensato a me, e buona settimana!" in d.body, d.body
    assert "me! Buona settimana!" not in d.body and d.body.count("settimana") == 1 and not d.warnings, d.body


def test_fr_a_full_fee_in_friendly_mail_names_the_amount():
    d = _draft(language="fr", intent="cancellation_policy", relationship="new", meeting="ta première séance de yoga",
               meeting_time="sam 19/12 10h", policy={"notice_hours": 24, "fee_percent": 100})
    assert "Passé ce délai, la totalité du montant est facturée." in d.body and "c'est facturé" not in d.body, d.body
    assert not d.warnings, d.body


def test_it_a_label_ending_on_its_meeting_noun_takes_that_nouns_article_not_quotes():
    d = _draft(language="it", intent="reschedule", tone="formal", recipient_name="Dott. Ivo Neri", meeting="Q3 review",
               meeting_time="lun 14/12 ore 10", reason="sono bloccato a Bari", proposed_times=["mer 16/12 ore 10"])
    assert "spostare la Q3 review di lunedì 14 dicembre alle 10" in d.body and "«" not in d.body and not d.warnings, d.body
