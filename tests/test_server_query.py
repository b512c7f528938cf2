"""The stand-in's Query API over real HTTP: HogQL on the embedded engine, PostHog's limits, kinds, refresh modes."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from posthog_rest.testing import LocalPostHog, local_posthog
from posthog_rest.testing._hogql import OFFSET_MESSAGE
from posthog_rest.testing._ratelimit import DEFAULT_LIMITS

PERSONS = 300
EVENTS = 20_000


@pytest.fixture(scope="module")
def server() -> Iterator[LocalPostHog]:
    with local_posthog(seed=11, persons=PERSONS, events=EVENTS) as srv:
        srv.state.calculation_time = 0.3
        yield srv
        assert srv.state.violations == []


@pytest.fixture
def client(server: LocalPostHog) -> Iterator[httpx.Client]:
    server.state.query_cache.clear()
    with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {server.api_key}"}, timeout=60) as c:
        yield c


def post(client: httpx.Client, query: dict[str, Any], path: str = "", **extra: Any) -> httpx.Response:
    return client.post(f"/api/projects/@current/query/{path}", json={"query": query, **extra})


def sql(client: httpx.Client, text: str, **values: Any) -> dict[str, Any]:
    response = post(client, {"kind": "HogQLQuery", "query": text, "values": values}, "HogQLQuery/")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def error(response: httpx.Response, status: int = 400) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["type"] == ("validation_error" if status == 400 else "throttled_error")
    detail: str = body["detail"]
    return detail


# --- rows and limits ------------------------------------------------------------------------------
def test_no_limit_returns_100_rows_and_has_more(client: httpx.Client) -> None:
    body = sql(client, "SELECT uuid, timestamp FROM events ORDER BY timestamp")
    assert len(body["results"]) == 100
    assert (body["hasMore"], body["limit"], body["offset"]) == (True, 100, 0)
    assert body["columns"] == ["uuid", "timestamp"]
    assert body["types"] == [["uuid", "UUID"], ["timestamp", "DateTime64(6, 'UTC')"]]
    few = sql(client, "SELECT event FROM events GROUP BY event")
    assert few["hasMore"] is False
    assert len(few["results"]) < 100


def test_explicit_limit_is_honoured_and_capped_at_50000(client: httpx.Client) -> None:
    body = sql(client, "SELECT uuid FROM events LIMIT 150")
    assert len(body["results"]) == 150
    assert body.get("hasMore") is None
    # 20,000 events x 3 = 60,000 rows: PostHog caps any LIMIT at 50,000.
    big = sql(client, "SELECT a.uuid FROM events a CROSS JOIN (SELECT 1 FROM events LIMIT 3) b LIMIT 60000")
    assert len(big["results"]) == 50_000


@pytest.mark.parametrize(
    "text",
    [
        "SELECT uuid FROM events LIMIT 10 OFFSET 10",
        "SELECT uuid FROM events LIMIT 10, 10",
        "SELECT count() FROM (SELECT uuid FROM events LIMIT 5 OFFSET 5)",
    ],
)
def test_offset_is_refused_with_posthogs_message(client: httpx.Client, text: str) -> None:
    assert error(post(client, {"kind": "HogQLQuery", "query": text})) == OFFSET_MESSAGE


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("SELECT nope FROM events", "Unable to resolve field: nope"),
        ("SELECT event FROM evnts", "Unknown table `evnts`."),
        ("SELECT * FROM system.tables", "Unknown table `system`."),
        ("SELECT * FROM file('/etc/passwd')", "Unknown table `file`."),
        ("SELECT event FROM events WHERE", "Syntax error"),
        ("SELECT 1; DROP TABLE events", "Only one statement"),
        ("SELECT event FROM events WHERE event = {missing}", "Placeholder {missing} is not available"),
    ],
)
def test_bad_hogql_is_a_validation_error(client: httpx.Client, text: str, message: str) -> None:
    assert message in error(post(client, {"kind": "HogQLQuery", "query": text}))


# --- placeholders and sugar -----------------------------------------------------------------------
def test_placeholders_are_typed_values_and_cannot_inject(client: httpx.Client) -> None:
    real = sql(client, "SELECT count() FROM events WHERE event = {e}", e="$pageview")["results"][0][0]
    assert real > 0
    for attack in ("$pageview' OR '1'='1", "$pageview' OR 1=1 --", "x') OR (1=1"):
        assert sql(client, "SELECT count() FROM events WHERE event = {e}", e=attack)["results"] == [[0]]
    listed = sql(client, "SELECT count() FROM events WHERE event IN {names}", names=["$pageview", "signed_up"])
    signups = sql(client, "SELECT count() FROM events WHERE event = {e}", e="signed_up")["results"][0][0]
    assert listed["results"][0][0] == real + signups
    typed = sql(client, "SELECT {n} + 1, {f} * 2, {b}, {s}", n=41, f=1.5, b=True, s="it's")
    assert typed["results"] == [[42, 3, True, "it's"]]


def test_sugar_reads_event_and_person_properties(client: httpx.Client, server: LocalPostHog) -> None:
    rows = sql(
        client,
        "SELECT person_id, person.properties.plan, properties.$browser FROM events "
        "WHERE event = '$pageview' ORDER BY timestamp LIMIT 40",
    )
    assert rows["columns"] == ["person_id", "person.properties.plan", "properties.$browser"]
    store = server.state.current_project.persons
    by_uuid = {store.uuid(pid): pid for pid in store.iter_ids()}
    for person_id, plan, browser in rows["results"]:
        props = store.properties(by_uuid[person_id])
        assert (plan, browser) == (props["plan"], props["$browser"])


def test_events_are_consistent_with_the_seeded_persons(client: httpx.Client, server: LocalPostHog) -> None:
    assert sql(client, "SELECT count() FROM events")["results"] == [[EVENTS]]
    assert sql(client, "SELECT count() FROM events WHERE event = 'signed_up'")["results"] == [[PERSONS]]
    orphans = sql(
        client, "SELECT count() FROM events WHERE distinct_id NOT IN (SELECT arrayJoin(distinct_ids) FROM persons)"
    )
    assert orphans["results"] == [[0]]
    early = sql(client, "SELECT count() FROM events WHERE timestamp < person.created_at")
    assert early["results"] == [[0]]
    ties = sql(client, "SELECT count() FROM (SELECT timestamp FROM events GROUP BY timestamp HAVING count() > 1)")
    assert ties["results"][0][0] > 100, "keyset readers need rows that share a timestamp"
    emails = {p["properties"].get("email") for p in server.state.current_project.persons.iter_persons()}
    found = sql(client, "SELECT DISTINCT properties.email FROM persons WHERE properties.email IS NOT NULL LIMIT 1000")
    assert {row[0] for row in found["results"]} == emails - {None}


def test_events_are_deterministic_for_a_seed() -> None:
    first: list[Any] = []
    for _ in range(2):
        with (
            local_posthog(seed=5, persons=40, events=500) as srv,
            httpx.Client(base_url=srv.url, headers={"Authorization": f"Bearer {srv.api_key}"}) as c,
        ):
            first.append(
                sql(c, "SELECT uuid, event, timestamp, distinct_id FROM events ORDER BY timestamp, uuid")["results"]
            )
    assert first[0] == first[1]
    assert len(first[0]) == 100


# --- limits -----------------------------------------------------------------------------------------
def test_a_query_past_the_execution_limit_fails(client: httpx.Client, server: LocalPostHog) -> None:
    server.state.query_timeout = 0.2
    try:
        text = "SELECT count() FROM events a CROSS JOIN events b WHERE a.uuid != b.uuid AND a.event = b.event"
        detail = error(post(client, {"kind": "HogQLQuery", "query": text}))
    finally:
        server.state.query_timeout = 10.0
    assert "max execution time" in detail


def test_a_fourth_concurrent_query_is_throttled(client: httpx.Client, server: LocalPostHog) -> None:
    server.state.query_delay = 0.6
    answers: list[httpx.Response] = []

    def run(n: int) -> None:
        answers.append(post(client, {"kind": "HogQLQuery", "query": f"SELECT {n}"}))

    threads = [threading.Thread(target=run, args=(n,)) for n in range(4)]
    try:
        for t in threads:
            t.start()
            time.sleep(0.05)
        for t in threads:
            t.join()
    finally:
        server.state.query_delay = 0.0
    codes = sorted(r.status_code for r in answers)
    assert codes == [200, 200, 200, 429]
    throttled = next(r for r in answers if r.status_code == 429)
    assert "concurrency" in error(throttled, 429)
    assert throttled.headers["Retry-After"] == "1"


def test_query_throttles_answer_429_with_retry_after(client: httpx.Client, server: LocalPostHog) -> None:
    assert DEFAULT_LIMITS["query"] == [(240, 60.0), (2400, 3600.0)]
    limiter = server.inner_app.rate_limiter
    limiter.reset()
    limiter.limits["query"] = [(3, 60.0), (2400, 3600.0)]
    limiter.enabled = True
    try:
        codes = [post(client, {"kind": "HogQLQuery", "query": "SELECT 1"}).status_code for _ in range(4)]
        blocked = post(client, {"kind": "HogQLQuery", "query": "SELECT 1"})
    finally:
        limiter.enabled = False
        limiter.limits["query"] = list(DEFAULT_LIMITS["query"])
        limiter.reset()
    assert codes == [200, 200, 200, 429]
    assert "Request was throttled" in error(blocked, 429)
    assert 1 <= int(blocked.headers["Retry-After"]) <= 60


# --- refresh modes, cache, client_query_id ----------------------------------------------------------
def test_async_refresh_answers_202_and_polls_to_the_result(client: httpx.Client) -> None:
    query = {"kind": "HogQLQuery", "query": "SELECT count() FROM events"}
    started = post(client, query, refresh="force_async", client_query_id="report-42")
    assert started.status_code == 202, started.text
    status = started.json()["query_status"]
    assert (status["id"], status["complete"]) == ("report-42", False)
    assert client.get("/api/projects/@current/query/report-42/").status_code == 202
    deadline = time.monotonic() + 10
    while (polled := client.get("/api/projects/@current/query/report-42/")).status_code == 202:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert polled.status_code == 200
    assert polled.json()["query_status"]["results"]["results"] == [[EVENTS]]
    log = client.get("/api/projects/@current/query/report-42/log/")
    assert log.status_code == 200
    assert log.json()["results"][0][0] == "report-42"


def test_cache_and_refresh_modes(client: httpx.Client) -> None:
    query = {"kind": "HogQLQuery", "query": "SELECT count() FROM events WHERE event = 'purchase'"}
    first = post(client, query).json()
    again = post(client, query).json()
    assert (first["is_cached"], again["is_cached"]) == (False, True)
    assert again["cache_key"] == first["cache_key"]
    assert post(client, query, refresh="force_blocking").json()["is_cached"] is False
    assert post(client, query, refresh="force_cache").json()["results"] == first["results"]
    assert post(client, query, refresh="async").status_code == 200, "very fresh: the cached result"


# --- other kinds --------------------------------------------------------------------------------------
def test_metadata_validates_without_running(client: httpx.Client, server: LocalPostHog) -> None:
    ok = post(
        client, {"kind": "HogQLMetadata", "language": "hogQL", "query": "SELECT event FROM events"}, "HogQLMetadata/"
    )
    assert ok.json()["isValid"] is True
    text = "SELECT event FROM evnts WHERE event = {e}"
    bad = post(client, {"kind": "HogQLMetadata", "language": "hogQL", "query": text}, "HogQLMetadata/").json()
    assert bad["isValid"] is False
    (err,) = bad["errors"]
    assert text[err["start"] : err["end"]] == "evnts"
    field = "SELECT event, nope FROM events"
    body = post(client, {"kind": "HogQLMetadata", "language": "hogQL", "query": field}, "HogQLMetadata/").json()
    assert [(e["message"], field[e["start"] : e["end"]]) for e in body["errors"]] == [
        ("Unable to resolve field: nope", "nope")
    ]
    ran = server.state.stats["queries_run"]
    slow = "SELECT count() FROM events a CROSS JOIN events b CROSS JOIN events c"
    started = time.monotonic()
    body = post(client, {"kind": "HogQLMetadata", "language": "hogQL", "query": slow}, "HogQLMetadata/").json()
    assert body["isValid"] is True
    assert time.monotonic() - started < 5, "8e12 rows: only validated, never run"
    assert server.state.stats["queries_run"] == ran + 1


def _daily(client: httpx.Client, event: str, agg: str = "count()") -> dict[str, float]:
    rows = sql(
        client,
        f"SELECT toDate(timestamp) AS d, {agg} FROM events WHERE event = {{e}} AND timestamp >= today() - 30 "
        "GROUP BY d LIMIT 1000",
        e=event,
    )
    return {str(d): float(v) for d, v in rows["results"]}


def trend(client: httpx.Client, **query: Any) -> list[dict[str, Any]]:
    body = {"kind": "TrendsQuery", "series": [{"kind": "EventsNode", "event": "$pageview"}], **query}
    response = post(client, body, "TrendsQuery/")
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["results"]
    return results


def test_trend_totals_and_dau_equal_the_sql_per_day(client: httpx.Client) -> None:
    (series,) = trend(client, dateRange={"date_from": "-30d"})
    per_day = dict(zip(series["days"], series["data"], strict=True))
    expected = _daily(client, "$pageview")
    assert {d: v for d, v in per_day.items() if v} == expected
    assert series["count"] == sum(expected.values())
    assert series["labels"][0] == "{d.day}-{d:%b-%Y}".format(d=datetime.fromisoformat(series["days"][0]))
    (dau,) = trend(
        client, dateRange={"date_from": "-30d"}, series=[{"kind": "EventsNode", "event": "$pageview", "math": "dau"}]
    )
    assert {d: v for d, v in zip(dau["days"], dau["data"], strict=True) if v} == _daily(
        client, "$pageview", "count(DISTINCT person_id)"
    )


@pytest.mark.parametrize(
    ("interval", "day_format"),
    [("hour", "%Y-%m-%d %H:%M:%S"), ("day", "%Y-%m-%d"), ("week", "%Y-%m-%d"), ("month", "%Y-%m-%d")],
)
def test_trend_intervals(client: httpx.Client, interval: str, day_format: str) -> None:
    date_from = "-48h" if interval == "hour" else "-90d"
    (series,) = trend(client, interval=interval, dateRange={"date_from": date_from})
    starts = [datetime.strptime(d, day_format).replace(tzinfo=UTC) for d in series["days"]]
    assert starts == sorted(starts)
    if interval == "week":
        assert {s.weekday() for s in starts} == {6}, "weeks start on Sunday"
    if interval == "month":
        assert {s.day for s in starts} == {1}
    if interval == "hour":
        assert series["labels"][0].endswith(starts[0].strftime(" %H:%M"))
    total = sql(
        client,
        "SELECT count() FROM events WHERE event = '$pageview' AND timestamp >= {a} AND timestamp <= {b}",
        a=starts[0].strftime("%Y-%m-%d %H:%M:%S"),
        b=datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S"),
    )["results"][0][0]
    assert series["count"] <= total


def test_trend_breakdown_and_compare(client: httpx.Client) -> None:
    (total,) = trend(client, dateRange={"date_from": "-14d"})
    broken = trend(
        client, dateRange={"date_from": "-14d"}, breakdownFilter={"breakdown": "$browser", "breakdown_type": "event"}
    )
    assert {s["breakdown_value"] for s in broken} <= {
        "Chrome",
        "Safari",
        "Firefox",
        "Microsoft Edge",
        "Opera",
        "Samsung Internet",
    }
    assert sum(s["count"] for s in broken) == total["count"]
    chrome = next(s for s in broken if s["breakdown_value"] == "Chrome")
    assert chrome["count"] == sum(_daily_browser(client, "Chrome"))
    current, previous = trend(client, dateRange={"date_from": "-14d"}, compareFilter={"compare": True})
    assert (current["compare_label"], previous["compare_label"]) == ("current", "previous")
    assert current["data"] == total["data"]
    assert previous["days"][-1] < current["days"][0] or previous["days"][-1] == current["days"][0]


def _daily_browser(client: httpx.Client, browser: str) -> list[float]:
    rows = sql(
        client,
        "SELECT count() FROM events WHERE event = '$pageview' AND properties.$browser = {b} "
        "AND timestamp >= toStartOfDay(now() - INTERVAL 14 DAY)",
        b=browser,
    )
    return [float(rows["results"][0][0])]


def test_events_query_and_actors_query_read_the_same_tables(client: httpx.Client, server: LocalPostHog) -> None:
    events = post(
        client,
        {
            "kind": "EventsQuery",
            "select": ["*", "event", "properties.$browser"],
            "event": "purchase",
            "after": "-30d",
            "limit": 5,
        },
        "EventsQuery/",
    )
    assert events.status_code == 200, events.text
    body = events.json()
    assert body["columns"] == ["*", "event", "properties.$browser"]
    assert len(body["results"]) == 5
    assert body["hasMore"] is True
    first = body["results"][0]
    assert first[0]["event"] == first[1] == "purchase"
    assert first[0]["properties"]["$browser"] == first[2]
    timestamps = [row[0]["timestamp"] for row in body["results"]]
    assert timestamps == sorted(timestamps, reverse=True), "newest first"
    pro = post(
        client,
        {
            "kind": "ActorsQuery",
            "select": ["id"],
            "properties": [{"key": "plan", "value": "pro", "type": "person"}],
            "limit": 1000,
        },
        "ActorsQuery/",
    ).json()
    store = server.state.current_project.persons
    expected = {store.uuid(pid) for pid in store.iter_ids() if store.properties(pid)["plan"] == "pro"}
    assert {row[0] for row in pro["results"]} == expected
    people = post(client, {"kind": "ActorsQuery", "select": ["person"], "limit": 2}, "ActorsQuery/").json()
    assert set(people["results"][0][0]) >= {"id", "distinct_ids", "properties", "created_at"}
    assert error(post(client, {"kind": "EventsQuery", "select": ["*"], "offset": 5})) == OFFSET_MESSAGE


def test_kind_in_the_path_must_match_the_body(client: httpx.Client) -> None:
    detail = error(post(client, {"kind": "HogQLQuery", "query": "SELECT 1"}, "TrendsQuery/"))
    assert detail == 'Query kind mismatch: path kind "TrendsQuery" does not match body kind "HogQLQuery".'


def test_unsupported_kinds_say_so(client: httpx.Client) -> None:
    funnel = {"kind": "FunnelsQuery", "series": [{"kind": "EventsNode", "event": "$pageview"}]}
    assert "does not run FunnelsQuery" in error(post(client, funnel))


def test_insight_nodes_run_their_source_and_environments_answer_too(client: httpx.Client) -> None:
    node = {"kind": "DataVisualizationNode", "source": {"kind": "HogQLQuery", "query": "SELECT count() FROM events"}}
    assert post(client, node).json()["results"] == [[EVENTS]]
    env = client.post("/api/environments/@current/query/", json={"query": node["source"]})
    assert env.status_code == 200
    assert env.json()["results"] == [[EVENTS]]


def test_generated_client_parses_typed_responses(server: LocalPostHog) -> None:
    from posthog_openapi import AuthenticatedClient
    from posthog_openapi.api.query import query_hogql_query_create, query_trends_query_create
    from posthog_openapi.models import (
        EventsNode,
        HogQLQuery,
        HogQLQueryResponse,
        HogQLValues,
        QueryRequest,
        TrendsQuery,
        TrendsQueryResponse,
    )

    gen = AuthenticatedClient(base_url=server.url, token=server.api_key)
    values = HogQLValues.from_dict({"e": "signed_up"})
    body = QueryRequest(query=HogQLQuery(query="SELECT count() FROM events WHERE event = {e}", values=values))
    rows = query_hogql_query_create.sync("@current", client=gen, body=body)
    assert isinstance(rows, HogQLQueryResponse)
    assert rows.results == [[PERSONS]]
    trends = query_trends_query_create.sync(
        "@current", client=gen, body=QueryRequest(query=TrendsQuery(series=[EventsNode(event="$pageview")]))
    )
    assert isinstance(trends, TrendsQueryResponse)
    assert len(trends.results[0].data) >= 7


def test_the_engine_loads_on_the_first_query_only() -> None:
    code = (
        "import sys, httpx\n"
        "from posthog_rest.testing import local_posthog\n"
        "with local_posthog(persons=20, events=100) as s:\n"
        "    h = {'Authorization': f'Bearer {s.api_key}'}\n"
        "    httpx.get(f'{s.url}/api/users/@me/', headers=h).raise_for_status()\n"
        "    print('chdb' in sys.modules, s.state.query_tables == {})\n"
        "    httpx.post(f'{s.url}/api/projects/@current/query/', headers=h,\n"
        "               json={'query': {'kind': 'HogQLQuery', 'query': 'SELECT 1'}}).raise_for_status()\n"
        "    print('chdb' in sys.modules, len(s.state.query_tables))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.split() == ["False", "True", "True", "1"]


def test_readme_query_example_runs() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    snippet = re.search(r"#### Its Query API.*?```python\n(.*?)```", readme, re.S)
    assert snippet, "README shows the stand-in's Query API"
    exec(compile(snippet.group(1), "README.md", "exec"), {})


def test_seeded_insight_queries_are_valid_typed_nodes() -> None:
    import posthog_models as pm

    with local_posthog(persons=10) as srv:
        queries = [i.query for p in srv.state.projects.values() for i in p.insights.values() if i.query]
    assert len(queries) >= 20
    for query in queries:
        node = pm.InsightVizNode.model_validate(query)
        assert node.source.root.kind == query["source"]["kind"]
