"""Retries as an httpx transport wrapper (sync and async), with a per-request policy from the caller.

The wrapper sets a :class:`CallContext` (a context variable) around each generated ``*_detailed`` call;
the transport reads it to know whether the request is idempotent, which timeout applies, and records the
final response and the number of retries taken. Requests made without a context (e.g. through
``ph.generated``) use the method: GET/HEAD/OPTIONS are idempotent, everything else is not.

Retry rules:
    * idempotent requests (reads and read-only POSTs): 408, 429, 5xx (incl. 512), connection errors,
      resets, truncated bodies and read timeouts;
    * other requests (writes): only when the request provably never reached the server (connect error,
      connect/pool timeout) or on 429 (the server refused it before doing anything).

Backoff is exponential with full jitter, honouring ``Retry-After`` up to ``max_retry_after`` seconds (a
longer wait is not retried: the :class:`~posthog_rest.RateLimitError` tells the caller how long to wait).

Example:
    >>> import httpx
    >>> client = httpx.Client(transport=RetryTransport(httpx.HTTPTransport(), max_retries=2))
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import random
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._errors import parse_retry_after

logger = logging.getLogger("posthog_rest")

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504, 512})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
#: Exceptions after which the request certainly never reached the server.
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass
class CallContext:
    """Per-call policy and bookkeeping shared between the executor and the transport.

    Example:
        >>> ctx = CallContext(idempotent=True, timeout=httpx.Timeout(5.0))
    """

    idempotent: bool | None = None
    timeout: httpx.Timeout | None = None
    retries: int = 0
    response: httpx.Response | None = None
    request: httpx.Request | None = None
    extra: dict[str, Any] = field(default_factory=dict)


CURRENT_CALL: contextvars.ContextVar[CallContext | None] = contextvars.ContextVar("posthog_rest_call", default=None)


@dataclass(frozen=True)
class RetryPolicy:
    """How many times and how long to retry.

    Example:
        >>> RetryPolicy(max_retries=3).delay(1, None)  # doctest: +SKIP
        0.73
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def delay(self, attempt: int, response: httpx.Response | None) -> float | None:
        """Seconds before retry number ``attempt`` (1-based); ``None`` when Retry-After is beyond the cap."""
        if response is not None:
            retry_after = parse_retry_after(response.headers)
            if retry_after is not None:
                return None if retry_after > self.max_retry_after else retry_after
        ceiling = min(self.max_delay, self.initial_delay * float(2 ** (attempt - 1)))
        return ceiling / 2 + random.uniform(0, ceiling / 2)


def _prepare(request: httpx.Request, ctx: CallContext | None) -> bool:
    """Apply the call's timeout to the request; answer whether it is idempotent."""
    if ctx is not None:
        ctx.request = request
        if ctx.timeout is not None:
            request.extensions["timeout"] = ctx.timeout.as_dict()
        if ctx.idempotent is not None:
            return ctx.idempotent
    return request.method.upper() in IDEMPOTENT_METHODS


def _should_retry_exc(exc: Exception, idempotent: bool) -> bool:
    if isinstance(exc, NEVER_SENT):
        return True
    return idempotent and isinstance(exc, httpx.TransportError) and not isinstance(exc, httpx.UnsupportedProtocol)


def _should_retry_status(status: int, idempotent: bool) -> bool:
    return status == 429 or (idempotent and status in RETRYABLE_STATUSES)


def _log_retry(request: httpx.Request, attempt: int, why: str, delay: float) -> None:
    logger.info("Retrying %s %s (%s), retry %d in %.2fs", request.method, request.url.path, why, attempt, delay)


class RetryTransport(httpx.BaseTransport):
    """Sync transport wrapper adding retries and per-call timeouts around another transport.

    Example:
        >>> httpx.Client(transport=RetryTransport(httpx.HTTPTransport(), max_retries=2))
        <httpx.Client object at ...>
    """

    def __init__(self, inner: httpx.BaseTransport, *, max_retries: int = 2, policy: RetryPolicy | None = None) -> None:
        self.inner = inner
        self.policy = policy or RetryPolicy(max_retries=max_retries)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying per the policy; the returned response's body is already read."""
        ctx = CURRENT_CALL.get()
        idempotent = _prepare(request, ctx)
        attempt = 0
        while True:
            try:
                response = self.inner.handle_request(request)
                response.read()
            except httpx.TransportError as exc:
                if attempt >= self.policy.max_retries or not _should_retry_exc(exc, idempotent):
                    raise
                attempt += 1
                delay = self.policy.delay(attempt, None) or 0.0
                _log_retry(request, attempt, type(exc).__name__, delay)
                if ctx is not None:
                    ctx.retries = attempt
                time.sleep(delay)
                continue
            if ctx is not None:
                ctx.response = response
            if attempt < self.policy.max_retries and _should_retry_status(response.status_code, idempotent):
                delay_or_none = self.policy.delay(attempt + 1, response)
                if delay_or_none is not None:
                    attempt += 1
                    _log_retry(request, attempt, f"HTTP {response.status_code}", delay_or_none)
                    if ctx is not None:
                        ctx.retries = attempt
                    response.close()
                    time.sleep(delay_or_none)
                    continue
            return response

    def close(self) -> None:
        """Close the wrapped transport."""
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`RetryTransport`.

    Example:
        >>> httpx.AsyncClient(transport=AsyncRetryTransport(httpx.AsyncHTTPTransport()))
        <httpx.AsyncClient object at ...>
    """

    def __init__(
        self, inner: httpx.AsyncBaseTransport, *, max_retries: int = 2, policy: RetryPolicy | None = None
    ) -> None:
        self.inner = inner
        self.policy = policy or RetryPolicy(max_retries=max_retries)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying per the policy; the returned response's body is already read."""
        ctx = CURRENT_CALL.get()
        idempotent = _prepare(request, ctx)
        attempt = 0
        while True:
            try:
                response = await self.inner.handle_async_request(request)
                await response.aread()
            except httpx.TransportError as exc:
                if attempt >= self.policy.max_retries or not _should_retry_exc(exc, idempotent):
                    raise
                attempt += 1
                delay = self.policy.delay(attempt, None) or 0.0
                _log_retry(request, attempt, type(exc).__name__, delay)
                if ctx is not None:
                    ctx.retries = attempt
                await asyncio.sleep(delay)
                continue
            if ctx is not None:
                ctx.response = response
            if attempt < self.policy.max_retries and _should_retry_status(response.status_code, idempotent):
                delay_or_none = self.policy.delay(attempt + 1, response)
                if delay_or_none is not None:
                    attempt += 1
                    _log_retry(request, attempt, f"HTTP {response.status_code}", delay_or_none)
                    if ctx is not None:
                        ctx.retries = attempt
                    await response.aclose()
                    await asyncio.sleep(delay_or_none)
                    continue
            return response

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self.inner.aclose()
