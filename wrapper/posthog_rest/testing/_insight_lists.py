"""Insight listings beyond the plain page: list filters, ``basic`` items, views, trending, my last viewed."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from ._context import Ctx, Reply, handler
from ._errors import ApiError
from ._state import InsightRecord, ProjectData, State, iso

__all__ = ["basic_json", "filter_insights", "insight_type", "order_insights", "user_basic"]

_KIND_OF_TYPE = {
    "TRENDS": "TrendsQuery",
    "FUNNELS": "FunnelsQuery",
    "RETENTION": "RetentionQuery",
    "PATHS": "PathsQuery",
    "STICKINESS": "StickinessQuery",
    "LIFECYCLE": "LifecycleQuery",
}
_WRAPPERS = ("InsightVizNode", "DataVisualizationNode", "DataTableNode")
_ORDERABLE = {"order", "name", "created_at", "last_modified_at", "updated_at", "id", "short_id", "last_viewed_at"}


def user_basic(state: State, user_id: int | None) -> dict[str, Any] | None:
    """A ``UserBasic`` (None for an unknown or deleted user, as PostHog sends it)."""
    user = state.users.get(user_id) if user_id is not None else None
    if user is None:
        return None
    return {
        "id": user.id,
        "uuid": user.uuid,
        "distinct_id": user.distinct_id,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "is_email_verified": True,
        "hedgehog_config": None,
    }


def insight_type(insight: InsightRecord) -> str:
    """The list filter's type of an insight: ``TRENDS`` … ``LIFECYCLE``, ``SQL`` or ``JSON``.

    >>> rec = InsightRecord(1, "a", 1, None, {}, {"kind": "DataVisualizationNode",
    ...     "source": {"kind": "HogQLQuery", "query": "SELECT 1"}}, datetime.now(), 1)
    >>> insight_type(rec)
    'SQL'
    """
    query = insight.query
    if query is None:
        return str(insight.filters.get("insight", "TRENDS")).upper()
    source = query.get("source") if query.get("kind") in _WRAPPERS else None
    kind = source.get("kind") if isinstance(source, dict) else None
    if kind == "HogQLQuery":
        return "SQL"
    by_kind = {v: k for k, v in _KIND_OF_TYPE.items()}
    return by_kind.get(str(kind), "JSON") if query.get("kind") == "InsightVizNode" else "JSON"


def _json_list(ctx: Ctx, name: str) -> list[Any]:
    raw = ctx.params.get(name)
    if not raw:
        return []
    try:
        value = json.loads(raw)
    except ValueError:
        raise ApiError.validation(f"{name} must be a JSON array, e.g. [1,42].", name) from None
    if not isinstance(value, list):
        raise ApiError.validation(f"{name} must be a JSON array, e.g. [1,42].", name)
    return value


def _matches(insight: InsightRecord, term: str) -> bool:
    haystack = [insight.name, insight.derived_name, insight.description, *insight.tags]
    return any(term in text.lower() for text in haystack if text)


def filter_insights(ctx: Ctx, items: list[InsightRecord]) -> list[InsightRecord]:
    """Apply the list's filters (``short_id``, ``created_by``, ``tags``, ``insight``, ``search``)."""
    params = ctx.params
    if "short_id" in params:
        items = [i for i in items if i.short_id == params["short_id"]]
    creators = _json_list(ctx, "created_by")
    if creators:
        items = [i for i in items if i.created_by in creators]
    tags = set(_json_list(ctx, "tags"))
    if tags:
        items = [i for i in items if tags & set(i.tags)]
    if "insight" in params:
        items = [i for i in items if insight_type(i) == params["insight"]]
    if params.get("search"):
        items = [i for i in items if _matches(i, params["search"].lower())]
    return items


