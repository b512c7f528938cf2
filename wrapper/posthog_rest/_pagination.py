"""Lazy auto-pagination over limit/offset lists, sync and async, with optional concurrent prefetch.

Pages are fetched only as you iterate and never accumulated, so memory stays flat however many items
there are. ``next`` links are followed only on the configured origin (anything else raises), by parsing
their ``limit``/``offset`` and calling the generated list function again (raw URLs are never fetched).
Lists without ``count`` (persons) work the same. ``prefetch=N`` keeps N pages in flight: offsets are
computed ahead from the page size, and iteration stops at the first short or empty page.

The bulk fast path (``ph.persons.list()`` by default): pages of :data:`PERSONS_PAGE_SIZE` persons,
:data:`PREFETCH` in flight, every page request paced to PostHog's per-project rate limits (see
:mod:`posthog_rest._pacing`), so a large export runs at full speed until the per-minute budget is spent
and then at the sustained rate, instead of earning 429s.

Example:
    >>> for insight in ph.insights.list(limit=500):        # at most 500 items
    ...     print(insight.name)
    >>> for page in ph.persons.list(prefetch=4).pages():   # 4 pages in flight
    ...     print(len(page.results))
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import parse_qs, urlsplit

from ._config import origin, redact_url
from ._core import Call, Connection, Plan, aexecute, arun_plan, execute, run_plan
from ._errors import InvalidRequestError, ResponseValidationError

if TYPE_CHECKING:
    import asyncio

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")

#: The persons list's default page size. PostHog's default is 100; it serves 1,000 per page (the cap of its
#: older cursor paginator; the current one is higher), and 10x fewer requests is what keeps a big export
#: inside the analytics rate limit (240 requests/minute).
PERSONS_PAGE_SIZE = 1000
#: Pages in flight by default for the persons list (``prefetch=``): hides the latency of 4 round trips.
PREFETCH = 4


@dataclass
class PageSpec(Generic[PageT]):
    """What a pager needs: the project plan, how to build a page call, and the page size asked for."""

    resolve: Callable[[], Plan[str]]
    make_call: Callable[[str, int | None, int | None], Call[PageT]]
    page_size: int | None
    limit: int | None
    prefetch: int
    #: The page size used when none is asked for (``None``: the API's default, 100).
    default_page_size: int | None = None
    #: The rate-limit category whose budget page requests are paced to (``None``: not paced).
    pace: str | None = None


class _Planner(Generic[ItemT, PageT]):
    """The executor-independent part of paging: which call comes next, and when to stop."""

    def __init__(self, conn: Connection, spec: PageSpec[PageT]) -> None:
        for name, value, least in (("limit", spec.limit, 1), ("page_size", spec.page_size, 1)):
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < least):
                raise InvalidRequestError(f"{name} must be an integer > 0 (or None), got {value!r}")
        if isinstance(spec.prefetch, bool) or not isinstance(spec.prefetch, int) or spec.prefetch < 0:
            raise InvalidRequestError(f"prefetch must be an integer >= 0, got {spec.prefetch!r}")
        self.conn = conn
        self.spec = spec
        self.seen = 0
        self.total: int | None = None
        self.first_offset = 0
        self.project_id = ""
        size = spec.page_size
        if size is None:
            size = spec.default_page_size
            if spec.limit is not None and spec.limit < (size or 100):
                size = max(spec.limit, 1)
        self.size = size

    def first(self, project_id: str) -> Call[PageT]:
        self.project_id = project_id
        return self.spec.make_call(project_id, None, self.size)

    def call(self, offset: int, size: int) -> Call[PageT]:
        limit = self.spec.limit
        if limit is not None:  # never ask for more than the limit still wants
            size = max(1, min(size, limit + self.first_offset - offset))
        return self.spec.make_call(self.project_id, offset, size)

    def done(self) -> bool:
        return self.spec.limit is not None and self.seen >= self.spec.limit

    def accept(self, page: Any) -> tuple[int, int] | None:
        """Count the page; answer the next ``(offset, limit)``, or ``None`` when this was the last page."""
        results = page.results
        self.seen += len(results)
        count = getattr(page, "count", None)
        if isinstance(count, int) and not isinstance(count, bool):
            self.total = count
        next_url = page.next_ if isinstance(page.next_, str) else None
        if not next_url or not results or self.done():
            return None
        if origin(next_url) != origin(self.conn.base_url):
            raise ResponseValidationError(
                f"Refusing to follow a pagination link to another origin: {redact_url(next_url, self.conn.api_key)} "
                f"(configured host {self.conn.base_url})",
                url=redact_url(next_url, self.conn.api_key),
            )
        query = parse_qs(urlsplit(next_url).query)
        try:
            offset = int(query["offset"][0])
            size = int(query["limit"][0]) if "limit" in query else (self.size or len(results))
        except (KeyError, ValueError):
            raise ResponseValidationError(
                f"Pagination link without a numeric offset: {redact_url(next_url, self.conn.api_key)}"
            ) from None
        if size <= 0:
            return None
        return offset, size

    def wanted(self, offset: int) -> bool:
        """Whether a page at ``offset`` can hold anything (known ``count``, ``limit``): prefetch no further."""
        if self.total is not None and offset >= self.total:
            return False
        limit = self.spec.limit
        return limit is None or offset < limit + self.first_offset

    def short(self, page: Any, size: int) -> bool:
        """Whether a prefetched page ends the list (short, empty or without ``next``)."""
        return len(page.results) < size or not page.next_

    def reserve(self) -> float:
        """Book the next page request with the rate-limit pacer; the seconds to wait before sending it."""
        if self.spec.pace is None:
            return 0.0
        return self.conn.pacer(self.project_id, self.spec.pace).reserve()


def _trim(page: PageT, room: int | None) -> PageT:
    """``page`` with at most ``room`` results (``None``: no limit); a server may send more than asked."""
    results = page.results  # type: ignore[attr-defined]
    if room is not None and len(results) > room:
        page.results = results[:room]  # type: ignore[attr-defined]
    return page


def _paced_execute(planner: _Planner[Any, PageT], call: Call[PageT], stop: threading.Event | None = None) -> PageT:
    """Wait for the call's rate-limit slot (unless ``stop`` is set first), then run it."""
    wait = planner.reserve()
    if wait > 0:
        if stop is None:
            time.sleep(wait)
        elif stop.wait(wait):
            raise RuntimeError("pager closed")  # nobody reads this future any more
    return execute(planner.conn, call)


