"""The SDK against PostHog as its server really behaves (Dec 2026): one test per difference from the docs.

Each checks what the stand-in *received* (JSON body vs query string), what came back, and both clients
(sync/async) and, where it matters, both path families and both stand-in modes (PostHog Cloud / legacy).
"""

from __future__ import annotations

import json
import uuid
import warnings
from typing import Any

import pytest

from client_fixtures import *  # noqa: F403
from client_fixtures import aw, close, collect, first, make_client
from posthog_rest import (
    APIDeprecationWarning,
    APITimeoutError,
    InvalidRequestError,
    LegacyEndpointRemovedError,
    NotFoundError,
    where,
)


def _last(server: Any, method: str, suffix: str) -> Any:
    """The newest request the stand-in received with this method and path ending."""
    return next(r for r in reversed(server.state.received) if r.method == method and r.path.endswith(suffix))


async def _someone(ph: Any, n: int = 0) -> Any:
    people = await collect(ph.persons.list(properties=[where("email").is_set()], limit=n + 1))
    return people[n]


# --- persons: what is sent, what comes back ------------------------------------------------------------
@pytest.mark.parametrize("value", [10, True, 2.5, ["a", 1], {"nested": {"k": [1, None]}}, "pro", None])
async def test_update_property_sends_the_json_body_and_types_survive(
    ph: Any, server: Any, instant_writes: Any, value: Any
) -> None:
    person = await _someone(ph, 3)
    assert await aw(ph.persons.update_property(person.id, "typed", value)) is None
    sent = server.state.received[-1]
    if value is None:  # PostHog answers 400 for a null value: the SDK stores it with a $set instead
        assert (sent.method, sent.json()) == ("PATCH", {"properties": {"typed": None}})
    else:
        assert sent.path.endswith("/update_property/")
        assert sent.json() == {"key": "typed", "value": value}
        assert "key" not in sent.query
        assert "value" not in sent.query
    stored = (await aw(ph.persons.get(person.id))).properties["typed"]
    assert stored == value
    assert type(stored) is type(value)


async def test_delete_property_sends_unset_in_the_body_and_returns_success(
    ph: Any, server: Any, instant_writes: Any
) -> None:
    person = await _someone(ph, 4)
    answer = await aw(ph.persons.delete_property(person.id, "plan"))
    assert answer.success is True
    sent = _last(server, "POST", "/delete_property/")
    assert sent.json() == {"$unset": "plan"}
    assert "$unset" not in sent.query
    assert "plan" not in (await aw(ph.persons.get(person.id))).properties


async def test_update_returns_nothing_and_wait_polls_until_visible(ph: Any, server: Any) -> None:
    server.set_person_write_delay(0.5)
    person = await _someone(ph, 5)
    key = f"tier_{uuid.uuid4().hex[:8]}"  # the session's stand-in is shared: a key no other run has set
    assert await aw(ph.persons.update(person.id, properties={key: "gold"})) is None
    assert _last(server, "PATCH", f"/persons/{person.id}/").json() == {"properties": {key: "gold"}}
    assert key not in (await aw(ph.persons.get(person.id))).properties  # PostHog: applied via ingestion
    seen = await aw(ph.persons.update(person.id, properties={key: "platinum", "seats": 3}, wait=True, timeout=5))
    assert seen.properties[key] == "platinum"
    assert seen.properties["seats"] == 3


async def test_update_wait_gives_up_after_its_timeout(ph: Any, server: Any) -> None:
    server.set_person_write_delay(30)
    person = await _someone(ph, 6)
    with pytest.raises(APITimeoutError) as caught:
        await aw(ph.persons.update(person.id, properties={"slow": 1}, wait=True, timeout=0.4))
    assert caught.value.may_have_been_applied is True


async def test_split_returns_success(ph: Any) -> None:
    pages = await collect(ph.persons.list(page_size=200, limit=400).pages())
    merged = next(p for page in pages for p in page.results if len(p.distinct_ids) > 1)
    assert (await aw(ph.persons.split(merged.id, main_distinct_id=merged.distinct_ids[0]))).success is True


