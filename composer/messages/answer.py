"""From a client's message to a threaded reply draft: extract, merge the user's fields, check, draft."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from composer.config import Settings
from composer.errors import FileInputError, InputError
from composer.messages.extract import extract
from composer.messages.models import Extraction, Message
from composer.messages.parse import read_message
from composer.messages.reply import reply_draft, reply_eml
from composer.messages.situation import DEFAULTS, describe_missing, missing_required, situation_from_message
from composer.models import Draft, Intent


class MissingFields(InputError):
    """Required fields are neither in the message nor given; `fields` names them."""

    def __init__(self, fields: list[str], flags: Mapping[str, str] | None = None) -> None:
        super().__init__(describe_missing(fields, flags), field=fields[0] if fields else None)
        self.fields = fields


def load_message(source: str | Path) -> Message:
    """A message from a .txt/.eml path, or from stdin with '-' (bytes, so any .eml charset is read right)."""
    if str(source) == "-":
        data = sys.stdin.buffer.read()
        where = "stdin"
    else:
        path = Path(source)
        if not path.exists():
            raise FileInputError(f"{path}: no such file")
        if path.is_dir():
            raise FileInputError(f"{path}: is a directory, expected a .txt or .eml file")
        try:
            data = path.read_bytes()
        except OSError as e:
            raise FileInputError(f"{path}: cannot be read ({e.strerror or e})") from e
        where = str(path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FileInputError(f"{where}: is UTF-16, not UTF-8; save it as UTF-8 and retry")
    if not data.strip():
        raise FileInputError(f"{where}: the message is empty")
    if b"\x00" in data:
        raise FileInputError(f"{where}: holds a NUL byte; is it a text or .eml file?")
    try:
        return read_message(data)
    except FileInputError as e:
        raise FileInputError(f"{where}: {e}") from e


@dataclass
class Answer:
    extraction: Extraction
    situation: Any  # composer.models.Situation
    draft: Draft
    from_message: list[str]  # fields the message gave (not overridden)
    defaulted: dict[str, str]  # fields neither given nor in the message, set to a default

    def summary(self) -> str:
        """One line saying where the situation came from."""
        parts = [f"from the message: {', '.join(self.from_message) or 'nothing'}"]
        if self.defaulted:
            parts.append("defaults: " + ", ".join(f"{k}={v}" for k, v in self.defaulted.items()))
        return "; ".join(parts)


def plan(message: Message, overrides: Mapping[str, Any], *, intent: Intent | str, settings: Settings,
         today: date | datetime | None = None, extraction: Extraction | None = None,
         flags: Mapping[str, str] | None = None) -> tuple[dict[str, Any], Extraction]:
    """The situation dict for replying: flags > the user's profile > the message > defaults.

    Raises MissingFields naming every required field still missing.
    """
    found = extraction or extract(message, today=today)
    given = dict(overrides)
    if settings.profile_name and not given.get("sender_name"):
        given["sender_name"] = settings.profile_name  # the user's own name beats a greeting's first name
    data = situation_from_message(found, given, intent=intent)
    missing = missing_required(data, intent)
    if missing:
        raise MissingFields(missing, flags)
    return data, found


def answer(message: Message, overrides: Mapping[str, Any], *, intent: Intent | str, settings: Settings,
           today: date | datetime | None = None, extraction: Extraction | None = None,
           flags: Mapping[str, str] | None = None) -> Answer:
    """The reply draft in the client's language, through the normal draft API, threaded and signed."""
    from composer.messages.extract import reference_date
    from composer.service import Tactful, as_situation

    data, found = plan(message, overrides, intent=intent, settings=settings, today=today, extraction=extraction, flags=flags)
    situation = as_situation(data)
    # The message's own date is what its times mean ("jeudi 14 mars" in a March 2024 e-mail), so the
    # situation's times are checked against it, not against the day the reply is written.
    when = reference_date(message, today or settings.today)
    result = Tactful(settings.model_copy(update={"today": when.date()})).draft(situation)
    given = {k for k, v in overrides.items() if v not in (None, "", [], ())} | ({"sender_name"} if settings.profile_name else set())
    from_message = [k for k in found.fields() if k in data and k not in given and data[k] == found.fields()[k]]
    defaulted = {k: v for k, v in DEFAULTS.items() if k not in given and k not in found.fields()}
    return Answer(found, situation, reply_draft(result, message.headers, settings), from_message, defaulted)


def eml_bytes(ans: Answer, message: Message, settings: Settings) -> bytes:
    return reply_eml(ans.draft, message.headers, settings)
