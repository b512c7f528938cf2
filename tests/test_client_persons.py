"""Persons over real HTTP against the stand-in: filters, pagination without count, writes."""

from __future__ import annotations

import json
from typing import Any

import pytest

from client_fixtures import *  # noqa: F403
from client_fixtures import aw, collect, first
from posthog_rest import InvalidRequestError, NotFoundError, where
from posthog_rest._filters import build_properties


def test_where_builds_the_api_json() -> None:
    built = json.loads(
        build_properties(
            [
                where("$initial_os") == "Linux",
                where("plan").is_in(["pro", "team"]),
                where("age") > 30,
                where("email").icontains("@acme"),
                where("name").is_set(),
                ("$browser", "is_not", "Chrome"),
                ("country", "FR"),
                {"key": "x", "operator": "lte", "value": 3},
            ]
        )
        or "[]"
    )
    assert built[0] == {"key": "$initial_os", "value": "Linux", "operator": "exact", "type": "person"}
    assert built[1]["value"] == ["pro", "team"]
    assert built[1]["operator"] == "exact"
    assert built[2]["operator"] == "gt"
    assert built[2]["value"] == 30
    assert built[4] == {"key": "name", "operator": "is_set", "type": "person"}
    assert built[5]["operator"] == "is_not"
    assert built[6]["operator"] == "exact"
    assert built[7]["operator"] == "lte"


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (("a", "contains", "x"), "Valid operators: exact, is_not"),
        (("a", "is_set", "x"), "takes no value"),
        (("a", "gt", "ten"), "compares numbers"),
        ({"key": "a", "op": "exact"}, "Unknown property filter fields"),
        ((1, 2, 3, 4), "filter tuple"),
    ],
)
def test_where_validates_before_sending(bad: Any, message: str) -> None:
    with pytest.raises(InvalidRequestError, match=message):
        build_properties([bad])


async def test_list_without_count_and_prefetch(ph: Any, posthog_server: Any) -> None:
    # posthog_server: the seeded 2,000 persons, whatever earlier tests deleted
    pages = await collect(ph.persons.list(page_size=250).pages())
    assert all(getattr(p, "count", None) in (None,) or not isinstance(p.count, int) for p in pages)
    total = sum(len(p.results) for p in pages)
    assert total == 2000
    plain = [p.id for p in await collect(ph.persons.list(page_size=300, limit=1000))]
    prefetched = [p.id for p in await collect(ph.persons.list(page_size=300, limit=1000, prefetch=4))]
    assert len(plain) == 1000
    assert prefetched == plain


async def test_filters_where_and_tuples(ph: Any) -> None:
    linux = await collect(ph.persons.list(properties=[where("$initial_os") == "Linux"], limit=200))
    assert linux
    assert all(p.properties["$initial_os"] == "Linux" for p in linux)
    same = await collect(ph.persons.list(properties=[("$initial_os", "exact", "Linux")], limit=200))
    assert [p.id for p in same] == [p.id for p in linux]
    anyof = await collect(ph.persons.list(properties=where("$initial_os").is_in(["Linux", "Mac OS X"]), limit=300))
    assert {p.properties["$initial_os"] for p in anyof} <= {"Linux", "Mac OS X"}
    some = linux[0]
    email = some.properties.additional_properties.get("email")
    if email:
        assert [p.id for p in await collect(ph.persons.list(email=email))] == [some.id]
    by_distinct = await aw(ph.persons.get_by_distinct_id(some.distinct_ids[0]))
    assert by_distinct.id == some.id
    with pytest.raises(NotFoundError):
        await aw(ph.persons.get_by_distinct_id("no-such-distinct-id"))


async def test_get_update_properties_split_delete(ph: Any) -> None:
    person = await first(ph.persons.list(properties=[where("email").is_set()]))
    got = await aw(ph.persons.get(person.id))
    assert got.uuid == person.uuid
    updated = await aw(ph.persons.update(person.id, properties={"sdk_test": "yes"}, wait=True, timeout=10))
    assert updated.properties["sdk_test"] == "yes"
    assert await aw(ph.persons.update_property(person.id, "plan", "pro")) is None
    assert (await aw(ph.persons.delete_property(person.id, "plan"))).success is True
    assert (await aw(ph.persons.activity(person.id))).results is not None
    assert (await aw(ph.persons.properties_timeline(person.id))) is not None
    raw = await aw(ph.persons.with_raw_response.delete(person.id, delete_events=True))
    assert raw.status_code in (202, 204)
    with pytest.raises(NotFoundError):
        await aw(ph.persons.get(person.id))


async def test_split(ph: Any) -> None:
    async def merged() -> Any:
        pages = ph.persons.list(page_size=200).pages()
        for page in await collect(pages):
            for person in page.results:
                if len(person.distinct_ids) > 1:
                    return person
        return None

    person = await merged()
    if person is None:
        pytest.skip("the seed has no person with several distinct ids")
    await aw(ph.persons.split(person.id, main_distinct_id=person.distinct_ids[0]))


@pytest.mark.parametrize(
    ("limit", "options"),
    [(1500, {}), (150, {"page_size": 100}), (150, {"page_size": 100, "prefetch": 3}), (7, {})],
)
async def test_limit_holds_for_items_and_pages(ph: Any, clean_server: Any, limit: int, options: dict[str, Any]) -> None:
    items = await collect(ph.persons.list(limit=limit, **options))
    pages = await collect(ph.persons.list(limit=limit, **options).pages())
    assert len(items) == limit
    assert sum(len(page.results) for page in pages) == limit
    assert [p.id for page in pages for p in page.results] == [p.id for p in items]


async def test_a_pages_persons_read_none_for_absent_fields_every_time(ph: Any) -> None:
    from posthog_openapi.models import Person as GeneratedPerson
    from posthog_rest._models import Person

    page = (await collect(ph.persons.list(page_size=5, limit=5).pages()))[0]
    assert all(type(p) is Person for p in page.results)
    assert page.results is page.results  # read again: the same list, its items still the SDK's class
    raw = page.results[0].to_dict()
    del raw["last_seen_at"]
    page.results.append(GeneratedPerson.from_dict(raw))  # a generated item added later is promoted on read
    added = page.results[-1]
    assert type(added) is Person
    assert added.last_seen_at is None  # an absent field reads as None, not Unset
    assert "last_seen_at" not in added.to_dict()
