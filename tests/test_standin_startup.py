"""What keeps the stand-in (and so ``posthog-rest --demo``) quick to start and stop, without changing what it serves."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx

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
