"""Contract robustness: response bodies generated from the spec's own schemas (with nulls, empty lists, unknown
extra fields, unknown enum values and the occasional wrong type), served over real HTTP by a tiny local
server. The wrapper must return its models or raise a ``PostHogError`` (mostly ``ResponseValidationError``);
any other exception is a bug.

The schema→strategy function is small and local (``hypothesis-jsonschema`` is not a dependency): it supports
``type`` (and 3.1 type lists), ``nullable``, ``enum``, ``$ref``, ``oneOf``/``anyOf``/``allOf``, arrays,
objects with ``required``/``additionalProperties``, and the ``date-time``/``date``/``uuid``/``email``/``uri``
formats.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from posthog_rest import PostHog, PostHogError
from posthog_rest.testing._spec import load_spec
from scripted_server import Answer, ScriptedServer, Seen

SPEC = load_spec()
MAX_DEPTH = 4
JSON_SCALARS = st.none() | st.booleans() | st.integers(-(2**31), 2**31) | st.text(max_size=8)
ANY_JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


def resolve(ref: str) -> dict[str, Any]:
    node: Any = SPEC
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return dict(node)


def _scalar(kind: str, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    fmt = schema.get("format")
    if kind == "string":
        if fmt == "date-time":
            return st.datetimes(
                min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
            ).map(lambda d: d.isoformat().replace("+00:00", "Z"))
        if fmt == "date":
            return st.dates().map(lambda d: d.isoformat())
        if fmt == "uuid":
            return st.uuids().map(str)
        if fmt == "email":
            return st.emails()
        if fmt == "uri":
            return st.sampled_from(["https://us.posthog.com/x", "http://127.0.0.1:1/api/", "not a uri"])
        return st.text(max_size=12)
    if kind == "integer":
        return st.integers(-(2**40), 2**40)
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False, width=32) | st.integers(-1000, 1000)
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    if kind == "array":
        return st.lists(strategy(schema.get("items", {}), 99), max_size=0)
    return ANY_JSON


def strategy(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Valid-ish JSON for ``schema``: sometimes null, unknown enum values, extra fields, empty lists."""
    if "$ref" in schema:
        return strategy({**resolve(schema["$ref"]), **{k: v for k, v in schema.items() if k != "$ref"}}, depth)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return st.one_of([strategy(sub, depth) for sub in schema[key]])
    if "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for sub in schema["allOf"]:
            sub = resolve(sub["$ref"]) if "$ref" in sub else sub
            merged["properties"].update(sub.get("properties", {}))
            merged["required"] += sub.get("required", [])
        return strategy(merged, depth)
    base: st.SearchStrategy[Any]
    if "enum" in schema:
        values = list(schema["enum"])
        unknown = 999 if all(isinstance(v, int) for v in values if v is not None) else "zz_unknown_enum_value"
        base = st.sampled_from(values) | st.just(unknown)
    else:
        kinds = schema.get("type")
        kinds = kinds if isinstance(kinds, list) else [kinds] if kinds else []
        options = []
        for kind in kinds:
            if kind == "object":
                options.append(_object(schema, depth))
            elif kind == "array":  # past MAX_DEPTH the items are not built at all: schemas may be recursive
                items = schema.get("items", {})
                options.append(st.just([]) if depth >= MAX_DEPTH else st.lists(strategy(items, depth + 1), max_size=3))
            else:
                options.append(_scalar(kind, schema))
        if not options:
            options.append(_object(schema, depth) if "properties" in schema else ANY_JSON)
        base = st.one_of(options)
    if schema.get("nullable"):
        base = base | st.none()
    return base


