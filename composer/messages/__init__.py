"""Answering a client's own message: read it (.eml or pasted), extract the situation, thread the reply."""

from __future__ import annotations

from composer.messages.extract import extract
from composer.messages.models import Evidence, Extraction, Headers, Kind, Message
from composer.messages.parse import read_message

__all__ = ["Evidence", "Extraction", "Headers", "Kind", "Message", "extract", "read_message"]
