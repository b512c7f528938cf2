"""The fields ``from_dict`` type-checks itself (its module's ``_CHECKED``) are the ones the SDK's type check skips.

If a field were listed but a wrong value got past ``from_dict``, it would pass both. So every field of real
answers (a page of persons, an insight with its query, series and user, the current user, a page of projects)
is broken in turn, with values wrong for every JSON type and format: whatever ``from_dict`` takes, the SDK's
check must judge exactly as the full check of every annotation (nothing skipped) does. Through the SDK, each
field the generator checks in a person still fails the call with a ``ResponseValidationError`` naming it.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import posthog_openapi.models
from posthog_openapi.models import Insight, PaginatedPersonList, PaginatedProjectList, Person, User
from posthog_openapi.types import UNVERIFIED
from posthog_rest import PostHog, ResponseValidationError
from posthog_rest._strict import SpecMismatchError, check
from posthog_rest.testing import LocalPostHog
from scripted_server import ScriptedServer

ABSENT = object()
#: Values wrong for some field of every kind: JSON types, lists of them, text that is not a UUID or date-time
#: (and text that is one in another form), and the key left out.
CANDIDATES: list[Any] = [
    [{"not": "a scalar"}],
    {"an": "object"},
    "text",
    "",
    5,
    -1,
    1.5,
    True,
    None,
    [],
    [5],
    ["x"],
    [None],
    [True],
    [1.5],
    [{"x": 1}],
    "not-a-uuid",
    "53c9829b1bec48ae820f6ae3f3d7e695",
    "{53c9829b-1bec-48ae-820f-6ae3f3d7e695}",
    "2026-13-45T00:00:00Z",
    "2026-12-01",
    "2026-12-01T10:00:00.123456Z",
    ABSENT,
]


@pytest.fixture(scope="module")
def answers(local_posthog_server: LocalPostHog) -> dict[str, Any]:
    server = local_posthog_server
    base = f"{server.url}/api/projects/{server.project_id}"
    with httpx.Client(headers={"Authorization": f"Bearer {server.api_key}"}) as client:
        first = client.get(f"{base}/insights/", params={"limit": 1}).json()["results"][0]
        found = {
            "insight": client.get(f"{base}/insights/{first['id']}/").json(),
            "persons": client.get(f"{base}/persons/", params={"limit": 2}).json(),
            "me": client.get(f"{server.url}/api/users/@me/").json(),
            "projects": client.get(f"{server.url}/api/projects/").json(),
        }
    assert found["insight"]["query"]
    assert found["insight"]["created_by"]
    assert found["persons"]["results"]
    return found


MODELS = {"insight": Insight, "persons": PaginatedPersonList, "me": User, "projects": PaginatedProjectList}


def places(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Every (object path, key) in a JSON document."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield path, key
            yield from places(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data[:2]):
            yield from places(value, (*path, index))


def replaced(data: dict[str, Any], path: tuple[Any, ...], key: str, value: Any) -> dict[str, Any]:
    """A deep copy of ``data`` with ``key`` of the object at ``path`` set to ``value`` (or removed: ``ABSENT``)."""
    copy: dict[str, Any] = json.loads(json.dumps(data))
    target = copy
    for step in path:
        target = target[step]
    if value is ABSENT:
        del target[key]
    else:
        target[key] = value
    return copy


def verdict(model: Any) -> bool:
    """Whether the SDK's type check refuses ``model``."""
    try:
        check(model)
    except SpecMismatchError:
        return True
    return False


@pytest.fixture
def full_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """The SDK's check of every annotation, trusting nothing to ``from_dict`` (no ``_CHECKED`` field skipped)."""
    import posthog_rest._strict as strict

    for info in pkgutil.iter_modules(posthog_openapi.models.__path__):
        module = importlib.import_module(f"posthog_openapi.models.{info.name}")
        if hasattr(module, "_CHECKED"):  # enums have none
            monkeypatch.setattr(module, "_CHECKED", frozenset())
    monkeypatch.setattr(strict, "_MODELS", {})  # checkers compiled without the skips, dropped afterwards
    monkeypatch.setattr(strict, "_ENTRIES", {})


