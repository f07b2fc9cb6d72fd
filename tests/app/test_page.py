"""composer.page: the page's decisions as pure functions, tested without Streamlit."""

from __future__ import annotations

import json
import threading
from datetime import datetime, timezone
from email import message_from_bytes
from email.policy import default as default_policy
from pathlib import Path

import pytest
from pydantic import SecretStr
from typer.testing import CliRunner

from composer import cli
from composer import page as pg
from composer.api import draft
from composer.config import get_settings
from composer.errors import FileInputError
from composer.evaluation import score
from composer.models import Intent, Language, Passage, Relationship, Situation, Strategy, Topic
from composer.writers.builtin import BuiltinWriter
from tests.app.fakes import CannedRetriever

FORM = {
    "language": "en",
    "intent": "reschedule",
    "recipient_name": "  Margaret Hughes ",
    "sender_name": "Tom Baker",
    "meeting": "the quarterly account review",
    "meeting_time": "Thursday 14 March at 10:00",
    "reason": "",
    "proposed_times": ["Tuesday 19 March at 14:00", "  ", "Wednesday 20 March at 9:30"],
    "duration_minutes": 30,
    "colleague_name": "Priya Shah",
    "notice_hours": 24.0,
    "fee_percent": 50.0,
    "deposit_percent": None,
    "tone": "formal",
    "relationship": "key",
}


def situation(**kw: object) -> Situation:
    return Situation.model_validate({**pg.situation_data(FORM), **kw})


def passage(*strategies: Strategy, source: str = "000.txt", origin: str = "article", **kw: object) -> Passage:
    return Passage(id=f"{source}#0", text="Advice.\n\nMore advice.", source=source, language=Language.en,
                   topic=Topic.avoidance, origin=origin, strategies=list(strategies), score=0.8, **kw)


# ---------------------------------------------------------------- the form


def test_situation_data_drops_blanks_and_the_fields_this_intent_hides() -> None:
    data = pg.situation_data(FORM)
    assert data["recipient_name"] == "Margaret Hughes"
    assert "reason" not in data
    assert data["proposed_times"] == ["Tuesday 19 March at 14:00", "Wednesday 20 March at 9:30"]
    assert not {"duration_minutes", "colleague_name", "policy"} & set(data)


def test_situation_data_nests_the_policy_with_whole_numbers_as_ints() -> None:
    data = pg.situation_data({**FORM, "intent": "late_cancellation"})
    assert data["policy"] == {"notice_hours": 24, "fee_percent": 50}
    assert isinstance(data["policy"]["notice_hours"], int)
    assert pg.situation_data({**FORM, "intent": "shorten"})["duration_minutes"] == 30
    assert pg.situation_data({**FORM, "intent": "delegate"})["colleague_name"] == "Priya Shah"


@pytest.mark.parametrize(
    ("intent", "fields"),
    [
        (Intent.reschedule, {"proposed_times"}),
        (Intent.decline, {"proposed_times", "duration_minutes"}),
        (Intent.shorten, {"duration_minutes"}),
        (Intent.switch_to_call, {"proposed_times"}),
        (Intent.switch_to_email, {"proposed_times"}),
        (Intent.delegate, {"colleague_name"}),
        (Intent.no_show_followup, {"proposed_times", "policy"}),
        (Intent.late_cancellation, {"proposed_times", "policy"}),
        (Intent.cancellation_policy, {"policy"}),
    ],
)
def test_visible_fields_per_intent(intent: Intent, fields: set[str]) -> None:
    assert pg.visible_fields(intent) == fields
    need = pg.required_field(intent)
    assert need is None or need in fields


def test_check_form_returns_the_models_messages_per_field() -> None:
    check = pg.check_form({**FORM, "recipient_name": " ", "intent": "shorten", "duration_minutes": None})
    assert not check.ok
    assert "recipient_name: field required" in check.error
    assert check.field_errors["recipient_name"] == "recipient_name: field required"
    ok = pg.check_form(FORM)
    assert ok.ok and ok.situation.recipient_name == "Margaret Hughes"


def test_field_errors_maps_policy_parts_and_model_level_messages() -> None:
    msg = ("policy.fee_percent: Input should be less than or equal to 100; "
           "duration_minutes is required when intent is 'shorten' (the shorter length offered, in minutes); "
           "proposed_times.1: Input should be a valid string")
    errors = pg.field_errors(msg)
    assert errors["fee_percent"].startswith("policy.fee_percent:")
    assert errors["duration_minutes"].startswith("duration_minutes is required")
    assert "proposed_times" in errors