async def _apaced_execute(planner: _Planner[Any, PageT], call: Call[PageT]) -> PageT:
    """Async twin of :func:`_paced_execute` (cancelled with its task)."""
    wait = planner.reserve()
    if wait > 0:
        import asyncio  # lazily: sync users never pay for importing asyncio

        await asyncio.sleep(wait)
    return await aexecute(planner.conn, call)


class SyncPager(Generic[ItemT, PageT]):
    """A lazy iterator over every item of a list; ``.pages()`` iterates whole pages instead.

    Example:
        >>> pager = ph.insights.list(short_id="aBc123")
        >>> first = next(iter(pager), None)
    """

    def __init__(self, conn: Connection, spec: PageSpec[PageT]) -> None:
        self._conn = conn
        self._spec = spec

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            yield from page.results  # type: ignore[attr-defined]

    def pages(self) -> Iterator[PageT]:
        """Iterate pages (the generated paginated models, with ``results``, ``next_``, …), ``limit`` items at most.

        Example:
            >>> for page in ph.persons.list(limit=500).pages():
            ...     print(len(page.results), page.next_)
        """
        room = self._spec.limit
        for page in self._pages():
            yield _trim(page, room)
            if room is not None:
                room -= len(page.results)  # type: ignore[attr-defined]
                if room <= 0:
                    return

    def _pages(self) -> Iterator[PageT]:
        planner: _Planner[ItemT, PageT] = _Planner(self._conn, self._spec)
        if planner.done():
            return
        project_id = run_plan(self._conn, self._spec.resolve())
        page = _paced_execute(planner, planner.first(project_id))
        yield page
        nxt = planner.accept(page)
        if nxt is None:
            return
        if self._spec.prefetch <= 1:
            while nxt is not None:
                page = _paced_execute(planner, planner.call(*nxt))
                yield page
                nxt = planner.accept(page)
            return
        yield from self._prefetched(planner, *nxt)

    def _prefetched(self, planner: _Planner[ItemT, PageT], offset: int, size: int) -> Generator[PageT, None, None]:
        pool = ThreadPoolExecutor(max_workers=self._spec.prefetch, thread_name_prefix="posthog-rest-page")
        inflight: deque[Future[PageT]] = deque()
        stop = threading.Event()
        planner.first_offset = offset - planner.seen
        try:
            for _ in range(self._spec.prefetch):
                if planner.wanted(offset):
                    inflight.append(pool.submit(_paced_execute, planner, planner.call(offset, size), stop))
                    offset += size
            while inflight:
                page = inflight.popleft().result()
                yield page
                planner.accept(page)
                if planner.done() or planner.short(page, size):
                    return
                if planner.wanted(offset):
                    inflight.append(pool.submit(_paced_execute, planner, planner.call(offset, size), stop))
                    offset += size
        finally:
            stop.set()
            pool.shutdown(wait=False, cancel_futures=True)

    def __repr__(self) -> str:
        return f"<SyncPager limit={self._spec.limit} prefetch={self._spec.prefetch}>"


