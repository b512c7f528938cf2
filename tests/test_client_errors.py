"""Errors per status, retries, faults, foreign pagination links, and the key never leaking."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

from client_fixtures import *  # noqa: F403
from client_fixtures import AsyncRewriteNext, RewriteNext, aw, close, collect, first, make_client
from posthog_rest import (
    APIStatusError,
    AuthenticationError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    PostHogError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
)
from posthog_rest._retry import RetryPolicy


async def test_bad_key_is_authentication_error(clean_server: Any, kind: str) -> None:
    client = make_client(kind, clean_server, api_key="phx_not_a_real_key_123")
    try:
        with pytest.raises(AuthenticationError) as info:
            await aw(client.me())
        err = info.value
        assert err.status == 401
        assert err.code == "invalid_personal_api_key"
        assert err.retries == 0
        assert err.method == "GET"
        assert err.url.endswith("/api/users/@me/")
        assert "phx_not_a_real_key_123" not in f"{err} {err!r} {err.url} {err.args}"
    finally:
        await close(client)


async def test_missing_scope_is_named(clean_server: Any, kind: str) -> None:
    key = clean_server.key_with_scopes(["insight:read"])
    client = make_client(kind, clean_server, api_key=key)
    try:
        some = await first(client.insights.list())
        with pytest.raises(PermissionDeniedError) as info:
            await aw(client.insights.update(some.id, name="nope"))
        assert info.value.status == 403
        assert info.value.missing_scope == "insight:write"
        with pytest.raises(PermissionDeniedError) as info2:
            await first(client.persons.list())
        assert info2.value.missing_scope == "person:read"
    finally:
        await close(client)


async def test_not_found_and_bad_request(ph: Any) -> None:
    with pytest.raises(NotFoundError) as info:
        await aw(ph.persons.get(987654321))
    assert info.value.type == "invalid_request"
    assert info.value.detail
    with pytest.raises(InvalidRequestError) as bad:
        await aw(ph.persons.get("not-a-number"))  # the API would answer 400: refused before sending
    assert "not-a-number" in str(bad.value)


async def test_reads_are_retried_through_faults(ph: Any, clean_server: Any) -> None:
    clean = [i.id for i in await collect(ph.insights.list(page_size=2))]
    faults_before = clean_server.stats.get("faults", 0)
    clean_server.set_faults(rate=0.3, kinds=("500", "503", "512", "html", "reset", "truncate", "429"), seed=3)
    ph._http._transport.policy = RetryPolicy(max_retries=10, initial_delay=0.005, max_delay=0.02)
    assert [i.id for i in await collect(ph.insights.list(page_size=2))] == clean
    assert clean_server.stats.get("faults", 0) > faults_before


async def test_writes_are_not_retried_on_500(phk: Any, clean_server: Any) -> None:
    some = await first(phk.insights.list())
    clean_server.set_faults(rate=1.0, kinds=("500",), seed=1)
    with pytest.raises(ServerError) as info:
        await aw(phk.insights.update(some.id, name="x"))
    assert info.value.status == 500
    assert info.value.retries == 0
    with pytest.raises(ServerError) as info2:
        await aw(phk.insights.get(some.id))
    assert info2.value.retries == 2
    assert "after 2 retries" in str(info2.value)


@pytest.mark.parametrize("fault", ["512", "html", "503"])
async def test_fault_kinds_become_typed_errors(phk: Any, clean_server: Any, fault: str) -> None:
    some = await first(phk.insights.list())
    clean_server.set_faults(rate=1.0, kinds=(fault,), seed=1)
    with pytest.raises(PostHogError) as info:
        await aw(phk.insights.get(some.id))
    err = info.value
    assert isinstance(err, APIStatusError | ResponseValidationError)
    assert not isinstance(err, KeyError | TypeError)
    if fault == "512":
        assert err.status == 512
        assert isinstance(err, ServerError)


async def test_rate_limit_error_carries_retry_after(phk: Any, clean_server: Any) -> None:
    clean_server.set_faults(rate=1.0, kinds=("429",), seed=1)
    with pytest.raises(RateLimitError) as info:
        await aw(phk.me())
    assert info.value.retry_after is not None
    assert info.value.code == "throttled"


async def test_foreign_origin_next_is_refused(clean_server: Any, kind: str) -> None:
    if kind == "sync":
        http: Any = httpx.Client(transport=RewriteNext("https://evil.example.com"))
    else:
        http = httpx.AsyncClient(transport=AsyncRewriteNext("https://evil.example.com"))
    client = make_client(kind, clean_server, http_client=http)
    try:
        with pytest.raises(ResponseValidationError, match="another origin"):
            await collect(client.insights.list(page_size=1))
    finally:
        await close(client)
        await aw(http.aclose() if kind == "async" else http.close())


async def test_key_never_in_logs_reprs_or_errors(
    clean_server: Any, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    key = clean_server.api_key
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "posthog_rest"):
        caplog.set_level(logging.DEBUG, logger=name)
    client = make_client(kind, clean_server)
    try:
        texts = [repr(client), repr(client.generated), repr(client.persons)]
        await collect(client.insights.list(page_size=3, limit=6))
        clean_server.set_faults(rate=1.0, kinds=("500",), seed=1)
        with pytest.raises(ServerError) as info:
            await aw(client.me())
        texts += [str(info.value), repr(info.value), str(info.value.url), repr(info.value.args)]
        texts += [record.getMessage() for record in caplog.records]
        texts += [repr(record.args) for record in caplog.records]
        assert any("HTTP Request" in t for t in texts)
        assert all(key not in t for t in texts)
    finally:
        await close(client)
