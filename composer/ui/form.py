"""The form: its values -> a situation dict, checked, with a human sentence per field.

Which fields an intent shows and which it needs come from the one table, composer.models.INTENT_FIELDS.
A number field that is cleared or 0 is "not given": it never reaches a draft as 0.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from pydantic import ValidationError

from composer.errors import InputError
from composer.models import Intent, Language, Need, Situation, fields_for
from composer.outbox import parse_address
from composer.ui.labels import FIELD_LABELS, MISSING, REQUIRED_MARK

# The defaults the form starts from; the batch tab fills the same ones into uploaded lines that leave them out.
DEFAULTS: dict[str, str] = {"language": "en", "intent": "reschedule", "tone": "formal", "relationship": "regular"}
BATCH_DEFAULTS: dict[str, str] = {"tone": DEFAULTS["tone"], "relationship": DEFAULTS["relationship"]}

TEXT_FIELDS = ("recipient_name", "sender_name", "meeting", "meeting_time", "reason", "colleague_name")
POLICY_FIELDS = ("notice_hours", "fee_percent", "deposit_percent")
CHOICES = ("language", "intent", "tone", "relationship")


def shown(intent: Intent | str) -> dict[str, Need]:
    """The fields the form shows for an intent, each required or optional (INTENT_FIELDS, looked up)."""
    return fields_for(intent)


def is_required(name: str, intent: Intent | str) -> bool:
    return shown(intent).get(name) is Need.required


def label(name: str, intent: Intent | str) -> str:
    """The field's label, marked * when this intent needs it, "(optional)" when it may be left empty."""
    need = shown(intent).get(name)
    base = FIELD_LABELS[name]
    if need is Need.required:
        return base + REQUIRED_MARK
    return f"{base} (optional)"


def text(value: Any) -> str | None:
    if value is None:
        return None
    out = str(value).strip()
    return out or None


def number(value: Any) -> int | float | None:
    """A number field's value; cleared, 0, or not a number is "not given" (None), never 0."""
    if value is None or isinstance(value, bool) or value == "":
        return None
    if isinstance(value, int | float):
        if value != value or value == 0:  # NaN or zero
            return None
        return int(value) if float(value).is_integer() else float(value)
    return None


def split_recipient(value: Any) -> tuple[str | None, str | None]:
    """'Claire Dubois <claire@example.com>' -> ('Claire Dubois', 'claire@example.com'); a plain name stays a name."""
    raw = text(value)
    if raw is None:
        return None, None
    if "@" in raw and ("<" in raw or " " not in raw):
        try:
            addr = parse_address(raw, field="recipient_name")
        except InputError:
            return raw, None
        if addr is not None:
            return (addr.display_name or None), addr.addr_spec
    return raw, None


def situation_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    """The situation dict for the form's values: blanks dropped, only the fields this intent uses."""
    data: dict[str, Any] = {}
    for name in CHOICES:
        v = values.get(name)
        v = getattr(v, "value", v)
        if v is not None and v != "":
            data[name] = v
    try:
        uses = shown(data.get("intent", ""))
    except ValueError:
        uses = {}
    name, _ = split_recipient(values.get("recipient_name"))
    if name:
        data["recipient_name"] = name
    for key in TEXT_FIELDS[1:]:
        if key in uses and (v := text(values.get(key))) is not None:
            data[key] = v
    if "proposed_times" in uses:
        times = [t for t in (text(x) for x in values.get("proposed_times") or []) if t]
        if times:
            data["proposed_times"] = times
    if "duration_minutes" in uses and (d := number(values.get("duration_minutes"))) is not None:
        data["duration_minutes"] = d
    if "policy" in uses:
        policy = {k: n for k in POLICY_FIELDS if (n := number(values.get(k))) is not None}
        if policy:
            data["policy"] = policy
    if values.get("client_move") and data.get("intent") == Intent.reschedule.value:
        data["client_move"] = values["client_move"]  # answering the client's own move request (from the reply box)
    return data


def recipient_address(values: Mapping[str, Any]) -> str | None:
    """The To: address: the e-mail field, else an address typed with the name ('Name <addr>')."""
    typed = text(values.get("recipient_email"))
    if typed:
        return typed
    return split_recipient(values.get("recipient_name"))[1]


@dataclass(frozen=True)
class FormCheck:
    """The form checked: a situation, or a human sentence per field (and any left over without a field)."""

    situation: Situation | None
    data: dict[str, Any] = field(default_factory=dict)
    field_errors: dict[str, str] = field(default_factory=dict)
    to: str | None = None

    @property
    def ok(self) -> bool:
        return self.situation is not None and not self.field_errors


def _human(err: Mapping[str, Any]) -> str:
    kind = err.get("type", "")
    ctx = err.get("ctx") or {}
    if kind == "string_too_long":
        return f"Keep it to {ctx.get('max_length')} characters or fewer."
    if kind == "too_long":
        return f"Give at most {ctx.get('max_length')}."
    if kind == "less_than_equal":
        return f"Enter {ctx.get('le'):g} or less." if isinstance(ctx.get("le"), int | float) else "Enter a smaller number."
    if kind in ("greater_than", "greater_than_equal"):
        return "Enter a number above 0."
    if kind in ("int_from_float", "int_parsing"):
        return "Enter a whole number."
    return "This value cannot be used here."


