"""Each tone signal in several languages, and how the score and `tone_ok` follow from them (pure, fast)."""

from __future__ import annotations

from typing import Any

import pytest

from composer.evaluation import TONE_OK_THRESHOLD, score
from composer.evaluation.metrics import auc, balanced_accuracy, calibrate_threshold
from composer.evaluation.models import Signal
from composer.evaluation.tone import signals, summarise
from composer.models import Language, Situation


def sit(**kw: Any) -> Situation:
    base: dict[str, Any] = {
        "language": "en", "intent": "reschedule", "recipient_name": "Margaret Hughes", "sender_name": "Tom Baker",
        "meeting": "the quarterly account review", "meeting_time": "Thursday 14 March at 10:00", "tone": "formal", "relationship": "regular",
    }
    base.update(kw)
    return Situation(**base)


def sig(s: Situation, body: str, name: str) -> Signal:
    found = [x for x in signals(s, "subject", body, detected=s.language) if x.name == name]
    assert found, name
    return found[0]


FILL = " We will make sure everything is ready and that the time is well spent for both of us, as always."

GOOD = {
    "en": "Dear Ms Hughes,\n\nI am sorry, but I need to move our review. Would Tuesday suit you instead? Thank you for your understanding." + FILL + "\n\nKind regards,\nTom Baker",
    "fr": "Madame Dubois,\n\nJe suis désolé, mais je dois déplacer notre revue. Seriez-vous disponible mardi ? Je vous remercie de votre compréhension, "
    "et je ferai en sorte que tout soit prêt pour que ce temps soit bien utilisé.\n\nBien cordialement,\nJulien",
    "it": "Gentile Signora Bianchi,\n\nmi scuso, ma devo spostare la nostra revisione. Le andrebbe bene martedì? La ringrazio per la comprensione "
    "e farò in modo che tutto sia pronto perché il nostro tempo insieme sia speso nel modo migliore possibile.\n\nCordiali saluti,\nMarco",
    "nl": "Geachte mevrouw De Vries,\n\nHet spijt me, maar ik moet onze evaluatie verzetten. Zou dinsdag u schikken? Dank voor uw begrip; "
    "ik zorg ervoor dat alles op tijd klaarstaat, zodat we de tijd samen zo goed mogelijk kunnen benutten.\n\nMet vriendelijke groet,\nPieter",
    "sv": "Hej Karin,\n\nTyvärr måste jag flytta vår genomgång. Skulle tisdag passa er i stället? Tack för er förståelse, "
    "jag ser till att allt är väl förberett i god tid så att vi verkligen får ut det mesta av vår tid tillsammans.\n\nMed vänliga hälsningar\nErik",
}


@pytest.mark.parametrize("lang", list(GOOD))
def test_a_courteous_message_scores_full_marks(lang: str) -> None:
    s = sit(language=lang)
    sigs = signals(s, "x", GOOD[lang], detected=Language(lang))
    assert [x for x in sigs if not x.passed] == []
    assert summarise(sigs) == (1.0, True)


@pytest.mark.parametrize(
    "lang,phrase",
    [
        ("en", "You failed to let us know, which is unacceptable."),
        ("fr", "Vous n'avez pas pris la peine de prévenir, c'est inadmissible."),
        ("it", "È un comportamento inaccettabile, avrebbe dovuto avvisare."),
        ("nl", "Dit is onacceptabel; u had het eerder moeten melden."),
        ("sv", "Det är oacceptabelt, ni borde ha hört av er."),
    ],
)
def test_blame_is_heavily_penalised(lang: str, phrase: str) -> None:
    s = sit(language=lang, intent="no_show_followup")
    body = GOOD[lang].replace("\n\n", f"\n\n{phrase} ", 1)
    b = sig(s, body, "blame")
    assert not b.passed and b.penalty >= 0.35
    assert not score(s, {"subject": "x", "body": body}).tone_ok


@pytest.mark.parametrize(
    "lang,phrase",
    [
        ("en", "I'm sure you understand that my time is valuable too."),
        ("fr", "J'imagine que vous aviez vos raisons."),
        ("it", "Immagino che avesse di meglio da fare."),
        ("nl", "Ik had speciaal voor u mijn ochtend vrijgehouden."),
        ("sv", "Jag förutsätter att ni hade goda skäl."),
    ],
)
def test_passive_aggression(lang: str, phrase: str) -> None:
    s = sit(language=lang, intent="late_cancellation")
    assert not sig(s, GOOD[lang] + "\n" + phrase, "passive_aggression").passed


