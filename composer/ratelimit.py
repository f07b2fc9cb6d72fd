"""Requests and tokens per minute (TACTFUL_RPM, TACTFUL_TPM): one token bucket shared by the batch workers.

Each bucket refills continuously at limit/60 per second and holds at most one second's worth (or one call's
worth, whichever is larger), so no minute ever sees more than the limit plus a second's burst. A draft's size
is only known once it is written, so a worker reserves the running mean of what drafts have cost so far and
settles the difference afterwards; a draft that needed retries or a repair round pays for its extra requests
the same way. A bucket in debt makes the next workers wait, which keeps the average under the limit.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

DEFAULT_ESTIMATE = 1500  # tokens per draft before any has been measured (prompt ~1,200 + reply ~300)


class _Bucket:
    """Level, capacity and rate of one resource; not thread-safe on its own (RateLimiter holds the lock)."""

    def __init__(self, per_minute: int, *, floor: float, now: float) -> None:
        self.rate = per_minute / 60.0
        self.capacity = max(self.rate, floor)
        self.level = 0.0  # start empty: a fresh process must not add a burst to a minute already used
        self.at = now

    def refill(self, now: float) -> None:
        self.level = min(self.capacity, self.level + (now - self.at) * self.rate)
        self.at = now

    def wait_for(self, amount: float) -> float:
        """Seconds until `amount` fits (a call larger than the capacity waits for a full bucket)."""
        need = min(amount, self.capacity) - self.level
        # a level a rounding error short of the amount counts as enough: waiting 1e-17 s would leave a clock
        # at ~1.0 unchanged and spin
        return 0.0 if need <= 1e-9 * max(1.0, amount) else need / self.rate


class RateLimiter:
    """Blocks callers so that requests and tokens stay under their per-minute limits; None means no limit."""

    def __init__(
        self,
        *,
        rpm: int | None = None,
        tpm: int | None = None,
        estimate: int = DEFAULT_ESTIMATE,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rpm is not None and rpm < 1 or tpm is not None and tpm < 1:
            raise ValueError("rpm and tpm must be at least 1 when given")
        now = clock()
        self.rpm, self.tpm = rpm, tpm
        self._requests = _Bucket(rpm, floor=1.0, now=now) if rpm else None
        self._tokens = _Bucket(tpm, floor=float(estimate), now=now) if tpm else None
        self._clock, self._sleep = clock, sleep
        self._lock = threading.Lock()
        self._spent_tokens = 0
        self._drafts = 0
        self._first_estimate = estimate
        self.waited = 0.0  # seconds callers spent waiting, summed over workers

    @property
    def active(self) -> bool:
        return self._requests is not None or self._tokens is not None

    @property
    def estimate(self) -> int:
        """Tokens a draft is expected to cost: the mean so far, or the default before the first one."""
        return round(self._spent_tokens / self._drafts) if self._drafts else self._first_estimate

    def acquire(self) -> int:
        """Wait until one more request and an average draft's tokens fit; returns the tokens reserved."""
        if not self.active:
            return 0
        while True:
            with self._lock:
                now = self._clock()
                reserve = self.estimate
                wait = 0.0
                for bucket, amount in ((self._requests, 1.0), (self._tokens, float(reserve))):
                    if bucket is not None:
                        bucket.refill(now)
                        wait = max(wait, bucket.wait_for(amount))
                if wait <= 0:
                    if self._requests is not None:
                        self._requests.level -= 1
                    if self._tokens is not None:
                        self._tokens.level -= reserve
                    return reserve
            self._sleep(wait)
            with self._lock:
                self.waited += wait

    def settle(self, reserved: int, *, tokens: int | None, requests: int = 1) -> None:
        """Charge what the draft really cost: tokens beyond (or short of) the reservation, and requests beyond
        the one reserved; `tokens=None` (unknown, e.g. the endpoint failed) keeps the reservation as spent,
        `requests=0, tokens=0` gives back everything (the item was refused before any request)."""
        if not self.active:
            return
        with self._lock:
            if tokens is not None:
                if tokens > 0:
                    self._spent_tokens += tokens
                    self._drafts += 1
                if self._tokens is not None:
                    self._tokens.level -= tokens - reserved
            if self._requests is not None:
                self._requests.level -= requests - 1

    def describe(self) -> str:
        parts = [f"{self.rpm} requests/min"] if self.rpm else []
        parts += [f"{self.tpm} tokens/min"] if self.tpm else []
        return ", ".join(parts) or "no limit"


def limiter_for(settings: object) -> RateLimiter | None:
    """The one decision on whether drafts are rate-limited: only against an LLM endpoint, and only when
    TACTFUL_RPM or TACTFUL_TPM is set. Every path (CLI batch, draft_many, the page's batch tab, evals) asks here
    and shares the limiter it gets for the whole run."""
    rpm, tpm = getattr(settings, "rpm", None), getattr(settings, "tpm", None)
    if not getattr(settings, "llm_configured", False) or not (rpm or tpm):
        return None
    return RateLimiter(rpm=rpm, tpm=tpm)
