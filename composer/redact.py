"""The one redaction: what may be shown of an error, an endpoint or a log line, on every path.

Every place that prints, logs or stores an error message (CLI, page, batch records, provider batch,
judge, state files) passes it through `redact`, so a key echoed by a server never leaves the process.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

DEFAULT_ENDPOINT = "https://api.openai.com/v1"
HIDDEN = "[key hidden]"

# Key-like tokens (OpenAI/Anthropic/Groq style prefixes, masked or not), bearer tokens and key echoes.
_KEYLIKE = re.compile(r"\b(?:sk|pk|rk|gsk|xai|key)[-_][A-Za-z0-9_\-*.]{3,}", re.IGNORECASE)
_BEARER = re.compile(r"(\b(?:Bearer|Basic|Token)\s+)(?!\[key hidden\])[^\s\"',;]+", re.IGNORECASE)
_KEY_FIELD = re.compile(
    r"((?:api[_-]?key|x-api-key|access[_-]?token)[\"']?\s*[:=]\s*[\"']?)(?!\[key hidden\])[^\s\"',;}]+", re.IGNORECASE
)
_KEY_ECHO = re.compile(r"(Incorrect API key provided:)\s*(?:\[key hidden\]|\S)+", re.IGNORECASE)
_MIN_FRAGMENT = 6


def redact(text: str, secret: str | None = None) -> str:
    """`text` with the key, any long fragment of it, and anything key-like removed."""
    if not text:
        return text
    if secret:
        text = text.replace(secret, HIDDEN)
        # Servers echo masked keys ("sk-proj-****9XYZ"): hide any run of >= 6 of the key's characters.
        if len(secret) >= _MIN_FRAGMENT:
            for size in range(min(len(secret) - 1, 24), _MIN_FRAGMENT - 1, -1):
                for start in range(0, len(secret) - size + 1):
                    frag = secret[start : start + size]
                    if frag in text:
                        text = text.replace(frag, HIDDEN)
    text = _KEY_ECHO.sub(rf"\1 {HIDDEN}", text)
    text = _BEARER.sub(rf"\1{HIDDEN}", text)
    text = _KEY_FIELD.sub(rf"\1{HIDDEN}", text)
    return _KEYLIKE.sub(HIDDEN, text)


def safe_endpoint(url: str | None) -> str:
    """The endpoint as it may be shown: default filled in, any user:password@ and query removed."""
    parts = urlsplit(url or DEFAULT_ENDPOINT)
    if not parts.scheme:
        return (url or DEFAULT_ENDPOINT).split("@")[-1]
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))
