"""composer.ui and composer.advice: the page's decisions as pure functions, tested without Streamlit."""

from __future__ import annotations

import json
import threading
from datetime import date, datetime, timezone
from email import message_from_bytes
from email.policy import default as default_policy
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pydantic import SecretStr
from typer.testing import CliRunner

from composer import advice, cli
from composer.api import draft
from composer.config import get_settings
from composer.errors import EndpointError, FileInputError, InputError
from composer.evaluation import score
from composer.models import Intent, Language, Passage, Relationship, Situation, Strategy, Topic, required_fields
from composer.redact import DEFAULT_ENDPOINT
from composer.ui import downloads as dl
from composer.ui import form as fm
from composer.ui import history as hist
from composer.ui import labels as lb
from composer.ui import reply
from composer.ui import session as ss
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
    return Situation.model_validate({**fm.situation_fields(FORM), **kw})


def passage(*strategies: Strategy, source: str = "000.txt", origin: str = "article", **kw: object) -> Passage:
    return Passage(id=f"{source}#0", text="Advice.\n\nMore advice.", source=source, language=Language.en,
                   topic=Topic.avoidance, origin=origin, strategies=list(strategies), score=0.8, **kw)


# ---------------------------------------------------------------- the form


def test_situation_fields_drops_blanks_and_the_fields_this_intent_does_not_use() -> None:
    data = fm.situation_fields(FORM)
    assert data["recipient_name"] == "Margaret Hughes"
    assert "reason" not in data
    assert data["proposed_times"] == ["Tuesday 19 March at 14:00", "Wednesday 20 March at 9:30"]
    assert not {"duration_minutes", "colleague_name", "policy"} & set(data)


def test_situation_fields_nests_the_policy_with_whole_numbers_as_ints() -> None:
    data = fm.situation_fields({**FORM, "intent": "late_cancellation"})
    assert data["policy"] == {"notice_hours": 24, "fee_percent": 50}
    assert isinstance(data["policy"]["notice_hours"], int)
    assert fm.situation_fields({**FORM, "intent": "shorten"})["duration_minutes"] == 30
    assert fm.situation_fields({**FORM, "intent": "delegate"})["colleague_name"] == "Priya Shah"


@pytest.mark.parametrize("cleared", [None, 0, 0.0, "", True, float("nan")])
def test_a_cleared_or_zero_number_is_not_given(cleared: object) -> None:
    data = fm.situation_fields({**FORM, "intent": "shorten", "duration_minutes": cleared, "notice_hours": cleared})
    assert "duration_minutes" not in data
    check = fm.check_form({**FORM, "intent": "shorten", "duration_minutes": cleared})
    assert not check.ok and check.field_errors["duration_minutes"] == lb.MISSING["duration_minutes"]
    assert fm.situation_fields({**FORM, "intent": "shorten", "duration_minutes": 3})["duration_minutes"] == 3


@pytest.mark.parametrize("intent", list(Intent))
def test_fields_and_required_marks_come_from_the_one_table(intent: Intent) -> None:
    for name in fm.shown(intent):
        if name in lb.FIELD_LABELS and name not in fm.CHOICES:
            assert fm.label(name, intent).endswith(" *") == (name in required_fields(intent))


def test_errors_are_human_sentences_next_to_their_field() -> None:
    check = fm.check_form({**FORM, "recipient_name": " ", "intent": "shorten", "duration_minutes": None})
    assert not check.ok
    assert check.field_errors["recipient_name"] == "Enter the client's name."
    assert check.field_errors["duration_minutes"].startswith("Enter the shorter length")
    assert not any("_" in msg or "field required" in msg for msg in check.field_errors.values())
    long = fm.check_form({**FORM, "meeting": "x" * 400})
    assert long.field_errors == {"meeting": "Keep it to 300 characters or fewer."}
    ok = fm.check_form(FORM)
    assert ok.ok and ok.situation is not None and ok.situation.recipient_name == "Margaret Hughes"


