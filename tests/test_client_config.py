"""Client configuration: key/host/project validation, env defaults, repr, project resolution."""

from __future__ import annotations

from typing import Any

import pytest

from client_fixtures import *  # noqa: F403
from client_fixtures import aw, close, make_client
from posthog_rest import AsyncPostHog, ConfigurationError, NotFoundError, PostHog

CLIENTS = pytest.mark.parametrize("cls", [PostHog, AsyncPostHog])


@pytest.fixture(autouse=True)
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("POSTHOG_PERSONAL_API_KEY", "POSTHOG_HOST", "POSTHOG_PROJECT_ID"):
        monkeypatch.delenv(name, raising=False)


@CLIENTS
def test_missing_key_says_how_to_make_one(cls: type[Any]) -> None:
    with pytest.raises(ConfigurationError, match=r"POSTHOG_PERSONAL_API_KEY.*My settings → Personal API keys"):
        cls()


@CLIENTS
def test_project_token_is_the_wrong_kind_of_key(cls: type[Any]) -> None:
    with pytest.raises(ConfigurationError, match="project token"):
        cls(api_key="phc_abcdef")


@CLIENTS
@pytest.mark.parametrize("host", ["us.i.posthog.com", "https://eu.i.posthog.com"])
def test_ingestion_hosts_are_refused(cls: type[Any], host: str) -> None:
    with pytest.raises(ConfigurationError, match="ingestion"):
        cls(api_key="phx_x", host=host)


@CLIENTS
def test_plain_http_only_to_loopback_unless_allowed(cls: type[Any]) -> None:
    with pytest.raises(ConfigurationError, match="allow_insecure_http"):
        cls(api_key="phx_x", host="http://posthog.example.com")
    assert cls(api_key="phx_x", host="http://127.0.0.1:9").host == "http://127.0.0.1:9"
    assert cls(api_key="phx_x", host="http://localhost:9").host == "http://localhost:9"
    ok = cls(api_key="phx_x", host="http://posthog.example.com", allow_insecure_http=True)
    assert ok.host == "http://posthog.example.com"


@CLIENTS
@pytest.mark.parametrize(
    ("host", "expected"),
    [
        (None, "https://us.posthog.com"),
        ("us", "https://us.posthog.com"),
        ("EU", "https://eu.posthog.com"),
        ("app.posthog.com", "https://app.posthog.com"),
        ("https://posthog.example.com/", "https://posthog.example.com"),
    ],
)
def test_host_aliases(cls: type[Any], host: str | None, expected: str) -> None:
    assert cls(api_key="phx_x", host=host).host == expected


@CLIENTS
def test_env_defaults(cls: type[Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POSTHOG_PERSONAL_API_KEY", "phx_fromenv")
    monkeypatch.setenv("POSTHOG_HOST", "eu")
    monkeypatch.setenv("POSTHOG_PROJECT_ID", "42")
    client = cls()
    assert (client.host, client.project) == ("https://eu.posthog.com", "42")
    assert cls(api_key="phx_x").project == "42"
    monkeypatch.delenv("POSTHOG_PROJECT_ID")
    assert cls(api_key="phx_x").project == "@current"


@CLIENTS
def test_bad_family_and_retries(cls: type[Any]) -> None:
    with pytest.raises(ConfigurationError, match="api_family"):
        cls(api_key="phx_x", api_family="teams")
    with pytest.raises(ConfigurationError, match="max_retries"):
        cls(api_key="phx_x", max_retries=-1)


@CLIENTS
def test_repr_hides_the_key(cls: type[Any]) -> None:
    client = cls(api_key="phx_supersecret", project="Marketing")
    for text in (repr(client), repr(client.generated), repr(client.insights), str(client.__dict__)):
        assert "phx_supersecret" not in text
    assert "redacted" in repr(client)


async def test_project_by_id_name_and_current(server: Any, kind: str) -> None:
    by_id = make_client(kind, server)
    try:
        projects = await aw(by_id.projects())
        assert {p.id for p in projects} >= {int(server.project_id), int(server.other_project_id)}
        main = next(p for p in projects if p.id == int(server.project_id))
        other = next(p for p in projects if p.id == int(server.other_project_id))
        me = await aw(by_id.me())
        assert me.email
        current = by_id.with_project("@current")
        assert (await aw(current.current_project())).id == me.team.id

        by_name = by_id.with_project(main.name)
        assert by_name._conn is by_id._conn  # the copy shares the connection pool
        assert await aw(by_name.project_id()) == str(main.id)
        first_main = [i.id for i in await _first_page(by_name)]
        first_other = [i.id for i in await _first_page(by_id.with_project(other.id))]
        assert first_main
        assert first_main != first_other

        with pytest.raises(ConfigurationError, match=r"No project named 'Nope'.*Projects this key can see"):
            await _first_page(by_id.with_project("Nope"))
        with pytest.raises(NotFoundError):
            await _first_page(by_id.with_project(987654321))
    finally:
        await close(by_id)


async def _first_page(client: PostHog | AsyncPostHog) -> list[Any]:
    pages = client.insights.list(page_size=5).pages()
    if hasattr(pages, "__aiter__"):
        async for page in pages:
            return list(page.results)
        return []
    return list(next(iter(pages)).results)


def test_resources_are_made_on_first_read_for_the_bound_project() -> None:
    from posthog_rest.resources import Insights, Query

    ph = PostHog(api_key="phx_test", host="http://127.0.0.1:9", project=1, allow_insecure_http=True)
    assert "insights" not in vars(ph)
    insights = ph.insights
    assert isinstance(insights, Insights)
    assert ph.insights is insights  # made once
    other = ph.with_project(2)
    assert other.insights is not insights  # made again for the other project
    assert other.insights._scope is not insights._scope
    assert isinstance(other.query, Query)
    assert ph.insights is insights  # the original keeps its own
