"""``ph.query``: PostHog's Query API — HogQL (SQL) with bound values, any query kind, bulk keyset exports.

Every method that sends a query shares the project's Query API budget (240/minute, 2,400/hour, 3 at
once): requests wait their turn instead of earning 429s. Bulk reads never use OFFSET (PostHog refuses it
for personal API keys): they page by keyset on ``(timestamp, uuid)`` and stream page by page.

Example:
    >>> result = ph.query.sql("SELECT event, count() AS n FROM events WHERE timestamp > {since} GROUP BY event",
    ...                       values={"since": "2026-11-01"})
    >>> result.columns, result.rows[:3]
    >>> ph.query.run(TrendsQuery(series=[EventsNode(event="$pageview")], interval="week")).results
    >>> ph.query.export_events(after="2026-11-01", before="2026-12-01", path="events.parquet").rows
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._hogql import QueryResult
from .._keyset import DEFAULT_KEYS, KEYSET_PAGE_SIZE, KeysetSpec, events_spec
from .._rowwriters import ExportSummary, RowWriter, format_for
from ._base import Scope, SyncResource
from ._query_plans import QueryPlans, actors_query, hogql_query, next_cursor, visible

if TYPE_CHECKING:
    from posthog_openapi.models.hog_ql_metadata_response import HogQLMetadataResponse
    from posthog_openapi.models.query_cancel_response import QueryCancelResponse
    from posthog_openapi.models.query_status import QueryStatus

__all__ = ["DEFAULT_EVENT_COLUMNS", "Query"]

#: The columns ``export_events`` writes by default.
DEFAULT_EVENT_COLUMNS = ("uuid", "event", "timestamp", "distinct_id", "person_id", "properties")
ProgressFn = Callable[[int], None]


class Query(SyncResource):
    """The Query API of the client's project: ``ph.query``.

    Example:
        >>> ph.query.sql("SELECT count() FROM events").rows[0][0]
    """

    def __init__(self, scope: Scope) -> None:
        super().__init__(scope)
        self._plans = QueryPlans(scope)

    def sql(
        self,
        sql: str,
        values: Mapping[str, Any] | None = None,
        *,
        refresh: Any = None,
        name: str | None = None,
        timeout: float | None = None,
    ) -> QueryResult:
        """Run HogQL; ``values`` fill its ``{placeholders}`` as typed constants (never spliced into the text).

        Without a LIMIT PostHog returns 100 rows and ``has_more``; LIMIT may go up to 50,000. For more
        rows use :meth:`iter_rows`. Every placeholder needs a value (checked before sending).

        Example:
            >>> r = ph.query.sql("SELECT event, count() AS n FROM events WHERE event = {e} GROUP BY event",
            ...                  values={"e": "$pageview"}, name="pageview count")
            >>> r.rows, r.types, r.to_dataframe()
        """
        return self._run(self._plans.sql(sql, values, refresh=refresh, name=name, timeout=timeout))

    def run(
        self,
        query: Any,
        *,
        refresh: Any = None,
        name: str | None = None,
        client_query_id: str | None = None,
        timeout: float | None = None,
        wait: bool = True,
        poll_interval: float = 0.25,
    ) -> Any:
        """Run any query kind (a ``posthog_models`` model or a dict with ``kind``); returns its typed response.

        The query is validated by ``posthog_models`` before sending. An async ``refresh`` mode
        (``"async"``, ``"force_async"``, …) answers at once; with ``wait`` the status is polled like
        insight refreshes (:class:`~posthog_rest.QueryFailedError`, :class:`~posthog_rest.QueryTimeoutError`;
        cancel with :meth:`cancel`).

        Example:
            >>> from posthog_models import EventsNode, TrendsQuery
            >>> ph.query.run(TrendsQuery(series=[EventsNode(event="$pageview")], interval="week")).results
            >>> ph.query.run({"kind": "HogQLQuery", "query": "SELECT 1"}, refresh="force_async").results
        """
        return self._run(
            self._plans.run(
                query,
                refresh=refresh,
                name=name,
                client_query_id=client_query_id,
                timeout=timeout,
                wait=wait,
                poll_interval=poll_interval,
            )
        )

    def validate(self, sql: str, *, timeout: float | None = None) -> HogQLMetadataResponse:
        """Check HogQL without running it (``HogQLMetadata``): ``errors``/``warnings`` with their positions.

        Example:
            >>> [(e.message, e.start) for e in ph.query.validate("SELECT evnt FROM events").errors]
        """
        return self._run(self._plans.validate(sql, timeout))

    def actors(
        self,
        select: Sequence[str] | None = None,
        *,
        search: str | None = None,
        properties: Sequence[Any] | None = None,
        order_by: Sequence[str] | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> QueryResult:
        """Persons through an ``ActorsQuery`` (PostHog's recommended way to list and export persons).

        Example:
            >>> r = ph.query.actors(["id", "properties.email"], search="@example.com", limit=500)
            >>> [row["properties.email"] for row in r]
        """
        query = actors_query(select, search=search, properties=properties, order_by=order_by, limit=limit)
        return QueryResult.from_response(self._run(self._plans.run(query, timeout=timeout)))

    def status(self, query_id: str) -> QueryStatus:
        """A background query's status.

        Example:
            >>> ph.query.status("my-query-1").complete
        """
        return self._run(self._plans.status(query_id))

    def cancel(self, query_id: str) -> QueryCancelResponse:
        """Cancel a background query (the id of its ``query_status``, or your ``client_query_id``).

        Example:
            >>> ph.query.cancel("my-query-1")
        """
        return self._run(self._plans.cancel(query_id))

    # ----------------------------------------------------------------------------------------- bulk reads

    def _pages(self, spec: KeysetSpec, name: str | None, timeout: float | None) -> Iterator[QueryResult]:
        cursor: list[Any] | None = None
        while True:
            page = self._run(self._plans.page(spec, cursor, name=name, timeout=timeout))
            yield visible(spec, page)
            cursor = next_cursor(spec, page)
            if cursor is None:
                return

    def iter_rows(
        self,
        sql: str,
        values: Mapping[str, Any] | None = None,
        *,
        keys: Sequence[str] = DEFAULT_KEYS,
        page_size: int = KEYSET_PAGE_SIZE,
        name: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Every row of a SELECT, page by page by keyset (never OFFSET), as dicts; memory stays flat.

        The SELECT must return the ``keys`` columns (default ``timestamp`` and ``uuid``: rows sharing a
        timestamp are ordered by uuid, so none is lost or repeated) and have no ORDER BY/LIMIT of its own.

        Example:
            >>> for row in ph.query.iter_rows("SELECT uuid, timestamp, event FROM events WHERE event = {e}",
            ...                               {"e": "$pageview"}, page_size=10_000):
            ...     print(row["uuid"])
        """
        query = hogql_query(sql, values)  # checks the SQL and values before anything is sent
        spec = KeysetSpec.wrap(query["query"], query.get("values"), keys=keys, page_size=page_size)
        for page in self._pages(spec, name, timeout):
            yield from page

    def iter_events(
        self,
        *,
        after: Any,
        before: Any = None,
        event: str | None = None,
        properties: Mapping[str, Any] | None = None,
        where: Sequence[str] | str | None = None,
        columns: Sequence[str] = DEFAULT_EVENT_COLUMNS,
        page_size: int = KEYSET_PAGE_SIZE,
        timeout: float | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Events from ``after`` (inclusive) to ``before`` (exclusive), oldest first, as dicts (keyset pages).

        Example:
            >>> for e in ph.query.iter_events(after="2026-11-01", event="$pageview", properties={"$browser": "Chrome"}):
            ...     print(e["timestamp"], e["distinct_id"])
        """
        spec = events_spec(
            after=after,
            before=before,
            event=event,
            properties=properties,
            where=where,
            columns=columns,
            page_size=page_size,
        )
        for page in self._pages(spec, "posthog-rest iter_events", timeout):
            yield from page

    def export_events(
        self,
        *,
        path: str | os.PathLike[str],
        after: Any,
        before: Any = None,
        event: str | None = None,
        properties: Mapping[str, Any] | None = None,
        where: Sequence[str] | str | None = None,
        columns: Sequence[str] = DEFAULT_EVENT_COLUMNS,
        format: str | None = None,
        page_size: int = KEYSET_PAGE_SIZE,
        on_page: ProgressFn | None = None,
        timeout: float | None = None,
    ) -> ExportSummary:
        """Write events to CSV, JSON lines or Parquet (from ``path``'s suffix or ``format``), page by page.

        Pages by keyset on ``(timestamp, uuid)``: no row lost or repeated, flat memory, inside the Query
        API's rate limits. The file appears only when the export succeeded. ``on_page(rows_so_far)`` is
        called after each page. Parquet needs ``pip install 'posthog-rest[parquet]'``.

        Example:
            >>> s = ph.query.export_events(after="2026-11-01", before="2026-12-01", event="$pageview",
            ...                            path="pageviews.parquet")
            >>> s.rows, s.pages
        """
        spec = events_spec(
            after=after,
            before=before,
            event=event,
            properties=properties,
            where=where,
            columns=columns,
            page_size=page_size,
        )
        fmt = format_for(path, format)
        return write_pages(self._pages(spec, "posthog-rest export_events", timeout), path, fmt, on_page)


def write_pages(
    pages: Iterator[QueryResult], path: str | os.PathLike[str], fmt: Any, on_page: ProgressFn | None
) -> ExportSummary:
    """Stream pages into a :class:`RowWriter`; the file is moved into place only when every page arrived."""
    writer: RowWriter | None = None
    count = 0
    try:
        for page in pages:
            if writer is None:
                writer = RowWriter(path, fmt, page.columns, page.types)
            writer.write(page.rows)
            count += 1
            if on_page is not None:
                on_page(writer.rows)
    except BaseException:
        if writer is not None:
            writer.close(ok=False)
        raise
    assert writer is not None  # the first page always comes back, with its columns
    writer.close()
    return ExportSummary(writer.path, fmt, writer.rows, count, writer.columns)
