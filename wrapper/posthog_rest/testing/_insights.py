"""Insight operations: list, get, create, update, soft delete, activity, sharing and calculations."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from ._context import Ctx, Reply, handler, page_links, render_csv
from ._errors import ApiError
from ._insight_lists import basic_json, filter_insights, order_insights, user_basic
from ._refresh import apply_refresh, normalize_mode, query_status, settle
from ._state import ActivityEntry, InsightRecord, ProjectData, State, iso

if TYPE_CHECKING:
    from ._calc_spec import CalcSpec

__all__ = ["activity_page", "insight_json", "user_basic"]

_EDITABLE = (
    "name",
    "derived_name",
    "filters",
    "query",
    "order",
    "deleted",
    "dashboards",
    "description",
    "tags",
    "favorited",
    "saved",
)


def _hogql(insight: InsightRecord) -> str | None:
    if insight.query is None:
        return None
    return "SELECT count() FROM events WHERE timestamp >= now() - INTERVAL 7 DAY"


def insight_json(state: State, project: ProjectData, insight: InsightRecord, fresh: bool = False) -> dict[str, Any]:
    """The ``Insight`` the API answers (with its cache state and any running background calculation)."""
    pending = project.queries.get(insight.pending_query) if insight.pending_query else None
    refreshed = insight.last_refresh
    return {
        "id": insight.id,
        "short_id": insight.short_id,
        "name": insight.name,
        "derived_name": insight.derived_name,
        "filters": {} if insight.query is not None else insight.filters,
        "query": insight.query,
        "order": insight.order,
        "deleted": insight.deleted,
        "dashboards": list(insight.dashboards),
        "dashboard_tiles": [{"id": d * 10 + 1, "dashboard_id": d, "deleted": False} for d in insight.dashboards],
        "last_refresh": iso(refreshed),
        "cache_target_age": iso(refreshed + timedelta(seconds=state.stale_after_seconds)) if refreshed else None,
        "next_allowed_client_refresh": iso(refreshed + timedelta(seconds=state.very_fresh_seconds))
        if refreshed
        else None,
        "result": insight.cached_result,
        "hasMore": False,
        "columns": None,
        "created_at": iso(insight.created_at),
        "created_by": user_basic(state, insight.created_by),
        "description": insight.description,
        "updated_at": iso(insight.updated_at or insight.created_at),
        "tags": list(insight.tags),
        "favorited": insight.favorited,
        "saved": insight.saved,
        "last_modified_at": iso(insight.updated_at or insight.created_at),
        "last_modified_by": user_basic(state, insight.last_modified_by),
        "is_sample": False,
        "effective_restriction_level": 21,
        "effective_privilege_level": 37,
        "timezone": "UTC",
        "is_cached": insight.cached_result is not None and not fresh,
        "query_status": query_status(state, pending) if pending is not None else None,
        "hogql": _hogql(insight),
        "types": None,
        "user_access_level": "editor",
        "last_viewed_at": iso(insight.last_viewed_at),
    }


def _get(ctx: Ctx, ref: object, include_deleted: bool = False) -> InsightRecord:
    """An insight by numeric id or short id; a numeric ref is tried as an id first, as PostHog does."""
    insights = ctx.proj.insights
    text = str(ref)
    insight = insights.get(int(text)) if text.isdigit() else None
    if insight is None:
        insight = next((i for i in insights.values() if i.short_id == text), None)
    if insight is None or (insight.deleted and not include_deleted):
        raise ApiError.not_found()
    return insight


@handler("insights_list")
async def insights_list(ctx: Ctx) -> Reply:
    project = ctx.proj
    limit, offset = ctx.limit_offset()
    items = order_insights(ctx, filter_insights(ctx, [i for i in project.insights.values() if not i.deleted]))
    page = items[offset : offset + limit]
    nxt, prev = page_links(ctx, limit, offset, offset + limit < len(items))
    if ctx.params.get("basic"):  # metadata only: nothing is calculated
        basics = [basic_json(ctx.state, i) for i in page]
        if ctx.wants_csv:
            return render_csv(basics)
        return Reply(200, {"count": len(items), "next": nxt, "previous": prev, "results": basics})
    mode = normalize_mode(ctx.request.query_params.get("refresh"))
    before = {i.id: i.last_refresh for i in page}
    await apply_refresh(ctx.state, project, page, mode)
    results = [insight_json(ctx.state, project, i, fresh=before[i.id] != i.last_refresh) for i in page]
    if ctx.wants_csv:
        return render_csv(results, skip=("result",))
    return Reply(200, {"count": len(items), "next": nxt, "previous": prev, "results": results})


@handler("insights_retrieve")
async def insights_retrieve(ctx: Ctx) -> Reply:
    project = ctx.proj
    insight = _get(ctx, ctx.params["id"])
    if ctx.params.get("basic"):
        basic = basic_json(ctx.state, insight)
        return render_csv([basic]) if ctx.wants_csv else Reply(200, basic)
    before = insight.last_refresh
    await apply_refresh(ctx.state, project, [insight], normalize_mode(ctx.request.query_params.get("refresh")))
    body = insight_json(ctx.state, project, insight, fresh=before != insight.last_refresh)
    return render_csv([body], skip=("result",)) if ctx.wants_csv else Reply(200, body)


def _derived_name(data: dict[str, Any]) -> str | None:
    filters = data.get("filters") if isinstance(data.get("filters"), dict) else {}
    events = filters.get("events") if isinstance(filters, dict) else None
    if isinstance(events, list) and events and isinstance(events[0], dict):
        return f"{events[0].get('id', 'Pageview')} count"
    return None


@handler("insights_create")
async def insights_create(ctx: Ctx) -> Reply:
    state, project = ctx.state, ctx.proj
    data: dict[str, Any] = ctx.body if isinstance(ctx.body, dict) else {}
    now = state.now()
    insight = InsightRecord(
        id=state.new_insight_id(),
        short_id=state.new_short_id(),
        project_id=project.id,
        name=data.get("name"),
        filters=data.get("filters") or {},
        query=data.get("query"),
        created_at=now,
        created_by=state.user.id,
        updated_at=now,
        last_modified_by=state.user.id,
    )
    for key in _EDITABLE:
        if key in data and key not in ("filters",):
            setattr(insight, key, data[key])
    insight.filters = data.get("filters") or {}
    insight.derived_name = data.get("derived_name") or _derived_name(data)
    project.insights[insight.id] = insight
    state.record(
        project, "Insight", insight.id, "created", {"name": insight.name, "short_id": insight.short_id, "changes": None}
    )
    return Reply(201, insight_json(state, project, insight))


@handler("insights_partial_update")
async def insights_partial_update(ctx: Ctx) -> Reply:
    state, project = ctx.state, ctx.proj
    data: dict[str, Any] = ctx.body if isinstance(ctx.body, dict) else {}
    insight = _get(ctx, ctx.params["id"], include_deleted=data.get("deleted") is False)
    settle(state, project)
    changes = []
    for key in _EDITABLE:
        if key in data:
            before = getattr(insight, key)
            after = data[key] if key != "filters" else (data[key] or {})
            if before != after:
                changes.append({"type": "Insight", "action": "changed", "field": key, "before": before, "after": after})
                setattr(insight, key, after)
    if any(c["field"] in ("filters", "query") for c in changes):
        insight.cached_result, insight.last_refresh, insight.pending_query = None, None, None
    if changes:
        insight.updated_at = state.now()
        insight.last_modified_by = state.user.id
        deleted_now = any(c["field"] == "deleted" and c["after"] is True for c in changes)
        activity = "deleted" if deleted_now else "updated"
        state.record(
            project,
            "Insight",
            insight.id,
            activity,
            {"name": insight.name, "short_id": insight.short_id, "changes": changes},
        )
    return Reply(200, insight_json(state, project, insight))


@handler("insights_destroy")
async def insights_destroy(ctx: Ctx) -> Reply:
    _get(ctx, ctx.params["id"])
    raise ApiError(
        405,
        "invalid_request",
        "method_not_allowed",
        'Hard delete of this model is not allowed. Use a patch API call to set "deleted" to true',
    )


def activity_page(state: State, entries: list[ActivityEntry]) -> dict[str, Any]:
    """An ``ActivityLogPage``: the 100 newest entries."""
    newest = sorted(entries, key=lambda e: e.created_at, reverse=True)
    results = []
    for e in newest[:100]:
        user = state.users.get(e.user_id)
        results.append(
            {
                "id": e.id,
                "user": {"first_name": user.first_name, "email": user.email} if user else None,
                "activity": e.activity,
                "scope": e.scope,
                "item_id": e.item_id,
                "detail": e.detail,
                "created_at": iso(e.created_at),
                "is_system": False,
            }
        )
    return {"results": results, "next": None, "previous": None, "total_count": len(entries)}


@handler("insights_activity_retrieve")
async def insights_activity_retrieve(ctx: Ctx) -> Reply:
    insight = _get(ctx, ctx.params["id"], include_deleted=True)
    entries = [e for e in ctx.proj.activity if e.scope == "Insight" and e.item_id == str(insight.id)]
    return Reply(200, activity_page(ctx.state, entries))


@handler("insights_all_activity_retrieve")
async def insights_all_activity_retrieve(ctx: Ctx) -> Reply:
    return Reply(200, activity_page(ctx.state, [e for e in ctx.proj.activity if e.scope == "Insight"]))


@handler("insights_viewed_create")
async def insights_viewed_create(ctx: Ctx) -> Reply:
    insight = _get(ctx, ctx.params["id"])
    insight.last_viewed_at = ctx.state.now()
    ctx.state.views.append((ctx.proj.id, insight.id, insight.last_viewed_at))
    return Reply(200, {})


@handler("insights_sharing_list")
async def insights_sharing_list(ctx: Ctx) -> Reply:
    insight = _get(ctx, ctx.params["insight_id"])
    return Reply(
        200,
        {
            "created_at": iso(insight.sharing_created_at),
            "enabled": insight.sharing_enabled,
            "access_token": insight.sharing_token,
        },
    )


# --- legacy calculation endpoints ----------------------------------------------------------------
def _calc_reply(ctx: Ctx, spec: CalcSpec) -> Reply:
    from ._calc import calculate, timing  # the calculations load with the first one

    result = (
        timing(ctx.proj.persons, ctx.state.seed, spec, ctx.state.now())
        if spec.kind == "timing"
        else calculate(ctx.proj.persons, ctx.state.seed, spec, ctx.state.now())
    )
    ctx.state.stats["calculations_legacy"] += 1
    return Reply(200, {"is_cached": False, "last_refresh": iso(ctx.state.now()), "timezone": "UTC", "result": result})


def _filters_of(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        return {}
    merged = dict(body["filters"]) if isinstance(body.get("filters"), dict) else {}
    merged.update({k: v for k, v in body.items() if k != "filters"})
    return merged


@handler("insights_trend_retrieve")
async def insights_trend_retrieve(ctx: Ctx) -> Reply:
    from ._calc_spec import CalcSpec

    return _calc_reply(ctx, CalcSpec(kind="trends"))


@handler("insights_trend_create")
async def insights_trend_create(ctx: Ctx) -> Reply:
    from ._calc_spec import spec_from_request

    return _calc_reply(ctx, spec_from_request(_filters_of(ctx.body), "trends"))


@handler("insights_path_retrieve")
async def insights_path_retrieve(ctx: Ctx) -> Reply:
    from ._calc_spec import CalcSpec

    return _calc_reply(ctx, CalcSpec(kind="paths"))


@handler("insights_path_create")
async def insights_path_create(ctx: Ctx) -> Reply:
    from ._calc_spec import spec_from_request

    return _calc_reply(ctx, spec_from_request(_filters_of(ctx.body), "paths"))


@handler("insights_retention_retrieve")
async def insights_retention_retrieve(ctx: Ctx) -> Reply:
    from ._calc_spec import CalcSpec

    return _calc_reply(ctx, CalcSpec(kind="retention"))


@handler("insights_retention_create")
async def insights_retention_create(ctx: Ctx) -> Reply:
    from ._calc_spec import spec_from_request

    return _calc_reply(ctx, spec_from_request(_filters_of(ctx.body), "retention"))


@handler("insights_timing_create")
async def insights_timing_create(ctx: Ctx) -> Reply:
    if not ctx.state.legacy_insight_endpoints:  # today an internal recorder: it keeps the payload, says nothing
        ctx.state.stats["timings_recorded"] += 1
        return Reply(201, has_body=False)
    from ._calc_spec import spec_from_request

    spec = spec_from_request(_filters_of(ctx.body), "timing")
    spec.series = spec.series or [{"id": "$pageview"}]
    return _calc_reply(ctx, spec)
