"""The fields ``from_dict`` type-checks itself (its module's ``_CHECKED``) are the ones the SDK's type check skips.

If a field were listed but not enforced, a wrong value would pass both. So every field of a real insight
answer (and of the query, series and user inside it) is broken in turn: a listed field must fail the parse;
and wrong values elsewhere (a list's item, a date-time's format, a nested object) still fail the SDK's check.
"""

from __future__ import annotations

import importlib
import json
from typing import Any

import httpx
import pytest

from posthog_openapi.models import Insight, PaginatedPersonList
from posthog_rest._strict import check
from posthog_rest.testing import LocalPostHog

#: No scalar, enum or constant is ever a list: wrong for every field ``from_dict`` is said to check.
WRONG: list[Any] = [{"not": "a scalar"}]


@pytest.fixture(scope="module")
def answers(local_posthog_server: LocalPostHog) -> dict[str, Any]:
    server = local_posthog_server
    base = f"{server.url}/api/projects/{server.project_id}"
    with httpx.Client(headers={"Authorization": f"Bearer {server.api_key}"}) as client:
        first = client.get(f"{base}/insights/", params={"limit": 1}).json()["results"][0]
        insight = json.loads(client.get(f"{base}/insights/{first['id']}/").content)
        persons = json.loads(client.get(f"{base}/persons/", params={"limit": 5}).content)
    assert insight["query"]
    assert insight["created_by"]
    return {"insight": insight, "persons": persons}


#: Objects inside the insight answer and the model each is parsed with.
NESTED = [
    ((), "Insight"),
    (("query",), "InsightVizNode"),
    (("query", "source"), "TrendsQuery"),
    (("query", "source", "series", 0), "EventsNode"),
    (("created_by",), "UserBasic"),
]


def replaced(data: dict[str, Any], path: tuple[Any, ...], key: str, value: Any) -> dict[str, Any]:
    """A deep copy of ``data`` with ``key`` of the object at ``path`` set to ``value``."""
    copy: dict[str, Any] = json.loads(json.dumps(data))
    target = copy
    for step in path:
        target = target[step]
    target[key] = value
    return copy


def at(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        data = data[step]
    return data


@pytest.mark.parametrize(("path", "name"), NESTED)
def test_every_field_from_dict_lets_through_is_left_to_the_check(
    answers: dict[str, Any], path: tuple[Any, ...], name: str
) -> None:
    cls = getattr(importlib.import_module("posthog_openapi.models"), name)
    checked = importlib.import_module(cls.__module__)._CHECKED
    source = at(answers["insight"], path)
    refused = set()
    for key in source:
        broken = {**source, key: list(WRONG)}
        try:
            model = cls.from_dict(broken)
        except (TypeError, ValueError, KeyError, AttributeError):
            refused.add(key)
            continue
        # Taken as it came: the attribute holding it must not be one the SDK's check skips.
        holders = [a.name for a in cls.__attrs_attrs__ if a.init and a.name in vars(cls)]
        holding = [n for n in holders if _raw(model, n) is broken[key]]
        assert holding, (name, key)
        assert not set(holding) & checked, f"{name}.{key} is listed in _CHECKED but from_dict took {WRONG!r}"
    assert checked, name
    assert refused, name


def _raw(model: Any, name: str) -> Any:
    try:
        return object.__getattribute__(model, name)
    except AttributeError:  # a lazily built field not built yet
        return None


def test_a_person_page_with_a_wrong_scalar_fails_to_parse(answers: dict[str, Any]) -> None:
    broken = replaced(answers["persons"], ("results", 2), "name", 5)
    with pytest.raises(TypeError, match=r"Person\.name: expected a string"):
        PaginatedPersonList.from_dict(broken)


@pytest.mark.parametrize(
    ("path", "key", "value", "named"),
    [
        ((), "id", "12", "Insight.id"),
        ((), "effective_restriction_level", 99, "AccessLevel"),
        (("created_by",), "first_name", 5, "Insight.created_by"),
        ((), "dashboards", ["1"], "Insight.dashboards"),
        ((), "last_refresh", "yesterday", "Insight.last_refresh"),
    ],
)
def test_a_wrong_value_fails_the_parse_or_the_check(
    answers: dict[str, Any], path: tuple[Any, ...], key: str, value: Any, named: str
) -> None:
    broken = replaced(answers["insight"], path, key, value)
    with pytest.raises((TypeError, ValueError)) as info:
        check(Insight.from_dict(broken))
    assert named in str(info.value)
