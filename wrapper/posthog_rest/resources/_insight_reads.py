"""Insight reads as plans: list, get (by id or short id, with refresh / max_age), refresh, activity, sharing."""

from __future__ import annotations

from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from .._core import Call, Plan, only
from .._errors import InvalidRequestError, NotFoundError
from .._pagination import PageSpec
from .._refresh import (
    Refresh,
    is_fresh,
    parse_refresh,
    read_timeout,
    to_generated,
    wait_for_query_plan,
)
from ._base import Plans

if TYPE_CHECKING:
    from posthog_openapi.models.activity_log_page import ActivityLogPage
    from posthog_openapi.models.paginated_insight_list import PaginatedInsightList
    from posthog_openapi.models.sharing_configuration import SharingConfiguration

    from .._models import Insight


RefreshArg = Refresh | str | bool | None
DEFAULT_REFRESH_TIMEOUT = 300.0


class InsightReadPlans(Plans):
    """Plans that read insights (safe to retry)."""

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
        from posthog_openapi.api.insights import insights_list
        from posthog_openapi.models.paginated_insight_list import PaginatedInsightList

        mode = parse_refresh(refresh)
        filters = only(short_id=short_id, created_by=created_by, refresh=to_generated(mode))
        call_timeout = read_timeout(mode, timeout)

        def make_call(project_id: str, offset: int | None, size: int | None) -> Call[PaginatedInsightList]:
            return Call(
                partial(
                    insights_list.sync_detailed, project_id=project_id, **filters, **only(offset=offset, limit=size)
                ),
                expect=PaginatedInsightList,
                timeout=call_timeout,
            )

        return PageSpec(self.scope.project_id, make_call, page_size, limit, prefetch, pace="crud")

    def _retrieve(
        self, project_id: str, id: int, mode: Refresh | None, from_dashboard: int | None, timeout: float | None
    ) -> Call[Insight]:
        from posthog_openapi.api.insights import insights_retrieve

        from .._models import Insight

        extra = only(refresh=to_generated(mode), from_dashboard=from_dashboard)
        return Call(
            partial(insights_retrieve.sync_detailed, project_id=project_id, id=id, **extra),
            expect=Insight,
            timeout=read_timeout(mode, timeout),
        )

    def _by_short_id(
        self, project_id: str, short_id: str, mode: Refresh | None, timeout: float | None
    ) -> Plan[Insight]:
        from posthog_openapi.api.insights import insights_list
        from posthog_openapi.models.paginated_insight_list import PaginatedInsightList

        extra = only(refresh=to_generated(mode))
        page = yield from Call(
            partial(insights_list.sync_detailed, project_id=project_id, short_id=short_id, limit=1, **extra),
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

    def activity(self, id: int | None, timeout: float | None) -> Plan[ActivityLogPage]:
        from posthog_openapi.api.insights import insights_activity_retrieve, insights_all_activity_retrieve
        from posthog_openapi.models.activity_log_page import ActivityLogPage

        project_id = yield from self.scope.project_id()
        request: partial[Any]
        if id is None:
            request = partial(insights_all_activity_retrieve.sync_detailed, project_id=project_id)
        else:
            request = partial(insights_activity_retrieve.sync_detailed, project_id=project_id, id=id)
        return (yield from Call(request, expect=ActivityLogPage, timeout=timeout))

    def sharing(self, id: int, timeout: float | None) -> Plan[SharingConfiguration]:
        from posthog_openapi.api.insights import insights_sharing_list
        from posthog_openapi.models.sharing_configuration import SharingConfiguration

        project_id = yield from self.scope.project_id()
        return (
            yield from Call(
                partial(insights_sharing_list.sync_detailed, project_id=project_id, insight_id=id),
                expect=SharingConfiguration,
                timeout=timeout,
            )
        )
