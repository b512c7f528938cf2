"""The request as the stand-in reads it: path, method, headers, query and body, straight from the ASGI scope.

Importing starlette costs ~15 ms (anyio, its form parsers, typing_extensions), most of the stand-in's start-up
beyond the HTTP server's own. Every request needs only what this reads from the scope, the way starlette's ``Request``
reads it; the URL and the query as starlette objects (to build ``next`` links, to look up a flag) come from
starlette itself, imported by the first request that asks for them.

Example:
    >>> request = Request({"type": "http", "method": "GET", "path": "/api/users/@me/", "headers": [],
    ...                    "query_string": b"limit=1"})
    >>> request.path, request.query_items()
    ('/api/users/@me/', [('limit', '1')])
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

if TYPE_CHECKING:
    from starlette.datastructures import URL, QueryParams

__all__ = ["ClientDisconnectedError", "Request"]

Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]


class ClientDisconnectedError(Exception):
    """The client went away before it had sent the whole body."""


async def _no_body() -> MutableMapping[str, Any]:
    return {"type": "http.request", "body": b"", "more_body": False}


class Request:
    """One HTTP request of the stand-in (an ASGI ``scope`` and its ``receive``).

    Example:
        >>> Request(scope, receive).method
        'GET'
    """

    def __init__(self, scope: MutableMapping[str, Any], receive: Receive = _no_body) -> None:
        self.scope = scope
        self._receive = receive
        self._body: bytes | None = None

    @property
    def method(self) -> str:
        """The HTTP method."""
        method: str = self.scope["method"]
        return method

    @property
    def path(self) -> str:
        """The path, as starlette's ``request.url.path`` gives it."""
        path: str = self.scope["path"]
        return path.replace("?", "%3F").replace("#", "%23").replace("\\", "%5C")

    def header_items(self) -> list[tuple[str, str]]:
        """Every header as ``(name, value)``, in order (names in lower case, as ASGI servers send them)."""
        return [(k.decode("latin-1"), v.decode("latin-1")) for k, v in self.scope["headers"]]

    def query_items(self) -> list[tuple[str, str]]:
        """Every query parameter as ``(name, value)``, in order, blank values kept."""
        return parse_qsl(self.scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)

    async def body(self) -> bytes:
        """The whole body (read once); :class:`ClientDisconnectedError` if the client leaves first."""
        if self._body is None:
            chunks: list[bytes] = []
            while True:
                message = await self._receive()
                if message["type"] == "http.disconnect":
                    raise ClientDisconnectedError()
                if message["type"] == "http.request":
                    chunks.append(message.get("body", b""))
                    if not message.get("more_body", False):
                        break
            self._body = b"".join(chunks)
        return self._body

    @property
    def url(self) -> URL:
        """The full URL (from the ``Host`` header), as starlette builds it."""
        from starlette.datastructures import URL

        return URL(scope=self.scope)

    @property
    def query_params(self) -> QueryParams:
        """The query, as starlette's ``QueryParams``."""
        from starlette.datastructures import QueryParams

        return QueryParams(self.scope.get("query_string", b""))
