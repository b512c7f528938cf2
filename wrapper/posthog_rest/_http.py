"""The SDK's own ``httpx`` client: built around a caller's connection pool without ever changing the caller's client.

Base URL, key, redirects, retries, the response-size cap and the deadline live on a client the SDK creates;
a caller's ``httpx.Client`` only lends its transports (its pool, proxies, TLS settings), which the SDK never
closes. So two SDK clients on one pool each send their own key, only to their own PostHog origin, and the
app's own requests through that client are exactly what they were.

Example:
    >>> shared = httpx.Client()
    >>> a = PostHog(api_key="phx_a", http_client=shared)
    >>> b = PostHog(api_key="phx_b", host="eu", http_client=shared)  # each sends its own key
"""

from __future__ import annotations

from typing import Any

import httpx

from ._config import SecretStr
from ._deadline import bound_to_deadlines
from ._errors import ClientClosedError, ConfigurationError
from ._record import record
from ._retry import MAX_REDIRECTS, AsyncRetryTransport, KeyAuth, RetryTransport
from ._tls import AsyncTLSOnDemand, TLSOnDemand

#: Only encodings the size cap can count while decoding (see ``_body``).
ACCEPT_ENCODING = "gzip, deflate"
CLOSED = "This PostHog client was closed; create a new one"


@record(frozen=True)
class HttpSettings:
    """Everything the SDK's httpx client is configured with."""

    key: SecretStr
    base_url: str
    auth: str
    max_retries: int
    timeout: httpx.Timeout
    max_response_bytes: int
    deadline: float | None
    user_agent: str


class _SyncClient(httpx.Client):
    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        if self.is_closed:
            raise ClientClosedError(CLOSED)
        return super().send(request, **kwargs)


class _AsyncClient(httpx.AsyncClient):
    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        if self.is_closed:
            raise ClientClosedError(CLOSED)
        return await super().send(request, **kwargs)


class _Borrowed(httpx.BaseTransport):
    """A caller's transport: shared, never closed by the SDK, refused once the caller closed its client."""

    def __init__(self, inner: httpx.BaseTransport, owner: httpx.Client) -> None:
        self.inner, self.owner = inner, owner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.owner.is_closed:
            raise ClientClosedError("The http_client given to PostHog was closed")
        return self.inner.handle_request(request)

    def close(self) -> None:
        """The caller's to close."""


class _AsyncBorrowed(httpx.AsyncBaseTransport):
    """Async twin of :class:`_Borrowed`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, owner: httpx.AsyncClient) -> None:
        self.inner, self.owner = inner, owner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.owner.is_closed:
            raise ClientClosedError("The http_client given to AsyncPostHog was closed")
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        """The caller's to close."""


def _check_type(given: object, want: type, sdk: str, twin: type, twin_sdk: str) -> None:
    if given is None or isinstance(given, want):
        return
    hint = f"; for an {twin.__module__}.{twin.__name__} use {twin_sdk}" if isinstance(given, twin) else ""
    raise ConfigurationError(f"{sdk}(http_client=…) needs an httpx.{want.__name__}, got {type(given).__name__}{hint}")


def _headers(settings: HttpSettings) -> dict[str, str]:
    return {"User-Agent": settings.user_agent, "Accept": "application/json", "Accept-Encoding": ACCEPT_ENCODING}


def _wrap(settings: HttpSettings, transport: Any, cls: type[RetryTransport] | type[AsyncRetryTransport]) -> Any:
    if transport is None:
        return None
    bound_to_deadlines(transport)
    wrapped = cls(
        transport,
        max_retries=settings.max_retries,
        max_response_bytes=settings.max_response_bytes,
        deadline=settings.deadline,
    )
    wrapped.auth = KeyAuth(settings.key, httpx.URL(settings.base_url), in_query=settings.auth == "query")
    return wrapped


def _client_options(settings: HttpSettings) -> dict[str, Any]:
    """The options both of the SDK's clients are built with (base URL, timeout, headers, redirects)."""
    return {
        "base_url": settings.base_url,
        "timeout": settings.timeout,
        "headers": _headers(settings),
        "follow_redirects": True,
        "max_redirects": MAX_REDIRECTS,
    }


def sync_client(settings: HttpSettings, caller: object | None) -> httpx.Client:
    """The SDK's blocking client; over ``caller``'s transports when given (``caller`` itself is left as it is).

    Example:
        >>> sync_client(settings, None).base_url  # doctest: +SKIP
        URL('https://us.posthog.com')
    """
    _check_type(caller, httpx.Client, "PostHog", httpx.AsyncClient, "AsyncPostHog")
    common = _client_options(settings)
    if isinstance(caller, httpx.Client):
        mounts = {p.pattern: None if t is None else _Borrowed(t, caller) for p, t in caller._mounts.items()}
        http = _SyncClient(transport=_Borrowed(caller._transport, caller), mounts=mounts, trust_env=False, **common)
    else:
        http = _SyncClient(transport=TLSOnDemand(), **common)
    http._transport = _wrap(settings, http._transport, RetryTransport)
    http._mounts = {p: _wrap(settings, t, RetryTransport) for p, t in http._mounts.items()}
    return http


def async_client(settings: HttpSettings, caller: object | None) -> httpx.AsyncClient:
    """The SDK's asyncio client; see :func:`sync_client`.

    Example:
        >>> async_client(settings, None).base_url  # doctest: +SKIP
        URL('https://us.posthog.com')
    """
    _check_type(caller, httpx.AsyncClient, "AsyncPostHog", httpx.Client, "PostHog")
    common = _client_options(settings)
    if isinstance(caller, httpx.AsyncClient):
        mounts = {p.pattern: None if t is None else _AsyncBorrowed(t, caller) for p, t in caller._mounts.items()}
        http = _AsyncClient(
            transport=_AsyncBorrowed(caller._transport, caller), mounts=mounts, trust_env=False, **common
        )
    else:
        http = _AsyncClient(transport=AsyncTLSOnDemand(), **common)
    http._transport = _wrap(settings, http._transport, AsyncRetryTransport)
    http._mounts = {p: _wrap(settings, t, AsyncRetryTransport) for p, t in http._mounts.items()}
    return http