def _field_of(loc: tuple[Any, ...]) -> str:
    if not loc:
        return "form"
    name = str(loc[0])
    if name == "policy" and len(loc) > 1 and str(loc[1]) in POLICY_FIELDS:
        return str(loc[1])
    return name


def check_form(values: Mapping[str, Any]) -> FormCheck:
    """Required fields first (from INTENT_FIELDS, in the page's words), then the model's own limits."""
    data = situation_fields(values)
    errors: dict[str, str] = {}
    intent = data.get("intent", DEFAULTS["intent"])
    for name, need in shown(intent).items():
        if need is Need.required and name not in CHOICES and name not in data:
            errors[name] = MISSING.get(name, f"Fill in {FIELD_LABELS.get(name, name).lower()}.")
    to = None
    try:
        addr = parse_address(recipient_address(values), field="recipient_email")
        to = addr.addr_spec if addr is not None else None
    except InputError:
        errors["recipient_email"] = "Enter one e-mail address, e.g. claire@example.com, or leave it empty."
    if errors:
        return FormCheck(None, data, errors, to)
    try:
        situation = Situation.model_validate(data)
    except ValidationError as e:
        for err in e.errors():
            name = _field_of(tuple(err.get("loc", ())))
            errors.setdefault(name, _human(err))
        return FormCheck(None, data, errors, to)
    return FormCheck(situation, data, {}, to)


# Times are templates: "Fill in an example" dates them from today, so their weekdays are right (no date warnings).
EXAMPLES: dict[Language, dict[str, Any]] = {
    Language.en: dict(
        recipient_name="Margaret Hughes", sender_name="Tom Baker", meeting="the quarterly account review",
        meeting_time="{thu} at 10:00", reason="a clash with a board meeting",
        proposed_times=["{tue} at 14:00", "{wed} at 9:30"],
        colleague_name="Priya Shah",
    ),
    Language.fr: dict(
        recipient_name="Claire Dubois", sender_name="Julien Moreau", meeting="la revue trimestrielle du compte",
        meeting_time="{thu} à 10 h", reason="un déplacement imprévu chez un autre client",
        proposed_times=["{tue} à 14 h", "{wed} à 9 h 30"], colleague_name="Sophie Laurent",
    ),
    Language.it: dict(
        recipient_name="Giulia Bianchi", sender_name="Marco Rossi", meeting="la revisione trimestrale del progetto",
        meeting_time="{thu} alle 10:00", reason="un impegno imprevisto con un altro cliente",
        proposed_times=["{tue} alle 14:00", "{wed} alle 9:30"], colleague_name="Luca Ferri",
    ),
    Language.nl: dict(
        recipient_name="Sanne de Vries", sender_name="Pieter Jansen", meeting="de kwartaalevaluatie van het project",
        meeting_time="{thu} om 10.00 uur", reason="een onverwachte afspraak bij een andere klant",
        proposed_times=["{tue} om 14.00 uur", "{wed} om 9.30 uur"], colleague_name="Eva Bakker",
    ),
    Language.sv: dict(
        recipient_name="Karin Lindqvist", sender_name="Erik Johansson", meeting="kvartalsgenomgången av projektet",
        meeting_time="{thu} kl. 10.00", reason="ett oväntat kundbesök",
        proposed_times=["{tue} kl. 14.00", "{wed} kl. 9.30"], colleague_name="Anna Berg",
    ),
}


def example_days(language: Language, today: date | None = None) -> dict[str, str]:
    """The example's days, written as a native would: the next Thursday at least three days ahead (the meeting)
    and the Tuesday and Wednesday after it (the offers), so every weekday matches its date."""
    from composer.facts.times import MONTH_NAMES, WEEKDAY_NAMES

    today = today or date.today()
    thursday = today + timedelta(days=3 + (3 - (today.weekday() + 3)) % 7)
    days = {"thu": thursday, "tue": thursday + timedelta(days=5), "wed": thursday + timedelta(days=6)}
    weekdays, months = WEEKDAY_NAMES[language], MONTH_NAMES[language]

    def written(d: date) -> str:
        weekday = weekdays[d.weekday()]
        return f"{weekday.capitalize() if language is Language.en else weekday} {d.day} " \
               f"{months[d.month - 1].capitalize() if language is Language.en else months[d.month - 1]}"

    return {k: written(d) for k, d in days.items()}


def example_values(language: Language | str, today: date | None = None) -> dict[str, Any]:
    """A complete, realistic form in the given language (what "Fill in an example" loads), dated from today."""
    lang = Language(language)
    days = example_days(lang, today)
    return {
        **EXAMPLES[lang],
        "meeting_time": EXAMPLES[lang]["meeting_time"].format(**days),
        "proposed_times": [t.format(**days) for t in EXAMPLES[lang]["proposed_times"]],
        "language": lang.value,
        "duration_minutes": 30,
        "notice_hours": 24,
        "fee_percent": 50,
        "deposit_percent": None,
    }
