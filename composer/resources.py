"""Where the package's own data lives: corpus, shipped vectors and eval sets, read with importlib.resources.

In a checkout `composer/data/corpus` and `composer/data/evals` are symlinks to the top-level `corpus/` and
`evals/` folders; a built wheel holds copies. Either way the code asks the package, never the git tree.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def data_path(*parts: str) -> Path:
    """A path inside the package's data folder (a real directory for both wheel and editable installs)."""
    return Path(str(files("composer").joinpath("data", *parts)))


def corpus_dir() -> Path:
    return data_path("corpus")


def evals_dir(*parts: str) -> Path:
    return data_path("evals", *parts)