def test_every_intent_has_a_one_line_explanation_without_field_names() -> None:
    for intent in Intent:
        text = pg.intent_help(intent)
        assert text and "\n" not in text and "_" not in text
    assert pg.intent_help_all().count("\n") == len(Intent) - 1


@pytest.mark.parametrize("language", list(Language))
def test_examples_are_complete_situations_for_every_intent(language: Language) -> None:
    for intent in Intent:
        assert pg.check_form({**pg.example_values(language), "intent": intent.value, "tone": "formal",
                              "relationship": "regular"}).ok


# ---------------------------------------------------------------- the approach the guidance suggests


def test_key_client_and_no_reason_gets_a_shorter_meeting_or_a_call() -> None:
    s = situation(intent="decline", relationship="key", reason=None)
    sug = pg.suggest(s, [passage(Strategy.call, Strategy.weigh_relationship)])
    assert "rather than a bare no" in sug.headline and "shorter meeting or a call" in sug.headline
    assert sug.switch_to[:2] == [Intent.shorten, Intent.switch_to_call]
    assert sug.plan_note == "The draft will offer a short call instead of a bare no."
    assert ("turn the meeting into a phone call", ["000.txt"]) in sug.advice


def test_a_weak_reason_is_one_or_two_words() -> None:
    assert pg.weak_reason(None) and pg.weak_reason("busy") and pg.weak_reason("other plans")
    assert not pg.weak_reason("I have to be in Leeds that day")


def test_the_plan_decides_what_a_decline_offers() -> None:
    s = situation(intent="decline", relationship="regular", reason="I have to be in Leeds that day",
                  duration_minutes=20)
    sug = pg.suggest(s, [passage(Strategy.email, source="notes/en.md", origin="note")])
    assert sug.plan_note == "The draft will offer handling it by email for now instead of a bare no."
    assert sug.switch_to[0] is Intent.switch_to_email
    assert sug.advice == [("handle it by email for now", ["notes/en.md · Tactful note"])]


def test_suggestions_never_cross_topics_or_repeat_the_current_intent() -> None:
    s = situation(intent="late_cancellation", policy={"fee_percent": 50})
    guidance = [passage(Strategy.call), passage(Strategy.policy, Strategy.reschedule, source="004.txt")]
    sug = pg.suggest(s, guidance)
    assert Intent.switch_to_call not in sug.switch_to and Intent.reschedule not in sug.switch_to
    assert Intent.cancellation_policy in sug.switch_to
    assert Intent.late_cancellation not in sug.switch_to


# ---------------------------------------------------------------- guidance and checks as shown


def test_passage_rows_mark_other_languages_and_own_notes() -> None:
    rows = pg.passage_rows(CannedRetriever().retrieve(situation()))
    assert [r.marks for r in rows] == [[], ["Tactful's own note"], ["other language (fr)"]]
    assert rows[0].score == "0.91" and rows[0].heading == "Turn the meeting into a phone call."
    assert rows[1].heading == "Offer a shorter meeting"


def test_score_views_split_completeness_and_tone_with_failed_evidence() -> None:
    s = situation()
    d = BuiltinWriter().write(s, [])
    broken = d.model_copy(update={"body": d.body.replace("Tuesday 19 March at 14:00", "soon")})
    views = {v.name: v for v in pg.score_views(score(s, broken))}
    assert not views["Completeness"].ok
    assert any("proposed_times" in f for f in views["Completeness"].failed)
    assert all(not f.startswith("tone.") for f in views["Tone"].failed)
    clean = {v.name: v for v in pg.score_views(score(s, d))}
    assert clean["Completeness"].ok and clean["Completeness"].value == "100%" and not clean["Completeness"].failed


# ---------------------------------------------------------------- taking it away


def test_eml_is_rfc5322_utf8_plain_text_with_the_subject() -> None:
    subject, body = "Réunion : nouvel horaire", "Bonjour Claire Dubois,\n\nJe dois déplacer notre réunion.\n\nJulien"
    raw = pg.build_eml(subject, body, date=datetime(2025, 3, 14, 10, 0, tzinfo=timezone.utc))
    assert b"\r\n\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")  # CRLF line ends only
    head, _, payload = raw.partition(b"\r\n\r\n")
    assert head.isascii()  # headers are 7-bit: the subject is RFC 2047 encoded
    assert b"Content-Type: text/plain; charset=\"utf-8\"" in head and b"MIME-Version: 1.0" in head
    assert b"Content-Transfer-Encoding: 8bit" in head
    assert "déplacer".encode() in payload  # the body itself is UTF-8
    msg = message_from_bytes(raw, policy=default_policy)
    assert msg["Subject"] == subject and msg["Date"] == "Fri, 14 Mar 2025 10:00:00 +0000"
    assert msg.get_content().replace("\r\n", "\n") == body + "\n"
    assert "To" not in msg and "From" not in msg  # names alone are not addresses


