"""Every insight result kind as rows, CSV and a DataFrame, with hourly trends keeping their hours.

PostHog's trends query runner sends ``days`` as ``YYYY-MM-DD`` (day/week/month) or ``YYYY-MM-DD HH:MM:SS``
(hour, minute); stickiness counts intervals (1, 2, …); funnels are steps, retention cohorts x periods.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from typer.testing import CliRunner

from posthog_rest import PostHog
from posthog_rest.cli import app
from posthog_rest.cli.charts import x_values
from posthog_rest.export import insight_to_dataframe, result_kind, result_rows, trend_rows, trend_series
from posthog_rest.testing import LocalPostHog, local_posthog

pd = pytest.importorskip("pandas")


@pytest.fixture(scope="module")
def server() -> Iterator[LocalPostHog]:
    # Legacy mode: ph.insights.trend() still calls insights/trend/ (404 on today's PostHog Cloud).
    with local_posthog(seed=7, persons=500, legacy_insight_endpoints=True) as srv:
        yield srv


@pytest.fixture(scope="module")
def ph(server: LocalPostHog) -> Iterator[PostHog]:
    with PostHog(api_key=server.api_key, host=server.url, project=server.project_id) as client:
        yield client


def saved(ph: PostHog, name: str) -> Any:
    insight = next(i for i in ph.insights.list() if i.name == name)
    return ph.insights.get(insight.id, refresh="blocking")


def cli_csv(server: LocalPostHog, *args: str) -> list[list[str]]:
    env = {"POSTHOG_HOST": server.url, "POSTHOG_PERSONAL_API_KEY": server.api_key, "COLUMNS": "160"}
    result = CliRunner().invoke(app, [*args, "--csv"], env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return list(csv.reader(io.StringIO(result.stdout)))


def hourly(ph: PostHog) -> Any:
    source = {
        "kind": "TrendsQuery",
        "series": [{"kind": "EventsNode", "event": "$pageview"}],
        "interval": "hour",
        "dateRange": {"date_from": "-24h"},
    }
    created = ph.insights.create(name="hourly pageviews", query={"kind": "InsightVizNode", "source": source})
    return ph.insights.get(created.id, refresh="blocking")


# ------------------------------------------------------------------------------------------ hourly trends


def test_hourly_days_are_date_and_time_as_posthog_sends_them(ph: PostHog) -> None:
    series = trend_series(hourly(ph))[0]
    assert len(series.days) >= 24
    assert all(datetime.strptime(day, "%Y-%m-%d %H:%M:%S").minute == 0 for day in series.days)
    assert len(set(series.days)) == len(series.days)


def test_hourly_rows_keep_every_hour_and_the_total(ph: PostHog) -> None:
    insight = hourly(ph)
    series = trend_series(insight)[0]
    columns, rows = trend_rows(insight)
    assert columns == ["date", series.label]
    assert len(rows) == len(series.data)
    assert sum(row[series.label] for row in rows) == sum(series.data)


def test_hourly_dataframe_keeps_the_hour(ph: PostHog) -> None:
    insight = hourly(ph)
    frame = insight.to_dataframe()
    series = trend_series(insight)[0]
    assert len(frame) == len(series.data)
    assert frame.index.is_unique
    assert set(frame.index.hour) >= set(range(24)) - {frame.index[0].hour}
    assert frame[series.label].sum() == sum(series.data)


def test_hourly_csv_through_the_cli_has_one_row_per_hour(server: LocalPostHog, ph: PostHog) -> None:
    insight = hourly(ph)
    rows = cli_csv(server, "insights", "get", str(insight.id), "--refresh", "blocking")
    series = trend_series(insight)[0]
    assert rows[0] == ["date", series.label]
    assert [r[0] for r in rows[1:]] == series.days
    assert sum(float(r[1]) for r in rows[1:]) == sum(series.data)


def test_hourly_plot_points_have_distinct_times(ph: PostHog) -> None:
    series = trend_series(hourly(ph))
    xs = x_values(series)[0]
    assert len(set(xs)) == len(xs) == len(series[0].data)
    assert xs == sorted(xs)


def test_a_legacy_hourly_trend_parses(ph: PostHog) -> None:
    result = ph.insights.trend(events=[{"id": "$pageview"}], date_from="-1d", interval="hour")
    days = trend_series(result)[0].days
    assert len(days) >= 24
    assert all(len(day) == 19 for day in days)


# ------------------------------------------------------------------------------------------- stickiness


def test_stickiness_is_indexed_by_interval_counts_in_order(ph: PostHog, server: LocalPostHog) -> None:
    insight = saved(ph, "Stickiness")
    assert result_kind(insight) == "trends"
    columns, rows = trend_rows(insight)
    assert columns[0] == "intervals"
    counts = [row["intervals"] for row in rows]
    assert counts == sorted(counts)
    assert counts[:3] == [1, 2, 3]
    assert len(counts) > 10
    frame = insight_to_dataframe(insight)
    assert frame.index.name == "intervals"
    assert list(frame.index) == counts
    csv_rows = cli_csv(server, "insights", "get", str(insight.id))
    assert csv_rows[0][0] == "intervals"
    assert [int(r[0]) for r in csv_rows[1:]] == counts


# -------------------------------------------------------------------------------------------- lifecycle


def test_lifecycle_is_dates_by_status(ph: PostHog) -> None:
    insight = saved(ph, "User lifecycle")
    frame = insight_to_dataframe(insight)
    statuses = {label.rsplit(" - ", 1)[1] for label in frame.columns}
    assert statuses == {"new", "returning", "resurrecting", "dormant"}
    assert isinstance(frame.index, pd.DatetimeIndex)
    assert (frame[[c for c in frame.columns if c.endswith("dormant")]] <= 0).all().all()


# ---------------------------------------------------------------------------------------------- funnels


def test_funnel_rows_are_steps_with_conversion(ph: PostHog, server: LocalPostHog) -> None:
    insight = saved(ph, "Signup funnel")
    assert result_kind(insight) == "funnels"
    columns, rows = result_rows(insight)
    steps = insight.result
    assert [row["step"] for row in rows] == list(range(1, len(steps) + 1))
    assert [row["count"] for row in rows] == [s["count"] for s in steps]
    assert rows[0]["conversion"] == 1.0
    assert rows[-1]["conversion"] == round(steps[-1]["count"] / steps[0]["count"], 4)
    frame = insight_to_dataframe(insight)
    assert frame.index.name == "step"
    assert list(frame["name"]) == [s["name"] for s in steps]
    csv_rows = cli_csv(server, "insights", "get", str(insight.id))
    assert csv_rows[0] == columns
    assert len(csv_rows) == len(steps) + 1


# -------------------------------------------------------------------------------------------- retention


def test_retention_is_cohorts_by_period(ph: PostHog, server: LocalPostHog) -> None:
    insight = saved(ph, "Day-N retention")
    assert result_kind(insight) == "retention"
    cohorts = insight.result
    frame = insight_to_dataframe(insight)
    assert frame.index.name == "cohort"
    assert isinstance(frame.index, pd.DatetimeIndex)
    assert list(frame.columns) == list(range(len(cohorts[0]["values"])))
    assert frame.iloc[0, 0] == cohorts[0]["values"][0]["count"]
    assert frame.iloc[-1].isna().sum() == len(cohorts) - 1  # the newest cohort has one period so far
    csv_rows = cli_csv(server, "insights", "get", str(insight.id))
    assert csv_rows[0][:3] == ["cohort", "label", "0"]
    assert len(csv_rows) == len(cohorts) + 1


def test_paths_are_links(ph: PostHog) -> None:
    insight = saved(ph, "Paths from the homepage")
    columns, rows = result_rows(insight)
    assert columns[:3] == ["source", "target", "value"]
    assert len(rows) == len(insight.result)
    assert len(insight_to_dataframe(insight)) == len(rows)
