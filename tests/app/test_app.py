"""The page through Streamlit's AppTest: the real app.py, the built-in writer, canned guidance (see conftest).

File uploads go through AppTest's own file_uploader support (Streamlit 1.67 has it), so the batch tab is
driven end to end here, bad line included.
"""

from __future__ import annotations

import json
import re
from email import message_from_bytes
from email.policy import default as default_policy
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from composer import api
from composer.ui import labels as lb
from composer.advice import intent_help
from composer.ui import downloads as dl
from composer.ui import form as fm
from composer.models import Draft, Intent, Language, Situation
from tests.app.conftest import APP

FACTS = {
    "recipient_name": "Margaret Hughes",
    "sender_name": "Tom Baker",
    "meeting": "the quarterly account review",
    "meeting_time": "Thursday 14 March at 10:00",
    "reason": "a clash with a board meeting",
}
TIMES = ["Tuesday 19 March at 14:00", "Wednesday 20 March at 9:30"]


def start() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=30).run()
    assert not at.exception, at.exception
    return at


def fill(at: AppTest, *, intent: str = "reschedule", times: list[str] = TIMES, **facts: str) -> AppTest:
    """Type a situation the way a person would: pick the intent, fill the boxes, add time rows."""
    at.selectbox(key="f_intent").set_value(intent).run()
    for name, value in {**FACTS, **facts}.items():
        at.text_input(key=f"f_{name}").input(value)
    at.run()
    for i, t in enumerate(times):
        if i > 0:
            at.button(key="b_add_time").click().run()
        rows = [w for w in at.text_input if str(w.key).startswith("f_time_")]
        rows[i].input(t)
    return at.run()


def plain(text: str) -> str:
    """Markdown source as the reader sees it: the page escapes user and model text (backslashes)."""
    return re.sub(r"\\(.)", r"\1", str(text))


def body(at: AppTest) -> str:
    return at.text_area(key="d_body").value


def all_text(at: AppTest) -> str:
    """Everything the page shows as text (markdown, captions, alerts, code, widget values)."""
    parts: list[str] = []
    for kind in ("markdown", "caption", "error", "warning", "info", "success", "code", "text", "title", "subheader"):
        parts += [plain(e.value) for e in getattr(at, kind)]
    parts += [str(e.value) for e in at.text_input] + [str(e.value) for e in at.text_area]
    return "\n".join(parts)


def keys(at: AppTest) -> set[str]:
    widgets = [*at.text_input, *at.number_input, *at.button, *at.selectbox, *at.text_area]
    return {str(w.key) for w in widgets if w.key}


# ---------------------------------------------------------------- drafting


def test_first_load_shows_the_form_and_the_builtin_writer() -> None:
    at = start()
    assert lb.BUILTIN_LABEL in [s.value for s in at.sidebar.success]
    assert {"f_recipient_name", "f_sender_name", "f_meeting", "f_meeting_time", "b_draft"} <= keys(at)
    assert sum(c.startswith(f":material/info: {intent_help(Intent.reschedule)}") for c in at.caption.values) == 1
    assert not at.error


def test_fill_in_and_draft_with_the_builtin_writer() -> None:
    at = fill(start())
    at.button(key="b_draft").click().run()
    assert not at.exception and not at.error
    text = body(at)
    for fact in (FACTS["recipient_name"], FACTS["meeting_time"], *TIMES):
        assert fact in text
    assert at.text_input(key="d_subject").value
    assert any(lb.BUILTIN_LABEL in plain(c.value) for c in at.caption), "the draft says which writer wrote it"
    shown = all_text(at)
    # the passages consulted, by readable name, the passage itself expandable
    labels = [plain(e.label) for e in at.expander]
    assert any(lab.startswith("Guidance consulted (") for lab in labels)
    assert any(lab.startswith("Tactful note (") for lab in labels) and not any(".txt" in lab for lab in labels)
    assert any("in another language" in lab for lab in labels)
    # tone and completeness, with their figures and what each measures
    assert "**Completeness** 100%" in shown and "**Tone**" in shown
    assert "Measures the facts and steps" in shown and "Measures courtesy checks" in shown
    assert len(at.session_state["history"]) == 1


def test_example_button_fills_a_complete_situation_that_drafts() -> None:
    at = start()
    at.button(key="b_example").click().run()
    assert at.text_input(key="f_recipient_name").value == fm.EXAMPLES[Language.en]["recipient_name"]
    at.button(key="b_draft").click().run()
    assert "Margaret Hughes" in body(at)


