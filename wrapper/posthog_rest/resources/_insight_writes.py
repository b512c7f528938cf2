"""Insight writes as plans: create, partial update, mark viewed (never retried blindly)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from .._core import Call, Plan
from .._errors import InvalidRequestError
from ._base import Plans, build_model

if TYPE_CHECKING:
    from .._models import Insight


class InsightWritePlans(Plans):
    """Plans that change insights."""

    def create(self, fields: dict[str, Any], timeout: float | None) -> Plan[Insight]:
        from posthog_openapi.api.insights import insights_create
        from posthog_openapi.models.insight_request import InsightRequest

        from .._models import Insight

        body = build_model(InsightRequest, fields, "insight")
        project_id = yield from self.scope.project_id()
        return (
            yield from Call(
                partial(insights_create.sync_detailed, project_id=project_id, body=body),
                expect=Insight,
                idempotent=False,
                timeout=timeout,
            )
        )

    def update(self, id: int, fields: dict[str, Any], timeout: float | None) -> Plan[Insight]:
        from posthog_openapi.api.insights import insights_partial_update
        from posthog_openapi.models.insight_request import InsightRequest

        from .._models import Insight

        if not fields:
            raise InvalidRequestError("update() needs at least one field to change")
        body = build_model(InsightRequest, fields, "insight update")
        project_id = yield from self.scope.project_id()
        return (
            yield from Call(
                partial(insights_partial_update.sync_detailed, project_id=project_id, id=id, body=body),
                expect=Insight,
                idempotent=False,
                timeout=timeout,
            )
        )

    def viewed(self, id: int, timeout: float | None) -> Plan[None]:
        from posthog_openapi.api.insights import insights_viewed_create

        project_id = yield from self.scope.project_id()
        yield from Call(
            partial(insights_viewed_create.sync_detailed, project_id=project_id, id=id), expect=None, timeout=timeout
        )
        return None
