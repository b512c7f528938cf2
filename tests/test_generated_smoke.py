"""Smoke test of the generated client (posthog_openapi) over real HTTP against the local stand-in."""

from __future__ import annotations

from posthog_openapi import AuthenticatedClient
from posthog_openapi.api.environments import environments_persons_list
from posthog_openapi.api.insights import insights_destroy, insights_list, insights_retrieve
from posthog_openapi.api.persons import persons_list
from posthog_openapi.api.users import users_me_retrieve
from posthog_openapi.models import Error, ErrorType, Insight, PaginatedInsightList, PaginatedPersonList, RefreshMode
from posthog_openapi.models import User as GeneratedUser
from posthog_rest.testing import LocalPostHog


def client(server: LocalPostHog) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=server.url, token=server.api_key)


def test_users_me(local_posthog_server: LocalPostHog) -> None:
    me = users_me_retrieve.sync(client=client(local_posthog_server))
    assert isinstance(me, GeneratedUser)
    assert me.team is not None
    assert me.team.id == local_posthog_server.project_id


def test_insights_list_and_retrieve(local_posthog_server: LocalPostHog) -> None:
    pid = str(local_posthog_server.project_id)
    with client(local_posthog_server) as api:
        page = insights_list.sync(pid, client=api, limit=5, refresh=RefreshMode.FORCE_CACHE)
        assert isinstance(page, PaginatedInsightList)
        assert len(page.results) == 5
        assert page.count >= 5
        assert page.next_
        first = page.results[0]
        again = insights_retrieve.sync(pid, first.id, client=api)
        assert isinstance(again, Insight)
        assert again.short_id == first.short_id


def test_insight_delete_is_405_with_the_envelope(local_posthog_server: LocalPostHog) -> None:
    pid = str(local_posthog_server.project_id)
    with client(local_posthog_server) as api:
        first = insights_list.sync(pid, client=api, limit=1)
        assert isinstance(first, PaginatedInsightList)
        response = insights_destroy.sync_detailed(pid, first.results[0].id, client=api)
    assert response.status_code == 405
    assert isinstance(response.parsed, Error)
    assert response.parsed.type_ == ErrorType.INVALID_REQUEST


def test_persons_in_both_families(local_posthog_server: LocalPostHog) -> None:
    pid = str(local_posthog_server.project_id)
    with client(local_posthog_server) as api:
        projects = persons_list.sync(pid, client=api, limit=3)
        environments = environments_persons_list.sync(pid, client=api, limit=3)
    assert isinstance(projects, PaginatedPersonList)
    assert isinstance(environments, PaginatedPersonList)
    assert [p.id for p in projects.results] == [p.id for p in environments.results]


def test_bad_key_gets_401_envelope(local_posthog_server: LocalPostHog) -> None:
    bad = AuthenticatedClient(base_url=local_posthog_server.url, token="phx_not_a_real_key")
    response = users_me_retrieve.sync_detailed(client=bad)
    assert response.status_code == 401
    assert isinstance(response.parsed, Error)
    assert response.parsed.code == "invalid_personal_api_key"
