"""Run one query of any supported kind on the project's engine tables; answer PostHog's response body.

Runs in a worker thread (``asyncio.to_thread``): the engine call blocks.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

from ._errors import ApiError
from ._hogql import HogQLError, ProjectTables, QueryTimeoutError, rewrite
from ._hogql._dates import INTERVALS, bucket_starts, resolve_range
from ._hogql._kinds import (
    EVENT_STAR_FIELDS,
    PERSON_FIELDS,
    actors_sql,
    decode_tuple,
    events_sql,
    property_condition,
    trends_results,
    trends_series_sql,
)
from ._state import ProjectData, State

__all__ = ["compute", "tables_for"]

DEFAULT_ROWS = 100
MAX_ROWS = 50_000


def tables_for(state: State, project: ProjectData) -> ProjectTables:
    """The project's engine tables (made on first use; seeded on the first query)."""
    with state.lock:
        tables = state.query_tables.get(project.id)
        if tables is None:
            share = state.events if project.id == state.current_project_id else min(state.events, 1000)
            tables = ProjectTables(project.persons, state.seed, share, state.anchor)
            state.query_tables[project.id] = tables
        return tables


def _bad(err: HogQLError) -> ApiError:
    return ApiError.validation(err.message, code="hogql_error")


def _filters_sql(filters: dict[str, Any] | None, values: dict[str, Any], now: datetime) -> str | None:
    if not filters:
        return None
    from ._hogql._kinds import _Values

    vals = _Values("__filter_")
    vals.values = values  # bound next to the query's own values, under names a user cannot write
    parts = []
    date_range = filters.get("dateRange") or {}
    if date_range.get("date_from") or date_range.get("date_to"):
        start, end = resolve_range(date_range.get("date_from"), date_range.get("date_to"), now)
        parts += [f"timestamp >= {vals.add(start.strftime('%Y-%m-%d %H:%M:%S.%f'))}"]
        parts += [f"timestamp <= {vals.add(end.strftime('%Y-%m-%d %H:%M:%S.%f'))}"]
    parts += [property_condition(p, vals) for p in filters.get("properties") or []]
    if not parts:
        return None
    return " AND ".join(f"({p})" for p in parts)


def _hogql(state: State, tables: ProjectTables, query: dict[str, Any]) -> dict[str, Any]:
    text: str = query["query"]
    values = dict(query.get("values") or {})
    filters_sql = _filters_sql(query.get("filters"), values, state.now())
    r = rewrite(text, values, filters_sql, database=tables.db)
    limit = MAX_ROWS if r.has_limit else DEFAULT_ROWS
    result = tables.run(r.sql, r.params, state.query_timeout, limit)
    rows = result.rows
    body: dict[str, Any] = {
        "columns": [_column_name(c, r.sql, text) for c in result.columns],
        "types": [[c, t] for c, t in zip(result.columns, result.types, strict=True)],
        "hogql": text if r.has_limit else f"{text}\nLIMIT {DEFAULT_ROWS}",
        "timings": [{"k": ".", "t": round(result.elapsed, 6)}],
        "query": query["query"],
        "modifiers": query.get("modifiers") or {},
    }
    if r.has_limit:
        body["results"] = rows[:MAX_ROWS]
    else:
        body.update(results=rows[:DEFAULT_ROWS], hasMore=len(rows) > DEFAULT_ROWS, limit=DEFAULT_ROWS, offset=0)
    body["types"] = [[n, t] for n, (_, t) in zip(body["columns"], body["types"], strict=True)]
    return body


def _column_name(name: str, sql: str, text: str) -> str:
    # Sugar columns come back named after the rewritten expression: name them as written in HogQL.
    if name.startswith("__hogql_prop(person_properties, '"):
        return "person.properties." + name.split("'")[1]
    if name.startswith("__hogql_prop(properties, '"):
        return "properties." + name.split("'")[1]
    return name


def _rows_kind(state: State, tables: ProjectTables, text: str, values: dict[str, Any], limit: int) -> dict[str, Any]:
    r = rewrite(text, values, database=tables.db)
    result = tables.run(r.sql, r.params, state.query_timeout, limit)
    return {
        "results": result.rows[:limit],
        "columns": result.columns,
        "types": result.types,
        "hasMore": len(result.rows) > limit,
        "limit": limit,
        "offset": 0,
        "hogql": text,
        "timings": [{"k": ".", "t": round(result.elapsed, 6)}],
    }


def _events(state: State, tables: ProjectTables, query: dict[str, Any]) -> dict[str, Any]:
    text, values, limit = events_sql(query, state.now())
    body = _rows_kind(state, tables, text, values, limit)
    if "*" in query["select"]:
        at = query["select"].index("*")
        for row in body["results"]:
            row[at] = decode_tuple(row[at], EVENT_STAR_FIELDS)
    body["columns"] = list(query["select"])
    return body


