"""Tactful in the browser: `streamlit run app.py`. A thin page over composer's API; composer.page decides."""

from __future__ import annotations

import hashlib
import logging
import os
from typing import Any

import streamlit as st

from composer import api
from composer import page as pg
from composer.config import Settings, get_settings
from composer.errors import EndpointError, TactfulError
from composer.evaluation import score as score_draft
from composer.models import Draft, Intent, Language, Relationship, Situation, Tone

log = logging.getLogger("tactful.app")

st.set_page_config(page_title="Tactful — tactful client emails", page_icon=":material/mail:", layout="wide")

st.html(
    """<style>
    .block-container {padding-top: 2.2rem; padding-bottom: 3rem; max-width: 1280px;}
    [data-testid="stSidebarContent"] {padding-top: 0.5rem;}
    [data-testid="stAppDeployButton"] {display: none;}
    div[data-testid="stTextArea"] textarea {font-size: 0.95rem; line-height: 1.45;}
    </style>"""
)

S = st.session_state
ENV_VARS = ("OPENAI_BASE_URL", "OPENAI_API_KEY", "TACTFUL_MODEL", "TACTFUL_TEMPERATURE", "TACTFUL_TIMEOUT",
            "TACTFUL_MAX_RETRIES", "TACTFUL_CONCURRENCY", "TACTFUL_HOME", "TACTFUL_CHROMA_PATH", "TACTFUL_CHROMA_URL",
            "TACTFUL_CORPUS_DIR", "TACTFUL_CONFIG", "TACTFUL_TOP_K")


# ---------------------------------------------------------------- cached resources


# Streamlit re-imports composer's modules when one of their files changes (while developing); resources cached
# before that hold the old classes, so every cache key carries the generation of the modules it was built from.
GENERATION = id(Situation)


@st.cache_resource(show_spinner=False)
def base_settings(env_fingerprint: str, generation: int) -> Settings:
    """Settings from the environment and config file, read once per distinct environment."""
    return get_settings()


def env_fingerprint() -> str:
    return hashlib.sha256("\0".join(os.environ.get(v, "") for v in ENV_VARS).encode()).hexdigest()


@st.cache_resource(show_spinner=False)
def guidance_loader(location: str, generation: int, _settings: Settings) -> pg.Background[Any]:
    """The retriever (Chroma + embedder) loads in the background once; reruns and sessions reuse it."""
    return pg.Background(lambda: pg.MemoRetriever(api.get_default_retriever(_settings)))


@st.cache_resource(show_spinner=False)
def cached_writer(key: str, generation: int, _settings: Settings) -> Any:
    return api.get_writer(_settings)


def guidance_location(settings: Settings) -> str:
    return f"{settings.chroma_url or settings.store_path}|{settings.corpus_dir}"


def get_retriever(settings: Settings, *, wait: float | None = None) -> Any | None:
    """The retriever, waiting up to `wait` seconds (None: until loaded); NoGuidance if it failed to load."""
    loader = guidance_loader(guidance_location(settings), GENERATION, settings).start()
    if not loader.ready:
        if wait is not None and wait <= 0:
            return None
        with st.spinner("Loading the guidance (the first time can take a while)…"):
            try:
                loader.result(timeout=wait)
            except TimeoutError:
                return None
            except Exception:
                pass
    if loader.error is not None:
        return pg.NoGuidance()
    return loader.result()


# ---------------------------------------------------------------- state


FORM_KEYS = {
    "f_language": Language.en.value,
    "f_intent": Intent.reschedule.value,
    "f_recipient_name": "",
    "f_sender_name": "",
    "f_meeting": "",
    "f_meeting_time": "",
    "f_reason": "",
    "f_duration_minutes": None,
    "f_colleague_name": "",
    "f_notice_hours": None,
    "f_fee_percent": None,
    "f_deposit_percent": None,
    "f_tone": Tone.formal.value,
    "f_relationship": Relationship.regular.value,
}


def init_state() -> None:
    for k, v in FORM_KEYS.items():
        S.setdefault(k, v)
    if "f_time_rows" not in S:
        S.f_time_rows = [0]
        S.f_time_next = 1
    S.setdefault("history", [])
    S.setdefault("variants", [])
    S.setdefault("flash", [])
    S.setdefault("api_key", "")


