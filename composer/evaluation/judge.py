"""Optional LLM judge: a 1-5 rubric per dimension with a short justification, as a typed verdict.

The model is a parameter (any LangChain chat model); `judge_model(settings)` builds the same ChatOpenAI
endpoint the LLM writer uses. Nothing here runs unless asked: the deterministic scorers stay the reference,
and `agreement` says how far the judge agrees with them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, Field

from composer.config import Settings
from composer.errors import EndpointError, InputError
from composer.evaluation.models import Score
from composer.evaluation.scorer import draft_parts
from composer.models import Situation

# Kept next to the code that parses the verdict, so the two cannot drift apart.
RUBRIC = """You grade one client email drafted for the situation below. Grade two dimensions from 1 to 5.

completeness: does the draft carry every fact of the situation (recipient and sender names, the meeting and
its time, every proposed time, the colleague, the duration, every policy number) and make every move the
intent needs (reschedule: say it moves, give the reason, offer the times or ask for availability, ask to
confirm; decline: a clear no that keeps the door open, with an alternative for a key client; shorten: the
new length; switch_to_call / switch_to_email: propose it; delegate: name the colleague, why they fit or that
they are briefed, stay available; no_show_followup: check in kindly, offer a new time, fees only if a policy
is given; late_cancellation: acknowledge, offer to reschedule, state the policy gently; cancellation_policy:
every number and when changes are free)? 5 = all of it, nothing invented, no placeholders; 1 = most missing.

tone: courteous and tactful for the relationship, apologetic where the sender changes plans, sympathetic
where the client cancelled or did not come, hedged requests rather than orders, no blame, sarcasm, guilt
trips or shouting, the requested register (formal or friendly, e.g. vous/tu, u/je, Lei/tu), the requested
language, 40 to 220 words, no stock filler. 5 = a message a careful professional would send as is.

Give each score with one or two sentences of justification."""


class DimensionVerdict(BaseModel):
    score: int = Field(ge=1, le=5)
    justification: str = Field(max_length=600)


class JudgeVerdict(BaseModel):
    """The judge's typed answer."""

    completeness: DimensionVerdict
    tone: DimensionVerdict


def judge_model(settings: Settings) -> Any:
    """ChatOpenAI on the configured endpoint, deterministic (temperature 0)."""
    if not settings.llm_configured:
        raise InputError("the LLM judge needs an endpoint: set OPENAI_BASE_URL or OPENAI_API_KEY")
    from langchain_openai import ChatOpenAI

    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else "not-needed"
    return ChatOpenAI(
        model=settings.model,
        base_url=settings.openai_base_url,
        api_key=key,  # type: ignore[arg-type]
        temperature=0,
        timeout=settings.timeout,
        max_retries=settings.max_retries,
    )


def messages(situation: Situation, subject: str, body: str) -> list[tuple[str, str]]:
    """The rubric as the system message; the situation and the draft as the user message."""
    facts = situation.model_dump(mode="json", exclude_none=True)
    user = (
        f"<situation>\n{json.dumps(facts, ensure_ascii=False, indent=1)}\n</situation>\n\n"
        f"<draft>\nSubject: {subject}\n\n{body}\n</draft>"
    )
    return [("system", RUBRIC), ("human", user)]


def judge(situation: Situation, draft: Any, *, model: Any = None, settings: Settings | None = None) -> JudgeVerdict:
    """Ask the judge model for a verdict; the model, or the settings to build it from, is a parameter."""
    if model is None:
        if settings is None:
            raise InputError("judge() needs a model or settings")
        model = judge_model(settings)
    subject, body = draft_parts(draft)
    structured = model.with_structured_output(JudgeVerdict)
    try:
        out = structured.invoke(messages(situation, subject, body))
    except Exception as e:  # the endpoint's own error types vary by client; report them as one kind
        from composer.redact import redact

        secret = settings.openai_api_key.get_secret_value() if settings is not None and settings.openai_api_key else None
        raise EndpointError(redact(f"the judge model failed: {type(e).__name__}: {e}", secret)) from None
    if not isinstance(out, JudgeVerdict):
        out = JudgeVerdict.model_validate(out)
    return out


def _ranks(values: Sequence[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def spearman(a: Sequence[float], b: Sequence[float]) -> float | None:
    """Rank correlation with average ranks for ties; None when either side is constant."""
    if len(a) != len(b) or len(a) < 2:
        return None
    ra, rb = _ranks(a), _ranks(b)
    ma, mb = sum(ra) / len(ra), sum(rb) / len(rb)
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb, strict=True))
    va = sum((x - ma) ** 2 for x in ra) ** 0.5
    vb = sum((y - mb) ** 2 for y in rb) ** 0.5
    return None if va == 0 or vb == 0 else cov / (va * vb)


def agreement(judge_scores: Sequence[JudgeVerdict], det_scores: Sequence[Score]) -> dict[str, float | None]:
    """How far judge and scorers agree: pass/fail agreement (judge 4-5 = pass) and rank correlation, per dimension."""
    if len(judge_scores) != len(det_scores):
        raise ValueError(f"{len(judge_scores)} judge verdicts but {len(det_scores)} scores")
    n = len(det_scores)
    if n == 0:
        return {"n": 0, "completeness_agreement": None, "tone_agreement": None, "completeness_spearman": None, "tone_spearman": None}
    return {
        "n": n,
        "completeness_agreement": sum((j.completeness.score >= 4) == d.complete for j, d in zip(judge_scores, det_scores, strict=True)) / n,
        "tone_agreement": sum((j.tone.score >= 4) == d.tone_ok for j, d in zip(judge_scores, det_scores, strict=True)) / n,
        "completeness_spearman": spearman([j.completeness.score for j in judge_scores], [d.completeness for d in det_scores]),
        "tone_spearman": spearman([j.tone.score for j in judge_scores], [d.tone for d in det_scores]),
    }
