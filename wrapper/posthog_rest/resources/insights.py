"""``ph.insights``: list, read (with refresh / max_age), create, update, soft delete, and calculations.

Example:
    >>> for insight in ph.insights.list(limit=20):
    ...     print(insight.short_id, insight.name)
    >>> insight = ph.insights.get(short_id="aBc123")
    >>> fresh = ph.insights.refresh(insight.id, wait=True, timeout=120)
    >>> ph.insights.trend(events=[{"id": "$pageview"}], date_from="-30d")
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from .._pagination import SyncPager
from ._base import Scope, SyncResource, to_raw
from ._insight_calculations import legacy_warning
from ._insight_plans import DEFAULT_REFRESH_TIMEOUT, InsightPlans, RefreshArg
from ._insight_reads import InsightRef, list_filters
from ._insights_async import AsyncInsights, AsyncInsightsWithRawResponse

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

__all__ = ["AsyncInsights", "AsyncInsightsWithRawResponse", "Insights", "InsightsWithRawResponse"]


class Insights(SyncResource):
    """Insights of the client's project: ``ph.insights``.

    Example:
        >>> ph.insights.get(42, refresh="blocking").result
    """

    def __init__(self, scope: Scope) -> None:
        super().__init__(scope)
        self._plans = InsightPlans(scope)

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

    def get(
        self,
        id: InsightRef | None = None,
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
        self,
        id: InsightRef,
        *,
        wait: bool = True,
        timeout: float = DEFAULT_REFRESH_TIMEOUT,
        poll_interval: float = 0.25,
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

    def update(self, id: InsightRef, *, timeout: float | None = None, **fields: Any) -> Insight:
        """Change some fields of an insight (PATCH).

        Example:
            >>> ph.insights.update(42, name="Weekly pageviews", tags=["kpi"])
        """
        return self._run(self._plans.update(id, fields, timeout))

    def delete(self, id: InsightRef, *, timeout: float | None = None) -> Insight:
        """Soft-delete an insight (PATCH ``deleted=true``: the API answers DELETE with 405).

        Example:
            >>> ph.insights.delete(42).deleted
            True
        """
        return self._run(self._plans.update(id, {"deleted": True}, timeout))

    def activity(self, id: InsightRef | None = None, *, timeout: float | None = None) -> ActivityLogPage:
        """The activity log of one insight, or of all insights when ``id`` is omitted.

        Example:
            >>> [entry.activity for entry in ph.insights.activity(42).results]
        """
        return self._run(self._plans.activity(id, timeout))

    def viewed(self, *ids: int, timeout: float | None = None) -> None:
        """Record that the current user has just viewed these insights, in one call (``POST insights/viewed/``).

        Feeds "recently viewed" (:meth:`my_last_viewed`) and :meth:`trending`. Up to 2,500 ids; PostHog
        silently drops ids of other projects and of deleted insights.

        Example:
            >>> ph.insights.viewed(42, 43, 44)
        """
        return self._run(self._plans.viewed(ids, timeout))

    def sharing(self, id: int, *, timeout: float | None = None) -> SharingConfiguration:
        """The insight's sharing configuration.

        Example:
            >>> ph.insights.sharing(42).enabled
        """
        return self._run(self._plans.sharing(id, timeout))

    def trending(
        self, *, days: int | None = None, limit: int | None = None, timeout: float | None = None
    ) -> builtins.list[TrendingInsight]:
        """The project's most viewed insights over the last ``days`` (PostHog's default 7), most viewed first.

        Each has basic metadata (no result), a ``view_count`` (distinct viewers) and up to 3 ``viewers``;
        ``limit`` defaults to 10 (at most 100).

        Example:
            >>> [(i.name, i.view_count) for i in ph.insights.trending(days=30, limit=5)]
        """
        return self._run(self._plans.trending(days, limit, timeout))

    def my_last_viewed(self, *, timeout: float | None = None) -> builtins.list[InsightBasic]:
        """The last 5 insights the key's user viewed, most recent first (metadata only, no results).

        Example:
            >>> [i.short_id for i in ph.insights.my_last_viewed()]
        """
        return self._run(self._plans.my_last_viewed(timeout))

    def trend(self, *, timeout: float | None = None, **params: Any) -> TrendResult:
        """Calculate a trend with a ``TrendsQuery`` through ``POST query/`` (PostHog's only trend endpoint now).

        ``events`` are names or legacy ``{"id": …, "math": …}`` dicts (``actions`` ids too); ``interval``
        is hour/day/week/month; ``math`` applies to every series without its own; ``breakdown`` an event
        property; ``compare=True`` adds the previous period; ``date_from``/``date_to``, ``properties``.
        Counts against the Query API's budget (see ``ph.query``).

        ``events`` takes plain names or dicts (``["$pageview", {"id": "signed_up", "math": "dau"}]``);
        ``display``, ``interval``, ``breakdown_type`` and ``math`` are checked before sending.

        Example:
            >>> ph.insights.trend(events=["$pageview"], date_from="-30d", interval="week").to_dataframe()
            >>> ph.insights.trend(events=[{"id": "$pageview", "math": "dau"}], breakdown="$browser").result
        """
        return self._run(self._plans.trend(params, timeout))

    def path(self, *, timeout: float | None = None, **params: Any) -> PathsResult:
        """Calculate paths (legacy: 404 on PostHog Cloud; see :class:`~posthog_rest.LegacyEndpointRemovedError`).

        Example:
            >>> ph.insights.path(filters={"start_point": "/"}).result
        """
        legacy_warning("path")
        return self._run(self._plans.calculate("path", params, timeout))  # type: ignore[no-any-return]

    def retention(self, *, timeout: float | None = None, **params: Any) -> RetentionResult:
        """Calculate retention (legacy: 404 on PostHog Cloud; see :class:`~posthog_rest.LegacyEndpointRemovedError`).

        Example:
            >>> ph.insights.retention(filters={"period": "Week"}).result
        """
        legacy_warning("retention")
        return self._run(self._plans.calculate("retention", params, timeout))  # type: ignore[no-any-return]

    def timing(self, *, timeout: float | None = None, **params: Any) -> TimingResult | None:
        """Timing (legacy, internal: today's servers only record it and send no body; then this returns None).

        Example:
            >>> ph.insights.timing(filters={"events": [{"id": "$pageview"}]})
        """
        legacy_warning("timing")
        return self._run(self._plans.calculate("timing", params, timeout))  # type: ignore[no-any-return]


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
        self.trending = to_raw(insights.trending)
        self.my_last_viewed = to_raw(insights.my_last_viewed)
        self.trend = to_raw(insights.trend)
        self.path = to_raw(insights.path)
        self.retention = to_raw(insights.retention)
        self.timing = to_raw(insights.timing)
