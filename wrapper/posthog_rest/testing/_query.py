"""The Query API's routes (``POST query/``, ``POST query/<Kind>/``, ``GET query/<id>/log/``) on the query engine.

PostHog's rules for personal-API-key queries: no LIMIT -> 100 rows with ``hasMore``; LIMIT capped at 50,000;
OFFSET refused; 3 queries at once per project (the 4th answers 429); ``query_timeout`` seconds per query;
``refresh`` modes with a cache and background runs polled through ``GET query/<id>/``.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from datetime import timedelta
from typing import Any

from ._context import Ctx, Reply, handler
from ._errors import ApiError
from ._refresh import query_status
from ._state import ProjectData, QueryRecord, State, iso

__all__: list[str] = []

_KIND_OPS = {
    "query_hogql_query_create": "HogQLQuery",
    "query_events_query_create": "EventsQuery",
    "query_actors_query_create": "ActorsQuery",
    "query_trends_query_create": "TrendsQuery",
    "query_funnels_query_create": "FunnelsQuery",
    "query_retention_query_create": "RetentionQuery",
    "query_hogql_metadata_create": "HogQLMetadata",
}


def check_path_kind(ctx: Ctx) -> None:
    """PostHog's check for ``POST query/<Kind>/``: the body's kind must be the path's."""
    path_kind = _KIND_OPS.get(ctx.op.handler_name)
    if path_kind is None:
        return
    body_kind = ctx.body["query"].get("kind")
    if body_kind != path_kind:
        raise ApiError.validation(
            f'Query kind mismatch: path kind "{path_kind}" does not match body kind "{body_kind}".'
        )


def _cache_key(project: ProjectData, query: dict[str, Any]) -> str:
    blob = json.dumps(query, sort_keys=True, separators=(",", ":"))
    return "cache_" + hashlib.sha256(f"{project.id}:{blob}".encode()).hexdigest()[:32]


def _plan(state: State, age: float | None, mode: str) -> str:
    """``cache``, ``blocking`` or ``background`` for a refresh mode and the cached result's age."""
    miss = age is None
    very_fresh = not miss and age is not None and age < state.very_fresh_seconds
    fresh = not miss and age is not None and age < state.stale_after_seconds
    if mode == "force_blocking":
        return "blocking"
    if mode == "force_async":
        return "background"
    if mode == "async":
        return "cache" if very_fresh else "background"
    if mode == "lazy_async":
        return "cache" if fresh else "background"
    if mode == "async_except_on_cache_miss":
        return "blocking" if miss else ("cache" if fresh else "background")
    return "cache" if very_fresh else "blocking"  # blocking, and force_cache (it calculates when stale here)


def _with_cache(state: State, body: dict[str, Any], key: str, computed: Any, cached: bool) -> dict[str, Any]:
    return {
        **body,
        "is_cached": cached,
        "cache_key": key,
        "last_refresh": iso(computed),
        "next_allowed_client_refresh": iso(computed + timedelta(seconds=state.very_fresh_seconds)),
        "cache_target_age": iso(computed + timedelta(seconds=state.stale_after_seconds)),
        "timezone": "UTC",
    }


async def _run(ctx: Ctx, query: dict[str, Any]) -> dict[str, Any]:
    """Run one query under the project's concurrency limit, off the event loop."""
    state, project = ctx.state, ctx.proj
    running = state.queries_running.get(project.id, 0)
    if running >= state.query_concurrency:
        raise ApiError(
            429,
            "throttled_error",
            "throttled",
            f"Exceeded maximum concurrency limit: {state.query_concurrency} for key: api_per_team:{project.id}",
            headers={"Retry-After": "1"},
        )
    state.queries_running[project.id] = running + 1
    try:
        if state.query_delay:
            await asyncio.sleep(state.query_delay)
        from ._query_run import compute  # the HogQL engine loads with the first query, not at start-up

        return await asyncio.to_thread(compute, state, project, query)
    finally:
        state.queries_running[project.id] -= 1


def _query_id(ctx: Ctx, key: str) -> str:
    given = ctx.body.get("client_query_id")
    if given:
        return str(given)
    now = ctx.state.now()
    return hashlib.blake2b(f"{key}:{now.timestamp()}:{len(ctx.proj.queries)}".encode(), digest_size=16).hexdigest()


@handler("query_create", *_KIND_OPS)
async def query_create(ctx: Ctx) -> Reply:
    check_path_kind(ctx)
    state, project = ctx.state, ctx.proj
    query: dict[str, Any] = ctx.body["query"]
    mode = ctx.body.get("refresh") or "blocking"
    key = _cache_key(project, query)
    now = state.now()
    hit = state.query_cache.get(key)
    age = None if hit is None else (now - hit[1]).total_seconds()
    action = _plan(state, age, mode)
    if action == "cache" and hit is not None:
        state.stats["query_cache_hits"] += 1
        return Reply(200, _with_cache(state, dict(hit[0]), key, hit[1], True))
    qid = _query_id(ctx, key)
    if action == "background":
        body = await _run(ctx, query)
        record = QueryRecord(qid, project.id, None, now, state.calculation_time, results=body)
        project.queries[qid] = record
        state.query_cache[key] = (body, now)
        return Reply(202, {"cache_key": key, "is_cached": False, "query_status": query_status(state, record)})
    body = await _run(ctx, query)
    state.query_cache[key] = (body, now)
    project.queries[qid] = QueryRecord(qid, project.id, None, now, 0.0, finished=True, results=body)
    state.stats["queries_run"] += 1
    return Reply(200, _with_cache(state, dict(body), key, now, False))


_LOG_HOGQL = "SELECT query_id, event_time, query_duration_ms, status FROM query_log WHERE query_id = {client_query_id}"


@handler("query_log_retrieve")
async def query_log_retrieve(ctx: Ctx) -> Reply:
    record = ctx.proj.queries.get(ctx.params["query_id"])
    columns = ["query_id", "event_time", "query_duration_ms", "status"]
    rows = []
    if record is not None:
        rows.append([record.id, iso(record.start), int(record.duration * 1000), "QueryFinish"])
    return Reply(
        200,
        {
            "results": rows,
            "columns": columns,
            "types": [
                [c, t] for c, t in zip(columns, ("String", "DateTime64(6, 'UTC')", "UInt64", "String"), strict=True)
            ],
            "hogql": _LOG_HOGQL,
        },
    )
