"""The stand-in's calculations tell the truth a test relies on: unknown events count zero, ``compare`` adds
the previous period, breakdown shares follow the persons, and nobody is last seen in the future."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from posthog_rest import PostHog
from posthog_rest.export import trend_series
from posthog_rest.testing import local_posthog


@pytest.fixture(scope="module")
def ph() -> Iterator[PostHog]:
    with (
        local_posthog(seed=11, persons=500) as server,
        PostHog(api_key=server.api_key, host=server.url, project=server.project_id) as client,
    ):
        yield client


def calculate(ph: PostHog, event: str, date_from: str = "-14d", **source: Any) -> Any:
    query = {
        "kind": "TrendsQuery",
        "series": [{"kind": "EventsNode", "event": event}],
        "dateRange": {"date_from": date_from},
        **source,
    }
    created = ph.insights.create(name=f"{event} test", query={"kind": "InsightVizNode", "source": query})
    return ph.insights.get(created.id, refresh="blocking")


def test_an_event_nobody_sent_counts_zero(ph: PostHog) -> None:
    unknown = trend_series(calculate(ph, "no_such_event_ever"))[0]
    assert unknown.data
    assert set(unknown.data) == {0.0}
    assert unknown.total == 0
    assert trend_series(calculate(ph, "$pageview"))[0].total > 0


def test_compare_adds_the_previous_period(ph: PostHog) -> None:
    series = trend_series(calculate(ph, "$pageview", "-7d", compareFilter={"compare": True}))
    assert [s.extra.get("compare_label") for s in series] == ["current", "previous"]
    current, previous = series
    assert abs(len(current.days) - len(previous.days)) <= 1  # the engine's previous range may hold one more day
    assert previous.days[-1] <= current.days[0]
    assert previous.total > 0
    assert previous.data != current.data
    plain = trend_series(calculate(ph, "$pageview", "-7d"))
    assert len(plain) == 1
    assert plain[0].data == current.data


def test_breakdown_shares_follow_the_persons(ph: PostHog) -> None:
    browsers = Counter(p.properties.get("$browser") for p in ph.persons.list())
    people = sum(browsers.values())
    series = trend_series(
        calculate(ph, "$pageview", "-30d", breakdownFilter={"breakdown": "$browser", "breakdown_type": "person"})
    )
    total = sum(s.total for s in series)
    shares = {s.breakdown_value: s.total / total for s in series}
    assert max(shares, key=shares.__getitem__) == browsers.most_common(1)[0][0]
    for browser, count in browsers.items():
        assert shares.get(browser, 0.0) == pytest.approx(count / people, abs=0.05), browser


def test_nobody_is_last_seen_in_the_future(ph: PostHog) -> None:
    now = datetime.now(UTC)
    persons = list(ph.persons.list())
    assert len(persons) == 500
    for person in persons:
        assert person.created_at <= person.last_seen_at <= now, person.id
