"""Pagers against servers whose ``next`` links loop, go back, repeat a page, leave the origin or outrun
``count``: each ends in a ``PaginationError`` after a handful of requests, sync, async, prefetching and
through the CLI. Prefetching pagers leave nothing behind: no request, retry or thread after they end.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from client_fixtures import aw, close, collect, fast_retries
from posthog_rest import AsyncPostHog, PaginationError, PostHog
from posthog_rest.testing import local_posthog
from scripted_server import Answer, ScriptedServer, Seen

KEY = "phx_hardenpageskey0123456789"
INSIGHTS = "/api/projects/1/insights/"
PERSONS = "/api/projects/1/persons/"
CLI = "import sys; from posthog_rest.cli import main; sys.exit(main())"


@pytest.fixture(scope="module")
def samples() -> Iterator[dict[str, Any]]:
    """A real insight and person from the stand-in, to serve in scripted pages."""
    with local_posthog(persons=3, seed=5) as server:
        ph = PostHog(api_key=server.api_key, host=server.url, project=server.project_id)
        insight = ph.with_raw_response.insights.get(next(iter(server.state.current_project.insights))).json()
        person = ph.with_raw_response.persons.get(next(iter(server.state.current_project.persons.iter_ids()))).json()
        ph.close()
        yield {"insight": insight, "person": person}


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def offset_of(seen: Seen) -> int:
    return int(parse_qs(urlsplit(seen.path).query).get("offset", ["0"])[0])


def pages(sample: dict[str, Any], nxt: Callable[[int], str | None], *, count: int | None, distinct: bool = True) -> Any:
    """A page handler: two items per page (ids from the offset unless not ``distinct``), ``next`` from ``nxt``."""

    def answer(seen: Seen) -> Answer:
        offset = offset_of(seen)
        base = offset if distinct else 0
        results = [{**sample, "id": 1000 + base + i} for i in range(2)]
        body: dict[str, Any] = {"next": nxt(offset), "previous": None, "results": results}
        if count is not None:
            body["count"] = count
        return Answer(200, json.dumps(body).encode())

    return answer


HOSTILE: dict[str, tuple[Callable[[str, int], str | None], int | None, bool, str]] = {
    "self loop": (lambda url, off: f"{url}{INSIGHTS}?limit=2&offset={off}", 100, True, "does not move forward"),
    "A-B-A cycle": (
        lambda url, off: f"{url}{INSIGHTS}?limit=2&offset={2 if off == 0 else 0}",
        100,
        True,
        "does not move forward",
    ),
    "backwards": (lambda url, off: f"{url}{INSIGHTS}?limit=2&offset={max(off - 2, 1)}", 100, True, "move forward"),
    "offset ignored": (lambda url, off: f"{url}{INSIGHTS}?limit=2&offset={off + 2}", 100, False, "repeats an earlier"),
    "past count": (lambda url, off: f"{url}{INSIGHTS}?limit=2&offset={off + 2}", 4, True, "past the list's count"),
    "another origin": (lambda url, off: f"http://127.0.0.2:9{INSIGHTS}?limit=2&offset={off + 2}", 100, True, "origin"),
}


@pytest.mark.parametrize("prefetch", [0, 3])
@pytest.mark.parametrize("case", list(HOSTILE))
async def test_hostile_next_links_end_in_a_pagination_error(
    kind: str, samples: dict[str, Any], case: str, prefetch: int
) -> None:
    link, count, distinct, why = HOSTILE[case]
    with ScriptedServer() as srv:
        srv.script(
            "GET", INSIGHTS, pages(samples["insight"], lambda off: link(srv.url, off), count=count, distinct=distinct)
        )
        cls = PostHog if kind == "sync" else AsyncPostHog
        ph = cls(api_key=KEY, host=srv.url, project=1)
        started = time.monotonic()
        try:
            with pytest.raises(PaginationError, match=why) as caught:
                await collect(ph.insights.list(page_size=2, prefetch=prefetch))
        finally:
            await close(ph)
        assert len(srv.requests) <= 2 + prefetch
    assert time.monotonic() - started < 5
    assert KEY not in str(caught.value)


def test_cli_list_all_stops_at_a_looping_next(samples: dict[str, Any]) -> None:
    with ScriptedServer() as srv:
        srv.script(
            "GET", INSIGHTS, pages(samples["insight"], lambda off: f"{srv.url}{INSIGHTS}?limit=2&offset=0", count=100)
        )
        env = {**os.environ, "POSTHOG_PERSONAL_API_KEY": KEY, "POSTHOG_HOST": srv.url, "POSTHOG_PROJECT_ID": "1"}
        done = subprocess.run(
            [sys.executable, "-c", CLI, "insights", "list", "--all", "--json"],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert len(srv.requests) <= 3
    assert done.returncode == 1, done.stderr
    assert "does not move forward" in done.stderr
    assert done.stdout.count("\n") < 10


def page_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("posthog-rest-page")]


def persons_pages(sample: dict[str, Any], url: str, *, fail_later: bool = False) -> Any:
    """Endless persons pages of two; with ``fail_later``, pages after the second answer 503 after 0.3 s."""

    def answer(seen: Seen) -> Answer:
        offset = offset_of(seen)
        if fail_later and offset > 2:
            return Answer(503, b'{"detail": "busy"}', delay=0.3)
        results = [
            {**sample, "id": 5000 + offset + i, "uuid": sample["uuid"][:-6] + f"{offset + i:06d}"} for i in range(2)
        ]
        body = {"next": f"{url}{PERSONS}?limit=2&offset={offset + 2}", "previous": None, "results": results}
        return Answer(200, json.dumps(body).encode(), delay=0.05 if offset else 0)

    return answer


def test_a_closed_prefetching_pager_leaves_no_request_retry_or_thread(
    samples: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    with ScriptedServer() as srv:
        srv.script("GET", PERSONS, persons_pages(samples["person"], srv.url, fail_later=True))
        ph = PostHog(api_key=KEY, host=srv.url, project=1)
        fast_retries(ph)
        caplog.set_level(logging.INFO, logger="posthog_rest")
        pager = iter(ph.persons.list(page_size=2, prefetch=4))
        for _ in range(3):  # the first page, then the first of four prefetched (the other three fail in 0.3 s)
            next(pager)
        pager.close()  # type: ignore[attr-defined]
        sent = len(srv.requests)
        # The first page, four prefetched, and the one sent as the first of those arrived (a sliding window
        # keeps four on the wire while the caller reads a page); none retried.
        assert sent == 6
        assert page_threads() == []  # …closing waited for them, so nothing is left running
        time.sleep(0.8)
        assert len(srv.requests) == sent  # and nothing is retried later
        ph.close()
    assert not [r for r in caplog.records if "Retrying" in r.getMessage()]


def test_paused_prefetching_pagers_hold_no_threads(samples: dict[str, Any]) -> None:
    with ScriptedServer() as srv:
        srv.script("GET", PERSONS, persons_pages(samples["person"], srv.url))
        ph = PostHog(api_key=KEY, host=srv.url, project=1)
        before = len(threading.enumerate())
        paused = []
        for _ in range(20):
            pager = iter(ph.persons.list(page_size=2, prefetch=4))
            for _ in range(3):  # into the second page: four pages prefetched
                next(pager)
            paused.append(pager)
        deadline = time.monotonic() + 5
        while page_threads() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert page_threads() == []  # prefetched pages done: the threads that fetched them ended
        client_threads = [t for t in threading.enumerate() if "process_request" not in t.name]  # not the server's
        assert len(client_threads) <= before
        for pager in paused:
            assert len(list(zip(range(9), pager, strict=False))) == 9  # and they still page on
            pager.close()  # type: ignore[attr-defined]
        ph.close()


async def test_async_prefetch_cancels_on_close(samples: dict[str, Any]) -> None:
    with ScriptedServer() as srv:
        srv.script("GET", PERSONS, persons_pages(samples["person"], srv.url))
        async with AsyncPostHog(api_key=KEY, host=srv.url, project=1) as aph:
            pages_ = aph.persons.list(page_size=2, prefetch=4).pages()
            async for _ in pages_:
                break
            await pages_.aclose()  # type: ignore[attr-defined]
            sent = len(srv.requests)
            await aw(None)
            time.sleep(0.3)
            assert len(srv.requests) == sent


PROJECTS = "/api/projects/"


@pytest.fixture(scope="module")
def project_sample() -> Iterator[dict[str, Any]]:
    import httpx

    with local_posthog(persons=1, seed=5) as server:
        page = httpx.get(f"{server.url}{PROJECTS}", headers={"Authorization": f"Bearer {server.api_key}"}).json()
        yield page["results"][0]


PROJECT_LINKS: dict[str, tuple[Callable[[str, int], str], str]] = {
    "self loop": (lambda url, off: f"{url}{PROJECTS}?limit=200&offset={off}", "does not move forward"),
    "another origin": (lambda url, off: f"http://127.0.0.2:9{PROJECTS}?limit=200&offset={off + 1}", "origin"),
    "past count": (lambda url, off: f"{url}{PROJECTS}?limit=200&offset={off + 1}", "past the list's count"),
}


@pytest.mark.parametrize("case", list(PROJECT_LINKS))
@pytest.mark.parametrize("via", ["projects()", "project name"])
async def test_projects_use_the_same_pager(kind: str, project_sample: dict[str, Any], case: str, via: str) -> None:
    link, why = PROJECT_LINKS[case]

    def answer(seen: Seen) -> Answer:
        offset = offset_of(seen)
        results = [{**project_sample, "id": 10 + offset, "name": f"p{offset}"}]
        body = {"count": 3 if case == "past count" else 1000, "next": link(srv.url, offset), "results": results}
        return Answer(200, json.dumps(body).encode())

    with ScriptedServer() as srv:
        srv.script("GET", PROJECTS, answer)
        cls = PostHog if kind == "sync" else AsyncPostHog
        ph = cls(api_key=KEY, host=srv.url, project="Nowhere")
        try:
            with pytest.raises(PaginationError, match=why):
                await aw(ph.projects() if via == "projects()" else ph.project_id())
        finally:
            await close(ph)
        assert len(srv.requests) <= 3


def test_cli_projects_stops_at_a_looping_next(project_sample: dict[str, Any]) -> None:
    with ScriptedServer() as srv:
        body = {"count": 1000, "next": f"{srv.url}{PROJECTS}?limit=200&offset=0", "results": [project_sample]}
        srv.route("GET", PROJECTS, 200, json.dumps(body))
        env = {**os.environ, "POSTHOG_PERSONAL_API_KEY": KEY, "POSTHOG_HOST": srv.url, "POSTHOG_PROJECT_ID": "1"}
        done = subprocess.run(
            [sys.executable, "-c", CLI, "projects"], capture_output=True, text=True, env=env, timeout=60, check=False
        )
        assert len(srv.requests) <= 2
    assert done.returncode == 1, done.stderr
    assert "does not move forward" in done.stderr


def test_cli_retry_notices_stay_with_their_command(samples: dict[str, Any]) -> None:
    from typer.testing import CliRunner

    from posthog_rest.cli import app

    person = samples["person"]

    def answer(seen: Seen) -> Answer:  # a full page, a short last page, then slow 503s past the end
        offset = offset_of(seen)
        if offset >= 2000:
            return Answer(503, b'{"detail": "busy"}', delay=0.3)
        count = 1000 if offset == 0 else 10
        results = [{**person, "id": 7000 + offset + i} for i in range(count)]
        nxt = f"{srv.url}{PERSONS}?limit=1000&offset={offset + 1000}" if count == 1000 else None
        return Answer(200, json.dumps({"next": nxt, "previous": None, "results": results}).encode())

    with ScriptedServer() as srv:
        srv.script("GET", PERSONS, answer)
        srv.route("GET", "/api/users/@me/", 404, b'{"detail": "Not found."}')
        env = {"POSTHOG_PERSONAL_API_KEY": KEY, "POSTHOG_HOST": srv.url, "POSTHOG_PROJECT_ID": "1"}
        first = CliRunner().invoke(app, ["persons", "list", "--all", "--json"], env=env)
        sent = len(srv.requests)
        second = CliRunner().invoke(app, ["whoami"], env=env)
        time.sleep(0.8)
        assert len(srv.requests) == sent + 1  # only the second command's own request
    assert first.exit_code == 0, first.stderr
    assert len(json.loads(first.stdout)) == 1010
    assert "Retrying" not in first.stderr + second.stderr
    assert page_threads() == []