async def test_delete_sends_flags_only_when_asked(ph: Any, server: Any) -> None:
    a, b = await _someone(ph, 7), await _someone(ph, 8)
    await aw(ph.persons.delete(a.id))
    assert _last(server, "DELETE", f"/persons/{a.id}/").query == {}  # PostHog reads these flags by presence
    await aw(ph.persons.delete(b.id, delete_events=True, delete_recordings=True))
    assert set(_last(server, "DELETE", f"/persons/{b.id}/").query) == {"delete_events", "delete_recordings"}
    with pytest.raises(NotFoundError):
        await aw(ph.persons.get(b.id))


async def test_get_by_uuid(ph: Any) -> None:
    person = await _someone(ph, 9)
    assert (await aw(ph.persons.get(str(person.uuid)))).id == person.id
    with pytest.raises(InvalidRequestError):
        await aw(ph.persons.get("someone@example.com"))


async def test_bulk_delete(ph: Any, server: Any) -> None:
    a, b = await _someone(ph, 10), await _someone(ph, 11)
    assert await aw(ph.persons.bulk_delete(distinct_ids=[a.distinct_ids[0]], delete_events=True)) is None
    assert _last(server, "POST", "/persons/bulk_delete/").json() == {
        "distinct_ids": [a.distinct_ids[0]],
        "delete_events": True,
    }
    await aw(ph.persons.bulk_delete(ids=[str(b.uuid)]))
    for gone in (a, b):
        with pytest.raises(NotFoundError):
            await aw(ph.persons.get(gone.id))
    for bad in ({}, {"distinct_ids": ["x"], "ids": [str(b.uuid)]}, {"ids": ["not-a-uuid"]}, {"distinct_ids": []}):
        with pytest.raises(InvalidRequestError):
            await aw(ph.persons.bulk_delete(**bad))
    with pytest.raises(InvalidRequestError):
        await aw(ph.persons.bulk_delete(distinct_ids=[f"d{i}" for i in range(1001)]))


async def test_values_and_cohorts(ph: Any, server: Any) -> None:
    values = await aw(ph.persons.values("plan"))
    assert _last(server, "GET", "/persons/values/").query == {"key": "plan"}
    counts = {v.name: v.count for v in values}
    assert set(counts) <= {"free", "starter", "pro", "enterprise"}
    assert counts["free"] == max(counts.values())
    narrowed = await aw(ph.persons.values("plan", value="pr"))
    assert {v.name for v in narrowed} == {"pro", "enterprise"} & set(counts)
    pro = await first(ph.persons.list(properties=[where("plan") == "pro"]))
    cohorts = await aw(ph.persons.cohorts(pro.id))
    assert "Paying customers" in {c.name for c in cohorts}
    assert _last(server, "GET", "/persons/cohorts/").query == {"person_id": str(pro.id)}


# --- insights -------------------------------------------------------------------------------------------
async def test_viewed_uses_the_bulk_form_then_my_last_viewed_and_trending(ph: Any, server: Any) -> None:
    ids = [i.id for i in await collect(ph.insights.list(limit=3, basic=True))]
    assert await aw(ph.insights.viewed(*ids)) is None
    sent = _last(server, "POST", "/insights/viewed/")
    assert sent.json() == {"insight_ids": ids}
    recent = await aw(ph.insights.my_last_viewed())
    assert {i.id for i in recent} >= set(ids)
    trending = await aw(ph.insights.trending(days=1, limit=2))
    assert len(trending) == 2
    assert all(t.view_count >= 1 for t in trending)
    with pytest.raises(InvalidRequestError):
        await aw(ph.insights.viewed())
    with pytest.raises(InvalidRequestError):
        await aw(ph.insights.trending(limit=101))


