"""Load ``spec/posthog.yaml`` and turn its paths into a routing table of operations."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any

from .._record import field, record

__all__ = ["Operation", "Param", "find_spec_path", "load_spec", "operations", "spec_json"]

_CACHE_FORMAT = "1"  # bump when what the cache file holds changes

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
    doc: dict[str, Any] = json.loads(spec_json())
    return doc


@functools.cache
def spec_json() -> bytes:
    """The OpenAPI document as JSON bytes, from a cache keyed by the YAML's content hash.

    Parsing the YAML takes ~0.25 s, most of ``--demo``'s start-up; ``json.loads`` of the same takes ~2 ms.
    The key is the hash of the YAML's bytes, so an edited spec can never be served stale.
    """
    raw = find_spec_path().read_bytes()
    cache = _cache_dir() / f"spec-{_CACHE_FORMAT}-{hashlib.sha256(raw).hexdigest()[:32]}.json"
    try:
        return cache.read_bytes()
    except OSError:
        pass
    body = _yaml_to_json(raw)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
        tmp.write_bytes(body)
        os.replace(tmp, cache)  # atomic: a concurrent reader sees the whole file or none
    except OSError:
        pass  # a read-only home only costs the YAML parse next time
    return body


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "posthog-rest"


def _yaml_to_json(raw: bytes) -> bytes:
    import yaml  # only on a cache miss: importing it alone is ~30 ms

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    doc = yaml.load(raw, Loader=loader)
    body = json.dumps(doc).encode()
    if json.loads(body) != doc:  # YAML-only values (int keys, dates) would change meaning in JSON
        raise ValueError("spec/posthog.yaml holds values JSON cannot carry (quote response codes and dates)")
    return body


@record(frozen=True)
class Param:
    """One (resolved) parameter of an operation."""

    name: str
    location: str  # path | query | header
    required: bool
    schema: dict[str, Any]


@record
class Operation:
    """One operation of the spec, ready to route and validate."""

    operation_id: str
    method: str
    path: str
    params: list[Param]
    scopes: list[str]
    body_schema: dict[str, Any] | None
    body_required: bool
    responses: dict[str, dict[str, Any] | None]  # status -> JSON schema (None: no body)
    response_headers: dict[str, list[str]] = field(default_factory=dict)  # status -> required header names
    deprecated: bool = False

    @functools.cached_property
    def regex(self) -> re.Pattern[str]:
        """The path as a pattern with a named group per parameter (compiled when routing first reaches it)."""
        return _path_regex(self.path)

    @property
    def handler_name(self) -> str:
        """The operation id without the ``environments_`` prefix: both path families share handlers."""
        return self.operation_id.removeprefix("environments_")

    @property
    def literal_weight(self) -> tuple[int, int]:
        """Sort key: literal paths (``/insights/activity/``) win over templated ones (``/insights/{id}/``)."""
        return (self.path.count("{"), -len(self.path))


def _resolve(doc: dict[str, Any], node: Any, seen: dict[str, Any] | None = None) -> Any:
    """``node`` with its ``$ref`` followed; ``seen`` remembers the references already followed."""
    while isinstance(node, dict) and "$ref" in node:
        ref: str = node["$ref"]
        found = seen.get(ref) if seen is not None else None
        if found is None:
            found = doc
            for part in ref.removeprefix("#/").split("/"):
                found = found[part.replace("~1", "/").replace("~0", "~")]
            if seen is not None:
                seen[ref] = found
        node = found
    return node


def _path_regex(path: str) -> re.Pattern[str]:
    parts = re.split(r"\{([a-zA-Z_]+)\}", path)  # literal, name, literal, name, ..., literal
    pattern = "".join(f"(?P<{part}>[^/]+)" if i % 2 else re.escape(part) for i, part in enumerate(parts))
    return re.compile("^" + pattern + "$")


def _param(node: dict[str, Any], made: dict[int, Param]) -> Param:
    found = made.get(id(node))  # the resolved node itself: shared parameters are one object in the document
    if found is None:
        found = made[id(node)] = Param(node["name"], node["in"], bool(node.get("required")), node.get("schema", {}))
    return found


@functools.cache
def operations() -> tuple[Operation, ...]:
    """Every operation of the spec, literal paths first (so they win when routing)."""
    doc = load_spec()
    ops: list[Operation] = []
    # ~90 operations refer to ~30 shared parameters and a few shared responses: each is looked up, and its
    # (frozen) Param made, once rather than per use; that was most of the table's cost at start-up.
    seen: dict[str, Any] = {}
    made: dict[int, Param] = {}
    for path, item in doc["paths"].items():
        shared = item.get("parameters", [])
        for method in _HTTP_METHODS:
            if method not in item:
                continue
            op = item[method]
            params = [_resolve(doc, p, seen) for p in [*shared, *op.get("parameters", [])]]
            body = _resolve(doc, op.get("requestBody"), seen) if op.get("requestBody") else None
            body_schema = None
            if body is not None:
                body_schema = body.get("content", {}).get("application/json", {}).get("schema")
            responses: dict[str, dict[str, Any] | None] = {}
            headers: dict[str, list[str]] = {}
            for status, resp in op.get("responses", {}).items():
                resp = _resolve(doc, resp, seen)
                responses[str(status)] = resp.get("content", {}).get("application/json", {}).get("schema")
                if resp.get("headers"):
                    headers[str(status)] = list(resp["headers"])
            ops.append(
                Operation(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    path=path,
                    params=[_param(p, made) for p in params],
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
