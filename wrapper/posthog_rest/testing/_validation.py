"""Request and response validation against the spec, with validators compiled once per schema.

Every check runs first through jsonschema-rs (compiled, ~150x faster than pure-Python jsonschema on a page of
1,000 persons); pure-Python jsonschema, imported only then, explains a failure (its messages are the API's 400
details) and is the fallback where jsonschema-rs is not installed. Without it, the items of large list
responses are sampled (the first, then every :data:`SAMPLE_EVERY`-th) so validation can stay on in tests.
"""

from __future__ import annotations

import functools
import json
import re
from typing import TYPE_CHECKING, Any

from ._errors import ApiError
from ._spec import Operation, Param, load_spec

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator  # type: ignore[import-untyped,unused-ignore]
    from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped,unused-ignore]

__all__ = [
    "ResponseViolationError",
    "coerce_params",
    "component_error",
    "first_error",
    "schema_validator",
    "validate_body",
    "validate_response",
]

_SPEC_URI = "urn:posthog-rest:spec"
_INT = re.compile(r"^-?\d+$")
#: Without jsonschema-rs, list responses longer than this are validated on a sample of their items.
SAMPLE_OVER = 100
#: ... the first item and every SAMPLE_EVERY-th after it (plus the whole envelope).
SAMPLE_EVERY = 25


class ResponseViolationError(AssertionError):
    """The stand-in answered something the spec does not allow: a bug in the stand-in."""


@functools.cache
def _registry() -> Any:
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    resource: Resource[Any] = Resource.from_contents(load_spec(), default_specification=DRAFT202012)
    return Registry().with_resource(_SPEC_URI, resource)


def _absolutize(schema: Any, depth: int = 0) -> Any:
    """Inline local ``#/components/…`` refs (faster to validate: about a third less time), and point the
    ones left after a few levels of recursion (``Error.list``) at the registered spec document."""
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            if depth >= 6:
                return {**schema, "$ref": _SPEC_URI + ref}
            return _absolutize(_deref(schema), depth + 1)
        return {k: _absolutize(v, depth) for k, v in schema.items()}
    if isinstance(schema, list):
        return [_absolutize(v, depth) for v in schema]
    return schema


@functools.cache
def _validator_for(schema_json: str) -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    schema = _absolutize(json.loads(schema_json))
    return Draft202012Validator(schema, registry=_registry())


@functools.cache
def _fast_validator_for(schema_json: str) -> Any:
    """The jsonschema-rs validator of a schema (its ``#/components`` refs resolve in the spec), or None."""
    try:
        import jsonschema_rs
    except ImportError:  # an optional speed-up: platforms without its wheels use pure-Python jsonschema
        return None
    schema = json.loads(schema_json)
    document = {**schema, "components": _components_used(schema, load_spec()["components"], {})}
    return jsonschema_rs.Draft202012Validator(document)


