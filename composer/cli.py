"""The `tactful` command: parses, calls the Python API, prints. Errors become one readable line."""

from __future__ import annotations

import functools
import inspect
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from composer.config import Settings, get_settings
from composer.textsafe import terminal_safe
from composer.errors import FileInputError, InputError, SettingsError, TactfulError
from composer.models import BatchLine, Draft, Intent, Language, Relationship, Tone

app = typer.Typer(
    name="tactful",
    help="Draft tactful messages that decline, shorten, move or re-route client meetings.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)



# Options several commands share, declared once.
FormatOpt = Annotated[str, typer.Option("--format", help="text or json")]
ModelOpt = Annotated[str | None, typer.Option(help="Override TACTFUL_MODEL.")]
BaseUrlOpt = Annotated[str | None, typer.Option(help="Override OPENAI_BASE_URL.")]

# The situation flags, shared by `draft` and `reply` (turned into a situation dict by _situation_from_flags).
LanguageOpt = Annotated[Language | None, typer.Option(help="fr, it, nl, sv or en")]
IntentOpt = Annotated[Intent | None, typer.Option(help="What the message does.")]
RecipientOpt = Annotated[str | None, typer.Option("--recipient", help="recipient_name")]
SenderOpt = Annotated[str | None, typer.Option("--sender", help="sender_name")]
MeetingOpt = Annotated[str | None, typer.Option(help="What the meeting is about.")]
TimeOpt = Annotated[str | None, typer.Option("--time", help="meeting_time, kept verbatim")]
ReasonOpt = Annotated[str | None, typer.Option()]
ProposeOpt = Annotated[list[str] | None, typer.Option("--propose", help="A proposed time (repeat for several).")]
DurationOpt = Annotated[int | None, typer.Option("--duration", help="duration_minutes")]
ColleagueOpt = Annotated[str | None, typer.Option("--colleague", help="colleague_name")]
NoticeOpt = Annotated[float | None, typer.Option()]
FeeOpt = Annotated[float | None, typer.Option()]
DepositOpt = Annotated[float | None, typer.Option()]
ToneOpt = Annotated[Tone | None, typer.Option()]
RelationshipOpt = Annotated[Relationship | None, typer.Option()]
IdOpt = Annotated[str | None, typer.Option("--id")]

# The situation's fields as flags: declared once, added to every command that takes them (draft, reply).
_SITUATION_FLAGS: dict[str, tuple[str, Any]] = {  # parameter -> (situation field, its option)
    "language": ("language", LanguageOpt),
    "recipient": ("recipient_name", RecipientOpt),
    "sender": ("sender_name", SenderOpt),
    "meeting": ("meeting", MeetingOpt),
    "time": ("meeting_time", TimeOpt),
    "reason": ("reason", ReasonOpt),
    "propose": ("proposed_times", ProposeOpt),
    "duration": ("duration_minutes", DurationOpt),
    "colleague": ("colleague_name", ColleagueOpt),
    "notice_hours": ("notice_hours", NoticeOpt),
    "fee_percent": ("fee_percent", FeeOpt),
    "deposit_percent": ("deposit_percent", DepositOpt),
    "tone": ("tone", ToneOpt),
    "relationship": ("relationship", RelationshipOpt),
}


_LEADING = ("message", "json_file", "intent")


def _situation_flags(command: Callable[..., None]) -> Callable[..., None]:
    """Give a command the situation flags; it receives them as `fields` (situation field -> value given or None).

    Typer reads a command's signature, so the shared options are spliced into it after the command's own
    required parameters: one list of flags, one mapping to fields, for every command that drafts.
    """
    sig = inspect.signature(command, eval_str=True)
    own = [p for p in sig.parameters.values() if p.name != "fields"]
    shared = [
        inspect.Parameter(name, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=None, annotation=option)
        for name, (_, option) in _SITUATION_FLAGS.items()
    ]
    lead = next((i for i, p in enumerate(own) if p.name not in _LEADING), len(own))  # what to draft, then the facts

    @functools.wraps(command)
    def with_fields(**kwargs: Any) -> None:
        fields = {field: kwargs.pop(name) for name, (field, _) in _SITUATION_FLAGS.items()}
        return command(fields=fields, **kwargs)

    params = [*own[:lead], *shared, *own[lead:]]
    with_fields.__signature__ = sig.replace(parameters=params)  # type: ignore[attr-defined]
    with_fields.__annotations__ = {p.name: p.annotation for p in params} | {"return": None}
    return with_fields


# Which flag gives which situation field (for "missing: ..." messages).
FIELD_FLAGS = {
    "language": "--language", "recipient_name": "--recipient", "sender_name": "--sender", "meeting": "--meeting",
    "meeting_time": "--time", "proposed_times": "--propose", "duration_minutes": "--duration",
    "colleague_name": "--colleague", "policy": "--notice-hours/--fee-percent/--deposit-percent", "tone": "--tone",
    "relationship": "--relationship",
}


def _settings(model: str | None = None, base_url: str | None = None) -> Settings:
    return get_settings(model=model, openai_base_url=base_url)


def _err(message: str) -> None:
    """One message on stderr, with no control character a terminal would act on."""
    typer.echo(terminal_safe(message), err=True)


def _out(text: str = "", *, nl: bool = True) -> None:
    """Text for the terminal: user text may hold escape sequences or stray line separators; they go."""
    typer.echo(terminal_safe(text), nl=nl)


def _json_line(data: object) -> str:
    """One JSON line; U+2028/U+2029 escaped so no reader splits it."""
    return json.dumps(data, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


# ---------------------------------------------------------------- index


@app.command()
def index() -> None:
    """Build or update the guidance index (idempotent: re-running adds nothing)."""
    from composer.retrieval import build_index

    settings = get_settings()
    report = build_index(settings)
    where = settings.chroma_url or str(settings.store_path)
    _out(f"index: {report.summary()} ({where})" if hasattr(report, "summary") else f"index: {report} ({where})")


# ---------------------------------------------------------------- draft


def _situation_from_flags(**flags: Any) -> dict[str, Any]:
    policy = {
        k: flags.pop(k)
        for k in ("notice_hours", "fee_percent", "deposit_percent")
        if flags.get(k) is not None
    }
    for k in ("notice_hours", "fee_percent", "deposit_percent"):
        flags.pop(k, None)
    data = {k: (v.value if hasattr(v, "value") else v) for k, v in flags.items() if v not in (None, [], ())}
    if policy:
        data["policy"] = policy
    return data


def _read_situation_json(path: Path | None) -> dict[str, Any]:
    if path is not None:
        from composer.batch import read_text

        text = read_text(path)
        where = str(path)
    else:
        text = sys.stdin.read()
        where = "stdin"
        if not text.strip():
            raise FileInputError("stdin: empty input (give flags, --json FILE, or a JSON object on stdin)")
    from composer import jsonsafe

    try:
        data = jsonsafe.loads(text)  # depth-limited, duplicate keys and NaN refused
    except FileInputError as e:
        raise FileInputError(f"{where}: {e}") from e
    if not isinstance(data, dict):
        raise FileInputError(f"{where}: expected one JSON object (a situation), got {type(data).__name__}")
    return data


def _load_situation(json_file: Path | None, flags: dict[str, Any]) -> Any:
    """The situation from --json FILE or stdin, with any flags on top; or from the flags alone."""
    from composer.api import as_situation

    if json_file is not None or (not flags and not sys.stdin.isatty()):
        data = _read_situation_json(json_file)
        data.update(flags)  # flags override the file
    elif not flags:
        raise InputError("no situation given: use flags (see --help), --json FILE, or pipe a JSON object on stdin")
    else:
        data = flags
    return as_situation(data)


def _print_text(draft: Draft, settings: Settings) -> None:
    _out(f"Subject: {draft.subject}\n")
    _out(draft.body)
    _out("\n---")
    _print_footer(draft, settings)


def _print_footer(draft: Draft, settings: Settings) -> None:
    """What every printed draft ends with: who wrote it, the guidance it used, its cost, its warnings."""
    from composer.writers.builtin import BUILTIN_LABEL

    writer = f"{BUILTIN_LABEL}: no LLM endpoint configured" if draft.writer == "builtin" else f"{draft.writer} at {settings.openai_base_url or 'api.openai.com'}"
    _out(f"Writer: {writer}")
    if draft.guidance:
        from composer.advice import article_titles, source_name

        titles = article_titles(settings.corpus_dir)
        _out("Guidance consulted:")
        for p in draft.guidance:
            other = ", another language" if p.cross_language else ""
            head = " ".join((p.heading or p.text.split("\n", 1)[0]).split())
            head = head if len(head) <= 72 else head[:71].rsplit(" ", 1)[0] + "…"
            _out(f"  - {source_name(p, titles)}{other}: {head}")
    if draft.usage is not None and draft.writer != "builtin":
        u = draft.usage
        _out(f"Usage: {u.total_tokens} tokens, {u.latency_ms:.0f} ms, {u.attempts} attempt(s)")
    for w in draft.warnings:
        _err(f"warning: {w}")


@app.command()
@_situation_flags
def draft(
    json_file: Annotated[Path | None, typer.Option("--json", help="Read the situation from a JSON file.")] = None,
    intent: IntentOpt = None,
    id: IdOpt = None,
    fmt: FormatOpt = "text",
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    stream: Annotated[bool, typer.Option(help="Print the draft as it is written.")] = False,
    today: Annotated[str | None, typer.Option("--today", help="Reference date for reading times, YYYY-MM-DD (default: today; env TACTFUL_TODAY).")] = None,
    ics: Annotated[Path | None, typer.Option("--ics", help="Write a calendar hold (.ics) per proposed time with a full date and time into DIR.")] = None,
    *,
    fields: dict[str, Any],
) -> None:
    """Draft one message from flags, from --json FILE, or from a JSON object on stdin."""
    from composer.api import draft as make_draft

    _check_format(fmt)
    flags = _situation_from_flags(id=id, intent=intent, **fields)
    situation = _load_situation(json_file, flags)
    settings = _settings(model, base_url)
    if today is not None:
        settings = settings.model_copy(update={"today": _iso_date(today)})
    if ics is not None:
        _write_holds(situation, ics, settings)
    if stream and fmt == "text":
        from composer.api import stream_draft  # type: ignore[attr-defined]

        streaming = stream_draft(situation, settings=settings)
        for chunk in streaming:
            _out(chunk, nl=False)
        _out("")
        result = streaming.draft
        if streaming.repaired:
            # the guard replaced what was streamed: the final draft is what counts, so show it whole
            _out("\n=== Final draft (the streamed text above was replaced) ===")
            _print_text(result, settings)
            return
        # the body was streamed as written; the subject and the label come once the draft is complete
        _out("\n---")
        _out(f"Subject: {result.subject}")
        _print_footer(result, settings)
        return
    result = make_draft(situation, settings=settings)
    if fmt == "json":
        line = BatchLine.from_draft(situation.id or "1", result)
        typer.echo(_json_line(line.model_dump()))
    else:
        _print_text(result, settings)


def _iso_date(text: str):  # type: ignore[no-untyped-def]
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError as e:
        raise InputError(f"--today: {text!r} is not a date; use YYYY-MM-DD", field="today") from e


def _write_holds(situation: Any, directory: Path, settings: Settings) -> None:
    """One .ics per proposed time that parses to a full date and time; says which were skipped."""
    from composer.calendar import holds

    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise FileInputError(f"--ics: cannot create {directory}: {e.strerror}") from e
    made = holds(situation, today=settings.today)
    for h in made:
        path = directory / h.filename
        n = 2
        while path.exists() and path.read_bytes() != h.ics:  # another hold already there: keep it, write beside it
            path = directory / f"{h.filename.removesuffix('.ics')}-{n}.ics"
            n += 1
        path.write_bytes(h.ics)
        _err(f"calendar hold: {path} ({h.text})")
    skipped = [t for i, t in enumerate(situation.proposed_times) if i not in {h.index for h in made}]
    for t in skipped:
        _err(f"no calendar hold for {t!r}: it does not state one clear date and time")


def _check_format(fmt: str) -> None:
    if fmt not in ("text", "json"):
        raise InputError(f"--format: {fmt!r} is not allowed (allowed: text, json)")


def _emit(drafts: list[Draft], fmt: str, settings: Settings, situation_id: str | None) -> None:
    for i, d in enumerate(drafts, start=1):
        if fmt == "json":
            typer.echo(_json_line(BatchLine.from_draft(situation_id or str(i), d).model_dump()))
            continue
        if len(drafts) > 1:
            _out(f"=== Variant {i}/{len(drafts)}")
        _print_text(d, settings)
        _out("")


def _situation_and_settings(json_file: Path | None, fmt: str, model: str | None, base_url: str | None) -> tuple[Any, Settings]:
    """What variants and refine start from: a checked output format, the situation (--json or stdin), the settings."""
    _check_format(fmt)
    return _load_situation(json_file, {}), _settings(model, base_url)


@app.command()
def variants(
    json_file: Annotated[Path | None, typer.Option("--json", help="The situation as a JSON file (else stdin).")] = None,
    n: Annotated[int, typer.Option("--n", min=1, max=10, help="How many different drafts.")] = 3,
    fmt: FormatOpt = "text",
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
) -> None:
    """Alternative drafts that take different approaches from the guidance."""
    from composer.api import variants as make_variants

    situation, settings = _situation_and_settings(json_file, fmt, model, base_url)
    _emit(make_variants(situation, n=n, settings=settings), fmt, settings, situation.id)


@app.command()
def refine(
    draft_file: Annotated[Path, typer.Option("--draft", help="The draft: a JSON object with subject and body (a batch output line works).")],
    instruction: Annotated[str, typer.Option("--instruction", "-i", help="shorter, warmer, more formal, or your own words")],
    json_file: Annotated[Path | None, typer.Option("--json", help="The situation it was drafted for (else stdin).")] = None,
    fmt: FormatOpt = "text",
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
) -> None:
    """Revise a draft as asked, keeping every fact of the situation."""
    from composer.api import refine as make_refined

    situation, settings = _situation_and_settings(json_file, fmt, model, base_url)
    raw = _read_situation_json(draft_file)
    try:
        previous = Draft.model_validate({"language": situation.language, "intent": situation.intent, "writer": "builtin",
                                         **{k: v for k, v in raw.items() if k in ("subject", "body", "writer")}})
    except ValueError as e:
        raise FileInputError(f"{draft_file}: not a draft (needs subject and body)") from e
    _emit([make_refined(previous, instruction, situation=situation, settings=settings)], fmt, settings, situation.id)


# ---------------------------------------------------------------- a client's message


MessageArg = Annotated[str, typer.Argument(help="The client's message: a .txt or .eml file, or - for stdin.")]
TodayOpt = Annotated[str | None, typer.Option("--today", help="Reference date YYYY-MM-DD for 'tomorrow' etc. when the message has no Date header.")]


def _today(value: str | None) -> Any:
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise InputError(f"--today: {value!r} is not a date (YYYY-MM-DD)") from e


@app.command()
def extract(
    message: MessageArg,
    fmt: FormatOpt = "text",
    today: TodayOpt = None,
    llm: Annotated[bool | None, typer.Option("--llm/--no-llm", help="Ask the configured LLM too (default: when one is configured).")] = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
) -> None:
    """What a client's message says: the situation fields found, with the span each was read from."""
    from composer.messages.answer import load_message
    from composer.messages.llm import extract_message
    from composer.messages.render import as_json, as_text

    _check_format(fmt)
    msg = load_message(message)
    found = extract_message(msg, settings=_settings(model, base_url), today=_today(today), use_llm=llm)
    if fmt == "json":
        typer.echo(_json_line(as_json(found)))
    else:
        _out(as_text(found))


@app.command()
@_situation_flags
def reply(
    message: MessageArg,
    intent: Annotated[Intent, typer.Option(help="What the reply does.")],
    eml: Annotated[Path | None, typer.Option("--eml", help="Also write the reply as an .eml in the client's thread.")] = None,
    today: TodayOpt = None,
    llm: Annotated[bool | None, typer.Option("--llm/--no-llm", help="Ask the configured LLM to help extract (default: when configured).")] = None,
    fmt: FormatOpt = "text",
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    *,
    fields: dict[str, Any],
) -> None:
    """Draft the answer to a client's message, in its language; flags add or override fields."""
    from composer.messages.answer import MissingFields, answer, eml_bytes, load_message
    from composer.messages.llm import extract_message

    _check_format(fmt)
    flags = _situation_from_flags(**fields)
    if eml is not None and not eml.parent.is_dir():
        raise InputError(f"--eml: {eml.parent} is not a directory")
    settings = _settings(model, base_url)
    msg = load_message(message)
    found = extract_message(msg, settings=settings, today=_today(today), use_llm=llm)
    try:
        result = answer(msg, flags, intent=intent, settings=settings, extraction=found, flags=FIELD_FLAGS)
    except MissingFields as e:
        _err(f"tactful: {e}")
        raise typer.Exit(2)
    if fmt == "json":  # shown first: a failing --eml path never loses the draft
        typer.echo(_json_line(BatchLine.from_draft("1", result.draft).model_dump()))
    else:
        _print_text(result.draft, settings)
    _err(f"tactful: {result.summary()}")
    for w in found.warnings:
        _err(f"warning: {w}")
    if eml is not None:
        eml.write_bytes(eml_bytes(result, msg, settings))
        _err(f"tactful: wrote {eml}")
        from composer.messages.reply import reply_to

        _, why = reply_to(msg.headers)
        if why:
            _err(f"warning: {why}")


# ---------------------------------------------------------------- batch


@app.command()
def batch(
    input: Annotated[Path, typer.Argument(help="Situations, one per line (.jsonl) or per row (.csv).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Where results go (.jsonl or .csv).")],
    resume: Annotated[bool, typer.Option(help="Continue an interrupted run: skip ids already in OUTPUT.")] = False,
    ordered: Annotated[bool, typer.Option("--ordered/--unordered", help="Output in input order (default) or as finished.")] = True,
    concurrency: Annotated[int | None, typer.Option(min=1, max=512, help="Items drafted at once.")] = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    rpm: Annotated[int | None, typer.Option(min=1, help="Requests per minute the endpoint allows (override TACTFUL_RPM).")] = None,
    tpm: Annotated[int | None, typer.Option(min=1, help="Tokens per minute the endpoint allows (override TACTFUL_TPM).")] = None,
    provider_batch: Annotated[bool, typer.Option("--provider-batch", help="Use the provider's Batch API: about half the price, results within 24 h.")] = False,
    wait: Annotated[bool, typer.Option("--wait/--no-wait", help="With --provider-batch: wait for the results, or submit and return (collect later with --resume).")] = True,
    poll_interval: Annotated[float, typer.Option(min=0.0, help="With --provider-batch: seconds between the first status checks; later ones back off (x1.5, up to 5 min).")] = 10.0,
    today: Annotated[str | None, typer.Option("--today", help="Reference date for reading times, YYYY-MM-DD (default: today; env TACTFUL_TODAY).")] = None,
) -> None:
    """Draft every situation in a file; bad lines get an error, nothing is dropped or duplicated."""
    import signal
    import threading

    from composer.batch import detect_format, load_items, run_batch
    from composer.retrieval.cache import batch_retriever
    from composer.service import Tactful, default_retriever

    settings = get_settings(model=model, openai_base_url=base_url, rpm=rpm, tpm=tpm)
    if today is not None:
        settings = settings.model_copy(update={"today": _iso_date(today)})
    items = load_items(input)
    out_fmt = detect_format(output)
    if provider_batch and not settings.llm_configured:
        raise InputError("--provider-batch needs an LLM endpoint: set OPENAI_API_KEY (and OPENAI_BASE_URL for another provider)")
    if concurrency is None:
        concurrency = settings.concurrency if settings.llm_configured else 2
    retriever = batch_retriever(default_retriever(settings), workers=concurrency)
    # SIGTERM stops like Ctrl-C: what is written stays, and --resume finishes the rest.
    main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, signal.default_int_handler) if main_thread else None
    try:
        if provider_batch:
            summary = _provider_batch(items, input, output, settings, retriever, resume=resume, ordered=ordered, wait=wait, poll_interval=poll_interval)
            if summary is None:
                return
        else:
            service = Tactful(settings, retriever=retriever)

            def worker(data: dict[str, Any]) -> Draft:
                return service.draft(data)

            limiter = service.limiter
            progress = _progress_bar(len(items))
            try:
                summary = run_batch(
                    items, output, worker, fmt=out_fmt, resume=resume, ordered=ordered, concurrency=concurrency,
                    on_progress=progress, limiter=limiter, source=str(input),
                )
            finally:
                if progress is not None:
                    progress.stop()  # type: ignore[attr-defined]
    except KeyboardInterrupt:
        _err(f"tactful: stopped; what was written is kept: run the same command with --resume to finish {output}")
        raise
    finally:
        if main_thread:
            signal.signal(signal.SIGTERM, previous)
    from composer.textsafe import one_line

    _err(one_line(summary.line()))
    for e in summary.errors[:5]:
        _err(f"  failed {one_line(e)[:300]}")
    if len(summary.errors) > 5:
        _err(f"  ... and {len(summary.errors) - 5} more (see the error field in {output})")
    if summary.any_failed:  # the status speaks for the whole output, earlier runs included
        raise typer.Exit(1)


def _provider_batch(items: list[Any], input: Path, output: Path, settings: Settings, retriever: Any, *,
                    resume: bool, ordered: bool, wait: bool, poll_interval: float) -> Any:
    """`batch --provider-batch`: the summary once merged, or None after saying how to collect it later."""
    from composer.batch.provider import run_provider_batch

    said = [""]

    def status(state: Any) -> None:
        done = sum(p.counts.get("completed", 0) + p.counts.get("failed", 0) for p in state.parts)
        ids = ", ".join(p.batch_id or "?" for p in state.parts[:3]) + (" ..." if len(state.parts) > 3 else "")
        line = f"provider batch {ids}: {state.status}, {done} of {sum(len(p.ids) for p in state.parts)} answered"
        if line != said[0]:
            _err(line)
            said[0] = line

    summary = run_provider_batch(
        items, output, settings=settings, retriever=retriever, resume=resume, ordered=ordered, wait=wait,
        poll_interval=poll_interval, on_status=status, source=str(input),
    )
    from composer.batch.provider import pending

    state = pending(output)
    if state is not None and not all(p.merged for p in state.parts):
        _err(f"tactful: submitted; collect the results later with: tactful batch {input} -o {output} --provider-batch --resume")
        return None
    return summary


class _Bar:
    """A rich progress bar with ETA on stderr; `stop` is safe to call twice."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        self.bar = Progress(
            TextColumn("drafting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TextColumn("ETA"),
            TimeRemainingColumn(), console=Console(stderr=True), transient=True,
        )
        self.task = self.bar.add_task("batch", total=total)
        self.bar.start()
        self.running = True

    def __call__(self, done: int, total: int) -> None:
        self.bar.update(self.task, completed=done)

    def stop(self) -> None:
        if self.running:
            self.running = False
            self.bar.stop()


def _progress_bar(total: int) -> _Bar | None:
    """A rich progress bar with ETA on a terminal; silent when stderr is piped."""
    if not sys.stderr.isatty():
        return None
    return _Bar(total)


# ---------------------------------------------------------------- scoring and evals


@app.command("score")
def score_cmd(
    drafts: Annotated[Path, typer.Argument(help="Drafts to score: batch output lines with id, subject, body (.jsonl or .csv).")],
    situations: Annotated[Path, typer.Option("--situations", "-s", help="The batch input the drafts came from, matched by id.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Where the scores go (.jsonl).")],
) -> None:
    """Score drafts for completeness and tone, with the reason for each verdict."""
    from composer.evaluation.commands import score_command

    code = score_command(drafts, situations, output)
    if code:
        raise typer.Exit(code)


@app.command("eval")
def eval_cmd(
    writer: Annotated[str, typer.Option("--writer", help="builtin or llm (the configured endpoint).")] = "builtin",
    cases: Annotated[Path | None, typer.Option("--cases", help="Directory of *.jsonl situations (default: the shipped cases).")] = None,
    min_complete: Annotated[float, typer.Option("--min-complete", min=0.0, max=1.0, help="Exit 1 below this share of complete drafts.")] = 0.9,
    min_tone: Annotated[float, typer.Option("--min-tone", min=0.0, max=1.0, help="Exit 1 below this share of tone-ok drafts.")] = 0.9,
    report_dir: Annotated[Path | None, typer.Option("--report-dir", help="Where the reports go (default: ./evals/reports in a checkout, else ./tactful-reports).")] = None,
    judge: Annotated[bool, typer.Option("--judge/--no-judge", help="Also grade every draft with the LLM judge (needs an endpoint).")] = False,
) -> None:
    """Draft every eval case, score it, write Markdown and HTML reports; exit 1 below the thresholds."""
    from composer.evaluation.commands import eval_command
    from composer.evaluation.run import CASES_DIR, REPORTS_DIR

    code = eval_command(writer=writer, cases=cases or CASES_DIR, min_complete=min_complete, min_tone=min_tone,
                        report_dir=report_dir or REPORTS_DIR, judge=judge)
    if code:
        raise typer.Exit(code)


# ---------------------------------------------------------------- entry point


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; every expected failure is one line on stderr and a non-zero exit, never a traceback."""
    args = sys.argv[1:] if argv is None else list(argv)
    if not args:  # bare `tactful`: the help, exit 0
        args = ["--help"]
    try:
        rv = app(args=args, prog_name="tactful", standalone_mode=False)
    except typer.Abort:
        _err("tactful: aborted")
        sys.exit(130)
    except SettingsError as e:
        _err(f"tactful: {e}")
        sys.exit(2)
    except TactfulError as e:
        _err(f"tactful: error: {e}")
        sys.exit(1)
    except KeyboardInterrupt:
        _err("tactful: interrupted")
        sys.exit(130)
    except RecursionError:
        _err("tactful: error: input nested too deeply to read")
        sys.exit(1)
    except OSError as e:
        _err(f"tactful: error: {e.strerror or e}: {getattr(e, 'filename', '') or ''}".rstrip(": "))
        sys.exit(1)
    except Exception as e:
        # Typer's usage and parameter errors (its own click, not a public API): duck-typed, one line each.
        if not (hasattr(e, "format_message") and hasattr(e, "exit_code")):
            raise
        ctx = getattr(e, "ctx", None)
        name = getattr(ctx, "info_name", None)
        hint = f" (see 'tactful {name} --help')" if name not in (None, "tactful") else " (see 'tactful --help')"
        _err(f"tactful: {e.format_message()}{hint if e.exit_code == 2 else ''}")
        sys.exit(e.exit_code or 1)
    sys.exit(rv if isinstance(rv, int) else 0)


if __name__ == "__main__":
    main()
