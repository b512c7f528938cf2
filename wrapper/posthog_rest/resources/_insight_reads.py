"""Insight reads as plans: list (with PostHog's filters), get (by id or short id, with refresh / max_age),
refresh, activity, sharing, trending and the user's last viewed."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Sequence
from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from .._core import Call, Plan, only
from .._errors import InvalidRequestError
from .._pagination import PageSpec
from .._refresh import (
    Refresh,
    is_fresh,
    parse_refresh,
    read_timeout,
    to_generated,
    wait_for_query_plan,
)
from .._validate import check_id
from ._base import Plans

if TYPE_CHECKING:
    from posthog_openapi.models.activity_log_page import ActivityLogPage
    from posthog_openapi.models.insight_basic import InsightBasic
    from posthog_openapi.models.paginated_insight_list import PaginatedInsightList
    from posthog_openapi.models.sharing_configuration import SharingConfiguration
    from posthog_openapi.models.trending_insight import TrendingInsight
    from posthog_openapi.types import Unset

    from .._models import Insight


T = TypeVar("T")
RefreshArg = Refresh | str | bool | None
DEFAULT_REFRESH_TIMEOUT = 300.0
#: A saved insight's numeric id or its 8-character short id (PostHog's insight routes take either).
InsightRef = int | str
INSIGHT_TYPES = ("TRENDS", "FUNNELS", "RETENTION", "PATHS", "STICKINESS", "LIFECYCLE", "JSON", "SQL")


def insight_ref(value: InsightRef) -> str:
    """The path form of an insight id: digits or a short id (letters and digits).

    Example:
        >>> insight_ref(921029), insight_ref("aBc12XyZ")
        ('921029', 'aBc12XyZ')
    """
    if isinstance(value, int) and not isinstance(value, bool):
        check_id(value, "insight id")  # negative, or past 64 bits (str() of 10**5000 would raise)
        return str(value)
    if isinstance(value, str) and value.isalnum() and value.isascii():
        return value
    raise InvalidRequestError(f"An insight id is a non-negative integer or a short id, got {value!r}")


def list_filters(
    *,
    short_id: str | None,
    created_by: int | Sequence[int] | None,
    basic: bool | None,
    search: str | None,
    tags: Sequence[str] | None,
    insight: str | None,
    order: str | None,
) -> dict[str, Any]:
    """The list's query parameters as PostHog's server parses them (``created_by`` and ``tags`` as JSON arrays)."""
    from posthog_openapi.models.insight_type import InsightType

    creators = [created_by] if isinstance(created_by, int) else created_by
    if creators is not None and not all(isinstance(c, int) and not isinstance(c, bool) for c in creators):
        raise InvalidRequestError(f"created_by takes a user id or a list of user ids, got {created_by!r}")
    if tags is not None and (isinstance(tags, str) or not all(isinstance(t, str) for t in tags)):
        raise InvalidRequestError(f"tags takes a list of tag names, got {tags!r}")
    kind = None
    if insight is not None:
        if not isinstance(insight, str) or insight.upper() not in INSIGHT_TYPES:
            raise InvalidRequestError(f"insight must be one of {', '.join(INSIGHT_TYPES)}, got {insight!r}")
        kind = InsightType(insight.upper())
    if order is not None and not (isinstance(order, str) and order.lstrip("-").replace("_", "").isalnum()):
        raise InvalidRequestError(
            f"order takes a field name, '-' first for descending (e.g. '-last_modified_at'), got {order!r}"
        )
    return only(
        short_id=short_id,
        created_by=None if creators is None else json.dumps(list(creators)),
        basic=basic,
        search=search or None,
        tags=None if not tags else json.dumps(list(tags)),
        insight=kind,
        order=order,
    )


@functools.cache
def _retrieve_operation() -> tuple[Callable[..., Any], type[Insight]]:
    """The generated ``insights_retrieve.sync_detailed`` and the model it answers: imported once, on first use."""
    from posthog_openapi.api.insights import insights_retrieve

    from .._models import Insight

    return insights_retrieve.sync_detailed, Insight


class InsightReadPlans(Plans):
    """Plans that read insights (safe to retry)."""

    def list_spec(
        self,
        *,
        filters: dict[str, Any],
        refresh: RefreshArg,
        page_size: int | None,
        limit: int | None,
        prefetch: int,
        timeout: float | None,
    ) -> PageSpec[PaginatedInsightList]:
        from posthog_openapi.api.insights import insights_list
        from posthog_openapi.models.paginated_insight_list import PaginatedInsightList

        mode = parse_refresh(refresh)
        if mode is not None and filters.get("basic"):
            raise InvalidRequestError("basic=True lists metadata only: it cannot refresh results")
        filters = {**filters, **only(refresh=to_generated(mode))}
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
        self, project_id: str, id: InsightRef, mode: Refresh | None, from_dashboard: int | None, timeout: float | None
    ) -> Call[Insight]:
        return self._retrieve_ref(project_id, insight_ref(id), mode, from_dashboard, timeout)

    def _retrieve_ref(
        self, project_id: str, ref: str, mode: Refresh | None, from_dashboard: int | None, timeout: float | None
    ) -> Call[Insight]:
        """The retrieve call of an insight reference :func:`insight_ref` already checked."""
        retrieve, insight = _retrieve_operation()
        request = partial(retrieve, project_id=project_id, id=ref)
        if mode is not None or from_dashboard is not None:  # usually neither: the bare call, no merging
            request = partial(request, **only(refresh=to_generated(mode), from_dashboard=from_dashboard))
        return Call(request, insight, timeout=read_timeout(mode, timeout))

    def get(
        self,
        id: InsightRef | None,
        *,
        short_id: str | None,
        refresh: RefreshArg,
        from_dashboard: int | None,
        max_age: timedelta | None,
        timeout: float | None,
    ) -> Plan[Insight] | Call[Insight]:
        """The one retrieve call when that is all it takes (the usual case), else a plan."""
        if (id is None) == (short_id is None):
            raise InvalidRequestError("Pass exactly one of id or short_id")
        mode = parse_refresh(refresh)
        if max_age is not None and mode is not None:
            raise InvalidRequestError("Pass either refresh= or max_age=, not both")
        ref = insight_ref(id if id is not None else str(short_id))  # refused before resolving the project
        project_id = self.scope.direct
        if project_id is not None and max_age is None:
            return self._retrieve_ref(project_id, ref, mode, from_dashboard, timeout)
        return self._get_plan(ref, mode, from_dashboard, max_age, timeout)

    def _get_plan(
        self,
        ref: str,
        mode: Refresh | None,
        from_dashboard: int | None,
        max_age: timedelta | None,
        timeout: float | None,
    ) -> Plan[Insight]:
        project_id = self.scope.direct or (yield from self.scope.project_id())
        if max_age is None:
            return (yield from self._retrieve_ref(project_id, ref, mode, from_dashboard, timeout))
        cached = yield from self._retrieve_ref(project_id, ref, Refresh.FORCE_CACHE, from_dashboard, timeout)
        if cached.result is not None and is_fresh(_unset_none(cached.last_refresh), max_age):
            return cached
        return (yield from self._retrieve_ref(project_id, ref, Refresh.FORCE_BLOCKING, from_dashboard, timeout))

    def refresh(self, id: InsightRef, *, wait: bool, timeout: float, poll_interval: float) -> Plan[Insight]:
        for name, value in (("timeout", timeout), ("poll_interval", poll_interval)):
            if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
                raise InvalidRequestError(f"{name} must be a number of seconds > 0, got {value!r}")
        project_id = yield from self.scope.project_id()
        started = yield from self._retrieve(project_id, id, Refresh.FORCE_ASYNC, None, None)
        status = _unset_none(started.query_status)
        if not wait:
            return started
        if status is not None and not status.complete:
            yield from wait_for_query_plan(project_id, status.id, timeout=timeout, poll_interval=poll_interval)
        elif status is None and _unset_none(started.result) is not None:
            return started
        return (yield from self._retrieve(project_id, id, Refresh.FORCE_CACHE, None, None))

    def activity(self, id: InsightRef | None, timeout: float | None) -> Plan[ActivityLogPage]:
        from posthog_openapi.api.insights import insights_activity_retrieve, insights_all_activity_retrieve
        from posthog_openapi.models.activity_log_page import ActivityLogPage

        project_id = yield from self.scope.project_id()
        request: partial[Any]
        if id is None:
            request = partial(insights_all_activity_retrieve.sync_detailed, project_id=project_id)
        else:
            request = partial(insights_activity_retrieve.sync_detailed, project_id=project_id, id=insight_ref(id))
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

    def trending(self, days: int | None, limit: int | None, timeout: float | None) -> Plan[list[TrendingInsight]]:
        from posthog_openapi.api.insights import insights_trending_retrieve
        from posthog_openapi.models.paginated_trending_insight_list import PaginatedTrendingInsightList

        for name, value, top in (("days", days, None), ("limit", limit, 100)):
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int) or value < 1 or (top and value > top)
            ):
                raise InvalidRequestError(
                    f"{name} must be an integer ≥ 1{f' and ≤ {top}' if top else ''}, got {value!r}"
                )
        project_id = yield from self.scope.project_id()
        page = yield from Call(
            partial(insights_trending_retrieve.sync_detailed, project_id=project_id, **only(days=days, limit=limit)),
            expect=PaginatedTrendingInsightList,
            timeout=timeout,
        )
        return list(page.results)

    def my_last_viewed(self, timeout: float | None) -> Plan[list[InsightBasic]]:
        from posthog_openapi.api.insights import insights_my_last_viewed_retrieve

        project_id = yield from self.scope.project_id()
        found = yield from Call(
            partial(insights_my_last_viewed_retrieve.sync_detailed, project_id=project_id), expect=list, timeout=timeout
        )
        return list(found)


def _unset_none(value: T | Unset) -> T | None:
    """A field PostHog left out (``Unset``) read as ``None``."""
    from posthog_openapi.types import Unset

    return None if isinstance(value, Unset) else value