def _object(schema: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
    props: dict[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    if depth >= MAX_DEPTH:
        props = {k: v for k, v in props.items() if k in required}
    req = {k: strategy(v, depth + 1) for k, v in props.items() if k in required}
    opt = {k: strategy(v, depth + 1) for k, v in props.items() if k not in required}
    extra = schema.get("additionalProperties")
    body = st.fixed_dictionaries(req, optional=opt)
    if isinstance(extra, dict) and not props:
        body = st.dictionaries(st.text(max_size=6), strategy(extra, depth + 1), max_size=3)
    elif extra is True and not props:
        body = st.dictionaries(st.text(max_size=6), ANY_JSON, max_size=3)
    unknown = st.fixed_dictionaries({}, optional={"zz_unknown_field": ANY_JSON})
    return st.tuples(body, unknown).map(lambda pair: {**pair[0], **pair[1]})


def body_for(ref: str) -> st.SearchStrategy[Any]:
    """Mostly schema-shaped bodies, now and then anything at all."""
    return st.one_of(strategy({"$ref": f"#/components/schemas/{ref}"}), ANY_JSON.filter(lambda _: True))


class Served:
    """The body (and status) the scripted server answers for every request right now."""

    status = 200
    body = b"{}"


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[PostHog, type[Served], ScriptedServer]]:
    with ScriptedServer() as srv:

        def answer(seen: Seen) -> Answer:
            return Answer(Served.status, Served.body)

        for method, path in [
            ("GET", "/api/projects/1/insights/"),
            ("GET", "/api/projects/1/insights/7/"),
            ("GET", "/api/projects/1/persons/"),
            ("GET", "/api/projects/1/persons/9/"),
            ("GET", "/api/users/@me/"),
            ("GET", "/api/projects/1/query/abc/"),
            ("POST", "/api/projects/1/query/TrendsQuery/"),
        ]:
            srv.route(method, path, body=answer)
        ph = PostHog(api_key="phx_contract", host=srv.url, project=1, max_retries=0)
        yield ph, Served, srv
        ph.close()


OPERATIONS: dict[str, tuple[str, Callable[[PostHog], Any]]] = {
    "insights.list": ("PaginatedInsightList", lambda ph: list(ph.insights.list(limit=3, page_size=3))),
    "insights.get": ("Insight", lambda ph: ph.insights.get(7)),
    "persons.list": ("PaginatedPersonList", lambda ph: list(ph.persons.list(limit=3, page_size=3))),
    "persons.get": ("Person", lambda ph: ph.persons.get(9)),
    "users.me": ("User", lambda ph: ph.me()),
    "query.status": ("QueryStatusResponse", lambda ph: ph.query_status("abc")),
    "insights.trend": ("TrendsQueryResponse", lambda ph: ph.insights.trend(events=[{"id": "$pageview"}])),
}


def test_strategies_cover_the_interesting_cases() -> None:
    """The generator does produce nulls, empty lists, extra fields and unknown enum values."""
    seen: set[str] = set()

    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(strategy({"$ref": "#/components/schemas/Insight"}))
    def look(body: Any) -> None:
        text = json.dumps(body)
        if isinstance(body, dict):
            seen.update(k for k in ("zz_unknown_field", "zz_unknown_enum_value", "999") if k in text)
            if any(v is None for v in body.values()):
                seen.add("null")
            if any(v == [] for v in body.values()):
                seen.add("empty list")

    look()
    assert {"zz_unknown_field", "null", "empty list"} <= seen, seen


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_wrapper_returns_models_or_typed_errors(
    operation: str, served: tuple[PostHog, type[Served], ScriptedServer]
) -> None:
    ph, holder, _ = served
    schema, call = OPERATIONS[operation]
    outcomes: dict[str, int] = {}

    @settings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(
        body=body_for(schema),
        status=st.sampled_from([200, 200, 200, 202]) if operation == "query.status" else st.just(200),
    )
    def check(body: Any, status: int) -> None:
        holder.status, holder.body = status, json.dumps(body).encode()
        try:
            result = call(ph)
        except PostHogError as err:
            name = type(err).__name__ if err.status in (200, 202, None) else f"{type(err).__name__} {err.status}"
            outcomes[name] = outcomes.get(name, 0) + 1
            return
        outcomes["ok"] = outcomes.get("ok", 0) + 1
        items = result if isinstance(result, list) else [result]
        for item in items:
            assert hasattr(item, "to_dict"), f"{operation} returned {type(item).__name__}"

    check()
    assert set(outcomes) <= {"ok", "ResponseValidationError", "PaginationError"}, outcomes
    assert outcomes.get("ok", 0) > 0, outcomes
