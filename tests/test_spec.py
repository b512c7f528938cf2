"""The spec is the single source of truth: check it covers PostHog's docs and keeps its conventions."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "posthog.yaml").read_text())
SEEDS: list[dict[str, Any]] = json.loads((ROOT / "tests" / "data" / "seed_endpoints.json").read_text())["endpoints"]
METHODS = {"get", "post", "put", "patch", "delete"}
FAMILIES = ("projects", "environments")
# The query kinds with an operation each (POST query/<Kind>/); tests/test_spec_query.py checks them in depth.
QUERY_KINDS = (
    "HogQLQuery",
    "EventsQuery",
    "ActorsQuery",
    "TrendsQuery",
    "FunnelsQuery",
    "RetentionQuery",
    "HogQLMetadata",
)

# The issue's table: per family, path under /api/F/{project_id}/ -> method -> query params (besides `format`).
TABLE: dict[str, dict[str, set[str]]] = {
    "insights/": {
        "get": {"basic", "created_by", "insight", "limit", "offset", "order", "refresh", "search", "short_id", "tags"},
        "post": set(),
    },
    "insights/{id}/": {"get": {"basic", "from_dashboard", "refresh"}, "patch": set(), "delete": set()},
    "insights/{id}/activity/": {"get": set()},
    "insights/activity/": {"get": set()},
    "insights/{id}/viewed/": {"post": set()},
    "insights/viewed/": {"post": set()},
    "insights/trending/": {"get": {"days", "limit"}},
    "insights/my_last_viewed/": {"get": set()},
    "insights/{insight_id}/sharing/": {"get": set()},
    "insights/trend/": {"get": set(), "post": set()},
    "insights/path/": {"get": set(), "post": set()},
    "insights/retention/": {"get": set(), "post": set()},
    "insights/timing/": {"post": set()},
    "persons/": {"get": {"distinct_id", "email", "limit", "offset", "properties", "search"}},
    "persons/{id}/": {"get": set(), "patch": set(), "delete": {"delete_events", "delete_recordings"}},
    "persons/{id}/activity/": {"get": set()},
    "persons/{id}/properties_timeline/": {"get": set()},
    "persons/activity/": {"get": set()},
    "persons/{id}/delete_property/": {"post": set()},
    "persons/{id}/split/": {"post": set()},
    "persons/{id}/update_property/": {"post": set()},
    "persons/bulk_delete/": {"post": set()},
    "persons/values/": {"get": {"key", "value"}},
    "persons/cohorts/": {"get": {"person_id"}},
    "query/{query_id}/": {"get": set(), "delete": set()},
    "query/": {"post": set()},
    "query/{query_id}/log/": {"get": set()},
    **{f"query/{kind}/": {"post": set()} for kind in QUERY_KINDS},
}
# PostHog's docs (the seeds) show these as query parameters; its server reads them from the JSON body only.
READ_FROM_BODY: dict[tuple[str, str], set[str]] = {
    ("persons/{id}/update_property/", "post"): {"key", "value"},
    ("persons/{id}/delete_property/", "post"): {"$unset"},
}
# Removed from PostHog Cloud (or internal): kept for older self-hosted servers, deprecated in both families.
LEGACY = {
    ("insights/trend/", "get"),
    ("insights/trend/", "post"),
    ("insights/path/", "get"),
    ("insights/path/", "post"),
    ("insights/retention/", "get"),
    ("insights/retention/", "post"),
    ("insights/timing/", "post"),
    ("insights/{id}/viewed/", "post"),
}
GLOBAL_OPS = {("/api/users/@me/", "get"), ("/api/projects/", "get"), ("/api/projects/{id}/", "get")}


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local `$ref` (one level is all the spec uses)."""
    ref = node.get("$ref")
    if not ref:
        return node
    target: Any = SPEC
    for part in ref.removeprefix("#/").split("/"):
        target = target[part]
    return dict(target)


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [(p, m, op) for p, item in SPEC["paths"].items() for m, op in item.items() if m in METHODS]


def query_params(op: dict[str, Any]) -> set[str]:
    params = [resolve(p) for p in op.get("parameters", [])]
    return {p["name"] for p in params if p["in"] == "query"}


def body_fields(op: dict[str, Any]) -> set[str]:
    schema = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
    return set(resolve(schema).get("properties", {}))


def sub_path(path: str) -> str:
    return re.sub(r"^/api/(projects|environments)/\{project_id\}/", "", path)


def twin_path(path: str, family: str) -> str:
    return re.sub(r"^/api/(projects|environments)/\{project_id\}/", f"/api/{family}/{{project_id}}/", path)


