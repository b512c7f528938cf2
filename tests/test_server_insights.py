"""The stand-in's insights: CRUD, soft delete, activity, calculations, refresh modes and query status."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from posthog_rest.testing import LocalPostHog


@pytest.fixture
def client(local_posthog_server: LocalPostHog) -> Iterator[httpx.Client]:
    base = f"{local_posthog_server.url}/api/projects/{local_posthog_server.project_id}"
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {local_posthog_server.api_key}"}) as c:
        yield c


@pytest.fixture
def legacy_client(local_posthog_server: LocalPostHog, client: httpx.Client) -> Iterator[httpx.Client]:
    """The client, with the stand-in answering as an older self-hosted PostHog (legacy insight endpoints)."""
    local_posthog_server.set_legacy_insight_endpoints(True)
    try:
        yield client
    finally:
        local_posthog_server.set_legacy_insight_endpoints(False)


def _new(client: httpx.Client, **fields: Any) -> dict[str, Any]:
    body = {
        "name": "Pageviews",
        "filters": {"insight": "TRENDS", "events": [{"id": "$pageview"}], "date_from": "-7d"},
        **fields,
    }
    r = client.post("/insights/", json=body)
    assert r.status_code == 201, r.text
    created: dict[str, Any] = r.json()
    return created


def test_seeded_insights(client: httpx.Client, local_posthog_server: LocalPostHog) -> None:
    insights = client.get("/insights/", params={"limit": 100}).json()["results"]
    assert len(insights) >= 20
    kinds = {(i["query"] or {}).get("source", {}).get("kind") for i in insights}
    assert {"TrendsQuery", "FunnelsQuery", "RetentionQuery", "PathsQuery"} <= kinds
    misses = [i for i in insights if i["result"] is None]
    assert misses
    assert all(i["last_refresh"] is None for i in misses)
    hit = next(i for i in insights if i["result"] is not None)
    assert hit["is_cached"] is True
    assert hit["last_refresh"]
    one = insights[3]
    assert [i["id"] for i in client.get("/insights/", params={"short_id": one["short_id"]}).json()["results"]] == [
        one["id"]
    ]
    colleague = local_posthog_server.state.colleague.id
    by = client.get("/insights/", params={"created_by": f"[{colleague}]"}).json()
    assert by["count"] > 0
    assert all(i["created_by"]["id"] == colleague for i in by["results"])


def test_create_patch_soft_delete(client: httpx.Client) -> None:
    insight = _new(client, name="Made in a test", tags=["t"])
    assert insight["result"] is None
    assert insight["short_id"]
    iid = insight["id"]
    r = client.patch(f"/insights/{iid}/", json={"name": "Renamed", "description": "d"})
    assert r.status_code == 200
    assert r.json()["name"] == "Renamed"
    r = client.delete(f"/insights/{iid}/")
    assert r.status_code == 405
    assert r.json()["type"] == "invalid_request"
    assert "patch" in r.json()["detail"]
    assert client.patch(f"/insights/{iid}/", json={"deleted": True}).json()["deleted"] is True
    assert client.get(f"/insights/{iid}/").status_code == 404
    assert iid not in [i["id"] for i in client.get("/insights/", params={"limit": 1000}).json()["results"]]
    activity = client.get(f"/insights/{iid}/activity/").json()["results"]
    assert [e["activity"] for e in activity] == ["deleted", "updated", "created"]
    changed = {c["field"]: c for c in activity[1]["detail"]["changes"]}
    assert changed["name"]["before"] == "Made in a test"
    assert changed["name"]["after"] == "Renamed"
    assert client.patch(f"/insights/{iid}/", json={"deleted": False}).status_code == 200  # undelete
    all_activity = client.get("/insights/activity/").json()
    assert str(iid) in {e["item_id"] for e in all_activity["results"]}


def test_viewed_and_sharing(legacy_client: httpx.Client, local_posthog_server: LocalPostHog) -> None:
    client = legacy_client
    insight = client.get("/insights/", params={"limit": 1}).json()["results"][0]
    assert client.post(f"/insights/{insight['id']}/viewed/").status_code == 200
    assert local_posthog_server.state.views[-1][1] == insight["id"]
    sharing = client.get(f"/insights/{insight['id']}/sharing/").json()
    assert set(sharing) >= {"enabled", "access_token"}
    shared = [i for i in local_posthog_server.state.current_project.insights.values() if i.sharing_enabled]
    assert client.get(f"/insights/{shared[0].id}/sharing/").json()["enabled"] is True


def test_bad_body_is_400_with_attr(client: httpx.Client) -> None:
    r = client.post("/insights/", json={"name": "x" * 401})
    assert r.status_code == 400
    assert r.json()["attr"] == "name"
    r = client.post("/insights/", json={"tags": "not-a-list"})
    assert r.status_code == 400
    assert r.json()["attr"] == "tags"
    r = client.post("/insights/", content=b"{nope", headers={"Content-Type": "application/json"})
    assert r.status_code == 400
    assert r.json()["type"] == "validation_error"
    r = client.get("/insights/", params={"limit": "many"})
    assert r.status_code == 400
    assert r.json()["attr"] == "limit"
    r = client.get("/insights/", params={"refresh": "sometimes"})
    assert r.status_code == 400
    assert r.json()["attr"] == "refresh"


def test_trend_depends_on_dates(legacy_client: httpx.Client) -> None:
    client = legacy_client
    week = client.post("/insights/trend/", json={"events": [{"id": "$pageview"}], "date_from": "-7d"}).json()["result"]
    month = client.post("/insights/trend/", json={"events": [{"id": "$pageview"}], "date_from": "-30d"}).json()[
        "result"
    ]
    assert len(week[0]["data"]) == 8
    assert len(month[0]["data"]) == 31
    assert month[0]["data"][-8:] == week[0]["data"]  # same days, same counts
    assert week[0]["count"] == sum(week[0]["data"]) > 0
    fixed = client.post(
        "/insights/trend/", json={"events": [{"id": "$pageview"}], "date_from": "2026-01-01", "date_to": "2026-01-03"}
    ).json()
    assert fixed["result"][0]["days"] == ["2026-01-01", "2026-01-02", "2026-01-03"]
    two = client.post(
        "/insights/trend/",
        json={
            "events": [{"id": "$pageview"}, {"id": "$autocapture"}],
            "breakdown": "$browser",
            "display": "ActionsPie",
        },
    ).json()
    assert len(two["result"]) == 12
    assert all("aggregated_value" in s for s in two["result"])
    r = client.post("/insights/trend/", json={"events": [{"id": "$pageview"}], "date_from": "last tuesday"})
    assert r.status_code == 400
    assert r.json()["attr"] == "date_from"
    assert client.get("/insights/trend/").json()["result"][0]["label"] == "$pageview"


def test_other_calculations(legacy_client: httpx.Client) -> None:
    client = legacy_client
    paths = client.post("/insights/path/", json={}).json()["result"]
    assert paths
    assert {"source", "target", "value"} <= set(paths[0])
    retention = client.post("/insights/retention/", json={"filters": {"total_intervals": 5}}).json()["result"]
    assert [c["label"] for c in retention] == [f"Day {i}" for i in range(5)]
    assert [len(c["values"]) for c in retention] == [5, 4, 3, 2, 1]
    assert client.get("/insights/retention/").status_code == 200
    assert client.get("/insights/path/").status_code == 200
    timing = client.post("/insights/timing/", json={"filters": {"events": [{"id": "$pageview"}]}}).json()
    assert timing["result"]


# --- refresh modes -------------------------------------------------------------------------------
def _poll(client: httpx.Client, query_id: str, timeout: float = 5) -> httpx.Response:
    deadline = time.monotonic() + timeout
    while True:
        r = client.get(f"/query/{query_id}/")
        if r.status_code != 202 or time.monotonic() > deadline:
            return r
        time.sleep(0.05)


def test_refresh_force_cache_and_blocking(client: httpx.Client, local_posthog_server: LocalPostHog) -> None:
    local_posthog_server.set_calculation_time(0.3)
    iid = _new(client)["id"]
    assert client.get(f"/insights/{iid}/").json()["result"] is None  # force_cache never calculates
    started = time.perf_counter()
    blocked = client.get(f"/insights/{iid}/", params={"refresh": "blocking"}).json()
    assert time.perf_counter() - started >= 0.3
    assert blocked["result"]
    assert blocked["is_cached"] is False
    assert blocked["last_refresh"]
    started = time.perf_counter()
    again = client.get(f"/insights/{iid}/", params={"refresh": "blocking"}).json()  # very fresh: from cache
    assert time.perf_counter() - started < 0.25
    assert again["is_cached"] is True
    assert again["last_refresh"] == blocked["last_refresh"]
    forced = client.get(f"/insights/{iid}/", params={"refresh": "force_blocking"}).json()
    assert forced["last_refresh"] > blocked["last_refresh"]
    legacy = client.get(f"/insights/{iid}/", params={"refresh": "true"}).json()
    assert legacy["last_refresh"] > forced["last_refresh"]


def test_refresh_async_and_query_status(client: httpx.Client, local_posthog_server: LocalPostHog) -> None:
    local_posthog_server.set_calculation_time(0.3)
    iid = _new(client)["id"]
    started = time.perf_counter()
    pending = client.get(f"/insights/{iid}/", params={"refresh": "async"}).json()
    assert time.perf_counter() - started < 0.25
    status = pending["query_status"]
    assert status["complete"] is False
    assert status["insight_id"] == iid
    assert pending["result"] is None
    assert client.get(f"/query/{status['id']}/").status_code == 202
    done = _poll(client, status["id"])
    assert done.status_code == 200
    assert done.json()["query_status"]["complete"] is True
    assert done.json()["query_status"]["results"]
    cached = client.get(f"/insights/{iid}/").json()
    assert cached["result"] == done.json()["query_status"]["results"]
    assert cached["query_status"] is None
    # very fresh now: async, blocking and lazy_async keep the cache; force_async recalculates
    for mode in ("async", "lazy_async", "blocking"):
        assert client.get(f"/insights/{iid}/", params={"refresh": mode}).json()["query_status"] is None
    assert (
        client.get(f"/insights/{iid}/", params={"refresh": "force_async"}).json()["query_status"]["complete"] is False
    )


def test_refresh_freshness_thresholds(client: httpx.Client, local_posthog_server: LocalPostHog) -> None:
    server = local_posthog_server
    server.set_calculation_time(0.05)
    iid = _new(client)["id"]
    client.get(f"/insights/{iid}/", params={"refresh": "blocking"})
    server.set_freshness(very_fresh_seconds=0, stale_after_seconds=3600)  # somewhat fresh, not very fresh
    assert client.get(f"/insights/{iid}/", params={"refresh": "lazy_async"}).json()["query_status"] is None
    assert (
        client.get(f"/insights/{iid}/", params={"refresh": "async_except_on_cache_miss"}).json()["query_status"] is None
    )
    assert client.get(f"/insights/{iid}/", params={"refresh": "async"}).json()["query_status"] is not None
    time.sleep(0.1)
    server.set_freshness(very_fresh_seconds=0, stale_after_seconds=0)  # stale
    assert client.get(f"/insights/{iid}/", params={"refresh": "lazy_async"}).json()["query_status"] is not None
    miss = _new(client)["id"]  # a cache miss blocks in async_except_on_cache_miss
    r = client.get(f"/insights/{miss}/", params={"refresh": "async_except_on_cache_miss"}).json()
    assert r["result"] is not None
    assert r["query_status"] is None


def test_cancel_and_failures(client: httpx.Client, local_posthog_server: LocalPostHog) -> None:
    server = local_posthog_server
    server.set_calculation_time(5)
    iid = _new(client)["id"]
    qid = client.get(f"/insights/{iid}/", params={"refresh": "force_async"}).json()["query_status"]["id"]
    r = client.delete(f"/query/{qid}/")
    assert r.status_code == 200
    assert r.json()["message"]
    assert client.get(f"/insights/{iid}/").json()["query_status"] is None
    server.set_calculation_time(0.05)
    server.fail_next_calculation(iid, "Query exceeded memory limit")
    qid = client.get(f"/insights/{iid}/", params={"refresh": "force_async"}).json()["query_status"]["id"]
    failed = _poll(client, qid)
    assert failed.status_code == 400
    assert failed.json()["query_status"]["error"] is True
    assert failed.json()["query_status"]["error_message"] == "Query exceeded memory limit"
    assert client.get(f"/insights/{iid}/").json()["result"] is None
    server.fail_next_calculation(iid, "Timed out")
    r = client.get(f"/insights/{iid}/", params={"refresh": "blocking"})
    assert r.status_code == 400
    assert r.json()["detail"] == "Timed out"
    assert client.get("/query/nope/").status_code == 404


def test_list_with_refresh_calculates_the_page(client: httpx.Client, local_posthog_server: LocalPostHog) -> None:
    local_posthog_server.set_calculation_time(0.05)
    page = client.get("/insights/", params={"limit": 5, "refresh": "force_blocking"}).json()["results"]
    assert all(i["result"] is not None and i["is_cached"] is False for i in page)


def test_insights_csv(client: httpx.Client) -> None:
    r = client.get("/insights/", params={"format": "csv", "limit": 3})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert r.text.splitlines()[0].startswith("id,short_id,name")
