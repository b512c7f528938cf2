"""The stand-in server: startup, seeded data, auth, scopes, projects, pagination, both path families."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from posthog_rest.testing import LocalPostHog, State, local_posthog


@pytest.fixture
def client(local_posthog_server: LocalPostHog) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=local_posthog_server.url, headers={"Authorization": f"Bearer {local_posthog_server.api_key}"}
    ) as c:
        yield c


def test_starts_fast_and_stops() -> None:
    started = time.perf_counter()
    with local_posthog(seed=3, persons=500) as server:
        elapsed = time.perf_counter() - started
        assert server.url.startswith("http://127.0.0.1:")
        assert (
            httpx.get(f"{server.url}/api/users/@me/", headers={"Authorization": f"Bearer {server.api_key}"}).status_code
            == 200
        )
    assert elapsed < 1.0


def test_same_seed_same_data() -> None:
    a, b, c = State(seed=11, persons=50), State(seed=11, persons=50), State(seed=12, persons=50)
    assert a.api_key == b.api_key
    assert a.current_project_id == b.current_project_id
    people_a = list(a.current_project.persons.iter_persons())
    assert people_a == list(b.current_project.persons.iter_persons())
    assert people_a != list(c.current_project.persons.iter_persons())
    assert [i.short_id for i in a.current_project.insights.values()] == [
        i.short_id for i in b.current_project.insights.values()
    ]


def test_seeded_persons_look_real() -> None:
    store = State(seed=7, persons=300).current_project.persons
    people = list(store.iter_persons())
    assert len(people) == 300
    assert all(1 <= len(p["distinct_ids"]) <= 3 for p in people)
    with_email = [p for p in people if "email" in p["properties"]]
    assert 0.7 * len(people) < len(with_email) < len(people)
    for key in ("$initial_os", "$browser", "$geoip_country_code", "plan"):
        assert all(key in p["properties"] for p in people)
    assert len({p["properties"]["$initial_os"] for p in people}) >= 4
    created = [p["created_at"] for p in people]
    assert created == sorted(created, reverse=True)  # newest first


def test_me_and_projects(client: httpx.Client, local_posthog_server: LocalPostHog) -> None:
    me = client.get("/api/users/@me/").json()
    assert me["team"]["id"] == local_posthog_server.project_id
    assert {t["id"] for t in me["organization"]["teams"]} == {
        local_posthog_server.project_id,
        local_posthog_server.other_project_id,
    }
    projects = client.get("/api/projects/").json()
    assert projects["count"] == 2
    assert projects["next"] is None
    assert client.get("/api/projects/@current/").json()["id"] == local_posthog_server.project_id
    assert client.get(f"/api/projects/{local_posthog_server.other_project_id}/").json()["name"] == "Hogflix mobile"
    page = client.get("/api/projects/", params={"limit": 1}).json()
    assert page["next"] == f"{local_posthog_server.url}/api/projects/?limit=1&offset=1"


@pytest.mark.parametrize(
    "how",
    ["bearer", "query", "json_body"],
)
def test_key_locations(local_posthog_server: LocalPostHog, how: str) -> None:
    server = local_posthog_server
    url = f"{server.url}/api/projects/{server.project_id}/insights/viewed/"
    body: dict[str, object] = {"insight_ids": [min(server.state.current_project.insights)]}
    if how == "bearer":
        r = httpx.post(url, json=body, headers={"Authorization": f"Bearer {server.api_key}"})
    elif how == "query":
        r = httpx.post(url, json=body, params={"personal_api_key": server.api_key})
    else:
        r = httpx.post(url, json={**body, "personal_api_key": server.api_key})
    assert r.status_code == 201, r.text


def test_bad_keys(local_posthog_server: LocalPostHog) -> None:
    url = f"{local_posthog_server.url}/api/users/@me/"
    for key in ("phx_nope", "phc_" + "a" * 40, local_posthog_server.state.current_project.api_token):
        r = httpx.get(url, headers={"Authorization": f"Bearer {key}"})
        assert r.status_code == 401
        assert r.json() == {
            "type": "authentication_error",
            "code": "invalid_personal_api_key",
            "detail": "Invalid Personal API key.",
            "attr": None,
        }
    assert httpx.get(url).status_code == 401


def test_scopes(local_posthog_server: LocalPostHog) -> None:
    server = local_posthog_server
    base = f"{server.url}/api/projects/{server.project_id}"
    reader = {"Authorization": f"Bearer {server.key_with_scopes(['insight:read'])}"}
    writer = {"Authorization": f"Bearer {server.key_with_scopes(['insight:write'])}"}
    assert httpx.get(f"{base}/insights/", headers=reader).status_code == 200
    r = httpx.post(f"{base}/insights/", json={"name": "x"}, headers=reader)
    assert r.status_code == 403
    assert r.json() == {
        "type": "authentication_error",
        "code": "permission_denied",
        "detail": "API key missing required scope 'insight:write'",
        "attr": None,
    }
    assert httpx.get(f"{base}/insights/", headers=writer).status_code == 200  # write implies read
    r = httpx.get(f"{base}/persons/", headers=writer)
    assert r.status_code == 403
    assert "person:read" in r.json()["detail"]


def test_unknown_project_and_bad_ids(client: httpx.Client) -> None:
    r = client.get("/api/projects/999999999/insights/")
    assert r.status_code == 404
    assert r.json()["detail"] == "Project not found."
    assert client.get("/api/projects/999999999/").status_code == 404
    r = client.get("/api/projects/@current/persons/abc/")
    assert r.status_code == 400
    assert r.json()["type"] == "validation_error"
    assert r.json()["attr"] == "id"
    assert client.get("/api/projects/@current/persons/1/").status_code == 404
    assert client.get("/api/nothing/here/").status_code == 404
    r = client.put("/api/projects/@current/insights/")
    assert r.status_code == 405
    assert r.json()["type"] == "invalid_request"


def test_both_families_share_state(client: httpx.Client, local_posthog_server: LocalPostHog) -> None:
    pid = local_posthog_server.project_id
    created = client.post(f"/api/environments/{pid}/insights/", json={"name": "from environments"}).json()
    again = client.get(f"/api/projects/{pid}/insights/{created['id']}/").json()
    assert again["name"] == "from environments"
    persons_a = client.get(f"/api/projects/{pid}/persons/", params={"limit": 5}).json()["results"]
    persons_b = client.get(f"/api/environments/{pid}/persons/", params={"limit": 5}).json()["results"]
    assert persons_a == persons_b


def test_insight_pagination(client: httpx.Client, local_posthog_server: LocalPostHog) -> None:
    first = client.get("/api/projects/@current/insights/", params={"limit": 5}).json()
    total = first["count"]
    assert first["previous"] is None
    assert first["next"].startswith(local_posthog_server.url)
    seen = [i["id"] for i in first["results"]]
    url = first["next"]
    while url:
        page = client.get(url).json()
        assert page["previous"]
        seen += [i["id"] for i in page["results"]]
        url = page["next"]
    assert len(seen) == len(set(seen)) == total


def test_next_uses_request_host(local_posthog_server: LocalPostHog) -> None:
    r = httpx.get(
        f"{local_posthog_server.url}/api/projects/@current/insights/?limit=1",
        headers={"Authorization": f"Bearer {local_posthog_server.api_key}", "Host": "posthog.example.com:8000"},
    )
    assert r.json()["next"].startswith("http://posthog.example.com:8000/api/projects/@current/insights/")


def test_serves_its_spec(local_posthog_server: LocalPostHog) -> None:
    doc = httpx.get(f"{local_posthog_server.url}/api/schema/").json()
    assert doc["openapi"].startswith("3.1")
