"""Tactful in the browser: `streamlit run app.py`. A thin page over composer: composer.ui and composer.advice
decide, this file only lays out widgets and calls.

No user or model text is ever rendered as HTML: text goes into plain-text widgets or through md_escape.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
import logging
import os
from datetime import tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import streamlit as st

from composer import api
from composer.advice import article_titles, intent_help
from composer.config import Settings, get_settings
from composer.errors import EndpointError, InputError, TactfulError, Unsupported
from composer.service import Tactful
from composer.models import Draft, Intent, Language, Relationship, Situation, Tone
from composer.revisions import requested_tone, revision_kind
from composer.ui import downloads as dl
from composer.ui import form as fm
from composer.ui import history as hist
from composer.ui import labels as lb
from composer.ui import reply
from composer.ui import session as ss
from composer.ui.session import md_escape

log = logging.getLogger("tactful.app")

st.set_page_config(page_title="Tactful — tactful client emails", page_icon=":material/mail:", layout="wide")

st.html(
    """<style>
    .block-container {padding-top: 2.2rem; padding-bottom: 3rem; max-width: 1280px;}
    [data-testid="stSidebarContent"] {padding-top: 0.5rem;}
    [data-testid="stAppDeployButton"] {display: none;}
    div[data-testid="stTextArea"] textarea {font-size: 0.95rem; line-height: 1.45;}
    .st-key-draft_panel, .st-key-alt_panel, [class*="st-key-f_"] {scroll-margin-top: 4rem;}
    </style>"""
)

S = st.session_state
ENV_VARS = ("OPENAI_BASE_URL", "OPENAI_API_KEY", "TACTFUL_MODEL", "TACTFUL_TEMPERATURE", "TACTFUL_TIMEOUT",
            "TACTFUL_MAX_RETRIES", "TACTFUL_CONCURRENCY", "TACTFUL_HOME", "TACTFUL_CHROMA_PATH", "TACTFUL_CHROMA_URL",
            "TACTFUL_CORPUS_DIR", "TACTFUL_CONFIG", "TACTFUL_TOP_K")

# ---------------------------------------------------------------- browser-side helpers (trusted code; data is passed, never inlined)

COPY_HTML = '<div class="row"><button type="button" class="copy">Copy email</button><span class="status" role="status" aria-live="polite"></span></div>'
COPY_CSS = """
.row {display: flex; align-items: center; gap: .75rem; font-family: var(--st-font, sans-serif);}
.copy {background: var(--st-primary-color, #ff4b4b); color: #fff; border: 0; border-radius: .5rem;
       padding: .45rem 1.2rem; font-size: 1rem; font-weight: 600; cursor: pointer; min-height: 2.5rem;}
.copy:focus-visible {outline: 2px solid #333; outline-offset: 2px;}
.status {color: var(--st-success-color, #1a7f37); font-weight: 600;}
"""
COPY_JS = """
export default function({ parentElement, data }) {
  const button = parentElement.querySelector("button.copy");
  const status = parentElement.querySelector(".status");
  button.onclick = async () => {
    let ok = false;
    try { await navigator.clipboard.writeText(data.text); ok = true; } catch (e) {
      const area = document.createElement("textarea");
      area.value = data.text; area.setAttribute("readonly", ""); area.style.position = "fixed"; area.style.opacity = "0";
      document.body.appendChild(area); area.select();
      try { ok = document.execCommand("copy"); } catch (e2) { ok = false; }
      area.remove();
    }
    status.textContent = ok ? "Copied" : "Copy failed: select the text and press Ctrl+C";
    clearTimeout(button._t); button._t = setTimeout(() => { status.textContent = ""; }, 4000);
  };
}
"""
SCROLL_JS = """
export default function({ data }) {
  if (!data || !data.token || window.__tactfulScrolled === data.token) return;
  const go = (tries) => {
    const el = document.querySelector("." + data.target);
    if (!el) { if (tries > 0) setTimeout(() => go(tries - 1), 50); return; }
    window.__tactfulScrolled = data.token;
    el.scrollIntoView({ block: "start", behavior: "instant" });
  };
  requestAnimationFrame(() => go(40));
}
"""
copy_button = st.components.v2.component("tactful_copy", html=COPY_HTML, css=COPY_CSS, js=COPY_JS)
scroll_to = st.components.v2.component("tactful_scroll", js=SCROLL_JS)


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
def guidance_loader(location: str, generation: int, _settings: Settings) -> ss.Background[Any]:
    """The retriever (Chroma + embedder) loads in the background once; reruns and sessions share its cache."""

    def load() -> Any:
        from composer.retrieval.cache import CachedRetriever

        return CachedRetriever(api.get_default_retriever(_settings), size=512)

    return ss.Background(load)


def no_guidance() -> Any:
    """Drafting without retrieved passages (imported here: the retrieval package pulls in numpy and Chroma's
    helpers, which the first page load does not need)."""
    from composer.retrieval.cache import NoGuidance

    return NoGuidance()


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
        return no_guidance()
    return loader.result()


def user_tz() -> tzinfo | None:
    """The browser's time zone (dates in history and the .eml), else the server's."""
    name = getattr(st.context, "timezone", None)
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


# ---------------------------------------------------------------- state

FORM_KEYS: dict[str, Any] = {
    "f_language": fm.DEFAULTS["language"],
    "f_intent": fm.DEFAULTS["intent"],
    "f_recipient_name": "",
    "f_recipient_email": "",
    "f_sender_name": "",
    "f_meeting": "",
    "f_meeting_time": "",
    "f_reason": "",
    "f_duration_minutes": None,
    "f_colleague_name": "",
    "f_notice_hours": None,
    "f_fee_percent": None,
    "f_deposit_percent": None,
    "f_tone": fm.DEFAULTS["tone"],
    "f_relationship": fm.DEFAULTS["relationship"],
}


def init_state() -> None:
    for k, v in FORM_KEYS.items():
        S.setdefault(k, v)
    if "f_time_rows" not in S:
        S.f_time_rows = [0]
        S.f_time_next = 1
    for k in ("p_name", "p_email", "p_title", "p_company"):
        S.setdefault(k, "")
    S.setdefault("history", [])
    S.setdefault("hist_pos", 0)
    S.setdefault("variants", [])
    S.setdefault("flash", [])
    S.setdefault("api_key", "")
    S.setdefault("scroll", 0)


def form_values() -> dict[str, Any]:
    values = {k.removeprefix("f_"): S.get(k) for k in FORM_KEYS}
    values["proposed_times"] = [S.get(f"f_time_{i}", "") for i in S.f_time_rows]
    values["client_move"] = reply.client_move(S.get("reply_kind"), S.get("reply_times") or [], values)
    return values


def profile() -> dl.Profile:
    return dl.Profile(name=S.get("p_name") or S.get("f_sender_name") or "", email=S.get("p_email") or "",
                      title=S.get("p_title") or "", company=S.get("p_company") or "")


def flash(kind: str, message: str) -> None:
    S.flash.append((kind, message))


def scroll_next(target: str = "st-key-draft_panel") -> None:
    S.scroll += 1
    S.scroll_target = target


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


def fill_form(values: dict[str, Any]) -> None:
    for name, value in values.items():
        if name == "proposed_times":
            continue
        S[f"f_{name}"] = value
    times = values.get("proposed_times")
    if times is None:
        return
    for r in S.f_time_rows:
        S.pop(f"f_time_{r}", None)
    rows = list(range(S.f_time_next, S.f_time_next + max(1, len(times))))
    for r, t in zip(rows, times, strict=False):
        S[f"f_time_{r}"] = t
    S.f_time_rows = rows
    S.f_time_next = rows[-1] + 1


def load_example() -> None:
    fill_form(fm.example_values(S.f_language))


def sync_profile_name() -> None:
    """The profile's name signs the email: "Your name" follows it unless the user typed another name there.

    Re-checked at the start of every run, not in an on_change callback: when the user types into several fields
    quickly, Streamlit merges reruns, and a run that set "Your name" can be cut short so the browser sends the old
    value back. Any value this function wrote (or an empty field) is the profile's to replace, so it heals next run."""
    name = S.get("p_name", "")
    written = S.setdefault("p_name_written", [""])
    sender = S.get("f_sender_name") or ""
    if name and sender != name and sender in written:
        S.f_sender_name = name
        if name not in written:
            written.append(name)


def request(action: str, **kw: Any) -> None:
    """Queue an action for this run; a refine that asks for another register goes through the Tone control."""
    if action == "refine":
        tone = requested_tone(revision_kind(kw.get("instruction") or ""))
        if tone is not None:
            S.f_tone = tone.value
            action = "draft"
            flash("info", f"Tone set to **{lb.TONE_LABELS[tone]}**: the register changes through the Tone control, "
                          "so the draft was written again in that register.")
    S.action = {"kind": action, **kw}
    if action == "draft":
        S.tried = True


def the_draft() -> Draft:
    return Draft.model_validate(S.draft)


def the_situation() -> Situation:
    return Situation.model_validate(S.draft_situation)


def show_draft(d: Draft, situation: Situation, how: str, *, edited_by_user: bool = False) -> None:
    """Make `d` the current draft (before its widgets are drawn in this run) and record it in history."""
    S.draft = d.model_dump(mode="json")
    S.draft_situation = situation.model_dump(mode="json")
    S.draft_edited = edited_by_user
    S.d_subject = d.subject
    S.d_body = d.body
    item = hist.entry(d, situation, how, tz=user_tz(), to=S.get("draft_to"))
    item["edited"] = edited_by_user
    item["form"] = S.get("draft_form")  # what the form said for this version (restoring it restores the comparison)
    S.history = hist.push(S.history, item)
    S.hist_pos = 0


def save_edits() -> bool:
    """Keep the user's edits as a version of their own (in history, undoable) before anything replaces them."""
    if "draft" not in S:
        return False
    d = the_draft()
    if not hist.is_edited(d, S.get("d_subject"), S.get("d_body")):
        return False
    show_draft(hist.edited(d, S.get("d_subject"), S.get("d_body")), the_situation(), "edited by you",
               edited_by_user=True)
    return True


def restore(index: int) -> None:
    save_edits()
    if not 0 <= index < len(S.history):
        return
    entry = S.history[index]
    S.draft, S.draft_situation = entry["draft"], entry["situation"]
    S.draft_edited = bool(entry.get("edited"))
    S.draft_form, S.draft_to = entry.get("form"), entry.get("to")
    S.d_subject, S.d_body = entry["subject"], entry["body"]
    S.hist_pos = index
    S.variants = []


def undo() -> None:
    if save_edits():
        restore(1)
    else:
        restore(S.hist_pos + 1)


def use_variant(index: int) -> None:
    save_edits()
    chosen = S.variants[index]
    show_draft(Draft.model_validate(chosen["draft"]), the_situation(), f"alternative: {chosen['label']}")
    S.variants = []  # the panel closes once one is chosen
    scroll_next()


def close_variants() -> None:
    S.variants = []


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
        with st.expander("Your profile", icon=":material/person:", expanded=True):
            st.text_input("Name", key="p_name", placeholder="e.g. Tom Baker",
                          help="Signs your emails and fills “Your name”.")
            st.text_input("E-mail", key="p_email", placeholder="e.g. tom@example.com",
                          help="The From: line of the .eml download.")
            st.text_input("Title (optional)", key="p_title", placeholder="e.g. Account manager")
            st.text_input("Company (optional)", key="p_company", placeholder="e.g. Baker & Co")
        S.setdefault("s_use_model", base.llm_configured)
        S.setdefault("s_base_url", base.openai_base_url or "")
        S.setdefault("s_model", base.model)
        use_model = st.toggle("Use a model endpoint", key="s_use_model",
                              help="Off: Tactful's built-in writer, offline and deterministic.")
        if use_model:
            st.text_input("Endpoint (base URL)", key="s_base_url", placeholder="https://api.openai.com/v1",
                          help="Any OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1")
            st.text_input("Model", key="s_model")
            if S.api_key:
                st.caption(":material/key: An API key is set for this session.")
                st.button("Forget the key", on_click=forget_key, key="b_forget_key", type="tertiary")
            else:
                with st.form("key_form", clear_on_submit=True, border=False):
                    st.text_input("API key", type="password", key="s_key_input",
                                  help="Kept in this session's memory only; never shown again.",
                                  placeholder="set on the server" if base.openai_api_key else "")
                    st.form_submit_button("Use this key", on_click=save_key)
        settings = ss.session_settings(base, use_model=use_model, base_url=S.get("s_base_url"),
                                       model=S.get("s_model"), api_key=S.api_key or None)
        st.markdown("**Writer**")
        if settings.llm_configured:
            st.info(md_escape(ss.writer_label(settings)), icon=":material/smart_toy:")
        else:
            st.success(lb.BUILTIN_LABEL, icon=":material/check_circle:")
            if use_model:
                st.caption("Give an endpoint or an API key to use a model.")
        st.markdown("**Guidance**")
        loader = guidance_loader(guidance_location(base), GENERATION, base)
        if loader.ready:
            if loader.error is not None:
                st.warning("Guidance unavailable: drafts use no retrieved passages.")
            else:
                st.caption(f":material/menu_book: Guidance ready · top {settings.top_k} passages per draft")
        else:
            guidance_progress(loader)
    return settings


@st.fragment(run_every=2)
def guidance_progress(loader: ss.Background[Any]) -> None:
    """While the index loads (a minute or more on a fresh install), check every 2 s; rerun the page when ready."""
    if loader.ready:
        st.rerun()
    st.caption(":material/hourglass_top: Loading the guidance index…")


# ---------------------------------------------------------------- the form


def field_error(errors: dict[str, str], *names: str) -> None:
    for name in names:
        if name in errors:
            st.caption(f":red[:material/error: {md_escape(errors[name])}]")


def apply_reply() -> None:
    """Fill the form from the pasted message or the dropped .eml (through composer.ui.reply's adapter)."""
    up = S.get("r_file")
    try:
        message = reply.from_eml(up.getvalue()) if up is not None else reply.pasted(S.get("r_text") or "")
    except Exception:  # a broken .eml is the user's file, not a crash
        S.reply_note = "That file could not be read as an e-mail (.eml)."
        return
    if not message.text.strip() and not message.sender_name and not message.sender_email:
        S.reply_note = "Paste the client's message or drop an .eml file first."
        return
    found = reply.extract(message)
    # What the user typed is theirs: a field is filled only when empty or still holding what an earlier message
    # filled in (the user's own name is never the message's to change).
    filled_before = S.get("reply_values") or {}

    def theirs(name: str) -> bool:
        typed = S.get(f"f_{name}")
        return bool(typed) and (name == "sender_name" or typed != filled_before.get(name))

    values = {name: f.value for name, f in found.fields.items()
              if (f"f_{name}" in FORM_KEYS or name == "proposed_times") and (name == "proposed_times" or not theirs(name))}
    fill_form(values)
    S.reply_values = {**filled_before, **{k: v for k, v in values.items() if isinstance(v, str)}}
    S.reply_found = {name: found.fields[name].confidence for name in values}
    S.reply_missing = [n for n in found.missing if f"f_{n}" in FORM_KEYS or n == "proposed_times"]
    # A move request is answered as one: their time taken (or ours offered), never an apology for their change.
    S.reply_kind = found.kind
    S.reply_times = list(values.get("proposed_times") or []) if "proposed_times" in found.fields else []
    S.reply_note = found.note or ""


def reply_box() -> None:
    with st.expander("Reply to a message", icon=":material/reply:"):
        st.caption("Paste the client's message or drop their e-mail (.eml): Tactful fills in what it can; check it.")
        st.text_area("Client's message", key="r_text", height=120, placeholder="Paste the message here")
        st.file_uploader("Or drop an .eml", type=["eml"], key="r_file")
        st.button("Fill the form from the message", key="b_reply", on_click=apply_reply, icon=":material/input:")
        if S.get("reply_found"):
            names = ", ".join(lb.FIELD_LABELS.get(n, n) + (" (check it)" if c < 0.7 else "")
                              for n, c in S.reply_found.items())
            st.caption(f"Filled in: {md_escape(names)}.")
        if S.get("reply_missing"):
            st.caption(md_escape("Not in the message: " + ", ".join(lb.FIELD_LABELS.get(n, n) for n in S.reply_missing) + "."))
        if S.get("reply_note"):
            st.caption(md_escape(S.reply_note))
        move = reply.client_move(S.get("reply_kind"), S.get("reply_times") or [], form_values())
        if move:
            st.caption(lb.MOVE_NOTES[move])


def text_field(name: str, intent: Intent, errors: dict[str, str], *, placeholder: str = "", help: str | None = None) -> None:
    st.text_input(fm.label(name, intent), key=f"f_{name}", placeholder=placeholder, help=help,
                  persist_state="session")
    field_error(errors, name)


def the_form(errors: dict[str, str]) -> None:
    intent = Intent(S.f_intent)
    uses = fm.shown(intent)
    c1, c2 = st.columns([3, 2])
    c1.selectbox(lb.FIELD_LABELS["intent"], [i.value for i in Intent], key="f_intent", persist_state="session",
                 format_func=lambda v: lb.INTENT_LABELS[Intent(v)],
                 help="\n".join(f"- **{lb.INTENT_LABELS[i]}**: {intent_help(i)}" for i in Intent))
    c2.selectbox(lb.FIELD_LABELS["language"], [lang.value for lang in lb.LANGUAGE_LABELS], key="f_language",
                 persist_state="session", format_func=lambda v: lb.LANGUAGE_LABELS[Language(v)],
                 help="The language the email is written in.")
    st.caption(f":material/info: {intent_help(intent)} Fields marked * are needed.")
    c1, c2 = st.columns(2)
    with c1:
        text_field("recipient_name", intent, errors, placeholder="e.g. Margaret Hughes",
                   help="A name, or “Name <address>”: the name greets them, the address goes to To:.")
    with c2:
        text_field("sender_name", intent, errors, placeholder="e.g. Tom Baker")
    text_field("recipient_email", intent, errors, placeholder="e.g. margaret@example.com")
    c1, c2 = st.columns(2)
    with c1:
        text_field("meeting", intent, errors, placeholder="e.g. the quarterly account review")
    with c2:
        text_field("meeting_time", intent, errors, placeholder="e.g. Thursday 14 March at 10:00",
                   help="Kept word for word in the email.")
    reason = "Their reason (optional)" if intent in (Intent.late_cancellation, Intent.no_show_followup) else "Your reason (optional)"
    st.text_input(reason, key="f_reason", persist_state="session", placeholder="e.g. a clash with a board meeting")
    field_error(errors, "reason")
    if "proposed_times" in uses:
        st.caption(fm.label("proposed_times", intent))
        for n, row in enumerate(S.f_time_rows):
            with st.container(horizontal=True, vertical_alignment="center"):
                st.text_input(f"Time {n + 1}", key=f"f_time_{row}", label_visibility="collapsed",
                              placeholder="e.g. Tuesday 19 March at 14:00", persist_state="session")
                st.button("", icon=":material/close:", key=f"b_rm_time_{row}", on_click=remove_time, args=(row,),
                          help="Remove this time", type="tertiary")
        st.button("Add a time", icon=":material/add:", key="b_add_time", on_click=add_time, type="tertiary")
        field_error(errors, "proposed_times")
    if "duration_minutes" in uses:
        st.number_input(fm.label("duration_minutes", intent), key="f_duration_minutes", min_value=0, max_value=600,
                        step=5, persist_state="session", placeholder="e.g. 30",
                        help=None if fm.is_required("duration_minutes", intent)
                        else "A decline can offer a shorter meeting of this length instead.")
        field_error(errors, "duration_minutes")
    if "colleague_name" in uses:
        text_field("colleague_name", intent, errors, placeholder="e.g. Priya Shah")
    if "policy" in uses:
        st.caption(fm.label("policy", intent) + " — at least one number" * fm.is_required("policy", intent))
        p1, p2, p3 = st.columns(3)
        p1.number_input(lb.FIELD_LABELS["notice_hours"], key="f_notice_hours", min_value=0.0, max_value=8760.0,
                        step=1.0, format="%g", persist_state="session", placeholder="e.g. 24")
        p2.number_input(lb.FIELD_LABELS["fee_percent"], key="f_fee_percent", min_value=0.0, max_value=100.0,
                        step=5.0, format="%g", persist_state="session", placeholder="e.g. 50")
        p3.number_input(lb.FIELD_LABELS["deposit_percent"], key="f_deposit_percent", min_value=0.0,
                        max_value=100.0, step=5.0, format="%g", persist_state="session", placeholder="e.g. 20")
        field_error(errors, "policy", "notice_hours", "fee_percent", "deposit_percent")
    with st.container(horizontal=True, gap="medium"):
        st.segmented_control(lb.FIELD_LABELS["tone"], [t.value for t in Tone], key="f_tone", required=True,
                             persist_state="session", format_func=lambda v: lb.TONE_LABELS[Tone(v)],
                             help="The register (e.g. vous or tu); Warmer and Shorter keep it.")
        st.segmented_control(lb.FIELD_LABELS["relationship"], [r.value for r in Relationship],
                             key="f_relationship", required=True, persist_state="session",
                             format_func=lambda v: lb.RELATIONSHIP_LABELS[Relationship(v)],
                             help="Key clients get an alternative rather than a bare no.")
    field_error(errors, "form")


# ---------------------------------------------------------------- actions (run where their output shows)


@contextmanager
def working(area: Any, text: str) -> Iterator[None]:
    """A spinner inside the action's own placeholder, so the elements below keep their places (no remounts)."""
    try:
        with area.container(), st.spinner(text):
            yield
    finally:
        area.empty()


def run_action(check: fm.FormCheck, settings: Settings, area: Any) -> None:
    action = S.pop("action", None)
    if not action:
        return
    kind = action["kind"]
    try:
        if kind == "draft":
            if not check.ok or check.situation is None:
                first = next((n for n in check.field_errors if f"f_{n}" in FORM_KEYS), None)
                if first is not None:  # bring the first field to fix into view (on a phone it is far above)
                    scroll_next(f"st-key-f_{first}")
                return
            write_draft(check, settings, area)
        elif kind == "refine":
            refine_draft(action["instruction"], settings, area)
        elif kind == "variants":
            make_variants(settings, area)
    except EndpointError as e:
        flash("error", md_escape(ss.endpoint_message(e, settings)))
    except Unsupported as e:
        flash("warning", md_escape(ss.web_error(e, settings)))
    except TactfulError as e:
        flash("error", md_escape(ss.web_error(e, settings)))
    except Exception as e:  # the page never shows a traceback; the log keeps the details
        log.exception("page action %s failed", kind)
        flash("error", md_escape(f"Something went wrong ({type(e).__name__}): {ss.web_error(e, settings)}"))


def check_endpoint(settings: Settings) -> None:
    """Before a model call: an endpoint that cannot be reached fails in seconds, with advice."""
    if settings.llm_configured:
        why = ss.unreachable(settings.openai_base_url or "https://api.openai.com/v1")
        if why is not None:
            raise EndpointError(why, endpoint=settings.openai_base_url)


def service(settings: Settings) -> Tactful:
    """The one service for this session's settings: its cached writer and the shared guidance."""
    writer = cached_writer(ss.settings_key(settings), GENERATION, settings)
    return Tactful(settings, writer=writer, retriever=get_retriever(settings))


def write_draft(check: fm.FormCheck, settings: Settings, area: Any) -> None:
    situation = check.situation
    assert situation is not None
    if save_edits() or S.get("draft_edited"):
        flash("info", "Your edited version is kept in **This session's drafts** (Undo brings it back).")
    check_endpoint(settings)
    with working(area, "Writing…"):
        svc = service(settings)
    if settings.llm_configured:
        try:
            stream = svc.stream(situation)
            with area.container(border=True):
                st.caption(f"Writing with {md_escape(ss.writer_label(settings))}…")
                st.write_stream(stream)
            result = stream.draft  # guarded (and repaired if needed): it replaces the streamed text
        finally:
            area.empty()
    else:
        with working(area, "Writing…"):
            result = svc.draft(situation)
    result = result.model_copy(update={"body": dl.signed(result.body, situation.sender_name, profile())})
    S.variants = []
    S.draft_form = check.data
    S.draft_to = check.to
    show_draft(result, situation, "drafted")
    scroll_next()


def current_draft() -> Draft:
    return hist.edited(the_draft(), S.get("d_subject"), S.get("d_body"))


def refine_draft(instruction: str, settings: Settings, area: Any) -> None:
    instruction = instruction.strip()
    if not instruction:
        flash("error", "Type how the draft should change, e.g. “mention the agenda”.")
        return
    save_edits()
    writer = cached_writer(ss.settings_key(settings), GENERATION, settings)
    if S.get("draft_edited") and not ss.can_refine_edited(writer):
        raise ss.EDITED_UNSUPPORTED
    check_endpoint(settings)
    before = current_draft()
    with working(area, f"Refining: {md_escape(instruction)}…"):
        result = Tactful(settings, writer=writer).refine(before, instruction, situation=the_situation())
    if result.body == before.body and result.subject == before.subject:
        new = [w for w in result.warnings if w not in before.warnings]
        flash("warning", md_escape(new[0] if new else "The draft is unchanged.").capitalize())
        return
    show_draft(result, the_situation(), f"refined: {instruction}")
    scroll_next()


def make_variants(settings: Settings, area: Any) -> None:
    save_edits()
    check_endpoint(settings)
    with working(area, "Writing alternatives…"):
        found = service(settings).variants(the_situation(), n=4)
    alts = ss.alternatives(current_draft(), found)
    if not alts:
        flash("info", "No alternative differs from this draft for this situation.")
    S.variants = [{"draft": a.draft.model_dump(mode="json"), "label": a.label, "lines": a.lines} for a in alts]
    scroll_next("st-key-alt_panel")


# ---------------------------------------------------------------- the right-hand side


def suggestion_panel(check: fm.FormCheck, settings: Settings, *, folded: bool) -> None:
    if not check.ok or check.situation is None:
        return
    retriever = get_retriever(settings, wait=0) or no_guidance()  # not loaded yet: suggest from the situation alone
    try:
        sug = Tactful(settings, retriever=retriever).suggest(check.situation)
    except TactfulError as e:  # the draft button reports it properly; the suggestion just goes without
        log.warning("guidance for the suggestion failed: %s", e)
        sug = Tactful(settings, retriever=no_guidance()).suggest(check.situation)
    box = st.expander(":material/lightbulb: Suggested approach", expanded=False, key="suggestion_folded") if folded else st.container(border=True, key="suggestion")
    with box:
        st.markdown(f"{'' if folded else ':material/lightbulb: **Suggested approach** — '}{sug.headline}")
        if sug.plan_note:
            st.caption(sug.plan_note)
        if sug.advice:
            st.markdown("\n".join(f"- {md_escape(a.text)} — *{md_escape(', '.join(a.sources[:2]))}*"
                                  for a in sug.advice[:4]))
        elif retriever is None:
            st.caption("Guidance still loading: this suggestion uses the situation alone.")
        if sug.switch_to:
            st.caption("Or send a different kind of email:")
            with st.container(horizontal=True):
                for intent in sug.switch_to:
                    st.button(lb.INTENT_SHORT[intent], key=f"b_switch_{intent.value}", on_click=set_intent,
                              args=(intent.value,), help=intent_help(intent), icon=":material/swap_horiz:")


def stale_banner(check: fm.FormCheck) -> None:
    """The form no longer matches the draft: say so, with a one-click update."""
    if "draft" not in S or S.get("draft_form") is None:
        return
    if check.data == S.draft_form and check.to == S.get("draft_to"):
        return
    with st.container(border=True, key="stale_box"):
        st.warning("The form has changed since this draft was written: the draft is out of date.",
                   icon=":material/update:")
        st.button("Update the draft", key="b_update", type="primary", on_click=request, args=("draft",),
                  icon=":material/refresh:")


def draft_panel(settings: Settings) -> Callable[[], None]:
    """Draw the draft; returns what fills in its checks, which the caller runs last (see one_email)."""
    d = the_draft()
    situation = the_situation()
    with st.container(key="draft_panel"):
        st.markdown("#### Your draft")
        st.caption(md_escape(ss.draft_caption(d, settings)) + (" · edited by you" if S.get("draft_edited") else ""))
        st.text_input("Subject", key="d_subject", persist_state="session")
        st.text_area("Body", key="d_body", height=ss.body_height(S.get("d_body") or ""), persist_state="session")
        shown = current_draft()
        copy_button(key="copy_email", data={"text": dl.plain_text(shown.subject, shown.body)}, height=48)
        for w in d.warnings:
            st.warning(md_escape(w))
        stem = dl.file_stem(d.intent, situation.recipient_name)
        take_away = st.container(horizontal=True)
        take_away.download_button(".txt", dl.plain_text(shown.subject, shown.body).encode("utf-8"),
                                  file_name=f"{stem}.txt", mime="text/plain; charset=utf-8", key="b_dl_txt",
                                  on_click="ignore", width="stretch", icon=":material/download:")
        try:
            eml = dl.eml(shown.subject, shown.body, profile=profile(), to=S.get("draft_to"), tz=user_tz())
        except InputError as e:
            take_away.caption(f":orange[.eml unavailable: {md_escape(str(e))}]")
        else:
            take_away.download_button(".eml", eml, file_name=f"{stem}.eml", mime="message/rfc822", key="b_dl_eml",
                                      on_click="ignore", width="stretch", icon=":material/download:",
                                      help="Opens in your mail program as a draft")
        st.markdown("**Refine**")
        with st.container(horizontal=True):
            for instruction in lb.REFINEMENTS:
                st.button(instruction.capitalize(), key=f"b_refine_{instruction.replace(' ', '_')}",
                          on_click=request, args=("refine",), kwargs={"instruction": instruction})
            st.button("Alternative drafts", key="b_variants", on_click=request, args=("variants",),
                      icon=":material/view_column:", help="Other drafts for the same situation, side by side")
            st.button("Undo", key="b_undo", on_click=undo, icon=":material/undo:",
                      disabled=S.hist_pos + 1 >= len(S.history) and not hist.is_edited(d, S.get("d_subject"), S.get("d_body")),
                      help="Back to the previous version (your edits are versions too)")
        with st.container(horizontal=True, vertical_alignment="bottom"):
            st.text_input("Your own instruction", key="d_instruction", placeholder="e.g. mention that the agenda follows",
                          persist_state="session", label_visibility="collapsed")
            st.button("Apply", key="b_refine_free",
                      on_click=lambda: request("refine", instruction=S.get("d_instruction") or ""))
    variants_panel()
    checks_slot = st.container()  # its place on the page now; its content once the rest is on screen
    titles = article_titles(settings.corpus_dir)
    if d.guidance:
        with st.expander(f"{lb.GUIDANCE_LABEL} ({len(d.guidance)} passages)"):
            for p in ss.passage_rows(d.guidance, titles):
                marks = "".join(f" · {m}" for m in p.marks)
                with st.expander(md_escape(f"{p.source}{marks}")):
                    st.caption(md_escape(p.heading))
                    st.text(p.text)
    else:
        st.caption("No guidance passages were consulted for this draft.")

    def fill_checks() -> None:
        with checks_slot:
            checks_panel(situation, shown)

    return fill_checks


def checks_panel(situation: Situation, shown: Draft) -> None:
    memo_key = (situation.model_dump_json(), shown.subject, shown.body)
    memo = S.get("score_memo")
    if memo is not None and memo[0] == memo_key:
        views = memo[1]
    else:
        try:
            from composer.evaluation import score as score_draft  # numpy and the tone model: after the draft shows

            views = ss.score_views(score_draft(situation, shown))
        except Exception:  # a scorer bug must not take the draft away
            log.exception("scoring failed")
            st.caption("Checks unavailable for this draft.")
            return
        S.score_memo = (memo_key, views)
    cols = st.columns(len(views))
    for col, v in zip(cols, views, strict=True):
        with col:
            mark = ":green[:material/check_circle:]" if v.ok else ":orange[:material/warning:]"
            st.markdown(f"{mark} **{v.name}** {v.value}")
            st.caption(f"Measures {lb.SCORE_MEANING[v.name]}.")
            for f in v.failed:
                st.caption(f":orange[:material/close:] {md_escape(f)}")


def variants_panel() -> None:
    if not S.variants:
        return
    with st.container(key="alt_panel", border=True):
        head = st.container(horizontal=True, vertical_alignment="center")
        head.markdown("#### Alternative drafts")
        head.button("Close", key="b_close_variants", on_click=close_variants, type="tertiary", icon=":material/close:")
        st.caption("Each differs from your draft in approach; changed lines are highlighted.")
        for i, v in enumerate(S.variants):
            with st.container(border=True):
                st.markdown(f"**{i + 1}. {md_escape(v['label'])}**")
                st.caption(md_escape(Draft.model_validate(v["draft"]).subject))
                st.markdown("  \n".join(f":green-background[{md_escape(line)}]" if changed else md_escape(line)
                                        for line, changed in v["lines"]))
                st.button("Use this one", key=f"b_use_variant_{i}", on_click=use_variant, args=(i,), width="stretch")


def history_panel() -> None:
    if not S.history:
        return
    with st.expander(f"This session's drafts ({len(S.history)})", icon=":material/history:"):
        for i, h in enumerate(S.history):
            c1, c2 = st.columns([6, 1], vertical_alignment="center")
            current = " · current" if i == S.hist_pos else ""
            c1.caption(md_escape(f"{h['time']} · {h['action']} · {h['language']} · {h['recipient']}{current}"))
            c1.text(h["subject"])
            c2.button("Restore", key=f"b_restore_{i}", on_click=restore, args=(i,), type="tertiary",
                      disabled=i == S.hist_pos)


# ---------------------------------------------------------------- batch tab


def batch_tab(settings: Settings) -> None:
    st.markdown("Upload many situations at once: **JSONL** (one JSON object per line) or **CSV** (a header row of "
                "field names; `proposed_times` separated by `|`; `policy.notice_hours`, `policy.fee_percent`, "
                "`policy.deposit_percent`). Results use the same format as `tactful batch`.")
    st.caption(f"Like the form, a line without `tone` is written **{fm.BATCH_DEFAULTS['tone']}** and one without "
               f"`relationship` treats the client as **{fm.BATCH_DEFAULTS['relationship']}**.")
    st.download_button("Sample file (.jsonl)", dl.sample_upload(), file_name="tactful-sample.jsonl",
                       mime="application/x-ndjson", key="b_sample", on_click="ignore", type="tertiary",
                       icon=":material/download:")
    up = st.file_uploader("Situations file", type=list(dl.UPLOAD_TYPES), key="b_upload")
    run = st.button("Draft them all", key="b_run_batch", type="primary", disabled=up is None)
    if run and up is not None:
        S.pop("batch_result", None)
        S.pop("batch_error", None)
        try:
            items = dl.read_upload(up.name, up.getvalue())
            check_endpoint(settings)
        except EndpointError as e:
            S.batch_error = ss.endpoint_message(e, settings)
        except TactfulError as e:
            S.batch_error = ss.web_error(e, settings)
        else:
            svc = service(settings)
            bar = st.progress(0.0, text=f"Drafting 0 of {len(items)}…")

            def progress(done: int, total: int) -> None:
                bar.progress(done / total if total else 1.0, text=f"Drafting {done} of {total}…")

            concurrency = settings.concurrency if settings.llm_configured else 1
            try:
                S.batch_result = dl.run_upload(items, svc.draft, concurrency=concurrency, limiter=svc.limiter,
                                               on_progress=progress)
                S.batch_name = up.name
            except Exception as e:
                log.exception("batch failed")
                S.batch_error = f"The batch stopped: {ss.web_error(e, settings)}"
            bar.empty()
    if S.get("batch_error"):
        st.error(md_escape(S.batch_error))
    result: dl.BatchResult | None = S.get("batch_result")
    if result is None:
        return
    ok, failed = result.summary.ok, result.summary.failed
    msg = f"{result.summary.total} situations: {ok} drafted, {failed} failed ({result.summary.seconds:.1f} s)."
    (st.warning if failed else st.success)(msg)
    if failed:
        st.error("Lines that could not be drafted:\n" + "\n".join(f"- {md_escape(x)}" for x in dl.failure_lines(result)))
    stem = dl.file_stem(None, None) + "-batch"
    c1, c2 = st.columns(2)
    c1.download_button("Results (.jsonl)", result.jsonl(), file_name=f"{stem}.jsonl", mime="application/x-ndjson",
                       key="b_dl_jsonl", on_click="ignore", width="stretch", icon=":material/download:")
    c2.download_button("Results (.csv)", result.csv(), file_name=f"{stem}.csv", mime="text/csv",
                       key="b_dl_csv", on_click="ignore", width="stretch", icon=":material/download:")
    st.dataframe(dl.batch_table(result), hide_index=True, width="stretch",
                 column_config={"body": st.column_config.TextColumn("body", width="large")})


# ---------------------------------------------------------------- page


def one_email(settings: Settings) -> None:
    left, right = st.columns([1, 1], gap="large")
    check = fm.check_form(form_values())
    show_errors = S.get("tried", False) and not check.ok
    with left:
        with st.container(horizontal=True):
            st.button("Fill in an example", key="b_example", on_click=load_example, type="tertiary",
                      icon=":material/auto_awesome:", help="A complete situation in the chosen language")
        reply_box()
        the_form(check.field_errors if show_errors else {})
        st.button("Write the draft", key="b_draft", type="primary", on_click=request, args=("draft",),
                  width="stretch")
        if show_errors:
            st.error("Some fields need your attention: see the messages next to them.", icon=":material/error:")
    with right:
        area = st.empty()
        run_action(check, settings, area)
        has_draft = "draft" in S
        # One container always in this place for messages and the out-of-date mark: what comes below keeps its
        # position from run to run, so the draft's widgets are updated, never torn down and rebuilt.
        with st.container(key="notices"):
            for kind, message in S.flash:
                getattr(st, kind)(message)
            S.flash = []
            if has_draft:
                stale_banner(check)
        fill_checks = draft_panel(settings) if has_draft else None
        suggestion_panel(check, settings, folded=has_draft)
        if not has_draft:
            st.info("Fill in the situation and press **Write the draft**. "
                    "**Fill in an example** loads a complete one.", icon=":material/edit_note:")
        history_panel()
    if S.scroll:
        scroll_to(key="scroll", data={"token": S.scroll, "target": S.get("scroll_target", "st-key-draft_panel")},
                  height="content")
    # Scoring reads every sentence with the tone model (the slowest step of a rerun): it runs after the draft is
    # shown and scrolled into view, and its result fills the place kept for it under the draft.
    if fill_checks is not None:
        fill_checks()


def main() -> None:
    init_state()
    sync_profile_name()
    base = base_settings(env_fingerprint(), GENERATION)
    settings = sidebar(base)
    st.markdown("## Tactful")
    st.caption("Decline, shorten, move or re-route a client meeting — or answer a late cancellation or "
               "no-show — in a tactful email, in English, French, Italian, Dutch or Swedish.")
    # Only the open tab is built: the batch tab's uploader costs nothing until someone opens it.
    draft_tab, many_tab = st.tabs([lb.TAB_DRAFT, lb.TAB_BATCH], key="main_tab", on_change="rerun")
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
