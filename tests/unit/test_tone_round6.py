"""Sixth round of the tone verdict: cue families written from the phenomenon in all five languages, French friendly
"vous", a choice left to the reader softening an imperative, waiting said with concern, and the whole-draft head's
training rows (seen labelled drafts plus the author's contrastive pairs, never a fresh split)."""

from __future__ import annotations

from typing import Any

import pytest

from composer.evaluation.tone import signals
from composer.models import Situation


def sit(**kw: Any) -> Situation:
    base: dict[str, Any] = {
        "language": "en", "intent": "decline", "recipient_name": "Margaret Hughes", "sender_name": "Tom Baker",
        "meeting": "the quarterly account review", "meeting_time": "Thursday 14 March at 10:00", "tone": "formal", "relationship": "regular",
    }
    base.update(kw)
    return Situation(**base)


def pen(s: Situation, body: str, name: str) -> float:
    return next(x.penalty for x in signals(s, "subject", body, detected=s.language) if x.name == name)


def letter(greet: str, text: str, close: str) -> str:
    return f"{greet}\n\n{text}\n\n{close}"


@pytest.mark.parametrize(("lang", "greet", "text", "signal"), [
    ("en", "Dear Ms Hughes,", "As clearly set out in our terms, the fee applies.", "passive_aggression"),
    ("fr", "Madame Roussel,", "Comme je vous l'avais pourtant signalé, l'équipe est en audit.", "passive_aggression"),
    ("it", "Gentile Signora Neri,", "Le condizioni sono scritte nero su bianco nel contratto.", "passive_aggression"),
    ("nl", "Geachte mevrouw Smit,", "De voorwaarden staan zwart op wit in de offerte.", "passive_aggression"),
    ("sv", "Hej Anna Berg,", "Villkoren står svart på vitt i avtalet.", "passive_aggression"),
    ("en", "Dear Dr Patel,", "Don't worry if you're not very technical; I'll keep things very simple.", "condescension"),
    ("fr", "Madame Berthier,", "Je ferai en sorte de rester très simple, pour que tout soit bien accessible de votre côté.", "condescension"),
    ("it", "Gentile Signora Neri,", "Glielo spiego con calma: è una regola molto semplice.", "condescension"),
    ("nl", "Geachte heer Wijn,", "Ik leg het in begrijpelijke taal uit; ik ga ervan uit dat dit zo helder is.", "condescension"),
    ("sv", "Hej Henrik Lund,", "Jag håller det på en nivå som passar dig.", "condescension"),
    ("it", "Gentile Signora Neri,", "La sua disdetta mi ha fatto perdere un'ora di lavoro.", "blame"),
    ("en", "Dear Mr Shaw,", "Please log in with your practice's admin password here to keep the booking.", "phishing"),
    ("fr", "Maître,", "Toute correspondance ultérieure devra lui être adressée; il devient votre interlocuteur désigné.", "officialese"),
])
def test_sixth_round_families_fire(lang: str, greet: str, text: str, signal: str) -> None:
    s = sit(language=lang)
    assert pen(s, letter(greet, text, "Tom Baker"), signal) > 0


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I am sorry to miss the review; I hope it goes well and I look forward to the next one."),
    ("fr", "Je suis désolé de manquer la revue ; je vous souhaite une excellente réunion."),
    ("it", "Mi dispiace non poter partecipare alla revisione; le auguro una buona riunione."),
    ("nl", "Het spijt me dat ik de bespreking mis; ik wens u een goede vergadering."),
    ("sv", "Jag beklagar att jag missar genomgången och önskar ett gott möte."),
])
def test_ordinary_courteous_wording_triggers_no_round6_cue(lang: str, text: str) -> None:
    s = sit(language=lang)
    body = letter("Hello,", text, "Tom Baker")
    for name in ("passive_aggression", "condescension", "blame", "phishing", "officialese", "sarcasm"):
        assert pen(s, body, name) == 0.0, name


def test_a_choice_left_to_the_reader_is_not_a_bare_order() -> None:
    s = sit(language="fr", tone="friendly", intent="no_show_followup")
    assert pen(s, letter("Bonjour Noémie,", "Je peux jeudi à 16 h ou vendredi à 9 h 30. Dites-moi ce qui vous convient.", "Jérôme"), "bare_imperative") == 0.0
    assert pen(s, letter("Bonjour Noémie,", "Je peux jeudi à 16 h. Dites-moi avant ce soir.", "Jérôme"), "bare_imperative") > 0


def test_waiting_said_with_concern_is_a_check_in_not_a_guilt_trip() -> None:
    s = sit(language="it", tone="friendly", intent="no_show_followup")
    kind = letter("Ciao Federica,", "Giovedì ti ho aspettata per la lezione; spero niente di serio.", "Simone")
    cold = letter("Ciao Federica,", "Giovedì ti ho aspettata per la lezione. Mercoledì alle 17 è libero.", "Simone")
    assert pen(s, kind, "passive_aggression") == 0.0
    assert pen(s, cold, "passive_aggression") > 0


def test_contrastive_pairs_are_the_authors_own_and_balanced() -> None:
    from composer.evaluation.contrast.pairs import drafts

    rows = drafts()
    assert {s.language.value for s, *_ in rows} == {"en", "fr", "it", "nl", "sv"}
    assert sum(label for _, _, label, _ in rows) * 2 == len(rows)
    for (s1, good, l1, _), (s2, bad, l2, _) in zip(rows[::2], rows[1::2], strict=True):
        assert s1.id == s2.id and l1 and not l2
        assert bad.startswith(good.split("\n\n")[0]) and len(bad) > len(good)  # same note, one clause added
        assert all(not i.startswith("tone-") for i in (s1.id or "",))


def test_draft_head_never_reads_a_fresh_split() -> None:
    from composer.evaluation import labelled, train, transfer

    assert "v11" in labelled.HARD_CASE_SPLITS and "v11" in transfer.SEEN_SPLITS  # v11 is seen since round 12
    assert "v15" not in labelled.HARD_CASE_SPLITS and "v15" not in transfer.SEEN_SPLITS
    assert set(train.DRAFT_CALIBRATION) == {"draft_cap", "draft_slope", "draft_tau"}