def form_values() -> dict[str, Any]:
    values = {k.removeprefix("f_"): S.get(k) for k in FORM_KEYS}
    values["proposed_times"] = [S.get(f"f_time_{i}", "") for i in S.f_time_rows]
    return values


def redact(text: str, settings: Settings) -> str:
    secret = settings.openai_api_key.get_secret_value() if settings.openai_api_key else ""
    return pg.redact(text, secret)


def flash(kind: str, message: str) -> None:
    S.flash.append((kind, message))


# ---------------------------------------------------------------- callbacks (run before the rerun)


def set_intent(intent: str) -> None:
    S.f_intent = intent


def add_time() -> None:
    S.f_time_rows = [*S.f_time_rows, S.f_time_next]
    S.f_time_next += 1


def remove_time(row: int) -> None:
    S.pop(f"f_time_{row}", None)
    rows = [r for r in S.f_time_rows if r != row]
    if not rows:  # keep one empty row to type into
        rows = [S.f_time_next]
        S.f_time_next += 1
    S.f_time_rows = rows


def load_example() -> None:
    values = pg.example_values(S.f_language)
    for name, value in values.items():
        if name == "proposed_times":
            continue
        S[f"f_{name}"] = value
    for r in S.f_time_rows:
        S.pop(f"f_time_{r}", None)
    rows = list(range(S.f_time_next, S.f_time_next + len(values["proposed_times"])))
    for r, t in zip(rows, values["proposed_times"], strict=True):
        S[f"f_time_{r}"] = t
    S.f_time_rows = rows
    S.f_time_next = rows[-1] + 1


def request(action: str, **kw: Any) -> None:
    S.action = {"kind": action, **kw}
    if action == "draft":
        S.tried = True


# Drafts and situations live in session_state as plain data and become models when used, so a session
# survives Streamlit re-importing composer (see GENERATION).


def the_draft() -> Draft:
    return Draft.model_validate(S.draft)


def the_situation() -> Situation:
    return Situation.model_validate(S.draft_situation)


def the_variants() -> list[Draft]:
    return [Draft.model_validate(v) for v in S.variants]


def show_draft(d: Draft, situation: Situation, how: str) -> None:
    """Make `d` the current draft (before its widgets are drawn in this run)."""
    S.draft = d.model_dump(mode="json")
    S.draft_situation = situation.model_dump(mode="json")
    S.d_subject = d.subject
    S.d_body = d.body
    S.history = pg.push_history(S.history, pg.history_entry(d, situation, how))


def restore(index: int) -> None:
    entry = S.history[index]
    S.draft, S.draft_situation = entry["draft"], entry["situation"]
    S.d_subject, S.d_body = entry["subject"], entry["body"]
    S.variants = []


def use_variant(index: int) -> None:
    show_draft(the_variants()[index], the_situation(), f"alternative {index + 1}")


def forget_key() -> None:
    S.api_key = ""


def save_key() -> None:
    key = (S.get("s_key_input") or "").strip()
    if key:
        S.api_key = key
    S.s_key_input = ""


# ---------------------------------------------------------------- sidebar