async def test_list_filters_are_sent_as_the_server_parses_them(ph: Any, server: Any) -> None:
    colleague = server.state.colleague.id
    found = await collect(
        ph.insights.list(
            basic=True, search="funnel", insight="funnels", order="-last_modified_at", created_by=[colleague, 1]
        )
    )
    query = _last(server, "GET", "/insights/").query
    assert query["created_by"] == f"[{colleague}, 1]"
    assert (query["basic"], query["search"], query["insight"], query["order"]) == (
        "true",
        "funnel",
        "FUNNELS",
        "-last_modified_at",
    )
    assert all("funnel" in (i.name or "").lower() for i in found)
    tagged = next(r for r in server.state.current_project.insights.values() if r.tags and not r.deleted)
    by_tag = await collect(ph.insights.list(tags=[tagged.tags[0]], basic=True))
    assert json.loads(_last(server, "GET", "/insights/").query["tags"]) == [tagged.tags[0]]
    assert tagged.id in {i.id for i in by_tag}
    for bad in ({"insight": "PIE"}, {"tags": "kpi"}, {"created_by": "me"}, {"order": "name; drop"}):
        with pytest.raises(InvalidRequestError):
            await collect(ph.insights.list(**bad))


async def test_basic_items_have_no_result_and_query_is_typed(ph: Any) -> None:
    from posthog_openapi.models.insight_viz_node import InsightVizNode

    items = await collect(ph.insights.list(basic=True, limit=50))
    assert items
    assert all(i.result is None or type(i.result).__name__ == "Unset" for i in items)
    viz = next(i for i in items if isinstance(i.query, InsightVizNode))
    assert viz.query.source.kind
    assert viz.filters.to_dict() == {}
    legacy = next(i for i in items if i.query is None)
    assert legacy.filters.to_dict()["insight"]


async def test_get_by_short_id_goes_through_the_path(ph: Any, server: Any) -> None:
    some = await first(ph.insights.list(basic=True))
    got = await aw(ph.insights.get(short_id=some.short_id))
    assert got.id == some.id
    assert _last(server, "GET", f"/insights/{some.short_id}/") is not None


async def test_legacy_calculations_on_cloud_say_what_replaces_them(phk: Any) -> None:
    for call, replacement in ((phk.insights.path, "PathsQuery"), (phk.insights.retention, "RetentionQuery")):
        with (
            pytest.warns(DeprecationWarning, match="no longer serves"),
            pytest.raises(LegacyEndpointRemovedError) as caught,
        ):
            await aw(call())
        assert replacement in caught.value.replacement
        assert caught.value.status == 404
    with pytest.warns(DeprecationWarning, match="no longer serves"):
        assert await aw(phk.insights.timing()) is None  # today an internal recorder: 201, no body


async def test_legacy_calculations_on_an_older_server(phk: Any, legacy_server: Any) -> None:
    trend = await aw(phk.insights.trend(events=[{"id": "$pageview"}], date_from="-7d"))
    assert trend.result
    with pytest.warns(DeprecationWarning, match="no longer serves"):
        assert (await aw(phk.insights.path())).result
    with pytest.warns(DeprecationWarning, match="no longer serves"):
        assert (await aw(phk.insights.timing())).result


# --- the environments family ------------------------------------------------------------------------------
async def test_environments_family_warns_and_surfaces_deprecation_headers(server: Any, kind: str) -> None:
    import posthog_rest._client_base as base

    base._ENVIRONMENTS_WARNED = False
    with pytest.warns(DeprecationWarning, match="environments"):
        client = make_client(kind, server, api_family="environments")
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            await collect(client.persons.list(limit=2))
            await collect(client.insights.list(limit=2, basic=True))
        notices = [w for w in caught if issubclass(w.category, APIDeprecationWarning)]
        assert len(notices) == 1, "once per client"
        text = str(notices[0].message)
        assert "Sunset" in text
        assert "/api/projects/" in text
        with warnings.catch_warnings(record=True) as again:
            warnings.simplefilter("always")
            await close(make_client(kind, server, api_family="environments"))
        assert not [w for w in again if issubclass(w.category, DeprecationWarning)], "the family warns once"
    finally:
        await close(client)
