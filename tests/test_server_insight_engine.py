"""Saved query-based trend insights calculate on the Query API's engine: they agree with raw HogQL per day."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from posthog_rest.testing import LocalPostHog, local_posthog


@pytest.fixture(scope="module")
def server() -> Iterator[LocalPostHog]:
    with local_posthog(seed=5, persons=200, events=5_000) as srv:
        srv.state.calculation_time = 0.05
        yield srv
        assert srv.state.violations == []


@pytest.fixture
def client(server: LocalPostHog) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {server.api_key}"}, timeout=60) as c:
        yield c


def _trend(event: str, **source: Any) -> dict[str, Any]:
    node = {"kind": "EventsNode", "event": event, "name": event, "math": "total"}
    trends = {"kind": "TrendsQuery", "series": [node], "dateRange": {"date_from": "-14d"}, "interval": "day", **source}
    return {"kind": "InsightVizNode", "source": trends}


def _save(client: httpx.Client, query: dict[str, Any]) -> int:
    r = client.post("/api/projects/@current/insights/", json={"name": "engine check", "query": query})
    r.raise_for_status()
    iid: int = r.json()["id"]
    return iid


def _calculated(client: httpx.Client, iid: int) -> list[dict[str, Any]]:
    r = client.get(f"/api/projects/@current/insights/{iid}/", params={"refresh": "force_blocking"})
    r.raise_for_status()
    result: list[dict[str, Any]] = r.json()["result"]
    return result


def _hogql_per_day(client: httpx.Client, event: str, first: str, last: str) -> dict[str, float]:
    sql = (
        "SELECT toDate(timestamp) AS day, count() FROM events WHERE event = {event} "
        "AND toDate(timestamp) >= toDate({first}) AND toDate(timestamp) <= toDate({last}) GROUP BY day ORDER BY day"
    )
    body = {"query": {"kind": "HogQLQuery", "query": sql, "values": {"event": event, "first": first, "last": last}}}
    r = client.post("/api/projects/@current/query/", json=body)
    r.raise_for_status()
    return {str(day): float(n) for day, n in r.json()["results"]}


def test_saved_trend_equals_hogql_count_per_day(client: httpx.Client) -> None:
    series = _calculated(client, _save(client, _trend("$pageview")))
    assert len(series) == 1
    days, data = series[0]["days"], series[0]["data"]
    assert len(days) == 15
    assert sum(data) > 0
    raw = _hogql_per_day(client, "$pageview", days[0], days[-1])
    assert data == [raw.get(day, 0.0) for day in days]
    assert series[0]["count"] == sum(raw.values())


def test_saved_trend_result_is_the_trends_query_series(client: httpx.Client) -> None:
    query = _trend("signed_up", breakdownFilter={"breakdown": "$browser", "breakdown_type": "event"})
    saved = _calculated(client, _save(client, query))
    r = client.post("/api/projects/@current/query/", json={"query": query["source"], "refresh": "force_blocking"})
    r.raise_for_status()
    assert saved == r.json()["results"]
    assert len(saved) > 1
    assert all("breakdown_value" in s for s in saved)


def test_unknown_event_saved_trend_is_all_zeros(client: httpx.Client) -> None:
    series = _calculated(client, _save(client, _trend("no such event ever")))
    assert len(series) == 1
    assert len(series[0]["data"]) == 15
    assert series[0]["data"] == [0.0] * 15
    assert series[0]["count"] == 0.0
    assert _hogql_per_day(client, "no such event ever", series[0]["days"][0], series[0]["days"][-1]) == {}


def test_background_calculation_runs_on_the_engine(client: httpx.Client) -> None:
    iid = _save(client, _trend("$pageview", dateRange={"date_from": "-7d"}))
    r = client.get(f"/api/projects/@current/insights/{iid}/", params={"refresh": "force_async"})
    r.raise_for_status()
    assert r.json()["query_status"]["complete"] is False
    deadline = time.monotonic() + 10
    body = r.json()
    while body["result"] is None and time.monotonic() < deadline:
        time.sleep(0.05)
        body = client.get(f"/api/projects/@current/insights/{iid}/").json()
    assert body["result"] == _calculated(client, iid)


def test_a_query_the_engine_refuses_fails_the_calculation(client: httpx.Client) -> None:
    iid = _save(client, _trend("$pageview", interval="minute"))
    r = client.get(f"/api/projects/@current/insights/{iid}/", params={"refresh": "force_blocking"})
    assert r.status_code == 400
    assert "minute" in r.json()["detail"]


def test_chdb_loads_when_an_insight_is_calculated_not_before() -> None:
    code = (
        "import sys, httpx\n"
        "from posthog_rest.testing import local_posthog\n"
        "with local_posthog(persons=20, events=100) as s:\n"
        "    s.set_calculation_time(0)\n"
        "    c = httpx.Client(base_url=s.url, headers={'Authorization': f'Bearer {s.api_key}'})\n"
        "    items = c.get('/api/projects/@current/insights/').raise_for_status().json()['results']\n"
        "    print('chdb' in sys.modules)\n"
        "    trend = next(i for i in items if i['query'] and i['query']['source']['kind'] == 'TrendsQuery')\n"
        "    c.get(f\"/api/projects/@current/insights/{trend['id']}/?refresh=force_blocking\").raise_for_status()\n"
        "    print('chdb' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.split() == ["False", "True"]
