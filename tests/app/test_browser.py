"""The page in a real browser: `streamlit run` in a subprocess, Debian's chromium driven by Playwright.

Skipped, with the reason, when Playwright or chromium is missing (scripts/test installs Debian's chromium).
The served page is the unmodified app.py with the real store: a fresh index builds from the shipped passage
vectors in about a second (the suite's private TACTFUL_HOME starts empty).
"""

from __future__ import annotations

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

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]

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
        deadline = time.monotonic() + 30
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
                pytest.fail("streamlit did not answer /_stcore/health within 30 s")
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
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
    exe = _chromium()
    if exe is None:
        pytest.skip("chromium is not installed: `apt-get install chromium` (scripts/test does it when run as root)")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        yield b
        b.close()


def _screenshot(page: object, name: str) -> None:
    """The whole page: Streamlit scrolls inside its main block, so grow the viewport to the content first."""
    ARTIFACTS.mkdir(exist_ok=True)
    height = page.evaluate(  # type: ignore[attr-defined]
        "() => document.querySelector('[data-testid=\"stMain\"]')?.scrollHeight || 0"
    )
    width = page.viewport_size["width"]  # type: ignore[attr-defined]
    page.set_viewport_size({"width": width, "height": max(int(height), 600)})  # type: ignore[attr-defined]
    page.wait_for_timeout(300)  # type: ignore[attr-defined]
    page.screenshot(path=str(ARTIFACTS / name))  # type: ignore[attr-defined]


def test_fill_the_form_and_get_a_draft_in_a_real_browser(page_url: str, browser: object) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 1000})  # type: ignore[attr-defined]
    page.set_default_timeout(20_000)
    page.goto(page_url)
    page.get_by_role("button", name="Write the draft").wait_for()
    assert page.get_by_text("Built-in writer (deterministic, offline)").first.is_visible()

    def type_in(label: str, value: str) -> None:
        box = page.locator(f'input[aria-label="{label}"]')
        box.fill(value)
        box.press("Tab")

    type_in("Recipient", "Margaret Hughes")
    type_in("Your name", "Tom Baker")
    type_in("Meeting", "the quarterly account review")
    type_in("When it is", "Thursday 14 March at 10:00")
    type_in("Time 1", "Tuesday 19 March at 14:00")
    page.get_by_role("button", name="Write the draft").click()

    body = page.locator('textarea[aria-label="Body"]')
    body.wait_for()
    page.wait_for_function(
        "() => document.querySelector('textarea[aria-label=\"Body\"]').value.includes('Tuesday 19 March at 14:00')"
    )
    text = body.input_value()
    for fact in ("Margaret Hughes", "Thursday 14 March at 10:00", "Tuesday 19 March at 14:00", "Tom Baker"):
        assert fact in text
    assert page.get_by_text("Suggested approach").is_visible()
    subject = page.locator('input[aria-label="Subject"]').input_value()
    with page.expect_download() as got:
        page.get_by_role("button", name=".eml").click()
    eml = message_from_bytes(Path(got.value.path()).read_bytes(), policy=default_policy)
    assert got.value.suggested_filename == "tactful-reschedule-margaret-hughes.eml"
    assert eml["Subject"] == subject and eml.get_content_type() == "text/plain"
    assert "Tuesday 19 March at 14:00" in eml.get_content()
    _screenshot(page, "page-draft.png")
    page.close()


def test_a_validation_error_shows_in_the_browser(page_url: str, browser: object) -> None:
    page = browser.new_page(viewport={"width": 390, "height": 844})  # type: ignore[attr-defined]
    page.set_default_timeout(20_000)
    page.goto(page_url)
    page.get_by_role("button", name="Write the draft").click()
    page.get_by_text("recipient_name: field required").first.wait_for()
    _screenshot(page, "page-error-phone.png")
    page.close()
