"""Trend charts: unicode sparklines and bars for the terminal, and PNG files (the ``plot`` extra).

Example:
    >>> from posthog_rest.cli.charts import sparkline
    >>> sparkline([0, 1, 2, 3, 4, 5, 6, 7])
    '▁▂▃▄▅▆▇█'
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from rich.table import Table
from rich.text import Text

from .._trends import is_stickiness
from ..export import TrendSeries

TICKS = "▁▂▃▄▅▆▇█"
PLOT_HINT = "matplotlib is not installed: pip install 'posthog-rest[plot]' (needed for --plot)"
MAX_SPARK = 40
BAR_WIDTH = 12


def _squeeze(values: Sequence[float], width: int) -> list[float]:
    """At most ``width`` values: consecutive buckets are summed when there are more."""
    if len(values) <= width:
        return list(values)
    size = math.ceil(len(values) / width)
    return [sum(values[i : i + size]) for i in range(0, len(values), size)]


def sparkline(values: Sequence[float], width: int = MAX_SPARK) -> str:
    """A one-line unicode chart of ``values`` (scaled from min to max; at most ``width`` characters).

    Example:
        >>> sparkline([3, 3, 3])
        '▄▄▄'
    """
    points = _squeeze(values, width)
    if not points:
        return ""
    low, high = min(points), max(points)
    if high == low:
        return TICKS[len(TICKS) // 2 - 1] * len(points)
    scale = (len(TICKS) - 1) / (high - low)
    return "".join(TICKS[round((v - low) * scale)] for v in points)


def bar(value: float, peak: float, width: int = BAR_WIDTH) -> str:
    """A horizontal bar of ``value`` relative to ``peak``, in eighths of a character.

    Example:
        >>> bar(50, 100, width=4)
        '██'
    """
    if peak <= 0 or value <= 0:
        return ""
    eighths = round(value / peak * width * 8)
    return "█" * (eighths // 8) + ("", "▏", "▎", "▍", "▌", "▋", "▊", "▉")[eighths % 8]


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def series_table(series: Sequence[TrendSeries], title: str | None = None) -> Table:
    """A rich table: one row per series with its total, a bar comparing totals, and a sparkline over days.

    Example:
        >>> Console().print(series_table(trend_series(insight)))
    """
    table = Table(title=title, title_justify="left", show_edge=False, pad_edge=False)
    table.add_column("series", min_width=10, overflow="fold")
    table.add_column("total", justify="right", no_wrap=True)
    table.add_column("", style="cyan", no_wrap=True, min_width=BAR_WIDTH)
    table.add_column("trend", style="green", no_wrap=True)
    table.add_column("days", style="dim", overflow="fold")
    peak = max((s.total for s in series), default=0.0)
    for s in series:
        span = f"{s.days[0]} → {s.days[-1]}" if s.days else ""
        table.add_row(Text(s.label), _number(s.total), bar(s.total, peak), sparkline(s.data), span)
    return table


def rows_table(columns: Sequence[str], rows: Sequence[dict[str, Any]], limit: int = 40) -> Table:
    """A rich table of result rows (funnel steps, retention cohorts, path links), at most ``limit`` rows.

    Example:
        >>> Console().print(rows_table(*result_rows(funnel_insight)))
    """
    table = Table(show_edge=False, pad_edge=False, header_style="bold")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows[:limit]:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
    if len(rows) > limit:
        table.caption = f"{len(rows) - limit} more rows: use --csv or --json"
    return table


def write_png(series: Sequence[TrendSeries], path: Path, title: str) -> Path:
    """Draw the series as a line chart to a PNG file (matplotlib's Agg backend; no display needed).

    Example:
        >>> write_png(trend_series(insight), Path("pageviews.png"), "Daily pageviews")
    """
    figure_cls, canvas_cls = _matplotlib()
    figure: Any = figure_cls(figsize=(9, 4.5), dpi=100)
    canvas_cls(figure)
    axes = figure.add_subplot()
    for s, x in zip(series, x_values(series), strict=True):
        axes.plot(x, s.data, marker=".", label=s.label)
    axes.set_title(title)
    axes.set_ylabel("count")
    axes.legend(loc="best", fontsize="small")
    axes.grid(alpha=0.3)
    if not is_stickiness(series):
        figure.autofmt_xdate()
    figure.tight_layout()
    figure.savefig(path, format="png")
    return path


def x_values(series: Sequence[TrendSeries]) -> list[list[Any]]:
    """The x values of each series: the full datetimes (an hourly trend keeps its hours; cut to the date,
    24 points stacked on one x and drew vertical lines), interval counts for stickiness, and a compared
    previous period drawn over the current dates.

    Example:
        >>> x_values([TrendSeries("$pageview", ["2024-05-01 13:00:00"], [4.0])])
        [[datetime.datetime(2024, 5, 1, 13, 0)]]
    """
    if is_stickiness(series):
        return [[int(d) for d in s.days] for s in series]
    current = next((s for s in series if not s.previous), None)
    out = []
    for s in series:
        days = current.days[: len(s.days)] if s.previous and current is not None else s.days
        out.append([datetime.fromisoformat(d) for d in days])
    return out


def _matplotlib() -> tuple[Any, Any]:
    try:
        from matplotlib.backends.backend_agg import (  # type: ignore[import-not-found,unused-ignore]
            FigureCanvasAgg,
        )
        from matplotlib.figure import Figure  # type: ignore[import-not-found,unused-ignore]
    except ImportError as exc:
        raise ImportError(PLOT_HINT) from exc
    return Figure, FigureCanvasAgg