def order_insights(ctx: Ctx, items: list[InsightRecord]) -> list[InsightRecord]:
    """Sort as ``order`` asks (``-`` first: descending); newest first when it is not given."""
    order = ctx.params.get("order")
    if not order:
        return sorted(items, key=lambda i: (i.created_at, i.id), reverse=True)
    field = order.removeprefix("-")
    if field not in _ORDERABLE:
        raise ApiError.validation(f"Cannot order by {field!r}.", "order")
    descending = order.startswith("-")

    def key(insight: InsightRecord) -> tuple[bool, Any, int]:
        value = getattr(insight, "updated_at" if field == "last_modified_at" else field, None)
        if field == "last_modified_at":
            value = value or insight.created_at
        missing = value is None
        # Never-viewed insights come last when sorting by -last_viewed_at, first with last_viewed_at.
        return (not missing if descending else missing, value if value is not None else 0, insight.id)

    try:
        return sorted(items, key=key, reverse=descending)
    except TypeError:  # mixed None and values in a field without a null rule
        return sorted(items, key=lambda i: (str(getattr(i, field, "")), i.id), reverse=descending)


def basic_json(state: State, insight: InsightRecord) -> dict[str, Any]:
    """An ``InsightBasic``: metadata only, no result (``basic=true``, ``my_last_viewed``, ``trending``)."""
    modified = insight.updated_at or insight.created_at
    return {
        "id": insight.id,
        "short_id": insight.short_id,
        "name": insight.name,
        "derived_name": insight.derived_name,
        "filters": {} if insight.query is not None else insight.filters,
        "query": insight.query,
        "dashboards": list(insight.dashboards),
        "dashboard_tiles": [{"id": d * 10 + 1, "dashboard_id": d, "deleted": False} for d in insight.dashboards],
        "description": insight.description,
        "last_refresh": iso(insight.last_refresh),
        "refreshing": False,
        "saved": insight.saved,
        "tags": list(insight.tags),
        "updated_at": iso(modified),
        "created_by": user_basic(state, insight.created_by),
        "created_at": iso(insight.created_at),
        "last_modified_at": iso(modified),
        "favorited": insight.favorited,
        "user_access_level": "editor",
        "last_viewed_at": iso(insight.last_viewed_at),
    }


def _record_view(state: State, project: ProjectData, insight: InsightRecord, when: datetime) -> None:
    insight.last_viewed_at = when
    state.views.append((project.id, insight.id, when))


@handler("insights_viewed_bulk_create")
async def insights_viewed_bulk_create(ctx: Ctx) -> Reply:
    project, now = ctx.proj, ctx.state.now()
    for insight_id in dict.fromkeys(ctx.body["insight_ids"]):
        insight = project.insights.get(insight_id)
        if insight is not None and not insight.deleted:  # others are dropped silently, as PostHog does
            _record_view(ctx.state, project, insight, now)
    return Reply(201, has_body=False)


@handler("insights_my_last_viewed_retrieve")
async def insights_my_last_viewed_retrieve(ctx: Ctx) -> Reply:
    project = ctx.proj
    viewed = [i for i in project.insights.values() if i.last_viewed_at is not None and not i.deleted]
    viewed.sort(key=lambda i: (i.last_viewed_at, i.id), reverse=True)
    results = []
    for insight in viewed[:5]:
        results.append(basic_json(ctx.state, insight))
    return Reply(200, results)


@handler("insights_trending_retrieve")
async def insights_trending_retrieve(ctx: Ctx) -> Reply:
    state, project = ctx.state, ctx.proj
    days = int(ctx.params.get("days") or 7)
    limit = min(int(ctx.params.get("limit") or 10), 100)
    try:
        cutoff = state.now() - timedelta(days=days)
    except OverflowError:  # a window longer than the calendar: every view counts
        cutoff = datetime.min.replace(tzinfo=UTC)
    counted: dict[int, int] = {}
    for project_id, insight_id, when in state.views:
        if project_id == project.id and when >= cutoff:
            counted[insight_id] = 1  # distinct viewers: every view through this API is the key's user
    ranked = [project.insights[i] for i in counted if i in project.insights and not project.insights[i].deleted]
    ranked.sort(key=lambda i: (counted[i.id], i.updated_at or i.created_at, i.id), reverse=True)
    results = []
    for insight in ranked[:limit]:
        item = basic_json(state, insight)
        item.update(
            view_count=counted[insight.id],
            viewers=[user_basic(state, state.user.id)],
            last_modified_by=user_basic(state, insight.last_modified_by),
        )
        results.append(item)
    return Reply(200, {"count": len(results), "next": None, "previous": None, "results": results})
