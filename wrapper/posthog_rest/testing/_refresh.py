"""The insight cache and PostHog's refresh modes, with background calculations you can poll.

A background calculation needs no thread: it is complete once ``calculation_time`` has passed, and
it is applied to the insight's cache the next time anything looks at it (``settle``).
"""

from __future__ import annotations

import asyncio
import hashlib
from datetime import datetime, timedelta
from typing import Any

from ._errors import ApiError
from ._state import InsightRecord, ProjectData, QueryRecord, State, iso

__all__ = ["MODES", "apply_refresh", "query_status", "settle"]

MODES = (
    "force_cache",
    "blocking",
    "async",
    "lazy_async",
    "force_blocking",
    "force_async",
    "async_except_on_cache_miss",
)


def normalize_mode(raw: str | None) -> str:
    """The refresh mode; legacy ``true`` means ``force_blocking``, ``false`` ``force_cache``."""
    if raw is None:
        return "force_cache"
    low = raw.lower()
    if low in ("true", "1"):
        return "force_blocking"
    if low in ("false", "0", ""):
        return "force_cache"
    return raw


def _compute(state: State, project: ProjectData, insight: InsightRecord, now: datetime) -> Any:
    from ._calc import calculate, spec_from_insight  # loaded by the first calculation, not at start-up
    from ._insight_query import engine_source, run_on_engine

    source = engine_source(insight.query)
    if source is not None:  # the Query API's engine, like POST query/ (chDB loads here, not at startup)
        return run_on_engine(state, project, source)
    return calculate(project.persons, state.seed, spec_from_insight(insight.filters, insight.query), now)


async def _compute_off_loop(state: State, project: ProjectData, insight: InsightRecord, now: datetime) -> Any:
    # The engine call blocks: run it in a worker thread, as POST query/ does.
    return await asyncio.to_thread(_compute, state, project, insight, now)


def settle(state: State, project: ProjectData) -> None:
    """Apply every background calculation that has finished by now."""
    now = state.now()
    for q in project.queries.values():
        if q.finished or q.cancelled or now < q.end:
            continue
        q.finished = True
        insight = project.insights.get(q.insight_id) if q.insight_id is not None else None
        if insight is not None and insight.pending_query == q.id:
            insight.pending_query = None
            if q.fail_message is None:
                insight.cached_result = q.results
                insight.last_refresh = q.end


def query_status(state: State, q: QueryRecord) -> dict[str, Any]:
    """The ``QueryStatus`` of a background calculation."""
    now = state.now()
    complete = q.finished or q.cancelled or now >= q.end
    failed = complete and q.fail_message is not None and not q.cancelled
    elapsed = min(q.duration, max(0.0, (now - q.start).total_seconds()))
    return {
        "id": q.id,
        "team_id": q.project_id,
        "complete": complete,
        "error": failed,
        "error_message": q.fail_message if failed else ("Query cancelled" if q.cancelled else None),
        "results": q.results if complete and not failed and not q.cancelled else None,
        "query_async": True,
        "start_time": iso(q.start),
        "pickup_time": iso(q.start + timedelta(milliseconds=5)),
        "end_time": iso(q.end) if complete else None,
        "expiration_time": iso(q.start + timedelta(minutes=20)),
        "task_id": q.id[:16],
        "insight_id": q.insight_id,
        "dashboard_id": None,
        "labels": None,
        "query_progress": {
            "rows_read": int(elapsed * 1_000_000),
            "bytes_read": int(elapsed * 48_000_000),
            "estimated_rows_total": int(max(q.duration, 0.001) * 1_000_000),
            "time_elapsed": round(elapsed, 3),
        },
    }


async def _start_background(state: State, project: ProjectData, insight: InsightRecord) -> QueryRecord:
    running = project.queries.get(insight.pending_query) if insight.pending_query else None
    # Reuse a calculation that is still running, unless it was cancelled or a failure is pending for this insight.
    if running is not None and not (running.cancelled or running.finished) and insight.id not in state.fail_next:
        return running
    now = state.now()
    qid = hashlib.blake2b(
        f"{state.seed}:{insight.id}:{now.timestamp()}:{len(project.queries)}".encode(), digest_size=16
    ).hexdigest()
    fail = state.fail_next.pop(insight.id, None)
    results = None
    if fail is None:
        try:
            results = await _compute_off_loop(state, project, insight, now)
        except ApiError as err:  # a query the engine refuses fails the calculation, as PostHog's would
            fail = str(err)
    q = QueryRecord(qid, project.id, insight.id, now, state.calculation_time, fail_message=fail, results=results)
    project.queries[qid] = q
    insight.pending_query = qid
    state.stats["calculations_background"] += 1
    return q


async def _blocking(state: State, project: ProjectData, insight: InsightRecord) -> None:
    fail = state.fail_next.pop(insight.id, None)
    await asyncio.sleep(state.calculation_time)
    state.stats["calculations_blocking"] += 1
    if fail is not None:
        raise ApiError(400, "validation_error", "query_failed", fail)
    now = state.now()
    insight.cached_result = await _compute_off_loop(state, project, insight, now)
    insight.last_refresh = now


def plan(state: State, insight: InsightRecord, mode: str) -> str:
    """What a mode does for this insight now: ``cache``, ``blocking`` or ``background``."""
    now = state.now()
    age = None if insight.last_refresh is None else (now - insight.last_refresh).total_seconds()
    miss = insight.last_refresh is None or insight.cached_result is None
    very_fresh = not miss and age is not None and age < state.very_fresh_seconds
    somewhat_fresh = not miss and age is not None and age < state.stale_after_seconds
    if mode == "force_blocking":
        return "blocking"
    if mode == "force_async":
        return "background"
    if mode == "blocking":
        return "cache" if very_fresh else "blocking"
    if mode == "async":
        return "cache" if very_fresh else "background"
    if mode == "lazy_async":
        return "cache" if somewhat_fresh else "background"
    if mode == "async_except_on_cache_miss":
        return "blocking" if miss else ("cache" if somewhat_fresh else "background")
    return "cache"


async def apply_refresh(state: State, project: ProjectData, insights: list[InsightRecord], mode: str) -> None:
    """Bring the insights' caches up to what ``mode`` asks for (blocking calculations run together)."""
    settle(state, project)
    blocking = []
    for insight in insights:
        action = plan(state, insight, mode)
        if action == "background":
            await _start_background(state, project, insight)
        elif action == "blocking":
            blocking.append(insight)
    if blocking:
        await asyncio.gather(*(_blocking(state, project, i) for i in blocking))
