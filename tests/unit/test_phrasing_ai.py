"""phr-ai (issue 16): phr-af's optional hooks filled in fr, it, nl, sv; own situations, no eval text, name or meeting.

Families: a counter-proposal names the meeting (fr no longer says "créneau" four times, nl no longer "het tijdstip
dat je voorstelt"), a visit given up for a call says sorry once, a hand-over while away regrets it (nl, sv), a short
shorten says what the shorter time still gives instead of the key-client filler (it, sv), a Swedish business signing
alone says "vi".
"""

from __future__ import annotations

import pytest

from composer.config import get_settings
from composer.models import Situation
from composer.service import Tactful
from composer.writers.phrases import sv


@pytest.fixture(scope="module")
def tactful() -> Tactful:
    return Tactful(get_settings(today="2027-02-01"))


def draft(tactful: Tactful, **kw):  # type: ignore[no-untyped-def]
    d = tactful.draft(Situation(**{"tone": "formal", "relationship": "regular", **kw}))
    d = getattr(d, "draft", d)
    assert d.warnings == [], d.warnings
    assert 40 <= len(d.body.split()) <= 220, d.body
    return d


COUNTER = dict(intent="reschedule", client_move="counter", sender_name="Ingrid Moberg", meeting_time="Tue 9 Feb 14:00",
               proposed_times=["Wed 10 Feb 11:00", "Fri 12 Feb 15:00"])


def test_fr_counter_names_the_meeting_and_says_creneau_once(tactful: Tactful) -> None:
    d = draft(tactful, **COUNTER, language="fr", recipient_name="M. Bastien Lorrain", meeting="la revue du plan de formation",
              reason="je suis en déplacement à Lille ce jour-là")
    assert "nous pouvons bien sûr déplacer la revue du plan de formation, prévue le mardi 9 février à 14 h." in d.body, d.body
    assert "je ne suis pas disponible au moment que vous proposez, car je suis en déplacement à Lille" in d.body
    assert d.body.count("créneau") == 1


def test_it_counter_names_the_meeting(tactful: Tactful) -> None:
    d = draft(tactful, **COUNTER, language="it", recipient_name="Dott.ssa Chiara Valsecchi", meeting="la revisione del bilancio",
              reason="giovedì sono in tribunale tutto il giorno")
    assert "La ringrazio per il messaggio sullo spostamento della revisione del bilancio di martedì 9 febbraio alle 14." in d.body, d.body


@pytest.mark.parametrize(("tone", "own"), [("formal", "uw voorstel komt mij"), ("friendly", "je voorstel komt me")])
def test_nl_counter_names_the_meeting_not_het_tijdstip(tactful: Tactful, tone: str, own: str) -> None:
    d = draft(tactful, **COUNTER, language="nl", tone=tone, recipient_name="mevrouw Sanne de Vries", meeting="het overleg over de offerte",
              reason="donderdag zit ik de hele dag bij een klant")
    assert "We kunnen het overleg over de offerte op dinsdag 9 februari om 14.00 uur natuurlijk verzetten, maar " + own in d.body, d.body
    assert "het tijdstip dat" not in d.body


def test_sv_counter_names_the_meeting(tactful: Tactful) -> None:
    d = draft(tactful, **COUNTER, language="sv", tone="friendly", recipient_name="Oskar Lindgren", meeting="genomgången av budgeten",
              reason="på torsdag är jag på mässa i Malmö")
    assert "Självklart kan vi flytta genomgången av budgeten från tisdag den 9 februari kl. 14.00, men" in d.body, d.body


