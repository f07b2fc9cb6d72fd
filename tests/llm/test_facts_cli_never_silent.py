"""Issue 13's independent check, through the real CLI and the loopback server: a model that keeps sending a reply
with one subtle fact fault (each kind, every language) never reaches the user silently; a draft comes back with a
precise warning on stderr. A model that fixes it in the repair round gives the clean draft and no warning."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from composer import api
from composer.cli import app
from composer.models import Situation
from tests.llm.conftest import FakeRetriever, make_situation
from tests.support.fake_openai import MODEL, FakeOpenAI, Recorded, Reply
from tests.support.replies import situation_of, write

POLICY = {"notice_hours": 48, "fee_percent": 30, "deposit_percent": 20}


def _swap(a: str, b: str) -> Callable[[Situation, str], str]:
    return lambda s, body: body.replace(a, "\0").replace(b, a).replace("\0", b)


def _times_swapped(s: Situation, body: str) -> str:
    return _swap(s.meeting_time or "", s.proposed_times[0])(s, body)


def _add(sentence: str) -> Callable[[Situation, str], str]:
    """Insert a sentence before the closing paragraph (the last two lines: close and name)."""

    def change(s: Situation, body: str) -> str:
        head, _, tail = body.rpartition("\n\n")
        return f"{head} {sentence}\n\n{tail}"

    return change


CASES: list[tuple[str, Situation, Callable[[Situation, str], str], str]] = [
    ("en-times-swapped", make_situation("en"), _times_swapped, "meeting being moved"),
    ("fr-recap-other-time", make_situation("fr"), _add("Je bloque donc le vendredi 22 mars à 11 h."), "time not in the situation"),
    ("it-weekday-in-subject", make_situation("it"), lambda s, b: b, "weekday"),  # subject changed below
    ("sv-fee-deposit-swapped", make_situation("sv", intent="late_cancellation", policy=POLICY), _swap("30", "20"), "swapped"),
    ("nl-policy-in-words", make_situation("nl", intent="no_show_followup"), _add("De helft van het honorarium wordt in rekening gebracht."), "nobody gave"),
    ("en-discount-from-reason", make_situation("en", reason="the client asked for a discount"), _add("As a gesture, we will take 10% off your next invoice."), "discount"),
    ("fr-link", make_situation("fr"), _add("Voici le lien : https://rdv.exemple.fr/julien."), "link"),
    ("it-phone", make_situation("it"), _add("Può chiamarmi al 333 123 4567."), "phone number"),
    ("nl-near-miss-name", make_situation("nl"), lambda s, b: b.replace("de Vries", "de Vriens"), "is not a given name"),
    ("sv-place-changed", make_situation("sv", meeting="mötet om mässan i Göteborg"), lambda s, b: b.replace("Göteborg", "Malmö"), "'Malmö' is not in the situation"),
    ("sv-norwegian", make_situation("sv"), _add("Gi meg beskjed om hva som passer best for deg, så ordner jeg resten med kollegaene mine."), "Norwegian"),
    ("it-english-paragraph", make_situation("it"), lambda s, b: b.replace("\n\nCordiali saluti", "\n\nI would be happy to go through the open points by email in the meantime, if that works for you.\n\nCordiali saluti"), "English"),
]


def _run(fake: FakeOpenAI, retriever: FakeRetriever, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, s: Situation) -> tuple[str, str]:
    for k, v in {"OPENAI_BASE_URL": fake.base_url, "OPENAI_API_KEY": "test-key", "TACTFUL_MODEL": MODEL, "TACTFUL_RETRY_BACKOFF": "0.01"}.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setattr(api, "get_default_retriever", lambda settings=None: retriever)
    path = tmp_path / "s.json"
    path.write_text(s.model_dump_json(exclude_none=True), encoding="utf-8")
    r = CliRunner().invoke(app, ["draft", "--json", str(path), "--today", "2024-03-01"])
    assert r.exit_code == 0, r.output
    return r.stdout, r.stderr


@pytest.mark.parametrize(("s", "fault", "told"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_reply_that_stays_flawed_comes_back_with_a_precise_warning(
    fake: FakeOpenAI, retriever: FakeRetriever, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    s: Situation, fault: Callable[[Situation, str], str], told: str,
) -> None:
    def handler(request: Recorded) -> Reply:
        sit = situation_of(request)
        good = write(sit)
        subject = good.subject
        if told == "weekday":  # the date right, its weekday wrong, in the subject only
            subject = f"{good.subject} (mercoledì 14 marzo)"
        return Reply(subject, fault(sit, good.body))

    fake.handler = handler
    assert write(s).body != fault(s, write(s).body) or told == "weekday"  # the fault is really in the reply
    _, err = _run(fake, retriever, monkeypatch, tmp_path, s)
    warnings = [line for line in err.splitlines() if line.startswith("warning:")]
    assert warnings, err
    assert any(told.lower() in w.lower() for w in warnings), warnings
    assert len(fake.chat_requests) == 2  # one repair round was asked for


def test_a_reply_fixed_in_the_repair_round_prints_clean(fake: FakeOpenAI, retriever: FakeRetriever, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    s = make_situation("fr")
    calls: list[int] = []

    def handler(request: Recorded) -> Reply:
        calls.append(1)
        good = write(situation_of(request))
        return Reply(good.subject, _times_swapped(situation_of(request), good.body) if len(calls) == 1 else good.body)

    fake.handler = handler
    out, err = _run(fake, retriever, monkeypatch, tmp_path, s)
    assert write(s).body in out
    assert not [line for line in err.splitlines() if line.startswith("warning:")], err
