"""Run every hostile input below through the real entry points and write docs/hostile-inputs.md from what they got.

    .venv/bin/python -m tests.hostile.table            # rewrites docs/hostile-inputs.md
    .venv/bin/python -m tests.hostile.table --check    # exit 1 if any row is a traceback, a leak or lost items

Surfaces: `tactful draft` flags, stdin and --json (the console script's `main`, in this process), `tactful batch` over
JSONL and CSV files, and the Python API (as_situation, draft, draft_many, load_items, run_batch). Guidance comes
from an empty retriever (retrieval plays no part in input handling); drafts from the built-in writer. The table
is generated, never hand-written: each outcome is what the code did on this run.
"""

from __future__ import annotations

import json
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "hostile-inputs.md"
BAD_OUT = ("\x1b", "\x07", "\x00", "\ud800")  # must never reach a terminal or an output file


class NoGuidance:
    def retrieve(self, situation: Any, k: int = 4) -> list[Any]:
        return []


def base(**extra: Any) -> dict[str, Any]:
    return {"language": "en", "intent": "reschedule", "recipient_name": "Ann Lee", "sender_name": "Tom Baker",
            "meeting": "the quarterly review", "meeting_time": "Monday at 10:00", "tone": "formal",
            "relationship": "key", **extra}


FLAGS = ["--language", "en", "--intent", "reschedule", "--recipient", "Ann Lee", "--sender", "Tom Baker",
         "--meeting", "the quarterly review", "--time", "Monday at 10:00", "--tone", "formal", "--relationship", "key"]

HOSTILE_TEXT: list[tuple[str, str]] = [
    ("CR LF and a Bcc: header", "review\r\nBcc: evil@example.com"),
    ("ESC ]0; terminal-title sequence", "\x1b]0;pwned\x07review"),
    ("ANSI colour escape", "\x1b[31mred\x1b[0m review"),
    ("NUL character", "re\x00view"),
    ("U+2028 line separator", "budget\u2028review"),
    ("U+0085 next line", "budget\x85review"),
    ("right-to-left override U+202E", "review\u202efdp.exe"),
    ("lone surrogate U+D800", "review\ud800"),
    ("1 MB of text", "x" * 1_000_000),
    ("spreadsheet formula =HYPERLINK(...)", '=HYPERLINK("http://evil","x")'),
    ("HTML <script>", "<script>alert(1)</script> review"),
    ("bell and backspace", "re\x07\x08view"),
]


@dataclass
class Row:
    surface: str
    case: str
    outcome: str
    verdict: str  # ok, or what went wrong


def short(text: str, n: int = 110) -> str:
    from composer.textsafe import one_line

    text = one_line(text).replace("|", "\\|")
    return text if len(text) <= n else text[: n - 3] + "..."


def judge(outcome_text: str, crashed: bool, extra_bad: str = "") -> str:
    if crashed:
        return "TRACEBACK"
    if any(c in outcome_text for c in BAD_OUT):
        return "control characters in output"
    return extra_bad or "ok"


def cli(args: list[str], stdin: str | None = None) -> tuple[str, str, bool]:
    """`tactful ARGS` through the console script's own `main` (its error handling included), in this process."""
    import contextlib
    import io

    from composer.cli import main

    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = io.StringIO(stdin or "")
    code, crashed, tb = 0, False, ""
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            main(args)
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException as e:  # noqa: BLE001 - a traceback is what the table reports
        crashed, tb = True, "".join(traceback.format_exception_only(e))
    finally:
        sys.stdin = saved
    said = err.getvalue()
    status = "TRACEBACK" if crashed else ("drafted" if code == 0 else f"exit {code}")
    if crashed:
        return status, tb, True
    first = next((ln for ln in said.splitlines() if ln.strip()), "") if code else out.getvalue().strip().split("\n")[0]
    return status, first + ("" if code else ""), "Traceback" in said or "Traceback" in out.getvalue()


def csv_formula(text: str) -> bool:
    import csv
    import io

    return any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for row in csv.reader(io.StringIO(text, newline="")) for cell in row)