def test_the_draft_is_in_the_chosen_language_and_the_labels_stay_english() -> None:
    at = start()
    at.selectbox(key="f_language").set_value("fr").run()
    at.button(key="b_example").click().run()
    at.button(key="b_draft").click().run()
    assert "Claire Dubois" in body(at) and fm.example_values("fr")["meeting_time"] in body(at)
    assert at.button(key="b_draft").label == "Write the draft"


# ---------------------------------------------------------------- fields by intent, validation


@pytest.mark.parametrize(
    ("intent", "shown", "hidden"),
    [
        ("reschedule", {"times"}, {"f_duration_minutes", "f_colleague_name", "f_fee_percent"}),
        ("shorten", {"f_duration_minutes"}, {"times", "f_colleague_name", "f_fee_percent"}),
        ("delegate", {"f_colleague_name"}, {"times", "f_duration_minutes", "f_fee_percent"}),
        ("cancellation_policy", {"f_notice_hours", "f_fee_percent", "f_deposit_percent"}, {"times", "f_colleague_name"}),
        ("no_show_followup", {"times", "f_notice_hours"}, {"f_duration_minutes", "f_colleague_name"}),
        ("late_cancellation", {"times", "f_fee_percent"}, {"f_duration_minutes", "f_colleague_name"}),
        ("switch_to_call", {"times"}, {"f_duration_minutes", "f_colleague_name", "f_fee_percent"}),
        ("decline", {"times", "f_duration_minutes"}, {"f_colleague_name", "f_fee_percent"}),
    ],
)
def test_fields_appear_when_the_intent_needs_them(intent: str, shown: set[str], hidden: set[str]) -> None:
    at = start()
    at.selectbox(key="f_intent").set_value(intent).run()
    present = keys(at) | ({"times"} if any(k.startswith("f_time_") for k in keys(at)) else set())
    assert shown <= present
    assert not (hidden & present)
    assert intent_help(intent) in " ".join(at.caption.values)


def test_a_hidden_field_keeps_its_value_when_it_comes_back() -> None:
    at = start()
    at.selectbox(key="f_intent").set_value("shorten").run()
    at.number_input(key="f_duration_minutes").set_value(30).run()
    at.selectbox(key="f_intent").set_value("delegate").run()
    assert "f_duration_minutes" not in keys(at)
    at.selectbox(key="f_intent").set_value("shorten").run()
    assert at.number_input(key="f_duration_minutes").value == 30


def test_validation_error_is_shown_and_typed_values_survive() -> None:
    at = fill(start(), recipient_name="")
    at.button(key="b_draft").click().run()
    assert not at.exception
    errors = " ".join(e.value for e in at.error)
    assert "see the messages next to them" in errors and "recipient_name" not in errors
    assert "draft" not in at.session_state
    # the field says what to do in the page's own words, and nothing typed was lost
    assert any("Enter the client" in c for c in at.caption.values)
    assert at.text_input(key="f_recipient_name").label == "Recipient *"
    assert at.text_input(key="f_sender_name").value == FACTS["sender_name"]
    assert at.text_input(key="f_meeting_time").value == FACTS["meeting_time"]
    assert [w.value for w in at.text_input if str(w.key).startswith("f_time_")] == TIMES
    # fixing it clears the error and the draft comes
    at.text_input(key="f_recipient_name").input("Margaret Hughes").run()
    assert not at.error
    at.button(key="b_draft").click().run()
    assert "Margaret Hughes" in body(at)


def test_intent_requirement_is_a_sentence_next_to_the_field() -> None:
    at = fill(start(), intent="shorten", times=[])
    assert at.number_input(key="f_duration_minutes").label.endswith(" *")
    at.button(key="b_draft").click().run()
    shown = all_text(at)
    assert "Enter the shorter length in minutes" in shown
    assert "duration_minutes" not in shown and "field required" not in shown


# ---------------------------------------------------------------- the approach the guidance suggests


def test_key_client_without_reason_is_steered_to_a_shorter_meeting_or_a_call() -> None:
    at = fill(start(), intent="decline", reason="", times=[])
    at.segmented_control(key="f_relationship").set_value("key").run()
    shown = all_text(at)
    assert "rather than a bare no" in shown and "shorter meeting or a call" in shown
    assert "Article on declining or reducing client meetings (English)" in shown, "readable source names"
    assert ".txt" not in shown
    at.button(key="b_switch_shorten").click().run()
    assert at.selectbox(key="f_intent").value == "shorten"
    assert "f_duration_minutes" in keys(at)
    assert at.text_input(key="f_recipient_name").value == FACTS["recipient_name"]


