"""The generated models' lean ``from_dict`` (custom templates in config/openapi-python-client-templates/).

UUIDs, date-times and free-form objects are converted on first read, from the source dict the model keeps;
everything a type check can catch (a JSON type, a list's item, a UUID's or date-time's text) still fails at
parse time. These tests pin that contract on real pages from the stand-in: same values and types as an eager
parse, assignments win over the source, copies work.
"""

from __future__ import annotations

import copy
import datetime
import json
import pickle
import types
import uuid
from typing import Any

import attrs
import httpx
import pytest

from posthog_openapi.models import DateRange, PaginatedPersonList, Person, PersonProperties, TrendsQuery
from posthog_openapi.types import UNSET, as_sent, parse_uuid
from posthog_rest.testing import LocalPostHog


@pytest.fixture(scope="module")
def raw_page(local_posthog_server: LocalPostHog) -> dict[str, Any]:
    response = httpx.get(
        f"{local_posthog_server.url}/api/projects/{local_posthog_server.project_id}/persons/",
        params={"limit": 50},
        headers={"Authorization": f"Bearer {local_posthog_server.api_key}"},
    )
    response.raise_for_status()
    page: dict[str, Any] = json.loads(response.content)
    assert len(page["results"]) == 50
    return page


def eager(raw: dict[str, Any]) -> Person:
    """The person an eager parse gives: every field converted up front, through the public constructor."""
    known = {"id", "uuid", "name", "distinct_ids", "properties", "created_at", "last_seen_at"}
    properties = PersonProperties()
    properties.additional_properties = dict(raw["properties"])

    def when(key: str) -> Any:
        value = raw.get(key, UNSET)
        return value if value is None or value is UNSET else datetime.datetime.fromisoformat(value)

    person = Person(
        id=raw["id"],
        uuid=uuid.UUID(raw["uuid"]),
        name=raw.get("name", UNSET),
        distinct_ids=raw["distinct_ids"],
        properties=properties,
        created_at=when("created_at"),
        last_seen_at=when("last_seen_at"),
    )
    person.additional_properties = {k: v for k, v in raw.items() if k not in known}
    return person


def test_a_parsed_page_equals_an_eager_parse(raw_page: dict[str, Any]) -> None:
    page = PaginatedPersonList.from_dict(raw_page)
    assert page.next_ == raw_page["next"]
    assert len(page.results) == len(raw_page["results"])
    for person, raw in zip(page.results, raw_page["results"], strict=True):
        assert isinstance(person.uuid, uuid.UUID)
        assert isinstance(person.created_at, datetime.datetime)
        assert isinstance(person.properties, PersonProperties)
        assert person == eager(raw)
        assert person.to_dict() == raw  # the server's own JSON: "...Z" stays "...Z"
        assert eager(raw).to_dict() != raw  # what converting every field and back would give ("+00:00")


def test_to_dict_is_the_servers_json_whether_or_not_fields_were_read(raw_page: dict[str, Any]) -> None:
    raw = raw_page["results"][2]
    assert raw["created_at"].endswith("Z")
    person = Person.from_dict(raw)
    _ = (person.uuid, person.created_at, person.last_seen_at, person.properties)
    assert person.to_dict() == raw
    assert json.dumps(person.to_dict()) == json.dumps(raw)  # same keys in the same order
    person.created_at = person.created_at + datetime.timedelta(seconds=1)
    assert person.to_dict()["created_at"] == person.created_at.isoformat()  # a changed value is formatted
    assert person.to_dict()["last_seen_at"] == raw["last_seen_at"]


def test_each_field_reads_alone_and_repeatedly(raw_page: dict[str, Any]) -> None:
    raw = raw_page["results"][0]
    for name in ("uuid", "created_at", "last_seen_at", "properties", "additional_properties"):
        person = Person.from_dict(raw)
        first = getattr(person, name)
        assert getattr(person, name) is first  # converted once, then stored
        assert first == getattr(eager(raw), name)


def test_an_assignment_before_the_first_read_wins(raw_page: dict[str, Any]) -> None:
    raw = raw_page["results"][0]
    person = Person.from_dict(raw)
    when = datetime.datetime(2020, 1, 2, tzinfo=datetime.UTC)
    other = uuid.UUID(int=7)
    person.created_at = when
    person.uuid = other
    person["plan_note"] = "set by hand"
    assert person.created_at == when
    assert person.uuid == other
    out = person.to_dict()
    assert out["created_at"] == when.isoformat()
    assert out["uuid"] == str(other)
    assert out["plan_note"] == "set by hand"
    assert out["name"] == raw["name"]


