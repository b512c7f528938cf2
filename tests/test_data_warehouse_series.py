"""An insight's series may count rows of a data warehouse table: a ``DataWarehouseNode`` (posthog/schema.py).

PostHog's TrendsQuery, FunnelsQuery, StickinessQuery and LifecycleQuery take it next to ``EventsNode`` and
``ActionsNode`` (legacy ``data_warehouse`` filters become one, posthog/hogql_queries/legacy_compatibility/
filter_to_query.py). It parses as its own class, not the generic ``QueryNode``; a wrong value inside it is an error
naming its path; calculating it on the stand-in, which syncs no warehouse tables, fails as PostHog fails on a
table the project lacks: "Unknown table".
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from posthog_models import DataWarehouseNode as DataWarehouseModel
from posthog_models import EventsNode as EventsModel
from posthog_models import TrendsQuery as TrendsModel
from posthog_openapi.models import DataWarehouseNode, EventsNode, InsightVizNode, QueryNode, TrendsQuery
from posthog_rest import BadRequestError, PostHog, ResponseValidationError
from posthog_rest.testing import LocalPostHog, local_posthog
from scripted_server import ScriptedServer

SPEC = Path(__file__).resolve().parent.parent / "spec" / "posthog.yaml"
EXAMPLE: dict[str, Any] = yaml.safe_load(SPEC.read_text())["components"]["schemas"]["DataWarehouseNode"]["examples"][0]
KEY = "phx_warehouseseriestestkey0123456"


@pytest.fixture(scope="module")
def server() -> Iterator[LocalPostHog]:
    with local_posthog(persons=3, seed=5) as srv:
        yield srv


@pytest.fixture(scope="module")
def ph(server: LocalPostHog) -> Iterator[PostHog]:
    with PostHog(api_key=server.api_key, host=server.url, project=server.project_id, max_retries=0) as client:
        yield client


def mixed_query() -> dict[str, Any]:
    """A trend of pageviews next to a warehouse table's sum, with fields PostHog's UI saves on nodes and queries."""
    return {
        "kind": "InsightVizNode",
        "source": {
            "kind": "TrendsQuery",
            "series": [
                {"kind": "EventsNode", "event": "$pageview", "math": "sum", "math_property": "$screen_width",
                 "math_property_type": "event_properties", "optionalInFunnel": False},
                {**EXAMPLE, "custom_name": "Revenue", "math_multiplier": 0.01,
                 "math_property_revenue_currency": {"static": "USD"},
                 "properties": [{"key": "status", "value": "paid", "operator": "exact", "type": "data_warehouse"}]},
            ],
            "dateRange": {"date_from": "-30d"},
            "dataColorTheme": 1,
            "modifiers": {"personsOnEventsMode": "person_id_override_properties_on_events"},
        },
    }  # fmt: skip


def raw_insight(server: LocalPostHog, insight_id: int) -> dict[str, Any]:
    url = f"{server.url}/api/projects/{server.project_id}/insights/{insight_id}/"
    answer: dict[str, Any] = httpx.get(url, headers={"Authorization": f"Bearer {server.api_key}"}).json()
    return answer


def test_a_warehouse_series_round_trips_as_its_own_class(ph: PostHog, server: LocalPostHog) -> None:
    query = mixed_query()
    created = ph.insights.create(name="Pageviews and revenue", query=query)
    fetched = ph.insights.get(created.id)
    assert isinstance(fetched.query, InsightVizNode)
    assert not isinstance(fetched.query, QueryNode)
    source = fetched.query.source
    assert isinstance(source, TrendsQuery)
    events, warehouse = source.series
    assert isinstance(events, EventsNode)
    assert isinstance(warehouse, DataWarehouseNode)
    assert (warehouse.table_name, warehouse.timestamp_field, warehouse.distinct_id_field) == (
        "stripe_charges",
        "created",
        "customer_email",
    )
    assert warehouse.math.value == "sum"
    assert warehouse.math_property == "amount"
    assert warehouse.math_property_revenue_currency.static == "USD"
    assert warehouse.properties[0].type_.value == "data_warehouse"
    assert events.math_property_type == "event_properties"
    assert source.data_color_theme == 1
    # Nothing PostHog stored is dropped: the typed query writes back exactly the JSON the server holds.
    assert fetched.query.to_dict() == query == raw_insight(server, created.id)["query"]


def test_creating_one_from_posthog_models_sends_and_reads_it_typed(ph: PostHog, server: LocalPostHog) -> None:
    series = DataWarehouseModel(
        id="orders",
        table_name="orders",
        id_field="order_id",
        timestamp_field="ordered_at",
        distinct_id_field="email",
        math="avg",
        math_property="total",
    )
    created = ph.insights.create(
        name="Average order", query=TrendsModel(series=[EventsModel(event="purchase"), series])
    )
    assert isinstance(created.query, InsightVizNode)  # a bare TrendsQuery is wrapped, as PostHog stores it
    warehouse = created.query.source.series[1]
    assert isinstance(warehouse, DataWarehouseNode)
    assert (warehouse.id, warehouse.id_field, warehouse.math.value) == ("orders", "order_id", "avg")
    stored = raw_insight(server, created.id)["query"]["source"]["series"][1]
    assert stored == {**series.model_dump(exclude_none=True), "kind": "DataWarehouseNode"}


@pytest.mark.parametrize(
    ("key", "value", "named"),
    [
        ("distinct_id_field", 5, "Insight.query.source.series[1].distinct_id_field: expected a string"),
        ("table_name", None, "Insight.query.source.series[1].table_name: expected a string"),
        ("math", "loudest", "Insight.query.source.series[1].math"),
        ("math_property_revenue_currency", {"static": 978}, "series[1].math_property_revenue_currency: expected a Rev"),
    ],
)
def test_a_wrong_field_inside_it_is_an_error_naming_its_path(
    ph: PostHog, server: LocalPostHog, key: str, value: Any, named: str
) -> None:
    created = ph.insights.create(name="to break", query=mixed_query())
    broken = copy.deepcopy({**raw_insight(server, created.id), "id": 7})
    broken["query"]["source"]["series"][1][key] = value
    with ScriptedServer() as srv:
        srv.route("GET", "/api/projects/1/insights/7/", 200, json.dumps(broken))
        with (
            PostHog(api_key=KEY, host=srv.url, project=1, max_retries=0) as client,
            pytest.raises(ResponseValidationError) as info,
        ):
            client.insights.get(7)
    assert named in str(info.value)
    assert "QueryNode" not in str(info.value)


def test_a_missing_required_field_is_named(ph: PostHog, server: LocalPostHog) -> None:
    created = ph.insights.create(name="to break", query=mixed_query())
    broken = copy.deepcopy({**raw_insight(server, created.id), "id": 7})
    del broken["query"]["source"]["series"][1]["timestamp_field"]
    with ScriptedServer() as srv:
        srv.route("GET", "/api/projects/1/insights/7/", 200, json.dumps(broken))
        with (
            PostHog(api_key=KEY, host=srv.url, project=1, max_retries=0) as client,
            pytest.raises(ResponseValidationError, match=r"series\[1\]\.timestamp_field is missing"),
        ):
            client.insights.get(7)


def test_calculating_it_fails_as_posthog_does_on_a_table_it_lacks(ph: PostHog) -> None:
    created = ph.insights.create(name="Revenue", query=mixed_query())
    with pytest.raises(BadRequestError, match=r"Unknown table `stripe_charges`\.") as info:
        ph.insights.get(created.id, refresh="blocking")
    assert info.value.status == 400
    with pytest.raises(BadRequestError, match=r"Unknown table `stripe_charges`\."):
        ph.query.run(mixed_query()["source"])
    funnel = {"kind": "FunnelsQuery", "series": [{"kind": "EventsNode", "event": "$pageview"}, EXAMPLE]}
    created = ph.insights.create(name="Pageview to charge", query=funnel)
    with pytest.raises(BadRequestError, match=r"Unknown table `stripe_charges`\."):
        ph.insights.get(created.id, refresh="force_blocking")


def test_an_events_only_trend_still_calculates_next_to_it(ph: PostHog) -> None:
    query = mixed_query()
    query["source"]["series"] = query["source"]["series"][:1]
    insight = ph.insights.get(ph.insights.create(name="Pageviews", query=query).id, refresh="blocking")
    assert insight.result
    assert insight.result[0]["action"]["math"] == "sum"