def test_a_recipient_typed_with_an_address_is_split() -> None:
    check = fm.check_form({**FORM, "recipient_name": "Claire Dubois <claire@example.com>"})
    assert check.ok and check.situation is not None
    assert check.situation.recipient_name == "Claire Dubois" and check.to == "claire@example.com"
    typed = fm.check_form({**FORM, "recipient_email": "m.hughes@example.org"})
    assert typed.to == "m.hughes@example.org" and typed.situation.recipient_name == "Margaret Hughes"
    bad = fm.check_form({**FORM, "recipient_email": "not an address"})
    assert "recipient_email" in bad.field_errors and not bad.ok
    assert fm.split_recipient("Margaret Hughes") == ("Margaret Hughes", None)


def test_every_intent_has_a_one_line_explanation_without_field_names() -> None:
    for intent in Intent:
        text = advice.intent_help(intent)
        assert text and "\n" not in text and "_" not in text


@pytest.mark.parametrize("language", list(Language))
def test_examples_are_complete_situations_for_every_intent(language: Language) -> None:
    for intent in Intent:
        assert fm.check_form({**fm.example_values(language), "intent": intent.value, "tone": "formal",
                              "relationship": "regular"}).ok


# ---------------------------------------------------------------- advice


def test_key_client_and_no_reason_gets_a_shorter_meeting_or_a_call() -> None:
    s = situation(intent="decline", relationship="key", reason=None)
    sug = advice.suggest(s, [passage(Strategy.call, Strategy.weigh_relationship)])
    assert "rather than a bare no" in sug.headline and "shorter meeting or a call" in sug.headline
    assert sug.switch_to[:2] == [Intent.shorten, Intent.switch_to_call]
    assert sug.plan_note == "The draft will offer a short call instead of a bare no."
    assert advice.Advice("turn the meeting into a phone call", ["Article on declining or reducing client meetings (English)"]) in sug.advice


def test_advice_fits_the_chosen_intent() -> None:
    """Issue 18: a reschedule was told to "handle it by email" and "let a colleague take over"."""
    guidance = [passage(Strategy.email, Strategy.colleague, Strategy.reschedule, Strategy.weigh_relationship)]
    sug = advice.suggest(situation(intent="reschedule"), guidance)
    texts = [a.text for a in sug.advice]
    assert texts == ["weigh how important the client is", "offer a clear way to set a new time"]
    for intent in Intent:
        for a in advice.fitting_advice(intent, [passage(*Strategy)]):
            strategy = next(s for s, t in advice.STRATEGY_TEXT.items() if t == a.text)
            assert strategy in advice.FITS[intent]


def test_sources_have_readable_names() -> None:
    titles = advice.article_titles(Path(get_settings().corpus_dir))
    assert titles.get("000_c2c2ca0380bb3e56.txt", "").startswith("Modèle: comment refuser une réunion")
    p = Passage(id="x", text="t", source="000_c2c2ca0380bb3e56.txt", language=Language.fr, topic=Topic.avoidance)
    assert advice.source_name(p, titles).endswith("(French)") and ".txt" not in advice.source_name(p, titles)
    note = passage(source="notes/en.md", origin="note")
    assert advice.source_name(note) == "Tactful note (English)"
    unknown = passage(source="999_x.txt")
    assert advice.source_name(unknown, {}) == "Article on declining or reducing client meetings (English)"


def test_a_weak_reason_is_one_or_two_words() -> None:
    assert advice.weak_reason(None) and advice.weak_reason("busy") and advice.weak_reason("other plans")
    assert not advice.weak_reason("I have to be in Leeds that day")


def test_suggestions_never_cross_topics_or_repeat_the_current_intent() -> None:
    s = situation(intent="late_cancellation", policy={"fee_percent": 50})
    guidance = [passage(Strategy.call), passage(Strategy.policy, Strategy.reschedule, source="004.txt")]
    sug = advice.suggest(s, guidance)
    assert Intent.switch_to_call not in sug.switch_to and Intent.reschedule not in sug.switch_to
    assert Intent.cancellation_policy in sug.switch_to
    assert Intent.late_cancellation not in sug.switch_to