# ---------------------------------------------------------------- refine, variants, take away, history


def drafted(**kw: Any) -> AppTest:
    at = fill(start(), **kw)
    at.button(key="b_draft").click().run()
    assert not at.exception and not at.error
    return at


def test_more_formal_goes_through_the_tone_control_then_shorter_keeps_it() -> None:
    friendly = fill(start())
    friendly.segmented_control(key="f_tone").set_value("friendly").run()
    friendly.button(key="b_draft").click().run()
    before = body(friendly)
    friendly.text_input(key="d_instruction").input("more formal")
    friendly.button(key="b_refine_free").click().run()
    assert not friendly.exception and not friendly.error
    assert friendly.segmented_control(key="f_tone").value == "formal", "the control and the draft agree"
    assert friendly.session_state["draft_situation"]["tone"] == "formal"
    formal = body(friendly)
    assert formal != before
    friendly.button(key="b_refine_shorter").click().run()
    assert len(body(friendly).split()) < len(formal.split())
    assert friendly.session_state["draft_situation"]["tone"] == "formal", "Shorter keeps the register"
    assert "Margaret Hughes" in body(friendly) and all(t in body(friendly) for t in TIMES)
    actions = [h["action"] for h in friendly.session_state["history"]]
    assert actions == ["refined: shorter", "drafted", "drafted"]


def test_free_instruction_the_builtin_writer_cannot_apply_says_so() -> None:
    at = drafted()
    before = body(at)
    at.text_input(key="d_instruction").input("mention the parking")
    at.button(key="b_refine_free").click().run()
    assert body(at) == before
    assert any("cannot apply" in w.value for w in at.warning)


def test_an_edited_draft_is_never_dropped() -> None:
    at = drafted()
    edited = body(at).replace("Kind regards", "Warm regards") + "\nP.S. parking is behind the building."
    at.text_area(key="d_body").input(edited).run()
    at.button(key="b_refine_shorter").click().run()
    assert not at.exception
    assert body(at) == edited, "the built-in writer cannot refine an edit: the edit stays"
    assert any("cannot refine a draft you edited" in w.value for w in at.warning)
    history = at.session_state["history"]
    assert history[0]["action"] == "edited by you" and history[0]["body"] == edited
    # writing the draft again keeps the edit as a version; Undo brings it back
    at.text_area(key="d_body").input(edited + "\nOne more line.").run()
    at.button(key="b_draft").click().run()
    assert "One more line." not in body(at)
    assert any(h["body"] == edited + "\nOne more line." for h in at.session_state["history"])
    at.button(key="b_undo").click().run()
    assert body(at) == edited + "\nOne more line."


def test_alternatives_differ_from_the_draft_and_the_panel_closes_after_use() -> None:
    at = drafted()
    current = body(at)
    at.button(key="b_variants").click().run()
    variants = at.session_state["variants"]
    assert len(variants) >= 2
    bodies = [Draft.model_validate(v["draft"]).body for v in variants]
    assert current not in bodies and len(set(bodies)) == len(bodies)
    assert all(v["label"] for v in variants) and all(any(ch for _, ch in v["lines"]) or v["label"].startswith("Leaves out") for v in variants)
    at.button(key="b_use_variant_1").click().run()
    assert body(at) == bodies[1]
    assert at.session_state["history"][0]["action"].startswith("alternative: ")
    assert not at.session_state["variants"] and not [b for b in at.button if str(b.key).startswith("b_use_variant_")]


def test_downloads_copy_and_history() -> None:
    at = drafted()
    labels = {b.label for b in at.get("download_button")}
    assert {".txt", ".eml"} <= labels
    d = Draft.model_validate(at.session_state["draft"])
    raw = dl.eml(d.subject, d.body, profile=dl.Profile(), to=None, tz=None)
    msg = message_from_bytes(raw, policy=default_policy)
    assert msg["Subject"] == d.subject
    assert msg.get_content_type() == "text/plain" and msg.get_content_charset() == "utf-8"
    assert msg.get_content().replace("\r\n", "\n").rstrip("\n") == d.body
    assert dl.plain_text(d.subject, d.body).startswith(f"Subject: {d.subject}\n\n")
    # history: a second draft, then restore the first
    first = body(at)
    at.text_input(key="f_recipient_name").input("Daniel O'Connor").run()
    assert at.button(key="b_update"), "a changed form marks the draft out of date"
    at.button(key="b_update").click().run()
    assert "Daniel O'Connor" in body(at)
    assert len(at.session_state["history"]) == 2
    at.button(key="b_restore_1").click().run()
    assert body(at) == first


