"""Prompt templates are files in this folder, loaded by name and rendered with strict variables.

A template marks a variable as `{{ name }}`. Rendering fails on a variable that is not supplied and on a
supplied value the template does not use, so a renamed field can never silently drop out of a prompt.
Values are inserted once, never re-scanned, so user text containing `{{ ... }}` stays literal.
A file may hold sections (`## key` lines), each a small template of its own, and `<!-- comments -->`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

PROMPTS_DIR = Path(__file__).resolve().parent
_VAR = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
_NAME = re.compile(r"[a-z][a-z0-9_]*")
_COMMENT = re.compile(r"<!--.*?-->\n?", re.DOTALL)
_SECTION = re.compile(r"^## +(.+?) *$", re.MULTILINE)

__all__ = ["MissingVariable", "load_prompt", "names", "render", "render_section", "render_text", "sections", "variables"]


class MissingVariable(LookupError):
    """A template needs a variable the caller did not supply."""


def names() -> list[str]:
    """Every prompt file, by name."""
    return sorted(p.stem for p in PROMPTS_DIR.glob("*.md"))


@lru_cache(maxsize=None)
def load_prompt(name: str) -> str:
    """The template text of `<name>.md`, comments removed."""
    path = PROMPTS_DIR / f"{name}.md"
    if not _NAME.fullmatch(name) or not path.is_file():
        raise KeyError(f"no prompt named {name!r} (have: {', '.join(names())})")
    return _COMMENT.sub("", path.read_text(encoding="utf-8"))


def variables(template: str) -> set[str]:
    return set(_VAR.findall(template))


def render_text(template: str, label: str = "template", /, **values: object) -> str:
    """Fill every `{{ var }}` of a template; missing or unused values are errors."""
    needed = variables(template)
    missing = sorted(needed - values.keys())
    if missing:
        raise MissingVariable(f"prompt {label!r} needs variable(s) {', '.join(missing)}")
    unused = sorted(values.keys() - needed)
    if unused:
        raise TypeError(f"prompt {label!r} has no variable(s) {', '.join(unused)}")
    return _VAR.sub(lambda m: str(values[m.group(1)]), template).strip()


def render(name: str, /, **values: object) -> str:
    """Render the prompt file `<name>.md`."""
    return render_text(load_prompt(name), name, **values)


@lru_cache(maxsize=None)
def sections(name: str) -> dict[str, str]:
    """The `## key` sections of a prompt file, each as its own template."""
    text = load_prompt(name)
    heads = list(_SECTION.finditer(text))
    if not heads:
        raise KeyError(f"prompt {name!r} has no '## ' sections")
    out: dict[str, str] = {}
    for head, nxt in zip(heads, [*heads[1:], None], strict=True):
        out[head.group(1)] = text[head.end() : nxt.start() if nxt else len(text)].strip()
    return out


def render_section(name: str, key: str, /, **values: object) -> str:
    """Render one section of a sectioned prompt file."""
    found = sections(name)
    if key not in found:
        raise KeyError(f"prompt {name!r} has no section {key!r} (have: {', '.join(found)})")
    return render_text(found[key], f"{name}#{key}", **values)