def sidebar(base: Settings) -> Settings:
    with st.sidebar:
        st.markdown("### :material/mail: Tactful")
        st.caption("Tactful client emails, grounded in guidance.")
        S.setdefault("s_use_model", base.llm_configured)
        S.setdefault("s_base_url", base.openai_base_url or "")
        S.setdefault("s_model", base.model)
        use_model = st.toggle("Use a model endpoint", key="s_use_model",
                              help="Off: Tactful's built-in writer, offline and deterministic.")
        if use_model:
            st.text_input("Endpoint (base URL)", key="s_base_url", placeholder=pg.DEFAULT_ENDPOINT,
                          help="Any OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1")
            st.text_input("Model", key="s_model")
            if S.api_key:
                st.caption(":material/key: An API key is set for this session.")
                st.button("Forget the key", on_click=forget_key, key="b_forget_key", type="tertiary")
            else:
                with st.form("key_form", clear_on_submit=True, border=False):
                    st.text_input("API key", type="password", key="s_key_input",
                                  help="Kept in this session's memory only; never shown again.",
                                  placeholder="from the environment" if base.openai_api_key else "")
                    st.form_submit_button("Use this key", on_click=save_key)
        settings = pg.session_settings(base, use_model=use_model, base_url=S.get("s_base_url"),
                                       model=S.get("s_model"), api_key=S.api_key or None)
        st.markdown("**Writer**")
        if settings.llm_configured:
            st.info(pg.writer_label(settings), icon=":material/smart_toy:")
        else:
            st.success(pg.BUILTIN_LABEL, icon=":material/check_circle:")
            if use_model:
                st.caption("Give an endpoint or an API key to use a model.")
        st.markdown("**Guidance**")
        loader = guidance_loader(guidance_location(base), GENERATION, base)
        if loader.ready:
            if loader.error is not None:
                st.warning(f"Guidance unavailable: {loader.error}. Drafts use no retrieved passages.")
            else:
                st.caption(f":material/menu_book: Guidance ready · top {settings.top_k} passages per draft")
        else:
            guidance_progress(loader)
    return settings


@st.fragment(run_every=2)
def guidance_progress(loader: pg.Background[Any]) -> None:
    """While the index loads (a minute or more on a fresh install), check every 2 s; rerun the page when ready."""
    if loader.ready:
        st.rerun()
    st.caption(":material/hourglass_top: Loading the guidance index…")


# ---------------------------------------------------------------- the form


def field_error(errors: dict[str, str], *names: str) -> None:
    for name in names:
        if name in errors:
            st.caption(f":red[{errors[name]}]")


