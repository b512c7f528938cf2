"""``aph.query``: the Query API for :class:`~posthog_rest.AsyncPostHog` (the same plans, run with ``await``).

Example:
    >>> result = await aph.query.sql("SELECT count() FROM events")
    >>> async for row in aph.query.iter_rows("SELECT uuid, timestamp FROM events"):
    ...     print(row["uuid"])
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._hogql import QueryResult
from .._keyset import DEFAULT_KEYS, KEYSET_PAGE_SIZE, KeysetSpec, events_spec
from .._rowwriters import ExportSummary, RowWriter, format_for
from ._base import AsyncResource, Scope
from ._query_plans import QueryPlans, actors_query, hogql_query, next_cursor, visible

if TYPE_CHECKING:
    from posthog_openapi.models.hog_ql_metadata_response import HogQLMetadataResponse
    from posthog_openapi.models.query_cancel_response import QueryCancelResponse
    from posthog_openapi.models.query_status import QueryStatus

    from .query import ProgressFn

__all__ = ["AsyncQuery"]

_EVENT_COLUMNS = ("uuid", "event", "timestamp", "distinct_id", "person_id", "properties")


class AsyncQuery(AsyncResource):
    """See :class:`~posthog_rest.resources.query.Query`.

    Example:
        >>> (await aph.query.sql("SELECT 1")).rows
    """

    def __init__(self, scope: Scope) -> None:
        super().__init__(scope)
        self._plans = QueryPlans(scope)

    async def sql(
        self,
        sql: str,
        values: Mapping[str, Any] | None = None,
        *,
        refresh: Any = None,
        name: str | None = None,
        timeout: float | None = None,
    ) -> QueryResult:
        """See :meth:`Query.sql <posthog_rest.resources.query.Query.sql>`.

        Example:
            >>> (await aph.query.sql("SELECT {n} AS n", {"n": 1})).rows
        """
        return await self._run(self._plans.sql(sql, values, refresh=refresh, name=name, timeout=timeout))

    async def run(
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
        """See :meth:`Query.run <posthog_rest.resources.query.Query.run>`.

        Example:
            >>> await aph.query.run({"kind": "HogQLQuery", "query": "SELECT 1"})
        """
        return await self._run(
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

    async def validate(self, sql: str, *, timeout: float | None = None) -> HogQLMetadataResponse:
        """See :meth:`Query.validate <posthog_rest.resources.query.Query.validate>`.

        Example:
            >>> (await aph.query.validate("SELECT 1")).is_valid
        """
        return await self._run(self._plans.validate(sql, timeout))

    async def actors(
        self,
        select: Sequence[str] | None = None,
        *,
        search: str | None = None,
        properties: Sequence[Any] | None = None,
        order_by: Sequence[str] | None = None,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> QueryResult:
        """See :meth:`Query.actors <posthog_rest.resources.query.Query.actors>`.

        Example:
            >>> (await aph.query.actors(["id"], limit=10)).rows
        """
        query = actors_query(select, search=search, properties=properties, order_by=order_by, limit=limit)
        return QueryResult.from_response(await self._run(self._plans.run(query, timeout=timeout)))

    async def status(self, query_id: str) -> QueryStatus:
        """See :meth:`Query.status <posthog_rest.resources.query.Query.status>`.

        Example:
            >>> (await aph.query.status("my-query-1")).complete
        """
        return await self._run(self._plans.status(query_id))

    async def cancel(self, query_id: str) -> QueryCancelResponse:
        """See :meth:`Query.cancel <posthog_rest.resources.query.Query.cancel>`.

        Example:
            >>> await aph.query.cancel("my-query-1")
        """
        return await self._run(self._plans.cancel(query_id))

    async def _pages(self, spec: KeysetSpec, name: str | None, timeout: float | None) -> AsyncIterator[QueryResult]:
        cursor: list[Any] | None = None
        while True:
            page = await self._run(self._plans.page(spec, cursor, name=name, timeout=timeout))
            yield visible(spec, page)
            cursor = next_cursor(spec, page)
            if cursor is None:
                return

    async def iter_rows(
        self,
        sql: str,
        values: Mapping[str, Any] | None = None,
        *,
        keys: Sequence[str] = DEFAULT_KEYS,
        page_size: int = KEYSET_PAGE_SIZE,
        name: str | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """See :meth:`Query.iter_rows <posthog_rest.resources.query.Query.iter_rows>`.

        Example:
            >>> async for row in aph.query.iter_rows("SELECT uuid, timestamp FROM events"):
            ...     print(row)
        """
        query = hogql_query(sql, values)
        spec = KeysetSpec.wrap(query["query"], query.get("values"), keys=keys, page_size=page_size)
        async for page in self._pages(spec, name, timeout):
            for row in page:
                yield row

    async def iter_events(
        self,
        *,
        after: Any,
        before: Any = None,
        event: str | None = None,
        properties: Mapping[str, Any] | None = None,
        where: Sequence[str] | str | None = None,
        columns: Sequence[str] = _EVENT_COLUMNS,
        page_size: int = KEYSET_PAGE_SIZE,
        timeout: float | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """See :meth:`Query.iter_events <posthog_rest.resources.query.Query.iter_events>`.

        Example:
            >>> async for e in aph.query.iter_events(after="2026-11-01", event="$pageview"):
            ...     print(e["uuid"])
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
        async for page in self._pages(spec, "posthog-rest iter_events", timeout):
            for row in page:
                yield row

    async def export_events(
        self,
        *,
        path: str | os.PathLike[str],
        after: Any,
        before: Any = None,
        event: str | None = None,
        properties: Mapping[str, Any] | None = None,
        where: Sequence[str] | str | None = None,
        columns: Sequence[str] = _EVENT_COLUMNS,
        format: str | None = None,
        page_size: int = KEYSET_PAGE_SIZE,
        on_page: ProgressFn | None = None,
        timeout: float | None = None,
    ) -> ExportSummary:
        """See :meth:`Query.export_events <posthog_rest.resources.query.Query.export_events>`.

        Example:
            >>> (await aph.query.export_events(after="2026-11-01", path="events.jsonl")).rows
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
        writer: RowWriter | None = None
        count = 0
        try:
            async for page in self._pages(spec, "posthog-rest export_events", timeout):
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
