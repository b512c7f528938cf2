"""Fixtures for the client tests: the local stand-in server, and a client per (sync|async) x (family).

Every client test is an ``async def`` taking ``ph``; ``aw(x)`` awaits ``x`` only when the async client
returned a coroutine, and ``collect`` drains a sync or async pager, so one test body covers both clients.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from posthog_rest import AsyncPostHog, PostHog
from posthog_rest._retry import AsyncRetryTransport, RetryPolicy, RetryTransport

FAST_RETRIES = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.05, max_retry_after=2.0)


async def aw(value: Any) -> Any:
    """Await ``value`` if it is awaitable (async client), else return it (sync client)."""
    return await value if inspect.isawaitable(value) else value


async def collect(iterable: Any) -> list[Any]:
    """Drain a sync or async iterator (a pager or ``pager.pages()``)."""
    if hasattr(iterable, "__aiter__"):
        return [item async for item in iterable]
    return list(iterable)


async def first(iterable: Any) -> Any:
    """The first item of a sync or async iterator (stops iterating right after)."""
    if hasattr(iterable, "__aiter__"):
        async for item in iterable:
            return item
        return None
    return next(iter(iterable), None)


async def close(client: PostHog | AsyncPostHog) -> None:
    """Close either client."""
    if isinstance(client, AsyncPostHog):
        await client.aclose()
    else:
        client.close()


def fast_retries(client: PostHog | AsyncPostHog, policy: RetryPolicy = FAST_RETRIES) -> None:
    """Shrink the backoff so fault tests run fast (tests only: reaches into the transport)."""
    transport = client._http._transport
    assert isinstance(transport, RetryTransport | AsyncRetryTransport)
    transport.policy = policy


def make_client(kind: str, server: Any, **kwargs: Any) -> PostHog | AsyncPostHog:
    """A client of ``kind`` ("sync" or "async") for ``server``."""
    kwargs.setdefault("api_key", server.api_key)
    kwargs.setdefault("host", server.url)
    kwargs.setdefault("project", server.project_id)
    cls = PostHog if kind == "sync" else AsyncPostHog
    client = cls(**kwargs)
    fast_retries(client)
    return client


@pytest.fixture
def server(local_posthog_server: Any) -> Any:
    """The session's stand-in (from ``posthog_rest.testing.pytest_plugin``: knobs reset after each test,
    and a test fails if the stand-in answered off-spec during it)."""
    return local_posthog_server


@pytest.fixture
def legacy_server(server: Any) -> Any:
    """The stand-in answering as an older self-hosted PostHog: it serves the legacy insight endpoints
    (``insights/trend/`` …) that PostHog Cloud answers with 404. ``ph.insights.trend()`` still calls
    ``insights/trend/`` until it moves to ``POST query/``, so its tests use this. Reset after the test."""
    server.set_legacy_insight_endpoints(True)
    return server


@pytest.fixture
def instant_writes(server: Any) -> Any:
    """The stand-in applying person ``$set`` / ``$unset`` at once (PostHog takes a moment). Reset after the test."""
    server.set_person_write_delay(0)
    return server


@pytest.fixture
def clean_server(server: Any) -> Any:
    """Alias of ``server`` (the plugin already resets faults, latency, rate limits after each test); the data
    stays as earlier tests left it: a test that counts the seeded persons asks for ``posthog_server``."""
    return server


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    """Which client: sync or async."""
    return str(request.param)


@pytest.fixture(params=["projects", "environments"])
def family(request: pytest.FixtureRequest) -> str:
    """Which path family the client uses."""
    return str(request.param)


@pytest.fixture
async def ph(clean_server: Any, kind: str, family: str) -> AsyncIterator[PostHog | AsyncPostHog]:
    """A client for every (sync|async) x (projects|environments) combination."""
    client = make_client(kind, clean_server, api_family=family)
    yield client
    await close(client)


@pytest.fixture
async def phk(clean_server: Any, kind: str) -> AsyncIterator[PostHog | AsyncPostHog]:
    """A projects-family client, sync or async (for tests where the family does not matter)."""
    client = make_client(kind, clean_server)
    yield client
    await close(client)


class RewriteNext(httpx.BaseTransport):
    """Test transport: rewrites every JSON ``next`` link to another origin (a malicious/misconfigured proxy)."""

    def __init__(self, origin: str) -> None:
        self.inner = httpx.HTTPTransport()
        self.origin = origin

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        return _rewrite(response, self.origin)


class AsyncRewriteNext(httpx.AsyncBaseTransport):
    """Async twin of :class:`RewriteNext`."""

    def __init__(self, origin: str) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.origin = origin

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        await response.aread()
        return _rewrite(response, self.origin)


def _rewrite(response: httpx.Response, origin: str) -> httpx.Response:
    try:
        body = response.json()
    except ValueError:
        return response
    if isinstance(body, dict) and isinstance(body.get("next"), str):
        url = httpx.URL(body["next"])
        body["next"] = origin + url.raw_path.decode()
    headers = {k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "content-encoding")}
    return httpx.Response(response.status_code, headers=headers, json=body)
