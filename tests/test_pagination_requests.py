"""Requests sent = pages needed: a list that is exhausted or closed sends nothing more (sync and async).

The stand-in counts every request it answers. A list with a ``count`` (insights) never asks past its end,
prefetching or not; a persons list has no count, so a prefetching pager may have up to ``prefetch - 1``
pages past the end on the wire when the short page arrives — those are answered once and never retried.
Nothing is sent after the list is exhausted or closed, or after the client is closed behind it.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from posthog_rest import AsyncPostHog, PostHog
from posthog_rest.testing import LocalPostHog, local_posthog

LATENCY_MS = 120  # pages stay on the wire long enough to be cut off by a close
PERSONS = 2500
PAGE = 1000
NEEDED = math.ceil((PERSONS + 1) / PAGE)  # the last page is short (2,500 = 2 full pages + 500)
#: After a close: long enough for a page on the wire to be answered and for a retry to come (first backoff 0.5 s).
SETTLE_S = LATENCY_MS / 1000 + 1.2


@pytest.fixture(scope="module")
def server() -> Iterator[LocalPostHog]:
    with local_posthog(seed=5, persons=PERSONS, latency_ms=LATENCY_MS) as srv:
        yield srv


def _sent(server: LocalPostHog, op: str) -> int:
    return int(server.stats.get(f"op:{op}", 0))


class Counter:
    """Requests of one operation sent during a ``with`` block, and after it (which must be none)."""

    def __init__(self, server: LocalPostHog, op: str) -> None:
        self.server, self.op = server, op

    def __enter__(self) -> Counter:
        self.before = _sent(self.server, self.op)
        return self

    def __exit__(self, *exc: object) -> None:
        time.sleep(LATENCY_MS / 1000 + 0.3)  # pages already on the wire are answered (and counted)
        self.during = _sent(self.server, self.op) - self.before
        time.sleep(SETTLE_S)
        self.after = _sent(self.server, self.op) - self.before - self.during


def _sync(server: LocalPostHog, use: Callable[[PostHog], Any]) -> None:
    with PostHog(api_key=server.api_key, host=server.url, project=server.project_id) as ph:
        ph.me()  # resolve the project first: only the list's own requests are counted
        use(ph)


def _async(server: LocalPostHog, use: Callable[[AsyncPostHog], Any]) -> None:
    async def main() -> None:
        async with AsyncPostHog(api_key=server.api_key, host=server.url, project=server.project_id) as aph:
            await aph.me()
            await use(aph)

    asyncio.run(main())


@pytest.mark.parametrize("prefetch", [0, 4])
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_exhausted_persons_list_sends_nothing_more(server: LocalPostHog, mode: str, prefetch: int) -> None:
    seen: list[int] = []

    def sync(ph: PostHog) -> None:
        seen.append(sum(1 for _ in ph.persons.list(prefetch=prefetch)))

    async def asynchronous(aph: AsyncPostHog) -> None:
        seen.append(len([p async for p in aph.persons.list(prefetch=prefetch)]))

    with Counter(server, "persons_list") as sent:
        _sync(server, sync) if mode == "sync" else _async(server, asynchronous)  # the client closes at once
    assert seen == [PERSONS]
    beyond = 0 if prefetch <= 1 else prefetch - 1  # pages past the end, on the wire before the short page came
    assert NEEDED <= sent.during <= NEEDED + beyond, sent.during
    assert sent.after == 0


@pytest.mark.parametrize("prefetch", [0, 3])
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_list_with_a_count_sends_exactly_the_pages_needed(server: LocalPostHog, mode: str, prefetch: int) -> None:
    size = 7
    with PostHog(api_key=server.api_key, host=server.url, project=server.project_id) as ph:
        total = sum(1 for _ in ph.insights.list(page_size=100))
    assert total > 2 * size
    counted: list[int] = []

    def sync(ph: PostHog) -> None:
        counted.append(sum(1 for _ in ph.insights.list(page_size=size, prefetch=prefetch)))

    async def asynchronous(aph: AsyncPostHog) -> None:
        counted.append(len([i async for i in aph.insights.list(page_size=size, prefetch=prefetch)]))

    with Counter(server, "insights_list") as sent:
        _sync(server, sync) if mode == "sync" else _async(server, asynchronous)
    assert counted == [total]
    assert sent.during == math.ceil(total / size), (sent.during, total)
    assert sent.after == 0


@pytest.mark.parametrize("prefetch", [0, 4])
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_list_closed_early_sends_nothing_more(server: LocalPostHog, mode: str, prefetch: int) -> None:
    def sync(ph: PostHog) -> None:
        items = iter(ph.persons.list(page_size=100, prefetch=prefetch))
        for _ in range(150):  # into the second page: the prefetch window is open
            next(items)
        items.close()  # type: ignore[attr-defined]  # a generator: what `break` in a for loop leads to

    async def asynchronous(aph: AsyncPostHog) -> None:
        items = aiter(aph.persons.list(page_size=100, prefetch=prefetch))
        for _ in range(150):
            await anext(items)
        await items.aclose()  # type: ignore[attr-defined]

    with Counter(server, "persons_list") as sent:
        _sync(server, sync) if mode == "sync" else _async(server, asynchronous)
    window = max(prefetch, 1)
    assert 2 <= sent.during <= 1 + window + 1, sent.during  # the first page, the page read, the window
    assert sent.after == 0


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_closing_the_client_mid_list_sends_nothing_more(server: LocalPostHog, mode: str) -> None:
    def sync(ph: PostHog) -> None:
        items = iter(ph.persons.list(page_size=100))
        for _ in range(150):
            next(items)
        # leaving the `with` block closes the client while prefetched pages are on the wire

    async def asynchronous(aph: AsyncPostHog) -> None:
        items = aiter(aph.persons.list(page_size=100))
        for _ in range(150):
            await anext(items)
        await items.aclose()  # type: ignore[attr-defined]

    with Counter(server, "persons_list") as sent:
        _sync(server, sync) if mode == "sync" else _async(server, asynchronous)
    assert 2 <= sent.during <= 2 + 4, sent.during
    assert sent.after == 0


def _answered_soon(server: LocalPostHog, start: int, want: int) -> int:
    """Requests answered since ``start``, waiting (up to 3 s) for ``want`` of them."""
    deadline = time.monotonic() + 3
    while _sent(server, "persons_list") - start < want and time.monotonic() < deadline:
        time.sleep(0.02)
    return _sent(server, "persons_list") - start


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_the_window_is_on_the_wire_while_the_first_page_is_read(server: LocalPostHog, mode: str) -> None:
    # As a sliding window: the caller's time on a page overlaps the next requests, the first page's too.
    counts: list[int] = []

    def sync(ph: PostHog) -> None:
        start = _sent(server, "persons_list")
        items = iter(ph.persons.list(prefetch=3))
        next(items)  # one item of the first page; the caller reads no further until the window is answered
        counts.append(_answered_soon(server, start, 1 + 3))
        items.close()  # type: ignore[attr-defined]

    async def asynchronous(aph: AsyncPostHog) -> None:
        start = _sent(server, "persons_list")
        items = aiter(aph.persons.list(prefetch=3))
        await anext(items)
        counts.append(await asyncio.to_thread(_answered_soon, server, start, 1 + 3))
        await items.aclose()  # type: ignore[attr-defined]

    with Counter(server, "persons_list") as sent:
        _sync(server, sync) if mode == "sync" else _async(server, asynchronous)
    assert counts == [1 + 3]  # the first page and the three of the window
    assert sent.during == 1 + 3
    assert sent.after == 0


def test_closing_the_client_under_a_live_pager_retries_nothing(
    server: LocalPostHog, caplog: pytest.LogCaptureFixture
) -> None:
    """The CLI's `persons list | head` case: the pager is still referenced (by a traceback) when the client closes,
    so the close itself breaks the sockets of the pages on the wire; those are nobody's, never retried."""
    held: list[Any] = []

    def sync(ph: PostHog) -> None:
        items = iter(ph.persons.list(page_size=100))
        for _ in range(150):
            next(items)
        held.append(items)  # alive after the `with` block closes the client

    caplog.set_level("INFO", logger="posthog_rest")
    with Counter(server, "persons_list") as sent:
        _sync(server, sync)
    held.clear()
    assert 2 <= sent.during <= 2 + 4, sent.during
    assert sent.after == 0
    assert [r.getMessage() for r in caplog.records if "Retrying" in r.getMessage()] == []
