"""The page in a real browser: `streamlit run` in a subprocess, Debian's chromium driven by Playwright.

Skipped, with the reason, when Playwright or chromium is missing (scripts/test installs Debian's chromium).
The served page is the unmodified app.py with the real store: a fresh index builds from the shipped passage
vectors in about a second (the suite's private TACTFUL_HOME starts empty). Every test asserts what a person
sees: text in the viewport, field values, the downloaded files parsed with `email` and `csv`.
"""

from __future__ import annotations

import csv
import io
import json
import re
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from email import message_from_bytes
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
SIZES = pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["1280", "390"])
TIMEOUT = 30_000

pytestmark = pytest.mark.browser


def _chromium() -> str | None:
    return shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def page_url(data_dir: Path) -> Iterator[str]:
    port = _free_port()
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
        "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",  # files edited meanwhile must not reload modules mid-run
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"streamlit exited with {proc.returncode}:\n{proc.stdout.read() if proc.stdout else ''}")
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("streamlit did not answer /_stcore/health within 60 s")
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
    exe = _chromium()
    if exe is None:
        pytest.skip("chromium is not installed: `apt-get install chromium` (scripts/test does it when run as root)")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def open_page(page_url: str, browser: Any) -> Iterator[Any]:
    """A fresh session in its own context (Paris time zone, clipboard allowed); opens the page at a size."""
    contexts: list[Any] = []

    def go(size: dict[str, int] = DESKTOP) -> Any:
        ctx = browser.new_context(viewport=size, timezone_id="Europe/Paris", accept_downloads=True,
                                  permissions=["clipboard-read", "clipboard-write"])
        contexts.append(ctx)
        page = ctx.new_page()
        page.set_default_timeout(TIMEOUT)
        page.goto(page_url)
        page.get_by_role("button", name="Write the draft").wait_for()
        return page

    yield go
    for ctx in contexts:
        ctx.close()


# ---------------------------------------------------------------- helpers: act and look as a person would


def box(page: Any, key: str, tag: str = "input") -> Any:
    return page.locator(f".st-key-{key} {tag}").first


def type_in(page: Any, key: str, value: str, tag: str = "input") -> None:
    field = box(page, key, tag)
    field.fill(value)
    field.press("Tab")
    page.wait_for_function(
        "([sel, v]) => { const e = document.querySelector(sel); return e && e.value === v; }",
        arg=[f".st-key-{key} {tag}", value],
    )
    settle(page)


def settle(page: Any) -> None:
    """Wait until Streamlit has finished the rerun the last action started."""
    page.wait_for_timeout(100)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"] [data-testid=\"stStatusWidgetRunningIcon\"]')"
                           " && !document.querySelector('[data-testid=\"stApp\"][data-test-script-state=\"running\"]')")


def click(page: Any, name: str, *, exact: bool = True) -> None:
    page.get_by_role("button", name=name, exact=exact).first.click()
    settle(page)


def body_value(page: Any) -> str:
    return box(page, "d_body", "textarea").input_value()


def fill_situation(page: Any, *, recipient: str = "Margaret Hughes", times: tuple[str, ...] = ("Tuesday 19 March at 14:00",)) -> None:
    type_in(page, "f_recipient_name", recipient)
    type_in(page, "f_sender_name", "Tom Baker")
    type_in(page, "f_meeting", "the quarterly account review")
    type_in(page, "f_meeting_time", "Thursday 14 March at 10:00")
    for i, t in enumerate(times):
        rows = page.locator("[class*='st-key-f_time_'] input")
        if i >= rows.count():
            click(page, "Add a time")
        type_in_locator(page, page.locator("[class*='st-key-f_time_'] input").nth(i), t)


def type_in_locator(page: Any, field: Any, value: str) -> None:
    field.fill(value)
    field.press("Tab")
    settle(page)


def write_draft(page: Any) -> str:
    before = body_value(page) if box(page, "d_body", "textarea").count() else None
    click(page, "Write the draft")
    page.wait_for_function(
        "(old) => { const e = document.querySelector('.st-key-d_body textarea'); return e && e.value && e.value !== old; }",
        arg=before or "",
    )
    settle(page)
    return body_value(page)