def test_the_source_dict_is_kept_not_copied(raw_page: dict[str, Any]) -> None:
    # A parsed response's JSON is nobody else's: the model reads it in place (a mapping of another type is copied).
    raw = dict(raw_page["results"][0])
    person = Person.from_dict(raw)
    assert as_sent(person) is raw
    other = Person.from_dict(types.MappingProxyType(raw))
    assert type(as_sent(other)) is dict
    assert other == person


def test_unknown_keys_land_in_additional_properties(raw_page: dict[str, Any]) -> None:
    raw = {**raw_page["results"][0], "zz_new_field": [1, 2]}
    person = Person.from_dict(raw)
    assert person.additional_properties == {"zz_new_field": [1, 2]}
    assert "zz_new_field" in person
    assert person["zz_new_field"] == [1, 2]
    assert person.to_dict()["zz_new_field"] == [1, 2]


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"uuid": 12}, TypeError),
        ({"created_at": 1700000000}, TypeError),
        ({"last_seen_at": ["2026-01-01"]}, TypeError),
        ({"properties": "plan=pro"}, TypeError),
        ({"uuid": None}, TypeError),
    ],
)
def test_a_wrong_json_type_fails_at_parse_time(
    raw_page: dict[str, Any], change: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error, match=f"Person.{next(iter(change))}"):
        Person.from_dict({**raw_page["results"][0], **change})


@pytest.mark.parametrize("missing", ["id", "uuid", "distinct_ids", "properties"])
def test_a_missing_required_key_fails_at_parse_time(raw_page: dict[str, Any], missing: str) -> None:
    raw = {k: v for k, v in raw_page["results"][0].items() if k != missing}
    with pytest.raises(KeyError, match=missing):
        Person.from_dict(raw)


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("uuid", "not-a-uuid", "a UUID"),
        ("created_at", "yesterday", "a date-time"),
        ("last_seen_at", "2026-13-45T00:00:00Z", "a date-time"),
    ],
)
def test_a_malformed_string_fails_at_parse_time(
    raw_page: dict[str, Any], field: str, value: str, expected: str
) -> None:
    # The text is checked as the converter will read it; the value itself is still built on first read.
    with pytest.raises(TypeError, match=f"Person.{field}: expected {expected}, got '{value}'"):
        Person.from_dict({**raw_page["results"][0], field: value})


def test_an_unknown_attribute_is_a_plain_attribute_error(raw_page: dict[str, Any]) -> None:
    person = Person.from_dict(raw_page["results"][0])
    with pytest.raises(AttributeError, match="no attribute 'nmae'") as info:
        _ = person.nmae  # type: ignore[attr-defined]
    assert info.value.name == "nmae"
    assert not hasattr(person, "nmae")


def test_copies_pickles_and_evolve_carry_every_field(raw_page: dict[str, Any]) -> None:
    raw = raw_page["results"][3]
    expected = eager(raw)
    for clone in (
        copy.copy(Person.from_dict(raw)),
        copy.deepcopy(Person.from_dict(raw)),
        pickle.loads(pickle.dumps(Person.from_dict(raw))),
        attrs.evolve(Person.from_dict(raw)),
    ):
        assert clone == expected
    assert repr(Person.from_dict(raw)) == repr(expected)


def test_copies_and_pickles_keep_the_keys_this_version_does_not_know() -> None:
    # A query node whose schema lists every key keeps the ones a newer PostHog added (tests/test_unknown_keys.py).
    node = {"kind": "EventsNode", "futureNode": {"a": [1, 2]}, "event": "$pageview"}
    raw = {"kind": "TrendsQuery", "futureQuery": 1, "series": [dict(node)], "dateRange": {"date_from": "-7d", "z": 0}}
    query = TrendsQuery.from_dict(copy.deepcopy(raw))
    for clone in (copy.copy(query), copy.deepcopy(query), pickle.loads(pickle.dumps(query))):
        assert clone == query
        assert clone.to_dict() == raw
        assert json.dumps(clone.to_dict()) == json.dumps(raw)
    # attrs.evolve builds a new model through the constructor: like an open model's additional_properties,
    # what is not a field starts empty there (the nested models it reuses keep theirs).
    evolved = attrs.evolve(query, date_range=DateRange(date_from="-30d"))
    assert evolved.to_dict() == {"kind": "TrendsQuery", "series": [node], "dateRange": {"date_from": "-30d"}}