def the_form(errors: dict[str, str]) -> None:
    intent = Intent(S.f_intent)
    shown = pg.visible_fields(intent)
    need = pg.required_field(intent)
    c1, c2 = st.columns([3, 2])
    c1.selectbox(pg.FIELD_LABELS["intent"], [i.value for i in Intent], key="f_intent", persist_state="session",
                 format_func=lambda v: pg.INTENT_LABELS[Intent(v)], help=pg.intent_help_all())
    c2.selectbox(pg.FIELD_LABELS["language"], [lang.value for lang in pg.LANGUAGE_LABELS], key="f_language", persist_state="session",
                 format_func=lambda v: pg.LANGUAGE_LABELS[Language(v)], help="The language the email is written in.")
    st.caption(f":material/info: {pg.intent_help(intent)}")
    c1, c2 = st.columns(2)
    with c1:
        st.text_input(pg.FIELD_LABELS["recipient_name"], key="f_recipient_name", placeholder="e.g. Margaret Hughes",
                      persist_state="session")
        field_error(errors, "recipient_name")
    with c2:
        st.text_input(pg.FIELD_LABELS["sender_name"], key="f_sender_name", placeholder="e.g. Tom Baker",
                      persist_state="session")
        field_error(errors, "sender_name")
    c1, c2 = st.columns(2)
    with c1:
        st.text_input(pg.FIELD_LABELS["meeting"], key="f_meeting", placeholder="e.g. the quarterly account review",
                      persist_state="session")
        field_error(errors, "meeting")
    with c2:
        st.text_input(pg.FIELD_LABELS["meeting_time"], key="f_meeting_time", placeholder="e.g. Thursday 14 March at 10:00",
                      persist_state="session", help="Kept word for word in the email.")
        field_error(errors, "meeting_time")
    reason_label = "Their reason (optional)" if intent in (Intent.late_cancellation, Intent.no_show_followup) else pg.FIELD_LABELS["reason"]
    st.text_input(reason_label, key="f_reason", persist_state="session",
                  placeholder="e.g. a clash with a board meeting")
    field_error(errors, "reason")
    if "proposed_times" in shown:
        st.markdown(f"<small>{pg.FIELD_LABELS['proposed_times']}</small>", unsafe_allow_html=True)
        for n, row in enumerate(S.f_time_rows):
            with st.container(horizontal=True, vertical_alignment="center"):
                st.text_input(f"Time {n + 1}", key=f"f_time_{row}", label_visibility="collapsed",
                              placeholder="e.g. Tuesday 19 March at 14:00", persist_state="session")
                st.button("", icon=":material/close:", key=f"b_rm_time_{row}", on_click=remove_time, args=(row,),
                          help="Remove this time", type="tertiary")
        st.button("Add a time", icon=":material/add:", key="b_add_time", on_click=add_time, type="tertiary")
        field_error(errors, "proposed_times")
    if "duration_minutes" in shown:
        label = pg.FIELD_LABELS["duration_minutes"] + ("" if need == "duration_minutes" else " — optional")
        st.number_input(label, key="f_duration_minutes", min_value=5, max_value=600, step=5,
                        persist_state="session", placeholder="e.g. 30",
                        help=None if need else "A decline can offer a shorter meeting of this length instead.")
        field_error(errors, "duration_minutes")
    if "colleague_name" in shown:
        st.text_input(pg.FIELD_LABELS["colleague_name"], key="f_colleague_name", placeholder="e.g. Priya Shah",
                      persist_state="session")
        field_error(errors, "colleague_name")
    if "policy" in shown:
        suffix = "" if need == "policy" else " — optional"
        st.markdown(f"<small>{pg.FIELD_LABELS['policy']}{suffix}</small>", unsafe_allow_html=True)
        p1, p2, p3 = st.columns(3)
        p1.number_input(pg.FIELD_LABELS["notice_hours"], key="f_notice_hours", min_value=0.0, max_value=8760.0,
                        step=1.0, format="%g", persist_state="session", placeholder="e.g. 24")
        p2.number_input(pg.FIELD_LABELS["fee_percent"], key="f_fee_percent", min_value=0.0, max_value=100.0,
                        step=5.0, format="%g", persist_state="session", placeholder="e.g. 50")
        p3.number_input(pg.FIELD_LABELS["deposit_percent"], key="f_deposit_percent", min_value=0.0,
                        max_value=100.0, step=5.0, format="%g", persist_state="session", placeholder="e.g. 20")
        field_error(errors, "policy", "notice_hours", "fee_percent", "deposit_percent")
    with st.container(horizontal=True, gap="medium"):
        st.segmented_control(pg.FIELD_LABELS["tone"], [t.value for t in Tone], key="f_tone", required=True, persist_state="session",
                             format_func=lambda v: pg.TONE_LABELS[Tone(v)])
        st.segmented_control(pg.FIELD_LABELS["relationship"], [r.value for r in Relationship],
                             key="f_relationship", required=True, persist_state="session",
                             format_func=lambda v: pg.RELATIONSHIP_LABELS[Relationship(v)],
                             help="Key clients get an alternative rather than a bare no.")


# ---------------------------------------------------------------- actions (run where their output shows)


def run_action(check: pg.FormCheck, settings: Settings, area: Any) -> None:
    action = S.pop("action", None)
    if not action:
        return
    kind = action["kind"]
    try:
        if kind == "draft":
            if not check.ok:
                return
            write_draft(check.situation, settings, area)
        elif kind == "refine":
            refine_draft(action["instruction"], settings)
        elif kind == "variants":
            make_variants(settings)
    except EndpointError as e:
        flash("error", f"**The model endpoint did not answer.** {redact(str(e), settings).rstrip('.')}.  \n"
                       "Check the endpoint, model and key in the sidebar, or switch *Use a model endpoint* off "
                       "to use the built-in writer.")
    except TactfulError as e:
        flash("error", redact(str(e), settings))
    except Exception as e:  # the page never shows a traceback; the log keeps the details
        log.exception("page action %s failed", kind)
        flash("error", f"Something went wrong ({type(e).__name__}): {redact(str(e), settings)}")


def writer_and_retriever(settings: Settings) -> tuple[Any, Any]:
    writer = cached_writer(pg.settings_key(settings), GENERATION, settings)
    return writer, get_retriever(settings)


def write_draft(situation: Situation, settings: Settings, area: Any) -> None:
    writer, retriever = writer_and_retriever(settings)
    if settings.llm_configured:
        try:
            stream = api.stream_draft(situation, writer=writer, retriever=retriever, settings=settings)
            with area.container(border=True):
                st.caption(f"Writing with {pg.writer_label(settings)}…")
                st.write_stream(stream)
            result = stream.draft  # guarded (and repaired if needed): it replaces the streamed text
        finally:
            area.empty()
    else:
        with st.spinner("Writing…"):
            result = api.draft(situation, writer=writer, retriever=retriever, settings=settings)
    S.variants = []
    show_draft(result, situation, "drafted")


