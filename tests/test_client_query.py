"""``ph.query`` over real HTTP against the stand-in's HogQL engine: sync and async, both path families.

Every expectation is computed from the stand-in's own data with a second, independent query: nothing is
hard-coded but the shape of the answers.
"""

from __future__ import annotations

import asyncio
import csv
import json
from pathlib import Path
from typing import Any

import pytest

from client_fixtures import *  # noqa: F403
from client_fixtures import aw, collect, make_client
from posthog_rest import BadRequestError, InvalidRequestError, PostHog, QueryResult

COUNT_SQL = "SELECT count() FROM events"


async def scalar(ph: Any, sql: str, values: dict[str, Any] | None = None) -> Any:
    return (await aw(ph.query.sql(sql, values))).rows[0][0]


async def test_sql_returns_columns_types_rows_and_dicts(ph: Any) -> None:
    result = await aw(ph.query.sql("SELECT event, count() AS n FROM events GROUP BY event ORDER BY event LIMIT 1000"))
    assert isinstance(result, QueryResult)
    assert result.columns == ["event", "n"]
    assert len(result.types) == 2
    assert "String" in result.types[0]
    assert "Int" in result.types[1]
    assert sum(row[1] for row in result.rows) == await scalar(ph, COUNT_SQL)
    assert [d["event"] for d in result] == [row[0] for row in result.rows]
    assert result.has_more is False


async def test_sql_without_limit_returns_100_rows_and_has_more(ph: Any) -> None:
    total = await scalar(ph, COUNT_SQL)
    assert total > 100
    result = await aw(ph.query.sql("SELECT uuid FROM events"))
    assert len(result.rows) == 100
    assert result.has_more is True


async def test_values_are_bound_and_injection_returns_no_extra_rows(ph: Any) -> None:
    sql = "SELECT count() FROM events WHERE event = {event}"
    pageviews = await scalar(ph, sql, {"event": "$pageview"})
    assert pageviews > 0
    assert pageviews == await scalar(ph, "SELECT countIf(event = '$pageview') FROM events")
    for attack in ("$pageview' OR 1=1 --", "x' OR '1'='1", "$pageview'); DROP TABLE events; --"):
        assert await scalar(ph, sql, {"event": attack}) == 0
    rows = await aw(ph.query.sql("SELECT {a} AS a, {n} AS n, {b} AS b", {"a": "it's", "n": 7, "b": True}))
    assert rows.rows[0][:2] == ["it's", 7]


async def test_bad_sql_or_values_fail_before_sending(ph: Any, server: Any) -> None:
    before = server.stats.get("requests", 0)
    with pytest.raises(InvalidRequestError, match=r"\{since\}"):
        await aw(ph.query.sql("SELECT count() FROM events WHERE timestamp > {since}"))
    with pytest.raises(InvalidRequestError, match="values"):
        await aw(ph.query.sql("SELECT {x}", {"x": {"nested": 1}}))
    with pytest.raises(InvalidRequestError):
        await aw(ph.query.sql("   "))
    with pytest.raises(InvalidRequestError):
        await aw(ph.query.run({"kind": "NoSuchQuery"}))
    with pytest.raises(InvalidRequestError):
        await aw(ph.query.sql("SELECT 1", refresh="sometimes"))
    assert server.stats.get("requests", 0) == before


async def test_hogql_errors_are_400_and_metadata_has_positions(ph: Any) -> None:
    with pytest.raises(BadRequestError):
        await aw(ph.query.sql("SELECT evnt_name FROM events LIMIT 1"))
    meta = await aw(ph.query.validate("SELECT count( FROM events"))
    assert meta.errors
    assert isinstance(meta.errors[0].start, int)
    assert not (await aw(ph.query.validate("SELECT count() FROM events"))).errors


async def test_to_dataframe_types_columns_from_clickhouse_types(phk: Any) -> None:
    pytest.importorskip("pandas")
    sql = "SELECT event, count() AS n, max(timestamp) AS last FROM events GROUP BY event ORDER BY event"
    frame = (await aw(phk.query.sql(sql))).to_dataframe()
    assert str(frame["n"].dtype) in ("Int64", "UInt64")
    assert str(frame["last"].dtype).startswith("datetime64")
    assert str(frame["last"].dt.tz) == "UTC"
    assert str(frame["event"].dtype) == "string"
    assert int(frame["n"].sum()) == await scalar(phk, COUNT_SQL)


async def test_run_any_kind_returns_its_typed_response(ph: Any) -> None:
    from posthog_models import EventsNode, TrendsQuery
    from posthog_openapi.models.hog_ql_query_response import HogQLQueryResponse
    from posthog_openapi.models.trends_query_response import TrendsQueryResponse

    answer = await aw(ph.query.run({"kind": "HogQLQuery", "query": COUNT_SQL}))
    assert isinstance(answer, HogQLQueryResponse)
    trend = await aw(ph.query.run(TrendsQuery(series=[EventsNode(event="$pageview")], interval="week")))
    assert isinstance(trend, TrendsQueryResponse)
    assert trend.results
    assert trend.results[0].data


