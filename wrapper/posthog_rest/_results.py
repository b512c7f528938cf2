"""Every insight result kind as a table and a DataFrame: trends, stickiness and lifecycle (series over an
axis), funnels (steps), retention (cohorts x periods) and paths (links). Core layer; pandas loaded lazily.

Example:
    >>> columns, rows = result_rows(ph.insights.get(short_id="aBc123", refresh="blocking"))
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped,import-not-found,unused-ignore]  # optional extra

from ._tables import _pandas
from ._trends import _is_series, result_items, trend_rows, trend_to_dataframe

KINDS = ("trends", "funnels", "retention", "paths")


def result_kind(insight: Any) -> str:
    """``trends`` (also stickiness and lifecycle: series), ``funnels``, ``retention`` or ``paths``.

    Raises ``ValueError`` for a result that is none of these, or was never calculated.

    Example:
        >>> result_kind(ph.insights.get(short_id="aBc123", refresh="blocking"))
        'funnels'
    """
    items = result_items(insight)
    if not isinstance(items, list) or not items:
        if isinstance(items, list):
            return "trends"
        raise ValueError("Not an insight result with a table shape (use the JSON)")
    flat = [step for group in items for step in group] if all(isinstance(i, list) for i in items) else items
    if not all(isinstance(item, dict) for item in flat):
        raise ValueError("Not an insight result with a table shape (use the JSON)")
    for kind, keys in (("paths", {"source", "target", "value"}), ("retention", {"values"})):
        if all(keys <= item.keys() for item in flat):
            return kind
    if all(_is_series(item) for item in flat):
        return "trends"
    if all({"order", "count"} <= item.keys() for item in flat):
        return "funnels"
    raise ValueError("Not an insight result with a table shape (use the JSON)")


def result_rows(insight: Any) -> tuple[list[str], list[dict[str, Any]]]:
    """Any insight result as plain rows, ``(columns, rows)``, without pandas:

    * trends, lifecycle: ``date`` then one column per series; stickiness: ``intervals`` (1, 2, …);
    * funnels: ``step`` (1-based), ``name``, ``count``, ``conversion`` (share of step 1),
      ``average_conversion_time``, ``median_conversion_time`` (seconds), and ``breakdown`` first when
      the funnel is broken down;
    * retention: ``cohort`` (its start), ``label``, then ``0``, ``1``, … (how many came back in each period);
    * paths: ``source``, ``target``, ``value``, ``average_conversion_time``.

    Example:
        >>> columns, rows = result_rows(ph.insights.get(short_id="aBc123", refresh="blocking"))
        >>> columns
        ['step', 'name', 'count', 'conversion', 'average_conversion_time', 'median_conversion_time']
    """
    kind = result_kind(insight)
    if kind == "trends":
        return trend_rows(insight)
    items = result_items(insight)
    if kind == "funnels":
        return _funnel_rows(items)
    if kind == "retention":
        return _retention_rows(items)
    columns = ["source", "target", "value", "average_conversion_time"]
    return columns, [{c: link.get(c) for c in columns} for link in items]


def _funnel_rows(items: list[Any]) -> tuple[list[str], list[dict[str, Any]]]:
    columns = ["step", "name", "count", "conversion", "average_conversion_time", "median_conversion_time"]
    grouped = all(isinstance(item, list) for item in items)
    rows = []
    for group in items if grouped else [items]:
        first = group[0].get("count") if group else None
        for step in sorted(group, key=lambda s: s["order"]):
            row = {
                "step": int(step["order"]) + 1,
                "name": step.get("custom_name") or step.get("name") or step.get("action_id"),
                "count": step["count"],
                "conversion": round(step["count"] / first, 4) if first else None,
                "average_conversion_time": step.get("average_conversion_time"),
                "median_conversion_time": step.get("median_conversion_time"),
            }
            rows.append({"breakdown": _breakdown(step)} | row if grouped else row)
    return (["breakdown", *columns] if grouped else columns), rows


def _breakdown(step: dict[str, Any]) -> Any:
    value = step.get("breakdown_value", step.get("breakdown"))
    return ", ".join(map(str, value)) if isinstance(value, list) else value


def _retention_rows(items: list[Any]) -> tuple[list[str], list[dict[str, Any]]]:
    periods = max((len(cohort.get("values") or []) for cohort in items), default=0)
    columns = ["cohort", "label", *map(str, range(periods))]
    rows = []
    for cohort in items:
        counts = [value.get("count") if isinstance(value, dict) else value for value in cohort.get("values") or []]
        row = {"cohort": cohort.get("date"), "label": cohort.get("label")}
        rows.append(row | {str(k): counts[k] if k < len(counts) else None for k in range(periods)})
    return columns, rows


def insight_to_dataframe(insight: Any) -> pd.DataFrame:
    """Any insight result as a DataFrame (needs the ``pandas`` extra; pure, no request is made):

    * trends and lifecycle: a ``DatetimeIndex`` named ``date`` (hours kept) x one column per series;
      stickiness: an integer index ``intervals``;
    * funnels: indexed by ``step`` (and ``breakdown`` first when broken down), columns as :func:`result_rows`;
    * retention: a ``DatetimeIndex`` named ``cohort`` x integer period columns 0, 1, … (NaN not yet reached);
    * paths: one row per link.

    Example:
        >>> df = insight_to_dataframe(ph.insights.get(short_id="aBc123", refresh="blocking"))
        >>> df.resample("W").sum()
    """
    kind = result_kind(insight)
    if kind == "trends":
        return trend_to_dataframe(insight)
    pd = _pandas()
    columns, rows = result_rows(insight)
    frame = pd.DataFrame.from_records(rows, columns=columns)
    if kind == "funnels":
        return frame.set_index([c for c in ("breakdown", "step") if c in columns])
    if kind == "retention":
        frame = frame.set_index(pd.to_datetime(frame.pop("cohort"), format="mixed").rename("cohort"))
        frame = frame.drop(columns="label").astype("float64")
        frame.columns = [int(c) for c in frame.columns]
        frame.columns.name = "period"
    return frame