def test_eml_uses_quoted_printable_only_for_overlong_lines() -> None:
    raw = pg.build_eml("Long", "é" * 700)
    assert b"quoted-printable" in raw
    assert max(len(line) for line in raw.split(b"\r\n")) <= 78


def test_text_download_and_file_names() -> None:
    assert pg.as_text(" Hi ", "Body\n") == "Subject: Hi\n\nBody\n"
    assert pg.file_stem(Intent.no_show_followup, "Hélène Moreau-Castel") == "tactful-no-show-followup-helene-moreau-castel"
    assert pg.file_stem(None, None) == "tactful"


def test_history_is_newest_first_without_repeats_and_bounded() -> None:
    s = situation()
    d = BuiltinWriter().write(s, [])
    e = pg.history_entry(d, s, "drafted", when=datetime(2025, 1, 1, 9, 30, 5))
    assert (e["time"], e["action"], e["recipient"], e["intent"]) == ("09:30:05", "drafted", "Margaret Hughes", "reschedule")
    assert Situation.model_validate(e["situation"]) == s
    h = pg.push_history([], e)
    assert pg.push_history(h, dict(e)) == h
    other = {**e, "body": "another"}
    assert pg.push_history(h, other)[0] is other
    many: list[dict] = []
    for i in range(40):
        many = pg.push_history(many, {**e, "body": str(i)}, limit=30)
    assert len(many) == 30 and many[0]["body"] == "39"


def test_edited_draft_and_body_height() -> None:
    d = BuiltinWriter().write(situation(), [])
    assert pg.edited(d, d.subject, d.body) is d
    assert pg.edited(d, "New", None).subject == "New"
    assert pg.body_height("") == 220 and pg.body_height("x\n" * 100) == 720
    assert 220 <= pg.body_height(d.body) <= 720


def test_situation_after_refine_follows_the_tone_asked_for() -> None:
    s = situation(tone="friendly")
    assert pg.situation_after_refine(s, "more formal").tone.value == "formal"
    assert pg.situation_after_refine(s, "shorter") is s


# ---------------------------------------------------------------- writer, settings, secrets


def test_session_settings_and_labels_never_carry_the_key() -> None:
    base = get_settings()
    assert pg.writer_label(base) == pg.BUILTIN_LABEL
    on = pg.session_settings(base, use_model=True, base_url="http://user:pw@127.0.0.1:8000/v1", model="m",
                             api_key="sk-secret-123456")
    assert on.llm_configured and on.openai_api_key == SecretStr("sk-secret-123456")
    assert pg.writer_label(on) == "m at http://127.0.0.1:8000/v1"
    off = pg.session_settings(on, use_model=False)
    assert not off.llm_configured and pg.writer_label(off) == pg.BUILTIN_LABEL
    assert pg.writer_label(pg.session_settings(base, use_model=True, api_key="k")) == f"{base.model} at {pg.DEFAULT_ENDPOINT}"
    assert "sk-secret" not in pg.settings_key(on) and pg.settings_key(on) != pg.settings_key(off)


def test_redact_removes_the_key_even_when_echoed_or_masked() -> None:
    key = "sk-proj-abcdef0123456789XYZ"
    assert "abcdef" not in pg.redact(f"Incorrect API key provided: {key}.", key)
    assert "sk-proj" not in pg.redact("Incorrect API key provided: sk-proj-****9XYZ.", key)
    assert pg.redact("connection refused", key) == "connection refused"


# ---------------------------------------------------------------- retrieval helpers


def test_memo_retriever_asks_once_per_situation() -> None:
    inner = CannedRetriever()
    memo = pg.MemoRetriever(inner, maxsize=2)
    s = situation()
    assert memo.retrieve(s, 4) == memo.retrieve(s, 4) == inner.retrieve(s, 4)
    assert len(inner.calls) == 2  # one through the memo, one direct
    memo.retrieve(situation(recipient_name="A"), 4)
    memo.retrieve(situation(recipient_name="B"), 4)
    memo.retrieve(s, 4)
    assert len(inner.calls) == 5  # evicted, asked again


