"""app.py as the browser test serves it: the real page and writer, with canned guidance instead of the vector store.

A fresh vector store takes a minute or more to index on a 2-core machine; the browser test is about the page,
so it swaps composer.api's retriever for the canned one (as the AppTest suite does) and then runs app.py itself.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from composer import api  # noqa: E402
from tests.app.fakes import CannedRetriever  # noqa: E402

_retriever = CannedRetriever()
api.get_default_retriever = lambda settings=None: _retriever  # type: ignore[assignment]
runpy.run_path(str(ROOT / "app.py"), run_name="__main__")