# ---------------------------------------------------------------- guidance, checks and alternatives as shown


def test_passage_rows_have_readable_sources_and_the_whole_passage() -> None:
    rows = ss.passage_rows(CannedRetriever().retrieve(situation()))
    assert all(".txt" not in r.source and ".md" not in r.source for r in rows)
    assert rows[1].source.startswith("Tactful note") and rows[2].marks == ["in another language"]
    assert rows[0].heading == "Turn the meeting into a phone call."


def test_score_icons_agree_with_the_items() -> None:
    s = situation()
    d = BuiltinWriter().write(s, [])
    broken = d.model_copy(update={"body": d.body.replace("Tuesday 19 March at 14:00", "soon")})
    for view in ss.score_views(score(s, broken)) + ss.score_views(score(s, d)):
        assert view.ok == (not view.failed)
        assert view.name in lb.SCORE_MEANING
    views = {v.name: v for v in ss.score_views(score(s, broken))}
    assert any("proposed_times" in f for f in views["Completeness"].failed)


def test_alternatives_leave_out_the_current_draft_and_say_what_changes() -> None:
    s = situation()
    current = BuiltinWriter().write(s, [])
    found = BuiltinWriter().variants(s, [], 4)
    alts = ss.alternatives(current, [current, *found])
    assert alts and all(a.draft.body != current.body for a in alts)
    assert len({a.draft.body for a in alts}) == len(alts)
    for a in alts:
        assert a.label and any(changed for _, changed in a.lines) or a.label.startswith(("Leaves out", "Reorders", "Another"))


def test_md_escape_leaves_no_markup() -> None:
    assert ss.md_escape("[x](javascript:alert(1)) <img src=x> :red[y] $x$") == (
        r"\[x\]\(javascript\:alert\(1\)\) \<img src\=x\> \:red\[y\] \$x\$")


# ---------------------------------------------------------------- taking it away


def test_eml_has_from_to_and_the_users_time_zone() -> None:
    profile = dl.Profile(name="Julien Moreau", email="julien@example.fr", title="Chef de projet")
    raw = dl.eml("Réunion : nouvel horaire", "Bonjour Claire,\n\nJulien", profile=profile, to="claire@example.com",
                 tz=ZoneInfo("Europe/Paris"), date=datetime(2025, 3, 14, 9, 0, tzinfo=timezone.utc))
    msg = message_from_bytes(raw, policy=default_policy)
    assert msg["From"] == "Julien Moreau <julien@example.fr>" and msg["To"] == "claire@example.com"
    assert msg["Date"] == "Fri, 14 Mar 2025 10:00:00 +0100"
    assert msg["Subject"] == "Réunion : nouvel horaire"


def test_eml_never_crashes_on_a_line_separator() -> None:
    raw = dl.eml("the review\u2028Bcc: x@evil.example", "Body\u2028more", profile=dl.Profile(), to=None, tz=None)
    msg = message_from_bytes(raw, policy=default_policy)
    assert "Bcc" not in msg and "\u2028" not in msg["Subject"]
    with pytest.raises(InputError):
        dl.eml("s", "b", profile=dl.Profile(email="not an address"), to=None, tz=None)


def test_signature_gets_the_profiles_title_and_company() -> None:
    p = dl.Profile(name="Tom Baker", title="Account manager", company="Baker & Co")
    assert dl.signed("Dear A,\n\nText.\n\nTom Baker", "Tom Baker", p).endswith("Tom Baker\nAccount manager\nBaker & Co")
    assert dl.signed("Dear A,\n\nText.", "Tom Baker", p) == "Dear A,\n\nText."


def test_text_download_and_file_names() -> None:
    assert dl.plain_text(" Hi ", "Body\n") == "Subject: Hi\n\nBody\n"
    assert dl.file_stem(Intent.no_show_followup, "Hélène Moreau-Castel") == "tactful-no-show-followup-helene-moreau-castel"
    assert dl.file_stem(None, None) == "tactful"


