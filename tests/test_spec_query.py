"""The Query API in the spec: kinds told apart by `kind`, typed responses per kind, clean generated names."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

import posthog_models as pm
from posthog_openapi import models as om

ROOT = Path(__file__).resolve().parents[1]
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "posthog.yaml").read_text())
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
FAMILIES = ("projects", "environments")
# kind -> the snake_case part of its operation id (query_<part>_create)
TYPED_KINDS = {
    "HogQLQuery": "hogql_query",
    "EventsQuery": "events_query",
    "ActorsQuery": "actors_query",
    "TrendsQuery": "trends_query",
    "FunnelsQuery": "funnels_query",
    "RetentionQuery": "retention_query",
    "HogQLMetadata": "hogql_metadata",
}
NODE_KINDS = [
    *TYPED_KINDS,
    "PathsQuery",
    "StickinessQuery",
    "LifecycleQuery",
    "InsightVizNode",
    "DataVisualizationNode",
]


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


@pytest.mark.parametrize("kind", [*NODE_KINDS, "EventsNode", "ActionsNode", "DataWarehouseNode"])
def test_every_node_carries_its_kind_as_a_const(kind: str) -> None:
    schema = SCHEMAS[kind]
    assert "kind" in schema["required"]
    assert schema["properties"]["kind"]["const"] == kind
    assert schema["properties"]["kind"]["default"] == kind


@pytest.mark.parametrize(
    ("union", "members"),
    [
        ("QuerySchema", NODE_KINDS),
        (
            "InsightQuerySource",
            ["TrendsQuery", "FunnelsQuery", "RetentionQuery", "PathsQuery", "StickinessQuery", "LifecycleQuery"],
        ),
        ("SeriesNode", ["EventsNode", "ActionsNode", "DataWarehouseNode"]),
    ],
)
def test_unions_are_discriminated_by_kind(union: str, members: list[str]) -> None:
    schema = SCHEMAS[union]
    assert sorted(schema["oneOf"], key=str) == sorted((ref(m) for m in members), key=str)
    assert schema["discriminator"]["propertyName"] == "kind"
    assert schema["discriminator"]["mapping"] == {m: ref(m)["$ref"] for m in members}


def test_insight_nodes_run_the_kinds_union() -> None:
    assert SCHEMAS["InsightVizNode"]["properties"]["source"] == ref("InsightQuerySource")
    assert SCHEMAS["DataVisualizationNode"]["properties"]["source"] == ref("HogQLQuery")


def test_typed_kinds_reject_unknown_fields() -> None:
    # PostHog's own models forbid extra fields (a typo is a 400 there): catch it before sending.
    for kind in [
        *TYPED_KINDS,
        "EventsNode",
        "ActionsNode",
        "DataWarehouseNode",
        "DateRange",
        "BreakdownFilter",
        "CompareFilter",
    ]:
        assert SCHEMAS[kind]["additionalProperties"] is False, kind


def test_query_request_fields() -> None:
    request = SCHEMAS["QueryRequest"]
    assert request["required"] == ["query"]
    props = request["properties"]
    assert props["query"] == ref("QuerySchema")
    assert set(props) == {"query", "client_query_id", "refresh", "name", "filters_override", "variables_override"}
    assert props["name"]["maxLength"] == 128
    assert ref("RefreshMode") in props["refresh"]["oneOf"]


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize(("kind", "snake"), sorted(TYPED_KINDS.items()))
def test_each_typed_kind_has_an_operation_with_a_typed_response(family: str, kind: str, snake: str) -> None:
    op = SPEC["paths"][f"/api/{family}/{{project_id}}/query/{kind}/"]["post"]
    prefix = "environments_" if family == "environments" else ""
    assert op["operationId"] == f"{prefix}query_{snake}_create"
    assert op["x-required-scopes"] == ["query:read"]
    assert op["requestBody"]["content"]["application/json"]["schema"] == ref("QueryRequest")
    assert op["responses"]["200"]["content"]["application/json"]["schema"] == ref(f"{kind}Response")
    assert op["responses"]["202"]["content"]["application/json"]["schema"] == ref("QueryResponse")


@pytest.mark.parametrize("family", FAMILIES)
def test_query_create_and_log(family: str) -> None:
    base = f"/api/{family}/{{project_id}}/query/"
    create = SPEC["paths"][base]["post"]
    assert {"200", "202", "400", "429"} <= set(create["responses"])
    assert create["x-required-scopes"] == ["query:read"]
    log = SPEC["paths"][base + "{query_id}/log/"]["get"]
    assert log["responses"]["200"]["content"]["application/json"]["schema"] == ref("HogQLQueryResponse")


def test_responses_carry_the_cache_fields_and_accept_null() -> None:
    cache = {"is_cached", "cache_key", "last_refresh", "next_allowed_client_refresh", "timezone", "query_status"}
    for name in ("HogQLQueryResponse", "EventsQueryResponse", "ActorsQueryResponse", "TrendsQueryResponse"):
        props = SCHEMAS[name]["properties"]
        assert cache <= set(props), name
        assert SCHEMAS[name]["required"] == ["results"], "required only where the SDK cannot work without it"
        assert ref("QueryStatus") in props["query_status"]["oneOf"]
        assert {"type": "null"} in props["query_status"]["oneOf"]
    hogql = SCHEMAS["HogQLQueryResponse"]["properties"]
    assert {"hasMore", "limit", "offset", "columns", "types", "hogql", "timings"} <= set(hogql)
    assert set(SCHEMAS["HogQLMetadataResponse"]["required"]) == {"errors", "warnings", "notices"}
    assert {"start", "end", "message"} <= set(SCHEMAS["HogQLNotice"]["properties"])


def _inline_objects(node: Any, trail: str) -> list[str]:
    found: list[str] = []
    if isinstance(node, dict):
        if trail.count("/") > 1 and node.get("properties"):
            found.append(trail)
        if trail.count("/") > 1 and "enum" in node:
            found.append(trail)
        for key, value in node.items():
            found += _inline_objects(value, f"{trail}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _inline_objects(value, f"{trail}/{i}")
    return found


def test_no_anonymous_objects_or_enums_inside_schemas() -> None:
    # Generators name inline objects and enums after their path (FunnelExclusionKind, Type0, …): name them in the spec.
    found = [t for name, schema in SCHEMAS.items() for t in _inline_objects(schema, name)]
    assert [t for t in found if "/properties/" in t and not t.endswith("/properties")] == []


def test_every_generated_class_is_named_after_a_schema() -> None:
    surface = (ROOT / "spec" / "api-surface.txt").read_text()
    names = re.findall(r"^posthog_(?:models|openapi\.models): (?:class|enum) (\w+)\(", surface, re.M)
    assert names
    assert sorted(set(names) - set(SCHEMAS)) == []


@pytest.mark.parametrize("name", sorted(n for n, s in SCHEMAS.items() if "examples" in s and "properties" in s))
def test_schema_examples_validate_with_the_generated_models(name: str) -> None:
    for example in SCHEMAS[name]["examples"]:
        getattr(pm, name).model_validate(example)


def test_pydantic_models_build_and_validate_queries_before_sending() -> None:
    query = pm.TrendsQuery(series=[pm.EventsNode(event="$pageview")], interval="week")
    body = pm.QueryRequest(query=query, name="weekly pageviews").model_dump(mode="json", exclude_none=True)
    assert body == {
        "query": {"kind": "TrendsQuery", "series": [{"kind": "EventsNode", "event": "$pageview"}], "interval": "week"},
        "name": "weekly pageviews",
    }
    parsed = pm.QueryRequest.model_validate({"query": {"kind": "HogQLQuery", "query": "SELECT 1", "values": {"x": 1}}})
    assert isinstance(parsed.query.root, pm.HogQLQuery)
    with pytest.raises(ValidationError):
        pm.TrendsQuery(series=[pm.EventsNode(event="$pageview")], interval="fortnight")
    with pytest.raises(ValidationError):
        pm.TrendsQuery.model_validate({"series": [{"kind": "EventsNode"}], "intervall": "week"})  # typo
    with pytest.raises(ValidationError, match="does not match any of the expected tags"):
        pm.QueryRequest.model_validate({"query": {"kind": "SelectStarQuery"}})
    with pytest.raises(ValidationError):
        pm.QueryRequest(query=pm.HogQLQuery(query="SELECT 1"), name="x" * 129)
    viz = pm.InsightVizNode(source=query).model_dump(mode="json", exclude_none=True)
    assert viz["source"]["kind"] == "TrendsQuery"


REQUESTS = {
    "HogQLQuery": {"kind": "HogQLQuery", "query": "SELECT 1", "values": {"a": 1}},
    "EventsQuery": {"kind": "EventsQuery", "select": ["*"], "event": "$pageview"},
    "ActorsQuery": {"kind": "ActorsQuery", "select": ["id"]},
    "TrendsQuery": {"kind": "TrendsQuery", "series": [{"kind": "EventsNode", "event": "$pageview"}]},
    "FunnelsQuery": {
        "kind": "FunnelsQuery",
        "series": [{"kind": "EventsNode", "event": "a"}, {"kind": "ActionsNode", "id": 2}],
    },
    "RetentionQuery": {
        "kind": "RetentionQuery",
        "retentionFilter": {"targetEntity": {"id": "signed_up", "type": "events"}},
    },
    "HogQLMetadata": {"kind": "HogQLMetadata", "language": "hogQL", "query": "SELECT 1"},
    "InsightVizNode": {"kind": "InsightVizNode", "source": {"kind": "TrendsQuery", "series": [{"kind": "EventsNode"}]}},
    "DataVisualizationNode": {"kind": "DataVisualizationNode", "source": {"kind": "HogQLQuery", "query": "SELECT 1"}},
}
CACHE = {
    "is_cached": False,
    "cache_key": "k",
    "last_refresh": "2026-12-01T10:00:00+00:00",
    "timezone": "UTC",
    "query_status": None,
}
ROWS = {"results": [["$pageview", 3]], "columns": ["event", "count()"], "hasMore": True, "limit": 100, "offset": 0}
RESPONSES = {
    "HogQLQuery": {**ROWS, "types": [["event", "String"], ["count()", "UInt64"]], "hogql": "SELECT 1", **CACHE},
    "EventsQuery": {**ROWS, "types": ["String", "UInt64"], **CACHE},
    "ActorsQuery": {**ROWS, "types": ["String", "UInt64"], "missing_actors_count": 0, **CACHE},
    "TrendsQuery": {
        "results": [
            {
                "data": [1.0, 2.0],
                "labels": ["1-Nov-2026", "2-Nov-2026"],
                "days": ["2026-11-01", "2026-11-02"],
                "count": 3.0,
                "label": "$pageview",
                "breakdown_value": "Chrome",
                "compare": True,
                "compare_label": "current",
                "action": {"id": "$pageview", "type": "events", "order": 0, "math": "total"},
            },
        ],
        **CACHE,
    },
    "FunnelsQuery": {"results": [{"count": 10, "name": "a"}], **CACHE},
    "RetentionQuery": {
        "results": [{"date": "2026-11-01T00:00:00+00:00", "label": "Day 0", "values": [{"count": 4}]}],
        **CACHE,
    },
    "HogQLMetadata": {
        "isValid": False,
        "errors": [{"message": "bad", "start": 7, "end": 9}],
        "warnings": [],
        "notices": [],
    },
}


@pytest.mark.parametrize("kind", sorted(REQUESTS))
def test_generated_client_tells_kinds_apart(kind: str) -> None:
    request = om.QueryRequest.from_dict({"query": REQUESTS[kind], "refresh": "blocking"})
    assert type(request.query).__name__ == kind
    assert request.to_dict()["query"]["kind"] == kind
    assert type(pm.QueryRequest.model_validate({"query": REQUESTS[kind]}).query.root).__name__ == kind


@pytest.mark.parametrize("kind", sorted(RESPONSES))
def test_generated_client_parses_each_kinds_response(kind: str) -> None:
    body = RESPONSES[kind]
    parsed = getattr(om, f"{kind}Response").from_dict(body)
    again = parsed.to_dict()
    for key in body:
        assert again[key] == body[key], key
    pm_model = getattr(pm, f"{kind}Response").model_validate(body)
    assert pm_model.model_dump(mode="json", by_alias=True, exclude_unset=True).keys() == body.keys()
    generic = om.QueryResponse.from_dict(body)  # what POST query/ gives when the kind is not in the path
    assert generic.to_dict().keys() >= body.keys() - {"errors", "warnings", "notices", "isValid"}