def in_view(page: Any, locator: Any) -> bool:
    """The element's top edge is inside the window (what the person sees without scrolling)."""
    rect = locator.evaluate("e => { const r = e.getBoundingClientRect(); return [r.top, r.bottom]; }")
    return -2 <= rect[0] < page.viewport_size["height"]


def wait_in_view(page: Any, locator: Any) -> None:
    handle = locator.element_handle()
    page.wait_for_function(
        "(e) => { const r = e.getBoundingClientRect(); return r.top >= -2 && r.top < window.innerHeight; }", arg=handle
    )


def pick(page: Any, key: str, option: str) -> None:
    page.locator(f".st-key-{key} input").first.click()
    page.get_by_role("option", name=option, exact=True).first.click()
    settle(page)


def visible_text(page: Any) -> str:
    return page.locator("[data-testid='stMain']").inner_text()


def download(page: Any, name: str) -> tuple[str, bytes]:
    with page.expect_download() as got:
        page.get_by_role("button", name=name, exact=True).first.click()
    return got.value.suggested_filename, Path(got.value.path()).read_bytes()


def _screenshot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name))


# ---------------------------------------------------------------- after drafting: in view, copy, download


@SIZES
def test_the_draft_is_in_view_with_copy_and_downloads(open_page: Any, size: dict[str, int]) -> None:
    page = open_page(size)
    assert page.get_by_text("Built-in writer (deterministic, offline)").count() >= 1
    fill_situation(page)
    assert page.get_by_text("Suggested approach").first.is_visible(), "before a draft the suggestion shows"
    text = write_draft(page)
    for fact in ("Margaret Hughes", "Thursday 14 March at 10:00", "Tuesday 19 March at 14:00", "Tom Baker"):
        assert fact in text
    heading = page.get_by_text("Your draft", exact=True)
    wait_in_view(page, heading)
    assert in_view(page, box(page, "d_subject"))
    copy = page.get_by_role("button", name="Copy email")
    assert copy.count() == 1, "one Copy email button"
    copy.scroll_into_view_if_needed()
    copy.click()
    page.get_by_text("Copied", exact=True).wait_for()
    subject = box(page, "d_subject").input_value()
    clip = page.evaluate("() => navigator.clipboard.readText()")
    assert clip == f"Subject: {subject}\n\n{text.strip()}\n"
    # the suggestion folds away once a draft exists
    assert page.locator(".st-key-suggestion_folded").count() == 1 and page.locator(".st-key-suggestion").count() == 0
    name, raw = download(page, ".eml")
    eml = message_from_bytes(raw, policy=default_policy)
    assert name == "tactful-reschedule-margaret-hughes.eml"
    assert eml["Subject"] == subject and eml.get_content_type() == "text/plain"
    assert "Tuesday 19 March at 14:00" in eml.get_content()
    _screenshot(page, f"page-draft-{size['width']}.png")


def test_profile_typed_in_one_go_still_fills_your_name(open_page: Any) -> None:
    """Three profile fields typed without waiting for the page: Streamlit merges the reruns, and "Your name" must still follow."""
    page = open_page(DESKTOP)
    for key, value in (("p_name", "Tom Baker"), ("p_email", "tom@example.com"), ("p_title", "Account manager")):
        field = box(page, key)
        field.fill(value)
        field.press("Tab")
    page.wait_for_function("() => document.querySelector('.st-key-f_sender_name input').value === 'Tom Baker'")
    settle(page)
    assert [box(page, k).input_value() for k in ("p_name", "p_email", "p_title")] == ["Tom Baker", "tom@example.com", "Account manager"]


def test_profile_recipient_address_and_time_zone_reach_the_eml(open_page: Any) -> None:
    page = open_page(DESKTOP)
    type_in(page, "p_name", "Tom Baker")
    type_in(page, "p_email", "tom@example.com")
    type_in(page, "p_title", "Account manager")
    page.wait_for_function("() => document.querySelector('.st-key-f_sender_name input').value === 'Tom Baker'")  # the profile fills Your name
    fill_situation(page, recipient="Margaret Hughes <margaret@example.com>")
    text = write_draft(page)
    assert text.startswith("Dear Margaret Hughes,") and "<" not in text and "example.com" not in text
    assert text.rstrip().endswith("Tom Baker\nAccount manager")
    name, raw = download(page, ".eml")
    eml = message_from_bytes(raw, policy=default_policy)
    assert name == "tactful-reschedule-margaret-hughes.eml"
    assert eml["From"] == "Tom Baker <tom@example.com>" and eml["To"] == "margaret@example.com"
    assert eml["Date"].endswith(("+0100", "+0200")), "the Date header is in the user's time zone (Paris)"


