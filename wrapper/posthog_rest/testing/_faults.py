"""Opt-in, reproducible fault injection as ASGI middleware: 5xx, HTML error pages, dropped connections,
truncated bodies, added latency and 429s.

``ALL_FAULTS`` names every fault kind ``FaultInjector.configure`` (and ``LocalPostHog.set_faults``) accepts by
default: ``"500"``, ``"502"``, ``"503"``, ``"504"``, ``"512"``, ``"html"``, ``"reset"``, ``"truncate"``,
``"latency"`` and ``"429"`` (``"cut_json"`` is opt-in).

Example:
    >>> server.set_faults(0.2, kinds=[k for k in ALL_FAULTS if k != "reset"], seed=3)
"""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._state import State

__all__ = ["ALL_FAULTS", "FaultInjector"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
#: Any ASGI app (``StandInApp`` in practice; typed structurally so this module sits below ``_app``).
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: Every fault kind, the default ``kinds`` of ``FaultInjector.configure`` (``"cut_json"`` is opt-in).
ALL_FAULTS = ("500", "502", "503", "504", "512", "html", "reset", "truncate", "latency", "429")
_DETAILS = {
    "500": "A server error occurred.",
    "502": "Bad gateway.",
    "503": "The database is at capacity. Please try again later.",
    "504": "Query timed out.",
    "512": "Estimated query execution time is too long. Try reducing its scope by changing the time range.",
}
_HTML = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
    b"<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)


class FaultInjector:
    """ASGI middleware around ``StandInApp``: adds latency and, with probability ``rate``, a fault.

    Faults are drawn from ``random.Random(seed)``, so a sequential client sees the same faults on
    every run. ``kinds`` picks which faults may happen (see ``ALL_FAULTS``; also ``cut_json``).

    Example:
        >>> app = create_app(State(persons=10))  # a FaultInjector around a StandInApp
        >>> app.configure(0.5, kinds=["503", "429"], seed=1); app.latency_ms = 20
    """

    def __init__(self, app: ASGIApp, state: State) -> None:
        self.app = app
        self.state = state
        self.rate = 0.0
        self.kinds: tuple[str, ...] = ALL_FAULTS
        self.latency_ms = 0.0
        self.fault_latency_s = 0.3
        self._rng = random.Random(0)

    def configure(self, rate: float, kinds: Sequence[str] = ALL_FAULTS, seed: int = 1) -> None:
        """Turn faults on (``rate`` > 0) or off (``rate=0``).

        Example:
            >>> server.app.configure(0.1, kinds=["500", "html"], seed=2)
            >>> server.app.configure(0)  # off again
        """
        unknown = set(kinds) - set(ALL_FAULTS) - {"cut_json"}
        if unknown:
            raise ValueError(f"unknown fault kinds: {sorted(unknown)}")
        if not 0.0 <= rate <= 1.0:
            raise ValueError("rate must be between 0 and 1")
        self.rate = rate
        self.kinds = tuple(kinds)
        self._rng = random.Random(seed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.latency_ms > 0:
            await asyncio.sleep(self.latency_ms / 1000)
        kind = self._draw(scope)
        if kind is None:
            await self.app(scope, receive, send)
            return
        self.state.stats[f"fault:{kind}"] += 1
        self.state.stats["faults"] += 1
        if kind in _DETAILS:
            body = {"type": "server_error", "code": "error", "detail": _DETAILS[kind], "attr": None}
            await _answer(send, int(kind), json.dumps(body).encode(), "application/json")
        elif kind == "429":
            body = {
                "type": "throttled_error",
                "code": "throttled",
                "detail": "Request was throttled. Expected available in 1 seconds.",
                "attr": None,
            }
            await _answer(send, 429, json.dumps(body).encode(), "application/json", [(b"retry-after", b"1")])
        elif kind == "html":
            await _answer(send, 502, _HTML, "text/html")
        elif kind == "latency":
            await asyncio.sleep(self.fault_latency_s)
            await self.app(scope, receive, send)
        elif kind == "reset":
            await _drop(send)
        else:  # truncate / cut_json: answer for real, then mangle the body
            start, body_bytes = await _capture(self.app, scope, receive)
            if kind == "truncate":
                await send(start)
                await send(
                    {"type": "http.response.body", "body": body_bytes[: len(body_bytes) // 2], "more_body": True}
                )
                await _drop(send)
            else:
                cut = body_bytes[: max(1, len(body_bytes) // 2)]
                headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
                await send({**start, "headers": [*headers, (b"content-length", str(len(cut)).encode())]})
                await send({"type": "http.response.body", "body": cut})

    def _draw(self, scope: Scope) -> str | None:
        if self.rate <= 0 or not self.kinds or scope.get("path", "").startswith("/api/schema"):
            return None
        if self._rng.random() >= self.rate:
            return None
        return self._rng.choice(self.kinds)


async def _answer(
    send: Send, status: int, body: bytes, content_type: str, extra: list[tuple[bytes, bytes]] | None = None
) -> None:
    headers = [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode()), *(extra or [])]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _capture(app: Any, scope: Scope, receive: Receive) -> tuple[Message, bytes]:
    start: Message = {}
    chunks: list[bytes] = []

    async def capture(message: Message) -> None:
        nonlocal start
        if message["type"] == "http.response.start":
            start = message
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, capture)
    body = b"".join(chunks)
    headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
    start = {**start, "headers": [*headers, (b"content-length", str(len(body)).encode())]}
    return start, body


async def _drop(send: Send) -> None:
    """Close the connection without (the rest of) a response: abort the server's transport."""
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if transport is None:
        raise ConnectionAbortedError("fault injection: dropped connection")
    transport.abort()
    await asyncio.sleep(0)
