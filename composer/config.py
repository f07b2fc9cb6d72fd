"""Settings from the environment and an optional TOML file; flags override per call."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import AliasChoices, Field, SecretStr, ValidationError
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from composer.errors import SettingsError
from composer.resources import corpus_dir as _shipped_corpus

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent  # the checkout, for developer tools only (ingestion from ../shared/seeds)


def default_home() -> Path:
    """Per-user data directory (XDG on Linux), where the embedded vector store lives."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "tactful"


def default_config_file() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "tactful" / "config.toml"


class Settings(BaseSettings):
    """Where the LLM and the vector store are; nothing configured means the offline defaults."""

    model_config = SettingsConfigDict(extra="ignore", env_ignore_empty=True)  # VAR= in a shell means unset, not a bad value

    openai_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_API_KEY")
    )
    openai_base_url: str | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_BASE_URL")
    )
    model: str = Field(default="gpt-4o-mini", validation_alias=AliasChoices("TACTFUL_MODEL"))
    temperature: float = Field(
        default=0.4, ge=0, le=2, validation_alias=AliasChoices("TACTFUL_TEMPERATURE")
    )
    timeout: float = Field(default=60.0, gt=0, validation_alias=AliasChoices("TACTFUL_TIMEOUT"))
    max_retries: int = Field(
        default=4, ge=0, le=20, validation_alias=AliasChoices("TACTFUL_MAX_RETRIES")
    )
    retry_backoff: float = Field(
        default=0.5, ge=0, le=60, validation_alias=AliasChoices("TACTFUL_RETRY_BACKOFF")
    )  # first retry delay in seconds; doubles each time, with jitter, capped
    concurrency: int = Field(
        default=8, ge=1, le=512, validation_alias=AliasChoices("TACTFUL_CONCURRENCY")
    )
    rpm: int | None = Field(
        default=None, ge=1, validation_alias=AliasChoices("TACTFUL_RPM")
    )  # requests per minute the endpoint allows (batch workers share one limiter); unset = no limit
    tpm: int | None = Field(
        default=None, ge=1, validation_alias=AliasChoices("TACTFUL_TPM")
    )  # tokens per minute, likewise
    home: Path = Field(default_factory=default_home, validation_alias=AliasChoices("TACTFUL_HOME"))
    chroma_path: Path | None = Field(
        default=None, validation_alias=AliasChoices("TACTFUL_CHROMA_PATH")
    )
    chroma_url: str | None = Field(
        default=None, validation_alias=AliasChoices("TACTFUL_CHROMA_URL")
    )
    corpus_dir: Path = Field(
        default_factory=_shipped_corpus, validation_alias=AliasChoices("TACTFUL_CORPUS_DIR")
    )
    top_k: int = Field(default=4, ge=1, le=20, validation_alias=AliasChoices("TACTFUL_TOP_K"))
    today: date | None = Field(
        default=None, validation_alias=AliasChoices("TACTFUL_TODAY")
    )  # reference date for reading times (ISO, e.g. 2024-03-01); unset = the real today. Tests and batches pin it.
    # Tone verdict: "full" = transparent rules + learned politeness/formality heads (one embedding batch per
    # draft); "rules" = the rules alone, no model (fast; see docs/tone.md for both modes' accuracy).
    tone_mode: Literal["full", "rules"] = Field(default="full", validation_alias=AliasChoices("TACTFUL_TONE"))
    # The user's profile: fills From: and the signature of replies; no profile, no From:.
    profile_name: str | None = Field(default=None, validation_alias=AliasChoices("TACTFUL_PROFILE_NAME"))
    profile_email: str | None = Field(default=None, validation_alias=AliasChoices("TACTFUL_PROFILE_EMAIL"))
    profile_title: str | None = Field(default=None, validation_alias=AliasChoices("TACTFUL_PROFILE_TITLE"))
    profile_company: str | None = Field(default=None, validation_alias=AliasChoices("TACTFUL_PROFILE_COMPANY"))

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        path = Path(os.environ.get("TACTFUL_CONFIG", default_config_file()))
        toml = _FieldNamedToml(settings_cls, toml_file=path if path.is_file() else None)
        return (init_settings, env_settings, toml)

    @property
    def llm_configured(self) -> bool:
        """An endpoint counts as configured when a key or a base URL is set."""
        return bool(self.openai_base_url) or bool(
            self.openai_api_key and self.openai_api_key.get_secret_value()
        )

    @property
    def store_path(self) -> Path:
        return self.chroma_path or (self.home / "chroma")


