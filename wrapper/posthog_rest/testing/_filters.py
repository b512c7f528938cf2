"""Person property filters, as PostHog's ``properties`` query parameter describes them."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from ._cohorts import member_test
from ._errors import ApiError
from ._validation import component_error

__all__ = ["Matcher", "parse_property_filters"]

Matcher = Callable[[dict[str, Any]], bool]


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _as_date(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None


def _compile_regex(pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ApiError.validation(f"Invalid regex {pattern!r}: {exc}", "properties") from None


def _cohort(flt: dict[str, Any], project_id: int | None) -> Matcher:
    # A cohort PostHog does not find matches nobody (posthog/models/property/util.py: "0 = 13").
    found = member_test(project_id, flt.get("value")) if project_id is not None else None
    key, values = found if found is not None else ("", ())
    member: Matcher = lambda p: key in p and p[key] in values  # noqa: E731
    return (lambda p: not member(p)) if flt.get("operator") == "not_in" else member


def _one(flt: dict[str, Any], project_id: int | None) -> Matcher:
    if not flt:  # PostHog's empty filter: a row of its UI not filled in yet
        return lambda p: True
    if flt.get("type") == "cohort":
        return _cohort(flt, project_id)
    key = flt.get("key")
    if not isinstance(key, str):
        raise ApiError.validation("A property filter needs a key.", "properties")
    op: str = flt.get("operator") or "exact"
    raw = flt.get("value")
    values = raw if isinstance(raw, list) else ([] if raw is None else [raw])
    texts = [_text(v) for v in values]
    if op in ("exact", "in"):
        wanted = set(texts)
        return lambda p: key in p and p[key] is not None and _text(p[key]) in wanted
    if op in ("is_not", "not_in"):
        unwanted = set(texts)
        return lambda p: key not in p or p[key] is None or _text(p[key]) not in unwanted
    if op in ("icontains", "not_icontains"):
        needles = [t.lower() for t in texts]
        hit: Matcher = lambda p: key in p and any(n in _text(p[key]).lower() for n in needles)  # noqa: E731
        return hit if op == "icontains" else (lambda p: not hit(p))
    if op in ("regex", "not_regex"):
        patterns = [_compile_regex(t) for t in texts]
        found: Matcher = lambda p: key in p and any(r.search(_text(p[key])) for r in patterns)  # noqa: E731
        return found if op == "regex" else (lambda p: not found(p))
    if op in ("gt", "lt", "gte", "lte"):
        bound = _number(values[0]) if values else None
        if bound is None:
            raise ApiError.validation(f"Operator '{op}' needs a numeric value.", "properties")
        compare: dict[str, Callable[[float, float], bool]] = {
            "gt": lambda a, b: a > b,
            "lt": lambda a, b: a < b,
            "gte": lambda a, b: a >= b,
            "lte": lambda a, b: a <= b,
        }
        cmp = compare[op]

        def numeric(p: dict[str, Any]) -> bool:
            n = _number(p.get(key))
            return n is not None and cmp(n, bound)

        return numeric
    if op == "is_set":
        return lambda p: key in p and p[key] is not None
    if op == "is_not_set":
        return lambda p: key not in p or p[key] is None
    if op in ("is_date_exact", "is_date_after", "is_date_before"):
        day = _as_date(values[0]) if values else None
        if day is None:
            raise ApiError.validation(f"Operator '{op}' needs a date value (YYYY-MM-DD).", "properties")

        def dated(p: dict[str, Any]) -> bool:
            d = _as_date(p.get(key))
            if d is None:
                return False
            return d == day if op == "is_date_exact" else (d > day if op == "is_date_after" else d < day)

        return dated
    # The spec lets through every operator PostHog's schema lists; the stand-in filters persons with the classic ones.
    raise ApiError.validation(f"The local stand-in does not filter persons with operator '{op}'.", "properties")


def parse_property_filters(raw: str, project_id: int | None = None) -> Matcher:
    """Parse the JSON ``properties`` query parameter into one predicate over a properties dict.

    Cohort filters test membership of ``project_id``'s seeded cohorts (without it, of none).

    >>> m = parse_property_filters('[{"key": "plan", "value": ["pro", "enterprise"]}]')
    >>> m({"plan": "pro"}), m({"plan": "free"})
    (True, False)
    >>> g = parse_property_filters('{"type": "AND", "values": [{"type": "OR", "values": [{"key": "n", "value": 1}]}]}')
    >>> g({"n": 1}), g({"n": 2})
    (True, False)
    """
    try:
        data = json.loads(raw) if raw.strip() else []
    except ValueError as exc:
        raise ApiError.validation(f"Properties are not valid JSON: {exc}", "properties") from None
    if isinstance(data, dict) and "values" in data:  # a PropertyGroup
        error = component_error("PropertyGroup", data)
        if error is not None:
            raise ApiError.validation(f"Invalid property group: {error.message}", "properties")
        return _group(data, project_id)
    error = component_error("PropertyFilterList", data)
    if error is not None:
        raise ApiError.validation(f"Invalid property filter: {error.message}", "properties")
    return _group({"type": "AND", "values": data}, project_id)


def _group(group: dict[str, Any], project_id: int | None) -> Matcher:
    # A value with `values` and no `key` is a nested group (PostHog's UI saves groups of groups).
    matchers = [
        _group(v, project_id) if "values" in v and "key" not in v else _one(v, project_id) for v in group["values"]
    ]
    combine: Callable[[Any], bool] = any if group.get("type") == "OR" else all
    return lambda props: combine(m(props) for m in matchers)
