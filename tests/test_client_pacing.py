"""The bulk fast path: default persons paging (1,000 per page, 4 in flight) and rate-limit pacing."""

from __future__ import annotations

from typing import Any

from client_fixtures import *  # noqa: F403
from client_fixtures import collect
from posthog_rest._pacing import LIMITS, MARGIN_S, Pacer
from posthog_rest._pagination import PERSONS_PAGE_SIZE, PREFETCH


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_pacer_bursts_then_waits_for_the_window() -> None:
    clock = FakeClock()
    pacer = Pacer(((3, 10.0),), clock=clock)
    assert [pacer.reserve() for _ in range(3)] == [0.0, 0.0, 0.0]
    assert pacer.reserve() == 10.0 + MARGIN_S  # the 4th goes when the 1st leaves the window
    clock.now += 5
    assert pacer.reserve() == 5.0 + MARGIN_S  # booked after the 4th, one window after the 2nd
    clock.now += 100
    assert pacer.reserve() == 0.0


def test_pacer_honours_every_window() -> None:
    clock = FakeClock()
    pacer = Pacer(((2, 1.0), (3, 60.0)), clock=clock)
    waits = [pacer.reserve() for _ in range(4)]
    assert waits[:2] == [0.0, 0.0]
    assert waits[2] == 1.0 + MARGIN_S  # per-second window
    assert waits[3] == 60.0 + MARGIN_S  # per-minute window: 3 already booked within it


def test_pacer_sustained_rate_matches_posthog_analytics_limit() -> None:
    clock = FakeClock()
    pacer = Pacer(LIMITS["analytics"], clock=clock)
    sent = []
    for _ in range(600):  # a client that sends as soon as it is allowed to
        clock.now += pacer.reserve()
        sent.append(clock.now)
    for i in range(240, 600):  # never 241 requests within one minute
        assert sent[i] - sent[i - 240] >= 60.0
    assert sent[239] - sent[0] == 0.0  # the first 240 go at once


async def test_default_persons_list_uses_big_pages_and_prefetch(phk: Any, clean_server: Any) -> None:
    assert (PERSONS_PAGE_SIZE, PREFETCH) == (1000, 4)
    before = clean_server.stats.get("op:persons_list", 0)
    everyone = clean_server.state.current_project.persons.live_count()  # other tests may split persons
    persons = await collect(phk.persons.list())
    assert len(persons) == everyone
    assert len({p.id for p in persons}) == everyone
    # one page, then up to PREFETCH in flight: the full pages + at most PREFETCH past the end
    assert clean_server.stats["op:persons_list"] - before <= -(-everyone // PERSONS_PAGE_SIZE) + PREFETCH
    small = await collect(phk.persons.list(limit=7))
    assert len(small) == 7


async def test_default_persons_list_never_trips_rate_limits(phk: Any, clean_server: Any) -> None:
    clean_server.set_rate_limits(True)
    throttled = clean_server.stats.get("throttled", 0)
    everyone = clean_server.state.current_project.persons.live_count()
    for _ in range(3):
        assert len(await collect(phk.persons.list())) == everyone
    assert clean_server.stats.get("throttled", 0) == throttled