def test_operation_count_matches_the_issue() -> None:
    expected = sum(len(methods) for methods in TABLE.values()) * 2 + len(GLOBAL_OPS)
    assert expected == 89
    assert len(operations()) == 89


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sub", sorted(TABLE))
def test_table_operation_and_query_params(family: str, sub: str) -> None:
    item = SPEC["paths"].get(f"/api/{family}/{{project_id}}/{sub}")
    assert item is not None, f"missing path for {family}: {sub}"
    for method, params in TABLE[sub].items():
        assert method in item, f"{method.upper()} {sub} missing in {family}"
        assert params <= query_params(item[method]), f"{method} {sub}: {params - query_params(item[method])}"


@pytest.mark.parametrize(("path", "method"), sorted(GLOBAL_OPS))
def test_project_lookup_operations(path: str, method: str) -> None:
    assert method in SPEC["paths"][path]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda s: f"{s['seed']}-{s['method']}-{s['path']}")
def test_every_seed_endpoint_is_in_both_families(seed: dict[str, Any]) -> None:
    families = FAMILIES if "{project_id}" in seed["path"] else ("",)
    for family in families:
        path = twin_path(seed["path"], family) if family else seed["path"]
        op = SPEC["paths"].get(path, {}).get(seed["method"].lower())
        assert op is not None, f"{seed['method']} {path} from seed {seed['seed']}"
        sub = re.sub(r"^/api/[a-z]+/\{project_id\}/", "", seed["path"])
        in_body = READ_FROM_BODY.get((sub, seed["method"].lower()), set())
        assert set(seed["query"]) - in_body <= query_params(op), set(seed["query"]) - query_params(op)
        assert in_body <= body_fields(op), in_body - body_fields(op)
        assert not in_body & query_params(op), "the server ignores these in the query string"
        assert set(seed["scopes"]) <= set(op["x-required-scopes"])


def test_operation_ids_unique_snake_case_and_prefixed() -> None:
    ids = [op["operationId"] for _, _, op in operations()]
    assert len(ids) == len(set(ids))
    for path, method, op in operations():
        assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)+", op["operationId"]), op["operationId"]
        in_env = path.startswith("/api/environments/")
        assert op["operationId"].startswith("environments_") == in_env
        legacy = (sub_path(path), method) in LEGACY
        assert op.get("deprecated", False) == (in_env or legacy), (path, method)


@pytest.mark.parametrize(("path", "method", "op"), operations(), ids=lambda v: v if isinstance(v, str) else "")
def test_operation_is_documented(path: str, method: str, op: dict[str, Any]) -> None:
    assert path.endswith("/"), "PostHog paths keep their trailing slash"
    assert op["summary"]
    assert len(op["description"]) > 40
    scopes = op["x-required-scopes"]
    assert scopes
    assert all(re.fullmatch(r"[a-z_]+:(read|write)", s) for s in scopes)
    assert all(f"`{s}`" in op["description"] for s in scopes), "scopes are named in the description"
    responses = op["responses"]
    assert {"401", "403", "429", "500"} <= set(responses)
    for code, response in responses.items():
        body = resolve(response)
        assert body["description"]
        failed_query = code == "400" and op["operationId"].endswith("query_retrieve")  # answers with its status
        if code.startswith(("4", "5")) and not failed_query:
            schema = body["content"]["application/json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/Error"}, (path, code)
    assert any(code.startswith("2") for code in responses) or responses.keys() >= {"405"}
    assert resolve(responses["429"])["headers"]["Retry-After"]


def test_insight_delete_documents_405_only() -> None:
    for family in FAMILIES:
        responses = SPEC["paths"][f"/api/{family}/{{project_id}}/insights/{{id}}/"]["delete"]["responses"]
        assert "405" in responses
        assert not any(code.startswith("2") for code in responses)


def test_person_delete_documents_204_and_202() -> None:
    for family in FAMILIES:
        responses = SPEC["paths"][f"/api/{family}/{{project_id}}/persons/{{id}}/"]["delete"]["responses"]
        assert {"202", "204"} <= set(responses)


def test_environments_twins_match_projects_operations() -> None:
    ignored = {"operationId", "tags", "summary", "description", "deprecated"}
    for path, method, op in operations():
        if not path.startswith("/api/projects/{project_id}/"):
            continue
        twin = SPEC["paths"][twin_path(path, "environments")][method]
        assert twin["operationId"] == "environments_" + op["operationId"]
        strip = lambda o: {k: v for k, v in copy.deepcopy(o).items() if k not in ignored}  # noqa: E731
        assert strip(twin) == strip(op), f"{method} {path} drifted from its environments twin"


