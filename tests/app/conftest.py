"""The page's tests: canned guidance instead of the vector store, and fresh Streamlit caches per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st

from composer import api
from tests.app.fakes import CannedRetriever

APP = Path(__file__).resolve().parents[2] / "app.py"


@pytest.fixture(autouse=True)
def canned_guidance(monkeypatch: pytest.MonkeyPatch) -> Iterator[CannedRetriever]:
    """The page asks composer.api for its retriever; here it gets the canned one (no index build)."""
    retriever = CannedRetriever()
    monkeypatch.setattr(api, "get_default_retriever", lambda settings=None: retriever)
    st.cache_resource.clear()
    yield retriever
    st.cache_resource.clear()
