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
from dataclasses import dataclass
from itertools import repeat
from typing import TYPE_CHECKING, Any, Generic, NoReturn, TypeVar
from urllib.parse import parse_qs, urlsplit

from ._config import origin, redact_url
from ._core import Call, Connection, Plan, aexecute, arun_plan, execute, run_plan
from ._errors import InvalidRequestError, PaginationError
from ._retry import CANCELLED

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")

#: The persons list's default page size. PostHog's default is 100; it serves 1,000 per page (the cap of its
#: older cursor paginator; the current one is higher), and 10x fewer requests is what keeps a big export
#: inside the analytics rate limit (240 requests/minute).
PERSONS_PAGE_SIZE = 1000
#: Pages in flight by default for the persons list (``prefetch=``): hides the latency of 4 round trips.
PREFETCH = 4
#: How long closing a prefetching pager waits for the pages already on the wire (they are never retried).
SETTLE_SECONDS = 10.0


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
        #: The offset of the page being accepted, and fingerprints of every page so far (loop detection).
        self.offset = 0
        self.pages = 0
        self.prints: set[int] = set()
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
        """Count and check the page; the next ``(offset, limit)``, or ``None`` when this was the last page.

        Raises :class:`PaginationError` for a page seen before, more items than ``count``, or a ``next``
        that goes to another origin, does not move forward, or points past ``count``.
        """
        results = _results(page)
        self.seen += len(results)
        self.pages += 1
        count = getattr(page, "count", None)
        if isinstance(count, int) and not isinstance(count, bool):
            self.total = count
        self._check_page(results)
        next_url = page.next_ if isinstance(page.next_, str) else None
        if not next_url or not results or self.done():
            return None
        offset, size = self._parse_next(next_url, len(results))
        if size <= 0:
            return None
        self.offset = offset
        return offset, size

    def _check_page(self, results: list[Any]) -> None:
        ids = _ids(results)
        if results and None not in ids:
            fingerprint = hash(ids)
            if fingerprint in self.prints:
                self._refuse(f"page {self.pages} repeats an earlier page ({len(ids)} items with the same ids)")
            self.prints.add(fingerprint)
        if self.total is not None and self.seen > self.total + len(results):
            self._refuse(f"{self.seen} items so far, more than the list's count of {self.total}")

    def _parse_next(self, next_url: str, got: int) -> tuple[int, int]:
        shown = redact_url(next_url, self.conn.api_key)
        if origin(next_url) != origin(self.conn.base_url):
            self._refuse(f"a link to another origin: {shown} (configured host {self.conn.base_url})", shown)
        query = parse_qs(urlsplit(next_url).query)
        try:
            offset = int(query["offset"][0])
            size = int(query["limit"][0]) if "limit" in query else (self.size or got)
        except (KeyError, ValueError):
            self._refuse(f"a link without a numeric offset: {shown}", shown)
        if offset <= self.offset:
            self._refuse(f"next does not move forward (offset {offset} after {self.offset}): {shown}", shown)
        if self.total is not None and offset >= self.total:
            self._refuse(f"next points past the list's count of {self.total} (offset {offset}): {shown}", shown)
        return offset, size

    def _refuse(self, why: str, url: str | None = None) -> NoReturn:
        raise PaginationError(f"Refusing to page on: {why}", url=url)

    def wanted(self, offset: int) -> bool:
        """Whether a page at ``offset`` can hold anything (known ``count``, ``limit``): prefetch no further."""
        if self.total is not None and offset >= self.total:
            return False
        limit = self.spec.limit
        return limit is None or offset < limit + self.first_offset

    def short(self, page: Any, size: int) -> bool:
        """Whether a prefetched page ends the list (short, empty or without ``next``)."""
        return len(_results(page)) < size or not page.next_

    def last(self, page: Any, size: int) -> bool:
        """Whether a prefetched page, not yet accepted, is the last one wanted: it ends the list or the limit."""
        limit = self.spec.limit
        return self.short(page, size) or (limit is not None and self.seen + len(_results(page)) >= limit)

    def reserve(self) -> float:
        """Book the next page request with the rate-limit pacer; the seconds to wait before sending it."""
        if self.spec.pace is None:
            return 0.0
        return self.conn.pacer(self.project_id, self.spec.pace).reserve()


def _ids(results: list[Any]) -> tuple[Any, ...]:
    """The items' ids (``None`` for an item without one), read past the SDK's per-read hook: one C call each."""
    from posthog_openapi.types import UNSET  # once per page; the generated package loads with the first page

    try:
        ids = tuple(map(object.__getattribute__, results, repeat("id")))
    except AttributeError:  # an item without an id (or not converted yet): the general way
        return tuple(getattr(item, "id", None) for item in results)
    return ids if UNSET not in ids else tuple(None if i is UNSET else i for i in ids)


def _results(page: Any) -> list[Any]:
    """A page's results as parsed, past the SDK's per-read hook (which promotes every item: once, when yielded)."""
    return object.__getattribute__(page, "results")  # type: ignore[no-any-return]


def _trim(page: PageT, room: int | None) -> PageT:
    """``page`` with at most ``room`` results (``None``: no limit); a server may send more than asked."""
    results = _results(page)
    if room is not None and len(results) > room:
        page.results = results[:room]  # type: ignore[attr-defined]
    return page


def _paced_execute(planner: _Planner[Any, PageT], call: Call[PageT], stop: threading.Event | None = None) -> PageT:
    """Wait for the call's rate-limit slot (unless ``stop`` is set first), then run it (no retry once stopped)."""
    wait = planner.reserve()
    if wait > 0:
        if stop is None:
            time.sleep(wait)
        elif stop.wait(wait):
            raise _PagerClosedError  # nobody reads this future any more
    if stop is None:
        return execute(planner.conn, call)
    if stop.is_set():
        raise _PagerClosedError
    token = CANCELLED.set(stop)
    try:
        return execute(planner.conn, call)
    finally:
        CANCELLED.reset(token)