def draft_flag_rows() -> list[Row]:
    rows = []
    for flag in ("--meeting", "--recipient", "--time", "--reason", "--propose"):
        for label, value in HOSTILE_TEXT:
            args = ["draft", *FLAGS]
            if flag in args:
                args[args.index(flag) + 1] = value
            else:
                args += [flag, value]
            status, msg, crashed = cli(args)
            rows.append(Row("draft flags", f"{flag} with {label}", short(f"{status}: {msg}"), judge(msg, crashed)))
    for flag, value in [("--duration", "1,000"), ("--duration", "-5"), ("--notice-hours", "nan"), ("--fee-percent", "inf"),
                        ("--fee-percent", "1e309"), ("--language", "x" * 100_000), ("--intent", "vanish"), ("--propose", "x" * 300)]:
        args = ["draft", *FLAGS, "--intent", "shorten" if flag == "--duration" else "late_cancellation", flag, value]
        status, msg, crashed = cli(args)
        rows.append(Row("draft flags", f"{flag} {short(value, 30)}", short(f"{status}: {msg}"), judge(msg, crashed)))
    return rows


def json_rows(tmp: Path) -> list[Row]:
    cases: list[tuple[str, str]] = [
        ("nested 100,000 deep", "[" * 100_000 + "]" * 100_000),
        ("object nested 30 deep", '{"a":' * 30 + "1" + "}" * 30),
        ("duplicate key meeting", json.dumps(base())[:-1] + ', "meeting": "other"}'),
        ("duration true", json.dumps(base(intent="shorten", duration_minutes=True))),
        ("fee NaN", json.dumps(base(intent="late_cancellation", policy={"fee_percent": float("nan")}))),
        ("notice Infinity", json.dumps(base(intent="late_cancellation")).replace("}", ', "policy": {"notice_hours": Infinity}}')),
        ("number 1e400", json.dumps(base(intent="shorten")).replace("}", ', "duration_minutes": 1e400}')),
        ("integer of 5,000 digits", json.dumps(base(intent="shorten")).replace("}", ', "duration_minutes": ' + "9" * 5000 + "}")),
        ("a JSON list", "[1, 2]"),
        ("a JSON string", '"hello"'),
        ("empty", ""),
        ("truncated object", '{"language": "en", "intent": '),
        ("escaped lone surrogate in meeting", json.dumps(base()).replace("quarterly", "quarterly\\ud800")),
        ("escaped NUL in recipient", json.dumps(base()).replace("Ann Lee", "Ann\\u0000Lee")),
        ("escaped ESC in sender", json.dumps(base()).replace("Tom Baker", "Tom\\u001b[2JBaker")),
        ("11 proposed times", json.dumps(base(proposed_times=["Mon"] * 11))),
        ("10 proposed times of 100 KB", json.dumps(base(proposed_times=["x" * 100_000] * 10))),
        ("proposed_times not a list", json.dumps(base(proposed_times={"a": 1}))),
        ("unknown field", json.dumps(base(colour="red"))),
        ("key with a newline", json.dumps({**base(), "evil\nkey": 1})),
        ("UTF-8 BOM first", "\ufeff" + json.dumps(base())),
    ]
    rows = []
    for label, text in cases:
        status, msg, crashed = cli(["draft"], stdin=text)
        rows.append(Row("stdin", label, short(f"{status}: {msg}"), judge(msg, crashed)))
    for label, text in cases[:10]:
        path = tmp / "s.json"
        path.write_text(text, encoding="utf-8")
        status, msg, crashed = cli(["draft", "--json", str(path)])
        rows.append(Row("--json FILE", label, short(f"{status}: {msg}"), judge(msg, crashed)))
    for label, raw in [("Latin-1 bytes", json.dumps(base(meeting="café")).encode("latin-1")),
                       ("UTF-16 with BOM", json.dumps(base()).encode("utf-16")), ("a directory", b"")]:
        path = tmp / "bytes.json"
        if label == "a directory":
            path = tmp
        else:
            path.write_bytes(raw)
        status, msg, crashed = cli(["draft", "--json", str(path)])
        rows.append(Row("--json FILE", label, short(f"{status}: {msg}"), judge(msg, crashed)))
    return rows


