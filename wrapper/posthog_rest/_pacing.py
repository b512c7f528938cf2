"""Client-side pacing for bulk paging: stay inside PostHog's per-project rate limits instead of earning 429s.

PostHog counts requests per project in sliding windows (all keys together): analytics calls, which
include the persons list, 240/minute and 1200/hour; other CRUD (the insights list) 480/minute and
4800/hour. A pager books a slot with :meth:`Pacer.reserve` before each page request and waits out the
returned delay: bursts run at full speed until a window is full, then requests go out as the window
slides (4/s sustained for analytics). One pacer per (connection, project, category) is shared by every
pager of a client and its ``with_project`` copies, so concurrent exports share the budget too.

Requests made elsewhere with the same project (other processes, other keys) are not seen here; the
retry transport still honours ``Retry-After`` for those.

Example:
    >>> pacer = Pacer(LIMITS["analytics"])
    >>> pacer.reserve()   # seconds to wait before sending (0.0 while the windows have room)
    0.0
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence

__all__ = ["LIMITS", "QUERY_CONCURRENCY", "Pacer", "QueryGate", "Slots"]

logger = logging.getLogger("posthog_rest")

#: PostHog's published per-project limits: category -> [(requests, window seconds), ...].
LIMITS: dict[str, tuple[tuple[int, float], ...]] = {
    "analytics": ((240, 60.0), (1200, 3600.0)),
    "crud": ((480, 60.0), (4800, 3600.0)),
    # The Query API's own throttles (POST query/): 240/minute and 2,400/hour per project.
    "query": ((240, 60.0), (2400, 3600.0)),
}
#: PostHog runs at most this many queries at once per project; the next one is answered 429.
QUERY_CONCURRENCY = 3
#: Added to every window: our send time is a little before the server counts the request.
MARGIN_S = 0.25


class Pacer:
    """Sliding-window request booking, thread-safe (sync prefetch threads) and loop-agnostic (async).

    Example:
        >>> pacer = Pacer(((2, 1.0),))
        >>> waits = [pacer.reserve() for _ in range(3)]   # the third waits ~1.25 s for the window to slide
    """

    def __init__(self, limits: Sequence[tuple[int, float]], clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = tuple((int(n), float(w) + MARGIN_S) for n, w in limits)
        self._longest = max((w for _, w in self.limits), default=0.0)
        self._booked: deque[float] = deque()
        self._lock = threading.Lock()
        self._clock = clock

    def reserve(self) -> float:
        """Book the next request slot; return how many seconds to wait before sending it."""
        with self._lock:
            now = self._clock()
            booked = self._booked
            while booked and booked[0] <= now - self._longest:
                booked.popleft()
            at = max(now, booked[-1]) if booked else now  # slots are booked in order
            # Bookings are sorted, so a window has room at `at` exactly when its `limit`-th latest booking
            # has left it: at >= booked[-limit] + window. Moving later never fills a window, so one pass does.
            for limit, window in self.limits:
                if 0 < limit <= len(booked):
                    at = max(at, booked[-limit] + window)
            booked.append(at)
            wait = at - now
        if wait > 5:
            logger.info("posthog-rest: pacing to PostHog's rate limits, next page in %.1f s", wait)
        return wait


class Slots:
    """A counter of requests in flight, thread-safe and loop-agnostic: :meth:`try_enter` never blocks.

    Plans poll it with ``Sleep`` steps, so the same gate works under both executors (a blocking semaphore
    would stall the event loop).

    Example:
        >>> slots = Slots(3)
        >>> [slots.try_enter() for _ in range(4)]
        [True, True, True, False]
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.busy = 0
        self._lock = threading.Lock()

    def try_enter(self) -> bool:
        """Take a slot if one is free."""
        with self._lock:
            if self.busy >= self.size:
                return False
            self.busy += 1
            return True

    def leave(self) -> None:
        """Give a slot back."""
        with self._lock:
            self.busy = max(0, self.busy - 1)


class QueryGate:
    """One project's Query API budget: the 240/min + 2,400/h pacer and the 3 queries in flight.

    Example:
        >>> gate = QueryGate()
        >>> gate.pacer.reserve(), gate.slots.try_enter()
        (0.0, True)
    """

    def __init__(self, concurrency: int = QUERY_CONCURRENCY) -> None:
        self.pacer = Pacer(LIMITS["query"])
        self.slots = Slots(concurrency)
