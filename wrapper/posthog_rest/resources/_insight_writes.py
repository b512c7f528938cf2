"""Insight writes as plans: create, partial update, record views (never retried blindly)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from .._core import Call, Plan
from .._errors import InvalidRequestError
from ._base import Plans, build_model
from ._insight_reads import InsightRef, insight_ref
from ._query_plans import insight_query_dict

VIEWED_MAX = 2500

if TYPE_CHECKING:
    from .._models import Insight


class InsightWritePlans(Plans):
    """Plans that change insights."""

    def create(self, fields: dict[str, Any], timeout: float | None) -> Plan[Insight]:
        from posthog_openapi.api.insights import insights_create
        from posthog_openapi.models.insight_request import InsightRequest

        from .._models import Insight

        body = build_model(InsightRequest, _typed_query(fields), "insight")
        project_id = yield from self.scope.project_id()
        return (
            yield from Call(
                partial(insights_create.sync_detailed, project_id=project_id, body=body),
                expect=Insight,
                idempotent=False,
                timeout=timeout,
            )
        )

    def update(self, id: InsightRef, fields: dict[str, Any], timeout: float | None) -> Plan[Insight]:
        from posthog_openapi.api.insights import insights_partial_update
        from posthog_openapi.models.insight_request import InsightRequest

        from .._models import Insight

        if not fields:
            raise InvalidRequestError("update() needs at least one field to change")
        body = build_model(InsightRequest, _typed_query(fields), "insight update")
        project_id = yield from self.scope.project_id()
        return (
            yield from Call(
                partial(insights_partial_update.sync_detailed, project_id=project_id, id=insight_ref(id), body=body),
                expect=Insight,
                idempotent=False,
                timeout=timeout,
            )
        )

    def viewed(self, ids: tuple[InsightRef, ...], timeout: float | None) -> Plan[None]:
        """Plan: record views in one call (``POST insights/viewed/``; PostHog drops ids it does not know)."""
        from posthog_openapi.api.insights import insights_viewed_bulk_create
        from posthog_openapi.models.insight_viewed_request import InsightViewedRequest

        if not ids:
            raise InvalidRequestError("viewed() needs at least one insight id")
        if len(ids) > VIEWED_MAX:
            raise InvalidRequestError(f"PostHog records at most {VIEWED_MAX} views per call, got {len(ids)}")
        if not all(isinstance(i, int) and not isinstance(i, bool) and i >= 0 for i in ids):
            raise InvalidRequestError(f"viewed() takes numeric insight ids (not short ids), got {ids!r}")
        body = InsightViewedRequest(insight_ids=list(dict.fromkeys(int(i) for i in ids)))
        project_id = yield from self.scope.project_id()
        yield from Call(
            partial(insights_viewed_bulk_create.sync_detailed, project_id=project_id, body=body),
            expect=None,
            timeout=timeout,
        )
        return None


def _typed_query(fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` with a ``query`` given as a ``posthog_models`` model (or a query dict) validated and wrapped."""
    query = fields.get("query")
    if query is None:
        return fields
    return {**fields, "query": insight_query_dict(query)}
