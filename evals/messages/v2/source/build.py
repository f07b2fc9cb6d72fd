"""Write the v2 message files and labels.jsonl from the hand-written sources in this folder (adapted from ../../source/build.py).

Why a builder: the .eml files must be valid MIME with RFC 2047 encoded names, which is easiest
to guarantee by generating them with Python's email package; the texts and labels themselves are
written by hand in fr.py, it.py, nl.py, sv.py, en.py (one dict per message).

Run from the repository root:  python evals/messages/v2/source/build.py
"""

from __future__ import annotations

import importlib.util
import json
import sys
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LANGS = ["fr", "it", "nl", "sv", "en"]
TXT_REFERENCE = "2026-12-06"
LABEL_KEYS = [
    "recipient_name", "recipient_name_alternatives", "sender_name", "sender_name_alternatives",
    "meeting", "meeting_alternatives", "meeting_time", "meeting_time_iso",
    "proposed_times", "proposed_times_iso", "kind", "suggested_intents",
]
DEFAULTS = {
    "recipient_name_alternatives": [], "sender_name_alternatives": [], "meeting_alternatives": [],
    "meeting_time": None, "meeting_time_iso": None, "proposed_times": [], "proposed_times_iso": [],
    "sender_name": None, "recipient_name": None,
}


def _load(lang: str) -> list[dict]:
    spec = importlib.util.spec_from_file_location(f"src_{lang}", HERE / f"{lang}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.MESSAGES


def _addr(pair: tuple[str | None, str]) -> Address:
    name, spec = pair
    return Address(display_name=name or "", addr_spec=spec)


def _text(m: dict) -> str:
    body = m["body"].strip("\n") + "\n"
    if m.get("quote"):
        body += "\n" + m["quote"].strip("\n") + "\n"
    if m.get("quote_top"):  # bottom-posting: the quoted history comes first
        body = m["quote_top"].strip("\n") + "\n\n" + body
    return body


def _eml(lang: str, m: dict) -> bytes:
    msg = EmailMessage()
    msg["From"] = _addr(m["frm"])
    msg["To"] = [_addr(t) for t in (m["to"] if isinstance(m["to"], list) else [m["to"]])]
    if m.get("cc"):
        msg["Cc"] = [_addr(c) for c in m["cc"]]
    msg["Subject"] = m["subject"]
    msg["Date"] = m["date"]
    domain = m["frm"][1].split("@", 1)[1]
    msg["Message-ID"] = m.get("message_id") or f"<{lang}{m['id']}.{m['date'][-14:-6].replace(':', '')}@{domain}>"
    if m.get("in_reply_to"):
        msg["In-Reply-To"] = m["in_reply_to"]
        msg["References"] = " ".join(m.get("references") or [m["in_reply_to"]])
    msg["MIME-Version"] = "1.0"
    if m.get("x_mailer"):
        msg["X-Mailer"] = m["x_mailer"]
    msg.set_content(_text(m), charset=m.get("charset", "utf-8"), cte=m.get("cte"))
    if m.get("html"):
        from html import escape

        paragraphs = "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in _text(m).split("\n\n"))
        msg.add_alternative(f"<html><body>{paragraphs}</body></html>", subtype="html",
                            charset=m.get("charset", "utf-8"))
    if m.get("ics"):
        msg.add_attachment(m["ics"].encode("utf-8"), maintype="text", subtype="calendar",
                           filename="invite.ics", params={"method": "REQUEST"})
    if msg.is_multipart():
        msg.set_boundary(f"=_part_{lang}{m['id']}_{m['date'][-14:-6].replace(':', '')}")  # reproducible builds
    return msg.as_bytes(policy=policy.SMTP)


def main() -> int:
    rows = []
    for lang in LANGS:
        path = HERE / f"{lang}.py"
        if not path.exists():
            continue
        (ROOT / lang).mkdir(exist_ok=True)
        for m in _load(lang):
            name = f"{lang}/{m['id']}.{m['fmt']}"
            if m["fmt"] == "eml":
                (ROOT / name).write_bytes(_eml(lang, m))
                reference = parsedate_to_datetime(m["date"]).isoformat()
            else:
                (ROOT / name).write_text(_text(m), encoding="utf-8")
                reference = TXT_REFERENCE
            row = {"file": name, "split": m["split"], "language": lang, "date_reference": reference}
            for key in LABEL_KEYS:
                row[key] = m.get(key, DEFAULTS.get(key))
            quoted = m.get("quote") or m.get("quote_top")
            row["quoted_from"] = quoted.strip("\n").splitlines()[0] if quoted else None
            row["quoted_until"] = m["quote_top"].strip("\n").splitlines()[-1] if m.get("quote_top") else None
            rows.append(row)
    with open(ROOT / "labels.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
