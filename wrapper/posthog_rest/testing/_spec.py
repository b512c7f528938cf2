"""Load ``spec/posthog.yaml`` and turn its paths into a routing table of operations."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

__all__ = ["Operation", "Param", "find_spec_path", "load_spec", "operations"]

_HTTP_METHODS = ("get", "post", "put", "patch", "delete", "head", "options")


def find_spec_path() -> Path:
    """Where the spec is: the repository's ``spec/posthog.yaml``, else the copy packaged in the wheel."""
    here = Path(__file__).resolve()
    candidates = [
        here.parents[3] / "spec" / "posthog.yaml",  # a source checkout: <repo>/wrapper/posthog_rest/testing/
        here.parents[1] / "_spec" / "posthog.yaml",  # an installed wheel (hatch force-include)
    ]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("spec/posthog.yaml not found; looked in: " + ", ".join(map(str, candidates)))


@functools.cache
def load_spec() -> dict[str, Any]:
    """The parsed OpenAPI document (cached: parse once per process)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with find_spec_path().open(encoding="utf-8") as fh:
        doc: dict[str, Any] = yaml.load(fh, Loader=loader)
    return doc


@dataclass(frozen=True)
class Param:
    """One (resolved) parameter of an operation."""

    name: str
    location: str  # path | query | header
    required: bool
    schema: dict[str, Any]


@dataclass
class Operation:
    """One operation of the spec, ready to route and validate."""

    operation_id: str
    method: str
    path: str
    regex: re.Pattern[str]
    params: list[Param]
    scopes: list[str]
    body_schema: dict[str, Any] | None
    body_required: bool
    responses: dict[str, dict[str, Any] | None]  # status -> JSON schema (None: no body)
    response_headers: dict[str, list[str]] = field(default_factory=dict)  # status -> required header names
    deprecated: bool = False

    @property
    def handler_name(self) -> str:
        """The operation id without the ``environments_`` prefix: both path families share handlers."""
        return self.operation_id.removeprefix("environments_")

    @property
    def literal_weight(self) -> tuple[int, int]:
        """Sort key: literal paths (``/insights/activity/``) win over templated ones (``/insights/{id}/``)."""
        return (self.path.count("{"), -len(self.path))


def _resolve(doc: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        ref: str = node["$ref"]
        target: Any = doc
        for part in ref.removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _path_regex(path: str) -> re.Pattern[str]:
    parts = re.split(r"\{([a-zA-Z_]+)\}", path)  # literal, name, literal, name, ..., literal
    pattern = "".join(f"(?P<{part}>[^/]+)" if i % 2 else re.escape(part) for i, part in enumerate(parts))
    return re.compile("^" + pattern + "$")


@functools.cache
def operations() -> tuple[Operation, ...]:
    """Every operation of the spec, literal paths first (so they win when routing)."""
    doc = load_spec()
    ops: list[Operation] = []
    for path, item in doc["paths"].items():
        shared = item.get("parameters", [])
        for method in _HTTP_METHODS:
            if method not in item:
                continue
            op = item[method]
            params = [_resolve(doc, p) for p in [*shared, *op.get("parameters", [])]]
            body = _resolve(doc, op.get("requestBody")) if op.get("requestBody") else None
            body_schema = None
            if body is not None:
                body_schema = body.get("content", {}).get("application/json", {}).get("schema")
            responses: dict[str, dict[str, Any] | None] = {}
            headers: dict[str, list[str]] = {}
            for status, resp in op.get("responses", {}).items():
                resp = _resolve(doc, resp)
                responses[str(status)] = resp.get("content", {}).get("application/json", {}).get("schema")
                if resp.get("headers"):
                    headers[str(status)] = list(resp["headers"])
            ops.append(
                Operation(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    path=path,
                    regex=_path_regex(path),
                    params=[Param(p["name"], p["in"], bool(p.get("required")), p.get("schema", {})) for p in params],
                    scopes=list(op.get("x-required-scopes", [])),
                    body_schema=body_schema,
                    body_required=bool(body and body.get("required")),
                    responses=responses,
                    response_headers=headers,
                    deprecated=bool(op.get("deprecated")),
                )
            )
    ops.sort(key=lambda o: o.literal_weight)
    return tuple(ops)
