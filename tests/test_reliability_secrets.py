"""The API key never leaks: the whole wrapper surface (sync and async, errors included) and the CLI run with
DEBUG logging on (root, httpx, httpcore), and the key must appear in no log record, exception text or repr,
``repr()`` of clients/resources, CLI output, or URL in an error. Query-string auth is opt-in and stays out
of every logged URL too.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from client_fixtures import aw, close, collect, fast_retries
from posthog_rest import AsyncPostHog, PostHog, PostHogError, where
from posthog_rest._redact import install_log_redaction, redact_text
from posthog_rest.cli import app
from posthog_rest.testing import LocalPostHog, local_posthog
from scripted_server import ScriptedServer


class Capture(logging.Handler):
    """Every record, formatted, with its exception text."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record) + repr(record.args) + repr(record.__dict__))


@pytest.fixture
def debug_logs() -> Iterator[Capture]:
    capture = Capture()
    names = ["", "httpx", "httpcore", "posthog_rest", "httpcore.http11", "httpcore.connection"]
    saved = {n: logging.getLogger(n).level for n in names}
    root = logging.getLogger()
    root.addHandler(capture)
    for n in names:
        logging.getLogger(n).setLevel(logging.DEBUG)
    try:
        yield capture
    finally:
        root.removeHandler(capture)
        for n, level in saved.items():
            logging.getLogger(n).setLevel(level)


@pytest.fixture(scope="module")
def server() -> Iterator[Any]:
    with local_posthog(persons=60, seed=11) as srv:
        yield srv


def _texts(err: BaseException) -> list[str]:
    parts = [str(err), repr(err), "".join(traceback.format_exception(err))]
    if isinstance(err, PostHogError):
        parts += [str(err.url), repr(err.headers), repr(err.body), repr(vars(err))]
    return parts


async def exercise(client: PostHog | AsyncPostHog, server: Any) -> list[str]:
    """Call every resource method (and provoke errors); return everything printable they produced."""
    out: list[str] = [repr(await aw(client.me()))]  # the key works (header or query): the rest is meaningful
    out += [repr(client), repr(client.insights), repr(client.persons), repr(client.generated)]
    out.append(repr(client._conn))
    project = server.state.current_project
    insight_id = next(i for i, rec in project.insights.items() if not rec.deleted)
    person_ids = list(project.persons.iter_ids())
    pid, victim = person_ids[0], person_ids[-1]
    distinct = project.persons.distinct_ids(pid)[0]
    calls: list[Any] = [
        lambda: client.me(),
        lambda: client.projects(),
        lambda: client.current_project(),
        lambda: client.project_id(),
        lambda: collect(client.insights.list(limit=5)),
        lambda: client.insights.get(insight_id),
        lambda: client.insights.get(short_id=project.insights[insight_id].short_id),
        lambda: client.insights.get(insight_id, refresh="blocking"),
        lambda: client.insights.refresh(insight_id, wait=True, timeout=10, poll_interval=0.02),
        lambda: client.insights.trend(events=[{"id": "$pageview"}], date_from="-7d"),
        lambda: client.insights.path(date_from="-7d"),
        lambda: client.insights.retention(date_from="-7d"),
        lambda: client.insights.timing(date_from="-7d"),
        lambda: client.insights.activity(insight_id),
        lambda: client.insights.viewed(insight_id),
        lambda: client.insights.sharing(insight_id),
        lambda: client.insights.create(name="secret-test"),
        lambda: client.insights.update(insight_id, description="secret-test"),
        lambda: client.with_raw_response.insights.get(insight_id),
        lambda: client.with_raw_response.me(),
        lambda: collect(client.persons.list(properties=[where("$initial_os") == "Linux"], limit=5)),
        lambda: client.persons.get(pid),
        lambda: client.persons.get_by_distinct_id(distinct),
        lambda: client.persons.update(pid, properties={"plan": "pro"}),
        lambda: client.persons.update_property(pid, "k", "v"),
        lambda: client.persons.delete_property(pid, "k"),
        lambda: client.persons.activity(pid),
        lambda: client.persons.properties_timeline(pid),
        lambda: client.persons.split(pid),
        lambda: client.persons.delete(victim),
        # errors
        lambda: client.insights.get(1),  # 404
        lambda: client.persons.get(victim),  # 404 (deleted)
        lambda: client.query_status("0" * 32),  # 404
        lambda: client.cancel_query("0" * 32),
        lambda: client.insights.delete(insight_id),
        lambda: client.with_project("No such project").insights.get(insight_id),
        lambda: client.insights.get(insight_id, refresh="sometimes"),
    ]
    for call in calls:
        try:
            result = await aw(call())
            out.append(repr(result))
        except PostHogError as err:
            out += _texts(err)
    server.set_faults(rate=1.0, kinds=("500", "reset", "truncate", "html"), seed=3)
    try:
        for call in calls[:8]:
            try:
                await aw(call())
            except PostHogError as err:
                out += _texts(err)
    finally:
        server.set_faults(rate=0)
    return out


