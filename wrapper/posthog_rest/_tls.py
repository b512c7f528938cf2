"""The SDK's own transports: TLS set up on the first ``https`` request, not when the client is made.

``httpx.HTTPTransport()`` loads the CA bundle when it is made (~30 ms), even for a client that only ever
talks plain http to a stand-in on loopback. These transports send ``http://`` requests through a pool
that can do no TLS at all, and everything else through a default ``httpx`` transport made on the first such
request: certificates are verified exactly as ``httpx.HTTPTransport()`` verifies them.

Example:
    >>> transport = TLSOnDemand()
    >>> httpx.Client(transport=transport).get("https://us.posthog.com/")  # doctest: +SKIP
"""

from __future__ import annotations

import ssl
import threading

import httpx

from ._deadline import bound_to_deadlines

__all__ = ["AsyncTLSOnDemand", "TLSOnDemand"]


def _trusts_nobody() -> ssl.SSLContext:
    """A TLS context for the plain-http pool, which never does TLS; were it ever asked to, it fails closed:
    it requires a certificate and the host's name but trusts no certificate authority."""
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class TLSOnDemand(httpx.BaseTransport):
    """``http://`` on a pool without TLS; everything else on ``httpx.HTTPTransport()``, made when first needed.

    Example:
        >>> httpx.Client(transport=TLSOnDemand())  # doctest: +SKIP
    """

    def __init__(self) -> None:
        self.plain = httpx.HTTPTransport(verify=_trusts_nobody())
        bound_to_deadlines(self.plain)
        self._secure: httpx.HTTPTransport | None = None
        self._lock = threading.Lock()

    def secure(self) -> httpx.HTTPTransport:
        """The verifying transport (``https``), made on first use.

        Example:
            >>> TLSOnDemand().secure()  # doctest: +SKIP
        """
        with self._lock:
            if self._secure is None:
                self._secure = httpx.HTTPTransport()
                bound_to_deadlines(self._secure)
            return self._secure

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        transport = self.plain if request.url.scheme == "http" else self._secure or self.secure()
        return transport.handle_request(request)

    def close(self) -> None:
        self.plain.close()
        if self._secure is not None:
            self._secure.close()


class AsyncTLSOnDemand(httpx.AsyncBaseTransport):
    """The asyncio twin of :class:`TLSOnDemand`.

    Example:
        >>> httpx.AsyncClient(transport=AsyncTLSOnDemand())  # doctest: +SKIP
    """

    def __init__(self) -> None:
        self.plain = httpx.AsyncHTTPTransport(verify=_trusts_nobody())
        self._secure: httpx.AsyncHTTPTransport | None = None

    def secure(self) -> httpx.AsyncHTTPTransport:
        """The verifying transport (``https``), made on first use (one event loop: no lock needed).

        Example:
            >>> AsyncTLSOnDemand().secure()  # doctest: +SKIP
        """
        if self._secure is None:
            self._secure = httpx.AsyncHTTPTransport()
        return self._secure

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        transport = self.plain if request.url.scheme == "http" else self.secure()
        return await transport.handle_async_request(request)

    async def aclose(self) -> None:
        await self.plain.aclose()
        if self._secure is not None:
            await self._secure.aclose()
