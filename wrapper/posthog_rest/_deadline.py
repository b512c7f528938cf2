"""Socket waits bounded by the current call's deadline, for the SDK's own (blocking) connection pool.

A socket timeout bounds one ``recv``; a server that sends a byte every second never trips it, and httpcore
reads response headers without giving control back. The pool of a client the SDK creates itself gets a
network backend whose every connect, read and write waits at most until the deadline of the call on the
current thread (:data:`DEADLINE`), so a trickling server cannot keep a call alive past it. (Async calls
are bounded with ``asyncio.timeout`` instead; a caller's own pool is not modified.)

Example:
    >>> transport = httpx.HTTPTransport()
    >>> bound_to_deadlines(transport)  # doctest: +SKIP
"""

from __future__ import annotations

import contextvars
import ssl
import time
from collections.abc import Iterable
from typing import Any

import httpcore

#: When the current call must end (``time.monotonic()``), set by the retry transport around each request.
DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("posthog_rest_deadline", default=None)


def _bound(timeout: float | None) -> float | None:
    # Runs on every socket read and write: no min() call, one global look-up for the clock.
    deadline = _DEADLINE_GET()
    if deadline is None:
        return timeout
    left = deadline - _monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("the call's deadline has passed")
    return timeout if timeout is not None and timeout < left else left


_DEADLINE_GET = DEADLINE.get
_monotonic = time.monotonic


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bound(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bound(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, _bound(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """A network backend whose sockets wait no longer than the current call's deadline.

    Example:
        >>> DeadlineBackend(httpcore.SyncBackend())
        <posthog_rest._deadline.DeadlineBackend object at ...>
    """

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.connect_tcp(host, port, _bound(timeout), local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.connect_unix_socket(path, _bound(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def bound_to_deadlines(transport: object) -> None:
    """Give an ``httpx.HTTPTransport`` the SDK created a :class:`DeadlineBackend` (no-op for anything else)."""
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, DeadlineBackend):
        pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]