# ---------------------------------------------------------------- the user's text is sacred


@SIZES
def test_an_edit_is_never_lost(open_page: Any, size: dict[str, int]) -> None:
    page = open_page(size)
    fill_situation(page)
    text = write_draft(page)
    edited = text + "\nP.S. Parking is behind the building."
    type_in(page, "d_body", edited, "textarea")
    click(page, "Shorter")
    page.get_by_text("cannot refine a draft you edited").first.wait_for()
    assert body_value(page) == edited, "the built-in writer says what it cannot do and keeps the edit"
    click(page, "Write the draft")
    page.wait_for_function("() => !document.querySelector('.st-key-d_body textarea').value.includes('P.S. Parking')")
    assert page.get_by_text("Your edited version is kept").first.is_visible()
    click(page, "Undo")
    page.wait_for_function("() => document.querySelector('.st-key-d_body textarea').value.includes('P.S. Parking')")
    assert body_value(page) == edited
    page.get_by_text("This session's drafts").first.click()
    assert page.get_by_text("edited by you").first.is_visible()


def test_warmer_and_shorter_keep_the_formal_register(open_page: Any) -> None:
    page = open_page(DESKTOP)
    pick(page, "f_language", "French · français")
    click(page, "Fill in an example")
    page.locator(".st-key-f_relationship").get_by_text("Key client", exact=True).click()
    settle(page)
    before = write_draft(page)
    assert " vous" in before
    click(page, "Warmer")
    click(page, "Shorter")
    after = body_value(page)
    for informal in (" toi", " tu ", "Bien à toi", " te ", " t'"):
        assert informal not in after, informal
    assert " vous" in after
    tone = page.locator(".st-key-f_tone").inner_html()
    assert re.search(r'(aria-checked|aria-pressed|data-selected)="true"[^>]*>(?:<[^>]+>)*Formal', tone) or "Active" in tone


# ---------------------------------------------------------------- a changed form, errors, numbers


@SIZES
def test_a_changed_form_marks_the_draft_out_of_date(open_page: Any, size: dict[str, int]) -> None:
    page = open_page(size)
    fill_situation(page)
    write_draft(page)
    assert page.get_by_text("out of date").count() == 0
    type_in(page, "f_recipient_name", "Daniel O'Connor")
    page.get_by_text("out of date").first.wait_for()
    click(page, "Update the draft")
    page.wait_for_function("() => document.querySelector('.st-key-d_body textarea').value.includes(\"Daniel O'Connor\")")
    page.get_by_text("out of date").first.wait_for(state="detached")  # gone once the run that redrafted ends


@SIZES
def test_errors_are_sentences_next_to_their_fields(open_page: Any, size: dict[str, int]) -> None:
    page = open_page(size)
    page.get_by_text("Recipient *", exact=False).first.wait_for()  # required fields are marked (once the form is drawn)
    click(page, "Write the draft")
    msg = page.get_by_text("Enter the client's name.")
    msg.wait_for()
    wait_in_view(page, msg)  # the first field to fix is brought into view
    shown = visible_text(page)
    assert "field required" not in shown and "recipient_name" not in shown
    field_box = box(page, "f_recipient_name").bounding_box()
    msg_box = msg.bounding_box()
    assert 0 <= msg_box["y"] - (field_box["y"] + field_box["height"]) < 60, "the sentence sits under its field"
    _screenshot(page, f"page-error-{size['width']}.png")


