"""Insights over real HTTP against the stand-in: sync and async, projects and environments families."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from client_fixtures import *  # noqa: F403
from client_fixtures import aw, collect, first
from posthog_rest import (
    InvalidRequestError,
    MethodNotAllowedError,
    NotFoundError,
    QueryFailedError,
    QueryTimeoutError,
    Refresh,
)


async def test_list_paginates_lazily_and_completely(ph: Any) -> None:
    everything = await collect(ph.insights.list())
    assert len(everything) > 5
    ids = [i.id for i in everything]
    assert len(set(ids)) == len(ids)
    small_pages = await collect(ph.insights.list(page_size=3).pages())
    assert len(small_pages) >= 2
    assert all(len(p.results) <= 3 for p in small_pages)
    assert [i.id for p in small_pages for i in p.results] == ids
    assert [i.id for i in await collect(ph.insights.list(limit=4, page_size=3))] == ids[:4]


async def test_prefetch_gives_the_same_items(ph: Any) -> None:
    plain = [i.id for i in await collect(ph.insights.list(page_size=2))]
    fetched = [i.id for i in await collect(ph.insights.list(page_size=2, prefetch=3))]
    assert fetched == plain


async def test_get_by_id_and_short_id(ph: Any) -> None:
    some = await first(ph.insights.list())
    by_id = await aw(ph.insights.get(some.id))
    by_short = await aw(ph.insights.get(short_id=some.short_id))
    assert by_id.id == by_short.id == some.id
    with pytest.raises(NotFoundError):
        await aw(ph.insights.get(short_id="noSuchId"))
    with pytest.raises(InvalidRequestError):
        await aw(ph.insights.get(short_id="no/such"))  # refused before sending: it would change the path
    with pytest.raises(NotFoundError):
        await aw(ph.insights.get(987654321))
    with pytest.raises(InvalidRequestError, match="exactly one"):
        await aw(ph.insights.get())


async def test_list_filters_by_short_id(ph: Any) -> None:
    some = await first(ph.insights.list())
    found = await collect(ph.insights.list(short_id=some.short_id))
    assert [i.id for i in found] == [some.id]


async def test_invalid_refresh_rejected_before_sending(ph: Any, clean_server: Any) -> None:
    with pytest.raises(InvalidRequestError, match=r"force_cache.*blocking"):
        await aw(ph.insights.get(1, refresh="sometimes"))
    with pytest.raises(InvalidRequestError):
        ph.insights.list(refresh="nope")


async def test_refresh_modes_accepted(ph: Any) -> None:
    some = await first(ph.insights.list())
    for mode in (Refresh.FORCE_CACHE, "blocking", True):
        insight = await aw(ph.insights.get(some.id, refresh=mode))
        assert insight.id == some.id
    blocking = await aw(ph.insights.get(some.id, refresh="force_blocking"))
    assert blocking.result is not None
    assert blocking.last_refresh is not None


async def test_refresh_wait_returns_fresh_insight(ph: Any, clean_server: Any) -> None:
    clean_server.set_calculation_time(0.3)
    some = await first(ph.insights.list())
    before = datetime.now(UTC)
    fresh = await aw(ph.insights.refresh(some.id, wait=True, timeout=30, poll_interval=0.05))
    assert fresh.result is not None
    assert fresh.last_refresh is not None
    assert fresh.last_refresh >= before - timedelta(seconds=1)


async def test_refresh_without_wait_returns_query_status(ph: Any, clean_server: Any) -> None:
    clean_server.set_calculation_time(0.5)
    some = await first(ph.insights.list())
    started = await aw(ph.insights.refresh(some.id, wait=False))
    assert started.query_status is not None
    status = await aw(ph.query_status(started.query_status.id))
    assert status.id == started.query_status.id
    for _ in range(100):  # let it finish, so later tests start their own calculation
        if (await aw(ph.query_status(status.id))).complete:
            break
        await asyncio.sleep(0.05)


async def test_refresh_failure_raises_server_message(ph: Any, clean_server: Any) -> None:
    some = (await collect(ph.insights.list(limit=2)))[1]  # not the insight other refresh tests use
    clean_server.fail_next_calculation(some.id, "Query exceeded memory limit")
    with pytest.raises(QueryFailedError, match="memory limit") as info:
        await aw(ph.insights.refresh(some.id, wait=True, timeout=30, poll_interval=0.05))
    assert info.value.query_id


async def test_refresh_timeout_says_how_to_cancel(ph: Any, clean_server: Any) -> None:
    clean_server.set_calculation_time(30)
    some = await first(ph.insights.list())
    with pytest.raises(QueryTimeoutError, match=r"cancel_query\(") as info:
        await aw(ph.insights.refresh(some.id, wait=True, timeout=0.3, poll_interval=0.05))
    cancelled = await aw(ph.cancel_query(info.value.query_id))
    assert cancelled.message


async def test_max_age_uses_cache_when_fresh_and_recalculates_when_stale(ph: Any, clean_server: Any) -> None:
    some = await first(ph.insights.list())
    calculated = await aw(ph.insights.get(some.id, refresh="force_blocking"))
    cached = await aw(ph.insights.get(some.id, max_age=timedelta(hours=1)))
    assert cached.last_refresh == calculated.last_refresh
    recalculated = await aw(ph.insights.get(some.id, max_age=timedelta(microseconds=1)))
    assert recalculated.last_refresh is not None
    assert recalculated.last_refresh > calculated.last_refresh


async def test_create_update_soft_delete(ph: Any) -> None:
    name = f"test-{uuid.uuid4().hex[:8]}"
    created = await aw(
        ph.insights.create(
            name=name,
            query={"kind": "InsightVizNode", "source": {"kind": "TrendsQuery", "series": []}},
            tags=["sdk"],
        )
    )
    assert created.name == name
    assert created.deleted is False
    updated = await aw(ph.insights.update(created.id, name=name + "-renamed", description="d"))
    assert (updated.name, updated.description) == (name + "-renamed", "d")
    deleted = await aw(ph.insights.delete(created.id))
    assert deleted.deleted is True
    remaining = await collect(ph.insights.list(short_id=created.short_id))
    assert remaining == []
    with pytest.raises(InvalidRequestError):
        await aw(ph.insights.update(created.id))


async def test_hard_delete_is_405_via_generated(phk: Any) -> None:
    some = await first(phk.insights.list())
    if hasattr(phk, "aclose"):
        from posthog_openapi.api.insights import insights_destroy

        response = await insights_destroy.asyncio_detailed(await aw(phk.project_id()), some.id, client=phk.generated)
    else:
        from posthog_openapi.api.insights import insights_destroy

        response = insights_destroy.sync_detailed(phk.project_id(), some.id, client=phk.generated)
    assert response.status_code == 405
    assert MethodNotAllowedError.__mro__[1].__name__ == "APIStatusError"


async def test_activity_viewed_sharing_and_calculations(ph: Any, legacy_server: Any) -> None:
    some = await first(ph.insights.list())
    assert (await aw(ph.insights.activity(some.id))).results is not None
    assert (await aw(ph.insights.activity())).results is not None
    await aw(ph.insights.viewed(some.id))
    assert isinstance((await aw(ph.insights.sharing(some.id))).enabled, bool)
    trend = await aw(ph.insights.trend(events=[{"id": "$pageview"}], date_from="-7d"))
    assert trend.result is not None
    with pytest.warns(DeprecationWarning, match="no longer serves"):
        await aw(ph.insights.retention())
    with pytest.warns(DeprecationWarning, match="no longer serves"):
        await aw(ph.insights.path())
    with pytest.warns(DeprecationWarning, match="no longer serves"):
        await aw(ph.insights.timing())
    with pytest.raises(InvalidRequestError):
        await aw(ph.insights.trend(events="not a list"))


async def test_raw_response(ph: Any) -> None:
    some = await first(ph.insights.list())
    raw = await aw(ph.insights.with_raw_response.get(some.id))
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.parse().id == some.id == raw.json()["id"]
    assert raw.method == "GET"
    assert "/insights/" in raw.url
    raw_me = await aw(ph.with_raw_response.me())
    assert raw_me.status_code == 200
    assert raw_me.parse().email