def test_enums_from_the_seeds_are_real_enums() -> None:
    schemas = SPEC["components"]["schemas"]
    assert set(schemas["RefreshMode"]["enum"]) == {
        "async",
        "async_except_on_cache_miss",
        "blocking",
        "force_async",
        "force_blocking",
        "force_cache",
        "lazy_async",
    }
    assert schemas["ResponseFormat"]["enum"] == ["csv", "json"]
    assert {"event", "person", "cohort", "group", "session", "hogql"} <= set(schemas["BreakdownType"]["enum"])
    assert "BoldNumber" in schemas["TrendDisplay"]["enum"]
    assert len(schemas["TrendDisplay"]["enum"]) == 8
    assert {"exact", "is_not", "icontains", "regex", "gt", "is_set", "is_date_before", "in", "not_in"} <= set(
        schemas["PropertyOperator"]["enum"]
    )
    for mode in schemas["RefreshMode"]["enum"]:
        assert f"`{mode}`" in schemas["RefreshMode"]["description"]


def _walk(node: Any, trail: str = "") -> Any:
    if isinstance(node, dict):
        yield trail, node
        for key, value in node.items():
            yield from _walk(value, f"{trail}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{trail}/{i}")


def test_no_schema_defaults_that_a_generated_client_would_send() -> None:
    # A `default` on a request field is sent by the generated client; the seeds' `date_to: -7d` is a copy error.
    # The one exception: a query node's `kind` const, which must be sent anyway (it lets `TrendsQuery(series=…)`
    # be built without repeating the kind).
    defaults = [
        trail
        for trail, node in _walk(SPEC)
        if "default" in node and "/servers/" not in trail and node.get("const", object()) != node["default"]
    ]
    assert defaults == []


def test_query_parameters_use_schema_not_content() -> None:
    # openapi-python-client silently drops `content:`-style parameters.
    for _, _, op in operations():
        for param in map(resolve, op.get("parameters", [])):
            assert "schema" in param, param["name"]
            assert "content" not in param, param["name"]


def test_responses_and_bodies_use_named_schemas() -> None:
    for path, method, op in operations():
        body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
        assert body is None or "$ref" in body, (path, method)
        for response in op["responses"].values():
            for media in resolve(response).get("content", {}).values():
                assert "$ref" in media["schema"], (path, method)


def test_real_types_where_the_docs_page_is_wrong() -> None:
    insight = SPEC["components"]["schemas"]["Insight"]["properties"]
    assert "type" not in insight["result"], "result is any JSON"
    assert insight["hasMore"]["type"] == ["boolean", "null"]
    assert insight["is_cached"]["type"] == ["boolean", "null"]
    assert insight["columns"]["type"] == ["array", "null"]
    assert insight["types"]["type"] == ["array", "null"]
    assert {"$ref": "#/components/schemas/QueryStatus"} in insight["query_status"]["oneOf"]
    for field in ("last_refresh", "next_allowed_client_refresh", "cache_target_age"):
        assert insight[field]["format"] == "date-time"
    assert SPEC["components"]["schemas"]["AccessLevel"]["enum"] == [21, 37]


def test_security_and_servers() -> None:
    schemes = SPEC["components"]["securitySchemes"]
    assert schemes["PersonalAPIKey"] == {**schemes["PersonalAPIKey"], "type": "http", "scheme": "bearer"}
    assert schemes["PersonalAPIKeyQuery"]["in"] == "query"
    assert schemes["PersonalAPIKeyQuery"]["name"] == "personal_api_key"
    urls = [server["url"] for server in SPEC["servers"]]
    assert "https://us.posthog.com" in urls
    assert "https://eu.posthog.com" in urls
    assert any("{host}" in url for url in urls)


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize(("sub", "method"), sorted(LEGACY))
def test_legacy_operations_say_when_cloud_dropped_them_and_what_replaces_them(
    family: str, sub: str, method: str
) -> None:
    op = SPEC["paths"][f"/api/{family}/{{project_id}}/{sub}"][method]
    assert op["deprecated"] is True
    text = op["description"]
    if sub == "insights/timing/":
        assert "internal" in text
        assert "201" in text
        assert "201" in op["responses"]
    elif sub == "insights/{id}/viewed/":
        assert "POST insights/viewed/" in text
        assert "404" in text
    else:
        assert re.search(r"(2025|2026)", text)
        assert "POST query/" in text
        assert "Query" in text