def test_a_cleared_number_is_not_given_and_the_draft_says_what_the_field_shows(open_page: Any) -> None:
    page = open_page(PHONE)
    pick(page, "f_intent", "Make it shorter")
    fill_situation(page, times=())
    type_in(page, "f_duration_minutes", "30")
    type_in_locator(page, box(page, "f_duration_minutes"), "")
    assert box(page, "f_duration_minutes").input_value() in ("", "0"), "cleared: blank, or 0 at the minimum"
    click(page, "Write the draft")
    page.get_by_text("Enter the shorter length in minutes").first.wait_for()
    field = box(page, "f_duration_minutes")
    field.fill("3")  # and straight to the button, as people do: no Tab, no Enter
    text = write_draft(page)
    assert field.input_value() == "3"
    assert "3 minutes" in text or "3-minute" in text, text
    assert "30" not in text and " 5 minutes" not in text


# ---------------------------------------------------------------- advice, sources, scores, alternatives


def test_advice_fits_the_intent_and_sources_are_readable(open_page: Any) -> None:
    page = open_page(DESKTOP)
    fill_situation(page)
    suggestion = page.locator(".st-key-suggestion").first
    suggestion.wait_for()
    advice_text = suggestion.inner_text()
    assert "handle it by email" not in advice_text and "colleague take over" not in advice_text
    write_draft(page)
    page.get_by_text("Guidance consulted").first.click()
    shown = visible_text(page)
    assert not re.search(r"\d{3}_[0-9a-f]{16}\.txt|notes/\w+\.md", shown), "no raw file names"
    assert "(English)" in shown or "(French)" in shown
    passage = page.locator("[data-testid='stExpander'] [data-testid='stExpander'] summary").first
    passage.click()
    assert page.locator("[data-testid='stExpander'] [data-testid='stExpander'] [data-testid='stText']").first.is_visible()


def test_score_icons_agree_with_their_items_and_say_what_they_measure(open_page: Any) -> None:
    page = open_page(DESKTOP)
    fill_situation(page)
    write_draft(page)
    for name in ("Completeness", "Tone"):
        column = page.locator("[data-testid='stColumn']", has_text=f"{name} ").filter(has_text="Measures").last
        text = column.inner_text()
        assert "Measures" in text
        failed = text.count("close")
        assert ("check_circle" in text) == (failed == 0), text


@SIZES
def test_alternatives_differ_are_labelled_and_close_after_use(open_page: Any, size: dict[str, int]) -> None:
    page = open_page(size)
    fill_situation(page)
    current = write_draft(page)
    click(page, "Alternative drafts")
    panel = page.locator(".st-key-alt_panel")
    panel.wait_for()
    wait_in_view(page, panel)
    labels = panel.locator("strong").all_inner_texts()
    assert any(lab.split(". ", 1)[-1].startswith(("Adds", "Says instead", "Leaves out", "Another subject")) for lab in labels)
    assert panel.locator("span[style*='background'], [class*='background']").count() >= 1 or "background" in panel.inner_html()
    assert current.split("\n")[0] in panel.inner_text()  # same greeting, but never the same draft:
    page.get_by_role("button", name="Use this one").first.click()
    settle(page)
    assert page.locator(".st-key-alt_panel").count() == 0, "the panel closes after Use this one"
    assert body_value(page) != current


# ---------------------------------------------------------------- batch, endpoint