def test_history_keeps_every_version_newest_first() -> None:
    s = situation()
    d = BuiltinWriter().write(s, [])
    e = hist.entry(d, s, "drafted", when=datetime(2025, 1, 1, 9, 30, 5))
    assert (e["time"], e["action"], e["recipient"], e["intent"]) == ("09:30:05", "drafted", "Margaret Hughes", "reschedule")
    assert Situation.model_validate(e["situation"]) == s
    h = hist.push([], e)
    assert hist.push(h, dict(e)) == h
    edited = hist.edited(d, None, d.body + "\nP.S. my words")
    assert hist.is_edited(d, None, edited.body) and not hist.is_edited(d, d.subject, d.body)
    h2 = hist.push(h, hist.entry(edited, s, "edited by you"))
    assert h2[0]["body"].endswith("P.S. my words") and h2[1] is e
    many: list[dict] = []
    for i in range(60):
        many = hist.push(many, {**e, "body": str(i)})
    assert len(many) == hist.LIMIT and many[0]["body"] == "59"


def test_body_height() -> None:
    assert ss.body_height("") == 220 and ss.body_height("x\n" * 100) == 720


# ---------------------------------------------------------------- writer, settings, endpoint


def test_session_settings_and_labels_never_carry_the_key() -> None:
    base = get_settings()
    assert ss.writer_label(base) == lb.BUILTIN_LABEL
    on = ss.session_settings(base, use_model=True, base_url="http://user:pw@127.0.0.1:8000/v1", model="m",
                             api_key="sk-secret-123456")
    assert on.llm_configured and on.openai_api_key == SecretStr("sk-secret-123456")
    assert on.max_retries <= ss.PAGE_MAX_RETRIES
    assert ss.writer_label(on) == "m at http://127.0.0.1:8000/v1"
    off = ss.session_settings(on, use_model=False)
    assert not off.llm_configured and ss.writer_label(off) == lb.BUILTIN_LABEL
    assert ss.writer_label(ss.session_settings(base, use_model=True, api_key="k")) == f"{base.model} at {DEFAULT_ENDPOINT}"
    assert "sk-secret" not in ss.settings_key(on) and ss.settings_key(on) != ss.settings_key(off)


def test_endpoint_messages_name_no_environment_variable_and_no_key() -> None:
    settings = ss.session_settings(get_settings(), use_model=True, base_url="http://127.0.0.1:9/v1",
                                   api_key="sk-proj-abcdef0123456789XYZ")
    err = EndpointError("http://127.0.0.1:9/v1 rejected the request for model 'm' (Incorrect API key provided: "
                        "sk-proj-abcdef0123456789XYZ): check TACTFUL_MODEL and what the server supports")
    msg = ss.endpoint_message(err, settings)
    assert "TACTFUL_" not in msg and "OPENAI_" not in msg and "abcdef" not in msg
    assert "sidebar" in msg and "built-in writer" in msg


def test_an_unreachable_endpoint_is_found_without_waiting() -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert ss.unreachable(f"http://127.0.0.1:{port}/v1") is not None
    assert ss.unreachable("not a url") is not None


def test_a_builtin_writer_cannot_refine_an_edited_draft() -> None:
    assert not ss.can_refine_edited(BuiltinWriter())

    class Model:
        name = "m"
        capabilities = frozenset({"write", "refine", "refine_edited"})

    assert ss.can_refine_edited(Model())


def test_background_starts_once_and_hands_back_its_error() -> None:
    calls = []
    gate = threading.Event()

    def build() -> str:
        calls.append(1)
        gate.wait(5)
        return "ready"

    bg = ss.Background(build)
    assert not bg.ready
    bg.start().start()
    with pytest.raises(TimeoutError):
        bg.result(timeout=0.01)
    gate.set()
    assert bg.result(timeout=5) == "ready" and calls == [1]

    def boom() -> str:
        raise RuntimeError("store unreachable")

    failing = ss.Background(boom)
    with pytest.raises(RuntimeError, match="store unreachable"):
        failing.result(timeout=5)
    assert isinstance(failing.error, RuntimeError)


