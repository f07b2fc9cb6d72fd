"""The page's tests: canned guidance instead of the vector store, and fresh Streamlit caches per test."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.components.v2 import manifest_scanner

from composer import api
from tests.app.fakes import CannedRetriever

APP = Path(__file__).resolve().parents[2] / "app.py"


@pytest.fixture(scope="session", autouse=True)
def installed_components_scanned_once() -> Iterator[None]:
    """Every AppTest run scans the metadata of all installed distributions for Streamlit components (hundreds
    of files, seconds on a loaded 2-core machine); the installed packages do not change during a session, so
    the scan runs once and its answer is shared. The page's own components still register on every run."""
    real = manifest_scanner.scan_component_manifests
    manifest_scanner.scan_component_manifests = functools.cache(real)
    yield
    manifest_scanner.scan_component_manifests = real


@pytest.fixture(autouse=True)
def canned_guidance(monkeypatch: pytest.MonkeyPatch) -> Iterator[CannedRetriever]:
    """The page asks composer.api for its retriever; here it gets the canned one (no index build)."""
    retriever = CannedRetriever()
    monkeypatch.setattr(api, "get_default_retriever", lambda settings=None: retriever)
    st.cache_resource.clear()
    yield retriever
    st.cache_resource.clear()
