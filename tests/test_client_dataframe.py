"""Trend results as DataFrames straight from the returned models (``insight.to_dataframe()``)."""

from __future__ import annotations

from typing import Any

import pandas as pd

from client_fixtures import *  # noqa: F403
from client_fixtures import aw, collect
from posthog_rest import Insight, PersonProperties, TrendResult


async def test_insight_to_dataframe(ph: Any) -> None:
    listed = await collect(ph.insights.list())
    assert all(isinstance(insight, Insight) for insight in listed)
    daily = next(insight for insight in listed if insight.name == "Daily pageviews")
    insight = await aw(ph.insights.get(daily.id, refresh="blocking"))
    assert isinstance(insight, Insight)
    frame = insight.to_dataframe()
    assert isinstance(frame, pd.DataFrame)
    assert isinstance(frame.index, pd.DatetimeIndex)
    series = insight.result[0]
    assert list(frame.columns) == [series["label"]]
    assert frame.iloc[:, 0].tolist() == series["data"]


async def test_trend_to_dataframe(ph: Any, legacy_server: Any) -> None:
    trend = await aw(ph.insights.trend(events=[{"id": "$pageview"}, {"id": "signed_up"}], date_from="-14d"))
    assert isinstance(trend, TrendResult)
    frame = trend.to_dataframe()
    assert frame.shape == (len(trend.result[0].days), 2)
    assert frame.sum().tolist() == [sum(s.data) for s in trend.result]


async def test_person_properties_read_like_a_dict(ph: Any) -> None:
    people = await collect(ph.persons.list(limit=150))
    assert all(isinstance(p.properties, PersonProperties) for p in people)
    # The newest persons may be ones another test split off (no properties): take a seeded one.
    person = await aw(ph.persons.get(next(p.id for p in people if len(p.properties))))
    assert isinstance(person.properties, PersonProperties)
    props = dict(person.properties.items())
    assert props
    assert person.properties.get("no such property", "fallback") == "fallback"
    assert set(person.properties.keys()) == set(props) == set(person.properties)
    assert len(person.properties) == len(props)
    key = next(iter(props))
    assert person.properties.get(key) == person.properties[key] == props[key]
