"""What a calculation is asked for: a :class:`CalcSpec` parsed from a legacy request, a saved insight's
filters or its query, with relative dates (``-7d``) resolved by :func:`parse_date`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from typing import Any

from ._errors import ApiError

_KINDS = {
    "TRENDS": "trends",
    "TrendsQuery": "trends",
    "FUNNELS": "funnels",
    "FunnelsQuery": "funnels",
    "RETENTION": "retention",
    "RetentionQuery": "retention",
    "PATHS": "paths",
    "PathsQuery": "paths",
    "LIFECYCLE": "lifecycle",
    "LifecycleQuery": "lifecycle",
    "STICKINESS": "stickiness",
    "StickinessQuery": "stickiness",
}
_RELATIVE = re.compile(r"^-(\d+)([hdwmqy])$")


def parse_date(value: Any, now: datetime, attr: str, *, end: bool = False) -> datetime:
    """Parse PostHog's date syntax: ``-7d``, ``-24h``, ``-1m``, ``dStart``, ``mStart``, ``yStart``, ISO dates.

    >>> parse_date("-7d", datetime(2026, 1, 10, tzinfo=UTC), "date_from").date().isoformat()
    '2026-01-03'
    """
    if not isinstance(value, str) or not value.strip():
        raise ApiError.validation(f"Invalid {attr}: {value!r}", attr)
    text = value.strip()
    match = _RELATIVE.match(text)
    if match:
        n, unit = int(match.group(1)), match.group(2)
        if n > 100_000:
            raise ApiError.validation(f"Invalid {attr}: {value!r}", attr)
        days = {"h": n / 24, "d": n, "w": 7 * n, "m": 30 * n, "q": 91 * n, "y": 365 * n}[unit]
        moment = now - timedelta(days=days)
        return moment if unit == "h" else datetime.combine(moment.date(), time.min, UTC)
    starts = {"dStart": now.date(), "wStart": now.date() - timedelta(days=now.weekday())}
    starts |= {"mStart": now.date().replace(day=1), "yStart": now.date().replace(month=1, day=1)}
    if text in starts:
        return datetime.combine(starts[text], time.min, UTC)
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ApiError.validation(f"Invalid {attr}: {value!r}", attr) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    if end and len(text) == 10:
        parsed = parsed + timedelta(days=1) - timedelta(microseconds=1)
    return parsed


@dataclass
class CalcSpec:
    """A normalized calculation request, whatever its source (legacy filters or a query node)."""

    kind: str = "trends"
    series: list[dict[str, Any]] = field(default_factory=lambda: [{"id": "$pageview"}])
    date_from: Any = None
    date_to: Any = None
    interval: str = "day"
    display: str = "ActionsLineGraph"
    breakdown: Any = None
    properties: Any = None
    total_intervals: int = 11
    compare: bool = False


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _entities(items: Any) -> list[dict[str, Any]]:
    out = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict):
            ident = item.get("id", item.get("event", item.get("name", "$pageview")))
            out.append({**item, "id": ident if isinstance(ident, str | int) else "$pageview"})
    return out


def _refuse_warehouse(node: Any) -> None:
    from ._hogql._kinds import warehouse_table_error

    refused = warehouse_table_error(node)
    if refused is not None:
        raise ApiError.validation(refused.message, code="hogql_error")


def spec_from_request(filters: dict[str, Any], kind: str) -> CalcSpec:
    """A calculation from legacy filters (the ``/insights/trend/`` family, or an insight's ``filters``)."""
    warehouse = filters.get("data_warehouse")
    for entity in warehouse if isinstance(warehouse, list) else []:  # PostHog makes each a DataWarehouseNode
        _refuse_warehouse({**entity, "kind": "DataWarehouseNode"} if isinstance(entity, dict) else entity)
    series = _entities(filters.get("events")) + _entities(filters.get("actions"))
    return CalcSpec(
        kind=kind,
        series=series,
        date_from=filters.get("date_from"),
        date_to=filters.get("date_to"),
        interval=str(filters.get("interval") or "day"),
        display=str(filters.get("display") or "ActionsLineGraph"),
        breakdown=filters.get("breakdown"),
        properties=filters.get("properties"),
        total_intervals=_int(filters.get("total_intervals"), 11),
        compare=filters.get("compare") is True,
    )


def _int(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 500 else default


def spec_from_insight(filters: Any, query: Any) -> CalcSpec:
    """The calculation an insight describes (its ``query`` node wins over legacy ``filters``)."""
    source = _dict(query)
    if source.get("kind") in ("InsightVizNode", "DataVisualizationNode"):
        source = _dict(source.get("source"))
    if source.get("kind") in _KINDS:
        date_range = _dict(source.get("dateRange"))
        series = []
        for node in source.get("series") or []:
            _refuse_warehouse(node)
            if isinstance(node, dict):
                name = node.get("event") or node.get("id") or node.get("name") or "$pageview"
                series.append({"id": name if isinstance(name, str | int) else "$pageview", "math": node.get("math")})
        trends_filter = _dict(source.get("trendsFilter"))
        breakdown = _dict(source.get("breakdownFilter")).get("breakdown")
        retention = _dict(source.get("retentionFilter"))
        target = _dict(retention.get("targetEntity")).get("id")
        if not series and isinstance(target, str | int):  # RetentionQuery names its event in retentionFilter
            series.append({"id": target, "math": None})
        return CalcSpec(
            kind=_KINDS[str(source["kind"])],
            series=series or [{"id": "$pageview"}],
            date_from=date_range.get("date_from"),
            date_to=date_range.get("date_to"),
            interval=str(source.get("interval") or "day"),
            display=str(trends_filter.get("display") or "ActionsLineGraph"),
            breakdown=breakdown,
            properties=source.get("properties"),
            total_intervals=_int(retention.get("totalIntervals"), 11),
            compare=_dict(source.get("compareFilter")).get("compare") is True,
        )
    legacy = _dict(filters)
    kind = _KINDS.get(str(legacy.get("insight", "TRENDS")), "trends")
    spec = spec_from_request(legacy, kind)
    if not spec.series:
        spec.series = [{"id": "$pageview"}]
    return spec
