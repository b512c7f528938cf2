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
    """One trend series, normalized: ``label``, ``days`` (ISO dates), ``data``, and the total.

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


def trend_series(insight: Any) -> list[TrendSeries]:
    """The trend series of an ``Insight``, a ``TrendResult``, their JSON, or a bare list of series.

    Raises ``ValueError`` when the result is not a trend (a funnel, retention, paths…) or was never
    calculated (``result`` is ``None``: read it with ``refresh="blocking"``).

    Example:
        >>> [s.label for s in trend_series(ph.insights.trend(events=[{"id": "$pageview"}]))]
        ['$pageview']
    """
    result = insight
    if not isinstance(insight, list):
        result = insight.get("result") if isinstance(insight, Mapping) else getattr(insight, "result", None)
    if result is None:
        raise ValueError("This insight has no result yet (never calculated): fetch it with refresh='blocking'")
    items = to_jsonable(result)
    if not isinstance(items, list) or not all(_is_series(item) for item in items):
        raise ValueError("Not a trend result: expected a list of series with 'days' and 'data'")
    return [_series(item) for item in items]


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
        seen[label] = seen.get(label, 0) + 1
        labels.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return labels


def trend_rows(insight: Any) -> tuple[list[str], list[dict[str, Any]]]:
    """A trend as plain rows, dates x series, without pandas: ``(columns, rows)`` with a ``date`` column first.

    Series labels are made unique as in :func:`insight_to_dataframe`; a day a series lacks is ``None``.

    Example:
        >>> columns, rows = trend_rows(ph.insights.trend(events=[{"id": "$pageview"}]))
        >>> columns[:2], rows[0]["date"]
        (['date', '$pageview'], '2024-05-01')
    """
    series = trend_series(insight)
    labels = _unique_labels(series)
    by_day: dict[str, dict[str, Any]] = {}
    for label, s in zip(labels, series, strict=True):
        for day, value in zip(s.days, s.data, strict=False):
            by_day.setdefault(day, {})[label] = value
    rows = [{"date": day} | dict.fromkeys(labels) | by_day[day] for day in sorted(by_day)]
    return ["date", *labels], rows


def insight_to_dataframe(insight: Any) -> pd.DataFrame:
    """A trend as a DataFrame: dates x series (one column per series label, NaN where a series has no day).

    Accepts a generated ``Insight`` whose ``result`` is a list of trend series, a ``TrendResult``,
    or their JSON. Duplicate labels (breakdowns) get the breakdown value or a ``(2)`` suffix. Pure:
    no request is made. Needs the ``pandas`` extra.

    Example:
        >>> df = insight_to_dataframe(ph.insights.get(short_id="aBc123", refresh="blocking"))
        >>> df.resample("W").sum()
    """
    pd = _pandas()
    series = trend_series(insight)
    columns = {
        label: pd.Series(s.data, index=pd.to_datetime(s.days, format="mixed"), dtype="float64")
        for label, s in zip(_unique_labels(series), series, strict=True)
    }
    frame = pd.DataFrame(columns)
    frame.index.name = "date"
    frame.columns.name = "series"
    return frame.sort_index()