def test_a_changed_form_marks_the_draft_out_of_date() -> None:
    at = drafted()
    assert not [b for b in at.button if b.key == "b_update"]
    at.selectbox(key="f_intent").set_value("switch_to_call").run()
    assert any("out of date" in w.value for w in at.warning)
    at.button(key="b_update").click().run()
    assert Draft.model_validate(at.session_state["draft"]).intent is Intent.switch_to_call
    assert not [b for b in at.button if b.key == "b_update"]


def test_a_cleared_number_never_reaches_the_draft() -> None:
    at = fill(start(), intent="shorten", times=[])
    at.number_input(key="f_duration_minutes").set_value(30).run()
    at.number_input(key="f_duration_minutes").set_value(None).run()
    at.button(key="b_draft").click().run()
    assert "draft" not in at.session_state
    at.number_input(key="f_duration_minutes").set_value(3).run()
    at.button(key="b_draft").click().run()
    assert " 3 " in body(at) or "3-minute" in body(at) or "3 min" in body(at)
    assert "30" not in body(at) and " 5 " not in body(at)


def test_the_profile_signs_and_addresses_the_eml() -> None:
    at = start()
    at.text_input(key="p_name").input("Tom Baker").run()
    assert at.text_input(key="f_sender_name").value == "Tom Baker"
    at.text_input(key="p_email").input("tom@example.com")
    at.text_input(key="p_title").input("Account manager").run()
    at = fill(at, recipient_name="Margaret Hughes <margaret@example.com>")
    at.button(key="b_draft").click().run()
    assert body(at).startswith("Dear Margaret Hughes") or "Margaret Hughes," in body(at)
    assert "<" not in body(at) and body(at).rstrip().endswith("Tom Baker\nAccount manager")
    assert at.session_state["draft_to"] == "margaret@example.com"


def test_your_name_follows_the_profile_until_the_user_types_another() -> None:
    at = start()
    at.text_input(key="p_name").input("Tom Baker").run()
    at.text_input(key="p_name").input("Thomas Baker").run()
    assert at.text_input(key="f_sender_name").value == "Thomas Baker", "a name the profile wrote follows the profile"
    at.text_input(key="f_sender_name").input("Tom B. for Baker & Co").run()
    at.text_input(key="p_name").input("T. Baker").run()
    assert at.text_input(key="f_sender_name").value == "Tom B. for Baker & Co", "the user's own name is never replaced"


def test_a_stale_your_name_from_the_browser_is_healed_on_the_next_run() -> None:
    """A cut-short run can leave the browser holding the old value; the next run puts the profile's name back."""
    at = start()
    at.text_input(key="p_name").input("Tom Baker").run()
    at.text_input(key="f_sender_name").input("").run()
    assert at.text_input(key="f_sender_name").value == "Tom Baker"


# ---------------------------------------------------------------- batch


def test_batch_upload_with_a_bad_line_reports_it_and_offers_downloads(canned_guidance: Any) -> None:
    good = {"id": "a", "language": "en", "intent": "reschedule", **FACTS, "proposed_times": TIMES,
            "tone": "formal", "relationship": "key"}
    invalid = {**good, "id": "b", "intent": "shorten"}  # no duration_minutes
    upload = "\n".join([json.dumps(good), "{not json", json.dumps(invalid), json.dumps({**good, "id": "c"})]) + "\n"
    at = start()
    at.session_state["main_tab"] = lb.TAB_BATCH  # what clicking the Batch tab does
    at.run()
    assert "f_recipient_name" not in keys(at), "only the open tab is built"
    at.file_uploader(key="b_upload").upload("situations.jsonl", upload.encode(), "application/x-ndjson").run()
    at.button(key="b_run_batch").click().run()
    assert not at.exception
    assert any("4 situations: 2 drafted, 2 failed" in w.value for w in at.warning)
    report = plain(" ".join(e.value for e in at.error))
    assert "- line 2: malformed JSON" in report
    assert "- b: duration_minutes is required" in report
    assert {"Results (.jsonl)", "Results (.csv)"} <= {b.label for b in at.get("download_button")}
    result: dl.BatchResult = at.session_state["batch_result"]
    lines = [json.loads(x) for x in result.jsonl().decode().splitlines()]
    assert [x["id"] for x in lines] == ["a", "2", "b", "c"]
    assert set(lines[0]) == {"id", "subject", "body", "language", "intent", "writer", "warnings", "error"}
    assert "Margaret Hughes" in lines[0]["body"] and lines[0]["writer"] == "builtin"
    assert result.csv().decode().splitlines()[0] == "id,subject,body,language,intent,writer,warnings,error"


