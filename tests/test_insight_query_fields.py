"""What a 2026 PostHog saves in an insight's query parses, typed and without loss (posthog/schema: nodes.py,
filters.py, queries.py, enums.py).

PostHog's UI saves a query's ``properties`` as a group of groups, puts ``dataColorTheme`` and ``modifiers`` on the
query and ``math_property_type`` / ``optionalInFunnel`` on its nodes, and uses the newer math, operator and
property-type values. Each used to fail the parse (a nested group has no ``key``; an unknown enum value) or be
dropped silently (a field the spec did not list).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from posthog_openapi.models import FunnelsQuery, PropertyFilter, PropertyGroup, TrendsQuery
from posthog_rest import PostHog
from posthog_rest.testing import LocalPostHog, local_posthog

BROWSER = {"key": "$browser", "value": ["Chrome"], "operator": "exact", "type": "event"}
PRO = {"key": "plan", "value": "pro", "operator": "exact", "type": "person"}


@pytest.fixture(scope="module")
def server() -> Iterator[LocalPostHog]:
    with local_posthog(persons=40, seed=3) as srv:
        yield srv


@pytest.fixture(scope="module")
def ph(server: LocalPostHog) -> Iterator[PostHog]:
    with PostHog(api_key=server.api_key, host=server.url, project=server.project_id, max_retries=0) as client:
        yield client


def trend(properties: Any) -> dict[str, Any]:
    source = {
        "kind": "TrendsQuery",
        "series": [{"kind": "EventsNode", "event": "$pageview", "name": "$pageview"}],
        "dateRange": {"date_from": "-30d"},
        "properties": properties,
    }
    return {"kind": "InsightVizNode", "source": source}


def counts(ph: PostHog, query: dict[str, Any]) -> list[float]:
    insight = ph.insights.get(ph.insights.create(name="filtered", query=query).id, refresh="blocking")
    return [series["count"] for series in insight.result]


def test_a_group_of_groups_parses_typed_and_round_trips(ph: PostHog, server: LocalPostHog) -> None:
    query = trend({"type": "AND", "values": [{"type": "OR", "values": [BROWSER, PRO]}]})
    created = ph.insights.create(name="Chrome or pro", query=query)
    properties = ph.insights.get(created.id).query.source.properties
    assert isinstance(properties, PropertyGroup)
    inner = properties.values[0]
    assert isinstance(inner, PropertyGroup)
    assert inner.type_.value == "OR"
    assert all(isinstance(v, PropertyFilter) for v in inner.values)
    assert [v.key for v in inner.values] == ["$browser", "plan"]
    assert ph.insights.get(created.id).query.to_dict() == query


def test_a_group_of_groups_filters_as_its_flat_list_does(ph: PostHog) -> None:
    flat = counts(ph, trend([BROWSER, PRO]))
    assert counts(ph, trend({"type": "AND", "values": [{"type": "AND", "values": [BROWSER, PRO]}]})) == flat
    either = counts(ph, trend({"type": "AND", "values": [{"type": "OR", "values": [BROWSER, PRO]}]}))
    browser, pro = counts(ph, trend([BROWSER])), counts(ph, trend([PRO]))
    assert either[0] == browser[0] + pro[0] - flat[0] > max(browser[0], pro[0])  # OR: one or the other, once


def test_persons_filter_by_a_group_of_groups(server: LocalPostHog) -> None:
    url = f"{server.url}/api/projects/{server.project_id}/persons/"
    headers = {"Authorization": f"Bearer {server.api_key}"}

    def ids(properties: Any) -> set[str]:
        answer = httpx.get(url, headers=headers, params={"properties": json.dumps(properties), "limit": 100})
        assert answer.status_code == 200, answer.text
        return {p["uuid"] for p in answer.json()["results"]}

    pro = {**PRO, "value": "pro"}
    linux = {"key": "$initial_os", "value": "Linux", "operator": "exact", "type": "person"}
    assert ids({"type": "AND", "values": [{"type": "AND", "values": [pro]}]}) == ids([pro])
    assert ids({"type": "OR", "values": [{"type": "AND", "values": [pro]}, linux]}) == ids([pro]) | ids([linux])


def test_what_posthog_adds_to_nodes_and_queries_survives_a_round_trip(ph: PostHog, server: LocalPostHog) -> None:
    source = {
        "kind": "FunnelsQuery",
        "series": [
            {"kind": "EventsNode", "event": "$pageview", "math": "first_time_for_user_with_filters",
             "properties": [{"key": "$app_version", "value": "2.1.0", "operator": "semver_gte", "type": "event"},
                            {"key": "distinct_id", "value": "u1", "operator": "exact", "type": "event_metadata"},
                            {"key": "email", "operator": "is_set", "type": "person", "value": None}]},
            {"kind": "ActionsNode", "id": 3, "optionalInFunnel": True, "math_multiplier": 2.5, "version": 1},
            {"kind": "EventsNode", "event": "purchase", "math": "sum", "math_property": "amount",
             "math_property_type": "event_properties", "response": {"cached": True}},
        ],
        "interval": "second",
        "dataColorTheme": 2,
        "modifiers": {"personsOnEventsMode": "person_id_override_properties_on_events"},
        "version": 2.0,
    }  # fmt: skip
    query = {"kind": "InsightVizNode", "source": source}
    created = ph.insights.create(name="Every new field", query=query)
    fetched = ph.insights.get(created.id)
    assert isinstance(fetched.query.source, FunnelsQuery)
    first, action, purchase = fetched.query.source.series
    assert first.math.value == "first_time_for_user_with_filters"
    assert [p.operator.value for p in first.properties[:2]] == ["semver_gte", "exact"]
    assert first.properties[1].type_.value == "event_metadata"
    assert first.properties[2].value is None
    assert (action.optional_in_funnel, action.math_multiplier) == (True, 2.5)
    assert (purchase.math_property_type, purchase.response.to_dict()) == ("event_properties", {"cached": True})
    assert fetched.query.source.data_color_theme == 2
    assert fetched.query.source.interval.value == "second"
    assert fetched.query.to_dict() == query


def test_a_trend_with_a_stacked_bar_display_parses(ph: PostHog) -> None:
    query = trend([BROWSER])
    query["source"]["trendsFilter"] = {"display": "ActionsStackedBar"}
    fetched = ph.insights.get(ph.insights.create(name="Stacked", query=query).id)
    assert isinstance(fetched.query.source, TrendsQuery)
    assert fetched.query.source.trends_filter.display.value == "ActionsStackedBar"


def test_an_empty_filter_and_a_cohort_filter_without_a_key_parse(ph: PostHog, server: LocalPostHog) -> None:
    # posthog/schema/filters.py: EmptyPropertyFilter is `{}`; CohortPropertyFilter's key defaults to "id".
    cohort = {"type": "cohort", "value": server.project_id * 10 + 3}
    query = trend([{}, cohort, BROWSER])
    fetched = ph.insights.get(ph.insights.create(name="Empty and cohort", query=query).id)
    empty, in_cohort, browser = fetched.query.source.properties
    assert all(isinstance(f, PropertyFilter) for f in (empty, in_cohort, browser))
    assert (empty.key, empty.type_, empty.value) == (None, None, None)  # absent: None, as on every model returned
    assert (in_cohort.key, in_cohort.type_.value, in_cohort.value) == (None, "cohort", cohort["value"])
    assert fetched.query.to_dict() == query


def test_persons_filter_by_cohort_and_by_the_empty_filter(ph: PostHog, server: LocalPostHog) -> None:
    url = f"{server.url}/api/projects/{server.project_id}/persons/"
    headers = {"Authorization": f"Bearer {server.api_key}"}

    def ids(properties: Any) -> set[str]:
        answer = httpx.get(url, headers=headers, params={"properties": json.dumps(properties), "limit": 100})
        assert answer.status_code == 200, answer.text
        return {p["uuid"] for p in answer.json()["results"]}

    everyone = {str(p.uuid) for p in ph.persons.list()}
    linux = {str(p.uuid) for p in ph.persons.list(properties=[("$initial_os", "Linux")])}
    linux_cohort = server.project_id * 10 + 3  # the seeded "Linux users"
    assert 0 < len(linux) < len(everyone)
    assert {
        str(p.uuid) for p in ph.persons.list(properties=[{"key": "id", "type": "cohort", "value": linux_cohort}])
    } == linux
    assert ids([{"type": "cohort", "value": linux_cohort}]) == linux
    assert ids([{"type": "cohort", "value": linux_cohort, "operator": "not_in"}]) == everyone - linux
    assert ids([{"type": "cohort", "value": 999_999}]) == set()  # PostHog: a cohort it does not find matches nobody
    assert ids([{}]) == everyone
    answer = httpx.get(url, headers=headers, params={"properties": json.dumps([{"type": "person", "value": "x"}])})
    assert answer.status_code == 400
    assert "needs a key" in answer.text
