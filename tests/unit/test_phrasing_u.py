"""The v11 families in general form (issue 16, phr-u): meeting phrase, time phrases, subject lines, signature,
context and names. Own situations, not eval items; the reason families are in test_reason_decide.py."""

from __future__ import annotations

from composer.models import Intent, Language, Policy, Relationship, Situation, Tone
from composer.names import parse_name
from composer.writers import when
from composer.writers.builtin import BuiltinWriter
from composer.writers.plan import make_plan, signature, subject_label


def _draft(**kw: object) -> tuple[str, str]:
    base: dict[str, object] = dict(recipient_name="Ms Jane Moss", sender_name="Sam Lee", tone=Tone.formal,
                                   relationship=Relationship.regular, meeting="quarterly review", meeting_time="Thu 17 Dec 9:30")
    base.update(kw)
    d = BuiltinWriter().write(Situation(**base), [])
    return d.subject, d.body


# 5. signature: the person first, whatever was typed around the name
def test_signature_puts_the_person_first() -> None:
    assert signature("Rita (Harbourside Physio)") == "Rita\nHarbourside Physio"
    assert signature("Agenzia Viaggi Maestrale - Carlo Benassi") == "Carlo Benassi\nAgenzia Viaggi Maestrale"
    assert signature("Kinésithérapie des Tilleuls — Anne Morel") == "Anne Morel\nKinésithérapie des Tilleuls"
    assert signature("Nora at Petal Nails") == "Nora\nPetal Nails"
    assert signature("Olivia Crane | Crane Strategy") == "Olivia Crane\nCrane Strategy"
    assert signature("Tom Hale, Partner, Hale Legal") == "Tom Hale\nPartner, Hale Legal"
    assert signature("Lina (Formly)") == "Lina\nFormly"  # two single words: the one typed first is the person


# 7. names: an Italian particle stays with the surname; a friendly mail greets by the first name only
def test_italian_particles_stay_with_the_surname() -> None:
    assert parse_name("Chiara Della Valle").surname == "Della Valle"
    assert parse_name("Marco Dalle Mura").given_name == "Marco"
    _, body = _draft(language=Language.it, intent=Intent.decline, tone=Tone.friendly, recipient_name="Lucia Dalla Costa",
                     meeting="cena di Natale", meeting_time="venerdì 18 dicembre alle 20", reason="sono a Napoli quel fine settimana")
    assert body.startswith("Ciao Lucia,")


# 3. time phrases
def test_a_typed_approximation_replaces_the_preposition_in_a_list() -> None:
    assert when.plain("jeu 17 vers 18h", Language.fr).endswith("vers 18 h")
    assert "vers à" not in when.plain("jeu 17 vers 18h", Language.fr)


def test_all_day_is_not_tacked_onto_an_english_date() -> None:
    _, body = _draft(language=Language.en, intent=Intent.decline, meeting="the regional trade fair", meeting_time="Wed 16 Dec, all day",
                     reason="I am with another client that week")
    assert "December all day" not in body and "Wednesday 16 December" in body


def test_a_time_zone_keeps_the_mails_date_format() -> None:
    assert when.plain("Tue 15th 3pm GMT", Language.en) == "Tuesday 15 December at 3pm GMT"


def test_a_clock_in_the_label_is_not_said_twice() -> None:
    s = Situation(language=Language.it, intent=Intent.cancellation_policy, recipient_name="Paola Neri", sender_name="Gianni",
                  tone=Tone.friendly, relationship=Relationship.regular, meeting="lezione di pilates ogni giovedì ore 19",
                  meeting_time="ogni giovedì ore 19", policy=Policy(notice_hours=24, fee_percent=50))
    assert make_plan(s, []).situation.meeting == "lezione di pilates"


# 4. subject lines: a long label is cut before its purpose clause; a short one stays
def test_subject_label_cuts_a_long_label_before_its_purpose() -> None:
    assert subject_label("Apéro pour préparer ton salon de mars") == "Apéro"
    assert subject_label("Lunch per parlare del nuovo sito") == "Lunch"
    assert subject_label("Budget review") == "Budget review"


def test_with_you_is_dropped_from_a_label() -> None:
    subject, body = _draft(language=Language.fr, intent=Intent.switch_to_call, tone=Tone.friendly, recipient_name="Léo Marchal",
                           meeting="le déjeuner avec toi pour caler la rentrée", meeting_time="mardi 15 décembre à 12h30")
    assert "avec toi" not in body and "avec toi" not in subject


# 2. meeting phrase
def test_an_event_in_french_is_named_not_made_a_meeting_topic() -> None:
    _, body = _draft(language=Language.fr, intent=Intent.decline, recipient_name="Mme Claire Morel", meeting="les journées de l'innovation à Lille",
                     meeting_time="jeu 17 déc, toute la journée", reason="je suis en audit à Nantes toute la semaine")
    assert "pour les journées de l'innovation à Lille" in body and "réunion sur les journées" not in body