def _components_used(node: Any, components: dict[str, Any], used: dict[str, Any]) -> dict[str, Any]:
    """The components ``node`` refers to, directly or through others: a validator compiled with only these
    checks the same and is made several times faster than one carrying all of the spec's components."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            kind, name = ref.removeprefix("#/components/").split("/")[:2]
            name = name.replace("~1", "/").replace("~0", "~")
            if name not in used.setdefault(kind, {}):
                used[kind][name] = components[kind][name]
                _components_used(components[kind][name], components, used)
        for value in node.values():
            _components_used(value, components, used)
    elif isinstance(node, list):
        for value in node:
            _components_used(value, components, used)
    return used


def _key(schema: dict[str, Any]) -> str:
    return json.dumps(schema, sort_keys=True)


def schema_validator(schema: dict[str, Any]) -> Draft202012Validator:
    """A compiled pure-Python Draft 2020-12 validator for a schema of the spec (cached by the schema's content)."""
    return _validator_for(_key(schema))


def _slow_first_error(validator: Draft202012Validator, value: Any) -> ValidationError | None:
    best: ValidationError | None = None
    for error in validator.iter_errors(value):
        if best is None or len(error.absolute_path) > len(best.absolute_path):
            best = error
    return best


def _fast_valid(key: str, value: Any) -> bool:
    fast = _fast_validator_for(key)
    return fast is not None and bool(fast.is_valid(value))


def first_error(schema: dict[str, Any], value: Any) -> ValidationError | None:
    """The most specific violation of ``schema`` by ``value``, or None.

    jsonschema-rs decides; pure-Python jsonschema explains (and decides where jsonschema-rs is missing).

    >>> first_error({"type": "integer"}, 3) is None, first_error({"type": "integer"}, "x").message
    (True, "'x' is not of type 'integer'")
    """
    key = _key(schema)
    if _fast_valid(key, value):
        return None
    return _slow_first_error(_validator_for(key), value)


def component_error(name: str, value: Any) -> ValidationError | None:
    """The first violation of ``#/components/schemas/<name>`` by ``value`` (in jsonschema's order), or None."""
    key = _key({"$ref": f"#/components/schemas/{name}"})
    if _fast_valid(key, value):
        return None
    return next(iter(_validator_for(key).iter_errors(value)), None)


def _sampled(body: Any) -> Any:
    """The envelope of a long list response with a sample of its items (pure-Python validation only)."""
    if isinstance(body, dict) and isinstance(body.get("results"), list) and len(body["results"]) > SAMPLE_OVER:
        return {**body, "results": body["results"][::SAMPLE_EVERY]}
    return body


def _schema_types(schema: dict[str, Any]) -> set[str]:
    schema = _deref(schema)
    t = schema.get("type")
    if isinstance(t, list):
        return set(t)
    if isinstance(t, str):
        return {t}
    return set()


def _deref(schema: dict[str, Any]) -> dict[str, Any]:
    doc = load_spec()
    while "$ref" in schema:
        target: Any = doc
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        schema = target
    return schema


def _coerce(param: Param, raw: str) -> Any:
    types = _schema_types(param.schema)
    if "integer" in types:
        if not _INT.match(raw.strip()):
            raise ApiError.validation("A valid integer is required.", param.name, "invalid")
        return int(raw)
    if "boolean" in types:
        low = raw.strip().lower()
        if low in ("true", "1", "yes", "on"):
            return True
        if low in ("false", "0", "no", "off", ""):
            return False
        raise ApiError.validation("Must be a valid boolean.", param.name, "invalid")
    return raw


def coerce_params(op: Operation, path_params: dict[str, str], query: list[tuple[str, str]]) -> dict[str, Any]:
    """Check and convert an operation's path and query parameters; raise a 400 ``ApiError`` on a violation."""
    last: dict[str, str] = {}
    for key, value in query:
        last[key] = value
    values: dict[str, Any] = {}
    for param in op.params:
        if param.location == "path":
            raw: str | None = path_params.get(param.name)
        elif param.location == "query":
            raw = last.get(param.name)
        else:
            continue
        if raw is None:
            if param.required:
                raise ApiError.validation("This field is required.", param.name, "required")
            continue
        value = _coerce(param, raw)
        error = first_error(param.schema, value)
        if error is not None and param.schema.get("$ref", "").endswith("/ProjectRef"):
            raise ApiError.not_found("Project not found.")  # PostHog's router: no such project
        if error is not None:
            raise ApiError.validation(f"Invalid value for '{param.name}': {error.message}", param.name, "invalid")
        values[param.name] = value
    return values


def _attr(error: ValidationError) -> str | None:
    path = [str(p) for p in error.absolute_path]
    if error.validator == "required" and isinstance(error.validator_value, list):
        missing = re.findall(r"'([^']+)' is a required property", error.message)
        if missing:
            path.append(missing[0])
    return "__".join(path) or None


# Fields PostHog's person views read by hand before any serializer, answering in their own way when absent:
# update and update_property with a 400 whose `code` and `detail` are swapped; delete_property with a
# KeyError, i.e. a bare 500.
_REQUIRED_BY_HAND: dict[str, tuple[str, ...]] = {
    "persons_partial_update": ("properties",),
    "persons_update_property_create": ("value", "key"),
}
_KEY_ERROR: dict[str, str] = {"persons_delete_property_create": "$unset"}


def _check_by_hand(op: Operation, body: Any) -> None:
    data = body if isinstance(body, dict) else {}
    for name in _REQUIRED_BY_HAND.get(op.handler_name, ()):
        if data.get(name) is None:
            raise ApiError(400, "validation_error", "This field is required.", "required", name)
    key = _KEY_ERROR.get(op.handler_name)
    if key is not None and key not in data:
        raise ApiError(500, "server_error", "error", "A server error occurred.")


def validate_body(op: Operation, raw: bytes) -> Any:
    """Parse and check a JSON request body; raise a 400 ``ApiError`` on a violation. Returns the body or None."""
    if not raw.strip():
        _check_by_hand(op, None)
        if op.body_required:
            raise ApiError.validation("This field is required.", None, "required")
        return None
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(400, "validation_error", "parse_error", f"JSON parse error - {exc}") from None
    _check_by_hand(op, body)
    if op.body_schema is not None:
        error = first_error(op.body_schema, body)
        if error is not None:
            raise ApiError.validation(error.message, _attr(error), "invalid_input")
    return body


def validate_response(
    op: Operation, status: int, body: Any, has_body: bool, headers: dict[str, str], *, full: bool = False
) -> None:
    """Check one of the stand-in's own answers against the spec; raise ``ResponseViolation`` if it is wrong.

    ``full``: every item of a long list even without jsonschema-rs (else a sample of them, see the module).
    """
    key = str(status)
    if key not in op.responses:
        raise ResponseViolationError(f"{op.operation_id}: status {status} is not documented")
    schema = op.responses[key]
    if schema is None:
        if has_body:
            raise ResponseViolationError(f"{op.operation_id}: status {status} must have no body")
    else:
        if not has_body:
            raise ResponseViolationError(f"{op.operation_id}: status {status} needs a JSON body")
        checked = body if full or _fast_validator_for(_key(schema)) is not None else _sampled(body)
        error = first_error(schema, checked)
        if error is not None:
            path = list(error.absolute_path)
            if checked is not body and path[:1] == ["results"] and len(path) > 1:
                path[1] = int(path[1]) * SAMPLE_EVERY  # the sampled item's index in the real page
            where = "/".join(str(p) for p in path)
            raise ResponseViolationError(f"{op.operation_id} {status} at '{where}': {error.message}")
    lowered = {k.lower() for k in headers}
    for name in op.response_headers.get(key, []):
        if name.lower() not in lowered:
            raise ResponseViolationError(f"{op.operation_id}: status {status} needs the {name} header")