def batch_rows(tmp: Path) -> list[Row]:
    from composer.batch import read_output
    from composer.samples import make_situations

    good = make_situations(6, seed=2)
    jsonl_cases: list[tuple[str, list[str]]] = [
        ("U+2028 inside a value", [json.dumps({**good[1], "meeting": "a\u2028b"}, ensure_ascii=False)]),
        ("U+0085 inside a value", [json.dumps({**good[1], "meeting": "a\x85b"}, ensure_ascii=False)]),
        ("a line nested 100,000 deep", ["[" * 40_000 + "]" * 40_000]),
        ("a 200 KB line", [json.dumps({**good[1], "reason": "x" * 200_000})]),
        ("lone surrogate in the id", [json.dumps(good[1]).replace(good[1]["id"], "x\\ud800")]),
        ("lone surrogate in a field", [json.dumps(good[1]).replace('"meeting": "', '"meeting": "\\udfff')]),
        ("duplicate keys", [json.dumps(good[1])[:-1] + ', "tone": "friendly"}']),
        ("duration true", [json.dumps({**good[1], "intent": "shorten", "duration_minutes": True})]),
        ("NaN fee", [json.dumps({**good[1], "intent": "late_cancellation", "policy": {"fee_percent": float("nan")}})]),
        ("malformed JSON", ['{"id": "x", ']),
        ("a JSON list", ["[1,2,3]"]),
        ("id of 1 MB", [json.dumps({**good[1], "id": "i" * 1_000_000})]),
        ("id =HYPERLINK formula", [json.dumps({**good[1], "id": '=HYPERLINK("http://evil")'})]),
        ("meeting starting with =, + , -, @", [json.dumps({**good[1], "meeting": "=1+1"})]),
        ("ESC sequence in recipient", [json.dumps({**good[1], "recipient_name": "\x1b]0;pwned\x07Ann"})]),
        ("CRLF line endings", []),
        ("not UTF-8 on one line", []),
    ]
    rows = []
    for fmt_out in ("jsonl", "csv"):
        for label, middle in jsonl_cases:
            src = tmp / "in.jsonl"
            lines = [json.dumps(good[0], ensure_ascii=False), *middle, *(json.dumps(g, ensure_ascii=False) for g in good[2:4])]
            data = ("\n".join(lines) + "\n").encode("utf-8")
            if label == "CRLF line endings":
                data = data.replace(b"\n", b"\r\n")
            if label == "not UTF-8 on one line":
                data = data.replace(b"\n", b'\n{"id": "caf\xe9"}\n', 1)
            src.write_bytes(data)
            out = tmp / f"out.{fmt_out}"
            for p in tmp.glob("out.*"):
                p.unlink()
            status, msg, crashed = cli(["batch", str(src), "-o", str(out)])
            expect = 1 + len(middle) + 2 + (1 if label == "not UTF-8 on one line" else 0)
            got = list(read_output(out)) if out.exists() and not crashed else []
            text = out.read_text(encoding="utf-8", errors="replace") if out.exists() else ""
            lost = "" if len(got) == expect else f"{len(got)} records for {expect} items"
            formula = csv_formula(text) if fmt_out == "csv" else False
            errors = [r["error"] for r in got if r.get("error")]
            outcome = f"{status}: {len(got)} records, {len(errors)} errors" + (f"; {errors[0]}" if errors else "")
            verdict = judge(text + msg, crashed, lost or ("formula cell in CSV" if formula else ""))
            rows.append(Row(f"batch JSONL -> {fmt_out}", label, short(outcome), verdict))
    header = "id,language,intent,recipient_name,sender_name,meeting,meeting_time,tone,relationship,duration_minutes"
    okrow = "a,en,shorten,Ann,Tom,review,Monday,formal,key,30"
    csv_cases = [
        ("duration 1,000", 'b,en,shorten,Ann,Tom,review,Monday,formal,key,"1,000"'),
        ("duration 1e3", "b,en,shorten,Ann,Tom,review,Monday,formal,key,1e3"),
        ("duration NaN", "b,en,shorten,Ann,Tom,review,Monday,formal,key,NaN"),
        ("duration true", "b,en,shorten,Ann,Tom,review,Monday,formal,key,true"),
        ("too many cells", "b,en,shorten,Ann,Tom,review,Monday,formal,key,30,extra"),
        ("formula in meeting", 'b,en,shorten,Ann,Tom,"=cmd|\' /C calc\'!A0",Monday,formal,key,30'),
        ("quoted newline in meeting", 'b,en,shorten,Ann,Tom,"two\nlines",Monday,formal,key,30'),
        ("NUL in a cell", "b,en,shorten,An\x00n,Tom,review,Monday,formal,key,30"),
        ("a 200 KB cell", "b,en,shorten,Ann,Tom," + "x" * 200_000 + ",Monday,formal,key,30"),
        ("apostrophe-escaped formula id", "'=b,en,shorten,Ann,Tom,review,Monday,formal,key,30"),
        ("a quote left open", 'b,en,shorten,Ann,Tom,"never closed,Monday,formal,key,30'),
        ("text after a closing quote", 'b,en,shorten,Ann,Tom,"review"x,Monday,formal,key,30'),
        ("U+2028 in an unquoted cell", "b,en,shorten,Ann,Tom,re\u2028view,Monday,formal,key,30"),
        ("ESC in an unquoted cell", "b,en,shorten,\x1b[2JAnn,Tom,review,Monday,formal,key,30"),
    ]
    for label, row in csv_cases:
        src = tmp / "in.csv"
        src.write_text(f"{header}\n{okrow}\n{row}\nc,en,shorten,Ann,Tom,review,Monday,formal,key,45\n", encoding="utf-8")
        out = tmp / "out.csv"
        for p in tmp.glob("out.*"):
            p.unlink()
        status, msg, crashed = cli(["batch", str(src), "-o", str(out)])
        got = list(read_output(out)) if out.exists() and not crashed else []
        errors = [r["error"] for r in got if r.get("error")]
        lost = "" if len(got) == 3 else f"{len(got)} records for 3 items"
        text = out.read_text(encoding="utf-8") if out.exists() else ""
        rows.append(Row("batch CSV -> csv", label, short(f"{status}: {len(got)} records, {len(errors)} errors" + (f"; {errors[0]}" if errors else "")),
                        judge(text, crashed, lost or ("formula cell in CSV" if csv_formula(text) else ""))))
    for label, args in [("-o naming a directory", ["-o", str(tmp)]), ("-o without a suffix", ["-o", str(tmp / "results")]),
                        ("input is a directory", None), ("input missing", ["-o", str(tmp / "o.jsonl")])]:
        src = tmp / "in.csv"
        if label == "input is a directory":
            status, msg, crashed = cli(["batch", str(tmp), "-o", str(tmp / "o.jsonl")])
        elif label == "input missing":
            status, msg, crashed = cli(["batch", str(tmp / "nope.jsonl"), *args])
        else:
            status, msg, crashed = cli(["batch", str(src), *(args or [])])
        rows.append(Row("batch flags", label, short(f"{status}: {msg}"), judge(msg, crashed)))
    return rows