@pytest.mark.parametrize(("language", "name", "meeting", "reason", "sorry"), [
    ("fr", "Mme Odile Ferrand", "la visite de votre atelier à Niort", "ma voiture est au garage", "Je vous prie de m'excuser pour ce changement de programme."),
    ("it", "Sig. Marco Pellegrini", "il sopralluogo nel vostro magazzino di Lodi", "la mia auto è dal meccanico", "Mi scuso per il cambio di programma."),
    ("nl", "de heer Joost Verhagen", "het bezoek aan uw werkplaats in Zwolle", "mijn auto staat in de garage", "Excuses voor deze wijziging."),
    ("sv", "Maria Ekström", "besöket på ert lager i Borås", "min bil är på verkstad", "Ursäkta ändringen i planerna."),
])
def test_a_visit_given_up_for_a_call_says_sorry_once(tactful: Tactful, language: str, name: str, meeting: str, reason: str, sorry: str) -> None:
    d = draft(tactful, language=language, intent="switch_to_call", relationship="new", recipient_name=name, sender_name="Eva Dekker",
              meeting=meeting, meeting_time="Thu 11 Feb 10:00", reason=reason)
    assert d.body.count(sorry) == 1, d.body


@pytest.mark.parametrize(("language", "name", "meeting", "reason", "sorry"), [
    ("nl", "mevrouw Fleur Janssen", "de kwartaalbespreking", "ik ben met ouderschapsverlof vanaf volgende week", "Het spijt me dat ik er zelf niet bij kan zijn."),
    ("sv", "Karl Nyström", "kvartalsgenomgången", "jag är föräldraledig från nästa vecka", "Jag beklagar att jag inte kan vara med själv."),
])
def test_a_hand_over_while_away_regrets_it(tactful: Tactful, language: str, name: str, meeting: str, reason: str, sorry: str) -> None:
    d = draft(tactful, language=language, intent="delegate", recipient_name=name, sender_name="Emma Holm", meeting=meeting,
              meeting_time="Mon 15 Feb 09:30", colleague_name="Nils Ek", reason=reason)
    assert d.body.count(sorry) == 1, d.body


@pytest.mark.parametrize(("language", "tone", "meeting", "reason", "rest"), [
    ("it", "formal", "la revisione del sito", "ho un impegno imprevisto con un fornitore", "Avremo comunque il tempo per l'essenziale"),
    ("sv", "friendly", "projektmötet", "jag har en annan tid kl. 10.45", "Då hinner vi ändå med det viktigaste"),
])
def test_a_short_shorten_says_what_the_time_still_gives_not_the_filler(tactful: Tactful, language: str, tone: str, meeting: str, reason: str,
                                                                      rest: str) -> None:
    d = draft(tactful, language=language, intent="shorten", tone=tone, relationship="key", recipient_name="Paolo Berg",
              sender_name="Giulia", meeting=meeting, meeting_time="Wed 17 Feb 10:00", duration_minutes=30, reason=reason)
    assert rest in d.body, d.body
    assert "conta molto" not in d.body and "betyder mycket" not in d.body


def test_sv_business_signing_alone_says_vi(tactful: Tactful) -> None:
    d = draft(tactful, language="sv", intent="switch_to_email", recipient_name="Anna Holm", sender_name="Lindqvist Redovisning AB",
              meeting="avstämningen om bokslutet", meeting_time="Fri 19 Feb 13:00", reason="det är bara två siffror kvar att stämma av")
    assert "undrar vi om vi" in d.body, d.body
    assert "jag" not in d.body.lower().split()


def test_sv_as_firm_keeps_a_predicative_paragraph_and_capitalises() -> None:
    assert sv.as_firm("Jag skickar underlaget. Hör av dig till mig om min offert.") == "Vi skickar underlaget. Hör av dig till oss om vår offert."
    assert sv.as_firm("Jag är fullbokad den veckan.") == "Jag är fullbokad den veckan."  # "vi är fullbokade" would need the plural


