"""The seeded insights: trends, funnels, retention, paths, lifecycle and stickiness, in four cache states."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from ._calc import calculate, spec_from_insight
from ._records import InsightRecord

if TYPE_CHECKING:
    from ._state import State

__all__ = ["seed_insights"]


def _trends(series: list[str], date_from: str = "-30d", **extra: Any) -> dict[str, Any]:
    source: dict[str, Any] = {
        "kind": "TrendsQuery",
        "series": [{"kind": "EventsNode", "event": e, "name": e, "math": extra.pop("math", "total")} for e in series],
        "dateRange": {"date_from": date_from},
        "interval": extra.pop("interval", "day"),
    }
    if "breakdown" in extra:
        source["breakdownFilter"] = {"breakdown": extra.pop("breakdown"), "breakdown_type": "person"}
    if "display" in extra:
        source["trendsFilter"] = {"display": extra.pop("display")}
    if "properties" in extra:
        source["properties"] = extra.pop("properties")
    return {"kind": "InsightVizNode", "source": source}


def _node(kind: str, series: list[str], date_from: str = "-14d", **extra: Any) -> dict[str, Any]:
    source: dict[str, Any] = {"kind": kind, "dateRange": {"date_from": date_from}}
    if kind == "RetentionQuery":  # retention names its events in retentionFilter, not in series
        entity = {"id": series[0], "type": "events", "name": series[0]}
        extra["retentionFilter"] = {
            "targetEntity": entity,
            "returningEntity": entity,
            **extra.get("retentionFilter", {}),
        }
    elif series:
        source["series"] = [{"kind": "EventsNode", "event": e, "name": e} for e in series]
    return {"kind": "InsightVizNode", "source": {**source, **extra}}


_TEMPLATES: list[tuple[str, dict[str, Any] | None, dict[str, Any]]] = [
    ("Daily pageviews", _trends(["$pageview"]), {}),
    ("Weekly active users", _trends(["$pageview"], "-90d", math="dau", interval="week"), {}),
    ("Signups by browser", _trends(["signed_up"], "-30d", breakdown="$browser"), {}),
    ("Pageviews by country", _trends(["$pageview"], "-7d", breakdown="$geoip_country_code", display="ActionsPie"), {}),
    ("Logins this month", _trends(["logged_in"], "mStart", display="BoldNumber"), {}),
    ("Signup funnel", _node("FunnelsQuery", ["$pageview", "signed_up", "subscription_started"]), {}),
    ("Onboarding funnel", _node("FunnelsQuery", ["signed_up", "project_created", "first_event_ingested"], "-30d"), {}),
    ("Day-N retention", _node("RetentionQuery", ["signed_up"], retentionFilter={"totalIntervals": 11}), {}),
    (
        "Retention of pro users",
        _node("RetentionQuery", ["signed_up"], properties=[{"key": "plan", "value": "pro", "type": "person"}]),
        {},
    ),
    ("Paths from the homepage", _node("PathsQuery", []), {}),
    ("Paths into the docs", _node("PathsQuery", [], "-30d"), {}),
    (
        "Pageviews (legacy filters)",
        None,
        {"insight": "TRENDS", "events": [{"id": "$pageview", "type": "events"}], "date_from": "-14d"},
    ),
    (
        "Checkout funnel (legacy)",
        None,
        {"insight": "FUNNELS", "events": [{"id": "$pageview"}, {"id": "checkout_started"}, {"id": "purchase"}]},
    ),
    ("User lifecycle", _node("LifecycleQuery", ["$pageview"], "-30d"), {}),
    ("Stickiness", _node("StickinessQuery", ["$pageview"], "-30d"), {}),
    ("Pageviews in the last 24 hours", _trends(["$pageview"], "-24h", interval="hour"), {}),
    ("Cumulative signups", _trends(["signed_up"], "-90d", display="ActionsLineGraphCumulative"), {}),
    (
        "Pageviews of pro users",
        _trends(["$pageview"], properties=[{"key": "plan", "value": "pro", "type": "person"}]),
        {},
    ),
    (
        "Mobile users",
        _trends(["$pageview"], properties=[{"key": "$initial_os", "value": ["iOS", "Android"], "type": "person"}]),
        {},
    ),
    ("Revenue events", _trends(["purchase", "refund"], "-30d"), {}),
    ("Feature flag calls", _trends(["$feature_flag_called"], "-7d"), {}),
    ("Old dashboard insight", _trends(["$pageleave"]), {}),
]


def seed_insights(state: State, now: datetime) -> None:
    """Create ~20 insights in the current project (and a few in the other one), cached as of ``now``."""
    writes = state.writes
    for project_id, templates in ((state.current_project_id, _TEMPLATES), (state.other_project_id, _TEMPLATES[:5])):
        project = state.projects[project_id]
        for n, (name, query, filters) in enumerate(templates):
            insight_id = state.new_insight_id()
            created = state.anchor - timedelta(days=120 - 5 * n, hours=n)
            record = InsightRecord(
                id=insight_id,
                short_id=state.new_short_id(),
                project_id=project_id,
                name=name,
                filters=dict(filters),
                query=query,
                created_at=created,
                created_by=state.colleague.id if n % 5 == 4 else state.user.id,
                description=f"Seeded insight #{n + 1}." if n % 3 == 0 else None,
                tags=["seeded", "growth"] if n % 4 == 0 else [],
                favorited=n % 6 == 0,
                updated_at=created,
                last_modified_by=state.user.id,
                deleted=name == "Old dashboard insight",
            )
            # Cache states, in turn: very fresh, somewhat fresh, stale, never calculated.
            age = (30.0, 3600.0, 2 * 86400.0, None)[n % 4]
            if age is not None:
                record.last_refresh = now - timedelta(seconds=age)
                spec = spec_from_insight(record.filters, record.query)
                record.cached_result = calculate(project.persons, state.seed, spec, record.last_refresh)
            if n % 7 == 2:
                record.sharing_enabled = True
                record.sharing_token = state.new_short_id() + state.new_short_id()
                record.sharing_created_at = created + timedelta(days=1)
            project.insights[insight_id] = record
            state.record(
                project, "Insight", insight_id, "created", {"name": name, "short_id": record.short_id, "changes": None}
            )
            project.activity[-1].created_at = created
    state.writes = writes  # seeding is not a write