def current_draft() -> Draft:
    return pg.edited(the_draft(), S.get("d_subject"), S.get("d_body"))


def refine_draft(instruction: str, settings: Settings) -> None:
    instruction = instruction.strip()
    if not instruction:
        flash("error", "Type how the draft should change, e.g. “mention the agenda”.")
        return
    writer = cached_writer(pg.settings_key(settings), GENERATION, settings)
    with st.spinner(f"Refining: {instruction}…"):
        result = api.refine(current_draft(), instruction, situation=the_situation(), writer=writer,
                            settings=settings)
    show_draft(result, pg.situation_after_refine(the_situation(), instruction), f"refined: {instruction}")


def make_variants(settings: Settings) -> None:
    writer, retriever = writer_and_retriever(settings)
    with st.spinner("Writing alternatives…"):
        found = api.variants(the_situation(), n=3, writer=writer, retriever=retriever, settings=settings)
    S.variants = [v.model_dump(mode="json") for v in found]


# ---------------------------------------------------------------- the right-hand side


def suggestion_panel(check: pg.FormCheck, settings: Settings) -> None:
    if not check.ok:
        return
    retriever = get_retriever(settings, wait=0)
    try:
        guidance = retriever.retrieve(check.situation, k=settings.top_k) if retriever is not None else []
    except TactfulError as e:  # the draft button reports it properly; the suggestion just goes without
        log.warning("guidance for the suggestion failed: %s", e)
        guidance = []
    sug = pg.suggest(check.situation, guidance)
    with st.container(border=True):
        st.markdown(f":material/lightbulb: **Suggested approach** — {sug.headline}")
        if sug.plan_note:
            st.caption(sug.plan_note)
        if sug.advice:
            st.markdown("\n".join(f"- {text} <small style='opacity:.65'>({', '.join(src[:2])})</small>"
                                  for text, src in sug.advice[:4]), unsafe_allow_html=True)
        elif retriever is None:
            st.caption("Guidance still loading: this suggestion uses the situation alone.")
        if sug.switch_to:
            st.caption("Switch in one click:")
            with st.container(horizontal=True):
                for intent in sug.switch_to:
                    st.button(pg.INTENT_SHORT[intent], key=f"b_switch_{intent.value}", on_click=set_intent,
                              args=(intent.value,), help=pg.intent_help(intent), icon=":material/swap_horiz:")


def draft_panel(settings: Settings) -> None:
    d = the_draft()
    situation = the_situation()
    st.markdown("#### Your draft")
    st.caption(pg.draft_caption(d, settings))
    st.text_input("Subject", key="d_subject", persist_state="session")
    st.text_area("Body", key="d_body", height=pg.body_height(S.get("d_body") or ""), persist_state="session")
    for w in d.warnings:
        st.warning(w)
    shown = current_draft()
    stem = pg.file_stem(d.intent, situation.recipient_name)
    take_away = st.container(horizontal=True)
    take_away.download_button(".txt", pg.as_text(shown.subject, shown.body).encode("utf-8"),
                              file_name=f"{stem}.txt", mime="text/plain; charset=utf-8", key="b_dl_txt",
                              on_click="ignore", width="stretch", icon=":material/download:")
    take_away.download_button(".eml", pg.build_eml(shown.subject, shown.body), file_name=f"{stem}.eml",
                              mime="message/rfc822", key="b_dl_eml", on_click="ignore", width="stretch",
                              icon=":material/download:", help="Opens in your mail program as a draft")
    with take_away.popover("Copy", icon=":material/content_copy:", width="stretch"):
        st.caption("Use the copy icon at the top right of each block.")
        st.code(shown.subject, language=None, wrap_lines=True)
        st.code(shown.body, language=None, wrap_lines=True)

    st.markdown("**Refine**")
    with st.container(horizontal=True):
        for instruction in pg.REFINEMENTS:
            st.button(instruction.capitalize(), key=f"b_refine_{instruction.replace(' ', '_')}", on_click=request,
                      args=("refine",), kwargs={"instruction": instruction})
        st.button("Alternative drafts", key="b_variants", on_click=request, args=("variants",),
                  icon=":material/view_column:",
                  help="Three other drafts for the same situation, side by side")
    with st.container(horizontal=True, vertical_alignment="bottom"):
        st.text_input("Your own instruction", key="d_instruction", placeholder="e.g. mention that the agenda follows",
                      persist_state="session", label_visibility="collapsed")
        st.button("Apply", key="b_refine_free",
                  on_click=lambda: request("refine", instruction=S.get("d_instruction") or ""))
    checks_panel(situation, shown)
    if d.guidance:
        with st.expander(f"Guidance followed ({len(d.guidance)} passages)"):
            for p in pg.passage_rows(d.guidance):
                marks = "".join(f" · :orange[{m}]" for m in p.marks)
                st.markdown(f"**{p.heading}**  \n<small>`{p.source}` · {p.language} · score {p.score}"
                            f"</small>{marks}", unsafe_allow_html=True)
                if p.strategies:
                    st.caption("Advice: " + "; ".join(p.strategies))
    else:
        st.caption("No guidance passages were retrieved for this draft.")


