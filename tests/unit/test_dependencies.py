"""Only declared, public dependencies are imported by the package and the page.

Every top-level import in composer/ and app.py is either the standard library, composer itself, or a
distribution named in pyproject's dependencies; nothing reaches into another package's private modules
(like `typer._click`). Optional imports guarded by `except ImportError` are listed explicitly.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OPTIONAL = {"httpx2"}  # tried first, with a fallback when absent (composer/llm/retry.py)


def _imports() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in [*ROOT.joinpath("composer").rglob("*.py"), ROOT / "app.py"]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for n in names:
                found.setdefault(n, set()).add(str(path.relative_to(ROOT)))
    return found


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {re.split(r"[<>=!~\[ ;]", d, maxsplit=1)[0].lower().replace("_", "-") for d in project["dependencies"]}


def test_every_third_party_import_is_a_declared_dependency() -> None:
    dists = packages_distributions()
    declared = _declared()
    missing = {}
    for module, where in _imports().items():
        top = module.split(".")[0]
        if top in sys.stdlib_module_names or top in ("composer", "__future__") or top in OPTIONAL:
            continue
        owners = {d.lower().replace("_", "-") for d in dists.get(top, [])}
        if not owners & declared:
            missing[module] = sorted(where)[:3]
    assert not missing, f"imported but not declared in pyproject dependencies: {missing}"


def test_no_private_module_of_another_package_is_imported() -> None:
    private = {m: sorted(w)[:3] for m, w in _imports().items()
               if not m.startswith("composer") and any(part.startswith("_") for part in m.split(".")[1:])}
    assert not private, private
