"""Typed results of scoring: one verdict per checklist item and tone signal, and the overall Score."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class Check(BaseModel):
    """One completeness checklist item: did the draft do it, and the text that shows it (or why not)."""

    item: str  # e.g. "greeting", "proposed_times[1]", "reschedule.asks_confirmation"
    passed: bool
    evidence: str
    required: bool = True  # a required item that fails makes the draft incomplete
    scope: Literal["universal", "intent"] = "universal"


class Signal(BaseModel):
    """One tone signal: how much it took off the tone score, and the text that triggered it."""

    name: str  # e.g. "blame", "shouting", "address", "length"
    passed: bool
    penalty: float = 0.0
    evidence: str


class Reason(BaseModel):
    """A flat line of the verdict, for JSONL output and reports."""

    item: str
    passed: bool
    evidence: str


class Score(BaseModel):
    """How complete and how well-toned one draft is, with every reason behind the numbers."""

    completeness: float = Field(ge=0, le=1)
    complete: bool
    tone: float = Field(ge=0, le=1)
    tone_ok: bool
    tone_mode: Literal["full", "rules"] = "rules"  # what measured the tone (see ToneVerdict.mode)
    reasons: list[Reason] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list)
    signals: list[Signal] = Field(default_factory=list)

    @property
    def failures(self) -> list[Reason]:
        return [r for r in self.reasons if not r.passed]


class ToneVerdict(BaseModel):
    """The one tone verdict: the score, whether it passes, and the failing signals with their evidence."""

    score: float = Field(ge=0, le=1)
    ok: bool
    mode: Literal["full", "rules"]  # "full" = rules + learned signal; "rules" = the fast transparent rules only
    reasons: list[Signal] = Field(default_factory=list)  # failing signals, each with its evidence span
    signals: list[Signal] = Field(default_factory=list)  # every signal, passed or not
