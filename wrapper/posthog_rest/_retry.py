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

Redirects: httpx follows them (the client has ``follow_redirects=True``), but the transport refuses,
with an :class:`~posthog_rest.APIStatusError`, any redirect to another origin (the key must never leave
it) and any 301/302/303 of a non-GET request (httpx would silently turn the write into a GET); 307/308
on the same origin (PostHog's environments → projects move) are followed.

Query-string authentication (``auth="query"``): the transport adds ``personal_api_key`` to the copy of
the request it sends, only on the configured origin, so the key is in no URL httpx logs or errors show.

Backoff is exponential with full jitter, honouring ``Retry-After`` up to ``max_retry_after`` seconds (a
longer wait is not retried: the :class:`~posthog_rest.RateLimitError` tells the caller how long to wait).

Example:
    >>> import httpx
    >>> client = httpx.Client(transport=RetryTransport(httpx.HTTPTransport(), max_retries=2))
"""

from __future__ import annotations

import contextvars
import logging
import operator
import random
import threading
import time

import httpx

from ._body import DEFAULT_MAX_RESPONSE_BYTES, aread_body, check_deadline, read_body
from ._config import origin, redact_url
from ._deadline import DEADLINE
from ._errors import APIStatusError, DeadlineExceededError, parse_retry_after
from ._record import field, record

logger = logging.getLogger("posthog_rest")

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504, 512})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
#: Exceptions after which the request certainly never reached the server.
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class CallContext:
    """Per-call policy and bookkeeping shared between the executor and the transport.

    Example:
        >>> ctx = CallContext(idempotent=True, timeout=httpx.Timeout(5.0))
    """

    # A plain slotted class: one is made per call (a generated __init__ costs several times as much).
    __slots__ = ("deadline", "deadline_seconds", "idempotent", "request", "response", "retries", "timeout", "visited")

    def __init__(self, idempotent: bool | None = None, timeout: httpx.Timeout | None = None) -> None:
        self.idempotent = idempotent
        self.timeout = timeout
        self.retries = 0
        self.response: httpx.Response | None = None
        self.request: httpx.Request | None = None
        #: When the whole call must be over (``time.monotonic()``), set by the transport on the first request.
        self.deadline: float | None = None
        #: The call's deadline in seconds (for messages).
        self.deadline_seconds: float | None = None
        #: URLs this call was redirected from (a loop, or too long a chain, is refused): a tuple, as most calls
        #: follow none and the empty one is shared.
        self.visited: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"CallContext(idempotent={self.idempotent}, retries={self.retries})"


CURRENT_CALL: contextvars.ContextVar[CallContext | None] = contextvars.ContextVar("posthog_rest_call", default=None)
#: Set (by a prefetching pager being closed) when nobody needs the current call's answer: no more retries.
CANCELLED: contextvars.ContextVar[threading.Event | None] = contextvars.ContextVar("posthog_rest_cancel", default=None)


@record(frozen=True)
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


REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_REDIRECT_OR_RETRY = REDIRECT_STATUSES | RETRYABLE_STATUSES
#: Redirects one call may follow (PostHog's own moves take one); a same-URL loop is refused at once.
MAX_REDIRECTS = 5
#: Default total deadline of one call, in seconds: every attempt, backoff, ``Retry-After`` wait and byte read.
DEFAULT_DEADLINE = 300.0


def check_redirect(request: httpx.Request, response: httpx.Response, ctx: CallContext | None = None) -> None:
    """Raise :class:`~posthog_rest.APIStatusError` for a redirect the SDK must not follow.

    Refused: another origin (the key must not go there), and 301/302/303 for anything but GET/HEAD
    (httpx would resend a write as a GET). Same-origin 307/308, and any same-origin redirect of a read,
    are left to httpx to follow.

    Example:
        >>> check_redirect(req, httpx.Response(308, headers={"location": "/api/projects/1/"}))  # doctest: +SKIP
    """
    if response.status_code not in REDIRECT_STATUSES or "location" not in response.headers:
        return
    try:
        target = request.url.join(response.headers["location"])
    except httpx.InvalidURL:
        target = None
    method = request.method.upper()
    if target is None or origin(target) != origin(request.url):
        where = f"{target.scheme}://{target.host}" if target is not None else "an invalid location"
        reason = f"to another origin ({where}); the API key is never sent there"
    elif method not in ("GET", "HEAD") and response.status_code not in (307, 308):
        reason = f"for {method}: a {response.status_code} would resend it as a GET"
    elif ctx is not None and (str(target) in ctx.visited or str(target) == str(request.url)):
        reason = f"back to {target.path}, a loop (the {method} was not sent again)"
    elif ctx is not None and len(ctx.visited) >= MAX_REDIRECTS:
        reason = f"after {MAX_REDIRECTS} redirects (the {method} was not sent again)"
    else:
        if ctx is not None:
            ctx.visited = (*ctx.visited, str(request.url))
        return
    raise APIStatusError(
        f"HTTP {response.status_code}: refusing to follow the redirect {reason}. If your PostHog moved, "
        "configure its new host.",
        status=response.status_code,
        headers=response.headers,
        may_have_been_applied=False,
    )


@record
class KeyAuth:
    """Where the API key may go: only to ``origin``, as a bearer header or (``in_query``) ``personal_api_key``.

    The transport adds it per request, so a caller's shared ``httpx.Client`` never carries it to other hosts.

    Example:
        >>> KeyAuth("phx_…", httpx.URL("https://us.posthog.com"))
    """

    key: str = field(repr=False)  # never shown
    origin: httpx.URL
    in_query: bool = False

    def __post_init__(self) -> None:
        self._allowed = origin(self.origin)  # compared with every request's origin
        # The header as httpx stores it (raw name, lower-cased name, value), made once: not per request.
        self._header = (b"Authorization", b"authorization", f"Bearer {self.key}".encode())
        #: The origin as httpx parsed it (scheme, raw host, port): an exact match needs no normalising.
        self._exact = (self.origin.scheme, self.origin.raw_host, self.origin.port)

    def apply(self, request: httpx.Request) -> httpx.Request:
        """The request to send: with the key when it goes to ``origin``, else unchanged (and without one)."""
        url = request.url
        exact = (url.scheme, url.raw_host, url.port) == self._exact
        if not exact and origin(url) != self._allowed:
            request.headers.pop("Authorization", None)
            return request
        if not self.in_query:
            stored = request.headers._list
            if b"authorization" in map(HEADER_NAME, stored):  # one the caller set: replaced, as headers[...] = does
                request.headers["Authorization"] = f"Bearer {self.key}"
            else:
                stored.append(self._header)
            return request
        # A copy: httpx logs the caller's request URL, which must not show the key.
        url = request.url.copy_merge_params({"personal_api_key": self.key})
        return httpx.Request(
            request.method, url, headers=request.headers, stream=request.stream, extensions=request.extensions
        )


#: A header's lower-cased name: httpx keeps each header as (raw name, lower-cased name, value).
HEADER_NAME = operator.itemgetter(1)


def with_key(request: httpx.Request, auth: KeyAuth | None) -> httpx.Request:
    """``request`` with the key applied per ``auth`` (unchanged when the transport has none)."""
    return request if auth is None else auth.apply(request)


def _log_retry(request: httpx.Request, attempt: int, why: str, delay: float) -> None:
    logger.info("Retrying %s %s (%s), retry %d in %.2fs", request.method, request.url.path, why, attempt, delay)


class _Attempts:
    """The retry loop's decisions, shared by the sync and async transports."""

    def __init__(self, transport: RetryTransport | AsyncRetryTransport, request: httpx.Request) -> None:
        self.ctx = ctx = CURRENT_CALL.get()
        self.request = request
        self.policy = transport.policy
        self.max_bytes = transport.max_response_bytes
        self.idempotent = _prepare(request, ctx)
        self.attempt = 0
        seconds = transport.deadline
        if ctx is not None and ctx.timeout is not None and ctx.timeout.read is not None:
            seconds = None if seconds is None else max(seconds, ctx.timeout.read)
        self.deadline: float | None
        self.seconds: float | None
        if ctx is not None and ctx.deadline is not None:  # a redirect hop: the call's deadline holds
            self.deadline, self.seconds = ctx.deadline, ctx.deadline_seconds
        else:
            self.deadline = None if seconds is None else time.monotonic() + seconds
            self.seconds = seconds
            if ctx is not None:
                ctx.deadline, ctx.deadline_seconds = self.deadline, seconds

    def url(self) -> str:
        """The request's URL for messages (the key redacted): made only when a message needs it."""
        return redact_url(str(self.request.url))

    def remaining(self) -> float | None:
        return None if self.deadline is None else self.deadline - time.monotonic()

    def fits(self, delay: float) -> bool:
        """Whether waiting ``delay`` seconds still leaves the call inside its deadline (and anyone wants it)."""
        cancelled = CANCELLED.get()
        if cancelled is not None and cancelled.is_set():
            return False
        left = self.remaining()
        return left is None or delay < left

    def after_error(self, exc: Exception) -> float | None:
        """Seconds to wait before retrying after ``exc``; ``None``: re-raise (or the deadline error)."""
        check_deadline(self.deadline, self.url, self.seconds)
        if self.attempt >= self.policy.max_retries or not _should_retry_exc(exc, self.idempotent):
            return None
        delay = self.policy.delay(self.attempt + 1, None) or 0.0
        if not self.fits(delay):
            return None
        self.attempt += 1
        _log_retry(self.request, self.attempt, type(exc).__name__, delay)
        if self.ctx is not None:
            self.ctx.retries = self.attempt
        return delay

    def after_response(self, response: httpx.Response) -> float | None:
        """Seconds to wait before retrying after ``response``; ``None``: return it."""
        if self.ctx is not None:
            self.ctx.response = response
        if response.status_code not in _REDIRECT_OR_RETRY:  # most answers: nothing to follow or retry
            return None
        check_redirect(self.request, response, self.ctx)
        if self.attempt >= self.policy.max_retries or not _should_retry_status(response.status_code, self.idempotent):
            return None
        delay = self.policy.delay(self.attempt + 1, response)
        if delay is None or not self.fits(delay):  # the error (e.g. 429 with retry_after) tells the caller
            return None
        self.attempt += 1
        _log_retry(self.request, self.attempt, f"HTTP {response.status_code}", delay)
        if self.ctx is not None:
            self.ctx.retries = self.attempt
        return delay

    def read(self, response: httpx.Response) -> httpx.Response:
        read = read_body(response, max_bytes=self.max_bytes, deadline=self.deadline, seconds=self.seconds, url=self.url)
        return self._unkeyed(read)

    async def aread(self, response: httpx.Response) -> httpx.Response:
        read = await aread_body(
            response, max_bytes=self.max_bytes, deadline=self.deadline, seconds=self.seconds, url=self.url
        )
        return self._unkeyed(read)

    def _unkeyed(self, response: httpx.Response) -> httpx.Response:
        # The response came back for the copy that carried the key (query auth): point it at the caller's
        # request instead, so nothing reachable from a response holds the key.
        response._request = self.request
        return response

    def cap(self) -> None:
        """Bound this attempt's socket waits by what is left of the deadline."""
        _cap_timeouts(self.request, self.deadline)

    def timed_out(self) -> DeadlineExceededError:
        return DeadlineExceededError(
            f"The call took longer than its deadline of {self.seconds:g} s (retries and waits included)",
            url=self.url(),
            may_have_been_applied=True,
        )


def _cap_timeouts(request: httpx.Request, deadline: float | None) -> None:
    """No single socket wait may outlast the call's deadline (a borrowed pool is bounded this way)."""
    if deadline is None:
        return
    left = max(0.001, deadline - time.monotonic())
    timeouts = request.extensions.get("timeout") or {}
    waits = timeouts.values()
    if len(timeouts) == 4 and None not in waits and max(waits) <= left:
        return  # every wait already ends before the deadline (the usual case: seconds against minutes)
    request.extensions["timeout"] = {
        name: left if (value := timeouts.get(name)) is None or value > left else value
        for name in ("connect", "read", "write", "pool")
    }


def _settings(max_response_bytes: int, deadline: float | None) -> tuple[int, float | None]:
    if isinstance(max_response_bytes, bool) or not isinstance(max_response_bytes, int) or max_response_bytes < 1:
        raise ValueError(f"max_response_bytes must be an integer > 0, got {max_response_bytes!r}")
    return max_response_bytes, deadline


class RetryTransport(httpx.BaseTransport):
    """Sync transport wrapper: retries, per-call timeouts, the call's deadline and the response-size cap.

    Example:
        >>> httpx.Client(transport=RetryTransport(httpx.HTTPTransport(), max_retries=2))
        <httpx.Client object at ...>
    """

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        max_retries: int = 2,
        policy: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        deadline: float | None = DEFAULT_DEADLINE,
    ) -> None:
        self.inner = inner
        self.policy = policy or RetryPolicy(max_retries=max_retries)
        self.max_response_bytes, self.deadline = _settings(max_response_bytes, deadline)
        #: The key and the one origin it may be sent to (set by the client).
        self.auth: KeyAuth | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying per the policy; the returned response's body is already read."""
        tries = _Attempts(self, request)
        token = DEADLINE.set(tries.deadline)
        try:
            while True:
                _cap_timeouts(request, tries.deadline)
                try:
                    response = tries.read(self.inner.handle_request(with_key(request, self.auth)))
                except httpx.TransportError as exc:
                    delay = tries.after_error(exc)
                    if delay is None:
                        raise
                    time.sleep(delay)
                    continue
                delay = tries.after_response(response)
                if delay is None:
                    return response
                time.sleep(delay)
        finally:
            DEADLINE.reset(token)

    def close(self) -> None:
        """Close the wrapped transport."""
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`RetryTransport` (the deadline also cancels a stalled connect or header read).

    Example:
        >>> httpx.AsyncClient(transport=AsyncRetryTransport(httpx.AsyncHTTPTransport()))
        <httpx.AsyncClient object at ...>
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        max_retries: int = 2,
        policy: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        deadline: float | None = DEFAULT_DEADLINE,
    ) -> None:
        self.inner = inner
        self.policy = policy or RetryPolicy(max_retries=max_retries)
        self.max_response_bytes, self.deadline = _settings(max_response_bytes, deadline)
        #: The key and the one origin it may be sent to (set by the client).
        self.auth: KeyAuth | None = None

    async def _attempt(self, tries: _Attempts, request: httpx.Request) -> httpx.Response:
        import asyncio  # lazily: sync users never pay for importing asyncio

        left = tries.remaining()
        tries.cap()
        try:
            async with asyncio.timeout(None if left is None else max(left, 0.0)):
                return await tries.aread(await self.inner.handle_async_request(with_key(request, self.auth)))
        except TimeoutError:
            raise tries.timed_out() from None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying per the policy; the returned response's body is already read."""
        import asyncio  # lazily: sync users never pay for importing asyncio

        tries = _Attempts(self, request)
        while True:
            try:
                response = await self._attempt(tries, request)
            except httpx.TransportError as exc:
                delay = tries.after_error(exc)
                if delay is None:
                    raise
                await asyncio.sleep(delay)
                continue
            delay = tries.after_response(response)
            if delay is None:
                return response
            await asyncio.sleep(delay)

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self.inner.aclose()