# ---------------------------------------------------------------- the reply box


def test_an_eml_gives_its_text_and_sender() -> None:
    raw = (b"From: Claire Dubois <claire@example.com>\r\nSubject: Re: review\r\nContent-Type: text/plain; charset=utf-8"
           b"\r\n\r\nCan we move Thursday?\r\n")
    m = reply.from_eml(raw)
    assert (m.sender_name, m.sender_email, m.subject) == ("Claire Dubois", "claire@example.com", "Re: review")
    assert "move Thursday" in m.text
    found = reply.extract(m)
    assert found.fields["recipient_name"].value == "Claire Dubois"
    assert found.fields["recipient_email"].value == "claire@example.com"


# ---------------------------------------------------------------- batch: the CLI's engine and format


def _worker(data: dict) -> object:
    return draft(data, writer=BuiltinWriter(), retriever=CannedRetriever())


UPLOAD = "\n".join([
    json.dumps({"id": "a", **fm.situation_fields(FORM)}),
    "{oops",
    json.dumps({"id": "b", **fm.situation_fields({**FORM, "intent": "shorten", "duration_minutes": None})}),
    "",
    json.dumps({"id": 7, **fm.situation_fields({**FORM, "language": "fr"})}),
]) + "\n"


def test_upload_runs_through_the_batch_engine_with_the_clis_output(tmp_path: Path) -> None:
    items = dl.read_upload("in.jsonl", UPLOAD.encode())
    result = dl.run_upload(items, draft, concurrency=2)  # the CLI's own path: built-in writer, real guidance
    assert [(x.id, bool(x.error)) for x in result.lines] == [("a", False), ("2", True), ("b", True), ("7", False)]
    assert result.summary.ok == 2 and result.summary.failed == 2
    assert "line 2: malformed JSON" in (result.lines[1].error or "")
    src = tmp_path / "in.jsonl"
    src.write_text(UPLOAD, encoding="utf-8")
    for ext, data in (("jsonl", result.jsonl()), ("csv", result.csv())):
        out = tmp_path / f"out.{ext}"
        ran = CliRunner().invoke(cli.app, ["batch", str(src), "-o", str(out)])
        assert ran.exit_code == 1, ran.output  # 1: some items failed, as here
        assert data == out.read_bytes()
    table = dl.batch_table(result)
    assert [r["id"] for r in table] == ["a", "2", "b", "7"] and "Margaret Hughes" in table[0]["body"]


def test_upload_without_tone_or_relationship_gets_the_forms_defaults() -> None:
    data = {k: v for k, v in fm.situation_fields(FORM).items() if k not in ("tone", "relationship")}
    items = dl.read_upload("in.jsonl", (json.dumps(data) + "\n").encode())
    assert items[0].data["tone"] == fm.DEFAULTS["tone"] and items[0].data["relationship"] == fm.DEFAULTS["relationship"]
    result = dl.run_upload(items, _worker)
    assert not result.failed


def test_upload_splits_jsonl_on_newlines_only() -> None:
    rows = [{"id": f"r{i}", **fm.situation_fields({**FORM, "meeting": f"the review\u2028part {i}\u0085x"})} for i in range(3)]
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    items = dl.read_upload("u.jsonl", text.encode())
    assert [it.id for it in items] == ["r0", "r1", "r2"] and not any(it.error for it in items)


