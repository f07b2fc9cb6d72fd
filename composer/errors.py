"""One small hierarchy of errors; only the CLI and the page turn them into messages."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError


class TactfulError(Exception):
    """Base of every error Tactful raises on purpose."""


class InputError(TactfulError, ValueError):
    """The user's input (a situation, a file, a flag) is not usable; the message says why."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field

    @classmethod
    def from_validation(cls, exc: ValidationError, *, prefix: str = "") -> InputError:
        """One readable line naming each bad field and, for choices, the allowed values."""
        parts = [_describe(err) for err in exc.errors()]
        if len(parts) > 5:  # one readable line: the first few problems, and how many more
            parts = [*parts[:5], f"and {len(parts) - 5} more problem(s)"]
        first = exc.errors()[0] if exc.errors() else {}
        field = ".".join(_loc_part(p) for p in first.get("loc", ())) or None
        return cls(prefix + "; ".join(parts), field=field)


class SituationError(InputError):
    """A situation failed validation."""


class FileInputError(InputError):
    """A file could not be read: missing, empty, not UTF-8, malformed."""


class EndpointError(TactfulError):
    """The configured LLM endpoint failed in a way retries cannot fix (auth, model, exhausted retries)."""

    def __init__(self, message: str, *, endpoint: str | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.endpoint = endpoint
        self.status = status


class Unsupported(TactfulError):
    """The active writer cannot do what was asked (e.g. the built-in writer rewriting free text)."""


class SettingsError(TactfulError):
    """A setting (environment variable or config file) is not usable; the message names it and what is allowed."""


class StoreError(TactfulError):
    """The vector store could not be opened, filled or queried."""


def _loc_part(p: Any) -> str:
    """A field name as shown; one a user made up (a key with spaces, line breaks, 10 KB) is quoted short."""
    text = str(p)
    if isinstance(p, int) or (text.isidentifier() and len(text) <= 40):
        return text
    from composer.textsafe import quote

    return quote(text, 40)


def _describe(err: dict[str, Any]) -> str:
    loc = ".".join(_loc_part(p) for p in err.get("loc", ()) if p != "__root__")
    kind = err.get("type", "")
    msg = str(err.get("msg", "invalid"))
    if kind == "extra_forbidden":
        return f"{loc}: unknown field (allowed: {_allowed_fields(policy=str(err.get('loc', ('',))[0]) == 'policy')})"
    if kind == "missing":
        return f"{loc}: field required"
    if kind == "enum":
        expected = err.get("ctx", {}).get("expected", "")
        from composer.textsafe import quote  # a bad value is shown short and escaped, never echoed whole

        return f"{loc}: {quote(err.get('input'))} is not allowed (allowed: {expected.replace(' or ', ', ')})"
    if msg.startswith("Value error, "):
        msg = msg.removeprefix("Value error, ")
        return msg if not loc else f"{loc}: {msg}"
    return f"{loc}: {msg}" if loc else msg


def _allowed_fields(*, policy: bool = False) -> str:
    from composer.models import Policy, Situation

    return ", ".join((Policy if policy else Situation).model_fields)