def api_rows(tmp: Path) -> list[Row]:
    from composer import api
    from composer.batch import load_items, read_output, run_batch
    from composer.errors import TactfulError

    def attempt(label: str, call: Callable[[], Any], check: Callable[[Any], str] = lambda r: "") -> Row:
        try:
            result = call()
        except TactfulError as e:
            return Row("Python API", label, short(f"{type(e).__name__}: {e}"), judge(str(e), False))
        except Exception as e:  # noqa: BLE001 - this is what the table is for
            return Row("Python API", label, short(f"{type(e).__name__}: {e}"), "TRACEBACK")
        problem = check(result)
        return Row("Python API", label, short(f"returned {type(result).__name__}" + (f": {problem}" if problem else "")), problem or "ok")

    deep: dict[str, Any] = {}
    cur = deep
    for _ in range(5000):
        cur["a"] = {}
        cur = cur["a"]
    items = [base(id="1"), "[" * 100_000 + "]" * 100_000, base(id="3", duration_minutes=True, intent="shorten"),
             {**base(id="4"), "policy": deep}, base(id="5\ud800"), base(id="6")]

    def many() -> Any:
        out = list(api.draft_many(items, retriever=NoGuidance()))
        return out

    def many_check(out: list[Any]) -> str:
        kinds = ["draft" if hasattr(o, "body") else "error" for o in out]
        return "" if len(out) == len(items) and kinds[0] == kinds[-1] == "draft" else f"{len(out)} results for {len(items)} items: {kinds}"

    rows = [
        attempt("as_situation(1 MB language)", lambda: api.as_situation(base(language="x" * 1_000_000))),
        attempt("as_situation(duration_minutes=True)", lambda: api.as_situation(base(intent="shorten", duration_minutes=True))),
        attempt("as_situation(JSON string nested 100,000 deep)", lambda: api.as_situation("[" * 100_000 + "]" * 100_000)),
        attempt("as_situation(policy nested 5,000 deep)", lambda: api.as_situation({**base(), "policy": deep})),
        attempt("as_situation(meeting with U+2028)", lambda: api.as_situation(base(meeting="a\u2028b"))),
        attempt("as_situation(recipient with ESC)", lambda: api.as_situation(base(recipient_name="\x1b[2JAnn"))),
        attempt("as_situation(id with a lone surrogate)", lambda: api.as_situation(base(id="x\ud800"))),
        attempt("as_situation(fee NaN)", lambda: api.as_situation(base(intent="late_cancellation", policy={"fee_percent": float("nan")}))),
        attempt("as_situation(not a mapping: 42)", lambda: api.as_situation(42)),  # type: ignore[arg-type]
        attempt("draft(..., k=-1)", lambda: api.draft(base(), retriever=NoGuidance(), k=-1)),
        attempt("draft_many(6 items, 4 hostile)", many, many_check),
        attempt("load_items(bytes of 100,000 '[')", lambda: load_items(b"[" * 100_000, "jsonl"),
                lambda r: "" if len(r) == 1 and r[0].error else "not one item error"),
        attempt("load_items(random bytes)", lambda: load_items(bytes(range(256)) * 4, "csv")),
        attempt("load_items([dict, 'str', {'id': [1]}])", lambda: load_items([base(id="a"), "str", {"id": [1]}]),  # type: ignore[list-item]
                lambda r: "" if [i.error is None for i in r] == [True, False, False] else "wrong items"),
    ]

    def batch_with_bad() -> Any:
        out = tmp / "api.csv"
        out.unlink(missing_ok=True)
        data = [base(id="=1+1"), base(id="b", meeting="\x1b[31m"), base(id="c\ud800"), base(id="d")]
        return run_batch(load_items(data), out, lambda d: api.draft(d, retriever=NoGuidance()), concurrency=2), out

    def batch_check(result: Any) -> str:
        summary, out = result
        got = list(read_output(out))
        if [r["id"] for r in got] != ["=1+1", "b", "2", "d"] and [r["id"] for r in got] != ["=1+1", "b", "3", "d"]:
            return f"ids {[r['id'] for r in got]}"
        return "formula cell in CSV" if csv_formula(out.read_text()) else ""

    rows.append(attempt("run_batch(items with formula id, ESC, surrogate id) -> CSV", batch_with_bad, batch_check))
    return rows


