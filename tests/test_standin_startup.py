"""What keeps the stand-in (and so ``posthog-rest --demo``) quick to start and stop, without changing what it serves."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from posthog_rest.testing import LocalPostHog, State


def _me(server: LocalPostHog, client: httpx.Client) -> int:
    headers = {"Authorization": f"Bearer {server.api_key}"}
    return client.get(f"{server.url}/api/users/@me/", headers=headers).status_code


def test_stop_is_prompt_after_requests() -> None:
    server = LocalPostHog(persons=20).start()
    with httpx.Client() as client:
        assert _me(server, client) == 200
    started = time.perf_counter()
    server.stop()
    assert time.perf_counter() - started < 0.1


def test_stop_is_prompt_with_an_idle_keep_alive_connection_open() -> None:
    server = LocalPostHog(persons=20).start()
    with httpx.Client() as client:
        assert _me(server, client) == 200  # the connection stays open in the client's pool
        url = server.url
        started = time.perf_counter()
        server.stop()
        assert time.perf_counter() - started < 0.1
        try:
            client.get(f"{url}/api/users/@me/", timeout=2)
        except httpx.TransportError:
            pass  # refused or reset: the server is gone
        else:  # pragma: no cover
            raise AssertionError("the stopped stand-in still answered")


def test_stop_right_after_start_and_twice() -> None:
    server = LocalPostHog(persons=20).start()
    started = time.perf_counter()
    server.stop()
    server.stop()  # a second stop is a no-op
    assert time.perf_counter() - started < 0.1


# --- seeding on first use gives the data an eager seeding gave ------------------------------------------------
ANCHOR = datetime(2026, 1, 1, tzinfo=UTC)
#: sha256 of the seeded ids, names, keys and persons below, as the stand-in seeded them before seeding became lazy.
SEEDED_FINGERPRINT = "27b9800a7bef8c354ee911fb0d5a607068663ad1f7e4c3d3a358bb0e3595da5a"


def _fingerprint(state: State) -> str:
    rows: list[Any] = []
    for project in sorted(state.projects.values(), key=lambda p: p.id):
        rows.append([project.id, project.uuid, project.name, project.api_token])
        rows += [
            [i.id, i.short_id, i.name, str(i.created_at), i.sharing_token, i.deleted, i.tags]
            for i in project.insights.values()
        ]
        rows += [json.dumps(person, sort_keys=True, default=str) for person in project.persons.iter_persons()]
    rows.append([state.new_insight_id(), state.new_short_id(), state.api_key, state.user.id])
    return hashlib.sha256(json.dumps(rows, default=str).encode()).hexdigest()


def _insights(state: State) -> list[tuple[Any, ...]]:
    return [
        (i.id, i.short_id, i.name, i.created_at, i.last_refresh, i.cached_result, i.sharing_token)
        for project in state.projects.values()
        for i in project.insights.values()
    ]


def test_seeded_data_is_what_it_was() -> None:
    assert _fingerprint(State(seed=7, persons=300, anchor=ANCHOR)) == SEEDED_FINGERPRINT


def test_seeding_is_deferred_until_first_use() -> None:
    state = State(seed=7, persons=300, anchor=ANCHOR)
    store = state.current_project._persons
    assert "created" not in vars(store)  # no person drawn yet
    assert not state.current_project._insights  # no insight calculated yet
    assert state.current_project.persons.live_count() == 300
    assert "created" in vars(store)
    assert len(state.current_project.insights) >= 20


def test_any_first_use_seeds_the_same_data() -> None:
    eager = State(seed=7, persons=300, anchor=ANCHOR)
    eager.seed_data()
    firsts: list[Callable[[State], object]] = [
        lambda s: s.new_insight_id(),
        lambda s: s.new_short_id(),
        lambda s: s.projects[s.other_project_id].activity,
        lambda s: s.current_project.persons.get(1000),  # persons first: insights are still calculated after
        lambda s: s.mint_key(["insight:read"]),
    ]
    for first in firsts:
        lazy = State(seed=7, persons=300, anchor=ANCHOR)
        lazy.seeded_at = eager.seeded_at  # the cached results are as of the construction time
        first(lazy)
        assert _insights(lazy) == _insights(eager)
        assert lazy.writes == 0


def test_person_changes_before_the_first_insight_read_do_not_change_seeded_results() -> None:
    untouched = State(seed=7, persons=300, anchor=ANCHOR)
    changed = State(seed=7, persons=300, anchor=ANCHOR)
    changed.seeded_at = untouched.seeded_at
    changed.current_project.persons.deleted.update(range(1000, 1100))  # before any insight was read
    assert _insights(changed) == _insights(untouched)


def test_reset_seeds_the_state_itself() -> None:
    state = State(seed=7, persons=300, anchor=ANCHOR)
    before = _insights(state)
    next_id = state.new_insight_id()
    state.reset()
    assert [i[:3] for i in _insights(state)] == [i[:3] for i in before]
    assert state.new_insight_id() == next_id  # the reset state's own counter, not a copy's


def test_seeding_from_two_threads_at_once_seeds_once() -> None:
    state = State(seed=7, persons=2000, anchor=ANCHOR)
    seen: list[int] = []
    threads = [threading.Thread(target=lambda: seen.append(len(state.current_project.insights))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen == [len(state.current_project.insights)] * 4
    assert len({i.id for i in state.current_project.insights.values()}) == seen[0]


# --- the stand-in reads requests as starlette does, without importing it for every request ---------------------
SCOPES = [
    {"path": "/api/users/@me/", "query_string": b"", "headers": [(b"host", b"127.0.0.1:8010")]},
    {
        "path": "/api/projects/1/persons/",
        "query_string": b"limit=2&offset=&properties=%5B%7B%22key%22%3A%22a%22%7D%5D&limit=3&flag",
        "headers": [(b"host", b"h"), (b"x-dup", b"1"), (b"x-dup", b"2"), (b"x-latin", "é".encode("latin-1"))],
    },
    {"path": "/odd?path#with\\chars/ü", "query_string": "q=ü".encode(), "headers": []},
]


def test_requests_read_as_starlette_reads_them() -> None:
    from starlette.requests import Request as StarletteRequest

    from posthog_rest.testing._request import Request

    for raw in SCOPES:
        scope = {"type": "http", "method": "GET", "scheme": "http", "server": ("127.0.0.1", 8010), **raw}
        ours, theirs = Request(scope), StarletteRequest(scope)
        assert ours.path == theirs.url.path
        assert ours.header_items() == list(theirs.headers.items())
        assert ours.query_items() == theirs.query_params.multi_items()
        assert str(ours.url) == str(theirs.url)


async def test_request_body_in_chunks_and_a_client_that_leaves() -> None:
    from posthog_rest.testing._request import ClientDisconnectedError, Request

    scope = {"type": "http", "method": "POST", "path": "/", "headers": []}
    chunks = iter([{"type": "http.request", "body": b"ab", "more_body": True}, {"type": "http.request", "body": b"c"}])

    async def receive() -> dict[str, Any]:
        return next(chunks)

    request = Request(scope, receive)
    assert await request.body() == b"abc"
    assert await request.body() == b"abc"  # read once, kept

    async def leaves() -> dict[str, Any]:
        return {"type": "http.disconnect"}

    with pytest.raises(ClientDisconnectedError):
        await Request(scope, leaves).body()


def test_a_request_that_lists_nothing_imports_no_starlette() -> None:
    probe = (
        "import sys, httpx\n"
        "from posthog_rest.testing import local_posthog\n"
        "with local_posthog(persons=10) as s:\n"
        "    r = httpx.get(s.url + '/api/users/@me/', headers={'Authorization': 'Bearer ' + s.api_key})\n"
        "print(r.status_code, any(m.startswith('starlette') for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.split() == ["200", "False"]


def test_every_schema_compiles_with_just_the_components_it_uses() -> None:
    from posthog_rest.testing._spec import operations
    from posthog_rest.testing._validation import _fast_validator_for, _key

    schemas = [s for op in operations() for s in [op.body_schema, *op.responses.values()] if s is not None]
    assert len(schemas) > 100
    for schema in schemas:
        assert _fast_validator_for(_key(schema)) is not None  # every $ref resolved: compiling raised nothing
    bad_user = {"uuid": 42}  # the wrong type in a field reached through a $ref
    me = next(op for op in operations() if op.operation_id == "users_me_retrieve").responses["200"]
    assert me is not None and not _fast_validator_for(_key(me)).is_valid(bad_user)