def _alias(name: str) -> str:
    alias = Settings.model_fields[name].validation_alias
    return alias.choices[0] if isinstance(alias, AliasChoices) else name  # type: ignore[return-value]


class _FieldNamedToml(TomlConfigSettingsSource):
    """Lets the config file use plain field names (model = "...") without the env matching them."""

    def __call__(self) -> dict[str, object]:
        data = super().__call__()
        return {(_alias(k) if k in Settings.model_fields else k): v for k, v in data.items()}


def get_settings(**overrides: object) -> Settings:
    """Fresh settings from env/config, with explicit overrides by field name (None means 'not given').

    A bad value anywhere (environment, config file, flag) is one SettingsError line naming the variable
    or file and what is allowed, never a traceback.
    """
    unknown = set(overrides) - set(Settings.model_fields)
    if unknown:
        raise TypeError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    given = {_alias(k): v for k, v in overrides.items() if v is not None}
    key = None if given else _sources_key()
    if key is not None and key == _last[0]:
        return _last[1].model_copy()
    try:
        settings = Settings(**given)
    except ValidationError as e:
        raise SettingsError(_describe_settings_error(e, overrides)) from None
    except (OSError, ValueError) as e:  # an unreadable or malformed config file (tomllib raises ValueError)
        path = os.environ.get("TACTFUL_CONFIG") or str(default_config_file())
        detail = " ".join(str(e).split())[:120]
        raise SettingsError(f"config file {path}: not valid TOML ({detail}); fix or remove it") from None
    if key is not None:
        _last[:] = [key, settings.model_copy()]
    return settings


# The last settings read from unchanged sources: api.draft() builds a service per call, and re-reading the
# environment and the config file cost ~1 ms of every warm draft. Any change to a variable or the file is a new read.
_last: list[Any] = [None, None]


def _sources_key() -> tuple[object, ...]:
    env = tuple(sorted((k, v) for k, v in os.environ.items() if k.startswith(("TACTFUL_", "OPENAI_", "XDG_")) or k == "HOME"))
    path = Path(os.environ.get("TACTFUL_CONFIG", default_config_file()))
    try:
        st = path.stat()
        stamp: tuple[object, ...] = (st.st_mtime_ns, st.st_size, st.st_ino)
    except OSError:
        stamp = ()
    return (env, str(path), stamp)


def _describe_settings_error(e: ValidationError, overrides: dict[str, object]) -> str:
    parts = []
    for err in e.errors():
        loc = str(err.get("loc", ("?",))[0])
        field = loc if loc in Settings.model_fields else next((f for f in Settings.model_fields if _alias(f) == loc), None)
        if field is not None and overrides.get(field) is not None:
            where = f"--{field.replace('_', '-')}"
        elif field is not None and _alias(field) in os.environ:
            where = _alias(field)
        elif field is not None:
            where = f"{field} in config file {os.environ.get('TACTFUL_CONFIG') or default_config_file()}"
        else:
            where = loc
        value = str(err.get("input", ""))[:80]
        parts.append(f"{where}={value!r} is not allowed ({_allowed(field)})")
    return "setting " + "; ".join(parts)


def _allowed(field: str | None) -> str:
    """What a setting accepts, from its declared type and bounds."""
    if field is None:
        return "see the README's configuration table"
    info = Settings.model_fields[field]
    args = getattr(info.annotation, "__args__", (info.annotation,))
    kind = "a whole number" if int in args else "a number" if float in args else "text"
    if Path in args:
        kind = "a path"
    if date in args:
        kind = "a date written YYYY-MM-DD, e.g. 2026-03-01"
    bounds = []
    for m in info.metadata:
        for attr, word in (("ge", "at least"), ("gt", "more than"), ("le", "at most"), ("lt", "less than")):
            if getattr(m, attr, None) is not None:
                bounds.append(f"{word} {getattr(m, attr)}")
    return kind + (", " + " and ".join(bounds) if bounds else "")