def test_background_starts_once_and_hands_back_its_error() -> None:
    calls = []
    gate = threading.Event()

    def build() -> str:
        calls.append(1)
        gate.wait(5)
        return "ready"

    bg = pg.Background(build)
    assert not bg.started and not bg.ready
    bg.start().start()
    with pytest.raises(TimeoutError):
        bg.result(timeout=0.01)
    gate.set()
    assert bg.result(timeout=5) == "ready" and calls == [1]

    def boom() -> str:
        raise RuntimeError("store unreachable")

    failing = pg.Background(boom)
    with pytest.raises(RuntimeError, match="store unreachable"):
        failing.result(timeout=5)
    assert isinstance(failing.error, RuntimeError)
    assert pg.NoGuidance().retrieve(situation()) == []


# ---------------------------------------------------------------- batch: the CLI's engine and format


def _worker(data: dict) -> object:
    return draft(data, writer=BuiltinWriter(), retriever=CannedRetriever())


UPLOAD = "\n".join([
    json.dumps({"id": "a", **pg.situation_data(FORM)}),
    "{oops",
    json.dumps({"id": "b", **pg.situation_data({**FORM, "intent": "shorten", "duration_minutes": None})}),
    "",
    json.dumps({"id": 7, **pg.situation_data({**FORM, "language": "fr"})}),
]) + "\n"


def test_upload_runs_through_the_batch_engine_with_the_clis_output(tmp_path: Path) -> None:
    items = pg.read_upload("in.jsonl", UPLOAD.encode())
    result = pg.run_upload(items, _worker, concurrency=2)
    assert [(x.id, bool(x.error)) for x in result.lines] == [("a", False), ("2", True), ("b", True), ("7", False)]
    assert result.summary.ok == 2 and result.summary.failed == 2
    assert "line 2: malformed JSON" in result.lines[1].error
    # byte for byte what `tactful batch in.jsonl -o out.jsonl` (and `-o out.csv`) writes
    src = tmp_path / "in.jsonl"
    src.write_text(UPLOAD, encoding="utf-8")
    for ext, data in (("jsonl", result.jsonl()), ("csv", result.csv())):
        out = tmp_path / f"out.{ext}"
        ran = CliRunner().invoke(cli.app, ["batch", str(src), "-o", str(out)])
        assert ran.exit_code == 1, ran.output  # 1: some items failed, as here
        assert data == out.read_bytes()
    assert [r["id"] for r in pg.batch_table(result)] == ["a", "2", "b", "7"]


def test_upload_csv_and_errors_name_the_file() -> None:
    csv_text = ("id,language,intent,recipient_name,sender_name,meeting,meeting_time,proposed_times,tone,relationship,"
                "policy.fee_percent\n1,en,late_cancellation,Ann Lee,Tom Baker,the review,Monday at 9,Tuesday at 10|"
                "Wednesday at 11,formal,new,50\n")
    items = pg.read_upload("s.csv", csv_text.encode())
    assert items[0].data["proposed_times"] == ["Tuesday at 10", "Wednesday at 11"]
    assert items[0].data["policy"] == {"fee_percent": 50}
    with pytest.raises(FileInputError, match=r"^s\.jsonl: not UTF-8"):
        pg.read_upload("s.jsonl", '{"meeting": "café"}'.encode("latin-1"))
    with pytest.raises(FileInputError, match=r"^dupes\.jsonl: duplicate id"):
        pg.read_upload("dupes.jsonl", b'{"id": 1}\n{"id": 1}\n')
    with pytest.raises(FileInputError, match="unknown format 'txt'"):
        pg.read_upload("notes.txt", b"{}")
    with pytest.raises(FileInputError, match="empty"):
        pg.read_upload("../../etc/x.jsonl", b"  \n")


def test_sample_upload_drafts_cleanly() -> None:
    items = pg.read_upload("sample.jsonl", pg.sample_upload())
    result = pg.run_upload(items, _worker)
    assert len(result.lines) == 3 and not result.failed


def test_relationship_labels_cover_every_value() -> None:
    assert set(pg.RELATIONSHIP_LABELS) == set(Relationship)
    assert set(pg.INTENT_LABELS) == set(pg.INTENT_SHORT) == set(Intent)
