"""`tactful extract` and `tactful reply` as a user runs them: the installed command, in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from email import policy
from email.parser import BytesParser
from pathlib import Path

from tests.unit.test_messages_extract import EML, FR_OUTLOOK, SV_CANCEL

TACTFUL = str(Path(sys.executable).with_name("tactful"))


def run(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([TACTFUL, *args], input=stdin, capture_output=True, env={**os.environ, **(env or {})}, timeout=300)


def test_extract_json_from_a_file(tmp_path: Path) -> None:
    f = tmp_path / "client.txt"
    f.write_text(SV_CANCEL, encoding="utf-8")
    r = run("extract", str(f), "--format", "json", "--today", "2024-03-13")  # the day before: late
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["language"] == "sv" and out["recipient_name"] == "Erik Lindqvist" and out["sender_name"] == "Anna"
    assert out["meeting_time"] == "torsdag kl. 12.15" and out["proposed_times"] == ["tisdag kl 10"]
    assert out["kind"] == "cancellation" and out["suggested_intents"][0] == "late_cancellation"
    assert out["missing"] == []
    ev = out["evidence"]["meeting_time"]
    assert SV_CANCEL[ev["start"]:ev["end"]] == ev["text"] == "torsdag kl. 12.15" and 0 < ev["confidence"] <= 1
    assert [e["text"] for e in out["evidence"]["proposed_times"]] == ["tisdag kl 10"]


def test_extract_eml_from_stdin_and_readable_text() -> None:
    r = run("extract", "-", "--format", "json", stdin=EML)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["recipient_name"] == "Françoise Lévêque" and out["evidence"]["recipient_name"]["source"] == "from"
    assert out["reply_to"]["message_id"] == "<abc123@client.fr>"
    t = run("extract", "-", stdin=FR_OUTLOOK.encode())
    assert t.returncode == 0 and "meeting_time: jeudi 14 mars à 14h30" in t.stdout.decode()


def test_reply_writes_a_threaded_eml(tmp_path: Path) -> None:
    src, out = tmp_path / "client.eml", tmp_path / "reply.eml"
    src.write_bytes(EML)
    env = {"TACTFUL_PROFILE_NAME": "Jérôme Martin", "TACTFUL_PROFILE_EMAIL": "jerome@firm.fr"}
    r = run("reply", str(src), "--intent", "reschedule", "--propose", "jeudi 14 mars à 9h", "--eml", str(out),
            "--format", "json", env=env)
    assert r.returncode == 0, r.stderr
    line = json.loads(r.stdout)
    assert line["subject"] == "RE : Report de notre réunion" and line["language"] == "fr"
    err = r.stderr.decode()
    assert "from the message: language, recipient_name, meeting, meeting_time" in err and "relationship=regular" in err
    assert "jeudi 14 mars à 9" in line["body"] and "Françoise" in line["body"]  # "9h" is written "9 h" in French prose
    msg = BytesParser(policy=policy.default).parsebytes(out.read_bytes())
    assert msg["In-Reply-To"] == "<abc123@client.fr>" and "<abc123@client.fr>" in msg["References"]
    assert msg["To"].addresses[0].addr_spec == "francoise@client.fr"
    assert msg["From"].addresses[0].display_name == "Jérôme Martin"


def test_reply_missing_fields_one_line_exit_2(tmp_path: Path) -> None:
    f = tmp_path / "short.txt"
    f.write_text("Sorry, I have to cancel.\n", encoding="utf-8")
    r = run("reply", str(f), "--intent", "late_cancellation")
    assert r.returncode == 2 and r.stdout == b""
    err = r.stderr.decode().strip()
    assert len(err.splitlines()) == 1
    for name in ("recipient_name", "sender_name", "meeting", "meeting_time"):
        assert name in err
    assert "--time" in err and "Traceback" not in err


def test_extract_missing_file_is_one_line() -> None:
    r = run("extract", "/nonexistent/client.eml")
    assert r.returncode == 1 and len(r.stderr.decode().strip().splitlines()) == 1 and b"no such file" in r.stderr


def test_a_reply_whose_client_address_cannot_be_used_says_so(tmp_path: Path) -> None:
    """A From name that smuggles a line break (header injection) is refused, and the user is told To: is empty."""
    src, out = tmp_path / "client.eml", tmp_path / "reply.eml"
    src.write_bytes(EML.replace(b"=?utf-8?q?Fran=C3=A7oise_L=C3=A9v=C3=AAque?=", b"=?UTF-8?Q?Ann_Lee=0D=0ABcc:_victim@evil.example?="))
    r = run("reply", str(src), "--intent", "reschedule", "--propose", "jeudi 14 mars à 9h", "--eml", str(out), "--format", "json")
    assert r.returncode == 0, r.stderr
    msg = BytesParser(policy=policy.default).parsebytes(out.read_bytes())
    assert msg["Bcc"] is None and b"victim@evil" not in out.read_bytes()
    err = r.stderr.decode()
    assert msg["To"] is None and "warning: the reply has no To:" in err and "type the client's address" in err
    assert msg["In-Reply-To"] == "<abc123@client.fr>"  # the thread is kept