class AsyncPager(Generic[ItemT, PageT]):
    """The async twin of :class:`SyncPager`: ``async for item in pager`` / ``async for page in pager.pages()``.

    Example:
        >>> async for person in aph.persons.list(where("plan") == "pro"):
        ...     print(person.distinct_ids)
    """

    def __init__(self, conn: Connection, spec: PageSpec[PageT]) -> None:
        self._conn = conn
        self._spec = spec

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in page.results:  # type: ignore[attr-defined]
                yield item

    async def pages(self) -> AsyncIterator[PageT]:
        """Iterate pages (the generated paginated models), ``limit`` items at most.

        Example:
            >>> async for page in aph.insights.list(limit=100).pages():
            ...     print(len(page.results))
        """
        room = self._spec.limit
        pages = self._pages()
        try:
            async for page in pages:
                yield _trim(page, room)
                if room is not None:
                    room -= len(page.results)  # type: ignore[attr-defined]
                    if room <= 0:
                        return
        finally:
            await pages.aclose()  # cancel prefetched pages now, not when the generator is collected

    async def _pages(self) -> AsyncGenerator[PageT, None]:
        planner: _Planner[ItemT, PageT] = _Planner(self._conn, self._spec)
        if planner.done():
            return
        project_id = await arun_plan(self._conn, self._spec.resolve())
        page = await _apaced_execute(planner, planner.first(project_id))
        yield page
        nxt = planner.accept(page)
        if nxt is None:
            return
        if self._spec.prefetch <= 1:
            while nxt is not None:
                page = await _apaced_execute(planner, planner.call(*nxt))
                yield page
                nxt = planner.accept(page)
            return
        import asyncio  # lazily: sync users never pay for importing asyncio

        offset, size = nxt
        inflight: deque[asyncio.Task[PageT]] = deque()
        planner.first_offset = offset - planner.seen
        try:
            for _ in range(self._spec.prefetch):
                if planner.wanted(offset):
                    inflight.append(asyncio.ensure_future(_apaced_execute(planner, planner.call(offset, size))))
                    offset += size
            while inflight:
                page = await inflight.popleft()
                yield page
                planner.accept(page)
                if planner.done() or planner.short(page, size):
                    return
                if planner.wanted(offset):
                    inflight.append(asyncio.ensure_future(_apaced_execute(planner, planner.call(offset, size))))
                    offset += size
        finally:
            for task in inflight:
                task.cancel()
            for task in inflight:
                with contextlib.suppress(BaseException):
                    await task

    async def to_list(self) -> list[ItemT]:
        """Collect every item (mind the memory for big lists).

        Example:
            >>> insights = await aph.insights.list(created_by=7).to_list()
        """
        return [item async for item in self]

    def __repr__(self) -> str:
        return f"<AsyncPager limit={self._spec.limit} prefetch={self._spec.prefetch}>"