def test_an_italian_topic_label_becomes_a_meeting_on_it() -> None:
    _, body = _draft(language=Language.it, intent=Intent.reschedule, recipient_name="Dott.ssa Anna Ferri", meeting="lo stato dei lavori del capannone",
                     meeting_time="mar 15/12 ore 10", proposed_times=["mer 16 ore 15"], reason="devo essere in cantiere a Brescia")
    assert "la riunione sullo stato dei lavori del capannone" in body


def test_italian_label_possessive_is_not_doubled_and_keeps_the_courtesy_capital() -> None:
    _, body = _draft(language=Language.it, intent=Intent.no_show_followup, recipient_name="Sig. Paolo Neri", meeting="la seduta di logopedia di sua figlia",
                     meeting_time="martedì scorso ore 17", sender_name="Dott.ssa Elena Fabbri, logopedista")
    assert "Sua seduta di logopedia di" not in body and "di Sua figlia" in body


def test_the_frames_move_verb_is_not_repeated_by_the_reason() -> None:
    _, en = _draft(language=Language.en, intent=Intent.reschedule, proposed_times=["Fri 18 Dec 10am"], reason="our board meeting has been moved to that morning")
    assert "need to reschedule" in en
    _, it = _draft(language=Language.it, intent=Intent.reschedule, recipient_name="Dott.ssa Anna Ferri", meeting="riunione sul budget",
                   meeting_time="mar 15/12 ore 10", proposed_times=["mer 16 ore 15"], reason="il collaudo è stato spostato proprio a martedì")
    assert "devo rinviare" in it and "devo spostare" not in it


def test_a_consumers_missed_booking_is_theirs_in_french() -> None:
    _, body = _draft(language=Language.fr, intent=Intent.no_show_followup, recipient_name="M. Paul Durand", sender_name="Cabinet Kiné Rive — Anne Morel",
                     meeting="la séance de rééducation", meeting_time="jeudi dernier 9h", policy=Policy(notice_hours=24))
    assert "votre séance de rééducation" in body


# 6. context
def test_a_consumer_policy_notice_has_no_b2b_wording() -> None:
    _, fr = _draft(language=Language.fr, intent=Intent.cancellation_policy, relationship=Relationship.new, recipient_name="Mme Julie Caron",
                   sender_name="Institut Lumière, Inès Roy", meeting=None, meeting_time=None, policy=Policy(notice_hours=24, deposit_percent=20))
    assert "collaboration" not in fr and "premier rendez-vous" in fr
    _, en = _draft(language=Language.en, intent=Intent.cancellation_policy, relationship=Relationship.regular, tone=Tone.friendly,
                   recipient_name="Mia Stone", sender_name="Zoe at Bloom Nails", meeting=None, meeting_time=None,
                   policy=Policy(notice_hours=24, fee_percent=50))
    assert "same page" not in en


def test_a_zero_fee_is_not_said_after_a_no_show() -> None:
    _, body = _draft(language=Language.fr, intent=Intent.no_show_followup, recipient_name="M. Paul Durand", meeting="séance de coaching",
                     meeting_time="jeudi dernier 9h", policy=Policy(notice_hours=24, fee_percent=0))
    assert "n'est pas facturée" not in body


def test_a_late_cancellation_made_by_a_parent_is_not_put_on_the_recipient() -> None:
    _, body = _draft(language=Language.en, intent=Intent.late_cancellation, recipient_name="Ms Ruth Hale", meeting="Noah's piano lesson",
                     meeting_time="yesterday 4pm", reason="his dad rang at 3.30 to cancel", policy=Policy(notice_hours=24, fee_percent=50))
    assert "that you had to cancel" not in body and "Noah's piano lesson yesterday at 4pm had to be cancelled" in body


def test_a_wish_goes_to_the_ill_child_by_name() -> None:
    _, body = _draft(language=Language.fr, intent=Intent.late_cancellation, tone=Tone.friendly, recipient_name="Julie Caron",
                     meeting="le cours de guitare de Hugo", meeting_time="samedi dernier 10h", reason="son père a écrit 30 minutes avant : otite",
                     policy=Policy(notice_hours=24, fee_percent=50))
    assert "J'espère que Hugo va mieux" in body


def test_a_new_client_is_not_retrouve() -> None:
    _, body = _draft(language=Language.fr, intent=Intent.reschedule, client_move="accept", relationship=Relationship.new,
                     recipient_name="M. Paul Durand", meeting="consultation", meeting_time="mardi 8 déc 17h", proposed_times=["jeudi 10 déc 17h"])
    assert "retrouver" not in body and "rencontrer" in body


def test_a_counter_with_a_reason_says_the_time_does_not_work() -> None:
    _, body = _draft(language=Language.en, intent=Intent.reschedule, client_move="counter", tone=Tone.friendly, recipient_name="Dan Price",
                     proposed_times=["Thu 10th 10am", "Fri 11th 9:30"], reason="the studio is closed on Wednesday")
    assert "doesn't work for me, as the studio is closed on Wednesday" in body and "If neither works" in body
