"""PostHog's per-project rate limits (all keys together), answered with 429 and ``Retry-After``."""

from __future__ import annotations

import math
import time
from collections import deque

from .._record import field, record

__all__ = ["DEFAULT_LIMITS", "RateLimiter", "category_of"]

# category -> [(requests, window seconds), ...]
DEFAULT_LIMITS: dict[str, list[tuple[int, float]]] = {
    "analytics": [(240, 60.0), (1200, 3600.0)],
    "query": [(240, 60.0), (2400, 3600.0)],  # APIQueriesBurstThrottle / APIQueriesSustainedThrottle
    "crud": [(480, 60.0), (4800, 3600.0)],
}


def category_of(handler_name: str) -> str:
    """Which limit an operation counts against: insight calculation and persons are analytics calls."""
    if handler_name.startswith("query_"):
        return "query"
    if handler_name.startswith("persons_") or handler_name.split("_")[1:2] in (
        ["trend"],
        ["path"],
        ["retention"],
        ["timing"],
    ):
        return "analytics"
    return "crud"


@record
class RateLimiter:
    """Sliding-window counters per (project, category). Off until ``enabled``."""

    enabled: bool = False
    limits: dict[str, list[tuple[int, float]]] = field(
        default_factory=lambda: {k: list(v) for k, v in DEFAULT_LIMITS.items()}
    )
    _hits: dict[tuple[int, str], deque[float]] = field(default_factory=dict)

    def check(self, project_id: int, category: str, now: float | None = None) -> int | None:
        """Count a request; ``None`` if allowed, else the seconds to wait (for ``Retry-After``)."""
        if not self.enabled:
            return None
        now = time.monotonic() if now is None else now
        hits = self._hits.setdefault((project_id, category), deque())
        longest = max((w for _, w in self.limits.get(category, [])), default=0.0)
        while hits and hits[0] <= now - longest:
            hits.popleft()
        wait = 0.0
        for limit, window in self.limits.get(category, []):
            in_window = [t for t in hits if t > now - window] if window < longest else list(hits)
            if len(in_window) >= limit:
                wait = max(wait, in_window[len(in_window) - limit] + window - now)
        if wait > 0:
            return max(1, math.ceil(wait))
        hits.append(now)
        return None

    def reset(self) -> None:
        """Forget every counted request."""
        self._hits.clear()
