"""The stand-in's persons pages cost O(page), not O(offset), and its validation is cheap enough to stay on."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from posthog_rest.testing import LocalPostHog, local_posthog
from posthog_rest.testing import _validation as validation
from posthog_rest.testing._context import HANDLERS, Ctx, Reply
from posthog_rest.testing._spec import operations

LINUX = json.dumps([{"key": "$initial_os", "value": "Linux"}])


@pytest.fixture
def server() -> Iterator[LocalPostHog]:
    with local_posthog(seed=11, persons=600) as running:
        yield running


def _client(server: LocalPostHog) -> httpx.Client:
    base = f"{server.url}/api/projects/{server.project_id}"
    return httpx.Client(base_url=base, headers={"Authorization": f"Bearer {server.api_key}"})


def _ids(client: httpx.Client, **params: Any) -> list[int]:
    response = client.get("/persons/", params=params)
    assert response.status_code == 200, response.text
    return [p["id"] for p in response.json()["results"]]


def test_pages_are_slices_of_the_whole_list_after_deletes_and_splits(server: LocalPostHog) -> None:
    with _client(server) as client:
        everyone = _ids(client, limit=1000)
        for pid in everyone[5:40:7] + everyone[-3:]:
            assert client.delete(f"/persons/{pid}/").status_code == 202
        person = next(
            p for p in client.get("/persons/", params={"limit": 1000}).json()["results"] if len(p["distinct_ids"]) > 1
        )
        assert client.post(f"/persons/{person['id']}/split/", json={}).status_code == 201
        for params in ({}, {"properties": LINUX}):
            whole = _ids(client, limit=1000, **params)
            assert len(whole) > 20
            for offset, limit in ((0, 7), (3, 10), (17, 50), (len(whole) - 4, 10), (len(whole) + 5, 10)):
                page = _ids(client, limit=limit, offset=offset, **params)
                assert page == whole[offset : offset + limit], (params, offset, limit)
        server.set_person_write_delay(0.2)  # PostHog applies a $set through ingestion: it shows a moment later
        assert client.patch(f"/persons/{whole[0]}/", json={"properties": {"$initial_os": "Windows"}}).status_code == 202
        assert _ids(client, limit=3, properties=LINUX) == whole[0:3]  # not applied yet
        time.sleep(0.3)
        assert _ids(client, limit=3, properties=LINUX) == whole[1:4]  # the next page sees the change


def test_a_filtered_export_scans_each_person_once(server: LocalPostHog, monkeypatch: pytest.MonkeyPatch) -> None:
    store = server.state.current_project.persons
    reads: list[int] = []
    original = store.properties

    def counted(pid: int) -> dict[str, Any]:
        reads.append(pid)
        return original(pid)

    monkeypatch.setattr(store, "properties", counted)  # the real method, counted
    with _client(server) as client:
        offset, pages, found = 0, 0, 0
        while True:
            page = _ids(client, limit=5, offset=offset, properties=LINUX)
            found, offset, pages = found + len(page), offset + 5, pages + 1
            if len(page) < 5:
                break
    assert pages >= 5
    matches_and_page_reads = found  # store.get() reads the properties of each person it returns
    # Re-scanning from the start for each page would read about pages/2 times as many.
    assert len(reads) <= store.live_count() + matches_and_page_reads, (len(reads), pages)


def _persons_page(server: LocalPostHog, broken_at: int) -> Reply:
    store = server.state.current_project.persons
    people = [store.get(pid) for pid in range(store.id_base, store.id_base + 600)]
    people[broken_at] = {**people[broken_at], "uuid": 5}
    return Reply(200, {"next": None, "previous": None, "results": people})


@pytest.mark.parametrize("fast", [True, False])
def test_every_item_of_a_long_page_is_checked(
    fast: bool, server: LocalPostHog, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not fast:  # as on a platform without jsonschema-rs: the pure-Python validator samples long lists
        monkeypatch.setattr(validation, "_fast_validator_for", lambda _key: None)
    op = next(o for o in _operations() if o.operation_id == "persons_list")
    for broken_at, caught in ((0, True), (validation.SAMPLE_EVERY * 3, True), (7, fast)):
        reply = _persons_page(server, broken_at)
        outcome = _violation(op, reply, full=False)
        assert (outcome is not None) is caught, (fast, broken_at)
        assert _violation(op, reply, full=True) is not None
        if outcome is not None:
            assert f"results/{broken_at}/uuid" in outcome


def test_a_broken_item_in_a_served_page_is_a_500(server: LocalPostHog, monkeypatch: pytest.MonkeyPatch) -> None:
    async def broken(ctx: Ctx) -> Reply:
        return _persons_page(server, 433)

    monkeypatch.setitem(HANDLERS, "persons_list", broken)
    with _client(server) as client:
        response = client.get("/persons/")
    assert response.status_code == 500
    assert "results/433/uuid" in response.text
    assert server.violations


def _operations() -> list[Any]:
    return list(operations())


def _violation(op: Any, reply: Reply, *, full: bool) -> str | None:
    try:
        validation.validate_response(op, reply.status, reply.body, reply.has_body, {}, full=full)
    except validation.ResponseViolationError as violation:
        return str(violation)
    return None