def render(rows: list[Row]) -> str:
    bad = [r for r in rows if r.verdict != "ok"]
    lines = [
        "# Hostile inputs and what they get",
        "",
        "Generated by `python -m tests.hostile.table` (do not edit by hand): each row was run through the real entry",
        "point on this checkout (the CLI through the console script's own `main`, batch files through `tactful batch`,",
        "the Python API directly) with the built-in writer and an empty retriever. *Verdict* is `ok` when there was no",
        "traceback, no control character reached the output, no item was lost or invented and no CSV cell can run as",
        "a formula.",
        "",
        f"**{len(rows)} inputs, {len(bad)} not ok.**",
        "",
        "| # | Surface | Input | What it got | Verdict |",
        "|---|---|---|---|---|",
    ]
    import html

    for i, r in enumerate(rows, start=1):  # escaped: user text in a doc is not HTML either
        lines.append(f"| {i} | {r.surface} | {html.escape(short(r.case, 60), quote=False)} | {html.escape(r.outcome, quote=False)} | {r.verdict} |")
    return "\n".join(lines) + "\n"


def collect() -> list[Row]:
    """Every row, offline (no endpoint even if one is configured), with the process left as it was found."""
    import os

    from composer import api

    saved_env = {k: os.environ.pop(k) for k in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "TACTFUL_CONFIG") if k in os.environ}
    saved_retriever = api.get_default_retriever
    api.get_default_retriever = lambda settings=None: NoGuidance()  # type: ignore[assignment]
    try:
        with tempfile.TemporaryDirectory() as d:
            tmp = Path(d)
            return [*draft_flag_rows(), *json_rows(tmp), *batch_rows(tmp), *api_rows(tmp)]
    finally:
        api.get_default_retriever = saved_retriever  # type: ignore[assignment]
        os.environ.update(saved_env)


def main() -> None:
    rows = collect()
    if "--check" not in sys.argv:
        DOC.parent.mkdir(exist_ok=True)
        DOC.write_text(render(rows), encoding="utf-8")
    bad = [r for r in rows if r.verdict != "ok"]
    print(f"{len(rows)} hostile inputs, {len(bad)} not ok" + (f" -> {DOC.relative_to(ROOT)}" if "--check" not in sys.argv else ""))
    for r in bad:
        print(f"  {r.surface} | {r.case[:60]!r} | {r.outcome} | {r.verdict}")
    sys.exit(1 if bad and "--check" in sys.argv else 0)


if __name__ == "__main__":
    main()
