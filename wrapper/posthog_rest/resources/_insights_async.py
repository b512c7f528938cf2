"""``aph.insights``: the async twin of :mod:`posthog_rest.resources.insights`."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from .._pagination import AsyncPager
from ._base import AsyncResource, Scope, to_async_raw

if TYPE_CHECKING:
    from posthog_openapi.models.activity_log_page import ActivityLogPage
    from posthog_openapi.models.insight_basic import InsightBasic
    from posthog_openapi.models.paginated_insight_list import PaginatedInsightList
    from posthog_openapi.models.paths_result import PathsResult
    from posthog_openapi.models.retention_result import RetentionResult
    from posthog_openapi.models.sharing_configuration import SharingConfiguration
    from posthog_openapi.models.timing_result import TimingResult
    from posthog_openapi.models.trending_insight import TrendingInsight

    from .._models import Insight, TrendResult

from ._insight_calculations import legacy_warning
from ._insight_plans import DEFAULT_REFRESH_TIMEOUT, InsightPlans, RefreshArg
from ._insight_reads import InsightRef, list_filters


class AsyncInsights(AsyncResource):
    """Async twin of :class:`Insights`: ``aph.insights`` (same arguments; ``await`` / ``async for``).

    Example:
        >>> insight = await aph.insights.get(42)
        >>> async for insight in aph.insights.list(): ...
    """

    def __init__(self, scope: Scope) -> None:
        super().__init__(scope)
        self._plans = InsightPlans(scope)

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
        created_by: int | Sequence[int] | None = None,
        basic: bool | None = None,
        search: str | None = None,
        tags: Sequence[str] | None = None,
        insight: str | None = None,
        order: str | None = None,
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
                filters=list_filters(
                    short_id=short_id,
                    created_by=created_by,
                    basic=basic,
                    search=search,
                    tags=tags,
                    insight=insight,
                    order=order,
                ),
                refresh=refresh,
                page_size=page_size,
                limit=limit,
                prefetch=prefetch,
                timeout=timeout,
            ),
        )

    async def get(
        self,
        id: InsightRef | None = None,
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
        self,
        id: InsightRef,
        *,
        wait: bool = True,
        timeout: float = DEFAULT_REFRESH_TIMEOUT,
        poll_interval: float = 0.25,
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

    async def update(self, id: InsightRef, *, timeout: float | None = None, **fields: Any) -> Insight:
        """See :meth:`Insights.update`.

        Example:
            >>> await aph.insights.update(42, name="Renamed")
        """
        return await self._run(self._plans.update(id, fields, timeout))

    async def delete(self, id: InsightRef, *, timeout: float | None = None) -> Insight:
        """See :meth:`Insights.delete` (soft delete).

        Example:
            >>> await aph.insights.delete(42)
        """
        return await self._run(self._plans.update(id, {"deleted": True}, timeout))

    async def activity(self, id: InsightRef | None = None, *, timeout: float | None = None) -> ActivityLogPage:
        """See :meth:`Insights.activity`.

        Example:
            >>> await aph.insights.activity(42)
        """
        return await self._run(self._plans.activity(id, timeout))

    async def viewed(self, *ids: int, timeout: float | None = None) -> None:
        """See :meth:`Insights.viewed`.

        Example:
            >>> await aph.insights.viewed(42, 43)
        """
        return await self._run(self._plans.viewed(ids, timeout))

    async def sharing(self, id: int, *, timeout: float | None = None) -> SharingConfiguration:
        """See :meth:`Insights.sharing`.

        Example:
            >>> (await aph.insights.sharing(42)).enabled
        """
        return await self._run(self._plans.sharing(id, timeout))

    async def trending(
        self, *, days: int | None = None, limit: int | None = None, timeout: float | None = None
    ) -> builtins.list[TrendingInsight]:
        """See :meth:`Insights.trending`.

        Example:
            >>> [(i.name, i.view_count) for i in await aph.insights.trending(days=30)]
        """
        return await self._run(self._plans.trending(days, limit, timeout))

    async def my_last_viewed(self, *, timeout: float | None = None) -> builtins.list[InsightBasic]:
        """See :meth:`Insights.my_last_viewed`.

        Example:
            >>> [i.name for i in await aph.insights.my_last_viewed()]
        """
        return await self._run(self._plans.my_last_viewed(timeout))

    async def trend(self, *, timeout: float | None = None, **params: Any) -> TrendResult:
        """See :meth:`Insights.trend`.

        Example:
            >>> await aph.insights.trend(events=[{"id": "$pageview"}])
        """
        return await self._run(self._plans.trend(params, timeout))

    async def path(self, *, timeout: float | None = None, **params: Any) -> PathsResult:
        """See :meth:`Insights.path`.

        Example:
            >>> await aph.insights.path()
        """
        legacy_warning("path")
        return await self._run(self._plans.calculate("path", params, timeout))

    async def retention(self, *, timeout: float | None = None, **params: Any) -> RetentionResult:
        """See :meth:`Insights.retention`.

        Example:
            >>> await aph.insights.retention()
        """
        legacy_warning("retention")
        return await self._run(self._plans.calculate("retention", params, timeout))

    async def timing(self, *, timeout: float | None = None, **params: Any) -> TimingResult | None:
        """See :meth:`Insights.timing`.

        Example:
            >>> await aph.insights.timing()
        """
        legacy_warning("timing")
        return await self._run(self._plans.calculate("timing", params, timeout))


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
        self.trending = to_async_raw(insights.trending)
        self.my_last_viewed = to_async_raw(insights.my_last_viewed)
        self.trend = to_async_raw(insights.trend)
        self.path = to_async_raw(insights.path)
        self.retention = to_async_raw(insights.retention)
        self.timing = to_async_raw(insights.timing)