def _assert_clean(key: str, texts: list[str], logs: Capture) -> None:
    leaks = [t for t in [*texts, *logs.lines] if key in t]
    assert leaks == [], leaks[:3]
    assert logs.lines, "DEBUG logging produced nothing: the test is not looking"


@pytest.mark.parametrize("auth", ["header", "query"])
@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_wrapper_surface_never_shows_the_key(kind: str, auth: str, server: Any, debug_logs: Capture) -> None:
    key = server.key_with_scopes(["*"]) if hasattr(server, "key_with_scopes") else server.api_key
    cls = PostHog if kind == "sync" else AsyncPostHog
    client = cls(api_key=key, host=server.url, project=server.project_id, auth=auth)  # type: ignore[arg-type]
    fast_retries(client)
    try:
        texts = await exercise(client, server)
    finally:
        await close(client)
    _assert_clean(key, texts, debug_logs)
    assert any("HTTP Request" in line for line in debug_logs.lines)  # httpx logged its URLs
    assert any("Retrying" in line for line in debug_logs.lines)


async def test_bad_keys_and_connection_errors_never_show_the_key(server: Any, debug_logs: Capture) -> None:
    texts: list[str] = []
    for key, host in (("phx_" + "9" * 40, server.url), (server.api_key, "http://127.0.0.1:9")):
        for cls in (PostHog, AsyncPostHog):
            client = cls(api_key=key, host=host, project=server.project_id)
            fast_retries(client)
            try:
                await aw(client.me())
            except PostHogError as err:
                texts += _texts(err)
            finally:
                await close(client)
            _assert_clean(key, texts, debug_logs)


def test_query_auth_is_opt_in_and_sends_the_key_only_in_the_query() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, json={"type": "invalid_request", "code": "not_found", "detail": "x", "attr": None})

    for auth, in_header, in_query in (("header", True, False), ("query", False, True)):
        seen.clear()
        http = httpx.Client(transport=httpx.MockTransport(handler))
        ph = PostHog(api_key="phx_qa", host="https://eu.posthog.com", project=1, http_client=http, auth=auth)  # type: ignore[arg-type]
        with pytest.raises(PostHogError) as info:
            ph.insights.get(5)
        request = seen[0]
        assert ("authorization" in request.headers) is in_header
        assert (request.url.params.get("personal_api_key") == "phx_qa") is in_query
        assert "phx_qa" not in str(info.value)
        assert "phx_qa" not in (info.value.url or "")


def test_log_filter_redacts_urls_and_bearer_tokens(debug_logs: Capture) -> None:
    install_log_redaction("phx_registered_secret")
    logging.getLogger("httpx").info("GET https://h/api/?personal_api_key=phx_other&x=1")
    logging.getLogger("httpcore.http11").debug("headers %s", {"Authorization": "Bearer phx_third"})
    logging.getLogger("posthog_rest").warning("oops %s", "phx_registered_secret")
    joined = "\n".join(debug_logs.lines)
    for secret in ("phx_other", "phx_third", "phx_registered_secret"):
        assert secret not in joined
    assert redact_text("a personal_api_key=abc&b") == "a personal_api_key=REDACTED&b"


