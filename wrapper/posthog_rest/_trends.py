"""Trend results normalized into series, rows and a DataFrame (core layer; pandas loaded lazily).

Used by :class:`posthog_rest.Insight` ``.to_dataframe()``, the CLI and :mod:`posthog_rest.export`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped,import-not-found,unused-ignore]  # optional extra

from ._tables import _pandas, to_jsonable

# ------------------------------------------------------------------------------------------------- trends


@dataclass(frozen=True)
class TrendSeries:
    """One trend series, normalized: ``label``, ``days``, ``data``, and the total.

    ``days`` are strings as PostHog sends them: ``YYYY-MM-DD``, or ``YYYY-MM-DD HH:MM:SS`` for hourly
    trends; a stickiness series has interval counts (``"1"``, ``"2"``, …) instead.

    Example:
        >>> s = trend_series(ph.insights.get(short_id="aBc123"))[0]
        >>> s.label, s.total, len(s.days) == len(s.data)
        ('$pageview', 1234.0, True)
    """

    label: str
    days: list[str]
    data: list[float]
    aggregated_value: float | None = None
    count: float | None = None
    breakdown_value: Any = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def total(self) -> float:
        """``aggregated_value`` (number displays), else ``count`` (the API's total), else the sum of ``data``.

        Example:
            >>> TrendSeries("$pageview", ["2024-01-01", "2024-01-02"], [3.0, 4.0]).total
            7.0
        """
        for value in (self.aggregated_value, self.count):
            if value is not None:
                return value
        return float(sum(self.data))

    @property
    def previous(self) -> bool:
        """Whether this is the previous period of a ``compare=True`` trend.

        Example:
            >>> TrendSeries("$pageview", [], [], extra={"compare_label": "previous"}).previous
            True
        """
        return self.extra.get("compare_label") == "previous"


def trend_series(insight: Any) -> list[TrendSeries]:
    """The trend series of an ``Insight``, a ``TrendResult``, a query response, their JSON, or a list of series.

    Raises ``ValueError`` when the result is not a trend (a funnel, retention, paths…) or was never
    calculated (``result`` is ``None``: read it with ``refresh="blocking"``).

    Example:
        >>> [s.label for s in trend_series(ph.insights.trend(events=["$pageview"]))]
        ['$pageview']
    """
    items = result_items(insight)
    if not isinstance(items, list) or not all(_is_series(item) for item in items):
        raise ValueError("Not a trend result: expected a list of series with 'days' and 'data'")
    return [_series(item) for item in items]


def result_items(insight: Any) -> Any:
    """The JSON result of an insight, a calculation or a query response (``result`` or ``results``).

    Example:
        >>> result_items({"result": [{"count": 3}]})
        [{'count': 3}]
    """
    result = insight
    if not isinstance(insight, list):
        result = _field(insight, "result")
        if result is None:
            result = _field(insight, "results")
    if result is None:
        raise ValueError("This insight has no result yet (never calculated): fetch it with refresh='blocking'")
    return to_jsonable(result)


def _field(obj: Any, name: str) -> Any:
    value = obj.get(name) if isinstance(obj, Mapping) else getattr(obj, name, None)
    return None if type(value).__name__ == "Unset" else value


def _is_series(item: Any) -> bool:
    return isinstance(item, dict) and isinstance(item.get("data"), list) and isinstance(item.get("days"), list)


def _series(item: dict[str, Any]) -> TrendSeries:
    known = {"label", "days", "data", "aggregated_value", "count", "breakdown_value"}
    return TrendSeries(
        label=str(item.get("label") or "series"),
        days=[str(d) for d in item["days"]],
        data=[float(v) for v in item["data"]],
        aggregated_value=_float(item.get("aggregated_value")),
        count=_float(item.get("count")),
        breakdown_value=item.get("breakdown_value"),
        extra={k: v for k, v in item.items() if k not in known},
    )


def _float(value: Any) -> float | None:
    return None if value is None or isinstance(value, bool) else float(value)


def _unique_labels(series: Sequence[TrendSeries]) -> list[str]:
    seen: dict[str, int] = {}
    labels = []
    for s in series:
        label = (
            s.label
            if s.breakdown_value is None or str(s.breakdown_value) in s.label
            else f"{s.label} - {s.breakdown_value}"
        )
        if s.previous:
            label += " (previous)"
        seen[label] = seen.get(label, 0) + 1
        labels.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return labels


def is_stickiness(series: Sequence[TrendSeries]) -> bool:
    """Whether the x axis counts intervals (stickiness: ``1``, ``2``, …) rather than dates.

    Example:
        >>> is_stickiness([TrendSeries("$pageview", ["1", "2"], [5.0, 2.0])])
        True
    """
    return any(s.days for s in series) and all(day.isdigit() for s in series for day in s.days)


def _keys(s: TrendSeries, series: Sequence[TrendSeries], stickiness: bool) -> list[Any]:
    if stickiness:
        return [int(day) for day in s.days]
    if s.previous:
        # A previous period is drawn over the current one: its n-th value sits at the current n-th date.
        current = next((c for c in series if not c.previous), s)
        return current.days[: len(s.days)]
    return list(s.days)


def trend_rows(insight: Any) -> tuple[list[str], list[dict[str, Any]]]:
    """A trend as plain rows without pandas: ``(columns, rows)``, one row per date, one column per series.

    The first column is ``date`` (``YYYY-MM-DD``, or ``YYYY-MM-DD HH:MM:SS`` for hourly trends), or for a
    stickiness result ``intervals`` (how many intervals a user did it: 1, 2, …, as integers). Series
    labels are made unique as in :func:`trend_to_dataframe`; the previous period of a ``compare=True``
    trend is its own column (``"$pageview (previous)"``) aligned with the current dates; a missing
    value is ``None``.

    Example:
        >>> columns, rows = trend_rows(ph.insights.trend(events=["$pageview"]))
        >>> columns[:2], rows[0]["date"]
        (['date', '$pageview'], '2024-05-01')
    """
    series = trend_series(insight)
    labels = _unique_labels(series)
    stickiness = is_stickiness(series)
    axis = "intervals" if stickiness else "date"
    by_key: dict[Any, dict[str, Any]] = {}
    for label, s in zip(labels, series, strict=True):
        for key, value in zip(_keys(s, series, stickiness), s.data, strict=False):
            by_key.setdefault(key, {})[label] = value
    rows = [{axis: key} | dict.fromkeys(labels) | by_key[key] for key in sorted(by_key)]
    return [axis, *labels], rows


def trend_to_dataframe(insight: Any) -> pd.DataFrame:
    """A trend as a DataFrame: one row per date (a ``DatetimeIndex`` named ``date``, hours kept), one column
    per series (NaN where a series has no value); a stickiness result is indexed by ``intervals`` (int).

    Needs the ``pandas`` extra. Pure: no request is made.

    Example:
        >>> df = trend_to_dataframe(ph.insights.get(short_id="aBc123", refresh="blocking"))
        >>> df.resample("W").sum()
    """
    pd = _pandas()
    columns, rows = trend_rows(insight)
    frame = pd.DataFrame.from_records(rows, columns=columns).set_index(columns[0]).astype("float64")
    if columns[0] == "date":
        frame.index = pd.to_datetime(frame.index, format="mixed")
    frame.index.name = columns[0]
    frame.columns.name = "series"
    return frame
