"""Refresh modes, and the plans for ``insights.refresh(wait=True)`` and ``get(max_age=…)``.

Example:
    >>> from posthog_rest import Refresh
    >>> ph.insights.get(42, refresh=Refresh.BLOCKING)
    >>> ph.insights.refresh(42, wait=True, timeout=120)
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from functools import partial
from typing import Any

from ._core import Call, Plan, Sleep, TimeoutLike
from ._errors import InvalidRequestError, QueryFailedError, QueryTimeoutError

#: Read timeout for calls that may calculate synchronously.
BLOCKING_READ_TIMEOUT = 300.0


class Refresh(StrEnum):
    """How aggressively an insight read recalculates (the API's ``refresh`` parameter).

    * ``FORCE_CACHE`` — cached result or a cache miss (``result`` is ``None``); never calculates. The default.
    * ``BLOCKING`` — calculate now, unless the cache is very fresh.
    * ``ASYNC`` — start a background calculation unless very fresh; returns at once with ``query_status``.
    * ``LAZY_ASYNC`` — background calculation only if not even somewhat fresh.
    * ``FORCE_BLOCKING`` — always calculate now (legacy ``refresh=True``).
    * ``FORCE_ASYNC`` — always calculate in the background.
    * ``ASYNC_EXCEPT_ON_CACHE_MISS`` — background when stale, but calculate now on a cache miss.

    Example:
        >>> ph.insights.get(42, refresh=Refresh.FORCE_BLOCKING)
        >>> ph.insights.get(42, refresh="blocking")     # plain strings work too
    """

    FORCE_CACHE = "force_cache"
    BLOCKING = "blocking"
    ASYNC = "async"
    LAZY_ASYNC = "lazy_async"
    FORCE_BLOCKING = "force_blocking"
    FORCE_ASYNC = "force_async"
    ASYNC_EXCEPT_ON_CACHE_MISS = "async_except_on_cache_miss"


BLOCKING_MODES = frozenset({Refresh.BLOCKING, Refresh.FORCE_BLOCKING, Refresh.ASYNC_EXCEPT_ON_CACHE_MISS})


def parse_refresh(refresh: Refresh | str | bool | None) -> Refresh | None:
    """Validate a refresh argument before sending; ``True`` means ``force_blocking``, ``False``/``None`` nothing.

    Example:
        >>> parse_refresh("blocking")
        <Refresh.BLOCKING: 'blocking'>
    """
    if refresh is None or refresh is False:
        return None
    if refresh is True:
        return Refresh.FORCE_BLOCKING
    try:
        return Refresh(refresh)
    except ValueError:
        valid = ", ".join(repr(m.value) for m in Refresh)
        raise InvalidRequestError(f"Invalid refresh mode {refresh!r}. Valid modes: {valid} (or True).") from None


def to_generated(refresh: Refresh | None) -> Any:
    """The generated ``RefreshMode`` member for ``refresh`` (``None`` stays ``None``)."""
    if refresh is None:
        return None
    from posthog_openapi.models.refresh_mode import RefreshMode

    return RefreshMode(refresh.value)


def read_timeout(refresh: Refresh | None, timeout: float | None) -> float | None:
    """The per-call timeout: the caller's, else a long read timeout for modes that may calculate now."""
    if timeout is not None:
        return timeout
    return BLOCKING_READ_TIMEOUT if refresh in BLOCKING_MODES else None


def is_fresh(last_refresh: datetime | None, max_age: timedelta, now: datetime | None = None) -> bool:
    """Whether a result calculated at ``last_refresh`` is younger than ``max_age``.

    Example:
        >>> is_fresh(datetime.now(UTC), timedelta(minutes=5))
        True
    """
    if last_refresh is None:
        return False
    if last_refresh.tzinfo is None:
        last_refresh = last_refresh.replace(tzinfo=UTC)
    return (now or datetime.now(UTC)) - last_refresh <= max_age


def query_status_plan(project_id: str, query_id: str, timeout: TimeoutLike = None) -> Plan[Any]:
    """One poll of ``query_retrieve``: the query's status (202 running, 200 done, a failed query's 400 too).

    Example:
        >>> status = yield from query_status_plan("12345", "a1b2c3")
    """
    from posthog_openapi.api.query import query_retrieve
    from posthog_openapi.models.query_status_response import QueryStatusResponse

    answer = yield from Call(
        partial(query_retrieve.sync_detailed, project_id=project_id, query_id=query_id),
        expect=QueryStatusResponse,
        ok=frozenset({200, 202, 400}),
        timeout=timeout,
    )
    from ._models import settle_status

    return settle_status(answer.query_status)


def cancel_query_plan(project_id: str, query_id: str, timeout: TimeoutLike = None) -> Plan[Any]:
    """``query_destroy``: cancel a background query (PostHog answers 200 even for an unknown id).

    Example:
        >>> answer = yield from cancel_query_plan("12345", "a1b2c3")
    """
    from posthog_openapi.api.query import query_destroy
    from posthog_openapi.models.query_cancel_response import QueryCancelResponse

    return (
        yield from Call(
            partial(query_destroy.sync_detailed, project_id=project_id, query_id=query_id),
            expect=QueryCancelResponse,
            timeout=timeout,
        )
    )


def wait_for_query_plan(
    project_id: str,
    query_id: str,
    *,
    timeout: float,
    poll_interval: float = 0.25,
    max_interval: float = 3.0,
    pace: Callable[[], float] | None = None,
) -> Plan[Any]:
    """Poll ``query_retrieve`` (backing off) until the calculation completes; returns the final status.

    ``pace`` books each poll in a rate-limit budget and returns the seconds to wait first (PostHog
    throttles ``GET query/{id}/`` with the same Query API limits as ``POST query/``).
    Raises :class:`QueryFailedError` with the server's message, or :class:`QueryTimeoutError` naming
    ``cancel_query`` when ``timeout`` seconds pass first.
    """
    deadline = time.monotonic() + timeout
    interval = poll_interval
    while True:
        wait = pace() if pace is not None else 0.0
        if wait > 0:
            yield Sleep(wait)
        status = yield from query_status_plan(project_id, query_id)
        if status.error is True or status.error_message:
            message = status.error_message or "the calculation failed without a message"
            raise QueryFailedError(f"Query {query_id} failed: {message}", query_id=query_id, detail=message)
        if status.complete:
            return status
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise QueryTimeoutError(
                f"Query {query_id} still running after {timeout:g}s; it keeps running on the server. "
                f"Cancel it with ph.cancel_query({query_id!r}) or wait longer with a bigger timeout.",
                query_id=query_id,
            )
        yield Sleep(min(interval, remaining))
        interval = min(max_interval, interval * 1.6)
