"""``insights.trend(...)`` arguments as a ``TrendsQuery``, and its response as the familiar ``TrendResult``.

PostHog Cloud answers the legacy ``insights/trend/`` endpoint with 404 since 2026-09-11; a trend is now a
``TrendsQuery`` sent to ``POST query/``. The arguments stay those of the legacy call (``events`` as names or
``{"id": …, "math": …}`` dicts, ``date_from``, ``date_to``, ``interval``, ``breakdown``, ``properties``), plus
``math`` for every series and ``compare`` with the previous period.

Example:
    >>> trends_query({"events": ["$pageview", {"id": "signed_up", "math": "dau"}], "interval": "week"})["series"][1]
    {'kind': 'EventsNode', 'event': 'signed_up', 'math': 'dau'}
"""

from __future__ import annotations

from typing import Any

from .._errors import InvalidRequestError
from .._validate import check_fields, check_json

ALLOWED = frozenset(
    {
        "events",
        "actions",
        "series",
        "date_from",
        "date_to",
        "interval",
        "math",
        "breakdown",
        "breakdown_type",
        "breakdown_limit",
        "compare",
        "properties",
        "filter_test_accounts",
        "display",
    }
)
INTERVALS = ("hour", "day", "week", "month")
#: Keys of a legacy entity that have no place in an ``EventsNode``/``ActionsNode`` (``id``/``event`` are mapped).
_LEGACY_ONLY = frozenset({"id", "event", "type", "order"})


def _series_node(item: Any, kind: str) -> dict[str, Any]:
    """One series from a legacy entity (name, ``{"id", "type", "math", …}``) or an ``EventsNode`` dict."""
    if isinstance(item, str):
        return {"kind": "EventsNode", "event": item}
    if isinstance(item, int) and not isinstance(item, bool) and kind == "actions":
        return {"kind": "ActionsNode", "id": item}
    if not isinstance(item, dict):
        raise InvalidRequestError(f"A trend series is an event name or a dict, got {item!r}")
    if "kind" in item:
        return dict(item)
    node_kind = "ActionsNode" if item.get("type", kind) == "actions" else "EventsNode"
    node: dict[str, Any] = {"kind": node_kind}
    node["id" if node_kind == "ActionsNode" else "event"] = item.get("id", item.get("event"))
    # Any other key goes into the node as given: posthog_models refuses one the node does not have (a typo).
    node.update({k: v for k, v in item.items() if k not in _LEGACY_ONLY and v is not None})
    return node


def trends_query(params: dict[str, Any]) -> dict[str, Any]:
    """A ``TrendsQuery`` dict from ``insights.trend`` arguments (validated again by ``posthog_models``).

    Example:
        >>> trends_query({"events": ["$pageview"], "breakdown": "$browser", "compare": True})["breakdownFilter"]
        {'breakdown': '$browser', 'breakdown_type': 'event'}
    """
    check_fields(params, ALLOWED, "insights.trend()")
    check_json(params, "insights.trend()")  # NaN, infinities, bytes: refused here, never sent
    series = _series(params)
    query: dict[str, Any] = {"kind": "TrendsQuery", "series": series}
    interval = params.get("interval")
    if interval is not None:
        if interval not in INTERVALS:
            raise InvalidRequestError(f"interval must be one of {INTERVALS}, got {interval!r}")
        query["interval"] = interval
    dates = {k: params[k] for k in ("date_from", "date_to") if params.get(k) is not None}
    if dates:
        query["dateRange"] = dates
    if params.get("breakdown") is not None:
        query["breakdownFilter"] = {
            "breakdown": params["breakdown"],
            "breakdown_type": params.get("breakdown_type") or "event",
            **({"breakdown_limit": params["breakdown_limit"]} if params.get("breakdown_limit") else {}),
        }
    if params.get("compare"):
        query["compareFilter"] = {"compare": True}
    if params.get("properties") is not None:
        query["properties"] = property_filters(params["properties"])
    if params.get("filter_test_accounts") is not None:
        query["filterTestAccounts"] = bool(params["filter_test_accounts"])
    if params.get("display") is not None:
        query["trendsFilter"] = {"display": params["display"]}
    return query


def property_filters(properties: Any) -> list[dict[str, Any]]:
    """Property filters (``where(...)``, tuples or dicts, as for ``persons.list``) as the query's JSON.

    Example:
        >>> property_filters([("$browser", "exact", "Chrome")])
        [{'key': '$browser', 'value': 'Chrome', 'operator': 'exact', 'type': 'person'}]
    """
    from .._filters import PropertyCondition, to_condition

    if isinstance(properties, PropertyCondition | tuple | dict):
        properties = [properties]
    if isinstance(properties, str) or not isinstance(properties, list | tuple):
        raise InvalidRequestError(f"properties must be a list of filters, got {properties!r}")
    return [to_condition(item).to_dict() for item in properties]


def _series(params: dict[str, Any]) -> list[dict[str, Any]]:
    series: list[dict[str, Any]] = []
    for key, kind in (("series", "events"), ("events", "events"), ("actions", "actions")):
        items = params.get(key)
        if items is None:
            continue
        if isinstance(items, str | dict) or not isinstance(items, list | tuple):
            raise InvalidRequestError(f"{key} must be a list (of event names or dicts), got {items!r}")
        series.extend(_series_node(item, kind) for item in items)
    if not series:
        raise InvalidRequestError("A trend needs at least one series: events=['$pageview'] (or actions=[…])")
    math = params.get("math")
    if math is not None:
        for node in series:
            node.setdefault("math", math)
    return series


def trend_result_dict(response: Any) -> dict[str, Any]:
    """A ``TrendsQueryResponse`` as the legacy ``TrendResult`` JSON (``result``: the series, with labels).

    Example:
        >>> series = {"data": [1.0], "days": ["2026-11-01"], "label": "$pageview"}
        >>> trend_result_dict({"results": [series]})["result"][0]["labels"]
        ['2026-11-01']
    """
    data = response if isinstance(response, dict) else response.to_dict()
    result = []
    for item in data.get("results") or []:
        series = dict(item)
        days = [str(d) for d in series.get("days") or []]
        series["days"] = days
        series["data"] = [0.0 if v is None else v for v in series.get("data") or []]
        series.setdefault("labels", days)
        if series.get("label") is None:
            action = series.get("action") or {}
            series["label"] = str(action.get("custom_name") or action.get("name") or action.get("id") or "series")
        result.append({k: v for k, v in series.items() if v is not None})
    out: dict[str, Any] = {"result": result}
    for key in ("is_cached", "last_refresh", "timezone"):
        if data.get(key) is not None:
            out[key] = data[key]
    return out
