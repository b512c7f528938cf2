"""Query-node unions are parsed by ``kind``, as PostHog's schema discriminates them (posthog/schema.py).

An insight's ``query`` (``InsightVizNode`` / ``DataVisualizationNode`` / the generic ``QueryNode``), the
``InsightVizNode``'s ``source`` (trends, funnels, retention, paths, stickiness, lifecycle), a query's
``series`` items and the Query API's ``QuerySchema``: each known kind parses to its own class; a wrong value
inside a known kind is an error naming the field's path (it used to fall back silently to ``QueryNode``);
a kind this version does not know still parses, as the generic ``QueryNode``.
"""

from __future__ import annotations

import copy
import importlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from posthog_openapi.models import Insight, InsightVizNode, PaginatedPersonList, QueryNode, QueryRequest, TrendsQuery
from posthog_openapi.types import UnknownKind
from posthog_rest import PostHog, ResponseValidationError
from posthog_rest._strict import SpecMismatchError, check
from posthog_rest.testing import LocalPostHog, local_posthog
from scripted_server import ScriptedServer

SPEC = Path(__file__).resolve().parent.parent / "spec" / "posthog.yaml"
SCHEMAS: dict[str, Any] = yaml.safe_load(SPEC.read_text())["components"]["schemas"]
MODELS = importlib.import_module("posthog_openapi.models")
INSIGHT = "/api/projects/1/insights/7/"
KEY = "phx_uniondispatchkey0123456789"


def members(union: str) -> list[str]:
    """The schemas a spec union's discriminator maps kinds to (kind == schema name for PostHog's nodes)."""
    mapping = SCHEMAS[union]["discriminator"]["mapping"]
    assert all(ref.rsplit("/", 1)[1] == kind for kind, ref in mapping.items())
    return list(mapping)


@pytest.fixture(scope="module")
def server() -> Iterator[LocalPostHog]:
    with local_posthog(persons=3, seed=11) as srv:
        yield srv


@pytest.fixture(scope="module")
def ph(server: LocalPostHog) -> Iterator[PostHog]:
    with PostHog(api_key=server.api_key, host=server.url, project=server.project_id) as client:
        yield client


@pytest.fixture(scope="module", autouse=True)  # autouse: fetched before a test of the module adds insights
def answers(server: LocalPostHog) -> list[dict[str, Any]]:
    """Every seeded insight as the stand-in sends it (raw JSON)."""
    base = f"{server.url}/api/projects/{server.project_id}/insights/"
    with httpx.Client(headers={"Authorization": f"Bearer {server.api_key}"}) as client:
        return [
            client.get(f"{base}{i['id']}/").json() for i in client.get(base, params={"limit": 100}).json()["results"]
        ]