def test_backhanded_thanks() -> None:
    s = sit(intent="late_cancellation")
    assert not sig(s, "Thanks for telling me, even though it was only two hours before.", "passive_aggression").passed
    assert sig(s, "Thanks for telling me. No problem at all.", "passive_aggression").passed


def test_shouting_capitals_and_exclamations_but_not_acronyms_or_facts() -> None:
    s = sit(meeting="the ACME CRM review")
    assert not sig(s, "PLEASE REPLY NOW.", "shouting").passed
    assert not sig(s, "Please reply!!", "shouting").passed
    assert sig(s, "About the ACME CRM review and the PDF from the CEO: OK?", "shouting").passed
    assert sig(s, "Please send the [DATE] back.", "shouting").passed  # a placeholder is completeness' business


@pytest.mark.parametrize(
    "lang,tone,body,bad",
    [
        ("fr", "formal", "Salut Claire, tu peux me dire si ça te va ?", True),
        ("fr", "formal", "Madame, pourriez-vous me dire si le rendez-vous vous convient ?", False),
        ("fr", "friendly", "Salut Claire, est-ce que le rendez-vous te va ?", False),  # "rendez-vous" is not "vous"
        ("it", "formal", "Gentile Signora, ti andrebbe bene martedì?", True),
        ("it", "friendly", "Ciao Giulia, Le andrebbe bene martedì?", True),
        ("nl", "formal", "Beste Sanne, kun je dinsdag?", True),
        ("nl", "formal", "Geachte mevrouw, schikt dinsdag u?", False),
    ],
)
def test_address_form_follows_the_requested_tone(lang: str, tone: str, body: str, bad: bool) -> None:
    assert (not sig(sit(language=lang, tone=tone), body, "address").passed) is bad


def test_address_penalties_are_weighted_by_language() -> None:
    fr = sig(sit(language="fr"), "Salut, tu peux venir ?", "address")
    # "du" is right in Swedish business mail in both registers; "ni" in a friendly mail is the slip here
    sv = sig(sit(language="sv", tone="friendly"), "Hej, kan ni komma?", "address")
    en = sig(sit(language="en"), "I'm sorry, I can't make it.", "address")  # contractions: a small slip
    assert fr.penalty > sv.penalty > en.penalty > 0


def test_slang_and_emoji_only_count_in_formal_messages() -> None:
    assert not sig(sit(language="sv"), "Tjena! Funkar det? 😊 Kram", "too_casual").passed
    assert [x for x in signals(sit(language="sv", tone="friendly"), "x", "Tjena! Kram", detected=Language.sv) if x.name == "too_casual"] == []


@pytest.mark.parametrize("words,ok", [(30, False), (60, True), (219, True), (260, False)])
def test_length(words: int, ok: bool) -> None:
    assert sig(sit(), " ".join(["word"] * words), "length").passed is ok


def test_far_too_long_costs_more_than_a_little_too_long() -> None:
    assert sig(sit(), " ".join(["w"] * 330), "length").penalty > sig(sit(), " ".join(["w"] * 230), "length").penalty


@pytest.mark.parametrize(
    "lang,opener",
    [
        ("en", "I hope this email finds you well."),
        ("fr", "J'espère que ce message vous trouve en bonne santé."),
        ("it", "Spero che questa mail La trovi bene."),
        ("nl", "Ik hoop dat deze e-mail u goed bereikt."),
        ("sv", "Jag hoppas att detta mejl finner er väl."),
    ],
)
def test_filler_openers(lang: str, opener: str) -> None:
    s = sit(language=lang)
    greeting, rest = GOOD[lang].split("\n\n", 1)
    assert not sig(s, f"{greeting}\n\n{opener}\n\n{rest}", "filler_opener").passed
    assert sig(s, GOOD[lang] + "\n\nPS: " + opener, "filler_opener").passed  # only as an opener


