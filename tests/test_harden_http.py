"""Retry-After dates, redirect loops, deeply nested error bodies, and errors that carry no key, sync and async."""

from __future__ import annotations

import email.utils
import json
import os
import pickle
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import pytest

from client_fixtures import aw, close, fast_retries
from posthog_rest import (
    APIStatusError,
    AsyncPostHog,
    BadRequestError,
    PostHog,
    PostHogError,
    RateLimitError,
    ResponseValidationError,
)
from posthog_rest._retry import RetryPolicy
from scripted_server import Answer, ScriptedServer, Seen

KEY = "phx_hardenhttpkey0123456789abcdef"
ME = "/api/users/@me/"
INSIGHT = "/api/projects/1/insights/7/"
ME_BODY = b'{"uuid": "8c1f3a52-0000-4000-8000-000000000001", "email": "a@example.com"}'
DEEP = b"[" * 200_000 + b"]" * 200_000


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def srv() -> Iterator[ScriptedServer]:
    with ScriptedServer() as server:
        yield server


def client(kind: str, srv: ScriptedServer, **kw: Any) -> PostHog | AsyncPostHog:
    cls = PostHog if kind == "sync" else AsyncPostHog
    made = cls(api_key=KEY, host=srv.url, project=1, **kw)
    fast_retries(made, RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.05, max_retry_after=10))
    return made


async def test_retry_after_as_an_http_date_is_honoured(kind: str, srv: ScriptedServer) -> None:
    answers = iter(["429", "200"])

    def answer(_: Seen) -> Answer:
        if next(answers) == "429":
            when = email.utils.formatdate(time.time() + 2, usegmt=True)
            return Answer(429, b'{"detail": "slow down"}', headers={"retry-after": when})
        return Answer(200, ME_BODY)

    srv.script("GET", ME, answer)
    ph = client(kind, srv)
    started = time.monotonic()
    try:
        assert (await aw(ph.me())).email == "a@example.com"
    finally:
        await close(ph)
    assert 0.9 < time.monotonic() - started < 4  # the date is whole seconds: 1 to 2 s from now
    assert len(srv.requests) == 2


async def test_a_retry_after_date_beyond_the_cap_is_reported_not_waited(kind: str, srv: ScriptedServer) -> None:
    when = email.utils.formatdate(time.time() + 3600, usegmt=True)
    srv.route("GET", ME, 429, b'{"detail": "slow down"}', headers={"retry-after": when})
    ph = client(kind, srv)
    try:
        with pytest.raises(RateLimitError) as caught:
            await aw(ph.me())
    finally:
        await close(ph)
    assert caught.value.retry_after is not None
    assert 3500 < caught.value.retry_after <= 3600
    assert len(srv.requests) == 1


@pytest.mark.parametrize("loop", ["self", "a-b-a", "long chain"])
async def test_a_same_origin_307_loop_does_not_resend_a_patch(kind: str, srv: ScriptedServer, loop: str) -> None:
    step = iter(range(100))

    def answer(seen: Seen) -> Answer:
        n = next(step)
        target = {"self": INSIGHT, "a-b-a": "/api/projects/1/insights/8/" if n % 2 == 0 else INSIGHT}.get(
            loop, f"/api/projects/1/insights/{100 + n}/"
        )
        return Answer(307, b"", headers={"location": target})

    srv.script("PATCH", INSIGHT, answer)
    for n in range(8, 120):
        srv.script("PATCH", f"/api/projects/1/insights/{n}/", answer)
    ph = client(kind, srv)
    try:
        with pytest.raises(APIStatusError, match="refusing to follow the redirect") as caught:
            await aw(ph.insights.update(7, name="renamed"))
    finally:
        await close(ph)
    sent = [r for r in srv.requests if r.method == "PATCH"]
    assert len(sent) == {"self": 1, "a-b-a": 2, "long chain": 6}[loop]
    assert caught.value.may_have_been_applied is False
    assert ("loop" if loop != "long chain" else "after 5 redirects") in str(caught.value)


@pytest.mark.parametrize("status", [400, 500, 200])
async def test_deeply_nested_json_is_a_typed_error_not_recursion(kind: str, srv: ScriptedServer, status: int) -> None:
    srv.route("GET", ME, status, DEEP)
    ph = client(kind, srv, max_retries=0)
    try:
        with pytest.raises(PostHogError) as caught:
            await aw(ph.me())
    finally:
        await close(ph)
    expected = {400: BadRequestError, 500: APIStatusError, 200: ResponseValidationError}[status]
    assert isinstance(caught.value, expected)
    assert caught.value.__cause__ is None
    assert caught.value.__context__ is None


def test_cli_exits_with_the_code_of_a_deeply_nested_400(srv: ScriptedServer) -> None:
    srv.route("GET", ME, 400, DEEP)
    env = {**os.environ, "POSTHOG_PERSONAL_API_KEY": KEY, "POSTHOG_HOST": srv.url, "POSTHOG_PROJECT_ID": "1"}
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from posthog_rest.cli import main; sys.exit(main())", "whoami"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "RecursionError" not in done.stderr
    assert "Traceback" not in done.stderr


def reachable_text(err: BaseException) -> str:
    """Everything reachable from an error that could hold the key: chain, attributes, text, pickle."""
    parts = [str(err), repr(err), repr(vars(err)), repr(pickle.dumps(err)), repr(err.args)]
    seen: set[int] = set()
    link: BaseException | None = err
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        parts += [repr(vars(link)), repr(getattr(link, "request", None))]
        request = getattr(link, "_request", None)
        if request is not None:
            parts += [str(request.url), repr(request.headers.raw)]
        link = link.__cause__ or link.__context__
    return "\n".join(parts)


@pytest.mark.parametrize("auth", ["header", "query"])
async def test_no_key_in_an_errors_chain_headers_dict_pickle_or_text(kind: str, srv: ScriptedServer, auth: str) -> None:
    def echo(seen: Seen) -> Answer:  # a server that echoes everything back, the key included
        location = seen.path.replace("/7/", "/8/")
        detail = f"bad key {KEY} in {seen.path} with {seen.headers.get('authorization')}"
        return Answer(302, json.dumps({"detail": detail}).encode(), headers={"location": f"http://evil.test{location}"})

    srv.script("GET", INSIGHT, echo)
    srv.route("GET", ME, 403, json.dumps({"detail": f"key {KEY} lacks user:read"}).encode())
    ph = client(kind, srv, auth=auth)
    errors: list[PostHogError] = []
    try:
        for call in (lambda: ph.insights.get(7), lambda: ph.me()):
            with pytest.raises(PostHogError) as caught:
                await aw(call())
            errors.append(caught.value)
    finally:
        await close(ph)
    assert len(srv.requests) == 2  # the key really was sent, so there was something to leak
    for err in errors:
        assert err.__cause__ is None
        assert err.__context__ is None
        text = reachable_text(err)
        assert KEY not in text, text
        restored = pickle.loads(pickle.dumps(err))
        assert type(restored) is type(err)
        assert restored.status == err.status
        assert KEY not in str(vars(restored))
    assert "REDACTED" in (errors[1].detail or "")