async def test_async_refresh_polls_query_status_to_the_same_result(ph: Any) -> None:
    sql = "SELECT event, count() FROM events GROUP BY event ORDER BY event"
    blocking = await aw(ph.query.run({"kind": "HogQLQuery", "query": sql}))
    polled = await aw(ph.query.run({"kind": "HogQLQuery", "query": sql}, refresh="force_async", poll_interval=0.05))
    assert polled.results == blocking.results


async def test_client_query_id_names_the_background_query(phk: Any) -> None:
    query_id = f"qclient-{id(phk)}"
    started = await aw(
        phk.query.run(
            {"kind": "HogQLQuery", "query": COUNT_SQL}, refresh="force_async", client_query_id=query_id, wait=False
        )
    )
    assert started.query_status.id == query_id
    for _ in range(200):
        status = await aw(phk.query.status(query_id))
        if status.complete:
            break
        await asyncio.sleep(0.05)
    assert status.complete
    assert not status.error
    await aw(phk.query.cancel(query_id))


async def test_iter_rows_keyset_over_shared_timestamps_returns_each_row_once(ph: Any) -> None:
    total = await scalar(ph, COUNT_SQL)
    hours = await scalar(ph, "SELECT count(DISTINCT toStartOfDay(timestamp)) FROM events")
    assert hours * 3 < total  # many rows share each (truncated) timestamp
    sql = "SELECT uuid, toStartOfDay(timestamp) AS timestamp, event FROM events"
    rows = await collect(ph.query.iter_rows(sql, page_size=max(7, total // 9)))
    uuids = [str(r["uuid"]) for r in rows]
    assert len(uuids) == total
    assert len(set(uuids)) == total
    keys = [(r["timestamp"], str(r["uuid"])) for r in rows]
    assert keys == sorted(keys)


async def test_iter_rows_with_values_and_no_offset(ph: Any, server: Any) -> None:
    expected = await scalar(ph, "SELECT count() FROM events WHERE event = {e}", {"e": "$pageview"})
    rows = await collect(
        ph.query.iter_rows("SELECT uuid, timestamp FROM events WHERE event = {e}", {"e": "$pageview"}, page_size=50)
    )
    assert len({r["uuid"] for r in rows}) == len(rows) == expected
    with pytest.raises(InvalidRequestError, match="page_size"):
        await collect(ph.query.iter_rows("SELECT uuid, timestamp FROM events", page_size=50_001))


async def test_iter_events_matches_a_count_over_the_same_range(phk: Any) -> None:
    first, last = (await aw(phk.query.sql("SELECT min(timestamp), max(timestamp) FROM events"))).rows[0]
    mid = (await aw(phk.query.sql("SELECT quantile(0.5)(timestamp) FROM events"))).rows[0][0]
    expected = await scalar(
        phk,
        "SELECT count() FROM events WHERE timestamp >= {a} AND timestamp < {b} AND event = '$pageview'",
        {"a": first, "b": mid},
    )
    events = await collect(phk.query.iter_events(after=first, before=mid, event="$pageview", page_size=40))
    assert len(events) == expected > 0
    assert {e["event"] for e in events} == {"$pageview"}
    assert set(events[0]) == {"uuid", "event", "timestamp", "distinct_id", "person_id", "properties"}
    del last


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
async def test_export_events_writes_every_row_once(phk: Any, tmp_path: Path, suffix: str) -> None:
    total = await scalar(phk, COUNT_SQL)
    first = (await aw(phk.query.sql("SELECT min(timestamp) FROM events"))).rows[0][0]
    path = tmp_path / f"events{suffix}"
    seen: list[int] = []
    summary = await aw(
        phk.query.export_events(
            after=first, path=path, columns=["uuid", "event", "timestamp"], page_size=250, on_page=seen.append
        )
    )
    assert summary.rows == total
    assert summary.pages == len(seen)
    assert seen[-1] == total
    if suffix == ".csv":
        with path.open(newline="") as handle:
            uuids = [row["uuid"] for row in csv.DictReader(handle)]
    elif suffix == ".jsonl":
        uuids = [json.loads(line)["uuid"] for line in path.read_text().splitlines()]
    else:
        pq = pytest.importorskip("pyarrow.parquet")
        table = pq.read_table(path)
        assert str(table.schema.field("timestamp").type).startswith("timestamp")
        uuids = table.column("uuid").to_pylist()
    assert len(uuids) == len(set(uuids)) == total
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


async def test_export_events_checks_its_arguments_before_sending(phk: Any, tmp_path: Path) -> None:
    for kwargs in (
        {"after": "not a date"},
        {"after": "2026-11-01", "properties": {"bad key": 1}},
        {"after": "2026-11-01", "columns": []},
    ):
        with pytest.raises(InvalidRequestError):
            await aw(phk.query.export_events(path=tmp_path / "x.csv", **kwargs))
    with pytest.raises(InvalidRequestError, match="format"):
        await aw(phk.query.export_events(path=tmp_path / "x.xlsx", after="2026-11-01"))
    assert not list(tmp_path.iterdir())


async def test_actors_lists_persons_through_actors_query(ph: Any) -> None:
    result = await aw(ph.query.actors(["id", "created_at"], limit=25))
    assert 0 < len(result.rows) <= 25
    assert result.columns[:2] == ["id", "created_at"]
    assert len({str(r["id"]) for r in result}) == len(result.rows)


async def test_concurrent_queries_stay_within_3_in_flight_and_the_budget(server: Any, kind: str) -> None:
    server.set_rate_limits(True)
    server.set_query_limits(delay=0.2)  # each query holds its slot long enough for a 4th to be refused
    # force_blocking: a cached answer takes no slot, so every query must really run
    client = make_client(kind, server, max_retries=0)  # a single 429 would raise
    try:
        if kind == "async":
            results = await asyncio.gather(
                *(client.query.sql("SELECT {i} AS i", {"i": i}, refresh="force_blocking") for i in range(10))
            )
        else:
            assert isinstance(client, PostHog)
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(10) as pool:
                results = list(
                    pool.map(
                        lambda i: client.query.sql("SELECT {i} AS i", {"i": i}, refresh="force_blocking"), range(10)
                    )
                )
    finally:
        await aw(client.aclose() if kind == "async" else client.close())
    assert sorted(r.rows[0][0] for r in results) == list(range(10))


async def test_trend_runs_a_trends_query_and_keeps_trend_result(ph: Any) -> None:
    from posthog_rest import TrendResult

    trend = await aw(ph.insights.trend(events=["$pageview"], date_from="-30d", interval="day"))
    assert isinstance(trend, TrendResult)
    series = trend.result[0]
    assert series.label
    assert len(series.days) == len(series.data) > 0
    start, end = str(series.days[0])[:10], str(series.days[-1])[:10]
    expected = await scalar(
        ph,
        "SELECT count() FROM events WHERE event = '$pageview' AND toDate(timestamp) >= toDate({a}) "
        "AND toDate(timestamp) <= toDate({b})",
        {"a": start, "b": end},
    )
    assert sum(series.data) == expected
    weekly = await aw(ph.insights.trend(events=[{"id": "$pageview", "math": "dau"}], interval="week", compare=True))
    assert len(weekly.result) == 2
    broken = await aw(ph.insights.trend(events=["$pageview"], breakdown="$browser", date_from="-30d"))
    assert len(broken.result) > 1
    with pytest.raises(InvalidRequestError, match="interval"):
        await aw(ph.insights.trend(events=["$pageview"], interval="fortnight"))
    with pytest.raises(InvalidRequestError, match="did you mean 'interval'"):
        await aw(ph.insights.trend(events=["$pageview"], intervall="week"))
    with pytest.raises(InvalidRequestError, match="math_propertee"):
        await aw(ph.insights.trend(events=[{"id": "$pageview", "math_propertee": "x"}]))


async def test_create_an_insight_from_a_posthog_models_query(phk: Any) -> None:
    from posthog_models import EventsNode, TrendsQuery

    query = TrendsQuery(series=[EventsNode(event="$pageview")], interval="week")
    insight = await aw(phk.insights.create(name="qclient weekly pageviews", query=query))
    node = insight.typed_query()
    dumped = node.model_dump(mode="json", exclude_none=True)
    assert dumped["kind"] == "InsightVizNode"
    assert dumped["source"]["series"][0]["event"] == "$pageview"
    assert dumped["source"]["interval"] == "week"
    again = await aw(phk.insights.get(insight.id))
    assert again.typed_query() == node


async def test_a_429_from_elsewhere_waits_as_retry_after_says(server: Any) -> None:
    """Two clients (two budgets, as two processes would have) overrun the 3-at-once limit: the stand-in
    answers 429 with Retry-After, the SDK waits and retries, and every query succeeds."""
    from posthog_rest import AsyncPostHog

    server.set_query_limits(delay=0.3)
    before = server.stats.get("op:query_hogql_query_create", 0)
    clients = [make_client("async", server, max_retries=6) for _ in range(2)]
    try:
        results = await asyncio.gather(
            *(c.query.sql("SELECT {i} AS i", {"i": i}, refresh="force_blocking") for i in range(3) for c in clients)
        )
    finally:
        for c in clients:
            assert isinstance(c, AsyncPostHog)
            await c.aclose()
    assert sorted(r.rows[0][0] for r in results) == sorted([0, 1, 2] * 2)
    assert server.stats.get("op:query_hogql_query_create", 0) - before > 6  # some were refused, then retried