def _actors(state: State, tables: ProjectTables, query: dict[str, Any]) -> dict[str, Any]:
    text, values, limit = actors_sql(query)
    body = _rows_kind(state, tables, text, values, limit)
    select = query.get("select") or ["person", "id", "created_at"]
    if "person" in select:
        at = select.index("person")
        for row in body["results"]:
            row[at] = decode_tuple(row[at], PERSON_FIELDS)
    body["columns"] = list(select)
    body["missing_actors_count"] = 0
    return body


def _trends(state: State, tables: ProjectTables, query: dict[str, Any]) -> dict[str, Any]:
    interval = query.get("interval") or "day"
    if interval not in INTERVALS:
        raise HogQLError(f"The stand-in does not support the interval {interval!r}")
    date_range = query.get("dateRange") or {}
    now = state.now()
    start, end = resolve_range(date_range.get("date_from"), date_range.get("date_to"), now)
    periods: list[tuple[datetime, datetime, str | None]] = [(start, end, None)]
    compare = query.get("compareFilter") or {}
    if compare.get("compare"):
        span = end - start
        periods = [(start, end, "current"), (start - span, start, "previous")]
    results, started = [], time.perf_counter()
    for order, node in enumerate(query["series"]):
        for p_start, p_end, label in periods:
            sql, values = trends_series_sql(node, query, p_start, p_end, interval)
            r = rewrite(sql, values, database=tables.db)
            rows = tables.run(r.sql, r.params, state.query_timeout, MAX_ROWS).rows
            buckets = bucket_starts(p_start, p_end, interval)
            results += trends_results(node, order, rows, buckets, interval, label)
    _apply_display(results, str((query.get("trendsFilter") or {}).get("display") or "ActionsLineGraph"))
    return {
        "results": results,
        "timings": [{"k": ".", "t": round(time.perf_counter() - started, 6)}],
        "resolved_date_range": {"date_from": start.isoformat(), "date_to": end.isoformat()},
    }


_AGGREGATED = ("BoldNumber", "ActionsPie", "ActionsTable", "ActionsBarValue", "WorldMap")


def _apply_display(results: list[dict[str, Any]], display: str) -> None:
    """PostHog's trends runner shapes series by display: one total per series, or a running sum."""
    for series in results:
        if display in _AGGREGATED:  # one number per series: PostHog sends no buckets, count 0
            series.update(aggregated_value=series["count"], data=[], days=[], labels=[], count=0)
        elif display == "ActionsLineGraphCumulative":
            running = 0.0
            series["data"] = [running := running + d for d in series["data"]]


def _metadata(state: State, tables: ProjectTables, query: dict[str, Any]) -> dict[str, Any]:
    if query.get("language") != "hogQL":
        raise HogQLError("The stand-in validates `hogQL` (SELECT queries) only")
    text = query["query"]
    values = dict.fromkeys(_placeholder_names(text), "")
    errors = []
    try:
        r = rewrite(text, values, "true", database=tables.db)
        try:
            tables.explain(r.sql, r.params)
        except HogQLError as err:
            start = r.source_offset(err.start) if err.start is not None else None
            raise HogQLError(err.message, start, None) from None
    except HogQLError as err:
        start, end = err.start, err.end
        field = err.message.removeprefix("Unable to resolve field: ")
        if start is None and field != err.message and field in text:  # ClickHouse names the field, not where
            start = text.index(field)
            end = start + len(field)
        start = start if start is not None else 0
        end = end if end is not None else len(text)
        errors.append({"message": err.message, "start": start, "end": end, "fix": None})
    return {"isValid": not errors, "query": text, "errors": errors, "warnings": [], "notices": []}


def _placeholder_names(text: str) -> list[str]:
    from ._hogql._rewrite import tokenize

    try:
        return [t.text.strip("{} \t") for t in tokenize(text) if t.kind == "ph"]
    except HogQLError:
        return []


_KINDS = {
    "HogQLQuery": _hogql,
    "EventsQuery": _events,
    "ActorsQuery": _actors,
    "TrendsQuery": _trends,
    "HogQLMetadata": _metadata,
}


def compute(state: State, project: ProjectData, query: dict[str, Any]) -> dict[str, Any]:
    """The response body of one query (without cache fields); a 400 ``ApiError`` for what PostHog refuses."""
    kind = query["kind"]
    if kind in ("InsightVizNode", "DataVisualizationNode"):
        return compute(state, project, query["source"])
    run = _KINDS.get(kind)
    if run is None:
        raise ApiError.validation(f"The local stand-in does not run {kind} queries.", code="not_supported")
    tables = tables_for(state, project)
    try:
        return run(state, tables, query)
    except QueryTimeoutError:
        raise ApiError.validation(
            f"Query exceeds max execution time of {state.query_timeout:g} seconds", code="timeout_exceeded"
        ) from None
    except HogQLError as err:
        raise _bad(err) from None