@pytest.mark.parametrize(("language", "tone", "name", "meeting", "reason", "said"), [
    ("fr", "formal", "M. Bastien Lorrain", "la revue du plan de formation", "lundi je suis en déplacement à Lille",
     "Malheureusement, lundi ne m'est pas possible, car je suis en déplacement à Lille."),
    ("fr", "friendly", "Bastien Lorrain", "la revue du plan de formation", "lundi j'anime un atelier à Nantes",
     "Malheureusement, lundi, je ne peux pas, car j'anime un atelier à Nantes."),
    ("it", "formal", "Dott.ssa Chiara Valsecchi", "la revisione del bilancio", "giovedì sono in tribunale tutto il giorno",
     "Purtroppo giovedì non mi è possibile perché sono in tribunale tutto il giorno, ma troviamo"),
    ("it", "friendly", "Chiara Valsecchi", "la revisione del bilancio", "lunedì ho un corso a Brescia",
     "Purtroppo lunedì non riesco perché ho un corso a Brescia, ma troviamo"),
])
def test_a_counter_reason_opening_on_their_day_makes_the_day_the_no(tactful: Tactful, language: str, tone: str, name: str, meeting: str,
                                                                    reason: str, said: str) -> None:
    d = draft(tactful, **COUNTER, language=language, tone=tone, recipient_name=name, meeting=meeting, reason=reason)
    assert said in d.body, d.body
    assert "créneau que" not in d.body and "orario che propon" not in d.body


@pytest.mark.parametrize("tone", ["formal", "friendly"])
def test_fr_a_fee_due_is_the_subject(tactful: Tactful, tone: str) -> None:
    d = draft(tactful, language="fr", tone=tone, intent="late_cancellation", recipient_name="Mme Agathe Rivière", sender_name="Luc Pernet",
              meeting="la séance de sophrologie", meeting_time="Mon 1 Feb 17:00", reason="annulé une heure avant",
              policy={"notice_hours": 24, "fee_percent": 100}, proposed_times=["Thu 4 Feb 17:00"])
    assert d.subject.replace("\u202f", " ").replace("\xa0", " ") == "Séance de sophrologie : annulation tardive", d.subject


@pytest.mark.parametrize(("language", "tone", "reason", "send"), [
    ("fr", "formal", "il ne reste que deux points à valider", "Je vous envoie les éléments par écrit."),
    ("fr", "friendly", "il ne reste que deux points à valider", "Je t'envoie les éléments par écrit."),
    ("it", "formal", "restano solo due punti da chiudere", "Le invierò i dettagli per iscritto."),
    ("it", "friendly", "restano solo due punti da chiudere", "Ti mando i dettagli per iscritto."),
])
def test_switching_to_email_says_what_follows(tactful: Tactful, language: str, tone: str, reason: str, send: str) -> None:
    d = draft(tactful, language=language, tone=tone, intent="switch_to_email", recipient_name="Nadia Ferrand", sender_name="Paul Girard",
              meeting="la revue du contrat" if language == "fr" else "la revisione del contratto", meeting_time="Tue 16 Feb 11:00",
              reason=reason, proposed_times=["Thu 18 Feb 16:00"])
    assert d.body.count(send) == 1, d.body


@pytest.mark.parametrize(("language", "reason"), [("fr", "je t'envoie le devis corrigé ce soir"), ("it", "ti mando il preventivo stasera")])
def test_a_note_that_already_sends_gets_no_second_promise(tactful: Tactful, language: str, reason: str) -> None:
    d = draft(tactful, language=language, tone="friendly", intent="switch_to_email", recipient_name="Nadia Ferrand", sender_name="Paul Girard",
              meeting="la revue du contrat" if language == "fr" else "la revisione del contratto", meeting_time="Tue 16 Feb 11:00", reason=reason)
    assert "par écrit" not in d.body and "per iscritto" not in d.body, d.body


def test_a_counter_day_that_is_the_meetings_own_stays_in_the_reason(tactful: Tactful) -> None:
    d = draft(tactful, **{**COUNTER, "meeting_time": "Thu 11 Feb 14:00"}, language="it", recipient_name="Dott.ssa Chiara Valsecchi",
              meeting="la revisione del bilancio", reason="giovedì sono in tribunale tutto il giorno")
    assert "Purtroppo l'orario che propone non è possibile perché giovedì sono in tribunale" in d.body, d.body