@pytest.mark.parametrize("answer", list(MODELS))
def test_whatever_from_dict_takes_the_check_judges_as_the_full_check(
    answers: dict[str, Any], answer: str, request: pytest.FixtureRequest
) -> None:
    cls = MODELS[answer]
    taken: list[tuple[str, Any, bool]] = []
    refused = 0
    for path, key in places(answers[answer]):
        for value in CANDIDATES:
            try:
                model = cls.from_dict(replaced(answers[answer], path, key, value))
            except (TypeError, ValueError, KeyError, AttributeError):
                refused += 1
                continue
            taken.append((f"{path}/{key}={value!r}", model, verdict(model)))
    assert refused
    assert taken
    request.getfixturevalue("full_check")
    for where, model, skipping in taken:
        assert verdict(model) == skipping, f"{cls.__name__} {where}: the check skipped a field from_dict took"


@pytest.mark.parametrize("answer", list(MODELS))
def test_a_parse_that_keeps_nothing_unchecked_passes_the_full_check(
    answers: dict[str, Any], answer: str, request: pytest.FixtureRequest
) -> None:
    """The SDK skips its type check when parsing left ``UNVERIFIED`` unchanged: such a model must pass the check
    of every annotation, and a model the check refuses must have moved it."""
    cls = MODELS[answer]
    kept: list[tuple[str, Any]] = []
    moved = 0
    for path, key in places(answers[answer]):
        for value in CANDIDATES:
            before = UNVERIFIED.count
            try:
                model = cls.from_dict(replaced(answers[answer], path, key, value))
            except (TypeError, ValueError, KeyError, AttributeError):
                continue
            if UNVERIFIED.count == before:
                kept.append((f"{path}/{key}={value!r}", model))
            else:
                moved += 1
    assert kept
    if answer in ("insight", "me"):  # their nested objects and unions can be kept as sent (a page's items cannot)
        assert moved
    request.getfixturevalue("full_check")
    for where, model in kept:
        assert not verdict(model), f"{cls.__name__} {where}: the check was skipped on a wrong value"


def test_the_models_of_a_persons_page_are_left_to_from_dict_whole() -> None:
    for cls in (PaginatedPersonList, Person):
        module = importlib.import_module(cls.__module__)
        fields = {a.name for a in cls.__attrs_attrs__ if a.init}
        assert fields <= module._CHECKED, cls.__name__


def test_a_person_page_with_a_wrong_scalar_fails_to_parse(answers: dict[str, Any]) -> None:
    broken = replaced(answers["persons"], ("results", 1), "name", 5)
    with pytest.raises(TypeError, match=r"Person\.name: expected a string"):
        PaginatedPersonList.from_dict(broken)


#: Each field of a person the generated from_dict checks, broken, and what the error says.
PERSON_FIELDS = [
    ("id", "12", r"Person\.id: expected an integer or null, got str"),
    ("uuid", "not-a-uuid", r"Person\.uuid: expected a UUID, got 'not-a-uuid'"),
    ("uuid", 12, r"Person\.uuid: expected a string, got int"),
    ("distinct_ids", ["a", 7], r"Person\.distinct_ids\[1\]: expected a string, got int"),
    ("distinct_ids", "a", r"Person\.distinct_ids: expected an array, got str"),
    ("properties", ["plan"], r"Person\.properties: expected an object, got list"),
    ("name", 5, r"Person\.name: expected a string or null, got int"),
    ("created_at", "yesterday", r"Person\.created_at: expected a date-time, got 'yesterday'"),
    ("created_at", 1700000000, r"Person\.created_at: expected a string or null, got int"),
    ("last_seen_at", "2026-13-45T00:00:00Z", r"Person\.last_seen_at: expected a date-time"),
    ("results", {"id": 1}, r"PaginatedPersonList\.results: expected an array, got dict"),
]


@pytest.mark.parametrize(("key", "value", "message"), PERSON_FIELDS)
def test_a_broken_person_fails_the_list_call_naming_the_field(
    answers: dict[str, Any], key: str, value: Any, message: str
) -> None:
    page = answers["persons"]
    path: tuple[Any, ...] = () if key == "results" else ("results", 1)
    body = json.dumps({**replaced(page, path, key, value), "next": None})
    with ScriptedServer() as srv:
        srv.route("GET", "/api/projects/1/persons/", 200, body)
        with PostHog(api_key="phx_parsecheckedfields0123456789", host=srv.url, project=1, max_retries=0) as ph:
            with pytest.raises(ResponseValidationError, match=message):
                list(ph.persons.list())
            assert len(srv.requests) == 1
