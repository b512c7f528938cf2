"""What keeps the stand-in (and so ``posthog-rest --demo``) quick to start and stop, without changing what it serves."""

from __future__ import annotations

import time

import httpx

from posthog_rest.testing import LocalPostHog


def _me(server: LocalPostHog, client: httpx.Client) -> int:
    headers = {"Authorization": f"Bearer {server.api_key}"}
    return client.get(f"{server.url}/api/users/@me/", headers=headers).status_code


def test_stop_is_prompt_after_requests() -> None:
    server = LocalPostHog(persons=20).start()
    with httpx.Client() as client:
        assert _me(server, client) == 200
    started = time.perf_counter()
    server.stop()
    assert time.perf_counter() - started < 0.1


def test_stop_is_prompt_with_an_idle_keep_alive_connection_open() -> None:
    server = LocalPostHog(persons=20).start()
    with httpx.Client() as client:
        assert _me(server, client) == 200  # the connection stays open in the client's pool
        url = server.url
        started = time.perf_counter()
        server.stop()
        assert time.perf_counter() - started < 0.1
        try:
            client.get(f"{url}/api/users/@me/", timeout=2)
        except httpx.TransportError:
            pass  # refused or reset: the server is gone
        else:  # pragma: no cover
            raise AssertionError("the stopped stand-in still answered")


def test_stop_right_after_start_and_twice() -> None:
    server = LocalPostHog(persons=20).start()
    started = time.perf_counter()
    server.stop()
    server.stop()  # a second stop is a no-op
    assert time.perf_counter() - started < 0.1
