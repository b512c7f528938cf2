"""Query kinds other than raw HogQL, compiled to HogQL over the same ``events`` and ``persons`` tables."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from ._dates import bucket_starts, day_key, label, resolve_range
from ._rewrite import OFFSET_MESSAGE, TABLES, HogQLError

__all__ = [
    "actors_sql",
    "events_sql",
    "property_condition",
    "trends_results",
    "trends_series_sql",
    "warehouse_table_error",
]

_CH_TS = "%Y-%m-%d %H:%M:%S.%f"
_INTERVAL_FN = {
    "hour": "toStartOfHour(timestamp)",
    "day": "toStartOfDay(timestamp)",
    "week": "toDateTime(toStartOfWeek(timestamp, 0), 'UTC')",
    "month": "toDateTime(toStartOfMonth(timestamp), 'UTC')",
}
_MATH = {
    "total": "count()",
    "dau": "count(DISTINCT person_id)",
    "unique_session": "count(DISTINCT `$session_id`)",
    "sum": "sum({p})",
    "avg": "avg({p})",
    "min": "min({p})",
    "max": "max({p})",
    "median": "median({p})",
    "p75": "quantile(0.75)({p})",
    "p90": "quantile(0.9)({p})",
    "p95": "quantile(0.95)({p})",
    "p99": "quantile(0.99)({p})",
}


class _Values:
    """Placeholder values collected while compiling (every user value is bound, never spliced)."""

    def __init__(self, prefix: str = "v") -> None:
        self.values: dict[str, Any] = {}
        self.prefix = prefix

    def add(self, value: Any) -> str:
        name = f"{self.prefix}{len(self.values)}"
        self.values[name] = value
        return "{" + name + "}"


def _field(key: str, kind: str, on_persons: bool) -> str:
    if "`" in key:
        raise HogQLError(f"Unsupported property key: {key!r}")
    base = "properties" if kind == "event" or on_persons else "person.properties"
    return f"{base}.`{key}`"


def property_condition(flt: dict[str, Any], vals: _Values, on_persons: bool = False) -> str:
    """One property filter (or a group of them) as a HogQL condition."""
    if "values" in flt and flt.get("type") in ("AND", "OR"):
        parts = [property_condition(f, vals, on_persons) for f in flt["values"]]
        return "(" + f" {flt['type']} ".join(parts or ["true"]) + ")"
    if not flt:  # PostHog's empty filter: a row of its UI not filled in yet
        return "true"
    kind = flt.get("type") or "event"
    if kind not in ("event", "person"):
        raise HogQLError(f"The stand-in does not filter on {kind} properties")
    if "key" not in flt:
        raise HogQLError("A property filter needs a key")
    field = _field(str(flt["key"]), kind, on_persons)
    op = flt.get("operator") or "exact"
    value = flt.get("value")
    many = value if isinstance(value, list) else [value]
    text = [str(v).lower() if isinstance(v, bool) else str(v) for v in many]
    conditions = {
        "exact": lambda: f"{field} IN {vals.add(text)}",
        "is_not": lambda: f"ifNull({field} NOT IN {vals.add(text)}, true)",
        "icontains": lambda: f"{field} ILIKE {vals.add('%' + text[0] + '%')}",
        "not_icontains": lambda: f"ifNull({field} NOT ILIKE {vals.add('%' + text[0] + '%')}, true)",
        "regex": lambda: f"match({field}, {vals.add(text[0])})",
        "not_regex": lambda: f"NOT match({field}, {vals.add(text[0])})",
        "gt": lambda: f"toFloat64OrNull({field}) > {vals.add(float(text[0]))}",
        "gte": lambda: f"toFloat64OrNull({field}) >= {vals.add(float(text[0]))}",
        "lt": lambda: f"toFloat64OrNull({field}) < {vals.add(float(text[0]))}",
        "lte": lambda: f"toFloat64OrNull({field}) <= {vals.add(float(text[0]))}",
        "is_set": lambda: f"{field} IS NOT NULL",
        "is_not_set": lambda: f"{field} IS NULL",
    }
    if op not in conditions:
        raise HogQLError(f"The stand-in does not support the property operator {op!r}")
    return conditions[op]()


def _properties(props: Any, vals: _Values, on_persons: bool = False) -> list[str]:
    if not props:
        return []
    if isinstance(props, dict):
        return [property_condition(props, vals, on_persons)]
    return [property_condition(p, vals, on_persons) for p in props]


def _no_offset(query: dict[str, Any]) -> None:
    if query.get("offset"):
        raise HogQLError(OFFSET_MESSAGE)


def events_sql(query: dict[str, Any], now: datetime) -> tuple[str, dict[str, Any], int]:
    """An ``EventsQuery`` as HogQL: (text, values, limit)."""
    _no_offset(query)
    vals = _Values()
    where = list(query.get("where") or [])
    if query.get("event"):
        where.append(f"event = {vals.add(query['event'])}")
    after = resolve_range(query.get("after") or "-24h", query.get("before"), now)
    where.append(f"timestamp >= {vals.add(after[0].strftime(_CH_TS))}")
    where.append(f"timestamp <= {vals.add(after[1].strftime(_CH_TS))}")
    if query.get("personId"):
        where.append(f"person_id = {vals.add(query['personId'])}")
    where += _properties(query.get("properties"), vals) + _properties(query.get("fixedProperties"), vals)
    select = [_EVENT_STAR if s == "*" else s for s in query["select"]]
    order = query.get("orderBy") or ["timestamp DESC"]
    limit = min(int(query.get("limit") or 100), 50_000)
    sql = f"SELECT {', '.join(select)} FROM events WHERE {' AND '.join(where)} ORDER BY {', '.join(order)}"
    return sql + f" LIMIT {limit + 1}", vals.values, limit


_EVENT_STAR = "tuple(uuid, event, properties, timestamp, distinct_id, elements_chain, created_at)"
EVENT_STAR_FIELDS = ("uuid", "event", "properties", "timestamp", "distinct_id", "elements_chain", "created_at")
_PERSON = "tuple(id, distinct_ids, properties, created_at, is_identified)"
PERSON_FIELDS = ("id", "distinct_ids", "properties", "created_at", "is_identified")


def actors_sql(query: dict[str, Any]) -> tuple[str, dict[str, Any], int]:
    """An ``ActorsQuery`` (persons) as HogQL: (text, values, limit)."""
    _no_offset(query)
    vals = _Values()
    select = [_PERSON if s == "person" else s for s in (query.get("select") or ["person", "id", "created_at"])]
    where = _properties(query.get("properties"), vals, True) + _properties(query.get("fixedProperties"), vals, True)
    if query.get("search"):
        term = vals.add(query["search"])
        where.append(
            f"(properties.email ILIKE concat('%', {term}, '%') OR properties.name ILIKE concat('%', {term}, '%') "
            f"OR has(distinct_ids, {term}))"
        )
    order = query.get("orderBy") or ["created_at DESC", "id"]
    limit = min(int(query.get("limit") or 100), 50_000)
    sql = f"SELECT {', '.join(select)} FROM persons WHERE {' AND '.join(where) or 'true'} ORDER BY {', '.join(order)}"
    return sql + f" LIMIT {limit + 1}", vals.values, limit


def trends_series_sql(
    node: dict[str, Any], query: dict[str, Any], start: datetime, end: datetime, interval: str
) -> tuple[str, dict[str, Any]]:
    """One series of a ``TrendsQuery`` as HogQL: rows of (bucket, [breakdown,] value)."""
    refused = warehouse_table_error(node)
    if refused is not None:
        raise refused
    if node.get("kind") != "EventsNode":
        raise HogQLError("The stand-in's trends run EventsNode series only (no saved actions)")
    vals = _Values()
    math = node.get("math") or "total"
    if math not in _MATH:
        raise HogQLError(f"The stand-in does not support math {math!r}")
    prop = f"toFloat64OrNull(properties.`{node.get('math_property') or ''}`)"
    agg = _MATH[math].format(p=prop)
    where = [f"timestamp >= {vals.add(start.strftime(_CH_TS))}", f"timestamp <= {vals.add(end.strftime(_CH_TS))}"]
    if node.get("event"):
        where.append(f"event = {vals.add(node['event'])}")
    where += _properties(query.get("properties"), vals) + _properties(node.get("properties"), vals)
    bucket = _INTERVAL_FN[interval]
    breakdown = (query.get("breakdownFilter") or {}).get("breakdown")
    if breakdown is None:
        sql = f"SELECT {bucket} AS t, {agg} FROM events WHERE {' AND '.join(where)} GROUP BY t"
        return sql, vals.values
    kind = (query.get("breakdownFilter") or {}).get("breakdown_type") or "event"
    if kind not in ("event", "person") or not isinstance(breakdown, str):
        raise HogQLError("The stand-in breaks down by one event or person property")
    field = _field(breakdown, kind, False)
    sql = (
        f"SELECT {bucket} AS t, ifNull({field}, '$$_posthog_breakdown_null_$$') AS b, {agg} "
        f"FROM events WHERE {' AND '.join(where)} GROUP BY t, b"
    )
    return sql, vals.values


def warehouse_table_error(node: Any) -> HogQLError | None:
    """Why a ``DataWarehouseNode`` series cannot be calculated here, in PostHog's words (``None`` for other kinds).

    PostHog reads such a series ``FROM`` its ``table_name`` and fails on a table the project lacks with "Unknown
    table" (posthog/hogql/database/database.py). The stand-in syncs no warehouse tables, so that is its answer.

    >>> warehouse_table_error({"kind": "DataWarehouseNode", "table_name": "stripe_charges"}).message
    'Unknown table `stripe_charges`.'
    """
    if not isinstance(node, dict) or node.get("kind") != "DataWarehouseNode":
        return None
    table = node.get("table_name")
    if table in TABLES:  # a PostHog table, not a synced one: the stand-in does not count rows of it as a series
        return HogQLError(f"The local stand-in calculates no DataWarehouseNode series (`{table}` is not synced)")
    return HogQLError(f"Unknown table `{table}`.")


def trends_results(
    node: dict[str, Any], order: int, rows: list[list[Any]], buckets: list[datetime], interval: str, compare: str | None
) -> list[dict[str, Any]]:
    """PostHog's trend series (``data``/``labels``/``days``/``count``/…) from (bucket, [breakdown,] value) rows."""
    keys = [day_key(b, interval) for b in buckets]
    per: dict[Any, dict[str, float]] = {}
    for row in rows:
        bucket = datetime.fromisoformat(str(row[0])).strftime("%Y-%m-%d %H:%M:%S" if interval == "hour" else "%Y-%m-%d")
        group = row[1] if len(row) == 3 else None
        per.setdefault(group, {})[bucket] = float(row[-1] or 0)
    if not per:
        per[None] = {}
    name = node.get("custom_name") or node.get("name") or node.get("event") or "All events"
    out = []
    for group in sorted(per, key=lambda g: (-sum(per[g].values()), str(g))):
        data = [per[group].get(k, 0.0) for k in keys]
        series = {
            "data": data,
            "labels": [label(b, interval) for b in buckets],
            "days": keys,
            "count": float(sum(data)),
            "label": name if group is None else str(group),
            "action": {
                "id": node.get("event"),
                "type": "events",
                "order": order,
                "name": name,
                "math": node.get("math") or "total",
            },
            "order": order,
        }
        if group is not None:
            series["breakdown_value"] = group
        if compare is not None:
            series["compare"] = True
            series["compare_label"] = compare
        out.append(series)
    return out


def decode_tuple(value: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    """A tuple column (``*`` in EventsQuery, ``person`` in ActorsQuery) as PostHog's dict."""
    item = dict(zip(fields, value, strict=False))
    if isinstance(item.get("properties"), str):
        item["properties"] = json.loads(item["properties"] or "{}")
    return item


__all__ += ["EVENT_STAR_FIELDS", "PERSON_FIELDS", "bucket_starts", "decode_tuple"]
