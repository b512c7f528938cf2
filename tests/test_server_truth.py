"""The stand-in answers as PostHog's server code does (Dec 2026), and as an older self-hosted PostHog in legacy mode.

One test per difference between PostHog's docs and its server (see README, "Where PostHog's docs and its
server differ"); raw HTTP, so these pin the stand-in itself, not the SDK.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from posthog_rest.testing import LocalPostHog, local_posthog

LEGACY_CALLS = [
    ("GET", "insights/trend/", None),
    ("POST", "insights/trend/", {"events": [{"id": "$pageview"}]}),
    ("GET", "insights/path/", None),
    ("POST", "insights/path/", {}),
    ("GET", "insights/retention/", None),
    ("POST", "insights/retention/", {}),
]


@pytest.fixture(scope="module", params=["cloud", "legacy"])
def server(request: pytest.FixtureRequest) -> Iterator[LocalPostHog]:
    with local_posthog(seed=11, persons=300, legacy_insight_endpoints=request.param == "legacy") as srv:
        yield srv


@pytest.fixture
def api(server: LocalPostHog) -> Iterator[httpx.Client]:
    base = f"{server.url}/api/projects/{server.project_id}"
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {server.api_key}"}) as client:
        yield client


def _person(server: LocalPostHog, n: int = 0) -> int:
    return list(zip(range(n + 1), server.state.current_project.persons.iter_ids(), strict=False))[n][1]


def _props(api: httpx.Client, pid: int) -> dict[str, Any]:
    props: dict[str, Any] = api.get(f"/persons/{pid}/").json()["properties"]
    return props


def _eventually(check: Any, timeout: float = 3.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.02)


# --- persons --------------------------------------------------------------------------------------
def test_patch_answers_202_without_body_and_applies_later(api: httpx.Client, server: LocalPostHog) -> None:
    pid = _person(server, 1)
    server.set_person_write_delay(0.4)
    r = api.patch(f"/persons/{pid}/", json={"properties": {"tier": "gold"}})
    assert r.status_code == 202
    assert r.content == b""
    assert "tier" not in _props(api, pid), "applied through ingestion: not visible at once"
    assert _eventually(lambda: _props(api, pid).get("tier") == "gold")
    server.set_person_write_delay(0)
    api.patch(f"/persons/{pid}/", json={"properties": {"tier": "silver"}})
    assert _props(api, pid)["tier"] == "silver"


def test_patch_without_properties_is_posthogs_own_400(api: httpx.Client, server: LocalPostHog) -> None:
    r = api.patch(f"/persons/{_person(server)}/", json={"name": "x"})
    assert r.status_code == 400
    assert r.json() == {
        "type": "validation_error",
        "code": "This field is required.",
        "detail": "required",
        "attr": "properties",
    }


@pytest.mark.parametrize("value", [10, True, False, 2.5, ["a", 1], {"nested": {"k": [1, None]}}, "text"])
def test_update_property_reads_the_body_and_keeps_types(api: httpx.Client, server: LocalPostHog, value: Any) -> None:
    server.set_person_write_delay(0)
    pid = _person(server, 2)
    r = api.post(f"/persons/{pid}/update_property/", json={"key": "typed", "value": value})
    assert r.status_code == 202
    assert r.content == b""
    stored = _props(api, pid)["typed"]
    assert stored == value
    assert type(stored) is type(value)


def test_update_property_null_value_is_400(api: httpx.Client, server: LocalPostHog) -> None:
    r = api.post(f"/persons/{_person(server)}/update_property/", json={"key": "k", "value": None})
    assert r.status_code == 400
    assert r.json()["attr"] == "value"


def test_null_is_set_through_patch(api: httpx.Client, server: LocalPostHog) -> None:
    server.set_person_write_delay(0)
    pid = _person(server, 3)
    assert api.patch(f"/persons/{pid}/", json={"properties": {"cleared": None}}).status_code == 202
    props = _props(api, pid)
    assert "cleared" in props
    assert props["cleared"] is None


def test_delete_property_reads_the_body_answers_201_success(api: httpx.Client, server: LocalPostHog) -> None:
    server.set_person_write_delay(0)
    pid = _person(server, 4)
    assert "plan" in _props(api, pid)
    r = api.post(f"/persons/{pid}/delete_property/", json={"$unset": "plan"})
    assert r.status_code == 201
    assert r.json() == {"success": True}
    assert "plan" not in _props(api, pid)


def test_delete_property_in_the_query_string_is_a_500(api: httpx.Client, server: LocalPostHog) -> None:
    pid = _person(server, 5)
    r = api.post(f"/persons/{pid}/delete_property/", params={"$unset": "plan"})
    assert r.status_code == 500
    assert "plan" in _props(api, pid)


def test_split_answers_201_success(api: httpx.Client, server: LocalPostHog) -> None:
    store = server.state.current_project.persons
    pid = next(p for p in store.iter_ids() if len(store.distinct_ids(p)) > 1)
    r = api.post(f"/persons/{pid}/split/", json={})
    assert r.status_code == 201
    assert r.json() == {"success": True}


def test_delete_flags_count_by_presence(api: httpx.Client, server: LocalPostHog) -> None:
    stats = server.state.stats
    events, recordings = stats["event_deletions_queued"], stats["recording_deletions_queued"]
    r = api.delete(f"/persons/{_person(server, 6)}/", params={"delete_events": "false", "delete_recordings": "true"})
    assert r.status_code == 202
    assert r.content == b""
    assert stats["event_deletions_queued"] == events + 1, "`false` still turns it on: PostHog tests presence"
    assert stats["recording_deletions_queued"] == recordings + 1
    assert api.delete(f"/persons/{_person(server, 6)}/").status_code == 202
    assert stats["event_deletions_queued"] == events + 1


def test_bulk_delete_by_distinct_ids_or_uuids(api: httpx.Client, server: LocalPostHog) -> None:
    store = server.state.current_project.persons
    a, b = _person(server, 10), _person(server, 11)
    before = store.live_count()
    r = api.post("/persons/bulk_delete/", json={"distinct_ids": [store.distinct_ids(a)[0], "nobody-has-this"]})
    assert r.status_code == 202
    assert r.content == b""
    assert api.post("/persons/bulk_delete/", json={"ids": [store.uuid(b)], "delete_events": True}).status_code == 202
    assert store.live_count() == before - 2
    assert api.get(f"/persons/{a}/").status_code == 404
    assert api.get(f"/persons/{b}/").status_code == 404
    assert api.post("/persons/bulk_delete/", json={}).status_code == 400
    assert api.post("/persons/bulk_delete/", json={"ids": ["x"] * 1001}).status_code == 400


def test_values_counts_each_value(api: httpx.Client, server: LocalPostHog) -> None:
    store = server.state.current_project.persons
    expected: dict[str, int] = {}
    for pid in store.iter_ids():
        plan = store.properties(pid).get("plan")
        if plan is not None:
            expected[str(plan)] = expected.get(str(plan), 0) + 1
    values = api.get("/persons/values/", params={"key": "plan"}).json()
    assert {v["name"]: v["count"] for v in values} == expected
    assert [v["count"] for v in values] == sorted((v["count"] for v in values), reverse=True)
    narrowed = api.get("/persons/values/", params={"key": "plan", "value": "PR"}).json()
    assert {v["name"] for v in narrowed} == {n for n in expected if "pr" in n}
    assert api.get("/persons/values/").json() == []


def test_cohorts_of_a_person_by_id_or_uuid(api: httpx.Client, server: LocalPostHog) -> None:
    store = server.state.current_project.persons
    pid = next(p for p in store.iter_ids() if store.properties(p).get("plan") == "pro")
    by_id = api.get("/persons/cohorts/", params={"person_id": pid}).json()["results"]
    assert {c["name"] for c in by_id} >= {"Paying customers", "Pro and enterprise"}
    by_uuid = api.get("/persons/cohorts/", params={"person_id": store.uuid(pid)}).json()["results"]
    assert by_uuid == by_id
    free = next(p for p in store.iter_ids() if store.properties(p).get("plan") == "free")
    names = {c["name"] for c in api.get("/persons/cohorts/", params={"person_id": free}).json()["results"]}
    assert "Paying customers" not in names


def test_person_by_uuid(api: httpx.Client, server: LocalPostHog) -> None:
    pid = _person(server, 20)
    uuid = server.state.current_project.persons.uuid(pid)
    assert api.get(f"/persons/{uuid}/").json()["id"] == pid
    assert api.get("/persons/not-an-id@example.com/").status_code == 400


# --- insights -------------------------------------------------------------------------------------
@pytest.mark.parametrize(("method", "path", "body"), LEGACY_CALLS)
def test_legacy_calculations_404_on_cloud_served_in_legacy_mode(
    api: httpx.Client, server: LocalPostHog, method: str, path: str, body: Any
) -> None:
    r = api.request(method, f"/{path}", json=body)
    if server.state.legacy_insight_endpoints:
        assert r.status_code == 200, r.text
        assert r.json()["result"] is not None
    else:
        assert r.status_code == 404
        assert r.json()["type"] == "invalid_request"


def test_timing_is_an_internal_recorder_on_cloud(api: httpx.Client, server: LocalPostHog) -> None:
    r = api.post("/insights/timing/", json={})
    if server.state.legacy_insight_endpoints:
        assert r.status_code == 200
        assert r.json()["result"]
    else:
        assert r.status_code == 201
        assert r.content == b""


def test_viewed_bulk_then_my_last_viewed_and_trending(api: httpx.Client, server: LocalPostHog) -> None:
    live = sorted(i.id for i in server.state.current_project.insights.values() if not i.deleted)
    per_id = api.post(f"/insights/{live[0]}/viewed/")
    assert per_id.status_code == (200 if server.state.legacy_insight_endpoints else 404)
    r = api.post("/insights/viewed/", json={"insight_ids": [live[1], live[2], 999_999_999]})
    assert r.status_code == 201
    assert r.content == b""
    time.sleep(0.01)
    assert api.post("/insights/viewed/", json={"insight_ids": [live[3]]}).status_code == 201
    mine = api.get("/insights/my_last_viewed/").json()
    assert mine[0]["id"] == live[3]
    assert {i["id"] for i in mine} >= {live[1], live[2], live[3]}
    assert len(mine) <= 5
    assert all("result" not in i for i in mine)
    trending = api.get("/insights/trending/", params={"days": 1, "limit": 2}).json()
    assert trending["next"] is None
    assert len(trending["results"]) == 2
    assert all(t["view_count"] >= 1 for t in trending["results"])
    assert trending["results"][0]["viewers"][0]["id"] == server.state.user.id
    assert api.post("/insights/viewed/", json={"insight_ids": []}).status_code == 400
    assert api.post("/insights/viewed/", json={"insight_ids": list(range(2501))}).status_code == 400


def test_list_filters(api: httpx.Client, server: LocalPostHog) -> None:
    insights = server.state.current_project.insights
    everyone = api.get("/insights/", params={"limit": 200}).json()
    basic = api.get("/insights/", params={"basic": "true", "limit": 200}).json()
    assert basic["count"] == everyone["count"]
    assert all("result" not in i for i in basic["results"])
    found = api.get("/insights/", params={"search": "FUNNEL", "basic": 1}).json()["results"]
    assert found
    assert all("funnel" in (i["name"] or "").lower() for i in found)
    funnels = api.get("/insights/", params={"insight": "FUNNELS", "basic": 1}).json()["results"]
    assert {i["name"] for i in funnels} == {
        r.name for r in insights.values() if r.name and "unnel" in r.name and not r.deleted
    }
    tagged = next(r for r in insights.values() if r.tags and not r.deleted)
    by_tag = api.get("/insights/", params={"tags": f'["{tagged.tags[0]}"]', "basic": 1}).json()["results"]
    assert tagged.id in {i["id"] for i in by_tag}
    assert all(tagged.tags[0] in i["tags"] for i in by_tag)
    by_name = api.get("/insights/", params={"order": "name", "basic": 1, "limit": 200}).json()["results"]
    names = [i["name"] or "" for i in by_name]
    assert names == sorted(names)
    colleague = server.state.colleague.id
    mine = api.get("/insights/", params={"created_by": f"[{colleague}]", "basic": 1}).json()["results"]
    assert mine
    assert all(i["created_by"]["id"] == colleague for i in mine)
    assert api.get("/insights/", params={"created_by": "not json"}).status_code == 400


def test_short_id_in_the_path_and_query_based_filters(api: httpx.Client, server: LocalPostHog) -> None:
    record = next(r for r in server.state.current_project.insights.values() if r.query and not r.deleted)
    by_short = api.get(f"/insights/{record.short_id}/").json()
    assert by_short["id"] == record.id
    assert by_short["filters"] == {}, "query-based insights come back with empty filters"
    assert by_short["query"]["kind"] == "InsightVizNode"
    legacy = next(r for r in server.state.current_project.insights.values() if r.query is None and not r.deleted)
    body = api.get(f"/insights/{legacy.id}/").json()
    assert body["query"] is None
    assert body["filters"]["insight"]


def test_environments_answers_carry_deprecation_headers(server: LocalPostHog) -> None:
    auth = {"Authorization": f"Bearer {server.api_key}"}
    env = httpx.get(f"{server.url}/api/environments/{server.project_id}/persons/?limit=1", headers=auth)
    assert env.status_code == 200
    assert env.headers["Deprecation"].startswith("@")
    assert env.headers["Sunset"].endswith("GMT")
    assert env.headers["Link"] == f'</api/projects/{server.project_id}/persons/>; rel="successor-version"'
    projects = httpx.get(f"{server.url}/api/projects/{server.project_id}/persons/?limit=1", headers=auth)
    assert "Deprecation" not in projects.headers
    missing = httpx.get(f"{server.url}/api/environments/{server.project_id}/persons/0/", headers=auth)
    assert missing.status_code == 404
    assert "Sunset" in missing.headers


def test_no_off_spec_answers(server: LocalPostHog) -> None:
    assert server.violations == []
