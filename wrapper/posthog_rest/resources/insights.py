"""``ph.insights``: list, read (with refresh / max_age), create, update, soft delete, and calculations.

Example:
    >>> for insight in ph.insights.list(limit=20):
    ...     print(insight.short_id, insight.name)
    >>> insight = ph.insights.get(short_id="aBc123")
    >>> fresh = ph.insights.refresh(insight.id, wait=True, timeout=120)
    >>> ph.insights.trend(events=[{"id": "$pageview"}], date_from="-30d")
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any, cast

from .._core import Call, Plan, only
from .._errors import InvalidRequestError, NotFoundError
from .._pagination import AsyncPager, PageSpec, SyncPager
from .._refresh import (
    BLOCKING_READ_TIMEOUT,
    Refresh,
    is_fresh,
    parse_refresh,
    read_timeout,
    to_generated,
    wait_for_query_plan,
)
from ._base import AsyncResource, Scope, SyncResource, build_model, to_async_raw, to_raw

if TYPE_CHECKING:
    from posthog_openapi.models.activity_log_page import ActivityLogPage
    from posthog_openapi.models.paginated_insight_list import PaginatedInsightList
    from posthog_openapi.models.paths_result import PathsResult
    from posthog_openapi.models.retention_result import RetentionResult
    from posthog_openapi.models.sharing_configuration import SharingConfiguration
    from posthog_openapi.models.timing_result import TimingResult

    from .._models import Insight, TrendResult

RefreshArg = Refresh | str | bool | None
DEFAULT_REFRESH_TIMEOUT = 300.0


class _InsightPlans:
    """Every insights operation as a plan; the sync and async resources only run them."""

    def __init__(self, scope: Scope) -> None:
        self.scope = scope

    def list_spec(
        self,
        *,
        short_id: str | None,
        created_by: int | None,
        refresh: RefreshArg,
        page_size: int | None,
        limit: int | None,
        prefetch: int,
        timeout: float | None,
    ) -> PageSpec[PaginatedInsightList]:
        from posthog_openapi.models.paginated_insight_list import PaginatedInsightList

        mode = parse_refresh(refresh)
        filters = only(short_id=short_id, created_by=created_by, refresh=to_generated(mode))
        call_timeout = read_timeout(mode, timeout)

        def make_call(project_id: str, offset: int | None, size: int | None) -> Call[PaginatedInsightList]:
            return Call(
                "insights.insights_list",
                {"project_id": project_id, **filters, **only(offset=offset, limit=size)},
                expect=PaginatedInsightList,
                timeout=call_timeout,
            )

        return PageSpec(self.scope.project_id, make_call, page_size, limit, prefetch, pace="crud")

    def _retrieve(
        self, project_id: str, id: int, mode: Refresh | None, from_dashboard: int | None, timeout: float | None
    ) -> Call[Insight]:
        from .._models import Insight

        return Call(
            "insights.insights_retrieve",
            {"project_id": project_id, "id": id, **only(refresh=to_generated(mode), from_dashboard=from_dashboard)},
            expect=Insight,
            timeout=read_timeout(mode, timeout),
        )

    def _by_short_id(
        self, project_id: str, short_id: str, mode: Refresh | None, timeout: float | None
    ) -> Plan[Insight]:
        from posthog_openapi.models.paginated_insight_list import PaginatedInsightList

        page = yield from Call(
            "insights.insights_list",
            {"project_id": project_id, "short_id": short_id, "limit": 1, **only(refresh=to_generated(mode))},
            expect=PaginatedInsightList,
            timeout=read_timeout(mode, timeout),
        )
        if not page.results:
            raise NotFoundError(f"No insight with short_id {short_id!r} in project {project_id}", status=404)
        return cast("Insight", page.results[0])  # promoted to the wrapper's Insight along with its page

    def get(
        self,
        id: int | None,
        *,
        short_id: str | None,
        refresh: RefreshArg,
        from_dashboard: int | None,
        max_age: timedelta | None,
        timeout: float | None,
    ) -> Plan[Insight]:
        if (id is None) == (short_id is None):
            raise InvalidRequestError("Pass exactly one of id or short_id")
        mode = parse_refresh(refresh)
        if max_age is not None and mode is not None:
            raise InvalidRequestError("Pass either refresh= or max_age=, not both")
        project_id = yield from self.scope.project_id()
        if id is None:
            assert short_id is not None
            if from_dashboard is None and max_age is None:
                return (yield from self._by_short_id(project_id, short_id, mode, timeout))
            found = yield from self._by_short_id(project_id, short_id, None, timeout)
            id = found.id
        if max_age is None:
            return (yield from self._retrieve(project_id, id, mode, from_dashboard, timeout))
        cached = yield from self._retrieve(project_id, id, Refresh.FORCE_CACHE, from_dashboard, timeout)
        if cached.result is not None and is_fresh(cached.last_refresh, max_age):
            return cached
        return (yield from self._retrieve(project_id, id, Refresh.FORCE_BLOCKING, from_dashboard, timeout))

    def refresh(self, id: int, *, wait: bool, timeout: float, poll_interval: float) -> Plan[Insight]:
        for name, value in (("timeout", timeout), ("poll_interval", poll_interval)):
            if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
                raise InvalidRequestError(f"{name} must be a number of seconds > 0, got {value!r}")
        project_id = yield from self.scope.project_id()
        started = yield from self._retrieve(project_id, id, Refresh.FORCE_ASYNC, None, None)
        status = started.query_status
        if not wait:
            return started
        if status is not None and not status.complete:
            yield from wait_for_query_plan(project_id, status.id, timeout=timeout, poll_interval=poll_interval)
        elif status is None and started.result is not None:
            return started
        return (yield from self._retrieve(project_id, id, Refresh.FORCE_CACHE, None, None))

    def create(self, fields: dict[str, Any], timeout: float | None) -> Plan[Insight]:
        from posthog_openapi.models.insight_request import InsightRequest

        from .._models import Insight

        body = build_model(InsightRequest, fields, "insight")
        project_id = yield from self.scope.project_id()
        return (
            yield from Call(
                "insights.insights_create",
                {"project_id": project_id, "body": body},
                expect=Insight,
                idempotent=False,
                timeout=timeout,
            )
        )

    def update(self, id: int, fields: dict[str, Any], timeout: float | None) -> Plan[Insight]:
        from posthog_openapi.models.insight_request import InsightRequest

        from .._models import Insight

        if not fields:
            raise InvalidRequestError("update() needs at least one field to change")
        body = build_model(InsightRequest, fields, "insight update")
        project_id = yield from self.scope.project_id()
        return (
            yield from Call(
                "insights.insights_partial_update",
                {"project_id": project_id, "id": id, "body": body},
                expect=Insight,
                idempotent=False,
                timeout=timeout,
            )
        )

    def activity(self, id: int | None, timeout: float | None) -> Plan[ActivityLogPage]:
        from posthog_openapi.models.activity_log_page import ActivityLogPage

        project_id = yield from self.scope.project_id()
        kwargs: dict[str, Any]
        if id is None:
            op, kwargs = "insights.insights_all_activity_retrieve", {"project_id": project_id}
        else:
            op, kwargs = "insights.insights_activity_retrieve", {"project_id": project_id, "id": id}
        return (yield from Call(op, kwargs, expect=ActivityLogPage, timeout=timeout))

    def viewed(self, id: int, timeout: float | None) -> Plan[None]:
        project_id = yield from self.scope.project_id()
        yield from Call(
            "insights.insights_viewed_create", {"project_id": project_id, "id": id}, expect=None, timeout=timeout
        )
        return None

    def sharing(self, id: int, timeout: float | None) -> Plan[SharingConfiguration]:
        from posthog_openapi.models.sharing_configuration import SharingConfiguration

        project_id = yield from self.scope.project_id()
        return (
            yield from Call(
                "insights.insights_sharing_list",
                {"project_id": project_id, "insight_id": id},
                expect=SharingConfiguration,
                timeout=timeout,
            )
        )

    def calculate(self, kind: str, params: dict[str, Any], timeout: float | None) -> Plan[Any]:
        """Plan: a legacy calculation endpoint (trend/path/retention/timing); read-only, retried."""
        from posthog_openapi.models import (
            insight_request,
            paths_result,
            retention_result,
            timing_result,
            trend_request,
            trend_result,
        )

        request_cls: Any
        result_cls: Any
        if kind == "trend":
            request_cls, result_cls = trend_request.TrendRequest, trend_result.TrendResult
        else:
            request_cls = insight_request.InsightRequest
            result_cls = {
                "path": paths_result.PathsResult,
                "retention": retention_result.RetentionResult,
                "timing": timing_result.TimingResult,
            }[kind]
        body = build_model(request_cls, params, f"{kind} request")
        project_id = yield from self.scope.project_id()
        return (
            yield from Call(
                f"insights.insights_{kind}_create",
                {"project_id": project_id, "body": body},
                expect=result_cls,
                timeout=timeout if timeout is not None else BLOCKING_READ_TIMEOUT,
            )
        )


class Insights(SyncResource):
    """Insights of the client's project: ``ph.insights``.

    Example:
        >>> ph.insights.get(42, refresh="blocking").result
    """

    def __init__(self, scope: Scope) -> None:
        super().__init__(scope)
        self._plans = _InsightPlans(scope)

    @property
    def with_raw_response(self) -> InsightsWithRawResponse:
        """The same methods, returning :class:`~posthog_rest.RawResponse` (status, headers, body, parsed).

        Example:
            >>> raw = ph.insights.with_raw_response.get(42); raw.status_code, raw.parse().name
        """
        return InsightsWithRawResponse(self)

    def list(
        self,
        *,
        short_id: str | None = None,
        created_by: int | None = None,
        refresh: RefreshArg = None,
        limit: int | None = None,
        page_size: int | None = None,
        prefetch: int = 0,
        timeout: float | None = None,
    ) -> SyncPager[Insight, PaginatedInsightList]:
        """Lazily iterate the project's insights, fetching pages as needed.

        ``limit`` caps the number of items yielded; ``page_size`` is the API's per-request ``limit``;
        ``prefetch=N`` fetches N pages concurrently.

        Example:
            >>> for insight in ph.insights.list(created_by=7, limit=50):
            ...     print(insight.name)
            >>> for page in ph.insights.list(prefetch=4).pages(): ...
        """
        return SyncPager(
            self._scope.conn,
            self._plans.list_spec(
                short_id=short_id,
                created_by=created_by,
                refresh=refresh,
                page_size=page_size,
                limit=limit,
                prefetch=prefetch,
                timeout=timeout,
            ),
        )

    def get(
        self,
        id: int | None = None,
        *,
        short_id: str | None = None,
        refresh: RefreshArg = None,
        from_dashboard: int | None = None,
        max_age: timedelta | None = None,
        timeout: float | None = None,
    ) -> Insight:
        """One insight, by ``id`` or by ``short_id`` (the id in its web URL).

        ``refresh`` is a :class:`~posthog_rest.Refresh` mode; ``max_age`` returns the cached result when
        it is at most that old and recalculates (blocking) otherwise.

        Example:
            >>> ph.insights.get(short_id="aBc123")
            >>> ph.insights.get(42, max_age=timedelta(hours=1)).result
        """
        return self._run(
            self._plans.get(
                id,
                short_id=short_id,
                refresh=refresh,
                from_dashboard=from_dashboard,
                max_age=max_age,
                timeout=timeout,
            )
        )

    def refresh(
        self, id: int, *, wait: bool = True, timeout: float = DEFAULT_REFRESH_TIMEOUT, poll_interval: float = 0.25
    ) -> Insight:
        """Recalculate in the background (``force_async``); with ``wait`` poll the query until done.

        Returns the fresh insight (re-read with ``force_cache``); raises
        :class:`~posthog_rest.QueryFailedError` with the server's message, or
        :class:`~posthog_rest.QueryTimeoutError` (cancel with ``ph.cancel_query(err.query_id)``).

        Example:
            >>> ph.insights.refresh(42, wait=True, timeout=120).last_refresh
        """
        return self._run(self._plans.refresh(id, wait=wait, timeout=timeout, poll_interval=poll_interval))

    def create(self, *, timeout: float | None = None, **fields: Any) -> Insight:
        """Create an insight (fields of ``InsightRequest``: name, query, filters, description, tags, …).

        Example:
            >>> ph.insights.create(name="Pageviews", query={"kind": "InsightVizNode", "source": {...}})
        """
        return self._run(self._plans.create(fields, timeout))

    def update(self, id: int, *, timeout: float | None = None, **fields: Any) -> Insight:
        """Change some fields of an insight (PATCH).

        Example:
            >>> ph.insights.update(42, name="Weekly pageviews", tags=["kpi"])
        """
        return self._run(self._plans.update(id, fields, timeout))

    def delete(self, id: int, *, timeout: float | None = None) -> Insight:
        """Soft-delete an insight (PATCH ``deleted=true``: the API answers DELETE with 405).

        Example:
            >>> ph.insights.delete(42).deleted
            True
        """
        return self._run(self._plans.update(id, {"deleted": True}, timeout))

    def activity(self, id: int | None = None, *, timeout: float | None = None) -> ActivityLogPage:
        """The activity log of one insight, or of all insights when ``id`` is omitted.

        Example:
            >>> [entry.activity for entry in ph.insights.activity(42).results]
        """
        return self._run(self._plans.activity(id, timeout))

    def viewed(self, id: int, *, timeout: float | None = None) -> None:
        """Record that the insight was viewed.

        Example:
            >>> ph.insights.viewed(42)
        """
        return self._run(self._plans.viewed(id, timeout))

    def sharing(self, id: int, *, timeout: float | None = None) -> SharingConfiguration:
        """The insight's sharing configuration.

        Example:
            >>> ph.insights.sharing(42).enabled
        """
        return self._run(self._plans.sharing(id, timeout))

    def trend(self, *, timeout: float | None = None, **params: Any) -> TrendResult:
        """Calculate a trend (legacy endpoint; fields of ``TrendRequest``).

        Example:
            >>> ph.insights.trend(events=[{"id": "$pageview"}], date_from="-30d").result
        """
        return self._run(self._plans.calculate("trend", params, timeout))  # type: ignore[no-any-return]

    def path(self, *, timeout: float | None = None, **params: Any) -> PathsResult:
        """Calculate paths (legacy endpoint).

        Example:
            >>> ph.insights.path(filters={"start_point": "/"}).result
        """
        return self._run(self._plans.calculate("path", params, timeout))  # type: ignore[no-any-return]

    def retention(self, *, timeout: float | None = None, **params: Any) -> RetentionResult:
        """Calculate retention (legacy endpoint).

        Example:
            >>> ph.insights.retention(filters={"period": "Week"}).result
        """
        return self._run(self._plans.calculate("retention", params, timeout))  # type: ignore[no-any-return]

    def timing(self, *, timeout: float | None = None, **params: Any) -> TimingResult:
        """Calculate timing (legacy endpoint).

        Example:
            >>> ph.insights.timing(filters={"events": [{"id": "$pageview"}]})
        """
        return self._run(self._plans.calculate("timing", params, timeout))  # type: ignore[no-any-return]


class AsyncInsights(AsyncResource):
    """Async twin of :class:`Insights`: ``aph.insights`` (same arguments; ``await`` / ``async for``).

    Example:
        >>> insight = await aph.insights.get(42)
        >>> async for insight in aph.insights.list(): ...
    """

    def __init__(self, scope: Scope) -> None:
        super().__init__(scope)
        self._plans = _InsightPlans(scope)

    @property
    def with_raw_response(self) -> AsyncInsightsWithRawResponse:
        """The same methods, returning :class:`~posthog_rest.RawResponse`.

        Example:
            >>> raw = await aph.insights.with_raw_response.get(42)
        """
        return AsyncInsightsWithRawResponse(self)

    def list(
        self,
        *,
        short_id: str | None = None,
        created_by: int | None = None,
        refresh: RefreshArg = None,
        limit: int | None = None,
        page_size: int | None = None,
        prefetch: int = 0,
        timeout: float | None = None,
    ) -> AsyncPager[Insight, PaginatedInsightList]:
        """See :meth:`Insights.list`; iterate with ``async for``.

        Example:
            >>> async for insight in aph.insights.list(limit=10): ...
        """
        return AsyncPager(
            self._scope.conn,
            self._plans.list_spec(
                short_id=short_id,
                created_by=created_by,
                refresh=refresh,
                page_size=page_size,
                limit=limit,
                prefetch=prefetch,
                timeout=timeout,
            ),
        )

    async def get(
        self,
        id: int | None = None,
        *,
        short_id: str | None = None,
        refresh: RefreshArg = None,
        from_dashboard: int | None = None,
        max_age: timedelta | None = None,
        timeout: float | None = None,
    ) -> Insight:
        """See :meth:`Insights.get`.

        Example:
            >>> await aph.insights.get(short_id="aBc123")
        """
        return await self._run(
            self._plans.get(
                id,
                short_id=short_id,
                refresh=refresh,
                from_dashboard=from_dashboard,
                max_age=max_age,
                timeout=timeout,
            )
        )

    async def refresh(
        self, id: int, *, wait: bool = True, timeout: float = DEFAULT_REFRESH_TIMEOUT, poll_interval: float = 0.25
    ) -> Insight:
        """See :meth:`Insights.refresh`.

        Example:
            >>> await aph.insights.refresh(42, timeout=60)
        """
        return await self._run(self._plans.refresh(id, wait=wait, timeout=timeout, poll_interval=poll_interval))

    async def create(self, *, timeout: float | None = None, **fields: Any) -> Insight:
        """See :meth:`Insights.create`.

        Example:
            >>> await aph.insights.create(name="Pageviews")
        """
        return await self._run(self._plans.create(fields, timeout))

    async def update(self, id: int, *, timeout: float | None = None, **fields: Any) -> Insight:
        """See :meth:`Insights.update`.

        Example:
            >>> await aph.insights.update(42, name="Renamed")
        """
        return await self._run(self._plans.update(id, fields, timeout))

    async def delete(self, id: int, *, timeout: float | None = None) -> Insight:
        """See :meth:`Insights.delete` (soft delete).

        Example:
            >>> await aph.insights.delete(42)
        """
        return await self._run(self._plans.update(id, {"deleted": True}, timeout))

    async def activity(self, id: int | None = None, *, timeout: float | None = None) -> ActivityLogPage:
        """See :meth:`Insights.activity`.

        Example:
            >>> await aph.insights.activity(42)
        """
        return await self._run(self._plans.activity(id, timeout))

    async def viewed(self, id: int, *, timeout: float | None = None) -> None:
        """See :meth:`Insights.viewed`.

        Example:
            >>> await aph.insights.viewed(42)
        """
        return await self._run(self._plans.viewed(id, timeout))

    async def sharing(self, id: int, *, timeout: float | None = None) -> SharingConfiguration:
        """See :meth:`Insights.sharing`.

        Example:
            >>> (await aph.insights.sharing(42)).enabled
        """
        return await self._run(self._plans.sharing(id, timeout))

    async def trend(self, *, timeout: float | None = None, **params: Any) -> TrendResult:
        """See :meth:`Insights.trend`.

        Example:
            >>> await aph.insights.trend(events=[{"id": "$pageview"}])
        """
        return await self._run(self._plans.calculate("trend", params, timeout))

    async def path(self, *, timeout: float | None = None, **params: Any) -> PathsResult:
        """See :meth:`Insights.path`.

        Example:
            >>> await aph.insights.path()
        """
        return await self._run(self._plans.calculate("path", params, timeout))

    async def retention(self, *, timeout: float | None = None, **params: Any) -> RetentionResult:
        """See :meth:`Insights.retention`.

        Example:
            >>> await aph.insights.retention()
        """
        return await self._run(self._plans.calculate("retention", params, timeout))

    async def timing(self, *, timeout: float | None = None, **params: Any) -> TimingResult:
        """See :meth:`Insights.timing`.

        Example:
            >>> await aph.insights.timing()
        """
        return await self._run(self._plans.calculate("timing", params, timeout))


class InsightsWithRawResponse:
    """``ph.insights.with_raw_response``: each method returns a :class:`~posthog_rest.RawResponse`.

    Example:
        >>> raw = ph.insights.with_raw_response.get(42)
        >>> raw.status_code, raw.headers.get("content-type"), raw.parse().id
    """

    def __init__(self, insights: Insights) -> None:
        self.get = to_raw(insights.get)
        self.refresh = to_raw(insights.refresh)
        self.create = to_raw(insights.create)
        self.update = to_raw(insights.update)
        self.delete = to_raw(insights.delete)
        self.activity = to_raw(insights.activity)
        self.viewed = to_raw(insights.viewed)
        self.sharing = to_raw(insights.sharing)
        self.trend = to_raw(insights.trend)
        self.path = to_raw(insights.path)
        self.retention = to_raw(insights.retention)
        self.timing = to_raw(insights.timing)


class AsyncInsightsWithRawResponse:
    """``aph.insights.with_raw_response``: each method returns an awaitable :class:`~posthog_rest.RawResponse`.

    Example:
        >>> raw = await aph.insights.with_raw_response.get(42)
    """

    def __init__(self, insights: AsyncInsights) -> None:
        self.get = to_async_raw(insights.get)
        self.refresh = to_async_raw(insights.refresh)
        self.create = to_async_raw(insights.create)
        self.update = to_async_raw(insights.update)
        self.delete = to_async_raw(insights.delete)
        self.activity = to_async_raw(insights.activity)
        self.viewed = to_async_raw(insights.viewed)
        self.sharing = to_async_raw(insights.sharing)
        self.trend = to_async_raw(insights.trend)
        self.path = to_async_raw(insights.path)
        self.retention = to_async_raw(insights.retention)
        self.timing = to_async_raw(insights.timing)