def test_person_writes_read_the_json_body_as_the_server_does() -> None:
    schemas = SPEC["components"]["schemas"]
    for family in FAMILIES:
        base = f"/api/{family}/{{project_id}}/persons/{{id}}/"
        update = SPEC["paths"][base + "update_property/"]["post"]
        assert update["requestBody"]["required"] is True
        assert set(update["responses"]) & {"200", "201", "202"} == {"202"}
        assert "content" not in update["responses"]["202"], "202 without a body"
        delete = SPEC["paths"][base + "delete_property/"]["post"]
        assert delete["requestBody"]["required"] is True
        assert "500" in delete["description"], "say what happens with $unset in the query string"
        assert resolve(delete["responses"]["201"]["content"]["application/json"]["schema"])["required"] == ["success"]
        patch = SPEC["paths"][base]["patch"]
        assert set(patch["responses"]) & {"200", "201", "202"} == {"202"}
        split = SPEC["paths"][base + "split/"]["post"]
        assert set(split["responses"]) & {"200", "201", "202"} == {"201"}
    value = schemas["PersonPropertyUpdateRequest"]["properties"]["value"]
    assert "type" not in value, "value is any JSON: it keeps its type"
    assert schemas["PersonPropertyUpdateRequest"]["required"] == ["key", "value"]
    assert schemas["PersonPropertyDeleteRequest"]["required"] == ["$unset"]
    assert schemas["PersonUpdateRequest"]["required"] == ["properties"]
    bulk = schemas["PersonBulkDeleteRequest"]["properties"]
    assert bulk["distinct_ids"]["maxItems"] == bulk["ids"]["maxItems"] == 1000


def test_responses_require_only_what_the_sdk_needs_and_accept_null() -> None:
    schemas = SPEC["components"]["schemas"]
    assert schemas["Insight"]["required"] == ["id", "short_id"]
    assert "filters" not in schemas["Insight"]["required"]
    assert "saved" not in schemas["Insight"]["required"]
    person = schemas["Person"]
    assert "null" in person["properties"]["id"]["type"], "a missing person has id: null"
    assert "null" in person["properties"]["created_at"]["type"]
    for field in ("created_by", "last_modified_by"):
        assert {"type": "null"} in schemas["Insight"]["properties"][field]["oneOf"], "deleted users come back null"


def test_insight_query_is_typed_and_open_for_other_kinds() -> None:
    schemas = SPEC["components"]["schemas"]
    assert schemas["Insight"]["properties"]["query"] == {"$ref": "#/components/schemas/InsightQuery"}
    union = [branch.get("$ref", branch.get("type")) for branch in schemas["InsightQuery"]["anyOf"]]
    assert "#/components/schemas/InsightVizNode" in union
    assert "#/components/schemas/DataVisualizationNode" in union
    assert "null" in union
    assert "#/components/schemas/QueryNode" in union
    for node in ("InsightVizNode", "DataVisualizationNode"):
        assert schemas[node]["properties"]["kind"]["const"] == node
    # The wrapper nodes run the Query API's kinds (tests/test_spec_query.py); other kinds still parse as QueryNode.
    source = schemas["InsightVizNode"]["properties"]["source"]
    assert source == {"$ref": "#/components/schemas/InsightQuerySource"}
    assert schemas["InsightQuerySource"]["discriminator"]["propertyName"] == "kind"
    assert schemas["DataVisualizationNode"]["properties"]["source"] == {"$ref": "#/components/schemas/HogQLQuery"}


def test_ids_accept_short_ids_and_uuids() -> None:
    parameters = SPEC["components"]["parameters"]
    insight_ref = resolve(parameters["InsightId"]["schema"])
    assert re.fullmatch(insight_ref["pattern"], "aBc12XyZ")
    assert re.fullmatch(insight_ref["pattern"], "921029")
    person_ref = resolve(parameters["PersonId"]["schema"])
    assert re.fullmatch(person_ref["pattern"], "42")
    assert re.fullmatch(person_ref["pattern"], "0190b5a1-9c3e-7d2f-8a4b-1c2d3e4f5a6b")
    assert not re.fullmatch(person_ref["pattern"], "user@example.com"), "a distinct id is not a person id"


def test_environments_operations_name_the_deprecation_headers() -> None:
    for path, _, op in operations():
        if path.startswith("/api/environments/"):
            assert all(f"`{h}`" in op["description"] for h in ("Deprecation", "Sunset", "Link")), path
