"""The retry transport's policy, checked without the stand-in (a closed port; an in-process handler)."""

from __future__ import annotations

import socket
from typing import Any

import httpx
import pytest

from client_fixtures import aw, close, fast_retries
from posthog_rest import APIConnectionError, AsyncPostHog, PostHog, RateLimitError, ServerError


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize("cls", [PostHog, AsyncPostHog])
async def test_connect_errors_are_retried_even_for_writes(cls: type[Any]) -> None:
    client = cls(api_key="phx_test", host=f"http://127.0.0.1:{closed_port()}", project=1)
    fast_retries(client)
    try:
        with pytest.raises(APIConnectionError) as info:
            await aw(client.insights.update(1, name="x"))
        assert info.value.retries == 2
        assert info.value.method == "PATCH"
        assert "phx_test" not in str(info.value)
    finally:
        await close(client)


class Counting:
    """An in-process handler answering a fixed sequence of responses, counting requests per method."""

    def __init__(self, *responses: httpx.Response) -> None:
        self.responses = list(responses)
        self.seen: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request.method)
        return self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]


def envelope(status: int, detail: str, headers: dict[str, str] | None = None) -> httpx.Response:
    body = {"type": "server_error", "code": "error", "detail": detail, "attr": None}
    return httpx.Response(status, json=body, headers=headers)


def client_for(kind: str, handler: Counting) -> Any:
    transport = httpx.MockTransport(handler)
    http: Any = httpx.Client(transport=transport) if kind == "sync" else httpx.AsyncClient(transport=transport)
    cls = PostHog if kind == "sync" else AsyncPostHog
    client = cls(api_key="phx_test", host="http://127.0.0.1:9", project=1, http_client=http)
    fast_retries(client)
    return client


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_500_retries_reads_not_writes(kind: str) -> None:
    handler = Counting(envelope(500, "boom"))
    client = client_for(kind, handler)
    with pytest.raises(ServerError) as read:
        await aw(client.insights.get(1))
    assert (read.value.retries, handler.seen) == (2, ["GET"] * 3)
    handler.seen.clear()
    with pytest.raises(ServerError) as write:
        await aw(client.insights.update(1, name="x"))
    assert (write.value.retries, handler.seen) == (0, ["PATCH"])
    handler.seen.clear()
    with pytest.raises(ServerError):
        await aw(client.insights.trend(events=[{"id": "$pageview"}]))
    assert handler.seen == ["POST"] * 3  # read-only POST: retried


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_429_retried_for_writes_and_long_retry_after_is_not(kind: str) -> None:
    handler = Counting(envelope(429, "Request was throttled. Expected available in 1 second.", {"Retry-After": "0"}))
    client = client_for(kind, handler)
    with pytest.raises(RateLimitError) as info:
        await aw(client.persons.update_property(1, "plan", "pro"))
    assert handler.seen == ["POST"] * 3
    assert info.value.retry_after == 0
    handler.seen.clear()
    handler.responses = [envelope(429, "Expected available in 3600 seconds.", {"Retry-After": "3600"})]
    with pytest.raises(RateLimitError) as long_wait:
        await aw(client.me())
    assert (handler.seen, long_wait.value.retry_after, long_wait.value.retries) == (["GET"], 3600, 0)