def test_cli_never_prints_the_key(server: Any, debug_logs: Capture) -> None:
    env = {
        "POSTHOG_HOST": server.url,
        "POSTHOG_PERSONAL_API_KEY": server.api_key,
        "POSTHOG_PROJECT_ID": str(server.project_id),
        "COLUMNS": "160",
    }
    project = server.state.current_project
    insight_id = str(next(i for i, rec in project.insights.items() if not rec.deleted))
    pid = str(next(iter(project.persons.iter_ids())))
    commands = [
        ["whoami"],
        ["projects"],
        ["insights", "list"],
        ["insights", "get", insight_id],
        ["insights", "get", "1"],  # 404
        ["insights", "trend", "$pageview"],
        ["persons", "list"],
        ["persons", "get", pid],
        ["persons", "get", "999999999"],
        ["--help"],
    ]
    outputs = []
    for args in commands:
        result = CliRunner().invoke(app, args, env=env)
        outputs += [result.stdout, result.stderr, repr(result.exception)]
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            outputs.append("".join(traceback.format_exception(result.exception)))
    bad = CliRunner().invoke(app, ["whoami"], env={**env, "POSTHOG_PERSONAL_API_KEY": "phx_" + "8" * 40})
    outputs += [bad.stdout, bad.stderr]
    assert ("phx_" + "8" * 40) not in bad.stdout + bad.stderr
    _assert_clean(server.api_key, outputs, debug_logs)


@pytest.mark.parametrize("auth", ["header", "query"])
def test_a_shared_http_client_never_carries_the_key_to_other_hosts(
    local_posthog_server: LocalPostHog, auth: str
) -> None:
    server = local_posthog_server
    with ScriptedServer() as other, httpx.Client() as shared:
        other.route("GET", "/v1/things", 200, b"{}", content_type="application/json")
        ph = PostHog(api_key=server.api_key, host=server.url, project=server.project_id, http_client=shared, auth=auth)
        assert ph.me().email  # the key works for PostHog…
        shared.get(f"{other.url}/v1/things")  # …and the caller's other traffic goes out without it
    (seen,) = other.requests
    assert "authorization" not in {name.lower() for name in seen.headers}
    assert server.api_key not in seen.path


@pytest.mark.parametrize("auth", ["header", "query"])
def test_a_callers_mounted_transport_gets_auth_and_retries(local_posthog_server: LocalPostHog, auth: str) -> None:
    # httpx.Client(proxy=...) sends through a mount, not the client's main transport: it must be wrapped too.
    server = local_posthog_server
    mounted = httpx.Client(mounts={"all://127.0.0.1": httpx.HTTPTransport()})
    with PostHog(
        api_key=server.api_key, host=server.url, project=server.project_id, http_client=mounted, auth=auth
    ) as ph:
        assert ph.me().email
        server.set_faults(rate=1.0, kinds=("503",), seed=1)
        with pytest.raises(PostHogError) as info:
            ph.insights.get(1)
        assert info.value.retries == 2
    mounted.close()


def test_the_objects_that_hold_the_key_never_show_it(local_posthog_server: LocalPostHog) -> None:
    """The client's connection, its transport's auth and the CLI's options keep the key out of their repr."""
    import gc

    from posthog_rest._retry import KeyAuth
    from posthog_rest.cli.session import SharedOptions

    server = local_posthog_server
    with PostHog(api_key=server.api_key, host=server.url, project=server.project_id) as ph:
        ph.me()
        holders = [o for o in gc.get_objects() if isinstance(o, KeyAuth) and o.key == server.api_key]
        holders += [ph._conn, SharedOptions(api_key=server.api_key)]
        assert len(holders) >= 3
        for holder in holders:
            assert server.api_key not in repr(holder), type(holder).__name__
