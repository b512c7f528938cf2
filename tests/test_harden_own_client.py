"""A caller's ``httpx`` client stays the caller's: the SDK borrows its pool and changes nothing on it.

Two SDK clients on one pool each send their own key to their own origin; the app's own requests through
that client keep its base URL, headers and redirect setting and never carry a key; the wrong kind of client
is a ``ConfigurationError``; a closed client is a ``ClientClosedError``, sync and async.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from client_fixtures import aw, close
from posthog_rest import AsyncPostHog, ClientClosedError, ConfigurationError, PostHog, PostHogError
from scripted_server import ScriptedServer

ME = "/api/users/@me/"
ME_BODY = b'{"uuid": "8c1f3a52-0000-4000-8000-000000000001", "email": "a@example.com"}'
KEY_A, KEY_B = "phx_sharedpoolkeyAAAA0123", "phx_sharedpoolkeyBBBB0123"


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def servers() -> Iterator[tuple[ScriptedServer, ScriptedServer, ScriptedServer]]:
    with ScriptedServer() as a, ScriptedServer() as b, ScriptedServer() as app:
        for srv in (a, b):
            srv.route("GET", ME, 200, ME_BODY)
        app.route("GET", "/hello", 200, b"{}")
        yield a, b, app


def caller_client(kind: str, app: ScriptedServer) -> httpx.Client | httpx.AsyncClient:
    cls = httpx.Client if kind == "sync" else httpx.AsyncClient
    return cls(base_url=app.url, headers={"Authorization": "Bearer app-own-token", "X-App": "1"})


def snapshot(http: httpx.Client | httpx.AsyncClient) -> tuple[Any, ...]:
    return (
        http.base_url,
        http.follow_redirects,
        tuple(http.headers.multi_items()),
        http._transport,
        dict(http._mounts),
        http.timeout,
        http.auth,
        dict(http.event_hooks),
        http.max_redirects,
    )


async def test_two_sdk_clients_and_the_app_share_one_pool_safely(
    kind: str, servers: tuple[ScriptedServer, ScriptedServer, ScriptedServer]
) -> None:
    a, b, app = servers
    shared = caller_client(kind, app)
    before = snapshot(shared)
    cls = PostHog if kind == "sync" else AsyncPostHog
    ph_a = cls(api_key=KEY_A, host=a.url, project=1, http_client=shared)
    ph_b = cls(api_key=KEY_B, host=b.url, project=1, http_client=shared)
    try:
        await aw(ph_a.me())
        await aw(ph_b.me())
        await aw(ph_a.me())
        await aw(shared.get("/hello"))
        assert snapshot(shared) == before
    finally:
        await close(ph_a)
        await close(ph_b)
    assert [r.headers["authorization"] for r in a.requests] == [f"Bearer {KEY_A}"] * 2
    assert [r.headers["authorization"] for r in b.requests] == [f"Bearer {KEY_B}"]
    own = app.requests[0]
    assert own.headers["authorization"] == "Bearer app-own-token"  # the app's header, not stripped, no key
    assert own.headers["x-app"] == "1"
    assert "x-app" not in a.requests[0].headers  # and the app's headers do not go to PostHog
    assert not shared.is_closed  # closing the SDK clients leaves the caller's client open
    await aw(shared.get("/hello"))
    await aw(shared.aclose() if isinstance(shared, httpx.AsyncClient) else shared.close())


@pytest.mark.parametrize("cls", [PostHog, AsyncPostHog])
@pytest.mark.parametrize("given", [httpx.Client, httpx.AsyncClient, object, str])
def test_the_wrong_kind_of_client_is_a_configuration_error(cls: type[Any], given: type[Any]) -> None:
    http = given()
    ok = (cls is PostHog and given is httpx.Client) or (cls is AsyncPostHog and given is httpx.AsyncClient)
    if ok:
        assert cls(api_key="phx_x", http_client=http).host == "https://us.posthog.com"
        return
    with pytest.raises(ConfigurationError, match=r"needs an httpx\.(Async)?Client"):
        cls(api_key="phx_x", http_client=http)


async def test_use_after_close_is_a_posthog_error(
    kind: str, servers: tuple[ScriptedServer, ScriptedServer, ScriptedServer]
) -> None:
    a, _, app = servers
    cls = PostHog if kind == "sync" else AsyncPostHog
    ph = cls(api_key=KEY_A, host=a.url, project=1)
    await aw(ph.me())
    await close(ph)
    with pytest.raises(ClientClosedError, match="closed"):
        await aw(ph.me())
    shared = caller_client(kind, app)
    borrowing = cls(api_key=KEY_A, host=a.url, project=1, http_client=shared)
    await aw(shared.aclose() if isinstance(shared, httpx.AsyncClient) else shared.close())
    with pytest.raises(ClientClosedError, match="http_client given to"):
        await aw(borrowing.me())
    with pytest.raises(PostHogError):  # the pagers too
        await aw(borrowing.insights.list().to_list() if kind == "async" else list(borrowing.insights.list()))
    assert len(a.requests) == 1