def checks_panel(situation: Situation, shown: Draft) -> None:
    memo_key = (situation.model_dump_json(), shown.subject, shown.body)
    memo = S.get("score_memo")
    if memo is not None and memo[0] == memo_key:
        views = memo[1]
    else:
        try:
            views = pg.score_views(score_draft(situation, shown))
        except Exception as e:  # a scorer bug must not take the draft away
            log.exception("scoring failed")
            st.caption(f"Checks unavailable: {e}")
            return
        S.score_memo = (memo_key, views)
    cols = st.columns(len(views))
    for col, v in zip(cols, views, strict=True):
        with col:
            mark = ":green[:material/check_circle:]" if v.ok else ":orange[:material/warning:]"
            st.markdown(f"{mark} **{v.name}** {v.value}")
            for f in v.failed:
                st.caption(f":material/close: {f}")


def variants_panel() -> None:
    if not S.variants:
        return
    variants = the_variants()
    st.markdown("#### Alternative drafts")
    cols = st.columns(len(variants))
    for i, (col, v) in enumerate(zip(cols, variants, strict=True)):
        with col.container(border=True):
            st.markdown(f"**{i + 1}. {v.subject}**")
            st.text(v.body)
            st.button("Use this one", key=f"b_use_variant_{i}", on_click=use_variant, args=(i,),
                      width="stretch")


def history_panel() -> None:
    if not S.history:
        return
    with st.expander(f"This session's drafts ({len(S.history)})"):
        for i, h in enumerate(S.history):
            c1, c2 = st.columns([6, 1], vertical_alignment="center")
            c1.markdown(f"<small>{h['time']} · {h['action']} · {h['language']} · {h['recipient']}</small>  \n"
                        f"{h['subject']}", unsafe_allow_html=True)
            c2.button("Restore", key=f"b_restore_{i}", on_click=restore, args=(i,), type="tertiary")


# ---------------------------------------------------------------- batch tab