def test_a_no_show_follow_up_may_ask_how_the_client_is() -> None:
    s = sit(intent="no_show_followup")
    assert sig(s, "Dear Ms Hughes,\n\nI hope you are well; we missed you today.", "filler_opener").passed


def test_chat_model_wrappers() -> None:
    assert not sig(sit(), "Certainly! Here's a polished email you can send:\n\nDear Ms Hughes,", "llm_artifact").passed
    assert sig(sit(), "Dear Ms Hughes,\n\nHere is my proposal for the agenda.", "llm_artifact").passed


def test_bare_imperatives_versus_hedged_requests() -> None:
    s = sit(language="fr")
    assert not sig(s, "Confirmez ce créneau. Envoyez-moi vos disponibilités.", "bare_imperative").passed
    assert sig(s, "Merci de confirmer ce créneau. Pourriez-vous m'envoyer vos disponibilités ?", "bare_imperative").passed
    assert not sig(sit(language="nl"), "Bevestig de afspraak.", "bare_imperative").passed
    assert sig(sit(language="nl"), "Bevestig de afspraak graag even.", "bare_imperative").passed


def test_apology_is_due_from_the_sender_and_sympathy_for_the_client() -> None:
    assert not sig(sit(language="it", intent="decline"), "Non posso venire.", "apology").passed
    assert sig(sit(language="it", intent="decline"), "Purtroppo non posso venire.", "apology").passed
    assert not sig(sit(language="nl", intent="late_cancellation"), "Kies een nieuwe datum.", "sympathy").passed
    assert sig(sit(language="nl", intent="late_cancellation"), "Geen probleem, dat kan gebeuren.", "sympathy").passed
    assert sig(sit(intent="cancellation_policy", policy={"fee_percent": 50}), "Our policy is as follows.", "apology").passed  # not due


def test_wrong_language_is_flagged() -> None:
    s = sit(language="fr")
    assert not next(x for x in signals(s, "x", GOOD["en"], detected=Language.en) if x.name == "language").passed
    sc = score(s, {"subject": "x", "body": GOOD["en"]})
    assert not sc.tone_ok and any(r.item == "tone.language" and not r.passed for r in sc.reasons)


def test_pushy_wording_adds_up() -> None:
    one = sig(sit(), "You must reply.", "pushy")
    three = sig(sit(), "You must reply by return. Frankly, ASAP.", "pushy")
    assert 0 < one.penalty < three.penalty


def test_threshold_is_a_documented_constant() -> None:
    assert 0.5 < TONE_OK_THRESHOLD < 1.0
    value, ok = summarise([Signal(name="x", passed=False, penalty=1 - TONE_OK_THRESHOLD, evidence="")])
    assert ok and value == pytest.approx(TONE_OK_THRESHOLD)


def test_auc_and_calibration() -> None:
    assert auc([0.9, 0.8, 0.2, 0.1], [True, True, False, False]) == 1.0
    assert auc([0.5, 0.5], [True, False]) == 0.5
    assert auc([0.1, 0.9], [True, False]) == 0.0
    assert auc([0.3], [True]) is None
    scores, labels = [0.95, 0.9, 0.85, 0.7, 0.6, 0.3], [True, True, True, False, False, False]
    t = calibrate_threshold(scores, labels)
    assert 0.7 < t < 0.85 and balanced_accuracy(scores, labels, t) == 1.0


def test_the_quick_language_check_never_contradicts_lingua() -> None:
    """Where the function-word count decides, lingua agrees; everything doubtful goes to lingua."""
    from composer.evaluation.labelled import LABELLED_DIR, load_labelled
    from composer.facts import prose_only as prose_of
    from composer.evaluation.tone import quick_language
    from composer.lang import detect_language

    rows = load_labelled(LABELLED_DIR / "dev.jsonl") + load_labelled(LABELLED_DIR / "test.jsonl")
    decided = 0
    for r in rows:
        prose = prose_of(r.situation, r.body)
        quick = quick_language(prose, r.situation.language)
        if quick is not None:
            decided += 1
            assert detect_language(prose[:600]) is quick, r.id
    assert decided > len(rows) // 2  # it must actually save work
    for r in rows:
        if r.id.endswith(("-english", "-french")):
            assert quick_language(prose_of(r.situation, r.body), r.situation.language) is None, r.id