def test_batch_uses_the_forms_defaults_shows_bodies_and_neutralises_formulas(open_page: Any, tmp_path: Path) -> None:
    page = open_page(DESKTOP)
    page.get_by_role("tab", name="Batch").click()
    page.get_by_text("a line without tone is written formal", exact=False).wait_for()
    rows = [
        {"id": "=1+1", "language": "en", "intent": "reschedule", "recipient_name": "Ann Lee", "sender_name": "Tom Baker",
         "meeting": "the review, part two", "meeting_time": "Monday at 9", "proposed_times": ["Tuesday at 10"]},
        {"id": "b", "language": "fr", "intent": "decline", "recipient_name": "Claire Dubois", "sender_name": "Julien",
         "meeting": "la revue", "meeting_time": "lundi à 9 h"},
        # A line separator inside a one-line field is refused for that line alone, naming the field.
        {"id": "c", "language": "en", "intent": "decline", "recipient_name": "Ann Lee", "sender_name": "Tom Baker",
         "meeting": "the review\u2028Bcc: x@example.com", "meeting_time": "Monday at 9"},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    page.locator(".st-key-b_upload input[type=file]").set_input_files(str(src))
    settle(page)
    click(page, "Draft them all")
    page.get_by_text("3 situations: 2 drafted, 1 failed").wait_for()
    page.get_by_text("c: meeting: holds a line break", exact=False).first.wait_for()
    _, raw = download(page, "Results (.csv)")
    table = list(csv.reader(io.StringIO(raw.decode("utf-8"))))
    header, lines = table[0], table[1:]
    assert "body" in header and len(lines) == 3
    assert lines[0][0] == "'=1+1", "a formula-like cell is neutralised"
    assert "Ann Lee" in lines[0][header.index("body")]
    assert page.get_by_text("body", exact=True).count() >= 1 or "body" in page.content()


def test_an_unreachable_endpoint_fails_fast_with_advice_a_web_user_can_act_on(open_page: Any) -> None:
    page = open_page(DESKTOP)
    fill_situation(page)
    page.get_by_text("Use a model endpoint").click()
    settle(page)
    type_in(page, "s_base_url", f"http://127.0.0.1:{_free_port()}/v1")
    type_in(page, "s_key_input", "sk-test-unreachable-0123456789")
    click(page, "Use this key")
    click(page, "Write the draft")
    alert = page.get_by_text("did not answer").first
    alert.wait_for()
    shown = visible_text(page)
    assert "sidebar" in shown and "built-in writer" in shown
    assert "TACTFUL_" not in shown and "OPENAI_" not in shown and "sk-test-unreachable" not in shown


# ---------------------------------------------------------------- hostile text: nothing runs, nothing crashes

PAYLOADS = (
    '<img src=x onerror="window.__xss=1">',
    "<script>window.__xss=2</script>",
    '<iframe srcdoc="<script>parent.__xss=3</script>"></iframe>',
    "[click](javascript:window.__xss=4)",
)


def test_script_in_every_text_field_stays_inert(open_page: Any) -> None:
    page = open_page(DESKTOP)
    for key in ("p_name", "p_title", "p_company"):
        type_in(page, key, PAYLOADS[0] + " " + PAYLOADS[2])
    fill_situation(page, recipient=f"Margaret {PAYLOADS[0]}")
    type_in(page, "f_sender_name", f"Tom {PAYLOADS[1]}")
    type_in(page, "f_meeting", f"{PAYLOADS[2]} review")
    type_in(page, "f_meeting_time", f"Thursday {PAYLOADS[3]}")
    type_in(page, "f_reason", PAYLOADS[1])
    page.get_by_text("Reply to a message").click()
    type_in(page, "r_text", PAYLOADS[0] + PAYLOADS[2], "textarea")
    text = write_draft(page)
    assert "<script>" in text or "&lt;" not in text  # shown as typed, as text
    type_in(page, "d_instruction", PAYLOADS[0])
    click(page, "Apply")
    click(page, "Alternative drafts")
    page.get_by_text("This session's drafts").first.click()
    name, raw = download(page, ".eml")  # markup in every field must not break the download
    assert message_from_bytes(raw, policy=default_policy)["Subject"]
    page.wait_for_timeout(500)
    assert page.evaluate("() => window.__xss") is None
    assert page.locator("img[src='x'], iframe[srcdoc]").count() == 0
    assert "Something went wrong" not in visible_text(page)


# ---------------------------------------------------------------- reply to a message


def test_a_dropped_eml_fills_the_recipient(open_page: Any, tmp_path: Path) -> None:
    page = open_page(DESKTOP)
    src = tmp_path / "from-claire.eml"
    src.write_bytes(b"From: Claire Dubois <claire@example.com>\r\nSubject: Re: review\r\n"
                    b"Content-Type: text/plain; charset=utf-8\r\n\r\nCould we move Thursday's review?\r\n")
    page.get_by_text("Reply to a message").click()
    page.locator(".st-key-r_file input[type=file]").set_input_files(str(src))
    settle(page)
    click(page, "Fill the form from the message")
    page.wait_for_function("() => document.querySelector('.st-key-f_recipient_name input').value === 'Claire Dubois'")
    assert box(page, "f_recipient_email").input_value() == "claire@example.com"
    assert page.get_by_text("Filled in:").first.is_visible()
