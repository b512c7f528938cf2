"""Request and response validation against the spec, with validators compiled once per schema."""

from __future__ import annotations

import functools
import json
import re
from typing import Any

from jsonschema import Draft202012Validator  # type: ignore[import-untyped,unused-ignore]
from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped,unused-ignore]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ._errors import ApiError
from ._spec import Operation, Param, load_spec

__all__ = ["ResponseViolationError", "coerce_params", "schema_validator", "validate_body", "validate_response"]

_SPEC_URI = "urn:posthog-rest:spec"
_INT = re.compile(r"^-?\d+$")


class ResponseViolationError(AssertionError):
    """The stand-in answered something the spec does not allow: a bug in the stand-in."""


@functools.cache
def _registry() -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(load_spec(), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
    return registry


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
    schema = _absolutize(json.loads(schema_json))
    return Draft202012Validator(schema, registry=_registry())


def schema_validator(schema: dict[str, Any]) -> Draft202012Validator:
    """A compiled Draft 2020-12 validator for a schema of the spec (cached by the schema's content)."""
    return _validator_for(json.dumps(schema, sort_keys=True))


def component_validator(name: str) -> Draft202012Validator:
    """The validator of ``#/components/schemas/<name>``."""
    return schema_validator({"$ref": f"#/components/schemas/{name}"})


def _first_error(validator: Draft202012Validator, value: Any) -> ValidationError | None:
    best: ValidationError | None = None
    for error in validator.iter_errors(value):
        if best is None or len(error.absolute_path) > len(best.absolute_path):
            best = error
    return best


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
        error = _first_error(schema_validator(param.schema), value)
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
        error = _first_error(schema_validator(op.body_schema), body)
        if error is not None:
            raise ApiError.validation(error.message, _attr(error), "invalid_input")
    return body


def validate_response(op: Operation, status: int, body: Any, has_body: bool, headers: dict[str, str]) -> None:
    """Check one of the stand-in's own answers against the spec; raise ``ResponseViolation`` if it is wrong."""
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
        error = _first_error(schema_validator(schema), body)
        if error is not None:
            where = "/".join(str(p) for p in error.absolute_path)
            raise ResponseViolationError(f"{op.operation_id} {status} at '{where}': {error.message}")
    lowered = {k.lower() for k in headers}
    for name in op.response_headers.get(key, []):
        if name.lower() not in lowered:
            raise ResponseViolationError(f"{op.operation_id}: status {status} needs the {name} header")