def test_csv_download_neutralises_formulas() -> None:
    bad = {**fm.situation_fields(FORM), "id": "=HYPERLINK(\"http://x\")", "meeting": "+1 review"}
    result = dl.run_upload(dl.read_upload("f.jsonl", (json.dumps(bad) + "\n").encode()), _worker)
    import csv
    import io

    rows = list(csv.reader(io.StringIO(result.csv().decode())))[1:]
    assert rows and rows[0][0] == "'=HYPERLINK(\"http://x\")"
    for cell in (c for row in rows for c in row):
        assert not cell.startswith(("=", "+", "-", "@"))
    from composer.batch.io import csv_safe

    assert csv_safe("=1+1") == "'=1+1" and csv_safe("fine") == "fine"


def test_upload_errors_name_the_file() -> None:
    csv_text = ("id,language,intent,recipient_name,sender_name,meeting,meeting_time,proposed_times,tone,relationship,"
                "policy.fee_percent\n1,en,late_cancellation,Ann Lee,Tom Baker,the review,Monday at 9,Tuesday at 10|"
                "Wednesday at 11,formal,new,50\n")
    items = dl.read_upload("s.csv", csv_text.encode())
    assert items[0].data["proposed_times"] == ["Tuesday at 10", "Wednesday at 11"]
    assert items[0].data["policy"] == {"fee_percent": 50}
    with pytest.raises(FileInputError, match=r"^s\.jsonl: not UTF-8"):
        dl.read_upload("s.jsonl", '{"meeting": "café"}'.encode("latin-1"))
    with pytest.raises(FileInputError, match=r"^dupes\.jsonl: duplicate id"):
        dl.read_upload("dupes.jsonl", b'{"id": 1}\n{"id": 1}\n')
    with pytest.raises(FileInputError, match="unknown format 'txt'"):
        dl.read_upload("notes.txt", b"{}")
    with pytest.raises(FileInputError, match="empty"):
        dl.read_upload("../../etc/x.jsonl", b"  \n")


def test_sample_upload_drafts_cleanly() -> None:
    items = dl.read_upload("sample.jsonl", dl.sample_upload())
    result = dl.run_upload(items, _worker)
    assert len(result.lines) == 3 and not result.failed


def test_labels_cover_every_value() -> None:
    assert set(lb.RELATIONSHIP_LABELS) == set(Relationship)
    assert set(lb.INTENT_LABELS) == set(lb.INTENT_SHORT) == set(Intent)
    assert "more formal" not in lb.REFINEMENTS  # the register changes through the Tone control only


def test_composer_messages_extraction_maps_onto_the_form() -> None:
    """The Reply box's adapter over the real composer.messages: each value with its span and confidence."""
    text = ("Bonjour,\n\nPouvons-nous déplacer la revue trimestrielle de jeudi 14 mars à 10 h à mardi 19 mars à 14 h ?\n\n"
            "Cordialement,\nClaire Dubois")
    found = reply.extract(reply.pasted(text))
    assert reply.available()
    assert found.fields["language"].value == "fr" and found.fields["recipient_name"].value == "Claire Dubois"
    assert found.fields["meeting_time"].value == "jeudi 14 mars à 10 h" and found.fields["meeting_time"].span == "jeudi 14 mars à 10 h"
    assert found.fields["proposed_times"].value == ["mardi 19 mars à 14 h"]
    assert 0 < found.fields["recipient_name"].confidence <= 1
    assert "sender_name" not in found.fields  # nobody named the user: left for them to type, never guessed


@pytest.mark.parametrize("today", [date(2026, 12, 7), date(2027, 2, 25), date(2027, 3, 4), date(2028, 2, 27), date(2027, 12, 30)])
@pytest.mark.parametrize("language", ["en", "fr", "it", "nl", "sv"])
def test_the_example_is_dated_from_today_so_no_date_warning(language: str, today: date) -> None:
    """"Fill in an example" is the first thing a new user tries: its weekdays must match their dates, in the future."""
    from composer.facts.model import situation_warnings

    values = fm.example_values(language, today)
    s = Situation.model_validate(fm.situation_fields({**values, "intent": "reschedule", "tone": "formal", "relationship": "regular"}))
    assert situation_warnings(s, today=today) == []
    assert values["meeting_time"] != values["proposed_times"][0]