UUID_TEXTS = [
    "53c9829b-1bec-48ae-820f-6ae3f3d7e695",
    "53C9829B-1BEC-48AE-820F-6AE3F3D7E695",
    "{53c9829b-1bec-48ae-820f-6ae3f3d7e695}",
    "urn:uuid:53c9829b-1bec-48ae-820f-6ae3f3d7e695",
    "53c9829b1bec48ae820f6ae3f3d7e695",
    "53c9829b-1bec-48ae-820f-6ae3f3d7e69g",
    "53c9829b-1bec-48ae-820f-6ae3f3d7e69",
    "+3c9829b-1bec-48ae-820f-6ae3f3d7e695",
    "53c9829b_1bec-48ae-820f-6ae3f3d7e695",
    "",
    # The quick check reads the dash-free text as hex: hyphens anywhere, whitespace, non-ASCII digits.
    "53c9829b1bec48ae820f6ae3f3d7e695----",
    "-53c9829b-1bec-48ae-820f-6ae3f3d7e695-",
    "53c9829b-1bec-48ae-820f-6ae3f3d7 e6 ",
    "53c9829b-1bec-48ae-820f-6ae3f3d7e6 95",
    " 53c9829b-1bec-48ae-820f-6ae3f3d7e695",
    "53c9829b-1bec-48ae-820f-6ae3f3d7e69\u0665",
    "53c9829b-1bec-48ae-820f-6ae3f3d7e69\uff15",
    "0x3c9829b-1bec-48ae-820f-6ae3f3d7e695",
]


@pytest.mark.parametrize("text", UUID_TEXTS)
def test_parse_uuid_is_uuid(text: str) -> None:
    def outcome(parse: Any) -> tuple[Any, ...]:
        try:
            value = parse(text)
        except Exception as exc:  # the exception type is what is compared
            return ("error", type(exc))
        return ("ok", type(value), value.int, value.is_safe, str(value))

    assert outcome(parse_uuid) == outcome(uuid.UUID)


@pytest.mark.parametrize("text", UUID_TEXTS)
def test_from_dict_takes_the_uuids_uuid_takes(raw_page: dict[str, Any], text: str) -> None:
    # A canonical UUID is matched as text, anything else built: the verdict is UUID()'s either way.
    try:
        expected = uuid.UUID(text)
    except ValueError:
        with pytest.raises(TypeError, match=r"Person\.uuid: expected a UUID"):
            Person.from_dict({**raw_page["results"][0], "uuid": text})
    else:
        assert Person.from_dict({**raw_page["results"][0], "uuid": text}).uuid == expected


def test_from_dict_names_a_distinct_id_that_is_not_a_string(raw_page: dict[str, Any]) -> None:
    for bad in (7, True, None, ["x"]):
        with pytest.raises(TypeError, match=r"Person.distinct_ids\[1\]: expected a string"):
            Person.from_dict({**raw_page["results"][0], "distinct_ids": ["a", bad]})
    assert Person.from_dict({**raw_page["results"][0], "distinct_ids": ["a", "b"]}).distinct_ids == ["a", "b"]


def test_as_sent_is_the_parsed_json_itself(raw_page: dict[str, Any]) -> None:
    raw = raw_page["results"][1]
    person = Person.from_dict(raw)
    sent = as_sent(person)
    assert sent == raw == person.to_dict()
    assert json.dumps(sent) == json.dumps(person.to_dict())  # same keys, same order, "...Z" as sent
    assert sent is as_sent(person)  # no copy: what an export writes without a to_dict() per person
    _ = (person.uuid, person.created_at, person.properties)
    assert as_sent(person) == raw  # reading fields does not touch it
    assert as_sent(eager(raw)) is None  # built by the constructor: no source to hand over
    assert as_sent(raw) is None
    assert as_sent(None) is None


def test_the_sdk_type_check_builds_nothing_it_does_not_keep(raw_page: dict[str, Any]) -> None:
    from posthog_rest._strict import check

    page = PaginatedPersonList.from_dict(raw_page)  # checks the text of every UUID and date-time
    check(page)
    person = page.results[0]
    for name in ("uuid", "created_at", "last_seen_at", "properties"):
        with pytest.raises(AttributeError):
            Person.__dict__[name].__get__(person)  # the slot is still empty: built on first read only
    assert person.to_dict() == raw_page["results"][0]
