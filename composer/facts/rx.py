"""The fact model's own pattern cache: every pattern it uses, literal or built from a situation's values, compiled
once and kept by recency. `re`'s module cache holds 512 patterns and drops the oldest first, so the writer's
patterns (thousands per session) would evict the fact model's and make each draft recompile them."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=4096)
def rx(pattern: str | re.Pattern[str], flags: int = 0) -> re.Pattern[str]:
    """`pattern` compiled with `flags` (a compiled pattern is returned as is)."""
    return re.compile(pattern, flags)