def test_batch_upload_of_a_broken_file_is_one_clear_error() -> None:
    at = start()
    at.session_state["main_tab"] = lb.TAB_BATCH  # what clicking the Batch tab does
    at.run()
    assert "f_recipient_name" not in keys(at), "only the open tab is built"
    latin1 = '{"meeting": "café"}'.encode("latin-1")
    at.file_uploader(key="b_upload").upload("s.jsonl", latin1, "application/octet-stream").run()
    at.button(key="b_run_batch").click().run()
    assert not at.exception
    assert any("s.jsonl: not UTF-8" in plain(e.value) for e in at.error)


# ---------------------------------------------------------------- sidebar: endpoint, model, key


def test_api_key_is_kept_for_the_session_and_never_shown_back() -> None:
    secret = "sk-test-SECRET-0123456789abcdef"
    at = start()
    at.toggle(key="s_use_model").set_value(True).run()
    at.text_input(key="s_base_url").input("http://127.0.0.1:9/v1")
    at.text_input(key="s_model").input("my-model").run()
    at.text_input(key="s_key_input").input(secret)
    at.button[[b.label for b in at.button].index("Use this key")].click().run()
    assert not at.exception
    assert at.session_state["api_key"] == secret
    shown = all_text(at) + " ".join(str(w.value) for w in at.text_input)
    assert secret not in shown and secret[:8] not in shown and secret[-6:] not in shown
    assert "my-model at http://127.0.0.1:9/v1" in [plain(i.value) for i in at.sidebar.info]


def test_endpoint_down_is_a_clear_error_not_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TACTFUL_MAX_RETRIES", "0")
    monkeypatch.setenv("TACTFUL_TIMEOUT", "3")
    at = fill(start())
    at.toggle(key="s_use_model").set_value(True).run()
    at.text_input(key="s_base_url").input("http://127.0.0.1:9/v1").run()  # nothing listens on port 9
    at.text_input(key="s_key_input").input("sk-test-down-0123456789")
    at.button[[b.label for b in at.button].index("Use this key")].click().run()
    at.button(key="b_draft").click().run()
    assert not at.exception
    errors = " ".join(e.value for e in at.error)
    errors = plain(errors)
    assert "The model endpoint at http://127.0.0.1:9/v1 did not answer" in errors
    assert "TACTFUL_" not in errors and "OPENAI_" not in errors and "sidebar" in errors
    assert "sk-test-down" not in errors
    assert "draft" not in at.session_state


def test_switching_the_endpoint_off_goes_back_to_the_builtin_writer() -> None:
    at = start()
    at.toggle(key="s_use_model").set_value(True).run()
    at.text_input(key="s_base_url").input("http://127.0.0.1:9/v1").run()
    assert not at.sidebar.success
    at.toggle(key="s_use_model").set_value(False).run()
    assert lb.BUILTIN_LABEL in [s.value for s in at.sidebar.success]


def test_situation_is_the_one_the_form_describes() -> None:
    at = drafted()
    s = Situation.model_validate(at.session_state["draft_situation"])
    assert s.recipient_name == FACTS["recipient_name"] and s.proposed_times == TIMES
    assert s.duration_minutes is None and s.policy is None


# ---------------------------------------------------------------- a model over a local OpenAI-compatible server


