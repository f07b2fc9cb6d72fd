"""Writes the v3 client messages (evals/messages/v3/<lang>/NNN.txt|eml) and labels.jsonl from source/<lang>.py.

Usage (from the repository root):  python evals/messages/v3/source/build.py
Each source module has MESSAGES: a list of dicts with "file", "label" (every label key except file, split,
language) and either "text" (a pasted .txt) or "headers" + "body" (an .eml; optional "charset", "cte",
"html", "calendar"). .eml files are written with Python's email package (RFC 2047 names, fixed boundaries),
so the output is reproducible.
"""

from __future__ import annotations

import html
import importlib.util
import json
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path

SRC = Path(__file__).resolve().parent
ROOT = SRC.parent
LANGS = ("fr", "it", "nl", "sv", "en")
KEYS = ["recipient_name", "recipient_name_alternatives", "sender_name", "sender_name_alternatives", "meeting",
        "meeting_alternatives", "meeting_time", "meeting_time_iso", "proposed_times", "proposed_times_iso", "kind",
        "suggested_intents", "quoted_from", "quoted_until"]
TXT_REFERENCE = "2026-12-06"


def _addresses(value: str | list[tuple[str, str]]):
    pairs = [value] if isinstance(value, tuple) else value
    return [Address(display_name=name, addr_spec=addr) for name, addr in pairs]


def eml(spec: dict, boundary: str) -> bytes:
    h = spec["headers"]
    msg = EmailMessage(policy=policy.default)
    msg["From"] = _addresses(h["From"])
    msg["To"] = _addresses(h["To"])
    if "Cc" in h:
        msg["Cc"] = _addresses(h["Cc"])
    msg["Subject"] = h["Subject"]
    msg["Date"] = h["Date"]
    msg["Message-ID"] = h["Message-ID"]
    if "In-Reply-To" in h:
        msg["In-Reply-To"] = h["In-Reply-To"]
        msg["References"] = h.get("References", h["In-Reply-To"])
    body = spec["body"].lstrip("\n")
    msg.set_content(body, charset=spec.get("charset", "utf-8"), cte=spec.get("cte", "quoted-printable"))
    if spec.get("html"):
        paras = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
        msg.add_alternative(f"<html><body>{paras}</body></html>", subtype="html", charset="utf-8")
        msg.set_boundary(boundary + "alt")
    if spec.get("calendar"):
        if msg.is_multipart():
            raise ValueError("html and calendar together are not supported")
        msg.make_mixed()
        msg.add_attachment(spec["calendar"].lstrip("\n").replace("\n", "\r\n").encode("utf-8"), maintype="text",
                           subtype="calendar", filename="invite.ics", params={"method": "REQUEST"})
        msg.set_boundary(boundary + "mix")
    return msg.as_bytes(policy=policy.default)


def render(src: Path = SRC, split: str = "v3") -> tuple[dict[str, bytes], list[dict]]:
    """Every file's bytes (by path under the set's folder) and the label rows, without writing anything.

    `src` holds the <lang>.py sources and `split` names the set (labels, MIME boundaries); later sets reuse this.
    """
    files: dict[str, bytes] = {}
    rows = []
    for lang in LANGS:
        path = src / f"{lang}.py"
        if not path.exists():
            continue
        spec_ = importlib.util.spec_from_file_location(f"{split}src_{lang}", path)
        mod = importlib.util.module_from_spec(spec_)
        spec_.loader.exec_module(mod)  # type: ignore[union-attr]
        for m in mod.MESSAGES:
            name = f"{lang}/{m['file']}"
            if m["file"].endswith(".txt"):
                files[name] = m["text"].lstrip("\n").encode("utf-8")
                ref = TXT_REFERENCE
            else:
                files[name] = eml(m, f"=={split}-{lang}-{m['file'][:3]}==")
                ref = parsedate_to_datetime(m["headers"]["Date"]).isoformat()
            lab = m["label"]
            missing = [k for k in KEYS if k not in lab and not k.endswith("_alternatives") and not k.startswith("quoted")]
            if missing:
                raise SystemExit(f"{name}: label misses {missing}")
            row = {"file": name, "split": split, "language": lang, "date_reference": ref}
            row.update({k: lab.get(k, [] if k.endswith("_alternatives") else None) for k in KEYS})
            rows.append(row)
    return files, rows


def build(src: Path = SRC, root: Path = ROOT, split: str = "v3") -> list[dict]:
    files, rows = render(src, split)
    for name, data in files.items():
        (root / name).parent.mkdir(exist_ok=True)
        (root / name).write_bytes(data)
    (root / "labels.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                       encoding="utf-8")
    return rows


if __name__ == "__main__":
    print(f"wrote {len(build())} messages and labels.jsonl under evals/messages/v3/")