def sources(answers: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """One ``InsightVizNode`` source per kind, from the stand-in's seeded insights."""
    found: dict[str, dict[str, Any]] = {}
    for answer in answers:
        query = answer.get("query") or {}
        if query.get("kind") == "InsightVizNode":
            found.setdefault(query["source"]["kind"], query["source"])
    return found


def test_every_insight_source_kind_is_seeded(answers: list[dict[str, Any]]) -> None:
    assert set(sources(answers)) == set(members("InsightQuerySource"))


def test_each_seeded_insight_parses_to_its_kinds_classes(ph: PostHog, answers: list[dict[str, Any]]) -> None:
    seen = set()
    for answer in answers:
        insight = ph.insights.get(answer["id"])
        query = answer.get("query")
        if query is None:
            assert insight.query is None
            continue
        assert type(insight.query).__name__ == query["kind"]
        assert type(insight.query.source).__name__ == query["source"]["kind"]
        for item, raw in zip(
            getattr(insight.query.source, "series", None) or [], query["source"].get("series", []), strict=True
        ):
            assert type(item).__name__ == raw["kind"]
        assert insight.query.to_dict() == query
        seen.add(query["source"]["kind"])
    assert seen == set(members("InsightQuerySource"))


def test_a_sql_insight_parses_as_a_data_visualization_node(ph: PostHog) -> None:
    example = SCHEMAS["DataVisualizationNode"]["examples"][0]
    created = ph.insights.create(name="sql count", query=example)
    fetched = ph.insights.get(created.id)
    assert type(fetched.query).__name__ == "DataVisualizationNode"
    assert type(fetched.query.source).__name__ == "HogQLQuery"
    assert fetched.query.source.query == example["source"]["query"]


@pytest.mark.parametrize(
    "query",
    [
        {"kind": "DataTableNode", "source": {"kind": "EventsQuery", "select": ["*"]}},
        {"kind": "InsightVizNode", "source": {"kind": "CalendarHeatmapQuery", "series": []}},
        {  # newer PostHog's series that combines several nodes with AND/OR: not modelled here (yet)
            "kind": "InsightVizNode",
            "source": {
                "kind": "TrendsQuery",
                "series": [{"kind": "GroupNode", "operator": "OR", "nodes": [{"kind": "EventsNode", "event": "a"}]}],
            },
        },
    ],
    ids=["unknown node", "unknown source kind", "unknown series kind"],
)
def test_an_unknown_kind_anywhere_keeps_the_whole_query_as_a_query_node(ph: PostHog, query: dict[str, Any]) -> None:
    created = ph.insights.create(name="from a newer PostHog", query=query)
    fetched = ph.insights.get(created.id)
    assert isinstance(fetched.query, QueryNode)  # the SDK's subclass of it
    assert not isinstance(fetched.query, InsightVizNode)
    assert fetched.query.kind == query["kind"]
    assert fetched.query.to_dict() == query


@pytest.mark.parametrize(
    ("path", "key", "value", "named"),
    [
        (("query", "source", "series", 0), "event", 7, "Insight.query.source.series[0].event: expected a string"),
        (("query", "source", "series", 0), "kind", 5, "Insight.query.source.series[0].kind: expected a string"),
        (("query", "source"), "series", "all", "Insight.query.source.series"),
        (("query",), "source", None, "Insight.query.source"),
        (("query", "source", "series", 0), "math_group_type_index", "x", "series[0].math_group_type_index"),
    ],
)
def test_a_broken_field_inside_a_known_kind_is_an_error_naming_its_path(
    answers: list[dict[str, Any]], path: tuple[Any, ...], key: str, value: Any, named: str
) -> None:
    # A trend whose first series is an EventsNode (an ActionsNode has no `event`: a key it does not list is kept).
    trend = next(
        a
        for a in answers
        if (a.get("query") or {}).get("source", {}).get("kind") == "TrendsQuery"
        and a["query"]["source"]["series"][0]["kind"] == "EventsNode"
    )
    broken = copy.deepcopy({**trend, "id": 7})
    target = broken
    for step in path:
        target = target[step]
    target[key] = value
    with ScriptedServer() as srv:
        srv.route("GET", INSIGHT, 200, json.dumps(broken))
        with (
            PostHog(api_key=KEY, host=srv.url, project=1, max_retries=0) as client,
            pytest.raises(ResponseValidationError) as info,
        ):
            client.insights.get(7)
    assert named in str(info.value)
    assert "QueryNode" not in str(info.value)


def test_from_dict_raises_with_the_path_in_the_error(answers: list[dict[str, Any]]) -> None:
    trend = next(a for a in answers if (a.get("query") or {}).get("source", {}).get("kind") == "TrendsQuery")
    broken = copy.deepcopy(trend)
    broken["query"]["source"]["series"][0]["event"] = 7
    with pytest.raises(TypeError, match=r"EventsNode\.event: expected a string") as info:
        Insight.from_dict(broken)
    assert info.value.json_path == ("query", "source", "series", 0, "event")  # type: ignore[attr-defined]
    assert info.value.__notes__ == ["at query.source.series[0].event"]
    assert type(Insight.from_dict(trend).query.source) is TrendsQuery


def test_a_broken_item_of_a_model_list_is_named_by_index(server: LocalPostHog) -> None:
    url = f"{server.url}/api/projects/{server.project_id}/persons/"
    page = httpx.get(url, headers={"Authorization": f"Bearer {server.api_key}"}).json()
    assert len(page["results"]) >= 2
    page["results"][1]["name"] = 5
    with pytest.raises(TypeError, match=r"Person\.name: expected a string") as info:
        PaginatedPersonList.from_dict(page)
    assert info.value.json_path == ("results", 1, "name")  # type: ignore[attr-defined]


def test_without_a_generic_member_an_unknown_kind_is_unknown_kind(answers: list[dict[str, Any]]) -> None:
    source = {"kind": "CalendarHeatmapQuery", "series": []}
    with pytest.raises(UnknownKind, match="CalendarHeatmapQuery") as info:
        InsightVizNode.from_dict({"kind": "InsightVizNode", "source": source})
    assert info.value.json_path == ("source",)  # type: ignore[attr-defined]
    with pytest.raises(TypeError, match="expected an object with a kind"):
        InsightVizNode.from_dict({"kind": "InsightVizNode", "source": "TrendsQuery"})


def test_each_query_api_kind_parses_to_its_class(answers: list[dict[str, Any]]) -> None:
    examples = {kind: SCHEMAS[kind]["examples"][0] for kind in members("QuerySchema") if "examples" in SCHEMAS[kind]}
    examples.update({kind: src for kind, src in sources(answers).items() if kind not in examples})
    assert set(examples) == set(members("QuerySchema"))
    for kind, example in examples.items():
        request = QueryRequest.from_dict({"query": example})
        assert type(request.query) is getattr(MODELS, kind), kind
        assert request.query.to_dict() == example
    broken = {**examples["HogQLQuery"], "query": 5}
    with pytest.raises(TypeError, match=r"HogQLQuery\.query: expected a string") as info:
        QueryRequest.from_dict({"query": broken})
    assert info.value.json_path == ("query", "query")  # type: ignore[attr-defined]


def test_the_sdk_type_check_explains_a_raw_node_by_its_kind() -> None:
    node = {"kind": "DataVisualizationNode", "source": 5}
    insight = Insight(id=1, short_id="abc")
    insight.query = node  # type: ignore[assignment]  # what from_dict keeps when a union member cannot take it
    with pytest.raises(SpecMismatchError) as info:
        check(insight)
    assert "DataVisualizationNode" in str(info.value)
    assert "InsightVizNode" not in str(info.value).split("got")[0]