def batch_tab(settings: Settings) -> None:
    st.markdown("Upload many situations at once: **JSONL** (one JSON object per line) or **CSV** (a header row of "
                "field names; `proposed_times` separated by `|`; `policy.notice_hours`, `policy.fee_percent`, "
                "`policy.deposit_percent`). Results use the same format as `tactful batch`.")
    st.download_button("Sample file (.jsonl)", pg.sample_upload(), file_name="tactful-sample.jsonl",
                       mime="application/x-ndjson", key="b_sample", on_click="ignore", type="tertiary",
                       icon=":material/download:")
    up = st.file_uploader("Situations file", type=list(pg.UPLOAD_TYPES), key="b_upload")
    run = st.button("Draft them all", key="b_run_batch", type="primary", disabled=up is None)
    if run and up is not None:
        S.pop("batch_result", None)
        S.pop("batch_error", None)
        try:
            items = pg.read_upload(up.name, up.getvalue())
        except TactfulError as e:
            S.batch_error = str(e)
        else:
            writer, retriever = writer_and_retriever(settings)
            bar = st.progress(0.0, text=f"Drafting 0 of {len(items)}…")

            def progress(done: int, total: int) -> None:
                bar.progress(done / total if total else 1.0, text=f"Drafting {done} of {total}…")

            def worker(data: dict[str, Any]) -> Draft:
                return api.draft(data, writer=writer, retriever=retriever, settings=settings)

            concurrency = settings.concurrency if settings.llm_configured else 1
            try:
                S.batch_result = pg.run_upload(items, worker, concurrency=concurrency, on_progress=progress)
                S.batch_name = up.name
            except Exception as e:
                log.exception("batch failed")
                S.batch_error = redact(f"The batch stopped: {e}", settings)
            bar.empty()
    if S.get("batch_error"):
        st.error(S.batch_error)
    result: pg.BatchResult | None = S.get("batch_result")
    if result is None:
        return
    ok, failed = result.summary.ok, result.summary.failed
    msg = f"{result.summary.total} situations: {ok} drafted, {failed} failed ({result.summary.seconds:.1f} s)."
    (st.warning if failed else st.success)(msg)
    if failed:
        st.error("Lines that could not be drafted:\n" + "\n".join(f"- {x}" for x in pg.failure_lines(result)))
    stem = pg.file_stem(None, None) + "-batch"
    c1, c2 = st.columns(2)
    c1.download_button("Results (.jsonl)", result.jsonl(), file_name=f"{stem}.jsonl", mime="application/x-ndjson",
                       key="b_dl_jsonl", on_click="ignore", width="stretch", icon=":material/download:")
    c2.download_button("Results (.csv)", result.csv(), file_name=f"{stem}.csv", mime="text/csv",
                       key="b_dl_csv", on_click="ignore", width="stretch", icon=":material/download:")
    st.dataframe(pg.batch_table(result), hide_index=True, width="stretch")


# ---------------------------------------------------------------- page


def one_email(settings: Settings) -> None:
    left, right = st.columns([1, 1], gap="large")
    check = pg.check_form(form_values())
    show_errors = S.get("tried", False) and not check.ok
    with left:
        st.button("Fill in an example", key="b_example", on_click=load_example, type="tertiary",
                  icon=":material/auto_awesome:", help="A complete situation in the chosen language")
        the_form(check.field_errors if show_errors else {})
        st.button("Write the draft", key="b_draft", type="primary", on_click=request, args=("draft",),
                  width="stretch")
        if show_errors:
            st.error("**Please fix:**\n" + "\n".join(f"- {part}" for part in check.error.split("; ")))
    with right:
        area = st.empty()
        run_action(check, settings, area)
        for kind, message in S.flash:
            getattr(st, kind)(message)
        S.flash = []
        suggestion_panel(check, settings)
        if "draft" in S:
            draft_panel(settings)
        else:
            st.info("Fill in the situation and press **Write the draft**. "
                    "**Fill in an example** loads a complete one.", icon=":material/edit_note:")
    variants_panel()
    history_panel()


def main() -> None:
    init_state()
    base = base_settings(env_fingerprint(), GENERATION)
    settings = sidebar(base)
    st.markdown("## Tactful")
    st.caption("Decline, shorten, move or re-route a client meeting — or answer a late cancellation or "
               "no-show — in a tactful email, in English, French, Italian, Dutch or Swedish.")
    # Only the open tab is built: the batch tab's uploader costs nothing until someone opens it.
    draft_tab, many_tab = st.tabs([pg.TAB_DRAFT, pg.TAB_BATCH], key="main_tab", on_change="rerun")
    if draft_tab.open:
        with draft_tab:
            one_email(settings)
    if many_tab.open:
        with many_tab:
            batch_tab(settings)
    # Only now, with the page on screen, load the vector store and its model in the background.
    guidance_loader(guidance_location(base), GENERATION, base).start()


try:
    main()
except Exception as e:  # a bug must not show a traceback to the user; the server log keeps it
    log.exception("the page failed")
    st.error(f"Something went wrong on this page ({type(e).__name__}). Reload the page to start again.")