class _PagerClosedError(Exception):
    """A prefetched page nobody will read: its pager was closed or exhausted first."""


def _spawn(fn: Callable[..., PageT], *args: Any) -> Future[PageT]:
    """Run ``fn(*args)`` on a thread of its own that ends with it: an idle pager holds no threads."""
    from concurrent.futures import Future  # with the first prefetch, not at start-up

    future: Future[PageT] = Future()

    def run() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(fn(*args))
        except BaseException as exc:  # handed to whoever reads the future
            future.set_exception(exc)

    threading.Thread(target=run, name="posthog-rest-page", daemon=True).start()
    return future


async def _apaced_execute(planner: _Planner[Any, PageT], call: Call[PageT]) -> PageT:
    """Async twin of :func:`_paced_execute` (cancelled with its task)."""
    wait = planner.reserve()
    if wait > 0:
        import asyncio  # lazily: sync users never pay for importing asyncio

        await asyncio.sleep(wait)
    return await aexecute(planner.conn, call)


def _settle(inflight: deque[Future[Any]], stop: threading.Event) -> None:
    """On close or exhaustion: drop pages not yet sent, let those on the wire finish (never retried), and wait.

    Waiting is what keeps a page's requests, and their log lines, inside the command that started them.
    """
    stop.set()
    for future in inflight:
        future.cancel()
    until = time.monotonic() + SETTLE_SECONDS
    for future in inflight:
        with contextlib.suppress(BaseException):  # a page nobody reads: its outcome does not matter
            future.exception(timeout=max(0.0, until - time.monotonic()))


def collect_plan(conn: Connection, spec: PageSpec[PageT]) -> Plan[list[Any]]:
    """Every item of a list as a plan (for lists that other plans need whole, like ``projects()``).

    The same :class:`_Planner` checks as the pagers: a ``next`` must move forward, stay on the origin and
    within ``count``, and no page may repeat.

    Example:
        >>> items = yield from collect_plan(conn, spec)
    """
    planner: _Planner[Any, PageT] = _Planner(conn, spec)
    project_id = yield from spec.resolve()
    page = yield from planner.first(project_id)
    items: list[Any] = list(page.results)  # type: ignore[attr-defined]
    nxt = planner.accept(page)
    while nxt is not None:
        page = yield from planner.call(*nxt)
        items.extend(page.results)  # type: ignore[attr-defined]
        nxt = planner.accept(page)
    return items


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
                room -= len(_results(page))
                if room <= 0:
                    return

    def _pages(self) -> Iterator[PageT]:
        planner: _Planner[ItemT, PageT] = _Planner(self._conn, self._spec)
        if planner.done():
            return
        project_id = run_plan(self._conn, self._spec.resolve())
        page = _paced_execute(planner, planner.first(project_id))
        try:
            nxt = planner.accept(page)
        except PaginationError:
            yield page  # its items first, as for any page: the refusal comes when the caller asks for more
            raise
        if nxt is None or self._spec.prefetch <= 1:
            yield page
            while nxt is not None:
                page = _paced_execute(planner, planner.call(*nxt))
                yield page
                nxt = planner.accept(page)
            return
        yield from self._prefetched(planner, page, *nxt)

    def _prefetched(
        self, planner: _Planner[ItemT, PageT], first: PageT, offset: int, size: int
    ) -> Generator[PageT, None, None]:
        """``first`` (accepted), then the pages from ``offset``: the window goes on the wire before ``first``
        is handed over, so the caller's time on the first page overlaps the next requests too."""
        inflight: deque[Future[PageT]] = deque()
        stop = threading.Event()
        planner.conn.pager_stops.add(stop)
        planner.first_offset = offset - planner.seen
        try:
            for _ in range(self._spec.prefetch):
                if planner.wanted(offset):
                    inflight.append(_spawn(_paced_execute, planner, planner.call(offset, size), stop))
                    offset += size
            yield first
            while inflight:
                page = inflight.popleft().result()
                # Its successor goes on the wire before the page is handed over (as a sliding window does),
                # so the caller's time on this page overlaps a full window of requests.
                last = planner.last(page, size)
                if not last and planner.wanted(offset):
                    inflight.append(_spawn(_paced_execute, planner, planner.call(offset, size), stop))
                    offset += size
                yield page
                planner.accept(page)
                if last:
                    return
        finally:
            _settle(inflight, stop)

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
        try:
            nxt = planner.accept(page)
        except PaginationError:
            yield page  # as in the sync pager: its items first, then the refusal
            raise
        if nxt is None or self._spec.prefetch <= 1:
            yield page
            while nxt is not None:
                page = await _apaced_execute(planner, planner.call(*nxt))
                yield page
                nxt = planner.accept(page)
            return
        import asyncio  # lazily: sync users never pay for importing asyncio

        first, (offset, size) = page, nxt
        inflight: deque[asyncio.Task[PageT]] = deque()
        planner.first_offset = offset - planner.seen
        try:
            for _ in range(self._spec.prefetch):
                if planner.wanted(offset):
                    inflight.append(asyncio.ensure_future(_apaced_execute(planner, planner.call(offset, size))))
                    offset += size
            yield first  # the window is on the wire while the caller reads the first page
            while inflight:
                page = await inflight.popleft()
                last = planner.last(page, size)  # the successor is sent first, as in the sync pager
                if not last and planner.wanted(offset):
                    inflight.append(asyncio.ensure_future(_apaced_execute(planner, planner.call(offset, size))))
                    offset += size
                yield page
                planner.accept(page)
                if last:
                    return
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