def test_page_streams_the_models_draft_from_a_local_server(monkeypatch: pytest.MonkeyPatch) -> None:
    """OPENAI_BASE_URL/OPENAI_API_KEY set before the page starts: it streams from the server and shows the draft."""
    from tests.support.fake_openai import MODEL, FakeOpenAI

    with FakeOpenAI(chunk_delay=0.0) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", "test-key")
        monkeypatch.setenv("TACTFUL_MODEL", MODEL)
        monkeypatch.setenv("TACTFUL_TIMEOUT", "10")
        at = fill(start())
        assert f"{MODEL} at {server.base_url}" in [plain(i.value) for i in at.sidebar.info]
        at.button(key="b_draft").click().run()
        assert not at.exception and not at.error
        assert server.chat_requests and server.chat_requests[0].stream, "the first request streams"
        d = Draft.model_validate(at.session_state["draft"])
        assert d.writer == MODEL and d.usage is not None
        text = body(at)
        for fact in (FACTS["recipient_name"], FACTS["meeting_time"], *TIMES):
            assert fact in text
        assert any(f"{MODEL} at {server.base_url}" in plain(c.value) for c in at.caption)
        assert "test-key" not in all_text(at)
        # refining goes to the model too
        n = len(server.chat_requests)
        at.button(key="b_refine_shorter").click().run()
        assert not at.error and len(server.chat_requests) > n


def test_the_form_and_the_draft_survive_a_visit_to_the_batch_tab() -> None:
    at = drafted(intent="decline", times=TIMES[:1])
    at.segmented_control(key="f_relationship").set_value("key").run()
    before = body(at)
    at.session_state["main_tab"] = lb.TAB_BATCH
    at.run()
    at.session_state["main_tab"] = lb.TAB_DRAFT
    at.run()
    assert at.selectbox(key="f_intent").value == "decline"
    assert at.segmented_control(key="f_relationship").value == "key"
    assert at.text_input(key="f_meeting_time").value == FACTS["meeting_time"]
    assert [w.value for w in at.text_input if str(w.key).startswith("f_time_")] == TIMES[:1]
    assert body(at) == before


def test_guidance_that_cannot_load_is_said_and_the_draft_still_comes(monkeypatch: pytest.MonkeyPatch) -> None:
    from composer.errors import StoreError

    def broken(settings: object = None) -> object:
        raise StoreError("vector store at /nowhere: could not open the database")

    monkeypatch.setattr(api, "get_default_retriever", broken)
    at = fill(start())
    at.button(key="b_draft").click().run()
    assert not at.exception and not at.error
    assert "Margaret Hughes" in body(at)
    assert any("Guidance unavailable" in w.value for w in at.sidebar.warning)
    assert "No guidance passages were consulted for this draft." in at.caption.values


def test_reply_box_says_what_it_can_read_and_loses_nothing() -> None:
    at = start()
    at.text_input(key="f_meeting").input("the quarterly account review").run()
    at.text_area(key="r_text").input("Hello, could we move Thursday's review? Claire").run()
    at.button(key="b_reply").click().run()
    assert not at.exception
    assert at.text_input(key="f_meeting").value == "the quarterly account review", "nothing typed is lost"
    assert at.text_area(key="r_text").value.startswith("Hello"), "the pasted message stays in its box"
    assert any("not available in this version" in plain(c.value) or "Filled in" in plain(c.value) for c in at.caption)


MOVE_REQUEST = """Hi Tom,

Something came up on our side: could we move the quarterly account review? Would Friday 11 December at 14:00 work for you instead?

Thanks,
Margaret Hughes
"""


def test_a_reply_to_a_move_request_takes_their_time_and_changing_the_times_offers_ours() -> None:
    """The page answers the client's own move request as one: their time taken, no apology; edited times are a counter."""
    at = start()
    at.text_area(key="r_text").input(MOVE_REQUEST).run()
    at.button(key="b_reply").click().run()
    assert not at.exception
    at.selectbox(key="f_intent").set_value("reschedule").run()
    for name, value in (("sender_name", "Tom Baker"), ("meeting_time", "Thursday 10 December at 10:00")):
        if not at.text_input(key=f"f_{name}").value:  # what the message does not say, the user types
            at.text_input(key=f"f_{name}").input(value).run()
    assert any(lb.MOVE_NOTES["accept"] in plain(c.value) for c in at.caption)
    times = [w for w in at.text_input if str(w.key).startswith("f_time_")]
    assert [w.value for w in times] == ["Friday 11 December at 14:00"]
    at.button(key="b_draft").click().run()
    accepted = body(at)
    assert "The time you suggested, Friday 11 December at 14:00" in accepted and "sorry" not in accepted.lower()
    times[0].input("Monday 14 December at 9:30").run()
    assert any(lb.MOVE_NOTES["counter"] in plain(c.value) for c in at.caption)
    at.button(key="b_draft").click().run()
    countered = body(at)
    assert "not available at the time you suggested" in countered and "Monday 14 December at 9:30" in countered and "sorry" not in countered.lower()
