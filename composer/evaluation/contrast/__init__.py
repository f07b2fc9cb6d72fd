"""Training material the scorer's author wrote for the learned tone heads (not evaluation data)."""

from __future__ import annotations
