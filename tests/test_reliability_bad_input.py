"""Bad input, bad answers: each case names the typed error it must raise and a fragment of its message.

Configuration and argument mistakes are refused before anything is sent (the scripted server sees no
request); bad server answers (HTML, broken or truncated JSON, wrong shapes, unknown enum values, 512,
redirects elsewhere, foreign ``next`` links, timeouts, refused connections) become typed errors, never an
internal exception, and no write is repeated or turned into another request.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from client_fixtures import aw, close, collect, fast_retries
from posthog_rest import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncPostHog,
    AuthenticationError,
    ConfigurationError,
    InvalidRequestError,
    PaginationError,
    PermissionDeniedError,
    PostHog,
    PostHogError,
    QueryTooExpensiveError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    where,
)
from posthog_rest.testing import local_posthog
from scripted_server import Answer, ScriptedServer

KEY = "phx_badinputtestkey0123456789"
INSIGHT = "/api/projects/1/insights/7/"
INSIGHTS = "/api/projects/1/insights/"
PERSONS = "/api/projects/1/persons/"
ENVELOPE = '{{"type":"{t}","code":"{c}","detail":"{d}","attr":null}}'


@dataclass
class Env:
    """What a case gets: the scripted server, a second one (another origin), samples, a client factory."""

    srv: ScriptedServer
    other: ScriptedServer
    stand_in: Any
    samples: dict[str, Any]
    kind: str

    def client(self, **kw: Any) -> PostHog | AsyncPostHog:
        kw.setdefault("api_key", KEY)
        kw.setdefault("host", self.srv.url)
        kw.setdefault("project", 1)
        client = (PostHog if self.kind == "sync" else AsyncPostHog)(**kw)
        fast_retries(client)
        return client

    def json(self, name: str, **changes: Any) -> bytes:
        return json.dumps({**self.samples[name], **changes}).encode()


@pytest.fixture(scope="module")
def samples() -> Iterator[tuple[Any, dict[str, Any]]]:
    """Real answers of the stand-in, to serve (and mangle) from the scripted server."""
    with local_posthog(persons=30) as server:
        ph = PostHog(api_key=server.api_key, host=server.url, project=server.project_id)
        raw_insight = ph.with_raw_response.insights.get(next(iter(server.state.current_project.insights)))
        insight = raw_insight.json()
        page = {"count": 1, "next": None, "previous": None, "results": [insight]}
        yield server, {"insight": insight, "page": page}
        ph.close()


@pytest.fixture(params=["sync", "async"])
def env(request: pytest.FixtureRequest, samples: tuple[Any, dict[str, Any]]) -> Iterator[Env]:
    with ScriptedServer() as srv, ScriptedServer() as other:
        yield Env(srv, other, samples[0], samples[1], request.param)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


Case = Callable[[Env], Awaitable[Any]]
CASES: list[tuple[str, type[PostHogError], str, Case]] = []


def case(name: str, error: type[PostHogError], fragment: str) -> Callable[[Case], Case]:
    def register(fn: Case) -> Case:
        CASES.append((name, error, fragment, fn))
        return fn

    return register


# --- configuration: refused before anything is sent ----------------------------------------------------------
@case("missing key", ConfigurationError, "No PostHog personal API key")
async def _(e: Env) -> Any:
    return e.client(api_key=None)


@case("empty key", ConfigurationError, "No PostHog personal API key")
async def _(e: Env) -> Any:
    return e.client(api_key="")


@case("blank key", ConfigurationError, "No PostHog personal API key")
async def _(e: Env) -> Any:
    return e.client(api_key="   ")


@case("project token phc_", ConfigurationError, "project token (phc_")
async def _(e: Env) -> Any:
    return e.client(api_key="phc_abcdef123")


@case("key with whitespace", ConfigurationError, "whitespace or control characters")
async def _(e: Env) -> Any:
    return e.client(api_key="phx_abc def")


@case("malformed host scheme", ConfigurationError, "Invalid PostHog host")
async def _(e: Env) -> Any:
    return e.client(host="ftp://posthog.example.com")


@case("host without a name", ConfigurationError, "Invalid PostHog host")
async def _(e: Env) -> Any:
    return e.client(host="https://")


@case("http to a remote host", ConfigurationError, "Refusing to send the API key over plain http")
async def _(e: Env) -> Any:
    return e.client(host="http://posthog.example.com")


@case("ingestion host", ConfigurationError, "event ingestion host")
async def _(e: Env) -> Any:
    return e.client(host="https://us.i.posthog.com")


@case("host with a query", ConfigurationError, "must not have a query")
async def _(e: Env) -> Any:
    return e.client(host="https://posthog.example.com/?x=1")


@case("unknown api family", ConfigurationError, "api_family must be")
async def _(e: Env) -> Any:
    return e.client(api_family="teams")


@case("negative max_retries", ConfigurationError, "max_retries must be")
async def _(e: Env) -> Any:
    return e.client(max_retries=-1)


@case("zero timeout", ConfigurationError, "timeout must be > 0")
async def _(e: Env) -> Any:
    return e.client(timeout=0)


@case("unknown auth mode", ConfigurationError, "auth must be 'header' or 'query'")
async def _(e: Env) -> Any:
    return e.client(auth="cookie")


@case("unknown project name", ConfigurationError, "No project named 'Nope'")
async def _(e: Env) -> Any:
    client = e.client(api_key=e.stand_in.api_key, host=e.stand_in.url, project="Nope")
    try:
        return await aw(client.insights.get(1))
    finally:
        await close(client)


@case("ambiguous project name", ConfigurationError, "is ambiguous")
async def _(e: Env) -> Any:
    body = {
        "count": 2,
        "next": None,
        "previous": None,
        "results": [{"id": i, "uuid": f"0000000{i}-0000-4000-8000-000000000000", "name": "Web"} for i in (1, 2)],
    }
    e.srv.route("GET", "/api/projects/", 200, lambda s: Answer(200, json.dumps(body).encode()))
    client = e.client(project="Web")
    try:
        return await aw(client.insights.get(1))
    finally:
        await close(client)


# --- arguments: refused before anything is sent ---------------------------------------------------------------
async def _call(e: Env, fn: Callable[[Any], Any]) -> Any:
    client = e.client()
    try:
        result = fn(client)
        if hasattr(result, "__aiter__") or hasattr(result, "__next__") or hasattr(result, "pages"):
            return await collect(result)
        return await aw(result)
    finally:
        await close(client)


@case("invalid refresh mode", InvalidRequestError, "Invalid refresh mode 'sometimes'")
async def _(e: Env) -> Any:
    return await _call(e, lambda c: c.insights.get(7, refresh="sometimes"))


@case("negative limit", InvalidRequestError, "limit must be an integer > 0")
async def _(e: Env) -> Any:
    return await _call(e, lambda c: c.insights.list(limit=-1))


@case("zero limit", InvalidRequestError, "limit must be an integer > 0")
async def _(e: Env) -> Any:
    return await _call(e, lambda c: c.persons.list(limit=0))


@case("zero page size", InvalidRequestError, "page_size must be an integer > 0")
async def _(e: Env) -> Any:
    return await _call(e, lambda c: c.insights.list(page_size=0))


@case("insight id that is neither a number nor a short id", InvalidRequestError, "or a short id, got '../1'")
async def _(e: Env) -> Any:
    return await _call(e, lambda c: c.insights.get("../1"))


@case("non-integer person id on a write", InvalidRequestError, "non-negative integer or a UUID, got 1.5")
async def _(e: Env) -> Any:
    return await _call(e, lambda c: c.persons.update_property(1.5, "plan", "pro"))


@case("query id that would climb the path", InvalidRequestError, "A query id is letters, digits")
async def _(e: Env) -> Any:
    return await _call(e, lambda c: c.cancel_query(".."))  # DELETE …/query/../ is DELETE /api/projects/{id}/


@case("query id with a slash", InvalidRequestError, "got 'abc/def'")
async def _(e: Env) -> Any:
    return await _call(e, lambda c: c.query_status("abc/def"))


@case("unknown property operator", InvalidRequestError, "Unknown property filter operator 'like'")
async def _(e: Env) -> Any:
    return await _call(e, lambda c: c.persons.list(properties=[("email", "like", "x")]))


@case("property value of the wrong type", InvalidRequestError, "must be a string, number or boolean")
async def _(e: Env) -> Any:
    return await _call(e, lambda c: c.persons.list(properties=[("plan", "exact", {"nested": 1})]))


@case("numeric operator with a string", InvalidRequestError, "compares numbers")
async def _(e: Env) -> Any:
    return await _call(e, lambda c: c.persons.list(properties=[where("age") > "thirty"]))  # type: ignore[operator]


@case("oversized filter", InvalidRequestError, "property filter is too large")
async def _(e: Env) -> Any:
    values = [f"user-{i}@example.com" for i in range(5000)]
    return await _call(e, lambda c: c.persons.list(properties=[where("email").is_in(values)]))


@case("id and short_id both", InvalidRequestError, "exactly one of id or short_id")
async def _(e: Env) -> Any:
    return await _call(e, lambda c: c.insights.get(7, short_id="abc"))


# --- server answers ------------------------------------------------------------------------------------------
@case("200 with an HTML page", ResponseValidationError, "HTTP 200: the response does not match the spec: an HTML page")
async def _(e: Env) -> Any:
    e.srv.route("GET", INSIGHT, 200, "<!DOCTYPE html><html><body>Login</body></html>", content_type="text/html")
    return await _call(e, lambda c: c.insights.get(7))


@case("invalid JSON", ResponseValidationError, "a body that is not JSON")
async def _(e: Env) -> Any:
    e.srv.route("GET", INSIGHT, 200, "{not json")
    return await _call(e, lambda c: c.insights.get(7))


@case("truncated JSON", ResponseValidationError, "HTTP 200")
async def _(e: Env) -> Any:
    e.srv.route("GET", INSIGHT, 200, e.json("insight")[:40])
    return await _call(e, lambda c: c.insights.get(7))


@case("JSON of the wrong shape", ResponseValidationError, "does not match the spec")
async def _(e: Env) -> Any:
    e.srv.route("GET", INSIGHT, 200, "[1, 2, 3]")
    return await _call(e, lambda c: c.insights.get(7))


@case("unknown enum value", ResponseValidationError, "99")
async def _(e: Env) -> Any:
    e.srv.route("GET", INSIGHT, 200, e.json("insight", effective_restriction_level=99))
    return await _call(e, lambda c: c.insights.get(7))


@case("empty 200 body", ResponseValidationError, "HTTP 200")
async def _(e: Env) -> Any:
    e.srv.route("GET", INSIGHT, 200, "")
    return await _call(e, lambda c: c.insights.get(7))


@case("512 query too expensive", QueryTooExpensiveError, "Estimated query execution time")
async def _(e: Env) -> Any:
    detail = "Estimated query execution time is too long."
    e.srv.route(
        "POST", "/api/projects/1/query/TrendsQuery/", 512, ENVELOPE.format(t="server_error", c="error", d=detail)
    )
    return await _call(e, lambda c: c.insights.trend(events=[{"id": "$pageview"}]))


@case("502 HTML page from a proxy", ServerError, "an HTML page")
async def _(e: Env) -> Any:
    e.srv.route("GET", INSIGHT, 502, "<html><body>502 Bad Gateway</body></html>", content_type="text/html")
    return await _call(e, lambda c: c.insights.get(7))


@case("401 bad key", AuthenticationError, "Invalid Personal API key")
async def _(e: Env) -> Any:
    body = ENVELOPE.format(t="authentication_error", c="invalid_personal_api_key", d="Invalid Personal API key.")
    e.srv.route("GET", INSIGHT, 401, body)
    return await _call(e, lambda c: c.insights.get(7))


@case("403 missing scope", PermissionDeniedError, "insight:write")
async def _(e: Env) -> Any:
    body = ENVELOPE.format(
        t="authentication_error", c="permission_denied", d="API key missing required scope 'insight:write'"
    )
    e.srv.route("PATCH", INSIGHT, 403, body)
    return await _call(e, lambda c: c.insights.update(7, name="x"))


@case("429 with a long Retry-After", RateLimitError, "throttled")
async def _(e: Env) -> Any:
    body = ENVELOPE.format(
        t="throttled_error", c="throttled", d="Request was throttled. Expected available in 3600 seconds."
    )
    e.srv.route("GET", INSIGHT, 429, body, headers={"Retry-After": "3600"})
    return await _call(e, lambda c: c.insights.get(7))


@case("3xx to another host", APIStatusError, "refusing to follow the redirect to another origin")
async def _(e: Env) -> Any:
    e.srv.route("GET", INSIGHT, 302, "", headers={"Location": f"{e.other.url}{INSIGHT}"})
    e.other.route("GET", INSIGHT, 200, e.json("insight"))
    try:
        return await _call(e, lambda c: c.insights.get(7))
    finally:
        assert e.other.requests == []  # nothing (and so no key) reached the other origin


@case("301 on a write", APIStatusError, "would resend it as a GET")
async def _(e: Env) -> Any:
    e.srv.route("PATCH", INSIGHT, 301, "", headers={"Location": "/api/projects/1/insights/8/"})
    try:
        return await _call(e, lambda c: c.insights.update(7, name="x"))
    finally:
        assert [r.method for r in e.srv.requests] == ["PATCH"]  # not replayed as a GET


@case("next link to another origin", PaginationError, "another origin")
async def _(e: Env) -> Any:
    page = {**e.samples["page"], "count": 5, "next": f"{e.other.url}{INSIGHTS}?limit=1&offset=1"}
    e.srv.route("GET", INSIGHTS, 200, json.dumps(page))
    try:
        return await _call(e, lambda c: c.insights.list(page_size=1))
    finally:
        assert e.other.requests == []


@case("timeout", APITimeoutError, "timed out")
async def _(e: Env) -> Any:
    e.srv.route("GET", INSIGHT, 200, e.json("insight"), delay=1.0)
    client = e.client(timeout=0.2, max_retries=0)
    try:
        return await aw(client.insights.get(7))
    finally:
        await close(client)


@case("connection refused", APIConnectionError, "Connection error")
async def _(e: Env) -> Any:
    client = e.client(host=f"http://127.0.0.1:{closed_port()}")
    try:
        return await aw(client.insights.get(7))
    finally:
        await close(client)


@case("connection dropped mid-answer", APIConnectionError, "Connection error")
async def _(e: Env) -> Any:
    e.srv.route("GET", INSIGHT, 200, b"", raw=b'HTTP/1.1 200 OK\r\ncontent-length: 500\r\n\r\n{"id": 7')
    return await _call(e, lambda c: c.insights.get(7))


@case("write answered with HTML", ResponseValidationError, "an HTML page")
async def _(e: Env) -> Any:
    e.srv.route("POST", INSIGHTS, 201, "<html><body>Created?</body></html>", content_type="text/html")
    return await _call(e, lambda c: c.insights.create(name="html"))


def test_the_table_is_big_enough() -> None:
    assert len(CASES) >= 30
    assert len({name for name, *_ in CASES}) == len(CASES)


@pytest.mark.parametrize(("name", "error", "fragment", "fn"), CASES, ids=[c[0] for c in CASES])
async def test_bad_input(env: Env, name: str, error: type[PostHogError], fragment: str, fn: Case) -> None:
    with pytest.raises(PostHogError) as info:
        await fn(env)
    err = info.value
    assert type(err) is error, f"{name}: {type(err).__name__}: {err}"
    assert fragment in str(err), f"{name}: {err}"
    assert KEY not in str(err)
    assert KEY not in repr(err)
    assert KEY not in (err.url or "")
    if name in WRITE_CASES:
        assert err.may_have_been_applied is WRITE_CASES[name], f"{name}: {err.may_have_been_applied}"
    elif err.method in (None, "GET"):
        assert err.may_have_been_applied is None
    if error in (ConfigurationError, InvalidRequestError) and "project name" not in name:
        assert env.srv.requests == [], f"{name}: sent {env.srv.requests}"


#: Write cases and what their errors must say about ``may_have_been_applied``.
WRITE_CASES = {
    "403 missing scope": False,
    "301 on a write": False,
    "write answered with HTML": True,
}


async def test_html_200_names_status_and_request(env: Env) -> None:
    env.srv.route("GET", INSIGHT, 200, "<html>Sign in</html>", content_type="text/html")
    with pytest.raises(ResponseValidationError) as info:
        await _call(env, lambda c: c.insights.get(7))
    err = info.value
    assert (err.status, err.method) == (200, "GET")
    assert err.url is not None
    assert err.url.endswith(INSIGHT)
    assert INSIGHT in str(err)
    assert "an HTML page" in str(err)


async def test_same_origin_308_for_a_write_is_followed_with_the_method(env: Env) -> None:
    env.srv.route("PATCH", "/api/environments/1/insights/7/", 308, "", headers={"Location": INSIGHT})
    env.srv.route("PATCH", INSIGHT, 200, env.json("insight"))
    client = env.client(api_family="environments")
    try:
        insight = await aw(client.insights.update(7, name="x"))
    finally:
        await close(client)
    assert insight.id == env.samples["insight"]["id"]
    assert [(r.method, r.path) for r in env.srv.requests] == [
        ("PATCH", "/api/environments/1/insights/7/"),
        ("PATCH", INSIGHT),
    ]
    assert all(r.headers.get("authorization") == f"Bearer {KEY}" for r in env.srv.requests)


@pytest.mark.parametrize("timeout", ["x", -1, 0, True])
async def test_a_bad_per_call_timeout_is_refused_before_sending(env: Env, timeout: Any) -> None:
    with pytest.raises(InvalidRequestError, match="timeout must be > 0 seconds"):
        await _call(env, lambda c: c.persons.get(1, timeout=timeout))
    with pytest.raises(InvalidRequestError, match="poll_interval must be"):
        await _call(env, lambda c: c.insights.refresh(1, poll_interval=-1))
    assert env.srv.requests == []
